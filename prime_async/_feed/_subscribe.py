"""The signed subscribe and unsubscribe messages.

    prehash   = channel + access_key + api_key_id + timestamp + portfolio_id + "".join(product_ids)
    signature = base64(HMAC-SHA256(key = signing key as UTF-8, msg = prehash))

`timestamp` is unix seconds as a string, the same string in the message and in the prehash; an
absent portfolio contributes "". Each message is signed as it is sent, with the clock read then,
so a reconnect never replays an old timestamp (one of Coinbase's samples signs once at import and
fails every reconnect).

The message carries the passphrase. It is built and sent inside `SubscriptionSigner.send`, which
keeps it in no local variable of its own, and a failed send is raised again without the original
exception, whose traceback frames hold the bytes.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Literal

from .._credentials import Credentials
from .._errors import CredentialsError
from .._signing import Signer
from ._ws_common import ABNORMAL_CLOSURE, WebSocketClosed

if TYPE_CHECKING:
    from ._websocket import WebSocket

__all__ = ["Kind", "SubscriptionSigner", "subscribe_prehash"]

Kind = Literal["subscribe", "unsubscribe"]


def subscribe_prehash(
    channel: str, access_key: str, api_key_id: str, timestamp: str, portfolio_id: str, product_ids: Sequence[str]
) -> str:
    return channel + access_key + api_key_id + timestamp + portfolio_id + "".join(product_ids)


class SubscriptionSigner:
    """Signs and sends (un)subscribe messages for one set of credentials."""

    __slots__ = ("_access_key", "_api_key_id", "_clock", "_passphrase", "_signer")

    def __init__(self, credentials: Credentials, clock: Callable[[], float]) -> None:
        if not credentials.svc_account_id:
            raise CredentialsError(
                "the WebSocket feed needs the API key's service account id: set PRIME_SVC_ACCOUNT_ID, "
                "svcAccountId in PRIME_CREDENTIALS, or Credentials(svc_account_id=...)"
            )
        self._signer = Signer(credentials.signing_key)
        self._access_key = credentials.access_key
        self._api_key_id = credentials.svc_account_id
        self._passphrase = credentials.passphrase
        self._clock = clock

    def __repr__(self) -> str:
        return "<SubscriptionSigner>"

    def _message(self, kind: Kind, channel: str, product_ids: Sequence[str], portfolio_id: str) -> str:
        timestamp = str(int(self._clock()))
        prehash = subscribe_prehash(channel, self._access_key, self._api_key_id, timestamp, portfolio_id, product_ids)
        # Signer signs timestamp + method + path; the feed's prehash is one string, passed whole
        signature = self._signer.sign(prehash, "", "")
        return json.dumps(
            {
                "type": kind,
                "channel": channel,
                "access_key": self._access_key,
                "api_key_id": self._api_key_id,
                "timestamp": timestamp,
                "passphrase": self._passphrase,
                "signature": signature,
                "portfolio_id": portfolio_id,
                "product_ids": list(product_ids),
            },
            separators=(",", ":"),
        )

    async def send(
        self, ws: WebSocket, kind: Kind, channel: str, product_ids: Sequence[str], portfolio_id: str = ""
    ) -> None:
        """Sign and send one message; a broken connection raises `WebSocketClosed`."""
        failed = False
        try:
            await ws.send(self._message(kind, channel, product_ids, portfolio_id))
        except Exception:  # not BaseException: cancellation passes through as itself
            failed = True
        if failed:  # raised here, outside the except block: the original (and its frames) is dropped
            raise WebSocketClosed(ABNORMAL_CLOSURE, f"connection lost while sending {kind} {channel}")
