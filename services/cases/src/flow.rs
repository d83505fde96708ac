//! The procedure's steps. Each checks the law's rules and the card's status, applies the change
//! only if the card is still at the version the caller saw (CONFLICT otherwise), records who
//! took the step and when, and moves the deadlines on.

use std::collections::{HashMap, HashSet};

use chrono::{NaiveDate, Utc};
use kernel::crypto::DataKey;
use kernel::principal::StaffPrincipal;
use kernel::{Backend, Error, Result, Role, TenantTx, UserError};
use sea_orm::sea_query::{Expr, SimpleExpr};
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};
use uuid::Uuid;

use crate::deadlines;
use crate::domain::{
    ClosureGround, DiagnosisDetails, FormDetails, FormKind, NewPerson, PersonRole, PlanItemKind,
    PlanItemStatus, PlanKind, ProgrammeKind, Status, ViolenceForm, WorkKind, WorkVariant,
};
use crate::procedure::{Step, Taker};
use crate::read::{
    card_from, get_card, group_of, identity_index, persons_of, pesel_index, plan_items_of, reader,
    sex_str,
};
use crate::store::{access, card, form, group_member, person, plan_item, step, work};
use crate::{place, today, BlueCard, FormContent, PlanItem, Reader, WorkRecord};
use teams::InstitutionKind;

/// Reasons a user may see a card (`cases_access.reason`).
pub(crate) const INITIATOR: &str = "initiator";
pub(crate) const GROUP: &str = "group";

pub(crate) fn err(field: &[&str], code: &str, message: impl Into<String>) -> Vec<UserError> {
    vec![UserError::new(field, code, message)]
}

pub(crate) fn illegal(card: &BlueCard, action: &str) -> Vec<UserError> {
    err(
        &["input", "id"],
        "ILLEGAL_TRANSITION",
        format!(
            "a card in status {} cannot {action}",
            card.status.as_str().replace('_', " ")
        ),
    )
}

pub(crate) fn stale(current: i32) -> Error {
    Error::Conflict(format!(
        "this card was changed by someone else (now at version {current}); reload and try again"
    ))
}

/// The card as the caller may change it: visible to them and still at `expected_version`.
pub(crate) async fn for_change(
    tx: &TenantTx,
    reader: Reader,
    key: &DataKey,
    id: Uuid,
    expected_version: i32,
) -> Result<BlueCard> {
    let card = get_card(tx, reader, key, id).await?;
    if card.version != expected_version {
        return Err(stale(card.version));
    }
    Ok(card)
}

/// Takes the card for this change before anything under it is written: on PostgreSQL the row
/// lock makes a concurrent change wait, then find the version moved (CONFLICT), so two changes
/// never both write their children.
pub(crate) async fn claim(tx: &TenantTx, card: &BlueCard) -> Result<()> {
    let conn = tx.conn().await?;
    let claimed = card::Entity::update_many()
        .col_expr(card::Column::Version, Expr::col(card::Column::Version))
        .filter(card::Column::TenantId.eq(tx.tenant()))
        .filter(card::Column::Id.eq(card.id))
        .filter(card::Column::Version.eq(card.version))
        .exec(&*conn)
        .await?
        .rows_affected;
    if claimed == 0 {
        return Err(stale(card.version + 1));
    }
    Ok(())
}

/// The status `step` leads the card to, or ILLEGAL_TRANSITION naming its status (`action` says
/// what was refused, e.g. "be sent to the chair").
pub(crate) fn next(card: &BlueCard, step: Step, action: &str) -> Result<Status, Vec<UserError>> {
    step.transition(card.status)
        .ok_or_else(|| illegal(card, action))
}

/// Applies what `step` does to the card's deadlines (the procedure table's effects), on `on`.
pub(crate) async fn apply_deadlines(
    tx: &TenantTx,
    card_id: Uuid,
    step: Step,
    on: NaiveDate,
) -> Result<()> {
    let effects = step.effects();
    if effects.cancels_open {
        deadlines::cancel_open(tx, card_id).await?;
    }
    if let Some(kind) = effects.meets {
        deadlines::meet(tx, card_id, kind, on).await?;
    }
    if let Some(rule) = effects.adds {
        deadlines::add(tx, card_id, rule, on).await?;
    }
    Ok(())
}

/// Applies `changes` (and the next version) if the card is still at its version, moves it
/// where `step` leads, records the step, and returns the card as it is now.
pub(crate) async fn commit(
    tx: &TenantTx,
    key: &DataKey,
    card: &BlueCard,
    step: Step,
    by: Uuid,
    changes: Vec<(card::Column, SimpleExpr)>,
) -> Result<BlueCard> {
    let status = step
        .transition(card.status)
        .ok_or_else(|| Error::internal("a step was committed from a status it cannot leave"))?;
    let now = Utc::now();
    let mut update = card::Entity::update_many()
        .col_expr(card::Column::Status, Expr::value(status.as_str()))
        .col_expr(card::Column::Version, Expr::value(card.version + 1))
        .col_expr(card::Column::UpdatedAt, Expr::value(now))
        .filter(card::Column::TenantId.eq(tx.tenant()))
        .filter(card::Column::Id.eq(card.id))
        .filter(card::Column::Version.eq(card.version));
    for (column, value) in changes {
        update = update.col_expr(column, value);
    }
    let conn = tx.conn().await?;
    if update.exec(&*conn).await?.rows_affected == 0 {
        return Err(stale(card.version + 1));
    }
    step::ActiveModel {
        tenant_id: Set(tx.tenant()),
        id: Set(Uuid::now_v7()),
        card_id: Set(card.id),
        step: Set(step.as_str().to_owned()),
        status: Set(status.as_str().to_owned()),
        taken_by: Set(by),
        taken_at: Set(now),
    }
    .insert(&*conn)
    .await?;
    let row = card::Entity::find()
        .filter(card::Column::TenantId.eq(tx.tenant()))
        .filter(card::Column::Id.eq(card.id))
        .one(&*conn)
        .await?
        .ok_or_else(|| Error::internal("a card vanished during its update"))?;
    tx.touch(crate::graphql::card_gid(card.id));
    card_from(row, key)
}

/// Staff who may fill an NK-A: social workers and team members; a team member who has not
/// signed the confidentiality statement may not open any case.
async fn check_may_work_on_cases(tx: &TenantTx, staff: &StaffPrincipal) -> Result<()> {
    if staff.roles.contains(&Role::DataProtectionOfficer) {
        // The officer reads the whole audit trail, where a filing's matches are recorded: a
        // form of theirs would tell them what its author must not learn.
        return Err(Error::Forbidden(
            "the data-protection officer audits cases and does not work on them".to_owned(),
        ));
    }
    let membership = teams::membership(tx, staff.user).await?;
    if membership.as_ref().is_some_and(|m| !m.may_work_on_cases()) {
        return Err(Error::Forbidden(
            "sign the team's confidentiality statement before working on cases".to_owned(),
        ));
    }
    let role = [Role::SocialWorker, Role::TeamMember, Role::TeamChair]
        .iter()
        .any(|r| staff.roles.contains(r));
    if !role && membership.is_none() {
        return Err(Error::Forbidden(
            "only social workers and team members work on Blue Cards".to_owned(),
        ));
    }
    Ok(())
}

/// Whether the reader (who already sees the card) may take `step`, by the procedure table.
async fn check_may_take(tx: &TenantTx, reader: Reader, card: &BlueCard, step: Step) -> Result<()> {
    match step.taker() {
        // Seeing the card is what these need, and the card was found for the reader.
        Taker::Filer | Taker::AnyoneWhoSees => Ok(()),
        Taker::Chair if reader.chair => Ok(()),
        Taker::Chair => Err(Error::Forbidden(
            "only the team's chair takes this step".to_owned(),
        )),
        Taker::GroupOrChair => check_group_or_chair(tx, reader, card).await,
    }
}

async fn check_group_or_chair(tx: &TenantTx, reader: Reader, card: &BlueCard) -> Result<()> {
    if reader.chair {
        return Ok(());
    }
    let group = group_of(tx, &[card.id]).await?;
    if group.iter().any(|m| m.user_id == reader.user) {
        return Ok(());
    }
    Err(Error::Forbidden(
        "only the diagnostic group and the team's chair take this step".to_owned(),
    ))
}

pub(crate) fn date_errors(
    on: NaiveDate,
    not_before: NaiveDate,
    field: &str,
    what: &str,
) -> Option<Vec<UserError>> {
    if on > today() {
        return Some(err(
            &["input", field],
            "IN_FUTURE",
            format!("{what} cannot be in the future"),
        ));
    }
    if on < not_before {
        return Some(err(
            &["input", field],
            "TOO_EARLY",
            format!("{what} cannot be before the procedure's previous step"),
        ));
    }
    None
}

pub(crate) fn forms_str(forms: &[ViolenceForm]) -> String {
    let mut sorted: Vec<ViolenceForm> = forms.to_vec();
    sorted.sort();
    sorted.dedup();
    sorted
        .iter()
        .map(|f| f.as_str())
        .collect::<Vec<_>>()
        .join(",")
}

/// An NK-A form, parsed.
pub struct NewBlueCard {
    pub initiated_on: NaiveDate,
    pub initiator_institution: InstitutionKind,
    pub violence_forms: Vec<ViolenceForm>,
    pub persons: Vec<NewPerson>,
    pub details: FormDetails,
}

pub(crate) struct PersonKeys {
    pub(crate) pesel: Option<String>,
    pub(crate) identity: String,
}

fn person_keys(key: &DataKey, p: &NewPerson) -> PersonKeys {
    PersonKeys {
        pesel: p.pesel.as_ref().map(|x| pesel_index(key, x)),
        identity: identity_index(key, &p.data),
    }
}

/// Fills an NK-A. Every form opens as its author's own filing, whether or not its people are
/// in another procedure: what the author gets back and can read later never depends on a card
/// they may not see, and no card they may not see changes. A filing about the victim (and
/// perpetrator) of another open procedure is recorded as a match for the chair to decide
/// (`matching`).
pub async fn open_blue_card(
    tx: &TenantTx,
    staff: &StaffPrincipal,
    key: &DataKey,
    new: NewBlueCard,
) -> Result<Result<BlueCard, Vec<UserError>>> {
    check_may_work_on_cases(tx, staff).await?;
    if new.initiated_on > today() {
        return Ok(Err(err(
            &["input", "initiatedOn"],
            "IN_FUTURE",
            "a Blue Card cannot be initiated in the future",
        )));
    }
    if new.violence_forms.is_empty() {
        return Ok(Err(err(
            &["input", "violenceForms"],
            "REQUIRED",
            "name at least one form of violence",
        )));
    }
    if !new.persons.iter().any(|p| p.role == PersonRole::Victim) {
        return Ok(Err(err(
            &["input", "persons"],
            "VICTIM_REQUIRED",
            "an NK-A names at least one person experiencing violence",
        )));
    }
    let Some(team) = teams::team(tx).await? else {
        return Ok(Err(err(
            &["input"],
            "NO_TEAM",
            "the municipality has no interdisciplinary team to receive the form yet",
        )));
    };
    let keys: Vec<PersonKeys> = new.persons.iter().map(|p| person_keys(key, p)).collect();
    if tx.backend() == Backend::Postgres {
        // Two forms about the same victim at once must each see the other as a match: any two
        // forms that could match share a victim's PESEL or name-and-birth index, so those are
        // locked until commit (in order, so that two forms never wait on each other). Forms
        // about other people go on in parallel. SQLite's write lock already serialises.
        let mut locks: Vec<String> = new
            .persons
            .iter()
            .zip(&keys)
            .filter(|(p, _)| p.role == PersonRole::Victim)
            .flat_map(|(_, k)| k.pesel.clone().into_iter().chain([k.identity.clone()]))
            .map(|k| format!("cases:open:{}:{k}", tx.tenant()))
            .collect();
        locks.sort_unstable();
        locks.dedup();
        let conn = tx.conn().await?;
        for lock in locks {
            conn.execute_raw(sea_orm::Statement::from_sql_and_values(
                sea_orm::DbBackend::Postgres,
                "SELECT pg_advisory_xact_lock(hashtextextended($1, 0))",
                [lock.into()],
            ))
            .await?;
        }
    }
    // Looked for before the new card exists, so the filing never matches itself.
    let matches = crate::matching::open_procedures_about(tx, &new.persons, &keys).await?;
    let now = Utc::now();
    let id = Uuid::now_v7();
    let conn = tx.conn().await?;
    card::ActiveModel {
        tenant_id: Set(tx.tenant()),
        id: Set(id),
        team_id: Set(team.id),
        status: Set(crate::procedure::START.as_str().to_owned()),
        initiated_on: Set(new.initiated_on),
        initiator_user_id: Set(staff.user),
        initiator_institution: Set(new.initiator_institution.as_str().to_owned()),
        violence_forms: Set(forms_str(&new.violence_forms)),
        details_sealed: Set(key.seal_json(&new.details, &place::card(id))?),
        chair_received_on: Set(None),
        group_set_up_on: Set(None),
        first_meeting_on: Set(None),
        closed_on: Set(None),
        closure_ground: Set(None),
        monitoring_ends_on: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
        version: Set(1),
        attached_to: Set(None),
    }
    .insert(&*conn)
    .await?;
    let mut person_ids = Vec::new();
    for (p, k) in new.persons.iter().zip(&keys) {
        let person_id = Uuid::now_v7();
        person::ActiveModel {
            tenant_id: Set(tx.tenant()),
            id: Set(person_id),
            card_id: Set(id),
            role: Set(p.role.as_str().to_owned()),
            sex: Set(sex_str(p.sex).to_owned()),
            minor: Set(p.minor),
            sealed: Set(key.seal_json(&p.data, &place::person(person_id))?),
            pesel_index: Set(k.pesel.clone()),
            identity_index: Set(k.identity.clone()),
            created_at: Set(now),
        }
        .insert(&*conn)
        .await?;
        person_ids.push(person_id);
    }
    let form_id = Uuid::now_v7();
    let content = FormContent::NkA {
        details: new.details.clone(),
        violence_forms: new.violence_forms.clone(),
        person_ids,
    };
    form::ActiveModel {
        tenant_id: Set(tx.tenant()),
        id: Set(form_id),
        card_id: Set(id),
        kind: Set(FormKind::NkA.as_str().to_owned()),
        filled_on: Set(new.initiated_on),
        filled_by: Set(staff.user),
        sealed: Set(key.seal_json(&content, &place::form(form_id))?),
        created_at: Set(now),
    }
    .insert(&*conn)
    .await?;
    access::ActiveModel {
        tenant_id: Set(tx.tenant()),
        card_id: Set(id),
        user_id: Set(staff.user),
        reason: Set(INITIATOR.to_owned()),
    }
    .insert(&*conn)
    .await?;
    step::ActiveModel {
        tenant_id: Set(tx.tenant()),
        id: Set(Uuid::now_v7()),
        card_id: Set(id),
        step: Set(Step::Opened.as_str().to_owned()),
        status: Set(crate::procedure::START.as_str().to_owned()),
        taken_by: Set(staff.user),
        taken_at: Set(now),
    }
    .insert(&*conn)
    .await?;
    drop(conn);
    apply_deadlines(tx, id, Step::Opened, new.initiated_on).await?;
    crate::matching::propose(tx, id, &matches).await?;
    get_card(tx, reader(tx, staff.user).await?, key, id)
        .await
        .map(Ok)
}

/// The same PESEL, or the same name and date of birth unless both have PESELs that differ.
pub(crate) fn same_person(k: &PersonKeys, pesel: Option<&str>, identity: &str) -> bool {
    match (k.pesel.as_deref(), pesel) {
        (Some(a), Some(b)) => a == b,
        _ => k.identity == identity,
    }
}

/// A change to the NK-A content; `None` leaves a field as it is.
#[derive(Default)]
pub struct CardChange {
    pub initiator_institution: Option<InstitutionKind>,
    pub violence_forms: Option<Vec<ViolenceForm>>,
    pub details: Option<FormDetails>,
}

pub async fn update_blue_card(
    tx: &TenantTx,
    reader: Reader,
    key: &DataKey,
    id: Uuid,
    expected_version: i32,
    change: CardChange,
) -> Result<Result<BlueCard, Vec<UserError>>> {
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
        changes.push((card::Column::ViolenceForms, Expr::value(forms_str(&forms))));
    }
    if let Some(kind) = change.initiator_institution {
        changes.push((
            card::Column::InitiatorInstitution,
            Expr::value(kind.as_str()),
        ));
    }
    if let Some(details) = change.details {
        changes.push((
            card::Column::DetailsSealed,
            Expr::value(key.seal_json(&details, &place::card(card.id))?),
        ));
    }
    Ok(Ok(commit(
        tx,
        key,
        &card,
        Step::Updated,
        reader.user,
        changes,
    )
    .await?))
}

/// A step that needs only the card, its version and the day it was taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SimpleStep {
    Forward,
    GroupMeeting,
    StartMonitoring,
    ReviewHelpPlan,
    EndMonitoring,
}

pub async fn simple_step(
    tx: &TenantTx,
    reader: Reader,
    key: &DataKey,
    id: Uuid,
    expected_version: i32,
    step: SimpleStep,
    on: NaiveDate,
) -> Result<Result<BlueCard, Vec<UserError>>> {
    match step {
        SimpleStep::Forward => forward_to_chair(tx, reader, key, id, expected_version, on).await,
        SimpleStep::GroupMeeting => {
            record_group_meeting(tx, reader, key, id, expected_version, on).await
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

/// The initiator sends the NK-A to the team's chair (within 5 working days by default).
pub async fn forward_to_chair(
    tx: &TenantTx,
    reader: Reader,
    key: &DataKey,
    id: Uuid,
    expected_version: i32,
    on: NaiveDate,
) -> Result<Result<BlueCard, Vec<UserError>>> {
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
    Ok(Ok(commit(
        tx,
        key,
        &card,
        Step::SentToChair,
        reader.user,
        vec![(card::Column::ChairReceivedOn, Expr::value(on))],
    )
    .await?))
}

/// The chair sets up the diagnostic group (or changes it later). It must include a social
/// worker and a police officer; every member must have signed the confidentiality statement.
pub async fn set_up_group(
    tx: &TenantTx,
    reader: Reader,
    key: &DataKey,
    id: Uuid,
    expected_version: i32,
    team_member_ids: &[Uuid],
    on: NaiveDate,
) -> Result<Result<BlueCard, Vec<UserError>>> {
    if !reader.chair {
        // Visible to the caller but not theirs to decide: only the chair sets up groups.
        get_card(tx, reader, key, id).await?;
        return Err(Error::Forbidden(
            "only the team's chair sets up a diagnostic group".to_owned(),
        ));
    }
    let card = for_change(tx, reader, key, id, expected_version).await?;
    let first = Step::GroupSetUp.transition(card.status).is_some();
    if first && crate::matching::undecided(tx, card.id).await? {
        return Ok(Err(err(
            &["input", "id"],
            "MATCH_UNDECIDED",
            "this form names the people of another open procedure: attach it there or keep it separate first",
        )));
    }
    let step = if first {
        Step::GroupSetUp
    } else {
        Step::GroupChanged
    };
    if let Err(e) = next(&card, step, "get a diagnostic group") {
        return Ok(Err(e));
    }
    let not_before = card.chair_received_on.unwrap_or(card.initiated_on);
    if let Some(e) = date_errors(on, not_before, "on", "the date the group was set up") {
        return Ok(Err(e));
    }
    let found: HashMap<Uuid, teams::Member> = teams::find_members(tx, team_member_ids)
        .await?
        .into_iter()
        .map(|m| (m.id, m))
        .collect();
    let mut errors = Vec::new();
    let mut seen = HashSet::new();
    for (i, id) in team_member_ids.iter().enumerate() {
        let at = ["input", "memberIds", &i.to_string()].map(str::to_owned);
        let at: Vec<&str> = at.iter().map(String::as_str).collect();
        match found.get(id) {
            None => errors.push(UserError::new(&at, "NOT_FOUND", "not a member of the team")),
            Some(m) if !m.may_work_on_cases() => errors.push(UserError::new(
                &at,
                "CONFIDENTIALITY_NOT_SIGNED",
                "this member has not signed the confidentiality statement",
            )),
            Some(_) if !seen.insert(*id) => errors.push(UserError::new(
                &at,
                "DUPLICATE",
                "this member is listed twice",
            )),
            Some(_) => {}
        }
    }
    if !errors.is_empty() {
        return Ok(Err(errors));
    }
    let institutions: Vec<InstitutionKind> = found.values().map(|m| m.institution).collect();
    let composition = crate::domain::group_composition_errors(&institutions);
    if !composition.is_empty() {
        return Ok(Err(composition));
    }
    claim(tx, &card).await?;
    {
        let conn = tx.conn().await?;
        group_member::Entity::delete_many()
            .filter(group_member::Column::TenantId.eq(tx.tenant()))
            .filter(group_member::Column::CardId.eq(card.id))
            .exec(&*conn)
            .await?;
        access::Entity::delete_many()
            .filter(access::Column::TenantId.eq(tx.tenant()))
            .filter(access::Column::CardId.eq(card.id))
            .filter(access::Column::Reason.eq(GROUP))
            .exec(&*conn)
            .await?;
        let mut users = HashSet::new();
        for id in team_member_ids {
            let Some(m) = found.get(id) else { continue };
            if !users.insert(m.user_id) {
                continue;
            }
            group_member::ActiveModel {
                tenant_id: Set(tx.tenant()),
                card_id: Set(card.id),
                user_id: Set(m.user_id),
                team_member_id: Set(m.id),
                institution: Set(m.institution.as_str().to_owned()),
                added_on: Set(on),
            }
            .insert(&*conn)
            .await?;
            access::ActiveModel {
                tenant_id: Set(tx.tenant()),
                card_id: Set(card.id),
                user_id: Set(m.user_id),
                reason: Set(GROUP.to_owned()),
            }
            .insert(&*conn)
            .await?;
        }
    }
    if !first {
        return Ok(Ok(commit(
            tx,
            key,
            &card,
            Step::GroupChanged,
            reader.user,
            vec![],
        )
        .await?));
    }
    apply_deadlines(tx, card.id, Step::GroupSetUp, on).await?;
    Ok(Ok(commit(
        tx,
        key,
        &card,
        Step::GroupSetUp,
        reader.user,
        vec![(card::Column::GroupSetUpOn, Expr::value(on))],
    )
    .await?))
}

/// A meeting of the diagnostic group. The first one starts the diagnosis.
pub async fn record_group_meeting(
    tx: &TenantTx,
    reader: Reader,
    key: &DataKey,
    id: Uuid,
    expected_version: i32,
    on: NaiveDate,
) -> Result<Result<BlueCard, Vec<UserError>>> {
    let card = for_change(tx, reader, key, id, expected_version).await?;
    check_may_take(tx, reader, &card, Step::GroupMeeting).await?;
    let not_before = card.group_set_up_on.unwrap_or(card.initiated_on);
    if let Some(e) = date_errors(on, not_before, "on", "the meeting") {
        return Ok(Err(e));
    }
    let step = if Step::FirstGroupMeeting.transition(card.status).is_some() {
        Step::FirstGroupMeeting
    } else {
        Step::GroupMeeting
    };
    if let Err(e) = next(&card, step, "have a group meeting") {
        return Ok(Err(e));
    }
    claim(tx, &card).await?;
    apply_deadlines(tx, card.id, step, on).await?;
    let changes = if step == Step::FirstGroupMeeting {
        vec![(card::Column::FirstMeetingOn, Expr::value(on))]
    } else {
        vec![]
    };
    Ok(Ok(commit(tx, key, &card, step, reader.user, changes).await?))
}

/// A plan item as a form or a mutation gives it.
pub struct NewPlanItem {
    pub kind: PlanItemKind,
    pub programme: Option<ProgrammeKind>,
    pub description: String,
    pub responsible_user_id: Option<Uuid>,
    pub due_on: Option<NaiveDate>,
}

fn plan_item_errors(plan: PlanKind, item: &NewPlanItem, path: &[&str]) -> Vec<UserError> {
    let mut errors = Vec::new();
    match item.kind {
        PlanItemKind::ProgrammeReferral | PlanItemKind::PettyOffenceNotice
            if plan != PlanKind::ActionPlan =>
        {
            errors.push(UserError::at(path, "kind",
                "PERPETRATOR_ONLY",
                "programme referrals and petty-offence notices belong in the perpetrator's action plan",
            ));
        }
        PlanItemKind::ProgrammeReferral if item.programme.is_none() => {
            errors.push(UserError::at(
                path,
                "programme",
                "REQUIRED",
                "name the programme the perpetrator is referred to",
            ));
        }
        PlanItemKind::Action | PlanItemKind::PettyOffenceNotice if item.programme.is_some() => {
            errors.push(UserError::at(
                path,
                "programme",
                "NOT_APPLICABLE",
                "only a programme referral names a programme",
            ));
        }
        _ => {}
    }
    errors
}

async fn insert_plan_items(
    tx: &TenantTx,
    key: &DataKey,
    card_id: Uuid,
    plan: PlanKind,
    items: Vec<NewPlanItem>,
) -> Result<Vec<Uuid>> {
    let now = Utc::now();
    let conn = tx.conn().await?;
    let mut ids = Vec::new();
    for item in items {
        let id = Uuid::now_v7();
        plan_item::ActiveModel {
            tenant_id: Set(tx.tenant()),
            id: Set(id),
            card_id: Set(card_id),
            plan: Set(plan.as_str().to_owned()),
            kind: Set(item.kind.as_str().to_owned()),
            programme: Set(item.programme.map(|p| p.as_str().to_owned())),
            sealed: Set(key.seal_json(
                &crate::domain::PlanItemText {
                    description: item.description,
                },
                &place::plan_item(id),
            )?),
            responsible_user_id: Set(item.responsible_user_id),
            due_on: Set(item.due_on),
            status: Set(PlanItemStatus::Planned.as_str().to_owned()),
            created_at: Set(now),
            updated_at: Set(now),
            version: Set(1),
        }
        .insert(&*conn)
        .await?;
        tx.touch(crate::graphql::plan_item_gid(id));
        ids.push(id);
    }
    Ok(ids)
}

async fn responsible_errors(
    tx: &TenantTx,
    items: &[NewPlanItem],
    path: &[&str],
) -> Result<Vec<UserError>> {
    let wanted: Vec<Uuid> = items.iter().filter_map(|i| i.responsible_user_id).collect();
    if wanted.is_empty() {
        return Ok(Vec::new());
    }
    let known: HashSet<Uuid> = identity::find_users(tx, &wanted)
        .await?
        .into_iter()
        .map(|u| u.id)
        .collect();
    Ok(items
        .iter()
        .enumerate()
        .filter(|(_, i)| i.responsible_user_id.is_some_and(|u| !known.contains(&u)))
        .map(|(n, _)| {
            let index = n.to_string();
            let mut p = path.to_vec();
            p.extend([index.as_str(), "responsibleUserId"]);
            UserError::new(&p, "NOT_FOUND", "no such user in this municipality")
        })
        .collect())
}

/// A diagnostic form: NK-C with a victim (and the help plan agreed with them) or NK-D with a
/// perpetrator (and the action plan set for them). The two are met separately.
pub struct DiagnosticForm {
    pub person_id: Uuid,
    pub filled_on: NaiveDate,
    pub details: DiagnosisDetails,
    /// Whether the other side (the perpetrator at NK-C, the victim at NK-D) was present.
    pub other_side_present: bool,
    pub plan: Vec<NewPlanItem>,
}

pub async fn fill_diagnostic_form(
    tx: &TenantTx,
    reader: Reader,
    key: &DataKey,
    id: Uuid,
    expected_version: i32,
    kind: FormKind,
    form_in: DiagnosticForm,
) -> Result<Result<BlueCard, Vec<UserError>>> {
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
    let form_id = Uuid::now_v7();
    let content = FormContent::Diagnosis {
        person_id: form_in.person_id,
        details: form_in.details,
    };
    {
        let conn = tx.conn().await?;
        form::ActiveModel {
            tenant_id: Set(tx.tenant()),
            id: Set(form_id),
            card_id: Set(card.id),
            kind: Set(kind.as_str().to_owned()),
            filled_on: Set(form_in.filled_on),
            filled_by: Set(reader.user),
            sealed: Set(key.seal_json(&content, &place::form(form_id))?),
            created_at: Set(Utc::now()),
        }
        .insert(&*conn)
        .await?;
    }
    Ok(Ok(commit(tx, key, &card, step, reader.user, vec![]).await?))
}

async fn form_kinds(tx: &TenantTx, card_id: Uuid) -> Result<Vec<FormKind>> {
    let conn = tx.conn().await?;
    Ok(form::Entity::find()
        .filter(form::Column::TenantId.eq(tx.tenant()))
        .filter(form::Column::CardId.eq(card_id))
        .all(&*conn)
        .await?
        .into_iter()
        .filter_map(|f| FormKind::parse(&f.kind))
        .collect())
}

/// After the diagnosis (NK-C agreed with a victim, NK-D with the perpetrator) the group
/// monitors the help plan; reviews fall due by the municipality's rule.
pub async fn start_monitoring(
    tx: &TenantTx,
    reader: Reader,
    key: &DataKey,
    id: Uuid,
    expected_version: i32,
    on: NaiveDate,
) -> Result<Result<BlueCard, Vec<UserError>>> {
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
        reader.user,
        vec![],
    )
    .await?))
}

/// A review of the help plan: meets the review that is due and sets the next one.
pub async fn review_help_plan(
    tx: &TenantTx,
    reader: Reader,
    key: &DataKey,
    id: Uuid,
    expected_version: i32,
    on: NaiveDate,
) -> Result<Result<BlueCard, Vec<UserError>>> {
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
        reader.user,
        vec![],
    )
    .await?))
}

/// Closes the procedure on one of the two legal grounds (art. 9h ust. 1 UPPD); monitoring after
/// closure follows until the municipality's rule says it ends.
pub async fn close_blue_card(
    tx: &TenantTx,
    reader: Reader,
    key: &DataKey,
    id: Uuid,
    expected_version: i32,
    ground: ClosureGround,
    on: NaiveDate,
) -> Result<Result<BlueCard, Vec<UserError>>> {
    let card = for_change(tx, reader, key, id, expected_version).await?;
    check_may_take(tx, reader, &card, Step::Closed).await?;
    let Some(rule) = crate::procedure::closing(card.status, ground) else {
        return Ok(Err(illegal(
            &card,
            match ground {
                ClosureGround::Unfounded => "be closed as unfounded",
                ClosureGround::ViolenceStoppedAndPlanCarriedOut => {
                    "be closed for violence stopped before its help plan is monitored"
                }
            },
        )));
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
    apply_deadlines(tx, card.id, Step::Closed, on).await?;
    let ends_on = deadlines::add(tx, card.id, rule, on).await?;
    Ok(Ok(commit(
        tx,
        key,
        &card,
        Step::Closed,
        reader.user,
        vec![
            (card::Column::ClosedOn, Expr::value(on)),
            (card::Column::ClosureGround, Expr::value(ground.as_str())),
            (card::Column::MonitoringEndsOn, Expr::value(ends_on)),
        ],
    )
    .await?))
}

/// Ends the monitoring after closure: the procedure is over.
pub async fn end_monitoring(
    tx: &TenantTx,
    reader: Reader,
    key: &DataKey,
    id: Uuid,
    expected_version: i32,
    on: NaiveDate,
) -> Result<Result<BlueCard, Vec<UserError>>> {
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
        reader.user,
        vec![],
    )
    .await?))
}

/// Adds an item to the help plan or the action plan.
pub async fn add_plan_item(
    tx: &TenantTx,
    reader: Reader,
    key: &DataKey,
    card_id: Uuid,
    plan: PlanKind,
    item: NewPlanItem,
) -> Result<Result<PlanItem, Vec<UserError>>> {
    let card = get_card(tx, reader, key, card_id).await?;
    check_group_or_chair(tx, reader, &card).await?;
    if !matches!(
        card.status,
        Status::Diagnosis | Status::Monitoring | Status::PostClosureMonitoring
    ) {
        return Ok(Err(illegal(&card, "have plan items")));
    }
    let mut errors = plan_item_errors(plan, &item, &["input"]);
    if item.responsible_user_id.is_some() {
        let e = responsible_errors(tx, std::slice::from_ref(&item), &["input"]).await?;
        errors.extend(e.into_iter().map(|mut e| {
            e.field = vec!["input".to_owned(), "responsibleUserId".to_owned()];
            e
        }));
    }
    if !errors.is_empty() {
        return Ok(Err(errors));
    }
    let ids = insert_plan_items(tx, key, card.id, plan, vec![item]).await?;
    plan_items_of(tx, key, &[card.id], Some(&ids))
        .await?
        .pop()
        .map(Ok)
        .ok_or_else(|| Error::internal("a plan item vanished after its insert"))
}

/// A change to a plan item; `None` leaves a field as it is.
pub struct PlanItemChange {
    pub status: Option<PlanItemStatus>,
    pub description: Option<String>,
    pub due_on: Option<NaiveDate>,
    pub responsible_user_id: Option<Uuid>,
}

pub async fn update_plan_item(
    tx: &TenantTx,
    reader: Reader,
    key: &DataKey,
    item_id: Uuid,
    expected_version: i32,
    change: PlanItemChange,
) -> Result<Result<PlanItem, Vec<UserError>>> {
    let card_id = crate::read::plan_item_card(tx, item_id)
        .await?
        .ok_or(Error::NotFound)?;
    let card = get_card(tx, reader, key, card_id).await?;
    check_group_or_chair(tx, reader, &card).await?;
    let current = plan_items_of(tx, key, &[card.id], Some(&[item_id]))
        .await?
        .pop()
        .ok_or(Error::NotFound)?;
    let item_stale = |v: i32| {
        Error::Conflict(format!(
            "this plan item was changed by someone else (now at version {v}); reload and try again"
        ))
    };
    if current.version != expected_version {
        return Err(item_stale(current.version));
    }
    if card.status.is_ended() {
        return Ok(Err(illegal(&card, "have its plan changed")));
    }
    if let Some(user) = change.responsible_user_id {
        if identity::find_users(tx, &[user]).await?.is_empty() {
            return Ok(Err(err(
                &["input", "responsibleUserId"],
                "NOT_FOUND",
                "no such user in this municipality",
            )));
        }
    }
    let mut update = plan_item::Entity::update_many()
        .col_expr(plan_item::Column::Version, Expr::value(current.version + 1))
        .col_expr(plan_item::Column::UpdatedAt, Expr::value(Utc::now()))
        .filter(plan_item::Column::TenantId.eq(tx.tenant()))
        .filter(plan_item::Column::Id.eq(item_id))
        .filter(plan_item::Column::Version.eq(expected_version));
    if let Some(status) = change.status {
        update = update.col_expr(plan_item::Column::Status, Expr::value(status.as_str()));
    }
    if let Some(description) = change.description {
        update = update.col_expr(
            plan_item::Column::Sealed,
            Expr::value(key.seal_json(
                &crate::domain::PlanItemText { description },
                &place::plan_item(item_id),
            )?),
        );
    }
    if let Some(due) = change.due_on {
        update = update.col_expr(plan_item::Column::DueOn, Expr::value(due));
    }
    if let Some(user) = change.responsible_user_id {
        update = update.col_expr(plan_item::Column::ResponsibleUserId, Expr::value(user));
    }
    {
        let conn = tx.conn().await?;
        if update.exec(&*conn).await?.rows_affected == 0 {
            return Err(item_stale(expected_version + 1));
        }
    }
    tx.touch(crate::graphql::plan_item_gid(item_id));
    plan_items_of(tx, key, &[card.id], Some(&[item_id]))
        .await?
        .pop()
        .map(Ok)
        .ok_or(Error::NotFound)
}

/// Work done in the case: an intervention, a consultation, a social contract, a shelter
/// placement, medical help organised.
pub struct NewWork {
    pub kind: WorkKind,
    pub variant: Option<WorkVariant>,
    pub occurred_on: NaiveDate,
    pub note: Option<String>,
}

pub async fn record_work(
    tx: &TenantTx,
    reader: Reader,
    key: &DataKey,
    card_id: Uuid,
    new: NewWork,
) -> Result<Result<WorkRecord, Vec<UserError>>> {
    let card = get_card(tx, reader, key, card_id).await?;
    if card.status.is_ended() {
        return Ok(Err(illegal(&card, "have work recorded")));
    }
    let variants = new.kind.variants();
    match new.variant {
        None if !variants.is_empty() => {
            return Ok(Err(err(
                &["input", "variant"],
                "REQUIRED",
                format!(
                    "name the variant: {}",
                    variants
                        .iter()
                        .map(|v| v.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            )))
        }
        Some(v) if !variants.contains(&v) => {
            return Ok(Err(err(
                &["input", "variant"],
                "NOT_APPLICABLE",
                "this variant does not apply to this kind of work",
            )))
        }
        _ => {}
    }
    if let Some(e) = date_errors(new.occurred_on, card.initiated_on, "occurredOn", "the work") {
        return Ok(Err(e));
    }
    let id = Uuid::now_v7();
    let note_sealed = new
        .note
        .as_deref()
        .map(|n| key.seal(n.as_bytes(), &place::work(id)))
        .transpose()?;
    {
        let conn = tx.conn().await?;
        work::ActiveModel {
            tenant_id: Set(tx.tenant()),
            id: Set(id),
            card_id: Set(card.id),
            kind: Set(new.kind.as_str().to_owned()),
            variant: Set(new.variant.map(|v| v.as_str().to_owned())),
            occurred_on: Set(new.occurred_on),
            recorded_by: Set(reader.user),
            note_sealed: Set(note_sealed),
            created_at: Set(Utc::now()),
        }
        .insert(&*conn)
        .await?;
    }
    tx.touch(crate::graphql::work_gid(id));
    Ok(Ok(WorkRecord {
        id,
        card_id: card.id,
        kind: new.kind,
        variant: new.variant,
        occurred_on: new.occurred_on,
        recorded_by: reader.user,
        note: new.note,
    }))
}
