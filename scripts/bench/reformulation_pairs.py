#!/usr/bin/env python3
"""Reads the pairs written by `observatoire-bench reformulations` (one JSON line per idea the model
wrote in other words than its segments) and says what the ideas are:

- copy in its segments: 60 % or more of its words lie in runs of five words of its own segments
  (the « quoted » measure of docs/benchmarks/pipeline.md);
- copy of other segments: the same, against the whole answer but not against its segments
  (the model pointed elsewhere than it copied);
- own words: neither;

and how many are cut at the schema's length (140 characters) or carry characters the answer
does not have. With a labels file (docs/benchmarks/reformulations-2026-12-02/labels.tsv), it
also scores thresholds of the guard on the own-words ideas.

    python3 scripts/bench/reformulation_pairs.py pairs.jsonl [labels.tsv]
"""
import collections
import hashlib
import json
import re
import sys
import unicodedata


def words(text):
    text = unicodedata.normalize("NFD", text.lower())
    text = "".join(c for c in text if unicodedata.category(c) != "Mn")
    return re.findall(r"[a-z0-9]+", text)


def copied_share(idea, source, run=5):
    idea_words, source_words = words(idea), words(source)
    if not idea_words:
        return 0.0
    if len(idea_words) < run:
        return 1.0 if f" {' '.join(idea_words)} " in f" {' '.join(source_words)} " else 0.0
    grams = {tuple(source_words[i : i + run]) for i in range(len(source_words) - run + 1)}
    covered = [False] * len(idea_words)
    for i in range(len(idea_words) - run + 1):
        if tuple(idea_words[i : i + run]) in grams:
            covered[i : i + run] = [True] * run
    return sum(covered) / len(idea_words)


def foreign(idea, answer):
    known = set(answer)
    for char in unicodedata.normalize("NFC", idea):
        if char in known:
            continue
        category = unicodedata.category(char)
        if category.startswith("M") or category == "Lo" or (ord(char) >= 0x250 and char.isalpha()):
            return True
    return False


def main():
    rows = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8") if line.strip()]
    kinds = collections.Counter()
    cut = garbled = 0
    for row in rows:
        if copied_share(row["idea"], row["segments"]) >= 0.6:
            row["kind"] = "copy in its segments"
        elif copied_share(row["idea"], row["text"]) >= 0.6:
            row["kind"] = "copy of other segments"
        else:
            row["kind"] = "own words"
        kinds[row["kind"]] += 1
        ends = row["idea"].rstrip()[-1:] in ".!?…»)"
        cut += 138 <= len(row["idea"]) <= 140 and not ends
        garbled += foreign(row["idea"], row["text"])
    print(f"pairs: {len(rows)}; " + "; ".join(f"{k}: {v}" for k, v in sorted(kinds.items())))
    print(f"cut at the schema's 140 characters: {cut}; characters the answer does not have: {garbled}")
    for threshold in (0.90, 0.93):
        below = sum(r["cosine"] < threshold for r in rows)
        own = sum(r["cosine"] < threshold for r in rows if r["kind"] == "own words")
        print(f"below {threshold}: {below} of all pairs, {own} of the own-words ideas")
    if len(sys.argv) > 2:
        labels = {}
        for line in open(sys.argv[2], encoding="utf-8"):
            if line.startswith("#") or not line.strip():
                continue
            _, key, _, label = line.rstrip("\n").split("\t")
            labels[key] = label
        scored = [
            (r["cosine"], labels[k])
            for r in rows
            if r["kind"] == "own words" and (k := hashlib.sha1(r["idea"].encode()).hexdigest()[:8]) in labels
        ]
        supported = sum(label == "o" for _, label in scored)
        print(f"labelled own-words ideas in this file: {len(scored)} ({supported} supported)")
        for threshold in (0.86, 0.88, 0.90, 0.92, 0.93, 0.94):
            kept_o = sum(c >= threshold and label == "o" for c, label in scored)
            kept_n = sum(c >= threshold and label == "n" for c, label in scored)
            print(
                f"  cosine >= {threshold}: supported kept {kept_o}/{supported}, "
                f"unsupported let through {kept_n}/{len(scored) - supported}"
            )


if __name__ == "__main__":
    main()
