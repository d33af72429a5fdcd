"""The bridge: SYSPRO records to monday items. Mapping, cursors, diffing, outbox, push, audit.

No Flask here; SQL goes through store/.
"""
