//! Inputs of family files, parsed into domain commands (`TryFrom`), each problem a userError
//! on its field.

use async_graphql::{InputObject, ID};
use cases::domain::{WorkKind, WorkVariant};
use kernel::date::Date;
use kernel::input::Errors;
use kernel::text::Text;
use kernel::{GlobalId, NodeType, UserError};

use super::objects::{ContractObject, FamilyFileObject, HelpObject};
use crate::domain::{
    ContractOutcome, ContractTerms, FamilyData, FamilyMember, FileClosure, NewContract, NewFile,
    NewHelp, Settlement, MAX_MEMBERS, MAX_WORKERS,
};
use crate::ids::{FAMILY_FILE, SOCIAL_CONTRACT};

kernel::payload! {
    /// Result of a change to a family's file: the file as it now is, or why it was refused.
    FamilyFilePayload { file: FamilyFileObject }
}

kernel::payload! {
    /// Result of `recordFamilyHelp`: the help recorded, or why it was refused.
    RecordFamilyHelpPayload { help: HelpObject }
}

kernel::payload! {
    /// Result of a change to a social contract: the contract as it now is, or why it was
    /// refused.
    SocialContractPayload { contract: ContractObject }
}

/// Osoba w rodzinie.
#[derive(InputObject)]
pub struct FamilyMemberInput {
    pub first_name: String,
    pub last_name: String,
    pub born_on: Option<Date>,
    pub relation: Option<String>,
}

/// Założenie teczki rodziny.
#[derive(InputObject)]
pub struct OpenFamilyFileInput {
    pub name: String,
    pub address: Option<String>,
    pub members: Vec<FamilyMemberInput>,
    /// The day the work with the family started; today unless given.
    pub opened_on: Option<Date>,
    /// The colleagues working with the family besides its opener (social workers, the team's
    /// members, not the administrator), at most 20.
    #[graphql(default)]
    pub worker_ids: Vec<ID>,
}

impl TryFrom<OpenFamilyFileInput> for NewFile {
    type Error = Vec<UserError>;

    fn try_from(input: OpenFamilyFileInput) -> Result<Self, Vec<UserError>> {
        let mut e = Errors::input();
        let file = family(
            &mut e,
            &input.name,
            input.address.as_deref(),
            &input.members,
            &input.worker_ids,
            input.opened_on.as_ref(),
        );
        e.finish(|| file)
    }
}

/// Korekta teczki rodziny: the family's data, the day the work started and who works with the
/// family, as they should now be (a colleague left out is taken off the file).
#[derive(InputObject)]
pub struct UpdateFamilyFileInput {
    pub id: ID,
    pub version: i32,
    pub name: String,
    pub address: Option<String>,
    pub members: Vec<FamilyMemberInput>,
    pub opened_on: Date,
    /// The colleagues working with the family besides the corrector (who always stays), at
    /// most 20.
    #[graphql(default)]
    pub worker_ids: Vec<ID>,
}

/// A file to correct, parsed: its ID, the version read and its new content.
pub struct FileCorrection {
    pub id: uuid::Uuid,
    pub version: i32,
    pub content: NewFile,
}

impl TryFrom<UpdateFamilyFileInput> for FileCorrection {
    type Error = Vec<UserError>;

    fn try_from(input: UpdateFamilyFileInput) -> Result<Self, Vec<UserError>> {
        let mut e = Errors::input();
        let id = e.field("id", GlobalId::decode_as(&input.id, FAMILY_FILE));
        let content = family(
            &mut e,
            &input.name,
            input.address.as_deref(),
            &input.members,
            &input.worker_ids,
            Some(&input.opened_on),
        );
        e.finish(|| {
            Some(FileCorrection {
                id: id?,
                version: input.version,
                content: content?,
            })
        })
    }
}

/// Zakończenie pracy z rodziną.
#[derive(InputObject)]
pub struct CloseFamilyFileInput {
    pub id: ID,
    pub version: i32,
    /// Today unless given.
    pub closed_on: Option<Date>,
    pub reason: FileClosure,
}

/// Who the family is and who works with it, each problem on its field.
fn family(
    e: &mut Errors,
    name: &str,
    address: Option<&str>,
    members_in: &[FamilyMemberInput],
    worker_ids: &[ID],
    opened_on: Option<&Date>,
) -> Option<NewFile> {
    let name = e.field("name", Text::<200>::parse(name));
    let address = e.optional_text::<300>("address", address);
    if members_in.is_empty() {
        e.add(
            "members",
            "REQUIRED",
            "name at least one person of the family",
        );
    }
    if members_in.len() > MAX_MEMBERS {
        e.add(
            "members",
            "TOO_MANY",
            format!("at most {MAX_MEMBERS} people"),
        );
    }
    let today = kernel::calendar::today();
    let mut members = Vec::new();
    for (i, m) in members_in.iter().take(MAX_MEMBERS).enumerate() {
        let index = i.to_string();
        let member = e.nested(&["members", &index], |e| {
            let first = e.field("firstName", Text::<100>::parse(&m.first_name));
            let last = e.field("lastName", Text::<100>::parse(&m.last_name));
            let relation = e.optional_text::<60>("relation", m.relation.as_deref());
            if m.born_on.as_ref().is_some_and(|d| d.0 > today) {
                e.add(
                    "bornOn",
                    "IN_FUTURE",
                    "a date of birth cannot be in the future",
                );
                return None;
            }
            Some(FamilyMember {
                first_name: first?.into_string(),
                last_name: last?.into_string(),
                born_on: m.born_on.as_ref().map(|d| d.0),
                relation: relation?,
            })
        });
        members.push(member);
    }
    if worker_ids.len() > MAX_WORKERS {
        e.add(
            "workerIds",
            "TOO_MANY",
            format!("at most {MAX_WORKERS} people"),
        );
    }
    let mut workers = Vec::new();
    for (i, w) in worker_ids.iter().take(MAX_WORKERS).enumerate() {
        let index = i.to_string();
        workers.push(e.nested(&["workerIds"], |e| {
            e.field(&index, GlobalId::decode_as(w, NodeType::User))
        }));
    }
    Some(NewFile {
        data: FamilyData {
            name: name?.into_string(),
            address: address?,
            members: members.into_iter().collect::<Option<Vec<_>>>()?,
        },
        opened_on: opened_on.map_or(today, |d| d.0),
        workers: workers.into_iter().collect::<Option<Vec<_>>>()?,
    })
}

/// Pomoc udzielona rodzinie.
#[derive(InputObject)]
pub struct RecordFamilyHelpInput {
    pub file_id: ID,
    pub kind: WorkKind,
    /// With or without the police for an intervention; the kind of a consultation.
    pub variant: Option<WorkVariant>,
    /// Today unless given.
    pub occurred_on: Option<Date>,
    pub note: Option<String>,
}

impl TryFrom<RecordFamilyHelpInput> for NewHelp {
    type Error = Vec<UserError>;

    fn try_from(input: RecordFamilyHelpInput) -> Result<Self, Vec<UserError>> {
        let mut e = Errors::input();
        let file = e.field("fileId", GlobalId::decode_as(&input.file_id, FAMILY_FILE));
        let note = e.optional_text::<2000>("note", input.note.as_deref());
        e.finish(|| {
            Some(NewHelp {
                file_id: file?,
                kind: input.kind,
                variant: input.variant,
                occurred_on: input
                    .occurred_on
                    .map_or_else(kernel::calendar::today, |d| d.0),
                note: note?,
            })
        })
    }
}

/// Wycofanie pomocy zapisanej przez pomyłkę.
#[derive(InputObject)]
pub struct WithdrawFamilyHelpInput {
    pub file_id: ID,
    pub help_id: ID,
}

/// Powiązanie teczki z Niebieską Kartą założoną dla rodziny.
#[derive(InputObject)]
pub struct LinkFamilyFileToBlueCardInput {
    pub file_id: ID,
    pub blue_card_id: ID,
}

/// Zawarcie kontraktu socjalnego z rodziną.
#[derive(InputObject)]
pub struct ConcludeSocialContractInput {
    pub file_id: ID,
    /// Today unless given.
    pub signed_on: Option<Date>,
    pub ends_on: Date,
    /// The day the contract's progress is to be reviewed, within its period.
    pub review_on: Option<Date>,
    /// Cele kontraktu.
    pub goals: String,
    /// Zobowiązania rodziny (osoby).
    pub family_obligations: String,
    /// Zobowiązania ośrodka pomocy społecznej.
    pub worker_obligations: Option<String>,
}

impl TryFrom<ConcludeSocialContractInput> for NewContract {
    type Error = Vec<UserError>;

    fn try_from(input: ConcludeSocialContractInput) -> Result<Self, Vec<UserError>> {
        let mut e = Errors::input();
        let file = e.field("fileId", GlobalId::decode_as(&input.file_id, FAMILY_FILE));
        let goals = e.field("goals", Text::<2000>::parse(&input.goals));
        let family = e.field(
            "familyObligations",
            Text::<2000>::parse(&input.family_obligations),
        );
        let worker =
            e.optional_text::<2000>("workerObligations", input.worker_obligations.as_deref());
        e.finish(|| {
            Some(NewContract {
                file_id: file?,
                signed_on: input
                    .signed_on
                    .map_or_else(kernel::calendar::today, |d| d.0),
                ends_on: input.ends_on.0,
                review_on: input.review_on.map(|d| d.0),
                terms: ContractTerms {
                    goals: goals?.into_string(),
                    family_obligations: family?.into_string(),
                    worker_obligations: worker?,
                },
            })
        })
    }
}

/// Rozliczenie kontraktu socjalnego.
#[derive(InputObject)]
pub struct SettleSocialContractInput {
    pub id: ID,
    pub version: i32,
    pub outcome: ContractOutcome,
    /// Today unless given.
    pub settled_on: Option<Date>,
    pub note: Option<String>,
}

impl TryFrom<SettleSocialContractInput> for Settlement {
    type Error = Vec<UserError>;

    fn try_from(input: SettleSocialContractInput) -> Result<Self, Vec<UserError>> {
        let mut e = Errors::input();
        let id = e.field("id", GlobalId::decode_as(&input.id, SOCIAL_CONTRACT));
        let note = e.optional_text::<2000>("note", input.note.as_deref());
        e.finish(|| {
            Some(Settlement {
                id: id?,
                version: input.version,
                outcome: input.outcome,
                settled_on: input
                    .settled_on
                    .map_or_else(kernel::calendar::today, |d| d.0),
                note: note?,
            })
        })
    }
}
