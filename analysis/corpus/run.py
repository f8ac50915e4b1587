"""A corpus run: read articles as a stream, analyse chunks in parallel, write each chunk's tables.

Work is cut into chunks of ``chunk_size`` articles. At most a few chunks per worker are in flight,
so memory does not grow with the corpus. Chunks run in this process (``workers=1``), in a pool of
processes on this machine, or on a Dask cluster (``scheduler="tcp://host:port"``): the same
function makes the same tables everywhere. Each chunk's tables are written as one part per table
(``analysis.corpus.store``): by the pool worker that made them, or by this process, in a
background thread, for chunks made here or on Dask (whose workers may not see the folder).
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field

from analysis.corpus.inputs import Inputs, Record
from analysis.corpus.store import Store, write_chunk
from analysis.corpus.tables import chunk

CHUNK_SIZE = 32
SHOWN_FAILURES = 20  # failed articles named on stderr; the errors table has every one
IN_FLIGHT = 3  # chunks queued per worker: enough to keep workers busy, few enough to keep memory flat


@dataclass
class Summary:
    articles: int = 0  # analysed in this run
    errors: int = 0  # recorded as errors in this run
    skipped: int = 0  # already done by an earlier run
    seconds: float = 0.0
    failures: list[str] = field(default_factory=list)

    @property
    def rate(self) -> float:
        return (self.articles + self.errors) / self.seconds if self.seconds else 0.0


def _chunks(records: Iterable[Record], done: set[str], size: int, summary: Summary) -> Iterator[list[Record]]:
    batch: list[Record] = []
    for record in records:
        if record.article in done:
            summary.skipped += 1
            continue
        batch.append(record)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


class Progress:
    """Articles done, articles per second and (when the total is known) time left, on stderr."""

    def __init__(self, total: int | None, enabled: bool) -> None:
        self.total, self.enabled = total, enabled
        self.start = time.perf_counter()
        self.last = self.start  # the first line comes after one interval, the last one always
        self.tty = sys.stderr.isatty()

    def update(self, done: int, skipped: int = 0, final: bool = False) -> None:
        """``done`` articles analysed in this run, ``skipped`` finished by an earlier one."""
        if not self.enabled:
            return
        now = time.perf_counter()
        if not final and now - self.last < (0.5 if self.tty else 10.0):
            return
        self.last = now
        elapsed = max(now - self.start, 1e-9)
        rate = done / elapsed
        finished = done + skipped
        line = f"corpus: {finished:,}" + (f"/{self.total:,}" if self.total else "") + f" articles, {rate:.1f}/s"
        if self.total and rate > 0 and finished < self.total:
            left = int((self.total - finished) / rate)
            line += f", {left // 60}:{left % 60:02d} left"
        end = "\n" if final or not self.tty else ""
        print(("\r" if self.tty else "") + line + ("\033[K" if self.tty else ""), end=end, file=sys.stderr, flush=True)


def run(
    inputs: Inputs,
    store: Store,
    workers: int = 0,
    scheduler: str | None = None,
    pack=None,
    chunk_size: int = CHUNK_SIZE,
    progress: bool = False,
    total: int | None = None,
) -> Summary:
    """Analyse every article of ``inputs`` not yet in ``store``; ``workers=0`` means all cores."""
    summary = Summary()
    started = time.perf_counter()
    meter = Progress(total, progress)
    done = store.done()
    chunks = _chunks(inputs, done, chunk_size, summary)
    meta = inputs.columns

    def finished(records: list[Record], outcome: tuple[int, list[str]]) -> None:
        bad, reasons = outcome
        summary.errors += bad
        summary.articles += len(records) - bad
        # the first few failures, for the screen; all are in the errors table
        summary.failures += reasons[: max(0, SHOWN_FAILURES - len(summary.failures))]
        meter.update(summary.articles + summary.errors, summary.skipped)

    def analysed(records: list[Record], tables) -> None:
        writer.write([r.article for r in records], tables)
        finished(records, _outcome(tables))

    with _Writer(store) as writer:
        if scheduler:
            _on_dask(scheduler, chunks, meta, pack, analysed)
        else:
            workers = workers or os.cpu_count() or 1
            if workers == 1:
                _warm()
                with batch_gc():
                    for records in chunks:
                        analysed(records, chunk(records, meta, pack))
            else:
                _on_processes(workers, chunks, meta, pack, store.out, finished)
    summary.seconds = time.perf_counter() - started
    meter.update(summary.articles + summary.errors, summary.skipped, final=True)
    return summary


class _Writer:
    """Writes each chunk's tables in a background thread, one chunk at a time and in order.

    Parquet encoding, compression and file writes release the GIL, so this process analyses (or
    gathers) the next chunk meanwhile. Leaving the block waits for the last write, also when the run
    stops early, so a chunk is either written whole or (killed mid-write) tidied away on resume.
    """

    def __init__(self, store: Store) -> None:
        from concurrent.futures import ThreadPoolExecutor

        self.store = store
        self.pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="corpus-writer")
        self.pending = None

    def write(self, ids: list[str], tables) -> None:
        self.wait()  # one chunk in hand at most: memory stays flat, and errors surface at once
        self.pending = self.pool.submit(self.store.write, ids, tables)

    def wait(self) -> None:
        if self.pending is not None:
            pending, self.pending = self.pending, None
            pending.result()

    def __enter__(self) -> _Writer:
        return self

    def __exit__(self, *exc) -> None:
        try:
            self.wait()
        finally:
            self.pool.shutdown()


@contextmanager
def batch_gc():
    """Collect cyclic garbage less often inside the block: analysing an article allocates many
    short-lived objects, nearly all freed by reference counting, so frequent scans only cost time
    (about 5% here). Objects loaded before the block (models, word lists) are left out of scans.
    The process's settings are restored afterwards."""
    import gc

    threshold = _collect_in_batches()
    try:
        yield
    finally:
        gc.set_threshold(*threshold)
        gc.unfreeze()


def _collect_in_batches() -> tuple[int, ...]:
    """Leave what is loaded out of scans and scan every 50,000 allocations; the old thresholds."""
    import gc

    threshold = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(50_000, 20, 20)
    return threshold


def _worker() -> None:
    """A pool worker (a process of this run's own): models loaded, batch garbage collection, and
    a watch that ends the worker once its run is gone."""
    global _RUN
    _RUN = os.getppid()
    _leave_with_the_run()
    _warm()
    _collect_in_batches()


_RUN = 0  # in a pool worker: the process of the run it works for
_WATCH_SECONDS = 1.0  # how often a pool worker looks whether its run is still there
_WRITING = None  # in a pool worker: held while a chunk's parts are written, so that the watch waits for them


def _leave_with_the_run() -> None:
    """End this pool worker once the run's process is gone. A run killed outright (SIGKILL, a
    lost terminal) cannot shut its pool down, and its workers would wait for work for ever, each
    holding the models in memory. The watch waits for a chunk being written, so no part is cut."""
    import threading

    global _WRITING
    _WRITING = threading.Lock()

    def watch() -> None:
        while os.getppid() == _RUN:
            time.sleep(_WATCH_SECONDS)
        with _WRITING:
            os._exit(0)

    threading.Thread(target=watch, name="corpus-run-watch", daemon=True).start()


def _warm() -> None:
    """Load the models and word lists once per process, before its first chunk. Loading makes about
    a million objects that live as long as the process and hold no cycles, so the cyclic collector,
    which would scan them again and again as they pile up, is paused meanwhile (a tenth of a second)."""
    import gc

    from analysis.corpus.tables import warm

    enabled = gc.isenabled()
    gc.disable()
    try:
        warm()
    finally:
        if enabled:
            gc.enable()


def _chunk_on_dask(records: list[Record], meta, pack):
    """``chunk`` on a Dask worker (someone else's process: warmed, otherwise left as it is)."""
    global _DASK_READY
    if not _DASK_READY:
        _warm()
        _DASK_READY = True
    return chunk(records, meta, pack)


_DASK_READY = False


def _outcome(tables) -> tuple[int, list[str]]:
    """A chunk's failed articles: how many, and the first few reasons."""
    errors = tables["errors"]
    return errors.num_rows, errors.column("reason").to_pylist()[:SHOWN_FAILURES]


def _chunk_written(records: list[Record], meta, pack, out) -> tuple[int, list[str]]:
    """``chunk`` in a pool worker, which writes the chunk's parts itself (the output folder is on
    this machine), so only its failures travel back and this process is left free to read."""
    tables = chunk(records, meta, pack)
    with _WRITING or nullcontext():
        if os.getppid() != _RUN:  # the run was killed: a resumed run will redo this chunk, and it alone writes
            return 0, []
        write_chunk(out, [r.article for r in records], tables)
    return _outcome(tables)


def _on_processes(workers: int, chunks: Iterator[list[Record]], meta, pack, out, finished) -> None:
    import multiprocessing
    from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait

    context = multiprocessing.get_context("fork" if hasattr(os, "fork") else "spawn")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_worker) as pool:
        pending: dict = {}
        for records in chunks:
            pending[pool.submit(_chunk_written, records, meta, pack, out)] = records
            while len(pending) >= workers * IN_FLIGHT:
                ready, _ = wait(pending, return_when=FIRST_COMPLETED)
                for future in ready:
                    finished(pending.pop(future), future.result())
        while pending:
            ready, _ = wait(pending, return_when=FIRST_COMPLETED)
            for future in ready:
                finished(pending.pop(future), future.result())


def _on_dask(address: str, chunks: Iterator[list[Record]], meta, pack, finished) -> None:
    try:
        from distributed import Client, as_completed
    except ImportError:
        raise SystemExit("analysis: error: --scheduler needs Dask: pip install 'news-analysis[cluster]'") from None
    # "dask": the scheduler named in the user's Dask configuration (``scheduler-address``), else a local
    # cluster; how long to try to connect is Dask's setting too (``distributed.comm.timeouts.connect``)
    with Client() if address == "dask" else Client(address) as client:
        workers = max(len(client.scheduler_info().get("workers", {})), 1)
        pending = as_completed()
        batches: dict = {}
        for records in chunks:
            future = client.submit(_chunk_on_dask, records, meta, pack, pure=False)
            batches[future.key] = records
            pending.add(future)
            while pending.count() >= workers * IN_FLIGHT:
                future = next(pending)
                finished(batches.pop(future.key), future.result())
        for future in pending:
            finished(batches.pop(future.key), future.result())
