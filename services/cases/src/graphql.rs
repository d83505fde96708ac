//! GraphQL surface of the Blue Card procedure.

use std::collections::HashMap;
use std::sync::{Arc, Weak};

use async_graphql::connection::{Connection, Edge, EmptyFields};
use async_graphql::dataloader::Loader;
use async_graphql::{Context, InputObject, Object, SimpleObject, Subscription, ID};
use chrono::{DateTime, NaiveDate, Utc};
use futures::{Stream, StreamExt};
use kernel::calendar::{Period, PeriodUnit};
use kernel::crypto::{DataKey, MasterKey};
use kernel::date::Date;
use kernel::pesel::{Pesel, Sex};
use kernel::request::{upgrade, ContextExt, RequestContext};
use kernel::{Error, GlobalId, NodeType, UserError};
use tokio::sync::OnceCell;
use uuid::Uuid;

use crate::deadlines::{Notification, NotificationKind};
use crate::domain::{
    parse_person, ActionTaken, ClosureGround, DeadlineKind, DeadlineRuleKind, DeadlineState,
    DiagnosisDetails, FormDetails, FormKind, PersonFields, PersonRole, PlanItemKind,
    PlanItemStatus, PlanKind, ProgrammeKind, Status, ViolenceForm, WorkKind, WorkVariant,
};
use crate::{
    BlueCard, CardChange, CardFilter, Deadline, DiagnosticForm, GroupMember, NewBlueCard,
    NewPlanItem, NewWork, Person, PlanItem, PlanItemChange, Reader, WorkRecord,
};
use teams::InstitutionKind;

pub fn card_gid(id: Uuid) -> String {
    GlobalId::new(NodeType::BlueCard, id).encode()
}

pub fn plan_item_gid(id: Uuid) -> String {
    GlobalId::new(NodeType::PlanItem, id).encode()
}

pub fn work_gid(id: Uuid) -> String {
    GlobalId::new(NodeType::WorkRecord, id).encode()
}

const MAX_PAGE: usize = 100;

fn today() -> NaiveDate {
    kernel::calendar::today()
}

/// The day given, or today.
fn day(given: Option<Date>) -> NaiveDate {
    given.map_or_else(today, |d| d.0)
}

/// What every resolver of the procedure needs: the request's transaction, the reader's need
/// to know and the municipality's data key, each resolved once per request.
struct Scope {
    req: Arc<RequestContext>,
    reader: Reader,
    key: DataKey,
}

#[derive(Default)]
struct ScopeCell(OnceCell<(Reader, DataKey)>);

async fn scope_of(req: &Arc<RequestContext>, master: &MasterKey) -> kernel::Result<Scope> {
    let staff = req.principal.require_staff()?;
    let cell = req.slot(ScopeCell::default)?;
    let (reader, key) = cell
        .0
        .get_or_try_init(|| async {
            let tx = req.tenant_tx().await?;
            let reader = crate::reader(tx, staff.user).await?;
            let key = tenancy::data_key(tx, master).await?;
            Ok::<_, Error>((reader, key))
        })
        .await?
        .clone();
    Ok(Scope {
        req: req.clone(),
        reader,
        key,
    })
}

async fn scope(ctx: &Context<'_>) -> kernel::Result<Scope> {
    let req = ctx.request()?;
    let master = ctx
        .data::<MasterKey>()
        .map_err(|_| Error::internal("master key missing from the schema"))?;
    scope_of(req, master).await
}

impl Scope {
    async fn tx(&self) -> kernel::Result<&kernel::TenantTx> {
        self.req.tenant_tx().await
    }
}

macro_rules! card_loader {
    ($name:ident, $value:ty, $load:expr) => {
        /// Children of cards that already passed need to know, batched per request.
        pub struct $name {
            req: Weak<RequestContext>,
            master: MasterKey,
        }

        impl Loader<Uuid> for $name {
            type Value = Vec<$value>;
            type Error = async_graphql::Error;

            async fn load(
                &self,
                keys: &[Uuid],
            ) -> Result<HashMap<Uuid, Vec<$value>>, async_graphql::Error> {
                let req = upgrade(&self.req)?;
                let scope = scope_of(&req, &self.master).await?;
                let tx = scope.tx().await?;
                let rows: Vec<$value> = $load(tx, &scope.key, keys).await?;
                let mut out: HashMap<Uuid, Vec<$value>> =
                    keys.iter().map(|k| (*k, Vec::new())).collect();
                for row in rows {
                    out.entry(row.card_id).or_default().push(row);
                }
                Ok(out)
            }
        }
    };
}

card_loader!(PersonsLoader, Person, crate::persons_of);
card_loader!(GroupLoader, GroupMember, |tx, _key, keys| crate::group_of(
    tx, keys
));
card_loader!(DeadlinesLoader, Deadline, |tx, _key, keys| {
    crate::deadlines_of(tx, keys)
});
card_loader!(FormsLoader, crate::Form, crate::forms_of);
card_loader!(HistoryLoader, crate::HistoryEntry, |tx, _key, keys| {
    crate::steps_of(tx, keys)
});
card_loader!(PlanLoader, PlanItem, |tx, key, keys| crate::plan_items_of(
    tx, key, keys, None
));
card_loader!(WorkLoader, WorkRecord, crate::work_of);

/// Match proposals of cards (as filing or as procedure), batched per request. Only the chair's
/// requests reach it.
pub struct MatchLoader {
    req: Weak<RequestContext>,
    master: MasterKey,
}

impl Loader<Uuid> for MatchLoader {
    type Value = Vec<crate::MatchProposal>;
    type Error = async_graphql::Error;

    async fn load(
        &self,
        keys: &[Uuid],
    ) -> Result<HashMap<Uuid, Vec<crate::MatchProposal>>, async_graphql::Error> {
        let req = upgrade(&self.req)?;
        let scope = scope_of(&req, &self.master).await?;
        let found = crate::proposals_of(scope.tx().await?, scope.reader, keys).await?;
        let mut out: HashMap<Uuid, Vec<crate::MatchProposal>> =
            keys.iter().map(|k| (*k, Vec::new())).collect();
        for p in found {
            for card in [p.filing_card_id, p.procedure_card_id] {
                if let Some(list) = out.get_mut(&card) {
                    list.push(p.clone());
                }
            }
        }
        Ok(out)
    }
}

fn loader<L>(
    ctx: &Context<'_>,
    make: impl FnOnce(Weak<RequestContext>, MasterKey) -> L,
) -> kernel::Result<Arc<kernel::request::RequestLoader<L>>>
where
    L: Loader<Uuid, Error = async_graphql::Error>,
{
    let req = ctx.request()?;
    let master = ctx
        .data::<MasterKey>()
        .map_err(|_| Error::internal("master key missing from the schema"))?
        .clone();
    req.loader(|weak| make(weak, master))
}

fn persons_loader(
    ctx: &Context<'_>,
) -> kernel::Result<Arc<kernel::request::RequestLoader<PersonsLoader>>> {
    loader(ctx, |req, master| PersonsLoader { req, master })
}

fn group_loader(
    ctx: &Context<'_>,
) -> kernel::Result<Arc<kernel::request::RequestLoader<GroupLoader>>> {
    loader(ctx, |req, master| GroupLoader { req, master })
}

fn deadlines_loader(
    ctx: &Context<'_>,
) -> kernel::Result<Arc<kernel::request::RequestLoader<DeadlinesLoader>>> {
    loader(ctx, |req, master| DeadlinesLoader { req, master })
}

/// The scope of a mutation: it changes cards, so what the loaders cached is dropped.
async fn scope_for_change(ctx: &Context<'_>) -> kernel::Result<Scope> {
    persons_loader(ctx)?.clear::<Uuid>();
    group_loader(ctx)?.clear::<Uuid>();
    deadlines_loader(ctx)?.clear::<Uuid>();
    loader(ctx, |req, master| FormsLoader { req, master })?.clear::<Uuid>();
    loader(ctx, |req, master| HistoryLoader { req, master })?.clear::<Uuid>();
    loader(ctx, |req, master| PlanLoader { req, master })?.clear::<Uuid>();
    loader(ctx, |req, master| WorkLoader { req, master })?.clear::<Uuid>();
    loader(ctx, |req, master| MatchLoader { req, master })?.clear::<Uuid>();
    scope(ctx).await
}

/// Loads the children a list's selection asks for, one query per kind for the whole page.
async fn prefetch(ctx: &Context<'_>, cards: &[Uuid]) -> async_graphql::Result<()> {
    let node = ctx.look_ahead().field("edges").field("node");
    if node.field("persons").exists() {
        persons_loader(ctx)?
            .load_many(cards.iter().copied())
            .await?;
    }
    if node.field("diagnosticGroup").exists() {
        group_loader(ctx)?.load_many(cards.iter().copied()).await?;
    }
    if node.field("deadlines").exists() {
        deadlines_loader(ctx)?
            .load_many(cards.iter().copied())
            .await?;
    }
    if node.field("forms").exists() {
        loader(ctx, |req, master| FormsLoader { req, master })?
            .load_many(cards.iter().copied())
            .await?;
    }
    if node.field("history").exists() {
        loader(ctx, |req, master| HistoryLoader { req, master })?
            .load_many(cards.iter().copied())
            .await?;
    }
    if node.field("helpPlan").exists() || node.field("actionPlan").exists() {
        loader(ctx, |req, master| PlanLoader { req, master })?
            .load_many(cards.iter().copied())
            .await?;
    }
    if node.field("work").exists() || node.field("workCounts").exists() {
        loader(ctx, |req, master| WorkLoader { req, master })?
            .load_many(cards.iter().copied())
            .await?;
    }
    if node.field("matchProposals").exists() {
        loader(ctx, |req, master| MatchLoader { req, master })?
            .load_many(cards.iter().copied())
            .await?;
    }
    Ok(())
}

async fn children<L, V>(
    ctx: &Context<'_>,
    card: Uuid,
    make: impl FnOnce(Weak<RequestContext>, MasterKey) -> L,
) -> async_graphql::Result<Vec<V>>
where
    L: Loader<Uuid, Value = Vec<V>, Error = async_graphql::Error>,
    V: Clone + Send + Sync + 'static,
{
    Ok(loader(ctx, make)?.load_one(card).await?.unwrap_or_default())
}

/// Niebieska Karta — one Blue Card procedure, from form NK-A to the end of monitoring.
#[derive(Clone)]
pub struct BlueCardObject(pub BlueCard);

#[Object(name = "BlueCard")]
impl BlueCardObject {
    pub async fn id(&self) -> ID {
        ID(card_gid(self.0.id))
    }

    async fn status(&self) -> Status {
        self.0.status
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

    /// Terminy — each with its due date and state.
    async fn deadlines(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<DeadlineObject>> {
        let found = children(ctx, self.0.id, |req, master| DeadlinesLoader {
            req,
            master,
        })
        .await?;
        Ok(found.into_iter().map(DeadlineObject).collect())
    }

    /// Formularze NK-A (the first and subsequent ones), NK-C and NK-D.
    async fn forms(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<FormObject>> {
        let forms = children(ctx, self.0.id, |req, master| FormsLoader { req, master }).await?;
        Ok(forms.into_iter().map(FormObject).collect())
    }

    /// Proposed matches with other open procedures about the same people (a subsequent NK-A),
    /// for the team's chair once the form has been forwarded; null for anyone else.
    async fn match_proposals(
        &self,
        ctx: &Context<'_>,
    ) -> async_graphql::Result<Option<Vec<MatchProposalObject>>> {
        let s = scope(ctx).await?;
        if !s.reader.chair {
            return Ok(None);
        }
        let found = loader(ctx, |req, master| MatchLoader { req, master })?
            .load_one(self.0.id)
            .await?
            .unwrap_or_default();
        Ok(Some(found.into_iter().map(MatchProposalObject).collect()))
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

    /// Plan pomocy (NK-C).
    async fn help_plan(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<PlanItemObject>> {
        self.plan(ctx, PlanKind::HelpPlan).await
    }

    /// Plan działań (NK-D).
    async fn action_plan(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<PlanItemObject>> {
        self.plan(ctx, PlanKind::ActionPlan).await
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
}

impl BlueCardObject {
    async fn plan(
        &self,
        ctx: &Context<'_>,
        plan: PlanKind,
    ) -> async_graphql::Result<Vec<PlanItemObject>> {
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

/// Treść formularza NK-A poza osobami.
pub struct NkADetails(FormDetails);

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
    async fn victim_feels_safe(&self) -> Option<bool> {
        self.0.victim_feels_safe
    }
    async fn description(&self) -> Option<&str> {
        self.0.description.as_deref()
    }
    async fn additional_information(&self) -> Option<&str> {
        self.0.additional_information.as_deref()
    }
}

/// Osoba w procedurze.
#[derive(Clone)]
pub struct PersonObject(pub Person);

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
}

/// Członek grupy diagnostyczno-pomocowej.
#[derive(Clone)]
pub struct GroupMemberObject(pub GroupMember);

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

/// Termin w procedurze.
#[derive(Clone)]
pub struct DeadlineObject(pub Deadline);

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
    async fn kind(&self) -> FormKind {
        self.0.kind
    }
    async fn filled_on(&self) -> Date {
        Date(self.0.filled_on)
    }
    async fn filled_by_name(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<String>> {
        identity::graphql::display_name(ctx, self.0.filled_by).await
    }
    /// NK-C and NK-D: the person the group met.
    async fn person_id(&self) -> Option<ID> {
        match &self.0.content {
            crate::FormContent::Diagnosis { person_id, .. } => {
                Some(GlobalId::new(NodeType::BlueCardPerson, *person_id).into())
            }
            crate::FormContent::NkA { .. } => None,
        }
    }
    /// NK-C and NK-D: the diagnosis.
    async fn diagnosis(&self) -> Option<&str> {
        match &self.0.content {
            crate::FormContent::Diagnosis { details, .. } => Some(&details.diagnosis),
            crate::FormContent::NkA { .. } => None,
        }
    }
    /// NK-C: the history of violence (first, repeated, most dangerous and last act).
    async fn history(&self) -> Option<&str> {
        match &self.0.content {
            crate::FormContent::Diagnosis { details, .. } => details.history.as_deref(),
            crate::FormContent::NkA { .. } => None,
        }
    }
    /// NK-A: the form's own content (a subsequent NK-A keeps what it reported).
    async fn nk_a(&self) -> Option<NkADetails> {
        match &self.0.content {
            crate::FormContent::NkA { details, .. } => Some(NkADetails(details.clone())),
            crate::FormContent::Diagnosis { .. } => None,
        }
    }
}

/// Krok procedury.
#[derive(Clone)]
pub struct StepObject(pub crate::HistoryEntry);

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

/// Pozycja planu pomocy lub planu działań.
#[derive(Clone)]
pub struct PlanItemObject(pub PlanItem);

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
    async fn version(&self) -> i32 {
        self.0.version
    }
}

/// Praca wykonana w sprawie.
#[derive(Clone)]
pub struct WorkRecordObject(pub WorkRecord);

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

#[derive(SimpleObject)]
pub struct WorkCount {
    pub kind: WorkKind,
    pub variant: Option<WorkVariant>,
    pub count: i32,
}

/// Reguła terminu gminy.
#[derive(SimpleObject)]
#[graphql(name = "DeadlineRule")]
pub struct DeadlineRuleObject {
    pub kind: DeadlineRuleKind,
    pub amount: i32,
    pub unit: PeriodUnit,
    /// Whether the statutory default applies (the municipality set no rule of its own).
    pub statutory: bool,
    /// 0 while the statutory default applies.
    pub version: i32,
}

impl From<crate::DeadlineRule> for DeadlineRuleObject {
    fn from(r: crate::DeadlineRule) -> Self {
        DeadlineRuleObject {
            kind: r.kind,
            amount: i32::from(r.period.amount()),
            unit: r.period.unit(),
            statutory: r.statutory,
            version: r.version,
        }
    }
}

/// Powiadomienie o terminie.
#[derive(Clone)]
pub struct NotificationObject(pub Notification);

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

fn page_size(first: i32) -> kernel::Result<usize> {
    usize::try_from(first)
        .ok()
        .filter(|n| (1..=MAX_PAGE).contains(n))
        .ok_or_else(|| Error::BadUserInput(format!("first must be 1 to {MAX_PAGE}")))
}

#[derive(InputObject, Default)]
pub struct BlueCardFilter {
    /// Exact PESEL of any person of the card.
    pub pesel: Option<String>,
    pub status: Option<Status>,
    /// Forms forwarded to the chair with a proposed match not decided yet. Only the chair
    /// sees matches: for anyone else this filter finds no card.
    pub awaiting_match_decision: Option<bool>,
}

#[derive(Default)]
pub struct CasesQuery;

#[Object]
impl CasesQuery {
    /// Niebieskie Karty the viewer may see, newest first: those they initiated, those of their
    /// diagnostic groups, and every card for the team's chair.
    #[graphql(complexity = "(first.clamp(1, 100) as usize) * child_complexity")]
    async fn blue_cards(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "page size, at most 100", default = 20)] first: i32,
        after: Option<String>,
        filter: Option<BlueCardFilter>,
    ) -> async_graphql::Result<Connection<String, BlueCardObject, EmptyFields, EmptyFields>> {
        let first = page_size(first)?;
        let before = after
            .map(|c| GlobalId::decode_as(&c, NodeType::BlueCard))
            .transpose()?;
        let filter = filter.unwrap_or_default();
        let parsed = CardFilter {
            pesel: filter
                .pesel
                .as_deref()
                .map(|p| Pesel::parse(p).map_err(|e| Error::BadUserInput(e.message().to_owned())))
                .transpose()?,
            status: filter.status,
            awaiting_match_decision: filter.awaiting_match_decision,
        };
        let s = scope(ctx).await?;
        let mut cards = crate::list_cards(
            s.tx().await?,
            s.reader,
            &s.key,
            &parsed,
            before,
            first as u64 + 1,
        )
        .await?;
        let has_next = cards.len() > first;
        cards.truncate(first);
        let ids: Vec<Uuid> = cards.iter().map(|c| c.id).collect();
        prefetch(ctx, &ids).await?;
        let mut connection = Connection::new(before.is_some(), has_next);
        connection.edges.extend(
            cards
                .into_iter()
                .map(|c| Edge::new(card_gid(c.id), BlueCardObject(c))),
        );
        Ok(connection)
    }

    /// The municipality's deadline rules: its own where it set one, the statutory default
    /// otherwise. Staff of the municipality.
    async fn blue_card_deadline_rules(
        &self,
        ctx: &Context<'_>,
    ) -> async_graphql::Result<Vec<DeadlineRuleObject>> {
        let req = ctx.request()?;
        req.principal.require_staff()?;
        let tx = req.tenant_tx().await?;
        Ok(crate::deadline_rules(tx)
            .await?
            .into_iter()
            .map(DeadlineRuleObject::from)
            .collect())
    }

    /// The viewer's deadline notifications, newest first.
    #[graphql(complexity = "(first.clamp(1, 100) as usize) * child_complexity")]
    async fn deadline_notifications(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "page size, at most 100", default = 20)] first: i32,
        after: Option<String>,
    ) -> async_graphql::Result<Connection<String, NotificationObject, EmptyFields, EmptyFields>>
    {
        let first = page_size(first)?;
        let before = after
            .map(|c| GlobalId::decode_as(&c, NodeType::DeadlineNotification))
            .transpose()?;
        let s = scope(ctx).await?;
        let mut found =
            crate::deadlines::notifications_for(s.tx().await?, s.reader, before, first as u64 + 1)
                .await?;
        let has_next = found.len() > first;
        found.truncate(first);
        let mut connection = Connection::new(before.is_some(), has_next);
        connection.edges.extend(found.into_iter().map(|n| {
            Edge::new(
                GlobalId::new(NodeType::DeadlineNotification, n.id).encode(),
                NotificationObject(n),
            )
        }));
        Ok(connection)
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
        .map(BlueCardObject)
        .collect())
}

#[derive(InputObject)]
pub struct PersonInput {
    pub role: PersonRole,
    pub first_name: String,
    pub last_name: String,
    /// 11 digits with a valid checksum, agreeing with the date of birth and sex.
    pub pesel: Option<String>,
    /// Required when there is no PESEL.
    pub date_of_birth: Option<Date>,
    /// Required when there is no PESEL.
    pub sex: Option<Sex>,
    pub died_on: Option<Date>,
    pub address: Option<String>,
    pub phone: Option<String>,
    pub notes: Option<String>,
}

/// Formularz NK-A.
#[derive(InputObject)]
pub struct OpenBlueCardInput {
    pub initiated_on: Date,
    pub initiator_institution: InstitutionKind,
    pub violence_forms: Vec<ViolenceForm>,
    pub persons: Vec<PersonInput>,
    pub injuries: Option<String>,
    #[graphql(default = false)]
    pub perpetrator_under_alcohol: bool,
    #[graphql(default = false)]
    pub perpetrator_under_drugs: bool,
    #[graphql(default = false)]
    pub firearm_access: bool,
    #[graphql(default = 0)]
    pub children_in_household: i32,
    #[graphql(default)]
    pub actions_taken: Vec<ActionTaken>,
    #[graphql(default = false)]
    pub nk_b_handed_over: bool,
    pub victim_feels_safe: Option<bool>,
    pub description: Option<String>,
    pub additional_information: Option<String>,
}

#[derive(SimpleObject)]
pub struct OpenBlueCardPayload {
    /// The author's own filing. A form about the people of another open procedure opens its
    /// own card too; the chair attaches it there once it is forwarded.
    pub blue_card: Option<BlueCardObject>,
    /// Always false: whether a form belongs to another procedure is for the chair to decide
    /// (see `BlueCard.matchProposals`), never told to the form's author.
    #[graphql(deprecation = "every NK-A opens its own card; the chair attaches subsequent forms")]
    pub subsequent: bool,
    pub user_errors: Vec<UserError>,
}

#[derive(SimpleObject)]
pub struct BlueCardPayload {
    pub blue_card: Option<BlueCardObject>,
    pub user_errors: Vec<UserError>,
}

impl From<Result<BlueCard, Vec<UserError>>> for BlueCardPayload {
    fn from(r: Result<BlueCard, Vec<UserError>>) -> Self {
        match r {
            Ok(c) => BlueCardPayload {
                blue_card: Some(BlueCardObject(c)),
                user_errors: Vec::new(),
            },
            Err(user_errors) => BlueCardPayload {
                blue_card: None,
                user_errors,
            },
        }
    }
}

fn invalid(errors: Vec<UserError>) -> BlueCardPayload {
    BlueCardPayload {
        blue_card: None,
        user_errors: errors,
    }
}

#[derive(InputObject)]
pub struct UpdateBlueCardInput {
    pub id: ID,
    pub version: i32,
    pub initiator_institution: Option<InstitutionKind>,
    pub violence_forms: Option<Vec<ViolenceForm>>,
    pub injuries: Option<String>,
    pub perpetrator_under_alcohol: Option<bool>,
    pub perpetrator_under_drugs: Option<bool>,
    pub firearm_access: Option<bool>,
    pub children_in_household: Option<i32>,
    pub actions_taken: Option<Vec<ActionTaken>>,
    pub nk_b_handed_over: Option<bool>,
    pub victim_feels_safe: Option<bool>,
    pub description: Option<String>,
    pub additional_information: Option<String>,
}

/// A step that needs only the card, its version and the day it happened (today if omitted).
#[derive(InputObject)]
pub struct BlueCardStepInput {
    pub id: ID,
    pub version: i32,
    pub on: Option<Date>,
}

#[derive(InputObject)]
pub struct SetUpDiagnosticGroupInput {
    pub id: ID,
    pub version: i32,
    /// Team members; at least a social worker and a police officer.
    pub member_ids: Vec<ID>,
    pub on: Option<Date>,
}

#[derive(InputObject)]
pub struct PlanItemInput {
    #[graphql(default_with = "PlanItemKind::Action")]
    pub kind: PlanItemKind,
    pub programme: Option<ProgrammeKind>,
    pub description: String,
    pub responsible_user_id: Option<ID>,
    pub due_on: Option<Date>,
}

#[derive(InputObject)]
pub struct FillVictimFormInput {
    pub id: ID,
    pub version: i32,
    /// The person experiencing violence the group met.
    pub person_id: ID,
    pub filled_on: Option<Date>,
    pub diagnosis: String,
    /// First, repeated, most dangerous and last act of violence.
    pub history: Option<String>,
    /// Must be false: the group meets the victim without the perpetrator.
    #[graphql(default = false)]
    pub perpetrator_present: bool,
    /// The individual help plan agreed at the meeting.
    #[graphql(default)]
    pub help_plan: Vec<PlanItemInput>,
}

#[derive(InputObject)]
pub struct FillPerpetratorFormInput {
    pub id: ID,
    pub version: i32,
    pub person_id: ID,
    pub filled_on: Option<Date>,
    pub diagnosis: String,
    /// Must be false: the group meets the perpetrator without the victim.
    #[graphql(default = false)]
    pub victim_present: bool,
    /// The action plan, with programme referrals and art. 66c notices.
    #[graphql(default)]
    pub action_plan: Vec<PlanItemInput>,
}

#[derive(InputObject)]
pub struct CloseBlueCardInput {
    pub id: ID,
    pub version: i32,
    pub ground: ClosureGround,
    pub on: Option<Date>,
}

#[derive(InputObject)]
pub struct AddPlanItemInput {
    pub blue_card_id: ID,
    pub plan: PlanKind,
    #[graphql(default_with = "PlanItemKind::Action")]
    pub kind: PlanItemKind,
    pub programme: Option<ProgrammeKind>,
    pub description: String,
    pub responsible_user_id: Option<ID>,
    pub due_on: Option<Date>,
}

#[derive(InputObject)]
pub struct UpdatePlanItemInput {
    pub id: ID,
    pub version: i32,
    pub status: Option<PlanItemStatus>,
    pub description: Option<String>,
    pub due_on: Option<Date>,
    pub responsible_user_id: Option<ID>,
}

#[derive(SimpleObject)]
pub struct PlanItemPayload {
    pub plan_item: Option<PlanItemObject>,
    pub user_errors: Vec<UserError>,
}

impl From<Result<PlanItem, Vec<UserError>>> for PlanItemPayload {
    fn from(r: Result<PlanItem, Vec<UserError>>) -> Self {
        match r {
            Ok(i) => PlanItemPayload {
                plan_item: Some(PlanItemObject(i)),
                user_errors: Vec::new(),
            },
            Err(user_errors) => PlanItemPayload {
                plan_item: None,
                user_errors,
            },
        }
    }
}

#[derive(InputObject)]
pub struct RecordCaseWorkInput {
    pub blue_card_id: ID,
    pub kind: WorkKind,
    /// With or without the police for an intervention; the kind of a consultation.
    pub variant: Option<WorkVariant>,
    pub occurred_on: Option<Date>,
    pub note: Option<String>,
}

#[derive(SimpleObject)]
pub struct RecordCaseWorkPayload {
    pub work: Option<WorkRecordObject>,
    pub user_errors: Vec<UserError>,
}

#[derive(InputObject)]
pub struct SetDeadlineRuleInput {
    pub kind: DeadlineRuleKind,
    pub amount: i32,
    pub unit: PeriodUnit,
    /// The rule's version; 0 while the statutory default applies.
    pub version: i32,
}

#[derive(SimpleObject)]
pub struct SetDeadlineRulePayload {
    pub rule: Option<DeadlineRuleObject>,
    pub user_errors: Vec<UserError>,
}

fn text_field(raw: Option<&str>, field: &str, errors: &mut Vec<UserError>) -> Option<String> {
    crate::domain::note(raw, field, errors)
}

fn children_count(raw: i32, errors: &mut Vec<UserError>) -> u32 {
    match u32::try_from(raw) {
        Ok(n) if n <= 30 => n,
        _ => {
            errors.push(UserError::new(
                &["input", "childrenInHousehold"],
                "INVALID",
                "the number of children must be 0 to 30",
            ));
            0
        }
    }
}

fn decode(
    raw: &ID,
    node_type: NodeType,
    field: &[&str],
    errors: &mut Vec<UserError>,
) -> Option<Uuid> {
    match GlobalId::decode_as(raw, node_type) {
        Ok(id) => Some(id),
        Err(e) => {
            errors.push(UserError::new(field, "INVALID", e.public_message()));
            None
        }
    }
}

fn plan_items(raw: &[PlanItemInput], path: &str, errors: &mut Vec<UserError>) -> Vec<NewPlanItem> {
    raw.iter()
        .enumerate()
        .filter_map(|(i, item)| {
            let index = i.to_string();
            let description = crate::domain::required_note(
                &item.description,
                &["input", path, &index, "description"],
                errors,
            );
            let responsible = match &item.responsible_user_id {
                Some(id) => Some(decode(
                    id,
                    NodeType::User,
                    &["input", path, &index, "responsibleUserId"],
                    errors,
                )?),
                None => None,
            };
            Some(NewPlanItem {
                kind: item.kind,
                programme: item.programme,
                description: description?.into_string(),
                responsible_user_id: responsible,
                due_on: item.due_on.map(|d| d.0),
            })
        })
        .collect()
}

async fn simple_step(
    ctx: &Context<'_>,
    input: BlueCardStepInput,
    step: crate::SimpleStep,
) -> async_graphql::Result<BlueCardPayload> {
    let id = GlobalId::decode_as(&input.id, NodeType::BlueCard)?;
    let s = scope_for_change(ctx).await?;
    let tx = s.tx().await?;
    Ok(
        crate::simple_step(tx, s.reader, &s.key, id, input.version, step, day(input.on))
            .await?
            .into(),
    )
}

pub use crate::matching::MatchBasis;

/// Rozstrzygnięcie przewodniczącego o kolejnym formularzu NK-A.
#[derive(async_graphql::Enum, Clone, Copy, PartialEq, Eq)]
pub enum MatchDecision {
    /// Not decided yet: the form gets no diagnostic group until it is.
    Pending,
    /// Dołączony do prowadzonej procedury.
    Attached,
    /// Prowadzony jako odrębna procedura.
    KeptSeparate,
}

/// Proponowane dopasowanie — a form (NK-A) naming the people of another open procedure, for
/// the team's chair to attach there or keep separate.
pub struct MatchProposalObject(crate::MatchProposal);

#[Object(name = "BlueCardMatch")]
impl MatchProposalObject {
    /// The new form's own card.
    async fn filing(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<BlueCardObject>> {
        Ok(load_cards(ctx, &[self.0.filing_card_id]).await?.pop())
    }

    /// The open procedure about the same people.
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
        match self.0.attached {
            None => MatchDecision::Pending,
            Some(true) => MatchDecision::Attached,
            Some(false) => MatchDecision::KeptSeparate,
        }
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

/// The chair attaches a forwarded form to an open procedure about the same people.
#[derive(InputObject)]
pub struct AttachBlueCardFilingInput {
    /// The form's own card (status `SENT_TO_CHAIR`).
    pub id: ID,
    pub version: i32,
    /// The open procedure it joins as a subsequent NK-A.
    pub procedure_id: ID,
    pub procedure_version: i32,
    pub on: Option<Date>,
}

#[derive(SimpleObject)]
pub struct AttachBlueCardFilingPayload {
    /// The form's own card, now `ATTACHED`.
    pub filing: Option<BlueCardObject>,
    /// The procedure with the form, its new persons and forms of violence.
    pub procedure: Option<BlueCardObject>,
    pub user_errors: Vec<UserError>,
}

#[derive(Default)]
pub struct CasesMutation;

#[Object]
impl CasesMutation {
    /// Fills form NK-A and opens it as the author's own card. A form about the victim (and
    /// perpetrator) of another open procedure is proposed to the chair as a match once it is
    /// forwarded; its author is told nothing of it. Social workers and team members.
    async fn open_blue_card(
        &self,
        ctx: &Context<'_>,
        input: OpenBlueCardInput,
    ) -> async_graphql::Result<OpenBlueCardPayload> {
        let req = ctx.request()?;
        let staff = req.principal.require_staff()?;
        let mut errors = Vec::new();
        let today = today();
        let persons: Vec<_> = input
            .persons
            .iter()
            .enumerate()
            .filter_map(|(i, p)| {
                let index = i.to_string();
                parse_person(
                    PersonFields {
                        role: p.role,
                        first_name: &p.first_name,
                        last_name: &p.last_name,
                        pesel: p.pesel.as_deref(),
                        born_on: p.date_of_birth.map(|d| d.0),
                        sex: p.sex,
                        died_on: p.died_on.map(|d| d.0),
                        address: p.address.as_deref(),
                        phone: p.phone.as_deref(),
                        notes: p.notes.as_deref(),
                    },
                    input.initiated_on.0,
                    today,
                    &["input", "persons", &index],
                    &mut errors,
                )
            })
            .collect();
        if input.persons.len() > 50 {
            errors.push(UserError::new(
                &["input", "persons"],
                "TOO_MANY",
                "an NK-A lists at most 50 persons",
            ));
        }
        let details = FormDetails {
            injuries: text_field(input.injuries.as_deref(), "injuries", &mut errors),
            perpetrator_under_alcohol: input.perpetrator_under_alcohol,
            perpetrator_under_drugs: input.perpetrator_under_drugs,
            firearm_access: input.firearm_access,
            children_in_household: children_count(input.children_in_household, &mut errors),
            actions_taken: input.actions_taken.clone(),
            nk_b_handed_over: input.nk_b_handed_over,
            victim_feels_safe: input.victim_feels_safe,
            description: text_field(input.description.as_deref(), "description", &mut errors),
            additional_information: text_field(
                input.additional_information.as_deref(),
                "additionalInformation",
                &mut errors,
            ),
        };
        if !errors.is_empty() {
            return Ok(OpenBlueCardPayload {
                blue_card: None,
                subsequent: false,
                user_errors: errors,
            });
        }
        let s = scope_for_change(ctx).await?;
        let new = NewBlueCard {
            initiated_on: input.initiated_on.0,
            initiator_institution: input.initiator_institution,
            violence_forms: input.violence_forms,
            persons,
            details,
        };
        Ok(
            match crate::open_blue_card(s.tx().await?, staff, &s.key, new).await? {
                Ok(card) => OpenBlueCardPayload {
                    blue_card: Some(BlueCardObject(card)),
                    subsequent: false,
                    user_errors: Vec::new(),
                },
                Err(user_errors) => OpenBlueCardPayload {
                    blue_card: None,
                    subsequent: false,
                    user_errors,
                },
            },
        )
    }

    /// Corrects the NK-A content. Carries the card's `version`; a stale one answers CONFLICT.
    async fn update_blue_card(
        &self,
        ctx: &Context<'_>,
        input: UpdateBlueCardInput,
    ) -> async_graphql::Result<BlueCardPayload> {
        let id = GlobalId::decode_as(&input.id, NodeType::BlueCard)?;
        let s = scope_for_change(ctx).await?;
        let tx = s.tx().await?;
        let current = crate::get_card(tx, s.reader, &s.key, id).await?;
        if current.version != input.version {
            // The details below are merged onto what is stored: never onto a stale read.
            return Err(Error::Conflict(format!(
                "this card was changed by someone else (now at version {}); reload and try again",
                current.version
            ))
            .into());
        }
        let mut errors = Vec::new();
        let mut details = current.details.clone();
        let mut touched_details = false;
        macro_rules! set {
            ($field:ident, $value:expr) => {
                if let Some(v) = $value {
                    details.$field = v;
                    touched_details = true;
                }
            };
        }
        set!(perpetrator_under_alcohol, input.perpetrator_under_alcohol);
        set!(perpetrator_under_drugs, input.perpetrator_under_drugs);
        set!(firearm_access, input.firearm_access);
        set!(nk_b_handed_over, input.nk_b_handed_over);
        set!(actions_taken, input.actions_taken.clone());
        set!(victim_feels_safe, input.victim_feels_safe.map(Some));
        set!(
            children_in_household,
            input
                .children_in_household
                .map(|n| children_count(n, &mut errors))
        );
        set!(
            injuries,
            input
                .injuries
                .as_deref()
                .map(|t| text_field(Some(t), "injuries", &mut errors))
        );
        set!(
            description,
            input
                .description
                .as_deref()
                .map(|t| text_field(Some(t), "description", &mut errors))
        );
        set!(
            additional_information,
            input.additional_information.as_deref().map(|t| text_field(
                Some(t),
                "additionalInformation",
                &mut errors
            ))
        );
        if !errors.is_empty() {
            return Ok(invalid(errors));
        }
        let change = CardChange {
            initiator_institution: input.initiator_institution,
            violence_forms: input.violence_forms,
            details: touched_details.then_some(details),
        };
        Ok(
            crate::update_blue_card(tx, s.reader, &s.key, id, input.version, change)
                .await?
                .into(),
        )
    }

    /// Sends form NK-A to the team's chair (due within 5 working days of initiation).
    async fn forward_blue_card_to_chair(
        &self,
        ctx: &Context<'_>,
        input: BlueCardStepInput,
    ) -> async_graphql::Result<BlueCardPayload> {
        simple_step(ctx, input, crate::SimpleStep::Forward).await
    }

    /// The chair attaches a forwarded form to an open procedure about the same people: the
    /// form joins it as a subsequent NK-A and its own card ends as `ATTACHED`.
    async fn attach_blue_card_filing(
        &self,
        ctx: &Context<'_>,
        input: AttachBlueCardFilingInput,
    ) -> async_graphql::Result<AttachBlueCardFilingPayload> {
        let id = GlobalId::decode_as(&input.id, NodeType::BlueCard)?;
        let mut errors = Vec::new();
        let procedure = decode(
            &input.procedure_id,
            NodeType::BlueCard,
            &["input", "procedureId"],
            &mut errors,
        );
        let Some(procedure) = procedure.filter(|_| errors.is_empty()) else {
            return Ok(AttachBlueCardFilingPayload {
                filing: None,
                procedure: None,
                user_errors: errors,
            });
        };
        let s = scope_for_change(ctx).await?;
        let outcome = crate::attach(
            s.tx().await?,
            s.reader,
            &s.key,
            id,
            input.version,
            procedure,
            input.procedure_version,
            day(input.on),
        )
        .await?;
        Ok(match outcome {
            Ok((filing, procedure)) => AttachBlueCardFilingPayload {
                filing: Some(BlueCardObject(filing)),
                procedure: Some(BlueCardObject(procedure)),
                user_errors: Vec::new(),
            },
            Err(user_errors) => AttachBlueCardFilingPayload {
                filing: None,
                procedure: None,
                user_errors,
            },
        })
    }

    /// The chair keeps a forwarded form with a proposed match a procedure of its own; its
    /// diagnostic group can be set up next.
    async fn keep_blue_card_filing_separate(
        &self,
        ctx: &Context<'_>,
        input: BlueCardStepInput,
    ) -> async_graphql::Result<BlueCardPayload> {
        let id = GlobalId::decode_as(&input.id, NodeType::BlueCard)?;
        let s = scope_for_change(ctx).await?;
        Ok(
            crate::keep_separate(s.tx().await?, s.reader, &s.key, id, input.version)
                .await?
                .into(),
        )
    }

    /// The chair sets up (or later changes) the card's diagnostic group.
    async fn set_up_diagnostic_group(
        &self,
        ctx: &Context<'_>,
        input: SetUpDiagnosticGroupInput,
    ) -> async_graphql::Result<BlueCardPayload> {
        let id = GlobalId::decode_as(&input.id, NodeType::BlueCard)?;
        let mut errors = Vec::new();
        let members: Vec<Uuid> = input
            .member_ids
            .iter()
            .enumerate()
            .filter_map(|(i, m)| {
                decode(
                    m,
                    NodeType::TeamMember,
                    &["input", "memberIds", &i.to_string()],
                    &mut errors,
                )
            })
            .collect();
        if input.member_ids.len() > 30 {
            errors.push(UserError::new(
                &["input", "memberIds"],
                "TOO_MANY",
                "a diagnostic group has at most 30 members",
            ));
        }
        if !errors.is_empty() {
            return Ok(invalid(errors));
        }
        let s = scope_for_change(ctx).await?;
        let on = day(input.on);
        Ok(crate::set_up_group(
            s.tx().await?,
            s.reader,
            &s.key,
            id,
            input.version,
            &members,
            on,
        )
        .await?
        .into())
    }

    /// A meeting of the diagnostic group; the first one starts the diagnosis.
    async fn record_group_meeting(
        &self,
        ctx: &Context<'_>,
        input: BlueCardStepInput,
    ) -> async_graphql::Result<BlueCardPayload> {
        simple_step(ctx, input, crate::SimpleStep::GroupMeeting).await
    }

    /// Form NK-C with a person experiencing violence, with the help plan agreed with them.
    async fn fill_victim_form(
        &self,
        ctx: &Context<'_>,
        input: FillVictimFormInput,
    ) -> async_graphql::Result<BlueCardPayload> {
        let id = GlobalId::decode_as(&input.id, NodeType::BlueCard)?;
        let mut errors = Vec::new();
        let person = decode(
            &input.person_id,
            NodeType::BlueCardPerson,
            &["input", "personId"],
            &mut errors,
        );
        let diagnosis =
            crate::domain::required_note(&input.diagnosis, &["input", "diagnosis"], &mut errors);
        let history = text_field(input.history.as_deref(), "history", &mut errors);
        let plan = plan_items(&input.help_plan, "helpPlan", &mut errors);
        let (Some(person_id), Some(diagnosis), true) = (person, diagnosis, errors.is_empty())
        else {
            return Ok(invalid(errors));
        };
        let s = scope_for_change(ctx).await?;
        let form = DiagnosticForm {
            person_id,
            filled_on: day(input.filled_on),
            details: DiagnosisDetails {
                diagnosis: diagnosis.into_string(),
                history,
            },
            other_side_present: input.perpetrator_present,
            plan,
        };
        Ok(crate::fill_diagnostic_form(
            s.tx().await?,
            s.reader,
            &s.key,
            id,
            input.version,
            FormKind::NkC,
            form,
        )
        .await?
        .into())
    }

    /// Form NK-D with the perpetrator, with the action plan set for them.
    async fn fill_perpetrator_form(
        &self,
        ctx: &Context<'_>,
        input: FillPerpetratorFormInput,
    ) -> async_graphql::Result<BlueCardPayload> {
        let id = GlobalId::decode_as(&input.id, NodeType::BlueCard)?;
        let mut errors = Vec::new();
        let person = decode(
            &input.person_id,
            NodeType::BlueCardPerson,
            &["input", "personId"],
            &mut errors,
        );
        let diagnosis =
            crate::domain::required_note(&input.diagnosis, &["input", "diagnosis"], &mut errors);
        let plan = plan_items(&input.action_plan, "actionPlan", &mut errors);
        let (Some(person_id), Some(diagnosis), true) = (person, diagnosis, errors.is_empty())
        else {
            return Ok(invalid(errors));
        };
        let s = scope_for_change(ctx).await?;
        let form = DiagnosticForm {
            person_id,
            filled_on: day(input.filled_on),
            details: DiagnosisDetails {
                diagnosis: diagnosis.into_string(),
                history: None,
            },
            other_side_present: input.victim_present,
            plan,
        };
        Ok(crate::fill_diagnostic_form(
            s.tx().await?,
            s.reader,
            &s.key,
            id,
            input.version,
            FormKind::NkD,
            form,
        )
        .await?
        .into())
    }

    /// After the diagnosis, the group monitors the help plan.
    async fn start_monitoring(
        &self,
        ctx: &Context<'_>,
        input: BlueCardStepInput,
    ) -> async_graphql::Result<BlueCardPayload> {
        simple_step(ctx, input, crate::SimpleStep::StartMonitoring).await
    }

    /// A review of the help plan; the next review falls due by the municipality's rule.
    async fn review_help_plan(
        &self,
        ctx: &Context<'_>,
        input: BlueCardStepInput,
    ) -> async_graphql::Result<BlueCardPayload> {
        simple_step(ctx, input, crate::SimpleStep::ReviewHelpPlan).await
    }

    /// Closes the procedure on a legal ground; post-closure monitoring follows.
    async fn close_blue_card(
        &self,
        ctx: &Context<'_>,
        input: CloseBlueCardInput,
    ) -> async_graphql::Result<BlueCardPayload> {
        let id = GlobalId::decode_as(&input.id, NodeType::BlueCard)?;
        let s = scope_for_change(ctx).await?;
        let on = day(input.on);
        Ok(crate::close_blue_card(
            s.tx().await?,
            s.reader,
            &s.key,
            id,
            input.version,
            input.ground,
            on,
        )
        .await?
        .into())
    }

    /// Ends the monitoring after closure.
    async fn end_post_closure_monitoring(
        &self,
        ctx: &Context<'_>,
        input: BlueCardStepInput,
    ) -> async_graphql::Result<BlueCardPayload> {
        simple_step(ctx, input, crate::SimpleStep::EndMonitoring).await
    }

    /// Adds a goal or an action to the help plan or the action plan.
    async fn add_plan_item(
        &self,
        ctx: &Context<'_>,
        input: AddPlanItemInput,
    ) -> async_graphql::Result<PlanItemPayload> {
        let card_id = GlobalId::decode_as(&input.blue_card_id, NodeType::BlueCard)?;
        let mut errors = Vec::new();
        let items = plan_items(
            &[PlanItemInput {
                kind: input.kind,
                programme: input.programme,
                description: input.description,
                responsible_user_id: input.responsible_user_id,
                due_on: input.due_on,
            }],
            "item",
            &mut errors,
        );
        let (Some(item), true) = (items.into_iter().next(), errors.is_empty()) else {
            for e in &mut errors {
                // Reported on the input's own fields, not on an item list.
                e.field.retain(|f| f != "item" && f != "0");
            }
            return Ok(Err(errors).into());
        };
        let s = scope_for_change(ctx).await?;
        Ok(
            crate::add_plan_item(s.tx().await?, s.reader, &s.key, card_id, input.plan, item)
                .await?
                .into(),
        )
    }

    /// Changes a plan item, e.g. marks it done. Carries the item's `version`.
    async fn update_plan_item(
        &self,
        ctx: &Context<'_>,
        input: UpdatePlanItemInput,
    ) -> async_graphql::Result<PlanItemPayload> {
        let id = GlobalId::decode_as(&input.id, NodeType::PlanItem)?;
        let mut errors = Vec::new();
        let description = match input.description.as_deref() {
            Some(d) => crate::domain::required_note(d, &["input", "description"], &mut errors)
                .map(|n| n.into_string()),
            None => None,
        };
        let responsible = match &input.responsible_user_id {
            Some(r) => decode(
                r,
                NodeType::User,
                &["input", "responsibleUserId"],
                &mut errors,
            ),
            None => None,
        };
        if !errors.is_empty() {
            return Ok(Err(errors).into());
        }
        let s = scope_for_change(ctx).await?;
        let change = PlanItemChange {
            status: input.status,
            description,
            due_on: input.due_on.map(|d| d.0),
            responsible_user_id: responsible,
        };
        Ok(
            crate::update_plan_item(s.tx().await?, s.reader, &s.key, id, input.version, change)
                .await?
                .into(),
        )
    }

    /// Records work done in the case: an intervention, a consultation, a social contract, a
    /// shelter placement or medical help organised.
    async fn record_case_work(
        &self,
        ctx: &Context<'_>,
        input: RecordCaseWorkInput,
    ) -> async_graphql::Result<RecordCaseWorkPayload> {
        let card_id = GlobalId::decode_as(&input.blue_card_id, NodeType::BlueCard)?;
        let mut errors = Vec::new();
        let note = text_field(input.note.as_deref(), "note", &mut errors);
        if !errors.is_empty() {
            return Ok(RecordCaseWorkPayload {
                work: None,
                user_errors: errors,
            });
        }
        let s = scope_for_change(ctx).await?;
        let new = NewWork {
            kind: input.kind,
            variant: input.variant,
            occurred_on: day(input.occurred_on),
            note,
        };
        Ok(
            match crate::record_work(s.tx().await?, s.reader, &s.key, card_id, new).await? {
                Ok(w) => RecordCaseWorkPayload {
                    work: Some(WorkRecordObject(w)),
                    user_errors: Vec::new(),
                },
                Err(user_errors) => RecordCaseWorkPayload {
                    work: None,
                    user_errors,
                },
            },
        )
    }

    /// Sets the municipality's rule for a kind of deadline. Tenant administrators only.
    async fn set_deadline_rule(
        &self,
        ctx: &Context<'_>,
        input: SetDeadlineRuleInput,
    ) -> async_graphql::Result<SetDeadlineRulePayload> {
        let req = ctx.request()?;
        let admin = req.principal.require_tenant_admin()?;
        let period = match u16::try_from(input.amount)
            .map_err(|_| "the amount is out of range".to_owned())
            .and_then(|a| Period::new(a, input.unit))
        {
            Ok(p) => p,
            Err(message) => {
                return Ok(SetDeadlineRulePayload {
                    rule: None,
                    user_errors: vec![UserError::new(&["input", "amount"], "INVALID", message)],
                })
            }
        };
        let tx = req.tenant_tx().await?;
        let rule = crate::set_deadline_rule(tx, &admin, input.kind, period, input.version).await?;
        Ok(SetDeadlineRulePayload {
            rule: Some(rule.into()),
            user_errors: Vec::new(),
        })
    }
}

#[derive(Default)]
pub struct CasesSubscription;

#[Subscription]
impl CasesSubscription {
    /// Powiadomienia o terminach — the viewer's deadline notifications as the worker sends
    /// them, on any gateway replica.
    async fn blue_card_deadlines(
        &self,
        ctx: &Context<'_>,
    ) -> async_graphql::Result<impl Stream<Item = NotificationObject>> {
        let req = ctx.request()?;
        let staff = req.principal.require_staff()?;
        let (tenant, user) = (staff.tenant, staff.user);
        let stream = req
            .pubsub()
            .subscribe(&crate::deadlines::channel(tenant))
            .await?;
        let req = req.clone();
        Ok(stream.filter_map(move |payload| {
            let req = req.clone();
            async move {
                let n = serde_json::from_str::<Notification>(&payload)
                    .ok()
                    .filter(|n| n.tenant_id == tenant && n.recipient_user_id == user)?;
                // The card may have changed hands since the notification was made (another
                // group, another chair): ask again, in a transaction of this event's own, since
                // the socket outlives any transaction. When the answer cannot be had, nothing
                // is delivered; the notification stays in `deadlineNotifications`.
                match still_visible(&req, tenant, user, n.card_id).await {
                    Ok(true) => Some(NotificationObject(n)),
                    Ok(false) => None,
                    Err(e) => {
                        e.log_if_internal();
                        None
                    }
                }
            }
        }))
    }
}

/// Whether `user` may see the card now. Only the answer is read (no card content), so the
/// transaction is rolled back and leaves no audit entry.
async fn still_visible(
    req: &RequestContext,
    tenant: Uuid,
    user: Uuid,
    card: Uuid,
) -> kernel::Result<bool> {
    let tx = req.db().tenant(tenant, req.audit_context()).await?;
    let result = async {
        let reader = crate::read::reader(&tx, user).await?;
        crate::read::may_see(&tx, reader, card).await
    }
    .await;
    // The rolled-back entry is dropped: reading who may see a card is not reading the card.
    tx.finish(false, kernel::Outcome::Ok).await?;
    result
}
