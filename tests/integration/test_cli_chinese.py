"""`--lang zh_CN`: the command line prints the catalogue and the planner's words in Chinese."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from acupress_desktop.__main__ import main as run

HANZI = re.compile(r"[\u4e00-\u9fff]")


def test_point_in_chinese(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["--lang", "zh_CN", "point", "LI4"]) == 0
    out = capsys.readouterr().out
    assert "位置：在手背" in out and "取穴方法：" in out and "孕期禁用" in out and "合谷" in out and "图片：" in out
    assert "Where:" not in out and "How to find" not in out


def test_points_and_symptoms_tables_in_chinese(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["--lang", "zh_CN", "points"]) == 0
    out = capsys.readouterr().out
    assert "部位" in out and "在疼痛的对侧" in out and "手部" in out
    assert run(["--lang", "zh", "symptoms", "--json"]) == 0
    sciatica = next(s for s in json.loads(capsys.readouterr().out) if s["id"] == "sciatica")
    assert sciatica["name"] == "坐骨神经痛"
    assert all(HANZI.search(flag["question"]) for flag in sciatica["warning_signs"])
    assert all(HANZI.search(p["reason"]) and HANZI.search(p["evidence"]) for p in sciatica["points"])


def test_plan_in_chinese(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["--lang", "zh_CN", "plan", "--symptom", "sciatica", "--side", "left", "--pregnant"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("坐骨神经痛的按压方案；左侧疼痛；可用时间10分钟")
    assert "左膝" in out and "原因：" in out and "孕期：已省略" in out and "请注意：" in out
    assert "Evidence" not in out and "Pregnancy" not in out


def test_plan_json_in_chinese(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["--lang", "zh_CN", "plan", "--symptom", "headache", "--json"]) == 0
    plan = json.loads(capsys.readouterr().out)
    for step in plan["steps"]:
        assert HANZI.search(step["side_in_words"]) and HANZI.search(step["instruction"])
        assert all(HANZI.search(reason) for reason in step["why"])


def test_the_system_locale_chooses_chinese_and_english_stays_the_default(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert run(["symptoms"]) == 0
    assert "Sciatica" in capsys.readouterr().out
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    assert run(["symptoms"]) == 0
    assert "坐骨神经痛" in capsys.readouterr().out
    assert run(["--lang", "en", "symptoms"]) == 0
    assert "Sciatica" in capsys.readouterr().out


def test_an_unknown_language_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["--lang", "klingon", "points"]) == 2
    assert "unknown language 'klingon'" in capsys.readouterr().err


def test_print_sheet_in_chinese(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "sheet.pdf"
    assert run(["--lang", "zh_CN", "print", "--symptom", "headache", "-o", str(target)]) == 0
    assert target.read_bytes().startswith(b"%PDF")


def test_every_picture_title_has_chinese_words_for_the_command_line(tmp_path: Path) -> None:
    from acupress_desktop.cli.words import words
    from acupress_desktop.services.composition import Services

    titles = {view.title for view in Services(tmp_path).views().values()}
    assert titles and all(HANZI.search(words("zh_CN", title)) for title in titles)


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["plan", "--symptom", "sciatica"], "sciatica 需要 --side left、right 或 both"),
        (["plan", "--symptom", "nonsense"], "未知的症状“nonsense”"),
        (["point", "XX1"], "没有名为“XX1”的穴位"),
        (
            ["plan", "--symptom", "headache", "--minutes", "abc"],
            "参数 --minutes：无效的值 'abc'（见“acupress plan --help”）",
        ),
        (["plan"], "缺少必需的参数：--symptom"),
        (["history", "--bogus"], "无法识别的参数：--bogus"),
    ],
)
def test_mistakes_are_explained_in_chinese(argv: list[str], expected: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["--lang", "zh_CN", *argv]) == 2
    err = capsys.readouterr().err
    assert err.startswith("acupress: ") and expected in err, err


def test_every_message_the_command_line_raises_has_its_chinese() -> None:
    """A new `UsageError("...")` or planner refusal without Chinese would reach a Chinese reader in English."""
    from acupress_desktop.cli.usage_words import chinese_templates

    root = Path(__file__).resolve().parents[2] / "acupress_desktop"
    sources = [*(root / "cli").glob("*.py"), *(root / "domain" / name for name in ("planner.py", "pain.py"))]
    sources.append(root / "services" / "session.py")
    raised = re.compile(r'(?:UsageError|PlanningError|EntryError|super\(\).__init__)\(\s*"((?:[^"\\]|\\.)*)"')
    templates = {m.group(1) for path in sources for m in raised.finditer(path.read_text(encoding="utf-8"))}
    assert len(templates) > 15
    assert templates <= set(chinese_templates()), templates - set(chinese_templates())


def test_a_bad_log_entry_is_refused_in_chinese_and_nothing_is_stored(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base = ["--data-dir", str(tmp_path), "--lang", "zh_CN", "log", "add", "--symptom", "headache"]
    assert run([*base, "--before", "11", "--after", "3"]) == 2
    assert "--before 必须在 0 到 10 之间，而不是 11" in capsys.readouterr().err
    assert run([*base, "--before", "5", "--after", "3", "--when", "2099-01-01"]) == 2
    assert "2099-01-01 是将来的时间" in capsys.readouterr().err
    assert run(["--data-dir", str(tmp_path), "history", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
