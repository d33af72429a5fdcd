"""A notification in a person's monday bell (create_notification).

Apart from MondayClient so that the client's module stays about boards and items; it goes
through the same paced, classified transport. monday counts it as no item mutation.
"""

from __future__ import annotations

from monday_api import queries
from monday_api.client import MondayClient
from monday_api.keys import idempotency_key


def notify(client: MondayClient, user_id: int | str, board_id: int | str, text: str,
           *, key: str | None = None) -> str:
    """Send `text` to the user, linked to the board; the notification's id. `key` (an
    Idempotency-Key) makes a retried send land once."""
    variables = {"user_id": str(user_id), "target_id": str(board_id), "text": text,
                 "target_type": "Project"}
    result = client.transport.execute(
        "CreateNotification", queries.CREATE_NOTIFICATION, variables,
        idempotency_key=key or idempotency_key("CreateNotification", variables),
    )
    return str(result.data["create_notification"]["id"])
