#!/usr/bin/env bash
# The test command: install what is missing (cached), then run every test against the real parts.
# Extra arguments go to pytest, e.g. `scripts/test.sh -m "not pulumi" -x`.
# `scripts/test.sh --fast [args]`: only the fast tier (no API server, no libvirt, no Pulumi CLI),
# on 3 workers (pytest-xdist: the tier's waits on local test servers overlap), with line coverage of
# provider/ (the test processes only: the resource plugin process the plugin tests start is not
# measured) and a gate: it fails below 85 %.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh
if [[ "${1:-}" == "--fast" ]]; then
  shift
  exec .venv/bin/python -m pytest -n 3 -m "not controlplane and not libvirt and not pulumi" \
    --cov=provider/pulumi_kubevirt_provider --cov-report=term-missing:skip-covered --cov-fail-under=85 "$@"
fi
exec .venv/bin/python -m pytest "$@"
