"""The Flask app factory. Building the app opens no connection."""

from __future__ import annotations

from collections.abc import Mapping

import redis
from flask import Flask

from config.log_format import configure_logging
from config.log_redaction import install_request_log_redaction
from config.settings import Settings
from monday_app.web import validation
from store.crypto import SecretBox
from store.db import Database


def create_app(config: Mapping[str, object] | None = None) -> Flask:
    """Build the app. `config` overrides environment variables (tests pass their own)."""
    settings = Settings.from_env(config)
    app = Flask("monday_app", instance_path=str(settings.instance_path))
    app.config.update(
        SECRET_KEY=settings.secret_key,
        ML_SETTINGS=settings,
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        SESSION_COOKIE_SECURE=settings.is_production,
        TESTING=settings.env == "testing",
    )
    init_store(app, settings)
    init_redis(app, settings)
    _configure_logging(app, settings)
    # Before any blueprint: the gate's path converter must be in place when routes register.
    validation.init_app(app, settings.max_body_bytes)

    from monday_app.web import request_id
    from monday_app.web.health import bp as health_bp
    from monday_app.web.metrics import bp as metrics_bp

    request_id.init_app(app)
    app.register_blueprint(health_bp)
    app.register_blueprint(metrics_bp)
    register_monday_blueprints(app)
    return app


# --- the monday app surface (OAuth, lifecycle, recipes, webhooks, sync-now, views) -----------
def register_monday_blueprints(app: Flask) -> None:
    from monday_app.web import (
        blocks,
        board_api,
        capacity_api,
        lifecycle,
        oauth,
        recipes,
        sync_now,
        views,
        webhooks,
    )

    for module in (oauth, lifecycle, recipes, blocks, webhooks, sync_now, views, board_api,
                   capacity_api):
        app.register_blueprint(module.bp)


def init_store(app: Flask, settings: Settings) -> None:
    app.extensions["store"] = Database(settings.database_url)
    app.extensions["secret_box"] = SecretBox(settings.encryption_keys)


def init_redis(app: Flask, settings: Settings) -> None:
    # redis-py connects on first command, not here. None means "not configured": /readyz
    # says so rather than the app failing to start.
    app.extensions["redis"] = (
        redis.Redis.from_url(
            settings.redis_url, socket_connect_timeout=2, socket_timeout=5
        )
        if settings.redis_url
        else None
    )


def _configure_logging(app: Flask, settings: Settings) -> None:
    # LOG_LEVEL=DEBUG also shows the tracebacks the CLI keeps out of its one-line errors.
    configure_logging(settings.log_level, settings.log_format)
    # Served by werkzeug (`flask run`, tests), each request line goes through its logger.
    install_request_log_redaction()
