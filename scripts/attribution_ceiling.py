"""How high can attribution go on PolNeAR? Four measurements on train only (dev is never read).

    python scripts/attribution_ceiling.py ../shared/datasets/polnear --parsed train.spacy --cache rows.pkl --out /tmp/ceiling

1. Agreement between PolNeAR's own annotators: the 16 train articles that five or six annotators
   marked, every ordered pair of annotators scored as gold and prediction with the evaluation's
   matching (storyline.eval.polnear.score_document).
2. The tags' own ceiling: the gold BIO tags of the held-out tenth read back into attributions by
   attribution_model.attributions (what a perfect tagger would score through that reading).
3. A gold-cue oracle: the CRF of train_attribution_model (same features, settings, nine tenths)
   with each token's gold cue tag and its neighbours' as extra features, against the same CRF
   without them, both alone on the held-out tenth: how far source and content go once every cue
   is known.
4. The long tail: of the held-out gold attributions the plain CRF finds no content for, the share
   whose cue (lower-case lemmas) is a cue at most once in the nine tenths' gold, against that
   share among those it finds.
"""
from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

import pycrfsuite

sys.path.insert(0, str(Path(__file__).parent))
import train_attribution_model as training  # noqa: E402


def agreement(root: Path) -> dict:
    from storyline.eval.polnear import RoleTotals, parse_ann

    ann_dir, text_dir = root / "data" / "train" / "attributions", root / "data" / "train" / "text"
    by_name: dict[str, list[Path]] = {}
    for path in sorted(ann_dir.glob("*.ann")):
        by_name.setdefault(path.stem.rsplit("_", 1)[0], []).append(path)
    totals = RoleTotals()
    pairs = 0
    for name, paths in by_name.items():
        if len(paths) < 2:
            continue
        text = (text_dir / f"{name}.txt").read_text(encoding="utf-8")
        marked = [parse_ann(p.read_text(encoding="utf-8")) for p in paths]
        for a in range(len(marked)):
            for b in range(len(marked)):
                if a != b:
                    pairs += 1
                    totals.add(text, marked[b], marked[a])
    print(f"annotator agreement: {sum(len(p) > 1 for p in by_name.values())} articles, {pairs} ordered pairs")
    return {"annotators": totals.summary()}


def with_gold_cues(features: list[list[str]], tags: list[str]) -> list[list[str]]:
    cue = [t if t.endswith("CUE") else "O" for t in tags]
    out = []
    for i, names in enumerate(features):
        extra = [f"gc={cue[i]}"]
        for offset in (-2, -1, 1, 2):
            j = i + offset
            extra.append(f"{offset}gc={cue[j] if 0 <= j < len(cue) else 'edge'}")
        out.append(names + extra)
    return out


def cue_key(parsed, span: tuple[int, int]) -> str:
    start, end = span
    return " ".join(t.lemma_.lower() for t in parsed.char_span(start, end, alignment_mode="expand") or [])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("path", help="PolNeAR root")
    parser.add_argument("--parsed", required=True, help="DocBin of the train split parsed as load_split orders it")
    parser.add_argument("--cache", required=True, help="pickle of the prepared rows (train_attribution_model --cache)")
    parser.add_argument("--out", required=True, help="folder for the two CRFs")
    args = parser.parse_args()

    from storyline.eval.polnear import gold_from_tags
    from storyline.nlp.attribution_model import attributions

    started = time.perf_counter()
    results = agreement(Path(args.path))
    rows, documents, parsed_docs = training.prepared_train_split(args.path, args.parsed, args.cache)
    fit, held = training.holdout_split(len(rows))
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    models = {}
    for name, gold_cues in (("crf", False), ("crf+gold cues", True)):
        models[name] = str(out / f"{name.replace(' ', '_').replace('+', '_')}.crfsuite")
        trainer = pycrfsuite.Trainer(verbose=False)
        for n in fit:
            features = with_gold_cues(rows[n]["features"], rows[n]["tags"]) if gold_cues else rows[n]["features"]
            trainer.append(features, rows[n]["tags"])
        trainer.set_params({"c1": 0.05, "c2": 0.01, "max_iterations": 150, "feature.possible_transitions": True})
        trainer.train(models[name])
        print(f"{name} trained, {time.perf_counter() - started:.0f} s", flush=True)
    taggers = {}
    for name, model in models.items():
        taggers[name] = pycrfsuite.Tagger()
        taggers[name].open(model)
    fit_cues = Counter(cue_key(parsed_docs[n], a.cue) for n in fit for a in documents[n].attributions if a.cue)
    systems = ["gold tags", "crf", "crf+gold cues"]
    scored = []
    tail = {"missed": Counter(), "found": Counter()}
    for n in held:
        row, document, parsed = rows[n], documents[n], parsed_docs[n]
        tags = {
            "gold tags": row["tags"],
            "crf": taggers["crf"].tag(row["features"]),
            "crf+gold cues": taggers["crf+gold cues"].tag(with_gold_cues(row["features"], row["tags"])),
        }
        found = {system: gold_from_tags(parsed, attributions(parsed, tags[system])) for system in systems}
        scored.append((document, found))
        for gold in document.attributions:
            if gold.cue is None or gold.content is None:
                continue
            hit = any(p.content[0] < gold.content[1] and gold.content[0] < p.content[1] for p in found["crf"])
            tail["found" if hit else "missed"][fit_cues[cue_key(parsed, gold.cue)] <= 1] += 1
    results.update(training.role_summaries(systems, scored))
    print(f"{len(fit)} fitted, {len(held)} held out, {time.perf_counter() - started:.0f} s")
    for kind, counts in tail.items():
        total = counts[True] + counts[False]
        print(f"held-out gold attributions the crf {kind}: {total}, cue at most once a cue in the nine tenths: "
              f"{counts[True]} ({counts[True] / max(total, 1):.1%})")
    training.print_holdout(results, width=14)


if __name__ == "__main__":
    main()
