"""The point details as rich text: names, where, how to find it, how to press, when not to, sources."""

from __future__ import annotations

from html import escape

from acupress_desktop.domain.catalogue import Catalogue, Caution, CautionEffect, CautionKind, Point, Source
from acupress_desktop.domain.messages import evidence_words, laterality_words
from acupress_desktop.i18n import QT_TR_NOOP, current_language, tr
from acupress_desktop.ui import theme


def _caution_style(kind: CautionKind) -> str:
    """Red for pregnancy, amber for varicose veins, a neutral note for the rest; the title says which in words."""
    c = theme.colours()
    background, border, text = {
        CautionKind.PREGNANCY: (c.warning_background, c.warning_border, c.warning_text),
        CautionKind.VARICOSE_VEINS: (c.caution_background, c.caution_border, c.caution_text),
    }.get(kind, (c.note_background, c.note_border, c.note_text))
    return f"background:{theme.css(background)}; border-left:4px solid {theme.css(border)}; color:{theme.css(text)};"


_PRESSURE = (QT_TR_NOOP("Gentle"), QT_TR_NOOP("Moderate"), QT_TR_NOOP("Firm"))  # t.pressure, capitalised


_CAUTION_TITLE = {
    CautionKind.PREGNANCY: QT_TR_NOOP("Pregnancy"),
    CautionKind.VARICOSE_VEINS: QT_TR_NOOP("Varicose veins"),
    CautionKind.BROKEN_SKIN: QT_TR_NOOP("Broken skin"),
    CautionKind.BLEEDING_DISORDER: QT_TR_NOOP("Blood thinners or bleeding disorder"),
    CautionKind.GENTLE_ONLY: QT_TR_NOOP("Gentle pressure only"),
}


def point_details_html(catalogue: Catalogue, point: Point) -> str:
    t = point.technique
    english = escape(point.english) + (
        "" if point.english_checked else tr(" (a common translation, not a checked one)")
    )
    steps = "".join(f"<li>{escape(step)}</li>" for step in point.find_steps)
    do_not_press = tr(" — do not press")
    cautions = "".join(
        f"<p style='{_caution_style(c.kind)} padding:6px;'>"
        f"<b>{tr(_CAUTION_TITLE[c.kind])}{do_not_press if c.effect is CautionEffect.EXCLUDE else ''}:</b> "
        f"{escape(c.text)}</p>"
        for c in _ordered_cautions(point)
    )
    used_for = _used_for(catalogue, point)
    cited = dict.fromkeys([*point.sources, *(s for c in point.cautions for s in c.sources)])
    sources = "".join(f"<li>{citation_html(catalogue.source(s))}</li>" for s in cited)
    notes = f"<p><i>{escape(point.notes)}</i></p>" if point.notes else ""
    meridian = escape(catalogue.explain(point.meridian) or point.meridian)
    muted = theme.css(theme.colours().muted_text)
    cun = catalogue.explain("B-cun")
    uses_cun = "cun" in point.location or "寸" in point.location
    cun_label = tr("B-cun:")
    cun_note = f"<p style='color:{muted}'><b>{cun_label}</b> {escape(cun)}</p>" if cun and uses_cun else ""
    where, find, press, which, used, cited_heading = (
        tr("Where"),
        tr("How to find it"),
        tr("How to press"),
        tr("Which side"),
        tr("Used for"),
        tr("Sources"),
    )
    language = current_language()
    pressure = tr("<b>{pressure}</b> pressure, about <b>{seconds} s</b> ({low}-{high} s).").format(
        pressure=tr(t.pressure.value.capitalize()), seconds=t.default_seconds, low=t.min_seconds, high=t.max_seconds
    )
    side = tr("Pressed {rule}.").format(rule=escape(laterality_words(point.laterality, language)))
    return f"""
<h2 style='margin-bottom:0'>{escape(point.pinyin_plain)}
 <span style='font-weight:normal'>· {escape(point.hanzi)}</span></h2>
<p style='margin-top:2px; color:{muted}'>{escape(point.pinyin)} · {english} · <b>{escape(point.display_code)}</b></p>
<p style='margin-top:0; color:{muted}'>{meridian}</p>
{cautions}
<h3>{where}</h3><p>{escape(point.location)}</p>{cun_note}
<h3>{find}</h3><ol>{steps}</ol>
<h3>{press}</h3>
<p>{escape(t.instruction)}<br>{pressure}</p>
<h3>{which}</h3><p>{side} {escape(point.laterality_note)}</p>
<h3>{used}</h3>{used_for}
{notes}
<h3>{cited_heading}</h3><ul>{sources}</ul>
"""


def _ordered_cautions(point: Point) -> list[Caution]:
    """Pregnancy first: it is the caution that must not be missed."""
    order = list(CautionKind)
    return sorted(point.cautions, key=lambda c: (c.kind is not CautionKind.PREGNANCY, order.index(c.kind)))


def citation_html(source: Source) -> str:
    """Authors. Title. Publisher, year. and the link, as a reader can look it up."""
    link = f" <a href='{escape(source.url)}'>{escape(source.url)}</a>" if source.url else ""
    return escape(source.citation) + link


def _used_for(catalogue: Catalogue, point: Point) -> str:
    """Each complaint with why and how strong the evidence is, in plain words."""
    items = []
    for symptom in catalogue.symptoms_for_point(point.code):
        link = next(link for link in symptom.points if link.code == point.code)
        evidence = escape(evidence_words(link.evidence, current_language()))
        items.append(
            "<li>"
            + tr("<b>{symptom}</b> (evidence: <i>{evidence}</i>): {reason}").format(
                symptom=escape(symptom.name), evidence=evidence, reason=escape(link.reason)
            )
            + "</li>"
        )
    if not items:
        return "<p>" + tr("Not linked to a complaint: shown as a landmark.") + "</p>"
    return f"<ul>{''.join(items)}</ul>"
