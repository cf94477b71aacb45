#!/usr/bin/env bash
# Build boilerstrip as a regular install makes it (the cleaner's core compiled with mypyc, see
# setup.py) into build/compiled, without installing it anywhere. The test suite runs against it
# too, and so can the benchmarks:
#   bash scripts/build-compiled.sh
#   PYTHONPATH=build/compiled .venv/bin/python bench/speed.py
# Needs .venv (bash scripts/setup.sh) and a C compiler; without one the build is plain Python
# and this script says so and fails.
set -euo pipefail
cd "$(dirname "$0")/.."
rm -rf build  # setuptools keeps built extensions there, and would ship stale ones
.venv/bin/python -m pip install --quiet --no-deps --target build/compiled .
PYTHONPATH=build/compiled .venv/bin/python - <<'PY'
import sys
import boilerstrip
if not boilerstrip.COMPILED:
    sys.exit("build-compiled: the build is plain Python (no mypyc or no C compiler?); see the warnings above")
print(f"build-compiled: {boilerstrip.__file__.rsplit('/', 1)[0]} (compiled)")
PY
