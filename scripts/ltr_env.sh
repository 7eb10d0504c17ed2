#!/usr/bin/env bash
# Run the test suite on another QGIS LTR inside a Debian chroot, beside the host's 3.22:
#   scripts/ltr_env.sh             QGIS 3.40 LTR, Debian 13 (trixie)
#   scripts/ltr_env.sh forky       QGIS 3.44 LTR, Debian forky (testing)
#   LTR_ROOT=/path ...             where the chroot lives (default /var/cache/incident-tracker/<suite>)
#   LTR_TARGET=test-qgis PYTEST_ARGS="-k utc" ...   a part of the suite only
# The chroot is built once (debootstrap) and kept. The Debian mirror is read from this machine's own apt
# sources; none is written here.
set -euo pipefail
SUITE=${1:-trixie}
REPO=$(cd "$(dirname "$0")/.." && pwd)
SHARED=$(cd "$REPO/.." && pwd)/shared
LTR_ROOT=${LTR_ROOT:-/var/cache/incident-tracker/$SUITE}
PACKAGES="python3-qgis qgis-providers python3-shapely python3-pyproj python3-gdal gdal-bin python3-pytest \
python3-hypothesis python3-venv python3-pip make ca-certificates locales postgresql python3-psycopg2"
SUDO=$([ "$(id -u)" = 0 ] || echo sudo)

mirror() {
  local uri
  uri=$(grep -hE '^(URIs:|deb )' /etc/apt/sources.list.d/*.sources /etc/apt/sources.list 2>/dev/null \
        | grep -v security | head -n1 | sed -E 's/^URIs:[[:space:]]*//; s/^deb[[:space:]]+(\[[^]]*\][[:space:]]+)?//' \
        | awk '{print $1}')
  echo "${uri:-}"
}

build() {
  command -v debootstrap >/dev/null || { $SUDO apt-get update -qq; $SUDO apt-get install -y -qq debootstrap; }
  local url; url=$(mirror)
  [ -n "$url" ] || { echo "No Debian mirror found in /etc/apt sources" >&2; exit 1; }
  echo "Building the $SUITE QGIS environment in $LTR_ROOT from $url (a few minutes, about 2.5 GB)"
  $SUDO rm -rf "$LTR_ROOT.partial"; $SUDO mkdir -p "$LTR_ROOT.partial"
  # An older debootstrap may not know a newer suite by name (forky on Debian 12): testing's script fits.
  local script=/usr/share/debootstrap/scripts/$SUITE
  [ -e "$script" ] || script=/usr/share/debootstrap/scripts/sid
  $SUDO debootstrap --variant=minbase "$SUITE" "$LTR_ROOT.partial" "$url" "$script" >/dev/null
  $SUDO cp /etc/resolv.conf "$LTR_ROOT.partial/etc/resolv.conf"
  [ -d /etc/pip.conf ] || [ ! -f /etc/pip.conf ] || $SUDO cp /etc/pip.conf "$LTR_ROOT.partial/etc/pip.conf"
  $SUDO mount -t proc proc "$LTR_ROOT.partial/proc"
  trap '$SUDO umount "$LTR_ROOT.partial/proc" 2>/dev/null || true' EXIT
  # A testing suite's Release file is valid for a week; a mirror that is a snapshot outlives that.
  $SUDO chroot "$LTR_ROOT.partial" /bin/bash -c \
    "echo 'Acquire::Check-Valid-Until \"false\";' > /etc/apt/apt.conf.d/99mirror-snapshot && \
     apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $PACKAGES >/dev/null \
     && pg=\$(ls /usr/lib/postgresql) && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
        postgresql-\$pg-postgis-3 >/dev/null"
  $SUDO umount "$LTR_ROOT.partial/proc"; trap - EXIT
  $SUDO mv "$LTR_ROOT.partial" "$LTR_ROOT"
}

[ -x "$LTR_ROOT/usr/bin/python3" ] && [ -e "$LTR_ROOT/usr/lib/python3/dist-packages/qgis" ] || build

cleanup() {
  for m in work/shared work/repo proc dev/shm dev; do $SUDO umount -l "$LTR_ROOT/$m" 2>/dev/null || true; done
}
cleanup  # mounts left by a run that was killed before its trap ran would stack under the new ones
trap cleanup EXIT
$SUDO mkdir -p "$LTR_ROOT/work/repo" "$LTR_ROOT/work/shared"
$SUDO mount -t proc proc "$LTR_ROOT/proc"
$SUDO mount --bind /dev "$LTR_ROOT/dev"
$SUDO mount --bind "$REPO" "$LTR_ROOT/work/repo"
if [ -d "$SHARED" ]; then $SUDO mount --bind "$SHARED" "$LTR_ROOT/work/shared"; fi
$SUDO cp /etc/resolv.conf "$LTR_ROOT/etc/resolv.conf"
# The host's CA bundle (it may hold a site's own CA for its package proxy), for pip inside the chroot.
HOST_CA=/etc/ssl/certs/ca-certificates.crt
[ -f "$HOST_CA" ] && $SUDO cp "$HOST_CA" "$LTR_ROOT/etc/ssl/certs/host-ca-bundle.crt"
$SUDO chroot "$LTR_ROOT" /usr/bin/env -i HOME=/root PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 \
  QT_QPA_PLATFORM=offscreen CI="${CI:-}" PYTEST_ARGS="${PYTEST_ARGS:-}" PIP_CERT=/etc/ssl/certs/host-ca-bundle.crt \
  SSL_CERT_FILE=/etc/ssl/certs/host-ca-bundle.crt PIP_DISABLE_PIP_VERSION_CHECK=1 /bin/bash -c \
  "cd /work/repo && python3 -c 'from qgis.core import Qgis; print(\"QGIS\", Qgis.QGIS_VERSION)' && \
   make ${LTR_TARGET:-test} VENV=/root/.cache/incident-tracker/venv-$SUITE BOUNDARIES=/work/shared/data/cod-ab-irq"
