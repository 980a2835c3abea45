#!/usr/bin/env bash
# Re-render every PNG icon from its SVG source.
#   app/speechdraft.svg  -> app/speechdraft-{16,32,48,64,128,256}.png
#   toolbar/NAME.svg     -> toolbar/NAME-{16,24,48}.png
# Usage: bash icons/render.sh   (from anywhere)
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")"

if ! command -v rsvg-convert >/dev/null 2>&1; then
    echo "rsvg-convert not found; installing librsvg2-bin..." >&2
    SUDO=""
    if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
    $SUDO apt-get update -qq && $SUDO apt-get install -y -qq librsvg2-bin
fi

render() { # svg size out
    rsvg-convert --width "$2" --height "$2" --keep-aspect-ratio \
        --format png --output "$3" "$1"
}

count=0
for size in 16 32 48 64 128 256; do
    render app/speechdraft.svg "$size" "app/speechdraft-$size.png"
    count=$((count + 1))
done

shopt -s nullglob
for svg in toolbar/*.svg; do
    name="${svg%.svg}"
    for size in 16 24 48; do
        render "$svg" "$size" "$name-$size.png"
        count=$((count + 1))
    done
done

echo "rendered $count PNG files"
