#!/usr/bin/env python3
"""A GGUF model with the same tensors (names, shapes, quantisation types) as a real one and random
weights, for measuring speed where the real file cannot be copied (a GPU machine reached through a
small transfer). Speed depends on shapes and types only: the text such a model writes means nothing.

    gguf_same_shapes.py skeleton MODEL.gguf OUT_PREFIX   # OUT_PREFIX.head (metadata) + .json (layout)
    gguf_same_shapes.py expand OUT_PREFIX MODEL_OUT.gguf # the full-size file, random weights

`skeleton` reads the model with llama.cpp's gguf-py (PYTHONPATH=.../gguf-py); `expand` needs only
numpy. Each quantised block gets a small finite scale, so every activation stays finite.
"""
import json
import sys

import numpy as np

# bytes per block, and where the fp16 scale(s) of a block lie
BLOCKS = {
    "Q4_0": (18, [(0, 0.004)]),
    "Q4_1": (20, [(0, 0.002), (2, 0.0)]),
    "Q5_0": (22, [(0, 0.002)]),
    "Q5_1": (24, [(0, 0.001), (2, 0.0)]),
    "Q8_0": (34, [(0, 0.0002)]),
    "Q4_K": (144, [(0, 0.0001), (2, 0.0001)]),
    "Q5_K": (176, [(0, 0.00005), (2, 0.00005)]),
    "Q6_K": (210, [(208, 0.00001)]),
}


def skeleton(model, prefix):
    from gguf import GGUFReader

    reader = GGUFReader(model)
    with open(model, "rb") as f:
        head = f.read(reader.data_offset)
    with open(prefix + ".head", "wb") as f:
        f.write(head)
    tensors = [
        {
            "name": t.name,
            "type": t.tensor_type.name,
            "offset": int(t.data_offset),
            "n_bytes": int(t.n_bytes),
            "n_elements": int(t.n_elements),
        }
        for t in reader.tensors
    ]
    end = max(t["offset"] + t["n_bytes"] for t in tensors)
    with open(prefix + ".json", "w") as f:
        json.dump({"size": end, "tensors": tensors}, f)


def expand(prefix, out):
    layout = json.load(open(prefix + ".json"))
    rng = np.random.default_rng(0)
    with open(out, "wb") as f:
        f.write(open(prefix + ".head", "rb").read())
        f.truncate(layout["size"])
        for t in layout["tensors"]:
            kind = t["type"]
            if kind in ("F32", "F16"):
                dtype = np.float32 if kind == "F32" else np.float16
                if "norm" in t["name"]:
                    data = np.ones(t["n_elements"], dtype=dtype)
                else:
                    data = (rng.standard_normal(t["n_elements"]) * 0.02).astype(dtype)
                raw = data.tobytes()
            elif kind in BLOCKS:
                size, scales = BLOCKS[kind]
                blocks = rng.integers(0, 256, size=t["n_bytes"], dtype=np.uint8).reshape(-1, size)
                for at, value in scales:
                    blocks[:, at : at + 2] = np.frombuffer(np.float16(value).tobytes(), dtype=np.uint8)
                raw = blocks.tobytes()
            else:
                sys.exit(f"type {kind} non pris en charge ({t['name']})")
            assert len(raw) == t["n_bytes"], t["name"]
            f.seek(t["offset"])
            f.write(raw)


if __name__ == "__main__":
    if len(sys.argv) != 4 or sys.argv[1] not in ("skeleton", "expand"):
        sys.exit(__doc__)
    (skeleton if sys.argv[1] == "skeleton" else expand)(sys.argv[2], sys.argv[3])
