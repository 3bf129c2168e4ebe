"""`storyline eval polnear PATH`: attribution extraction against PolNeAR (brat standoff).

PolNeAR annotates every attribution (direct, mixed and indirect speech, and stated beliefs)
with Source, Cue and Content spans. For each of the three roles we report precision, recall
and F1 of our spans against the gold spans of the chosen split, under two matchings:

- exact: the predicted character span equals the gold span.
- overlap: the spans share at least one non-space character. Matching is one-to-one: pairs
  are taken greedily by largest shared character count, so one long prediction can match at
  most one gold span and vice versa.

Articles annotated by several annotators are scored once, against the first annotator's file.
Gold spans made of several fragments (a quote interrupted by "he said") count as one span from
the first fragment's start to the last fragment's end. Predictions are brought to PolNeAR's
conventions before scoring: content keeps its quote marks, trailing punctuation outside the
marks is dropped. Continuation quotes with the same cue as the quote before them form one
attribution, as in PolNeAR.

The headline row (`product`) is what a user gets: the articles ingested as JSONL by `storyline
ingest` and read back from `storyline export --format json`, each exported span located in the
article by its text. `learned` is the same NLP stage over the evaluation's own parses (the
attribution tagger of storyline.nlp.attribution_model with the rules, trained on PolNeAR train
only by scripts/train_attribution_model.py; dev stays held out), `rules` the rules alone in
PolNeAR's scope, `speech` the rules' verbs of saying only (the product's mode before the tagger).

textacy's `direct_quotations` runs on the same parses as a baseline row (direct quotes only,
so its recall is bounded by the share of direct quotes), when textacy is installed.
Throughput is words per second of our extraction (parse + entities + quotes) against bare
`nlp.pipe` over the same texts.
"""
from __future__ import annotations

import argparse
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from storyline.dedup.align import one_to_one
from storyline.eval.scoring import Tally, prf, ratio

ROLES = ("content", "source", "cue")
QUOTE_MARKS = "\"“”«»„‹›"
TRAILING_PUNCT = ".,;:!?—–- \n\t"


@dataclass
class GoldAttribution:
    source: tuple[int, int] | None
    cue: tuple[int, int] | None
    content: tuple[int, int] | None


@dataclass
class GoldDocument:
    name: str
    text: str
    attributions: list[GoldAttribution] = field(default_factory=list)


# ---------------------------------------------------------------- reading the gold


def load_split(path: str | Path, split: str = "dev", limit: int | None = None) -> list[GoldDocument]:
    """Documents of one split, each with its text and gold attributions (one annotator's)."""
    root = Path(path) / "data" / split
    ann_dir, text_dir = root / "attributions", root / "text"
    if not ann_dir.is_dir() or not text_dir.is_dir():
        raise FileNotFoundError(f"{root}: no attributions/ and text/ folders (is this PolNeAR?)")
    documents = []
    seen = set()
    for ann_path in sorted(ann_dir.glob("*.ann")):
        name = ann_path.stem.rsplit("_", 1)[0]  # the suffix is the annotator id
        if name in seen:
            continue  # articles annotated by several annotators count once (first annotator)
        seen.add(name)
        text_path = text_dir / f"{name}.txt"
        if not text_path.exists():
            print(f"{ann_path}: no text file {text_path.name}, skipped", file=sys.stderr)
            continue
        text = text_path.read_text(encoding="utf-8")
        documents.append(GoldDocument(name, text, parse_ann(ann_path.read_text(encoding="utf-8"))))
        if limit is not None and len(documents) >= limit:
            break
    return documents


def parse_ann(ann: str) -> list[GoldAttribution]:
    """brat standoff: T lines hold spans, E lines tie Source/Cue/Content into attributions."""
    spans: dict[str, tuple[int, int]] = {}
    events: list[dict[str, str]] = []
    for line in ann.splitlines():
        parts = line.split("\t")
        if len(parts) < 2:
            continue
        if parts[0].startswith("T"):
            spans[parts[0]] = _span_of(parts[1])
        elif parts[0].startswith("E"):
            args = dict(arg.split(":", 1) for arg in parts[1].split() if ":" in arg)
            events.append(args)
    attributions = []
    for args in events:
        attributions.append(
            GoldAttribution(
                source=spans.get(args.get("Source", "")),
                cue=spans.get(args.get("Cue", "")),
                content=spans.get(args.get("Content", "")),
            )
        )
    return attributions


def _span_of(type_and_offsets: str) -> tuple[int, int]:
    """'Content 10 20;30 40' -> (10, 40)."""
    numbers = [int(n) for n in type_and_offsets.split(" ", 1)[1].replace(";", " ").split()]
    return min(numbers), max(numbers)


# ---------------------------------------------------------------- predictions


def predicted_attributions(text: str, quotes) -> list[GoldAttribution]:
    """Our quotes as PolNeAR-style attributions; quotes sharing a cue become one."""
    by_cue: dict[tuple, list] = {}
    for quote in quotes:
        by_cue.setdefault((quote.cue_start, quote.cue_end, quote.speaker_start), []).append(quote)
    found = []
    for group in by_cue.values():
        start = min(q.start for q in group)
        end = max(q.end for q in group)
        first = group[0]
        found.append(
            GoldAttribution(
                source=_pair(first.speaker_start, first.speaker_end),
                cue=_pair(first.cue_start, first.cue_end),
                content=to_polnear_content(text, start, end),
            )
        )
    return found


def _pair(start, end) -> tuple[int, int] | None:
    return None if start is None else (start, end)


def to_polnear_content(text: str, start: int, end: int) -> tuple[int, int]:
    """Take in adjacent quote marks and the comma inside them; drop punctuation outside them."""
    while start > 0 and text[start - 1] in QUOTE_MARKS:
        start -= 1
    while end < len(text) and (text[end] in QUOTE_MARKS or _punct_before_closing_mark(text, end)):
        end += 1
    while end > start and text[end - 1] in TRAILING_PUNCT and text[end - 1] not in QUOTE_MARKS:
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    return start, end


def _punct_before_closing_mark(text: str, i: int) -> bool:
    return text[i] in ",." and i + 1 < len(text) and text[i + 1] in QUOTE_MARKS


def textacy_attributions(parsed) -> list[GoldAttribution] | None:
    """textacy's direct_quotations on the same parse, as attributions; None when it bails out."""
    from textacy.extract.triples import direct_quotations

    found = []
    try:
        triples = list(direct_quotations(parsed))
    except ValueError:  # textacy bails out on an odd number of quote marks: no quotes for it
        return None
    for triple in triples:
        found.append(
            GoldAttribution(
                source=_token_span(triple.speaker),
                cue=_token_span(triple.cue),
                content=to_polnear_content(parsed.text, triple.content.start_char, triple.content.end_char),
            )
        )
    return found


def _token_span(tokens) -> tuple[int, int] | None:
    tokens = list(tokens)
    if not tokens:
        return None
    return tokens[0].idx, max(t.idx + len(t.text) for t in tokens)


# ---------------------------------------------------------------- what a user gets


def product_export(documents: list[GoldDocument]) -> tuple[dict, float]:
    """The JSON export of a fresh store the articles were ingested into as JSONL, and the seconds
    the ingest took."""
    import contextlib
    import io
    import json
    import tempfile

    from storyline.cli import main as storyline

    with tempfile.TemporaryDirectory(prefix="polnear-") as folder:
        articles, store, export = (Path(folder) / name for name in ("articles.jsonl", "story.db", "story.json"))
        with open(articles, "w", encoding="utf-8") as out:
            for document in documents:
                out.write(json.dumps({"text": document.text, "url": f"polnear:{document.name}"}) + "\n")
        started = time.perf_counter()
        with contextlib.redirect_stdout(io.StringIO()):
            storyline(["ingest", str(articles), "--db", str(store), "--no-progress"])
            seconds = time.perf_counter() - started
            storyline(["export", "--db", str(store), "--format", "json", "-o", str(export)])
        return json.loads(export.read_text(encoding="utf-8")), seconds


def exported_by_article(documents: list[GoldDocument], exported: dict) -> list[tuple[str | None, list[dict]]]:
    """Per article (in order): the text the store kept for it and its exported quotes."""
    # a JSONL record's source is "FILE:LINE"
    stored_text = {d["id"]: (d["source"].rsplit(":", 1)[-1], d["text"]) for d in exported["documents"]}
    texts: dict[str, str] = {line: text for line, text in stored_text.values()}
    quotes: dict[str, list] = {}
    for quote in exported["quotes"]:
        line, _ = stored_text[quote["doc"]]
        quotes.setdefault(line, []).append(quote)
    return [(texts.get(str(n)), quotes.get(str(n), [])) for n in range(1, len(documents) + 1)]


def located_predictions(documents: list[GoldDocument], exported: dict) -> list[list[GoldAttribution]]:
    """The exported quotes as attributions of each article, every span located by its text."""
    from types import SimpleNamespace

    predictions = []
    for document, (text, quotes) in zip(documents, exported_by_article(documents, exported)):
        located = []
        for quote in quotes:
            content = locate(document.text, text, quote["start"], quote["end"])
            # cleaning shifts the text: a short span ("he", "said") is looked for where the
            # quote's own content moved, not where it sat in the stored text
            shift = content[0] - quote["start"] if content else 0
            if content is None:
                content = (0, 0)  # not in the article: a prediction that matches nothing
            speaker = locate(document.text, text, quote["speaker_start"], quote["speaker_end"], shift)
            cue = locate(document.text, text, quote["cue_start"], quote["cue_end"], shift)
            located.append(SimpleNamespace(
                start=content[0], end=content[1],
                speaker_start=speaker[0] if speaker else None, speaker_end=speaker[1] if speaker else None,
                cue_start=cue[0] if cue else None, cue_end=cue[1] if cue else None))
        predictions.append(predicted_attributions(document.text, located))
    return predictions


def locate(article: str, stored: str, start: int | None, end: int | None, shift: int = 0) -> tuple[int, int] | None:
    """The characters of stored[start:end] in the article: at the same offsets moved by `shift`
    (what cleaning took out before them) when the text is there, else the occurrence nearest those
    offsets; None when it is not there."""
    if start is None or end is None:
        return None
    piece = stored[start:end]
    if not piece.strip():
        return None
    start += shift
    if article[start:start + len(piece)] == piece:
        return start, start + len(piece)
    # cleaning turns no-break spaces into spaces and drops doubled ones: any run of space matches
    pattern = re.compile(r"\s+".join(re.escape(word) for word in piece.split()))
    found = [(m.start(), m.end()) for m in pattern.finditer(article)]
    if not found:
        return None
    return min(found, key=lambda span: abs(span[0] - start))


# ---------------------------------------------------------------- scoring


@dataclass
class Counts(Tally):
    """Spans of one role: predicted, gold, and the predictions matching gold exactly or by overlap."""

    predicted: int = 0
    gold: int = 0
    exact: int = 0
    overlap: int = 0

    def scores(self, matched: int) -> dict[str, float]:
        figures = prf(ratio(matched, self.predicted), ratio(matched, self.gold))
        return {"p": figures["precision"], "r": figures["recall"], "f1": figures["f1"]}


def _shared_chars(text: str, a: tuple[int, int], b: tuple[int, int]) -> int:
    start, end = max(a[0], b[0]), min(a[1], b[1])
    if start >= end:
        return 0
    return sum(1 for ch in text[start:end] if not ch.isspace())


def match_spans(text: str, predicted: list[tuple[int, int]], gold: list[tuple[int, int]]) -> Counts:
    """One-to-one greedy matching by shared characters; see the module docstring."""
    pairs = []
    for i, p in enumerate(predicted):
        for j, g in enumerate(gold):
            shared = _shared_chars(text, p, g)
            if shared:
                pairs.append((shared, i, j))
    pairs.sort(reverse=True)  # ties: the later predicted span, then the later gold span
    counts = Counts(predicted=len(predicted), gold=len(gold))
    counts.overlap = len(one_to_one((i, j) for _, i, j in pairs))
    gold_set = set(gold)
    counts.exact = len({p for p in predicted if p in gold_set})
    return counts


def score_document(
    text: str, predicted: list[GoldAttribution], gold: list[GoldAttribution]
) -> dict[str, Counts]:
    result = {}
    for role in ROLES:
        p_spans = [getattr(a, role) for a in predicted if getattr(a, role) is not None]
        g_spans = [getattr(a, role) for a in gold if getattr(a, role) is not None]
        result[role] = match_spans(text, p_spans, g_spans)
    return result


@dataclass
class RoleTotals:
    """Counts per role summed over documents: the one scoring loop of the eval's rows and of the
    attribution scripts (scripts/train_attribution_model.py and its companions)."""

    counts: dict[str, Counts] = field(default_factory=lambda: {role: Counts() for role in ROLES})

    def add(self, text: str, predicted: list[GoldAttribution], gold: list[GoldAttribution]) -> None:
        for role, counts in score_document(text, predicted, gold).items():
            self.counts[role].add(counts)

    def summary(self) -> dict[str, dict]:
        return summarise(self.counts)


def gold_from_tags(parsed, tagged) -> list[GoldAttribution]:
    """A tagger's attributions (token spans of `parsed`) as character spans, so they score as
    predictions against the gold (scripts/train_attribution_model.py and its companions)."""
    def chars(span: tuple[int, int]) -> tuple[int, int]:
        first, last = parsed[span[0]], parsed[span[1] - 1]
        return first.idx, last.idx + len(last.text)

    return [GoldAttribution(source=chars(a.source) if a.source else None, cue=chars(a.cue), content=chars(a.content))
            for a in tagged]


def summarise(totals: dict[str, Counts]) -> dict[str, dict]:
    """Per role: exact and overlap scores with the counts behind them."""
    summary = {}
    for role, counts in totals.items():
        summary[role] = {
            "exact": counts.scores(counts.exact),
            "overlap": counts.scores(counts.overlap),
            "predicted": counts.predicted,
            "gold": counts.gold,
        }
    return summary


# ---------------------------------------------------------------- running


def run(
    path: str,
    split: str = "dev",
    limit: int | None = None,
    model: str | None = None,
    baseline: bool = True,
    paragraphs: bool = True,
    product: bool = True,
) -> dict:
    """Score what a user gets and each mode of the NLP stage on one PolNeAR split.

    Rows: `product` (product=True) is the headline, the articles ingested and exported as a
    user would (product_export, then located_predictions); `learned` is the same NLP stage over the evaluation's
    own parses (storyline.nlp.attribution_model: the rules read by the tagger); `rules` is
    extract_quotes(attitudes=True), PolNeAR's notion of attribution (stances such as "endorsed
    Trump" included); `speech` the rules' verbs of saying only, the product's mode before the
    tagger. paragraphs=True parses with storyline.nlp.paragraphs (a line break ends a sentence)."""
    from storyline.nlp.attribution_model import learned_quotes, model_available
    from storyline.nlp.cue_model import cue_probability
    from storyline.nlp.entities import extract_mentions
    from storyline.nlp.paragraphs import ensure_paragraph_boundaries
    from storyline.nlp.quotes import extract_quotes
    from storyline.nlp.spacy_model import DEFAULT_MODEL, load_spacy

    model = model or DEFAULT_MODEL
    documents = load_split(path, split, limit)
    nlp = load_spacy(model)
    if paragraphs:
        nlp = ensure_paragraph_boundaries(nlp)
    texts = [d.text for d in documents]
    words = sum(len(t.split()) for t in texts)

    started = time.perf_counter()
    parsed_docs = list(nlp.pipe(texts, batch_size=16))
    parse_seconds = time.perf_counter() - started

    model_available()  # the tagger and the cue model load once per process, not per text
    if parsed_docs and len(parsed_docs[0]):
        cue_probability(parsed_docs[0][0])
    started = time.perf_counter()
    learned = []
    for document, parsed in zip(documents, parsed_docs):
        learned.append(learned_quotes(parsed, document.name, extract_mentions(parsed, document.name)))
    extract_seconds = time.perf_counter() - started
    rules = [extract_quotes(p, d.name, attitudes=True) for d, p in zip(documents, parsed_docs)]
    speech_only = [extract_quotes(p, d.name) for d, p in zip(documents, parsed_docs)]

    result = {
        "split": split,
        "model": model,
        "paragraph_boundaries": paragraphs,
        "documents": len(documents),
        "words": words,
        "gold_attributions": sum(len(d.attributions) for d in documents),
        "tagger_shipped": model_available(),
        "learned": _score_all(documents, learned),
        "storyline": _score_all(documents, rules),
        "storyline_speech_only": _score_all(documents, speech_only),
        "throughput": {
            "parse_only_words_per_s": round(words / parse_seconds),
            "storyline_words_per_s": round(words / (parse_seconds + extract_seconds)),
            "parse_seconds": round(parse_seconds, 2),
            "extract_seconds": round(extract_seconds, 2),
        },
    }
    if product:
        exported, seconds = product_export(documents)
        result["product"] = _score_predicted(documents, located_predictions(documents, exported))
        result["product_ingest_seconds"] = round(seconds, 1)
        statements = {**exported, "quotes": [q for q in exported["quotes"] if q.get("statement", True)]}
        result["listed"] = _score_predicted(documents, located_predictions(documents, statements))
    if baseline:
        result["textacy"] = _run_textacy(documents, parsed_docs)
    return result


def _score_predicted(documents, predictions) -> dict:
    totals = RoleTotals()
    for document, predicted in zip(documents, predictions):
        totals.add(document.text, predicted, document.attributions)
    return totals.summary()


def _score_all(documents, predictions) -> dict:
    return _score_predicted(
        documents, [predicted_attributions(d.text, quotes) for d, quotes in zip(documents, predictions)]
    )


def _run_textacy(documents, parsed_docs) -> dict | str:
    try:
        import textacy  # noqa: F401
    except ImportError:
        return "textacy is not installed (pip install textacy)"
    totals = RoleTotals()
    started = time.perf_counter()
    bailed_out = 0
    for document, parsed in zip(documents, parsed_docs):
        predicted = textacy_attributions(parsed)
        if predicted is None:
            bailed_out += 1
            predicted = []
        totals.add(document.text, predicted, document.attributions)
    summary = totals.summary()
    summary["seconds"] = round(time.perf_counter() - started, 2)
    summary["bailed_out_documents"] = bailed_out
    return summary


def format_report(result: dict) -> str:
    lines = [
        "product = what a user gets: the articles ingested as JSONL, read back from "
        "`storyline export --format json` (the headline); learned = the same NLP stage on these parses "
        "(rules read by the attribution tagger); listed = the product's quotes that `storyline quotes` lists "
        "by default (statements of a known speaker; its precision is the strict mode's); rules = extract_quotes(attitudes=True), PolNeAR's scope; "
        "speech = the rules' verbs of saying only; "
        "overlap = one-to-one, at least one shared non-space character",
        f"PolNeAR {result['split']}: {result['documents']} documents, {result['words']} words, "
        f"{result['gold_attributions']} gold attributions, model {result['model']}"
        + ("" if result["paragraph_boundaries"] else " (no paragraph boundaries)"),
        f"{'system':<10} {'role':<8} {'exact P':>8} {'R':>6} {'F1':>6}   "
        f"{'overlap P':>9} {'R':>6} {'F1':>6}   {'pred':>5} {'gold':>5}",
    ]
    systems = [("product", result["product"])] if "product" in result else []
    systems += [("listed", result["listed"])] if "listed" in result else []
    systems += [("learned", result["learned"]), ("rules", result["storyline"]),
                ("speech", result["storyline_speech_only"])]
    if isinstance(result.get("textacy"), dict):
        systems.append(("textacy", result["textacy"]))
    for name, summary in systems:
        for role in ROLES:
            row = summary[role]
            e, o = row["exact"], row["overlap"]
            lines.append(
                f"{name:<10} {role:<8} {e['p']:>8.3f} {e['r']:>6.3f} {e['f1']:>6.3f}   "
                f"{o['p']:>9.3f} {o['r']:>6.3f} {o['f1']:>6.3f}   {row['predicted']:>5} {row['gold']:>5}"
            )
    if isinstance(result.get("textacy"), dict):
        lines.append(
            f"textacy direct_quotations: gave up on {result['textacy']['bailed_out_documents']} documents "
            "with an odd number of quote marks (scored as no quotes)"
        )
    if isinstance(result.get("textacy"), str):
        lines.append(f"textacy: {result['textacy']}")
    speed = result["throughput"]
    lines.append(
        f"throughput: nlp.pipe {speed['parse_only_words_per_s']} words/s; "
        f"parse + entities + quotes (learned) {speed['storyline_words_per_s']} words/s "
        f"= {speed['storyline_words_per_s'] / speed['parse_only_words_per_s']:.2f} x "
        f"(parse {speed['parse_seconds']} s, extraction {speed['extract_seconds']} s)"
    )
    if not result.get("tagger_shipped"):
        lines.append("no attribution tagger shipped: learned = the rules' speech mode")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m storyline.eval.polnear", description=__doc__.split("\n")[0]
    )
    parser.add_argument("path", help="PolNeAR root (holds data/{train,dev})")
    parser.add_argument("--split", default="dev")
    parser.add_argument("--limit", type=int, default=None, help="first N documents only")
    parser.add_argument("--model", default=None, help="spaCy model name (default: the project default)")
    parser.add_argument("--no-baseline", action="store_true", help="skip the textacy row")
    parser.add_argument(
        "--no-paragraphs", action="store_true", help="parse without the line-break sentence boundaries"
    )
    parser.add_argument("--no-product", action="store_true", help="skip the ingest-and-export row")
    args = parser.parse_args(argv)
    try:
        result = run(
            args.path,
            args.split,
            args.limit,
            model=args.model,
            baseline=not args.no_baseline,
            paragraphs=not args.no_paragraphs,
            product=not args.no_product,
        )
    except FileNotFoundError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    print(format_report(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
