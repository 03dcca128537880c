"""``aligner export --leave-out-flagged LEVEL`` and ``--note-flagged LEVEL`` (with
``--glossary``/``--no-glossary`` and ``--severity CODE=LEVEL``): the checks run on the
export's input as ``aligner check`` runs them, once for both, and the units they flag
left out, or their findings written on them as notes (:mod:`aligner.collection.flagged`)."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from aligner.cli.quiet_option import is_quiet
from aligner.cli.terminal import warn
from aligner.collection.flagged import FlaggedUnits
from aligner.defaults import DEFAULT_GLOSSARY
from aligner.errors import ConfigError
from aligner.model import Finding, Severity, UnitOrigin

F = TypeVar("F", bound=Callable[..., Any])


def flagged_options(command: F) -> F:
    """``--leave-out-flagged LEVEL``, ``--note-flagged LEVEL``, ``--glossary FILE``,
    ``--no-glossary`` and ``--severity CODE=LEVEL`` (``aligner check``'s, with its syntax
    and validation)."""
    command = click.option(
        "--severity", "severities", multiple=True, metavar="CODE=LEVEL",
        help="With --leave-out-flagged or --note-flagged: change the severity of a check, "
             "as aligner check "
             "--severity does (repeatable): --severity code-changed=error leaves out the "
             "units whose code was translated.")(command)
    command = click.option("--no-glossary", is_flag=True,
                           help="With --leave-out-flagged or --note-flagged: read no "
                                f"glossary (neither a recorded one nor ./{DEFAULT_GLOSSARY}).")(
        command)
    command = click.option(
        "--glossary", "glossary_path", type=click.Path(dir_okay=False), metavar="FILE",
        help=f"With --leave-out-flagged or --note-flagged: the glossary the terms are "
             "checked with (default: the one a saved alignment was made with, which it "
             f"records, else ./{DEFAULT_GLOSSARY} when present; a collection: the one each "
             "language pair was aligned with, as aligner check C.db).")(command)
    command = click.option(
        "--note-flagged", "note_flagged",
        type=click.Choice([s.value for s in reversed(Severity)]), default=None,
        metavar="LEVEL",
        help="Run the checks (as aligner check does, with the same glossary) and write "
             "each unit's findings of this severity or worse (error, warning or info) "
             "as notes on it, as aligner check words them (ERROR number-mismatch: "
             "numbers differ: ...): XLIFF 2 <notes>, XLIFF 1.2 and TMX <note>.  With "
             "--leave-out-flagged: notes on the units kept.  TMX and XLIFF only.")(command)
    return click.option(
        "--leave-out-flagged", "leave_out_flagged",
        type=click.Choice([s.value for s in reversed(Severity)]), default=None,
        metavar="LEVEL",
        help="Run the checks (as aligner check does, with the same glossary) and leave "
             "out every unit with a finding at least this severe: error, warning or info "
             "(default: none is left out).  A bead reviewed in aligner review is kept "
             "whatever its findings.  Not in .json and .align/.beads.")(command)


def flagged_units(inputs: tuple[Path, ...], *, level: str | None, glossary_path: str | None,
                  no_glossary: bool, output: Path, collection: bool, docs: tuple[str, ...],
                  src_lang: str | None, tgt_lang: str | None, encoding: str,
                  min_score: float, reviewed_only: bool,
                  severities: tuple[str, ...] = (), note_level: str | None = None
                  ) -> FlaggedUnits | None:
    """The units the checks flag at ``level`` or above in ``inputs`` (None: no level),
    and the findings at ``note_level`` or above by unit (None: no notes; both None:
    no checks run),
    the checks run as ``aligner check`` runs them on the same files: the same glossary
    (``--glossary``, else ``./glossary.tsv``, else for a collection the one each pair
    remembers), the default options but the severities given (``severities``: ``--severity
    CODE=LEVEL`` values, checked as ``aligner check`` checks them)."""
    if level is None and note_level is None:
        if glossary_path is not None or no_glossary or severities:
            option = ("--glossary" if glossary_path else "--no-glossary" if no_glossary
                      else "--severity")
            raise click.UsageError(f"{option} goes with --leave-out-flagged LEVEL or "
                                   "--note-flagged LEVEL")
        return None
    from aligner.check import validate_codes
    from aligner.cli.check import parse_severities

    changed = parse_severities(severities)
    # (imported here: an export without the option needs neither the checks nor the
    # aligner, tests/collection/test_stored.py)
    from aligner.cli.saved_glossary import saved_glossary
    from aligner.pipeline import default_glossary

    glossary, tell = (saved_glossary(inputs, glossary_path, no_glossary, quiet=is_quiet(),
                                     doing="checking for the flagged units")[:2]
                      if not collection
                      else (default_glossary(glossary_path, use_default=not no_glossary),
                            _nothing))
    if glossary is not None and str(output) != "-" and _same(output, glossary):
        raise ConfigError(f"is also an input ({glossary}); give the output another name",
                          path=os.fspath(output))
    severity = None if level is None else Severity(level)
    noted = None if note_level is None else Severity(note_level)
    # the least severe level asked: the findings both options take
    least = min((s for s in (severity, noted) if s is not None), key=lambda s: s.rank)
    names = [os.fspath(p) for p in inputs]
    inputs_said = tuple(f"{name}: " for name in names)

    def say(message: str) -> None:
        # what reading an input gives to say (units or documents left out, a header
        # row), export says itself, in its own words: the check's other messages, of the
        # glossary, come through
        if not is_quiet() and not message.startswith(inputs_said):
            warn(message)

    if collection:
        from aligner.collection.crosscheck import COLLECTION_CHECKS
        from aligner.collection.qa import split_codes

        validate_codes(split_codes(list(changed))[1], also=COLLECTION_CHECKS)
        found = _collection_findings(inputs[0], glossary=glossary, docs=docs, severities=changed,
                                     src_lang=src_lang, tgt_lang=tgt_lang,
                                     encoding=encoding, say=say,
                                     own=glossary_path is None and not no_glossary)
        findings = [_finding(d) for d, _src, _tgt in found]
    else:
        from aligner.check import CheckOptions
        from aligner.formats import readable_alignment_format
        from aligner.pipeline import check_input, load_check_input

        validate_codes(changed)
        # a name of no alignment format (pairs.txt) export reads as a pair file (TSV),
        # which check is given as --pairs
        files = [readable_alignment_format(name) is not None for name in names]
        inp = load_check_input(documents=[n for n, f in zip(names, files, strict=True) if f],
                               pairs=[n for n, f in zip(names, files, strict=True) if not f],
                               src_lang=src_lang, tgt_lang=tgt_lang, glossary=glossary,
                               encoding=encoding, warn=say)
        tell()  # the glossary a saved alignment records: said once it is read
        findings = list(check_input(inp, CheckOptions(severities=changed)).findings)
    from aligner.collection.flagged import flagged_units as by_input
    from aligner.collection.flagged import unit_findings

    findings = [f for f in findings if f.severity.rank >= least.rank]
    return FlaggedUnits({} if severity is None else by_input(findings, severity, name=names[0]),
                        severity, min_score=min_score, reviewed_only=reviewed_only,
                        notes={} if noted is None else unit_findings(findings, noted,
                                                                     name=names[0]),
                        note_level=noted)


def _finding(found: dict[str, Any]) -> Finding:
    """A finding of ``aligner check C.db`` (its JSON object) as the one it was made of,
    its unit that of its document (:class:`~aligner.model.UnitOrigin`)."""
    return Finding(found["code"], Severity(found["severity"]), found["unit"],
                   found["message"], note=found.get("note"),
                   origin=UnitOrigin(found["document"], found["unit"]))


def _collection_findings(db: Path, *, glossary: str | None, docs: tuple[str, ...],
                         severities: dict[str, Severity],
                         src_lang: str | None, tgt_lang: str | None, encoding: str,
                         say: Callable[[str], None], own: bool
                         ) -> list[tuple[dict[str, Any], str, str]]:
    """The findings of ``aligner check C.db`` (``--doc``, languages and glossaries as
    given, ``severities`` changed as its ``--severity`` changes them), each a finding's
    JSON object naming its document and unit."""
    from aligner.check import CheckOptions
    from aligner.cli.remembered_glossaries import remembered_glossaries
    from aligner.collection.qa import CollectionCheckOptions, check_collection, split_codes

    glossaries = remembered_glossaries(db, src_lang, tgt_lang, is_quiet()) if own else {}
    across, each = split_codes(list(severities))
    options = CollectionCheckOptions(CheckOptions(severities={c: severities[c] for c in each}),
                                     severities={c: severities[c] for c in across})
    return check_collection(db, glossary=glossary, options=options,
                            names=docs, encoding=encoding, warn=say, src_lang=src_lang,
                            tgt_lang=tgt_lang, glossaries=glossaries).findings


def _same(a: str | os.PathLike[str], b: str) -> bool:
    try:
        return Path(a).samefile(b)
    except (OSError, ValueError):  # the output is not written yet
        return False


def _nothing() -> None:
    """Nothing to say (a collection's glossaries are said by the collection's check)."""
