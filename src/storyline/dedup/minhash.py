"""MinHash signatures (datasketch) and the LSH band keys persisted in SQLite.

datasketch's own MinHashLSH keeps its buckets in memory or Redis/Cassandra; storyline keeps one
SQLite file, so the banding is done here over datasketch signatures: each band of `rows`
hash values becomes one signed 64-bit bucket key, stored as (bucket, doc_id) rows.
"""
from __future__ import annotations

import hashlib
from functools import lru_cache

import numpy as np
from datasketch import MinHash

SCHEME = "affine32"


@lru_cache(maxsize=4)
def _template(num_perm: int) -> MinHash:
    """One MinHash per size whose permutations every signature reuses (they are seeded, so stable)."""
    return MinHash(num_perm=num_perm, seed=1, scheme=SCHEME)


def signature(tokens: set[str], num_perm: int) -> np.ndarray:
    """The MinHash hash values of a token set (all-max values for an empty set)."""
    template = _template(num_perm)
    minhash = MinHash(num_perm=num_perm, seed=1, permutations=template.permutations, scheme=SCHEME)
    if tokens:
        minhash.update_batch([token.encode("utf-8") for token in tokens])
    return minhash.hashvalues.astype(np.uint64)


def to_blob(values: np.ndarray) -> bytes:
    return values.astype(np.uint64).tobytes()


def from_blob(blob: bytes) -> np.ndarray:
    return np.frombuffer(blob, dtype=np.uint64)


def estimated_jaccard(a: np.ndarray, b: np.ndarray) -> float:
    return float(np.mean(a == b))


def is_empty(values: np.ndarray) -> bool:
    """True for the signature of an empty set (every value still at the hash range maximum)."""
    return bool(np.all(values == values[0]))


def band_keys(values: np.ndarray, bands: int, rows: int, kind: str) -> list[int]:
    """One signed 64-bit key per band of `rows` values; `kind` keeps different signatures apart.

    bands * rows may be less than the signature length: the rest only sharpens Jaccard estimates.
    """
    keys = []
    for band in range(bands):
        chunk = values[band * rows : (band + 1) * rows].tobytes()
        digest = hashlib.blake2b(f"{kind}:{band}:".encode() + chunk, digest_size=8).digest()
        keys.append(int.from_bytes(digest, "big", signed=True))
    return keys
