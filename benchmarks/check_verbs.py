"""Which words of running text a glossary of UI verbs finds by their conjugated forms.

A glossary verb is given as its infinitive and found in the forms the language's
``verbs.txt`` makes of it (docs/checks.md, "Verb forms").  Some nouns are also forms of
a verb (French ``partie``, Italian ``legge``), and this lists every word a glossary of
common UI and legal verbs finds in a text that is neither: news and encyclopaedia text
of the Universal Dependencies treebanks (French GSD, Italian ISDT, Portuguese Bosque,
Spanish GSD), as the segmentation benchmark keeps them.  Spanish reads its
``verbs.txt`` for the verbs its lemma table lacks only: its glossary is of verbs a
style guide forbids that the table lacks (``aperturar``, ``empoderar``).  Each distinct
word is printed with its count and one context, for a reader to tell verb forms from
nouns; the infinitive written as such is left out (it needs no conjugation).

    .venv/bin/python benchmarks/check_verbs.py [--ud ../shared/bench/seg] [es fr it pt]

``--es-without-table`` measures what Spanish ``verbs.txt`` would do for verbs the
lemma table lacks on verbs that do occur in the treebank: 40 common regular verbs are
taken out of the table (with every form it maps to them), and each word the matcher
then finds is judged by the whole table (a form of the verb, or another word, printed
for reading); the forms of those verbs the text has, function words aside, are counted
found or missed.  ``--es-stem-changing`` does so with 36 common verbs whose stem changes
(``encontrar``, ``pensar``, ``pedir``, ``sentir``): what ``[stem changes]`` reaches.
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from pathlib import Path

from aligner.check import lemmas
from aligner.check.lemma_tables import lemma_table, table_lemmas
from aligner.check.terms import TermMatcher, tokenize
from aligner.lang import STOPWORDS_DATA, get_profile

#: Verbs a software or data-protection glossary lists, written for this benchmark.
VERBS = {
    "fr": "enregistrer supprimer télécharger connecter déconnecter ouvrir fermer modifier "
          "afficher sélectionner saisir choisir envoyer annuler valider partager copier "
          "coller imprimer rechercher ajouter créer mettre importer exporter installer "
          "activer désactiver accepter refuser confirmer cliquer entrer sortir définir "
          "remplir recevoir répondre lire faire voir payer gérer trier filtrer restaurer "
          "charger terminer quitter démarrer vérifier changer utiliser accéder autoriser "
          "bloquer signaler traiter conserver transférer communiquer collecter informer "
          "notifier résilier",
    "it": "salvare eliminare scaricare accedere aprire chiudere modificare visualizzare "
          "selezionare inserire inviare annullare confermare condividere copiare incollare "
          "stampare cercare aggiungere creare importare esportare installare attivare "
          "disattivare accettare rifiutare cliccare uscire definire compilare ricevere "
          "rispondere leggere gestire ordinare filtrare ripristinare caricare terminare "
          "avviare verificare cambiare usare autorizzare bloccare segnalare trattare "
          "conservare trasferire comunicare informare notificare registrare",
    "es": "aperturar empoderar estatizar agendar chequear testear loguear customizar "
          "rankear clickear linkear postear googlear tuitear hackear bloguear chatear "
          "resetear setear accesar visibilizar concretizar monitorear empatizar "
          "eficientar culpabilizar",
    "pt": "salvar excluir baixar entrar sair abrir fechar editar exibir selecionar inserir "
          "escolher enviar cancelar confirmar compartilhar copiar colar imprimir pesquisar "
          "buscar adicionar criar importar exportar instalar ativar desativar aceitar "
          "recusar clicar definir preencher receber responder ler fazer gerenciar ordenar "
          "filtrar restaurar carregar encerrar iniciar verificar alterar usar acessar "
          "autorizar bloquear tratar armazenar transferir comunicar coletar informar "
          "notificar logar registrar",
}
#: Common regular Spanish verbs of news text, taken out of the table for --es-without-table.
ES_COMMON = ("considerar presentar formar llamar quedar utilizar realizar desarrollar "
             "trabajar participar ganar terminar crear nombrar lanzar publicar dedicar "
             "ubicar dirigir vivir recibir escribir decidir permitir existir describir "
             "cubrir subir aprender comprender responder correr depender vender meter "
             "suceder temer romper llevar dejar")
#: Common Spanish verbs whose stem changes, for --es-stem-changing.
ES_STEM_CHANGING = ("encontrar contar mostrar volver mover resolver pensar comenzar "
                    "empezar cerrar perder entender defender sentir preferir convertir "
                    "seguir pedir servir repetir elegir medir jugar dormir morir probar "
                    "recordar costar demostrar recomendar requerir advertir sugerir "
                    "impedir conseguir competir")
TREEBANKS = {"es": "ud_es_gsd.jsonl", "fr": "ud_fr_gsd.jsonl", "it": "ud_it_isdt.jsonl",
             "pt": "ud_pt_bosque.jsonl"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("langs", nargs="*", default=sorted(VERBS))
    parser.add_argument("--ud", type=Path, default=Path("../shared/bench/seg"))
    parser.add_argument("--es-without-table", action="store_true")
    parser.add_argument("--es-stem-changing", action="store_true")
    args = parser.parse_args()
    if args.es_without_table or args.es_stem_changing:
        without_table(args.ud / TREEBANKS["es"],
                      ES_STEM_CHANGING if args.es_stem_changing else ES_COMMON)
        return
    for lang in args.langs:
        verbs = VERBS[lang].split()
        matcher = TermMatcher([(v, False) for v in verbs], lang=lang)
        seen: dict[tuple[str, str], list[str]] = defaultdict(list)
        words = 0
        with (args.ud / TREEBANKS[lang]).open(encoding="utf-8") as fh:
            for line in fh:
                text = json.loads(line)["text"]
                words += len(text.split())
                for hit in matcher.find(text):
                    word, verb = text[hit.start:hit.end], verbs[hit.terms[0]]
                    if word.lower() != verb:
                        seen[(word.lower(), verb)].append(
                            text[max(0, hit.start - 40):hit.end + 25].replace("\n", " "))
        hits = sum(len(contexts) for contexts in seen.values())
        print(f"{lang}: {words} words, {len(verbs)} verbs: {hits} words found by a "
              f"conjugated form ({len(seen)} distinct)")
        for (word, verb), contexts in sorted(seen.items(), key=lambda kv: -len(kv[1])):
            print(f"  {word} > {verb} x{len(contexts)} | {contexts[0]}")


def without_table(path: Path, taken: str) -> None:
    """Spanish verbs.txt on the verbs ``taken`` (space-separated), which the lemma table
    is made to lack (module docstring)."""
    common = taken.split()
    table, verbs = lemma_table("es"), set(common)
    reduced = {form: lemma for form, lemma in table.items() if lemma not in verbs}
    lemmas.lemma_table = lambda lang: reduced if lang == "es" else lemma_table(lang)
    lemmas.table_lemmas = lambda lang: (table_lemmas(lang) - verbs if lang == "es"
                                        else table_lemmas(lang))
    matcher = TermMatcher([(v, False) for v in common], lang="es")
    stop = {w.lower() for w in get_profile("es").word_list(STOPWORDS_DATA)}
    other: dict[tuple[str, str], list[str]] = defaultdict(list)
    found = missed = 0
    missed_words: dict[str, int] = defaultdict(int)
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            text = json.loads(line)["text"]
            hits = {(h.start, h.end): common[h.terms[0]] for h in matcher.find(text)}
            for (start, end), verb in hits.items():
                word = text[start:end].lower()
                if word != verb and table.get(word) != verb:
                    other[(word, verb)].append(text[max(0, start - 40):end + 25])
            for t in tokenize(text):
                word = t.text.lower()
                if table.get(word) in verbs and word not in verbs and word not in stop:
                    if (t.start, t.end) in hits:
                        found += 1
                    else:
                        missed += 1
                        missed_words[word] += 1
    print(f"es without {len(verbs)} verbs in the table: {found + missed} forms of them in "
          f"the text, {found} found, {missed} missed; {sum(map(len, other.values()))} other "
          f"words found as one of them ({len(other)} distinct)")
    print("  missed:", ", ".join(f"{w} x{n}" for w, n in
                                 sorted(missed_words.items(), key=lambda kv: -kv[1])))
    for (word, verb), contexts in sorted(other.items(), key=lambda kv: -len(kv[1])):
        print(f"  {word} > {verb} x{len(contexts)} | {contexts[0]}")


if __name__ == "__main__":
    main()
