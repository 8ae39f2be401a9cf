"""Whether an Acupress window holds a data folder, read from the lock file its QLockFile writes - without Qt,
so the command line can ask cheaply.

The window's lock file holds its process id, application name and host name, machine id and boot id. A
command may mark a cut-off session as interrupted, or restore a backup, only when no live window holds it.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

LOCK_NAME = "acupress.lock"
_BOOT_ID = Path("/proc/sys/kernel/random/boot_id")


def lock_path(data_dir: Path) -> Path:
    return data_dir / LOCK_NAME


def window_holds(data_dir: Path) -> bool:
    """True when a running window (on this machine or, to be safe, any other) has the folder open."""
    try:
        lines = lock_path(data_dir).read_text(encoding="utf-8", errors="replace").splitlines()
    except FileNotFoundError:
        return False
    except OSError:
        return True  # cannot tell: assume it is held
    try:
        pid = int(lines[0])
    except (IndexError, ValueError):
        return False  # an empty or torn lock file: no window finished taking it
    host = lines[2] if len(lines) > 2 else ""
    if host and host != _host_name():
        return True  # a window on another machine (a shared folder): its process cannot be checked from here
    if len(lines) > 4 and _BOOT_ID.exists() and lines[4].strip() != _current_boot_id():
        return False  # written before the last restart
    return pid != os.getpid() and _alive(pid)


def _host_name() -> str:
    """The name Qt's lock file records (gethostname); from uname where there is one, sparing the socket module."""
    if hasattr(os, "uname"):
        return os.uname().nodename
    import socket

    return socket.gethostname()


def _current_boot_id() -> str:
    try:
        return _BOOT_ID.read_text(encoding="ascii").strip()
    except OSError:
        return ""


def _alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if sys.platform == "win32":
        return _alive_windows(pid)
    try:
        os.kill(pid, 0)  # signal 0: only asks whether the process exists
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return True


def _alive_windows(pid: int) -> bool:  # pragma: no cover - Windows only
    import ctypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return False
    code = ctypes.c_ulong()
    try:
        return bool(kernel32.GetExitCodeProcess(handle, ctypes.byref(code))) and code.value == 259  # STILL_ACTIVE
    finally:
        kernel32.CloseHandle(handle)
