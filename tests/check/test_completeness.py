"""untranslated, empty-target and empty-source."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from check_helpers import findings

from aligner.check import check_alignment
from aligner.check.units import units_from_alignment
from aligner.model import Alignment, Bead, Glossary, GlossaryEntry, Part, Severity, TermStatus
from aligner.pipeline import align_files


@pytest.mark.parametrize(
    ("source", "target", "codes"),
    [
        ("La burguesía salió a la calle.", "La burguesía salió a la calle.", ["untranslated"]),
        ("La burguesía salió a la calle.", "la  burguesía salió a la calle. ", ["untranslated"]),
        ("La burguesía salió a la calle.", "The bourgeoisie took to the streets.", []),
        ("La burguesía salió a la calle.", "", ["empty-target"]),
        ("La burguesía salió a la calle.", "  \n", ["empty-target"]),
        # the same in any language: names, numbers, URLs
        ("Pablo Torres", "Pablo Torres", []),
        ("Dauno Tótoro", "Dauno Tótoro", []),
        ("1970–1973", "1970–1973", []),
        ("https://example.org/a", "https://example.org/a", []),
        ("Santiago de Chile", "Santiago de Chile", []),
        ("Miguel de Cervantes", "Miguel de Cervantes", []),
        ("Pablo de la", "Pablo de la", ["untranslated"]),  # mostly particles: not a name
        ("Pablo es dirigente", "Pablo es dirigente", ["untranslated"]),
        # one capitalised word: a name unless it is an ordinary Spanish word
        ("Gaudichaud", "Gaudichaud", []),
        ("Gracias.", "Gracias.", ["untranslated"]),
        ("Introducción", "Introducción", ["untranslated"]),
        # no source: an addition, unless it is names, numbers or links only
        ("", "Facebook Twitter Share", []),
        ("", "Olivia Wood", []),
        ("", "https://example.org/a", []),
        ("", "", []),
        ("", "The court then adjourned.", ["empty-source"]),
        ("", "May 17, 2024", []),  # a date: a month's name and numbers
        ("", "Anmerkung der Übersetzerin.", ["empty-source"]),  # a sentence, capitalised
        ("", "DIESES BUCH IST NICHT ZU VERKAUFEN.", ["empty-source"]),
        ("Mayo", "May", []),
    ],
)
def test_completeness(source: str, target: str, codes: list[str]) -> None:
    got = findings([(source, target)], code=None)
    assert [f.code for f in got
            if f.code in ("untranslated", "empty-target", "empty-source")] == codes


def test_name_particles_data_file() -> None:
    from aligner.check.completeness import name_particles

    particles = name_particles()
    assert {"de", "van", "von"} <= particles
    assert all(p == p.lower() and " " not in p for p in particles)


@pytest.mark.parametrize(
    ("source", "target", "codes"),
    [
        # a unit of measure after a number counts as the number does
        ("Dolorín 500 mg", "Dolorín 500 mg", []),
        ("Dolorín 500", "Dolorín 500", []),
        ("Nurofen 200 mg", "Nurofen 200 mg", []),
        ("Toyota 30 km", "Toyota 30 km", []),
        ("Dolorín 500mg", "Dolorín 500mg", []),
        ("Dolorín 100 mg/ml", "Dolorín 100 mg/ml", []),
        ("Dolorín 2,5 °C", "Dolorín 2,5 °C", []),
        ("Dolorín 85,5 m²", "Dolorín 85,5 m²", []),
        # not after a number, or beside an ordinary word: text to translate
        ("Dolorín mg", "Dolorín mg", ["untranslated"]),
        ("Dolorín 500 mg comprimidos", "Dolorín 500 mg comprimidos", ["untranslated"]),
        ("Tome 500 mg", "Tome 500 mg", ["untranslated"]),
        # a unit's letters glued to a longer word are that word (500 mgs is no unit)
        ("Dolorín 500 mgs", "Dolorín 500 mgs", ["untranslated"]),
        # an addition made of a name, a number and a unit is no sentence either
        ("", "Dolorín 500 mg", []),
    ],
)
def test_a_unit_of_measure_after_a_number_counts_as_the_number(
        source: str, target: str, codes: list[str]) -> None:
    got = findings([(source, target)], code=None)
    assert [f.code for f in got
            if f.code in ("untranslated", "empty-target", "empty-source")] == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # command lines and paths are the same in any language
        ("sudo ./install.sh --prefix=/opt/datasync --no-docs", []),
        ("/opt/datasync/config.yml", []),
        ("pip install -U datasync==2.1.3", []),
        ("C:\\Program Files\\App\\app.exe", []),
        ("max_size = 10", []),
        ("WORKDIR /app", []),
        ("COPY ./src /app", []),
        # a sentence with a bit of code in it is text to translate
        ("Use ./run.sh.", ["untranslated"]),
        ("See config.yml for details", ["untranslated"]),
        ("Open the settings file", ["untranslated"]),
        # an instruction opens with a capitalised word, a command does not
        ("Run setup.exe --silent", ["untranslated"]),
        ("Set DEBUG=true in config.ini", ["untranslated"]),
        # versions, models and names written with an inner capital are themselves
        ("v3.1", []),
        ("iOS 17", []),
        ("macOS 14.2", []),
        ("Windows 11 x64", []),
        ("versión 3.1", ["untranslated"]),
        ("iOS 17 es compatible", ["untranslated"]),
    ],
)
def test_a_copied_command_line_or_path_is_not_untranslated(text: str,
                                                           codes: list[str]) -> None:
    got = findings([(text, text)], code=None)
    assert [f.code for f in got if f.code == "untranslated"] == codes


@pytest.mark.parametrize(("source", "target", "src_lang", "tgt_lang", "reported"), [
    ("No", "No", "en", "es", False),  # a Spanish word too: a table's cell
    ("Editor", "Editor", "en", "es", False),
    ("Total", "Total", "en", "es-419", False),
    ("Settings", "Settings", "en", "es", True),  # no Spanish word
    ("No, thank you.", "No, thank you.", "en", "es", True),  # "thank" is no Spanish word
    ("Total radio error hotel", "Total radio error hotel", "en", "es", True),  # four words
    # Portuguese: spacy-lookups-data's table, which its term matching does not load
    # (s35: every copy was untranslated, "Contexto", "Resultados" between es and pt-BR)
    ("Total", "Total", "en", "pt-BR", False),
    ("Contexto", "Contexto", "es", "pt-BR", False),
    ("Indicador", "Indicador", "es", "pt", False),
    ("Escuelas atendidas", "Escuelas atendidas", "es", "pt-BR", True),  # Spanish words
    ("Indicador", "Indicador", "es", "en", True),  # no English word
    # a heading's section number is no number of its text; a number in it is
    ("3.1 Contexto", "3.1 Contexto", "es", "pt-BR", False),
    ("2.1 Total", "2.1 Total", "es", "en", False),
    ("2. Total", "2. Total", "es", "en", False),
    ("Total 500", "Total 500", "es", "en", True),
    ("1.500 Total", "1.500 Total", "es", "en", True),
])
def test_a_copy_of_words_the_target_language_has_too(source: str, target: str,
                                                    src_lang: str, tgt_lang: str,
                                                    reported: bool) -> None:
    got = findings([(source, target)], code="untranslated", src_lang=src_lang,
                   tgt_lang=tgt_lang)
    assert bool(got) is reported


def test_a_term_the_glossary_renders_as_itself_is_no_untranslated_copy() -> None:
    """``Windows`` -> ``Windows`` in the glossary marks a product's name do-not-translate;
    a forbidden row of a term as itself says the opposite."""
    def glossary(status: TermStatus) -> Glossary:
        return Glossary("en", "es", (GlossaryEntry("Windows", "Windows", status),
                                     GlossaryEntry("Acme Sync", "Acme Sync")))

    pairs = [("Windows", "Windows"), ("Acme Sync for Windows", "Acme Sync for Windows")]
    assert [f.unit for f in findings(pairs, code="untranslated", src_lang="en",
                                     tgt_lang="es")] == [0, 1]
    kept = findings(pairs, code="untranslated", src_lang="en", tgt_lang="es",
                    glossary=glossary(TermStatus.PREFERRED))
    assert [f.unit for f in kept] == [1]  # "for" is translated text
    assert [f.unit for f in findings(pairs, code="untranslated", src_lang="en",
                                     tgt_lang="es",
                                     glossary=glossary(TermStatus.FORBIDDEN))] == [0, 1]


def test_code_as_its_document_marks_it_is_never_untranslated(tmp_path: Path) -> None:
    """A code block's line and a list item of inline code only are the same in every
    language; a paragraph copied untranslated still is untranslated."""
    src = ("Run this:\n\n```bash\nsudo sh install.sh --channel stable # installs it\n```\n\n"
           "- `Error 403: You do not have permission to share this folder.`\n\n"
           "Keep the window open while it runs.\n")
    tgt = ("Execute isto:\n\n```bash\nsudo sh install.sh --channel stable # installs it\n```\n\n"
           "- `Error 403: You do not have permission to share this folder.`\n\n"
           "Keep the window open while it runs.\n")
    (tmp_path / "a.md").write_text(src, encoding="utf-8")
    (tmp_path / "b.md").write_text(tgt, encoding="utf-8")
    aligned = align_files(tmp_path / "a.md", tmp_path / "b.md", src_lang="en",
                          tgt_lang="pt-BR").alignment
    units = units_from_alignment(aligned)
    assert [u.source_is_code for u in units] == [False, True, True, False]
    assert [(units[f.unit].source, f.code) for f in check_alignment(aligned, glossary=None)
            .findings if f.code == "untranslated"] == [
        ("Keep the window open while it runs.", "untranslated")]


FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def test_a_citation_or_a_title_in_italics_is_quoted_not_untranslated() -> None:
    """A scholarly chapter (tests/fixtures/src/citations-*.md, as pandoc's DOCX): its
    Latin epigraph, its notes' citations and its bibliography's titles are the same in
    the translation, and were untranslated errors; a sentence set in italics for
    emphasis and left untranslated still is one."""
    aligned = align_files(FIXTURES / "citations-es.docx", FIXTURES / "citations-en.docx",
                          src_lang="es", tgt_lang="en").alignment
    units = units_from_alignment(aligned)
    copies = [u.source for u in units if u.source == u.target]
    assert copies == [
        "Historia magistra vitae.",
        "Esta frase está en cursiva y el traductor la dejó sin traducir por descuido, "
        "aunque es parte del texto.",
        # an author-date entry is one unit (segment/references.py, session 34)
        "Bengoa, José. 1990. Historia social de la agricultura chilena. Santiago: Sur.",
        "Cf. Bengoa, José, Historia social de la agricultura chilena, vol.\u00a0II, t. 1, "
        "Santiago, Sur, 1990, pp.\u00a0112–130.",
        "Ibid., p.\u00a07."]
    assert [units[f.unit].source for f in check_alignment(aligned, glossary=None).findings
            if f.code == "untranslated"] == [copies[1]]


@pytest.mark.parametrize(("source", "lang", "flagged"), [
    ("Ibid., p. 7.", "en", False),  # abbreviations of citations, a page: no words
    ("Ibid., p. 7.", "es", False),
    ("Bengoa, vol. II, t. 1, pp. 112–130.", "es", False),  # an author's name, a volume
    ("Véase la p. 7.", "es", True),  # a word to translate
    ("See p. 7.", "en", True),
])
def test_a_citation_copied_without_italics(source: str, lang: str, flagged: bool) -> None:
    got = findings([(source, source)], code="untranslated", src_lang=lang,
                   tgt_lang="es" if lang == "en" else "en")
    assert bool(got) is flagged, got


# Written for this test, after the museum walk (s36: every table cell of dimensions was
# an error, "210 x 140 cm" / "210 x 140 cm").
@pytest.mark.parametrize(("text", "reported"), [
    ("210 x 140 cm", False),
    ("120 X 85 cm", False),
    ("120 × 85 × 3 cm", False),
    ("120 cm x 85 cm", False),
    ("47 1/4 x 33 1/2 in.", False),
    ("1,20 x 0,85 m", False),
    ("Picasso, 120 x 85 cm", False),  # a name and a dimension
    # the x between numbers is no word, the text around them is
    ("Óleo sobre lienzo, 120 x 85 cm", True),
    ("Mide 120 x 85 cm.", True),
    # an x that is no multiplication sign is a word (a letter on its own)
    ("120 cm x", True),
])
def test_a_dimension_is_the_same_in_every_language(text: str, reported: bool) -> None:
    got = findings([(text, text)], code="untranslated", src_lang="es", tgt_lang="en")
    assert bool(got) is reported


# Written for this test, after the city-council walk (s36: an opening-hours table's
# cells, correctly the same in Catalan and Spanish, were errors).
@pytest.mark.parametrize(("text", "src_lang", "tgt_lang", "reported"), [
    ("de 7.00 a 22.00 h", "ca", "es", False),
    ("De 9 a 14 h", "ca", "es", False),
    ("del 3 al 7", "es", "ca", False),
    ("del 3 al 7", "es", "it", False),
    ("de 9 a 14 h", "es", "pt", False),
    ("120 por 85 cm", "es", "pt", False),  # a dimension's word Portuguese has too
    # a word that is not a function word of the target: the target reads as the source
    ("de 9 a 14 h", "es", "en", True),
    ("120 por 85 cm", "es", "en", True),
    ("del 3 al 7", "es", "pt", True),  # Portuguese says "do 3 ao 7"
    ("from 9 to 14 h", "en", "es", True),
    # a content word among the numbers is text to check
    ("Tome 500 mg", "es", "pt", True),
    ("Total 500", "es", "ca", True),
    ("obert de 9 a 14 h", "ca", "es", True),
    # too many words to be a cell's range; a real sentence with numbers
    ("de 9 a 14 h i de 16 a 20 h", "ca", "es", True),
    ("Les sessions es poden seguir en directe a les 19 h.", "ca", "es", True),
])
def test_a_copy_of_numbers_with_function_words_of_the_target_language(
        text: str, src_lang: str, tgt_lang: str, reported: bool) -> None:
    got = findings([(text, text)], code="untranslated", src_lang=src_lang,
                   tgt_lang=tgt_lang)
    assert bool(got) is reported


# Written for this test, from the es -> pt-PT tourism walk (s36 walk4, item 5): copies
# that are valid Portuguese spelled as the Spanish, and Spanish copies that are not.
@pytest.mark.parametrize(("text", "reported"), [
    ("Fichas de monumentos", False),  # "de": a function word, in no lemma table
    ("Teatro romano de Mérida", False),  # a name beside three shared words
    ("Parque natural de Monfragüe", False),
    ("Visita guiada: 5 €", False),  # two shared words and a price
    # Spanish only: a word Portuguese does not have, or a Spanish function word
    ("Las visitas guiadas salen de la puerta principal a las 11:00.", True),
    ("El teatro romano", True),
    ("Teatro y museo", True),  # "y" is in the Portuguese table (the letter), no pt word
    ("Muy bonito", True),
    ("También en Mérida", True),
    ("Horario de apertura", True),  # Horario: Spanish, no Portuguese word
    ("Teatro romano de Mérida y Museo", True),
    ("Tome 500 mg", True),  # one shared word among numbers stays text to check
])
def test_a_copy_between_spanish_and_portuguese(text: str, reported: bool) -> None:
    got = findings([(text, text)], code="untranslated", src_lang="es", tgt_lang="pt-PT")
    assert bool(got) is reported


def test_a_subtitle_cue_in_italics_left_untranslated_is_reported(tmp_path: Path) -> None:
    """A subtitle's italics set a voice off screen or a narrator apart, not a title: an
    italic cue left in English is untranslated (walk 5: `<i>A community group now
    guards 12 hectares.</i>` passed as a quoted title); the same line in a document's
    italics is still quoted as written."""
    def srt(*lines: str) -> str:
        return "".join(f"{n}\n00:00:0{2 * n},000 --> 00:00:0{2 * n + 1},000\n{line}\n\n"
                       for n, line in enumerate(lines, 1))

    italic = "<i>A community group now guards 12 hectares.</i>"
    (tmp_path / "a.en.srt").write_text(srt("Hello, world.", italic), encoding="utf-8")
    (tmp_path / "a.zh.srt").write_text(srt("你好，世界。", italic), encoding="utf-8")
    aligned = align_files(tmp_path / "a.en.srt", tmp_path / "a.zh.srt", src_lang="en",
                          tgt_lang="zh-Hans").alignment
    assert [(f.unit, f.code) for f in check_alignment(aligned, glossary=None).findings
            if f.code == "untranslated"] == [(1, "untranslated")]
    (tmp_path / "a.md").write_text("Hello, world.\n\n*A community group now guards 12 "
                                   "hectares.*\n", encoding="utf-8")
    (tmp_path / "b.md").write_text("你好，世界。\n\n*A community group now guards 12 "
                                   "hectares.*\n", encoding="utf-8")
    aligned = align_files(tmp_path / "a.md", tmp_path / "b.md", src_lang="en",
                          tgt_lang="zh-Hans").alignment
    assert [f for f in check_alignment(aligned, glossary=None).findings
            if f.code == "untranslated"] == []


def test_one_sided_front_matter_is_info_not_an_omission() -> None:
    """A copyright page or dedication on one side only, as the book marks it, is no
    omission or addition (Part.FRONT_MATTER); a body sentence left out still is."""
    front, body = Part.FRONT_MATTER, Part.BODY
    alignment = Alignment(
        ("Impressum", "© 2025 Lena Roth.", "Die Brücke war alt.", "Niemand wusste es."),
        ("For Anna.", "The bridge was old."),
        (Bead((0,), (), 0.0), Bead((1,), (), 0.0), Bead((), (0,), 0.0),
         Bead((2,), (1,), 0.9), Bead((3,), (), 0.0)),
        "de", "en", src_parts=(front, front, body, body), tgt_parts=(front, body))
    found = [(f.unit, f.code, f.severity, f.message.split(",")[0])
             for f in check_alignment(alignment, glossary=None).findings]
    assert found == [
        (0, "one-sided-front-matter", Severity.INFO, "front matter only in the source"),
        (1, "one-sided-front-matter", Severity.INFO, "front matter only in the source"),
        (2, "one-sided-front-matter", Severity.INFO, "front matter only in the target"),
        (4, "empty-target", Severity.ERROR, "the target is empty: the source is not "
                                            "translated (an omission)"),
    ]
    # without the parts (sentences read from no document) the same beads are omissions
    plain = replace(alignment, src_parts=(), tgt_parts=())
    assert [f.code for f in check_alignment(plain, glossary=None).findings] == [
        "empty-target", "empty-target", "empty-source", "empty-target"]


def test_alignment_of_epubs_keeps_the_parts() -> None:
    aligned = align_files(FIXTURES / "frontmatter-de.epub", FIXTURES / "frontmatter-en.epub",
                          src_lang="de", tgt_lang="en").alignment
    assert [p.value for p in aligned.src_parts] == [
        "front-matter", "front-matter", "front-matter", "heading", "body", "body",
        "front-matter", "front-matter", "heading", "body"]
    assert Part.FRONT_MATTER not in aligned.tgt_parts
    units = units_from_alignment(aligned)
    # the German dedication has nothing on the English side: front matter of the source
    dedication = [u for u in units if u.source == "Für meinen Bruder."]
    assert [(u.target, u.parts, u.front_matter) for u in dedication] == [
        ("", ((Part.FRONT_MATTER,), ()), (True, False))]


@pytest.mark.parametrize(("src_lang", "tgt_lang", "reported"), [
    ("en", "en", False),  # two versions of one text: a sentence kept is no omission
    ("en-GB", "en-US", False),  # a localisation between varieties
    ("pt-PT", "pt-BR", False),
    ("en", "es", True),  # a translation that copies its source
])
def test_a_sentence_kept_in_a_pair_of_one_language_is_not_untranslated(
        src_lang: str, tgt_lang: str, reported: bool) -> None:
    pair = ("The library opens at nine on weekdays and closes at six.",
            "The library opens at nine on weekdays and closes at six.")
    got = findings([pair], src_lang=src_lang, tgt_lang=tgt_lang, code="untranslated")
    assert bool(got) is reported
