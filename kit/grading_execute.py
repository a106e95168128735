"""Run a student notebook top to bottom (``kit grade --execute``) -- NOT a sandbox.

:func:`execute_notebook` runs one notebook with nbclient and the ``python3``
kernel in a separate process (:func:`_execute_main`), in a fresh temporary
copy with ``HOME`` pointing there, and kills the runner's and the kernel's
process groups when the time limit is reached.  It reports how the run went
as an :class:`Execution`; it never changes points.

Student code runs with the instructor's user rights: see the "Running the
notebooks" section of :mod:`kit.grading` before using it.

>>> Execution("execution timed out", "execution timed out after 60 s").status
'execution timed out'
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Sequence

from .grading_errors import GradingError

__all__ = [
    "EXECUTE_TIMEOUT",
    "EXECUTE_WORKERS",
    "Execution",
    "execute_notebook",
]

EXECUTE_TIMEOUT = 60
EXECUTE_WORKERS = 2
_ROOT = Path(__file__).resolve().parent.parent

_RUNNER = "from kit.grading_execute import _execute_main; raise SystemExit(_execute_main())"


@dataclass
class Execution:
    """How one notebook run went: ``status`` is ``ok``, ``execution failed`` or ``execution timed out``."""

    status: str
    reason: str = ""


# ---------------------------------------------------------------------------
# The instructor's side: start the runner, enforce the time limit


def _kill_group(pgid: int) -> None:
    try:
        os.killpg(pgid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError, OSError):
        pass


def _runner_env(work: Path, control: Path) -> dict[str, str]:
    """The runner's environment: ``HOME`` in the working copy, the kit importable, no startup file."""
    env = dict(os.environ, HOME=str(work), JUPYTER_RUNTIME_DIR=str(control / "runtime"),
               PYTHONPATH=os.pathsep.join(p for p in (str(_ROOT), os.environ.get("PYTHONPATH", "")) if p))
    env.pop("PYTHONSTARTUP", None)
    return env


def _run_runner(cmd: list[str], work: Path, env: dict[str, str], control: Path, timeout: float) -> tuple[bool, int | None]:
    """Run the runner with a time limit, then kill its group and the kernel's; ``(timed_out, returncode)``."""
    posix = hasattr(os, "killpg")
    with open(control / "stderr.txt", "wb") as err:
        proc = subprocess.Popen(cmd, cwd=work, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                stderr=err, start_new_session=posix)
        timed_out = False
        try:
            proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            timed_out = True
        finally:
            # kill the kernel's group and the runner's group (also leftovers after a normal end)
            try:
                kernel = int((control / "kernel.pid").read_text().strip())
            except (OSError, ValueError):
                kernel = 0
            if posix:
                if kernel > 1:
                    _kill_group(kernel)
                _kill_group(proc.pid)
            else:  # pragma: no cover - Windows: no process groups here
                proc.kill()
            proc.wait()
    return timed_out, proc.returncode


def _read_outcome(control: Path, returncode: int | None) -> Execution:
    """The runner's ``result.json``, or a failure built from the last line of its stderr."""
    try:
        outcome = json.loads((control / "result.json").read_text(encoding="utf-8"))
        return Execution(str(outcome["status"]), str(outcome.get("reason", "")))
    except (OSError, ValueError, KeyError, TypeError):
        tail = (control / "stderr.txt").read_text(encoding="utf-8", errors="replace").strip().splitlines()
        detail = tail[-1][:120] if tail else f"exit status {returncode}"
        return Execution("execution failed", f"execution failed: the runner stopped ({detail})")


def execute_notebook(path: Path, timeout: float = EXECUTE_TIMEOUT) -> Execution:
    """Run one notebook in a separate process, in a fresh temporary copy; never raises for a student problem.

    The runner (:func:`_execute_main`) is started in a new session; on timeout that
    process group and the kernel's (the kernel starts its own session) are killed.
    """
    with tempfile.TemporaryDirectory(prefix="kit-run-", ignore_cleanup_errors=True) as base:
        work, control = Path(base) / "work", Path(base) / "control"
        work.mkdir()
        control.mkdir()
        copy = work / (path.name if path.suffix == ".ipynb" else "submission.ipynb")
        shutil.copyfile(path, copy)
        env = _runner_env(work, control)
        cmd = [sys.executable, "-c", _RUNNER, str(copy), str(timeout), str(control)]
        timed_out, returncode = _run_runner(cmd, work, env, control, timeout)
        limit = f"{timeout:g}"
        if timed_out:
            return Execution("execution timed out", f"execution timed out after {limit} s")
        return _read_outcome(control, returncode)


def _check_execute_available() -> None:
    """Raise :class:`GradingError` unless nbclient, nbformat and ipykernel are installed."""
    import importlib.util

    missing = [m for m in ("nbclient", "nbformat", "ipykernel") if importlib.util.find_spec(m) is None]
    if missing:
        raise GradingError(f"--execute needs {', '.join(missing)}: pip install nbclient ipykernel")


# ---------------------------------------------------------------------------
# The runner process


def _execute_main(argv: Sequence[str] | None = None) -> int:
    """Runner process: ``NOTEBOOK TIMEOUT CONTROL_DIR``; writes ``CONTROL_DIR/result.json``."""
    args = list(sys.argv[1:] if argv is None else argv)
    notebook_path, timeout, control = Path(args[0]), float(args[1]), Path(args[2])
    failed: dict[str, Any] = {}

    def done(status: str, reason: str = "") -> int:
        (control / "result.json").write_text(json.dumps({"status": status, "reason": reason}), encoding="utf-8")
        return 0

    try:
        import nbformat
        from nbclient import NotebookClient
        from nbclient.exceptions import CellExecutionError, CellTimeoutError, DeadKernelError
    except ImportError as exc:
        return done("execution failed", f"execution failed: {exc}")
    try:
        nb = nbformat.read(str(notebook_path), as_version=4)
    except Exception as exc:
        return done("execution failed", f"execution failed: cannot read the notebook ({exc.__class__.__name__})")

    def started(**_: Any) -> None:
        process = getattr(getattr(client.km, "provisioner", None), "process", None)
        if process is not None:
            (control / "kernel.pid").write_text(str(process.pid), encoding="utf-8")

    def cell_error(cell: Any = None, cell_index: int = 0, execute_reply: Any = None, **_: Any) -> None:
        content = (execute_reply or {}).get("content", {})
        failed.setdefault("index", cell_index)
        failed.setdefault("ename", content.get("ename") or "error")

    client = NotebookClient(nb, timeout=timeout, kernel_name="python3", allow_errors=False,
                            resources={"metadata": {"path": str(notebook_path.parent)}},
                            on_notebook_start=started, on_cell_error=cell_error)
    try:
        client.execute()
    except CellTimeoutError:
        return done("execution timed out", f"execution timed out after {timeout:g} s")
    except DeadKernelError:
        return done("execution failed", "execution failed: the kernel died")
    except CellExecutionError as exc:
        ename = failed.get("ename") or getattr(exc, "ename", "") or "error"
        where = f" in cell {failed['index'] + 1}" if "index" in failed else ""
        return done("execution failed", f"execution failed: {ename}{where}")
    except Exception as exc:
        return done("execution failed", f"execution failed: {exc.__class__.__name__}")
    return done("ok")
