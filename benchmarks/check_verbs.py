"""Which words of running text a glossary of UI verbs finds by their conjugated forms.

A glossary verb is given as its infinitive and found in the forms the language's
``verbs.txt`` makes of it (docs/checks.md, "Verb forms").  Some nouns are also forms of
a verb (French ``partie``, Italian ``legge``), and this lists every word a glossary of
common UI and legal verbs finds in a text that is neither: news and encyclopaedia text
of the Universal Dependencies treebanks (French GSD, Italian ISDT, Portuguese Bosque), as
the segmentation benchmark keeps them.  Each distinct word is printed with its count and
one context, for a reader to tell verb forms from nouns; the infinitive written as such
is left out (it needs no conjugation).

    .venv/bin/python benchmarks/check_verbs.py [--ud ../shared/bench/seg] [fr it pt]
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from pathlib import Path

from aligner.check.terms import TermMatcher

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
    "pt": "salvar excluir baixar entrar sair abrir fechar editar exibir selecionar inserir "
          "escolher enviar cancelar confirmar compartilhar copiar colar imprimir pesquisar "
          "buscar adicionar criar importar exportar instalar ativar desativar aceitar "
          "recusar clicar definir preencher receber responder ler fazer gerenciar ordenar "
          "filtrar restaurar carregar encerrar iniciar verificar alterar usar acessar "
          "autorizar bloquear tratar armazenar transferir comunicar coletar informar "
          "notificar logar registrar",
}
TREEBANKS = {"fr": "ud_fr_gsd.jsonl", "it": "ud_it_isdt.jsonl", "pt": "ud_pt_bosque.jsonl"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("langs", nargs="*", default=sorted(VERBS))
    parser.add_argument("--ud", type=Path, default=Path("../shared/bench/seg"))
    args = parser.parse_args()
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


if __name__ == "__main__":
    main()
