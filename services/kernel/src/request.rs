//! Per-request state shared by the resolvers of one GraphQL request.

use std::sync::Arc;

use tokio::sync::OnceCell;

use crate::db::{AuditContext, AuditSink, Db, TenantTx};
use crate::error::{Error, Result};
use crate::principal::Principal;
use crate::pubsub::PubSub;

pub struct RequestContext {
    pub principal: Principal,
    pub request_id: String,
    db: Db,
    pubsub: PubSub,
    audit: Option<Arc<dyn AuditSink>>,
    operation: std::sync::Mutex<String>,
    tenant_tx: OnceCell<TenantTx>,
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
        let tenant = staff.tenant;
        self.tenant_tx
            .get_or_try_init(|| async {
                self.db
                    .tenant(
                        tenant,
                        AuditContext {
                            actor: self.principal.actor(),
                            operation: self.operation(),
                            request_id: Some(self.request_id.clone()),
                            sink: self.audit.clone(),
                        },
                    )
                    .await
            })
            .await
    }

    /// Ends the request: commits (with its audit entry) or rolls back the tenant transaction.
    pub async fn finish(&self, commit: bool) -> Result<()> {
        match self.tenant_tx.get() {
            Some(tx) => tx.finish(commit).await,
            None => Ok(()),
        }
    }
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
