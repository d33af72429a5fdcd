"""The install → subscribe → sync flow over real HTTP: the app served by werkzeug on a free port,
monday played by the sandbox, which signs every call as monday does (FACTS §7).

Nothing here calls a handler directly: every request crosses a socket, so redirects, cookies,
the `aud` the sandbox signs (the app's public URL + path) and monday's retries are all real.
"""

from __future__ import annotations

from html.parser import HTMLParser
from types import SimpleNamespace

import requests

from store.accounts import find_account, has_token
from store.models import BoardSync, SysproConnection, TriggerSubscription
from sync.triggers import authorization, deliver
from tests.app.browser import (
    CLIENT_ID,
    CONNECTION,
    SIGNING_SECRET,
    SUBSCRIBE,
    SYNC_FIELDS,
    Flow,
)

WRONG_SECRET = "not-a-secret-monday-knows-0123456789abcdef"


class _Form(HTMLParser):
    """The consent page's form: its action, hidden inputs and buttons."""

    def __init__(self) -> None:
        super().__init__()
        self.action = ""
        self.fields: dict[str, str] = {}
        self.buttons: dict[str, str] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        named = {k: v or "" for k, v in attrs}
        if tag == "form":
            self.action = named.get("action", "")
        elif tag == "input" and named.get("type") == "hidden":
            self.fields[named["name"]] = named.get("value", "")
        elif tag == "button" and named.get("name"):
            self.buttons[named["value"]] = named["name"]


def oauth_install(flow: Flow, decision: str = "allow") -> requests.Response:
    """What a browser does: /oauth/start → monday's consent page → press a button → callback."""
    browser = requests.Session()
    consent = browser.get(f"{flow.url}/oauth/start", timeout=10)
    assert consent.status_code == 200 and consent.url.startswith(flow.sandbox.url), consent.url
    form = _Form()
    form.feed(consent.text)
    data = {**form.fields, form.buttons[decision]: decision}
    return browser.post(f"{flow.sandbox.url}{form.action}", data=data, timeout=10)


def test_install_subscribe_uninstall_reinstall(flow: Flow) -> None:
    landing = oauth_install(flow)
    assert landing.status_code == 200 and landing.url.startswith(f"{flow.url}/oauth/callback")
    assert "ml-connector is installed" in landing.text and "settings view" in landing.text

    installed = flow.lifecycle("install")
    assert installed["state"] == "done" and installed["attempts"][0]["status"] == 200
    with flow.session() as s:
        account = find_account(s, 1)
        assert account is not None and account.status == "active" and has_token(s, account.id)

    # The settings view saves a SYSPRO connection, with the token monday gives views.
    saved = flow.api("POST", "/api/connections", json=CONNECTION)
    assert saved.status_code == 201, saved.text

    # The answer to the first two deliveries is lost after the app committed: monday retries.
    flow.network.add(SUBSCRIBE, drop=2)
    subscribed = flow.subscribe(wait=True)
    assert [a["status"] for a in subscribed["attempts"]] == [502, 502, 200]
    subscription = subscribed["subscription"]
    assert subscription["status"] == "active"
    assert subscription["webhook_id"] == str(subscription["id"])
    gaps = [b["at"] - a["at"] for a, b in zip(subscribed["attempts"],
                                                subscribed["attempts"][1:], strict=False)]
    assert all(55 <= gap <= 90 for gap in gaps), gaps  # a (sandbox) minute apart
    with flow.session() as s:
        syncs = s.query(BoardSync).all()
        assert len(syncs) == 1
        sync = syncs[0]
        assert sync.recipe_subscription_id == str(subscription["id"])
        assert (sync.board_id, sync.entity, sync.interval_minutes) == (
            "1001", "supplier_invoices", 15)
        assert sync.enabled and sync.monday_user_id == 1

    assert flow.lifecycle("uninstall")["state"] == "done"
    with flow.session() as s:
        sync = s.query(BoardSync).one()
        assert not sync.enabled and sync.health_reason == "app uninstalled"
        account = find_account(s, 1)
        assert account.status == "uninstalled" and not has_token(s, account.id)
    # An uninstalled account's views are closed.
    assert flow.api("GET", "/api/connections").status_code == 403

    assert flow.lifecycle("install")["state"] == "done"
    with flow.session() as s:
        sync = s.query(BoardSync).one()
        assert sync.enabled and sync.health == "ok"
        assert find_account(s, 1).status == "active"


def test_forged_calls_are_refused_and_store_nothing(flow: Flow) -> None:
    forged = flow.lifecycle("install", account_id=4242, secret=WRONG_SECRET)
    assert forged["attempts"][0]["status"] == 401 and forged["state"] == "failed"
    assert forged["answer"]["error"] == "unauthorized"
    # Signed with the signing secret instead of the client secret: still refused.
    swapped = flow.lifecycle("install", account_id=4242, secret=SIGNING_SECRET)
    assert swapped["attempts"][0]["status"] == 401

    flow.lifecycle("install")
    assert flow.api("POST", "/api/connections", json=CONNECTION).status_code == 201
    recipe = flow.subscribe(secret=WRONG_SECRET, retry=False)
    assert [a["status"] for a in recipe["attempts"]] == [401]
    assert recipe["subscription"]["status"] == "failed"
    # Signed right, but for another URL than the app's public one (a wrong PUBLIC_BASE_URL,
    # or a token replayed against another endpoint): the aud check refuses it.
    elsewhere = flow.url.replace("127.0.0.1", "localhost") + SUBSCRIBE
    misaddressed = flow.monday("recipes/subscribe", subscribe_url=elsewhere, retry=False,
                               input_fields=SYNC_FIELDS)
    assert [a["status"] for a in misaddressed["attempts"]] == [401]
    assert "another endpoint" in misaddressed["answer"]["reason"]
    with flow.session() as s:
        assert find_account(s, 4242) is None
        assert s.query(BoardSync).count() == 0


def test_slow_answer_times_out_and_the_retry_finds_the_first_sync(flow: Flow) -> None:
    flow.lifecycle("install")
    flow.api("POST", "/api/connections", json=CONNECTION)
    # monday waits about a minute; the app takes longer than that the first time.
    flow.network.add(SUBSCRIBE, drop=1, delay=0.6)
    subscribed = flow.subscribe(wait=True, timeout_seconds=30)  # 30 sandbox s = 0.25 s
    statuses = [a["status"] for a in subscribed["attempts"]]
    assert statuses[0] == "timeout" and statuses[-1] == 200, statuses
    assert subscribed["subscription"]["status"] == "active"
    with flow.session() as s:
        assert s.query(BoardSync).count() == 1


def test_remote_options_and_unsubscribe(flow: Flow) -> None:
    flow.lifecycle("install")
    connection = flow.api("POST", "/api/connections", json=CONNECTION).json()["connection"]
    options = flow.monday("remote-options", url=f"{flow.url}/monday/recipes/options/connections",
                          account_id=1, user_id=1)
    assert options["state"] == "done"
    assert options["answer"] == [{"title": "main", "value": str(connection["id"])}]
    entities = flow.monday("remote-options", url=f"{flow.url}/monday/recipes/options/entities")
    assert {"title": "supplier invoices", "value": "supplier_invoices"} in entities["answer"]

    subscription = flow.subscribe(wait=True)["subscription"]
    removed = flow.monday(f"recipes/{subscription['id']}/unsubscribe", wait=True)
    assert removed["state"] == "done" and removed["body"] == {
        "payload": {"webhookId": subscription["webhook_id"]}}
    assert removed["subscription"]["status"] == "unsubscribed"
    with flow.session() as s:
        sync = s.query(BoardSync).one()
        assert not sync.enabled and sync.health_reason == "recipe removed"


def test_trigger_subscription_gets_a_webhook_url_that_records_firings(flow: Flow) -> None:
    flow.lifecycle("install")
    flow.api("POST", "/api/connections", json=CONNECTION)
    subscribed = flow.monday(
        "recipes/subscribe", subscribe_url=f"{flow.url}/monday/recipes/trigger/subscribe",
        unsubscribe_url=f"{flow.url}/monday/recipes/trigger/unsubscribe", account_id=1,
        user_id=1, input_fields={"entity": "customer_invoices"}, wait=True)
    subscription = subscribed["subscription"]
    assert subscription["status"] == "active"
    with flow.session() as s:
        stored = s.query(TriggerSubscription).one()
        assert stored.webhook_url == subscription["webhook_url"]
        assert stored.webhook_url.startswith(f"{flow.sandbox.url}/automations/apps-events/")
        assert s.query(SysproConnection).count() == 1

    # Fired by the app's own trigger delivery, with its own token: the sandbox accepts it.
    ctx = SimpleNamespace(monday_client_id=CLIENT_ID, signing_secret=SIGNING_SECRET)
    token = authorization(ctx, SimpleNamespace(monday_account_id=1))  # type: ignore[arg-type]
    body = {"trigger": {"outputFields": {"transactionId": "INV-1"}}}
    assert deliver(requests.Session(), stored.webhook_url, body, token) == 1
    forged = requests.post(stored.webhook_url, timeout=5, headers={"Authorization": "guess"},
                           json={"trigger": {"outputFields": {"transactionId": "INV-2"}}})
    assert forged.status_code == 401
    events = requests.get(f"{flow.sandbox.url}/_sandbox/apps/trigger-events", timeout=5,
                          params={"subscription_id": subscription["id"]}).json()
    assert [(e["status"], e["output_fields"]) for e in events] == [
        (200, {"transactionId": "INV-1"}), (401, None)]

    removed = flow.monday(f"recipes/{subscription['id']}/unsubscribe", wait=True)
    assert removed["state"] == "done"
    gone = requests.post(stored.webhook_url, timeout=5, headers={"Authorization": SIGNING_SECRET},
                         json={"trigger": {"outputFields": {}}})
    assert gone.status_code == 404  # monday stops taking firings for a removed recipe
    with flow.session() as s:
        assert not s.query(TriggerSubscription).one().enabled
