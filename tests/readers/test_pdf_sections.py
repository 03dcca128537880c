"""A page in columns only in part, as LibreOffice sets a two-column section between
paragraphs across the page, and a table a page break splits (tests/fixtures/README.md:
section-es.pdf, table-split-es.pdf).  The expected
text is the hand-written source's, read here without our readers."""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from aligner.pipeline import segment_file
from aligner.readers import read_document

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"


def _source(name: str) -> list[str]:
    """The headings and paragraphs of the body of ``src/NAME.fodt`` in order."""
    body = etree.parse(str(FIXTURES / "src" / f"{name}.fodt")).getroot().find(f"{{{_OFFICE}}}body")
    assert body is not None
    return [" ".join("".join(el.itertext()).split()) for el in body.iter()
            if el.tag in (f"{{{_TEXT}}}p", f"{{{_TEXT}}}h")]


def _paragraphs(name: str) -> list[str]:
    return read_document(FIXTURES / f"{name}.pdf", lang="es").text.split("\n\n")


def test_a_two_column_section_between_paragraphs_across_the_page() -> None:
    """A heading, a two-column section, then a paragraph across the page, a boxed
    notice, a second heading and section, a last paragraph: the lines across the page
    below the first section, then the footer alone below them, made the whole page
    one column, and both sections were read across the gutter line by line
    (``Santiago de Compostela es la meta de miles de pere- bús urbano …``).  Each
    section reads left column, then right."""
    source = _source("section-es")
    paragraphs = _paragraphs("section-es")
    assert paragraphs[1:4] == source[1:4]
    termas = source.index("Las termas")
    assert paragraphs[paragraphs.index("Las termas"):][:3] == source[termas:termas + 3]
    assert paragraphs[2] == (
        "La muralla romana de Lugo rodea por completo el casco antiguo de la ciudad. Sus "
        "dos kilómetros de adarve se recorren a pie en menos de una hora. Tiene diez "
        "puertas y ochenta y cinco torres semicirculares de pizarra y granito. Los "
        "vecinos la usan a diario como paseo para caminar o correr. El acceso es gratuito "
        "durante todo el año. Las escaleras más cómodas están junto a la puerta de "
        "Santiago, frente a la catedral. Por la noche la iluminación permite ver el "
        "trazado completo desde los barrios exteriores. Fue declarada Patrimonio de la "
        "Humanidad en el año 2000.")


def test_a_line_end_hyphen_set_apart_by_justifying_is_joined() -> None:
    """LibreOffice, justifying a line that ends hyphenated, set a little room before
    the hyphen's glyph (``ante -`` / ``lación``), read as a space: the word ended in
    a free-standing dash (``ante - lación``) that no line-end rule joined, and
    ``--unwrap`` could not either.  The hyphen goes back on its word and the word is
    joined."""
    assert _paragraphs("section-es")[0] == _source("section-es")[0]
    assert "antelación" in _paragraphs("section-es")[0]


def test_the_footer_of_a_one_page_leaflet_goes() -> None:
    """``Oficina de turismo de Lugo · 1``, 8 pt in the bottom margin of the only page,
    was a paragraph of the text (a one-page document repeats no footer)."""
    paragraphs = _paragraphs("section-es")
    assert paragraphs[-1] == _source("section-es")[-1]
    assert not any("Oficina de turismo" in p for p in paragraphs)


def test_a_table_row_split_by_a_page_break_reads_whole() -> None:
    """LibreOffice split the row of ``Museo Provincial`` at the page break: the last
    line of its hours (``a 20:30``) opens the second page.  It was a paragraph of its
    own there, before the next row; it goes on in its cell, and the rows read in
    order, one paragraph each, their cells left to right."""
    source = _source("table-split-es")
    paragraphs = _paragraphs("table-split-es")
    start = paragraphs.index("Museo Horario Entrada")
    assert paragraphs[:start] == source[:source.index("Museo")]
    assert paragraphs[start:start + 3] == [
        "Museo Horario Entrada",
        "Museo Provincial de martes a sábado, de 9:00 a 14:00 y de 16:30 a 20:30 4 €",
        "Casa de los Mosaicos de miércoles a domingo, de 10:00 a 13:30 3,50 €"]
    assert paragraphs[-1] == source[-1]


def test_a_row_whose_cells_stand_close_reads_whole_with_the_lines_below() -> None:
    """The cells of ``Centro de Interpretación`` stand too close together to pass for a
    table's row, and the row's second line (``del Río`` / ``a 19:00``) read as a row
    of its own; the table's padding sets its rows further apart than a cell's lines,
    which joins them."""
    paragraphs = _paragraphs("table-split-es")
    assert paragraphs[-3:-1] == [
        "Centro de Interpretación del Río todos los días, de 11:00 a 19:00 2 €",
        "Torre del Reloj sábados y domingos, de 12:00 a 18:00 1,50 €"]


def test_a_page_read_across_columns_is_named_in_a_warning() -> None:
    """Three columns are more than the reader takes apart: the page is read across, line
    by line, as before -- but no longer silently: a warning names the file and the page.
    The two-column page says nothing."""
    said: list[str] = []
    segment_file(FIXTURES / "three-columns-es.pdf", "es", warn=said.append)
    assert len(said) == 1
    assert said[0].startswith(f"{FIXTURES / 'three-columns-es.pdf'}: page 1: ")
    assert "read across" in said[0]
    quiet: list[str] = []
    segment_file(FIXTURES / "section-es.pdf", "es", warn=quiet.append)
    segment_file(FIXTURES / "table-split-es.pdf", "es", warn=quiet.append)
    assert quiet == []


def test_a_pdf_footnote_names_no_body_heading_and_two_headings_are_two_sections(
        tmp_path: Path) -> None:
    """tests/fixtures/notes-sections-{de,en}.pdf (LibreOffice, from src/*.fodt): a title,
    ``§ 1``'s heading, a paragraph whose footnote is called in § 1, then ``§ 2``.  In the
    TMX and the XLIFF the note's unit says it is a footnote and names no section (a walk
    found it named ``§ 7``, the last heading of the body), and the units of § 1 name
    § 1's heading, not the title and it as one (expected by hand from the sources)."""
    from aligner.formats.tmx import read_tmx
    from aligner.formats.units import PROP_SRC_PART, PROP_SRC_SECTION, PROP_TGT_SECTION
    from aligner.formats.xliff import read_xliff
    from tests.collection.conftest import run

    src, tgt = FIXTURES / "notes-sections-de.pdf", FIXTURES / "notes-sections-en.pdf"
    for out in (tmp_path / "a.tmx", tmp_path / "a.xlf"):
        code, _, stderr = run("align", str(src), str(tgt), "--src-lang", "de", "--tgt-lang",
                              "en", "--encoder", "none", "-o", str(out))
        assert code == 0, stderr
        units = read_tmx(out) if out.suffix == ".tmx" else read_xliff(out)
        assert [(u.source, u.props.get(PROP_SRC_SECTION), u.props.get(PROP_TGT_SECTION),
                 u.props.get(PROP_SRC_PART)) for u in units] == [
            ("Werkvertrag über eine Steuerungssoftware", "Werkvertrag über eine "
             "Steuerungssoftware", "Contract for control software", None),
            ("§ 1 Gewährleistung", "§ 1 Gewährleistung", "Section 1 Warranty", None),
            ("Die Gewährleistungsfrist beträgt zwei Jahre ab der Abnahme der Software.",
             "§ 1 Gewährleistung", "Section 1 Warranty", None),
            ("Mängel zeigt der Auftraggeber schriftlich an.", "§ 1 Gewährleistung",
             "Section 1 Warranty", None),
            ("§ 2 Schlussbestimmungen", "§ 2 Schlussbestimmungen",
             "Section 2 Final provisions", None),
            ("Gerichtsstand ist München.", "§ 2 Schlussbestimmungen",
             "Section 2 Final provisions", None),
            ("Abweichend von der gesetzlichen Frist.", None, None, "footnote"),
        ]
