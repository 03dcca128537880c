"""The alignment editor, ``aligner review`` (see ``docs/editor.md``)."""
