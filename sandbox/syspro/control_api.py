"""/_sandbox/ control endpoints: post invoices and payments, change records, inject faults.

Documented in sandbox/syspro/README.md. JSON in, JSON out.
"""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from typing import Any

from werkzeug.wrappers import Request, Response

from sandbox.syspro.data import Row, dump_rows, to_python
from sandbox.syspro.seed import ANCHOR
from sandbox.syspro.state import Fault, SandboxState

ZERO = Decimal("0.00")


def _json(payload: Any, status: int = 200) -> Response:
    return Response(json.dumps(payload, default=str), status=status,
                    content_type="application/json")


def handle(state: SandboxState, path: str, request: Request) -> Response:
    body = request.get_json(silent=True) if request.data else {}
    body = body if isinstance(body, dict) else {}
    route = (request.method, path.strip("/"))
    try:
        if route == ("GET", "health"):
            return _json({"ok": True, "requests": state.requests_seen})
        if route == ("POST", "reset"):
            state.reset()
            return _json({"ok": True})
        if route == ("POST", "faults"):
            state.faults.add(Fault(
                kind=body["kind"], remaining=int(body.get("count", 1)),
                scope=body.get("scope", "any"), delay=float(body.get("delay", 2.0)),
                path_contains=body.get("path_contains", ""),
            ))
            return _json({"ok": True})
        if route == ("DELETE", "faults"):
            state.faults.clear()
            return _json({"ok": True})
        if route == ("POST", "sessions/expire"):
            return _json({"expired": state.sessions.expire(body.get("operator"))})
        if route == ("GET", "setup-calls"):
            return _json({"calls": list(state.setup_calls)})
        if route == ("GET", "sessions"):
            return _json({"sessions": state.sessions.active(), "logons": state.sessions.logons})
        if route == ("POST", "settings"):
            return _settings(state, body)
        if route == ("POST", "ap-invoices"):
            return _json(_post_ap_invoice(state, body), 201)
        if route == ("POST", "ar-invoices"):
            return _json(_post_ar_invoice(state, body), 201)
        if route == ("POST", "payments"):
            return _json(_post_payment(state, body), 201)
        parts = path.strip("/").split("/")
        if len(parts) == 3 and parts[0] == "tables" and parts[2] == "rows":
            return _table(state, parts[1], request, body)
    except (KeyError, ValueError, TypeError) as exc:
        return _json({"error": f"bad request: {exc}"}, 400)
    return _json({"error": "not found"}, 404)


def _settings(state: SandboxState, body: dict[str, Any]) -> Response:
    if "session_idle_seconds" in body:
        state.sessions.idle_seconds = float(body["session_idle_seconds"])
    if "evict_on_second_logon" in body:
        state.sessions.evict_on_second_logon = bool(body["evict_on_second_logon"])
    if "odata_row_cap" in body:
        state.odata_row_cap = int(body["odata_row_cap"])
    if "odata_next_link" in body:
        state.odata_next_link = bool(body["odata_next_link"])
    for name in ("comfnd_rowversion_filter", "odata_rowversion_filter"):
        if name in body:
            setattr(state, name, bool(body[name]))
    return _json({"ok": True})


def _day(value: Any, default: date = ANCHOR) -> date:
    return date.fromisoformat(value) if value else default


def _insert(state: SandboxState, table_name: str, row: Row) -> Row:
    table = state.data.table(table_name)
    assert table is not None
    if table.find(table.key_of(row)) is not None:
        raise ValueError(f"{table_name} row {table.key_of(row)} already exists")
    stored = table.insert(row)
    state.data.touch()
    return stored


def _post_ap_invoice(state: SandboxState, body: dict[str, Any]) -> Row:
    amount = Decimal(str(body["amount"]))
    when = _day(body.get("invoice_date"))
    with state.data.lock:
        row = _insert(state, "ApInvoice", {
            "Supplier": body["supplier"], "Invoice": body["invoice"], "InvoiceDate": when,
            "DueDate": _day(body.get("due_date"), when), "JournalDate": when,
            "InvoiceYear": Decimal(when.year), "InvoiceMonth": Decimal(when.month),
            "Reference": body.get("reference", ""), "OrigInvValue": amount, "MthInvBal1": amount,
            "MthInvBal2": ZERO, "MthInvBal3": ZERO, "Currency": "ZAR", "PostCurrency": "ZAR",
        })
    return json.loads(dump_rows([row]))[0]


def _post_ar_invoice(state: SandboxState, body: dict[str, Any]) -> Row:
    amount = Decimal(str(body["amount"]))
    when = _day(body.get("invoice_date"))
    with state.data.lock:
        row = _insert(state, "ArInvoice", {
            "Customer": body["customer"], "Invoice": body["invoice"],
            "DocumentType": body.get("document_type", "I"), "InvoiceDate": when,
            "TermsCode": body.get("terms_code", "30"), "InvoiceBal1": amount,
            "InvoiceBal2": ZERO, "InvoiceBal3": ZERO, "InvoiceYear": Decimal(when.year),
            "InvoiceMonth": Decimal(when.month), "PostCurrency": "ZAR",
        })
    return json.loads(dump_rows([row]))[0]


def _post_payment(state: SandboxState, body: dict[str, Any]) -> Row:
    """A payment lowers the invoice balance and adds a payment row; invoice dates stay put."""
    ledger = body.get("ledger", "ap")
    amount = Decimal(str(body["amount"]))
    when = _day(body.get("journal_date"))
    with state.data.lock:
        key: tuple[str, ...]
        if ledger == "ap":
            invoices, payments = state.data.table("ApInvoice"), "ApInvoicePay"
            key = (body["supplier"], body["invoice"])
            balance = "MthInvBal1"
        else:
            invoices, payments = state.data.table("ArInvoice"), "ArInvoicePay"
            key = (body["customer"], body["invoice"], body.get("document_type", "I"))
            balance = "InvoiceBal1"
        assert invoices is not None
        invoice = invoices.find(key)
        if invoice is None:
            raise ValueError(f"invoice {key} not found")
        pay_table = state.data.table(payments)
        assert pay_table is not None
        entry = 1 + sum(1 for r in pay_table.rows if r["Invoice"] == key[1])
        invoice[balance] = (invoice.get(balance) or ZERO) - amount
        state.data.stamp(invoice)
        row: Row = dict(zip(invoices.definition.keys, key, strict=True)) | {
            "EntryNumber": Decimal(entry), "TrnType": "P", "JournalDate": when,
            "TrnValue": -amount, "PostValue": -amount, "PostCurrency": "ZAR",
        }
        stored = _insert(state, payments, row)
    return json.loads(dump_rows([stored]))[0]


def _table(state: SandboxState, name: str, request: Request, body: dict[str, Any]) -> Response:
    """GET rows by key (?key=a&key=b), PATCH {"key": [...], "changes": {...}}, or POST {"row":
    {...}} to insert a row (it takes the next rowversion)."""
    table = state.data.table(name)
    if table is None:
        return _json({"error": f"table {name} not found"}, 404)
    if request.method == "POST":
        types = table.definition.columns
        values = {c: to_python(types.get(c, "str"), v) for c, v in body["row"].items()}
        with state.data.lock:
            stored = _insert(state, table.definition.name, values)
        return _json(json.loads(dump_rows([stored]))[0], 201)
    if request.method == "GET":
        key = tuple(request.args.getlist("key"))
        row = table.find(key) if key else None
        return _json(json.loads(dump_rows([row]))[0] if row else None, 200 if row else 404)
    if request.method == "PATCH":
        with state.data.lock:
            row = table.find(tuple(body["key"]))
            if row is None:
                return _json({"error": "row not found"}, 404)
            types = table.definition.columns
            for column, value in body["changes"].items():
                if column in table.definition.keys:
                    raise ValueError("key columns cannot be changed")
                row[column] = to_python(types.get(column, "str"), value)
            state.data.stamp(row)
            state.data.touch()
        return _json(json.loads(dump_rows([row]))[0])
    return _json({"error": "method not allowed"}, 405)
