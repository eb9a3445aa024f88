"""The rules of capi/generate_abi.py on made-up inputs: a category the library gains, a field appended
to a struct and a function added to wkr.h reach wkr.h, wkr.cpp's list, the C layout table, Python and
C# by themselves; a code is never renumbered or taken back; hidden padding is refused. The committed
outputs themselves are checked by the test capi_abi_generated.

Environment: WKR_SOURCE_DIR (the source tree), WKR_ITEM_CATEGORIES (the wkr_item_categories output).
"""

import ctypes
import os
import re
import shutil
import sys
import tempfile
import unittest

SOURCE_DIR = os.environ["WKR_SOURCE_DIR"]
CATEGORIES = os.environ["WKR_ITEM_CATEGORIES"]
sys.path.insert(0, os.path.join(SOURCE_DIR, "capi"))

import generate_abi  # noqa: E402


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def squeezed(text):
    """`text` without whitespace, to compare generated code whatever its line breaks."""
    return "".join(text.split())


def codes_of(header):
    return {m.group(1): int(m.group(2)) for m in re.finditer(r"^#define WKR_ITEM_([A-Z0-9_]+) (\d+)$", header, re.M)}


class Generator(unittest.TestCase):
    def setUp(self):
        # A copy of the generator's inputs (wkr.h and abi.py), to change without touching the tree.
        self.directory = tempfile.mkdtemp()
        os.mkdir(os.path.join(self.directory, "capi"))
        for name in ("wkr.h", "abi.py"):
            shutil.copy(os.path.join(SOURCE_DIR, "capi", name), os.path.join(self.directory, "capi", name))
        self.library = read(CATEGORIES).splitlines()

    def tearDown(self):
        shutil.rmtree(self.directory)

    def generate(self, categories=None):
        path = os.path.join(self.directory, "categories.txt")
        with open(path, "w", encoding="utf-8") as f:
            f.write("\n".join(self.library if categories is None else categories) + "\n")
        return generate_abi.outputs(self.directory, path)

    def assertContains(self, text, part):
        """Like assertIn, but whatever the line breaks, and without printing the whole output."""
        if squeezed(part) not in squeezed(text):
            self.fail("the output has no %r" % part)

    @staticmethod
    def python(out):
        """The names the generated Python module defines."""
        names = {}
        exec(compile(out["bindings/python/wkr/_abi.py"], "_abi.py", "exec"), names)
        return names

    def edit(self, name, old, new):
        path = os.path.join(self.directory, "capi", name)
        text = read(path)
        self.assertIn(old, text)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text.replace(old, new, 1))

    def test_unchanged_inputs_give_the_committed_outputs(self):
        for relative, text in self.generate().items():
            self.assertTrue(text == read(os.path.join(SOURCE_DIR, relative)), relative)

    def test_a_new_category_reaches_every_output_and_no_code_moves(self):
        before = codes_of(read(os.path.join(SOURCE_DIR, "capi", "wkr.h")))
        # a row in the middle of the library's table: the new category still gets the next number
        categories = self.library[:3] + ["bicycle_lease\tnone\tleased bicycle; a category made up for this test"]
        categories += self.library[3:]
        out = self.generate(categories)
        after = codes_of(out["capi/wkr.h"])
        new = max(before.values()) + 1
        self.assertEqual(after, dict(before, BICYCLE_LEASE=new))
        self.assertContains(out["capi/wkr.h"], "/** Leased bicycle; a category made up for this test. No quantity. */"
                                               "#define WKR_ITEM_BICYCLE_LEASE %d" % new)
        self.assertContains(out["capi/wkr_abi.inc"], 'X(WKR_ITEM_BICYCLE_LEASE, "bicycle_lease")')
        self.assertContains(out["bindings/python/wkr/_abi.py"], '"bicycle_lease": %d,' % new)
        self.assertContains(out["bindings/csharp/Abi.cs"], "BicycleLease = %d," % new)
        # generating again from the new header gives the same (the codes are read back from it)
        with open(os.path.join(self.directory, "capi", "wkr.h"), "w", encoding="utf-8") as f:
            f.write(out["capi/wkr.h"])
        self.assertEqual(self.generate(categories), out)

    def test_a_code_is_never_taken_back(self):
        with self.assertRaises(generate_abi.Invalid) as caught:
            self.generate([row for row in self.library if not row.startswith("fine\t")])
        self.assertIn("fine", str(caught.exception))
        self.assertIn("never taken back", str(caught.exception))

    def test_an_appended_field_reaches_every_output_and_keeps_the_first_size(self):
        self.edit("abi.py", '''front ends' default"""),
            ],
        ),''', '''front ends' default"""),
            ],
            appended=[
                ("uint32_t", "example", "a field made up for this test"),
                ("uint32_t", "reserved", "must be 0"),
            ],
        ),''')
        out = self.generate()
        inc = out["capi/wkr_abi.inc"]
        self.assertContains(inc, "X(wkr_evaluation_input, 16, WKR_EVALUATION_INPUT_INIT, input)")
        self.assertContains(inc, "static_assert(sizeof(wkr_evaluation_input) == 24);")
        self.assertContains(inc, "static_assert(offsetof(wkr_evaluation_input, example) == 16);")
        self.assertContains(out["tests/capi/layout_table.h"], "F(wkr_evaluation_input, example, 16, 4)")
        header = out["capi/wkr.h"]
        self.assertContains(header, "/* appended after the first version (struct_size > 16): */ uint32_t example;")
        self.assertContains(header, "#define WKR_EVALUATION_INPUT_INIT {sizeof(wkr_evaluation_input), 0, 0, 0, 0, 0}")
        struct = self.python(out)["wkr_evaluation_input"]
        self.assertEqual(struct._fields_[-3:], [("company_bicycle_designation", ctypes.c_uint32),
                                                ("example", ctypes.c_uint32), ("reserved", ctypes.c_uint32)])
        self.assertEqual((ctypes.sizeof(struct), struct.example.offset), (24, 16))
        self.assertIn("16 bytes in its first version; 24 since example and reserved were appended",
                      " ".join(struct.__doc__.split()))
        self.assertContains(out["bindings/csharp/Abi.cs"], "public uint example;")

    def test_hidden_padding_is_refused(self):
        self.edit("abi.py", '''                ("int32_t", "year", "the calendar year, e.g. 2026"),''',
                  '''                ("int32_t", "year", "the calendar year, e.g. 2026"),
                ("int32_t", "example", "a field made up for this test"),''')
        with self.assertRaises(generate_abi.Invalid) as caught:
            self.generate()
        self.assertIn("wkr_free_space_input.wage_bill_cents", str(caught.exception))
        self.assertIn("explicit reserved field", str(caught.exception))

    def test_hidden_tail_padding_is_refused(self):
        self.edit("abi.py", '''                ("int64_t", "free_space_cents", "the free space, rounded to the cent"),
            ],''', '''                ("int64_t", "free_space_cents", "the free space, rounded to the cent"),
            ],
            appended=[("uint32_t", "example", "a field made up for this test")],''')
        with self.assertRaises(generate_abi.Invalid) as caught:
            self.generate()
        self.assertIn("wkr_free_space_result: 28 bytes is not a multiple of 8", str(caught.exception))

    def test_a_new_function_reaches_the_bindings(self):
        self.edit("wkr.h", "#ifdef __cplusplus\n} /* extern \"C\" */", '''/** A function made up for this test. */
WKR_API int32_t wkr_example(const wkr_context* context, const wkr_item* items, size_t item_count,
                            int32_t* item_status, wkr_evaluation_result* result);

#ifdef __cplusplus
} /* extern "C" */''')
        out = self.generate()
        python = self.python(out)
        self.assertEqual(python["FUNCTIONS"]["wkr_example"],
                         (ctypes.c_int32, [python["CONTEXT_P"], ctypes.POINTER(python["wkr_item"]), ctypes.c_size_t,
                                           ctypes.POINTER(ctypes.c_int32),
                                           ctypes.POINTER(python["wkr_evaluation_result"])]))
        self.assertContains(out["bindings/csharp/Abi.cs"],
                            "public static extern int wkr_example(ContextHandle context, [In] wkr_item[] items, "
                            "UIntPtr itemCount, [Out] int[] itemStatus, ref wkr_evaluation_result result);")


if __name__ == "__main__":
    unittest.main()
