"""The ``aligner`` command line: a thin layer over the library."""
