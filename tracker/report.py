"""Text rendering of evaluation reports for the command line."""

from __future__ import annotations

from tracker.evaluation import GROUPS, Report


def score_table(report: Report) -> str:
    ex = report.extraction
    lines = [
        f"{report.documents} documents",
        "",
        f"{'extraction':<16}{'precision':>10}{'recall':>10}{'f1':>10}{'exact f1':>10}",
    ]
    for group in GROUPS:
        s = ex.by_group[group]
        lines.append(
            f"{group:<16}{s['precision']:>10.3f}{s['recall']:>10.3f}{s['f1']:>10.3f}"
            f"{s['exact_f1']:>10.3f}"
        )
    e = ex.end_to_end
    lines += [
        "",
        f"attribution accuracy {ex.attribution['accuracy']:.3f} "
        f"on {ex.attribution['matched']} matched quotations"
        + (
            f" ({ex.attribution['unscored']} more name no speaker in the gold)"
            if ex.attribution.get("unscored")
            else ""
        ),
        f"  named speakers     {ex.attribution['named_accuracy']:.3f} "
        f"on {ex.attribution['named_matched']} (persons and organisations)",
        f"end to end           P {e['precision']:.3f}  R {e['recall']:.3f}  F1 {e['f1']:.3f}",
        "",
        f"{'linking':<44}{'pairs':>7}{'precision':>10}{'recall':>10}{'f1':>8}{'B3 f1':>8}",
    ]
    for title, block in (
        ("", report.linking),
        ("on gold spans, ", report.linking_on_gold_spans),
        ("+translations, gold spans, ", report.linking_with_translations_on_gold_spans),
    ):
        for split, s in block.items():
            name = f"{title}{split.replace('_', ' ')}"
            lines.append(
                f"{name:<44}{int(s['gold_pairs']):>7}{s['precision']:>10.3f}"
                f"{s['recall']:>10.3f}{s['f1']:>8.3f}{s['b_cubed_f1']:>8.3f}"
            )
    return "\n".join(lines)


def _context(text: str, start: int, end: int, width: int = 40) -> str:
    left = text[max(0, start - width) : start].replace("\n", " ")
    right = text[end : end + width].replace("\n", " ")
    body = text[start:end].replace("\n", " ")
    if len(body) > 160:
        body = body[:75] + " … " + body[-75:]
    return f"…{left}[[{body}]]{right}…"


def error_listing(report: Report, texts: dict[str, str]) -> str:
    ex = report.extraction
    out = ["", f"MISSED ({len(ex.misses)})"]
    for g in ex.misses:
        out.append(f"  {g.id} {g.type} by {g.speaker}: {_context(texts[g.doc], g.start, g.end)}")
    out += ["", f"FALSE ALARMS ({len(ex.false_alarms)})"]
    for p in ex.false_alarms:
        out.append(f"  {p.doc} {p.type} by {p.speaker}: {_context(texts[p.doc], p.start, p.end)}")
    out += ["", f"WRONG SPEAKER ({len(ex.wrong_speaker)})"]
    for g, p in ex.wrong_speaker:
        out.append(
            f"  {g.id} predicted {p.speaker!r}, gold {g.speaker!r}: "
            f"{_context(texts[g.doc], g.start, g.end, 25)}"
        )
    return "\n".join(out)
