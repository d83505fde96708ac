//! What every resolver needs once per request (the reader's need to know and the data key), and
//! the per-request DataLoaders that batch a page's children.

use std::collections::HashMap;
use std::sync::{Arc, Weak};

use async_graphql::dataloader::Loader;
use async_graphql::Context;
use chrono::NaiveDate;
use kernel::crypto::{DataKey, MasterKey};
use kernel::date::Date;
use kernel::request::{upgrade, ContextExt, RequestContext};
use kernel::Error;
use tokio::sync::OnceCell;
use uuid::Uuid;

use crate::{CaseAccess, Deadline, GroupMember, Person, PlanItem, WorkRecord};

pub(crate) fn today() -> NaiveDate {
    kernel::calendar::today()
}

/// The day given, or today.
pub(crate) fn day(given: Option<Date>) -> NaiveDate {
    given.map_or_else(today, |d| d.0)
}

/// What every resolver of the procedure needs: the request's transaction, the reader's need
/// to know and the municipality's data key, each resolved once per request.
pub(crate) struct Scope {
    pub(crate) req: Arc<RequestContext>,
    pub(crate) reader: CaseAccess,
    pub(crate) key: DataKey,
}

#[derive(Default)]
pub(crate) struct ScopeCell(OnceCell<(CaseAccess, DataKey)>);

pub(crate) async fn scope_of(
    req: &Arc<RequestContext>,
    master: &MasterKey,
) -> kernel::Result<Scope> {
    let staff = req.principal.require_staff()?;
    let cell = req.slot(ScopeCell::default)?;
    let (reader, key) = cell
        .0
        .get_or_try_init(|| async {
            let tx = req.tenant_tx().await?;
            let reader = crate::reader(tx, staff).await?;
            let key = tenancy::data_key(tx, master).await?;
            Ok::<_, Error>((reader, key))
        })
        .await?
        .clone();
    Ok(Scope {
        req: req.clone(),
        reader,
        key,
    })
}

pub(crate) async fn scope(ctx: &Context<'_>) -> kernel::Result<Scope> {
    let req = ctx.request()?;
    let master = ctx
        .data::<MasterKey>()
        .map_err(|_| Error::internal("master key missing from the schema"))?;
    scope_of(req, master).await
}

impl Scope {
    pub(crate) async fn tx(&self) -> kernel::Result<&kernel::TenantTx> {
        self.req.tenant_tx().await
    }
}

macro_rules! card_loader {
    ($name:ident, $value:ty, $load:expr) => {
        /// Children of cards that already passed need to know, batched per request.
        pub struct $name {
            pub(crate) req: Weak<RequestContext>,
            pub(crate) master: MasterKey,
        }

        impl Loader<Uuid> for $name {
            type Value = Vec<$value>;
            type Error = async_graphql::Error;

            async fn load(
                &self,
                keys: &[Uuid],
            ) -> Result<HashMap<Uuid, Vec<$value>>, async_graphql::Error> {
                let req = upgrade(&self.req)?;
                let scope = scope_of(&req, &self.master).await?;
                let tx = scope.tx().await?;
                let rows: Vec<$value> = $load(tx, &scope.key, keys).await?;
                let mut out: HashMap<Uuid, Vec<$value>> =
                    keys.iter().map(|k| (*k, Vec::new())).collect();
                for row in rows {
                    out.entry(row.card_id).or_default().push(row);
                }
                Ok(out)
            }
        }
    };
}

card_loader!(PersonsLoader, Person, crate::persons_of);
card_loader!(GroupLoader, GroupMember, |tx, _key, keys| crate::group_of(
    tx, keys
));
card_loader!(DeadlinesLoader, Deadline, |tx, _key, keys| {
    crate::deadlines_of(tx, keys)
});
card_loader!(FormsLoader, crate::Form, crate::forms_of);
card_loader!(HistoryLoader, crate::HistoryEntry, |tx, _key, keys| {
    crate::steps_of(tx, keys)
});
card_loader!(PlanLoader, PlanItem, |tx, key, keys| crate::plan_items_of(
    tx, key, keys, None
));
card_loader!(WorkLoader, WorkRecord, crate::work_of);
card_loader!(MeetingsLoader, crate::GroupMeeting, crate::meetings_of);
card_loader!(
    OutsideMembersLoader,
    crate::outside::OutsideMember,
    crate::outside::outside_members_of
);
card_loader!(
    CorrectionsLoader,
    crate::PersonRevision,
    crate::revisions_of
);

/// Groups `rows` by the card each names, with an empty list for every key that has none.
fn by_card<V>(
    keys: &[Uuid],
    rows: Vec<V>,
    card: impl Fn(&V) -> Option<Uuid>,
) -> HashMap<Uuid, Vec<V>> {
    let mut out: HashMap<Uuid, Vec<V>> = keys.iter().map(|k| (*k, Vec::new())).collect();
    for row in rows {
        if let Some(id) = card(&row) {
            out.entry(id).or_default().push(row);
        }
    }
    out
}

/// The earlier procedures a page's cards were linked to, batched per request (the reader's
/// need to know applied once for the page).
pub struct EarlierLoader {
    pub(crate) req: Weak<RequestContext>,
    pub(crate) master: MasterKey,
}

impl Loader<Uuid> for EarlierLoader {
    type Value = Vec<crate::EarlierProcedure>;
    type Error = async_graphql::Error;

    async fn load(&self, keys: &[Uuid]) -> Result<HashMap<Uuid, Self::Value>, Self::Error> {
        let req = upgrade(&self.req)?;
        let scope = scope_of(&req, &self.master).await?;
        let rows = crate::earlier_procedures_of(scope.tx().await?, scope.reader, keys).await?;
        Ok(by_card(keys, rows, |e| Some(e.card_id)))
    }
}

/// The hand-overs of a page's cards the viewer sees, batched per request.
pub struct TransfersLoader {
    pub(crate) req: Weak<RequestContext>,
    pub(crate) master: MasterKey,
}

impl Loader<Uuid> for TransfersLoader {
    type Value = Vec<crate::transfers::Transfer>;
    type Error = async_graphql::Error;

    async fn load(&self, keys: &[Uuid]) -> Result<HashMap<Uuid, Self::Value>, Self::Error> {
        let req = upgrade(&self.req)?;
        let scope = scope_of(&req, &self.master).await?;
        let admin = req.principal.require_tenant_admin().is_ok();
        let viewer = crate::transfers::TransferViewer::new(scope.reader, admin);
        let rows = crate::transfers::of_cards(scope.tx().await?, viewer, keys).await?;
        Ok(by_card(keys, rows, |t| t.card_id))
    }
}

/// Match proposals of cards (as filing or as procedure), batched per request. Only the chair's
/// requests reach it.
pub struct MatchLoader {
    pub(crate) req: Weak<RequestContext>,
    pub(crate) master: MasterKey,
}

impl Loader<Uuid> for MatchLoader {
    type Value = Vec<crate::MatchProposal>;
    type Error = async_graphql::Error;

    async fn load(
        &self,
        keys: &[Uuid],
    ) -> Result<HashMap<Uuid, Vec<crate::MatchProposal>>, async_graphql::Error> {
        let req = upgrade(&self.req)?;
        let scope = scope_of(&req, &self.master).await?;
        let found = crate::proposals_of(scope.tx().await?, scope.reader, keys).await?;
        let mut out: HashMap<Uuid, Vec<crate::MatchProposal>> =
            keys.iter().map(|k| (*k, Vec::new())).collect();
        for p in found {
            for card in [p.filing_card_id, p.procedure_card_id] {
                if let Some(list) = out.get_mut(&card) {
                    list.push(p.clone());
                }
            }
        }
        Ok(out)
    }
}

pub(crate) fn loader<L>(
    ctx: &Context<'_>,
    make: impl FnOnce(Weak<RequestContext>, MasterKey) -> L,
) -> kernel::Result<Arc<kernel::request::RequestLoader<L>>>
where
    L: Loader<Uuid, Error = async_graphql::Error>,
{
    let req = ctx.request()?;
    let master = ctx
        .data::<MasterKey>()
        .map_err(|_| Error::internal("master key missing from the schema"))?
        .clone();
    req.loader(|weak| make(weak, master))
}

pub(crate) fn persons_loader(
    ctx: &Context<'_>,
) -> kernel::Result<Arc<kernel::request::RequestLoader<PersonsLoader>>> {
    loader(ctx, |req, master| PersonsLoader { req, master })
}

pub(crate) fn group_loader(
    ctx: &Context<'_>,
) -> kernel::Result<Arc<kernel::request::RequestLoader<GroupLoader>>> {
    loader(ctx, |req, master| GroupLoader { req, master })
}

pub(crate) fn deadlines_loader(
    ctx: &Context<'_>,
) -> kernel::Result<Arc<kernel::request::RequestLoader<DeadlinesLoader>>> {
    loader(ctx, |req, master| DeadlinesLoader { req, master })
}

/// The scope of a mutation: it changes cards, so what the loaders cached is dropped.
pub(crate) async fn scope_for_change(ctx: &Context<'_>) -> kernel::Result<Scope> {
    persons_loader(ctx)?.clear::<Uuid>();
    group_loader(ctx)?.clear::<Uuid>();
    deadlines_loader(ctx)?.clear::<Uuid>();
    loader(ctx, |req, master| FormsLoader { req, master })?.clear::<Uuid>();
    loader(ctx, |req, master| HistoryLoader { req, master })?.clear::<Uuid>();
    loader(ctx, |req, master| PlanLoader { req, master })?.clear::<Uuid>();
    loader(ctx, |req, master| WorkLoader { req, master })?.clear::<Uuid>();
    loader(ctx, |req, master| MeetingsLoader { req, master })?.clear::<Uuid>();
    loader(ctx, |req, master| OutsideMembersLoader { req, master })?.clear::<Uuid>();
    loader(ctx, |req, master| CorrectionsLoader { req, master })?.clear::<Uuid>();
    loader(ctx, |req, master| MatchLoader { req, master })?.clear::<Uuid>();
    loader(ctx, |req, master| TransfersLoader { req, master })?.clear::<Uuid>();
    loader(ctx, |req, master| EarlierLoader { req, master })?.clear::<Uuid>();
    scope(ctx).await
}

/// Loads the children a list's selection asks for, one query per kind for the whole page.
pub(crate) async fn prefetch(ctx: &Context<'_>, cards: &[Uuid]) -> async_graphql::Result<()> {
    let node = ctx.look_ahead().field("edges").field("node");
    if node.field("persons").exists() {
        persons_loader(ctx)?
            .load_many(cards.iter().copied())
            .await?;
    }
    if node.field("diagnosticGroup").exists() {
        group_loader(ctx)?.load_many(cards.iter().copied()).await?;
    }
    if node.field("deadlines").exists() {
        deadlines_loader(ctx)?
            .load_many(cards.iter().copied())
            .await?;
    }
    if node.field("forms").exists() {
        loader(ctx, |req, master| FormsLoader { req, master })?
            .load_many(cards.iter().copied())
            .await?;
    }
    if node.field("history").exists() {
        loader(ctx, |req, master| HistoryLoader { req, master })?
            .load_many(cards.iter().copied())
            .await?;
    }
    if node.field("helpPlan").exists() || node.field("actionPlan").exists() {
        loader(ctx, |req, master| PlanLoader { req, master })?
            .load_many(cards.iter().copied())
            .await?;
    }
    if node.field("outsideGroupMembers").exists() {
        loader(ctx, |req, master| OutsideMembersLoader { req, master })?
            .load_many(cards.iter().copied())
            .await?;
    }
    if node.field("groupMeetings").exists() {
        loader(ctx, |req, master| MeetingsLoader { req, master })?
            .load_many(cards.iter().copied())
            .await?;
    }
    if node.field("work").exists() || node.field("workCounts").exists() {
        loader(ctx, |req, master| WorkLoader { req, master })?
            .load_many(cards.iter().copied())
            .await?;
    }
    if node.field("personCorrections").exists() {
        loader(ctx, |req, master| CorrectionsLoader { req, master })?
            .load_many(cards.iter().copied())
            .await?;
    }
    if node.field("transfers").exists() || node.field("mayHandOver").exists() {
        loader(ctx, |req, master| TransfersLoader { req, master })?
            .load_many(cards.iter().copied())
            .await?;
    }
    if node.field("earlierProcedures").exists() {
        loader(ctx, |req, master| EarlierLoader { req, master })?
            .load_many(cards.iter().copied())
            .await?;
    }
    if node.field("matchProposals").exists() {
        loader(ctx, |req, master| MatchLoader { req, master })?
            .load_many(cards.iter().copied())
            .await?;
    }
    Ok(())
}

pub(crate) async fn children<L, V>(
    ctx: &Context<'_>,
    card: Uuid,
    make: impl FnOnce(Weak<RequestContext>, MasterKey) -> L,
) -> async_graphql::Result<Vec<V>>
where
    L: Loader<Uuid, Value = Vec<V>, Error = async_graphql::Error>,
    V: Clone + Send + Sync + 'static,
{
    Ok(loader(ctx, make)?.load_one(card).await?.unwrap_or_default())
}
