{{/*
Shared names, labels and decisions.
*/}}

{{/* Base name of every namespaced object: the release name, trimmed to a DNS label. */}}
{{- define "plugin.fullname" -}}
{{- if .Values.fullnameOverride -}}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- .Release.Name | trunc 63 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}

{{/* The ConsolePlugin name: fixed, because the build serves itself from /api/plugins/<this name>/. */}}
{{- define "plugin.name" -}}devspaces-nested-containers{{- end -}}

{{- define "plugin.serviceName" -}}
{{- include "plugin.fullname" . -}}
{{- end -}}

{{/* The Secret the service CA operator fills with the serving certificate. */}}
{{- define "plugin.certSecretName" -}}
{{- printf "%s-cert" (include "plugin.fullname" .) | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "plugin.patcherName" -}}
{{- printf "%s-console-patcher" (include "plugin.fullname" .) | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{/* Cluster-scoped names carry the namespace so two releases cannot collide. */}}
{{- define "plugin.patcherClusterName" -}}
{{- printf "%s-%s-console-patcher" .Release.Namespace (include "plugin.fullname" .) | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "plugin.selectorLabels" -}}
app.kubernetes.io/name: {{ .Chart.Name }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end -}}

{{- define "plugin.labels" -}}
{{ include "plugin.selectorLabels" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/component: console-plugin
app.kubernetes.io/part-of: devspaces-nested-containers
app.kubernetes.io/managed-by: {{ .Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" }}
{{- end -}}

{{/* registry/repository:tag or @digest; the repository has no default on purpose. */}}
{{- define "plugin.image" -}}
{{- $repo := required "image.repository is required: set it to the registry path the plugin image was pushed to (for example --set image.repository=quay.io/example/devspaces-nested-containers-plugin)" .Values.image.repository -}}
{{- if .Values.image.digest -}}
{{- printf "%s@%s" $repo .Values.image.digest -}}
{{- else -}}
{{- printf "%s:%s" $repo (default .Chart.AppVersion .Values.image.tag) -}}
{{- end -}}
{{- end -}}

{{/*
The hook Jobs' image: the OpenShift CLI of the cluster's own minor version unless a tag or digest
is set. OpenShift 4.N runs Kubernetes 1.(N+13) (4.20 = 1.33, 4.22 = 1.35); some providers report
the minor as "33+".
*/}}
{{- define "plugin.patcherImage" -}}
{{- $image := .Values.consolePatcher.image -}}
{{- if $image.digest -}}
{{- printf "%s@%s" $image.repository $image.digest -}}
{{- else if $image.tag -}}
{{- printf "%s:%s" $image.repository $image.tag -}}
{{- else -}}
{{- $minor := .Capabilities.KubeVersion.Minor | trimSuffix "+" | int -}}
{{- printf "%s:v4.%d" $image.repository (sub $minor 13) -}}
{{- end -}}
{{- end -}}

{{/*
The build the console should load, as the ConsolePlugin's backend basePath.
The image serves the SDK 4.22 build at / and the SDK 4.21 build at /console-4.21/.
OpenShift 4.20 runs Kubernetes 1.33 and 4.21 runs 1.34: their consoles need the 4.21 build (a 4.22
build fails there). 1.35 (OpenShift 4.22) and later take the 4.22 build.
plugin.basePath overrides the choice.
*/}}
{{- define "plugin.basePath" -}}
{{- $override := .Values.plugin.basePath | default "" -}}
{{- if $override -}}
{{- if not (has $override (list "/" "/console-4.21/")) -}}
{{- fail (printf "plugin.basePath %q is not a build this image serves: use \"/\" (OpenShift 4.22 and later), \"/console-4.21/\" (OpenShift 4.20 and 4.21) or \"\" to choose from the cluster version" $override) -}}
{{- end -}}
{{- $override -}}
{{- else if semverCompare "<1.35.0-0" .Capabilities.KubeVersion.Version -}}
/console-4.21/
{{- else -}}
/
{{- end -}}
{{- end -}}

{{/* Pod and container security settings that pass OpenShift's restricted-v2 SCC. */}}
{{- define "plugin.podSecurityContext" -}}
runAsNonRoot: true
seccompProfile:
  type: RuntimeDefault
{{- end -}}

{{- define "plugin.containerSecurityContext" -}}
allowPrivilegeEscalation: false
readOnlyRootFilesystem: true
runAsNonRoot: true
capabilities:
  drop:
    - ALL
seccompProfile:
  type: RuntimeDefault
{{- end -}}
