"""Where the language of a document a command reads comes from (:mod:`aligner.pipeline`).

For each document, in this order: the option (``--src-lang``, ``--tgt-lang``,
``--lang``); else the language tag in the file's name (``chile.es.txt``:
:func:`aligner.lang.tags.file_language`); else the name of its folder when that is a
language tag (``ca/ple.md``, as ``aligner batch ca es`` reads its folders:
:func:`aligner.lang.tags.folder_language`); else the language the document declares
(``<html lang="fr">``, a DOCX's default run language: :mod:`aligner.readers.declared`);
else what the command falls back on -- the glossary's pair, then es and en, for
``check`` and ``report``; an error asking for the option for ``align`` and ``segment``.

A declaration of the name's language with a region, more specific than the name's tag
(``guia.pt.html`` declaring ``<html lang="pt-PT">``), is taken: it says the same and
more, and a TMX tagged ``pt`` for a pt-PT translation misleads a CAT tool.  It agrees
with the name, so nothing is said (every DOCX LibreOffice writes declares a region in
its styles): ``TakenLanguage.refined`` keeps the name's tag, which ``aligner run`` names
its outputs by (``arrendamiento.es.sentences.txt``, as a collection stores ``es``).

The name comes before the declaration because a name is given by the person who
runs the command, while a declaration is often a template's default (Word's
``en-US``, a web page's ``lang="en"``) that nobody changed for the translation.  So
a declared language is taken only when the text may be in it: one that the text
plainly is not in (:func:`aligner.align.sanity.assumed_language_problem`) is refused,
as a missing tag is, with what the text looks like (:func:`refuse_unlike`); so is a
folder's name the text is plainly not in, since a folder may be named ``hr/``, ``ml/``
or ``my/`` for no language (two files of one name in two language folders, ``ca/a.md``
and ``es/a.md``, are named as a batch's folders are, and trusted as a tag is).  A
declaration that disagrees with a name's tag, a batch folder's name or the
collection's pair is said in a warning naming both (:func:`declared_note`); one that
disagrees with an option given is not: the option was typed, and the text check
(``pair_warnings``) says whether the text is in it.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from aligner.defaults import DEFAULT_SRC_LANG, DEFAULT_TGT_LANG
from aligner.errors import ConfigError
from aligner.lang.declared_tags import DECLARED_KEY, bare, refines
from aligner.model import Alignment, DeclaredLanguage

if TYPE_CHECKING:
    from aligner.model import SegmentedDocument


class DefaultGlossary(str):
    """``./glossary.tsv`` taken because it is there, not because it was named: when it
    is for another language pair, it is not used
    (:func:`aligner.pipeline.steps.load_glossary_file`)."""

    __slots__ = ()


@dataclass(frozen=True, slots=True)
class TakenLanguage:
    """A document's language as a command takes it: ``lang`` (None: neither the
    option, the name nor the document gave one), ``said`` where it came from when no
    option gave it (``the tag in its name (a.es.txt)``, ``the name of its folder (ca/)``,
    ``the language declared in it (<html lang="fr">)``; None: the option), and whether
    it is the document's declared one or its folder's name."""

    lang: str | None
    said: str | None = None
    declared: bool = False
    folder: bool = False
    #: the name's tag and where the document declared the more specific ``lang``
    #: (``pt``, ``<html lang="pt-PT">``), when the declaration refined the tag
    refined: tuple[str, str] | None = None

    @property
    def vetted(self) -> bool:
        """Whether a command refuses the language when the text is plainly not in it: a
        declared one (a template's default) or a lone folder's name (``hr/``)."""
        return self.declared or self.folder


def take_language(given: str | None, path: str | os.PathLike[str], *,
                  input_format: str | None = None, encoding: str = "utf-8",
                  tag: str | None = None) -> TakenLanguage:
    """The language of the document at ``path`` (``-``: standard input, which has
    neither a name nor a declaration read here): ``given``, else its name's tag (``tag``
    when the caller read it from two names together, ``Bericht_DE.txt`` beside
    ``Bericht_EN.txt``: :func:`aligner.lang.tags.file_languages`), else its folder's
    name when it is a language tag (``ca/ple.md``), else the language it declares (the
    file is read for it), else none."""
    from aligner.lang.said import declared_said, folder_said, tag_said
    from aligner.lang.tags import file_language, folder_language

    if given:
        return TakenLanguage(given)
    tagged = tag if tag is not None else file_language(os.fspath(path))
    if tagged is not None:
        found = _declared(path, input_format, encoding) if bare(tagged) else None
        if found is not None and refines(tagged, found.lang):
            return TakenLanguage(found.lang, tag_said(path), refined=(tagged, found.where))
        return TakenLanguage(tagged, tag_said(path))
    if os.fspath(path) == "-":
        return TakenLanguage(None)
    folder = folder_language(os.fspath(path))
    if folder is not None:
        return TakenLanguage(folder, folder_said(path), folder=True)
    found = _declared(path, input_format, encoding)
    if found is None:
        return TakenLanguage(None)
    return TakenLanguage(found.lang, declared_said(found.where), declared=True)


def refined_by_declarations(alignment: Alignment, src_doc: SegmentedDocument,
                            tgt_doc: SegmentedDocument,
                            langs_said: tuple[str | None, str | None]) -> Alignment:
    """``alignment`` (of a batch) with the declared language of each side that a folder's
    name or the collection gave bare (``en/``) and the document declares with a region
    (en-US) in its settings (:data:`DECLARED_KEY`), as a name's bare tag is refined for
    one pair (:func:`take_language`): the checks read that side in it (dates, numbers),
    while the document is stored in the pair it was given."""
    refined = {DECLARED_KEY.format(side): found.lang for side, seg, said in (
        ("src", src_doc, langs_said[0]), ("tgt", tgt_doc, langs_said[1]))
        if said is not None and (found := seg.document.declared) is not None
        and refines(seg.document.lang, found.lang)}
    return replace(alignment, settings={**alignment.settings, **refined}) if refined else alignment


def _declared(path: str | os.PathLike[str], input_format: str | None,
              encoding: str) -> DeclaredLanguage | None:
    from aligner.readers import declared_language

    return declared_language(path, input_format=input_format, encoding=encoding)


def name_tag(taken: TakenLanguage) -> str | None:
    """The tag that names the document's language in output names: the name's own
    (``es`` for ``arrendamiento.es.docx`` declaring ``es-ES``), else the language taken."""
    return taken.refined[0] if taken.refined is not None else taken.lang


def declared_note(side: str, declared: DeclaredLanguage | None, lang: str,
                  said: str | None) -> str | None:
    """A warning when a document declares another language than ``lang``, the one
    ``said`` to come from a name (a tag, a folder's name) or a collection: ``TGT
    declares en (<html lang="en">), not fr, the tag in its name (x.fr.html): read as
    fr`` (``side``: the document's file, as every command names it).  None when it
    declares none or the same language (whatever the region), and
    when ``said`` is None (an option gave ``lang``) or is the declaration itself."""
    from aligner.lang import same_language
    from aligner.lang.said import declared_said

    if (declared is None or said is None or said == declared_said(declared.where)
            or same_language(declared.lang, lang)):
        return None
    return f"{side} declares {declared.lang} ({declared.where}), not {lang}, {said}: read as {lang}"


@dataclass(frozen=True, slots=True)
class Vetted:
    """A side a command vets before aligning: its file, its name in messages (``SRC``),
    the option that sets its language, the language taken, its sentences, and where the
    language came from when it is to be vetted (``the default``, a declaration; None:
    an option or a name's tag, which are trusted and only warned about)."""

    path: str
    side: str
    option: str
    lang: str
    sentences: Sequence[str]
    said: str | None


def refuse_unlike(sides: Sequence[Vetted]) -> None:
    """Refuse the documents whose languages no option or name gave (a default, a
    glossary's pair, a declaration) when a text is plainly not in the language taken:
    the alignment, the checks and the review page would take English for Spanish.  The
    error asks for the options as a name without a tag does (one line)."""
    from aligner.align.sanity import assumed_language_problem
    from aligner.lang.said import untagged_message

    problems = [(v, problem) for v in sides if v.said is not None
                and (problem := assumed_language_problem(
                    v.sentences, v.lang, side=v.side, option=v.option, said=v.said))
                is not None]
    if problems:
        raise ConfigError("; ".join([untagged_message([(v.path, v.option) for v, _ in problems]),
                                     *(problem for _, problem in problems)]))


class GlossaryLanguages:
    """The languages the glossary file of a command says (``check`` and ``report`` fall
    back on them, and a language documents only declare gives way to them), read once
    however often they are asked for: None for a bad file, whose error comes when it is read for the
    checks; one that says none (OmegaT's) is a :class:`ConfigError` that says why its
    languages were asked for (``unsaid``)."""

    def __init__(self, glossary: str | os.PathLike[str] | None, *, encoding: str) -> None:
        self.glossary = glossary
        self.encoding = encoding
        self._read: tuple[tuple[str, str] | None, bool] | None = None  # (pair, OmegaT's)

    def __call__(self, *, unsaid: str) -> tuple[str, str] | None:
        if self._read is None:
            self._read = self._read_pair()
        pair, omegat = self._read
        if omegat:
            assert self.glossary is not None
            raise ConfigError(f"an OmegaT glossary (no header line) does not say its "
                              f"languages, and {unsaid}: pass --src-lang and --tgt-lang",
                              path=os.fspath(self.glossary))
        return pair

    def _read_pair(self) -> tuple[tuple[str, str] | None, bool]:
        from aligner.errors import AlignerError
        from aligner.formats import GlossaryFormat, glossary_format_of, read_glossary

        if self.glossary is None:
            return None, False
        try:
            if glossary_format_of(self.glossary) is GlossaryFormat.OMEGAT:
                return None, True
            found = read_glossary(self.glossary, encoding=self.encoding)
        except ConfigError:
            raise
        except AlignerError:
            return None, False  # a bad glossary: said when it is read for the checks
        return (found.src_lang, found.tgt_lang), False


def _by_default(glossary: str | os.PathLike[str]) -> bool:
    """Whether ``glossary`` is ``./glossary.tsv`` taken because it is there."""
    return isinstance(glossary, DefaultGlossary)


def under_glossary(taken: list[TakenLanguage], glossary: str | os.PathLike[str] | None,
                    glossary_langs: GlossaryLanguages) -> list[TakenLanguage]:
    """``taken``, a language a document only declares giving way to the glossary named:
    one that is neither of its languages, or one declared by both documents where it
    has two (templates declare en-US whatever the text: a German DOCX and its English,
    with a de -> en glossary, were refused, ``glossary is for de -> en, not en-US ->
    en-US``).  The glossary's is taken, refused if the text is plainly not in it."""
    if (glossary is None or _by_default(glossary)
            or not any(t.declared for t in taken)):
        return taken
    if (pair := glossary_langs(unsaid="the names have no tag")) is None:
        return taken
    from aligner.lang import lang_matches, same_language  # (the languages' data: at use)

    langs = [t.lang for t in taken]
    one = (langs[0] is not None and langs[1] is not None and same_language(langs[0], langs[1])
           and not same_language(*pair))
    return [TakenLanguage(None) if t.declared and t.lang is not None and (
                one or not any(lang_matches(t.lang, p) for p in pair)) else t
            for t in taken]


def glossary_languages(src: str | None, tgt: str | None,
                        glossary: str | os.PathLike[str] | None,
                        glossary_langs: GlossaryLanguages, *, warn: Callable[[str], None],
                        unsaid: str) -> tuple[str, str]:
    """The languages of an input that does not say them (two documents, pair files):
    ``src``/``tgt`` (an option, a name's tag); where neither says, the glossary named on
    the command line (its header's pair: a ja-en glossary checks Japanese against
    English), else es and en -- with a warning naming the languages taken, unless
    ``./glossary.tsv`` is of that pair.  ``unsaid`` says why the input does not tell.
    A glossary that does not say its languages either (OmegaT's) is an error: it would
    be read as es -> en whatever it holds, as ``glossary validate`` refuses to."""
    if src is not None and tgt is not None:
        return src, tgt
    named = glossary is not None and not _by_default(glossary)
    pair = glossary_langs(unsaid=unsaid) if glossary else None
    why = f"{unsaid}, and no --src-lang/--tgt-lang was given"
    if named and pair is not None:
        from aligner.lang import lang_matches

        langs = pair
        if (src is not None and lang_matches(src, pair[1])) or (
                tgt is not None and lang_matches(tgt, pair[0])):
            langs = langs[::-1]
        new = (src or langs[0], tgt or langs[1])
        if not (lang_matches(new[0], DEFAULT_SRC_LANG)
                and lang_matches(new[1], DEFAULT_TGT_LANG)):
            warn(f"the languages {new[0]} -> {new[1]} are the glossary's ({glossary}): {why}")
        return new
    new = (src or DEFAULT_SRC_LANG, tgt or DEFAULT_TGT_LANG)
    from aligner.lang import same_language

    def fits(a: str, b: str) -> bool:
        return same_language(new[0], a) and same_language(new[1], b)

    # ./glossary.tsv of the pair taken says it, and one of another is said to be left out
    if pair is None or not (fits(*pair) or fits(*pair[::-1])):
        which = f"{new[0]} -> {new[1]}" if src is None and tgt is None else (
            f"the source language {new[0]}" if src is None else f"the target language {new[1]}")
        warn(f"{which} assumed: {why}")
    return new

class LanguageVet:
    """What refuses the languages :func:`document_languages` took for want of an option
    and a tag -- the default, the glossary's, a declared one (a template's
    ``lang="en"``), a lone folder's name (``hr/``) -- when a text is plainly not in its
    language (:func:`refuse_unlike`), then says the warnings kept ``pending``; ``said``
    is where each side's language came from (None: an option), for the checks' notes."""

    def __init__(self, paths: tuple[str, str], langs: tuple[str, str],
                 taken: Sequence[TakenLanguage], glossary: str | os.PathLike[str] | None,
                 pending: list[str], warn: Callable[[str], None]) -> None:
        self.paths, self.langs, self.taken = paths, langs, taken
        self.glossary, self.pending, self.warn = glossary, pending, warn
        self.said = (taken[0].said, taken[1].said)

    def __call__(self, src_sents: Sequence[str], tgt_sents: Sequence[str], *,
                 glossary_used: bool = True) -> None:
        said = ("the default" if not glossary_used or self.glossary is None
                or _by_default(self.glossary)
                else f"the glossary's ({self.glossary})")
        refuse_unlike([Vetted(path, side, option, lang, sents,
                              said if t.lang is None else t.said if t.vetted else None)
                       for path, side, option, lang, sents, t in zip(
                           self.paths, ("SRC", "TGT"), ("--src-lang", "--tgt-lang"),
                           self.langs, (src_sents, tgt_sents), self.taken, strict=True)])
        for message in self.pending:
            self.warn(message)
        self.pending.clear()


def document_languages(src_path: str, tgt_path: str, src_lang: str | None,
                       tgt_lang: str | None, glossary: str | os.PathLike[str] | None, *,
                       warn: Callable[[str], None], pending: list[str] | None = None,
                       input_format: str | None = None, encoding: str = "utf-8"
                       ) -> tuple[tuple[str, str], LanguageVet]:
    """The languages of two documents, as ``check`` and ``run`` take them: the options,
    else the names' tags (read beside each other: ``Bericht_DE.txt``, ``Bericht_EN.txt``),
    else a folder's name, else the declared ones -- which give way to the glossary's
    (:func:`under_glossary`) --, else the glossary's, else es and en
    (:func:`glossary_languages`, whose note waits in ``pending`` until the texts are
    vetted); and the :class:`LanguageVet` to call with the texts' sentences."""
    from aligner.lang.tags import file_languages

    tags = file_languages(src_path, tgt_path)
    langs = GlossaryLanguages(glossary, encoding=encoding)  # asked for below, read once
    taken = under_glossary(
        [take_language(given, path, input_format=input_format, encoding=encoding, tag=tag)
         for path, given, tag in zip((src_path, tgt_path), (src_lang, tgt_lang), tags,
                                     strict=True)],
        glossary, langs)
    pending = [] if pending is None else pending
    src, tgt = glossary_languages(taken[0].lang, taken[1].lang, glossary, langs,
                                  warn=pending.append,
                                  unsaid="the file names have no language tag (a.ja.txt)")
    return (src, tgt), LanguageVet((src_path, tgt_path), (src, tgt), taken, glossary,
                                   pending, warn)
