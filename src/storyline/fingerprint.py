"""A hash of the package's own source, for what was computed by a version of the code: evaluation
stores kept between runs (`eval.cache`) and the default-timeline marks kept with each event
(`story.stored_timeline`)."""
from __future__ import annotations

import hashlib
from importlib import metadata
from pathlib import Path

import storyline

PACKAGE = Path(__file__).resolve().parent


def code_fingerprint(parts: tuple[str, ...] | None = None) -> str:
    """A hash of the package's Python source under `parts` (paths inside the package; all of it
    when None). A part that no longer exists is skipped, so moving a file changes the hash rather
    than failing. An install without any of that source (compiled files only) cannot tell one
    build of the code from another: its fingerprint is the package's version and the parts asked
    for, so it changes with each release but not with unreleased edits."""
    roots = [PACKAGE / part for part in parts] if parts else [PACKAGE]
    digest = hashlib.sha1()
    found = False
    for root in roots:
        files = sorted(root.rglob("*.py")) if root.is_dir() else [root] if root.exists() else []
        for file in files:
            digest.update(file.relative_to(PACKAGE).as_posix().encode())
            digest.update(file.read_bytes())
            found = True
    if not found:
        if any(PACKAGE.rglob("*.py")):  # a source checkout: a part that names nothing is a mistake
            raise ValueError(f"code_fingerprint: no Python source under {parts}")
        digest.update(f"version {installed_version()}: {' '.join(parts or ())}".encode())
    return digest.hexdigest()[:12]


def installed_version() -> str:
    """The version the installer recorded (pyproject's), which a release bumps; `__version__` for
    a package that was not installed."""
    try:
        return metadata.version("storyline")
    except metadata.PackageNotFoundError:
        return storyline.__version__
