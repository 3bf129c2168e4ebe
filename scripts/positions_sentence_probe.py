"""Each judged sheet row's evidence sentence alone through `extract_claims`, to put changed rows to a rule change.

    PYTHONPATH=BEFORE_SRC python scripts/positions_sentence_probe.py run --sheet A.tsv --sheet B.tsv > before.jsonl
    PYTHONPATH=AFTER_SRC python scripts/positions_sentence_probe.py run --sheet A.tsv --sheet B.tsv > after.jsonl
    python scripts/positions_sentence_probe.py diff before.jsonl after.jsonl

`run` parses each row's sentence as a document of its own (as tests/test_story_positions.py's `claims_of` does:
entities, quotes, timexes, then `extract_claims`), so context from the article (pronouns, names given earlier) is
missing: a check of what a rule does to a sentence, not the product's output (re-ingest the articles for that,
scripts/positions_sheet_recount.py). `diff` prints every row whose claims changed and counts rows by (judgement,
listed before, listed after): a row counts listed when a listed claim has its issue and stance and the row actor's
last name is in the holder's words."""
from __future__ import annotations

import argparse
import json
import sys


def run(args) -> int:
    sys.path.insert(0, __file__.rsplit("/", 1)[0])
    from positions_sheet_recount import sheet_rows
    from storyline.model import Document
    from storyline.nlp.entities import extract_mentions
    from storyline.nlp.quotes import extract_quotes
    from storyline.nlp.spacy_model import load_spacy
    from storyline.nlp.time import extract_timexes
    from storyline.story.positions import extract_claims

    nlp = load_spacy()
    for row in sheet_rows(args.sheet):
        text = " ".join(row["evidence"].split())
        doc = Document(id="t", source="t", text=text, published=args.published)
        parsed = nlp(text)
        mentions = extract_mentions(parsed, doc.id)
        quotes = extract_quotes(parsed, doc.id, mentions=mentions)
        claims = extract_claims(parsed, doc, extract_timexes(text, args.published, doc.id, parsed), mentions, quotes)
        print(json.dumps({"sheet": row["sheet"], "n": row["n"], "actor": row["actor"], "issue": row["issue"],
                          "stance": row["stance"], "judgement": row["judgement"], "evidence": text,
                          "claims": [[c.holder_text, c.issue, c.issue_family, c.stance, c.earlier, c.listed]
                                     for c in claims]}), flush=True)
    return 0


def _listed(row: dict, claims: list) -> bool:
    last = row["actor"].split()[-1].lower() if row["actor"].split() else ""
    return any(c[5] and c[1] == row["issue"] and c[3] == row["stance"] and last in c[0].lower() for c in claims)


def diff(args) -> int:
    before = [json.loads(line) for line in open(args.before, encoding="utf-8")]
    after = [json.loads(line) for line in open(args.after, encoding="utf-8")]
    counts: dict[tuple, int] = {}
    for old, new in zip(before, after):
        state = (old["judgement"], _listed(old, old["claims"]), _listed(old, new["claims"]))
        counts[state] = counts.get(state, 0) + 1
        if old["claims"] != new["claims"]:
            print(f'{old["sheet"]} {old["n"]} {old["judgement"]} [{old["actor"]} | {old["issue"]} | {old["stance"]}] '
                  f'listed {state[1]} -> {state[2]}\n  before: {old["claims"]}\n  after:  {new["claims"]}\n  {old["evidence"]}')
    print(f"{min(len(before), len(after))} rows; judgement, listed before, listed after: rows", file=sys.stderr)
    for state in sorted(counts, key=str):
        print(*state, counts[state], file=sys.stderr)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    probe = sub.add_parser("run")
    probe.add_argument("--sheet", action="append", required=True)
    probe.add_argument("--published", default="2016-06-01")
    compare = sub.add_parser("diff")
    compare.add_argument("before")
    compare.add_argument("after")
    args = parser.parse_args(argv)
    return run(args) if args.command == "run" else diff(args)


if __name__ == "__main__":
    sys.exit(main())
