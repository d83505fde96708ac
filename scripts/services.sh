#!/usr/bin/env bash
# Makes sure PostgreSQL and Redis answer on 127.0.0.1 (starts them when they are down, installs
# them from Debian's packages, as root, when they are missing) and that Chromium is installed.
# Sourced by scripts/test.sh and .ci/run.

pg_up() { pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; }
redis_up() {
  if command -v redis-cli >/dev/null; then
    [ "$(redis-cli -h 127.0.0.1 -p 6379 ping 2>/dev/null)" = "PONG" ]
  else
    (exec 3<>/dev/tcp/127.0.0.1/6379 && printf 'PING\r\n' >&3 && read -r -t 2 reply <&3 && [[ "$reply" == +PONG* ]]) 2>/dev/null
  fi
}

wait_for() { # name, check, seconds
  local i
  for ((i = 0; i < $3 * 10; i++)); do "$2" && return 0; sleep 0.1; done
  echo "$1 did not come up" >&2
  return 1
}

apt_install() {
  if [ "$(id -u)" != 0 ]; then
    echo "$* missing and not root: install it (apt-get install -y $*)" >&2
    return 1
  fi
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

ensure_postgres() {
  pg_up && return 0
  local installed_now=0
  if ! ls /etc/postgresql/*/main >/dev/null 2>&1; then
    apt_install postgresql
    installed_now=1
  fi
  local version
  version=$(ls /etc/postgresql | sort -V | tail -n 1)
  if [ "$installed_now" = 1 ]; then
    # The tests connect to 127.0.0.1 as the superuser without a password, as on the project's
    # machines (tooling.md): trust loopback connections of this throw-away cluster.
    sed -ri 's/^(host\s+all\s+all\s+(127\.0\.0\.1\/32|::1\/128)\s+)\S+/\1trust/; s/^(local\s+all\s+all\s+)\S+/\1trust/; s/^(local\s+all\s+postgres\s+)\S+/\1trust/' \
      "/etc/postgresql/$version/main/pg_hba.conf"
  fi
  pg_ctlcluster --skip-systemctl-redirect "$version" main start 2>/dev/null \
    || pg_ctlcluster --skip-systemctl-redirect "$version" main restart
  wait_for PostgreSQL pg_up 30
}

ensure_redis() {
  redis_up && return 0
  command -v redis-server >/dev/null || apt_install redis-server
  redis-server --daemonize yes --bind 127.0.0.1 -::1 --port 6379 --save "" --appendonly no >/dev/null
  wait_for Redis redis_up 30
}

# Debian's Chromium for the browser tests (tests/browser; Playwright's own download cannot work
# on these machines).
ensure_chromium() {
  [ -x /usr/bin/chromium ] && return 0
  apt_install chromium fonts-dejavu-core
}

# poppler's pdftotext: the tests read the text of the PDF documents Ostoja makes.
ensure_pdftotext() {
  command -v pdftotext >/dev/null && return 0
  apt_install poppler-utils
}
