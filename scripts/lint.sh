#!/usr/bin/env bash
# The static checks CI runs before the tests (`.ci/run`), also fine to run by hand (~5 s warm):
#   ruff over the whole repository; mypy --strict on the models (hand-written and generated: both
#   are strict-clean), the provider and the SDK; plain mypy on the sandbox.
# mypy's cache lives under the tool cache (PULUMI_KUBEVIRT_CACHE), one per checkout, so CI reruns are warm.
set -euo pipefail
cd "$(dirname "$0")/.."
py=.venv/bin
cache="${PULUMI_KUBEVIRT_CACHE:-$HOME/.cache/pulumi-kubevirt}/mypy/$(pwd | sha1sum | cut -c1-12)"
mkdir -p "$cache"
start=$(date +%s)
step() { echo "[lint] $*"; "$@"; }
step "$py/ruff" check .
step "$py/mypy" --cache-dir "$cache/strict" --strict models/pulumi_kubevirt_models provider/pulumi_kubevirt_provider \
  sdk/pulumi_kubevirt
step "$py/mypy" --cache-dir "$cache/sandbox" sandbox/kubevirt_sandbox
echo "[lint] clean in $(( $(date +%s) - start ))s"
