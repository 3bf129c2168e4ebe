"""TempEval-3 timex evaluation on TimeML files (TBAQ-cleaned, TE3 Platinum).

Scores like the TE3 scorer (evaluation-entities/evaluate_entities.py): strict span match (same
extent) and relaxed match (any overlap), each with P/R/F1; value (and type) accuracy over the
gold timexes a system timex overlaps, and value P/R = that accuracy times relaxed P/R. The
document creation time (functionInDocument="CREATION_TIME") is the anchor and is not scored.

    python -m storyline.eval.tempeval PATH [--limit N] [--no-parse] [--errors]
"""
from __future__ import annotations

import argparse
import sys
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

from storyline.nlp.timex import extract_timexes


@dataclass
class GoldTimex:
    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass
class TimeMLDoc:
    name: str
    text: str
    dct: str | None
    timexes: list[GoldTimex] = field(default_factory=list)


def read_timeml(path: Path) -> TimeMLDoc:
    """Plain text of <TEXT> with the character offsets of its TIMEX3 tags, and the DCT."""
    root = ET.parse(path).getroot()
    dct = None
    for timex in root.iter("TIMEX3"):
        if timex.get("functionInDocument") == "CREATION_TIME":
            dct = (timex.get("value") or "")[:10] or None
            break
    body = root.find("TEXT")
    pieces: list[str] = []
    gold: list[GoldTimex] = []

    def walk(element, offset: int) -> int:
        if element.text:
            pieces.append(element.text)
            offset += len(element.text)
        for child in element:
            start = offset
            offset = walk(child, offset)
            if child.tag == "TIMEX3":
                gold.append(GoldTimex(start, offset, "".join(child.itertext()),
                                      child.get("type", ""), child.get("value", "")))
            if child.tail:
                pieces.append(child.tail)
                offset += len(child.tail)
        return offset

    if body is not None:
        walk(body, 0)
    return TimeMLDoc(path.name, "".join(pieces), dct, gold)


def find_documents(path: str) -> list[Path]:
    root = Path(path)
    if root.is_file():
        return [root]
    return sorted(p for p in root.rglob("*.tml") if "testpipeline" not in p.parts)


@dataclass
class Counts:
    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed_gold: int = 0  # gold timexes overlapped by some system timex
    relaxed_system: int = 0  # system timexes overlapping some gold timex
    value_correct: int = 0  # among relaxed-matched gold timexes
    type_correct: int = 0


def _overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


def _partner(gold: GoldTimex, system):
    """The system timex standing for a gold one: the same span, else the largest overlap."""
    overlapping = [s for s in system if _overlaps(gold.start, gold.end, s.start, s.end)]
    if not overlapping:
        return None
    return max(overlapping, key=lambda s: ((s.start, s.end) == (gold.start, gold.end),
                                           min(gold.end, s.end) - max(gold.start, s.start)))


def score_document(gold: list[GoldTimex], system, counts: Counts, errors: list | None = None) -> None:
    """Add one document to `counts` the way the TE3 scorer does: attributes are compared for
    each gold timex that some system timex overlaps."""
    counts.gold += len(gold)
    counts.system += len(system)
    spans = {(g.start, g.end) for g in gold}
    counts.strict += sum((s.start, s.end) in spans for s in system)
    for s in system:
        if any(_overlaps(g.start, g.end, s.start, s.end) for g in gold):
            counts.relaxed_system += 1
        elif errors is not None:
            errors.append(("FP", s.text, s.value, ""))
    for g in gold:
        s = _partner(g, system)
        if s is None:
            if errors is not None:
                errors.append(("FN", g.text, "", g.value))
            continue
        counts.relaxed_gold += 1
        counts.value_correct += s.value == g.value
        counts.type_correct += s.type == g.type
        if errors is not None and (s.value != g.value or (s.start, s.end) != (g.start, g.end)):
            errors.append(("VAL" if s.value != g.value else "SPAN", f"{s.text} / {g.text}", s.value, g.value))


def _prf(correct_p: int, system: int, correct_r: int, gold: int) -> dict:
    precision = correct_p / system if system else 0.0
    recall = correct_r / gold if gold else 0.0
    return _rounded(precision, recall)


def _rounded(precision: float, recall: float) -> dict:
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)}


def figures(counts: Counts) -> dict:
    """TE3 figures: attribute accuracy over relaxed-matched gold timexes; attribute P and R are
    that accuracy times relaxed P and R."""
    relaxed_p = counts.relaxed_system / counts.system if counts.system else 0.0
    relaxed_r = counts.relaxed_gold / counts.gold if counts.gold else 0.0
    value_accuracy = counts.value_correct / counts.relaxed_gold if counts.relaxed_gold else 0.0
    type_accuracy = counts.type_correct / counts.relaxed_gold if counts.relaxed_gold else 0.0
    return {
        "gold": counts.gold, "system": counts.system,
        "strict": _prf(counts.strict, counts.system, counts.strict, counts.gold),
        "relaxed": _rounded(relaxed_p, relaxed_r),
        "value_accuracy": round(value_accuracy, 4),
        "value": _rounded(value_accuracy * relaxed_p, value_accuracy * relaxed_r),
        "type_accuracy": round(type_accuracy, 4),
        "type": _rounded(type_accuracy * relaxed_p, type_accuracy * relaxed_r),
    }


def _parser(use_parse: bool):
    if not use_parse:
        return None
    from storyline.nlp.spacy_model import load_spacy

    return load_spacy()


def run(path: str, limit: int | None = None, parse: bool = True, errors: list | None = None) -> dict:
    """Extract and score every .tml under `path` (first `limit` files when given)."""
    paths = find_documents(path)
    if not paths:
        raise FileNotFoundError(f"{path}: no .tml files")
    if limit:
        paths = paths[:limit]
    nlp = _parser(parse)
    counts = Counts()
    started = time.perf_counter()
    skipped = []
    for tml in paths:
        try:
            doc = read_timeml(tml)
        except (ET.ParseError, OSError, UnicodeDecodeError) as exc:
            skipped.append(f"{tml}: {exc}")
            continue
        parsed = nlp(doc.text) if nlp is not None else None
        system = extract_timexes(doc.text, doc.dct, doc_id=doc.name, parsed=parsed)
        before = len(errors) if errors is not None else 0
        score_document(doc.timexes, system, counts, errors)
        if errors is not None:  # name the document each miss comes from
            errors[before:] = [entry + (doc.name,) for entry in errors[before:]]
    result = figures(counts)
    result.update({"documents": len(paths) - len(skipped), "skipped": skipped, "parse": parse,
                   "seconds": round(time.perf_counter() - started, 1)})
    return result


def format_report(result: dict) -> str:
    lines = [f"TempEval-3 timexes: {result['documents']} documents, {result['gold']} gold, "
             f"{result['system']} system ({result['seconds']} s, parse={result['parse']})"]
    for name in ("strict", "relaxed", "value", "type"):
        f = result[name]
        lines.append(f"  {name:8s} P {f['precision']:.3f}  R {f['recall']:.3f}  F1 {f['f1']:.3f}")
    lines.append(f"  value accuracy (relaxed-matched gold) {result['value_accuracy']:.3f}")
    lines.append(f"  type accuracy (relaxed-matched gold)  {result['type_accuracy']:.3f}")
    for line in result.get("skipped", []):
        lines.append(f"  skipped {line}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path")
    parser.add_argument("--limit", type=int)
    parser.add_argument("--no-parse", action="store_true", help="decide tense from words, not the parse")
    parser.add_argument("--errors", action="store_true", help="list every miss and wrong value")
    args = parser.parse_args(argv)
    errors: list | None = [] if args.errors else None
    try:
        result = run(args.path, limit=args.limit, parse=not args.no_parse, errors=errors)
    except FileNotFoundError as exc:
        print(exc, file=sys.stderr)
        return 1
    for kind, text, system_value, gold_value, *where in errors or []:
        print(f"{kind}\t{text}\t{system_value}\t{gold_value}\t{''.join(where)}")
    print(format_report(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
