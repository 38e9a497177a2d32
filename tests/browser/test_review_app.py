"""An analyst's session in a real browser: log in, read, edit, add, check the history."""

from __future__ import annotations

from typing import Any

import pytest

from tests.browser.conftest import PASSWORD

pytestmark = pytest.mark.browser


def log_in(chrome: Any, base: str, username: str) -> Any:
    page = chrome.new_page(viewport={"width": 1366, "height": 900})
    page.goto(f"{base}/login")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url(f"{base}/articles/")
    return page


def test_analyst_reads_an_article_edits_a_quotation_and_sees_the_revision(
    chrome: Any, live_server: str
) -> None:
    page = log_in(chrome, live_server, "ann")
    page.get_by_role("link", name="Nonostante l'intensa diplomazia", exact=False).click()
    highlighted = page.locator("#article-text a.q")
    assert highlighted.count() >= 5
    blinken = page.locator("#article-text a.q", has_text="Certamente la postura difensiva")
    assert "Antony Blinken" in (blinken.get_attribute("title") or "")
    blinken.click()
    page.get_by_label("Medium").fill("press conference")
    page.get_by_label("Review status").select_option("confirmed")
    page.get_by_role("button", name="Save").click()
    assert page.locator(".flash").first.inner_text().endswith("saved.")
    assert page.locator("h1 .badge").inner_text() == "confirmed"
    page.get_by_role("link", name="History").click()
    row = page.locator("table.history tbody tr").first
    assert "ann" in row.inner_text() and "press conference" in row.inner_text()


def test_analyst_adds_a_quotation_by_selecting_text(chrome: Any, live_server: str) -> None:
    page = log_in(chrome, live_server, "ann")
    page.goto(f"{live_server}/articles/1")
    before = page.locator(".quote-list li").count()
    # Select words the extractor left alone: plain article text, outside any highlight.
    phrase = page.evaluate(
        """() => {
            const root = document.getElementById('article-text');
            for (const span of root.querySelectorAll('span[data-start]:not([class])')) {
                const node = span.firstChild;
                if (!node || node.nodeType !== Node.TEXT_NODE) continue;
                const m = node.data.match(/[A-Za-zÀ-ÿ][^.\\n«»“”"]{40,60}[A-Za-zÀ-ÿ]/);
                if (!m) continue;
                const r = document.createRange();
                r.setStart(node, m.index); r.setEnd(node, m.index + m[0].length);
                const sel = window.getSelection(); sel.removeAllRanges(); sel.addRange(r);
                return m[0];
            }
            throw new Error('no plain text to select');
        }"""
    )
    page.keyboard.press("n")
    assert page.locator("#selection-preview").inner_text() == f"“{phrase}”"
    page.get_by_label("Speaker").fill("Cremlino")
    page.get_by_label("Type").select_option("indirect")
    page.get_by_role("button", name="Add quotation").click()
    assert "added" in page.locator(".flash").first.inner_text()
    assert page.locator(".quote-list li").count() == before + 1
    assert page.locator("#article-text a.q-indirect", has_text=phrase).count() == 1


def test_viewer_reads_but_cannot_edit(chrome: Any, live_server: str) -> None:
    page = log_in(chrome, live_server, "vera")
    page.goto(f"{live_server}/articles/1")
    assert page.locator("#new-quotation").count() == 0
    page.locator("#article-text a.q").first.click()
    assert page.locator("#edit-quotation").count() == 0
    assert page.get_by_role("button", name="Confirm").count() == 0
    assert "editing needs an annotator" in page.content()
