"""aligner: sentence segmentation, sentence alignment and terminology QA for translations."""

# The one place the version is written (pyproject.toml reads it from here); a
# literal rather than importlib.metadata, which costs 60 ms at every start.
__version__ = "0.1.0"

__all__ = ["__version__"]
