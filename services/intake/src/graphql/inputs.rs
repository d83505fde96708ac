//! Inputs of the register's mutations, parsed into commands with every refusal as a userError
//! on its field, and the payloads.

use async_graphql::{InputObject, ID};
use chrono::{DateTime, Utc};
use kernel::calendar::PeriodUnit;
use kernel::date::Date;
use kernel::input::Errors;
use kernel::pesel::{Pesel, Sex};
use kernel::text::{Name, Note};
use kernel::UserError;

use super::objects::{BlueCardPrefillObject, IntakeEntryObject, IntakeResponseRuleObject};
use crate::domain::{
    EntryContent, IntakeActionKind, IntakeChannel, IntakeKind, NewAction, NewEntry, NewPerson,
    PersonData, PersonRole, Reporter, Urgency,
};

kernel::payload! {
    /// Result of a change to an intake entry: the entry as it now is, or why it was refused.
    IntakeEntryPayload { intake_entry: IntakeEntryObject }
}

kernel::payload! {
    /// Result of `convertIntakeToBlueCard`: what form NK-A can be filled with, or why not.
    BlueCardPrefillPayload { prefill: BlueCardPrefillObject }
}

kernel::payload! {
    /// Result of `setIntakeResponseRule`: the rule as it now is, or why it was refused.
    IntakeResponseRulePayload { rule: IntakeResponseRuleObject }
}

/// Zgłaszający — who reports; leave out for an anonymous report.
#[derive(InputObject)]
pub struct IntakeReporterInput {
    pub name: Option<String>,
    /// A phone number, e-mail or address to answer on.
    pub contact: Option<String>,
}

/// Osoba, której dotyczy zgłoszenie — as much as the reporter said; a first name (or how the
/// person is called) at least.
#[derive(InputObject)]
pub struct IntakePersonInput {
    pub role: PersonRole,
    pub first_name: String,
    pub last_name: Option<String>,
    /// 11 digits with a valid checksum.
    pub pesel: Option<String>,
    pub date_of_birth: Option<Date>,
    pub sex: Option<Sex>,
    pub address: Option<String>,
    pub phone: Option<String>,
}

/// Przyjęcie zgłoszenia — a report or consultation as it was taken.
#[derive(InputObject)]
pub struct RecordIntakeInput {
    /// When it reached the office; now when left out. Never in the future.
    pub received_at: Option<DateTime<Utc>>,
    pub channel: IntakeChannel,
    pub kind: IntakeKind,
    #[graphql(default_with = "Urgency::Routine")]
    pub urgency: Urgency,
    /// Left out for an anonymous report.
    pub reporter: Option<IntakeReporterInput>,
    /// What was said.
    pub account: String,
    #[graphql(default)]
    pub persons: Vec<IntakePersonInput>,
}

fn person(e: &mut Errors, p: &IntakePersonInput) -> Option<NewPerson> {
    let first_name = e.field("firstName", Name::parse(&p.first_name));
    let last_name = e.optional_text::<200>("lastName", p.last_name.as_deref());
    let pesel = e.optional("pesel", p.pesel.as_deref().map(Pesel::parse));
    let address = e.optional_text::<500>("address", p.address.as_deref());
    let phone = e.optional_text::<50>("phone", p.phone.as_deref());
    if let Some(born) = p.date_of_birth {
        if born.0 > kernel::calendar::today() {
            e.add(
                "dateOfBirth",
                "IN_FUTURE",
                "the date of birth is in the future",
            );
        }
    }
    let pesel = pesel?;
    if let (Some(x), Some(born)) = (&pesel, p.date_of_birth) {
        if x.birth_date() != born.0 {
            e.add(
                "pesel",
                "PESEL_MISMATCH",
                "the PESEL encodes another date of birth",
            );
        }
    }
    if let (Some(x), Some(sex)) = (&pesel, p.sex) {
        if x.sex() != sex {
            e.add("pesel", "PESEL_MISMATCH", "the PESEL encodes the other sex");
        }
    }
    Some(NewPerson {
        role: p.role,
        data: PersonData {
            first_name: first_name?.into_string(),
            last_name: last_name?,
            born_on: p
                .date_of_birth
                .map(|d| d.0)
                .or(pesel.as_ref().map(Pesel::birth_date)),
            sex: p.sex.or(pesel.as_ref().map(Pesel::sex)),
            pesel: pesel.as_ref().map(|x| x.as_str().to_owned()),
            address: address?,
            phone: phone?,
        },
        pesel,
    })
}

impl TryFrom<RecordIntakeInput> for NewEntry {
    type Error = Vec<UserError>;

    fn try_from(input: RecordIntakeInput) -> Result<Self, Vec<UserError>> {
        let mut e = Errors::input();
        let account = e.field("account", Note::parse(&input.account));
        let reporter = match &input.reporter {
            None => Some(None),
            Some(r) => e.nested(&["reporter"], |e| {
                let name = e.optional_text::<200>("name", r.name.as_deref());
                let contact = e.optional_text::<500>("contact", r.contact.as_deref());
                let (name, contact) = (name?, contact?);
                // A reporter who gave neither name nor contact is anonymous.
                Some((name.is_some() || contact.is_some()).then_some(Reporter { name, contact }))
            }),
        };
        let persons = e.list("persons", &input.persons, person);
        if input.kind == IntakeKind::Report && input.persons.is_empty() {
            e.add(
                "persons",
                "REQUIRED",
                "a report names at least the person it is about",
            );
        }
        let received_at = input.received_at.unwrap_or_else(Utc::now);
        e.finish(|| {
            Some(NewEntry {
                received_at,
                channel: input.channel,
                kind: input.kind,
                urgency: input.urgency,
                content: EntryContent {
                    reporter: reporter?,
                    account: account?.into_string(),
                },
                persons,
            })
        })
    }
}

/// Odpowiedź na zgłoszenie — what was done.
#[derive(InputObject)]
pub struct RespondToIntakeInput {
    pub id: ID,
    pub version: i32,
    /// `BLUE_CARD_OPENED` is recorded with `linkIntakeToBlueCard`.
    pub kind: IntakeActionKind,
    /// The day it was done; today when left out.
    pub on: Option<Date>,
    /// The help point of the directory (for `REFERRED_TO_HELP_POINT`).
    pub help_point_id: Option<ID>,
    pub note: Option<String>,
}

pub(crate) fn parse_action(input: &RespondToIntakeInput) -> Result<NewAction, Vec<UserError>> {
    let mut e = Errors::input();
    let help_point = e.optional(
        "helpPointId",
        input
            .help_point_id
            .as_ref()
            .map(|id| kernel::GlobalId::decode_as(id, directory::graphql::HELP_POINT)),
    );
    let note = e.optional_text::<20_000>("note", input.note.as_deref());
    e.finish(|| {
        Some(NewAction {
            kind: input.kind,
            on: input.on.map_or_else(kernel::calendar::today, |d| d.0),
            help_point: help_point?,
            note: note?,
        })
    })
}

/// Przydzielenie — the people to work on an entry (replacing those before).
#[derive(InputObject)]
pub struct AssignIntakeInput {
    pub id: ID,
    pub version: i32,
    /// `User` IDs of staff of the municipality (not its administrator).
    pub user_ids: Vec<ID>,
}

/// Zamknięcie wpisu.
#[derive(InputObject)]
pub struct CloseIntakeInput {
    pub id: ID,
    pub version: i32,
    /// Today when left out.
    pub on: Option<Date>,
}

/// Wpis do przeniesienia na formularz NK-A.
#[derive(InputObject)]
pub struct ConvertIntakeToBlueCardInput {
    pub id: ID,
}

/// Powiązanie z Niebieską Kartą — the card opened from the entry's prefill.
#[derive(InputObject)]
pub struct LinkIntakeToBlueCardInput {
    pub id: ID,
    pub version: i32,
    pub blue_card_id: ID,
    /// The day the card was opened; today when left out.
    pub on: Option<Date>,
}

/// Czas na odpowiedź — the municipality's response time.
#[derive(InputObject)]
pub struct SetIntakeResponseRuleInput {
    pub amount: i32,
    pub unit: PeriodUnit,
    /// The rule's current version (0 while the default applies).
    pub version: i32,
}
