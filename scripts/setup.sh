#!/usr/bin/env bash
# Create .venv (if missing) and install boilerstrip with its test tools into it.
# Usage: bash scripts/setup.sh            (idempotent; safe to run again)
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e '.[test]'

# The Spark integration tests need a Java runtime. Install Debian's when we can (CI runs as root);
# otherwise say so: those tests then skip with the reason (and fail under CI=true).
if ! command -v java >/dev/null 2>&1 && [ -z "${JAVA_HOME:-}" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "setup: installing a Java runtime for the Spark tests (Debian's default-jre-headless)"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends default-jre-headless >/dev/null
  else
    echo "setup: no Java runtime found; install one (e.g. default-jre-headless) to run the Spark tests" >&2
  fi
fi

# The report test renders `boilerstrip report`'s page in headless Chromium. Install Debian's when
# we can (CI runs as root); otherwise say so: that test then skips with the reason (and fails
# under CI=true).
if ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "setup: installing Chromium for the report test (Debian's chromium)"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium >/dev/null
  else
    echo "setup: no chromium found; install it (Debian's chromium) to run the report test" >&2
  fi
fi
