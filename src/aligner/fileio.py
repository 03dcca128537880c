"""File-system adapters shared by every reader and writer."""

from __future__ import annotations

import codecs
import contextlib
import errno
import io
import os
import re
import stat
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from aligner.errors import EncodingError, InputError, OutputError

_WRITE_FAILURES = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EIO})


def is_write_failure(exc: OSError) -> bool:
    """Whether ``exc`` is a write failing for want of room or of a working disk, on a
    file object (no file name: a ``write`` or a ``flush``); any other OSError raised
    while an output is written comes from elsewhere (reading an input) and passes."""
    return exc.errno in _WRITE_FAILURES and exc.filename is None


def discard_stdout() -> None:
    """Point standard output at /dev/null, so that the buffered rest of a failed
    output is not written (and does not fail again) when the interpreter exits."""
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


def cannot_write(path: str | os.PathLike[str], exc: OSError) -> OutputError:
    """The one-line error for an output that could not be written."""
    blocking = next((p for p in reversed(Path(path).parents) if p.exists() and not p.is_dir()),
                    None) if isinstance(exc, (FileExistsError, NotADirectoryError)) else None
    why = f"{blocking} is not a folder" if blocking else exc.strerror or str(exc)
    return OutputError(f"cannot write: {why}", path=os.fspath(path), reason=why)


def refuse_read_only(path: str | os.PathLike[str], st: os.stat_result | None = None) -> None:
    """Refuse to replace a file with no write bit for anyone: renaming over it works
    where the folder is writable, but a file made read-only is one its owner keeps from
    being overwritten (``OutputError`` naming it).  A file that is not there is fine."""
    if st is None:
        try:
            st = Path(path).stat()
        except OSError:
            return
    if stat.S_ISREG(st.st_mode) and not st.st_mode & 0o222:
        raise OutputError("is read-only: make it writable (chmod u+w) to replace it, or "
                          "give another name", path=os.fspath(path))


@contextlib.contextmanager
def atomic_write(path: str | os.PathLike[str], *, binary: bool = False,
                 durable: bool = False) -> Iterator[IO[str]]:
    """Write to a temporary file beside ``path`` and rename it into place.

    If the body raises, the temporary file is removed and ``path`` is left as
    it was: a failed write never leaves a partial file behind.  ``durable``
    also flushes the file to the disk before the rename and the directory
    after it, so that the new content survives a crash of the machine.

    A symbolic link is written through (its target gets the new content); a
    device or a pipe (``/dev/stdout``, a FIFO) is written in place, since it
    cannot be replaced; an existing file keeps its permissions; ``-`` is standard
    output, as on every command line.  A path that cannot be written -- a
    folder, a missing permission, a read-only file (no write bit for anyone), a
    full disk -- raises :class:`OutputError` naming it.
    """
    if os.fspath(path) == "-":
        try:
            with _write_failures("standard output"), _stdout(binary=binary) as out:
                yield out
        except OutputError:
            discard_stdout()  # what is still buffered would fail again at exit
            raise
        return
    target = Path(path)
    mode = "wb" if binary else "w"
    kwargs = {} if binary else {"encoding": "utf-8", "newline": ""}
    try:
        st: os.stat_result | None = target.stat()  # of a link's target
    except FileNotFoundError:
        st = None
    except OSError as exc:
        raise cannot_write(path, exc) from None
    if st is not None and stat.S_ISDIR(st.st_mode):
        raise OutputError("is a folder; give a file name", path=os.fspath(path))
    if st is not None:
        refuse_read_only(path, st)
    if st is not None and not stat.S_ISREG(st.st_mode):
        with _output_errors(path):
            dev = target.open(mode, **kwargs)  # type: ignore[call-overload]
        try:
            with _write_failures(path):
                yield dev
        except BaseException:
            with contextlib.suppress(OSError):
                dev.close()
            raise
        with _output_errors(path):
            dev.close()
        return
    if target.is_symlink():  # the new content replaces the link's target, not the link
        target = Path(os.path.realpath(target))
    with _output_errors(path):
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=_temp_prefix(target.name),
                                   suffix=".tmp")
    fh: IO[Any] | None = None
    try:
        with _output_errors(path):
            # mkstemp creates 0600: keep an existing file's permissions, else give the
            # file those a plain open() would.
            Path(tmp).chmod(stat.S_IMODE(st.st_mode) if st else 0o666 & ~current_umask())
            fh = os.fdopen(fd, mode, **kwargs)  # type: ignore[call-overload]
        with _write_failures(path):
            yield fh
        with _output_errors(path):
            if durable:
                fh.flush()
                os.fsync(fh.fileno())
            fh.close()
            Path(tmp).replace(target)
            if durable:
                sync_file(target.parent)
    except BaseException:
        with contextlib.suppress(OSError):
            fh.close() if fh is not None else os.close(fd)
        with contextlib.suppress(FileNotFoundError):
            Path(tmp).unlink()
        raise


def _temp_prefix(name: str) -> str:
    """``.NAME.`` for the temporary file beside an output -- cut short where the name
    is long: the temporary name is 14 bytes longer, and a name the file system takes
    (255 bytes) must not fail for its temporary one's sake."""
    raw = os.fsencode(name)
    if len(raw) <= 200:
        return f".{name}."
    return f".{os.fsdecode(raw[:100]).encode('utf-8', 'ignore').decode('utf-8', 'ignore')}."


@contextlib.contextmanager
def _stdout(*, binary: bool) -> Iterator[IO[Any]]:
    """Standard output, for the output ``-``: bytes, or text in UTF-8 whatever the
    locale, flushed at the end so that a full disk shows here."""
    sys.stdout.flush()
    out = sys.stdout.buffer
    if binary:
        yield out
    else:
        text = io.TextIOWrapper(out, encoding="utf-8", newline="", write_through=True)
        try:
            yield text
        finally:
            text.detach()  # standard output stays open
    out.flush()


@contextlib.contextmanager
def _output_errors(path: str | os.PathLike[str]) -> Iterator[None]:
    """Every OSError of the writer's own steps becomes an :class:`OutputError`."""
    try:
        yield
    except OSError as exc:
        raise cannot_write(path, exc) from exc


@contextlib.contextmanager
def _write_failures(path: str | os.PathLike[str]) -> Iterator[None]:
    """A full disk or an I/O error while the body writes becomes an :class:`OutputError`."""
    try:
        yield
    except OSError as exc:
        if is_write_failure(exc):
            raise cannot_write(path, exc) from exc
        raise


def sync_file(path: Path) -> None:
    """Flush a file, or a directory's entries (a rename or a new file in it), to the disk."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def current_umask() -> int:
    """The process's umask (read by setting it, and set back at once)."""
    mask = os.umask(0)
    os.umask(mask)
    return mask


# A byte-order mark says the encoding better than any option: Excel's "Unicode
# text" is UTF-16 with one, its "CSV UTF-8" UTF-8 with one.
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))


def check_encoding(encoding: str, *, path: str | None = None) -> None:
    """An encoding Python does not know, or one that is no text encoding (``rot13``,
    ``base64``, ``zlib``: codecs of bytes to bytes), raises :class:`InputError` (naming
    ``path``)."""
    try:
        info = codecs.lookup(encoding)
    except LookupError:
        raise InputError(f"unknown encoding {encoding!r}", path=path) from None
    if not getattr(info, "_is_text_encoding", True):
        raise InputError(f"{encoding!r} is no text encoding (name the one the file is "
                         "written in: utf-8, latin-1, cp1252, ...)", path=path)


def names_utf8(encoding: str) -> bool:
    """Whether ``encoding`` is UTF-8 by one of the names people write (``utf-8``,
    ``UTF8``, ``utf_8``, ``utf-8-sig``)."""
    return encoding.lower().replace("_", "-") in ("utf-8", "utf8", "utf-8-sig")


def decode(data: bytes, *, path: str, encoding: str = "utf-8") -> str:
    """Decode bytes in ``encoding``, or in the encoding a byte-order mark names
    (UTF-8, UTF-16), dropping the mark; bad bytes raise :class:`EncodingError`.

    Bytes that are valid UTF-8 with letters beyond ASCII are read as UTF-8 whatever
    ``encoding`` says, when it is an encoding that keeps ASCII as it is (Latin-1,
    cp1252, Shift_JIS...): one ``--encoding`` names the encoding of a run's files,
    and UTF-8 files beside Latin-1 ones (a folder given to ``batch``, the
    glossary) must not become mojibake.  Text in such an encoding is practically
    never valid UTF-8 once it has a byte beyond ASCII."""
    check_encoding(encoding, path=path)
    for bom, by_bom in _BOMS:
        if data.startswith(bom):
            encoding = by_bom
            break
    else:
        if names_utf8(encoding) or _is_utf8_text(data, encoding):
            encoding = "utf-8-sig"
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        hint = (_eight_bit_hint(data, exc.start) if names_utf8(encoding) else None) or (
            "; pass --encoding if the file uses another encoding")
        raise EncodingError(f"not valid {exc.encoding} text ({exc.reason}){hint}",
                            path=path, offset=exc.start) from None


#: The one-byte encodings of Windows that Latin-script text is most often saved in, and
#: what their text is: one tells the other only by the words it reads, so both are shown.
_EIGHT_BIT = (("cp1252", "Western European, Windows-1252 and Latin-1"),
              ("cp1250", "Central European, Windows-1250"),
              ("cp1254", "Turkish, Windows-1254"))
_TYPOGRAPHY = frozenset("\u2018\u2019\u201a\u201c\u201d\u201e\u2013\u2014\u20ac\u00a0"
                        "\u00ab\u00bb\u00bf\u00a1\u00ba\u00aa\u00b0\u2026")


def _eight_bit_hint(data: bytes, at: int) -> str | None:
    """How the file reads in the one-byte encodings of :data:`_EIGHT_BIT` that read it as
    Latin-script text -- its bytes beyond ASCII letters or typographer's marks, and a few
    among plain letters (Greek or Russian bytes read so are words of accented letters
    only) -- with the first word they read differently, or the word at byte ``at``."""
    readings = []
    for codec, name in _EIGHT_BIT:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:  # a byte the encoding leaves undefined
            continue
        high = [c for c in text if ord(c) > 127]
        usual = sum(c.isalpha() or c in _TYPOGRAPHY for c in high)
        letters = sum(c.isalpha() for c in text)
        if high and usual >= 0.9 * len(high) and len(high) <= 0.3 * letters:
            readings.append((codec, name, text))
    if not readings:
        return None
    texts = [t for _, _, t in readings]
    # one byte a character: offsets are the same in every reading
    at = next((i for i, c in enumerate(texts[0]) if ord(c) > 127
               and any(t[i] != c for t in texts[1:])), at)
    start = max((m.end() for m in re.finditer(r"\s", texts[0][:at])), default=0)
    end = next((m.start() for m in re.finditer(r"\s", texts[0][at:])),
               len(texts[0]) - at) + at
    words: dict[str, list[str]] = {}  # the word as read -> the encodings reading it so
    for codec, name, t in readings:
        words.setdefault(t[start:end], []).append(f"{codec} ({name})")
    said = "; ".join(f"as {' or '.join(names)} it reads {word!r}"
                     for word, names in words.items())
    if len(readings) == 1:
        return f"; {said}: pass --encoding {readings[0][0]} if it reads right"
    codecs = " or ".join(codec for codec, _, _ in readings)
    return f"; {said}: pass --encoding {codecs}, whichever reads right"


def _is_utf8_text(data: bytes, encoding: str) -> bool:
    """Whether ``data`` has bytes beyond ASCII and is valid UTF-8, and ``encoding``
    reads ASCII as ASCII (so the text could have been meant as UTF-8)."""
    if data.isascii() or "a".encode(encoding) != b"a":
        return False
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def read_bytes(path: str | os.PathLike[str]) -> bytes:
    """A whole file's bytes; a missing file, a directory or a device (``/dev/zero``
    would be read for ever) raises :class:`InputError`.  A pipe is read (``<(cmd)``)."""
    p = Path(path)
    try:
        mode = p.stat().st_mode
        if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
            raise InputError("is a device, not a file (give - to read standard input)",
                             path=str(p))
        return p.read_bytes()
    except FileNotFoundError:
        raise InputError("no such file", path=str(p)) from None
    except IsADirectoryError:
        raise InputError("is a directory, expected a file", path=str(p)) from None
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror}", path=str(p)) from None


def read_text(path: str | os.PathLike[str], *, encoding: str = "utf-8",
              binary_ok: bool = False) -> str:
    """Read a whole text file; missing files and bad bytes raise :class:`InputError`.

    A NUL byte near the start means a binary file (:func:`refuse_binary`), an
    error unless ``binary_ok`` (exchange files the tool wrote may hold any
    character) -- but UTF-16 without a byte-order mark is told apart even then,
    and so is a file with a NUL byte that is no text in ``encoding`` (an image
    named ``.csv``): it is called binary, not text to read with another encoding.
    """
    p = Path(path)
    data = read_bytes(p)
    if not binary_ok or (has_nul(data) and utf16_order(data) is not None):  # UTF-16: no text
        refuse_binary(data, path=str(p), encoding=encoding)
    try:
        return decode(data, path=str(p), encoding=encoding)
    except EncodingError:
        refuse_binary(data, path=str(p), encoding=encoding)
        raise


def refuse_binary(data: bytes, *, path: str, encoding: str) -> None:
    """A NUL byte near the start means a binary file, not text -- unless the text is in
    an encoding that writes NUL bytes: UTF-16 or UTF-32, by its byte-order mark or
    named by ``encoding`` (``--encoding utf-16le`` on a file without a mark).  UTF-16
    without a mark, read without such an ``encoding`` or in the other byte order,
    is an error that names the encoding to pass."""
    if not has_nul(data):
        return
    order = utf16_order(data)
    if _writes_nul(encoding):
        asked = codecs.lookup(encoding).name  # utf-16-le, utf-16-be, utf-16, utf-32...
        # plain utf-16 without a mark is read in the machine's byte order
        reads = asked[-2:] if asked.endswith(("-le", "-be")) else sys.byteorder[:1] + "e"
        if order is not None and asked.startswith("utf-16") and reads != order:
            raise EncodingError(f"is UTF-16 {'little' if order == 'le' else 'big'}-endian "
                                f"text, not {encoding}; pass --encoding utf-16{order}",
                                path=path)
        return
    hint = (f"; if it is UTF-16 text without a byte-order mark, pass --encoding utf-16{order}"
            if order else "")
    raise EncodingError(f"looks like a binary file (NUL byte), not text{hint}", path=path,
                        offset=data.index(b"\x00"))


def has_nul(data: bytes, *, within: int = 8192) -> bool:
    """Whether a NUL byte in the first ``within`` bytes says binary data -- or UTF-16/32
    text without a byte-order mark (one with a UTF-16 mark is text)."""
    return b"\x00" in data[:within] and not data.startswith((codecs.BOM_UTF16_LE,
                                                            codecs.BOM_UTF16_BE))


def utf16_order(data: bytes) -> str | None:
    """``le`` or ``be`` when ``data`` looks like UTF-16 text without a byte-order mark
    (ASCII-range text: every other byte NUL), else None."""
    head = data[:8192]
    odd, even = head[1::2], head[0::2]
    return next((name for name, zeros, text in (("le", odd, even), ("be", even, odd))
                 if zeros.count(0) > 0.9 * len(zeros) and text.count(0) < 0.1 * len(text)),
                None)


def _writes_nul(encoding: str) -> bool:
    """Whether plain ASCII text in ``encoding`` has NUL bytes (UTF-16, UTF-32)."""
    try:
        return b"\x00" in "a".encode(encoding)
    except (LookupError, UnicodeError):
        return False  # an unknown encoding is decode()'s to report
