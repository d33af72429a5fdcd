"""`python -m cli`: the same as the `ml-connector` command."""

from cli import main

main()
