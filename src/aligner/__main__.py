"""``python -m aligner`` runs the command line."""

from aligner.cli.launch import main

main()
