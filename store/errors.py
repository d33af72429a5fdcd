"""Errors the store raises for bad input: each names the field and says what to fix."""

from __future__ import annotations

from dataclasses import dataclass


class ValidationError(ValueError):
    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


@dataclass(frozen=True)
class FieldError:
    field: str  # the API's name: "server_url", "options.comfnd_page_size"
    label: str  # what the form shows: "Server URL"
    message: str

    @property
    def text(self) -> str:
        return f"{self.label}: {self.message}"


class InvalidFields(ValidationError):
    """Every problem found in one save, each naming its field by label (never only the first).

    `field` and `message` describe the first problem for callers that show one line; `problems`
    has them all, in the order the form shows the fields.
    """

    def __init__(self, problems: list[FieldError]) -> None:
        super().__init__(problems[0].field, "; ".join(p.text for p in problems))
        self.problems = problems

    def __str__(self) -> str:
        return self.message


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
