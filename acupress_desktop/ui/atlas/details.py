"""The point details as rich text: names, where, how to find it, how to press, when not to, sources."""

from __future__ import annotations

from html import escape

from acupress_desktop.domain.catalogue import Catalogue, Caution, CautionEffect, CautionKind, Point, Source
from acupress_desktop.ui import theme


def _caution_style(kind: CautionKind) -> str:
    """Red for pregnancy, amber for varicose veins, a neutral note for the rest; the title says which in words."""
    c = theme.colours()
    background, border, text = {
        CautionKind.PREGNANCY: (c.warning_background, c.warning_border, c.warning_text),
        CautionKind.VARICOSE_VEINS: (c.caution_background, c.caution_border, c.caution_text),
    }.get(kind, (c.note_background, c.note_border, c.note_text))
    return f"background:{theme.css(background)}; border-left:4px solid {theme.css(border)}; color:{theme.css(text)};"


_CAUTION_TITLE = {
    CautionKind.PREGNANCY: "Pregnancy",
    CautionKind.VARICOSE_VEINS: "Varicose veins",
    CautionKind.BROKEN_SKIN: "Broken skin",
    CautionKind.BLEEDING_DISORDER: "Blood thinners or bleeding disorder",
    CautionKind.GENTLE_ONLY: "Gentle pressure only",
}


def point_details_html(catalogue: Catalogue, point: Point) -> str:
    t = point.technique
    english = escape(point.english) + ("" if point.english_checked else " (a common translation, not a checked one)")
    steps = "".join(f"<li>{escape(step)}</li>" for step in point.find_steps)
    cautions = "".join(
        f"<p style='{_caution_style(c.kind)} padding:6px;'>"
        f"<b>{_CAUTION_TITLE[c.kind]}{' — do not press' if c.effect is CautionEffect.EXCLUDE else ''}:</b> "
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
    cun_note = f"<p style='color:{muted}'><b>B-cun:</b> {escape(cun)}</p>" if cun and "cun" in point.location else ""
    return f"""
<h2 style='margin-bottom:0'>{escape(point.pinyin_plain)}
 <span style='font-weight:normal'>· {escape(point.hanzi)}</span></h2>
<p style='margin-top:2px; color:{muted}'>{escape(point.pinyin)} · {english} · <b>{escape(point.display_code)}</b></p>
<p style='margin-top:0; color:{muted}'>{meridian}</p>
{cautions}
<h3>Where</h3><p>{escape(point.location)}</p>{cun_note}
<h3>How to find it</h3><ol>{steps}</ol>
<h3>How to press</h3>
<p>{escape(t.instruction)}<br><b>{t.pressure.value.capitalize()}</b> pressure, about <b>{t.default_seconds} s</b>
 ({t.min_seconds}-{t.max_seconds} s).</p>
<h3>Which side</h3><p>Pressed {escape(point.laterality.description)}. {escape(point.laterality_note)}</p>
<h3>Used for</h3>{used_for}
{notes}
<h3>Sources</h3><ul>{sources}</ul>
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
        items.append(
            f"<li><b>{escape(symptom.name)}</b> (evidence: <i>{escape(link.evidence.words)}</i>): "
            f"{escape(link.reason)}</li>"
        )
    return f"<ul>{''.join(items)}</ul>" if items else "<p>Not linked to a complaint: shown as a landmark.</p>"
