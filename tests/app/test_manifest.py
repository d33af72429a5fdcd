"""The manifest and the app agree: every URL it names is a route, every monday route is named."""

from __future__ import annotations

import json
from pathlib import Path

from werkzeug.exceptions import MethodNotAllowed, NotFound

MANIFEST = Path(__file__).resolve().parents[2] / "manifest" / "manifest.json"
PLACEHOLDER = "{{PUBLIC_BASE_URL}}"
# Routes monday calls or opens, by endpoint prefix; all must appear in the manifest.
MONDAY_FACING = ("recipes.", "blocks.", "lifecycle.", "webhooks.", "oauth.")
MONDAY_PAGES = ("views.settings_page", "views.board_page")


def _urls(node) -> list[str]:  # type: ignore[no-untyped-def]
    if isinstance(node, dict):
        return [u for v in node.values() for u in _urls(v)]
    if isinstance(node, list):
        return [u for v in node for u in _urls(v)]
    if isinstance(node, str) and node.startswith(PLACEHOLDER):
        return [node.removeprefix(PLACEHOLDER)]
    return []


def _matches(app, path: str) -> str | None:  # type: ignore[no-untyped-def]
    adapter = app.url_map.bind("connector.example.com")
    for method in ("POST", "GET"):
        try:
            endpoint, _ = adapter.match(path, method=method)
            return endpoint
        except (NotFound, MethodNotAllowed):
            continue
    return None


def test_every_manifest_url_is_a_route(app) -> None:
    manifest = json.loads(MANIFEST.read_text())
    urls = _urls(manifest)
    assert len(urls) > 10
    missing = [u for u in urls if _matches(app, u) is None]
    assert missing == []


def test_every_monday_route_is_in_the_manifest(app) -> None:
    declared = {_matches(app, u) for u in _urls(json.loads(MANIFEST.read_text()))}
    expected = {
        rule.endpoint
        for rule in app.url_map.iter_rules()
        if rule.endpoint.startswith(MONDAY_FACING) or rule.endpoint in MONDAY_PAGES
    }
    # Each remote-options list is its own URL of one endpoint; the OAuth start is the install URL.
    assert expected - declared == set()


def test_recipe_option_lists_are_each_declared(app) -> None:
    urls = set(_urls(json.loads(MANIFEST.read_text())))
    for name in ("entities", "intervals", "connections", "branches", "warehouses", "currencies"):
        assert f"/monday/recipes/options/{name}" in urls


def test_manifest_urls_never_use_a_fixed_host() -> None:
    text = MANIFEST.read_text()
    assert "http://" not in text and "https://" not in text


def test_the_custom_trigger_sends_exactly_the_output_fields_the_manifest_declares() -> None:
    from store.board_syncs import BoardSyncSpec
    from sync.triggers import Written, output_fields

    manifest = json.loads(MANIFEST.read_text())
    declared = {
        field["key"]
        for feature in manifest["features"] if isinstance(feature, dict)
        for trigger in feature.get("triggers", [])
        for field in trigger.get("outputFields", [])
    }
    spec = BoardSyncSpec.__new__(BoardSyncSpec)
    object.__setattr__(spec, "entity", "supplier_invoices")
    object.__setattr__(spec, "board_id", "1")
    record = Written("S|1", "INV 1", "77", {"invoice_date": "2026-01-02"}, True)
    assert declared and set(output_fields(spec, record)) == declared
