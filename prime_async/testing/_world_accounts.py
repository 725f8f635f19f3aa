"""The entity's accounts in the simulated world: its bank payment methods, each portfolio's
counterparty id (what another Prime client names it by in an address book or a blind-match
transfer), and a pending rotation of its API key. Rules and views: `_handlers_entity.py`."""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from .. import models as m

if TYPE_CHECKING:
    from ._world import World

__all__ = ["Accounts", "PaymentMethod"]

_BANKS = (
    ("USD", m.PaymentMethodType.METHOD_WIRE, "Simulated National Bank", "SIMBUS33"),
    ("USD", m.PaymentMethodType.METHOD_SWIFT, "Simulated International Bank", "SIMIGB2L"),
    ("USDC", m.PaymentMethodType.METHOD_WIRE, "Simulated Trust Company", "SIMTUS44"),
)


@attrs.frozen
class PaymentMethod:
    """A bank account the entity can pay in from or out to (the account number is the secret part)."""

    id: str
    symbol: str
    type: m.PaymentMethodType
    bank_name: str
    bank_code: str
    account_number: str

    def summary(self) -> m.PaymentMethodSummary:
        """The list view masks the account number, as bank statements do (inferred)."""
        return m.PaymentMethodSummary(
            id=self.id,
            symbol=self.symbol,
            payment_method_type=self.type,
            bank_name=self.bank_name,
            account_number="****" + self.account_number[-4:],
        )

    def details(self) -> m.PaymentMethodDetails:
        return m.PaymentMethodDetails(
            id=self.id,
            symbol=self.symbol,
            payment_method_type=self.type,
            name=f"{self.bank_name} {self.symbol}",
            account_number=self.account_number,
            bank_code=self.bank_code,
        )


@attrs.define
class Accounts:
    """The entity's account-level state: its payment methods, each portfolio's counterparty id, and
    a pending API key rotation."""

    payment_methods: dict[str, PaymentMethod]
    counterparty_ids: dict[str, str]  # portfolio id -> counterparty id ("CB" and 8 digits, as Prime's)
    pending_key_rotation: str | None = None  # the activity of a rotation awaiting its approvals

    @classmethod
    def seeded(cls, world: World) -> Accounts:
        rng = world.rng
        methods = {}
        for symbol, kind, bank, code in _BANKS:
            method = PaymentMethod(world.new_id(), symbol, kind, bank, code, f"{rng.randrange(10**11, 10**12)}")
            methods[method.id] = method
        counterparties = {pid: f"CB{rng.randrange(10**7, 10**8)}" for pid in world.portfolios}
        return cls(methods, counterparties)
