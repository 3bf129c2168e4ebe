"""Experiment (not shipped): frozen MiniLM token states as extra CRF features of the attribution tagger.

    python scripts/minilm_token_features.py ../shared/datasets/polnear --parsed train.spacy \
        --cache rows.pkl --dims 32 --out /tmp/minilm          # with MiniLM features
    python scripts/minilm_token_features.py ... --dims 0 --out /tmp/plain   # the same run without them

The last layer of all-MiniLM-L6-v2 (the graph of storyline.dedup.embed with its pre-pooling
output exposed) is run over every sentence of PolNeAR train; a spaCy token gets the mean of the
word pieces its characters cover. The states are reduced by PCA fitted on the nine tenths the
tagger is trained on (whitened, clipped to +-4) and added to train_attribution_model's features
as weighted float features; the CRF is trained with train_attribution_model's settings on the same nine tenths
and scored on the held-out tenth by train_attribution_model.score_holdout (tagger, rules, and
what ships). docs/quotes.md ("Tried and not shipped") has the figures.
"""
from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np
import pycrfsuite

sys.path.insert(0, str(Path(__file__).parent))
import train_attribution_model as training  # noqa: E402

HIDDEN = "/encoder/encoder/layer.5/output/LayerNorm/LayerNormalization_output_0"  # before the pooling


def token_states(parsed_docs, graph_copy: Path) -> list[np.ndarray]:
    """(tokens, 384) float16 per document: MiniLM's last layer averaged over each token's word pieces
    (zeros for whitespace tokens and the rare token past the 128-piece cut)."""
    import onnx
    import onnxruntime
    from onnx import TensorProto, helper
    from tokenizers import Tokenizer

    from storyline.dedup.embed import BATCH_SIZE, MAX_SEQ_LENGTH, ensure_graph, model_dir

    graph = onnx.load(str(ensure_graph()))
    graph.graph.output.append(helper.make_tensor_value_info(HIDDEN, TensorProto.FLOAT, None))
    onnx.save(graph, str(graph_copy))
    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = 1
    options.log_severity_level = 3
    session = onnxruntime.InferenceSession(str(graph_copy), options, providers=["CPUExecutionProvider"])
    tokenizer = Tokenizer.from_file(str(model_dir() / "tokenizer.json"))
    tokenizer.enable_truncation(MAX_SEQ_LENGTH)
    tokenizer.enable_padding()
    found = []
    for parsed in parsed_docs:
        vectors = np.zeros((len(parsed), 384), dtype=np.float16)
        sentences = [s for s in parsed.sents if s.text.strip()]
        for at in range(0, len(sentences), BATCH_SIZE):
            batch = sentences[at:at + BATCH_SIZE]
            encodings = tokenizer.encode_batch([s.text for s in batch])
            ids = np.array([e.ids for e in encodings], dtype=np.int64)
            mask = np.array([e.attention_mask for e in encodings], dtype=np.int64)
            _, hidden = session.run(None, {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)})
            for sentence, encoding, states in zip(batch, encodings, hidden):
                pieces = [(k, a, z) for k, (a, z) in enumerate(encoding.offsets) if z > a]
                p = 0
                for token in sentence:
                    if token.is_space:
                        continue
                    start = token.idx - sentence.start_char
                    end = start + len(token.text)
                    while p < len(pieces) and pieces[p][2] <= start:
                        p += 1
                    covered = []
                    q = p
                    while q < len(pieces) and pieces[q][1] < end:
                        covered.append(pieces[q][0])
                        q += 1
                    if covered:
                        vectors[token.i] = states[covered].mean(0)
        found.append(vectors)
    return found


class Reduction:
    """PCA of the fitted documents' token states, whitened and clipped; fitted on a seeded sample."""

    def __init__(self, states: list[np.ndarray], dims: int, sample: int = 200_000):
        rows = np.concatenate(states).astype(np.float32)
        rows = rows[np.abs(rows).sum(1) > 0]
        self.mean = rows.mean(0)
        picked = rows[np.random.default_rng(0).choice(len(rows), min(len(rows), sample), replace=False)] - self.mean
        _, singular, vt = np.linalg.svd(picked, full_matrices=False)
        self.components = vt[:dims]
        self.scale = (picked @ self.components.T).std(0)
        self.explained = float((singular[:dims] ** 2).sum() / (singular ** 2).sum())

    def features(self, features: list[list[str]], states: np.ndarray) -> list[dict[str, float]]:
        reduced = np.clip(((states.astype(np.float32) - self.mean) @ self.components.T) / self.scale, -4, 4)
        real = np.abs(states).sum(1) > 0
        out = []
        for i, names in enumerate(features):
            row = {name: float(count) for name, count in Counter(names).items()}
            if real[i]:
                row.update({f"m{j}": float(v) for j, v in enumerate(reduced[i])})
            out.append(row)
        return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("path", help="PolNeAR root")
    parser.add_argument("--parsed", required=True, help="DocBin of the train split parsed as load_split orders it")
    parser.add_argument("--cache", help="pickle of the prepared features (train_attribution_model --cache)")
    parser.add_argument("--dims", type=int, default=32, help="PCA dimensions added (0: the plain tagger)")
    parser.add_argument("--iterations", type=int, default=150)
    parser.add_argument("--limit", type=int, help="only the first N train documents (a quick check)")
    parser.add_argument("--out", required=True, help="folder for the graph copy, the states and the model")
    args = parser.parse_args()

    import storyline.nlp.attribution_model as attribution_model

    started = time.perf_counter()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    rows, documents, parsed_docs = training.prepared_train_split(args.path, args.parsed, args.cache)
    if args.limit:
        rows, documents, parsed_docs = rows[:args.limit], documents[:args.limit], parsed_docs[:args.limit]
    fit, held = training.holdout_split(len(rows))
    if args.dims:
        states_path = out / f"states-{len(rows)}.npy"
        if states_path.exists():
            states = list(np.load(states_path, allow_pickle=True))
        else:
            states = token_states(parsed_docs, out / "minilm-states.onnx")
            np.save(states_path, np.array(states, dtype=object), allow_pickle=True)
        reduction = Reduction([states[n] for n in fit], args.dims)
        print(f"token states in {time.perf_counter() - started:.0f} s; {args.dims} dims explain {reduction.explained:.3f}")
        for n in held:
            rows[n]["features"] = reduction.features(rows[n]["features"], states[n])
        by_doc = {id(parsed_docs[n]): states[n] for n in held}
        plain_items = attribution_model.sequence_items

        def with_states(parsed, rule_tags, quotes_index):
            features = [[name.decode() for name in item] for item in plain_items(parsed, rule_tags, quotes_index)]
            return reduction.features(features, by_doc[id(parsed)])

        attribution_model.sequence_items = with_states  # what learned_quotes tags with, for the held-out tenth
    model = str(out / f"tagger-dims{args.dims}.crfsuite")
    trainer = pycrfsuite.Trainer(verbose=False)
    for n in fit:  # one document's float features at a time: all of them at once took over 9 GB
        features = reduction.features(rows[n]["features"], states[n]) if args.dims else rows[n]["features"]
        trainer.append(features, rows[n]["tags"])
    trainer.set_params({"c1": 0.05, "c2": 0.01, "max_iterations": args.iterations, "feature.possible_transitions": True})
    trainer.train(model)
    result = training.score_holdout([rows[n] for n in held], [documents[n] for n in held],
                                    [parsed_docs[n] for n in held], model)
    print(f"dims={args.dims} iterations={args.iterations}: {len(fit)} fitted, {len(held)} held out, "
          f"{time.perf_counter() - started:.0f} s")
    training.print_holdout(result)


if __name__ == "__main__":
    main()
