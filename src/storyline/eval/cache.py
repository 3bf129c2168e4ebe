"""Where evaluations keep the stores they ingest, and when a kept store is too old to reuse.

A kept store is reused only while the code that decides what a stored analysis holds is unchanged:
its file name carries a hash of that code, so editing it (or moving a file) starts a fresh store
instead of scoring figures of older code.
"""
from __future__ import annotations

import hashlib
from pathlib import Path

from storyline.cache_dir import cache_root

__all__ = ["ANALYSIS_CODE", "cache_root", "code_fingerprint"]

PACKAGE = Path(__file__).resolve().parents[1]
# What an ingested analysis depends on. The story step is not listed: evaluations rebuild the
# story of a kept store with the current code.
ANALYSIS_CODE = ("nlp", "clean", "dedup", "ingest", "story/events.py", "story/lexicon.py",
                 "pipeline.py", "analysis.py", "model.py")


def code_fingerprint(parts: tuple[str, ...] | None = None) -> str:
    """A hash of the package's Python source under `parts` (paths inside the package; all of it
    when None). A part that no longer exists is skipped, so moving a file changes the hash rather
    than failing the evaluation."""
    roots = [PACKAGE / part for part in parts] if parts else [PACKAGE]
    digest = hashlib.sha1()
    for root in roots:
        files = sorted(root.rglob("*.py")) if root.is_dir() else [root] if root.exists() else []
        for file in files:
            digest.update(file.relative_to(PACKAGE).as_posix().encode())
            digest.update(file.read_bytes())
    return digest.hexdigest()[:12]
