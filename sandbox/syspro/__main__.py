"""python -m sandbox.syspro --port N [--data DIR] [--supplier-invoices N]"""

from __future__ import annotations

import argparse
from pathlib import Path

from sandbox.syspro.seed import SeedSize
from sandbox.syspro.server import serve


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m sandbox.syspro",
                                     description="Run the SYSPRO sandbox server")
    parser.add_argument("--port", type=int, default=8085)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--data", type=Path, default=None,
                        help="folder of <Table>.json files (default: the generated seed)")
    parser.add_argument("--supplier-invoices", type=int, default=SeedSize.supplier_invoices)
    args = parser.parse_args(argv)
    serve(args.host, args.port, args.data,
          size=SeedSize(supplier_invoices=args.supplier_invoices))


if __name__ == "__main__":
    main()
