#!/usr/bin/env python3
"""Helpers of scripts/bench/pipeline.sh (standard library only, except the scores).

    pipeline_eval.py make-csv DATASET OUT.csv OUT-mapping.yaml [LIMIT] [stratified]
        République numérique arguments (`rn`) or Lille Grand Débat comments (`lille`) as a
        consultation export: one response per argument or comment, its label as a segment.
        LIMIT keeps the first rows; with `stratified`, it takes them in turn from each label
        (in file order), so that a small sample covers every label.
    pipeline_eval.py score DATASET RESULT.json
        Scores `observatoire analyse --json` against the labels: each response's main theme (the
        top-level theme holding most of its arguments; « autres » counts as one more cluster),
        AMI / NMI / ARI (scikit-learn, arithmetic normalisation), coverage, citation validity.
        Needs scikit-learn: run it with a throwaway virtualenv (see pipeline.sh).
"""

import csv
import json
import os
import sys
from collections import Counter, defaultdict

DATA = os.environ.get("OBSERVATOIRE_SHARED_DATA", "/work/shared/data")


def records(dataset):
    path = {
        "rn": "republique_numerique_fr/arguments.jsonl",
        "lille": "decidim_mel_granddebat_fr/debate_comments.jsonl",
    }[dataset]
    with open(os.path.join(DATA, path), encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle if line.strip()]
    label = "section" if dataset == "rn" else "question_id"
    return [(str(r["id"]), str(r[label]), r["text"]) for r in rows if r.get("text", "").strip()]


def stratified(rows, limit):
    by_label = defaultdict(list)
    for row in rows:
        by_label[row[1]].append(row)
    queues = list(by_label.values())
    taken = []
    while len(taken) < limit and any(queues):
        for queue in queues:
            if queue and len(taken) < limit:
                taken.append(queue.pop(0))
    return taken


def make_csv(dataset, out, mapping, limit=None, how=None):
    rows = records(dataset)
    if limit and how == "stratified":
        rows = stratified(rows, int(limit))
    elif limit:
        rows = rows[: int(limit)]
    with open(out, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["identifiant", "etiquette", "avis"])
        for identifier, label, text in rows:
            writer.writerow([identifier, label, text])
    with open(mapping, "w", encoding="utf-8") as handle:
        handle.write(
            "identifiant:\n  type: identifiant\n"
            "etiquette:\n  type: choix_unique\n  segment: true\n  titre: Étiquette\n"
            "avis:\n  type: texte_libre\n  titre: Votre avis\n"
        )
    print(f"{len(rows)} réponses → {out}", file=sys.stderr)


def score(dataset, result_path):
    from sklearn.metrics import adjusted_mutual_info_score, adjusted_rand_score, normalized_mutual_info_score

    truth = {identifier: label for identifier, label, _ in records(dataset)}
    with open(result_path, encoding="utf-8") as handle:
        document = json.load(handle)
    themes = document["themes"]
    theme_of = {}
    for theme in themes:
        for argument in theme["arguments"]:
            theme_of[argument["id"]] = theme["id"]
    votes = defaultdict(Counter)
    arguments = 0
    other = 0
    for theme in themes:
        for argument in theme["arguments"]:
            arguments += 1
            other += theme["isOther"]
            votes[argument["response"]][theme["id"]] += 1
    # Responses are named by the file's identifier in the assignments; arguments by response id.
    y_true, y_pred = [], []
    for assignment in document["assignments"]:
        counts = votes.get(assignment["id"])
        if not counts:
            continue
        best = sorted(counts.items(), key=lambda item: (-item[1], item[0]))[0][0]
        y_true.append(truth[assignment["id"]])
        y_pred.append(best)
    # Argument level: every argument carries its response's label.
    a_true, a_pred = [], []
    for theme in themes:
        for argument in theme["arguments"]:
            if argument["response"] in truth:
                a_true.append(truth[argument["response"]])
                a_pred.append(theme["id"])
    sentences = valid = 0
    for theme in themes + [t for q in document["questions"] for t in q["subThemes"]]:
        members = {a["id"] for a in theme["arguments"]}
        for sentence in theme["synthesis"]:
            sentences += 1
            valid += bool(sentence["citations"]) and all(c in members for c in sentence["citations"])
    for question in document["questions"]:
        for sentence in question["globalSynthesis"]:
            sentences += 1
            valid += bool(sentence["citations"]) and all(c in theme_of for c in sentence["citations"])
    top = [t for t in themes if not t["isOther"]]
    result = {
        "dataset": dataset,
        "responses": len(y_true),
        "labels": len(set(y_true)),
        "arguments": arguments,
        "themes": len(top),
        "AMI": round(adjusted_mutual_info_score(y_true, y_pred), 3),
        "NMI": round(normalized_mutual_info_score(y_true, y_pred), 3),
        "ARI": round(adjusted_rand_score(y_true, y_pred), 3),
        "AMI_arguments": round(adjusted_mutual_info_score(a_true, a_pred), 3),
        "ARI_arguments": round(adjusted_rand_score(a_true, a_pred), 3),
        "coverage": round(1 - other / max(arguments, 1), 3),
        "citation_validity": round(valid / max(sentences, 1), 4),
        "sentences": sentences,
    }
    print(json.dumps(result, ensure_ascii=False))


if __name__ == "__main__":
    command, *rest = sys.argv[1:]
    {"make-csv": make_csv, "score": score}[command](*rest)
