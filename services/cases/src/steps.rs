//! The procedure's steps after opening: corrections, forwarding, the diagnostic group and its
//! meetings, forms NK-C and NK-D, monitoring, closing and the end of post-closure monitoring.
//! Each checks the law's rules and the procedure table, applies its change only if the card is
//! still at the version the caller saw (CONFLICT otherwise), and records who took it and when.

use chrono::NaiveDate;
use kernel::crypto::DataKey;
use kernel::pubsub::PubSub;
use kernel::{Error, Result, TenantTx, UserError};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, QueryFilter};
use uuid::Uuid;

use crate::read::{CaseAccess, VisibleCard};

use crate::change::*;
use crate::deadlines;
use crate::plans::*;

use crate::closure::ClosureReport;
use crate::domain::{
    ClosureGround, DeadlineKind, DiagnosisDetails, FormDetails, FormKind, PersonRole,
    PlanItemStatus, PlanKind, ViolenceForm,
};
use crate::presence::{companion_errors, Companion};
use crate::procedure::Step;
use crate::read::{persons_of, plan_items_of};
use crate::store::{card, form};
use crate::{place, FormContent, PlanItem};
use teams::InstitutionKind;

/// A change to the NK-A content; `None` leaves a field as it is.
#[derive(Default)]
pub struct CardChange {
    pub initiator_institution: Option<InstitutionKind>,
    pub violence_forms: Option<Vec<ViolenceForm>>,
    pub details: Option<FormDetails>,
}

pub async fn update_blue_card(
    tx: &TenantTx,
    reader: CaseAccess,
    key: &DataKey,
    id: Uuid,
    expected_version: i32,
    change: CardChange,
) -> Result<Result<VisibleCard, Vec<UserError>>> {
    let card = for_change(tx, reader, key, id, expected_version).await?;
    if let Err(e) = next(&card, Step::Updated, "be changed") {
        return Ok(Err(e));
    }
    let mut changes = Vec::new();
    if let Some(forms) = change.violence_forms {
        if forms.is_empty() {
            return Ok(Err(err(
                &["input", "violenceForms"],
                "REQUIRED",
                "name at least one form of violence",
            )));
        }
        changes.push((
            card::Column::ViolenceForms,
            Expr::value(violence_set(&forms)),
        ));
    }
    if let Some(kind) = change.initiator_institution {
        changes.push((card::Column::InitiatorInstitution, Expr::value(kind)));
    }
    if let Some(details) = change.details {
        changes.push((
            card::Column::DetailsSealed,
            Expr::value(key.seal_json(&details, &place::card(card.id))?),
        ));
        changes.push((
            card::Column::PerpetratorUnderAlcohol,
            Expr::value(details.perpetrator_under_alcohol),
        ));
    }
    Ok(Ok(
        commit(tx, key, &card, Step::Updated, reader, changes).await?
    ))
}

/// A step that needs only the card, its version and the day it was taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SimpleStep {
    Forward,
    StartMonitoring,
    ReviewHelpPlan,
    EndMonitoring,
}

/// Takes a step that needs only the card, its version and a day. `notices` carries the live
/// notices a step sends (forwarding tells the chair at once).
#[allow(clippy::too_many_arguments)]
pub async fn simple_step(
    tx: &TenantTx,
    notices: &PubSub,
    reader: CaseAccess,
    key: &DataKey,
    id: Uuid,
    expected_version: i32,
    step: SimpleStep,
    on: NaiveDate,
) -> Result<Result<VisibleCard, Vec<UserError>>> {
    match step {
        SimpleStep::Forward => {
            forward_to_chair(tx, notices, reader, key, id, expected_version, on).await
        }
        SimpleStep::StartMonitoring => {
            start_monitoring(tx, reader, key, id, expected_version, on).await
        }
        SimpleStep::ReviewHelpPlan => {
            review_help_plan(tx, reader, key, id, expected_version, on).await
        }
        SimpleStep::EndMonitoring => {
            end_monitoring(tx, reader, key, id, expected_version, on).await
        }
    }
}

/// The initiator sends the NK-A to the team's chair (within 5 working days by default); the
/// chair is told at once (a live notice, and on their list of notifications).
pub async fn forward_to_chair(
    tx: &TenantTx,
    notices: &PubSub,
    reader: CaseAccess,
    key: &DataKey,
    id: Uuid,
    expected_version: i32,
    on: NaiveDate,
) -> Result<Result<VisibleCard, Vec<UserError>>> {
    let card = for_change(tx, reader, key, id, expected_version).await?;
    if let Err(e) = next(&card, Step::SentToChair, "be sent to the chair") {
        return Ok(Err(e));
    }
    if let Some(e) = date_errors(on, card.initiated_on, "on", "the date of sending") {
        return Ok(Err(e));
    }
    if teams::chair(tx).await?.is_none() {
        return Ok(Err(err(
            &["input"],
            "NO_CHAIR",
            "the interdisciplinary team has no chair to receive the form",
        )));
    }
    claim(tx, &card).await?;
    apply_deadlines(tx, card.id, Step::SentToChair, on).await?;
    deadlines::notify_assigned(tx, notices, card.id, DeadlineKind::SetUpGroup).await?;
    Ok(Ok(commit(
        tx,
        key,
        &card,
        Step::SentToChair,
        reader,
        vec![(card::Column::ChairReceivedOn, Expr::value(on))],
    )
    .await?))
}

/// A diagnostic form: NK-C with a victim (and the help plan agreed with them) or NK-D with a
/// perpetrator (and the action plan set for them). The two are met separately.
pub struct DiagnosticForm {
    pub person_id: Uuid,
    pub filled_on: NaiveDate,
    pub details: DiagnosisDetails,
    /// Whether the other side (the perpetrator at NK-C, the victim at NK-D) was present.
    pub other_side_present: bool,
    /// NK-C with a minor: the adult who was with them.
    pub companions: Vec<Companion>,
    pub plan: Vec<NewPlanItem>,
}

pub async fn fill_diagnostic_form(
    tx: &TenantTx,
    reader: CaseAccess,
    key: &DataKey,
    id: Uuid,
    expected_version: i32,
    kind: FormKind,
    form_in: DiagnosticForm,
) -> Result<Result<VisibleCard, Vec<UserError>>> {
    let (role, plan, step, plan_field) = match kind {
        FormKind::NkC => (
            PersonRole::Victim,
            PlanKind::HelpPlan,
            Step::VictimForm,
            "helpPlan",
        ),
        FormKind::NkD => (
            PersonRole::Perpetrator,
            PlanKind::ActionPlan,
            Step::PerpetratorForm,
            "actionPlan",
        ),
        _ => return Err(Error::internal("an NK-A is not a diagnostic form")),
    };
    let card = for_change(tx, reader, key, id, expected_version).await?;
    check_may_take(tx, reader, &card, step).await?;
    if let Err(e) = next(&card, step, "take a diagnostic form") {
        return Ok(Err(e));
    }
    let not_before = card.first_meeting_on.unwrap_or(card.initiated_on);
    if let Some(e) = date_errors(form_in.filled_on, not_before, "filledOn", "the form's date") {
        return Ok(Err(e));
    }
    if form_in.other_side_present {
        return Ok(Err(err(
            &[
                "input",
                if kind == FormKind::NkC {
                    "perpetratorPresent"
                } else {
                    "victimPresent"
                },
            ],
            "MET_SEPARATELY",
            "the group meets the person experiencing violence and the perpetrator separately",
        )));
    }
    let persons = persons_of(tx, key, &[card.id]).await?;
    if !persons
        .iter()
        .any(|p| p.id == form_in.person_id && p.role == role)
    {
        return Ok(Err(err(
            &["input", "personId"],
            "NOT_FOUND",
            match role {
                PersonRole::Victim => "not a person experiencing violence in this procedure",
                _ => "not a perpetrator in this procedure",
            },
        )));
    }
    let mut errors = Vec::new();
    if kind == FormKind::NkC {
        errors.extend(companion_errors(
            &persons,
            &[form_in.person_id],
            &form_in.companions,
            form_in.filled_on,
        ));
    } else if !form_in.companions.is_empty() {
        return Err(Error::internal("NK-D takes no companions"));
    }
    for (i, item) in form_in.plan.iter().enumerate() {
        errors.extend(plan_item_errors(
            plan,
            item,
            &["input", plan_field, &i.to_string()],
        ));
    }
    errors.extend(responsible_errors(tx, &form_in.plan, &["input", plan_field]).await?);
    if !errors.is_empty() {
        return Ok(Err(errors));
    }
    claim(tx, &card).await?;
    insert_plan_items(tx, key, card.id, plan, form_in.plan).await?;
    let content = FormContent::Diagnosis {
        person_id: form_in.person_id,
        details: form_in.details,
        companions: form_in.companions,
    };
    insert_form(
        tx,
        key,
        (card.id, kind, form_in.filled_on, reader.user()),
        &content,
    )
    .await?;
    Ok(Ok(commit(tx, key, &card, step, reader, vec![]).await?))
}

pub(crate) async fn form_kinds(tx: &TenantTx, card_id: Uuid) -> Result<Vec<FormKind>> {
    let conn = tx.conn().await?;
    Ok(tx
        .select::<form::Entity>()
        .filter(form::Column::CardId.eq(card_id))
        .all(&*conn)
        .await?
        .into_iter()
        .map(|f| f.kind)
        .collect())
}

/// After the diagnosis (NK-C agreed with a victim, NK-D with the perpetrator) the group
/// monitors the help plan; reviews fall due by the municipality's rule.
pub async fn start_monitoring(
    tx: &TenantTx,
    reader: CaseAccess,
    key: &DataKey,
    id: Uuid,
    expected_version: i32,
    on: NaiveDate,
) -> Result<Result<VisibleCard, Vec<UserError>>> {
    let card = for_change(tx, reader, key, id, expected_version).await?;
    check_may_take(tx, reader, &card, Step::MonitoringStarted).await?;
    if let Err(e) = next(&card, Step::MonitoringStarted, "start monitoring") {
        return Ok(Err(e));
    }
    let not_before = card.first_meeting_on.unwrap_or(card.initiated_on);
    if let Some(e) = date_errors(on, not_before, "on", "the start of monitoring") {
        return Ok(Err(e));
    }
    let kinds = form_kinds(tx, card.id).await?;
    let has_perpetrator = persons_of(tx, key, &[card.id])
        .await?
        .iter()
        .any(|p| p.role == PersonRole::Perpetrator);
    let mut errors = Vec::new();
    if !kinds.contains(&FormKind::NkC) {
        errors.push(UserError::new(
            &["input", "id"],
            "HELP_PLAN_REQUIRED",
            "fill form NK-C with the person experiencing violence first",
        ));
    }
    if has_perpetrator && !kinds.contains(&FormKind::NkD) {
        errors.push(UserError::new(
            &["input", "id"],
            "ACTION_PLAN_REQUIRED",
            "fill form NK-D with the perpetrator first",
        ));
    }
    if !errors.is_empty() {
        return Ok(Err(errors));
    }
    claim(tx, &card).await?;
    apply_deadlines(tx, card.id, Step::MonitoringStarted, on).await?;
    Ok(Ok(commit(
        tx,
        key,
        &card,
        Step::MonitoringStarted,
        reader,
        vec![],
    )
    .await?))
}

/// A review of the help plan: meets the review that is due and sets the next one.
pub async fn review_help_plan(
    tx: &TenantTx,
    reader: CaseAccess,
    key: &DataKey,
    id: Uuid,
    expected_version: i32,
    on: NaiveDate,
) -> Result<Result<VisibleCard, Vec<UserError>>> {
    let card = for_change(tx, reader, key, id, expected_version).await?;
    check_may_take(tx, reader, &card, Step::HelpPlanReviewed).await?;
    if let Err(e) = next(&card, Step::HelpPlanReviewed, "have its help plan reviewed") {
        return Ok(Err(e));
    }
    let not_before = card.first_meeting_on.unwrap_or(card.initiated_on);
    if let Some(e) = date_errors(on, not_before, "on", "the review") {
        return Ok(Err(e));
    }
    claim(tx, &card).await?;
    apply_deadlines(tx, card.id, Step::HelpPlanReviewed, on).await?;
    Ok(Ok(commit(
        tx,
        key,
        &card,
        Step::HelpPlanReviewed,
        reader,
        vec![],
    )
    .await?))
}

/// Closes the procedure on one of the two legal grounds (art. 9h ust. 1 UPPD); monitoring after
/// closure follows until the municipality's rule says it ends.
pub async fn close_blue_card(
    tx: &TenantTx,
    reader: CaseAccess,
    key: &DataKey,
    id: Uuid,
    expected_version: i32,
    report: ClosureReport,
    on: NaiveDate,
) -> Result<Result<VisibleCard, Vec<UserError>>> {
    let ground = report.ground;
    let card = for_change(tx, reader, key, id, expected_version).await?;
    check_may_take(tx, reader, &card, Step::Closed).await?;
    let Some(rule) = crate::procedure::closing(card.status, ground) else {
        if Step::Closed.transition(card.status).is_some() {
            // The procedure can end now, but on this ground only once its help plan is
            // monitored: say so on the ground, so the step's why is plain.
            return Ok(Err(err(
                &["input", "ground"],
                "MONITORING_NOT_STARTED",
                "violence stopped and the help plan carried out can be the ground only in monitoring: start monitoring the help plan first",
            )));
        }
        return Ok(Err(illegal(&card, "be closed")));
    };
    let not_before = card.group_set_up_on.unwrap_or(card.initiated_on);
    if let Some(e) = date_errors(on, not_before, "on", "the closure") {
        return Ok(Err(e));
    }
    if ground == ClosureGround::ViolenceStoppedAndPlanCarriedOut {
        let help: Vec<PlanItem> = plan_items_of(tx, key, &[card.id], None)
            .await?
            .into_iter()
            .filter(|i| i.plan == PlanKind::HelpPlan)
            .collect();
        let carried_out = help.iter().any(|i| i.status == PlanItemStatus::Done)
            && help
                .iter()
                .all(|i| matches!(i.status, PlanItemStatus::Done | PlanItemStatus::Abandoned));
        if !carried_out {
            return Ok(Err(err(
                &["input", "ground"],
                "HELP_PLAN_NOT_CARRIED_OUT",
                "the help plan has items that are not done; close on this ground once it is carried out",
            )));
        }
    }
    claim(tx, &card).await?;
    insert_form(
        tx,
        key,
        (card.id, FormKind::Closure, on, reader.user()),
        &FormContent::Closure { report },
    )
    .await?;
    apply_deadlines(tx, card.id, Step::Closed, on).await?;
    let ends_on = deadlines::add(tx, card.id, rule, on).await?;
    Ok(Ok(commit(
        tx,
        key,
        &card,
        Step::Closed,
        reader,
        vec![
            (card::Column::ClosedOn, Expr::value(on)),
            (card::Column::ClosureGround, Expr::value(ground)),
            (card::Column::MonitoringEndsOn, Expr::value(ends_on)),
        ],
    )
    .await?))
}

/// Ends the monitoring after closure: the procedure is over.
pub async fn end_monitoring(
    tx: &TenantTx,
    reader: CaseAccess,
    key: &DataKey,
    id: Uuid,
    expected_version: i32,
    on: NaiveDate,
) -> Result<Result<VisibleCard, Vec<UserError>>> {
    let card = for_change(tx, reader, key, id, expected_version).await?;
    check_may_take(tx, reader, &card, Step::MonitoringEnded).await?;
    if let Err(e) = next(
        &card,
        Step::MonitoringEnded,
        "end its post-closure monitoring",
    ) {
        return Ok(Err(e));
    }
    let not_before = card.closed_on.unwrap_or(card.initiated_on);
    if let Some(e) = date_errors(on, not_before, "on", "the end of monitoring") {
        return Ok(Err(e));
    }
    if let Some(ends_on) = card.monitoring_ends_on {
        if on < ends_on {
            return Ok(Err(err(
                &["input", "on"],
                "MONITORING_NOT_OVER",
                format!("monitoring after closure lasts until {ends_on}"),
            )));
        }
    }
    claim(tx, &card).await?;
    apply_deadlines(tx, card.id, Step::MonitoringEnded, on).await?;
    Ok(Ok(commit(
        tx,
        key,
        &card,
        Step::MonitoringEnded,
        reader,
        vec![],
    )
    .await?))
}
