"""Run the gazetteer CLI with ``python -m gazetteer``."""

from gazetteer.cli import main

main()
