# How far a Release build optimises each target, by what its code does (docs/performance.md, round
# twelve). The build type's -O3 stays for the code whose loops are the hot paths: the C layer's
# batches and columnar calls and the benchmarks, which inline the header rules. The compiled library
# takes -O2, the level Debian builds its libraries at: `wkr evaluate` measured the same as at -O3 and
# the employee-year 4% slower, for 15% less of its compile. The command takes -O1: its own
# code parses arguments and lays out reports, its per-row work is the library's (`wkr evaluate` and
# the start of a command measured the same), for 35% less. The programs that run once at build time
# (the table embedder, the category lister) are not optimised. Other build types keep their flags.

# wkr_optimise(target level): `level` (-O0, -O1, -O2) for the target's own sources in a Release build.
function(wkr_optimise target level)
  target_compile_options(${target} PRIVATE $<$<CONFIG:Release>:${level}>)
endfunction()
