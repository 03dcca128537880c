"""wrong-language: a sentence of the target plainly in another language."""

from __future__ import annotations

import pytest
from check_helpers import findings

from aligner.check import Unit, run_checks
from aligner.model import Severity

DE_TWO = ("Ob die Geschichte wahr ist, weiß niemand genau. Sie zeigt aber, wie sehr das "
          "Gehen zum Denken gehört.")
LEFT = "Ob die Geschichte wahr ist, zeigt aber, wie sehr das Gehen zum Denken gehört."


def test_a_source_sentence_joined_to_a_translated_one_is_found() -> None:
    target = f"Nobody knows for certain whether the story is true. {LEFT}"
    [f] = findings([(DE_TWO, target)], code="wrong-language", src_lang="de")
    assert f.severity is Severity.ERROR
    assert f.tgt_span is not None and target[slice(*f.tgt_span)] == LEFT
    assert f.found == LEFT
    assert "looks like German, not English" in f.message


@pytest.mark.parametrize(("src_lang", "tgt_lang", "source", "target", "named"), [
    # a source sentence slightly edited, in a 1-1 unit: no copy, so no untranslated
    ("fr", "en", "Il faut que nous partions avant la nuit, car le chemin est long.",
     "Il faut que nous partions avant la nuit, le chemin est long.", "French"),
    ("es", "en", "La tienda cierra a las ocho de la tarde y no abre los domingos.",
     "La tienda cierra a las ocho de la tarde, y no abre el domingo.", "Spanish"),
    # the second sentence left in Korean beside a translated first one
    ("ko", "en", "민지는 쪽지를 두 번 읽었다. 그 공책에는 서점을 찾은 손님들의 이름이 적혀 있었다.",
     "Min-ji read the note twice. 그 공책에는 서점을 찾은 손님들의 이름이 적혀 있었다.", "Korean"),
    ("en", "ja", "Choose a plan. If the upload fails, the tool tries again three times.",
     "プランを選択します。If the upload fails, the tool tries again three times.", "English"),
    # translated into a third language
    ("de", "en", "Der Turm steht seit zweihundert Jahren auf der Insel.",
     "Le phare se dresse sur l'île depuis deux cents ans, et il y est toujours.", "French"),
])
def test_a_sentence_in_another_language_is_found(src_lang: str, tgt_lang: str, source: str,
                                                 target: str, named: str) -> None:
    [f] = findings([(source, target)], code="wrong-language", src_lang=src_lang,
                   tgt_lang=tgt_lang)
    assert f"looks like {named}" in f.message


@pytest.mark.parametrize(("src_lang", "tgt_lang", "source", "target"), [
    # a translation
    ("de", "en", DE_TWO, "Nobody knows for certain whether the story is true. But it "
                         "shows how much walking belongs to thinking."),
    # a copy is untranslated's, not reported twice
    ("de", "en", LEFT, LEFT),
    # short: a heading, a title, a name
    ("de", "en", "Über das Gehen", "Über das Gehen"),
    ("de", "en", "Sie las Die Leiden des jungen Werthers.",
     "She read Die Leiden des jungen Werthers."),
    # a quotation the translation keeps, all in quotation marks
    ("de", "en", f"Er schrieb: „{LEFT}“", f"He wrote: “{LEFT}”"),
    ("de", "en", DE_TWO, f"Nobody knows for certain whether the story is true. “{LEFT}”"),
    # a quotation of a third language the source makes too
    ("de", "en", "Er sagte: Il faut que nous partions avant la nuit, car le chemin est long.",
     "He said so. Il faut que nous partions avant la nuit, car le chemin est long."),
    # close languages: one sentence does not tell them apart
    ("es", "pt", "La tienda cierra a las ocho. No abre los domingos por la mañana.",
     "A loja fecha às oito. No abre los domingos por la mañana, ni por la tarde."),
    # a target language without function words to weigh its sentences by
    ("de", "hu", DE_TWO, f"Senki sem tudja biztosan, igaz-e a történet. {LEFT}"),
])
def test_no_finding(src_lang: str, tgt_lang: str, source: str, target: str) -> None:
    assert findings([(source, target)], code="wrong-language", src_lang=src_lang,
                    tgt_lang=tgt_lang) == []


def test_a_script_of_many_languages_is_named_as_a_script() -> None:
    source = "Старик пошёл утром на рынок и купил хлеба для больной дочери."
    target = f"The old man went to the market. {source}"
    [f] = findings([(source, target)], code="wrong-language", src_lang="ru")
    assert "is in Cyrillic letters, not English" in f.message


def test_italics_and_code_of_the_target_are_kept_on_purpose() -> None:
    motto = "Il faut que nous partions avant la nuit, car le chemin est long."
    source = f"Der Turm steht seit zweihundert Jahren auf der Insel. {motto}"
    target = f"The tower has stood on the island for two hundred years. {motto}"
    plain = Unit(source.replace(motto, "Ein Motto."), target)
    italic = Unit(source.replace(motto, "Ein Motto."), target, tgt_italic=(motto,))
    code = Unit(source.replace(motto, "Ein Motto."), target, tgt_code=(motto,))
    result = run_checks([plain, italic, code], glossary=None, src_lang="de", tgt_lang="en")
    assert [f.unit for f in result.findings if f.code == "wrong-language"] == [0]
