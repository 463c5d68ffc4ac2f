"""The pages of a build: the timeline, one page per slice, the index."""

from __future__ import annotations

from geomap.pages.index import render_index
from geomap.pages.timeline import (
    PlaceRow,
    frozen_data,
    render_slice_page,
    render_timeline,
    timeline_data,
)

__all__ = [
    "PlaceRow",
    "frozen_data",
    "render_index",
    "render_slice_page",
    "render_timeline",
    "timeline_data",
]
