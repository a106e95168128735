"""Loaded by Python at start-up when this folder is on PYTHONPATH (tests/test_robustness.py uses it for a
notebook kernel): every network connection except to this machine fails, and nltk cannot download."""

import socket

_LOCAL = ("127.", "::1", "localhost")
_connect = socket.socket.connect


def _guarded_connect(self, address):
    host = address[0] if isinstance(address, tuple) else str(address)
    if isinstance(host, str) and (host.startswith(_LOCAL) or self.family == getattr(socket, "AF_UNIX", None)):
        return _connect(self, address)
    raise OSError(f"network disabled for this test (tried {host})")


socket.socket.connect = _guarded_connect
_create = socket.create_connection


def _guarded_create(address, *args, **kwargs):
    host = address[0]
    if not str(host).startswith(_LOCAL):
        raise OSError(f"network disabled for this test (tried {host})")
    return _create(address, *args, **kwargs)


socket.create_connection = _guarded_create
