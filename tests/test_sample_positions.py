"""scripts/sample_positions.py's pooled draw: one uniform, seeded draw over several stores' rows."""
from __future__ import annotations

import collections
import importlib.util

from conftest import REPO

_spec = importlib.util.spec_from_file_location("sample_positions", REPO / "scripts" / "sample_positions.py")
sample_positions = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(sample_positions)
pooled_draw = sample_positions.pooled_draw


def _stores() -> dict[str, list[str]]:
    return {"/tmp/x/big.db": [f"big{i}" for i in range(90)], "/tmp/y/small.db": [f"small{i}" for i in range(10)],
            "/tmp/z/mid.db": [f"mid{i}" for i in range(40)]}


def test_pooled_draw_does_not_depend_on_the_order_the_stores_are_named_in():
    stores = _stores()
    reordered = dict(reversed(list(stores.items())))
    assert pooled_draw(stores, 50, 3001) == pooled_draw(reordered, 50, 3001)


def test_pooled_draw_is_the_same_for_the_same_seed_and_differs_for_another():
    stores = _stores()
    assert pooled_draw(stores, 50, 3001) == pooled_draw(stores, 50, 3001)
    assert pooled_draw(stores, 50, 3001) != pooled_draw(stores, 50, 3002)


def test_pooled_draw_gives_distinct_rows_grouped_by_store_and_stops_at_the_pool():
    stores = _stores()
    drawn = pooled_draw(stores, 50, 7)
    assert len(drawn) == 50 and len({row for _, row in drawn}) == 50
    assert all(row in stores[path] for path, row in drawn)
    order = [path for path, _ in drawn]
    assert order == sorted(order, key=lambda p: p.rsplit("/", 1)[-1])
    assert len(pooled_draw(stores, 1000, 7)) == 140


def test_pooled_draw_weights_each_row_alike_not_each_store():
    """Over many seeds a store's share of the draw is its share of the pool (90 of 140 rows -> about 64%), where
    equal shares per store would give it a third."""
    stores = _stores()
    counts = collections.Counter(path for seed in range(200) for path, _ in pooled_draw(stores, 14, seed))
    assert round(counts["/tmp/x/big.db"] / (200 * 14), 1) == round(90 / 140, 1)
    assert round(counts["/tmp/y/small.db"] / (200 * 14), 2) <= 0.10


def test_pooled_draw_draws_each_row_about_equally_often():
    """Each row is drawn about total / pool of the time over many seeds, whatever store it is in."""
    stores = _stores()
    hits = collections.Counter(row for seed in range(700) for _, row in pooled_draw(stores, 20, seed))
    expected = 700 * 20 / 140
    assert min(hits[row] for rows in stores.values() for row in rows) > expected / 2
    assert max(hits.values()) < expected * 2


def test_a_kept_verdict_names_only_the_sheet_it_is_kept_from(tmp_path):
    # round 51's sheets carried a dozen "(same row as ...)" pointers per row, one per draw that kept it
    row = {"n": "7", "actor": "A", "issue": "ban", "stance": "demand", "when": "2016-01-01", "evidence": "A asked.",
           "judgement": "ok", "note": "fine (same row as a.tsv row 1, judgement kept) (same row as b.tsv row 3, "
                                     "judgement kept)"}
    sheet = tmp_path / "kept.tsv"
    sheet.write_text("# header\n" + "\t".join(row) + "\n" + "\t".join(row.values()) + "\n", encoding="utf-8")
    (verdict, note), = sample_positions.judged_rows([str(sheet)]).values()
    assert verdict == "ok" and note == "fine (same row as kept.tsv row 7, judgement kept)"
