//! The regular inflections of English verbs, so that the speech cue list
//! names each verb once (`say`) and its forms are derived (`says`,
//! `saying`).
//!
//! Only the regular patterns are derived: what a verb does differently
//! (`said`, `wrote`, a doubled consonant in `admitted`) the list spells out.
//! A form the rules get wrong for an irregular verb (`sayed`) is no word of
//! any text, so it costs a pattern and never a false match.

/// The regular forms of a verb, possibly of several words (`point out`):
/// the base, the third person singular, the past and the present
/// participle, the first word inflected and the rest kept (`pointed out`).
pub(crate) fn verb_forms(lemma: &str) -> [String; 4] {
    let (verb, rest) = match lemma.split_once(' ') {
        Some((verb, rest)) => (verb, format!(" {rest}")),
        None => (lemma, String::new()),
    };
    let [third, past, participle] = inflect(verb);
    [
        lemma.to_owned(),
        third + &rest,
        past + &rest,
        participle + &rest,
    ]
}

/// The third person singular, past and present participle of a one-word
/// verb, by the regular rules.
pub(crate) fn inflect(verb: &str) -> [String; 3] {
    [third_person(verb), past(verb), participle(verb)]
}

/// `says`, `pushes`, `goes`, `replies`.
fn third_person(verb: &str) -> String {
    if let Some(stem) = consonant_y(verb) {
        return format!("{stem}ies");
    }
    let sibilant = ["s", "x", "z", "ch", "sh"]
        .iter()
        .any(|e| verb.ends_with(e));
    // `goes`, `echoes`: a final `o` after a consonant takes `-es` too.
    let final_o = verb.ends_with('o') && !ends_with_vowel_before_last(verb);
    if sibilant || final_o {
        format!("{verb}es")
    } else {
        format!("{verb}s")
    }
}

/// `added`, `noted`, `replied`, `agreed`.
fn past(verb: &str) -> String {
    if let Some(stem) = consonant_y(verb) {
        format!("{stem}ied")
    } else if verb.ends_with('e') {
        format!("{verb}d")
    } else {
        format!("{verb}ed")
    }
}

/// `saying`, `noting`, `lying`, `agreeing`.
fn participle(verb: &str) -> String {
    if let Some(stem) = verb.strip_suffix("ie") {
        return format!("{stem}ying");
    }
    match verb.strip_suffix('e') {
        // A silent `e` goes (`noting`, `arguing`); one that is sounded with
        // the vowel before it stays (`agreeing`, `canoeing`, `eyeing`).
        Some(stem) if !stem.is_empty() && !stem.ends_with(['e', 'o', 'y']) => {
            format!("{stem}ing")
        }
        _ => format!("{verb}ing"),
    }
}

/// The stem of a verb ending in a consonant and `y` (`repl` of `reply`);
/// `say` and `obey` keep their `y`.
fn consonant_y(verb: &str) -> Option<&str> {
    let stem = verb.strip_suffix('y')?;
    let before = stem.chars().last()?;
    (!is_vowel(before)).then_some(stem)
}

/// Whether the letter before the last is a vowel (`radio`, `boo`).
fn ends_with_vowel_before_last(word: &str) -> bool {
    word.chars().rev().nth(1).is_some_and(is_vowel)
}

fn is_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn regular_inflections() {
        // (case, verb, third person, past, participle)
        let table: &[(&str, &str, &str, &str, &str)] = &[
            ("plain", "add", "adds", "added", "adding"),
            ("vowel and y", "say", "says", "sayed", "saying"),
            ("vowel and y keeps it", "obey", "obeys", "obeyed", "obeying"),
            ("consonant and y", "reply", "replies", "replied", "replying"),
            ("silent e", "note", "notes", "noted", "noting"),
            ("silent e after u", "argue", "argues", "argued", "arguing"),
            ("sounded ee", "agree", "agrees", "agreed", "agreeing"),
            ("sounded oe", "canoe", "canoes", "canoed", "canoeing"),
            ("ie", "lie", "lies", "lied", "lying"),
            ("s", "stress", "stresses", "stressed", "stressing"),
            ("sh", "push", "pushes", "pushed", "pushing"),
            ("ch", "preach", "preaches", "preached", "preaching"),
            ("x", "fix", "fixes", "fixed", "fixing"),
            ("z", "buzz", "buzzes", "buzzed", "buzzing"),
            ("consonant and o", "go", "goes", "goed", "going"),
            ("echo", "echo", "echoes", "echoed", "echoing"),
            ("vowel and o", "boo", "boos", "booed", "booing"),
            ("no doubling", "stop", "stops", "stoped", "stoping"),
            ("final w", "vow", "vows", "vowed", "vowing"),
        ];
        crate::test_util::assert_unique(table.iter().map(|row| row.0));
        for &(case, verb, third, past, participle) in table {
            assert_eq!(inflect(verb), [third, past, participle], "{case}");
        }
    }

    #[test]
    fn the_first_word_of_a_phrase_is_inflected() {
        let table: &[(&str, &str, [&str; 4])] = &[
            (
                "particle",
                "point out",
                ["point out", "points out", "pointed out", "pointing out"],
            ),
            (
                "silent e",
                "chime in",
                ["chime in", "chimes in", "chimed in", "chiming in"],
            ),
            ("one word", "say", ["say", "says", "sayed", "saying"]),
        ];
        crate::test_util::assert_unique(table.iter().map(|row| row.0));
        for &(case, lemma, want) in table {
            assert_eq!(verb_forms(lemma), want, "{case}");
        }
    }
}
