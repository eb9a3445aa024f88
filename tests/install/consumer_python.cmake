# The Python package installed two ways, each into a fresh virtual environment, and a script
# (consumer.py) run there with no environment variable:
#   1. `cmake --install` with the environment as the prefix: the package lands in its
#      site-packages (WKR_INSTALL_PYTHONDIR) and finds libwkr through the path recorded at install;
#   2. `pip install bindings/python` offline (no index, no configuration; the build backend needs
#      nothing to download), with the staged libwkr given as --config-settings library=….
# Inputs: BUILD_DIR, PREFIX (the staged installation), LIBDIR, DATADIR, SOVERSION, VERSION,
# PYTHON, SOURCE_DIR, WORK.
include("${CMAKE_CURRENT_LIST_DIR}/run.cmake")

file(REMOVE_RECURSE "${WORK}")
set(script "${CMAKE_CURRENT_LIST_DIR}/consumer.py")
set(updates "${PREFIX}/${DATADIR}/wkr/updates/2027")
set(quiet_python "${CMAKE_COMMAND}" -E env PYTHONDONTWRITEBYTECODE=1 "${PYTHON}")

# 1. cmake --install into a virtual environment.
set(venv "${WORK}/cmake-install")
run("a virtual environment" ${quiet_python} -m venv --without-pip "${venv}")
run("cmake --install into it" "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${venv}")
run("the script with the package cmake installed"
    ${CLEAN} "${venv}/bin/python" "${script}" "${VERSION}" "${venv}/${LIBDIR}/libwkr.so.${SOVERSION}" "${updates}")

# 2. pip install from the source tree, offline.
set(venv "${WORK}/pip-install")
run("a virtual environment" ${quiet_python} -m venv --without-pip "${venv}")
run("pip install bindings/python, offline"
    "${CMAKE_COMMAND}" -E env --unset=PIP_FIND_LINKS --unset=PIP_INDEX_URL --unset=PIP_EXTRA_INDEX_URL
    PIP_CONFIG_FILE=/dev/null PYTHONDONTWRITEBYTECODE=1
    "${PYTHON}" -m pip --python "${venv}/bin/python" install --no-index --no-deps --no-cache-dir
    --config-settings "library=${PREFIX}/${LIBDIR}/libwkr.so.${SOVERSION}" "${SOURCE_DIR}/bindings/python")
run("the script with the package pip installed"
    ${CLEAN} "${venv}/bin/python" "${script}" "${VERSION}" "${PREFIX}/${LIBDIR}/libwkr.so.${SOVERSION}" "${updates}")
