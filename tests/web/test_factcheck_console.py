"""Fact-checking, the SQL console and the downloads through HTTP."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable

from flask.testing import FlaskClient

from tests.web.conftest import csrf_of


def claim_page(client: FlaskClient, claim_id: int = 1) -> str:
    return client.get(f"/claims/{claim_id}").get_data(as_text=True)


def version_of(html: str) -> str:
    import re

    m = re.search(r'id="version" name="version" type="hidden" value="(\d+)"', html)
    assert m, "no version field"
    return m.group(1)


def post_factcheck(client: FlaskClient, **fields: str) -> str:
    html = claim_page(client)
    data = {"csrf_token": csrf_of(html), "version": version_of(html), "assignee": "", **fields}
    r = client.post("/factcheck/claims/1", data=data, follow_redirects=True)
    assert r.status_code == 200
    return r.get_data(as_text=True)


def test_an_annotator_takes_a_claim_through_the_fact_check(
    as_role: Callable[[str], FlaskClient],
) -> None:
    ann = as_role("ann")
    html = claim_page(ann)
    assert "Check-worthiness" in html and 'list="verdicts"' in html
    assert "Mostly true" in html  # the rating scale is offered
    page = post_factcheck(ann, status="assigned", assignee="ada")
    assert "fact-check assigned" in page
    page = post_factcheck(ann, status="in_review", assignee="ada")
    page = post_factcheck(
        ann, status="checked", assignee="ada", verdict="Mostly true",
        url="https://desk.example/1", explanation="Checked against the transcript.",
    )  # fmt: skip
    assert "fact-check checked" in page and "factcheck:checked" in page  # history shows it
    reviews = json.loads(ann.get("/export/claimreview.json").get_data(as_text=True))
    assert [r["reviewRating"]["ratingValue"] for r in reviews] == [4]


def test_a_bad_step_is_explained_and_changes_nothing(
    as_role: Callable[[str], FlaskClient],
) -> None:
    ann = as_role("ann")
    page = post_factcheck(ann, status="checked", verdict="True", url="https://x.org")
    assert "can move to" in page
    assert "new" in claim_page(ann)
    page = post_factcheck(ann, status="assigned")
    assert "needs an assignee" in page


def test_a_stale_form_is_a_conflict_not_an_overwrite(
    as_role: Callable[[str], FlaskClient],
) -> None:
    ann, ada = as_role("ann"), as_role("ada")
    stale = claim_page(ann)
    post_factcheck(ada, status="check_worthy")
    data = {
        "csrf_token": csrf_of(stale),
        "version": version_of(stale),
        "status": "not_checkable",
        "assignee": "",
    }
    page = ann.post("/factcheck/claims/1", data=data, follow_redirects=True).get_data(as_text=True)
    assert "changed by someone else" in page
    assert "check_worthy" in claim_page(ann)


def test_viewers_cannot_fact_check_or_use_the_console(
    as_role: Callable[[str], FlaskClient],
) -> None:
    vera = as_role("vera")
    html = claim_page(vera)
    assert 'action="/factcheck/claims/1"' not in html
    r = vera.post("/factcheck/claims/1", data={"csrf_token": csrf_of(html), "status": "new"})
    assert r.status_code == 403
    assert vera.get("/sql/").status_code == 403
    assert vera.get("/sql/download.csv?sql=SELECT+1").status_code == 403
    assert vera.get("/factcheck/").status_code == 200  # reading the queue is fine


def test_forms_without_csrf_are_refused(as_role: Callable[[str], FlaskClient]) -> None:
    ann = as_role("ann")
    r = ann.post("/factcheck/claims/1", data={"status": "check_worthy", "version": "1"})
    assert r.status_code == 400
    r = ann.post("/sql/saved", data={"name": "x", "sql": "SELECT 1"})
    assert r.status_code == 400


def test_the_console_runs_a_query_with_parameters(as_role: Callable[[str], FlaskClient]) -> None:
    ann = as_role("ann")
    query = (
        "SELECT speaker, COUNT(*) AS n FROM quotations_flat WHERE language = :lang GROUP BY speaker"
    )
    html = ann.get("/sql/", query_string={"sql": query, "p_lang": "en"}).get_data(as_text=True)
    assert 'id="result"' in html and 'for="p_lang"' in html and "row" in html
    r = ann.get("/sql/", query_string={"sql": "DELETE FROM quotation"})
    assert r.status_code == 400 and "only" in r.get_data(as_text=True)
    assert ann.get("/quotations/").status_code == 200


def test_console_downloads_hold_every_row(as_role: Callable[[str], FlaskClient]) -> None:
    app_client = as_role("ada")
    app_client.application.config["SQL_ROW_LIMIT"] = 3
    query = {"sql": "SELECT quotation_id, text FROM quotations_flat ORDER BY quotation_id"}
    html = app_client.get("/sql/", query_string=query).get_data(as_text=True)
    assert "more exist" in html
    body = app_client.get("/sql/download.csv", query_string=query).get_data(as_text=True)
    rows = list(csv.reader(io.StringIO(body)))
    assert rows[0] == ["quotation_id", "text"] and len(rows) - 1 > 3
    data = json.loads(
        app_client.get("/sql/download.json", query_string=query).get_data(as_text=True)
    )
    assert len(data) == len(rows) - 1 and set(data[0]) == {"quotation_id", "text"}
    bad = app_client.get("/sql/download.csv", query_string={"sql": "DROP TABLE tag"})
    assert bad.status_code == 400


def test_saved_queries_are_shared(as_role: Callable[[str], FlaskClient]) -> None:
    ann, ada = as_role("ann"), as_role("ada")
    html = ann.get("/sql/").get_data(as_text=True)
    r = ann.post(
        "/sql/saved",
        data={
            "csrf_token": csrf_of(html),
            "name": "Quotes by speaker",
            "description": "All of one speaker",
            "sql": "SELECT text FROM quotations_flat WHERE speaker = :who",
        },
    )
    assert r.status_code == 302
    listing = ada.get("/sql/").get_data(as_text=True)
    assert "Quotes by speaker" in listing
    saved = ada.get(r.location).get_data(as_text=True)
    assert 'for="p_who"' in saved and "All of one speaker" in saved


def test_list_downloads_apply_the_filters(as_role: Callable[[str], FlaskClient]) -> None:
    vera = as_role("vera")
    body = vera.get("/export/quotations.jsonl?type=direct&lang=it").get_data(as_text=True)
    records = [json.loads(x) for x in body.splitlines()]
    assert records and {(r["type"], r["language"]) for r in records} == {("direct", "it")}
    html = vera.get("/quotations/?type=direct").get_data(as_text=True)
    assert "/export/quotations.csv?type=direct" in html
    assert vera.get("/export/quotations.csv?type=rumour").status_code == 400
    assert vera.get("/export/claims.xml").status_code == 400
    queue = vera.get("/factcheck/").get_data(as_text=True)
    assert "What to check next" in queue and "spread" in queue


def test_console_refuses_oversized_queries_and_unknown_formats(
    as_role: Callable[[str], FlaskClient],
) -> None:
    ann = as_role("ann")
    huge = "SELECT 1" + " " * 20000
    r = ann.get("/sql/", query_string={"sql": huge})
    assert r.status_code == 400 and "longer than 20,000" in r.get_data(as_text=True)
    r = ann.get("/sql/download.xml", query_string={"sql": "SELECT 1"})
    assert r.status_code == 400 and "csv or json" in r.get_data(as_text=True)
