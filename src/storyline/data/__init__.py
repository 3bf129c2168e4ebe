"""Word lists shipped with the package: places (built by scripts/build_places.py), stop words."""
from __future__ import annotations

from importlib import resources


def word_list(filename: str) -> list[str]:
    """The entries of data/FILENAME, one a line, stripped, in the file's order; blank lines and lines opening
    with '#' (a file's notes) are no entries."""
    text = (resources.files("storyline.data") / filename).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]
