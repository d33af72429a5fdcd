"""Setup business objects APSSSP (suppliers) and ARSSCS (customers): Add, Update, Delete.

Output mirrors the samples: element names lower-cased (`setupapsupplier/item/key/supplier`)
while `StatusOfItems` keeps its case; a bad field becomes an element named after it holding
Value, ErrorNumber and ErrorDescription. Unknown input elements are ignored, omitted elements
are left unchanged, and ValidateOnly=Y checks without writing.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from xml.etree.ElementTree import Element
from xml.sax.saxutils import escape

from sandbox.syspro.render import ROOT_ATTRS
from sandbox.syspro.state import SandboxState


@dataclass(frozen=True)
class SetupObject:
    root: str
    key: str
    table: str
    side_table: str  # addresses or balances row created with the record
    fields: dict[str, str]  # element -> column (main table)
    side_fields: dict[str, str]


_SUPPLIER_FIELDS = (
    "SupplierName SupShortName Telephone Fax Contact Email RemitEmail Currency TermsCode "
    "SupplierClass SupplierType OnHold Branch Bank BankAccount BankBranch PayByEft TaxRegnNum "
    "DefTaxCode Nationality GrnMatchReqd PurchOrdAllowed MerchGlCode FreightGlCode UserField1"
)
_CUSTOMER_FIELDS = (
    "Name ShortName Telephone Contact Fax Email Currency TermsCode CreditLimit CreditStatus "
    "CustomerOnHold CustomerClass Branch Area Salesperson PriceCode TaxStatus CompanyTaxNumber "
    "SoldToAddr1 SoldToAddr2 SoldToAddr3 SoldToAddr4 SoldToAddr5 SoldPostalCode ShipToAddr1 "
    "ShipToAddr2 ShipToAddr3 ShipToAddr4 ShipToAddr5 ShipPostalCode Nationality"
)
SETUP_OBJECTS = {
    "APSSSP": SetupObject(
        "SetupApSupplier", "Supplier", "ApSupplier", "ApSupplierAddr",
        {f: f for f in _SUPPLIER_FIELDS.split()},
        {f: f for f in "SupAddr1 SupAddr2 SupAddr3 SupAddr3Loc SupAddr4 SupAddr5 "
         "SupPostalCode RemitName RemitAddr1 RemitAddr2 RemitAddr3 RemitAddr4 RemitAddr5 "
         "RemitPostalCode".split()},
    ),
    "ARSSCS": SetupObject(
        "SetupArCustomer", "Customer", "ArCustomer", "ArCustomerBal",
        {f: f for f in _CUSTOMER_FIELDS.split()}, {},
    ),
}
TERMS = {"00", "07", "14", "30", "60", "90"}
FLAGS = {"OnHold", "CustomerOnHold", "PayByEft", "GrnMatchReqd", "PurchOrdAllowed"}
MAX_LENGTHS = {"SupplierName": 50, "Name": 50, "Telephone": 20, "Fax": 20, "Contact": 50,
               "Email": 255, "SupShortName": 20, "ShortName": 20, "SoldPostalCode": 10,
               "SupPostalCode": 10}


def _child(element: Element, name: str) -> Element | None:
    return next((c for c in element if c.tag.lower() == name.lower()), None)


def _flag(parameters: Element, name: str) -> bool:
    found = next((e for e in parameters.iter() if e.tag.lower() == name.lower()), None)
    return found is not None and (found.text or "").strip().upper() == "Y"


def _check(field: str, value: str) -> tuple[str, str] | None:
    """(error number, description) when a value is refused."""
    if field in MAX_LENGTHS and len(value) > MAX_LENGTHS[field]:
        return "110003", f"{field} may not exceed {MAX_LENGTHS[field]} characters"
    if field == "Email" and value and "@" not in value:
        return "110010", "Email address is invalid"
    if field == "TermsCode" and value not in TERMS:
        return "110014", f"Terms code '{value}' not found"
    if field in FLAGS and value not in ("Y", "N"):
        return "110020", f"{field} must be Y or N"
    if field == "CreditLimit":
        try:
            Decimal(value)
        except InvalidOperation:
            return "110021", "Credit limit must be numeric"
    return None


def run_setup(state: SandboxState, action: str, business_object: str, parameters: Element,
              doc: Element) -> str:
    spec = SETUP_OBJECTS[business_object]
    validate_only = _flag(parameters, "ValidateOnly")
    whole_document = _flag(parameters, "ApplyIfEntireDocumentValid")
    root = spec.root.lower()
    items = [c for c in doc if c.tag.lower() == "item"]
    out_items: list[str] = []
    changes: list[tuple[str, str, dict[str, str], dict[str, str]]] = []
    invalid = 0
    with state.data.lock:
        table = state.data.table(spec.table)
        assert table is not None
        for item in items:
            key_el = _child(item, "Key")
            code_el = _child(key_el, spec.key) if key_el is not None else None
            code = code_el.text or "" if code_el is not None else ""
            errors: list[str] = []
            existing = table.find((code,))
            if not code.strip():
                errors.append(_error(spec.key.lower(), code, "110001", f"{spec.key} is required"))
            elif action == "add" and existing is not None:
                errors.append(_error(spec.key.lower(), code, "110002",
                                     f"{spec.key} '{code}' already exists"))
            elif action != "add" and existing is None:
                errors.append(_error(spec.key.lower(), code, "110004",
                                     f"{spec.key} '{code}' not found"))
            main: dict[str, str] = {}
            side: dict[str, str] = {}
            for element in item:
                name = next((f for f in {**spec.fields, **spec.side_fields}
                             if f.lower() == element.tag.lower()), None)
                if name is None:
                    continue  # unknown elements are silently ignored
                value = element.text or ""
                problem = _check(name, value)
                if problem:
                    errors.append(_error(name.lower(), value, *problem))
                (main if name in spec.fields else side)[name] = value
            if errors:
                invalid += 1
            else:
                changes.append((action, code, main, side))
            out_items.append(f"<item><key><{spec.key.lower()}>{escape(code)}"
                             f"</{spec.key.lower()}></key>{''.join(errors)}</item>")
        if not validate_only and not (whole_document and invalid):
            for change in changes:
                _apply(state, spec, *change)
    status = (f"<StatusOfItems><RecordsRead>{len(items)}</RecordsRead>"
              f"<RecordsInvalid>{invalid}</RecordsInvalid></StatusOfItems>")
    return f"<{root} {ROOT_ATTRS}>{''.join(out_items)}{status}</{root}>"


def _error(field: str, value: str, number: str, description: str) -> str:
    return (f"<{field}><Value>{escape(value)}</Value><ErrorNumber>{number}</ErrorNumber>"
            f"<ErrorDescription>{escape(description)}</ErrorDescription></{field}>")


def _apply(state: SandboxState, spec: SetupObject, action: str, code: str,
           main: dict[str, str], side: dict[str, str]) -> None:
    table = state.data.table(spec.table)
    side_table = state.data.table(spec.side_table)
    assert table is not None and side_table is not None
    types = table.definition.columns
    typed = {k: Decimal(v) if types.get(k, "str").startswith("dec") else v
             for k, v in main.items()}
    if action == "add":
        table.insert({spec.key: code, **typed})
        side_table.insert({spec.key: code, **side})
    elif action == "delete":
        table.rows = [r for r in table.rows if r[spec.key] != code]
        table.first_keys = [table.key_of(r)[0] for r in table.rows]
    else:
        row = table.find((code,))
        assert row is not None
        row.update(typed)
        state.data.stamp(row)
        side_row = side_table.find((code,))
        if side_row is not None:
            side_row.update(side)
            state.data.stamp(side_row)
        elif side:
            side_table.insert({spec.key: code, **side})
    state.data.touch()
