#!/bin/sh
# Runs a command inside its own D-Bus session with an unlocked gnome-keyring
# (a real Secret Service) kept in a throw-away directory, so nothing touches
# the user's keyring and parallel tests do not share one.
# Usage: with-keyring.sh COMMAND [ARGS...]
set -eu
keyring_home=$(mktemp -d "${TMPDIR:-/tmp}/moulin-keyring.XXXXXX")
trap 'rm -rf "$keyring_home"' EXIT INT TERM
export MOULIN_KEYRING_HOME="$keyring_home"
export MOULIN_ORIG_XDG_DATA_HOME="${XDG_DATA_HOME:-}"
exec dbus-run-session -- sh -c '
    set -u
    mkdir -p "$MOULIN_KEYRING_HOME/data" "$MOULIN_KEYRING_HOME/run"
    chmod 700 "$MOULIN_KEYRING_HOME/run"
    printf "moulin-test" | HOME="$MOULIN_KEYRING_HOME" XDG_DATA_HOME="$MOULIN_KEYRING_HOME/data" \
        XDG_RUNTIME_DIR="$MOULIN_KEYRING_HOME/run" \
        gnome-keyring-daemon --foreground --unlock --components=secrets >/dev/null 2>&1 &
    daemon=$!
    tries=0
    until dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
            org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q "true"; do
        tries=$((tries + 1))
        if [ $tries -gt 100 ]; then
            echo "with-keyring: gnome-keyring-daemon did not start" >&2
            kill $daemon 2>/dev/null
            exit 1
        fi
        sleep 0.05
    done
    # The name is owned before the login collection is made and unlocked: a
    # test saving at once could meet "a locked collection" on a busy machine.
    tries=0
    until dbus-send --session --print-reply --dest=org.freedesktop.secrets \
            /org/freedesktop/secrets/aliases/default org.freedesktop.DBus.Properties.Get \
            string:org.freedesktop.Secret.Collection string:Locked 2>/dev/null | grep -q "boolean false"; do
        tries=$((tries + 1))
        [ $tries -gt 100 ] && break
        sleep 0.05
    done
    [ -n "$MOULIN_ORIG_XDG_DATA_HOME" ] && export XDG_DATA_HOME="$MOULIN_ORIG_XDG_DATA_HOME"
    status=0
    "$@" || status=$?
    kill $daemon 2>/dev/null || true
    exit $status
' sh "$@"
