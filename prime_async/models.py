"""Every request body, response and enum of the Prime API (generated from the spec)."""

from ._enum import OpenEnum
from ._generated.enums import *  # noqa: F403
from ._generated.enums import __all__ as _enums
from ._generated.models import *  # noqa: F403
from ._generated.models import __all__ as _models

__all__ = ["OpenEnum", *_enums, *_models]
