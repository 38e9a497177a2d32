"""Analysts' corrections of identity: edit, merge and split speakers; merge and split claims.

Speakers: a merge moves every alias and quotation of one speaker to the other and retires
it; a split moves one alias (and the quotations that name the speaker that way) out into a
new speaker. Aliases belong to exactly one speaker, so every later ingest follows.

Claims are clusters of links, so a claim merge is a confirmed link between the two claims
and a split is a set of rejected links between the parts: re-linking keeps both.
Every change appends revisions that record what moved, so it can be reverted.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from tracker.db.base import utcnow
from tracker.db.models import (
    Claim,
    LinkStatus,
    Origin,
    Quotation,
    QuotationLink,
    Revision,
    Speaker,
    SpeakerAlias,
    SpeakerKind,
    User,
)
from tracker.errors import InvalidInput, NotFound
from tracker.extraction.speakers import normalize_name
from tracker.services import audit
from tracker.services.claims import get_claim, rebuild_claims
from tracker.services.speakers import add_alias, get_speaker


def update_speaker(
    session: Session,
    speaker_id: int,
    *,
    name: str,
    kind: str,
    description: str | None,
    user: User,
    expected_version: int | None = None,
) -> Speaker:
    """Rename or re-describe a speaker; the new name is kept as an analyst's alias."""
    speaker = get_speaker(session, speaker_id)
    audit.check_version(speaker, expected_version)
    name = name.strip()
    if not name or not normalize_name(name):
        raise InvalidInput("a speaker needs a name")
    if kind not in SpeakerKind._value2member_map_:
        raise InvalidInput(f"kind must be one of {', '.join(SpeakerKind)}")
    owner = session.scalar(select(SpeakerAlias).where(SpeakerAlias.alias == name[:300]))
    if owner is not None and owner.speaker_id != speaker.id:
        raise InvalidInput(
            f"“{name}” is a spelling of speaker {owner.speaker_id}: merge the two instead"
        )
    before = audit.snapshot(speaker)
    speaker.name = name[:300]
    speaker.kind = SpeakerKind(kind)
    speaker.description = (description or "").strip()[:500] or None
    session.flush()
    alias = add_alias(session, speaker, name)
    if alias is not None:
        alias.origin = Origin.ANALYST
    audit.record(session, user=user, obj=speaker, action="edit", before=before)
    return speaker


def merge_speakers(session: Session, keep_id: int, other_id: int, *, user: User) -> Speaker:
    """``other`` becomes ``keep``: its aliases, quotations and claims move; it is retired."""
    if keep_id == other_id:
        raise InvalidInput("choose two different speakers to merge")
    keep, other = get_speaker(session, keep_id), get_speaker(session, other_id)
    before = audit.snapshot(other)
    aliases = [a.id for a in other.aliases]
    quotations = list(session.scalars(select(Quotation.id).where(Quotation.speaker_id == other.id)))
    claims = list(session.scalars(select(Claim.id).where(Claim.speaker_id == other.id)))
    _move(session, aliases, quotations, claims, other.id, keep.id)
    if not keep.description and other.description:
        keep.description = other.description
    other.deleted_at = utcnow()
    session.flush()
    moved = {"into": keep.id, "aliases": aliases, "quotations": quotations, "claims": claims}
    audit.record(
        session, user=user, obj=other, action="merge", before=before,
        after={**audit.snapshot(other), "merged": moved},
    )  # fmt: skip
    audit.record(
        session, user=user, obj=keep, action="merge:kept", before=audit.snapshot(keep),
        after={**audit.snapshot(keep), "absorbed": other.id},
    )  # fmt: skip
    return keep


def split_alias(session: Session, alias_id: int, *, user: User) -> Speaker:
    """Move one spelling out into a new speaker, with the quotations that use it."""
    alias = session.get(SpeakerAlias, alias_id)
    if alias is None:
        raise NotFound(f"no alias {alias_id}")
    old = alias.speaker
    if len(old.aliases) < 2:
        raise InvalidInput("a speaker's only spelling cannot be split off")
    new = Speaker(name=alias.alias, kind=old.kind)
    session.add(new)
    session.flush()
    quotations = list(
        session.scalars(
            select(Quotation.id).where(
                Quotation.speaker_id == old.id, Quotation.speaker_mention == alias.alias
            )
        )
    )
    _move(session, [alias.id], quotations, [], old.id, new.id)
    alias.origin = Origin.ANALYST
    if old.name == alias.alias:  # the canonical name left: take the longest one remaining
        rest = [a.alias for a in old.aliases if a.id != alias.id]
        old.name = max(rest, key=len)
    session.flush()
    moved = {"from": old.id, "aliases": [alias.id], "quotations": quotations, "claims": []}
    audit.record(
        session, user=user, obj=new, action="split", before=None,
        after={**audit.snapshot(new), "split": moved},
    )  # fmt: skip
    return new


def _move(
    session: Session,
    aliases: list[int],
    quotations: list[int],
    claims: list[int],
    source: int,
    target: int,
) -> None:
    """Give these aliases, quotations and claims of speaker ``source`` to ``target``."""
    moves: list[tuple[Any, list[int]]] = [
        (SpeakerAlias, aliases),
        (Quotation, quotations),
        (Claim, claims),
    ]
    for model, ids in moves:
        if not ids:
            continue
        values: dict[str, Any] = {"speaker_id": target}
        if model is Quotation:  # an edit: an analyst holding the old version must notice
            values["version"] = Quotation.version + 1
        session.execute(
            update(model)
            .where(model.id.in_(ids), model.speaker_id == source)
            .values(**values)
            .execution_options(synchronize_session=False)
        )
    session.expire_all()  # the rows the session holds are out of date now


def undo_move(session: Session, revision: Revision) -> Speaker:
    """Revert a speaker merge or split: move everything back where it was."""
    data = (revision.after or {}).get("merged") or (revision.after or {}).get("split")
    if not data:
        raise InvalidInput(f"revision {revision.id} moved nothing")
    speaker = session.get(Speaker, revision.row_id)
    if speaker is None:
        raise NotFound(f"no speaker {revision.row_id}")
    if revision.action == "merge":  # bring the retired speaker back
        source, target = data["into"], speaker.id
        speaker.deleted_at = None
    else:  # split: fold the new speaker back into the old
        source, target = speaker.id, data["from"]
        speaker.deleted_at = utcnow()
    _move(session, data["aliases"], data["quotations"], data["claims"], source, target)
    session.flush()
    return speaker


# Claims -------------------------------------------------------------------------


def _decide(
    session: Session, a: int, b: int, status: LinkStatus, user: User, method: str
) -> Revision:
    a, b = min(a, b), max(a, b)
    link = session.scalar(
        select(QuotationLink).where(
            QuotationLink.quotation_a_id == a, QuotationLink.quotation_b_id == b
        )
    )
    before = audit.snapshot(link) if link is not None else None
    if link is None:
        link = QuotationLink(
            quotation_a_id=a, quotation_b_id=b, score=0.0, scores={}, method=method,
            status=status,
        )  # fmt: skip
        session.add(link)
    link.status = status
    link.decided_by_id, link.decided_at = user.id, utcnow()
    session.flush()
    return audit.record(session, user=user, obj=link, action=f"link:{status.value}", before=before)


def _representative(claim: Claim) -> Quotation:
    live = [q for q in claim.quotations if q.deleted_at is None]
    if not live:
        raise InvalidInput(f"claim {claim.id} has no mentions")
    return next((q for q in live if q.text == claim.canonical_text), live[0])


def merge_claims(session: Session, keep_id: int, other_id: int, *, user: User) -> Claim:
    """One statement: a confirmed link joins the two claims, kept by every re-run."""
    if keep_id == other_id:
        raise InvalidInput("choose two different claims to merge")
    keep, other = get_claim(session, keep_id), get_claim(session, other_id)
    a, b = _representative(keep), _representative(other)
    blocked = _rejected_between(session, [q.id for q in keep.quotations], other.quotations)
    if blocked:
        raise InvalidInput(
            f"an analyst rejected the link between quotations {blocked[0]} and {blocked[1]}: "
            "confirm it on the claim page first if they are the same statement"
        )
    rev = _decide(session, a.id, b.id, LinkStatus.CONFIRMED, user, "analyst")
    before = audit.snapshot(keep)
    rebuild_claims(session)
    session.refresh(a)
    merged = a.claim or keep  # the claim id the larger side had survives
    audit.record(
        session, user=user, obj=merged, action="claim:merge", before=before,
        after={**audit.snapshot(merged), "link_revisions": [rev.id], "merged": [keep.id, other.id]},
    )  # fmt: skip
    return merged


def _rejected_between(
    session: Session, ids: list[int], others: Iterable[Quotation]
) -> tuple[int, int] | None:
    other_ids = [q.id for q in others]
    row = session.execute(
        select(QuotationLink.quotation_a_id, QuotationLink.quotation_b_id).where(
            QuotationLink.status == LinkStatus.REJECTED,
            (
                (QuotationLink.quotation_a_id.in_(ids))
                & (QuotationLink.quotation_b_id.in_(other_ids))
            )
            | (
                (QuotationLink.quotation_a_id.in_(other_ids))
                & (QuotationLink.quotation_b_id.in_(ids))
            ),
        )
    ).first()
    return (row[0], row[1]) if row else None


def split_claim(session: Session, claim_id: int, moved: list[int], *, user: User) -> Claim:
    """Take some mentions out of a claim: every pair across the cut is rejected, so no
    re-run joins them again. The moved mentions form their own claim if still linked."""
    claim = get_claim(session, claim_id)
    members = {q.id for q in claim.quotations if q.deleted_at is None}
    out = set(moved)
    if not out or not out <= members:
        raise InvalidInput(f"choose mentions of claim {claim_id} to split off")
    stay = members - out
    if not stay:
        raise InvalidInput("leave at least one mention in the claim")
    before = audit.snapshot(claim)
    revisions = [
        _decide(session, a, b, LinkStatus.REJECTED, user, "analyst").id
        for a in sorted(out)
        for b in sorted(stay)
    ]
    rebuild_claims(session)
    audit.record(
        session, user=user, obj=claim, action="claim:split", before=before,
        after={**audit.snapshot(claim), "link_revisions": revisions, "moved": sorted(out)},
    )  # fmt: skip
    return claim


__all__ = [
    "merge_claims",
    "merge_speakers",
    "split_alias",
    "split_claim",
    "undo_move",
    "update_speaker",
]
