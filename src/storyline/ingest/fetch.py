"""The one outbound fetch every reader uses (a page, a feed, a feed item's link, each redirect).

Each hop resolves the host once and connects to exactly that address (the request goes to the
IP with the original Host header and TLS server name), so the public-address rule is applied to
the address actually connected to and DNS cannot answer differently in between (rebinding).
The whole fetch, redirects and body included, has one deadline: a server that trickles bytes
is cut off when it passes, however often it sends.
"""
from __future__ import annotations

import ipaddress
import socket
import threading
import time
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit, urlunsplit

from storyline.ingest.decode import MAX_DOCUMENT_BYTES, IngestError

FETCH_DEADLINE_SECONDS = 20.0
MAX_FETCH_BYTES = 5 * MAX_DOCUMENT_BYTES  # a page or a feed of many entries; a bigger response is refused
MAX_REDIRECTS = 10
USER_AGENT = "storyline/0.1 (+https://github.com/storyline)"
REDIRECT_CODES = {301, 302, 303, 307, 308}


@dataclass
class Fetched:
    url: str  # after redirects
    content_type: str
    charset: str | None
    data: bytes


class _Stop(Exception):
    """Ends a fetch with a user-facing reason."""


def non_public_reason(host: str, address: str) -> str | None:
    """Why `address` (what `host` resolved to) must not be fetched for someone else: loopback,
    private, link-local (cloud metadata), reserved or otherwise not on the public internet."""
    ip = ipaddress.ip_address(address.split("%")[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    return None if ip.is_global else f"{host} is a non-public address ({ip})"


def resolve_once(host: str, port: int) -> str:
    """The one address this hop connects to."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError, OSError) as error:
        raise _Stop(f"unreachable (cannot resolve {host}: {error})") from None
    if not infos:
        raise _Stop(f"unreachable (cannot resolve {host})")
    return infos[0][4][0]


def fetch(url: str, public_only: bool = False, deadline_seconds: float = FETCH_DEADLINE_SECONDS,
          max_bytes: int = MAX_FETCH_BYTES) -> Fetched:
    """GETs `url` within `deadline_seconds` in total; raises IngestError naming `url`.
    `public_only` refuses every address that is not on the public internet, redirects included."""
    outcome: dict = {}
    cancelled = threading.Event()
    deadline = time.monotonic() + deadline_seconds

    def run() -> None:
        try:
            outcome["result"] = _fetch(url, public_only, deadline, max_bytes, cancelled)
        except BaseException as error:  # handed to the caller's thread
            outcome["error"] = error

    worker = threading.Thread(target=run, name="storyline-fetch", daemon=True)
    worker.start()
    worker.join(max(0.0, deadline - time.monotonic()) + 0.5)
    if worker.is_alive():
        cancelled.set()  # the thread stops at its next chunk or when its socket times out
        raise IngestError(url, f"timed out: no complete response within {deadline_seconds:g} s")
    error = outcome.get("error")
    if isinstance(error, _Stop):
        raise IngestError(url, str(error))
    if error is not None:
        import httpx

        if isinstance(error, httpx.TimeoutException):
            raise IngestError(url, f"timed out: no complete response within {deadline_seconds:g} s")
        if isinstance(error, (httpx.HTTPError, OSError)):
            raise IngestError(url, f"unreachable ({type(error).__name__}: {str(error).splitlines()[0] if str(error) else ''})")
        raise IngestError(url, f"failed ({type(error).__name__})")
    return outcome["result"]


def _fetch(url: str, public_only: bool, deadline: float, max_bytes: int, cancelled: threading.Event) -> Fetched:
    import httpx

    with httpx.Client(follow_redirects=False, trust_env=False, headers={"User-Agent": USER_AGENT, "Accept-Encoding": "gzip"}) as client:
        current = url
        for _ in range(MAX_REDIRECTS + 1):
            parts = urlsplit(current)
            if parts.scheme not in ("http", "https") or not parts.hostname:
                raise _Stop(f"refused: not an http(s) URL ({current[:200]})")
            port = parts.port or (443 if parts.scheme == "https" else 80)
            address = resolve_once(parts.hostname, port)
            if public_only and (reason := non_public_reason(parts.hostname, address)):
                raise _Stop(f"refused: {reason}")
            pinned = "[" + address + "]" if ":" in address else address
            request_url = urlunsplit((parts.scheme, f"{pinned}:{port}", parts.path or "/", parts.query, ""))
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise httpx.ReadTimeout("deadline passed")
            request = client.build_request(
                "GET", request_url, headers={"Host": parts.netloc.rsplit("@", 1)[-1]},
                timeout=httpx.Timeout(remaining), extensions={"sni_hostname": parts.hostname})
            response = client.send(request, stream=True)
            try:
                if response.status_code in REDIRECT_CODES and "location" in response.headers:
                    current = urljoin(current, response.headers["location"])
                    continue
                if response.status_code >= 400:
                    raise _Stop(f"HTTP {response.status_code}")
                chunks, size = [], 0
                for chunk in response.iter_raw():
                    size += len(chunk)
                    if size > max_bytes:
                        raise _Stop(f"refused: response larger than {max_bytes / 1e6:.0f} MB")
                    if cancelled.is_set() or time.monotonic() > deadline:
                        raise httpx.ReadTimeout("deadline passed")
                    chunks.append(chunk)
                data = _decoded_body(response, b"".join(chunks), max_bytes)
            finally:
                response.close()
            content_type = response.headers.get("content-type", "")
            charset = response.charset_encoding if "charset" in content_type.lower() else None
            return Fetched(url=current, content_type=content_type.lower(), charset=charset, data=data)
    raise _Stop(f"refused: more than {MAX_REDIRECTS} redirects")


def _decoded_body(response, raw: bytes, max_bytes: int) -> bytes:
    """Undoes Content-Encoding with the limits of a gzip file (only gzip is asked for)."""
    encoding = response.headers.get("content-encoding", "").strip().lower()
    if not encoding or encoding == "identity":
        return raw
    if encoding not in ("gzip", "x-gzip"):
        raise _Stop(f"unsupported Content-Encoding {encoding!r}")
    from storyline.ingest.decode import bounded_gunzip

    try:
        data = bounded_gunzip("response", raw)
    except IngestError as error:
        raise _Stop(error.reason) from None
    if len(data) > max_bytes:
        raise _Stop(f"refused: response expands beyond {max_bytes / 1e6:.0f} MB")
    return data
