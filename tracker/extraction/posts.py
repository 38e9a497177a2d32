"""Embedded social-media posts: the post's text followed by its author line.

The embed format news sites paste: the post, then a line "— Name (@handle) Date". The
post (without its trailing picture or short links) is a direct quotation by Name, said
on that date, on the platform the links name (Twitter unless x.com appears).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_AUTHOR = re.compile(
    r"^[ \t]*[—–-][ \t]*(?P<name>[^\n(@]{2,80}?)[ \t]*\(@(?P<handle>\w{1,30})\)[ \t]*"
    r"(?P<date>[^\n]{0,40})$",
    re.MULTILINE,
)
_TRAILING_LINKS = re.compile(r"(?:\s*(?:pic\.twitter\.com|https?://|t\.co/|x\.com/)\S*)+\s*$")


@dataclass(frozen=True, slots=True)
class Post:
    start: int
    end: int
    author: str
    handle: str
    date_text: str
    medium: str


def find_posts(text: str) -> list[Post]:
    """Every embedded post with an author line, in text order."""
    posts: list[Post] = []
    if "(@" not in text:
        return posts  # no author line: the common case, found in C
    for m in _AUTHOR.finditer(text):
        line_start = text.rfind("\n", 0, max(0, m.start() - 1)) + 1
        body_end = m.start()
        body = text[line_start:body_end]
        links = _TRAILING_LINKS.search(body)
        platform_links = links.group() if links else ""
        end = line_start + (links.start() if links else len(body.rstrip()))
        start = line_start
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end - start < 3:
            continue
        medium = "X" if "x.com/" in platform_links else "Twitter"
        posts.append(
            Post(
                start,
                end,
                m.group("name").strip(),
                m.group("handle"),
                m.group("date").strip(),
                medium,
            )
        )
    return posts
