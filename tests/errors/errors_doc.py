"""Writes docs/errors.md from errors.json (the library's sentence catalogue and the cases of
tests/errors/*.yaml, exported by wkr_errors_export): every error code, and every error message with
its Dutch and English sentence, an input that triggers it and the message it gives.
test_errors.py checks the document is current and runs every case.

    python3 errors_doc.py ERRORS.json [--write DOCS/errors.md]
"""

import json
import sys

# Each code of a case: the C status, the command's exit code, what it means.
CODES = {
    "invalid_argument": ("WKR_E_INVALID_ARGUMENT", 3, "a value the rule does not accept"),
    "parse": ("WKR_E_PARSE", 3, "text that should be a number, date or mode is not one"),
    "overflow": ("WKR_E_OVERFLOW", 3, "a number beyond the limits (docs/limits.md)"),
    "data": ("WKR_E_DATA", 3, "a parameter table that is malformed"),
    "division_by_zero": ("WKR_E_DIVISION_BY_ZERO", 3, "a division by zero"),
    "not_covered": ("WKR_E_NOT_COVERED", 4, "a year or date the tables do not cover"),
    "io": ("WKR_E_IO", 5, "a file or directory that cannot be read or written"),
    "rows_failed": ("WKR_E_ROWS_FAILED", 3, "some rows of a batch failed (each row has its own status)"),
    "usage": ("WKR_E_INVALID_ARGUMENT", 2,
              "the command line (or a request's keys: wkr::RequestKeyError) does not fit the command"),
}


def exit_code(case):
    return int(case.get("exit", CODES[case["code"]][1]))


def code_block(text, language=""):
    fence = "````" if "```" in text else "```"
    return "%s%s\n%s\n%s" % (fence, language, text.rstrip("\n"), fence)


def inline(text):
    ticks = "``" if "`" in text else "`"
    pad = " " if "`" in text else ""
    return ticks + pad + text + pad + ticks


def quote_arg(arg):
    safe = all(c.isalnum() or c in "-_./{}=:," for c in arg)
    return arg if safe and arg else "'" + arg.replace("'", "'\\''") + "'"


def trigger(case):
    lines = []
    for name, text in case.get("files", {}).items():
        if isinstance(text, dict):  # not UTF-8 text: the bytes, base64-encoded
            lines.append("with `{dir}/%s`, the bytes (base64) `%s`\n" % (name, text["base64"]))
            continue
        language = "yaml" if name.endswith(".yaml") else ("csv" if name.endswith(".csv") else "")
        lines.append("with `{dir}/%s`:\n\n%s\n" % (name, code_block(text, language)))
    if "untriggered" in case:
        return "Not triggered by a test: %s" % case["untriggered"]
    if "python" in case:
        return "the Python binding over the C ABI:\n\n" + code_block(case["python"], "python")
    if "library" in case:
        lines.append("the C++ call `%s` (tests/unit/error_triggers_test.cpp)" % case["library"])
        return "\n".join(lines)
    if "command" in case:
        command = "".join("%s=%s " % (name, quote_arg(value)) for name, value in case.get("env", {}).items())
        command += "wkr " + " ".join(quote_arg(a) for a in case["command"])
        command += {"full": " > /dev/full", "closed": " >&-"}.get(case.get("stdout"), "")
        if case.get("stdin"):
            lines.append("standard input:\n\n%s\n" % code_block(case["stdin"]))
        lines.append(code_block("$ " + command, "console"))
    else:
        lines.append("the request (C `wkr_evaluate_json`, Python `wkr.evaluate`, C# `Wkr.Evaluate`):\n\n"
                     + code_block(case["json"], "json"))
    return "\n".join(lines)


HEADER = """# Errors

Every error wkr reports, with an input that triggers it and the message it gives in Dutch and
English. Generated from the cases of `tests/errors/*.yaml` by `tests/errors/errors_doc.py` (`cmake
--build build/dev --target wkr_errors_doc`). The ctest `errors_catalogue` runs every case through
the `wkr` command or the C entry point, and `ErrorTriggers` (tests/unit/error_triggers_test.cpp)
the few only a C++ call reaches; each checks the exit code or status and both whole messages. A
case no test can trigger (a safeguard no input reaches, a condition the test machine cannot make)
says why. The test fails when an error of the catalogue has no case or this page is stale.

## How each front end reports an error

- **C++**: one exception type, `wkr::Error` (`wkr/error.hpp`): `code()` (below), `where()` (the
  file:line:column of a data file), `message(wkr::Language::nl)` / `message(wkr::Language::en)`;
  `what()` is the English. A request whose keys do not fit its command throws
  `wkr::RequestKeyError`, a `wkr::Error`.
- **C**: a negative `WKR_E_*` status; `wkr_last_error_message()` is the English message of this
  thread's last failure, `wkr_last_error_message_in(WKR_LANG_NL)` the Dutch
  ([c-api.md](c-api.md)). The C layer's own checks of its structs and pointers (a NULL pointer, a
  wrong `struct_size`, a non-zero reserved field, a too-small buffer: `WKR_E_INVALID_ARGUMENT`,
  `WKR_E_UNSUPPORTED`, `WKR_E_RANGE`, `WKR_E_BUFFER_TOO_SMALL`) speak to the programmer and are
  in English; [c-api.md](c-api.md) lists them and tests/capi/capi_test.c triggers each.
- **Python**: `wkr.WkrError` with `.status`, `.status_name`, `.message` and `.message_nl`; **C#**: `Wkr.WkrException`
  with `Status`, `Message` and `DetailNl`.
- **The command**: the exit code below and one message on stderr, `wkr: fout: …` (`wkr: error: …`
  with `--lang en`; `wkr: gebruiksfout:` / `wkr: usage error:` for exit 2), nothing on stdout.

## Codes

| code (`wkr::ErrorCode`) | C status | exit | meaning |
|---|---|---|---|
"""


def document(exported):
    catalogue = {e["key"]: e for e in exported["catalogue"]}
    cases = exported["cases"]
    out = [HEADER]
    for code, (status, exit_status, meaning) in CODES.items():
        name = "— (the command's own)" if code == "usage" else "`%s`" % code
        out.append("| %s | `%s` | %d | %s |\n" % (name, status, exit_status, meaning))
    out.append("\n## Messages\n\nBy code, then by key. `{dir}` is the directory the files are in; "
               "{0}, {1} … in a sentence are its arguments.\n")
    for code, (status, exit_status, _) in CODES.items():
        chosen = sorted((c for c in cases if c["code"] == code), key=lambda c: (c["key"], c["title"]))
        if not chosen:
            continue
        out.append("\n### %s (exit %d, `%s`)\n" % (code, exit_status, status))
        for case in chosen:
            entry = catalogue.get(case["key"], {"nl": "?", "en": "?"})
            out.append("\n#### `%s` — %s\n\n" % (case["key"], case["title"]))
            out.append("- nl: %s\n- en: %s\n" % (inline(entry["nl"]), inline(entry["en"])))
            for key in case.get("also", []):
                also = catalogue.get(key, {"nl": "?", "en": "?"})
                out.append("- within it, `%s`: %s / %s\n" % (key, inline(also["nl"]), inline(also["en"])))
            out.append("\n%s\n\n" % trigger(case))
            if exit_status != exit_code(case):
                out.append("Exit %d.\n\n" % exit_code(case))
            if "untriggered" not in case:
                out.append("gives\n\n%s\n\n%s\n" % (code_block(case["nl"]), code_block(case["en"])))
    return "".join(out)


def main(argv):
    if len(argv) not in (2, 4) or (len(argv) == 4 and argv[2] != "--write"):
        sys.stderr.write(__doc__)
        return 2
    with open(argv[1], encoding="utf-8") as exported:
        text = document(json.load(exported))
    if len(argv) == 4:
        with open(argv[3], "w", encoding="utf-8", newline="\n") as doc:
            doc.write(text)
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
