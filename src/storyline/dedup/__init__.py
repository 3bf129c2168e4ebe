"""Copies, rewrites and independent sources.

`index.CopyIndex` finds exact copies, near duplicates and rewrites incrementally (SQLite-persisted
LSH); `stories.cluster_stories` groups documents by story; `independent_sources` counts originals.
"""
from storyline.dedup.sources import independent_sources, root_original

__all__ = ["independent_sources", "root_original"]
