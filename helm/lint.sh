#!/usr/bin/env bash
# Lint and render-check the Ostoja Helm chart without a `helm` binary.
#
# Uses helm-sdkpy (Python bindings that embed the Helm Go library) in a
# private virtualenv, then runs helm/lint.py against helm/ostoja.
#
#   helm/lint.sh                 # lint + render checks on helm/ostoja
#   helm/lint.sh -v              # also show the Helm engine's log lines
#   helm/lint.sh --no-render     # helm lint only
#   HELM_LINT_VENV=/tmp/v PYTHON=python3.11 helm/lint.sh
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
venv="${HELM_LINT_VENV:-$HOME/.cache/ostoja-helm-venv}"
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

# helm-sdkpy is pinned: lint.py's render stage relies on how this version's
# install talks to the API server. Override with HELM_SDKPY_SPEC to try another.
spec="${HELM_SDKPY_SPEC:-helm-sdkpy==0.1.32}"
# A no-op without network access once the requirements are satisfied.
"$venv/bin/pip" install --quiet --disable-pip-version-check \
  --ignore-requires-python "$spec" PyYAML

exec "$venv/bin/python" "$here/lint.py" "$@"
