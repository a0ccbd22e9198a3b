"""The spaCy component, on a blank pipeline: no model needed."""

from __future__ import annotations

import os
import pickle

import pytest

# Skipped without spaCy, unless the run requires it (as CI does).
if os.environ.get("SAYSO_REQUIRE_SPACY"):
    import spacy
else:
    spacy = pytest.importorskip("spacy")

import sayso  # noqa: E402
from sayso.spacy import QuoteSpan  # noqa: E402

TEXT = (
    "🙂 In بغداد, “We will stay,” said Maj. Gen. Tahsin al-Khafaji in Baghdad. "
    "Iraqi Prime Minister Mustafa al-Kadhimi met U.S. officials. "
    "“Our forces will leave,” he said. Café owners in Hewlêr agreed."
)


@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.blank("en")
    nlp.add_pipe("sayso")  # found through the spacy_factories entry point
    return nlp


def test_sets_entities_with_labels(nlp) -> None:
    doc = nlp(TEXT)
    ents = {(e.text, e.label_) for e in doc.ents}
    assert ("Tahsin al-Khafaji", "PERSON") in ents
    assert ("Mustafa al-Kadhimi", "PERSON") in ents
    assert ("Baghdad", "GPE") in ents
    assert ("Hewlêr", "GPE") in ents
    erbil = next(e for e in doc.ents if e.text == "Hewlêr")
    assert erbil.kb_id_.startswith("geonames:")
    assert erbil.id_ == doc._.sayso.entity(erbil.id_).id


def test_entity_spans_are_the_mentions(nlp) -> None:
    doc = nlp(TEXT)
    extraction = doc._.sayso
    assert isinstance(extraction, sayso.Extraction)
    mentions = {(m.start, m.end) for m in extraction.mentions}
    # The blank English tokenizer splits these names where sayso does.
    assert {(e.start_char, e.end_char) for e in doc.ents} <= mentions


def test_sets_quotes_with_speakers(nlp) -> None:
    doc = nlp(TEXT)
    quotes = doc._.quotes
    assert quotes and all(isinstance(q, QuoteSpan) for q in quotes)
    first = quotes[0]
    assert first.span.text == "We will stay,"
    assert first.speaker is not None and first.speaker.text == "Tahsin al-Khafaji"
    assert first.speaker_name == "Tahsin al-Khafaji"
    he = next(q for q in quotes if q.speaker is not None and q.speaker.text == "he")
    assert he.speaker_name == "Mustafa al-Kadhimi"
    assert he.kind == "direct" and he.rule == he.quote.rule


def test_overlaps_are_dropped_and_existing_entities_kept(nlp) -> None:
    doc = nlp.make_doc("U.S.-led forces left Baghdad.")
    doc.ents = [doc.char_span(0, 8, label="NORP")]
    doc = nlp.get_pipe("sayso")(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("U.S.-led", "NORP"), ("Baghdad", "GPE")]


def test_overwrite_ents_and_labels() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("sayso", config={"overwrite_ents": True, "labels": {"place": "LOC"}})
    doc = nlp.make_doc("Troops left Baghdad.")
    doc.ents = [doc.char_span(0, 6, label="NORP")]
    doc = nlp.get_pipe("sayso")(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("Baghdad", "LOC")]


def test_pipe_equals_call(nlp) -> None:
    texts = [TEXT, "", "Erbil is Hewlêr.", "“No,” said Kadhimi."] * 5
    piped = list(nlp.pipe(texts, batch_size=3))
    called = [nlp(t) for t in texts]
    for a, b in zip(piped, called):
        assert [(e.start, e.end, e.label_) for e in a.ents] == [
            (e.start, e.end, e.label_) for e in b.ents
        ]
        assert [(q.span.start, q.speaker_name) for q in a._.quotes] == [
            (q.span.start, q.speaker_name) for q in b._.quotes
        ]


def test_component_pickles(nlp) -> None:
    component = pickle.loads(pickle.dumps(nlp.get_pipe("sayso")))
    assert isinstance(component.extractor, sayso.Extractor)
    assert component(nlp.make_doc("Troops left Baghdad.")).ents
