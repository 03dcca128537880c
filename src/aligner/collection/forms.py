"""Word forms for the concordance: what ``aligner search`` finds a unit by.

The glossary checks decide that a text word is a term word when their sets of
candidate base forms meet (:mod:`aligner.check.lemmas`,
:mod:`aligner.check.terms`).  The concordance uses the same rule in two steps:

1. Indexing: every word of a unit's side is written to the full-text index as
   *all* its text forms (``cordones`` -> ``cordones cordon``), accent-free and
   lower case, its digits of any script as 0-9 (``٤٨٧٠`` is ``4870``); punctuation is
   left out.
2. Searching: each word of the query becomes the OR of its term forms, the
   words are ANDed (FTS5 cannot put alternatives inside a phrase), and every
   candidate unit is then checked with the glossary's own matcher
   (:class:`~aligner.check.terms.TermMatcher`), which requires the words in
   order and adjacent and gives the spans to highlight.  So ``cordón
   industrial`` finds ``cordones industriales`` and nothing the glossary checks
   would not call that term.
"""

from __future__ import annotations

import re
import threading
from functools import cache
from typing import TYPE_CHECKING

from aligner.textutil import plain_digits

if TYPE_CHECKING:
    from aligner.check.lemmas import Forms

# aligner.check (the lemma tables, every check) is imported where a word's forms are
# made, not here: every collection command opens the store, which needs FORMS_VERSION,
# and ``list`` or ``export`` would pay that import (half a second) for nothing.

#: The version of what :meth:`SideForms.index_text` writes.  Raise it whenever that
#: changes for some text (the tokenizer, a language's lemma data, the accent folding):
#: a collection opened by the new code then remakes its older documents' entries
#: (:mod:`aligner.collection.reindex`).  ``tests/collection/test_forms.py`` holds a
#: digest of the forms of a sample text per version and fails when they change
#: without it.  1: Chinese and Japanese indexed character by character.  2: words of
#: languages without word forms of their own carry their stems too.  3: instead of
#: stems, the bases a language's endings leave (forms.txt), and the word after an
#: elided article (``l'autrice``).  4: full-width Latin letters and digits as ASCII.
#: 5: Spanish feminine nouns from participles carried their masculine (``abogada``).
#: 6: not any more (parada is no parado); German -er is no ending (Arbeiter is no
#: Arbeit); Italian plurals only (testa is no testo); French plain -s keeps five letters.
#: 7: ß is ss, dotless ı is i, ł đ ø are l d o; Turkish suffixes and name'suffix.
#: 8: a word keeps its combining marks (Hindi, Arabic with harakat, NFD); Thai, Lao,
#: Khmer and Burmese character by character.
#: 9: Czech short feminines (cenu ~ cena), Greek neuters in -μα (μυθιστορήματος).
#: 10: a number with decimal or group marks is one word (2,50 is no 2).
#: 11: Spanish verb forms with attached pronouns carry their verb (consérvese).
#: 12: Italian plurals of -io, -ma, -ista and -cia/-gia nouns (fogli ~ foglio).
#: 13: Portuguese ações ~ ação, perfis ~ perfil, portáteis ~ portátil.
#: 14: Dutch doubled consonants (knoppen ~ knop) and diminutives (knopje, batterijtje).
#: 15: Korean particles, Arabic and Hebrew prefixes come off a text word (필터는, المنصة).
#: 16: Russian and Polish adjective endings (товарной ~ товарная), short a-nouns (пеню ~ пеня).
#: 17: width folded as NFKC (ｱﾌﾟﾘ is アプリ, － a hyphen); 500MB is 500 and MB.
#: 18: a soft hyphen, zero-width space or word joiner inside a word is no break.
#: 19: Vietnamese and Yoruba keep their marks (thuốc is no thuộc).
#: 20: Persian and Urdu words with Arabic yeh and kaf are the Persian letters' (يك is یک).
#: 21: a zero-width (non-)joiner inside a word is no part of it; Persian suffixes.
#: 22: Bengali case endings, plurals and classifiers (কমিটিতে ~ কমিটি).
#: 23: Tamil case suffixes and plural (டெங்குக்கு ~ டெங்கு, நிலையத்தில் ~ நிலையம்).
#: 24: Amharic prepositions and endings (ከዴንጊ, ምልክቶቹ); a prefix and a particle
#: together, and the endings of a word less its prefix.
#: 25: French short plurals after e, t, m and in -eux, -eaux (clés ~ clé, mots ~ mot).
#: 26: German -nis plurals (Ergebnisse) and -en plurals of -o, -a, -us, -rum, -ium, -eum;
#: German verb forms carry the marked infinitives they may be of (gespeichert).
#: 27: the forms as 26; a document's entries now also keep its texts folded for a
#: substring search (``beads.src_folded``, :mod:`aligner.collection.substring`).
#: 28: the forms as 27; the folded texts write ł ø đ ð ħ ı æ œ þ as the letters typed
#: for them (Łódź is lodz) and keep the marks of Cyrillic й ї ў ѓ (й is no и).
#: 29: a word hyphenated at a line end is also indexed whole (Hub- / mechanismus).
#: 30: a Spanish imperative of one syllable with its pronouns carries its verb (dámelo).
#: 31: Catalan feminines and plurals (regidora ~ regidor, plens ~ ple, passos ~ pas).
#: 32: feminines of nouns of person in French, Portuguese, Italian (conseillère ~
#: conseiller, vereadora ~ vereador, direttrice ~ direttore) and Spanish -desa (alcaldesa).
#: 33: Catalan l·l typed as l.l, l•l, l∙l or ŀl is l·l (coŀlegi is col·legi).
#: 34: Arabic sound plurals, duals, ة before -ات and pronouns, broken plurals (للنازحين ~
#: نازح, الأسر ~ أسرة); a query's word written with the article also without it.
#: 35: Ukrainian case endings (Верховної Ради ~ Верховна Рада).
#: 36: Hindi plural and oblique endings (लाभार्थियों ~ लाभार्थी, जिलों ~ जिला); a half
#: nasal before its own class is the anusvara, and the chandrabindu (खण्ड is खंड).
#: 37: Polish -iem (sitkiem ~ sitko), Czech adjective endings (servisního ~ servisní); a
#: query's Polish or Czech word brings the forms its stem changes in (bęben: bębna).
#: 38: the Arabic tatweel left out of every word and of the folded texts (الـمساعدات is
#: المساعدات).
#: 39: Arabic possessive pronouns and the tanween's alif off a text word (مكتبنا, مكتبا ~
#: مكتب), ى typed ي, short nouns' -ات (جهات ~ جهة), the hamza's seat (شركاؤهم ~ شريك).
#: 40: digits of every script as 0-9, the Arabic decimal and thousands signs as . and ,
#: (٤٨٧٠ is 4870), in the forms and in the texts folded for a substring search.
#: 41: kana keep their voicing marks (ガス is no カス); a katakana word's final long
#: marks are no part of its form (サーバ is サーバー).
FORMS_VERSION = 41

_CACHE_LIMIT = 500_000  # words per side; the cache is emptied when it is full


class SideForms:
    """The word forms of one side's texts (target: the source's plural rules borrowed,
    as the glossary checks read a target)."""

    def __init__(self, lang: str, *, borrowed: str | None = None) -> None:
        self.lang = lang
        self.borrowed = borrowed
        from aligner.check.lemmas import Forms

        self._forms: Forms = Forms(lang, borrowed=borrowed)
        self._cache: dict[str, str] = {}

    def index_text(self, text: str) -> str:
        """The text's words, each as all its forms, space-separated (what FTS5 indexes)."""
        from aligner.check.terms import raw_tokens, word_of

        cache = self._cache
        out: list[str] = []
        # spellings typed for others (col.legi, coŀlegi) as those, as the checks read them;
        # digits of any script as 0-9 (٤٨٧٠ is 4870), as a query's are
        text = self._forms.respelled(plain_digits(text))[0]
        for raw in raw_tokens(text):
            forms = cache.get(raw)
            if forms is None:
                if len(cache) >= _CACHE_LIMIT:
                    cache.clear()
                word = word_of(raw)
                forms = cache[raw] = (" ".join(self._forms.text_forms(word.lower()))
                                      if word else "")
            if forms:
                out.append(forms)
        # a word hyphenated at a line end (``Hub-`` / ``mechanismus``) is also the word
        # it makes, as the glossary checks read it (check/terms.py, step 14)
        if "\n" in text or "\r" in text:
            for m in _wrapped().finditer(text):
                if m.group(2)[0].islower():
                    joined = (m.group(1) + m.group(2)).lower()
                    out.append(" ".join(self._forms.text_forms(joined)))
        return " ".join(out)

    def match_expression(self, query: str) -> str | None:
        """An FTS5 expression finding every unit that may hold ``query`` (None: the
        query has no word).  Each query word is the OR of its term forms."""
        from aligner.check.terms import attributive_words, tokenize, words_before

        groups = []
        tokens = tokenize(self._forms.respelled(plain_digits(query))[0])
        in_phrase = sum(t.word for t in tokens) > 1
        # a reflexive verb is found without its pronoun (se connecter: Connectez-vous)
        verb = self._forms.without_reflexive([t.text.lower() for t in tokens if t.word])
        for token, attributive, after in zip(tokens, attributive_words(tokens),
                                             words_before(tokens), strict=True):
            if not token.word or (verb is not None and token is not
                                  [t for t in tokens if t.word][verb]):
                continue
            forms = self._forms.term_forms(token.text.lower(), attributive=attributive,
                                           capital=token.text[:1].isupper(), verb=True,
                                           in_phrase=in_phrase, after=after)
            # a verb is looked for in its forms, which the index does not read back
            forms += self._forms.conjugated(token.text.lower())
            groups.append("(" + " OR ".join(_literal(f) for f in forms) + ")")
        return " AND ".join(groups) if groups else None


@cache
def _wrapped() -> re.Pattern[str]:
    """Two words parted by a hyphen at a line end (the glossary checks' pattern)."""
    from aligner.lang.linebreaks import LINE_END_HYPHEN

    return re.compile(rf"(\w+)(?:{LINE_END_HYPHEN.pattern})(\w+)")


def _literal(form: str) -> str:
    """An FTS5 string: the form quoted, so no word of it is read as an operator."""
    return '"' + form.replace('"', '""') + '"'


_MAKING = threading.Lock()


def side_forms(src_lang: str, tgt_lang: str) -> tuple[SideForms, SideForms]:
    """The form indexers of a language pair (the target borrowing the source's plural
    rules), made once per process: a thread that asks while another makes them waits
    for those (``aligner review`` starts making them in the background at start, and an
    edit that comes before they are made must not read the lemma tables a second time)."""
    with _MAKING:
        return _side_forms(src_lang, tgt_lang)


@cache
def _side_forms(src_lang: str, tgt_lang: str) -> tuple[SideForms, SideForms]:
    return SideForms(src_lang), SideForms(tgt_lang, borrowed=src_lang)
