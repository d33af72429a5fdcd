"""`python -m monday_app.cli`: the same as the `ml-connector` command."""

from monday_app.cli import main

main()
