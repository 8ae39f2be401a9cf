"""A migration says what it is doing, step by step, so the window can show it."""

from pathlib import Path

from acupress_desktop.storage.user_db import HEAD_REVISION, open_user_database


def test_each_migration_step_is_reported_in_words(tmp_path: Path) -> None:
    heard: list[str] = []
    database = open_user_database(tmp_path, heard.append)
    database.engine.dispose()
    steps = int(HEAD_REVISION)  # revisions are numbered 0001, 0002, ...
    assert heard[0] == "Updating your data to this version of Acupress…"
    assert heard[1:] == [
        f"Updating your data to this version of Acupress: step {n} of {steps} done…" for n in range(1, steps + 1)
    ]


def test_an_up_to_date_database_opens_without_a_word(tmp_path: Path) -> None:
    open_user_database(tmp_path).engine.dispose()
    heard: list[str] = []
    open_user_database(tmp_path, heard.append).engine.dispose()
    assert heard == []


def test_the_steps_are_said_in_the_persons_language(tmp_path: Path) -> None:
    heard: list[str] = []
    open_user_database(tmp_path, heard.append, language="zh_CN").engine.dispose()
    assert heard[0] == "正在将您的数据更新到此版本的 Acupress……"
    assert heard[-1].endswith(f"已完成第 {int(HEAD_REVISION)} 步，共 {int(HEAD_REVISION)} 步……")
