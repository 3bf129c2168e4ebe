"""Bad input through the real command: each bad input gets one error line naming it, the rest of
the batch is stored, and the exit code is 1."""
from __future__ import annotations

import gzip
import socket

import pytest

from conftest import seed_path
from storyline.cli import main
from storyline.store import Store

ARTICLE = ("Officials in Geneva said on Monday that talks between the two delegations would resume next "
           "week, after a pause of three months. The negotiators declined to comment on the agenda, but a "
           "spokesman for the foreign ministry said the meeting \u201cwould test the goodwill of both sides\u201d.")


def closed_port() -> int:
    """A local port nothing listens on (bound, then released)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def bad_inputs(tmp_path_factory):
    folder = tmp_path_factory.mktemp("bad")
    files = {
        "binary.bin": bytes(range(256)) * 64,
        "empty.txt": b"",
        "blank.txt": b" \n\t\n",
        "big.txt": (seed_path("000").read_bytes() + b"\n") * (50 * 1024 * 1024 // 2400 + 1),
        "broken.jsonl": (b'{"text": "unterminated\n[1, 2]\n{"title": "no text"}\n'
                         + (f'{{"text": "{ARTICLE.replace(chr(8220), "").replace(chr(8221), "")}", "published": "2025-03-03"}}\n').encode()),
        "broken.rss": b'<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><item><title>x</ti',
        "broken.warc": b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 999\r\n\r\ngarbage",
        "truncated.warc.gz": gzip.compress(b"WARC/1.0\r\nWARC-Type: response\r\n")[:20],
        "corrupt.txt.gz": b"this is not gzip",
        "nothing.html": b"<html><head><title>Menu</title><script>var a = 1;</script></head><body></body></html>",
    }
    for name, data in files.items():
        (folder / name).write_bytes(data)
    good = tmp_path_factory.mktemp("good")
    (good / "cp1252.txt").write_bytes(ARTICLE.replace("Geneva", "Gen\u00e8ve").encode("cp1252"))
    (good / "latin1.txt").write_bytes(
        "Le caf\u00e9 des n\u00e9gociateurs \u00e0 Gen\u00e8ve: the ministers met on Tuesday and agreed to "
        "exchange prisoners, officials said. The exchange is planned for next month.".encode("latin-1"))
    (good / "bom.txt").write_bytes(b"\xef\xbb\xbf" + seed_path("000").read_bytes())
    (good / "malformed.html").write_bytes(
        ("<html><head><title>Talks resume in Geneva</title><body><div><p>" + ARTICLE
         + " <b>The talks <p>are expected to last two days.<div><td></html").encode("utf-8"))
    url = f"http://127.0.0.1:{closed_port()}/story.html"
    return folder, good, url, sorted(files)


@pytest.fixture(scope="module")
def outcome(bad_inputs, tmp_path_factory, nlp):
    folder, good, url, names = bad_inputs
    db = tmp_path_factory.mktemp("db") / "bad.db"
    capture = pytest.MonkeyPatch()
    import io
    import sys

    err, out = io.StringIO(), io.StringIO()
    capture.setattr(sys, "stderr", err)
    capture.setattr(sys, "stdout", out)
    try:
        code = main(["ingest", "--no-progress", "--db", str(db), str(folder), url, str(good),
                     str(folder / "no-such-file.txt")])
    finally:
        capture.undo()
    return code, out.getvalue(), err.getvalue(), db


def test_exit_code_is_one_and_the_good_documents_are_stored(outcome):
    code, out, err, db = outcome
    assert code == 1, err
    store = Store(db)
    sources = {doc.source.rsplit("/", 1)[-1] for doc in store.documents()}
    # the valid JSONL line after three broken ones, and every readable encoding
    assert {"cp1252.txt", "latin1.txt", "bom.txt", "malformed.html", "broken.jsonl:4"} <= sources, (sources, err)
    assert "new 5" in out and "failed" in out


def test_every_bad_input_gets_exactly_one_line_naming_it(outcome, bad_inputs):
    folder, _, url, names = bad_inputs
    code, out, err, db = outcome
    assert "Traceback" not in err
    # (libraries may draw progress bars on stderr: only the error lines are counted)
    lines = [line for line in err.splitlines() if line.startswith("error: ")]
    expected = {
        "binary.bin": "binary", "empty.txt": "empty", "blank.txt": "empty", "big.txt": "too large",
        "broken.rss": "feed", "broken.warc": "WARC", "truncated.warc.gz": "WARC",
        "corrupt.txt.gz": "gzip", "nothing.html": "no article text",
    }
    for name, reason in expected.items():
        named = [line for line in lines if f"{folder / name}:" in line or line.startswith(f"error: {folder / name}")]
        assert len(named) == 1, (name, named, lines)
        assert reason.lower() in named[0].lower(), (name, named[0])
    for number, reason in ((1, "malformed JSON"), (2, "must be an object"), (3, 'no "text"')):
        named = [line for line in lines if f"broken.jsonl:{number}:" in line]
        assert len(named) == 1 and reason in named[0], (number, named)
    unreachable = [line for line in lines if url in line]
    assert len(unreachable) == 1 and "unreachable" in unreachable[0]
    assert sum("no-such-file.txt" in line and "no such file" in line for line in lines) == 1
    assert len(lines) == len(expected) + 3 + 2, lines


def test_legacy_encodings_are_decoded_not_mangled(outcome):
    store = Store(outcome[3])
    texts = {doc.source.rsplit("/", 1)[-1]: doc.text for doc in store.documents()}
    assert "Gen\u00e8ve" in texts["cp1252.txt"] and "\u201cwould test" in texts["cp1252.txt"]
    assert "caf\u00e9" in texts["latin1.txt"]
    assert not texts["bom.txt"].startswith("\ufeff") and texts["bom.txt"].startswith("Russian President")


def test_running_again_adds_nothing_and_reports_the_same_failures(outcome, bad_inputs, capsys):
    folder, good, url, _ = bad_inputs
    code, out, err, db = outcome
    before = Store(db).document_count()
    again = main(["ingest", "--no-progress", "--db", str(db), str(folder), str(good)])
    captured = capsys.readouterr()
    assert again == 1
    assert Store(db).document_count() == before
    assert "new 0" in captured.out and "duplicate 5" in captured.out
