#!/bin/sh
# Installed as `pulumi-language-python` next to the Pulumi CLI by scripts/build_go_tools.py.
#
# The Python language host here is built from pulumi sdk/v3 3.79.0 (see scripts/versions.env).
# CLIs before 3.80 started it with the project's `runtime.options.virtualenv` and root on its
# command line; newer CLIs pass only the engine address and send the options over gRPC, which
# that host does not read. This shim restores the command-line flags from the Pulumi.yaml in
# the working directory (the CLI starts language hosts in the project root).
here=$(dirname "$0")
venv=""
for project in Pulumi.yaml Pulumi.yml; do
  if [ -f "$project" ]; then
    venv=$(awk '
      /^[[:space:]]+virtualenv:[[:space:]]*[^[:space:]]/ {
        sub(/^[[:space:]]+virtualenv:[[:space:]]*/, ""); sub(/[[:space:]]+#.*$/, "")
        gsub(/["\047]/, ""); print; exit
      }' "$project")
    break
  fi
done
if [ -n "$venv" ]; then
  exec "$here/pulumi-language-python-host" -root="$PWD" -virtualenv="$venv" "$@"
fi
exec "$here/pulumi-language-python-host" -root="$PWD" "$@"
