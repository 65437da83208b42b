-- Neovim as a second, non-VS Code LSP client (Debian's neovim 0.7.2: it has
-- vim.lsp.start_client and vim.lsp.buf_attach_client, not vim.lsp.start).
--
-- Run headless on one file; scripts/nvim/run.mjs does this and sets the variables:
--   nvim --headless --clean -n -c 'luafile scripts/nvim/lsp-diagnostics.lua' <file>
-- (run.mjs also passes --cmd 'let g:loaded_python3_provider = 0 | ...': without it,
-- opening a .py file spends ~5 s probing the Python provider on our machines.)
--
-- Environment:
--   AIGOV_SERVER_CMD  JSON array, the server command, e.g. ["node","/abs/dist/cli.js","lsp","--stdio"]
--   AIGOV_ROOT        workspace root (root_dir); default: the current directory
--   AIGOV_OUT         where to write the JSON result (required)
--   AIGOV_TIMEOUT_MS  how long to wait for non-empty diagnostics; default 10000
--
-- Starts the server, attaches it to the current buffer (so Neovim sends didOpen),
-- waits for a textDocument/publishDiagnostics for that buffer with at least one
-- diagnostic, writes them as the server sent them, stops the server and quits.
-- The JSON written to AIGOV_OUT:
--   { ok, error?, file, uri, server_name, elapsed_ms, publish_count,
--     diagnostics: [ {range, severity, code, source, message, ...} ],  -- as received
--     nvim_diagnostic_count }  -- what vim.diagnostic.get(buf) holds after nvim's handler
-- Exit code: 0 when diagnostics arrived, 1 on timeout, 2 on a harness/setup error.

local started = vim.loop.hrtime()
local function elapsed_ms()
  return math.floor((vim.loop.hrtime() - started) / 1e6)
end

local function log(msg)
  io.stderr:write('[nvim-lsp] ' .. msg .. '\n')
end

local out_path = os.getenv('AIGOV_OUT')
local timeout_ms = tonumber(os.getenv('AIGOV_TIMEOUT_MS') or '') or 10000

-- Watchdog: whatever happens below (a hung server, an error in a callback), never
-- leave a headless nvim running. Fires only if the normal exit paths did not.
local watchdog = vim.loop.new_timer()
watchdog:start(timeout_ms + 10000, 0, function()
  io.stderr:write('[nvim-lsp] watchdog: no exit after ' .. (timeout_ms + 10000) .. ' ms\n')
  os.exit(3)
end)

local function write_result(result)
  local f, err = io.open(out_path, 'w')
  if not f then
    log('cannot write AIGOV_OUT ' .. tostring(out_path) .. ': ' .. tostring(err))
    return false
  end
  f:write(vim.json.encode(result))
  f:close()
  return true
end

local function quit(code)
  -- Stop *and close* the timer: an open libuv handle makes nvim's exit wait seconds.
  watchdog:stop()
  watchdog:close()
  if code == 0 then
    vim.cmd('qa!')
  else
    vim.cmd('cquit ' .. code)
  end
end

local function main()
  if not out_path or out_path == '' then
    error('AIGOV_OUT is not set')
  end
  local ok_cmd, cmd = pcall(vim.json.decode, os.getenv('AIGOV_SERVER_CMD') or '')
  if not ok_cmd or type(cmd) ~= 'table' or #cmd == 0 then
    error('AIGOV_SERVER_CMD must be a JSON array, e.g. ["node","dist/cli.js","lsp","--stdio"]')
  end
  local root = os.getenv('AIGOV_ROOT')
  if not root or root == '' then
    root = vim.fn.getcwd()
  end
  root = vim.fn.fnamemodify(root, ':p'):gsub('/$', '')

  local bufnr = vim.api.nvim_get_current_buf()
  local fname = vim.api.nvim_buf_get_name(bufnr)
  if fname == '' then
    error('no file: pass the file to check on the nvim command line')
  end
  local uri = vim.uri_from_bufnr(bufnr)

  local result = {
    ok = false,
    file = fname,
    uri = uri,
    root = root,
    server_name = vim.NIL,
    publish_count = 0,
    diagnostics = {},
  }
  local got_diagnostics = false
  local exited = nil

  -- Wrap the default handler: record what the server sent for our buffer, then let
  -- Neovim process it as usual (so vim.diagnostic.get sees it too).
  local default_handler = vim.lsp.handlers['textDocument/publishDiagnostics']
  local function on_publish(err, params, ctx, config)
    if params and params.uri and vim.uri_to_fname(params.uri) == fname then
      result.publish_count = result.publish_count + 1
      result.diagnostics = params.diagnostics or {}
      if #result.diagnostics > 0 then
        got_diagnostics = true
      end
    end
    return default_handler(err, params, ctx, config)
  end

  local client_id = vim.lsp.start_client({
    name = 'aigov',
    cmd = cmd,
    root_dir = root,
    workspace_folders = { { uri = vim.uri_from_fname(root), name = vim.fn.fnamemodify(root, ':t') } },
    handlers = { ['textDocument/publishDiagnostics'] = on_publish },
    on_init = function(client, init_result)
      local info = init_result and init_result.serverInfo
      if info then
        result.server_name = info.name .. (info.version and (' ' .. info.version) or '')
      end
    end,
    on_exit = function(code, signal)
      exited = { code = code, signal = signal }
    end,
  })
  if not client_id then
    error('vim.lsp.start_client failed for ' .. table.concat(cmd, ' '))
  end
  -- Sends didOpen for the buffer once the client is initialized.
  vim.lsp.buf_attach_client(bufnr, client_id)

  vim.wait(timeout_ms, function()
    return got_diagnostics or exited ~= nil
  end, 20)

  result.elapsed_ms = elapsed_ms()
  result.nvim_diagnostic_count = #vim.diagnostic.get(bufnr)
  local code = 0
  if got_diagnostics then
    result.ok = true
  elseif exited then
    result.error = string.format('server exited (code %s, signal %s) before publishing diagnostics', exited.code, exited.signal)
    code = 1
  else
    result.error = string.format('no non-empty diagnostics for %s within %d ms (%d publish(es) seen)', fname, timeout_ms, result.publish_count)
    code = 1
  end

  -- Polite shutdown (shutdown request + exit notification), then force if needed.
  if not exited then
    vim.lsp.stop_client(client_id)
    if not vim.wait(3000, function() return exited ~= nil end, 20) then
      vim.lsp.stop_client(client_id, true)
      vim.wait(1000, function() return exited ~= nil end, 20)
    end
  end

  if not write_result(result) then
    code = 2
  end
  if code ~= 0 then
    log(result.error or 'failed')
  end
  return code
end

local ok, code_or_err = pcall(main)
if not ok then
  log('error: ' .. tostring(code_or_err))
  if out_path and out_path ~= '' then
    write_result({ ok = false, error = tostring(code_or_err), diagnostics = {} })
  end
  quit(2)
else
  quit(code_or_err)
end
