//! Writing a coalition's records: its member institutions, meetings and shared actions, and
//! a municipality's own links from a shared action to tasks of its programme. The coalition
//! must be one the reader's municipality joined (NOT_FOUND otherwise); the administrator or the
//! team's chair writes (FORBIDDEN for anyone else).

use chrono::Utc;
use kernel::{Error, Result, TenantTx, UserError};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, Set};
use uuid::Uuid;

use crate::domain::{ActionContent, MeetingContent, MemberContent};
use crate::ids::coalition_gid;
use crate::store::{self, action, meeting, member, task_link};
use crate::usecases::{conflict, editor_only, require_joined, Outcome};
use crate::CoalitionAccess;

/// The coalition of a record of a joined coalition, or NOT_FOUND.
async fn record_coalition<E>(
    tx: &TenantTx,
    id: Uuid,
    coalition_column: E::Column,
    id_column: E::Column,
) -> Result<(Uuid, i32)>
where
    E: EntityTrait,
    E::Model: Record,
{
    let conn = tx.conn().await?;
    let found = E::find()
        .filter(store::joined(tx, coalition_column))
        .filter(id_column.eq(id))
        .one(&*conn)
        .await?
        .ok_or(Error::NotFound)?;
    Ok((found.coalition(), found.version()))
}

/// What every record of a coalition has.
trait Record {
    fn coalition(&self) -> Uuid;
    fn version(&self) -> i32;
}

macro_rules! record {
    ($($module:ident),+) => {
        $(impl Record for $module::Model {
            fn coalition(&self) -> Uuid {
                self.coalition_id
            }
            fn version(&self) -> i32 {
                self.version
            }
        })+
    };
}
record!(member, meeting, action);

/// The coalition of a member, meeting or action the reader's municipality may write, checked
/// at the version read; NOT_FOUND or CONFLICT otherwise.
async fn writable<E>(
    tx: &TenantTx,
    access: CoalitionAccess,
    id: Uuid,
    version: i32,
    columns: (E::Column, E::Column),
    what: &str,
) -> Result<Uuid>
where
    E: EntityTrait,
    E::Model: Record,
{
    editor_only(access)?;
    let (coalition, current) = record_coalition::<E>(tx, id, columns.0, columns.1).await?;
    if current != version {
        return Err(conflict(what));
    }
    Ok(coalition)
}

/// Adds a member institution to a coalition the reader's municipality joined.
pub async fn add_member(
    tx: &TenantTx,
    access: CoalitionAccess,
    coalition: Uuid,
    content: MemberContent,
) -> Result<Uuid> {
    editor_only(access)?;
    require_joined(tx, coalition).await?;
    let id = Uuid::now_v7();
    let now = Utc::now();
    let conn = tx.conn().await?;
    member::Entity::insert(member::ActiveModel {
        id: Set(id),
        coalition_id: Set(coalition),
        recorded_by: Set(tx.tenant()),
        institution: Set(content.institution),
        kind: Set(content.kind),
        contact_person: Set(content.contact_person),
        phone: Set(content.phone.map(String::from)),
        email: Set(content.email.map(|e| e.as_str().to_owned())),
        joined_on: Set(content.joined_on),
        left_on: Set(content.left_on),
        created_at: Set(now),
        updated_at: Set(now),
        version: Set(1),
    })
    .exec_without_returning(&*conn)
    .await?;
    tx.touch(coalition_gid(coalition));
    Ok(coalition)
}

/// Replaces a member's details at the version read.
pub async fn update_member(
    tx: &TenantTx,
    access: CoalitionAccess,
    id: Uuid,
    version: i32,
    content: MemberContent,
) -> Result<Uuid> {
    let coalition = writable::<member::Entity>(
        tx,
        access,
        id,
        version,
        (member::Column::CoalitionId, member::Column::Id),
        "member",
    )
    .await?;
    let conn = tx.conn().await?;
    let changed = member::Entity::update_many()
        .col_expr(
            member::Column::Institution,
            Expr::value(content.institution),
        )
        .col_expr(member::Column::Kind, Expr::value(content.kind.as_str()))
        .col_expr(
            member::Column::ContactPerson,
            Expr::value(content.contact_person),
        )
        .col_expr(
            member::Column::Phone,
            Expr::value(content.phone.map(String::from)),
        )
        .col_expr(
            member::Column::Email,
            Expr::value(content.email.map(|e| e.as_str().to_owned())),
        )
        .col_expr(member::Column::JoinedOn, Expr::value(content.joined_on))
        .col_expr(member::Column::LeftOn, Expr::value(content.left_on))
        .col_expr(member::Column::UpdatedAt, Expr::value(Utc::now()))
        .col_expr(
            member::Column::Version,
            Expr::col(member::Column::Version).add(1),
        )
        .filter(store::joined(tx, member::Column::CoalitionId))
        .filter(member::Column::Id.eq(id))
        .filter(member::Column::Version.eq(version))
        .exec(&*conn)
        .await?;
    if changed.rows_affected == 0 {
        return Err(conflict("member"));
    }
    tx.touch(coalition_gid(coalition));
    Ok(coalition)
}

/// Adds a meeting to a coalition the reader's municipality joined.
pub async fn add_meeting(
    tx: &TenantTx,
    access: CoalitionAccess,
    coalition: Uuid,
    content: MeetingContent,
) -> Result<Uuid> {
    editor_only(access)?;
    require_joined(tx, coalition).await?;
    let now = Utc::now();
    let conn = tx.conn().await?;
    meeting::Entity::insert(meeting::ActiveModel {
        id: Set(Uuid::now_v7()),
        coalition_id: Set(coalition),
        recorded_by: Set(tx.tenant()),
        held_on: Set(content.held_on),
        place: Set(content.place),
        agenda: Set(content.agenda),
        participants: Set(content.participants),
        minutes: Set(content.minutes),
        created_at: Set(now),
        updated_at: Set(now),
        version: Set(1),
    })
    .exec_without_returning(&*conn)
    .await?;
    tx.touch(coalition_gid(coalition));
    Ok(coalition)
}

/// Replaces a meeting's record (its minutes once written) at the version read.
pub async fn update_meeting(
    tx: &TenantTx,
    access: CoalitionAccess,
    id: Uuid,
    version: i32,
    content: MeetingContent,
) -> Result<Uuid> {
    let coalition = writable::<meeting::Entity>(
        tx,
        access,
        id,
        version,
        (meeting::Column::CoalitionId, meeting::Column::Id),
        "meeting",
    )
    .await?;
    let conn = tx.conn().await?;
    let changed = meeting::Entity::update_many()
        .col_expr(meeting::Column::HeldOn, Expr::value(content.held_on))
        .col_expr(meeting::Column::Place, Expr::value(content.place))
        .col_expr(meeting::Column::Agenda, Expr::value(content.agenda))
        .col_expr(
            meeting::Column::Participants,
            Expr::value(content.participants),
        )
        .col_expr(meeting::Column::Minutes, Expr::value(content.minutes))
        .col_expr(meeting::Column::UpdatedAt, Expr::value(Utc::now()))
        .col_expr(
            meeting::Column::Version,
            Expr::col(meeting::Column::Version).add(1),
        )
        .filter(store::joined(tx, meeting::Column::CoalitionId))
        .filter(meeting::Column::Id.eq(id))
        .filter(meeting::Column::Version.eq(version))
        .exec(&*conn)
        .await?;
    if changed.rows_affected == 0 {
        return Err(conflict("meeting"));
    }
    tx.touch(coalition_gid(coalition));
    Ok(coalition)
}

/// Whether the lead member named is one of the coalition's (`UNKNOWN_MEMBER` otherwise).
async fn lead_refused(
    tx: &TenantTx,
    coalition: Uuid,
    content: &ActionContent,
) -> Result<Option<Vec<UserError>>> {
    let Some(lead) = content.lead_member else {
        return Ok(None);
    };
    let conn = tx.conn().await?;
    let found = member::Entity::find()
        .filter(store::joined(tx, member::Column::CoalitionId))
        .filter(member::Column::CoalitionId.eq(coalition))
        .filter(member::Column::Id.eq(lead))
        .one(&*conn)
        .await?;
    Ok(found.is_none().then(|| {
        vec![UserError::new(
            &["input", "action", "leadMemberId"],
            "UNKNOWN_MEMBER",
            "the lead must be a member institution of this coalition",
        )]
    }))
}

/// Adds a shared action to a coalition the reader's municipality joined.
pub async fn add_action(
    tx: &TenantTx,
    access: CoalitionAccess,
    coalition: Uuid,
    content: ActionContent,
) -> Outcome<Uuid> {
    editor_only(access)?;
    require_joined(tx, coalition).await?;
    if let Some(refused) = lead_refused(tx, coalition, &content).await? {
        return Ok(Err(refused));
    }
    let now = Utc::now();
    let conn = tx.conn().await?;
    action::Entity::insert(action::ActiveModel {
        id: Set(Uuid::now_v7()),
        coalition_id: Set(coalition),
        recorded_by: Set(tx.tenant()),
        title: Set(content.title),
        description: Set(content.description),
        starts_on: Set(content.starts_on),
        ends_on: Set(content.ends_on),
        status: Set(content.status),
        lead_member_id: Set(content.lead_member),
        created_at: Set(now),
        updated_at: Set(now),
        version: Set(1),
    })
    .exec_without_returning(&*conn)
    .await?;
    tx.touch(coalition_gid(coalition));
    Ok(Ok(coalition))
}

/// Replaces a shared action's content at the version read.
pub async fn update_action(
    tx: &TenantTx,
    access: CoalitionAccess,
    id: Uuid,
    version: i32,
    content: ActionContent,
) -> Outcome<Uuid> {
    let coalition = writable::<action::Entity>(
        tx,
        access,
        id,
        version,
        (action::Column::CoalitionId, action::Column::Id),
        "action",
    )
    .await?;
    if let Some(refused) = lead_refused(tx, coalition, &content).await? {
        return Ok(Err(refused));
    }
    let conn = tx.conn().await?;
    let changed = action::Entity::update_many()
        .col_expr(action::Column::Title, Expr::value(content.title))
        .col_expr(
            action::Column::Description,
            Expr::value(content.description),
        )
        .col_expr(action::Column::StartsOn, Expr::value(content.starts_on))
        .col_expr(action::Column::EndsOn, Expr::value(content.ends_on))
        .col_expr(action::Column::Status, Expr::value(content.status.as_str()))
        .col_expr(
            action::Column::LeadMemberId,
            Expr::value(content.lead_member),
        )
        .col_expr(action::Column::UpdatedAt, Expr::value(Utc::now()))
        .col_expr(
            action::Column::Version,
            Expr::col(action::Column::Version).add(1),
        )
        .filter(store::joined(tx, action::Column::CoalitionId))
        .filter(action::Column::Id.eq(id))
        .filter(action::Column::Version.eq(version))
        .exec(&*conn)
        .await?;
    if changed.rows_affected == 0 {
        return Err(conflict("action"));
    }
    tx.touch(coalition_gid(coalition));
    Ok(Ok(coalition))
}

/// The coalition of a shared action the reader's municipality may link, or NOT_FOUND.
async fn linkable(tx: &TenantTx, access: CoalitionAccess, action_id: Uuid) -> Result<Uuid> {
    editor_only(access)?;
    let (coalition, _) = record_coalition::<action::Entity>(
        tx,
        action_id,
        action::Column::CoalitionId,
        action::Column::Id,
    )
    .await?;
    Ok(coalition)
}

/// Links a shared action to a task of the reader's municipality's own programme (`NOT_FOUND` on
/// `taskId` for a task it does not have); linking twice changes nothing.
pub async fn link_task(
    tx: &TenantTx,
    access: CoalitionAccess,
    action_id: Uuid,
    task: Uuid,
) -> Outcome<Uuid> {
    let coalition = linkable(tx, access, action_id).await?;
    if strategy::tasks_by_id(tx, &[task]).await?.is_empty() {
        return Ok(Err(vec![UserError::new(
            &["input", "taskId"],
            "NOT_FOUND",
            "no such task in your municipality's programme",
        )]));
    }
    let conn = tx.conn().await?;
    let exists = tx
        .select::<task_link::Entity>()
        .filter(task_link::Column::ActionId.eq(action_id))
        .filter(task_link::Column::TaskId.eq(task))
        .one(&*conn)
        .await?
        .is_some();
    if !exists {
        task_link::Entity::insert(task_link::ActiveModel {
            tenant_id: Set(tx.tenant()),
            action_id: Set(action_id),
            task_id: Set(task),
            created_at: Set(Utc::now()),
        })
        .exec_without_returning(&*conn)
        .await?;
    }
    tx.touch(coalition_gid(coalition));
    Ok(Ok(coalition))
}

/// Takes a link of a shared action to the reader's municipality's task away.
pub async fn unlink_task(
    tx: &TenantTx,
    access: CoalitionAccess,
    action_id: Uuid,
    task: Uuid,
) -> Result<Uuid> {
    let coalition = linkable(tx, access, action_id).await?;
    let conn = tx.conn().await?;
    tx.delete_many::<task_link::Entity>()
        .filter(task_link::Column::ActionId.eq(action_id))
        .filter(task_link::Column::TaskId.eq(task))
        .exec(&*conn)
        .await?;
    tx.touch(coalition_gid(coalition));
    Ok(coalition)
}
