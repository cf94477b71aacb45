#!/usr/bin/env bash
# Set everything up and run the whole test suite: lint, types, tests on the plain-Python build;
# then the release build (sdist and wheel), installed as a user would, and the tests again on it.
# Usage: bash scripts/test.sh [extra pytest arguments]
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
echo "== ruff"; .venv/bin/ruff check setup.py src tests bench
echo "== mypy"; .venv/bin/mypy
echo "== pytest"; .venv/bin/python -m pytest "$@"

# The build a release ships (python -m build: the sdist, and the wheel from it, the core compiled
# with mypyc and the C scans). Without a C compiler the rest is skipped, except in CI.
echo "== build: sdist and wheel"
if ! bash scripts/build-compiled.sh; then
  if [ "${CI:-}" = true ]; then exit 1; fi
  echo "skipped: the compiled build could not be made (see above); the plain-Python build passed"
  exit 0
fi
# That wheel as a user gets it: a fresh venv with only its declared dependencies.
echo "== smoke test: the wheel in a fresh venv"
bash scripts/smoke.sh dist/boilerstrip-*.whl
# The same tests against the compiled build: the two builds must behave the same.
echo "== pytest, compiled build"
PYTHONPATH=build/compiled .venv/bin/python -m pytest tests -q -p no:cacheprovider "$@"
