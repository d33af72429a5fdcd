"""The monday side: the web app (monday_app.web, monday_app.factory), the CLI and the GraphQL
client (monday_api). Kept free of imports so the client can be used without Flask."""
