#!/usr/bin/env bash
# make test-dist: install the .deb that `make dist` built, as a person would, and take it
# off again. Needs root (dpkg installs system-wide) and xvfb-run. Every step prints
# PASS or FAIL; the package is removed again whatever happens (trap).
#   scripts/test_dist.sh [dist/legapp_<version>_<arch>.deb]
set -uo pipefail
cd "$(dirname "$0")/.."

deb="${1:-$(ls -t dist/legapp_*.deb 2>/dev/null | head -n 1)}"
if [ -z "$deb" ] || [ ! -f "$deb" ]; then
  echo "FAIL: no .deb in dist/ (run make dist first)"; exit 1
fi
if [ "$(id -u)" != 0 ]; then
  echo "FAIL: dpkg -i needs root"; exit 1
fi
if dpkg-query -W -f='${Status}' legapp 2>/dev/null | grep -q "install ok installed"; then
  echo "FAIL: legapp is installed already; this test would remove it (dpkg -r legapp first)"; exit 1
fi

work=$(mktemp -d /tmp/legapp-test-dist.XXXXXX)
failed=0
installed=0
pass() { echo "PASS: $*"; }
fail() { echo "FAIL: $*"; failed=$((failed + 1)); }

cleanup() {
  if [ "$installed" = 1 ] && dpkg-query -W legapp >/dev/null 2>&1; then
    dpkg -r legapp >/dev/null 2>&1 || dpkg --purge --force-all legapp >/dev/null 2>&1
  fi
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# 1. install
installed=1
if dpkg -i "$deb" >"$work/dpkg-i.log" 2>&1; then
  pass "dpkg -i $deb"
elif command -v apt-get >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -f -y -qq \
    --no-install-recommends >>"$work/dpkg-i.log" 2>&1 && dpkg-query -W -f='${Status}' legapp | grep -q "ok installed"; then
  pass "dpkg -i $deb (its missing Depends brought by apt-get install -f)"
else
  fail "dpkg -i $deb"; cat "$work/dpkg-i.log"; exit 1
fi
for path in /opt/legapp/legapp /usr/bin/legapp /usr/share/applications/org.legapp.legapp.desktop \
    /usr/share/metainfo/org.legapp.legapp.metainfo.xml /usr/share/icons/hicolor/scalable/apps/legapp.svg \
    /usr/share/icons/hicolor/48x48/apps/legapp.png /usr/share/icons/hicolor/256x256/apps/legapp.png \
    /usr/lib/systemd/user/legapp-kiosk.service; do
  [ -e "$path" ] || fail "installed: $path is missing"
done
[ "$failed" = 0 ] && pass "the bundle, launcher, menu entry, AppStream data, icons and kiosk unit are installed"
# shiboken reads its support modules from files.dir, compiled at build time, rather than
# compiling them from the copy inside its library at every start (packaging/shiboken_files.py).
support=/opt/legapp/_internal/shiboken6/files.dir/shibokensupport
if ls "$support"/signature/__pycache__/loader.cpython-*.pyc "$support"/signature/__pycache__/parser.cpython-*.pyc \
    >/dev/null 2>&1; then
  pass "shiboken's support modules are installed compiled ($(find "$support" -name '*.pyc' | wc -l) .pyc files)"
else
  fail "shiboken's compiled support modules are missing from $support"
fi
if ls /etc/systemd/user/*.wants/legapp-kiosk.service >/dev/null 2>&1; then
  fail "installing enabled the kiosk unit (staff enable it)"
else
  pass "the kiosk unit ships disabled (/usr/lib/systemd/user/legapp-kiosk.service, enabled nowhere)"
fi
said=$(desktop-file-validate /usr/share/applications/org.legapp.legapp.desktop 2>&1) \
  && pass "desktop-file-validate: ${said:-no errors, no warnings}" || fail "desktop-file-validate: $said"
said=$(appstreamcli validate --no-net /usr/share/metainfo/org.legapp.legapp.metainfo.xml 2>&1) \
  && pass "appstreamcli validate --no-net: $said" || fail "appstreamcli validate --no-net: $said"

# 2. the first window, under Xvfb on the xcb platform (as on a desktop), in Spanish with
# the mock voice: LEGAPP_REPORT_READY makes it print legapp-ready once its window is
# shown and legapp-content-ready once the content is in, then quit. It runs as an
# ordinary user where there is one (nobody), so /opt/legapp is read-only for it as on a
# person's computer; as root, that nothing was written there is checked below.
home="$work/home"
mkdir -p "$home"
as_user=()
who=root
if id nobody >/dev/null 2>&1 && command -v setpriv >/dev/null; then
  chmod 755 "$work"
  chown -R nobody "$home"
  as_user=(setpriv --reuid=nobody --regid="$(id -g nobody)" --clear-groups)
  who=nobody
fi
find /opt/legapp -newer "$deb" -print >"$work/opt-before" 2>/dev/null
touch "$work/started"
sleep 1
start=$(date +%s%N)
if env -u QT_QPA_PLATFORM HOME="$home" XDG_CACHE_HOME="$home/.cache" LEGAPP_REPORT_READY=1 \
    timeout 120 "${as_user[@]}" xvfb-run -a -s "-screen 0 1366x768x24" /usr/bin/legapp --data-dir "$home/data" \
    --lang es --tts-engine mock >"$work/out.log" 2>"$work/err.log"; then
  ms=$(( ($(date +%s%N) - start) / 1000000 ))
  if grep -qx legapp-ready "$work/out.log" && grep -qx legapp-content-ready "$work/out.log"; then
    pass "/usr/bin/legapp showed its first window under Xvfb and loaded its content, in Spanish, as" \
      "$who (${ms} ms, xvfb-run included)"
  else
    fail "/usr/bin/legapp ended without showing its window"; cat "$work/out.log"
  fi
else
  fail "/usr/bin/legapp did not start (exit $?)"; cat "$work/out.log"
fi
if [ -s "$work/err.log" ]; then
  fail "/usr/bin/legapp logged:"; cat "$work/err.log"
else
  pass "/usr/bin/legapp logged nothing (no error, no warning)"
fi
if ls "$home/.cache/legapp/content/"pack-*.bin >/dev/null 2>&1; then
  pass "the content pack's cache is in the user's cache folder"
else
  fail "no content pack cache in $home/.cache/legapp/content"
fi
if [ -n "$(find /opt/legapp -newer "$work/started" -print 2>/dev/null)" ]; then
  fail "the app wrote into /opt/legapp:"; find /opt/legapp -newer "$work/started"
else
  pass "the app wrote nothing into /opt/legapp"
fi

# 2b. the same as a person starts it (no report, the charts readied after the first
# screen): its window is looked for on the X screen by its class (the menu entry's
# StartupWMClass), left 5 s to settle, then closed; nothing may be logged.
cat >"$work/window.sh" <<'WINDOW'
/usr/bin/legapp --data-dir "$HOME/data" --tts-engine mock 2>"$HOME/window.err" &
app=$!
id=$(timeout 60 xdotool search --sync --onlyvisible --class legapp | head -n 1)
[ -n "$id" ] && xdotool getwindowname "$id" >"$HOME/window.name"
sleep 5
kill -0 "$app" 2>/dev/null && echo running >"$HOME/window.alive"
kill "$app"; wait "$app" 2>/dev/null
WINDOW
if command -v xdotool >/dev/null; then
  env -u QT_QPA_PLATFORM HOME="$home" XDG_CACHE_HOME="$home/.cache" timeout 120 "${as_user[@]}" \
    xvfb-run -a -s "-screen 0 1366x768x24" bash "$work/window.sh" >/dev/null 2>&1
  if [ -s "$home/window.name" ] && [ -f "$home/window.alive" ]; then
    pass "a legapp window is on the X screen: \"$(cat "$home/window.name")\", still running 5 s later"
  else
    fail "no legapp window was seen on the X screen (or it ended by itself)"
  fi
  if [ -s "$home/window.err" ]; then fail "/usr/bin/legapp logged:"; cat "$home/window.err"
  else pass "/usr/bin/legapp logged nothing in those 5 s"; fi
else
  fail "xdotool is not installed (../shared/ci-apt.txt)"
fi

# 3. commands from the installed bundle
if HOME="$home" QT_QPA_PLATFORM=offscreen timeout 120 /usr/bin/legapp check-install >"$work/check.log" 2>&1 \
    && grep -q "checks passed" "$work/check.log"; then
  pass "legapp check-install: $(grep -c '^ok:' "$work/check.log") checks (files, packs, Spanish, voice 'mock', PDF, chart)"
  sed 's/^/      /' "$work/check.log" | grep '      ok:'
else
  fail "legapp check-install"; cat "$work/check.log"
fi
if /usr/bin/legapp kiosk-setup --help >"$work/kiosk.log" 2>&1 && grep -q -- "--config" "$work/kiosk.log"; then
  pass "legapp kiosk-setup --help"
else
  fail "legapp kiosk-setup --help"; cat "$work/kiosk.log"
fi
# the PIN twice on standard input: setsid takes the terminal away, so getpass reads it there
printf '2468\n2468\n' >"$work/pin"
if HOME="$home" setsid -w /usr/bin/legapp kiosk-setup --config "$work/kiosk.yaml" --centre-name "Test Centre" \
    <"$work/pin" >"$work/kiosk-setup.log" 2>&1 && grep -q "pin_hash" "$work/kiosk.yaml" 2>/dev/null; then
  pass "legapp kiosk-setup wrote a kiosk's settings"
else
  fail "legapp kiosk-setup"; cat "$work/kiosk-setup.log"
fi
if /usr/bin/legapp --version | grep -q '^legapp '; then pass "legapp --version: $(/usr/bin/legapp --version)"
else fail "legapp --version"; fi

# 4. remove: nothing left behind
if dpkg -r legapp >"$work/dpkg-r.log" 2>&1; then
  installed=0
  pass "dpkg -r legapp"
else
  fail "dpkg -r legapp"; cat "$work/dpkg-r.log"
fi
left=""
for path in /opt/legapp /usr/bin/legapp /usr/share/applications/org.legapp.legapp.desktop \
    /usr/share/metainfo/org.legapp.legapp.metainfo.xml /usr/lib/systemd/user/legapp-kiosk.service \
    /usr/share/icons/hicolor/scalable/apps/legapp.svg /usr/share/doc/legapp; do
  [ -e "$path" ] && left="$left $path"
done
if [ -z "$left" ]; then pass "nothing is left in /opt/legapp, /usr/bin/legapp or /usr/share"
else fail "left after dpkg -r:$left"; fi

if [ "$failed" = 0 ]; then echo "PASS: make test-dist"; else echo "FAIL: make test-dist ($failed failed)"; fi
[ "$failed" = 0 ]
