//! Use cases of family files: opening one (a social worker, naming the colleagues who work with
//! the family), recording help given, and linking the Blue Card opened for the family. Each
//! checks who may act first, then the input against what is stored; a refusal writes nothing.

use chrono::Utc;
use kernel::crypto::DataKey;
use kernel::{Result, TenantTx, UserError};
use sea_orm::{ActiveModelTrait, EntityTrait, Set};
use uuid::Uuid;

use crate::access::{get_file, FamilyAccess, VisibleFile};
use crate::domain::{NewFile, NewHelp};
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
    let found = identity::find_users(tx, &new.workers).await?;
    let mut errors = Vec::new();
    for (i, user) in new.workers.iter().enumerate() {
        if *user == reader.user() {
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
    let mut workers: Vec<Uuid> = new.workers.clone();
    workers.push(reader.user());
    workers.sort();
    workers.dedup();
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

/// Records help given to the family: a consultation or an intervention names its variant; the
/// day is not before the file was opened nor in the future. The family's workers.
pub async fn record_help(
    tx: &TenantTx,
    reader: FamilyAccess,
    key: &DataKey,
    new: NewHelp,
) -> Outcome<HelpRecord> {
    let found = get_file(tx, reader, key, new.file_id).await?;
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
