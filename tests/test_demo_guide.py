"""The demo's guide: its commands run as printed (a payment dated today reaches the SYSPRO
sandbox) and it names the CLI by a full path that works from any shell."""

from __future__ import annotations

import os
import re
import shlex
import subprocess
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from cli.demo import _print_guide
from sandbox.syspro.seed import SeedSize
from sandbox.syspro.server import start_in_thread

TINY = SeedSize(suppliers=3, customers=1, supplier_invoices=2, purchase_orders=1,
                customer_invoices=1, stock_items=1, gl_accounts=1)


def _commands(guide: str, program: str) -> list[str]:
    """Each printed command line starting with `program`, continuations joined."""
    joined = re.sub(r"\\\n\s*", "", guide)
    return [line.strip() for line in joined.splitlines() if line.strip().startswith(program)]


@pytest.mark.skipif(not Path("/usr/bin/curl").exists(), reason="curl is not installed")
def test_the_guide_posts_an_invoice_and_a_payment_dated_today(capsys, tmp_path) -> None:
    syspro = start_in_thread(size=TINY)
    try:
        _print_guide(None, 8080, syspro.base_url, "http://127.0.0.1:9", [(1, "11")],  # type: ignore[arg-type]
                     tmp_path / "demo.db", 5)
        guide = capsys.readouterr().out
        curls = _commands(guide, "curl ")
        assert len(curls) == 2 and "/_sandbox/payments" in curls[1]
        assert all(date.today().isoformat() in c for c in curls)
        for command in curls:
            subprocess.run(["bash", "-c", command + " --fail --silent"], check=True, timeout=30)
        data = syspro.app.state.data
        invoice = data.table("ApInvoice").find(("0000001", "DEMO-1"))
        assert invoice is not None and invoice["MthInvBal1"] == Decimal("1000.00")
        payments = [r for r in data.table("ApInvoicePay").rows if r["Invoice"] == "DEMO-1"]
        assert [p["JournalDate"] for p in payments] == [date.today()]
    finally:
        syspro.stop()


def test_the_guide_names_the_cli_by_its_full_path(capsys, tmp_path) -> None:
    _print_guide(None, 8080, "http://127.0.0.1:1", "http://127.0.0.1:2", [(4, "11")],  # type: ignore[arg-type]
                 tmp_path / "demo.db", 5)
    guide = capsys.readouterr().out
    lines = [line for line in guide.splitlines() if "sync list" in line]
    program = shlex.split(lines[0])[0]
    assert os.path.isabs(program) and os.access(program, os.X_OK), program
    assert f"{program} sync run 4" in lines[0]
    shown = subprocess.run([program, "--help"], capture_output=True, text=True, timeout=60,
                           check=True)
    assert "sync" in shown.stdout
