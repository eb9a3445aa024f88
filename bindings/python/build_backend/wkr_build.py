"""The PEP 517 build backend of the wkr package, standard library only.

pip runs it from the source tree (pyproject.toml: backend-path), so `pip install ./bindings/python`
needs nothing from a package index and works offline. It builds the one thing this package is: the
modules of wkr/ in a pure-Python wheel (py3-none-any; libwkr itself is loaded with ctypes at import).

The config setting `library` (pip install … --config-settings library=PATH) is written into
wkr/_installed.py, the place the package looks for libwkr before it asks the system loader.
"""

import base64
import hashlib
import io
import os
import re
import tarfile
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PACKAGE = "wkr"
# Reproducible archives: every entry gets this time (the earliest a zip file can hold).
ZIP_TIME = (1980, 1, 1, 0, 0, 0)


def _project():
    """The [project] table of pyproject.toml. Only `key = "text"` lines are used, so this reads it
    without tomllib (Python 3.11+); anything else there is refused rather than ignored."""
    with open(os.path.join(ROOT, "pyproject.toml"), encoding="utf-8") as file:
        text = file.read()
    table = text.split("\n[project]\n", 1)[1].split("\n[", 1)[0]
    project = {}
    for number, line in enumerate(table.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        match = re.fullmatch(r'([a-z-]+)\s*=\s*"([^"\\]*)"', line)
        if not match:
            raise ValueError("pyproject.toml [project] line %d: only key = \"text\" is understood: %s" % (number, line))
        project[match.group(1)] = match.group(2)
    for key in ("name", "version", "description", "requires-python"):
        if key not in project:
            raise ValueError("pyproject.toml [project] has no %s" % key)
    return project


def _modules():
    """The package's modules: (path inside the archive, path in the source tree)."""
    directory = os.path.join(ROOT, PACKAGE)
    names = sorted(n for n in os.listdir(directory) if n.endswith(".py"))
    return [("%s/%s" % (PACKAGE, n), os.path.join(directory, n)) for n in names]


def installed_module(library):
    """The text of wkr/_installed.py recording `library` (None: ask the system loader)."""
    with open(os.path.join(ROOT, PACKAGE, "_installed.py"), encoding="utf-8") as file:
        text = file.read()
    if "\nLIBRARY = None\n" not in text:
        raise ValueError("wkr/_installed.py has no line LIBRARY = None to record the library in")
    return text.replace("\nLIBRARY = None\n", "\nLIBRARY = %r\n" % (library,))


def _metadata(project):
    return (
        "Metadata-Version: 2.1\nName: %s\nVersion: %s\nSummary: %s\nRequires-Python: %s\n"
        % (project["name"], project["version"], project["description"], project["requires-python"])
    )


class _Wheel:
    def __init__(self, path, dist_info):
        self.zip = zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED)
        self.dist_info = dist_info
        self.record = []

    def add(self, name, data):
        if isinstance(data, str):
            data = data.encode("utf-8")
        info = zipfile.ZipInfo(name, ZIP_TIME)
        info.external_attr = 0o644 << 16
        info.compress_type = zipfile.ZIP_DEFLATED
        self.zip.writestr(info, data)
        digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode("ascii")
        self.record.append("%s,sha256=%s,%d" % (name, digest, len(data)))

    def close(self):
        record = self.dist_info + "/RECORD"
        self.record.append(record + ",,")
        info = zipfile.ZipInfo(record, ZIP_TIME)
        info.external_attr = 0o644 << 16
        self.zip.writestr(info, "\n".join(self.record) + "\n")
        self.zip.close()


def _build(wheel_directory, config_settings, editable):
    project = _project()
    stem = "%s-%s" % (project["name"], project["version"])
    dist_info = stem + ".dist-info"
    file_name = stem + "-py3-none-any.whl"
    wheel = _Wheel(os.path.join(wheel_directory, file_name), dist_info)
    if editable:
        # PEP 660: the source directory on sys.path; the library is found as from the source tree.
        wheel.add(PACKAGE + ".pth", ROOT + "\n")
    else:
        for name, path in _modules():
            if name != PACKAGE + "/_installed.py":  # written below, with the library recorded
                with open(path, "rb") as module:
                    wheel.add(name, module.read())
        library = (config_settings or {}).get("library") or None
        if library is not None:
            library = os.path.abspath(library)
        wheel.add(PACKAGE + "/_installed.py", installed_module(library))
    wheel.add(dist_info + "/METADATA", _metadata(project))
    wheel.add(dist_info + "/WHEEL", "Wheel-Version: 1.0\nGenerator: wkr_build\nRoot-Is-Purelib: true\nTag: py3-none-any\n")
    wheel.add(dist_info + "/top_level.txt", PACKAGE + "\n")
    wheel.close()
    return file_name


# ---- the PEP 517 and PEP 660 hooks ----------------------------------------------------------------


def get_requires_for_build_wheel(config_settings=None):
    return []


def get_requires_for_build_sdist(config_settings=None):
    return []


def get_requires_for_build_editable(config_settings=None):
    return []


def build_wheel(wheel_directory, config_settings=None, metadata_directory=None):
    return _build(wheel_directory, config_settings, editable=False)


def build_editable(wheel_directory, config_settings=None, metadata_directory=None):
    return _build(wheel_directory, config_settings, editable=True)


def build_sdist(sdist_directory, config_settings=None):
    project = _project()
    stem = "%s-%s" % (project["name"], project["version"])
    file_name = stem + ".tar.gz"
    files = [("pyproject.toml", os.path.join(ROOT, "pyproject.toml")),
             ("build_backend/wkr_build.py", os.path.abspath(__file__))] + _modules()
    with tarfile.open(os.path.join(sdist_directory, file_name), "w:gz", format=tarfile.PAX_FORMAT) as archive:

        def add(name, data):
            info = tarfile.TarInfo("%s/%s" % (stem, name))
            info.size, info.mode = len(data), 0o644
            archive.addfile(info, io.BytesIO(data))

        for name, path in files:
            with open(path, "rb") as file:
                add(name, file.read())
        add("PKG-INFO", _metadata(project).encode("utf-8"))
    return file_name
