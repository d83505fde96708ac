//! Use cases of family files: opening one (a social worker, naming the colleagues who work with
//! the family), correcting it and closing it, recording help given, and linking the Blue Card
//! opened for the family. Each
//! checks who may act first, then the input against what is stored; a refusal writes nothing.

use chrono::{NaiveDate, Utc};
use kernel::crypto::DataKey;
use kernel::{Error, Result, TenantTx, UserError};
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, QueryOrder, Set};
use uuid::Uuid;

use crate::access::{get_file, lock_file, FamilyAccess, VisibleFile};
use crate::domain::{FileClosure, NewFile, NewHelp};
use crate::store::{file, file_card, help, worker};
use crate::{place, HelpRecord};

/// A use case's answer: the record as it now is, or the userErrors that refused the input.
pub type Outcome<T> = Result<std::result::Result<T, Vec<UserError>>>;

fn refused<T>(field: &[&str], code: &str, message: impl Into<String>) -> Outcome<T> {
    Ok(Err(vec![UserError::new(field, code, message)]))
}

/// Opens a family's file; its opener and the staff named (active, not the administrator) work
/// with the family and so read the file. A social worker.
pub async fn open_file(
    tx: &TenantTx,
    reader: FamilyAccess,
    key: &DataKey,
    new: NewFile,
) -> Outcome<VisibleFile> {
    reader.require_social_worker()?;
    if new.opened_on > kernel::calendar::today() {
        return refused(
            &["input", "openedOn"],
            "IN_FUTURE",
            "the day cannot be in the future",
        );
    }
    let workers = match workers_named(tx, reader, &new.workers, &[]).await? {
        Ok(workers) => workers,
        Err(errors) => return Ok(Err(errors)),
    };
    let id = Uuid::now_v7();
    let now = Utc::now();
    {
        let conn = tx.conn().await?;
        file::ActiveModel {
            tenant_id: Set(tx.tenant()),
            id: Set(id),
            sealed: Set(key.seal_json(&new.data, &place::file(id))?),
            opened_on: Set(new.opened_on),
            opened_by: Set(reader.user()),
            created_at: Set(now),
            updated_at: Set(now),
            version: Set(1),
            closed_on: Set(None),
            closed_by: Set(None),
            closure_reason: Set(None),
        }
        .insert(&*conn)
        .await?;
        worker::Entity::insert_many(workers.into_iter().map(|user| worker::ActiveModel {
            tenant_id: Set(tx.tenant()),
            file_id: Set(id),
            user_id: Set(user),
        }))
        .exec(&*conn)
        .await?;
    }
    Ok(Ok(get_file(tx, reader, key, id).await?))
}

/// The staff working with a family as named, with whoever names them: each active and holding
/// a role that works with families (`NOT_ASSIGNABLE` on its position otherwise), once each.
async fn workers_named(
    tx: &TenantTx,
    reader: FamilyAccess,
    named: &[Uuid],
    already: &[Uuid],
) -> Outcome<Vec<Uuid>> {
    let found = identity::find_users(tx, named).await?;
    let mut errors = Vec::new();
    for (i, user) in named.iter().enumerate() {
        // A colleague already on the file stays until taken off, whatever their roles now
        // (reading follows their roles at each request).
        if *user == reader.user() || already.contains(user) {
            continue;
        }
        let works = found
            .iter()
            .find(|u| u.id == *user)
            .is_some_and(|u| !u.disabled && crate::works_with_families(u.roles().iter()));
        if !works {
            let index = i.to_string();
            errors.push(UserError::new(
                &["input", "workerIds", &index],
                "NOT_ASSIGNABLE",
                "a family's file is worked on by the municipality's active social workers and team members, not its administrator",
            ));
        }
    }
    if !errors.is_empty() {
        return Ok(Err(errors));
    }
    let mut workers: Vec<Uuid> = named.to_vec();
    workers.push(reader.user());
    workers.sort();
    workers.dedup();
    Ok(Ok(workers))
}

/// The file at `version`, still open: CONFLICT for a stale version, `FILE_CLOSED` once the
/// work with the family ended.
async fn open_at(
    tx: &TenantTx,
    reader: FamilyAccess,
    key: &DataKey,
    id: Uuid,
    version: i32,
) -> Outcome<VisibleFile> {
    let found = lock_file(tx, reader, key, id).await?;
    if found.version != version {
        return Err(stale());
    }
    if let Some(problem) = closed_problem(&found, "id") {
        return Ok(Err(problem));
    }
    Ok(Ok(found))
}

fn stale() -> Error {
    Error::Conflict("this family's file was changed by someone else; reload and try again".into())
}

pub(crate) fn closed_problem(file: &VisibleFile, field: &str) -> Option<Vec<UserError>> {
    file.closed.map(|(on, _)| {
        vec![UserError::new(
            &["input", field],
            "FILE_CLOSED",
            format!("the work with the family ended on {on}"),
        )]
    })
}

/// Moves the file to its next version with `change` (CONFLICT when someone changed it first).
async fn bump(
    tx: &TenantTx,
    found: &VisibleFile,
    change: sea_orm::UpdateMany<file::Entity>,
) -> Result<()> {
    let conn = tx.conn().await?;
    let claimed = change
        .col_expr(file::Column::UpdatedAt, Expr::value(Utc::now()))
        .col_expr(file::Column::Version, Expr::value(found.version + 1))
        .filter(file::Column::Id.eq(found.id))
        .filter(file::Column::Version.eq(found.version))
        .exec(&*conn)
        .await?;
    if claimed.rows_affected == 0 {
        return Err(stale());
    }
    Ok(())
}

/// Corrects who the family is, the day the work started (not in the future, not after help
/// already given) and who works with it: a colleague taken off reads the file no more; the
/// corrector always stays. An open file, at its version; its workers.
pub async fn correct_file(
    tx: &TenantTx,
    reader: FamilyAccess,
    key: &DataKey,
    id: Uuid,
    version: i32,
    change: NewFile,
) -> Outcome<VisibleFile> {
    let found = match open_at(tx, reader, key, id, version).await? {
        Ok(found) => found,
        Err(errors) => return Ok(Err(errors)),
    };
    if change.opened_on > kernel::calendar::today() {
        return refused(
            &["input", "openedOn"],
            "IN_FUTURE",
            "the day cannot be in the future",
        );
    }
    if let Some(first) = first_help(tx, found.id).await? {
        if change.opened_on > first {
            return refused(
                &["input", "openedOn"],
                "AFTER_HELP",
                format!("help was given on {first}, before that day"),
            );
        }
    }
    let present: Vec<Uuid> = crate::workers_of(tx, &[&found])
        .await?
        .into_iter()
        .map(|(_, user)| user)
        .collect();
    let workers = match workers_named(tx, reader, &change.workers, &present).await? {
        Ok(workers) => workers,
        Err(errors) => return Ok(Err(errors)),
    };
    let sealed = key.seal_json(&change.data, &place::file(found.id))?;
    bump(
        tx,
        &found,
        tx.update_many::<file::Entity>()
            .col_expr(file::Column::Sealed, Expr::value(sealed))
            .col_expr(file::Column::OpenedOn, Expr::value(change.opened_on)),
    )
    .await?;
    {
        let conn = tx.conn().await?;
        tx.delete_many::<worker::Entity>()
            .filter(worker::Column::FileId.eq(found.id))
            .filter(worker::Column::UserId.is_not_in(workers.iter().copied()))
            .exec(&*conn)
            .await?;
        let kept: Vec<Uuid> = tx
            .select::<worker::Entity>()
            .filter(worker::Column::FileId.eq(found.id))
            .all(&*conn)
            .await?
            .into_iter()
            .map(|w| w.user_id)
            .collect();
        let added: Vec<Uuid> = workers.into_iter().filter(|w| !kept.contains(w)).collect();
        if !added.is_empty() {
            worker::Entity::insert_many(added.into_iter().map(|user| worker::ActiveModel {
                tenant_id: Set(tx.tenant()),
                file_id: Set(found.id),
                user_id: Set(user),
            }))
            .exec(&*conn)
            .await?;
        }
    }
    Ok(Ok(get_file(tx, reader, key, found.id).await?))
}

/// Ends the work with the family: the day (not in the future, not before the file was opened
/// nor before help given) and why. The file is kept for reading and changes no more. An open
/// file, at its version; its workers.
pub async fn close_file(
    tx: &TenantTx,
    reader: FamilyAccess,
    key: &DataKey,
    id: Uuid,
    version: i32,
    on: NaiveDate,
    reason: FileClosure,
) -> Outcome<VisibleFile> {
    let found = match open_at(tx, reader, key, id, version).await? {
        Ok(found) => found,
        Err(errors) => return Ok(Err(errors)),
    };
    if crate::access::has_contract_in_force(tx, found.id).await? {
        return refused(
            &["input", "id"],
            "CONTRACT_IN_FORCE",
            "settle the family's social contract before the work ends",
        );
    }
    if on > kernel::calendar::today() {
        return refused(
            &["input", "closedOn"],
            "IN_FUTURE",
            "the day cannot be in the future",
        );
    }
    let last = last_help(tx, found.id).await?;
    let earliest = last.map_or(found.opened_on, |l| l.max(found.opened_on));
    if on < earliest {
        return refused(
            &["input", "closedOn"],
            "TOO_EARLY",
            format!("the file holds work until {earliest}"),
        );
    }
    bump(
        tx,
        &found,
        tx.update_many::<file::Entity>()
            .col_expr(file::Column::ClosedOn, Expr::value(on))
            .col_expr(file::Column::ClosedBy, Expr::value(reader.user()))
            .col_expr(file::Column::ClosureReason, Expr::value(reason)),
    )
    .await?;
    Ok(Ok(get_file(tx, reader, key, found.id).await?))
}

/// The day help was first (or last) given under a file.
async fn help_day(tx: &TenantTx, file_id: Uuid, first: bool) -> Result<Option<NaiveDate>> {
    let conn = tx.conn().await?;
    let query = tx
        .select::<help::Entity>()
        .filter(help::Column::FileId.eq(file_id))
        .filter(help::Column::WithdrawnAt.is_null());
    let query = if first {
        query.order_by_asc(help::Column::OccurredOn)
    } else {
        query.order_by_desc(help::Column::OccurredOn)
    };
    Ok(query.one(&*conn).await?.map(|h| h.occurred_on))
}

async fn first_help(tx: &TenantTx, file_id: Uuid) -> Result<Option<NaiveDate>> {
    help_day(tx, file_id, true).await
}

async fn last_help(tx: &TenantTx, file_id: Uuid) -> Result<Option<NaiveDate>> {
    help_day(tx, file_id, false).await
}

/// Records help given to the family: a consultation or an intervention names its variant; the
/// day is not before the file was opened nor in the future. The family's workers.
pub async fn record_help(
    tx: &TenantTx,
    reader: FamilyAccess,
    key: &DataKey,
    new: NewHelp,
) -> Outcome<HelpRecord> {
    let found = lock_file(tx, reader, key, new.file_id).await?;
    if new.kind == cases::domain::WorkKind::SocialContract {
        return refused(
            &["input", "kind"],
            "CONCLUDE_CONTRACT",
            "a social contract is concluded with its terms, and counted then",
        );
    }
    insert_help(tx, reader, key, &found, new, None).await
}

/// Help given under `found`, checked against the file (open, not before it was opened, not in
/// the future); `contract` names the social contract it counts.
pub(crate) async fn insert_help(
    tx: &TenantTx,
    reader: FamilyAccess,
    key: &DataKey,
    found: &VisibleFile,
    new: NewHelp,
    contract: Option<Uuid>,
) -> Outcome<HelpRecord> {
    if let Some(problem) = closed_problem(found, "fileId") {
        return Ok(Err(problem));
    }
    if let Some(problem) = new.kind.variant_problem(new.variant) {
        return Ok(Err(vec![problem]));
    }
    if new.occurred_on > kernel::calendar::today() {
        return refused(
            &["input", "occurredOn"],
            "IN_FUTURE",
            "the day cannot be in the future",
        );
    }
    if new.occurred_on < found.opened_on {
        return refused(
            &["input", "occurredOn"],
            "TOO_EARLY",
            format!("the file was opened on {}", found.opened_on),
        );
    }
    let id = Uuid::now_v7();
    let note_sealed = new
        .note
        .as_deref()
        .map(|n| key.seal(n.as_bytes(), &place::help(id)))
        .transpose()?;
    let conn = tx.conn().await?;
    help::ActiveModel {
        tenant_id: Set(tx.tenant()),
        id: Set(id),
        file_id: Set(found.id),
        kind: Set(new.kind),
        variant: Set(new.variant),
        occurred_on: Set(new.occurred_on),
        recorded_by: Set(reader.user()),
        note_sealed: Set(note_sealed),
        created_at: Set(Utc::now()),
        withdrawn_at: Set(None),
        withdrawn_by: Set(None),
        contract_id: Set(contract),
    }
    .insert(&*conn)
    .await?;
    Ok(Ok(HelpRecord {
        id,
        file_id: found.id,
        kind: new.kind,
        variant: new.variant,
        occurred_on: new.occurred_on,
        recorded_by: reader.user(),
        note: new.note,
    }))
}

/// Withdraws help recorded by mistake under an open file: it leaves the file's list and the
/// statistics; the audit trail keeps that it was recorded. Help that is not the file's, or
/// withdrawn already, is NOT_FOUND. Those working with the family.
pub async fn withdraw_help(
    tx: &TenantTx,
    reader: FamilyAccess,
    key: &DataKey,
    file_id: Uuid,
    help_id: Uuid,
) -> Outcome<VisibleFile> {
    let found = lock_file(tx, reader, key, file_id).await?;
    if let Some(problem) = closed_problem(&found, "fileId") {
        return Ok(Err(problem));
    }
    let conn = tx.conn().await?;
    let withdrawn = tx
        .update_many::<help::Entity>()
        .col_expr(help::Column::WithdrawnAt, Expr::value(Utc::now()))
        .col_expr(help::Column::WithdrawnBy, Expr::value(reader.user()))
        .filter(help::Column::Id.eq(help_id))
        .filter(help::Column::FileId.eq(found.id))
        .filter(help::Column::WithdrawnAt.is_null())
        // A contract's help counts the contract: it is settled (or terminated), not withdrawn.
        .filter(help::Column::ContractId.is_null())
        .exec(&*conn)
        .await?;
    drop(conn);
    if withdrawn.rows_affected == 0 {
        tx.deny(crate::ids::help_gid(help_id));
        return Err(Error::NotFound);
    }
    tx.touch(crate::ids::help_gid(help_id));
    Ok(Ok(found))
}

/// Links a Blue Card opened for the family to its file: a worker of the file who sees the card
/// (a card the reader may not see is NOT_FOUND, as one that does not exist). A file may hold
/// several cards; linking one already linked changes nothing. The file's version does not
/// move: it would tell a colleague on the file who may not see the card that one exists.
pub async fn link_card(
    tx: &TenantTx,
    reader: FamilyAccess,
    cases_reader: cases::CaseAccess,
    key: &DataKey,
    file_id: Uuid,
    card_id: Uuid,
) -> Outcome<VisibleFile> {
    let found = get_file(tx, reader, key, file_id).await?;
    let card = cases::get_card(tx, cases_reader, key, card_id).await?;
    {
        let conn = tx.conn().await?;
        let row = file_card::ActiveModel {
            tenant_id: Set(tx.tenant()),
            file_id: Set(found.id),
            card_id: Set(card.id),
            linked_at: Set(Utc::now()),
            linked_by: Set(reader.user()),
        };
        kernel::unique::insert(&conn, row).await?;
    }
    Ok(Ok(found))
}
