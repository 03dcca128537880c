"""aligner export COLLECTION.db: one file, streaming; one document = aligner align's file."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

from aligner.collection.store import open_collection
from aligner.formats.tmx import read_tmx
from tests._tools import assert_valid_tmx
from tests.collection.conftest import DOCS, run
from tests.conftest import REPO


@pytest.fixture(scope="module")
def corpus_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled corpus as a one-pair collection, as the README runs it."""
    db = tmp_path_factory.mktemp("corpus") / "corpus.db"
    code, _, stderr = run("batch", str(REPO / "corpus/es"), str(REPO / "corpus/en"),
                          "--db", str(db), "--jobs", "1")  # es, en: the folders' names
    assert code == 0, stderr
    return db


def test_one_document_exports_as_aligner_align_writes_it(tmp_path: Path, corpus_db: Path
                                                         ) -> None:
    single = tmp_path / "align.tmx"
    code, _, stderr = run("align", str(REPO / "corpus/es/chile-73.es.txt"),
                          str(REPO / "corpus/en/chile-73.en.txt"), "--src-lang", "es",
                          "--tgt-lang", "en", "--format", "tmx", "--created", "2024-05-01",
                          "-o", str(single))
    assert code == 0, stderr
    exported = tmp_path / "export.tmx"
    code, _, stderr = run("export", str(corpus_db), "--doc", "chile-73", "--created",
                          "2024-05-01", "-o", str(exported))
    assert code == 0, stderr
    assert_valid_tmx(exported)
    ours = exported.read_text(encoding="utf-8")
    # Every unit names its document; take that prop away and the files are identical.
    prop = '      <prop type="x-document">chile-73</prop>\n'
    assert ours.count(prop) == ours.count("<tu ") > 100
    assert ours.replace(prop, "") == single.read_text(encoding="utf-8")

    # the sentences left out are said, as for the saved alignment (before: only "wrote")
    assert stderr.rstrip().endswith("without a counterpart left out (the json and beads "
                                    "formats keep them)")
    align_said = run("align", str(REPO / "corpus/es/chile-73.es.txt"),
                     str(REPO / "corpus/en/chile-73.en.txt"), "--format", "tmx",
                     "-o", str(tmp_path / "again.tmx"))[2]
    assert stderr.splitlines()[-1].split("; ", 1)[1] == align_said.splitlines()[-1].split(
        "; ", 1)[1]


def test_reviewed_only_names_the_reviewed_one_sided_beads_it_leaves_out(
        tmp_path: Path, corpus_db: Path) -> None:
    """The French editor's walk: confirmed omissions are a reviewer's decision, and TMX
    has no place for them: --reviewed-only names them, as a plain export names all."""
    import shutil

    from aligner.editor.catalog import CollectionDocuments
    from aligner.editor.edits import Edit, Op

    db = tmp_path / "c.db"
    shutil.copy(corpus_db, db)
    docs = CollectionDocuments(db)
    try:
        (doc_id,) = list(docs)
        session = docs[doc_id].session
        beads = session.snapshot().alignment.beads
        one_sided = [k for k, b in enumerate(beads) if b.is_null][:2]
        paired = next(k for k, b in enumerate(beads) if b.src and b.tgt)
        for version, k in enumerate([paired, *one_sided]):
            session.edit(Edit(Op.CONFIRM, k), version)
        src = sum(len(beads[k].src) for k in one_sided)
        tgt = sum(len(beads[k].tgt) for k in one_sided)
    finally:
        docs.close()
    said = " and ".join(f"{n} reviewed {side} sentence{'s' if n > 1 else ''}"
                        for n, side in ((src, "source"), (tgt, "target")) if n)
    out = tmp_path / "ro.tmx"
    code, _, stderr = run("export", str(db), "-o", str(out), "--reviewed-only")
    assert code == 0, stderr
    assert stderr == (f"aligner: wrote 1 unit to {out} (reviewed beads only); {said} "
                      "without a counterpart left out (the json and beads formats keep "
                      "them)\n")


def test_a_collection_document_to_json_says_no_sentence_left_out(
        tmp_path: Path, corpus_db: Path) -> None:
    """The saved alignment keeps one-sided beads: its wrote line does not call them left
    out (it did)."""
    out = tmp_path / "one.json"
    code, _, stderr = run("export", str(corpus_db), "--doc", "chile-73", "-o", str(out))
    assert code == 0, stderr
    assert re.fullmatch(rf"aligner: wrote \d+ units to {re.escape(str(out))}\n", stderr)


def test_whole_collection_to_tmx(tmp_path: Path, collection: Path) -> None:
    out = tmp_path / "all.tmx"
    code, _, stderr = run("export", str(collection), "-o", str(out))
    assert code == 0, stderr
    assert stderr == f"aligner: wrote 13 units to {out}\n"
    assert_valid_tmx(out)
    units = read_tmx(out)
    assert [u.props["x-document"] for u in units] == (
        ["2021/mina"] * 3 + ["2021/puerto"] * 4 + ["2022/campo"] * 3 + ["2022/fabrica"] * 3)
    assert units[0].source == "La mina de cobre empleaba a dos mil obreros."
    assert units[0].target == "The copper mine employed two thousand workers."
    assert all(0.0 <= float(u.props["x-score"]) <= 1.0 for u in units)
    tuids = re.findall(r'tuid="(\d+)"', out.read_text(encoding="utf-8"))
    assert len(set(tuids)) == 13
    # four documents: the header names none of them (each unit names its own)
    header = out.read_text(encoding="utf-8").split("<body>")[0]
    assert "x-src-document" not in header and "x-tgt-document" not in header
    one = tmp_path / "one.tmx"
    assert run("export", str(collection), "--doc", "2021/mina", "-o", str(one))[0] == 0
    assert 'type="x-src-document">mina.es.txt<' in one.read_text(encoding="utf-8").split(
        "<body>")[0]


def test_named_documents_tsv_csv_and_min_score(tmp_path: Path, collection: Path) -> None:
    tsv = tmp_path / "two.tsv"
    code, _, stderr = run("export", str(collection), "--doc", "2022/campo", "--doc",
                          "2021/mina", "-o", str(tsv))
    assert code == 0, stderr
    lines = tsv.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 6
    # documents in the order named
    assert lines[0].startswith("Los campesinos ocuparon el fundo al amanecer.\t")
    assert lines[3].startswith("La mina de cobre empleaba a dos mil obreros.\tThe copper mine")
    out = tmp_path / "all.csv"
    assert run("export", str(collection), "-o", str(out))[0] == 0
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    # several documents: each row names its own, and a TMX made from the CSV keeps them
    assert rows[0] == ["es", "en", "score", "document"] and len(rows) == 14
    assert rows[1][3] == "2021/mina" and {r[3] for r in rows[1:]} == set(DOCS)
    tmx = tmp_path / "from-csv.tmx"
    assert run("export", str(out), "-o", str(tmx))[0] == 0
    assert tmx.read_text(encoding="utf-8").count('type="x-document">') == 13
    one = tmp_path / "one.csv"
    assert run("export", str(collection), "--doc", "2021/mina", "-o", str(one))[0] == 0
    assert one.read_bytes().startswith(b"\xef\xbb\xbfes,en,score\r\n")  # one: no column
    scores = sorted(float(r[2]) for r in rows[1:])
    cut = scores[5]
    code, _, stderr = run("export", str(collection), "-o", str(tmp_path / "hi.tsv"),
                          "--min-score", str(cut))
    kept = (tmp_path / "hi.tsv").read_text(encoding="utf-8").splitlines()
    assert len(kept) == sum(1 for s in scores if s >= cut)
    assert "below --min-score" in stderr


def test_xliff_holds_one_file_per_document(tmp_path: Path, collection: Path) -> None:
    from lxml import etree

    from aligner.formats.xliff import read_xliff
    from tests._tools import translate_toolkit

    out = tmp_path / "all.xlf"
    code, _, stderr = run("export", str(collection), "-o", str(out))
    assert code == 0, stderr
    tsv = tmp_path / "all.tsv"
    assert run("export", str(collection), "-o", str(tsv))[0] == 0
    ns = {"x": "urn:oasis:names:tc:xliff:document:2.0",
          "m": "urn:oasis:names:tc:xliff:metadata:2.0"}
    root = etree.parse(str(out)).getroot()
    files = root.findall("x:file", ns)
    names = [f.findtext("m:metadata/m:metaGroup/m:meta[@type='document']", namespaces=ns)
             for f in files]
    assert names == sorted(names) and len(names) == 4  # the four documents, by name
    assert [f.get("id") for f in files] == ["f1", "f2", "f3", "f4"]
    # The same units as the TSV export, in the same order.
    units = read_xliff(out)
    rows = tsv.read_text(encoding="utf-8").splitlines()
    assert [(u.source, u.target) for u in units] == [tuple(r.split("\t")[:2]) for r in rows]
    translate_toolkit()  # a real consumer reads every file's units
    from translate.storage.xliff2 import Xliff2File

    store = Xliff2File.parsefile(str(out))
    assert len(store.units) == len(units)


def test_documents_survive_conversions_between_tmx_xliff_and_csv(tmp_path: Path,
                                                                 collection: Path) -> None:
    """A collection's TMX converted to XLIFF has one file per document (it had one file
    named after the first), and the XLIFF converted to CSV keeps each unit's document
    (the column was lost)."""
    from lxml import etree

    tmx, xlf, back = tmp_path / "all.tmx", tmp_path / "all.xlf", tmp_path / "back.csv"
    assert run("export", str(collection), "-o", str(tmx))[0] == 0
    code, _, stderr = run("export", str(tmx), "-o", str(xlf))
    assert code == 0, stderr
    ns = {"x": "urn:oasis:names:tc:xliff:document:2.0",
          "m": "urn:oasis:names:tc:xliff:metadata:2.0"}
    files = etree.parse(str(xlf)).getroot().findall("x:file", ns)
    assert [(f.get("original"),
             f.findtext("m:metadata/m:metaGroup/m:meta[@type='document']", namespaces=ns))
            for f in files] == [(f"{Path(name).name}.es.txt", name) for name in sorted(DOCS)]
    code, _, stderr = run("export", str(xlf), "-o", str(back))
    assert code == 0, stderr
    with back.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    with tmx.open(encoding="utf-8") as fh:
        per_document = re.findall(r'<prop type="x-document">([^<]*)</prop>', fh.read())
    assert [r["document"] for r in rows] == per_document
    assert sorted(set(per_document)) == sorted(DOCS)


def test_one_document_formats_take_one_document(tmp_path: Path, collection: Path) -> None:
    code, _, stderr = run("export", str(collection), "-o", str(tmp_path / "all.json"))
    assert code == 2 and "json output holds one document pair" in stderr
    assert not (tmp_path / "all.json").exists()
    code, _, stderr = run("export", str(collection), "--doc", "2021/mina",
                          "-o", str(tmp_path / "mina.json"))
    assert code == 0, stderr


def test_unknown_document(tmp_path: Path, collection: Path) -> None:
    code, _, stderr = run("export", str(collection), "--doc", "nope", "-o",
                          str(tmp_path / "x.tmx"))
    assert code == 2 and "no document 'nope' in the collection" in stderr
    assert not (tmp_path / "x.tmx").exists()


def test_empty_collection(tmp_path: Path, glossary: Path) -> None:
    db = tmp_path / "e.db"  # batch refuses folders without a pair: made as batch makes it
    with open_collection(db, create=True):
        pass
    code, _, stderr = run("export", str(db), "-o", str(tmp_path / "x.tmx"))
    assert code == 2 and "nothing to export: no aligned document" in stderr
    assert not (tmp_path / "x.tmx").exists()
    code, out, _ = run("check", str(db), "--glossary", str(glossary))
    assert code == 0 and out.startswith("0 findings in 0 documents, 0 units")
    code, out, _ = run("search", str(db), "vía chilena", "--format", "json")
    assert code == 0 and out == '{\n  "hits": []\n}\n'


def test_a_document_that_did_not_align_is_named(tmp_path: Path,
                                                folders: tuple[Path, Path]) -> None:
    src, tgt = folders
    (src / "bin.es.txt").write_bytes(b"\x00\x01\x02PNG binary")
    (tgt / "bin.en.txt").write_text("A sentence.\n", encoding="utf-8")
    db, out = tmp_path / "c.db", tmp_path / "x.tmx"
    assert run("batch", str(src), str(tgt), "--src-lang", "es", "--tgt-lang", "en",
               "--db", str(db), "--jobs", "1")[0] == 1
    code, _, stderr = run("export", str(db), "--doc", "bin", "--doc", "2021/mina",
                          "-o", str(out))
    assert code == 2
    assert stderr.startswith(f"aligner: error: {db}: the document bin did not align (")
    assert stderr.endswith("binary file (NUL byte), not text); fix its files and run aligner "
                           "batch again, or leave it out\n")
    assert not out.exists()
    code, _, stderr = run("export", str(db), "-o", str(out))
    assert code == 0
    assert stderr.splitlines()[0] == (f"aligner: warning: {db}: 1 document did not align and "
                                      "is left out: bin")
    assert {u.props["x-document"] for u in read_tmx(out)} == set(DOCS)
    code, stdout, stderr = run("check", str(db))  # check says so too
    assert stderr.splitlines()[0] == (f"aligner: warning: {db}: 1 document did not align and "
                                      "is left out: bin")
    assert f" in {len(DOCS)} documents, " in stdout.splitlines()[0]  # the failed one is not


def test_a_document_is_found_by_its_name_in_either_unicode_form(tmp_path: Path) -> None:
    (tmp_path / "es").mkdir()
    (tmp_path / "en").mkdir()
    (tmp_path / "es" / "an\u0303o.es.txt").write_text("Un año.\n", encoding="utf-8")
    (tmp_path / "en" / "an\u0303o.en.txt").write_text("A year.\n", encoding="utf-8")
    db, out = tmp_path / "c.db", tmp_path / "x.tsv"
    assert run("batch", str(tmp_path / "es"), str(tmp_path / "en"), "--src-lang", "es",
               "--tgt-lang", "en", "--db", str(db), "--jobs", "1")[0] == 0
    for typed in ("a\u00f1o", "an\u0303o"):
        code, _, stderr = run("export", str(db), "--doc", typed, "-o", str(out))
        assert code == 0, stderr
        assert out.read_text(encoding="utf-8").startswith("Un año.\tA year.\t")


def test_a_collection_exports_unwrapped(tmp_path: Path) -> None:
    (tmp_path / "es").mkdir()
    (tmp_path / "en").mkdir()
    (tmp_path / "es" / "m.es.txt").write_text(
        "El uso inco-\nrrecto del aparato puede causar\nlesiones.\n", encoding="utf-8")
    (tmp_path / "en" / "m.en.txt").write_text(
        "Im-\nproper use of the device may cause\ninjury.\n", encoding="utf-8")
    db, out = tmp_path / "c.db", tmp_path / "x.tsv"
    assert run("batch", str(tmp_path / "es"), str(tmp_path / "en"), "--src-lang", "es",
               "--tgt-lang", "en", "--db", str(db), "--jobs", "1")[0] == 0
    code, _, stderr = run("export", str(db), "-o", str(out), "--unwrap")
    assert code == 0, stderr
    assert out.read_text(encoding="utf-8").startswith(
        "El uso incorrecto del aparato puede causar lesiones.\t"
        "Improper use of the device may cause injury.\t")


def test_a_document_whose_files_changed_since_batch_is_said(
        tmp_path: Path, folders: tuple[Path, Path], collection: Path) -> None:
    """The export gives the text as batch stored it; a file changed since (not aligned
    again yet, or a reviewed document batch kept) was exported without a word."""
    out = tmp_path / "x.tmx"
    code, _, stderr = run("export", str(collection), "-o", str(out))
    assert code == 0 and "warning" not in stderr, stderr
    mina = folders[0] / "2021" / "mina.es.txt"
    mina.write_text(mina.read_text(encoding="utf-8").replace("diez", "doce"), encoding="utf-8")
    code, _, stderr = run("export", str(collection), "-o", str(out))
    assert code == 0, stderr
    assert stderr.splitlines()[0] == (
        f"aligner: warning: {collection}: the files of 1 document changed since aligner "
        "batch stored it (2021/mina): the units are the text as it was then (aligner batch "
        "aligns them again, keeping the review of unchanged sentences, or keeps a reviewed one "
        "as stored when it finds none of them in it: --discard-reviews)")
    assert "diez por ciento" in out.read_text(encoding="utf-8")
    code, _, stderr = run("check", str(collection))  # check reads the stored text too
    assert stderr.splitlines()[0].startswith(
        f"aligner: warning: {collection}: the files of 1 document changed since aligner batch")


def test_a_document_whose_files_are_gone_is_said(
        tmp_path: Path, folders: tuple[Path, Path], collection: Path) -> None:
    """Its units are still written (batch --prune takes it out): the export said nothing."""
    (folders[1] / "2021" / "mina.en.txt").unlink()
    out = tmp_path / "x.tmx"
    code, _, stderr = run("export", str(collection), "-o", str(out))
    assert code == 0, stderr
    assert stderr.splitlines()[0] == (
        f"aligner: warning: {collection}: 1 document of files gone since aligner batch "
        "stored it (2021/mina): its units are written as stored (renamed or deleted? "
        "aligner batch --prune takes out an unreviewed one)")
    assert "diez por ciento" in out.read_text(encoding="utf-8")


def test_a_document_replaced_while_exporting_is_written_as_it_was(
        tmp_path: Path, collection: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """aligner batch replacing a document after export listed the documents: the export
    is of the collection as it was when it started (it was a TypeError traceback)."""
    from aligner.collection.store import Collection

    listed = Collection.documents

    def then_batch_removes_mina(self: Collection, names: object = ()) -> object:
        rows = listed(self, names)  # type: ignore[arg-type]
        with open_collection(collection) as other:
            other.remove("2021/mina")
        return rows

    monkeypatch.setattr(Collection, "documents", then_batch_removes_mina)
    out = tmp_path / "all.tsv"
    code, _, stderr = run("export", str(collection), "-o", str(out))
    assert code == 0, stderr
    assert len(out.read_text(encoding="utf-8").splitlines()) == 13


@pytest.mark.parametrize("regional_first", [False, True])
def test_documents_of_a_regional_variant_export_to_one_xliff_under_the_shared_pair(
        tmp_path: Path, regional_first: bool) -> None:
    # batch takes an es-ES/en-US pair into an es/en collection (a bare language matches
    # any region), in either order: export must then write it, not refuse the collection
    es, en = DOCS["2021/mina"]
    bare = ("es", "en", "mina")
    regional = ("es-ES", "en-US", "puerto")
    runs = [regional, bare] if regional_first else [bare, regional]
    db = tmp_path / "lp.db"
    for src_lang, tgt_lang, name in runs:
        for lang, text in ((src_lang, es), (tgt_lang, en)):
            (tmp_path / lang).mkdir()
            (tmp_path / lang / f"{name}.txt").write_text(text, encoding="utf-8")
        code, _, stderr = run("batch", str(tmp_path / src_lang), str(tmp_path / tgt_lang),
                              "--db", str(db), "--jobs", "1")
        assert code == 0, stderr
    for fmt in ("xliff", "xliff12"):
        out = tmp_path / f"lp.{fmt}.xlf"
        code, _, stderr = run("export", str(db), "-o", str(out), "--format", fmt)
        assert code == 0, stderr
        assert ("its documents are es -> en, es-ES -> en-US: XLIFF names one language pair, "
                "so they are written as es -> en") in stderr
        text = out.read_text(encoding="utf-8")
        assert text.count("<source>") == 6  # 3 units each
        if fmt == "xliff":
            assert re.search(r'<xliff [^>]*srcLang="es" trgLang="en"', text)
        else:
            assert text.count('source-language="es" target-language="en"') == 2
    tmx = tmp_path / "lp.tmx"  # TMX keeps each document's own tags
    code, _, stderr = run("export", str(db), "-o", str(tmx))
    assert code == 0 and "XLIFF" not in stderr
    langs = re.findall(r'<tuv xml:lang="([^"]+)"', tmx.read_text(encoding="utf-8"))
    assert sorted(set(langs)) == ["en", "en-US", "es", "es-ES"]
