"""One call's progress across its attempts, which the pipeline, the errors it ends with, its
reports and tracing all read; and the exception an attempt without a usable response ends with."""

from __future__ import annotations

import attrs
import httpx

from ._auth import AttemptSigner
from ._call_options import CallOptions

__all__ = ["AttemptFailed", "CallState"]


@attrs.define
class CallState:
    """One call's progress, for the error that ends it (or the raw response)."""

    attempts: int = 0
    request: httpx.Request | None = None
    signer: AttemptSigner | None = None  # the last attempt's: a masked copy of its request shows what it signed
    elapsed: float = 0.0  # of the last attempt
    options: CallOptions | None = None
    # what left the outcome of an attempt unknown (it may have reached the server and no answer
    # settled it), sticky for the call: "ReadError", "HTTP 503", "in flight when cancelled"
    unknown: str | None = None
    past_deadline: bool = False
    # what the next RequestEvent says of the waits before its attempt (see _attempts, _back_off)
    rate_limit_wait: float = 0.0
    retry_after_wait: float = 0.0
    id: int = 0  # RequestEvent.call_id, drawn when the first event of the call is made
    first_attempt_at: float = 0.0  # time.time() as the first attempt began: a duplicate lookup's window


class AttemptFailed(Exception):
    """An attempt that got no usable response: `error` is the transport's failure."""

    def __init__(self, error: Exception) -> None:
        self.error = error
