from __future__ import annotations

import errno
import os
import stat
import threading
from pathlib import Path

import pytest

from aligner.errors import OutputError
from aligner.fileio import atomic_write


def test_atomic_write_gives_ordinary_permissions(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        with atomic_write(tmp_path / "a.txt") as fh:
            fh.write("x")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "a.txt").stat().st_mode) == 0o644


def test_atomic_write_failure_leaves_nothing(tmp_path: Path) -> None:
    target = tmp_path / "b.txt"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(RuntimeError), atomic_write(target) as fh:
        fh.write("new")
        raise RuntimeError("boom")
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["b.txt"]


def test_atomic_write_writes_through_a_symbolic_link(tmp_path: Path) -> None:
    real = tmp_path / "real.txt"
    real.write_text("old", encoding="utf-8")
    link = tmp_path / "link.txt"
    link.symlink_to(real)
    with atomic_write(link) as fh:
        fh.write("new")
    assert link.is_symlink()
    assert real.read_text(encoding="utf-8") == "new"


def test_atomic_write_keeps_an_existing_files_permissions(tmp_path: Path) -> None:
    target = tmp_path / "private.tsv"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o600)
    with atomic_write(target) as fh:
        fh.write("new")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert target.read_text(encoding="utf-8") == "new"


def test_atomic_write_refuses_a_read_only_file(tmp_path: Path) -> None:
    """Renaming over it worked (the folder is writable), so chmod 444 kept nothing."""
    target = tmp_path / "kept.tsv"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o444)
    with pytest.raises(OutputError, match="is read-only"), atomic_write(target) as fh:
        fh.write("new")
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["kept.tsv"]


def test_atomic_write_writes_a_pipe_in_place(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got: list[str] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_text(encoding="utf-8")))
    reader.start()
    with atomic_write(fifo) as fh:
        fh.write("through the pipe")
    reader.join(timeout=10)
    assert got == ["through the pipe"]
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pipe"]


def test_a_path_that_cannot_be_written_is_an_output_error(tmp_path: Path) -> None:
    (tmp_path / "afile").write_text("", encoding="utf-8")
    with pytest.raises(OutputError) as err, atomic_write(tmp_path / "afile" / "x.json"):
        pass
    assert err.value.format() == f"{tmp_path / 'afile' / 'x.json'}: cannot write: " \
                                 f"{tmp_path / 'afile'} is not a folder"
    with pytest.raises(OutputError, match="is a folder; give a file name"), \
            atomic_write(tmp_path):
        pass


def test_a_full_disk_is_an_output_error_and_leaves_nothing(tmp_path: Path) -> None:
    target = tmp_path / "out.tmx"
    with pytest.raises(OutputError, match=r"out\.tmx: cannot write: No space left on device"), \
            atomic_write(target) as fh:
        fh.write("part")
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
    assert list(tmp_path.iterdir()) == []


def test_other_errors_inside_the_body_pass_unchanged(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError), atomic_write(tmp_path / "out.txt"):
        (tmp_path / "missing-input.txt").read_text(encoding="utf-8")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(("data", "encoding", "text"), [
    # a UTF-8 file among Latin-1 ones: read as UTF-8, not "MÃ¤rz"
    ("März im Büro".encode(), "latin-1", "März im Büro"),
    ("März im Büro".encode(), "cp1252", "März im Büro"),
    # a Latin-1 file is not valid UTF-8 once it has an accent: read as asked
    ("März im Büro".encode("latin-1"), "latin-1", "März im Büro"),
    ("Москва".encode("koi8-r"), "koi8-r", "Москва"),
    ("東京都".encode("shift_jis"), "shift_jis", "東京都"),
    # ASCII reads the same either way; UTF-16 is no ASCII-keeping encoding
    (b"plain", "latin-1", "plain"),
    ("März".encode("utf-16-le"), "utf-16-le", "März"),
])
def test_valid_utf8_is_read_as_utf8_whatever_the_encoding(data: bytes, encoding: str,
                                                          text: str) -> None:
    from aligner.fileio import decode

    assert decode(data, path="x.txt", encoding=encoding) == text


def test_a_device_is_refused_not_read_for_ever() -> None:
    """/dev/zero was read until memory ran out; a pipe is still read."""
    from aligner.errors import InputError
    from aligner.fileio import read_bytes

    with pytest.raises(InputError, match="is a device, not a file"):
        read_bytes("/dev/zero")
    read_end, write_end = os.pipe()
    os.write(write_end, b"Uno. Dos.")
    os.close(write_end)
    try:
        assert read_bytes(f"/proc/self/fd/{read_end}") == b"Uno. Dos."
    finally:
        os.close(read_end)


@pytest.mark.parametrize("name", ["x" * 240 + ".tmx", "翻訳メモリ" * 16 + "日本.tmx"])
def test_a_long_name_the_file_system_takes_is_written(tmp_path: Path, name: str) -> None:
    """Names of 242-255 bytes failed with 'File name too long': the temporary file
    beside the output is 14 bytes longer."""
    assert len(name.encode()) <= 255
    with atomic_write(tmp_path / name) as fh:
        fh.write("ok")
    assert (tmp_path / name).read_text() == "ok"
    assert [p.name for p in tmp_path.iterdir()] == [name]  # no temporary file left


PNG_HEAD = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"  # not UTF-8 from its first byte


def test_an_exchange_file_that_is_no_text_and_has_nul_bytes_is_called_binary(
        tmp_path: Path) -> None:
    """An image named .csv: binary, as validate says, not text in another encoding."""
    from aligner.errors import EncodingError
    from aligner.fileio import read_text

    path = tmp_path / "png.csv"
    path.write_bytes(PNG_HEAD)
    with pytest.raises(EncodingError, match=r"byte 8: looks like a binary file \(NUL byte\)"):
        read_text(path, binary_ok=True)


def test_an_exchange_file_may_hold_a_nul_character(tmp_path: Path) -> None:
    from aligner.fileio import read_text

    path = tmp_path / "nul.tsv"
    path.write_bytes(b"a\x00b\tc\n")
    assert read_text(path, binary_ok=True) == "a\x00b\tc\n"


@pytest.mark.parametrize(("data", "hint"), [
    # Spanish saved by Windows (or as Latin-1), Polish by a Central European Windows:
    # the first word the encodings read differently, as each reads it
    ("El señor pagó 5 €.\n".encode("cp1252"),
     "as cp1252 (Western European, Windows-1252 and Latin-1) or cp1254 (Turkish, "
     "Windows-1254) it reads 'señor'; as cp1250 (Central European, Windows-1250) it reads "
     "'seńor': pass --encoding cp1252 or cp1250 or cp1254, whichever reads right"),
    ("Spotkanie odbędzie się w piątek.\n".encode("cp1250"),  # ą is ¹ in the others
     "as cp1250 (Central European, Windows-1250) it reads 'odbędzie': pass --encoding "
     "cp1250 if it reads right"),
    # Russian and Greek in their Windows encodings read as accented Latin letters only
    ("Договор вступает в силу.\n".encode("cp1251"),
     "pass --encoding if the file uses another encoding"),
    ("Η σύμβαση ισχύει από σήμερα.\n".encode("cp1253"),
     "pass --encoding if the file uses another encoding"),
    (b"abc \x81\x8d def\n", "pass --encoding if the file uses another encoding"),
])
def test_a_file_that_is_not_utf8_gets_a_hint(data: bytes, hint: str) -> None:
    from aligner.errors import EncodingError
    from aligner.fileio import decode

    with pytest.raises(EncodingError) as exc:
        decode(data, path="a.txt")
    assert str(exc.value).endswith(hint)
