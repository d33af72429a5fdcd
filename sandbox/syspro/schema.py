"""Table definitions of the sandbox: column types and key columns, as the fact sheet lists them.

Types: "str", "int", "date", "dec:N" (decimal with N places) and "rowversion": every table has
SQL Server's `TimeStamp` rowversion, a database-wide counter that rises on every row write.
Rows are held in memory with
Python values (str, int, Decimal, date or None); columns a JSON file carries that are not listed
here are kept as text.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class TableDef:
    name: str
    keys: tuple[str, ...]
    columns: dict[str, str]


_SHORT_TYPES = {
    "d0": "dec:0", "d2": "dec:2", "d6": "dec:6", "date": "date", "int": "int", "": "str",
}


def _cols(spec: str) -> dict[str, str]:
    """'Name:d2 Other' -> {'Name': 'dec:2', 'Other': 'str'}."""
    result = {}
    for token in spec.split():
        name, _, kind = token.partition(":")
        result[name] = _SHORT_TYPES[kind]
    return result


ROWVERSION = "TimeStamp"


def _with_rowversion(table: TableDef) -> TableDef:
    return TableDef(table.name, table.keys, {**table.columns, ROWVERSION: "rowversion"})


TABLES: dict[str, TableDef] = {
    t.name: _with_rowversion(t)
    for t in [
        TableDef("ApSupplier", ("Supplier",), _cols(
            "Supplier SupplierName SupShortName SupplierClass SupplierType Telephone Fax Contact "
            "Email RemitEmail Currency TermsCode CurrentBalance:d2 PyrEndBalance:d2 OnHold Branch "
            "Bank BankAccount BankBranch PayByEft TaxRegnNum DefTaxCode Nationality "
            "DateSuppAdded:date LastPurchDate:date FirstPurchDate:date GrnMatchReqd "
            "PurchOrdAllowed MerchGlCode FreightGlCode UserField1")),
        TableDef("ApSupplierAddr", ("Supplier",), _cols(
            "Supplier SupAddr1 SupAddr2 SupAddr3 SupAddr3Loc SupAddr4 SupAddr5 SupPostalCode "
            "RemitName RemitAddr1 RemitAddr2 RemitAddr3 RemitAddr4 RemitAddr5 RemitPostalCode "
            "ShippingInstrs")),
        TableDef("ApInvoice", ("Supplier", "Invoice"), _cols(
            "Supplier Invoice InvoiceDate:date DueDate:date DiscountDate:date JournalDate:date "
            "Journal:d0 InvoiceYear:d0 InvoiceMonth:d0 Reference OrigInvValue:d2 "
            "OrigDiscValue:d2 MthInvBal1:d2 MthInvBal2:d2 MthInvBal3:d2 InvoiceStatus Currency "
            "CurrencyValue:d2 PostCurrency ConvRate:d6 MulDiv ExchangeRate:d6 Branch Bank "
            "EntryNumber:d0 PaymentNumber YearInvBalZero:d0 MonthInvBalZero:d0 "
            "NotificationDate:date TotalAdjustments:d2")),
        TableDef("ApInvoicePay", ("Supplier", "Invoice", "EntryNumber"), _cols(
            "Supplier Invoice EntryNumber:d0 TrnType JournalDate:date Journal:d0 "
            "PaymentReference TrnValue:d2 TrnYear:d0 TrnMonth:d0 PostValue:d2 PostCurrency "
            "PaymentNumber")),
        TableDef("PorMasterHdr", ("PurchaseOrder",), _cols(
            "PurchaseOrder Supplier OrderStatus CancelledFlag OrderEntryDate:date "
            "OrderDueDate:date DatePoCompleted:date MemoDate:date Buyer Currency DeliveryName "
            "DeliveryAddr1 OrderType")),
        TableDef("PorMasterDetail", ("PurchaseOrder", "Line"), _cols(
            "PurchaseOrder Line:int LineType:int MStockCode MStockDes MWarehouse MOrderQty:d6 "
            "MReceivedQty:d6 MCompleteFlag MOrderUom MLatestDueDate:date MOrigDueDate:date "
            "MLastReceiptDat:date MPrice:d2 MForeignPrice:d2 MGlCode")),
        TableDef("GrnDetails", ("Supplier", "Grn", "Journal", "JournalEntry"), _cols(
            "Supplier Grn GrnSource Journal:d0 JournalEntry:d0 PurchaseOrder "
            "PurchaseOrderLin:d0 StockCode StockDescription SupCatalogueNum Warehouse "
            "QtyReceived:d6 OrigGrnValue:d2 DebitRecGlCode Description PostCurrency ConvRate:d6 "
            "MulDiv GrnYear:d0 GrnMonth:d0 QtyUom OrigReceiptDate:date")),
        TableDef("ArCustomer", ("Customer",), _cols(
            "Customer Name ShortName Telephone Contact Fax Email Currency TermsCode "
            "CreditLimit:d0 CreditStatus CustomerOnHold CustomerClass Branch Area Salesperson "
            "PriceCode TaxStatus CompanyTaxNumber DateCustAdded:date DateLastSale:date "
            "DateLastPay:date OutstOrdVal:d2 HighestBalance:d2 SoldToAddr1 SoldToAddr2 "
            "SoldToAddr3 SoldToAddr4 SoldToAddr5 SoldPostalCode ShipToAddr1 ShipToAddr2 "
            "ShipToAddr3 ShipToAddr4 ShipToAddr5 ShipPostalCode Nationality")),
        TableDef("ArCustomerBal", ("Customer",), _cols(
            "Customer CurrentBalance1:d2 CurrentBalance2:d2 CurrentBalance3:d2 "
            "BalBroughtFwd1:d2 BalBroughtFwd2:d2 BalBroughtFwd3:d2 ValCurrentInv:d2 "
            "Val30daysInv:d2 Val60daysInv:d2 Val90daysInv:d2 Val120daysInv:d2 ValFutureInv:d2 "
            "YtdSales:d2")),
        TableDef("ArInvoice", ("Customer", "Invoice", "DocumentType"), _cols(
            "Customer Invoice DocumentType InvoiceDate:date SalesOrder CustomerPoNumber "
            "TermsCode Branch Salesperson InvoiceBal1:d2 InvoiceBal2:d2 InvoiceBal3:d2 "
            "CurrencyValue:d2 PostCurrency ConvRate:d6 MulDiv InvoiceYear:d0 InvoiceMonth:d0 "
            "YearInvBalZero:d0 MonthInvBalZero:d0 TaxPortion:d2 DiscBal:d2 OrigDiscValue:d2")),
        TableDef("ArInvoicePay", ("Customer", "Invoice", "DocumentType", "EntryNumber"), _cols(
            "Customer Invoice DocumentType EntryNumber:d0 TrnType JournalDate:date Journal:d0 "
            "Reference TrnValue:d2 PostValue:d2 PostCurrency")),
        TableDef("GenMaster", ("Company", "GlCode"), _cols(
            "Company GlCode Description AccountType GlGroup")),
        TableDef("InvMaster", ("StockCode",), _cols(
            "StockCode Description LongDesc StockUom ProductClass Supplier Buyer WarehouseToUse "
            "DateStkAdded:date StockOnHold PurchOnHold SalesOnHold")),
    ]
}

AR_TABLES = ("ArCustomer", "ArCustomerBal", "ArInvoice", "ArInvoicePay")
