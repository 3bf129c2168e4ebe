"""The positions a round's code adds or removes on a store, as sheet rows to judge by reading.

    python scripts/positions_new_rows.py --pair polnear_dev BEFORE_SRC base_polnear.db AFTER_SRC new_polnear.db \
        --pair bpoil_foxnews BEFORE_SRC base_fox.db AFTER_SRC new_fox.db > rows.tsv

Each store is read with the code that made it (BEFORE_SRC / AFTER_SRC: a `src` folder of that commit, e.g. from
`git archive COMMIT | tar -x -C DIR`), through `storyline positions --all --format csv` (the listed ones with
`--format csv`), so the rows are what a user gets. `recall_article` marks the 20 articles of
docs/judged/positions-recall.md (development data); the others are the held-out check."""
from __future__ import annotations

import argparse
import csv
import io
import os
import subprocess
import sys

RECALL_ARTICLES = {"b0bb41299105", "a424bc42f9be", "039ffdde930b", "4c8871b7d43c", "0e0a15d32545", "93d1efd60277",
                   "15d4f9d7923b", "6070edfc0bd8", "a90ed65b831e", "a33936b2172d",  # PolNeAR dev --articles 10 --seed 14
                   "304cd1552ea6", "051852040ded", "11b8b189127f", "dec68e3af7e3", "1d5673bb1635", "fd2117f9ec45",
                   "3370c964f1c7", "cb942cbefa19", "b24f5a4bf342", "25edbfd60871"}  # bpoil_foxnews, named there


def positions(src: str, db: str, listed: bool) -> dict[tuple, dict]:
    env = dict(os.environ, PYTHONPATH=src)
    out = subprocess.run(["storyline", "positions", "--db", db, "--format", "csv"] + ([] if listed else ["--all"]),
                         capture_output=True, text=True, env=env, check=True).stdout
    return {(r["actor"], r["issue (family)"], r["stance"], r["doc"], r["evidence"]): r
            for r in csv.DictReader(io.StringIO(out))}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pair", nargs=5, action="append", required=True,
                        metavar=("NAME", "BEFORE_SRC", "BEFORE_DB", "AFTER_SRC", "AFTER_DB"))
    args = parser.parse_args(argv)
    writer = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
    writer.writerow(["n", "store", "change", "actor", "issue (family)", "stance", "listed", "doc", "recall_article",
                     "evidence", "judgement", "note"])
    n = 0
    for name, before_src, before_db, after_src, after_db in args.pair:
        before, after = positions(before_src, before_db, False), positions(after_src, after_db, False)
        listed = {**positions(before_src, before_db, True), **positions(after_src, after_db, True)}
        print(f"{name}: {len(before)} positions before, {len(after)} after", file=sys.stderr)
        for change, rows, other in (("new", after, before), ("removed", before, after)):
            for key in sorted(set(rows) - set(other)):
                row, n = rows[key], n + 1
                writer.writerow([n, name, change, row["actor"], row["issue (family)"], row["stance"],
                                 "yes" if key in listed else "no", row["doc"][:12],
                                 "yes" if row["doc"][:12] in RECALL_ARTICLES else "no",
                                 " ".join(row["evidence"].split()), "", ""])
    return 0


if __name__ == "__main__":
    sys.exit(main())
