#!/usr/bin/env python3
"""Side-by-side comparison of local generator models on Observatoire's two LLM tasks.

Standard library only. Starts one llama-server per model (127.0.0.1, -t THREADS -c 4096),
then, item by item, sends the same request to every model in turn (the order rotates each
item), so all models see the same machine load. Every request is recorded with llama-server's
own `timings`, the wall time and the 1-minute load average; `--summary` turns the records into
the table of docs/benchmarks/models.md.

Tasks
  extraction  an answer cut into numbered segments -> arguments {idee, position, segments}
              (JSON schema constrained; segment numbers bounded by the number of segments)
  theme       8-12 numbered arguments of one theme -> {libelle, enonce, phrases[{texte, arguments}]}

Usage
  models_bench.py run --model NAME=PATH.gguf [--model ...] --out DIR [--threads 2] [--extra NAME=ARGS]
                     [--teachers 30] [--decidim 30] [--limit N]
  models_bench.py summary DIR          # table (markdown) from DIR/records.jsonl
  models_bench.py show DIR ITEM_ID...  # every model's output for given items, for reading

Data: Q5 of examples/enseignants-ia.csv (first 30 distinct non-empty answers of >= 100
characters, file order) and 30 top-level comments of 500+ characters of
shared/data/decidim_mel_granddebat_fr/debate_comments.jsonl (every k-th by id, k chosen to get 30).
Under heavy load use --threads 1 --parallel (see docs/benchmarks/models.md).
"""
import argparse
import csv
import difflib
import json
import os
import re
import signal
import statistics
import subprocess
import sys
import time
import urllib.request

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
TEACHERS_CSV = os.environ.get(
    "BENCH_TEACHERS_CSV", os.path.join(REPO, "examples", "enseignants-ia.csv"))
DECIDIM = os.environ.get(
    "BENCH_DECIDIM_JSONL", "/work/shared/data/decidim_mel_granddebat_fr/debate_comments.jsonl")
TEACHER_QUESTION = "Que pensez-vous de l'usage de l'IA dans les établissements scolaires ?"

# ------------------------------------------------------------------------------------------
# Data and segmentation (simple on purpose: the same segments go to every model)
# ------------------------------------------------------------------------------------------
_SPLIT = re.compile(
    r"(?<=[.!?…])\s+|\s*;\s*|\s*(?=,\s*mais\b)|\s+(?=(?:mais|car|parce que|puisque|cependant|"
    r"toutefois|néanmoins|pourtant|alors que|tandis que)\b)",
    re.IGNORECASE)


def segment(text):
    text = re.sub(r"\s+", " ", text).strip()
    parts = [p.strip(" ,") for p in _SPLIT.split(text) if p and p.strip(" ,")]
    out = []
    for p in parts:
        # A fragment of fewer than 3 words is glued to the previous segment.
        if out and len(p.split()) < 3:
            out[-1] = out[-1] + " " + p
        else:
            out.append(p)
    return out


def load_items(n_teachers, n_decidim):
    items = []
    with open(TEACHERS_CSV, encoding="utf-8") as f:
        rows = list(csv.reader(f, delimiter=";"))
    seen = set()
    for row in rows[1:]:
        t = row[-1].strip()
        if len(t) < 100 or t in seen:
            continue
        seen.add(t)
        items.append({"id": f"ens-{row[0]}", "source": "enseignants", "question": TEACHER_QUESTION,
                      "text": t})
        if len([i for i in items if i["source"] == "enseignants"]) >= n_teachers:
            break
    with open(DECIDIM, encoding="utf-8") as f:
        com = [json.loads(l) for l in f]
    com = sorted((c for c in com if c["depth"] == 0 and len(c["text"]) >= 500), key=lambda c: c["id"])
    step = max(1, len(com) // n_decidim) if n_decidim else 1
    for c in com[::step][:n_decidim]:
        items.append({"id": f"mel-{c['id']}", "source": "decidim", "question": c["question"],
                      "text": c["text"]})
    for it in items:
        it["segments"] = segment(it["text"])
    return items


# Three themes, fixed inputs built by hand from real sentences of the same data (verbatim,
# lightly trimmed): every model gets exactly these arguments. Two from the teachers' answers,
# one from the Grand Débat comments (taxes).
THEMES = [
    {"id": "theme-formation-cadre", "arguments": [
        "L'IA peut aider, mais seulement si l'on forme d'abord les enseignants sérieusement.",
        "On nous demande d'adopter des outils sans aucune formation ni temps dédié.",
        "Un temps de formation sur le temps de service serait le minimum.",
        "Il faudrait une charte nationale claire avant de généraliser quoi que ce soit.",
        "Les usages doivent être décidés en équipe pédagogique, pas imposés d'en haut.",
        "Les parents s'inquiètent et nous n'avons pas de consigne claire à leur donner.",
        "Les outils changent tous les six mois, impossible de construire une pratique stable.",
        "Il faut apprendre aux élèves à citer l'IA comme une source, avec ses limites.",
    ]},
    {"id": "theme-evaluation-triche", "arguments": [
        "Les élèves rendent des devoirs rédigés par l'IA sans les avoir compris.",
        "La triche devient indétectable et cela fausse toute l'évaluation à la maison.",
        "Il faut repenser les évaluations plutôt que d'interdire les outils.",
        "Je refuse que l'évaluation des élèves soit confiée à un algorithme opaque.",
        "Corriger des copies écrites par une machine n'a aucun sens pour moi.",
        "On risque une standardisation des productions, toutes les copies se ressemblent déjà.",
        "L'écriture est un apprentissage long que l'IA court-circuite complètement.",
        "Je crains que les élèves perdent l'habitude de chercher et de réfléchir par eux-mêmes.",
        "Travailler l'esprit critique sur des textes produits par une IA est très formateur.",
    ]},
    {"id": "theme-impots-mel", "arguments": [
        "Pour lutter contre l'évasion fiscale, supprimer les niches fiscales qui permettent aux plus riches d'échapper à l'impôt.",
        "La TVA devrait être réduite sur les produits de première nécessité.",
        "Il serait souhaitable que tout le monde paie l'impôt sur le revenu, de manière plus progressive.",
        "Diminuer la TVA sur les produits alimentaires et d'hygiène et l'augmenter sur les produits de luxe.",
        "Remettre plus de tranches d'imposition de façon à mieux répartir l'impôt sur le revenu.",
        "Arrêter l'évasion fiscale et l'optimisation fiscale des grands groupes.",
        "Réinstaurer l'ISF.",
        "Sur l'ISF, la formule actuelle, qui ne taxe que l'argent immobilisé, est intelligente.",
        "Taxer toutes les transactions financières et les produits de luxe.",
        "Un seul impôt devrait être baissé : la TVA sur les produits courants, qui pénalise plus les ménages modestes.",
        "Taxer le kérosène des avions et des bateaux.",
    ]},
]

SYSTEM_EXTRACT = (
    "Tu analyses des réponses à une consultation publique. On te donne la question posée et une "
    "réponse découpée en segments numérotés. Relève chaque argument distinct de la réponse. Pour "
    "chacun, donne : « idee », une reformulation courte et neutre en français (une phrase de moins "
    "de vingt mots, qui ne recopie pas le texte) ; « position », pour, contre, nuancé ou neutre "
    "vis-à-vis de l'usage de l'IA ou du sujet de la question ; « segments », les numéros des "
    "segments sur lesquels l'argument s'appuie. Réponds uniquement en JSON.")

SYSTEM_THEME = (
    "Tu rédiges la synthèse d'un thème d'une consultation publique. On te donne des arguments "
    "numérotés qui relèvent tous de ce thème. Donne : « libelle », un intitulé de deux à six mots ; "
    "« enonce », une phrase qui dit de quoi parle le thème ; « phrases », deux à quatre phrases de "
    "synthèse fidèles aux arguments, chacune avec les numéros des arguments qui la fondent. "
    "Réponds uniquement en JSON, en français.")


def extraction_schema(n):
    return {"type": "object", "properties": {"arguments": {
        "type": "array", "maxItems": 6, "items": {
            "type": "object", "properties": {
                "idee": {"type": "string", "maxLength": 160},
                "position": {"enum": ["pour", "contre", "nuancé", "neutre"]},
                "segments": {"type": "array", "minItems": 1,
                             "items": {"type": "integer", "minimum": 1, "maximum": n}}},
            "required": ["idee", "position", "segments"]}}},
        "required": ["arguments"]}


def theme_schema(n):
    return {"type": "object", "properties": {
        "libelle": {"type": "string", "maxLength": 60},
        "enonce": {"type": "string", "maxLength": 200},
        "phrases": {"type": "array", "minItems": 2, "maxItems": 4, "items": {
            "type": "object", "properties": {
                "texte": {"type": "string", "maxLength": 240},
                "arguments": {"type": "array", "minItems": 1,
                              "items": {"type": "integer", "minimum": 1, "maximum": n}}},
            "required": ["texte", "arguments"]}}},
        "required": ["libelle", "enonce", "phrases"]}


def extraction_messages(item):
    segs = "\n".join(f"[{i}] {s}" for i, s in enumerate(item["segments"], 1))
    return [{"role": "system", "content": SYSTEM_EXTRACT},
            {"role": "user", "content": f"Question : {item['question']}\n\nRéponse :\n{segs}"}]


def theme_messages(theme):
    args = "\n".join(f"[{i}] {a}" for i, a in enumerate(theme["arguments"], 1))
    return [{"role": "system", "content": SYSTEM_THEME},
            {"role": "user", "content": f"Arguments du thème :\n{args}"}]


# ------------------------------------------------------------------------------------------
# Servers
# ------------------------------------------------------------------------------------------
def find_server():
    for p in [os.environ.get("LLAMA_SERVER", ""), "/usr/local/bin/llama-server"]:
        if p and os.access(p, os.X_OK):
            return p
    cache = os.path.expanduser("~/.cache/observatoire")
    for root, _, files in os.walk(cache):
        if "llama-server" in files:
            return os.path.join(root, "llama-server")
    sys.exit("llama-server not found (set LLAMA_SERVER)")


def start_servers(models, threads, out, extra=None):
    server = find_server()
    procs = {}
    for i, (name, path) in enumerate(models):
        port = 18400 + i
        log = open(os.path.join(out, f"server-{name}.log"), "w")
        cmd = [server, "-m", path, "-t", str(threads), "-c", "4096", "--host", "127.0.0.1",
               "--port", str(port), "-np", "1", "--no-webui"] + (extra or {}).get(name, "").split()
        p = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT)
        procs[name] = (p, port)
    for name, (p, port) in procs.items():
        for _ in range(240):
            if p.poll() is not None:
                sys.exit(f"llama-server for {name} exited; see server-{name}.log")
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=2) as r:
                    if r.status == 200:
                        break
            except Exception:
                pass
            time.sleep(0.5)
    return procs


def ask(port, messages, schema, max_tokens):
    body = {"messages": messages, "temperature": 0, "max_tokens": max_tokens, "seed": 1,
            "cache_prompt": False,
            "response_format": {"type": "json_schema", "json_schema": {"schema": schema}}}
    req = urllib.request.Request(f"http://127.0.0.1:{port}/v1/chat/completions",
                                 data=json.dumps(body).encode(), headers={"Content-Type": "application/json"})
    t0 = time.time()
    with urllib.request.urlopen(req, timeout=900) as r:
        resp = json.load(r)
    return resp, time.time() - t0


def run(args):
    os.makedirs(args.out, exist_ok=True)
    models = [m.split("=", 1) for m in args.model]
    items = load_items(args.teachers, args.decidim)
    if args.limit:
        items = items[: args.limit]
    with open(os.path.join(args.out, "items.json"), "w") as f:
        json.dump({"items": items, "themes": THEMES}, f, ensure_ascii=False, indent=1)
    extra = dict(e.split("=", 1) for e in args.extra)
    procs = start_servers(models, args.threads, args.out, extra)
    rec = open(os.path.join(args.out, "records.jsonl"), "a")
    # Teachers' and Grand Débat answers interleaved, so that a run cut short stays balanced.
    ens = [it for it in items if it["source"] == "enseignants"]
    mel = [it for it in items if it["source"] == "decidim"]
    mixed = [x for pair in zip(ens, mel) for x in pair] + ens[len(mel):] + mel[len(ens):]
    jobs = [("theme", t) for t in THEMES] + [("extraction", it) for it in mixed]
    import threading
    lock = threading.Lock()

    def one(k, task, obj, name, port):
        if task == "extraction":
            msgs, schema = extraction_messages(obj), extraction_schema(len(obj["segments"]))
        else:
            msgs, schema = theme_messages(obj), theme_schema(len(obj["arguments"]))
        load = os.getloadavg()
        try:
            resp, wall = ask(port, msgs, schema, args.max_tokens)
            content = resp["choices"][0]["message"]["content"]
            r = {"model": name, "task": task, "item": obj["id"], "wall_s": round(wall, 3),
                 "load1": load[0], "parallel": args.parallel, "threads": args.threads,
                 "timings": resp.get("timings"),
                 "finish": resp["choices"][0].get("finish_reason"), "content": content}
        except Exception as e:  # recorded, never fatal
            r = {"model": name, "task": task, "item": obj["id"], "error": repr(e), "load1": load[0]}
        with lock:
            rec.write(json.dumps(r, ensure_ascii=False) + "\n")
            rec.flush()
            t = r.get("timings") or {}
            print(f"{k+1}/{len(jobs)} {task:10s} {obj['id']:24s} {name:10s} "
                  f"{r.get('wall_s', 'ERR')}s gen={t.get('predicted_n')} load={load[0]:.2f}", flush=True)

    try:
        for k, (task, obj) in enumerate(jobs):
            order = models[k % len(models):] + models[: k % len(models)]
            if args.parallel:
                # Same item to every model at once: all see the same load; the job ends with the slowest.
                ths = [threading.Thread(target=one, args=(k, task, obj, name, procs[name][1])) for name, _ in order]
                for t in ths:
                    t.start()
                for t in ths:
                    t.join()
            else:
                for name, _ in order:
                    one(k, task, obj, name, procs[name][1])
    finally:
        for p, _ in procs.values():
            p.send_signal(signal.SIGTERM)
        for p, _ in procs.values():
            try:
                p.wait(timeout=10)
            except subprocess.TimeoutExpired:
                p.kill()


# ------------------------------------------------------------------------------------------
# Scoring
# ------------------------------------------------------------------------------------------
def _norm(s):
    return re.sub(r"\W+", " ", s.lower()).strip()


def score_extraction(rec, item):
    """Mechanical checks only; faithfulness and stance are read by a person (see `show`)."""
    n = len(item["segments"])
    out = {"valid": False, "n_args": 0, "coverage": 0.0, "copies": 0, "truncated": rec.get("finish") == "length"}
    try:
        data = json.loads(rec["content"])
        args = data["arguments"]
        ok = all(isinstance(a.get("idee"), str) and a.get("position") in ("pour", "contre", "nuancé", "neutre")
                 and a.get("segments") and all(isinstance(s, int) and 1 <= s <= n for s in a["segments"])
                 for a in args)
    except Exception:
        return out
    out["valid"] = ok and not out["truncated"]
    out["n_args"] = len(args)
    cited = {s for a in args for s in a.get("segments", []) if isinstance(s, int)}
    out["coverage"] = len(cited & set(range(1, n + 1))) / n
    out["empty"] = len(args) == 0
    whole = _norm(item["text"])
    for a in args:
        idee = _norm(a["idee"])
        # A copy: the idea is a verbatim piece of the answer, or >= 80 % similar to one segment.
        best = max(difflib.SequenceMatcher(None, idee, _norm(seg)).ratio() for seg in item["segments"])
        if (len(idee) >= 8 and idee in whole) or best >= 0.8:
            out["copies"] += 1
    out["stances"] = [a["position"] for a in args]
    out["idee_words"] = [len(a["idee"].split()) for a in args]
    # Duplicate ideas (same idea given twice) count as noise, not as arguments.
    norm = [_norm(a["idee"]) for a in args]
    out["dupes"] = len(norm) - len(set(norm))
    return out


def summary(args):
    d = args.dir
    data = json.load(open(os.path.join(d, "items.json")))
    items = {i["id"]: i for i in data["items"]}
    themes = {t["id"]: t for t in data["themes"]}
    recs = [json.loads(l) for l in open(os.path.join(d, "records.jsonl"))]
    models = []
    for r in recs:
        if r["model"] not in models:
            models.append(r["model"])
    print("| model | prompt tok/s (median) | gen tok/s (median) | s/answer (median, mean) | gen tokens/answer (median) "
          "| valid JSON + segment numbers | truncated | answers with 0 arguments | arguments/answer | "
          "segments cited | ideas copied from the answer | duplicate ideas | stances pour/contre/nuancé/neutre | words/idea (median) | load1 (min–max) |")
    print("|" + "---|" * 15)
    for m in models:
        ex = [r for r in recs if r["model"] == m and r["task"] == "extraction" and "error" not in r]
        errs = [r for r in recs if r["model"] == m and "error" in r]
        if not ex:
            continue
        pp = [r["timings"]["prompt_per_second"] for r in ex]
        tg = [r["timings"]["predicted_per_second"] for r in ex]
        wall = [r["wall_s"] for r in ex]
        gen = [r["timings"]["predicted_n"] for r in ex]
        sc = [score_extraction(r, items[r["item"]]) for r in ex]
        valid = sum(s["valid"] for s in sc)
        trunc = sum(s["truncated"] for s in sc)
        empty = sum(1 for s in sc if s.get("empty"))
        nargs = [s["n_args"] for s in sc if s["valid"]]
        cov = [s["coverage"] for s in sc if s["valid"]]
        copies = sum(s["copies"] for s in sc if s["valid"])
        words = [w for s in sc if s["valid"] for w in s["idee_words"]]
        loads = [r["load1"] for r in ex]
        dupes = sum(s.get("dupes", 0) for s in sc if s["valid"])
        st = [x for s in sc if s["valid"] for x in s.get("stances", [])]
        stances = "/".join(str(st.count(k)) for k in ("pour", "contre", "nuancé", "neutre"))
        print(f"| {m} | {statistics.median(pp):.0f} | {statistics.median(tg):.1f} | "
              f"{statistics.median(wall):.1f}, {statistics.mean(wall):.1f} | {statistics.median(gen):.0f} | "
              f"{valid}/{len(ex)} | {trunc} | {empty} | {statistics.mean(nargs) if nargs else 0:.2f} | "
              f"{100*statistics.mean(cov) if cov else 0:.0f} % | {copies}/{sum(nargs)} | {dupes} | {stances} | "
              f"{statistics.median(words) if words else 0:.0f} | {min(loads):.1f}–{max(loads):.1f} |"
              + (f" ({len(errs)} errors)" if errs else ""))
    print()
    print("| model | theme | s | gen tokens | valid | label | citations in range |")
    print("|---|---|---|---|---|---|---|")
    for m in models:
        for r in recs:
            if r["model"] != m or r["task"] != "theme":
                continue
            n = len(themes[r["item"]]["arguments"])
            try:
                t = json.loads(r["content"])
                okc = all(1 <= a <= n for p in t["phrases"] for a in p["arguments"])
                lab = t["libelle"]
                valid = r.get("finish") != "length"
            except Exception:
                okc, lab, valid = False, "—", False
            print(f"| {m} | {r['item']} | {r.get('wall_s')} | {(r.get('timings') or {}).get('predicted_n')} | "
                  f"{'yes' if valid else 'no'} | {lab} | {'yes' if okc else 'no'} |")


def show(args):
    d = args.dir
    data = json.load(open(os.path.join(d, "items.json")))
    items = {i["id"]: i for i in data["items"]}
    items.update({t["id"]: {"segments": t["arguments"], "question": "(thème)"} for t in data["themes"]})
    recs = [json.loads(l) for l in open(os.path.join(d, "records.jsonl"))]
    for iid in args.items:
        it = items[iid]
        print(f"=== {iid} — {it['question']}")
        for i, s in enumerate(it["segments"], 1):
            print(f"  [{i}] {s}")
        for r in recs:
            if r["item"] != iid:
                continue
            print(f"  --- {r['model']} ({r.get('wall_s')} s, finish={r.get('finish')})")
            try:
                c = json.loads(r["content"])
                if "arguments" in c and isinstance(c["arguments"], list) and c["arguments"] and isinstance(c["arguments"][0], dict) and "idee" in c["arguments"][0]:
                    for a in c["arguments"]:
                        print(f"      {a.get('position'):7s} {a.get('segments')} {a.get('idee')}")
                else:
                    print("      " + json.dumps(c, ensure_ascii=False, indent=1).replace("\n", "\n      "))
            except Exception:
                print("      RAW " + repr(r.get("content", r.get("error")))[:600])


def main():
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    r = sub.add_parser("run")
    r.add_argument("--model", action="append", required=True, help="NAME=PATH.gguf")
    r.add_argument("--out", required=True)
    r.add_argument("--threads", type=int, default=2)
    r.add_argument("--extra", action="append", default=[],
                   help="NAME=ARGS: more llama-server arguments for one model, e.g. gemma='--chat-template gemma'")
    r.add_argument("--teachers", type=int, default=30)
    r.add_argument("--decidim", type=int, default=30)
    r.add_argument("--limit", type=int, default=0)
    r.add_argument("--max-tokens", type=int, default=400)
    r.add_argument("--parallel", action="store_true",
                   help="send each item to all models at the same time (one thread each) instead of in turn")
    s = sub.add_parser("summary")
    s.add_argument("dir")
    w = sub.add_parser("show")
    w.add_argument("dir")
    w.add_argument("items", nargs="+")
    a = ap.parse_args()
    {"run": run, "summary": summary, "show": show}[a.cmd](a)


if __name__ == "__main__":
    main()
