#!/bin/bash
# Rebuilds docs/publication-exemple.md, docs/publication-exemple/ and docs/comparaison-exemple.md
# from the bundled observatory examples, through the command line, as an analyst would.
# Usage: scripts/observatory-example-publication.sh [path/to/observatoire]
set -euo pipefail
cd "$(dirname "$0")/.."
B="${1:-.build/debug/observatoire}"
E=examples/observatoire
W=$(mktemp -d)
trap 'rm -rf "$W"' EXIT
P="$W/obs.observatoire"
"$B" registre importer "$E/registre-initiatives.csv" --projet "$P"
"$B" formation importer "$E/formations.csv" --projet "$P"
for y in 2025 2026; do
  "$B" analyse "$E/enseignants-$y.csv" --mapping "$E/enseignants.mapping.yaml" --no-llm \
    --project "$W/enseignants-$y.observatoire" --out "$W/rapport-$y" > /dev/null
  "$B" serie ajouter enseignants --vague "$y" --depuis "$W/enseignants-$y.observatoire" --projet "$P"
done
"$B" serie comparer enseignants --projet "$P" --out "$W/comparaison" > /dev/null
cp "$W/comparaison/comparaison.md" docs/comparaison-exemple.md
"$B" serie valider-theme enseignants --vague 2026 --question Q4 \
  --theme "Autoformation et repères concrets" --par "Analyste DRANE (exemple fictif)" --projet "$P"
"$B" serie valider-theme enseignants --vague 2026 --question Q4 \
  --theme "Données personnelles, élèves envoyées et entreprises" --par "Analyste DRANE (exemple fictif)" --projet "$P"
"$B" publication generer --annee 2025-2026 --projet "$P"
"$B" publication valider --annee 2025-2026 --par "IA-IPR référent numérique (exemple fictif)" --projet "$P"
rm -rf docs/publication-exemple
"$B" publication exporter --annee 2025-2026 --out docs/publication-exemple --projet "$P"
mv docs/publication-exemple/publication.md docs/publication-exemple.md
# The DSFR files are extracted by scripts/setup and never committed: the example keeps the
# built-in stand-in stylesheet that an export without them writes.
rm -rf docs/publication-exemple/assets/fonts
git checkout -- docs/publication-exemple/assets/dsfr.min.css
"$B" registre carte --out "$W/registre" --projet "$P" > /dev/null
cp "$W/registre/registre.html" docs/publication-exemple/registre.html
