"""The command line's own labels in Chinese ("Where:", "How to find it:"); catalogue texts and the
planner's sentences come translated from the catalogue and domain.messages."""

from __future__ import annotations

import re
import textwrap

from acupress_desktop.domain.localisation import is_chinese

_ZH = {
    "CODE": "代码",
    "PINYIN": "拼音",
    "HANZI": "汉字",
    "ENGLISH": "英文名",
    "REGION": "部位",
    "SIDE": "按压侧",
    "ID": "ID",
    "NAME": "名称",
    "POINTS": "穴位数",
    "DESCRIPTION": "说明",
    "Where: ": "位置：",
    "B-cun: ": "寸：",
    "How to find it:": "取穴方法：",
    "Press: ": "按压：",
    "Side: ": "按压侧：",
    "Cautions:": "注意事项：",
    "Used for:": "用于：",
    "Note: ": "备注：",
    "Sources:": "资料来源：",
    "gentle": "轻",
    "moderate": "中等",
    "firm": "有力",
    "Routine for {names}": "{names}的按压方案",
    "; pain on both sides": "；两侧疼痛",
    "; pain on the {side}": "；{side}疼痛",
    "; {minutes} minutes available": "；可用时间{minutes}分钟",
    "NO ROUTINE: please read this first.": "不提供按压方案：请先阅读以下内容。",
    "Total {clock} in {steps} steps": "共{steps}步，总计{clock}",
    "why: ": "原因：",
    "side: ": "按压侧：",
    "sources: ": "资料来源：",
    "Left out:": "已省略：",
    "Please note:": "请注意：",
    ". ": "。",
    " - {symptom} (evidence: {evidence}): {reason}": " - {symptom}（证据：{evidence}）：{reason}",
    " ({pressure}, {seconds} s; {low}-{high} s)": "（{pressure}，{seconds}秒；{low}-{high}秒）",
    "No sessions yet.": "还没有按压记录。",
    "WHEN": "时间",
    "WHAT": "内容",
    "MIN": "分钟",
    "PAIN": "疼痛",
    "CHANGE": "变化",
    "STATUS": "状态",
    "STEPS": "步数",
    "NOTE": "备注",
    "Pictured in: ": "图片：",
    "; ": "；",
    # the pictures' titles (the same words as the window's, resources/i18n)
    "Abdomen": "腹部",
    "Around the ear": "耳周",
    "Back of the forearm and hand": "前臂背侧和手背",
    "Back of the hand": "手背",
    "Back of the knee": "膝后",
    "Back of the lower leg": "小腿后侧",
    "Chest and upper abdomen": "胸部和上腹部",
    "Eyes and nose": "眼部和鼻部",
    "Face": "面部",
    "Front of the elbow": "肘部前面",
    "Front of the knee and shin": "膝前和胫骨前侧",
    "Inner ankle and lower leg": "内踝和小腿",
    "Inner knee and lower leg": "膝内侧和小腿",
    "Back of the thigh and buttock": "大腿后侧和臀部",
    "Front of the knee and thigh": "膝前和大腿",
    "Outside of the thigh and knee": "大腿外侧和膝部",
    "Lower back and buttocks": "下背部和臀部",
    "Neck and shoulders from behind": "颈肩部背面",
    "Outer ankle and foot": "外踝和足部",
    "Outer arm and elbow": "上臂外侧和肘部",
    "Palm side of the forearm and hand": "前臂掌侧和手掌",
    "Palm side of the hand and wrist": "手掌和腕部掌侧",
    "Side of the head": "头部侧面",
    "Side of the hip": "髋部侧面",
    "Sole of the foot": "足底",
    "Top of the foot": "足背",
    "Top of the head": "头顶",
    "Upper back": "上背部",
    "Whole body from behind": "全身背面",
    "Whole body from the front": "全身正面",
    "Whole body from the side": "全身侧面",
    "left": "左侧",
    "right": "右侧",
}


def words(language: str | None, english: str, **fields: object) -> str:
    """A label in the language, its fields filled in; English where it has no translation."""
    text = _ZH.get(english, english) if is_chinese(language) else english
    return text.format(**fields) if fields else text


class Wrapper(textwrap.TextWrapper):
    """textwrap by terminal columns: a hanzi takes two and a line may break between any two hanzi."""

    def _split(self, text: str) -> list[str]:
        return [chunk for chunk in _CHUNKS.findall(text) if chunk]

    def _wrap_chunks(self, chunks: list[str]) -> list[str]:
        lines: list[str] = []
        line: list[str] = []
        indent = self.initial_indent
        for chunk in chunks:
            used = columns(indent) + sum(columns(c) for c in line)
            if line and used + columns(chunk) > self.width:
                lines.append(indent + "".join(line).rstrip())
                indent, line = self.subsequent_indent, []
            if line or not chunk.isspace() or not lines:
                line.append(chunk)
        if line:
            lines.append(indent + "".join(line).rstrip())
        return lines


_CHUNKS = re.compile(r"[\u2e80-\u9fff\uff00-\uffef][\u3000-\u303f\uff00-\uffef]*|\s+|[^\s\u2e80-\u9fff\uff00-\uffef]+")


def columns(text: str) -> int:
    """Terminal columns: hanzi and full-width forms take two."""
    return sum(2 if "\u2e80" <= c <= "\u9fff" or "\uff00" <= c <= "\uffef" else 1 for c in text)


def wrapper(
    language: str | None, width: int, initial_indent: str = "", subsequent_indent: str = ""
) -> textwrap.TextWrapper:
    """A line wrapper for the language: by columns for Chinese, textwrap's own for English."""
    kind = Wrapper if is_chinese(language) else textwrap.TextWrapper
    return kind(width=width, initial_indent=initial_indent, subsequent_indent=subsequent_indent)
