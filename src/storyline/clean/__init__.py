"""Clean stage: page text or HTML in, a Document with only the article's own lines out."""
from __future__ import annotations

import functools
import hashlib
import re
from dataclasses import dataclass, replace

from storyline.clean.boilerplate import (
    BYLINE_PREFIX,
    CHANGE_NOTE,
    CORRECTION_FOLLOW,
    CORRECTION_FOLLOW_MAX,
    CORRECTION_NOTICE,
    PAGE_HEAD_PIECES,
    STAMP_LINE,
    UPDATE_NOTE,
    UPDATE_STAMP,
    UPDATED_AT,
    FOREIGN_SHARE,
    find_comment_start,
    find_end_matter,
    find_repeated_lines,
    find_tail_start,
    find_teaser_lists,
    foreign_share,
    furniture_reason,
    glued_caption,
    glued_page_head,
    live_page_head,
    is_programme_listing,
    drop_instrument_codes,
    join_split_datelines,
    live_entry_times,
    line_units,
    normalised_line,
    page_head,
    stamp_reason,
)
from storyline.clean.header import (
    HEADER_LINES,
    is_outlet_name_line,
    looks_like_title,
    outlet_from_lines,
    parse_dateline,
)
from storyline.ingest.decode import checked_date
from storyline.model import Document, RawDocument


# Spaces of typesetting (no-break, narrow, thin, figure, em/en ...): one space each, so the parser reads "at a
# campaign rally", not "at", a space token and "a campaign rally"; the same length, so no offset moves.
PLAIN_SPACES = str.maketrans({char: " " for char in "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
                                                    "\u2007\u2008\u2009\u200a\u202f\u205f\u3000"})
# A left single quotation mark between two letters is an apostrophe a page set by mistake ("Donald Trump‘s remarks",
# "I don‘t"): the parser reads no possessive in it, so an issue lost its owner ("President Barack Obama‘s court
# pick" -> "President court pick"). Written as the apostrophe (U+2019), the same length, so no offset moves.
LEFT_QUOTE_INSIDE_A_WORD = re.compile(r"(?<=[^\W\d_])\u2018(?=[^\W\d_])")


def plain_characters(text: str) -> str:
    """The text with its typesetting spaces and its left quotes inside words replaced in place (no offset moves)."""
    return LEFT_QUOTE_INSIDE_A_WORD.sub("\u2019", text.translate(PLAIN_SPACES))


def clean_document(raw: RawDocument, outlet_boilerplate: set[str] | None = None) -> Document:
    """`outlet_boilerplate`: normalised lines already seen in other documents of the same outlet."""
    raw = page_as_text(raw)
    title, author, published, outlet = raw.title, raw.author, raw.published, raw.outlet
    title = plain_characters(title) if title else title
    published_how = "metadata" if published else None
    text = plain_characters(raw.text or "")
    cleaned = clean_text(text, outlet_boilerplate or set(), has_title=bool(title))
    if not published and cleaned.dateline:
        published, published_how = cleaned.dateline, "dateline"
    body = cleaned.text
    content_hash = hashlib.sha256(normalised_body(body).encode("utf-8")).hexdigest()
    return Document(
        id=content_hash[:16],
        source=raw.source,
        text=body,
        title=title or cleaned.title,
        outlet=outlet or cleaned.outlet,
        author=author,
        url=raw.url,
        published=normalise_date(published),
        published_how=published_how if published else None,
        removed=cleaned.removed,
        content_hash=content_hash,
    )


class CleanedText:
    def __init__(self, text: str, removed: list[str], title: str | None, dateline: str | None, outlet: str | None):
        self.text, self.removed, self.title, self.dateline, self.outlet = text, removed, title, dateline, outlet


COPY_SHARE = 0.8  # a document this much made of its outlet's repeated lines is a copy, not boilerplate


class Unit:
    """What the rules judge: a whole line, or one piece (sentence, timestamp block) of a flattened line."""

    def __init__(self, line: int, text: str, whole: bool, cut: str | None = None, own_line: bool = False):
        self.line, self.text, self.whole = line, text, whole
        self.cut = cut  # why a piece cut off the sentence it was glued to goes: "glued caption", "update note"
        self.own_line = own_line  # kept on a line of its own, glued to no sentence: the page's headline and standfirst

    def strip(self) -> str:
        return self.text.strip()


def split_units(lines: list[str]) -> list[Unit]:
    units = []
    single_line = sum(1 for line in lines if line.strip()) == 1
    opening = True  # no piece of the report read yet: the page's head may still come (`cut_page_head`)
    for index, line in enumerate(lines):
        pieces = line_units(line, single_line)
        if len(pieces) > 1 or pieces[0] is not line:
            for number, piece in enumerate(pieces):
                glued = glued_caption(piece, at_start=number == 0)
                # where no caption is glued to it, one of the first pieces may hold the page's head (not a piece the line
                # rules take whole: "Video: BP officials arrive at ...")
                head = (page_head(piece, at_start=number == 0)
                        if not glued and number < PAGE_HEAD_PIECES and not furniture_reason(piece) else None)
                if head:
                    units.extend(head_units(index, head[0]))
                    piece = head[1]
                    opening = False
                while glued:
                    units.append(Unit(index, glued[0], False, cut="glued caption"))
                    piece = glued[1]
                    glued = glued_caption(piece)
                if opening and not is_page_piece(piece):
                    heads, piece = cut_page_head(piece, pieces[number + 1] if number + 1 < len(pieces) else None)
                    units.extend(Unit(index, cut, False, cut=PAGE_HEAD) for cut in heads)
                    opening = not piece.strip()
                elif opening and _SENTENCE_CLOSED.search(piece.strip()):
                    opening = False  # a sentence the line rules take (a bio's shape): the report has begun
                if piece.strip() or not heads_cut(units, index):
                    units.append(Unit(index, piece, False))
        else:
            units.append(Unit(index, line, True))
            opening = opening and not line.strip()
    return units


PAGE_HEAD = "page head"
AUTHOR_BIO = "author bio"  # (`boilerplate.LINE_PATTERNS`)


def is_page_piece(piece: str) -> bool:
    """A piece of the page's own (a stamp, a credit, a byline, a share button) that may come before its head."""
    text = piece.strip()
    return not text or bool(furniture_reason(text) or stamp_reason(text) or UPDATE_STAMP.fullmatch(text))


def heads_cut(units: list[Unit], line: int) -> bool:
    return bool(units) and units[-1].line == line and units[-1].cut == PAGE_HEAD


def cut_page_head(piece: str, following: str | None) -> tuple[list[str], str]:
    """(heads, report): the head of a flattened page cut off the first piece of its report, headline and caption one at a
    time (`glued_page_head`); a live page's description of itself (`live_page_head`) and a headline the page's update
    stamp follows ("BP oil spill caused by a ` failure of management ' 6 January 2011 Last updated at 01:53 GMT") are
    heads whole. The head goes from the text, so it makes no event and is no evidence; the first is the document's
    headline where it has none (`clean_text`)."""
    text = piece.strip()
    if live_page_head(text) or (following is not None and UPDATE_STAMP.fullmatch(following.strip())
                                and not _SENTENCE_CLOSED.search(text)):
        return [text], ""
    heads = []
    found = glued_page_head(piece)
    while found:
        heads.append(found[0])
        piece = found[1]
        found = glued_page_head(piece)
    return heads, piece


@dataclass(frozen=True)
class JudgedText:
    """What the rules find in a text on its own, before the outlet's boilerplate is known: the ingest
    cleans a document twice (again with its outlet's repeated lines once the first cleaning named the
    outlet), and the second cleaning reuses all of this (`judge_text`). Read-only."""

    lines: list[str]
    units: list[Unit]
    texts: list[str]
    reasons: dict[int, str]  # the line rules' verdicts, copied by each cleaning before it adds its own
    units_of_line: dict[int, list[int]]
    tail: int | None  # `find_tail_start`
    end_matter: dict[int, int]  # a flattened line's index -> its first unit of end matter (`find_end_matter`)
    comments: int | None  # `find_comment_start`
    teaser_lines: set[int]  # `find_teaser_lists`
    repeated: dict[int, str]  # `find_repeated_lines`


@functools.lru_cache(maxsize=4)
def judge_text(text: str) -> JudgedText:
    """The outlet-independent part of `clean_text`."""
    lines = drop_instrument_codes(join_split_datelines(text.replace("\r\n", "\n").replace("\r", "\n"))).split("\n")
    units = split_units(lines)
    texts = [unit.text for unit in units]
    reasons: dict[int, str] = {}
    for index, unit in enumerate(units):
        if not unit.strip():
            continue
        reason = furniture_reason(unit.text) or stamp_reason(unit.text) or unit.cut
        if reason == AUTHOR_BIO and index and units[index - 1].cut == PAGE_HEAD:
            reason = None  # the report's first sentence after its page's head ("Beyonce has been confirmed to ..."): a bio
            # closes a page
        if reason:
            reasons[index] = reason
    mark_after_credit_line(units, reasons)
    mark_correction_notices(units, reasons)
    mark_page_head(units, reasons)
    if is_programme_listing(text):
        for index, unit in enumerate(units):
            if unit.strip():
                reasons[index] = PROGRAMME_LISTING
    for index in live_entry_times(texts):
        reasons.setdefault(index, "live entry time")
    mark_foreign_text(units, reasons)
    units_of_line: dict[int, list[int]] = {}
    for index, unit in enumerate(units):
        units_of_line.setdefault(unit.line, []).append(index)
    end_matter = {}
    for line, indexes in units_of_line.items():
        end = find_end_matter([texts[i] for i in indexes]) if not units[indexes[0]].whole else None
        if end is not None:
            end_matter[line] = end
    return JudgedText(lines, units, texts, reasons, units_of_line, find_tail_start(lines), end_matter,
                      find_comment_start(texts), find_teaser_lists(lines), find_repeated_lines(lines))


def clean_text(text: str, outlet_boilerplate: set[str] = frozenset(), has_title: bool = False) -> CleanedText:
    """Whole-line rules on line-structured text; on a flattened line (a page on one line) the same
    rules judge each sentence, so clutter inside the line goes and the article stays."""
    judged = judge_text(text)
    lines, units, texts, units_of_line = judged.lines, judged.units, judged.texts, judged.units_of_line
    reasons = dict(judged.reasons)
    mark_outlet_repeats(units, outlet_boilerplate, reasons)
    if judged.tail is not None:
        for index in range(units_of_line[judged.tail][0], len(units)):
            if texts[index].strip():
                reasons.setdefault(index, "after the article")
    for line, end in judged.end_matter.items():
        for index in units_of_line[line][end:]:
            if texts[index].strip():
                reasons.setdefault(index, "after the article")
    if judged.comments is not None:
        for index in range(judged.comments, len(units)):
            if texts[index].strip():
                reasons.setdefault(index, "reader comments")
    for line in judged.teaser_lines:
        for index in units_of_line[line]:
            if texts[index].strip():
                reasons.setdefault(index, "related stories")
    mark_captions(units, reasons)
    masthead = mark_outlet_name(units, reasons)

    content = [i for i, unit in enumerate(units) if unit.strip() and i not in reasons]
    header = content[:HEADER_LINES]
    dateline = None
    stamps = {}  # "Page last updated at 08:58 GMT, Thursday, 24 June 2010 09:58 UK": its clock-time stamp dates the page
    for i in range(min(len(units), HEADER_LINES)):
        stamp = STAMP_LINE.match(UPDATED_AT.sub("", texts[i].strip())) if UPDATE_STAMP.fullmatch(texts[i].strip()) else None
        if stamp and i not in reasons:
            stamps[i] = stamp.group(0)
    for index in sorted(header + [i for i in range(min(len(units), HEADER_LINES)) if reasons.get(i) == "timestamp"]):
        found = parse_dateline(BYLINE_PREFIX.sub("", stamps.get(index, texts[index])))
        if found:
            dateline = found
            reasons[index] = "dateline"
            break
    repeated = {index: reason for line, reason in judged.repeated.items() for index in units_of_line[line]}
    title = None
    content = [i for i in content if i not in reasons]
    if content and not has_title and units[content[0]].whole:
        first = content[0]
        key = normalised_line(texts[first])
        doubled = any(normalised_line(texts[i]) == key for i in content[1:HEADER_LINES])
        if looks_like_title(texts[first], doubled) and len(content) > 1:
            title = texts[first].strip()
            reasons[first] = "title"
            for i in content[1:HEADER_LINES]:
                if normalised_line(texts[i]) == key:
                    reasons[i] = "repeated title"
    for index, reason in repeated.items():
        if index not in reasons and texts[index].strip():
            reasons[index] = reason
    if title is None and not has_title:
        title = next((texts[i].strip() for i, unit in enumerate(units) if unit.cut == PAGE_HEAD and reasons.get(i) == PAGE_HEAD),
                     None)

    kept_lines: dict[int, list[str]] = {}
    for index, unit in enumerate(units):
        if index not in reasons:
            piece = unit.text.strip() if not unit.whole else unit.text
            if not unit.whole and (UPDATE_STAMP.fullmatch(piece) or CHANGE_NOTE.fullmatch(piece) or unit.own_line):
                piece += "\n"  # kept for the dating (boilerplate.UPDATE_STAMP), on a line of its own, glued to no sentence
            kept_lines.setdefault(unit.line, []).append(piece)
    kept = [" ".join(kept_lines[i]).replace("\n ", "\n") if i in kept_lines else None for i in range(len(lines))]
    kept = [line for line in kept if line is not None]
    removed = [texts[i].strip() for i in sorted(reasons) if reasons[i] != "title"]
    body = re.sub(r"\n{3,}", "\n\n", "\n".join(line.rstrip() for line in kept)).strip()
    outlet = masthead or outlet_from_lines(kept, removed)
    return CleanedText(body, removed, title, dateline, outlet)


# Words with no sentence end: a page's menu or footer, not an article's sentence.
_NO_SENTENCE_END = re.compile(r"[^.!?\"”’')]\s*$")


def mark_after_credit_line(units: list[Unit], reasons: dict[int, str]) -> None:
    """A wire story ends with its credit line; what follows it on the same flattened line, when it
    ends no sentence ("(Reporting by ...; Editing by ...) An ultra-low latency infrastructure for
    electronic trading ... Our next generation legal research platform"), is the page's footer."""
    for index, reason in list(reasons.items()):
        if reason != "credit line" or units[index].whole:
            continue
        after = index + 1  # the footer may be several pieces: glued captions cut it at "A connected approach ..."
        while (after < len(units) and units[after].line == units[index].line
               and _NO_SENTENCE_END.search(units[after].text)):
            reasons.setdefault(after, "after the credit line")
            after += 1


UPDATE_NOTE_REASON = "update note"


def head_units(line: int, head: str) -> list[Unit]:
    """A page's head cut off its report's first sentence: its update notes go, its headline, standfirst or bullets
    stay, each on a line of its own (the page's own words on the story, no longer glued to the report)."""
    units, start = [], 0
    for note in UPDATE_NOTE.finditer(head):
        if head[start : note.start()].strip():
            units.append(Unit(line, head[start : note.start()].strip(), False, own_line=True))
        units.append(Unit(line, note.group(0), False, cut=UPDATE_NOTE_REASON))
        start = note.end()
    if head[start:].strip():
        units.append(Unit(line, head[start:].strip(), False, own_line=True))
    return units
CORRECTION = "correction notice"
_SENTENCE_CLOSED = re.compile(r"[.!?][\"'”’)\]]*$")


def mark_page_head(units: list[Unit], reasons: dict[int, str]) -> None:
    """The page's own stamp or its lead photo's credit among its first pieces ends its head: what comes before them
    with no sentence end is a headline, a standfirst or a summary's bullets ("Deepwater Horizon oil spill: Obama
    attempts to limit political fallout White House lists actions taken ..." before "Wednesday 5 May 2010 21.48 BST"),
    kept on a line of its own rather than glued to the caption or sentence the stamp's removal brings after it."""
    opening = [i for i, unit in enumerate(units) if unit.strip()][:PAGE_HEAD_PIECES]
    if any(units[i].whole for i in opening):
        return  # a page of lines: its title line is the title (`looks_like_title`)
    mark = next((i for i in opening if reasons.get(i) in ("timestamp", "photo credit")), None)
    if mark is None:
        return
    for index in opening:
        if index == mark:
            break
        if index not in reasons and not _SENTENCE_CLOSED.search(units[index].strip()):
            units[index].own_line = True


def mark_correction_notices(units: list[Unit], reasons: dict[int, str]) -> None:
    """A correction notice (`CORRECTION_NOTICE`) and what it goes on to say (`CORRECTION_FOLLOW`, a few sentences on
    the same line). The notice's dated opening ("This article was amended on 6 May 2010") stays for the dating."""
    for index, unit in enumerate(units):
        text = unit.strip()
        kept_note = bool(CHANGE_NOTE.fullmatch(text))
        if not (kept_note or CORRECTION_NOTICE.match(text)):
            continue
        if not kept_note:
            reasons.setdefault(index, CORRECTION)
        following = index + 1
        while (following < len(units) and following <= index + CORRECTION_FOLLOW_MAX and units[following].line == unit.line
               and CORRECTION_FOLLOW.match(units[following].strip())):
            reasons.setdefault(following, CORRECTION)
            following += 1


FOREIGN = "not English"
PROGRAMME_LISTING = "programme listings"


def mark_foreign_text(units: list[Unit], reasons: dict[int, str]) -> None:
    """Pieces in another language (`foreign_share`); a piece too short to tell goes with them when the
    pieces on both sides of it are foreign ("B i c xem nhi u nh t" between two Vietnamese paragraphs)."""
    verdicts = [foreign_share(unit.text) for unit in units]
    foreign = [share is not None and share >= FOREIGN_SHARE for share in verdicts]
    told = [i for i, share in enumerate(verdicts) if share is not None]
    for before, after in zip(told, told[1:]):
        if foreign[before] and foreign[after]:
            for index in range(before + 1, after):
                foreign[index] = True
    for index, is_foreign_piece in enumerate(foreign):
        if is_foreign_piece and units[index].strip():
            reasons.setdefault(index, FOREIGN)


def mark_outlet_repeats(units: list[Unit], outlet_boilerplate: set[str], reasons: dict[int, str]) -> None:
    """Lines that other documents of the outlet repeat; in a flattened line only the pieces at its
    start or end (boilerplate sits around an article; repeated background sentences inside it stay).
    When the repeats would be most of the text, the document is a copy of an earlier one (dedup's
    business), not boilerplate, and nothing is removed for being repeated."""
    if not outlet_boilerplate:
        return
    found: set[int] = set()
    by_line: dict[int, list[int]] = {}
    for index, unit in enumerate(units):
        if index in reasons or not unit.strip():
            continue
        if unit.whole:
            if normalised_line(unit.text) in outlet_boilerplate:
                found.add(index)
        else:
            by_line.setdefault(unit.line, []).append(index)
    for indexes in by_line.values():
        for run in (indexes, indexes[::-1]):
            for index in run:
                if normalised_line(units[index].text) not in outlet_boilerplate:
                    break
                found.add(index)
    content_chars = sum(len(units[i].text) for i, unit in enumerate(units) if i not in reasons and unit.strip())
    if sum(len(units[i].text) for i in found) > COPY_SHARE * content_chars:
        return
    for index in found:
        reasons[index] = "repeated across the outlet"


def mark_captions(units: list[Unit], reasons: dict[int, str]) -> None:
    """A short unquoted line right above a photo credit is that photo's caption (whole lines only:
    the sentence before a credit inside a flattened line is as likely the article's)."""
    for index, reason in list(reasons.items()):
        if reason != "photo credit" or not units[index].whole:
            continue
        above = index - 1
        while above >= 0 and not units[above].strip():
            above -= 1
        if above >= 0 and above not in reasons and units[above].whole:
            line = units[above].strip()
            if len(line) < 400 and not re.search(r"[\"“”]", line):
                reasons[above] = "photo caption"


def mark_outlet_name(units: list[Unit], reasons: dict[int, str]) -> str | None:
    removed_lines = [units[i].text for i in reasons]
    for index, unit in enumerate(units):
        line = unit.text
        if index in reasons or not line.strip() or not unit.whole:
            continue
        below = index + 1
        while below < len(units) and not units[below].strip():
            below += 1
        if is_outlet_name_line(line, below in reasons, removed_lines):
            reasons[index] = "outlet name"
            return line.strip()
    return None


def page_as_text(raw: RawDocument) -> RawDocument:
    """An HTML page as a text page: trafilatura's text, and its title, author, site name and date
    where the reader gave none (a text page is returned as it is). `clean_document` of either is the
    same Document, so the ingest, which cleans a page twice (again with its outlet's repeated lines),
    extracts the HTML once."""
    if raw.html is None:
        return raw
    extracted = extract_html(raw.html, raw.url)
    return replace(raw, text=extracted.get("text") or "", html=None,
                   title=raw.title or extracted.get("title"), author=raw.author or extracted.get("author"),
                   outlet=raw.outlet or extracted.get("sitename"),
                   published=raw.published or extracted.get("date") or raw.published)


def extract_html(html: str, url: str | None = None) -> dict:
    """Main text and metadata with trafilatura (which dates pages with htmldate); favouring
    precision measured best on the extraction benchmark (`storyline eval extraction`)."""
    import trafilatura

    result = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                         favor_precision=True)
    found = result.as_dict() if result is not None else {}
    if not found.get("text") and html.strip():
        # libxml2 drops everything nested deeper than 255 elements unless asked for a huge tree
        import lxml.etree
        import lxml.html

        parser = lxml.html.HTMLParser(huge_tree=True, remove_comments=True, remove_pis=True,
                                      collect_ids=False, default_doctype=False)
        try:
            tree = lxml.html.fromstring(html, parser=parser)
        except (lxml.etree.ParserError, ValueError):
            return found
        result = trafilatura.bare_extraction(tree, url=url, with_metadata=True, include_comments=False,
                                             favor_precision=True)
        found = result.as_dict() if result is not None else found
    return found


def normalised_body(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


def normalise_date(value: str | None) -> str | None:
    """Metadata dates come as ISO timestamps or plain dates; the store keeps YYYY-MM-DD."""
    if not value:
        return None
    match = re.match(r"(\d{4})-(\d{2})-(\d{2})", value.strip())
    if match:
        return match.group(0) if checked_date(match.group(0)) else None
    import dateparser

    parsed = dateparser.parse(value, settings={"PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False})
    return parsed.date().isoformat() if parsed else None
