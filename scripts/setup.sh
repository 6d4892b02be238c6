#!/usr/bin/env bash
# Sets up everything Polku needs on a fresh Debian/Ubuntu machine, idempotently.
#   scripts/setup.sh site   – Graphviz + Python venv + Pagefind from npm (enough to build and serve the site)
#   scripts/setup.sh test   – the above + Chromium (its headless shell), poppler, LibreOffice Calc (questionnaire test), Node packages (axe-core) for the test suite
# When not root and a system package is missing, it prints the exact install command and stops.
set -euo pipefail
cd "$(dirname "$0")/.."
profile="${1:-site}"

system_packages=(graphviz fonts-dejavu-core libvoikko1 voikko-fi librsvg2-bin)
# npm installs Pagefind (package.json); a machine with Node.js from elsewhere (nodesource) keeps its own npm
command -v npm >/dev/null || system_packages+=(nodejs npm)
if [ "$profile" = "test" ]; then
  system_packages+=(chromium-headless-shell poppler-utils git libreoffice-calc)
fi

missing=()
for pkg in "${system_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
    echo "polku-setup: asennetaan järjestelmäpaketit: ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "polku-setup: puuttuvat järjestelmäpaketit: ${missing[*]}" >&2
    echo "Asenna ne komennolla:  sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
fi

# Node packages: Pagefind for every build; the test tools (devDependencies) only for the test profile. npm runs
# beside the Python installation below (a few seconds each, mostly on different cores); its output is shown only if
# it fails.
node_packages() {
  if [ "$profile" = "test" ]; then
    if [ ! -f node_modules/axe-core/axe.min.js ] || [ ! -f node_modules/pagefind/package.json ] ||
       [ package-lock.json -nt node_modules/.package-lock.json ]; then
      npm ci --no-audit --no-fund
    fi
  elif [ ! -f node_modules/pagefind/package.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    npm ci --omit=dev --no-audit --no-fund
  fi
}
node_log=$(mktemp)
node_packages > "$node_log" 2>&1 & node_pid=$!
trap 'kill "$node_pid" 2>/dev/null || true; rm -f "$node_log"' EXIT  # a failed Python step stops npm too

python="${PYTHON:-python3}"
# a .venv without pip is one whose creation was interrupted (Ctrl-C on the first run): made again, not used
if [ ! -x .venv/bin/python ] || [ ! -x .venv/bin/pip ]; then
  "$python" -m venv --clear .venv
fi
stamp=.venv/.polku-installed-$profile
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  requirement="."
  [ "$profile" = "test" ] && requirement=".[dev,zensical,properdocs]"
  # uv (from PyPI, into the venv) installs the same requirements from the same registry in ~9 s where pip takes
  # ~27 s; pip stays the fallback for a registry that lacks uv. --compile-bytecode is what pip does by default:
  # without it every Python process of the test suite (PYTHONDONTWRITEBYTECODE) would compile its libraries again.
  if .venv/bin/pip install -q uv && .venv/bin/uv pip install -q --compile-bytecode --python .venv/bin/python \
       -e "$requirement"; then
    :
  else
    echo "polku-setup: uv ei onnistunut, asennetaan pipillä"
    .venv/bin/pip install -q --upgrade pip
    .venv/bin/pip install -q -e "$requirement"
  fi
  touch "$stamp"
fi

if ! wait "$node_pid"; then
  cat "$node_log" >&2
  echo "polku-setup: Node-pakettien asennus (npm ci) epäonnistui" >&2
  exit 1
fi
