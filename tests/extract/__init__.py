"""Tests of the extraction stage (a package, so that its conftest has a unique module name)."""
