"""The error catalogue (docs/errors.md): every error of the library and the command, each with an
input that triggers it, run here with its code and its whole message checked in Dutch and English.

The cases are tests/errors/*.yaml (format in tests/errors/README.md), read through errors.json
(written by wkr_errors_export with the library's own sentence catalogue, since Python has no YAML
reader). For each case:

  - a `command` case runs `wkr --lang nl ARGS` and `wkr --lang en ARGS` in a fresh temporary directory
    holding the case's `files`: the exit code is the one of the case's code (docs/cli.md), stdout
    is empty, stderr is "wkr: fout: " (or "wkr: gebruiksfout: ") and then exactly the case's `nl`
    text, likewise in English;
  - a `json` case calls the C entry point wkr_evaluate_json through the Python binding: the status
    is the case's code and the messages are the case's texts in both languages;
  - a `python` case is one expression over the Python binding (`wkr`, `Decimal`), for a typed C
    entry point whose error no JSON request reaches first (the ledger's own checks behind the
    periods CSV's): the status and both messages the same way;
  - a `library` case is a C++ call of tests/unit/error_triggers_test.cpp (what neither the command
    nor a request can reach: a decimal's own limits, a C++ caller's mistakes), which runs it and
    checks the code and both messages the same way;
  - an `untriggered` case says why no test triggers its error (a safeguard no input reaches, or
    one this test's machine cannot provoke); it has no message to check;
  - in all, the message holds the sentence of the case's `key` (and of every key in `also`) in
    that language, its {0}, {1} … standing for anything — so the key a case documents is the one
    that spoke.

Besides: every error.* key of the catalogue has a case; every case names a key the catalogue has;
docs/errors.md is what errors_doc.py writes from these cases.

Environment: WKR_CLI, WKR_ERRORS_JSON, WKR_SOURCE_DIR, and for the json cases WKR_LIBRARY and
PYTHONPATH (the binding); without WKR_LIBRARY (a sanitizer build) the json cases are skipped.
"""

import base64
import contextlib
import decimal
import json
import os
import re
import subprocess
import tempfile
import unittest

import errors_doc

CLI = os.environ.get("WKR_CLI")
SOURCE_DIR = os.environ.get("WKR_SOURCE_DIR", os.path.join(os.path.dirname(__file__), "..", ".."))
LIBRARY = os.environ.get("WKR_LIBRARY")

# How a case triggers its error: the command, a JSON request through the C entry point, a call of
# the Python binding (a typed C entry point the JSON route does not reach first), a C++
# call (the library triggers of tests/unit/error_triggers_test.cpp, which checks those cases), or —
# only where no test can — the reason why not.
TRIGGERS = ("command", "json", "python", "library", "untriggered")

PREFIX = {
    ("nl", False): "wkr: fout: ",
    ("en", False): "wkr: error: ",
    ("nl", True): "wkr: gebruiksfout: ",
    ("en", True): "wkr: usage error: ",
}


def load():
    path = os.environ.get("WKR_ERRORS_JSON")
    if not path:
        return None
    with open(path, encoding="utf-8") as exported:
        return json.load(exported)


def sentence_pattern(template):
    """A regular expression for a catalogue sentence: its text exactly, each {n} anything."""
    parts = re.split(r"\{\d+\}", template)
    return re.compile(".*?".join(re.escape(part) for part in parts), re.S)


def fill(value, directory):
    if isinstance(value, str):
        return value.replace("{dir}", directory)
    if isinstance(value, list):
        return [fill(v, directory) for v in value]
    if isinstance(value, dict):
        return {k: fill(v, directory) for k, v in value.items()}
    return value


def write_files(case, directory):
    for name, text in case.get("files", {}).items():
        path = os.path.join(directory, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        if isinstance(text, dict):  # a file that is not UTF-8 text: !!binary in the YAML
            with open(path, "wb") as file:
                file.write(base64.b64decode(text["base64"]))
            continue
        with open(path, "w", encoding="utf-8", newline="") as file:
            file.write(fill(text, directory))


def run_command(args, case, directory):
    """The command with the case's standard input and environment (`env`: variables set for it),
    and its standard output closed or a full disk when the case says so (`stdout: closed` or
    `stdout: full`); stdout is "" then."""
    stdout = case.get("stdout")
    env = dict(os.environ, **{name: fill(value, directory) for name, value in case.get("env", {}).items()})
    if stdout == "closed":
        args = ["sh", "-c", 'exec "$@" >&-', "sh", *args]
    with open("/dev/full", "w") if stdout == "full" else contextlib.nullcontext(subprocess.PIPE) as out:
        result = subprocess.run(args, stdout=subprocess.DEVNULL if stdout == "closed" else out,
                                stderr=subprocess.PIPE, text=True, timeout=60, cwd=directory,
                                input=fill(case.get("stdin", ""), directory), env=env)
    result.stdout = result.stdout or ""
    return result


class ErrorCatalogue(unittest.TestCase):
    exported = load()

    def setUp(self):
        if self.exported is None:
            self.skipTest("WKR_ERRORS_JSON is not set")
        self.catalogue = {e["key"]: e for e in self.exported["catalogue"]}
        self.cases = self.exported["cases"]

    def where(self, case):
        return "%s:%s (%s)" % (case["file"], case["line"], case.get("key"))

    def test_every_error_key_has_a_case(self):
        documented = set()
        for case in self.cases:
            documented.add(case.get("key"))
            documented.update(case.get("also", []))
        missing = sorted(k for k in self.catalogue if k.startswith("error.") and k not in documented)
        self.assertEqual(missing, [], "error keys without a case in tests/errors/*.yaml")

    def test_every_case_is_complete(self):
        for case in self.cases:
            with self.subTest(case=self.where(case)):
                for key in [case.get("key"), *case.get("also", [])]:
                    self.assertIn(key, self.catalogue, "not a key of the catalogue")
                self.assertIn(case.get("code"), errors_doc.CODES, "code is one of " + ", ".join(errors_doc.CODES))
                kinds = [k for k in TRIGGERS if k in case]
                self.assertEqual(len(kinds), 1, "a case has one of " + ", ".join(TRIGGERS))
                needed = ("title",) if "untriggered" in case else ("title", "nl", "en")
                for field in needed:
                    self.assertTrue(case.get(field), "a case has " + field)

    def check_message(self, case, language, message, directory):
        self.assertEqual(message, fill(case[language], directory), language)
        for key in [case["key"], *case.get("also", [])]:
            template = self.catalogue[key][language]
            self.assertRegex(message, sentence_pattern(template), "%s in %s" % (key, language))

    def test_command_cases(self):
        if not CLI:
            self.skipTest("WKR_CLI is not set")
        for case in self.cases:
            if "command" not in case:
                continue
            with self.subTest(case=self.where(case)), tempfile.TemporaryDirectory() as directory:
                write_files(case, directory)
                usage = case["code"] == "usage"
                for language in ("nl", "en"):
                    args = ["--lang", language] + fill(case["command"], directory)
                    result = run_command([CLI, *args], case, directory)
                    self.assertEqual(result.returncode, errors_doc.exit_code(case), result.stderr)
                    self.assertEqual(result.stdout, "", "nothing on stdout")
                    prefix = PREFIX[(language, usage)]
                    self.assertTrue(result.stderr.startswith(prefix), result.stderr)
                    self.check_message(case, language, result.stderr[len(prefix):].rstrip("\n"), directory)

    def check_binding_error(self, case, call, directory=""):
        """`call` fails through the Python binding with the case's status and both messages."""
        import wkr  # the binding over WKR_LIBRARY

        with self.assertRaises(wkr.WkrError) as raised:
            call(wkr)
        error = raised.exception
        self.assertEqual(error.status_name, errors_doc.CODES[case["code"]][0])
        self.check_message(case, "en", error.message, directory)
        self.check_message(case, "nl", error.message_in("nl"), directory)

    def test_json_cases(self):
        if not LIBRARY:
            self.skipTest("WKR_LIBRARY is not set (a sanitizer build)")
        for case in self.cases:
            if "json" not in case:
                continue
            with self.subTest(case=self.where(case)), tempfile.TemporaryDirectory() as directory:
                write_files(case, directory)
                self.check_binding_error(case, lambda wkr: wkr.evaluate(fill(case["json"], directory)), directory)

    def test_python_cases(self):
        if not LIBRARY:
            self.skipTest("WKR_LIBRARY is not set (a sanitizer build)")
        for case in self.cases:
            if "python" not in case:
                continue
            with self.subTest(case=self.where(case)):
                # An expression of our own test files, over the binding and Decimal.
                names = {"Decimal": decimal.Decimal}
                self.check_binding_error(case, lambda wkr: eval(case["python"], {**names, "wkr": wkr}))

    def test_the_document_is_current(self):
        with open(os.path.join(SOURCE_DIR, "docs", "errors.md"), encoding="utf-8") as doc:
            current = doc.read()
        self.assertEqual(current, errors_doc.document(self.exported),
                         "docs/errors.md is stale: cmake --build build/dev --target wkr_errors_doc")


if __name__ == "__main__":
    unittest.main()
