#!/usr/bin/env python3
"""Citation support of an `observatoire analyse --json` result, checked from outside the product.

    citation_support.py RESULT.json [--url http://127.0.0.1:8099] [--threshold 0.80] [--dump PAIRS.tsv]

For every synthesis sentence (themes, sub-themes, global), embeds the sentence and each cited
argument with the same multilingual-e5 model the product uses (a `llama-server --embeddings`
serving models/multilingual-e5-small-q4_0.gguf, inputs prefixed « query: » as in the product) and
reports: the share of sentences whose every citation scores at least the threshold, the share with
at least one, and the distribution of scores. `--dump` writes every (sentence, argument, score)
pair as TSV, for labelling by hand. Standard library only.
"""

import argparse
import json
import math
import urllib.request


def embed(url, texts):
    vectors = []
    for start in range(0, len(texts), 32):
        chunk = ["query: " + t for t in texts[start : start + 32]]
        body = json.dumps({"input": chunk, "encoding_format": "float"}).encode()
        request = urllib.request.Request(url + "/v1/embeddings", body, {"Content-Type": "application/json"})
        data = json.load(urllib.request.urlopen(request, timeout=300))["data"]
        for item in sorted(data, key=lambda d: d.get("index", 0)):
            v = item["embedding"]
            norm = math.sqrt(sum(x * x for x in v)) or 1.0
            vectors.append([x / norm for x in v])
    return vectors


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("result")
    parser.add_argument("--url", default="http://127.0.0.1:8099")
    parser.add_argument("--threshold", type=float, default=0.80)
    parser.add_argument("--dump")
    args = parser.parse_args()
    doc = json.load(open(args.result, encoding="utf-8"))
    texts = {}
    sentences = []  # (kind, theme label, sentence, [argument ids])
    for question in doc["questions"]:
        themes = [t for t in doc["themes"] if t["question"] == question["id"]] + question["subThemes"]
        for theme in themes:
            for argument in theme["arguments"]:
                texts[argument["id"]] = argument["text"]
        for theme in themes:
            kind = "sous-thème" if theme.get("parent") else ("autres" if theme["isOther"] else "thème")
            for s in theme["synthesis"]:
                sentences.append((kind, theme["label"], s["text"], s["citations"]))
        for s in question["globalSynthesis"]:
            sentences.append(("globale", "", s["text"], s["citations"]))
    pairs = [(i, cid) for i, s in enumerate(sentences) for cid in s[3] if cid in texts]
    unique = sorted({s[2] for s in sentences} | {texts[c] for _, c in pairs})
    vectors = dict(zip(unique, embed(args.url, unique)))
    scores = {}
    for i, cid in pairs:
        a, b = vectors[sentences[i][2]], vectors[texts[cid]]
        scores.setdefault(i, []).append(sum(x * y for x, y in zip(a, b)))
    by_kind = {}
    for i, s in enumerate(sentences):
        values = scores.get(i, [])
        every = bool(values) and min(values) >= args.threshold
        some = bool(values) and max(values) >= args.threshold
        row = by_kind.setdefault(s[0], [0, 0, 0])
        row[0] += 1
        row[1] += every
        row[2] += some
    total = [sum(r[j] for r in by_kind.values()) for j in range(3)]
    print(f"sentences {total[0]}: every citation supports {total[1]} ({100 * total[1] / max(1, total[0]):.1f} %), "
          f"at least one {total[2]} ({100 * total[2] / max(1, total[0]):.1f} %), threshold {args.threshold}")
    for kind, (n, every, some) in sorted(by_kind.items()):
        print(f"  {kind}: {n} sentences, every {every}, at least one {some}")
    flat = sorted(v for values in scores.values() for v in values)
    if flat:
        q = lambda p: flat[min(len(flat) - 1, int(p * len(flat)))]
        print(f"pair scores: n={len(flat)} min {flat[0]:.3f} p10 {q(0.1):.3f} median {q(0.5):.3f} p90 {q(0.9):.3f}")
    distinct_sets = {tuple(s[3]) for s in sentences if s[0] == "globale"}
    print(f"global sentences: {sum(1 for s in sentences if s[0] == 'globale')}, distinct citation sets {len(distinct_sets)}")
    if args.dump:
        with open(args.dump, "w", encoding="utf-8") as out:
            out.write("kind\ttheme\tsentence\targument\tscore\n")
            for i, cid in pairs:
                k, label, sentence, _ = sentences[i]
                score = scores[i][sentences[i][3].index(cid)] if cid in sentences[i][3] else float("nan")
                out.write(f"{k}\t{label}\t{sentence}\t{texts[cid]}\t{score:.3f}\n")


if __name__ == "__main__":
    main()
