#!/usr/bin/env bash
# Load on the web app's pages (issue 13): `observatoire serve` (release) on 127.0.0.1, the bundled
# example uploaded and analysed without a model, then wrk at 64 connections against a theme page
# of its report, the themes' review page and the project page, latency percentiles printed; the server's resident
# memory sampled every 10 s during a longer run to see that it stays flat.
# Needs wrk: ./scripts/setup --bench.
# Usage: scripts/bench/web.sh [DURATION_SECONDS (30)] [MEMORY_RUN_SECONDS (300)]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
duration="${1:-30}"
memory_run="${2:-300}"
port="${OBS_BENCH_PORT:-8097}"
bin="${OBS_BENCH_BIN:-$root/.build/release/observatoire}"
[ -x "$bin" ] || (cd "$root" && swift build -c release --product observatoire)
work="$(mktemp -d /tmp/web-bench.XXXXXX)"
trap 'kill "$server" 2>/dev/null || true; rm -rf "$work"' EXIT
cd "$work"
echo "un mot de passe de banc d'essai" | "$bin" users add banc --role analyste --data donnees >/dev/null
"$bin" serve --port "$port" --data donnees --threads 2 >server.log 2>&1 &
server=$!
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.2; done
csrf() { sed -n 's/.*name="csrf" value="\([^"]*\)".*/\1/p' | head -1; }
token="$(curl -sf -c cookies "http://127.0.0.1:$port/connexion" | csrf)"
curl -sf -o /dev/null -b cookies -c cookies \
  --data-urlencode "csrf=$token" --data-urlencode "identifiant=banc" \
  --data-urlencode "mot_de_passe=un mot de passe de banc d'essai" "http://127.0.0.1:$port/connexion"
token="$(curl -sf -b cookies "http://127.0.0.1:$port/" | csrf)"
# A script's upload (the file as the body) is imported at once; a browser's form would first show
# the question check.
curl -sf -o /dev/null -b cookies -H "X-CSRF-Token: $token" --data-binary "@$root/examples/enseignants-ia.csv" \
  "http://127.0.0.1:$port/projets?nom=enseignants-ia.csv"
id="$(ls donnees/projets)"
curl -sf -o /dev/null -b cookies -d "csrf=$token&methode=regles" "http://127.0.0.1:$port/projets/$id/analyse"
curl -sf -N -b cookies "http://127.0.0.1:$port/projets/$id/analyse/evenements" | grep -A1 "event: fin"
# curl writes HttpOnly cookies as « #HttpOnly_host … » lines.
cookie="$(awk 'NF >= 7 && ($1 !~ /^#/ || $1 ~ /^#HttpOnly_/) {printf "%s=%s; ", $6, $7}' cookies)"
# The themes' stability is measured in the background after each analysis: wait for it, so that
# the load below meets the server at rest (and say how long it took).
started=$(date +%s.%N)
for _ in $(seq 600); do
  curl -sf -b cookies "http://127.0.0.1:$port/projets/$id/stabilite" | grep -q "Mesure en cours" || break
  sleep 0.5
done
echo "stability measured in $(echo "$(date +%s.%N) - $started" | bc) s after the analysis"
theme="http://127.0.0.1:$port/projets/$id/rapport/theme-1-1.html"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
# The report's theme page (a file of the report), the review page of the themes (built from the
# project's database on each request) and the project page.
for url in "$theme" "http://127.0.0.1:$port/projets/$id/themes" "http://127.0.0.1:$port/projets/$id"; do
  echo "== $url"
  wrk -t2 -c64 -d"${duration}s" --latency -H "Cookie: $cookie" "$url"
done
echo "== memory over ${memory_run} s of load on the themes' review page (RSS of the server, kB)"
wrk -t2 -c64 -d"${memory_run}s" -H "Cookie: $cookie" "http://127.0.0.1:$port/projets/$id/themes" >wrk-long.txt &
load=$!
for _ in $(seq $((memory_run / 10))); do
  sleep 10
  echo "$(date +%T) $(awk '/VmRSS/ {print $2}' /proc/$server/status)"
done
wait "$load"
grep -E "Requests/sec|Non-2xx|errors" wrk-long.txt || true
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
