//! Per-request state shared by the resolvers of one GraphQL request.

use std::any::{Any, TypeId};
use std::collections::HashMap;
use std::sync::{Arc, Weak};

use async_graphql::dataloader::{DataLoader, HashMapCache, Loader};

use tokio::sync::OnceCell;

use crate::db::{AuditContext, AuditSink, Db, Outcome, TenantTx};
use crate::error::{Error, Result};
use crate::principal::Principal;
use crate::pubsub::PubSub;
use uuid::Uuid;

/// A per-request DataLoader with a per-request cache.
pub type RequestLoader<L> = DataLoader<L, HashMapCache>;

pub struct RequestContext {
    pub principal: Principal,
    pub request_id: String,
    db: Db,
    pubsub: PubSub,
    audit: Option<Arc<dyn AuditSink>>,
    operation: std::sync::Mutex<String>,
    tenant_tx: OnceCell<TenantTx>,
    /// The tenant transaction opened while the principal was checked, until first use.
    opened: std::sync::Mutex<Option<TenantTx>>,
    liveness: Option<crate::principal::Liveness>,
    slots: std::sync::Mutex<HashMap<TypeId, Arc<dyn Any + Send + Sync>>>,
}

impl RequestContext {
    pub fn new(
        principal: Principal,
        request_id: String,
        db: Db,
        pubsub: PubSub,
        audit: Option<Arc<dyn AuditSink>>,
    ) -> Self {
        RequestContext {
            principal,
            request_id,
            db,
            pubsub,
            audit,
            operation: std::sync::Mutex::new(String::new()),
            tenant_tx: OnceCell::new(),
            opened: std::sync::Mutex::new(None),
            liveness: None,
            slots: std::sync::Mutex::new(HashMap::new()),
        }
    }

    /// The context of a WebSocket connection. It outlives any transaction, so it serves
    /// subscriptions only and never opens the request transaction: a subscription that needs
    /// the database opens a short tenant transaction per event. Its `principal` is who signed
    /// in when the connection opened; streams ask `liveness` who it is now (`live::guarded`).
    pub fn for_subscriptions(mut self, liveness: crate::principal::Liveness) -> Self {
        self.liveness = Some(liveness);
        self
    }

    /// The request's tenant transaction, already open: the one in which its kept principal was
    /// checked ([`crate::db::Db::tenant_reading`]). Used at the request's first tenant work; a
    /// request that does none ends it unused, with no audit entry.
    pub fn with_tenant_tx(mut self, tx: Option<TenantTx>) -> Self {
        self.opened = std::sync::Mutex::new(tx);
        self
    }

    fn take_opened(&self) -> Option<TenantTx> {
        self.opened.lock().ok().and_then(|mut o| o.take())
    }

    pub fn subscriptions_only(&self) -> bool {
        self.liveness.is_some()
    }

    /// How a subscription connection re-checks who is on the other end.
    pub fn liveness(&self) -> Option<crate::principal::Liveness> {
        self.liveness.clone()
    }

    /// Who works and why, for audit entries written outside the request's tenant transaction.
    pub fn audit_context(&self) -> AuditContext {
        AuditContext {
            actor: self.principal.actor(),
            operation: self.operation(),
            request_id: Some(self.request_id.clone()),
            sink: self.audit.clone(),
        }
    }

    pub fn db(&self) -> &Db {
        &self.db
    }

    pub fn pubsub(&self) -> &PubSub {
        &self.pubsub
    }

    pub fn set_operation(&self, name: String) {
        if let Ok(mut op) = self.operation.lock() {
            *op = name;
        }
    }

    pub fn operation(&self) -> String {
        self.operation.lock().map(|o| o.clone()).unwrap_or_default()
    }

    /// The request's one tenant transaction, opened on first use, for the principal's tenant.
    /// Every resolver and DataLoader of the request shares it.
    pub async fn tenant_tx(&self) -> Result<&TenantTx> {
        let staff = self.principal.require_staff()?;
        if self.subscriptions_only() {
            return Err(Error::internal(
                "a subscription connection has no request transaction",
            ));
        }
        let tenant = staff.tenant;
        self.tenant_tx
            .get_or_try_init(|| async {
                match self.take_opened() {
                    Some(tx) if tx.tenant() == tenant => Ok(tx.with_audit(self.audit_context())),
                    other => {
                        if let Some(tx) = other {
                            tx.discard().await?;
                        }
                        self.db.tenant(tenant, self.audit_context()).await
                    }
                }
            })
            .await
    }

    /// A value of type `T` kept for the rest of the request (e.g. an unwrapped data key in a
    /// `OnceCell`), created on first use.
    pub fn slot<T, F>(&self, make: F) -> Result<Arc<T>>
    where
        T: Send + Sync + 'static,
        F: FnOnce() -> T,
    {
        let mut slots = self
            .slots
            .lock()
            .map_err(|_| Error::internal("request slots poisoned"))?;
        slots
            .entry(TypeId::of::<T>())
            .or_insert_with(|| Arc::new(make()) as Arc<dyn Any + Send + Sync>)
            .clone()
            .downcast::<T>()
            .map_err(|_| Error::internal("request slot of the wrong type"))
    }

    /// The request's DataLoader of type `L`, created on first use. Loaders live as long as the
    /// request and read through its tenant transaction, so they never batch across tenants.
    /// They hold the request weakly: the request owns them, not the other way round. Loaded
    /// values are cached for the request (so a list can prefetch them); a resolver that changes
    /// what a loader returns clears it.
    pub fn loader<L, F>(self: &Arc<Self>, make: F) -> Result<Arc<RequestLoader<L>>>
    where
        L: Loader<Uuid> + Send + Sync + 'static,
        F: FnOnce(Weak<RequestContext>) -> L,
    {
        let weak = Arc::downgrade(self);
        self.slot(|| DataLoader::with_cache(make(weak), tokio::spawn, HashMapCache::default()))
    }

    /// Ends the request: commits (with its audit entry) or rolls back the tenant transaction.
    /// A rolled-back request's entry is still written, in a transaction of its own, with
    /// the IDs it touched or asked for and its `outcome`.
    pub async fn finish(&self, commit: bool, outcome: Outcome) -> Result<()> {
        if let Some(unused) = self.take_opened() {
            // It holds nothing worth keeping: a failed rollback must not cost the entry below.
            if let Err(e) = unused.discard().await {
                e.log_if_internal();
            }
        }
        let Some(tx) = self.tenant_tx.get() else {
            // Refused before any tenant work began (e.g. a role check): still recorded, in the
            // municipality of the staff member who asked.
            if let (Outcome::Denied, Some(staff), Some(sink)) =
                (outcome, self.principal.staff(), &self.audit)
            {
                let entry = crate::db::AuditEntry::refused(staff.tenant, &self.audit_context());
                self.db.record_alone(entry, sink.clone()).await?;
            }
            return Ok(());
        };
        if let (Some(entry), Some(sink)) = (tx.finish(commit, outcome).await?, &self.audit) {
            self.db.record_alone(entry, sink.clone()).await?;
        }
        Ok(())
    }
}

/// The request behind a DataLoader; gone once the request ended. A batch can still run after
/// its request when the client went away mid-request (a page left, a fetch aborted): nobody
/// reads the answer, so it is no internal error, only a note in the debug log.
pub fn upgrade(request: &Weak<RequestContext>) -> Result<Arc<RequestContext>> {
    request.upgrade().ok_or_else(|| {
        tracing::debug!("a loader's batch ran after its request ended (the client went away)");
        Error::Unavailable("the request has ended".to_owned())
    })
}

/// Reaches the [`RequestContext`] from a resolver.
pub trait ContextExt {
    fn request(&self) -> Result<&Arc<RequestContext>>;
}

impl ContextExt for async_graphql::Context<'_> {
    fn request(&self) -> Result<&Arc<RequestContext>> {
        self.data::<Arc<RequestContext>>()
            .map_err(|_| Error::internal("request context missing"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ErrorCode;

    #[test]
    fn a_batch_after_its_request_is_no_internal_error() {
        let gone: Weak<RequestContext> = Weak::new();
        let err = upgrade(&gone).err().map(|e| e.code());
        assert_eq!(err, Some(ErrorCode::Unavailable));
    }
}
