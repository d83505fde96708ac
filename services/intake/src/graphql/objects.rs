//! GraphQL objects of the register. An `IntakeEntryObject` is made only from a
//! [`VisibleEntry`], so an entry that did not pass need to know cannot be answered.

use std::sync::Arc;

use async_graphql::{Context, Object, SimpleObject, ID};
use chrono::{DateTime, Utc};
use kernel::calendar::PeriodUnit;
use kernel::date::Date;
use kernel::deadline::{DeadlineState, NotificationKind};
use kernel::pesel::Sex;
use kernel::{GlobalId, NodeType};

use super::children;
use super::scope::scope;
use crate::domain::{IntakeActionKind, IntakeChannel, IntakeKind, PersonRole, Urgency};
use crate::ids::{INTAKE_ENTRY, INTAKE_NOTIFICATION};
use crate::lifecycle::{IntakeStatus, IntakeStep};
use crate::{
    Action, BlueCardPrefill, IntakeCounts, IntakePerson, ResponseNotification, ResponseRule,
    VisibleEntry,
};

fn gid(node_type: NodeType, id: uuid::Uuid) -> ID {
    ID(GlobalId::new(node_type, id).encode())
}

#[derive(Clone)]
pub struct IntakeEntryObject {
    pub(crate) entry: Arc<VisibleEntry>,
    /// Whether the viewer is intake staff (the steps they may take depend on it).
    pub(crate) staff: bool,
}

impl IntakeEntryObject {
    pub(crate) fn new(entry: VisibleEntry, staff: bool) -> Self {
        IntakeEntryObject {
            entry: Arc::new(entry),
            staff,
        }
    }

    pub fn uuid(&self) -> uuid::Uuid {
        self.entry.id
    }
}

/// Zgłaszający — who reported; null fields when they did not say.
#[derive(SimpleObject)]
#[graphql(name = "IntakeReporter")]
pub struct ReporterObject {
    pub name: Option<String>,
    pub contact: Option<String>,
}

/// Termin odpowiedzi — the response deadline: due on, met on, and its state today.
#[derive(SimpleObject)]
#[graphql(name = "IntakeResponseDeadline")]
pub struct ResponseDeadlineObject {
    pub due_on: Date,
    pub state: DeadlineState,
    pub met_on: Option<Date>,
    pub met_late: bool,
}

/// Wpis w rejestrze zgłoszeń — a report of suspected domestic violence or a consultation, with
/// what was done about it. Seen by the municipality's intake staff and the people it is
/// assigned to.
#[Object(name = "IntakeEntry")]
impl IntakeEntryObject {
    pub async fn id(&self) -> ID {
        gid(INTAKE_ENTRY, self.entry.id)
    }

    /// When the report or question reached the office.
    async fn received_at(&self) -> DateTime<Utc> {
        self.entry.received_at
    }

    async fn channel(&self) -> IntakeChannel {
        self.entry.channel
    }

    async fn kind(&self) -> IntakeKind {
        self.entry.kind
    }

    async fn urgency(&self) -> Urgency {
        self.entry.urgency
    }

    async fn status(&self) -> IntakeStatus {
        self.entry.status
    }

    /// The staff member who took it (a `User` ID).
    async fn taken_by_id(&self) -> ID {
        ID(identity::domain::user_gid(self.entry.taken_by))
    }

    /// Whether the reporter stayed anonymous.
    async fn anonymous(&self) -> bool {
        self.entry.reporter_anonymous
    }

    /// Who reported; null for an anonymous report.
    async fn reporter(&self) -> Option<ReporterObject> {
        self.entry.content.reporter.clone().map(|r| ReporterObject {
            name: r.name,
            contact: r.contact,
        })
    }

    /// What was said.
    async fn account(&self) -> &str {
        &self.entry.content.account
    }

    /// The persons the entry is about.
    async fn persons(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<IntakePersonObject>> {
        let s = scope(ctx).await?;
        let found = children::persons(ctx, &s, &self.entry).await?;
        Ok(found.iter().cloned().map(IntakePersonObject).collect())
    }

    /// The people it is assigned to (`User` IDs).
    async fn assignee_ids(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<ID>> {
        let s = scope(ctx).await?;
        let found = children::assignees(ctx, &s, &self.entry).await?;
        Ok(found
            .iter()
            .map(|a| ID(identity::domain::user_gid(a.user_id)))
            .collect())
    }

    /// The people it is assigned to, with their names as the municipality's staff list has
    /// them (disabled accounts included).
    async fn assignees(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<IntakeAssignee>> {
        let s = scope(ctx).await?;
        let found = children::assignees(ctx, &s, &self.entry).await?;
        let ids: Vec<uuid::Uuid> = found.iter().map(|a| a.user_id).collect();
        let mut names = identity::graphql::display_names(ctx, &ids).await?;
        Ok(ids
            .into_iter()
            .map(|id| IntakeAssignee {
                user_id: ID(identity::domain::user_gid(id)),
                display_name: names.remove(&id),
            })
            .collect())
    }

    /// What was done, in order.
    async fn actions(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<IntakeActionObject>> {
        let s = scope(ctx).await?;
        let found = children::actions(ctx, &s, &self.entry).await?;
        Ok(found.iter().cloned().map(IntakeActionObject).collect())
    }

    /// The response deadline (the municipality's response time from the day it was received).
    async fn response_deadline(&self) -> ResponseDeadlineObject {
        let e = &self.entry;
        ResponseDeadlineObject {
            due_on: Date(e.response_due_on),
            state: e.response_state(kernel::calendar::today()),
            met_on: e.responded_on.map(Date),
            met_late: kernel::deadline::met_late(e.response_due_on, e.responded_on),
        }
    }

    /// The Blue Card opened on it, when the viewer may see that card; null otherwise.
    async fn blue_card_id(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<ID>> {
        if self.entry.blue_card_id.is_none() {
            return Ok(None);
        }
        let s = scope(ctx).await?;
        let seen = children::blue_card(ctx, &s, &self.entry).await?;
        Ok(seen.map(|c| gid(NodeType::BlueCard, c)))
    }

    /// The steps the viewer may take now (from the register's lifecycle table).
    async fn allowed_steps(&self) -> Vec<IntakeStep> {
        IntakeStep::allowed(
            self.entry.status,
            self.staff,
            self.entry.blue_card_id.is_some(),
        )
    }

    async fn closed_on(&self) -> Option<Date> {
        self.entry.closed_on.map(Date)
    }

    async fn created_at(&self) -> DateTime<Utc> {
        self.entry.created_at
    }

    async fn version(&self) -> i32 {
        self.entry.version
    }
}

pub struct IntakePersonObject(pub(crate) IntakePerson);

/// Osoba, której dotyczy zgłoszenie — sealed personal data, as on a Blue Card.
#[Object(name = "IntakePerson")]
impl IntakePersonObject {
    async fn role(&self) -> PersonRole {
        self.0.role
    }
    async fn first_name(&self) -> &str {
        &self.0.data.first_name
    }
    async fn last_name(&self) -> Option<&str> {
        self.0.data.last_name.as_deref()
    }
    async fn pesel(&self) -> Option<&str> {
        self.0.data.pesel.as_deref()
    }
    async fn date_of_birth(&self) -> Option<Date> {
        self.0.data.born_on.map(Date)
    }
    async fn sex(&self) -> Option<Sex> {
        self.0.data.sex
    }
    async fn address(&self) -> Option<&str> {
        self.0.data.address.as_deref()
    }
    async fn phone(&self) -> Option<&str> {
        self.0.data.phone.as_deref()
    }
}

pub struct IntakeActionObject(pub(crate) Action);

/// Działanie — one thing done in response to an entry.
#[Object(name = "IntakeAction")]
impl IntakeActionObject {
    async fn kind(&self) -> IntakeActionKind {
        self.0.kind
    }
    async fn on(&self) -> Date {
        Date(self.0.taken_on)
    }
    /// The help point the person was referred to (`HelpPoint` ID).
    async fn help_point_id(&self) -> Option<ID> {
        self.0.help_point_id.map(directory::graphql::help_point_gid)
    }
    async fn note(&self) -> Option<&str> {
        self.0.note.as_deref()
    }
    /// Who recorded it (a `User` ID).
    async fn recorded_by_id(&self) -> ID {
        ID(identity::domain::user_gid(self.0.recorded_by))
    }
}

pub struct IntakeNotificationObject(pub(crate) ResponseNotification);

/// Powiadomienie o terminie odpowiedzi — an entry's response comes due or is overdue.
#[Object(name = "IntakeNotification")]
impl IntakeNotificationObject {
    async fn id(&self) -> ID {
        gid(INTAKE_NOTIFICATION, self.0.id)
    }
    async fn kind(&self) -> NotificationKind {
        self.0.kind
    }
    async fn due_on(&self) -> Date {
        Date(self.0.due_on)
    }
    async fn intake_entry_id(&self) -> ID {
        gid(INTAKE_ENTRY, self.0.entry_id)
    }
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
}

pub struct IntakeResponseRuleObject(pub(crate) ResponseRule);

/// Czas na odpowiedź — the municipality's response time for every entry.
#[Object(name = "IntakeResponseRule")]
impl IntakeResponseRuleObject {
    async fn amount(&self) -> i32 {
        i32::from(self.0.period.amount())
    }
    async fn unit(&self) -> PeriodUnit {
        self.0.period.unit()
    }
    /// Whether the default (one working day) applies.
    async fn default(&self) -> bool {
        self.0.default
    }
    /// 0 while the default applies.
    async fn version(&self) -> i32 {
        self.0.version
    }
    /// The default's amount, whatever the municipality set.
    async fn default_amount(&self) -> i32 {
        i32::from(crate::domain::DEFAULT_RESPONSE_PERIOD.amount())
    }
    /// The default's unit, whatever the municipality set.
    async fn default_unit(&self) -> PeriodUnit {
        crate::domain::DEFAULT_RESPONSE_PERIOD.unit()
    }
    /// Always false: no law sets how soon an entry is answered; one working day is a default
    /// from practice.
    async fn set_by_law(&self) -> bool {
        false
    }
}

impl From<ResponseRule> for IntakeResponseRuleObject {
    fn from(rule: ResponseRule) -> Self {
        IntakeResponseRuleObject(rule)
    }
}

/// Liczba wpisów według rodzaju.
#[derive(SimpleObject)]
pub struct IntakeKindCount {
    pub kind: IntakeKind,
    pub count: u64,
}

/// Liczba wpisów według kanału.
#[derive(SimpleObject)]
pub struct IntakeChannelCount {
    pub channel: IntakeChannel,
    pub count: u64,
}

/// Statystyka rejestru zgłoszeń — entries received in a period, by kind and by channel.
#[derive(SimpleObject)]
#[graphql(name = "IntakeCounts")]
pub struct IntakeCountsObject {
    pub total: u64,
    pub by_kind: Vec<IntakeKindCount>,
    pub by_channel: Vec<IntakeChannelCount>,
    /// Answered after the response deadline.
    pub responded_late: u64,
}

impl From<IntakeCounts> for IntakeCountsObject {
    fn from(c: IntakeCounts) -> Self {
        IntakeCountsObject {
            total: c.total,
            by_kind: c
                .by_kind
                .into_iter()
                .map(|(kind, count)| IntakeKindCount { kind, count })
                .collect(),
            by_channel: c
                .by_channel
                .into_iter()
                .map(|(channel, count)| IntakeChannelCount { channel, count })
                .collect(),
            responded_late: c.responded_late,
        }
    }
}

/// Osoba do formularza NK-A — shaped like `PersonInput`, to be put into the form.
#[derive(SimpleObject)]
pub struct BlueCardPrefillPerson {
    pub role: PersonRole,
    pub first_name: String,
    pub last_name: Option<String>,
    pub pesel: Option<String>,
    pub date_of_birth: Option<Date>,
    pub sex: Option<Sex>,
    pub address: Option<String>,
    pub phone: Option<String>,
}

/// Wypełnienie formularza NK-A — what an entry gives form NK-A: the day, the persons and what
/// was said, shaped like `OpenBlueCardInput`.
#[derive(SimpleObject)]
#[graphql(name = "BlueCardPrefill")]
pub struct BlueCardPrefillObject {
    pub initiated_on: Date,
    pub persons: Vec<BlueCardPrefillPerson>,
    pub description: String,
}

impl From<BlueCardPrefill> for BlueCardPrefillObject {
    fn from(p: BlueCardPrefill) -> Self {
        BlueCardPrefillObject {
            initiated_on: Date(p.initiated_on),
            persons: p
                .persons
                .into_iter()
                .map(|p| BlueCardPrefillPerson {
                    role: p.role,
                    first_name: p.data.first_name,
                    last_name: p.data.last_name,
                    pesel: p.data.pesel,
                    date_of_birth: p.data.born_on.map(Date),
                    sex: p.data.sex,
                    address: p.data.address,
                    phone: p.data.phone,
                })
                .collect(),
            description: p.description,
        }
    }
}

/// Osoba, której przypisano zgłoszenie.
#[derive(SimpleObject)]
pub struct IntakeAssignee {
    /// A `User` ID.
    pub user_id: ID,
    /// Their name as the municipality's staff list has it.
    pub display_name: Option<String>,
}
