"""Where evaluations keep the stores they ingest, and when a kept store is too old to reuse.

A kept store is reused only while the code that decides what a stored analysis holds is unchanged:
its file name carries a hash of that code, so editing it (or moving a file) starts a fresh store
instead of scoring figures of older code.
"""
from __future__ import annotations

from storyline.cache_dir import cache_root
from storyline.fingerprint import code_fingerprint

__all__ = ["ANALYSIS_CODE", "cache_root", "code_fingerprint"]

# What an ingested analysis depends on. The story step is not listed: evaluations rebuild the
# story of a kept store with the current code.
ANALYSIS_CODE = ("nlp", "clean", "dedup", "ingest", "story/events.py", "story/lexicon.py",
                 "pipeline.py", "analysis.py", "model.py")


