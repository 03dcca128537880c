"""Language tags from the user: BCP 47 syntax, a known language, a hint for a name."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from hypothesis import given
from hypothesis import strategies as st

from aligner.errors import ConfigError
from aligner.lang import is_valid_tag, languages, suggest_code, table, validate_tag
from aligner.lang.tags import (
    arabic_names,
    canonical_tag,
    code_warning,
    code_warnings,
    country_codes,
    file_language,
    fold_name,
    language_names,
    name_language,
    other_names,
    three_letter_codes,
)


@pytest.mark.parametrize("code", [
    "es", "es-CL", "zh-Hans", "sr-Latn-RS", "es-419", "de-CH-1901", "zh-yue", "en-x-internal",
    "x-private", "ast", "ckb", "fil",
    # forgiven as everywhere in aligner.lang: case, "_", surrounding space
    "ES", "es_ES", "es_es", " en-GB\n", "ZH_hant",
])
def test_accepted(code: str) -> None:
    assert is_valid_tag(code)
    assert validate_tag(code) == canonical_tag(code)  # what the writers put in files


@pytest.mark.parametrize(("code", "written"), [
    ("es", "es"), ("ES", "es"), ("es_ES", "es-ES"), ("es_es", "es-ES"), (" en-GB\n", "en-GB"),
    ("ZH_hant", "zh-Hant"), ("sr-latn-rs", "sr-Latn-RS"), ("es-419", "es-419"),
    ("de-ch-1901", "de-CH-1901"), ("zh-yue", "zh-yue"), ("EN-X-Internal", "en-x-internal"),
    ("x-private", "x-private"),
])
def test_a_tag_is_written_as_bcp_47_writes_it(code: str, written: str) -> None:
    assert canonical_tag(code) == written


def _align_to_tmx(tmp_path: Path, src_lang: str, tgt_lang: str) -> Result:
    """``aligner align`` of a one-sentence pair to TMX on standard output."""
    from aligner.cli.main import cli

    s, t = tmp_path / "a.src", tmp_path / "a.tgt"
    s.write_text("Hola.\n", encoding="utf-8")
    t.write_text("Hello.\n", encoding="utf-8")
    return CliRunner().invoke(cli, ["align", str(s), str(t), "--presplit", "--src-lang",
                                    src_lang, "--tgt-lang", tgt_lang, "--format", "tmx"])


def test_an_alignment_written_to_tmx_carries_the_written_form(tmp_path: Path) -> None:
    r = _align_to_tmx(tmp_path, "es_es", " EN ")
    assert r.exit_code == 0, r.output
    assert 'srclang="es-ES"' in r.output and 'xml:lang="es-ES"' in r.output
    assert 'xml:lang="en"' in r.output and "es_es" not in r.output


@pytest.mark.parametrize("code", [
    "spanish", "English", "xx", "qq", "e", "", "es-", "es--CL", "-es", "es-CL-", "es CL",
    "es-Hans-CL-Latn", "español", "en-toolongsubtag", "12",
])
def test_rejected(code: str) -> None:
    assert not is_valid_tag(code)
    with pytest.raises(ConfigError):
        validate_tag(code)


@pytest.mark.parametrize(("text", "code"), [
    ("spanish", "es"), ("Spanish", "es"), ("castilian", "es"), ("spanich", "es"),
    ("english", "en"), ("English_US", "en"), ("farsi", "fa"), ("hebrew", "he"),
    ("chinese", "zh"), ("norwegian bokmål", "nb"), ("cantonese", "yue"),
])
def test_suggested_code(text: str, code: str) -> None:
    assert suggest_code(text) == code


@pytest.mark.parametrize(("text", "code"), [
    # endonyms and names in other languages, accents or not
    ("deutsch", "de"), ("Deutsch", "de"), ("allemand", "de"), ("alemán", "de"),
    ("tedesco", "de"), ("französisch", "fr"), ("francais", "fr"), ("français", "fr"),
    ("italienisch", "it"), ("italiano", "it"), ("español", "es"), ("castellano", "es"),
    ("nederlands", "nl"), ("holländisch", "nl"), ("japonés", "ja"), ("日本語", "ja"),
    ("한국어", "ko"), ("中文", "zh"), ("русский", "ru"), ("portugiesisch", "pt"),
    ("inglés", "en"), ("svenska", "sv"),
    # country codes written for a language
    ("jp", "ja"), ("cn", "zh"), ("JP", "ja"), ("cz", "cs"), ("gr", "el"), ("ir", "fa"),
    ("bd", "bn"), ("pk", "ur"), ("np", "ne"),
    # languages without a two-letter code, by name
    ("dari", "prs"), ("sepedi", "nso"), ("kurmanji", "kmr"),
    # English names still win
    ("dutch", "nl"), ("german", "de"),
])
def test_suggested_code_from_other_languages_and_countries(text: str, code: str) -> None:
    assert suggest_code(text) == code


@pytest.mark.parametrize(("code", "hint"), [
    ("deutsch", "de"), ("jp", "ja"), ("cn", "zh"),
    # ISO 639-2/3 codes of languages BCP 47 writes with two letters: T and B codes
    ("eng", "en"), ("deu", "de"), ("ger", "de"), ("fra", "fr"), ("fre", "fr"), ("spa", "es"),
    ("nld", "nl"), ("dut", "nl"), ("zho", "zh"), ("chi", "zh"), ("ITA", "it"),
    # with a region, the tag with the two-letter code
    ("eng_US", "en-US"), ("por-br", "pt-BR"),
])
def test_a_rejected_code_hints_at_the_language(code: str, hint: str) -> None:
    with pytest.raises(ConfigError, match=f"did you mean {hint}\\?$"):
        validate_tag(code, what="language")


@pytest.mark.parametrize("code", ["prs", "prs-AF", "kmr", "rhg", "pcm", "nso-ZA"])
def test_languages_of_aid_work_without_a_two_letter_code_are_valid(code: str) -> None:
    assert validate_tag(code) == code


def test_kr_is_accepted_as_kanuri_with_a_warning() -> None:
    assert validate_tag("kr") == "kr"
    assert code_warning("kr") == "kr is Kanuri; Korean is ko"
    assert code_warning("KR_kr") == "kr is Kanuri; Korean is ko"
    assert code_warning("ko") is None and code_warning("ja") is None
    assert code_warnings("kr", None, "kr", "en") == ["kr is Kanuri; Korean is ko"]



def test_laos_for_latin_america_is_accepted_with_a_warning() -> None:
    """``es-LA``, Facebook's locale, names Spanish of Laos: valid, but Latin America is 419."""
    assert validate_tag("es_la") == "es-LA"
    assert code_warning("es-LA") == "LA in es-LA is Laos; Latin American Spanish is es-419"
    assert code_warning("es_la") == code_warning("es-LA")
    assert code_warning("es-419") is None and code_warning("lo-LA") is None
    assert code_warning("es") is None


def test_no_name_names_two_languages() -> None:
    seen: dict[str, str] = {}
    for table_ in (language_names(), other_names(), arabic_names()):
        for code, names in table_.items():
            for name in names:
                key = fold_name(name)
                assert seen.setdefault(key, code) == code or table_ is language_names(), name
    assert set(other_names()) <= set(language_names())
    assert set(arabic_names()) <= set(language_names())
    # every language named in other languages is named in Arabic too
    assert set(other_names()) <= set(arabic_names())
    assert set(country_codes().values()) <= set(language_names())
    # a three-letter code there is no valid tag, and means a two-letter one
    assert three_letter_codes() and not set(three_letter_codes()) & set(language_names())
    assert all(len(c) == 3 for c in three_letter_codes())
    assert all(len(c) == 2 and c in language_names() for c in three_letter_codes().values())


def test_a_three_letter_code_of_a_language_without_two_letters_is_valid() -> None:
    assert validate_tag("ast") == "ast" and validate_tag("fil-PH") == "fil-PH"


def test_the_message_is_one_line_with_the_hint() -> None:
    with pytest.raises(ConfigError) as err:
        validate_tag("spanish", what="source language")
    assert str(err.value) == ("source language 'spanish' is not a language code such as es, "
                              "en-GB or zh-Hans; did you mean es?")
    with pytest.raises(ConfigError, match=r"see docs/languages\.md"):
        validate_tag("qq")


def test_every_language_the_toolkit_has_facts_for_is_known() -> None:
    names = language_names()
    assert {*table(), *languages()} <= set(names)
    assert len([c for c in names if len(c) == 2]) >= 183  # all of ISO 639-1


@given(st.sampled_from(sorted(language_names())),
       st.sampled_from(["", "-Latn", "-Hans"]), st.sampled_from(["", "-ES", "-419", "_us"]))
def test_any_known_language_with_script_and_region_is_valid(lang: str, script: str,
                                                            region: str) -> None:
    assert is_valid_tag(lang + script + region)
    assert not is_valid_tag(lang + "-" + script + region)  # an empty subtag


def test_align_rejects_a_language_name(tmp_path: Path) -> None:
    from aligner.cli.main import cli

    s = tmp_path / "a.src"
    r = _align_to_tmx(tmp_path, "spanish", "en")
    assert r.exit_code == 2
    assert "did you mean es?" in r.output
    assert "xml:lang" not in r.output
    r = CliRunner().invoke(cli, ["segment", str(s), "--lang", "english"])
    assert r.exit_code == 2
    assert "did you mean en?" in r.output


def test_writers_refuse_an_alignment_with_a_bad_language(tmp_path: Path) -> None:
    from aligner.formats import export_alignment
    from aligner.model import Alignment, Bead

    al = Alignment(src_sentences=("Hola.",), tgt_sentences=("Hello.",),
                   beads=(Bead((0,), (0,), 1.0),), src_lang="es", tgt_lang="english")
    with pytest.raises(ConfigError, match="did you mean en"):
        export_alignment(al, tmp_path / "out.tmx")
    assert not (tmp_path / "out.tmx").exists()


@pytest.mark.parametrize(("path", "lang"), [
    ("chile-73.es.txt", "es"),
    ("corpus/en/chile-73.en.txt", "en"),
    ("report.en-GB.docx", "en-GB"),
    ("libro.pt_br.md", "pt-BR"),
    ("novel.zh-hans.txt", "zh-Hans"),
    ("a.es.final.txt", "es"),       # the last tag-like part wins ...
    ("a.de.fr.txt", "fr"),
    ("chile.txt", None),            # ... and there must be one between name and extension
    ("chile.es", None),             # the extension is not read as a tag
    ("es/chile.txt", None),         # nor is the folder
    ("notes.fin.txt", None),        # three-letter parts name too many other things
    ("v.2.txt", None),
    ("a.xx.txt", None),             # well formed, but no language
    ("a.src", None),
    # a name that is a tag, as an application's bundles are named
    ("locales/en.json", "en"),
    ("i18n/es-MX.json", "es-MX"),
    ("pt_BR.md", "pt-BR"),
    ("xx.json", None),              # well formed, but no language
    ("in.txt", None),               # an input, not Indonesian by its deprecated code
    ("en.fr.json", "fr"),           # a tag before the extension still wins
    ("en", None),                   # no extension: no file name read
])
def test_the_language_a_file_name_carries(path: str, lang: str | None) -> None:
    assert file_language(path) == lang


@pytest.mark.parametrize(("src", "tgt", "langs"), [
    ("Pressemitteilung_DE.txt", "Pressemitteilung_EN.txt", ("de", "en")),
    ("in/Bericht-de.docx", "out/Bericht-en_GB.pdf", ("de", "en-GB")),  # formats, folders
    ("Manual (FR).odt", "Manual (EN).odt", ("fr", "en")),
    ("[ES] boletin.txt", "[EN] boletin.txt", ("es", "en")),
    ("a.fr.txt", "b_EN.txt", ("fr", None)),       # a joined tag alone is no tag ...
    ("informe_es.txt", "informe.txt", (None, None)),  # ... _es may be part of a name
    ("nota_ES.txt", "carta_EN.txt", (None, None)),    # the names must be the same
    ("plan_de.txt", "plan_de.txt", (None, None)),     # and the languages two
    ("notes_fin.txt", "notes_eng.txt", (None, None)),  # three letters: too many words
    ("Bericht_DE.txt", "Bericht.en.txt", (None, "en")),
])
def test_two_names_same_but_for_a_joined_tag_say_their_languages(
        src: str, tgt: str, langs: tuple[str | None, str | None]) -> None:
    from aligner.lang.tags import file_languages

    assert file_languages(src, tgt) == langs


@pytest.mark.parametrize(("src", "tgt", "langs"), [
    ("en/sharing.md", "es-419/sharing.md", ("en", "es-419")),  # as batch en es-419 pairs
    ("docs/en/a.md", "docs/pt_BR/a.md", ("en", "pt-BR")),
    ("en/a.md", "es/b.md", (None, None)),  # two names: no pair of batch's
    ("en-US/a.md", "en-GB/a.md", (None, None)),  # one language
    ("old/a.md", "es/a.md", (None, None)),  # a folder of no language
    ("en/a.fr.md", "es/a.fr.md", ("fr", "fr")),  # a name's tag comes first
])
def test_two_files_of_one_name_in_language_folders_say_their_languages(
        src: str, tgt: str, langs: tuple[str | None, str | None]) -> None:
    from aligner.lang.said import tag_said
    from aligner.lang.tags import file_languages

    assert file_languages(src, tgt) == langs
    if langs == ("en", "es-419"):
        assert tag_said(tgt) == "the name of its folder (es-419/)"
        assert tag_said("es/a.es.md") == "the tag in its name (a.es.md)"


def test_a_joined_tag_is_read_at_the_end_then_the_start_of_a_stem() -> None:
    from aligner.lang.tags import joined_tags

    assert joined_tags("informe_ES") == [("ES", "informe")]
    assert joined_tags("ES_boletin_EN") == [("EN", "ES_boletin"), ("ES", "boletin_EN")]
    assert joined_tags("informe") == []


@pytest.mark.parametrize(("name", "lang"), [
    ("es", "es"), ("EN", "en"), ("en_us", "en-US"), ("zh-Hant", "zh-Hant"),
    ("spanish", None), ("docs", None), ("", None), ("es-", None), ("fin", None),
])
def test_the_language_a_folder_name_is(name: str, lang: str | None) -> None:
    assert name_language(name) == lang


def test_a_language_taken_from_a_name_is_said_to_be_its_tags() -> None:
    from aligner.lang.said import declared_said, tag_said

    assert tag_said("corpus/en/port.en.txt") == "the tag in its name (port.en.txt)"
    assert declared_said('<html lang="en">') == 'the language declared in it (<html lang="en">)'



@pytest.mark.parametrize(("path", "lang"), [
    ("ca/ple.md", "ca"),                 # a lone file's folder, as batch reads its folders
    ("/work/corpus/es-419/a.md", "es-419"),
    ("docs\\pt_BR\\a.md", "pt-BR"),      # a Windows path
    ("EN/a.md", "en"),
    ("notes/a.md", None),                # a folder of no language
    ("eng/a.md", None),                  # three letters are not read, as in names
    ("a.md", None),                      # no folder
    ("ca/sub/a.md", None),               # only the folder holding the file
])
def test_the_language_a_files_folder_is(path: str, lang: str | None) -> None:
    from aligner.lang.said import folder_said
    from aligner.lang.tags import folder_language

    assert folder_language(path) == lang
    if lang == "ca":
        assert folder_said(path) == "the name of its folder (ca/)"
