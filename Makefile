# Polku – the two commands of the quick start, and a few more.
.PHONY: serve test bench schema lint site

serve:  ## build and serve the site at http://127.0.0.1:8000/ (installs what it needs)
	scripts/setup.sh site
	.venv/bin/polku serve

test:  ## the whole test suite: lint, types, models, unit tests, browser tests
	scripts/setup.sh test
	scripts/test.sh

site:  ## strict build into site/
	scripts/setup.sh site
	NO_MKDOCS_2_WARNING=1 .venv/bin/mkdocs build --strict

schema:  ## regenerate the JSON Schemas in schema/
	.venv/bin/polku schema

bench:  ## national-scale benchmark (not a test); writes content/suorituskyky.md
	scripts/setup.sh test
	.venv/bin/python -m tests.bench.run

lint:  ## ruff and mypy --strict over generator/ and tests/ (the fast checks before a commit)
	.venv/bin/ruff check generator tests
	.venv/bin/mypy
