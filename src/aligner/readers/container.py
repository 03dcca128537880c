"""Safe access to the zip packages and XML of DOCX, ODT, PPTX, ODP and EPUB.

Every limit here exists because these files come from outside:

* a member may not inflate past :data:`MAX_MEMBER_BYTES` (200 MB) nor, once
  past :data:`RATIO_FLOOR` bytes, by more than :data:`MAX_RATIO` times its
  compressed size (a zip bomb).  The sizes the zip declares are checked first,
  then the member is streamed with a cap, since a declared size can lie;
* a truncated or corrupt zip is named as such;
* XML is parsed by lxml with entity resolution and network access off, and a
  document that declares a DTD (``<!DOCTYPE``, ``<!ENTITY``) is refused: no
  part of an OOXML or ODF package has one, and it is how entity expansion and
  external entities get in.  XHTML chapters of an EPUB may carry the plain
  XHTML doctype line, but no internal subset.
"""

from __future__ import annotations

import re
import zipfile
import zlib
from io import BytesIO

from lxml import etree

from aligner.errors import InputError, xml_syntax

MAX_MEMBER_BYTES = 200 * 1024 * 1024
MAX_RATIO = 100
RATIO_FLOOR = 1024 * 1024  # smaller members cannot do harm, whatever their ratio
_CHUNK = 1 << 16
ZIP_MAGIC = b"PK\x03\x04"

_DTD = re.compile(rb"<!(?:DOCTYPE|ENTITY)", re.IGNORECASE)
_INTERNAL_SUBSET = re.compile(rb"<!DOCTYPE[^>\[]*\[|<!ENTITY", re.IGNORECASE)
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                          dtd_validation=False, huge_tree=False, remove_comments=True,
                          remove_pis=True)


class Package:
    """A zip package opened for reading single members under the limits above."""

    def __init__(self, data: bytes, *, name: str) -> None:
        self.name = name
        try:
            self._zip = zipfile.ZipFile(BytesIO(data))
            infos = self._zip.infolist()
        except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError) as exc:
            raise InputError(f"is not a readable zip package (truncated or corrupt: {exc})",
                             path=name) from None
        self._infos = {info.filename: info for info in infos}
        if len(self._infos) < len(infos):  # which one counts is up to each program
            twice = next(i.filename for n, i in enumerate(infos)
                         if any(j.filename == i.filename for j in infos[:n]))
            raise InputError(f"holds two members named {twice} (a damaged or crafted "
                             "package); refused", path=name)

    def has(self, member: str) -> bool:
        return member in self._infos

    def names(self) -> list[str]:
        return list(self._infos)

    def read(self, member: str) -> bytes:
        """The member's bytes; a zip bomb, a truncated or encrypted member is an error."""
        info = self._infos.get(member)
        if info is None:
            raise InputError(f"has no {member} (not a complete package)", path=self.name)
        where = f"member {member}"
        if info.flag_bits & 0x1:
            raise InputError(f"{where} is encrypted", path=self.name)
        _check_size(info.file_size, info.compress_size, where, self.name)
        out = bytearray()
        try:
            with self._zip.open(info) as fh:
                while chunk := fh.read(_CHUNK):
                    out += chunk
                    _check_size(len(out), info.compress_size, where, self.name)
        except (zipfile.BadZipFile, EOFError, OSError, zlib.error,
                NotImplementedError) as exc:
            raise InputError(f"{where} cannot be read (truncated or corrupt: {exc})",
                             path=self.name) from None
        return bytes(out)

    def xml(self, member: str) -> etree._Element:
        """The member parsed as XML (no DTD, no entities, no network)."""
        return parse_xml(self.read(member), where=f"member {member}", name=self.name)


def _check_size(size: int, compressed: int, where: str, name: str) -> None:
    if size > MAX_MEMBER_BYTES:
        raise InputError(f"{where} inflates past {MAX_MEMBER_BYTES // (1024 * 1024)} MB "
                         "(a zip bomb?); refused", path=name)
    if size > RATIO_FLOOR and size > MAX_RATIO * max(compressed, 1):
        raise InputError(f"{where} inflates {size // max(compressed, 1)} times its "
                         f"compressed size (more than {MAX_RATIO}: a zip bomb?); refused",
                         path=name)


def parse_xml(data: bytes, *, where: str, name: str, allow_doctype: bool = False
              ) -> etree._Element:
    """Parse ``data`` safely; a DTD (any, or with ``allow_doctype`` an internal subset
    or entity declaration) is refused before parsing."""
    found = (_INTERNAL_SUBSET if allow_doctype else _DTD).search(data)
    if found:
        raise InputError(f"{where} declares a DTD or entities (refused: XML entities can "
                         "read files or expand without bound)", path=name)
    try:
        return etree.fromstring(data, _PARSER)
    except etree.XMLSyntaxError as exc:
        msg, line, column = xml_syntax(exc)  # str(exc) repeats the position twice
        at = f" (line {line}, column {column})" if line > 0 else ""
        raise InputError(f"{where} is not well-formed XML{at}: {msg}", path=name) from None


def check_no_dtd(data: bytes, *, where: str, name: str) -> None:
    """Refuse an internal DTD subset or entity declaration (an XHTML doctype is fine)."""
    if _INTERNAL_SUBSET.search(data):
        raise InputError(f"{where} declares a DTD or entities (refused: XML entities can "
                         "read files or expand without bound)", path=name)
