#!/usr/bin/env python3
"""BERTopic's default clustering (UMAP 5 dims + HDBSCAN) on the same e5 embeddings and subsets as
`cluster-bench baselines`, for docs/benchmarks/clustering.md.

Installs nothing into the product: run it with a throwaway virtualenv, e.g.
    python3 -m venv /tmp/obs-cluster-venv && /tmp/obs-cluster-venv/bin/pip install numpy scikit-learn umap-learn hdbscan
    /tmp/obs-cluster-venv/bin/python scripts/bench/cluster_bertopic_baseline.py /tmp/obs-emb
BERTopic's defaults: UMAP(n_neighbors=15, n_components=5, min_dist=0.0, metric="cosine"),
HDBSCAN(min_cluster_size=10, metric="euclidean", cluster_selection_method="eom",
prediction_data=True). Outliers (-1) count as one cluster in the scores, as in the Swift bench.
"""

import json
import os
import sys
import time

import numpy as np
from sklearn.cluster import KMeans
from sklearn.metrics import adjusted_mutual_info_score, adjusted_rand_score, normalized_mutual_info_score

DATA = os.environ.get("OBSERVATOIRE_SHARED_DATA", "/work/shared/data")


def rows(path):
    with open(os.path.join(DATA, path), encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def matrix(directory, name):
    meta = json.load(open(os.path.join(directory, name + ".json"), encoding="utf-8"))
    return np.fromfile(os.path.join(directory, name + ".f32"), dtype=np.float32).reshape(-1, meta["dimension"])


def datasets(directory):
    republique = matrix(directory, "republique_numerique_arguments")
    lille = matrix(directory, "lille_comments")
    republique_rows = rows("republique_numerique_fr/arguments.jsonl")
    lille_rows = rows("decidim_mel_granddebat_fr/debate_comments.jsonl")
    result = [
        ("République numérique (sections)", republique, [str(r["section"]) for r in republique_rows]),
        ("Lille Grand Débat (questions)", lille, [str(r["question_id"]) for r in lille_rows]),
    ]
    for theme in sorted({str(r["theme"]) for r in lille_rows}):
        picked = [i for i, r in enumerate(lille_rows) if str(r["theme"]) == theme]
        if 100 <= len(picked) <= 700:
            result.append((f"Lille « {theme[:30]} » ({len(picked)})", lille[picked],
                           [str(lille_rows[i]["question_id"]) for i in picked]))
    for section in sorted({str(r["section"]) for r in republique_rows}):
        picked = [i for i, r in enumerate(republique_rows) if str(r["section"]) == section]
        if 100 <= len(picked) <= 700:
            result.append((f"RN « {section[:30]} » ({len(picked)})", republique[picked],
                           [str(republique_rows[i]["proposal_id"]) for i in picked]))
    return result


def row(method, name, truth, labels, seconds):
    labels = np.asarray(labels)
    themes = len(set(labels.tolist()) - {-1})
    coverage = float(np.mean(labels != -1))
    print(f"| {method} | {name} | {adjusted_mutual_info_score(truth, labels):.3f} | "
          f"{adjusted_rand_score(truth, labels):.3f} | {normalized_mutual_info_score(truth, labels):.3f} | "
          f"{coverage * 100:.0f} % | {themes} ({len(set(truth))}) | {seconds:.2f} |", flush=True)


def main():
    import hdbscan
    import umap

    directory = sys.argv[1] if len(sys.argv) > 1 else "/tmp/obs-emb"
    print("| method | dataset | AMI | ARI | NMI | coverage | themes (true) | seconds |")
    print("|---|---|---|---|---|---|---|---|")
    for name, vectors, truth in datasets(directory):
        started = time.perf_counter()
        reduced = umap.UMAP(n_neighbors=15, n_components=5, min_dist=0.0, metric="cosine",
                            random_state=42).fit_transform(vectors)
        labels = hdbscan.HDBSCAN(min_cluster_size=10, metric="euclidean", cluster_selection_method="eom",
                                 prediction_data=True).fit_predict(reduced)
        row("BERTopic default (UMAP + HDBSCAN)", name, truth, labels, time.perf_counter() - started)
        started = time.perf_counter()
        kmeans = KMeans(n_clusters=len(set(truth)), n_init=10, random_state=42).fit_predict(vectors)
        row("scikit-learn k-means, true k", name, truth, kmeans, time.perf_counter() - started)


if __name__ == "__main__":
    main()
