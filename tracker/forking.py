"""Work on other cores in forked processes: the one place that knows how (stdlib only).

A forked child shares the parent's memory page by page, so it needs no copy of the
corpus. Python objects are frozen out of the garbage collector around the fork
(:func:`frozen_heap`), so that the child's collections do not copy the pages they would
touch. Used by the similarity join's workers, by ``tracker link --all`` (the
cross-language pass beside the store, :func:`forked`) and by ingest (extraction a batch
ahead of the database).
"""

from __future__ import annotations

import gc
import multiprocessing
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, Generic, TypeVar

T = TypeVar("T")


def can_fork() -> bool:
    """Whether this platform starts processes by forking (not on Windows)."""
    return "fork" in multiprocessing.get_all_start_methods()


def fork_context() -> Any:
    """The multiprocessing context that forks."""
    return multiprocessing.get_context("fork")


@contextmanager
def frozen_heap() -> Iterator[None]:
    """Every Python object made so far left out of garbage collection while the block
    runs: children forked inside it (and the parent's own collections) leave the shared
    pages alone."""
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


class Pending(Generic[T]):
    """The result of a function running elsewhere; :meth:`result` waits for it."""

    def __init__(self, fn: Callable[[], T], background: bool) -> None:
        self._fn = fn
        self._background = background
        self._conn: Any = None
        self._child: Any = None
        self._done = False
        self._value: T | None = None

    def start(self) -> None:
        if not self._background or not can_fork():
            return  # computed in this process when asked for
        context = fork_context()
        receive, send = context.Pipe(duplex=False)
        with frozen_heap():
            self._child = context.Process(target=_run, args=(self._fn, send), daemon=True)
            self._child.start()
        send.close()
        self._conn = receive

    def result(self) -> T:
        if not self._done:
            self._value = self._fn() if self._child is None else self._receive()
            self._done = True
        return self._value  # type: ignore[return-value]

    def _receive(self) -> T:
        try:
            status, value = self._conn.recv()
        except EOFError:
            raise RuntimeError(
                f"background process ended without a result (exit code {self._child.exitcode})"
            ) from None
        if status != "ok":
            raise RuntimeError(f"background process failed: {value}")
        return value  # type: ignore[no-any-return]

    def stop(self) -> None:
        if self._child is None:
            return
        if self._child.is_alive():
            self._child.terminate()
        self._child.join()
        self._conn.close()


def _run(fn: Callable[[], Any], send: Any) -> None:
    try:
        value = fn()
    except BaseException as exc:  # reported to the parent, which raises it
        send.send(("error", repr(exc)))
    else:
        send.send(("ok", value))
    finally:
        send.close()


@contextmanager
def forked(fn: Callable[[], T], *, background: bool = True) -> Iterator[Pending[T]]:
    """``fn()`` computed in a forked child while the ``with`` block runs (``background``
    and where the platform forks; else in this process, when its result is asked for).
    ``pending.result()`` waits for the value (picklable) and raises if ``fn`` failed;
    leaving the block stops the child."""
    pending = Pending(fn, background)
    pending.start()
    try:
        yield pending
    finally:
        pending.stop()
