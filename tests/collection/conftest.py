"""Small hand-written document pairs for the collection tests (our own text)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from aligner.cli.main import cli
from aligner.collection.store import open_collection
from aligner.model import Alignment

# name -> (Spanish, English); one sentence per line, paragraphs apart.
DOCS: dict[str, tuple[str, str]] = {
    "2021/puerto": (
        "El puerto abrió sus muelles en marzo.\n\n"
        "La vía chilena prometía cambios sin violencia. "
        "Los estibadores votaron una huelga de tres días.\n\n"
        "Nadie esperaba que el gobierno cediera tan pronto.\n",
        "The port opened its docks in March.\n\n"
        "The Chilean road promised change without violence. "
        "The dockers voted for a three-day strike.\n\n"
        "Nobody expected the government to give in so soon.\n",
    ),
    "2021/mina": (
        "La mina de cobre empleaba a dos mil obreros.\n\n"
        "Según sus defensores, la vía chilena pasaba por las urnas. "
        "El sindicato pidió un aumento del diez por ciento.\n",
        "The copper mine employed two thousand workers.\n\n"
        "According to its defenders, the Chilean road ran through the ballot box. "
        "The union asked for a ten percent raise.\n",
    ),
    "2022/campo": (
        "Los campesinos ocuparon el fundo al amanecer.\n\n"
        "La vía chilena tenía enemigos en el campo. "
        "Gracias por su atención.\n",
        "The peasants occupied the estate at dawn.\n\n"
        "The Chilean road had enemies in the countryside. "
        "Thank you for your attention.\n",
    ),
    "2022/fabrica": (
        "La fábrica textil cerró sus puertas en junio.\n\n"
        "Los obreros defendieron la vía chilena en asamblea. "
        "Gracias por su atención.\n",
        "The textile factory closed its doors in June.\n\n"
        "The workers defended the Chilean way in an assembly. "
        "Thanks for listening.\n",
    ),
}

GLOSSARY = (
    "es\ten\tstatus\n"
    "vía chilena\tChilean road\tpreferred\n"
    "vía chilena\tChilean way\tallowed\n"
)


def write_folders(root: Path, docs: dict[str, tuple[str, str]] = DOCS) -> tuple[Path, Path]:
    """``root/es/NAME.es.txt`` and ``root/en/NAME.en.txt`` for every document."""
    src_dir, tgt_dir = root / "es", root / "en"
    for name, (es, en) in docs.items():
        for folder, lang, text in ((src_dir, "es", es), (tgt_dir, "en", en)):
            path = folder / f"{name}.{lang}.txt"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
    return src_dir, tgt_dir


# An NGO's press notes, written in English and translated into Spanish: name -> (English,
# Spanish), for a collection of two language pairs.
EN_ES: dict[str, tuple[str, str]] = {
    "cordones": (
        "The workers formed industrial belts in the south of the city.\n\n"
        "The belts coordinated the occupied factories.\n",
        "Los obreros formaron cordones industriales en el sur de la ciudad.\n\n"
        "Los cordones coordinaban las fábricas ocupadas.\n"),
    "camino": (
        "The Chilean road was a peaceful one.\n\n"
        "Thank you for your attention.\n",
        "La vía chilena fue pacífica.\n\n"
        "Gracias por su atención.\n"),
}

#: The units of :data:`EN_ES` in the order a collection keeps them (by name: camino,
#: cordones), each sentence a unit -- written out, not derived from the texts above.
EN_ES_UNITS = [
    ("The Chilean road was a peaceful one.", "La vía chilena fue pacífica."),
    ("Thank you for your attention.", "Gracias por su atención."),
    ("The workers formed industrial belts in the south of the city.",
     "Los obreros formaron cordones industriales en el sur de la ciudad."),
    ("The belts coordinated the occupied factories.",
     "Los cordones coordinaban las fábricas ocupadas.")]


def write_en_es(root: Path, folder: str = "notas") -> tuple[Path, Path]:
    """``root/en/FOLDER/NAME.en.txt`` and ``root/es/FOLDER/NAME.es.txt``: the documents
    of :data:`EN_ES`, en -> es by the folders' names."""
    for name, (en, es) in EN_ES.items():
        for lang, text in (("en", en), ("es", es)):
            path = root / lang / folder / f"{name}.{lang}.txt"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
    return root / "en", root / "es"


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def folders(tmp_path: Path) -> tuple[Path, Path]:
    return write_folders(tmp_path)


@pytest.fixture
def glossary(tmp_path: Path) -> Path:
    path = tmp_path / "glossary.tsv"
    path.write_text(GLOSSARY, encoding="utf-8")
    return path


@pytest.fixture
def collection(tmp_path: Path, folders: tuple[Path, Path]) -> Path:
    """The documents above aligned into ``tmp_path/c.db`` (one worker)."""
    db = tmp_path / "c.db"
    code, _, stderr = run("batch", str(folders[0]), str(folders[1]), "--src-lang", "es",
                          "--tgt-lang", "en", "--db", str(db), "--jobs", "1")
    assert code == 0, stderr
    return db


@pytest.fixture
def mixed(collection: Path, tmp_path: Path) -> Path:
    """The collection above, es -> en, with the en -> es notes of :data:`EN_ES` added
    (``es/notas/cordones``, ``es/notas/camino``: named with their language, as the
    collection's second pair): a collection of two language pairs."""
    en, es = write_en_es(tmp_path / "ngo")
    code, _, stderr = run("batch", str(en), str(es), "--db", str(collection), "--jobs", "1")
    assert code == 0 and "now holds 2 language pairs" in stderr, stderr
    return collection


@pytest.fixture
def make_read_only() -> Iterator[Callable[[Path], None]]:
    """Make a file or folder read-only for this process, as a read-only share is, until
    the test ends: ``chattr +i`` as root (whom permission bits do not stop; skipped
    where the file system has no such flag), else a chmod that takes the write bits."""
    done: list[tuple[Path, int]] = []

    def lock(path: Path) -> None:
        mode = path.stat().st_mode
        path.chmod(mode & ~0o222)
        done.append((path, mode))
        if os.geteuid() == 0:
            made = subprocess.run(["chattr", "+i", str(path)], capture_output=True,
                                  check=False)
            if made.returncode != 0:
                pytest.skip(f"chattr +i does not work here: {made.stderr!r}")

    yield lock
    for path, mode in reversed(done):
        if os.geteuid() == 0:
            subprocess.run(["chattr", "-i", str(path)], capture_output=True, check=False)
        path.chmod(mode)


def batch_es_en(files: Path, db: Path, *more: str) -> Path:
    """``aligner batch`` of the folders ``es`` and ``en`` under ``files`` into ``db``
    (one worker, no encoder; ``more`` options), which it returns."""
    code, _, stderr = run("batch", str(files / "es"), str(files / "en"), "--db", str(db),
                          "--encoder", "none", "--jobs", "1", *more)
    assert code == 0, stderr
    return db


def batch_folders(src: Path, tgt: Path, db: Path) -> str:
    """``aligner batch`` of the folders ``src`` (Spanish) and ``tgt`` (English) into
    ``db`` (one worker, no encoder), which must succeed; what it said on stderr."""
    code, _, stderr = run("batch", str(src), str(tgt), "--db", str(db), "--src-lang", "es",
                          "--tgt-lang", "en", "--jobs", "1", "--encoder", "none")
    assert code == 0, stderr
    return stderr


def db_rows(db: Path, sql: str) -> list[tuple[object, ...]]:
    """The rows ``sql`` selects from the collection ``db``, read with plain sqlite3."""
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def replace_in_mina(folder: Path, old: str, new: str) -> None:
    """``old`` replaced by ``new`` in the file of ``write_folders``' 2021/mina under
    ``folder``: the user's edit of a document's file."""
    path = next(folder.rglob("mina*"))
    path.write_text(path.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")


def reviewed_then_changed(files: Path, db: Path, name: str, path: str, text: str
                          ) -> Alignment:
    """Confirm the first bead of the document ``name`` (a review), write ``text`` to its
    file ``path`` (under ``files``: ``en/sal.en.srt``), batch the folders ``es`` and
    ``en`` again (the review carried over to the changed files) and return the
    alignment the collection stores then."""
    from aligner.editor.catalog import CollectionDocuments
    from aligner.editor.edits import Edit, Op

    docs = CollectionDocuments(db)
    try:
        session = docs[next(s.id for s in docs.summaries() if s.name == name)].session
        session.edit(Edit(Op.CONFIRM, 0), 0)
    finally:
        docs.close()
    (files / path).write_text(text, encoding="utf-8")
    batch_es_en(files, db)
    with open_collection(db) as c:
        return c.alignment(c.documents([name])[0])
