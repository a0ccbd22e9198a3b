//! Closed-class words and what they do in a sentence (`gazetteer/grammar.tsv`).
//!
//! Every stage that reads grammar (discovery walking a title's noun phrase,
//! attribution walking from a cue to its subject) asks a token's
//! [`Classes`], which the word facts carry for every spelling: the words
//! are data, folded at build by the same folder as the text, so no stage
//! compares a folded token with a string literal.

/// One class of word, one bit of [`Classes`]: the classes of
/// `grammar.tsv`, and what `name_parts.tsv` says of a word.
#[derive(Clone, Copy, Debug, Eq, PartialEq)]
#[repr(u32)]
pub(crate) enum WordClass {
    /// Never starts a name, even capitalised (`However`, `Monday`).
    Function = 1,
    /// May sit inside a title's noun phrase (`the former JOC spokesman`).
    TitlePhrase = 1 << 1,
    /// After it a capitalised run names a time or a place (`during`).
    Preposition = 1 << 2,
    /// Joins the capitalised words of an organization's name (`of`).
    Connector = 1 << 3,
    /// After it a name is more likely a place (`across`, `near`).
    PlacePreposition = 1 << 4,
    /// Opens a noun phrase (`the`, `a`, `several`).
    Determiner = 1 << 5,
    /// A possessive determiner (`his`, `their`).
    Possessive = 1 << 6,
    /// `he`: a male speaker.
    He = 1 << 7,
    /// `she`: a female speaker.
    She = 1 << 8,
    /// `it`: an organization or thing.
    It = 1 << 9,
    /// `they`: a group.
    They = 1 << 10,
    /// `I`, `we`: the writer or the interviewee.
    I = 1 << 11,
    /// A number or quantity that may head a speaker (`one said`).
    Quantifier = 1 << 12,
    /// An auxiliary or modal verb (`has`, `would`).
    Auxiliary = 1 << 13,
    /// A form of `be`: before a cue, the passive (`was quoted`).
    Be = 1 << 14,
    /// May sit between a speaker and the cue (`also`, `later`).
    Adverb = 1 << 15,
    /// Opens a relative clause (`who`, `which`).
    Relative = 1 << 16,
    /// Opens a reported clause (`that`).
    Complementizer = 1 << 17,
    /// Joins clauses or noun phrases (`and`, `but`).
    Conjunction = 1 << 18,
    /// Opens a subordinate clause (`because`, `while`).
    Subordinator = 1 << 19,
    /// Opens what may follow a closing cue without being what was said
    /// (`on` Monday, `during` a visit).
    Circumstance = 1 << 20,
    /// Introduces who a statement or a post comes from: `a statement from
    /// X`, `a post by Y`.
    Source = 1 << 21,
    /// A preposition that may sit inside a speaker's noun phrase (`a
    /// spokesman for the bank`).
    InNounPhrase = 1 << 22,
    /// The `to` of an infinitive (`went on to say`).
    Infinitive = 1 << 26,
    /// A definite determiner: `the spokesman` is one the text has named.
    Definite = 1 << 27,
    /// Introduces the agent of a passive: `described by X as “…”`.
    Agent = 1 << 28,
    /// Follows a surname and is not it: `Jr`, `Sr`.
    NameSuffix = 1 << 29,
    /// A regnal number: a name that ends with one (`Charles III`) has no
    /// surname.
    Regnal = 1 << 30,
    /// Opens the complement of a title or an institution's name: `Minister
    /// for`, `Ambassador to`, `Council of`.
    Complement = 1 << 31,
    /// A known part of people's names (from `name_parts.tsv`).
    NamePart = 1 << 23,
    /// A given name, or a name part that may be one (`name_parts.tsv`).
    Given = 1 << 24,
    /// An ordinary word of English, as a dictionary writes it in lower
    /// case (`words.tsv`): `society`, and the name parts `will`, `rose`.
    Common = 1 << 25,
}

impl WordClass {
    /// Every class of `grammar.tsv` with its name there.
    pub(crate) const ALL: &'static [(&'static str, WordClass)] = &[
        ("function", WordClass::Function),
        ("title-phrase", WordClass::TitlePhrase),
        ("preposition", WordClass::Preposition),
        ("connector", WordClass::Connector),
        ("place-preposition", WordClass::PlacePreposition),
        ("determiner", WordClass::Determiner),
        ("possessive", WordClass::Possessive),
        ("he", WordClass::He),
        ("she", WordClass::She),
        ("it", WordClass::It),
        ("they", WordClass::They),
        ("i", WordClass::I),
        ("quantifier", WordClass::Quantifier),
        ("auxiliary", WordClass::Auxiliary),
        ("be", WordClass::Be),
        ("adverb", WordClass::Adverb),
        ("relative", WordClass::Relative),
        ("complementizer", WordClass::Complementizer),
        ("conjunction", WordClass::Conjunction),
        ("subordinator", WordClass::Subordinator),
        ("circumstance", WordClass::Circumstance),
        ("source", WordClass::Source),
        ("in-noun-phrase", WordClass::InNounPhrase),
        ("infinitive", WordClass::Infinitive),
        ("definite", WordClass::Definite),
        ("agent", WordClass::Agent),
        ("name-suffix", WordClass::NameSuffix),
        ("regnal", WordClass::Regnal),
        ("complement", WordClass::Complement),
    ];

    /// The class named `name` in `grammar.tsv`.
    pub(crate) fn named(name: &str) -> Option<WordClass> {
        WordClass::ALL
            .iter()
            .find(|(n, _)| *n == name)
            .map(|&(_, class)| class)
    }
}

/// The classes of one word, as a set of bits.
#[derive(Clone, Copy, Debug, Default, Eq, PartialEq)]
pub(crate) struct Classes(u32);

impl Classes {
    /// Whether the word is of `class`.
    #[inline]
    pub(crate) fn is(self, class: WordClass) -> bool {
        self.0 & class as u32 != 0
    }

    /// Whether the word is of any of `classes`.
    #[inline]
    pub(crate) fn is_any(self, classes: &[WordClass]) -> bool {
        classes.iter().any(|&c| self.is(c))
    }

    /// Whether `grammar.tsv` lists the word: a closed-class word rather
    /// than a noun, verb or adjective of the open classes.
    #[inline]
    pub(crate) fn is_closed_class(self) -> bool {
        const NAME_PARTS: u32 =
            WordClass::NamePart as u32 | WordClass::Given as u32 | WordClass::Common as u32;
        self.0 & !NAME_PARTS != 0
    }

    /// Only the classes `name_parts.tsv` gives by fold: known name part,
    /// given name.
    #[inline]
    pub(crate) fn name_parts(self) -> Classes {
        Classes(self.0 & (WordClass::NamePart as u32 | WordClass::Given as u32))
    }

    /// Adds `class` to the word's classes.
    pub(crate) fn add(&mut self, class: WordClass) {
        self.0 |= class as u32;
    }

    /// Adds every class of `other` to the word's classes.
    pub(crate) fn add_all(&mut self, other: Classes) {
        self.0 |= other.0;
    }
}

/// One row of `grammar.tsv`.
#[derive(Clone, Debug)]
pub(crate) struct GrammarWord {
    pub(crate) word: String,
    pub(crate) class: WordClass,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn class_names_and_bits_are_unique() {
        crate::test_util::assert_unique(WordClass::ALL.iter().map(|(n, _)| *n));
        let mut all = Classes::default();
        for &class in WordClass::ALL.iter().map(|(_, c)| c).chain(&[
            WordClass::NamePart,
            WordClass::Given,
            WordClass::Common,
        ]) {
            assert!(!all.is(class), "{class:?} shares a bit");
            all.add(class);
        }
    }

    #[test]
    fn a_word_has_the_classes_added() {
        let mut that = Classes::default();
        that.add(WordClass::Relative);
        that.add(WordClass::Complementizer);
        assert!(that.is(WordClass::Complementizer));
        assert!(that.is_any(&[WordClass::Be, WordClass::Relative]));
        assert!(!that.is(WordClass::Be));
        assert!(that.is_closed_class());
        let mut rose = Classes::default();
        rose.add(WordClass::Common);
        assert!(!rose.is_closed_class());
    }
}
