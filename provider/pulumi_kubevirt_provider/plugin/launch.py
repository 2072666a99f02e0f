"""``pulumi-resource-kubevirt``: the entry point the engine runs, for every operation.

The engine waits for the plugin's first answers, and most of the plugin's start is imports (the
server's here, the Kubernetes client's on a thread for the first Diff). Imports allocate many
objects and nothing of them is garbage, yet they set off the cyclic garbage collector over and
over: ~12 % of the start's CPU. So the collector is off from here until the server has loaded what
the first Diff needs; ``server.main`` then freezes what was loaded (never scanned again) and turns
the collector back on.
"""

from __future__ import annotations

import gc


def main() -> None:
    gc.disable()
    from pulumi_kubevirt_provider.plugin import server

    server.main()
