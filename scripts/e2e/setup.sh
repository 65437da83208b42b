#!/usr/bin/env bash
# Installs what the real-editor tests need, and nothing more. Idempotent: a second run
# only checks and prints "already installed" lines (a few seconds).
#
#   1. Debian packages: chromium (the browser playwright-core drives), ripgrep (seeds
#      @vscode/ripgrep, see below), libkrb5-dev (code-server's `kerberos` dependency
#      builds from source), neovim (the second LSP client), pre-commit (the framework
#      test/pre-commit.test.ts runs the hook of .pre-commit-hooks.yaml with).
#   2. code-server 4.100.3 (= VS Code 1.100.3, the last line that runs on Node 20) into
#      .cache/code-server, the way @vscode/test-electron uses .vscode-test/.
#   3. playwright-core into .cache/e2e-tools (its own package.json, never the project's).
#
# Only the npm registry and Debian's packages are reachable on our machines, so every
# step avoids other downloads (see shared/design/REAL-EDITORS.md).
#
# Environment:
#   CODE_SERVER_VERSION   default 4.100.3
#   PLAYWRIGHT_VERSION    default 1.65.1 (needs Node >= 20; never run `playwright install`)
#   AIGOV_E2E_SKIP_APT=1  skip step 1 (e.g. when the packages come from elsewhere)
set -euo pipefail

CODE_SERVER_VERSION="${CODE_SERVER_VERSION:-4.100.3}"
PLAYWRIGHT_VERSION="${PLAYWRIGHT_VERSION:-1.65.1}"

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
CACHE="$ROOT/.cache"
CS_DIR="$CACHE/code-server"
TOOLS_DIR="$CACHE/e2e-tools"
START=$SECONDS

log()  { printf '[e2e-setup] %s\n' "$*"; }
fail() { printf '[e2e-setup] ERROR: %s\n' "$*" >&2; exit 1; }
on_exit() {
  local rc=$?
  if [ "$rc" -ne 0 ]; then printf '[e2e-setup] FAILED (exit %s) after %ss\n' "$rc" "$((SECONDS - START))" >&2; fi
}
trap on_exit EXIT

command -v node >/dev/null || fail "node is not on PATH"
command -v npm  >/dev/null || fail "npm is not on PATH"
NODE_MAJOR="$(node -p 'process.versions.node.split(".")[0]')"
log "node $(node --version), npm $(npm --version), project $ROOT"

# ---------------------------------------------------------------------------------
# 1. Debian packages
# ---------------------------------------------------------------------------------
APT_PACKAGES=(chromium ripgrep libkrb5-dev neovim pre-commit)

is_installed() { [ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null)" = "install ok installed" ]; }

if [ "${AIGOV_E2E_SKIP_APT:-}" = "1" ]; then
  log "apt: skipped (AIGOV_E2E_SKIP_APT=1)"
else
  missing=()
  for p in "${APT_PACKAGES[@]}"; do is_installed "$p" || missing+=("$p"); done
  if [ ${#missing[@]} -eq 0 ]; then
    log "apt: already installed: ${APT_PACKAGES[*]}"
  else
    SUDO=""
    if [ "$(id -u)" != "0" ]; then
      command -v sudo >/dev/null || fail "need root (or sudo) to apt-get install ${missing[*]}"
      SUDO="sudo"
    fi
    mkdir -p "$CACHE"
    log "apt: installing ${missing[*]} (apt-get update first, once)"
    t=$SECONDS
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -qq \
      || fail "apt-get update failed"
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >"$CACHE/apt-install.log" 2>&1 \
      || { tail -30 "$CACHE/apt-install.log" >&2; fail "apt-get install ${missing[*]} failed (log: $CACHE/apt-install.log)"; }
    log "apt: done in $((SECONDS - t))s"
  fi
fi
# These must exist whatever step 1 did.
[ -x /usr/bin/chromium ] || fail "/usr/bin/chromium is missing (Debian package 'chromium')"
command -v rg   >/dev/null || fail "rg is missing (Debian package 'ripgrep')"
command -v nvim >/dev/null || fail "nvim is missing (Debian package 'neovim')"
command -v pre-commit >/dev/null || fail "pre-commit is missing (Debian package 'pre-commit')"
log "chromium: $(/usr/bin/chromium --version 2>/dev/null | head -1)"
log "nvim: $(nvim --version | head -1)"
log "pre-commit: $(pre-commit --version)"

# ---------------------------------------------------------------------------------
# 2. code-server into .cache/code-server
# ---------------------------------------------------------------------------------
CS_BIN="$CS_DIR/node_modules/.bin/code-server"
# `code-server --version` prints "4.100.3 <commit> with Code 1.100.3". Captured into a
# variable (not piped into grep -q, which with pipefail fails on SIGPIPE).
# On its first run it also writes a default config file and says so on stdout first ("[date]
# info  Wrote default config file …"), so the version is the first line that starts with a digit.
cs_version() {
  local v line; v="$("$CS_BIN" --version 2>/dev/null)" || return 0
  while IFS= read -r line; do
    if [[ "$line" == [0-9]* ]]; then printf '%s\n' "$line"; return 0; fi
  done <<<"$v"
}
cs_ok() { [ -x "$CS_BIN" ] && [[ "$(cs_version)" == "$CODE_SERVER_VERSION "* ]]; }

if cs_ok; then
  log "code-server: already installed: $(cs_version)"
else
  case "$CODE_SERVER_VERSION" in
    4.9[0-9].*|4.100.*) [ "$NODE_MAJOR" = "20" ] || log "warning: code-server $CODE_SERVER_VERSION expects Node 20, this is $NODE_MAJOR" ;;
  esac
  log "code-server: installing $CODE_SERVER_VERSION into $CS_DIR (builds native modules; a few minutes)"
  t=$SECONDS
  mkdir -p "$CS_DIR"
  # A package.json of its own, so npm installs here and never walks up to the project's.
  cat > "$CS_DIR/package.json" <<EOF
{
  "name": "aigov-e2e-code-server",
  "private": true,
  "description": "Cache for scripts/e2e/setup.sh: code-server for the real-editor tests. Not part of the project.",
  "dependencies": {}
}
EOF

  # @vscode/ripgrep's postinstall downloads rg from GitHub, which is unreachable here.
  # It first looks in <os.tmpdir()>/vscode-ripgrep-cache-<pkg version>/ for the asset,
  # a tar.gz holding `rg` at its top level: seed that with Debian's rg.
  # os.tmpdir() is $TMPDIR (or $TMP/$TEMP) without trailing slash, else /tmp; ask node
  # so the path is the one the postinstall (same environment) will compute.
  TMP_RESOLVED="$(node -p 'require("os").tmpdir()')"
  case "$(uname -m)" in
    x86_64)  RG_TARGET=x86_64-unknown-linux-musl ;;
    aarch64) RG_TARGET=aarch64-unknown-linux-musl ;;
    *) fail "no ripgrep seed for arch $(uname -m)" ;;
  esac
  RG_CACHE="$TMP_RESOLVED/vscode-ripgrep-cache-1.15.11"
  RG_TARBALL="$RG_CACHE/ripgrep-v13.0.0-10-$RG_TARGET.tar.gz"
  if [ ! -s "$RG_TARBALL" ]; then
    stage="$(mktemp -d)"
    cp "$(command -v rg)" "$stage/rg"
    mkdir -p "$RG_CACHE"
    tar -czf "$RG_TARBALL" -C "$stage" rg
    rm -rf "$stage"
    log "code-server: seeded ripgrep cache $RG_TARBALL from $(command -v rg)"
  else
    log "code-server: ripgrep cache already seeded at $RG_TARBALL"
  fi

  # unsafe_perm: code-server's postinstall exits early when run as root without it.
  # yes: node-pty's postinstall runs `npx node-gyp`, which must not prompt.
  # Headers for node-gyp: our machines set nodedir=/usr in npmrc; set it when unset.
  if [ -z "$(npm config get nodedir 2>/dev/null | grep -v '^null$' || true)" ] && [ -f /usr/include/node/node.h ]; then
    export npm_config_nodedir=/usr
  fi
  (
    cd "$CS_DIR"
    npm_config_unsafe_perm=true npm_config_yes=true \
      npm install --no-audit --no-fund --loglevel=error "code-server@$CODE_SERVER_VERSION"
  ) || fail "npm install code-server@$CODE_SERVER_VERSION failed (see output above)"
  cs_ok || fail "code-server installed but '$CS_BIN --version' does not report $CODE_SERVER_VERSION"
  log "code-server: installed $(cs_version) in $((SECONDS - t))s ($(du -sh "$CS_DIR" | cut -f1))"
fi

# ---------------------------------------------------------------------------------
# 3. playwright-core into .cache/e2e-tools
# ---------------------------------------------------------------------------------
pw_version() { node -p "require('$TOOLS_DIR/node_modules/playwright-core/package.json').version" 2>/dev/null || true; }

if [ "$(pw_version)" = "$PLAYWRIGHT_VERSION" ]; then
  log "playwright-core: already installed: $PLAYWRIGHT_VERSION"
else
  log "playwright-core: installing $PLAYWRIGHT_VERSION into $TOOLS_DIR"
  t=$SECONDS
  mkdir -p "$TOOLS_DIR"
  cat > "$TOOLS_DIR/package.json" <<EOF
{
  "name": "aigov-e2e-tools",
  "private": true,
  "description": "Cache for scripts/e2e/setup.sh: browser driver for the real-editor tests. Not part of the project.",
  "dependencies": {}
}
EOF
  # playwright-core has no install script and downloads no browser: we drive Debian's.
  (cd "$TOOLS_DIR" && npm install --no-audit --no-fund --loglevel=error "playwright-core@$PLAYWRIGHT_VERSION") \
    || fail "npm install playwright-core@$PLAYWRIGHT_VERSION failed"
  [ "$(pw_version)" = "$PLAYWRIGHT_VERSION" ] || fail "playwright-core did not install"
  log "playwright-core: installed $PLAYWRIGHT_VERSION in $((SECONDS - t))s"
fi

log "ready in $((SECONDS - START))s: code-server $(cs_version | cut -d' ' -f1), playwright-core $(pw_version), $(/usr/bin/chromium --version 2>/dev/null | head -1)"
