"""ASGI middleware that every request and response passes: security headers, Host and Origin checks.

Article text is untrusted, so the pages run only our own scripts (a strict CSP), the browser
must not guess content types, and a web page elsewhere must not drive the local server
(DNS rebinding is stopped by the Host check, cross-site form posts by the Origin check).
"""
from __future__ import annotations

import json
from urllib.parse import urlsplit

CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
)
SECURITY_HEADERS = [
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
]
UNSAFE_METHODS = {"POST", "PUT", "PATCH", "DELETE"}


async def send_error(send, status: int, message: str) -> None:
    body = json.dumps({"detail": message}).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                            *SECURITY_HEADERS,
                            (b"content-security-policy", CONTENT_SECURITY_POLICY.encode())]})
    await send({"type": "http.response.body", "body": body})


class SecurityMiddleware:
    """Adds the security headers and refuses requests for another host or from another origin.
    (Request body limits are FastAPI's own `max_body_size`, set per route in `api.py`.)"""

    def __init__(self, app, allowed_hosts: list[str]):
        self.app = app
        self.allowed_hosts = {host.lower() for host in allowed_hosts}

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {name.decode("latin-1").lower(): value.decode("latin-1") for name, value in scope["headers"]}
        host = headers.get("host", "")
        if not self.host_allowed(host):
            await send_error(send, 400, "unexpected Host header")
            return
        if scope["method"] in UNSAFE_METHODS and not same_origin(headers.get("origin"), host):
            await send_error(send, 403, "cross-origin request refused")
            return
        await self.app(scope, receive, self._with_headers(send))

    def host_allowed(self, host: str) -> bool:
        if "*" in self.allowed_hosts:
            return True
        name = urlsplit(f"//{host}").hostname or ""
        return name.lower() in self.allowed_hosts

    @staticmethod
    def _with_headers(send):
        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                present = {name.lower() for name, _ in message.get("headers", [])}
                extra = [(name, value) for name, value in SECURITY_HEADERS if name not in present]
                if b"content-security-policy" not in present:
                    extra.append((b"content-security-policy", CONTENT_SECURITY_POLICY.encode()))
                message = {**message, "headers": list(message.get("headers", [])) + extra}
            await send(message)

        return send_with_headers


def same_origin(origin: str | None, host: str) -> bool:
    """No Origin header (curl, scripts) is allowed; a browser's Origin must name this server."""
    if origin is None:
        return True
    parts = urlsplit(origin)
    return parts.scheme in ("http", "https") and parts.netloc.lower() == host.lower()
