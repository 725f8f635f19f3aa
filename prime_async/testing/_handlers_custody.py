"""Custody operations: the address book, onchain address groups, onchain (web3) wallets'
balances and transactions, and travel-rule data for deposits (`_world_custody.py`).

Creates that Prime runs through an approval (address book entries, onchain address groups and
their updates and deletes) are approved at once: the change is visible right away, and the
answer's activity (COMPLETED, no approvals remaining) is readable through the activity
operations."""

from __future__ import annotations

import hashlib
import re
from decimal import Decimal
from typing import Any

import attrs

from .. import models as m
from ._handling import Call, handles, paginate
from ._world import SimError, World, record_id
from ._world_custody import ADDRESS_STATE, ETHEREUM

__all__: list[str] = []

HEX = re.compile(r"(0x)?([0-9a-fA-F]{2})+")
ACCOUNT = m.ActivityCategory.ACTIVITY_CATEGORY_ACCOUNT


def _approved(world: World, pid: str, title: str, symbols: list[str]) -> Any:
    """The activity of an address-book change, approved at once; the answer that names it."""
    activity = world.record_activity(pid, ACCOUNT, m.ActivityType.ACTIVITY_TYPE_ADDRESS_BOOK, title, symbols)
    return activity.id


# -- address book ----------------------------------------------------------------------------


@handles("GetPortfolioAddressBook")
def get_portfolio_address_book(world: World, call: Call) -> Any:
    world.portfolio(call["portfolio_id"])
    symbol, search = (call["currency_symbol"] or "").upper(), (call["search"] or "").lower()
    entries = [
        e
        for e in world.custody.address_book[call["portfolio_id"]]
        if (not symbol or e.currency_symbol.upper() == symbol) and (not search or search in e.name.lower())
    ]
    return paginate(call, entries)


@handles("CreatePortfolioAddressBookEntry")
def create_address_book_entry(world: World, call: Call) -> m.CreatePortfolioAddressBookEntryResponse:
    pid = call["portfolio_id"]
    world.portfolio(pid)
    for name in ("address", "currency_symbol", "name"):
        if not (call[name] or "").strip():
            raise SimError(400, f"{name} is required", subcode=f"ADDRESS_BOOK_{name.upper()}_REQUIRED")
    symbol = call["currency_symbol"].upper()
    book = world.custody.address_book[pid]
    if any(e.address == call["address"] and e.currency_symbol == symbol for e in book):
        raise SimError(
            400,
            f"{call['address']} is already in the address book for {symbol}",
            subcode="ADDRESS_BOOK_FAILED_PRECONDITION",
        )
    user = world.users[0]
    book.append(
        m.AddressBookEntry(
            id=world.new_id(),
            currency_symbol=symbol,
            name=call["name"],
            address=call["address"],
            account_identifier=call["account_identifier"] or "",
            state=ADDRESS_STATE,
            added_at=world.now(),
            added_by=m.DisplayUser(id=user.id, name=user.name),
            type=m.AddressBookType.ADDRESS_BOOK_TYPE_ADDRESS,
        )
    )
    activity_id = _approved(world, pid, f"Add {call['name']} to the address book", [symbol])
    return m.CreatePortfolioAddressBookEntryResponse(
        activity_type=m.CustodyActivityType.ACTIVITY_TYPE_ADDRESS_BOOK,
        num_approvals_remaining=0,
        activity_id=activity_id,
    )


# -- onchain address groups ------------------------------------------------------------------


def _group(call: Call) -> m.AddressGroup:
    group = call["address_group"]
    if not (group.name or "").strip():
        raise SimError(400, "address_group.name is required", subcode="ONCHAIN_ADDRESS_GROUP_REQUEST_INVALID")
    if not group.addresses or any(not a.address for a in group.addresses):
        raise SimError(
            400, "address_group.addresses needs an address each", subcode="ONCHAIN_ADDRESS_GROUP_REQUEST_INVALID"
        )
    return group  # type: ignore[no-any-return]


def _group_changed(world: World, pid: str, title: str) -> m.ActivityCreationResponse:
    return m.ActivityCreationResponse(
        activity_type=m.CustodyActivityType.ACTIVITY_TYPE_ADDRESS_BOOK,
        num_approvals_remaining=0,
        activity_id=_approved(world, pid, title, []),
    )


@handles("ListOnchainAddressGroups")
def list_onchain_address_groups(world: World, call: Call) -> m.ListOnchainAddressGroupsResponse:
    world.portfolio(call["portfolio_id"])
    return m.ListOnchainAddressGroupsResponse(
        address_groups=list(world.custody.address_groups[call["portfolio_id"]].values())
    )


@handles("CreateOnchainAddressGroup")
def create_onchain_address_group(world: World, call: Call) -> m.ActivityCreationResponse:
    pid = call["portfolio_id"]
    world.portfolio(pid)
    group = attrs.evolve(_group(call), id=world.new_id(), added_at=world.now())  # the world names it
    world.custody.address_groups[pid][group.id] = group
    return _group_changed(world, pid, f"Add onchain address group {group.name}")


@handles("UpdateOnchainAddressGroup")
def update_onchain_address_group(world: World, call: Call) -> m.ActivityCreationResponse:
    pid = call["portfolio_id"]
    world.portfolio(pid)
    group = _group(call)
    groups = world.custody.address_groups[pid]
    if group.id not in groups:
        raise SimError(404, f"onchain address group {group.id!r:.60} not found", subcode="AUTH_RESOURCE_NOT_FOUND")
    groups[group.id] = attrs.evolve(group, added_at=groups[group.id].added_at)
    return _group_changed(world, pid, f"Update onchain address group {group.name}")


@handles("DeleteOnchainAddressGroup")
def delete_onchain_address_group(world: World, call: Call) -> m.ActivityCreationResponse:
    pid = call["portfolio_id"]
    world.portfolio(pid)
    group = world.custody.address_groups[pid].pop(call["address_group_id"], None)
    if group is None:
        raise SimError(
            404, f"onchain address group {call['address_group_id']} not found", subcode="AUTH_RESOURCE_NOT_FOUND"
        )
    return _group_changed(world, pid, f"Delete onchain address group {group.name}")


# -- onchain wallets ---------------------------------------------------------------------------


def _onchain_wallet(world: World, call: Call) -> m.Wallet:
    wallet = world.wallet(call["portfolio_id"], call["wallet_id"])
    if wallet.type != m.WalletType.ONCHAIN:
        raise SimError(
            400,
            f"wallet {wallet.id} is a {wallet.type} wallet, not an onchain one",
            subcode="WALLET_TYPE_NOT_SUPPORTED",
        )
    return wallet


@handles("ListWeb3WalletBalances")
def list_web3_wallet_balances(world: World, call: Call) -> Any:
    """The wallet's native asset (its balance) and the tokens and NFTs it holds, VISIBLE ones
    unless the call names other visibility statuses; DeFi positions on the first page only."""
    wallet = _onchain_wallet(world, call)
    wallet_id = record_id(wallet)
    wanted = set(call["visibility_statuses"] or ()) or {m.VisibilityStatus.VISIBLE}
    native = m.Web3Balance(
        asset=m.Web3Asset(network=ETHEREUM, symbol=wallet.symbol or "", name=wallet.symbol or ""),
        amount=world.balance[wallet_id],
        visibility_status=m.VisibilityStatus.VISIBLE,
    )
    held = [
        m.Web3Balance(asset=h.asset, amount=h.amount, visibility_status=h.visibility)
        for h in world.custody.holdings[wallet_id]
    ]
    balances = [b for b in (native, *held) if b.visibility_status in wanted]
    supplied = world.custody.defi_supplied.get(wallet_id, Decimal(0))
    defi = (
        []
        if call["cursor"] or not supplied
        else [
            m.DefiBalance(
                network=ETHEREUM,
                protocol="Aave V3",
                net_usd_value=(supplied * world.usd_price("ETH")).quantize(Decimal("0.01")),
            )
        ]
    )
    page = paginate(call, balances, listed=True)
    return attrs.evolve(page, defi_balances=defi)


@handles("CreateOnchainTransaction")
def create_onchain_transaction(world: World, call: Call) -> m.CreateOnchainTransactionResponse:
    """Signed at once and broadcast (unless rpc.skip_broadcast): recorded as an
    ONCHAIN_TRANSACTION of the wallet, its nonce the count of the wallet's earlier ones. The raw
    transaction is not decoded: it moves no balance (not modelled)."""
    pid = call["portfolio_id"]
    wallet = _onchain_wallet(world, call)
    wallet_id = record_id(wallet)
    raw = call["raw_unsigned_txn"]
    if not HEX.fullmatch(raw or ""):
        raise SimError(
            400, "raw_unsigned_txn must be a hex string", subcode="ONCHAIN_TRANSACTION_RAW_UNSIGNED_TXN_INVALID"
        )
    evm = call["evm_params"] or m.CreateOnchainTransactionRequestEvmParams()
    rpc = call["rpc"] or m.RpcConfig()
    if evm.chain_id and not evm.chain_id.isdigit():
        raise SimError(
            400, f"invalid value for chain_id: {evm.chain_id!r:.40}", subcode="ONCHAIN_TRANSACTION_CHAIN_ID_INVALID"
        )
    if rpc.url and not rpc.url.startswith(("https://", "http://")):
        raise SimError(
            400, f"invalid value for rpc.url: {rpc.url!r:.80}", subcode="ONCHAIN_TRANSACTION_RPC_URL_INVALID"
        )
    earlier = [
        world.transactions[t]
        for t in world.transactions_of_wallet[wallet_id]
        if world.transactions[t].type == m.TransactionType.ONCHAIN_TRANSACTION
    ]
    if evm.replaced_transaction_id and evm.replaced_transaction_id not in {t.id for t in earlier}:
        raise SimError(
            400,
            f"transaction {evm.replaced_transaction_id!r:.60} is not an onchain transaction of this wallet",
            subcode="ONCHAIN_TRANSACTION_REPLACED_TRANSACTION_ID_INVALID",
        )
    signed = "0x" + raw.removeprefix("0x") + hashlib.sha256(f"{wallet_id}/{raw}".encode()).hexdigest() * 2
    tx_hash = "0x" + hashlib.sha256(signed.encode()).hexdigest()
    tx = world.record_transaction(
        pid,
        wallet_id,
        m.TransactionType.ONCHAIN_TRANSACTION,
        wallet.symbol or "",
        Decimal(0),
        status=m.TransactionStatus.TRANSACTION_CONSTRUCTED
        if rpc.skip_broadcast
        else m.TransactionStatus.TRANSACTION_DONE,
        network=ETHEREUM,
        onchain_details=m.OnchainTransactionDetails(
            signed_transaction=signed,
            chain_id=evm.chain_id or "1",
            nonce=str(len(earlier)),
            replaced_transaction_id=evm.replaced_transaction_id,
            skip_broadcast=rpc.skip_broadcast,
            signing_status=m.SigningStatus.SIGNED,
        ),
    )
    if not rpc.skip_broadcast:
        world.transactions[record_id(tx)] = attrs.evolve(tx, blockchain_ids=[tx_hash])
    world.record_activity(
        pid,
        m.ActivityCategory.ACTIVITY_CATEGORY_TRANSACTION,
        m.ActivityType.ACTIVITY_TYPE_WEB3_TRANSACTION,
        "Onchain transaction",
        [wallet.symbol or ""],
        reference_id=tx.id,
    )
    return m.CreateOnchainTransactionResponse(transaction_id=tx.id)


# -- travel rule -------------------------------------------------------------------------------


@handles("SubmitDepositTravelRuleData")
def submit_deposit_travel_rule_data(world: World, call: Call) -> m.SubmitDepositTravelRuleDataResponse:
    """Kept for GetTransactionTravelRuleData; the deposit's travel-rule status becomes SUBMITTED.
    A self-custodied originator's ownership must be verified unless the call opts out (inferred)."""
    tx = world.transaction(call["portfolio_id"], call["transaction_id"])
    if tx.type != m.TransactionType.DEPOSIT:
        raise SimError(
            400, f"transaction {tx.id} is a {tx.type}, not a deposit", subcode="TRANSACTION_TYPE_UNSUPPORTED"
        )
    originator = call["originator"]
    if originator is None or not (originator.name or originator.natural_person_name):
        raise SimError(400, "originator needs a name", subcode="TRANSACTION_TRAVEL_RULE_PARTY_INVALID")
    amount = tx.amount or Decimal(0)
    world.custody.travel_rule[record_id(tx)] = m.GetTransactionTravelRuleDataResponse(
        fulfilled=True,
        is_self=bool(call["is_self"]),
        originator=originator,
        beneficiary=call["beneficiary"],
        amount=amount,
        amount_currency=tx.symbol,
        fiat_amount=(amount * world.usd_price(tx.symbol or "")).quantize(Decimal("0.01")),
        fiat_amount_currency="USD",
        blockchain_network=tx.network or "",
    )
    requirements = m.ProcessRequirements(travel_rule_status=m.TravelRuleStatus.TRAVEL_RULE_STATUS_SUBMITTED)
    world.transactions[record_id(tx)] = attrs.evolve(tx, process_requirements=requirements)
    self_custodied = originator.wallet_type == m.TravelRuleWalletType.TRAVEL_RULE_WALLET_TYPE_SELF_CUSTODIED
    return m.SubmitDepositTravelRuleDataResponse(
        ownership_verification_required=self_custodied and not call["opt_out_of_ownership_verification"]
    )


@handles("GetTransactionTravelRuleData")
def get_transaction_travel_rule_data(world: World, call: Call) -> m.GetTransactionTravelRuleDataResponse:
    tx = world.transaction(call["portfolio_id"], call["transaction_id"])
    data = world.custody.travel_rule.get(record_id(tx))
    if data is None:
        raise SimError(
            404, f"no travel rule data for transaction {tx.id}", subcode="TRANSACTION_TRAVEL_RULE_DATA_NOT_FOUND"
        )
    return data
