//! Use cases of the register: recording an entry, assigning it, responding to it, linking the
//! Blue Card opened on it, closing it, and the NK-A prefill. Each checks the reader's need to
//! know first (an entry they may not see is NOT_FOUND), then the lifecycle table, then the
//! entry's version; a refusal writes nothing.

use chrono::{NaiveDate, Utc};
use kernel::crypto::DataKey;
use kernel::principal::StaffPrincipal;
use kernel::{Error, Result, Role, TenantTx, UserError};
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ColumnTrait, QueryFilter, Set};
use uuid::Uuid;

use crate::access::{get_entry, pesel_index, IntakeAccess, VisibleEntry};
use crate::domain::{IntakeActionKind, NewAction, NewEntry, PersonData, PersonRole};
use crate::lifecycle::{Deadline, IntakeStatus, IntakeStep, Taker, START};
use crate::store::{action, assignee, entry, person};
use crate::{place, today};

/// A use case's answer: the entry as it now is, or the userErrors that refused the input.
pub type Outcome = Result<std::result::Result<VisibleEntry, Vec<UserError>>>;

fn err(field: &[&str], code: &str, message: impl Into<String>) -> Vec<UserError> {
    vec![UserError::new(field, code, message)]
}

fn staff_only(reader: IntakeAccess) -> Result<()> {
    if reader.is_intake_staff() {
        Ok(())
    } else {
        Err(Error::Forbidden(
            "only the municipality's intake staff may do this".to_owned(),
        ))
    }
}

fn stale(current: i32) -> Error {
    Error::Conflict(format!(
        "this entry was changed by someone else (now at version {current}); reload and try again"
    ))
}

/// Records a report or consultation taken now or earlier; its response deadline runs from the
/// day it was received. Intake staff only.
pub async fn record_entry(
    tx: &TenantTx,
    reader: IntakeAccess,
    key: &DataKey,
    new: NewEntry,
) -> Outcome {
    staff_only(reader)?;
    if new.received_at > Utc::now() {
        return Ok(Err(err(
            &["input", "receivedAt"],
            "IN_FUTURE",
            "the time received cannot be in the future",
        )));
    }
    let received_on = kernel::calendar::day_of(new.received_at);
    let due_on = crate::response::period(tx).await?.due_from(received_on);
    let id = Uuid::now_v7();
    let now = Utc::now();
    {
        let conn = tx.conn().await?;
        entry::ActiveModel {
            tenant_id: Set(tx.tenant()),
            id: Set(id),
            received_at: Set(new.received_at),
            channel: Set(new.channel),
            kind: Set(new.kind),
            urgency: Set(new.urgency),
            status: Set(START),
            taken_by: Set(reader.user()),
            reporter_anonymous: Set(new.content.reporter.is_none()),
            sealed: Set(key.seal_json(&new.content, &place::entry(id))?),
            response_due_on: Set(due_on),
            responded_on: Set(None),
            closed_on: Set(None),
            blue_card_id: Set(None),
            created_at: Set(now),
            updated_at: Set(now),
            version: Set(1),
        }
        .insert(&*conn)
        .await?;
        for p in &new.persons {
            let person_id = Uuid::now_v7();
            person::ActiveModel {
                tenant_id: Set(tx.tenant()),
                id: Set(person_id),
                entry_id: Set(id),
                role: Set(p.role),
                pesel_index: Set(p.pesel.as_ref().map(|x| pesel_index(key, x))),
                sealed: Set(key.seal_json(&p.data, &place::person(person_id))?),
            }
            .insert(&*conn)
            .await?;
        }
    }
    Ok(Ok(get_entry(tx, reader, key, id).await?))
}

/// Checks `step` from the entry's status and claims the entry at `expected_version`, moving it
/// to the step's status: ILLEGAL_TRANSITION naming the status when the table does not allow
/// it, CONFLICT when someone else changed the entry first.
async fn advance(
    tx: &TenantTx,
    reader: IntakeAccess,
    current: &VisibleEntry,
    expected_version: i32,
    step: IntakeStep,
    on: NaiveDate,
) -> Result<std::result::Result<IntakeStatus, Vec<UserError>>> {
    if step.taker() == Taker::IntakeStaff {
        staff_only(reader)?;
    }
    if current.version != expected_version {
        return Err(stale(current.version));
    }
    let Some(to) = step.transition(current.status) else {
        return Ok(Err(err(
            &["input", "id"],
            "ILLEGAL_TRANSITION",
            format!(
                "an entry in status {} cannot take the step {}",
                current.status.as_str(),
                step.as_str().replace('_', " ")
            ),
        )));
    };
    let conn = tx.conn().await?;
    let claimed = tx
        .update_many::<entry::Entity>()
        .col_expr(entry::Column::Status, Expr::value(to))
        .col_expr(entry::Column::UpdatedAt, Expr::value(Utc::now()))
        .col_expr(entry::Column::Version, Expr::value(expected_version + 1))
        .filter(entry::Column::Id.eq(current.id))
        .filter(entry::Column::Version.eq(expected_version))
        .exec(&*conn)
        .await?;
    if claimed.rows_affected == 0 {
        return Err(stale(expected_version + 1));
    }
    if step.deadline() == Deadline::Meets {
        // The response deadline is met by the first response; later ones add to the record.
        tx.update_many::<entry::Entity>()
            .col_expr(entry::Column::RespondedOn, Expr::value(on))
            .filter(entry::Column::Id.eq(current.id))
            .filter(entry::Column::RespondedOn.is_null())
            .exec(&*conn)
            .await?;
    }
    Ok(Ok(to))
}

/// The day of a step: not in the future, not before the entry was received.
fn step_day(current: &VisibleEntry, on: NaiveDate) -> std::result::Result<(), Vec<UserError>> {
    if on > today() {
        return Err(err(
            &["input", "on"],
            "IN_FUTURE",
            "the day cannot be in the future",
        ));
    }
    if on < kernel::calendar::day_of(current.received_at) {
        return Err(err(
            &["input", "on"],
            "BEFORE_RECEIVED",
            "the day cannot be before the entry was received",
        ));
    }
    Ok(())
}

/// Sets the people the entry is assigned to (replacing the previous ones). Each must be an
/// active staff member of the municipality who is not its administrator. Intake staff only.
pub async fn assign(
    tx: &TenantTx,
    reader: IntakeAccess,
    key: &DataKey,
    id: Uuid,
    version: i32,
    users: Vec<Uuid>,
) -> Outcome {
    staff_only(reader)?;
    let current = get_entry(tx, reader, key, id).await?;
    let found = identity::find_users(tx, &users).await?;
    let mut errors = Vec::new();
    for (i, user) in users.iter().enumerate() {
        let ok = found
            .iter()
            .find(|u| u.id == *user)
            .is_some_and(|u| !u.disabled && !u.roles().contains(&Role::TenantAdmin));
        if !ok {
            errors.push(UserError::new(
                &["input", "userIds", &i.to_string()],
                "NOT_ASSIGNABLE",
                "an entry is assigned to active staff of the municipality, never its administrator",
            ));
        }
    }
    if !errors.is_empty() {
        return Ok(Err(errors));
    }
    if let Err(e) = advance(tx, reader, &current, version, IntakeStep::Assigned, today()).await? {
        return Ok(Err(e));
    }
    {
        let conn = tx.conn().await?;
        tx.delete_many::<assignee::Entity>()
            .filter(assignee::Column::EntryId.eq(id))
            .exec(&*conn)
            .await?;
        let mut seen = Vec::new();
        for user in users {
            if seen.contains(&user) {
                continue;
            }
            seen.push(user);
            assignee::ActiveModel {
                tenant_id: Set(tx.tenant()),
                entry_id: Set(id),
                user_id: Set(user),
                assigned_at: Set(Utc::now()),
            }
            .insert(&*conn)
            .await?;
        }
    }
    Ok(Ok(get_entry(tx, reader, key, id).await?))
}

/// Records what was done; the first response meets the response deadline. A referral names a
/// published help point of the municipality; a Blue Card is recorded by linking it
/// ([`link_blue_card`]).
pub async fn respond(
    tx: &TenantTx,
    reader: IntakeAccess,
    key: &DataKey,
    id: Uuid,
    version: i32,
    new: NewAction,
) -> Outcome {
    let current = get_entry(tx, reader, key, id).await?;
    if let Err(e) = step_day(&current, new.on) {
        return Ok(Err(e));
    }
    match (new.kind, new.help_point) {
        (IntakeActionKind::BlueCardOpened, _) => {
            return Ok(Err(err(
                &["input", "kind"],
                "INVALID",
                "a Blue Card opened on the entry is recorded with linkIntakeToBlueCard",
            )))
        }
        (IntakeActionKind::ReferredToHelpPoint, None) => {
            return Ok(Err(err(
                &["input", "helpPointId"],
                "REQUIRED",
                "name the help point the person was referred to",
            )))
        }
        (IntakeActionKind::ReferredToHelpPoint, Some(point)) => {
            let published = directory::published_points(tx).await?;
            if !published.iter().any(|p| p.id == point) {
                return Ok(Err(err(
                    &["input", "helpPointId"],
                    "NOT_FOUND",
                    "no published help point of the municipality has this ID",
                )));
            }
        }
        (_, Some(_)) => {
            return Ok(Err(err(
                &["input", "helpPointId"],
                "INVALID",
                "only a referral names a help point",
            )))
        }
        (_, None) => {}
    }
    if let Err(e) = advance(tx, reader, &current, version, IntakeStep::Responded, new.on).await? {
        return Ok(Err(e));
    }
    insert_action(tx, key, reader, id, &new, None).await?;
    Ok(Ok(get_entry(tx, reader, key, id).await?))
}

async fn insert_action(
    tx: &TenantTx,
    key: &DataKey,
    reader: IntakeAccess,
    entry_id: Uuid,
    new: &NewAction,
    blue_card: Option<Uuid>,
) -> Result<()> {
    let id = Uuid::now_v7();
    let conn = tx.conn().await?;
    action::ActiveModel {
        tenant_id: Set(tx.tenant()),
        id: Set(id),
        entry_id: Set(entry_id),
        kind: Set(new.kind),
        taken_on: Set(new.on),
        help_point_id: Set(new.help_point),
        blue_card_id: Set(blue_card),
        note_sealed: Set(new
            .note
            .as_ref()
            .map(|n| key.seal_json(n, &place::action(id)))
            .transpose()?),
        recorded_by: Set(reader.user()),
        recorded_at: Set(Utc::now()),
    }
    .insert(&*conn)
    .await?;
    Ok(())
}

/// Links the Blue Card opened on the entry (form NK-A filled from its prefill). The card must be
/// one the caller may see; need to know of the card is the procedure's and stays as it is.
pub async fn link_blue_card(
    tx: &TenantTx,
    staff: &StaffPrincipal,
    key: &DataKey,
    id: Uuid,
    version: i32,
    card: Uuid,
    on: NaiveDate,
) -> Outcome {
    let reader = crate::reader(staff);
    let current = get_entry(tx, reader, key, id).await?;
    if let Err(e) = step_day(&current, on) {
        return Ok(Err(e));
    }
    if current.blue_card_id.is_some() {
        return Ok(Err(err(
            &["input", "blueCardId"],
            "ALREADY_LINKED",
            "a Blue Card is already linked to this entry",
        )));
    }
    let cases_reader = cases::reader(tx, staff).await?;
    match cases::get_card(tx, cases_reader, key, card).await {
        Ok(seen) if seen.status.is_ended() => {
            return Ok(Err(err(
                &["input", "blueCardId"],
                "CARD_ENDED",
                "this Blue Card's procedure has ended; link a card whose procedure goes on",
            )))
        }
        Ok(_) => {}
        Err(Error::NotFound) => {
            return Ok(Err(err(
                &["input", "blueCardId"],
                "NOT_FOUND",
                "no Blue Card you may see has this ID",
            )))
        }
        Err(e) => return Err(e),
    }
    if let Err(e) = advance(
        tx,
        reader,
        &current,
        version,
        IntakeStep::BlueCardLinked,
        on,
    )
    .await?
    {
        return Ok(Err(e));
    }
    {
        let conn = tx.conn().await?;
        tx.update_many::<entry::Entity>()
            .col_expr(entry::Column::BlueCardId, Expr::value(card))
            .filter(entry::Column::Id.eq(id))
            .exec(&*conn)
            .await?;
    }
    let new = NewAction {
        kind: IntakeActionKind::BlueCardOpened,
        on,
        help_point: None,
        note: None,
    };
    insert_action(tx, key, reader, id, &new, Some(card)).await?;
    Ok(Ok(get_entry(tx, reader, key, id).await?))
}

/// Closes an entry that was responded to.
pub async fn close(
    tx: &TenantTx,
    reader: IntakeAccess,
    key: &DataKey,
    id: Uuid,
    version: i32,
    on: NaiveDate,
) -> Outcome {
    let current = get_entry(tx, reader, key, id).await?;
    if let Err(e) = step_day(&current, on) {
        return Ok(Err(e));
    }
    if let Err(e) = advance(tx, reader, &current, version, IntakeStep::Closed, on).await? {
        return Ok(Err(e));
    }
    {
        let conn = tx.conn().await?;
        tx.update_many::<entry::Entity>()
            .col_expr(entry::Column::ClosedOn, Expr::value(on))
            .filter(entry::Column::Id.eq(id))
            .exec(&*conn)
            .await?;
    }
    Ok(Ok(get_entry(tx, reader, key, id).await?))
}

/// A person as form NK-A asks for them, from an entry.
#[derive(Clone, Debug)]
pub struct PrefillPerson {
    pub role: PersonRole,
    pub data: PersonData,
}

/// What form NK-A can be filled with from an entry: the persons it is about, with what was said
/// as the form's description, and today as the day the procedure is initiated: the form filled
/// now starts it, not the report it answers (which the entry keeps).
#[derive(Clone, Debug)]
pub struct BlueCardPrefill {
    pub initiated_on: NaiveDate,
    pub persons: Vec<PrefillPerson>,
    pub description: String,
}

/// The NK-A prefill of a report the reader may see; a consultation is no report of violence
/// (NOT_A_REPORT).
pub async fn prefill(
    tx: &TenantTx,
    reader: IntakeAccess,
    key: &DataKey,
    id: Uuid,
) -> Result<std::result::Result<BlueCardPrefill, Vec<UserError>>> {
    let current = get_entry(tx, reader, key, id).await?;
    if current.kind != crate::domain::IntakeKind::Report {
        return Ok(Err(err(
            &["input", "id"],
            "NOT_A_REPORT",
            "only a report of suspected violence opens a Blue Card",
        )));
    }
    if current.status == IntakeStatus::Closed {
        return Ok(Err(err(
            &["input", "id"],
            "ILLEGAL_TRANSITION",
            "a closed entry opens no Blue Card",
        )));
    }
    let persons = crate::access::persons_of(tx, key, &[&current]).await?;
    Ok(Ok(BlueCardPrefill {
        initiated_on: kernel::calendar::today(),
        persons: persons
            .into_iter()
            .map(|p| PrefillPerson {
                role: p.role,
                data: p.data,
            })
            .collect(),
        description: current.content.account.clone(),
    }))
}
