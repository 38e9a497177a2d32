"""A fact-checker's session in a real browser: the queue, a fact-check, the SQL console."""

from __future__ import annotations

from typing import Any

import pytest

from tests.browser.test_review_app import log_in

pytestmark = pytest.mark.browser


def test_fact_checker_takes_the_top_claim_and_queries_the_database(
    chrome: Any, live_server: str
) -> None:
    page = log_in(chrome, live_server, "ann")
    page.get_by_role("link", name="Check next").click()
    first = page.locator("table.list tbody tr").first
    first.locator("a").first.click()
    page.get_by_label("Fact-check status").select_option("check_worthy")
    with page.expect_navigation():
        page.get_by_role("button", name="Save fact-check").click()
    assert "fact-check check worthy" in page.locator(".flash").first.inner_text()
    page.get_by_label("Attribution").select_option("verified")
    page.get_by_label("How it was established").fill("Found the original post.")
    with page.expect_navigation():
        page.get_by_role("button", name="Save attribution").click()
    assert "attribution verified" in page.locator(".flash").first.inner_text()
    assert page.locator("table.history tbody tr").count() == 2

    page.get_by_role("link", name="SQL").click()
    page.get_by_label("SQL", exact=True).fill(
        "SELECT claim_id, factcheck_status, attribution_status FROM claims_summary "
        "WHERE factcheck_status = :status"
    )
    page.get_by_role("button", name="Run").click()  # the parameter field appears
    page.get_by_label(":status").fill("check_worthy")
    page.get_by_role("button", name="Run").click()
    cells = page.locator("#result tbody tr").first.locator("td")
    assert cells.nth(1).inner_text() == "check_worthy"
    assert cells.nth(2).inner_text() == "verified"
    assert "1 row" in page.locator("#result-meta").inner_text()

    page.get_by_label("SQL", exact=True).fill("DELETE FROM quotation")
    with page.expect_navigation():
        page.get_by_role("button", name="Run").click()
    assert "only" in page.get_by_role("alert").inner_text()
