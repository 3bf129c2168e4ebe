"""Does the web server give memory back after large uploads, and is its queue bounded?

    python benchmarks/upload_memory.py --uploads 10 --megabytes 19 --workdir /tmp/storyline-upload

Starts `storyline serve` on an empty store, reads its settled resident memory, then posts
`--uploads` uploads of `--megabytes` MB each at once (a text file too large for one document,
so every job is refused by the reader after the bytes arrived, and no parsing cost hides the
effect), waits for every accepted job to finish, and reads the memory again after it settles.
Uploads beyond the server's queue (8 waiting or running jobs) must get 429.

Writes benchmarks/results/upload_memory.json. Not part of the test suite.
"""
from __future__ import annotations

import argparse
import json
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import load  # noqa: E402
import run as bench  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--uploads", type=int, default=10)
    parser.add_argument("--megabytes", type=int, default=19)
    parser.add_argument("--workdir", default="/tmp/storyline-upload")
    args = parser.parse_args(argv)
    import httpx

    workdir = Path(args.workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    db = workdir / "uploads.db"
    server, base = load.start_server(db)
    report: dict = {"environment": bench.environment(), "uploads": args.uploads, "megabytes": args.megabytes}
    try:
        report["memory_mb_before"] = load.settled_rss(server.pid)
        line = b"Officials said on Monday that talks would resume next week after a pause of three months.\n"
        body = line * (args.megabytes * 1024 * 1024 // len(line))
        statuses: list[int] = []
        jobs: list[str] = []
        lock = threading.Lock()

        def upload(number: int) -> None:
            response = httpx.post(f"{base}/api/ingest/files", timeout=300,
                                  files=[("files", (f"big-{number}.txt", body, "text/plain"))])
            with lock:
                statuses.append(response.status_code)
                if response.status_code == 202:
                    jobs.append(response.json()["id"])

        threads = [threading.Thread(target=upload, args=(n,)) for n in range(args.uploads)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        report["memory_mb_peak_seen"] = load.rss_mb(server.pid)
        for job in jobs:
            while httpx.get(f"{base}/api/jobs/{job}", timeout=60).json()["state"] not in ("done", "failed"):
                time.sleep(0.5)
        report["accepted"] = statuses.count(202)
        report["refused_429"] = statuses.count(429)
        report["other_status"] = sorted(s for s in statuses if s not in (202, 429))
        report["job_errors"] = sorted({httpx.get(f"{base}/api/jobs/{job}").json()["errors"][0].split(": ", 1)[1]
                                       for job in jobs})
        report["memory_mb_after"] = load.settled_rss(server.pid)
        report["memory_back_within_10_percent"] = report["memory_mb_after"] <= 1.1 * report["memory_mb_before"]
    finally:
        server.terminate()
        server.wait(timeout=60)
    bench.save("upload_memory", report)
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
