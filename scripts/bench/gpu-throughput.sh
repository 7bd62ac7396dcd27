#!/usr/bin/env bash
# What the models cost on a GPU server: llama.cpp built with CUDA, the default generator and
# embedder served with llama-server, loaded like Observatoire loads them (docs/DEPLOYMENT.md,
# « What a national consultation would cost »).
#
#   scripts/bench/gpu-throughput.sh pack DIR     # here: what the GPU machine needs, in DIR (< 30 MB)
#   scripts/bench/gpu-throughput.sh run DIR OUT  # there: build, measure, write OUT/*.txt|jsonl
#
# `pack` takes llama.cpp from the pinned llama-cpp-python sdist that ./scripts/setup downloaded
# (tools, tests and docs left out), the models' metadata and tensor layout (gguf_same_shapes.py:
# the weights are rebuilt there at random, same shapes and types, since 500 MB cannot travel), and
# 2,677 extraction requests built from République numérique (gpu_load.py). With the real model
# files at hand, set GENERATOR=… EMBEDDER=… (GGUF paths) for `run` instead.
# `run` variables: GPU=OFF for a CPU build (to try the script), CUDA_ARCH (default 90a),
# SLOTS (default "64 256"), REQUESTS (default 2 per slot), SERVER_ARGS (e.g. "-bs"),
# FIXED_LENGTH (default 116: the mean output per extraction call measured on the bundled
# example), EMBED_TEXTS (default 20000), LOAD_DEADLINE_S (default 150 s per load).
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"

pack() {
  local dir="$1" version sdist
  version="$(sed -n 's/^LLAMA_CPP_PYTHON_VERSION="\(.*\)"/\1/p' "$root/scripts/setup")"
  sdist="${OBSERVATOIRE_CACHE:-$HOME/.cache/observatoire}/llama-src/llama_cpp_python-$version.tar.gz"
  [ -f "$sdist" ] || { echo "lancez d'abord ./scripts/setup (source de llama.cpp absente : $sdist)"; exit 1; }
  mkdir -p "$dir"
  local tmp
  tmp="$(mktemp -d)"
  tar -xzf "$sdist" -C "$tmp"
  local src="$tmp/llama_cpp_python-$version/vendor/llama.cpp"
  rm -rf "$src"/{docs,models,media,tests,benches,examples,pocs,gguf-py,conversion}
  for d in "$src"/tools/*/; do
    case "$(basename "$d")" in batched-bench | server | ui | mtmd) ;; *) rm -rf "$d" ;; esac
  done
  printf 'find_package(Threads REQUIRED)\nllama_add_compile_flags()\nadd_subdirectory(batched-bench)\nadd_subdirectory(ui)\nadd_subdirectory(mtmd)\nadd_subdirectory(server)\n' >"$src/tools/CMakeLists.txt"
  for d in "$src"/ggml/src/ggml-*/; do
    case "$(basename "$d")" in ggml-cpu | ggml-cuda) ;; *) rm -rf "$d" ;; esac
  done
  tar -cJf "$dir/llama-src.tar.xz" -C "$src" .
  rm -rf "$tmp"
  local gguf_py
  gguf_py="$(mktemp -d)"
  tar -xzf "$sdist" -C "$gguf_py" "llama_cpp_python-$version/vendor/llama.cpp/gguf-py"
  for model in qwen2.5-coder-0.5b-instruct-q4_k_m multilingual-e5-small-q4_0; do
    PYTHONPATH="$gguf_py/llama_cpp_python-$version/vendor/llama.cpp/gguf-py" \
      python3 "$here/gguf_same_shapes.py" skeleton "$root/models/$model.gguf" "$dir/$model"
  done
  rm -rf "$gguf_py"
  python3 "$here/gpu_load.py" requests "$root/../shared/data/republique_numerique_fr/arguments.jsonl" \
    "$root/Sources/Analysis/Prompts/extraction-segments.md" \
    "Que pensez-vous de cet article du projet de loi pour une République numérique ?" 3000 >"$dir/requests.jsonl"
  cp "$here/gguf_same_shapes.py" "$here/gpu_load.py" "$0" "$dir/"
  du -sh "$dir"
}

run() {
  local dir out build models
  dir="$(cd "$1" && pwd)"
  out="$2"
  mkdir -p "$out"
  build="${BUILD_DIR:-/root/llama-gpu}"
  models="${MODELS_DIR:-/root/gpu-models}"
  log() { echo "[$(date -u +%T)] $*" | tee -a "$out/log.txt"; }
  wait_health() {
    for _ in $(seq 180); do
      python3 -c "import urllib.request; urllib.request.urlopen('http://localhost:$1/health')" 2>/dev/null && return 0
      sleep 1
    done
    log "server on port $1 not ready"
  }
  { nproc; uptime; nvcc --version 2>&1 | tail -2; nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv 2>&1; } >"$out/machine.txt"
  if [ ! -x "$build/build/bin/llama-server" ]; then
    log "build (GGML_CUDA=${GPU:-ON}, arch ${CUDA_ARCH:-90a})"
    mkdir -p "$build/src" && tar -xJf "$dir/llama-src.tar.xz" -C "$build/src"
    cmake -S "$build/src" -B "$build/build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
      -DGGML_CUDA="${GPU:-ON}" -DCMAKE_CUDA_ARCHITECTURES="${CUDA_ARCH:-90a}" -DGGML_CUDA_NCCL=OFF \
      -DGGML_NATIVE=ON -DBUILD_SHARED_LIBS=OFF -DLLAMA_BUILD_TESTS=OFF -DLLAMA_BUILD_EXAMPLES=OFF \
      -DLLAMA_BUILD_APP=OFF -DLLAMA_OPENSSL=OFF -DLLAMA_BUILD_TOOLS=ON -DLLAMA_BUILD_SERVER=ON \
      -DLLAMA_BUILD_UI=OFF -DLLAMA_USE_PREBUILT_UI=OFF -DLLAMA_CURL=OFF >"$out/cmake.txt" 2>&1 ||
      { log "cmake failed"; tail -30 "$out/cmake.txt"; return 1; }
    local start=$SECONDS
    cmake --build "$build/build" --target llama-batched-bench llama-server -j "$(nproc)" >"$out/build.txt" 2>&1 ||
      { log "build failed"; tail -40 "$out/build.txt"; return 1; }
    log "built in $((SECONDS - start)) s"
  fi
  local bin="$build/build/bin"
  mkdir -p "$models"
  local generator="${GENERATOR:-$models/generator.gguf}" embedder="${EMBEDDER:-$models/embedder.gguf}"
  [ -f "$generator" ] || python3 "$dir/gguf_same_shapes.py" expand "$dir/qwen2.5-coder-0.5b-instruct-q4_k_m" "$generator"
  [ -f "$embedder" ] || python3 "$dir/gguf_same_shapes.py" expand "$dir/multilingual-e5-small-q4_0" "$embedder"
  local ngl=99
  [ "${GPU:-ON}" = OFF ] && ngl=0

  if [ ! -s "$out/batched-bench.jsonl" ]; then
    log "llama-batched-bench"
    timeout 240 "$bin/llama-batched-bench" -m "$generator" -ngl $ngl -fa on -c "${BENCH_CTX:-160000}" \
      -b 4096 -ub 1024 -npp "${BENCH_PP:-420}" -ntg "${FIXED_LENGTH:-116}" -npl "${BENCH_NPL:-1,16,64,256}" \
      --output-format jsonl >"$out/batched-bench.jsonl" 2>"$out/batched-bench.log" || log "batched-bench failed"
    cat "$out/batched-bench.jsonl"
  fi

  local slots
  for slots in ${SLOTS:-64 256}; do
    log "llama-server, $slots slots"
    "$bin/llama-server" -m "$generator" -ngl $ngl -fa on --parallel "$slots" --cont-batching \
      -c $((slots * 2048)) -b 4096 -ub 1024 --port 8180 ${SERVER_ARGS:-} >"$out/server-$slots.log" 2>&1 &
    local pid=$!
    wait_health 8180
    timeout 200 python3 "$dir/gpu_load.py" chat http://localhost:8180 "$dir/requests.jsonl" "$slots" "${REQUESTS:-$((slots * 2))}" \
      --fixed-length "${FIXED_LENGTH:-116}" | tee -a "$out/server.jsonl"
    timeout 200 python3 "$dir/gpu_load.py" chat http://localhost:8180 "$dir/requests.jsonl" "$slots" "${REQUESTS:-$((slots * 2))}" |
      tee -a "$out/server.jsonl"
    kill $pid
    wait $pid 2>/dev/null
  done

  log "llama-server --embedding"
  "$bin/llama-server" -m "$embedder" -ngl $ngl --embedding --pooling mean --parallel 16 -c 65536 \
    -b 8192 -ub 8192 --port 8181 >"$out/embed.log" 2>&1 &
  local pid=$!
  wait_health 8181
  timeout 120 python3 "$dir/gpu_load.py" embed http://localhost:8181 "$dir/requests.jsonl" 16 "${EMBED_TEXTS:-20000}" 64 |
    tee -a "$out/embed.jsonl"
  kill $pid
  wait $pid 2>/dev/null
  uptime >>"$out/machine.txt"
  log "done"
}

case "${1:-}" in
pack) pack "${2:?DIR}" ;;
run) run "${2:?DIR}" "${3:?OUT}" ;;
*) sed -n 2,17p "$0" && exit 1 ;;
esac
