-- Every call of a library function starts here: it hands the call's keys and arguments to the
-- shared functions and forgets what the previous call cached, since the library outlives calls.
-- A function that may write gets its caller's lock owner name as its last argument (locks.lua).
local function jadis_enter(keys, args, writes)
  KEYS, ARGV = keys, args
  lock_owner = writes and args[#args] or false
  idx_cache, prog_paths, exp_tracked = {}, {}, {}
end
