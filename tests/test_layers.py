"""The rules of the house about who may import whom, checked on the source."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PROJECT = {"config", "monday_api", "syspro", "store", "sync", "jobs", "monday_app", "cli",
           "sandbox", "deploy", "app"}
# The house, bottom to top (docs/architecture.md). A package may import only packages listed
# for it: never one above it, so no import runs back up the layering.
MAY_IMPORT: dict[str, set[str]] = {
    "syspro": set(),  # the SYSPRO client: pure
    "monday_api": set(),  # the monday GraphQL client: pure
    "config": {"syspro"},  # settings and logging (the address policy comes from syspro)
    "store": {"config", "syspro", "monday_api"},
    "sync": {"config", "syspro", "monday_api", "store"},  # the engine
    "jobs": {"config", "syspro", "monday_api", "store", "sync"},
    "monday_app": {"config", "syspro", "monday_api", "store", "sync", "jobs"},  # the web app
    # The stand-ins: their servers import nothing of the product; the harness that wires the
    # engine to them (for tests, benches and the demo) uses the layers below the web app.
    "sandbox": {"config", "syspro", "monday_api", "store", "sync", "jobs"},
    "deploy": {"config", "syspro", "monday_api", "store", "sync", "jobs", "sandbox"},
    # The CLI is the top: the only product package that may import the sandboxes (demo).
    "cli": {"config", "syspro", "monday_api", "store", "sync", "jobs", "monday_app",
            "sandbox"},
}


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


@pytest.mark.parametrize("package", sorted(MAY_IMPORT))
def test_no_import_runs_back_up_the_layering(package: str) -> None:
    allowed = MAY_IMPORT[package] | {package}

    def forbidden(name: str) -> bool:
        top = name.split(".")[0]
        return top in PROJECT and top not in allowed

    assert _violations(package, forbidden) == []


def test_every_product_package_has_a_place_in_the_house() -> None:
    packages = {p.parent.name for p in ROOT.glob("*/__init__.py")} - {"tests", "bench"}
    assert packages <= set(MAY_IMPORT), packages - set(MAY_IMPORT)


def test_nothing_but_tests_imports_the_cli() -> None:
    found = [v for package in MAY_IMPORT if package != "cli"
             for v in _violations(package, lambda n: n.split(".")[0] == "cli")]
    assert found == []


def test_the_sandbox_servers_import_nothing_of_the_product() -> None:
    """monday's and SYSPRO's stand-ins must not lean on the code they stand in for."""
    for server in ("sandbox/monday", "sandbox/syspro"):
        assert _violations(server, lambda n: n.split(".")[0] in PROJECT - {"sandbox"}) == []


def test_the_clients_never_import_a_web_framework() -> None:
    for client in ("syspro", "monday_api"):
        assert _violations(client, lambda n: n.split(".")[0] in {"flask", "werkzeug"}) == []


def test_sync_never_imports_flask() -> None:
    assert _violations("sync", lambda n: n.split(".")[0] in {"flask", "werkzeug"}) == []


@pytest.mark.parametrize("package", ["monday_app", "sync", "jobs", "syspro"])
def test_only_store_writes_sql(package: str) -> None:
    assert _violations(package, lambda n: n.split(".")[0] == "sqlalchemy") == []


def test_the_store_knows_the_same_entities_as_the_syspro_catalogue() -> None:
    from store.models import ENTITIES
    from syspro.entities import ENTITY_NAMES

    assert tuple(ENTITIES) == tuple(ENTITY_NAMES)


def _string_constants(path: Path) -> set[str]:
    return {node.value for node in ast.walk(ast.parse(path.read_text(), filename=str(path)))
            if isinstance(node, ast.Constant) and isinstance(node.value, str)}


def test_no_job_is_named_by_a_hand_written_path() -> None:
    """Jobs are enqueued through their declaration (jobs/declare.py), which computes the path
    rq stores from the function: a "jobs.<module>.<function>" string would go stale on the
    first rename. Modules and the worker class may still be named so."""
    import importlib
    import inspect

    from jobs.renamed import OLD_NAMES  # paths of renamed jobs, kept for jobs still queued

    pattern = re.compile(r"jobs\.\w+\.\w+")
    found = []
    for package in [*sorted(PROJECT - {"app"}), "tests", "bench"]:
        for path in _files(package):
            for text in sorted(_string_constants(path)):
                if not pattern.fullmatch(text) or text in OLD_NAMES:
                    continue
                module, name = text.rsplit(".", 1)
                try:
                    target = getattr(importlib.import_module(module), name)
                except (ImportError, AttributeError):
                    continue  # a module path (jobs.cron_config) or no code at all
                if not inspect.isclass(target):
                    found.append(f"{path.relative_to(ROOT)}: {text}")
    assert found == []
