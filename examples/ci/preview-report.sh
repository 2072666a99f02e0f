#!/usr/bin/env bash
# Preview a stack and write the review report: every step of the PR pipelines except posting.
#
#   examples/ci/preview-report.sh <stack> [project dir]
#
# Writes into $REPORT_DIR (default ./pulumi-kubevirt-report):
#   preview.json   what `pulumi preview --json` printed
#   preview.log    its stderr
#   report.md      the PR comment (starts with the marker <!-- pulumi-kubevirt-report -->)
#   report.json    the same facts for machines
#   policy.txt     what --fail-on tripped (empty when nothing did)
# and prints the text report to the job log.
#
# Environment: REPORT_FAIL_ON (e.g. "replace,restart,drift,delete"; empty: never fail),
# REPORT_TITLE (the comment's heading), PULUMI_KUBEVIRT (the command, default pulumi-kubevirt),
# and whatever the Pulumi CLI needs (PULUMI_BACKEND_URL, PULUMI_CONFIG_PASSPHRASE, ...).
#
# Exit status: the preview's when it failed (the report, with its errors, is still written),
# else 3 when --fail-on tripped, else 0. Pipelines post the comment whatever the status.
set -uo pipefail

stack=${1:?usage: preview-report.sh <stack> [project dir]}
project=${2:-.}
out=${REPORT_DIR:-pulumi-kubevirt-report}
report=${PULUMI_KUBEVIRT:-pulumi-kubevirt}
title=${REPORT_TITLE:-"Pulumi preview of \`$stack\`"}
mkdir -p "$out"

pulumi preview --json --stack "$stack" --cwd "$project" >"$out/preview.json" 2>"$out/preview.log"
preview_status=$?
if [ "$preview_status" -ne 0 ]; then
    echo "pulumi preview exited $preview_status; the report shows its errors" >&2
    cat "$out/preview.log" >&2
fi

$report report "$out/preview.json" --format json -o "$out/report.json" || exit 1
$report report "$out/preview.json" --format text --color never --title "$title" || exit 1
$report report "$out/preview.json" --format markdown --title "$title" -o "$out/report.md" \
    --fail-on "${REPORT_FAIL_ON:-}" 2>"$out/policy.txt"
policy_status=$?
cat "$out/policy.txt" >&2
if [ "$policy_status" -ne 0 ] && [ "$policy_status" -ne 3 ]; then
    exit "$policy_status"
fi

if [ "$preview_status" -ne 0 ]; then
    exit "$preview_status"
fi
exit "$policy_status"
