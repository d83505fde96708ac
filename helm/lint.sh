#!/usr/bin/env bash
# Lint, render and validate the Ostoja Helm chart without a `helm` binary: Helm's own library
# (PyPI helm-python-sdk, Helm v4) lints and renders it, kubernetes-validate checks every
# rendered object against the Kubernetes schemas. Both live in a private virtualenv.
#
#   helm/lint.sh                 # lint + render checks + schema validation of helm/ostoja
#   helm/lint.sh -v              # also show the Helm engine's log lines
#   HELM_LINT_VENV=/tmp/v PYTHON=python3.11 helm/lint.sh
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
venv="${HELM_LINT_VENV:-$HOME/.cache/ostoja-helm-lint-venv}"
python="${PYTHON:-}"
if [[ -z "$python" ]]; then
  for candidate in python3.11 python3; do
    if command -v "$candidate" >/dev/null 2>&1; then python="$candidate"; break; fi
  done
fi
[[ -n "$python" ]] || { echo "lint.sh: no python3 found" >&2; exit 2; }

if [[ ! -x "$venv/bin/python" ]]; then
  echo "lint.sh: creating virtualenv at $venv" >&2
  mkdir -p "$(dirname "$venv")"
  "$python" -m venv "$venv"
fi

# Pinned: both are small projects, and lint.py relies on their APIs.
"$venv/bin/pip" install --quiet --disable-pip-version-check \
  "helm-python-sdk==0.2.2" "kubernetes-validate==1.37.0" "PyYAML==6.0.4"

exec "$venv/bin/python" "$here/lint.py" "$@"
