"""Compare settings of the summarised timeline on Timeline17's tuning half (docs/timeline.md).

    python scripts/timeline17_settings.py ../shared/datasets/timeline17

Reruns `storyline eval timeline17` over its cached stores (ingesting them first if the analysis
code changed) once per setting of `story.timeline` below, and prints the tuning and held-out
halves' AR1-F / AR2-F / Date-F1 for each: choose on the tuning half, report both.
"""
from __future__ import annotations

import argparse

import storyline.story.timeline as timeline
from storyline.eval import timeline17

SETTINGS = [
    {},
    {"TOPIC_TERMS": 0}, {"TOPIC_TERMS": 5}, {"TOPIC_TERMS": 20},
    {"LEAD_SENTENCES": 5}, {"LEAD_SENTENCES": 1000},
    {"PUBLICATION_LAG_DAYS": 0},
    {"REDUNDANCY_LIMIT": 0.3}, {"REDUNDANCY_LIMIT": 0.7},
    {"MIN_TOKENS": 10}, {"MAX_TOKENS": 60},
    {"MAX_QUOTED_WORDS": 2}, {"MAX_QUOTED_WORDS": 7}, {"MAX_QUOTED_WORDS": 10_000},
    {"DATE_EVIDENCE_WEIGHTS": {"sentences_mentioning": 1.0, "documents_mentioning": 2.0, "documents_published": 0.0}},
    {"DATE_EVIDENCE_WEIGHTS": {"sentences_mentioning": 1.0, "documents_mentioning": 2.0, "documents_published": 1.0}},
    {"DATE_EVIDENCE_WEIGHTS": {"sentences_mentioning": 0.0, "documents_mentioning": 2.0, "documents_published": 0.5}},
]


def figures(half: dict) -> str:
    return (f"{half['align_m1_rouge_1']['f_score']:.3f} / {half['align_m1_rouge_2']['f_score']:.3f}"
            f" / {half['date']['f_score']:.3f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python scripts/timeline17_settings.py")
    parser.add_argument("path")
    parser.add_argument("--cache-dir", default=None)
    args = parser.parse_args(argv)
    print("setting | tuning half AR1-F / AR2-F / Date-F1 | held-out half")
    for setting in SETTINGS:
        saved = {name: getattr(timeline, name) for name in setting}
        for name, value in setting.items():
            setattr(timeline, name, value)
        try:
            halves = timeline17.run(args.path, cache_dir=args.cache_dir)["halves"]
        finally:
            for name, value in saved.items():
                setattr(timeline, name, value)
        print(f"{setting or 'defaults'} | {figures(halves['tune'])} | {figures(halves['held-out'])}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
