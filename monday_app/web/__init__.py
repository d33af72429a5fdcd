"""The web layer: blueprints. Handlers verify, record, enqueue, and answer fast."""
