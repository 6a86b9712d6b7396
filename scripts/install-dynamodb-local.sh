#!/usr/bin/env bash
# Installs DynamoDB Local (AWS's emulator) into .local/dynamodb-local for the local runtime and the
# integration tests. The emulator ships inside the npm package amplify-dynamodb-simulator; only its
# package/emulator folder is kept. Idempotent: does nothing when the jar is already there.
set -euo pipefail

VERSION="2.9.30"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DEST="${DYNAMODB_LOCAL_DIR:-$ROOT/.local/dynamodb-local}"

if ! command -v java >/dev/null 2>&1; then
  echo "install-dynamodb-local: java not found. DynamoDB Local needs Java 17 or newer" >&2
  echo "  (Debian/Ubuntu: apt-get install -y openjdk-17-jre-headless)" >&2
  exit 1
fi
# `java -version` prints e.g. 'openjdk version "17.0.15"' or 'java version "1.8.0_392"'.
JAVA_VERSION="$(java -version 2>&1 | sed -n 's/.*version "\([^"]*\)".*/\1/p' | head -n 1)"
JAVA_MAJOR="${JAVA_VERSION%%.*}"
if [[ "$JAVA_MAJOR" == "1" ]]; then JAVA_MAJOR="$(echo "$JAVA_VERSION" | cut -d. -f2)"; fi
if ! [[ "$JAVA_MAJOR" =~ ^[0-9]+$ ]] || (( JAVA_MAJOR < 17 )); then
  echo "install-dynamodb-local: found Java '${JAVA_VERSION:-unknown}', DynamoDB Local needs Java 17 or newer" >&2
  exit 1
fi

if [[ -f "$DEST/DynamoDBLocal.jar" && -f "$DEST/.version" && "$(cat "$DEST/.version")" == "$VERSION" ]]; then
  echo "install-dynamodb-local: DynamoDB Local $VERSION already in $DEST"
  exit 0
fi

TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
echo "install-dynamodb-local: fetching amplify-dynamodb-simulator@$VERSION from the npm registry"
(cd "$TMP" && npm pack --silent "amplify-dynamodb-simulator@$VERSION" >/dev/null)
TARBALL="$(ls "$TMP"/amplify-dynamodb-simulator-*.tgz)"
tar -xzf "$TARBALL" -C "$TMP" package/emulator
if [[ ! -f "$TMP/package/emulator/DynamoDBLocal.jar" ]]; then
  echo "install-dynamodb-local: the package has no emulator/DynamoDBLocal.jar; pin another version" >&2
  exit 1
fi
rm -rf "$DEST"
mkdir -p "$(dirname "$DEST")"
mv "$TMP/package/emulator" "$DEST"
echo "$VERSION" > "$DEST/.version"
echo "install-dynamodb-local: installed DynamoDB Local $VERSION in $DEST"
