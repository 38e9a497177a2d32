"""Speakers across articles: one row per person or institution, every spelling an alias."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, joinedload

from tracker.db.models import Speaker, SpeakerAlias, SpeakerKind
from tracker.errors import NotFound
from tracker.extraction.speakers import normalize_name, person_by_surname, surname_key


@dataclass(frozen=True, slots=True)
class Mention:
    """A speaker as one quotation names it."""

    name: str
    kind: str = "unknown"
    description: str | None = None
    form: str | None = None  # the mention as written, if other than the name


def _best(aliases: list[SpeakerAlias], form: str) -> Speaker:
    """The exact form's speaker, else the speaker holding most forms with that key."""
    for alias in aliases:
        if alias.alias == form:
            return alias.speaker
    votes = Counter(a.speaker_id for a in aliases)
    best = max(votes, key=lambda sid: (votes[sid], -sid))
    return next(a.speaker for a in aliases if a.speaker_id == best)


def resolve_speakers(session: Session, mentions: list[Mention]) -> dict[str, Speaker]:
    """The speaker of every mention by name, created on first sight; one query for all.

    An alias belongs to exactly one speaker, so an analyst's merge (aliases moved to the
    kept speaker) or split (an alias moved out) decides every later ingest. After a split
    two speakers may share a matching key: the exact form decides, then the speaker that
    holds more forms.
    """
    forms = {m.name.strip()[:300] for m in mentions} | {
        m.form.strip()[:300] for m in mentions if m.form
    }
    keys = {normalize_name(f)[:300] for f in forms} - {""}
    found: dict[str, list[SpeakerAlias]] = {}
    with session.no_autoflush:
        if keys or forms:
            stmt = (
                select(SpeakerAlias)
                .where(or_(SpeakerAlias.normalized.in_(keys), SpeakerAlias.alias.in_(forms)))
                .options(joinedload(SpeakerAlias.speaker))
            )
            for alias in session.scalars(stmt):
                found.setdefault(alias.normalized, []).append(alias)
    known_forms = {a.alias for aliases in found.values() for a in aliases}
    # Only names not known as they are need a look at the people sharing their surname.
    by_surname = _people_by_surname(
        session,
        [
            m
            for m in mentions
            if m.kind == "person" and normalize_name(m.name.strip()[:300])[:300] not in found
        ],
    )
    out: dict[str, Speaker] = {}
    for m in mentions:
        name = m.name.strip()[:300]
        key = normalize_name(name)[:300]
        if not key:
            continue
        same_person = _by_surname(by_surname, key) if key not in found and name not in out else None
        if name in out:
            speaker = out[name]  # named before: only the form may be new ("Rossi")
        elif key in found:
            speaker = _best(found[key], name)
            if m.description and not speaker.description:
                speaker.description = m.description[:500]
        elif same_person is not None:
            speaker = same_person
            if len(name.split()) > len(speaker.name.split()):
                speaker.name = name  # the fullest form seen becomes the canonical name
        else:
            kind = SpeakerKind(m.kind) if m.kind in set(SpeakerKind) else SpeakerKind.UNKNOWN
            speaker = Speaker(
                name=name, kind=kind, description=m.description[:500] if m.description else None
            )
            session.add(speaker)
            found[key] = []
        out[name] = speaker
        for form in (name, (m.form or "").strip()[:300]):
            fkey = normalize_name(form)[:300]
            if form and fkey and form not in known_forms:
                alias = SpeakerAlias(
                    speaker=speaker,
                    alias=form,
                    normalized=fkey,
                    surname=fkey.rsplit(" ", 1)[-1][:120],
                )
                session.add(alias)
                found.setdefault(fkey, []).append(alias)
                known_forms.add(form)
                if speaker.kind == SpeakerKind.PERSON:
                    by_surname.setdefault(alias.surname, []).append(alias)
    return out


def _people_by_surname(session: Session, mentions: list[Mention]) -> dict[str, list[SpeakerAlias]]:
    """Aliases of people sharing a surname with one of the mentions, in one query."""
    surnames = {surname_key(m.name)[:120] for m in mentions} - {""}
    if not surnames:
        return {}
    stmt = (
        select(SpeakerAlias)
        .join(Speaker, Speaker.id == SpeakerAlias.speaker_id)
        .where(
            SpeakerAlias.surname.in_(surnames),
            Speaker.kind == SpeakerKind.PERSON,
            Speaker.deleted_at.is_(None),
        )
        .options(joinedload(SpeakerAlias.speaker))
    )
    out: dict[str, list[SpeakerAlias]] = {}
    for alias in session.scalars(stmt):
        out.setdefault(alias.surname, []).append(alias)
    return out


def _by_surname(by_surname: dict[str, list[SpeakerAlias]], key: str) -> Speaker | None:
    """The one person with this surname whose first name is compatible, if unambiguous."""
    surname = key.rsplit(" ", 1)[-1][:120] if key else ""
    return person_by_surname(key, [(a.normalized, a.speaker) for a in by_surname.get(surname, [])])


def find_by_alias(session: Session, name: str) -> Speaker | None:
    """The speaker known by this form, or a form that normalises alike."""
    form = name.strip()[:300]
    key = normalize_name(form)[:300]
    if not key:
        return None
    stmt = select(SpeakerAlias).where(
        or_(SpeakerAlias.normalized == key, SpeakerAlias.alias == form)
    )
    aliases = list(session.scalars(stmt))
    return _best(aliases, form) if aliases else None


def add_alias(session: Session, speaker: Speaker, form: str) -> SpeakerAlias | None:
    """Keep ``form`` as an alias of ``speaker``; a form already owned by another is left there."""
    form = form.strip()[:300]
    key = normalize_name(form)
    if not key:
        return None
    existing = session.scalar(select(SpeakerAlias).where(SpeakerAlias.alias == form))
    if existing is not None:
        return existing if existing.speaker_id == speaker.id else None
    alias = SpeakerAlias(
        speaker=speaker, alias=form, normalized=key[:300], surname=key.rsplit(" ", 1)[-1][:120]
    )
    session.add(alias)
    session.flush()
    return alias


def resolve_speaker(
    session: Session,
    name: str,
    *,
    kind: str = "unknown",
    description: str | None = None,
    mention: str | None = None,
) -> Speaker:
    """The speaker called ``name`` (by any alias), created on first sight."""
    speaker = resolve_speakers(session, [Mention(name, kind, description, mention)])[
        name.strip()[:300]
    ]
    session.flush()
    return speaker


def get_speaker(session: Session, speaker_id: int) -> Speaker:
    speaker = session.get(Speaker, speaker_id)
    if speaker is None or speaker.deleted_at is not None:
        raise NotFound(f"no speaker {speaker_id}")
    return speaker


def suggest_speakers(
    session: Session, prefix: str, *, limit: int = 10
) -> list[tuple[int, str, str]]:
    """(id, canonical name, matching spelling) of live speakers with a spelling that starts
    like ``prefix`` (case and accents ignored): search-as-you-type."""
    key = normalize_name(prefix)
    if not key:
        return []
    stmt = (
        select(Speaker.id, Speaker.name, SpeakerAlias.alias)
        .join(SpeakerAlias, SpeakerAlias.speaker_id == Speaker.id)
        .where(
            Speaker.deleted_at.is_(None),
            or_(
                SpeakerAlias.normalized.startswith(key, autoescape=True),
                SpeakerAlias.surname.startswith(key, autoescape=True),
            ),
        )
        .order_by(Speaker.name)
        .limit(limit * 3)
    )
    seen: set[int] = set()
    out = []
    for sid, name, alias in session.execute(stmt):
        if sid not in seen:
            seen.add(sid)
            out.append((sid, name, alias))
    return out[:limit]


def speaker_by_reference(session: Session, ref: str) -> Speaker:
    """A speaker from ``#12``, ``12`` or any of its spellings."""
    ref = ref.strip()
    if ref.lstrip("#").isdigit():
        return get_speaker(session, int(ref.lstrip("#")))
    found = find_by_alias(session, ref)
    if found is None or found.deleted_at is not None:
        raise NotFound(f"no speaker called {ref!r}")
    return found
