"""The wkr command with CSVs from Dutch spreadsheets (delimiter, decimal comma, Dutch column names,
UTF-16, broken files), `wkr params --check DIR` and `wkr explain FILE.json`.

Run by ctest with WKR_CLI (the built program) and WKR_SOURCE_DIR set.
"""
import json
import os
import shutil
import subprocess
import tempfile
import unittest

WKR = os.environ["WKR_CLI"]
SOURCE = os.environ["WKR_SOURCE_DIR"]
ITEMS = os.path.join(SOURCE, "examples", "items.csv")
ITEMS_NL = os.path.join(SOURCE, "examples", "items-nl.csv")


def wkr(*args):
    return subprocess.run([WKR, *args], capture_output=True, text=True, timeout=120)


def write(directory, name, data):
    path = os.path.join(directory, name)
    with open(path, "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode("utf-8"))
    return path


class DutchCsv(unittest.TestCase):
    def test_the_semicolon_example_gives_what_the_comma_example_gives(self):
        # examples/items-nl.csv is examples/items.csv as a Dutch spreadsheet saves it: BOM, ';',
        # decimal commas, CRLF, Dutch column names. The same items: the same JSON totals.
        dutch = json.loads(wkr("evaluate", "--year", "2025", "--items", ITEMS_NL, "--json").stdout)
        plain = json.loads(wkr("evaluate", "--year", "2025", "--items", ITEMS, "--json").stdout)
        for key in ("designated", "wage"):
            self.assertEqual(dutch[key], plain[key], key)
        self.assertEqual([e["employee"] for e in dutch["employees"]], [e["employee"] for e in plain["employees"]])

    def test_an_amount_that_reads_two_ways_is_refused_with_its_line_and_column(self):
        with tempfile.TemporaryDirectory() as directory:
            items = write(directory, "items.csv", "employee,category,amount,quantity\nAnna,free_space,1.000,\n")
            result = wkr("evaluate", "--year", "2025", "--items", items)
            self.assertEqual(result.returncode, 3, result.stderr)
            self.assertIn("line 2: column 3: the amount '1.000' reads two ways: 1000", result.stderr)
            self.assertEqual(result.stdout, "")
            # Told the separator, the command reads it.
            told = wkr("evaluate", "--year", "2025", "--items", items, "--decimal-point", "--json")
            self.assertEqual(told.returncode, 0, told.stderr)
            self.assertEqual(json.loads(told.stdout)["designated"], "1.000")
            both = wkr("evaluate", "--year", "2025", "--items", items, "--decimal-point", "--decimal-comma")
            self.assertEqual(both.returncode, 2, both.stderr)

    def test_a_given_delimiter(self):
        with tempfile.TemporaryDirectory() as directory:
            items = write(directory, "items.csv", "employee|category\n")
            self.assertEqual(wkr("evaluate", "--year", "2025", "--items", items, "--delimiter", "|").returncode, 3)
            tab = write(directory, "tab.csv", "Employee\tCategory\tAmount\tQuantity\nAnna\tfree_space\t2,50\t\n")
            result = wkr("evaluate", "--year", "2025", "--items", tab, "--delimiter", "tab", "--json")
            self.assertEqual(result.returncode, 0, result.stderr)
            self.assertEqual(json.loads(result.stdout)["designated"], "2.50")

    def test_utf16_is_named(self):
        with tempfile.TemporaryDirectory() as directory:
            text = "medewerker;categorie;bedrag;aantal\r\nAnna;free_space;1,00;\r\n"
            for encoding in ("utf-16", "utf-16-le", "utf-16-be"):
                items = write(directory, "items.csv", text.encode(encoding))
                result = wkr("evaluate", "--year", "2025", "--items", items)
                self.assertEqual(result.returncode, 3, result.stderr)
                self.assertIn("the file is UTF-16; save it as UTF-8", result.stderr.replace(" (it holds NUL bytes)", ""))

    def test_a_directory_and_a_broken_file(self):
        with tempfile.TemporaryDirectory() as directory:
            result = wkr("evaluate", "--year", "2025", "--items", directory)
            self.assertEqual(result.returncode, 5, result.stderr)
            self.assertIn("is a directory, not a file", result.stderr)
            broken = write(directory, "b.csv", "medewerker;categorie;bedrag;aantal\n\"Anna\"x;free_space;1;\n")
            result = wkr("evaluate", "--year", "2025", "--items", broken)
            self.assertIn("b.csv: line 2: malformed CSV at column 7: 'x' after the closing quote of a field, "
                          "where ';' or the end of the line must follow", result.stderr)
            self.assertNotIn("strict checking", result.stderr)

    def test_the_periods_csv_of_the_ledger_in_dutch(self):
        with tempfile.TemporaryDirectory() as directory:
            rows = "".join(f"{p};100000,00;1000,50\n" for p in range(1, 13))
            periods = write(directory, "periods.csv", "Periode;Loonsom;Aangewezen\n" + rows)
            result = wkr("ledger", "--year", "2025", "--periods", periods, "--json")
            self.assertEqual(result.returncode, 0, result.stderr)


class ParamsCheck(unittest.TestCase):
    def test_the_shipped_tables_are_clean(self):
        result = wkr("params", "--check", os.path.join(SOURCE, "data", "nl"), "--lang", "en")
        self.assertEqual(result.returncode, 0, result.stdout + result.stderr)
        self.assertIn("no problems", result.stdout)

    def test_every_problem_of_a_broken_copy_with_its_line(self):
        with tempfile.TemporaryDirectory() as directory:
            copy = os.path.join(directory, "nl")
            shutil.copytree(os.path.join(SOURCE, "data", "nl"), copy)
            # Three problems in two files: all three are reported, each with file:line.
            with open(os.path.join(copy, "final_levy.yaml"), encoding="utf-8") as f:
                text = f.read()
            text = text.replace("reference:", "referenc:", 1)
            with open(os.path.join(copy, "final_levy.yaml"), "w", encoding="utf-8") as f:
                f.write(text + "  no_such_parameter:\n    unit: eur\n    until: 2026-12-31\n    values:\n"
                               "      2026-01-01: {value: 1, reference: x}\n")
            with open(os.path.join(copy, "meals.yaml"), "a", encoding="utf-8") as f:
                f.write("  : broken\n")
            result = wkr("params", "--check", copy, "--lang", "en")
            self.assertEqual(result.returncode, 3, result.stdout + result.stderr)
            lines = [line for line in result.stdout.splitlines() if ".yaml:" in line]
            self.assertGreaterEqual(len(lines), 3, result.stdout)
            self.assertTrue(any("final_levy.yaml:" in line and "referenc" in line for line in lines), lines)
            self.assertTrue(any("unknown parameter 'no_such_parameter'" in line for line in lines), lines)
            self.assertTrue(any("meals.yaml:" in line for line in lines), lines)


class Explain(unittest.TestCase):
    COMMANDS = [
        ["free-space", "--year", "2026", "--wage-bill", "1200000"],
        ["settle", "--year", "2025", "--wage-bill", "800000", "--designated", "30000"],
        ["home-working", "--year", "2026", "--days", "100", "--paid", "300"],
        ["commute", "--year", "2025", "--km-one-way", "20", "--days", "100", "--paid", "500"],
    ]

    def test_explain_of_the_json_is_the_explanation_of_the_text(self):
        with tempfile.TemporaryDirectory() as directory:
            for command in self.COMMANDS:
                saved = os.path.join(directory, "result.json")
                result = wkr(*command, "--json", "--output", saved)
                self.assertEqual(result.returncode, 0, result.stderr)
                for lang in ("nl", "en"):
                    text = wkr(*command, "--explain", "--lang", lang).stdout
                    again = wkr("explain", saved, "--lang", lang)
                    self.assertEqual(again.returncode, 0, again.stderr)
                    self.assertTrue(text.endswith(again.stdout), f"{command} {lang}:\n{again.stdout}")

    def test_json_puts_year_and_totals_before_the_explanation(self):
        for command in self.COMMANDS:
            keys = list(json.loads(wkr(*command, "--json").stdout).keys())
            self.assertEqual(keys[0], "year", command)
            self.assertEqual(keys[-2:], ["explanation", "receipt"], command)

    def test_a_file_without_an_explanation(self):
        with tempfile.TemporaryDirectory() as directory:
            result = wkr("explain", write(directory, "x.json", "{\"year\": 2025}"))
            self.assertEqual(result.returncode, 3, result.stderr)
            self.assertIn("has no \"explanation\"", result.stderr)


if __name__ == "__main__":
    unittest.main()
