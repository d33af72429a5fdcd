"""docs/deploying.md, done by its script: release, the Procfile's processes in production mode
on PostgreSQL and a Redis of their own, the operator's CLI, and a board that fills itself."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import PG_URL, _postgres_schema_url

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not PG_URL, reason="TEST_DATABASE_URL not set: needs PostgreSQL"),
]
ROOT = Path(__file__).resolve().parents[1]


def test_the_deployment_guide_runs_end_to_end(tmp_path: Path) -> None:
    schema_urls = _postgres_schema_url()
    database_url = next(schema_urls)
    try:
        done = subprocess.run(
            [sys.executable, "-m", "deploy.check", "--database-url", database_url,
             "--logs", str(tmp_path)],
            cwd=ROOT, capture_output=True, text=True, timeout=400,
        )
    finally:
        schema_urls.close()
    logs = "\n".join(f"--- {p.name}\n{p.read_text()[-2000:]}" for p in tmp_path.glob("*.log"))
    assert done.returncode == 0, done.stdout + done.stderr + logs
    assert "12 items for 12 SYSPRO invoices, no duplicates" in done.stdout
    assert "[deploy check] passed" in done.stdout
