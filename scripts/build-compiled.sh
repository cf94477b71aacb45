#!/usr/bin/env bash
# Build boilerstrip as it is released: the sdist, and the wheel built from it in an isolated
# environment (python -m build, into dist/), with the cleaner's core compiled by mypyc and the C
# scans (see setup.py). The wheel is then unpacked into build/compiled, without installing it
# anywhere, so that the test suite and the benchmarks can run against it:
#   bash scripts/build-compiled.sh
#   PYTHONPATH=build/compiled .venv/bin/python bench/speed.py
# Needs .venv (bash scripts/setup.sh) and a C compiler; a build that is not fully compiled makes
# this script fail, saying why.
set -euo pipefail
cd "$(dirname "$0")/.."
rm -rf build/compiled dist
mkdir -p build
log=build/python-build.log
if ! .venv/bin/python -m build --outdir dist . >"$log" 2>&1; then
  tail -n 40 "$log"
  echo "build-compiled: python -m build failed (the whole log: $log)" >&2
  exit 1
fi
# What the build said of itself (a part that fell back to plain Python, and why).
grep -a "boilerstrip: WARNING" "$log" | sort -u || true
wheel=$(ls dist/boilerstrip-*.whl)
.venv/bin/python -m pip install --quiet --no-deps --target build/compiled "$wheel"
PYTHONPATH=build/compiled .venv/bin/python - "$wheel" <<'PY'
import sys
import boilerstrip
from boilerstrip.buildinfo import describe
if not boilerstrip.COMPILED:
    sys.exit(f"build-compiled: the build is {describe()} (see build/python-build.log)")
print(f"build-compiled: {sys.argv[1]} and the sdist beside it; unpacked in "
      f"{boilerstrip.__file__.rsplit('/', 1)[0]} ({describe()})")
PY
