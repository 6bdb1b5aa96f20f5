#!/usr/bin/env bash
# Builds the npm packages into npm/dist (or $FSDLINT_NPM_OUT): fsdlint/ (the
# launcher, copied from npm/fsdlint with the version set) and one package per
# platform, <os>-<arch>/, holding the cross-compiled binary. Publish them with
# `npm publish` in each folder, the platform packages first.
# Usage: npm/build.sh [VERSION] [PLATFORM...]   (platforms: linux-x64 linux-arm64
# darwin-x64 darwin-arm64 win32-x64; default: all). Needs only go.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(dirname "$here")"
version="${1:-0.1.0}"
shift || true
platforms=("$@")
[ ${#platforms[@]} -gt 0 ] || platforms=(linux-x64 linux-arm64 darwin-x64 darwin-arm64 win32-x64)

out="${FSDLINT_NPM_OUT:-$here/dist}"
mkdir -p "$out"
for p in "${platforms[@]}"; do
  os="${p%-*}"; arch="${p#*-}"
  case "$os" in linux|darwin) goos="$os" ;; win32) goos=windows ;; *) echo "unknown platform $p" >&2; exit 2 ;; esac
  case "$arch" in x64) goarch=amd64 ;; arm64) goarch=arm64 ;; *) echo "unknown arch $p" >&2; exit 2 ;; esac
  exe=fsdlint; [ "$os" = win32 ] && exe=fsdlint.exe
  dir="$out/$p"
  rm -rf "$dir"; mkdir -p "$dir/bin"
  echo "==> $p (GOOS=$goos GOARCH=$goarch)"
  (cd "$repo" && CGO_ENABLED=0 GOOS="$goos" GOARCH="$goarch" go build -trimpath \
    -ldflags "-s -w -X main.version=$version" -o "$dir/bin/$exe" ./cmd/fsdlint)
  cat > "$dir/package.json" <<JSON
{
  "name": "@fsdlint/$p",
  "version": "$version",
  "description": "The fsdlint binary for $os $arch.",
  "license": "MIT",
  "os": ["$os"],
  "cpu": ["$arch"],
  "files": ["bin/$exe"],
  "preferUnplugged": true
}
JSON
done

# The launcher package takes the same version, pinned to the same platform
# packages; the copy is edited, never npm/fsdlint itself.
rm -rf "$out/fsdlint"
cp -R "$here/fsdlint" "$out/fsdlint"
node -e '
const fs = require("fs");
const file = process.argv[1], version = process.argv[2];
const pkg = JSON.parse(fs.readFileSync(file, "utf8"));
pkg.version = version;
for (const name of Object.keys(pkg.optionalDependencies)) pkg.optionalDependencies[name] = version;
fs.writeFileSync(file, JSON.stringify(pkg, null, 2) + "\n");
' "$out/fsdlint/package.json" "$version"
echo "==> packages in $out"
