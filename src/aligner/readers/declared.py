"""The language a document declares it is written in (:class:`~aligner.model.DeclaredLanguage`).

Each format says it in its own place, and the readers report it as
``Document.declared``:

* HTML (and each XHTML chapter): the root's ``lang`` or ``xml:lang`` (``<html lang="fr">``);
* EPUB: the package document's first ``<dc:language>`` (the book's language);
* DOCX: the default run language of ``word/styles.xml``
  (``w:docDefaults/w:rPrDefault/w:rPr/w:lang/@w:val``, ``de-DE``) -- or, in a document
  written mostly in Chinese, Japanese or Korean script, the language it gives East
  Asian text (``@w:eastAsia``), and in one written mostly in a right-to-left script
  (Arabic, Hebrew), the language it gives right-to-left text (``@w:bidi``): Japanese
  Word writes ``w:val="en-US" w:eastAsia="ja-JP"``, its Latin text's language and its
  Japanese text's, and LibreOffice ``w:val="en-US" w:eastAsia="zh-CN"
  w:bidi="ar-SY"`` for a document in Arabic;
* ODT: ``<dc:language>`` in ``meta.xml``, else the default paragraph style's
  ``fo:language`` and ``fo:country`` in ``styles.xml`` (its ``style:language-asian``
  and ``style:country-asian`` for a text mostly in East Asian script, its
  ``style:language-complex`` and ``style:country-complex`` for one mostly in a
  right-to-left script, as for DOCX);
* Markdown: a ``lang:`` or ``language:`` key of the YAML front matter (pandoc's);
* RTF: the default language ``\\deflangN`` (Word's), else the language ``\\langN`` of
  the style Normal (LibreOffice's), a Windows language id (1036 ``fr-FR``; 12, French
  of no country, ``fr``).

A value is read as a language code is everywhere (:mod:`aligner.lang.tags`: case and
``_`` forgiven, ``eng`` -> ``en``, written ``de-DE``); one that is no language tag
(``english``, ``none``), or that says no language in particular (``und``, ``mul``,
``zxx``, ``mis``, private use ``x-...``), declares nothing.  Plain text and PDF declare
nothing here.

A declaration is often a template's default (Word's ``en-US``, a web page's
``lang="en"``), not the text's language: which of the languages a command may take
wins is :mod:`aligner.pipeline.languages`'s business, not the readers'.
"""

from __future__ import annotations

import re

from lxml import etree

from aligner.model import DeclaredLanguage

_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_DC = "http://purl.org/dc/elements/1.1/"
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
_STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
_FO = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
# ISO 639's codes for no language in particular: undetermined, multiple, no linguistic
# content, not coded.
_NO_LANGUAGE = frozenset({"und", "mul", "zxx", "mis"})


# Han, kana and Hangul: the script of the text Word's and LibreOffice's East Asian
# language is for
_EAST_ASIAN = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")


def mostly_east_asian(text: str) -> bool:
    """Whether a third or more of the letters of ``text`` are Han, kana or Hangul: the
    text a document's East Asian language is the language of."""
    letters = sum(1 for ch in text if ch.isalpha())
    return letters > 0 and 3 * len(_EAST_ASIAN.findall(text)) >= letters


# The right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, N'Ko, Samaritan, Mandaic and
# their presentation forms): the text Word's ``w:bidi`` and LibreOffice's complex
# (CTL) language is for
_RIGHT_TO_LEFT = re.compile(r"[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefe]")
# Their ISO 15924 codes, as aligner.lang.detect names a language's script
_RIGHT_TO_LEFT_SCRIPTS = frozenset({"Hebr", "Arab", "Syrc", "Thaa", "Nkoo", "Samr", "Mand"})


def mostly_right_to_left(text: str) -> bool:
    """Whether a third or more of the letters of ``text`` are in a right-to-left script:
    the text a document's right-to-left (complex) language is the language of."""
    letters = sum(1 for ch in text if ch.isalpha())
    return letters > 0 and 3 * len(_RIGHT_TO_LEFT.findall(text)) >= letters


def _right_to_left(found: DeclaredLanguage) -> bool:
    """Whether the language ``found`` is written in a right-to-left script: a complex
    language may be an Indic one (LibreOffice in an English locale writes ``hi-IN``),
    which says nothing of the language of Arabic or Hebrew text."""
    from aligner.lang.detect import expected_script

    return expected_script(found.lang) in _RIGHT_TO_LEFT_SCRIPTS


def declared(value: str | None, where: str) -> DeclaredLanguage | None:
    """The language ``value`` (as written in a document, at ``where``) declares; None
    when it is empty, no language tag, or no language in particular."""
    from aligner.lang.tags import canonical_tag, is_valid_tag, two_letter_form

    if not value or not value.strip():
        return None
    tag = two_letter_form(value.strip())
    if not is_valid_tag(tag):
        return None
    code = canonical_tag(tag)
    if code.split("-", 1)[0].lower() in _NO_LANGUAGE | {"x"}:
        return None
    return DeclaredLanguage(code, where)


def html_language(root: etree._Element) -> DeclaredLanguage | None:
    """``<html lang>`` (or ``xml:lang``, which XHTML writes) of a parsed page."""
    for attribute in ("lang", "xml:lang", _XML_LANG):
        value = root.get(attribute)
        if value is not None and value.strip():
            shown = "xml:lang" if attribute != "lang" else "lang"
            return declared(value, f'<{etree.QName(root).localname} {shown}="{value}">')
    return None


def epub_language(opf: etree._Element) -> DeclaredLanguage | None:
    """The first ``<dc:language>`` of an EPUB's package document."""
    element = opf.find(f".//{{{_DC}}}language")
    if element is None or not (element.text or "").strip():
        return None
    value = (element.text or "").strip()
    return declared(value, f"<dc:language>{value}</dc:language>")


def docx_language(styles: etree._Element | None, member: str, *, east_asian: bool = False,
                  right_to_left: bool = False) -> DeclaredLanguage | None:
    """The default run language of a DOCX's styles part (``member``, parsed); of a text
    mostly in East Asian script (``east_asian``), its East Asian language, and of one
    mostly in a right-to-left script (``right_to_left``), its right-to-left language
    (``w:bidi``), when it has one."""
    if styles is None:
        return None
    lang = styles.find(f"{{{_W}}}docDefaults/{{{_W}}}rPrDefault/{{{_W}}}rPr/{{{_W}}}lang")
    if lang is None:
        return None
    for wanted, attribute in ((east_asian, "eastAsia"), (right_to_left, "bidi")):
        other = lang.get(f"{{{_W}}}{attribute}")
        if wanted and other:
            found = declared(other, f'<w:lang w:{attribute}="{other}"/> in {member}')
            if found is not None and (attribute == "eastAsia" or _right_to_left(found)):
                return found
    value = lang.get(f"{{{_W}}}val")
    if value is None:
        return None
    return declared(value, f'<w:lang w:val="{value}"/> in {member}')


def odt_language(meta: etree._Element | None, styles: etree._Element | None, *,
                 east_asian: bool = False, right_to_left: bool = False
                 ) -> DeclaredLanguage | None:
    """An ODT's ``dc:language`` (``meta.xml``), else its default paragraph style's
    language and country (``styles.xml``): its Asian ones for a text mostly in East
    Asian script (``east_asian``), its complex ones for a text mostly in a right-to-left
    script (``right_to_left``)."""
    element = meta.find(f".//{{{_DC}}}language") if meta is not None else None
    if element is not None and (element.text or "").strip():
        value = (element.text or "").strip()
        found = declared(value, f"<dc:language>{value}</dc:language> in meta.xml")
        if found is not None:
            return found
    if styles is None:
        return None
    for default in styles.iter(f"{{{_STYLE}}}default-style"):
        if default.get(f"{{{_STYLE}}}family") != "paragraph":
            continue
        props = default.find(f"{{{_STYLE}}}text-properties")
        if props is None:
            return None
        if east_asian and (found := _odf_language(props, _STYLE, "-asian")) is not None:
            return found
        found = _odf_language(props, _STYLE, "-complex") if right_to_left else None
        if found is not None and _right_to_left(found):
            return found
        return _odf_language(props, _FO, "")
    return None


def _odf_language(props: etree._Element, namespace: str, suffix: str
                  ) -> DeclaredLanguage | None:
    """The language and country of ``props`` (``fo:language``, ``fo:country``; or
    ``style:language-asian``, ``style:country-asian``; or ``style:language-complex``,
    ``style:country-complex``)."""
    prefix = "fo" if namespace == _FO else "style"
    language = props.get(f"{{{namespace}}}language{suffix}")
    if language is None:
        return None
    country = props.get(f"{{{namespace}}}country{suffix}")
    shown = f'{prefix}:language{suffix}="{language}"'
    if country and country.lower() != "none":
        shown += f' {prefix}:country{suffix}="{country}"'
        value = f"{language}-{country}"
    else:
        value = language
    return declared(value, f"{shown} in styles.xml")


def rtf_language(lcid: int | None, where: str) -> DeclaredLanguage | None:
    """The language a Windows language id declares (RTF's ``\\deflangN`` or ``\\langN``,
    written as ``where``): the language and country Python's table gives it, or for a
    language id alone (below 0x400) the language of its first country's id; None for
    1024 (no language: "do not check spelling") and ids the table lacks."""
    import locale

    name = locale.windows_locale.get(lcid) if lcid is not None else None
    if name is None and lcid is not None and 0 < lcid < 0x400:
        name = locale.windows_locale.get(0x400 | lcid, "").split("_")[0] or None
    return declared(name.replace("_", "-"), where) if name is not None else None


def markdown_language(key: str, value: str) -> DeclaredLanguage | None:
    """The front matter's ``lang:``/``language:`` (``key``) of a Markdown file."""
    return declared(value, f"{key}: {value} in its front matter")
