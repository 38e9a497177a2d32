"""Analysts' edits and reviews: revisions, optimistic locking, span checks."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from tests.conftest import SEEDS
from tracker.db.models import Quotation, Revision, Speaker, User
from tracker.errors import Conflict, InvalidInput
from tracker.services import audit
from tracker.services.articles import ingest_paths
from tracker.services.quotations import (
    QuotationEdit,
    create_quotation,
    review_quotation,
    update_quotation,
)


@pytest.fixture
def seeded(factory: sessionmaker[Session]) -> None:
    assert ingest_paths(factory, [SEEDS], max_bytes=2_000_000).ok


def blinken(session: Session) -> Quotation:
    return session.scalars(
        select(Quotation).where(Quotation.text.like("Certamente la postura difensiva%"))
    ).one()


def edit_of(q: Quotation, **changes: object) -> QuotationEdit:
    values: dict[str, object] = dict(
        span_start=q.span_start,
        span_end=q.span_end,
        type=q.type.value,
        speaker_name=q.speaker.name if q.speaker else None,
        said_on=q.said_on,
        medium=q.medium,
        review_status=q.review_status.value,
    )
    values.update(changes)
    return QuotationEdit(**values)  # type: ignore[arg-type]


def test_edit_is_saved_and_logged(seeded: None, session: Session, analyst: User) -> None:
    q = blinken(session)
    assert q.speaker is not None and q.speaker.name == "Antony Blinken"
    update_quotation(
        session,
        q.id,
        edit_of(
            q,
            speaker_name="Wendy Sherman",
            said_on=dt.date(2022, 1, 19),
            medium="press conference",
            review_status="confirmed",
        ),
        expected_version=q.version,
        user=analyst,
    )
    session.commit()
    q = blinken(session)
    assert (q.speaker.name, q.said_on, q.medium) == (
        "Wendy Sherman",
        dt.date(2022, 1, 19),
        "press conference",
    )
    assert q.reviewed_by_id == analyst.id and q.reviewed_at is not None
    (rev,) = audit.history(session, "quotation", q.id)
    assert rev.user_id == analyst.id and rev.action == "edit"
    assert rev.before["medium"] is None and rev.after["medium"] == "press conference"
    assert rev.before["review_status"] == "unreviewed" and rev.after["review_status"] == "confirmed"


def test_a_stale_edit_is_refused_with_both_versions(
    seeded: None, factory: sessionmaker[Session], analyst: User
) -> None:
    with factory() as s1, factory() as s2:
        q1, q2 = blinken(s1), blinken(s2)
        version = q1.version
        update_quotation(
            s1,
            q1.id,
            edit_of(q1, medium="radio"),
            expected_version=version,
            user=s1.get(User, analyst.id),
        )
        s1.commit()
        with pytest.raises(Conflict) as info:
            update_quotation(
                s2,
                q2.id,
                edit_of(q2, medium="television"),
                expected_version=version,
                user=s2.get(User, analyst.id),
            )
        assert info.value.current["medium"] == "radio"
        assert info.value.attempted["medium"] == "television"
    with factory() as s:
        assert blinken(s).medium == "radio"
        assert len(list(s.scalars(select(Revision)))) == 1


def test_span_edits_are_checked_against_the_text(
    seeded: None, session: Session, analyst: User
) -> None:
    q = blinken(session)
    length = len(q.article.text)
    for start, end in [(-1, 5), (10, 5), (0, length + 1)]:
        with pytest.raises(InvalidInput):
            update_quotation(
                session,
                q.id,
                edit_of(q, span_start=start, span_end=end),
                expected_version=q.version,
                user=analyst,
            )
    update_quotation(
        session,
        q.id,
        edit_of(q, span_start=q.span_start, span_end=q.span_end - 10),
        expected_version=q.version,
        user=analyst,
    )
    assert q.text == q.article.text[q.span_start : q.span_end]


def test_analyst_quotation_must_match_the_selected_text(
    seeded: None, session: Session, analyst: User
) -> None:
    article = blinken(session).article
    start = article.text.index("La Russia respinge")
    end = start + len("La Russia respinge le accuse")
    with pytest.raises(InvalidInput, match="does not match"):
        create_quotation(
            session,
            article.id,
            start=start,
            end=end,
            type="indirect",
            user=analyst,
            expected_text="something else",
        )
    q = create_quotation(
        session,
        article.id,
        start=start,
        end=end,
        type="indirect",
        user=analyst,
        speaker_name="Cremlino",
        expected_text="La Russia respinge le accuse",
    )
    assert q.origin.value == "analyst" and q.review_status.value == "confirmed"
    assert [r.action for r in audit.history(session, "quotation", q.id)] == ["create"]


def test_review_and_speaker_by_any_alias(seeded: None, session: Session, analyst: User) -> None:
    q = blinken(session)
    review_quotation(session, q.id, "rejected", user=analyst)
    assert q.review_status.value == "rejected"
    with pytest.raises(InvalidInput):
        review_quotation(session, q.id, "maybe", user=analyst)
    # Zelenskiy (002) and Zelenskyy (003) are one speaker with both spellings as aliases.
    zel = [s for s in session.scalars(select(Speaker)) if "Zelensk" in s.name]
    assert len(zel) == 1
    assert {"Volodymyr Zelenskiy", "Volodymyr Zelenskyy"} <= {a.alias for a in zel[0].aliases}


def _write_italian(folder: Path, bodies: list[str]) -> None:
    """One Italian article per body, as ``i.txt`` with its metadata."""
    folder.mkdir(exist_ok=True)
    for i, body in enumerate(bodies):
        (folder / f"{i}.txt").write_text(body, encoding="utf-8")
        (folder / f"{i}.json").write_text('{"lang": "it"}', encoding="utf-8")


def test_one_speaker_across_spellings_scripts_and_surnames(
    factory: sessionmaker[Session], tmp_path: Path
) -> None:
    bodies = [
        "«Non ci arrenderemo mai, in nessun caso», ha detto Sergei Lavrov.",
        "«Non ci arrenderemo mai, in nessun caso», ha detto Sergey Lavrov.",
        "«La Russia non cederà su questo punto», ha detto Lavrov.",
        "«Серьезно, мы готовы к переговорам», ha detto Сергей Лавров.",
        "«Ho parlato con i genitori di mio figlio», ha detto Hunter Biden.",
        "«Gli alleati restano uniti e determinati», ha detto Joe Biden.",
    ]
    _write_italian(tmp_path, bodies)
    assert ingest_paths(factory, [tmp_path], max_bytes=10**6).ok
    with factory() as s:
        people = {sp.name: {a.alias for a in sp.aliases} for sp in s.scalars(select(Speaker))}
    lavrov = [n for n in people if "Lavrov" in n or "Лавров" in n]
    assert len(lavrov) == 1, people
    assert {"Sergei Lavrov", "Sergey Lavrov", "Lavrov", "Сергей Лавров"} <= people[lavrov[0]]
    assert "Hunter Biden" in people and "Joe Biden" in people  # one surname, two people


def test_a_surname_known_alone_does_not_make_another_first_name_the_same_person(
    factory: sessionmaker[Session], tmp_path: Path
) -> None:
    bodies = [
        "«Gli alleati restano uniti e determinati», ha detto Joe Biden.",
        "«Non manderemo truppe in Ucraina», ha detto Biden.",
        "«Ho parlato con i genitori di mio figlio», ha detto Hunter Biden.",
    ]
    for i, body in enumerate(bodies):  # one ingest each: "Biden" is known before Hunter
        folder = tmp_path / str(i)
        _write_italian(folder, [body])
        assert ingest_paths(factory, [folder], max_bytes=10**6).ok
    with factory() as s:
        people = {sp.name: {a.alias for a in sp.aliases} for sp in s.scalars(select(Speaker))}
    assert people["Joe Biden"] == {"Joe Biden", "Biden"}
    assert people["Hunter Biden"] == {"Hunter Biden"}


def test_a_cyrillic_post_author_in_the_same_article_is_the_same_speaker(
    factory: sessionmaker[Session], tmp_path: Path
) -> None:
    (tmp_path / "a.txt").write_text(
        "«Siamo pronti a negoziare», ha detto Volodymyr Zelenskyy.\n"
        "Abbiamo parlato di sicurezza e di energia per un'ora. pic.twitter.com/x1\n"
        "— Володимир Зеленський (@ZelenskyyUa) 9 dicembre 2021\n",
        encoding="utf-8",
    )
    (tmp_path / "a.json").write_text('{"lang": "it", "published": "2021-12-10"}', "utf-8")
    assert ingest_paths(factory, [tmp_path], max_bytes=10**6).ok
    with factory() as s:
        (speaker,) = s.scalars(select(Speaker)).all()
        assert {"Volodymyr Zelenskyy", "Володимир Зеленський"} <= {a.alias for a in speaker.aliases}
