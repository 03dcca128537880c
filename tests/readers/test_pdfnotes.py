"""PDF footnotes read after the body (readers/pdfnotes.py), on hand-made lines and on a
PDF LibreOffice made (tests/fixtures/README.md)."""

from __future__ import annotations

from pathlib import Path

from aligner.model import Part
from aligner.readers import read_document
from aligner.readers.pdflayout import paragraphs
from aligner.readers.pdflines import Line, Page
from aligner.segment import segment_document

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def test_a_note_goes_after_the_body_and_its_indented_lines_stay_in_it() -> None:
    """The note stood between the two halves of the paragraph it falls in, and its
    second line, indented under the note's text, started a paragraph of its own."""
    one = Page(400.0, 600.0, (
        Line("The keeper wrote down the oil, the wind and every ship that", 40, 500, 360, 512),
        Line("passed the reef, and his wife added the birds she could not", 40, 486, 360, 498),
        Line("The official range is twenty-two miles; the fishermen", 40, 100, 358, 110,
             note=True),
        Line("said it could be seen from much farther out.", 54, 88, 300, 98),
    ))
    two = Page(400.0, 600.0, (
        Line("name, in the margin of each page.", 40, 560, 220, 572),
        Line("The inspector who came in August only read the totals and", 40, 538, 360, 550),
        Line("signed the last page.", 40, 524, 150, 536),
    ))
    assert [(p.text, p.part) for p in paragraphs([one, two])] == [
        ("The keeper wrote down the oil, the wind and every ship that passed the reef, and "
         "his wife added the birds she could not name, in the margin of each page.",
         Part.BODY),
        ("The inspector who came in August only read the totals and signed the last page.",
         Part.BODY),
        ("The official range is twenty-two miles; the fishermen said it could be seen from "
         "much farther out.", Part.FOOTNOTE),
    ]


def test_a_pdf_s_footnotes_follow_its_body() -> None:
    """A paragraph running on to the next page was cut at the page break, the page's
    note standing inside it, and the soft hyphen there (``Petroleum-``/``lampe``) was
    not joined; the note's indented second line began a new paragraph.  Now the PDF
    reads as its source's body, then its notes, as the DOCX and ODT readers read them."""
    doc = segment_document(read_document(FIXTURES / "notes-pages-de.pdf", lang="de"))
    blocks = doc.document.blocks
    assert [(s.text, blocks[s.block].part.value) for s in doc.segments] == [
        ("Tomás und Marta kamen im März auf die Insel.", "body"),
        ("Sie hatten zwei Koffer, eine Kiste mit Büchern und einen Korb mit Hühnern dabei, "
         "und keiner von beiden war je auf einem Leuchtturm gewesen.", "body"),
        ("Die Fähre legte am frühen Morgen ab.", "body"),
        ("Gegen Mittag sah man die Insel, einen flachen grauen Rücken mit einem weißen Turm "
         "am nördlichen Ende.", "body"),
        ("Der Leuchtturm war im Jahr 1871 gebaut worden.", "body"),
        ("Seine Lampe brannte mit Paraffinöl, im Winter etwa neun Liter in jeder Nacht.",
         "body"),
        ("Über der Tür stand noch immer der Name des Ingenieurs, der ihn entworfen hatte.",
         "body"),
        ("Der vorige Wärter war überstürzt abgereist.", "body"),
        ("Seine Möbel hatte er mitgenommen, nicht aber seine Bücher, die ordentlich "
         "aufgereiht auf einem Regal im Wachraum standen, neben einer Petroleumlampe, "
         "einem Fernglas und einem Kalender, den niemand mehr abgerissen hatte.", "body"),
        ("Marta stieg an jenem ersten Abend die Stufen hinauf.", "body"),
        ("Dann kam sie blass wieder herunter.", "body"),
        ("Das amtliche Verzeichnis nennt eine Reichweite von zweiundzwanzig Seemeilen; die "
         "Fischer behaupteten, man sehe das Licht von viel weiter draußen.", "footnote"),
        ("Es waren hundertvierunddreißig Stufen.", "footnote"),
    ]


def test_notes_alike_on_every_page_are_no_running_footer() -> None:
    """A book's notes may read alike (``Note 7 on the weather.``) and stand at the
    same height on every page, in the bottom margin, as a running footer does: they
    went as one."""
    pages = [Page(400.0, 600.0, (
        Line(f"Entry {n}: the keeper noted the wind and the sea.", 40, 500, 300, 512),
        Line(f"Note {n} on the weather.", 40, 70, 160, 80, note=True),
    )) for n in (7, 8, 9)]
    assert [(p.text, p.part) for p in paragraphs(pages)][-3:] == [
        (f"Note {n} on the weather.", Part.FOOTNOTE) for n in (7, 8, 9)]


def test_a_note_whose_label_hangs_apart_is_a_note() -> None:
    """LibreOffice's default note style sets the label apart from the note's text, a
    line of its own for pdfminer: the text beside it starts the note."""
    doc = read_document(FIXTURES / "footnotes-hanging-en.pdf", lang="en")
    notes = [doc.text[b.start:b.end] for b in doc.blocks if b.part is Part.FOOTNOTE]
    assert notes == ["For professional use, contact customer service.",
                     "2024 figures, not audited."]


def test_a_label_of_three_digits_touching_its_note_is_left_out() -> None:
    """A label wider than the note style's hanging indent touches the note's text,
    with no space: ``100Most lines …`` kept its label, and, not known for a note's
    start, ran on from the note before it."""
    doc = read_document(FIXTURES / "notes-100-en.pdf", lang="en")
    notes = [doc.text[b.start:b.end] for b in doc.blocks if b.part is Part.FOOTNOTE]
    assert notes == ["Its cover was lost in the storm of 1911.",
                     "Most lines give the wind, the oil and the ships.",
                     "Nobody knows who wrote the second line."]


def test_a_note_carried_over_to_the_next_page_is_read_whole() -> None:
    """LibreOffice carries what does not fit at the foot of a page over to the foot of
    the next, without a label: it stood in the body there, cut from its note."""
    doc = read_document(FIXTURES / "notes-carried-en.pdf", lang="en")
    notes = [doc.text[b.start:b.end] for b in doc.blocks if b.part is Part.FOOTNOTE]
    assert notes == [
        "Most of the birds he names are shearwaters, which nest in the cliffs below the "
        "tower from March to October; a few are gannets, which he calls by their "
        "Portuguese name, and one, seen twice in the winter of 1911, has never been "
        "identified by anyone who has read the ledger since, although several "
        "naturalists have tried over the years and written long letters about it. The "
        "ledger itself was sent to Lisbon in 1920, where it stayed in a drawer of the "
        "naval archive for sixty years before a student found it, copied the entries on "
        "the birds by hand and sent the copy back to the island.",
        "The columns give the wind, the colour of the sea and the birds."]


def test_small_print_after_a_finished_note_stays_in_the_body() -> None:
    """Lines of a note's size at the foot of the next page are no rest of a note that
    ended its sentence."""
    one = Page(400.0, 600.0, (
        Line("The keeper wrote down the oil and the wind every night.", 40, 500, 330, 512),
        Line("The range is twenty-two miles.", 40, 100, 200, 110, note=True),
    ))
    two = Page(400.0, 600.0, (
        Line("The inspector who came in August only read the totals and", 40, 560, 360, 572),
        Line("signed the last page.", 40, 546, 150, 558),
        Line("Printed by the Harbour Authority", 40, 100, 200, 110),
    ))
    assert [(p.text, p.part) for p in paragraphs([one, two])][-2:] == [
        ("Printed by the Harbour Authority", Part.BODY),
        ("The range is twenty-two miles.", Part.FOOTNOTE)]


def test_notes_in_the_body_s_size_are_told_by_their_place() -> None:
    """pandoc's default DOCX sets its notes in the body's size, and LibreOffice's PDF
    keeps that, the labels raised as the calls are: the notes stayed in the body,
    between ``La carta se`` and ``conserva …``, and note 5, cited on the first page
    but set whole at the foot of the second, stood between the last paragraph and
    note 6.  An exponent in the body (``10⁴``) stays."""
    seg = segment_document(read_document(FIXTURES / "notes-body-es.pdf", lang="es"))
    doc = seg.document
    assert all(doc.text[s.start:s.end] == s.text for s in seg.segments)
    parts = [(s.text, doc.blocks[s.block].part) for s in seg.segments]
    assert parts[:14] == [(text, Part.HEADING if n == 0 else Part.BODY) for n, text in enumerate([
        "El faro de la isla Mocha",
        "La isla Mocha está a unos treinta kilómetros de la costa de Arauco, y su faro fue "
        "durante un siglo la única luz entre Lebu y Valdivia.",
        "Lo construyó en 1894 una cuadrilla de once hombres que llegó en la goleta de la "
        "Armada con los ladrillos, la cal y la linterna, encargada a una casa de París.",
        "El primer farero fue un marinero de Talcahuano que había servido en la guerra y "
        "que sabía leer, cosa rara entonces en la tripulación.",
        "Los libros del faro se conservan casi completos en el archivo de la Armada.",
        "Anotan cada noche la hora del encendido y del apagado, el aceite gastado, el "
        "viento, el estado del mar y los buques que pasaban a la vista.",
        "Durante los primeros años la letra es siempre la misma, pequeña y ordenada, y las "
        "faltas de ortografía disminuyen de un volumen a otro, como si el farero hubiera "
        "aprendido a escribir mejor con la práctica de cada noche.",
        "La vida en la isla dependía por completo del vapor que llegaba cada mes desde "
        "Talcahuano con los víveres, el correo y el aceite para la lámpara.",
        "Cuando el mal tiempo lo retrasaba, el farero apagaba la luz una hora antes del "
        "alba para ahorrar aceite, y lo anotaba con una letra más apretada que la de "
        "costumbre.",
        "El gobierno de la época nunca respondió a las cartas en que los fareros pedían un "
        "segundo bote, aunque las pidieron durante veinte años, cada invierno, con las "
        "mismas palabras y casi siempre después de un naufragio en los bajos del norte de "
        "la isla.",
        "En 1907 un temporal arrancó el techo de la casa de los fareros y rompió dos "
        "cristales de la linterna.",
        "Durante tres semanas la luz se mantuvo encendida detrás de una lona, y los buques "
        "que pasaban dejaron de verla a más de ocho millas.",
        "El capitán de un vapor inglés se quejó al cónsul en Valparaíso, y la queja, "
        "traducida, llegó al ministerio antes que el informe del propio farero.",
        "El ministerio pidió explicaciones al farero, que respondió con una carta de cuatro "
        "páginas escrita a lo largo de dos noches.",
    ])]
    assert parts[14] == ("La carta se conserva entre los papeles del ministerio, con una "
                         "nota al margen que nadie firmó.", Part.BODY)
    assert doc.blocks[seg.segments[14].block] is doc.blocks[seg.segments[13].block]
    assert ("En los años veinte la Armada cambió la lámpara de aceite por una de petróleo a "
            "presión, que daba una luz más blanca, de unas 10⁴ bujías, y gastaba menos.",
            Part.BODY) in parts
    assert parts[22:] == [(text, Part.FOOTNOTE) for text in [
        "Dirección del Territorio Marítimo, Lista de faros de la costa de Chile, "
        "Valparaíso, 1931, p. 48; la distancia se mide desde Tirúa, el puerto más cercano.",
        "La linterna y el aparato óptico llegaron en dos cajones que pesaban, según el "
        "conocimiento de embarque, mil doscientos kilos entre los dos.",
        "Archivo Histórico de la Armada, fondo Faros, libros de la isla Mocha, 1894–1921, "
        "doce volúmenes encuadernados en tela.",
        "Véase, por ejemplo, la entrada del 14 de julio de 1899, en la que el farero "
        "escribe que le quedan aceite y velas para nueve noches y que el vapor lleva ya "
        "dos semanas de atraso.",
        "El informe del farero está fechado el 2 de agosto de 1907 y no fue recibido "
        "hasta el 30 del mismo mes; la queja del capitán, del 9 de agosto, llegó el 12.",
        "Decreto del Ministerio de Marina del 3 de mayo de 1923, que concede la pensión y "
        "da las gracias al farero por veintinueve años de servicio.",
        "Es la última entrada que se conserva; los libros posteriores se perdieron en el "
        "incendio del archivo de 1963.",
    ]]
