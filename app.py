"""WSGI entry point: `gunicorn app:app`."""

from monday_app.factory import create_app

app = create_app()
