"""One pair's work, wherever it runs: read, segment, align, prepare the rows to store.

:func:`align_job` is what a worker process (or a Dask worker) runs.  It is
given the two files' bytes, read by the process that writes the database, and
returns a :class:`~aligner.collection.store.PairRecord`; it reads no file and
writes nothing.  Segmenting and aligning are :func:`aligner.pipeline.align_data`
-- the steps of ``aligner align`` -- so a pair stored by ``aligner batch`` has
the beads ``aligner align`` gives it -- a side with no sentence too: its other side's
sentences one-sided, with align's warning.  A pair that cannot be aligned (binary file,
undecodable text, a document without text) comes back with its error instead.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from aligner import __version__
from aligner.align import AlignOptions
from aligner.collection.forms import side_forms
from aligner.collection.kept_failures import LASTING
from aligner.collection.rows import DroppedEdit
from aligner.collection.store import PairRecord, Segmentation
from aligner.errors import AlignerError, EncodingError, ExchangeFileError
from aligner.lang import join_sentences
from aligner.model import Alignment, Glossary, SegmentedDocument

if TYPE_CHECKING:
    from aligner.segment.srx import SrxRules


@dataclass(frozen=True, slots=True)
class PairJob:
    """A pair to align: its name, its files and their bytes and content hashes."""

    name: str
    src_path: str
    tgt_path: str
    src_bytes: bytes = field(repr=False)
    tgt_bytes: bytes = field(repr=False)
    src_hash: str
    tgt_hash: str
    #: The stored alignment of a document a person reviewed, whose files changed: its
    #: review is carried over to the new text (:mod:`aligner.collection.carry`).
    reviewed: Alignment | None = field(default=None, repr=False)
    #: Its sentences a reviewer corrected: (side, index) -> the file's text.
    originals: Mapping[tuple[str, int], str] = field(default_factory=dict, repr=False)
    #: Its sentences a reviewer split: (side, index of the second part) -> the whitespace
    #: between the parts (:mod:`aligner.collection.resplit`).
    splits: Mapping[tuple[str, int], str] = field(default_factory=dict, repr=False)
    #: Its sentences a reviewer joined: (side, index) -> (cut, resume) of each join
    #: (:mod:`aligner.collection.rejoin`).
    joins: Mapping[tuple[str, int], tuple[tuple[int, int], ...]] = field(
        default_factory=dict, repr=False)


@dataclass(frozen=True, slots=True)
class BatchSettings:
    """What every pair of a run is aligned with."""

    src_lang: str
    tgt_lang: str
    glossary: Glossary | None = None
    input_format: str | None = None
    encoding: str = "utf-8"
    options: AlignOptions = field(default_factory=AlignOptions)
    srx: SrxRules | None = None
    #: Where each language came from when no option gave it, for the warning that a
    #: text is not in it (``the name of its folder (en/)``); None: the option.  Not
    #: in the settings hash: the same language from elsewhere aligns the same.
    langs_said: tuple[str | None, str | None] = (None, None)
    #: aligner's version, in the settings hash: another one is another run's (what
    #: changed is told by :mod:`aligner.collection.settings_change`).
    version: str = __version__

    def digest(self) -> str:
        """The settings hash: a stored pair made with other settings is realigned."""
        glossary = None
        if self.glossary is not None:
            # a capitalised term's flags only where a row has them: the hash of every
            # other glossary stays what it was
            glossary = [[e.source, e.target, e.status.value, e.case_sensitive,
                         e.target_case_sensitive,
                         *([e.capitalised, e.target_capitalised]
                           if e.capitalised or e.target_capitalised else [])]
                        for e in self.glossary.entries]
        described = {
            "aligner": self.version, "src_lang": self.src_lang, "tgt_lang": self.tgt_lang,
            "glossary": glossary, "input_format": self.input_format,
            "encoding": self.encoding, "options": self.options.describe(),
            # The rules, not the file's name: the same rules elsewhere are the same settings.
            "srx": None if self.srx is None else [asdict(self.srx)[k] for k in
                                                  ("cascade", "language_rules", "maps")],
        }
        text = json.dumps(described, sort_keys=True, ensure_ascii=False)
        return hashlib.sha256(text.encode("utf-8")).hexdigest()

    def pair_digest(self, src: bytes, tgt: bytes) -> str:
        """The settings hash of one pair of files: ``encoding`` counts only for a file
        whose text depends on it (:func:`encoding_matters`), so that
        ``--encoding cp1252`` given for a Latin-1 file does not realign the UTF-8 pairs
        beside it, nor leaving it out realign them again.  A pair of files that read
        the same under any option has the hash of ``--encoding utf-8`` (the default)."""
        used = [self.encoding if encoding_matters(data, self.encoding) else "utf-8"
                for data in (src, tgt)]
        said = used[0] if used[0] == used[1] else ",".join(used)
        return self.digest() if said == self.encoding else replace(self, encoding=said).digest()


def encoding_matters(data: bytes, encoding: str) -> bool:
    """Whether a file's text read under ``encoding`` differs from its text read under the
    default, UTF-8 (:func:`~aligner.fileio.decode` reads a byte-order mark, and UTF-8
    text, as such whatever the option): it does for a Latin-1 file, not for a UTF-8 one
    or one of plain ASCII (in an encoding that keeps ASCII)."""
    from aligner.fileio import decode

    try:
        return decode(data, path="", encoding=encoding) != decode(data, path="")
    except EncodingError:
        return True


def unit_texts(al: Alignment) -> tuple[tuple[tuple[str, str], ...], tuple[tuple[str, str], ...]]:
    """What the collection stores of ``al``'s beads: every bead's joined source and
    target text (``PairRecord.units``), and the word forms the concordance indexes
    of every two-sided bead (``PairRecord.forms``)."""
    src_forms, tgt_forms = side_forms(al.src_lang, al.tgt_lang)
    units = tuple(
        (join_sentences((al.src_sentences[i] for i in b.src), al.src_lang),
         join_sentences((al.tgt_sentences[i] for i in b.tgt), al.tgt_lang))
        for b in al.beads)
    forms = tuple((src_forms.index_text(s), tgt_forms.index_text(t))
                  for b, (s, t) in zip(al.beads, units, strict=True) if not b.is_null)
    return units, forms




def align_job(job: PairJob, settings: BatchSettings) -> PairRecord:
    """Align one pair; a pair that cannot be aligned comes back with ``error`` set."""
    started = time.perf_counter()
    try:
        record = _align(job, settings)
    except ExchangeFileError as exc:  # an XLIFF or PO file among the documents
        record = failure(job, settings, exc.in_batch(), lasting=True)
    except AlignerError as exc:  # a ResourceError (exit status 1) is the machine's
        record = failure(job, settings, exc.format(), lasting=exc.exit_code == 2)
    except (RecursionError, ValueError) as exc:  # a text the tool cannot take
        record = failure(job, settings, f"{job.src_path}: {type(exc).__name__}: {exc}",
                         lasting=True)
    except MemoryError as exc:  # the machine's: the next run tries again
        record = failure(job, settings, f"{job.src_path}: {type(exc).__name__}: {exc}")
    return replace(record, seconds=time.perf_counter() - started)


def failure(job: PairJob, settings: BatchSettings, error: str, *,
            lasting: bool = False) -> PairRecord:
    """The record of a pair that could not be aligned; ``lasting``: for a reason of its
    files' own (:data:`LASTING`)."""
    digest = settings.pair_digest(job.src_bytes, job.tgt_bytes)
    return PairRecord(job.name, job.src_path, job.tgt_path, job.src_hash, job.tgt_hash,
                      f"{LASTING}{digest}" if lasting else digest, settings.src_lang,
                      settings.tgt_lang, error=error)


def _align(job: PairJob, settings: BatchSettings) -> PairRecord:
    from aligner.pipeline import align_data, build_evidence, find_omissions

    warnings: list[str] = []
    aligned = align_data(
        job.src_bytes, job.tgt_bytes, src_path=job.src_path, tgt_path=job.tgt_path,
        src_lang=settings.src_lang, tgt_lang=settings.tgt_lang, glossary=settings.glossary,
        encoding=settings.encoding, input_format=settings.input_format,
        options=settings.options, src_name=Path(job.src_path).name,
        tgt_name=Path(job.tgt_path).name, warn=warnings.append, srx=settings.srx,
        langs_said=settings.langs_said)
    al = aligned.alignment
    assert aligned.src_doc is not None and aligned.tgt_doc is not None  # not presplit
    spans = {"src": _spans(aligned.src_doc), "tgt": _spans(aligned.tgt_doc)}
    splits: tuple[tuple[str, int, str], ...] = ()
    joins: tuple[tuple[str, int, str], ...] = ()
    carried = None
    originals: tuple[tuple[str, int, str], ...] = ()
    dropped: tuple[DroppedEdit, ...] = ()
    if job.reviewed is not None:
        from aligner.align.options import Evidence
        from aligner.collection.carry import carry_review
        from aligner.collection.resplit import resplit
        from aligner.pipeline import term_evidence

        if job.joins:
            from aligner.collection.rejoin import rejoin

            al, spans, joins = rejoin(job.reviewed, al, spans, originals=job.originals,
                                      joins=job.joins)
        if job.splits:
            al, spans, splits = resplit(job.reviewed, al, spans, originals=job.originals,
                                        splits=job.splits)
        kept = carry_review(job.reviewed, al, options=settings.options,
                            evidence=Evidence(term_pairs=term_evidence(settings.glossary)),
                            originals=job.originals)
        al, carried = kept.alignment, (kept.carried, kept.dropped)
        originals, dropped = kept.originals, kept.lost
    # the sentences a bead may hold untranslated, as aligner check marks them: the
    # editor's doubtful beads and check C.db read them from the stored signals
    al = find_omissions(al, evidence=build_evidence(glossary=settings.glossary),
                        options=settings.options)
    units, forms = unit_texts(al)
    return replace(failure(job, settings, ""), error=None, alignment=al,
                   src_spans=spans["src"], tgt_spans=spans["tgt"],
                   forms=forms, units=units, warnings=tuple(warnings), carried=carried,
                   originals=originals, dropped=dropped, splits=splits, joins=joins)


def _spans(doc: SegmentedDocument) -> Segmentation:
    return Segmentation(tuple((s.start, s.end, s.block) for s in doc.segments))
