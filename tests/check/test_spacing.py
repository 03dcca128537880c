"""spacing-before-mark (check/spacing.py).  Sentences written by hand for this test."""

from __future__ import annotations

import pytest
from check_helpers import findings

from aligner.check.spacing import glued_marks

FR = ";:!?«»"


@pytest.mark.parametrize(("text", "glued"), [
    # s30 walk item 13: the English source's habits kept in a French target
    ("Attention! Toute résiliation doit être notifiée.", [(9, "!")]),
    ("Quelles sont les conséquences?", [(29, "?")]),
    ("Le «Logiciel» est concédé.", [(3, "«"), (12, "»")]),
    ("L’indice: voir l’annexe 2; puis signez.", [(8, ":"), (25, ";")]),
    ("(voir l’annexe): signé", [(15, ":")]),
    ("Vraiment?!", [(8, "?")]),  # one space for the run
    # what French writes, with any space
    ("Attention ! Quelles conséquences ? L’indice : voir ; « Logiciel ».", []),
    ("Attention\u202f! L’indice\u00a0: voir\u202f; «\u00a0Logiciel\u00a0».", []),
    # no mark of the sentence
    ("Rendez-vous à 10:30, ratio 1:2, voir https://exemple.fr/a?b=c!d.", []),
    ("Le fichier C:\\Programmes et std::vector, puis :)", []),
    ("Écrivez à contact@exemple.fr: merci.", [(28, ":")]),
])
def test_glued_marks(text: str, glued: list[tuple[int, str]]) -> None:
    assert glued_marks(text, FR) == glued


def test_one_finding_per_unit_naming_the_first() -> None:
    [f] = findings([("Warning! What now?", "Attention! Et maintenant?")], src_lang="en",
                   tgt_lang="fr", code="spacing-before-mark")
    assert f.message == ("no space before '!' in 'Attention!' (and 1 more): the target's "
                         "language spaces it")
    assert (f.found, f.tgt_span) == ("Attention!", (0, 10))


@pytest.mark.parametrize(("tgt_lang", "target", "reported"), [
    ("fr", "Quelles conséquences?", True),
    ("fr-FR", "Quelles conséquences?", True),
    ("fr-CH", "Quelles conséquences?", True),
    # Canadian French spaces the colon and the guillemets only
    ("fr-CA", "Quelles conséquences?", False),
    ("fr-CA", "L’indice: voir.", True),
    # other languages glue their marks
    ("es", "¿Cuáles son las consecuencias?", False),
    ("de", "Achtung! Folgen: keine.", False),
])
def test_which_languages_space_their_marks(tgt_lang: str, target: str, reported: bool) -> None:
    got = findings([("What are the consequences?", target)], src_lang="en", tgt_lang=tgt_lang,
                   code="spacing-before-mark")
    assert bool(got) is reported, got
