#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Hookdesk set-up script (Debian 12 or newer).
#
#   ./setup.sh run [ARGS...]   install what the program needs, build build/ and start build/hookdesk ARGS...
#   ./setup.sh test            install what the tests need, build build/ and run every test
#   ./setup.sh asan            the same as test, with AddressSanitizer + UBSan (CMake preset "asan", build-asan/)
#   ./setup.sh bench [ARGS...] install what the delivery benchmark needs (nginx as its reference
#                              receiver), build build/ and run tests/bench/bench_delivery ARGS...
#
# The test run never touches the user's own data or keychain: it starts a throwaway PostgreSQL
# cluster, a private D-Bus session with its own unlocked keyring, and points HOME and XDG_* at
# temporary folders that are removed afterwards.
set -euo pipefail

ROOT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
cd "$ROOT_DIR"

# Needed to build and run the program.
RUN_PACKAGES=(
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-httpserver-dev qt6-websockets-dev qt6-charts-dev libqt6opengl6-dev qt6-svg-dev
    qtkeychain-qt6-dev libqt6sql6-sqlite libqt6sql6-psql libgl-dev
    # Qt's own catalogues (qtbase_de.qm …): standard buttons in the same language as the rest.
    qt6-translations-l10n
    cmake ninja-build g++ gnome-keyring dbus libvalijson-dev libdtl-dev
    # The test helpers are configured with the program (one build folder): the HTTP/2 receiver.
    pkgconf libnghttp2-dev
    # libcrypto's HMAC-SHA256 signs the deliveries.
    libssl-dev
    # The SQLite library Qt's driver uses, called directly where every delivery passes.
    libsqlite3-dev
)
# Nice to have (native Wayland windows); installed only when apt is being used anyway.
RUN_OPTIONAL_PACKAGES=(qt6-wayland)
# Needed only by the test run. dbus-run-session comes with dbus, so dbus-x11 is not needed.
TEST_PACKAGES=(xvfb xauth postgresql nodejs npm json-schema-test-suite)
# The delivery benchmark's reference receiver (it starts its own nginx on free ports).
BENCH_PACKAGES=(nginx)

PG_VERSION=15

log() { printf '==> %s\n' "$*" >&2; }
die() {
    printf 'setup.sh: %s\n' "$*" >&2
    exit 1
}

as_root() {
    if [[ $EUID -eq 0 ]]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        die "Installing packages needs root. Run this script as root or install sudo."
    fi
}

# A package counts as present when dpkg has it installed, or, for tools that often come from
# elsewhere (NodeSource's nodejs ships npm), when the command is on PATH.
package_present() {
    local status
    status=$(dpkg-query -W -f='${db:Status-Status}' "$1" 2>/dev/null || true)
    [[ $status == installed ]] && return 0
    case "$1" in
    npm) command -v npm >/dev/null 2>&1 ;;
    nodejs) command -v node >/dev/null 2>&1 ;;
    *) return 1 ;;
    esac
}

ensure_packages() {
    if ! command -v dpkg-query >/dev/null 2>&1; then
        log "Not a Debian system: install the equivalents of these yourself: $*"
        return 0
    fi
    local missing=() optional=() package
    for package in "$@"; do
        package_present "$package" || missing+=("$package")
    done
    if [[ ${#missing[@]} -eq 0 ]]; then
        return 0
    fi
    for package in "${RUN_OPTIONAL_PACKAGES[@]}"; do
        package_present "$package" || optional+=("$package")
    done
    log "Installing missing packages: ${missing[*]}"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}" </dev/null
    if [[ ${#optional[@]} -gt 0 ]]; then
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${optional[@]}" \
            </dev/null || log "Optional packages not installed: ${optional[*]} (the program works without them)"
    fi
}

# configure_and_build PRESET BUILD_DIR
configure_and_build() {
    log "Configuring $2 (preset $1)"
    cmake --preset "$1"
    log "Building $2"
    cmake --build "$2" -j"$(nproc)"
}

# ---------------------------------------------------------------- throwaway PostgreSQL cluster
PG_BIN=""
PG_DIR=""
PG_PORT=""
TEST_DIR=""
PG_RUN=()

pg_cmd() { ${PG_RUN[@]+"${PG_RUN[@]}"} "$PG_BIN/$1" "${@:2}"; }

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

start_postgres() {
    PG_BIN=/usr/lib/postgresql/$PG_VERSION/bin
    [[ -x $PG_BIN/initdb ]] || die "PostgreSQL $PG_VERSION was not found in $PG_BIN. Install the package postgresql-$PG_VERSION."

    # The cluster lives outside TEST_DIR because, as root, it must belong to the postgres user.
    PG_DIR=$(mktemp -d "${TMPDIR:-/tmp}/hookdesk-pg.XXXXXX")
    if [[ $EUID -eq 0 ]]; then
        id postgres >/dev/null 2>&1 || die "The postgres user does not exist; reinstall the postgresql package."
        chown postgres:postgres "$PG_DIR"
        PG_RUN=(runuser -u postgres --)
    fi
    (cd "$PG_DIR" && pg_cmd initdb -D "$PG_DIR/data" -A trust -U hookdesk -E UTF8 --locale=C.UTF-8 >"$PG_DIR/initdb.log" 2>&1) ||
        {
            cat "$PG_DIR/initdb.log" >&2
            die "initdb failed."
        }

    # Another program may take the port between the check and the start, so retry a few times.
    local attempt
    for attempt in 1 2 3 4 5 6 7 8; do
        PG_PORT=$((20000 + RANDOM % 40000))
        port_in_use "$PG_PORT" && continue
        if (cd "$PG_DIR" && pg_cmd pg_ctl -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 60 \
            -o "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1" start >/dev/null); then
            break
        fi
        PG_PORT=""
        log "PostgreSQL did not start (attempt $attempt); trying another port"
    done
    if [[ -z $PG_PORT ]]; then
        cat "$PG_DIR/server.log" >&2 || true
        die "Could not start the test PostgreSQL server."
    fi
    (cd "$PG_DIR" && pg_cmd createdb -h 127.0.0.1 -p "$PG_PORT" -U hookdesk hookdesk)
    export HOOKDESK_TEST_PG_URL="postgresql://hookdesk@127.0.0.1:$PG_PORT/hookdesk"
    export HOOKDESK_REQUIRE_POSTGRES=1
    log "PostgreSQL $PG_VERSION test cluster on 127.0.0.1:$PG_PORT"
}

cleanup() {
    local status=$?
    if [[ -n $PG_DIR && -f $PG_DIR/data/postmaster.pid ]]; then
        (cd "$PG_DIR" && pg_cmd pg_ctl -D "$PG_DIR/data" -m fast -w -t 60 stop >/dev/null 2>&1) ||
            (cd "$PG_DIR" && pg_cmd pg_ctl -D "$PG_DIR/data" -m immediate -w stop >/dev/null 2>&1) || true
    fi
    [[ -n $PG_DIR ]] && rm -rf "$PG_DIR"
    [[ -n $TEST_DIR ]] && rm -rf "$TEST_DIR"
    exit "$status"
}

# ---------------------------------------------------------------- test run
# tst_npm_verifier checks every signature with the standardwebhooks package from the npm
# registry, installed at the versions pinned in tests/verifier/package-lock.json.
install_verifier() {
    local dir=$ROOT_DIR/tests/verifier
    [[ -d $dir/node_modules/standardwebhooks ]] && return 0
    log "Installing the standardwebhooks verifier from the npm registry"
    (cd "$dir" && { npm ci --no-audit --no-fund || npm install --no-audit --no-fund; }) \
        || die "Could not install the standardwebhooks npm package in tests/verifier. Check the network connection to the npm registry and run ./setup.sh test again."
}

run_tests() {
    local preset=$1 build_dir=$2
    shift 2 # the rest goes to ctest, e.g. -R storage
    ensure_packages "${RUN_PACKAGES[@]}" "${TEST_PACKAGES[@]}"
    install_verifier
    configure_and_build "$preset" "$build_dir"

    trap cleanup EXIT
    trap 'exit 130' INT
    trap 'exit 143' TERM

    TEST_DIR=$(mktemp -d "${TMPDIR:-/tmp}/hookdesk-test.XXXXXX")
    mkdir -p "$TEST_DIR"/{home,data,config,cache,state,runtime}
    chmod 700 "$TEST_DIR/runtime"
    # Keep the tests away from the user's own files, settings, keyring and desktop session.
    export HOME="$TEST_DIR/home"
    export XDG_DATA_HOME="$TEST_DIR/data"
    export XDG_CONFIG_HOME="$TEST_DIR/config"
    export XDG_CACHE_HOME="$TEST_DIR/cache"
    export XDG_STATE_HOME="$TEST_DIR/state"
    export XDG_RUNTIME_DIR="$TEST_DIR/runtime"
    export QT_QPA_PLATFORM=offscreen
    export LC_ALL=C.UTF-8
    unset DISPLAY WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS LANGUAGE
    if [[ $preset == asan ]]; then
        export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0}
        export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
        [[ -f $ROOT_DIR/.ci/lsan.supp ]] && export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$ROOT_DIR/.ci/lsan.supp:print_suppressions=0}
    fi

    start_postgres

    local ctest_log="$TEST_DIR/ctest.log" status=0
    log "Running the tests in $build_dir"
    # shellcheck disable=SC2016 # expanded by the inner shell
    dbus-run-session -- sh -c '
        printf %s pass | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>"$XDG_RUNTIME_DIR/keyring.log"
        dir=$1 log=$2
        shift 2
        exec ctest --test-dir "$dir" --output-on-failure --no-tests=ignore -j2 --output-log "$log" "$@"
    ' hookdesk-tests "$build_dir" "$ctest_log" "$@" </dev/null || status=$?

    local passed=0 failed=0 summary
    summary=$(grep -E '[0-9]+% tests passed, [0-9]+ tests? failed out of [0-9]+' "$ctest_log" 2>/dev/null | tail -n 1 || true)
    if [[ $summary =~ ([0-9]+)\ tests?\ failed\ out\ of\ ([0-9]+) ]]; then
        failed=${BASH_REMATCH[1]}
        passed=$((BASH_REMATCH[2] - failed))
    elif [[ $status -ne 0 ]]; then
        failed=1
    fi
    printf '%s passed, %s failed\n' "$passed" "$failed"
    return "$status"
}

main() {
    local command=${1:-}
    [[ $# -gt 0 ]] && shift
    case "$command" in
    run)
        ensure_packages "${RUN_PACKAGES[@]}"
        configure_and_build default build
        exec "$ROOT_DIR/build/hookdesk" "$@"
        ;;
    test) run_tests default build "$@" ;;
    asan) run_tests asan build-asan "$@" ;;
    bench)
        ensure_packages "${RUN_PACKAGES[@]}" "${BENCH_PACKAGES[@]}"
        configure_and_build default build
        QT_QPA_PLATFORM=offscreen exec "$ROOT_DIR/build/tests/bench/bench_delivery" "$@"
        ;;
    *)
        printf 'Usage: %s run [ARGS...] | test [CTEST ARGS...] | asan [CTEST ARGS...] | bench [ARGS...]\n' "$0" >&2
        exit 2
        ;;
    esac
}

main "$@"
