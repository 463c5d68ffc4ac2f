"""The package's modules keep one meaning per name.

The extractor's modules hold many compiled patterns at module level; a second assignment to
the same name silently replaces the first for every function that uses it (ruff flags a
redefined function or import, not a redefined constant), and a rule elsewhere stops working.
"""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
MODULES = sorted([*ROOT.glob("geomap/*.py"), *ROOT.glob("gazetteer/*.py")])


def _defined(tree: ast.Module) -> Counter[str]:
    names: Counter[str] = Counter()
    for node in tree.body:
        if isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names[node.target.id] += 1
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names[node.name] += 1
    return names


def test_the_modules_are_found() -> None:
    assert {p.name for p in MODULES} >= {"events.py", "mentions.py", "resolve.py"}


@pytest.mark.parametrize("path", MODULES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_no_module_level_name_is_defined_twice(path: Path) -> None:
    twice = sorted(n for n, k in _defined(ast.parse(path.read_text("utf-8"))).items() if k > 1)
    assert not twice, f"{path.name} defines {twice} more than once; rename one of them"
