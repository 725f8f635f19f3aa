"""The four operations newer than the public spec (spec/overlay.yaml), served by the simulator from
its world: derivative positions priced at the world's prices, a currency summary that agrees with
them and with the portfolio's USDC, and rewards rates from the USDC held."""

from __future__ import annotations

from decimal import Decimal

import pytest

from prime_async import NotFoundError, PrimeClient
from prime_async.testing import PrimeSimulator

pytestmark = pytest.mark.anyio


async def _wallet(client: PrimeClient, pid: str, symbol: str) -> str:
    (wallet,) = await client.wallets.list_wallets(portfolio_id=pid, type="TRADING", symbols=[symbol]).collect()
    return wallet.id


async def _convert_to_usdc(client: PrimeClient, pid: str, amount: str) -> None:
    usd, usdc = await _wallet(client, pid, "USD"), await _wallet(client, pid, "USDC")
    await client.transactions.create_conversion(
        portfolio_id=pid, wallet_id=usd, amount=amount, destination=usdc, source_symbol="USD", destination_symbol="USDC"
    )


async def test_positions_are_priced_at_the_worlds_price_as_it_moves() -> None:
    sim = PrimeSimulator(portfolios=6, seed=3)
    async with sim.client() as client:
        held = {
            pid: (await client.futures.get_derivative_positions(portfolio_id=pid)).positions
            for pid in sim.portfolio_ids
        }
        assert sum(map(len, held.values())) >= 6, "most portfolios hold some positions"
        pid = max(held, key=lambda p: len(held[p]))
        before = held[pid]
        for _ in range(25):
            sim.world.advance()
        after = (await client.futures.get_derivative_positions(portfolio_id=pid)).positions
    assert [p.product_id for p in after] == [p.product_id for p in before]
    for old, new in zip(before, after, strict=True):
        underlying = new.product_id.replace("-PERP", "-USD")
        assert new.current_price == sim.world.price(underlying) != old.current_price
        assert new.avg_entry_price == old.avg_entry_price and new.number_of_contracts == old.number_of_contracts
        assert new.number_of_contracts is not None and new.current_price is not None and new.avg_entry_price
        size = (
            new.number_of_contracts * {"BTC": Decimal("0.01"), "ETH": Decimal("0.1"), "SOL": Decimal(1)}[underlying[:3]]
        )
        sign = 1 if new.side == "LONG" else -1
        assert new.unrealized_pnl == (sign * (new.current_price - new.avg_entry_price) * size).quantize(Decimal("0.01"))
        assert new.currency == "USDC" and new.product_type == "DERIVATIVE_PRODUCT_TYPE_FUTURE"
        assert new.funding_pnl is not None and old.funding_pnl is not None
        assert abs(new.funding_pnl) > abs(old.funding_pnl)  # funding accrues with market time


async def test_the_product_filter_and_unknown_ids() -> None:
    sim = PrimeSimulator(portfolios=6, seed=3)
    async with sim.client() as client:
        every = {
            p.product_id
            for pid in sim.portfolio_ids
            for p in (await client.futures.get_derivative_positions(portfolio_id=pid)).positions
        }
        assert every == {"BTC-PERP", "ETH-PERP", "SOL-PERP"}
        for pid in sim.portfolio_ids:
            only = await client.futures.get_derivative_positions(portfolio_id=pid, product_id="ETH-PERP")
            assert {p.product_id for p in only.positions} <= {"ETH-PERP"}
        assert not (await client.futures.get_derivative_positions(portfolio_id=pid, product_id="XRP-PERP")).positions
        for call in (
            client.futures.get_derivative_positions(portfolio_id="no-such-portfolio"),
            client.futures.get_derivatives_currency_summary(portfolio_id="no-such-portfolio"),
            client.financing.get_portfolio_rewards_rate(portfolio_id="no-such-portfolio"),
            client.financing.get_entity_rewards_rate(entity_id="no-such-entity"),
        ):
            with pytest.raises(NotFoundError):
                await call


async def test_the_currency_summary_agrees_with_the_positions_and_the_usdc_held() -> None:
    sim = PrimeSimulator(portfolios=6, seed=3)
    async with sim.client() as client:
        held = [(await client.futures.get_derivative_positions(portfolio_id=p)).positions for p in sim.portfolio_ids]
        pid = sim.portfolio_ids[[bool(h) for h in held].index(True)]
        for step in range(2):
            positions = (await client.futures.get_derivative_positions(portfolio_id=pid)).positions
            summary = await client.futures.get_derivatives_currency_summary(portfolio_id=pid)
            (usdc,) = (await client.balances.list_portfolio_balances(portfolio_id=pid, symbols="USDC")).balances
            (b,) = summary.balances
            assert summary.portfolio_id == pid and b.currency == "USDC" and b.balance == usdc.amount
            assert b.unrealized_pnl == sum(p.unrealized_pnl or 0 for p in positions)
            assert b.realized_pnl == sum(p.funding_pnl or 0 for p in positions)
            assert b.balance is not None and b.realized_pnl is not None and b.unrealized_pnl is not None
            assert b.margin_balance == b.balance + b.realized_pnl + b.unrealized_pnl
            assert b.initial_margin and b.maintenance_margin and b.initial_margin == 2 * b.maintenance_margin
            assert b.margin_excess == b.margin_balance - b.initial_margin
            assert b.margin_health_state == "FCM_MARGIN_HEALTH_STATE_HEALTHY"
            if step == 0:  # a conversion into USDC is cash the derivatives margin sees
                await _convert_to_usdc(client, pid, "100000")
                before = b.balance
        assert b.balance == before + 100000


async def test_rewards_rates_follow_the_usdc_held() -> None:
    sim = PrimeSimulator(portfolios=3, seed=4)  # 250,000 USDC each: 750,000 for the entity
    async with sim.client() as client:
        pid = sim.portfolio_ids[0]
        portfolio = await client.financing.get_portfolio_rewards_rate(portfolio_id=pid)
        entity = await client.financing.get_entity_rewards_rate(entity_id=sim.entity_id)
        assert portfolio.current_rate == entity.current_rate == Decimal("0.04")
        tiers = portfolio.available_rates
        assert [(t.lower_limit, t.upper_limit) for t in tiers] == [
            (0, 1_000_000),
            (1_000_000, 10_000_000),
            (10_000_000, None),
        ]
        assert {t.criteria_type for t in tiers} == {"REWARDS_RATE_TIER_TYPE_BALANCE"}
        await _convert_to_usdc(client, pid, "300000")  # the entity crosses 1,000,000; the portfolio (550,000) does not
        assert (await client.financing.get_portfolio_rewards_rate(portfolio_id=pid)).current_rate == Decimal("0.04")
        assert (await client.financing.get_entity_rewards_rate(entity_id=sim.entity_id)).current_rate == Decimal(
            "0.041"
        )
        await _convert_to_usdc(client, pid, "500000")
        assert (await client.financing.get_portfolio_rewards_rate(portfolio_id=pid)).current_rate == Decimal("0.041")
