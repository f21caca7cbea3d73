#!/usr/bin/env bash
# End-to-end throughput of `cleanfeed run --once` on Azurite: FEEDS feeds of ITEMS items each, whose
# links point at real pages of the shared dev corpus, all served on loopback. Prints the run's
# summary, its wall time and peak memory, then a second (idempotent) run.
# Usage: tests/CleanFeed.Benchmarks/pipeline/run.sh [FEEDS=10] [ITEMS=100]
set -euo pipefail
cd "$(dirname "$0")/../../.."
feeds=${1:-10}; items=${2:-100}
corpus=../shared/corpus/extraction-dev/pages
[ -d "$corpus" ] || { echo "needs $corpus"; exit 2; }
work=$(mktemp -d); trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
python3 - "$corpus" "$work" "$port" "$feeds" "$items" <<'PY'
import glob, gzip, os, sys
corpus, work, port, nfeeds, nitems = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5])
os.makedirs(f'{work}/pages'); os.makedirs(f'{work}/feeds')
pages = sorted(glob.glob(f'{corpus}/*.html.gz'))[:200]
for i, p in enumerate(pages): open(f'{work}/pages/p{i}.html', 'wb').write(gzip.open(p).read())
base = f'http://127.0.0.1:{port}'
outlines = []
for f in range(nfeeds):
    entries = ''.join(f'<item><title>Item {f}-{j}</title><link>{base}/pages/p{(f*20+j) % len(pages)}.html?f={f}&amp;j={j}</link>'
                      f'<guid>{f}-{j}</guid><pubDate>Mon, 0{1+j%9} Jan 2024 10:00:00 GMT</pubDate><description>Teaser {j}</description></item>' for j in range(nitems))
    open(f'{work}/feeds/f{f}.rss', 'w').write(f'<?xml version="1.0"?><rss version="2.0"><channel><title>Bench {f}</title><link>{base}/</link>{entries}</channel></rss>')
    outlines.append(f'<outline type="rss" text="f{f}" xmlUrl="{base}/feeds/f{f}.rss"/>')
open(f'{work}/feeds.opml', 'w').write('<?xml version="1.0"?><opml version="2.0"><head><title>bench</title></head><body>' + ''.join(outlines) + '</body></opml>')
PY
(cd "$work" && exec python3 -m http.server "$port" --bind 127.0.0.1 >/dev/null 2>&1) &
[ -f node_modules/azurite/dist/src/azurite.js ] || npm ci --no-audit --no-fund >/dev/null
ports=($(python3 -c 'import socket
ss=[socket.socket() for _ in range(3)]
[s.bind(("127.0.0.1",0)) for s in ss]; print(*[s.getsockname()[1] for s in ss])'))
node node_modules/azurite/dist/src/azurite.js --silent --disableTelemetry --skipApiVersionCheck --loose --inMemoryPersistence \
  --blobPort "${ports[0]}" --queuePort "${ports[1]}" --tablePort "${ports[2]}" >/dev/null &
sleep 3
key='Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=='
conn="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=$key;BlobEndpoint=http://127.0.0.1:${ports[0]}/devstoreaccount1;QueueEndpoint=http://127.0.0.1:${ports[1]}/devstoreaccount1;TableEndpoint=http://127.0.0.1:${ports[2]}/devstoreaccount1;"
dotnet build -c Release src/CleanFeed.Cli >/dev/null
for round in first second; do
  echo "== $round run"
  /usr/bin/time -f "wall %e s, peak RSS %M KB" dotnet src/CleanFeed.Cli/bin/Release/net10.0/cleanfeed.dll run --feeds "$work/feeds.opml" --once --storage "$conn" 2>&1 | grep -vE '^  http' 
done
