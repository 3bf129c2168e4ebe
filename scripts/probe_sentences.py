"""Probe sentences through `extract_claims`, each after one context sentence that names the people in full (as an
article's first mention does), to see what the positions rules make of a construction before and after a change.

    PYTHONPATH=BEFORE_SRC python scripts/probe_sentences.py docs/judged/probes-peace-talks.txt > before.jsonl
    PYTHONPATH=AFTER_SRC python scripts/probe_sentences.py docs/judged/probes-peace-talks.txt > after.jsonl
    python scripts/probe_sentences.py --compare before.jsonl after.jsonl

The probe file: one sentence per line; a line "context: ..." sets the sentence put before the following ones;
blank lines and lines starting with "#" are skipped. As in tests/test_story_positions.py, each probe is a document
of its own (no article around it), so this checks rules, not the product's output on real coverage."""
from __future__ import annotations

import argparse
import json
import sys


def probes(path: str) -> list[tuple[str, str]]:
    context, found = "", []
    for line in open(path, encoding="utf-8"):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("context:"):
            context = line.removeprefix("context:").strip()
            if context and context[-1] not in ".!?":
                context += "."  # a list of names ends its own sentence, or the parser runs it into the probe's
            continue
        found.append((context, line))
    return found


def run(path: str, published: str) -> None:
    from storyline.model import Document
    from storyline.nlp.entities import extract_mentions
    from storyline.nlp.quotes import extract_quotes
    from storyline.nlp.spacy_model import load_spacy
    from storyline.nlp.time import extract_timexes
    from storyline.story.positions import extract_claims

    nlp = load_spacy()
    for context, sentence in probes(path):
        text = f"{context} {sentence}".strip()
        doc = Document(id="probe", source="probe", text=text, published=published)
        parsed = nlp(text)
        mentions = extract_mentions(parsed, doc.id)
        quotes = extract_quotes(parsed, doc.id, mentions=mentions)
        claims = extract_claims(parsed, doc, extract_timexes(text, published, doc.id, parsed), mentions, quotes)
        start = len(text) - len(sentence)
        rows = [[c.holder_text, c.issue, c.stance, _when(c), c.listed] for c in claims if c.start >= start]
        print(json.dumps({"sentence": sentence, "claims": rows}), flush=True)


def _when(claim) -> str:
    if claim.date:
        return claim.date
    return "..".join(map(str, claim.date_range)) if claim.date_range else "before" if claim.earlier else ""


def _shown(claims: list) -> str:
    return "; ".join(f"{h} / {i} / {s}" + (f" / {d}" if d else "") + ("" if listed else " (unlisted)")
                     for h, i, s, d, listed in claims) or "—"


def compare(before: str, after: str) -> None:
    old = [json.loads(line) for line in open(before, encoding="utf-8")]
    new = [json.loads(line) for line in open(after, encoding="utf-8")]
    print("| sentence | before | after |\n|---|---|---|")
    for a, b in zip(old, new):
        mark = "" if a["claims"] == b["claims"] else " **changed**"
        print(f'| {a["sentence"]} | {_shown(a["claims"])} | {_shown(b["claims"])}{mark} |')
    listed = [sum(any(c[4] for c in row["claims"]) for row in rows) for rows in (old, new)]
    print(f"\n{len(old)} probes; with a listed position: {listed[0]} before, {listed[1]} after")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("probes", nargs="?")
    parser.add_argument("--published", default="2025-11-28")
    parser.add_argument("--compare", nargs=2, metavar=("BEFORE", "AFTER"))
    args = parser.parse_args()
    if args.compare:
        compare(*args.compare)
    elif args.probes:
        run(args.probes, args.published)
    else:
        parser.error("a probe file or --compare BEFORE AFTER")
    return 0


if __name__ == "__main__":
    sys.exit(main())
