#!/usr/bin/env bash
# System packages the test suite needs, from Debian: Chromium for the browser tests; Go, Sprig,
# ghodss/yaml and evanphx/json-patch to render the Helm chart with Helm's template engine and to
# build the fake `oc` its hook script is tested against; nginx and openssl to serve the plugin
# over TLS as the image does. Needs root (or sudo).
set -euo pipefail
SUDO=''
[ "$(id -u)" -eq 0 ] || SUDO='sudo'
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get -o DPkg::Lock::Timeout=600 update -qq
$SUDO apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends \
  chromium golang-go golang-github-masterminds-sprig-dev golang-github-ghodss-yaml-dev \
  golang-github-evanphx-json-patch-dev nginx-light openssl >/dev/null
echo "installed: $(chromium --version 2>/dev/null | head -1); $(go version); nginx $(nginx -v 2>&1 | sed 's/.*\///')"
