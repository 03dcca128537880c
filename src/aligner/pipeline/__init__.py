"""The orchestration layer: every command's read -> segment -> align -> check -> report.

Each command of the CLI parses its options, calls one function here and
prints what it returns; the sequence of steps -- and the evidence the aligner
gets -- is written once, in this module:

- :func:`segment_file`: read a document and split it into sentences.
- :func:`align_files`: two documents (or sentence-per-line files) aligned, with
  the glossary, a dictionary and machine translation as evidence
  (:func:`build_evidence`); :func:`align_data` the same for two documents'
  bytes read elsewhere (``aligner batch``).
- :func:`load_check_input`: what ``check``, ``report`` and ``glossary suggest``
  work on -- two documents aligned first, a pair file or a TMX file -- as units.
- :func:`check_input`: the checks over those units.
- :func:`report_data`: the review page's input from units, alignment and findings.

The main job (``aligner run``) chains them in :mod:`aligner.mainjob`.  Every
function returns frozen data and prints nothing.
"""

from aligner.pipeline.checks import (
    CheckInput,
    check_input,
    load_check_input,
    report_data,
    units_from_tmx,
)
from aligner.pipeline.steps import (
    AlignedPair,
    Log,
    align_data,
    align_files,
    build_evidence,
    default_glossary,
    find_omissions,
    load_glossary_file,
    load_srx,
    segment_data,
    segment_file,
    size_warning,
    srx_splitter,
    term_evidence,
)

__all__ = [
    "AlignedPair", "CheckInput", "Log", "align_data", "align_files", "build_evidence",
    "check_input", "default_glossary", "find_omissions", "load_check_input",
    "load_glossary_file", "load_srx", "report_data", "segment_data", "segment_file",
    "size_warning", "srx_splitter", "term_evidence", "units_from_tmx",
]
