"""What the connector remembers: models, sessions, encrypted secrets, migrations.

Only this package writes SQL; the rest of the project calls its functions.
"""
