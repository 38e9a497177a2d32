"""Find the text inside quotation marks, in every common style, in one linear pass.

Styles: « » and » « , “ ” , „ “ and „ ” , ‘ ’ , straight " " (also paired with a
curly mark: " ” and “ ") and straight ' ' (opening only after a space, a colon or a
bracket and before a letter, so that apostrophes stay apostrophes). Marks nest; an
unbalanced or stray mark is dropped at the end of its paragraph and never stops the
rest of the article. A quotation running over several paragraphs in the English
convention (an opening mark at each paragraph, one closing mark at the end) is
returned as one span per paragraph, each marked as continuing the previous one; one
opened after a colon and closed paragraphs later, with no mark in between, is one span.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# opening mark -> closing marks it accepts
_PAIRS: dict[str, tuple[str, ...]] = {
    "«": ("»",),
    "»": ("«",),
    "“": ("”", "“", '"'),
    "„": ("“", "”"),
    "‘": ("’",),
    '"': ('"', "”"),  # a straight mark closed by a curly one: text pasted from two sources
    "'": ("'",),  # straight single marks, as headlines write them: Leader: 'We will win'
}
# The double marks that open and close a quotation (single marks are also apostrophes).
OPENING_MARKS = "".join(m for m in _PAIRS if m not in "'‘")
CLOSING_MARKS = "".join(sorted({c for m in OPENING_MARKS for c in _PAIRS[m]}))
_MARK_RX = re.compile('[«»“”„‘’"]')
# With straight single marks, for a text where one may open a quotation (after a space or
# at a paragraph's start): one between two letters is an apostrophe ("l'Italia",
# "didn't"), skipped by the pattern. Most texts have none and keep the faster pattern.
_MARK_RX_SINGLE = re.compile("(?=[«»“”„‘’\"'])(?:[«»“”„‘’\"]|(?<!\\w)'|'(?!\\w))")


# Where a straight single mark may open (see ``_opens``): after a space, a bracket or a
# colon, before a letter (the pattern opens with the mark itself, so the engine skips to it).
_SINGLE_OPENS = re.compile(r"'(?<=[\s(\[:]')(?=[^\W\d_])")


def _marks_pattern(text: str) -> re.Pattern[str]:
    single = text.startswith("'") or _SINGLE_OPENS.search(text) is not None
    return _MARK_RX_SINGLE if single else _MARK_RX


MAX_QUOTE_CHARS = 5000


@dataclass(frozen=True, slots=True)
class Quoted:
    """Text between an opening and a closing mark (marks excluded)."""

    start: int
    end: int
    open_mark: str
    depth: int  # 0 for a top-level quotation, 1 inside another, ...
    continues_previous: bool = False  # a multi-paragraph quotation's later paragraph
    closed: bool = True  # False for a paragraph whose quotation goes on in the next one


def _is_word(ch: str) -> bool:
    return ch.isalnum()


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph: blocks separated by a blank line or a single newline."""
    out = []
    pos = 0
    n = len(text)
    while pos < n:
        nl = text.find("\n", pos)
        end = n if nl < 0 else nl
        if end > pos:
            out.append((pos, end))
        pos = end + 1
    return out


def _opens(text: str, i: int, ch: str, top: str | None) -> bool | None:
    """True if the mark at i opens, False if it closes ``top``, None if it is neither."""
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if ch == "'" and top != "'":
        # An apostrophe ("l'Italia", "Italy's", "players'") unless it stands before a
        # letter after a space, a colon or the paragraph's start.
        return True if (prev.isspace() or prev in "([:") and nxt.isalpha() else None
    if top is not None and ch in _PAIRS[top]:
        if ch in "’'" and _is_word(prev) and _is_word(nxt):
            return None  # an apostrophe inside a single-quoted span
        # Closing the innermost quotation, unless a straight/curly mark clearly opens.
        if ch in ('"', "“") and top == ch and not prev.isspace() and prev not in "([":
            return False
        if ch == "“" and top == "“":
            return False if not prev.isspace() else True
        if ch == '"' and prev.isspace() and not nxt.isspace():
            return True  # a new straight quotation inside, rare but e.g. ' "a "b" c" '
        return False
    if ch == "’" or ch == "”":
        return None  # closing mark with nothing to close (or an apostrophe)
    if ch == "‘":
        return True if not _is_word(prev) else None
    if ch == '"':
        return True if not _is_word(prev) or prev in "([" else None
    if ch == "«" and top == "»":
        return False
    return True


def find_quoted(text: str) -> list[Quoted]:
    """Every span inside matched quotation marks, in order of opening."""
    found: list[Quoted] = []
    pending_continuation: Quoted | None = None
    paragraphs = _paragraphs(text)
    marks = _marks_pattern(text)
    consumed = -1  # paragraphs up to this offset belong to a quotation found already
    for p_index, (p_start, p_end) in enumerate(paragraphs):
        if p_start < consumed:
            continue
        stack: list[tuple[str, int]] = []  # (mark, position)
        continuing = False
        if pending_continuation is not None:
            first = text[p_start] if p_start < p_end else ""
            if first == pending_continuation.open_mark:
                continuing = True
            pending_continuation = None
        for found_mark in marks.finditer(text, p_start, p_end):
            i, ch = found_mark.start(), found_mark.group()
            top = stack[-1][0] if stack else None
            # A closing mark may close an outer quotation when the inner one is stray.
            verdict = _opens(text, i, ch, top)
            if verdict is None and stack:
                for depth in range(len(stack) - 2, -1, -1):
                    if ch in _PAIRS[stack[depth][0]]:
                        del stack[depth + 1 :]
                        verdict = False
                        break
            if verdict is None:
                continue
            if verdict:
                stack.append((ch, i))
                continue
            mark, pos = stack.pop()
            if i - pos - 1 > 0 and i - pos - 1 <= MAX_QUOTE_CHARS:
                found.append(
                    Quoted(
                        pos + 1,
                        i,
                        mark,
                        len(stack),
                        continues_previous=continuing and not stack and pos == p_start,
                    )
                )
        if len(stack) == 1 and stack[0][1] + 1 < p_end and stack[0][0] != "'":
            # The English convention: the quotation goes on in the next paragraph (never
            # one opened by a straight single mark, which may be a stray apostrophe).
            mark, pos = stack[0]
            nxt = p_end + 1
            while nxt < len(text) and text[nxt] in "\n\r \t":
                nxt += 1
            spanning = _spanning(text, mark, pos, p_start, paragraphs[p_index + 1 :])
            if spanning:
                found.extend(spanning)
                consumed = spanning[-1].end + 1
                pending_continuation = None
            elif nxt < len(text) and text[nxt] == mark and p_end - pos - 1 <= MAX_QUOTE_CHARS:
                q = Quoted(
                    pos + 1,
                    p_end,
                    mark,
                    0,
                    continues_previous=continuing and pos == p_start,
                    closed=False,
                )
                found.append(q)
                pending_continuation = q
    found.sort(key=lambda q: (q.start, -q.end))
    return found


def _spanning(
    text: str, mark: str, pos: int, p_start: int, later: list[tuple[int, int]]
) -> list[Quoted]:
    """A quotation opened after a colon (or at its paragraph's start) and closed some
    paragraphs later with no mark in between ("…, sagte er:\n\n„A …\n\nB …“"): one span
    over all its paragraphs, since nothing but a paragraph break parts them; [] if it is
    not one."""
    if text[p_start:pos].strip() and not text[p_start:pos].rstrip().endswith(":"):
        return []
    if not later or text[pos + 1 : later[0][0]].count("\n") > 3:
        return []
    for a, b in later:
        if b - pos > MAX_QUOTE_CHARS:
            return []
        inside = _MARK_RX.search(text, a, b)
        if inside is None:
            continue
        if inside.group() not in _PAIRS[mark] or _MARK_RX.search(text, inside.end(), b):
            return []  # another quotation, or more marks: not a plain spanning one
        end = inside.start() if inside.start() > a else _para_end(text, pos + 1, a)
        return [Quoted(pos + 1, end, mark, 0)]
    return []


def _para_end(text: str, start: int, next_start: int) -> int:
    """The end of the paragraph that starts at or before ``start`` and ends before the
    paragraph at ``next_start``: its last non-blank character."""
    end = next_start
    while end > start and text[end - 1] in "\n\r \t":
        end -= 1
    return end


def top_level(quoted: list[Quoted]) -> list[Quoted]:
    """The spans not nested inside another span."""
    out: list[Quoted] = []
    reach = -1
    for q in quoted:
        if q.start >= reach:
            out.append(q)
            reach = q.end
    return out
