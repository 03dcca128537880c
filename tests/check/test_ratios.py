"""ratio-order: a ratio's numbers the other way round (check/ratios.py)."""

from __future__ import annotations

import pytest
from check_helpers import findings

from aligner.model import Severity


# Written for this test, after the pharma walk (a randomisation ratio and a dilution
# turned round were silent).
@pytest.mark.parametrize(("src_lang", "tgt_lang", "source", "target", "said"), [
    ("en", "pt", "Participants are randomized 2:1 to Febrinol or placebo.",
     "Os participantes são randomizados 1:2 para Febrinol ou placebo.", ("2:1", "1:2")),
    ("en", "pt", "Mix in a 1:10 dilution.", "Misture em diluição 10:1.", ("1:10", "10:1")),
    ("en", "de", "Use a mixing ratio of 1 : 4.", "Mischungsverhältnis 4 : 1 verwenden.",
     ("1 : 4", "4 : 1")),
    ("es", "en", "Los pacientes se aleatorizaron en proporción 3:1.",
     "Patients were randomised 1:3.", ("3:1", "1:3")),
    # the same way round, or the same numbers
    ("en", "pt", "Participants are randomized 2:1 to Febrinol or placebo.",
     "Os participantes são randomizados 2:1 para Febrinol ou placebo.", None),
    ("en", "pt", "Mix in a 1:1 ratio.", "Misture na proporção 1:1.", None),
    # no ratio word: a time, a score, a verse
    ("en", "pt", "The meeting starts at 10:30.", "A reunião começa às 30:10.", None),
    ("en", "es", "Brazil won 2:1.", "Brasil ganó 1:2.", None),
    ("en", "es", "Read John 3:16.", "Lea Juan 16:3.", None),
])
def test_a_ratio_the_other_way_round_is_found(src_lang: str, tgt_lang: str, source: str,
                                              target: str, said: tuple[str, str] | None
                                              ) -> None:
    got = findings([(source, target)], code="ratio-order", src_lang=src_lang,
                   tgt_lang=tgt_lang)
    if said is None:
        assert got == []
        return
    [f] = got
    assert (source[slice(*f.src_span)], target[slice(*f.tgt_span)]) == said
    assert f.message == (f"ratios differ: the source's {said[0]!r} is {said[1]!r} in the "
                         f"target, the other way round")
    assert f.severity is Severity.WARNING
