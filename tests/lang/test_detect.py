"""Language evidence: the script of a side and its function-word rates."""

from __future__ import annotations

import pytest

from aligner.lang import languages
from aligner.lang.detect import (
    expected_script,
    guess_language,
    lookalikes,
    looks_like,
    side_evidence,
)
from aligner.lang.tags import language_names

# Written for these tests; repeated to reach the minimum number of words.
EN = ("The old man walked to the market in the morning, and he bought bread for his "
      "daughter because she was ill. It was cold, but the sun was out and the people of "
      "the town were happy to see him again after the long winter. ") * 8
ES = ("El viejo caminó hasta el mercado por la mañana y compró pan para su hija, porque "
      "estaba enferma. Hacía frío, pero había sol y la gente del pueblo se alegró de verlo "
      "otra vez después del largo invierno. ") * 8
DE = ("Der alte Mann ging am Morgen zum Markt und kaufte Brot für seine Tochter, weil sie "
      "krank war. Es war kalt, aber die Sonne schien, und die Leute der Stadt freuten sich, "
      "ihn nach dem langen Winter wiederzusehen. ") * 8
ZH = ("老人早上走到市场，给生病的女儿买了面包。"
      "天气很冷，但是太阳出来了，镇上的人很高兴在漫长的冬天之后再次见到他。") * 8
JA = ("老人は朝、市場まで歩いて、病気の娘のためにパンを買った。"
      "寒かったが、日が出ていて、町の人々は長い冬の後に彼に会えて喜んだ。") * 8
RU = ("Старик утром пошёл на рынок и купил хлеб для своей дочери, потому что она была больна. "
      "Было холодно, но светило солнце. ") * 8


@pytest.mark.parametrize(("text", "script", "guess"), [
    (EN, "Latn", "en"), (ES, "Latn", "es"), (DE, "Latn", "de"), (ZH, "Hani", "zh"),
    (JA, "Jpan", "ja"), (RU, "Cyrl", None),  # Cyrillic: Russian, Ukrainian, Bulgarian, ...
])
def test_script_and_guess(text: str, script: str, guess: str | None) -> None:
    ev = side_evidence([text])
    assert ev.script == script
    assert guess_language(ev) == guess


@pytest.mark.parametrize(("text", "code", "verdict"), [
    (EN, "en", True), (EN, "en-GB", True), (EN, "es", False), (EN, "de", False),
    (ES, "es", True), (ES, "en", False), (ES, "fr", False),
    (DE, "de", True), (DE, "en", False), (DE, "es", False), (DE, "nl", False),
    (ES, "ca", False), (ES, "pt", False), (ES, "it", False),  # close, but the Spanish list fits
    (ES, "fi", False),  # no list of its own, and plainly Spanish
    (ES, "gl", None), (ES, "ast", None),  # no list of their own, and lists cannot tell them
    (DE, "lb", None), (DE, "fi", False),
    (ZH, "zh", True), (ZH, "zh-Hant", True), (ZH, "ja", False), (ZH, "en", False),
    (JA, "ja", True), (JA, "zh", False), (RU, "ru", True), (RU, "uk", True), (RU, "en", False),
    (EN, "sr-Cyrl", False), (EN, "sr-Latn", False),
    # tags that name no one language: nothing looks unlike them
    (ES, "und", None), (ZH, "und", None), (EN, "mul", None), (RU, "zxx", None), (JA, "mis", None),
])
def test_looks_like(text: str, code: str, verdict: bool | None) -> None:
    assert looks_like(side_evidence([text]), code) is verdict


def test_short_texts_say_nothing() -> None:
    ev = side_evidence(["Hola, ¿qué tal?"])
    assert ev.script is None and not ev.rates
    assert looks_like(ev, "en") is None and guess_language(ev) is None


# Written for this test: short sides, under MIN_LETTERS letters.
SHORT_JA = "東京の新しい図書館。2024年3月、東京都は新しい図書館を開館しました。料金は1回です。"
SHORT_RU = "Старик утром пошёл на рынок и купил хлеб для дочери."
SHORT_KANJI = "東京都新図書館開館記念式典実施報告書第一部概要説明資料集成"  # a Japanese heading


@pytest.mark.parametrize(("text", "code", "verdict"), [
    (SHORT_JA, "es", False), (SHORT_JA, "ja", True), (SHORT_RU, "en", False),
    (SHORT_RU, "ru", True),
    # Chinese characters alone may be Japanese: a short side of them says nothing
    (SHORT_KANJI, "ja", None), (SHORT_KANJI, "zh", None),
    (SHORT_KANJI + "Tokyo", "es", None),
])
def test_a_short_side_in_another_script_says_so(text: str, code: str,
                                                verdict: bool | None) -> None:
    assert looks_like(side_evidence([text]), code) is verdict


@pytest.mark.parametrize(("code", "script"), [
    ("es", "Latn"), ("zh", "Hani"), ("zh-Hant", "Hani"), ("ja", "Jpan"), ("sr", "Cyrl"),
    ("sr-Latn-RS", "Latn"), ("ar", "Arab"), ("tlh", "Latn"),
])
def test_expected_script(code: str, script: str) -> None:
    assert expected_script(code) == script


def test_lookalikes_are_known_languages_without_a_list() -> None:
    known = language_names()
    for code, similar in lookalikes().items():
        assert code in known and similar <= set(known)
        assert code not in languages(), "a language with a list is told apart by its list"
        assert similar <= set(languages()), "only a list can be mistaken for another language"


# A short report (about 90 words, not repeated): too short for the full rules.
SHORT_EN = ("Our team installed the new pumps in the north of the valley during the spring. "
            "The work took longer than planned because the roads were closed after the "
            "rains, and two of the trucks had to wait for a week. By the end of May, the "
            "villages had water again, and the health centre reported fewer cases of "
            "diarrhoea than in the same month of the year before. We thank the district "
            "council and the families who gave their time to help us carry the pipes up "
            "the hill.")


def test_a_short_side_says_only_what_it_says_plainly() -> None:
    ev = side_evidence([SHORT_EN])
    assert 60 <= ev.words < 200
    assert looks_like(ev, "es") is False and looks_like(ev, "de") is False
    assert looks_like(ev, "en") is None  # short: nothing said for it either
    # too short: nothing at all
    assert looks_like(side_evidence([SHORT_EN[:200]]), "es") is None


def test_script_languages_name_the_codes_to_choose_from() -> None:
    from aligner.lang.detect import script_languages

    assert script_languages("Deva") == ("hi", "mr", "ne", "sa")
    assert "iw" not in script_languages("Hebr") and "he" in script_languages("Hebr")
    assert script_languages("Latn") == ()  # the script of every language not listed


# One sentence: the language it plainly is when not the one declared (sentences written
# for these tests, each judged against the language on its right).
@pytest.mark.parametrize(("sentence", "declared", "expected"), [
    # a German sentence left in an English translation
    ("Ob die Geschichte wahr ist, zeigt aber, wie sehr das Gehen zum Denken gehört.",
     "en", "de"),
    ("Il faut que nous partions avant la nuit, car le chemin est long.", "en", "fr"),
    ("Nobody knows for certain whether the story is true or not.", "de", "en"),
    ("La tienda cierra a las ocho de la tarde y no abre los domingos.", "en", "es"),
    ("If the upload fails, the tool tries again three times before it stops.", "ja", "en"),
    ("그 공책에는 서점을 찾은 손님들의 이름이 적혀 있었다.", "en", "ko"),
    ("アップロードに失敗した場合は、もう一度お試しください。", "en", "ja"),
    ("Старик пошёл утром на рынок и купил хлеба для больной дочери.", "en", "Cyrl"),
    ("Старик пошёл утром на рынок и купил хлеба для больной дочери.", "ru", None),
    # its own language, whatever names it has
    ("Nobody knows for certain whether the story is true.", "en", None),
    ("The firm Müller und Söhne was founded in Hamburg by the two brothers.", "en", None),
    ("アップロードに失敗した場合は、もう一度お試しください。", "ja", None),
    ("Die Firma wurde 1850 in Hamburg gegründet.", "de", None),
    # too short to say: a heading, a name, a title, a number
    ("Das ist gut.", "en", None),
    ("Die Leiden des jungen Werthers", "en", None),
    ("Johann Wolfgang von Goethe", "en", None),
    ("ISBN 978-3-00-000000-0", "en", None),
    ("김민지", "en", None),
    # Chinese characters alone: Japanese and Korean write them too
    ("东京大学图书馆的开放时间是上午九点到下午五点", "ja", None),
    # close languages are not told apart by one sentence
    ("La tienda cierra a las ocho de la tarde y no abre los domingos.", "pt", None),
    ("A loja fecha às oito da noite e não abre aos domingos de manhã.", "es", None),
    ("Butikken lukker klokken otte om aftenen og har lukket om søndagen.", "sv", None),
    # a tag of no one language
    ("Ob die Geschichte wahr ist, zeigt aber, wie sehr das Gehen zum Denken gehört.",
     "und", None),
])
def test_sentence_language(sentence: str, declared: str, expected: str | None) -> None:
    from aligner.lang.detect import sentence_language

    assert sentence_language(sentence, declared) == expected


def test_close_languages_are_known_codes_in_groups() -> None:
    from aligner.lang.detect import close_languages

    known = language_names()
    groups = close_languages()
    assert {"pt", "ca", "it"} <= groups["es"] and "sk" in groups["cs"]
    for code, others in groups.items():
        assert code in known and code not in others
        assert all(code in groups[other] for other in others), "a group is symmetric"
