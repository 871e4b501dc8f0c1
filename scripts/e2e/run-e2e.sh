#!/usr/bin/env bash
# `npm run test:e2e`: the extension in real editors, end to end.
#
#  1. setup     Debian packages (chromium, ripgrep, libkrb5-dev, neovim) when missing; code-server
#               from the npm registry into a cache OUTSIDE the repository (reused when present);
#               build, compile the tests, package the .vsix (`npm run package`).
#  2. vsix      the package holds bundles, schemas and listing files only, and is small.
#     worker    the web extension's server bundle in a real web worker in Chromium (LSP round trip).
#  3. ui        code-server with the .vsix installed (--install-extension), driven in Chromium by
#               playwright-core like a person: squiggle, Problems, language status, hover, Ctrl+. fix,
#               file on disk.
#     web       the same, with the extension run as a web extension (remote.extensionKind = web):
#               its browser client and worker server, as on vscode.dev.
#  4. suite     test/e2e/suite (mocha, the @vscode/test-electron layout) inside the real Node
#               extension host of the VS Code server that code-server bundles, with the unpacked
#               .vsix as the extension under test.
#  5. neovim    Debian's Neovim, headless, with the server over stdio (test/e2e/neovim).
# Ends with '<N> passed, <M> failed'; exits non-zero on any failure.
#
# Env: ECS_E2E_CACHE   cache for code-server (default ${XDG_CACHE_HOME:-$HOME/.cache}/ecs-taskdef-e2e)
#      E2E_OUT         run state, logs and screenshots (default <repo>/.e2e, git-ignored)
#      CS_VERSION      code-server version (4.100.3 = VS Code 1.100.3, the last on Node 20)
#      E2E_SKIP_BUILD=1  use the existing dist/ and out/ (CI has just built them)
#      E2E_VSIX=file.vsix  test this package instead of running `npm run package`
#      E2E_ONLY="vsix worker ui web suite neovim"  run a subset of the stages 2-5
#      E2E_GREP        mocha --grep for the suite; VERBOSE=1 shows the whole extension-host log
#      E2E_UPDATE_DOCS_IMAGES=1  copy the diagnostic, hover, quick-fix and port-map screenshots to docs/images/
#      STEP_TIMEOUT_MS / TEST_TIMEOUT_MS  per-step UI timeout (60 s) / whole-suite timeout (600 s)
set -uo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
CACHE="${ECS_E2E_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/ecs-taskdef-e2e}"
CS_VERSION="${CS_VERSION:-4.100.3}"
CS_DIR="$CACHE/code-server-$CS_VERSION"
CS_BIN="$CS_DIR/node_modules/code-server/out/node/entry.js"
VSS_MAIN="$CS_DIR/node_modules/code-server/lib/vscode/out/server-main.js"
OUT="${E2E_OUT:-$REPO/.e2e}"
RUN="$OUT/run"
SHOT_DIR="$OUT/screenshots"
CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"
ONLY="${E2E_ONLY:-vsix worker ui web suite neovim}"
export CHROMIUM

mkdir -p "$OUT"
T_ALL=$(date +%s)
PASSED=0; FAILED=0
declare -A TIMES
STAGES=()
now() { date +%s.%N; }
secs() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }
log() { printf '\n=== %s\n' "$*"; }
want() { [[ " $ONLY " == *" $1 "* ]]; }
summary() {
  log "timings (s)"
  for k in "${STAGES[@]}"; do printf '  %-22s %s\n' "$k" "${TIMES[$k]}"; done
  printf '  %-22s %s\n' total "$(( $(date +%s) - T_ALL ))"
  echo "$PASSED passed, $FAILED failed"
}
fatal() { # a setup step failed: nothing else can run
  echo "FAIL setup: $*"
  FAILED=$((FAILED + 1)); stop_server; summary; exit 1
}
count() { # add a runner's closing 'N passed, M failed' line to the totals ($1 log, $2 runner exit code)
  local line f
  line=$(grep -E '^[0-9]+ passed, [0-9]+ failed$' "$1" | tail -1 || true)
  if [ -n "$line" ]; then
    PASSED=$((PASSED + ${line%% *})); f=${line#*, }; FAILED=$((FAILED + ${f%% *}))
    if [ "$2" -ne 0 ] && [ "${f%% *}" -eq 0 ]; then FAILED=$((FAILED + 1)); fi
  else
    FAILED=$((FAILED + 1)); echo "FAIL $(basename "$1" .log): the runner printed no result line (exit $2)"
  fi
}
free_port() { node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'; }

SRV_PID=""
# Servers start with setsid: their PID is also the id of a new process group that holds everything
# they spawn (extension host, file watcher, language servers). Stopping signals that group, by id.
stop_server() {
  if [ -n "$SRV_PID" ] && kill -0 "$SRV_PID" 2>/dev/null; then
    kill -TERM -- "-$SRV_PID" 2>/dev/null || kill -TERM "$SRV_PID" 2>/dev/null || true
    for _ in $(seq 1 100); do kill -0 "$SRV_PID" 2>/dev/null || break; sleep 0.1; done
  fi
  [ -n "$SRV_PID" ] && kill -KILL -- "-$SRV_PID" 2>/dev/null # stragglers of the group, if any
  SRV_PID=""
}
trap stop_server EXIT
trap 'stop_server; exit 130' INT TERM
wait_http() { # $1 url, $2 server log: poll until the server answers (30 s)
  for _ in $(seq 1 300); do
    curl -sf -o /dev/null "$1" && return 0
    kill -0 "$SRV_PID" 2>/dev/null || break
    sleep 0.1
  done
  tail -30 "$2"; return 1
}
# code-server, the VS Code server and Neovim write into HOME/XDG dirs: keep them inside the run folder.
# (An array, not a function: a backgrounded function would run in a subshell and $! would not be the server.)
ISOLATED=(env HOME="$RUN/home" XDG_CONFIG_HOME="$RUN/home/.config" XDG_DATA_HOME="$RUN/home/.local/share"
  XDG_CACHE_HOME="$RUN/home/.cache" XDG_STATE_HOME="$RUN/home/.local/state")

# ------------------------------------------------------------------ 1. setup
log "setup: Debian packages"
t=$(now)
need=()
[ -x "$CHROMIUM" ] || need+=(chromium)
command -v rg >/dev/null 2>&1 || need+=(ripgrep)
[ -e /usr/include/gssapi/gssapi.h ] || need+=(libkrb5-dev)   # code-server's kerberos module builds from source
command -v nvim >/dev/null 2>&1 || need+=(neovim)
command -v g++ >/dev/null 2>&1 || need+=(g++)
command -v make >/dev/null 2>&1 || need+=(make)
command -v python3 >/dev/null 2>&1 || need+=(python3)
command -v curl >/dev/null 2>&1 || need+=(curl)
if [ ${#need[@]} -gt 0 ]; then
  echo "installing: ${need[*]}"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  { $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}"; } \
    > "$OUT/apt.log" 2>&1 || { tail -30 "$OUT/apt.log"; fatal "apt-get install ${need[*]}"; }
fi
STAGES+=(apt); TIMES[apt]=$(secs "$t")

if [ -z "${npm_config_nodedir:-}" ] && [ -f /usr/include/node/node.h ]; then export npm_config_nodedir=/usr; fi
log "setup: code-server $CS_VERSION (cache $CS_DIR)"
t=$(now)
if [ -f "$CS_DIR/.installed-$CS_VERSION" ]; then echo "cached"; else
  bash "$REPO/scripts/e2e/install-code-server.sh" "$CS_DIR" "$CS_VERSION" || fatal "code-server install"
fi
STAGES+=(code_server_install); TIMES[code_server_install]=$(secs "$t")

rm -rf "$RUN" "$SHOT_DIR"; mkdir -p "$RUN/home" "$SHOT_DIR"
cd "$REPO"
if [ -z "${E2E_SKIP_BUILD:-}" ]; then
  log "setup: npm run build && npm run compile-tests"
  t=$(now)
  npm run --silent build > "$RUN/build.log" 2>&1 || { tail -40 "$RUN/build.log"; fatal "npm run build"; }
  npm run --silent compile-tests > "$RUN/compile-tests.log" 2>&1 || { tail -40 "$RUN/compile-tests.log"; fatal "npm run compile-tests"; }
  STAGES+=(build); TIMES[build]=$(secs "$t")
fi
[ -f "$REPO/out/test/e2e/suite/index.js" ] || fatal "out/test/e2e/suite/index.js is missing (npm run compile-tests)"

VSIX="$RUN/ecs-taskdef.vsix"
if [ -n "${E2E_VSIX:-}" ]; then
  log "setup: using the given package $E2E_VSIX"
  cp "$E2E_VSIX" "$VSIX" || fatal "E2E_VSIX=$E2E_VSIX cannot be read"
else
  log "setup: npm run package"
  t=$(now)
  npm run --silent package -- --out "$VSIX" > "$RUN/package.log" 2>&1 || { tail -40 "$RUN/package.log"; fatal "npm run package"; }
  STAGES+=(package); TIMES[package]=$(secs "$t")
fi
echo "$VSIX: $(( $(stat -c %s "$VSIX") / 1024 )) KB"

# ------------------------------------------------------------------ 2. vsix contents
if want vsix; then
  log "vsix: contents and size"
  node "$REPO/scripts/e2e/check-vsix.mjs" "$VSIX" --max-kb 720 2>&1 | tee "$RUN/vsix.log"
  count "$RUN/vsix.log" "${PIPESTATUS[0]}"
fi

if want worker; then
  log "worker: dist/browser/server.js in a web worker in Chromium"
  t=$(now)
  PROFILE_DIR="$RUN/chromium-worker" node "$REPO/scripts/e2e/worker-test.mjs" 2>&1 | tee "$RUN/worker.log"
  count "$RUN/worker.log" "${PIPESTATUS[0]}"
  STAGES+=(worker); TIMES[worker]=$(secs "$t")
fi

# The .vsix, installed the way users install it: code-server --install-extension.
mkdir -p "$RUN/ud/User"
cp "$REPO/scripts/e2e/vscode-settings.json" "$RUN/ud/User/settings.json"
CS_ARGS=(--config "$RUN/code-server.yaml" --user-data-dir "$RUN/ud" --extensions-dir "$RUN/exts")
if want ui || want web || want suite; then
  log "install the .vsix into code-server"
  "${ISOLATED[@]}" node "$CS_BIN" "${CS_ARGS[@]}" --install-extension "$VSIX" > "$RUN/install-extension.log" 2>&1 \
    || { cat "$RUN/install-extension.log"; fatal "code-server --install-extension"; }
  cat "$RUN/install-extension.log"
  EXT_DIR=$(ls -d "$RUN"/exts/ecs-taskdef.ecs-taskdef-* 2>/dev/null | head -1)
  [ -n "$EXT_DIR" ] && [ -f "$EXT_DIR/package.json" ] || fatal "the installed extension is not in $RUN/exts"
fi

# ------------------------------------------------------------------ 3. browser UI test
if want ui; then
  # A folder with just the task definition, named like a project (the screenshots show it).
  mkdir -p "$RUN/ui/my-service" && cp "$REPO/test/fixtures/e2e-workspace/task-definition.json" "$RUN/ui/my-service/"
  PORT=$(free_port)
  log "ui: code-server on 127.0.0.1:$PORT, Chromium via playwright-core"
  t=$(now)
  setsid "${ISOLATED[@]}" node "$CS_BIN" "${CS_ARGS[@]}" --bind-addr "127.0.0.1:$PORT" --auth none \
    --disable-telemetry --disable-update-check --disable-workspace-trust --disable-getting-started-override \
    > "$RUN/code-server.log" 2>&1 &
  SRV_PID=$!
  if wait_http "http://127.0.0.1:$PORT/healthz" "$RUN/code-server.log"; then
    EXT_DIR="$EXT_DIR" CS_URL="http://127.0.0.1:$PORT" WS_DIR="$RUN/ui/my-service" FILE=task-definition.json SHOT_DIR="$SHOT_DIR" \
      PROFILE_DIR="$RUN/chromium-ui" node "$REPO/scripts/e2e/ui-test.mjs" 2>&1 | tee "$RUN/ui.log"
    count "$RUN/ui.log" "${PIPESTATUS[0]}"
  else
    echo "FAIL ui: code-server did not come up"; FAILED=$((FAILED + 1))
  fi
  stop_server
  STAGES+=(ui); TIMES[ui]=$(secs "$t")
  if [ -n "${E2E_UPDATE_DOCS_IMAGES:-}" ]; then # refresh the README's screenshots (commit them yourself)
    mkdir -p "$REPO/docs/images"
    for pair in 02-diagnostics:diagnostics 03-hover:hover 04-quick-fix-menu:quick-fix 08-port-map:port-map; do
      [ -f "$SHOT_DIR/${pair%%:*}.png" ] && cp "$SHOT_DIR/${pair%%:*}.png" "$REPO/docs/images/${pair#*:}.png" && echo "updated docs/images/${pair#*:}.png"
    done
  fi
fi

# ------------------------------------------------------------------ 3b. the web extension in the workbench
if want web; then
  # The same UI test, with the extension forced into the browser's web-worker extension host.
  rm -rf "$RUN/ud-web" && mkdir -p "$RUN/ud-web/User" "$RUN/web/my-service"
  node -e 'const s=require(process.argv[1]); s["remote.extensionKind"]={"ecs-taskdef.ecs-taskdef":["web"]}; console.log(JSON.stringify(s,null,2))' \
    "$REPO/scripts/e2e/vscode-settings.json" > "$RUN/ud-web/User/settings.json"
  cp "$REPO/test/fixtures/e2e-workspace/task-definition.json" "$RUN/web/my-service/"
  PORT=$(free_port)
  log "web: code-server on 127.0.0.1:$PORT, the extension as a web extension"
  t=$(now)
  setsid "${ISOLATED[@]}" node "$CS_BIN" --config "$RUN/code-server.yaml" --user-data-dir "$RUN/ud-web" --extensions-dir "$RUN/exts" \
    --bind-addr "127.0.0.1:$PORT" --auth none --disable-telemetry --disable-update-check --disable-workspace-trust \
    --disable-getting-started-override > "$RUN/code-server-web.log" 2>&1 &
  SRV_PID=$!
  if wait_http "http://127.0.0.1:$PORT/healthz" "$RUN/code-server-web.log"; then
    WEB_EXTENSION=1 EXT_DIR="$EXT_DIR" CS_URL="http://127.0.0.1:$PORT" WS_DIR="$RUN/web/my-service" FILE=task-definition.json SHOT_DIR="$SHOT_DIR/web" \
      PROFILE_DIR="$RUN/chromium-web" node "$REPO/scripts/e2e/ui-test.mjs" 2>&1 | tee "$RUN/web.log"
    count "$RUN/web.log" "${PIPESTATUS[0]}"
  else
    echo "FAIL web: code-server did not come up"; FAILED=$((FAILED + 1))
  fi
  stop_server
  STAGES+=(web); TIMES[web]=$(secs "$t")
fi

# ------------------------------------------------------------------ 4. the mocha suite in the extension host
if want suite; then
  cp -r "$REPO/test/fixtures/e2e-workspace" "$RUN/ws-suite"
  PORT=$(free_port)
  log "suite: VS Code server $(node -p "require('$CS_DIR/node_modules/code-server/lib/vscode/package.json').version") on 127.0.0.1:$PORT, test/e2e/suite in its extension host"
  t=$(now)
  # --enable-smoke-test-driver: newer workbenches honour the test payload only with it; code-server's
  # own CLI rejects the flag, so the suite runs on the VS Code server code-server bundles.
  # The extension host inherits this environment (the web workbench ignores extensionEnvironment).
  E2E_RESULTS="$RUN/suite-results.json" E2E_PACKAGED=1 E2E_GREP="${E2E_GREP:-}" \
    setsid "${ISOLATED[@]}" node "$VSS_MAIN" --host 127.0.0.1 --port "$PORT" --without-connection-token \
    --accept-server-license-terms --enable-smoke-test-driver --disable-telemetry --disable-workspace-trust \
    --server-data-dir "$RUN/vss-data" --user-data-dir "$RUN/vss-ud" --extensions-dir "$RUN/vss-exts" \
    > "$RUN/vscode-server.log" 2>&1 &
  SRV_PID=$!
  mkdir -p "$RUN/vss-data/data/Machine" "$RUN/vss-data/data/User"
  cp "$REPO/scripts/e2e/vscode-settings.json" "$RUN/vss-data/data/User/settings.json"
  if wait_http "http://127.0.0.1:$PORT/version" "$RUN/vscode-server.log"; then
    VSS_URL="http://127.0.0.1:$PORT" WS_DIR="$RUN/ws-suite" EXT_DIR="$EXT_DIR" TESTS="$REPO/out/test/e2e/suite/index" \
      E2E_RESULTS="$RUN/suite-results.json" PROFILE_DIR="$RUN/chromium-suite" \
      node "$REPO/scripts/e2e/ext-host-tests.mjs" 2>&1 | tee "$RUN/suite.log"
    count "$RUN/suite.log" "${PIPESTATUS[0]}"
  else
    echo "FAIL suite: the VS Code server did not come up"; FAILED=$((FAILED + 1))
  fi
  stop_server
  STAGES+=(suite); TIMES[suite]=$(secs "$t")
fi

# ------------------------------------------------------------------ 5. Neovim
if want neovim; then
  cp -r "$REPO/test/fixtures/e2e-workspace" "$RUN/ws-nvim"
  log "neovim: $(nvim --version | head -1), server over stdio"
  t=$(now)
  (cd "$RUN/ws-nvim" && NVIM_E2E_WORKSPACE="$RUN/ws-nvim" \
    "${ISOLATED[@]}" timeout 300 nvim --headless -i NONE \
      --cmd "let g:ecs_taskdef_cmd = ['node', '$REPO/bin/ecs-taskdef-language-server.js', '--stdio']" \
      -u "$REPO/test/e2e/neovim/init.lua" -c "luafile $REPO/test/e2e/neovim/test.lua" < /dev/null) 2>&1 | tee "$RUN/neovim.log"
  count "$RUN/neovim.log" "${PIPESTATUS[0]}"
  STAGES+=(neovim); TIMES[neovim]=$(secs "$t")
fi

trap - EXIT
summary
[ "$FAILED" -eq 0 ] && [ "$PASSED" -gt 0 ]
