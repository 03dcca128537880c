"""Third-person singular personal pronouns in a text: what may stand for a person's name
(``term-pronoun``, :func:`aligner.check.names.by_pronoun`).

A language's ``pronouns.txt`` lists them, one a line (``he``, ``him``, ``his``; Korean
``그는``, ``그녀의``: a word with its particle, so that the demonstrative ``그`` of ``그
사람`` is none).  A language written without spaces between its words (Chinese,
Japanese) lists them in a ``[pronouns]`` section, and in ``[not]`` the words that have
one inside and are none: the plural (``他们``, ``彼ら``), and the words where the
character means *other* or is part of another word (``其他``, ``他人``, ``吉他``,
``彼岸``).  An entry written in Han or kana is found inside a run of such characters,
the longest first (``彼女`` before ``彼``), but not inside a ``[not]`` word; any other
entry is a word of the text (:func:`aligner.check.terms.tokenize`).  A language
without the file has none.

A pronoun of the source is rendered by one of the target: only the target's pronouns
beyond the source's may stand for a name the target leaves out (:func:`spare`).  In
``公司董事长张伟表示：…他补充说：…`` / ``…, said Wang Wei, Chairman of the Company. He
added: …`` the ``He`` renders ``他``: ``张伟`` is not rendered, an error, not a name
rendered by a pronoun.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from aligner.check.terms import tokenize
from aligner.lang import PRONOUNS_DATA, get_profile
from aligner.lang.base import data_sections
from aligner.textutil import HAN_KANA

# Han (with 々) and kana: characters a pronoun is found among without spaces.


@dataclass(frozen=True, slots=True)
class Pronouns:
    """A language's pronouns: found as words, found inside runs of Han or kana, and the
    words of such runs that have one inside but are none."""

    words: frozenset[str]
    inside: tuple[str, ...]  # longest first
    not_inside: tuple[str, ...]

    def find(self, text: str) -> list[str]:
        """The pronouns in ``text``, as written, in text order."""
        found = [(t.start, t.text) for t in tokenize(text)
                 if t.word and t.text.lower() in self.words]
        if self.inside:
            blocked = {k for w in self.not_inside for m in re.finditer(re.escape(w), text)
                       for k in range(m.start(), m.end())}
            for run in HAN_KANA.finditer(text):
                at = run.start()
                while at < run.end():
                    hit = next((p for p in self.inside if text.startswith(p, at)
                                and blocked.isdisjoint(range(at, at + len(p)))), None)
                    if hit is None:
                        at += 1
                        continue
                    found.append((at, hit))
                    at += len(hit)
        return [w for _, w in sorted(found)]


def parse_pronouns(text: str | None, *, name: str) -> Pronouns:
    """A ``pronouns.txt`` (module docstring): a word a line, or ``[pronouns]`` and
    ``[not]`` sections."""
    if text is None:
        return Pronouns(frozenset(), (), ())
    if any(line.strip().startswith("[") for line in text.splitlines()):
        sections = data_sections(text, name=name, known=("pronouns", "not"))
        entries, nots = sections.get("pronouns", []), sections.get("not", [])
    else:
        entries = [line.strip() for line in text.splitlines()
                   if line.strip() and not line.startswith("#")]
        nots = []
    inside = [e for e in entries if HAN_KANA.fullmatch(e)]
    return Pronouns(frozenset(e.lower() for e in entries if e not in inside),
                    tuple(sorted(inside, key=len, reverse=True)), tuple(nots))


@cache
def pronouns_of(lang: str) -> Pronouns:
    """The pronouns of ``lang`` (its ``pronouns.txt``; none without one)."""
    profile = get_profile(lang)
    return parse_pronouns(profile.data_text(PRONOUNS_DATA),
                          name=f"{profile.code}/{PRONOUNS_DATA}")


def third_person(text: str, lang: str) -> list[str]:
    """The third-person singular personal pronouns of ``lang`` in ``text``, as written,
    in text order."""
    return pronouns_of(lang).find(text)


def spare(source: str, src_lang: str, target: str, tgt_lang: str) -> int:
    """How many of the target's pronouns are beyond those of the source, which they
    render: what may stand for names the target leaves out (module docstring)."""
    return len(third_person(target, tgt_lang)) - len(third_person(source, src_lang))
