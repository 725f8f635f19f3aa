"""A local, stateful Coinbase Prime for tests and demos, and helpers for users' own tests.

from prime_async.testing import PrimeSimulator

sim = PrimeSimulator(portfolios=20, seed=1)
async with sim.client() as client:                 # in-process, no sockets
    portfolios = await client.portfolios.list_portfolios()

async with sim.serve() as server:                  # real HTTP on 127.0.0.1
    async with PrimeClient(credentials=sim.credentials, base_url=server.url) as client:
        ...
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._faults import Faults
    from ._limits import ServerLimits
    from ._simulator import PrimeSimulator
    from .samples import sample_json, sample_value

__all__ = ["Faults", "PrimeSimulator", "ServerLimits", "sample_json", "sample_value"]

# Each name is loaded on first use (PEP 562): the simulator takes ~0.25 s to import (the models),
# and `prime-async sim serve --help` needs only ServerLimits and the feed's defaults.
_MODULES = {
    "Faults": "._faults",
    "ServerLimits": "._limits",
    "PrimeSimulator": "._simulator",
    "sample_json": ".samples",
    "sample_value": ".samples",
}


def __getattr__(name: str) -> Any:
    if name not in _MODULES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(_MODULES[name], __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
