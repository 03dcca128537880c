"""A glossary's column names and status words in other languages than English
(glossary_columns.tsv, glossary_statuses.tsv), and the status column under a name
no reader knows, which is refused rather than left out."""

from __future__ import annotations

from pathlib import Path

import pytest

from aligner.errors import GlossaryError
from aligner.glossary import parse_glossary
from aligner.glossary_words import (
    COLUMNS,
    _table,
    column_of,
    refuse_unread_statuses,
    status_of,
)
from aligner.lang.base import read_data
from aligner.model import TermStatus

LANGUAGES = ("en", "es", "fr", "de", "it", "pt", "nl", "pl")


@pytest.mark.parametrize(("name", "meanings"), [
    ("glossary_columns.tsv", COLUMNS),
    ("glossary_statuses.tsv", tuple(s.value for s in TermStatus)),
])
def test_every_language_has_a_word_for_every_column_and_status(
        name: str, meanings: tuple[str, ...]) -> None:
    _table(name, meanings)  # well formed, no word twice
    text = read_data("aligner.lang", name)
    assert text is not None
    have = {(meaning, lang) for line in text.splitlines()
            if line and not line.startswith("#")
            for _, meaning, langs in [line.split("\t")] for lang in langs.split()}
    assert {(m, lang) for m in meanings for lang in LANGUAGES} <= have


@pytest.mark.parametrize(("name", "column"), [
    ("status", "status"), ("Estado", "status"), ("ESTATUS", "status"), ("Statut", "status"),
    ("Stato", "status"), ("Nota", "note"), ("Notas", "note"), ("Comentário", "note"),
    ("Remarque", "note"), ("Anmerkung", "note"), ("Hinweis", "note"), ("Opmerking", "note"),
    ("comment", "note"), ("Mayúsculas", "case"), ("Groß-/Kleinschreibung", "case"),
    ("Sensible à la casse", "case"), ("case  sensitive", "case"),
    ("Domain", None), ("Dominio", None), ("", None),
])
def test_column_names(name: str, column: str | None) -> None:
    assert column_of(name) == column


@pytest.mark.parametrize(("word", "status"), [
    ("Prohibido", TermStatus.FORBIDDEN), ("prohibidas", TermStatus.FORBIDDEN),
    ("no  usar", TermStatus.FORBIDDEN), ("EVITAR", TermStatus.FORBIDDEN),
    ("preferida", TermStatus.PREFERRED), ("admitido", TermStatus.ALLOWED),
    ("préférée", TermStatus.PREFERRED), ("autorisé", TermStatus.ALLOWED),
    ("Interdit", TermStatus.FORBIDDEN), ("à éviter", TermStatus.FORBIDDEN),
    ("bevorzugt", TermStatus.PREFERRED), ("zulässig", TermStatus.ALLOWED),
    ("verboten", TermStatus.FORBIDDEN), ("nicht verwenden", TermStatus.FORBIDDEN),
    ("vietata", TermStatus.FORBIDDEN), ("proibido", TermStatus.FORBIDDEN),
    ("não usar", TermStatus.FORBIDDEN), ("verboden", TermStatus.FORBIDDEN),
    ("toegestaan", TermStatus.ALLOWED), ("deprecated", TermStatus.FORBIDDEN),
    ("legal", None), ("maybe", None), ("prohibid", None),
])
def test_status_words(word: str, status: TermStatus | None) -> None:
    assert status_of(word) == status


@pytest.mark.parametrize("text", [
    # the walk's glossary: a Spanish header and Spanish statuses
    "Inglés\tEspañol\tEstado\tNota\n"
    "eventually\teventualmente\tprohibido\tfalso amigo\n"
    "eventually\tfinalmente\tpreferido\n",
    "en\tes\tESTATUS\tComentario\n"
    "eventually\teventualmente\tProhibida\tfalso amigo\n"
    "eventually\tfinalmente\t\n",
    "en\tfr\tRemarque\tStatut\n"
    "eventually\téventuellement\tfalso amigo\tinterdit\n"
    "eventually\tfinalement\t\tpréféré\n",
    "en\tde\tHinweis\tStatus\n"
    "eventually\teventuell\tfalso amigo\tverboten\n"
    "eventually\tschließlich\t\tbevorzugt\n",
])
def test_headers_and_statuses_in_other_languages(text: str) -> None:
    g = parse_glossary(text, path="g.tsv")
    assert g.src_lang == "en"
    assert [(e.status, e.note) for e in g.entries] == [
        (TermStatus.FORBIDDEN, "falso amigo"), (TermStatus.PREFERRED, "")]
    assert g.ignored == ()


def test_a_second_note_column_is_left_out_and_a_second_status_column_refused() -> None:
    g = parse_glossary("en\tes\tNota\tComentarios\nfile\tarchivo\tuno\tdos\n")
    assert ([e.note for e in g.entries], g.ignored) == (["uno"], ("Comentarios",))
    with pytest.raises(GlossaryError) as info:
        parse_glossary("en\tes\tEstado\tstatus\nfile\tarchivo\n", path="g.tsv")
    assert (info.value.line, info.value.message) == (
        1, "columns 'Estado' and 'status' both name the status column; keep one")
    with pytest.raises(GlossaryError, match="column 'nota' appears twice"):
        parse_glossary("en\tes\tNota\tnota\nfile\tarchivo\n")


ERROR = ("column {col} ({name}) is not read, but its cells are statuses ({word!r} on line "
         "{line}; {n} of its {of} filled cells): expected a status column headed 'status' "
         "or its name in another language of docs/glossary.md (Estado, Statut, Stato, ...); "
         "rename the header cell so that the rows' statuses are read")


@pytest.mark.parametrize(("text", "where"), [
    # most of its cells are status words: wherever it sits
    ("en\tde\tnote\tZustand\n# c\nfile\tDatei\t\tbevorzugt\nfile\tFile\tx\tverboten\n"
     "folder\tOrdner\n",
     {"col": 4, "name": "'Zustand'", "word": "bevorzugt", "line": 3, "n": 2, "of": 2}),
    # where the status belongs (third, no status column): one status word is enough
    ("en\tes\tEstado2\tDominio\nfile\tarchivo\tlegal\tTI\nfile\tfichero\tprohibido\tTI\n"
     "folder\tcarpeta\tTI\n",
     {"col": 3, "name": "'Estado2'", "word": "prohibido", "line": 3, "n": 1, "of": 3}),
    # a column with no name at all
    ("en\tes\t\tnota\nfile\tarchivo\tpreferido\nfile\tfichero\tprohibido\tx\n",
     {"col": 3, "name": "no name", "word": "preferido", "line": 2, "n": 2, "of": 2}),
])
def test_a_status_column_no_reader_reads_is_an_error(text: str, where: dict[str, object]
                                                     ) -> None:
    with pytest.raises(GlossaryError) as info:
        parse_glossary(text, path="g.tsv")
    assert (info.value.path, info.value.line, info.value.message) == (
        "g.tsv", 1, ERROR.format(**where))


@pytest.mark.parametrize("text", [
    # a domain column after the status: not status words
    "en\tes\tstatus\tDominio\nfile\tarchivo\tpreferred\tlegal\n",
    # a third column of other words, one of which is a status word, beside a status column
    "en\tes\tDominio\tstatus\nfile\tarchivo\tlegal\t\nfile\tfichero\tevitar\tforbidden\n"
    "folder\tcarpeta\tTI\n",
])
def test_other_columns_are_still_left_out(text: str) -> None:
    assert parse_glossary(text).ignored == ("Dominio",)


def test_refuse_unread_statuses_reads_every_row_given() -> None:
    refuse_unread_statuses(["en", "es", "status", "x"], {"status": 2, "?x": 3},
                           [(2, ["a", "b", "preferred", "y"])], path="g", line=1)
    with pytest.raises(GlossaryError, match="column 4"):
        refuse_unread_statuses(["en", "es", "status", "x"], {"status": 2, "?x": 3},
                               [(2, ["a", "b", "", "verboten"])], path="g", line=1)


def test_a_polish_term_base_names_its_columns_languages_and_statuses_in_polish(
        tmp_path: Path) -> None:
    """A Polish team's XLSX exported as TSV: 'angielski', 'polski', 'Status', 'Uwagi'
    and the statuses in Polish (the Polish translator's walk, s38)."""
    from aligner.formats import read_glossary

    g = tmp_path / "terms.tsv"
    g.write_text("angielski\tpolski\tStatus\tUwagi\n"
                 "washing machine\tpralka\tpreferowany\t\n"
                 "washing machine\tautomat\tzakazany\tpotoczne\n"
                 "drum\tbęben\tdozwolona\t\n", encoding="utf-8")
    found = read_glossary(g)
    assert (found.src_lang, found.tgt_lang) == ("en", "pl")
    rows = [(e.source, e.target, e.status.value, e.note) for e in found.entries]
    assert rows == [("washing machine", "pralka", "preferred", ""),
                    ("washing machine", "automat", "forbidden", "potoczne"),
                    ("drum", "bęben", "allowed", "")]


def test_an_arabic_spreadsheet_names_its_columns_languages_and_statuses_in_arabic(
        tmp_path: Path) -> None:
    """An Arab team's CSV: 'الإنجليزية', 'العربية', 'الحالة', 'ملاحظة' and the statuses in
    Arabic (the Arabic NGO walk's header was refused: 'الإنجليزية' is not a known
    language code); the hamza on alef is written or left out as people type it."""
    from aligner.formats import read_glossary

    g = tmp_path / "terms.csv"
    g.write_text("الانجليزية,العربية,الحالة,ملاحظة\n"
                 "internally displaced persons,النازحون داخليا,مفضل,\n"
                 "internally displaced persons,المهجرون,ممنوع,ليست صياغتنا\n"
                 "cash assistance,المساعدات النقدية,مسموح به,\n", encoding="utf-8")
    found = read_glossary(g)
    assert (found.src_lang, found.tgt_lang) == ("en", "ar")
    rows = [(e.source, e.target, e.status.value, e.note) for e in found.entries]
    assert rows == [
        ("internally displaced persons", "النازحون داخليا", "preferred", ""),
        ("internally displaced persons", "المهجرون", "forbidden", "ليست صياغتنا"),
        ("cash assistance", "المساعدات النقدية", "allowed", "")]
    g.write_text("إنجليزي,الفرنسية\nfield office,bureau de terrain\n", encoding="utf-8")
    assert (read_glossary(g).src_lang, read_glossary(g).tgt_lang) == ("en", "fr")


@pytest.mark.parametrize(("header", "rows", "langs"), [
    # written for this test (s41 Japanese walk, item 11): a Japanese team's sheet
    ("日本語\t英語\t状態\t備考", ["モーター\tmotor\t推奨\t", "モーター\tengine\t禁止\t電動機",
                                "モーター\telectric motor\t許容\t"], ("ja", "en")),
    ("ja\ten\tstatus\tnote", ["モーター\tmotor\t推奨\t", "モーター\tengine\t禁止\t電動機",
                             "モーター\telectric motor\t許容\t"], ("ja", "en")),
    # and a Chinese one, simplified and traditional
    ("英文\t中文\t状态\t备注", ["motor\t电机\t推荐\t", "motor\t马达\t禁止\t电动机",
                              "motor\t电动机\t允许\t"], ("en", "zh")),
    ("英文\t中文\t狀態\t備註", ["motor\t電機\t推薦\t", "motor\t馬達\t禁用\t電動機",
                              "motor\t電動機\t允許\t"], ("en", "zh")),
])
def test_japanese_and_chinese_sheets_name_their_columns_and_statuses(
        header: str, rows: list[str], langs: tuple[str, str]) -> None:
    g = parse_glossary("\n".join([header, *rows]) + "\n", path="g.tsv")
    assert (g.src_lang, g.tgt_lang) == langs
    assert [(e.status, e.note) for e in g.entries] == [
        (TermStatus.PREFERRED, ""), (TermStatus.FORBIDDEN, rows[1].split("\t")[3]),
        (TermStatus.ALLOWED, "")]
