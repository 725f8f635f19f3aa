"""Every request body, response and enum of the Prime API (generated from the spec)."""

from ._enum import OpenEnum
from ._generated.enums import *  # noqa: F403
from ._generated.enums import __all__ as _enums
from ._generated.models import *  # noqa: F403
from ._generated.models import __all__ as _models
from ._json import to_json

__all__ = ["OpenEnum", "to_json", *_enums, *_models]
