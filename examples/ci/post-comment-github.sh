#!/usr/bin/env bash
# Post the report as ONE pull-request comment: update the comment carrying the marker, or
# create it. Needs `gh` with GH_TOKEN, and GITHUB_REPOSITORY and PR_NUMBER.
#
#   examples/ci/post-comment-github.sh pulumi-kubevirt-report/report.md
set -euo pipefail
body_file=${1:?usage: post-comment-github.sh <report.md>}
marker='<!-- pulumi-kubevirt-report -->'
repo=${GITHUB_REPOSITORY:?}
pr=${PR_NUMBER:?}

existing=$(gh api --paginate "repos/$repo/issues/$pr/comments" \
    --jq ".[] | select(.body | startswith(\"$marker\")) | .id" | head -n1)
if [ -n "$existing" ]; then
    gh api --method PATCH "repos/$repo/issues/comments/$existing" -F "body=@$body_file" >/dev/null
    echo "updated comment $existing"
else
    gh api --method POST "repos/$repo/issues/$pr/comments" -F "body=@$body_file" >/dev/null
    echo "created a comment"
fi
