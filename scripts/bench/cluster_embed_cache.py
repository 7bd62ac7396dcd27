#!/usr/bin/env python3
"""Fills a project's embedding cache through a running `llama-server --embeddings` (release C++),
for the theme benchmarks on a machine where the debug build embeds too slowly.

    cluster_embed_cache.py PROJECT.observatoire PORT [DESCRIPTION]

Reads every argument text of the project's `arguments` stage, embeds the ones not yet cached
(`query: ` prefix, mean pooling, L2-normalised, as LlamaEmbedder does) and stores them under the
pipeline's key (StageKey of "embeddings", DESCRIPTION, "query", text), so that `observatoire
analyse` on that project finds them cached and recomputes only the themes and syntheses.
DESCRIPTION is the embedder's description (default: multilingual-e5-small Q4_0 through llama.cpp).
The vectors agree with the in-process embedder's to rounding (same model file, same pooling), not
bit for bit. Standard library only.
"""

import array
import datetime
import json
import math
import sqlite3
import sys
import urllib.request

from cluster_units_dump import stage_key


def embed(port, texts):
    body = json.dumps({"input": ["query: " + t for t in texts], "model": "e5"}).encode()
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}/v1/embeddings", body, {"Content-Type": "application/json"}
    )
    with urllib.request.urlopen(request, timeout=600) as response:
        payload = json.load(response)
    return [item["embedding"] for item in sorted(payload["data"], key=lambda item: item["index"])]


def main(project, port, description="multilingual-e5-small-q4_0.gguf (bert 33M Q4_0)"):
    database = sqlite3.connect(project)
    texts = set()
    for (value,) in database.execute("SELECT value FROM stageResult WHERE stage = 'arguments'"):
        for argument in json.loads(value)["arguments"]:
            texts.add(argument["text"])
    keys = {text: stage_key(["embeddings", description, "query", text]) for text in texts}
    cached = {key for (key,) in database.execute("SELECT key FROM stageResult WHERE stage = 'embeddings'")}
    missing = sorted(text for text in texts if keys[text] not in cached)
    print(f"{len(texts)} texts, {len(missing)} to embed", file=sys.stderr)
    now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M:%S.000")
    for start in range(0, len(missing), 64):
        batch = missing[start : start + 64]
        rows = []
        for text, vector in zip(batch, embed(port, batch)):
            norm = math.sqrt(sum(v * v for v in vector)) or 1
            rows.append(("embeddings", keys[text], array.array("f", [v / norm for v in vector]).tobytes(), now))
        database.executemany("INSERT OR REPLACE INTO stageResult(stage, key, value, createdAt) VALUES (?, ?, ?, ?)", rows)
        database.commit()
        print(f"{start + len(batch)}/{len(missing)}", file=sys.stderr)


if __name__ == "__main__":
    main(*sys.argv[1:])
