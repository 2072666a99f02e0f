"""The provider core, one handler per kind (transport-neutral); the shared behaviour is in base.py.

The one import below is for states written before the resource plugin: they name
``pulumi_kubevirt_provider.resources.<kind>.<Kind>Provider`` as their dynamic provider (pickled by
reference), and unpickling one imports this package before anything else of the provider.
``dynamic.OLD_PATHS`` puts the dynamic adapters under those names.
"""

import pulumi_kubevirt_provider.dynamic  # noqa: F401
