"""`client.feed(**options)` as a user's `mypy --strict` sees it: each option typed, a misspelt one
an error; and `FeedOptionsDict` (what the signature unpacks) keeps to `FeedOptions`' fields."""

from __future__ import annotations

import re
import typing
from pathlib import Path

import attrs
import pytest

from prime_async import FeedOptions
from prime_async._feed._options import FeedOptionsDict

from .test_typing import mypy

SNIPPET = """\
import ssl
from prime_async import PrimeClient

async def follow(client: PrimeClient) -> None:
    async with client.feed(
        "wss://ws-feed.prime.coinbase.com", initial_connect_timeout=5, max_reconnects=None, queue_size=100,
        on_overflow="error", sequence_scope=None, ssl_context=ssl.create_default_context(), trust_env=False,
    ) as feed:
        reveal_type(feed)
    client.feed(initial_conect_timeout=5)  # E: call-arg
    client.feed(queue_size="100")  # E: arg-type
    client.feed(on_overflow="drop")  # E: arg-type
    client.feed(max_message_size=None)  # E: arg-type
"""


def test_feed_options_are_typed_for_a_strict_type_checker(tmp_path: Path) -> None:
    snippet = tmp_path / "feed_options.py"
    snippet.write_text(SNIPPET)
    _, out = mypy(str(snippet))
    lines = SNIPPET.splitlines()
    expected = {(i + 1, m.group(1)) for i, line in enumerate(lines) if (m := re.search(r"# E: ([\w-]+)", line))}
    found = {(int(m.group(1)), m.group(2)) for m in re.finditer(r"feed_options\.py:(\d+): error: .*\[([\w-]+)\]", out)}
    assert found == expected, out
    assert 'Revealed type is "prime_async._feed._feed.Feed"' in out, out


def test_the_typed_dict_lists_exactly_the_options_with_their_types() -> None:
    hints = typing.get_type_hints(FeedOptionsDict)
    fields = {f.name: f for f in attrs.fields(FeedOptions)}
    assert set(hints) == set(fields)
    option_hints = typing.get_type_hints(FeedOptions)
    for name, hint in hints.items():
        assert hint == option_hints[name], name
    assert not FeedOptionsDict.__required_keys__


@pytest.mark.parametrize("value", [float("nan"), -1, 0, True, "30"])
def test_initial_connect_timeout_is_a_positive_number_or_none(value: object) -> None:
    from prime_async import InvalidRequestError

    with pytest.raises(InvalidRequestError, match="initial_connect_timeout must be a positive number"):
        FeedOptions.build({"initial_connect_timeout": value})
    assert FeedOptions.build({"initial_connect_timeout": None}).initial_connect_timeout is None
    assert FeedOptions().initial_connect_timeout == 30.0
