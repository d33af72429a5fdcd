"""Every query the client sends, and the sandbox's own SDL, agree with monday's real schema."""

from __future__ import annotations

from pathlib import Path

import pytest
from graphql import (
    GraphQLEnumType,
    GraphQLInputObjectType,
    GraphQLInterfaceType,
    GraphQLObjectType,
    GraphQLSchema,
    build_schema,
    parse,
    validate,
)

from monday_api import queries

SANDBOX_SDL = Path(__file__).resolve().parents[2] / "sandbox/monday/schema.graphql"
BUILTIN_SCALARS = {"Int", "Float", "String", "Boolean", "ID"}


def collected_documents() -> dict[str, str]:
    """Every named query constant, plus each aliased batch at a few sizes."""
    documents = {}
    for name in dir(queries):
        value = getattr(queries, name)
        if isinstance(value, str) and value.lstrip().startswith(("query", "mutation")):
            documents[name] = value
        if isinstance(value, queries.AliasedMutation):
            for count in (1, 2, 40):
                documents[f"{name}[{count}]"] = value.document(count)
    return documents


DOCUMENTS = collected_documents()


@pytest.fixture(scope="module")
def real_schema(real_schema_sdl: str) -> GraphQLSchema:
    return build_schema(real_schema_sdl)


@pytest.fixture(scope="module")
def sandbox_schema() -> GraphQLSchema:
    return build_schema(SANDBOX_SDL.read_text())


def test_documents_were_collected():
    assert {"CREATE_ITEM", "ITEMS_BY_COLUMN_VALUES", "CREATE_ITEMS_BATCH[40]"} <= set(DOCUMENTS)


@pytest.mark.parametrize("name", sorted(DOCUMENTS))
def test_document_validates_against_real_schema(name: str, real_schema: GraphQLSchema):
    assert validate(real_schema, parse(DOCUMENTS[name])) == []


@pytest.mark.parametrize("name", sorted(DOCUMENTS))
def test_document_validates_against_sandbox_schema(name: str, sandbox_schema: GraphQLSchema):
    assert validate(sandbox_schema, parse(DOCUMENTS[name])) == []


def test_documents_carry_no_literal_values():
    # Values travel as variables: no string literals inside argument lists.
    for name, document in DOCUMENTS.items():
        assert '"' not in document, name


def _args(field) -> dict[str, tuple[str, object]]:
    return {n: (str(a.type), repr(a.default_value)) for n, a in field.args.items()}


def test_sandbox_sdl_is_an_exact_subset_of_the_real_schema(
    real_schema: GraphQLSchema, sandbox_schema: GraphQLSchema
):
    problems = []
    for name, sub in sandbox_schema.type_map.items():
        if name.startswith("__") or name in BUILTIN_SCALARS:
            continue
        real = real_schema.get_type(name)
        if real is None or type(real) is not type(sub):
            problems.append(f"type {name} missing or of another kind")
            continue
        if isinstance(sub, GraphQLObjectType | GraphQLInterfaceType):
            if isinstance(sub, GraphQLObjectType):
                real_ifaces = {i.name for i in real.interfaces}
                if not {i.name for i in sub.interfaces} <= real_ifaces:
                    problems.append(f"{name} implements interfaces monday's type does not")
            for field_name, field in sub.fields.items():
                real_field = real.fields.get(field_name)
                if real_field is None:
                    problems.append(f"{name}.{field_name} not in monday's schema")
                    continue
                if str(real_field.type) != str(field.type):
                    problems.append(f"{name}.{field_name}: {field.type} != {real_field.type}")
                if _args(real_field) != _args(field):
                    problems.append(f"{name}.{field_name} arguments differ")
        elif isinstance(sub, GraphQLInputObjectType):
            real_fields = {n: str(f.type) for n, f in real.fields.items()}
            if {n: str(f.type) for n, f in sub.fields.items()} != real_fields:
                problems.append(f"input {name} differs")
        elif isinstance(sub, GraphQLEnumType):
            if set(sub.values) != set(real.values):
                problems.append(f"enum {name} differs")
    assert problems == []


CONTRACT_COPY = Path(__file__).with_name("contract")
# The team's shared contract folder sits beside a checkout; CI clones have it, others may not.
SHARED_SCHEMA = Path(__file__).resolve().parents[3] / "shared/contracts/monday/schema.graphql"


def test_the_kept_schema_is_the_one_its_source_note_names() -> None:
    import hashlib
    import re

    note = (CONTRACT_COPY / "SOURCE.md").read_text()
    recorded = re.search(r"sha256 \| `([0-9a-f]{64})`", note)
    assert recorded, "SOURCE.md must record the copy's sha256"
    actual = hashlib.sha256((CONTRACT_COPY / "schema.graphql").read_bytes()).hexdigest()
    assert actual == recorded.group(1)


@pytest.mark.skipif(not SHARED_SCHEMA.is_file(), reason="no shared contract folder here")
def test_the_kept_schema_equals_the_shared_contract() -> None:
    assert (CONTRACT_COPY / "schema.graphql").read_bytes() == SHARED_SCHEMA.read_bytes()
