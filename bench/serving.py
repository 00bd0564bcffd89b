"""A `render serve` of the benchmark scripts' own, on a free loopback port (shared by bench/*/*.py)."""

import socket
import subprocess
import sys
import time
import urllib.request


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_service(render, data_dir, name, stderr=None, seconds=60):
    """Starts `render serve` with its data in data_dir and returns (process, port) once it answers;
    exits with a message naming the script (`name`) when it does not."""
    port = free_port()
    server = subprocess.Popen(render + ["serve", "--port", str(port), "--data-dir", data_dir],
                              stdout=subprocess.DEVNULL, stderr=stderr)
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if server.poll() is not None:
            sys.exit(f"{name}: the server exited with {server.returncode}")
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/render-ws/v1/versionInfo", timeout=2):
                return server, port
        except OSError:
            time.sleep(0.1)
    server.terminate()
    sys.exit(f"{name}: the server did not answer")
