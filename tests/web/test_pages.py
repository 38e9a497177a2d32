"""The review app through HTTP: login, roles, CSRF, editing with history and conflicts."""

from __future__ import annotations

import re
from collections.abc import Callable

from flask import Flask
from flask.testing import FlaskClient

from tests.web.conftest import csrf_of, login


def first_quotation_id(client: FlaskClient) -> int:
    html = client.get("/articles/1").get_data(as_text=True)
    return int(re.search(r'data-q="(\d+)"', html).group(1))  # type: ignore[union-attr]


def form_values(html: str) -> dict[str, str]:
    fields = dict(re.findall(r'<input[^>]*name="([a-z_]+)"[^>]*value="([^"]*)"', html))
    for name in ("type", "review_status"):
        m = re.search(rf'<select[^>]*name="{name}".*?<option selected value="([^"]+)"', html, re.S)
        if m:
            fields[name] = m.group(1)
    return fields


def test_every_page_needs_a_login(seeded_app: Flask) -> None:
    client = seeded_app.test_client()
    for url in ["/articles/", "/articles/1", "/quotations/", "/claims/", "/history/"]:
        r = client.get(url)
        assert r.status_code == 302 and r.location.startswith("/login")


def test_wrong_password_and_throttling(seeded_app: Flask) -> None:
    client = seeded_app.test_client()
    assert [login(client, "ann", "wrong password") for _ in range(5)] == [401] * 5
    assert login(client, "ann") == 429  # even the right password waits now
    other = seeded_app.test_client()
    assert login(other, "ada") == 302


def test_session_cookie_is_httponly_and_samesite(seeded_app: Flask) -> None:
    client = seeded_app.test_client()
    page = client.get("/login").get_data(as_text=True)
    r = client.post(
        "/login",
        data={"username": "ann", "password": "correct horse battery", "csrf_token": csrf_of(page)},
    )
    cookie = r.headers.get("Set-Cookie", "")
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie


def test_article_page_highlights_quotations(as_role: Callable[[str], FlaskClient]) -> None:
    html = as_role("vera").get("/articles/1").get_data(as_text=True)
    assert html.count('class="q q-') >= 5
    assert 'class="mention"' in html and 'class="cue"' in html
    assert "Antony Blinken" in html


def test_every_list_and_detail_page_renders(as_role: Callable[[str], FlaskClient]) -> None:
    client = as_role("vera")
    for url in [
        "/articles/",
        "/articles/?lang=it",
        "/articles/?outlet=Reuters",
        "/articles/1",
        "/quotations/",
        "/quotations/1",
        "/claims/",
        "/history/",
        "/history/quotation/1",
    ]:
        assert client.get(url).status_code == 200, url
    assert client.get("/articles/999").status_code == 404
    assert client.get("/quotations/999").status_code == 404
    assert client.get("/claims/999").status_code == 404


def test_lists_filter_and_reject_bad_filters(as_role: Callable[[str], FlaskClient]) -> None:
    client = as_role("vera")
    html = client.get("/quotations/?type=partial").get_data(as_text=True)
    types = re.findall(r"<td>(direct|partial|indirect)</td>", html)
    assert types and set(types) == {"partial"}
    assert client.get("/quotations/?status=maybe").status_code == 400
    assert client.get("/quotations/?from=yesterday").status_code == 400
    assert client.get("/quotations/?after=abc").status_code == 400
    assert client.get("/quotations/?lang=it&outlet=Reuters&q=NATO").status_code == 200
    assert client.get("/claims/").status_code == 200


def test_viewer_cannot_edit(as_role: Callable[[str], FlaskClient]) -> None:
    client = as_role("vera")
    qid = first_quotation_id(client)
    html = client.get(f"/quotations/{qid}").get_data(as_text=True)
    assert 'id="edit-quotation"' not in html
    token = csrf_of(html)
    r = client.post(
        f"/quotations/{qid}",
        data={"csrf_token": token, "span_start": "0", "span_end": "5", "version": "1"},
    )
    assert r.status_code == 403
    r = client.post(f"/quotations/{qid}/review", data={"csrf_token": token, "status": "confirmed"})
    assert r.status_code == 403


def test_post_without_csrf_token_is_refused(as_role: Callable[[str], FlaskClient]) -> None:
    client = as_role("ann")
    qid = first_quotation_id(client)
    r = client.post(f"/quotations/{qid}/review", data={"status": "confirmed"})
    assert r.status_code == 400
    assert (
        "confirmed"
        not in client.get(f"/quotations/{qid}")
        .get_data(as_text=True)
        .split("<h1>")[1]
        .split("</h1>")[0]
    )


def edit(client: FlaskClient, qid: int, **changes: str) -> tuple[int, str]:
    html = client.get(f"/quotations/{qid}").get_data(as_text=True)
    data = {k: v for k, v in form_values(html).items() if k != "submit"}
    data.update(changes)
    r = client.post(f"/quotations/{qid}", data=data, follow_redirects=True)
    return r.status_code, r.get_data(as_text=True)


def test_annotator_edit_is_saved_and_in_the_history(as_role: Callable[[str], FlaskClient]) -> None:
    client = as_role("ann")
    qid = first_quotation_id(client)
    status, html = edit(client, qid, medium="radio", review_status="confirmed")
    assert status == 200 and f"Quotation {qid} saved." in html
    history = client.get(f"/history/quotation/{qid}").get_data(as_text=True)
    assert "ann" in history and "radio" in history and "edit" in history


def test_invalid_form_input_is_shown_not_saved(as_role: Callable[[str], FlaskClient]) -> None:
    client = as_role("ann")
    qid = first_quotation_id(client)
    status, html = edit(client, qid, span_start="50", span_end="10")
    assert status == 400 and "The end must come after the start." in html
    status, html = edit(client, qid, span_start="0", span_end="999999")
    assert status == 400 and "outside the article" in html


def test_second_stale_save_gets_the_conflict_page(as_role: Callable[[str], FlaskClient]) -> None:
    first, second = as_role("ann"), as_role("ada")
    qid = first_quotation_id(first)
    stale = first.get(f"/quotations/{qid}").get_data(as_text=True)
    assert edit(second, qid, medium="television")[0] == 200
    data = {k: v for k, v in form_values(stale).items() if k != "submit"}
    data["medium"] = "radio"
    r = first.post(f"/quotations/{qid}", data=data)
    html = r.get_data(as_text=True)
    assert r.status_code == 409 and "Edit conflict" in html
    assert "television" in html and "radio" in html
    assert "television" in first.get(f"/quotations/{qid}").get_data(as_text=True)


def test_speakers_list_search_by_any_spelling_and_detail(
    as_role: Callable[[str], FlaskClient],
) -> None:
    client = as_role("vera")
    html = client.get("/speakers/?q=Zelenskyy").get_data(as_text=True)
    ids = re.findall(r'href="/speakers/(\d+)"', html)
    assert len(ids) == 1  # Zelenskiy and Zelenskyy are one speaker, found by either form
    detail = client.get(f"/speakers/{ids[0]}").get_data(as_text=True)
    assert "Volodymyr Zelenskiy" in detail and "Volodymyr Zelenskyy" in detail
    assert detail.count('href="/quotations/') >= 3
    empty = client.get("/speakers/?q=nobody-at-all").get_data(as_text=True)
    assert re.findall(r'href="/speakers/(\d+)"', empty) == []
    assert client.get("/speakers/99999").status_code == 404
