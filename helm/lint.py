#!/usr/bin/env python3
"""Lint, render and validate the Ostoja Helm chart with Helm's own library, without a `helm`
binary or a cluster.

Run it through helm/lint.sh, which prepares the virtualenv:

    helm/lint.sh [CHART_DIR] [-v]

Stages:

1. lint      `helm lint` (helm_python.lint, Helm v4 as a library) with the default values, the
             production example (helm/examples/production-values.yaml) and each scenario below,
             for every Kubernetes version in KUBE_VERSIONS. values.schema.json is applied, so a
             typo in values is an error here.
2. render    `helm template` (helm_python.Chart.render, offline) of each scenario; the manifests
             are parsed and checked (probes, Service, hooks, NetworkPolicy, autoscaling, ...).
             Value sets in RENDER_MUST_FAIL must be refused with their message.
3. validate  every rendered object against the Kubernetes JSON schemas of each version in
             KUBE_VERSIONS (kubernetes-validate, strict: an unknown field is an error). The
             Prometheus Operator's kinds have no schema there; their scenario checks cover them.

Exit status 1 if a lint message is an error, a render fails, a check fails or an object does
not validate; 0 otherwise.
"""

from __future__ import annotations

import argparse
import base64
import copy
import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Any, Callable

import helm_python as helm
import kubernetes_validate
import yaml

SEVERITY = {0: "UNKNOWN", 1: "INFO", 2: "WARNING", 3: "ERROR"}
ERROR = 3

RELEASE = "ostoja"
NAMESPACE = "ostoja"

# The Kubernetes versions the chart supports and is validated against.
KUBE_VERSIONS = ["1.29.0", "1.30.0", "1.31.0"]
# Custom resources without a schema in kubernetes-validate, checked by the scenarios instead.
CUSTOM_KINDS = {("monitoring.coreos.com/v1", "ServiceMonitor"),
                ("monitoring.coreos.com/v1", "PrometheusRule")}

HERE = Path(__file__).resolve().parent
PRODUCTION: dict[str, Any] = yaml.safe_load(
    (HERE / "examples" / "production-values.yaml").read_text())

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
    "opsPort": 9102,
    "server": {
        "replicas": 3,
        "preStopSeconds": 5,
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
    "networkPolicy": {"enabled": False},
}

# Value sets for the lint stage.
LINT_SCENARIOS: dict[str, dict[str, Any]] = {
    "default values": {},
    "production values": PRODUCTION,
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
    """Capture fd 2, where the Go library logs (slog), e.g. the "missing required values"
    notices that lint mode prints instead of failing."""

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

def lint_stage(chart: Path, verbose: bool) -> int:
    errors = 0
    for label, values in LINT_SCENARIOS.items():
        for version in KUBE_VERSIONS:
            with CapturedStderr() as captured:
                report = helm.lint(chart, values or None, namespace=NAMESPACE,
                                   kube_version=f"v{version}")
            messages = report.get("messages") or []
            bad = [m for m in messages if m.get("severity", 0) >= ERROR]
            errors += len(bad)
            notes = ", ".join(f"{SEVERITY.get(m.get('severity'), '?')} {m.get('path')}: "
                              f"{str(m.get('error')).strip()}" for m in messages)
            print(f"  [{'FAIL' if bad else 'ok'}] {label}, Kubernetes {version}"
                  + (f" ({notes})" if notes else ""))
            if verbose:
                print_log(captured.text)
    return errors


# --------------------------------------------------------------------------
# Stage 2: render (helm template)
# --------------------------------------------------------------------------

class RenderError(Exception):
    pass


def render(chart: Path, values: dict[str, Any]) -> tuple[list[dict[str, Any]],
                                                           list[dict[str, Any]], str]:
    """The chart's objects, its hook objects and NOTES.txt, as an install would render them."""
    try:
        with CapturedStderr(), helm.Chart.load(chart) as loaded:
            rendered = loaded.render(values or None, name=RELEASE, namespace=NAMESPACE,
                                     is_install=True)
    except helm.HelmError as error:
        raise RenderError(str(error)) from error
    resources: list[dict[str, Any]] = []
    hooks: list[dict[str, Any]] = []
    notes = ""
    for path, text in sorted(rendered.items()):
        if path.endswith("NOTES.txt"):
            notes = text
            continue
        for doc in yaml.safe_load_all(text):
            if not doc:
                continue
            annotations = doc.get("metadata", {}).get("annotations") or {}
            (hooks if "helm.sh/hook" in annotations else resources).append(doc)
    return resources, hooks, notes


# --------------------------------------------------------------------------
# Stage 3: validate against the Kubernetes schemas
# --------------------------------------------------------------------------

def validate(docs: list[dict[str, Any]]) -> list[str]:
    problems = []
    for doc in docs:
        name = f"{doc.get('kind')}/{doc.get('metadata', {}).get('name')}"
        if (doc.get("apiVersion"), doc.get("kind")) in CUSTOM_KINDS:
            continue
        for version in KUBE_VERSIONS:
            try:
                kubernetes_validate.validate(doc, version, strict=True)
            except kubernetes_validate.ValidationError as error:
                path = ".".join(str(p) for p in error.path)
                problems.append(f"{name} on Kubernetes {version}: {path}: {error.message}")
            except kubernetes_validate.SchemaNotFoundError as error:
                problems.append(f"{name}: {error.message}")
    return problems

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


def selects(selector: dict[str, Any], labels: dict[str, Any]) -> bool:
    return bool(selector) and set(selector.items()) <= set(labels.items())


def pod_labels(doc: dict[str, Any]) -> dict[str, Any]:
    return doc["spec"]["template"]["metadata"].get("labels") or {}


def check_defaults(check: Checker, resources: list[dict[str, Any]],
                   hooks: list[dict[str, Any]], notes: str) -> None:
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
            check({"name": "http", "containerPort": 8080, "protocol": "TCP"} in (c.get("ports") or [])
                  and {"name": "ops", "containerPort": 9090, "protocol": "TCP"} in (c.get("ports") or []),
                  "server: containerPort 8080 named http, operations port 9090 named ops")
            check(((c.get("lifecycle") or {}).get("preStop") or {}).get("exec", {}).get("command")
                  == ["ostoja", "pre-stop", "--seconds", "10"]
                  and dep["spec"]["template"]["spec"].get("terminationGracePeriodSeconds") == 45,
                  "server: preStop runs `ostoja pre-stop --seconds 10` (no shell), grace period 45 s "
                  "(the wait and the longest request)")
            spread = dep["spec"]["template"]["spec"].get("topologySpreadConstraints") or []
            check({t.get("topologyKey") for t in spread}
                  == {"kubernetes.io/hostname", "topology.kubernetes.io/zone"}
                  and all(t.get("whenUnsatisfiable") == "ScheduleAnyway"
                          and selects(t["labelSelector"]["matchLabels"], pod_labels(dep))
                          and t.get("matchLabelKeys") == ["pod-template-hash"] for t in spread),
                  "server: spread over nodes and zones, this rollout's pods, ScheduleAnyway")
            env = env_of(c)
            check(env.get("OSTOJA_DATABASE__MIGRATE_ON_START") == "false"
                  and env.get("OSTOJA_DEV_LOGIN__ENABLED") == "false"
                  and env.get("OSTOJA_PROFILE") == "production"
                  and env.get("OSTOJA_LOG__FORMAT") == "json"
                  and env.get("OSTOJA_HTTP__BIND") == "0.0.0.0"
                  and env.get("OSTOJA_HTTP__OPS_PORT") == "9090"
                  and env.get("OSTOJA_GRAPHQL__INTROSPECTION") == "false"
                  and env.get("OSTOJA_HTTP__PUBLIC_URL") == "https://ostoja.example.com"
                  and env.get("OSTOJA_HTTP__TRUST_FORWARDED_FOR") == "true",
                  "server env: production, json logs, no dev login, no migrate on start, "
                  "bind 0.0.0.0, operations port 9090, no introspection, public URL, "
                  "forwarded-for trusted")
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
              and annotations.get("prometheus.io/port") == "9090"
              and annotations.get("prometheus.io/path") == "/metrics",
              "server pods: prometheus.io scrape annotations for :9090/metrics (operations port)")
        labels = pod_labels(dep)

        services = find(resources, "Service", RELEASE)
        if check(len(services) == 1, f"Service {RELEASE} exists"):
            svc = services[0]["spec"]
            check(svc.get("type") == "ClusterIP", "Service: ClusterIP")
            check(any(p.get("name") == "http" and p.get("port") == 80 and p.get("targetPort") == "http"
                      for p in svc.get("ports") or [])
                  and any(p.get("name") == "metrics" and p.get("targetPort") == "ops"
                          for p in svc.get("ports") or []),
                  "Service: port 80 named http -> http, metrics -> ops")
            check(selects(svc.get("selector") or {}, labels)
                  and svc["selector"].get("app.kubernetes.io/component") == "server",
                  "Service: selects the server pods only")
        pdbs = find(resources, "PodDisruptionBudget")
        check(len(pdbs) == 1 and pdbs[0]["spec"].get("minAvailable") == 1
              and selects(pdbs[0]["spec"]["selector"]["matchLabels"], labels),
              "PodDisruptionBudget minAvailable 1 on the server pods")
        policies = find(resources, "NetworkPolicy", RELEASE)
        if check(len(policies) == 1, "NetworkPolicy for the server (networkPolicy.enabled default true)"):
            spec = policies[0]["spec"]
            check(selects(spec["podSelector"]["matchLabels"], labels)
                  and spec.get("policyTypes") == ["Ingress", "Egress"],
                  "server NetworkPolicy: selects the server pods, ingress and egress")
            ins = {(p["port"], json.dumps(rule.get("from"), sort_keys=True))
                   for rule in spec.get("ingress") or [] for p in rule["ports"]}
            check(ins == {("http", json.dumps([{"namespaceSelector": {"matchLabels": {
                              "kubernetes.io/metadata.name": "ingress-nginx"}}}], sort_keys=True)),
                          ("ops", json.dumps([{"namespaceSelector": {"matchLabels": {
                              "kubernetes.io/metadata.name": "monitoring"}}}], sort_keys=True))},
                  "server NetworkPolicy in: the ingress controller to http, Prometheus to ops")
            outs = {(p["port"], p.get("protocol")) for rule in spec.get("egress") or []
                    for p in rule["ports"]}
            check(outs == {(53, "UDP"), (53, "TCP"), (5432, "TCP"), (6379, "TCP"), (443, "TCP")},
                  "server NetworkPolicy out: DNS, PostgreSQL, Redis, identity providers over 443 "
                  "(no OTLP while otel.endpoint is empty)")
        check(not find(resources, "HorizontalPodAutoscaler"), "no HorizontalPodAutoscaler by default")

    workers = find(resources, "Deployment", f"{RELEASE}-worker")
    if check(len(workers) == 1, "worker Deployment exists (worker.enabled default true)"):
        wk = workers[0]
        check(wk["spec"].get("replicas") == 1 and containers(wk)[0].get("args") == ["worker"],
              "worker: 1 replica running `worker`")
        check(probe_path(containers(wk)[0], "livenessProbe") == "/healthz"
              and containers(wk)[0]["livenessProbe"]["httpGet"]["port"] == "ops"
              and {"name": "ops", "containerPort": 9090, "protocol": "TCP"}
              in (containers(wk)[0].get("ports") or []),
              "worker: liveness GET /healthz on the operations port (follows its loop)")
        worker_svc = find(resources, "Service", f"{RELEASE}-worker")
        check(len(worker_svc) == 1 and selects(worker_svc[0]["spec"]["selector"], pod_labels(wk))
              and [p["name"] for p in worker_svc[0]["spec"]["ports"]] == ["metrics"],
              "worker: a Service with only its metrics port")
        wpol = find(resources, "NetworkPolicy", f"{RELEASE}-worker")
        check(len(wpol) == 1 and [p["port"] for r in wpol[0]["spec"]["ingress"] for p in r["ports"]]
              == ["ops"] and not any(p["port"] == 443 for r in wpol[0]["spec"]["egress"]
                                     for p in r["ports"]),
              "worker NetworkPolicy: in only to ops, no egress to the internet")
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
        policy = lambda d: set((d["metadata"].get("annotations") or {})
                               .get("helm.sh/hook-delete-policy", "").split(","))
        check(len(hook_secrets) == 1
              and {"hook-succeeded", "hook-failed", "before-hook-creation"} <= policy(hook_secrets[0]),
              "owner-URL Secret deleted when the hooks succeed and when they fail")
        mpol = find(resources, "NetworkPolicy", f"{RELEASE}-migrations")
        check(len(mpol) == 1 and selects(mpol[0]["spec"]["podSelector"]["matchLabels"], pod_labels(job))
              and not mpol[0]["spec"].get("ingress")
              and {p["port"] for r in mpol[0]["spec"]["egress"] for p in r["ports"]} == {53, 5432},
              "migration NetworkPolicy: nothing in, DNS and PostgreSQL out")
    check(not any("MIGRATION_DATABASE_URL" in (d.get("data") or {}) for d in find(resources, "Secret")),
          "long-lived Secret does not hold the owner URL")
    check(not find(resources, "Ingress"), "no Ingress by default")
    check(not find(resources, "ConfigMap"), "no ConfigMap while configToml is empty")
    check(f"deployment/{RELEASE}" in notes, "NOTES.txt renders")
    check(not find(resources, "ServiceMonitor") and not find(resources, "PrometheusRule"),
          "no Prometheus Operator objects by default")


def check_everything_on(check: Checker, resources: list[dict[str, Any]],
                        hooks: list[dict[str, Any]], notes: str) -> None:
    check_common(check, resources, hooks)
    ingresses = find(resources, "Ingress")
    if check(len(ingresses) == 1, "Ingress exists when ingress.enabled"):
        spec = ingresses[0]["spec"]
        backend = spec["rules"][0]["http"]["paths"][0]["backend"]["service"]
        check(spec.get("ingressClassName") == "nginx" and spec.get("tls")
              and backend == {"name": RELEASE, "port": {"name": "http"}},
              "Ingress: class, TLS, backend Service port http")
        paths = [(p["path"], p["pathType"], p["backend"]["service"]["port"])
                 for p in spec["rules"][0]["http"]["paths"]]
        check(paths == [("/", "Prefix", {"name": "http"})],
              "Ingress: `/` and everything under it (the application, the public pages, the API, "
              "sign-in) to the public port; metrics are on the operations port it never reaches")
    check(len(find(resources, "ConfigMap", f"{RELEASE}-config")) == 1,
          "ConfigMap with ostoja.toml when configToml is set")
    dep = find(resources, "Deployment", RELEASE)[0]
    c = containers(dep)[0]
    env = env_of(c)
    check(env.get("OSTOJA_CONFIG") == "/etc/ostoja/ostoja.toml"
          and {"name": "config", "mountPath": "/etc/ostoja", "readOnly": True} in c["volumeMounts"],
          "server: OSTOJA_CONFIG set and config mounted at /etc/ostoja")
    check(env.get("OTEL_EXPORTER_OTLP_ENDPOINT") and env.get("OSTOJA_GRAPHQL__INTROSPECTION") == "true"
          and env.get("RUST_BACKTRACE") == "1" and env.get("OSTOJA_HTTP__OPS_PORT") == "9102",
          "server env: OTLP endpoint, introspection, extraEnv, opsPort")
    outs = {p["port"] for r in find(resources, "NetworkPolicy", RELEASE)[0]["spec"]["egress"]
            for p in r["ports"]}
    check({4317, 4318} <= outs, "server NetworkPolicy out: the OTLP collector when otel.endpoint is set")
    check(c["image"] == "registry.example.com/ostoja@sha256:" + "0" * 64, "image digest wins over tag")
    check(dep["spec"]["replicas"] == 3 and dep["spec"]["template"]["spec"].get("affinity")
          and dep["spec"]["template"]["spec"].get("topologySpreadConstraints")
          == EVERYTHING_ON["server"]["topologySpreadConstraints"],
          "server: replicas, affinity, the given topology spread instead of the default")
    check(c["lifecycle"]["preStop"]["exec"]["command"][-1] == "5", "server: preStopSeconds")
    job = find(hooks, "Job")[0]
    check(job["spec"]["template"]["spec"].get("serviceAccountName") == "ostoja-migrator"
          and env_of(containers(job)[0]).get("RUST_LOG") == "info",
          "migration Job: serviceAccountName and extraEnv")


def check_minimal(check: Checker, resources: list[dict[str, Any]],
                  hooks: list[dict[str, Any]], notes: str) -> None:
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
    check(c["lifecycle"]["preStop"]["exec"]["command"][0] == "/usr/local/bin/ostoja",
          "image.command []: preStop runs the image's binary by its path")
    check(not find(resources, "NetworkPolicy"), "networkPolicy.enabled false: none")
    check(dep["spec"]["template"]["spec"]["serviceAccountName"] == "ostoja", "serviceAccount.name used")
    check("prometheus.io/scrape" not in (dep["spec"]["template"]["metadata"].get("annotations") or {}),
          "metrics.scrapeAnnotations false: no scrape annotations")




def check_production(check: Checker, resources: list[dict[str, Any]],
                     hooks: list[dict[str, Any]], notes: str) -> None:
    check_common(check, resources, hooks)
    dep = find(resources, "Deployment", RELEASE)[0]
    labels = pod_labels(dep)
    check("replicas" not in dep["spec"], "autoscaling: the Deployment leaves replicas to the HPA")
    hpas = find(resources, "HorizontalPodAutoscaler", RELEASE)
    check(len(hpas) == 1 and hpas[0]["apiVersion"] == "autoscaling/v2"
          and hpas[0]["spec"]["scaleTargetRef"] == {"apiVersion": "apps/v1", "kind": "Deployment",
                                                    "name": RELEASE}
          and (hpas[0]["spec"]["minReplicas"], hpas[0]["spec"]["maxReplicas"]) == (3, 10)
          and hpas[0]["spec"]["metrics"][0]["resource"]["target"]["averageUtilization"] == 70,
          "HorizontalPodAutoscaler: the server Deployment, 3 to 10 pods at 70% CPU")
    pdbs = find(resources, "PodDisruptionBudget")
    check(len(pdbs) == 1, "PodDisruptionBudget while the HPA keeps at least 3 pods")
    check(not find(resources + hooks, "Secret"), "existing Secrets only: the chart creates none")
    refs = {v["secretKeyRef"]["name"] for v in env_of(containers(dep)[0]).values()
            if isinstance(v, dict) and "secretKeyRef" in v}
    check(refs == {"ostoja"}, "server env reads existingSecret only")
    job = find(hooks, "Job")[0]
    jrefs = {v["secretKeyRef"]["name"] for v in env_of(containers(job)[0]).values()
             if isinstance(v, dict) and "secretKeyRef" in v}
    check(jrefs == {"ostoja-migrations"}, "migration Job reads migrations.existingSecret only")
    monitors = find(resources, "ServiceMonitor", RELEASE)
    if check(len(monitors) == 1, "ServiceMonitor when metrics.serviceMonitor.enabled"):
        spec = monitors[0]["spec"]
        services = [s for s in find(resources, "Service")
                    if selects(spec["selector"]["matchLabels"], s["metadata"]["labels"])
                    and s["metadata"]["labels"].get("app.kubernetes.io/component")
                    in spec["selector"]["matchExpressions"][0]["values"]]
        check(sorted(s["metadata"]["name"] for s in services) == [RELEASE, f"{RELEASE}-worker"]
              and spec["endpoints"][0]["port"] == "metrics"
              and all(any(p["name"] == "metrics" for p in s["spec"]["ports"]) for s in services)
              and monitors[0]["metadata"]["labels"].get("release") == "kube-prometheus-stack"
              and spec["namespaceSelector"] == {"matchNames": [NAMESPACE]},
              "ServiceMonitor: the server's and the worker's metrics ports, with the given labels")
    rules = find(resources, "PrometheusRule", RELEASE)
    if check(len(rules) == 1, "PrometheusRule when metrics.prometheusRule.enabled"):
        alerts = [r for g in rules[0]["spec"]["groups"] for r in g["rules"]]
        check(len(alerts) >= 8 and all(
            r.get("alert") and r.get("expr") and r["labels"]["severity"] in
            {"critical", "warning", "info"} and r["annotations"].get("summary") for r in alerts),
              f"PrometheusRule: {len(alerts)} alerts, each with an expression, a severity "
              "and a summary")
    boards = find(resources, "ConfigMap", f"{RELEASE}-dashboard")
    if check(len(boards) == 1 and boards[0]["metadata"]["labels"].get("grafana_dashboard") == "1",
             "Grafana dashboard ConfigMap for the sidecar"):
        board = json.loads(boards[0]["data"]["ostoja.json"])
        check(board.get("uid") == "ostoja-overview" and len(board.get("panels") or []) >= 10
              and all(t.get("expr") for p in board["panels"] for t in p["targets"]),
              "dashboard: valid JSON, every panel with a query")
    pol = find(resources, "NetworkPolicy", RELEASE)[0]["spec"]
    pg = [r for r in pol["egress"] if any(p["port"] == 5432 for p in r["ports"])]
    check(pg and pg[0].get("to") == [{"ipBlock": {"cidr": "10.20.0.0/24"}}],
          "NetworkPolicy out: PostgreSQL only at the given address")
    check(all(selects(s["labelSelector"]["matchLabels"], labels)
              for s in dep["spec"]["template"]["spec"]["topologySpreadConstraints"]),
          "server: default topology spread selects its own pods")
    ingress = find(resources, "Ingress")[0]["spec"]
    check(ingress["tls"][0]["secretName"] == "ostoja-tls", "Ingress: TLS")


RenderCheck = Callable[[Checker, list, list, str], None]
RENDER_SCENARIOS: list[tuple[str, dict[str, Any], RenderCheck]] = [
    ("defaults + secrets", SECRETS, check_defaults),
    ("everything on", EVERYTHING_ON, check_everything_on),
    ("existingSecret, minimal", MINIMAL, check_minimal),
    ("production values", PRODUCTION, check_production),
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
    ("existingSecret without a separate migration Secret",
     deep_merge(PRODUCTION, {"migrations": {"existingSecret": ""}}),
     "migrations.existingSecret is required"),
    ("a typo in values (severs)", {**SECRETS, "severs": {"replicas": 3}},
     "additional properties 'severs' not allowed"),
    ("a typo under server (replica)", deep_merge(SECRETS, {"server": {"replica": 3}}),
     "additional properties 'replica' not allowed"),
    ("a wrong type (replicas: two)", deep_merge(SECRETS, {"server": {"replicas": "two"}}),
     "replicas"),
    ("preStop as long as the grace period",
     deep_merge(SECRETS, {"server": {"preStopSeconds": 45}}),
     "preStopSeconds must be below"),
    ("the operations port on the public one", {**SECRETS, "opsPort": 8080},
     "opsPort must differ from server.port"),
    ("autoscaling minimum above maximum",
     deep_merge(SECRETS, {"autoscaling": {"enabled": True, "minReplicas": 5, "maxReplicas": 2}}),
     "must not exceed"),
]


def render_stage(chart: Path, verbose: bool) -> tuple[int, list[dict[str, Any]]]:
    failures = 0
    rendered: list[dict[str, Any]] = []
    for label, values, checks in RENDER_SCENARIOS:
        print(f"  {label}:")
        try:
            resources, hooks, notes = render(chart, values)
        except RenderError as exc:
            print(f"      [FAIL] does not render: {exc}")
            failures += 1
            continue
        kinds = sorted(f"{d['kind']}/{d['metadata']['name']}" for d in resources)
        print(f"      rendered {len(resources)} objects + {len(hooks)} hook objects: "
              + ", ".join(kinds))
        rendered.extend(resources + hooks)
        check = Checker()
        checks(check, resources, hooks, notes)
        failures += len(check.failures)
    print("  must not render:")
    for label, values, expected in RENDER_MUST_FAIL:
        try:
            render(chart, values)
        except RenderError as exc:
            ok = expected in str(exc)
            print(f"      [{'ok' if ok else 'FAIL'}] {label}: "
                  + (f"refused ({expected!r})" if ok else f"refused with another error: {exc}"))
            failures += 0 if ok else 1
        else:
            print(f"      [FAIL] {label}: rendered, expected an error mentioning {expected!r}")
            failures += 1
    return failures, rendered


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("chart", nargs="?", default=str(HERE / "ostoja"))
    parser.add_argument("-v", "--verbose", action="store_true",
                        help="also print the Helm engine's log lines")
    args = parser.parse_args()
    chart = Path(args.chart).resolve()
    if not (chart / "Chart.yaml").is_file():
        print(f"lint.py: {chart} is not a chart directory", file=sys.stderr)
        return 2
    print(f"Helm {helm.helm_sdk_version()} (helm-python-sdk), kubernetes-validate "
          f"{kubernetes_validate.__version__}; chart {chart}")

    print("lint (helm lint):")
    lint_errors = lint_stage(chart, args.verbose)
    print("render (helm template) and checks:")
    render_failures, rendered = render_stage(chart, args.verbose)
    print(f"validate ({len(rendered)} objects against Kubernetes {', '.join(KUBE_VERSIONS)}, strict):")
    problems = validate(rendered)
    for problem in problems:
        print(f"  [FAIL] {problem}")
    if not problems:
        print("  [ok] every object is valid")

    if lint_errors or render_failures or problems:
        print(f"FAILED: {lint_errors} lint error(s), {render_failures} render failure(s), "
              f"{len(problems)} invalid object(s)")
        return 1
    print("passed: no lint errors, all render checks ok, every object valid")
    return 0


if __name__ == "__main__":
    sys.exit(main())
