"""Writing reference data back to SYSPRO: suppliers through APSSSP, customers through ARSSCS.

Setup Add / Update with the documented XmlParameters; ValidateOnly=Y checks without writing.
The answer's StatusOfItems and per-field ErrorDescription are parsed into a SetupResult; a
refused item raises ItemValidationError carrying that result. Only the fields SYSPRO documents
for each business object are sent (unknown elements would be silently ignored by SYSPRO, which
would look like success).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from xml.sax.saxutils import escape

from syspro.enet import EnetClient
from syspro.errors import ItemValidationError, SetupResult
from syspro.parsing import parse_setup_result


@dataclass(frozen=True)
class SetupObject:
    business_object: str
    root: str
    key: str
    fields: frozenset[str]


SUPPLIER_FIELDS = frozenset(
    "SupplierName Telephone Email Contact TermsCode Currency SupAddr1 SupPostalCode SupShortName "
    "SupplierChName Fax Branch Bank DateSuppAdded SupAddr2 SupAddr3 SupAddr4 SupAddr5 "
    "SupAddr3Loc RemitName RemitAddr1 RemitAddr2 RemitAddr3 RemitAddr4 RemitAddr5 "
    "RemitPostalCode SupplierClass Area UserField1 UserField2 DefTaxCode TaxRegnNum OnHold "
    "SupplierType MerchGlCode FreightGlCode PayByEft BankBranch BankAccount PurchOrdAllowed "
    "GrnMatchReqd Nationality LanguageCode eSignature".split()
)
CUSTOMER_FIELDS = frozenset(
    "Name Telephone Email Contact TermsCode CreditLimit SoldToAddr1 SoldPostalCode ShortName "
    "Salesperson Salesperson1 Salesperson2 Salesperson3 Branch Area PriceCode CustomerClass "
    "CreditStatus CustomerOnHold TaxStatus Currency Fax SoldToAddr2 SoldToAddr3 SoldToAddr4 "
    "SoldToAddr5 ShipToAddr1 ShipToAddr2 ShipToAddr3 ShipToAddr4 ShipToAddr5 ShipPostalCode "
    "Nationality CompanyTaxNumber SalesWarehouse eSignature".split()
)
SUPPLIERS = SetupObject("APSSSP", "SetupApSupplier", "Supplier", SUPPLIER_FIELDS)
CUSTOMERS = SetupObject("ARSSCS", "SetupArCustomer", "Customer", CUSTOMER_FIELDS)

FieldValue = str | int | Decimal | date | bool | None


def _text(value: FieldValue) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "Y" if value else "N"
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value, "f")
    return str(value)


def build_parameters(*, validate_only: bool, ignore_warnings: bool = False,
                     apply_if_entire_document_valid: bool = True) -> str:
    flag = {True: "Y", False: "N"}
    return (
        "<SetupParameters><Parameters>"
        f"<IgnoreWarnings>{flag[ignore_warnings]}</IgnoreWarnings>"
        f"<ApplyIfEntireDocumentValid>{flag[apply_if_entire_document_valid]}"
        "</ApplyIfEntireDocumentValid>"
        f"<ValidateOnly>{flag[validate_only]}</ValidateOnly>"
        "</Parameters></SetupParameters>"
    )


def build_item_xml(spec: SetupObject, key: str, fields: Mapping[str, FieldValue]) -> str:
    unknown = sorted(set(fields) - spec.fields)
    if unknown:
        raise ValueError(f"{spec.business_object} has no field(s) {', '.join(unknown)}")
    # The key is sent exactly as stored: leading spaces and zero fill are part of it.
    body = "".join(f"<{name}>{escape(_text(v))}</{name}>" for name, v in fields.items())
    return (f"<{spec.root}><Item><Key><{spec.key}>{escape(key)}</{spec.key}></Key>"
            f"{body}</Item></{spec.root}>")


class ReferenceWriter:
    def __init__(self, client: EnetClient) -> None:
        self.client = client

    def write(
        self,
        spec: SetupObject,
        action: str,
        key: str,
        fields: Mapping[str, FieldValue],
        *,
        validate_only: bool = False,
    ) -> SetupResult:
        """Send one item; returns the SetupResult or raises ItemValidationError."""
        root = self.client.setup(
            action,
            spec.business_object,
            build_parameters(validate_only=validate_only),
            build_item_xml(spec, key, fields),
        )
        result = parse_setup_result(root, validate_only=validate_only)
        if not result.ok:
            reasons = "; ".join(
                f"{e.field or '(item)'}: {e.description}" for e in result.errors
            ) or f"{result.records_invalid} record(s) invalid"
            raise ItemValidationError(
                f"{spec.business_object} {action} of {key!r} refused: {reasons}", result=result
            )
        return result

    def update_supplier(self, code: str, fields: Mapping[str, FieldValue], *,
                        validate_only: bool = False) -> SetupResult:
        return self.write(SUPPLIERS, "Update", code, fields, validate_only=validate_only)

    def update_customer(self, code: str, fields: Mapping[str, FieldValue], *,
                        validate_only: bool = False) -> SetupResult:
        return self.write(CUSTOMERS, "Update", code, fields, validate_only=validate_only)

    def add_customer(self, code: str, fields: Mapping[str, FieldValue], *,
                     validate_only: bool = False) -> SetupResult:
        return self.write(CUSTOMERS, "Add", code, fields, validate_only=validate_only)
