"""Reliability tests: bad, hostile, large and unusual input."""
