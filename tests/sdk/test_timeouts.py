"""The resources' `timeouts` input: durations a user can write, and nonsense refused before anything runs."""

from __future__ import annotations

import math
from typing import Any

import pytest

from pulumi_kubevirt import resources


def test_seconds_and_suffixed_durations_are_accepted() -> None:
    assert resources._timeouts({"create": 90, "update": "10m", "delete": "1.5h"}) == {
        "create": 90.0,
        "update": 600.0,
        "delete": 5400.0,
    }
    assert resources._timeouts(None) is None and resources._timeouts({}) is None


@pytest.mark.parametrize(
    "value", [0, -5, "0s", math.nan, math.inf, -math.inf, "ten minutes", True, None, [1]]
)
def test_a_duration_that_is_not_positive_and_finite_is_refused_naming_the_key(value: Any) -> None:
    with pytest.raises(ValueError, match=r"timeouts\['create'\]: .* is not a positive duration"):
        resources._timeouts({"create": value})


def test_an_unknown_key_is_refused() -> None:
    with pytest.raises(ValueError, match=r"unknown key\(s\) \['craete'\]"):
        resources._timeouts({"craete": 10})
