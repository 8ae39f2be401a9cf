"""The command line's complaints about its input, in the person's language.

A usage error keeps its English template and its fields; this table gives the Chinese template. The
messages argparse writes itself (a missing argument, a bad number) are recognised by their shape and
said again in Chinese; anything not recognised stays as written, never garbled.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from acupress_desktop.domain.error_words import chinese_templates as domain_templates
from acupress_desktop.domain.error_words import said
from acupress_desktop.domain.localisation import is_chinese

_ZH: dict[str, str] = {
    "{problem} (see '{prog} --help')": "{problem}（见“{prog} --help”）",
    "the output must be a .pdf file, not '{path}'": "输出必须是 .pdf 文件，而不是“{path}”",
    "argument {position} is not valid UTF-8 text": "第 {position} 个参数不是有效的 UTF-8 文本",
    "give --symptom (one or more) or --routine NAME": "请给出 --symptom（一个或多个）或 --routine 名称",
    "no routine to print: {warnings}": "没有可打印的方案：{warnings}",
    "no point fits these settings; allow more --minutes": "按这些设置没有合适的穴位；请用 --minutes 留出更多时间",
    "cannot write {path}: {reason}": "无法写入 {path}：{reason}",
    "no point called '{query}' (try 'acupress points' for the list)": (
        "没有名为“{query}”的穴位（用“acupress points”查看列表）"
    ),
    "{flag} must be a date like 2026-11-01, not '{text}'": "{flag} 必须是类似 2026-11-01 的日期，而不是“{text}”",
    "--from ({first}) is after --to ({last})": "--from（{first}）晚于 --to（{last}）",
    "export needs --csv DIR or --json FILE (or both)": "导出需要 --csv 文件夹 或 --json 文件（或两者）",
    "cannot export: {reason}": "无法导出：{reason}",
    "cannot import {path}: {reason}": "无法导入 {path}：{reason}",
    "cannot restore {path}: {reason}": "无法恢复 {path}：{reason}",
    "unknown red flag '{flag}' (known: {known})": "未知的警示信号“{flag}”（可用：{known}）",
    "--avoid {reason}": "--avoid：{reason}",
    "{symptoms} needs --side left, right or both": "{symptoms} 需要 --side left、right 或 both",
    "{problem}": "{problem}",
}

# argparse's own sentences (Python 3.11-3.13), matched whole; groups keep what the person typed.
_ARGPARSE_ZH: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"argument (?P<arg>.+?): invalid choice: (?P<value>.+?) \(choose from (?P<choices>.+)\)"),
     "参数 {arg}：无效的选项 {value}（可选：{choices}）"),
    (re.compile(r"argument (?P<arg>.+?): invalid \w+ value: (?P<value>.+)"), "参数 {arg}：无效的值 {value}"),
    (re.compile(r"argument (?P<arg>.+?): expected one argument"), "参数 {arg} 需要一个值"),
    (re.compile(r"argument (?P<arg>.+?): expected at least one argument"), "参数 {arg} 至少需要一个值"),
    (re.compile(r"argument (?P<arg>.+?): not allowed with argument (?P<other>.+)"),
     "参数 {arg} 不能与 {other} 同时使用"),
    (re.compile(r"argument (?P<arg>.+?): ignored explicit argument (?P<value>.+)"), "参数 {arg} 不接受值 {value}"),
    (re.compile(r"the following arguments are required: (?P<args>.+)"), "缺少必需的参数：{args}"),
    (re.compile(r"one of the arguments (?P<args>.+) is required"), "必须给出以下参数之一：{args}"),
    (re.compile(r"unrecognized arguments: (?P<args>.+)"), "无法识别的参数：{args}"),
    (re.compile(r"argument (?P<arg>.+?): (?P<rest>.+)"), "参数 {arg}：{rest}"),
]  # fmt: skip


def argparse_in_language(message: str, language: str) -> str:
    if not is_chinese(language):
        return message
    for pattern, zh in _ARGPARSE_ZH:
        found = pattern.fullmatch(message)
        if found:
            return zh.format(**found.groupdict())
    return message


def usage_in_language(template: str, fields: Mapping[str, object], language: str) -> str:
    """The message in ``language``; fields named ``problem`` are argparse's words and are translated too."""
    named = dict(fields)
    if isinstance(named.get("problem"), str):
        named["problem"] = argparse_in_language(str(named["problem"]), language)
    return said(template, named, language, extra=_ZH)


def chinese_templates() -> Mapping[str, str]:
    """For the test that every template the command line raises has its Chinese (its own and the domain's)."""
    return {**domain_templates(), **_ZH}
