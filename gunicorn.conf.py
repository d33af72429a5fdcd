"""gunicorn settings shared by the Procfile and `ml-connector run` (command-line flags win).

The access log goes to stdout with every token taken out of it (view session tokens in
`?sessionToken=`, the sync-now URL's secret, OAuth codes): see config/log_redaction.py.
"""

accesslog = "-"
logger_class = "monday_app.gunicorn_logging.RedactingGunicornLogger"
