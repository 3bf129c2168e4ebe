"""Every wrong TIMEX3 value on TempEval-3, sorted by kind and counted per corpus (docs/time.md).

    python scripts/tempeval_errors.py ../shared/datasets/tempeval3/TBAQ-cleaned [--list] [--context]

Runs the product's extractor (`storyline.nlp.time.extract_timexes` over the spaCy parse ingest
uses) on each .tml file, pairs each gold timex with its system partner the way
`storyline eval tempeval` does, and puts every gold timex whose partner has another value into
one kind (first test that fits wins). TimeBank is the development part, AQUAINT the held-out
part: the table gives each its own column so a rule chosen on one is checked on the other.
Gold timexes no system timex overlaps (misses) and system timexes overlapping no gold (false
alarms) are counted beside, by their text's kind.

--list prints each error (kind, part, document, system text, gold text, system value, gold
value); --context adds the sentence around it.
"""
from __future__ import annotations

import argparse
import re
from collections import Counter
from pathlib import Path

from storyline.eval.tempeval import _part_of, _partner, find_documents, read_timeml
from storyline.nlp.spacy_model import load_spacy
from storyline.nlp.time import extract_timexes

_WEEKDAY = re.compile(r"(?i)\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b")
_PAST_YEAR = re.compile(r"(?i)\b(?:past|last|next|coming|previous|recent|few|several)\b.*\b(?:years?|months?|weeks?|days?|quarters?|decades?|hours?)\b")
_RELATIVE_DAY = re.compile(r"(?i)\b(?:yesterday|today|tomorrow|tonight|(?:the\s+)?(?:day|morning|night)\s+(?:before|after|earlier|later)|(?:a|one|two|\w+)\s+days?\s+(?:earlier|later|ago|before|after)|that\s+day|the\s+next\s+(?:day|morning))\b")
_AGO = re.compile(r"(?i)\b(?:ago|earlier|later|year-earlier|year-ago|last\s+year|this\s+year|next\s+year)\b")
_MONTH_ONLY = re.compile(r"^\d{4}-(?:0[1-9]|1[0-2])$")


def value_error_kind(text: str, gold_type: str, system_value: str, gold_value: str) -> str:
    """The kind of one wrong value, from the gold phrase and the two values."""
    values = (system_value or "", gold_value or "")
    if any("_REF" in v for v in values):
        return "PRESENT/PAST/FUTURE_REF"
    if gold_type == "SET":
        return "set"
    if any(v.startswith("P") for v in values):
        if all(v.startswith("P") for v in values):
            return "duration: wrong amount or unit"
        return "duration vs point in time"
    if re.search(r"\dX|-XX|WXX|XXXX", gold_value or ""):
        return "underspecified gold (X in value)"
    if "T" in gold_value or "T" in (system_value or ""):
        return "time of day / part of day"
    if any(re.search(r"-Q|-H\d", v) for v in values) or re.search(r"(?i)quarter|period|fiscal", text):
        return "quarter, half, fiscal year, 'the period'"
    if re.fullmatch(r"\d{2,3}X?", gold_value or "") or re.fullmatch(r"\d{2,3}X?", system_value or ""):
        return "decade, century"
    if any("W" in v for v in values):
        return "week ('last week', 'this week')"
    if system_value and gold_value and (system_value.startswith(gold_value) or gold_value.startswith(system_value)):
        return "granularity (same time, finer or coarser)"
    if _WEEKDAY.search(text):
        return "weekday resolved to another week"
    if _RELATIVE_DAY.search(text):
        return "relative day ('yesterday', 'the day before')"
    if _PAST_YEAR.search(text):
        return "'the past year', 'the next few days'"
    if _AGO.search(text):
        return "'a year ago', 'last year': anchor or granularity"
    if _MONTH_ONLY.match(gold_value or "") or re.search(r"^\d{4}-\d\d-\d\d$", gold_value or "") and not re.search(r"\d{4}", text):
        return "month or day without a year: wrong year"
    return "other (explicit date read wrong)"


def text_kind(text: str) -> str:
    """Kind of a missed or falsely found phrase."""
    lowered = text.lower()
    if re.fullmatch(r"(?:now|currently|current|recent|recently|previously|earlier|once|soon|future|the future|already|yet|presently|"
                    r"the near term|the short term|the time|then|as soon as possible|a later date)", lowered):
        return "reference word (now, recent, soon, ...)"
    if re.search(r"(?:daily|weekly|monthly|annually|quarterly|yearly)", lowered):
        return "set word (daily, annually)"
    if _WEEKDAY.search(text):
        return "weekday"
    if re.search(r"(?i)\b(?:day|week|month|year|quarter|decade|hour|minute)s?\b", text):
        return "unit phrase ('that day', 'years', 'the year')"
    return "other"


def collect(path: str) -> list[dict]:
    """One row per gold timex that is missed or wrongly valued, and per false alarm."""
    nlp = load_spacy()
    root = Path(path)
    rows: list[dict] = []
    for tml in find_documents(path):
        document = read_timeml(tml)
        system = extract_timexes(document.text, document.dct, doc_id=document.name, parsed=nlp(document.text))
        part = _part_of(tml, root) or "-"

        def sentence(start: int, end: int) -> str:
            left = max(document.text.rfind(".", 0, start), document.text.rfind("\n", 0, start)) + 1
            right = document.text.find(".", end)
            return " ".join(document.text[left:right + 1 if right >= 0 else len(document.text)].split())

        for gold in document.timexes:
            partner = _partner(gold, system)
            if partner is None:
                rows.append({"what": "miss", "kind": text_kind(gold.text), "part": part, "doc": document.name,
                             "system_text": "", "gold_text": gold.text, "system": "", "gold": gold.value,
                             "sentence": sentence(gold.start, gold.end)})
            elif partner.value != gold.value:
                rows.append({"what": "value", "kind": value_error_kind(gold.text, gold.type, partner.value, gold.value),
                             "part": part, "doc": document.name, "system_text": partner.text, "gold_text": gold.text,
                             "system": partner.value, "gold": gold.value, "sentence": sentence(gold.start, gold.end)})
        for found in system:
            if not any(found.start < g.end and g.start < found.end for g in document.timexes):
                rows.append({"what": "false alarm", "kind": text_kind(found.text), "part": part, "doc": document.name,
                             "system_text": found.text, "gold_text": "", "system": found.value, "gold": "",
                             "sentence": sentence(found.start, found.end)})
    return rows


def table(rows: list[dict]) -> str:
    parts = sorted({row["part"] for row in rows})
    lines = []
    for what in ("value", "miss", "false alarm"):
        counts = Counter((row["kind"], row["part"]) for row in rows if row["what"] == what)
        kinds = Counter(row["kind"] for row in rows if row["what"] == what)
        total = sum(kinds.values())
        lines.append(f"{what} errors: {total}  (" + ", ".join(
            f"{part} {sum(n for (k, p), n in counts.items() if p == part)}" for part in parts) + ")")
        for kind, n in kinds.most_common():
            lines.append(f"  {kind:52s} {n:4d}  " + "  ".join(f"{part} {counts[(kind, part)]:3d}" for part in parts))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path")
    parser.add_argument("--list", action="store_true", help="print every error")
    parser.add_argument("--context", action="store_true", help="with --list, the sentence around each error")
    args = parser.parse_args(argv)
    rows = collect(args.path)
    if args.list:
        for row in sorted(rows, key=lambda r: (r["what"], r["kind"], r["part"], r["doc"])):
            print("\t".join([row["what"], row["kind"], row["part"], row["doc"], row["system_text"], row["gold_text"],
                             row["system"], row["gold"]] + ([row["sentence"]] if args.context else [])))
    print(table(rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
