"""Preview reports for pull requests: what ``pulumi preview --json`` says will happen to each VM.

``pulumi-kubevirt report`` (``cli.py``) reads the preview (``preview.py``, which redacts every
secret first), builds the facts (``facts.py``, classifying with the provider's own code) into
plain data (``model.py``), and writes Markdown for one PR comment (``markdown.py``, under a size
bound), JSON (``machine.py``) or terminal text (``text.py``); ``policy.py`` decides ``--fail-on``.
"""

from __future__ import annotations

from pulumi_kubevirt_provider.report.facts import build
from pulumi_kubevirt_provider.report.model import Category, Report
from pulumi_kubevirt_provider.report.preview import loads

__all__ = ["Category", "Report", "build", "loads"]
