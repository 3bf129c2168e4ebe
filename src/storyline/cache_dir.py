"""The user's cache folder for storyline: exported models (`dedup.embed`) and the stores that
evaluations keep (`eval.cache`). A module of its own, below every stage, so a stage can use it
without importing the evaluations."""
from __future__ import annotations

import os
from pathlib import Path


def cache_root() -> Path:
    """`$STORYLINE_CACHE`, else `$XDG_CACHE_HOME/storyline`, else `~/.cache/storyline`."""
    base = os.environ.get("STORYLINE_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "storyline")
    return Path(base)
