"""OpenEnum: a string enum that accepts values it does not list.

Prime adds enum values without notice; a closed enum would turn every new order status into a
parse failure. An unknown value becomes a pseudo-member of the same class, so `isinstance`,
`==` with strings, `.value` and `.name` all keep working and comparisons with known members stay
correct.
"""

from __future__ import annotations

import enum
import threading

_lock = threading.Lock()


class OpenEnum(enum.StrEnum):
    @classmethod
    def _missing_(cls, value: object) -> OpenEnum | None:
        if not isinstance(value, str):
            return None
        with _lock:
            member = cls._value2member_map_.get(value)
            if member is None:
                member = str.__new__(cls, value)
                member._name_ = value
                member._value_ = value
                # cached so the next lookup of this value is as fast as a known member's
                cls._value2member_map_[value] = member
        return member  # type: ignore[return-value]

    @property
    def is_known(self) -> bool:
        """Whether the spec lists this value (False for values the server added since)."""
        return type(self)._member_map_.get(self._name_) is self
