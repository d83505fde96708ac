//! Need to know in the intake register. An entry is read by the municipality's intake staff and
//! by the people it is assigned to; never by an administrator (even one holding the intake
//! role), nor by other staff. To anyone else it answers exactly like an entry that does not
//! exist. Every read of entries starts from [`visible_entries`].

use kernel::crypto::DataKey;
use kernel::principal::StaffPrincipal;
use kernel::{Result, Role, TenantTx};
use sea_orm::sea_query::Query;
use sea_orm::{ColumnTrait, QueryFilter, QueryOrder, QuerySelect, Select};
use uuid::Uuid;

use crate::domain::IntakeKind;
use crate::lifecycle::IntakeStatus;
use crate::store::{action, assignee, entry, person};
use crate::{ids, place, Action, Assignee, IntakeEntry, IntakePerson};

/// Need to know as a value: who reads, and whether they are the municipality's intake staff
/// (who see every entry). Only [`reader`] makes one, from the signed-in staff member's roles.
#[derive(Clone, Copy, Debug)]
pub struct IntakeAccess {
    user: Uuid,
    staff: bool,
    admin: bool,
}

impl IntakeAccess {
    pub fn user(&self) -> Uuid {
        self.user
    }

    /// The municipality's intake staff, who see every entry and record, assign and count them.
    pub fn is_intake_staff(&self) -> bool {
        self.staff
    }
}

/// The reader's need to know. An administrator is never intake staff: the register is kept
/// from whoever administers the municipality's accounts.
pub fn reader(staff: &StaffPrincipal) -> IntakeAccess {
    IntakeAccess {
        user: staff.user,
        staff: staff.roles.contains(&Role::IntakeStaff)
            && !staff.roles.contains(&Role::TenantAdmin),
        admin: staff.roles.contains(&Role::TenantAdmin),
    }
}

/// An entry that passed the reader's need to know. Only this module makes one, and only a
/// `VisibleEntry` becomes a GraphQL object.
#[derive(Clone)]
pub struct VisibleEntry(IntakeEntry);

impl std::ops::Deref for VisibleEntry {
    type Target = IntakeEntry;

    fn deref(&self) -> &IntakeEntry {
        &self.0
    }
}

/// The entries of the transaction's tenant the reader may see.
pub(crate) fn visible_entries(tx: &TenantTx, reader: IntakeAccess) -> Select<entry::Entity> {
    let entries = tx.select::<entry::Entity>();
    if reader.is_intake_staff() {
        return entries;
    }
    // An entry assigned before its assignee became an administrator is not theirs to read.
    if reader.admin {
        return entries.filter(entry::Column::Id.is_in(Vec::<Uuid>::new()));
    }
    entries.filter(
        entry::Column::Id.in_subquery(
            Query::select()
                .column(assignee::Column::EntryId)
                .from(assignee::Entity)
                .and_where(tx.scope::<assignee::Entity>())
                .and_where(assignee::Column::UserId.eq(reader.user()))
                .to_owned(),
        ),
    )
}

pub(crate) fn entry_from(m: entry::Model, key: &DataKey) -> Result<IntakeEntry> {
    Ok(IntakeEntry {
        content: key.open_json(&m.sealed, &place::entry(m.id))?,
        id: m.id,
        received_at: m.received_at,
        channel: m.channel,
        kind: m.kind,
        urgency: m.urgency,
        status: m.status,
        taken_by: m.taken_by,
        reporter_anonymous: m.reporter_anonymous,
        response_due_on: m.response_due_on,
        responded_on: m.responded_on,
        closed_on: m.closed_on,
        blue_card_id: m.blue_card_id,
        created_at: m.created_at,
        updated_at: m.updated_at,
        version: m.version,
    })
}

/// The entries among `ids` the reader may see, each recorded in the audit trail (the others as
/// refused).
pub async fn find_entries(
    tx: &TenantTx,
    reader: IntakeAccess,
    key: &DataKey,
    ids: &[Uuid],
) -> Result<Vec<VisibleEntry>> {
    let rows = {
        let conn = tx.conn().await?;
        visible_entries(tx, reader)
            .filter(entry::Column::Id.is_in(ids.iter().copied()))
            .all(&*conn)
            .await?
    };
    for id in ids.iter().filter(|id| !rows.iter().any(|m| m.id == **id)) {
        tx.deny(ids::entry_gid(*id));
    }
    rows.into_iter()
        .map(|m| {
            tx.touch(ids::entry_gid(m.id));
            entry_from(m, key).map(VisibleEntry)
        })
        .collect()
}

/// Whether the reader may see the entry now, without reading it (for notices, which name the
/// entry only).
/// Whether the reader may see any entry at all: intake staff, or someone an entry is assigned
/// to (whatever its state). An administrator never.
pub async fn sees_any(tx: &TenantTx, reader: IntakeAccess) -> Result<bool> {
    if reader.is_intake_staff() {
        return Ok(true);
    }
    if reader.admin {
        return Ok(false);
    }
    let conn = tx.conn().await?;
    Ok(tx
        .select::<assignee::Entity>()
        .select_only()
        .column(assignee::Column::EntryId)
        .filter(assignee::Column::UserId.eq(reader.user()))
        .into_tuple::<Uuid>()
        .one(&*conn)
        .await?
        .is_some())
}

pub async fn may_see(tx: &TenantTx, reader: IntakeAccess, entry_id: Uuid) -> Result<bool> {
    let conn = tx.conn().await?;
    Ok(visible_entries(tx, reader)
        .select_only()
        .column(entry::Column::Id)
        .filter(entry::Column::Id.eq(entry_id))
        .into_tuple::<Uuid>()
        .one(&*conn)
        .await?
        .is_some())
}

/// One entry the reader may see; NOT_FOUND otherwise, exactly as for one that does not exist.
pub async fn get_entry(
    tx: &TenantTx,
    reader: IntakeAccess,
    key: &DataKey,
    id: Uuid,
) -> Result<VisibleEntry> {
    find_entries(tx, reader, key, &[id])
        .await?
        .pop()
        .ok_or(kernel::Error::NotFound)
}

/// Filter of the register: every field given must match.
#[derive(Default)]
pub struct EntryFilter {
    pub status: Option<IntakeStatus>,
    pub kind: Option<IntakeKind>,
    /// Entries about a person with this PESEL.
    pub pesel: Option<kernel::pesel::Pesel>,
}

/// Entries the reader may see, newest first, after the cursor `before` (an entry id).
pub async fn list_entries(
    tx: &TenantTx,
    reader: IntakeAccess,
    key: &DataKey,
    filter: &EntryFilter,
    before: Option<Uuid>,
    limit: u64,
) -> Result<Vec<VisibleEntry>> {
    let rows = {
        let conn = tx.conn().await?;
        let mut query = visible_entries(tx, reader)
            .order_by_desc(entry::Column::Id)
            .limit(limit);
        if let Some(before) = before {
            query = query.filter(entry::Column::Id.lt(before));
        }
        if let Some(status) = filter.status {
            query = query.filter(entry::Column::Status.eq(status));
        }
        if let Some(kind) = filter.kind {
            query = query.filter(entry::Column::Kind.eq(kind));
        }
        if let Some(pesel) = &filter.pesel {
            query = query.filter(
                entry::Column::Id.in_subquery(
                    Query::select()
                        .column(person::Column::EntryId)
                        .from(person::Entity)
                        .and_where(tx.scope::<person::Entity>())
                        .and_where(person::Column::PeselIndex.eq(pesel_index(key, pesel)))
                        .to_owned(),
                ),
            );
        }
        query.all(&*conn).await?
    };
    rows.into_iter()
        .map(|m| {
            tx.touch(ids::entry_gid(m.id));
            entry_from(m, key).map(VisibleEntry)
        })
        .collect()
}

pub(crate) fn pesel_index(key: &DataKey, pesel: &kernel::pesel::Pesel) -> String {
    key.blind_index("pesel", pesel.as_str())
}

/// Persons of entries that passed need to know, in the order they were recorded.
pub async fn persons_of(
    tx: &TenantTx,
    key: &DataKey,
    entries: &[&VisibleEntry],
) -> Result<Vec<IntakePerson>> {
    let rows = {
        let conn = tx.conn().await?;
        tx.select::<person::Entity>()
            .filter(person::Column::EntryId.is_in(entries.iter().map(|e| e.id)))
            .order_by_asc(person::Column::Id)
            .all(&*conn)
            .await?
    };
    rows.into_iter()
        .map(|m| {
            Ok(IntakePerson {
                data: key.open_json(&m.sealed, &place::person(m.id))?,
                id: m.id,
                entry_id: m.entry_id,
                role: m.role,
            })
        })
        .collect()
}

/// Who entries that passed need to know are assigned to.
pub async fn assignees_of(tx: &TenantTx, entries: &[&VisibleEntry]) -> Result<Vec<Assignee>> {
    let conn = tx.conn().await?;
    Ok(tx
        .select::<assignee::Entity>()
        .filter(assignee::Column::EntryId.is_in(entries.iter().map(|e| e.id)))
        .order_by_asc(assignee::Column::AssignedAt)
        .all(&*conn)
        .await?
        .into_iter()
        .map(|m| Assignee {
            entry_id: m.entry_id,
            user_id: m.user_id,
            assigned_at: m.assigned_at,
        })
        .collect())
}

/// What was done about entries that passed need to know, in order.
pub async fn actions_of(
    tx: &TenantTx,
    key: &DataKey,
    entries: &[&VisibleEntry],
) -> Result<Vec<Action>> {
    let rows = {
        let conn = tx.conn().await?;
        tx.select::<action::Entity>()
            .filter(action::Column::EntryId.is_in(entries.iter().map(|e| e.id)))
            .order_by_asc(action::Column::Id)
            .all(&*conn)
            .await?
    };
    rows.into_iter()
        .map(|m| {
            Ok(Action {
                note: m
                    .note_sealed
                    .as_deref()
                    .map(|s| key.open_json::<String>(s, &place::action(m.id)))
                    .transpose()?,
                id: m.id,
                entry_id: m.entry_id,
                kind: m.kind,
                taken_on: m.taken_on,
                help_point_id: m.help_point_id,
                blue_card_id: m.blue_card_id,
                recorded_by: m.recorded_by,
            })
        })
        .collect()
}
