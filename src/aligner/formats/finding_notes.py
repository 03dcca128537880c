"""The findings of the checks written as notes on the units they are about
(``aligner export --note-flagged LEVEL``): a reviewer handing an XLIFF back for
correction gives the translator what ``aligner check`` found, where the translator
works.

Each finding is one note, its text as ``aligner check`` lists it: the severity, the
check's code and its message (``ERROR number-mismatch: numbers differ: 2.5 missing
in the target; 25 not in the source``), and the glossary row's note a term finding
has (``(glossary note: ...)``).  The text says it all because a CAT tool shows a
note's text and little else (OmegaT its comment, translate-toolkit ``getnotes()``);
the formats that have a place for the rest say it there too: XLIFF 2 a note's
``category`` (the code) and ``priority``, XLIFF 1.2 its ``from`` (``aligner``) and
``priority``.  Both take a priority from 1 (highest) to 10 (lowest): an error is 1, a
warning 5, an info 10.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from aligner.model import Finding, Severity

#: Who wrote the note (XLIFF 1.2's ``from``).
NOTE_FROM = "aligner"

_PRIORITY = {Severity.ERROR: "1", Severity.WARNING: "5", Severity.INFO: "10"}


def note_text(finding: Finding) -> str:
    """``ERROR number-mismatch: numbers differ: ...``, the glossary note after it."""
    text = f"{finding.severity.value.upper()} {finding.code}: {finding.message}"
    return text + (f" (glossary note: {finding.note})" if finding.note else "")


def priority(finding: Finding) -> str:
    """The XLIFF priority of ``finding``'s severity: ``1`` an error, ``5`` a warning,
    ``10`` an info."""
    return _PRIORITY[finding.severity]


class FindingNotes:
    """The notes a writer writes, counted (``written``) for the line export says."""

    def __init__(self) -> None:
        self.written = 0

    def __call__(self, findings: Iterable[Finding], *, have: Iterable[str] = ()
                 ) -> Iterator[tuple[Finding, str]]:
        """Each finding with its note's text, most severe first, those whose text is
        in ``have`` (the notes a unit kept from the file it was read from: a memory
        exported with its notes before) left out."""
        seen = set(have)
        for finding in sorted(findings, key=lambda f: -f.severity.rank):
            text = note_text(finding)
            if text in seen:
                continue
            seen.add(text)
            self.written += 1
            yield finding, text
