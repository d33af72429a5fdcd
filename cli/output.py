"""How every CLI command prints what it lists: a table with a header, or JSON with `--json`.

One flag and one table shape for every command, so scripts can rely on `--json` everywhere and
a person always sees which column is which.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any, TypeVar

import click

F = TypeVar("F", bound=Callable[..., Any])

json_option: Callable[[F], F] = click.option(
    "--json", "as_json", is_flag=True, help="Print JSON instead of a table."
)

# Cells longer than this (but the last column's) are cut with "…" so one long reason cannot
# wreck the table; --json always carries the whole value.
MAX_CELL = 60


def echo_json(value: Any) -> None:
    click.echo(json.dumps(value, indent=2, default=str, ensure_ascii=False))


def echo_table(rows: Sequence[Mapping[str, Any]], columns: Sequence[tuple[str, str]],
               empty: str = "nothing to show") -> None:
    """Print `rows` under a header; `columns` are (key, header) pairs in display order."""
    if not rows:
        click.echo(empty)
        return
    last = len(columns) - 1  # the last column is never cut: nothing to its right to misalign
    cells = [[_cell(row.get(key), whole=i == last) for i, (key, _) in enumerate(columns)]
             for row in rows]
    headers = [header for _, header in columns]
    widths = [max(len(h), *(len(line[i]) for line in cells)) for i, h in enumerate(headers)]
    click.echo(_line(headers, widths))
    click.echo(_line(["-" * w for w in widths], widths))
    for line in cells:
        click.echo(_line(line, widths))


def _cell(value: Any, whole: bool = False) -> str:
    if value is None:
        return "-"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, Mapping):
        text = ", ".join(f"{k} {v}" for k, v in value.items()) or "-"
    else:
        # No line breaks or tabs inside a row; spaces stay (SYSPRO keys keep theirs).
        text = re.sub(r"[\r\n\t\v\f]+", " ", str(value))
    return text if whole or len(text) <= MAX_CELL else text[: MAX_CELL - 1] + "…"


def _line(cells: Sequence[str], widths: Sequence[int]) -> str:
    return "  ".join(cell.ljust(width) for cell, width in zip(cells, widths, strict=True)).rstrip()
