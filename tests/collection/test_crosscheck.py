"""aligner check / report over a collection: per document and across documents."""

from __future__ import annotations

import html
import json
import os
import re
from pathlib import Path

from tests.collection.conftest import DOCS, run, write_folders


def test_term_rendered_otherwise_in_a_few_documents(collection: Path, glossary: Path) -> None:
    code, out, stderr = run("check", str(collection), "--glossary", str(glossary),
                            "--format", "json", "--fail-on", "never")
    assert code == 0, stderr
    found = json.loads(out)["findings"]
    terms = [f for f in found if f["code"] == "collection-term-inconsistent"]
    # Three documents say "Chilean road", one says "Chilean way": only that one is flagged,
    # at the unit holding it (the second sentence of 2022/fabrica).
    assert [(f["document"], f["unit"], f["found"], f["rendering"], f["expected"])
            for f in terms] == [("2022/fabrica", 1, "Chilean way", "Chilean way",
                                 ["Chilean road"])]
    assert terms[0]["message"] == (
        "'vía chilena' is rendered 'Chilean way' in this document (1 unit); 3 of the 4 "
        "documents that render the term use the preferred 'Chilean road'")


def test_a_glossary_of_the_other_direction_says_what_it_cannot_check(
        tmp_path: Path, collection: Path) -> None:
    """An en -> es glossary's forbidden row forbids a Spanish rendering: read for the
    es -> en collection it is left out, and a warning says so and what checks it."""
    reverse = tmp_path / "en-es.tsv"
    reverse.write_text("en\tes\tstatus\nChilean road\tvía chilena\tpreferred\n"
                       "Chilean road\tcamino chileno\tforbidden\n", encoding="utf-8")
    code, _, stderr = run("check", str(collection), "--glossary", str(reverse),
                          "--fail-on", "never")
    assert code == 0, stderr
    assert (f"{reverse}: 1 forbidden term not checked: it forbids a rendering in es, and the "
            "input is read es -> en; a TMX of it is read the other way round") in stderr


def test_same_source_translated_differently_in_two_documents(collection: Path) -> None:
    code, out, stderr = run("check", str(collection), "--no-glossary", "--format", "json",
                            "--fail-on", "never")
    assert code == 0, stderr
    doc = json.loads(out)
    # typed and versioned, as aligner check of one pair writes them
    assert (doc["schema_version"], doc["inputs"]) == (3, [str(collection)])
    assert {k: doc["settings"][k] for k in ("glossary", "glossary_used", "disabled")} == {
        "glossary": None, "glossary_used": False, "disabled": []}
    found = doc["findings"]
    segments = sorted((f["document"], f["unit"]) for f in found
                      if f["code"] == "collection-segment-inconsistent")
    # "Gracias por su atención." is "Thank you for your attention." in one document
    # and "Thanks for listening." in the other.
    assert segments == [("2022/campo", 2), ("2022/fabrica", 2)]
    # without a glossary, no term finding at all
    assert not [f for f in found if f["code"] == "collection-term-inconsistent"]


def test_every_finding_names_document_and_unit(collection: Path, glossary: Path) -> None:
    _code, out, _ = run("check", str(collection), "--glossary", str(glossary), "--format",
                       "json", "--fail-on", "never")
    data = json.loads(out)
    assert data["summary"]["documents"] == 4
    assert data["summary"]["units"] == 13
    for f in data["findings"]:
        assert isinstance(f["document"], str) and isinstance(f["unit"], int)


def test_checks_across_documents_can_be_disabled(collection: Path, glossary: Path) -> None:
    code, out, _ = run("check", str(collection), "--glossary", str(glossary), "--format",
                       "json", "--disable", "collection-segment-inconsistent",
                       "--disable", "collection-term-inconsistent", "--fail-on", "never")
    assert code == 0
    assert not [f for f in json.loads(out)["findings"] if f["code"].startswith("collection-")]


def test_fail_on_warning_exits_1(collection: Path, glossary: Path) -> None:
    code, _, _ = run("check", str(collection), "--glossary", str(glossary), "--fail-on",
                     "warning")
    assert code == 1


def test_text_and_csv_name_the_document(collection: Path, glossary: Path) -> None:
    _, text, _ = run("check", str(collection), "--glossary", str(glossary), "--fail-on", "never")
    assert "2022/fabrica  unit 1  WARNING collection-term-inconsistent" in text
    _, csv_text, _ = run("check", str(collection), "--glossary", str(glossary), "--format",
                         "csv", "--fail-on", "never")
    assert csv_text.startswith("\ufeffunit,")  # as check of one pair writes it
    header, *rows = csv_text.splitlines()
    assert header.split(",")[12] == "document"
    assert any(",2022/fabrica,1," in row for row in rows)


def test_report_writes_index_and_one_page_per_document(tmp_path: Path, collection: Path,
                                                       glossary: Path) -> None:
    out = tmp_path / "review"
    code, _, stderr = run("report", str(collection), "--glossary", str(glossary), "-o", str(out))
    assert code == 0, stderr
    index = (out / "index.html").read_text(encoding="utf-8")
    pages = sorted((out / "docs").glob("*.html"))
    assert len(pages) == 4
    for name in ("2021/mina", "2021/puerto", "2022/campo", "2022/fabrica"):
        assert f">{name}</a>" in index
    links = re.findall(r'href="([^"]+)"', index)
    assert {link for link in links if not link.startswith("#")} == {
        f"docs/{p.name}" for p in pages}
    assert not [link for link in links if "//" in link or link.startswith("/")]
    policy = html.unescape(re.search(r'Content-Security-Policy" content="([^"]+)"', index)[1])
    assert policy.startswith("default-src 'none'; style-src 'sha256-")
    assert "<script" not in index
    assert "Chilean way" in index and "Chilean road" in index  # the term table
    page = pages[0].read_text(encoding="utf-8")
    assert "Alignment review" in page


def test_report_escapes_document_names(tmp_path: Path) -> None:

    src, tgt = write_folders(tmp_path, {"<b>x</b>&y": DOCS["2021/mina"]})
    db = tmp_path / "x.db"
    assert run("batch", str(src), str(tgt), "--src-lang", "es", "--tgt-lang", "en",
               "--db", str(db), "--jobs", "1")[0] == 0
    out = tmp_path / "review"
    code, _, stderr = run("report", str(db), "--no-glossary", "-o", str(out))
    assert code == 0 and stderr.startswith(
        f"aligner: wrote 1 review page and {out / 'index.html'} (")
    index = (out / "index.html").read_text(encoding="utf-8")
    assert "&lt;b&gt;x&lt;/b&gt;&amp;y" in index and "<b>x</b>" not in index


def test_report_into_a_new_folder_given_with_a_trailing_slash(tmp_path: Path,
                                                              collection: Path) -> None:
    out = tmp_path / "new" / "review"
    code, _, stderr = run("report", str(collection), "--no-glossary", "-o", f"{out}{os.sep}")
    assert code == 0, stderr
    assert stderr.startswith("aligner: wrote 4 review pages and ")
    assert (out / "index.html").is_file() and len(list((out / "docs").glob("*.html"))) == 4


def test_documents_off_the_preferred_rendering_are_flagged_even_when_most(
    tmp_path: Path, glossary: Path,
) -> None:
    # three documents say "Chilean way" (allowed), one "Chilean road" (preferred): the
    # glossary says which to keep, so the three are flagged and the one is not
    docs = {name: (es, en.replace("Chilean road", "Chilean way"))
            for name, (es, en) in DOCS.items() if name != "2022/fabrica"}
    docs["2022/fabrica"] = (DOCS["2022/fabrica"][0],
                            DOCS["2022/fabrica"][1].replace("Chilean way", "Chilean road"))
    src, tgt = write_folders(tmp_path / "in", docs)
    db = tmp_path / "c.db"
    code, _, stderr = run("batch", str(src), str(tgt), "--src-lang", "es", "--tgt-lang", "en",
                          "--db", str(db), "--jobs", "1")
    assert code == 0, stderr
    code, out, stderr = run("check", str(db), "--glossary", str(glossary), "--format", "json",
                            "--fail-on", "never")
    assert code == 0, stderr
    terms = [f for f in json.loads(out)["findings"]
             if f["code"] == "collection-term-inconsistent"]
    assert [(f["document"], f["found"], f["expected"]) for f in terms] == [
        ("2021/mina", "Chilean way", ["Chilean road"]),
        ("2021/puerto", "Chilean way", ["Chilean road"]),
        ("2022/campo", "Chilean way", ["Chilean road"])]
    # three documents agree with each other, and the glossary still says which to keep
    assert terms[0]["message"] == (
        "'vía chilena' is rendered 'Chilean way' in this document (1 unit), as do 2 other "
        "documents; 1 of the 4 documents that render the term uses the "
        "preferred 'Chilean road'")


def test_a_finding_across_documents_counts_in_its_documents_row(tmp_path: Path,
                                                                collection: Path) -> None:
    """The per-document counts (check's JSON, the report's index) left out the findings
    across documents that named the document: 0 warnings against 2 in the summary."""
    code, out, stderr = run("check", str(collection), "--no-glossary", "--format", "json",
                            "--fail-on", "never")
    assert code == 0, stderr
    data = json.loads(out)
    per_doc = {d["document"]: d["warning"] for d in data["documents"]}
    found = {}
    for f in data["findings"]:
        if f["severity"] == "warning":
            found[f["document"]] = found.get(f["document"], 0) + 1
    assert found["2022/campo"] >= 1 and found["2022/fabrica"] >= 1  # the two across
    assert per_doc == {name: found.get(name, 0) for name in per_doc}
    assert sum(per_doc.values()) == data["summary"]["warning"]
    out_dir = tmp_path / "review"
    assert run("report", str(collection), "--no-glossary", "-o", str(out_dir))[0] == 0
    index = (out_dir / "index.html").read_text(encoding="utf-8")
    for name, n in per_doc.items():
        row = re.search(rf">{re.escape(name)}</a></td>(.*?)</tr>", index)
        assert row is not None, name
        cells = re.findall(r"<td>([\d,]+)</td>", row[1])
        assert cells[-2] == f"{n}", (name, cells)  # the columns error, warning, info


def test_the_term_table_shows_a_forbidden_rendering_in_use(tmp_path: Path,
                                                           collection: Path) -> None:
    """The report's term table listed the approved renderings only: a forbidden one
    that check reports was not in it."""
    glossary = tmp_path / "forbidding.tsv"
    glossary.write_text("es\ten\tstatus\nvía chilena\tChilean road\tpreferred\n"
                        "vía chilena\tChilean way\tforbidden\n", encoding="utf-8")
    out = tmp_path / "review"
    code, _, stderr = run("report", str(collection), "--glossary", str(glossary), "-o", str(out))
    assert code == 0, stderr
    index = (out / "index.html").read_text(encoding="utf-8")
    table = index[index.index('id="term-table"'):index.index("</table>", index.index(
        'id="term-table"'))]
    rows = [re.sub(r"<[^>]+>", "|", row).strip("|") for row in table.split("<tr>")[2:]]
    assert [re.sub(r"\|+", "|", row) for row in rows] == [
        "es → en|vía chilena|Chilean road|3|3", "Chilean way| |forbidden|0|1"]


def test_findings_written_to_a_file_are_said(tmp_path: Path, collection: Path) -> None:
    out = tmp_path / "f.csv"
    code, _, stderr = run("check", str(collection), "--no-glossary", "-o", str(out),
                          "--fail-on", "never")
    assert code == 0 and stderr.startswith(f"aligner: wrote {out} (2 findings in 4 documents, ")
    assert out.read_text(encoding="utf-8").startswith("\ufeffunit,")
    assert run("check", str(collection), "--no-glossary", "-o", str(out), "--fail-on",
               "never", "--quiet")[2] == ""


def test_a_segment_finding_says_which_translation_each_document_uses(
        collection: Path) -> None:
    _code, out, _ = run("check", str(collection), "--no-glossary", "--format", "json",
                        "--fail-on", "never")
    found = {f["document"]: f for f in json.loads(out)["findings"]
             if f["code"] == "collection-segment-inconsistent"}
    campo, fabrica = found["2022/campo"], found["2022/fabrica"]
    assert (campo["found"], campo["expected"]) == ("Thank you for your attention.",
                                                   ["Thanks for listening."])
    assert (fabrica["found"], fabrica["expected"]) == ("Thanks for listening.",
                                                       ["Thank you for your attention."])
    assert campo["message"] == (
        "the same source has 2 different translations in 2 documents: here 'Thank you for "
        "your attention.'; 'Thanks for listening.' in 2022/fabrica")


def test_segment_messages_name_a_few_documents_and_count_the_rest() -> None:
    from aligner.collection.crosscheck import _listed, _short

    assert _listed({"a", "b", "c", "d", "e"}, "c") == "this document, a, b and 2 more"
    assert _listed({"b", "a"}, "x") == "a, b"
    assert _short("x" * 70) == repr("x" * 59 + "…")


def test_documents_differing_only_in_typography_are_consistent(tmp_path: Path) -> None:
    """A contract smartened by a word processor and its plain-text copy: the same
    segments to a reviewer, as segment-inconsistent reads them within one file."""
    es = "El depósito equivale a dos meses de renta. Firma «el arrendador». Otra frase."
    docs = {"a": (es, "The deposit equals two months' rent. Signed \"the Landlord\". "
                      "Another sentence."),
            "b": (es, "The deposit equals two months\u2019 rent. Signed \u201cthe Landlord\u201d. "
                      "A different sentence.")}
    src, tgt = write_folders(tmp_path, docs)
    db = tmp_path / "c.db"
    assert run("batch", str(src), str(tgt), "--db", str(db))[0] == 0
    code, out, stderr = run("check", str(db), "--no-glossary", "--format", "json",
                            "--fail-on", "never")
    assert code == 0, stderr
    found = [(f["document"], f["found"]) for f in json.loads(out)["findings"]
             if f["code"] == "collection-segment-inconsistent"]
    # only the sentence that really differs, quoted as each document writes it
    assert sorted(found) == [("a", "Another sentence."), ("b", "A different sentence.")]


def test_check_doc_limits_the_documents_and_the_checks_across_them(collection: Path) -> None:
    code, out, stderr = run("check", str(collection), "--no-glossary", "--format", "json",
                            "--fail-on", "never", "--doc", "2022")
    assert code == 0, stderr
    data = json.loads(out)
    assert [d["document"] for d in data["documents"]] == ["2022/campo", "2022/fabrica"]
    assert sorted((f["document"], f["unit"]) for f in data["findings"]
                  if f["code"] == "collection-segment-inconsistent") == [
        ("2022/campo", 2), ("2022/fabrica", 2)]
    # without 2022/fabrica, "Gracias por su atención." is translated one way only
    code, out, stderr = run("check", str(collection), "--no-glossary", "--format", "json",
                            "--fail-on", "never", "--doc", "2021/*", "--doc", "2022/campo")
    assert code == 0, stderr
    data = json.loads(out)
    assert data["summary"]["documents"] == 3
    assert not [f for f in data["findings"] if f["code"] == "collection-segment-inconsistent"]


def test_report_doc_writes_the_pages_of_those_documents(tmp_path: Path,
                                                        collection: Path) -> None:
    out = tmp_path / "review"
    code, _, stderr = run("report", str(collection), "--no-glossary", "--doc", "2021",
                          "-o", str(out))
    assert code == 0, stderr
    index = (out / "index.html").read_text(encoding="utf-8")
    assert len(list((out / "docs").glob("*.html"))) == 2
    assert ">2021/mina</a>" in index and ">2021/puerto</a>" in index
    assert "2022/" not in index


def test_a_doc_pattern_that_matches_nothing_is_named(tmp_path: Path, collection: Path) -> None:
    for command in ("check", "report"):
        code, out, stderr = run(command, str(collection), "--no-glossary", "--doc", "2023/*",
                                "-o", str(tmp_path / "r"))
        assert code == 2 and out == ""
        assert stderr == (f"aligner: error: {collection}: no document '2023/*' in the "
                          f"collection: aligner list {collection} lists its documents\n")
        assert not (tmp_path / "r").exists()


def test_doc_without_a_collection_is_refused(tmp_path: Path) -> None:
    src, tgt = tmp_path / "a.es.txt", tmp_path / "a.en.txt"
    src.write_text("Hola.\n", encoding="utf-8")
    tgt.write_text("Hello.\n", encoding="utf-8")
    code, _, stderr = run("check", str(src), str(tgt), "--doc", "a")
    assert code == 2
    assert stderr.startswith("aligner: error: --doc goes with a collection (COLLECTION.db)")


def test_check_doc_of_a_document_that_did_not_align_is_an_error(
        tmp_path: Path, folders: tuple[Path, Path]) -> None:
    """A CI gate ran check --doc on a failed document: 0 findings, exit 0, as if it had
    passed; export --doc refuses it, and so does check now.  Without --doc the failed
    document is left out with a warning, as before."""
    src, tgt = folders
    (src / "2021" / "scan.es.txt").write_bytes(b"x\0y")
    (tgt / "2021" / "scan.en.txt").write_text("Hello.\n", encoding="utf-8")
    db = tmp_path / "c.db"
    assert run("batch", str(src), str(tgt), "--src-lang", "es", "--tgt-lang", "en", "--db",
               str(db), "--jobs", "1")[0] == 1
    for doc in ("2021/scan", "2021"):
        code, out, stderr = run("check", str(db), "--no-glossary", "--doc", doc)
        assert (code, out) == (2, "")
        assert stderr.startswith(f"aligner: error: {db}: the document 2021/scan did not "
                                 "align (")
    code, _, stderr = run("check", str(db), "--no-glossary", "--fail-on", "never")
    assert code == 0 and "1 document did not align and is left out: 2021/scan" in stderr


def test_a_collection_report_to_an_html_file_name_is_refused(tmp_path: Path,
                                                             collection: Path) -> None:
    """-o rep.html made a folder named rep.html: the report of a collection is a folder."""
    out = tmp_path / "rep.html"
    code, _, stderr = run("report", str(collection), "--no-glossary", "-o", str(out))
    assert code == 2 and not out.exists()
    assert stderr == (f"aligner: error: a collection's report is a folder (index.html and a "
                      f"page per document): give -o rep/, not {out}\n")


def _news(tmp_path: Path, docs: dict[str, tuple[str, str]]) -> list[dict[str, object]]:
    """A Russian news desk's Markdown articles (``# headline``), batched and checked
    with a glossary of the preferred "State Duma" and the allowed headline "Duma":
    the collection-term-inconsistent findings."""
    for name, (ru, en) in docs.items():
        for lang, text in (("ru", ru), ("en", en)):
            path = tmp_path / "in" / lang / f"{name}.{lang}.md"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
    gloss = tmp_path / "g.tsv"
    gloss.write_text("ru\ten\tstatus\nГосдума\tState Duma\tpreferred\n"
                     "Госдума\tDuma\tallowed\n", encoding="utf-8")
    db = tmp_path / "c.db"
    code, _, stderr = run("batch", str(tmp_path / "in" / "ru"), str(tmp_path / "in" / "en"),
                          "--src-lang", "ru", "--tgt-lang", "en", "--db", str(db),
                          "--jobs", "1")
    assert code == 0, stderr
    code, out, stderr = run("check", str(db), "--glossary", str(gloss), "--format", "json",
                            "--fail-on", "never")
    assert code == 0, stderr
    return [f for f in json.loads(out)["findings"]
            if f["code"] == "collection-term-inconsistent"]


_BODY = ("Госдума одобрила проект бюджета.\n", "The State Duma approved the draft budget.\n")


def test_a_headlines_allowed_short_form_is_no_inconsistency_across_documents(
        tmp_path: Path) -> None:
    """s42 walk ru finding 8: "Duma" in a headline, "State Duma" in the articles."""
    docs = {f"a{k}": (f"# Госдума приняла закон {k}\n\n" + _BODY[0],
                      f"# Duma passes law {k}\n\n" + _BODY[1]) for k in range(3)}
    docs["a3"] = ("# Госдума приняла бюджет\n", "# Duma passes budget\n")
    assert _news(tmp_path, docs) == []


def test_a_document_rendering_a_term_two_ways_is_mostly_one(tmp_path: Path) -> None:
    docs = {f"a{k}": _BODY for k in range(3)}
    docs["a3"] = ("Госдума заседала.\n\nГосдума голосовала.\n\n" + _BODY[0],
                  "The Duma met.\n\nThe Duma voted.\n\n" + _BODY[1])
    terms = _news(tmp_path, docs)
    assert [(f["document"], f["unit"], f["found"]) for f in terms] == [
        ("a3", 0, "Duma"), ("a3", 1, "Duma")]
    assert terms[0]["message"] == (
        "'Госдума' is mostly rendered 'Duma' in this document (2 of its 3 units); 3 of the "
        "4 documents that render the term use the preferred 'State Duma'")
