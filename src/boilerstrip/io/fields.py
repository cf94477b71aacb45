"""Dotted field paths: ``doc.body`` names the field ``body`` of the object in the field ``doc``.

A dot separates keys; a key with a dot in it is written with a backslash (``meta\\.title``, the
top-level key ``meta.title``), and ``\\\\`` is a backslash. Reading a path that is not there
raises :class:`~boilerstrip.io.textio.RecordError` naming the part that is missing or not an
object; writing makes the objects that are missing on the way.

>>> path = FieldPath.parse("doc.body")
>>> record = {"id": 7, "doc": {"body": "Read more"}}
>>> path.get(record)
'Read more'
>>> path.set(record, "")
>>> record
{'id': 7, 'doc': {'body': ''}}
>>> FieldPath.parse("removed.lines").set(record, [])
>>> record["removed"]
{'lines': []}
>>> FieldPath.parse(r"meta\\.title").keys
('meta.title',)
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from boilerstrip.io.textio import RecordError, type_name

_MISSING = object()


@dataclass(frozen=True)
class FieldPath:
    """A field of a record, as a path of keys from the top."""

    keys: tuple[str, ...]
    text: str  #: as the user wrote it, for messages

    @classmethod
    def parse(cls, text: str) -> FieldPath:
        """Split *text* at its unescaped dots; ValueError for an empty key (``a..b``, ``.a``)."""
        keys: list[str] = []
        current: list[str] = []
        chars = iter(text)
        for char in chars:
            if char == "\\":
                escaped = next(chars, None)
                if escaped not in (".", "\\"):
                    raise ValueError(f"field {text!r}: a backslash must come before '.' or '\\'")
                current.append(escaped)
            elif char == ".":
                keys.append("".join(current))
                current = []
            else:
                current.append(char)
        keys.append("".join(current))
        if any(key == "" for key in keys):
            raise ValueError(f"field {text!r}: empty key (write a dot inside a key as '\\.')")
        return cls(tuple(keys), text)

    def __str__(self) -> str:
        return self.text

    def _name(self, depth: int) -> str:
        """The path down to key number *depth*, for messages (``doc`` of ``doc.body``)."""
        return ".".join(key.replace("\\", "\\\\").replace(".", "\\.") for key in self.keys[: depth + 1])

    def get(self, record: Any, default: Any = _MISSING) -> Any:
        """The value at this path; :class:`RecordError` if it is not there (or *default*, if given)."""
        value = record
        for depth, key in enumerate(self.keys):
            if type(value) is not dict:
                if default is not _MISSING:
                    return default
                if depth == 0:
                    raise RecordError(f"not a JSON object but {_a(value)}")
                raise RecordError(f"field {self._name(depth - 1)!r} is {_a(value)}, not an object")
            value = value.get(key, _MISSING)
            if value is _MISSING:
                if default is not _MISSING:
                    return default
                raise RecordError(f"no field {self._name(depth)!r}")
        return value

    def get_text(self, record: Any) -> str:
        """The string at this path; :class:`RecordError` if it is missing or not a string."""
        value = self.get(record)
        if type(value) is not str:
            raise RecordError(f"field {self.text!r} is {type_name(value)}, not a string")
        return value

    def set(self, record: Any, value: Any) -> None:
        """Put *value* at this path, making the objects missing on the way."""
        target = record
        for depth, key in enumerate(self.keys[:-1]):
            inner = target.get(key, _MISSING)
            if inner is _MISSING:
                inner = target[key] = {}
            elif type(inner) is not dict:
                raise RecordError(f"cannot write field {self.text!r}: field {self._name(depth)!r} is "
                                  f"{_a(inner)}, not an object")
            target = inner
        target[self.keys[-1]] = value

    def overlaps(self, other: FieldPath) -> bool:
        """Whether one path is the other or lies inside it (``doc`` and ``doc.body``)."""
        shorter = min(len(self.keys), len(other.keys))
        return self.keys[:shorter] == other.keys[:shorter]


def _a(value: Any) -> str:
    name = type_name(value)
    if name == "null":
        return name
    return f"{'an' if name in ('array', 'object') else 'a'} {name}"
