#!/usr/bin/env bash
# The regional publication benchmark: a fresh PostgreSQL database used as the server's role, a
# region of invented municipalities with their Blue Cards (`ostoja stats seed`), then the
# release of the year's last quarter and of the whole year (`ostoja stats publish`), each timed
# with its peak memory.
#   scripts/stats-publication.sh target/release/ostoja [municipalities] [cards] [database]
# With REUSE=1 the database seeded by an earlier run is kept, its releases deleted, and only
# the publications are run again.
set -euo pipefail
BIN=$(realpath "$1")
MUNICIPALITIES=${2:-300}
CARDS=${3:-10000}
DB=${4:-ostoja_stats_publication}
YEAR=$(( $(date +%Y) - 1 ))
psql() { PGOPTIONS="-c client_min_messages=warning" command psql -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -U postgres "$@"; }
for role in "ostoja_owner LOGIN" "ostoja_app LOGIN NOBYPASSRLS" "ostoja_region NOLOGIN NOBYPASSRLS"; do
  name=${role%% *}
  psql -c "DO \$\$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '$name') THEN CREATE ROLE $role; END IF; END \$\$" postgres
done
export OSTOJA_DATABASE__URL="postgres://ostoja_app@127.0.0.1:5432/$DB"
export OSTOJA_DATABASE__MIGRATION_URL="postgres://ostoja_owner@127.0.0.1:5432/$DB"
export OSTOJA_LOG__FILTER=error
timed() { # label, command…
  local label=$1; shift
  /usr/bin/time -f "$label: %e s, peak memory %M KB" "$@" 2>&1 >/dev/null | grep "^$label:"
}
if [ "${REUSE:-0}" = 1 ]; then
  # Releases never change: the benchmark's own are removed by their owner, triggers aside.
  psql -c "set session_replication_role = replica" \
    -c "delete from stats_release_exports" -c "delete from stats_release_cells" \
    -c "delete from stats_release_indicators" -c "delete from stats_release_members" \
    -c "delete from stats_releases" "$DB"
else
  psql -c "GRANT ostoja_region TO ostoja_app" -c "drop database if exists $DB" -c "create database $DB owner ostoja_owner" postgres
  "$BIN" migrate >/dev/null
  "$BIN" region create --slug bench --name "Region testowy" --teryt 30 >/dev/null
  timed "seed $MUNICIPALITIES municipalities x $CARDS cards" \
    "$BIN" stats seed --region bench --municipalities "$MUNICIPALITIES" --cards "$CARDS" --year "$YEAR"
  psql -c "analyze" "$DB"
  psql -c "select pg_size_pretty(pg_database_size('$DB')) as size" -t "$DB"
fi
timed "publish $YEAR-Q4" "$BIN" stats publish --region bench --period "$YEAR-Q4"
timed "publish $YEAR" "$BIN" stats publish --region bench --period "$YEAR"
"$BIN" stats releases --region bench
