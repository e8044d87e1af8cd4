"""``marsad serve`` as a subprocess on a free loopback port, for the web tests."""
from __future__ import annotations

import sys
from pathlib import Path


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Server:
    """``marsad serve`` running as a subprocess on a free loopback port."""

    def __init__(self, db: Path | str) -> None:
        import os
        import subprocess
        import time
        import urllib.request

        self.db = db
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        exe = Path(sys.executable).with_name("marsad")
        cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "marsad"]
        self.proc = subprocess.Popen([*cmd, "serve", "--db", str(db), "--port", str(self.port)],
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                     env={**os.environ, "NO_PROXY": "127.0.0.1,localhost"})
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(self.url + "/api/stories", timeout=2):
                    break
            except OSError:
                if self.proc.poll() is not None or time.monotonic() > deadline:
                    self.stop()
                    raise RuntimeError(f"marsad serve did not start: {self.proc.stderr.read()[-500:]}")
                time.sleep(0.2)

    def get(self, path: str):
        import json
        import urllib.error
        import urllib.request

        try:
            with urllib.request.urlopen(self.url + path, timeout=10) as r:
                body = r.read().decode("utf-8")
                status, ctype = r.status, r.headers.get("content-type", "")
        except urllib.error.HTTPError as err:
            body, status, ctype = err.read().decode("utf-8"), err.code, err.headers.get("content-type", "")
        return status, (json.loads(body) if ctype.startswith("application/json") else body)

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except Exception:
                self.proc.kill()
        for f in (self.proc.stdout, self.proc.stderr):
            if f:
                f.close()
