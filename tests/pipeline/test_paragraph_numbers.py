"""Findings on aligned documents name the paragraphs of the original (a sworn
translator's walk: after a list the DOCX reader joined into one paragraph, every later
finding was off by the list's items, and a footnote's did not say it was one)."""

from __future__ import annotations

import zipfile
from pathlib import Path

from aligner.check.output import unit_name
from aligner.pipeline import check_input, load_check_input

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"


def _p(text: str, note: bool = False) -> str:
    ref = '<w:r><w:footnoteReference w:id="1"/></w:r>' if note else ""
    return f'<w:p><w:r><w:t xml:space="preserve">{text}</w:t></w:r>{ref}</w:p>'


def _docx(path: Path, paragraphs: list[str], note: str) -> Path:
    """A DOCX of ``paragraphs``, the last one calling a footnote ``note``, as Word
    writes one."""
    body = "".join(_p(t, note=k == len(paragraphs) - 1) for k, t in enumerate(paragraphs))
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", f'<w:document xmlns:w="{_W}" xmlns:r="{_R}">'
                                        f"<w:body>{body}</w:body></w:document>")
        z.writestr("word/_rels/document.xml.rels",
                   f'<Relationships xmlns="{_RELS}"><Relationship Id="n1" '
                   f'Type="{_R}/footnotes" Target="footnotes.xml"/></Relationships>')
        z.writestr("word/footnotes.xml", f'<w:footnotes xmlns:w="{_W}"><w:footnote w:id="1">'
                                         f"{_p(note)}</w:footnote></w:footnotes>")
    return path


def test_findings_after_a_joined_list_and_in_a_footnote_name_the_original_s_paragraphs(
        tmp_path: Path) -> None:
    # paragraphs 1-6 of the body; the lead-in (2) and its items (3-5) are one sentence
    # run over paragraphs, which the reader joins; the footnote is paragraph 7
    es = _docx(tmp_path / "a.es.docx", [
        "Primera cláusula del contrato.", "El Arrendatario se obliga a:",
        "pagar la renta;", "conservar la vivienda;", "no realizar obras.",
        "La renta es de 500 euros al mes."], "Índice publicado por el Instituto.")
    en = _docx(tmp_path / "a.en.docx", [
        "First clause of the agreement.", "The Tenant undertakes to:",
        "pay the rent;", "keep the dwelling;", "not carry out works.",
        "The rent is 600 euros a month."], "Índice publicado por el Instituto.")
    inp = load_check_input(documents=(str(es), str(en)))
    assert inp.aligned is not None
    # the reader did join the list: four paragraphs, one sentence
    lead_in = inp.aligned.alignment.src_sentences[1]
    assert lead_in.startswith("El Arrendatario se obliga a:")
    assert lead_in.endswith("no realizar obras.")
    result = check_input(inp)
    where = {f.code: unit_name(f.unit, inp.units[f.unit]) for f in result.findings}
    assert where["number-mismatch"] == "unit 2 (paragraph 6)"
    assert where["untranslated"] == "unit 3 (footnote, paragraph 7)"
