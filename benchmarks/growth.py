"""How adding the same documents costs as the store grows: the same JSONL ingested into a copy of
each given store, the store writes and the story step timed apart (wall and CPU seconds).

    python /work/shared/tools/t17_to_jsonl.py /work/shared/datasets/timeline17/bpoil_reuters -n 100 -o r100.jsonl
    python benchmarks/growth.py r100.jsonl --stores 10k.db,100k.db --workdir /tmp/growth

Each store is copied into `--workdir` first with its search index file (the originals are only
read) and measured in its own
process: `ingest` with the story left alone (parse, analysis, store writes, the copy index), then
`build_story_if_needed`, as `storyline ingest` does after its last document. `--mark-story` first
records every stored document as in the story (for stores grown by copying rows, e.g.
`export_memory.build`, whose story marker still names the base store): the story step then adds
the new documents to the stored story instead of rebuilding it over every copy. `--in-place`
measures the given stores themselves (for stores of several GB; keep a copy to measure again):
analysed stores made by `analysed_store.py` already carry their story marker.
"""
from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import run as bench  # noqa: E402


def child(jsonl: str, db: str, jobs: int, profile: str = "") -> dict:
    import cProfile
    import pstats

    from storyline.pipeline import SpacyExecutor, ingest
    from storyline.nlp.spacy_model import load_spacy
    from storyline.story.build import build_story_if_needed
    from storyline.store import Store

    sampler = bench.TreeMemory()
    store = Store(db)
    before = store.document_count()
    nlp = load_spacy() if jobs == 1 else None
    wall, cpu = time.perf_counter(), time.process_time()
    errors: list[str] = []
    summary = ingest(store, [jsonl], SpacyExecutor(nlp, n_process=jobs), on_error=errors.append, story="none")
    ingest_wall, ingest_main_cpu = time.perf_counter() - wall, time.process_time() - cpu
    profiler = cProfile.Profile(time.process_time) if profile else None
    wall, cpu = time.perf_counter(), time.process_time()
    if profiler:
        profiler.enable()
    done = build_story_if_needed(store, force=True)
    story_wall, story_cpu = time.perf_counter() - wall, time.process_time() - cpu
    if profiler:
        profiler.disable()
        with open(profile, "w", encoding="utf-8") as out:
            pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(60)
    after = store.document_count()
    store.close()
    return {"store_before": before, "store_after": after, "new": summary.new, "failed": summary.failed,
            "errors": errors[:3], "ingest_wall_s": round(ingest_wall, 2), "ingest_main_cpu_s": round(ingest_main_cpu, 2),
            "store_cpu_s": round(summary.cpu_seconds.get("store", 0.0), 2),
            "stage_cpu_s": {stage: round(value, 2) for stage, value in sorted(summary.cpu_seconds.items())},
            "story_wall_s": round(story_wall, 2), "story_cpu_s": round(story_cpu, 2), "story_done": done,
            "total_wall_s": round(ingest_wall + story_wall, 2), "cpu_s_with_workers": round(sampler.cpu_seconds(), 1),
            "peak_memory": bench.peak_rss_mb(sampler), "loadavg_1min": round(__import__("os").getloadavg()[0], 2)}


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "_child":
        print(json.dumps(child(*sys.argv[2:4], int(sys.argv[4]), *sys.argv[5:6])))
        return
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("jsonl")
    parser.add_argument("--stores", required=True, help="comma-separated store files (copied, never written);"
                        " a store named again is measured again from its original (A,B,A,B shows the noise)")
    parser.add_argument("--workdir", default="/tmp/storyline-growth")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--mark-story", action="store_true", help="record every stored document as in the story first")
    parser.add_argument("--in-place", action="store_true",
                        help="measure the given stores themselves (they are written to): for stores too large to copy")
    parser.add_argument("--profile", action="store_true",
                        help="profile the story step (CPU time) into <workdir>/<store>.<run>.prof.txt")
    parser.add_argument("--note", default="", help="how the stores were made (written to RESULTS.md)")
    args = parser.parse_args()
    if args.in_place and len(set(args.stores.split(","))) < len(args.stores.split(",")):
        parser.error("--in-place measures a store once: the second run would add the same documents again")
    workdir = Path(args.workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    rows = []
    for run, original in enumerate(args.stores.split(",")):
        copy = Path(original) if args.in_place else workdir / Path(original).name
        copied_files = []
        if not args.in_place:
            shutil.copyfile(original, copy)
            # the store as it stands, with its search index file: without it, the first ingest into a
            # large copy would build the index over every stored vector, which no ingest into that store does
            from storyline.search_index import index_files

            copied_files = [copy]
            for source, target in zip(index_files(original), index_files(str(copy))):
                if source.exists():
                    shutil.copyfile(source, target)
                    copied_files.append(target)
        if args.mark_story:
            from storyline.story.build import STORY_MARKER, story_marker
            from storyline.store import Store

            store = Store(copy)
            with store.transaction():
                store.set_state(STORY_MARKER, story_marker(store))
            store.close()
        profile = [str(workdir / f"{Path(original).name}.{run}.prof.txt")] if args.profile else []
        done = subprocess.run([sys.executable, __file__, "_child", args.jsonl, str(copy), str(args.jobs), *profile],
                              capture_output=True, text=True)
        if done.returncode != 0:
            raise SystemExit(f"{original}: {done.stderr[-2000:]}")
        row = {"store": original, **json.loads(done.stdout.strip().splitlines()[-1])}
        print(json.dumps(row), flush=True)
        rows.append(row)
        for path in copied_files:
            path.unlink()
    by_store: dict[str, list[dict]] = {}
    for row in rows:
        by_store.setdefault(row["store"], []).append(row)
    if len(by_store) >= 2:  # the largest store against the smallest, each the mean of its runs
        ordered = sorted(by_store.values(), key=lambda runs: runs[0]["store_before"])
        first, last = ordered[0], ordered[-1]
        mean = lambda runs, key: sum(run[key] for run in runs) / len(runs)  # noqa: E731
        ratios = {key: round(mean(last, key) / mean(first, key), 2) for key in (
            "total_wall_s", "ingest_wall_s", "ingest_main_cpu_s", "store_cpu_s", "story_wall_s", "story_cpu_s",
            "cpu_s_with_workers") if mean(first, key)}
        for key, value in ratios.items():
            print(f"{key}: {last[0]['store_before']} vs {first[0]['store_before']} documents"
                  f" (mean of {len(last)} and {len(first)} runs): {value}x")
        bench.RESULTS.mkdir(parents=True, exist_ok=True)
        (bench.RESULTS / "growth.json").write_text(json.dumps({
            "environment": bench.environment(), "note": args.note, "rows": rows, "ratios": ratios,
            "command": "python benchmarks/growth.py " + " ".join(
                sys.argv[1:sys.argv.index("--note")] if "--note" in sys.argv else sys.argv[1:]) + " --note ..."},
            indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
