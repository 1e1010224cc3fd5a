#!/usr/bin/env bash
# Runs every test of the solution on a fresh machine of this project's kind: installs what the tests need from
# the machine's package registries when it is missing, then builds and tests the whole solution once, and runs
# the API suite a second time with the service on Neo4j (a local 3.1.1, or KG_TEST_NEO4J_URI when set).
# Usage: bash tests/run.sh [extra dotnet test arguments]
set -euo pipefail
cd "$(dirname "$0")/.."

need_apt=()
command -v java >/dev/null 2>&1 || need_apt+=(openjdk-17-jre-headless)
command -v node >/dev/null 2>&1 || need_apt+=(nodejs npm)
# Reference readers of the export tests: networkx and igraph for GraphML/GEXF, xmllint and jing for the GEXF schemas.
/usr/bin/python3 -c 'import networkx, igraph' >/dev/null 2>&1 || need_apt+=(python3-networkx python3-igraph)
command -v xmllint >/dev/null 2>&1 || need_apt+=(libxml2-utils)
command -v jing >/dev/null 2>&1 || need_apt+=(jing)
# The browser tests drive Debian's Chromium (never a downloaded one).
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "Installing test prerequisites: ${need_apt[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
dotnet test KnowledgeGraph.sln --nologo "$@" 2>&1 | tee "$log" || status=$?

# One Neo4j database serves every test of this run, wiped per test server, so the tests run one at a time.
echo "API tests on Neo4j:"
KG_API_TEST_PROVIDER=Neo4j dotnet test tests/KnowledgeGraph.Api.Tests --nologo --no-build "$@" -- xUnit.ParallelizeTestCollections=false 2>&1 \
  | tee -a "$log" || status=$?

# The graph view's own unit tests (date windows, view state, export links), on the packages the build installed.
echo "Graph view unit tests:"
(cd src/KnowledgeGraph.Web && node --test --test-reporter=tap test/) 2>&1 | tee -a "$log" || status=$?

# One closing line over all test projects and the view's tests, so a reader of the log sees the whole result at once.
awk '/^(Passed|Failed)!/ {
       for (i = 1; i <= NF; i++) {
         if ($i == "Failed:") f += $(i+1) + 0; if ($i == "Passed:") p += $(i+1) + 0; if ($i == "Skipped:") s += $(i+1) + 0
       }
     }
     /^# (pass|fail|skipped) [0-9]+$/ { if ($2 == "pass") p += $3; else if ($2 == "fail") f += $3; else s += $3 }
     END { printf "Tests: %d passed, %d failed, %d skipped\n", p, f, s }' "$log"
exit "$status"
