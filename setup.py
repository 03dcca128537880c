"""Build the optional C kernel of the aligner (everything else is in pyproject.toml).

``optional=True``: without a C compiler the install still succeeds and the
aligner uses its numba kernel instead (slower to start, same results).
"""

import os

from setuptools import Extension, setup

setup(
    ext_modules=[
        Extension(
            "aligner.align._dpc",
            ["src/aligner/align/_dpc.c"],
            extra_compile_args=[] if os.name == "nt" else ["-O3"],
            optional=True,
        )
    ]
)
