#!/usr/bin/env python3
"""How much of each synthesis sentence is copied from the arguments it was written from.

Reads result files of scripts/bench/synthesis_variants.py (JSON list of {args, answer: {phrases:
[{texte}]}, seconds, usage}) and prints, per file: sentences, sentences whose words are 60 % or more
covered by word runs of 5 or more copied from one argument (« quoted »), the mean share of words
copied that way, tokens written and seconds. Standard library only.
"""
import json, re, sys, unicodedata


def words(text):
    text = unicodedata.normalize("NFD", text.lower())
    text = "".join(c for c in text if unicodedata.category(c) != "Mn")
    return re.findall(r"[a-z0-9]+", text)


def copied_share(sentence, arguments, run=5):
    covered = [False] * len(sentence)
    for argument in arguments:
        for i in range(len(sentence)):
            for j in range(len(argument)):
                k = 0
                while i + k < len(sentence) and j + k < len(argument) and sentence[i + k] == argument[j + k]:
                    k += 1
                if k >= run:
                    for m in range(i, i + k):
                        covered[m] = True
    return sum(covered) / max(len(sentence), 1)


for path in sys.argv[1:]:
    results = json.load(open(path))
    shares, tokens, seconds = [], 0, 0.0
    for result in results:
        seconds += result["seconds"]
        tokens += (result.get("usage") or {}).get("completion_tokens", 0)
        arguments = [words(a) for a in result["args"]]
        for phrase in result["answer"].get("phrases", []):
            shares.append(copied_share(words(phrase["texte"]), arguments))
    quoted = sum(1 for s in shares if s >= 0.6)
    mean = sum(shares) / max(len(shares), 1)
    print(f"{path}: {len(shares)} sentences, quoted {quoted} ({100 * quoted / max(len(shares), 1):.0f} %), "
          f"mean copied share {100 * mean:.0f} %, {tokens} tokens written, {seconds:.0f} s")
