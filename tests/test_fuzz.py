"""Fuzzed bad input: readers, cleaning and the per-document extractors never crash or hang and
report problems as one-line errors naming the input. Every reader gets READER_EXAMPLES examples
(hypothesis, derandomized, so a CI run is repeatable); the slower extractors get modest counts.
A deadline per example stands for "no hang": it is set far above what an example takes (well under a
second on a quiet machine) so that a loaded machine does not fail it, while a catastrophic regex,
which would not finish at all, still does."""
from __future__ import annotations

import gzip
import json
from datetime import timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import seed_text
from storyline.clean import clean_document, clean_text
from storyline.ingest import readers
from storyline.ingest.decode import IngestError, decode_text, sniff_format
from storyline.model import Document, RawDocument

FUZZ = settings(max_examples=60, deadline=timedelta(seconds=60), derandomize=True, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture,
                                       HealthCheck.data_too_large, HealthCheck.large_base_example])
SLOW_FUZZ = settings(FUZZ, max_examples=25)
READER_EXAMPLES = 2000
READER_FUZZ = settings(FUZZ, max_examples=READER_EXAMPLES)

NAMES = st.sampled_from(["a.txt", "a.html", "a.jsonl", "a.rss", "a.atom", "a.warc", "a.warc.gz", "a.txt.gz",
                         "a.jsonl.gz", "noext", "a.xml", "-", "page.htm"])
SEED = seed_text("003")
REAL_LINES = SEED.splitlines()

# Pieces that real inputs are made of, recombined and cut at random points.
FRAGMENTS = st.sampled_from([
    "<html>", "</html>", "<body>", "<p>", "</p>", "<div>", "<script>var x = '<p>';</script>", "<!--", "-->",
    '<?xml version="1.0"?>', '<rss version="2.0">', "<channel>", "<item>", "</item>", "<title>", "</title>",
    "<link>file:///etc/passwd</link>", "<description><![CDATA[", "]]>", "<feed xmlns='http://www.w3.org/2005/Atom'>",
    "<entry>", "<content type='html'>", "<pubDate>Mon, 32 Foo 2025</pubDate>", "<published>9999-99-99</published>",
    '{"text": ', '"', '{"text": "x", "published": 5}', '{"html": "<p>hi</p>"}', "[]", "null", "{", "}", "\\u0000",
    "\\ud800", "WARC/1.0\r\n", "WARC-Type: response\r\n", "WARC-Target-URI: http://example.invalid/a\r\n",
    "Content-Length: 12\r\n", "Content-Type: application/http; msgtype=response\r\n", "\r\n", "HTTP/1.1 200 OK\r\n",
    "Content-Type: text/html\r\n", "\x00", "\ufeff", "\u201c", "\u201d", "\u2019", "'", "\"\"\"", "\n", "\n\n",
    "By Staff Reporter", "Reuters", "(AP) \u2014", "Photo: Getty Images", "Advertisement",
] + REAL_LINES[:30])


@st.composite
def structured_blobs(draw) -> bytes:
    parts = draw(st.lists(FRAGMENTS | st.text(max_size=40), max_size=40))
    text = "".join(parts)
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1"]))
    data = text.encode(encoding, "replace") if encoding not in ("utf-8", "utf-8-sig", "utf-16") else \
        text.encode(encoding, "surrogatepass")
    if draw(st.booleans()):
        data = data[: draw(st.integers(0, len(data)))]
    if draw(st.integers(0, 9)) == 0:
        data = gzip.compress(data)
    return data


BLOBS = st.binary(max_size=4000) | structured_blobs()


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    """Feeds link to pages; the fuzzer must never reach out."""
    def refuse(url, public_only=False):
        yield IngestError(url, "unreachable (network disabled in tests)")

    monkeypatch.setattr(readers, "read_url", refuse)


def check_results(source: str, results: list) -> None:
    for result in results:
        assert isinstance(result, (RawDocument, IngestError)), result
        if isinstance(result, IngestError):
            message = str(result)
            assert "\n" not in message and message.startswith(result.source), message
            # the error names the input (or a record inside it)
            assert result.source.startswith(source) or "://" in result.source or "#" in result.source, message
        else:
            assert (result.text is None) != (result.html is None)
            assert isinstance(result.text if result.text is not None else result.html, str)


@READER_FUZZ
@given(name=NAMES, data=BLOBS)
def test_read_blob_never_raises(name, data):
    results = list(readers.read_blob(name, data))
    assert results, "every input yields a document or an error"
    check_results(name, results)


# --- each reader on its own, without read_blob's last-resort guard: nothing may escape ----------

JSON_PIECES = st.sampled_from(['{"text": "', '"', "}", "{", "[", "]", ",", ":", '"published": "2025-13-45"',
                               '"published": "2025-02-30T10:00:00Z"', '"text": 5', '"html": "<p>x</p>"', "null",
                               "1e999", "-0", "\\u0000", "\\ud800", "\n", "\r\n", "\u2028", "\x00", "\ufeff"])


@READER_FUZZ
@given(text=st.lists(JSON_PIECES | st.text(max_size=20), max_size=30).map("".join),
       depth=st.integers(0, 3000))
def test_read_jsonl_alone_never_raises(text, depth):
    text = "[" * depth + text if depth % 2 else text
    check_results("a.jsonl", list(readers.read_jsonl("a.jsonl", text)))


FEED_PIECES = st.sampled_from([
    '<?xml version="1.0" encoding="windows-1251"?>', '<?xml version="1.0"?>', '<rss version="2.0">', "<channel>",
    "</channel>", "<item>", "</item>", "<title>", "</title>", "<link>http://127.0.0.1:9/x</link>",
    "<link>javascript:alert(1)</link>", "<link>file:///etc/passwd</link>", "<description>", "</description>",
    "<![CDATA[<p>x</p>", "]]>", "<pubDate>Mon, 32 Foo 2025</pubDate>", "<pubDate>Tue, 30 Feb 2025 10:00:00 GMT</pubDate>",
    "<feed xmlns='http://www.w3.org/2005/Atom'>", "<entry>", "</entry>", "<content type='html'>", "</content>",
    "<updated>9999-99-99T99:99:99Z</updated>", "<!DOCTYPE x [<!ENTITY a 'aaaa'>]>", "&a;", "&#0;", "&#xD800;",
    "\x00", "\ufeff", "</rss>", "</feed>"])


@READER_FUZZ
@given(parts=st.lists(FEED_PIECES | st.text(max_size=20), max_size=30),
       encoding=st.sampled_from(["utf-8", "utf-16", "cp1251"]))
def test_read_feed_alone_never_raises(parts, encoding):
    data = "".join(parts).encode(encoding, "replace") if encoding != "utf-16" else "".join(parts).encode(encoding, "surrogatepass")
    check_results("a.rss", list(readers.read_feed("a.rss", data)))


@st.composite
def warc_archives(draw) -> bytes:
    """Records with real and lying Content-Lengths, HTTP heads with odd charsets, bodies of
    fragments, some gzip members, then a random cut."""
    records = []
    for _ in range(draw(st.integers(0, 4))):
        body = "".join(draw(st.lists(FRAGMENTS | st.text(max_size=20), max_size=8))).encode("utf-8", "surrogatepass")
        charset = draw(st.sampled_from(["utf-8", "windows-1251", "no-such-charset", "utf-16", ""]))
        http = (f"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset={charset}\r\n\r\n").encode() + body
        length = draw(st.sampled_from([len(http), len(http) + 7, max(0, len(http) - 3), 10**12, 0]))
        kind = draw(st.sampled_from(["response", "response", "request", "warcinfo", "resource"]))
        record = (f"WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Target-URI: http://example.invalid/{len(records)}\r\n"
                  f"Content-Type: application/http; msgtype=response\r\nContent-Length: {length}\r\n\r\n").encode()
        record += http + b"\r\n\r\n"
        records.append(gzip.compress(record) if draw(st.booleans()) else record)
    data = b"".join(records)
    if draw(st.booleans()):
        data = data[: draw(st.integers(0, len(data)))]
    return data


@READER_FUZZ
@given(data=warc_archives() | st.binary(max_size=2000))
def test_read_warc_alone_never_raises(data):
    import io

    results = list(readers.read_warc("a.warc", io.BytesIO(data), compressed_size=len(data)))
    assert results
    check_results("a.warc", results)


@FUZZ
@given(lines=st.lists(st.one_of(
    st.fixed_dictionaries({"text": st.text(max_size=300)}, optional={
        "title": st.one_of(st.none(), st.integers(), st.text(max_size=30)),
        "published": st.one_of(st.none(), st.integers(), st.text(max_size=30)),
        "outlet": st.one_of(st.none(), st.lists(st.integers()), st.text(max_size=30))}),
    st.dictionaries(st.text(max_size=8), st.one_of(st.none(), st.integers(), st.text(max_size=20)), max_size=4),
    st.lists(st.integers(), max_size=3),
    st.integers()), max_size=8))
def test_jsonl_each_line_is_a_document_or_an_error_naming_its_line(lines):
    data = "\n".join(json.dumps(line) for line in lines).encode("utf-8")
    results = list(readers.read_blob("feed.jsonl", data))
    check_results("feed.jsonl", results)
    if data.strip():
        assert len(results) == len(lines)
        for number, (line, result) in enumerate(zip(lines, results), start=1):
            assert result.source == f"feed.jsonl:{number}"
            valid = isinstance(line, dict) and isinstance(line.get("text"), str)
            assert isinstance(result, RawDocument) == valid


@READER_FUZZ
@given(data=st.binary(max_size=3000) | structured_blobs(),
       declared=st.sampled_from([None, "utf-8", "windows-1251", "shift_jis", "utf-16", "no-such", "x" * 60]))
def test_decoding_and_sniffing_total(data, declared):
    from storyline.ingest.decode import declared_charset, looks_binary

    assert isinstance(decode_text(data, declared), str)
    assert sniff_format("x", data) in {"text", "html", "jsonl", "feed", "warc"}
    assert isinstance(looks_binary(data), bool)
    declared_charset(data)


@FUZZ
@given(text=st.lists(FRAGMENTS | st.text(max_size=60), max_size=30).map("".join))
def test_clean_text_keeps_only_input_lines(text):
    """Cleaning only removes: each kept line is a source line or pieces of one in their order
    (a flattened line loses pieces inside it), and each removed item is text of a source line."""
    cleaned = clean_text(text)
    assert isinstance(cleaned.text, str)
    source_lines = [line.strip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]

    def words_in_order(kept: str, source: str) -> bool:
        remaining = iter(source.split())
        return all(word in remaining for word in kept.split())

    for line in cleaned.text.split("\n"):
        assert any(words_in_order(line, source) for source in source_lines)
    for line in cleaned.removed:
        assert any(line in source for source in source_lines)


@SLOW_FUZZ
@given(html=st.lists(FRAGMENTS | st.text(max_size=60), max_size=30).map("".join),
       published=st.one_of(st.none(), st.sampled_from(["2025-02-30", "yesterday", "Mon, 32 Foo 2025", "0000-00-00",
                                                         "2025-10-17T09:00:00Z", "\x00"])))
def test_clean_document_total_on_html_and_dates(html, published):
    for raw in (RawDocument(source="x.html", html=html, published=published),
                RawDocument(source="x.txt", text=html, published=published)):
        doc = clean_document(raw)
        assert isinstance(doc, Document) and isinstance(doc.text, str)
        assert len(doc.content_hash) == 64
        assert doc.published is None or len(doc.published) == 10


# --- the extractors, over a real parse of fuzzed text ------------------------------------------

def recombined_text():
    """Real sentences cut, shuffled and glued with quote marks, dashes and stray punctuation."""
    piece = st.sampled_from(REAL_LINES) .flatmap(
        lambda line: st.integers(0, len(line)).map(lambda cut: line[:cut] if cut % 3 else line))
    glue = st.sampled_from(["", " ", "\n", "\n\n", " \u201c", "\u201d ", ' "', '" ', " \u2014 ", ", he said. ",
                            " on Tuesday", " last week", " 12/13/2025 ", " in 2025", " two years ago", "'", "\t"])
    return st.lists(st.tuples(piece, glue).map("".join), max_size=12).map("".join)


@SLOW_FUZZ
@given(text=recombined_text(), anchor=st.sampled_from([None, "2025-10-17", "2024-02-29"]))
def test_per_document_analysis_total_and_offsets_in_bounds(nlp, text, anchor):
    from storyline.analysis import analyze_parsed

    doc = Document(id="fuzz", source="fuzz.txt", text=text, published=anchor)
    analysis = analyze_parsed(nlp(text), doc)
    for item in analysis.mentions + analysis.timexes:
        assert 0 <= item.start <= item.end <= len(text)
        assert text[item.start:item.end] == item.text
    for quote in analysis.quotes:
        assert 0 <= quote.start <= quote.end <= len(text)
        assert quote.kind in {"direct", "indirect", "mixed"}
        if quote.speaker_start is not None:
            assert 0 <= quote.speaker_start <= quote.speaker_end <= len(text)
    for mention in analysis.event_mentions:
        assert 0 <= mention.start <= mention.end <= len(text)
        assert mention.status in {"happened", "planned", "reported"}


@SLOW_FUZZ
@given(text=st.text(st.characters(codec="utf-8"), max_size=400) | recombined_text(),
       anchor=st.sampled_from([None, "2025-10-17"]))
def test_time_expressions_on_arbitrary_text(text, anchor):
    from storyline.nlp.time import extract_timexes

    for timex in extract_timexes(text, anchor, "fuzz"):
        assert 0 <= timex.start <= timex.end <= len(text)
        assert text[timex.start:timex.end] == timex.text
        assert timex.type in {"DATE", "TIME", "DURATION", "SET"}


@SLOW_FUZZ
@given(text=st.text(st.sampled_from('ab "\u201c\u201d\u2018\u2019\'.,\n'), max_size=300) | recombined_text())
def test_quote_spans_on_unbalanced_quote_marks(text):
    from storyline.nlp.quotes import find_quote_spans

    for span in find_quote_spans(text):
        start, end = span.start, span.end
        assert 0 <= start <= end <= len(text)


def test_adversarial_long_inputs_finish(nlp):
    """Shapes that make regular expressions backtrack: long runs without spaces, thousands of quote
    marks and digits, one 200,000-character line. The deadline is pytest's whole-run budget; a
    catastrophic regex would not finish at all."""
    from storyline.nlp.quotes import find_quote_spans
    from storyline.nlp.time import extract_timexes

    samples = ["\u201c" * 5000, '"a' * 5000, "1" * 20000, "on " * 5000 + "Tuesday", "-" * 20000,
               ("January 2025 " * 2000), (SEED.replace("\n", " ") * 25)[:200000]]
    for text in samples:
        for timex in extract_timexes(text, "2025-10-17", "long"):
            assert text[timex.start:timex.end] == timex.text
        for span in find_quote_spans(text):
            assert 0 <= span.start <= span.end <= len(text)
        kept = clean_text(text).text
        assert all(word in text for word in kept.split()[:50])
    assert [t.value for t in extract_timexes("January 2025 " * 2000, "2025-10-17", "long")][:1] == ["2025-01"]
