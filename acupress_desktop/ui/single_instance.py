"""One window per data folder: a second launch asks the running one to come to the front.

The lock file decides who runs; this local socket only carries the "show yourself" request.
"""

from __future__ import annotations

import getpass
import hashlib
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

SHOW = b"show\n"


def server_name(data_dir: Path) -> str:
    """Per user and data folder, short enough for every platform's socket path limits."""
    key = f"{getpass.getuser()}:{data_dir.resolve()}".encode()
    return "acupress-" + hashlib.sha256(key).hexdigest()[:20]


def ask_running_to_show(data_dir: Path, timeout_ms: int = 1000) -> bool:
    """Ask the window already running on this data folder to come to the front; False if none answered."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(data_dir))
    if not socket.waitForConnected(timeout_ms):
        return False
    socket.write(SHOW)
    sent = socket.waitForBytesWritten(timeout_ms)
    socket.disconnectFromServer()
    return sent


class ShowRequests(QObject):
    """Listens for a second launch; emits show_requested when one knocks."""

    show_requested = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        name = server_name(data_dir)
        QLocalServer.removeServer(name)  # a socket left by a crash; we hold the lock, so it is ours
        self.listening = self._server.listen(name)
        self._server.newConnection.connect(self._connected)

    def _connected(self) -> None:
        while (socket := self._server.nextPendingConnection()) is not None:
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        if bytes(socket.readAll().data()).startswith(SHOW.strip()):
            self.show_requested.emit()
