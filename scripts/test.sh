#!/usr/bin/env bash
# The test command: install what is missing (cached), then run every test against the real parts.
# Extra arguments go to pytest, e.g. `scripts/test.sh -m "not pulumi" -x`.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh
exec .venv/bin/python -m pytest "$@"
