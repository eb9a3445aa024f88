#!/usr/bin/env python3
"""Which translation units clang-tidy still has to check, by content.

clang-tidy 14 takes 10 to 60 seconds a file here (it matches every check over Boost's headers too),
too long to run over every file on every CI run. A file needs checking again only when something it
is checked from changed, so scripts/lint.sh keeps the list of what it found clean in .ci/tidy-clean:
one line per translation unit, "KEY PATH", where KEY is the SHA-256 of everything the check of PATH
depends on —

  - the clang-tidy version and .clang-tidy,
  - the compile command of PATH (the flags, with the checkout's own path taken out),
  - the content of PATH and of every file of this repository it includes, directly or not (found
    with the compiler's -MM; system headers are fixed by the Debian release and the version above).

A file whose KEY is in the list was found clean exactly as it is now; any change to it, to a header
it reads, to the flags or to the checks gives a new KEY, and lint.sh checks it again.

  tidy_cache.py pending BUILD CACHE FILE...   print the FILEs whose KEY is not in CACHE, and keep
                                              every FILE's KEY in BUILD/tidy-keys.json
  tidy_cache.py record  BUILD CACHE FILE...   add the FILEs' KEYs kept by `pending` to CACHE (after
                                              they were found clean)

`record` takes the KEYs of when the check began, not of now: a file edited while clang-tidy ran is
recorded as it was checked, so the next run checks the edited file again.

BUILD is a CMake build directory with compile_commands.json; FILEs are paths relative to the
repository root.
"""
import concurrent.futures
import hashlib
import json
import os
import shlex
import subprocess
import sys

ROOT = os.path.realpath(os.path.join(os.path.dirname(__file__), ".."))


def tidy_version():
    for name in ("clang-tidy-14", "clang-tidy"):
        try:
            return subprocess.run([name, "--version"], capture_output=True, text=True, check=True).stdout
        except (OSError, subprocess.CalledProcessError):
            continue
    return "no clang-tidy"


def commands(build):
    with open(os.path.join(build, "compile_commands.json"), encoding="utf-8") as f:
        entries = json.load(f)
    out = {}
    for e in entries:
        path = os.path.relpath(os.path.realpath(e["file"]), ROOT)
        args = e["arguments"] if "arguments" in e else shlex.split(e["command"])
        out[path] = (e["directory"], args)
    return out


def dependencies(directory, args):
    """The files of this repository the translation unit includes (and itself), from -MM."""
    deps_args = []
    skip = False
    for a in args:
        if skip:
            skip = False
            continue
        if a in ("-o", "-MF", "-MT", "-MQ"):
            skip = True
            continue
        if a in ("-c", "-MD", "-MMD"):
            continue
        deps_args.append(a)
    # -MG: a generated header not made yet (the lint build is configured, never built) is a name.
    run = subprocess.run(deps_args + ["-MM", "-MG"], cwd=directory, capture_output=True, text=True)
    if run.returncode != 0:
        raise SystemExit(f"tidy_cache: cannot list the headers of {args[-1]}:\n{run.stderr}")
    names = run.stdout.replace("\\\n", " ").split(":", 1)[1].split()
    files = set()
    for name in names:
        path = os.path.realpath(os.path.join(directory, name))
        if path.startswith(ROOT + os.sep) and os.path.isfile(path):
            files.add(os.path.relpath(path, ROOT))
    return sorted(files)


def key(path, directory, args, common):
    h = hashlib.sha256(common)
    h.update(path.encode() + b"\0")
    flags = [a.replace(ROOT, "<root>") for a in args if not a.endswith(path)]
    h.update("\0".join(flags).encode() + b"\0")
    for dep in dependencies(directory, args):
        with open(os.path.join(ROOT, dep), "rb") as f:
            h.update(dep.encode() + b"\0" + hashlib.sha256(f.read()).digest())
    return h.hexdigest()


def keys(build, files):
    cmds = commands(build)
    with open(os.path.join(ROOT, ".clang-tidy"), "rb") as f:
        common = tidy_version().encode() + b"\0" + f.read() + b"\0"
    missing = [f for f in files if f not in cmds]
    if missing:
        raise SystemExit(f"tidy_cache: not in {build}/compile_commands.json: {' '.join(missing)}")
    with concurrent.futures.ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        found = pool.map(lambda f: key(f, *cmds[f], common), files)
    return dict(zip(files, found))


def read_cache(cache):
    entries = {}
    if os.path.exists(cache):
        with open(cache, encoding="utf-8") as f:
            for line in f:
                if line.strip() and not line.startswith("#"):
                    k, path = line.split()
                    entries[path] = k
    return entries


def main():
    if len(sys.argv) < 4 or sys.argv[1] not in ("pending", "record"):
        sys.exit(__doc__)
    mode, build, cache, files = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:]
    kept = os.path.join(build, "tidy-keys.json")
    clean = read_cache(cache)
    if mode == "pending":
        now = keys(build, files)
        with open(kept, "w", encoding="utf-8") as f:
            json.dump(now, f)
        for f in files:
            if clean.get(f) != now[f]:
                print(f)
        return
    with open(kept, encoding="utf-8") as f:
        checked = json.load(f)
    unknown = [f for f in files if f not in checked]
    if unknown:
        raise SystemExit(f"tidy_cache: no key kept by `pending` for: {' '.join(unknown)}")
    clean.update({f: checked[f] for f in files})
    present = set(subprocess.run(["git", "-C", ROOT, "ls-files"], capture_output=True, text=True).stdout.split())
    with open(cache, "w", encoding="utf-8") as f:
        f.write("# Translation units clang-tidy found clean, by the SHA-256 of what the check depends on\n"
                "# (scripts/tidy_cache.py). Written by scripts/lint.sh tidy; commit it with the code.\n")
        for path in sorted(p for p in clean if p in present):
            f.write(f"{clean[path]} {path}\n")


if __name__ == "__main__":
    main()
