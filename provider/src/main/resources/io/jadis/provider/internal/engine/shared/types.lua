-- Calls over documents of several types (update.lua, tx.lua) begin the same way: three keys per
-- type (id registry, expiry set, index registry) and, from ARGV[2], the type count, then per type
-- where the revision lives, the layout of exploded attributes and the expiry policy.
-- Needs the engine's doc.lua, index.lua and expiry.lua.

-- The type count, each type's revision field, layout and policy, and the index of the next argument.
local function types_open()
  local types = tonumber(ARGV[2])
  local revAts, layouts, policies = {}, {}, {}
  local a = 3
  for k = 1, types do
    revAts[k], layouts[k], policies[k] = ARGV[a], doc_layout(ARGV[a + 1]), ARGV[a + 2]
    a = a + 3
  end
  return types, revAts, layouts, policies, a
end

-- The index definitions of the kind-th type.
local function types_defs(kind)
  return idx_defs(KEYS[3 * kind], KEYS[3 * kind]:sub(1, -9))
end

-- Forgets the expired ids of every type of the call (see exp_forget), once the call will write.
local function types_forget_expired(types)
  for kind = 1, types do
    exp_forget(KEYS[3 * kind - 2], KEYS[3 * kind - 1])
  end
end
