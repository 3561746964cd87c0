#!/usr/bin/env bash
# Runs every fuzz target for SECONDS seconds each (default 30), starting from the seeds in
# fuzz/seeds and keeping what the fuzzer learns in fuzz/corpus. A crash stops the run with
# its input in fuzz/artifacts/TARGET/.
#
#   fuzz/run.sh            # 30 s per target (what CI runs)
#   fuzz/run.sh 3600       # an hour per target
#
# Needs cargo-fuzz (`cargo install cargo-fuzz`). cargo-fuzz passes nightly-only flags to
# rustc; RUSTC_BOOTSTRAP=1 lets the stable toolchain accept them.
set -euo pipefail
cd "$(dirname "$0")"
SECONDS_EACH="${1:-30}"
export RUSTC_BOOTSTRAP=1
cargo fuzz build --sanitizer none
for target in extract parse taxonomy profile_json; do
    mkdir -p "corpus/$target"
    cp -n seeds/"$target"/* "corpus/$target/" 2>/dev/null || true
    echo "==> fuzz $target for ${SECONDS_EACH}s"
    cargo fuzz run --sanitizer none "$target" "corpus/$target" -- \
        -max_total_time="$SECONDS_EACH" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
        -print_final_stats=1 2>&1 | grep -E "^(stat::|==|INFO: Done|.*(crash|panicked|ERROR))" || true
    if [ -n "$(ls -A "artifacts/$target" 2>/dev/null)" ]; then
        echo "fuzz $target: crash inputs in fuzz/artifacts/$target" >&2
        exit 1
    fi
done
