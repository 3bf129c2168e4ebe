"""MinHash signatures and the LSH band keys persisted in SQLite.

The signatures are datasketch 2.0's `MinHash(num_perm, seed=1, scheme="affine32")`, value for
value (`tests/test_dedup.py` compares them), made here with numpy: importing datasketch imports
SciPy (its LSH classes), 0.65-0.8 CPU s of every ingest process for nothing storyline uses.
datasketch's MinHashLSH keeps its buckets in memory or Redis/Cassandra; storyline keeps one
SQLite file, so the banding is done here too: each band of `rows` hash values becomes one signed
64-bit bucket key, stored as (bucket, doc_id) rows.
"""
from __future__ import annotations

import hashlib
from functools import lru_cache

import numpy as np

SEED = 1
EMPTY = np.uint32(0xFFFFFFFF)  # every value of an empty set's signature
# MurmurHash3's 32-bit finaliser (shifts and multipliers): mixes each token's hash once before the
# permutations, as datasketch's affine32 scheme does
_MIX32 = (np.uint32(16), np.uint32(0x85EBCA6B), np.uint32(13), np.uint32(0xC2B2AE35), np.uint32(16))


@lru_cache(maxsize=4)
def _permutations(num_perm: int) -> tuple[np.ndarray, np.ndarray]:
    """The seeded permutations h -> a * h + b (mod 2^32, `a` odd) every signature of this size uses,
    drawn as datasketch's affine32 scheme draws them."""
    generator = np.random.RandomState(SEED)
    a = generator.randint(0, 1 << 31, num_perm, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = generator.randint(0, 1 << 32, num_perm, dtype=np.uint32)
    return a, b


def _token_hashes(tokens: set[str]) -> np.ndarray:
    """Each token's 32-bit hash (the first 4 bytes of its UTF-8 SHA-1, little-endian), mixed. The
    digests' bytes are read as one little-endian array, not turned into a Python int each."""
    sha1 = hashlib.sha1
    hashes = np.frombuffer(b"".join([sha1(token.encode("utf-8")).digest()[:4] for token in tokens]),
                           dtype="<u4").astype(np.uint32)
    shift1, multiplier1, shift2, multiplier2, shift3 = _MIX32
    hashes = hashes ^ (hashes >> shift1)
    hashes = hashes * multiplier1
    hashes = hashes ^ (hashes >> shift2)
    hashes = hashes * multiplier2
    return hashes ^ (hashes >> shift3)


def signature(tokens: set[str], num_perm: int) -> np.ndarray:
    """The MinHash hash values of a token set (all-max values for an empty set)."""
    if not tokens:
        return np.full(num_perm, EMPTY, dtype=np.uint32).astype(np.uint64)
    a, b = _permutations(num_perm)
    permuted = _token_hashes(tokens).reshape(-1, 1) * a + b
    return permuted.min(axis=0).astype(np.uint64)


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
