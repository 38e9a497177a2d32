"""Speakers across articles: one row per person or institution, every spelling an alias."""

from __future__ import annotations

from collections import Counter

from sqlalchemy import select
from sqlalchemy.orm import Session

from tracker.db.models import Speaker, SpeakerAlias, SpeakerKind
from tracker.errors import NotFound
from tracker.extraction.speakers import normalize_name


def find_by_alias(session: Session, name: str) -> Speaker | None:
    """The speaker known by exactly this form, else by a form that normalises alike.

    After an analyst moved one spelling to another speaker, two speakers may share a
    matching key; the exact form decides, then the speaker that holds more forms.
    """
    form = name.strip()[:300]
    exact = session.scalar(select(SpeakerAlias).where(SpeakerAlias.alias == form))
    if exact is not None:
        return exact.speaker
    key = normalize_name(name)
    if not key:
        return None
    aliases = list(session.scalars(select(SpeakerAlias).where(SpeakerAlias.normalized == key)))
    if not aliases:
        return None
    votes = Counter(a.speaker_id for a in aliases)
    best = max(votes, key=lambda sid: (votes[sid], -sid))
    return next(a.speaker for a in aliases if a.speaker_id == best)


def add_alias(session: Session, speaker: Speaker, form: str) -> SpeakerAlias | None:
    """Keep ``form`` as an alias of ``speaker``; a form already owned by another is left there."""
    form = form.strip()[:300]
    key = normalize_name(form)
    if not key:
        return None
    existing = session.scalar(select(SpeakerAlias).where(SpeakerAlias.alias == form))
    if existing is not None:
        return existing if existing.speaker_id == speaker.id else None
    alias = SpeakerAlias(speaker=speaker, alias=form, normalized=key[:300])
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
    """The speaker called ``name`` (by any alias), created on first sight.

    An alias belongs to exactly one speaker, so an analyst's merge (aliases moved to the
    kept speaker) or split (an alias moved out) decides every later ingest.
    """
    speaker = find_by_alias(session, name)
    if speaker is None:
        speaker = Speaker(
            name=name.strip()[:300],
            kind=SpeakerKind(kind)
            if kind in SpeakerKind._value2member_map_
            else SpeakerKind.UNKNOWN,
            description=description[:500] if description else None,
        )
        session.add(speaker)
        session.flush()
        add_alias(session, speaker, name)
    elif description and not speaker.description:
        speaker.description = description[:500]
    add_alias(session, speaker, name)
    if mention and mention != name:
        add_alias(session, speaker, mention)
    return speaker


def get_speaker(session: Session, speaker_id: int) -> Speaker:
    speaker = session.get(Speaker, speaker_id)
    if speaker is None or speaker.deleted_at is not None:
        raise NotFound(f"no speaker {speaker_id}")
    return speaker
