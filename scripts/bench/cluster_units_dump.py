#!/usr/bin/env python3
"""Dumps the argument-unit embeddings of an analysed project, for `cluster-bench units`.

    cluster_units_dump.py PROJECT.observatoire RESULT.json DATASET OUT_DIR NAME

RESULT.json is `observatoire analyse … --json` on that project; DATASET is `rn`, `lille` (labels
from ../shared/data, as pipeline_eval.py reads them) or `none` (no labels, e.g. the bundled
example). Writes OUT_DIR/NAME.f32 (row-major float32, one row per argument unit, in the
pipeline's order) and OUT_DIR/NAME.json ({"dimension", "responses", "labels"}). The vectors are
read from the project's stage cache, keyed as the pipeline keys them (StageKey: SHA-256 of the
length-prefixed parts "embeddings", the embedder's description, "query", the argument's text).
Standard library only.
"""

import array
import hashlib
import json
import os
import re
import sqlite3
import struct
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))


def stage_key(parts):
    hasher = hashlib.sha256()
    for part in parts:
        data = part.encode("utf-8")
        hasher.update(struct.pack("<Q", len(data)))
        hasher.update(data)
    return hasher.hexdigest()


def main(project, result, dataset, out, name):
    document = json.load(open(result, encoding="utf-8"))
    arguments = {}
    for theme in document["themes"]:
        for argument in theme["arguments"]:
            arguments[argument["id"]] = argument
    # Pipeline order: "<prefix>-a<N>", N counting up.
    ordered = sorted(arguments.values(), key=lambda a: int(re.search(r"-a(\d+)$", a["id"]).group(1)))
    database = sqlite3.connect(project)
    stored = {
        key: value
        for key, value in database.execute("SELECT key, value FROM stageResult WHERE stage = 'embeddings'")
    }
    # The embedder's description is not in the JSON: find the one that names the stored vectors.
    descriptions = set()
    for (blob,) in database.execute("SELECT provenance FROM analysis"):
        text = blob.decode() if isinstance(blob, bytes) else blob
        descriptions.add(json.loads(text).get("embedder"))
    description = next(
        d for d in descriptions if d and stage_key(["embeddings", d, "query", ordered[0]["text"]]) in stored
    )
    vectors = array.array("f")
    for argument in ordered:
        vectors.frombytes(stored[stage_key(["embeddings", description, "query", argument["text"]])])
    dimension = len(vectors) // len(ordered)
    labels = []
    if dataset != "none":
        from pipeline_eval import records

        truth = {identifier: label for identifier, label, _ in records(dataset)}
        labels = [truth.get(argument["response"], "") for argument in ordered]
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, name + ".f32"), "wb") as handle:
        vectors.tofile(handle)
    with open(os.path.join(out, name + ".json"), "w", encoding="utf-8") as handle:
        json.dump({"dimension": dimension, "responses": [a["response"] for a in ordered], "labels": labels}, handle)
    print(f"{name}: {len(ordered)} units × {dimension} → {out}", file=sys.stderr)


if __name__ == "__main__":
    main(*sys.argv[1:])
