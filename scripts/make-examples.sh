#!/usr/bin/env bash
# Regenerates examples/ from the stories in examples/stories/ (written for this project, free to
# publish) with unspin's own spinner: three spun farm pages, one spun plain-text story, and one
# farm page carrying an unspun (clean) copy. Deterministic: same seeds, same pages.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
spin() { ./unspin spin "$@" 2>/dev/null; }

spin --page --rate 0.25 --seed 11 --thesaurus mythes \
  --source https://wire.example.org/2026/11/port-ellis-bridge-repairs \
  --truth examples/harbour-bridge.truth.json examples/stories/harbour-bridge.txt \
  > examples/harbour-bridge.html
spin --page --rate 0.2 --seed 12 --thesaurus mythes \
  --source https://wire.example.org/2026/11/meridian-river-water-plan \
  --truth examples/water-summit.truth.json examples/stories/water-summit.txt \
  > examples/water-summit.html
spin --page --rate 0.3 --seed 13 --thesaurus wordnet \
  --source https://wire.example.org/2026/11/riverton-chip-plant \
  --truth examples/chip-plant.truth.json examples/stories/chip-plant.txt \
  > examples/chip-plant.html
spin --rate 0.2 --seed 14 --thesaurus mythes \
  --truth examples/water-summit-spun.truth.json examples/stories/water-summit.txt \
  > examples/water-summit-spun.txt
spin --page --rate 0 --seed 15 \
  --source https://wire.example.org/2026/11/riverton-chip-plant \
  examples/stories/chip-plant.txt > examples/chip-plant-clean.html
echo "examples regenerated"
