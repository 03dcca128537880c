"""The glossary loader: good files, bad files (with the right line), reversal, case rules."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from aligner.errors import GlossaryError
from aligner.glossary import is_acronym, load_glossary, parse_glossary
from aligner.model import TermStatus

HEADER = "es\ten\tstatus\tnote\n"


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # header only: a valid, empty glossary
        (HEADER, []),
        ("es\ten\n", []),
        # empty status means preferred; trailing empty cells may be omitted
        (HEADER + "golpe de Estado\tcoup d'état\n",
         [("golpe de Estado", "coup d'état", "preferred")]),
        (HEADER + "golpe de Estado\tcoup\tallowed\n", [("golpe de Estado", "coup", "allowed")]),
        (HEADER + "fundo\tfund\tFORBIDDEN\tfalse friend\n", [("fundo", "fund", "forbidden")]),
        # comments and blank lines anywhere, CRLF line ends
        ("# a comment\n\n" + HEADER + "# another\n\nfundo\testate\r\n",
         [("fundo", "estate", "preferred")]),
        # columns in another order
        ("es\ten\tnote\tstatus\nfundo\tfund\tfalse friend\tforbidden\n",
         [("fundo", "fund", "forbidden")]),
        # several rows for one source term list its alternatives
        (HEADER + "paro patronal\tlockout\n" + "paro patronal\temployers' strike\tallowed\n",
         [("paro patronal", "lockout", "preferred"),
          ("paro patronal", "employers' strike", "allowed")]),
    ],
)
def test_good_files(text: str, rows: list[tuple[str, str, str]]) -> None:
    g = parse_glossary(text, path="g.tsv")
    assert [(e.source, e.target, e.status.value) for e in g.entries] == rows
    assert (g.src_lang, g.tgt_lang) == ("es", "en")


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ("", 1, "no header"),
        ("# only a comment\n", 1, "no header"),
        ("es\n", 1, "two language codes"),
        ("es\ten\tnote\tNote\n", 1, "column 'Note' appears twice"),
        ("es\ten\tstatus\tstatus\n", 1, "twice"),
        ("spanish words\ten\n", 1, "not a language code"),
        ("foo\tbar\n", 1, "'foo' is not a known language code such as es, en-GB or zh-Hans; "
                          "see docs/languages.md"),
        (HEADER + "fundo\testate\n" + "fundo\testate\tpreferred\tnote\textra\n", 3, "5 cells"),
        (HEADER + "fundo\n", 2, "row has 1 cell (no tab), the header has 4"),
        (HEADER + "fundo\testate\tmaybe\n", 2, "unknown status"),
        (HEADER + "\testate\n", 2, "empty source"),
        (HEADER + "fundo\t \n", 2, "empty target"),
        (HEADER + "# c\nfundo\testate\n\nfundo\testate\t\n", 5, "duplicate of line 3"),
        (HEADER + "fundo\tfund\tforbidden\nfundo\tfund\tallowed\n", 3, "contradicts line 2"),
        ("es\ten\tcase\nUP\tUP\tmaybe\n", 2, "unknown case"),
    ],
)
def test_bad_files_name_file_and_line(text: str, line: int, words: str) -> None:
    with pytest.raises(GlossaryError) as info:
        parse_glossary(text, path="bad.tsv")
    assert info.value.path == "bad.tsv"
    assert info.value.line == line
    assert words in info.value.message
    assert info.value.format().startswith(f"bad.tsv:{line}: ")


@pytest.mark.parametrize(
    ("rows", "words"),
    [
        # term matching ignores case and accents, so these rows name the same terms
        ("uno\tone\tpreferred\nuno\tOne\tforbidden\n",
         "row 'uno' -> 'One' (forbidden) contradicts line 2 ('uno' -> 'one', preferred;"),
        ("Uno\tone\nuno\tone\n", "row 'uno' -> 'one' (preferred) is a duplicate of line 2 ('Uno'"),
        ("cordón\tbelt\tpreferred\ncordon\tbelt\tforbidden\n",
         "row 'cordon' -> 'belt' (forbidden) contradicts line 2 ('cordón' -> 'belt'"),
        ("Golpe de Estado\tcoup d'état\ngolpe de estado\tCoup d'Etat\tallowed\n",
         "contradicts line 2"),
        # s29 walk 2 item 9: a no-break space is a space to the matcher
        ("plazo\u00a0de preaviso\tnotice period\nplazo de preaviso\tnotice  period\n",
         "is a duplicate of line 2 ('plazo\\xa0de preaviso' -> 'notice period', preferred; "
         "terms match ignoring case, accents and spacing)"),
        # Brazilian and European spellings that differ in accents: the way out is named
        ("premio\tprêmio\tpreferred\npremio\tprémio\tforbidden\n",
         "mark both rows case sensitive: they then match exactly as written)"),
    ],
)
def test_rows_equal_ignoring_case_and_accents_are_repeats(rows: str, words: str) -> None:
    with pytest.raises(GlossaryError) as info:
        parse_glossary("es\ten\tstatus\n" + rows, path="cc.tsv")
    assert info.value.line == 3
    assert words in info.value.message
    assert info.value.format().startswith("cc.tsv:3: row ")


@pytest.mark.parametrize(
    "rows",
    [
        # a term in capitals (or marked sensitive) matches only as written
        "JAP\tJAP\nJap\tJap\tforbidden\n",
        "es\ten\tcase\nUno\tOne\tsensitive\nuno\tone\n",
        # the matcher tells a hyphenated term from the spaced one
        "caballero andante\tknight-errant\ncaballero andante\tknight errant\tforbidden\n",
    ],
)
def test_rows_the_matcher_tells_apart_are_not_repeats(rows: str) -> None:
    text = rows if rows.startswith("es\t") else "es\ten\tstatus\n" + rows
    assert len(parse_glossary(text).entries) == 2


def test_vietnamese_terms_that_differ_in_their_marks_are_two_terms() -> None:
    # (s27 walk w4, item 1) the matcher keeps Vietnamese marks: phong is leprosy, phòng a
    # room, and a glossary lists the wrong word as forbidden
    text = "en\tvi\tstatus\nleprosy\tbệnh phong\tpreferred\nleprosy\tbệnh phòng\tforbidden\n"
    assert [e.target for e in parse_glossary(text).entries] == ["bệnh phong", "bệnh phòng"]
    with pytest.raises(GlossaryError, match="contradicts line 2"):  # NFD is the same word
        parse_glossary(text.replace("bệnh phòng", "be\u0323\u0302nh phong"))


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ("", 1, "no header line: the file is empty"),
        ("# c\n\n", 1, "no header line: the file has only blank and comment lines"),
        ("es\nuno\n", 1, "no header line: 'es' is not followed by a tab and the target "
                          "language code"),
        ("# c\nglossary\n", 2, "no header line: 'glossary' is one cell"),
        ("es\t\n", 1, "no header line: the target language code is empty"),
        ("spanish words\ten\n", 1, "no header line: header cell 'spanish words'"),
        # the cell that names no language is blamed, not the name beside it (a patent
        # walk's 'Japanese<TAB>...' blamed 'Japanese')
        ("Japanese\tinglish words\n", 1, "no header line: header cell 'inglish words'"),
        # a near miss of a language's name or a country code where the code belongs: the
        # code it means (a name written whole is read: test_a_header_may_name_...)
        ("japanse\ten\n", 1, "the header's 'japanse' is not a known language code such "
                              "as es, en-GB or zh-Hans; did you mean ja?"),
        ("deutch\ten\n", 1, "the header's 'deutch' is not a known language code such as "
                             "es, en-GB or zh-Hans; did you mean de?"),
        # a region in brackets that no table names
        ("English (Narnia)\tSpanish\n", 1, "the header's 'English (Narnia)': 'Narnia' is no "
                                            "region or script this reader knows by name; "
                                            "write a language tag such as en-GB instead"),
        ("English\tSpanish (Narnia)\n", 1, "the header's 'Spanish (Narnia)': 'Narnia' is no "
                                            "region or script this reader knows by name; "
                                            "write a language tag such as es-419 instead"),
        ("jp\ten\n", 1, "the header's 'jp' is not a known language code such as es, en-GB "
                         "or zh-Hans; did you mean ja?"),
        ("eng\tdeu\n", 1, "the header's 'eng' is not a known language code such as es, "
                          "en-GB or zh-Hans; did you mean en?"),
    ],
)
def test_missing_header_says_what_is_missing(text: str, line: int, words: str) -> None:
    with pytest.raises(GlossaryError) as info:
        parse_glossary(text, path="e.tsv")
    assert (info.value.path, info.value.line) == ("e.tsv", line)
    assert info.value.message.startswith(words)


@pytest.mark.parametrize(("src", "tgt", "langs"), [
    ("English (UK)", "Spanish (Mexico)", ("en-GB", "es-MX")),
    ("Português (Brasil)", "Deutsch (Schweiz)", ("pt-BR", "de-CH")),
    ("English (United Kingdom)", "español (España)", ("en-GB", "es-ES")),
    ("en (GB)", "Spanish (Latin America)", ("en-GB", "es-419")),
    ("English", "Chinese (Simplified)", ("en", "zh-Hans")),
    ("english (gb)", "Japanese", ("en-GB", "ja")),
    ("English (US)", "es", ("en-US", "es")),
    # as Japanese, Chinese and Korean translators head them (a patent walk's glossaries)
    ("日本語", "英語", ("ja", "en")),
    ("Japanese", "英語", ("ja", "en")),
    ("中文", "英文", ("zh", "en")),
    ("中国語", "日本語", ("zh", "ja")),
    ("한국어", "영어", ("ko", "en")),
])
def test_a_header_may_name_its_languages_in_words(src: str, tgt: str,
                                                  langs: tuple[str, str]) -> None:
    """Spreadsheets and CAT tools head a glossary's columns with the languages' names
    and regions: these were refused (or not read as a header at all)."""
    g = parse_glossary(f"{src}\t{tgt}\tstatus\nhello\thola\tpreferred\n")
    assert (g.src_lang, g.tgt_lang) == langs
    assert [(e.source, e.target) for e in g.entries] == [("hello", "hola")]


def test_bom_is_accepted(tmp_path: Path) -> None:
    p = tmp_path / "g.tsv"
    p.write_bytes("\ufeffes\ten\nfundo\testate\n".encode())
    g = load_glossary(p)
    assert g.src_lang == "es"
    assert g.entries[0].source == "fundo"
    assert g.path == str(p)


def test_missing_file_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(Exception, match="no such file"):
        load_glossary(tmp_path / "nope.tsv")


REVERSIBLE = HEADER + (
    "cordones industriales\tcordones industriales\n"
    "cordones industriales\tindustrial belts\tallowed\n"
    "cordones industriales\tindustrial cords\tforbidden\n"
    "MIR\tRevolutionary Left Movement\tallowed\n"
)


@pytest.mark.parametrize(
    ("src", "tgt"), [("es", "en"), ("es-ES", None), (None, "EN_us"), (None, None)]
)
def test_forward_orientation(src: str | None, tgt: str | None) -> None:
    g = parse_glossary(REVERSIBLE, src_lang=src, tgt_lang=tgt)
    assert (g.src_lang, g.tgt_lang) == ("es", "en")
    assert len(g.entries) == 4


@pytest.mark.parametrize(("src", "tgt"), [("en", "es"), ("en-GB", None), (None, "es_CL")])
def test_reversed_orientation_swaps_terms_and_drops_forbidden(
    src: str | None, tgt: str | None
) -> None:
    g = parse_glossary(REVERSIBLE, src_lang=src, tgt_lang=tgt)
    assert (g.src_lang, g.tgt_lang) == ("en", "es")
    assert [(e.source, e.target, e.status) for e in g.entries] == [
        ("cordones industriales", "cordones industriales", TermStatus.PREFERRED),
        ("industrial belts", "cordones industriales", TermStatus.ALLOWED),
        ("Revolutionary Left Movement", "MIR", TermStatus.ALLOWED),
    ]
    # the case rule travels with the term, not with the column
    mir = g.entries[2]
    assert (mir.case_sensitive, mir.target_case_sensitive) == (False, True)


@pytest.mark.parametrize(("src", "tgt"), [("fr", "en"), ("es", "fr"), ("de", None), ("es", "es")])
def test_wrong_languages_are_an_error_on_line_1(src: str | None, tgt: str | None) -> None:
    with pytest.raises(GlossaryError) as info:
        parse_glossary(REVERSIBLE, path="g.tsv", src_lang=src, tgt_lang=tgt)
    assert info.value.line == 1
    assert "es -> en" in info.value.message


def test_a_kanuri_glossary_for_korean_says_so() -> None:
    assert parse_glossary("kr\ten\n축제\tfestival\n").src_lang == "kr"  # Kanuri is valid
    with pytest.raises(GlossaryError) as info:
        parse_glossary("kr\ten\n축제\tfestival\n", path="g.tsv", src_lang="ko")
    assert info.value.message == ("glossary is for kr -> en, not ko -> * "
                                  "(kr is Kanuri; Korean is ko)")


@pytest.mark.parametrize(
    ("row", "src_cs", "tgt_cs"),
    [
        ("JAP\tJAP", True, True),
        ("MIR\tRevolutionary Left Movement", True, False),
        ("suboficiales\tNCOs", False, False),  # a lower-case letter: not an acronym
        ("Unidad Popular\tPopular Unity", False, False),
        ("E\tE", False, False),  # a single capital is not an acronym
        ("PRATS-MILLAS\tPrats-Millas Plan", True, False),
    ],
)
def test_capitals_rule(row: str, src_cs: bool, tgt_cs: bool) -> None:
    e = parse_glossary("es\ten\n" + row + "\n").entries[0]
    assert (e.case_sensitive, e.target_case_sensitive) == (src_cs, tgt_cs)


@pytest.mark.parametrize(
    ("row", "src_cs", "tgt_cs"),
    [
        ("JAP\tJAP\tinsensitive", False, False),
        ("Estado\tState\tsensitive", True, True),
        ("Estado\tState\tSensitive", True, True),
        ("MIR\tRevolutionary Left Movement\t", True, False),  # empty: capitals rule
    ],
)
def test_case_column_overrides_both_sides(row: str, src_cs: bool, tgt_cs: bool) -> None:
    e = parse_glossary("es\ten\tcase\n" + row + "\n").entries[0]
    assert (e.case_sensitive, e.target_case_sensitive) == (src_cs, tgt_cs)


@given(st.text(alphabet="ABCDEFabc-", min_size=0, max_size=8))
def test_acronym_has_no_lower_case_letter(term: str) -> None:
    if is_acronym(term):
        assert not any(c.islower() for c in term)
        assert sum(c.isupper() for c in term) >= 2


def test_repository_glossary_loads() -> None:
    """The shipped glossary.tsv (when present) is valid for es -> en."""
    path = Path(__file__).resolve().parents[1] / "glossary.tsv"
    if not path.exists():
        pytest.skip("glossary.tsv not in this checkout")
    g = load_glossary(path, src_lang="es", tgt_lang="en")
    assert len({e.source for e in g.entries}) >= 30
    jap = [e for e in g.entries if e.source == "JAP"]
    assert jap and jap[0].case_sensitive


# What Excel writes as "Unicode Text": UTF-16 LE with a byte-order mark, tabs, CRLF, and a
# cell holding a line break or a quote in quotes (inner quotes doubled).
EXCEL_UNICODE_TEXT = ('en\tes\tstatus\tnote\r\n'
                      '5" screen\tpantalla de 5"\tpreferred\t"Size in ""inches"""\r\n'
                      'monitor\tmonitor\tallowed\t"Line one\nline two"\r\n'
                      'mouse\tratón\t\t"plural: ratones"\r\n')


def test_excel_unicode_text_is_read_with_excel_quoting(tmp_path: Path) -> None:
    path = tmp_path / "excel.txt"
    path.write_bytes(EXCEL_UNICODE_TEXT.encode("utf-16"))  # with its byte-order mark
    glossary = load_glossary(path)
    assert [(e.source, e.target, e.status.value, e.note, e.line)
            for e in glossary.entries] == [
        ('5" screen', 'pantalla de 5"', "preferred", 'Size in "inches"', 2),
        ("monitor", "monitor", "allowed", "Line one\nline two", 3),
        ("mouse", "ratón", "preferred", "plural: ratones", 5),
    ]


def test_excel_unicode_text_names_the_line_a_bad_row_starts_on(tmp_path: Path) -> None:
    path = tmp_path / "excel.txt"
    path.write_bytes((EXCEL_UNICODE_TEXT + "keyboard\r\n").encode("utf-16"))
    with pytest.raises(GlossaryError, match="row has 1 cell") as err:
        load_glossary(path)
    assert err.value.line == 6


def test_a_utf8_tsv_keeps_a_cell_that_starts_with_a_quote(tmp_path: Path) -> None:
    """The TSV has no quoting: only Excel's UTF-16 text is read with it."""
    path = tmp_path / "g.tsv"
    path.write_text(HEADER + '"Ruta" del Sol\t"Ruta" del Sol\tpreferred\t"kept"\n'
                    '"open\tquote\n', encoding="utf-8")
    assert [(e.source, e.target, e.note) for e in load_glossary(path).entries] == [
        ('"Ruta" del Sol', '"Ruta" del Sol', '"kept"'), ('"open', "quote", "")]


# A glossary of one source and several targets, a row a concept (the NGO walk, s35:
# its fr and pt-BR columns were "not read", and es -> fr refused the file).
SEVERAL = ("es\ten\tfr\tpt-BR\tstatus\tnote\n"
           "agua potable\tsafe drinking water\teau potable\tágua potável\t\tcore term\n"
           "letrina\tlatrine\tlatrine\t\t\t\n"
           "agua potable\tdrinkable water\teau buvable\tágua bebível\tforbidden\t\n")


@pytest.mark.parametrize(("src", "tgt", "pair", "rows"), [
    ("es", "en", ("es", "en"), [("agua potable", "safe drinking water", "preferred"),
                                ("letrina", "latrine", "preferred"),
                                ("agua potable", "drinkable water", "forbidden")]),
    ("es", "fr", ("es", "fr"), [("agua potable", "eau potable", "preferred"),
                                ("letrina", "latrine", "preferred"),
                                ("agua potable", "eau buvable", "forbidden")]),
    # a region the header names; a row without a term in the language is not its
    ("es", "pt", ("es", "pt-BR"), [("agua potable", "água potável", "preferred"),
                                   ("agua potable", "água bebível", "forbidden")]),
    (None, "fr", ("es", "fr"), [("agua potable", "eau potable", "preferred"),
                                ("letrina", "latrine", "preferred"),
                                ("agua potable", "eau buvable", "forbidden")]),
    # between two targets: a forbidden row forbids a rendering of the first column's
    # term, so it is no row of a pair whose source is another column
    ("en", "fr", ("en", "fr"), [("safe drinking water", "eau potable", "preferred"),
                                ("latrine", "latrine", "preferred")]),
    ("en", "es", ("en", "es"), [("safe drinking water", "agua potable", "preferred"),
                                ("latrine", "letrina", "preferred")]),
    (None, None, ("es", "en"), [("agua potable", "safe drinking water", "preferred"),
                                ("letrina", "latrine", "preferred"),
                                ("agua potable", "drinkable water", "forbidden")]),
])
def test_a_glossary_of_several_languages_is_read_for_the_pair_asked(
        src: str | None, tgt: str | None, pair: tuple[str, str],
        rows: list[tuple[str, str, str]]) -> None:
    g = parse_glossary(SEVERAL, path="g.tsv", src_lang=src, tgt_lang=tgt)
    assert (g.src_lang, g.tgt_lang) == pair
    assert [(e.source, e.target, e.status.value) for e in g.entries] == rows
    assert g.ignored == ()  # its other languages are no columns left unread
    assert all(e.note in ("core term", None, "") for e in g.entries)


def test_a_pair_the_several_languages_lack_is_refused() -> None:
    with pytest.raises(GlossaryError) as err:
        parse_glossary(SEVERAL, path="g.tsv", src_lang="de", tgt_lang="it")
    assert err.value.line == 1


@pytest.mark.parametrize(
    ("header", "cell", "pos"),
    [
        ("pos", "noun", "noun"),
        ("POS", "Verb", "verb"),
        ("Part of speech", "adj", "adjective"),
        ("Categoría gramatical", "sustantivo", "noun"),
        ("Wortart", "Substantiv", "noun"),
        ("catégorie grammaticale", "verbe", "verb"),
        ("pos", "", ""),
    ],
)
def test_the_part_of_speech_column(header: str, cell: str, pos: str) -> None:
    glossary = parse_glossary(f"en\tes\tstatus\t{header}\ncover\ttapa\tpreferred\t{cell}\n")
    assert [e.pos for e in glossary.entries] == [pos]
    assert glossary.ignored == ()


def test_an_unknown_part_of_speech_names_its_line() -> None:
    with pytest.raises(GlossaryError) as exc:
        parse_glossary("en\tes\tpos\ncover\ttapa\tnoun\nupdate\tactualizar\tnuon\n",
                       path="g.tsv")
    assert exc.value.line == 3
    assert "unknown part of speech 'nuon'" in str(exc.value)


def test_a_reversed_glossary_keeps_the_part_of_speech() -> None:
    glossary = parse_glossary("es\ten\tpos\ntapa\tcover\tnoun\n", src_lang="en")
    assert [(e.source, e.pos) for e in glossary.entries] == [("cover", "noun")]
