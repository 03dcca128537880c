"""``aligner search``: the concordance of a collection."""

from __future__ import annotations

import sys

import click


@click.command("search")
@click.argument("db", type=click.Path(dir_okay=False))
@click.argument("query")
@click.option("--side", type=click.Choice(["src", "tgt", "both"]), default="both",
              show_default=True, help="Look for QUERY in the source, the target or both.")
@click.option("--limit", type=click.IntRange(min=1), default=20, show_default=True,
              help="Show at most this many units.")
@click.option("--match", "match", type=click.Choice(["word", "words", "prefix", "substring"]),
              default="word", show_default=True,
              help="word: the query's words in their forms, one after the other; words: "
                   "every word of the query in its forms, in any order, in one side of a "
                   "unit; prefix: its characters at "
                   "the start of a word; substring: its characters anywhere (case aside, "
                   "and accents where none are typed: a stem in a language without form "
                   "data, a part of a compound).")
@click.option("--src-lang", metavar="LANG",
              help="Search the documents of this source language only (a bare language "
                   "takes any region); default: every language pair of the collection.")
@click.option("--tgt-lang", metavar="LANG",
              help="Search the documents of this target language only.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
              show_default=True)
def search_cmd(db: str, query: str, side: str, limit: int, match: str, src_lang: str | None,
               tgt_lang: str | None, fmt: str) -> None:
    """Show every aligned unit of the collection DB whose source or target holds QUERY,
    with the other side beside it: how a term was translated before.

    Word forms match as in the glossary checks: "cordón industrial" finds
    "cordones industriales"; a query in capitals (JAP) matches case-sensitively
    (when that finds nothing and lower case would, the count line says so).
    --match words finds a unit holding every word of the query, in any order
    and with anything between ("Haftung ausgeschlossen" finds "Die Haftung des
    Auftragnehmers ... ist ausgeschlossen"); each word in its forms as a
    one-word query finds it.
    --match prefix or substring looks for the characters typed instead, case
    aside, where a word starts or anywhere: a stem in a language without word
    forms, a part of a compound ("bibliothek" finds "Stadtbibliothek").  A letter
    typed without an accent finds it with any or none ("nacion" finds "nación"),
    one typed with accents only with those ("nación" does not find "nacion");
    the vowel signs of Indic and Thai scripts and Arabic harakat count as typed.
    A query ending with * ("arrend*") is a prefix search, as in a CAT tool's
    concordance; * elsewhere is refused (there are no other wildcards).
    The match is highlighted on a terminal.  --format json prints
    {"hits": [{"document", "unit", "src_lang", "tgt_lang", "source", "target",
    "score"}, ...]}.  A hit in subtitles (SRT, WebVTT) names the cue of its
    source and its start time ("cue 21, 00:02:25,360"; in JSON "cue": {"number",
    "index", "start", "end", "timecode"}).

    A collection of several language pairs is searched in all of them, each side
    in its document's language: "cordones" is found in the source of an es -> en
    document and in the target of an en -> es one, and each hit names its pair.
    --src-lang and --tgt-lang search the documents of one pair (or one side's
    language).

    \b
    Examples:
      aligner search corpus.db "cordón industrial"
      aligner search corpus.db "Popular Unity" --side tgt --limit 5 --format json
      aligner search corpus.db "nacional" --match substring
      aligner search contracts.db "Haftung leichte Fahrlässigkeit" --match words
      aligner search team.db "cordones" --src-lang es --tgt-lang en
    """
    from aligner.cli.paths import language_options
    from aligner.cli.terminal import warn
    from aligner.collection.language_pairs import group_pairs
    from aligner.collection.search import (
        SearchMatch,
        SearchSide,
        highlight,
        hits_json,
        search,
        searched_pairs,
    )
    from aligner.collection.store import open_collection
    from aligner.glossary import is_acronym

    language_options(src_lang, tgt_lang)
    query, match = _wildcard(query, match)
    with open_collection(db) as collection:
        for note in collection.notes(searching=True):
            warn(note)
        hits = list(search(collection, query, side=SearchSide(side), limit=limit,
                           match=SearchMatch(match), src_lang=src_lang, tgt_lang=tgt_lang))
        # a word copied from a heading in capitals is no acronym: say why it found nothing
        lowered = (query.lower() if not hits and fmt == "text" and match == "word"
                   and is_acronym(query)
                   and any(search(collection, query.lower(), side=SearchSide(side), limit=1,
                                  match=SearchMatch(match), src_lang=src_lang,
                                  tgt_lang=tgt_lang)) else None)
        # each hit's pair, when the documents searched are of several
        several = len(group_pairs(searched_pairs(collection, src_lang, tgt_lang))) > 1
    if fmt == "json":
        click.echo(hits_json(hits), nl=False, color=True)  # as written
        return
    tty = sys.stdout.isatty()
    mark = ("\x1b[1;33m", "\x1b[0m") if tty else ("", "")
    for h in hits:
        pair = f"{h.src_lang}->{h.tgt_lang}  " if several else ""
        cue = "" if h.cue is None else f"cue {h.cue.name}, {h.cue.timecode}  "
        click.echo(f"{h.document}  {pair}unit {h.unit}  {cue}({h.score:.2f})")
        click.echo(f"  src: {highlight(h.source, h.src_spans, mark)}")
        click.echo(f"  tgt: {highlight(h.target, h.tgt_spans, mark)}")
    click.echo(f"{len(hits)} unit{'s' if len(hits) != 1 else ''}"
               + (f" (--limit {limit} reached)" if len(hits) == limit else "")
               + ("" if lowered is None else
                  f": a query in capitals matches capitals only (as an acronym); search "
                  f"{_quoted(lowered)} for the word in any case"), err=True)


def _quoted(query: str) -> str:
    """``query`` as it is typed at a shell prompt: quoted when it has a space."""
    return f'"{query}"' if any(c.isspace() for c in query) else query


def _wildcard(query: str, match: str) -> tuple[str, str]:
    """A trailing ``*`` (``arrend*``) is a prefix search: the query without it, with
    ``--match prefix`` unless substring was asked; a ``*`` elsewhere is refused."""
    stem = query.rstrip("*")
    if "*" in stem or (stem != query and not stem.strip()):
        raise click.UsageError(f"{query!r}: * works only at the end of the query, for words "
                               "that start with what comes before it (arrend*); --match "
                               "substring finds characters anywhere")
    if stem == query:
        return query, match
    return stem, "substring" if match == "substring" else "prefix"
