"""The simulator's state: an entity with portfolios, wallets, balances, products, orders, fills,
transactions and activities, and the business rules that change them; the other domains' state
(allocations, custody, financing, futures, the entity's accounts) in its sub-states, one module
each (`_world_<domain>.py`).

Records are the generated response models themselves, updated with `attrs.evolve`, so what the
simulator serves always has the spec's shape. Everything is seeded: the same seed gives the same
world. No HTTP here; see `_simulator.py`.
"""

from __future__ import annotations

import bisect
import heapq
import math
import random
import time
import uuid
from collections import defaultdict
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from decimal import ROUND_DOWN, Decimal
from typing import Any

import attrs

from .. import models as m
from .._generated.errors import SUBCODES
from ._world_accounts import Accounts
from ._world_allocations import Allocations
from ._world_custody import Custody
from ._world_financing import Financing
from ._world_futures import Futures

__all__ = ["OrderRequest", "SimError", "World", "record_id"]

CRYPTO_PRICES = {
    "BTC": Decimal("60000"), "ETH": Decimal("3000"), "SOL": Decimal("150"), "AVAX": Decimal("35"),
    "LINK": Decimal("15"), "DOT": Decimal("7"), "ADA": Decimal("0.45"), "LTC": Decimal("80"),
    "UNI": Decimal("9"), "AAVE": Decimal("95"), "XRP": Decimal("0.55"), "ATOM": Decimal("8"),
}  # fmt: skip
FIAT = ("USD", "USDC")
# asset -> (its name, its networks (the first its default), whether a destination tag or memo is needed)
ASSETS = {
    "BTC": ("Bitcoin", ("bitcoin",), False),
    "ETH": ("Ethereum", ("ethereum", "base"), False),
    "SOL": ("Solana", ("solana",), False),
    "AVAX": ("Avalanche", ("avacchain",), False),
    "LINK": ("Chainlink", ("ethereum",), False),
    "DOT": ("Polkadot", ("polkadot",), False),
    "ADA": ("Cardano", ("cardano",), False),
    "LTC": ("Litecoin", ("litecoin",), False),
    "UNI": ("Uniswap", ("ethereum",), False),
    "AAVE": ("Aave", ("ethereum",), False),
    "XRP": ("XRP", ("ripple",), True),
    "ATOM": ("Cosmos", ("cosmos",), True),
    "USDC": ("USD Coin", ("ethereum", "base", "solana"), False),
    "USD": ("US Dollar", (), False),
}
STAKEABLE = ("ETH", "SOL", "ATOM", "DOT", "ADA")
VAULT_SYMBOLS = ("BTC", "ETH", "SOL")
COMMISSION_RATE = Decimal("0.001")
CENT = Decimal("0.01")
SATOSHI = Decimal("0.00000001")


class SimError(Exception):
    """An error the simulator answers with: HTTP status, Prime's `message` and, where the world
    knows it, the catalog's `subcode` (`ORDER_NOT_FOUND`, ...; spec/prime-errors.yaml), whose
    status it must be. Without a subcode, `field` names the request field at fault (`missing`:
    it was left out), so that the answer can carry the catalog's subcode for that field
    (`ORDER_SIDE_REQUIRED`), and `precondition` says the request was fine but the state of
    things refuses it (not enough money): the operation's `..._FAILED_PRECONDITION`. See
    `_failures.py`."""

    def __init__(
        self,
        status: int,
        message: str,
        *,
        subcode: str | None = None,
        field: str | None = None,
        missing: bool = False,
        precondition: bool = False,
    ) -> None:
        super().__init__(message)
        if subcode is not None:
            info = SUBCODES.get(subcode)
            assert info is not None, f"{subcode} is not in Prime's error catalog"
            assert info.status == status, f"{subcode} is a {info.status} in the catalog, not a {status}"
        self.status = status
        self.message = message
        self.subcode = subcode
        self.field = field
        self.missing = missing
        self.precondition = precondition


def record_id(record: Any) -> str:
    """The id of a record the world created (always set; the models make every field optional)."""
    assert record.id is not None
    return str(record.id)


def _q(value: Decimal, step: Decimal) -> Decimal:
    return value.quantize(step, rounding=ROUND_DOWN)


@attrs.frozen
class OrderRequest:
    """The fields `World.create_order` reads: a CreateOrderRequest, or an order the simulator
    places itself (accepted quotes, the seeded resting orders)."""

    product_id: str
    side: str
    type: str
    client_order_id: str
    base_quantity: Decimal | None = None
    quote_value: Decimal | None = None
    limit_price: Decimal | None = None
    time_in_force: str | None = None
    expiry_time: datetime | None = None
    stop_price: Decimal | None = None
    post_only: bool | None = None


@attrs.define
class RestingOrders:
    """Resting limit orders of one product: buys highest first, sells lowest first."""

    buys: list[tuple[Decimal, int, str]] = attrs.Factory(list)  # (-limit, seq, order id)
    sells: list[tuple[Decimal, int, str]] = attrs.Factory(list)  # (limit, seq, order id)


class World:
    """The simulated entity's whole state, seeded and deterministic: portfolios, wallets, balances,


    products and prices, orders and their resting books, fills, transactions, activities, and the


    sub-states of the other domains. The handlers read and change it; nothing here speaks HTTP."""

    def __init__(self, *, seed: int = 0, portfolios: int = 5, clock: Callable[[], float] = time.time) -> None:
        self.rng = random.Random(seed)
        self.clock = clock
        self.started = datetime.fromtimestamp(clock(), UTC).replace(microsecond=0)
        self.tick = 0
        self.seq = 0
        self.entity_id = self.new_id()
        self.organization_id = self.new_id()
        self.entity_name = "Simulated Prime Entity"
        self.products = self._make_products()
        self.portfolios: dict[str, m.Portfolio] = {}
        self.wallets: dict[str, m.Wallet] = {}
        self.wallet_owner: dict[str, str] = {}  # wallet id -> portfolio id
        self.wallets_of: dict[str, list[str]] = defaultdict(list)  # portfolio id -> wallet ids
        self.balance: dict[str, Decimal] = defaultdict(Decimal)  # wallet id -> amount
        self.bonded: dict[str, Decimal] = defaultdict(Decimal)  # wallet id -> staked amount
        self.holds: dict[tuple[str, str], Decimal] = defaultdict(Decimal)  # (portfolio, symbol) -> held
        self.orders: dict[str, m.Order] = {}
        self.orders_of: dict[str, list[str]] = defaultdict(list)
        self.order_hold: dict[str, tuple[str, Decimal]] = {}  # order id -> (symbol, amount held)
        self.books: dict[str, RestingOrders] = defaultdict(RestingOrders)
        self.fills_of: dict[str, list[m.Fill]] = defaultdict(list)  # portfolio id -> fills
        self.fills_of_order: dict[str, list[m.Fill]] = defaultdict(list)
        self.transactions: dict[str, m.Transaction] = {}
        self.transactions_of: dict[str, list[str]] = defaultdict(list)  # portfolio id -> ids
        self.transactions_of_wallet: dict[str, list[str]] = defaultdict(list)
        self.activities: dict[str, m.Activity] = {}
        self.activities_of: dict[str, list[str]] = defaultdict(list)  # portfolio id -> ids
        self.activity_portfolio: dict[str, str] = {}
        self.quotes: dict[str, tuple[str, m.QuoteResponse, Any]] = {}  # quote id -> (portfolio, quote, request)
        # called with each order as it is created or changes (the WebSocket feed's orders channel)
        self.order_listeners: list[Callable[[m.Order], None]] = []
        self.users = [self._make_user(i) for i in range(24)]
        for i in range(portfolios):
            self._make_portfolio(i)
        self._due: list[tuple[datetime, int, Callable[[], None]]] = []  # what happens later: see at()
        # the other domains, seeded from a random stream of their own, so that the core world
        # above (and every id, key and price drawn after it) is what it was before they existed
        core_rng, self.rng = self.rng, random.Random(f"{seed}/domains")
        try:
            self.allocations = Allocations()
            self.accounts = Accounts.seeded(self)
            self.custody = Custody.seeded(self)
            self.financing = Financing.seeded(self)
            self.futures = Futures.seeded(self)
        finally:
            self.rng = core_rng

    # -- ids, time, prices --------------------------------------------------------------------

    def new_id(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def now(self) -> datetime:
        return datetime.fromtimestamp(self.clock(), UTC)

    def next_seq(self) -> int:
        self.seq += 1
        return self.seq

    def at(self, when: datetime, action: Callable[[], None]) -> None:
        """Run `action` once the clock reaches `when` (a scheduled sweep, a transfer's settlement),
        before the first request answered from then on (see `settle`)."""
        heapq.heappush(self._due, (when, self.next_seq(), action))

    def settle(self) -> None:
        """Run what is due: every handler calls this first, so a request sees the world as of now."""
        now = self.now()
        while self._due and self._due[0][0] <= now:
            heapq.heappop(self._due)[2]()

    def advance(self) -> None:
        """One step of simulated market time: prices move, crossing limit orders fill."""
        self.tick += 1
        for product_id in list(self.books):
            self._match(product_id)

    def price(self, product_id: str, tick: int | None = None) -> Decimal:
        base, quote = product_id.split("-")
        t = self.tick if tick is None else tick
        phase = sum(map(ord, base)) % 17
        drift = Decimal(str(round(1 + 0.02 * math.sin(t / 40 + phase) + 0.005 * math.sin(t / 7 + phase), 6)))
        if quote == "BTC":
            value = CRYPTO_PRICES[base] / CRYPTO_PRICES["BTC"] * drift
            return _q(value, SATOSHI)
        if base == "USDC":
            return Decimal("1.00")
        return _q(CRYPTO_PRICES[base] * drift, CENT)

    # -- construction ------------------------------------------------------------------------

    def _make_products(self) -> dict[str, m.Product]:
        ids = [f"{s}-USD" for s in CRYPTO_PRICES] + ["ETH-BTC", "SOL-BTC", "USDC-USD"]
        products = {}
        for pid in ids:
            quote = pid.split("-")[1]
            products[pid] = m.Product(
                id=pid,
                base_increment=SATOSHI,
                quote_increment=SATOSHI if quote == "BTC" else CENT,
                base_min_size=Decimal("0.00001"),
                quote_min_size=Decimal("1") if quote != "BTC" else Decimal("0.0001"),
                base_max_size=Decimal("10000"),
                quote_max_size=Decimal("10000000"),
                price_increment=SATOSHI if quote == "BTC" else CENT,
                permissions=[
                    m.ProductPermissions.PRODUCT_PERMISSION_READ,
                    m.ProductPermissions.PRODUCT_PERMISSION_TRADE,
                ],
                product_type=m.ProductType.SPOT,
            )
        return products

    def _make_user(self, i: int) -> m.EntityUser:
        roles = [role for role in m.UserRole if role.value]  # never UNSPECIFIED
        return m.EntityUser(
            id=self.new_id(),
            name=f"Sim User {i:02d}",
            email=f"user{i:02d}@sim.example",
            entity_id=self.entity_id,
            role=roles[i % len(roles)],
            roles=[roles[i % len(roles)]],
            secondary_permissions=[],
        )

    def _make_portfolio(self, i: int) -> None:
        pid = self.new_id()
        self.portfolios[pid] = m.Portfolio(
            id=pid,
            name=f"Portfolio {i:03d}",
            entity_id=self.entity_id,
            organization_id=self.organization_id,
            entity_name=self.entity_name,
        )
        funding = {"USD": Decimal(1_000_000 + 1000 * i), "USDC": Decimal(250_000)}
        for symbol, price in CRYPTO_PRICES.items():
            funding[symbol] = _q(Decimal(20_000) / price * (1 + Decimal(self.rng.randint(0, 100)) / 100), SATOSHI)
        for symbol, amount in funding.items():
            wallet = self.add_wallet(pid, symbol, m.WalletType.TRADING, f"{symbol} Trading", at=self.started)
            self.deposit(pid, record_id(wallet), amount, at=self.started - timedelta(days=30, minutes=i))
        for symbol in VAULT_SYMBOLS:
            wallet = self.add_wallet(pid, symbol, m.WalletType.VAULT, f"{symbol} Vault", at=self.started)
            self.deposit(
                pid,
                record_id(wallet),
                _q(Decimal(100_000) / CRYPTO_PRICES[symbol], SATOSHI),
                at=self.started - timedelta(days=29),
            )
        # some trading history, so fills and orders have something to page through
        for k in range(12):
            product_id = list(self.products)[k % 5]
            side = m.OrderSide.BUY if k % 2 == 0 else m.OrderSide.SELL
            at = self.started - timedelta(days=20 - k, hours=k)
            qty = _q(Decimal(500) / CRYPTO_PRICES[product_id.split("-")[0]], Decimal("0.0001"))
            order = self._new_order(pid, product_id, side, m.OrderType.MARKET, qty, None, None, self.new_id(), at)
            self._fill(order, qty, self.price(product_id, tick=-k * 13), at)
        # and two bids resting well below the market
        for product_id in ("BTC-USD", "ETH-USD"):
            limit = _q(self.price(product_id) / 2, CENT)
            qty = _q(Decimal(200) / limit, Decimal("0.0001"))
            self.create_order(pid, OrderRequest(product_id, "BUY", "LIMIT", self.new_id(), qty, limit_price=limit))

    def add_wallet(
        self, portfolio_id: str, symbol: str, wallet_type: m.WalletType | str, name: str, *, at: datetime | None = None
    ) -> m.Wallet:
        wallet = m.Wallet(
            id=self.new_id(),
            name=name,
            symbol=symbol,
            type=m.WalletType(wallet_type),
            created_at=at or self.now(),
            address="" if symbol in FIAT else "0x" + uuid.UUID(int=self.rng.getrandbits(128)).hex,
            visibility=m.WalletVisibility.WALLET_VISIBILITY_VISIBLE,
        )
        self.wallets[record_id(wallet)] = wallet
        self.wallet_owner[record_id(wallet)] = portfolio_id
        self.wallets_of[portfolio_id].append(record_id(wallet))
        return wallet

    def deposit(self, portfolio_id: str, wallet_id: str, amount: Decimal, *, at: datetime) -> None:
        self.balance[wallet_id] += amount
        wallet = self.wallets[wallet_id]
        self.record_transaction(
            portfolio_id,
            wallet_id,
            m.TransactionType.DEPOSIT,
            wallet.symbol or "",
            amount,
            at=at,
            transfer_from=m.TransferLocation(type=m.TransferLocationType.ADDRESS, value="external"),
            transfer_to=m.TransferLocation(type=m.TransferLocationType.WALLET, value=wallet_id),
        )

    # -- lookups -----------------------------------------------------------------------------

    def portfolio(self, portfolio_id: str) -> m.Portfolio:
        try:
            return self.portfolios[portfolio_id]
        except KeyError:
            raise SimError(404, f"portfolio {portfolio_id} not found", subcode="PORTFOLIO_NOT_FOUND") from None

    def check_entity(self, entity_id: str) -> None:
        if entity_id != self.entity_id:
            raise SimError(404, f"entity {entity_id} not found", subcode="ENTITY_NOT_FOUND")

    def wallet(self, portfolio_id: str, wallet_id: str) -> m.Wallet:
        self.portfolio(portfolio_id)
        if self.wallet_owner.get(wallet_id) != portfolio_id:
            raise SimError(404, f"wallet {wallet_id} not found in portfolio {portfolio_id}", subcode="WALLET_NOT_FOUND")
        return self.wallets[wallet_id]

    def order(self, portfolio_id: str, order_id: str) -> m.Order:
        self.portfolio(portfolio_id)
        order = self.orders.get(order_id)
        if order is None or order.portfolio_id != portfolio_id:
            raise SimError(404, f"order {order_id} not found", subcode="ORDER_NOT_FOUND")
        return order

    def transaction(self, portfolio_id: str, transaction_id: str) -> m.Transaction:
        self.portfolio(portfolio_id)
        tx = self.transactions.get(transaction_id)
        if tx is None or tx.portfolio_id != portfolio_id:
            raise SimError(404, f"transaction {transaction_id} not found", subcode="TRANSACTION_NOT_FOUND")
        return tx

    def activity(self, activity_id: str, portfolio_id: str | None = None) -> m.Activity:
        """An activity of the entity, or of one portfolio when `portfolio_id` is given."""
        activity = self.activities.get(activity_id)
        if portfolio_id is not None:
            self.portfolio(portfolio_id)
            if activity is not None and self.activity_portfolio.get(activity_id) != portfolio_id:
                activity = None
        if activity is None:
            raise SimError(404, f"activity {activity_id} not found", subcode="ACTIVITY_NOT_FOUND")
        return activity

    def trading_wallet(self, portfolio_id: str, symbol: str) -> str:
        for wid in self.wallets_of[portfolio_id]:
            w = self.wallets[wid]
            if w.symbol == symbol and w.type == m.WalletType.TRADING:
                return wid
        raise SimError(400, f"portfolio has no {symbol} trading wallet", precondition=True)

    def available(self, portfolio_id: str, symbol: str) -> Decimal:
        return self.balance[self.trading_wallet(portfolio_id, symbol)] - self.holds[(portfolio_id, symbol)]

    def balances(self, portfolio_id: str, wallet_type: m.WalletType | None) -> list[m.Balance]:
        totals: dict[str, Decimal] = defaultdict(Decimal)
        for wid in self.wallets_of[portfolio_id]:
            w = self.wallets[wid]
            if wallet_type is None or w.type == wallet_type:
                totals[w.symbol or ""] += self.balance[wid]
        out = []
        for symbol, amount in sorted(totals.items()):
            holds = self.holds[(portfolio_id, symbol)] if wallet_type != m.WalletType.VAULT else Decimal(0)
            out.append(self.balance_model(symbol, amount, holds))
        return out

    def usd_price(self, symbol: str) -> Decimal:
        """What one unit of an asset is worth in USD; 0 for an asset the world does not price (a
        wallet of it is worth nothing). A priced asset is never 0: its drift keeps it near its list
        price, at least 0.43 USD."""
        if symbol in FIAT:
            return Decimal(1)
        return self.price(f"{symbol}-USD") if symbol in CRYPTO_PRICES else Decimal(0)

    def balance_model(self, symbol: str, amount: Decimal, holds: Decimal, bonded: Decimal = Decimal(0)) -> m.Balance:
        usd = self.usd_price(symbol)
        return m.Balance(
            symbol=symbol.lower(),
            amount=amount,
            holds=holds,
            bonded_amount=bonded,
            withdrawable_amount=amount - holds,
            fiat_amount=_q(amount * usd, CENT),
        )

    # -- orders ------------------------------------------------------------------------------

    def market_quote(self, portfolio_id: str, req: Any) -> tuple[Decimal, Decimal]:
        """Price and base quantity of an order-shaped request (a preview or an RFQ) at the market."""
        self.portfolio(portfolio_id)
        if req.product_id not in self.products:
            raise SimError(400, f"unknown product {req.product_id}", field="product_id")
        price = self.price(req.product_id)
        return price, req.base_quantity or (req.quote_value or Decimal(0)) / price

    def _new_order(
        self,
        portfolio_id: str,
        product_id: str,
        side: m.OrderSide,
        order_type: m.OrderType,
        base_quantity: Decimal | None,
        quote_value: Decimal | None,
        limit_price: Decimal | None,
        client_order_id: str,
        at: datetime,
        **extra: Any,
    ) -> m.Order:
        order = m.Order(
            id=self.new_id(),
            user_id=self.users[0].id,
            portfolio_id=portfolio_id,
            product_id=product_id,
            side=side,
            client_order_id=client_order_id,
            type=order_type,
            base_quantity=base_quantity,
            quote_value=quote_value,
            limit_price=limit_price,
            status=m.OrderStatus.OPEN,
            created_at=at,
            filled_quantity=Decimal(0),
            filled_value=Decimal(0),
            average_filled_price=Decimal(0),
            commission=Decimal(0),
            product_type=m.ProductType.SPOT,
            **extra,
        )
        self.orders[record_id(order)] = order
        self.orders_of[portfolio_id].append(record_id(order))
        self._order_changed(order)
        return order

    def create_order(self, portfolio_id: str, req: Any) -> m.Order:
        """Validate, hold funds, and fill at once (market, IOC, FOK) or rest on the book."""
        self.portfolio(portfolio_id)
        product = self.products.get(req.product_id)
        if product is None:
            raise SimError(400, f"unknown product {req.product_id}", field="product_id")
        base, quote = req.product_id.split("-")
        order_type = m.OrderType(req.type)
        side = m.OrderSide(req.side)
        if side not in (m.OrderSide.BUY, m.OrderSide.SELL):
            raise SimError(400, f"invalid side {req.side}", field="side")
        if (req.base_quantity is None) == (req.quote_value is None):
            both = req.base_quantity is not None
            raise SimError(
                400, "exactly one of base_quantity and quote_value is required", field="base_quantity", missing=not both
            )
        if order_type != m.OrderType.MARKET and req.limit_price is None:
            raise SimError(400, f"limit_price is required for {order_type.value} orders", field="limit_price")
        for name in ("base_quantity", "quote_value", "limit_price"):
            value = getattr(req, name)
            if value is not None and value <= 0:
                raise SimError(400, f"{name} must be positive", field=name)
        price = self.price(req.product_id) if order_type == m.OrderType.MARKET else req.limit_price
        qty = req.base_quantity if req.base_quantity is not None else _q(req.quote_value / price, SATOSHI)
        if qty < (product.base_min_size or 0):
            raise SimError(400, f"order size {qty} is below the minimum {product.base_min_size}", field="base_quantity")
        hold_symbol, hold = (quote, _q(qty * price * (1 + COMMISSION_RATE), SATOSHI)) if side == "BUY" else (base, qty)
        if self.available(portfolio_id, hold_symbol) < hold:
            raise SimError(400, f"insufficient {hold_symbol} balance", precondition=True)
        order = self._new_order(
            portfolio_id, req.product_id, side, order_type, req.base_quantity, req.quote_value, req.limit_price,
            req.client_order_id, self.now(), time_in_force=req.time_in_force, expiry_time=req.expiry_time,
            stop_price=req.stop_price, post_only=req.post_only,
        )  # fmt: skip
        self.holds[(portfolio_id, hold_symbol)] += hold
        self.order_hold[record_id(order)] = (hold_symbol, hold)
        self.record_activity(
            portfolio_id,
            m.ActivityCategory.ACTIVITY_CATEGORY_ORDER,
            _ORDER_ACTIVITY.get(order_type.value, m.ActivityType.ACTIVITY_TYPE_LIMIT_ORDER),
            f"{side.value} {qty} {req.product_id}",
            [base, quote],
            reference_id=order.id,
        )
        market_price = self.price(req.product_id)
        crosses = (
            order_type == m.OrderType.RFQ  # an accepted quote trades at the quoted price
            or (side == "BUY" and market_price <= price)
            or (side == "SELL" and market_price >= price)
        )
        immediate = order_type == m.OrderType.MARKET or req.time_in_force in ("IMMEDIATE_OR_CANCEL", "FILL_OR_KILL")
        if crosses:
            order = self._fill(order, qty, market_price if order_type == m.OrderType.MARKET else price, self.now())
        elif immediate:
            order = self._close(order, m.OrderStatus.CANCELLED)
        else:
            self._book(order, price)
        return order

    def _match(self, product_id: str) -> None:
        book = self.books[product_id]
        if not (book.buys or book.sells):
            return
        price = self.price(product_id)
        while book.buys and -book.buys[0][0] >= price:
            limit, _, order_id = book.buys.pop(0)
            self._fill_resting(order_id, -limit)
        while book.sells and book.sells[0][0] <= price:
            limit, _, order_id = book.sells.pop(0)
            self._fill_resting(order_id, limit)

    def _fill_resting(self, order_id: str, booked_at: Decimal) -> None:
        order = self.orders[order_id]
        if order.status != m.OrderStatus.OPEN or order.limit_price != booked_at:
            return  # cancelled, filled or re-priced since this entry was booked
        qty = order.base_quantity or _q((order.quote_value or Decimal(0)) / order.limit_price, SATOSHI)
        self._fill(order, qty, order.limit_price, self.now())

    def _fill(self, order: m.Order, qty: Decimal, price: Decimal, at: datetime) -> m.Order:
        """Fill the whole order at `price`: larger orders in several pieces, one per ~10,000 USD."""
        assert order.portfolio_id and order.product_id
        pid = order.portfolio_id
        base, quote = order.product_id.split("-")
        if record_id(order) in self.order_hold:
            symbol, held = self.order_hold.pop(record_id(order))
            self.holds[(pid, symbol)] -= held
        notional = qty * self.usd_price(base)
        pieces = min(20, 1 + int(notional // 10_000))
        sizes = [_q(qty / pieces, SATOSHI)] * (pieces - 1)
        sizes.append(qty - sum(sizes, Decimal(0)))
        value = commission = Decimal(0)
        for k, size in enumerate(sizes):
            part_value = _q(size * price, SATOSHI)
            part_commission = _q(part_value * COMMISSION_RATE, SATOSHI)
            value += part_value
            commission += part_commission
            fill = m.Fill(
                id=self.new_id(),
                order_id=order.id,
                product_id=order.product_id,
                side=order.side,
                filled_quantity=size,
                filled_value=part_value,
                price=price,
                time=at + timedelta(milliseconds=k),
                commission=part_commission,
                venue="SIM",
                product_type=m.ProductType.SPOT,
            )
            self.fills_of[pid].append(fill)
            self.fills_of_order[record_id(order)].append(fill)
        base_wallet, quote_wallet = self.trading_wallet(pid, base), self.trading_wallet(pid, quote)
        if order.side == m.OrderSide.BUY:
            self.balance[base_wallet] += qty
            self.balance[quote_wallet] -= value + commission
        else:
            self.balance[base_wallet] -= qty
            self.balance[quote_wallet] += value - commission
        return self._update(
            order,
            status=m.OrderStatus.FILLED,
            filled_quantity=qty,
            filled_value=value,
            average_filled_price=price,
            net_average_filled_price=price,
            commission=commission,
        )

    def _update(self, order: m.Order, **changes: Any) -> m.Order:
        order = attrs.evolve(order, **changes)
        self.orders[record_id(order)] = order
        self._order_changed(order)
        return order

    def _order_changed(self, order: m.Order) -> None:
        for listener in self.order_listeners:
            listener(order)

    def _close(self, order: m.Order, status: m.OrderStatus) -> m.Order:
        if record_id(order) in self.order_hold:
            symbol, held = self.order_hold.pop(record_id(order))
            self.holds[(order.portfolio_id or "", symbol)] -= held
        return self._update(order, status=status)

    def cancel_order(self, portfolio_id: str, order_id: str) -> m.Order:
        order = self.order(portfolio_id, order_id)
        if order.status != m.OrderStatus.OPEN:
            # a cancelled order's repeated cancel is the catalog's "cancel already submitted" (a
            # retried cancel gets it, and must not read as a refusal); other ends, "may not be"
            subcode, status = {
                m.OrderStatus.FILLED: ("ORDER_FULLY_FILLED", 400),
                m.OrderStatus.CANCELLED: ("ORDER_CANCEL_DUPLICATE", 400),
            }.get(m.OrderStatus(order.status), ("ORDER_CANCEL_NOT_ALLOWED", 403))
            raise SimError(status, f"order {order_id} is {order.status} and cannot be cancelled", subcode=subcode)
        return self._close(order, m.OrderStatus.CANCELLED)

    def edit_order(self, portfolio_id: str, order_id: str, req: Any) -> m.Order:
        order = self.order(portfolio_id, order_id)
        if order.status != m.OrderStatus.OPEN:
            raise SimError(400, f"order {order_id} is {order.status} and cannot be edited")
        if req.orig_client_order_id != order.client_order_id:
            raise SimError(400, "orig_client_order_id does not match the order", field="orig_client_order_id")
        edit = m.OrderEdit(
            price=req.limit_price,
            base_quantity=req.base_quantity,
            quote_value=req.quote_value,
            stop_price=req.stop_price,
            expiry_time=req.expiry_time,
            accept_time=self.now(),
            client_order_id=req.client_order_id,
        )
        changes = {k: getattr(req, k) for k in ("base_quantity", "quote_value", "limit_price") if getattr(req, k)}
        order = self._update(
            order, client_order_id=req.client_order_id, edit_history=[*(order.edit_history or []), edit], **changes
        )
        if order.limit_price is not None and "limit_price" in changes:
            self._book(order, order.limit_price)  # the old entry is skipped: its price no longer matches
        return order

    def _book(self, order: m.Order, price: Decimal) -> None:
        book = self.books[order.product_id or ""]
        if order.side == m.OrderSide.BUY:
            bisect.insort(book.buys, (-price, self.next_seq(), record_id(order)))
        else:
            bisect.insort(book.sells, (price, self.next_seq(), record_id(order)))

    # -- money movements ---------------------------------------------------------------------

    def record_transaction(
        self,
        portfolio_id: str,
        wallet_id: str,
        tx_type: m.TransactionType,
        symbol: str,
        amount: Decimal,
        *,
        at: datetime | None = None,
        idempotency_key: str | None = None,
        status: m.TransactionStatus = m.TransactionStatus.TRANSACTION_DONE,
        **extra: Any,
    ) -> m.Transaction:
        at = at or self.now()
        tx = m.Transaction(
            id=self.new_id(),
            wallet_id=wallet_id,
            portfolio_id=portfolio_id,
            type=tx_type,
            status=status,
            symbol=symbol,
            created_at=at,
            completed_at=at if status == m.TransactionStatus.TRANSACTION_DONE else None,
            amount=amount,
            fees=Decimal(0),
            fee_symbol=symbol,
            blockchain_ids=[],
            idempotency_key=idempotency_key or "",
            **extra,
        )
        self.transactions[record_id(tx)] = tx
        self.transactions_of[portfolio_id].append(record_id(tx))
        self.transactions_of_wallet[wallet_id].append(record_id(tx))
        return tx

    def spendable(self, wallet_id: str) -> Decimal:
        """What a wallet can pay out: its balance, less what open orders hold of a trading wallet."""
        wallet = self.wallets[wallet_id]
        held = (
            self.holds[(self.wallet_owner[wallet_id], wallet.symbol or "")]
            if wallet.type == m.WalletType.TRADING
            else 0
        )
        return self.balance[wallet_id] - held

    def debit(self, wallet_id: str, amount: Decimal) -> None:
        if amount <= 0:
            raise SimError(400, "amount must be positive", field="amount")
        if self.spendable(wallet_id) < amount:
            message = f"insufficient {self.wallets[wallet_id].symbol} balance in wallet {wallet_id}"
            raise SimError(400, message, precondition=True)
        self.balance[wallet_id] -= amount

    def record_activity(
        self,
        portfolio_id: str | None,
        category: m.ActivityCategory,
        activity_type: m.ActivityType,
        title: str,
        symbols: list[str],
        *,
        reference_id: str | None = None,
        status: m.ActivityStatus = m.ActivityStatus.ACTIVITY_STATUS_COMPLETED,
    ) -> m.Activity:
        """An activity of one portfolio, or of the entity (`portfolio_id` None: a change to the
        entity's settings, an API key): readable through the activity operations. The creates
        that Prime runs through an approval (wallets, address book, onchain address groups,
        withdrawals, settings) are approved at once here: their activity is COMPLETED."""
        at = self.now()
        activity = m.Activity(
            id=self.new_id(),
            reference_id=reference_id or "",
            category=category,
            type=activity_type,
            status=status,
            created_by=self.users[0].id,
            title=title,
            description=title,
            symbols=symbols,
            created_at=at.isoformat().replace("+00:00", "Z"),
            updated_at=at.isoformat().replace("+00:00", "Z"),
            hierarchy_type=m.HierarchyType.HIERARCHY_TYPE_PORTFOLIO
            if portfolio_id
            else m.HierarchyType.HIERARCHY_TYPE_ENTITY,
        )
        self.activities[record_id(activity)] = activity
        if portfolio_id is not None:
            self.activities_of[portfolio_id].append(record_id(activity))
            self.activity_portfolio[record_id(activity)] = portfolio_id
        return activity


_ORDER_ACTIVITY = {
    "MARKET": m.ActivityType.ACTIVITY_TYPE_MARKET_ORDER,
    "LIMIT": m.ActivityType.ACTIVITY_TYPE_LIMIT_ORDER,
    "TWAP": m.ActivityType.ACTIVITY_TYPE_TWAP_ORDER,
    "VWAP": m.ActivityType.ACTIVITY_TYPE_VWAP_ORDER,
    "BLOCK": m.ActivityType.ACTIVITY_TYPE_BLOCK_TRADE,
    "STOP_LIMIT": m.ActivityType.ACTIVITY_TYPE_STOP_LIMIT_ORDER,
}
