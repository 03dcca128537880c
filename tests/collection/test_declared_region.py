"""A collection's folder names a bare language (``en/``) and a document declares a region
of it (``<html lang="en-US">``): the checks read that side in the declared region, as
for a pair whose name's tag is bare (the pharma translator's walk: en-US 03/12/2026 kept
as pt-BR 03/12/2026 was caught by ``check`` of the two files, silent in the collection);
``--src-lang`` of ``check C.db`` reads the documents in the region it gives."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.collection.conftest import run

EN = ('<html lang="{lang}"><body><p>Keep this leaflet.</p><p>This leaflet was last revised '
      "on 03/12/2026.</p></body></html>\n")
PT = ('<html lang="pt-BR"><body><p>Guarde esta bula.</p><p>Esta bula foi revisada pela '
      "última vez em 03/12/2026.</p></body></html>\n")


def _collection(tmp_path: Path, declared: str) -> Path:
    (tmp_path / "en").mkdir()
    (tmp_path / "pt-BR").mkdir()
    (tmp_path / "en" / "rev.en.html").write_text(EN.format(lang=declared), encoding="utf-8")
    (tmp_path / "pt-BR" / "rev.pt-BR.html").write_text(PT, encoding="utf-8")
    db = tmp_path / "c.db"
    code, _, stderr = run("batch", str(tmp_path / "en"), str(tmp_path / "pt-BR"),
                          "--db", str(db), "--no-glossary", "--jobs", "1")
    assert code == 0, stderr
    return db


def _dates(db: Path, *options: str) -> list[str]:
    code, stdout, stderr = run("check", str(db), "--no-glossary", *options)
    assert code == 0, stderr
    return [line for line in stdout.splitlines() if "date-order" in line]


@pytest.mark.parametrize(("declared", "warned"), [("en-US", True), ("en-GB", False)])
def test_the_declared_region_refines_the_folder_s_bare_language(
        tmp_path: Path, declared: str, warned: bool) -> None:
    db = _collection(tmp_path, declared)
    dates = _dates(db)
    assert len(dates) == warned
    if warned:
        assert "12 March 2026 (en-US: month first)" in dates[0]
    # a bare --src-lang chooses the documents only
    assert len(_dates(db, "--src-lang", "en")) == warned
    # the document is stored in the folder's language, the pair of the collection
    code, stdout, _ = run("list", str(db))
    assert code == 0
    assert "en -> pt-BR" in stdout


def test_src_lang_on_check_reads_the_documents_in_its_region(tmp_path: Path) -> None:
    db = _collection(tmp_path, "en-GB")
    assert len(_dates(db, "--src-lang", "en-US")) == 1
    assert _dates(db, "--src-lang", "en-GB") == []


def test_the_review_page_reads_the_declared_region_too(tmp_path: Path) -> None:
    from aligner.collection.store import open_collection
    from aligner.editor.view import review_data

    db = _collection(tmp_path, "en-US")
    with open_collection(db) as c:
        (doc,) = c.documents()
        alignment = c.alignment(doc)
    assert alignment.src_lang == "en"
    assert alignment.settings["src_declared"] == "en-US"
    found = review_data(alignment, None).findings
    assert [f.code for f in found if f.code == "date-order"] == ["date-order"]


# A law office's two clients (our own text): a Mexican contract, es-MX -> en-US, and a
# Spanish power of attorney, es-ES -> en-GB, in es/ and en/ folders.
DOCS = {"contrato": ("es-MX", "en-US", "El arrendatario pagará la renta.",
                     "The lessee shall pay the rent."),
        "poder": ("es-ES", "en-GB", "El apoderado firmará la escritura.",
                  "The attorney shall sign the deed.")}


def _two_regions(tmp_path: Path) -> Path:
    for name, (es_tag, en_tag, es, en) in DOCS.items():
        for folder, tag, text in (("es", es_tag, es), ("en", en_tag, en)):
            (tmp_path / folder).mkdir(exist_ok=True)
            (tmp_path / folder / f"{name}.{folder}.html").write_text(
                f'<html lang="{tag}"><body><p>{text}</p></body></html>\n', encoding="utf-8")
    db = tmp_path / "legal.db"
    code, _, stderr = run("batch", str(tmp_path / "es"), str(tmp_path / "en"), "--db",
                          str(db), "--no-glossary", "--jobs", "1")
    assert code == 0, stderr
    return db


def test_exports_and_list_keep_each_document_s_declared_region(tmp_path: Path) -> None:
    import json

    from aligner.formats import load_units

    db = _two_regions(tmp_path)
    one = tmp_path / "contrato.xlf"
    code, _, stderr = run("export", str(db), "--doc", "contrato", "-o", str(one),
                          "--format", "xliff12")
    assert code == 0, stderr
    assert 'source-language="es-MX" target-language="en-US"' in one.read_text("utf-8")
    # both in one XLIFF: the languages they share, said
    both = tmp_path / "both.xlf"
    code, _, stderr = run("export", str(db), "-o", str(both), "--format", "xliff12")
    assert code == 0, stderr
    assert "its documents are es-ES -> en-GB, es-MX -> en-US: XLIFF names one language " \
           "pair, so they are written as es -> en" in stderr
    assert 'source-language="es" target-language="en"' in both.read_text("utf-8")
    # a TMX: each unit in its document's own
    tmx = tmp_path / "legal.tmx"
    assert run("export", str(db), "-o", str(tmx))[0] == 0
    text = tmx.read_text("utf-8")
    assert text.count('<tuv xml:lang="es-MX">') == 1 and text.count('<tuv xml:lang="es-ES">') == 1
    assert text.count('<tuv xml:lang="en-US">') == 1 and text.count('<tuv xml:lang="en-GB">') == 1
    assert [u.source for u in load_units(tmx, src_lang="es-MX", tgt_lang="en-US").units] == [
        "El arrendatario pagará la renta."]
    # list: each document's languages as declared
    code, out, _ = run("list", str(db), "--no-files")
    lines = out.splitlines()
    assert lines[1].split()[:2] == ["contrato", "es-MX->en-US"]
    assert lines[2].split()[:2] == ["poder", "es-ES->en-GB"]
    code, out, _ = run("list", str(db), "--no-files", "--format", "json")
    docs = json.loads(out)["documents"]
    assert [(d["src_lang"], d["tgt_lang"], d["declared"]) for d in docs] == [
        ("es", "en", ["es-MX", "en-US"]), ("es", "en", ["es-ES", "en-GB"])]
