"""API credentials, kept out of every repr, log line and exception."""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from typing import Any

import attrs

from ._errors import CredentialsError

__all__ = ["Credentials"]


def _mask(value: str) -> str:
    return value[:4] + "…" if len(value) > 8 else "…"


@attrs.frozen(repr=False)
class Credentials:
    """An access key with its passphrase and signing key, and the optional default ids that
    Coinbase's `PRIME_CREDENTIALS` JSON may carry. `svc_account_id` is the key's service account
    id: the WebSocket feed's subscribe messages carry it as `api_key_id`."""

    access_key: str
    passphrase: str
    signing_key: str
    portfolio_id: str | None = None
    entity_id: str | None = None
    svc_account_id: str | None = None

    def __attrs_post_init__(self) -> None:
        for name in ("access_key", "passphrase", "signing_key"):
            value = getattr(self, name)
            if not isinstance(value, str) or not value:
                raise CredentialsError(f"{name} must be a non-empty string")

    def __repr__(self) -> str:
        ids = "".join(
            f", {name}={getattr(self, name)!r}" for name in ("portfolio_id", "entity_id") if getattr(self, name)
        )
        svc = f", svc_account_id={_mask(self.svc_account_id)!r}" if self.svc_account_id else ""
        return f"Credentials(access_key={_mask(self.access_key)!r}, passphrase='***', signing_key='***'{ids}{svc})"

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Credentials:
        """Read `PRIME_ACCESS_KEY`, `PRIME_PASSPHRASE`, `PRIME_SIGNING_KEY` (with optional
        `PRIME_PORTFOLIO_ID`, `PRIME_ENTITY_ID`, `PRIME_SVC_ACCOUNT_ID`), or else the
        `PRIME_CREDENTIALS` JSON that Coinbase's prime-sdk-py reads: {"accessKey", "passphrase",
        "signingKey", "portfolioId", "entityId", "svcAccountId"}."""
        env = os.environ if environ is None else environ
        if any(env.get(n) for n in ENV_NAMES[:3]):
            return cls._from(env, ENV_NAMES, "(the other PRIME_* keys are set)")
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
        return cls._from(data, JSON_NAMES, "in PRIME_CREDENTIALS")

    @classmethod
    def _from(cls, values: Mapping[str, Any], names: tuple[str, ...], where: str) -> Credentials:
        """From the names (key, passphrase, signing key, portfolio, entity, service account) in `values`."""
        missing = [n for n in names[:3] if not values.get(n)]
        if missing:
            raise CredentialsError(f"{', '.join(missing)} not set {where}")
        access_key, passphrase, signing_key = (str(values[n]) for n in names[:3])
        portfolio_id, entity_id, svc_account_id = (values.get(n) or None for n in names[3:])
        return cls(
            access_key,
            passphrase,
            signing_key,
            portfolio_id=portfolio_id,
            entity_id=entity_id,
            svc_account_id=svc_account_id,
        )


ENV_NAMES = (
    "PRIME_ACCESS_KEY", "PRIME_PASSPHRASE", "PRIME_SIGNING_KEY", "PRIME_PORTFOLIO_ID", "PRIME_ENTITY_ID",
    "PRIME_SVC_ACCOUNT_ID",
)  # fmt: skip
# the keys of Coinbase's PRIME_CREDENTIALS JSON
JSON_NAMES = ("accessKey", "passphrase", "signingKey", "portfolioId", "entityId", "svcAccountId")
