"""Where libwkr was installed: written when the package is installed (pip's `library` setting,
or `cmake --install`, which records the library it installed); None here, in the source tree.

A relative path is relative to this package's directory, so an installed prefix can be moved.
wkr._native looks here after WKR_LIBRARY and before the system loader."""

LIBRARY = None
