"""A noun term used as a verb in the source (and a verb term as a noun), by the
glossary's part of speech; a noun rendering answered by its verb
(:mod:`aligner.check.term_uses`).  The terminologist's walk (s38 walk7 item 4): ``cover``
and ``update``, nouns in the TBX, gave 7 false term-missing errors on English verbs."""

from __future__ import annotations

import pytest
from check_helpers import findings

from aligner.check.term_uses import in_noun_verb, source_use
from aligner.check.terms import Hit
from aligner.model import Glossary, GlossaryEntry, Severity, TermStatus


def _use(text: str, term: str) -> tuple[str, bool] | None:
    """How ``text`` uses the first word of it that begins as ``term`` (a hit by hand)."""
    start = text.lower().find(term[:-1] if term.endswith("e") else term)
    end = start
    while end < len(text) and text[end].isalpha():
        end += 1
    use = source_use("en", text, Hit(start, end, (0,), 1), term)
    return None if use is None else (use.pos, use.sure)


@pytest.mark.parametrize(
    ("text", "term", "expected"),
    [
        # sure verbs: after to / a modal / do / not; an -ed, -ing form; an -s form before
        # its object; the imperative opening its sentence before its object
        ("Do not cover the ventilation slots.", "cover", ("verb", True)),
        ("The warranty does not cover damage.", "cover", ("verb", True)),
        ("You must update the firmware.", "update", ("verb", True)),
        ("Click here to update.", "update", ("verb", True)),
        ("The warranty covers two years from the date of purchase.", "cover", ("verb", True)),
        ("The label covers 3 slots.", "cover", ("verb", True)),
        ("The slots are covered.", "cover", ("verb", True)),
        ("The printer is updating.", "update", ("verb", True)),
        ("Update the driver when you change the system.", "update", ("verb", True)),
        ("1. Update your driver.", "update", ("verb", True)),
        # likely verbs: after a subject, before an object elsewhere, opening a sentence
        ("Then you cover it with the lid.", "cover", ("verb", False)),
        ("Remove the screws that cover the slot.", "cover", ("verb", False)),
        ("Update firmware now.", "update", ("verb", False)),
        # nouns: after a determiner (a hint); plurals after one, before nothing
        ("Close the cover.", "cover", ("noun", False)),
        ("Remove the covers.", "cover", ("noun", False)),
        ("Remove the covers the technician fitted.", "cover", ("noun", False)),
        # nothing said: a capital inside the sentence is a label, a word alone
        ("Go to Update and tap Install.", "update", None),
        ("Cover.", "cover", None),
        ("Plastic cover, grey.", "cover", None),
    ],
)
def test_how_an_english_source_uses_a_term(text: str, term: str,
                                            expected: tuple[str, bool] | None) -> None:
    assert _use(text, term) == expected


def test_a_language_without_uses_data_says_nothing() -> None:
    assert source_use("es", "No cubra las ranuras.", Hit(3, 8, (0,), 1), "cubra") is None


_NOUNS = Glossary("en", "es", (
    GlossaryEntry("cover", "tapa", TermStatus.PREFERRED, pos="noun"),
    GlossaryEntry("update", "actualización", TermStatus.PREFERRED, pos="noun"),
))


def test_a_noun_term_is_not_asked_for_where_the_source_uses_its_verb() -> None:
    """The walk's repro (pos.tbx + pos.tsv): 2 false errors before."""
    pairs = [("Do not cover the ventilation slots.", "No cubra las ranuras de ventilación."),
             ("Update the driver.", "Actualice el controlador."),
             ("Close the cover.", "Cierre la tapa."),
             ("The warranty covers two years.", "La garantía cubre dos años."),
             # the noun, not rendered: still an error
             ("Close the cover.", "Cierre la puerta."),
             ("Install the update.", "Instale el parche.")]
    got = findings(pairs, glossary=_NOUNS, src_lang="en", tgt_lang="es", code="term-missing")
    assert [(f.unit, f.source_term, f.severity) for f in got] == [
        (4, "cover", Severity.ERROR), (5, "update", Severity.ERROR)]


def test_a_likely_verb_use_makes_the_finding_a_warning_that_says_why() -> None:
    pairs = [("Remove the screws that cover the slot.", "Quite los tornillos de la ranura.")]
    got = findings(pairs, glossary=_NOUNS, src_lang="en", tgt_lang="es", code="term-missing")
    assert [(f.severity, f.message) for f in got] == [(
        Severity.WARNING,
        "'cover' is not rendered as 'tapa'; the source may use 'cover' as a verb (before "
        "'the'), and the glossary gives it as a noun")]


def test_without_a_part_of_speech_every_use_asks_for_the_term() -> None:
    """A glossary that gives no part of speech is read as before."""
    plain = Glossary("en", "es", (GlossaryEntry("cover", "tapa", TermStatus.PREFERRED),))
    got = findings([("Do not cover the ventilation slots.", "No cubra las ranuras.")],
                   glossary=plain, src_lang="en", tgt_lang="es", code="term-missing")
    assert [(f.source_term, f.severity) for f in got] == [("cover", Severity.ERROR)]


def test_rows_of_both_uses_ask_for_the_rendering_of_the_use_found() -> None:
    both = Glossary("en", "es", (
        GlossaryEntry("update", "actualización", TermStatus.PREFERRED, pos="noun"),
        GlossaryEntry("update", "actualizar", TermStatus.PREFERRED, pos="verb"),
    ))
    pairs = [("Update the driver.", "Actualice el controlador."),  # the verb: rendered
             ("Update the driver.", "Cambie el controlador."),
             ("Download the update.", "Descargue el parche.")]
    got = findings(pairs, glossary=both, src_lang="en", tgt_lang="es", code="term-missing")
    assert [(f.unit, f.expected, f.severity) for f in got] == [
        (1, ("actualizar",), Severity.ERROR),
        (2, ("actualización",), Severity.ERROR)]


def test_a_verb_term_used_as_a_noun_is_a_warning() -> None:
    verbs = Glossary("en", "es", (GlossaryEntry("restart", "reiniciar", TermStatus.PREFERRED,
                                                pos="verb"),))
    got = findings([("After the restart, log in.", "Tras el arranque, inicie sesión."),
                    ("Restart the printer.", "Apague la impresora.")],
                   glossary=verbs, src_lang="en", tgt_lang="es", code="term-missing")
    assert [(f.unit, f.severity) for f in got] == [(0, Severity.WARNING), (1, Severity.ERROR)]


@pytest.mark.parametrize(
    ("lang", "rendering", "text", "found"),
    [
        ("es", "actualización", "Actualice el controlador.", "Actualice"),
        ("es", "instalación", "Instalamos el programa.", "Instalamos"),
        ("fr", "installation", "Installez le logiciel.", "Installez"),
        ("it", "installazione", "Installa il programma.", "Installa"),
        ("pt", "atualização", "Atualize o driver.", "Atualize"),
        ("de", "Aktualisierung", "Aktualisieren Sie den Treiber.", "Aktualisieren"),
        ("de", "Reinigung", "Das Gerät wird gereinigt.", "gereinigt"),
        # another word of the stem is no verb; the noun itself is no finding of this
        ("es", "actualización", "La actualidad del sector.", None),
        ("es", "actualización", "Las actualizaciones llegan.", None),
        # a rendering that is no verb's noun, a language without the endings
        ("es", "tapa", "Tape la ranura.", None),
        ("en", "installation", "Install it.", None),
    ],
)
def test_a_noun_rendering_answered_by_its_verb(lang: str, rendering: str, text: str,
                                               found: str | None) -> None:
    got = in_noun_verb([rendering], text, lang)
    assert (got[1] if got else None) == found


def test_the_noun_renderings_verb_makes_the_finding_a_warning() -> None:
    """The walk's other direction: `Actualice` for `actualización` was an error, while
    `sincronización` for `sincronizar` was already a warning."""
    plain = Glossary("en", "es", (GlossaryEntry("update", "actualización",
                                                TermStatus.PREFERRED),))
    got = findings([("Update the driver.", "Actualice el controlador."),
                    ("Get the update.", "Obtenga el parche.")],
                   glossary=plain, src_lang="en", tgt_lang="es", code="term-missing")
    assert [(f.unit, f.severity, f.found) for f in got] == [
        (0, Severity.WARNING, "Actualice"), (1, Severity.ERROR, None)]
    assert got[0].message == (
        "'Update' (update) is not rendered as 'actualización'; the target has 'Actualice', "
        "which is a form of 'actualizar', the verb of 'actualización' (a verb for the noun? "
        "if it renders the term, add it to the glossary as allowed)")
