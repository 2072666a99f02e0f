"""Quantities parse every Kubernetes spelling, keep it, and compare by value."""

from __future__ import annotations

from fractions import Fraction

import pytest

from pulumi_kubevirt_models import Quantity


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("64M", 64 * 10**6),
        ("1Gi", 2**30),
        ("1.5Gi", 3 * 2**29),
        ("500m", Fraction(1, 2)),
        ("2", 2),
        ("0", 0),
        ("1e3", 1000),
        ("1E3", 1000),
        ("1E", 10**18),
        ("1.", 1),
        (".5", Fraction(1, 2)),
        ("+1k", 1000),
        ("-1Ki", -1024),
        ("2.5e-3", Fraction(1, 400)),
        ("1Ei", 2**60),
        ("100Ti", 100 * 2**40),
    ],
)
def test_quantity_strings_parse_to_their_exact_value(text: str, value: Fraction) -> None:
    assert Quantity(text).value == value


@pytest.mark.parametrize("number", [2, 0, 1.5, 1024])
def test_bare_numbers_are_quantities(number: float) -> None:
    assert Quantity(number).value == Fraction(str(number))
    assert Quantity(number).raw == number


@pytest.mark.parametrize(
    "text", ["", "64MB", "1gi", "Gi", "1 Gi", "1e", "1..5", "--1", "1Gi ", "e3", "0x10", "1.5.Gi"]
)
def test_malformed_quantities_are_rejected(text: str) -> None:
    with pytest.raises(ValueError):
        Quantity(text)


@pytest.mark.parametrize("value", [True, None, [1], float("nan"), float("inf")])
def test_non_quantity_values_are_rejected(value: object) -> None:
    with pytest.raises((TypeError, ValueError)):
        Quantity(value)  # type: ignore[arg-type]


def test_canonicalised_spellings_compare_equal() -> None:
    assert Quantity("1536Mi") == Quantity("1.5Gi")
    assert Quantity("1500m") == Quantity("1.5")
    assert Quantity("1k") == Quantity(1000)
    assert Quantity("1Ki") != Quantity("1k")
    assert hash(Quantity("1536Mi")) == hash(Quantity("1.5Gi"))


def test_quantities_compare_with_plain_spellings() -> None:
    assert Quantity("1Gi") == "1024Mi"
    assert Quantity("2") == 2
    assert Quantity("1Gi") != "not a quantity"


def test_quantities_order_by_value() -> None:
    assert Quantity("1Gi") > Quantity("1G")
    assert Quantity("500m") < Quantity(1)
    assert sorted([Quantity("1Gi"), Quantity("1Mi"), Quantity("1k")]) == ["1k", "1Mi", "1Gi"]


def test_the_spelling_is_kept() -> None:
    q = Quantity("1.5Gi")
    assert q.raw == "1.5Gi"
    assert str(q) == "1.5Gi"
    assert repr(q) == "Quantity('1.5Gi')"


def test_int_rounds_up_like_kubernetes() -> None:
    assert int(Quantity("1500m")) == 2
    assert int(Quantity("1Gi")) == 2**30
