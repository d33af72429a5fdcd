"""Read supplier invoices from the SYSPRO sandbox through OData and through COMFND.

Prints rows per second and the reader's peak memory for each size, to show that memory does
not grow with the row count. The sandbox runs in its own process so its tables are not counted,
and each read runs in a fresh child process: "peak MiB" is the growth of its peak resident set
during the read (ru_maxrss after the read minus the resident set before it), measured without a
tracer slowing the read down.

    python bench/syspro_read.py [--sizes 10000 100000] [--redis-url redis://127.0.0.1:6379/0]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import socket
import subprocess
import sys
import time
import uuid
from pathlib import Path

import redis
import requests
from cryptography.fernet import Fernet

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from syspro.enet import EnetClient  # noqa: E402
from syspro.readers.comfnd import ComfndReader  # noqa: E402
from syspro.readers.odata import ODataReader  # noqa: E402
from syspro.settings import ConnectionSettings  # noqa: E402


class FernetCipher:
    def __init__(self) -> None:
        self._fernet = Fernet(Fernet.generate_key())

    def encrypt(self, plaintext: str) -> str:
        return self._fernet.encrypt(plaintext.encode()).decode()

    def decrypt(self, token: str) -> str:
        return self._fernet.decrypt(token.encode()).decode()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_sandbox(invoices: int) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "sandbox.syspro", "--port", str(port),
         "--supplier-invoices", str(invoices)],
        cwd=ROOT, stdout=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if requests.get(f"{base}/_sandbox/health", timeout=1).ok:
                return process, base
        except requests.RequestException:
            time.sleep(0.2)
    process.terminate()
    raise RuntimeError("sandbox did not start")


def current_rss_mib() -> float:
    with open("/proc/self/statm") as statm:
        pages = int(statm.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 1_048_576


def child(reader_name: str, base: str, redis_url: str) -> None:
    """Read once and print {"rows", "seconds", "peak_mib"} as JSON."""
    settings = ConnectionSettings(
        server_url=base, operator="ADMIN", operator_password="sandbox", company_id="DEMO",
        odata_url=f"{base}/SYSPRO8Odata/SYSPROOData/DEMO", allow_loopback=True,
        read_timeout=120,
    )
    client = EnetClient(settings, connection_id=f"bench-{uuid.uuid4().hex[:8]}",
                        redis_client=redis.Redis.from_url(redis_url), cipher=FernetCipher())
    reader = ODataReader(settings) if reader_name == "OData" else ComfndReader(client)
    client.profile()  # log on before measuring
    before = current_rss_mib()
    started = time.perf_counter()
    count = sum(1 for _ in reader.read("supplier_invoices"))
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    client.logoff()
    print(json.dumps({"rows": count, "seconds": seconds, "peak_mib": peak - before}))


def run_child(reader_name: str, base: str, redis_url: str) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, __file__, "--child", reader_name, base, "--redis-url", redis_url],
        cwd=ROOT, check=True, capture_output=True, text=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--redis-url",
                        default=os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0"))
    parser.add_argument("--child", nargs=2, metavar=("READER", "BASE_URL"),
                        help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child[0], args.child[1], args.redis_url)
        return
    print(f"{'size':>8} {'reader':<7} {'rows':>8} {'seconds':>8} {'rows/s':>9} {'peak MiB':>9}")
    for size in args.sizes:
        process, base = start_sandbox(size)
        try:
            for name in ("OData", "COMFND"):
                result = run_child(name, base, args.redis_url)
                rows, seconds = int(result["rows"]), result["seconds"]
                print(f"{size:>8} {name:<7} {rows:>8} {seconds:>8.1f} "
                      f"{rows / seconds:>9.0f} {result['peak_mib']:>9.1f}", flush=True)
        finally:
            process.terminate()
            process.wait(10)


if __name__ == "__main__":
    main()
