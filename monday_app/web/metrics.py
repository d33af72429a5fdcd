"""/metrics: the connector's counters and gauges in Prometheus's text format (jobs/metrics.py).

With METRICS_TOKEN set, a scrape must send `Authorization: Bearer <METRICS_TOKEN>`; without
it /metrics is open, for a network where only the scraper reaches the app. Nothing in it names
an account, a board or a token: labels are entities, outcomes, error classes and codes.
"""

from __future__ import annotations

import hmac

from flask import Blueprint, Response, current_app, request
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, generate_latest

from jobs.metrics import ConnectorCollector

bp = Blueprint("metrics", __name__)


@bp.get("/metrics")
def metrics() -> Response:
    settings = current_app.config["ML_SETTINGS"]
    if settings.metrics_token and not _bearer_matches(settings.metrics_token):
        return Response("metrics need Authorization: Bearer <METRICS_TOKEN>\n", status=401,
                        mimetype="text/plain", headers={"WWW-Authenticate": "Bearer"})
    redis_client = current_app.extensions["redis"]
    if redis_client is None:
        return Response("REDIS_URL is not set: the counters live in Redis\n", status=503,
                        mimetype="text/plain")
    registry = CollectorRegistry(auto_describe=False)
    registry.register(ConnectorCollector(current_app.extensions["store"], redis_client, settings))
    return Response(generate_latest(registry), mimetype=CONTENT_TYPE_LATEST)


def _bearer_matches(token: str) -> bool:
    scheme, _, given = request.headers.get("Authorization", "").partition(" ")
    return scheme.lower() == "bearer" and hmac.compare_digest(given.strip().encode(),
                                                              token.encode())
