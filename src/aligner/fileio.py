"""File-system adapters shared by every reader and writer."""

from __future__ import annotations

import codecs
import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from aligner.errors import EncodingError, InputError


@contextlib.contextmanager
def atomic_write(path: str | os.PathLike[str], *, binary: bool = False,
                 durable: bool = False) -> Iterator[IO[str]]:
    """Write to a temporary file beside ``path`` and rename it into place.

    If the body raises, the temporary file is removed and ``path`` is left as
    it was: a failed write never leaves a partial file behind.  ``durable``
    also flushes the file to the disk before the rename and the directory
    after it, so that the new content survives a crash of the machine.
    """
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        # mkstemp creates 0600; give the file the permissions a plain open() would.
        Path(tmp).chmod(0o666 & ~_umask())
        mode = "wb" if binary else "w"
        kwargs = {} if binary else {"encoding": "utf-8", "newline": ""}
        with os.fdopen(fd, mode, **kwargs) as fh:  # type: ignore[call-overload]
            yield fh
            if durable:
                fh.flush()
                os.fsync(fh.fileno())
        Path(tmp).replace(target)
        if durable:
            sync_directory(target.parent)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            Path(tmp).unlink()
        raise


def sync_directory(path: Path) -> None:
    """Flush a directory's entries (a rename or a new file in it) to the disk."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


# A byte-order mark says the encoding better than any option: Excel's "Unicode
# text" is UTF-16 with one, its "CSV UTF-8" UTF-8 with one.
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))


def decode(data: bytes, *, path: str, encoding: str = "utf-8") -> str:
    """Decode bytes in ``encoding``, or in the encoding a byte-order mark names
    (UTF-8, UTF-16), dropping the mark; bad bytes raise :class:`EncodingError`."""
    try:
        codecs.lookup(encoding)
    except LookupError:
        raise InputError(f"unknown encoding {encoding!r}", path=path) from None
    for bom, by_bom in _BOMS:
        if data.startswith(bom):
            encoding = by_bom
            break
    else:
        if encoding.lower().replace("_", "-") in ("utf-8", "utf8", "utf-8-sig"):
            encoding = "utf-8-sig"
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise EncodingError(
            f"not valid {exc.encoding} text ({exc.reason}); "
            "pass --encoding if the file uses another encoding",
            path=path,
            offset=exc.start,
        ) from None


def read_bytes(path: str | os.PathLike[str]) -> bytes:
    """A whole file's bytes; a missing file or a directory raises :class:`InputError`."""
    p = Path(path)
    try:
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

    A NUL byte near the start means a binary file, an error unless ``binary_ok``
    (exchange files the tool wrote may hold any character).
    """
    p = Path(path)
    data = read_bytes(p)
    if (not binary_ok and b"\x00" in data[:8192]
            and not data.startswith((b"\xff\xfe", b"\xfe\xff"))):
        raise EncodingError(
            "looks like a binary file (NUL byte), not text",
            path=str(p),
            offset=data.index(b"\x00"),
        )
    return decode(data, path=str(p), encoding=encoding)
