"""SYSPRO client: e.net REST sessions and business objects, OData and COMFND readers, the entity
catalogue, reference-data writers, error classification. Imports nothing of the project."""

from syspro.connection_test import StepResult, run_connection_test
from syspro.enet import EnetClient
from syspro.entities import CATALOGUE, ENTITY_NAMES, Entity
from syspro.errors import ErrorKind, SysproError
from syspro.readers.comfnd import ComfndReader
from syspro.readers.odata import ODataReader
from syspro.settings import ConnectionSettings
from syspro.writers import ReferenceWriter

__all__ = [
    "CATALOGUE",
    "ENTITY_NAMES",
    "ComfndReader",
    "ConnectionSettings",
    "EnetClient",
    "Entity",
    "ErrorKind",
    "ODataReader",
    "ReferenceWriter",
    "StepResult",
    "SysproError",
    "run_connection_test",
]
