"""The evaluations' kept stores (and the stored row marks) are keyed by the code that made them."""
import pytest

from storyline import fingerprint
from storyline.eval import cache


def test_fingerprint_follows_edits_and_moves_of_listed_code(tmp_path, monkeypatch):
    (tmp_path / "nlp").mkdir()
    (tmp_path / "nlp" / "quotes.py").write_text("RULES = 1\n")
    (tmp_path / "model.py").write_text("KINDS = ()\n")
    (tmp_path / "web.py").write_text("PAGES = 1\n")
    monkeypatch.setattr(fingerprint, "PACKAGE", tmp_path)
    parts = ("nlp", "model.py", "pipeline.py")  # pipeline.py does not exist: skipped, not an error
    before = cache.code_fingerprint(parts)

    (tmp_path / "web.py").write_text("PAGES = 2\n")  # not listed: the kept store still fits
    assert cache.code_fingerprint(parts) == before

    (tmp_path / "nlp" / "quotes.py").write_text("RULES = 2\n")
    edited = cache.code_fingerprint(parts)
    assert edited != before

    (tmp_path / "nlp" / "quotes.py").rename(tmp_path / "nlp" / "marks.py")
    assert cache.code_fingerprint(parts) not in (before, edited)
    assert cache.code_fingerprint() != cache.code_fingerprint(parts)  # None: the whole package


def test_cache_root_honours_storyline_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("STORYLINE_CACHE", str(tmp_path))
    assert cache.cache_root() == tmp_path
    monkeypatch.delenv("STORYLINE_CACHE")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache.cache_root() == tmp_path / "xdg" / "storyline"


def test_fingerprint_without_source_is_the_installed_version(tmp_path, monkeypatch):
    from importlib import metadata

    assert fingerprint.installed_version() == metadata.version("storyline")  # pyproject's, as installed
    (tmp_path / "nlp").mkdir()
    (tmp_path / "nlp" / "quotes.pyc").write_bytes(b"compiled")  # an install that ships no source
    monkeypatch.setattr(fingerprint, "PACKAGE", tmp_path)
    monkeypatch.setattr(fingerprint, "installed_version", lambda: "1.0")
    released = cache.code_fingerprint(("nlp",))
    assert cache.code_fingerprint(("nlp",)) == released
    assert cache.code_fingerprint(("model.py",)) != released  # other parts, another key
    monkeypatch.setattr(fingerprint, "installed_version", lambda: "1.1")
    assert cache.code_fingerprint(("nlp",)) != released  # a new release is new code
    (tmp_path / "nlp" / "quotes.py").write_text("RULES = 1\n")
    assert cache.code_fingerprint(("nlp",)) != released  # with source, the source is hashed


def test_fingerprint_of_source_naming_no_listed_part_is_an_error(tmp_path, monkeypatch):
    (tmp_path / "model.py").write_text("KINDS = ()\n")
    monkeypatch.setattr(fingerprint, "PACKAGE", tmp_path)
    with pytest.raises(ValueError, match="no Python source"):
        cache.code_fingerprint(("story/timline.py",))  # a typo would otherwise freeze the key


def test_a_store_whose_filling_stopped_halfway_is_not_kept(tmp_path):
    """A run stopped while ingesting (the dating eval once scored a store left nearly empty) leaves no
    store: the next run fills it afresh, and a store filled to the end is reused as it is."""
    path = tmp_path / "topic.db"

    def stopped(store):
        with store.transaction():
            store.set_state("filled", "half")
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        cache.kept_store(path, stopped)
    assert not path.exists() and not list(tmp_path.iterdir())

    def whole(store):
        with store.transaction():
            store.set_state("filled", "whole")

    store, made = cache.kept_store(path, whole)
    assert made and store.get_state("filled") == "whole"
    store.close()
    store, made = cache.kept_store(path, stopped)  # kept: not filled again
    assert not made and store.get_state("filled") == "whole"
    store.close()
