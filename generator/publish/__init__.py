"""publish: hand the core's pages and assets to a site engine (MkDocs plugin) or write them to disk."""
