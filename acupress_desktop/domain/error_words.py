"""The domain's refusals (a pain score out of range, a date in the future) in the person's language.

Each refusal is a ``WordedError``: an English template and its fields. Chinese templates live here; the
names of the fields a refusal talks about ("pain before", "note") are translated with them.
"""

from __future__ import annotations

from collections.abc import Mapping

from acupress_desktop.domain.errors import WordedError
from acupress_desktop.domain.localisation import is_chinese

_ZH: dict[str, str] = {
    "{label} must be a whole number from 0 to 10, not '{text}'": "{label}必须是 0 到 10 的整数，而不是“{text}”",
    "{label} must be from 0 to 10, not {score}": "{label}必须在 0 到 10 之间，而不是 {score}",
    "{label} can have at most {limit} characters (this one has {length})": (
        "{label}最多 {limit} 个字符（现有 {length} 个）"
    ),
    "{label} is not valid Unicode text": "{label}不是有效的 Unicode 文本",
    "'{text}' is not an ISO-8601 date or time (e.g. 2026-11-20T09:30)": (
        "“{text}”不是 ISO-8601 日期或时间（例如 2026-11-20T09:30）"
    ),
    "'{text}' is outside the years {first} to {last}": "“{text}”不在 {first} 年到 {last} 年之间",
    "{text} is in the future": "{text} 是将来的时间",
    "minutes must be from 1 to {most}, not {value}": "分钟数必须在 1 到 {most} 之间，而不是 {value}",
    "pick at least one symptom": "请至少选择一个症状",
    "unknown symptom '{symptom}' (see 'acupress symptoms')": "未知的症状“{symptom}”（见“acupress symptoms”）",
    "unknown symptom '{symptom}' (known: {known})": "未知的症状“{symptom}”（可用：{known}）",
    "minutes must be between {low} and {high}, not {minutes}": "分钟数必须在 {low} 到 {high} 之间，而不是 {minutes}",
    "{names}: say which side hurts (left, right or both)": "{names}：请说明哪一侧痛（左、右或两侧）",
}

_LABELS_ZH = {"pain": "疼痛评分", "pain before": "按压前疼痛", "pain after": "按压后疼痛", "note": "备注"}


def worded(error: Exception, language: str, extra: Mapping[str, str] | None = None) -> str:
    """``error`` said in ``language``; ``extra`` adds a caller's own templates (the command line's)."""
    if not isinstance(error, WordedError) or not is_chinese(language):
        return str(error)
    return said(error.template, error.fields, language, extra)


def said(template: str, fields: Mapping[str, object], language: str, extra: Mapping[str, str] | None = None) -> str:
    if not is_chinese(language):
        return template.format(**fields)
    zh = {**_ZH, **(extra or {})}.get(template, template)
    label = fields.get("label")
    if isinstance(label, str):  # a flag such as --before keeps a space before the Chinese that follows it
        label = _LABELS_ZH.get(label, label + " " if label.isascii() else label)
    return zh.format(**{**fields, "label": label})


def chinese_templates() -> Mapping[str, str]:
    return _ZH
