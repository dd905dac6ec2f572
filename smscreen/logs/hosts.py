"""Host names out of the URL forms proxies log (absolute URLs, CONNECT ``host:port``, ``[v6]:port``)."""

from __future__ import annotations

import re

__all__ = ["HostCache", "host_from_url", "normalise_host"]

_NAME = re.compile(r"[a-z0-9_](?:[a-z0-9_.-]*[a-z0-9_])?")
_IPV6 = re.compile(r"[0-9a-f:.]*:[0-9a-f:.]*")


def normalise_host(host: str) -> str | None:
    """Lower-case, without a trailing dot or IPv6 brackets; ``None`` if it is not a host name or address."""
    host = host.strip().lower().rstrip(".")
    if host.startswith("[") and host.endswith("]"):
        host = host[1:-1]
    if _NAME.fullmatch(host) or _IPV6.fullmatch(host):
        return host
    return None


def host_from_url(url: str) -> str | None:
    """The host a logged URL points at.

    Returns ``""`` when the URL names no host at all (origin-form ``/path``, Squid's ``error:...``
    pseudo-URLs), and ``None`` when it names one that is not a valid host.
    """
    scheme_end = url.find("://")
    if scheme_end >= 0:
        rest = url[scheme_end + 3 :]
    elif url.startswith("/") or url in ("", "-"):
        return ""
    else:
        rest = url
    end = len(rest)
    for stop in "/?#":
        i = rest.find(stop)
        if 0 <= i < end:
            end = i
    authority = rest[:end].rpartition("@")[2]
    if authority.startswith("["):
        close = authority.find("]")
        if close < 0:
            return None
        return normalise_host(authority[1:close])
    if authority.count(":") == 1:
        name, _, port = authority.partition(":")
        if port and not port.isdigit():
            # Squid logs failed transactions as ``error:transaction-end-before-headers``: a line about no host.
            return "" if scheme_end < 0 else None
        authority = name
    if not authority:
        return "" if scheme_end < 0 else None
    return normalise_host(authority)


class HostCache:
    """``host_from_url`` memoised on the part of the URL before its path.

    A log names a few thousand hosts across millions of lines, so parsing each authority once is most of
    the parse cost saved. The cache is per file and bounded.
    """

    _LIMIT = 100_000

    def __init__(self) -> None:
        self._hosts: dict[str, str | None] = {}

    def from_url(self, url: str) -> str | None:
        scheme_end = url.find("://")
        cut = url.find("/", scheme_end + 3) if scheme_end >= 0 else url.find("/")
        key = url if cut < 0 else url[:cut]
        # "?" or "#" before the first "/" would end the authority too; rare, so not cached.
        if "?" in key or "#" in key:
            return host_from_url(url)
        hosts = self._hosts
        try:
            return hosts[key]
        except KeyError:
            host = host_from_url(key)
            if len(hosts) < self._LIMIT:
                hosts[key] = host
            return host
