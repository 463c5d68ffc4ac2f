"""Run the geomap CLI with ``python -m geomap``."""

from geomap.cli import main

main()
