//! Need to know in programmes. Programmes and editions, with their counts, are read by every
//! staff member of the municipality (a group member picks an edition to refer someone to); a
//! participant only by the people running the participant's edition, never by an
//! administrator, even one named among them. To anyone else an enrolment answers exactly like
//! one that does not exist. Every read of enrolments starts from [`visible_enrolments`].

use std::collections::BTreeMap;

use kernel::crypto::DataKey;
use kernel::principal::StaffPrincipal;
use kernel::{Error, Result, Role, TenantTx};
use sea_orm::sea_query::{Expr, Query};
use sea_orm::{ColumnTrait, ExprTrait, QueryFilter, QueryOrder, QuerySelect, Select};
use uuid::Uuid;

use crate::domain::EnrolmentStatus;
use crate::store::{edition, enrolment, programme, staff};
use crate::{ids, place, Edition, EditionCounts, EditionStaff, Enrolment, Programme};

/// Need to know as a value: who reads, and whether they administer the municipality (who never
/// reads a participant). Only [`reader`] makes one.
#[derive(Clone, Copy, Debug)]
pub struct ProgrammeAccess {
    user: Uuid,
    admin: bool,
}

impl ProgrammeAccess {
    pub fn user(&self) -> Uuid {
        self.user
    }

    /// The municipality's administrator: describes programmes and editions, counts people.
    pub fn is_admin(&self) -> bool {
        self.admin
    }
}

/// The signed-in staff member's need to know.
pub fn reader(staff: &StaffPrincipal) -> ProgrammeAccess {
    ProgrammeAccess {
        user: staff.user,
        admin: staff.roles.contains(&Role::TenantAdmin),
    }
}

/// An enrolment that passed the reader's need to know. Only this module makes one.
#[derive(Clone, Debug)]
pub struct VisibleEnrolment(Enrolment);

impl std::ops::Deref for VisibleEnrolment {
    type Target = Enrolment;

    fn deref(&self) -> &Enrolment {
        &self.0
    }
}

/// The editions the reader runs, as a subquery.
fn editions_run_by(tx: &TenantTx, reader: ProgrammeAccess) -> sea_orm::sea_query::SelectStatement {
    Query::select()
        .column(staff::Column::EditionId)
        .from(staff::Entity)
        .and_where(tx.scope::<staff::Entity>())
        .and_where(staff::Column::UserId.eq(reader.user()))
        .to_owned()
}

/// The enrolments of the transaction's tenant the reader may see: those of the editions they
/// run; none for an administrator.
pub(crate) fn visible_enrolments(
    tx: &TenantTx,
    reader: ProgrammeAccess,
) -> Select<enrolment::Entity> {
    let all = tx.select::<enrolment::Entity>();
    if reader.is_admin() {
        return all.filter(enrolment::Column::Id.is_in(Vec::<Uuid>::new()));
    }
    all.filter(enrolment::Column::EditionId.in_subquery(editions_run_by(tx, reader)))
}

/// Whether the reader runs the edition (and so reads and records its participants). An
/// administrator never does.
pub async fn runs_edition(tx: &TenantTx, reader: ProgrammeAccess, edition: Uuid) -> Result<bool> {
    if reader.is_admin() {
        return Ok(false);
    }
    let conn = tx.conn().await?;
    let found = tx
        .select::<staff::Entity>()
        .filter(staff::Column::EditionId.eq(edition))
        .filter(staff::Column::UserId.eq(reader.user()))
        .one(&*conn)
        .await?;
    Ok(found.is_some())
}

/// The editions among `editions` the reader runs, in one statement; none for an administrator.
pub async fn editions_run(
    tx: &TenantTx,
    reader: ProgrammeAccess,
    editions: &[Uuid],
) -> Result<Vec<Uuid>> {
    if reader.is_admin() || editions.is_empty() {
        return Ok(Vec::new());
    }
    let conn = tx.conn().await?;
    Ok(tx
        .select::<staff::Entity>()
        .filter(staff::Column::EditionId.is_in(editions.iter().copied()))
        .filter(staff::Column::UserId.eq(reader.user()))
        .all(&*conn)
        .await?
        .into_iter()
        .map(|m| m.edition_id)
        .collect())
}

pub(crate) fn enrolment_from(m: enrolment::Model, key: &DataKey) -> Result<Enrolment> {
    Ok(Enrolment {
        participant: key.open_json(&m.sealed, &place::enrolment(m.id))?,
        id: m.id,
        edition_id: m.edition_id,
        basis: m.basis,
        status: m.status,
        consent_on: m.consent_on,
        enrolled_at: m.enrolled_at,
        finished_on: m.finished_on,
        drop_out_reason: m.drop_out_reason,
        referral: m
            .plan_item_id
            .zip(m.card_person_id)
            .map(|(plan_item_id, card_person_id)| crate::ReferralLink {
                plan_item_id,
                card_person_id,
            }),
        version: m.version,
    })
}

fn touched(
    tx: &TenantTx,
    rows: Vec<enrolment::Model>,
    key: &DataKey,
) -> Result<Vec<VisibleEnrolment>> {
    rows.into_iter()
        .map(|m| {
            tx.touch(ids::enrolment_gid(m.id));
            enrolment_from(m, key).map(VisibleEnrolment)
        })
        .collect()
}

/// The enrolments among `ids` the reader may see, each in the audit trail (the others as
/// refused).
pub async fn find_enrolments(
    tx: &TenantTx,
    reader: ProgrammeAccess,
    key: &DataKey,
    ids: &[Uuid],
) -> Result<Vec<VisibleEnrolment>> {
    let rows = {
        let conn = tx.conn().await?;
        visible_enrolments(tx, reader)
            .filter(enrolment::Column::Id.is_in(ids.iter().copied()))
            .all(&*conn)
            .await?
    };
    for id in ids.iter().filter(|id| !rows.iter().any(|m| m.id == **id)) {
        tx.deny(ids::enrolment_gid(*id));
    }
    touched(tx, rows, key)
}

/// One enrolment the reader may see; NOT_FOUND otherwise, as for one that does not exist.
pub async fn get_enrolment(
    tx: &TenantTx,
    reader: ProgrammeAccess,
    key: &DataKey,
    id: Uuid,
) -> Result<VisibleEnrolment> {
    find_enrolments(tx, reader, key, &[id])
        .await?
        .pop()
        .ok_or(Error::NotFound)
}

/// The participants of the editions among `editions` the reader runs, in the order they were
/// enrolled (the waiting list in its order).
pub async fn enrolments_of(
    tx: &TenantTx,
    reader: ProgrammeAccess,
    key: &DataKey,
    editions: &[Uuid],
) -> Result<Vec<VisibleEnrolment>> {
    let rows = {
        let conn = tx.conn().await?;
        visible_enrolments(tx, reader)
            .filter(enrolment::Column::EditionId.is_in(editions.iter().copied()))
            .order_by_asc(enrolment::Column::EnrolledAt)
            .order_by_asc(enrolment::Column::Id)
            .all(&*conn)
            .await?
    };
    touched(tx, rows, key)
}

/// Every programme of the municipality, the newest first.
pub async fn list_programmes(tx: &TenantTx) -> Result<Vec<Programme>> {
    let conn = tx.conn().await?;
    Ok(tx
        .select::<programme::Entity>()
        .order_by_desc(programme::Column::CreatedAt)
        .order_by_desc(programme::Column::Id)
        .all(&*conn)
        .await?
        .into_iter()
        .map(programme_from)
        .collect())
}

/// The programmes among `ids`.
pub async fn programmes_among(tx: &TenantTx, ids: &[Uuid]) -> Result<Vec<Programme>> {
    let conn = tx.conn().await?;
    Ok(tx
        .select::<programme::Entity>()
        .filter(programme::Column::Id.is_in(ids.iter().copied()))
        .order_by_desc(programme::Column::CreatedAt)
        .all(&*conn)
        .await?
        .into_iter()
        .map(programme_from)
        .collect())
}

pub(crate) fn programme_from(m: programme::Model) -> Programme {
    Programme {
        id: m.id,
        programme_type: m.programme_type,
        name: m.name,
        provider: m.provider,
        help_point_id: m.help_point_id,
        description: m.description,
        required_sessions: m.required_sessions,
        required_hours: m.required_hours,
        created_at: m.created_at,
        version: m.version,
    }
}

pub(crate) fn edition_from(m: edition::Model) -> Edition {
    Edition {
        id: m.id,
        programme_id: m.programme_id,
        starts_on: m.starts_on,
        ends_on: m.ends_on,
        place: m.place,
        capacity: m.capacity,
        version: m.version,
    }
}

/// The editions of `programmes` and those with `ids`, the latest start first (none when both
/// are empty).
pub async fn editions(tx: &TenantTx, programmes: &[Uuid], ids: &[Uuid]) -> Result<Vec<Edition>> {
    let conn = tx.conn().await?;
    let select = tx.select::<edition::Entity>().filter(
        edition::Column::ProgrammeId
            .is_in(programmes.iter().copied())
            .or(edition::Column::Id.is_in(ids.iter().copied())),
    );
    Ok(select
        .order_by_desc(edition::Column::StartsOn)
        .order_by_desc(edition::Column::Id)
        .all(&*conn)
        .await?
        .into_iter()
        .map(edition_from)
        .collect())
}

/// The people running `editions`.
pub async fn staff_of(tx: &TenantTx, editions: &[Uuid]) -> Result<Vec<EditionStaff>> {
    let conn = tx.conn().await?;
    Ok(tx
        .select::<staff::Entity>()
        .filter(staff::Column::EditionId.is_in(editions.iter().copied()))
        .all(&*conn)
        .await?
        .into_iter()
        .map(|m| EditionStaff {
            edition_id: m.edition_id,
            user_id: m.user_id,
            qualifications: m.qualifications,
        })
        .collect())
}

/// Each of `editions`' participants by status, in one statement.
pub async fn counts_of(tx: &TenantTx, editions: &[Uuid]) -> Result<BTreeMap<Uuid, EditionCounts>> {
    let rows: Vec<(Uuid, EnrolmentStatus, i64)> = {
        let conn = tx.conn().await?;
        tx.select::<enrolment::Entity>()
            .filter(enrolment::Column::EditionId.is_in(editions.iter().copied()))
            .select_only()
            .column(enrolment::Column::EditionId)
            .column(enrolment::Column::Status)
            .column_as(Expr::cust("COUNT(*)"), "n")
            .group_by(enrolment::Column::EditionId)
            .group_by(enrolment::Column::Status)
            .into_tuple()
            .all(&*conn)
            .await?
    };
    let mut out: BTreeMap<Uuid, EditionCounts> = BTreeMap::new();
    for (edition, status, n) in rows {
        let c = out.entry(edition).or_default();
        match status {
            EnrolmentStatus::Enrolled => c.enrolled = n,
            EnrolmentStatus::Waiting => c.waiting = n,
            EnrolmentStatus::Completed => c.completed = n,
            EnrolmentStatus::DroppedOut => c.dropped_out = n,
            EnrolmentStatus::NotAdmitted => c.not_admitted = n,
        }
    }
    Ok(out)
}

/// The other municipalities each of `programmes` is run for: (programme, municipality).
pub async fn served_of(tx: &TenantTx, programmes: &[Uuid]) -> Result<Vec<(Uuid, Uuid)>> {
    let conn = tx.conn().await?;
    Ok(tx
        .select::<crate::store::served::Entity>()
        .filter(crate::store::served::Column::ProgrammeId.is_in(programmes.iter().copied()))
        .all(&*conn)
        .await?
        .into_iter()
        .map(|s| (s.programme_id, s.municipality_id))
        .collect())
}
