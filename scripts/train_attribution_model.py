"""Train the attribution tagger (storyline.nlp.attribution_model) on PolNeAR train.

    python scripts/train_attribution_model.py ../shared/datasets/polnear            # ship a model
    python scripts/train_attribution_model.py ../shared/datasets/polnear --holdout  # choose settings

Parses the train split with the project's pipeline (or reads --parsed, a DocBin of exactly those
parses in load_split's order), runs the rules (extract_quotes, attitudes=True) for their features,
labels every token with PolNeAR's role (BIO over source, cue and content fragments) and fits a
linear-chain CRF (python-crfsuite, L-BFGS with elastic-net penalty). --holdout trains on 9 of
every 10 train documents and scores the 10th with the same matching as `storyline eval polnear`:
the tagger alone, the rules alone, and what ships (the tagger read with the rules,
attribution_model.learned_quotes); settings are chosen there, never on dev (--model scores a
held-out model already trained). Without --holdout it trains on
the whole train split and writes src/storyline/nlp/models/attribution.crfsuite.gz.
"""
from __future__ import annotations

import argparse
import gzip
import pickle
import time
from pathlib import Path

import pycrfsuite
from spacy.tokens import DocBin

from storyline.eval.polnear import ROLES, RoleTotals, gold_from_tags, load_split, predicted_attributions
from storyline.nlp.attribution_model import (
    MODEL_PATH,
    attributions,
    learned_quotes,
    rule_attributions,
    rule_roles,
    sequence_features,
)
from storyline.nlp.entities import extract_mentions
from storyline.nlp.quotes import QuoteIndex, extract_quotes, find_quote_spans
from storyline.nlp.spacy_model import load_spacy

ROLE_TAGS = {"Source": "SRC", "Cue": "CUE", "Content": "CNT"}


def gold_fragments(path: Path, split: str, name: str) -> list[tuple[str, int, int]]:
    """(role, start, end) of every fragment of the first annotator's file, as brat lists them."""
    ann_path = sorted((path / "data" / split / "attributions").glob(f"{name}_*.ann"))[0]
    fragments = []
    for line in ann_path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) < 2 or not parts[0].startswith("T"):
            continue
        role, _, offsets = parts[1].partition(" ")
        if role not in ROLE_TAGS:
            continue
        for piece in offsets.split(";"):
            start, end = (int(n) for n in piece.split())
            fragments.append((ROLE_TAGS[role], start, end))
    return fragments


def token_tags(parsed, fragments) -> list[str]:
    tags = ["O"] * len(parsed)
    for role, start, end in sorted(fragments, key=lambda f: f[1]):
        span = parsed.char_span(start, end, alignment_mode="expand")
        inside = [t.i for t in span if not t.is_space] if span is not None else []
        for n, i in enumerate(inside):
            tags[i] = ("B-" if n == 0 else "I-") + role
    return tags


def prepare(args):
    """Features, tags and rule quotes of every train document (cached in --cache)."""
    if args.cache and Path(args.cache).exists():
        return pickle.loads(Path(args.cache).read_bytes())
    root = Path(args.path)
    documents = load_split(root, "train")
    nlp = load_spacy()
    if args.parsed:
        parsed_docs = list(DocBin().from_disk(args.parsed).get_docs(nlp.vocab))
    else:
        parsed_docs = nlp.pipe([d.text for d in documents], batch_size=16)
    rows = []
    for document, parsed in zip(documents, parsed_docs):
        mentions = extract_mentions(parsed, document.name)
        quotes_index = QuoteIndex(find_quote_spans(document.text))
        by_rules = rule_attributions(parsed, mentions, quotes_index)
        rule_quotes = extract_quotes(parsed, document.name, attitudes=True, mentions=mentions)
        rows.append({
            "name": document.name,
            "features": sequence_features(parsed, rule_roles(parsed, by_rules, quotes_index), quotes_index),
            "tags": token_tags(parsed, gold_fragments(root, "train", document.name)),
            "rule_attributions": predicted_attributions(document.text, rule_quotes),
        })
    if args.cache:
        Path(args.cache).write_bytes(pickle.dumps(rows))
    return rows


def prepared_train_split(path: str, parsed: str, cache: str | None):
    """The prepared rows (`prepare`), the train documents and their parses, index-aligned: what the
    scripts built on this one's features (attribution_ceiling, finetune_attribution_encoder,
    minilm_token_features) read."""
    rows = prepare(argparse.Namespace(path=path, parsed=parsed, cache=cache))
    documents = load_split(path, "train")
    parsed_docs = list(DocBin().from_disk(parsed).get_docs(load_spacy().vocab))
    return rows, documents, parsed_docs


def holdout_split(count: int) -> tuple[list[int], list[int]]:
    """Indices of the nine tenths fitted and of the tenth held out (every tenth document, the first too)."""
    return [n for n in range(count) if n % 10], [n for n in range(count) if n % 10 == 0]


def train(rows, out: str, c1: float, c2: float, iterations: int, verbose: bool = False) -> None:
    trainer = pycrfsuite.Trainer(verbose=verbose)
    for row in rows:
        trainer.append(row["features"], row["tags"])
    trainer.set_params({"c1": c1, "c2": c2, "max_iterations": iterations,
                        "feature.possible_transitions": True})
    trainer.train(out)


def print_holdout(result: dict, width: int = 6) -> None:
    """One line per system and role: exact and overlap P/R/F1 on the held-out tenth (system names
    padded to `width`)."""
    for system, summary in result.items():
        for role in ROLES:
            e, o = summary[role]["exact"], summary[role]["overlap"]
            print(f"{system:<{width}} {role:<8} exact P {e['p']:.3f} R {e['r']:.3f} F1 {e['f1']:.3f}   "
                  f"overlap P {o['p']:.3f} R {o['r']:.3f} F1 {o['f1']:.3f}")


def role_summaries(systems, scored) -> dict:
    """Each system's RoleTotals summary over `scored`: (gold document, {system: attributions found})."""
    totals = {system: RoleTotals() for system in systems}
    for document, found in scored:
        for system in systems:
            totals[system].add(document.text, found[system], document.attributions)
    return {system: t.summary() for system, t in totals.items()}


def score_holdout(rows, documents, parsed_docs, model: str) -> dict:
    """The held-out documents scored three ways: the tagger alone (its best sequence), the rules
    alone, and what ships (attribution_model.learned_quotes: the tagger read with the rules)."""
    tagger = pycrfsuite.Tagger()
    tagger.open(model)
    scored = []
    for row, document, parsed in zip(rows, documents, parsed_docs):
        tags = tagger.tag(row["features"])
        quotes = learned_quotes(parsed, document.name, extract_mentions(parsed, document.name), tagger)
        scored.append((document, {
            "tagger": gold_from_tags(parsed, attributions(parsed, tags)),
            "rules": row["rule_attributions"],
            "ships": predicted_attributions(document.text, quotes),
        }))
    return role_summaries(("tagger", "rules", "ships"), scored)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("path", help="PolNeAR root")
    parser.add_argument("--parsed", help="DocBin of the train split parsed as load_split orders it")
    parser.add_argument("--cache", help="pickle of the prepared features (made if missing)")
    parser.add_argument("--holdout", action="store_true", help="train on 9/10 of train, score the rest")
    parser.add_argument("--c1", type=float, default=0.05, help="L1 penalty (sparser, smaller model)")
    parser.add_argument("--c2", type=float, default=0.01, help="L2 penalty")
    parser.add_argument("--iterations", type=int, default=150)
    parser.add_argument("--out", default=str(MODEL_PATH))
    parser.add_argument("--verbose", action="store_true", help="print crfsuite's progress per iteration")
    parser.add_argument("--model", help="--holdout: score this held-out model instead of training one")
    args = parser.parse_args()

    started = time.perf_counter()
    rows = prepare(args)
    print(f"{len(rows)} documents prepared in {time.perf_counter() - started:.0f} s")
    if not args.holdout:
        plain = args.out.removesuffix(".gz")
        train(rows, plain, args.c1, args.c2, args.iterations, args.verbose)
        if args.out.endswith(".gz"):  # shipped gzipped: 11 MB -> 5 MB
            Path(args.out).write_bytes(gzip.compress(Path(plain).read_bytes(), mtime=0))
            Path(plain).unlink()
        print(f"-> {args.out} ({Path(args.out).stat().st_size // 1024} KB) in {time.perf_counter() - started:.0f} s")
        return
    fitted, held = holdout_split(len(rows))
    fit = [rows[n] for n in fitted]
    out = args.model or f"{args.out.removesuffix('.gz')}.holdout"
    if not args.model:
        train(fit, out, args.c1, args.c2, args.iterations, args.verbose)
    documents = load_split(args.path, "train")
    nlp = load_spacy()
    parsed_all = list(DocBin().from_disk(args.parsed).get_docs(nlp.vocab)) if args.parsed else None
    held_docs = [documents[n] for n in held]
    held_parsed = [parsed_all[n] for n in held] if parsed_all else list(nlp.pipe([d.text for d in held_docs]))
    result = score_holdout([rows[n] for n in held], held_docs, held_parsed, out)
    print(f"c1={args.c1} c2={args.c2} iterations={args.iterations}: {len(fit)} documents fitted, "
          f"{len(held)} held out, {time.perf_counter() - started:.0f} s")
    print_holdout(result)


if __name__ == "__main__":
    main()
