"""negation-mismatch with a [negative] word both sides share, and negation-dropped: a rule
stated negated on one side only (check/negation_check.py)."""

from __future__ import annotations

import pytest
from check_helpers import findings

from aligner.check import CheckOptions
from aligner.check.negations import rule_spans
from aligner.model import Severity


# Written for this test, after the German legal walk (a contract's "dies gilt nicht für",
# a judgment's "Die Revision wird nicht zugelassen", an NDA's "shall not ... without"):
# each pair loses the negation of a rule; the phrase reported, and on which side.
@pytest.mark.parametrize(("src_lang", "tgt_lang", "source", "target", "said"), [
    ("de", "en", "(3) Die Gewährleistung ist ausgeschlossen; dies gilt nicht für Mängel, "
                 "die der Verkäufer arglistig verschwiegen hat.",
     "(3) The warranty is excluded. This also applies to defects that the seller "
     "fraudulently concealed.", "gilt nicht"),
    ("de", "en", "Die Berufung wird nicht zugelassen.", "Leave to appeal is granted.",
     "wird nicht zugelassen"),
    # a negation kept in another clause: the rule's is still lost
    ("de", "en", "Die Berufung wird nicht zugelassen, da die Sache keine grundsätzliche "
                 "Bedeutung hat.",
     "Leave to appeal is granted, since the case is of no fundamental importance.",
     "wird nicht zugelassen"),
    ("en", "de", "The warranty does not apply to wear and tear.",
     "Die Gewährleistung gilt für Verschleiß.", "does not apply"),
    ("en", "de", "The Supplier is liable for slight negligence.",
     "Der Lieferant haftet nicht für leichte Fahrlässigkeit.", "haftet nicht"),
    ("fr", "en", "Cette clause ne s'applique pas aux dommages indirects.",
     "This clause applies to indirect damage.", "ne s'applique pas"),
    ("es", "en", "El vendedor no será responsable de los retrasos del transportista.",
     "The seller shall be liable for the carrier's delays.", "no será responsable"),
    ("nl", "en", "Deze bepaling is niet van toepassing op huurders.",
     "This provision applies to tenants.", "is niet van toepassing"),
    # a disclaimer: no warranty, no liability
    ("de", "en", "Es gibt keine Gewähr für die Richtigkeit der Angaben.",
     "There is a guarantee of the accuracy of the information.", "keine Gewähr"),
    ("de", "en", "Der Anbieter übernimmt keine Haftung für Schäden.",
     "The provider assumes liability for damage.", "übernimmt keine"),
    ("en", "de", "The provider accepts no liability for damage.",
     "Der Anbieter haftet für Schäden.", "accepts no liability"),
    ("nl", "en", "Er is geen garantie op onderdelen.", "There is a guarantee on parts.",
     "geen garantie"),
    # a consent form's and a leaflet's statements (s41 walk, item 4)
    ("en", "pt-BR", "You will not be paid for taking part in this study.",
     "Você será pago por participar deste estudo.", "will not be paid"),
    ("en", "pt-BR", "This medicine is not recommended for children under 6.",
     "Este medicamento é recomendado para crianças menores de 6 anos.", "is not recommended"),
    ("en", "pt-BR", "You cannot take part in this study.", "Você pode participar deste estudo.",
     "cannot take part"),
    ("pt-BR", "en", "Você não será pago pela participação.", "You will be paid for taking part.",
     "não será pago"),
    ("pt-BR", "en", "O uso não é recomendado em crianças.", "Use is recommended in children.",
     "não é recomendado"),
    # a negation of the second of two things, in a sentence of its own on the other side
    ("de", "en", "Dies gilt nicht für Verbraucher.", "This does not apply to consumers. "
     "Nor does it apply to businesses.", "does not apply"),
])
def test_a_rule_stated_negated_on_one_side_is_reported(src_lang: str, tgt_lang: str,
                                                       source: str, target: str,
                                                       said: str) -> None:
    got = findings([(source, target)], src_lang=src_lang, tgt_lang=tgt_lang)
    assert [f.code for f in got if f.code.startswith("negation")] == ["negation-dropped"]
    f = next(f for f in got if f.code == "negation-dropped")
    assert f.severity is Severity.INFO
    span = f.src_span if f.src_span is not None else f.tgt_span
    text = source if f.src_span is not None else target
    assert span is not None and text[span[0]:span[1]] == said
    assert ("the source states" in f.message) == (f.src_span is not None)


# Look-alikes: the negation kept, said by a verb that says no, moved into a negative word,
# set aside (nicht nur), spoken, a double negation said positively, or a negation that
# is no rule (a novel's).
@pytest.mark.parametrize(("src_lang", "tgt_lang", "source", "target"), [
    ("de", "en", "Dies gilt nicht für Mängel.", "This does not apply to defects."),
    ("de", "en", "Die Berufung wird nicht zugelassen.", "Leave to appeal is refused."),
    ("de", "en", "Dies gilt nicht für Mängel.", "This applies except to defects."),
    ("de", "en", "Dies gilt nicht für Mängel.", "Defects are excluded from this."),
    ("de", "en", "Dies gilt nicht nur für Mängel, sondern auch für Schäden.",
     "This applies to defects and to damage."),
    ("en", "es", "'It does not apply to me,' she said.", "—Me concierne —dijo ella."),
    ("de", "en", "Dies gilt nicht ohne Zustimmung des Käufers.",
     "This applies only with the buyer's consent."),
    ("en", "es", "He was not there when I came.", "Cuando llegué, se había ido."),
    ("fr", "en", "Cette clause ne s'applique pas aux dommages indirects.",
     "This clause does not cover indirect damage."),
    # nor, ni, noch, and not go on with the negation before them: one negation, as the
    # other side's one negator before two things
    ("de", "en", "Die Regelung gilt nicht für Verbraucher und Unternehmer.",
     "The rule does not apply to consumers, nor to businesses."),
    ("en", "es", "The supplier is not liable for lost profits and not for indirect damage.",
     "El proveedor no será responsable del lucro cesante ni de los daños indirectos."),
    ("nl", "en", "De regeling is niet van toepassing op consumenten, noch op bedrijven.",
     "The rule does not apply to consumers or businesses."),
    ("en", "de", "The Supplier is not liable for delay, nor for loss of profit.",
     "Der Lieferant haftet nicht für Verzug und entgangenen Gewinn."),
    ("de", "en", "Die Haftung besteht weder für Verzug noch für entgangenen Gewinn.",
     "There is no liability for delay or loss of profit."),
    ("de", "en", "Der Anbieter übernimmt keine Gewähr.", "The provider gives no warranty."),
    # a leaflet's statement negated on both sides, one in other words
    ("en", "pt-BR", "This medicine is not recommended for children.",
     "Este medicamento não é recomendado para crianças."),
    ("en", "pt-BR", "You will not be paid.", "Você não receberá pagamento."),
    # a language with no [rules] (Polish): only a prohibition is looked for
    ("pl", "en", "Ten przepis nie ma zastosowania do najemców.",
     "This provision applies to tenants."),
])
def test_look_alikes_are_not_reported(src_lang: str, tgt_lang: str, source: str,
                                      target: str) -> None:
    got = findings([(source, target)], src_lang=src_lang, tgt_lang=tgt_lang)
    assert [f for f in got if f.code.startswith("negation")] == []


# A [negative] word on both sides is no double negation: the prohibition is lost.
@pytest.mark.parametrize(("source", "target", "said"), [
    ("The Licensee shall not assign this licence without written consent.",
     "Der Lizenznehmer darf diese Lizenz ohne schriftliche Zustimmung übertragen.",
     "shall not"),
    ("The Licensee shall not assign this licence without written consent.",
     "Der Lizenznehmer darf diese Lizenz nicht ohne schriftliche Zustimmung übertragen.",
     None),
    # the other side says the double negation positively: no finding
    ("The Licensee shall not assign this licence without written consent.",
     "Der Lizenznehmer darf diese Lizenz nur mit schriftlicher Zustimmung übertragen.",
     None),
    # two negative words against one: the other side may negate with the second
    ("The Licensee shall not assign this licence without consent.",
     "Der Lizenznehmer darf diese Lizenz ohne Zustimmung nicht übertragen.", None),
])
def test_a_shared_negative_word_does_not_keep_a_prohibition(source: str, target: str,
                                                            said: str | None) -> None:
    got = findings([(source, target)], code="negation-mismatch", src_lang="en",
                   tgt_lang="de")
    assert [f.expected for f in got] == ([(said,)] if said else [])


def test_a_prohibition_is_reported_once_as_a_mismatch() -> None:
    got = findings([("The Supplier shall not be liable for delays.",
                     "Der Lieferant haftet für Verzögerungen.")], src_lang="en",
                   tgt_lang="de")
    assert [f.code for f in got if f.code.startswith("negation")] == ["negation-mismatch"]


def test_negation_dropped_can_be_turned_off_alone() -> None:
    pair = [("Dies gilt nicht für Mängel.", "This also applies to defects.")]
    options = CheckOptions(disabled=frozenset({"negation-dropped"}))
    assert findings(pair, src_lang="de", tgt_lang="en", options=options) == []
    assert [f.code for f in findings(pair, src_lang="de", tgt_lang="en")] == [
        "negation-dropped"]


@pytest.mark.parametrize(("text", "lang", "spans"), [
    ("Dies gilt nicht für Mängel.", "de", ["gilt nicht"]),
    ("Dies gilt nicht nur für Mängel.", "de", []),
    ("Die Gewährleistung besteht nicht; sie gilt nicht.", "de",
     ["besteht nicht", "gilt nicht"]),
    ("It DOES NOT APPLY to tenants.", "en", ["DOES NOT APPLY"]),
    ("'It does not apply,' he said.", "en", []),
    ("Questo non si applica.", "it", ["non si applica"]),
    ("Ten przepis nie ma zastosowania.", "pl", []),
])
def test_rule_spans_are_read(text: str, lang: str, spans: list[str]) -> None:
    assert [text[s:e] for s, e in rule_spans(text, lang)] == spans
