"""Install, uninstall, reinstall: syncs stop and come back, tokens go, audit stays."""

from __future__ import annotations

from store.accounts import find_account, has_token
from store.board_syncs import create_board_sync
from store.models import AuditEvent, BoardSync


def _sync(monday, tenant, board_id: str, enabled: bool = True) -> int:
    with monday.session() as s:
        sync = create_board_sync(
            s,
            tenant.account_id,
            {"connection_id": tenant.connection_id, "board_id": board_id,
             "entity": "suppliers", "enabled": enabled},
        )
        if not enabled:
            sync.health, sync.health_reason = "disabled", "recipe removed"
        return sync.id


def test_install_records_the_account_once(monday) -> None:
    for _ in range(2):  # monday may deliver twice
        response = monday.lifecycle("install", 501, account_name="Acme", account_slug="acme")
        assert response.status_code == 200
    with monday.session() as s:
        account = find_account(s, 501)
        assert account.name == "Acme" and account.status == "active"
        actions = [e.action for e in s.query(AuditEvent).filter_by(account_id=account.id)]
    assert actions == ["account_installed"]


def test_uninstall_then_reinstall(monday) -> None:
    tenant = monday.tenant(501)
    active = [_sync(monday, tenant, "11"), _sync(monday, tenant, "12")]
    removed_by_user = _sync(monday, tenant, "13", enabled=False)

    assert monday.lifecycle("uninstall", 501).status_code == 200
    with monday.session() as s:
        account = find_account(s, 501)
        assert account.status == "uninstalled"
        assert not has_token(s, account.id)
        syncs = {b.id: b for b in s.query(BoardSync)}
        for sync_id in active:
            assert not syncs[sync_id].enabled
            assert (syncs[sync_id].health, syncs[sync_id].health_reason) == (
                "disabled", "app uninstalled")
        assert syncs[removed_by_user].health_reason == "recipe removed"

    assert monday.lifecycle("uninstall", 501).status_code == 200  # repeated: no change
    assert monday.lifecycle("install", 501).status_code == 200
    with monday.session() as s:
        account = find_account(s, 501)
        assert account.status == "active"
        syncs = {b.id: b for b in s.query(BoardSync)}
        assert all(syncs[i].enabled and syncs[i].health == "ok" for i in active)
        # A sync the user had removed before the uninstall stays removed.
        assert not syncs[removed_by_user].enabled
        actions = [
            e.action
            for e in s.query(AuditEvent).filter_by(account_id=account.id).order_by(AuditEvent.id)
        ]
    assert actions == ["account_installed", "account_uninstalled", "account_installed"]


def test_uninstall_of_one_account_leaves_others_alone(monday) -> None:
    first, second = monday.tenant(501), monday.tenant(502)
    sync_of_second = _sync(monday, second, "21")
    _sync(monday, first, "11")
    monday.lifecycle("uninstall", 501)
    with monday.session() as s:
        assert s.get(BoardSync, sync_of_second).enabled
        assert has_token(s, second.account_id)


def test_subscription_change_updates_tier_only(monday) -> None:
    monday.tenant(501)
    response = monday.lifecycle("app_subscription_changed", 501, account_tier="pro")
    assert response.status_code == 200
    with monday.session() as s:
        assert find_account(s, 501).tier == "pro"


def test_unknown_account_uninstall_is_harmless(monday) -> None:
    assert monday.lifecycle("uninstall", 777).status_code == 200
    with monday.session() as s:
        assert find_account(s, 777) is None
