"""Errors the store raises for bad input: each names the field and says what to fix."""

from __future__ import annotations


class ValidationError(ValueError):
    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


class SecretsRequired(ValidationError):
    """A change that sends the stored passwords somewhere new needs them typed again."""

    def __init__(self, fields: list[str], message: str) -> None:
        super().__init__(fields[0], message)
        self.fields = fields


class SubscriptionRefused(ValidationError):
    """A subscription id this account cannot use. Deliberately says no more: another tenant's
    id must answer exactly like a malformed one."""

    def __init__(self) -> None:
        super().__init__("subscriptionId", "is missing or not valid for this account")


class NotFound(LookupError):
    """The row does not exist for this account (or at all: we do not say which)."""
