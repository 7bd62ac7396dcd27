#!/usr/bin/env python3
"""Dump e5 embeddings of the labelled French datasets for clustering research.

Talks to a running `llama-server --embeddings --pooling mean` (stdlib only). Writes, per dataset,
`NAME.f32` (row-major float32, n x d, L2-normalised rows) and `NAME.json`
({"dimension": d, "labels": [...], "ids": [...], "texts": [...]}) under the output folder.

    llama-server -m models/multilingual-e5-small-q4_0.gguf --embeddings --pooling mean \
        -t 1 --port 8099 -b 2048 -ub 2048 &
    python3 scripts/bench/embed_dataset.py --port 8099 --out /tmp/obs-emb
"""

import argparse
import array
import json
import math
import os
import sys
import time
import urllib.error
import urllib.request

DATA = "/work/shared/data"
DATASETS = {
    # name: (file, label field)
    "republique_numerique_arguments": ("republique_numerique_fr/arguments.jsonl", "section"),
    "lille_comments": ("decidim_mel_granddebat_fr/debate_comments.jsonl", "question_id"),
}
# e5-small has 512 positions; French averages well under one token per 3 characters.
MAX_CHARS = 1400


def post(port, inputs):
    body = json.dumps({"input": inputs, "model": "e5"}).encode()
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}/v1/embeddings", body, {"Content-Type": "application/json"}
    )
    with urllib.request.urlopen(request, timeout=600) as response:
        payload = json.load(response)
    return [item["embedding"] for item in sorted(payload["data"], key=lambda item: item["index"])]


def embed_one_by_one(port, texts):
    vectors = []
    for text in texts:
        limit = len(text)
        while True:
            try:
                vectors.extend(post(port, ["query: " + text[:limit]]))
                break
            except urllib.error.HTTPError:
                if limit < 50:
                    raise
                limit //= 2
    return vectors


def normalised(vector):
    norm = math.sqrt(sum(x * x for x in vector)) or 1.0
    return [x / norm for x in vector]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, default=8099)
    parser.add_argument("--out", default="/tmp/obs-emb")
    parser.add_argument("--batch", type=int, default=16)
    arguments = parser.parse_args()
    os.makedirs(arguments.out, exist_ok=True)
    for name, (path, label_field) in DATASETS.items():
        rows = [json.loads(line) for line in open(os.path.join(DATA, path), encoding="utf-8") if line.strip()]
        texts = [" ".join(row["text"].split())[:MAX_CHARS] for row in rows]
        started = time.time()
        vectors = []
        for start in range(0, len(texts), arguments.batch):
            batch = texts[start : start + arguments.batch]
            try:
                vectors.extend(post(arguments.port, ["query: " + text for text in batch]))
            except urllib.error.HTTPError:
                vectors.extend(embed_one_by_one(arguments.port, batch))
            print(f"{name}: {len(vectors)}/{len(texts)} in {time.time() - started:.0f}s", file=sys.stderr)
        dimension = len(vectors[0])
        flat = array.array("f")
        for vector in vectors:
            flat.extend(normalised(vector))
        with open(os.path.join(arguments.out, name + ".f32"), "wb") as handle:
            flat.tofile(handle)
        with open(os.path.join(arguments.out, name + ".json"), "w", encoding="utf-8") as handle:
            json.dump(
                {
                    "dimension": dimension,
                    "labels": [str(row[label_field]) for row in rows],
                    "ids": [row["id"] for row in rows],
                    "texts": texts,
                },
                handle,
                ensure_ascii=False,
            )
        print(f"{name}: {len(vectors)} x {dimension} in {time.time() - started:.0f}s", file=sys.stderr)


if __name__ == "__main__":
    main()
