"""How long ``aligner import C.db m.tmx`` takes for a memory of many units.

    .venv/bin/python benchmarks/collection_import.py [--units 20000] [--repeat 3]
        [--src OTHER/src]

Writes a TMX of ``--units`` units (our own sentences; each unit a ``tuid``, dates,
``creationid``, ``changeid``, an ``x-client`` prop, every fifth a note, every third a
``bpt``/``ept`` pair and a ``ph``) in a temporary folder, then, ``--repeat`` times,
imports it into a new collection and once more into the same one (the file
unchanged: nothing stored), each in a fresh process, and prints each run's wall
time, CPU time and peak resident set size.  ``--src`` runs another checkout's code
(``PYTHONPATH``), to compare a version with the one before, interleaved.  Numbers are
recorded in docs/collections.md.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parents[1]


def write_memory(path: Path, units: int) -> None:
    parts = ['<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n'
             '<header creationtool="Hand" creationtoolversion="1" segtype="sentence" '
             'o-tmf="hand" adminlang="en" srclang="es-ES" datatype="plaintext" '
             'creationdate="20200101T000000Z"/>\n<body>\n']
    for i in range(units):
        note = f"<note>Checked {i}.</note>" if i % 5 == 0 else ""
        if i % 3 == 0:
            codes = ('<bpt i="1" x="1">&lt;b&gt;</bpt>{}<ept i="1">&lt;/b&gt;</ept>'
                     '<ph x="2">&lt;br/&gt;</ph>')
            src = f"La frase {i} pulsa {codes.format('Aceptar')} ahora, señor."
            tgt = f"Sentence {i} presses {codes.format('OK')} now, sir."
        else:
            src = escape(f"La frase número {i} lleva acentos (ñandú, corazón) y «citas».")
            tgt = escape(f"Sentence number {i} carries accents (café, naïve) and “quotes”.")
        parts.append(f'<tu tuid="{i}" creationdate="20210304T101112Z" creationid="ana" '
                     f'changeid="bo"><prop type="x-client">Client {i % 7}</prop>{note}'
                     f'<tuv xml:lang="es-ES"><seg>{src}</seg></tuv>'
                     f'<tuv xml:lang="en-US"><seg>{tgt}</seg></tuv></tu>\n')
    parts.append("</body>\n</tmx>\n")
    path.write_text("".join(parts), encoding="utf-8")


def timed(args: list[str], src: Path) -> tuple[float, float, float]:
    """Wall seconds, CPU seconds (user and system) and peak RSS (MB) of one process."""
    env = {**os.environ, "PYTHONPATH": str(src)}
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "aligner", *args], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    assert proc.stderr is not None
    stderr = proc.stderr.read().decode()
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(stderr)
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--units", type=int, default=20000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--src", type=Path, default=ROOT / "src")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        memory = Path(tmp) / "memory.tmx"
        write_memory(memory, args.units)
        print(f"{memory.stat().st_size / 1e6:.1f} MB, {args.units:,} units; code: {args.src}")
        for n in range(args.repeat):
            db = Path(tmp) / f"c{n}.db"
            for what in ("import", "again"):
                wall, cpu, rss = timed(["import", str(db), str(memory)], args.src)
                print(f"{what:6}  {wall:6.2f} s wall  {cpu:6.2f} s CPU  {rss:5.0f} MB")
            print(f"        database {db.stat().st_size / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
