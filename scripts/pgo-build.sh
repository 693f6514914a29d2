#!/usr/bin/env bash
# Profile-guided release build of actorgraph (optional; `cargo build --release` is the default).
#
#   scripts/pgo-build.sh            # prints the path of the optimised binary
#   ACTORGRAPH_BENCH_BIN=$(scripts/pgo-build.sh | tail -1) cargo bench --bench corpus
#
# 1. builds an instrumented binary; 2. runs it over a generated training corpus (seed 7, not
# the benchmark's seed 1), one and two workers, JSON and DOT out; 3. merges the profiles with
# the toolchain's own llvm-profdata (`rustup component add llvm-tools`; it must match rustc's
# LLVM); 4. builds the release binary with them. The optimised binary gives the same bytes as
# the plain one (the code is the same, only its layout and inlining differ): the script checks
# that on the training corpus before it prints the path. Everything goes under target/pgo/.
set -euo pipefail
cd "$(dirname "$0")/.."
mb=${ACTORGRAPH_PGO_MB:-20}
host=$(rustc -vV | sed -n 's/^host: //p')
profdata="$(rustc --print sysroot)/lib/rustlib/$host/bin/llvm-profdata"
if [ ! -x "$profdata" ]; then
  rustup component add llvm-tools >&2 || true
fi
if [ ! -x "$profdata" ]; then
  echo "pgo-build: $profdata not found; install it with: rustup component add llvm-tools" >&2
  exit 1
fi
work="$PWD/target/pgo"
rm -rf "$work/profiles"
mkdir -p "$work/profiles"
train="$work/train-${mb}MB-seed7.jsonl"
if [ ! -s "$train" ]; then
  cargo run -q --release --example gen_corpus -- --mb "$mb" --seed 7 >"$train.tmp"
  mv "$train.tmp" "$train"
fi
# An explicit --target keeps RUSTFLAGS off build scripts and proc macros.
# The cfg makes the binary write its profile before it ends the process (see `exit` in main.rs).
RUSTFLAGS="-Cprofile-generate=$work/profiles --cfg actorgraph_pgo_generate" \
  cargo build -q --release --bin actorgraph --target "$host" --target-dir "$work/gen" >&2
gen="$work/gen/$host/release/actorgraph"
for j in 1 2; do
  "$gen" extract --jsonl "$train" --quiet -j "$j" --format json -o "$work/train-gen.json"
done
"$gen" extract --jsonl "$train" --quiet --format dot -o "$work/train-gen.dot"
"$profdata" merge -o "$work/actorgraph.profdata" "$work/profiles"
RUSTFLAGS="-Cprofile-use=$work/actorgraph.profdata" \
  cargo build -q --release --bin actorgraph --target "$host" --target-dir "$work/use" >&2
bin="$work/use/$host/release/actorgraph"
cargo build -q --release --bin actorgraph >&2
for j in 1 2; do
  "$bin" extract --jsonl "$train" --quiet -j "$j" --format json -o "$work/train-pgo.json"
  target/release/actorgraph extract --jsonl "$train" --quiet -j "$j" --format json -o "$work/train-plain.json"
  if ! cmp -s "$work/train-pgo.json" "$work/train-plain.json"; then
    echo "pgo-build: the optimised binary's graph differs from the plain build's (-j $j)" >&2
    exit 1
  fi
done
echo "$bin"
