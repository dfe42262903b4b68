"""One Translator per user and settings folder: a second launch hands over to the first and exits.

The first instance listens on a local socket (a Unix socket in the temp folder; a named pipe on
Windows) named from the desktop id, the user and the settings folder.  A second launch connects,
says ``activate``, waits for ``ok`` — the first has brought its window to the front — and exits 0.
A socket left behind by an instance that was killed refuses connections: it is replaced.  An instance
that accepts but does not answer within a few seconds is left alone, and the new launch runs beside it.
"""

from __future__ import annotations

import getpass
import hashlib
import logging

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from translator_gui import paths
from translator_gui.paths import DESKTOP_ID

log = logging.getLogger(__name__)

ACTIVATE = b"activate\n"
OK = b"ok\n"
TIMEOUT_MS = 3000


def server_name() -> str:
    """``io.github.translator_gui.Translator-<user>-<hash of the settings folder>``."""
    try:
        user = getpass.getuser()
    except (OSError, KeyError):  # no login name (a container without a passwd entry)
        user = "user"
    folder = hashlib.sha256(str(paths.config_dir()).encode("utf-8")).hexdigest()[:12]
    return f"{DESKTOP_ID}-{user}-{folder}"


def hand_over(name: str, timeout_ms: int = TIMEOUT_MS) -> bool:
    """Ask a running instance to come to the front; True if it answered."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(timeout_ms):
        return False
    socket.write(ACTIVATE)
    socket.flush()
    answered = False
    while socket.waitForReadyRead(timeout_ms):
        if socket.canReadLine():
            answered = bytes(socket.readLine().data()) == OK
            break
    socket.disconnectFromServer()
    return answered


def _listened_on(name: str) -> bool:
    """Whether anything accepts connections on ``name`` (a killed instance's socket refuses them)."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    connected = socket.waitForConnected(500)
    socket.abort()
    return connected


class SingleInstance(QObject):
    """The first instance's listening end: ``activated`` fires when another launch hands over."""

    activated = Signal()

    def __init__(self, name: str | None = None, parent: QObject | None = None, timeout_ms: int = TIMEOUT_MS) -> None:
        super().__init__(parent)
        self.name = name or server_name()
        self.timeout_ms = timeout_ms
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)

    def claim(self) -> bool:
        """Become the one instance (True), or hand over to the running one (False).

        If the socket cannot be created for another reason, the app runs anyway (True): a second
        instance is a smaller harm than no app at all.
        """
        if hand_over(self.name, self.timeout_ms):
            log.info("Another %s is running; it was asked to show its window", DESKTOP_ID)
            return False
        if _listened_on(self.name):  # an instance that accepts but did not answer is not pushed aside
            log.warning("Single instance: %s is taken by an instance that does not answer; running anyway",
                        self.name)
            return True
        # Nothing accepts on the name: at most a socket file left by an instance that was killed.
        # (With UserAccessOption Qt binds a new socket and renames it over the old file.)
        if not self._server.listen(self.name):
            QLocalServer.removeServer(self.name)
            self._server.listen(self.name)
        if self._server.isListening():
            log.info("Single instance: listening on %s", self._server.fullServerName())
        else:
            log.warning("Single instance: cannot listen on %s (%s); running anyway",
                        self.name, self._server.errorString())
        return True

    def close(self) -> None:
        self._server.close()

    @Slot()
    def _accept(self) -> None:
        # The sockets are the server's children, deleted once their peer is gone; no Python
        # reference to them outlives a slot call.
        while (client := self._server.nextPendingConnection()) is not None:
            client.readyRead.connect(self._read_sender)
            client.disconnected.connect(client.deleteLater)
            self._read(client)  # what arrived with the connection signals no readyRead of its own

    @Slot()
    def _read_sender(self) -> None:
        client = self.sender()
        if isinstance(client, QLocalSocket):
            self._read(client)

    def _read(self, client: QLocalSocket) -> None:
        while client.canReadLine():
            if bytes(client.readLine().data()) == ACTIVATE:
                log.info("Another launch handed over; bringing the window to the front")
                self.activated.emit()
                client.write(OK)
                client.flush()
                client.disconnectFromServer()  # one request a connection
