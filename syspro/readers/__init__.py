"""Readers: one interface, read(entity, since, until), over OData or COMFND."""
