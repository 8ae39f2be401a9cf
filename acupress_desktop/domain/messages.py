"""The sentences the app writes itself (the planner's reasons and warnings, sides, regions, evidence),
in each language it speaks. Catalogue texts live in the catalogue; these are the app's own words.

Templates use ``str.format`` fields; a language lacking a message falls back to English.
"""

from __future__ import annotations

from collections.abc import Sequence

from acupress_desktop.domain.catalogue import BodyRegion, EvidenceLevel, Laterality
from acupress_desktop.domain.localisation import CHINESE, ENGLISH, normalise_language

_EN: dict[str, str] = {
    "why": "{symptom}: {reason} Evidence: {evidence}.",
    "left_out_time": "Left out to fit {minutes} minutes; allow more time to include it.",
    "avoided_area": ("You asked to avoid the {region} (broken skin, a bruise or varicose veins): never press there."),
    "gentle_only": "Gentle pressure only. {instruction} ({reasons})",
    "head_crisis": "Please reach out for support now.",
    "head_emergency": (
        "Get emergency help now: call your local emergency number or go to an emergency department. "
        "Do not use acupressure instead."
    ),
    "head_urgent": "See a doctor soon: acupressure is not the right first step.",
    "no_routine_pregnancy": "No routine: in pregnancy this needs your midwife or doctor, not acupressure.",
    "no_point": "No point could be planned with these settings. Allow more minutes or check the points left out.",
    "both_sides_pain": "The pain is on both sides, so points that depend on the painful side are pressed on both.",
    "linggu_other_hand": "Ling Gu: if you feel no relief after 20-40 minutes, try the other hand.",
    "anticoagulants": "Blood thinners or a bleeding disorder: every point is pressed gently.",
    "varicose": (
        "Varicose veins: {names} left out. Points over the veins of the calf, the inner shin "
        "and the back of the knee are not pressed."
    ),
    "warning_signs": "Stop and get medical help if a warning sign appears, such as: {signs}.",
    "pregnancy_avoided": (
        "Pregnancy: {names} left out. They are among the points traditionally avoided in "
        "pregnancy, some because pressing them is said to bring on contractions; the lists differ between "
        "texts and a 2015 review found no evidence of harm, but the app leaves them out to be careful."
    ),
    "pregnancy_belly": "Pregnancy: {names} left out: the app does not press on the belly in pregnancy, to be careful.",
    "pregnancy_belly_too": "{names} left out too: the app does not press on the belly in pregnancy, to be careful.",
    "pregnancy_none": "Pregnancy: none of these points is on the traditional lists of points avoided in pregnancy.",
    "ask_midwife": "Ask your midwife or doctor before using acupressure.",
    "midline_one": "midline (one point)",
    "both_at_once": "{parts} at once",
    "one_side": "{side} {part}",
    "left": "LEFT",
    "right": "RIGHT",
    "pain_left": "left",
    "pain_right": "right",
    "together": " together, one hand on each side",
    "one_after_other": ", one side after the other",
    "reason_midline": "A single point on the midline of the body.",
    "reason_both_sides": "{where}: pressed on both sides{together}. {note}",
    "reason_no_side": "{where}: this complaint has no side, so both sides are pressed{together}.",
    "reason_pain_both": "{where}: your pain is on both sides, so both sides are pressed{together}.",
    "reason_sided": "{where}: pressed {rule}; your pain is on the {pain}. {note}",
    "list_separator": ", ",
    "warning_separator": "; ",
    "and": " and ",
    "avoided_one_side": "You asked not to press the {where}, the only side this point is pressed on here.",
    "sheet_pain_both": "Pain on both sides",
    "sheet_pain_side": "Pain on the {side} side",
    "sheet_not_pregnancy": "Not during pregnancy.",
    "sheet_gentle_pregnancy": "Gentle only during pregnancy.",
    "sheet_not_veins": "Not over varicose veins.",
    "sheet_gentle_thinners": "Gentle only (blood thinners).",
    "sheet_pregnant": "pregnant",
    "sheet_thinners": "blood thinners",
    "sheet_title": "Acupressure routine: {names}",
    "sheet_point_name": "{point} ({code})",
    "reminder_none": "No reminders planned",
    "reminder_today": "Next reminder today at {clock}",
    "reminder_tomorrow": "Next reminder tomorrow at {clock}",
    "reminder_weekday": "Next reminder on {weekday} at {clock}",
    "weekdays": "Monday,Tuesday,Wednesday,Thursday,Friday,Saturday,Sunday",
    "upgrade_backup": "Backing up your data before updating it…",
    "upgrade_running": "Updating your data to this version of Acupress…",
    "upgrade_step": "Updating your data to this version of Acupress: step {done} of {total} done…",
    # how the person is doing (History, Home's trend line, the session's summary); a count has its one and many
    "count_session_one": "{n} session",
    "count_session_many": "{n} sessions",
    "count_day_one": "{n} day",
    "count_day_many": "{n} days",
    "count_scored_one": "{n} scored session",
    "count_scored_many": "{n} scored sessions",
    "count_point_one": "{n} point",
    "count_point_many": "{n} points",
    "count_step_one": "{n} step",
    "count_step_many": "{n} steps",
    "important_in_words": "{points} points or {percent} % less pain",
    "stats_none": "No sessions yet. Start one from the planner, or log one done elsewhere.",
    "stats_count": "{sessions}, about {per_week:.1f} a week.",
    "stats_streak": "Streak: {days} in a row.",
    "stats_no_scores": "No session has both pain scores yet, so no change can be shown.",
    "stats_average": "On average, pain after a session was {compared} ({scored}).",
    "compared_change": "{change} than before",
    "compared_same": "the same as before",
    "change_lower": "{value:.1f} points lower",
    "change_higher": "{value:.1f} points higher",
    "change_none": "unchanged",
    "stats_one_scored": "The scored session {brought} an important improvement ({important}).",
    "brought": "brought",
    "not_brought": "did not bring",
    "stats_share": "{share:.0%} of scored sessions brought an important improvement ({important}).",
    "stats_few": "Only {scored}: too few to read much into these figures.",
    "trend_none": "No sessions in the last {days} days yet.",
    "trend_count": "Last {days} days: {sessions}",
    "trend_no_scores": ", none with both pain scores yet.",
    "trend_average": "; pain after a session {change} on average ({n} scored).",
    "steps_done": "{done} of {steps} done",
    "steps_skipped": ", {n} skipped",
    "steps_not_reached": ", {n} not reached",
    "steps_time": "{line}, in {minutes} min {seconds:02d} s.",
    "pain_not_recorded": "No pain change recorded (a score was skipped).",
    "pain_same": "Pain {before} → {after}: no change.",
    "pain_less": "Pain {before} → {after}: {points} less",
    "pain_more": "Pain {before} → {after}: {points} more",
    "pain_important": ", an important improvement ({important})",
    "sentence_end": ".",
}

_ZH: dict[str, str] = {
    "why": "{symptom}：{reason}证据：{evidence}。",
    "left_out_time": "为控制在{minutes}分钟内而省略；延长时间即可加入。",
    "avoided_area": "您要求避开{region}（皮肤破损、瘀伤或静脉曲张）：切勿按压那里。",
    "gentle_only": "只可轻按。{instruction}（{reasons}）",
    "head_crisis": "请现在就寻求支持。",
    "head_emergency": "请立即寻求紧急救治：拨打当地急救电话或前往急诊科。不要用指压代替就医。",
    "head_urgent": "请尽快就医：指压不是正确的第一步。",
    "no_routine_pregnancy": "不提供按压方案：孕期出现这种情况需要联系您的助产士或医生，而不是做指压。",
    "no_point": "按这些设置无法安排任何穴位。请延长时间，或查看被省略的穴位。",
    "both_sides_pain": "疼痛在两侧，因此取决于疼痛侧的穴位两侧都按压。",
    "linggu_other_hand": "灵骨：如果20-40分钟后仍未缓解，试试另一只手。",
    "anticoagulants": "服用抗凝血药或患有出血性疾病：所有穴位都只轻按。",
    "varicose": "静脉曲张：已省略{names}。小腿、胫骨内侧和膝后静脉上方的穴位不按压。",
    "warning_signs": "如果出现危险信号，请停止按压并寻求医疗帮助，例如：{signs}。",
    "pregnancy_avoided": (
        "孕期：已省略{names}。它们属于传统上孕期应避免的穴位，其中一些据说按压会引起宫缩；"
        "各文献所列不尽相同，一篇2015年的综述也未发现有害的证据，但本应用为谨慎起见将其省略。"
    ),
    "pregnancy_belly": "孕期：已省略{names}：为谨慎起见，本应用在孕期不按压腹部。",
    "pregnancy_belly_too": "同时省略了{names}：为谨慎起见，本应用在孕期不按压腹部。",
    "pregnancy_none": "孕期：这些穴位都不在传统的孕期禁用穴位名单上。",
    "ask_midwife": "使用指压前，请先咨询您的助产士或医生。",
    "midline_one": "正中线（单穴）",
    "both_at_once": "{parts}同时",
    "one_side": "{side}{part}",
    "left": "左",
    "right": "右",
    "pain_left": "左侧",
    "pain_right": "右侧",
    "together": "，两侧同时按压，每侧一只手",
    "one_after_other": "，先按一侧，再按另一侧",
    "reason_midline": "身体正中线上的单穴。",
    "reason_both_sides": "{where}：两侧都按压{together}。{note}",
    "reason_no_side": "{where}：这种不适不分左右，因此两侧都按压{together}。",
    "reason_pain_both": "{where}：您两侧都痛，因此两侧都按压{together}。",
    "reason_sided": "{where}：{rule}按压；您的疼痛在{pain}。{note}",
    "list_separator": "、",
    "warning_separator": "；",
    "and": "和",
    "avoided_one_side": "您要求不要按压{where}，而这个穴位在这里只按压这一侧。",
    "sheet_pain_both": "两侧疼痛",
    "sheet_pain_side": "{side}疼痛",
    "sheet_not_pregnancy": "孕期禁用。",
    "sheet_gentle_pregnancy": "孕期只可轻按。",
    "sheet_not_veins": "不要在静脉曲张处按压。",
    "sheet_gentle_thinners": "只可轻按（服用抗凝血药）。",
    "sheet_pregnant": "怀孕",
    "sheet_thinners": "服用抗凝血药",
    "sheet_title": "指压方案：{names}",
    "sheet_point_name": "{point}（{code}）",
    "reminder_none": "没有安排提醒",
    "reminder_today": "下次提醒：今天 {clock}",
    "reminder_tomorrow": "下次提醒：明天 {clock}",
    "reminder_weekday": "下次提醒：{weekday} {clock}",
    "weekdays": "星期一,星期二,星期三,星期四,星期五,星期六,星期日",
    "upgrade_backup": "正在更新前备份您的数据……",
    "upgrade_running": "正在将您的数据更新到此版本的 Acupress……",
    "upgrade_step": "正在将您的数据更新到此版本的 Acupress：已完成第 {done} 步，共 {total} 步……",
    "count_session_one": "{n} 次",
    "count_session_many": "{n} 次",
    "count_day_one": "{n} 天",
    "count_day_many": "{n} 天",
    "count_scored_one": "{n} 次有评分",
    "count_scored_many": "{n} 次有评分",
    "count_point_one": "{n} 分",
    "count_point_many": "{n} 分",
    "count_step_one": "{n} 步",
    "count_step_many": "{n} 步",
    "important_in_words": "疼痛减轻{points}分或{percent}%",
    "stats_none": "还没有按压记录。可以从方案页面开始一次，或记录一次在别处完成的按压。",
    "stats_count": "共 {sessions}，平均每周约 {per_week:.1f} 次。",
    "stats_streak": "连续 {days}。",
    "stats_no_scores": "还没有同时带两项疼痛评分的记录，因此无法显示变化。",
    "stats_average": "平均而言，按压后的疼痛{compared}（{scored}）。",
    "compared_change": "比按压前{change}",
    "compared_same": "与按压前相同",
    "change_lower": "低 {value:.1f} 分",
    "change_higher": "高 {value:.1f} 分",
    "change_none": "不变",
    "stats_one_scored": "这次有评分的按压{brought}重要改善（{important}）。",
    "brought": "带来了",
    "not_brought": "没有带来",
    "stats_share": "{share:.0%} 的有评分记录带来了重要改善（{important}）。",
    "stats_few": "只有 {scored}的记录：数量太少，难以据此得出结论。",
    "trend_none": "最近 {days} 天还没有按压记录。",
    "trend_count": "最近 {days} 天：{sessions}",
    "trend_no_scores": "，还没有同时带两项疼痛评分的记录。",
    "trend_average": "；按压后的疼痛平均{change}（{n} 次有评分）。",
    "steps_done": "完成 {done} 步，共 {steps}",
    "steps_skipped": "，跳过 {n} 步",
    "steps_not_reached": "，{n} 步未进行",
    "steps_time": "{line}，用时 {minutes} 分 {seconds:02d} 秒。",
    "pain_not_recorded": "没有记录疼痛变化（跳过了一次评分）。",
    "pain_same": "疼痛 {before} → {after}：没有变化。",
    "pain_less": "疼痛 {before} → {after}：减轻 {points}",
    "pain_more": "疼痛 {before} → {after}：加重 {points}",
    "pain_important": "，属于重要改善（{important}）",
    "sentence_end": "。",
}

_MESSAGES = {ENGLISH: _EN, CHINESE: _ZH}

_REGIONS_ZH = {
    BodyRegion.HEAD: "头部",
    BodyRegion.FACE: "面部",
    BodyRegion.NECK_SHOULDER: "颈肩部",
    BodyRegion.FOREARM: "前臂和手腕",
    BodyRegion.HAND: "手部",
    BodyRegion.LOWER_BACK: "下背部",
    BodyRegion.HIP: "髋部和臀部",
    BodyRegion.THIGH: "大腿",
    BodyRegion.KNEE: "膝部",
    BodyRegion.LOWER_LEG: "小腿",
    BodyRegion.ANKLE: "脚踝",
    BodyRegion.FOOT: "足部",
    BodyRegion.UPPER_BACK: "上背部",
    BodyRegion.ELBOW: "肘部",
    BodyRegion.CHEST_ABDOMEN: "胸腹部",
}

# One side of a region ("RIGHT hand", "右手") and both sides ("both hands", "双手").
_BODY_PART = {
    ENGLISH: {
        BodyRegion.HEAD: "side of the head",
        BodyRegion.FACE: "side of the face",
        BodyRegion.NECK_SHOULDER: "side of the neck and shoulders",
        BodyRegion.FOREARM: "forearm",
        BodyRegion.HAND: "hand",
        BodyRegion.LOWER_BACK: "side of the lower back",
        BodyRegion.HIP: "hip",
        BodyRegion.THIGH: "thigh",
        BodyRegion.KNEE: "knee",
        BodyRegion.LOWER_LEG: "leg",
        BodyRegion.ANKLE: "ankle",
        BodyRegion.FOOT: "foot",
        BodyRegion.UPPER_BACK: "side of the upper back",
        BodyRegion.ELBOW: "elbow",
        BodyRegion.CHEST_ABDOMEN: "side of the belly",
    },
    CHINESE: {
        BodyRegion.HEAD: "侧头部",
        BodyRegion.FACE: "侧面部",
        BodyRegion.NECK_SHOULDER: "侧颈肩",
        BodyRegion.FOREARM: "前臂",
        BodyRegion.HAND: "手",
        BodyRegion.LOWER_BACK: "侧下背部",
        BodyRegion.HIP: "髋",
        BodyRegion.THIGH: "大腿",
        BodyRegion.KNEE: "膝",
        BodyRegion.LOWER_LEG: "腿",
        BodyRegion.ANKLE: "脚踝",
        BodyRegion.FOOT: "脚",
        BodyRegion.UPPER_BACK: "侧上背部",
        BodyRegion.ELBOW: "肘",
        BodyRegion.CHEST_ABDOMEN: "侧腹部",
    },
}
_BOTH_PARTS = {
    ENGLISH: {
        BodyRegion.HEAD: "BOTH sides of the head",
        BodyRegion.FACE: "BOTH sides of the face",
        BodyRegion.NECK_SHOULDER: "BOTH sides of the neck",
        BodyRegion.FOREARM: "BOTH forearms",
        BodyRegion.HAND: "BOTH hands",
        BodyRegion.LOWER_BACK: "BOTH sides of the lower back",
        BodyRegion.HIP: "BOTH hips",
        BodyRegion.THIGH: "BOTH thighs",
        BodyRegion.KNEE: "BOTH knees",
        BodyRegion.LOWER_LEG: "BOTH legs",
        BodyRegion.ANKLE: "BOTH ankles",
        BodyRegion.FOOT: "BOTH feet",
        BodyRegion.UPPER_BACK: "BOTH sides of the upper back",
        BodyRegion.ELBOW: "BOTH elbows",
        BodyRegion.CHEST_ABDOMEN: "BOTH sides of the belly",
    },
    CHINESE: {
        BodyRegion.HEAD: "头部两侧",
        BodyRegion.FACE: "面部两侧",
        BodyRegion.NECK_SHOULDER: "颈部两侧",
        BodyRegion.FOREARM: "双前臂",
        BodyRegion.HAND: "双手",
        BodyRegion.LOWER_BACK: "下背部两侧",
        BodyRegion.HIP: "双髋",
        BodyRegion.THIGH: "双大腿",
        BodyRegion.KNEE: "双膝",
        BodyRegion.LOWER_LEG: "双腿",
        BodyRegion.ANKLE: "双脚踝",
        BodyRegion.FOOT: "双脚",
        BodyRegion.UPPER_BACK: "上背部两侧",
        BodyRegion.ELBOW: "双肘",
        BodyRegion.CHEST_ABDOMEN: "腹部两侧",
    },
}

_LATERALITY_ZH = {
    Laterality.OPPOSITE_SIDE: "在疼痛的对侧",
    Laterality.SAME_SIDE: "在疼痛的同侧",
    Laterality.PAINFUL_SIDE: "作为局部穴位，在疼痛一侧",
    Laterality.BOTH_SIDES: "在两侧",
    Laterality.MIDLINE: "在正中线上按一次",
}

_EVIDENCE_ZH = {
    EvidenceLevel.TRADITIONAL: "仅为传统用法",
    EvidenceLevel.SMALL_STUDIES: "小型研究",
    EvidenceLevel.SYSTEMATIC_REVIEW: "系统综述",
}
_EVIDENCE_EXPLANATION_ZH = {
    EvidenceLevel.TRADITIONAL: "见于传统文献和科普文章；未经试验检验",
    EvidenceLevel.SMALL_STUDIES: "用于一项或几项小型研究，其中一些研究的是针刺而非指压",
    EvidenceLevel.SYSTEMATIC_REVIEW: "一篇试验的系统综述发现有一定益处；这些试验规模往往较小",
}


def message(language: str | None, key: str, **fields: object) -> str:
    """The app's own sentence ``key`` in a language, its fields filled in."""
    table = _MESSAGES[normalise_language(language)]
    return table.get(key, _EN[key]).format(**fields)


def counted(language: str | None, n: int, unit: str) -> str:
    """'1 session', '3 sessions'; '3 次' (units: session, day, scored, point, step)."""
    return message(language, f"count_{unit}_{'one' if n == 1 else 'many'}", n=n)


def _chinese(language: str | None) -> bool:
    return normalise_language(language) == CHINESE


def region_label(region: BodyRegion, language: str | None = ENGLISH) -> str:
    return _REGIONS_ZH[region] if _chinese(language) else region.label


def body_part(region: BodyRegion, language: str | None = ENGLISH) -> str:
    return _BODY_PART[normalise_language(language)][region]


def both_parts(region: BodyRegion, language: str | None = ENGLISH) -> str:
    return _BOTH_PARTS[normalise_language(language)][region]


def laterality_words(rule: Laterality, language: str | None = ENGLISH) -> str:
    return _LATERALITY_ZH[rule] if _chinese(language) else rule.description


def evidence_words(level: EvidenceLevel, language: str | None = ENGLISH) -> str:
    return _EVIDENCE_ZH[level] if _chinese(language) else level.words


def evidence_explanation(level: EvidenceLevel, language: str | None = ENGLISH) -> str:
    return _EVIDENCE_EXPLANATION_ZH[level] if _chinese(language) else level.explanation


def listed_left_out(names: Sequence[str], language: str | None = ENGLISH) -> str:
    """'Ling Gu was', 'Ling Gu, Da Bai and GB30 were' in English; '灵骨、大白和环跳' in Chinese."""
    names = list(dict.fromkeys(names))
    if _chinese(language):
        return names[0] if len(names) == 1 else "、".join(names[:-1]) + "和" + names[-1]
    return names[0] + " was" if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1] + " were"
