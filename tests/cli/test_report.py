"""wkr report: every figure of the report is the figure `wkr settle`, `wkr evaluate` and `wkr ledger`
give for the same inputs (each run on its own, so the report is checked against the commands, not
against itself); the JSON's keys and order; every format shows the same figures; the receipt's
digests are those of the files; the exit codes; and the HTML report rendered by a real browser
(headless chromium) shows the numbers of the JSON report, with a screenshot in the build tree.

Run by ctest with WKR_CLI, WKR_SOURCE_DIR and WKR_BUILD_DIR (where the screenshot goes).
"""
import hashlib
import html.parser
import json
import os
from decimal import Decimal
import re
import shutil
import subprocess
import tempfile
import threading
import unittest

WKR = os.environ["WKR_CLI"]
SOURCE = os.environ["WKR_SOURCE_DIR"]
BUILD = os.environ.get("WKR_BUILD_DIR", tempfile.gettempdir())
EMPLOYER = os.path.join(SOURCE, "examples", "employer")
ITEMS = os.path.join(EMPLOYER, "items.csv")
PERIODS = os.path.join(EMPLOYER, "periods.csv")
YEAR = "2026"
SETTLE_KEYS = ["wage_bill", "free_space", "designated", "excess", "final_levy", "final_levy_return", "due"]


def wkr(*args, **kwargs):
    return subprocess.run([WKR, *args], capture_output=True, text=True, timeout=300, **kwargs)


def wkr_json(*args):
    result = wkr(*args)
    if result.returncode != 0:
        raise AssertionError(f"wkr {' '.join(args)}: exit {result.returncode}: {result.stderr}")

    def refuse(literal):
        raise AssertionError(f"a JSON number with a fraction: {literal}")
    return json.loads(result.stdout, parse_float=refuse, object_pairs_hook=lambda pairs: dict(pairs))


def report(*extra):
    return wkr_json("report", "--year", YEAR, "--periods", PERIODS, "--items", ITEMS, "--format", "json", *extra)


def at(document, pointer):
    """The value at a JSON pointer (RFC 6901; the report's keys need no escaping)."""
    value = document
    for part in pointer.lstrip("/").split("/"):
        value = value[int(part)] if isinstance(value, list) else value[part]
    return value


def plain(text, lang):
    """A figure as the report shows it ('€ 1.234,56', '1,234.56', '-€ 3,00') as the JSON writes it
    ('1234.56'): a change of notation only, done on the characters, never through a float."""
    text = text.replace("€", "").replace("\u00a0", "").replace(" ", "")
    if lang == "nl":
        return text.replace(".", "").replace(",", ".")
    return text.replace(",", "")


class Figures(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.report = report()
        cls.evaluation = wkr_json("evaluate", "--year", YEAR, "--items", ITEMS, "--json")
        cls.ledger = wkr_json("ledger", "--year", YEAR, "--periods", PERIODS, "--json")

    def test_totals_are_the_ledgers_year_end_and_the_items_designated_total(self):
        for key in SETTLE_KEYS:
            self.assertEqual(self.report[key], self.ledger["totals"][key], key)
        self.assertEqual(self.report["designated"], self.evaluation["designated"])
        self.assertEqual(self.report["year_end"], self.ledger["totals"])
        self.assertEqual(self.report["periods"], self.ledger["periods"])

    def test_totals_with_a_wage_bill_are_settles(self):
        wage_bill = self.ledger["totals"]["wage_bill"]
        with_figure = wkr_json("report", "--year", YEAR, "--wage-bill", wage_bill, "--items", ITEMS, "--json")
        settled = wkr_json("settle", "--year", YEAR, "--wage-bill", wage_bill, "--designated",
                           self.evaluation["designated"], "--json")
        for key in SETTLE_KEYS:
            self.assertEqual(with_figure[key], settled[key], key)
        self.assertEqual(with_figure["explanation"], settled["explanation"])
        self.assertNotIn("periods", with_figure)

    def test_categories_employees_and_flags_are_evaluates(self):
        for key in ("exempt", "targeted_exempt", "nil_valued", "intermediary", "designated", "wage",
                    "own_contribution"):
            self.assertEqual(self.report["categories"][key], self.evaluation[key], key)
        self.assertEqual([e["employee"] for e in self.report["employees"]],
                         [e["employee"] for e in self.evaluation["employees"]])
        for mine, theirs in zip(self.report["employees"], self.evaluation["employees"]):
            for key in ("exempt", "nil_valued", "designated", "wage", "customary_review"):
                self.assertEqual(mine[key], theirs[key], (mine["employee"], key))
            self.assertEqual(mine["safe_harbour"], theirs["customary_test"]["safe_harbour"])
        self.assertEqual([f["employee"] for f in self.report["flags"]], self.evaluation["customary_review"])
        self.assertTrue(self.report["flags"], "the sample has employees above the safe harbour")

    def test_item_categories_add_up_to_the_items(self):
        # Independently: each category's designated total summed from evaluate's items, in cents.
        cents = {}
        for employee in self.evaluation["employees"]:
            for item in employee["items"]:
                whole, fraction = item["designated"].split(".")
                cents[item["category"]] = cents.get(item["category"], 0) + int(whole) * 100 + int(fraction)
        for entry in self.report["item_categories"]:
            value = cents.pop(entry["category"])
            self.assertEqual(entry["designated"], f"{value // 100}.{value % 100:02d}", entry["category"])
        self.assertEqual(cents, {})

    def test_every_row_of_the_items_file_is_accounted_for(self):
        with open(ITEMS, encoding="utf-8") as items:
            data_rows = sum(1 for line in items.read().splitlines()[1:] if line.strip())
        self.assertEqual(self.report["rows"], {"read": data_rows, "evaluated": data_rows, "bad": 0})

    def test_roundings_are_the_explanations(self):
        rounded = [(s["rule"], s["rounding"]["before"], s["result"]["value"])
                   for s in self.report["explanation"] if "rounding" in s]
        self.assertEqual([(r["rule"], r["before"], r["result"]) for r in self.report["roundings"]], rounded)
        self.assertIn("free_space.rounding", [r["rule"] for r in self.report["roundings"]])

    def test_year_and_totals_first_the_explanation_last(self):
        keys = list(self.report)
        self.assertEqual(keys[:8], ["year"] + SETTLE_KEYS)
        self.assertEqual(keys[8:10], ["categories", "item_categories"])
        self.assertEqual(keys[-3:], ["inputs", "receipt", "explanation"])

    def test_the_receipt_names_every_input_with_its_sha256(self):
        for entry, path in zip(self.report["inputs"], (ITEMS, PERIODS)):
            with open(path, "rb") as f:
                data = f.read()
            self.assertEqual(entry["name"], path)
            self.assertEqual(entry["sha256"], hashlib.sha256(data).hexdigest())
            self.assertEqual(entry["bytes"], len(data))
        self.assertEqual(self.report["receipt"], self.ledger["receipt"])


class ReceiptOfAPipe(unittest.TestCase):
    def test_the_receipt_digests_the_bytes_read_from_a_pipe(self):
        """`--items <(gunzip -c items.csv.gz)`: a pipe can be read only once. The receipt digests the
        bytes the figures were computed from; reading the file a second time for the digest would
        wait for a writer that never comes (or, on another system, digest nothing)."""
        with open(ITEMS, "rb") as f:
            data = f.read()
        with tempfile.TemporaryDirectory() as scratch:
            fifo = os.path.join(scratch, "items.csv")
            os.mkfifo(fifo)

            def feed():
                try:
                    with open(fifo, "wb") as pipe:
                        pipe.write(data)
                except BrokenPipeError:
                    pass
            writer = threading.Thread(target=feed)
            writer.start()
            try:
                result = subprocess.run([WKR, "report", "--year", YEAR, "--periods", PERIODS, "--items", fifo,
                                         "--format", "json"], capture_output=True, text=True, timeout=60)
            finally:
                if writer.is_alive():  # wkr never opened the pipe: let the writer finish
                    reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)
                    writer.join(10)
                    os.close(reader)
                writer.join(10)
        self.assertEqual(result.returncode, 0, result.stderr)
        piped = json.loads(result.stdout)
        self.assertEqual(piped["inputs"][0],
                         {"role": "items", "name": fifo, "sha256": hashlib.sha256(data).hexdigest(), "bytes": len(data)})
        self.assertEqual(piped["designated"], report()["designated"])


class SampleReadme(unittest.TestCase):
    def test_the_figures_in_the_sample_employers_readme_are_the_reports(self):
        with open(os.path.join(EMPLOYER, "README.md"), encoding="utf-8") as f:
            shown = dict(re.findall(r"^\| ([a-z ()']+) \| ([0-9.]+) \|$", f.read(), re.M))
        figures = report()
        keys = {"wage bill": "/wage_bill", "free space": "/free_space", "designated": "/designated",
                "excess": "/excess", "final levy": "/final_levy",
                "final levy in the return (whole euros)": "/final_levy_return",
                "targeted exemptions": "/categories/targeted_exempt", "wage": "/categories/wage"}
        self.assertEqual(set(shown), set(keys))
        for name, pointer in keys.items():
            self.assertEqual(shown[name], at(figures, pointer), name)
        self.assertEqual(figures["due"], {"year": 2027, "period": 2})
        first = [p["period"] for p in figures["periods"] if p["excess_cumulative"] != "0.00"][0]
        self.assertEqual(first, 12)
        self.assertEqual(len(figures["flags"]), 3)


class Formats(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.report = report()

    def run_format(self, fmt, lang="nl"):
        result = wkr("report", "--year", YEAR, "--periods", PERIODS, "--items", ITEMS, "--format", fmt,
                     "--lang", lang)
        self.assertEqual(result.returncode, 0, result.stderr)
        return result.stdout

    def test_csv_holds_every_figure_with_its_key_as_the_json_has_it(self):
        import csv
        rows = list(csv.DictReader(self.run_format("csv").splitlines()))
        keyed = [r for r in rows if r["key"]]
        self.assertGreater(len(keyed), 300 * 4)
        for row in keyed:
            self.assertEqual(row["value"], str(at(self.report, row["key"])), row["key"])

    def test_text_and_markdown_in_both_languages(self):
        text = self.run_format("text")
        self.assertIn("Werkkostenregeling 2026: jaarafrekening", text)
        free_space = plain(self.report["free_space"], "en")
        self.assertIn("€ " + "{:,}".format(int(free_space.split(".")[0])).replace(",", "."), text)
        self.assertIn("Work-related costs scheme 2026: annual report", self.run_format("text", "en"))
        md = self.run_format("md", "en")
        self.assertTrue(md.startswith("# Work-related costs scheme 2026"))
        self.assertIn("\n## Period by period\n", md)
        self.assertIn("\n|---|", md)

    def test_html_is_one_self_contained_file_for_print(self):
        page = self.run_format("html")
        self.assertTrue(page.startswith("<!DOCTYPE html>"))
        for absent in ("<script", "<link", "src=", "@import", "url("):
            self.assertNotIn(absent, page)
        self.assertEqual(re.findall(r"https?://[^\"' ]+", page), ["http://www.w3.org/2000/svg"])
        self.assertIn("@media print", page)
        self.assertIn("break-before: page", page)
        self.assertEqual(page.count("<polyline"), 2)
        self.assertIn('<html lang="nl">', page)


class ExitCodes(unittest.TestCase):
    def test_2_usage(self):
        for args in (["--items", ITEMS],  # neither wage bill nor periods
                     ["--items", ITEMS, "--periods", PERIODS, "--wage-bill", "100000"],
                     ["--items", ITEMS, "--periods", PERIODS, "--format", "pdf"],
                     ["--items", ITEMS, "--periods", PERIODS, "--json", "--format", "html"],
                     ["--periods", PERIODS]):
            with self.subTest(args=args):
                result = wkr("report", "--year", YEAR, *args)
                self.assertEqual(result.returncode, 2, result.stderr)
                self.assertEqual(result.stdout, "")
                self.assertRegex(result.stderr, r"^wkr: usage error: .*\n$")

    def test_3_periods_that_disagree_with_the_items(self):
        with tempfile.TemporaryDirectory() as d:
            path = os.path.join(d, "periods.csv")
            with open(PERIODS, encoding="utf-8") as f:
                lines = f.read().splitlines()
            period, wage_bill, _ = lines[1].split(",")
            lines[1] = f"{period},{wage_bill},0"
            with open(path, "w", encoding="utf-8") as f:
                f.write("\n".join(lines) + "\n")
            result = wkr("report", "--year", YEAR, "--periods", path, "--items", ITEMS)
        self.assertEqual(result.returncode, 3, result.stderr)
        self.assertIn("the periods designate", result.stderr)

    def test_4_a_year_the_tables_do_not_cover(self):
        result = wkr("report", "--year", "2014", "--wage-bill", "100000", "--items", ITEMS)
        self.assertEqual(result.returncode, 4, result.stderr)

    def test_5_a_missing_input_a_full_disk_a_closed_output(self):
        result = wkr("report", "--year", YEAR, "--wage-bill", "100000", "--items", "/nonexistent/items.csv")
        self.assertEqual(result.returncode, 5, result.stderr)
        args = [WKR, "report", "--year", YEAR, "--periods", PERIODS, "--items", ITEMS, "--format", "html"]
        if os.path.exists("/dev/full"):
            with open("/dev/full", "w") as full:
                result = subprocess.run(args, stdout=full, stderr=subprocess.PIPE, text=True, timeout=300)
            self.assertEqual(result.returncode, 5, result.stderr)
            self.assertIn("cannot write to standard output", result.stderr)
        result = subprocess.run(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, timeout=300,
                                pass_fds=(), close_fds=True, preexec_fn=lambda: os.close(1))
        self.assertEqual(result.returncode, 5, result.stderr)

    def test_a_failing_report_leaves_no_file(self):
        with tempfile.TemporaryDirectory() as d:
            out = os.path.join(d, "report.html")
            result = wkr("report", "--year", "2014", "--periods", PERIODS, "--items", ITEMS, "--format", "html",
                         "--output", out)
            self.assertEqual(result.returncode, 4, result.stderr)
            self.assertEqual(os.listdir(d), [])
            result = wkr("report", "--year", YEAR, "--periods", PERIODS, "--items", ITEMS, "--format", "html",
                         "--output", out)
            self.assertEqual(result.returncode, 0, result.stderr)
            self.assertEqual(os.listdir(d), ["report.html"])


class Keyed(html.parser.HTMLParser):
    """The text of every element with a data-key, from a page."""

    def __init__(self):
        super().__init__()
        self.figures, self.open, self.text = [], [], []

    def handle_starttag(self, tag, attrs):
        key = dict(attrs).get("data-key")
        self.open.append(key)
        if key:
            self.text = []

    def handle_endtag(self, tag):
        key = self.open.pop() if self.open else None
        if key:
            self.figures.append((key, "".join(self.text)))

    def handle_data(self, data):
        self.text.append(data)


def chromium():
    for name in ("chromium", "chromium-browser"):
        if shutil.which(name):
            return shutil.which(name)
    return None


@unittest.skipUnless(chromium(), "chromium is not installed (scripts/install-deps.sh installs it)")
class Browser(unittest.TestCase):
    def browse(self, *args):
        with tempfile.TemporaryDirectory() as profile:
            # --no-sandbox: chromium refuses to start as root with its sandbox, and CI runs as root;
            # the page is our own file and the browser is killed after the run.
            return subprocess.run([chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                                   f"--user-data-dir={profile}", *args], capture_output=True, text=True,
                                  timeout=180)

    def test_the_rendered_page_shows_the_json_reports_numbers(self):
        for lang in ("nl", "en"):
            with self.subTest(lang=lang):
                page = os.path.join(BUILD, f"report-{lang}.html")
                result = wkr("report", "--year", YEAR, "--periods", PERIODS, "--items", ITEMS, "--format", "html",
                             "--lang", lang, "--output", page)
                self.assertEqual(result.returncode, 0, result.stderr)
                expected = report()
                dom = self.browse("--dump-dom", "file://" + page)
                self.assertEqual(dom.returncode, 0, dom.stderr)
                self.assertIn("<svg", dom.stdout)
                self.assertEqual(dom.stdout.count("<polyline"), 2)
                parser = Keyed()
                parser.feed(dom.stdout)
                self.assertGreater(len(parser.figures), 300 * 4)
                keys = {key for key, _ in parser.figures}
                for key in ["/" + k for k in SETTLE_KEYS if k != "due"] + ["/year_end/correction"]:
                    self.assertIn(key, keys)
                for key, text in parser.figures:
                    # Equal as exact decimals: the page drops trailing zeros beyond the cents that the
                    # JSON's exact string keeps (201.577,9144 for "201577.914400").
                    self.assertEqual(Decimal(plain(text, lang)), Decimal(str(at(expected, key))), (key, text))

    def test_a_screenshot_in_the_build_tree(self):
        page = os.path.join(BUILD, "report-nl.html")
        wkr("report", "--year", YEAR, "--periods", PERIODS, "--items", ITEMS, "--format", "html", "--output", page)
        shot = os.path.join(BUILD, "report-nl.png")
        if os.path.exists(shot):
            os.remove(shot)
        result = self.browse(f"--screenshot={shot}", "--window-size=1280,2400", "file://" + page)
        self.assertEqual(result.returncode, 0, result.stderr)
        with open(shot, "rb") as f:
            self.assertEqual(f.read(8), b"\x89PNG\r\n\x1a\n")


if __name__ == "__main__":
    unittest.main()
