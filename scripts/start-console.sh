#!/usr/bin/env bash
# Runs the real OpenShift console in a container against the cluster you are logged in to with
# `oc login`, loading this plugin from `npm run start` (webpack serve on port 9001).
# Needs podman or docker, oc, and network access to quay.io and the cluster (not available in
# this repository's CI sandbox; use `npm run demo` there).
set -euo pipefail

CONSOLE_IMAGE=${CONSOLE_IMAGE:-"quay.io/openshift/origin-console:latest"}
CONSOLE_PORT=${CONSOLE_PORT:-9000}
CONSOLE_IMAGE_PLATFORM=${CONSOLE_IMAGE_PLATFORM:-"linux/amd64"}
PLUGIN_NAME=$(node -p "require('./package.json').consolePlugin.name")

echo "Starting local OpenShift console on http://localhost:${CONSOLE_PORT} with plugin ${PLUGIN_NAME}"

export BRIDGE_USER_AUTH="disabled"
export BRIDGE_K8S_MODE="off-cluster"
export BRIDGE_K8S_AUTH="bearer-token"
export BRIDGE_K8S_MODE_OFF_CLUSTER_SKIP_VERIFY_TLS=true
BRIDGE_K8S_MODE_OFF_CLUSTER_ENDPOINT=$(oc whoami --show-server)
export BRIDGE_K8S_MODE_OFF_CLUSTER_ENDPOINT
# Monitoring URLs are optional: without them the console's Observe pages stay empty.
BRIDGE_K8S_MODE_OFF_CLUSTER_THANOS=$(oc -n openshift-config-managed get configmap monitoring-shared-config -o jsonpath='{.data.thanosPublicURL}' 2>/dev/null || true)
BRIDGE_K8S_MODE_OFF_CLUSTER_ALERTMANAGER=$(oc -n openshift-config-managed get configmap monitoring-shared-config -o jsonpath='{.data.alertmanagerPublicURL}' 2>/dev/null || true)
export BRIDGE_K8S_MODE_OFF_CLUSTER_THANOS BRIDGE_K8S_MODE_OFF_CLUSTER_ALERTMANAGER
BRIDGE_K8S_AUTH_BEARER_TOKEN=$(oc whoami --show-token)
export BRIDGE_K8S_AUTH_BEARER_TOKEN
export BRIDGE_USER_SETTINGS_LOCATION="localstorage"
export BRIDGE_I18N_NAMESPACES="plugin__${PLUGIN_NAME}"

if command -v podman >/dev/null 2>&1; then
  export BRIDGE_PLUGINS="${PLUGIN_NAME}=http://host.containers.internal:9001"
  exec podman run --pull always --platform "$CONSOLE_IMAGE_PLATFORM" --rm --network=host \
    --env-file <(set | grep ^BRIDGE) "$CONSOLE_IMAGE"
elif command -v docker >/dev/null 2>&1; then
  export BRIDGE_PLUGINS="${PLUGIN_NAME}=http://host.docker.internal:9001"
  exec docker run --pull always --platform "$CONSOLE_IMAGE_PLATFORM" --rm -p "${CONSOLE_PORT}:9000" \
    --add-host=host.docker.internal:host-gateway --env-file <(set | grep ^BRIDGE) "$CONSOLE_IMAGE"
else
  echo "start-console needs podman or docker" >&2
  exit 1
fi
