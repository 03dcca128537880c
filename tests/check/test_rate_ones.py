"""The one of a rate, written on one side and left unsaid on the other (check/rate_ones.py):
the one rule that replaced three (a 1 before a counter, before a word and あたり, before a
unit with a per word)."""

from __future__ import annotations

import pytest
from check_helpers import findings

from aligner.check.rate_ones import free_unsaid


# Written for this test.
@pytest.mark.parametrize(("src_lang", "tgt_lang", "source", "target"), [
    # a 1 before a counter (1 回, 每1次, 1 번) answers per, a, each
    ("ja", "en", "1 回のリクエストで 500 MB", "500 MB per request"),
    ("zh", "en", "每1次请求最多上传 500 MB。", "At most 500 MB are uploaded per request."),
    ("ja", "en", "1 日 2 回", "twice a day"),  # a day is 1 日; twice says the 2
    ("ja", "en", "1 日 1 回", "once a day"),
    # a 1 before a word and あたり
    ("ja", "en", "1ユーザーあたり5GBです。", "5 GB per user."),
    ("en", "ja", "5 GB per user.", "1ユーザーあたり5GBです。"),
    # a 1 before a unit symbol, with a per word after the unit or before the number
    ("ja", "en", "1 m²あたり2,000 kgです。", "It is 2,000 kg per m²."),
    ("ja", "en", "1㎡あたり10 kg、10㎡あたり90 kg", "10 kg per m², 90 kg per 10 m²"),
    ("de", "en", "Es kostet 5 EUR je 1 kg.", "It costs 5 EUR per kg."),
    ("es", "en", "Cuesta 5 EUR por 1 kg.", "It costs 5 EUR per kg."),
    ("zh", "en", "每1 kg 5元", "5 yuan per kg"),
    # the other side's one_unsaid words (new for German, Spanish, French, Portuguese)
    ("en", "de", "It costs 5 EUR per 1 kg.", "Es kostet 5 EUR pro kg."),
    ("en", "es", "It costs 5 EUR per 1 kg.", "Cuesta 5 EUR por kg."),
    ("en", "fr", "It costs 5 EUR per 1 kg.", "Cela coûte 5 EUR par kg."),
    ("en", "pt", "It costs 5 EUR per 1 kg.", "Custa 5 EUR por kg."),
    ("ja", "es", "1ユーザーあたり5GBです。", "5 GB por usuario."),
])
def test_the_one_of_a_rate_may_go_unsaid(src_lang: str, tgt_lang: str, source: str,
                                         target: str) -> None:
    assert findings([(source, target)], code="number-mismatch", src_lang=src_lang,
                    tgt_lang=tgt_lang) == []


# Written for this test: what the three rules wrongly let pass, and what none should.
@pytest.mark.parametrize(("src_lang", "tgt_lang", "source", "target", "missing"), [
    # no word on the other side that says one (the 1 before あたり was always unsaid)
    ("ja", "en", "1ユーザーあたり5GBです。", "5 GB for all users.", ("1",)),
    # per 10 m², per 10 users: the other side writes its own number
    ("ja", "en", "1 m²あたり2,000 kgです。", "It is 2,000 kg per 10 m².", ("1",)),
    ("ja", "en", "1ユーザーあたり5GBです。", "5 GB per 10 users.", ("1",)),
    ("ja", "en", "1 回のリクエストで 500 MB", "500 MB per 10 requests", ("1",)),
    ("de", "en", "Es kostet 5 EUR je 1 kg.", "It costs 5 EUR per 10 kg.", ("1",)),
    ("zh", "en", "每1 kg 5元", "5 yuan per 10 kg", ("1",)),
    # one word that says one answers one 1, not two (the counter rule let both go)
    ("ja", "en", "1 日に 1 回実行します。", "It runs every day.", ("1",)),
    ("ja", "en", "1ユーザーあたり5GB、1 回", "5 GB per user", ("1",)),
    # another number in words the source does not write: no a is a rate's
    ("ja", "en", "1 日に 1 回実行します。", "It runs twice a day.", ("1", "1")),
    ("ja", "en", "1 回サービスを再起動します。", "Restart a service twice.", ("1",)),
    # a per after the unit in a language with spaces is the next noun's (1 kg per day)
    ("en", "es", "Give 1 kg per day.", "Administre kg por día.", ("1",)),
    ("de", "en", "Geben Sie 1 kg pro Tag.", "Give kg per day.", ("1",)),
    # a 1 with no rate on its own side
    ("ja", "en", "1 m²の床に2,000 kgです。", "It is 2,000 kg per m².", ("1",)),
])
def test_a_one_the_other_side_does_not_leave_unsaid_is_reported(
        src_lang: str, tgt_lang: str, source: str, target: str,
        missing: tuple[str, ...]) -> None:
    [f] = findings([(source, target)], code="number-mismatch", src_lang=src_lang,
                   tgt_lang=tgt_lang)
    assert f.expected == missing


@pytest.mark.parametrize(("text", "lang", "free"), [
    ("500 MB per request", "en", 1),
    ("2,000 kg per 10 m²", "en", 0),
    ("5 GB per ten users", "en", 0),
    ("once a day, each file", "en", 2),
    ("5 GB for all users", "en", 0),
    ("Cuesta 5 EUR por kg", "es", 1),
    ("5 GB pro Benutzer", "de", 1),
    ("5 GB", "ja", 0),  # no one_unsaid list
])
def test_free_unsaid_words(text: str, lang: str, free: int) -> None:
    assert free_unsaid(text, lang) == free
