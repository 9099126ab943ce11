"""The built-in example behind ``handover demo``: report texts written for the project.

The reports tell, in English, Ukrainian and Russian and through voices on both sides and a
neutral one, the stages of the June 2025 repatriation of remains, the Istanbul talks of 2 June
2025 and the May 2025 "1000 for 1000" exchange, with the difficulties real reports carry. The
facts are from public reports; the sentences are the project's own, and every person in them
other than public officials is synthetic. ``labels.jsonl`` holds, per report, its publication
date and the claims a careful reader finds in it; ``agreements.json`` the agreements.

>>> from handover.demo import demo_reports
>>> len(demo_reports()) >= 6
True
"""

from handover.demo.example import (
    DemoReport,
    DemoSummary,
    build_demo,
    demo_agreements,
    demo_labels,
    demo_reports,
)

__all__ = ["DemoReport", "DemoSummary", "build_demo", "demo_agreements", "demo_labels",
           "demo_reports"]
