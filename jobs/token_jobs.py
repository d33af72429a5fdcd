"""Revoking an uninstalled account's refresh tokens at monday (OAuth 2.1).

Best effort: monday ends the app's access on uninstall anyway, the revocation only makes sure
a leaked refresh token is worthless. Failures are logged and never raised; each token is tried
a few times with backoff, then dropped. The tokens wait encrypted in the database, not in the
job's arguments, so the job carries an account id only.
"""

from __future__ import annotations

import logging
import random
import time
from typing import Any

from jobs.account_tokens import AccountTokens
from jobs.declare import RQ_DEFAULT_TIMEOUT, Overlap, job
from jobs.runtime import runtime
from monday_api.tokens import RefreshFailed
from store.tokens import (
    MAX_REVOKE_ATTEMPTS,
    pending_revocations,
    revocation_failed,
    revocation_sent,
)

log = logging.getLogger(__name__)
BACKOFF_CAP_SECONDS = 8.0


# Queued by an uninstall (monday_app/web/lifecycle.py); one queued revokes whatever waits.
@job(timeout=RQ_DEFAULT_TIMEOUT, overlap=Overlap.REFUSE,
     job_id=lambda account_id: f"revoke-tokens-{account_id}")
def revoke_account_tokens(account_id: int) -> dict[str, Any]:
    rt = runtime()
    endpoints = AccountTokens.from_settings(rt.settings, rt.db, rt.secret_box, None).endpoints
    with rt.db.session() as session:
        pending = pending_revocations(session, rt.secret_box, account_id)
    revoked = dropped = 0
    for revocation_id, token, hint in pending:
        for attempt in range(1, MAX_REVOKE_ATTEMPTS + 1):
            try:
                endpoints.revoke(token, hint)
            except RefreshFailed as exc:
                log.warning("revoking a monday token of account %s failed (attempt %s): %s",
                            account_id, attempt, exc)
                with rt.db.session() as session:
                    if revocation_failed(session, revocation_id):
                        dropped += 1
                        break
                time.sleep(random.uniform(0, min(BACKOFF_CAP_SECONDS, 0.5 * 2**attempt)))
                continue
            with rt.db.session() as session:
                revocation_sent(session, revocation_id)
            revoked += 1
            break
    return {"account_id": account_id, "revoked": revoked, "dropped": dropped}
