"""monday GraphQL client: paced, classified, idempotent. Imports nothing of the web layer.

Typical use::

    pacer = RedisPacer(redis_conn, PacingSettings.from_env())
    client = MondayClient(token, MondayClientSettings.from_env(), pacer=pacer, account_id=acct)
    with client.board_writer(board_id):
        results = client.create_items(board_id, [NewItem(name="INV-1", column_values=...)])
"""

from monday_api.client import MondayClient
from monday_api.column_values import (
    decode_column_value,
    encode_column_value,
    encode_column_values,
)
from monday_api.errors import (
    BoardFullError,
    ColumnValueEncodingError,
    CursorExpiredError,
    ErrorAction,
    ErrorDetails,
    MondayError,
    ReauthenticationRequired,
    ReconnectRequired,
    RecordError,
    RetriesExhaustedError,
    RunError,
)
from monday_api.keys import idempotency_key
from monday_api.models import (
    Account,
    Board,
    Column,
    Group,
    Item,
    ItemChange,
    Me,
    NewItem,
    Update,
    Webhook,
    WriteResult,
)
from monday_api.pacing import BoardLockTimeout, RedisPacer
from monday_api.settings import MondayClientSettings, PacingSettings

__all__ = [
    "Account",
    "Board",
    "BoardLockTimeout",
    "Column",
    "BoardFullError",
    "ColumnValueEncodingError",
    "CursorExpiredError",
    "ErrorAction",
    "ErrorDetails",
    "Group",
    "Item",
    "ItemChange",
    "Me",
    "MondayClient",
    "MondayClientSettings",
    "MondayError",
    "NewItem",
    "PacingSettings",
    "ReauthenticationRequired",
    "ReconnectRequired",
    "RecordError",
    "RedisPacer",
    "RetriesExhaustedError",
    "RunError",
    "Update",
    "Webhook",
    "WriteResult",
    "decode_column_value",
    "encode_column_value",
    "encode_column_values",
    "idempotency_key",
]
