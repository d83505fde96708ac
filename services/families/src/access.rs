//! Need to know in family files: a file is read by the staff working with the family (its
//! workers) while they still hold a role that works with families, nobody else — not the
//! administrator (even holding another role), not the team's chair as such. To anyone else a
//! file answers exactly like one that does not exist. Every read of files starts from
//! [`visible_files`].

use kernel::crypto::DataKey;
use kernel::page::Page;
use kernel::principal::StaffPrincipal;
use kernel::{Error, Result, Role, TenantTx};
use sea_orm::sea_query::Query;
use sea_orm::{ColumnTrait, QueryFilter, QueryOrder, QuerySelect, Select};
use uuid::Uuid;

use crate::store::{file, file_card, help, worker};
use crate::{ids, place, FamilyFile, HelpRecord};

/// Need to know as a value: who reads, whether they work with families at all, and whether
/// they are a social worker (who opens files). Only [`reader`] makes one.
#[derive(Clone, Copy, Debug)]
pub struct FamilyAccess {
    user: Uuid,
    works_with_families: bool,
    social_worker: bool,
}

impl FamilyAccess {
    pub fn user(&self) -> Uuid {
        self.user
    }

    /// FORBIDDEN unless the reader is a social worker: they open files for families.
    pub fn require_social_worker(&self) -> Result<()> {
        if self.social_worker {
            Ok(())
        } else {
            Err(Error::Forbidden(
                "only a social worker opens a family's file".to_owned(),
            ))
        }
    }
}

/// The roles whose holders work with families: social workers and the team's members. Read
/// from the principal of each request, so a role taken away ends the reading of every file at
/// the next request.
pub const FAMILY_ROLES: [Role; 3] = [Role::SocialWorker, Role::TeamMember, Role::TeamChair];

/// Whether someone holding `roles` may work with families: one of [`FAMILY_ROLES`], and never
/// the administrator, who must not read case data whatever else they hold.
pub fn works_with_families<'a>(roles: impl IntoIterator<Item = &'a Role>) -> bool {
    let held: Vec<&Role> = roles.into_iter().collect();
    !held.contains(&&Role::TenantAdmin) && FAMILY_ROLES.iter().any(|r| held.contains(&r))
}

/// The signed-in staff member's need to know.
pub fn reader(staff: &StaffPrincipal) -> FamilyAccess {
    let works = works_with_families(staff.roles.iter());
    FamilyAccess {
        user: staff.user,
        works_with_families: works,
        social_worker: works && staff.roles.contains(&Role::SocialWorker),
    }
}

/// A file that passed the reader's need to know. Only this module makes one.
#[derive(Clone, Debug)]
pub struct VisibleFile(FamilyFile);

impl std::ops::Deref for VisibleFile {
    type Target = FamilyFile;

    fn deref(&self) -> &FamilyFile {
        &self.0
    }
}

/// The IDs of the files the reader works on (whatever their roles: [`visible_files`] adds that).
pub(crate) fn worked_on(
    tx: &TenantTx,
    reader: FamilyAccess,
) -> sea_orm::sea_query::SelectStatement {
    Query::select()
        .column(worker::Column::FileId)
        .from(worker::Entity)
        .and_where(tx.scope::<worker::Entity>())
        .and_where(worker::Column::UserId.eq(reader.user()))
        .to_owned()
}

/// Whether the reader's roles work with families now.
pub(crate) fn works(reader: FamilyAccess) -> bool {
    reader.works_with_families
}

/// The files of the transaction's tenant the reader works on; none for a reader whose roles no
/// longer work with families.
fn visible_files(tx: &TenantTx, reader: FamilyAccess) -> Select<file::Entity> {
    let select = tx
        .select::<file::Entity>()
        .filter(file::Column::Id.in_subquery(worked_on(tx, reader)));
    if reader.works_with_families {
        select
    } else {
        select.filter(sea_orm::sea_query::Expr::value(false))
    }
}

fn file_from(m: file::Model, key: &DataKey) -> Result<FamilyFile> {
    Ok(FamilyFile {
        data: key.open_json(&m.sealed, &place::file(m.id))?,
        id: m.id,
        opened_on: m.opened_on,
        opened_by: m.opened_by,
        created_at: m.created_at,
        version: m.version,
        closed: m.closed_on.zip(m.closure_reason),
    })
}

fn seen(tx: &TenantTx, rows: Vec<file::Model>, key: &DataKey) -> Result<Vec<VisibleFile>> {
    rows.into_iter()
        .map(|m| {
            tx.touch(ids::file_gid(m.id));
            file_from(m, key).map(VisibleFile)
        })
        .collect()
}

/// Every file of the municipality whose family `names` (opened in the server to look), each
/// one found in the audit trail: for the data-protection officer's access export, outside need
/// to know by design.
pub(crate) async fn files_naming(
    tx: &TenantTx,
    key: &DataKey,
    names: impl Fn(&crate::domain::FamilyData) -> bool,
) -> Result<Vec<VisibleFile>> {
    let rows = {
        let conn = tx.conn().await?;
        tx.select::<file::Entity>()
            .order_by_asc(file::Column::OpenedOn)
            .all(&*conn)
            .await?
    };
    let mut found = Vec::new();
    for m in rows {
        let file = file_from(m, key)?;
        if names(&file.data) {
            tx.touch(ids::file_gid(file.id));
            found.push(VisibleFile(file));
        }
    }
    Ok(found)
}

/// The files among `ids` the reader may see, each in the audit trail (the others as refused).
pub async fn find_files(
    tx: &TenantTx,
    reader: FamilyAccess,
    key: &DataKey,
    ids: &[Uuid],
) -> Result<Vec<VisibleFile>> {
    let rows = {
        let conn = tx.conn().await?;
        visible_files(tx, reader)
            .filter(file::Column::Id.is_in(ids.iter().copied()))
            .all(&*conn)
            .await?
    };
    for id in ids.iter().filter(|id| !rows.iter().any(|m| m.id == **id)) {
        tx.deny(ids::file_gid(*id));
    }
    seen(tx, rows, key)
}

/// One file the reader may see; NOT_FOUND otherwise, as for one that does not exist.
pub async fn get_file(
    tx: &TenantTx,
    reader: FamilyAccess,
    key: &DataKey,
    id: Uuid,
) -> Result<VisibleFile> {
    find_files(tx, reader, key, &[id])
        .await?
        .pop()
        .ok_or(Error::NotFound)
}

/// One file the reader may see, locked until the transaction ends and read again under the
/// lock: a change to the file or its help (closing it, recording help, correcting it) waits
/// for another in flight, so that it decides on what is stored (PostgreSQL; SQLite's write
/// lock serialises). NOT_FOUND as [`get_file`].
pub async fn lock_file(
    tx: &TenantTx,
    reader: FamilyAccess,
    key: &DataKey,
    id: Uuid,
) -> Result<VisibleFile> {
    use sea_orm::QuerySelect;
    let seen = get_file(tx, reader, key, id).await?;
    {
        let conn = tx.conn().await?;
        let query = tx.select_by_id::<file::Entity>(seen.id);
        let query = if tx.backend() == kernel::Backend::Postgres {
            query.lock_exclusive()
        } else {
            query
        };
        query.one(&*conn).await?.ok_or(Error::NotFound)?;
    }
    // Read again under the lock, need to know included: a colleague taken off the file while
    // this waited finds it gone.
    get_file(tx, reader, key, seen.id).await
}

/// A page of the reader's files, the newest first.
pub async fn list_files(
    tx: &TenantTx,
    reader: FamilyAccess,
    key: &DataKey,
    page: &Page,
) -> Result<Vec<VisibleFile>> {
    let rows = {
        let conn = tx.conn().await?;
        let mut query = visible_files(tx, reader).order_by_desc(file::Column::Id);
        if let Some(after) = page.after() {
            query = query.filter(file::Column::Id.lt(after));
        }
        query.limit(page.fetch()).all(&*conn).await?
    };
    seen(tx, rows, key)
}

/// The people working with each of `files`.
pub async fn workers_of(tx: &TenantTx, files: &[&VisibleFile]) -> Result<Vec<(Uuid, Uuid)>> {
    let conn = tx.conn().await?;
    Ok(tx
        .select::<worker::Entity>()
        .filter(worker::Column::FileId.is_in(files.iter().map(|f| f.id)))
        .all(&*conn)
        .await?
        .into_iter()
        .map(|w| (w.file_id, w.user_id))
        .collect())
}

/// The Blue Cards linked to each of `files` (to be shown only as far as the reader sees them).
pub async fn cards_of(tx: &TenantTx, files: &[&VisibleFile]) -> Result<Vec<(Uuid, Uuid)>> {
    let conn = tx.conn().await?;
    Ok(tx
        .select::<file_card::Entity>()
        .filter(file_card::Column::FileId.is_in(files.iter().map(|f| f.id)))
        .order_by_asc(file_card::Column::LinkedAt)
        .all(&*conn)
        .await?
        .into_iter()
        .map(|l| (l.file_id, l.card_id))
        .collect())
}

/// The help given under each of `files`, the latest first.
pub async fn help_of(
    tx: &TenantTx,
    key: &DataKey,
    files: &[&VisibleFile],
) -> Result<Vec<HelpRecord>> {
    Ok(help_records(tx, key, files, false)
        .await?
        .into_iter()
        .map(|(h, _)| h)
        .collect())
}

/// The help recorded under each of `files`, the latest first, with when each was withdrawn:
/// `withdrawn` includes those withdrawn (an access export holds them too).
pub(crate) async fn help_records(
    tx: &TenantTx,
    key: &DataKey,
    files: &[&VisibleFile],
    withdrawn: bool,
) -> Result<Vec<(HelpRecord, Option<chrono::DateTime<chrono::Utc>>)>> {
    let rows = {
        let conn = tx.conn().await?;
        let mut select = tx
            .select::<help::Entity>()
            .filter(help::Column::FileId.is_in(files.iter().map(|f| f.id)));
        if !withdrawn {
            select = select.filter(help::Column::WithdrawnAt.is_null());
        }
        select
            .order_by_desc(help::Column::OccurredOn)
            .order_by_desc(help::Column::Id)
            .all(&*conn)
            .await?
    };
    rows.into_iter()
        .map(|m| {
            let withdrawn_at = m.withdrawn_at;
            let record = HelpRecord {
                note: m
                    .note_sealed
                    .as_deref()
                    .map(|n| {
                        key.open(n, &place::help(m.id)).and_then(|b| {
                            String::from_utf8(b)
                                .map_err(|_| Error::internal("a help note is not UTF-8"))
                        })
                    })
                    .transpose()?,
                id: m.id,
                file_id: m.file_id,
                kind: m.kind,
                variant: m.variant,
                occurred_on: m.occurred_on,
                recorded_by: m.recorded_by,
            };
            Ok((record, withdrawn_at))
        })
        .collect()
}

/// Whether the file holds a contract not yet settled (the work with the family cannot end
/// before it is).
pub(crate) async fn has_contract_in_force(tx: &TenantTx, file_id: Uuid) -> Result<bool> {
    let conn = tx.conn().await?;
    Ok(tx
        .select::<crate::store::contract::Entity>()
        .filter(crate::store::contract::Column::FileId.eq(file_id))
        .filter(crate::store::contract::Column::Outcome.is_null())
        .one(&*conn)
        .await?
        .is_some())
}
