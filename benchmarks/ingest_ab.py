"""Whole one-process ingests by two source trees in turn, with bare `nlp.pipe` runs between them: what a change
costs the ingest as a user runs it (store and story step included), paired so that the machine's drift cannot tilt it.

    git archive main src | tar -x -C /tmp/a ; git archive HEAD src | tar -x -C /tmp/b
    python benchmarks/ingest_ab.py /tmp/a /tmp/b sample.jsonl --rounds 3

Why: `run.py` measures bare and ingest runs of one tree; on this shared two-core machine its single repeats of the same
code spread from 0.62 to 0.99 (session 49), far more than a cut of a few per cent, and `analysis_ab.py` pairs only the
analysis stages. Here each round runs A's ingest, B's ingest (the order alternating between rounds) and a bare parse,
each in a process of its own, and takes the CPU time (user + system) of the whole process, its imports and model load
included, as `/usr/bin/time` would. The report gives each run's CPU, each round's paired difference (B - A) and the
least CPU of each kind with the ratios bare / ingest. The bare parse is `load_spacy(as_shipped=True)` with
`nlp.pipe(batch_size=16)`, as `run.py` runs it. Not part of the test suite.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
from pathlib import Path


def bare_parse(jsonl: Path) -> int:
    """The bare parse as `run.py` runs it, in this process (`--bare FILE`: also what an instruction count runs)."""
    from storyline.nlp.spacy_model import load_spacy

    texts = [json.loads(line)["text"] for line in open(jsonl, encoding="utf-8")]
    nlp = load_spacy(as_shipped=True)
    return sum(1 for _ in nlp.pipe(texts, batch_size=16))


def child_cpu(command: list[str], tree: Path) -> float:
    """CPU seconds (user + system) of one child process and the processes it waited for."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    env = {**os.environ, "PYTHONPATH": str(tree / "src")}
    subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return round(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime, 2)


def ingest_cpu(tree: Path, jsonl: Path, workdir: Path) -> float:
    db = workdir / f"{tree.name}.db"
    for path in workdir.glob(f"{tree.name}.db*"):
        path.unlink()
    return child_cpu([sys.executable, "-m", "storyline", "ingest", str(jsonl), "--db", str(db), "--jobs", "1",
                      "--no-progress"], tree)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("tree_a", type=Path, nargs="?", help="a source tree holding src/storyline (the base)")
    parser.add_argument("tree_b", type=Path, nargs="?", help="another (the change)")
    parser.add_argument("jsonl", type=Path, nargs="?")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--bare", type=Path, metavar="FILE", help="only the bare parse of FILE, in this process")
    args = parser.parse_args(argv)
    if args.bare:
        print(bare_parse(args.bare))
        return 0
    if args.jsonl is None:
        parser.error("two source trees and a JSONL file, or --bare FILE")
    runs: dict[str, list[float]] = {"A": [], "B": [], "bare": []}
    bare = [sys.executable, str(Path(__file__).resolve()), "--bare", str(args.jsonl)]
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        for n in range(args.rounds):
            order = [("A", args.tree_a), ("B", args.tree_b)]
            for name, tree in order if n % 2 == 0 else reversed(order):
                runs[name].append(ingest_cpu(tree, args.jsonl, workdir))
            runs["bare"].append(child_cpu(bare, args.tree_b))
            print(json.dumps({"round": n + 1, **{k: v[-1] for k, v in runs.items()},
                              "load": round(os.getloadavg()[0], 2)}), flush=True)
    least = {k: min(v) for k, v in runs.items()}
    print(json.dumps({"least_cpu": least, "paired_b_minus_a": [round(b - a, 2) for a, b in zip(runs["A"], runs["B"])],
                      "ratio_bare_over_ingest": {"A": round(least["bare"] / least["A"], 3),
                                                 "B": round(least["bare"] / least["B"], 3)},
                      "jsonl": str(args.jsonl), "rounds": args.rounds}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
