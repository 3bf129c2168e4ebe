"""CPU per 1,000 words of each analysis stage for two source trees, in one process, document by
document in turn: a paired comparison that the machine's load cannot tilt.

    git archive main | tar -x -C /tmp/a ; git archive HEAD | tar -x -C /tmp/b
    python benchmarks/analysis_ab.py /tmp/a /tmp/b fox60.jsonl --repeat 7

Why: on a shared two-core machine, `analysis_stages.py` run from two trees in turn moved by 10-20 %
between runs of the same code (session 37: quotes 0.0498-0.0593 CPU s per 1,000 words for one
tree, three runs), far more than an output-neutral cut of a few per cent. Here both trees analyse
the same cached parse one right after the other (which goes first alternates), so both see the
same load; the report gives each stage's lowest total over the repeats and each repeat's paired
difference (B - A). Each tree is imported whole into its own set of `storyline.*` modules, and
before each document `sys.modules` points at that tree's set, so the imports the analysis makes
inside its functions resolve to the same tree. The parses come from `analysis_stages.parses` (the
same DocBin cache, `JSONL.docbin`); both trees' analyses of the first repeat are hashed as
`analysis_stages.py --digest` does (the md5s must be equal; they differ from that script's when
the JSONL is named by another path, which `Document.source` holds). Not part of the test suite.
"""
from __future__ import annotations

import argparse
import gc
import hashlib
import importlib
import json
import os
import pkgutil
import sys
from dataclasses import replace
from pathlib import Path

STAGES = ("time", "entities", "quotes", "events", "claims")


def load_tree(root: str) -> dict:
    """Every module of the `storyline` package under `root`/src, imported from there; returns them by
    name (a module that cannot be imported here, such as one needing an optional dependency, is left
    out and named on standard error). spaCy refuses a second factory of the same name: the second
    tree's factories are not registered (the pipeline only reads the cached parses)."""
    for name in [name for name in sys.modules if name == "storyline" or name.startswith("storyline.")]:
        del sys.modules[name]
    src = str(Path(root).resolve() / "src")
    sys.path.insert(0, src)
    try:
        package = importlib.import_module("storyline")
        for info in pkgutil.walk_packages(package.__path__, "storyline."):
            if info.name.endswith("__main__"):
                continue  # runs the command line
            try:
                importlib.import_module(info.name)
            except Exception as error:  # noqa: BLE001 - an optional module
                print(f"{root}: {info.name} not loaded ({type(error).__name__})", file=sys.stderr)
    finally:
        sys.path.pop(0)
    modules = {name: module for name, module in sys.modules.items()
               if name == "storyline" or name.startswith("storyline.")}
    elsewhere = [name for name, module in modules.items()
                 if not (getattr(module, "__file__", None) or src).startswith(src)]
    if elsewhere:
        raise SystemExit(f"{root}: modules loaded from another tree: {elsewhere[:5]}")
    return modules


def tolerate_second_factories() -> None:
    """`Language.factory` of a name already registered (the second tree's) leaves the first one."""
    from spacy.language import Language

    register = Language.factory.__func__

    def factory(cls, name, *args, **kwargs):
        add = register(cls, name, *args, **kwargs)

        def add_unless_known(function):
            try:
                return add(function)
            except ValueError:  # spaCy's E004: a factory of this name exists
                return function
        return add_unless_known

    Language.factory = classmethod(factory)


def analyse(modules: dict, parse, doc, digest=None) -> dict[str, float]:
    """One document's analysis by one tree, from a fresh parse state; its CPU per stage."""
    sys.modules.update(modules)
    analysis, component = modules["storyline.analysis"], modules["storyline.nlp.time.component"]
    parse.user_data.clear()
    for key in list(parse.spans):
        del parse.spans[key]
    document = replace(doc)
    clock = analysis.StageClock()
    component.timexes_of(parse, document)
    clock.lap("time")
    result = analysis.analyze_parsed(parse, document, clock)
    if digest is not None:
        digest.update(repr(result).encode() + repr(document).encode())
    return clock.seconds


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("tree_a", help="a source tree (holding src/storyline)")
    parser.add_argument("tree_b")
    parser.add_argument("jsonl")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)

    tolerate_second_factories()
    trees = {"A": load_tree(args.tree_a), "B": load_tree(args.tree_b)}
    sys.modules.update(trees["B"])
    sys.path.insert(0, str(Path(__file__).parent))
    from analysis_stages import parses

    ensure_analysis = trees["B"]["storyline.analysis"].ensure_analysis
    nlp = ensure_analysis(trees["B"]["storyline.nlp.spacy_model"].load_spacy())
    clean = trees["B"]["storyline.clean"].clean_document
    docs = [clean(raw) for raw in trees["B"]["storyline.ingest.readers"].read_inputs([args.jsonl])]
    parsed = parses(args.jsonl, Path(args.jsonl + ".docbin"), nlp, [doc.text for doc in docs])
    words = sum(len(doc.text.split()) for doc in docs)
    gc.collect()
    gc.freeze()  # as the CLI's ingest does once its pipeline is loaded

    digests = {which: hashlib.md5() for which in trees}
    lowest: dict[str, dict[str, float]] = {which: {} for which in trees}
    paired = []
    for repeat in range(args.repeat):
        spent = {which: dict.fromkeys(STAGES, 0.0) for which in trees}
        for k, (doc, parse) in enumerate(zip(docs, parsed)):
            for which in ("A", "B") if (k + repeat) % 2 == 0 else ("B", "A"):
                seconds = analyse(trees[which], parse, doc, digests[which] if repeat == 0 else None)
                for stage, cpu in seconds.items():
                    spent[which][stage] = spent[which].get(stage, 0.0) + cpu
        for which in trees:
            for stage, cpu in spent[which].items():
                lowest[which][stage] = min(lowest[which].get(stage, cpu), cpu)
        paired.append({stage: round(spent["B"][stage] - spent["A"][stage], 3) for stage in spent["A"]})

    def per_1000(seconds: dict[str, float]) -> dict[str, float]:
        figures = {stage: round(1000 * cpu / words, 4) for stage, cpu in seconds.items()}
        figures["total"] = round(sum(figures.values()), 4)
        return figures

    print(json.dumps({"jsonl": os.path.basename(args.jsonl), "documents": len(docs), "words": words,
                      "repeat": args.repeat, "loadavg": [round(x, 2) for x in os.getloadavg()],
                      "lowest_cpu_s_per_1000_words": {which: per_1000(lowest[which]) for which in trees},
                      "paired_cpu_s_b_minus_a": paired,
                      "analysis_md5": {which: digest.hexdigest() for which, digest in digests.items()}}, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
