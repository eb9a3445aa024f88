"""The golden cases (tests/golden/*.yaml, exported as golden.json by wkr_golden_export) through the
Python binding — the same cases the C++ tests run through the library and the wkr command:

  - every case through wkr.evaluate() (the JSON entry point), comparing every expected value of
    the result exactly as text, as tests/unit/golden_test.cpp does;
  - the cases that map onto the typed calls through wkr.free_space / group_free_space / settle /
    group_settle with Decimal amounts, comparing the amounts numerically.

Cases that are usage errors of the command line (exit 2) are skipped. Environment: WKR_GOLDEN_JSON.
"""

import json
import os
import unittest
from decimal import Decimal

import wkr


def load_cases():
    path = os.environ.get("WKR_GOLDEN_JSON")
    if not path:
        return None
    with open(path, encoding="utf-8") as cases:
        return json.load(cases)


def scalar_text(value):
    return value if isinstance(value, str) else json.dumps(value)


class Golden(unittest.TestCase):
    cases = load_cases()
    contexts = {}

    @classmethod
    def tearDownClass(cls):
        for context in cls.contexts.values():
            context.close()

    def setUp(self):
        if self.cases is None:
            self.skipTest("WKR_GOLDEN_JSON is not set")

    def context(self, case):
        directory = case["data"]
        if directory not in self.contexts:
            self.contexts[directory] = wkr.Context(directory)
        return self.contexts[directory]

    def assert_subset(self, expected, actual, path):
        if isinstance(expected, dict):
            self.assertIsInstance(actual, dict, path)
            for key, value in expected.items():
                self.assertIn(key, actual, path + key)
                self.assert_subset(value, actual[key], path + key + ".")
        elif isinstance(expected, list):
            self.assertIsInstance(actual, list, path)
            self.assertEqual(len(actual), len(expected), path)
            for i, (e, a) in enumerate(zip(expected, actual)):
                self.assert_subset(e, a, "%s%d." % (path, i))
        else:
            self.assertEqual(scalar_text(actual), scalar_text(expected), "at " + path)

    def test_cases_exist(self):
        self.assertTrue(self.cases)
        self.assertTrue(any(case["typed"] for case in self.cases))

    def test_json_route(self):
        for case in self.cases:
            if case["cli_only"]:
                continue
            with self.subTest(case=case["id"]):
                context = self.context(case)
                if "expect_error" in case:
                    with self.assertRaises(wkr.WkrError) as caught:
                        context.evaluate(case["request"])
                    self.assertIn(case["expect_error"]["message"], caught.exception.message)
                else:
                    self.assert_subset(case["expect"], context.evaluate(case["request"]), "")

    def test_typed_route(self):
        for case in self.cases:
            typed = case["typed"]
            if not typed:
                continue
            with self.subTest(case=case["id"]):
                context = self.context(case)
                request = case["request"]
                bills = request["wage_bill"] if isinstance(request["wage_bill"], list) else [request["wage_bill"]]
                bills = [Decimal(str(bill)) for bill in bills]
                rounding = request.get("free_space_rounding")
                year = request["year"]
                function = typed["function"]

                def call():
                    if function == "free_space":
                        return context.free_space_result(year, bills[0], rounding=rounding)
                    if function == "group_free_space":
                        return context.group_free_space_result(year, bills, rounding=rounding)
                    designated = Decimal(str(request["designated"]))
                    if function == "settle":
                        return context.settle(year, bills[0], designated, rounding=rounding)
                    return context.group_settle(year, bills, designated, rounding=rounding)

                if "expect_error" in case:
                    with self.assertRaises(wkr.WkrError) as caught:
                        call()
                    self.assertIn(case["expect_error"]["message"], caught.exception.message)
                    continue
                result = call()._asdict()
                for key, expected in case["expect"].items():
                    if key == "due":
                        self.assertEqual(tuple(result["due"]), (expected["year"], expected["period"]))
                    elif key in result:
                        self.assertEqual(result[key], Decimal(str(expected)), key)


if __name__ == "__main__":
    unittest.main()
