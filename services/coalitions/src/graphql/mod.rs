//! Coalitions over GraphQL: `coalitions` (those the reader's municipality is invited to or
//! joined) and a coalition by `node(id)` for every staff member of a party; the changes in
//! [`mutations`].

mod inputs;
mod mutations;

pub use inputs::*;
pub use mutations::*;

use async_graphql::{Context, Object, SimpleObject, ID};
use kernel::date::Date;
use kernel::request::ContextExt;
use kernel::TenantTx;
use uuid::Uuid;

use crate::domain::{CoalitionActionStatus, CoalitionMemberKind, CoalitionStanding};
use crate::ids::{action_gid, coalition_gid, meeting_gid, member_gid};
use crate::{Coalition, CoalitionAccess, Meeting, Member, Party, SharedAction};

/// Koalicja lokalna, as the reader's municipality sees it.
#[derive(Clone)]
pub struct CoalitionObject {
    coalition: Coalition,
    standing: CoalitionStanding,
    founded_by: String,
    parties: Vec<PartyObject>,
    members: Vec<MemberObject>,
    meetings: Vec<MeetingObject>,
    actions: Vec<ActionObject>,
    access: CoalitionAccess,
}

impl CoalitionObject {
    pub fn uuid(&self) -> Uuid {
        self.coalition.id
    }
}

/// Koalicja lokalna — the institutions of an area working together, shared by the
/// municipalities that joined it. Its members, meetings and actions are empty for a
/// municipality only invited.
#[Object(name = "Coalition")]
impl CoalitionObject {
    pub async fn id(&self) -> ID {
        ID(coalition_gid(self.coalition.id))
    }
    async fn name(&self) -> &str {
        &self.coalition.name
    }
    /// The area it works in: a district of a city, several municipalities of a county.
    async fn area(&self) -> &str {
        &self.coalition.area
    }
    async fn description(&self) -> Option<&str> {
        self.coalition.description.as_deref()
    }
    /// The municipality that founded it.
    async fn founded_by(&self) -> &str {
        &self.founded_by
    }
    /// The reader's municipality's standing in it.
    async fn standing(&self) -> CoalitionStanding {
        self.standing
    }
    /// Its municipalities, in the order they were invited.
    async fn parties(&self) -> &[PartyObject] {
        &self.parties
    }
    /// Member institutions, by name.
    async fn members(&self) -> &[MemberObject] {
        &self.members
    }
    /// Meetings, the latest first.
    async fn meetings(&self) -> &[MeetingObject] {
        &self.meetings
    }
    /// Shared actions, the earliest first.
    async fn actions(&self) -> &[ActionObject] {
        &self.actions
    }
    /// Whether the reader may write its records (the administrator and the team's chair of a
    /// joined municipality).
    async fn viewer_may_edit(&self) -> bool {
        self.standing == CoalitionStanding::Joined && self.access.may_edit()
    }
    /// Whether the reader speaks for the municipality: invites, joins, leaves (its
    /// administrator).
    async fn viewer_may_consent(&self) -> bool {
        self.access.is_admin()
    }
    async fn version(&self) -> i32 {
        self.coalition.version
    }
}

/// Gmina w koalicji.
#[derive(Clone, SimpleObject)]
#[graphql(name = "CoalitionParty")]
pub struct PartyObject {
    /// The municipality's name.
    pub municipality: String,
    pub standing: CoalitionStanding,
    /// Whether it is the reader's municipality.
    pub own: bool,
    pub invited_on: Date,
    pub joined_on: Option<Date>,
    pub left_on: Option<Date>,
}

/// Instytucja członkowska.
#[derive(Clone)]
pub struct MemberObject(Member, String);

/// Instytucja członkowska koalicji, with its contact person.
#[Object(name = "CoalitionMember")]
impl MemberObject {
    async fn id(&self) -> ID {
        ID(member_gid(self.0.id))
    }
    async fn institution(&self) -> &str {
        &self.0.institution
    }
    async fn kind(&self) -> CoalitionMemberKind {
        self.0.kind
    }
    async fn contact_person(&self) -> Option<&str> {
        self.0.contact_person.as_deref()
    }
    async fn phone(&self) -> Option<&str> {
        self.0.phone.as_deref()
    }
    async fn email(&self) -> Option<&str> {
        self.0.email.as_deref()
    }
    async fn joined_on(&self) -> Date {
        Date(self.0.joined_on)
    }
    /// When it left the coalition; null while it is a member.
    async fn left_on(&self) -> Option<Date> {
        self.0.left_on.map(Date)
    }
    /// The municipality that recorded it.
    async fn recorded_by(&self) -> &str {
        &self.1
    }
    async fn version(&self) -> i32 {
        self.0.version
    }
}

/// Spotkanie koalicji.
#[derive(Clone)]
pub struct MeetingObject(Meeting, String);

/// Spotkanie koalicji — when, where, what about, who came, and its minutes.
#[Object(name = "CoalitionMeeting")]
impl MeetingObject {
    async fn id(&self) -> ID {
        ID(meeting_gid(self.0.id))
    }
    async fn held_on(&self) -> Date {
        Date(self.0.held_on)
    }
    async fn place(&self) -> &str {
        &self.0.place
    }
    async fn agenda(&self) -> &str {
        &self.0.agenda
    }
    async fn participants(&self) -> Option<i32> {
        self.0.participants
    }
    /// Protokół; null until written.
    async fn minutes(&self) -> Option<&str> {
        self.0.minutes.as_deref()
    }
    /// The municipality that recorded it.
    async fn recorded_by(&self) -> &str {
        &self.1
    }
    async fn version(&self) -> i32 {
        self.0.version
    }
}

/// Zadanie programu gminy, linked to a shared action: the reader's municipality's own.
#[derive(Clone, SimpleObject)]
#[graphql(name = "CoalitionLinkedTask")]
pub struct LinkedTask {
    /// The task's ID (a `MunicipalProgrammeTask`).
    pub id: ID,
    pub title: String,
    pub status: strategy::domain::MunicipalTaskStatus,
}

/// Wspólne działanie koalicji.
#[derive(Clone)]
pub struct ActionObject(SharedAction, String, Vec<LinkedTask>);

/// Wspólne działanie koalicji, with the tasks of the reader's own programme it serves.
#[Object(name = "CoalitionAction")]
impl ActionObject {
    async fn id(&self) -> ID {
        ID(action_gid(self.0.id))
    }
    async fn title(&self) -> &str {
        &self.0.title
    }
    async fn description(&self) -> Option<&str> {
        self.0.description.as_deref()
    }
    async fn starts_on(&self) -> Date {
        Date(self.0.starts_on)
    }
    async fn ends_on(&self) -> Option<Date> {
        self.0.ends_on.map(Date)
    }
    async fn status(&self) -> CoalitionActionStatus {
        self.0.status
    }
    /// The member institution that leads it.
    async fn lead_member_id(&self) -> Option<ID> {
        self.0.lead_member.map(|m| ID(member_gid(m)))
    }
    /// The tasks of the reader's municipality's programme it is linked to; another party's
    /// links are its own.
    async fn programme_tasks(&self) -> &[LinkedTask] {
        &self.2
    }
    /// The municipality that recorded it.
    async fn recorded_by(&self) -> &str {
        &self.1
    }
    async fn version(&self) -> i32 {
        self.0.version
    }
}

/// The names of every municipality on the platform by ID (one platform read): parties and
/// recorders are named, not numbered.
async fn municipality_names(ctx: &Context<'_>) -> kernel::Result<Vec<(Uuid, String)>> {
    let tx = ctx.request()?.db().platform().await?;
    let all = tenancy::list_tenants(&tx, None).await?;
    tx.commit().await?;
    Ok(all.into_iter().map(|t| (t.id, t.name)).collect())
}

fn name_of(names: &[(Uuid, String)], id: Uuid) -> String {
    names
        .iter()
        .find(|(n, _)| *n == id)
        .map(|(_, name)| name.clone())
        .unwrap_or_default()
}

fn day(at: chrono::DateTime<chrono::Utc>) -> Date {
    Date(kernel::calendar::day_of(at))
}

/// The coalitions among `ids` (all when none) the reader's municipality is party to, each
/// with what it may see of it.
pub(crate) async fn read(
    ctx: &Context<'_>,
    tx: &TenantTx,
    access: CoalitionAccess,
    ids: Option<&[Uuid]>,
) -> kernel::Result<Vec<CoalitionObject>> {
    let coalitions = crate::coalitions(tx, ids).await?;
    if coalitions.is_empty() {
        return Ok(Vec::new());
    }
    let ids: Vec<Uuid> = coalitions.iter().map(|c| c.id).collect();
    let parties = crate::parties(tx, &ids).await?;
    let members = crate::members(tx, &ids).await?;
    let meetings = crate::meetings(tx, &ids).await?;
    let actions = crate::actions(tx, &ids).await?;
    let action_ids: Vec<Uuid> = actions.iter().map(|a| a.id).collect();
    let links = crate::linked_tasks(tx, &action_ids).await?;
    let names = municipality_names(ctx).await?;
    let own = tx.tenant();
    Ok(coalitions
        .into_iter()
        .filter_map(|coalition| {
            let id = coalition.id;
            let of: Vec<&Party> = parties.iter().filter(|p| p.coalition_id == id).collect();
            let standing = of.iter().find(|p| p.municipality == own)?.standing;
            Some(CoalitionObject {
                founded_by: name_of(&names, coalition.founded_by),
                standing,
                parties: of
                    .iter()
                    .map(|p| PartyObject {
                        municipality: name_of(&names, p.municipality),
                        standing: p.standing,
                        own: p.municipality == own,
                        invited_on: day(p.invited_at),
                        joined_on: p.joined_at.map(day),
                        left_on: p.left_at.map(day),
                    })
                    .collect(),
                members: members
                    .iter()
                    .filter(|m| m.coalition_id == id)
                    .map(|m| MemberObject(m.clone(), name_of(&names, m.recorded_by)))
                    .collect(),
                meetings: meetings
                    .iter()
                    .filter(|m| m.coalition_id == id)
                    .map(|m| MeetingObject(m.clone(), name_of(&names, m.recorded_by)))
                    .collect(),
                actions: actions
                    .iter()
                    .filter(|a| a.coalition_id == id)
                    .map(|a| {
                        let tasks = links
                            .iter()
                            .filter(|(action, _)| *action == a.id)
                            .map(|(_, t)| LinkedTask {
                                id: ID(strategy::ids::task_gid(t.id)),
                                title: t.title.clone(),
                                status: t.status,
                            })
                            .collect();
                        ActionObject(a.clone(), name_of(&names, a.recorded_by), tasks)
                    })
                    .collect(),
                coalition,
                access,
            })
        })
        .collect())
}

/// Coalitions by ID for `node(id)`: a staff member of a party only; nothing for anyone else.
pub async fn load_coalitions(
    ctx: &Context<'_>,
    ids: &[Uuid],
) -> kernel::Result<Vec<CoalitionObject>> {
    let req = ctx.request()?;
    let Some(staff) = req.principal.staff() else {
        return Ok(Vec::new());
    };
    read(ctx, req.tenant_tx().await?, crate::reader(staff), Some(ids)).await
}

#[derive(Default)]
pub struct CoalitionsQuery;

#[Object]
impl CoalitionsQuery {
    /// Koalicje lokalne — the coalitions the reader's municipality is invited to or joined, by
    /// name. Every staff member of the municipality.
    async fn coalitions(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<CoalitionObject>> {
        let req = ctx.request()?;
        let access = crate::reader(req.principal.require_staff()?);
        Ok(read(ctx, req.tenant_tx().await?, access, None).await?)
    }
}
