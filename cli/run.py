"""`ml-connector run`: web, worker and schedule together, on the embedded defaults if need be."""

from __future__ import annotations

import os
import shlex
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import click

from config.settings import Settings
from jobs.embedded_redis import EmbeddedRedis
from jobs.process_tags import RUN_TAG_VARIABLE, new_tag
from jobs.supervise import cron_command, worker_command
from store import migrate

PROJECT_ROOT = Path(__file__).resolve().parents[1]


@contextmanager
def redis_for(settings: Settings) -> Iterator[str]:
    """REDIS_URL when set; otherwise a private Redis that lives as long as the block."""
    if settings.redis_url:
        yield settings.redis_url
        return
    server = EmbeddedRedis().start()
    click.echo(f"started an embedded Redis on {server.url} (set REDIS_URL to use your own)")
    try:
        yield server.url
    finally:
        server.stop()
        click.echo("embedded Redis stopped")


def process_commands(port: int, redis_url: str, workers: int = 2) -> dict[str, str]:
    """The Procfile's three processes, as commands for this interpreter."""
    python = sys.executable
    return {
        "web": (
            f"{python} -m gunicorn app:app --config gunicorn.conf.py --bind 127.0.0.1:{port} "
            f"--workers {workers} "
            "--access-logfile - --graceful-timeout 5 --no-control-socket"
        ),
        # Supervised: restarted (with backoff, once Redis answers) whenever they exit, so a
        # Redis restart or a killed worker never stops the others or needs a person.
        "worker": shlex.join(worker_command(redis_url)),
        "cron": shlex.join(cron_command(redis_url)),
    }


def child_environment(settings: Settings, redis_url: str, port: int) -> dict[str, str]:
    """The children's environment, with a new tag that marks every process of this run."""
    env = dict(os.environ)
    env.update(
        {RUN_TAG_VARIABLE: new_tag()},
        REDIS_URL=redis_url,
        DATABASE_URL=settings.database_url,
        INSTANCE_PATH=str(settings.instance_path),
        APP_ENV=settings.env,
        PORT=str(port),
        PYTHONUNBUFFERED="1",
    )
    return env


@click.command(
    "run",
    help="Start the web app, a worker and the schedule together (Ctrl-C stops all). With no "
    "DATABASE_URL a SQLite file in instance/ is used; with no REDIS_URL an embedded Redis is "
    "started and stopped with it.",
)
@click.option("--port", type=int, default=None, help="Web port (default: PORT or 8000).")
def run(port: int | None) -> None:
    from cli.process_manager import TreeKillingManager

    settings = Settings.from_env()
    port = port or settings.port
    migrate.upgrade(settings.database_url)
    click.echo(f"database ready at revision {migrate.current_revision(settings.database_url)}")
    with redis_for(settings) as redis_url:
        env = child_environment(settings, redis_url, port)
        manager = TreeKillingManager(env[RUN_TAG_VARIABLE])
        for name, command in process_commands(port, redis_url).items():
            manager.add_process(name, command, env=env, cwd=str(PROJECT_ROOT))
        click.echo(f"serving http://127.0.0.1:{port}  (readiness: /readyz; Ctrl-C to stop)")
        manager.run()
    sys.exit(manager.returncode or 0)
