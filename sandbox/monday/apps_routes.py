"""HTTP face of the apps framework: ``/_sandbox/apps/`` controls and the trigger webhook URL.

A test (or a person with curl) asks the sandbox to act as monday towards the app: send a
lifecycle event, subscribe or unsubscribe a recipe or workflow block, run an action block,
fetch remote options, or mint a view's
session token. The app fires custom triggers at ``/automations/apps-events/<subscriptionId>``,
the ``webhookUrl`` handed out on subscribe (monday's is on api-gw.monday.com).
"""

from __future__ import annotations

from typing import Any

from flask import Blueprint, current_app, jsonify, request

from sandbox.monday.apps import EngineCall, IntegrationEngine

apps_blueprint = Blueprint("monday_sandbox_apps", __name__)

LIFECYCLE_EVENTS = {
    "install", "uninstall", "app_subscription_created", "app_subscription_changed",
    "app_subscription_renewed", "app_subscription_cancelled_by_user",
    "app_subscription_cancelled", "app_subscription_cancellation_revoked_by_user",
    "app_subscription_renewal_attempt_failed", "app_subscription_renewal_failed",
    "app_trial_subscription_started", "app_trial_subscription_ended",
}


def _engine() -> IntegrationEngine:
    return current_app.extensions["monday_sandbox"].engine


def _spec(*required: str) -> dict[str, Any]:
    body = request.get_json(force=True, silent=True)
    body = body if isinstance(body, dict) else {}
    missing = [name for name in required if not body.get(name)]
    if missing:
        raise ValueError(f"missing: {', '.join(missing)}")
    return body


def _answer(call: EngineCall, spec: dict[str, Any]) -> Any:
    """The call as it stands; with ``"wait": true``, once it has settled (retries included)."""
    if spec.get("wait") and call.state == "pending":
        engine = _engine()
        call.settled.wait(engine.clock.to_real(call.timeout + 1800) + 5)
    with _engine().lock:
        view = call.view()
        if call.subscription_id is not None:
            view["subscription"] = dict(_engine().subscriptions[call.subscription_id])
    return jsonify(view), 200


@apps_blueprint.errorhandler(ValueError)
def _bad_request(exc: ValueError) -> Any:
    return jsonify(error=str(exc)), 400


@apps_blueprint.post("/_sandbox/apps/lifecycle")
def send_lifecycle() -> Any:
    spec = _spec("type", "url")
    if spec["type"] not in LIFECYCLE_EVENTS:
        raise ValueError(f"unknown lifecycle event {spec['type']!r}")
    return _answer(_engine().lifecycle(spec), spec)


@apps_blueprint.post("/_sandbox/apps/session-token")
def session_token() -> Any:
    spec = _spec()
    dat = spec.get("dat")
    extra = dat if isinstance(dat, dict) else {}
    token = _engine().session_token(int(spec.get("account_id") or 1),
                                    int(spec.get("user_id") or 1),
                                    int(spec.get("lifetime_seconds") or 300), **extra)
    return jsonify(token=token)


@apps_blueprint.post("/_sandbox/apps/recipes/subscribe")
def subscribe_recipe() -> Any:
    spec = _spec("subscribe_url")
    return _answer(_engine().subscribe(request.host_url, spec), spec)


@apps_blueprint.post("/_sandbox/apps/recipes/<int:subscription_id>/unsubscribe")
def unsubscribe_recipe(subscription_id: int) -> Any:
    spec = _spec()
    try:
        call = _engine().unsubscribe(subscription_id, spec)
    except KeyError:
        return jsonify(error=f"no subscription {subscription_id} with an unsubscribe URL"), 404
    return _answer(call, spec)


@apps_blueprint.post("/_sandbox/apps/actions/run")
def run_action() -> Any:
    spec = _spec("run_url")
    return _answer(_engine().run_action(spec), spec)


@apps_blueprint.post("/_sandbox/apps/remote-options")
def remote_options() -> Any:
    spec = _spec("url")
    return _answer(_engine().remote_options(spec), spec)


@apps_blueprint.get("/_sandbox/apps/calls")
def calls() -> Any:
    engine = _engine()
    kind = request.args.get("kind")
    with engine.lock:
        return jsonify([c.view() for c in engine.calls.values() if kind in (None, c.kind)])


@apps_blueprint.get("/_sandbox/apps/calls/<int:call_id>")
def one_call(call_id: int) -> Any:
    engine = _engine()
    with engine.lock:
        call = engine.calls.get(call_id)
        return (jsonify(call.view()), 200) if call else (jsonify(error="no such call"), 404)


@apps_blueprint.get("/_sandbox/apps/subscriptions")
def subscriptions() -> Any:
    engine = _engine()
    with engine.lock:
        return jsonify([dict(s) for s in engine.subscriptions.values()])


@apps_blueprint.get("/_sandbox/apps/trigger-events")
def trigger_events() -> Any:
    engine = _engine()
    wanted = request.args.get("subscription_id", type=int)
    with engine.lock:
        return jsonify([e for e in engine.trigger_events
                        if wanted in (None, e["subscription_id"])])


@apps_blueprint.post("/automations/apps-events/<int:subscription_id>")
def receive_trigger(subscription_id: int) -> Any:
    status, answer = _engine().record_trigger_event(
        subscription_id, request.headers.get("Authorization"),
        request.get_json(force=True, silent=True))
    return jsonify(answer), status
