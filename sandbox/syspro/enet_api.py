"""e.net REST as the fact sheet describes it: GET with query parameters, HTTP 200 for business
errors with bodies starting `ERROR`, Windows-1252 XML, `application/octet-stream`."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from xml.etree.ElementTree import Element

from defusedxml import ElementTree as SafeET
from werkzeug.wrappers import Response

from sandbox.syspro.engine import run_query
from sandbox.syspro.filters import FilterError, parse_comfnd_where
from sandbox.syspro.render import ROOT_ATTRS, XML_DECLARATION, encode, xml_value
from sandbox.syspro.schema import ROWVERSION
from sandbox.syspro.setup_bo import SETUP_OBJECTS, run_setup
from sandbox.syspro.state import Operator, SandboxState

SESSION_INVALID = (
    "ERROR: The supplied UserID is invalid. Either you were not logged in; or your session has "
    "expired. You will need to logon again."
)
QUERY_OBJECTS = {"COMFND"}
AREAS = {
    "APSSSP": "AP Supplier Maintenance",
    "ARSSCS": "AR Customer Maintenance",
    "COMFND": "Generic Table Query",
}


def text_response(text: str, status: int = 200) -> Response:
    return Response(encode(text), status=status, content_type="application/octet-stream")


def denied(operator: Operator, business_object: str, area: str | None = None) -> Response:
    area = area or AREAS.get(business_object, f"{business_object} access")
    return text_response(
        f"ERROR: Access denied to Functional Area '{area}' for operator '{operator.code}' "
        f"(Business Object '{business_object}')"
    )


def _param(args: Mapping[str, str], name: str) -> str | None:
    # Parameter names compared case-insensitively, like the IIS-hosted service.
    wanted = name.lower()
    return next((v for k, v in args.items() if k.lower() == wanted), None)


def handle(state: SandboxState, action: str, args: Mapping[str, str]) -> Response:
    handlers = {
        "logon": logon, "logoff": logoff, "getlogonprofile": profile, "getversion": version,
        "query/query": query, "setup/add": setup, "setup/update": setup, "setup/delete": setup,
    }
    handler = handlers.get(action.strip("/").lower())
    if handler is None:
        return text_response("Endpoint not found.", status=404)
    return handler(state, action.strip("/").lower(), args)


def logon(state: SandboxState, _: str, args: Mapping[str, str]) -> Response:
    code = (_param(args, "Operator") or "").strip().upper()
    operator = state.operators.get(code)
    if operator is None:
        return text_response(f"ERROR: Operator '{code}' not found")
    if (_param(args, "OperatorPassword") or "") != operator.password:
        return text_response("ERROR: Invalid operator password")
    if (_param(args, "CompanyId") or "").strip().upper() != state.company_id:
        return text_response("ERROR: Invalid company")
    if (_param(args, "CompanyPassword") or "") != state.company_password:
        return text_response("ERROR: Invalid company password")
    return text_response(state.sessions.logon(operator.code) + "  ")


def _session(state: SandboxState, args: Mapping[str, str]) -> Operator | None:
    code = state.sessions.lookup(_param(args, "UserId") or "")
    return state.operators.get(code) if code else None


def logoff(state: SandboxState, _: str, args: Mapping[str, str]) -> Response:
    if not state.sessions.logoff(_param(args, "UserId") or ""):
        return text_response(SESSION_INVALID)
    return text_response("0")


def version(state: SandboxState, _: str, args: Mapping[str, str]) -> Response:
    return text_response("8.0.0.2021")


def profile(state: SandboxState, _: str, args: Mapping[str, str]) -> Response:
    operator = _session(state, args)
    if operator is None:
        return text_response(SESSION_INVALID)
    fields = {
        "CompanyId": state.company_id, "CompanyName": state.company_name,
        "OperatorCode": operator.code, "OperatorName": operator.name,
        "OperatorGroup": operator.group, "OperatorEmailAddress": "",
        "OperatorLocation": "", "OperatorLanguageCode": "05", "SystemLanguage": "05",
        "AccountingDate": "2025-12-31", "CompanyDate": "2025-12-31", "DefaultArBranch": "10",
        "DefaultApBranch": "10", "DefaultBank": "FNB", "DefaultWarehouse": "WH01",
        "DefaultCustomer": "", "SystemSiteId": "0", "SystemNationalityCode": "ZAF",
        "LocalCurrencyCode": "ZAR", "CurrencyDescription": "South African Rand",
        "DecimalFormat": "1", "DateFormat": "01", "DatabaseType": "SQL",
        "SysproVersion": "8.0.0.2021", "EnetVersion": "8.0.0", "SysproServerBitWidth": "64",
    }
    body = "".join(f"<{k}>{v}</{k}>" for k, v in fields.items())
    return text_response(f"{XML_DECLARATION}<UserInfo>{body}</UserInfo>")


def _parse_xml_in(args: Mapping[str, str], name: str = "XmlIn") -> Element | None:
    try:
        return SafeET.fromstring(_param(args, name) or "")
    except Exception:  # noqa: BLE001 - any bad document is the same answer to the caller
        return None


def _find(element: Element, name: str) -> Element | None:
    return next((c for c in element if c.tag.lower() == name.lower()), None)


def _text(element: Element | None) -> str:
    """An element's text; "" when it is absent or empty."""
    return (element.text or "") if element is not None else ""


def _kids(element: Element | None) -> list[Element]:
    return list(element) if element is not None else []


def query(state: SandboxState, _: str, args: Mapping[str, str]) -> Response:
    operator = _session(state, args)
    if operator is None:
        return text_response(SESSION_INVALID)
    business_object = (_param(args, "BusinessObject") or "").strip().upper()
    if business_object not in QUERY_OBJECTS:
        return text_response(
            f"ERROR: e.net exception 100000: Business object '{business_object}' not available"
        )
    if not operator.may_call(business_object):
        return denied(operator, business_object)
    doc = _parse_xml_in(args)
    if doc is None:
        return text_response("ERROR: XmlIn is not a valid XML document")
    table_name = _text(_find(doc, "TableName"))
    table = state.data.table(table_name.strip())
    if table is None:
        return text_response(f"ERROR: Table '{table_name}' not found")
    if not operator.may_read(table.definition.name):
        area = "AR Query" if table.definition.name.startswith("Ar") else "Table Query"
        return denied(operator, business_object, area)
    types = table.definition.columns
    columns_el = _find(doc, "Columns")
    wanted = [c.text or "" for c in columns_el] if columns_el is not None else []
    all_columns = _text(_find(doc, "AllColumns")).upper() == "Y"
    lookup = {c.lower(): c for c in types}
    columns = list(types) if all_columns or not wanted else \
        [lookup[c.strip().lower()] for c in wanted if c.strip().lower() in lookup]
    where_el = _find(doc, "Where")
    expressions = [{c.tag.lower(): (c.text or "") for c in expr} for expr in _kids(where_el)]
    if not state.comfnd_rowversion_filter and any(
        e.get("column", "").strip().lower() == ROWVERSION.lower() for e in expressions
    ):
        return text_response(f"ERROR: Column '{ROWVERSION}' cannot be used in a Where clause")
    try:
        where = parse_comfnd_where(expressions, types)
    except FilterError as exc:
        return text_response(f"ERROR: {exc}")
    order_el = _find(doc, "OrderBy")
    order = [lookup[c.text.strip().lower()] for c in _kids(order_el)
             if c.text and c.text.strip().lower() in lookup]
    return_rows_el = _find(doc, "ReturnRows")
    try:
        limit = int((return_rows_el.text or "0").strip()) if return_rows_el is not None else 0
    except ValueError:
        return text_response("ERROR: ReturnRows must be a number")
    rows = run_query(table, where, [(c, False) for c in order], limit=limit or None)
    return Response(_comfnd_stream(table.definition.name, columns, types, rows),
                    content_type="application/octet-stream")


def _comfnd_stream(name: str, columns: list[str], types: dict[str, str],
                   rows: Iterator[dict[str, object]]) -> Iterator[bytes]:
    yield encode(f"{XML_DECLARATION}<{name} {ROOT_ATTRS}><HeaderDetails><TableName>{name}"
                 f"</TableName></HeaderDetails>")
    count = 0
    batch: list[str] = []
    for row in rows:
        count += 1
        batch.append("<Row>" + "".join(xml_value(c, types[c], row.get(c)) for c in columns)
                     + "</Row>")
        if len(batch) >= 200:
            yield encode("".join(batch))
            batch = []
    batch.append(f"<RowsReturned>{count:>6}</RowsReturned></{name}>")
    yield encode("".join(batch))


def setup(state: SandboxState, action: str, args: Mapping[str, str]) -> Response:
    operator = _session(state, args)
    if operator is None:
        return text_response(SESSION_INVALID)
    business_object = (_param(args, "BusinessObject") or "").strip().upper()
    if business_object not in SETUP_OBJECTS:
        return text_response(
            f"ERROR: e.net exception 100000: Business object '{business_object}' not available"
        )
    allowed = operator.may_call(business_object)
    state.setup_calls.append({"operator": operator.code, "business_object": business_object,
                              "answer": "ok" if allowed else "denied"})
    if not allowed:
        return denied(operator, business_object)
    parameters = _parse_xml_in(args, "XmlParameters")
    doc = _parse_xml_in(args)
    if doc is None or parameters is None:
        return text_response("ERROR: XmlIn or XmlParameters is not a valid XML document")
    body = run_setup(state, action.split("/")[1], business_object, parameters, doc)
    return text_response(XML_DECLARATION + body)
