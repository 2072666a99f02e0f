# generated — regenerate, don't edit
# Written by scripts/codegen/generate.py from
#   kubevirt-v1.9.0/swagger.json (sha256 2c12b9c092941cff)
#   cdi-v1.66.0/swagger.json (sha256 b4425aa983c0493a)
"""The modules ``scripts/codegen/generate.py`` writes, and nothing else: the typed models of the specs'
definitions, the kind table and the quantity paths (hand-written code: ``pulumi_kubevirt_models``)."""
