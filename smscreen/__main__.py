"""``python -m smscreen`` runs the command line."""

from smscreen.cli import main

main()
