"""Every request body, response and enum of the Prime API (generated from the spec)."""

# What the generated models' annotations name besides each other, so that `typing.get_type_hints`
# (and attrs.resolve_types) resolve them here, the module the models say they are from.
from datetime import datetime  # noqa: F401
from decimal import Decimal  # noqa: F401
from typing import Any  # noqa: F401

from ._enum import OpenEnum
from ._generated.enums import *  # noqa: F403
from ._generated.enums import __all__ as _enums
from ._generated.models import *  # noqa: F403
from ._generated.models import __all__ as _models
from ._json import to_json
from ._public import publish

__all__ = ["OpenEnum", "to_json", *_enums, *_models]

publish(
    __name__, globals(), __all__, resolve=False
)  # prime_async.models.Order, not prime_async._generated.models.Order
