#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a libFuzzer target over the committed corpus for a bounded time; fails on any finding.
#
#   run-fuzzer.sh FUZZER CORPUS DICT SCRATCH
#
# New inputs go to SCRATCH (in the build directory, kept between runs), never to CORPUS;
# a crashing, leaking or slow input is saved in SCRATCH/artifacts. UNKNOT_FUZZ_SECONDS
# sets the time (default 30); extra libFuzzer flags can follow in UNKNOT_FUZZ_ARGS.
set -eu
fuzzer=$1 corpus=$2 dict=$3 scratch=$4
seconds=${UNKNOT_FUZZ_SECONDS:-30}

case $seconds in
  ''|*[!0-9]*) echo "UNKNOT_FUZZ_SECONDS must be a whole number of seconds, not '$seconds'"; exit 2 ;;
esac
mkdir -p "$scratch/corpus" "$scratch/artifacts"

# libFuzzer stops itself after -max_total_time; the outer limit only catches a hang
# outside any input (where -timeout cannot). libFuzzer's own exit code for a finding, 77,
# would read as a skipped test to meson: any finding exits 1.
status=0
# shellcheck disable=SC2086 # UNKNOT_FUZZ_ARGS is a list of flags
timeout --kill-after=10 $((seconds + 120)) "$fuzzer" \
  -max_total_time="$seconds" -max_len=65536 -timeout=5 -rss_limit_mb=2048 -error_exitcode=1 \
  -dict="$dict" -artifact_prefix="$scratch/artifacts/" -print_final_stats=1 \
  ${UNKNOT_FUZZ_ARGS:-} \
  "$scratch/corpus" "$corpus" || status=$?

if [ $status -ne 0 ]; then
  echo "FUZZING FAILED (exit $status). The input is saved in $scratch/artifacts/ (named above);"
  echo "reproduce with: $fuzzer FILE"
  exit 1
fi
