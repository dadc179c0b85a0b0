#!/bin/sh
# Adds (enable) or removes (disable) this plugin in the console operator's spec.plugins
# (consoles.operator.openshift.io/cluster) and leaves every other entry exactly as it is.
#
# Race-safe without a lock: the script reads the list, then sends one JSON patch whose first
# operation tests that the list is still what it read (or, when there is no list yet, that the
# object's resourceVersion is unchanged). If another writer changed it in between, the API server
# rejects the whole patch and the script reads again, up to ATTEMPTS times.
# Needs only kubectl, sh and sed (no jq). kubectl, not oc: nothing here is oc-specific, the
# ose-cli image ships kubectl (a link to oc, which then acts as kubectl), and the tests run this
# very script with the real kubectl against the simulated cluster.
#
# Usage: PLUGIN_NAME=<name> [ATTEMPTS=10] [RETRY_DELAY=2] console-plugins.sh enable|disable
set -eu

action=${1:-}
name=${PLUGIN_NAME:-}
attempts=${ATTEMPTS:-10}
delay=${RETRY_DELAY:-2}
target=consoles.operator.openshift.io/cluster

case $action in
  enable | disable) ;;
  *)
    echo "usage: PLUGIN_NAME=<name> $0 enable|disable" >&2
    exit 2
    ;;
esac
if [ -z "$name" ]; then
  echo "PLUGIN_NAME is empty" >&2
  exit 2
fi

# A JSON string literal (plugin names are Kubernetes names, but never trust a list we did not write).
json_string() {
  printf '"%s"' "$(printf '%s' "$1" | sed -e 's/\\/\\\\/g' -e 's/"/\\"/g')"
}

# First line: resourceVersion; then one "plugin:<name>" line per entry of spec.plugins.
template='{{.metadata.resourceVersion}}{{"\n"}}{{range .spec.plugins}}plugin:{{.}}{{"\n"}}{{end}}'

attempt=1
while :; do
  state=$(kubectl get "$target" -o "go-template=$template")
  resource_version=$(printf '%s\n' "$state" | sed -n 1p)

  current=''
  separator=''
  count=0
  present=false
  removals='' # indexes of this plugin, highest first, so removing one does not shift the next
  while IFS= read -r line; do
    case $line in
      plugin:*) plugin=${line#plugin:} ;;
      *) continue ;;
    esac
    current="$current$separator$(json_string "$plugin")"
    separator=,
    if [ "$plugin" = "$name" ]; then
      present=true
      removals="$count $removals"
    fi
    count=$((count + 1))
  done <<STATE
$state
STATE

  if [ "$action" = enable ]; then
    if $present; then
      echo "$name is already in $target spec.plugins; nothing to change"
      exit 0
    fi
    if [ "$count" -eq 0 ]; then
      patch="[{\"op\":\"test\",\"path\":\"/metadata/resourceVersion\",\"value\":$(json_string "$resource_version")},{\"op\":\"add\",\"path\":\"/spec/plugins\",\"value\":[$(json_string "$name")]}]"
    else
      patch="[{\"op\":\"test\",\"path\":\"/spec/plugins\",\"value\":[$current]},{\"op\":\"add\",\"path\":\"/spec/plugins/-\",\"value\":$(json_string "$name")}]"
    fi
  else
    if ! $present; then
      echo "$name is not in $target spec.plugins; nothing to change"
      exit 0
    fi
    patch="[{\"op\":\"test\",\"path\":\"/spec/plugins\",\"value\":[$current]}"
    for index in $removals; do
      patch="$patch,{\"op\":\"remove\",\"path\":\"/spec/plugins/$index\"}"
    done
    patch="$patch]"
  fi

  if kubectl patch "$target" --type=json -p "$patch"; then
    echo "$action: $name in $target spec.plugins"
    exit 0
  fi
  if [ "$attempt" -ge "$attempts" ]; then
    echo "could not $action $name in $target spec.plugins after $attempts attempts" >&2
    exit 1
  fi
  attempt=$((attempt + 1))
  echo "spec.plugins changed while patching; reading it again (attempt $attempt of $attempts)" >&2
  sleep "$delay"
done
