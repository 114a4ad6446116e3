#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Makes packaging/screenshots/queue.png from the real program: a throwaway database filled through
# the command line against a local receiver (one delivery answered 500, then resent), the window
# under Xvfb, the queue page with a job selected. Needs xvfb, xdotool, imagemagick, python3.
#   packaging/screenshots/take-queue-screenshot.sh build/hookdesk
set -euo pipefail
hookdesk=$(realpath "${1:-build/hookdesk}")
out=$(realpath "$(dirname "$0")")/queue.png
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT
export HOME=$work/home XDG_DATA_HOME=$work/data XDG_CONFIG_HOME=$work/config XDG_RUNTIME_DIR=$work/run
mkdir -p "$HOME" "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" && mkdir -m 700 "$XDG_RUNTIME_DIR"
unset DBUS_SESSION_BUS_ADDRESS

# A receiver that answers 204, except 500 to the third request it sees.
cat >"$work/receiver.py" <<'PY'
import http.server, sys
count = 0
class H(http.server.BaseHTTPRequestHandler):
    def log_message(self, *a): pass
    def do_POST(self):
        global count
        count += 1
        self.rfile.read(int(self.headers.get('Content-Length', 0)))
        body = b'{"error":"database is read-only"}' if count == 3 else b''
        self.send_response(500 if count == 3 else 204)
        self.send_header('Content-Type', 'application/json')
        self.send_header('Content-Length', str(len(body)))
        self.end_headers()
        self.wfile.write(body)
http.server.HTTPServer(('127.0.0.1', int(sys.argv[1])), H).serve_forever()
PY
port=18765
python3 "$work/receiver.py" $port &

cat >"$work/session.sh" <<SH
set -e
printf %s pass | gnome-keyring-daemon --unlock --components=secrets >/dev/null
hd() { "$hookdesk" "\$@"; }
printf %s bill-token | hd integration add --name Billing --url http://127.0.0.1:$port/billing --token-stdin
printf %s crm-token | hd integration add --name "Sales CRM" --url http://127.0.0.1:$port/crm --auth token --token-stdin
hd trigger add --integration Billing --event thyngs.subscription.created --path /subscriptions
hd trigger add --integration Billing --event thyngs.giftaid.collected --path /giftaid
hd trigger add --integration "Sales CRM" --event kinetic.submission.submitted --path /workflows/submissions
for e in thyngs.subscription.created kinetic.submission.submitted thyngs.giftaid.collected thyngs.subscription.created kinetic.submission.submitted; do
    hd emit --event \$e >/dev/null; hd serve --until-idle >/dev/null
done
failed=\$(hd queue list --status failed --json | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["id"])')
hd queue resend "\$failed" >/dev/null
printf 'Hookdesk\n' >/dev/null
"$hookdesk" &
gui=\$!
for i in \$(seq 50); do xdotool search --name Hookdesk >/dev/null 2>&1 && break; sleep 0.2; done
sleep 1.5
win=\$(xdotool search --name Hookdesk | head -1)
xdotool windowmove "\$win" 0 0 windowsize "\$win" 1280 800
sleep 0.5
xdotool mousemove 60 160 click 1      # Queue in the navigation
sleep 2.5                             # the resent job is delivered by the window's dispatcher
xdotool mousemove 500 196 click 1     # the resent job's row (third, under the filters)
sleep 1
import -window root -crop 1200x760+0+0 "$out"
kill \$gui
SH
xvfb-run -a -s "-screen 0 1280x800x24" dbus-run-session -- bash "$work/session.sh"
echo "wrote $out"
