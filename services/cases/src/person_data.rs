//! What the forms hold about a person beyond who they are (art. 9c UPPD): their relation to the
//! person experiencing violence, whether they live in the same household, their health and
//! addictions as the forms word them, a child's school and class, and an e-mail address. Kept
//! sealed with the rest of the person's data; a person recorded before it was kept has none.

use kernel::input::Errors;
use kernel::stored_enum;
use serde::{Deserialize, Serialize};

stored_enum! {
    /// Stosunek do osoby doznającej przemocy domowej (art. 2 pkt 1 UPPD).
    Relation {
        /// Małżonek.
        Spouse = "spouse",
        /// Były małżonek.
        FormerSpouse = "former_spouse",
        /// Osoba pozostająca we wspólnym pożyciu.
        Partner = "partner",
        /// Osoba, która pozostawała we wspólnym pożyciu.
        FormerPartner = "former_partner",
        /// Rodzic lub opiekun.
        Parent = "parent",
        /// Dziecko.
        Child = "child",
        /// Rodzeństwo.
        Sibling = "sibling",
        /// Dziadek lub babcia.
        Grandparent = "grandparent",
        /// Wnuk lub wnuczka.
        Grandchild = "grandchild",
        /// Inny członek rodziny.
        OtherRelative = "other_relative",
        /// Osoba wspólnie zamieszkująca lub gospodarująca.
        Housemate = "housemate",
        /// Inna osoba.
        Other = "other",
    }
}

stored_enum! {
    /// Uzależnienie.
    Addiction {
        /// Od alkoholu.
        Alcohol = "alcohol",
        /// Od środków odurzających lub substancji psychotropowych.
        Drugs = "drugs",
        /// Od leków.
        Medicines = "medicines",
        /// Od hazardu lub inne uzależnienie behawioralne.
        Behavioural = "behavioural",
        /// Inne.
        Other = "other",
    }
}

/// The longest health note, school and e-mail address kept.
const HEALTH_MAX: usize = 2_000;
const SCHOOL_MAX: usize = 200;
const EMAIL_MAX: usize = 200;

/// What the forms hold about a person beyond who they are.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct About {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub relation: Option<Relation>,
    /// Whether they live in the same household as the person experiencing violence.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lives_with_victim: Option<bool>,
    /// Stan zdrowia (e.g. a disability, a chronic illness), as the group needs it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub health: Option<String>,
    /// Sorted, once each.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub addictions: Vec<Addiction>,
    /// A child's school (or nursery) and class.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub school: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
}

/// The raw fields, as a form gives them.
#[derive(Clone, Copy, Default)]
pub struct AboutFields<'a> {
    pub relation: Option<Relation>,
    pub lives_with_victim: Option<bool>,
    pub health: Option<&'a str>,
    pub addictions: &'a [Addiction],
    pub school: Option<&'a str>,
    pub email: Option<&'a str>,
}

/// Whether `raw` reads as an e-mail address: one `@` between a name and a domain with a dot,
/// no spaces.
fn is_email(raw: &str) -> bool {
    let Some((name, domain)) = raw.split_once('@') else {
        return false;
    };
    !name.is_empty()
        && !domain.contains('@')
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !raw.chars().any(char::is_whitespace)
}

/// Parses `fields` of a person who is a `minor` (on the day the procedure began): a school
/// and class are a child's (`NOT_A_MINOR`); an e-mail address reads as one (`INVALID`).
pub fn parse_about(fields: AboutFields<'_>, minor: bool, errors: &mut Errors) -> About {
    let health = errors
        .optional_text::<HEALTH_MAX>("health", fields.health)
        .flatten();
    let school = errors
        .optional_text::<SCHOOL_MAX>("school", fields.school)
        .flatten();
    if school.is_some() && !minor {
        errors.add(
            "school",
            "NOT_A_MINOR",
            "a school and class are kept for a child",
        );
    }
    let email = errors
        .optional_text::<EMAIL_MAX>("email", fields.email)
        .flatten();
    if email.as_deref().is_some_and(|e| !is_email(e)) {
        errors.add("email", "INVALID", "not an e-mail address");
    }
    let mut addictions = fields.addictions.to_vec();
    addictions.sort();
    addictions.dedup();
    About {
        relation: fields.relation,
        lives_with_victim: fields.lives_with_victim,
        health,
        addictions,
        school,
        email,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn parse(fields: AboutFields<'_>, minor: bool) -> (About, Vec<(String, String)>) {
        let mut errors = Errors::input();
        let about = parse_about(fields, minor, &mut errors);
        let found = errors
            .into_vec()
            .into_iter()
            .map(|e| (e.field.join("."), e.code))
            .collect();
        (about, found)
    }

    #[test]
    fn a_school_is_a_childs_and_an_email_reads_as_one() {
        let child = AboutFields {
            school: Some(" SP 3, klasa 2b "),
            addictions: &[Addiction::Drugs, Addiction::Alcohol, Addiction::Drugs],
            email: Some("ola@example.pl"),
            ..AboutFields::default()
        };
        let (about, errors) = parse(child, true);
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(about.school.as_deref(), Some("SP 3, klasa 2b"));
        assert_eq!(about.addictions, [Addiction::Alcohol, Addiction::Drugs]);
        let (_, errors) = parse(child, false);
        assert_eq!(
            errors,
            [("input.school".to_owned(), "NOT_A_MINOR".to_owned())]
        );
        for wrong in [
            "ola",
            "ola@",
            "@example.pl",
            "ola@example",
            "o la@example.pl",
            "a@b@c.pl",
        ] {
            let (_, errors) = parse(
                AboutFields {
                    email: Some(wrong),
                    ..AboutFields::default()
                },
                false,
            );
            assert_eq!(
                errors,
                [("input.email".to_owned(), "INVALID".to_owned())],
                "{wrong}"
            );
        }
        let (about, errors) = parse(
            AboutFields {
                health: Some("   "),
                email: Some(""),
                ..AboutFields::default()
            },
            false,
        );
        assert!(errors.is_empty());
        assert_eq!(about, About::default());
    }

    #[test]
    fn persons_recorded_before_keep_reading() {
        let about: About = serde_json::from_str("{}").unwrap();
        assert_eq!(about, About::default());
        assert_eq!(serde_json::to_string(&About::default()).unwrap(), "{}");
    }

    proptest! {
        #[test]
        fn addictions_are_a_set(raw in proptest::collection::vec(0usize..5, 0..12)) {
            let given: Vec<Addiction> = raw.iter().map(|i| Addiction::ALL[*i]).collect();
            let (about, _) = parse(AboutFields { addictions: &given, ..AboutFields::default() }, false);
            let mut sorted = about.addictions.clone();
            sorted.sort();
            sorted.dedup();
            prop_assert_eq!(&about.addictions, &sorted);
            for a in given {
                prop_assert!(about.addictions.contains(&a));
            }
        }
    }
}
