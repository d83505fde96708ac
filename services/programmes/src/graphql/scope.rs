//! What every resolver of programmes needs once per request: the reader's need to know and
//! the municipality's data key.

use std::sync::Arc;

use async_graphql::Context;
use kernel::crypto::DataKey;
use kernel::request::{ContextExt, RequestContext};
use kernel::TenantTx;

use crate::ProgrammeAccess;

pub(crate) struct Scope {
    pub(crate) req: Arc<RequestContext>,
    pub(crate) reader: ProgrammeAccess,
    pub(crate) key: DataKey,
}

impl Scope {
    pub(crate) async fn tx(&self) -> kernel::Result<&TenantTx> {
        self.req.tenant_tx().await
    }
}

/// The request's scope: staff of a municipality only (anonymous: UNAUTHENTICATED; coordinators
/// and operators: FORBIDDEN).
pub(crate) async fn scope(ctx: &Context<'_>) -> kernel::Result<Scope> {
    let req = ctx.request()?;
    let reader = crate::reader(req.principal.require_staff()?);
    Ok(Scope {
        req: req.clone(),
        reader,
        key: tenancy::request_data_key(ctx).await?,
    })
}

/// The reader's municipality's name, as its documents print it.
async fn municipality(ctx: &Context<'_>) -> kernel::Result<String> {
    let req = ctx.request()?;
    let tenant = req.principal.require_staff()?.tenant;
    let tx = req.db().platform().await?;
    let found = tenancy::find_tenant(&tx, tenant).await?;
    tx.commit().await?;
    found
        .map(|t| t.name)
        .ok_or_else(|| kernel::Error::internal("the reader's municipality vanished"))
}

/// One document of an enrolment the reader may have (null until the enrolment reaches it).
pub(crate) async fn paper_of(
    ctx: &Context<'_>,
    of: &impl crate::Printable,
    paper: crate::Paper,
) -> kernel::Result<Option<documents::DocumentFile>> {
    if !paper.exists_for(of.status(), of.referred()) {
        return Ok(None);
    }
    documents::admit(ctx.request()?)?;
    let s = scope(ctx).await?;
    let name = municipality(ctx).await?;
    crate::paper(s.tx().await?, &s.key, of, paper, &name).await
}

/// The municipalities named as served by a programme: each an active municipality of the
/// reader's region other than its own (`NOT_IN_REGION` on its position otherwise), once each.
pub(crate) async fn served_ids(
    ctx: &Context<'_>,
    slugs: &[kernel::slug::Slug],
) -> kernel::Result<Result<Vec<uuid::Uuid>, Vec<kernel::UserError>>> {
    if slugs.is_empty() {
        return Ok(Ok(Vec::new()));
    }
    let req = ctx.request()?;
    let own = req.principal.require_staff()?.tenant;
    let tx = req.db().platform().await?;
    let region = tenancy::active_neighbours(&tx, own).await?;
    tx.commit().await?;
    let mut ids = Vec::new();
    let mut errors = Vec::new();
    for (i, slug) in slugs.iter().enumerate() {
        let found = region.iter().find(|t| &t.slug == slug);
        match found {
            Some(t) if !ids.contains(&t.id) => ids.push(t.id),
            Some(_) => {}
            None => errors.push(kernel::UserError::new(
                &["input", "servedMunicipalities", &i.to_string()],
                "NOT_IN_REGION",
                "name another active municipality of your region",
            )),
        }
    }
    Ok(if errors.is_empty() {
        Ok(ids)
    } else {
        Err(errors)
    })
}

/// The names of municipalities by ID (one platform read).
pub(crate) async fn municipality_names(
    ctx: &Context<'_>,
    ids: &[uuid::Uuid],
) -> kernel::Result<Vec<(uuid::Uuid, String)>> {
    let names = tenancy::municipality_names(ctx.request()?.db(), ids).await?;
    Ok(ids
        .iter()
        .filter_map(|id| names.get(id).map(|name| (*id, name.clone())))
        .collect())
}
