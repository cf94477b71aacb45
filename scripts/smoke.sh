#!/usr/bin/env bash
# Install a built wheel as a user would, in a fresh venv with nothing but the wheel's declared
# dependencies, and check that it is the compiled build with orjson, and that it cleans a text, a
# JSON Lines and an HTML fixture into their expected outputs.
# Usage: bash scripts/smoke.sh dist/boilerstrip-VERSION-*.whl     (scripts/build-compiled.sh makes it)
set -euo pipefail
cd "$(dirname "$0")/.."
wheel=$(realpath "$1")
fixtures=$PWD/fixtures
venv=$PWD/build/smoke-venv
rm -rf "$venv"
"${PYTHON:-python3}" -m venv "$venv"
"$venv/bin/python" -m pip install --quiet "$wheel"
bin=$venv/bin/boilerstrip

# Run outside the checkout, so that nothing but the installed package can be imported.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
failed=0
check() {  # check NAME EXPECTED_FILE COMMAND...: the command's stdout must equal the file
  local name=$1 expected=$2
  shift 2
  if "$@" >"$name.out" 2>"$name.err" && cmp -s "$name.out" "$expected"; then
    echo "smoke: ok: $name"
  else
    echo "smoke: FAILED: $name: $* (stderr: $(head -c 500 "$name.err"))" >&2
    diff "$expected" "$name.out" | head -n 20 >&2 || true
    failed=1
  fi
}
version=$("$bin" --version)
if [[ $version == *"(compiled, JSON: orjson)"* ]]; then
  echo "smoke: ok: $version"
else
  echo "smoke: FAILED: --version says '$version', not the compiled build with orjson" >&2
  failed=1
fi
check text "$fixtures/text/en-harbour-bridge-council.expected.txt" "$bin" "$fixtures/text/en-harbour-bridge-council.txt"
check jsonl "$fixtures/jsonl/articles.expected.jsonl" "$bin" --jsonl -q "$fixtures/jsonl/articles.jsonl"
check html "$fixtures/html/news_appeals.expected.txt" "$bin" --html "$fixtures/html/news_appeals.html"
exit "$failed"
