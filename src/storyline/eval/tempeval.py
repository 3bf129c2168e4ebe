"""TempEval-3 timex evaluation on TimeML files (TBAQ-cleaned, TE3 Platinum).

Scores like the TE3 scorer (evaluation-entities/evaluate_entities.py): strict span match (same
extent) and relaxed match (any overlap), each with P/R/F1; value (and type) accuracy over the
gold timexes a system timex overlaps, and value P/R = that accuracy times relaxed P/R. The
document creation time (functionInDocument="CREATION_TIME") is the anchor and is not scored.
The system side is `nlp.time.extract_timexes` over the same spaCy parse ingest uses.

Beside the headline, the report breaks the gold timexes down by TIMEX3 type and by kind (what
the error study of issue #19 sorts them into: durations, sets, underspecified dates, "the past
year", quarters, times of day, ...) and, for a folder of corpora such as TBAQ-cleaned, gives
each part (TimeBank, AQUAINT) its own figures so a rule chosen on one can be checked on the other.

    python -m storyline.eval.tempeval PATH [--limit N] [--no-parse] [--errors]
"""
from __future__ import annotations

import argparse
import re
import sys
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

from storyline.nlp.time import extract_timexes
from storyline.eval.scoring import Tally, prf, ratio


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


# Kinds of gold timex, first match wins; each names a family of phrasings, not a document.
_KIND_TESTS: list[tuple[str, str, str]] = [
    # (kind, field tested: value / text / type, regex searched in it)
    ("reference (now, recently, the future)", "value", r"(?:PRESENT|PAST|FUTURE)_REF"),
    ("set (daily, every week)", "type", r"^SET$"),
    ('"the past year" / "the next few days"', "text",
     r"(?i)\b(?:past|last|next|coming|previous|preceding|following|first|final|remaining)\s+(?:\S+\s+){0,2}?"
     r"(?:years?|months?|weeks?|days?|quarters?|decades?|hours?|minutes?)\b(?!\s+(?:ago|earlier|later))"),
    ("duration", "type", r"^DURATION$"),
    ("year/month ago, earlier", "text", r"(?i)\b(?:ago|earlier|later|before|after)\b"),
    ("quarter, half, fiscal year", "text", r"(?i)quarter|fiscal|\bhalf\b|\bperiod\b"),
    ("quarter, half, fiscal year", "value", r"\d{4}-(?:Q|H)\w"),
    ("time of day", "type", r"^TIME$"),
    ("underspecified (X in value)", "value", r"X"),
    ("week, weekend", "value", r"W"),
    ("weekday", "text", r"(?i)\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b"),
    ("day (month and day)", "value", r"^\d{4}-\d\d-\d\d$"),
    ("month, season", "value", r"^\d{4}-(?:\d\d|SP|SU|FA|WI)$"),
    ("year", "value", r"^\d{4}$"),
    ("decade, century", "value", r"^\d{2,3}$"),
]


def gold_kind(gold: GoldTimex) -> str:
    """The kind of phrasing a gold timex is, for the per-kind figures."""
    for kind, where, pattern in _KIND_TESTS:
        field_value = {"value": gold.value, "text": gold.text, "type": gold.type}[where]
        if re.search(pattern, field_value or ""):
            return kind
    return "other"


@dataclass
class KindCounts(Tally):
    """Gold-side figures of one type or kind: found (overlapped), same span, right value."""

    gold: int = 0
    relaxed: int = 0
    strict: int = 0
    value_correct: int = 0

    def row(self) -> dict:
        return {"gold": self.gold,
                "relaxed_recall": round(ratio(self.relaxed, self.gold), 4),
                "strict_recall": round(ratio(self.strict, self.gold), 4),
                "value_accuracy": round(ratio(self.value_correct, self.relaxed), 4)}


@dataclass
class Counts(Tally):
    """The whole run's figures (TE3 counting), with the gold-side figures per type and per kind."""

    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed_gold: int = 0  # gold timexes overlapped by some system timex
    relaxed_system: int = 0  # system timexes overlapping some gold timex
    value_correct: int = 0  # among relaxed-matched gold timexes
    type_correct: int = 0
    by_type: dict[str, KindCounts] = field(default_factory=dict)
    by_kind: dict[str, KindCounts] = field(default_factory=dict)


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
        groups = [counts.by_type.setdefault(g.type or "?", KindCounts()),
                  counts.by_kind.setdefault(gold_kind(g), KindCounts())]
        for group in groups:
            group.gold += 1
        if s is None:
            if errors is not None:
                errors.append(("FN", g.text, "", g.value))
            continue
        for group in groups:
            group.relaxed += 1
            group.strict += (s.start, s.end) == (g.start, g.end)
            group.value_correct += s.value == g.value
        counts.relaxed_gold += 1
        counts.value_correct += s.value == g.value
        counts.type_correct += s.type == g.type
        if errors is not None and (s.value != g.value or (s.start, s.end) != (g.start, g.end)):
            errors.append(("VAL" if s.value != g.value else "SPAN", f"{s.text} / {g.text}", s.value, g.value))


def figures(counts: Counts) -> dict:
    """TE3 figures: attribute accuracy over relaxed-matched gold timexes; attribute P and R are
    that accuracy times relaxed P and R."""
    relaxed_p, relaxed_r = ratio(counts.relaxed_system, counts.system), ratio(counts.relaxed_gold, counts.gold)
    value_accuracy = ratio(counts.value_correct, counts.relaxed_gold)
    type_accuracy = ratio(counts.type_correct, counts.relaxed_gold)
    return {
        "gold": counts.gold, "system": counts.system,
        "strict": prf(ratio(counts.strict, counts.system), ratio(counts.strict, counts.gold)),
        "relaxed": prf(relaxed_p, relaxed_r),
        "value_accuracy": round(value_accuracy, 4),
        "value": prf(value_accuracy * relaxed_p, value_accuracy * relaxed_r),
        "type_accuracy": round(type_accuracy, 4),
        "type": prf(type_accuracy * relaxed_p, type_accuracy * relaxed_r),
        "by_type": {key: kc.row() for key, kc in sorted(counts.by_type.items())},
        "by_kind": {key: kc.row() for key, kc in sorted(counts.by_kind.items(), key=lambda kv: -kv[1].gold)},
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
    root = Path(path)
    by_part: dict[str, Counts] = {}
    started = time.perf_counter()
    extraction_seconds = 0.0
    skipped = []
    for tml in paths:
        try:
            doc = read_timeml(tml)
        except (ET.ParseError, OSError, UnicodeDecodeError) as exc:
            skipped.append(f"{tml}: {exc}")
            continue
        parsed = nlp(doc.text) if nlp is not None else None
        extraction_started = time.perf_counter()
        system = extract_timexes(doc.text, doc.dct, doc_id=doc.name, parsed=parsed)
        extraction_seconds += time.perf_counter() - extraction_started
        before = len(errors) if errors is not None else 0
        score_document(doc.timexes, system, by_part.setdefault(_part_of(tml, root), Counts()), errors)
        if errors is not None:  # name the document each miss comes from
            errors[before:] = [entry + (doc.name,) for entry in errors[before:]]
    counts = Counts()
    for part_counts in by_part.values():
        counts.add(part_counts)
    result = figures(counts)
    documents = len(paths) - len(skipped)
    result.update({"documents": documents, "skipped": skipped, "parse": parse,
                   "seconds": round(time.perf_counter() - started, 1),
                   "timex_ms_per_document": round(1000 * extraction_seconds / documents, 2) if documents else 0.0})
    if len(by_part) > 1:
        result["parts"] = {name: figures(part_counts) for name, part_counts in sorted(by_part.items())}
    return result


def _part_of(path: Path, root: Path) -> str:
    """The corpus a file belongs to: its first folder under the evaluated path (TimeBank, AQUAINT)."""
    try:
        relative = path.relative_to(root)
    except ValueError:
        return ""
    return relative.parts[0] if len(relative.parts) > 1 else ""


def format_report(result: dict) -> str:
    lines = [f"TempEval-3 timexes: {result['documents']} documents, {result['gold']} gold, "
             f"{result['system']} system ({result['seconds']} s, parse={result['parse']})"]
    for name in ("strict", "relaxed", "value", "type"):
        f = result[name]
        lines.append(f"  {name:8s} P {f['precision']:.3f}  R {f['recall']:.3f}  F1 {f['f1']:.3f}")
    lines.append(f"  value accuracy (relaxed-matched gold) {result['value_accuracy']:.3f}")
    lines.append(f"  type accuracy (relaxed-matched gold)  {result['type_accuracy']:.3f}")
    lines.append(f"  time-expression stage {result.get('timex_ms_per_document', 0.0):.2f} ms/document (parse not counted)")
    for name, part in result.get("parts", {}).items():
        lines.append(f"  part {name}: {part['gold']} gold, strict F1 {part['strict']['f1']:.3f}, "
                     f"relaxed F1 {part['relaxed']['f1']:.3f}, value F1 {part['value']['f1']:.3f}, "
                     f"type F1 {part['type']['f1']:.3f}")
    for title, table in (("TIMEX3 type", result.get("by_type", {})), ("kind", result.get("by_kind", {}))):
        lines.append(f"  by {title} (gold n, found = relaxed recall, same span = strict recall, right value among found):")
        field_name = "by_type" if title == "TIMEX3 type" else "by_kind"
        for key, row in table.items():
            per_part = [f"{name} {part[field_name][key]['value_accuracy']:.3f} of {part[field_name][key]['gold']}"
                        for name, part in result.get("parts", {}).items() if key in part[field_name]]
            lines.append(f"    {key:42s} n {row['gold']:4d}  found {row['relaxed_recall']:.3f}  "
                         f"same span {row['strict_recall']:.3f}  value {row['value_accuracy']:.3f}"
                         + (f"  ({', '.join(per_part)})" if per_part else ""))
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
