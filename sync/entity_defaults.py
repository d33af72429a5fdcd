"""Default board layouts per SYSPRO entity: ready without any configuration.

Every layout starts with the SYSPRO ID (the dedupe key, exactly as SYSPRO keys it) and ends
with a status column whose labels tell the SYSPRO state. Field names are the catalogue's
(syspro.entities), including its derived fields (Balance, DueDate, OrderStatusDescription...).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

Row = Mapping[str, Any]


@dataclass(frozen=True)
class ColumnSpec:
    key: str  # stable logical name; the provisioned monday column id is stored against it
    title: str
    type: str  # monday ColumnType
    source: str | None = None  # catalogue field read as is
    derive: Callable[[Row], Any] | None = None  # or computed from the row
    labels: tuple[str, ...] = ()  # status columns: the labels this column may take
    column_id: str | None = None  # bound to an existing board column (user mapping)


@dataclass(frozen=True)
class EntityLayout:
    columns: tuple[ColumnSpec, ...]
    item_name: str  # str.format template over the row's fields


INVOICE_LABELS = ("Open", "Part paid", "Paid")
PO_LABELS = ("In process", "Ready to print", "Order printed", "Completed", "Cancelled")
PARTY_LABELS = ("Active", "On hold")


def _decimal(value: Any) -> Decimal | None:
    if value is None:
        return None
    return value if isinstance(value, Decimal) else Decimal(str(value))


def invoice_status(original_field: str) -> Callable[[Row], str]:
    """Open / Part paid / Paid from the outstanding balance against the original value."""

    def status(row: Row) -> str:
        balance = _decimal(row.get("Balance"))
        original = _decimal(row.get(original_field))
        if balance is None or balance == 0:
            return "Paid"
        if original is not None and abs(balance) < abs(original):
            return "Part paid"
        return "Open"

    return status


def po_status(row: Row) -> str:
    if row.get("Cancelled"):
        return "Cancelled"
    return row.get("OrderStatusDescription") or "In process"


def on_hold(flag_field: str) -> Callable[[Row], str]:
    return lambda row: "On hold" if str(row.get(flag_field) or "").strip() == "Y" else "Active"


def _id() -> ColumnSpec:
    return ColumnSpec("syspro_id", "SYSPRO ID", "text", source="_id")


def _col(key: str, title: str, kind: str, source: str) -> ColumnSpec:
    return ColumnSpec(key, title, kind, source=source)


def _status(derive: Callable[[Row], str], labels: tuple[str, ...]) -> ColumnSpec:
    return ColumnSpec("status", "SYSPRO status", "status", derive=derive, labels=labels)


DEFAULT_SPECS: dict[str, EntityLayout] = {
    "supplier_invoices": EntityLayout(
        (
            _id(),
            _col("supplier", "Supplier", "text", "Supplier"),
            _col("invoice", "Invoice", "text", "Invoice"),
            _col("reference", "Reference", "text", "Reference"),
            _col("invoice_date", "Invoice date", "date", "InvoiceDate"),
            _col("due_date", "Due date", "date", "DueDate"),
            _col("posting_date", "Posting date", "date", "JournalDate"),
            _col("amount", "Amount", "numbers", "OrigInvValue"),
            _col("balance", "Balance", "numbers", "Balance"),
            _col("currency", "Currency", "text", "Currency"),
            _status(invoice_status("OrigInvValue"), INVOICE_LABELS),
        ),
        "{Invoice} · {Supplier}",
    ),
    "customer_invoices": EntityLayout(
        (
            _id(),
            _col("customer", "Customer", "text", "Customer"),
            _col("invoice", "Invoice", "text", "Invoice"),
            _col("document_type", "Document type", "text", "DocumentType"),
            _col("customer_po", "Customer PO", "text", "CustomerPoNumber"),
            _col("invoice_date", "Invoice date", "date", "InvoiceDate"),
            _col("due_date", "Due date", "date", "DueDate"),
            _col("amount", "Amount", "numbers", "CurrencyValue"),
            _col("balance", "Balance", "numbers", "Balance"),
            _col("currency", "Currency", "text", "PostCurrency"),
            _status(invoice_status("CurrencyValue"), INVOICE_LABELS),
        ),
        "{Invoice} · {Customer}",
    ),
    "purchase_orders": EntityLayout(
        (
            _id(),
            _col("supplier", "Supplier", "text", "Supplier"),
            _col("buyer", "Buyer", "text", "Buyer"),
            _col("order_date", "Order date", "date", "OrderEntryDate"),
            _col("due_date", "Due date", "date", "OrderDueDate"),
            _col("completed_date", "Completed", "date", "DatePoCompleted"),
            _col("currency", "Currency", "text", "Currency"),
            _col("delivery_name", "Deliver to", "text", "DeliveryName"),
            _status(po_status, PO_LABELS),
        ),
        "PO {PurchaseOrder} · {Supplier}",
    ),
    "goods_receipts": EntityLayout(
        (
            _id(),
            _col("supplier", "Supplier", "text", "Supplier"),
            _col("grn", "GRN", "text", "Grn"),
            _col("purchase_order", "Purchase order", "text", "PurchaseOrder"),
            _col("stock_code", "Stock code", "text", "StockCode"),
            _col("warehouse", "Warehouse", "text", "Warehouse"),
            _col("quantity", "Quantity", "numbers", "QtyReceived"),
            _col("value", "Value", "numbers", "OrigGrnValue"),
            _col("currency", "Currency", "text", "PostCurrency"),
            _status(lambda row: "Received", ("Received",)),
        ),
        "GRN {Grn} · {StockCode}",
    ),
    "suppliers": EntityLayout(
        (
            _id(),
            _col("name", "Supplier name", "text", "SupplierName"),
            _col("telephone", "Telephone", "text", "Telephone"),
            _col("email", "Email", "text", "Email"),
            _col("contact", "Contact", "text", "Contact"),
            _col("currency", "Currency", "text", "Currency"),
            _col("terms", "Terms", "text", "TermsCode"),
            _col("balance", "Balance", "numbers", "CurrentBalance"),
            _col("postal_code", "Postal code", "text", "SupPostalCode"),
            _status(on_hold("OnHold"), PARTY_LABELS),
        ),
        "{SupplierName}",
    ),
    "customers": EntityLayout(
        (
            _id(),
            _col("name", "Customer name", "text", "Name"),
            _col("telephone", "Telephone", "text", "Telephone"),
            _col("email", "Email", "text", "Email"),
            _col("contact", "Contact", "text", "Contact"),
            _col("currency", "Currency", "text", "Currency"),
            _col("credit_limit", "Credit limit", "numbers", "CreditLimit"),
            _col("balance", "Balance", "numbers", "CurrentBalance"),
            _col("postal_code", "Postal code", "text", "SoldPostalCode"),
            _status(on_hold("CustomerOnHold"), PARTY_LABELS),
        ),
        "{Name}",
    ),
    "gl_accounts": EntityLayout(
        (
            _id(),
            _col("gl_code", "GL code", "text", "GlCode"),
            _col("description", "Description", "text", "Description"),
            _col("account_type", "Account type", "text", "AccountType"),
            _col("gl_group", "GL group", "text", "GlGroup"),
            _status(lambda row: "Active", ("Active",)),
        ),
        "{GlCode} {Description}",
    ),
    "stock_items": EntityLayout(
        (
            _id(),
            _col("stock_code", "Stock code", "text", "StockCode"),
            _col("description", "Description", "text", "Description"),
            _col("uom", "Unit", "text", "StockUom"),
            _col("product_class", "Product class", "text", "ProductClass"),
            _col("supplier", "Supplier", "text", "Supplier"),
            _col("warehouse", "Warehouse", "text", "WarehouseToUse"),
            _status(on_hold("StockOnHold"), PARTY_LABELS),
        ),
        "{StockCode} {Description}",
    ),
}


@dataclass(frozen=True)
class SettledRule:
    """When a record of an entity is settled: nothing more will happen to it in the normal
    course (paid, completed, cancelled), so the archive policy may archive its item once it has
    been settled for the sync's N days (sync/capacity.py).

    `labels` are default status labels (a mapping may rename them: compared after renaming);
    the settle day is the latest of the `dates` columns present, else the day it was written
    settled. Reference data (suppliers, customers, GL accounts, stock items) is never
    settled."""

    labels: tuple[str, ...]
    dates: tuple[str, ...] = ()


# A goods receipt is done once received: its only date is the write. A vanished record
# ("Removed in SYSPRO") counts as settled for every entity that can settle.
SETTLED: dict[str, SettledRule] = {
    "supplier_invoices": SettledRule(("Paid",), ("invoice_date", "due_date", "posting_date")),
    "customer_invoices": SettledRule(("Paid",), ("invoice_date", "due_date")),
    "purchase_orders": SettledRule(("Completed", "Cancelled"),
                                   ("order_date", "due_date", "completed_date")),
    "goods_receipts": SettledRule(("Received",)),
}
