"""Shared plumbing for the blueprints: the app's extensions and monday error answers."""

from __future__ import annotations

from flask import current_app, jsonify
from flask.typing import ResponseReturnValue
from redis import Redis

from config.settings import Settings
from store.crypto import SecretBox
from store.db import Database


def database() -> Database:
    return current_app.extensions["store"]


def secret_box() -> SecretBox:
    return current_app.extensions["secret_box"]


def settings() -> Settings:
    return current_app.config["ML_SETTINGS"]


def redis_client() -> Redis:
    client = current_app.extensions["redis"]
    if client is None:
        raise RuntimeError("REDIS_URL is not set")
    return client


def monday_failure(
    title: str, description: str, *, severity: int = 4000, status: int = 400
) -> ResponseReturnValue:
    """An answer monday shows the user: 4000 fails this run, 6000 disables the automation."""
    body = {
        "severityCode": severity,
        "notificationErrorTitle": title,
        "notificationErrorDescription": description,
        "runtimeErrorDescription": description,
    }
    return jsonify(body), status
