//! Kampanie i wydarzenia — the municipality's campaigns (the White Ribbon, 25 November – 10
//! December) and events (trainings, meetings, workshops…), of a campaign or on their own, with
//! their times, place, audience and, once they have begun, the participants counted. Those
//! marked published are shown in the municipality's public calendar (no sign-in) and its
//! iCalendar feed.
//!
//! Read by every staff member of the municipality, written by its administrator and the
//! team's chair, like the municipal programme.

use chrono::{DateTime, NaiveDate, Utc};
use kernel::{Error, Result, TenantTx, UserError};
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ColumnTrait, QueryFilter, QueryOrder, QuerySelect, Set};
use uuid::Uuid;

use crate::domain::EventKind;
use crate::store::{campaign, event};
use crate::usecases::editor_only;
use crate::{Outcome, StrategyAccess};

/// The most events the public calendar shows at once (the next ones).
pub const PUBLIC_LIMIT: u64 = 200;

/// Kampania.
#[derive(Clone, Debug)]
pub struct Campaign {
    pub id: Uuid,
    pub title: String,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    pub description: Option<String>,
    pub version: i32,
}

/// Wydarzenie.
#[derive(Clone, Debug)]
pub struct Event {
    pub id: Uuid,
    pub campaign_id: Option<Uuid>,
    pub title: String,
    pub kind: EventKind,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub place: String,
    pub audience: String,
    pub description: Option<String>,
    pub participants: Option<i32>,
    pub published: bool,
    pub updated_at: DateTime<Utc>,
    pub version: i32,
}

/// A campaign's content, parsed (its days in order).
#[derive(Clone, Debug)]
pub struct CampaignContent {
    pub title: String,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    pub description: Option<String>,
}

/// An event's content, parsed (its times in order).
#[derive(Clone, Debug)]
pub struct EventContent {
    pub campaign: Option<Uuid>,
    pub title: String,
    pub kind: EventKind,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub place: String,
    pub audience: String,
    pub description: Option<String>,
    pub participants: Option<i32>,
    pub published: bool,
}

/// The days (Polish time) an event covers: one ending at midnight ends the day before.
fn days(starts_at: DateTime<Utc>, ends_at: DateTime<Utc>) -> (NaiveDate, NaiveDate) {
    let last_instant = if ends_at > starts_at {
        ends_at - chrono::Duration::microseconds(1)
    } else {
        ends_at
    };
    (
        kernel::calendar::day_of(starts_at),
        kernel::calendar::day_of(last_instant),
    )
}

/// Holds a campaign's row until the transaction ends (without changing it), at `version` when
/// given (CONFLICT otherwise), so that a campaign's days and its events' days are checked
/// against each other one change at a time. NOT_FOUND for a campaign of another municipality
/// or of none.
async fn hold_campaign(tx: &TenantTx, id: Uuid, version: Option<i32>) -> Result<()> {
    let conn = tx.conn().await?;
    let mut hold = tx
        .update_many::<campaign::Entity>()
        .col_expr(
            campaign::Column::Version,
            Expr::col(campaign::Column::Version),
        )
        .filter(campaign::Column::Id.eq(id));
    if let Some(v) = version {
        hold = hold.filter(campaign::Column::Version.eq(v));
    }
    if hold.exec(&*conn).await?.rows_affected == 0 {
        return Err(match version {
            Some(_) => conflict("campaign"),
            None => Error::NotFound,
        });
    }
    Ok(())
}

fn refusal(field: &[&str], code: &str, message: impl Into<String>) -> Vec<UserError> {
    vec![UserError::new(field, code, message)]
}

fn conflict(what: &str) -> Error {
    Error::Conflict(format!(
        "this {what} was changed by someone else; reload and try again"
    ))
}

fn campaign_from(m: campaign::Model) -> Campaign {
    Campaign {
        id: m.id,
        title: m.title,
        starts_on: m.starts_on,
        ends_on: m.ends_on,
        description: m.description,
        version: m.version,
    }
}

fn event_from(m: event::Model) -> Event {
    Event {
        id: m.id,
        campaign_id: m.campaign_id,
        title: m.title,
        kind: m.kind,
        starts_at: m.starts_at,
        ends_at: m.ends_at,
        place: m.place,
        audience: m.audience,
        description: m.description,
        participants: m.participants,
        published: m.published,
        updated_at: m.updated_at,
        version: m.version,
    }
}

/// Describes a new campaign; its ID.
pub async fn add_campaign(
    tx: &TenantTx,
    reader: StrategyAccess,
    content: CampaignContent,
) -> Result<Uuid> {
    editor_only(reader)?;
    let id = Uuid::now_v7();
    let now = Utc::now();
    let conn = tx.conn().await?;
    campaign::ActiveModel {
        tenant_id: Set(tx.tenant()),
        id: Set(id),
        title: Set(content.title),
        starts_on: Set(content.starts_on),
        ends_on: Set(content.ends_on),
        description: Set(content.description),
        created_at: Set(now),
        updated_at: Set(now),
        version: Set(1),
    }
    .insert(&*conn)
    .await?;
    tx.touch(crate::ids::campaign_gid(id));
    Ok(id)
}

/// Replaces a campaign's content at the version read; days that would leave out one of its
/// events are refused (`EVENTS_OUTSIDE`).
pub async fn update_campaign(
    tx: &TenantTx,
    reader: StrategyAccess,
    id: Uuid,
    version: i32,
    content: CampaignContent,
) -> Outcome<Uuid> {
    editor_only(reader)?;
    let found = campaigns(tx, Some(&[id]))
        .await?
        .pop()
        .ok_or(Error::NotFound)?;
    if found.version != version {
        return Err(conflict("campaign"));
    }
    hold_campaign(tx, id, Some(version)).await?;
    let spans: Vec<(NaiveDate, NaiveDate)> = events(tx, Some(id))
        .await?
        .iter()
        .map(|e| days(e.starts_at, e.ends_at))
        .collect();
    let bound = if spans.iter().any(|(first, _)| *first < content.starts_on) {
        Some("startsOn")
    } else if spans.iter().any(|(_, last)| *last > content.ends_on) {
        Some("endsOn")
    } else {
        None
    };
    if let Some(field) = bound {
        return Ok(Err(refusal(
            &["input", "campaign", field],
            "EVENTS_OUTSIDE",
            "an event of the campaign would fall outside its days: move the event first",
        )));
    }
    let conn = tx.conn().await?;
    let changed = tx
        .update_many::<campaign::Entity>()
        .col_expr(campaign::Column::Title, Expr::value(content.title))
        .col_expr(campaign::Column::StartsOn, Expr::value(content.starts_on))
        .col_expr(campaign::Column::EndsOn, Expr::value(content.ends_on))
        .col_expr(
            campaign::Column::Description,
            Expr::value(content.description),
        )
        .col_expr(campaign::Column::UpdatedAt, Expr::value(Utc::now()))
        .col_expr(campaign::Column::Version, Expr::value(version + 1))
        .filter(campaign::Column::Id.eq(id))
        .filter(campaign::Column::Version.eq(version))
        .exec(&*conn)
        .await?;
    if changed.rows_affected == 0 {
        return Err(conflict("campaign"));
    }
    tx.touch(crate::ids::campaign_gid(id));
    Ok(Ok(id))
}

/// What is wrong with an event's content against its campaign's days and the clock: outside
/// the campaign (`OUTSIDE_CAMPAIGN`), participants counted before it began (`NOT_BEGUN`).
async fn problems(tx: &TenantTx, content: &EventContent) -> Result<Vec<UserError>> {
    let mut found = Vec::new();
    if let Some(id) = content.campaign {
        hold_campaign(tx, id, None).await?;
        let campaign = campaigns(tx, Some(&[id]))
            .await?
            .pop()
            .ok_or(Error::NotFound)?;
        let (first, last) = days(content.starts_at, content.ends_at);
        if first < campaign.starts_on || last > campaign.ends_on {
            found.push(UserError::new(
                &["input", "event", "startsAt"],
                "OUTSIDE_CAMPAIGN",
                format!(
                    "the campaign runs from {} to {}",
                    campaign.starts_on.format("%d.%m.%Y"),
                    campaign.ends_on.format("%d.%m.%Y")
                ),
            ));
        }
    }
    if content.participants.is_some() && content.starts_at > Utc::now() {
        found.push(UserError::new(
            &["input", "event", "participants"],
            "NOT_BEGUN",
            "participants are counted once the event has begun",
        ));
    }
    Ok(found)
}

/// Adds an event (of a campaign, or on its own); its ID.
pub async fn add_event(
    tx: &TenantTx,
    reader: StrategyAccess,
    content: EventContent,
) -> Outcome<Uuid> {
    editor_only(reader)?;
    let problems = problems(tx, &content).await?;
    if !problems.is_empty() {
        return Ok(Err(problems));
    }
    let id = Uuid::now_v7();
    let now = Utc::now();
    let conn = tx.conn().await?;
    event::ActiveModel {
        tenant_id: Set(tx.tenant()),
        id: Set(id),
        campaign_id: Set(content.campaign),
        title: Set(content.title),
        kind: Set(content.kind),
        starts_at: Set(content.starts_at),
        ends_at: Set(content.ends_at),
        place: Set(content.place),
        audience: Set(content.audience),
        description: Set(content.description),
        participants: Set(content.participants),
        published: Set(content.published),
        created_at: Set(now),
        updated_at: Set(now),
        version: Set(1),
    }
    .insert(&*conn)
    .await?;
    tx.touch(crate::ids::event_gid(id));
    Ok(Ok(id))
}

/// Replaces an event's content at the version read (what is left out is cleared).
pub async fn update_event(
    tx: &TenantTx,
    reader: StrategyAccess,
    id: Uuid,
    version: i32,
    content: EventContent,
) -> Outcome<Uuid> {
    editor_only(reader)?;
    let found = {
        let conn = tx.conn().await?;
        tx.select_by_id::<event::Entity>(id)
            .one(&*conn)
            .await?
            .ok_or(Error::NotFound)?
    };
    if found.version != version {
        return Err(conflict("event"));
    }
    let problems = problems(tx, &content).await?;
    if !problems.is_empty() {
        return Ok(Err(problems));
    }
    let conn = tx.conn().await?;
    let changed = tx
        .update_many::<event::Entity>()
        .col_expr(event::Column::CampaignId, Expr::value(content.campaign))
        .col_expr(event::Column::Title, Expr::value(content.title))
        .col_expr(event::Column::Kind, Expr::value(content.kind))
        .col_expr(event::Column::StartsAt, Expr::value(content.starts_at))
        .col_expr(event::Column::EndsAt, Expr::value(content.ends_at))
        .col_expr(event::Column::Place, Expr::value(content.place))
        .col_expr(event::Column::Audience, Expr::value(content.audience))
        .col_expr(event::Column::Description, Expr::value(content.description))
        .col_expr(
            event::Column::Participants,
            Expr::value(content.participants),
        )
        .col_expr(event::Column::Published, Expr::value(content.published))
        .col_expr(event::Column::UpdatedAt, Expr::value(Utc::now()))
        .col_expr(event::Column::Version, Expr::value(version + 1))
        .filter(event::Column::Id.eq(id))
        .filter(event::Column::Version.eq(version))
        .exec(&*conn)
        .await?;
    if changed.rows_affected == 0 {
        return Err(conflict("event"));
    }
    tx.touch(crate::ids::event_gid(id));
    Ok(Ok(id))
}

/// One event of the municipality.
pub async fn event(tx: &TenantTx, id: Uuid) -> Result<Option<Event>> {
    let conn = tx.conn().await?;
    Ok(tx
        .select_by_id::<event::Entity>(id)
        .one(&*conn)
        .await?
        .map(event_from))
}

/// The municipality's events that start in `period` (from midnight in Warsaw), the earliest
/// first.
pub async fn events_in(tx: &TenantTx, period: kernel::stats::Period) -> Result<Vec<Event>> {
    let conn = tx.conn().await?;
    Ok(tx
        .select::<event::Entity>()
        .filter(event::Column::StartsAt.gte(period.starts_at()))
        .filter(event::Column::StartsAt.lt(period.ends_at()))
        .order_by_asc(event::Column::StartsAt)
        .order_by_asc(event::Column::Id)
        .all(&*conn)
        .await?
        .into_iter()
        .map(event_from)
        .collect())
}

/// The municipality's campaigns (those among `ids`, when given), the latest first.
pub async fn campaigns(tx: &TenantTx, ids: Option<&[Uuid]>) -> Result<Vec<Campaign>> {
    let conn = tx.conn().await?;
    let mut query = tx.select::<campaign::Entity>();
    if let Some(ids) = ids {
        query = query.filter(campaign::Column::Id.is_in(ids.iter().copied()));
    }
    Ok(query
        .order_by_desc(campaign::Column::StartsOn)
        .order_by_asc(campaign::Column::Id)
        .all(&*conn)
        .await?
        .into_iter()
        .map(campaign_from)
        .collect())
}

/// The municipality's events (those of one campaign, when given), the earliest first.
pub async fn events(tx: &TenantTx, of_campaign: Option<Uuid>) -> Result<Vec<Event>> {
    let conn = tx.conn().await?;
    let mut query = tx.select::<event::Entity>();
    if let Some(id) = of_campaign {
        query = query.filter(event::Column::CampaignId.eq(id));
    }
    Ok(query
        .order_by_asc(event::Column::StartsAt)
        .order_by_asc(event::Column::Id)
        .all(&*conn)
        .await?
        .into_iter()
        .map(event_from)
        .collect())
}

/// The published events not over at `now`, the earliest first, at most [`PUBLIC_LIMIT`], with
/// the campaigns they belong to: what the public calendar shows.
pub async fn published_events(
    tx: &TenantTx,
    now: DateTime<Utc>,
) -> Result<(Vec<Event>, Vec<Campaign>)> {
    let found: Vec<Event> = {
        let conn = tx.conn().await?;
        tx.select::<event::Entity>()
            .filter(event::Column::Published.eq(true))
            .filter(event::Column::EndsAt.gte(now))
            .order_by_asc(event::Column::StartsAt)
            .order_by_asc(event::Column::Id)
            .limit(PUBLIC_LIMIT)
            .all(&*conn)
            .await?
            .into_iter()
            .map(event_from)
            .collect()
    };
    let ids: Vec<Uuid> = found.iter().filter_map(|e| e.campaign_id).collect();
    let campaigns = if ids.is_empty() {
        Vec::new()
    } else {
        campaigns(tx, Some(&ids)).await?
    };
    Ok((found, campaigns))
}
