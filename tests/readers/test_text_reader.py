"""Plain-text reader: blocks from blank lines and heading-/byline-like lines."""

from __future__ import annotations

from pathlib import Path

import pytest

from aligner.errors import EncodingError, InputError
from aligner.model import BlockKind
from aligner.readers import read_document, read_string
from aligner.readers.text import is_line_break_boundary, run_on_separator
from aligner.segment import segment_document


def _blocks(text: str) -> list[str]:
    doc = read_string(text, lang="en")
    return [doc.text[b.start : b.end] for b in doc.blocks]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One para.\n\nTwo para.", ["One para.", "Two para."]),
        ("One para.\n \t\nTwo para.", ["One para.", "Two para."]),  # whitespace-only line
        # wrapped text: the sentence goes on across the line break
        (
            "This sentence was hard\nwrapped by an editor.",
            ["This sentence was hard\nwrapped by an editor."],
        ),
        # byline-like lines end their sentence
        (
            "Facebook Twitter Share\nIllustration: Luigi Morris\n\nThe article starts.",
            ["Facebook Twitter Share", "Illustration: Luigi Morris", "The article starts."],
        ),
        (
            "Pablo Torres\nPablo is a leading member.",
            ["Pablo Torres", "Pablo is a leading member."],
        ),
        (
            "Jason Koslowski\nMay 17, 2024\nA banner",
            ["Jason Koslowski", "May 17, 2024", "A banner"],
        ),
        # a long line without punctuation is wrapped text, not a heading
        (
            "A very long line of running text that goes on well past sixty characters\n"
            "And continues here.",
            [
                "A very long line of running text that goes on well past sixty characters\n"
                "And continues here."
            ],
        ),
        # a line ending in a comma continues
        ("Dear friends,\nWe write today.", ["Dear friends,\nWe write today."]),
        ("Señores:\nEMBAJADA DE CHILE", ["Señores:", "EMBAJADA DE CHILE"]),
        ("• uno\n• dos", ["• uno", "• dos"]),
        ("Items\n- one\n- two", ["Items", "- one", "- two"]),
        ("______\nText here.", ["______", "Text here."]),
        # a list of items opened by an em or en dash (Russian, French): an item a line
        (
            "Основные характеристики:\n— рабочая температура: от −40 до +60 °C;\n"
            "— срок службы: более 5000 циклов.",
            ["Основные характеристики:", "— рабочая температура: от −40 до +60 °C;",
             "— срок службы: более 5000 циклов."],
        ),
        ("Points clés :\n– premier point ;\n– deuxième point.",
         ["Points clés :", "– premier point ;", "– deuxième point."]),
        ("Состав:\n— мука\n— сахар", ["Состав:", "— мука", "— сахар"]),
        # an item wrapped over two lines is one
        (
            "Points :\n– un point assez long pour que le texte passe à la ligne\n"
            "  avant sa fin ;\n– deuxième point.",
            ["Points :", "– un point assez long pour que le texte passe à la ligne\n"
             "  avant sa fin ;", "– deuxième point."],
        ),
        # after a long introduction, which the first item goes on, the items still part
        (
            "Le rapport présente les caractéristiques suivantes du produit examiné :\n"
            "– premier point ;\n– deuxième point.",
            ["Le rapport présente les caractéristiques suivantes du produit examiné :\n"
             "– premier point ;", "– deuxième point."],
        ),
        # lines of dialogue: a turn a line, as before
        ("— Tu viens ? demanda-t-il.\n— Non.", ["— Tu viens ? demanda-t-il.", "— Non."]),
        # a dash that a wrap put at a line's start, inside a sentence, goes on
        (
            "Il est venu hier soir, dit-elle, et il est reparti sans dire un mot\n"
            "— pas un seul — avant l'aube.",
            ["Il est venu hier soir, dit-elle, et il est reparti sans dire un mot\n"
             "— pas un seul — avant l'aube."],
        ),
        (
            "— Il est venu hier soir, dit-elle, et il est reparti sans dire un mot\n"
            "— pas un seul — avant l'aube.",
            ["— Il est venu hier soir, dit-elle, et il est reparti sans dire un mot\n"
             "— pas un seul — avant l'aube."],
        ),
        ("Ask us for pricing\n.\n\nNext", ["Ask us for pricing\n.", "Next"]),
        ("red\ngreen apples\nblue, violet", ["red", "green apples", "blue, violet"]),
        ("CRLF line one.\r\n\r\nLine two.", ["CRLF line one.", "Line two."]),
        ("Heading\rBody text.", ["Heading", "Body text."]),
        ("", []),
        ("\n\n  \n", []),
    ],
)
def test_blocks(text: str, expected: list[str]) -> None:
    assert _blocks(text) == expected


def test_block_kinds() -> None:
    doc = read_string("The Title\n\nA paragraph. Two.\n\nByline Name\nBody text.", lang="en")
    assert [b.kind for b in doc.blocks] == [
        BlockKind.HEADING,
        BlockKind.PARAGRAPH,
        BlockKind.LINE,
        BlockKind.LINE,
    ]


@pytest.mark.parametrize(
    ("line", "next_line", "boundary"),
    [
        ("Facebook Twitter Share", "Illustration: Luigi Morris", True),
        ("This is a sentence", "cut off in the middle.", False),
        ("It ends here.", "Another one.", False),  # the sentence rules decide
        ("Title", "", True),
        # CJK: hard-wrapped lines have no space; a stop lets the splitter decide
        ("これは父の", "家です。", False),
        ("フフーの", "主たる債務", False),
        ("今天下雨，", "我们不去了。", False),
        ("雨が降った。", "出かけない。", False),
        ("はじめに", "本書は三部からなる。", True),  # a heading ending in に
        ("第一章", "今天下雨。", True),
        # a line filled to the wrap width (24 columns and more) goes on, even mid-word
        ("每年有数百万游客来到北京参观故宫和长城。这些地方历史悠久，风", "景优美。", False),
        ("他说我们明天一起去北京看", "长城吧。好的。", False),
        ("吾輩は猫である。名前はまだ無い。どこで生れたかとんと見当がつか", "ぬ。", False),
        ("委员会于2021年3月3日在日内瓦召开了第", "12次会议。", False),
        # a line on which a sentence ended goes on, however short or wide the next
        ("所を開設します（予算は約2億円）。詳しく", "は www.example.co.jp をご覧ください。",
         False),
        ("以上です。詳細", "は後日。", False),
        # ... but not a heading: short, or narrower than the line under it
        ("第一章　出发", "他说我们明天一起去北京看长城吧。", True),
        ("第一章　我们在北京度过的那个夏天", "他说我们明天一起去北京看长城吧，然后去颐和园。",
         True),
        ("春眠不觉晓", "处处闻啼鸟", True),  # a poem's lines: short
        ("Chapter One: the summer we spent in Beijing", "北京的夏天很热。", True),
        # a patent's paragraph number opens a paragraph whatever ends the line before
        ("[0014] The sheet is 0.3 mm thick.", "[0015] The end plates are fixed.", True),
        ("The housing 12 is made of aluminum.", "[0012]", True),
        ("[0006] 图1为立体图；", "[0007] 图2为分解图。", True),
        ("【０００６】筐体と、", "【０００７】基板とを備える。", True),
        # a reference or a year in brackets at a line's start is no such number
        # (wrapped lines, too long for a heading)
        ("The pipes lose heat at the bends, as Smith found in his study of 1990",
         "[17] and as others have found since.", False),
        ("The point was decided by the House of Lords in the case of Smith v Jones",
         "[1998] AC 1 and it was later upheld.", False),
        # a line opened by a typed list label is an item (a German walk's contract:
        # "aa)", "bb)" ran on into "b)", and "(3)" into the item of the list inside "(2)")
        ("b) den Auftraggeber zu informieren, und zwar", "aa) schriftlich und", True),
        ("aa) schriftlich und", "bb) unter Angabe der voraussichtlichen Dauer,", True),
        ("ii) unter Angabe der voraussichtlichen Dauer,", "(3) ggf. Subunternehmer", True),
        ("b) unter Angabe der voraussichtlichen Dauer", "3) ggf. Subunternehmer", True),
        # ... but a number in brackets after a word may be a wrapped reference
        ("The pipes lose heat at the bends, as Smith found in his study of 1990",
         "(17) and as others have found since.", False),
    ],
)
def test_line_break_rule(line: str, next_line: str, boundary: bool) -> None:
    assert is_line_break_boundary(line, next_line) is boundary


def test_hard_wrapped_chinese_is_one_sentence_per_sentence() -> None:
    """A paragraph wrapped every 30 characters (北 / 京 cut apart): the sentences as
    written, offsets into the text as it is, and one line per sentence without a space
    where the text wrapped."""
    from aligner.formats.segmentation import SegmentationFormat, render_segmentation

    text = ("每年有数百万游客来到北京参观故宫和长城。这些地方历史悠久，风\n"
            "景优美，吸引了来自世界各地的人们。许多人在这里度过了难忘的假\n"
            "期，并拍下了很多照片留作纪念。\n")
    seg = segment_document(read_string(text, lang="zh"))
    assert [text[s.start:s.end] for s in seg.segments] == [
        "每年有数百万游客来到北京参观故宫和长城。",
        "这些地方历史悠久，风\n景优美，吸引了来自世界各地的人们。",
        "许多人在这里度过了难忘的假\n期，并拍下了很多照片留作纪念。"]
    assert render_segmentation(seg, SegmentationFormat.LINES).splitlines() == [
        "每年有数百万游客来到北京参观故宫和长城。",
        "这些地方历史悠久，风景优美，吸引了来自世界各地的人们。",
        "许多人在这里度过了难忘的假期，并拍下了很多照片留作纪念。"]


def test_bom_is_not_part_of_the_text(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeffHola. Adiós.\r\n".encode())
    doc = read_document(path, lang="es")
    assert doc.text == "Hola. Adiós.\r\n"
    assert segment_document(doc).sentences == ("Hola.", "Adiós.")


def test_crlf_offsets_index_the_decoded_text(tmp_path: Path) -> None:
    path = tmp_path / "crlf.txt"
    path.write_bytes(b"Title\r\nFirst one. Second one.\r\n")
    seg = segment_document(read_document(path, lang="en"))
    assert [(s.start, s.end, s.text) for s in seg.segments] == [
        (0, 5, "Title"),
        (7, 17, "First one."),
        (18, 29, "Second one."),
    ]


def test_non_utf8_names_file_and_byte(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("Año nuevo.".encode("latin-1"))
    with pytest.raises(EncodingError) as err:
        read_document(path, lang="es")
    assert err.value.offset == 1
    assert str(path) in str(err.value) and "byte 1" in str(err.value)
    assert read_document(path, lang="es", encoding="latin-1").text == "Año nuevo."


def test_binary_file(tmp_path: Path) -> None:
    path = tmp_path / "data.txt"
    path.write_bytes(b"abc\x00\x01\x02")
    with pytest.raises(EncodingError):
        read_document(path, lang="en")


@pytest.mark.parametrize(("codec", "option"), [("utf-16-le", "utf-16le"),
                                               ("utf-16-be", "utf-16be"),
                                               ("utf-32-le", "utf-32-le")])
def test_utf16_and_utf32_without_a_mark_read_with_their_encoding(
        tmp_path: Path, codec: str, option: str) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes("Año nuevo. Vida nueva.".encode(codec))
    assert read_document(path, lang="es", encoding=option).text == "Año nuevo. Vida nueva."
    if codec.startswith("utf-16"):  # without it, the message says which encoding to pass
        with pytest.raises(EncodingError, match=f"without a byte-order mark, pass --encoding "
                                                f"{option}$"):
            read_document(path, lang="es")


@pytest.mark.parametrize(("codec", "option", "endian", "right"), [
    ("utf-16-be", "utf-16le", "big", "utf-16be"),
    ("utf-16-le", "utf-16be", "little", "utf-16le"),
])
def test_utf16_in_the_other_byte_order_is_named(tmp_path: Path, codec: str, option: str,
                                                endian: str, right: str) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes("Año nuevo. Vida nueva.".encode(codec))
    with pytest.raises(EncodingError) as err:
        read_document(path, lang="es", encoding=option)
    assert str(err.value) == (f"{path}: is UTF-16 {endian}-endian text, not {option}; "
                              f"pass --encoding {right}")


def test_a_binary_file_gets_no_utf16_hint(tmp_path: Path) -> None:
    path = tmp_path / "data.txt"
    path.write_bytes(b"\x7fELF\x02\x01\x01" + bytes(64) + b"\x01\x00\x3e\x00" * 8)
    with pytest.raises(EncodingError) as err:
        read_document(path, lang="en")
    assert str(err.value).endswith("looks like a binary file (NUL byte), not text")


@pytest.mark.parametrize(("name", "what"), [("a.align", "a bead file (an alignment)"),
                                           ("a.json", "JSON (a saved alignment, or an i18n "
                                            "bundle: aligner check SRC.json TGT.json reads "
                                            "two bundles)"),
                                           ("a.po", "a gettext PO catalogue, aligned already "
                                            "(aligner check and export read it)"),
                                           ("a.TMX", "a translation memory (TMX)")])
def test_the_tools_own_files_are_not_documents(tmp_path: Path, name: str, what: str) -> None:
    path = tmp_path / name
    path.write_text("[0]:[0]:0.9\n", encoding="utf-8")
    with pytest.raises(InputError) as err:
        read_document(path, lang="en")
    assert str(err.value) == (f"{path}: is {what}, not a document to segment; give "
                              "--input-format text to read it as plain text anyway")
    assert read_document(path, lang="en", input_format="text").text == "[0]:[0]:0.9\n"


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_document(tmp_path / "nope.txt", lang="en")


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    doc = read_document(path, lang="en")
    assert doc.text == "" and doc.blocks == ()


def test_lines_indented_with_an_ideographic_space_are_paragraphs() -> None:
    text = (
        "第一章\n"
        "\n"
        "\u3000雨が降っていた。駅には誰もいない。\n"
        "「遅いね。」\n"
        "\u3000彼は時計を見た。\n"
        "\u3000\u3000長い夜が明けて、\n"
        "「帰ろう」と彼は言った。\n"
    )
    doc = read_string(text, lang="ja")
    seg = segment_document(doc)
    paragraphs = [doc.blocks[s.block].paragraph for s in seg.segments]
    assert list(zip(seg.sentences, paragraphs, strict=True)) == [
        ("第一章", 1),
        ("雨が降っていた。", 2),
        ("駅には誰もいない。", 2),
        ("「遅いね。」", 3),
        ("彼は時計を見た。", 4),
        ("長い夜が明けて、\n「帰ろう」と彼は言った。", 5),  # no stop: the line goes on
    ]
    assert [b.kind for b in doc.blocks][1:] == [BlockKind.PARAGRAPH] * 4


def test_a_block_without_inner_indented_lines_is_one_paragraph() -> None:
    doc = read_string("\u3000雨が降っていた。\n「遅いね。」\n", lang="ja")
    assert [b.paragraph for b in doc.blocks] == [1]


def test_patent_paragraph_numbers_open_blocks() -> None:
    """An Espacenet copy: one paragraph a line, and a number on a line of its own goes
    with the text after it, not the sentence before."""
    text = ("[0014] The sheet is 0.3 mm thick.\n[0015] The end plates are fixed by bolts.\n"
            "The housing 12 is made of aluminum.\n[0016]\nThe substrate is made of resin.\n")
    assert _blocks(text) == ["[0014] The sheet is 0.3 mm thick.",
                             "[0015] The end plates are fixed by bolts.\n"
                             "The housing 12 is made of aluminum.",
                             "[0016]", "The substrate is made of resin."]


def _ja_sentences(text: str) -> list[str]:
    from aligner.segment import segment_document

    doc = read_string(text, lang="ja")
    return [doc.text[s.start:s.end] for s in segment_document(doc).segments]


def test_a_numbered_label_goes_on_into_the_line_it_labels() -> None:
    """A J-PlatPat copy of claims (a patent walk's): 【請求項１】 on a line of its own was
    a sentence of its own, which English writes as the claim's '1.', so the aligner left
    it unaligned; a section heading and a paragraph number stay apart."""
    text = ("【請求項１】\n筐体と、基板と、を備える放熱装置。\n【請求項２】\n"
            "前記基板は樹脂製である、請求項１に記載の放熱装置。\n")
    assert _ja_sentences(text) == ["【請求項１】\n筐体と、基板と、を備える放熱装置。",
                                   "【請求項２】\n前記基板は樹脂製である、請求項１に記載の放熱装置。"]
    assert _ja_sentences("【技術分野】\n本発明は放熱装置に関する。\n") == [
        "【技術分野】", "本発明は放熱装置に関する。"]
    assert _ja_sentences("【0012】\n本発明は放熱装置に関する。\n") == [
        "【0012】", "本発明は放熱装置に関する。"]


@pytest.mark.parametrize(("paragraph", "following", "joined"), [
    ("筐体と、", "前記筐体内の基板と、", ""),
    ("一种装置，包括：壳体；", "设置在壳体内的基板；", ""),
    ("【請求項１】", "筐体と、", ""),
    ("【図２】", "は断面図である。", ""),
    ("comprising:", "a housing;", " "),
    ("a housing;", "a substrate;", " "),
    ("mounted on the substrate; and", "a sheet between them.", " "),
    ("The test ran for a thousand hours under a steady load of 5 kN and", "showed no wear.", " "),
    ("Dear Sir,", "Thank you.", None),
    ("筐体と、", "「注意」", None),
    ("【技術分野】", "本発明は…", None),
    ("【0012】", "本発明は…", None),
    ("features", "contact manager", None),
    ("Done.", "and more", None),
    # a paragraph opened by a typed list label is an item of its own, as "(b)" and "2)"
    # are (a German walk: "b) ..., und zwar aa) schriftlich und" was one sentence)
    ("a) die Leistungen fristgerecht zu erbringen,", "b) den Auftraggeber zu informieren,",
     None),
    ("b) den Auftraggeber zu informieren, und zwar", "aa) schriftlich und", None),
    ("aa) schriftlich und", "bb) unter Angabe der Dauer,", None),
    ("comprising:", "ii) a substrate;", None),
    # a label inside the next paragraph's text is none of its own: the sentence runs on
    ("the costs (as listed in Annex 2,", "at b) below) are due.", " "),
])
def test_run_on_separator(paragraph: str, following: str, joined: str | None) -> None:
    assert run_on_separator(paragraph, following) == joined
