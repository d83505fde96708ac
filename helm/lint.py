#!/usr/bin/env python3
"""Lint the Ostoja Helm chart with helm-sdkpy (embedded Helm library, no
`helm` binary) and check its structure.

Run through helm/lint.sh, which prepares the virtualenv.

    python helm/lint.py [CHART_DIR] [-v]

What it does:
  1. `helm lint` (Helm's own linter, via helm_sdkpy.Lint) on the chart with
     its default values.
  2. The same lint on temporary copies of the chart whose values.yaml is the
     default merged with each SCENARIO below, so that templates behind
     switches (ingress, existingSecret, configToml, worker/migrations off,
     ...) are rendered too. helm_sdkpy.Lint takes no values argument, hence
     the copies.
  3. Structural checks with PyYAML on values.yaml and the template sources
     (probes on /healthz and /readyz, Service, migration hook Job, ...).
     helm_sdkpy 0.1.x has no template / dry-run / client-only action, so the
     rendered manifests cannot be inspected; these checks read the sources.

Exit status: 1 if any lint message has severity >= 3 (error) or a check
fails, 0 otherwise. Severities: 0 unknown, 1 info, 2 warning, 3 error.
"""

from __future__ import annotations

import argparse
import asyncio
import copy
import os
import re
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

import helm_sdkpy
import yaml

SEVERITY = {0: "UNKNOWN", 1: "INFO", 2: "WARNING", 3: "ERROR"}
ERROR = 3

# A syntactically valid 32-byte key (base64 of 32 zero bytes); never deploy it.
TEST_MASTER_KEY = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="

SECRETS = {
    "secrets": {
        "databaseUrl": "postgres://ostoja_app:x@db:5432/ostoja",
        "migrationDatabaseUrl": "postgres://ostoja_owner:x@db:5432/ostoja",
        "redisUrl": "redis://redis:6379/0",
        "masterKey": TEST_MASTER_KEY,
    }
}

# Value overlays linted in addition to the defaults.
SCENARIOS: dict[str, dict[str, Any]] = {
    "secrets set": SECRETS,
    "everything on": {
        **SECRETS,
        "image": {"digest": "sha256:" + "0" * 64},
        "imagePullSecrets": [{"name": "regcred"}],
        "graphql": {"introspection": True},
        "otel": {"endpoint": "http://otel-collector.observability:4318"},
        "configToml": "[graphql]\nmax_depth = 12\n",
        "extraEnv": [{"name": "RUST_BACKTRACE", "value": "1"}],
        "serviceAccount": {"annotations": {"example.com/role": "ostoja"}},
        "server": {
            "replicas": 3,
            "podAnnotations": {"example.com/a": "b"},
            "podLabels": {"team": "ostoja"},
            "nodeSelector": {"kubernetes.io/os": "linux"},
            "tolerations": [{"key": "dedicated", "operator": "Exists"}],
            "affinity": {
                "podAntiAffinity": {
                    "preferredDuringSchedulingIgnoredDuringExecution": [
                        {
                            "weight": 100,
                            "podAffinityTerm": {
                                "topologyKey": "kubernetes.io/hostname",
                                "labelSelector": {
                                    "matchLabels": {"app.kubernetes.io/component": "server"}
                                },
                            },
                        }
                    ]
                }
            },
            "topologySpreadConstraints": [
                {
                    "maxSkew": 1,
                    "topologyKey": "topology.kubernetes.io/zone",
                    "whenUnsatisfiable": "ScheduleAnyway",
                    "labelSelector": {
                        "matchLabels": {"app.kubernetes.io/component": "server"}
                    },
                }
            ],
            "priorityClassName": "ostoja-high",
        },
        "service": {"annotations": {"example.com/svc": "x"}},
        "ingress": {
            "enabled": True,
            "className": "nginx",
            "annotations": {"nginx.ingress.kubernetes.io/proxy-read-timeout": "3600"},
            "tls": [{"secretName": "ostoja-tls", "hosts": ["ostoja.example.com"]}],
        },
        "worker": {
            "podAnnotations": {"example.com/w": "x"},
            "nodeSelector": {"kubernetes.io/os": "linux"},
            "tolerations": [{"key": "dedicated", "operator": "Exists"}],
            "priorityClassName": "ostoja-low",
        },
        "migrations": {
            "serviceAccountName": "ostoja-migrator",
            "extraEnv": [{"name": "RUST_LOG", "value": "info"}],
            "podAnnotations": {"example.com/m": "x"},
            "nodeSelector": {"kubernetes.io/os": "linux"},
        },
    },
    "existingSecret, minimal": {
        "existingSecret": "ostoja-secrets",
        "image": {"command": [], "tag": "1.2.3"},
        "serviceAccount": {"create": False, "name": "ostoja"},
        "server": {"replicas": 1},
        "worker": {"enabled": False},
        "migrations": {"enabled": False},
        "metrics": {"scrapeAnnotations": False},
        "podDisruptionBudget": {"enabled": False},
    },
}


def deep_merge(base: Any, overlay: Any) -> Any:
    if isinstance(base, dict) and isinstance(overlay, dict):
        out = dict(base)
        for key, value in overlay.items():
            out[key] = deep_merge(base.get(key), value) if key in base else copy.deepcopy(value)
        return out
    return copy.deepcopy(overlay)


class CapturedStderr:
    """Capture fd 2: the Go library logs (slog) there, e.g. the "missing
    required values" notices that lint mode prints instead of failing."""

    def __enter__(self) -> "CapturedStderr":
        sys.stderr.flush()
        self._tmp = tempfile.TemporaryFile(mode="w+b")
        self._saved = os.dup(2)
        os.dup2(self._tmp.fileno(), 2)
        self.text = ""
        return self

    def __exit__(self, *exc: object) -> None:
        sys.stderr.flush()
        os.dup2(self._saved, 2)
        os.close(self._saved)
        self._tmp.seek(0)
        self.text = self._tmp.read().decode("utf-8", "replace")
        self._tmp.close()


def run_lint(chart: Path) -> tuple[dict[str, Any], str]:
    config = helm_sdkpy.Configuration()
    with CapturedStderr() as captured:
        result = asyncio.run(helm_sdkpy.Lint(config).run(str(chart)))
    return result, captured.text


def message_text(err: Any) -> str:
    # The shim serialises Go `error` values with encoding/json, which yields
    # {} for ordinary errors: the text is usually lost. Show what there is.
    if isinstance(err, str):
        return err
    if isinstance(err, dict) and err:
        return " ".join(f"{k}={v}" for k, v in err.items())
    return "(helm-sdkpy does not pass the message text through)"


def report_lint(label: str, chart: Path, verbose: bool) -> int:
    """Lint one chart directory; return the number of errors."""
    try:
        result, log = run_lint(chart)
    except helm_sdkpy.HelmError as exc:
        print(f"[{label}] lint could not run: {exc}")
        return 1
    messages = result.get("Messages") or []
    errors = [m for m in messages if int(m.get("Severity", 0)) >= ERROR]
    extra_errors = result.get("Errors") or []
    counts = {name: 0 for name in SEVERITY.values()}
    for m in messages:
        counts[SEVERITY.get(int(m.get("Severity", 0)), "UNKNOWN")] += 1
    summary = ", ".join(f"{n} {name.lower()}" for name, n in counts.items() if n)
    status = "FAIL" if errors or extra_errors else "ok"
    print(f"[{label}] {status}: {result.get('TotalChartsLinted', '?')} chart(s) linted"
          + (f"; {summary}" if summary else "; no messages"))
    for m in messages:
        sev = SEVERITY.get(int(m.get("Severity", 0)), str(m.get("Severity")))
        text = message_text(m.get("Err"))
        if sev == "INFO" and m.get("Path") == "Chart.yaml" and text.startswith("(helm-sdkpy"):
            text = "(probably: icon is recommended)"
        print(f"    [{sev}] {m.get('Path', '')}: {text}")
    log_lines = [line for line in log.splitlines() if line.strip()]
    if log_lines and (verbose or errors or extra_errors):
        print("    helm engine log:")
        for line in log_lines:
            print(f"      {line}")
    return len(errors) + (len(extra_errors) if not errors else 0)


def lint_scenario(chart: Path, defaults: dict[str, Any], label: str,
                  overlay: dict[str, Any], verbose: bool) -> int:
    with tempfile.TemporaryDirectory(prefix="ostoja-lint-") as tmp:
        copy_dir = Path(tmp) / chart.name
        shutil.copytree(chart, copy_dir)
        merged = deep_merge(defaults, overlay)
        (copy_dir / "values.yaml").write_text(yaml.safe_dump(merged, sort_keys=False))
        return report_lint(label, copy_dir, verbose)


# --------------------------------------------------------------------------
# Structural checks (sources, not rendered output)
# --------------------------------------------------------------------------

def get(d: Any, dotted: str) -> Any:
    for part in dotted.split("."):
        if not isinstance(d, dict) or part not in d:
            return None
        d = d[part]
    return d


def structural_checks(chart: Path, values: dict[str, Any]) -> list[str]:
    failures: list[str] = []

    def check(ok: bool, what: str) -> None:
        print(f"    [{'ok' if ok else 'FAIL'}] {what}")
        if not ok:
            failures.append(what)

    def template(name: str) -> str:
        path = chart / "templates" / name
        return path.read_text() if path.exists() else ""

    chart_meta = yaml.safe_load((chart / "Chart.yaml").read_text())
    check(chart_meta.get("apiVersion") == "v2" and chart_meta.get("name") == "ostoja",
          "Chart.yaml: apiVersion v2, name ostoja")

    check(get(values, "server.livenessProbe.httpGet.path") == "/healthz",
          "values: server.livenessProbe GET /healthz")
    check(get(values, "server.readinessProbe.httpGet.path") == "/readyz",
          "values: server.readinessProbe GET /readyz")
    check(get(values, "server.startupProbe.httpGet.path") == "/healthz",
          "values: server.startupProbe GET /healthz")
    check(get(values, "server.replicas") == 2, "values: server.replicas defaults to 2")
    check(get(values, "securityContext.readOnlyRootFilesystem") is True
          and get(values, "securityContext.capabilities.drop") == ["ALL"]
          and get(values, "podSecurityContext.runAsNonRoot") is True
          and get(values, "podSecurityContext.seccompProfile.type") == "RuntimeDefault",
          "values: non-root, read-only root fs, drop ALL, seccomp RuntimeDefault")
    check(get(values, "ingress.enabled") is False, "values: ingress disabled by default")
    check(get(values, "worker.enabled") is True, "values: worker enabled by default")

    deployment = template("deployment.yaml")
    check("kind: Deployment" in deployment
          and ".Values.server.livenessProbe" in deployment
          and ".Values.server.readinessProbe" in deployment
          and ".Values.server.startupProbe" in deployment,
          "deployment.yaml: Deployment wires liveness/readiness/startup probes")
    check(re.search(r'args: \["serve", "--port"', deployment) is not None,
          "deployment.yaml: runs `serve --port`")
    check("checksum/secret" in template("_helpers.tpl")
          and "ostoja.checksumAnnotations" in deployment,
          "deployment.yaml: checksum annotations roll pods on config/secret change")

    helpers = template("_helpers.tpl")
    check(re.search(r'OSTOJA_DATABASE__MIGRATE_ON_START\n\s+value: "false"', helpers) is not None,
          "server env: OSTOJA_DATABASE__MIGRATE_ON_START=false")
    check(re.search(r'OSTOJA_DEV_LOGIN__ENABLED\n\s+value: "false"', helpers) is not None,
          "server env: OSTOJA_DEV_LOGIN__ENABLED=false")

    service = template("service.yaml")
    check("kind: Service" in service and "targetPort: http" in service
          and "name: http" in service,
          "service.yaml: Service with port named http -> container http")

    job = template("migration-job.yaml")
    check("kind: Job" in job
          and "helm.sh/hook: pre-install,pre-upgrade" in job
          and 'args: ["migrate"]' in job
          and "key: MIGRATION_DATABASE_URL" in job,
          "migration-job.yaml: pre-install,pre-upgrade hook Job runs `migrate` "
          "with MIGRATION_DATABASE_URL")
    hook_secret = template("migration-secret.yaml")
    check("helm.sh/hook: pre-install,pre-upgrade" in hook_secret
          and re.search(r'hook-weight: "-\d+"', hook_secret) is not None,
          "migration-secret.yaml: owner URL Secret is a hook created before the Job")

    worker = template("worker-deployment.yaml")
    check(".Values.worker.enabled" in worker and "replicas: 1" in worker
          and 'args: ["worker"]' in worker,
          "worker-deployment.yaml: optional single-replica `worker`")
    check("kind: PodDisruptionBudget" in template("pdb.yaml")
          and "gt (int .Values.server.replicas) 1" in template("pdb.yaml"),
          "pdb.yaml: PDB only when replicas > 1")
    check((chart / "templates" / "NOTES.txt").exists(), "templates/NOTES.txt exists")
    return failures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("chart", nargs="?",
                        default=str(Path(__file__).resolve().parent / "ostoja"))
    parser.add_argument("-v", "--verbose", action="store_true",
                        help="also print the Helm engine's log lines")
    args = parser.parse_args()
    chart = Path(args.chart).resolve()
    if not (chart / "Chart.yaml").is_file():
        print(f"lint.py: {chart} is not a chart directory", file=sys.stderr)
        return 2

    print(f"helm-sdkpy {helm_sdkpy.__version__} (library {helm_sdkpy.get_version()}); "
          f"chart {chart}")
    defaults = yaml.safe_load((chart / "values.yaml").read_text()) or {}

    errors = report_lint("default values", chart, args.verbose)
    for label, overlay in SCENARIOS.items():
        errors += lint_scenario(chart, defaults, label, overlay, args.verbose)

    print("[structure] checks on values.yaml and template sources "
          "(helm-sdkpy cannot render manifests):")
    failures = structural_checks(chart, defaults)

    if errors or failures:
        print(f"FAILED: {errors} lint error(s), {len(failures)} failed check(s)")
        return 1
    print("passed: no lint errors, all structural checks ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
