//! The records under a card as GraphQL objects: persons, group members, deadlines, forms, the
//! steps taken, plan items and work. Each wraps a value the cases service read for a card that
//! passed its need-to-know check.

use async_graphql::{Context, Object, SimpleObject, ID};
use chrono::{DateTime, Utc};
use kernel::date::Date;
use kernel::pesel::Sex;
use kernel::{GlobalId, NodeType};

use super::loaders::*;
use crate::domain::{
    ActionTaken, DeadlineKind, DeadlineState, FormDetails, FormKind, PersonRole, PlanItemKind,
    PlanItemStatus, PlanKind, ProgrammeKind, WorkKind, WorkVariant,
};
use crate::ids::{person_gid, plan_item_gid, work_gid};
use crate::procedure::Status;
use crate::{Deadline, GroupMember, Person, PlanItem, WorkRecord};
use teams::InstitutionKind;

#[derive(Clone)]
pub struct PersonObject(pub Person);

/// Osoba w procedurze — a person in a procedure: one experiencing domestic violence or one
/// using it.
#[Object(name = "BlueCardPerson")]
impl PersonObject {
    pub async fn id(&self) -> ID {
        GlobalId::new(NodeType::BlueCardPerson, self.0.id).into()
    }
    async fn role(&self) -> PersonRole {
        self.0.role
    }
    async fn sex(&self) -> Sex {
        self.0.sex
    }
    /// A minor on the day the procedure was initiated.
    async fn minor(&self) -> bool {
        self.0.minor
    }
    async fn first_name(&self) -> &str {
        &self.0.data.first_name
    }
    async fn last_name(&self) -> &str {
        &self.0.data.last_name
    }
    async fn pesel(&self) -> Option<&str> {
        self.0.data.pesel.as_deref()
    }
    async fn date_of_birth(&self) -> Date {
        Date(self.0.data.born_on)
    }
    async fn died_on(&self) -> Option<Date> {
        self.0.data.died_on.map(Date)
    }
    async fn address(&self) -> Option<&str> {
        self.0.data.address.as_deref()
    }
    async fn phone(&self) -> Option<&str> {
        self.0.data.phone.as_deref()
    }
    async fn notes(&self) -> Option<&str> {
        self.0.data.notes.as_deref()
    }
    /// Who the person is to the person experiencing violence.
    async fn relation_to_victim(&self) -> Option<crate::person_data::Relation> {
        self.0.data.about.relation
    }
    /// Whether they live in the same household as the person experiencing violence.
    async fn lives_with_victim(&self) -> Option<bool> {
        self.0.data.about.lives_with_victim
    }
    /// Stan zdrowia, as the group needs it: for the card's group and the team's chair only
    /// (null for the NK-A author outside the group).
    async fn health(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<&str>> {
        if !reads_diagnosis(ctx, self.0.card_id).await? {
            return Ok(None);
        }
        Ok(self.0.data.about.health.as_deref())
    }
    /// Uzależnienia: for the card's group and the team's chair only (empty otherwise).
    async fn addictions(
        &self,
        ctx: &Context<'_>,
    ) -> async_graphql::Result<&[crate::person_data::Addiction]> {
        if !reads_diagnosis(ctx, self.0.card_id).await? {
            return Ok(&[]);
        }
        Ok(&self.0.data.about.addictions)
    }
    /// A child's school (or nursery) and class.
    async fn school(&self) -> Option<&str> {
        self.0.data.about.school.as_deref()
    }
    async fn email(&self) -> Option<&str> {
        self.0.data.about.email.as_deref()
    }
}

/// Whether the viewer reads the diagnosis of `card` (its health and addictions data too): the
/// team's chair or a member of the card's group.
pub(crate) async fn reads_diagnosis(
    ctx: &Context<'_>,
    card: uuid::Uuid,
) -> async_graphql::Result<bool> {
    let s = scope(ctx).await?;
    if s.reader.is_chair() {
        return Ok(true);
    }
    let group = children(ctx, card, |req, master| GroupLoader { req, master }).await?;
    Ok(group.iter().any(|m| m.user_id == s.reader.user()))
}

#[derive(Clone)]
pub struct GroupMemberObject(pub GroupMember);

/// Członek grupy diagnostyczno-pomocowej — a team member working the case in its diagnostic
/// group.
#[Object(name = "DiagnosticGroupMember")]
impl GroupMemberObject {
    async fn team_member_id(&self) -> ID {
        ID(teams::graphql::member_gid(self.0.team_member_id))
    }
    async fn display_name(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<String>> {
        identity::graphql::display_name(ctx, self.0.user_id).await
    }
    async fn institution(&self) -> InstitutionKind {
        self.0.institution
    }
    async fn added_on(&self) -> Date {
        Date(self.0.added_on)
    }
}

#[derive(Clone)]
pub struct DeadlineObject(pub Deadline);

/// Termin w procedurze — a deadline of the procedure (statutory or set by the municipality)
/// and when it was met.
#[Object(name = "BlueCardDeadline")]
impl DeadlineObject {
    pub async fn id(&self) -> ID {
        GlobalId::new(NodeType::Deadline, self.0.id).into()
    }
    async fn kind(&self) -> DeadlineKind {
        self.0.kind
    }
    async fn due_on(&self) -> Date {
        Date(self.0.due_on)
    }
    async fn state(&self) -> DeadlineState {
        self.0.state(today())
    }
    async fn met_on(&self) -> Option<Date> {
        self.0.met_on.map(Date)
    }
    /// Met after its due date.
    async fn met_late(&self) -> bool {
        self.0.met_late()
    }
    /// Set aside because the procedure closed before it mattered.
    async fn cancelled(&self) -> bool {
        self.0.cancelled
    }
}

#[derive(Clone)]
pub struct FormObject(pub crate::Form);

/// Formularz procedury.
#[Object(name = "BlueCardForm")]
impl FormObject {
    /// The form (its document: `BlueCard.formDocument`).
    async fn id(&self) -> ID {
        ID(crate::ids::form_gid(self.0.id))
    }
    async fn kind(&self) -> FormKind {
        self.0.kind
    }
    async fn filled_on(&self) -> Date {
        Date(self.0.filled_on)
    }
    async fn filled_by_name(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<String>> {
        identity::graphql::display_name(ctx, self.0.filled_by).await
    }
    /// NK-C and NK-D: the person the group met; PERPETRATOR_NOTICE: the person notified.
    async fn person_id(&self) -> Option<ID> {
        match &self.0.content {
            crate::FormContent::Diagnosis { person_id, .. } => {
                Some(GlobalId::new(NodeType::BlueCardPerson, *person_id).into())
            }
            crate::FormContent::PerpetratorNotice { notice } => {
                Some(GlobalId::new(NodeType::BlueCardPerson, notice.person_id).into())
            }
            _ => None,
        }
    }
    /// NK-C and NK-D: the diagnosis.
    async fn diagnosis(&self) -> Option<&str> {
        match &self.0.content {
            crate::FormContent::Diagnosis { details, .. } => Some(&details.diagnosis),
            _ => None,
        }
    }
    /// NK-C: the history of violence (first, repeated, most dangerous and last act).
    async fn history(&self) -> Option<&str> {
        match &self.0.content {
            crate::FormContent::Diagnosis { details, .. } => details.history.as_deref(),
            _ => None,
        }
    }
    /// PERPETRATOR_NOTICE: how it was delivered (on `filledOn`).
    async fn notice_delivery(&self) -> Option<crate::notices::NoticeDelivery> {
        match &self.0.content {
            crate::FormContent::PerpetratorNotice { notice } => Some(notice.way),
            _ => None,
        }
    }
    /// PERPETRATOR_NOTICE and FAMILY_COURT_NOTICE: what else was recorded of it.
    async fn notice_note(&self) -> Option<&str> {
        match &self.0.content {
            crate::FormContent::PerpetratorNotice { notice } => notice.note.as_deref(),
            crate::FormContent::FamilyCourtNotice { notice } => notice.note.as_deref(),
            _ => None,
        }
    }
    /// FAMILY_COURT_NOTICE: the minor the court was told about, and the court.
    async fn family_court_notice(&self) -> Option<FamilyCourtNoticeObject> {
        match &self.0.content {
            crate::FormContent::FamilyCourtNotice { notice } => {
                Some(FamilyCourtNoticeObject(notice.clone()))
            }
            _ => None,
        }
    }
    /// NK-C with a minor: the adult who was with them.
    async fn companions(&self) -> Vec<MinorCompanion> {
        match &self.0.content {
            crate::FormContent::Diagnosis { companions, .. } => {
                companions.iter().cloned().map(MinorCompanion).collect()
            }
            _ => Vec::new(),
        }
    }
    /// CLOSURE: the group's report to the team's chair on the results of its work.
    async fn result_report(&self) -> Option<&str> {
        match &self.0.content {
            crate::FormContent::Closure { report } => Some(&report.results),
            _ => None,
        }
    }
    /// CLOSURE as unfounded: the written basis of that decision.
    async fn closure_basis(&self) -> Option<&str> {
        match &self.0.content {
            crate::FormContent::Closure { report } => report.basis.as_deref(),
            _ => None,
        }
    }
    /// NK-A: the form's own content (a subsequent NK-A keeps what it reported).
    async fn nk_a(&self) -> Option<NkADetails> {
        match &self.0.content {
            crate::FormContent::NkA { details, .. } => Some(NkADetails(details.clone())),
            _ => None,
        }
    }
}

#[derive(Clone)]
pub struct StepObject(pub crate::HistoryEntry);

/// Krok procedury — a step taken in the procedure, with who took it and when: an entry of
/// the card's history.
#[Object(name = "BlueCardStep")]
impl StepObject {
    async fn step(&self) -> crate::procedure::Step {
        self.0.step
    }
    /// The status after the step.
    async fn status(&self) -> Status {
        self.0.status
    }
    async fn taken_at(&self) -> DateTime<Utc> {
        self.0.taken_at
    }
    async fn taken_by_name(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<String>> {
        identity::graphql::display_name(ctx, self.0.taken_by).await
    }
}

#[derive(Clone)]
pub struct PlanItemObject(pub PlanItem);

impl From<PlanItem> for PlanItemObject {
    fn from(item: PlanItem) -> Self {
        PlanItemObject(item)
    }
}

/// Pozycja planu pomocy lub planu działań — a point of the help plan agreed with the victim
/// (NK-C) or of the action plan set for the perpetrator (NK-D).
#[Object(name = "PlanItem")]
impl PlanItemObject {
    pub async fn id(&self) -> ID {
        ID(plan_item_gid(self.0.id))
    }
    async fn plan(&self) -> PlanKind {
        self.0.plan
    }
    async fn kind(&self) -> PlanItemKind {
        self.0.kind
    }
    async fn programme(&self) -> Option<ProgrammeKind> {
        self.0.programme
    }
    async fn description(&self) -> &str {
        &self.0.description
    }
    async fn responsible_user_id(&self) -> Option<ID> {
        self.0
            .responsible_user_id
            .map(|u| GlobalId::new(NodeType::User, u).into())
    }
    async fn responsible_name(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<String>> {
        match self.0.responsible_user_id {
            Some(u) => identity::graphql::display_name(ctx, u).await,
            None => Ok(None),
        }
    }
    async fn due_on(&self) -> Option<Date> {
        self.0.due_on.map(Date)
    }
    async fn status(&self) -> PlanItemStatus {
        self.0.status
    }
    /// A programme enrolment made from this referral takes part or waits: the status moves
    /// with it and cannot be set by hand (`FOLLOWS_ENROLMENT`).
    async fn follows_enrolment(&self) -> bool {
        self.0.followed_by_enrolment
    }
    async fn version(&self) -> i32 {
        self.0.version
    }
}

#[derive(Clone)]
pub struct WorkRecordObject(pub WorkRecord);

impl From<WorkRecord> for WorkRecordObject {
    fn from(work: WorkRecord) -> Self {
        WorkRecordObject(work)
    }
}

/// Praca wykonana w sprawie — work done on a case: an intervention, a consultation or other
/// help, counted in the local statistics.
#[Object(name = "WorkRecord")]
impl WorkRecordObject {
    pub async fn id(&self) -> ID {
        ID(work_gid(self.0.id))
    }
    async fn kind(&self) -> WorkKind {
        self.0.kind
    }
    async fn variant(&self) -> Option<WorkVariant> {
        self.0.variant
    }
    async fn occurred_on(&self) -> Date {
        Date(self.0.occurred_on)
    }
    async fn recorded_by_name(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<String>> {
        identity::graphql::display_name(ctx, self.0.recorded_by).await
    }
    async fn note(&self) -> Option<&str> {
        self.0.note.as_deref()
    }
}

pub struct GroupMeetingObject(pub crate::GroupMeeting);

/// Posiedzenie grupy diagnostyczno-pomocowej — a meeting of a card's diagnostic group.
#[Object(name = "GroupMeeting")]
impl GroupMeetingObject {
    async fn held_on(&self) -> Date {
        Date(self.0.held_on)
    }
    async fn place(&self) -> Option<&str> {
        self.0.details.place.as_deref()
    }
    /// The members present, as the group had them that day.
    async fn present(&self) -> Vec<MeetingAttendee> {
        self.0
            .details
            .present
            .iter()
            .map(|(member, user)| MeetingAttendee {
                team_member: *member,
                user: *user,
            })
            .collect()
    }
    /// The group's members from outside the team present.
    async fn present_outside(
        &self,
        ctx: &Context<'_>,
    ) -> async_graphql::Result<Vec<OutsideMemberObject>> {
        let present = &self.0.details.present_outside;
        if present.is_empty() {
            return Ok(Vec::new());
        }
        let members = outside_members(ctx, self.0.card_id).await?;
        Ok(members
            .into_iter()
            .filter(|m| present.contains(&m.id))
            .map(OutsideMemberObject)
            .collect())
    }
    /// The card's persons the group met (`BlueCardPerson` IDs, as in `BlueCard.persons`).
    async fn met_person_ids(&self) -> Vec<ID> {
        self.0
            .details
            .met
            .iter()
            .map(|p| ID(person_gid(*p)))
            .collect()
    }
    /// The adult with each minor met.
    async fn companions(&self) -> Vec<MinorCompanion> {
        self.0
            .details
            .companions
            .iter()
            .cloned()
            .map(MinorCompanion)
            .collect()
    }
    async fn note(&self) -> Option<&str> {
        self.0.details.note.as_deref()
    }
    async fn recorded_by_name(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<String>> {
        identity::graphql::display_name(ctx, self.0.recorded_by).await
    }
}

pub struct FamilyCourtNoticeObject(crate::notices::FamilyCourtNotice);

/// Zawiadomienie sądu rodzinnego — the minor suspected of violence the court was told about.
#[Object(name = "FamilyCourtNotice")]
impl FamilyCourtNoticeObject {
    async fn first_name(&self) -> &str {
        &self.0.first_name
    }
    async fn last_name(&self) -> &str {
        &self.0.last_name
    }
    async fn date_of_birth(&self) -> Date {
        Date(self.0.born_on)
    }
    async fn court(&self) -> &str {
        &self.0.court
    }
}

pub struct MinorCompanion(crate::presence::Companion);

/// Osoba towarzysząca małoletniemu — the adult with a minor the group heard (at a meeting or
/// when filling NK-C).
#[Object]
impl MinorCompanion {
    async fn minor_id(&self) -> ID {
        ID(person_gid(self.0.minor_id))
    }
    /// A person of the card, or none when the companion is named.
    async fn person_id(&self) -> Option<ID> {
        self.0.person_id.map(|p| ID(person_gid(p)))
    }
    /// Someone from outside the card.
    async fn name(&self) -> Option<&str> {
        self.0.name.as_deref()
    }
    async fn relation(&self) -> crate::presence::CompanionRelation {
        self.0.relation
    }
}

pub struct MeetingAttendee {
    team_member: uuid::Uuid,
    user: uuid::Uuid,
}

/// Obecny na posiedzeniu — a member of the group present at a meeting.
#[Object]
impl MeetingAttendee {
    async fn team_member_id(&self) -> ID {
        GlobalId::new(NodeType::TeamMember, self.team_member).into()
    }
    async fn display_name(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<String>> {
        identity::graphql::display_name(ctx, self.user).await
    }
}

/// Liczba prac — how many pieces of work of one kind (and variant) were recorded.
#[derive(SimpleObject)]
pub struct WorkCount {
    pub kind: WorkKind,
    pub variant: Option<WorkVariant>,
    pub count: i32,
}

pub struct NkADetails(pub(super) FormDetails);

/// Treść formularza NK-A — the contents of form NK-A apart from the people named on it:
/// injuries, risk factors, actions taken and the victim's sense of safety.
#[Object]
impl NkADetails {
    /// Obrażenia.
    async fn injuries(&self) -> Option<&str> {
        self.0.injuries.as_deref()
    }
    async fn perpetrator_under_alcohol(&self) -> bool {
        self.0.perpetrator_under_alcohol
    }
    async fn perpetrator_under_drugs(&self) -> bool {
        self.0.perpetrator_under_drugs
    }
    /// Dostęp do broni palnej.
    async fn firearm_access(&self) -> bool {
        self.0.firearm_access
    }
    async fn children_in_household(&self) -> i32 {
        i32::try_from(self.0.children_in_household).unwrap_or(i32::MAX)
    }
    async fn actions_taken(&self) -> &[ActionTaken] {
        &self.0.actions_taken
    }
    /// Formularz NK-B przekazany.
    async fn nk_b_handed_over(&self) -> bool {
        self.0.nk_b_handed_over
    }
    /// Whom NK-B was handed to (`BlueCardPerson`); none on forms filled before it was kept.
    async fn nk_b_recipient_id(&self) -> Option<ID> {
        self.0.nk_b_recipient.map(|p| ID(person_gid(p)))
    }
    async fn victim_feels_safe(&self) -> Option<bool> {
        self.0.victim_feels_safe
    }
    async fn description(&self) -> Option<&str> {
        self.0.description.as_deref()
    }
    async fn additional_information(&self) -> Option<&str> {
        self.0.additional_information.as_deref()
    }
    /// Who filled the form on paper, when it was registered from paper; null for a form filled
    /// here by its initiator.
    async fn registered_from_paper(&self) -> Option<PaperInitiatorObject> {
        self.0
            .registered_from_paper
            .clone()
            .map(PaperInitiatorObject)
    }
}

pub struct PaperInitiatorObject(crate::domain::PaperInitiator);

/// Osoba wszczynająca procedurę na papierze.
#[Object(name = "PaperInitiator")]
impl PaperInitiatorObject {
    async fn name(&self) -> &str {
        &self.0.name
    }
    async fn position(&self) -> Option<&str> {
        self.0.position.as_deref()
    }
    async fn entity(&self) -> &str {
        &self.0.entity
    }
}

#[derive(Clone)]
pub struct OutsideMemberObject(pub crate::outside::OutsideMember);

/// Członek grupy spoza zespołu — a professional from outside the interdisciplinary team in a
/// card's diagnostic group, for this case only.
#[Object(name = "OutsideGroupMember")]
impl OutsideMemberObject {
    async fn id(&self) -> ID {
        ID(crate::ids::outside_member_gid(self.0.id))
    }
    async fn name(&self) -> &str {
        self.0.details.name.as_str()
    }
    async fn organisation(&self) -> &str {
        self.0.details.organisation.as_str()
    }
    async fn position(&self) -> Option<&str> {
        self.0.details.position.as_ref().map(|p| p.as_str())
    }
    async fn institution(&self) -> InstitutionKind {
        self.0.institution
    }
    /// The day they signed the confidentiality statement for this case.
    async fn statement_signed_on(&self) -> Date {
        Date(self.0.statement_signed_on)
    }
    async fn added_on(&self) -> Date {
        Date(self.0.added_on)
    }
    /// The day they were taken out of the group; none while they are in it.
    async fn left_on(&self) -> Option<Date> {
        self.0.left_on.map(Date)
    }
}

/// The card's outside members, those who left included.
pub(crate) async fn outside_members(
    ctx: &Context<'_>,
    card: uuid::Uuid,
) -> async_graphql::Result<Vec<crate::outside::OutsideMember>> {
    super::loaders::children(ctx, card, |req, master| {
        super::loaders::OutsideMembersLoader { req, master }
    })
    .await
}
