-- Neovim end-to-end test of the language server over stdio, in Debian's Neovim (0.7.2) headless:
--   nvim --headless -i NONE -u test/e2e/neovim/init.lua -c 'luafile test/e2e/neovim/test.lua'
-- Env: NVIM_E2E_WORKSPACE = a scratch copy of test/fixtures/e2e-workspace (the test edits a buffer
-- but never writes it). Prints PASS/FAIL lines and 'N passed, M failed'; exits non-zero on failure.
local ws = os.getenv('NVIM_E2E_WORKSPACE') or error('NVIM_E2E_WORKSPACE is not set')
local WAIT = tonumber(os.getenv('NVIM_E2E_WAIT_MS') or '30000')
local passed, failed = 0, 0

local function out(s)
  io.stdout:write(s .. '\n')
  io.stdout:flush()
end
local function check(name, ok, detail)
  if ok then passed = passed + 1 else failed = failed + 1 end
  out((ok and 'PASS ' or 'FAIL ') .. name .. ((not ok and detail) and (' -- ' .. detail) or ''))
  return ok
end
local function finish()
  out(('%d passed, %d failed'):format(passed, failed))
  vim.lsp.stop_client(vim.lsp.get_active_clients())
  vim.cmd((failed > 0 or passed == 0) and 'cquit 1' or 'qall!')
end
-- Watchdog: never hang CI.
vim.defer_fn(function()
  out('FAIL watchdog: the test did not finish in time')
  failed = failed + 1
  finish()
end, WAIT * 4)

local function diags_of(bufnr)
  local list = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    if d.source == 'ecs-taskdef' then table.insert(list, d) end
  end
  return list
end
local function code_of(d)
  return d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
end
local function describe(list)
  local parts = {}
  for _, d in ipairs(list) do
    table.insert(parts, ('%s@%d:%d %q'):format(tostring(code_of(d)), d.lnum + 1, d.col + 1, d.message))
  end
  return '[' .. table.concat(parts, '; ') .. ']'
end
local function find_line(bufnr, needle)
  for i, line in ipairs(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)) do
    local col = line:find(needle, 1, true)
    if col then return i - 1, col - 1 end
  end
end
local function request(bufnr, method, params)
  local responses, err = vim.lsp.buf_request_sync(bufnr, method, params, WAIT)
  if not responses then return nil, err or 'no response' end
  for _, r in pairs(responses) do
    if r.error then return nil, vim.inspect(r.error) end
    if r.result ~= nil then return r.result end
  end
  return nil
end
local function hover_text(result)
  if not result or not result.contents then return '' end
  local c = result.contents
  if type(c) == 'string' then return c end
  if c.value then return c.value end
  local parts = {}
  for _, x in ipairs(c) do table.insert(parts, type(x) == 'string' and x or x.value or '') end
  return table.concat(parts, '\n')
end

vim.o.hidden = true -- switch buffers with unsaved edits (the fixes are never written)

local ok, err = pcall(function()
  out('nvim ' .. tostring(vim.version().major) .. '.' .. tostring(vim.version().minor) .. '.' .. tostring(vim.version().patch))

  -- 1. A task definition: the client attaches and the server pushes diagnostics.
  vim.cmd('edit ' .. vim.fn.fnameescape(ws .. '/task-definition.json'))
  local buf = vim.api.nvim_get_current_buf()
  check('task-definition.json has filetype json', vim.bo[buf].filetype == 'json', vim.bo[buf].filetype)
  check('ecs-taskdef client attached', vim.wait(WAIT, function() return next(vim.lsp.buf_get_clients(buf)) ~= nil end, 50))
  local got = vim.wait(WAIT, function() return #diags_of(buf) > 0 end, 50)
  local diags = diags_of(buf)
  if not check('diagnostics arrive', got, 'none within ' .. WAIT .. ' ms') then return end
  local hp_line, hp_col = find_line(buf, '"hostPort": 80')
  local mismatch
  for _, d in ipairs(diags) do
    if code_of(d) == 'host-port-mismatch' then mismatch = d end
  end
  check('exactly one diagnostic, code host-port-mismatch', #diags == 1 and mismatch ~= nil, describe(diags))
  if not mismatch then return end
  check('on the hostPort value (line ' .. (hp_line + 1) .. ')', mismatch.lnum == hp_line and mismatch.col == hp_col + #'"hostPort": '
    and mismatch.end_col == hp_col + #'"hostPort": 80', describe(diags))
  check('severity error', mismatch.severity == vim.diagnostic.severity.ERROR, tostring(mismatch.severity))
  check('message', mismatch.message == 'hostPort 80 differs from containerPort 8080 in awsvpc mode: omit hostPort or set it to 8080.', mismatch.message)

  -- 2. Hover over the hostPort key names the network mode.
  local uri = vim.uri_from_bufnr(buf)
  local hover, herr = request(buf, 'textDocument/hover', { textDocument = { uri = uri }, position = { line = hp_line, character = hp_col + 3 } })
  local htext = hover_text(hover)
  check('hover over hostPort mentions awsvpc', htext:find('awsvpc', 1, true) ~= nil and htext:find('hostPort', 1, true) ~= nil, herr or htext)

  -- 3. Code actions for the diagnostic, and applying the preferred one.
  -- The LSP form of the diagnostic, as Neovim 0.7 sends it back in a code action's context.
  local lsp_diag = vim.tbl_extend('keep', {
    range = { start = { line = mismatch.lnum, character = mismatch.col }, ['end'] = { line = mismatch.end_lnum, character = mismatch.end_col } },
    severity = 1, message = mismatch.message, source = mismatch.source, code = code_of(mismatch),
  }, mismatch.user_data and mismatch.user_data.lsp or {})
  local actions, aerr = request(buf, 'textDocument/codeAction', {
    textDocument = { uri = uri },
    range = lsp_diag.range,
    context = { diagnostics = { lsp_diag } },
  })
  local titles, remove = {}, nil
  for _, a in ipairs(actions or {}) do
    table.insert(titles, a.title)
    if a.title == 'Remove hostPort' then remove = a end
  end
  check('code actions offer "Remove hostPort" (preferred) and "Set hostPort to 8080 (the containerPort)"',
    remove ~= nil and remove.isPreferred == true and vim.tbl_contains(titles, 'Set hostPort to 8080 (the containerPort)'),
    aerr or vim.inspect(titles))
  if remove and remove.edit then
    vim.lsp.util.apply_workspace_edit(remove.edit, 'utf-16')
    local line = vim.api.nvim_buf_get_lines(buf, hp_line, hp_line + 1, false)[1]
    check('the fix leaves { "containerPort": 8080 }', line:match('^%s*{ "containerPort": 8080 }%s*$') ~= nil, line)
    check('diagnostics clear after the fix', vim.wait(WAIT, function() return #diags_of(buf) == 0 end, 50), describe(diags_of(buf)))
  end

  -- 4. Fix all (source.fixAll.ecs-taskdef) on another file with two problems.
  vim.cmd('edit ' .. vim.fn.fnameescape(ws .. '/fix-on-save.json'))
  local buf2 = vim.api.nvim_get_current_buf()
  check('fix-on-save.json: two host-port-mismatch', vim.wait(WAIT, function() return #diags_of(buf2) == 2 end, 50), describe(diags_of(buf2)))
  local fa = request(buf2, 'textDocument/codeAction', {
    textDocument = { uri = vim.uri_from_bufnr(buf2) },
    range = { start = { line = 0, character = 0 }, ['end'] = { line = 0, character = 0 } },
    context = { diagnostics = {}, only = { 'source.fixAll.ecs-taskdef' } },
  })
  local fix_all = fa and fa[1]
  check('source.fixAll.ecs-taskdef offered', fix_all ~= nil and fix_all.kind == 'source.fixAll.ecs-taskdef', vim.inspect(fa))
  if fix_all and fix_all.edit then
    vim.lsp.util.apply_workspace_edit(fix_all.edit, 'utf-16')
    local text = table.concat(vim.api.nvim_buf_get_lines(buf2, 0, -1, false), '\n')
    check('fix all removes both hostPorts', text:find('hostPort', 1, true) == nil, text)
    check('no problems left', vim.wait(WAIT, function() return #diags_of(buf2) == 0 end, 50), describe(diags_of(buf2)))
  end

  -- 5. Unrelated JSON: attached (it is JSON), but the server reports nothing and hovers nothing.
  vim.cmd('edit ' .. vim.fn.fnameescape(ws .. '/package.json'))
  local buf3 = vim.api.nvim_get_current_buf()
  local l3, c3 = find_line(buf3, '"hostPort"')
  local h3 = request(buf3, 'textDocument/hover', { textDocument = { uri = vim.uri_from_bufnr(buf3) }, position = { line = l3, character = c3 + 3 } })
  check('package.json: no hover', hover_text(h3) == '', hover_text(h3))
  check('package.json: no diagnostics', #diags_of(buf3) == 0, describe(diags_of(buf3)))
end)
if not ok then check('no Lua error', false, tostring(err)) end
finish()
