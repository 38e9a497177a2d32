"""tracker.forking: a function computed in a forked child while the caller works."""

from __future__ import annotations

import gc
import os

import pytest

from tracker.forking import forked, frozen_heap

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")  # fork beside threads


def test_the_value_is_computed_in_another_process_and_returned() -> None:
    with forked(lambda: (os.getpid(), [1, 2, 3])) as pending:
        pid, value = pending.result()
        assert pending.result() == (pid, value)  # asked twice, received once
    assert value == [1, 2, 3]
    assert pid != os.getpid()


def test_without_background_the_value_is_computed_here_when_asked_for() -> None:
    calls: list[int] = []

    def work() -> int:
        calls.append(os.getpid())
        return 7

    with forked(work, background=False) as pending:
        assert calls == []
        assert pending.result() == 7
    assert calls == [os.getpid()]


def test_a_failure_in_the_child_is_raised_in_the_caller() -> None:
    def broken() -> int:
        raise MemoryError("out of memory")

    with forked(broken) as pending, pytest.raises(RuntimeError, match="MemoryError"):
        pending.result()


def test_a_child_that_dies_without_a_result_is_reported() -> None:
    with forked(lambda: os._exit(3)) as pending, pytest.raises(RuntimeError, match="exit code"):
        pending.result()


def test_the_heap_is_frozen_only_inside_the_block() -> None:
    before = gc.get_freeze_count()
    with frozen_heap():
        assert gc.get_freeze_count() > before
    assert gc.get_freeze_count() == 0
