"""Walk everything an object the library hands out leads to, looking for a credential in clear.

A crash reporter walks an error's `__cause__`/`__context__`, its attributes and its traceback's
frame locals; a hook may keep a `RequestEvent`. From any of them, no string or bytes may hold the
passphrase, the signing key or a signature the server received. A `Secret` (the masked credential
type) is allowed to be reached: its repr is masked and it is not a `str`.

The walk follows attributes (`__dict__`, `__slots__`), containers (mappings, sequences, sets,
multidicts), exceptions' chains and groups, and tracebacks into every frame's locals, the test
module's own frames excepted (they hold what the test server recorded). It follows what a
function closes over, but does not go into modules, classes, a function's globals or code objects
(global state, not something reachable from the object), nor into event loops and sockets (the
process, not the object).
"""

from __future__ import annotations

import asyncio
import gc
import socket
import ssl
import traceback
import types
from collections.abc import Iterable, Mapping
from typing import Any

__all__ = ["find_secrets", "reported_with_locals"]

_LEAVES = (int, float, complex, bool, type(None), types.EllipsisType, types.NotImplementedType)
_SKIP = (
    types.ModuleType,
    type,
    types.BuiltinFunctionType,
    types.CodeType,
    types.MethodWrapperType,
    types.WrapperDescriptorType,
    asyncio.AbstractEventLoop,
    socket.socket,
    ssl.SSLContext,
    ssl.SSLObject,
)
MAX_NODES = 200_000


def _is_test_frame(frame: types.FrameType) -> bool:
    return _is_test_code(frame.f_code)


def _is_test_code(code: types.CodeType) -> bool:
    name = code.co_filename
    return "/tests/" in name and "/site-packages/" not in name


def _children(obj: Any) -> Iterable[tuple[str, Any]]:
    if isinstance(obj, BaseException):
        yield "__cause__", obj.__cause__
        yield "__context__", obj.__context__
        yield "__traceback__", obj.__traceback__
        yield "args", obj.args
        if isinstance(obj, BaseExceptionGroup):
            yield "exceptions", obj.exceptions
    if isinstance(obj, types.TracebackType):
        yield "tb_frame", obj.tb_frame
        yield "tb_next", obj.tb_next
        return
    if isinstance(obj, types.FrameType):
        if not _is_test_frame(obj):
            for key, value in obj.f_locals.items():
                yield f"<{obj.f_code.co_name} local {key}>", value
        return
    if isinstance(obj, types.MethodType):
        yield "__self__", obj.__self__
        return
    if isinstance(obj, types.FunctionType):  # what it closes over (a request, a stream), not its globals
        if _is_test_code(obj.__code__):  # a test's own function closes over what the test recorded
            return
        for name, cell in zip(obj.__code__.co_freevars, obj.__closure__ or (), strict=False):
            try:
                yield f"<closure {name}>", cell.cell_contents
            except ValueError:  # an empty cell
                continue
        yield "__defaults__", obj.__defaults__
        yield "__kwdefaults__", obj.__kwdefaults__
        return
    if isinstance(obj, types.CoroutineType | types.GeneratorType | types.AsyncGeneratorType):
        frame = getattr(obj, "cr_frame", None) or getattr(obj, "gi_frame", None) or getattr(obj, "ag_frame", None)
        yield "frame", frame
        return
    if isinstance(obj, Mapping):
        try:
            items = list(obj.items())
        except Exception:
            items = []
        for key, value in items:
            yield "<key>", key
            yield f"[{key!r}]", value
    elif isinstance(obj, list | tuple | set | frozenset | types.MappingProxyType):
        for index, value in enumerate(obj):
            yield f"[{index}]", value
    elif hasattr(obj, "items") and callable(obj.items) and type(obj).__module__.startswith("multidict"):
        for key, value in obj.items():
            yield f"[{key!r}]", value
    else:
        if type(obj).__module__.startswith("multidict"):
            for index, value in enumerate(list(obj)):
                yield f"[{index}]", value
    if isinstance(obj, list | tuple | set | frozenset | dict):
        return
    state = getattr(obj, "__dict__", None)
    if isinstance(state, dict):
        yield from state.items()
    for cls in type(obj).__mro__:
        for slot in getattr(cls, "__slots__", ()) if isinstance(getattr(cls, "__slots__", ()), tuple) else ():
            if slot in ("__dict__", "__weakref__"):
                continue
            try:
                yield slot, object.__getattribute__(obj, slot)
            except AttributeError:
                continue


def find_secrets(roots: Iterable[Any], secrets: Iterable[str | bytes]) -> list[str]:
    """The paths (root index, then attribute names) to every str or bytes that contains a secret."""
    needles = [s for s in secrets if s]
    text_needles = [n if isinstance(n, str) else n.decode("latin-1") for n in needles]
    byte_needles = [n.encode() if isinstance(n, str) else n for n in needles]
    from prime_async._credentials import Secret  # the masked type: allowed, it is not a str in clear

    found: list[str] = []
    seen: set[int] = set()
    todo: list[tuple[str, Any]] = [(f"root[{i}]", root) for i, root in enumerate(roots)]
    keep: list[Any] = []  # what we visited stays alive, so no id is reused during the walk
    while todo:
        if len(seen) > MAX_NODES:
            raise AssertionError(f"the walk went past {MAX_NODES} objects: give it a bound")
        path, obj = todo.pop()
        if isinstance(obj, _LEAVES) or id(obj) in seen:
            continue
        seen.add(id(obj))
        keep.append(obj)
        if isinstance(obj, Secret):
            continue
        if isinstance(obj, str):
            if any(n in obj for n in text_needles):
                found.append(path)
            continue
        if isinstance(obj, bytes | bytearray | memoryview):
            data = bytes(obj)
            if any(n in data for n in byte_needles):
                found.append(path)
            continue
        if isinstance(obj, _SKIP):
            continue
        try:
            children = list(_children(obj))
        except Exception:  # an object whose attributes raise: nothing reachable through them
            continue
        todo += [(f"{path}.{name}", child) for name, child in children]
    del keep
    gc.collect()
    return found


def reported_with_locals(exc: BaseException) -> str:
    """What a crash reporter that captures frame locals prints of `exc` and its chain, the test's
    own frames left out (they hold what the test server recorded: not the library's to hide)."""
    te = traceback.TracebackException.from_exception(exc, capture_locals=True)
    todo: list[traceback.TracebackException | None] = [te]
    while todo:
        item = todo.pop()
        if item is None:
            continue
        item.stack = traceback.StackSummary.from_list([f for f in item.stack if "/tests/" not in f.filename])
        todo += [item.__cause__, item.__context__]
    return "".join(te.format())
