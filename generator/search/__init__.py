"""search: Finnish base-form keywords for Material's lunr index (see `index.py` for why and where)."""
