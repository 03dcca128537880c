"""negation-mismatch and negation-dropped in legal text, which states its prohibitions
and rules in the future (check/negations.py, lang/*/negations.txt)."""

from __future__ import annotations

import pytest
from check_helpers import findings

from aligner.check.negations import Kind, negation_cues


# Written for this test, after the Spanish legal walk (s42, finding 3): a contract's,
# a power of attorney's and a statute's prohibitions and rules in the future, turned
# round in the translation; the phrase reported and the code.
@pytest.mark.parametrize(("src_lang", "tgt_lang", "source", "target", "code", "said"), [
    ("es", "en", "5.2 EL PRESTADOR no podrá subcontratar los Servicios sin el consentimiento "
                 "de EL CLIENTE.",
     "5.2 THE PROVIDER may subcontract the Services without the consent of THE CLIENT.",
     "negation-mismatch", "no podrá"),
    ("es", "en", "La apoderada no podrá sustituir el presente poder a favor de terceros.",
     "The attorney-in-fact may delegate this power to third parties.",
     "negation-mismatch", "no podrá"),
    ("es", "en", "Los Socios no deberán revelar la Información Confidencial.",
     "The Partners shall disclose the Confidential Information.",
     "negation-mismatch", "no deberán"),
    ("es", "en", "4.5 EL CLIENTE no estará obligado a pagar gastos de viaje no autorizados.",
     "4.5 THE CLIENT shall be required to pay unauthorized travel expenses.",
     "negation-dropped", "no estará obligado"),
    ("es", "en", "Esta cláusula no se aplicará a los daños indirectos.",
     "This clause shall apply to indirect damage.", "negation-dropped", "no se aplicará"),
    ("pt", "en", "O Locatário não poderá sublocar o imóvel.",
     "The Tenant may sublet the property.", "negation-mismatch", "não poderá"),
    ("it", "en", "Il Fornitore non potrà cedere il contratto a terzi.",
     "The Supplier may assign the contract to third parties.", "negation-mismatch",
     "non potrà"),
    ("fr", "en", "Le Prestataire ne pourra pas céder le contrat.",
     "The Contractor may assign the contract.", "negation-mismatch", "ne pourra pas"),
    ("it", "en", "Il Venditore non sarà tenuto a rimborsare le spese.",
     "The Seller shall be required to refund the costs.", "negation-dropped",
     "non sarà tenuto"),
    # shall not forbids: a mismatch; with a negation left on the other side, a rule lost
    ("en", "es", "The Supplier shall not be liable for indirect damage.",
     "El Proveedor será responsable de los daños indirectos.", "negation-mismatch",
     "shall not"),
    ("en", "es", "The Supplier shall not be liable for damage not caused by it.",
     "El Proveedor será responsable de los daños no causados por él.", "negation-dropped",
     "shall not be liable"),
    ("en", "es", "The Tenant may not sublet the premises.",
     "El Arrendatario podrá subarrendar el local.", "negation-mismatch", "may not"),
])
def test_a_prohibition_or_rule_in_the_future_turned_round_is_reported(
        src_lang: str, tgt_lang: str, source: str, target: str, code: str,
        said: str) -> None:
    got = [f for f in findings([(source, target)], src_lang=src_lang, tgt_lang=tgt_lang)
           if f.code.startswith("negation")]
    assert [f.code for f in got] == [code]
    span = got[0].src_span if got[0].src_span is not None else got[0].tgt_span
    text = source if got[0].src_span is not None else target
    assert span is not None and text[span[0]:span[1]] == said


# The same prohibitions kept, in other words, or made a restriction by sino, hasta,
# until (said with "only" in a correct translation).
@pytest.mark.parametrize(("src_lang", "tgt_lang", "source", "target"), [
    ("es", "en", "EL PRESTADOR no podrá subcontratar los Servicios.",
     "THE PROVIDER shall not subcontract the Services."),
    ("es", "en", "EL PRESTADOR no podrá subcontratar los Servicios.",
     "THE PROVIDER may not subcontract the Services."),
    ("es", "en", "EL CLIENTE no podrá rescindir el contrato hasta transcurridos seis meses.",
     "THE CLIENT may terminate the contract only after six months."),
    ("es", "en", "La causa no podrá ser otra sino la fuerza mayor.",
     "The cause can only be force majeure."),
    ("en", "es", "The Tenant may not terminate the lease until the first year has passed.",
     "El Arrendatario podrá resolver el contrato una vez transcurrido el primer año."),
    ("pt", "en", "O Locatário não poderá sublocar o imóvel.",
     "The Tenant shall not sublet the property."),
    ("fr", "en", "Le Prestataire ne pourra pas céder le contrat.",
     "The Contractor may not assign the contract."),
])
def test_kept_or_restricted_prohibitions_are_not_reported(
        src_lang: str, tgt_lang: str, source: str, target: str) -> None:
    got = findings([(source, target)], src_lang=src_lang, tgt_lang=tgt_lang)
    assert [f.code for f in got if f.code.startswith("negation")] == []


@pytest.mark.parametrize(("text", "lang", "cues"), [
    ("no podrá subcontratar. Hasta luego", "es", [(Kind.PROHIBITION, "no podrá")]),
    ("no podrá subcontratarlos, hasta donde sé", "es", [(Kind.PROHIBITION, "no podrá")]),
    ("no podrán vms. besarle las espuelas hasta mañana", "es", [(Kind.NEGATOR, "no podrán")]),
    ("no podrá cederlo. Él lo hará hasta mañana", "es", [(Kind.PROHIBITION, "no podrá")]),
    ("no podrá cederlo a ñ. hasta mañana", "es", [(Kind.NEGATOR, "no podrá")]),
])
def test_a_restriction_is_read_in_the_prohibitions_clause(
        text: str, lang: str, cues: list[tuple[Kind, str]]) -> None:
    assert [(c.kind, text[c.start:c.end]) for c in negation_cues(text, lang)] == cues
