"""A small HTTP proxy in front of the local S3 server that adds latency and injects faults.

Loopback has no latency, which hides bad concurrency; and a real S3 answers 503 SlowDown and
drops connections. The tests (nothing lost under faults) and the benchmark (~20 ms a request)
put this between the client and `rclone serve s3`. Requests are forwarded unchanged (the Host
header too), so SigV4 signatures still verify.
"""

from __future__ import annotations

import http.client
import random
import threading
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

SLOW_DOWN = (
    b'<?xml version="1.0" encoding="UTF-8"?><Error><Code>SlowDown</Code>'
    b"<Message>Please reduce your request rate.</Message></Error>"
)


@dataclass
class ProxyStats:
    requests: int = 0
    slow_downs: int = 0
    resets: int = 0


class FaultProxy:
    """`with FaultProxy(upstream_port, delay=0.02, fault_rate=0.1) as url:` - context manager."""

    def __init__(self, upstream_port: int, delay: float = 0.0, fault_rate: float = 0.0, seed: int = 0):
        self.upstream_port = upstream_port
        self.delay = delay
        self.fault_rate = fault_rate
        self.random = random.Random(seed)
        self.lock = threading.Lock()
        self.stats = ProxyStats()
        self.server: ThreadingHTTPServer | None = None

    def __enter__(self) -> str:
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args) -> None:
                pass

            def _handle(self) -> None:
                proxy._serve(self)

            do_GET = do_HEAD = do_PUT = do_POST = do_DELETE = _handle

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def __exit__(self, *exc) -> None:
        if self.server is not None:
            self.server.shutdown()
            self.server.server_close()

    def _fault(self) -> str:
        with self.lock:
            self.stats.requests += 1
            roll = self.random.random()
        if roll >= self.fault_rate:
            return ""
        return "slowdown" if roll < self.fault_rate / 2 else "reset"

    def _serve(self, h: BaseHTTPRequestHandler) -> None:
        length = int(h.headers.get("Content-Length") or 0)
        body = h.rfile.read(length) if length else None
        if self.delay:
            time.sleep(self.delay)
        fault = self._fault()
        if fault == "slowdown":
            with self.lock:
                self.stats.slow_downs += 1
            h.send_response(503)
            h.send_header("Content-Type", "application/xml")
            h.send_header("Content-Length", str(len(SLOW_DOWN)))
            h.end_headers()
            h.wfile.write(SLOW_DOWN)
            return
        upstream = http.client.HTTPConnection("127.0.0.1", self.upstream_port, timeout=60)
        try:
            upstream.request(h.command, h.path, body=body, headers=dict(h.headers.items()))
            resp = upstream.getresponse()
            data = resp.read()
        finally:
            upstream.close()
        h.send_response(resp.status)
        head = h.command == "HEAD"  # keeps the object's Content-Length, sends no body
        skip = {"transfer-encoding", "connection"} | (set() if head else {"content-length"})
        for name, value in resp.getheaders():
            if name.lower() not in skip:
                h.send_header(name, value)
        if not head:
            h.send_header("Content-Length", str(len(data)))
        h.end_headers()
        if fault == "reset" and h.command == "GET" and len(data) > 16:
            with self.lock:
                self.stats.resets += 1
            h.wfile.write(data[: len(data) // 2])  # the connection drops mid-body
            h.close_connection = True
            h.wfile.flush()
            h.connection.close()
            return
        if not head:
            h.wfile.write(data)
