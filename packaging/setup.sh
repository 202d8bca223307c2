#!/bin/sh
# Moulin developer entry point on Debian 12.
#
#   packaging/setup.sh run    install what is missing, build (Release), start Moulin
#                             (demo mode on the built-in sandbox when nothing is configured)
#   packaging/setup.sh test   install what is missing, build (Release, warnings as errors)
#                             and the ASan+UBSan build, run the whole test suite;
#                             exits non-zero on any failure
#
# Idempotent: packages already installed are not reinstalled, builds are
# incremental (ccache on top), nothing is redone that is up to date.
set -eu

here=$(cd "$(dirname "$0")/.." && pwd)
mode=${1:-}
case "$mode" in
run | test) ;;
*)
    echo "usage: $0 run|test" >&2
    exit 2
    ;;
esac
shift

PACKAGES="build-essential cmake ninja-build ccache pkg-config clang-format git
qt6-base-dev qt6-base-dev-tools qt6-charts-dev libqt6opengl6-dev libgl-dev
qtkeychain-qt6-dev qt6-httpserver-dev qt6-websockets-dev qt6-networkauth-dev
qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
libqt6sql6-sqlite libqt6svg6 libsecret-1-0 gnome-keyring dbus-daemon dbus-bin dbus-x11 dbus-user-session
xvfb xauth fonts-dejavu-core coinor-libcbc-dev libvalijson-dev libphonenumber-dev curl openssl
libcurl4-openssl-dev python3-aiosmtpd poppler-utils"

missing=""
for p in $PACKAGES; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $p"
    fi
done
if [ -n "$missing" ]; then
    echo "==> Installing Debian packages:$missing"
    SUDO=""
    if [ "$(id -u)" -ne 0 ]; then
        SUDO="sudo"
    fi
    $SUDO apt-get update -qq
    # shellcheck disable=SC2086
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing
else
    echo "==> Debian packages: all present"
fi

jobs=$(nproc 2>/dev/null || echo 2)
export CCACHE_DIR="${CCACHE_DIR:-$here/.cache/ccache}"
export CCACHE_SLOPPINESS="pch_defines,time_macros,include_file_mtime,include_file_ctime"
export CCACHE_BASEDIR="$here"

configure() { # dir, cmake args...
    dir=$1
    shift
    if [ ! -f "$dir/build.ninja" ]; then
        cmake -S "$here" -B "$dir" -G Ninja "$@"
    else
        cmake "$dir" "$@" >/dev/null
    fi
}

release="$here/build/release"
echo "==> Release build ($release)"
configure "$release" -DCMAKE_BUILD_TYPE=Release -DMOULIN_WERROR=ON
cmake --build "$release" -j "$jobs"

if [ "$mode" = run ]; then
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
        echo "setup.sh: no display found (DISPLAY/WAYLAND_DISPLAY unset)." >&2
        echo "Run it from a desktop session, or under Xvfb: xvfb-run -a packaging/setup.sh run" >&2
        exit 1
    fi
    echo "==> Starting Moulin"
    exec "$release/app/moulin" "$@"
fi

echo "==> Test suite (Release)"
status=0
(cd "$release" && ctest --output-on-failure -j "$jobs" --timeout 600) || status=1

asan="$here/build/asan"
echo "==> ASan+UBSan build of the unit tests ($asan)"
configure "$asan" -DCMAKE_BUILD_TYPE=Debug -DMOULIN_WERROR=ON -DMOULIN_SANITIZE=ON \
    -DMOULIN_UNIT_TESTS_ONLY=ON -DMOULIN_BUILD_BENCHMARKS=OFF
cmake --build "$asan" -j "$jobs"
(cd "$asan" && ctest --output-on-failure -j "$jobs" -L unit --timeout 600) || status=1

if [ $status -ne 0 ]; then
    echo "==> FAILED" >&2
else
    echo "==> All tests passed"
fi
exit $status
