"""API credentials, kept out of every repr, log line, exception and traceback.

The passphrase and signing key are held as `Secret` strings from the first line that touches
them: a `str` whose repr is masked, so even a traceback printed with its frame locals (Sentry,
`pytest --showlocals`) shows `'***'`. They are checked when the client is built, with errors that
say what is wrong without echoing the value.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from typing import Any

import attrs

from ._errors import CredentialsError

__all__ = ["Credentials", "Secret", "hide"]


class Secret(str):
    """A string that never shows itself in a repr (f"{s!r}", containers, frame locals)."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "'***'"


def _mask(value: str) -> str:
    return value[:4] + "…" if len(value) > 8 else "…"


def _problem(value: object) -> str | None:
    """What is wrong with a credential value, in words that do not repeat it; None if nothing."""
    if not isinstance(value, str):
        return f"must be a string, not {type(value).__name__}"
    if not value:
        return "must be a non-empty string"
    if value != value.strip():
        if value.rstrip(" \t") != value.rstrip():
            return "ends with a line break (a .env file saved with CRLF line endings?); strip it"
        return "has leading or trailing whitespace; strip it"
    if any(ord(c) < 0x20 or ord(c) == 0x7F for c in value):
        return "contains a control character"
    return None


def _check(name: str, value: object, *, header: bool) -> Secret:
    problem = _problem(value)
    if problem is None and header and not str(value).isascii():
        problem = "must be ASCII (it is sent in an HTTP header)"
    if problem is not None:
        raise CredentialsError(f"{name} {problem}")
    return Secret(value)


@attrs.frozen(init=False, repr=False)
class Credentials:
    """An access key with its passphrase and signing key, and the optional defaults that
    Coinbase's `PRIME_CREDENTIALS` JSON may carry: portfolio and entity ids, and the key's service
    account id (`svc_account_id`), which the WebSocket feed's subscribe messages carry as
    `api_key_id`.

    Values are checked here, once: a trailing line break, surrounding whitespace, a control
    character, or (for what goes into a header) a non-ASCII character raise `CredentialsError`.
    An attrs class (`attrs.evolve` works), built through this constructor and its checks.
    """

    access_key: Secret
    passphrase: Secret
    signing_key: Secret
    portfolio_id: str | None = None
    entity_id: str | None = None
    svc_account_id: str | None = None  # the WebSocket feed's `api_key_id`

    def __init__(
        self,
        access_key: str,
        passphrase: str,
        signing_key: str,
        *,
        portfolio_id: str | None = None,
        entity_id: str | None = None,
        svc_account_id: str | None = None,
    ) -> None:
        # masked before anything can raise, so this frame's locals never show them
        passphrase, signing_key = hide(passphrase), hide(signing_key)
        set_ = object.__setattr__
        set_(self, "access_key", _check("access_key", access_key, header=True))
        set_(self, "passphrase", _check("passphrase", passphrase, header=True))
        set_(self, "signing_key", _check("signing_key", signing_key, header=False))
        for name, value in (
            ("portfolio_id", portfolio_id),
            ("entity_id", entity_id),
            ("svc_account_id", svc_account_id),
        ):
            if value is not None and not isinstance(value, str):
                raise CredentialsError(f"{name} must be a string or None")
            set_(self, name, str(value) if value else None)

    def __reduce__(self) -> tuple[Any, ...]:
        """Picklable (to a spawned worker, say), rebuilt through the constructor's checks."""
        return (_rebuild, tuple(getattr(self, n) for n in _FIELDS))

    def __repr__(self) -> str:
        # getattr: a crash reporter may show Credentials whose __init__ failed half-way
        ids = "".join(f", {name}={getattr(self, name)!r}" for name in _FIELDS[3:5] if getattr(self, name, None))
        if getattr(self, "svc_account_id", None):
            ids += f", svc_account_id={_mask(self.svc_account_id or '')!r}"
        access_key = _mask(getattr(self, "access_key", ""))
        return f"Credentials(access_key={access_key!r}, passphrase='***', signing_key='***'{ids})"

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Credentials:
        """Read `PRIME_ACCESS_KEY`, `PRIME_PASSPHRASE`, `PRIME_SIGNING_KEY` (with optional
        `PRIME_PORTFOLIO_ID`, `PRIME_ENTITY_ID`, `PRIME_SVC_ACCOUNT_ID`), or else the
        `PRIME_CREDENTIALS` JSON that Coinbase's prime-sdk-py reads: {"accessKey", "passphrase",
        "signingKey", "portfolioId", "entityId", "svcAccountId"}."""
        found = _read_env(os.environ if environ is None else environ)
        del environ  # what a traceback of this frame shows must not include the values in clear
        if found is None:
            raise CredentialsError(
                "no Prime credentials: set PRIME_ACCESS_KEY, PRIME_PASSPHRASE and PRIME_SIGNING_KEY, "
                f"or PRIME_CREDENTIALS as JSON. {NO_ACCOUNT}"
            )
        if isinstance(found, str):
            raise CredentialsError(found)
        values, names, where = found
        missing = [n for n in names[:3] if not values.get(n)]
        if missing:
            raise CredentialsError(f"{', '.join(missing)} not set {where}")
        for field, source in zip(_FIELDS[:3], names, strict=False):  # named as set: "PRIME_PASSPHRASE ends with..."
            _check(source, values[source], header=field != "signing_key")
        return cls(
            values[names[0]],
            values[names[1]],
            values[names[2]],
            portfolio_id=values.get(names[3]) or None,
            entity_id=values.get(names[4]) or None,
            svc_account_id=values.get(names[5]) or None,
        )


# What a newcomer without a Prime account reads when credentials are missing: the simulator's way.
NO_ACCOUNT = (
    "No Prime account? Run against a local simulator: `prime-async sim serve --env > sim.env` in one terminal, "
    "`. ./sim.env` in another"
)
_FIELDS = ("access_key", "passphrase", "signing_key", "portfolio_id", "entity_id", "svc_account_id")
ENV_NAMES = (
    "PRIME_ACCESS_KEY",
    "PRIME_PASSPHRASE",
    "PRIME_SIGNING_KEY",
    "PRIME_PORTFOLIO_ID",
    "PRIME_ENTITY_ID",
    "PRIME_SVC_ACCOUNT_ID",
)
# the keys of Coinbase's PRIME_CREDENTIALS JSON
JSON_NAMES = ("accessKey", "passphrase", "signingKey", "portfolioId", "entityId", "svcAccountId")


def _rebuild(*values: Any) -> Credentials:
    access_key, passphrase, signing_key, portfolio_id, entity_id, svc_account_id = values
    return Credentials(
        access_key,
        passphrase,
        signing_key,
        portfolio_id=portfolio_id,
        entity_id=entity_id,
        svc_account_id=svc_account_id,
    )


def hide(value: Any) -> Any:
    """A string as a `Secret` (masked in a repr, so in the locals a traceback shows); else as is."""
    return Secret(value) if isinstance(value, str) and not isinstance(value, Secret) else value


def _read_env(env: Mapping[str, str]) -> tuple[dict[str, Any], tuple[str, ...], str] | str | None:
    """The credential values found, each secret one masked (so no caller's frame holds them in
    clear), with their names and where they came from; a message when PRIME_CREDENTIALS is
    malformed; None when nothing is set. Never raises: no frame that raises sees the environment."""
    if any(env.get(n) for n in ENV_NAMES[:3]):
        values = {n: env.get(n) for n in ENV_NAMES}
        return (
            {n: hide(v) if n in ENV_NAMES[:3] else v for n, v in values.items()},
            ENV_NAMES,
            "(the other PRIME_* keys are set)",
        )
    raw = env.get("PRIME_CREDENTIALS")
    if not raw:
        return None
    try:
        data = json.loads(raw)
    except (ValueError, RecursionError):
        return "PRIME_CREDENTIALS is not valid JSON"
    if not isinstance(data, dict):
        return "PRIME_CREDENTIALS must be a JSON object"
    values = {n: data.get(n) for n in JSON_NAMES}
    data.clear()
    for name in JSON_NAMES[:3]:
        values[name] = hide(values[name])
    for name in JSON_NAMES[3:]:  # optional ids: a non-string is as good as absent
        values[name] = values[name] if isinstance(values[name], str) else None
    return values, JSON_NAMES, "in PRIME_CREDENTIALS"
