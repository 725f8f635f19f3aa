"""A local, stateful Coinbase Prime for tests and demos, and helpers for users' own tests.

from prime_async.testing import PrimeSimulator

sim = PrimeSimulator(portfolios=20, seed=1)
async with sim.client() as client:                 # in-process, no sockets
    portfolios = await client.portfolios.list_portfolios()

async with sim.serve() as server:                  # real HTTP on 127.0.0.1
    async with PrimeClient(credentials=sim.credentials, base_url=server.url) as client:
        ...
"""

from ._faults import Faults
from ._limits import ServerLimits
from ._simulator import PrimeSimulator
from .samples import sample_json, sample_value

__all__ = ["Faults", "PrimeSimulator", "ServerLimits", "sample_json", "sample_value"]
