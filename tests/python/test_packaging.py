"""The packaging of wkr: the build backend of bindings/python (the wheel and the sdist it makes) and
the library path recorded at installation. pip and `cmake --install` themselves are exercised by
tests/install (consumer_python.cmake); these tests look inside what the backend writes.

Environment: WKR_SOURCE_DIR, WKR_EXPECTED_VERSION (the CMake project version), WKR_LIBRARY.
"""

import base64
import hashlib
import importlib
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
import unittest
import zipfile

SOURCE_DIR = os.environ.get("WKR_SOURCE_DIR", os.path.join(os.path.dirname(__file__), "..", ".."))
PACKAGE_ROOT = os.path.join(SOURCE_DIR, "bindings", "python")
sys.path.insert(0, os.path.join(PACKAGE_ROOT, "build_backend"))
sys.dont_write_bytecode = True
wkr_build = importlib.import_module("wkr_build")


def modules():
    return sorted(n for n in os.listdir(os.path.join(PACKAGE_ROOT, "wkr")) if n.endswith(".py"))


class Wheel(unittest.TestCase):
    def build(self, settings):
        directory = tempfile.mkdtemp()
        self.addCleanup(shutil.rmtree, directory)
        name = wkr_build.build_wheel(directory, settings)
        return name, zipfile.ZipFile(os.path.join(directory, name))

    def test_holds_the_modules_and_its_metadata(self):
        version = os.environ.get("WKR_EXPECTED_VERSION", "")
        name, wheel = self.build({})
        self.assertEqual(name, "wkr-%s-py3-none-any.whl" % version)
        dist_info = "wkr-%s.dist-info/" % version
        self.assertEqual(
            sorted(wheel.namelist()),
            sorted(["wkr/" + m for m in modules()] + [dist_info + f for f in ("METADATA", "WHEEL", "top_level.txt", "RECORD")]),
        )
        metadata = wheel.read(dist_info + "METADATA").decode()
        self.assertIn("\nName: wkr\n", metadata)
        self.assertIn("\nVersion: %s\n" % version, metadata)
        self.assertIn("Tag: py3-none-any", wheel.read(dist_info + "WHEEL").decode())

    def test_record_lists_every_file_with_its_digest(self):
        _, wheel = self.build({})
        lines = wheel.read([n for n in wheel.namelist() if n.endswith("/RECORD")][0]).decode().splitlines()
        listed = {}
        for line in lines:
            path, digest, size = line.split(",")
            listed[path] = (digest, size)
        for path in wheel.namelist():
            data = wheel.read(path)
            if path.endswith("/RECORD"):
                self.assertEqual(listed[path], ("", ""))
                continue
            expected = "sha256=" + base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
            self.assertEqual(listed[path], (expected, str(len(data))), path)

    def test_records_the_library_setting(self):
        _, wheel = self.build({"library": "/opt/wkr/lib/libwkr.so.1"})
        self.assertIn("\nLIBRARY = '/opt/wkr/lib/libwkr.so.1'\n", wheel.read("wkr/_installed.py").decode())
        _, wheel = self.build({})
        self.assertIn("\nLIBRARY = None\n", wheel.read("wkr/_installed.py").decode())

    def test_every_other_module_is_copied_unchanged(self):
        _, wheel = self.build({"library": "/x/libwkr.so.1"})
        for module in modules():
            if module == "_installed.py":
                continue
            with open(os.path.join(PACKAGE_ROOT, "wkr", module), "rb") as source:
                self.assertEqual(wheel.read("wkr/" + module), source.read(), module)


class Sdist(unittest.TestCase):
    def test_holds_what_builds_the_wheel(self):
        version = os.environ.get("WKR_EXPECTED_VERSION", "")
        with tempfile.TemporaryDirectory() as directory:
            name = wkr_build.build_sdist(directory)
            self.assertEqual(name, "wkr-%s.tar.gz" % version)
            with tarfile.open(os.path.join(directory, name)) as archive:
                names = sorted(archive.getnames())
        stem = "wkr-%s/" % version
        expected = ["pyproject.toml", "build_backend/wkr_build.py", "PKG-INFO"] + ["wkr/" + m for m in modules()]
        self.assertEqual(names, sorted(stem + n for n in expected))


class RecordedLibrary(unittest.TestCase):
    """An installed package finds libwkr where its installation recorded it, relative to itself."""

    def test_a_relative_recorded_path_is_followed(self):
        library = os.environ.get("WKR_LIBRARY")
        if not library:
            self.skipTest("WKR_LIBRARY is not set")
        with tempfile.TemporaryDirectory() as prefix:
            site = os.path.join(prefix, "lib", "python3", "site-packages")
            shutil.copytree(os.path.join(PACKAGE_ROOT, "wkr"), os.path.join(site, "wkr"),
                            ignore=shutil.ignore_patterns("__pycache__"))
            shutil.copy(os.path.realpath(library), os.path.join(prefix, "lib", "libwkr.so.1"))
            with open(os.path.join(site, "wkr", "_installed.py"), "w", encoding="utf-8") as installed:
                installed.write(wkr_build.installed_module("../../../libwkr.so.1"))
            env = {k: v for k, v in os.environ.items() if k not in ("WKR_LIBRARY", "LD_LIBRARY_PATH")}
            env.update(PYTHONPATH=site, PYTHONDONTWRITEBYTECODE="1")
            run = subprocess.run(
                [sys.executable, "-c", "import wkr; from decimal import Decimal; "
                                       "print(wkr._native.library_path, wkr.free_space(2026, Decimal(1600000)))"],
                env=env, capture_output=True, text=True)
            self.assertEqual(run.returncode, 0, run.stderr)
            self.assertEqual(run.stdout.split(), [os.path.join(prefix, "lib", "libwkr.so.1"), "22160.00"])


if __name__ == "__main__":
    unittest.main()
