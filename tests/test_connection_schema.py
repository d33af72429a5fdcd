"""Everything about a connection's fields comes from the one schema: the settings defaults, the
docs table, the CLI flags, the settings form and the masking of secrets."""

from __future__ import annotations

import json
import re
from dataclasses import fields
from pathlib import Path

from click.testing import CliRunner

from cli import cli
from syspro import connection_schema as schema
from syspro.settings import ConnectionSettings

DOCS = Path(__file__).resolve().parents[1] / "docs" / "syspro.md"
TABLE = re.compile(r"<!-- connection-fields:start -->\n(.*?)<!-- connection-fields:end -->",
                   re.S)


def test_the_docs_table_is_the_generated_one() -> None:
    found = TABLE.search(DOCS.read_text())
    assert found, "docs/syspro.md lost its connection-fields markers"
    assert found.group(1) == schema.markdown_table(), (
        "docs/syspro.md is out of date: paste `ml-connector connection fields` between the "
        "connection-fields markers")


def test_settings_defaults_are_the_schemas() -> None:
    settings = ConnectionSettings(server_url="http://x.example:1", operator="A")
    by_name = {f.name for f in fields(ConnectionSettings)}
    for spec in schema.OPTION_FIELDS:
        assert spec.name in by_name
        value = getattr(settings, spec.name)
        assert (list(value) if isinstance(value, tuple) else value) == (
            list(spec.default) if isinstance(spec.default, tuple) else spec.default), spec.name
    assert settings.rest_base_path == schema.BY_NAME["rest_base_path"].default


def test_cli_flags_are_the_schemas_and_passwords_are_never_flags() -> None:
    runner = CliRunner()
    shown = runner.invoke(cli, ["connection", "add", "--help"]).output
    flags = set(re.findall(r"(--[a-z][a-z-]+)", shown)) - {"--help", "--account"}
    expected = {spec.flag for spec in schema.FIELDS if not spec.secret} | {"--no-verify-tls"}
    assert flags == expected
    assert not any("password" in flag for flag in flags)
    described = json.loads(runner.invoke(cli, ["connection", "fields", "--json"]).output)
    assert [f["name"] for f in described["fields"]] == [s.name for s in schema.FIELDS]


def test_schema_fields_are_sound() -> None:
    for spec in schema.FIELDS:
        assert spec.kind in schema.checks.KINDS and spec.section in schema.SECTIONS, spec.name
        assert spec.label and spec.help, spec.name
        if not spec.required:
            assert spec.check(None) == spec.default_value(), spec.name
        assert bool(spec.choices) == (spec.kind in ("choice", "choice_list")), spec.name
