"""Any text at all is extracted without an exception, and every span equals its slice."""

from __future__ import annotations

import datetime as dt
import re

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from tracker.extraction import extract_quotes
from tracker.extraction.attribution import (
    _END,
    _cue_trie,
    _first_word_set,
    lowered,
    trie_pattern,
    word_hits,
)
from tracker.extraction.context import _NAME, _names, _titled, _titled_regex
from tracker.extraction.lexicon import lexicon_for

MARKS = list("«»“”„‘’\"'") + ["»", "«", "—", "–", ":", ",", ".", "\n", "\n\n"]
WORDS = [
    "ha",
    "detto",
    "said",
    "sagte",
    "che",
    "that",
    "dass",
    "Mario",
    "Rossi",
    "il",
    "presidente",
    "according",
    "to",
    "secondo",
    "laut",
    "Polizei",
    "sei",
    "<p>",
    "</p>",
    "&nbsp;",
    "http://x.y/z",
    "von",
    "der",
    "Leyen",
    "così",
    "so",
    "…",
    "[...]",
]
pieces = st.one_of(st.sampled_from(MARKS), st.sampled_from(WORDS), st.text(max_size=8))
texts = st.lists(pieces, max_size=120).map(" ".join)


def check(text: str, lang: str) -> None:
    for q in extract_quotes(text, lang=lang, published=dt.date(2024, 1, 1)):
        assert 0 <= q.start < q.end <= len(text)
        assert text[q.start : q.end] == q.text
        if q.mention_span is not None:
            assert 0 <= q.mention_span.start < q.mention_span.end <= len(text)
        if q.cue_span is not None:
            assert text[q.cue_span.start : q.cue_span.end] == q.cue
        if q.continues is not None:
            assert 0 <= q.continues < len(text)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts, st.sampled_from(["it", "en", "de"]))
@example("« « — so Mario — «", "de")  # a marker's dash kept in its cue's span
def test_quote_like_noise_never_breaks_extraction(text: str, lang: str) -> None:
    check(text, lang)


@settings(max_examples=200, deadline=None)
@given(st.text(), st.sampled_from(["it", "en", "de"]))
def test_random_unicode_never_breaks_extraction(text: str, lang: str) -> None:
    check(text, lang)


def test_a_megabyte_on_one_line_with_stray_marks() -> None:
    chunk = "«Una frase», ha detto Mario Rossi; “stray ” marks « here and <b>markup</b> "
    text = chunk * (1_000_000 // len(chunk))
    assert len(text) > 900_000 and "\n" not in text
    quotes = extract_quotes(text, lang="it")
    assert quotes and all(text[q.start : q.end] == q.text for q in quotes)


def test_language_is_detected_when_not_given() -> None:
    (q,) = extract_quotes('"We will not back down," said Jane Doe, the senator, on Monday.')
    assert q.speaker == "Jane Doe"


@given(st.lists(st.text(alphabet="abcdefghij", min_size=1, max_size=6), min_size=1, max_size=30))
def test_a_trie_pattern_matches_exactly_its_words(words: list[str]) -> None:
    rx = re.compile(rf"(?:{trie_pattern(words)})\Z")
    for w in {*words, *(w + "x" for w in words), *(w[:-1] for w in words)}:
        assert (rx.match(w) is not None) == (w in words)


# Words, capitals, particles, hyphens, apostrophes and the white space that separate them.
_NAMEISH = st.lists(
    st.sampled_from(
        [
            "Anna",
            "Rossi",
            "al-Assad",
            "el-Sisi",
            "Jean-Pierre",
            "von",
            "der",
            "de",
            "la",
            "the",
            "iPhone",
            "O'Neil",
            "Biden’s",
            "ÉLYSÉE",
            "Зеленський",
            "x",
            "_Ab",
            "-",
            "2",
        ]
    ).map(str),
    max_size=12,
).flatmap(
    lambda ws: st.lists(
        st.sampled_from([" ", "\t", "\n", "", ", "]), min_size=len(ws), max_size=len(ws)
    ).map(lambda seps: "".join(w + s for w, s in zip(ws, seps, strict=True)))
)


@given(_NAMEISH)
def test_the_quick_name_scan_finds_exactly_what_the_full_pattern_finds(text: str) -> None:
    assert [m.span() for m in _names(text)] == [m.span() for m in _NAME.finditer(text)]


@given(
    st.lists(
        st.sampled_from(
            ["said", "ha", "detto", "sagte", "says", "Said", "_said", "said_", "déclaré"]
        )
        | st.text(alphabet="adhisy _-’\n,.", max_size=6),
        max_size=20,
    ).map("".join),
    st.sampled_from(["it", "en", "de"]),
)
def test_cue_words_are_found_exactly_where_a_word_pattern_finds_them(text: str, lang: str) -> None:
    lex = lexicon_for(lang)
    assert lex is not None
    words = [w for w in _cue_trie(lex) if w != _END]
    pattern = re.compile(rf"\b(?:{trie_pattern(words)})\b")
    low = lowered(text)
    expected = [(m.start(), m.end(), m.group()) for m in pattern.finditer(low)]
    assert word_hits(low, _first_word_set(lex)) == expected


@given(
    st.lists(
        st.sampled_from(
            [
                "il",
                "presidente",
                "Presidente",
                "ministro",
                "ucraino",
                "di",
                "Mario",
                "Draghi",
                "secretary-general",
                "sen.",
                "Sen.",
                "rep",
                "ex-",
                "Kanzler",
                "Olaf",
                "Scholz",
                "al-Assad",
                "xpresidente",
                "_",
                "2",
            ]
        ),
        max_size=14,
    ).flatmap(
        lambda ws: st.lists(
            st.sampled_from([" ", "\t", "\n", "", ", ", "  "]), min_size=len(ws), max_size=len(ws)
        ).map(lambda seps: "".join(w + s for w, s in zip(ws, seps, strict=True)))
    ),
    st.sampled_from(["it", "en", "de"]),
)
@example("il presidente ministro Mario Draghi, xpresidente Mario", "it")
@example("the secretary-general Olaf Scholz and sen. Mario Draghi", "en")
def test_titled_names_are_found_exactly_where_the_full_pattern_finds_them(
    text: str, lang: str
) -> None:
    lex = lexicon_for(lang)
    assert lex is not None
    expected = [m.span() for m in _titled_regex(lex).finditer(text)]
    assert [m.span() for m in _titled(text, lex)] == expected
