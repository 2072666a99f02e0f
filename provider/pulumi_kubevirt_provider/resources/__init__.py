"""The provider core, one handler per kind (transport-neutral); the shared behaviour is in base.py.

The import below is for states written before the resource plugin: they name
``pulumi_kubevirt_provider.resources.<kind>.<Kind>Provider`` as their dynamic provider (pickled by
reference with dill), and unpickling one imports this package before anything else of the
provider. ``dynamic.OLD_PATHS`` puts the dynamic adapters under those names. Only a process that
unpickles with dill needs them (Pulumi's dynamic-provider server, a program on the Python SDK:
both load dill first); the resource plugin does not, and must not load the Pulumi SDK that
``dynamic`` brings for them (tests/provider/test_plugin_import_budget.py).
"""

import sys

if "dill" in sys.modules:
    import pulumi_kubevirt_provider.dynamic  # noqa: F401
