"""The rules of the house about who may import whom, checked on the source."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PROJECT = {"monday_app", "syspro", "sync", "store", "jobs", "sandbox", "app"}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def _files(package: str) -> list[Path]:
    return sorted((ROOT / package).rglob("*.py")) if (ROOT / package).exists() else []


def _violations(package: str, forbidden) -> list[str]:
    found = []
    for path in _files(package):
        for name in sorted(_imports(path)):
            if forbidden(name):
                found.append(f"{path.relative_to(ROOT)} imports {name}")
    return found


def test_syspro_imports_nothing_of_the_project() -> None:
    assert _violations("syspro", lambda n: n.split(".")[0] in PROJECT - {"syspro"}) == []


def test_graphql_client_imports_nothing_of_the_web_layer() -> None:
    def forbidden(name: str) -> bool:
        top = name.split(".")[0]
        if top == "flask":
            return True
        return top in PROJECT and not name.startswith("monday_app.client")

    assert _violations("monday_app/client", forbidden) == []


def test_sync_never_imports_flask() -> None:
    assert _violations("sync", lambda n: n.split(".")[0] in {"flask", "werkzeug"}) == []


@pytest.mark.parametrize("package", ["monday_app", "sync", "jobs", "syspro"])
def test_only_store_writes_sql(package: str) -> None:
    assert _violations(package, lambda n: n.split(".")[0] == "sqlalchemy") == []


def test_the_store_knows_the_same_entities_as_the_syspro_catalogue() -> None:
    from store.models import ENTITIES
    from syspro.entities import ENTITY_NAMES

    assert tuple(ENTITIES) == tuple(ENTITY_NAMES)
