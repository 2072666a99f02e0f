#!/usr/bin/env bash
# Post the report as ONE merge-request note: update the note carrying the marker, or create it.
# Needs GITLAB_TOKEN (a project access token with api scope), and CI_API_V4_URL,
# CI_PROJECT_ID, CI_MERGE_REQUEST_IID (set by GitLab CI in merge-request pipelines); curl, jq.
#
#   examples/ci/post-note-gitlab.sh pulumi-kubevirt-report/report.md
set -euo pipefail
body_file=${1:?usage: post-note-gitlab.sh <report.md>}
marker='<!-- pulumi-kubevirt-report -->'
api="${CI_API_V4_URL:?}/projects/${CI_PROJECT_ID:?}/merge_requests/${CI_MERGE_REQUEST_IID:?}/notes"
auth="PRIVATE-TOKEN: ${GITLAB_TOKEN:?}"

existing=$(curl -sf -H "$auth" "$api?per_page=100&sort=asc" \
    | jq -r --arg m "$marker" '[.[] | select(.body | startswith($m)) | .id][0] // empty')
payload=$(jq -Rs '{body: .}' <"$body_file")
if [ -n "$existing" ]; then
    curl -sf -X PUT -H "$auth" -H 'Content-Type: application/json' --data "$payload" "$api/$existing" >/dev/null
    echo "updated note $existing"
else
    curl -sf -X POST -H "$auth" -H 'Content-Type: application/json' --data "$payload" "$api" >/dev/null
    echo "created a note"
fi
