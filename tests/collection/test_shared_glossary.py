"""A language pair new to a collection takes another pair's glossary when that has its
terms too (a glossary of several languages), and none other (cli/batch_settings.py)."""

from __future__ import annotations

from pathlib import Path

from aligner.collection.remembered import all_remembered
from aligner.collection.store import open_collection
from tests.collection.conftest import run

# our own texts and glossaries (the NGO walk, s35: a TBX of four languages remembered
# for es -> en, and es -> fr aligned with no glossary at all)
TEXTS = {"es": "El agua potable llegó en marzo. Se construyeron letrinas.\n",
         "en": "Safe drinking water arrived in March. Latrines were built.\n",
         "fr": "L'eau buvable est arrivée en mars. Des latrines ont été construites.\n"}
SEVERAL = ("es\ten\tfr\tstatus\n"
           "agua potable\tsafe drinking water\teau potable\t\n"
           "agua potable\tdrinkable water\teau buvable\tforbidden\n")
TWO = "es\ten\nagua potable\tsafe drinking water\n"


def _folders(root: Path) -> None:
    for lang, text in TEXTS.items():
        (root / lang).mkdir()
        (root / lang / f"nota.{lang}.txt").write_text(text, encoding="utf-8")


def _glossaries(db: Path) -> dict[tuple[str, str], str | None]:
    with open_collection(db) as c:
        return {pair: s["glossary"].value for pair, s in all_remembered(c.conn).items()}


def test_a_glossary_of_several_languages_serves_a_new_pair(tmp_path: Path) -> None:
    _folders(tmp_path)
    glossary = tmp_path / "terms.tsv"
    glossary.write_text(SEVERAL, encoding="utf-8")
    db = tmp_path / "c.db"
    code, _, stderr = run("batch", str(tmp_path / "es"), str(tmp_path / "en"), "--db", str(db),
                          "--glossary", str(glossary), "--jobs", "1")
    assert code == 0, stderr
    code, _, stderr = run("batch", str(tmp_path / "es"), str(tmp_path / "fr"), "--db", str(db),
                          "--jobs", "1")
    assert code == 0, stderr
    path = str(glossary.resolve())
    assert (f"aligner: es -> fr: aligning with the glossary of es -> en, {path}, which has "
            "es -> fr terms too (remembered for es -> fr from now on; --no-glossary to align "
            "without one)") in stderr.splitlines()
    assert _glossaries(db) == {("es", "en"): path, ("es", "fr"): path}
    # the French document is checked with the French terms: the forbidden eau buvable
    code, out, _ = run("check", str(db), "--tgt-lang", "fr", "--format", "json")
    assert code == 1 and '"term-forbidden"' in out, out


def test_a_glossary_of_another_pair_is_not_taken(tmp_path: Path) -> None:
    _folders(tmp_path)
    glossary = tmp_path / "es-en.tsv"
    glossary.write_text(TWO, encoding="utf-8")
    db = tmp_path / "c.db"
    code, _, stderr = run("batch", str(tmp_path / "es"), str(tmp_path / "en"), "--db", str(db),
                          "--glossary", str(glossary), "--jobs", "1")
    assert code == 0, stderr
    # an English original and its Spanish translation, another document
    for lang in ("en", "es"):
        (tmp_path / "donor" / lang).mkdir(parents=True)
        (tmp_path / "donor" / lang / f"carta.{lang}.txt").write_text(TEXTS[lang],
                                                                     encoding="utf-8")
    # es -> fr: the file has no French; en -> es: it would be read the other way round
    for src, tgt in (("es", "fr"), ("en", "es")):
        root = tmp_path if src == "es" else tmp_path / "donor"
        code, _, stderr = run("batch", str(root / src), str(root / tgt), "--db",
                              str(db), "--jobs", "1")
        assert code == 0, stderr
        assert "aligning with the glossary of" not in stderr
        assert f"the collection remembers no settings for {src} -> {tgt} yet" in stderr
    assert _glossaries(db) == {("es", "en"): str(glossary.resolve()), ("es", "fr"): None,
                               ("en", "es"): None}


def test_a_glossary_of_another_region_of_the_target_is_not_taken(tmp_path: Path) -> None:
    """The pharma translator's walk: en-GB -> pt-PT added to an en -> pt-BR collection
    took the pt-BR glossary, and the correct pt-PT 'folheto' was a term-missing error."""
    texts = {"en": "Read this leaflet carefully. Keep this leaflet.\n",
             "pt-BR": "Leia esta bula com atenção. Guarde esta bula.\n",
             "en-GB": "Read this leaflet carefully. Keep this leaflet.\n",
             "pt-PT": "Leia este folheto com atenção. Guarde este folheto.\n"}
    for lang, text in texts.items():
        (tmp_path / lang).mkdir()
        (tmp_path / lang / f"leaflet.{lang}.txt").write_text(text, encoding="utf-8")
    glossary = tmp_path / "en-pt-BR.tsv"
    glossary.write_text("en\tpt-BR\nleaflet\tbula\n", encoding="utf-8")
    db = tmp_path / "c.db"
    code, _, stderr = run("batch", str(tmp_path / "en"), str(tmp_path / "pt-BR"), "--db",
                          str(db), "--glossary", str(glossary), "--jobs", "1")
    assert code == 0, stderr
    code, _, stderr = run("batch", str(tmp_path / "en-GB"), str(tmp_path / "pt-PT"), "--db",
                          str(db), "--jobs", "1")
    assert code == 0, stderr
    assert "aligning with the glossary of" not in stderr
    assert _glossaries(db) == {("en", "pt-BR"): str(glossary.resolve()),
                               ("en-GB", "pt-PT"): None}
    code, out, stderr = run("check", str(db), "--tgt-lang", "pt-PT", "--format", "json")
    assert code == 0, out + stderr
    assert '"term-missing"' not in out
    # the pt-BR pair still has its glossary: bula is its term
    code, out, _ = run("check", str(db), "--tgt-lang", "pt-BR", "--format", "json")
    assert code == 0 and '"term-missing"' not in out, out
