#!/usr/bin/env bash
# Starts a throwaway PostgreSQL 15 server for the SQL store tests and prints
# the connection URL on stdout. Usage: postgres.sh start DIR PORT | stop DIR.
# PostgreSQL refuses to run as root, so the server runs as the postgres user
# (created if missing) in DIR, which must be writable by it.
set -euo pipefail
cmd="$1"; dir="$2"; port="${3:-54329}"
bin="$(pg_config --bindir 2>/dev/null || true)"
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
	for v in 17 16 15; do
		if [ -x "/usr/lib/postgresql/$v/bin/initdb" ]; then bin="/usr/lib/postgresql/$v/bin"; break; fi
	done
fi
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
	echo "postgres.sh: no initdb found; install postgresql" >&2
	exit 1
fi
run() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/sh -c "$*"; else sh -c "$*"; fi; }
case "$cmd" in
start)
	if [ "$(id -u)" = 0 ] && ! id postgres >/dev/null 2>&1; then
		useradd --system --home-dir "$dir" --shell /bin/sh postgres
	fi
	mkdir -p "$dir"
	if [ "$(id -u)" = 0 ]; then chown postgres "$dir"; fi
	chmod 700 "$dir"
	run "$bin/initdb -D '$dir/data' -A trust -U postgres --no-sync -E UTF8 --locale=C.UTF-8" >"$dir/initdb.log" 2>&1 ||
		run "$bin/initdb -D '$dir/data' -A trust -U postgres --no-sync -E UTF8" >"$dir/initdb.log" 2>&1
	run "$bin/pg_ctl -D '$dir/data' -l '$dir/server.log' -o \"-p $port -k '$dir' -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=400\" -w start" >&2
	echo "postgres://postgres@127.0.0.1:$port/postgres?sslmode=disable"
	;;
stop)
	run "$bin/pg_ctl -D '$dir/data' -m fast -w stop" >&2 || true
	;;
*)
	echo "usage: postgres.sh start DIR [PORT] | stop DIR" >&2
	exit 2
	;;
esac
