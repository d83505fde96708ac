//! Finding people without opening the vault: names are folded to the letters people type
//! (lower case, Polish and other diacritics removed: "Wójcik" and "WOJCIK" are both `wojcik`)
//! and split into tokens, which a service stores and looks up through a keyed blind index
//! (`DataKey::blind_index`), never in the clear.

use unicode_normalization::UnicodeNormalization;

/// The shortest token that is looked up: one letter would find half the municipality.
pub const MIN_TOKEN_LETTERS: usize = 2;

/// `text` as people type it when searching: lower case, diacritics removed, `ł` as `l`.
pub fn fold(text: &str) -> String {
    text.nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'ł' => 'l',
            'đ' => 'd',
            'ø' => 'o',
            other => other,
        })
        .collect()
}

/// The tokens of a name (or a search): folded, split on anything that is not a letter or a
/// digit ("Kowalska-Nowak" is `kowalska` and `nowak`), at least [`MIN_TOKEN_LETTERS`] long,
/// each once, in order.
pub fn tokens(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for token in fold(text).split(|c: char| !c.is_alphanumeric()) {
        if token.chars().count() >= MIN_TOKEN_LETTERS && !out.iter().any(|t| t == token) {
            out.push(token.to_owned());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn polish_letters_fold_to_what_people_type() {
        assert_eq!(fold("Wójcik"), "wojcik");
        assert_eq!(fold("ŁUKASZ Żółć-Ęśń"), "lukasz zolc-esn");
        assert_eq!(
            tokens("Kowalska-Nowak  Anna"),
            ["kowalska", "nowak", "anna"]
        );
        assert_eq!(
            tokens("A  Ó"),
            Vec::<String>::new(),
            "single letters are no tokens"
        );
        assert_eq!(tokens("Nowak nowak NOWAK"), ["nowak"]);
    }

    proptest! {
        #[test]
        fn folding_is_stable_and_case_blind(s in "[a-zA-ZąćęłńóśźżĄĆĘŁŃÓŚŹŻ -]{0,40}") {
            let once = fold(&s);
            prop_assert_eq!(fold(&once), once.clone());
            prop_assert_eq!(fold(&s.to_uppercase()), fold(&s.to_lowercase()));
        }

        #[test]
        fn tokens_are_folded_and_long_enough(s in "\\PC{0,60}") {
            for t in tokens(&s) {
                prop_assert!(t.chars().count() >= MIN_TOKEN_LETTERS);
                prop_assert_eq!(fold(&t), t.clone());
                prop_assert!(t.chars().all(char::is_alphanumeric));
            }
        }
    }
}
