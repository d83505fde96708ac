//! Inputs of programmes' mutations, parsed into commands with every refusal as a userError on
//! its field, and the payloads.

use async_graphql::{InputObject, ID};
use kernel::date::Date;
use kernel::input::Errors;
use kernel::text::Text;
use kernel::{GlobalId, UserError};

use super::objects::{EditionObject, EnrolmentObject, ProgrammeObject, SessionObject};
use crate::domain::{
    CompletionRule, DropOutReason, EnrolmentBasis, NewEdition, NewEnrolment, NewProgramme,
    NewSession, Participant, Presence, ProgrammeType, SessionKind, MAX_CAPACITY, MAX_SERVED,
    SESSION_MINUTES,
};
use crate::ids::{PROGRAMME, PROGRAMME_EDITION, PROGRAMME_ENROLMENT};

kernel::payload! {
    /// Result of `createProgramme`: the programme, or why it was refused.
    ProgrammePayload { programme: ProgrammeObject }
}

kernel::payload! {
    /// Result of `createProgrammeEdition`: the edition, or why it was refused.
    ProgrammeEditionPayload { edition: EditionObject }
}

kernel::payload! {
    /// Result of a change to an enrolment: the enrolment as it now is, or why it was refused.
    ProgrammeEnrolmentPayload { enrolment: EnrolmentObject }
}

kernel::payload! {
    /// Result of `recordProgrammeSession`: the session, or why it was refused.
    ProgrammeSessionPayload { session: SessionObject }
}

/// Nowy program.
#[derive(InputObject)]
pub struct CreateProgrammeInput {
    #[graphql(name = "type")]
    pub programme_type: ProgrammeType,
    pub name: String,
    /// The institution that runs it.
    pub provider: String,
    /// The help point of the directory where it is run.
    pub help_point_id: Option<ID>,
    pub description: Option<String>,
    /// Completed after attending (present) this many sessions, 1–500…
    pub required_sessions: Option<i32>,
    /// …and/or this many hours, 1–500: at least one of the two, and each one set must be met.
    pub required_hours: Option<i32>,
    /// The other municipalities of the region it is run for (their slugs), e.g. a county's
    /// programme; at most 30.
    #[graphql(default)]
    pub served_municipalities: Vec<String>,
}

impl TryFrom<CreateProgrammeInput> for NewProgramme {
    type Error = Vec<UserError>;

    fn try_from(input: CreateProgrammeInput) -> Result<Self, Vec<UserError>> {
        let mut e = Errors::input();
        let name = e.field("name", Text::<200>::parse(&input.name));
        let provider = e.field("provider", Text::<300>::parse(&input.provider));
        let description = e.optional_text::<5000>("description", input.description.as_deref());
        let help_point = e.optional(
            "helpPointId",
            input
                .help_point_id
                .as_ref()
                .map(|id| GlobalId::decode_as(id, directory::graphql::HELP_POINT)),
        );
        let completion = e.field(
            "requiredSessions",
            CompletionRule::new(input.required_sessions, input.required_hours),
        );
        if input.served_municipalities.len() > MAX_SERVED {
            e.add(
                "servedMunicipalities",
                "TOO_MANY",
                format!("at most {MAX_SERVED} municipalities"),
            );
        }
        let served: Vec<Option<kernel::slug::Slug>> = input
            .served_municipalities
            .iter()
            .take(MAX_SERVED)
            .enumerate()
            .map(|(i, raw)| {
                let index = i.to_string();
                e.nested(&["servedMunicipalities"], |e| {
                    e.field(&index, kernel::slug::Slug::parse(raw))
                })
            })
            .collect();
        e.finish(|| {
            Some(NewProgramme {
                programme_type: input.programme_type,
                name: name?.into_string(),
                provider: provider?.into_string(),
                help_point_id: help_point?,
                description: description?,
                completion: completion?,
                served: served.into_iter().collect::<Option<Vec<_>>>()?,
            })
        })
    }
}

/// Ktoś, kto prowadzi edycję, z kwalifikacjami.
#[derive(InputObject)]
pub struct EditionStaffInput {
    pub user_id: ID,
    /// E.g. the KE standard's training and experience.
    pub qualifications: String,
}

/// Nowa edycja programu.
#[derive(InputObject)]
pub struct CreateProgrammeEditionInput {
    pub programme_id: ID,
    pub starts_on: Date,
    pub ends_on: Date,
    pub place: String,
    /// Participants at once, 1–100; more wait on the waiting list.
    pub capacity: i32,
    pub staff: Vec<EditionStaffInput>,
}

impl TryFrom<CreateProgrammeEditionInput> for NewEdition {
    type Error = Vec<UserError>;

    fn try_from(input: CreateProgrammeEditionInput) -> Result<Self, Vec<UserError>> {
        let mut e = Errors::input();
        let programme = e.field(
            "programmeId",
            GlobalId::decode_as(&input.programme_id, PROGRAMME),
        );
        let place = e.field("place", Text::<300>::parse(&input.place));
        if input.ends_on.0 < input.starts_on.0 {
            e.add(
                "endsOn",
                "ENDS_BEFORE_STARTS",
                "an edition ends on or after the day it starts",
            );
        }
        if !(1..=MAX_CAPACITY).contains(&input.capacity) {
            e.add(
                "capacity",
                "OUT_OF_RANGE",
                "an edition has between 1 and 100 places",
            );
        }
        if input.staff.is_empty() {
            e.add(
                "staff",
                "REQUIRED",
                "name at least one person running the edition",
            );
        }
        let staff = staff(&mut e, &input.staff);
        e.finish(|| {
            Some(NewEdition {
                programme_id: programme?,
                starts_on: input.starts_on.0,
                ends_on: input.ends_on.0,
                place: place?.into_string(),
                capacity: input.capacity,
                staff,
            })
        })
    }
}

/// The people running an edition, at least one, each with qualifications.
fn staff(e: &mut Errors, staff: &[EditionStaffInput]) -> Vec<(uuid::Uuid, String)> {
    if staff.is_empty() {
        e.add(
            "staff",
            "REQUIRED",
            "name at least one person running the edition",
        );
    }
    e.list("staff", staff, |e, s| {
        let user = e.field(
            "userId",
            GlobalId::decode_as(&s.user_id, kernel::NodeType::User),
        );
        let qualifications = e.field("qualifications", Text::<1000>::parse(&s.qualifications));
        Some((user?, qualifications?.into_string()))
    })
}

/// Osoby prowadzące edycję — replaced at the edition's `version`.
#[derive(InputObject)]
pub struct SetProgrammeEditionStaffInput {
    pub edition_id: ID,
    pub version: i32,
    pub staff: Vec<EditionStaffInput>,
}

/// The edition, its version and the people who will run it.
pub struct NewStaff {
    pub edition_id: uuid::Uuid,
    pub version: i32,
    pub staff: Vec<(uuid::Uuid, String)>,
}

impl TryFrom<SetProgrammeEditionStaffInput> for NewStaff {
    type Error = Vec<UserError>;

    fn try_from(input: SetProgrammeEditionStaffInput) -> Result<Self, Vec<UserError>> {
        let mut e = Errors::input();
        let edition = e.field(
            "editionId",
            GlobalId::decode_as(&input.edition_id, PROGRAMME_EDITION),
        );
        let staff = staff(&mut e, &input.staff);
        e.finish(|| {
            Some(NewStaff {
                edition_id: edition?,
                version: input.version,
                staff,
            })
        })
    }
}

/// Uczestnik — who the person is.
#[derive(InputObject)]
pub struct ProgrammeParticipantInput {
    pub first_name: String,
    pub last_name: String,
    pub date_of_birth: Option<Date>,
    pub phone: Option<String>,
}

/// Zapis na edycję programu.
#[derive(InputObject)]
pub struct EnrolInProgrammeInput {
    pub edition_id: ID,
    pub basis: EnrolmentBasis,
    pub participant: ProgrammeParticipantInput,
    /// The day the person consented; required unless a court ordered the participation.
    pub consent_on: Option<Date>,
}

impl TryFrom<EnrolInProgrammeInput> for NewEnrolment {
    type Error = Vec<UserError>;

    fn try_from(input: EnrolInProgrammeInput) -> Result<Self, Vec<UserError>> {
        let mut e = Errors::input();
        let edition = e.field(
            "editionId",
            GlobalId::decode_as(&input.edition_id, PROGRAMME_EDITION),
        );
        let p = &input.participant;
        let participant = e.nested(&["participant"], |e| {
            let first = e.field("firstName", Text::<100>::parse(&p.first_name));
            let last = e.field("lastName", Text::<100>::parse(&p.last_name));
            let phone = e.optional_text::<40>("phone", p.phone.as_deref());
            if p.date_of_birth
                .as_ref()
                .is_some_and(|d| d.0 > kernel::calendar::today())
            {
                e.add(
                    "dateOfBirth",
                    "IN_FUTURE",
                    "a date of birth cannot be in the future",
                );
                return None;
            }
            Some(Participant {
                first_name: first?.into_string(),
                last_name: last?.into_string(),
                date_of_birth: p.date_of_birth.as_ref().map(|d| d.0),
                phone: phone?,
            })
        });
        e.finish(|| {
            Some(NewEnrolment {
                edition_id: edition?,
                basis: input.basis,
                participant: participant?,
                consent_on: input.consent_on.map(|d| d.0),
            })
        })
    }
}

/// Obecność jednego uczestnika.
#[derive(InputObject)]
pub struct ProgrammeAttendanceInput {
    pub enrolment_id: ID,
    pub presence: Presence,
}

/// Zajęcia, które się odbyły.
#[derive(InputObject)]
pub struct RecordProgrammeSessionInput {
    pub edition_id: ID,
    pub held_on: Date,
    /// 15–600 minutes.
    pub minutes: i32,
    pub kind: SessionKind,
    pub attendance: Vec<ProgrammeAttendanceInput>,
    /// Klucz zapisu: a UUID the register's form makes once. The same register sent again with
    /// the same key (after an answer was lost) returns the session the first sending recorded;
    /// different content under a used key is `ALREADY_SENT`.
    pub recording_key: Option<String>,
}

impl TryFrom<RecordProgrammeSessionInput> for NewSession {
    type Error = Vec<UserError>;

    fn try_from(input: RecordProgrammeSessionInput) -> Result<Self, Vec<UserError>> {
        let mut e = Errors::input();
        let edition = e.field(
            "editionId",
            GlobalId::decode_as(&input.edition_id, PROGRAMME_EDITION),
        );
        if !(SESSION_MINUTES.0..=SESSION_MINUTES.1).contains(&input.minutes) {
            e.add(
                "minutes",
                "OUT_OF_RANGE",
                "a session lasts between 15 and 600 minutes",
            );
        }
        let attendance = e.list("attendance", &input.attendance, |e, a| {
            let id = e.field(
                "enrolmentId",
                GlobalId::decode_as(&a.enrolment_id, PROGRAMME_ENROLMENT),
            );
            Some((id?, a.presence))
        });
        let recording_key = match input.recording_key.as_deref() {
            None => Some(None),
            Some(raw) => match uuid::Uuid::parse_str(raw) {
                Ok(key) => Some(Some(key)),
                Err(_) => {
                    e.add("recordingKey", "INVALID", "the recording key is not a UUID");
                    None
                }
            },
        };
        e.finish(|| {
            Some(NewSession {
                edition_id: edition?,
                held_on: input.held_on.0,
                minutes: input.minutes,
                kind: input.kind,
                attendance,
                recording_key: recording_key?,
            })
        })
    }
}

/// Przyjęcie z listy oczekujących, at the enrolment's `version`.
#[derive(InputObject)]
pub struct AdmitFromWaitingListInput {
    pub id: ID,
    pub version: i32,
}

/// Ukończenie programu, at the enrolment's `version`.
#[derive(InputObject)]
pub struct CompleteProgrammeInput {
    pub id: ID,
    pub version: i32,
    /// The day it was completed; today when left out.
    pub on: Option<Date>,
}

/// Przerwanie udziału.
#[derive(InputObject)]
pub struct DropOutOfProgrammeInput {
    pub id: ID,
    pub version: i32,
    pub reason: DropOutReason,
    pub on: Option<Date>,
}
