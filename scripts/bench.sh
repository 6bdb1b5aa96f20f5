#!/usr/bin/env bash
# Benchmark fsdlint against its peers on generated FSD trees (run by hand, not in CI).
#
#   scripts/bench.sh [--sizes "1000 2500 10000"] [--with-50k] [--with-corpus] [--peers-max N] [--repeat N] [--peer-repeat N] [--scale-repeat N] [--scaling-only] [--work DIR] [--table-only]
#
# Installs the peers from npm into a scratch folder (oxlint, esbuild; Steiger and
# ESLint + Airbnb come from testtools/, installed with `npm ci` there if missing),
# generates the trees with cmd/fsdgen (deterministic, seed 1), builds fsdlint and
# runs every tool on the same trees in the same run under /usr/bin/time -v (CPU
# time, peak memory; wall time from bash's `time`, in milliseconds, around it):
#   fsdlint (every fsd/* rule)           vs Steiger 0.6 (every rule of the FSD plugin)
#   fsdlint (the Airbnb rules it has)    vs ESLint 8 + Airbnb (exactly those rules)
#   fsdlint (those oxlint also has)      vs oxlint (the same rules)
#   esbuild transform of every file      (the parse floor)
# Peers run only on trees of at most --peers-max files (default 10000); fsdlint
# runs on every size. --with-50k adds the 50,000-file tree. --with-corpus adds
# the npm real-code corpus of internal/corpus without its declaration files. fsdlint's runs are
# short and noisy: each is repeated --repeat times (default 5) and the run with
# the median wall time is kept; Steiger, oxlint and esbuild run --peer-repeat
# times (default 3, median kept), ESLint (minutes) once; the peers' runs are
# interleaved with fsdlint's, so that a slow phase of the host hits both.
# Then a scaling block measures how fsdlint's time grows with the tree: in each
# of --scale-repeat rounds (default 15) the FSD and Airbnb sets run once on
# every size, smallest first, plus an empty tree (no source file: the fixed
# cost of a run) and the harness alone around `true`; all sizes thus share the
# host's phases. Its table gives per size the median wall, wall per file, and
# wall per file net of the empty-tree run (what each file costs), and the
# spread of each. --scaling-only runs just this block (the peers' table stays).
# --table-only redraws the tables from the last run's results in --work.
# Prints markdown tables; writes them into README.md between <!-- bench:start -->
# and <!-- bench:end --> (and <!-- scaling:start --> / <!-- scaling:end -->)
# when the markers exist, else into bench/results.md.
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
sizes="1000 2500 10000"
repeat=5
peer_repeat=3
scale_repeat=15
scaling_only=
peers_max=10000
work=${TMPDIR:-/tmp}/fsdlint-bench
tool_timeout=${BENCH_TIMEOUT:-1800}
table_only=
with_corpus=
while [ $# -gt 0 ]; do
  case "$1" in
    --sizes) sizes=$2; shift 2 ;;
    --with-50k) sizes="$sizes 50000"; shift ;;
    --with-corpus) with_corpus=1; shift ;;
    --peers-max) peers_max=$2; shift 2 ;;
    --repeat) repeat=$2; shift 2 ;;
    --peer-repeat) peer_repeat=$2; shift 2 ;;
    --scale-repeat) scale_repeat=$2; shift 2 ;;
    --scaling-only) scaling_only=1; shift ;;
    --work) work=$2; shift 2 ;;
    --table-only) table_only=1; shift ;;
    *) echo "bench.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done
mkdir -p "$work/peers" "$work/out" "$work/rules"

OXLINT_VERSION=1.94.0
ESBUILD_VERSION=0.28.2

results=$work/results.tsv
scaling=$work/scaling.tsv
if [ -z "$table_only" ]; then
# --- tools ---
if [ ! -x /usr/bin/time ]; then
  echo "bench.sh: installing GNU time" >&2
  apt-get install -y time >/dev/null
fi
if [ ! -d "$repo/testtools/node_modules/steiger" ] || [ ! -d "$repo/testtools/node_modules/eslint" ]; then
  (cd "$repo/testtools" && npm ci --no-audit --no-fund)
fi
peers=$work/peers
if [ ! -x "$peers/node_modules/.bin/oxlint" ] || [ ! -d "$peers/node_modules/esbuild" ] ||
  [ "$("$peers/node_modules/.bin/oxlint" --version)" != "Version: $OXLINT_VERSION" ]; then
  (cd "$peers" && echo '{"private":true}' >package.json &&
    npm install --no-audit --no-fund "oxlint@$OXLINT_VERSION" "esbuild@$ESBUILD_VERSION" >/dev/null)
fi
oxlint=$peers/node_modules/.bin/oxlint
steiger_cli=$repo/testtools/node_modules/steiger/dist/cli.mjs
steiger_plugin=$repo/testtools/node_modules/@feature-sliced/steiger-plugin/dist/index.js

# fsdlint is built as the npm packages ship it: static (no C library to load at start-up).
(cd "$repo" && CGO_ENABLED=0 go build -o "$work/fsdlint" ./cmd/fsdlint && go build -o "$work/fsdgen" ./cmd/fsdgen)
fsdlint=$work/fsdlint

# --- the same rules for everyone ---
rules=$work/rules
"$fsdlint" rules >"$rules/fsdlint-rules.txt"
node "$repo/testtools/eslint-airbnb.js" --print-config >"$rules/airbnb-config.json"
"$oxlint" --rules >"$rules/oxlint-rules.md" 2>/dev/null || true
node "$repo/scripts/bench/rulesets.js" "$rules/fsdlint-rules.txt" "$rules/airbnb-config.json" "$rules/oxlint-rules.md" "$rules" >&2
n_fsd=$(node -e 'console.log(Object.keys(require(process.argv[1]).rules).length)' "$rules/fsd.json")
n_airbnb=$(awk -F, '{ print NF }' "$rules/airbnb.txt")
n_ox=$(awk -F, '{ print NF }' "$rules/ox.txt")
steiger_cwd=$work/steiger-cwd
mkdir -p "$steiger_cwd"
cat >"$steiger_cwd/steiger.config.mjs" <<MJS
import fsd from '$steiger_plugin'
export default [
  ...fsd.configs.recommended,
  { rules: { 'fsd/no-cross-imports': 'error', 'fsd/no-higher-level-imports': 'error', 'fsd/import-locality': 'error' } },
]
MJS

# --- runs ---
[ -n "$scaling_only" ] || : >"$results"
# Runs are spread in time: the host this was written on has slow phases of a few
# seconds, and a tool whose runs all fell into one would look slower than it is.
# So each size is measured in rounds; in every round each fsdlint set runs once,
# and the peers run in some of the rounds between them (ESLint in the first).
# run_once SIZE TOOL RULES DIR CMD...: runs CMD in DIR under /usr/bin/time -v and
# appends size, tool, rules, wall s, CPU s, peak RSS MB, exit code to the
# tool's runs file; keep SIZE TOOL... then appends each tool's median-wall run
# to $results (in the order given: the table computes ratios in that order).
runs_file() { echo "$work/out/$1-$(echo "$2" | tr -c 'a-zA-Z0-9\n' '-').runs"; }
run_once() {
  local size=$1 tool=$2 nrules=$3 dir=$4
  shift 4
  local runs slug
  runs=$(runs_file "$size" "$tool")
  slug=$(basename "$runs" .runs)
  local timef=$work/out/$slug.time wallf=$work/out/$slug.wall
  echo "bench.sh: $size files: $tool (run $(( $(cat "$runs" 2>/dev/null | wc -l) + 1 )))" >&2
  local rc=0
  # Wall time: bash's `time` (millisecond resolution) around timeout and
  # /usr/bin/time, whose start-up (about 2 ms) is counted against the tool;
  # time -v prints centiseconds, too coarse for a 60 ms run. CPU and peak
  # memory: time -v.
  (cd "$dir" && TIMEFORMAT=%3R && { time timeout "$tool_timeout" /usr/bin/time -v -o "$timef" "$@" >"$work/out/$slug.out" 2>"$work/out/$slug.err"; } 2>"$wallf") || rc=$?
  if [ "$rc" = 124 ]; then
    printf '%s\t%s\t%s\ttimeout\t-\t-\t%s\n' "$size" "$tool" "$nrules" "$rc" >>"$runs"
    return
  fi
  awk -v size="$size" -v tool="$tool" -v n="$nrules" -v rc="$rc" -v wall="$(tail -1 "$wallf")" -F': ' '
    /User time/ { cpu += $2 } /System time/ { cpu += $2 }
    /Maximum resident set size/ { rss = $2 / 1024 }
    END { printf "%s\t%s\t%s\t%.3f\t%.2f\t%.0f\t%s\n", size, tool, n, wall, cpu, rss, rc }' "$timef" >>"$runs"
}
keep() {
  local size=$1 tool runs
  shift
  for tool in "$@"; do
    runs=$(runs_file "$size" "$tool")
    [ -s "$runs" ] || continue
    if grep -q $'\ttimeout\t' "$runs"; then
      grep -m1 $'\ttimeout\t' "$runs" >>"$results"
      continue
    fi
    sort -t"$(printf '\t')" -k4,4n "$runs" | awk -v n="$(wc -l <"$runs")" 'NR == int((n + 1) / 2)' >>"$results"
  done
}

# ensure_tree SIZE: generates the tree once, and warms the page cache so that
# the first tool does not pay for the disk.
ensure_tree() {
  local tree=$work/trees/app$1
  if [ ! -f "$tree/tsconfig.json" ]; then
    rm -rf "$tree" && mkdir -p "$tree"
    "$work/fsdgen" -files "$1" -out "$tree" >&2
  fi
  find "$tree" -type f -exec cat {} + >/dev/null
}

for size in $sizes; do
  [ -z "$scaling_only" ] || break
  tree=$work/trees/app$size
  ensure_tree "$size"
  find "$tree/src" -name '*.ts' -o -name '*.tsx' | sort >"$work/out/files-$size.txt"
  rm -f "$work/out/$size-"*.runs
  every=$(( (repeat + peer_repeat - 1) / peer_repeat )) # peers run in every $every-th round
  for round in $(seq "$repeat"); do
    run_once "$size" "fsdlint (FSD)" "$n_fsd" "$tree" "$fsdlint" check --config "$rules/fsd.json" --format json --color never .
    run_once "$size" "fsdlint (Airbnb)" "$n_airbnb" "$tree" "$fsdlint" check --config "$rules/airbnb.json" --format json --color never .
    run_once "$size" "fsdlint (oxlint's)" "$n_ox" "$tree" "$fsdlint" check --config "$rules/ox-fsdlint.json" --format json --color never .
    if [ "$size" -le "$peers_max" ] && [ $(( (round - 1) % every )) = 0 ]; then
      run_once "$size" "Steiger 0.6 (FSD)" "$n_fsd" "$steiger_cwd" node "$steiger_cli" "$tree/src" --reporter json
      if [ "$round" = 1 ]; then
        run_once "$size" "ESLint 8 + Airbnb" "$n_airbnb" "$tree" node "$repo/testtools/eslint-airbnb.js" --rules "$(cat "$rules/airbnb.txt")" --files-from "$work/out/files-$size.txt"
      fi
      run_once "$size" "oxlint $OXLINT_VERSION" "$n_ox" "$tree" "$oxlint" -c "$rules/ox.json" --tsconfig tsconfig.json src
      run_once "$size" "esbuild transform (parse floor)" "-" "$tree" node "$repo/scripts/bench/esbuild-scan.js" "$peers/node_modules/esbuild" .
    fi
  done
  keep "$size" "fsdlint (FSD)" "fsdlint (Airbnb)" "fsdlint (oxlint's)" "Steiger 0.6 (FSD)" "ESLint 8 + Airbnb" "oxlint $OXLINT_VERSION" "esbuild transform (parse floor)"
done

# --- scaling: every size in the same rounds, and the fixed cost of a run ---
scale_sizes=$(echo "$sizes" | tr ' ' '\n' | sort -n | tr '\n' ' ')
for size in $scale_sizes; do
  ensure_tree "$size"
done
empty=$work/trees/app0
rm -rf "$empty" && mkdir -p "$empty/src"
cp "$work/trees/app${scale_sizes%% *}/tsconfig.json" "$empty/" # the smallest tree's tsconfig, no source
rm -f "$work/out/"*scaling*.runs "$work/out/"*harness*.runs
: >"$scaling"
for round in $(seq "$scale_repeat"); do
  run_once 0 "harness" "-" "$empty" true
  for size in 0 $scale_sizes; do
    tree=$work/trees/app$size
    run_once "$size" "fsdlint (FSD) scaling" "$n_fsd" "$tree" "$fsdlint" check --config "$rules/fsd.json" --format json --color never .
    run_once "$size" "fsdlint (Airbnb) scaling" "$n_airbnb" "$tree" "$fsdlint" check --config "$rules/airbnb.json" --format json --color never .
  done
done
saved=$results
results=$scaling
keep 0 "harness"
for size in 0 $scale_sizes; do
  keep "$size" "fsdlint (FSD) scaling" "fsdlint (Airbnb) scaling"
done
results=$saved

# --- the npm real-code corpus (issue 8 times the Airbnb rules on it) ---
if [ -n "$with_corpus" ] && [ -z "$scaling_only" ]; then
  tree=$work/trees/corpus
  if [ ! -f "$tree/package.json" ]; then
    rm -rf "$tree" && mkdir -p "$tree"
    # Folders fsdlint never enters (dist, build, ...) get a "_" so that every
    # tool lints the same files.
    # Declaration files are left out: teams lint their sources, and
    # @typescript-eslint/no-use-before-define crashes ESLint on @types/node.
    (cd "$repo" && go run ./internal/corpus/corpuslist testtools/node_modules) | grep -Ev '\.d\.[mc]?ts$' | while read -r rel; do
      dest=$(echo "$rel" | sed -E 's#(^|/)(dist|build|out|coverage)/#\1\2_/#g')
      mkdir -p "$tree/$(dirname "$dest")" && cp "$repo/testtools/node_modules/$rel" "$tree/$dest"
    done
    echo '{"name":"corpus","private":true}' >"$tree/package.json"
    echo '{"compilerOptions":{"strict":true,"jsx":"react-jsx","allowJs":true}}' >"$tree/tsconfig.json"
  fi
  size="corpus"
  find "$tree" -type f -exec cat {} + >/dev/null
  (cd "$tree" && find . -type f \( -name '*.ts' -o -name '*.tsx' -o -name '*.mts' -o -name '*.cts' -o -name '*.js' -o -name '*.jsx' -o -name '*.mjs' -o -name '*.cjs' \) | sed 's#^\./##' | sort) >"$work/out/files-$size.txt"
  rm -f "$work/out/$size-"*.runs
  every=$(( (repeat + peer_repeat - 1) / peer_repeat ))
  for round in $(seq "$repeat"); do
    run_once "$size" "fsdlint (Airbnb)" "$n_airbnb" "$tree" "$fsdlint" check --config "$rules/airbnb.json" --format json --color never .
    run_once "$size" "fsdlint (oxlint's)" "$n_ox" "$tree" "$fsdlint" check --config "$rules/ox-fsdlint.json" --format json --color never .
    if [ "$round" = 1 ]; then
      run_once "$size" "ESLint 8 + Airbnb" "$n_airbnb" "$tree" node "$repo/testtools/eslint-airbnb.js" --rules "$(cat "$rules/airbnb.txt")" --files-from "$work/out/files-$size.txt"
    fi
    if [ $(( (round - 1) % every )) = 0 ]; then
      run_once "$size" "oxlint $OXLINT_VERSION" "$n_ox" "$tree" "$oxlint" -c "$rules/ox.json" --tsconfig tsconfig.json .
    fi
  done
  keep "$size" "fsdlint (Airbnb)" "fsdlint (oxlint's)" "ESLint 8 + Airbnb" "oxlint $OXLINT_VERSION"
fi
fi

# --- table ---
table=$work/table.md
awk -F'\t' -v cores="$(nproc)" -v date="$(date -u +%Y-%m-%d)" -v repeat="$repeat" -v peer_repeat="$peer_repeat" '
  BEGIN {
    printf "Generated FSD trees (`cmd/fsdgen`, seed 1; \"corpus\" = the npm real-code corpus of internal/corpus), %s cores, %s. wall = bash `time` (ms) around `/usr/bin/time -v`, CPU = user + system seconds and peak RSS from it; fsdlint rows are the median-wall run of %s, Steiger, oxlint and esbuild rows of %s, ESLint runs once. ", cores, date, repeat, peer_repeat
    printf "\"peer ÷ fsdlint\" = the peer'"'"'s time over fsdlint'"'"'s on the same rules and tree (above 1: fsdlint is faster; "
    printf "esbuild is compared with the FSD run).\n\n"
    print "| files | tool | rules | wall s | CPU s | peak RSS MB | peer ÷ fsdlint (wall) | peer ÷ fsdlint (CPU) |"
    print "|---:|---|---:|---:|---:|---:|---:|---:|"
  }
  {
    size = $1; tool = $2
    if (tool ~ /^fsdlint \(FSD/) { wall["fsd", size] = $4; cpu["fsd", size] = $5 }
    if (tool ~ /^fsdlint \(Airbnb/) { wall["airbnb", size] = $4; cpu["airbnb", size] = $5 }
    if (tool ~ /^fsdlint \(oxlint/) { wall["ox", size] = $4; cpu["ox", size] = $5 }
    ref = ""
    if (tool ~ /^Steiger/ || tool ~ /^esbuild/) ref = "fsd"
    if (tool ~ /^ESLint/) ref = "airbnb"
    if (tool ~ /^oxlint/) ref = "ox"
    rw = (ref != "" && wall[ref, size] > 0 && $4 != "timeout") ? sprintf("%.1f", $4 / wall[ref, size]) : ""
    rc = (ref != "" && cpu[ref, size] > 0 && $5 != "-") ? sprintf("%.1f", $5 / cpu[ref, size]) : ""
    note = ($7 != "0" && $7 != "1") ? sprintf(" (exit %s)", $7) : ""
    w = ($4 == "timeout") ? $4 : sprintf($4 < 1 ? "%.3f" : "%.2f", $4)
    printf "| %s | %s%s | %s | %s | %s | %s | %s | %s |\n", size, tool, note, $3, w, $5, $6, rw, rc
  }' "$results" >"$table"
cat "$table"

# --- scaling table ---
scaling_table=$work/scaling.md
if [ -s "$scaling" ]; then
awk -F'\t' -v repeat="$scale_repeat" '
  $2 == "harness" { harness = $4; next }
  {
    set = ($2 ~ /FSD/) ? "FSD" : "Airbnb"
    if (!(set in seen)) { seen[set] = 1; order[++nsets] = set }
    if ($1 == 0) { fixed[set] = $4; next }
    n[set]++; size[set, n[set]] = $1; wall[set, n[set]] = $4; rss[set, n[set]] = $6
  }
  END {
    printf "fsdlint alone, every size in the same %s rounds (median wall). \"fixed\" is a run on the same tsconfig with no source file (process start, config, output: %.1f ms FSD, %.1f ms Airbnb; the harness alone, timeout and time -v around `true`, %.1f ms). ", repeat, fixed["FSD"] * 1000, fixed["Airbnb"] * 1000, harness * 1000
    printf "Per file = wall / files; net = (wall - fixed) / files, what each file costs. Spread = slowest / fastest per-file time over the sizes.\n\n"
    print "| rules | files | wall s | peak RSS MB | µs per file | µs per file, net of fixed |"
    print "|---|---:|---:|---:|---:|---:|"
    for (k = 1; k <= nsets; k++) {
      set = order[k]; lo = 1e9; hi = 0; nlo = 1e9; nhi = 0
      for (i = 1; i <= n[set]; i++) {
        per = wall[set, i] / size[set, i] * 1e6; net = (wall[set, i] - fixed[set]) / size[set, i] * 1e6
        if (per < lo) lo = per; if (per > hi) hi = per; if (net < nlo) nlo = net; if (net > nhi) nhi = net
        printf "| %s | %d | %.3f | %s | %.1f | %.1f |\n", set, size[set, i], wall[set, i], rss[set, i], per, net
      }
      printf "| %s | spread | | | %.2f× | %.2f× |\n", set, hi / lo, nhi / nlo
    }
  }' "$scaling" >"$scaling_table"
cat "$scaling_table"
fi

readme=$repo/README.md
if grep -q '<!-- bench:start -->' "$readme" 2>/dev/null && grep -q '<!-- bench:end -->' "$readme"; then
  awk -v table="$table" '
    /<!-- bench:start -->/ { print; while ((getline line < table) > 0) print line; skip = 1; next }
    /<!-- bench:end -->/ { skip = 0 }
    !skip' "$readme" >"$readme.tmp" && mv "$readme.tmp" "$readme"
  echo "bench.sh: table written to README.md" >&2
  if [ -s "$scaling_table" ] && grep -q '<!-- scaling:start -->' "$readme" && grep -q '<!-- scaling:end -->' "$readme"; then
    awk -v table="$scaling_table" '
      /<!-- scaling:start -->/ { print; while ((getline line < table) > 0) print line; skip = 1; next }
      /<!-- scaling:end -->/ { skip = 0 }
      !skip' "$readme" >"$readme.tmp" && mv "$readme.tmp" "$readme"
    echo "bench.sh: scaling table written to README.md" >&2
  fi
else
  mkdir -p "$repo/bench" && cat "$table" "$scaling_table" >"$repo/bench/results.md" 2>/dev/null || cp "$table" "$repo/bench/results.md"
  echo "bench.sh: README.md has no bench markers; table written to bench/results.md" >&2
fi
