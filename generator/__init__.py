"""Polku: YAML process models → a Finnish MkDocs knowledge base."""
