"""A connection's settings are built in exactly one function of the product code.

Polls, write-back, Test connection, remote options and the CLI must read a saved connection the
same way; a second builder would sooner or later forget an option, the CA bundle or the
deployment's address policy. The search is on the source (AST), so a new builder anywhere in the
product packages fails here, however it names the class (an import alias counts too).
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PRODUCT = ("monday_app", "syspro", "sync", "store", "jobs", "sandbox", "app.py")
THE_BUILDER = ("sync/sources.py", "connection_settings")


def _names_for_the_class(tree: ast.AST) -> set[str]:
    names = {"ConnectionSettings"}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            names.update(a.asname for a in node.names if a.name == "ConnectionSettings"
                         and a.asname)
    return names


def _construction_sites(path: Path, root: Path) -> list[tuple[str, str]]:
    """(file, enclosing function) of every call of ConnectionSettings in one file."""
    tree = ast.parse(path.read_text(), filename=str(path))
    names = _names_for_the_class(tree)
    sites: list[tuple[str, str]] = []

    def visit(node: ast.AST, function: str) -> None:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            function = node.name
        if isinstance(node, ast.Call):
            called = node.func
            name = called.id if isinstance(called, ast.Name) else (
                called.attr if isinstance(called, ast.Attribute) else "")
            if name in names:
                sites.append((str(path.relative_to(root)), function))
        for child in ast.iter_child_nodes(node):
            visit(child, function)

    visit(tree, "<module>")
    return sites


def every_construction_site(root: Path = ROOT) -> list[tuple[str, str]]:
    sites: list[tuple[str, str]] = []
    for entry in PRODUCT:
        target = root / entry
        files = [target] if target.is_file() else sorted(target.rglob("*.py"))
        for path in files:
            sites.extend(_construction_sites(path, root))
    return sites


def test_exactly_one_function_builds_connection_settings() -> None:
    assert every_construction_site() == [THE_BUILDER]


def test_the_search_finds_a_second_builder(tmp_path: Path) -> None:
    """The check can fail: a copy of the tree with an aliased construction elsewhere."""
    (tmp_path / "sync").mkdir()
    (tmp_path / "sync" / "sources.py").write_text((ROOT / "sync" / "sources.py").read_text())
    (tmp_path / "jobs").mkdir()
    (tmp_path / "jobs" / "rogue.py").write_text(
        "from syspro.settings import ConnectionSettings as Made\n\n\n"
        "def build():\n    return Made(server_url='http://x:1', operator='A')\n")
    assert every_construction_site(tmp_path) == [THE_BUILDER, ("jobs/rogue.py", "build")]
