"""``python -m aligner`` runs the command line."""

from aligner.cli.main import main

main()
