#!/usr/bin/env bash
# Installs the Debian packages Qafka needs to build, test and run its sandbox.
# Idempotent: does nothing when every package is already present.
set -euo pipefail

packages=(
  # build
  build-essential cmake ninja-build pkg-config clang-format clang-tidy git
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools qtkeychain-qt6-dev libgl-dev libqt6opengl6-dev libpcre2-dev
  # librdkafka from source (Debian 12's 2.0.2 is too old)
  python3 libssl-dev libsasl2-dev libzstd-dev liblz4-dev zlib1g-dev libcurl4-openssl-dev
  dpkg-dev
  # fuzzing: clang's libFuzzer and sanitizer runtimes (GCC has no libFuzzer)
  clang-14 libclang-rt-14-dev
  # real Kafka from Maven Central, oracles and TLS material
  openjdk-17-jre-headless maven kcat openssl
  # Kerberos: a private MIT KDC for the GSSAPI tests, and the SASL plugin librdkafka logs in with
  krb5-kdc krb5-admin-server krb5-user libsasl2-modules-gssapi-mit
  # schemas: Avro C, Protobuf (run-time .proto parsing; protoc for the Python oracle), JSON
  # Schema; the schema-registry fixture (curl) and the oracle's venv (python3-venv)
  protobuf-compiler libavro-dev libprotobuf-dev libprotoc-dev libvalijson-dev nlohmann-json3-dev
  curl python3-venv
  # secrets: a real Secret Service in a private D-Bus session
  gnome-keyring dbus dbus-x11 libsecret-tools
  # GUI tests and screenshots
  xvfb xauth x11-utils imagemagick fonts-dejavu-core fonts-noto-cjk
  # packaging checks
  desktop-file-utils appstream file librsvg2-bin
  # translations of Qt's own dialogs (qtbase_ko.qm)
  qt6-translations-l10n
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if ((${#missing[@]} == 0)); then
  exit 0
fi
if [[ $(id -u) -ne 0 ]]; then
  echo "install-deps: missing packages: ${missing[*]}" >&2
  echo "install-deps: run as root, or install them with apt-get" >&2
  exit 1
fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
