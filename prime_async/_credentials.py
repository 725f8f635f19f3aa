"""API credentials, kept out of every repr, log line and exception."""

from __future__ import annotations

import json
import os
from collections.abc import Mapping

import attrs

from ._errors import CredentialsError

__all__ = ["Credentials"]


def _mask(value: str) -> str:
    return value[:4] + "…" if len(value) > 8 else "…"


@attrs.frozen(repr=False)
class Credentials:
    """An access key with its passphrase and signing key, and the optional default ids that
    Coinbase's `PRIME_CREDENTIALS` JSON may carry."""

    access_key: str
    passphrase: str
    signing_key: str
    portfolio_id: str | None = None
    entity_id: str | None = None

    def __attrs_post_init__(self) -> None:
        for name in ("access_key", "passphrase", "signing_key"):
            value = getattr(self, name)
            if not isinstance(value, str) or not value:
                raise CredentialsError(f"{name} must be a non-empty string")

    def __repr__(self) -> str:
        ids = "".join(
            f", {name}={getattr(self, name)!r}" for name in ("portfolio_id", "entity_id") if getattr(self, name)
        )
        return f"Credentials(access_key={_mask(self.access_key)!r}, passphrase='***', signing_key='***'{ids})"

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Credentials:
        """Read `PRIME_ACCESS_KEY`, `PRIME_PASSPHRASE`, `PRIME_SIGNING_KEY` (with optional
        `PRIME_PORTFOLIO_ID`, `PRIME_ENTITY_ID`), or else the `PRIME_CREDENTIALS` JSON that
        Coinbase's prime-sdk-py reads: {"accessKey", "passphrase", "signingKey", "portfolioId",
        "entityId"}."""
        env = os.environ if environ is None else environ
        names = ("PRIME_ACCESS_KEY", "PRIME_PASSPHRASE", "PRIME_SIGNING_KEY")
        if any(env.get(n) for n in names):
            missing = [n for n in names if not env.get(n)]
            if missing:
                raise CredentialsError(f"{', '.join(missing)} not set (the other PRIME_* keys are)")
            return cls(
                env["PRIME_ACCESS_KEY"],
                env["PRIME_PASSPHRASE"],
                env["PRIME_SIGNING_KEY"],
                portfolio_id=env.get("PRIME_PORTFOLIO_ID") or None,
                entity_id=env.get("PRIME_ENTITY_ID") or None,
            )
        raw = env.get("PRIME_CREDENTIALS")
        if not raw:
            raise CredentialsError(
                "no Prime credentials: set PRIME_ACCESS_KEY, PRIME_PASSPHRASE and PRIME_SIGNING_KEY, "
                "or PRIME_CREDENTIALS as JSON"
            )
        try:
            data = json.loads(raw)
        except ValueError:
            raise CredentialsError("PRIME_CREDENTIALS is not valid JSON") from None
        if not isinstance(data, dict):
            raise CredentialsError("PRIME_CREDENTIALS must be a JSON object")
        missing = [k for k in ("accessKey", "passphrase", "signingKey") if not data.get(k)]
        if missing:
            raise CredentialsError(f"PRIME_CREDENTIALS lacks {', '.join(missing)}")
        return cls(
            data["accessKey"],
            data["passphrase"],
            data["signingKey"],
            portfolio_id=data.get("portfolioId") or None,
            entity_id=data.get("entityId") or None,
        )
