"""Custody in the simulated world: each portfolio's address book and onchain address groups,
its advanced (blind-match) transfers, the travel-rule data submitted for deposits, and what its
onchain (web3) wallets hold beyond their native asset. Rules and views: `_handlers_custody.py`
and `_handlers_transfers.py`.

Every portfolio is seeded with an ONCHAIN wallet on Ethereum: its native ETH is an ordinary
wallet balance; its ERC-20 tokens and NFTs (some hidden, some spam) are held here."""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING

import attrs

from .. import models as m

if TYPE_CHECKING:
    from ._world import World

__all__ = ["ETHEREUM", "Custody", "Holding", "TransferRecord"]

ETHEREUM = "ethereum-mainnet"
ADDRESS_STATE = "ACTIVE"  # inferred: the spec types the state as a free string and shows no value
# (symbol, contract, name, amount): ERC-20 tokens an onchain wallet starts with
_TOKENS = (
    ("USDC", "0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48", "USD Coin", Decimal("12500")),
    ("LINK", "0x514910771af9ca656af840dff83e8264ecf986ca", "Chainlink", Decimal("420")),
    ("UNI", "0x1f9840a85d5af5bf1d1762f925bdaddc4201f984", "Uniswap", Decimal("310")),
    ("AAVE", "0x7fc66500c84a76ad7e9c93437bfc5ac33e2ddae9", "Aave", Decimal("18.5")),
)
_NFT_CONTRACT = "0x5af0d9827e0c53e4799bb226655a1de152a425a5"


@attrs.frozen
class Holding:
    """A token or NFT an onchain wallet holds (its native asset is the wallet's balance)."""

    asset: m.Web3Asset
    amount: Decimal
    visibility: m.VisibilityStatus


@attrs.define
class TransferRecord:
    """An advanced transfer and what the world keeps beside it."""

    transfer: m.AdvancedTransfer
    portfolio_id: str
    created_at: datetime
    settles_at: datetime
    transaction_ids: list[str] = attrs.Factory(list)


@attrs.define
class Custody:
    """The custody domain's state: address books and groups, transfers, travel-rule data, onchain
    holdings and DeFi positions, deposit addresses, by the ids their operations look up."""

    address_book: dict[str, list[m.AddressBookEntry]] = attrs.Factory(lambda: defaultdict(list))
    address_groups: dict[str, dict[str, m.AddressGroup]] = attrs.Factory(lambda: defaultdict(dict))
    transfers: dict[str, TransferRecord] = attrs.Factory(dict)
    transfers_of: dict[str, list[str]] = attrs.Factory(lambda: defaultdict(list))
    travel_rule: dict[str, m.GetTransactionTravelRuleDataResponse] = attrs.Factory(dict)  # transaction id ->
    holdings: dict[str, list[Holding]] = attrs.Factory(lambda: defaultdict(list))  # onchain wallet id ->
    defi_supplied: dict[str, Decimal] = attrs.Factory(dict)  # onchain wallet id -> ETH supplied to a lending pool
    deposit_addresses: dict[str, list[m.BlockchainAddress]] = attrs.Factory(lambda: defaultdict(list))  # wallet id ->

    @classmethod
    def seeded(cls, world: World) -> Custody:
        custody = cls()
        rng = world.rng
        for i, pid in enumerate(world.portfolios):
            wallet = world.add_wallet(pid, "ETH", m.WalletType.ONCHAIN, "Onchain Wallet", at=world.started)
            wallet_id = wallet.id or ""
            world.deposit(pid, wallet_id, Decimal(5 + i), at=world.started - timedelta(days=25))
            holdings = custody.holdings[wallet_id]
            for symbol, contract, name, amount in _TOKENS:
                asset = m.Web3Asset(network=ETHEREUM, contract_address=contract, symbol=symbol, name=name)
                holdings.append(Holding(asset, amount, m.VisibilityStatus.VISIBLE))
            for token in range(1, 10):  # NFTs: six shown, one hidden by the user, two flagged as spam
                visibility = (
                    (m.VisibilityStatus.VISIBLE,) * 6 + (m.VisibilityStatus.HIDDEN,) + (m.VisibilityStatus.SPAM,) * 2
                )
                asset = m.Web3Asset(
                    network=ETHEREUM,
                    contract_address=_NFT_CONTRACT,
                    symbol="SIMNFT",
                    token_id=str(1000 * i + token),
                    name="Simulated Collectibles",
                )
                holdings.append(Holding(asset, Decimal(1), visibility[token - 1]))
            custody.defi_supplied[wallet_id] = Decimal("2.5")
            for k, (symbol, name) in enumerate(
                (("BTC", "Cold storage"), ("ETH", "Treasury"), ("USDC", "Market maker"))
            ):
                address = (
                    "bc1q" + f"{rng.getrandbits(160):040x}" if symbol == "BTC" else f"0x{rng.getrandbits(160):040x}"
                )
                custody.address_book[pid].append(
                    m.AddressBookEntry(
                        id=world.new_id(),
                        currency_symbol=symbol,
                        name=name,
                        address=address,
                        state=ADDRESS_STATE,
                        added_at=world.started - timedelta(days=60 - k),
                        added_by=m.DisplayUser(id=world.users[0].id, name=world.users[0].name),
                        type=m.AddressBookType.ADDRESS_BOOK_TYPE_ADDRESS,
                    )
                )
            group_id = world.new_id()
            custody.address_groups[pid][group_id] = m.AddressGroup(
                id=group_id,
                name="Market makers",
                network_type=m.NetworkType.NETWORK_TYPE_EVM,
                addresses=[m.AddressEntry(name="MM one", address=f"0x{rng.getrandbits(160):040x}", chain_ids=["1"])],
                added_at=world.started - timedelta(days=45),
            )
        return custody
