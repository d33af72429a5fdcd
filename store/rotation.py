"""Re-encrypt every stored secret under the newest key (`ml-connector keys rotate`)."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.orm import Session

from store.crypto import SecretBox
from store.models import Base


def encrypted_columns() -> list[tuple[sa.Table, sa.Column[str]]]:
    """Every column marked encrypted, across all tables."""
    found = []
    for table in Base.metadata.sorted_tables:
        for column in table.columns:
            if column.info.get("encrypted"):
                found.append((table, column))
    return found


def rotate_all(session: Session, box: SecretBox, batch_size: int = 500) -> dict[str, int]:
    """Rotate every secret in one transaction; returns how many per table.column.

    All or nothing: if one secret cannot be decrypted (a key was dropped too early), nothing is
    rewritten and the error says so.
    """
    counts: dict[str, int] = {}
    for table, column in encrypted_columns():
        pk = next(iter(table.primary_key.columns))
        done = 0
        last_id = None
        while True:
            query = sa.select(pk, column).where(column.is_not(None)).order_by(pk).limit(batch_size)
            if last_id is not None:
                query = query.where(pk > last_id)
            rows = session.execute(query).all()
            if not rows:
                break
            for row_id, token in rows:
                session.execute(
                    sa.update(table).where(pk == row_id).values({column.name: box.rotate(token)})
                )
                done += 1
            last_id = rows[-1][0]
        counts[f"{table.name}.{column.name}"] = done
    return counts
