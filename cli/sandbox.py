"""`ml-connector sandbox`: the local stand-ins for SYSPRO and monday (real HTTP servers)."""

from __future__ import annotations

from pathlib import Path

import click


@click.group(help="Local SYSPRO and monday sandboxes for the demo and for trying things out.")
def sandbox() -> None:
    pass


@sandbox.command("syspro", help="Serve the SYSPRO sandbox (e.net REST and OData).")
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", type=int, default=8085, show_default=True)
@click.option(
    "--data",
    "data_dir",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    help="A folder of JSON table files (see sandbox/syspro/README.md); default: the seed.",
)
def syspro(host: str, port: int, data_dir: Path | None) -> None:
    from sandbox.syspro.server import serve

    serve(host, port, data_dir)


@sandbox.command("monday", help="Serve the monday sandbox (GraphQL API, OAuth, webhooks).")
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", type=int, default=8090, show_default=True)
@click.option(
    "--board-mutations-per-minute", type=int, default=40, show_default=True,
    help="Per-board write cap the sandbox enforces (0: none).",
)
@click.option(
    "--clock-speed", type=float, default=1.0, show_default=True,
    help="60 makes one sandbox minute last one real second.",
)
def monday(host: str, port: int, board_mutations_per_minute: int, clock_speed: float) -> None:
    from sandbox.monday.server import serve

    serve(
        host,
        port,
        board_mutations_per_minute=board_mutations_per_minute or None,
        clock_speed=clock_speed,
    )
