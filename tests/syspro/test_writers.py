"""Setup Add / Update through APSSSP and ARSSCS against the sandbox."""

from __future__ import annotations

import pytest

from syspro.errors import AccessDenied, ItemValidationError
from syspro.writers import ReferenceWriter
from tests.syspro.helpers import control


def supplier(sandbox, code: str) -> dict:  # type: ignore[no-untyped-def]
    return control(sandbox, "GET", f"tables/ApSupplier/rows?key={code}").json()


def test_update_supplier_phone_keeps_key_exactly(fresh_syspro_sandbox, enet_client):
    writer = ReferenceWriter(enet_client)
    result = writer.update_supplier(" 00010", {"Telephone": "011 999 0000"})
    assert result.ok and result.records_read == 1
    assert result.keys == [{"supplier": " 00010"}]
    assert supplier(fresh_syspro_sandbox, "%2000010")["Telephone"] == "011 999 0000"


def test_validate_only_does_not_write(fresh_syspro_sandbox, enet_client):
    result = ReferenceWriter(enet_client).update_supplier(
        "SUP0002", {"Telephone": "000"}, validate_only=True
    )
    assert result.ok and result.validate_only
    assert supplier(fresh_syspro_sandbox, "SUP0002")["Telephone"] == "011 555 0002"


def test_field_errors_are_parsed(fresh_syspro_sandbox, enet_client):
    with pytest.raises(ItemValidationError) as caught:
        ReferenceWriter(enet_client).update_supplier(
            "SUP0002", {"Email": "not-an-address", "TermsCode": "ZZ"}
        )
    result = caught.value.result
    assert result.records_invalid == 1
    fields = {e.field.lower(): e for e in result.errors}
    assert fields["email"].value == "not-an-address"
    assert fields["termscode"].description == "Terms code 'ZZ' not found"
    assert supplier(fresh_syspro_sandbox, "SUP0002")["Email"] == "accounts2@supplier.example"


def test_add_customer_then_duplicate(fresh_syspro_sandbox, enet_client):
    writer = ReferenceWriter(enet_client)
    assert writer.add_customer("NEW001", {"Name": "Nuwe Kliënt", "TermsCode": "30"}).ok
    with pytest.raises(ItemValidationError, match="already exists"):
        writer.add_customer("NEW001", {"Name": "Again"})
    assert writer.update_customer("NEW001", {"CreditLimit": 1000}).ok


def test_unknown_field_refused_before_sending(enet_client):
    with pytest.raises(ValueError, match="no field"):
        ReferenceWriter(enet_client).update_supplier("SUP0002", {"Telephon": "x"})


def test_viewer_may_not_write(fresh_syspro_sandbox, make_enet_client, settings):
    writer = ReferenceWriter(make_enet_client(settings.with_changes(operator="VIEWER")))
    with pytest.raises(AccessDenied) as caught:
        writer.update_customer("C00001", {"Telephone": "1"})
    assert caught.value.business_object == "ARSSCS"
