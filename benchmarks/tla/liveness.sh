#!/usr/bin/env bash
# Checks each temporal property of a TLC config on its own, so that every
# property instance gets its own verdict (TLC stops at the first violated one and
# does not name it). Usage, from anywhere:
#   TLA2TOOLS=/path/to/tla2tools.jar benchmarks/tla/liveness.sh Lock.tla Lock_wf.cfg
#   benchmarks/tla/liveness.sh DiningLive.tla DiningLive_sf.cfg -deadlock   (extra TLC flags last)
# Prints one line per property: name, verdict, distinct, generated, depth, wall time.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
jar="${TLA2TOOLS:-/work/tools/tlc/tla2tools.jar}"
spec="$1" cfg="$2"
shift 2
work="$(mktemp -d /tmp/tlc-live.XXXXXX)"
trap 'rm -rf "$work"' EXIT
cp "$here"/*.tla "$work"/
props="$(sed -n 's/^PROPERTY *//p' "$here/$cfg")"
for p in $props; do
    grep -v '^PROPERTY' "$here/$cfg" > "$work/one.cfg"
    echo "PROPERTY $p" >> "$work/one.cfg"
    start=$(date +%s.%N)
    out="$(cd "$work" && java -XX:+UseParallelGC -cp "$jar" tlc2.TLC -workers 1 "$@" \
        -metadir "$work/meta-$p" -config one.cfg "$spec" 2>&1 || true)"
    wall=$(echo "$(date +%s.%N) - $start" | bc)
    if grep -q 'Temporal properties were violated' <<<"$out"; then verdict=violated
    elif grep -q 'Model checking completed. No error has been found' <<<"$out"; then verdict=holds
    else verdict="ERROR"; echo "$out" >&2
    fi
    counts="$(grep -o '[0-9,]* states generated, [0-9,]* distinct states found' <<<"$out" | tail -1)"
    depth="$(grep -o 'complete state graph search is [0-9]*' <<<"$out" | grep -o '[0-9]*$' || echo '?')"
    printf '%-18s %-9s %s, depth %s, %.2f s\n' "$p" "$verdict" "$counts" "$depth" "$wall"
done
