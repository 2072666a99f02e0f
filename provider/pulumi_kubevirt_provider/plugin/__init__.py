"""The resource-plugin transport: ``pulumi-resource-kubevirt``, a gRPC resource provider.

``launch.py`` is the executable's entry point; ``server.py`` serves the provider protocol over
the same core as the dynamic resources (``resources/``), speaking it with the generated modules
``rpc.py`` loads; ``wire.py`` converts property values; ``schema.py`` builds the package schema
from the typed models. Start it with ``python -m pulumi_kubevirt_provider.plugin`` (the engine
launches it through the ``pulumi-resource-kubevirt`` executable the bootstrap installs).
"""
