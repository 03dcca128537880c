"""Collections: many document pairs aligned into one SQLite database.

``aligner batch`` fills one (:mod:`~aligner.collection.batch`, with
:mod:`~aligner.collection.pairing` to find the pairs and
:mod:`~aligner.collection.work` for one pair's work), and ``aligner import`` adds
translation memories (:mod:`~aligner.collection.memories`); ``export``, ``check``,
``report`` and ``search`` read it (:mod:`~aligner.collection.store`,
:mod:`~aligner.collection.search`, :mod:`~aligner.collection.crosscheck`).
The schema is in ``docs/collections.md``.
"""
