//! GraphQL surface of the teams service: the team, its members and meetings (here) and the
//! members' life cycle (`membership`: ending a membership, withdrawing a statement, handing
//! the chair over).

mod membership;

pub use membership::TeamMembershipMutation;

mod inputs;
pub use inputs::*;

use async_graphql::connection::{Connection, EmptyFields};
use async_graphql::{Context, Object, SimpleObject, ID};

use kernel::crypto::MasterKey;
use kernel::date::Date;
use kernel::input::Payload;
use kernel::page::Page;
use kernel::request::ContextExt;
use kernel::{Error, GlobalId, NodeType, UserError};
use uuid::Uuid;

use crate::domain::{InstitutionKind, NewMeeting, NewMember, NewTeam};

pub fn team_gid(id: Uuid) -> String {
    GlobalId::new(NodeType::Team, id).encode()
}

pub fn member_gid(id: Uuid) -> String {
    GlobalId::new(NodeType::TeamMember, id).encode()
}

pub fn meeting_gid(id: Uuid) -> String {
    GlobalId::new(NodeType::TeamMeeting, id).encode()
}

pub(crate) fn master_key<'a>(ctx: &'a Context<'_>) -> kernel::Result<&'a MasterKey> {
    ctx.data::<MasterKey>()
        .map_err(|_| Error::internal("master key missing from the schema"))
}

#[derive(Clone)]
pub struct TeamObject(pub crate::Team);

impl TeamObject {
    /// The institutions the act requires that no member represents today.
    async fn missing_now(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<InstitutionKind>> {
        let tx = ctx.request()?.tenant_tx().await?;
        let members = crate::members(tx, self.0.id).await?;
        Ok(crate::missing_institutions(
            &members,
            kernel::calendar::today(),
        ))
    }
}

/// Zespół interdyscyplinarny (ZI) — the municipality's interdisciplinary team, appointed by the
/// mayor's act.
#[Object(name = "Team")]
impl TeamObject {
    pub async fn id(&self) -> ID {
        ID(team_gid(self.0.id))
    }

    async fn name(&self) -> &str {
        &self.0.name
    }

    /// Number of the appointing act (zarządzenie).
    async fn act_number(&self) -> &str {
        &self.0.act_number
    }

    /// Date of the appointing act.
    async fn act_issued_on(&self) -> Date {
        Date(self.0.act_issued_on)
    }

    async fn version(&self) -> i32 {
        self.0.version
    }

    /// Members now, the chair first.
    async fn members(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<TeamMemberObject>> {
        let tx = ctx.request()?.tenant_tx().await?;
        Ok(crate::members(tx, self.0.id)
            .await?
            .into_iter()
            .map(TeamMemberObject)
            .collect())
    }

    /// Byli członkowie — members whose membership ended, kept with the day and the reason.
    async fn former_members(
        &self,
        ctx: &Context<'_>,
    ) -> async_graphql::Result<Vec<TeamMemberObject>> {
        let tx = ctx.request()?.tenant_tx().await?;
        Ok(crate::former_members(tx, self.0.id)
            .await?
            .into_iter()
            .map(TeamMemberObject)
            .collect())
    }

    /// Przewodniczący — the chair, who receives Blue Cards and sets up diagnostic groups.
    async fn chair(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<TeamMemberObject>> {
        let tx = ctx.request()?.tenant_tx().await?;
        Ok(crate::chair(tx).await?.map(TeamMemberObject))
    }

    async fn last_meeting_on(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Date>> {
        let tx = ctx.request()?.tenant_tx().await?;
        Ok(crate::last_meeting_on(tx, self.0.id).await?.map(Date))
    }

    /// The institutions the act requires on every team (art. 9a ust. 3) that no member now
    /// represents, in the act's order.
    async fn missing_institutions(
        &self,
        ctx: &Context<'_>,
    ) -> async_graphql::Result<Vec<InstitutionKind>> {
        self.missing_now(ctx).await
    }

    /// What needs attention: `NO_MEETING_FOR_THREE_MONTHS`, `REQUIRED_INSTITUTION_MISSING`
    /// (see `missingInstitutions`).
    async fn warnings(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<UserError>> {
        let tx = ctx.request()?.tenant_tx().await?;
        let last = crate::last_meeting_on(tx, self.0.id).await?;
        let today = kernel::calendar::today();
        let mut warnings = Vec::new();
        if crate::meeting_overdue(&self.0, last, today) {
            warnings.push(UserError::new(
                &["meetings"],
                "NO_MEETING_FOR_THREE_MONTHS",
                "the team has not met for more than three months",
            ));
        }
        if !self.missing_now(ctx).await?.is_empty() {
            warnings.push(UserError::new(
                &["members"],
                "REQUIRED_INSTITUTION_MISSING",
                "no member represents an institution the act requires on the team",
            ));
        }
        Ok(warnings)
    }

    /// Posiedzenia — meetings, newest first. Minutes are shown to team members who signed the
    /// confidentiality statement.
    #[graphql(complexity = "(first.clamp(1, 100) as usize) * child_complexity")]
    async fn meetings(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "page size, at most 100", default = 20)] first: i32,
        after: Option<String>,
    ) -> async_graphql::Result<Connection<String, TeamMeetingObject, EmptyFields, EmptyFields>>
    {
        let page = Page::parse(first, after.as_deref(), NodeType::TeamMeeting)?;
        let req = ctx.request()?;
        let tx = req.tenant_tx().await?;
        let key = minutes_key(ctx).await?;
        let found = crate::meetings(
            tx,
            self.0.id,
            key.as_ref(),
            None,
            page.after(),
            page.fetch(),
        )
        .await?;
        Ok(page.connection(found, |m| m.id, TeamMeetingObject))
    }

    /// Frekwencja — attendance between two dates (inclusive), by member and by institution.
    async fn attendance_report(
        &self,
        ctx: &Context<'_>,
        from: Date,
        to: Date,
    ) -> async_graphql::Result<AttendanceReport> {
        if from > to {
            return Err(Error::BadUserInput("`from` must not be after `to`".to_owned()).into());
        }
        let tx = ctx.request()?.tenant_tx().await?;
        let (by_member, by_institution) =
            crate::attendance_report(tx, self.0.id, from.0, to.0).await?;
        Ok(AttendanceReport {
            from,
            to,
            by_member: by_member
                .into_iter()
                .map(|(m, c)| MemberAttendance {
                    member: TeamMemberObject(m),
                    meetings: c.meetings as i32,
                    present: c.present as i32,
                })
                .collect(),
            by_institution: by_institution
                .into_iter()
                .map(|(institution, c)| InstitutionAttendance {
                    institution,
                    meetings: c.meetings as i32,
                    present: c.present as i32,
                })
                .collect(),
        })
    }
}

/// The data key when the viewer may read agendas and minutes: who works on cases (they name
/// cases), by the one rule.
async fn minutes_key(ctx: &Context<'_>) -> kernel::Result<Option<kernel::crypto::DataKey>> {
    let req = ctx.request()?;
    let staff = req.principal.require_staff()?;
    let tx = req.tenant_tx().await?;
    match crate::case_standing(tx, staff).await? {
        crate::CaseStanding::Works(_) => Ok(Some(tenancy::data_key(tx, master_key(ctx)?).await?)),
        crate::CaseStanding::Refused(_) => Ok(None),
    }
}

#[derive(Clone)]
pub struct TeamMemberObject(pub crate::Member);

/// Członek zespołu — a person delegated to the team by an institution.
#[Object(name = "TeamMember")]
impl TeamMemberObject {
    pub async fn id(&self) -> ID {
        ID(member_gid(self.0.id))
    }

    /// The member's user account.
    async fn user_id(&self) -> ID {
        GlobalId::new(NodeType::User, self.0.user_id).into()
    }

    async fn display_name(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<String>> {
        identity::graphql::display_name(ctx, self.0.user_id).await
    }

    /// How the member asked to be addressed, so that their function is named in the right
    /// grammatical gender.
    async fn form_of_address(
        &self,
        ctx: &Context<'_>,
    ) -> async_graphql::Result<Option<identity::domain::FormOfAddress>> {
        identity::graphql::form_of_address(ctx, self.0.user_id).await
    }

    async fn institution(&self) -> InstitutionKind {
        self.0.institution
    }

    /// The delegating institution's name, e.g. „Komenda Miejska Policji w Żorach”.
    async fn institution_name(&self) -> &str {
        &self.0.institution_name
    }

    async fn chair(&self) -> bool {
        self.0.is_chair
    }

    /// When the member signed the confidentiality statement (oświadczenie o zachowaniu
    /// poufności); a member without one that holds may not work on any case.
    async fn confidentiality_signed_on(&self) -> Option<Date> {
        self.0.confidentiality_signed_on.map(Date)
    }

    /// Wycofanie oświadczenia — the day the statement was withdrawn; from that day on it no
    /// longer holds.
    async fn confidentiality_withdrawn_on(&self) -> Option<Date> {
        self.0.confidentiality_withdrawn_on.map(Date)
    }

    /// Oświadczenie ważne do — the last day a statement signed for a time holds.
    async fn confidentiality_valid_until(&self) -> Option<Date> {
        self.0.confidentiality_valid_until.map(Date)
    }

    /// Whether the statement holds today (signed, not withdrawn, not expired).
    async fn confidentiality_holds(&self) -> bool {
        self.0.statement_holds_on(kernel::calendar::today())
    }

    async fn joined_on(&self) -> Date {
        Date(self.0.joined_on)
    }

    /// Koniec członkostwa — the day the membership ended; from that day on the person is not
    /// on the team and works on no case.
    async fn left_on(&self) -> Option<Date> {
        self.0.left_on.map(Date)
    }

    /// Why the membership ended; shown to the municipality's administrators only.
    async fn left_reason(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<&str>> {
        let req = ctx.request()?;
        Ok(req
            .principal
            .tenant_admin()
            .and(self.0.left_reason.as_deref()))
    }

    async fn version(&self) -> i32 {
        self.0.version
    }
}

#[derive(Clone)]
pub struct TeamMeetingObject(pub crate::Meeting);

/// Posiedzenie zespołu — a meeting of the interdisciplinary team, its agenda, minutes and
/// attendance.
#[Object(name = "TeamMeeting")]
impl TeamMeetingObject {
    pub async fn id(&self) -> ID {
        ID(meeting_gid(self.0.id))
    }

    async fn held_on(&self) -> Date {
        Date(self.0.held_on)
    }

    /// Porządek obrad — sealed like the minutes, and shown on the same terms.
    async fn agenda(&self) -> Option<&str> {
        self.0.agenda.as_deref()
    }

    /// Protokół — shown only to members of the team whose confidentiality statement holds.
    async fn minutes(&self) -> Option<&str> {
        self.0.minutes.as_deref()
    }

    async fn attendance(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<MeetingAttendance>> {
        let tx = ctx.request()?.tenant_tx().await?;
        let ids: Vec<Uuid> = self.0.attendance.iter().map(|a| a.member_id).collect();
        let members = crate::find_members(tx, &ids).await?;
        Ok(self
            .0
            .attendance
            .iter()
            .filter_map(|a| {
                members
                    .iter()
                    .find(|m| m.id == a.member_id)
                    .map(|m| MeetingAttendance {
                        member: TeamMemberObject(m.clone()),
                        present: a.present,
                    })
            })
            .collect())
    }
}

/// Obecność na posiedzeniu — whether one member was present at a team meeting.
#[derive(SimpleObject)]
pub struct MeetingAttendance {
    pub member: TeamMemberObject,
    pub present: bool,
}

/// Raport frekwencji.
#[derive(SimpleObject)]
pub struct AttendanceReport {
    pub from: Date,
    pub to: Date,
    pub by_member: Vec<MemberAttendance>,
    pub by_institution: Vec<InstitutionAttendance>,
}

/// Frekwencja członka — one member's attendance at team meetings over the report's period.
#[derive(SimpleObject)]
pub struct MemberAttendance {
    pub member: TeamMemberObject,
    /// Meetings held in the period.
    pub meetings: i32,
    /// Meetings the member attended.
    pub present: i32,
}

/// Frekwencja instytucji — attendance of the members from one kind of institution over the
/// report's period.
#[derive(SimpleObject)]
pub struct InstitutionAttendance {
    pub institution: InstitutionKind,
    /// Member-meetings: meetings held times members of this kind of institution.
    pub meetings: i32,
    pub present: i32,
}

#[derive(Default)]
pub struct TeamsQuery;

#[Object]
impl TeamsQuery {
    /// The municipality's interdisciplinary team (a list: empty until it is set up). Staff of
    /// the municipality.
    async fn teams(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<TeamObject>> {
        let req = ctx.request()?;
        req.principal.require_staff()?;
        let tx = req.tenant_tx().await?;
        let team = crate::team(tx).await?;
        if let Some(t) = &team {
            tx.touch(team_gid(t.id));
        }
        Ok(team.into_iter().map(TeamObject).collect())
    }
}

/// Teams, members and meetings of the viewer's municipality, for `node`/`nodes`.
pub async fn load_teams(ctx: &Context<'_>, ids: &[Uuid]) -> kernel::Result<Vec<TeamObject>> {
    let req = ctx.request()?;
    if req.principal.staff().is_none() {
        return Ok(Vec::new());
    }
    let tx = req.tenant_tx().await?;
    Ok(crate::find_teams(tx, ids)
        .await?
        .into_iter()
        .map(TeamObject)
        .collect())
}

pub async fn load_members(
    ctx: &Context<'_>,
    ids: &[Uuid],
) -> kernel::Result<Vec<TeamMemberObject>> {
    let req = ctx.request()?;
    if req.principal.staff().is_none() {
        return Ok(Vec::new());
    }
    let tx = req.tenant_tx().await?;
    Ok(crate::find_members(tx, ids)
        .await?
        .into_iter()
        .map(TeamMemberObject)
        .collect())
}

pub async fn load_meetings(
    ctx: &Context<'_>,
    ids: &[Uuid],
) -> kernel::Result<Vec<TeamMeetingObject>> {
    let req = ctx.request()?;
    if req.principal.staff().is_none() {
        return Ok(Vec::new());
    }
    let tx = req.tenant_tx().await?;
    let Some(team) = crate::team(tx).await? else {
        return Ok(Vec::new());
    };
    let key = minutes_key(ctx).await?;
    Ok(
        crate::meetings(tx, team.id, key.as_ref(), Some(ids), None, ids.len() as u64)
            .await?
            .into_iter()
            .map(TeamMeetingObject)
            .collect(),
    )
}

kernel::payload! {
    /// Result of `createTeam`: the new team, or the reasons it was refused.
    CreateTeamPayload { team: TeamObject }
}

kernel::payload! {
    /// Result of `addTeamMember` and `updateTeamMember`: the member, or the reasons it was
    /// refused.
    TeamMemberPayload { member: TeamMemberObject }
}

kernel::payload! {
    /// Result of `recordTeamMeeting`: the meeting, or the reasons it was refused.
    RecordTeamMeetingPayload { meeting: TeamMeetingObject }
}

#[derive(Default)]
pub struct TeamsMutation;

#[Object]
impl TeamsMutation {
    /// Sets up the municipality's interdisciplinary team. Tenant administrators only.
    async fn create_team(
        &self,
        ctx: &Context<'_>,
        input: CreateTeamInput,
    ) -> async_graphql::Result<CreateTeamPayload> {
        let req = ctx.request()?;
        let admin = req.principal.require_tenant_admin()?;
        let new = match NewTeam::try_from(input) {
            Ok(new) => new,
            Err(errors) => return Ok(CreateTeamPayload::refused(errors)),
        };
        let tx = req.tenant_tx().await?;
        let created = crate::create_team(tx, &admin, new).await?;
        Ok(CreateTeamPayload::answer(created.map(TeamObject)))
    }

    /// Adds a user of the municipality to the team, with the institution that delegates them.
    /// Tenant administrators only.
    async fn add_team_member(
        &self,
        ctx: &Context<'_>,
        input: AddTeamMemberInput,
    ) -> async_graphql::Result<TeamMemberPayload> {
        let req = ctx.request()?;
        let admin = req.principal.require_tenant_admin()?;
        let new = match NewMember::try_from(input) {
            Ok(new) => new,
            Err(errors) => return Ok(TeamMemberPayload::refused(errors)),
        };
        let tx = req.tenant_tx().await?;
        let added = crate::add_member(tx, &admin, new).await?;
        Ok(TeamMemberPayload::answer(added.map(TeamMemberObject)))
    }

    /// Changes a member: institution, chair, confidentiality statement. Carries the member's
    /// `version`; a stale one answers CONFLICT. Tenant administrators only.
    async fn update_team_member(
        &self,
        ctx: &Context<'_>,
        input: UpdateTeamMemberInput,
    ) -> async_graphql::Result<TeamMemberPayload> {
        let req = ctx.request()?;
        let admin = req.principal.require_tenant_admin()?;
        let member_id = GlobalId::decode_as(&input.id, NodeType::TeamMember)?;
        let change = match input.change(member_id) {
            Ok(change) => change,
            Err(errors) => return Ok(TeamMemberPayload::refused(errors)),
        };
        let tx = req.tenant_tx().await?;
        let updated = crate::update_member(tx, &admin, change).await?;
        membership::announce(req, tx, &updated);
        Ok(TeamMemberPayload::answer(updated.map(TeamMemberObject)))
    }

    /// Records a team meeting with its agenda, minutes and attendance. The chair or a tenant
    /// administrator.
    async fn record_team_meeting(
        &self,
        ctx: &Context<'_>,
        input: RecordTeamMeetingInput,
    ) -> async_graphql::Result<RecordTeamMeetingPayload> {
        let req = ctx.request()?;
        let staff = req.principal.require_staff()?;
        let new = match NewMeeting::try_from(input) {
            Ok(new) => new,
            Err(errors) => return Ok(RecordTeamMeetingPayload::refused(errors)),
        };
        let tx = req.tenant_tx().await?;
        let recorded = crate::record_meeting(tx, staff, master_key(ctx)?, new).await?;
        Ok(RecordTeamMeetingPayload::answer(
            recorded.map(TeamMeetingObject),
        ))
    }
}
