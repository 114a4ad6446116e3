#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a command inside a private D-Bus session with a freshly unlocked gnome-keyring and a home
# of its own, so keychain tests never touch a developer's real keyring, nor a neighbour's run.
set -eu
if [ -z "${HOOKDESK_IN_KEYRING_SESSION:-}" ]; then
    home=$(mktemp -d "${TMPDIR:-/tmp}/hookdesk-keyring.XXXXXX")
    trap 'rm -rf "$home"' EXIT
    mkdir -p "$home/.local/share" "$home/.config" "$home/.cache"
    mkdir -m 700 "$home/run"
    export HOME="$home" XDG_DATA_HOME="$home/.local/share" XDG_CONFIG_HOME="$home/.config" \
        XDG_CACHE_HOME="$home/.cache" XDG_RUNTIME_DIR="$home/run" HOOKDESK_IN_KEYRING_SESSION=1
    unset DBUS_SESSION_BUS_ADDRESS
    status=0
    dbus-run-session -- "$0" "$@" || status=$?
    exit "$status"
fi
printf %s pass | gnome-keyring-daemon --unlock --components=secrets >/dev/null
exec "$@"
