//! The JSON of an extraction is the evaluation kit's prediction format.

use sayso::{Extractor, Gazetteer};

use crate::{data, test_extractor};

#[test]
fn json_nests_mentions_under_entities() {
    let text = "Daesh fled Baghdad. ISIS regrouped.";
    let json = serde_json::to_value(test_extractor().extract(text)).unwrap();
    let want = serde_json::json!({
        "entities": [
            {"id": "e0", "kind": "organization", "name": "Islamic State",
             "gazetteer_id": "sayso:islamic-state", "source": "gazetteer",
             "mentions": [{"start": 0, "end": 5}, {"start": 20, "end": 24}]},
            {"id": "e1", "kind": "place", "name": "Baghdad",
             "gazetteer_id": "geonames:98182", "source": "gazetteer",
             "mentions": [{"start": 11, "end": 18}]}
        ],
        "quotes": []
    });
    assert_eq!(json, want);
}

#[test]
fn explain_adds_how_and_choice() {
    let g = Gazetteer::from_dir(data("gazetteer")).unwrap();
    let e = Extractor::builder().explain(true).build(g).unwrap();
    let json = serde_json::to_value(e.extract("Talks in Washington.")).unwrap();
    let mention = &json["entities"][0]["mentions"][0];
    assert_eq!(mention["how"], "gazetteer");
    assert_eq!(mention["choice"], "prior");
}
