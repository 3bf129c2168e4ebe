"""Where the loaded model is taken out of the garbage collector's passes
(`nlp.spacy_model.freeze_what_is_loaded`): at process-level points only, never on loading, since
the web server loads the model inside a request's thread. `gc.freeze` is watched, per thread, rather
than `gc.get_freeze_count()`: a web app built by another test freezes from its warm-up thread."""
import gc
import threading
import weakref

import pytest

from conftest import seed_path, seed_text
from storyline.model import RawDocument
from storyline.nlp.spacy_model import YOUNG_COLLECTION_EVERY, freeze_what_is_loaded, load_spacy
from storyline.pipeline import SpacyExecutor, prepare_document


@pytest.fixture()
def freezes(monkeypatch):
    """The threads that called `gc.freeze`, in order (the freeze itself is not made)."""
    callers: list[threading.Thread] = []
    monkeypatch.setattr(gc, "freeze", lambda: callers.append(threading.current_thread()))
    return callers


class _Node:
    def __init__(self):
        self.other = self


def test_loading_the_model_freezes_nothing(freezes):
    load_spacy.__wrapped__()  # a fresh load, as a web request's thread would make the first time
    assert threading.current_thread() not in freezes


def test_an_executor_in_a_thread_freezes_nothing_unless_asked(nlp, freezes):
    document = prepare_document(RawDocument(source=str(seed_path("000")), text=seed_text("000")), lambda outlet: set(),
                                "2025-10-19")
    analysed = []
    worker = threading.Thread(target=lambda: analysed.extend(SpacyExecutor(nlp).analyse(iter([document]))))
    worker.start()
    worker.join()
    assert len(analysed) == 1 and analysed[0].error is None
    assert worker not in freezes  # the web server's job threads use this executor
    executor = SpacyExecutor(nlp, freeze_loaded=True)  # the CLI's ingest
    executor.nlp
    executor.nlp
    assert freezes.count(threading.current_thread()) == 1


def test_garbage_is_collected_before_the_freeze():
    thresholds = gc.get_threshold()
    gc.disable()
    try:
        cycle = _Node()
        gone = weakref.ref(cycle)
        del cycle
        freeze_what_is_loaded()
        assert gone() is None
        assert gc.get_threshold() == (YOUNG_COLLECTION_EVERY, *thresholds[1:])  # young passes less often
    finally:
        gc.unfreeze()
        gc.set_threshold(*thresholds)
        gc.enable()
