#!/usr/bin/env python3
"""Load for an OpenAI-compatible server (llama-server, vLLM), shaped like Observatoire's own calls:
the extraction prompt of Sources/Analysis/Prompts, answers cut into numbered segments (at sentence
ends and semicolons: close to the product's clause segmenter, not the same), the same
JSON schema and token limit per segment count as `ArgumentExtraction.swift` (90 tokens an idea, up to 6), N requests kept in flight.

    gpu_load.py requests ARGUMENTS.jsonl PROMPT.md QUESTION COUNT > requests.jsonl
    gpu_load.py chat URL requests.jsonl CONCURRENCY COUNT [--fixed-length L]
    gpu_load.py embed URL requests.jsonl CONCURRENCY COUNT BATCH

`requests` reads République numérique arguments (../shared/data); answers of one segment are left
out, as the product sends them to no model. `chat` prints one JSON line: requests, seconds, prompt
and generated tokens, tokens/s, answers/min, median latency; after LOAD_DEADLINE_S seconds (default 150) it reports what finished. `--fixed-length L` drops the schema,
asks for exactly L tokens (ignore_eos): the product's mean output length on a model whose weights
are random. `embed` sends the answers' segments as « query: » texts (as the product embeds arguments), BATCH per request.
"""
import json
import re
import statistics
import sys
import threading
import time
import urllib.request
import os
from concurrent.futures import ThreadPoolExecutor, TimeoutError

# A run stops waiting after this many seconds and reports the requests that finished.
DEADLINE = float(os.environ.get("LOAD_DEADLINE_S", "150"))


def segments(text):
    parts = [p.strip() for p in re.split(r"(?<=[.!?;])\s+", text) if len(p.strip()) > 2]
    return parts[:6]


def build_requests(arguments, prompt, question, count):
    system = open(prompt).read().replace("{{contexte}}\n", "").replace("{{question}}", question)
    out = 0
    for line in open(arguments):
        if out >= count:
            break
        segs = segments(json.loads(line)["text"])
        if len(segs) < 2:
            continue
        n = len(segs)
        user = "<réponse>\n" + "\n".join(f"[{i + 1}] {s}" for i, s in enumerate(segs)) + "\n</réponse>"
        schema = {
            "type": "object",
            "properties": {
                "arguments": {
                    "type": "array",
                    "maxItems": min(n + 1, 6),
                    "items": {
                        "type": "object",
                        "properties": {
                            "segments": {
                                "type": "array",
                                "minItems": 1,
                                "maxItems": n,
                                "items": {"enum": list(range(1, n + 1))},
                            },
                            "idee": {"type": "string", "minLength": 3, "maxLength": 140},
                        },
                        "required": ["segments", "idee"],
                    },
                }
            },
            "required": ["arguments"],
        }
        body = {
            "model": "observatoire",
            "messages": [{"role": "system", "content": system}, {"role": "user", "content": user}],
            "max_tokens": 90 * min(6, n + 1) + 20,
            "temperature": 0.0,
            "seed": 42,
            "response_format": {"type": "json_schema", "json_schema": {"name": "reponse", "strict": True, "schema": schema}},
        }
        print(json.dumps(body, ensure_ascii=False))
        out += 1


def post(url, body):
    request = urllib.request.Request(url, data=json.dumps(body).encode(), headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=600) as response:
        return json.loads(response.read())


def run(jobs, concurrency, send):
    latencies, lock = [], threading.Lock()
    totals = {"prompt": 0, "generated": 0, "failed": 0}

    def one(job):
        start = time.perf_counter()
        try:
            usage = send(job)
        except Exception as error:  # counted, and the run goes on
            with lock:
                totals["failed"] += 1
            print(f"échec : {error}", file=sys.stderr)
            return
        with lock:
            latencies.append(time.perf_counter() - start)
            totals["prompt"] += usage.get("prompt_tokens", 0)
            totals["generated"] += usage.get("completion_tokens", 0)

    start = time.perf_counter()
    pool = ThreadPoolExecutor(concurrency)
    futures = [pool.submit(one, job) for job in jobs]
    for future in futures:
        left = DEADLINE - (time.perf_counter() - start)
        try:
            future.result(timeout=max(left, 0.001))
        except TimeoutError:
            break  # what finished in time is reported; the rest is abandoned
    seconds = time.perf_counter() - start
    pool.shutdown(wait=False, cancel_futures=True)
    with lock:
        return seconds, list(latencies), dict(totals)


def chat(url, path, concurrency, count, fixed_length=None):
    bodies = [json.loads(line) for line in open(path)][:count]
    if fixed_length:
        for body in bodies:
            body.pop("response_format")
            body.update(max_tokens=fixed_length, ignore_eos=True)
    seconds, latencies, totals = run(bodies, concurrency, lambda b: post(url + "/v1/chat/completions", b)["usage"])
    done = len(latencies)
    print(json.dumps({
        "mode": f"fixed-{fixed_length}" if fixed_length else "schema",
        "concurrency": concurrency, "requests": done, "failed": totals["failed"],
        "seconds": round(seconds, 2), "prompt_tokens": totals["prompt"], "generated_tokens": totals["generated"],
        "generated_per_s": round(totals["generated"] / seconds), "prompt_per_s": round(totals["prompt"] / seconds),
        "answers_per_min": round(60 * done / seconds), "stopped_at_deadline": done + totals["failed"] < len(bodies), "median_latency_s": round(statistics.median(latencies), 2) if latencies else None,
    }))


def embed(url, path, concurrency, count, batch):
    texts = []
    for line in open(path):
        user = json.loads(line)["messages"][1]["content"]
        texts += ["query: " + re.sub(r"^\[\d+\] ", "", s) for s in user.split("\n")[1:-1]]
    texts = texts[:count]
    jobs = [texts[i : i + batch] for i in range(0, len(texts), batch)]
    seconds, latencies, totals = run(jobs, concurrency, lambda j: post(url + "/v1/embeddings", {"model": "e5", "input": j, "encoding_format": "float"}).get("usage", {}))
    done = min(len(texts), len(latencies) * batch)
    print(json.dumps({"mode": "embeddings", "concurrency": concurrency, "batch": batch, "texts": done, "failed": totals["failed"],
                      "seconds": round(seconds, 2), "texts_per_s": round(done / seconds), "tokens": totals["prompt"],
                      "stopped_at_deadline": len(latencies) + totals["failed"] < len(jobs)}))


if __name__ == "__main__":
    args = sys.argv[1:]
    if args[:1] == ["requests"] and len(args) == 5:
        build_requests(args[1], args[2], args[3], int(args[4]))
    elif args[:1] == ["chat"] and len(args) in (5, 7):
        chat(args[1], args[2], int(args[3]), int(args[4]), int(args[6]) if len(args) == 7 else None)
    elif args[:1] == ["embed"] and len(args) == 6:
        embed(args[1], args[2], int(args[3]), int(args[4]), int(args[5]))
    else:
        sys.exit(__doc__)
    sys.stdout.flush()
    os._exit(0)  # threads still waiting on abandoned requests must not hold the exit
