"""Where evaluations keep the stores they ingest, and when a kept store is too old to reuse.

A kept store is reused only while the code that decides what a stored analysis holds is unchanged:
its file name carries a hash of that code, so editing it (or moving a file) starts a fresh store
instead of scoring figures of older code.
"""
from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from storyline.cache_dir import cache_root
from storyline.fingerprint import code_fingerprint
from storyline.store import Store

__all__ = ["ANALYSIS_CODE", "cache_root", "code_fingerprint", "kept_store", "remove_store"]

# What an ingested analysis depends on. The story step is not listed: evaluations rebuild the
# story of a kept store with the current code.
ANALYSIS_CODE = ("nlp", "clean", "dedup", "ingest", "story/events.py", "story/lexicon.py",
                 "pipeline.py", "analysis.py", "model.py")




def kept_store(path: Path, fill: Callable[[Store], None]) -> tuple[Store, bool]:
    """The store kept at `path`, made by `fill` first when there is none; (store, whether it was made now).
    It is filled under a partial name of this process and moved into place when done, so a run stopped
    halfway leaves no store that a later run would score as complete, and two runs of the same code
    never write one file (whichever finishes last replaces the other's equal store)."""
    if path.exists():
        return Store(path), False
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f"{path.stem}.{os.getpid()}.partial")
    remove_store(partial)
    store = Store(partial)
    try:
        fill(store)
    except BaseException:
        store.close()
        remove_store(partial)
        raise
    store.close()
    os.replace(partial, path)
    return Store(path), True


def remove_store(path: Path) -> None:
    """Deletes the store at `path` with its write-ahead log files."""
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
