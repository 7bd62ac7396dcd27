#!/usr/bin/env python3
"""Citation support on paraphrases: the (sentence, cited argument) pairs of synthesis runs, their
scores, and how well each rule separates the pairs read by hand (docs/benchmarks/pipeline.md,
« Citation support, recalibrated on paraphrases »).

    support_pairs.py groups ANALYSIS.json OUT-groups.json [MAX_GROUPS]
        Groups for scripts/bench/synthesis_variants.py from an `observatoire analyse --json`
        result: each top-level theme and sub-theme with its first eight distinct arguments.
    support_pairs.py pairs PAIRS.jsonl RUN.json [RUN.json ...] [--url http://127.0.0.1:8099]
        Every (sentence, cited argument) pair of synthesis_variants.py results, unfiltered, with
        the features a support rule can use: cosine of the e5 embeddings (« query: » prefix, as
        the product embeds), rank of the cited argument among the arguments shown in the call,
        margin to the closest shown argument, and the share of the sentence's content words
        found in the argument. Appends to PAIRS.jsonl (one id per pair, stable across calls).
    support_pairs.py show PAIRS.jsonl [FROM] [COUNT]
        Prints pairs to read, id first (to write LABELS.tsv: id, TAB, o or n).
    support_pairs.py score PAIRS.jsonl LABELS.tsv
        For each rule and threshold: supported pairs kept, unsupported pairs let through.
    support_pairs.py judge PAIRS.jsonl LABELS.tsv PORT OUT.json
        Asks a language model served by llama-server on PORT whether each read pair's argument
        says what its sentence says (greedy, one token, « oui » / « non » probabilities), and
        scores its answers against the labels.

The labels of 2026-12-02 (docs/benchmarks/support-2026-12-02/labels.tsv, ids only: the texts are
those of ../shared/data and of the models' runs, never copied into the project) were written for
runs made in /tmp/sp with `synthesis_variants.py … E r-MODEL-SET.json g-SET.json` (the ids hash
the run file's name); the commands are in docs/benchmarks/pipeline.md.

Standard library only.
"""

import hashlib
import json
import math
import os
import re
import sys
import unicodedata
import urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from citation_support import embed  # the same e5 call, « query: » prefix, normalised

STOP = set(
    """a au aux avec ce ces cet cette dans de des du elle elles en est et etre eux il ils je la le les
    leur leurs lui mais me meme mes moi mon ne nos notre nous on ou par pas pour qu que qui sa se ses
    son sont sur ta te tes toi ton tu un une vos votre vous y d l j m n s t c qu plus tres aussi
    ont fait faire peut tout tous toute toutes sans entre comme donc car si etc cela ca bien""".split()
)


def words(text):
    text = unicodedata.normalize("NFD", text.lower())
    text = "".join(c for c in text if unicodedata.category(c) != "Mn")
    return re.findall(r"[a-z0-9]+", text)


def stems(text):
    return {w[:5] for w in words(text) if w not in STOP and len(w) > 2}


def dot(a, b):
    return sum(x * y for x, y in zip(a, b))


def groups(analysis, out, limit=30):
    doc = json.load(open(analysis, encoding="utf-8"))
    result = []
    for question in doc["questions"]:
        themes = [t for t in doc["themes"] if t["question"] == question["id"]] + question["subThemes"]
        for theme in themes:
            if theme.get("isOther"):
                continue
            shown = []
            for argument in theme["arguments"]:
                if argument["text"].lower() not in [s.lower() for s in shown]:
                    shown.append(argument["text"])
            if len(shown) >= 3:
                result.append({"label": theme["label"], "args": shown[:8]})
    json.dump(result[:limit], open(out, "w"), ensure_ascii=False, indent=1)
    print(f"{min(len(result), limit)} groups")


def pairs(out, runs, url):
    rows = []
    for run in runs:
        for g, group in enumerate(json.load(open(run, encoding="utf-8"))):
            answer = group.get("answer") or {}
            for s, phrase in enumerate(answer.get("phrases") or []):
                for number in dict.fromkeys(phrase.get("citations") or []):
                    if 1 <= number <= len(group["args"]):
                        rows.append((run, g, s, phrase["texte"], number, group["args"]))
    texts = sorted({r[3] for r in rows} | {a for r in rows for a in r[5]})
    vectors = dict(zip(texts, embed(url, texts)))
    with open(out, "a", encoding="utf-8") as handle:
        for run, g, s, sentence, number, shown in rows:
            scores = [dot(vectors[sentence], vectors[a]) for a in shown]
            cited = scores[number - 1]
            sentence_stems = stems(sentence)
            overlap = len(sentence_stems & stems(shown[number - 1])) / max(len(sentence_stems), 1)
            key = hashlib.sha1(f"{run}|{g}|{s}|{number}|{sentence}".encode()).hexdigest()[:8]
            handle.write(
                json.dumps(
                    {
                        "id": key,
                        "run": run,
                        "sentence": sentence,
                        "argument": shown[number - 1],
                        "cosine": round(cited, 4),
                        "rank": 1 + sum(1 for x in scores if x > cited),
                        "margin": round(cited - max(scores), 4),
                        "overlap": round(overlap, 3),
                    },
                    ensure_ascii=False,
                )
                + "\n"
            )
    print(f"{len(rows)} pairs")


def read_labels(path):
    labels = {}
    for line in open(path, encoding="utf-8"):
        if line.strip() and not line.startswith("#"):
            key, mark = line.split("\t")[:2]
            labels[key] = mark.strip() == "o"
    return labels


JUDGE = (
    "Tu vérifies une synthèse. On te donne une PHRASE de synthèse et un ARGUMENT de répondant qu'elle cite. "
    "Réponds « oui » si l'argument dit ce que dit la phrase (au moins une de ses idées, sans la contredire), "
    "« non » s'il parle d'autre chose, la contredit, ou si la phrase lui prête ce qu'il ne dit pas. "
    "Réponds par un seul mot : oui ou non."
)


def judge(path, labels_path, port, out):
    labels = read_labels(labels_path)
    answers = []
    for row in (r for r in load(path) if r["id"] in labels):
        body = {
            "messages": [
                {"role": "system", "content": JUDGE},
                {"role": "user", "content": f"PHRASE : {row['sentence']}\nARGUMENT : {row['argument']}"},
            ],
            "temperature": 0, "max_tokens": 1, "logprobs": True, "top_logprobs": 10, "cache_prompt": True,
        }
        request = urllib.request.Request(
            f"http://127.0.0.1:{port}/v1/chat/completions", json.dumps(body).encode(),
            {"Content-Type": "application/json"})
        top = json.load(urllib.request.urlopen(request))["choices"][0]["logprobs"]["content"][0]["top_logprobs"]
        p = {"oui": 0.0, "non": 0.0}
        for token in top:
            word = token["token"].strip().lower()
            if word in p:
                p[word] += math.exp(token["logprob"])
        answers.append({"id": row["id"], "oui": p["oui"], "non": p["non"], "label": labels[row["id"]]})
    json.dump(answers, open(out, "w"))
    good = sum(a["label"] for a in answers)
    for t in [-1.0, 0.0, 1.0, 2.0]:
        said = [a for a in answers if math.log(a["oui"] + 1e-9) - math.log(a["non"] + 1e-9) >= t]
        kept = sum(a["label"] for a in said)
        print(f"log(oui/non) ≥ {t}: {kept}/{good} supported kept, {len(said) - kept} unsupported let through")


def load(path):
    return [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]


def show(path, start=0, count=40):
    for row in load(path)[start : start + count]:
        print(f"{row['id']}  cos {row['cosine']:.3f} rang {row['rank']} recouvr. {row['overlap']:.2f}")
        print(f"   PHRASE : {row['sentence']}")
        print(f"   CITÉ   : {row['argument']}")


def score(path, labels_path):
    labels = read_labels(labels_path)
    rows = [r for r in load(path) if r["id"] in labels]
    good = [r for r in rows if labels[r["id"]]]
    bad = [r for r in rows if not labels[r["id"]]]
    print(f"{len(rows)} pairs read: {len(good)} supported, {len(bad)} not")
    rules = {
        "cosinus ≥ t": (lambda r, t: r["cosine"] >= t, [0.86, 0.88, 0.90, 0.91, 0.92, 0.93, 0.94]),
        "marge ≥ -t": (lambda r, t: r["margin"] >= -t, [0.0, 0.005, 0.01, 0.02, 0.03, 0.05]),
        "rang ≤ t": (lambda r, t: r["rank"] <= t, [1, 2, 3]),
        "recouvrement ≥ t": (lambda r, t: r["overlap"] >= t, [0.1, 0.15, 0.2, 0.25, 0.3, 0.4]),
        "cosinus ≥ 0,88 et marge ≥ -t": (
            lambda r, t: r["cosine"] >= 0.88 and r["margin"] >= -t,
            [0.0, 0.01, 0.02, 0.03, 0.05],
        ),
        "cosinus ≥ 0,90 et marge ≥ -t": (
            lambda r, t: r["cosine"] >= 0.90 and r["margin"] >= -t,
            [0.0, 0.01, 0.02, 0.03, 0.05],
        ),
        "(cosinus ≥ 0,94) ou (marge ≥ -t et recouvrement ≥ 0,2)": (
            lambda r, t: r["cosine"] >= 0.94 or (r["margin"] >= -t and r["overlap"] >= 0.2),
            [0.0, 0.01, 0.02, 0.03],
        ),
        "(cosinus ≥ 0,94) ou (cosinus ≥ 0,88 et marge ≥ -t)": (
            lambda r, t: r["cosine"] >= 0.94 or (r["cosine"] >= 0.88 and r["margin"] >= -t),
            [0.0, 0.01, 0.02, 0.03],
        ),
    }
    print("| rule | t | supported kept | unsupported let through | accuracy |")
    print("|---|---|---|---|---|")
    for name, (rule, thresholds) in rules.items():
        for t in thresholds:
            kept = sum(1 for r in good if rule(r, t))
            through = sum(1 for r in bad if rule(r, t))
            accuracy = (kept + len(bad) - through) / max(len(rows), 1)
            print(
                f"| {name} | {t} | {kept}/{len(good)} ({100 * kept / max(len(good), 1):.0f} %) | "
                f"{through}/{len(bad)} ({100 * through / max(len(bad), 1):.0f} %) | {100 * accuracy:.0f} % |"
            )


if __name__ == "__main__":
    command, *rest = sys.argv[1:]
    if command == "groups":
        groups(rest[0], rest[1], *(int(x) for x in rest[2:3]))
    elif command == "pairs":
        url = "http://127.0.0.1:8099"
        if "--url" in rest:
            url = rest[rest.index("--url") + 1]
            rest = [x for x in rest if x not in ("--url", url)]
        pairs(rest[0], rest[1:], url)
    elif command == "show":
        show(rest[0], *(int(x) for x in rest[1:3]))
    elif command == "score":
        score(rest[0], rest[1])
    elif command == "judge":
        judge(rest[0], rest[1], int(rest[2]), rest[3])
    else:
        sys.exit(__doc__)
