"""Execute notebooks top to bottom with nbclient, the way Jupyter's "Run All" would.

    python3 examples/notebooks/run_notebook.py [--check] [--save DIR] NOTEBOOK...

Exit codes: 0 all ran, 1 a cell failed (its traceback is printed), 3 a needed
package is missing (named on stderr; `--check` only does this test).
The API address comes from ZONEGRAPH_URL, as in the notebooks.
"""
import argparse
import importlib
import sys
import time
from pathlib import Path

REQUIRED = ["nbclient", "nbformat", "ipykernel", "pandas", "matplotlib", "requests"]
KERNEL = "python3"


def missing_packages():
    missing = []
    for name in REQUIRED:
        try:
            importlib.import_module(name)
        except ImportError:
            missing.append(name)
    return missing


def ensure_kernel():
    """nbclient needs a `python3` kernelspec; install one for this interpreter if Jupyter has none."""
    from jupyter_client.kernelspec import KernelSpecManager

    if KERNEL in KernelSpecManager().find_kernel_specs():
        return
    from ipykernel.kernelspec import install

    path = install(user=True, kernel_name=KERNEL)
    print(f"installed the {KERNEL} kernelspec at {path}", file=sys.stderr)


def strip_ansi(text):
    import re

    return re.sub(r"\x1b\[[0-9;]*m", "", text)


def run(path, save_dir):
    import nbformat
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError

    notebook = nbformat.read(path, as_version=4)
    client = NotebookClient(
        notebook,
        timeout=120,
        # A busy CI machine can take a while to start a kernel (and matplotlib its font cache).
        startup_timeout=180,
        kernel_name=KERNEL,
        resources={"metadata": {"path": str(path.parent)}},
    )
    started = time.monotonic()
    try:
        client.execute()
    except CellExecutionError as err:
        print(f"FAILED {path.name}: a cell raised\n{strip_ansi(str(err))}", file=sys.stderr)
        return False
    finally:
        if save_dir:
            save_dir.mkdir(parents=True, exist_ok=True)
            nbformat.write(notebook, save_dir / path.name)
    print(f"ok {path.name} ({len(notebook.cells)} cells, {time.monotonic() - started:.1f} s)")
    return True


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("notebooks", nargs="*", type=Path)
    parser.add_argument("--check", action="store_true", help="only check that the packages are installed")
    parser.add_argument("--save", type=Path, help="write the executed notebooks (with outputs) here")
    args = parser.parse_args()

    missing = missing_packages()
    if missing:
        print(
            f"missing Python packages: {', '.join(missing)} "
            f"(python3 -m pip install -r examples/notebooks/requirements.txt)",
            file=sys.stderr,
        )
        return 3
    if args.check:
        return 0
    ensure_kernel()
    ok = all([run(path, args.save) for path in args.notebooks])
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
