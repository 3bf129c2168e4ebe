"""storyline: a sourced, dated, deduplicated record of a developing news story."""

__version__ = "0.1.0"
