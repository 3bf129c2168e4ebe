"""Cleaning of real pasted page text: the five seeds."""
from __future__ import annotations

import pytest

from conftest import seed_text
from storyline.clean import clean_document, clean_text
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
    ("February 30, 2025", None),
    ("The talks began on February 12, 2025, in Riyadh.", None),
])
def test_dateline_parsing(line, expected):
    assert parse_dateline(line) == expected


def test_lines_repeated_across_an_outlet_are_removed():
    body = "A first article line about the talks in Geneva today.\nRead the latest from Example Daily every morning, free."
    cleaned = clean_text(body, outlet_boilerplate={"read the latest from example daily every morning, free."})
    assert "Example Daily" not in cleaned.text
    assert cleaned.removed == ["Read the latest from Example Daily every morning, free."]


def test_odd_input_does_not_crash():
    for text in ["", "\n\n\n", "-", "x" * 10000, "“unbalanced quote\n- \n>"]:
        clean_text(text)
