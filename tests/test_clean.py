"""Cleaning of real pasted page text: the five seeds."""
from __future__ import annotations

import pytest

from conftest import seed_text
from storyline.clean import clean_document, clean_text
from storyline.clean.boilerplate import normalised_line
from storyline.clean.header import parse_dateline
from storyline.model import RawDocument


def clean_seed(prefix: str):
    return clean_document(RawDocument(source=prefix, text=seed_text(prefix)))


def test_titles_are_detected_and_kept_out_of_the_body():
    assert clean_seed("001").title == "In Call To Russia`s Putin, Trump Tells Him To De-Escalate War In Ukraine: Report"
    assert clean_seed("002").title == "Trump drops ceasefire demand after Putin call"
    assert clean_seed("004").title == "Trump says he spoke with Putin about ending war in Ukraine"
    doubled = clean_seed("003")
    assert doubled.title.startswith("Trump has stated that he has communicated with Putin")
    assert not doubled.text.startswith("Trump has stated")
    # an article that starts straight with its first paragraph has no title to take
    assert clean_seed("000").title is None
    assert clean_seed("000").text.startswith("Russian President Vladimir Putin, in a recent phone call")


def test_breadcrumbs_and_repeated_standfirst_removed():
    doc = clean_seed("001")
    assert "- News>" in doc.removed and "- World" in doc.removed
    assert doc.text.count("Earlier, Trump also spoke with Ukrainian President") == 1
    assert doc.text.startswith("US President-elect Donald Trump has engaged in direct talks")
    assert doc.text.endswith("could signal a new chapter for the nearly three-year war.")


def test_newsletter_bio_and_related_stories_removed_but_article_kept():
    doc = clean_seed("002")
    body = doc.text
    for furniture in ("Sign up for The Week", "Escape your echo chamber", "Peter has worked as",
                      "What is the Donroe Doctrine?", "Maduro pleads not guilty", "A free daily email"):
        assert furniture not in body
        assert any(furniture in line for line in doc.removed)
    for article_line in ("What happened", "Who said what", "What next?",
                         'There are "big egos involved," Trump told reporters Monday.',
                         "Following a phone call with Russia's president"):
        assert article_line in body
    assert doc.outlet == "The Week"
    # the teaser about 2026 is boilerplate, so it must not date the article
    assert doc.published is None


def test_share_prompts_and_trailing_teasers_removed():
    doc = clean_seed("003")
    for furniture in ("Share this post", "Be the first to know", "Subscribing...", "John Forté", "Spotify", "B P"):
        assert furniture not in doc.text
    assert doc.text.rstrip().endswith("Let's understand what happened here.\"")
    assert '"Chasing this illusionary goal will only prolong the war and cause more suffering," Hegseth said.' in doc.text


def test_dateline_captions_and_credits():
    doc = clean_seed("004")
    assert doc.published == "2025-02-12" and doc.published_how == "dateline"
    assert "AP/EPA-EFE/Shutterstock" in doc.removed and "AFP via Getty Images" in doc.removed
    assert not any("Feb. 11, 2025" in line for line in doc.text.split("\n"))
    assert "Sponsored Content by Taboola" in doc.removed
    assert doc.outlet == "ABC News"
    assert doc.text.startswith('Trump says they agreed to have their teams "start negotiations immediately."')
    assert "contributed to this report" in doc.text


@pytest.mark.parametrize("line,expected", [
    ("February 12, 2025, 5:21 PM", "2025-02-12"),
    ("Published: 3 March 2024", "2024-03-03"),
    ("Updated Nov. 10, 2024 at 9:05 a.m. EST", "2024-11-10"),
    ("2025-10-17T08:00:00Z", "2025-10-17"),
    # page stamps of wire stories and blogs (Timeline17's Reuters, BBC and Washington Post pages)
    ("Fri May 1, 2009 5:03 pm BST", "2009-05-01"),
    ("12:16 PM, Thursday, 28 May 2009", "2009-05-28"),
    ("14:44 UK time, Wednesday, 29 April 2009", "2009-04-29"),
    ("Wednesday, May 26, 2010; 7:59 PM", "2010-05-26"),
    ("Meanwhile, Sunday May 3, 2009", None),
    ("February 30, 2025", None),
    ("The talks began on February 12, 2025, in Riyadh.", None),
])
def test_dateline_parsing(line, expected):
    assert parse_dateline(line) == expected


def test_a_wire_stamp_after_the_place_dates_the_page_and_leaves_the_text():
    cleaned = clean_text("WASHINGTON | Fri May 1, 2009 5:03 pm BST WASHINGTON (Reuters) - The outbreak of a new flu "
                         "virus spread to more countries on Friday. Officials said more cases would come.")
    assert cleaned.dateline == "2009-05-01"
    assert cleaned.text.startswith("WASHINGTON (Reuters) - The outbreak") and "5:03 pm" not in cleaned.text


def test_a_stamp_inside_a_flattened_page_goes_with_its_time_zone():
    # The Guardian's stamp in a flattened Timeline17 page (H1N1_guardian): "22.09 BST" has no "am"/"pm"
    cleaned = clean_text(
        "Cabin crew member in hospital after flight from swine flu-struck Mexico World Health Organisation has warned "
        "countries to be on alert for any unusual flu outbreaks Saturday 25 April 2009 22.09 BST A member of cabin crew "
        'was taken to hospital with "flu - like symptoms" today after falling ill on a British Airways flight from Mexico '
        "City to Heathrow. The World Health Organisation has warned countries to be on alert for any unusual flu "
        "outbreaks after a swine flu virus was implicated in possibly dozens of human deaths in Mexico. The BA employee, "
        "who has not been named, has been taken to Northwick Park hospital in Harrow, a hospital spokesman said.")
    assert "BST" not in cleaned.text
    assert "A member of cabin crew was taken to hospital" in cleaned.text


def test_lines_repeated_across_an_outlet_are_removed():
    body = "A first article line about the talks in Geneva today.\nRead the latest from Example Daily every morning, free."
    cleaned = clean_text(body, outlet_boilerplate={"read the latest from example daily every morning, free."})
    assert "Example Daily" not in cleaned.text
    assert cleaned.removed == ["Read the latest from Example Daily every morning, free."]


def test_odd_input_keeps_every_line_with_words():
    """Empty and punctuation-only input cleans to nothing; a line with words survives, whole, however
    long or unbalanced; whatever is removed was an input line."""
    for text in ["", "\n\n\n", "-", "x" * 10000, "“unbalanced quote\n- \n>"]:
        cleaned = clean_text(text)
        lines = [line.strip() for line in text.split("\n")]
        assert all(line in lines for line in cleaned.text.split("\n") if line)
        assert all(line in lines for line in cleaned.removed)
        assert [line for line in cleaned.text.split("\n") if any(c.isalpha() for c in line)] == \
            [line for line in lines if any(c.isalpha() for c in line)]
    assert clean_text("").text == clean_text("\n\n\n").text == ""


# ---------------------------------------------------------------- flattened pages (Timeline17)

def timeline17_articles(topic: str) -> list[str]:
    """A Timeline17 topic's texts as ../shared/tools/t17_to_jsonl.py writes them: one line each."""
    import importlib.util
    import json

    from conftest import DATASETS, dataset

    tool = DATASETS.parent / "tools" / "t17_to_jsonl.py"
    if not tool.exists():
        pytest.skip(f"conversion tool not present at {tool}")
    spec = importlib.util.spec_from_file_location("t17_to_jsonl", tool)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    articles = json.loads((dataset("timeline17", topic) / "articles.json").read_text(encoding="utf-8"))
    return [module.detokenise(a["text"]) for a in articles if (a.get("text") or "").strip()]


@pytest.mark.parametrize("opening, article_words", [
    ("Credit: Reuters/Bob Laura/U. S. Coast Guard", "A supertanker adapted to scoop up oil from the BP spill"),
    ("Follow Tales from the Trail No magic solution", "there is no magic fix for the oil spill"),
    ("Follow Tales from the Trail Should U.S. oil royalties", "Oil caused the mess in the Gulf of Mexico."),
    ("- Kees Willemse is professor of off-shore engineering", "a huge metal cap has been successfully placed"),
    ("LONDON | Tue Apr 27, 2010 4:08 am EDT", "failed to reassure investors"),
])
def test_flattened_reuters_articles_keep_their_body(opening, article_words):
    """One-line articles whose first words look like a credit, a prompt, a bio or a dateline were
    removed whole; only the clutter inside the line goes now."""
    text = next(t for t in timeline17_articles("bpoil_reuters") if t.startswith(opening))
    doc = clean_document(RawDocument(source="t17", text=text, outlet="reuters"))
    assert article_words in doc.text
    assert len(doc.text) > 2000


def test_clutter_inside_a_flattened_line_is_removed():
    text = next(t for t in timeline17_articles("bpoil_reuters") if t.startswith("Credit: Reuters/Bob Laura"))
    doc = clean_document(RawDocument(source="t17", text=text))
    assert "Credit: Reuters/Bob Laura/U. S. Coast Guard/Handout/Files" in doc.removed
    assert "NEW ORLEANS | Sun Jul 4, 2010 12:13 am BST" in doc.removed
    assert doc.text.startswith("NEW ORLEANS (Reuters) - A supertanker")
    bio = next(t for t in timeline17_articles("bpoil_reuters") if t.startswith("- Kees Willemse"))
    assert "The opinions expressed are his own." in clean_document(RawDocument(source="t17", text=bio)).removed


def test_comment_threads_in_a_flattened_page_are_removed():
    """A BBC page on one line: the report, then 'At 10:14 am on 28 May 2010, pzero wrote: ...' comments."""
    text = next(t for t in timeline17_articles("bpoil_bbc") if "At 10:14 am on 28 May 2010, pzero wrote:" in t)
    doc = clean_document(RawDocument(source="t17", text=text))
    assert "The spill, which has been described as the biggest environmental disaster in US history" in doc.text
    assert "wrote:" not in doc.text
    assert "I think the response by BP is admirable" not in doc.text
    assert any(line.startswith("At 10:14 am on 28 May 2010, pzero wrote:") for line in doc.removed)


def test_comments_with_footers_and_their_first_comment_removed():
    """Washington Post comments end in 'Posted by: NAME | DATE | Report abuse'; the first comment
    comes before its footer and is reader chatter after the article's end."""
    articles = [t for t in timeline17_articles("bpoil_washingtonpost") if "Report abuse" in t]
    assert articles
    for text in articles:
        doc = clean_document(RawDocument(source="t17", text=text))
        assert "Report abuse" not in doc.text
        assert doc.text.strip()
    text = next(t for t in articles if "This is a problem that stems far deeper than your political beliefs" in t)
    doc = clean_document(RawDocument(source="t17", text=text))
    assert "Bye bye shrimp and oysters." not in doc.text
    assert "BAN OFFSHORE OIL DRILLING PERMANENTLY" not in doc.text


def test_no_timeline17_article_is_emptied_by_cleaning():
    for topic in ("bpoil_reuters", "bpoil_guardian", "H1N1_reuters", "bpoil_foxnews"):
        for text in timeline17_articles(topic):
            assert clean_text(text).text.strip(), text[:80]


COMMENT_PAGE = """Officials said the rebels had taken the town after two days of fighting.
The government denied the report and said its forces still held the airport.
lauradet
June 15, 2011 at 3:51 pm | Reply
I can't believe nobody is talking about this!
Sam Jones
July 27, 2011 at 6:39 pm | Reply
CNN welcomes a lively and courteous discussion as long as you follow the Rules of Conduct set forth in our Terms of Service. Comments are not pre-screened before they post.
You agree that anything you post may be used, along with your name and profile picture, in accordance with our Privacy Policy and the license you have granted pursuant to our Terms of Service.
Report abuse"""


def test_comment_sections_in_line_structured_text_are_removed():
    cleaned = clean_text(COMMENT_PAGE, has_title=True)
    assert cleaned.text.splitlines() == [
        "Officials said the rebels had taken the town after two days of fighting.",
        "The government denied the report and said its forces still held the airport.",
    ]
    assert "June 15, 2011 at 3:51 pm | Reply" in cleaned.removed
    assert "I can't believe nobody is talking about this!" in cleaned.removed


def test_a_washington_post_timestamp_inside_a_flattened_line_goes_and_the_sentence_stays():
    text = ("Sunday, November 14, 2010; 7:04 PM BP has reimbursed the federal government $518 million for cleanup "
            "costs for the April oil spill in the Gulf of Mexico, congressional auditors said, but those costs have "
            "already hit $581 million and are still growing. The Government Accountability Office, in a report on "
            "the spill released Friday, reviewed the financial risks facing a federal fund. It said more was needed.")
    cleaned = clean_text(text)
    assert cleaned.text.startswith("BP has reimbursed the federal government")  # "BP" is no time zone
    assert "Sunday, November 14, 2010; 7:04 PM" in cleaned.removed


def test_a_teaser_for_another_story_inside_a_flattened_line_is_removed():
    text = ("BP acknowledges this photo of its Gulf oil spill command center in Houston was altered by a contract "
            "photographer. Josh Halliday: Oil giant tries to win back credibility after admitting staff used "
            "Photoshop to alter photographs of command center Continue reading... It was only a matter of time "
            "before the BP oil spill got the viral video treatment. This is the worst of it. It is so.")
    cleaned = clean_text(text)
    assert "Continue reading" not in cleaned.text and "Photoshop" not in cleaned.text
    assert cleaned.text.startswith("BP acknowledges") and "viral video treatment" in cleaned.text


def test_readers_comments_after_a_closed_debate_notice_are_removed():
    """A BBC Have Your Say page (Timeline17 H1N1_bbc): the comments have no header or footer."""
    intro = ("How can we avoid a swine flu pandemic? The World Health Organization says countries must not lower "
             "their guard in the response to the swine flu outbreak. What are your concerns about the virus? Almost "
             "900 cases had been confirmed across five continents, the WHO said, and authorities have to remain "
             "vigilant. ")
    comments = ("This debate is now closed. The extensive media coverage of swine flu is a welcome distraction. It "
                "makes us realize how lucky we are. Where as I thought the media had panicked people, I do think "
                "that it has helped to contain the spread. Basic hygiene, avoid lifts and wash hands. Alfred "
                "Penderel Bright, Harrogate, North Yorkshire. I'm honestly surprised we don't die of other illnesses "
                "already. I'd rather stay at home.")
    cleaned = clean_text(intro + comments)
    assert cleaned.text.startswith("How can we avoid") and "authorities have to remain vigilant" in cleaned.text
    assert "lucky we are" not in cleaned.text and "Harrogate" not in cleaned.text
    headed = clean_text(comments + " " + intro)  # the notice opening the page heads its introduction
    assert "authorities have to remain vigilant" in headed.text


def test_text_in_another_language_is_removed_and_the_english_stays():
    """H1N1_bbc holds BBC Vietnamese pages whose accented letters were lost; a piece where a third of
    the words look like no English word goes (kept in `removed`), and a short one between two such
    pieces with it."""
    english = ("The World Health Organization has raised its pandemic alert to five, the second-highest level. "
               "The city is at an elevation of 2,300 m (7,540 ft), officials in Mexico City said. ")
    vietnamese = ("Vi # t Nam ngn c m c a kh u Ch nh ph nhi u n c ch cents u n i h # nhanh ch ng tri n khai k ho ch. "
                  "B i # c xem nhi u nh t. "
                  "M c d Vi t Nam ch a c tr ng h # p nhi m b nh nh ng gi i ch c y t trong n c c # nh b o nguy ch. ")
    cleaned = clean_text(english + vietnamese + "The WHO said it had no plans to raise the alert further.")
    assert "pandemic alert to five" in cleaned.text and "2,300 m (7,540 ft)" in cleaned.text
    assert "no plans to raise the alert" in cleaned.text
    assert "Vi # t Nam" not in cleaned.text and "xem nhi u" not in cleaned.text
    assert any(piece.startswith("Vi # t Nam") for piece in cleaned.removed)


def test_an_article_wholly_in_another_language_is_refused_with_a_reason(tmp_path):
    from storyline.pipeline import prepare_document
    from storyline.ingest.decode import IngestError
    from storyline.model import RawDocument

    text = ("Vi # t Nam ngn c m c a kh u Ch nh ph nhi u n c ch cents u n i h # nhanh ch ng tri n khai k ho ch. "
            "M c d Vi t Nam ch a c tr ng h # p nhi m b nh nh ng gi i ch c y t trong n c c # nh b o nguy c.")
    with pytest.raises(IngestError, match="another language"):
        prepare_document(RawDocument(source="vn.txt", text=text), lambda outlet: set())


def test_a_page_handed_over_to_its_readers_keeps_only_its_introduction():
    """H1N1_bbc: a readers' accounts page and a learners' page whose 'topic has now closed'."""
    accounts = ("Readers in the areas affected by the swine flu outbreak have been sending their accounts to the BBC. "
                "The map above shows the location of eyewitness and BBC reports. My partner and I returned to "
                "Birmingham from Cancun yesterday morning. There were no members of the health department there to "
                "meet us. We returned home to our daughter. Last night we developed many of the symptoms listed. "
                "I contacted the NHS Direct and we were asked to go to the hospital ourselves. We had to wait in A&E. "
                "We have high temperatures. The chemist informed us that they only had one dose available.")
    cleaned = clean_text(accounts)
    assert cleaned.text == ("Readers in the areas affected by the swine flu outbreak have been sending their accounts "
                            "to the BBC.")
    learners = ("A bolt from the blue Once in a blue moon Tell me about a piece of news which came as a bolt from the "
                "blue. What happens once in a blue moon? Send me a sentence using one or more of these idioms and "
                "I'll put my favorites on this page. This topic has now closed. Thanks for all your homework. Last "
                "week a close friend of mine told me that he was getting married. I thought my friend was going to "
                "be an eternal bachelor. At first I didn't believe him. I go to the gym once in a blue moon. My "
                "teacher always reminds me until he is blue in the face.")
    cleaned = clean_text(learners)
    assert "close friend of mine" not in cleaned.text and "gym" not in cleaned.text
    # (its heading "A bolt from the blue", glued to the next one, goes as a glued caption since clean18)
    assert "Tell me about a piece of news which came as a bolt from the blue." in cleaned.text


def test_a_call_for_readers_views_in_a_news_report_removes_nothing_without_chatter():
    report = ("Send us your comments and experiences using the form below. The outbreak has killed 20 people in "
              "Mexico, officials said. Schools in the capital were closed on Friday. The WHO raised its alert to "
              "phase five. Airlines cut flights to Mexico City. Health ministers met in Geneva on Monday.")
    assert clean_text(report).text.endswith("Health ministers met in Geneva on Monday.")


def test_media_player_prompts_are_furniture():
    text = ("Schools in the capital were closed on Friday, officials said on state television. To play this content "
            "JavaScript must be turned on and the latest Flash player installed. Airlines cut flights to Mexico "
            "City. Health ministers met in Geneva on Monday.")
    cleaned = clean_text(text)
    assert "Flash" not in cleaned.text and "Airlines cut flights" in cleaned.text


# Real lines of Reuters pages (Timeline17 H1N1_reuters), each a whole page flattened onto one line.
_REUTERS_END = ('Asked if it would help, he said: "Yes, but there is technology that is stopping us from doing that '
                'at the moment," Easton said. (Reporting by Michael Kahn; Editing by Maggie Fox) An ultra-low latency '
                'infrastructure for electronic trading and data distribution A connected approach to governance, risk '
                'and compliance Our next generation legal research platform')


def test_a_wire_credit_line_and_the_footer_after_it_on_its_line_are_removed():
    cleaned = clean_text("LONDON (Reuters) - Testing whether a person has swine flu is not easy, a health expert said. "
                         + _REUTERS_END)
    assert "Reporting by" not in cleaned.text and "Maggie Fox" not in cleaned.text
    assert "ultra-low latency" not in cleaned.text
    assert cleaned.text.endswith('Easton said.')
    assert "(Reporting by Michael Kahn; Editing by Maggie Fox)" in cleaned.removed


def test_a_credit_line_holding_full_stops_is_removed_whole():
    line = ("The agency said it would not recommend travel restrictions. (Additional reporting by Laura MacInnis, "
            "Stephanie Nebehay in Geneva and Silvia Aloisi in Rome. Editing by Chris Wilson) An ultra-low latency "
            "infrastructure for electronic trading and data distribution. More text follows here to make a page of it, "
            "with another sentence.")
    cleaned = clean_text(line)
    assert "MacInnis" not in cleaned.text and "Chris Wilson" not in cleaned.text
    assert "recommend travel restrictions." in cleaned.text


def test_wire_story_ids_and_click_prompts_are_removed_from_sentences():
    line = ("(For full coverage of the flu outbreak, click (nFLU)) MEXICO CITY, May 5 (Reuters) - China's decision to "
            "quarantine dozens of Mexicans has soured the relationship. LINKS) After SARS, bird flu, Asia wary of new "
            "virus.. (ID: nHKG362728)) Global fears over flu outbreak, over 100 dead. (ID: nBKK234536) U.S. officials "
            "say they expect the virus to spread to all 50 states.")
    cleaned = clean_text(line)
    assert "(ID:" not in cleaned.text and "click (nFLU)" not in cleaned.text
    assert cleaned.text.startswith("MEXICO CITY, May 5 (Reuters) - China's decision")
    assert "U.S. officials say they expect the virus to spread" in cleaned.text


def test_a_stamp_of_two_datelines_joined_by_a_slash_is_removed():
    line = ("A boy wears a mask inside a bus in Bogota May 4, 2009. MADRID/GENEVA | Mon May 4, 2009 12:48 pm EDT "
            "MADRID/GENEVA (Reuters) - The World Health Organization is likely to raise its flu alert to the top of its "
            "six-point scale and declare a pandemic, its director-general indicated in an interview published on Monday.")
    cleaned = clean_text(line)
    assert "Bogota May 4, 2009. MADRID/GENEVA (Reuters) - The World Health" in cleaned.text  # not "MADRID/ MADRID/GENEVA"
    assert cleaned.dateline == "2009-05-04"


def test_a_byline_with_a_newsroom_title_glued_before_a_dateline_is_removed():
    line = ('(For full coverage of the flu outbreak, click (nFLU)) \\* U.S. officials say outbreak "on the upswing" '
            '\\* U.S. pork industry promised relief By Maggie Fox, Health and Science Editor WASHINGTON, May 8 (Reuters) '
            '- U.S. health officials warned of worsening outbreaks of the new H1N1 flu, and a top global official said '
            'the virus was spreading. The virus has now been confirmed in 24 countries.')
    cleaned = clean_text(line)
    assert "Maggie Fox" not in cleaned.text
    assert "promised relief WASHINGTON, May 8 (Reuters) - U.S. health officials warned" in cleaned.text


# Sentences of articles that start like a credit line but report what someone did (review of e2236d1).
_CREDIT_LIKE_SENTENCES = [
    "Reporting by The New York Times showed that the agency ignored the warnings for years.",
    "Reporting by ProPublica and the Washington Post found that the company hid the losses.",
    "Editing by Hollywood studios has cut the film by 20 minutes, the director complained.",
]


@pytest.mark.parametrize("sentence", _CREDIT_LIKE_SENTENCES)
def test_a_sentence_starting_reporting_by_is_article_text(sentence):
    text = f"The inquiry opened on Monday.\n{sentence}\nThe hearing resumes next week."
    assert sentence in clean_text(text).text


@pytest.mark.parametrize("sentence", _CREDIT_LIKE_SENTENCES)
def test_a_sentence_starting_reporting_by_stays_in_a_flattened_page(sentence):
    line = ("WASHINGTON (Reuters) - The inquiry into the agency opened on Monday with testimony from former staff. "
            f"{sentence} The hearing resumes next week, a committee spokesman said. Lawyers for the agency declined "
            "to comment on the evidence heard so far.")
    assert sentence in clean_text(line).text


def test_a_credit_line_of_names_without_brackets_is_removed():
    text = ("The hearing resumes next week.\n"
            "Reporting by Barbara Goldberg and Gabriella Borter in New York and Dan Whitcomb in Culver City, "
            "California; Editing by Jonathan Oatis\n"
            "Reporting by Adriana Barrera in Mexico City Editing by Matthew Lewis")
    cleaned = clean_text(text)
    assert cleaned.text.strip() == "The hearing resumes next week."


def test_a_byline_pattern_inside_a_sentence_takes_no_words():
    line = ("WASHINGTON (Reuters) - The newspaper lost its senior staff within weeks of the sale last year. "
            "By Election Day, Managing Editor Jane Doe had resigned. Two more editors left in the following month, "
            "according to staff. The new owners declined to comment on the departures.")
    assert "By Election Day, Managing Editor Jane Doe had resigned." in clean_text(line).text


def test_a_byline_glued_before_a_stamp_is_removed_with_it():
    line = ("By Maggie Fox, Health and Science Editor WASHINGTON | Mon Mar 2, 2009 4:23 pm EST WASHINGTON (Reuters) - "
            "Virtually all cases of the most common strain of flu circulating in the United States are resistant to "
            "the antiviral drug Tamiflu, federal health officials said. The strain is H1N1. Doctors were told to "
            "use other drugs.")
    cleaned = clean_text(line)
    assert "Maggie Fox" not in cleaned.text and "Editor" not in cleaned.text
    assert cleaned.text.startswith("WASHINGTON (Reuters) - Virtually all cases")


# Timeline17 BBC pages (flattened, as the corpus keeps them): page furniture inside the article's only line.

def test_a_reporters_signature_at_the_top_of_a_bbc_page_is_removed():
    text = ("By Damian Kahya Business reporter, BBC News Is investing in oil firms no longer such a good idea? We might "
            "not think of ourselves as shareholders in a big oil company, but many of us are. If you hold an occupational "
            "pension you probably own shares in BP. Investors will have watched last week's news that the company is to "
            "delay a decision on its next dividend payment with concern.")
    cleaned = clean_text(text)
    assert "By Damian Kahya Business reporter, BBC News" in cleaned.removed
    assert cleaned.text.startswith("Is investing in oil firms")


def test_a_reporters_signature_inside_a_bbc_page_goes_with_the_place_they_file_from():
    text = ("\"I'm the president and the buck stops with me,\" he said. Mark Mardell BBC News, Louisiana The criticism "
            "began in Washington but the mood here in Louisiana is changing, and there is a sense of hopelessness and anger "
            "directed towards President Obama now as well as BP. The complex relationship between the oil company and the "
            "government adds to the sense of confusion.")
    cleaned = clean_text(text)
    assert "Mark Mardell BBC News, Louisiana" in cleaned.removed
    assert "he said. The criticism began in Washington" in cleaned.text


def test_a_sentence_that_names_the_newsroom_is_not_a_signature():
    text = ("The BBC News website will provide live coverage of Barack Obama's address. Anne Rolfes, director of the group, "
            "told BBC News that the response was slow. Dr Kessler told BBC News. The well was capped in July after months "
            "of failed attempts to stop the flow of oil into the Gulf of Mexico.")
    assert clean_text(text).text == text


def test_a_bbc_update_stamp_stays_for_the_dating_and_a_server_error_is_removed():
    """The stamp is the dating's best clue on a BBC page (docs/dating.md), so the cleaning keeps it."""
    stamp = ("6 January 2011 Last updated at 04:46 GMT Help A bodyguard to Michael Jackson has testified that the singer's "
             "doctor ordered him to clean up medical paraphernalia in the moments after he died. Alberto Alvarez's testimony "
             "came at a preliminary hearing for Dr Conrad Murray, who has pleaded not guilty to involuntary manslaughter.")
    cleaned = clean_text(stamp)
    assert cleaned.text.startswith("6 January 2011 Last updated at 04:46 GMT Help\nA bodyguard"), cleaned.removed
    page = ("Page last updated at 11:14 GMT, Thursday, 3 February 2011 (an error occurred while processing this directive) "
            "Michael Jackson's mother can go ahead with a lawsuit claiming the promoters of his This Is It tour were "
            "responsible for his death, an LA judge has ruled. Katherine Jackson's suit argues that AEG Live pushed the "
            "singer. The judge agreed.")
    cleaned = clean_text(page)
    assert cleaned.dateline == "2011-02-03"  # its clock-time stamp dates the page, as the stamp alone always did
    assert cleaned.removed == ["Page last updated at 11:14 GMT, Thursday, 3 February 2011",
                               "(an error occurred while processing this directive)"]
    assert cleaned.text.startswith("Michael Jackson's mother can go ahead")


def test_a_live_pages_entry_times_are_removed_and_the_entries_kept():
    text = ("You can see video from the White House at the top of the page. 2200: Our live coverage ends now - but you can "
            "keep up with the latest developments here. Thanks very much for joining us. 2159: Conservative think tank The "
            "Heritage Foundation tweets: President Obama's message tonight was the wrong one. 2156: Joshua Green, The "
            "Atlantic \"Seizing the moment,\" invoking World War II vets and the moon landing are all well and good.")
    cleaned = clean_text(text)
    assert cleaned.removed == ["2200:", "2159:", "2156:"]
    assert "page. Our live coverage ends now" in cleaned.text


def test_a_chronologys_years_are_not_live_entry_times():
    text = ("BP has a long record of accidents in the United States. 2005: An explosion at its Texas City refinery kills "
            "15 workers. 2006: A corroded pipeline leaks oil at Prudhoe Bay in Alaska. 2010: The Deepwater Horizon rig "
            "explodes in the Gulf of Mexico, killing 11 men.")
    assert clean_text(text).text == text


def test_a_story_sentence_opening_there_has_been_is_no_author_bio():
    """The author-bio rule wants a first name: 'There has been ...', 'It has been suggested ...' are the story's."""
    text = ("Meanwhile a Senate committee has called on BP boss Tony Hayward to testify. "
            "It has been suggested BP lobbied for his release in the hope of securing a lucrative oil deal with Libya. "
            "There has been protest and direct action. Every national politician in the US has the spill at or near "
            "the top of his or her agenda.")
    assert clean_text(text).text == text


def test_a_listed_place_of_two_words_after_a_signature_is_taken_whole():
    """'Los Angeles Michael Jackson died ...' (MJ_bbc): the shortest-run rule alone took 'Los Angeles Michael'."""
    text = ("By David Willis BBC News, Los Angeles Michael Jackson died in June 2009 Michael Jackson was in good health "
            "when he died, his doctor's lawyers have told the court. The trial of Dr Conrad Murray entered its fifth "
            "week. Dr Murray has pleaded not guilty to involuntary manslaughter.")
    cleaned = clean_text(text)
    # the lead photo's caption after it is the page's head (`glued_page_head`), the report opens with its subject
    assert cleaned.removed == ["By David Willis BBC News, Los Angeles", "Michael Jackson died in June 2009"]
    assert cleaned.text.startswith("Michael Jackson was in good health when he died")


def test_a_listed_place_of_one_word_after_a_signature_is_taken_before_a_persons_names():
    """bpoil_bbc (the sentence of test_entities' byline test): the shortest run of capitalised words before a
    sentence's opening took 'Washington Ken' and left 'Salazar is threatening'; Washington is a listed place."""
    text = ("\"I'm the president and the buck stops with me,\" he said. Mark Mardell BBC News, Washington Ken Salazar is "
            "threatening a move that would make a rodeo hero proud: he says his boot is on BP's neck, but he is ready to "
            "push them out of the way.")
    cleaned = clean_text(text)
    assert cleaned.removed == ["Mark Mardell BBC News, Washington"]
    assert "he said. Ken Salazar is threatening" in cleaned.text
    unlisted = clean_text("he said. Mark Mardell BBC News, Washington DC The president is threatening a move.")
    assert unlisted.removed == ["Mark Mardell BBC News, Washington DC"]


def test_a_reporters_bio_opening_he_has_worked_is_still_removed():
    """H1N1_reuters: the bio under a Reuters blog post; the author-bio rule keeps taking 'He has worked ...'."""
    text = ("Swine flu has reached Taiwan, officials said on Friday.\n\n"
            "He has worked for Reuters covering technology news since 1993.")
    assert clean_text(text).removed == ["He has worked for Reuters covering technology news since 1993."]


def test_he_has_been_is_a_bio_only_with_a_reporters_work_after_it():
    """H1N1_reuters (review17): 'He has been in hot water ...' is the story's, inside a flattened Reuters page; 'She has
    been working for Reuters ...' (bpoil_reuters) is the reporter's bio."""
    story = ("Berlusconi has three children with Veronica and two by his first marriage.\n\n"
             "He has been in hot water with her several times in the past in a very public way.")
    assert clean_text(story).removed == []
    bio = "Oil prices rose on Friday.\n\nShe has been working for Reuters in Toronto since January 2003."
    assert clean_text(bio).removed == ["She has been working for Reuters in Toronto since January 2003."]


def test_an_outlets_notice_about_its_comments_heads_the_comment_section():
    """Timeline17 bpoil_reuters: a Reuters page flattened onto one line; the readers' comments after the
    notice have no header or footer, and the closed-debate notice comes after them."""
    article = ("NEW ORLEANS (Reuters) - An oil rig exploded and burned off the coast of Louisiana, officials said. "
               "The rig explosion did not have an effect on crude oil prices because the well was not in production "
               "mode. Shares of Transocean traded on the New York Stock Exchange fell 8 cents to $90.29, while shares "
               "of BP traded on the NYSE were off 54 cents at $59.55. ")
    tail = ("We welcome comments that advance the story through relevant opinion, anecdotes, links and data. Views "
            "expressed in the comments do not represent those of Reuters. When is Earth Day??? Wonderful example of "
            "what we are doing to our ecosystem. We're all just a bunch of parasites taking over the earth, until we "
            "totally kill it. I can think of a few CEOs we can sacrifice for sake of the planet. This discussion is "
            "now closed. We welcome comments on our articles for a limited period after their publication.")
    cleaned = clean_text(article + tail)
    assert cleaned.text.endswith("off 54 cents at $59.55.")
    assert "ecosystem" not in cleaned.text and "We welcome" not in cleaned.text
    assert any("parasites" in piece for piece in cleaned.removed)


def test_blog_comments_before_the_notice_go_from_the_posts_closing_photo_credit():
    """H1N1_reuters: a Reuters blog prints its readers' comments, headerless, between the post and the notice about
    comments; the post closes with its picture's credit."""
    text = next(t for t in timeline17_articles("H1N1_reuters") if t.startswith("Is South America better off"))
    cleaned = clean_text(text)
    assert cleaned.text.endswith("Perhaps Mexico s withdrawal will be cheered by much of the continent.")
    assert "Only Brazilian teams and a couple of teams in Argentina could be considered superior." in cleaned.removed
    assert "the most boring tournament" not in cleaned.text


def test_blog_comments_before_the_notice_go_from_a_reader_speaking_to_the_author():
    """H1N1_reuters: a columnist's post with no picture; the first comment thanks the columnist by name, and the
    column's own sentences before it stay."""
    text = next(t for t in timeline17_articles("H1N1_reuters") if t.startswith("- Eric Auchard is a Reuters columnist"))
    cleaned = clean_text(text)
    assert cleaned.text.endswith("The media must stop scaring people with numbers that in the big picture are meaningless.")
    assert "Thank you Eric for putting some sanity to this." in cleaned.removed
    assert "fear monger" not in cleaned.text


def test_a_reporters_note_about_this_article_opens_no_comments():
    """bpoil_reuters: 'BP declined to comment for this article' is the report's, and so is the close of a speech's
    transcript ('Thank you, God Bless You'); the notice and what follows it go, the report before it stays."""
    text = ("LONDON (Reuters) - The final bill for the Gulf of Mexico oil spill could, over the long term, end up much "
            "higher than BP's latest provision. BP declined to comment for this article, beyond stating that it stands "
            "by its statements on the likely costs. Investment analysts were forgiving of these errors. The disaster "
            "seemed to grow worse and worse making accurate estimates difficult. Thank you, God Bless You, and may God "
            "Bless the United States of America. We welcome comments that advance the story through relevant opinion, "
            "anecdotes, links and data. Views expressed in the comments do not represent those of Reuters. BP is "
            "a disgrace.")
    cleaned = clean_text(text)
    assert "Investment analysts were forgiving of these errors." in cleaned.text
    assert cleaned.text.endswith("Bless the United States of America.")


def test_a_polls_name_is_no_photographers_credit():
    """bpoil_reuters (held-out): 'a new Reuters/Ipsos poll found' early in a report had been taken for a blog post's
    closing credit, and the report after it for readers' comments."""
    text = ("WASHINGTON (Reuters) - A federal judge struck down the deepwater drilling ban on Tuesday. A new Reuters/Ipsos "
            "poll found that most Americans still support offshore drilling, despite the spill. The White House said it "
            "would immediately appeal the judge's ruling. The S&P energy sector fell 1.3 percent. We welcome comments "
            "that advance the story through relevant opinion, anecdotes, links and data. Views expressed in the "
            "comments do not represent those of Reuters. Drill baby drill!")
    assert clean_text(text).text.endswith("The S&P energy sector fell 1.3 percent.")


def test_a_news_page_without_comments_before_the_notice_keeps_its_text():
    """bpoil_reuters: a news story's caption ("Picture taken April 21, 2010.") is no closing credit of a blog post."""
    text = next(t for t in timeline17_articles("bpoil_reuters") if "We welcome comments" in t
                and "Picture taken April 21, 2010." in t)
    kept = clean_text(text).text
    assert kept.endswith("while shares of BP traded on the NYSE were off 54 cents at $59.55.")


def test_a_byline_of_several_names_glued_to_the_first_sentence_is_removed():
    """bpoil_bbc: the byline runs into the report's first sentence, with no dateline between them."""
    text = ("The Deepwater Horizon sank following an explosion and fire By Michael Hirst and David Walker Stopping a "
            "potentially devastating slick from a damaged oil well in the Gulf of Mexico is only part of the headache "
            "currently facing BP. The company also faces a massive clean-up bill, plus legal action from those affected. "
            "It is not the first time BP has faced controversy and anger in the US.")
    cleaned = clean_text(text)
    assert "By Michael Hirst and David Walker" in cleaned.removed
    assert "Stopping a potentially devastating slick" in cleaned.text and "Walker" not in cleaned.text


def test_a_sentence_opening_with_by_and_a_name_is_no_byline():
    text = ("The board met on Monday. By Tony Hayward's own admission the company was not prepared for the spill. "
            "Shares fell sharply. Analysts said the costs would rise.")
    assert clean_text(text).removed == []


@pytest.mark.parametrize("credit, sentence", [
    # bpoil_guardian: the credit ends at "Getty Images", not at "Getty", which left "Images Efforts to stem ..." to the
    # photo-credit pattern; without a slash the credit is an agency or a photographer's name
    ("Photograph: Mark Ralston/AFP/Getty Images", "Efforts to stem the oil leak have focused on a standard piece of drilling kit called a blowout preventer (BOP)."),
    ("Photograph: AP", "When Tom Reddoch was growing up in southern Louisiana, on a pencil-thin strip of land, oil was everywhere."),
    ("Photograph: Reuters", "Barack Obama today risked the wrath of September 11 victim's families by comparing the BP oil spill to the 2001 attacks."),
    ("Photograph: Carolyn Cole", "Here's my take on the blame game: who the BP report on the Deepwater oil spill points the finger at."),
])
def test_a_guardian_photo_credit_leaves_the_first_sentence_after_it(credit, sentence):
    text = ("Coastal towns sit and wait as the oil spill from Deepwater Horizon creeps toward the shore. " + credit + " "
            + sentence + " The spill has covered 2,000 square miles. Fishermen have been told to stay at home.")
    cleaned = clean_text(text)
    assert credit in cleaned.removed
    assert sentence in cleaned.text


def test_a_sentence_opening_with_image_or_pictures_is_no_photo_credit():
    """bpoil_reuters, bpoil_guardian: the photo-credit pattern took any piece opening with Image, Picture, Photo."""
    text = ("BP shares fell again on Monday. Image repair may become even tougher after BP said it would offset the cost "
            "of the spill against its taxes. Pictures of the BP boss enjoying himself on the Solent are described by "
            "White House chief of staff Rahm Emanuel as part of a long line of gaffes. Analysts were not surprised.")
    assert clean_text(text).removed == []


def test_a_signature_before_a_live_pages_entry_time_takes_its_place():
    """MJ_bbc (review17): a UK-politics live page; 'Christian Fraser BBC News, Paris' is followed by the next entry's
    time, not by a sentence, and ', Paris' had been left behind."""
    text = ("Fans of Sir Jimmy Savile pay their last respects to the British DJ, broadcaster and charity worker at a Leeds "
            "hotel. 1132: Christian Fraser BBC News, Paris 1146: Norman Smith Chief political correspondent, BBC News "
            "Channel 1206: Tom Symonds Home Affairs correspondent Italy: Let's recap on the events in the country so far "
            "today.")
    cleaned = clean_text(text)
    assert "Christian Fraser BBC News, Paris" in cleaned.removed
    assert "Paris" not in cleaned.text


# ---------------------------------------------------------------- captions glued to the next sentence (#13 point 3)

def test_bbc_photo_captions_glued_to_the_next_sentence_are_removed():
    """MJ_bbc: the caption has no full stop, so the flattened page glued it to the sentence after it; the sentence
    stays whole and the caption goes."""
    text = next(t for t in timeline17_articles("MJ_bbc") if t.startswith("There has been an outpouring of grief"))
    cleaned = clean_text(text)
    assert "There has been an outpouring of grief around the world" in cleaned.removed
    assert 'Michael Jackson\'s body moved to an "undisclosed location"' in cleaned.removed
    assert cleaned.text.startswith("There was no sign of foul play in the death of Michael Jackson")
    assert "made public. Seven hours after the post-mortem examination was completed" in cleaned.text


def test_a_pull_quote_glued_inside_a_page_is_removed():
    text = ("Dr Murray had been hired to be Jackson's personal physician last spring as the singer prepared for his comeback "
            "concerts in London. We'll make bail, we'll plead not guilty and we'll fight like hell But he has always "
            "maintained he neither prescribed nor administered anything that should have killed the singer. After a week "
            "of speculation over the manslaughter charge, Dr Murray had been expected to surrender to authorities last Friday.")
    cleaned = clean_text(text)
    assert cleaned.removed == ["We'll make bail, we'll plead not guilty and we'll fight like hell"]
    assert "in London. But he has always maintained" in cleaned.text


def test_a_caption_glued_to_a_sentence_that_opens_with_a_name_is_removed():
    """MJ_bbc: the caption's seam is a lower-case word, then an article that begins a name ("A White House spokesman")."""
    text = ("In Hollywood, thousands of people filed past his star on the Walk of Fame. Dr Murray witnessed Jackson's "
            "collapse A White House spokesman said US President Barack Obama considered Jackson a spectacular performer, "
            "but said he felt parts of his life were \"sad and tragic\". Former Beatle Paul McCartney described Jackson as "
            "a massively talented boy-man with a gentle soul.")
    cleaned = clean_text(text)
    assert cleaned.removed == ["Dr Murray witnessed Jackson's collapse"]
    assert "Walk of Fame. A White House spokesman said" in cleaned.text


@pytest.mark.parametrize("text", [
    # H1N1_reuters: a name's description, not a caption
    "After a five-day business shutdown, the government has let bars, cinemas, restaurants and workplaces reopen. Theme "
    "park operator Six Flags said it planned to reopen its Mexico City park on Friday after being given permission. "
    "Schools reopened on Thursday.",
    # bpoil_guardian: a title inside the sentence, followed by "of"
    "Lawmakers will hear from the companies on Tuesday. And the Senate environment and public works committee will "
    "examine The Big Oil Bailout Prevention Liability Act of 2010, a bill under which the maximum cap for damages "
    "would be raised. The hearing starts at ten.",
])
def test_a_name_after_a_lower_case_word_inside_a_sentence_is_no_seam(text):
    assert clean_text(text).removed == []


@pytest.mark.parametrize("text, pull_quote, sentence", [
    # bpoil_bbc, MJ_bbc: a page's pull quote (a name, a colon, the words in single quotes) glued to the next sentence
    ("BP began its top kill bid on Wednesday. Salazar: ` This is a BP mess and we will not rest until the job is done. ' "
     "A BP official said the bid stood a 60-70% chance of success.",
     "Salazar: ` This is a BP mess and we will not rest until the job is done. '", "A BP official said the bid"),
    ("The call was made at 12:21 on Thursday. Jesse Jackson: ` We are hurt ' The caller is heard to say Jackson is "
     "unconscious and has stopped breathing.", "Jesse Jackson: ` We are hurt '", "The caller is heard to say"),
])
def test_a_pull_quote_glued_to_a_sentence_is_removed(text, pull_quote, sentence):
    cleaned = clean_text(text)
    assert cleaned.removed == [pull_quote] and sentence in cleaned.text


def test_a_quotation_after_a_verb_of_saying_is_no_pull_quote():
    text = "BP began its top kill bid. Mr Salazar told reporters: ` This is a BP mess. ' A BP official said more."
    assert clean_text(text).removed == []


def test_a_headline_glued_to_the_standfirst_at_the_top_of_a_page_is_removed():
    text = ("We had a contingency plan for Louisiana spill, and it's working, BP chief tells angry senators But all three "
            "oil firms try to blame each other's errors; hearing acknowledges regulatory oversight failed. The heads of BP, "
            "Transocean and Halliburton appeared before the Senate energy committee. Each blamed the others.")
    cleaned = clean_text(text)
    assert cleaned.removed == ["We had a contingency plan for Louisiana spill, and it's working, BP chief tells angry senators"]
    assert cleaned.text.startswith("But all three oil firms")


@pytest.mark.parametrize("sentence", [
    # a capital letter as a label, not an article
    "According to the Health Protection Agency, outbreaks of swine flu - a disease caused by type A influenza - "
    "regularly affect pigs.",
    "The virus is an influenza A virus, carrying the designation H1N1.",
    "In Monday's program, pianist and conductor Jonathan Cohen discusses the open optimism of A major.",
    # an article is never followed by a preposition, a conjunction or an auxiliary: 'A to' is a letter (review19,
    # bpoil_reuters)
    "Anybody that uses a car to get from point A to point B shares the blame for the oil spill.",
    # a title in title case
    "Jackson repeatedly told the doctor he would cancel his This Is It concerts in London if he could not sleep.",
    # a chronology's date heading dates the entry after it
    "22 July 2009 The doctor's clinic in Houston is raided by officers from the Drug Enforcement Agency (DEA).",
    # a quotation or a title after a word of saying or naming
    "\"If people are wearing respirators, it scares people because they realize how toxic it is,\" he said \"The "
    "administration is down-playing the problem because it saves them money down the line.",
    "A 51-page study entitled \"On the information role of stock recommendations,\" finds that buy and sell ratings are "
    "uninformative.",
    # a possessive wants its noun (H1N1_guardian: the name after it opened a seam, 'Most Beautiful People list.' was left)
    "Rahm Emanuel, Barack Obama's chief of staff, is on People magazine's Most Beautiful People list.",
])
def test_a_seam_inside_a_sentence_is_no_glued_caption(sentence):
    """Real sentences of Timeline17 pages where a capitalised opener follows a word in lower case."""
    text = f"The first sentence of the page is here. {sentence} The last sentence of the page is here."
    cleaned = clean_text(text)
    assert cleaned.text == text, cleaned.removed


def test_a_byline_of_names_alone_before_a_dateline_is_removed():
    """H1N1_reuters and bpoil_reuters: 'By X and Y' between a report's bullets and its dateline."""
    text = next(t for t in timeline17_articles("H1N1_reuters") if "By Tim Hepher and Karen Jacobs" in t)
    cleaned = clean_text(text)
    assert "By Tim Hepher and Karen Jacobs" in cleaned.removed
    assert "airlines recovery PARIS/ATLANTA, April 27 (Reuters) - Panicked sellers" in cleaned.text
    text = next(t for t in timeline17_articles("bpoil_reuters") if t.startswith("By Nastassia Astrasheuskaya"))
    cleaned = clean_text(text)
    assert cleaned.removed[0].startswith("By Nastassia Astrasheuskaya, Ben Judah,")
    assert cleaned.text.startswith("MOSCOW/WASHINGTON (Reuters) - His face")


def test_a_broadcasters_programme_listings_page_is_refused_with_a_reason():
    """MJ_bbc holds BBC Network Radio programme pages (blurbs each closed by 'Presenter/X, Producer/Y'): a schedule,
    not a report, though one blurb may mention the story."""
    from storyline.ingest.decode import IngestError
    from storyline.pipeline import prepare_document

    pages = [t for t in timeline17_articles("MJ_bbc") if "Network Radio Programme Information" in t]
    assert pages
    for text in pages:
        with pytest.raises(IngestError, match="programme listings"):
            prepare_document(RawDocument(source="mj.txt", text=text, outlet="bbc"), lambda outlet: set())
    report = next(t for t in timeline17_articles("MJ_bbc") if t.startswith("There has been an outpouring of grief"))
    assert prepare_document(RawDocument(source="mj.txt", text=report, outlet="bbc"), lambda outlet: set()).text


def test_a_newspapers_end_matter_inside_a_flattened_page_is_removed():
    """bpoil_guardian: the print-edition note and the Twitter box after it (whose posts are about another story)."""
    text = next(t for t in timeline17_articles("bpoil_guardian") if "French TV @itele reporting" in t)
    cleaned = clean_text(text)
    assert "Algeria" not in cleaned.text and "appeared on p" not in cleaned.text
    assert any(piece.startswith("A version appeared on p") for piece in cleaned.removed)
    assert len(cleaned.text) > 2000


def test_a_print_edition_note_among_the_first_pieces_is_no_end_matter():
    text = ("This article appeared on p3 of the Main section of the Guardian. BP said on Tuesday that its cap was holding. "
            "Engineers were watching the pressure readings. The company's shares rose 4% in London. Analysts said the "
            "worst might be over for the company.")
    assert clean_text(text).text.endswith("the worst might be over for the company.")


def test_a_stamp_whose_place_names_its_state_goes_whole():
    """Timeline17 bpoil_reuters: 'GRAND ISLE, Louisiana | <stamp>' lost only 'Louisiana | <stamp>', and the place
    stayed glued to the dateline after it ('GRAND ISLE, GRAND ISLE, Louisiana (Reuters)'); a caption's words
    before a stamp with a plain place stay."""
    text = ('GRAND ISLE, Louisiana | Fri Jun 4, 2010 7:36 pm EDT GRAND ISLE, Louisiana (Reuters) - President Barack '
            'Obama warned energy giant BP on Friday not to "nickel and dime" Gulf coast residents over oil spill '
            'damage claims while paying out billions of dollars in dividends to shareholders. Obama, making his '
            'third trip to the region, met local officials. He said BP should pay every legitimate claim.')
    cleaned = clean_text(text)
    assert cleaned.text.startswith("GRAND ISLE, Louisiana (Reuters) - President Barack Obama warned")
    assert cleaned.dateline == "2010-06-04"
    caption = ("An oil sheen is seen on the water at the site of the Deepwater Horizon oil spill in the Gulf of Mexico "
               "off the coast of Louisiana, WASHINGTON | Mon Jun 7, 2010 5:01 pm EDT WASHINGTON (Reuters) - A White "
               "House panel probing BP's oil spill will meet next month. The panel has seven members. It reports "
               "in January.")
    assert "off the coast of Louisiana," in clean_text(caption).text


def test_the_block_lookahead_skips_only_positions_no_block_starts_at():
    """`split_line_pieces`' pattern opens with a lookahead naming where its alternatives can start (a capital, a digit,
    "(", "last updated", a commenter's handle before " at " and a clock): on flattened pages holding each kind of block
    it finds what the alternation without the lookahead finds."""
    import re

    from storyline.clean import boilerplate

    assert boilerplate._BLOCK.pattern.startswith(boilerplate._BLOCK_START)
    bare = re.compile(boilerplate._BLOCK.pattern[len(boilerplate._BLOCK_START):])
    pages = [t for topic in ("bpoil_bbc", "bpoil_washingtonpost", "bpoil_reuters") for t in timeline17_articles(topic)[:60]]
    pages.append("Thanks for the update. jdoe at 11:07 am: I agree with the last post. (an error occurred while processing "
                 "this directive) Sales slowed; last updated at 05:09 GMT Help 1146: Our reporter is at the scene. "
                 "Posted by: someone | July 27, 2011 at 6:39 pm | Report abuse (ID: nHKG362728) By Tim Hepher and Karen "
                 "Jacobs LONDON (Reuters) - Shares rose.")
    found = [[m.span() for m in boilerplate._BLOCK.finditer(page)] for page in pages]
    assert found == [[m.span() for m in bare.finditer(page)] for page in pages]
    assert len(found[-1]) >= 6  # the made-up page's blocks are found at all


def test_a_cleaning_with_the_outlets_lines_after_one_without_is_a_fresh_one():
    """The ingest cleans a document, then again with its outlet's repeated lines: the second cleaning reuses the first's
    judgement of the text (`judge_text`) and must come out as if it had been the only one."""
    from storyline.clean import judge_text

    text = next(t for t in timeline17_articles("bpoil_reuters") if t.startswith("LONDON | Tue Apr 27, 2010 4:08 am EDT"))
    first = clean_text(text)
    boilerplate = {normalised_line(first.text.split(". ")[-1])}
    second = clean_text(text, outlet_boilerplate=boilerplate)
    judge_text.cache_clear()
    fresh = clean_text(text, outlet_boilerplate=boilerplate)
    assert (second.text, second.removed, second.dateline) == (fresh.text, fresh.removed, fresh.dateline)
    assert second.removed != first.removed  # the outlet's line went the second time
    judge_text.cache_clear()
    assert clean_text(text).removed == first.removed


def test_an_html_page_is_extracted_once_for_both_cleanings(monkeypatch):
    """The ingest cleans a page again with its outlet's repeated lines; the HTML is not extracted again for it,
    and the Document is the one two cleanings of the page give."""
    import storyline.clean as clean
    from storyline.pipeline import prepare_document

    paragraphs = "".join(f"<p>{line}</p>" for line in seed_text("004").splitlines() if len(line) > 60)
    page = ("<html><head><title>Trump says he spoke with Putin</title><meta property='og:site_name' content='Reuters'>"
            f"</head><body><article>{paragraphs}</article></body></html>")
    raw = RawDocument(source="p.html", html=page)
    first = clean_document(raw)
    assert first.outlet and first.text
    repeated = {normalised_line(first.text.split("\n")[-1])}
    expected = clean_document(raw, repeated)
    calls = []
    extract = clean.extract_html
    monkeypatch.setattr(clean, "extract_html", lambda *args: calls.append(args) or extract(*args))
    document = prepare_document(raw, lambda outlet: repeated)
    assert len(calls) == 1
    assert document == expected and document != first


# ---------------------------------------------------------------- a page's head, correction notices, contact lines (clean22)
# Excerpts of Timeline17 pages (H1N1_reuters, bpoil_bbc, bpoil_guardian), flattened onto one line as the corpus keeps them.
_REUTERS_BODY = ("A U.S. traveller, flying from the United States via Amsterdam, was found to be suffering from the H1N1 virus "
                 "after arriving at Istanbul's Ataturk Airport en route to Iraq late on Friday, the ministry said. The man "
                 "was taken to hospital. His condition was good, officials said.")


def test_an_agency_reports_head_is_cut_off_at_its_dateline():
    """The summary bullets and the update note run into the dateline: the note goes, the bullets stay on a line of their
    own, and the report starts at the dateline."""
    text = ("\\* Turkey confirms first case of H1N1 swine flu \\* Virus detected in traveller from the United States "
            "(Adds ministry confirmation, details and background) ISTANBUL, May 16 (Reuters) - Turkey identified its first "
            "case of H1N1 swine flu, the Health Ministry said on Saturday. " + _REUTERS_BODY)
    cleaned = clean_text(text)
    head, report = cleaned.text.split("\n")[:2]
    assert head == "\\* Turkey confirms first case of H1N1 swine flu \\* Virus detected in traveller from the United States"
    assert report.startswith("ISTANBUL, May 16 (Reuters) - Turkey identified its first case")
    assert cleaned.removed == ["(Adds ministry confirmation, details and background)"]
    # a page's stamp before the dateline has no words in lower case: no head, and it stays for the dating
    stamped = clean_text("2009 06 13 00:11 JST GENEVA (Reuters) - The World Health Organisation declared the first "
                         "influenza pandemic in 41 years on Thursday. " + _REUTERS_BODY)
    assert stamped.text.startswith("2009 06 13 00:11 JST GENEVA (Reuters) - The World Health Organisation")


def test_an_agency_datelines_place_on_the_line_before_its_day_stays_with_the_report():
    """Issue #13: a page that sets the place on a line of its own ('HOUSTON' above ', June 17 (Reuters) - ') lost it with the
    headline it was glued to, and the report started at the comma."""
    report = "BP Plc said on Thursday it had cut the flow of oil from its leaking well in the Gulf of Mexico. " + _REUTERS_BODY
    glued = clean_text("Oil flow cut at BP well HOUSTON\n, June 17 (Reuters) - " + report).text
    assert glued.split("\n")[-1].startswith("HOUSTON, June 17 (Reuters) - BP Plc said"), glued
    alone = clean_text("HONG KONG\n\n, June 17 (Reuters) - " + report).text
    assert alone.startswith("HONG KONG, June 17 (Reuters) - BP Plc said"), alone
    # a line break that opens no comma is left where the page put it
    assert clean_text("WASHINGTON\nJune 17 (Reuters) - " + report).text.startswith("WASHINGTON\nJune 17 (Reuters) -")


def test_a_live_pages_headline_is_cut_off_its_first_sentence():
    """The headline stays, the page's own words on its story, but on a line of its own."""
    page = ("Plugging the Gulf oil spill: ` top kill ' ` Top kill ' is BP's attempt to shut off the massive oil spill in the "
            "Gulf of Mexico - the first five hours as it happened Oil from the Deepwater Horizon well approaching the "
            "coast of Louisiana.")
    lines = clean_text(page + " " + _REUTERS_BODY).text.split("\n")
    assert lines[0].endswith("the first five hours as it happened")
    assert lines[1].startswith("Oil from the Deepwater Horizon well")


def test_a_headline_glued_to_the_reports_subject_goes_as_the_page_head():
    """A label's headline at the page's start ('Gulf spill: ...') was cut at its first seam once and kept on a line of its
    own, and the day's summary took the headline alone where it had taken the run with the report (Timeline17 bpoil_bbc).
    Cut where the report's subject and finite verb follow ('US Interior Secretary Ken Salazar has'), it leaves the text:
    no event, no evidence, no summary sentence; the page had no title, so it is the document's."""
    head = "Gulf spill: Salazar reassures over oil drilling pause"
    report = ("US Interior Secretary Ken Salazar has told a senate panel that a six-month moratorium on deepwater drilling "
              "will stay in place until safety is assured.")
    cleaned = clean_text(head + " " + report + " " + _REUTERS_BODY)
    assert cleaned.text.startswith(report) and "\n" not in cleaned.text
    assert cleaned.removed == [head] and cleaned.title == head
    assert clean_text(head + " " + report + " " + _REUTERS_BODY, has_title=True).title is None


def test_the_head_before_the_pages_own_stamp_is_a_line_of_its_own():
    """Headline and standfirst, with no full stop, before the Guardian's stamp: once the stamp goes, they would be glued
    to the report's first sentence."""
    text = ("Deepwater Horizon oil spill: Obama attempts to limit political fallout White House lists actions taken to "
            "contain the disaster as BP says robot submarines have blocked one leak Wednesday 5 May 2010 21.48 BST The "
            "Obama administration took defensive action today over early assurances that a sunken BP rig was not leaking "
            "crude oil into the Gulf of Mexico. The move came on a day when BP registered its first success. The action "
            "could help BP in its efforts to staunch the flow of oil before it hits the shore.")
    cleaned = clean_text(text)
    assert cleaned.removed == ["Wednesday 5 May 2010 21.48 BST"]
    assert cleaned.text.split("\n")[0] == ("Deepwater Horizon oil spill: Obama attempts to limit political fallout White "
                                           "House lists actions taken to contain the disaster as BP says robot submarines "
                                           "have blocked one leak")
    assert cleaned.text.split("\n")[1].startswith("The Obama administration took defensive action today")


def test_a_correction_notice_goes_and_its_day_stays_for_the_dating():
    body = ("BP is also racing against time and the weather, with some forecasts suggesting oil could begin lapping the "
            "shoreline by tomorrow. Officials said the boom was holding. ")
    text = (body + "This article was amended on 6 May 2010. The original said that a leaking well was spewing \"5,000 "
            "gallons (23,000 litres) a day into the Gulf of Mexico\". This has been corrected. The state of Alabama is "
            "also suing BP.")
    cleaned = clean_text(text)
    assert "This article was amended on 6 May 2010." in cleaned.text
    assert "The original said" not in cleaned.text and "This has been corrected." in cleaned.removed
    assert cleaned.text.endswith("The state of Alabama is also suing BP.")  # the notice's few sentences only
    told = clean_text(body + "An earlier version of this story termed the effort \"successful.\" Officials clarified that "
                      "neither government nor BP officials had declared the effort a success yet.")
    assert told.removed == ["An earlier version of this story termed the effort \"successful.\""]


def test_a_newspapers_contact_lines_go_with_the_end_matter_after_them():
    """The Guardian's "call the main switchboard" made "call" events; the repeated headline after it is end matter."""
    text = ("Intensive farming is at the heart of the crisis. " * 3 + "If we carry on as before, the pigs may yet have their "
            "revenge. Letters for publication should be sent to: letters@guardian.co.uk If you need help using the site: "
            "userhelp@guardian.co.uk Call the main Guardian and Observer switchboard: Felicity Lawrence: Intensive farming "
            "of animals is at the heart of swine flu pandemic This article was published on guardian.")
    cleaned = clean_text(text)
    assert cleaned.text.endswith("the pigs may yet have their revenge.")
    assert "Call the main Guardian and Observer switchboard:" in cleaned.removed


# A broadcaster's head run into the report's first sentence (Timeline17 MJ_bbc, bpoil_bbc pages, flattened): the
# headline and the lead photo's caption go as the page head, the report's sentence stays whole.
_BBC_BODY = ("Dr Conrad Murray, who police say is not a suspect, was at the house when the singer died. Officers spent "
             "several hours at the house. A spokesman for the doctor declined to comment.")


@pytest.mark.parametrize("head, report", [
    ("Police raid Jackson doctor's home",
     "Drug police are searching the Las Vegas home of Michael Jackson's doctor as part of a manslaughter investigation "
     "into the singer's death."),
    ("Jackson death was ` not suspicious '",
     "Medical experts say they are not treating the death of pop star Michael Jackson as suspicious."),
    ("Jackson was about to start a residency at London's O2 Arena",
     "The release of Michael Jackson's autopsy results have been delayed until next week, the Los Angeles County "
     "coroner's office has said."),
    ("Number Ones last topped the UK album chart in 2003",
     "Michael Jackson has topped the UK album chart and made six new entries in the singles top 40, six years after his "
     "last number one."),
    ("Michael Jackson's doctor goes on trial",
     "Michael Jackson's doctor has gone on trial in America, charged with causing the singer's death."),
])
def test_a_broadcasters_headline_run_into_the_report_goes_as_the_page_head(head, report):
    cleaned = clean_text(head + " " + report + " " + _BBC_BODY)
    assert cleaned.text.startswith(report) and cleaned.removed == [head] and cleaned.title == head


@pytest.mark.parametrize("head, caption, report", [
    ("Gulf spill: Salazar reassures over oil drilling pause",
     'US Interior Secretary Ken Salazar said drilling would continue in a "safe way"',
     "US Interior Secretary Ken Salazar has told a senate panel that a six-month moratorium on deepwater drilling will "
     "stay in place until safety is assured."),
    ("Michael Jackson's mother sues concert promoter",
     "Jackson was preparing for a series of concerts at the time of his death",
     "Katherine Jackson contends it failed to provide life-saving equipment and oversee a doctor."),
])
def test_a_headline_and_a_caption_come_off_one_at_a_time(head, caption, report):
    cleaned = clean_text(f"{head} {caption} {report} {_BBC_BODY}")
    assert cleaned.text.startswith(report) and cleaned.removed == [head, caption] and cleaned.title == head


@pytest.mark.parametrize("report", [
    # a name after its apposition, an object after its verb, a clause after its conjunction or relative word
    "Michael Jackson's brother Jermaine Jackson has said the family will hold a private funeral for the singer.",
    "The doctor accused of giving Michael Jackson a lethal dose of anesthetic will be allowed to work in California.",
    "The legal team representing Michael Jackson's personal doctor has dropped its claim that the pop star swallowed it.",
    "Shares in BP fell a further 5% on Tuesday after US President Barack Obama launched his most strident attack yet.",
    "Calls to halt BP's plans to begin a deep drilling operation off Shetland have been rejected by the government.",
    "The headboard from the bed in which Michael Jackson died has been withdrawn from auction at the request of his family.",
    "UK energy giant BP has outlined a strategy to revive the public's belief in its ability to operate responsibly.",
    "Lawyers for Dr Murray have suggested Jackson gave himself the lethal dose when the doctor was out of the room.",
    "The oil leaked into the Gulf of Mexico from 20 April Barack Obama has told Prime Minister David Cameron.",
    # a modifier before a name, a day opening a date, a quotation running into its attribution, an agency's dateline
    "Crews looking for injured or dead wildlife in the vast Gulf of Mexico oil spill have found a few more of them.",
    "Underwater videos of spectacular Gulf oil leaks are like buses, it seems, and two came within hours of each other.",
    "The historic scale of the disaster became clearer Thursday when scientists said the well has been spewing oil.",
    '"Some of the tools available were the same ones available 20 years ago," BP executive Doug Suttles said at a hearing.',
    "WASHINGTON (Reuters) - The new H1N1 swine flu has spread to nine countries and killed dozens in Mexico, officials said.",
    "In a 30-minute phone call, the US president said he recognized BP was a multinational company with British owners.",
])
def test_a_reports_first_sentence_is_not_cut_at_a_name(report):
    assert clean_text(report + " " + _BBC_BODY).text.startswith(report)


def test_only_the_pages_first_piece_is_searched_for_a_head():
    middle = ("Police raid Jackson doctor's home Drug police are searching the Las Vegas home of Michael Jackson's doctor "
              "as part of a manslaughter investigation.")
    text = _BBC_BODY + " " + middle + " " + _BBC_BODY
    assert middle in clean_text(text).text


def test_a_live_pages_description_of_itself_is_its_head():
    stamp = "28 September 2011 Last updated at 15:41 GMT Help"
    head = ("Live coverage of the trial of Michael Jackson's personal physician, Conrad Murray, who is charged with "
            "involuntary manslaughter of the singer.")
    cleaned = clean_text(f"{stamp} {head} {_BBC_BODY}")
    assert head not in cleaned.text and cleaned.title == head and cleaned.text.startswith(stamp)


def test_a_headline_the_pages_update_stamp_follows_is_its_head():
    head = "BP oil spill caused by a ` failure of management '"
    stamp = "6 January 2011 Last updated at 01:53 GMT Help"
    report = "Management and communication failures are to blame for the oil spill in the Gulf of Mexico, a panel found."
    cleaned = clean_text(f"{head} {stamp} {report} {_BBC_BODY}")
    assert cleaned.text.startswith(stamp + "\n" + report) and cleaned.title == head


def test_a_pull_quote_in_double_quotes_glued_to_the_sentence_is_cut():
    quote = 'Shrimper Randy Nunez: "It looks like a ghost town around here"'
    report = "BP has endured waves of scathing criticism during the Gulf of Mexico oil spill, but some offer it support."
    cleaned = clean_text(f"{quote} {report} {_BBC_BODY}")
    assert cleaned.text.startswith(report) and quote in cleaned.removed


def test_the_reports_first_sentence_after_the_page_head_is_no_author_bio():
    """A name and 'has been' opens an author's bio (`LINE_PATTERNS`), which closes a page; the sentence the page's head
    was cut from opens the report (MJ_bbc: the lead went as a bio once its headline was cut off)."""
    head = "Beyonce will perform at the UK Jackson tribute gig via satellite link-up"
    report = "Beyonce has been confirmed to take part in a Michael Jackson tribute concert in October."
    cleaned = clean_text(f"{head} {report} {_BBC_BODY}")
    assert cleaned.text.startswith(report) and cleaned.title == head
    bio = "He has worked for Reuters covering technology news since 1993."
    assert bio not in clean_text(f"{_BBC_BODY} {bio}").text  # a page's closing bio still goes


def test_a_story_sentence_with_has_been_is_no_author_bio():
    """bpoil_bbc, bpoil_guardian (tlclean26): the author-bio rule read any capitalised word before 'has been' as a
    bio's first name and took the story's sentences; 35 on the six dev beds, one of them a bio."""
    text = ("BP shares fell again on Monday.\n\n"
            "Oil has been leaking into the Gulf since the Deepwater Horizon rig exploded on 20 April and sank off the "
            "coast of the US state of Louisiana, killing 11 workers.\n\n"
            "Much has been made of Obama and others referring to the firm as British Petroleum, though it long ago "
            "dropped the moniker.\n\n"
            "Allen has been careful in his criticisms of BP until now, saying it has generally been co-operative.")
    assert clean_text(text).removed == []


def test_a_wire_storys_instrument_codes_leave_its_sentences():
    """H1N1_reuters: the exchange letter of '(GSK. L)' was left to open a sentence ('L) plans to start ...') and
    tagged as a name; brackets of codes anywhere, a bare code only after a company's legal form."""
    text = ("SINGAPORE, June 9 (Reuters) - GlaxoSmithKlyne (GSK. L) plans to start producing vaccines from 2011 in "
            "Singapore to fight pneumonia-causing bacteria. Royal Caribbean Cruises Ltd (RCL. N) (RCL. OL) sank 14 "
            "percent in New York, while Carnival Corp (CCL. N) was off 9 percent. American Airlines parent AMR Corp "
            "AMR. N and US Airways (LCC. N), the second and third foreign airlines, suffered similar falls.")
    cleaned = clean_text(text).text
    assert "GlaxoSmithKlyne plans to start producing vaccines" in cleaned
    assert "Royal Caribbean Cruises Ltd sank 14 percent in New York, while Carnival Corp was off 9 percent." in cleaned
    assert "AMR Corp and US Airways, the second" in cleaned
    # a sentence's end before a capital and a country's initials in brackets are no codes
    kept = "The report was sent to the WHO. A spokesman for the U.S. (U.S. Navy) ship declined to comment."
    assert clean_text(kept).text == kept


def test_a_caption_sentence_says_where_its_people_stand_in_the_picture():
    """bpoil_washingtonpost: an AP caption set as a line of its own; running text says where no one stands."""
    caption = ("BP PLC's Chief Executive Bob Dudley, right, arrives for a press conference with his Chief Financial "
               "Officer Byron Grote at their headquarters in London, Tuesday, Nov. 2, 2010.")
    story = "BP reported a profit of $1.8bn for the third quarter.\n\n"
    assert clean_text(story + caption).removed == [caption]
    kept = story + "Hayward, who left the company in October, said the figures were no surprise."
    assert clean_text(kept).removed == []


def test_typesetting_spaces_become_plain_spaces_in_place(nlp):
    # PolNeAR train df8eaf97d71de5f0 (development): "at\xa0a campaign rally" parsed the no-break space as a word of
    # its own and hung "on Monday night" on the act asked for; 243 of its 840 articles carry such spaces
    text = ("Trump called for a special prosecutor to oversee an investigation into the Clinton Foundation at\xa0a "
            "campaign rally in Ohio on Monday\u202fnight.\n\nMr.\xa0Trump spoke for an hour.")
    doc = clean_document(RawDocument(source="t", text=text, title="Trump\xa0rally"))
    assert doc.text == text.replace("\xa0", " ").replace("\u202f", " ")
    assert doc.title == "Trump rally"
    assert not any(token.is_space for token in nlp(doc.text) if token.text != "\n\n")


def test_a_left_quote_inside_a_word_becomes_the_apostrophe_in_place(nlp):
    # PolNeAR train 3e595772687026d9 (development): "President Barack Obama‘s court pick" was one token, no possessive,
    # and the issue read "President court pick"; ten such words in the 840 articles
    text = ("Senate Republicans refused to hold hearings for President Barack Obama\u2018s court pick, Merrick Garland. "
            "\u2018We will not,\u2019 he said. I don\u2018t know.")
    doc = clean_document(RawDocument(source="t", text=text, title="Obama\u2018s pick"))
    assert doc.text == text.replace("Obama\u2018s", "Obama\u2019s").replace("don\u2018t", "don\u2019t")
    assert doc.title == "Obama\u2019s pick"
    assert [(t.text, t.dep_) for t in nlp(doc.text)[9:11]] == [("Obama", "poss"), ("\u2019s", "case")]
