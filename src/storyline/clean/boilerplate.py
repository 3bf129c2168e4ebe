"""Which lines of pasted or scraped page text are page furniture rather than article.

Rules are data: each pattern names the kind of furniture it catches, so `removed` can be
read and checked by a person.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from storyline.data import word_list
from storyline.nlp.time.lexicon import MONTH_NAME

# A credit line names the reporters and editors of a wire story ("Reporting by Andrew Quinn, editing by
# Jackie Frank", "Additional reporting by Laura MacInnis in Geneva; Editing by Xavier Briand"): its
# people are the newsroom's, not the story's.
_CREDIT = r"(?i:(?:(?:additional|further)\s+)?(?:reporting|writing|editing|compiled)(?:\s+and\s+\w+)?\s+by\s+)"
# Unbracketed, its body is names and places joined by commas, 'and', 'in' and further credits: an article's
# sentence that opens the same way ("Reporting by The New York Times showed that ...") has a verb and stays.
_NAME = r"(?:[A-Z][\w.'’-]*|(?:de|da|del|der|van|von|al|bin|el|la|le|du|dos)(?=\s+[A-Z]))"
_NAME_JOIN = r"(?:\s*[,;.&]\s*|\s+)(?:(?:and|in|at|for|from|with)\s+)?"
_CREDIT_NAMES = rf"{_NAME}(?:{_NAME_JOIN}{_CREDIT}?{_NAME})*\.?"
CREDIT_LINE = re.compile(rf"^\(\s*{_CREDIT}[A-Z][^()]*\)$|^\(?\s*{_CREDIT}{_CREDIT_NAMES}\s*\)?$")
# Inside a flattened line the credit is a parenthesis of its own, which may hold full stops.
INLINE_CREDIT_LINE = re.compile(rf"\(\s*{_CREDIT}[A-Z][^()]{{0,400}}\)")
# A wire service's id of another story, written inside a sentence ("... virus.. (ID: nHKG362728))"),
# and its invitation to click one ("(For full coverage of the flu outbreak, click (nFLU))").
STORY_ID = re.compile(r"(?:\((?:For|To)\b[^()]{0,100}?\bclick\s+(?:on\s+)?)?\((?:ID:\s*)?n[A-Z0-9]{2,}\)\)?")

# A byline naming the reporter with a newsroom title ("By Maggie Fox, Health and Science Editor"): in a flattened
# page it is glued between the bullets above a report and its dateline.
BYLINE = re.compile(r"\bBy [A-Z][\w.'-]+(?: [A-Z][\w.'-]+){1,2}, (?:[A-Z][\w-]* (?:and )?){0,4}"
                    r"(?:Editor|Correspondent|Reporter|Writer|Columnist)\b")

# A byline of names alone ("By Tim Hepher and Karen Jacobs", "By Nastassia Astrasheuskaya, Ben Judah,"): furniture
# where a dateline in capitals follows it (`_BEFORE_DATELINE`) or where it is a line or piece of its own.
_BYLINE_NAME = r"[A-Z](?:[a-z]|['’][A-Z])[\w.'’-]*(?: [A-Z](?:[a-z]|['’][A-Z])[\w.'’-]*){1,2}"  # not the dateline's capitals
NAMES_BYLINE = re.compile(rf"\bBy {_BYLINE_NAME}(?:(?:,\s*|\s+and\s+){_BYLINE_NAME})*,?")

PRINT_EDITION_NOTE = r"(?:A version(?: of this article)?|This article) appeared on p\d+\b|This article was published on \w+"
# A newspaper's contact lines, printed after the article (and on some pages under the standfirst): "Letters for
# publication should be sent to: letters@guardian.co.uk", "If you need help using the site: userhelp@guardian.co.uk",
# "Call the main Guardian and Observer switchboard:". Their "call" is the page's, not a happening of the story.
CONTACT_LINE = re.compile(r"(?:Letters for publication should be sent to|If you need help using the site|"
                          r"Call the main [A-Z][\w ]{0,40}? switchboard)\s*:(?:\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+)?")
# A correction notice: "This article was amended on 6 May 2010. The original said that ... This has been corrected.",
# "An earlier version of this story termed the effort ...", "The following correction was printed in the Guardian's
# Corrections and clarifications column, ...", "In an earlier version of this article we said ...". What it repeats
# is what the page got wrong, not the news. Its day stays in the text (`CHANGE_NOTE`): the dating reads it.
CORRECTION_NOTICE = re.compile(
    r"^(?:(?:An?|The) earlier version of this\b|In an? (?:earlier|previous) version of this\b|"
    r"The following correction (?:was|has been) (?:printed|published|made)\b|"
    r"This (?:article|story|post|blog post|page|report|column|op-ed) (?:was|has been) (?:amended|updated|corrected|modified|revised)\b)")
# What follows the notice, sentence by sentence: what the page said ("The original said ...", "to correct the figure
# given for ..."), that it is corrected ("This has been corrected."), what the note changed ("In the article above ...").
CORRECTION_FOLLOW = re.compile(
    r"^(?:The original(?: version| article| story| headline| caption| text)? (?:said|says|referred|stated|gave|described|"
    r"called|named|quoted|misquoted|misspelled|mis-spelt|misspelt|misstated|wrongly|incorrectly|was)\b|"
    r"(?:This|It|These|That|The error|The errors|The mistake) (?:has|have|was|were) (?:now )?(?:been )?corrected\b|"
    r"to (?:correct|clarify|amend|remove|reflect)\b|In the article above\b)")
CORRECTION_FOLLOW_MAX = 3  # sentences of a notice after its opening

CAPTION_SENTENCE_WORDS = 30
# Where a person stands in a photo, as its caption says between commas ("Tony Hayward, left, ...", "..., second from right, ...")
PICTURE_PLACE = r"\(?(?:(?:far|second|third|top|bottom|front|back|centre|center)\s+)?(?:(?:from|to)\s+(?:the\s+)?)?(?:left|right|centre|center)\)?"

# A share's instrument code after its company's name, as the wire sets it ("GlaxoSmithKline (GSK.L)", "Royal Caribbean
# Cruises Ltd (RCL. N) (RCL. OL)", "AMR Corp AMR. N", "BP (NYSE: BP)"): no sentence reads it, and a tagger takes its
# exchange letter for a name (an actor "L"). In brackets anywhere; bare only after a company's legal form.
INSTRUMENT_CODE = re.compile(
    r"\s*\((?:(?:[A-Z][A-Z0-9]{0,5}\.{1,2}\s?[A-Z]{1,2}|(?:NYSE|Nasdaq|NASDAQ|AMEX|LSE|TSX)\s*:\s*[A-Z][A-Z.]{0,6})(?:\s*[,;]\s*|(?=\))))+\)"
    r"|(?:(?<=\bCorp)|(?<=\bInc)|(?<=\bLtd)|(?<=\bPlc)|(?<=\bPLC)|(?<=\bplc))\s+[A-Z][A-Z0-9]{1,5}\.\s?[A-Z]{1,2}(?=[\s,;:]|$)")


# What every instrument code holds (each alternative's opening, looser): searched first, as `INSTRUMENT_CODE`
# tries both alternatives at every character and most texts hold no code ("(Reuters)" and "(AP)" are no start).
INSTRUMENT_CODE_START = re.compile(r"\((?:[A-Z][A-Z0-9]{0,5}\.|NYSE|Nasdaq|NASDAQ|AMEX|LSE|TSX)"
                                   r"|(?:Corp|Inc|Ltd|Plc|PLC|plc)\s+[A-Z][A-Z0-9]{1,5}\.")


def drop_instrument_codes(text: str) -> str:
    return INSTRUMENT_CODE.sub("", text) if INSTRUMENT_CODE_START.search(text) else text


# Lines that are furniture wherever they appear.
LINE_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("breadcrumb", re.compile(r"^-?\s*[\w &]{1,30}\s*>\s*$|^-\s+[\w&][\w &]{0,25}$")),
    ("separator", re.compile(r"^[-–—•*·]{1,3}$")),
    ("share", re.compile(r"^(share|share this (post|article|story)|share on \w+|tweet|email|print|copy link|comments?|\d+ comments?)$", re.I)),
    ("subscribe", re.compile(r"^(sign up|subscribe|subscribing\.*|you've been subscribed!?|something went wrong|join our (community|newsletter)|be the first to know|get notified|get the (latest|best)|don't miss)\b.*$", re.I)),
    ("newsletter", re.compile(r"\b(newsletters?|delivered (directly )?to your inbox|free daily email|sign up for|escape your echo chamber)\b", re.I)),
    # (the label then a colon, "credit", "by", "shows", "taken" or nothing more: not "Image repair may become even tougher ...",
    # "Pictures of the BP boss ... are described by ...", "Photographers have hired charterboats ...")
    ("photo credit", re.compile(r"^(\(?(photo(graph)?|image|picture|video)s?\)?(\s*(credit|by|captions?|shows|taken)\b\s*:?.*|\s*:.*)?"
                                r"|photograph\s+[A-Z][\w'’-]*(\s+[A-Z][\w'’-]*)?"
                                r"|.*\b(getty images|shutterstock|ap photo|afp via getty|reuters/|/reuters|epa-efe|/ap|ap/)\b.*)$", re.I)),
    ("initials", re.compile(r"^([A-Z]\s){0,3}[A-Z]$")),
    # a photo's caption set as a sentence: names, where they stand in the picture between commas, what they do ("Bob
    # Dudley, right, arrives for a press conference ...", "Alberto Alvarez, left, testified that ..."); running text
    # says where a person stands in no picture. Short (a caption's words): a caption with no full stop may have the
    # next sentence glued to it, which a longer piece more likely has ("... in Houston on Monday BP shares fell ...").
    ("photo caption", re.compile(rf"^(?=.{{0,300}}$)(?=(?:\S+\s+){{0,{CAPTION_SENTENCE_WORDS - 1}}}\S+\s*$)(?:[A-Z][\w.'’-]*\s+){{0,5}}[A-Z][\w.'’-]*,\s+{PICTURE_PLACE}"
                                 rf"(?:\s+(?:and|with)\s+[^,]{{1,60}}?,\s+{PICTURE_PLACE})?,\s+[a-z]")),
    ("advertising", re.compile(r"^(advertisement|sponsored( content)?\b.*|promoted\b.*|story continues below.*|ad feedback)$", re.I)),
    ("related heading", re.compile(r"^(related( topics| articles| stories| content| coverage)?|more (from|on|stories)\b.*|read (more|next|also)\b.*|recommended( for you)?|most (popular|read)|trending( now)?|you may also like|see also)\s*:?$", re.I)),
    # (a first name or "He"/"She" of a bio: not "there", "it", "this" ..., which open story sentences: "There has been protest ...")
    # ("has been" only with a reporter's work after it, "She has been working for Reuters ...", and "has worked" or
    # "has written" only with what a writer's work takes, "He has worked for Reuters covering technology news": "Oil has
    # been leaking into the Gulf since ...", "BP has been widely criticised", "Obama has written to ..." are a story's.
    # Case-sensitive: any word opens a line when the capital is not required, "Much has been made of ...")
    ("author bio", re.compile(r"^(?!(?:There|Here|It|This|That|Who|What|Which|Everyone|Everything|Nobody|Nothing|Somebody|Something)\b)"
                              r"[A-Z][a-z]+ (?:has (?:worked|written) (?:for|as|about|on|extensively)|"
                              r"has been (?:working|writing|reporting|covering|editing)|"
                              r"is an? (?:senior |staff |freelance )?(?:news |politics |culture )?(?:writer|reporter|editor|correspondent|journalist))\b.*")),
    ("comment policy", re.compile(r"\b(welcomes? a lively( and courteous)? discussion|anything you post|(comments?|discussion) (are|is) (now )?(not )?(pre-?screened|moderated|closed)|"
                                  r"this comment (was|has been) removed|(terms of (service|use)|privacy policy|house rules|rules of conduct)\b.*\b(comment|post|follow|agree|broke)|"
                                  r"(comment|post|follow|agree|broke)\b.*\b(terms of (service|use)|privacy policy|house rules|rules of conduct))", re.I)),
    ("disclaimer", re.compile(r"^(-\s*)?(the )?(opinions|views) expressed( here| in this \w+)? are (his|her|their|the author's|my|its) own\b|"
                              r"\bis not responsible for the content\b", re.I)),
    # a teaser for another story ends with its link: "Oil giant tries to win back credibility ... Continue reading..."
    ("teaser", re.compile(r"\bcontinue reading\s*(\.{3}|…)?$", re.I)),
    ("media player", re.compile(r"\bto (play|see|view|watch) this (content|video|clip|media)\b|\b(javascript|flash( player)?)\b[^.]{0,60}\b(enabled|installed|turned on|required)\b", re.I)),
    # a wire story's credit line: "(Reporting by Maggie Fox; Editing by Will Dunham)", "Additional reporting by ..."
    ("credit line", CREDIT_LINE),
    ("byline", re.compile(rf"^(?:{BYLINE.pattern}|{NAMES_BYLINE.pattern})$")),
    # a wire service's story id, a link to another story: "(ID: nBKK234536)"
    ("story id", re.compile(rf"^(?:{STORY_ID.pattern}\s*)+$")),
    # a newspaper's print-edition note: "A version appeared on p15 of the Main section section of the Guardian on"
    ("print edition note", re.compile(rf"^(?:{PRINT_EDITION_NOTE})")),
    ("contact", re.compile(rf"^{CONTACT_LINE.pattern}$")),
    ("comment furniture", re.compile(r"^(reply|report (as )?abus(e|ive)|permalink|recommend|flag|\d+ (replies|recommendations))(\s*[|·]\s*(reply|report abuse|permalink|recommend|flag))*$", re.I)),
]

# After one of these, in the second half of the page, the article is over.
TAIL_MARKERS = re.compile(
    r"^(comments?|related topics|related (articles|stories|content)|more (from|stories)\b.*|"
    r"sponsored content\b.*|be the first to know|recommended( for you)?|read next|you may also like|most popular)$",
    re.I,
)

# Headline glued to a section label, typical of related-story teaser lists ("...in 2026The Week Recommends").
GLUED_TEASER = re.compile(r"[a-z0-9’'?]([A-Z][a-z]+ )?(Speed Read|In Depth|The Explainer|In the Spotlight|IN THE SPOTLIGHT|The Week Recommends|Opinion|Analysis|Explainer)\b")


@dataclass
class LineVerdict:
    index: int
    line: str
    reason: str | None  # None means: article text


# Text in another language, or in one whose accented letters were lost ("Vi t Nam ch a c tr ng h p"):
# English words nearly all hold a vowel and are seldom a single letter. On Timeline17 bpoil_bbc,
# bpoil_reuters and haiti_bbc no English piece of 8 words or more has a quarter of such words (units
# such as "m", "ft" and "p.m." come closest); the Vietnamese pages of H1N1_bbc have a third or more.
_WORD = re.compile(r"(?<![\w'’])[A-Za-z]+(?![\w'’])")
_NO_VOWEL = re.compile(r"^[^aeiouy]+$")
FOREIGN_MIN_WORDS = 8
FOREIGN_SHARE = 0.33


def foreign_share(text: str) -> float | None:
    """The share of a piece's words that no English word looks like (lower-case words without a vowel,
    lone letters other than 'a'); None for a piece too short to tell."""
    words = _WORD.findall(text)
    if len(words) < FOREIGN_MIN_WORDS:
        return None
    odd = sum(1 for word in words if word.islower() and word != "a" and (len(word) == 1 or _NO_VOWEL.match(word)))
    return odd / len(words)


def furniture_reason(line: str) -> str | None:
    stripped = line.strip()
    for reason, pattern in LINE_PATTERNS:
        if pattern.search(stripped):
            return reason
    if GLUED_TEASER.search(stripped):
        return "related story"
    return None


# A newspaper's end matter inside a flattened page: the print-edition note ("A version appeared on p15 of the Main
# section section of the Guardian on") and the invitation to its Twitter feed ("Follow all the top stories of the day
# on Twitter with ... achrisafis: French TV reporting ..."), after which come the feed's posts and other boxes.
END_MATTER = re.compile(rf"^(?:{PRINT_EDITION_NOTE}|{CONTACT_LINE.pattern})|\bFollow (?:all )?the (?:latest|top)\b[^.?!]{{0,80}}?\bon Twitter\b")


def find_end_matter(pieces: list[str]) -> int | None:
    """Index of the piece of a flattened line where its end matter begins (in the line's second half only: a
    note among the first pieces heads the page)."""
    for index in range(len(pieces) // 2, len(pieces)):
        if END_MATTER.search(pieces[index].strip()):
            return index
    return None


def find_tail_start(lines: list[str]) -> int | None:
    """Index of the line where trailing page furniture (comments, related lists) begins."""
    content = [i for i, line in enumerate(lines) if line.strip()]
    if len(content) < 4:
        return None
    halfway = content[len(content) // 2]
    for index in content:
        if index >= halfway and TAIL_MARKERS.match(lines[index].strip()):
            return index
    return None


def find_teaser_lists(lines: list[str]) -> set[int]:
    """Runs of short items separated by lone '-' lines: lists of links to other stories."""
    separators = [i for i, line in enumerate(lines) if line.strip() in {"-", "–", "•"}]
    if len(separators) < 2:
        return set()
    removed: set[int] = set()
    for first, second in zip(separators, separators[1:]):
        between = [i for i in range(first + 1, second) if lines[i].strip()]
        if len(between) <= 2 and all(len(lines[i]) < 400 for i in between):
            removed.update(range(first, second + 1))
    last = separators[-1]
    if last in removed:
        trailing = [i for i in range(last + 1, len(lines)) if lines[i].strip()]
        if len(trailing) <= 2 and all(len(lines[i]) < 400 for i in trailing):
            removed.update(range(last, len(lines)))
    return removed


def find_repeated_lines(lines: list[str], head_lines: int = 5) -> dict[int, str]:
    """A line near the top repeated later (a standfirst restated in the body, a doubled headline).
    Only the top counts: lists and Q&A legitimately repeat lines further down."""
    keys = [_normalise(line) for line in lines]
    repeated: dict[int, str] = {}
    head = [i for i, key in enumerate(keys) if key][:head_lines]
    for i in head:
        key = keys[i]
        if len(key) < 25:
            continue
        for later in range(i + 1, len(keys)):
            if keys[later] and (keys[later] == key or (len(key) >= 60 and key in keys[later])):
                repeated[i] = "repeated line"
                break
    return repeated


PLAIN_QUOTES = str.maketrans({"`": "'", "’": "'", "‘": "'", "´": "'", "“": '"', "”": '"'})


def _normalise(line: str) -> str:
    """The line lower-cased, its quote marks plain and each run of white space one space: a translation
    table and `str.split` (which splits at the white space a regex's `\\s` matches), not three regex
    substitutions, for every line of every document cleaned."""
    return " ".join(line.strip().lower().translate(PLAIN_QUOTES).split())


def normalised_line(line: str) -> str:
    return _normalise(line)


# ---------------------------------------------------------------- flattened text and comments
#
# Scraped corpora often keep a whole page on one line. The line rules above would then remove the
# whole article for one credit or prompt in it, so a long line is cut into pieces (sentences, and
# the timestamp blocks of bylines and comments) and the rules judge each piece.

_MONTH = MONTH_NAME + r"\.?"
_WEEKDAY = r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?"
_DATE = rf"(?:{_WEEKDAY}\s+)?(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s+\d{{4}})"
# a zone is EST, GMT, CEST, UTC...: not any capitals ("7:04 PM BP has reimbursed ..." keeps "BP")
# (the space before "am" sits inside its optional group: a greedy space outside it left "22.09 BST" without its zone)
_CLOCK = r"\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+(?:[A-Z]{1,3}T\b|UTC\b|UK time))?"
# "June 15, 2011 at 3:51 pm", "Sunday, November 14, 2010; 7:04 PM" (the Washington Post's), "22:29, 13 January 2010"
STAMP = rf"(?:{_DATE}[,;]?\s+(?:at\s+)?{_CLOCK}|{_CLOCK},?\s+(?:on\s+)?{_DATE})"
_HANDLE = r"[^\s|]+(?: [^\s|]+){0,2}"
_ABUSE = r"Report (?:as )?abus(?:e|ive)"

# A comment's header (before its text) or footer (after it): a timestamp with a handle, "wrote:",
# "Reply" or "Report abuse".
COMMENT_HEADER = re.compile(
    rf"(?:At\s+)?{_CLOCK},?\s+(?:on\s+)?{_DATE},\s+{_HANDLE}\s+wrote:"  # At 5:49 pm on 05 May 2009, someone wrote:
    rf"|{STAMP}\s*\|\s*@\s?[\w.-]+(?:\s+--)?"  # June 15, 2011 at 3:51 pm | @ someone --
    rf"|(?<![\w.])[\w.]{{2,30}} at {_CLOCK}:"  # someone at 11:07 am:
)
COMMENT_FOOTER = re.compile(
    rf"Posted by:?\s+{_HANDLE}\s*\|\s*{STAMP}(?:\s*\|\s*{_ABUSE})?"  # Posted by: someone | date time | Report abuse
    rf"|Posted by:?\s+{_HANDLE}\s*\|\s*{_ABUSE}"  # Posted by someone | Report as abusive
    rf"|Posted by:?\s+[^\s|]+\s+{_DATE}"  # Posted by someone 2 May 2012
    rf"|{STAMP}\s*\|\s*(?:Reply|{_ABUSE})"  # July 27, 2011 at 6:39 pm | Reply
)
COMMENT_MARK = re.compile(rf"{COMMENT_HEADER.pattern}|{COMMENT_FOOTER.pattern}")
# A byline or dateline with a clock time: "LONDON | Tue Mar 1, 2011 7:40 am EST", "Jane Doe | 22:29 UK time, Wednesday, 13 January 2010".
# The place may carry its state or country after a comma ("GRAND ISLE, Louisiana | Fri Jun 4, 2010 7:36 pm EDT"): cut at
# the comma, the place stayed glued to the dateline repeated after the stamp ("GRAND ISLE, GRAND ISLE, Louisiana (Reuters)").
# (the part before the comma in capitals: a caption "... off the coast of Louisiana, WASHINGTON | ..." keeps its words)
_STAMP_PLACE = r"(?:[A-Z][A-Z.'/ -]{1,40},\s+[A-Z][\w.'/ -]{0,30}|[A-Z][\w.'/ -]{0,40})"
BYLINE_PREFIX = re.compile(rf"^{_STAMP_PLACE}\s+\|\s+")
STAMP_LINE = re.compile(rf"(?:{_STAMP_PLACE}\s+\|\s+)?{STAMP}")
# A photo credit inside a flattened line: "Photograph: Gerald Herbert/AP", "Credit: Reuters/Bob Laura/Files",
# "Photograph: Mark Ralston/AFP/Getty Images". Without a slash the credit is a picture agency or a photographer's name
# where the story's first sentence begins after it (the Guardian's "Photograph: AP When Tom Reddoch was growing up ...",
# "Photograph: Carolyn Cole Here's my take ...", "Photograph: Spillcam One month after ..."); it had gone with that
# sentence.
_PICTURE_AGENCY = (r"(?:Associated Press|Getty Images|Rex Features|Reuters|REUTERS|AP|AFP|EPA|PA|Rex|Corbis|Magnum|Nasa|NASA|"
                   r"Alamy|Bloomberg|Xinhua|Sipa)")
_SENTENCE_AFTER_CREDIT = r"(?=\s+(?:[A-Z][\w'’-]*\s+(?:[A-Z][\w'’-]*\s+)?[a-z\d]|[\"“]?[A-Z][\w'’]*\s+[A-Z])|\s*$)"
INLINE_CREDIT = re.compile(r"(?:Photograph|Photo|Picture|Credit|Image)s?:(?:\s+\S+){0,3}?\s*\S*/\S*(?:(?:\s+\S+){0,6}/\S*)?"
                           r"(?:(?<=Getty)\s+(?i:images)\b|(?<=Magnum)\s+Photos\b)?|"
                           rf"Photograph:?\s+"
                           rf"(?:{_PICTURE_AGENCY}\b|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?){_SENTENCE_AFTER_CREDIT}")
# A page's update stamp ("22 June 2010 Last updated at 05:09 GMT Help", "Page last updated at 08:58 GMT, Thursday,
# 24 June 2010 09:58 UK", "Last updated: 29 June 2010"): when the page was edited, with the help link after it. Not
# removed: the dating reads it ("6 January 2011 Last updated at ...": written on or before that day, most often on it;
# docs/dating.md), and removing it cost `storyline eval dating` 65.5% -> 64.0% of articles alone inside their range.
# It is split off whole (so the clock-time stamp rule takes no part of it) and kept as its own piece.
UPDATE_STAMP = re.compile(rf"(?:{_DATE}\s+)?(?:Page\s+)?[Ll]ast updated(?:\s+(?:at|on))?:?\s+"
                          rf"(?:{_CLOCK}(?:,?\s+(?:on\s+)?{_DATE})?|{_DATE})(?:\s+\d{{1,2}}:\d{{2}}\s+UK)?(?:\s+Help\b)?")
# A page's note of a later change, the opening of a correction notice: "This article was amended on 14 and 21 May
# 2010", "This article was updated at 1pm on 10 June 2010". Split off and kept, like `UPDATE_STAMP`: the dating reads
# its day as a bound on the writing (`nlp.time.dating`); what the notice says after it goes (`CORRECTION_FOLLOW`).
_NOTE_DAY = (rf"(?:{_WEEKDAY}\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?(?:\s+and\s+\d{{1,2}}(?:st|nd|rd|th)?)?\s+{_MONTH}"
             rf"|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:\s+and\s+\d{{1,2}}(?:st|nd|rd|th)?)?),?\s+\d{{4}}")
CHANGE_NOTE = re.compile(r"This (?:article|story|post|blog post|page|report|column) (?:was|has been) "
                         r"(?:amended|updated|corrected|modified|revised)\s+"
                         rf"(?:at\s+\d{{1,2}}(?:[.:]\d{{2}})?\s*[ap]\.?m\.?\s+)?on\s+{_NOTE_DAY}\.?")
# The words opening a clock-time update stamp, after which BBC pages print the stamp older code read as the dateline.
UPDATED_AT = re.compile(r"^(?:Page\s+)?[Ll]ast updated(?:\s+(?:at|on))?:?\s+")
# A server-side include that failed and printed its error into the page.
SERVER_ERROR = re.compile(r"\(an error occurred while processing this directive\)", re.I)
# A reporter's signature box flattened into the text: the name, the desk title, the newsroom (an acronym with "News",
# "Panorama"...) and where they file from: "By Damian Kahya Business reporter, BBC News", "Mark Mardell BBC News,
# Washington", "By Joe Lynam, BBC business correspondent", "Matt McGrath BBC News science reporter". The place after
# the newsroom is the shortest run of capitalised words followed by a sentence's opening ("Los Angeles Jackson
# was due ..." keeps "Jackson was due ...").
_PERSON = r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2}"
_DESK = r"(?:[A-Z][a-z]+\s+)?(?:[a-z]+\s+){0,2}(?i:reporter|correspondent|editor)"
_NEWSROOM = r"[A-Z]{2,5}(?:\s+(?:News(?:\s+[Cc]hannel)?|Panorama|World Service))"


def _listed_places(several_words: bool) -> str:
    """Places of two or more words (else of one) in the places lists (data/places.txt, regions.txt), longest first,
    as a regex alternation."""
    names = sorted({name for name in word_list("places.txt") + word_list("regions.txt") if (" " in name) == several_words},
                   key=lambda name: (-len(name), name))
    return "|".join(re.escape(name) for name in names)


# A listed place of several words is taken whole ("Los Angeles Michael Jackson died ..." keeps "Michael"); a listed
# place of one word is the place before a sentence that opens with a person's two names ("Washington Ken Salazar is
# threatening ..." keeps "Ken"; the shortest run took "Washington Ken").
_FILED_FROM = (rf"(?:,\s+(?:{_listed_places(True)})(?=\s)|,\s+(?:{_listed_places(False)})"
               r"(?=\s+[\"“‘]?[A-Z][a-z][\w'’-]*\s+[A-Z][a-z][\w'’-]*\s+[a-z(])|")
# (or a live page's next entry time: "Christian Fraser BBC News, Paris 1146: ...")
_FILED_FROM += r",\s+[A-Z][\w'’.-]*(?:,?\s+[A-Z][\w'’.-]*){0,2}?(?=\s+[\"“‘]?[A-Z][\w'’-]*\s+[a-z(\"“]|\s+(?:[01]\d|2[0-3])[0-5]\d:\s|\s*$))?"
SIGNATURE = re.compile(
    rf"(?:(?<![\w,])By\s+{_PERSON}(?:\s+and\s+{_PERSON})?,?\s+(?:{_DESK},?\s+)?{_NEWSROOM}{_FILED_FROM}"
    rf"|(?<![\w,])By\s+{_PERSON},\s+[A-Z]{{2,5}}\s+{_DESK}"
    rf"|(?:(?<=[.!?\"”’:]\s)|^){_PERSON},?\s+(?:{_DESK},?\s+)?{_NEWSROOM}(?:\s+{_DESK}|{_FILED_FROM}))"
)
# A live page's entry times: "2200: Our live coverage ends now", "1003: Dominic Casciani ..." (see `live_entry_times`).
LIVE_ENTRY_TIME = re.compile(r"(?<!\S)(?:[01]\d|2[0-3])[0-5]\d:(?=\s)")
# A live page's or a diary's timed entry written with a clock's punctuation ("12.11 pm: More on the blame game ...",
# "8pm: The FT's Lex ...", "10.00 am: I reached the national records building."): the entry is the page's text and stays,
# but it is the minute-by-minute notes of one page, not a report of the day's happening, so the summarised timeline
# passes over it (`story.timeline._is_summary_worthy`).
LIVE_ENTRY = re.compile(r"\b\d{1,2}(?:[.:]\d{2}\s*(?:[ap]\.?m\.?)?|\s*[ap]\.?m\.?)\s*:\s")
# Inside a flattened line a byline is glued before its dateline or stamp in capitals, or ends the line; elsewhere the same
# words open a sentence ("By Election Day, Managing Editor Jane Doe had resigned.").
_BEFORE_DATELINE = r"(?=\s*$|\s+[A-Z]{2,}(?:[ /.-]+[A-Z]{2,})*\.?\s*[,(|])"
# A byline of two or more names is glued before the report's first sentence too ("By Michael Hirst and David Walker
# Stopping a potentially devastating slick ...", "By Niu Shuping and Ken Wills Nevermind that ..."); one name before
# a capital may be a BBC signature's name and desk ("By Richard Black Environment correspondent, BBC News").
# The names end with "and" and a name: a phrase after "By" and a comma opens a sentence ("By Election Day, Managing ...").
_SEVERAL_NAMES_BYLINE = rf"\bBy {_BYLINE_NAME}(?:,\s*{_BYLINE_NAME})*\s+and\s+{_BYLINE_NAME}(?=\s+[A-Z][a-z]+\s+[a-z])"
# Every alternative below opens with a capital, a digit, "(" or "last updated", except a commenter's handle
# ("someone at 11:07 am:"), the word before " at " and a clock. The lookahead says so once, so `finditer` passes the
# other positions without trying each alternative there: the same matches, 5x faster on a page flattened onto one line.
_BLOCK_START = r"(?=[A-Z\d(l]|(?<![\w.])[\w.]{2,30} at \d)"
_BLOCK = re.compile(rf"{_BLOCK_START}(?:{UPDATE_STAMP.pattern}|{CHANGE_NOTE.pattern}|{CONTACT_LINE.pattern}|{SERVER_ERROR.pattern}|{SIGNATURE.pattern}|{LIVE_ENTRY_TIME.pattern}|{COMMENT_MARK.pattern}|{STAMP_LINE.pattern}|{INLINE_CREDIT.pattern}|{INLINE_CREDIT_LINE.pattern}|{STORY_ID.pattern}|(?:{BYLINE.pattern}|{NAMES_BYLINE.pattern}){_BEFORE_DATELINE}|{_SEVERAL_NAMES_BYLINE})")

_ABBREVIATIONS = frozenset(
    "mr mrs ms dr st sen rep gov gen col lt sgt capt adm prof rev jr sr inc corp co ltd no vs fig "
    "jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n".split()
)
_SENTENCE_END = re.compile(r"[.!?][\"”’')\]]*\s+(?=(?:[-–—]\s+)?[\"“‘(\[]?[A-Z0-9])")
FLATTENED_MIN_SENTENCES = 3  # a paragraph line is a few sentences; a page on one line is many
FLATTENED_MIN_CHARS = 300


def split_sentences(text: str) -> list[str]:
    """Sentences by punctuation, not cutting after initials or common abbreviations ("U. S.", "Mr.")."""
    pieces, start = [], 0
    for match in _SENTENCE_END.finditer(text):
        before = text[start : match.start() + 1].split()
        last_word = before[-1].rstrip(".").lower() if before else ""
        if text[match.start()] == "." and (len(last_word) == 1 or last_word in _ABBREVIATIONS):
            continue
        pieces.append(text[start : match.end()].strip())
        start = match.end()
    if text[start:].strip():
        pieces.append(text[start:].strip())
    return [piece for piece in pieces if piece]


def split_line_pieces(line: str) -> list[str]:
    """A flattened line's pieces: timestamp blocks (bylines, comment headers) and the sentences between."""
    pieces, start = [], 0
    for match in _BLOCK.finditer(line):
        pieces.extend(split_sentences(line[start : match.start()]))
        pieces.append(match.group(0).strip())
        start = match.end()
    pieces.extend(split_sentences(line[start:]))
    return pieces


def is_flattened(line: str, pieces: list[str]) -> bool:
    return len(line) >= FLATTENED_MIN_CHARS and len(pieces) >= FLATTENED_MIN_SENTENCES


def stamp_reason(piece: str) -> str | None:
    """A piece that is only a comment header/footer or a byline timestamp."""
    text = piece.strip()
    if COMMENT_MARK.fullmatch(text):
        return "comment header"
    if STAMP_LINE.fullmatch(text):
        return "timestamp"
    if SERVER_ERROR.fullmatch(text):
        return "server error"
    if SIGNATURE.fullmatch(text):
        return "reporter's signature"
    return None


_FIRST_SECOND_PERSON = re.compile(r"\b(I|I'm|I've|I'd|(?i:my|me|you|your|you're|we|our)|us)\b|[!?]\W*$")
_HANDLE_LINE = re.compile(r"^@?[\w.-]+(?: [\w.-]+){0,2}$")  # a commenter's name alone on a line
# An invitation to comment opens the comment section it precedes.
COMMENT_PROMPT = re.compile(r"\b(leave (your|a) (thoughts|comments?)|(in )?the comments? section|post a comment|add your comments?|"
                            r"have your say|join the (discussion|conversation)|share your (thoughts|views))\b", re.I)
# An outlet's notice about its comments ("We welcome comments that advance the story ...", "Views expressed in the
# comments do not represent those of Reuters") heads the comment section: the readers' comments follow it, and on a
# flattened page after the section only the page's closing furniture (author bios, "This discussion is now closed").
COMMENT_NOTICE = re.compile(r"\bwe welcome (your )?comments\b|\b(views|opinions) expressed in (the |these |reader )?comments\b", re.I)
_QUOTED = re.compile(r"[\"“][^\"”]*[\"”]")
_REPORTING = re.compile(r"\b(said|says|told|according to)\b")
CHATTER_GAP = 3  # this many article-like pieces in a row end the walk back from the first comment
HEAD_UNITS = 3  # an invitation to comment among the first pieces belongs to the page header


def is_chatter(piece: str) -> bool:
    """Readers talk to each other in the first and second person, outside quotation marks."""
    unquoted = _QUOTED.sub("", piece)
    if _HANDLE_LINE.match(piece.strip()) and not piece.strip().endswith("."):
        return True
    return bool(_FIRST_SECOND_PERSON.search(unquoted)) and not _REPORTING.search(unquoted)


def find_comment_start(units: list[str]) -> int | None:
    """Where the reader comments begin. Comments with headers begin at the first header; comments
    with footers begin before the first footer, with the first comment's text: the walk back goes
    over reader chatter, at most twice the usual comment length (measured between footers), and
    stops at article-like pieces. An invitation to comment just before either opens the section.
    Comments without headers or footers begin where the page says the debate is closed and reader
    chatter follows (`closed_debate_start`), or at the outlet's notice about its comments (`COMMENT_NOTICE`)."""
    notice = next((i for i in range(HEAD_UNITS, len(units)) if COMMENT_NOTICE.search(units[i])), None)
    before_notice = comments_before_notice(units, notice) if notice is not None else None
    headerless = min((i for i in (closed_debate_start(units), before_notice, notice) if i is not None), default=None)
    marks = [i for i, unit in enumerate(units) if stamp_reason(unit) == "comment header"]
    if not marks:
        return headerless
    first = marks[0]
    footers = [i for i in marks if COMMENT_FOOTER.fullmatch(units[i].strip())]
    if footers and footers[0] == first:
        gaps = sorted(b - a for a, b in zip(footers, footers[1:]))
        window = 2 * (gaps[len(gaps) // 2] if gaps else CHATTER_GAP)
    else:
        window = CHATTER_GAP
    start, gap = first, 0
    if footers and footers[0] == first:
        for index in range(first - 1, max(first - 1 - window, -1), -1):
            if not units[index].strip():
                continue
            if is_chatter(units[index]):
                start, gap = index, 0
            else:
                gap += 1
                if gap >= CHATTER_GAP:
                    break
    prompts = [i for i in range(max(first - window, HEAD_UNITS), first) if COMMENT_PROMPT.search(units[i])]
    return min([start] + prompts[:1] + ([headerless] if headerless is not None else []))


# A photographer's credit, which closes a blog post's text: "Photo credits: REUTERS/Sean Gardner (...)", "Issei Kato/Reuters",
# "(Photo: Japanese students wear masks in Tokyo/Toru Hanai)".
_AGENCY = r"(?i:reuters|ap|afp|epa|getty images)"
# (a name, not a poll's or a joint venture's: "a new Reuters/Ipsos poll found")
PHOTOGRAPHER_CREDIT = re.compile(rf"\b{_AGENCY}/\s?[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)*(?![\w.'-])(?!\s+[a-z])|"
                                 rf"\b[A-Z][\w.'-]+/{_AGENCY}\b(?!\s+[a-z])|\((?i:photos?):[^()]*/[A-Z][^()]*\)")
# A reader speaking to the post or its author: "Thank you Eric for putting some sanity to this", "Your article
# mentions ...", "Thank you very much for your story", "Surely this piece is a joke". Not an article's note about
# itself ("This article was amended on ...", "BP declined to comment for this article").
READER_ADDRESS = re.compile(
    r"(?i:\byour (?:article|post|posting|blog|column|piece|story|analysis|write-?up)\b|"
    r"(?<!\bfor )(?<!\bto )(?<!\bin )\bthis (?:article|piece|posting)\b(?! (?:was|has|had|first|originally|appeared)\b)|"
    r"\bthanks?(?: you)?(?: very much| so much)?,?(?: sir| again)?,? for (?:this|your|the|a|an|sharing|writing|posting|publishing)\b|"
    r"\bas (?:the|this|your) (?:article|post|author|writer|blogger|columnist) (?:implies|says|suggests|states|claims|argues)\b)|"
    r"\bThank(?:s| you),? [A-Z][a-z]+,? for\b")


def comments_before_notice(units: list[str], notice: int) -> int | None:
    """Where the readers' comments begin on a blog page that prints them, headerless, between the post and the
    outlet's notice about comments (Reuters blogs): at the post's closing photographer's credit, or at the first
    reader who speaks to the post or its author, whichever comes first. Neither is taken among the page's first
    pieces, where a credit belongs to the lead picture."""
    credits = [i for i in range(HEAD_UNITS, notice) if PHOTOGRAPHER_CREDIT.search(units[i])]
    address = next((i for i in range(HEAD_UNITS, notice) if READER_ADDRESS.search(_QUOTED.sub("", units[i]))), None)
    return min((i for i in (credits[-1] if credits else None, address) if i is not None), default=None)


# "This debate is now closed." (the BBC's Have Your Say), "Comments are closed": the readers'
# comments of a closed debate follow, with no header or footer of their own.
CLOSED_DEBATE = re.compile(r"\b(this|the) (debate|discussion|conversation|topic) (is|has) (now )?(been )?closed\b|"
                           r"\bcomments (are|have been) (now )?closed\b", re.I)
CHATTER_SHARE = 0.5  # at least this share of the pieces after the notice read as readers talking
CHATTER_LOOKAHEAD = 10


# A page that hands over to its readers: "Readers ... have been sending their accounts to the BBC",
# "We will aim to publish as many of your views as we can", "Send me a sentence using these idioms".
READERS_CALL = re.compile(r"\b(readers?|you|viewers|listeners)\b[^.?!]{0,60}\b(been )?(sending|sent|send)\b[^.?!]{0,20}"
                          r"\b(their|your|us your|me your|in your)\b[^.?!]{0,12}\b(accounts?|views|comments|experiences|stories|questions)\b|"
                          r"\bpublish\b[^.?!]{0,30}\byour (views|comments)\b|\bask(ing)? for your (comments|views)\b|"
                          r"\bsend (me|us) (a|your) (sentence|comments?|views|story|stories)\b", re.I)


def closed_debate_start(units: list[str]) -> int | None:
    """The notice that a debate is closed (never among the page's first pieces, where it heads the
    debate's own introduction) or a call that hands the page over to its readers, when readers'
    chatter follows it."""
    for index, unit in enumerate(units):
        closed, call = CLOSED_DEBATE.search(unit), READERS_CALL.search(unit)
        if not ((index >= HEAD_UNITS and closed) or call):
            continue
        following = [u for u in units[index + 1 :] if u.strip()][:CHATTER_LOOKAHEAD]
        if following and sum(is_chatter(u) for u in following) >= CHATTER_SHARE * len(following):
            return index + 1 if call and not closed else index
    return None


def line_units(line: str, only_line: bool = False) -> list[str]:
    """The line itself, or its pieces when it is a flattened page. A document's only line is
    judged piece by piece whenever it has several, so one rule never empties a whole document."""
    if only_line:
        pieces = split_line_pieces(line)
        return pieces if len(pieces) > 1 else [line]
    pieces = split_line_pieces(line) if len(line) >= FLATTENED_MIN_CHARS else []
    return pieces if is_flattened(line, pieces) else [line]


_LIVE_ENTRY_PIECE = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d:")
LIVE_ENTRY_MIN = 3  # entry times of a live page come in runs; one "2010:" is more likely a year


def live_entry_times(units: list[str]) -> list[int]:
    """The pieces that are only a live page's entry time ("2200:"). A chronology's years ("2008: ...",
    "2010: ...") look the same, so the times count only when there are several and one of them cannot
    be a year the time patterns read (before 1500 or after 2099: "0946:", "2159:")."""
    found = [i for i, unit in enumerate(units) if _LIVE_ENTRY_PIECE.fullmatch(unit.strip())]
    values = [int(units[i].strip()[:4]) for i in found]
    if len(found) < LIVE_ENTRY_MIN or all(1500 <= value < 2100 for value in values):
        return []
    return found


# ---------------------------------------------------------------- captions glued to the next sentence
#
# A flattened page loses the line break after a photo caption, a pull quote or a headline, and these carry no
# full stop, so they are glued to the sentence after them: "There has been an outpouring of grief around the
# world There was no sign of foul play ...". The seam is a word in lower case followed by a word that running
# English capitalises only when it opens a sentence (an article, a pronoun, a conjunction, a preposition, a
# number word) and then a word in lower case: "world There was". Words of this closed class, general English:
# not "I", which is always capitalised, and no noun or name, which may be capitalised anywhere.
SENTENCE_OPENERS = frozenset(
    "The A An This These Those Some Many Most Each Every No All Both Several Such Another "
    "He She It They We You There His Her Its Their Our My Your "
    "But And Or So Yet However Meanwhile Although Though While When Where If After Before As Since Because Until "
    "Once Earlier Later Now Then Still Also In On At For From With Without During Under Over By Of To About Among "
    "Despite One Two Three Four Five Six Seven Eight Nine Ten".split()
)
_OPENERS = "|".join(sorted(SENTENCE_OPENERS))
# The opener may also begin a name ("... in US history The Helix Producer is being brought in", "... his collapse A White
# House spokesman said ..."): then a word in lower case that is no preposition, article or conjunction must follow the
# name, which a title inside a sentence does not have ("will examine The Big Oil Bailout Prevention Liability Act of 2010").
_NAME_RUN = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4}"
_AFTER_NAME = r"(?!(?:of|and|or|in|on|at|to|for|from|with|by|the|a|an|as)\b)[a-z]"
_GLUE_SEAM = re.compile(rf"(?<=[a-z0-9\"'”’)`])\s+(?=[\"“‘`]?\s?(?:{_OPENERS})\s+(?:(?!and\b|or\b)[a-z]|{_NAME_RUN}\s+{_AFTER_NAME}))")
# The caption's last word cannot end a phrase when it is an article, a preposition, a conjunction, a possessive or
# an auxiliary ("the open optimism of A major"): the seam is then inside a sentence. (Not the prepositions that also end
# a clause as a verb's particle: "buildings to sift through", "as before".)
_OPEN_ENDINGS = frozenset(
    "a an the of to in on at by for from with into onto about between among against during within via like including "
    "toward towards upon amid "
    "and or nor but as than that this these those his her its "
    "their our your my is are was were be been being has have had will would can could shall should may might must "
    "do does did not".split()
)
# Nouns a capital letter follows as a label, not as a sentence's article ("type A influenza", "an influenza A virus",
# "plan A", "grade A", "vitamin C").
_LETTER_LABELS = frozenset("type class grade category group plan vitamin section influenza hepatitis flu".split())
# Words of saying or naming end a sentence's first half before a quotation or a title ("..., he said "The
# administration is ...", 'a study entitled "On the information role ..."').
_QUOTING_WORDS = frozenset(
    "said says say told tells wrote writes added adds asked asks explained explains insisted insists warned warns "
    "noted notes argued argues replied replies stated states declared declares claimed claims continued continues "
    "reads read entitled titled called named dubbed".split()
)
# Title case after the opener is a title of a work, not a sentence ("his This is It concerts").
_NO_CAPTION_ENDINGS = _OPEN_ENDINGS | _QUOTING_WORDS | _LETTER_LABELS
_TITLE_AFTER_OPENER = re.compile(rf"^\S+\s+\S+\s+(?:\S+\s+)?(?:{_OPENERS}|Is|Was|Are)\b")
_LETTER_A = re.compile(r"A\s+(\w+)")
_DATE_END = re.compile(rf"{_DATE}\W*$")  # a chronology's date heading ("22 July 2009 The doctor's clinic is raided")
_INNER_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s")
_QUOTE_MARK = re.compile(r"[\"“”]")
GLUED_CAPTION_WORDS = (3, 20)  # a caption's words; a sentence that lost its full stop is longer than most captions
# before an opener that begins a name, a few words are more likely the name's description ("Theme park operator Six
# Flags said ...", "Conservative think tank The Heritage Foundation tweets ...") than a caption, which says what happens
GLUED_NAME_CAPTION_WORDS = 5
# number words and possessives open names themselves ("Three Mile Island", "Six Flags", "Your View")
_NAME_WORDS = frozenset("One Two Three Four Five Six Seven Eight Nine Ten His Her Its Their Our My Your".split())
GLUED_HEAD_WORDS = 40  # at the start of a page: headline, standfirst and caption together


_POSSESSIVE_END = re.compile(r"['’]s$")


# A pull quote as a broadcaster's page sets it, a name, a colon and the words in single quotes, glued to the sentence
# after it ("Salazar: ` This is a BP mess and we will not rest until the job is done. ' A BP official said ..."): a
# quotation in running text has a verb of saying before its colon ("Salazar said: ..."), so only capitalised words do.
# The page may set the words in double quotes too ('Adm Thad Allen: "When BP is ready, we will start to increase the
# pressure" Oil firm BP is preparing ...').
_PULL_QUOTE = re.compile(r"^[\s,;]*(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*:\s+(?:[`‘]\s?.{2,200}?\s['’]|[\"“][^\"“”]{2,200}[\"”])"
                         r"\s+(?=[\"“‘`]?[A-Z])")


def glued_caption(piece: str, at_start: bool = False) -> tuple[str, str] | None:
    """(caption, sentence) when a piece of a flattened page opens with a caption, pull quote or headline glued to
    the sentence after it; None when it does not (or may not)."""
    pulled = _PULL_QUOTE.match(piece)
    if pulled and piece[pulled.end():].strip():
        return pulled.group(0).strip(" ,;"), piece[pulled.end():]
    most = GLUED_HEAD_WORDS if at_start else GLUED_CAPTION_WORDS[1]
    for seam in _GLUE_SEAM.finditer(piece):
        caption, sentence = piece[: seam.start()], piece[seam.end() :]
        words = caption.split()
        if len(words) > most:
            return None
        last = re.sub(r"[\"'”’`)]+$", "", words[-1])
        if (len(words) < GLUED_CAPTION_WORDS[0] or not last or not (last[0].islower() or last.isdigit())
                or not last[-1].isalnum() or last.lower() in _NO_CAPTION_ENDINGS or _POSSESSIVE_END.search(last)):
            continue  # a possessive wants its noun: "... is on People magazine's Most Beautiful People list" goes on
        opener = re.sub(r"^[\"“‘`]\s?", "", sentence)
        if _TITLE_AFTER_OPENER.match(opener):
            continue
        if opener.split()[1][0].isupper() and (len(words) < GLUED_NAME_CAPTION_WORDS or opener.split()[0] in _NAME_WORDS):
            continue
        # a letter, not the article: before a vowel ("type A influenza") or a preposition or auxiliary, which an
        # article never takes ("from point A to point B")
        after_a = _LETTER_A.match(opener)
        if after_a and (after_a.group(1)[0] in "aeiouAEIOU" or after_a.group(1) in _OPEN_ENDINGS):
            continue
        if _DATE_END.search(caption) or _INNER_SENTENCE_END.search(caption):
            continue
        if len(_QUOTE_MARK.findall(caption)) % 2:  # a quotation mark glued to the caption's end opens the sentence
            if not _QUOTE_MARK.match(caption[-1]):
                continue
            caption, sentence = caption[:-1].rstrip(), caption[-1] + " " + sentence
        return caption.strip(), sentence
    return None


# A broadcaster's programme information (BBC Network Radio's weekly pages): each programme's blurb is closed by its
# credits, a role and a name joined by a slash ("Presenter/Aled Haydn Jones, Producer/Philippa Aylott"). A page with
# several of them is a schedule of programmes, not a report, whatever story one blurb touches.
PROGRAMME_CREDIT = re.compile(r"\b(?:Presenters?|Producers?|Readers?|Writers?|Directors?|Editors?|Composers?|"
                              r"Conductors?|Hosts?)/[A-Z]")
PROGRAMME_LISTING_MIN = 3


def is_programme_listing(text: str) -> bool:
    return len(PROGRAMME_CREDIT.findall(text)) >= PROGRAMME_LISTING_MIN


# ---------------------------------------------------------------- a page's head glued to its first sentence
#
# A flattened page runs its head (headline, standfirst, an agency's summary bullets and update notes) into the report's
# first sentence. A news agency's dateline opens the report ("\* Turkey confirms first case of H1N1 swine flu \* ...
# (Adds ministry confirmation) ISTANBUL, May 16 (Reuters) - Turkey identified ..."), and a live page's headline ends with
# "as it happened"; the page's own stamp or lead photo credit ends it too (`clean.mark_page_head`).
# A wire story's note of what its new version changed, between its headline (or bullets) and its dateline: "(Updates with
# color, quotes)", "(Adds ministry confirmation, details and background)", "(Recasts; adds quotes and byline)",
# "(Repeats to more subscribers without changes in text)", "(Corrects story to clarify that ...)".
UPDATE_NOTE = re.compile(r"\((?:Updates|Adds|Recasts|Corrects|Repeats|Refiles|Rewrites|Changes|Fixes|Removes|Inserts)\b[^()]{0,200}\)")
_NEWS_AGENCY = r"(?:Reuters(?: Health)?|AP|AFP|Bloomberg|UPI|dpa|Xinhua)"
_CAPITALS_WORD = r"[A-Z][A-Z.'’-]*"
AGENCY_DATELINE_START = re.compile(
    rf"(?<!\S){_CAPITALS_WORD}(?:[ /]+{_CAPITALS_WORD})*(?:\s*,\s*[A-Z][\w.'’]*(?:[ /]+[A-Z][\w.'’]*)*)?"
    rf"(?:\s*,?\s+{_MONTH}\s+\d{{1,2}})?\s*,?\s*\({_NEWS_AGENCY}\)\s*[-–—]{{1,2}}\s")  # "HOUSTON\n, June 17 (Reuters) -" too
SPLIT_BEFORE_COMMA = re.compile(r"\s*\n\s*,")
_HEAD_WORDS = re.compile(r"\b[a-z]{2,}\b")  # a headline, bullet or update note has words in lower case; a stamp has none
PAGE_HEAD_PIECES = 4  # the head is among a line's first pieces (a stamp, a byline or a caption may come before it)
LIVE_HEADLINE = re.compile(r"^[^.!?]{3,200}?\bas it happened(?=\s+[\"“‘`]?[A-Z])")


def join_split_datelines(text: str) -> str:
    """A page that sets an agency dateline's place on a line of its own ('HOUSTON\n, June 17 (Reuters) - BP said') gets it
    back on the report's line, where the page head, the sentence and the place rules look for it; a line never opens
    with a comma, so only that break is joined."""
    return AGENCY_DATELINE_START.sub(lambda dateline: SPLIT_BEFORE_COMMA.sub(",", dateline.group(0)), text)


def page_head(piece: str, at_start: bool = False) -> tuple[str, str] | None:
    """(head, report) when one of a flattened page's first pieces opens with the page's head glued to the report's
    first sentence (`at_start`: the page's first piece, where a live page's headline is looked for); None when it does
    not."""
    dateline = AGENCY_DATELINE_START.search(piece)
    if dateline and dateline.start() > 0 and _HEAD_WORDS.search(piece[: dateline.start()]):
        return piece[: dateline.start()].strip(), piece[dateline.start() :]
    if not at_start:
        return None
    live = LIVE_HEADLINE.match(piece)
    if live:
        return live.group(0).strip(), piece[live.end() :].lstrip()
    return None


# ---------------------------------------------------------------- a broadcaster's head run into the report
#
# A flattened broadcaster's page (the BBC's) opens with its headline and the lead photo's caption, neither closed by a
# full stop, run into the report's first sentence: "Police raid Jackson doctor's home Drug police are searching the Las
# Vegas home of ...", "Jackson was about to start a residency at London's O2 Arena The release of ... have been
# delayed". The report's first sentence opens with its subject, which `glued_caption` finds only when it is a closed-class
# word ("The", "He"): here the subject may be a name or a noun. The seam is taken only where the words after it read as a
# subject and its finite verb ("Drug police are", "Michael Jackson's death was", "Medical experts say") and the word
# before it ends a phrase that no name continues: not an article, preposition or verb of saying or thinking ("told Dr
# Murray he must", "have suggested Jackson gave"), nor a noun that a name follows as its apposition ("the doctor Conrad
# Murray has", "his brother Jermaine Jackson was"). General English, no topic's words.
from storyline.nlp.lexicon import (CUE_VERBS, ORGANISATION_NOUNS, PERSON_NOUNS, ROLE_HEADS, SPEAKER_NOUNS, TITLE_WORDS,
                                   VESSEL_NOUNS)

_APPOSITION_NOUNS = PERSON_NOUNS | ROLE_HEADS | SPEAKER_NOUNS | TITLE_WORDS | ORGANISATION_NOUNS | VESSEL_NOUNS  # + below
# A finite verb right after a sentence's subject: an auxiliary, a modal or a verb of saying.
_FINITE_WORDS = frozenset("is are was were has have had will would can could may might must shall should does do did "
                          "says say said".split())
# A verb in -s or -ed is taken as finite only before what opens its object or clause ("Katherine Jackson contends it
# failed"; not "31 million Jackson albums since ...").
_OBJECT_OPENERS = frozenset("it that the a an his her their its this these those he she they him them".split())  # not
# "to": "BP's plans to begin ..." is a noun's
# Words a clause or a phrase goes on after: relative words, conjunctions, prepositions ("Shares in BP fell a further 5% on
# Tuesday after US President Barack Obama launched ...", "The headboard from the bed in which Michael Jackson died has").
_CONTINUING_WORDS = frozenset("which who whom whose where when what why how whether after before since until till because "
                              "while whilst although though unless if once despite over under through across behind beside "
                              "near around throughout without beyond below above except than versus so".split())
# Descriptive nouns a company's or a person's name follows in apposition beside the lexicon's kinds of people and bodies
# ("UK energy giant BP has outlined ...", "oil major BP", "its rival Shell").
_DESCRIPTION_NOUNS = frozenset("giant major rival operator owner".split())
_DETERMINERS = frozenset("the a an its his her their our my your this that these those".split())
# Verbs that take a clause without 'that' beside the lexicon's verbs of saying and thinking ("the US president said he
# recognized BP was a multinational company")
_CLAUSE_VERBS = frozenset("recognise recognize realise realize accept remember decide assume ensure mean prove discover "
                          "notice guess reckon imply see hear forget".split())
_SUBJECT_WORDS = 6  # a subject before its verb: "Michael Jackson's former doctor", "Pop star Michael Jackson"
HEAD_SENTENCE_WORDS = 8  # the report's sentence after the seam is no shorter
_MONTH_WORD = re.compile(_MONTH)
_DAY_WORD = re.compile(rf"(?:{_MONTH}|{_WEEKDAY}|Today|Yesterday|Tomorrow|Tonight)")
# Adjectives by their ending, after a preposition: no head ends "of spectacular" (general English morphology)
_ADJECTIVE_ENDING = re.compile(r"(?:ous|ful|ive|ic|ical|able|ible|less|ular|ant|ent)$")
# Common adjectives written before a name ("the new H1N1 swine flu virus", "the vast Gulf of Mexico oil spill"), general
# English: after an article or a preposition such a word modifies what follows it.
_PRENOMINAL_ADJECTIVES = frozenset("new old vast late former big small great huge whole entire same other next last first "
                                   "recent latest main top key little young high low long full real early deadly giant "
                                   "british american northern southern eastern western".split())
_HEAD_SEAM = re.compile(r"(?<=[\w\"'”’`)])\s+(?=[\"“‘`]?\s?[A-Z])")
_CLOSING_QUOTE_END = re.compile(r"[\"'”’`]$")
_SENTENCE_CLOSE = re.compile(r"[.!?][\"'”’)\]]*$")
# A live page's head: its label and what it covers ("As it happened: Haiti earthquake 14 Jan Live coverage following
# Tuesday's earthquake ...", "Live coverage of the trial of ..."): the page describes itself, it reports no happening.
LIVE_PAGE_HEAD = re.compile(r"^\W*(?:As it happened\b|Live coverage (?:of|following|from|as)\b)")


def _lemma_forms(word: str) -> set[str]:
    """The word and its stems without an -s, -es, -ed, -d or -ies ending: enough to look an inflected verb up among
    lemmas ('suggested' -> 'suggest', 'believes' -> 'believe', 'denies' -> 'deny')."""
    forms = {word}
    for ending, replacement in (("ies", "y"), ("ied", "y"), ("es", ""), ("ed", ""), ("s", ""), ("d", "")):
        if word.endswith(ending) and len(word) > len(ending) + 2:
            forms.add(word[: -len(ending)] + replacement)
    return forms


def _opens_subject_and_verb(words: list[str]) -> bool:
    """The words open with a capitalised subject of a few words followed by its finite verb."""
    for index, word in enumerate(words[: _SUBJECT_WORDS + 1]):
        bare = word.strip("\"“”‘’`'")
        if index == 0:
            if not bare[:1].isupper() or _DAY_WORD.fullmatch(bare):
                return False  # a day or month opens a date, not a subject ("... became clearer Thursday when ...")
            continue
        lower = bare.lower()
        if lower in _FINITE_WORDS:
            return True
        if (bare.islower() and (lower.endswith("s") or lower.endswith("ed")) and index + 1 < len(words)
                and words[index + 1].lower() in _OBJECT_OPENERS and lower not in _OPEN_ENDINGS):
            return index > 1 or words[0][:1].isupper()
        if lower == "of":
            continue  # "Executors of Michael Jackson's estate have", "Relatives of Michael Jackson will"
        if (not bare or not bare[0].isalpha() or word != word.rstrip(",;:") or lower in _OPEN_ENDINGS
                or lower in _CONTINUING_WORDS):
            return False  # a comma, a number or a function word: no subject of a few words
    return False


def glued_page_head(piece: str) -> tuple[str, str] | None:
    """(head, report) when the first piece of a flattened page opens with its headline or lead caption run into the
    report's first sentence without a full stop (see above); the first such seam from the left, so a headline and a
    caption come off one at a time; None when none is sure."""
    if LIVE_PAGE_HEAD.match(piece) or AGENCY_DATELINE_START.match(piece.lstrip()):
        return None  # `live_page_head`; an agency's dateline opens the report itself ("LONDON (Reuters) - ...")
    for seam in _HEAD_SEAM.finditer(piece):
        head, report = piece[: seam.start()], piece[seam.end():]
        words, after = head.split(), report.split()
        if len(words) > GLUED_HEAD_WORDS:
            return None
        if len(words) < GLUED_CAPTION_WORDS[0] or len(after) < HEAD_SENTENCE_WORDS or not _SENTENCE_CLOSE.search(report):
            continue
        if _INNER_SENTENCE_END.search(head) or len(_QUOTE_MARK.findall(head)) % 2:
            continue
        last = words[-1]
        quoted_end = bool(_CLOSING_QUOTE_END.search(last))  # "Jackson death was ` not suspicious ' Medical experts say"
        bare = re.sub(r"[\"'”’`)]+$", "", last) or (re.sub(r"[\"'”’`)]+$", "", words[-2]) if quoted_end else "")
        if not bare or _POSSESSIVE_END.search(bare) or bare.lower() in _NO_CAPTION_ENDINGS or bare[-1] in ",;:":
            continue  # (a quotation closed by a comma runs into its attribution: '... 20 years ago," BP executive said')
        if _DATE_END.search(head):
            continue  # a chronology's dated entry ("22 July 2009 The doctor's clinic is raided")
        opener = re.sub(r"^[\"“‘`]\s?", "", report).split()
        after_a = _LETTER_A.match(" ".join(opener))
        if after_a and (after_a.group(1)[0] in "aeiouAEIOU" or after_a.group(1) in _OPEN_ENDINGS):
            continue  # a letter, not the article ("from point A to point B")
        if opener[0] in SENTENCE_OPENERS and opener[0] not in _NAME_WORDS:
            # "... at London's O2 Arena The release of ...": a closed-class opener after any word but a one-letter one
            if len(bare) > 1 and opener[1][:1].islower() and not _TITLE_AFTER_OPENER.match(" ".join(opener)):
                return head.strip(), report
            continue
        if not (bare[0].islower() or bare.isdigit() or quoted_end):
            continue  # a capitalised word may be a name's first part ("in June Michael Jackson's ...")
        if bare.isdigit() and _MONTH_WORD.fullmatch(opener[0].rstrip(",.;:")):
            continue  # a date's day and month ("since 20 April Barack Obama has told ...")
        if {bare.lower(), bare.lower().rstrip("s")} & (_APPOSITION_NOUNS | _DESCRIPTION_NOUNS):
            continue
        before = words[-2].lower() if len(words) > 1 and not quoted_end else ""
        if before in _OPEN_ENDINGS and (_ADJECTIVE_ENDING.search(bare) or bare.lower() in _PRENOMINAL_ADJECTIVES
                                        or (before in _DETERMINERS and bare.endswith("ed"))):
            continue  # a modifier of the name after it ("its ruptured Gulf of Mexico oil well", "in the vast Gulf of Mexico
            # oil spill", "the new H1N1 swine flu virus", "videos of spectacular Gulf oil leaks are like buses")
        if (_lemma_forms(bare.lower()) & (CUE_VERBS | _CLAUSE_VERBS) or bare.lower() in _CONTINUING_WORDS
                or bare.endswith("ing")):
            continue  # "in which Michael Jackson died has been", "The legal team representing Michael Jackson's doctor has"
        if _opens_subject_and_verb(opener):
            return head.strip(), report
    return None


def live_page_head(piece: str) -> bool:
    """A live page's first piece that only describes the page ('As it happened: ...', 'Live coverage of ...')."""
    return bool(LIVE_PAGE_HEAD.match(piece))
