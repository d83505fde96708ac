//! Use cases of coalitions. A coalition the reader's municipality is not a party to, or an ID
//! of nothing, is NOT_FOUND; a record of a coalition it was only invited to, too. Writing the
//! records needs the administrator or the team's chair, founding needs the administrator
//! (FORBIDDEN otherwise); joining and leaving are the administrator's consent (a userError
//! `CONSENT_REQUIRED` for anyone else). A refusal writes nothing.

use chrono::Utc;
use kernel::{Error, Result, TenantTx, UserError};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder, Set};
use uuid::Uuid;

use crate::domain::{CoalitionContent, CoalitionStanding};
use crate::ids::coalition_gid;
use crate::store::{self, action, coalition, meeting, member, party, task_link};
use crate::{Coalition, CoalitionAccess, Meeting, Member, Party, SharedAction};

pub type Outcome<T> = Result<std::result::Result<T, Vec<UserError>>>;

pub(crate) fn refusal(field: &[&str], code: &str, message: impl Into<String>) -> Vec<UserError> {
    vec![UserError::new(field, code, message)]
}

pub(crate) fn conflict(what: &str) -> Error {
    Error::Conflict(format!(
        "this {what} was changed by someone else; reload and try again"
    ))
}

pub(crate) fn editor_only(access: CoalitionAccess) -> Result<()> {
    if access.may_edit() {
        Ok(())
    } else {
        Err(Error::Forbidden(
            "only the municipality's administrator and the team's chair write a coalition's records"
                .to_owned(),
        ))
    }
}

/// The administrator's consent, which joining or leaving a coalition is.
fn consent(access: CoalitionAccess) -> std::result::Result<(), Vec<UserError>> {
    if access.is_admin() {
        Ok(())
    } else {
        Err(refusal(
            &["input", "coalitionId"],
            "CONSENT_REQUIRED",
            "a municipality joins or leaves a coalition by its administrator's consent",
        ))
    }
}

/// The standing of the transaction's municipality in a coalition, if it has any.
pub async fn standing(tx: &TenantTx, coalition: Uuid) -> Result<Option<CoalitionStanding>> {
    let conn = tx.conn().await?;
    Ok(party::Entity::find_by_id((coalition, tx.tenant()))
        .one(&*conn)
        .await?
        .map(|p| p.state))
}

/// NOT_FOUND unless the transaction's municipality joined the coalition.
pub(crate) async fn require_joined(tx: &TenantTx, coalition: Uuid) -> Result<()> {
    match standing(tx, coalition).await? {
        Some(CoalitionStanding::Joined) => Ok(()),
        _ => Err(Error::NotFound),
    }
}

fn coalition_from(m: coalition::Model) -> Coalition {
    Coalition {
        id: m.id,
        name: m.name,
        area: m.area,
        description: m.description,
        founded_by: m.founded_by,
        version: m.version,
    }
}

/// The coalitions among `ids` (all when none) the reader's municipality is invited to or
/// joined, by name.
pub async fn coalitions(tx: &TenantTx, ids: Option<&[Uuid]>) -> Result<Vec<Coalition>> {
    let conn = tx.conn().await?;
    let mut query = coalition::Entity::find().filter(store::seen(tx, coalition::Column::Id));
    if let Some(ids) = ids {
        query = query.filter(coalition::Column::Id.is_in(ids.iter().copied()));
    }
    Ok(query
        .order_by_asc(coalition::Column::Name)
        .order_by_asc(coalition::Column::Id)
        .all(&*conn)
        .await?
        .into_iter()
        .map(coalition_from)
        .collect())
}

/// The parties of the coalitions among `ids` that the reader's municipality sees, in the order
/// they were invited.
pub async fn parties(tx: &TenantTx, ids: &[Uuid]) -> Result<Vec<Party>> {
    let conn = tx.conn().await?;
    Ok(party::Entity::find()
        .filter(store::seen(tx, party::Column::CoalitionId))
        .filter(party::Column::CoalitionId.is_in(ids.iter().copied()))
        .order_by_asc(party::Column::InvitedAt)
        .all(&*conn)
        .await?
        .into_iter()
        .map(|p| Party {
            coalition_id: p.coalition_id,
            municipality: p.municipality_id,
            standing: p.state,
            invited_by: p.invited_by,
            invited_at: p.invited_at,
            joined_at: p.joined_at,
            left_at: p.left_at,
        })
        .collect())
}

/// The member institutions of the joined coalitions among `ids`, by name.
pub async fn members(tx: &TenantTx, ids: &[Uuid]) -> Result<Vec<Member>> {
    let conn = tx.conn().await?;
    Ok(member::Entity::find()
        .filter(store::joined(tx, member::Column::CoalitionId))
        .filter(member::Column::CoalitionId.is_in(ids.iter().copied()))
        .order_by_asc(member::Column::Institution)
        .order_by_asc(member::Column::Id)
        .all(&*conn)
        .await?
        .into_iter()
        .map(|m| Member {
            id: m.id,
            coalition_id: m.coalition_id,
            recorded_by: m.recorded_by,
            institution: m.institution,
            kind: m.kind,
            contact_person: m.contact_person,
            phone: m.phone,
            email: m.email,
            joined_on: m.joined_on,
            left_on: m.left_on,
            version: m.version,
        })
        .collect())
}

/// The meetings of the joined coalitions among `ids`, the latest first.
pub async fn meetings(tx: &TenantTx, ids: &[Uuid]) -> Result<Vec<Meeting>> {
    let conn = tx.conn().await?;
    Ok(meeting::Entity::find()
        .filter(store::joined(tx, meeting::Column::CoalitionId))
        .filter(meeting::Column::CoalitionId.is_in(ids.iter().copied()))
        .order_by_desc(meeting::Column::HeldOn)
        .order_by_desc(meeting::Column::Id)
        .all(&*conn)
        .await?
        .into_iter()
        .map(|m| Meeting {
            id: m.id,
            coalition_id: m.coalition_id,
            recorded_by: m.recorded_by,
            held_on: m.held_on,
            place: m.place,
            agenda: m.agenda,
            participants: m.participants,
            minutes: m.minutes,
            version: m.version,
        })
        .collect())
}

/// The shared actions of the joined coalitions among `ids`, the earliest first.
pub async fn actions(tx: &TenantTx, ids: &[Uuid]) -> Result<Vec<SharedAction>> {
    let conn = tx.conn().await?;
    Ok(action::Entity::find()
        .filter(store::joined(tx, action::Column::CoalitionId))
        .filter(action::Column::CoalitionId.is_in(ids.iter().copied()))
        .order_by_asc(action::Column::StartsOn)
        .order_by_asc(action::Column::Id)
        .all(&*conn)
        .await?
        .into_iter()
        .map(|m| SharedAction {
            id: m.id,
            coalition_id: m.coalition_id,
            recorded_by: m.recorded_by,
            title: m.title,
            description: m.description,
            starts_on: m.starts_on,
            ends_on: m.ends_on,
            status: m.status,
            lead_member: m.lead_member_id,
            version: m.version,
        })
        .collect())
}

/// The tasks of the reader's own programme linked to each of `actions`: `(action, task)`.
pub async fn linked_tasks(tx: &TenantTx, actions: &[Uuid]) -> Result<Vec<(Uuid, strategy::Task)>> {
    let links = {
        let conn = tx.conn().await?;
        tx.select::<task_link::Entity>()
            .filter(task_link::Column::ActionId.is_in(actions.iter().copied()))
            .order_by_asc(task_link::Column::CreatedAt)
            .all(&*conn)
            .await?
    };
    let task_ids: Vec<Uuid> = links.iter().map(|l| l.task_id).collect();
    let tasks = strategy::tasks_by_id(tx, &task_ids).await?;
    Ok(links
        .into_iter()
        .filter_map(|l| {
            tasks
                .iter()
                .find(|t| t.id == l.task_id)
                .map(|t| (l.action_id, t.clone()))
        })
        .collect())
}

/// Founds a coalition, the reader's municipality its first party (joined by its
/// administrator's consent); its ID.
pub async fn found(
    tx: &TenantTx,
    access: CoalitionAccess,
    content: CoalitionContent,
) -> Result<Uuid> {
    if !access.is_admin() {
        return Err(Error::Forbidden(
            "only the municipality's administrator founds a coalition".to_owned(),
        ));
    }
    let id = Uuid::now_v7();
    let now = Utc::now();
    let conn = tx.conn().await?;
    // Without RETURNING: the new row is not visible before its party is.
    coalition::Entity::insert(coalition::ActiveModel {
        id: Set(id),
        name: Set(content.name),
        area: Set(content.area),
        description: Set(content.description),
        founded_by: Set(tx.tenant()),
        created_at: Set(now),
        updated_at: Set(now),
        version: Set(1),
    })
    .exec_without_returning(&*conn)
    .await?;
    party::Entity::insert(party::ActiveModel {
        coalition_id: Set(id),
        municipality_id: Set(tx.tenant()),
        state: Set(CoalitionStanding::Joined),
        invited_by: Set(tx.tenant()),
        invited_at: Set(now),
        joined_at: Set(Some(now)),
        consented_by: Set(Some(access.user())),
        left_at: Set(None),
        version: Set(1),
    })
    .exec_without_returning(&*conn)
    .await?;
    tx.touch(coalition_gid(id));
    Ok(id)
}

/// Changes a coalition's description at the version read.
pub async fn describe(
    tx: &TenantTx,
    access: CoalitionAccess,
    id: Uuid,
    version: i32,
    content: CoalitionContent,
) -> Result<Uuid> {
    editor_only(access)?;
    require_joined(tx, id).await?;
    let conn = tx.conn().await?;
    let changed = coalition::Entity::update_many()
        .col_expr(coalition::Column::Name, Expr::value(content.name))
        .col_expr(coalition::Column::Area, Expr::value(content.area))
        .col_expr(
            coalition::Column::Description,
            Expr::value(content.description),
        )
        .col_expr(coalition::Column::UpdatedAt, Expr::value(Utc::now()))
        .col_expr(
            coalition::Column::Version,
            Expr::col(coalition::Column::Version).add(1),
        )
        .filter(store::joined(tx, coalition::Column::Id))
        .filter(coalition::Column::Id.eq(id))
        .filter(coalition::Column::Version.eq(version))
        .exec(&*conn)
        .await?;
    if changed.rows_affected == 0 {
        return Err(conflict("coalition"));
    }
    tx.touch(coalition_gid(id));
    Ok(id)
}

/// Invites `municipality` (another active municipality of the reader's region, checked by the
/// caller) into a coalition the reader's municipality joined; one that left may be invited
/// again.
pub async fn invite(
    tx: &TenantTx,
    access: CoalitionAccess,
    id: Uuid,
    municipality: Uuid,
) -> Outcome<Uuid> {
    if !access.is_admin() {
        return Err(Error::Forbidden(
            "only the municipality's administrator invites into a coalition".to_owned(),
        ));
    }
    require_joined(tx, id).await?;
    let conn = tx.conn().await?;
    let found = party::Entity::find_by_id((id, municipality))
        .filter(store::seen(tx, party::Column::CoalitionId))
        .one(&*conn)
        .await?;
    let now = Utc::now();
    match found {
        Some(p) if p.state != CoalitionStanding::Left => {
            return Ok(Err(refusal(
                &["input", "municipality"],
                "ALREADY_PARTY",
                "this municipality is already invited to or in the coalition",
            )))
        }
        Some(p) => {
            let changed = party::Entity::update_many()
                .col_expr(
                    party::Column::State,
                    Expr::value(CoalitionStanding::Invited.as_str()),
                )
                .col_expr(party::Column::InvitedBy, Expr::value(tx.tenant()))
                .col_expr(party::Column::InvitedAt, Expr::value(now))
                .col_expr(
                    party::Column::JoinedAt,
                    Expr::value(Option::<chrono::DateTime<Utc>>::None),
                )
                .col_expr(
                    party::Column::ConsentedBy,
                    Expr::value(Option::<Uuid>::None),
                )
                .col_expr(
                    party::Column::LeftAt,
                    Expr::value(Option::<chrono::DateTime<Utc>>::None),
                )
                .col_expr(
                    party::Column::Version,
                    Expr::col(party::Column::Version).add(1),
                )
                .filter(party::Column::CoalitionId.eq(id))
                .filter(party::Column::MunicipalityId.eq(municipality))
                .filter(party::Column::Version.eq(p.version))
                .exec(&*conn)
                .await?;
            if changed.rows_affected == 0 {
                return Err(conflict("coalition"));
            }
        }
        None => {
            party::Entity::insert(party::ActiveModel {
                coalition_id: Set(id),
                municipality_id: Set(municipality),
                state: Set(CoalitionStanding::Invited),
                invited_by: Set(tx.tenant()),
                invited_at: Set(now),
                joined_at: Set(None),
                consented_by: Set(None),
                left_at: Set(None),
                version: Set(1),
            })
            .exec_without_returning(&*conn)
            .await?;
        }
    }
    tx.touch(coalition_gid(id));
    Ok(Ok(id))
}

/// Moves the reader's municipality's party from `from` to `to`, by its administrator's consent.
async fn change_standing(
    tx: &TenantTx,
    access: CoalitionAccess,
    id: Uuid,
    from: &[CoalitionStanding],
    to: CoalitionStanding,
) -> Outcome<Uuid> {
    let current = standing(tx, id).await?;
    let Some(current) = current.filter(|s| *s != CoalitionStanding::Left) else {
        return Err(Error::NotFound);
    };
    if let Err(refused) = consent(access) {
        return Ok(Err(refused));
    }
    if !from.contains(&current) {
        return Ok(Err(refusal(
            &["input", "coalitionId"],
            "ALREADY_JOINED",
            "the municipality is already in this coalition",
        )));
    }
    let now = Utc::now();
    let conn = tx.conn().await?;
    let mut change = party::Entity::update_many()
        .col_expr(party::Column::State, Expr::value(to.as_str()))
        .col_expr(
            party::Column::Version,
            Expr::col(party::Column::Version).add(1),
        )
        .filter(party::Column::CoalitionId.eq(id))
        .filter(party::Column::MunicipalityId.eq(tx.tenant()))
        .filter(party::Column::State.eq(current.as_str()));
    change = match to {
        CoalitionStanding::Joined => change
            .col_expr(party::Column::JoinedAt, Expr::value(now))
            .col_expr(party::Column::ConsentedBy, Expr::value(access.user()))
            .col_expr(
                party::Column::LeftAt,
                Expr::value(Option::<chrono::DateTime<Utc>>::None),
            ),
        _ => change.col_expr(party::Column::LeftAt, Expr::value(now)),
    };
    if change.exec(&*conn).await?.rows_affected == 0 {
        return Err(conflict("coalition"));
    }
    tx.touch(coalition_gid(id));
    Ok(Ok(id))
}

/// Joins a coalition the reader's municipality was invited to.
pub async fn join(tx: &TenantTx, access: CoalitionAccess, id: Uuid) -> Outcome<Uuid> {
    change_standing(
        tx,
        access,
        id,
        &[CoalitionStanding::Invited],
        CoalitionStanding::Joined,
    )
    .await
}

/// Leaves a coalition, or declines the invitation to it; its records stay the coalition's.
pub async fn leave(tx: &TenantTx, access: CoalitionAccess, id: Uuid) -> Outcome<Uuid> {
    change_standing(
        tx,
        access,
        id,
        &[CoalitionStanding::Invited, CoalitionStanding::Joined],
        CoalitionStanding::Left,
    )
    .await
}
