"""Tests of `geomap build`'s outputs."""
