"""The engine's functions stay short enough to read at once: none over 60 lines. (Branches
and complexity, at most 10 each, are ruff's C901 and PLR0912 over sync/ in pyproject.toml.)"""

from __future__ import annotations

import ast
from pathlib import Path

ENGINE = Path(__file__).resolve().parent.parent / "sync"
MAX_LINES = 60


def test_no_engine_function_is_over_60_lines() -> None:
    long = []
    for path in sorted(ENGINE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                lines = (node.end_lineno or node.lineno) - node.lineno + 1
                if lines > MAX_LINES:
                    long.append(f"{path.name}:{node.lineno} {node.name} ({lines} lines)")
    assert not long, "split these into named steps: " + ", ".join(long)
