"""Data shared by every language (no profile: see :func:`aligner.lang.get_profile`).

``segment.txt``: the abbreviations of most Latin-script languages, under every
language's own ``segment.txt`` and alone for languages without one.
``name_particles.txt``: lower-case words that may sit inside a name.
``unit_symbols.txt``: symbols of units of measure (``mg``, ``km``), the same in
every language.
``added_units.txt``: units a translator adds in parentheses after a value, converted
(``12 mm (0.47 in)``), with their sizes.
``cyrillic_latin.tsv``: the Cyrillic letters in Latin ones, to compare a name written
in the two scripts (``Иван Петров``, ``Ivan Petrov``).
``arabic_latin.tsv``: the Arabic letters in Latin ones and the titles before a name, to
compare a name written in the two scripts (``رامي خوري``, ``Rami Khoury``).
"""
