"""inverted-mark, end-punctuation, unbalanced pairs and spacing."""

from __future__ import annotations

import pytest
from check_helpers import findings
from hypothesis import given
from hypothesis import strategies as st

from aligner.check import Unit, run_checks
from aligner.check.units import units_from_alignment
from aligner.model import Part
from aligner.pipeline.steps import align_data


@pytest.mark.parametrize(
    ("source", "target", "src_lang", "tgt_lang", "flagged"),
    [
        ("¿Qué falló?", "What went wrong?", "es", "en", False),
        ("Qué falló?", "What went wrong?", "es", "en", True),
        ("¿Qué falló", "What went wrong", "es", "en", True),
        ("¡Basta!", "Enough!", "es", "en", False),
        ("Basta!", "Enough!", "es", "en", True),
        ("Chile 73: ¿era posible la victoria?", "Chile ’73: Was Victory Possible?", "es", "en",
         False),
        ("¿Cómo evitar que asumiera el mando1?", "How could they prevent him?1", "es", "en",
         False),
        ("¿¡Qué!?", "What?!", "es", "en", False),
        ("Véase https://example.org/a?b=1 para más.", "See https://example.org/a?b=1.", "es",
         "en", False),
        ("¿Qué?? ¡Nada!", "What?? Nothing!", "es", "en", False),
        # the Spanish side is the target
        ("What went wrong?", "Qué falló?", "en", "es", True),
        ("What went wrong?", "¿Qué falló?", "en", "es", False),
        # a copied unit is untranslated, not a punctuation problem
        ("What went wrong?", "What went wrong?", "en", "es", False),
        # a question split over two units: the ¿ opens in one and closes in the next
        # (see test_mark_closed_in_a_later_unit)
        # neither side Spanish: not checked
        ("Was ist los?", "What went wrong?", "de", "en", False),
    ],
)
def test_inverted_mark(
    source: str, target: str, src_lang: str, tgt_lang: str, flagged: bool
) -> None:
    got = findings([(source, target)], code="inverted-mark", src_lang=src_lang,
                   tgt_lang=tgt_lang)
    assert bool(got) is flagged


@pytest.mark.parametrize(
    ("source", "target", "flagged"),
    [
        ("Fue un golpe.", "It was a coup.", False),
        ("¿Fue un golpe?", "Was it a coup?", False),
        ("Fue un golpe.", "It was a coup", True),
        ("Fue un golpe.", "Was it a coup?", True),
        ("Dijo «basta».", "He said “enough.”", False),
        ("de otra parte»3.", "from elsewhere.”3", False),
        ("del DENAS2.", "of DENAS.2", False),
        ("Pablo Torres", "Pablo Torres", False),
        ("LOM Ediciones, 2016), p. 256.", "LOM ediciones, 2016) p. 256.", False),
        ("Esperen...", "Wait…", False),
        ("¿¡En serio?!", "Really!?", False),
        ("¿En serio?", "Really?!", True),
        ("Esperen….", "Wait...", False),
        ("Tenía dos políticas:", "It had two policies.", True),
        # a full stop after a quotation that ends with its own mark: that mark ends it
        ("Dijo: «¿Vendrás mañana?».", 'He said: "Will you come tomorrow?"', False),
        ("Gritó: «¡Basta!».", 'He shouted: "Enough!"', False),
        ("Dijo: «Espera…».", 'He said: "Wait..."', False),
        ("Dijo: «¿Vendrás mañana?».", 'He said he would come.', True),
        # a letter's salutation: a colon in Spanish and German, a comma in English
        ("Querida comunidad:", "Dear friends,", False),
        ("Estimados señores y señoras:", "Dear Sir or Madam,", False),
        ("La reunión de la junta directiva terminó así:", "The board meeting ended like this,",
         True),  # a sentence, not a salutation
    ],
)
def test_end_punctuation(source: str, target: str, flagged: bool) -> None:
    assert bool(findings([(source, target)], code="end-punctuation")) is flagged


@pytest.mark.parametrize(("source", "target", "tgt_lang"), [
    # s29 walk 1 item 11: Chinese and Japanese salutations end with a full-width colon
    ("Dear Ms. Chen,", "尊敬的陈女士：", "zh"),
    ("Dear Mr. Sato,", "佐藤様：", "ja"),
])
def test_a_full_width_salutation_colon_answers_a_comma(source: str, target: str,
                                                       tgt_lang: str) -> None:
    assert findings([(source, target)], code="end-punctuation", src_lang="en",
                    tgt_lang=tgt_lang) == []


def test_a_comma_at_the_end_is_named() -> None:
    """A comma is no end mark, but the message names it rather than "no mark"."""
    (found,) = findings([("Hola.", "Hello,")], code="end-punctuation")
    assert found.message == "the source ends with a full stop, the target with a comma"
    (found,) = findings([("Hola.", "Hello")], code="end-punctuation")
    assert found.message == "the source ends with a full stop, the target with no mark"


@pytest.mark.parametrize(
    ("source", "target", "code", "flagged"),
    [
        ("la «vía chilena» al socialismo", "the “Chilean road” to socialism",
         "unbalanced-quotes", False),
        # s29 walk 1 item 4: the corner brackets and full-width brackets of CJK text
        ('Open "Settings" now.', "「設定」を開きます。", "unbalanced-quotes", False),
        ('Open "Settings" now.', "「設定を開きます。", "unbalanced-quotes", True),
        ('Open "Settings" now.', "『設定を開きます。", "unbalanced-quotes", True),
        ("Open Settings (Ctrl+,) now.", "設定（Ctrl+,）を開きます。", "unbalanced-brackets",
         False),
        ("Open Settings (Ctrl+,) now.", "設定（Ctrl+,)を開きます。", "unbalanced-brackets",
         False),  # a full-width bracket closed by an ASCII one: typed so, balanced
        ("Open Settings (Ctrl+,) now.", "設定（Ctrl+,を開きます。", "unbalanced-brackets", True),
        ("Open Settings now.", "打开【设置】。", "unbalanced-brackets", False),
        ("Open Settings now.", "打开【设置。", "unbalanced-brackets", True),
        ("Click Save now.", "［保存をクリックします。", "unbalanced-brackets", True),
        ("la «vía chilena» al socialismo", "the “Chilean road to socialism",
         "unbalanced-quotes", True),
        ("la «vía chilena al socialismo", "the “Chilean road to socialism",
         "unbalanced-quotes", False),  # a quotation spanning units: same on both sides
        ('dijo "basta"', 'he said "enough', "unbalanced-quotes", True),
        ("el Chile moderno (1948-1958)", "modern Chile (1948–58)", "unbalanced-brackets", False),
        ("el Chile moderno (1948-1958)", "modern Chile (1948–58", "unbalanced-brackets", True),
        ("el Chile moderno (1948-1958)", "modern Chile )1948–58(", "unbalanced-brackets", True),
        ("texto", "text  here", "double-space", True),
        ("texto  aquí", "text  here", "double-space", False),
        ("texto", "text here", "double-space", False),
        ("texto", " text", "edge-space", True),
        ("texto", "text ", "edge-space", True),
        (" texto", " text", "edge-space", False),
        ("texto", "text", "edge-space", False),
    ],
)
def test_pairs_and_spacing(source: str, target: str, code: str, flagged: bool) -> None:
    assert bool(findings([(source, target)], code=code)) is flagged


def test_mark_closed_in_a_later_unit() -> None:
    pairs = [("¡Cómo brilla", "How it shines"), ("el sol!", "the sun!"),
             ("Qué calor?", "So hot?")]
    got = findings(pairs, code="inverted-mark")
    assert [(f.unit, f.found) for f in got] == [(2, "?")]


def test_mark_never_closed_is_reported_at_its_unit() -> None:
    pairs = [("¿Cómo", "How"), ("fue", "was"), ("eso", "that"), ("posible", "possible"),
             ("aquí?", "here?")]
    got = findings(pairs, code="inverted-mark")
    assert [(f.unit, f.found) for f in got] == [(0, "¿"), (4, "?")]


def test_a_quotation_over_several_units_on_one_side_is_not_flagged() -> None:
    # English quotes the speech over three sentences; Spanish uses dialogue dashes.
    pairs = [('"For how could I not worry', "-Porque, ¿cómo no he de preocuparme"),
             ("about what they will say?", "de lo que dirán?"),
             ('Tell me that," he said.', "Decídmelo -dijo."),
             ("The end.", "Fin.")]
    assert findings(pairs, code="unbalanced-quotes", src_lang="en", tgt_lang="es") == []
    # A Spanish quotation carried into a new paragraph reopens it with "»".
    pairs = [("«Lo primero", '"First'), ("»y lo segundo.»", 'and second."')]
    assert findings(pairs, code="unbalanced-quotes") == []


def test_an_imbalance_no_neighbour_resolves_is_flagged() -> None:
    pairs = [("Uno.", "One."), ("Dijo «basta».", "He said “enough."), ("Dos.", "Two."),
             ("Tres.", "Three.")]
    got = findings(pairs, code="unbalanced-quotes")
    assert [(f.unit, f.message) for f in got] == [
        (1, "quotation marks are unbalanced in the target only")]


def test_a_quotation_longer_than_the_neighbourhood_is_flagged() -> None:
    from aligner.check.quotes import QUOTE_NEIGHBOURHOOD

    n = QUOTE_NEIGHBOURHOOD + 1
    src = ["«Uno."] + ["y más."] * (n - 2) + ["Fin.»"]
    assert findings([(s, "Text.") for s in src], code="unbalanced-quotes") != []
    src = src[:1] + src[2:]  # one unit shorter: within the neighbourhood
    assert findings([(s, "Text.") for s in src], code="unbalanced-quotes") == []


@given(st.lists(st.sampled_from(["a", "«b", "c»", '"d', 'e"', "“f", "g”", "h"]),
                min_size=1, max_size=12))
def test_quotes_resolved_of_a_balanced_run_of_up_to_span_units(texts: list[str]) -> None:
    from aligner.check.quotes import quotes_resolved

    joined = " ".join(texts)
    balanced = (joined.count('"') % 2 == 0
                and all(_nested_ok(joined, o, c) for o, c in (("«", "»"), ("“", "”"))))
    if balanced and len(texts) <= 8:
        assert all(quotes_resolved(texts, span=len(texts)))
    if all(quotes_resolved(texts, span=1)):  # each unit balanced on its own
        assert balanced


def _nested_ok(text: str, opener: str, closer: str) -> bool:
    depth = 0
    for ch in text:
        depth += (ch == opener) - (ch == closer)
        if depth < 0:
            return False
    return depth == 0


@pytest.mark.parametrize(
    ("source", "target", "tgt_lang", "flagged"),
    [
        ("China is a big country.", "中国是一个大国。", "zh", False),
        ("Is it far?", "远吗？", "zh", False),
        ("Let's go!", "「行こう！」", "ja", False),
        ("Tokyo is big.", "東京は大きいです", "ja", True),
        ("Tokyo is big.", "東京は大きいですか？", "ja", True),
        # ?! in either order and width is one mark; an ellipsis a full stop closes
        ("Is that true?!", "本当ですか！？", "ja", False),
        ("Is that true!?", "本当ですか？！", "ja", False),
        ("That is...", "それは……。", "ja", False),
        ("That is…", "それは……", "ja", False),
        ("Is that true?", "本当ですか！？", "ja", True),
        ("That is.", "それは……。", "ja", True),
        ("That is...", "それは。", "ja", True),
        ("This is.", "これは？", "ja", True),
        # the marks of other scripts (walk: ؟ read as "no mark")
        ("Why are sales falling?", "لماذا تتراجع المبيعات؟", "ar", False),
        ("Sales are falling.", "لماذا تتراجع المبيعات؟", "ar", True),
        ("The book is new.", "किताब नई है।", "hi", False),
        ("The book is new.", "Գիրքը նոր է։", "hy", False),
        ("Is the book new?", "Գիրքը նոր է։", "hy", True),
        # ... and its question mark on the stressed word, the sentence ending with ։
        ("Have you read the book?", "Կարդացե՞լ ես գիրքը։", "hy", False),
        ("You have read the book.", "Կարդացե՞լ ես գիրքը։", "hy", True),
        # Thai ends a statement with no mark: that is a full stop; not a question
        ("The novel is good.", "นวนิยายเรื่องนี้ดี", "th", False),
        ("Is the novel good?", "นวนิยายเรื่องนี้ดี", "th", True),
        # a Thai question asks with its word, without a mark: no finding
        ("What are the symptoms?", "อาการเป็นอย่างไร", "th", False),
        ("Is the novel good?", "นวนิยายเรื่องนี้ดีไหม", "th", False),
    ],
)
def test_full_width_end_marks_answer_their_ascii_twins(source: str, target: str, tgt_lang: str,
                                                       flagged: bool) -> None:
    found = findings([(source, target)], code="end-punctuation", src_lang="en",
                     tgt_lang=tgt_lang)
    assert bool(found) is flagged


@pytest.mark.parametrize(("source", "src_lang", "target", "tgt_lang"), [
    ("Er sagte: „Das ist gut.“", "de", "He said: “That is good.”", "en"),
    ("„Ist das gut?“", "de", "“Is that good?”", "en"),
    ("»Det er godt.«", "da", "“It is good.”", "en"),
    ("„To je dobré.“", "cs", "“It is good.”", "en"),
    ("« C’est bien. »", "fr", "“It is good.”", "en"),
    ("« Est-ce bien ? »", "fr", "“Is it good?”", "en"),
    ("Powiedział: „To dobre.”", "pl", "He said: “That is good.”", "en"),
    ("Han sa: ”Det är bra.”", "sv", "He said: “That is good.”", "en"),
    ("Er sagte: »Das ist gut.«", "de", "He said: “That is good.”", "en"),
    ("Τι κάνεις;", "el", "How are you?", "en"),
    ("Τι κάνεις\u037e", "el", "How are you?", "en"),
])
def test_quotation_styles_and_question_marks_of_other_languages(
        source: str, src_lang: str, target: str, tgt_lang: str) -> None:
    got = findings([(source, target)], src_lang=src_lang, tgt_lang=tgt_lang)
    assert [f.code for f in got if f.code in ("end-punctuation", "unbalanced-quotes")] == []


def test_a_hebrew_acronym_mark_typed_as_a_straight_quote_is_no_quotation_mark() -> None:
    """ד"ר (Dr.) writes gershayim as '"' between two letters: no quotation opened; a
    quotation left open beside one is still found."""
    assert findings([("Le Dr Cohen a parlé.", 'ד"ר כהן דיבר.')], code="unbalanced-quotes",
                    src_lang="fr", tgt_lang="he") == []
    got = findings([("Le Dr Cohen a dit « non ».", 'ד"ר כהן אמר "לא.')],
                   code="unbalanced-quotes", src_lang="fr", tgt_lang="he")
    assert [f.code for f in got] == ["unbalanced-quotes"]


def test_the_less_common_styles_count_only_in_their_languages() -> None:
    # ” alone is Swedish; in English it leaves the quotation open
    assert [f.code for f in findings([("He said: ”Good.", "Dijo: «Bien».")],
                                     src_lang="en", tgt_lang="es")] == ["unbalanced-quotes"]
    # »…« is German; in French it is a closing and an opening mark
    assert [f.code for f in findings([("Il dit : »Bien.«", "He said: “Good.”")],
                                     src_lang="fr", tgt_lang="en")] == ["unbalanced-quotes"]
    # a Greek ';' is a question mark only in Greek
    assert [f.code for f in findings([("Hola;", "Hello?")], src_lang="es", tgt_lang="en")] == [
        "end-punctuation"]


@pytest.mark.parametrize(
    ("source", "target", "flagged"),
    [
        # a list label (letter, number, Roman numeral and ")") opening a unit or a line
        ("a) el pago de la renta;", "(a) payment of the rent;", False),
        ("b) la fianza;", "(b) the deposit;", False),
        ("1) el pago;", "(1) payment;", False),
        ("iv) el pago;", "(iv) payment;", False),
        ("  A) el pago;", "(A) payment;", False),
        ("Son:\na) el pago;\nb) la fianza.", "These are:\n(a) payment;\n(b) the deposit.",
         False),
        ("(a) el pago;", "a) payment;", False),  # the other way round
        # a real unbalanced bracket beside a label, or a ")" that is no label
        ("a) el pago (de la renta;", "(a) payment of the rent;", True),
        ("a) el pago de la renta);", "(a) payment of the rent;", True),
        ("el pago ab) de la renta;", "(a) payment of the rent;", True),  # no label
        ("mild) el pago;", "(a) payment;", True),  # no Roman numeral
        # a label cited inside a sentence (walk_de P9; before, "el pago a) de la renta"
        # was reported): after a space or lit., Buchst., Nr.
        ("Die unter a) und b) genannten Leistungen sind zu erbringen.",
         "The services referred to in (a) and (b) shall be performed.", False),
        ("Die Leistungen gem. Ziff. 3 lit. c) sind vergütungsfrei.",
         "The services under Clause 3(c) are free of charge.", False),
        ("Gem. § 3 Abs. 2 lit. a) aa) gilt dies.", "Under Section 3(2)(a)(aa) this applies.",
         False),
        ("Es gilt lit.b), nicht ii).", "Point (b) applies, not (ii).", False),
        ("el pago a) de la renta;", "(a) payment of the rent;", False),
        # a cited label inside an open bracket closes it; a real unbalanced bracket
        # beside a cited label; one that is no label
        ("Es gilt die Frist (siehe a) weiter.", "The period (see (a)) still applies.", False),
        ("Es gilt a) und die Frist (siehe oben weiter.", "The period still applies.", True),
        ("Es gilt a) und die Frist siehe oben) weiter.", "The period still applies.", True),
        ("Es gilt die Frist gemäß xyz) weiter.", "The period still applies.", True),
    ],
)
def test_list_labels_are_no_unbalanced_brackets(source: str, target: str,
                                                flagged: bool) -> None:
    got = findings([(source, target)], code="unbalanced-brackets")
    assert bool(got) is flagged, got


@pytest.mark.parametrize(("source", "target"), [
    ("Manual de DataSync v2.1.3", "DataSync v2.1.3 Installation Manual"),
    ("Ver la versión 2.1", "See the manual"),
    ("Llegó a las 10:30", "He arrived at 10:30"),
])
def test_a_number_at_the_end_is_no_final_mark(source: str, target: str) -> None:
    assert findings([(source, target)], code="end-punctuation") == []


def test_a_footnote_number_after_the_final_mark_still_counts() -> None:
    got = findings([("Véase la nota.12", "See the note")], code="end-punctuation")
    assert [f.message for f in got] == ["the source ends with a full stop, the target with no mark"]


# Written for this test (a Russian contract's opening line, a Japanese press release).
@pytest.mark.parametrize(("source", "src_lang", "target", "flagged"), [
    ("г. Москва, 12 марта 2024 г.", "ru", "Moscow, 12 March 2024", False),  # the year's г.
    ("W dniu 14 września 2024 r.", "pl", "On 14 September 2024", False),
    ("株式会社ノートボックス・ジャパン", "ja", "NoteBox Japan K.K.", False),  # an initialism
    ("Tornillos, tuercas, etc.", "es", "Screws, nuts and so on", False),  # may end a sentence
    # a Spanish plural initialism, its letters doubled: the stop is the last pair's
    ("Novedades de RR. HH.", "es", "HR news", False),
    ("Viaje a EE. UU.", "es", "Trip to the US", False),
    ("Las HH.", "es", "The hours", True),  # one pair is no such initialism
    ("Длина пролёта 312 м.", "ru", "The span is 312 m long", True),  # a full stop: м has none
    # abbreviations that may end a sentence, of one word or two (the news walk, s42)
    ("Резервы выросли до 620 млрд долл.", "ru", "Reserves rose to $620 billion", False),
    ("Ставка снижена на 0,5 п. п.", "ru", "The rate was cut by 0.5 pp", False),
    ("Мы купили хлеб, молоко и т. д.", "ru", "We bought bread, milk and so on", False),
    # a unit's abbreviation after a number (the museum walk, s36: a label's inches)
    ("Óleo sobre lienzo, 120 x 85 cm", "es", "Oil on canvas, 47 1/4 x 33 1/2 in.", False),
    ("Peso neto: 340 g", "es", "Net weight: 12 oz.", False),
    ("Mide 120 cm", "es", "It measures 47 in. wide.", True),  # the sentence's own stop
    ("Véase la página", "es", "See p.", True),  # no number before it: a full stop
    ("Продано в 2024 г.", "ru", "Sold in 2024?", True),
    ("株式会社ノートボックス・ジャパン", "ja", "NoteBox Japan K.K.?", True),
    # English ends the sentence with its quotation's question mark
    ("「もっと速くならないの？」というお客様の声にお応えしました。", "ja",
     'We listened to customers who asked, "Can\'t it be any faster?"', False),
    ("お客様の声にお応えしました。", "ja",
     'We listened to customers who asked, "Can\'t it be any faster?"', True),
    ("「もっと速くならないの？」というお客様の声にお応えしました。", "ja",
     "Can't it be any faster?", True),
])
def test_a_full_stop_of_an_abbreviation_or_a_quotation_mark_that_ends_the_sentence(
        source: str, src_lang: str, target: str, flagged: bool) -> None:
    got = findings([(source, target)], code="end-punctuation", src_lang=src_lang,
                   tgt_lang="en")
    assert bool(got) is flagged
    back = findings([(target, source)], code="end-punctuation", src_lang="en",
                    tgt_lang=src_lang)
    assert bool(back) is flagged  # either way round


@pytest.mark.parametrize(("source", "tgt_lang", "target", "flagged"), [
    # s37 walk 4 item 7: a colon before a code block or a list, a full stop in Japanese
    # and Chinese docs (or the full-width colon)
    ("Run the following command to install version 2.4.1:", "ja",
     "次のコマンドを実行して、バージョン 2.4.1 をインストールします。", False),
    ("Run the following command:", "zh-Hans", "运行以下命令。", False),
    ("Run the following command:", "zh-Hans", "运行以下命令：", False),
    # ... not a question mark or no mark, nor a full stop in another language
    ("Run the following command:", "ja", "次のコマンドを実行しますか？", True),
    ("Run the following command:", "ja", "次のコマンドを実行します", True),
    ("Run the following command:", "de", "Führen Sie den folgenden Befehl aus.", True),
])
def test_a_colon_is_a_full_stop_in_japanese_and_chinese(source: str, tgt_lang: str,
                                                        target: str, flagged: bool) -> None:
    got = findings([(source, target)], code="end-punctuation", src_lang="en",
                   tgt_lang=tgt_lang)
    assert bool(got) is flagged, got
    back = findings([(target, source)], code="end-punctuation", src_lang=tgt_lang,
                    tgt_lang="en")
    assert bool(back) is flagged, back  # either way round


@pytest.mark.parametrize(("source", "src_lang", "target", "flagged"), [
    # a patent walk's claim elements: a list item parted by a comma in Japanese, a
    # semicolon in English (every element of every claim was a warning)
    ("筐体と、", "ja", "a housing;", False),
    ("el pago de la renta,", "es", "payment of the rent;", False),
    ("el pago de la renta;", "es", "payment of the rent,", False),
    # a semicolon is still no full stop, and a comma no question mark
    ("el pago de la renta.", "es", "payment of the rent;", True),
    ("¿el pago de la renta,", "es", "payment of the rent?", True),
])
def test_a_list_items_comma_and_semicolon_end_it_alike(source: str, src_lang: str,
                                                       target: str, flagged: bool) -> None:
    got = findings([(source, target)], code="end-punctuation", src_lang=src_lang,
                   tgt_lang="en")
    assert bool(got) is flagged, got


# Written for this test, after the subtitler's walk (a tag question adapted as a statement).
@pytest.mark.parametrize(("source", "target", "src_lang", "tgt_lang", "reported"), [
    ("Grados Baumé, ¿eh?", "Baumé degrees, mind you.", "es", "en", False),
    ("Lo sabías, ¿no?", "You knew that.", "es", "en", False),
    ("You knew that.", "Lo sabías, ¿verdad?", "en", "es", False),
    # a question that opens the sentence, or a tag of more than two words: a question
    ("¿Y tú, María?", "And you, Maria.", "es", "en", True),
    ("Vienes mañana, ¿o prefieres el lunes?", "You are coming tomorrow.", "es", "en", True),
    # a language that does not open its questions: no tag is told from a question
    ("And you, Maria?", "Y tú, María.", "en", "es", True),
])
def test_a_tag_question_may_end_as_a_statement(source: str, target: str, src_lang: str,
                                               tgt_lang: str, reported: bool) -> None:
    got = findings([(source, target)], code="end-punctuation", src_lang=src_lang,
                   tgt_lang=tgt_lang)
    assert bool(got) is reported


@pytest.mark.parametrize(("source", "target", "heading", "reported"), [
    # walk7 item 4: QRD leaflet headings are questions in German and French
    ("3. How to take Valorex", "3. Wie ist Valorex einzunehmen?", True, False),
    ("4. Possible side effects", "4. Welche Nebenwirkungen sind möglich?", True, False),
    # a sentence of body text that gains a question mark is still reported
    ("3. How to take Valorex", "3. Wie ist Valorex einzunehmen?", False, True),
    # and a heading that gains another mark, or loses its question mark
    ("3. How to take Valorex", "3. Einnahme von Valorex.", True, True),
    ("How do I take Valorex?", "Einnahme von Valorex", True, True),
])
def test_a_heading_may_become_a_question(source: str, target: str, heading: bool,
                                         reported: bool) -> None:
    parts = ((Part.HEADING,) if heading else (), ())
    result = run_checks([Unit(source, target, parts=parts)], glossary=None, src_lang="en",
                        tgt_lang="de")
    got = [f for f in result.findings if f.code == "end-punctuation"]
    assert bool(got) is reported


def test_a_markdown_heading_is_a_heading_of_the_unit() -> None:
    pair = align_data(b"# How to take Valorex\n\nTake one tablet a day.\n",
                      "# Wie ist Valorex einzunehmen?\n\nNehmen Sie täglich eine Tablette ein.\n"
                      .encode(), src_path="pl.en.md", tgt_path="pl.de.md", src_lang="en",
                      tgt_lang="de")
    units = units_from_alignment(pair.alignment)
    assert [u.heading for u in units] == [True, False]
    assert [f.code for f in run_checks(units, glossary=None, src_lang="en", tgt_lang="de").findings
            if f.code == "end-punctuation"] == []
