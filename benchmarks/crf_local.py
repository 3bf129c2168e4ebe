"""Is the attribution tagger sentence-local? Tags every parse of a JSONL (cached as by `analysis_stages.py`) as
the product does, one sequence per document, and again only on runs of candidate sentences (a rule role, a quote
mark or a cue verb's lemma in them; the features still read from the whole document), then counts the tokens and
attributions that differ, inside the runs (the sequence cut) and outside them (sentences left untagged).

    python benchmarks/crf_local.py sample.jsonl

Issue #17 round 5: tagging only where an attribution can be was a proposed CPU cut. Not part of the test suite.
"""
import sys
import time
from pathlib import Path
from analysis_stages import parses
from storyline.analysis import ensure_analysis
from storyline.clean import clean_document
from storyline.ingest.readers import read_inputs
from storyline.nlp.spacy_model import load_spacy, text_of, parse_columns
from storyline.nlp import attribution_model as am
from storyline.nlp.quotes import QuoteIndex, find_quote_spans
from storyline.nlp.quotes.marks import QUOTE_MARKS
from storyline.nlp.lexicon import CUE_VERBS
from storyline.nlp.entities import extract_mentions
nlp = ensure_analysis(load_spacy())
JSONL = sys.argv[1]
docs = [clean_document(raw) for raw in read_inputs([JSONL])]
parsed_all = parses(JSONL, Path(JSONL + ".docbin"), nlp, [d.text for d in docs])
tagger = am._tagger()[0]
tot = cand_tok = docs_diff = tok_diff = att_diff = inside_diff = 0
t_full = t_part = 0.0
for doc, parsed in zip(docs, parsed_all):
    parsed.user_data.clear()
    mentions = extract_mentions(parsed, doc.id)
    qi = QuoteIndex(find_quote_spans(text_of(parsed)))
    by_rules = am.rule_attributions(parsed, mentions, qi)
    roles = am.rule_roles(parsed, by_rules, qi)
    feats = am.sequence_features(parsed, roles, qi)
    s = time.process_time(); full = tagger.tag(feats); t_full += time.process_time() - s
    cols = parse_columns(parsed)
    starts = cols.sentence_starts + [len(parsed)]
    keep = []
    for a, b in zip(starts, starts[1:]):
        ok = any(r != "O" for r in roles[a:b]) or any(any(c in QUOTE_MARKS for c in w) for w in cols.text[a:b]) \
            or any(l in CUE_VERBS for l in cols.lemma[a:b])
        keep.append((a, b, ok))
    part = ["O"] * len(parsed)
    runs, cur = [], None
    for a, b, ok in keep:
        if ok:
            cur = [cur[0], b] if cur else [a, b]
        else:
            if cur: runs.append(cur); cur = None
    if cur: runs.append(cur)
    s = time.process_time()
    for a, b in runs:
        part[a:b] = tagger.tag(feats[a:b])
    t_part += time.process_time() - s
    tot += len(parsed); cand_tok += sum(b - a for a, b in runs)
    d = sum(x != y for x, y in zip(full, part))
    inside_diff += sum(full[i] != part[i] for a, b in runs for i in range(a, b))
    if d:
        docs_diff += 1; tok_diff += d
        fa = [(x.cue, x.source, x.content) for x in am.attributions(parsed, full)]
        pa = [(x.cue, x.source, x.content) for x in am.attributions(parsed, part)]
        att_diff += len(set(fa) ^ set(pa))
print(dict(jsonl=Path(JSONL).name, tokens=tot, tagged=cand_tok, share=round(cand_tok / tot, 3), docs_differing=docs_diff, tokens_differing=tok_diff, of_them_inside_runs=inside_diff,
           attributions_differing=att_diff, crf_cpu_full=round(t_full, 2), crf_cpu_part=round(t_part, 2)))
