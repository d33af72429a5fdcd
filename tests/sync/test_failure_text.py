"""A stored failure becomes one sentence naming the column and value (sync/failure_text.py)."""

from __future__ import annotations

from monday_api.errors import (
    ColumnValueEncodingError,
    ErrorAction,
    ErrorDetails,
    RecordError,
)
from sync.failure_text import describe_failure, describe_unreadable, plain_reason

COLUMNS = {"due_date": {"id": "date_4", "type": "date"}, "amount": {"id": "numbers_1",
                                                                      "type": "numbers"}}


def _refusal(code: str, column_id: str | None) -> RecordError:
    return RecordError(ErrorDetails(
        action=ErrorAction.FAIL_RECORD, operation="ChangeColumnValuesBatch",
        message="invalid value - date or time is not valid.", code=code,
        error_data={"column_id": column_id} if column_id else {}))


def test_monday_refusal_names_the_column_title_and_value() -> None:
    failure = describe_failure(_refusal("ColumnValueException", "date_4"),
                               {"due_date": "2026-02-30"}, "supplier_invoices",
                               {"titles": {"due_date": "Payment due"}}, COLUMNS)
    assert failure["column_title"] == "Payment due" and failure["value"] == "2026-02-30"
    assert plain_reason(failure, "raw") == "monday refused the date 2026-02-30 in column " \
                                           "Payment due"


def test_encoding_refusal_and_deleted_column() -> None:
    error = ColumnValueEncodingError("numbers_1", "numbers", "12,5x", "not a number")
    failure = describe_failure(error, {"amount": "12,5x"}, "supplier_invoices", None, COLUMNS)
    assert plain_reason(failure, None) == "monday refused the number 12,5x in column Amount"
    gone = describe_failure(_refusal("InvalidColumnIdException", "date_4"), {},
                            "supplier_invoices", None, COLUMNS)
    assert plain_reason(gone, None).startswith("column Due date is no longer on the board")


def test_unreadable_syspro_row_and_old_raw_errors() -> None:
    failure = describe_unreadable("field MthInvBal2 = 'Infinity': not a finite number",
                                  "supplier_invoices", None)
    assert plain_reason(failure, None) == (
        "SYSPRO sent Infinity in field MthInvBal2, which cannot be read: not a finite number")
    due = describe_unreadable("field DueDate = '2026-02-30': not a date", "supplier_invoices",
                              None)
    assert "(column Due date)" in plain_reason(due, None)
    raw = ("operation=ChangeColumnValuesBatch action=fail_record http_status=200 code=X "
           "request_id=1 attempt=1 message='invalid value - bad'")
    assert plain_reason(None, raw) == "monday refused the record: invalid value - bad"
    assert plain_reason(None, None) == "failed for an unknown reason"
