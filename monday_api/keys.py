"""Idempotency keys for monday mutations."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from typing import Any


def idempotency_key(operation: str, variables: Mapping[str, Any]) -> str:
    """A key derived from what a mutation does, stable across retries and processes."""
    canonical = json.dumps(variables, sort_keys=True, separators=(",", ":"), default=str)
    digest = hashlib.sha256(f"{operation}\n{canonical}".encode()).hexdigest()[:40]
    return f"{operation}-{digest}"
