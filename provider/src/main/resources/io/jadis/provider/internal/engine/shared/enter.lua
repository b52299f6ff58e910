-- Every call of a library function starts here: it hands the call's keys and arguments to the
-- shared functions and forgets what the previous call cached, since the library outlives calls.
local function jadis_enter(keys, args)
  KEYS, ARGV = keys, args
  idx_cache, prog_paths, exp_tracked = {}, {}, {}
end
