"""A SYSPRO stand-in (e.net REST + OData) for the demo and the tests."""
