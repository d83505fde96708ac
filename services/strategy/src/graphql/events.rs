//! Campaigns and events over GraphQL: `municipalCampaigns` and `municipalEvents(year:)` for
//! every staff member, their changes for the administrator and the team's chair, and
//! `publicEvents(municipality:)` for anyone, without signing in.

use std::sync::Arc;

use async_graphql::{Context, InputObject, Object, SimpleObject, ID};
use chrono::{DateTime, Utc};
use kernel::date::Date;
use kernel::input::{Errors, Payload};
use kernel::request::ContextExt;
use kernel::text::Text;
use kernel::{GlobalId, TenantTx, UserError};
use uuid::Uuid;

use crate::calendar::PublicCalendar;
use crate::domain::EventKind;
use crate::events::{Campaign, CampaignContent, Event, EventContent};
use crate::ids::{campaign_gid, event_gid, MUNICIPAL_CAMPAIGN, MUNICIPAL_EVENT};
use crate::StrategyAccess;

/// The root fields anyone may ask without a credential, the same for everyone.
pub const PUBLIC_ROOT_FIELDS: &[&str] = &["publicEvents"];

/// The most participants an event counts.
const MAX_PARTICIPANTS: i32 = 100_000;

kernel::payload! {
    /// Result of a change to a campaign: the campaign as it now is, or why it was refused.
    MunicipalCampaignPayload { campaign: CampaignObject }
}

kernel::payload! {
    /// Result of a change to an event: the event as it now is, or why it was refused.
    MunicipalEventPayload { event: EventObject }
}

/// Kampania.
pub struct CampaignObject {
    campaign: Campaign,
    events: Vec<EventObject>,
    may_edit: bool,
}

/// Kampania — e.g. the White Ribbon, with its days and events.
#[Object(name = "MunicipalCampaign")]
impl CampaignObject {
    async fn id(&self) -> ID {
        ID(campaign_gid(self.campaign.id))
    }
    async fn title(&self) -> &str {
        &self.campaign.title
    }
    async fn starts_on(&self) -> Date {
        Date(self.campaign.starts_on)
    }
    async fn ends_on(&self) -> Date {
        Date(self.campaign.ends_on)
    }
    async fn description(&self) -> Option<&str> {
        self.campaign.description.as_deref()
    }
    /// Its events, the earliest first.
    async fn events(&self) -> &[EventObject] {
        &self.events
    }
    /// Whether the reader may change it (the administrator and the team's chair).
    async fn viewer_may_edit(&self) -> bool {
        self.may_edit
    }
    async fn version(&self) -> i32 {
        self.campaign.version
    }
}

/// Wydarzenie.
#[derive(Clone)]
pub struct EventObject {
    event: Event,
    may_edit: bool,
}

/// Wydarzenie — a training, meeting, workshop… with its times, place, audience and the
/// participants counted once it began.
#[Object(name = "MunicipalEvent")]
impl EventObject {
    async fn id(&self) -> ID {
        ID(event_gid(self.event.id))
    }
    /// The campaign it belongs to, if any.
    async fn campaign_id(&self) -> Option<ID> {
        self.event.campaign_id.map(|c| ID(campaign_gid(c)))
    }
    async fn title(&self) -> &str {
        &self.event.title
    }
    async fn kind(&self) -> EventKind {
        self.event.kind
    }
    async fn starts_at(&self) -> DateTime<Utc> {
        self.event.starts_at
    }
    async fn ends_at(&self) -> DateTime<Utc> {
        self.event.ends_at
    }
    async fn place(&self) -> &str {
        &self.event.place
    }
    /// Who it is for (parents, school counsellors, seniors…).
    async fn audience(&self) -> &str {
        &self.event.audience
    }
    async fn description(&self) -> Option<&str> {
        self.event.description.as_deref()
    }
    /// The participants counted; null until then.
    async fn participants(&self) -> Option<i32> {
        self.event.participants
    }
    /// Whether the municipality's public calendar shows it.
    async fn published(&self) -> bool {
        self.event.published
    }
    /// Whether the reader may change it (the administrator and the team's chair).
    async fn viewer_may_edit(&self) -> bool {
        self.may_edit
    }
    async fn version(&self) -> i32 {
        self.event.version
    }
}

/// Wydarzenie w kalendarzu gminy — what the public calendar says of a published event.
#[derive(SimpleObject)]
pub struct PublicEvent {
    /// Stable for the event: the same as its `UID` in the iCalendar feed.
    pub uid: String,
    pub title: String,
    pub kind: EventKind,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub place: String,
    pub audience: String,
    pub description: Option<String>,
    /// The campaign's title, when it belongs to one.
    pub campaign: Option<String>,
}

fn reader(ctx: &Context<'_>) -> kernel::Result<StrategyAccess> {
    Ok(crate::reader(ctx.request()?.principal.require_staff()?))
}

fn event_objects(events: Vec<Event>, may_edit: bool) -> Vec<EventObject> {
    events
        .into_iter()
        .map(|event| EventObject { event, may_edit })
        .collect()
}

/// The campaigns among `ids` (all when none) with their events, in two statements.
async fn read_campaigns(
    tx: &TenantTx,
    reader: StrategyAccess,
    ids: Option<&[Uuid]>,
) -> kernel::Result<Vec<CampaignObject>> {
    let campaigns = crate::events::campaigns(tx, ids).await?;
    let mut events = match ids {
        Some([one]) => crate::events::events(tx, Some(*one)).await?,
        _ => crate::events::events(tx, None).await?,
    };
    Ok(campaigns
        .into_iter()
        .map(|campaign| {
            let (own, rest): (Vec<Event>, Vec<Event>) = std::mem::take(&mut events)
                .into_iter()
                .partition(|e| e.campaign_id == Some(campaign.id));
            events = rest;
            CampaignObject {
                campaign,
                events: event_objects(own, reader.may_edit()),
                may_edit: reader.may_edit(),
            }
        })
        .collect())
}

#[derive(Default)]
pub struct EventsQuery;

#[Object]
impl EventsQuery {
    /// Kampanie — the municipality's campaigns, the latest first, each with its events. Every
    /// staff member of the municipality.
    async fn municipal_campaigns(
        &self,
        ctx: &Context<'_>,
    ) -> async_graphql::Result<Vec<CampaignObject>> {
        let reader = reader(ctx)?;
        Ok(read_campaigns(ctx.request()?.tenant_tx().await?, reader, None).await?)
    }

    /// Wydarzenia roku — the municipality's events that start in `year` (Warsaw time), of a
    /// campaign or not, the earliest first. Every staff member of the municipality.
    async fn municipal_events(
        &self,
        ctx: &Context<'_>,
        year: i32,
    ) -> async_graphql::Result<Vec<EventObject>> {
        let reader = reader(ctx)?;
        let period = kernel::stats::Period::year(year)?;
        let tx = ctx.request()?.tenant_tx().await?;
        Ok(event_objects(
            crate::events::events_in(tx, period).await?,
            reader.may_edit(),
        ))
    }
}

#[derive(Default)]
pub struct EventsPublicQuery;

#[Object]
impl EventsPublicQuery {
    /// Kalendarz wydarzeń gminy — a municipality's published events not yet over, the earliest
    /// first (at most 200), by the municipality's slug. Needs no sign-in; an unknown or
    /// inactive municipality has none. The same list as its iCalendar feed
    /// (`/kalendarz/<slug>.ics`).
    async fn public_events(
        &self,
        ctx: &Context<'_>,
        municipality: String,
    ) -> async_graphql::Result<Vec<PublicEvent>> {
        let req = ctx.request()?;
        let db = req.db();
        let Some((tenant, _)) = crate::calendar::municipality(db, &municipality).await? else {
            return Ok(Vec::new());
        };
        let published = calendar(ctx)?.of(db, tenant).await?;
        Ok(published
            .upcoming(Utc::now())
            .map(|e| PublicEvent {
                uid: format!("{}@ostoja", e.id),
                title: e.title.clone(),
                kind: e.kind,
                starts_at: e.starts_at,
                ends_at: e.ends_at,
                place: e.place.clone(),
                audience: e.audience.clone(),
                description: e.description.clone(),
                campaign: published.campaign_of(e).map(|c| c.title.clone()),
            })
            .collect())
    }
}

/// The public calendars of this process, as the gateway registered them.
fn calendar<'a>(ctx: &'a Context<'_>) -> kernel::Result<&'a Arc<PublicCalendar>> {
    ctx.data::<Arc<PublicCalendar>>()
        .map_err(|_| kernel::Error::internal("the public calendar is not registered"))
}

/// Once the request's transaction has committed, the municipality's public calendar is read
/// again, in every process.
fn calendar_after_commit(ctx: &Context<'_>, tx: &TenantTx) -> kernel::Result<()> {
    let calendar = calendar(ctx)?.clone();
    let pubsub = ctx.request()?.pubsub().clone();
    let tenant = tx.tenant();
    tx.after_commit(async move { calendar.changed(&pubsub, tenant).await });
    Ok(())
}

/// Kampania: its title, days and description.
#[derive(InputObject)]
pub struct MunicipalCampaignInput {
    pub title: String,
    pub starts_on: Date,
    pub ends_on: Date,
    pub description: Option<String>,
}

/// Nowa kampania.
#[derive(InputObject)]
pub struct CreateMunicipalCampaignInput {
    pub campaign: MunicipalCampaignInput,
}

/// Zmiana kampanii, at the version read.
#[derive(InputObject)]
pub struct UpdateMunicipalCampaignInput {
    pub id: ID,
    pub version: i32,
    pub campaign: MunicipalCampaignInput,
}

/// Wydarzenie: what, when, where, for whom, and whether the public calendar shows it.
#[derive(InputObject)]
pub struct MunicipalEventInput {
    /// The campaign it belongs to; its days must hold the event's.
    pub campaign_id: Option<ID>,
    pub title: String,
    pub kind: EventKind,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub place: String,
    pub audience: String,
    pub description: Option<String>,
    /// Counted once it has begun (0 to 100 000).
    pub participants: Option<i32>,
    pub published: bool,
}

/// Nowe wydarzenie.
#[derive(InputObject)]
pub struct AddMunicipalEventInput {
    pub event: MunicipalEventInput,
}

/// Zmiana wydarzenia, at the version read (what is left out is cleared).
#[derive(InputObject)]
pub struct UpdateMunicipalEventInput {
    pub id: ID,
    pub version: i32,
    pub event: MunicipalEventInput,
}

fn campaign(e: &mut Errors, input: &MunicipalCampaignInput) -> Option<CampaignContent> {
    e.nested(&["campaign"], |e| {
        let title = e.field("title", Text::<300>::parse(&input.title));
        let description = e.optional_text::<2000>("description", input.description.as_deref());
        if input.ends_on.0 < input.starts_on.0 {
            e.add(
                "endsOn",
                "ENDS_BEFORE_STARTS",
                "a campaign cannot end before it starts",
            );
            return None;
        }
        Some(CampaignContent {
            title: title?.into_string(),
            starts_on: input.starts_on.0,
            ends_on: input.ends_on.0,
            description: description?,
        })
    })
}

fn event(e: &mut Errors, input: &MunicipalEventInput) -> Option<EventContent> {
    e.nested(&["event"], |e| {
        let campaign = match &input.campaign_id {
            None => Some(None),
            Some(id) => e
                .field("campaignId", GlobalId::decode_as(id, MUNICIPAL_CAMPAIGN))
                .map(Some),
        };
        let title = e.field("title", Text::<300>::parse(&input.title));
        let place = e.field("place", Text::<300>::parse(&input.place));
        let audience = e.field("audience", Text::<300>::parse(&input.audience));
        let description = e.optional_text::<2000>("description", input.description.as_deref());
        if input
            .participants
            .is_some_and(|n| !(0..=MAX_PARTICIPANTS).contains(&n))
        {
            e.add(
                "participants",
                "OUT_OF_RANGE",
                format!("from 0 to {MAX_PARTICIPANTS}"),
            );
        }
        if input.ends_at < input.starts_at {
            e.add(
                "endsAt",
                "ENDS_BEFORE_STARTS",
                "an event cannot end before it starts",
            );
            return None;
        }
        Some(EventContent {
            campaign: campaign?,
            title: title?.into_string(),
            kind: input.kind,
            starts_at: input.starts_at,
            ends_at: input.ends_at,
            place: place?.into_string(),
            audience: audience?.into_string(),
            description: description?,
            participants: input.participants,
            published: input.published,
        })
    })
}

/// A change at a version, parsed.
pub struct Versioned<T> {
    id: Uuid,
    version: i32,
    content: T,
}

impl TryFrom<CreateMunicipalCampaignInput> for CampaignContent {
    type Error = Vec<UserError>;

    fn try_from(input: CreateMunicipalCampaignInput) -> Result<Self, Vec<UserError>> {
        let mut e = Errors::input();
        let parsed = campaign(&mut e, &input.campaign);
        e.finish(|| parsed)
    }
}

impl TryFrom<UpdateMunicipalCampaignInput> for Versioned<CampaignContent> {
    type Error = Vec<UserError>;

    fn try_from(input: UpdateMunicipalCampaignInput) -> Result<Self, Vec<UserError>> {
        let mut e = Errors::input();
        let id = e.field("id", GlobalId::decode_as(&input.id, MUNICIPAL_CAMPAIGN));
        let parsed = campaign(&mut e, &input.campaign);
        e.finish(|| {
            Some(Versioned {
                id: id?,
                version: input.version,
                content: parsed?,
            })
        })
    }
}

impl TryFrom<AddMunicipalEventInput> for EventContent {
    type Error = Vec<UserError>;

    fn try_from(input: AddMunicipalEventInput) -> Result<Self, Vec<UserError>> {
        let mut e = Errors::input();
        let parsed = event(&mut e, &input.event);
        e.finish(|| parsed)
    }
}

impl TryFrom<UpdateMunicipalEventInput> for Versioned<EventContent> {
    type Error = Vec<UserError>;

    fn try_from(input: UpdateMunicipalEventInput) -> Result<Self, Vec<UserError>> {
        let mut e = Errors::input();
        let id = e.field("id", GlobalId::decode_as(&input.id, MUNICIPAL_EVENT));
        let parsed = event(&mut e, &input.event);
        e.finish(|| {
            Some(Versioned {
                id: id?,
                version: input.version,
                content: parsed?,
            })
        })
    }
}

/// The editor and the parsed input, or the payload `P` refusing it; FORBIDDEN first for anyone
/// but the administrator and the team's chair.
fn editing<I, T, P: Payload>(
    ctx: &Context<'_>,
    input: I,
) -> kernel::Result<Result<(StrategyAccess, T), P>>
where
    T: TryFrom<I, Error = Vec<UserError>>,
{
    let reader = reader(ctx)?;
    crate::editor_only(reader)?;
    Ok(T::try_from(input)
        .map(|parsed| (reader, parsed))
        .map_err(P::refused))
}

macro_rules! parsed {
    ($ctx:expr, $input:expr, $type:ty, $payload:ty) => {
        match editing::<_, $type, $payload>($ctx, $input)? {
            Ok(parsed) => parsed,
            Err(refused) => return Ok(refused),
        }
    };
}

async fn campaign_answer(
    ctx: &Context<'_>,
    reader: StrategyAccess,
    outcome: Result<Uuid, Vec<UserError>>,
) -> async_graphql::Result<MunicipalCampaignPayload> {
    let id = match outcome {
        Ok(id) => id,
        Err(errors) => return Ok(MunicipalCampaignPayload::refused(errors)),
    };
    let tx = ctx.request()?.tenant_tx().await?;
    // The public calendar names an event's campaign.
    calendar_after_commit(ctx, tx)?;
    let found = read_campaigns(tx, reader, Some(&[id]))
        .await?
        .pop()
        .ok_or_else(|| kernel::Error::internal("a campaign vanished after its change"))?;
    Ok(MunicipalCampaignPayload::done(found))
}

async fn event_answer(
    ctx: &Context<'_>,
    reader: StrategyAccess,
    outcome: Result<Uuid, Vec<UserError>>,
) -> async_graphql::Result<MunicipalEventPayload> {
    let id = match outcome {
        Ok(id) => id,
        Err(errors) => return Ok(MunicipalEventPayload::refused(errors)),
    };
    let tx = ctx.request()?.tenant_tx().await?;
    calendar_after_commit(ctx, tx)?;
    let found = crate::events::event(tx, id)
        .await?
        .ok_or_else(|| kernel::Error::internal("an event vanished after its change"))?;
    Ok(MunicipalEventPayload::done(EventObject {
        event: found,
        may_edit: reader.may_edit(),
    }))
}

#[derive(Default)]
pub struct EventsMutation;

#[Object]
impl EventsMutation {
    /// Describes a campaign: title, days (`ENDS_BEFORE_STARTS`), description. The
    /// administrator or the team's chair.
    async fn create_municipal_campaign(
        &self,
        ctx: &Context<'_>,
        input: CreateMunicipalCampaignInput,
    ) -> async_graphql::Result<MunicipalCampaignPayload> {
        let (reader, content) = parsed!(ctx, input, CampaignContent, MunicipalCampaignPayload);
        let tx = ctx.request()?.tenant_tx().await?;
        let id = crate::events::add_campaign(tx, reader, content).await?;
        campaign_answer(ctx, reader, Ok(id)).await
    }

    /// Corrects a campaign at the version read; days that would leave out one of its events
    /// are refused (`EVENTS_OUTSIDE`). The administrator or the team's chair.
    async fn update_municipal_campaign(
        &self,
        ctx: &Context<'_>,
        input: UpdateMunicipalCampaignInput,
    ) -> async_graphql::Result<MunicipalCampaignPayload> {
        let (reader, change) = parsed!(
            ctx,
            input,
            Versioned<CampaignContent>,
            MunicipalCampaignPayload
        );
        let tx = ctx.request()?.tenant_tx().await?;
        let outcome =
            crate::events::update_campaign(tx, reader, change.id, change.version, change.content)
                .await?;
        campaign_answer(ctx, reader, outcome).await
    }

    /// Adds an event: of a campaign (within its days: `OUTSIDE_CAMPAIGN`) or on its own; its
    /// times (`ENDS_BEFORE_STARTS`), place, audience, participants once it has begun
    /// (`NOT_BEGUN`) and whether the public calendar shows it. The administrator or the
    /// team's chair.
    async fn add_municipal_event(
        &self,
        ctx: &Context<'_>,
        input: AddMunicipalEventInput,
    ) -> async_graphql::Result<MunicipalEventPayload> {
        let (reader, content) = parsed!(ctx, input, EventContent, MunicipalEventPayload);
        let tx = ctx.request()?.tenant_tx().await?;
        let outcome = crate::events::add_event(tx, reader, content).await?;
        event_answer(ctx, reader, outcome).await
    }

    /// Replaces an event's content at the version read: e.g. the participants counted, or
    /// taken off the public calendar. The administrator or the team's chair.
    async fn update_municipal_event(
        &self,
        ctx: &Context<'_>,
        input: UpdateMunicipalEventInput,
    ) -> async_graphql::Result<MunicipalEventPayload> {
        let (reader, change) = parsed!(ctx, input, Versioned<EventContent>, MunicipalEventPayload);
        let tx = ctx.request()?.tenant_tx().await?;
        let outcome =
            crate::events::update_event(tx, reader, change.id, change.version, change.content)
                .await?;
        event_answer(ctx, reader, outcome).await
    }
}
