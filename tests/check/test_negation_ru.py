"""negation-mismatch and negation-dropped for Russian and Ukrainian, and the line that
names a language without negation words (check/negations.py, lang/ru, lang/uk)."""

from __future__ import annotations

import pytest
from check_helpers import findings

from aligner.check import CheckOptions, Unit, run_checks
from aligner.check.negations import Kind, negation_cues
from aligner.check.output import to_text


# Written for this test, after the Russian news walk (s42, finding 1) and appliance
# manuals: the negation lost or added, the phrase reported and the code.
@pytest.mark.parametrize(("src_lang", "tgt_lang", "source", "target", "code", "said"), [
    ("ru", "en", "Правительство не планирует повышать налог на добавленную стоимость.",
     "The government plans to raise value added tax.", "negation-dropped", "не планирует"),
    ("ru", "en", "Песков уточнил, что подписание новых соглашений не планируется.",
     "Peskov said the signing of new agreements is planned.", "negation-dropped",
     "не планируется"),
    ("ru", "en", "Адвокат заявил, что его подзащитный не признаёт вину.",
     "The lawyer said his client admits guilt.", "negation-dropped", "не признаёт вину"),
    ("ru", "en", "Не открывайте дверцу во время работы.",
     "Open the door during operation.", "negation-mismatch", "Не"),
    ("ru", "en", "Курить в помещении запрещено.", "Smoking is allowed indoors.",
     "negation-mismatch", "запрещено"),
    ("en", "ru", "Do not use abrasive cleaners.", "Используйте абразивные средства.",
     "negation-mismatch", "Do not"),
    # nevertheless negates nothing: the prohibition is lost
    ("en", "ru", "Do not open the door.", "Тем не менее, откройте дверь.",
     "negation-mismatch", "Do not"),
    ("ru", "en", "Гарантия не распространяется на батареи.", "The warranty covers batteries.",
     "negation-dropped", "не распространяется"),
    ("uk", "en", "Не відчиняйте дверцята під час роботи.", "Open the door during operation.",
     "negation-mismatch", "Не"),
    ("uk", "en", "Уряд не планує підвищувати податки.", "The government plans to raise taxes.",
     "negation-dropped", "не планує"),
    ("en", "uk", "You must not open the cover.", "Ви можете відкрити кришку.",
     "negation-mismatch", "must not"),
])
def test_a_russian_or_ukrainian_negation_lost_is_reported(
        src_lang: str, tgt_lang: str, source: str, target: str, code: str,
        said: str) -> None:
    got = [f for f in findings([(source, target)], src_lang=src_lang, tgt_lang=tgt_lang)
           if f.code.startswith("negation")]
    assert [f.code for f in got] == [code]
    span = got[0].src_span if got[0].src_span is not None else got[0].tgt_span
    text = source if got[0].src_span is not None else target
    assert span is not None and text[span[0]:span[1]] == said


@pytest.mark.parametrize(("src_lang", "tgt_lang", "source", "target"), [
    ("ru", "en", "Правительство не планирует повышать налоги.",
     "The government has no plans to raise taxes."),
    ("ru", "en", "Не открывайте дверцу во время работы.",
     "Never open the door during operation."),
    # a statement opening with не: no instruction, and no rule
    ("ru", "en", "Не знаю, что он сказал.", "I know what he said."),
    ("ru", "en", "Не было никаких сомнений.", "There were doubts."),
    # not only: no negation
    ("ru", "en", "Он не только читал, но и писал.", "He read and wrote."),
    # speech
    ("ru", "en", "«Мы не будем увеличивать заимствования», — подчеркнул министр.",
     "\"We will increase borrowing,\" the minister stressed."),
])
def test_russian_look_alikes_are_not_reported(src_lang: str, tgt_lang: str, source: str,
                                              target: str) -> None:
    got = findings([(source, target)], src_lang=src_lang, tgt_lang=tgt_lang)
    assert [f.code for f in got if f.code.startswith("negation")] == []


@pytest.mark.parametrize(("text", "lang", "cues"), [
    ("Не открывайте дверь.", "ru", [(Kind.INITIAL, "Не")]),
    ("Не курить!", "ru", [(Kind.INITIAL, "Не")]),
    ("Не знаю.", "ru", [(Kind.NEGATOR, "Не")]),
    ("Он чуть не упал.", "ru", []),
    ("Что бы ни случилось, он придёт.", "ru", []),
    ("Он не раз говорил об этом.", "ru", []),
    ("Никто ничего не видел.", "ru",
     [(Kind.NEGATOR, "Никто"), (Kind.NEGATOR, "ничего"), (Kind.NEGATOR, "не")]),
    ("Не палити.", "uk", [(Kind.INITIAL, "Не")]),
    ("Не знаю.", "uk", [(Kind.NEGATOR, "Не")]),
    ("Що б не сталося, він прийде.", "uk", []),
])
def test_russian_and_ukrainian_cues_are_read(text: str, lang: str,
                                             cues: list[tuple[Kind, str]]) -> None:
    assert [(c.kind, text[c.start:c.end]) for c in negation_cues(text, lang)] == cues


def test_the_summary_names_a_language_without_negation_words() -> None:
    # walk_ru finding 1: no negation was checked for Russian and nothing said so
    units = [Unit("Öppna inte luckan.", "Open the door.")]
    result = run_checks(units, glossary=None, src_lang="sv", tgt_lang="en")
    assert ("No negation words for sv: negation-mismatch and negation-dropped did not run."
            in to_text(result, units=1).splitlines())
    half = run_checks(units, glossary=None, src_lang="sv", tgt_lang="en",
                      options=CheckOptions(disabled=frozenset({"negation-dropped"})))
    assert ("No negation words for sv: negation-mismatch did not run."
            in to_text(half, units=1).splitlines())
    off = run_checks(units, glossary=None, src_lang="sv", tgt_lang="en", options=CheckOptions(
        disabled=frozenset({"negation-mismatch", "negation-dropped"})))
    assert "No negation words" not in to_text(off, units=1)
    russian = run_checks([Unit("Не открывайте дверь.", "Open the door.")], glossary=None,
                         src_lang="ru", tgt_lang="en")
    assert "No negation words" not in to_text(russian, units=1)


# Written for this test: an ability denied (смочь, мочь, уметь; удаться) and lost, against
# English can, will be able, managed to; and its renderings that keep the negation.
@pytest.mark.parametrize(("lang", "source", "target", "said"), [
    ("ru", "Они не смогут приехать завтра.", "They would be able to come tomorrow.",
     "не смогут"),
    ("ru", "Поставщик не сможет выполнить заказ в срок.",
     "The supplier will be able to fulfil the order on time.", "не сможет"),
    ("ru", "Покупатель не может вернуть товар.", "The buyer can return the goods.",
     "не может"),
    ("ru", "Банки не могут повысить ставки.", "Banks can raise rates.", "не могут"),
    ("ru", "Ему не удалось открыть файл.", "He managed to open the file.", "не удалось"),
    ("uk", "Покупець не може повернути товар.", "The buyer can return the goods.",
     "не може"),
    ("uk", "Постачальник не зможе виконати замовлення.",
     "The supplier will be able to fulfil the order.", "не зможе"),
    ("uk", "Йому не вдалося відкрити файл.", "He managed to open the file.", "не вдалося"),
])
def test_an_ability_denied_and_lost_is_reported(lang: str, source: str, target: str,
                                                said: str) -> None:
    got = [f for f in findings([(source, target)], src_lang=lang, tgt_lang="en")
           if f.code.startswith("negation")]
    assert [f.code for f in got] == ["negation-dropped"]
    span = got[0].src_span
    assert span is not None and source[span[0]:span[1]] == said


@pytest.mark.parametrize(("lang", "source", "target"), [
    ("ru", "Они не смогут приехать завтра.", "They will not be able to come tomorrow."),
    ("ru", "Они не смогут приехать завтра.", "They will be unable to come tomorrow."),
    ("ru", "Покупатель не может вернуть товар.", "The buyer cannot return the goods."),
    ("ru", "Ему не удалось открыть файл.", "He failed to open the file."),
    ("ru", "Никто не может этого знать.", "Nobody can know that."),
    # could not but: an affirmation
    ("ru", "Он не мог не заметить этого.", "He noticed it."),
    ("uk", "Йому не вдалося відкрити файл.", "He could not open the file."),
    ("uk", "Він не міг не помітити цього.", "He noticed it."),
])
def test_an_ability_denied_and_kept_is_not_reported(lang: str, source: str,
                                                    target: str) -> None:
    got = findings([(source, target)], src_lang=lang, tgt_lang="en")
    assert [f.code for f in got if f.code.startswith("negation")] == []
