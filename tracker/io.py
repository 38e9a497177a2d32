"""Read articles from disk: ``.txt`` files with ``.json`` sidecars, folders, ``.jsonl`` files.

No database here. Each article comes back either as an :class:`ArticleInput` or as a
:class:`ReadError` with a one-line reason, so one bad file never stops the others.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from charset_normalizer import from_bytes

from tracker.errors import InvalidInput
from tracker.extraction.langid import detect_language
from tracker.extraction.lexicon import ISO_639_1

METADATA_FIELDS = {"title", "outlet", "url", "published", "lang"}
_TITLE_MAX = 300
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@dataclass(frozen=True, slots=True)
class ArticleInput:
    """A validated article ready to store."""

    text: str
    title: str
    lang: str
    published: dt.date | None
    outlet: str | None
    url: str | None
    source: str  # file path, or path:line for JSON Lines
    encoding: str = "utf-8"

    @property
    def content_hash(self) -> str:
        return content_hash(self.text)


@dataclass(frozen=True, slots=True)
class ReadError:
    source: str
    reason: str


def content_hash(text: str) -> str:
    """SHA-256 of the text with normalised Unicode and line ends: the duplicate key."""
    canon = unicodedata.normalize("NFC", text.replace("\r\n", "\n")).strip()
    return hashlib.sha256(canon.encode("utf-8")).hexdigest()


def decode(raw: bytes) -> tuple[str, str]:
    """Text and encoding of a file's bytes: UTF-8 (with or without BOM), else detected."""
    if b"\x00" in raw[:8192] and not raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InvalidInput("binary file (contains NUL bytes), not text")
    try:
        return raw.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    best = from_bytes(raw).best()
    if best is None or best.chaos > 0.2:
        raise InvalidInput("not UTF-8 and no other encoding fits; convert it with iconv -t UTF-8")
    return str(best), best.encoding


def _metadata_str(meta: dict[str, Any], key: str) -> str | None:
    value = meta.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise InvalidInput(f"metadata {key!r} must be a string or null, got {type(value).__name__}")
    return value.strip() or None


def validate(
    text: str, meta: dict[str, Any], *, source: str, max_bytes: int, encoding: str = "utf-8"
) -> ArticleInput:
    """An ArticleInput from raw text and metadata, or InvalidInput with the reason."""
    if not isinstance(meta, dict):
        raise InvalidInput("metadata must be a JSON object")
    if not isinstance(text, str):
        raise InvalidInput(f"text must be a string, got {type(text).__name__}")
    size = len(text.encode("utf-8"))
    if size > max_bytes:
        raise InvalidInput(f"text is {size:,} bytes, over the limit of {max_bytes:,}")
    text = _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    if not text.strip():
        raise InvalidInput("empty text")
    published_raw = meta.get("published")
    published: dt.date | None = None
    if published_raw is not None:
        if not isinstance(published_raw, str):
            raise InvalidInput("metadata 'published' must be a YYYY-MM-DD string or null")
        try:
            published = dt.date.fromisoformat(published_raw.strip()[:10])
        except ValueError:
            raise InvalidInput(
                f"metadata 'published' is not a date (YYYY-MM-DD): {published_raw!r}"
            ) from None
    lang = _metadata_str(meta, "lang")
    if lang is not None:
        lang = lang.lower()
        if lang not in ISO_639_1:
            raise InvalidInput(f"metadata 'lang' is not an ISO 639-1 language code: {lang!r}")
    else:
        lang = detect_language(text)
        if lang is None:
            raise InvalidInput("language not given and not detected; set 'lang' in the metadata")
    title = _metadata_str(meta, "title") or title_from_text(text)
    return ArticleInput(
        text=text,
        title=title[:_TITLE_MAX],
        lang=lang,
        published=published,
        outlet=_metadata_str(meta, "outlet"),
        url=_metadata_str(meta, "url"),
        source=source,
        encoding=encoding,
    )


def parse_date(raw: str | None, name: str) -> dt.date | None:
    """An optional ``YYYY-MM-DD`` value from a form, a query or the command line."""
    if not raw:
        return None
    try:
        return dt.date.fromisoformat(raw.strip())
    except ValueError:
        raise InvalidInput(f"{name} must be a date (YYYY-MM-DD), got {raw!r}") from None


def title_from_text(text: str) -> str:
    """The first non-empty line, cut at a word boundary."""
    for line in text.splitlines():
        line = line.strip()
        if line:
            if len(line) <= 120:
                return line
            cut = line[:120].rsplit(" ", 1)[0]
            return cut + "…"
    return "(untitled)"


def _read_txt(path: Path, max_bytes: int) -> ArticleInput | ReadError:
    source = str(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        return ReadError(source, f"cannot read: {exc.strerror or exc}")
    meta: dict[str, Any] = {}
    sidecar = path.with_suffix(".json")
    try:
        if sidecar.exists():
            try:
                loaded = json.loads(sidecar.read_text(encoding="utf-8"))
            except (json.JSONDecodeError, UnicodeDecodeError) as exc:
                raise InvalidInput(f"metadata {sidecar.name} is not valid JSON: {exc}") from None
            if not isinstance(loaded, dict):
                raise InvalidInput(f"metadata {sidecar.name} must be a JSON object")
            meta = loaded
        if len(raw) > max_bytes * 4:  # don't even decode a huge file
            raise InvalidInput(f"file is {len(raw):,} bytes, over the limit of {max_bytes:,}")
        text, encoding = decode(raw)
        return validate(text, meta, source=source, max_bytes=max_bytes, encoding=encoding)
    except InvalidInput as exc:
        return ReadError(source, str(exc))


def _read_jsonl(path: Path, max_bytes: int) -> Iterator[ArticleInput | ReadError]:
    try:
        fh = path.open("rb")
    except OSError as exc:
        yield ReadError(str(path), f"cannot read: {exc.strerror or exc}")
        return
    with fh:
        for lineno, raw in enumerate(fh, start=1):
            source = f"{path}:{lineno}"
            if not raw.strip():
                continue
            try:
                try:
                    obj = json.loads(raw.decode("utf-8-sig"))
                except UnicodeDecodeError:
                    raise InvalidInput("line is not UTF-8") from None
                except json.JSONDecodeError as exc:
                    raise InvalidInput(f"not valid JSON: {exc.msg} at column {exc.colno}") from None
                if not isinstance(obj, dict):
                    raise InvalidInput("each line must be a JSON object")
                if "text" not in obj:
                    raise InvalidInput("object has no 'text'")
                yield validate(obj["text"], obj, source=source, max_bytes=max_bytes)
            except InvalidInput as exc:
                yield ReadError(source, str(exc))


def iter_articles(paths: list[Path], *, max_bytes: int) -> Iterator[ArticleInput | ReadError]:
    """Every article under ``paths`` (files or folders, recursively), in a stable order."""
    for path in paths:
        if not path.exists():
            yield ReadError(str(path), "no such file or folder")
        elif path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.suffix in (".txt", ".jsonl"))
            if not files:
                yield ReadError(str(path), "folder has no .txt or .jsonl files")
            for f in files:
                yield from _read_one(f, max_bytes)
        else:
            yield from _read_one(path, max_bytes)


def _read_one(path: Path, max_bytes: int) -> Iterator[ArticleInput | ReadError]:
    if path.suffix == ".jsonl":
        yield from _read_jsonl(path, max_bytes)
    elif path.suffix == ".txt":
        yield _read_txt(path, max_bytes)
    else:
        yield ReadError(
            str(path),
            f"unsupported file type {path.suffix or '(none)'!r}: "
            "expected .txt (with optional .json sidecar) or .jsonl",
        )


GOLD_DOC_FIELDS = ("doc_id", "lang", "text", "quotes")


def read_gold(path: Path) -> list[dict[str, Any]]:
    """The documents of a gold JSONL file (format of ../shared/eval/GUIDELINES.md).

    A folder is read as the ``gold.jsonl`` inside it.
    """
    if path.is_dir():
        path = path / "gold.jsonl"
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise InvalidInput(f"cannot read {path}: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise InvalidInput(f"{path} is not UTF-8") from None
    docs = []
    for lineno, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            doc = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InvalidInput(f"{path}:{lineno}: not valid JSON: {exc.msg}") from None
        missing = [f for f in GOLD_DOC_FIELDS if not isinstance(doc, dict) or f not in doc]
        if missing:
            raise InvalidInput(f"{path}:{lineno}: missing {', '.join(missing)}")
        docs.append(doc)
    if not docs:
        raise InvalidInput(f"{path} holds no documents")
    return docs
