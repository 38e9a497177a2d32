"""The JSON API: tokens and roles, filters and cursors, writes, and JSON errors."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from flask import Flask

from tracker.db.engine import make_engine, make_sessionmaker
from tracker.services.users import create_token, revoke_token


@pytest.fixture
def tokens(seeded_app: Flask) -> dict[str, str]:
    engine = make_engine(seeded_app.config["DATABASE_URL"])
    out = {}
    with make_sessionmaker(engine).begin() as s:
        for name in ("vera", "ann"):
            out[name] = create_token(s, name, "tests")[1]
        row, out["revoked"] = create_token(s, "ann", "old")
        revoke_token(s, row.id)
    engine.dispose()
    return out


@pytest.fixture
def api(seeded_app: Flask, tokens: dict[str, str]) -> Callable[..., tuple[int, object]]:
    client = seeded_app.test_client()

    def call(method: str, path: str, who: str | None = "vera", **kw: object) -> tuple[int, object]:
        headers = {"Authorization": f"Bearer {tokens[who]}"} if who else {}
        r = client.open(f"/api/v1{path}", method=method, headers=headers, **kw)  # type: ignore[arg-type]
        assert r.is_json, r.get_data(as_text=True)[:200]
        return r.status_code, r.get_json()

    return call


def test_openapi_describes_every_endpoint(api: Callable[..., tuple[int, object]]) -> None:
    status, doc = api("GET", "/openapi.json", who=None)
    assert status == 200 and isinstance(doc, dict)
    assert doc["openapi"].startswith("3.")
    assert set(doc["paths"]) >= {
        "/articles", "/articles/{article_id}", "/quotations", "/quotations/{quotation_id}",
        "/quotations/{quotation_id}/review", "/speakers", "/speakers/{speaker_id}", "/claims",
        "/claims/{claim_id}", "/claims/{claim_id}/factcheck",
    }  # fmt: skip


@pytest.mark.parametrize(
    ("header", "message"),
    [
        (None, "send a token"),
        ("Bearer trk_not-a-real-token", "not valid"),
        ("Basic dXNlcjpwYXNz", "send a token"),
        ("Bearer ", "send a token"),
    ],
)
def test_bad_tokens_get_401(seeded_app: Flask, header: str | None, message: str) -> None:
    client = seeded_app.test_client()
    r = client.get("/api/v1/quotations", headers={"Authorization": header} if header else {})
    assert r.status_code == 401 and message in r.get_json()["error"]["message"]


def test_a_revoked_token_is_refused(api: Callable[..., tuple[int, object]]) -> None:
    status, body = api("GET", "/quotations", who="revoked")
    assert status == 401


def test_lists_filter_and_page_with_cursors(api: Callable[..., tuple[int, object]]) -> None:
    seen: list[int] = []
    cursor = ""
    while True:
        status, page = api("GET", f"/quotations?type=direct&limit=7&after={cursor}")
        assert status == 200 and isinstance(page, dict)
        assert all(q["type"] == "direct" for q in page["items"])
        seen += [q["id"] for q in page["items"]]
        if not page["next_cursor"]:
            break
        cursor = page["next_cursor"]
    assert len(seen) == len(set(seen)) > 7
    status, page = api("GET", "/speakers?q=Blinken")
    assert status == 200 and page["items"][0]["name"] == "Antony Blinken"  # type: ignore[index]
    status, page = api("GET", "/claims?min_mentions=2")
    assert status == 200 and page["items"]  # type: ignore[index]
    status, article = api("GET", "/articles/1")
    assert status == 200 and article["text"] and article["quotation_ids"]  # type: ignore[index]


@pytest.mark.parametrize(
    ("path", "status", "message"),
    [
        ("/quotations?type=rumour", 400, "type must be one of"),
        ("/quotations?from=yesterday", 400, "must be a date"),
        ("/quotations?limit=0", 400, "limit must be"),
        ("/quotations?after=abc", 400, "bad page cursor"),
        ("/claims?status=done", 400, "status must be one of"),
        ("/quotations?claim=x", 400, "whole number"),
        ("/quotations/999999", 404, "no quotation"),
        ("/nothing-here", 404, "no such endpoint"),
    ],
)
def test_bad_filters_are_json_errors(
    api: Callable[..., tuple[int, object]], path: str, status: int, message: str
) -> None:
    got, body = api("GET", path)
    assert got == status and message in body["error"]["message"]  # type: ignore[index]


def test_writes_need_an_annotator(api: Callable[..., tuple[int, object]]) -> None:
    status, body = api("POST", "/quotations/1/review", json={"status": "confirmed"})
    assert status == 403 and "annotator" in body["error"]["message"]  # type: ignore[index]
    status, body = api("POST", "/quotations/1/review", who="ann", json={"status": "confirmed"})
    assert status == 200 and body["review_status"] == "confirmed"  # type: ignore[index]


@pytest.mark.parametrize(
    ("payload", "message"),
    [
        ({"status": "maybe"}, "review status must be one of"),
        ({}, "status must be one of"),
        ({"status": "confirmed", "version": "one"}, "version must be"),
        ("not an object", "JSON object"),
    ],
)
def test_bad_review_payloads(
    api: Callable[..., tuple[int, object]], payload: object, message: str
) -> None:
    status, body = api("POST", "/quotations/1/review", who="ann", json=payload)
    assert status == 400 and message in body["error"]["message"]  # type: ignore[index]


def test_a_stale_review_is_a_conflict(api: Callable[..., tuple[int, object]]) -> None:
    _, q = api("GET", "/quotations/1")
    version = q["version"]  # type: ignore[index]
    assert api("POST", "/quotations/1/review", who="ann", json={"status": "confirmed"})[0] == 200
    status, body = api(
        "POST", "/quotations/1/review", who="ann", json={"status": "rejected", "version": version}
    )
    assert status == 409 and "changed by someone else" in body["error"]["message"]  # type: ignore[index]


def test_submit_an_article_and_it_is_extracted(api: Callable[..., tuple[int, object]]) -> None:
    article = {
        "text": "Il vertice.\n\n«Non ci fermeremo davanti a nulla», ha detto Mario Bianchi ai "
        "giornalisti.\n",
        "lang": "it",
        "outlet": "Agenzia",
        "published": "2024-05-02",
        "url": "https://agenzia.example/1",
    }
    status, body = api("POST", "/articles", who="ann", json=article)
    assert status == 201 and body["created"] and body["quotation_ids"]  # type: ignore[index]
    qid = body["quotation_ids"][0]  # type: ignore[index]
    _, q = api("GET", f"/quotations/{qid}")
    assert q["speaker"] == "Mario Bianchi" and q["outlet"] == "Agenzia"  # type: ignore[index]
    status, again = api("POST", "/articles", who="ann", json=article)
    assert status == 200 and again["created"] is False  # type: ignore[index]
    for bad, message in [
        ({"text": "", "lang": "it"}, "empty text"),
        ({"text": "x", "lang": "klingon"}, "ISO 639-1"),
        ({"text": "Testo.", "lang": "it", "published": "ieri"}, "not a date"),
        ({"text": 5}, "text must be a string"),
    ]:
        status, body = api("POST", "/articles", who="ann", json=bad)
        assert status == 400 and message in body["error"]["message"], bad  # type: ignore[index]


def test_set_a_claims_fact_check_status(api: Callable[..., tuple[int, object]]) -> None:
    status, claim = api("POST", "/claims/1/factcheck", who="ann", json={"status": "check_worthy"})
    assert status == 200 and claim["factcheck_status"] == "check_worthy"  # type: ignore[index]
    status, body = api(
        "POST", "/claims/1/factcheck", who="ann", json={"status": "checked", "verdict": "True"}
    )
    assert status == 400 and "can move to" in body["error"]["message"]  # type: ignore[index]
    status, body = api("POST", "/claims/1/factcheck", who="ann", json={"status": 3})
    assert status == 400 and "must be a string" in body["error"]["message"]  # type: ignore[index]


def test_users_create_and_revoke_their_own_tokens(seeded_app: Flask) -> None:
    from tests.web.conftest import csrf_of, login

    client = seeded_app.test_client()
    assert login(client, "vera") == 302
    page = client.get("/tokens").get_data(as_text=True)
    created = client.post("/tokens", data={"csrf_token": csrf_of(page), "name": "notebook"})
    token = re.search(r'<code id="new-token">([^<]+)</code>', created.get_data(as_text=True))
    assert token is not None
    api = seeded_app.test_client()
    headers = {"Authorization": f"Bearer {token.group(1)}"}
    assert api.get("/api/v1/claims", headers=headers).status_code == 200
    listing = client.get("/tokens").get_data(as_text=True)
    assert token.group(1) not in listing and "notebook" in listing
    token_id = re.search(r'action="/tokens/(\d+)/revoke"', listing).group(1)  # type: ignore[union-attr]
    client.post(f"/tokens/{token_id}/revoke", data={"csrf_token": csrf_of(listing)})
    assert api.get("/api/v1/claims", headers=headers).status_code == 401
