"""Determinism (issue #13): the same inputs give the same bytes — from run to run, from thread to
thread, and from the command to the C entry point (and the Python binding over it).

The command writes JSON indented for people, the C entry point compactly; the comparison is of the
command's document re-written compactly (key order kept, nothing else changed) with the C response
byte for byte, so the keys, their order, every amount's text and the explanation all agree. One
documented exception: `wkr evaluate` streams its file and writes each employee as it completes, so
its "employees" come before the totals it knows only at the end (docs/cli.md, "Large files"), where
the library writes the totals first; for it the same keys, values and texts are compared in one
order.

Run by ctest with WKR_CLI, WKR_SOURCE_DIR, WKR_LIBRARY (libwkr.so.1) and PYTHONPATH (the binding).
"""
import ctypes
import json
import os
import subprocess
import threading
import unittest

import wkr
from wkr._native import lib

WKR = os.environ["WKR_CLI"]
SOURCE = os.environ["WKR_SOURCE_DIR"]
EMPLOYER = os.path.join(SOURCE, "examples", "employer")


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


# Each case: the command's arguments, and the same question as a JSON request.
CASES = {
    "free-space": (
        ["free-space", "--year", "2026", "--wage-bill", "1200000"],
        {"command": "free-space", "year": 2026, "wage_bill": "1200000"},
    ),
    "settle": (
        ["settle", "--year", "2026", "--wage-bill", "400000", "--designated", "8100"],
        {"command": "settle", "year": 2026, "wage_bill": "400000", "designated": "8100"},
    ),
    "evaluate": (
        # --explain: the C entry point explains every item; `wkr evaluate --json` alone does not.
        ["evaluate", "--year", "2026", "--items", os.path.join(EMPLOYER, "items.csv"), "--explain"],
        {"command": "evaluate", "year": 2026, "items_csv": read(os.path.join(EMPLOYER, "items.csv"))},
    ),
    "ledger": (
        ["ledger", "--year", "2026", "--periods", os.path.join(EMPLOYER, "periods.csv")],
        {"command": "ledger", "year": 2026, "periods_csv": read(os.path.join(EMPLOYER, "periods.csv"))},
    ),
}


def command_json(args):
    run = subprocess.run([WKR, *args, "--json"], capture_output=True, check=False)
    if run.returncode != 0:
        raise AssertionError("%s: exit %d: %s" % (args, run.returncode, run.stderr.decode()))
    return run.stdout


def c_json(context, request):
    """The raw bytes of wkr_evaluate_json's response."""
    encoded = json.dumps(request, ensure_ascii=False).encode("utf-8")
    response = ctypes.c_void_p()
    length = ctypes.c_size_t()
    status = lib.wkr_evaluate_json(context.handle, encoded, len(encoded), ctypes.byref(response), ctypes.byref(length))
    if status != 0:
        raise AssertionError("wkr_evaluate_json: status %d: %s" % (status, lib.wkr_last_error_message()))
    try:
        return ctypes.string_at(response, length.value)
    finally:
        lib.wkr_free(response)


def compact(document, sort_keys=False):
    """A JSON text re-written without layout whitespace, keys in their order (or sorted), strings as
    they are."""
    return json.dumps(json.loads(document), ensure_ascii=False, separators=(",", ":"), sort_keys=sort_keys).encode(
        "utf-8")


STREAMED = {"evaluate"}  # the command writes its employees as they complete: see the module's text


class Determinism(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.context = wkr.Context()

    @classmethod
    def tearDownClass(cls):
        cls.context.close()

    def test_the_command_gives_the_same_bytes_every_run(self):
        for name, (args, _) in CASES.items():
            with self.subTest(name):
                self.assertEqual(command_json(args), command_json(args))

    def test_the_command_and_the_c_entry_point_agree_byte_for_byte(self):
        for name, (args, request) in CASES.items():
            if name in STREAMED:
                continue
            with self.subTest(name):
                self.assertEqual(compact(command_json(args)), c_json(self.context, request))

    def test_the_streamed_evaluation_agrees_with_the_c_entry_point_in_every_key_and_text(self):
        for name in sorted(STREAMED):
            args, request = CASES[name]
            with self.subTest(name):
                streamed = command_json(args)
                self.assertEqual(list(json.loads(streamed))[:2], ["year", "employees"])
                self.assertEqual(compact(streamed, sort_keys=True), compact(c_json(self.context, request), sort_keys=True))

    def test_the_python_binding_returns_the_c_document(self):
        for name, (_, request) in CASES.items():
            with self.subTest(name):
                self.assertEqual(self.context.evaluate(request), json.loads(c_json(self.context, request)))

    def test_threads_sharing_a_context_get_the_bytes_one_thread_gets(self):
        expected = {name: c_json(self.context, request) for name, (_, request) in CASES.items()}
        found = []

        def work():
            for _ in range(2):
                for name, (_, request) in CASES.items():
                    found.append((name, c_json(self.context, request)))

        threads = [threading.Thread(target=work) for _ in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        self.assertEqual(len(found), 4 * 2 * len(CASES))
        for name, body in found:
            self.assertEqual(body, expected[name], name)


if __name__ == "__main__":
    unittest.main()
