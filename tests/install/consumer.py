"""A Python script that uses an installed wkr with no environment variable: run by the install
test (consumer_python.cmake) with the Python of a virtual environment the package was installed
into — by `cmake --install` and by pip. Arguments: the expected version, the libwkr the package
must have found (where it was installed), and the installed 2027 tables (share/wkr/updates/2027).

Expected values: fiscal-facts W8, the free space of €1,600,000 in 2026 (2% of €400,000 + 1.18% of
€1,200,000 = €22,160.00); W6, the 2025 settlement (final levy €4,000.00 due in period 2 of 2026);
and 2.16% of €400,000 in 2027 (data/updates/2027) = €8,640.00.
"""

import os
import sys
from decimal import Decimal

import wkr

version, library, updates = sys.argv[1:4]
assert wkr.__version__ == version, (wkr.__version__, version)
assert os.path.samefile(wkr._native.library_path, library), (wkr._native.library_path, library)
assert wkr.free_space(2026, Decimal("1600000")) == Decimal("22160.00")
settlement = wkr.settle(2025, Decimal("500000"), Decimal("14180"))
assert settlement.final_levy == Decimal("4000.00") and settlement.due == wkr.Due(2026, 2), settlement
with wkr.Context(updates) as tables:
    assert tables.free_space(2027, Decimal("400000")) == Decimal("8640.00")
print("wkr %s from %s" % (wkr.__version__, wkr._native.library_path))
