"""Type stubs of the compiled core of ``sayso``.

Every ``start`` and ``end`` below is a character offset into the Python
``str`` that was extracted; only :meth:`Extraction.to_json` reports UTF-8
byte offsets.
"""

import os
from typing import Any, Dict, Iterable, List, Literal, Optional, Union

__version__: str

EntityKind = Literal["person", "organization", "place"]
EntitySource = Literal["gazetteer", "discovered"]
How = Literal[
    "gazetteer",
    "short_form",
    "title",
    "apposition",
    "name_shape",
    "byline",
    "name_cue",
    "acronym",
    "context",
    "acronym_shape",
]
Choice = Literal[
    "only_candidate",
    "prior",
    "in_document",
    "title_before",
    "place_context",
    "own_name",
    "discovered",
]
QuoteKind = Literal["direct", "partial", "indirect"]
QuoteRule = Literal[
    "quote_cue_speaker",
    "speaker_cue_quote",
    "quote_speaker_cue",
    "reported_voice",
    "according_to",
    "colon",
    "late_cue",
    "previous_sentence",
    "signature",
    "pronoun",
    "nominal",
    "continuation",
    "joint_statement",
    "unattributed",
]
EntityRef = Union["Entity", str, int]

class GazetteerError(ValueError):
    """A gazetteer that cannot be read or compiled.

    ``str(error)`` is the crate's message, naming the file and line at
    fault (``people.tsv:42: column "kind": unknown kind "persn" ...``).
    """

    file: Optional[str]
    """The file at fault, when there is one."""
    line: Optional[int]
    """The 1-based line at fault, when there is one."""

class Extractor:
    """Finds the people, organizations and places a text names, and who said what.

    ``Extractor()`` uses the bundled gazetteer, compiled once per process
    and shared by every such extractor. ``Extractor(gazetteer="dir")`` uses
    the bundled word lists and the ``.tsv`` files of ``dir``.
    ``explain=True`` makes ``to_json()`` and ``to_dict()`` say how each
    mention was found and why it went to its entity. Building may raise
    :class:`GazetteerError`; extracting never fails. One extractor serves
    any number of threads.
    """

    def __init__(
        self,
        gazetteer: Union[str, "os.PathLike[str]", None] = None,
        *,
        explain: bool = False,
    ) -> None: ...
    @property
    def gazetteer(self) -> Optional[str]:
        """The gazetteer directory it was built from; ``None`` for the bundled one."""
    @property
    def explain(self) -> bool:
        """Whether serialized extractions say how each mention was found."""
    @property
    def entry_count(self) -> int:
        """The number of entries of its gazetteer."""
    @property
    def pattern_count(self) -> int:
        """The number of distinct folded patterns its matcher holds."""
    def extract(self, text: str) -> "Extraction":
        """Extracts the entities and quotations of ``text``.

        Offsets of the result are character offsets into ``text``. The
        interpreter is released while the extraction runs. A string with a
        lone surrogate, which has no UTF-8 form, raises ``UnicodeEncodeError``.
        """
    def extract_batch(
        self, texts: Iterable[str], threads: Optional[int] = None
    ) -> List["Extraction"]:
        """Extracts many texts in parallel, keeping their order.

        Equal to ``[self.extract(t) for t in texts]``. The texts are copied
        out, then ``threads`` threads (default: one per core, or
        ``RAYON_NUM_THREADS``) extract them with the interpreter released.
        The threads live as long as the process and remember the words they
        have met, so later batches go faster.
        """

class Extraction:
    """What one document names and who said what in it.

    Offsets are character offsets into :attr:`text`; :meth:`to_json` gives
    the crate's JSON with UTF-8 byte offsets instead.
    """

    @property
    def text(self) -> str:
        """The text that was extracted."""
    @property
    def entities(self) -> List["Entity"]:
        """The entities, in order of first mention: ``entities[i].id == f"e{i}"``."""
    @property
    def mentions(self) -> List["Mention"]:
        """Every mention, in text order, without overlap."""
    @property
    def quotes(self) -> List["Quote"]:
        """The quotations, in text order."""
    def entity(self, id: EntityRef) -> Optional["Entity"]:
        """The entity with id ``id`` (``"e3"``) or index ``id`` (``3``), or ``None``."""
    def mentions_of(self, entity: EntityRef) -> List["Mention"]:
        """The mentions of ``entity`` (an Entity, an id or an index), in text order.

        Raises ``ValueError`` when there is no such entity.
        """
    def to_dict(self) -> Dict[str, Any]:
        """The evaluation kit's JSON shape, with **character** offsets.

        ``{"entities": [...], "quotes": [...]}``, each entity with its
        mentions nested: the keys of :meth:`to_json`.
        """
    def to_json(self) -> str:
        """The crate's own JSON, with UTF-8 **byte** offsets.

        Byte for byte what the ``extract`` command prints after its
        ``"file"`` or ``"id"`` key.
        """

class Entity:
    """One real-world entity the document names, with its mentions in text order."""

    @property
    def id(self) -> str:
        """Its id in the extraction: ``"e0"``, ``"e1"``, … in order of first mention."""
    @property
    def index(self) -> int:
        """Its index in :attr:`Extraction.entities`."""
    @property
    def kind(self) -> EntityKind:
        """``"person"``, ``"organization"`` or ``"place"``."""
    @property
    def name(self) -> str:
        """Its canonical name: the gazetteer's, or the fullest form the document gives."""
    @property
    def gazetteer_id(self) -> Optional[str]:
        """Its gazetteer identifier (``"geonames:98182"``); ``None`` when discovered."""
    @property
    def source(self) -> EntitySource:
        """``"gazetteer"`` or ``"discovered"``."""
    @property
    def designations(self) -> List["Designation"]:
        """The roles the document gives it, in order of appearance."""
    @property
    def mentions(self) -> List["Mention"]:
        """Its mentions, in text order."""
    def to_dict(self) -> Dict[str, Any]:
        """``{"id", "kind", "name", "gazetteer_id", "source", "mentions"}`` (and
        ``"roles"`` when the extractor explains), with character offsets."""

class Mention:
    """One mention of an entity: ``text[start:end]`` is its name."""

    @property
    def start(self) -> int:
        """Character offset of its first character."""
    @property
    def end(self) -> int:
        """Character offset one past its last character."""
    @property
    def text(self) -> str:
        """Its words: the name alone, without a title or a possessive."""
    @property
    def entity(self) -> str:
        """The id of its entity (``"e3"``); see :meth:`Extraction.entity`."""
    @property
    def how(self) -> How:
        """How it was found."""
    @property
    def choice(self) -> Choice:
        """Why it went to its entity."""
    def to_dict(self) -> Dict[str, Any]:
        """``{"start", "end"}`` (and ``"how"``, ``"choice"`` when the extractor
        explains), with character offsets."""

class Designation:
    """A role the document gives an entity, by which later text may name it."""

    @property
    def start(self) -> int:
        """Character offset of the phrase's first character."""
    @property
    def end(self) -> int:
        """Character offset one past its last character."""
    @property
    def text(self) -> str:
        """The whole phrase."""
    @property
    def title(self) -> str:
        """The title at its core, folded: ``"spokesman"``."""
    def to_dict(self) -> Dict[str, Any]:
        """``{"start", "end", "title"}``, with character offsets."""

class Quote:
    """One quotation, with its speaker when one was found."""

    @property
    def start(self) -> int:
        """Character offset of the first quoted character (inside the marks)."""
    @property
    def end(self) -> int:
        """Character offset one past the last quoted character."""
    @property
    def text(self) -> str:
        """The words quoted."""
    @property
    def kind(self) -> QuoteKind:
        """``"direct"``, ``"partial"`` or ``"indirect"``."""
    @property
    def rule(self) -> QuoteRule:
        """The attribution rule that fired."""
    @property
    def confidence(self) -> float:
        """How sure the attribution is, from 0 to 1."""
    @property
    def speaker(self) -> Optional["Speaker"]:
        """Who said it; ``None`` when no speaker was found."""
    @property
    def cue(self) -> Optional["Span"]:
        """The speech cue (``said``, ``according to``), when there is one."""
    def to_dict(self) -> Dict[str, Any]:
        """``{"start", "end", "kind", "speaker", "cue", "rule", "confidence"}``,
        with character offsets."""

class Speaker:
    """Who said a quotation: the words the attribution rests on, and their entity."""

    @property
    def start(self) -> int:
        """Character offset of the first character of the speaker's words."""
    @property
    def end(self) -> int:
        """Character offset one past their last character."""
    @property
    def text(self) -> str:
        """The speaker's words (``"he"``, ``"the agency"``, ``"Khafaji"``)."""
    @property
    def entity(self) -> Optional[str]:
        """The id of the speaker's entity, or ``None`` for an unnamed source."""
    def to_dict(self) -> Dict[str, Any]:
        """``{"entity", "start", "end"}``, with character offsets."""

class Span:
    """A stretch of the text, such as a quotation's speech cue."""

    @property
    def start(self) -> int:
        """Character offset of its first character."""
    @property
    def end(self) -> int:
        """Character offset one past its last character."""
    @property
    def text(self) -> str:
        """Its words."""
    def to_dict(self) -> Dict[str, Any]:
        """``{"start", "end"}``, with character offsets."""
