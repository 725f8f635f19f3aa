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

__all__ = ["Credentials", "Secret", "checked_id", "hide", "hide_in_place"]


class Secret(str):
    """A string that never shows itself in a repr (f"{s!r}", containers, frame locals)."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "'***'"


class _NotAString:
    """What stands for a credential given as something other than a string (a JSON list, a
    number): only its type's name is kept, so no frame holds the value itself, and the
    constructor refuses it saying what type it was."""

    __slots__ = ("kind",)

    def __init__(self, value: object) -> None:
        self.kind = type(value).__name__

    def __repr__(self) -> str:
        return f"<a {self.kind}, not shown>"


# Bounds on what a credential may be: Prime's passphrases and keys are tens of characters; a value
# of megabytes is a mistake (a file's contents), and would be copied into every request's headers.
MAX_CREDENTIAL_LENGTH = 1024
MAX_ID_LENGTH = 256


def _mask(value: str) -> str:
    return value[:4] + "…" if len(value) > 8 else "…"


def _problem(value: object) -> str | None:
    """What is wrong with a credential value, in words that do not repeat it; None if nothing."""
    if isinstance(value, _NotAString):
        return f"must be a string, not {value.kind}"
    if not isinstance(value, str):
        return f"must be a string, not {type(value).__name__}"
    if not value:
        return "must be a non-empty string"
    if len(value) > MAX_CREDENTIAL_LENGTH:
        return f"is {len(value):,} characters long; at most {MAX_CREDENTIAL_LENGTH:,}"
    if value != value.strip():
        if value.rstrip(" \t") != value.rstrip():
            return "ends with a line break (a .env file saved with CRLF line endings?); strip it"
        return "has leading or trailing whitespace; strip it"
    if any(ord(c) < 0x20 or ord(c) == 0x7F for c in value):
        return "contains a control character"
    if not value.isprintable():  # a zero-width space, U+2028, a BOM: invisible where it was copied from
        where = next(i for i, c in enumerate(value) if not c.isprintable())
        return f"contains an invisible character (U+{ord(value[where]):04X} at position {where})"
    return None


def checked_id(name: str, value: object, error: type[ValueError] = CredentialsError) -> str | None:
    """A portfolio, entity or service account id: a printable string without surrounding
    whitespace (it goes into a URL's path, or a subscribe message), or None for none."""
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise error(f"{name} must be a string or None, not {type(value).__name__}")
    if len(value) > MAX_ID_LENGTH:
        raise error(f"{name} is {len(value):,} characters long; at most {MAX_ID_LENGTH:,}")
    if not value.isprintable() or value != value.strip():
        raise error(
            f"{name} {value[:40]!r} has a line break, a control or invisible character, or surrounding whitespace"
        )
    return str(value)


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

    Values are checked here, once: a trailing line break, surrounding whitespace, a control or
    invisible character, more than 1,024 characters, or (for what goes into a header) a
    non-ASCII character raise `CredentialsError`; so does an id with a line break. To change a
    field, `credentials.replace(passphrase=...)`: checked the same way, the new value masked
    before anything can fail (`attrs.evolve` works too, but its own frame holds the new value in
    clear should the check fail).
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
            set_(self, name, checked_id(name, value))

    def replace(self, **changes: Any) -> Credentials:
        """These credentials with some fields changed (`access_key`, `passphrase`, `signing_key`,
        `portfolio_id`, `entity_id`, `svc_account_id`), checked as by the constructor.

        Use this rather than `attrs.evolve`: the new passphrase or signing key is masked before
        anything else runs, so no frame (here, or attrs' own) holds it in clear if the check
        fails and a crash reporter captures the locals."""
        hide_in_place(changes)  # the dict this frame holds is the one masked
        unknown = sorted(set(changes) - set(_FIELDS))
        if unknown:
            raise TypeError(f"Credentials.replace() got unknown field(s): {', '.join(unknown)}")
        values = {name: changes[name] if name in changes else getattr(self, name) for name in _FIELDS}
        changes.clear()
        return _rebuild(*values.values())

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
_SECRET_FIELDS = ("passphrase", "signing_key")
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


def hide_in_place(options: Any) -> None:
    """A dict of keyword arguments with its `passphrase` and `signing_key` masked (see `hide`),
    in place: the first line of a function taking `**options`, whose frame holds that dict."""
    for name in _SECRET_FIELDS:
        if name in options:
            options[name] = hide(options[name])


def hide(value: Any) -> Any:
    """A credential as a `Secret` (masked in a repr, so in the locals a traceback shows); one that
    is not a string (a JSON list, a number...) as a stand-in that keeps only its type, to be
    refused by the constructor; None, or a `Secret`, as is."""
    if value is None or isinstance(value, Secret):
        return value
    return Secret(value) if isinstance(value, str) else _NotAString(value)


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
    del data
    return values, JSON_NAMES, "in PRIME_CREDENTIALS"
