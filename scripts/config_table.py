"""Write the stack configuration table of docs/installation-configuration.md from the declared keys.

The table and the explicit provider's keyword list sit between two markers in that page; this
script rewrites what is between them from ``pulumi_kubevirt_provider.config_keys.KEYS``, the one
declaration of the keys. ``tests/provider/test_config_keys.py`` fails while the page differs.

    .venv/bin/python scripts/config_table.py          # rewrite the page
    .venv/bin/python scripts/config_table.py --check  # exit 1 if the page is out of date
"""

from __future__ import annotations

import argparse
import sys
import textwrap
from pathlib import Path

from pulumi_kubevirt_provider import config_keys

PAGE = Path(__file__).resolve().parents[1] / "docs" / "installation-configuration.md"
BEGIN = "<!-- config-keys: written by scripts/config_table.py from config_keys.py; do not edit -->"
END = "<!-- end of config-keys -->"


def _default(key: config_keys.ConfigKey) -> str:
    if key.default_doc:
        return key.default_doc
    return f"`{key.default}`" if key.default is not None else "none"


def render() -> str:
    """The text between the markers."""
    rows = [
        "| key | meaning | default |",
        "|---|---|---|",
        *(f"| `{key.full_name}` | {key.description} | {_default(key)} |" for key in config_keys.KEYS),
    ]
    keywords = ", ".join(f"`{key.python_name}`" for key in config_keys.PROVIDER_KEYS)
    secret = ", ".join(f"`{key.python_name}`" for key in config_keys.PROVIDER_KEYS if key.secret)
    sdk_only = ", ".join(f"`{key.full_name}`" for key in config_keys.KEYS if not key.provider)
    plugin = (
        f"The plugin takes the same keys (all but {sdk_only}) as a default provider's config, or as an "
        f"explicit `kv.Provider`'s inputs ({keywords}; {secret} is always kept secret)."
    )
    return "\n".join([*rows, "", textwrap.fill(plugin, width=100, break_on_hyphens=False)])


def rewritten(page: str) -> str:
    """``page`` with the text between the markers replaced by ``render()``."""
    head, begin, rest = page.partition(BEGIN)
    _, end, tail = rest.partition(END)
    if not begin or not end:
        raise SystemExit(f"{PAGE}: the markers {BEGIN!r} and {END!r} are missing")
    return f"{head}{BEGIN}\n{render()}\n{END}{tail}"


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--check", action="store_true", help="exit 1 if the page is out of date")
    args = parser.parse_args()
    page = PAGE.read_text("utf-8")
    fresh = rewritten(page)
    if args.check:
        if fresh != page:
            print(f"{PAGE} is out of date: run scripts/config_table.py", file=sys.stderr)
            return 1
        return 0
    PAGE.write_text(fresh, "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
