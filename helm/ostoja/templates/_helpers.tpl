{{/*
Chart name, truncated to the 63-character DNS label limit.
*/}}
{{- define "ostoja.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
Fully qualified app name: <release>-<chart>, or the release name alone when
it already contains the chart name. Truncated to leave room for suffixes.
*/}}
{{- define "ostoja.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 50 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 50 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 50 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{/*
Chart label value: <name>-<version>.
*/}}
{{- define "ostoja.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
Common labels. Usage: include "ostoja.labels" (dict "ctx" $ "component" "server")
*/}}
{{- define "ostoja.labels" -}}
helm.sh/chart: {{ include "ostoja.chart" .ctx }}
{{ include "ostoja.selectorLabels" . }}
app.kubernetes.io/version: {{ .ctx.Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .ctx.Release.Service }}
app.kubernetes.io/part-of: ostoja
{{- end }}

{{/*
Selector labels. Usage: include "ostoja.selectorLabels" (dict "ctx" $ "component" "server")
*/}}
{{- define "ostoja.selectorLabels" -}}
app.kubernetes.io/name: {{ include "ostoja.name" .ctx }}
app.kubernetes.io/instance: {{ .ctx.Release.Name }}
{{- with .component }}
app.kubernetes.io/component: {{ . }}
{{- end }}
{{- end }}

{{/*
ServiceAccount used by the server and worker.
*/}}
{{- define "ostoja.serviceAccountName" -}}
{{- if .Values.serviceAccount.create }}
{{- default (include "ostoja.fullname" .) .Values.serviceAccount.name }}
{{- else }}
{{- default "default" .Values.serviceAccount.name }}
{{- end }}
{{- end }}

{{/*
Container image reference (digest wins over tag; tag defaults to appVersion).
*/}}
{{- define "ostoja.image" -}}
{{- if .Values.image.digest }}
{{- printf "%s@%s" .Values.image.repository .Values.image.digest }}
{{- else }}
{{- printf "%s:%s" .Values.image.repository (.Values.image.tag | default .Chart.AppVersion | toString) }}
{{- end }}
{{- end }}

{{/*
Secret holding DATABASE_URL, REDIS_URL and OSTOJA_MASTER_KEY.
*/}}
{{- define "ostoja.secretName" -}}
{{- default (include "ostoja.fullname" .) .Values.existingSecret }}
{{- end }}

{{/*
Secret holding MIGRATION_DATABASE_URL: migrations.existingSecret, or the
chart's short-lived hook Secret. Never the server's Secret.
*/}}
{{- define "ostoja.migrationSecretName" -}}
{{- if .Values.migrations.existingSecret }}
{{- .Values.migrations.existingSecret }}
{{- else if .Values.existingSecret }}
{{- fail "migrations.existingSecret is required with existingSecret: name a separate Secret with the key MIGRATION_DATABASE_URL (role ostoja_owner), read only by the migration Job" }}
{{- else }}
{{- printf "%s-migration" (include "ostoja.fullname" .) }}
{{- end }}
{{- end }}

{{/*
The binary for commands outside args (the preStop hook): the first word of
image.command, or the image's ENTRYPOINT path.
*/}}
{{- define "ostoja.binary" -}}
{{- first .Values.image.command | default "/usr/local/bin/ostoja" }}
{{- end }}

{{/*
Whether more than one server pod may run (for the PodDisruptionBudget).
*/}}
{{- define "ostoja.multiplePods" -}}
{{- if .Values.autoscaling.enabled }}
{{- if gt (int .Values.autoscaling.minReplicas) 1 }}true{{ end }}
{{- else if gt (int .Values.server.replicas) 1 }}true{{ end }}
{{- end }}

{{/*
Environment shared by the server and worker containers.
*/}}
{{- define "ostoja.env" -}}
- name: OSTOJA_PROFILE
  value: {{ .Values.profile | quote }}
- name: OSTOJA_LOG__FORMAT
  value: {{ .Values.log.format | quote }}
- name: OSTOJA_DEV_LOGIN__ENABLED
  value: "false"
- name: OSTOJA_DATABASE__MIGRATE_ON_START
  value: "false"
- name: OSTOJA_HTTP__BIND
  value: "0.0.0.0"
- name: OSTOJA_HTTP__OPS_PORT
  value: {{ .Values.opsPort | quote }}
{{- if eq .Values.profile "production" }}
{{- if not (hasPrefix "https://" (required "publicUrl is required in production: the https:// address browsers use, e.g. https://ostoja.example.com" .Values.publicUrl)) }}
{{- fail "publicUrl must start with https:// in production" }}
{{- end }}
{{- end }}
{{- with .Values.publicUrl }}
- name: OSTOJA_HTTP__PUBLIC_URL
  value: {{ . | quote }}
{{- end }}
- name: OSTOJA_HTTP__TRUST_FORWARDED_FOR
  value: {{ .Values.trustForwardedFor | toString | quote }}
- name: OSTOJA_GRAPHQL__INTROSPECTION
  value: {{ .Values.graphql.introspection | toString | quote }}
{{- with .Values.otel.endpoint }}
- name: OTEL_EXPORTER_OTLP_ENDPOINT
  value: {{ . | quote }}
{{- end }}
{{- if .Values.configToml }}
- name: OSTOJA_CONFIG
  value: /etc/ostoja/ostoja.toml
{{- end }}
- name: DATABASE_URL
  valueFrom:
    secretKeyRef:
      name: {{ include "ostoja.secretName" . }}
      key: DATABASE_URL
- name: REDIS_URL
  valueFrom:
    secretKeyRef:
      name: {{ include "ostoja.secretName" . }}
      key: REDIS_URL
- name: OSTOJA_MASTER_KEY
  valueFrom:
    secretKeyRef:
      name: {{ include "ostoja.secretName" . }}
      key: OSTOJA_MASTER_KEY
{{- with .Values.extraEnv }}
{{ toYaml . }}
{{- end }}
{{- end }}

{{/*
Pod annotations that roll the server and worker when chart-managed config or
secrets change.
*/}}
{{- define "ostoja.checksumAnnotations" -}}
checksum/config: {{ .Values.configToml | sha256sum }}
{{- if .Values.existingSecret }}
checksum/secret: {{ printf "existing:%s" .Values.existingSecret | sha256sum }}
{{- else }}
checksum/secret: {{ include (print $.Template.BasePath "/secret.yaml") . | sha256sum }}
{{- end }}
{{- end }}

{{/*
Volumes shared by the server and worker: writable /tmp (the root filesystem
is read-only) and the optional TOML config.
*/}}
{{- define "ostoja.volumes" -}}
- name: tmp
  emptyDir:
    sizeLimit: 64Mi
{{- if .Values.configToml }}
- name: config
  configMap:
    name: {{ include "ostoja.fullname" . }}-config
{{- end }}
{{- end }}

{{- define "ostoja.volumeMounts" -}}
- name: tmp
  mountPath: /tmp
{{- if .Values.configToml }}
- name: config
  mountPath: /etc/ostoja
  readOnly: true
{{- end }}
{{- end }}

{{/*
NetworkPolicy egress every workload needs: DNS and PostgreSQL. Takes .Values.networkPolicy.
*/}}
{{- define "ostoja.egress.base" -}}
- ports:
    - port: {{ .egress.dns.port }}
      protocol: UDP
    - port: {{ .egress.dns.port }}
      protocol: TCP
  {{- with .egress.dns.to }}
  to:
    {{- toYaml . | nindent 4 }}
  {{- end }}
- ports:
    - port: {{ .egress.postgresql.port }}
      protocol: TCP
  {{- with .egress.postgresql.to }}
  to:
    {{- toYaml . | nindent 4 }}
  {{- end }}
{{- end }}
{{/*
Egress to Redis, the OTLP collector (when configured) and the extra rules.
*/}}
{{- define "ostoja.egress.redisAndOtlp" -}}
- ports:
    - port: {{ .np.egress.redis.port }}
      protocol: TCP
  {{- with .np.egress.redis.to }}
  to:
    {{- toYaml . | nindent 4 }}
  {{- end }}
{{- if .otel }}
- ports:
    {{- range .np.egress.otlp.ports }}
    - port: {{ . }}
      protocol: TCP
    {{- end }}
  {{- with .np.egress.otlp.to }}
  to:
    {{- toYaml . | nindent 4 }}
  {{- end }}
{{- end }}
{{- with .np.egress.extra }}
{{ toYaml . }}
{{- end }}
{{- end }}
