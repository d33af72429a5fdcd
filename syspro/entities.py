"""The entity catalogue: what each synced SYSPRO entity reads, how it is keyed, how it changes.

Each entity names its main table, its key columns (opaque strings: leading spaces and zero fill
are kept), the fields it exposes with their types, the date fields a poll filters on, and how
changes that do not move those dates are found: open items re-read (`open_filter`), payments
followed through a payment table, or a full re-read for small reference tables whose edits
carry no date at all.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal
from typing import Any

from syspro.query import And, Cmp, Condition, Or
from syspro.settings import DEFAULT_GRN_KEY_COLUMNS, ConnectionSettings

ID_SEPARATOR = "|"
# [C] every SYSPRO table has this SQL Server rowversion: it rises on every write of the row.
ROWVERSION = "TimeStamp"

# [C] PorMasterHdr.OrderStatus codes.
PO_STATUS = {
    "0": "In process",
    "1": "Ready to print",
    "4": "Order printed",
    "9": "Completed",
    "*": "Cancelled",
}


# Names whose plain capitalisation reads wrong.
LABELS = {"gl_accounts": "GL accounts"}


@dataclass(frozen=True)
class Field:
    name: str
    type: str = "str"  # str | decimal | int | date | flag


@dataclass(frozen=True)
class Join:
    """A one-to-one side table read by the main table's key (addresses, balances)."""

    table: str
    on: tuple[str, ...]
    fields: tuple[Field, ...]


@dataclass(frozen=True)
class PeriodField:
    """A (year, month) pair standing in for a date (e.g. GrnYear/GrnMonth)."""

    year: str
    month: str


@dataclass(frozen=True)
class PaymentSource:
    """A table whose new rows change an entity's balance without touching its dates."""

    table: str
    key_columns: tuple[str, ...]  # same names as the entity's key columns, same order
    date_field: str


@dataclass(frozen=True)
class ChangeSource:
    """A table whose writes change what an entity's item shows without writing the entity's
    own row (a payment line, a PO line, a supplier's address row)."""

    table: str
    key_columns: tuple[str, ...]  # that table's columns holding the entity key, in key order


@dataclass(frozen=True)
class Entity:
    name: str
    table: str
    keys: tuple[str, ...]
    fields: tuple[Field, ...]
    date_fields: tuple[str, ...] = ()
    period_fields: tuple[PeriodField, ...] = ()
    joins: tuple[Join, ...] = ()
    open_filter: Condition | None = None
    payments: PaymentSource | None = None
    full_reread: bool = False  # edits carry no date: every poll reads the whole table
    followed: tuple[ChangeSource, ...] = ()  # more tables to follow besides joins and payments
    derived: tuple[Field, ...] = ()
    derive: Callable[[dict[str, Any], ConnectionSettings], None] | None = None
    description: str = ""

    @property
    def label(self) -> str:
        """What a person calls it ("Supplier invoices", "GL accounts")."""
        return LABELS.get(self.name, self.name.replace("_", " ").capitalize())

    @property
    def columns(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields)

    @property
    def field_types(self) -> dict[str, str]:
        types = {f.name: f.type for f in self.fields}
        for join in self.joins:
            types.update({f.name: f.type for f in join.fields})
        types.update({f.name: f.type for f in self.derived})
        return types

    @property
    def change_sources(self) -> tuple[ChangeSource, ...]:
        """Every table besides the entity's own whose writes change its items."""
        sources = [ChangeSource(j.table, j.on) for j in self.joins]
        if self.payments is not None:
            sources.append(ChangeSource(self.payments.table, self.payments.key_columns))
        return (*sources, *self.followed)

    def transaction_id(self, row: Mapping[str, Any]) -> str:
        return make_transaction_id(str(row[k]) if row.get(k) is not None else "" for k in self.keys)


def make_transaction_id(parts: Iterable[str]) -> str:
    """Join key parts unambiguously: `\\` and `|` inside a part are escaped; nothing is trimmed."""
    return ID_SEPARATOR.join(p.replace("\\", "\\\\").replace("|", "\\|") for p in parts)


def split_transaction_id(transaction_id: str) -> list[str]:
    parts, current, escaped = [], [], False
    for char in transaction_id:
        if escaped:
            current.append(char)
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == ID_SEPARATOR:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    return parts


def _fields(spec: str) -> tuple[Field, ...]:
    """'Name:type Name2 ...' (type defaults to str) -> Fields."""
    result = []
    for token in spec.split():
        name, _, kind = token.partition(":")
        result.append(Field(name, kind or "str"))
    return tuple(result)


def _sum(row: Mapping[str, Any], names: Sequence[str]) -> Decimal | None:
    values = [row.get(n) for n in names]
    if all(v is None for v in values):
        return None
    return sum((v for v in values if v is not None), Decimal("0"))


def _nonzero(*columns: str) -> Condition:
    return Or(tuple(Cmp(c, "ne", Decimal("0")) for c in columns))


def _derive_ap_invoice(row: dict[str, Any], settings: ConnectionSettings) -> None:
    # [S/I] owing = sum of the three period buckets.
    row["Balance"] = _sum(row, ("MthInvBal1", "MthInvBal2", "MthInvBal3"))


def _derive_ar_invoice(row: dict[str, Any], settings: ConnectionSettings) -> None:
    row["Balance"] = _sum(row, ("InvoiceBal1", "InvoiceBal2", "InvoiceBal3"))
    # ArInvoice has no DueDate column [C]; derive it from the terms code [I].
    invoice_date = row.get("InvoiceDate")
    terms = (row.get("TermsCode") or "").strip()
    days = settings.ar_terms_days.get(terms, settings.ar_default_terms_days)
    row["DueDate"] = invoice_date + timedelta(days=days) if invoice_date else None


def _derive_po(row: dict[str, Any], settings: ConnectionSettings) -> None:
    status = (row.get("OrderStatus") or "").strip()
    row["OrderStatusDescription"] = PO_STATUS.get(status, "")
    row["Cancelled"] = status == "*" or (row.get("CancelledFlag") or "").strip() == "Y"


def _derive_customer(row: dict[str, Any], settings: ConnectionSettings) -> None:
    # [I] current balance = sum of the three current-balance buckets.
    row["CurrentBalance"] = _sum(
        row, ("CurrentBalance1", "CurrentBalance2", "CurrentBalance3")
    )


def build_catalogue(settings: ConnectionSettings | None = None) -> dict[str, Entity]:
    grn_keys = settings.grn_key_columns if settings else DEFAULT_GRN_KEY_COLUMNS
    entities = [
        Entity(
            name="supplier_invoices",
            table="ApInvoice",
            keys=("Supplier", "Invoice"),
            fields=_fields(
                "Supplier Invoice InvoiceDate:date DueDate:date DiscountDate:date "
                "JournalDate:date Journal:int InvoiceYear:int InvoiceMonth:int Reference "
                "OrigInvValue:decimal OrigDiscValue:decimal MthInvBal1:decimal "
                "MthInvBal2:decimal MthInvBal3:decimal InvoiceStatus Currency "
                "CurrencyValue:decimal PostCurrency ConvRate:decimal MulDiv "
                "ExchangeRate:decimal Branch Bank EntryNumber:int PaymentNumber "
                "TotalAdjustments:decimal"
            ),
            date_fields=("InvoiceDate", "JournalDate"),
            open_filter=_nonzero("MthInvBal1", "MthInvBal2", "MthInvBal3"),
            payments=PaymentSource("ApInvoicePay", ("Supplier", "Invoice"), "JournalDate"),
            derived=(Field("Balance", "decimal"),),
            derive=_derive_ap_invoice,
            description="Supplier invoices (ApInvoice); payments via ApInvoicePay",
        ),
        Entity(
            name="purchase_orders",
            table="PorMasterHdr",
            keys=("PurchaseOrder",),
            fields=_fields(
                "PurchaseOrder Supplier OrderStatus CancelledFlag OrderEntryDate:date "
                "OrderDueDate:date DatePoCompleted:date MemoDate:date Buyer Currency "
                "DeliveryName DeliveryAddr1 OrderType"
            ),
            date_fields=("OrderEntryDate", "DatePoCompleted"),
            # Printing and receiving change the status without a date: re-read open orders.
            open_filter=And((Cmp("OrderStatus", "ne", "9"), Cmp("OrderStatus", "ne", "*"))),
            # Receipts and line edits write the lines, not always the header.
            followed=(
                ChangeSource("PorMasterDetail", ("PurchaseOrder",)),
                ChangeSource("GrnDetails", ("PurchaseOrder",)),
            ),
            derived=(Field("OrderStatusDescription"), Field("Cancelled", "flag")),
            derive=_derive_po,
            description="Purchase order headers (PorMasterHdr) with status codes",
        ),
        Entity(
            name="goods_receipts",
            table="GrnDetails",
            keys=tuple(grn_keys),
            fields=_fields(
                "Supplier Grn GrnSource Journal:int JournalEntry:int PurchaseOrder "
                "PurchaseOrderLin:int StockCode StockDescription SupCatalogueNum Warehouse "
                "QtyReceived:decimal OrigGrnValue:decimal DebitRecGlCode Description "
                "PostCurrency ConvRate:decimal MulDiv GrnYear:int GrnMonth:int"
            ),
            period_fields=(PeriodField("GrnYear", "GrnMonth"),),
            description="Goods received notes (GrnDetails), filtered by GRN period",
        ),
        Entity(
            name="customer_invoices",
            table="ArInvoice",
            keys=("Customer", "Invoice", "DocumentType"),
            fields=_fields(
                "Customer Invoice DocumentType InvoiceDate:date SalesOrder CustomerPoNumber "
                "TermsCode Branch Salesperson InvoiceBal1:decimal InvoiceBal2:decimal "
                "InvoiceBal3:decimal CurrencyValue:decimal PostCurrency ConvRate:decimal MulDiv "
                "InvoiceYear:int InvoiceMonth:int TaxPortion:decimal DiscBal:decimal "
                "OrigDiscValue:decimal"
            ),
            date_fields=("InvoiceDate",),
            open_filter=_nonzero("InvoiceBal1", "InvoiceBal2", "InvoiceBal3"),
            payments=PaymentSource(
                "ArInvoicePay", ("Customer", "Invoice", "DocumentType"), "JournalDate"
            ),
            derived=(Field("Balance", "decimal"), Field("DueDate", "date")),
            derive=_derive_ar_invoice,
            description="Customer invoices (ArInvoice); due date derived, balances summed",
        ),
        Entity(
            name="suppliers",
            table="ApSupplier",
            keys=("Supplier",),
            fields=_fields(
                "Supplier SupplierName SupShortName SupplierClass SupplierType Telephone Fax "
                "Contact Email RemitEmail Currency TermsCode CurrentBalance:decimal OnHold Branch "
                "Bank TaxRegnNum Nationality DateSuppAdded:date LastPurchDate:date"
            ),
            date_fields=("DateSuppAdded", "LastPurchDate"),
            joins=(
                Join(
                    "ApSupplierAddr",
                    ("Supplier",),
                    _fields("SupAddr1 SupAddr2 SupAddr3 SupAddr4 SupAddr5 SupPostalCode"),
                ),
            ),
            full_reread=True,
            description="Suppliers (ApSupplier + ApSupplierAddr)",
        ),
        Entity(
            name="customers",
            table="ArCustomer",
            keys=("Customer",),
            fields=_fields(
                "Customer Name ShortName Telephone Contact Fax Email Currency TermsCode "
                "CreditLimit:decimal CreditStatus CustomerOnHold CustomerClass Branch Area "
                "Salesperson DateCustAdded:date DateLastSale:date DateLastPay:date "
                "SoldToAddr1 SoldToAddr2 SoldToAddr3 SoldPostalCode"
            ),
            date_fields=("DateCustAdded", "DateLastSale", "DateLastPay"),
            joins=(
                Join(
                    "ArCustomerBal",
                    ("Customer",),
                    _fields(
                        "CurrentBalance1:decimal CurrentBalance2:decimal CurrentBalance3:decimal"
                    ),
                ),
            ),
            full_reread=True,
            derived=(Field("CurrentBalance", "decimal"),),
            derive=_derive_customer,
            description="Customers (ArCustomer + ArCustomerBal balances)",
        ),
        Entity(
            name="gl_accounts",
            table="GenMaster",
            keys=("Company", "GlCode"),
            fields=_fields("Company GlCode Description AccountType GlGroup"),
            full_reread=True,
            description="GL accounts (GenMaster)",
        ),
        Entity(
            name="stock_items",
            table="InvMaster",
            keys=("StockCode",),
            fields=_fields(
                "StockCode Description LongDesc StockUom ProductClass Supplier Buyer "
                "WarehouseToUse DateStkAdded:date StockOnHold PurchOnHold SalesOnHold"
            ),
            date_fields=("DateStkAdded",),
            full_reread=True,
            description="Stock items (InvMaster)",
        ),
    ]
    return {entity.name: entity for entity in entities}


ENTITY_NAMES = (
    "supplier_invoices",
    "purchase_orders",
    "goods_receipts",
    "customer_invoices",
    "suppliers",
    "customers",
    "gl_accounts",
    "stock_items",
)
CATALOGUE: Mapping[str, Entity] = build_catalogue()


def tables_needed(catalogue: Mapping[str, Entity] | None = None) -> list[str]:
    """Every table the syncs read, main tables first (for the connection test)."""
    entities = (catalogue or CATALOGUE).values()
    seen: dict[str, None] = {}
    for entity in entities:
        seen[entity.table] = None
    for entity in entities:
        for join in entity.joins:
            seen[join.table] = None
        for source in entity.change_sources:
            seen[source.table] = None
    return list(seen)

