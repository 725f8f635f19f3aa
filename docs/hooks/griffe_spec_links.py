"""A griffe extension (mkdocs.yml, the python handler's `extensions:`): the spec's protobuf prose
links to protobuf's own types in Markdown reference style (`[google.protobuf.Duration][]`), which
mkdocstrings would try to resolve as objects of this site. They are names, not pages here: shown
as code, as `help()` shows them."""

from __future__ import annotations

import re
from typing import Any

import griffe

REFERENCE_LINK = re.compile(r"\[([A-Za-z_][\w.]*)\]\[[\w.]*\]")


class SpecReferenceLinks(griffe.Extension):
    def on_object(self, *, obj: Any, loader: Any, **kwargs: Any) -> None:
        if obj.docstring is not None:
            obj.docstring.value = REFERENCE_LINK.sub(r"`\1`", obj.docstring.value)
