"""A glossary term inside a compound word of the source (check/term_compounds.py)."""

from __future__ import annotations

from check_helpers import findings

from aligner.check.term_compounds import source_compounds
from aligner.check.term_index import term_index
from aligner.model import Glossary, GlossaryEntry, TermStatus


def _glossary() -> Glossary:
    return Glossary("de", "en", (
        GlossaryEntry("Vertragsstrafe", "contractual penalty", TermStatus.PREFERRED),
        GlossaryEntry("Vertragsstrafe", "penalty", TermStatus.FORBIDDEN, "unenforceable"),
        GlossaryEntry("Gewährleistung", "warranty", TermStatus.PREFERRED),
        GlossaryEntry("Kündigung", "termination", TermStatus.PREFERRED),
        GlossaryEntry("Schadensersatz", "damages", TermStatus.PREFERRED),
    ))


def test_the_source_compounds_of_terms() -> None:
    index = term_index(_glossary(), src_lang="de", tgt_lang="en")
    terms = range(len(index.sources))
    text = ("Die Vertragsstrafenklausel und der Schadensersatzanspruch; die "
            "Gewährleistungsfrist, die Kündigungsfrist.")
    got = {index.sources[s]: (word, text[a:b]) for s, (word, (a, b))
           in source_compounds(index, terms, text, "de").items()}
    # with the linking n, none, s, s
    assert got == {name: (word, word) for name, word in (
        ("Vertragsstrafe", "Vertragsstrafenklausel"),
        ("Schadensersatz", "Schadensersatzanspruch"),
        ("Gewährleistung", "Gewährleistungsfrist"),
        ("Kündigung", "Kündigungsfrist"))}
    # the term on its own is the matcher's, not a compound's; English writes no compounds
    assert source_compounds(index, terms, "Die Vertragsstrafe ist hoch.", "de") == {}
    assert source_compounds(index, terms, "Die Strafe ist hoch.", "de") == {}
    assert source_compounds(index, terms, "Vertragsstrafenklausel", "en") == {}


def test_a_forbidden_rendering_of_a_term_inside_a_source_compound() -> None:
    """walk_de P8: ``Vertragsstrafenklausel`` / ``penalty clause`` was
    term-forbidden-elsewhere, saying the source does not have ``Vertragsstrafe``."""
    pairs = [
        ("Die Vertragsstrafenklausel ist unwirksam.", "The penalty clause is invalid."),
        ("Die Vertragsstrafenregelung gilt.", "The penalty provision applies."),
        # the approved rendering answers the compound's term: the word may say
        # something else here
        ("Die Vertragsstrafenregelung gilt.",
         "The contractual penalty provision applies; no penalty otherwise."),
        # no such term in the source, as a word or in a compound: still elsewhere
        ("Die Klausel ist unwirksam.", "The penalty clause is invalid."),
    ]
    got = [f for f in findings(pairs, glossary=_glossary(), src_lang="de", tgt_lang="en")
           if f.code.startswith("term-")]
    assert [(f.unit, f.code, f.found, f.note) for f in got] == [
        (0, "term-forbidden", "penalty", "unenforceable"),
        (1, "term-forbidden", "penalty", "unenforceable"),
        (2, "term-forbidden-elsewhere", "penalty", "unenforceable"),
        (3, "term-forbidden-elsewhere", "penalty", "unenforceable")]
    first = got[0]
    assert first.message == ("forbidden rendering 'penalty' of 'Vertragsstrafe' (in the "
                             "source's compound 'Vertragsstrafenklausel'); use "
                             "'contractual penalty'")
    assert first.src_span is not None
    assert pairs[0][0][slice(*first.src_span)] == "Vertragsstrafenklausel"
    assert "(in the source's compound 'Vertragsstrafenregelung'), whose one occurrence " \
           "here is rendered by 'contractual penalty'" in got[2].message
    assert "which this source does not have" in got[3].message


def test_a_term_inside_a_source_compound_is_not_asked_for() -> None:
    # a compound is translated as a whole: notice period renders Kündigungsfrist well
    pairs = [("Die Kündigungsfrist beträgt drei Monate.", "The notice period is three months."),
             ("Die Gewährleistungsfrist beträgt zwei Jahre.",
              "The limitation period is two years.")]
    assert [f for f in findings(pairs, glossary=_glossary(), src_lang="de", tgt_lang="en")
            if f.code.startswith("term-")] == []
