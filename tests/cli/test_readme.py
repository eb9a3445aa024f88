"""The examples of README.md run as written: every `$ wkr …` line of its example blocks is run from
the top of the source tree and its output compared with the lines that follow it; the C++ example
is built by CMake (tests/cli/CMakeLists.txt) and its output compared; the quick start is two
commands, the first ending with wkr installed and on the PATH and the Dutch HTML report of the
sample employer written.

Run by ctest with WKR_CLI, WKR_SOURCE_DIR and WKR_README_EXAMPLE (the built C++ example) set.
"""
import os
import re
import shlex
import subprocess
import tempfile
import unittest

WKR = os.environ["WKR_CLI"]
SOURCE = os.environ["WKR_SOURCE_DIR"]
EXAMPLE = os.environ["WKR_README_EXAMPLE"]

with open(os.path.join(SOURCE, "README.md"), encoding="utf-8") as f:
    README = f.read()


def blocks(language, text=README):
    """The fenced blocks of `text` in `language` ("" for a block without one), in order."""
    found = []
    current = None  # the block being read: (its language, its lines)
    for line in text.splitlines(keepends=True):
        if line.startswith("```"):
            if current is None:
                current = (line[3:].strip(), [])
            else:
                if current[0] == language:
                    found.append("".join(current[1]))
                current = None
        elif current is not None:
            current[1].append(line)
    return found


def run_wkr(command_line):
    words = shlex.split(command_line)
    assert words[0] == "wkr", command_line
    return subprocess.run([WKR, *words[1:]], capture_output=True, text=True, cwd=SOURCE, timeout=120)


class Examples(unittest.TestCase):
    def test_every_example_gives_the_output_shown(self):
        examples = []
        for block in blocks(""):
            for part in re.split(r"^\$ ", block, flags=re.M)[1:]:
                command, _, shown = part.partition("\n")
                examples.append((command, shown.rstrip("\n") + "\n"))
        self.assertGreaterEqual(len(examples), 5)
        for command, shown in examples:
            with self.subTest(command=command):
                result = run_wkr(command)
                self.assertEqual(result.returncode, 0, result.stderr)
                self.assertEqual(result.stdout, shown)

    def test_the_cpp_example_prints_what_is_shown(self):
        shown = blocks("text")[0]
        result = subprocess.run([EXAMPLE], capture_output=True, text=True, timeout=60)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(result.stdout, shown)


class QuickStart(unittest.TestCase):
    def section(self):
        return README.split("## Quick start")[1].split("\n## ")[0]

    def test_two_commands(self):
        commands = blocks("sh", self.section())
        self.assertEqual(len(commands), 2)
        self.assertTrue(all(command.count("\n") == 1 for command in commands), commands)
        self.assertEqual(commands[1].strip(), "cmake --preset dev && cmake --build --preset dev && ctest --preset dev")

    def test_the_first_installs_wkr_on_the_path_and_runs_it(self):
        first = blocks("sh", self.section())[0].strip()
        steps = first.split(" && ")
        self.assertEqual(steps[0], "bash scripts/install-deps.sh")
        self.assertIn("cmake --install build/release --prefix ~/.local", steps)
        self.assertIn('export PATH="$HOME/.local/bin:$PATH"', steps)
        self.assertTrue(steps[-1].startswith("wkr report "), steps[-1])
        # The report it writes, written here into a directory of the test's own.
        words = shlex.split(steps[-1])
        output = words.index("--output") + 1
        with tempfile.TemporaryDirectory() as directory:
            words[output] = os.path.join(directory, words[output])
            result = run_wkr(shlex.join(words))
            self.assertEqual(result.returncode, 0, result.stderr)
            self.assertEqual(result.stdout, "")
            with open(words[output], encoding="utf-8") as f:
                page = f.read()
        self.assertIn('<html lang="nl">', page)
        self.assertIn("Werkkostenregeling 2026: jaarafrekening", page)
        self.assertIn("<svg", page)


if __name__ == "__main__":
    unittest.main()
