"""repeated-translation: a sentence translated twice, cases written by hand."""

from __future__ import annotations

import pytest
from check_helpers import findings

from aligner.check.repeated_translation import content_words, dice


@pytest.mark.parametrize(("source", "target", "src_lang", "tgt_lang", "found"), [
    # the walk's cases (a revision kept beside its sentence)
    ("The strike began.", "La huelga comenzó. La huelga empezó.", "en", "es",
     ["La huelga empezó."]),
    ("On March 23 some 200,000 people marched.",
     "El 23 de marzo unas 200.000 personas marcharon. "
     "El 23 de marzo, unas 200.000 personas desfilaron.", "en", "es",
     ["El 23 de marzo, unas 200.000 personas desfilaron."]),
    ("The contract was signed yesterday.",
     "Der Vertrag wurde gestern unterzeichnet. Der Vertrag wurde gestern unterschrieben.",
     "en", "de", ["Der Vertrag wurde gestern unterschrieben."]),
    ("The workers began the strike.", "工人们开始罢工。工人们开始了罢工。", "en", "zh",
     ["工人们开始了罢工。"]),
    # in a source of several sentences: the target has one more, as full as one of them
    ("The strike began on Monday. The workers left the factory at noon.",
     "La huelga comenzó el lunes. La huelga empezó el lunes. "
     "Los obreros salieron de la fábrica a mediodía.", "en", "es", ["La huelga empezó el lunes."]),
    # ...sharing two words or more: one is a name or the subject, which sentences on it
    # share (Alice in Spanish: ``Se volvió al Grifo. --Dile que empiece. El Grifo indicó:``)
    ("Tell her to begin. He looked at the Gryphon as if it had some authority over Alice.",
     "Se volvió al Grifo. --Dile que empiece. El Grifo indicó:", "en", "es", []),
    # not: a speech taken up again, shorter than the first time
    ("'Keep rocking the chair!' the bearers shouted, 'keep rocking!'",
     "'Keep rocking the bridal chair!' shouted one of the bearers at the bride. "
     "'Keep rocking the bridal chair.'", "en", "en", []),
    ("Der Streik begann. Die Arbeiter verließen die Fabrik.",
     "The strike began. The workers left the factory. The workers walked out of the factory.",
     "de", "en", ["The workers walked out of the factory."]),
    # not: as many target sentences as source ones
    ("The strike began. It spread at once.", "La huelga comenzó. La huelga se extendió.",
     "en", "es", []),
    # not: two sentences sharing a name and a verb, saying different things
    ("John bought bread at the market and milk for his mother.",
     "Juan compró pan en el mercado. Juan compró leche para su madre.", "en", "es", []),
    ("'Oh?' asked Alice with interest. 'And what did you sing?' asked Alice.",
     "--¿Ah, sí? --preguntó Alicia interesada. --¿Y qué cantaste? --preguntó Alicia.",
     "en", "es", []),
    # not: the source repeats itself, and the translation keeps it
    ("The strike began. The strike started.", "La huelga comenzó. La huelga empezó.",
     "en", "es", []),
    ("John bought bread. John bought milk.", "Juan compró pan. Juan compró leche.",
     "en", "es", []),
    # not: a word said twice is an answer, not a revision
    ("Yes, yes.", "Sí. Sí.", "en", "es", []),
    ("The strike began.", "La huelga comenzó.", "en", "es", []),
])
def test_within_a_unit(source: str, target: str, src_lang: str, tgt_lang: str,
                       found: list[str]) -> None:
    got = findings([(source, target)], code="repeated-translation",
                   src_lang=src_lang, tgt_lang=tgt_lang)
    assert [f.found for f in got] == found
    for f in got:
        assert f.tgt_span is not None and target[f.tgt_span[0]:f.tgt_span[1]] == f.found


def test_a_sentence_pasted_into_the_next_unit() -> None:
    pairs = [("The strike began on Monday.", "La huelga comenzó el lunes en la fábrica."),
             ("The workers left the factory.",
              "La huelga comenzó el lunes en la fábrica. Los obreros salieron de la fábrica.")]
    got = findings(pairs, code="repeated-translation", src_lang="en", tgt_lang="es")
    assert [(f.unit, f.found) for f in got] == [(1, "La huelga comenzó el lunes en la fábrica.")]


def test_the_next_unit_repeats_what_its_source_repeats() -> None:
    pairs = [("The strike began on Monday.", "La huelga comenzó el lunes en la fábrica."),
             ("The strike began on Monday at the factory.",
              "La huelga comenzó el lunes en la fábrica.  Nadie trabajó.")]
    assert findings(pairs, code="repeated-translation", src_lang="en", tgt_lang="es") == []


def test_short_sentences_recur_in_the_next_unit() -> None:
    # Alice in Spanish (opusbooks): the fragment closes one unit and is the next
    pairs = [("'But I'm not a serpent, I tell you!' said Alice.",
              "--Pero le digo que yo no soy una serpiente. Yo soy una..."),
             ("I'm a--I'm a--", "Yo soy una...")]
    assert findings(pairs, code="repeated-translation", src_lang="en", tgt_lang="es") == []


def test_content_words_and_dice() -> None:
    assert content_words("La huelga comenzó.", "es") == {"huelga", "comenzo"}
    assert content_words("I don't know.", "en") == {"don", "know"}  # no t of don't
    assert content_words("罢工了", "zh") == {"罢工", "工了"}
    assert dice(frozenset({"a", "b"}), frozenset({"a", "c"})) == 0.5
    assert dice(frozenset(), frozenset()) == 0.0
