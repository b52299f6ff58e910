-- Adds documents to a new index. KEYS[1] = the type's index registry; KEYS[1 + i] = key of document
-- i; ARGV[1] = index name; ARGV[2] = where the revision lives; ARGV[3] = layout of exploded
-- attributes; ARGV[3 + i] = id of document i. Documents that are gone are skipped.
-- Needs num.lua, text.lua, program.lua, doctext.lua, the engine's doc.lua and index.lua.
-- Reply: {number of documents indexed}
local all = idx_defs(KEYS[1], KEYS[1]:sub(1, -9))
local defs = {}
for _, d in ipairs(all) do
  if d.name == ARGV[1] then defs[1] = d end
end
if #defs == 0 then return {0} end
local layout = doc_layout(ARGV[3])
local done = 0
for i = 2, #KEYS do
  local ws = doc_open(KEYS[i], ARGV[2], layout, i)
  if ws and not ws[1] then
    idx_write(defs, ARGV[2 + i], {}, idx_read(defs, doc_get, ws))
    done = done + 1
  end
end
return {done}
