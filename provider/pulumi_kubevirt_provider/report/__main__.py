"""``python -m pulumi_kubevirt_provider.report [input] [--format ...]``: ``pulumi-kubevirt report``."""

from pulumi_kubevirt_provider.report import cli

raise SystemExit(cli.report_main())
