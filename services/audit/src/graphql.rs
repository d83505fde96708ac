//! GraphQL surface of the audit service.

use async_graphql::connection::{Connection, EmptyFields};
use async_graphql::{Context, Object, SimpleObject, Subscription, ID};
use futures::Stream;
use kernel::db::Outcome;
use kernel::page::Page;
use kernel::request::ContextExt;
use kernel::{GlobalId, NodeType};
use uuid::Uuid;

use crate::AuditEvent as Event;

pub fn event_gid(id: Uuid) -> String {
    GlobalId::new(NodeType::AuditEvent, id).encode()
}

/// Zdarzenie dziennika audytu — who read or changed which objects, when, in which operation.
#[derive(SimpleObject, Clone)]
#[graphql(name = "AuditEvent")]
pub struct AuditEventObject {
    #[graphql(owned)]
    pub id: ID,
    pub occurred_at: chrono::DateTime<chrono::Utc>,
    /// `user`, `coordinator`, `operator`, `system` or `anonymous`.
    pub actor_kind: String,
    pub actor_login: String,
    /// The GraphQL operation, e.g. `mutation updateTenantSettings`.
    pub operation: String,
    /// Global IDs of the objects read or written. Blue Cards and what hangs under them only
    /// for the data-protection officer.
    pub object_ids: Vec<ID>,
    pub request_id: Option<String>,
    /// How the operation ended.
    pub outcome: AuditOutcome,
    /// Global IDs the operation asked for and did not get (not visible, not existing, not
    /// allowed); case IDs only for the data-protection officer.
    pub denied_ids: Vec<ID>,
}

/// Wynik operacji w dzienniku audytu.
#[derive(async_graphql::Enum, Clone, Copy, PartialEq, Eq)]
pub enum AuditOutcome {
    /// Wykonana.
    Ok,
    /// Odmowa: operation asked for something its caller may not see or do.
    Denied,
    /// Nieudana i wycofana (e.g. a conflict or a failed part of a mutation).
    Failed,
}

impl From<Event> for AuditEventObject {
    fn from(e: Event) -> Self {
        AuditEventObject {
            id: ID(event_gid(e.id)),
            occurred_at: e.occurred_at,
            actor_kind: e.actor_kind,
            actor_login: e.actor_login,
            operation: e.operation,
            object_ids: e.object_ids.into_iter().map(ID).collect(),
            request_id: e.request_id,
            outcome: match e.outcome {
                Outcome::Ok => AuditOutcome::Ok,
                Outcome::Denied => AuditOutcome::Denied,
                Outcome::Failed => AuditOutcome::Failed,
            },
            denied_ids: e.denied_ids.into_iter().map(ID).collect(),
        }
    }
}

#[derive(Default)]
pub struct AuditQuery;

#[Object]
impl AuditQuery {
    /// The municipality's audit trail, newest first. The data-protection officer sees all of
    /// it; a tenant administrator sees it without the IDs of case data.
    #[graphql(complexity = "(first.clamp(1, 100) as usize) * child_complexity")]
    async fn audit_events(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "page size, at most 100", default = 20)] first: i32,
        after: Option<String>,
    ) -> async_graphql::Result<Connection<String, AuditEventObject, EmptyFields, EmptyFields>> {
        let req = ctx.request()?;
        let reader = req.principal.require_audit_reader()?;
        let page = Page::parse(first, after.as_deref(), NodeType::AuditEvent)?;
        let tx = req.tenant_tx().await?;
        let events = crate::list(tx, &reader, page.after(), page.fetch()).await?;
        Ok(page.connection(events, |e| e.id, AuditEventObject::from))
    }

    /// Zestawienie do wniosku o dostęp do danych (RODO art. 15): everything the municipality's
    /// registers hold about the person with this PESEL, as one JSON file for the
    /// data-protection officer to answer the request from. With the person's first and last
    /// name (both or neither), the registers that keep no PESEL (family files, programme
    /// participants) are searched too, by that name and the date of birth the PESEL holds. The
    /// officer only; the export and every record read are in the audit trail.
    async fn subject_access_export(
        &self,
        ctx: &Context<'_>,
        pesel: String,
        first_name: Option<String>,
        last_name: Option<String>,
    ) -> async_graphql::Result<documents::DocumentFile> {
        let req = ctx.request()?;
        let reader = req.principal.require_audit_reader()?;
        if !reader.sees_case_data() {
            return Err(kernel::Error::Forbidden(
                "only the data-protection officer answers access requests".to_owned(),
            )
            .into());
        }
        let pesel = kernel::pesel::Pesel::parse(&pesel)
            .map_err(|e| kernel::Error::BadUserInput(format!("pesel: {e}")))?;
        let blank = |n: &Option<String>| n.as_deref().is_none_or(|n| n.trim().is_empty());
        if blank(&first_name) != blank(&last_name) {
            return Err(kernel::Error::BadUserInput(
                "firstName, lastName: give both or neither".to_owned(),
            )
            .into());
        }
        let subject = kernel::subject::Subject::new(
            pesel.clone(),
            first_name.as_deref().zip(last_name.as_deref()),
        );
        let master = ctx
            .data::<kernel::crypto::MasterKey>()
            .map_err(|_| kernel::Error::internal("master key missing from the schema"))?;
        let sources = ctx
            .data::<kernel::subject::SubjectSources>()
            .map_err(|_| kernel::Error::internal("access sources missing from the schema"))?;
        let municipality = {
            let platform = req.db().platform().await?;
            let found = tenancy::find_tenant(&platform, reader.tenant()).await?;
            platform.commit().await?;
            found.map(|t| t.name).unwrap_or_default()
        };
        let tx = req.tenant_tx().await?;
        let key = tenancy::data_key(tx, master).await?;
        let mut records = Vec::new();
        for source in &sources.0 {
            records.extend(source.held(tx, &key, &subject).await?);
        }
        let now = chrono::Utc::now();
        let export = serde_json::json!({
            "format": "ostoja-subject-access",
            "municipality": municipality,
            "pesel": pesel.as_str(),
            // Whether the registers without PESEL were searched (by the name given).
            "name": subject.is_named().then(|| serde_json::json!({
                "firstName": first_name.as_deref().map(str::trim),
                "lastName": last_name.as_deref().map(str::trim),
            })),
            "generatedAt": now,
            "records": records,
        });
        let bytes = serde_json::to_vec_pretty(&export)
            .map_err(|e| kernel::Error::internal(format!("an access export: {e}")))?;
        Ok(documents::DocumentFile::new(
            format!(
                "zestawienie-danych-osoby-{}.json",
                now.date_naive().format("%Y-%m-%d")
            ),
            "application/json",
            &bytes,
        ))
    }
}

/// Loads audit events for `node`/`nodes`: readers of the same tenant's trail only.
pub async fn load(ctx: &Context<'_>, ids: &[Uuid]) -> kernel::Result<Vec<AuditEventObject>> {
    let req = ctx.request()?;
    let Some(reader) = req.principal.audit_reader() else {
        return Ok(Vec::new());
    };
    let tx = req.tenant_tx().await?;
    Ok(crate::find(tx, &reader, ids)
        .await?
        .into_iter()
        .map(AuditEventObject::from)
        .collect())
}

#[derive(Default)]
pub struct AuditSubscription;

#[Subscription]
impl AuditSubscription {
    /// New entries of the municipality's audit trail as they are written, on any gateway
    /// replica, shown as `auditEvents` shows them to the reader as they are when each entry is
    /// delivered. Ends (FORBIDDEN) when the reader may no longer read the trail.
    async fn audit_event_recorded(
        &self,
        ctx: &Context<'_>,
    ) -> async_graphql::Result<impl Stream<Item = async_graphql::Result<AuditEventObject>>> {
        let req = ctx.request()?;
        let tenant = req.principal.require_audit_reader()?.tenant();
        let events = req.pubsub().subscribe(&crate::channel(tenant)).await?;
        Ok(kernel::live::guarded(
            req,
            events,
            |_req, principal: kernel::Principal| async move { principal.require_audit_reader() },
            move |_req, reader, payload| async move {
                Ok(serde_json::from_str::<Event>(&payload)
                    .ok()
                    .filter(|e| e.tenant_id == reader.tenant())
                    .map(|e| AuditEventObject::from(e.seen_by(&reader))))
            },
        )
        .await?)
    }
}
