"""Which files pair: the same relative path once the language tag is left out."""

from __future__ import annotations

from pathlib import Path, PurePosixPath

import pytest

from aligner.collection.pairing import (
    manifest_rows,
    pair_folders,
    pair_key,
    read_manifest,
)
from aligner.errors import InputError

_TAG_PROBLEM = "has no language tag in it (as chile.es.txt has es)"


@pytest.mark.parametrize(("rows", "languages"), [
    # each row's tags; a row of other tags is another language pair, not an error
    ("a.es.txt\ta.en.txt\nb/b.ES.md\tb/b.en.md\nc.pt.txt\tc.en.txt\n",
     [("es", "en"), ("es", "en"), ("pt", "en")]),
    # a tag joined to the stem, read beside the other name as aligner align reads it
    ("Bericht_DE.txt\tBericht_EN.docx\n", [("de", "en")]),
    # the cells before the names; an empty cell leaves the name to say it
    ("src\ttgt\tsrc_lang\ttgt_lang\na.es.txt\ta.txt\t\tfr-ca\nb.txt\tb.de.txt\tES\t\n",
     [("es", "fr-CA"), ("es", "de")]),
])
def test_each_row_s_languages_are_its_cells_else_the_tags_of_its_names(
        tmp_path: Path, rows: str, languages: list[tuple[str, str]]) -> None:
    from aligner.cli.batch_languages import row_languages

    path = tmp_path / "pairs.tsv"
    path.write_text(rows if rows.startswith("src\t") else "src\ttgt\n" + rows,
                    encoding="utf-8")
    found = row_languages(manifest_rows(path), (None, None), (None, None),
                          manifest=str(path), db="c.db", mute="")
    assert [langs for langs, _ in found] == languages


@pytest.mark.parametrize(("rows", "line", "side"), [
    ("a.es.txt\ta.en.txt\nb.es.txt\tb.txt\n", 3, "--tgt-lang or a tgt_lang column: "
     "the name of b.txt"),
    # the first row whose side cannot be told
    ("a.txt\ta.en.txt\nb.pt.txt\tb.txt\n", 2, "--src-lang or a src_lang column: the name "
     "of a.txt"),
])
def test_a_row_whose_language_no_cell_nor_name_says_is_an_error_naming_its_line(
        tmp_path: Path, rows: str, line: int, side: str) -> None:
    from aligner.cli.batch_languages import row_languages
    from aligner.errors import ConfigError

    path = tmp_path / "pairs.tsv"
    path.write_text("src\ttgt\n" + rows, encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        row_languages(manifest_rows(path), (None, None), (None, None), manifest=str(path),
                      db="c.db", mute="c.db holds no document")
    assert info.value.format() == (f"{path}:{line}: give {side} {_TAG_PROBLEM}, and c.db "
                                   "holds no document")


@pytest.mark.parametrize(("rel", "lang", "key"), [
    ("2021/allende.es.md", "es", "2021/allende.md"),
    ("2021/allende.en.md", "en", "2021/allende.md"),
    ("foo.txt", "es", "foo.txt"),
    ("foo.ES.txt", "es", "foo.txt"),
    ("foo.es-CL.txt", "es", "foo.txt"),
    ("foo.en.txt", "es", "foo.en.txt"),  # the other language's tag is no tag here
    ("notes.es", "es", "notes"),
    ("v1.2.es.txt", "es", "v1.2.txt"),
])
def test_pair_key(rel: str, lang: str, key: str) -> None:
    assert str(pair_key(PurePosixPath(rel), lang)) == key


def _touch(root: Path, *names: str) -> None:
    for name in names:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("x", encoding="utf-8")


def test_two_folders(tmp_path: Path) -> None:
    _touch(tmp_path / "es", "2021/allende.es.md", "foo.txt", "solo.es.txt", ".DS_Store",
           "2022/b.es.html")
    _touch(tmp_path / "en", "2021/allende.en.md", "foo.txt", "2022/b.en.html", "extra.en.txt")
    found = pair_folders(tmp_path / "es", tmp_path / "en", src_lang="es", tgt_lang="en")
    assert [(p.name, p.src.relative_to(tmp_path).as_posix(),
             p.tgt.relative_to(tmp_path).as_posix()) for p in found.pairs] == [
        ("2021/allende", "es/2021/allende.es.md", "en/2021/allende.en.md"),
        ("2022/b", "es/2022/b.es.html", "en/2022/b.en.html"),
        ("foo", "es/foo.txt", "en/foo.txt"),
    ]
    assert [p.relative_to(tmp_path).as_posix() for p in found.unpartnered] == [
        "es/solo.es.txt", "en/extra.en.txt"]


def test_same_name_other_extension_keeps_the_extension(tmp_path: Path) -> None:
    _touch(tmp_path / "es", "a.es.txt", "a.es.md")
    _touch(tmp_path / "en", "a.en.txt", "a.en.md")
    found = pair_folders(tmp_path / "es", tmp_path / "en", src_lang="es", tgt_lang="en")
    assert [p.name for p in found.pairs] == ["a.md", "a.txt"]
    assert found.formats == ("a.md", "a.txt")  # what batch warns of
    _touch(tmp_path / "es", "b.es.txt")
    _touch(tmp_path / "en", "b.en.txt")
    found = pair_folders(tmp_path / "es", tmp_path / "en", src_lang="es", tgt_lang="en")
    assert found.formats == ("a.md", "a.txt")  # b is one document, named b


def test_a_translation_in_another_format_pairs_by_name(tmp_path: Path) -> None:
    _touch(tmp_path / "es", "informe.es.docx", "2021/nota.md", "b.es.txt", "b.es.md", "c.txt",
           "d.txt")
    _touch(tmp_path / "en", "informe.en.pdf", "2021/nota.html", "b.en.pdf", "c.txt", "d.md",
           "d.html")
    found = pair_folders(tmp_path / "es", tmp_path / "en", src_lang="es", tgt_lang="en")
    assert [(p.name, p.src.name, p.tgt.name) for p in found.pairs] == [
        ("2021/nota", "nota.md", "nota.html"),
        ("c", "c.txt", "c.txt"),
        ("informe", "informe.es.docx", "informe.en.pdf"),
    ]
    # two of a name on one side: which one is the partner is not for us to guess
    assert sorted(p.name for p in found.unpartnered) == [
        "b.en.pdf", "b.es.md", "b.es.txt", "d.html", "d.md", "d.txt"]


def test_one_folder_for_both_languages(tmp_path: Path) -> None:
    _touch(tmp_path, "a.es.txt", "a.en.txt", "b.es.txt", "c.txt")
    found = pair_folders(tmp_path, tmp_path, src_lang="es", tgt_lang="en")
    assert [(p.name, p.src.name, p.tgt.name) for p in found.pairs] == [
        ("a", "a.es.txt", "a.en.txt")]
    # once, not once a side; and c.txt is not its own translation
    assert sorted(p.name for p in found.unpartnered) == ["b.es.txt", "c.txt"]


def test_two_files_of_one_document_on_a_side_pair_with_nothing(tmp_path: Path) -> None:
    _touch(tmp_path / "es", "dup.es.txt", "dup.txt", "ok.es.txt")
    _touch(tmp_path / "en", "dup.en.txt", "ok.en.txt")
    found = pair_folders(tmp_path / "es", tmp_path / "en", src_lang="es", tgt_lang="en")
    assert [p.name for p in found.pairs] == ["ok"]
    assert [[p.name for p in same] for same in found.ambiguous] == [["dup.es.txt", "dup.txt"]]
    assert [p.name for p in found.unpartnered] == ["dup.en.txt"]


def test_names_in_another_unicode_form_pair(tmp_path: Path) -> None:
    nfd, nfc = "an\u0303o", "a\u00f1o"  # año as macOS writes it, and composed
    _touch(tmp_path / "es", f"{nfd}.es.txt")
    _touch(tmp_path / "en", f"{nfc}.en.txt")
    found = pair_folders(tmp_path / "es", tmp_path / "en", src_lang="es", tgt_lang="en")
    assert [(p.name, p.src.name, p.tgt.name) for p in found.pairs] == [
        (nfc, f"{nfd}.es.txt", f"{nfc}.en.txt")]
    assert found.unpartnered == ()


def test_the_collection_kept_beside_the_documents_is_no_document(tmp_path: Path) -> None:
    _touch(tmp_path / "es", "a.es.txt", "c.db", "c.db-wal")
    _touch(tmp_path / "en", "a.en.txt")
    db = tmp_path / "es" / "c.db"
    found = pair_folders(tmp_path / "es", tmp_path / "en", src_lang="es", tgt_lang="en",
                         ignore=[db, f"{db}-wal", f"{db}-shm"])
    assert [p.name for p in found.pairs] == ["a"]
    assert found.unpartnered == ()


def test_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such folder"):
        pair_folders(tmp_path / "nope", tmp_path, src_lang="es", tgt_lang="en")


def test_manifest(tmp_path: Path) -> None:
    (tmp_path / "pairs.tsv").write_text(
        "src\ttgt\tname\nes/a.es.txt\ten/a.txt\t\nx/b.txt\ty/c.txt\tbook/b\n", encoding="utf-8")
    found = read_manifest(tmp_path / "pairs.tsv", src_lang="es")
    assert [(p.name, p.src, p.tgt) for p in found.pairs] == [
        ("book/b", tmp_path / "x/b.txt", tmp_path / "y/c.txt"),
        # no name: the source's path, language tag and extension left out
        ("es/a", tmp_path / "es/a.es.txt", tmp_path / "en/a.txt"),
    ]


@pytest.mark.parametrize(("text", "message"), [
    ("", "empty manifest"),
    ("a\tb\nx\ty\n", "must name the columns src and tgt"),
    ("src\ttgt\nonly-one\n", "expected 2 tab-separated columns"),
    ("src\ttgt\n\n", "lists no pair under its header line"),
    ("src\ttgt\tname\na\tb\tn\nc\td\tn\n", "document name 'n' already used on line 2"),
])
def test_bad_manifest(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "pairs.tsv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError, match=message) as info:
        read_manifest(path, src_lang="es")
    assert str(path) in str(info.value)


def test_the_manifest_of_the_docs_reads_as_they_say(tmp_path: Path) -> None:
    """docs/collections.md's example: the second row has no name column at all."""
    page = (Path(__file__).resolve().parents[2] / "docs" / "collections.md").read_text(
        encoding="utf-8")
    example = page.split("```\nsrc\ttgt\tname\n", 1)[1].split("```", 1)[0]
    (tmp_path / "pairs.tsv").write_text("src\ttgt\tname\n" + example, encoding="utf-8")
    found = read_manifest(tmp_path / "pairs.tsv", src_lang="es")
    assert [(p.name, p.src, p.tgt) for p in found.pairs] == [
        ("2021/allende", tmp_path / "es/allende.es.md", tmp_path / "en/allende.txt"),
        ("books/quijote-1", tmp_path / "books/quijote-1.txt", tmp_path / "books/quixote-1.txt"),
    ]


def test_a_manifest_row_needs_its_src_and_tgt_cells(tmp_path: Path) -> None:
    (tmp_path / "pairs.tsv").write_text("name\tsrc\ttgt\nn\ta.txt\n", encoding="utf-8")
    with pytest.raises(InputError, match="expected 3 tab-separated columns, found 2"):
        read_manifest(tmp_path / "pairs.tsv", src_lang="es")


@pytest.mark.parametrize(("rel", "lang", "key"), [
    ("informe_ES.txt", "es", "informe.txt"),
    ("carta-es.txt", "es", "carta.txt"),
    ("Manual v2 (final) ES.docx", "es", "Manual v2 (final).docx"),
    ("acta_2021_es.txt", "es", "acta_2021.txt"),
    ("nota (ES).txt", "es", "nota.txt"),
    ("nota [en].txt", "en", "nota.txt"),
    ("ES_boletin.txt", "es", "boletin.txt"),
    ("(EN) boletin.txt", "en", "boletin.txt"),
    ("2021/informe_es-CL.md", "es", "2021/informe.md"),
    ("informe_final.txt", "es", None),  # no language
    ("report-en.txt", "es", None),  # another language than the side's
    ("es.txt", "es", None),  # a tag and nothing else
    ("notes", "es", None),
])
def test_loose_key(rel: str, lang: str, key: str | None) -> None:
    from aligner.collection.pairing import loose_key

    found = loose_key(PurePosixPath(rel), lang)
    assert (None if found is None else str(found)) == key


def test_tags_joined_to_the_name_pair_when_both_sides_have_one(tmp_path: Path) -> None:
    """An archive's conventions were all 'no partner' (only x.es.txt paired)."""
    _touch(tmp_path / "es", "informe_ES.txt", "carta-es.txt", "Manual v2 (final) ES.docx",
           "acta_2021_es.txt", "ES_boletin.txt", "nota.ES.txt", "ficha_ES.docx",
           "solo_ES.txt", "mitad_ES.txt", "doble_ES.txt", "doble-es.txt")
    _touch(tmp_path / "en", "informe_EN.txt", "carta-en.txt", "Manual v2 (final) EN.docx",
           "acta_2021_en.txt", "EN_boletin.txt", "nota.EN.txt", "ficha_EN.pdf",
           "mitad.txt", "doble_EN.txt")
    found = pair_folders(tmp_path / "es", tmp_path / "en", src_lang="es", tgt_lang="en")
    assert [(p.name, p.src.name, p.tgt.name) for p in found.pairs] == [
        ("Manual v2 (final)", "Manual v2 (final) ES.docx", "Manual v2 (final) EN.docx"),
        ("acta_2021", "acta_2021_es.txt", "acta_2021_en.txt"),
        ("boletin", "ES_boletin.txt", "EN_boletin.txt"),
        ("carta", "carta-es.txt", "carta-en.txt"),
        ("ficha", "ficha_ES.docx", "ficha_EN.pdf"),  # the translation came back as a PDF
        ("informe", "informe_ES.txt", "informe_EN.txt"),
        ("nota", "nota.ES.txt", "nota.EN.txt"),
    ]
    # one side tagged only, and two files of one side that name the same: not guessed
    assert sorted(p.name for p in found.unpartnered) == [
        "doble-es.txt", "doble_EN.txt", "doble_ES.txt", "mitad.txt", "mitad_ES.txt",
        "solo_ES.txt"]


def test_lock_files_and_desktop_files_are_no_documents(tmp_path: Path) -> None:
    """Word's ~$ lock files, Thumbs.db and desktop.ini were listed as 'no partner'."""
    _touch(tmp_path / "es", "a.es.docx", "~$a.es.docx", "Thumbs.db", "desktop.ini",
           ".DS_Store", "sub/Desktop.ini")
    _touch(tmp_path / "en", "a.en.docx", "~$a.en.docx", "thumbs.db")
    found = pair_folders(tmp_path / "es", tmp_path / "en", src_lang="es", tgt_lang="en")
    assert [p.name for p in found.pairs] == ["a"]
    assert found.unpartnered == () and found.ambiguous == ()
