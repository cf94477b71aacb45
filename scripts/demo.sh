#!/usr/bin/env bash
# Set up boilerstrip in .venv and clean one of the example articles, explaining each removal.
# Usage: bash scripts/demo.sh [FILE]      (default: fixtures/text/en-harbour-bridge-council.txt)
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e .
.venv/bin/boilerstrip --explain "${1:-fixtures/text/en-harbour-bridge-council.txt}"
