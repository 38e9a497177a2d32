"""The review workflows of issue 5 in a real browser: keyboard review, speakers, links,
claims, conflicts and reverts."""

from __future__ import annotations

import re
from typing import Any

import pytest

from tests.browser.test_review_app import log_in

pytestmark = pytest.mark.browser


def test_review_three_quotations_with_the_keyboard(chrome: Any, live_server: str) -> None:
    page = log_in(chrome, live_server, "ann")
    page.get_by_role("link", name="Review", exact=True).click()
    badge = page.locator("h1 .badge")
    before = int(badge.inner_text().split()[0])
    assert "a accept" in page.locator(".shortcuts").inner_text().replace("\n", " ")
    first = page.locator("li.current .meta").inner_text()
    with page.expect_navigation():
        page.keyboard.press("a")  # accept the first
    assert "confirmed" in page.locator(".flash").inner_text()
    page.keyboard.press("j")  # skip one
    with page.expect_navigation():
        page.keyboard.press("r")  # reject the next
    assert "rejected" in page.locator(".flash").inner_text()
    with page.expect_navigation():
        page.keyboard.press("a")
    assert int(badge.inner_text().split()[0]) == before - 3
    assert page.locator("li.current .meta").inner_text() != first
    page.keyboard.press("e")  # edit opens the quotation
    page.wait_for_url(re.compile(r"/quotations/\d+$"))


def test_fix_a_speaker_with_search_as_you_type(chrome: Any, live_server: str) -> None:
    page = log_in(chrome, live_server, "ann")
    page.goto(f"{live_server}/quotations/?type=indirect")
    page.locator("table.list tbody tr td a").first.click()
    speaker = page.get_by_label("Speaker")
    speaker.fill("")
    speaker.press_sequentially("Blink", delay=30)
    page.wait_for_function("document.querySelectorAll('#speaker-suggestions option').length > 0")
    assert page.locator("#speaker-suggestions option").first.get_attribute("value") == (
        "Antony Blinken"
    )
    speaker.fill("Antony Blinken")
    with page.expect_navigation():
        page.get_by_role("button", name="Save").click()
    assert page.locator(".flash").first.inner_text().endswith("saved.")
    assert page.get_by_label("Speaker").input_value() == "Antony Blinken"


def test_merge_two_speakers_and_split_a_spelling_off(chrome: Any, live_server: str) -> None:
    page = log_in(chrome, live_server, "ann")
    page.goto(f"{live_server}/speakers/?q=Blinken")
    page.locator("table.list tbody tr td a").first.click()
    page.get_by_label("Merge into this speaker").fill("Jens Stoltenberg")
    with page.expect_navigation():
        page.get_by_role("button", name="Merge", exact=True).click()
    assert "Merged “Jens Stoltenberg” into Antony Blinken" in page.locator(".flash").inner_text()
    aliases = page.locator("ul.aliases li")
    assert any("Stoltenberg" in t for t in aliases.all_inner_texts())
    stolt = aliases.filter(has_text="Stoltenberg").first
    with page.expect_navigation():
        stolt.get_by_role("button", name="Split off").click()
    assert "is now a speaker of its own" in page.locator(".flash").inner_text()
    assert "Stoltenberg" in page.locator("h1").inner_text()


def test_confirm_a_suggested_link_from_the_keyboard(chrome: Any, live_server: str) -> None:
    page = log_in(chrome, live_server, "ann")
    page.goto(f"{live_server}/claims/suggested")
    items = page.locator("ol.queue li[data-item]")
    count = items.count()
    assert count >= 1
    with page.expect_navigation():
        page.keyboard.press("c")
    assert "confirmed" in page.locator(".flash").inner_text()
    assert page.locator("ol.queue li[data-item]").count() == count - 1


def test_merge_and_split_a_claim(chrome: Any, live_server: str) -> None:
    page = log_in(chrome, live_server, "ann")
    page.goto(f"{live_server}/claims/?sort=mentions")
    rows = page.locator("table.list").first.locator("tbody tr")
    assert rows.count() >= 2
    ids = [int(rows.nth(i).locator("td").first.inner_text()) for i in range(2)]
    sizes = []
    for claim_id in ids:
        page.goto(f"{live_server}/claims/{claim_id}")
        sizes.append(page.locator("#split-claim tbody tr").count())
    total = sum(sizes)
    assert min(sizes) >= 2
    page.get_by_label("Merge with claim number").fill(str(ids[0]))
    with page.expect_navigation():
        page.get_by_role("button", name="Merge claims").click()
    assert "are now claim" in page.locator(".flash").inner_text()
    assert page.locator("svg.timeline circle").count() == total
    mentions = page.locator("#split-claim tbody tr")
    assert mentions.count() == total
    moved = mentions.nth(0).locator("input[type=checkbox]")
    moved_id = moved.get_attribute("value")
    moved.check()
    with page.expect_navigation():
        page.get_by_role("button", name="Split the selected mentions off").click()
    assert "split off" in page.locator(".flash").inner_text()
    left = page.locator("#split-claim tbody input[type=checkbox]")
    assert 2 <= left.count() < total
    assert moved_id not in [left.nth(i).get_attribute("value") for i in range(left.count())]


def test_two_analysts_saving_the_same_quotation_see_a_conflict(
    chrome: Any, live_server: str
) -> None:
    first = log_in(chrome, live_server, "ann")
    second = log_in(chrome, live_server, "ann")  # a second session (another window)
    for page in (first, second):
        page.goto(f"{live_server}/quotations/5")
    first.get_by_label("Medium").fill("radio")
    with first.expect_navigation():
        first.get_by_role("button", name="Save").click()
    assert first.locator(".flash").first.inner_text().endswith("saved.")
    second.get_by_label("Medium").fill("television")
    with second.expect_navigation():
        second.get_by_role("button", name="Save").click()
    assert "changed by someone else" in second.content()
    assert "radio" in second.content() and "television" in second.content()


def test_revert_a_revision(chrome: Any, live_server: str) -> None:
    page = log_in(chrome, live_server, "ann")
    page.goto(f"{live_server}/quotations/7")
    page.get_by_label("Medium").fill("interview")
    with page.expect_navigation():
        page.get_by_role("button", name="Save").click()
    assert page.get_by_label("Medium").input_value() == "interview"
    with page.expect_navigation():
        page.locator("table.history tbody tr").first.get_by_role("button", name="Revert").click()
    assert "reverted" in page.locator(".flash").inner_text()
    page.goto(f"{live_server}/quotations/7")
    assert page.get_by_label("Medium").input_value() == ""
    assert "undoes revision" in page.locator("table.history tbody tr").first.inner_text()
