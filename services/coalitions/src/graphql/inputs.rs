//! The inputs of coalitions' mutations, each parsed into its content with every problem found.

use async_graphql::{InputObject, ID};
use directory::contact::{Email, PhoneNumber};
use kernel::date::Date;
use kernel::input::Errors;
use kernel::text::Text;
use kernel::{GlobalId, NodeType, UserError};
use uuid::Uuid;

use crate::domain::{
    ActionContent, CoalitionActionStatus, CoalitionContent, CoalitionMemberKind, MeetingContent,
    MemberContent,
};
use crate::ids::{COALITION, COALITION_ACTION, COALITION_MEETING, COALITION_MEMBER};

/// The most participants a meeting counts.
const MAX_PARTICIPANTS: i32 = 10_000;

/// Koalicja: its name, area and description.
#[derive(InputObject)]
pub struct CoalitionInput {
    pub name: String,
    /// A district of a city, several municipalities of a county…
    pub area: String,
    pub description: Option<String>,
}

/// Nowa koalicja.
#[derive(InputObject)]
pub struct FoundCoalitionInput {
    pub coalition: CoalitionInput,
}

/// Zmiana opisu koalicji, at the version read.
#[derive(InputObject)]
pub struct UpdateCoalitionInput {
    pub id: ID,
    pub version: i32,
    pub coalition: CoalitionInput,
}

/// Zaproszenie gminy do koalicji.
#[derive(InputObject)]
pub struct InviteToCoalitionInput {
    pub coalition_id: ID,
    /// The invited municipality's slug: another active municipality of the reader's region.
    pub municipality: String,
}

/// Przystąpienie do koalicji, by the administrator's consent.
#[derive(InputObject)]
pub struct JoinCoalitionInput {
    pub coalition_id: ID,
}

/// Wystąpienie z koalicji (or declining its invitation), by the administrator's decision.
#[derive(InputObject)]
pub struct LeaveCoalitionInput {
    pub coalition_id: ID,
}

/// Instytucja członkowska z osobą do kontaktu.
#[derive(InputObject)]
pub struct CoalitionMemberInput {
    pub institution: String,
    pub kind: CoalitionMemberKind,
    pub contact_person: Option<String>,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub joined_on: Date,
    /// When it left; not before `joinedOn`.
    pub left_on: Option<Date>,
}

/// Nowa instytucja członkowska.
#[derive(InputObject)]
pub struct AddCoalitionMemberInput {
    pub coalition_id: ID,
    pub member: CoalitionMemberInput,
}

/// Zmiana danych instytucji członkowskiej, at the version read.
#[derive(InputObject)]
pub struct UpdateCoalitionMemberInput {
    pub id: ID,
    pub version: i32,
    pub member: CoalitionMemberInput,
}

/// Spotkanie koalicji.
#[derive(InputObject)]
pub struct CoalitionMeetingInput {
    pub held_on: Date,
    pub place: String,
    pub agenda: String,
    /// Counted once held (0 to 10 000).
    pub participants: Option<i32>,
    /// Protokół. Never the data of people in a procedure: the coalition is shared.
    pub minutes: Option<String>,
}

/// Nowe spotkanie.
#[derive(InputObject)]
pub struct AddCoalitionMeetingInput {
    pub coalition_id: ID,
    pub meeting: CoalitionMeetingInput,
}

/// Zmiana zapisu spotkania, at the version read.
#[derive(InputObject)]
pub struct UpdateCoalitionMeetingInput {
    pub id: ID,
    pub version: i32,
    pub meeting: CoalitionMeetingInput,
}

/// Wspólne działanie.
#[derive(InputObject)]
pub struct CoalitionActionInput {
    pub title: String,
    pub description: Option<String>,
    pub starts_on: Date,
    /// Not before `startsOn`.
    pub ends_on: Option<Date>,
    pub status: CoalitionActionStatus,
    /// The member institution that leads it.
    pub lead_member_id: Option<ID>,
}

/// Nowe wspólne działanie.
#[derive(InputObject)]
pub struct AddCoalitionActionInput {
    pub coalition_id: ID,
    pub action: CoalitionActionInput,
}

/// Zmiana wspólnego działania, at the version read.
#[derive(InputObject)]
pub struct UpdateCoalitionActionInput {
    pub id: ID,
    pub version: i32,
    pub action: CoalitionActionInput,
}

/// Powiązanie wspólnego działania z zadaniem programu gminy czytającego.
#[derive(InputObject)]
pub struct LinkCoalitionActionToTaskInput {
    pub action_id: ID,
    /// A task of the reader's municipality's programme (a `MunicipalProgrammeTask`).
    pub task_id: ID,
}

/// Usunięcie powiązania wspólnego działania z zadaniem programu gminy czytającego.
#[derive(InputObject)]
pub struct UnlinkCoalitionActionFromTaskInput {
    pub action_id: ID,
    pub task_id: ID,
}

fn ends_before(e: &mut Errors, field: &str, starts: Date, ends: Option<Date>) -> bool {
    if ends.is_some_and(|d| d.0 < starts.0) {
        e.add(field, "ENDS_BEFORE_STARTS", "cannot end before it starts");
        return true;
    }
    false
}

fn coalition(e: &mut Errors, input: &CoalitionInput) -> Option<CoalitionContent> {
    e.nested(&["coalition"], |e| {
        let name = e.field("name", Text::<300>::parse(&input.name));
        let area = e.field("area", Text::<300>::parse(&input.area));
        let description = e.optional_text::<2000>("description", input.description.as_deref());
        Some(CoalitionContent {
            name: name?.into_string(),
            area: area?.into_string(),
            description: description?,
        })
    })
}

fn member(e: &mut Errors, input: &CoalitionMemberInput) -> Option<MemberContent> {
    e.nested(&["member"], |e| {
        let institution = e.field("institution", Text::<300>::parse(&input.institution));
        let contact_person =
            e.optional_text::<200>("contactPerson", input.contact_person.as_deref());
        let phone = e.optional(
            "phone",
            input
                .phone
                .as_deref()
                .filter(|p| !p.trim().is_empty())
                .map(PhoneNumber::parse),
        );
        let email = e.optional(
            "email",
            input
                .email
                .as_deref()
                .filter(|m| !m.trim().is_empty())
                .map(Email::parse),
        );
        if ends_before(e, "leftOn", input.joined_on, input.left_on) {
            return None;
        }
        Some(MemberContent {
            institution: institution?.into_string(),
            kind: input.kind,
            contact_person: contact_person?,
            phone: phone?,
            email: email?,
            joined_on: input.joined_on.0,
            left_on: input.left_on.map(|d| d.0),
        })
    })
}

fn meeting(e: &mut Errors, input: &CoalitionMeetingInput) -> Option<MeetingContent> {
    e.nested(&["meeting"], |e| {
        let place = e.field("place", Text::<300>::parse(&input.place));
        let agenda = e.field("agenda", Text::<2000>::parse(&input.agenda));
        let minutes = e.optional_text::<20000>("minutes", input.minutes.as_deref());
        if input
            .participants
            .is_some_and(|n| !(0..=MAX_PARTICIPANTS).contains(&n))
        {
            e.add(
                "participants",
                "OUT_OF_RANGE",
                format!("from 0 to {MAX_PARTICIPANTS}"),
            );
            return None;
        }
        Some(MeetingContent {
            held_on: input.held_on.0,
            place: place?.into_string(),
            agenda: agenda?.into_string(),
            participants: input.participants,
            minutes: minutes?,
        })
    })
}

fn action(e: &mut Errors, input: &CoalitionActionInput) -> Option<ActionContent> {
    e.nested(&["action"], |e| {
        let title = e.field("title", Text::<300>::parse(&input.title));
        let description = e.optional_text::<2000>("description", input.description.as_deref());
        let lead = e.optional(
            "leadMemberId",
            input
                .lead_member_id
                .as_ref()
                .map(|id| GlobalId::decode_as(id, COALITION_MEMBER)),
        );
        if ends_before(e, "endsOn", input.starts_on, input.ends_on) {
            return None;
        }
        Some(ActionContent {
            title: title?.into_string(),
            description: description?,
            starts_on: input.starts_on.0,
            ends_on: input.ends_on.map(|d| d.0),
            status: input.status,
            lead_member: lead?,
        })
    })
}

/// A change of a record at a version, parsed.
pub struct Versioned<T> {
    pub id: Uuid,
    pub version: i32,
    pub content: T,
}

/// A new record of a coalition, parsed.
pub struct Added<T> {
    pub coalition: Uuid,
    pub content: T,
}

type Parsed<T> = Result<T, Vec<UserError>>;

fn versioned<T>(
    id: &ID,
    node: NodeType,
    version: i32,
    content: impl FnOnce(&mut Errors) -> Option<T>,
) -> Parsed<Versioned<T>> {
    let mut e = Errors::input();
    let id = e.field("id", GlobalId::decode_as(id, node));
    let content = content(&mut e);
    e.finish(|| {
        Some(Versioned {
            id: id?,
            version,
            content: content?,
        })
    })
}

fn added<T>(coalition: &ID, content: impl FnOnce(&mut Errors) -> Option<T>) -> Parsed<Added<T>> {
    let mut e = Errors::input();
    let coalition = e.field("coalitionId", GlobalId::decode_as(coalition, COALITION));
    let content = content(&mut e);
    e.finish(|| {
        Some(Added {
            coalition: coalition?,
            content: content?,
        })
    })
}

impl FoundCoalitionInput {
    pub fn parse(&self) -> Parsed<CoalitionContent> {
        let mut e = Errors::input();
        let parsed = coalition(&mut e, &self.coalition);
        e.finish(|| parsed)
    }
}

impl UpdateCoalitionInput {
    pub fn parse(&self) -> Parsed<Versioned<CoalitionContent>> {
        versioned(&self.id, COALITION, self.version, |e| {
            coalition(e, &self.coalition)
        })
    }
}

impl InviteToCoalitionInput {
    pub fn parse(&self) -> Parsed<(Uuid, kernel::slug::Slug)> {
        let mut e = Errors::input();
        let id = e.field(
            "coalitionId",
            GlobalId::decode_as(&self.coalition_id, COALITION),
        );
        let slug = e.field(
            "municipality",
            kernel::slug::Slug::parse(self.municipality.trim()),
        );
        e.finish(|| Some((id?, slug?)))
    }
}

fn consent(coalition: &ID) -> Parsed<Uuid> {
    let mut e = Errors::input();
    let id = e.field("coalitionId", GlobalId::decode_as(coalition, COALITION));
    e.finish(|| id)
}

impl JoinCoalitionInput {
    pub fn parse(&self) -> Parsed<Uuid> {
        consent(&self.coalition_id)
    }
}

impl LeaveCoalitionInput {
    pub fn parse(&self) -> Parsed<Uuid> {
        consent(&self.coalition_id)
    }
}

impl AddCoalitionMemberInput {
    pub fn parse(&self) -> Parsed<Added<MemberContent>> {
        added(&self.coalition_id, |e| member(e, &self.member))
    }
}

impl UpdateCoalitionMemberInput {
    pub fn parse(&self) -> Parsed<Versioned<MemberContent>> {
        versioned(&self.id, COALITION_MEMBER, self.version, |e| {
            member(e, &self.member)
        })
    }
}

impl AddCoalitionMeetingInput {
    pub fn parse(&self) -> Parsed<Added<MeetingContent>> {
        added(&self.coalition_id, |e| meeting(e, &self.meeting))
    }
}

impl UpdateCoalitionMeetingInput {
    pub fn parse(&self) -> Parsed<Versioned<MeetingContent>> {
        versioned(&self.id, COALITION_MEETING, self.version, |e| {
            meeting(e, &self.meeting)
        })
    }
}

impl AddCoalitionActionInput {
    pub fn parse(&self) -> Parsed<Added<ActionContent>> {
        added(&self.coalition_id, |e| action(e, &self.action))
    }
}

impl UpdateCoalitionActionInput {
    pub fn parse(&self) -> Parsed<Versioned<ActionContent>> {
        versioned(&self.id, COALITION_ACTION, self.version, |e| {
            action(e, &self.action)
        })
    }
}

fn task_link(action: &ID, task: &ID) -> Parsed<(Uuid, Uuid)> {
    let mut e = Errors::input();
    let action = e.field("actionId", GlobalId::decode_as(action, COALITION_ACTION));
    let task = e.field(
        "taskId",
        GlobalId::decode_as(task, strategy::ids::PROGRAMME_TASK),
    );
    e.finish(|| Some((action?, task?)))
}

impl LinkCoalitionActionToTaskInput {
    pub fn parse(&self) -> Parsed<(Uuid, Uuid)> {
        task_link(&self.action_id, &self.task_id)
    }
}

impl UnlinkCoalitionActionFromTaskInput {
    pub fn parse(&self) -> Parsed<(Uuid, Uuid)> {
        task_link(&self.action_id, &self.task_id)
    }
}
