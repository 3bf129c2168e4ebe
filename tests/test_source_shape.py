"""The package's source: no module gives one constant or function two definitions, where the later one silently wins
(session 55 found `lexicon.ENDING_NOUNS` and `events.WEEK_VALUE` each assigned twice, the second differing)."""
from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import storyline

PACKAGE = Path(storyline.__file__).parent


def defined_twice(source: str) -> list[str]:
    """Module-level constants (upper-case names) and functions or classes that `source` defines more than once."""
    counts: Counter[str] = Counter()
    for node in ast.parse(source).body:
        if isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            counts.update(t.id for t in targets if isinstance(t, ast.Name) and t.id.isupper())
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            counts[node.name] += 1
    return sorted(name for name, count in counts.items() if count > 1)


def test_the_walk_sees_a_constant_or_a_function_defined_twice():
    assert defined_twice("A = 1\nB = 2\nA = {3}\ndef f(): pass\ndef f(): pass\nlower = 1\nlower = 2\n") == ["A", "f"]
    assert defined_twice("A: int = 1\nA = 2\nclass C: pass\n") == ["A"]
    assert defined_twice("A = 1\nif True:\n    A = 2\n") == []  # a guarded rebinding is a choice, not a slip


def test_no_module_defines_a_constant_or_a_function_twice():
    found = {str(path.relative_to(PACKAGE)): twice for path in sorted(PACKAGE.rglob("*.py"))
             if (twice := defined_twice(path.read_text(encoding="utf-8")))}
    assert found == {}
