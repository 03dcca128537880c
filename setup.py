"""Build the optional C library of the aligner: the DP kernel and the sentence encoder's
per-row loops (everything else is in pyproject.toml).

``optional=True``: without a C compiler the install still succeeds and the
aligner uses its numba kernel and numpy instead (slower, same results).
"""

import os

from setuptools import Extension, setup

setup(
    ext_modules=[
        Extension(
            "aligner.align._dpc",
            ["src/aligner/align/_dpc.c", "src/aligner/align/_usec.c"],
            extra_compile_args=[] if os.name == "nt" else ["-O3"],
            optional=True,
        )
    ]
)
