"""Job tests run the engine as the sync tests do: the same stack of both sandboxes over real
HTTP, a migrated database and an engine context wired like a worker."""

from tests.sync.conftest import engine_env  # noqa: F401 - the shared fixture, registered here
