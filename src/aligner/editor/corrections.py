"""``aligner import C.db FILE --into NAME``: a translator's corrected units applied to the
document they were exported from, as text corrections of ``aligner review``.

Each unit of the file is matched to the bead of the document whose source text is the
unit's (the bead's source sentences joined as an export writes them, whitespace
normalised on both sides).  Units of one source text and the beads of it are paired in
their order when there are as many of each (an export writes the beads in order); one
unit for several beads of one translation (``export --unique`` writes it once) corrects
them all; anything else is ambiguous.  A unit whose ``x-document`` names another document
(an export of the whole collection) is left alone.  Where the unit's target differs from the bead's,
the bead's target sentences are corrected with :attr:`~aligner.editor.edits.Op.TEXT`
through the editor's store (:class:`~aligner.editor.dbstore.CollectionStore`): each
correction one edit of the log, undoable in ``aligner review``, the bead marked edited,
carried over by ``aligner batch`` as any review.

A unit's review mark (TMX ``x-reviewed``, XLIFF ``state``: ``export`` writes them) comes
back too: a bead it matches with the same target that has no mark here is confirmed
(:attr:`~aligner.editor.edits.Op.CONFIRM`, one edit of the log) -- the colleague's copy
checked it --, a corrected one is marked edited by its correction; a bead with a mark
of its own keeps it, and a unit without one takes none away.

A bead of several target sentences gets the unit's target shared out among them, only
when the language's built-in sentence rules find as many sentences in the unit's target
as in the bead's joined target: the differences between the two are found
(:class:`difflib.SequenceMatcher`), and each must fall inside one sentence.  A unit whose
sentences were joined or split, or whose change crosses the place where two sentences
meet, cannot be shared out without guessing: it is reported, not applied (correct it
in ``aligner review``).  A change of whitespace alone between sentences is no change.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from typing import TYPE_CHECKING

from aligner.collection.rows import MEMORY
from aligner.editor.filling import Fill
from aligner.errors import ConfigError
from aligner.lang import join_sentences, sentence_offsets
from aligner.model import Alignment, Side

if TYPE_CHECKING:
    from aligner.collection.memories import Memory
    from aligner.editor.session import EditSession

#: What a unit of the file did to the document (OTHER: a unit whose ``x-document`` names
#: another document of the collection, left alone).
CORRECTED, UNCHANGED, NO_BEAD, AMBIGUOUS, NOT_SHARED, OTHER = (
    "corrected", "unchanged", "no-bead", "ambiguous", "not-shared", "other")
#: A unit that translates a source sentence the document has without a counterpart
#: (:mod:`aligner.editor.filling`), and one that could not be made its translation.
FILLED, NOT_FILLED = "filled", "not-filled"


@dataclass(frozen=True, slots=True)
class Unit:
    """A unit of the corrected file: its number in the file (1-based), plain texts, and
    the document its ``x-document`` names (an export of a collection writes it)."""

    number: int
    source: str
    target: str
    document: str = ""
    reviewed: bool = False  # the file marks it reviewed (confirmed or edited)


@dataclass(frozen=True, slots=True)
class Correction:
    """New texts for the target sentences of bead ``bead`` (one per sentence)."""

    bead: int
    texts: tuple[str, ...]


@dataclass(slots=True)
class Plan:
    """The corrections to make, and what became of each unit of the file."""

    corrections: list[Correction] = field(default_factory=list)
    #: translations of source sentences without a counterpart (1-0 beads)
    fills: list[Fill] = field(default_factory=list)
    #: the beads to confirm: unchanged, unmarked here, marked reviewed in the file
    confirms: list[int] = field(default_factory=list)
    #: (unit, what became of it: :data:`CORRECTED`, ..., the beads it matched)
    outcomes: list[tuple[Unit, str, tuple[int, ...]]] = field(default_factory=list)
    #: what reading the file said (units without text on one side left out, ...)
    warnings: tuple[str, ...] = ()
    #: bead -> why its fill could not be made
    refused: dict[int, str] = field(default_factory=dict)

    def units(self, outcome: str) -> list[tuple[Unit, tuple[int, ...]]]:
        return [(u, beads) for u, o, beads in self.outcomes if o == outcome]


def apply_file(db: str, name: str, path: str, *, encoding: str = "utf-8") -> Plan:
    """Apply the units of the file at ``path`` to document ``name`` of the collection
    ``db`` (the module docstring), holding the review lock while it does (refused while
    an ``aligner review`` holds it); :class:`ConfigError` for a name that is no document
    pair of the collection, :class:`~aligner.errors.FormatError` for a file without units
    of the document's language pair."""
    from aligner.collection.memories import read_memory
    from aligner.editor.dbstore import CollectionStore, ReviewDatabase
    from aligner.editor.edits import Edit, Op
    from aligner.editor.session import EditSession

    database = ReviewDatabase(db)
    try:
        with database.use() as c:
            docs = {d.name: d for d in c.documents()}
        doc = docs.get(name)
        if doc is None:
            raise ConfigError(f"--into {name}: no such document in {db} (aligner list "
                              f"{db} lists them)", path=path)
        if doc.kind == MEMORY:
            raise ConfigError(f"--into {name}: a memory, not a document pair; import the "
                              "file again to replace it", path=path)
        if doc.status != "aligned":
            raise ConfigError(f"--into {name}: its alignment failed; nothing to correct",
                              path=path)
        # its marks are read below: their dates are not, a confirmation being this one's
        memory = read_memory(path, name=name, src_lang=doc.src_lang, tgt_lang=doc.tgt_lang,
                             encoding=encoding, reviews=False)
        units = file_units(memory)
        store = CollectionStore(database, doc)
        session = EditSession(store)
        alignment, version = store.load()
        plan = plan_corrections(alignment, units, name)
        plan.warnings = memory.warnings
        for correction in plan.corrections:
            version = session.edit(Edit(Op.TEXT, correction.bead, Side.TARGET,
                                        correction.texts), version).version
        for k in plan.confirms:  # a text edit keeps the beads: their numbers hold
            version = session.edit(Edit(Op.CONFIRM, k), version).version
        _fill_all(session, plan, version)
        return plan
    finally:
        database.close()


def _fill_all(session: EditSession, plan: Plan, version: int) -> None:
    """The fills of ``plan`` made, each one edit (they keep the beads' numbers); one
    refused is marked :data:`NOT_FILLED`, with the reason, in ``plan.refused``."""
    from aligner.editor.edits import EditError
    from aligner.editor.filling import fill

    alignment = session.snapshot().alignment if plan.fills else None
    for filling in plan.fills:
        assert alignment is not None
        try:
            alignment, version = fill(session, alignment, version, filling)
        except EditError as exc:
            plan.refused[filling.bead] = str(exc)
    if plan.refused:
        plan.outcomes = [(u, NOT_FILLED, beads) if o == FILLED and beads[0] in plan.refused
                         else (u, o, beads) for u, o, beads in plan.outcomes]


def file_units(memory: Memory) -> list[Unit]:
    """The units of a file read as a memory, their texts plain (without the inline
    codes' placeholders), numbered as in the file."""
    from aligner.formats.review_props import read_reviews
    from aligner.formats.units import PROP_DOCUMENT

    stored = memory.stored()
    read = memory.units.units if memory.units is not None else ()
    # a unit's mark (a saved alignment's beads have theirs)
    marked = ([r is not None for r in read_reviews(memory.units)[0]]
              if memory.units is not None else [b.review is not None for b in stored.beads])
    numbers = [u.index + 1 for u in read] if read else list(range(1, len(stored.beads) + 1))
    documents = [u.props.get(PROP_DOCUMENT, "") for u in read] if read else [""] * len(numbers)
    units = []
    for number, document, bead, reviewed in zip(numbers, documents, stored.beads, marked,
                                                strict=True):
        if bead.src and bead.tgt:
            units.append(Unit(number,
                              join_sentences([stored.src_sentences[i] for i in bead.src],
                                             stored.src_lang),
                              join_sentences([stored.tgt_sentences[i] for i in bead.tgt],
                                             stored.tgt_lang), document, reviewed))
    return units


def normalised(text: str) -> str:
    return " ".join(text.split())


def plan_corrections(alignment: Alignment, units: Sequence[Unit], name: str = "") -> Plan:
    """What ``units`` change in ``alignment``, the document ``name`` (see the module
    docstring; a unit that names another document is left alone); nothing is written
    here."""
    joined_src = [normalised(join_sentences([alignment.src_sentences[i] for i in b.src],
                                            alignment.src_lang)) for b in alignment.beads]
    by_source: dict[str, list[int]] = defaultdict(list)
    # every bead of the source text, those without a target sentence too (an export
    # with --untranslated writes them; a translator may have filled them in)
    all_of: dict[str, list[int]] = defaultdict(list)
    for k, bead in enumerate(alignment.beads):
        if bead.src and bead.tgt:  # a source sentence left unaligned has no unit
            by_source[joined_src[k]].append(k)
        if bead.src:
            all_of[joined_src[k]].append(k)
    units_of: dict[str, list[Unit]] = defaultdict(list)
    result: dict[int, tuple[str, tuple[int, ...]]] = {}
    for unit in units:
        if name and unit.document and unit.document != name:
            result[unit.number] = (OTHER, ())
        else:
            units_of[normalised(unit.source)].append(unit)
    corrections: list[Correction] = []
    fills: list[Fill] = []
    for key, group in units_of.items():
        beads = by_source.get(key, [])
        every = all_of.get(key, [])
        if len(every) > len(beads) and len(group) == len(every):
            for unit, k in zip(group, every, strict=True):  # in order, the 1-0 beads too
                if alignment.beads[k].tgt:
                    result[unit.number] = _one(alignment, k, unit, corrections)
                else:
                    fills.append(Fill(k, unit.target.strip()))
                    result[unit.number] = (FILLED, (k,))
        elif not beads:
            for unit in group:
                result[unit.number] = (NO_BEAD, ())
        elif len(group) == len(beads):
            for unit, k in zip(group, beads, strict=True):
                result[unit.number] = _one(alignment, k, unit, corrections)
        elif len(group) == 1 and len({_target(alignment, k) for k in beads}) == 1:
            unit = group[0]  # one unit written for beads of one translation (--unique)
            outcomes = [_one(alignment, k, unit, corrections) for k in beads]
            result[unit.number] = (outcomes[0][0], tuple(beads))
        else:
            for unit in group:
                same = all(_target(alignment, k) == normalised(unit.target) for k in beads)
                result[unit.number] = (UNCHANGED if same else AMBIGUOUS, tuple(beads))
    corrections.sort(key=lambda c: c.bead)
    corrected = {c.bead for c in corrections}
    confirms = sorted({k for u in units if u.reviewed and result[u.number][0] == UNCHANGED
                       for k in result[u.number][1]
                       if k not in corrected and alignment.beads[k].review is None})
    return Plan(corrections, sorted(fills, key=lambda f: f.bead), confirms,
                [(u, *result[u.number]) for u in units])


def _target(alignment: Alignment, k: int) -> str:
    bead = alignment.beads[k]
    return normalised(join_sentences([alignment.tgt_sentences[i] for i in bead.tgt],
                                     alignment.tgt_lang))


def _one(alignment: Alignment, k: int, unit: Unit,
         corrections: list[Correction]) -> tuple[str, tuple[int, ...]]:
    """Bead ``k`` matched by ``unit``: corrected (added to ``corrections``), unchanged, or
    a change that cannot be shared out among its target sentences."""
    if _target(alignment, k) == normalised(unit.target):
        return UNCHANGED, (k,)
    old = [alignment.tgt_sentences[i] for i in alignment.beads[k].tgt]
    texts = shared_out(old, unit.target.strip(), alignment.tgt_lang)
    if texts is None:
        return NOT_SHARED, (k,)
    if all(normalised(a) == normalised(b) for a, b in zip(old, texts, strict=True)):
        return UNCHANGED, (k,)  # whitespace moved between sentences, nothing else
    corrections.append(Correction(k, texts))
    return CORRECTED, (k,)


def shared_out(sentences: Sequence[str], new: str, lang: str) -> tuple[str, ...] | None:
    """``new`` (the text of several ``sentences`` joined, corrected) as one text per
    sentence, each difference put in the sentence it falls in; None when the built-in
    rules for ``lang`` find another number of sentences in ``new`` than in the old text,
    or a difference crosses from a sentence into the next, or would leave one empty."""
    from aligner.segment import split_sentences

    old = join_sentences(sentences, lang)
    if len(sentences) > 1 and len(split_sentences(new, lang)) != len(split_sentences(old,
                                                                                      lang)):
        return None  # two sentences made one, or one made two: which is which is a guess
    spans = [(at, at + len(sentence))
             for sentence, at in zip(sentences, sentence_offsets(sentences, lang), strict=True)]
    edits: list[list[tuple[int, int, str]]] = [[] for _ in sentences]
    matcher = SequenceMatcher(None, old, new, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        inside = [n for n, (a, b) in enumerate(spans) if a <= i1 and i2 <= b]
        if not inside:
            if not (old[i1:i2] + new[j1:j2]).strip():
                continue  # whitespace between sentences: not a change of either
            return None
        edits[inside[0]].append((i1 - spans[inside[0]][0], i2 - spans[inside[0]][0],
                                 new[j1:j2]))
    texts = []
    for sentence, changes in zip(sentences, edits, strict=True):
        for a, b, text in reversed(changes):
            sentence = sentence[:a] + text + sentence[b:]
        if not sentence.strip():
            return None
        texts.append(sentence)
    return tuple(texts)
