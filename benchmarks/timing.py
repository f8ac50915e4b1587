"""The one timing helper the benchmark scripts share: best of a few runs, wall clock."""

from __future__ import annotations

import time
from collections.abc import Callable


def best_of(run: Callable[[], object], runs: int = 3) -> float:
    """The fastest of ``runs`` wall-clock timings of ``run()``, in seconds."""
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        run()
        times.append(time.perf_counter() - t0)
    return min(times)
