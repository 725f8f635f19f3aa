"""The state every copy of one client shares (see `PrimeClient.with_options`): whether it is closed,
whether its connections may be used in the process it is in now, and the calls whose outcome is
unknown."""

from __future__ import annotations

import attrs

from ._unresolved import UnresolvedRequests
from .transports._common import fork_generation

__all__ = ["Lifecycle"]


@attrs.define
class Lifecycle:
    """What every copy of one client (see `with_options`) shares: whether it is closed, whether
    its connections may be used in the process it is in, and the calls whose outcome is unknown."""

    closed: bool = False
    generation: int = attrs.Factory(fork_generation)
    fork_safe: bool = True  # the transport gives a forked child fresh connections by itself
    unresolved: UnresolvedRequests = attrs.Factory(UnresolvedRequests)  # client.unresolved
