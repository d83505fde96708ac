//! Who is with a minor the diagnostic group hears: a parent or guardian who is not the
//! perpetrator or, when the parents are suspected, an adult closest person (art. 115 § 11 of
//! the Penal Code). A minor is never heard alone, nor with a perpetrator of the card.

use chrono::NaiveDate;
use kernel::{stored_enum, UserError};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::domain::{adult_on, PersonRole};
use crate::Person;

stored_enum! {
    /// W czyjej obecności grupa wysłuchała małoletniego.
    CompanionRelation {
        /// Rodzic.
        Parent = "parent",
        /// Opiekun prawny.
        Guardian = "guardian",
        /// Pełnoletnia osoba najbliższa (art. 115 § 11 kk).
        ClosestPerson = "closest_person",
    }
}

/// The adult with a minor the group heard: a person of the card or someone named from outside
/// it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Companion {
    pub minor_id: Uuid,
    pub person_id: Option<Uuid>,
    pub name: Option<String>,
    pub relation: CompanionRelation,
}

/// The refusals of `companions` for a meeting held `on` at which the group met `met`, the
/// card's `persons`: every minor met has a companion, each companion names a minor met and is
/// either an adult of the card who is not a perpetrator or someone named.
pub fn companion_errors(
    persons: &[Person],
    met: &[Uuid],
    companions: &[Companion],
    on: NaiveDate,
) -> Vec<UserError> {
    let person = |id: Uuid| persons.iter().find(|p| p.id == id);
    let minor = |id: Uuid| person(id).is_some_and(|p| !adult_on(p.data.born_on, on));
    let mut errors = Vec::new();
    for (i, c) in companions.iter().enumerate() {
        let i = i.to_string();
        let mut refuse = |field: &str, code: &str, message: &str| {
            errors.push(UserError::new(
                &["input", "companions", i.as_str(), field],
                code,
                message,
            ));
        };
        if !met.contains(&c.minor_id) || !minor(c.minor_id) {
            refuse(
                "minorId",
                "NOT_A_MINOR_MET",
                "name a minor the group met at this meeting",
            );
        }
        match (c.person_id, &c.name) {
            (Some(_), Some(_)) => refuse(
                "name",
                "INVALID",
                "name the companion once: a person of the card or someone from outside it",
            ),
            (None, None) => refuse("name", "REQUIRED", "name the adult who was with the minor"),
            (Some(id), None) => match person(id) {
                None => refuse("personId", "NOT_FOUND", "not a person of this card"),
                Some(p) if p.role == PersonRole::Perpetrator => refuse(
                    "personId",
                    "COMPANION_IS_PERPETRATOR",
                    "a minor is not heard in the presence of a perpetrator",
                ),
                Some(p) if !adult_on(p.data.born_on, on) => refuse(
                    "personId",
                    "COMPANION_IS_MINOR",
                    "the companion is an adult",
                ),
                Some(_) => {}
            },
            (None, Some(_)) => {}
        }
    }
    if met
        .iter()
        .any(|id| minor(*id) && !companions.iter().any(|c| c.minor_id == *id))
    {
        errors.push(UserError::new(
            &["input", "companions"],
            "MINOR_UNACCOMPANIED",
            "a minor is heard with a parent or guardian who is not the perpetrator, or an adult closest person",
        ));
    }
    errors
}

/// Why NK-B may not be handed to a person of `role`, an adult or not on the day, on a form
/// that names a minor victim or not (§ 6 of the regulation: to the victim, for a child to a
/// parent or guardian who does not use violence), as a userError's code and message; `None`
/// when it may.
pub fn nk_b_refusal(
    role: PersonRole,
    adult: bool,
    minor_victim: bool,
) -> Option<(&'static str, &'static str)> {
    if role == PersonRole::Perpetrator {
        return Some((
            "NK_B_TO_PERPETRATOR",
            "form NK-B is never handed to a perpetrator",
        ));
    }
    if !adult {
        return Some((
            "NK_B_TO_MINOR",
            "for a child, form NK-B goes to a parent or guardian who does not use violence",
        ));
    }
    if role != PersonRole::Victim && !minor_victim {
        return Some((
            "NK_B_NOT_TO_VICTIM",
            "form NK-B goes to the person experiencing violence (to a parent or guardian only for a child)",
        ));
    }
    None
}

/// Whether a form names a child among the persons experiencing violence.
pub fn has_minor_victim(persons: &[Person]) -> bool {
    persons
        .iter()
        .any(|p| p.minor && p.role == PersonRole::Victim)
}

/// The refusals of NK-A's `details` on a card whose persons are `persons`: handed over, NK-B
/// names whom to (`nkBRecipientId`), a person of the card who may receive it.
pub fn nk_b_errors(persons: &[Person], details: &crate::domain::FormDetails) -> Vec<UserError> {
    let at = ["input", "nkBRecipientId"];
    let refuse = |code: &str, message: &str| vec![UserError::new(&at, code, message)];
    match (details.nk_b_handed_over, details.nk_b_recipient) {
        (false, None) => Vec::new(),
        (true, None) => refuse("REQUIRED", "say whom form NK-B was handed to"),
        (false, Some(_)) => refuse("NOT_APPLICABLE", "form NK-B was not handed over"),
        (true, Some(id)) => match persons.iter().find(|p| p.id == id) {
            None => refuse("NOT_FOUND", "not a person of this card"),
            Some(p) => nk_b_refusal(p.role, !p.minor, has_minor_victim(persons))
                .map(|(code, message)| refuse(code, message))
                .unwrap_or_default(),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::PersonalData;
    use kernel::pesel::Sex;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn person(role: PersonRole, born_on: NaiveDate) -> Person {
        Person {
            id: Uuid::now_v7(),
            card_id: Uuid::nil(),
            role,
            sex: Sex::Female,
            minor: false,
            data: PersonalData {
                first_name: "A".into(),
                last_name: "B".into(),
                pesel: None,
                born_on,
                died_on: None,
                address: None,
                phone: None,
                notes: None,
                about: Default::default(),
            },
        }
    }

    fn codes(errors: &[UserError]) -> Vec<(String, String)> {
        errors
            .iter()
            .map(|e| (e.field.join("."), e.code.clone()))
            .collect()
    }

    #[test]
    fn nk_b_goes_to_an_adult_who_does_not_use_violence() {
        use PersonRole::*;
        let code = |role, adult, minor_victim| nk_b_refusal(role, adult, minor_victim).map(|r| r.0);
        assert_eq!(code(Victim, true, false), None);
        // An adult witness (a parent) only for a child.
        assert_eq!(code(Witness, true, true), None);
        assert_eq!(code(Witness, true, false), Some("NK_B_NOT_TO_VICTIM"));
        assert_eq!(code(Perpetrator, true, true), Some("NK_B_TO_PERPETRATOR"));
        assert_eq!(code(Victim, false, true), Some("NK_B_TO_MINOR"));
    }

    #[test]
    fn a_minor_is_heard_with_an_adult_who_is_not_the_perpetrator() {
        let on = d(2026, 12, 7);
        let mother = person(PersonRole::Victim, d(1985, 3, 12));
        let child = person(PersonRole::Victim, d(2015, 5, 5));
        let father = person(PersonRole::Perpetrator, d(1980, 7, 1));
        let sibling = person(PersonRole::Victim, d(2012, 1, 1));
        let persons = [
            mother.clone(),
            child.clone(),
            father.clone(),
            sibling.clone(),
        ];
        let with = |person_id: Option<Uuid>, name: Option<&str>| Companion {
            minor_id: child.id,
            person_id,
            name: name.map(str::to_owned),
            relation: CompanionRelation::Parent,
        };

        // Alone: refused.
        assert_eq!(
            codes(&companion_errors(&persons, &[child.id], &[], on)),
            [("input.companions".into(), "MINOR_UNACCOMPANIED".into())]
        );
        // With the mother, or a named grandmother: accepted.
        assert!(
            companion_errors(&persons, &[child.id], &[with(Some(mother.id), None)], on).is_empty()
        );
        assert!(companion_errors(
            &persons,
            &[child.id],
            &[with(None, Some("Maria Nowak"))],
            on
        )
        .is_empty());
        // With the father, the perpetrator, or with a sibling who is a minor: refused.
        assert_eq!(
            codes(&companion_errors(
                &persons,
                &[child.id],
                &[with(Some(father.id), None)],
                on
            )),
            [(
                "input.companions.0.personId".into(),
                "COMPANION_IS_PERPETRATOR".into()
            )]
        );
        assert_eq!(
            codes(&companion_errors(
                &persons,
                &[child.id],
                &[with(Some(sibling.id), None)],
                on
            )),
            [(
                "input.companions.0.personId".into(),
                "COMPANION_IS_MINOR".into()
            )]
        );
        // Neither or both named; someone outside the card; a companion for an adult.
        assert_eq!(
            codes(&companion_errors(
                &persons,
                &[child.id],
                &[with(None, None)],
                on
            )),
            [("input.companions.0.name".into(), "REQUIRED".into())]
        );
        assert_eq!(
            codes(&companion_errors(
                &persons,
                &[child.id],
                &[with(Some(mother.id), Some("X"))],
                on
            )),
            [("input.companions.0.name".into(), "INVALID".into())]
        );
        assert_eq!(
            codes(&companion_errors(
                &persons,
                &[child.id],
                &[with(Some(Uuid::now_v7()), None)],
                on
            )),
            [("input.companions.0.personId".into(), "NOT_FOUND".into())]
        );
        let for_mother = Companion {
            minor_id: mother.id,
            ..with(None, Some("Maria Nowak"))
        };
        assert_eq!(
            codes(&companion_errors(&persons, &[mother.id], &[for_mother], on)),
            [(
                "input.companions.0.minorId".into(),
                "NOT_A_MINOR_MET".into()
            )]
        );
        // An adult met needs nobody; a child who came of age by the meeting neither.
        assert!(companion_errors(&persons, &[mother.id], &[], on).is_empty());
        assert!(companion_errors(&persons, &[child.id], &[], d(2033, 5, 5)).is_empty());
    }
}
