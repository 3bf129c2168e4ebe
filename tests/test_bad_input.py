"""Bad input through the real command: each bad input gets one error line naming it, the rest of
the batch is stored, and the exit code is 1."""
from __future__ import annotations

import gzip
import http.server
import io
import json
import socket
import sqlite3
import threading
from pathlib import Path

import pytest

from conftest import seed_path
from storyline.cli import main
from storyline.ingest import readers
from storyline.ingest.decode import IngestError
from storyline.model import RawDocument
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


# --- the hostile-input probe of issue 15: one test per case ----------------------------------------
# Each case failed once with a traceback, a hang or a silent loss; each now ends in one line naming
# the input (or is read correctly), and every other input of the run is still stored.

GOOD_TEXT = seed_path("002").read_bytes()


def run(argv: list[str]) -> tuple[int, str, str]:
    """The real command in this process: exit code, stdout, stderr."""
    import sys

    out, err = io.StringIO(), io.StringIO()
    capture = pytest.MonkeyPatch()
    capture.setattr(sys, "stdout", out)
    capture.setattr(sys, "stderr", err)
    try:
        code = main(argv)
    finally:
        capture.undo()
    return code, out.getvalue(), err.getvalue()


def error_lines(err: str) -> list[str]:
    return [line for line in err.splitlines() if line.startswith("error: ")]


def stored_sources(db) -> set[str]:
    store = Store(db, readonly=True)
    try:
        return {doc.source for doc in store.documents()}
    finally:
        store.close()


def test_probe_utf16_with_bom_and_a_cut_final_code_unit_is_read_and_the_batch_goes_on(tmp_path, nlp):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a_utf16.txt").write_bytes(("\ufeff" + ARTICLE).encode("utf-16-le")[:-1])  # an odd byte count
    (folder / "b_good.txt").write_bytes(GOOD_TEXT)
    code, out, err = run(["ingest", "--no-progress", "--db", str(tmp_path / "s.db"), str(folder)])
    assert "Traceback" not in err and code == 0, err
    assert "new 2" in out
    texts = {Path(doc.source).name: doc.text for doc in Store(tmp_path / "s.db").documents()}
    assert texts["a_utf16.txt"].startswith("Officials in Geneva said on Monday")


def test_probe_jsonl_nested_200000_deep_is_one_error_and_the_other_lines_are_stored(tmp_path, nlp):
    path = tmp_path / "deep.jsonl"
    good = json.dumps({"text": GOOD_TEXT.decode("utf-8"), "published": "2025-05-19"})
    path.write_text("[" * 200_000 + "\n" + "[" * 200_000 + "]" * 200_000 + "\n" + good + "\n", encoding="utf-8")
    code, out, err = run(["ingest", "--no-progress", "--db", str(tmp_path / "s.db"), str(path)])
    assert code == 1 and "Traceback" not in err
    first, second = error_lines(err)
    assert first.startswith(f"error: {path}:1: malformed JSON (")
    assert second == f"error: {path}:2: malformed JSON (nested too deeply)"
    assert stored_sources(tmp_path / "s.db") == {f"{path}:3"}


def test_probe_a_5000_character_path_is_one_error_and_the_rest_is_stored(tmp_path, nlp):
    good = tmp_path / "good.txt"
    good.write_bytes(GOOD_TEXT)
    long_path = str(tmp_path / ("x" * 5000))
    code, out, err = run(["ingest", "--no-progress", "--db", str(tmp_path / "s.db"), long_path, str(good)])
    assert code == 1 and "Traceback" not in err
    lines = error_lines(err)
    assert len(lines) == 1 and "File name too long" in lines[0] and len(lines[0]) < 500, lines
    assert stored_sources(tmp_path / "s.db") == {str(good)}


def test_probe_the_same_long_path_in_batch_is_one_error(tmp_path):
    from storyline import batch

    files, errors = batch.list_inputs([str(tmp_path / ("x" * 5000)), str(tmp_path)])
    assert len(errors) == 1 and "File name too long" in errors[0].reason


def warc_records(count: int) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=False)
    paragraphs = [line for line in GOOD_TEXT.decode("utf-8").splitlines() if len(line) > 80]
    for number in range(count):
        body = "".join(f"<p>{line} (part {number})</p>" for line in paragraphs)
        page = f"<html><head><title>Part {number}</title></head><body><article>{body}</article></body></html>"
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(f"https://example.org/part-{number}", "response",
                                                      payload=io.BytesIO(page.encode()), http_headers=headers))
    return buffer.getvalue()


@pytest.mark.parametrize("compressed", [False, True])
def test_probe_a_warc_cut_at_60_percent_is_reported_failed_not_stored_cut(tmp_path, compressed):
    data = warc_records(3)
    name = "cut.warc"
    if compressed:
        data = b"".join(gzip.compress(record) for record in _split_warc(data))
        name += ".gz"
    results = list(readers.read_blob(name, data[: int(len(data) * 0.6)]))
    documents = [r for r in results if isinstance(r, RawDocument)]
    errors = [r for r in results if isinstance(r, IngestError)]
    assert len(errors) == 1 and errors[0].source == name and "truncated WARC" in errors[0].reason, results
    whole = {r.source: r.html for r in readers.read_blob(name, data)}
    for document in documents:  # what was read before the cut is complete
        assert whole[document.source] == document.html
    # every cut point is caught, not only 60%
    for percent in range(1, 100):
        cut = list(readers.read_blob(name, data[: len(data) * percent // 100]))
        assert any(isinstance(r, IngestError) for r in cut), percent


def _split_warc(data: bytes) -> list[bytes]:
    """The records of an uncompressed WARC, each with its trailing blank lines (one gzip member each)."""
    starts = [index for index in range(len(data)) if data.startswith(b"WARC/1.", index)
              and (index == 0 or data[index - 4:index] == b"\r\n\r\n")]
    return [data[start:end] for start, end in zip(starts, starts[1:] + [len(data)])]


def test_probe_a_file_removed_mid_run_gets_a_failure_line(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("a.txt", "b.txt", "c.txt"):
        (folder / name).write_bytes(GOOD_TEXT)
    results = readers.read_inputs([str(folder)])
    first = next(results)
    (folder / "b.txt").unlink()  # removed while the batch runs
    rest = list(results)
    assert isinstance(first, RawDocument)
    assert isinstance(rest[0], IngestError) and rest[0].source == str(folder / "b.txt")
    assert "no such file" in rest[0].reason
    assert isinstance(rest[1], RawDocument) and rest[1].source == str(folder / "c.txt")


RUSSIAN = "Министр иностранных дел России заявил в понедельник, что переговоры возобновятся на следующей неделе."
JAPANESE = "外務大臣は月曜日、交渉は来週再開されると述べた。両国の代表団はジュネーブで会談する予定だ。"


@pytest.mark.parametrize("charset,text", [("windows-1251", RUSSIAN), ("Shift_JIS", JAPANESE), ("koi8-r", RUSSIAN)])
def test_probe_a_declared_html_charset_is_honoured(charset, text):
    page = (f'<html><head><meta charset="{charset}"><title>t</title></head><body><p>{text}</p></body></html>'
            ).encode(charset)
    document, = readers.read_blob("page.html", page)
    assert text in document.html


def test_probe_undeclared_legacy_encodings_and_utf16_without_bom_are_decoded():
    from storyline.ingest.decode import decode_text, looks_binary

    assert RUSSIAN in decode_text(RUSSIAN.encode("cp1251"))
    assert JAPANESE in decode_text(JAPANESE.encode("shift_jis"))
    for encoding in ("utf-16-le", "utf-16-be"):
        data = (ARTICLE + " " + RUSSIAN).encode(encoding)
        assert not looks_binary(data)
        document, = readers.read_blob("a.txt", data)
        assert document.text == ARTICLE + " " + RUSSIAN
    assert looks_binary(bytes(range(256)) * 64)


def test_probe_a_gzip_bomb_is_refused_while_streaming():
    from storyline.ingest.decode import MAX_COMPRESSION_RATIO

    bomb = gzip.compress(b"\0" * (64 * 1024 * 1024))  # 64 MB of zeros in ~64 KB
    assert len(bomb) * MAX_COMPRESSION_RATIO < 64 * 1024 * 1024
    error, = readers.read_blob("bomb.txt.gz", bomb)
    assert isinstance(error, IngestError) and error.reason.startswith("refused: expands more than")
    fine = gzip.compress(GOOD_TEXT)
    document, = readers.read_blob("fine.txt.gz", fine)
    assert document.text == GOOD_TEXT.decode("utf-8")


def test_probe_a_warc_bomb_is_refused_before_its_records_are_read():
    head = (b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: http://example.org/\r\n"
            b"Content-Type: application/http; msgtype=response\r\nContent-Length: %d\r\n\r\n")
    payload = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + b" " * (80 * 1024 * 1024)
    bomb = gzip.compress(head % len(payload) + payload + b"\r\n\r\n")
    error, = readers.read_blob("bomb.warc.gz", bomb)
    assert isinstance(error, IngestError) and "refused: expands" in error.reason


def test_probe_html_nested_255_levels_keeps_its_text():
    from storyline.clean import clean_document

    body = "".join(f"<p>{line}</p>" for line in GOOD_TEXT.decode("utf-8").splitlines() if len(line) > 80)
    page = "<html><body>" + "<div>" * 255 + body + "</div>" * 255 + "</body></html>"
    document = clean_document(RawDocument(source="deep.html", html=page))
    assert "Putin" in document.text and len(document.text) > 1000


def test_probe_an_impossible_published_date_is_ignored_with_a_warning(tmp_path, nlp):
    path = tmp_path / "dated.jsonl"
    path.write_text(json.dumps({"text": GOOD_TEXT.decode("utf-8"), "published": "2025-13-45"}) + "\n", encoding="utf-8")
    code, out, err = run(["ingest", "--no-progress", "--db", str(tmp_path / "s.db"), str(path)])
    assert code == 0 and "new 1" in out, err
    warnings = [line for line in err.splitlines() if line.startswith("warning: ")]
    assert warnings == [f"warning: {path}:1: published '2025-13-45' is not a calendar date; ignored"]
    document, = Store(tmp_path / "s.db").documents()
    assert document.published != "2025-13-45"


def test_probe_read_commands_refuse_a_foreign_sqlite_file_and_leave_it_untouched(tmp_path):
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE notes (body TEXT)")
    conn.execute("INSERT INTO notes VALUES ('mine')")
    conn.commit()
    conn.close()
    before = other.read_bytes()
    for command in (["timeline"], ["quotes"], ["actors"], ["positions"], ["sources"], ["search", "x"],
                    ["export"], ["rebuild"], ["ingest", str(tmp_path / "nothing-here.txt")]):
        code, out, err = run([*command, "--db", str(other)])
        lines = err.strip().splitlines()
        assert code == 3 and len(lines) == 1 and lines[0].startswith(f"storyline: {other}: not a storyline store ("), \
            (command, code, err)
    assert other.read_bytes() == before and not (tmp_path / "other.db-wal").exists()
    conn = sqlite3.connect(other)
    assert conn.execute("SELECT name FROM sqlite_master").fetchall() == [("notes",)]
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    conn.close()
    code, out, err = run(["timeline", "--db", str(tmp_path / "missing.db")])
    assert code == 3 and "no such store" in err and not (tmp_path / "missing.db").exists()


def test_probe_read_commands_open_a_store_read_only(seeded_db_path, tmp_path):
    import shutil

    copy = tmp_path / "copy.db"
    shutil.copy(seeded_db_path, copy)
    copy.chmod(0o444)  # a store the user may read but not write
    try:
        code, out, err = run(["timeline", "--db", str(copy), "--format", "json"])
        assert code == 0 and json.loads(out), err
    finally:
        copy.chmod(0o644)


def test_probe_numbers_and_outputs_are_checked_at_the_command_line(seeded_db_path, tmp_path, capsys):
    for argv in (["timeline", "--offset", "99999999999999999999"], ["quotes", "--offset", "9223372036854775808"],
                 ["timeline", "--limit", "0"], ["search", "x", "--limit", "-1"], ["ingest", "--jobs", "0", "x"]):
        with pytest.raises(SystemExit) as exit_:
            main([*argv, "--db", str(seeded_db_path)])
        assert exit_.value.code == 2, argv
        err = capsys.readouterr().err
        assert "Traceback" not in err and err.strip().splitlines()[-1].startswith("storyline "), err
    code, out, err = run(["export", "--db", str(seeded_db_path), "-o", "/nonexistent/x.html", "--format", "html"])
    assert code == 1 and err.strip() == "storyline: /nonexistent/x.html: no such folder '/nonexistent'"
    assert not out


# --- fetching: one function, one deadline, the address connected to is the address checked ------

class _Site(http.server.BaseHTTPRequestHandler):
    """Routes: path -> callable(handler). `seen` records every path requested, per server port."""

    routes: dict = {}
    seen: list = []

    def do_GET(self):  # noqa: N802 (http.server's naming)
        self.seen.append((self.server.server_address, self.path))
        route = self.routes.get((self.server.server_address[1], self.path))
        if route is None:
            self.send_error(404)
            return
        route(self)

    def log_message(self, *args):
        pass


@pytest.fixture
def sites():
    """Loopback servers on 127.0.0.1 and 127.0.0.2 (both loopback on Linux: 127.0.0.2 stands in
    for a public server where a test says so)."""
    servers = []

    def start(host: str) -> str:
        server = http.server.ThreadingHTTPServer((host, 0), _Site)
        server.daemon_threads = True
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return f"http://{host}:{server.server_address[1]}"

    _Site.routes, _Site.seen = {}, []
    yield start, _Site.routes, _Site.seen
    for server in servers:
        server.shutdown()
        server.server_close()


def page(body: bytes, content_type: str = "text/html; charset=utf-8"):
    def respond(handler):
        handler.send_response(200)
        handler.send_header("Content-Type", content_type)
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        handler.wfile.write(body)
    return respond


def redirect(location: str):
    def respond(handler):
        handler.send_response(302)
        handler.send_header("Location", location)
        handler.send_header("Content-Length", "0")
        handler.end_headers()
    return respond


def port_of(url: str) -> int:
    return int(url.rsplit(":", 1)[1].split("/")[0])


ARTICLE_PAGE = (f"<html><head><title>Talks</title></head><body><article><p>{ARTICLE}</p>"
                f"<p>{GOOD_TEXT.decode('utf-8').splitlines()[0]}</p></article></body></html>").encode()


@pytest.fixture
def only_127_0_0_2_is_public(monkeypatch):
    """The public-address rule with 127.0.0.2 counted as public: the test's stand-in for a server
    on the internet, while 127.0.0.1 stays what it is, an address inside this machine."""
    from storyline.ingest import fetch as fetch_module

    real = fetch_module.non_public_reason
    monkeypatch.setattr(fetch_module, "non_public_reason",
                        lambda host, address: None if address == "127.0.0.2" else real(host, address))


def test_probe_an_uploaded_feed_linking_to_an_internal_address_is_not_fetched(sites):
    start, routes, seen = sites
    internal = start("127.0.0.1")
    routes[(port_of(internal), "/secret.html")] = page(ARTICLE_PAGE)
    feed = (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><item><title>Secret</title>'
            f'<link>{internal}/secret.html</link></item></channel></rss>').encode()
    results = list(readers.read_blob("upload:feed.rss", feed, public_only=True))
    assert len(results) == 1 and isinstance(results[0], IngestError), results
    assert results[0].source == f"{internal}/secret.html" and "non-public address" in results[0].reason
    assert not seen  # the internal server was never asked
    fetched = list(readers.read_blob("feed.rss", feed))  # the CLI's own feeds are the user's choice
    assert isinstance(fetched[0], RawDocument) and "Geneva" in fetched[0].html


def test_probe_a_redirect_to_an_internal_address_is_refused(sites, only_127_0_0_2_is_public):
    start, routes, seen = sites
    public, internal = start("127.0.0.2"), start("127.0.0.1")
    routes[(port_of(internal), "/secret.html")] = page(ARTICLE_PAGE)
    routes[(port_of(public), "/story.html")] = redirect(f"{internal}/secret.html")
    routes[(port_of(public), "/moved.html")] = redirect("/story-2.html")
    routes[(port_of(public), "/story-2.html")] = page(ARTICLE_PAGE)
    error, = readers.read_url(f"{public}/story.html", public_only=True)
    assert isinstance(error, IngestError) and "non-public address (127.0.0.1)" in error.reason
    assert [path for (host, _), path in seen if host == "127.0.0.1"] == []
    document, = readers.read_url(f"{public}/moved.html", public_only=True)  # public redirects are followed
    assert isinstance(document, RawDocument) and document.url == f"{public}/story-2.html"


def test_probe_the_address_checked_is_the_address_connected_to(sites, only_127_0_0_2_is_public, monkeypatch):
    """DNS rebinding: a name that resolves to a public address when checked and to an internal
    one a moment later. The fetch resolves once and connects to the address it checked."""
    import socket

    start, routes, seen = sites
    public, internal = start("127.0.0.2"), start("127.0.0.1")
    port = port_of(public)
    internal_port = port_of(internal)
    routes[(port, "/story.html")] = page(ARTICLE_PAGE)
    routes[(internal_port, "/story.html")] = page(b"<html><body><p>internal secret</p></body></html>")
    answers = iter(["127.0.0.2"] + ["127.0.0.1"] * 10)
    real = socket.getaddrinfo

    def rebinding(host, *args, **kwargs):
        if host == "news.rebind.test":
            return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (next(answers), args[0] if args else 0))]
        return real(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", rebinding)
    document, = readers.read_url(f"http://news.rebind.test:{port}/story.html", public_only=True)
    assert isinstance(document, RawDocument) and "Geneva" in document.html
    assert [host for (host, _), _ in seen] == ["127.0.0.2"]


def test_probe_a_server_trickling_one_byte_at_a_time_is_cut_at_the_deadline(sites, monkeypatch):
    start, routes, seen = sites
    base = start("127.0.0.1")
    sent = []

    def trickle(handler):
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html")
        handler.send_header("Content-Length", "1000")
        handler.end_headers()
        try:
            for _ in range(1000):  # 1,000 bytes at one every 0.5 s: eight minutes if nobody stops it
                handler.wfile.write(b"x")
                handler.wfile.flush()
                sent.append(1)
                threading.Event().wait(0.5)
        except OSError:
            pass

    routes[(port_of(base), "/slow.html")] = trickle
    monkeypatch.setattr(readers, "FETCH_TIMEOUT_SECONDS", 3.0)
    error, = readers.read_inputs([f"{base}/slow.html"])
    assert isinstance(error, IngestError) and error.reason == "timed out: no complete response within 3 s"
    assert len(sent) < 1000  # the fetch gave up while the server was still sending


def test_probe_numbers_are_checked_at_the_api(seeded_db_path):
    from fastapi.testclient import TestClient

    from storyline.web.app import create_app

    client = TestClient(create_app(str(seeded_db_path)), base_url="http://127.0.0.1")
    for url in ("/api/timeline?offset=99999999999999999999", "/api/quotes?offset=9223372036854775808",
                "/api/timeline?limit=99999999999999999999", "/api/quotes?offset=-1", "/api/timeline?offset=x"):
        response = client.get(url)
        assert response.status_code == 422, (url, response.status_code, response.text[:200])
    assert client.get("/api/timeline?offset=2147483647").json()["items"] == []  # a page: {"items", "next"}


def test_probe_the_api_over_a_foreign_file_answers_503_in_one_line(tmp_path):
    from fastapi.testclient import TestClient

    from storyline.web.app import create_app

    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE notes (body TEXT)")
    conn.close()
    client = TestClient(create_app(str(other)), base_url="http://127.0.0.1")
    response = client.get("/api/timeline")
    assert response.status_code == 503 and "not a storyline store" in response.json()["detail"]
    conn = sqlite3.connect(other)
    assert conn.execute("SELECT name FROM sqlite_master").fetchall() == [("notes",)]
    conn.close()


def test_probe_a_malformed_date_default_stops_ingest_and_batch_with_the_same_line(tmp_path, capsys):
    from storyline import batch

    good = tmp_path / "good.txt"
    good.write_bytes(GOOD_TEXT)
    code, out, err = run(["ingest", str(good), "--db", str(tmp_path / "i.db"), "--date-default", "2010-13-01"])
    assert code == 1 and not out
    assert err.strip() == "storyline: --date-default 2010-13-01: not a YYYY-MM-DD date"
    assert batch.main([str(good), "--db", str(tmp_path / "b.db"), "--date-default", "2010-13-01"]) == 1
    assert capsys.readouterr().err.strip() == err.strip()
    assert not (tmp_path / "i.db").exists() and not (tmp_path / "b.db").exists()


def test_a_date_default_must_be_written_as_a_day():
    from storyline.cli import date_default_problem

    # Python reads these as dates too, but the store compares publication days as YYYY-MM-DD text
    assert date_default_problem("20100715") == "--date-default 20100715: not a YYYY-MM-DD date"
    assert date_default_problem("2010-W28-4") == "--date-default 2010-W28-4: not a YYYY-MM-DD date"
    assert date_default_problem("2010-07-15") is None
