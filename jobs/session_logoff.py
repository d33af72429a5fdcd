"""A connection's logon settings changed: its shared e.net session is ended.

Saving a changed server URL, REST path, operator, password or company takes the old session
out of Redis at once (no worker can use it from then on) and forgets the refusals learned
under the old and the new logon (the permission cache). The Logoff call goes to the server
that issued the session: from a job when a web handler saved (handlers do not call out), inline
otherwise. It is best effort: a failure is logged and never undoes the save; SYSPRO ends an
idle session by itself.
"""

from __future__ import annotations

import json
import logging
from dataclasses import asdict
from typing import Any

import redis

from jobs.declare import RQ_DEFAULT_TIMEOUT, job
from jobs.runtime import runtime
from store.board_syncs import ConnectionSpec
from store.crypto import SecretBox
from sync.errors import scrub
from sync.sources import enet_client
from syspro.enet import EnetClient
from syspro.errors import SysproError

log = logging.getLogger(__name__)

# What a logon is made of (syspro.enet.session_scope and credentials_fingerprint).
LOGON_FIELDS = ("server_url", "rest_base_path", "operator", "operator_password",
                "company_id", "company_password")
SECRET_FIELDS = ("operator_password", "company_password", "odata_password")


def logon_changed(before: ConnectionSpec, after: ConnectionSpec) -> bool:
    return any(getattr(before, f) != getattr(after, f) for f in LOGON_FIELDS)


def _client(spec: ConnectionSpec, redis_client: redis.Redis, box: SecretBox,
            allow_private_networks: bool, allow_loopback: bool) -> EnetClient:
    return enet_client(spec, redis_client=redis_client, cipher=box,
                       allow_private_networks=allow_private_networks,
                       allow_loopback=allow_loopback)


def retire_replaced_session(
    before: ConnectionSpec,
    after: ConnectionSpec,
    *,
    redis_client: redis.Redis,
    box: SecretBox,
    inline: bool,
    allow_private_networks: bool = False,
    allow_loopback: bool = False,
) -> bool:
    """End the session `before` logged on with, if `after` logs on differently (True then).

    `inline` makes the Logoff call here (the CLI); otherwise a job makes it (a web handler).
    The job's argument is encrypted: it carries the session id, as good as a password."""
    if not logon_changed(before, after):
        return False
    flags = (allow_private_networks, allow_loopback)
    _client(after, redis_client, box, *flags).permissions.clear()
    retire_session(before, redis_client=redis_client, box=box, inline=inline,
                   allow_private_networks=allow_private_networks,
                   allow_loopback=allow_loopback)
    return True


def retire_session(
    spec: ConnectionSpec,
    *,
    redis_client: redis.Redis,
    box: SecretBox,
    inline: bool,
    allow_private_networks: bool = False,
    allow_loopback: bool = False,
) -> None:
    """Take the connection's shared session out of use and log it off (a replaced logon, a
    removed connection); its remembered refusals are forgotten."""
    old = _client(spec, redis_client, box, allow_private_networks, allow_loopback)
    session_id = old.retire_session()  # also forgets the refusals learned under it
    if session_id is None:
        old.close()
        return
    if inline:
        _log_off(old, session_id)
        return
    old.close()
    server = {k: v for k, v in asdict(spec).items() if k not in SECRET_FIELDS}
    sealed = box.encrypt(json.dumps({"session_id": session_id, "connection": server}))
    log_off_session.enqueue(redis_client, sealed)


# Best effort, once: SYSPRO ends an idle session by itself.
@job(timeout=RQ_DEFAULT_TIMEOUT, result_ttl=0, failure_ttl=3600)
def log_off_session(sealed: str) -> dict[str, Any]:
    """The job: Logoff of one replaced session at the server that issued it."""
    rt = runtime()
    payload = json.loads(rt.secret_box.decrypt(sealed))
    # The secrets were not sealed into the job: Logoff needs only the session id.
    no_secrets: dict[str, Any] = dict.fromkeys(SECRET_FIELDS, "")
    spec = ConnectionSpec(**payload["connection"], **no_secrets)
    client = _client(spec, rt.redis, rt.secret_box, rt.settings.allow_private_networks,
                     rt.settings.allow_loopback)
    return {"connection_id": spec.id, "logged_off": _log_off(client, payload["session_id"])}


def _log_off(client: EnetClient, session_id: str) -> bool:
    try:
        client.logoff_session(session_id)
        return True
    except (SysproError, OSError) as exc:
        log.warning("connection logon changed; the old SYSPRO session was not logged off "
                    "(it expires by itself): %s", scrub(str(exc)))
        return False
    finally:
        client.close()
