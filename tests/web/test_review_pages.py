"""Issue 5's pages through HTTP: search, tags and notes, bulk review, queues, speakers,
claims, reverts and deletes, with roles and CSRF."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

from flask.testing import FlaskClient
from sqlalchemy import func, select, update

from tests.web.conftest import csrf_of
from tracker.config import Settings
from tracker.db.engine import make_engine, make_sessionmaker
from tracker.db.models import Quotation, QuotationLink
from tracker.services.articles import ingest_paths


def post(client: FlaskClient, page_url: str, url: str, **data: object) -> str:
    html = client.get(page_url).get_data(as_text=True)
    r = client.post(url, data={"csrf_token": csrf_of(html), **data}, follow_redirects=True)
    return r.get_data(as_text=True)


def test_search_tags_and_notes(as_role: Callable[[str], FlaskClient]) -> None:
    ann = as_role("ann")
    html = ann.get("/quotations/?q=NATO").get_data(as_text=True)
    assert "NATO" in html and "No quotation matches" not in html
    edit = ann.get("/quotations/5").get_data(as_text=True)
    fields = dict(re.findall(r'<input[^>]*name="([a-z_]+)"[^>]*value="([^"]*)"', edit))
    data = {
        "csrf_token": csrf_of(edit), "version": fields["version"],
        "span_start": fields["span_start"], "span_end": fields["span_end"],
        "type": "direct", "speaker": fields.get("speaker", ""), "said_on": "",
        "medium": "", "review_status": "confirmed", "tags": "Ukraine, diplomacy, ukraine",
        "note": "Check the transcript.",
    }  # fmt: skip
    page = ann.post("/quotations/5", data=data, follow_redirects=True).get_data(as_text=True)
    assert "Check the transcript." in page and 'value="diplomacy, ukraine"' in page
    listing = ann.get("/quotations/?tag=ukraine").get_data(as_text=True)
    assert re.search(r'name="quotation" value="5"', listing)
    assert 'value="5"' not in ann.get("/quotations/?tag=economy").get_data(as_text=True)


def test_bulk_review_confirms_the_selected(as_role: Callable[[str], FlaskClient]) -> None:
    ann = as_role("ann")
    page = post(
        ann, "/quotations/", "/quotations/bulk", quotation=["1", "2", "3"], status="rejected",
        next="/quotations/?status=rejected",
    )  # fmt: skip
    assert "3 quotation(s) rejected" in page
    assert len(re.findall(r'name="quotation" value="\d+"', page)) == 3
    assert "select at least one" in post(
        ann, "/quotations/", "/quotations/bulk", status="confirmed"
    )
    vera = as_role("vera")
    html = vera.get("/quotations/").get_data(as_text=True)
    assert 'name="quotation"' not in html
    r = vera.post("/quotations/bulk", data={"csrf_token": csrf_of(html), "quotation": "1"})
    assert r.status_code == 403


def test_the_review_queue_goes_in_article_order(as_role: Callable[[str], FlaskClient]) -> None:
    ann = as_role("ann")
    html = ann.get("/quotations/queue").get_data(as_text=True)
    assert "<kbd>a</kbd> accept" in html
    ids = [int(x) for x in re.findall(r'action="/quotations/queue/(\d+)"', html)]
    assert len(ids) == 20
    page = post(ann, "/quotations/queue", f"/quotations/queue/{ids[0]}", status="confirmed",
                current="0")  # fmt: skip
    assert f"Quotation {ids[0]} confirmed" in page
    after = [int(x) for x in re.findall(r'action="/quotations/queue/(\d+)"', page)]
    assert after[0] == ids[1]


def test_speaker_suggestions_edit_and_roles(as_role: Callable[[str], FlaskClient]) -> None:
    ann = as_role("ann")
    rows = ann.get("/speakers/suggest?q=zelen").get_json()
    assert rows and rows[0]["name"].startswith("Volodymyr")
    sid = rows[0]["id"]
    html = ann.get(f"/speakers/{sid}").get_data(as_text=True)
    version = re.search(r'name="version" type="hidden" value="(\d+)"', html).group(1)  # type: ignore[union-attr]
    page = post(ann, f"/speakers/{sid}", f"/speakers/{sid}", name="Volodymyr Zelensky",
                kind="person", description="President of Ukraine", version=version)  # fmt: skip
    assert "Speaker saved." in page and "President of Ukraine" in page
    stale = post(ann, f"/speakers/{sid}", f"/speakers/{sid}", name="V. Zelensky",
                 kind="person", description="", version=version)  # fmt: skip
    assert "changed by someone else" in stale
    assert "no speaker called" in post(ann, f"/speakers/{sid}", f"/speakers/{sid}/merge",
                                       other="Nobody Atall")  # fmt: skip
    vera = as_role("vera")
    token = csrf_of(vera.get(f"/speakers/{sid}").get_data(as_text=True))
    r = vera.post(f"/speakers/{sid}/merge", data={"csrf_token": token, "other": "x"})
    assert r.status_code == 403


def test_revert_and_soft_delete_through_the_app(as_role: Callable[[str], FlaskClient]) -> None:
    ann, ada = as_role("ann"), as_role("ada")
    post(ann, "/quotations/", "/quotations/bulk", quotation=["4"], status="rejected")
    history = ann.get("/history/quotation/4").get_data(as_text=True)
    rev = re.search(r'action="/history/(\d+)/revert"', history).group(1)  # type: ignore[union-attr]
    page = post(ann, "/history/", f"/history/{rev}/revert")
    assert f"Revision {rev} reverted" in page
    assert "unreviewed" in ann.get("/quotations/4").get_data(as_text=True)
    assert "already reverted" in post(ann, "/history/", f"/history/{rev}/revert")
    r = ann.post("/quotations/4/delete", data={"csrf_token": csrf_of(history)})
    assert r.status_code == 403
    assert "/quotations/deleted" in ada.get("/quotations/").get_data(as_text=True)
    assert "/quotations/deleted" not in ann.get("/quotations/").get_data(as_text=True)
    page = post(ada, "/quotations/4", "/quotations/4/delete")
    assert "deleted; an admin can restore it" in page and "/quotations/4/restore" in page
    assert ada.get("/quotations/4").status_code == 404
    page = post(ada, "/quotations/deleted", "/quotations/4/restore")
    assert "Quotation 4 restored" in page


def test_claim_pages_show_timeline_and_diff(
    as_role: Callable[[str], FlaskClient], settings: Settings
) -> None:
    vera = as_role("vera")
    engine = make_engine(settings.database_url)
    with make_sessionmaker(engine).begin() as s:
        mentions = s.scalar(select(func.count()).where(Quotation.claim_id == 1))
        members = select(Quotation.id).where(Quotation.claim_id == 1)
        # A variant's scores: no partial ratio (no excerpt), speakers unknown.
        variant = {"ratio": 91.5, "partial": None, "token_set": 96.0, "same_speaker": None}
        s.execute(
            update(QuotationLink)
            .where(QuotationLink.quotation_a_id.in_(members))
            .values(scores=variant)
        )
    engine.dispose()
    html = vera.get("/claims/1").get_data(as_text=True)
    assert mentions and mentions >= 2
    assert "<svg" in html and html.count("<circle") == mentions  # one point per mention
    assert 'class="diff"' in html
    assert "ratio=91.5" in html and "=None" not in html  # a score not computed is not shown
    listing = vera.get("/claims/?sort=outlets").get_data(as_text=True)
    assert "Outlets" in listing
    assert vera.get("/claims/?sort=loudest").status_code == 400
    queue = vera.get("/claims/suggested").get_data(as_text=True)
    assert "<kbd>c</kbd> same claim" in queue and 'data-key="c"' not in queue  # viewer


def test_a_rewording_waits_in_the_queue_with_the_words_that_carried_over(
    as_role: Callable[[str], FlaskClient], settings: Settings, tmp_path: Path
) -> None:
    # Two outlets putting one statement in their own words: string similarity misses it.
    bodies = {
        "a": "Il bilancio.\n\n«Non aumenteremo le tasse sul lavoro: lo abbiamo promesso agli "
        "elettori e manterremo la parola», ha detto Mario Rossi.\n",
        "b": "La manovra.\n\n«Le tasse sul lavoro non saliranno, è una promessa fatta agli "
        "elettori e la manterremo», ha assicurato Mario Rossi.\n",
    }
    for name, body in bodies.items():
        (tmp_path / f"{name}.txt").write_text(body, encoding="utf-8")
        (tmp_path / f"{name}.json").write_text(
            json.dumps({"lang": "it", "published": "2024-03-01", "outlet": f"Outlet {name}"}),
            encoding="utf-8",
        )
    engine = make_engine(settings.database_url)
    assert ingest_paths(make_sessionmaker(engine), [tmp_path], max_bytes=10**6).ok
    engine.dispose()
    queue = as_role("vera").get("/claims/suggested").get_data(as_text=True)
    meta = re.search(r"score [\d.]+ · rewording ·([^<]*)</p>", queue)
    assert meta is not None, "no rewording in the queue"
    # Why: the share of content and the very words the other quotation carries.
    assert "share=" in meta.group(1)
    carried = re.search(r"carried=(.*?) same_speaker", meta.group(1), re.S)
    assert carried is not None and {"tasse", "lavoro", "elettori"} <= set(carried.group(1).split())
    assert "ratio=" not in meta.group(1)  # no string score stands for it
