-- Neovim (0.7 or newer) configuration that attaches the ECS task-definition language server to
-- JSON, JSONC and YAML buffers. It is the config docs/editors.md shows, and the one the Neovim
-- end-to-end test (test/e2e/neovim/test.lua) runs with.
--
-- The server decides per document whether it is a task definition; other JSON gets nothing.
-- Set vim.g.ecs_taskdef_cmd before sourcing this file to use a server that is not on PATH, e.g.
--   vim.g.ecs_taskdef_cmd = { 'node', '/path/to/ecs-taskdef/bin/ecs-taskdef-language-server.js', '--stdio' }
local cmd = vim.g.ecs_taskdef_cmd or { 'ecs-taskdef-language-server', '--stdio' }

local client_id = nil
local function attach(bufnr)
  if client_id == nil or vim.lsp.get_client_by_id(client_id) == nil then
    client_id = vim.lsp.start_client({
      name = 'ecs-taskdef',
      cmd = cmd,
      root_dir = vim.fn.getcwd(),
      -- Answered to the server's workspace/configuration requests (section "ecsTaskdef").
      settings = { ecsTaskdef = { enable = true, rules = {} } },
    })
  end
  if client_id then vim.lsp.buf_attach_client(bufnr, client_id) end
end

vim.api.nvim_create_autocmd('FileType', {
  pattern = { 'json', 'jsonc', 'yaml' },
  callback = function(args) attach(args.buf) end,
})
