"""When a statement was said: weekdays and "yesterday" resolved against the publication date,
explicit dates."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from functools import cache

from tracker.extraction.lexicon import Lexicon


def first_letters(words: Iterable[str]) -> str:
    """A look-ahead naming the letters ``words`` start with: the regex engine skips to
    them in C instead of trying the pattern at every character."""
    return "(?=[" + "".join(sorted({re.escape(w[0]) for w in words if w})) + "])"


@cache
def _date_regexes(lex: Lexicon) -> tuple[re.Pattern[str], re.Pattern[str]]:
    months = "|".join(re.escape(m) for m in lex.months)
    day_month = re.compile(rf"(?=\d)\b(\d{{1,2}})\.?\s+({months})(?:\s+(\d{{4}}))?\b")
    month_day = re.compile(
        rf"{first_letters(lex.months)}\b({months})\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(\d{{4}}))?\b"
    )
    return day_month, month_day


@cache
def _weekday_regex(lex: Lexicon) -> re.Pattern[str]:
    days = "|".join(map(re.escape, lex.weekdays))
    return re.compile(rf"{first_letters(lex.weekdays)}\b({days})\b")


def explicit_date(sentence: str, lex: Lexicon, published: dt.date | None) -> dt.date | None:
    """A date written in full or as day + month ("9 dicembre 2021", "December 9")."""
    if not lex.months:
        return None
    day_month, month_day = _date_regexes(lex)
    low = sentence.lower()
    m = day_month.search(low)
    if m:
        day, month, year = int(m.group(1)), lex.months.index(m.group(2)) + 1, m.group(3)
    else:
        m = month_day.search(low)
        if not m:
            return None
        day, month, year = int(m.group(2)), lex.months.index(m.group(1)) + 1, m.group(3)
    if year:
        y = int(year)
    elif published is not None:
        y = published.year
        if (month, day) > (published.month, published.day):
            y -= 1  # a day-and-month later than publication means last year
    else:
        return None
    try:
        return dt.date(y, month, day)
    except ValueError:
        return None


def weekday_date(sentence: str, lex: Lexicon, published: dt.date | None) -> dt.date | None:
    """The latest date on or before ``published`` falling on the weekday the sentence names."""
    if published is None or not lex.weekdays:
        return None
    low = sentence.lower()
    m = next(
        (
            m
            for m in _weekday_regex(lex).finditer(low)
            if not _ranged(low, m.start(), lex)
            # "despite Sunday's defeat": the day of an event, not of the words
            and low[m.end() : m.end() + 2] not in ("'s", "’s")
        ),
        None,
    )
    if m is None:
        return None
    back = (published.weekday() - lex.weekdays.index(m.group(1))) % 7
    return published - dt.timedelta(days=back)


@cache
def _days_back_regex(lex: Lexicon) -> re.Pattern[str] | None:
    if not lex.days_back:
        return None
    words = sorted((w for w, _ in lex.days_back), key=len, reverse=True)
    return re.compile(rf"{first_letters(words)}\b({'|'.join(map(re.escape, words))})\b")


def days_back_date(sentence: str, lex: Lexicon, published: dt.date | None) -> dt.date | None:
    """The publication date less the days a word such as "yesterday" or "ieri" counts
    back, unless the word makes a start ("da ieri", "since yesterday")."""
    rx = _days_back_regex(lex)
    if published is None or rx is None:
        return None
    low = sentence.lower()
    back = dict(lex.days_back)
    for m in rx.finditer(low):
        if not _ranged(low, m.start(), lex):
            return published - dt.timedelta(days=back[m.group(1)])
    return None


def _ranged(low: str, at: int, lex: Lexicon) -> bool:
    """Whether the day at ``at`` follows a word that makes it a deadline or a start, not
    the day something was said ("già da mercoledì", "by Friday"), an article between."""
    words = low[max(0, at - 30) : at].split()[-2:]
    return any(w.strip(",") in lex.date_range_words for w in words)


def said_on(
    sentence: str, lex: Lexicon, published: dt.date | None, known: dt.date | None = None
) -> dt.date | None:
    """The day a statement was made, as far as its sentence tells; else ``known`` (the day
    of the statement it goes on from), else the publication date."""
    return (
        explicit_date(sentence, lex, published)
        or weekday_date(sentence, lex, published)
        or days_back_date(sentence, lex, published)
        or known
        or published
    )
