#!/usr/bin/env bash
# Set everything up and run the whole test suite: lint, types, tests.
# Usage: bash scripts/test.sh [extra pytest arguments]
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
echo "== ruff"; .venv/bin/ruff check setup.py src tests bench
echo "== mypy"; .venv/bin/mypy
echo "== pytest"; .venv/bin/python -m pytest "$@"

# The same tests against the build a regular install makes (the core compiled with mypyc): the
# two builds must behave the same. Without a C compiler this stage is skipped, except in CI.
echo "== pytest, compiled build"
if bash scripts/build-compiled.sh; then
  PYTHONPATH=build/compiled .venv/bin/python -m pytest tests -q -p no:cacheprovider "$@"
elif [ "${CI:-}" = true ]; then
  exit 1
else
  echo "skipped: the compiled build could not be made (see above); the plain-Python build passed"
fi
