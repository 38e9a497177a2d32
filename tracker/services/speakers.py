"""Speakers across articles: one row per person or institution, every spelling an alias."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from tracker.db.models import Speaker, SpeakerAlias, SpeakerKind
from tracker.errors import NotFound
from tracker.extraction.speakers import normalize_name


def find_by_alias(session: Session, name: str) -> Speaker | None:
    """The speaker one of whose aliases normalises like ``name``."""
    key = normalize_name(name)
    if not key:
        return None
    alias = session.scalar(select(SpeakerAlias).where(SpeakerAlias.normalized == key))
    return alias.speaker if alias else None


def add_alias(session: Session, speaker: Speaker, form: str) -> SpeakerAlias | None:
    """Keep ``form`` as an alias of ``speaker`` unless its key is already taken."""
    key = normalize_name(form)
    if not key:
        return None
    existing = session.scalar(select(SpeakerAlias).where(SpeakerAlias.normalized == key))
    if existing is not None:
        return existing if existing.speaker_id == speaker.id else None
    alias = SpeakerAlias(speaker=speaker, alias=form.strip()[:300], normalized=key[:300])
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
    if mention and mention != name:
        add_alias(session, speaker, mention)
    return speaker


def get_speaker(session: Session, speaker_id: int) -> Speaker:
    speaker = session.get(Speaker, speaker_id)
    if speaker is None or speaker.deleted_at is not None:
        raise NotFound(f"no speaker {speaker_id}")
    return speaker
