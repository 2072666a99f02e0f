"""``python -m pulumi_kubevirt.report [input] [--format ...]``, the same as ``pulumi-kubevirt report``."""

from pulumi_kubevirt.report import cli

raise SystemExit(cli.report_main())
