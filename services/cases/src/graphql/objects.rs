//! The procedure's GraphQL objects: the card, its NK-A details, deadline rules, notifications and
//! match proposals (the records under a card are in `records`). They wrap values the use
//! cases returned after their need-to-know checks.

use async_graphql::{Context, Object, SimpleObject, ID};
use chrono::{DateTime, Utc};
use kernel::calendar::PeriodUnit;
use kernel::date::Date;
use kernel::request::ContextExt;
use kernel::{GlobalId, NodeType};
use uuid::Uuid;

use crate::read::VisibleCard;

use super::loaders::*;
use super::records::*;
use crate::deadlines::{Notification, NotificationKind};
use crate::domain::{
    ClosureGround, DeadlineKind, DeadlineRuleKind, FormKind, PersonRole, PlanKind, ViolenceForm,
    WorkKind, WorkVariant,
};
use crate::ids::card_gid;
use crate::procedure::{self, Status, Step};
use teams::InstitutionKind;

#[derive(Clone)]
pub struct BlueCardObject(VisibleCard);

/// Only a card that passed need to know becomes an object.
impl From<VisibleCard> for BlueCardObject {
    fn from(card: VisibleCard) -> Self {
        BlueCardObject(card)
    }
}

impl BlueCardObject {
    /// The card's own ID (its global ID is `id`).
    pub fn uuid(&self) -> Uuid {
        self.0.id
    }
}

/// Niebieska Karta — one procedure „Niebieskie Karty”, from form NK-A to the end of
/// monitoring: the people, forms, diagnostic group, plans, deadlines and history of one case.
#[Object(name = "BlueCard")]
impl BlueCardObject {
    pub async fn id(&self) -> ID {
        ID(card_gid(self.0.id))
    }

    async fn status(&self) -> Status {
        self.0.status
    }

    /// Numer karty — its number in the municipality, `NK/2026/0042` (the year the procedure was
    /// initiated, its place in that year); null only for a card opened before numbers existed,
    /// until the worker numbers it.
    async fn number(&self) -> Option<String> {
        self.0.number.map(|n| n.to_string())
    }

    /// The day form NK-A was filled.
    async fn initiated_on(&self) -> Date {
        Date(self.0.initiated_on)
    }

    async fn initiator_institution(&self) -> InstitutionKind {
        self.0.initiator_institution
    }

    /// The person who filled the first NK-A.
    async fn initiator_name(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<String>> {
        identity::graphql::display_name(ctx, self.0.initiator_user_id).await
    }

    async fn violence_forms(&self) -> &[ViolenceForm] {
        &self.0.violence_forms
    }

    /// The rest of form NK-A.
    async fn details(&self) -> NkADetails {
        NkADetails(self.0.details.clone())
    }

    /// Osoby — victims, perpetrators and adult witnesses.
    async fn persons(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<PersonObject>> {
        let persons = children(ctx, self.0.id, |req, master| PersonsLoader { req, master }).await?;
        Ok(persons.into_iter().map(PersonObject).collect())
    }

    /// Grupa diagnostyczno-pomocowa — empty until the chair sets it up.
    async fn diagnostic_group(
        &self,
        ctx: &Context<'_>,
    ) -> async_graphql::Result<Vec<GroupMemberObject>> {
        let group = children(ctx, self.0.id, |req, master| GroupLoader { req, master }).await?;
        Ok(group.into_iter().map(GroupMemberObject).collect())
    }

    /// Whether the viewer may propose to hand the procedure over to another municipality's
    /// team now: the chair, between receiving it and closing it, none under way.
    async fn may_hand_over(&self, ctx: &Context<'_>) -> async_graphql::Result<bool> {
        let s = scope(ctx).await?;
        if !crate::transfers::could_propose(s.reader, &self.0) {
            return Ok(false);
        }
        // The chair sees every hand-over of the municipality's own: one under way stops another.
        let transfers = children(ctx, self.0.id, |req, master| TransfersLoader {
            req,
            master,
        })
        .await?;
        Ok(!transfers.iter().any(|t| t.outgoing && t.state.is_pending()))
    }

    /// Przekazania procedury — its hand-overs to or from another municipality's team, for the
    /// team's chair (empty for anyone else).
    async fn transfers(
        &self,
        ctx: &Context<'_>,
    ) -> async_graphql::Result<Vec<super::TransferObject>> {
        super::transfers::of_card(ctx, self.0.id).await
    }

    /// Członkowie grupy spoza zespołu — professionals from outside the team in the card's
    /// diagnostic group, those taken out included (`leftOn`); empty for a viewer who does not
    /// read the diagnosis (who they are tells about the family).
    async fn outside_group_members(
        &self,
        ctx: &Context<'_>,
    ) -> async_graphql::Result<Vec<super::OutsideMemberObject>> {
        if !self.sees_diagnosis(ctx).await? {
            return Ok(Vec::new());
        }
        let members = super::records::outside_members(ctx, self.0.id).await?;
        Ok(members
            .into_iter()
            .map(super::OutsideMemberObject)
            .collect())
    }

    /// Terminy — each with its due date and state.
    async fn deadlines(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<DeadlineObject>> {
        let found = children(ctx, self.0.id, |req, master| DeadlinesLoader {
            req,
            master,
        })
        .await?;
        Ok(found.into_iter().map(DeadlineObject).collect())
    }

    /// Formularze NK-A (the first and subsequent ones), NK-C, NK-D, notices to an absent
    /// perpetrator and the closure's report; the group's own (all but NK-A) only for the card's
    /// diagnostic group and the team's chair (`seesDiagnosis`).
    async fn forms(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<FormObject>> {
        let sees_diagnosis = self.sees_diagnosis(ctx).await?;
        let forms = children(ctx, self.0.id, |req, master| FormsLoader { req, master }).await?;
        Ok(forms
            .into_iter()
            .filter(|f| sees_diagnosis || !f.kind.is_groups())
            .map(FormObject)
            .collect())
    }

    /// Wydruk formularza — the document of one of the card's forms the viewer reads (`forms`),
    /// as PDF: NK-A, NK-C and NK-D as filled, the group's notices and the closure protocol.
    /// NOT_FOUND for any other form. Recorded in the audit trail with the form.
    async fn form_document(
        &self,
        ctx: &Context<'_>,
        form_id: ID,
    ) -> async_graphql::Result<documents::DocumentFile> {
        let id =
            GlobalId::decode_as(&form_id, crate::ids::FORM).map_err(|_| kernel::Error::NotFound)?;
        let form = self
            .forms(ctx)
            .await?
            .into_iter()
            .find(|f| f.0.id == id)
            .ok_or(kernel::Error::NotFound)?;
        Ok(super::papers::form_document(ctx, &self.0, &form.0).await?)
    }

    /// Formularz NK-B — the leaflet for the person experiencing violence, with the
    /// municipality's published help points and the national helplines, as PDF.
    async fn nk_b_leaflet(
        &self,
        ctx: &Context<'_>,
    ) -> async_graphql::Result<documents::DocumentFile> {
        Ok(super::papers::nk_b(ctx, &self.0).await?)
    }

    /// Whether the viewer reads the diagnosis: forms NK-C and NK-D, the plans and the group's
    /// meetings. The card's diagnostic group and the team's chair do; whoever sees the card only
    /// as the author of its NK-A does not: their part ended when the form reached the chair.
    async fn sees_diagnosis(&self, ctx: &Context<'_>) -> async_graphql::Result<bool> {
        let (chair, in_group) = self.viewer_part(ctx).await?;
        Ok(chair || in_group)
    }

    /// Proposed matches with other open procedures about the same people (a subsequent NK-A),
    /// for the team's chair once the form has been forwarded; null for anyone else.
    async fn match_proposals(
        &self,
        ctx: &Context<'_>,
    ) -> async_graphql::Result<Option<Vec<MatchProposalObject>>> {
        let s = scope(ctx).await?;
        if !s.reader.is_chair() {
            return Ok(None);
        }
        let found = loader(ctx, |req, master| MatchLoader { req, master })?
            .load_one(self.0.id)
            .await?
            .unwrap_or_default();
        Ok(Some(found.into_iter().map(MatchProposalObject).collect()))
    }

    /// Wcześniejsze procedury — earlier procedures about the same people (in post-closure
    /// monitoring or closed within 12 months of this one's NK-A) that the chair linked this
    /// one to, for the chair and the card's diagnostic group; empty for anyone else.
    async fn earlier_procedures(
        &self,
        ctx: &Context<'_>,
    ) -> async_graphql::Result<Vec<EarlierProcedureObject>> {
        earlier_of(ctx, self.0.id).await
    }

    /// The procedure the chair attached this form to (status `ATTACHED`), if the viewer may
    /// see it.
    async fn attached_to(
        &self,
        ctx: &Context<'_>,
    ) -> async_graphql::Result<Option<BlueCardObject>> {
        let Some(id) = self.0.attached_to else {
            return Ok(None);
        };
        Ok(load_cards(ctx, &[id]).await?.pop())
    }

    /// Przebieg — every step of the procedure with who took it and when.
    async fn history(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<StepObject>> {
        let steps = children(ctx, self.0.id, |req, master| HistoryLoader { req, master }).await?;
        Ok(steps.into_iter().map(StepObject).collect())
    }

    /// Poprawki danych osób — every correction of the card's persons, oldest first, with the
    /// values it replaced.
    async fn person_corrections(
        &self,
        ctx: &Context<'_>,
    ) -> async_graphql::Result<Vec<super::PersonCorrectionObject>> {
        let found = children(ctx, self.0.id, |req, master| CorrectionsLoader {
            req,
            master,
        })
        .await?;
        Ok(found
            .into_iter()
            .map(super::PersonCorrectionObject)
            .collect())
    }

    /// Plan pomocy (NK-C), for those who read the diagnosis (`seesDiagnosis`); empty for others.
    async fn help_plan(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<PlanItemObject>> {
        self.plan(ctx, PlanKind::HelpPlan).await
    }

    /// Plan działań (NK-D), for those who read the diagnosis (`seesDiagnosis`); empty for others.
    async fn action_plan(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<PlanItemObject>> {
        self.plan(ctx, PlanKind::ActionPlan).await
    }

    /// Posiedzenia grupy diagnostyczno-pomocowej, in the order they were held: the place, the
    /// members present, whom the group met and the note; for those who read the diagnosis
    /// (`seesDiagnosis`), empty for others.
    async fn group_meetings(
        &self,
        ctx: &Context<'_>,
    ) -> async_graphql::Result<Vec<GroupMeetingObject>> {
        if !self.sees_diagnosis(ctx).await? {
            return Ok(Vec::new());
        }
        let meetings =
            children(ctx, self.0.id, |req, master| MeetingsLoader { req, master }).await?;
        Ok(meetings.into_iter().map(GroupMeetingObject).collect())
    }

    /// Praca w sprawie: interwencje, porady, kontrakty socjalne, schronienie, pomoc medyczna.
    async fn work(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<WorkRecordObject>> {
        let work = children(ctx, self.0.id, |req, master| WorkLoader { req, master }).await?;
        Ok(work.into_iter().map(WorkRecordObject).collect())
    }

    /// The work counted by kind and variant, as the statistics count it.
    async fn work_counts(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<WorkCount>> {
        let mut counts: std::collections::BTreeMap<(WorkKind, Option<WorkVariant>), i32> =
            std::collections::BTreeMap::new();
        for w in children(ctx, self.0.id, |req, master| WorkLoader { req, master }).await? {
            *counts.entry((w.kind, w.variant)).or_default() += 1;
        }
        Ok(counts
            .into_iter()
            .map(|((kind, variant), count)| WorkCount {
                kind,
                variant,
                count,
            })
            .collect())
    }

    async fn chair_received_on(&self) -> Option<Date> {
        self.0.chair_received_on.map(Date)
    }

    async fn group_set_up_on(&self) -> Option<Date> {
        self.0.group_set_up_on.map(Date)
    }

    async fn first_group_meeting_on(&self) -> Option<Date> {
        self.0.first_meeting_on.map(Date)
    }

    async fn closed_on(&self) -> Option<Date> {
        self.0.closed_on.map(Date)
    }

    async fn closure_ground(&self) -> Option<ClosureGround> {
        self.0.closure_ground
    }

    /// When monitoring after closure ends.
    async fn monitoring_ends_on(&self) -> Option<Date> {
        self.0.monitoring_ends_on.map(Date)
    }

    /// Najbliższy termin — the due day of the nearest deadline neither met nor cancelled (the
    /// key of the list in order `DEADLINE_SOONEST`).
    async fn next_due_on(&self) -> Option<Date> {
        self.0.next_due_on.map(Date)
    }

    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }

    async fn updated_at(&self) -> DateTime<Utc> {
        self.0.updated_at
    }

    /// Send it back with every change; a stale version answers CONFLICT.
    async fn version(&self) -> i32 {
        self.0.version
    }

    /// Dozwolone kroki — the steps of the procedure the viewer may take on the card now: those
    /// the procedure table allows from its status and lets the viewer's part take (the chair,
    /// the diagnostic group, anyone who sees the card), in the procedure's order, without those
    /// whose own rules the card does not meet yet (`stepsNotYet`). The rest of each step's
    /// rules (dates, the group's composition) are checked when it is taken.
    async fn allowed_steps(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<Step>> {
        let (table, facts) = self.steps_and_facts(ctx).await?;
        Ok(table
            .into_iter()
            .filter(|s| procedure::not_yet(*s, &facts).is_none())
            .collect())
    }

    /// Kroki jeszcze niemożliwe — steps the viewer could take from this status but not yet,
    /// each with why (the code its refusal would give: `HELP_PLAN_REQUIRED`,
    /// `ACTION_PLAN_REQUIRED`, `MONITORING_NOT_OVER`, `MATCH_UNDECIDED`, `NO_PERPETRATOR`) and,
    /// for the end of monitoring, the day it becomes possible.
    async fn steps_not_yet(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<StepNotYet>> {
        let (table, facts) = self.steps_and_facts(ctx).await?;
        Ok(table
            .into_iter()
            .filter_map(|step| {
                procedure::not_yet(step, &facts).map(|reason| StepNotYet {
                    step,
                    reason: reason.to_owned(),
                    possible_from: (reason == "MONITORING_NOT_OVER")
                        .then_some(facts.monitoring_ends_on)
                        .flatten()
                        .map(Date),
                })
            })
            .collect())
    }

    /// Whether the viewer may add items to the help plan and the action plan now.
    async fn may_add_plan_items(&self, ctx: &Context<'_>) -> async_graphql::Result<bool> {
        let (chair, in_group) = self.viewer_part(ctx).await?;
        Ok(procedure::may_add_plan_items(
            self.0.status,
            chair,
            in_group,
        ))
    }

    /// Whether work done in the case can be recorded now (until the procedure ends).
    async fn may_record_work(&self) -> bool {
        procedure::may_record_work(self.0.status)
    }
}

/// A step the viewer could take from the card's status but not yet, and why.
#[derive(SimpleObject)]
pub struct StepNotYet {
    pub step: Step,
    /// The code the step's refusal would give.
    pub reason: String,
    /// The first day the step can be taken, when that is what it waits for.
    pub possible_from: Option<Date>,
}

impl BlueCardObject {
    /// The steps the table allows the viewer from the card's status, and the card's facts
    /// that decide whether each can be taken yet.
    async fn steps_and_facts(
        &self,
        ctx: &Context<'_>,
    ) -> async_graphql::Result<(Vec<Step>, procedure::CardFacts)> {
        let (chair, in_group) = self.viewer_part(ctx).await?;
        let table = procedure::allowed_steps(self.0.status, chair, in_group);
        let needs = |s: Step| table.contains(&s);
        let mut facts = procedure::CardFacts {
            monitoring_ends_on: self.0.monitoring_ends_on,
            today: crate::today(),
            ..Default::default()
        };
        if needs(Step::MonitoringStarted)
            || needs(Step::PerpetratorForm)
            || needs(Step::PerpetratorNotified)
        {
            let forms = children(ctx, self.0.id, |req, master| FormsLoader { req, master }).await?;
            let persons =
                children(ctx, self.0.id, |req, master| PersonsLoader { req, master }).await?;
            facts.has_victim_form = forms.iter().any(|f| f.kind == FormKind::NkC);
            facts.has_perpetrator_form = forms.iter().any(|f| f.kind == FormKind::NkD);
            facts.has_perpetrator = persons.iter().any(|p| p.role == PersonRole::Perpetrator);
        }
        if needs(Step::GroupSetUp) && chair {
            let proposals = loader(ctx, |req, master| MatchLoader { req, master })?
                .load_one(self.0.id)
                .await?
                .unwrap_or_default();
            facts.undecided_match = proposals
                .iter()
                .any(|p| p.filing_card_id == self.0.id && p.decision.is_none());
        }
        Ok((table, facts))
    }

    /// Whether the viewer chairs the team, and whether they are in the card's group.
    async fn viewer_part(&self, ctx: &Context<'_>) -> async_graphql::Result<(bool, bool)> {
        let s = scope(ctx).await?;
        let group = children(ctx, self.0.id, |req, master| GroupLoader { req, master }).await?;
        let user = s.reader.user();
        Ok((s.reader.is_chair(), group.iter().any(|m| m.user_id == user)))
    }

    /// The items of one of the card's plans, empty for a viewer who does not read the
    /// diagnosis.
    async fn plan(
        &self,
        ctx: &Context<'_>,
        plan: PlanKind,
    ) -> async_graphql::Result<Vec<PlanItemObject>> {
        if !self.sees_diagnosis(ctx).await? {
            return Ok(Vec::new());
        }
        Ok(
            children(ctx, self.0.id, |req, master| PlanLoader { req, master })
                .await?
                .into_iter()
                .filter(|i| i.plan == plan)
                .map(PlanItemObject)
                .collect(),
        )
    }
}

/// Reguła terminu gminy.
#[derive(SimpleObject)]
#[graphql(name = "DeadlineRule")]
pub struct DeadlineRuleObject {
    pub kind: DeadlineRuleKind,
    pub amount: i32,
    pub unit: PeriodUnit,
    /// Whether the default applies (the municipality set no rule of its own).
    pub default: bool,
    /// 0 while the default applies.
    pub version: i32,
    /// The default's amount, whatever the municipality set.
    pub default_amount: i32,
    /// The default's unit, whatever the municipality set.
    pub default_unit: PeriodUnit,
    /// Whether the act or the regulation sets the default period; false where it is a default
    /// from practice that no law sets.
    pub set_by_law: bool,
}

impl From<crate::DeadlineRule> for DeadlineRuleObject {
    fn from(r: crate::DeadlineRule) -> Self {
        let default = r.kind.default_period();
        DeadlineRuleObject {
            kind: r.kind,
            amount: i32::from(r.period.amount()),
            unit: r.period.unit(),
            default: r.default,
            version: r.version,
            default_amount: i32::from(default.amount()),
            default_unit: default.unit(),
            set_by_law: r.kind.set_by_law(),
        }
    }
}

#[derive(Clone)]
pub struct NotificationObject(pub Notification);

/// Powiadomienie o terminie — a notice that a deadline of a card is near or has passed.
#[Object(name = "DeadlineNotification")]
impl NotificationObject {
    pub async fn id(&self) -> ID {
        GlobalId::new(NodeType::DeadlineNotification, self.0.id).into()
    }
    async fn kind(&self) -> NotificationKind {
        self.0.kind
    }
    async fn deadline_kind(&self) -> DeadlineKind {
        self.0.deadline_kind
    }
    async fn due_on(&self) -> Date {
        Date(self.0.due_on)
    }
    async fn blue_card_id(&self) -> ID {
        ID(card_gid(self.0.card_id))
    }
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
}

/// Cards for `node`/`nodes`: only those the viewer may see.
pub async fn load_cards(ctx: &Context<'_>, ids: &[Uuid]) -> kernel::Result<Vec<BlueCardObject>> {
    let req = ctx.request()?;
    if req.principal.staff().is_none() {
        return Ok(Vec::new());
    }
    let s = scope(ctx).await?;
    Ok(crate::find_cards(s.tx().await?, s.reader, &s.key, ids)
        .await?
        .into_iter()
        .map(BlueCardObject::from)
        .collect())
}

pub use crate::matching::{MatchBasis, MatchKind};

/// Rozstrzygnięcie przewodniczącego o kolejnym formularzu NK-A.
#[derive(async_graphql::Enum, Clone, Copy, PartialEq, Eq)]
pub enum MatchDecision {
    /// Not decided yet: the form gets no diagnostic group until it is.
    Pending,
    /// Dołączony do prowadzonej procedury.
    Attached,
    /// Prowadzony jako odrębna procedura.
    KeptSeparate,
    /// Powiązany z wcześniejszą procedurą jako ponowna procedura.
    Linked,
}

pub struct MatchProposalObject(crate::MatchProposal);

/// Proponowane dopasowanie — a form (NK-A) naming the people of another open procedure, for
/// the team's chair to attach there or keep separate.
#[Object(name = "BlueCardMatch")]
impl MatchProposalObject {
    /// The new form's own card.
    async fn filing(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<BlueCardObject>> {
        Ok(load_cards(ctx, &[self.0.filing_card_id]).await?.pop())
    }

    /// The procedure about the same people (open, or for a repeat the earlier one).
    async fn procedure(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<BlueCardObject>> {
        Ok(load_cards(ctx, &[self.0.procedure_card_id]).await?.pop())
    }

    async fn basis(&self) -> MatchBasis {
        self.0.basis
    }

    async fn proposed_at(&self) -> DateTime<Utc> {
        self.0.proposed_at
    }

    async fn decision(&self) -> MatchDecision {
        use crate::store::match_proposal::Decision;
        match self.0.decision {
            None => MatchDecision::Pending,
            Some(Decision::Attached) => MatchDecision::Attached,
            Some(Decision::KeptSeparate) => MatchDecision::KeptSeparate,
            Some(Decision::Linked) => MatchDecision::Linked,
        }
    }

    /// Whether the form can join the procedure (it is open) or is a repeat of an ended one.
    async fn kind(&self) -> MatchKind {
        self.0.kind
    }

    async fn decided_at(&self) -> Option<DateTime<Utc>> {
        self.0.decided_at
    }

    /// Who decided (the chair).
    async fn decided_by(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<String>> {
        match self.0.decided_by {
            Some(user) => identity::graphql::display_name(ctx, user).await,
            None => Ok(None),
        }
    }
}

/// The earlier procedures the card was linked to (for the chair and the card's group).
pub(crate) async fn earlier_of(
    ctx: &Context<'_>,
    card: uuid::Uuid,
) -> async_graphql::Result<Vec<EarlierProcedureObject>> {
    let found = children(ctx, card, |req, master| super::loaders::EarlierLoader {
        req,
        master,
    })
    .await?;
    Ok(found.into_iter().map(EarlierProcedureObject).collect())
}

pub struct EarlierProcedureObject(crate::EarlierProcedure);

/// Wcześniejsza procedura — an earlier procedure about the same people that the chair linked
/// this one to: what it was and how it ended.
#[Object(name = "EarlierProcedure")]
impl EarlierProcedureObject {
    /// Its number, `NK/2025/0007`.
    async fn number(&self) -> Option<String> {
        self.0.number.map(|n| n.to_string())
    }
    async fn status(&self) -> Status {
        self.0.status
    }
    async fn initiated_on(&self) -> Date {
        Date(self.0.initiated_on)
    }
    /// The day it was closed (post-closure monitoring began).
    async fn closed_on(&self) -> Option<Date> {
        self.0.closed_on.map(Date)
    }
    async fn closure_ground(&self) -> Option<ClosureGround> {
        self.0.closure_ground
    }
    /// When the chair linked the new procedure to it.
    async fn linked_at(&self) -> DateTime<Utc> {
        self.0.linked_at
    }
    /// The earlier card itself, if the viewer may see it.
    async fn blue_card(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<BlueCardObject>> {
        Ok(load_cards(ctx, &[self.0.earlier_id]).await?.pop())
    }
}
