"""The wkr command as an accountant uses it: text output in Dutch and English, explanations,
JSON without binary floating point, and clear errors with the documented exit codes.

The golden cases (tests/golden) check the amounts; these tests check the command around them.
Run by ctest with WKR_CLI (the built program) and WKR_SOURCE_DIR set.
"""
import json
import os
import subprocess
import tempfile
import unittest

WKR = os.environ["WKR_CLI"]
SOURCE = os.environ["WKR_SOURCE_DIR"]


def wkr(*args):
    return subprocess.run([WKR, *args], capture_output=True, text=True, timeout=60)


def no_floats(text):
    def refuse(literal):
        raise AssertionError(f"a JSON number with a fraction: {literal}")
    return json.loads(text, parse_float=refuse)


class Help(unittest.TestCase):
    def test_help_lists_the_commands(self):
        result = wkr("--help")
        self.assertEqual(result.returncode, 0)
        for command in ("free-space", "settle"):
            self.assertIn(command, result.stdout)

    def test_version(self):
        result = wkr("--version")
        self.assertEqual(result.returncode, 0)
        self.assertRegex(result.stdout.strip(), r"^\d+\.\d+\.\d+$")


class TextOutput(unittest.TestCase):
    def test_settle_in_dutch(self):
        result = wkr("settle", "--year", "2025", "--wage-bill", "500000", "--designated", "14180")
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn("Afrekening werkkostenregeling 2025", result.stdout)
        self.assertRegex(result.stdout, r"vrije ruimte\s+€ 9\.180,00")
        self.assertRegex(result.stdout, r"eindheffing\s+€ 4\.000,00")
        self.assertRegex(result.stdout, r"in de aangifte \(hele euro's\)\s+€ 4\.000\n")
        self.assertIn("tijdvak 2 van 2026", result.stdout)
        self.assertEqual(result.stderr, "")

    def test_settle_in_english(self):
        result = wkr("settle", "--year", "2015", "--wage-bill", "1000000", "--designated", "15000", "--lang", "en")
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertRegex(result.stdout, r"free space\s+€12,000\.00")
        self.assertIn("period 1 of 2016", result.stdout)

    def test_explain_cites_the_law_the_tables_and_the_receipt(self):
        result = wkr("free-space", "--year", "2026", "--wage-bill", "1600000", "--explain")
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn("grondslag: art. 31a lid 3 Wet LB 1964", result.stdout)
        self.assertIn("free_space.rates = 0 → 0.02, 400000 → 0.0118", result.stdout)
        self.assertIn("berekening: 0.02 × 400000 + 0.0118 × 1200000", result.stdout)
        self.assertRegex(result.stdout, r"Verantwoording: wkr \S+, tabellen sha256:[0-9a-f]{64}")

    def test_group_scheme_explains_the_sum(self):
        result = wkr("free-space", "--year", "2022", "--lang", "en", "--explain",
                     *sum((["--wage-bill", "1000000"] for _ in range(5)), []))
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertRegex(result.stdout, r"free space\s+€61,080\.00")
        self.assertIn("art. 32 Wet LB 1964", result.stdout)


class JsonOutput(unittest.TestCase):
    def test_one_object_with_strings_for_money_and_no_floats(self):
        result = wkr("settle", "--year", "2025", "--wage-bill", "500000", "--designated", "14180", "--json")
        self.assertEqual(result.returncode, 0, result.stderr)
        data = no_floats(result.stdout)
        self.assertEqual(data["final_levy_return"], "4000")
        self.assertEqual(data["due"], {"year": 2026, "period": 2})
        self.assertEqual(len(data["receipt"]["parameters_digest"]), 64)
        self.assertTrue(all("reference" in step for step in data["explanation"]))

    def test_the_receipt_changes_with_the_tables(self):
        embedded = no_floats(wkr("free-space", "--year", "2026", "--wage-bill", "1", "--json").stdout)
        updated = no_floats(wkr("free-space", "--year", "2026", "--wage-bill", "1", "--json",
                                "--data", os.path.join(SOURCE, "data/updates/2027")).stdout)
        self.assertNotEqual(embedded["receipt"]["parameters_digest"], updated["receipt"]["parameters_digest"])
        self.assertTrue(updated["receipt"]["parameters_sources"][-1].endswith("wkr-2027.yaml"))


class ParametersCommand(unittest.TestCase):
    def by_name(self, data):
        return {p["name"]: p for p in data["parameters"]}

    def test_lists_every_figure_in_force_with_its_source(self):
        result = wkr("parameters", "--year", "2026", "--json")
        self.assertEqual(result.returncode, 0, result.stderr)
        data = no_floats(result.stdout)
        rates = self.by_name(data)["free_space.rates"]
        self.assertEqual(rates["value"], "0 → 0.02, 400000 → 0.0118")
        self.assertEqual(rates["effective_from"], "2026-01-01")
        self.assertIn("art. 31a lid 3 Wet LB 1964", rates["reference"])
        self.assertEqual(self.by_name(data)["final_levy.rate"]["value"], "0.80")
        self.assertTrue(all(p["reference"] for p in data["parameters"]))

    def test_a_year_beyond_the_tables_is_listed_as_not_covered(self):
        data = no_floats(wkr("parameters", "--year", "2027", "--json").stdout)
        self.assertIn("free_space.rates", data["not_covered"])
        updated = no_floats(wkr("parameters", "--year", "2027", "--json",
                                "--data", os.path.join(SOURCE, "data/updates/2027")).stdout)
        self.assertNotIn("free_space.rates", updated["not_covered"])
        self.assertEqual(self.by_name(updated)["free_space.rates"]["value"], "0 → 0.0216, 400000 → 0.0118")

    def test_text_in_dutch(self):
        result = wkr("parameters", "--year", "2019")
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn("final_levy.return_period = 1 (period)", result.stdout)
        self.assertIn("geldig vanaf 2015-01-01", result.stdout)
        self.assertRegex(result.stdout, r"Verantwoording: wkr \S+, tabellen sha256:[0-9a-f]{64}")


class Errors(unittest.TestCase):
    def assert_error(self, result, code, *parts):
        self.assertEqual(result.returncode, code, result.stderr)
        self.assertEqual(result.stdout, "", "no partial result")
        self.assertEqual(result.stderr.count("\n"), 1, result.stderr)
        for part in parts:
            self.assertIn(part, result.stderr)

    def test_usage_errors_exit_2(self):
        self.assert_error(wkr(), 2, "usage error")
        self.assert_error(wkr("vrije-ruimte"), 2, "usage error")
        self.assert_error(wkr("free-space", "--wage-bill", "1"), 2, "--year")
        self.assert_error(wkr("free-space", "--year", "twenty", "--wage-bill", "1"), 2, "--year")
        self.assert_error(wkr("free-space", "--year", "2026", "--wage-bill", "1", "--lang", "de"), 2, "--lang")
        self.assert_error(wkr("settle", "--year", "2026", "--wage-bill", "1"), 2, "--designated")
        self.assert_error(wkr("free-space", "--year", "2026", "--wage-bill", "1 000"), 2, "not an AMOUNT")

    def test_a_bad_table_file_names_its_line(self):
        with tempfile.TemporaryDirectory() as directory:
            with open(os.path.join(directory, "2027.yaml"), "w", encoding="utf-8") as f:
                f.write("parameters:\n  free_space.rates:\n    unit: marginal_rates\n    until: 2027-12-31\n"
                        "    values:\n      2027-01-01:\n        brackets:\n          - from: 0\n"
                        "            rate: 2,16%\n        reference: a comma and a percent sign\n")
            result = wkr("free-space", "--year", "2027", "--wage-bill", "1", "--data", directory)
            self.assert_error(result, 3, "2027.yaml:9:", "'2,16%' is not a plain decimal")

    def test_a_year_beyond_the_tables_says_how_to_load_newer_ones(self):
        self.assert_error(wkr("free-space", "--year", "2027", "--wage-bill", "1"), 3,
                          "for the year 2027: they cover 2015–2026", "(load newer tables with --data DIR)")

    def test_a_missing_table_directory(self):
        self.assert_error(wkr("free-space", "--year", "2026", "--wage-bill", "1", "--data", "/no/such/dir"), 3,
                          "/no/such/dir does not exist")


if __name__ == "__main__":
    unittest.main()
