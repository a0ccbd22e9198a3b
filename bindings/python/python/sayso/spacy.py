"""A spaCy pipeline component that runs sayso: ``nlp.add_pipe("sayso")``.

Installed with the ``spacy`` extra (``pip install sayso[spacy]``), the
component is found through spaCy's ``spacy_factories`` entry point, so no
import of sayso is needed::

    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sayso")
    doc = nlp("“We stay,” said Maj. Gen. Tahsin al-Khafaji in Baghdad.")
    [(ent.text, ent.label_) for ent in doc.ents]
    # [('Tahsin al-Khafaji', 'PERSON'), ('Baghdad', 'GPE')]
    quote = doc._.quotes[0]
    quote.span.text, quote.speaker.text, quote.speaker_name

What it sets on each ``Doc``:

- ``doc.ents``: every mention, labelled ``PERSON``, ``ORG`` or ``GPE`` by
  its entity's kind (spaCy's English models give countries, cities and
  regions, which are most of the gazetteer's places, the label ``GPE``;
  ``labels={"place": "LOC"}`` uses that instead), with the entity's
  gazetteer id as ``kb_id_`` (empty for a name found in the text) and its
  id in the extraction (``"e3"``) as ``id_``, which the mentions of one
  entity share. A mention is aligned to the tokens that cover it
  (``alignment_mode="expand"``); of mentions that then overlap, the longest
  is kept. With ``overwrite_ents=False`` (the default) the entities already
  on the ``Doc`` stay and a mention that overlaps one is dropped; with
  ``True`` sayso's replace them.
- ``doc._.quotes``: a list of :class:`QuoteSpan`, one per quotation: the
  quoted words, the words of its speaker and the speaker's name.
- ``doc._.sayso``: the :class:`sayso.Extraction` itself, with character
  offsets into ``doc.text``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Dict, Iterable, Iterator, List, Optional

from spacy.language import Language
from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan
from spacy.util import filter_spans, minibatch

import sayso

DEFAULT_LABELS: Dict[str, str] = {
    "person": "PERSON",
    "organization": "ORG",
    "place": "GPE",
}
"""The spaCy label of each kind of entity."""


@dataclass(frozen=True)
class QuoteSpan:
    """One quotation of a ``Doc``, as spaCy spans.

    ``span`` covers the quoted words (inside the marks), ``speaker`` the
    words its attribution rests on (``he``, ``the agency``, a name), or
    ``None`` when no speaker was found; ``speaker_name`` is the canonical
    name of the speaker's entity, or ``None`` for an unnamed source.
    ``quote`` is sayso's own :class:`sayso.Quote`, with character offsets.
    """

    span: SpacySpan
    speaker: Optional[SpacySpan]
    speaker_name: Optional[str]
    kind: str
    rule: str
    quote: sayso.Quote


for _name in ("quotes", "sayso"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


class SaysoComponent:
    """Sets ``doc.ents``, ``doc._.quotes`` and ``doc._.sayso`` from sayso.

    ``gazetteer`` is a directory of ``.tsv`` files (``None``: the bundled
    gazetteer); ``labels`` maps ``person``, ``organization`` and ``place`` to
    spaCy labels; ``threads`` is the number of threads ``nlp.pipe`` uses
    (``None``: one per core).
    """

    def __init__(
        self,
        nlp: Language,
        name: str = "sayso",
        *,
        gazetteer: Optional[str] = None,
        labels: Optional[Dict[str, str]] = None,
        overwrite_ents: bool = False,
        threads: Optional[int] = None,
    ) -> None:
        self.name = name
        self.gazetteer = gazetteer
        self.labels = {**DEFAULT_LABELS, **(labels or {})}
        self.overwrite_ents = overwrite_ents
        self.threads = threads
        self.extractor = sayso.Extractor(gazetteer)

    def __call__(self, doc: Doc) -> Doc:
        """Annotates one ``Doc``."""
        return self.annotate(doc, self.extractor.extract(doc.text))

    def pipe(self, stream: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        """Annotates ``Doc``s in batches, each extracted on all threads."""
        for batch in minibatch(stream, size=batch_size):
            texts = [doc.text for doc in batch]
            extractions = self.extractor.extract_batch(texts, threads=self.threads)
            for doc, extraction in zip(batch, extractions):
                yield self.annotate(doc, extraction)

    def annotate(self, doc: Doc, extraction: sayso.Extraction) -> Doc:
        """Sets the annotations of ``extraction``, made from ``doc.text``."""
        doc._.sayso = extraction
        doc.ents = self._entities(doc, extraction)
        doc._.quotes = self._quotes(doc, extraction)
        return doc

    def _entities(self, doc: Doc, extraction: sayso.Extraction) -> List[SpacySpan]:
        found = []
        for entity in extraction.entities:
            label = self.labels.get(entity.kind, entity.kind.upper())
            kb_id = entity.gazetteer_id or ""
            for mention in entity.mentions:
                span = doc.char_span(
                    mention.start,
                    mention.end,
                    label=label,
                    kb_id=kb_id,
                    span_id=entity.id,
                    alignment_mode="expand",
                )
                if span is not None:
                    found.append(span)
        found = filter_spans(found)
        if self.overwrite_ents:
            return found
        kept = list(doc.ents)
        taken = {i for ent in kept for i in range(ent.start, ent.end)}
        kept += [s for s in found if not taken.intersection(range(s.start, s.end))]
        return sorted(kept, key=lambda span: span.start)

    def _quotes(self, doc: Doc, extraction: sayso.Extraction) -> List[QuoteSpan]:
        quotes = []
        for quote in extraction.quotes:
            span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
            if span is None:
                continue
            speaker = quote.speaker
            speaker_span = None
            speaker_name = None
            if speaker is not None:
                speaker_span = doc.char_span(
                    speaker.start, speaker.end, alignment_mode="expand"
                )
                if speaker.entity is not None:
                    entity = extraction.entity(speaker.entity)
                    speaker_name = entity.name if entity is not None else None
            quotes.append(
                QuoteSpan(
                    span=span,
                    speaker=speaker_span,
                    speaker_name=speaker_name,
                    kind=quote.kind,
                    rule=quote.rule,
                    quote=quote,
                )
            )
        return quotes

    def __getstate__(self) -> Dict[str, Any]:
        # The extractor is rebuilt from the settings, not pickled, so that
        # `nlp.pipe(n_process=...)` can send the component to its workers.
        state = dict(self.__dict__)
        del state["extractor"]
        return state

    def __setstate__(self, state: Dict[str, Any]) -> None:
        self.__dict__.update(state)
        self.extractor = sayso.Extractor(self.gazetteer)


@Language.factory(
    "sayso",
    default_config={
        "gazetteer": None,
        "labels": DEFAULT_LABELS,
        "overwrite_ents": False,
        "threads": None,
    },
)
def make_sayso(
    nlp: Language,
    name: str,
    gazetteer: Optional[str],
    labels: Dict[str, str],
    overwrite_ents: bool,
    threads: Optional[int],
) -> SaysoComponent:
    """The ``"sayso"`` factory of spaCy."""
    return SaysoComponent(
        nlp,
        name,
        gazetteer=gazetteer,
        labels=labels,
        overwrite_ents=overwrite_ents,
        threads=threads,
    )
