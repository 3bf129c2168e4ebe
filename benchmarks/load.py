"""Load on the web server: many clients, many GETs on loopback, errors, latency and server memory.

    python benchmarks/load.py --documents 1000 --clients 16 --requests 2000 --workdir /tmp/storyline-load

1. A store of `--documents` documents: `--real` re-sampled news articles (corpus.py) really
   ingested with `storyline ingest`, then time-shifted copies of them (scale.py's
   `add_shifted_copy`) added to the story until the size is reached. A store already in the
   workdir with enough documents is reused.
2. `storyline serve` on a free loopback port, in its own process. Its resident memory is read
   from /proc once it answers and has settled (the sentence encoder loads in the background).
3. `--clients` threads send `--requests` GETs in total, round-robin over the read API a page
   makes (timeline pages, quotes, actors, one event, one document, one actor, full-text search,
   sources, the page shell and its script). Search by meaning is left out: its first call embeds
   every stored sentence (see the notes in RESULTS.md).
4. Errors (any status >= 400 or a failed connection), p50 / p95 / p99 in ms overall and per
   route, requests per second, server memory before, right after, and after a pause.

Writes benchmarks/results/load.json. Not part of the test suite.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import socket
import sqlite3
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).parent))

import corpus  # noqa: E402
import run as bench  # noqa: E402
import scale  # noqa: E402


def build_store(db: Path, documents: int, real: int, workdir: Path) -> dict:
    """`real` articles ingested for real, then shifted copies up to `documents`; returns how."""
    how: dict = {"real": real}
    if db.exists():
        count = sqlite3.connect(db).execute("SELECT COUNT(*) FROM documents").fetchone()[0]
        if count >= documents:
            return {**how, "reused": True, "documents": count}
    records = corpus.synthesise(corpus.load_pool(), real, seed=15)
    jsonl = corpus.write_jsonl(records, workdir / "real.jsonl")
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "storyline.cli", "ingest", "--no-progress", "--db", str(db), str(jsonl)],
                          capture_output=True, text=True)
    if done.returncode not in (0, 1):
        raise SystemExit(f"ingest failed:\n{done.stderr[-3000:]}")
    how["ingest"] = done.stdout.strip().splitlines()[-1]
    how["ingest_s"] = round(time.perf_counter() - started, 1)

    from storyline.store import Store
    from storyline.story.build import add_to_story

    conn = sqlite3.connect(db, isolation_level=None)
    base = [row[0] for row in conn.execute("SELECT id FROM documents ORDER BY seq")]
    copy, started = 0, time.perf_counter()
    while conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0] + len(base) <= documents:
        copy += 1
        ids = scale.add_shifted_copy(conn, base, copy)
        store = Store(db)
        add_to_story(store, ids)
        store.close()
    how["copies"] = copy
    how["copies_s"] = round(time.perf_counter() - started, 1)
    how["documents"] = conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
    conn.close()
    return how


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return round(int(line.split()[1]) / 1024, 1)
    return 0.0


def start_server(db: Path) -> tuple[subprocess.Popen, str]:
    """`storyline serve` on a free loopback port in its own process, once it answers; its base URL."""
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "storyline.cli", "serve", "--db", str(db), "--port", str(port)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    for _ in range(600):
        try:
            if httpx.get(f"{base}/api/health", timeout=5).status_code == 200:
                return server, base
        except httpx.HTTPError:
            time.sleep(0.5)
    server.terminate()
    raise SystemExit("the server did not answer")


def settled_rss(pid: int, quiet_seconds: float = 5.0, limit_seconds: float = 300.0) -> float:
    """Resident memory once it has not grown by more than 1% for `quiet_seconds`."""
    started, last, since = time.monotonic(), rss_mb(pid), time.monotonic()
    while time.monotonic() - started < limit_seconds:
        time.sleep(1.0)
        now = rss_mb(pid)
        if now > last * 1.01:
            last, since = now, time.monotonic()
        elif time.monotonic() - since >= quiet_seconds:
            return now
    return rss_mb(pid)


def routes(db: Path) -> list[tuple[str, str]]:
    """(route label, URL path) pairs with real ids and words from the store."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    rng = random.Random(15)
    events = [row[0] for row in conn.execute("SELECT id FROM events ORDER BY id LIMIT 500")]
    documents = [row[0] for row in conn.execute("SELECT id FROM documents ORDER BY seq LIMIT 500")]
    actors = [row[0] for row in conn.execute(
        "SELECT id FROM entities WHERE type IN ('PERSON', 'ORG') ORDER BY mention_count DESC LIMIT 50")]
    words = [word for (text,) in conn.execute("SELECT text FROM passages WHERE rowid % 97 = 0 LIMIT 300")
             for word in text.split() if word.isalpha() and len(word) >= 6][:200] or ["ceasefire"]
    pages = max(1, conn.execute("SELECT COUNT(*) FROM events WHERE date IS NOT NULL").fetchone()[0] // 50)
    conn.close()
    mix: list[tuple[str, str]] = []
    for _ in range(60):
        mix += [
            ("health", "/api/health"),
            ("timeline", "/api/timeline?limit=50"),
            ("timeline page", f"/api/timeline?limit=50&offset={50 * rng.randrange(pages)}"),
            ("quotes", "/api/quotes?limit=50"),
            ("event", f"/api/events/{rng.choice(events)}" if events else "/api/health"),
            ("document", f"/api/documents/{rng.choice(documents)}"),
            ("actor", f"/api/entities/{rng.choice(actors)}" if actors else "/api/health"),
            ("actors", "/api/entities"),
            ("search text", f"/api/search?mode=text&q={rng.choice(words)}"),
            ("sources", "/api/sources"),
            ("page", "/timeline"),
            ("script", "/static/app.js"),
        ]
    return mix


def load(base: str, mix: list[tuple[str, str]], clients: int, requests: int) -> tuple[list[tuple[str, float, int]], float]:
    results: list[tuple[str, float, int]] = []
    lock = threading.Lock()
    counter = iter(range(requests))

    def client() -> None:
        with httpx.Client(base_url=base, timeout=120) as http:
            for number in counter:
                label, path = mix[number % len(mix)]
                started = time.perf_counter()
                try:
                    status = http.get(path).status_code
                except httpx.HTTPError:
                    status = 0
                elapsed = 1000 * (time.perf_counter() - started)
                with lock:
                    results.append((label, elapsed, status))

    threads = [threading.Thread(target=client) for _ in range(clients)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results, time.perf_counter() - started


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return round(ordered[min(len(ordered) - 1, int(share * len(ordered)))], 1)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--documents", type=int, default=1000)
    parser.add_argument("--real", type=int, default=50, help="documents really ingested; the rest are shifted copies")
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--workdir", default="/tmp/storyline-load")
    args = parser.parse_args(argv)
    workdir = Path(args.workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    db = workdir / f"load-{args.documents}.db"
    report: dict = {"environment": bench.environment(),
                    "store": build_store(db, args.documents, args.real, workdir), "clients": args.clients,
                    "requests": args.requests, "loadavg_1min_before": round(os.getloadavg()[0], 2)}
    print(f"store: {report['store']}", file=sys.stderr)
    server, base = start_server(db)
    try:
        mix = routes(db)
        for label, path in mix[:12]:  # every route once, so caches are warm before memory is read
            httpx.get(base + path, timeout=120)
        report["memory_mb_before"] = settled_rss(server.pid)
        results, seconds = load(base, mix, args.clients, args.requests)
        report["memory_mb_right_after"] = rss_mb(server.pid)
        report["memory_mb_after_pause"] = settled_rss(server.pid)
        report["loadavg_1min_after"] = round(os.getloadavg()[0], 2)
    finally:
        server.terminate()
        server.wait(timeout=60)
    latencies = [elapsed for _, elapsed, _ in results]
    report.update({
        "seconds": round(seconds, 1), "requests_per_second": round(len(results) / seconds, 1),
        "errors": sum(1 for _, _, status in results if status == 0 or status >= 400),
        "p50_ms": percentile(latencies, 0.5), "p95_ms": percentile(latencies, 0.95), "p99_ms": percentile(latencies, 0.99),
        "per_route": {label: {"count": len(values), "p50_ms": round(statistics.median(values), 1),
                              "p95_ms": percentile(values, 0.95)}
                      for label in sorted({label for label, _, _ in results})
                      for values in [[elapsed for name, elapsed, _ in results if name == label]]},
        "memory_back_within_10_percent": report["memory_mb_after_pause"] <= 1.1 * report["memory_mb_before"],
    })
    bench.save("load", report)
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
