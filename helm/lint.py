#!/usr/bin/env python3
"""Lint and render-check the Ostoja Helm chart with helm-sdkpy (the Helm Go
library behind Python bindings), without a `helm` binary or a cluster.

Run it through helm/lint.sh, which prepares the virtualenv:

    helm/lint.sh [CHART_DIR] [-v] [--no-render]

Stages:

1. lint   `helm lint` (helm_sdkpy.Lint) on the chart with its default values,
          then on temporary copies whose values.yaml is the defaults merged
          with each SCENARIO, so templates behind switches are linted too
          (helm_sdkpy.Lint takes no values argument). In lint mode Helm turns
          `required`/`fail` into log lines, so lint alone passes without
          secrets.

2. render helm_sdkpy has no `template`, dry-run or client-only action. To get
          Helm's real rendering anyway, lint.py starts a throw-away fake
          Kubernetes API server on 127.0.0.1 (random port), points
          helm_sdkpy.Install at it, answers discovery and "not found", and
          captures the release record Helm writes (a Secret holding the
          rendered manifest, hooks and NOTES) before it creates anything; every
          write is then refused, so the install aborts there. The captured
          manifests are parsed with PyYAML and checked (probes, Service,
          migration hook Job, ...). Template errors surface here *with* their
          text, which helm_sdkpy's lint result drops. --no-render skips this.

Exit status: 1 if a lint message has severity >= 3 (error), a render fails or
a check fails; 0 otherwise. Lint severities: 0 unknown, 1 info, 2 warning,
3 error.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import copy
import gzip
import json
import os
import shutil
import sys
import tempfile
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Callable

import helm_sdkpy
import yaml

SEVERITY = {0: "UNKNOWN", 1: "INFO", 2: "WARNING", 3: "ERROR"}
ERROR = 3

RELEASE = "ostoja"
NAMESPACE = "ostoja"

# base64 of 32 zero bytes: a well-formed master key for rendering only.
TEST_MASTER_KEY = base64.b64encode(bytes(32)).decode()

SECRETS = {
    "publicUrl": "https://ostoja.example.com",
    "secrets": {
        "databaseUrl": "postgres://ostoja_app:x@db:5432/ostoja",
        "migrationDatabaseUrl": "postgres://ostoja_owner:x@db:5432/ostoja",
        "redisUrl": "redis://redis:6379/0",
        "masterKey": TEST_MASTER_KEY,
    }
}

EVERYTHING_ON: dict[str, Any] = {
    **SECRETS,
    "image": {"repository": "registry.example.com/ostoja", "digest": "sha256:" + "0" * 64},
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
                "preferredDuringSchedulingIgnoredDuringExecution": [{
                    "weight": 100,
                    "podAffinityTerm": {
                        "topologyKey": "kubernetes.io/hostname",
                        "labelSelector": {"matchLabels": {"app.kubernetes.io/component": "server"}},
                    },
                }]
            }
        },
        "topologySpreadConstraints": [{
            "maxSkew": 1,
            "topologyKey": "topology.kubernetes.io/zone",
            "whenUnsatisfiable": "ScheduleAnyway",
            "labelSelector": {"matchLabels": {"app.kubernetes.io/component": "server"}},
        }],
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
}

MINIMAL: dict[str, Any] = {
    "existingSecret": "ostoja-secrets",
    "publicUrl": "https://ostoja.example.com",
    "image": {"command": [], "tag": "1.2.3"},
    "serviceAccount": {"create": False, "name": "ostoja"},
    "server": {"replicas": 1},
    "worker": {"enabled": False},
    "migrations": {"enabled": False},
    "metrics": {"scrapeAnnotations": False},
}

# Extra value sets for the lint stage (defaults are always linted).
LINT_SCENARIOS: dict[str, dict[str, Any]] = {
    "secrets set": SECRETS,
    "everything on": EVERYTHING_ON,
    "existingSecret, minimal": MINIMAL,
}


def deep_merge(base: Any, overlay: Any) -> Any:
    if isinstance(base, dict) and isinstance(overlay, dict):
        out = dict(base)
        for key, value in overlay.items():
            out[key] = deep_merge(base[key], value) if key in base else copy.deepcopy(value)
        return out
    return copy.deepcopy(overlay)


class CapturedStderr:
    """Capture fd 2, where the Go library logs (slog), e.g. the "missing
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


def print_log(log: str, indent: str = "      ") -> None:
    lines = [line for line in log.splitlines() if line.strip()]
    if lines:
        print(f"{indent[:-2]}helm engine log:")
        for line in lines:
            print(f"{indent}{line}")


# --------------------------------------------------------------------------
# Stage 1: lint
# --------------------------------------------------------------------------

def message_text(err: Any) -> str:
    # The shim serialises Go `error` values with encoding/json, which turns
    # ordinary errors into {}: the message text is lost.
    if isinstance(err, str):
        return err
    if isinstance(err, dict) and err:
        return json.dumps(err)
    return "(no text: helm-sdkpy drops lint message texts; see the render stage)"


def lint_chart(label: str, chart: Path, verbose: bool) -> int:
    """Lint one chart directory; return the number of errors."""
    config = helm_sdkpy.Configuration()
    try:
        with CapturedStderr() as captured:
            result = asyncio.run(helm_sdkpy.Lint(config).run(str(chart)))
    except helm_sdkpy.HelmError as exc:
        print(f"  [FAIL] {label}: lint could not run: {exc}")
        return 1
    messages = result.get("Messages") or []
    n_errors = sum(1 for m in messages if int(m.get("Severity", 0)) >= ERROR)
    if not n_errors and result.get("Errors"):
        n_errors = len(result["Errors"])
    counts: dict[str, int] = {}
    for m in messages:
        name = SEVERITY.get(int(m.get("Severity", 0)), "UNKNOWN").lower()
        counts[name] = counts.get(name, 0) + 1
    summary = ", ".join(f"{n} {name}" for name, n in counts.items()) or "no messages"
    print(f"  [{'FAIL' if n_errors else 'ok'}] {label}: "
          f"{result.get('TotalChartsLinted', '?')} chart linted, {summary}")
    for m in messages:
        sev = SEVERITY.get(int(m.get("Severity", 0)), str(m.get("Severity")))
        text = message_text(m.get("Err"))
        if sev == "INFO" and m.get("Path") == "Chart.yaml" and not m.get("Err"):
            text = "(no text; Helm's only Chart.yaml info is: icon is recommended)"
        print(f"      [{sev}] {m.get('Path', '')}: {text}")
    if verbose or n_errors:
        print_log(captured.text, "        ")
    return n_errors


def lint_with_values(chart: Path, defaults: dict[str, Any], label: str,
                     overlay: dict[str, Any], verbose: bool) -> int:
    with tempfile.TemporaryDirectory(prefix="ostoja-lint-") as tmp:
        copy_dir = Path(tmp) / chart.name
        shutil.copytree(chart, copy_dir)
        merged = deep_merge(defaults, overlay)
        (copy_dir / "values.yaml").write_text(yaml.safe_dump(merged, sort_keys=False))
        return lint_chart(label, copy_dir, verbose)


# --------------------------------------------------------------------------
# Stage 2: render through a fake, loopback-only Kubernetes API server
# --------------------------------------------------------------------------

# Resources the fake server advertises: (plural, kind, namespaced). Add here
# any kind the chart starts to use, or Helm fails with "no matches for kind".
API_RESOURCES: dict[str, list[tuple[str, str, bool]]] = {
    "v1": [
        ("namespaces", "Namespace", False),
        ("secrets", "Secret", True),
        ("configmaps", "ConfigMap", True),
        ("services", "Service", True),
        ("serviceaccounts", "ServiceAccount", True),
        ("persistentvolumeclaims", "PersistentVolumeClaim", True),
        ("pods", "Pod", True),
    ],
    "apps/v1": [("deployments", "Deployment", True), ("statefulsets", "StatefulSet", True),
                ("daemonsets", "DaemonSet", True)],
    "batch/v1": [("jobs", "Job", True), ("cronjobs", "CronJob", True)],
    "policy/v1": [("poddisruptionbudgets", "PodDisruptionBudget", True)],
    "networking.k8s.io/v1": [("ingresses", "Ingress", True),
                             ("networkpolicies", "NetworkPolicy", True)],
    "autoscaling/v2": [("horizontalpodautoscalers", "HorizontalPodAutoscaler", True)],
    "rbac.authorization.k8s.io/v1": [("roles", "Role", True), ("rolebindings", "RoleBinding", True)],
}
KUBE_VERSION = {"major": "1", "minor": "31", "gitVersion": "v1.31.0", "platform": "linux/amd64"}


def _protobuf_fields(buf: bytes) -> list[tuple[int, Any]]:
    """Decode one protobuf message into (field number, value) pairs."""
    out, i = [], 0

    def varint() -> int:
        nonlocal i
        value = shift = 0
        while True:
            byte = buf[i]
            i += 1
            value |= (byte & 0x7F) << shift
            shift += 7
            if byte < 0x80:
                return value

    while i < len(buf):
        key = varint()
        wire = key & 7
        if wire == 0:
            value: Any = varint()
        elif wire == 2:
            n = varint()
            value, i = buf[i:i + n], i + n
        elif wire == 1:
            value, i = buf[i:i + 8], i + 8
        elif wire == 5:
            value, i = buf[i:i + 4], i + 4
        else:
            raise ValueError(f"unsupported protobuf wire type {wire}")
        out.append((key >> 3, value))
    return out


def decode_release_secret(body: bytes) -> dict[str, Any] | None:
    """Return the Helm release stored in a Secret create request, if any.

    client-go sends core objects as Kubernetes protobuf ("k8s\\0" + Unknown{
    2: raw Secret{2: map data}}) or as JSON; Helm's Secret driver keeps the
    release as data["release"] = base64(gzip(JSON)).
    """
    data: dict[str, bytes] = {}
    if body[:4] == b"k8s\x00":
        raw = dict(_protobuf_fields(body[4:])).get(2, b"")
        for number, entry in _protobuf_fields(raw):
            if number == 2:  # Secret.data map entry {1: key, 2: value}
                kv = dict(_protobuf_fields(entry))
                data[kv.get(1, b"").decode()] = kv.get(2, b"")
    else:
        try:
            obj = json.loads(body)
        except ValueError:
            return None
        for key, value in (obj.get("data") or {}).items():
            data[key] = base64.b64decode(value)
    if "release" not in data:
        return None
    return json.loads(gzip.decompress(base64.b64decode(data["release"])))


class _FakeKubeHandler(BaseHTTPRequestHandler):
    server: "_FakeKubeServer"

    def log_message(self, *args: Any) -> None:  # keep the output quiet
        pass

    def _send(self, code: int, obj: Any) -> None:
        body = json.dumps(obj).encode()
        self.send_response(code)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _status(self, code: int, reason: str, message: str) -> None:
        self._send(code, {"kind": "Status", "apiVersion": "v1", "metadata": {},
                          "status": "Failure", "reason": reason, "code": code,
                          "message": message})

    def _body(self) -> bytes:
        return self.rfile.read(int(self.headers.get("Content-Length") or 0))

    def do_GET(self) -> None:  # noqa: N802
        path, _, query = self.path.partition("?")
        if path == "/version":
            return self._send(200, KUBE_VERSION)
        if path == "/api":
            return self._send(200, {"kind": "APIVersions", "versions": ["v1"],
                                    "serverAddressByClientCIDRs": []})
        if path == "/apis":
            groups = []
            for gv in API_RESOURCES:
                if "/" in gv:
                    group, version = gv.split("/")
                    ref = {"groupVersion": gv, "version": version}
                    groups.append({"name": group, "versions": [ref], "preferredVersion": ref})
            return self._send(200, {"kind": "APIGroupList", "apiVersion": "v1", "groups": groups})
        for gv, resources in API_RESOURCES.items():
            if path == ("/api/v1" if gv == "v1" else f"/apis/{gv}"):
                return self._send(200, {
                    "kind": "APIResourceList", "apiVersion": "v1", "groupVersion": gv,
                    "resources": [{"name": plural, "singularName": kind.lower(),
                                   "namespaced": namespaced, "kind": kind,
                                   "verbs": ["create", "delete", "get", "list", "patch",
                                             "update", "watch"]}
                                  for plural, kind, namespaced in resources]})
        if "labelSelector=" in query:  # Helm's release history lookup: none yet
            return self._send(200, {"kind": "List", "apiVersion": "v1",
                                    "metadata": {}, "items": []})
        return self._status(404, "NotFound", "not found")

    def do_POST(self) -> None:  # noqa: N802
        body = self._body()
        if self.server.release is None and self.path.endswith("/secrets"):
            try:
                self.server.release = decode_release_secret(body)
            except Exception as exc:  # keep serving; reported by render()
                self.server.decode_error = f"{type(exc).__name__}: {exc}"
        self._status(500, "InternalError", "ostoja-lint fake API server: writes refused")

    def do_PUT(self) -> None:  # noqa: N802
        self._body()
        self._status(500, "InternalError", "ostoja-lint fake API server: writes refused")

    do_PATCH = do_PUT

    def do_DELETE(self) -> None:  # noqa: N802
        self._status(404, "NotFound", "not found")


class _FakeKubeServer(ThreadingHTTPServer):
    daemon_threads = True
    release: dict[str, Any] | None = None
    decode_error: str | None = None


class RenderError(Exception):
    pass


def render(chart: Path, values: dict[str, Any]) -> tuple[dict[str, Any], str]:
    """Render the chart with Helm (install against the fake API server).
    Returns (release record, engine log); raises RenderError with Helm's
    message when the chart does not render."""
    server = _FakeKubeServer(("127.0.0.1", 0), _FakeKubeHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    kubeconfig = yaml.safe_dump({
        "apiVersion": "v1", "kind": "Config", "current-context": "fake",
        "clusters": [{"name": "fake", "cluster": {
            "server": f"http://127.0.0.1:{server.server_address[1]}"}}],
        "users": [{"name": "fake", "user": {"token": "fake"}}],
        "contexts": [{"name": "fake", "context": {"cluster": "fake", "user": "fake",
                                                  "namespace": NAMESPACE}}],
    })
    error: Exception | None = None
    try:
        config = helm_sdkpy.Configuration(namespace=NAMESPACE, kubeconfig=kubeconfig)
        with CapturedStderr() as captured:
            try:
                asyncio.run(helm_sdkpy.Install(config).run(
                    RELEASE, str(chart), values=values or None, wait=False, timeout=30))
            except helm_sdkpy.HelmError as exc:
                error = exc
    finally:
        server.shutdown()
        server.server_close()
    if server.release is not None:
        return server.release, captured.text
    if server.decode_error:
        raise RenderError(f"could not decode Helm's release record: {server.decode_error}")
    if error is None:
        raise RenderError("install reported success but no release record was captured")
    raise RenderError(str(error))


def manifests(release: dict[str, Any]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    resources = [d for d in yaml.safe_load_all(release.get("manifest") or "") if d]
    hooks = []
    for hook in release.get("hooks") or []:
        hooks.extend(d for d in yaml.safe_load_all(hook.get("manifest") or "") if d)
    return resources, hooks


# --------------------------------------------------------------------------
# Checks on rendered manifests
# --------------------------------------------------------------------------

class Checker:
    def __init__(self) -> None:
        self.failures: list[str] = []

    def __call__(self, ok: Any, what: str) -> bool:
        print(f"      [{'ok' if ok else 'FAIL'}] {what}")
        if not ok:
            self.failures.append(what)
        return bool(ok)


def find(docs: list[dict[str, Any]], kind: str, name: str | None = None) -> list[dict[str, Any]]:
    return [d for d in docs if d.get("kind") == kind
            and (name is None or d.get("metadata", {}).get("name") == name)]


def env_of(container: dict[str, Any]) -> dict[str, Any]:
    return {e["name"]: e.get("value", e.get("valueFrom")) for e in container.get("env") or []}


def containers(doc: dict[str, Any]) -> list[dict[str, Any]]:
    return doc.get("spec", {}).get("template", {}).get("spec", {}).get("containers") or []


def probe_path(container: dict[str, Any], probe: str) -> Any:
    return ((container.get(probe) or {}).get("httpGet") or {}).get("path")


def hook_events(doc: dict[str, Any]) -> set[str]:
    raw = (doc.get("metadata", {}).get("annotations") or {}).get("helm.sh/hook", "")
    return {part.strip() for part in raw.split(",") if part.strip()}


def check_common(check: Checker, resources: list[dict[str, Any]],
                 hooks: list[dict[str, Any]]) -> None:
    unlabelled = [f"{d['kind']}/{d['metadata']['name']}" for d in resources + hooks
                  if not {"app.kubernetes.io/name", "app.kubernetes.io/instance",
                          "app.kubernetes.io/managed-by"}
                  <= set((d.get("metadata", {}).get("labels") or {}))]
    check(not unlabelled, "every object has app.kubernetes.io/{name,instance,managed-by}"
          + (f" (missing: {', '.join(unlabelled)})" if unlabelled else ""))
    for doc in find(resources, "Deployment") + find(hooks, "Job"):
        pod = doc["spec"]["template"]["spec"]
        name = f"{doc['kind']}/{doc['metadata']['name']}"
        psc = pod.get("securityContext") or {}
        check(psc.get("runAsNonRoot") is True
              and (psc.get("seccompProfile") or {}).get("type") == "RuntimeDefault",
              f"{name}: pod runAsNonRoot, seccomp RuntimeDefault")
        for c in pod.get("containers") or []:
            sc = c.get("securityContext") or {}
            check(sc.get("readOnlyRootFilesystem") is True
                  and sc.get("allowPrivilegeEscalation") is False
                  and (sc.get("capabilities") or {}).get("drop") == ["ALL"]
                  and c.get("resources"),
                  f"{name}/{c['name']}: read-only root fs, no escalation, drop ALL, resources")
        check(pod.get("enableServiceLinks") is False,
              f"{name}: enableServiceLinks false (no OSTOJA_* service env injection)")


def check_defaults(check: Checker, resources: list[dict[str, Any]],
                   hooks: list[dict[str, Any]], release: dict[str, Any]) -> None:
    check_common(check, resources, hooks)
    deployments = find(resources, "Deployment", RELEASE)
    if check(len(deployments) == 1, f"Deployment {RELEASE} (server) exists"):
        dep = deployments[0]
        check(dep["spec"].get("replicas") == 2, "server: 2 replicas by default")
        server = containers(dep)
        if check(len(server) == 1, "server: one container"):
            c = server[0]
            check(probe_path(c, "livenessProbe") == "/healthz", "server: livenessProbe GET /healthz")
            check(probe_path(c, "readinessProbe") == "/readyz", "server: readinessProbe GET /readyz")
            check(probe_path(c, "startupProbe") == "/healthz", "server: startupProbe GET /healthz")
            check(c.get("args") == ["serve", "--port", "8080"], "server: args serve --port 8080")
            check({"name": "http", "containerPort": 8080, "protocol": "TCP"} in (c.get("ports") or []),
                  "server: containerPort 8080 named http")
            env = env_of(c)
            check(env.get("OSTOJA_DATABASE__MIGRATE_ON_START") == "false"
                  and env.get("OSTOJA_DEV_LOGIN__ENABLED") == "false"
                  and env.get("OSTOJA_PROFILE") == "production"
                  and env.get("OSTOJA_LOG__FORMAT") == "json"
                  and env.get("OSTOJA_HTTP__BIND") == "0.0.0.0"
                  and env.get("OSTOJA_GRAPHQL__INTROSPECTION") == "false"
                  and env.get("OSTOJA_HTTP__PUBLIC_URL") == "https://ostoja.example.com"
                  and env.get("OSTOJA_HTTP__TRUST_FORWARDED_FOR") == "true",
                  "server env: production, json logs, no dev login, no migrate on start, "
                  "bind 0.0.0.0, no introspection, public URL, forwarded-for trusted")
            refs = {k: (v or {}).get("secretKeyRef") for k, v in env.items()
                    if isinstance(v, dict)}
            check(refs.get("DATABASE_URL") == {"name": RELEASE, "key": "DATABASE_URL"}
                  and refs.get("REDIS_URL") == {"name": RELEASE, "key": "REDIS_URL"}
                  and refs.get("OSTOJA_MASTER_KEY") == {"name": RELEASE, "key": "OSTOJA_MASTER_KEY"},
                  "server env: DATABASE_URL/REDIS_URL/OSTOJA_MASTER_KEY from the chart's Secret")
            check("MIGRATION_DATABASE_URL" not in json.dumps(c)
                  and "OSTOJA_DATABASE__MIGRATION_URL" not in env,
                  "server: never sees the owner (migration) URL")
        annotations = dep["spec"]["template"]["metadata"].get("annotations") or {}
        check({"checksum/config", "checksum/secret"} <= set(annotations),
              "server pods: checksum/config and checksum/secret annotations")
        check(annotations.get("prometheus.io/scrape") == "true"
              and annotations.get("prometheus.io/port") == "8080"
              and annotations.get("prometheus.io/path") == "/metrics",
              "server pods: prometheus.io scrape annotations for :8080/metrics")
        pod_labels = dep["spec"]["template"]["metadata"].get("labels") or {}

        services = find(resources, "Service", RELEASE)
        if check(len(services) == 1, f"Service {RELEASE} exists"):
            svc = services[0]["spec"]
            check(svc.get("type") == "ClusterIP", "Service: ClusterIP")
            check(any(p.get("name") == "http" and p.get("port") == 80 and p.get("targetPort") == "http"
                      for p in svc.get("ports") or []), "Service: port 80 named http -> http")
            check(svc.get("selector") and set(svc["selector"].items()) <= set(pod_labels.items())
                  and svc["selector"].get("app.kubernetes.io/component") == "server",
                  "Service: selects the server pods only")
        pdbs = find(resources, "PodDisruptionBudget")
        check(len(pdbs) == 1 and pdbs[0]["spec"].get("minAvailable") == 1
              and set(pdbs[0]["spec"]["selector"]["matchLabels"].items()) <= set(pod_labels.items()),
              "PodDisruptionBudget minAvailable 1 on the server pods")

    workers = find(resources, "Deployment", f"{RELEASE}-worker")
    if check(len(workers) == 1, "worker Deployment exists (worker.enabled default true)"):
        wk = workers[0]
        check(wk["spec"].get("replicas") == 1 and containers(wk)[0].get("args") == ["worker"],
              "worker: 1 replica running `worker`")
        check(env_of(containers(wk)[0]).get("OSTOJA_DATABASE__MIGRATE_ON_START") == "false",
              "worker env: no migrate on start")

    jobs = find(hooks, "Job")
    if check(len(jobs) == 1, "migration Job is rendered as a hook"):
        job = jobs[0]
        check({"pre-install", "pre-upgrade"} <= hook_events(job),
              "migration Job: helm.sh/hook pre-install,pre-upgrade")
        c = containers(job)[0]
        check(c.get("args") == ["migrate"], "migration Job: runs `migrate`")
        env = env_of(c)
        want = {"secretKeyRef": {"name": f"{RELEASE}-migration", "key": "MIGRATION_DATABASE_URL"}}
        check(env.get("DATABASE_URL") == want and env.get("OSTOJA_DATABASE__MIGRATION_URL") == want,
              "migration Job: DATABASE_URL and OSTOJA_DATABASE__MIGRATION_URL = owner URL")
        check(job["spec"]["template"]["spec"].get("restartPolicy") == "Never",
              "migration Job: restartPolicy Never")
        hook_secrets = find(hooks, "Secret", f"{RELEASE}-migration")
        weight = lambda d: int((d["metadata"].get("annotations") or {}).get("helm.sh/hook-weight", 0))
        check(len(hook_secrets) == 1 and hook_events(hook_secrets[0]) == hook_events(job)
              and weight(hook_secrets[0]) < weight(job),
              "owner-URL Secret is a hook of the same events, created before the Job")
    check(not any("MIGRATION_DATABASE_URL" in (d.get("data") or {}) for d in find(resources, "Secret")),
          "long-lived Secret does not hold the owner URL")
    check(not find(resources, "Ingress"), "no Ingress by default")
    check(not find(resources, "ConfigMap"), "no ConfigMap while configToml is empty")
    notes = (release.get("info") or {}).get("notes") or ""
    check(f"deployment/{RELEASE}" in notes, "NOTES.txt renders")


def check_everything_on(check: Checker, resources: list[dict[str, Any]],
                        hooks: list[dict[str, Any]], release: dict[str, Any]) -> None:
    check_common(check, resources, hooks)
    ingresses = find(resources, "Ingress")
    if check(len(ingresses) == 1, "Ingress exists when ingress.enabled"):
        spec = ingresses[0]["spec"]
        backend = spec["rules"][0]["http"]["paths"][0]["backend"]["service"]
        check(spec.get("ingressClassName") == "nginx" and spec.get("tls")
              and backend == {"name": RELEASE, "port": {"name": "http"}},
              "Ingress: class, TLS, backend Service port http")
        paths = {(p["path"], p["pathType"]) for p in spec["rules"][0]["http"]["paths"]}
        check({("/", "Exact"), ("/assets", "Prefix"), ("/graphql", "Prefix"),
               ("/auth", "Prefix")} <= paths
              and not any(p.startswith(("/metrics", "/healthz", "/readyz")) for p, _ in paths),
              "Ingress: serves the web application, the API and sign-in, not metrics")
    check(len(find(resources, "ConfigMap", f"{RELEASE}-config")) == 1,
          "ConfigMap with ostoja.toml when configToml is set")
    dep = find(resources, "Deployment", RELEASE)[0]
    c = containers(dep)[0]
    env = env_of(c)
    check(env.get("OSTOJA_CONFIG") == "/etc/ostoja/ostoja.toml"
          and {"name": "config", "mountPath": "/etc/ostoja", "readOnly": True} in c["volumeMounts"],
          "server: OSTOJA_CONFIG set and config mounted at /etc/ostoja")
    check(env.get("OTEL_EXPORTER_OTLP_ENDPOINT") and env.get("OSTOJA_GRAPHQL__INTROSPECTION") == "true"
          and env.get("RUST_BACKTRACE") == "1", "server env: OTLP endpoint, introspection, extraEnv")
    check(c["image"] == "registry.example.com/ostoja@sha256:" + "0" * 64, "image digest wins over tag")
    check(dep["spec"]["replicas"] == 3 and dep["spec"]["template"]["spec"].get("affinity")
          and dep["spec"]["template"]["spec"].get("topologySpreadConstraints"),
          "server: replicas, affinity, topology spread")
    job = find(hooks, "Job")[0]
    check(job["spec"]["template"]["spec"].get("serviceAccountName") == "ostoja-migrator"
          and env_of(containers(job)[0]).get("RUST_LOG") == "info",
          "migration Job: serviceAccountName and extraEnv")


def check_minimal(check: Checker, resources: list[dict[str, Any]],
                  hooks: list[dict[str, Any]], release: dict[str, Any]) -> None:
    check_common(check, resources, hooks)
    check(not find(resources + hooks, "Secret"), "existingSecret: the chart creates no Secret")
    check(not find(resources, "ServiceAccount"), "serviceAccount.create false: none created")
    check(not find(resources, "Deployment", f"{RELEASE}-worker"), "worker.enabled false: no worker")
    check(not hooks, "migrations.enabled false: no hooks")
    check(not find(resources, "PodDisruptionBudget"), "replicas 1: no PodDisruptionBudget")
    dep = find(resources, "Deployment", RELEASE)[0]
    c = containers(dep)[0]
    refs = {v["secretKeyRef"]["name"] for v in env_of(c).values()
            if isinstance(v, dict) and "secretKeyRef" in v}
    check(refs == {"ostoja-secrets"}, "server env reads the existing Secret")
    check("command" not in c and c["image"] == "ostoja:1.2.3",
          "image.command [] leaves the ENTRYPOINT; tag override")
    check(dep["spec"]["template"]["spec"]["serviceAccountName"] == "ostoja", "serviceAccount.name used")
    check("prometheus.io/scrape" not in (dep["spec"]["template"]["metadata"].get("annotations") or {}),
          "metrics.scrapeAnnotations false: no scrape annotations")


RenderCheck = Callable[[Checker, list, list, dict], None]
RENDER_SCENARIOS: list[tuple[str, dict[str, Any], RenderCheck]] = [
    ("defaults + secrets", SECRETS, check_defaults),
    ("everything on", EVERYTHING_ON, check_everything_on),
    ("existingSecret, minimal", MINIMAL, check_minimal),
]

# Value sets that must NOT render, with a piece of the expected message.
RENDER_MUST_FAIL: list[tuple[str, dict[str, Any], str]] = [
    ("production without publicUrl", {**SECRETS, "publicUrl": ""}, "publicUrl is required"),
    ("production with plain-http publicUrl", {**SECRETS, "publicUrl": "http://ostoja.example.com"},
     "must start with https://"),
    ("no secrets and no existingSecret", {}, "secrets.databaseUrl"),
    ("master key not 32 bytes",
     deep_merge(SECRETS, {"secrets": {"masterKey": base64.b64encode(b"short").decode()}}),
     "exactly 32 bytes"),
    ("app URL equal to owner URL",
     deep_merge(SECRETS, {"secrets": {"databaseUrl": SECRETS["secrets"]["migrationDatabaseUrl"]}}),
     "must use role ostoja_app"),
    ("migration URL missing",
     deep_merge(SECRETS, {"secrets": {"migrationDatabaseUrl": ""}}),
     "secrets.migrationDatabaseUrl"),
]


def render_stage(chart: Path, verbose: bool) -> int:
    failures = 0
    for label, values, checks in RENDER_SCENARIOS:
        print(f"  {label}:")
        try:
            release, log = render(chart, values)
        except RenderError as exc:
            print(f"      [FAIL] does not render: {exc}")
            failures += 1
            continue
        resources, hooks = manifests(release)
        kinds = sorted(f"{d['kind']}/{d['metadata']['name']}" for d in resources)
        print(f"      rendered {len(resources)} objects + {len(hooks)} hook objects: "
              + ", ".join(kinds))
        if verbose:
            print_log(log, "        ")
        check = Checker()
        checks(check, resources, hooks, release)
        failures += len(check.failures)
    print("  must not render:")
    for label, values, expected in RENDER_MUST_FAIL:
        try:
            render(chart, values)
        except RenderError as exc:
            ok = expected in str(exc)
            print(f"      [{'ok' if ok else 'FAIL'}] {label}: "
                  + (f"rejected ({expected!r})" if ok else f"rejected with another error: {exc}"))
            failures += 0 if ok else 1
        else:
            print(f"      [FAIL] {label}: rendered, expected an error mentioning {expected!r}")
            failures += 1
    return failures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("chart", nargs="?",
                        default=str(Path(__file__).resolve().parent / "ostoja"))
    parser.add_argument("-v", "--verbose", action="store_true",
                        help="also print the Helm engine's log lines")
    parser.add_argument("--no-render", action="store_true",
                        help="skip the render stage (fake API server)")
    args = parser.parse_args()
    chart = Path(args.chart).resolve()
    if not (chart / "Chart.yaml").is_file():
        print(f"lint.py: {chart} is not a chart directory", file=sys.stderr)
        return 2
    print(f"helm-sdkpy {helm_sdkpy.__version__}; chart {chart}")
    defaults = yaml.safe_load((chart / "values.yaml").read_text()) or {}

    print("lint (helm lint):")
    lint_errors = lint_chart("default values", chart, args.verbose)
    for label, overlay in LINT_SCENARIOS.items():
        lint_errors += lint_with_values(chart, defaults, label, overlay, args.verbose)

    render_failures = 0
    if args.no_render:
        print("render: skipped (--no-render)")
    else:
        print("render (Helm install against a loopback fake API server; nothing is applied):")
        render_failures = render_stage(chart, args.verbose)

    if lint_errors or render_failures:
        print(f"FAILED: {lint_errors} lint error(s), {render_failures} render failure(s)")
        return 1
    print("passed: no lint errors" + ("" if args.no_render else ", all render checks ok"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
