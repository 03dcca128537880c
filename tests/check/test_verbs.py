"""Verb forms: a glossary verb, given as its infinitive, is found in the forms a text
conjugates it in (verbs.txt), and a noun term is never found in a verb's forms.

Ground truth written by hand for this test: UI and legal sentences, with nouns and
adjectives that look like forms of a verb of the glossary.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.check.check_helpers import findings

from aligner.check.lemma_tables import table_lemmas
from aligner.check.lemmas import Forms
from aligner.check.terms import TermMatcher
from aligner.check.verbs import conjugations, parse_verbs
from aligner.model import Glossary, GlossaryEntry, TermStatus

GLOSSARIES = {
    "fr": ["enregistrer", "supprimer", "télécharger", "se connecter", "ouvrir", "fermer",
           "choisir", "cliquer", "traiter", "mettre à jour", "saisir", "envoyer", "créer",
           "faire", "remplir", "lire", "importer", "restaurer", "composer", "partir"],
    "it": ["salvare", "eliminare", "scaricare", "accedere", "aprire", "registrarsi",
           "trattare", "cercare", "inviare", "creare", "inserire", "ricevere", "rispondere",
           "generare", "contare", "terminare", "portare"],
    # Spanish: verbs a style guide forbids that the lemma table lacks, and one it has
    "es": ["aperturar", "empoderar", "estatizar", "agendar", "chequear", "nacionalizar"],
    "pt": ["salvar", "excluir", "baixar", "fazer login", "abrir", "escolher", "clicar",
           "tratar", "atualizar", "conectar-se", "logar", "preencher", "receber", "sair",
           "titular", "celular", "contar", "registrar"],
}


def found(lang: str, text: str) -> list[str]:
    matcher = TermMatcher([(t, False) for t in GLOSSARIES[lang]], lang=lang)
    return [text[h.start:h.end] for h in matcher.find(text)]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # French: imperative, participles in gender and number, present, future, gerund
    ("fr", "Enregistrez le document avant de fermer.", ["Enregistrez", "fermer"]),
    ("fr", "Vos modifications ont été enregistrées.", ["enregistrées"]),
    ("fr", "Les fichiers supprimés ont été restaurés.", ["supprimés", "restaurés"]),
    ("fr", "L'élément a été supprimé ; la liste est supprimée.", ["supprimé", "supprimée"]),
    ("fr", "Téléchargez la version ; elle sera téléchargée.", ["Téléchargez", "téléchargée"]),
    ("fr", "Nous traitons vos données ; elles sont traitées.", ["traitons", "traitées"]),
    ("fr", "Le système envoie un code et crée un compte.", ["envoie", "crée"]),
    ("fr", "Le système enregistrera et enverra le fichier.", ["enregistrera", "enverra"]),
    ("fr", "Choisissez une option, puis cliquez sur Ouvrir.",
     ["Choisissez", "cliquez", "Ouvrir"]),
    ("fr", "Saisissez votre mot de passe et remplissez le formulaire.",
     ["Saisissez", "remplissez"]),
    ("fr", "En cliquant ici, vous l'ouvrez.", ["cliquant", "ouvrez"]),
    # a reflexive verb term is its verb alone; an elided pronoun is none
    ("fr", "Connectez-vous pour continuer.", ["Connectez"]),
    ("fr", "Vous devez vous connecter ; en vous connectant...", ["connecter", "connectant"]),
    ("fr", "Pour s'enregistrer, il faut un compte.", ["enregistrer"]),
    # irregular verbs common in UI text
    ("fr", "Faites une copie, puis lisez-la.", ["Faites", "lisez"]),
    ("fr", "Mettez à jour l'application ; elle a été mise à jour.",
     ["Mettez à jour", "mise à jour"]),
    # a noun in -es, -ant or -ons is no verb form
    ("fr", "Important : le montant du composant au restaurant.", []),
    ("fr", "Les saisons et les dates.", []),
    # a noun that is also a form of the verb: partie (a part) is partir's participle
    ("fr", "Cette partie du contrat.", ["partie"]),
    # Italian: tu imperative, participles, present, future, gerund, clitics
    ("it", "Salva modifiche", ["Salva"]),
    ("it", "Le modifiche sono state salvate.", ["salvate"]),
    ("it", "L'elemento è stato eliminato.", ["eliminato"]),
    ("it", "Accedi per continuare.", ["Accedi"]),
    ("it", "Scarica il file e aprilo.", ["Scarica"]),
    ("it", "Per eliminarlo, fai clic qui.", ["eliminarlo"]),
    ("it", "Il sistema invia una notifica, crea un account e risponde.",
     ["invia", "crea", "risponde"]),
    ("it", "Trattiamo i dati; i dati trattati; l'utente riceverà un'email.",
     ["Trattiamo", "trattati", "riceverà"]),
    ("it", "Inserisci la password, cercando nelle impostazioni.", ["Inserisci", "cercando"]),
    # a reflexive verb term written with its pronoun glued is its verb
    ("it", "Registrati per un nuovo account.", ["Registrati"]),
    # Italian nouns: no -i of -are, no imperative with a clitic
    ("it", "Le impostazioni generali, i termini, i conti.", []),
    # homographs: porta (a door) is also portare's
    ("it", "Apri la porta.", ["Apri", "porta"]),
    # Portuguese: você imperative, short and long participles, future, past
    ("pt", "Salve o arquivo; as alterações foram salvas.", ["Salve", "salvas"]),
    ("pt", "O item foi excluído. Exclua os outros.", ["excluído", "Exclua"]),
    ("pt", "Baixe o arquivo e clique em Abrir.", ["Baixe", "clique", "Abrir"]),
    ("pt", "Para baixá-lo, preencha o formulário.", ["baixá", "preencha"]),
    ("pt", "O aplicativo foi atualizado e atualizará os dados.", ["atualizado", "atualizará"]),
    ("pt", "Os dados são tratados; o sistema tratou os pedidos.", ["tratados", "tratou"]),
    ("pt", "Você receberá um e-mail e escolheu uma opção.", ["receberá", "escolheu"]),
    ("pt", "Faça login para continuar.", ["Faça login"]),
    ("pt", "Conecte-se à rede.", ["Conecte-se"]),
    # conectar-se is also conectar alone, never se alone (s38: every "se" was it)
    ("pt", "Você precisa se conectar. Ele se lembra.", ["conectar"]),
    ("pt", "Saia da sua sessão.", ["Saia"]),
    # a stem written with a stress accent the term does not write: título is no
    # titular, célula no celular; the first person in -o is left out (registro)
    ("pt", "O título, a célula, o registro.", []),
    ("pt", "A casa e a conta.", ["conta"]),  # conta is contar's too
])
def test_verb_terms_are_found_in_their_forms(lang: str, text: str,
                                              expected: list[str]) -> None:
    assert found(lang, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Spanish verbs the lemma table lacks: every person and tense, participles in gender
    # and number, gerund, pronouns glued to an infinitive or gerund (with its accent)
    ("Aperturaron la cuenta; aperturamos otra.", ["Aperturaron", "aperturamos"]),
    ("Decidieron aperturarla, aperturárselas, aperturándola.",
     ["aperturarla", "aperturárselas", "aperturándola"]),
    ("La ley empoderó a las mujeres empoderadas; empoderaríamos.",
     ["empoderó", "empoderadas", "empoderaríamos"]),
    ("Lo estatizaron, fue estatizado, que lo estatice, lo estaticé, estatizarán.",
     ["estatizaron", "estatizado", "estatice", "estaticé", "estatizarán"]),
    ("Agendó la cita; agendábamos; agenden; agendaseis.",
     ["Agendó", "agendábamos", "agenden", "agendaseis"]),
    ("Chequearon y chequeé los datos; chequeándolos.", ["Chequearon", "chequeé",
                                                         "chequeándolos"]),
    # the first person in -o, and an imperative with its pronouns, whose stem writes
    # the accent they bring (tú, usted, ustedes, nosotros, vosotros)
    ("Yo aperturo la cuenta; estatizo, empodero y agendo.",
     ["aperturo", "estatizo", "empodero", "agendo"]),
    ("Empodérate; estatízalas, estatícelo, apertúrenlas, agendémosla, estatizadlas.",
     ["Empodérate", "estatízalas", "estatícelo", "apertúrenlas", "agendémosla",
      "estatizadlas"]),
    # nouns, and the first person in -o after an e, the noun of an -ear verb (el
    # chequeo), are no forms read
    ("La apertura de cuentas y las aperturas.", []),
    ("El empoderamiento, la estatización, la agenda, las agendas, el chequeo.", []),
])
def test_spanish_verbs_the_lemma_table_lacks_are_found_in_their_forms(
        text: str, expected: list[str]) -> None:
    assert found("es", text) == expected


@pytest.mark.parametrize(("term", "text", "expected"), [
    # stem-changing verbs the lemma table lacks: e -> ie, o -> ue where the stem is
    # stressed, e -> i in -ir verbs before an ending that keeps no i stressed
    ("reinvertir", "Reinvierte los beneficios; reinvirtió, reinvertimos, reinviertan.",
     ["Reinvierte", "reinvirtió", "reinvertimos", "reinviertan"]),
    ("desinvertir", "Que desinvirtamos; desinvirtiendo.", ["desinvirtamos",
                                                            "desinvirtiendo"]),
    ("retransferir", "Retransfiere el saldo; lo retransfirieron.",
     ["Retransfiere", "retransfirieron"]),
    ("recomprobar", "Recomprueba los datos; que lo recomprueben; recomprobó.",
     ["Recomprueba", "recomprueben", "recomprobó"]),
    ("redescontar", "El banco redescuenta letras.", ["redescuenta"]),
    # an imperative with its pronouns writes its accent on the changed stem
    ("reinvertir", "Reinviértelos; recompruébalo.", ["Reinviértelos"]),
    ("recomprobar", "Recompruébalo; recomprueba.", ["Recompruébalo", "recomprueba"]),
    # the change goes with its endings: no ie before a stressed ending, no i before
    # one that writes its own
    ("reinvertir", "reinviertimos, reinvirtimos, reinvierteron", []),
    # only the stem's last vowel changes; a noun of the verb is another word
    ("reinvertir", "La reinversión de los beneficios.", []),
])
def test_spanish_stem_changing_verbs_the_table_lacks_are_found(
        term: str, text: str, expected: list[str]) -> None:
    assert term not in table_lemmas("es")  # the table lacks it: verbs.txt reads it
    matcher = TermMatcher([(term, False)], lang="es")
    assert [text[h.start:h.end] for h in matcher.find(text)] == expected


def test_a_search_for_a_stem_changing_verb_looks_for_its_changed_forms() -> None:
    forms = Forms("es").conjugated("reinvertir")
    assert {"reinvierte", "reinviertan", "reinvirtio", "reinvirtiendo",
            "reinviertelos"} <= set(forms)
    assert "reinviertimos" not in forms


def test_spanish_verbs_of_the_lemma_table_keep_its_forms() -> None:
    # nacionalizar is the table's: verbs.txt reads no form of it (the table does), and
    # a search for it is the table's as before
    forms = Forms("es")
    assert forms.verb_forms("nacionalizaron") == []
    assert forms.conjugated("nacionalizar") == ()
    assert "estatizaron" in forms.conjugated("estatizar")
    assert found("es", "Nacionalizaron el petróleo; nacionalizándolas.") == [
        "Nacionalizaron", "nacionalizándolas"]
    # a word the table knows is read by a participle's ending only: estatizado (an
    # adjective of the table) is estatizar's, apertura (a noun of it) no aperturar's
    assert forms.verb_forms("estatizado") == [("estatizar", "estatiz")]
    assert forms.verb_forms("apertura") == []


def test_spanish_forbidden_verb_in_a_sentence_with_the_approved_one() -> None:
    # the chapter's two misses: a forbidden verb with a pronoun, and its participle in a
    # sentence whose other verb renders the term as approved
    glossary = Glossary("en", "es", (GlossaryEntry("nationalise", "nacionalizar"),
                                     GlossaryEntry("nationalise", "estatizar",
                                                   TermStatus.FORBIDDEN)))
    got = findings([("He could nationalise them.", "Podía estatizarlas."),
                    ("The oil was nationalised and the mines nationalised.",
                     "El petróleo fue estatizado y las minas, nacionalizadas.")],
                   glossary=glossary, src_lang="en", tgt_lang="es")
    assert [(f.code, f.found) for f in got] == [("term-forbidden", "estatizarlas"),
                                                ("term-forbidden", "estatizado")]


@pytest.mark.parametrize(("term", "text", "expected"), [
    # irregular participles in gender and number, of the lemma table's verbs (which
    # maps escritos to the noun escrito, rota to rotar) and of compounds it lacks
    ("escribir", "Los escritos, las cartas escritas.", ["escritos", "escritas"]),
    ("romper", "El vaso roto y las tazas rotas.", ["roto", "rotas"]),
    ("poner", "Las cartas puestas sobre la mesa.", ["puestas"]),
    ("volver", "Las cajas devueltas y vueltas a enviar.", ["vueltas"]),
    ("sobrescribir", "Los datos sobrescritos; sobrescribe.", ["sobrescritos", "sobrescribe"]),
    ("reimprimir", "Las hojas reimpresas.", ["reimpresas"]),
    # their shapes in other words are other verbs' (derrota, revuelta, respuesta)
    ("romper", "La derrota de la flota.", []),
    ("volver", "La revuelta popular.", []),
    ("responder", "La respuesta llegó.", []),
    # an imperative of one syllable with its pronouns (the table knows it alone)
    ("dar", "Dáselo y dame el libro.", ["Dáselo", "dame"]),
    ("decir", "Dímelo; dinos la verdad.", ["Dímelo", "dinos"]),
    ("decir", "Gracias a Dios.", []),
    ("hacer", "Hazlo ya.", ["Hazlo"]),
    ("poner", "Ponlas aquí.", ["Ponlas"]),
    ("venir", "Venlo a ver.", ["Venlo"]),
    # the first person in -o after an e is the noun (el logueo), no form of the verb
    ("loguear", "El logueo falló; loguéate.", ["loguéate"]),
    ("expropiar", "Expropiándoselas; expropió.", ["Expropiándoselas", "expropió"]),
    ("nacionalizar", "Nacionalizarla.", ["Nacionalizarla"]),
    # vete is the imperative of ir with its pronoun, and the present subjunctive of
    # vetar alike (que el consejo vete la ley): a vetar term is found in it
    ("vetar", "Que el consejo vete la ley; vetó otra.", ["vete", "vetó"]),
])
def test_spanish_irregular_forms_are_found(term: str, text: str, expected: list[str]
                                          ) -> None:
    matcher = TermMatcher([(term, False)], lang="es")
    assert [text[h.start:h.end] for h in matcher.find(text)] == expected


@given(st.lists(st.sampled_from(["b", "d", "m", "p", "t", "v", "pr", "str"]), min_size=2,
                max_size=3),
       st.lists(st.sampled_from(["a", "e", "i", "o", "u", "ue", "ia"]), min_size=2,
                max_size=3),
       st.sampled_from(["r", "l", "n", "z", "c", "g", "qu", "d", "t", "s"]),
       st.sampled_from(["ar", "er", "ir"]))
def test_every_generated_spanish_form_is_read_back_as_its_verb(
        onsets: list[str], vowels: list[str], coda: str, ending: str) -> None:
    # a made-up regular verb (bredorar, stuepiazer): each form verbs.txt makes of it,
    # with the accent an imperative's pronoun brings, is read as a form of it again
    verb = "".join(o + v for o, v in zip(onsets, vowels, strict=False)) + coda + ending
    es = conjugations("es")
    forms = es.conjugated(verb)
    assert forms
    for form in forms:
        assert verb in [v for v, _ in es.infinitives(form, function_words=True)], form


@pytest.mark.parametrize(("lang", "term", "text"), [
    # a noun term is never found in a verb's forms: only a text word is read as one
    ("pt", "casa", "Eles casaram."), ("it", "porta", "Lo porto."),
    ("fr", "partie", "Il est parti."), ("pt", "conta", "Ele contou."),
    ("fr", "enregistrement", "Enregistrez."),
])
def test_a_noun_term_is_not_found_in_a_verbs_forms(lang: str, term: str, text: str) -> None:
    assert TermMatcher([(term, False)], lang=lang).find(text) == []


def test_a_function_word_renders_a_verb_but_is_no_forbidden_one() -> None:
    # pt entre (between) is also the imperative of entrar: it renders an approved entrar,
    # but is never a forbidden entrar nor the source term entrar
    approved = Glossary("en", "pt", (GlossaryEntry("sign in", "entrar"),))
    assert findings([("Sign in to continue.", "Entre para continuar.")], glossary=approved,
                    src_lang="en", tgt_lang="pt", code="term-missing") == []
    forbidden = Glossary("en", "pt", (GlossaryEntry("sign in", "fazer login"),
                                      GlossaryEntry("sign in", "entrar", TermStatus.FORBIDDEN)))
    assert findings([("Between us.", "Entre nós.")], glossary=forbidden, src_lang="en",
                    tgt_lang="pt", code="term-forbidden") == []
    got = findings([("Sign in.", "Entrou no sistema.")], glossary=forbidden, src_lang="en",
                   tgt_lang="pt", code="term-forbidden")
    assert [f.found for f in got] == ["Entrou"]


@pytest.mark.parametrize(("tgt_lang", "rendering", "forbidden", "target"), [
    ("pt", "fazer login", "logar", "Logue com sua senha."),
    ("fr", "supprimer", "effacer", "Le fichier a été effacé."),
    ("it", "accedere", "loggare", "Logga con la password."),
])
def test_a_forbidden_verb_is_found_in_its_forms(tgt_lang: str, rendering: str,
                                                forbidden: str, target: str) -> None:
    glossary = Glossary("en", tgt_lang, (GlossaryEntry("term", rendering),
                                         GlossaryEntry("term", forbidden,
                                                       TermStatus.FORBIDDEN)))
    got = findings([("The term.", target)], glossary=glossary, src_lang="en",
                   tgt_lang=tgt_lang, code="term-forbidden")
    assert len(got) == 1 and got[0].found in target


def test_verbs_data_is_read_and_refused_when_wrong() -> None:
    verbs = parse_verbs("[endings]\nez\ter\nmis\tmettre\t0\n[forms]\nfaites\tfaire\n"
                        "[not forms]\nimportant\n[reflexive]\nse\narsi\tare\n", name="x")
    assert verbs.endings == (("mis", "mettre", 0), ("ez", "er", 3))  # longest first
    assert [v for v, _ in verbs.infinitives("enregistrez")] == ["enregistrer"]
    assert [v for v, _ in verbs.infinitives("permis")] == ["permettre"]
    assert verbs.infinitives("faites")[0] == ("faire", "")
    assert verbs.term_infinitives("registrarsi") == ["registrare"]
    with pytest.raises(ValueError, match=r"x:2: not an entry of \[endings\]: 'ez'"):
        parse_verbs("[endings]\nez\n", name="x")
    with pytest.raises(ValueError, match=r"x:1: unknown section \[verbs\]"):
        parse_verbs("[verbs]\n", name="x")


def test_spanish_verbs_data_sections() -> None:
    verbs = parse_verbs("[endings]\no\tar\na\tar\n[not after]\no\te\n"
                        "[accented hosts]\na\tar\n[clitics]\nlo\n"
                        "[irregular participles]\nscrito\tscribir\t0\n", name="x")
    assert verbs.infinitives("aperturo") == [("aperturar", "apertur")]
    assert verbs.infinitives("chequeo") == []  # o after e: the noun of chequear
    assert ("chequear", "cheque") in verbs.infinitives("chequea")
    # the imperative's stem writes the accent, its infinitive does not; unwritten: none
    assert ("estatizar", "estatiz") in verbs.infinitives("estatízalo")
    assert ("estatizar", "estatiz") not in verbs.infinitives("estatizalo")
    assert "estatízalo" in verbs.conjugated("estatizar")
    assert "exprópialo" in verbs.conjugated("expropiar")  # the i is a glide
    # a participle's -a, -os, -as follow its -o
    assert verbs.irregular_participles("reescritas") == [("reescribir", "ree")]
    assert "escritos" in verbs.conjugated("escribir")
    with pytest.raises(ValueError, match=r"x:2: not an entry of \[not after\]: 'o'"):
        parse_verbs("[not after]\no\n", name="x")


def test_spanish_stem_changes_data() -> None:
    verbs = parse_verbs("[endings]\ne\tir\nimos\tir\n"
                        "[stem changes]\nie\te\tir\to e en\n", name="x")
    assert ("invertir", "inviert") in verbs.infinitives("invierte")
    assert verbs.infinitives("inviertimos") == [("inviertir", "inviert")]  # as written
    assert "invierte" in verbs.conjugated("invertir")
    assert "inviertimos" not in verbs.conjugated("invertir")
    # the stem's last vowel only, and not the end of another vowel
    assert "invierte" not in verbs.conjugated("invertar")
    assert set(verbs.conjugated("buedir")) == {"buede", "buedimos"}
    with pytest.raises(ValueError, match=r"x:2: not an entry of \[stem changes\]"):
        parse_verbs("[stem changes]\nie\te\tir\n", name="x")


def test_spanish_table_verbs_take_irregular_participles_and_short_imperatives() -> None:
    forms = Forms("es")
    # the table makes escritos the noun escrito's: its irregular participle is read too
    assert ("escribir", "e") in forms.verb_forms("escritos")
    assert forms.verb_forms("escritores") == []
    # a verb form of one syllable before its pronouns is one verbs.txt lists
    assert "dar" in forms.text_forms("dáselo")
    assert "decir" in forms.text_forms("dímelo")
    assert not any(v.endswith(("ar", "er", "ir")) for v in forms.text_forms("mela"))


def test_a_stem_keeps_three_letters_and_function_words_are_read_on_request() -> None:
    pt = conjugations("pt")
    assert pt.infinitives("dado") == []  # d-ado: no verb dar is reached so
    assert pt.infinitives("entre") == []
    assert ("entrar", "entr") in pt.infinitives("entre", function_words=True)


@pytest.mark.parametrize(("text", "expected"), [
    # s38 walk1 item 3: a Spanish glossary writes a pronominal verb with -se
    ("Loguéate con tu correo.", ["Loguéate"]),
    ("Debes loguearte para continuar.", ["loguearte"]),
    ("Se loguea para continuar.", ["loguea"]),
    ("Loguearse para continuar.", ["Loguearse"]),
    ("Se logueaban y se loguearon.", ["logueaban", "loguearon"]),
    ("El logueo falló.", []),  # the noun is no form of the verb
])
def test_a_spanish_pronominal_verb_term_is_its_verb(text: str, expected: list[str]) -> None:
    matcher = TermMatcher([("loguearse", False)], lang="es")
    assert [text[h.start:h.end] for h in matcher.find(text)] == expected


def test_the_glued_reflexive_of_a_spanish_term_is_its_infinitive() -> None:
    verbs = conjugations("es")
    assert verbs.term_infinitives("loguearse") == ["loguear"]
    assert verbs.term_infinitives("conectarse") == ["conectar"]
    assert verbs.term_infinitives("divertirse") == ["divertir"]
    assert verbs.term_infinitives("clase") == []  # no -arse, -erse, -irse
