"""PNG output: the charts' SVG rasterised with CairoSVG.

CairoSVG is pure Python over the cairo library (``libcairo2``, present on the Debian image the
project runs on); it reads only the SVG it is given, so it works offline. It is imported when
first needed, so the SVG charts work without it.
"""

from __future__ import annotations

import importlib
from types import ModuleType

from handover.errors import HandoverError

__all__ = ["svg_to_png"]


def _cairosvg() -> ModuleType:
    try:
        return importlib.import_module("cairosvg")
    except (ImportError, OSError) as error:
        raise HandoverError("PNG output needs the cairosvg package and the cairo library "
                            f"(libcairo2): {error}") from error


def svg_to_png(svg: str, *, scale: float = 2.0) -> bytes:
    """Rasterise an SVG document to PNG bytes (``scale`` 2 for sharp text on screens)."""
    module = _cairosvg()
    data: bytes = module.svg2png(bytestring=svg.encode("utf-8"), scale=scale,
                                 unsafe=False)
    return data
