"""Kubernetes quantities (``"64M"``, ``"1Gi"``, ``2``, ``"500m"``) that keep their spelling.

The API server rewrites quantities into canonical form (``1.5Gi`` comes back as ``1536Mi``), so a
provider that compared spellings would see a change on every refresh. :class:`Quantity` therefore
keeps what the user wrote for output, and compares, hashes and orders by exact numeric value
(a :class:`fractions.Fraction`, never a float).

Grammar (``k8s.io/apimachinery/pkg/api/resource``)::

    quantity   ::= sign? number suffix
    number     ::= digits | digits "." digits? | "." digits
    suffix     ::= binarySI | decimalSI | ("e" | "E") sign? digits
    binarySI   ::= Ki | Mi | Gi | Ti | Pi | Ei
    decimalSI  ::= m | "" | k | M | G | T | P | E
"""

from __future__ import annotations

import functools
import math
import re
from fractions import Fraction
from typing import Any

from pydantic import GetCoreSchemaHandler, GetJsonSchemaHandler
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import PydanticCustomError, core_schema

_BINARY = {"Ki": 1, "Mi": 2, "Gi": 3, "Ti": 4, "Pi": 5, "Ei": 6}
_DECIMAL = {"m": -1, "": 0, "k": 1, "M": 2, "G": 3, "T": 4, "P": 5, "E": 6}

_GRAMMAR = re.compile(
    r"(?P<sign>[+-]?)(?P<number>[0-9]+(?:\.[0-9]*)?|\.[0-9]+)"
    r"(?:(?P<binary>Ki|Mi|Gi|Ti|Pi|Ei)|[eE](?P<exponent>[+-]?[0-9]+)|(?P<decimal>[mkMGTPE]?))"
)

#: Shown in error messages; every example parses.
EXAMPLES = "128Mi, 1.5Gi, 64M, 500m, 2, 1e3"


def parse(text: str) -> Fraction:
    """The exact value of a quantity string; ``ValueError`` when it does not follow the grammar."""
    m = _GRAMMAR.fullmatch(text)
    if m is None:
        raise ValueError(f"{text!r} is not a Kubernetes quantity (examples: {EXAMPLES})")
    value = Fraction(m["number"])
    if m["binary"]:
        value *= 1024 ** _BINARY[m["binary"]]
    elif m["exponent"] is not None:
        value *= Fraction(10) ** int(m["exponent"])
    else:
        value *= Fraction(1000) ** _DECIMAL[m["decimal"] or ""]
    return -value if m["sign"] == "-" else value


@functools.total_ordering
class Quantity:
    """A Kubernetes quantity that remembers how it was written.

    >>> Quantity("1536Mi") == Quantity("1.5Gi")
    True
    >>> Quantity("1.5Gi").raw
    '1.5Gi'
    >>> int(Quantity("500m") * 4)
    2

    Accepts a string in the Kubernetes grammar, an ``int``, or a finite ``float`` (YAML and JSON
    allow bare numbers). ``raw`` is written back unchanged by ``to_manifest()``.
    """

    __slots__ = ("_raw", "_value")

    def __init__(self, value: str | int | float | Quantity) -> None:
        if isinstance(value, Quantity):
            self._raw: str | int | float = value._raw
            self._value: Fraction = value._value
            return
        if isinstance(value, bool) or not isinstance(value, (str, int, float)):
            raise TypeError(f"a quantity is a string or a number, not {type(value).__name__}")
        if isinstance(value, float) and not math.isfinite(value):
            raise ValueError(f"'{value}' is not a Kubernetes quantity (examples: {EXAMPLES})")
        self._raw = value
        self._value = (
            parse(value)
            if isinstance(value, str)
            else Fraction(repr(value) if isinstance(value, float) else value)
        )

    @property
    def raw(self) -> str | int | float:
        """The value as written: what ``to_manifest()`` emits."""
        return self._raw

    @property
    def value(self) -> Fraction:
        """The exact numeric value (bytes for memory, cores for CPU)."""
        return self._value

    def __int__(self) -> int:
        """Rounded up, as Kubernetes does (``Quantity("1.5").__int__() == 2``)."""
        return math.ceil(self._value)

    def __float__(self) -> float:
        return float(self._value)

    def __mul__(self, other: int) -> Fraction:
        return self._value * other

    def __str__(self) -> str:
        return str(self._raw)

    def __repr__(self) -> str:
        return f"Quantity({self._raw!r})"

    def __eq__(self, other: object) -> bool:
        other_value = _coerce(other)
        return NotImplemented if other_value is None else self._value == other_value

    def __lt__(self, other: object) -> bool:
        other_value = _coerce(other)
        if other_value is None:
            return NotImplemented
        return self._value < other_value

    def __hash__(self) -> int:
        return hash(self._value)

    @classmethod
    def __get_pydantic_core_schema__(
        cls, source: Any, handler: GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        return core_schema.no_info_plain_validator_function(
            _validate,
            serialization=core_schema.plain_serializer_function_ser_schema(_raw),
        )

    @classmethod
    def __get_pydantic_json_schema__(
        cls, schema: core_schema.CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        return {"anyOf": [{"type": "string"}, {"type": "number"}]}


def _coerce(other: object) -> Fraction | None:
    if isinstance(other, Quantity):
        return other.value
    if isinstance(other, (str, int, float)) and not isinstance(other, bool):
        try:
            return Quantity(other).value
        except ValueError:
            return None
    return None


def _raw(value: Any) -> Any:
    # Anything else (a pulumi.Output in an ``Input[Quantity]`` field) is passed through as it is.
    return value.raw if isinstance(value, Quantity) else value


def _validate(value: Any) -> Quantity:
    if isinstance(value, Quantity):
        return value
    try:
        return Quantity(value)
    except TypeError:
        raise PydanticCustomError(
            "quantity_type",
            "expected a Kubernetes quantity (a string such as '128Mi' or a number), got {type}",
            {"type": type(value).__name__},
        ) from None
    except ValueError:
        raise PydanticCustomError(
            "quantity",
            "'{value}' is not a Kubernetes quantity: write a number with an optional suffix "
            "(Ki, Mi, Gi, Ti, Pi, Ei, m, k, M, G, T, P, E or an exponent), e.g. " + EXAMPLES,
            {"value": value},
        ) from None
