"""The Python API: offsets in characters, lookups, batches, errors, reprs."""

from __future__ import annotations

import json
import pickle
import threading
from pathlib import Path

import pytest

import sayso

# Text outside ASCII before every span: a letter with a diacritic, curly
# quotes, Arabic, and characters outside the Basic Multilingual Plane,
# which take four bytes in UTF-8 and one character in a Python str.
TEXT = (
    "🙂 Café owners in بغداد gathered. “We will stay,” said Maj. Gen. Tahsin al-Khafaji 🇮🇶 "
    "in Baghdad. Iraqi Prime Minister Mustafa al-Kadhimi 😀 met U.S. officials in Washington. "
    "“Our forces will leave the sites,” he said. Hewlêr is Erbil. 𝔘 Kadhimi said that the "
    "talks with the United Nations went well."
)


def byte_offset(text: str, char: int) -> int:
    return len(text[:char].encode("utf-8"))


@pytest.fixture(scope="module")
def extraction(extractor: sayso.Extractor) -> sayso.Extraction:
    return extractor.extract(TEXT)


def test_bundled_gazetteer_finds_people_places_and_quotes(
    extraction: sayso.Extraction,
) -> None:
    names = {(e.name, e.kind) for e in extraction.entities}
    assert ("Mustafa al-Kadhimi", "person") in names
    assert ("Baghdad", "place") in names
    assert ("Erbil", "place") in names
    quotes = [(q.text, q.speaker and q.speaker.text) for q in extraction.quotes]
    assert ("We will stay,", "Tahsin al-Khafaji") in quotes
    assert ("Our forces will leave the sites,", "he") in quotes


def test_offsets_are_characters_of_the_python_string(extraction: sayso.Extraction) -> None:
    spans = []
    for mention in extraction.mentions:
        spans.append(mention)
    for quote in extraction.quotes:
        spans.append(quote)
        spans += [s for s in (quote.speaker, quote.cue) if s is not None]
    assert len(spans) > 10
    for span in spans:
        assert TEXT[span.start : span.end] == span.text
        # Every span follows text outside ASCII, so bytes and characters differ.
        assert byte_offset(TEXT, span.start) > span.start


def test_to_json_keeps_byte_offsets(extraction: sayso.Extraction) -> None:
    encoded = TEXT.encode("utf-8")
    crate = json.loads(extraction.to_json())
    by_start = {m.start: m for m in extraction.mentions}
    for entity in crate["entities"]:
        for mention in entity["mentions"]:
            words = encoded[mention["start"] : mention["end"]].decode("utf-8")
            char_start = len(encoded[: mention["start"]].decode("utf-8"))
            assert by_start[char_start].text == words


def test_to_dict_has_the_json_shape(extraction: sayso.Extraction) -> None:
    as_dict = extraction.to_dict()
    crate = json.loads(extraction.to_json())
    assert as_dict.keys() == crate.keys() == {"entities", "quotes"}
    for mine, theirs in zip(as_dict["entities"], crate["entities"]):
        assert mine.keys() == theirs.keys()
        assert len(mine["mentions"]) == len(theirs["mentions"])
    for mine, theirs in zip(as_dict["quotes"], crate["quotes"]):
        assert mine.keys() == theirs.keys()
        assert mine["confidence"] == theirs["confidence"]
    json.dumps(as_dict)  # plain JSON types only


def test_every_object_has_to_dict(extraction: sayso.Extraction) -> None:
    entity = extraction.entities[0]
    assert entity.to_dict() == extraction.to_dict()["entities"][0]
    assert [m.to_dict() for m in entity.mentions] == entity.to_dict()["mentions"]
    quote = next(q for q in extraction.quotes if q.speaker and q.cue)
    assert quote.speaker.to_dict() == {
        "entity": quote.speaker.entity,
        "start": quote.speaker.start,
        "end": quote.speaker.end,
    }
    assert quote.cue.to_dict() == {"start": quote.cue.start, "end": quote.cue.end}


def test_entities_and_mentions_point_at_each_other(extraction: sayso.Extraction) -> None:
    for index, entity in enumerate(extraction.entities):
        assert entity.id == f"e{index}" and entity.index == index
        assert extraction.entity(entity.id) is entity
        assert extraction.entity(index) is entity
        assert extraction.entity(entity) is entity
        assert extraction.mentions_of(entity) == entity.mentions
        assert all(m.entity == entity.id for m in entity.mentions)
    assert sum(len(e.mentions) for e in extraction.entities) == len(extraction.mentions)
    assert extraction.entity("e999") is None
    assert extraction.entity(-1) is None
    with pytest.raises(ValueError):
        extraction.mentions_of("e999")
    with pytest.raises(TypeError):
        extraction.entity(1.5)


def test_speakers_name_their_entity(extraction: sayso.Extraction) -> None:
    named = [q.speaker for q in extraction.quotes if q.speaker and q.speaker.entity]
    assert named
    for speaker in named:
        assert extraction.entity(speaker.entity) is not None


def test_objects_are_kept_once_made(extraction: sayso.Extraction) -> None:
    assert extraction.mentions[0] is extraction.mentions[0]
    assert extraction.entities is not extraction.entities  # a fresh list each time
    assert extraction.text is TEXT or extraction.text == TEXT


def test_names_are_the_crates(extraction: sayso.Extraction) -> None:
    assert {e.kind for e in extraction.entities} <= {"person", "organization", "place"}
    assert {e.source for e in extraction.entities} <= {"gazetteer", "discovered"}
    assert {q.kind for q in extraction.quotes} <= {"direct", "partial", "indirect"}
    assert all(0.0 <= q.confidence <= 1.0 for q in extraction.quotes)
    gazetteer = [e for e in extraction.entities if e.source == "gazetteer"]
    assert all(e.gazetteer_id for e in gazetteer)


def test_reprs(extractor: sayso.Extractor, extraction: sayso.Extraction) -> None:
    assert repr(extractor) == "Extractor(gazetteer=None, explain=False)"
    assert repr(extraction).startswith("Extraction(entities=")
    mention = extraction.mentions[0]
    assert repr(mention).startswith(f"Mention(start={mention.start}, end={mention.end}, ")
    assert repr(mention.text) in repr(mention)
    assert "Entity(id='e0'" in repr(extraction.entities[0])
    assert "speaker=Speaker(" in repr(next(q for q in extraction.quotes if q.speaker))


def test_empty_and_odd_texts(extractor: sayso.Extractor) -> None:
    for text in ["", " ", "“", "\u0000", "🙂" * 1000, "é\r\n" * 50]:
        extraction = extractor.extract(text)
        assert extraction.to_dict()["entities"] == [] or extraction.mentions
    with pytest.raises(TypeError):
        extractor.extract(b"bytes")  # type: ignore[arg-type]
    # A lone surrogate has no UTF-8 form: the text cannot reach the crate.
    with pytest.raises(UnicodeEncodeError):
        extractor.extract("Erbil \ud800")


def test_explain_adds_how_and_choice(explaining: sayso.Extractor) -> None:
    extraction = explaining.extract(TEXT)
    entity = extraction.to_dict()["entities"][0]
    assert {"roles", "mentions"} <= entity.keys()
    assert {"start", "end", "how", "choice"} == entity["mentions"][0].keys()
    assert '"how":' in extraction.to_json()
    assert explaining.explain and repr(explaining).endswith("explain=True)")


def test_batch_equals_extract_in_order(extractor: sayso.Extractor) -> None:
    texts = [TEXT, "", "Erbil is Hewlêr.", "“No,” said Kadhimi in بغداد."] * 25
    one_by_one = [extractor.extract(t) for t in texts]
    for threads in (None, 1, 2, 3):
        batch = extractor.extract_batch(texts, threads=threads)
        assert [e.text for e in batch] == texts
        assert [e.to_json() for e in batch] == [e.to_json() for e in one_by_one]
        assert [e.to_dict() for e in batch] == [e.to_dict() for e in one_by_one]


def test_batch_takes_any_iterable_of_strings(extractor: sayso.Extractor) -> None:
    assert extractor.extract_batch([]) == []
    assert len(extractor.extract_batch(t for t in ["Erbil.", "Mosul."])) == 2
    assert len(extractor.extract_batch(("Erbil.",), 1)) == 1
    with pytest.raises(TypeError):
        extractor.extract_batch("Erbil is Hewlêr.")
    with pytest.raises(TypeError):
        extractor.extract_batch(["Erbil.", 3])  # type: ignore[list-item]
    with pytest.raises(ValueError):
        extractor.extract_batch(["Erbil."], threads=0)


def test_extract_from_python_threads(extractor: sayso.Extractor) -> None:
    expected = extractor.extract(TEXT).to_json()
    results = []

    def work() -> None:
        results.extend(extractor.extract(TEXT).to_json() for _ in range(20))

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == [expected] * 80


PEOPLE_HEADER = "id\tkind\tname\taliases\tprior\tcase\tcountry\troles\n"


def test_custom_gazetteer(tmp_path: Path) -> None:
    (tmp_path / "people.tsv").write_text(
        PEOPLE_HEADER + "test:orla-venn\tperson\tOrla Venn\tO. Venn\t40\t\tIE\t\n",
        encoding="utf-8",
    )
    extractor = sayso.Extractor(gazetteer=tmp_path)
    assert extractor.gazetteer == str(tmp_path)
    assert extractor.entry_count == 1
    extraction = extractor.extract("Café talk: O. Venn met Orla Venn.")
    (entity,) = extraction.entities
    assert (entity.name, entity.gazetteer_id) == ("Orla Venn", "test:orla-venn")
    assert [m.text for m in entity.mentions] == ["O. Venn", "Orla Venn"]


def test_bad_gazetteer_names_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "people.tsv"
    bad.write_text(
        PEOPLE_HEADER
        + "test:a\tperson\tAnna Ek\t\t40\t\t\t\n"
        + "test:b\tpersn\tBo Ek\t\t40\t\t\t\n",
        encoding="utf-8",
    )
    with pytest.raises(sayso.GazetteerError) as caught:
        sayso.Extractor(gazetteer=str(tmp_path))
    error = caught.value
    assert isinstance(error, ValueError)
    assert str(error).startswith(f"{bad}:3: ")
    assert "persn" in str(error)
    assert (error.file, error.line) == (str(bad), 3)


def test_missing_gazetteer_chains_the_os_error(tmp_path: Path) -> None:
    with pytest.raises(sayso.GazetteerError) as caught:
        sayso.Extractor(gazetteer=tmp_path / "absent")
    assert str(caught.value).endswith("cannot read")
    assert isinstance(caught.value.__cause__, OSError)
    assert caught.value.line is None


def test_version() -> None:
    assert sayso.__version__.count(".") == 2


def test_extractor_pickles_by_its_settings(tmp_path: Path) -> None:
    (tmp_path / "people.tsv").write_text(
        PEOPLE_HEADER + "test:orla-venn\tperson\tOrla Venn\t\t40\t\tIE\t\n", encoding="utf-8"
    )
    for extractor in (sayso.Extractor(), sayso.Extractor(tmp_path, explain=True)):
        again = pickle.loads(pickle.dumps(extractor))
        assert repr(again) == repr(extractor)
        assert again.extract(TEXT).to_json() == extractor.extract(TEXT).to_json()
