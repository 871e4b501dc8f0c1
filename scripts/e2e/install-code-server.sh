#!/usr/bin/env bash
# Installs code-server (VS Code server + web workbench) from the npm registry into a cache folder
# OUTSIDE the repository and reuses it when present. Works where only the npm registry and Debian's
# apt are reachable: ripgrep comes from Debian, native modules are built locally with node-gyp.
#
#   bash scripts/e2e/install-code-server.sh <dir> <version>
# Prints nothing on a cache hit. Exit non-zero on failure (the log is tailed).
set -euo pipefail
CS_DIR="$1"; CS_VERSION="$2"
[ -f "$CS_DIR/.installed-$CS_VERSION" ] && exit 0
if [ -z "${npm_config_nodedir:-}" ] && [ -f /usr/include/node/node.h ]; then export npm_config_nodedir=/usr; fi
LOG="$CS_DIR.install.log"
rm -rf "$CS_DIR"; mkdir -p "$CS_DIR"; cd "$CS_DIR"
echo '{"name":"code-server-host","private":true}' > package.json
echo "installing code-server@$CS_VERSION into $CS_DIR (log: $LOG)"
# a) files only, no install scripts yet
npm install --ignore-scripts --no-audit --no-fund --no-save "code-server@$CS_VERSION" > "$LOG" 2>&1 \
  || { tail -40 "$LOG"; exit 1; }
# b) @vscode/ripgrep's postinstall downloads rg from GitHub (unreachable). It looks in its cache
#    $TMPDIR/vscode-ripgrep-cache-<pkgver>/ripgrep-<tag>-<target>.tar.gz first: put Debian's rg there.
RG_PKG_VER=$(node -e 'const s=require(process.argv[1]);const p=s.packages["node_modules/@vscode/ripgrep"];console.log(p?p.version:"")' \
  "$CS_DIR/node_modules/code-server/lib/vscode/npm-shrinkwrap.json")
if [ -n "$RG_PKG_VER" ]; then
  tmp=$(mktemp -d)
  (cd "$tmp" && npm pack --silent "@vscode/ripgrep@$RG_PKG_VER" >/dev/null && tar xzf ./*.tgz)
  RG_TAG=$(sed -n "s/^const VERSION = '\(.*\)';/\1/p" "$tmp/package/lib/postinstall.js")
  case "$(uname -m)" in
    x86_64) RG_TARGET=x86_64-unknown-linux-musl ;;
    aarch64) RG_TARGET=aarch64-unknown-linux-musl ;;
    *) echo "unsupported arch $(uname -m)"; exit 1 ;;
  esac
  RG_CACHE="${TMPDIR:-/tmp}/vscode-ripgrep-cache-$RG_PKG_VER"
  mkdir -p "$RG_CACHE" "$tmp/rg"; cp "$(command -v rg)" "$tmp/rg/rg"
  tar czf "$RG_CACHE/ripgrep-$RG_TAG-$RG_TARGET.tar.gz" -C "$tmp/rg" rg
  rm -rf "$tmp"
fi
# c) install scripts: argon2 builds from source; code-server's postinstall runs `npm install` in
#    lib/vscode (node-pty, spdlog, kerberos... via node-gyp). node-pty calls `npx node-gyp`
#    (needs yes=true); code-server's script insists on unsafe_perm when run as root.
npm_config_yes=true npm_config_unsafe_perm=true npm rebuild --foreground-scripts >> "$LOG" 2>&1 \
  || { tail -40 "$LOG"; echo "code-server install failed"; exit 1; }
touch "$CS_DIR/.installed-$CS_VERSION"
