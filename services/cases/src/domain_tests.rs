//! Unit tests of `domain`: the law's rules on persons, deadlines and forms.

use super::*;
use kernel::calendar::PeriodUnit;
use kernel::UserError;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn person(role: PersonRole, born: Option<NaiveDate>, pesel: Option<&str>) -> PersonFields<'_> {
    PersonFields {
        role,
        first_name: "Anna",
        last_name: "Nowak",
        pesel,
        born_on: born,
        sex: Some(Sex::Female),
        died_on: None,
        address: None,
        phone: None,
        notes: None,
        about: crate::person_data::AboutFields::default(),
    }
}

fn parse(fields: PersonFields<'_>) -> (Option<NewPerson>, Vec<UserError>) {
    let mut errors = Errors::at(&["p"]);
    let p = parse_person(fields, d(2026, 11, 20), d(2026, 11, 24), &mut errors);
    (p, errors.into_vec())
}

#[test]
fn adulthood_starts_on_the_eighteenth_birthday() {
    assert!(adult_on(d(2008, 11, 20), d(2026, 11, 20)));
    assert!(!adult_on(d(2008, 11, 21), d(2026, 11, 20)));
    assert!(adult_on(d(2008, 2, 29), d(2026, 3, 1)));
}

#[test]
fn a_minor_perpetrator_is_refused() {
    let (p, errors) = parse(person(PersonRole::Perpetrator, Some(d(2010, 1, 1)), None));
    assert!(p.is_none());
    assert_eq!(errors[0].code, "PERPETRATOR_MINOR");
    assert_eq!(errors[0].field, vec!["p", "role"]);
}

#[test]
fn a_minor_witness_becomes_a_victim() {
    let (p, errors) = parse(person(PersonRole::Witness, Some(d(2015, 5, 5)), None));
    assert!(errors.is_empty());
    let p = p.unwrap();
    assert_eq!(p.role, PersonRole::Victim);
    assert!(p.recorded_as_victim && p.minor);
    let (adult, _) = parse(person(PersonRole::Witness, Some(d(1980, 5, 5)), None));
    assert_eq!(adult.unwrap().role, PersonRole::Witness);
}

#[test]
fn pesel_must_agree_with_birth_date_and_sex() {
    let pesel = Pesel::generate(d(1985, 3, 12), Sex::Female, 123).unwrap();
    let (ok, errors) = parse(person(
        PersonRole::Victim,
        Some(d(1985, 3, 12)),
        Some(pesel.as_str()),
    ));
    assert!(ok.is_some(), "{errors:?}");
    let (_, errors) = parse(person(
        PersonRole::Victim,
        Some(d(1985, 3, 13)),
        Some(pesel.as_str()),
    ));
    assert_eq!(errors[0].code, "PESEL_MISMATCH");
    let male = Pesel::generate(d(1985, 3, 12), Sex::Male, 123).unwrap();
    let (_, errors) = parse(person(PersonRole::Victim, None, Some(male.as_str())));
    assert_eq!(errors[0].code, "PESEL_MISMATCH");
    let (_, errors) = parse(person(PersonRole::Victim, None, Some("12345678901")));
    assert_eq!(errors[0].field, vec!["p", "pesel"]);
}

#[test]
fn impossible_dates_are_refused() {
    let (_, errors) = parse(person(PersonRole::Victim, Some(d(2026, 11, 21)), None));
    assert_eq!(errors[0].code, "IN_FUTURE");
    let mut f = person(PersonRole::Victim, Some(d(1990, 1, 1)), None);
    f.died_on = Some(d(1989, 1, 1));
    let (_, errors) = parse(f);
    assert_eq!(errors[0].code, "BEFORE_BIRTH");
    let (_, errors) = parse(person(PersonRole::Victim, None, None));
    assert_eq!(errors[0].code, "REQUIRED");
}

#[test]
fn defaults_follow_the_regulation() {
    assert_eq!(
        DeadlineRuleKind::ForwardToChair.default_period().unit(),
        PeriodUnit::WorkingDays
    );
    assert_eq!(
        DeadlineRuleKind::ForwardToChair.default_period().amount(),
        5
    );
    assert_eq!(
        DeadlineRuleKind::SetUpGroup.default_period().unit(),
        PeriodUnit::Days
    );
    assert_eq!(
        DeadlineRuleKind::MonitoringAfterUnfounded
            .default_period()
            .amount(),
        9
    );
    for k in DeadlineRuleKind::ALL {
        assert_eq!(DeadlineRuleKind::parse(k.as_str()), Some(*k));
    }
}
