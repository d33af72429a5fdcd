"""LOG_FORMAT=json: every application log line is a JSON object with the request id, and goes
through the same redaction as the access log (tokens out of messages and tracebacks)."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

# A process of its own: logging is configured once per process, as in production.
SCRIPT = textwrap.dedent("""
    import logging, sys
    from monday_app.factory import create_app
    app = create_app({**CONFIG, "LOG_FORMAT": "json", "LOG_LEVEL": "INFO"})
    log = logging.getLogger("monday_app.probe")

    @app.get("/_probe")
    def probe():
        log.warning("opened /views/settings?sessionToken=%s", JWT)
        try:
            raise RuntimeError("Authorization: Bearer " + SECRET)
        except RuntimeError:
            log.exception("failed with a secret in the traceback")
        return "ok"

    client = app.test_client()
    given = client.get("/_probe", headers={"X-Request-Id": "req-given-12345"})
    made = client.get("/_probe")
    print(given.headers["X-Request-Id"], made.headers["X-Request-Id"])
""")
JWT = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJlLXNlY3JldA"
SECRET = "bearer-secret-7f3a9"


def test_json_lines_carry_the_request_id_and_no_secret(app_config) -> None:
    prelude = f"CONFIG = {app_config!r}\nJWT = {JWT!r}\nSECRET = {SECRET!r}\n"
    done = subprocess.run([sys.executable, "-c", prelude + SCRIPT], capture_output=True,
                          text=True, timeout=60, check=True)
    given_id, made_id = done.stdout.split()
    lines = [json.loads(line) for line in done.stderr.splitlines() if line.strip()]
    probes = [line for line in lines if line["logger"] == "monday_app.probe"]
    assert len(probes) == 4, done.stderr
    assert given_id == "req-given-12345" and len(made_id) == 32
    assert [p["request_id"] for p in probes] == [given_id, given_id, made_id, made_id]
    assert probes[0]["message"] == "opened /views/settings?sessionToken=***"
    assert probes[0]["level"] == "WARNING" and probes[0]["time"].endswith("+00:00")
    assert "Bearer ***" in probes[1]["exception"]
    assert JWT not in done.stderr and SECRET not in done.stderr


def test_a_forged_request_id_is_replaced(web_client) -> None:
    forged = 'x" level=ERROR "{}'
    response = web_client.get("/healthz", headers={"X-Request-Id": forged})
    assert response.headers["X-Request-Id"] != forged
    assert len(response.headers["X-Request-Id"]) == 32
