"""Charts as server-side SVG (and PNG): our own small SVG writer, no JavaScript, no web fonts.

>>> from handover.agreements import balance
>>> from handover.charts import asymmetry_chart
>>> from handover.reconcile import reconcile
>>> from handover.reconcile.samples import example_agreements, example_claims
>>> result = reconcile(example_claims(), example_agreements())
>>> svg = asymmetry_chart(balance(result.events).classes)
>>> svg.startswith("<svg") and "Russia → Ukraine: 6,057" in svg
True
"""

from handover.charts.asymmetry import asymmetry_chart, ratio_text
from handover.charts.cumulative import cumulative_chart
from handover.charts.fulfilment import fulfilment_chart, term_summary
from handover.charts.png import svg_to_png

__all__ = [
    "asymmetry_chart",
    "cumulative_chart",
    "fulfilment_chart",
    "ratio_text",
    "svg_to_png",
    "term_summary",
]
