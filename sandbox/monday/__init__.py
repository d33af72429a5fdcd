"""A local monday.com stand-in: a real GraphQL server over the project's SDL subset.

See README.md in this folder for what it supports, its control endpoints and fault injection.
"""
