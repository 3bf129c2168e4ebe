"""The learned listing filter of positions (story.listing_model, #14): the shipped model loads, scores real
sentences of the judged sheets through the product's claim extraction, and its training script runs."""
from __future__ import annotations

import csv
import importlib.util
import json
import re
from pathlib import Path

import pytest

from storyline.model import Document
from storyline.story.listing_model import load_model

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def listed_of(nlp):
    from storyline.nlp.attribution_model import learned_quotes
    from storyline.nlp.entities import extract_mentions
    from storyline.nlp.time import extract_timexes
    from storyline.story.positions import extract_claims

    def run(text: str, learned: bool, published: str = "2010-06-01") -> dict[tuple, bool]:
        doc = Document(id="t", source="t", text=text, published=published)
        parsed = nlp(text)
        mentions = extract_mentions(parsed, doc.id)
        quotes = learned_quotes(parsed, doc.id, mentions)
        claims = extract_claims(parsed, doc, extract_timexes(text, published, doc.id, parsed), mentions, quotes,
                                learned_listing=learned)
        return {(c.holder_text.split()[-1], c.issue, c.stance): c.listed for c in claims}

    return run


def test_model_file_loads_with_general_features_and_the_sheets_commit():
    model = load_model()
    assert model is not None and 0.0 < model["threshold"] < 1.0
    assert re.fullmatch(r"[0-9a-f]{40}", model["sheets_commit"])
    assert "positions-precision-seed1422.tsv" not in model["trained_on"]  # the held-out sheet
    general = re.compile(r"(bias|[a-z_]+(=[A-Za-z_ ]+)?)(&[a-z_]+(=[A-Za-z_ ]+)?)?")
    assert model["weights"] and all(general.fullmatch(name) for name in model["weights"])


def test_filter_withholds_a_wrong_row_and_keeps_a_right_one(listed_of):
    wrong = "Chan also urged companies who make the drugs to ramp up production."  # seed-1404 sheet row 4: wrong
    right = "President Barack Obama has now proposed scrapping a cap on BP's liability for the spill."  # 1408 row 82: ok
    assert listed_of(wrong, learned=False) == {("Chan", "company", "demand"): True}  # the rule lists it
    assert listed_of(wrong, learned=True) == {("Chan", "company", "demand"): False}
    assert listed_of(right, learned=True) == {("Obama", "scrap cap on liability", "propose"): True}


def test_training_script_runs_on_a_tiny_sheet(tmp_path):
    spec = importlib.util.spec_from_file_location("train_listing_model", REPO / "scripts" / "train_listing_model.py")
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    rows = script.judged_rows(REPO / "docs/judged/positions-precision-seed1408.tsv")
    tiny = [r for r in rows if r["judgement"] == "ok"][:5] + [r for r in rows if r["judgement"] == "wrong"][:5]
    sheet = tmp_path / "tiny.tsv"
    with open(sheet, "w", encoding="utf-8", newline="") as out:
        writer = csv.DictWriter(out, fieldnames=[k for k in tiny[0] if k != "sheet"], delimiter="\t",
                                lineterminator="\n", extrasaction="ignore")
        writer.writeheader()
        writer.writerows(tiny)
    model_path = tmp_path / "model.json"
    assert script.main(["--sheet", str(sheet), "--held-out", "none", "--out", str(model_path)]) == 0
    model = json.loads(model_path.read_text(encoding="utf-8"))
    assert model["examples"] >= 6 and model["weights"] and model["trained_on"] == ["tiny.tsv"]
