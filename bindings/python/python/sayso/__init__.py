"""Finds the people, organizations and places a news article names, and who said what.

>>> import sayso
>>> extractor = sayso.Extractor()  # the bundled gazetteer, compiled once per process
>>> text = "“We stay,” said Hewlêr’s governor, Omed Khoshnaw."
>>> extraction = extractor.extract(text)
>>> [(m.text, text[m.start:m.end]) for m in extraction.mentions][0]
('Hewlêr', 'Hewlêr')

Every ``start`` and ``end`` of the objects an extraction holds is a
**character** offset into the Python string that was extracted, so
``text[m.start:m.end]`` is the mention, whatever the script of the text.
The one exception is :meth:`Extraction.to_json`, the crate's own JSON,
whose offsets are UTF-8 **byte** offsets, as the ``extract`` command
prints them.
"""

from sayso._sayso import (
    Designation,
    Entity,
    Extraction,
    Extractor,
    GazetteerError,
    Mention,
    Quote,
    Span,
    Speaker,
    __version__,
)

__all__ = [
    "Designation",
    "Entity",
    "Extraction",
    "Extractor",
    "GazetteerError",
    "Mention",
    "Quote",
    "Span",
    "Speaker",
    "__version__",
]
