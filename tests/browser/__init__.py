"""Browser tests of the pages `geomap build` writes."""
