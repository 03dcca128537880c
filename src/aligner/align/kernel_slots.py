"""The DP kernels' interface constants: bead kinds and parameter-vector slots.

The kernels take plain arrays, not objects: a bead kind is an index into
:data:`KINDS` (the backpointer value), and the cost model's parameters are the
slots of one ``params`` vector.  The C kernel (``_dpc.c``) spells the same
table and slots as ``KA``/``KB`` and an ``enum``; ``tests/align/test_slots.py``
parses them out of the C source and checks that they agree with this module,
name by name and value by value.

This module imports nothing of the project: the numba kernel
(``_dp_numba.py``) depends on it alone, not on ``dp.py`` or the driver; ``dp.py``,
which picks the kernel, imports ``_dp_numba.py`` only when it falls back to it.
"""

from __future__ import annotations

import numpy as np

# Bead kinds: (source count, target count).  Index = backpointer value.  The last six
# are runs of unaligned sentences on one side; callers split them into single null beads.
KINDS = np.array(
    [[1, 1], [1, 0], [0, 1], [1, 2], [2, 1], [2, 2], [1, 3], [3, 1], [2, 3], [3, 2],
     [1, 4], [4, 1], [1, 5], [5, 1], [3, 3],
     [0, 2], [2, 0], [0, 3], [3, 0], [0, 4], [4, 0]],
    dtype=np.int64,
)
REACH = int(KINDS.max())  # the largest bead side: how many rows back a move reaches
NO_MOVE = -1  # backpointer of a node no bead reaches

# Slots of the ``params`` vector the kernels read.
P_RATIO = 0  # target/source length ratio
P_VAR = 1  # variance factor of the length model
P_LAM_LEN = 2  # weight of the length cost
P_LAM_LEX = 3  # weight of the lexical cost
P_NULL = 4  # cost of one unaligned sentence
P_SMOOTH = 5  # added to the mass in similarity denominators
P_PAR = 6  # penalty per paragraph start inside a group
P_LEN_CAP = 7  # the length cost is capped here
P_MU = 8  # mean feature mass of a sentence
P_SUPPORT = 9  # weight of the support penalty (0 = off)
P_SUPPORT_MIN = 10  # support below which a member is penalised
P_MEMBER = 11  # weight of the members' shortfall (0 = off)
P_LAM_ENC = 12  # weight of the sentence encoder's term (0 = off: no embeddings)
P_ENC_REWARD = 13  # subtracted from an aligned bead's cost when the encoder's term is on
P_ENC_MEMBER = 14  # weight of a bead member's own encoder distance beyond the bead's
P_CONT = 15  # bonus per line inside a group that continues the line before it
P_END_MIS = 16  # a bead that ends mid-sentence on one side and at a sentence end on the other
P_ENC_CROSS = 17  # a bead whose end cuts a clause from its translation (0 = off: no clauses)
P_ENC_CROSS_MIN = 18  # how much closer the next sentence must be before that counts
P_PAR_MIS = 19  # a bead that ends at a paragraph end on one side only (0 = off)
N_PARAMS = 20

# Line marks (the kernels' ``s_par``/``t_par``): what lies between a line and the one
# before it.  Inside a group a paragraph start costs ``P_PAR`` and a continuation
# earns ``P_CONT``; where a bead ends, the mark of the line after it tells whether
# that side ends mid-sentence (MARK_AFTER_OPEN) or at a sentence end (MARK_AFTER_END,
# MARK_PARAGRAPH): one of each costs ``P_END_MIS``; a paragraph end on one side only
# costs ``P_PAR_MIS``.
MARK_NONE = 0  # the line before ends in neither way (no punctuation, a colon, a dash)
MARK_PARAGRAPH = 1  # a paragraph starts here
MARK_CONTINUES = -1  # the line before left a bracket open that this line closes
MARK_AFTER_OPEN = 2  # the line before ends mid-sentence (a comma, a semicolon: marks.py)
MARK_AFTER_END = 3  # the line before ends with a sentence terminator

# per bead: cost, length cost, similarity, cost as null beads, encoder cosine, posterior
# (the minimum-Bayes-risk kernel's; NaN from the best path's)
N_STATS = 6
