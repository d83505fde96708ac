//! The principals of signed-in requests, kept between requests in this process and checked on
//! every request against one version in the database.
//!
//! Building a principal takes a platform transaction (the municipality) and a tenant
//! transaction (the account); checking a kept one reads the version of its scope in
//! `identity_principal_versions` (a municipality's ID for its staff, the nil UUID for regional
//! coordinators and operators). A GraphQL request of a kept staff member reads it in the
//! statement that opens the request's tenant transaction ([`Check::OpeningTenantTx`]), so the
//! check costs no round trip of its own; others read it in one statement. Database triggers raise that version in the same
//! transaction as any change to a row a principal is built from (an account disabled, a role
//! granted or taken, sign-ins revoked, a municipality disabled or renamed, whoever writes it),
//! so the first request after the change commits, on any replica, builds the principal afresh
//! and is refused if it must be. Nothing is kept of a refusal. A version is read before the
//! rows a principal is built from, so a principal built from rows older than a change is kept
//! under the version before it and is never used again.

use std::collections::HashMap;
use std::hash::Hash;
use std::sync::RwLock;
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use kernel::db::{AuditContext, Backend, TenantTx};
use kernel::{Db, Principal, Result};
use sea_orm::EntityTrait;
use uuid::Uuid;

use crate::session::Account;
use crate::store::principal_version;
use crate::usecases::Subject;

/// How many principals a process keeps; past it, it starts again from none (a replica serves
/// at most a few thousand people at once).
const CAPACITY: usize = 20_000;

/// A principal is built afresh after this long even if nothing changed: what an idle person
/// left is not kept for ever.
const MAX_AGE: Duration = Duration::from_secs(15 * 60);

/// The scope of regional coordinators and operators (migration 053).
const PLATFORM_SCOPE: Uuid = Uuid::nil();

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Key {
    /// A development token's subject.
    Subject(Subject),
    /// A session's account.
    Account(Account),
    /// An identity provider's access token, by its SHA-256 digest (the token itself is never
    /// kept).
    Bearer([u8; 32]),
}

#[derive(Debug, Clone)]
struct Kept {
    scope: Uuid,
    version: i64,
    principal: Principal,
    /// Sessions begun before it are refused (sign-ins revoked).
    not_before: Option<DateTime<Utc>>,
    /// When the credential it was built from expires (an access token's `exp`): not used after.
    expires_at: Option<DateTime<Utc>>,
    built: Instant,
}

/// What building a principal gives: the principal, and when its credential stops counting.
pub struct Built {
    pub principal: Principal,
    /// Sessions begun before it are refused (sign-ins revoked).
    pub not_before: Option<DateTime<Utc>>,
    /// An access token's expiry.
    pub expires_at: Option<DateTime<Utc>>,
}

impl Built {
    fn of(principal: Principal, not_before: Option<DateTime<Utc>>) -> Built {
        Built {
            principal,
            not_before,
            expires_at: None,
        }
    }
}

/// The version of `$2`'s scope, as [`Db::tenant_reading`] reads it.
const VERSION_OF_SCOPE: &str = "SELECT version FROM identity_principal_versions WHERE scope = $2";

/// How a request checks a kept principal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Check {
    /// In a statement of its own (a WebSocket connection, the session endpoint).
    Alone,
    /// A staff member's, on PostgreSQL: in the statement that opens the request's tenant
    /// transaction, which the request then works in (a GraphQL request).
    OpeningTenantTx,
}

/// How a request found its principal, for the metrics.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Found {
    Kept,
    Built,
}

/// The principals this process keeps. One per gateway process, shared by its requests.
#[derive(Default)]
pub struct Principals {
    kept: RwLock<HashMap<Key, Kept>>,
}

/// The scope a principal's version is kept under.
fn scope_of(principal: &Principal) -> Uuid {
    match principal {
        Principal::Staff(staff) => staff.tenant,
        _ => PLATFORM_SCOPE,
    }
}

/// The scope of the principals an identity provider signs in.
pub fn provider_scope(scope: crate::provider::ProviderScope) -> Uuid {
    match scope {
        crate::provider::ProviderScope::Tenant(tenant) => tenant,
        crate::provider::ProviderScope::Region(_) | crate::provider::ProviderScope::Operators => {
            PLATFORM_SCOPE
        }
    }
}

/// The current version of `scope`: 0 until a first change.
async fn version(db: &Db, scope: Uuid) -> Result<i64> {
    Ok(db
        .platform_one(principal_version::Entity::find_by_id(scope))
        .await?
        .map_or(0, |row| row.version))
}

impl Principals {
    pub fn new() -> Principals {
        Principals::default()
    }

    /// The principal of a development token's subject (`crate::resolve_principal`).
    /// With [`Check::OpeningTenantTx`], the request's tenant transaction when it was opened.
    pub async fn subject(
        &self,
        db: &Db,
        subject: &Subject,
        check: Check,
    ) -> Result<(Principal, Option<TenantTx>)> {
        let key = Key::Subject(subject.clone());
        let (kept, tx) = self
            .get_or_build(db, key, None, check, || async {
                let principal = crate::resolve_principal(db, subject).await?;
                Ok(Built::of(principal, None))
            })
            .await?;
        Ok((kept.principal, tx))
    }

    /// The principal of a session's account (`crate::signin::resolve_account`): refused when
    /// the account's sign-ins were revoked after `signed_in_at`.
    pub async fn account(
        &self,
        db: &Db,
        account: &Account,
        signed_in_at: DateTime<Utc>,
        check: Check,
    ) -> Result<(Principal, Option<TenantTx>)> {
        let scope = match account {
            Account::Staff { tenant, .. } => *tenant,
            Account::Coordinator { .. } | Account::Operator { .. } => PLATFORM_SCOPE,
        };
        let (kept, tx) = self
            .get_or_build(
                db,
                Key::Account(account.clone()),
                Some(scope),
                check,
                || async {
                    let (principal, not_before) =
                        crate::signin::account_principal(db, account).await?;
                    Ok(Built::of(principal, not_before))
                },
            )
            .await?;
        crate::signin::still_signed_in(kept.not_before, signed_in_at)?;
        Ok((kept.principal, tx))
    }

    /// The principal of an identity provider's access token, and when the token expires: kept
    /// under the token's digest until then, so that a client calling with one token signs in
    /// (a provider lookup, the signature, the account's update) once, not on every request.
    /// `scope` gives the municipality's ID (the nil UUID for regional and operators' providers)
    /// when nothing is kept; `build` verifies the token and signs in.
    pub async fn bearer<S, SFut, B, BFut>(
        &self,
        db: &Db,
        token: &str,
        check: Check,
        scope: S,
        build: B,
    ) -> Result<(Principal, Option<DateTime<Utc>>, Option<TenantTx>)>
    where
        S: FnOnce() -> SFut,
        SFut: std::future::Future<Output = Result<Uuid>>,
        B: Fn() -> BFut,
        BFut: std::future::Future<Output = Result<Built>>,
    {
        use sha2::{Digest, Sha256};
        let key = Key::Bearer(Sha256::digest(token.as_bytes()).into());
        let scope = match self.kept(&key) {
            Some(kept) => kept.scope,
            None => scope().await?,
        };
        let (kept, tx) = self
            .get_or_build(db, key, Some(scope), check, build)
            .await?;
        Ok((kept.principal, kept.expires_at, tx))
    }

    /// The kept principal of `key` if its scope's version has not moved; otherwise built by
    /// `build` and kept. `scope` is the key's scope when the key names it; when it does not (a
    /// subject names its municipality by slug), the scope a kept principal had stands in, and
    /// with none kept the principal is built once to learn it and once more after reading its
    /// version. With [`Check::OpeningTenantTx`] a kept staff member's version is read in the
    /// statement that opens the tenant transaction returned with it.
    async fn get_or_build<F, Fut>(
        &self,
        db: &Db,
        key: Key,
        scope: Option<Uuid>,
        check: Check,
        build: F,
    ) -> Result<(Kept, Option<TenantTx>)>
    where
        F: Fn() -> Fut,
        Fut: std::future::Future<Output = Result<Built>>,
    {
        let kept = self.kept(&key);
        let scope = scope.or_else(|| kept.as_ref().map(|k| k.scope));
        let scope = match scope {
            Some(scope) => scope,
            None => scope_of(&build().await?.principal),
        };
        // On SQLite a statement costs no round trip, and an open tenant transaction holds the
        // write lock that a request's platform writes would wait for.
        let opening = check == Check::OpeningTenantTx
            && db.backend() == Backend::Postgres
            && scope != PLATFORM_SCOPE
            && kept.as_ref().is_some_and(|k| k.scope == scope);
        let (current, opened) = if opening {
            // Audited as the request once it knows its operation (`RequestContext::tenant_tx`).
            let placeholder = AuditContext::unaudited("request");
            let (tx, read) = db
                .tenant_reading(scope, placeholder, VERSION_OF_SCOPE, vec![scope.into()])
                .await?;
            (read.unwrap_or(0), Some(tx))
        } else {
            (version(db, scope).await?, None)
        };
        let with = if opened.is_some() {
            "tenant_transaction"
        } else {
            "own_statement"
        };
        metrics::counter!("ostoja_principal_checks_total", "with" => with).increment(1);
        match kept {
            Some(kept) if kept.scope == scope && kept.version == current => {
                count(Found::Kept);
                return Ok((kept, opened));
            }
            // A version that went back (a database restored under a running gateway) must not
            // let the principal of a later version be served again when it climbs back.
            Some(kept) if kept.version > current => self.forget(&key),
            _ => {}
        }
        // Building opens transactions of its own; on SQLite they would wait for the write lock
        // the tenant transaction holds.
        if let Some(tx) = opened {
            if let Err(e) = tx.discard().await {
                e.log_if_internal();
            }
        }
        let Built {
            principal,
            not_before,
            expires_at,
        } = build().await?;
        let built = Kept {
            scope: scope_of(&principal),
            version: current,
            principal,
            not_before,
            expires_at,
            built: Instant::now(),
        };
        // Built under another scope than the version read (a slug that now names another
        // municipality): used once, not kept.
        if built.scope == scope {
            self.keep(key, built.clone());
        }
        count(Found::Built);
        Ok((built, None))
    }

    fn kept(&self, key: &Key) -> Option<Kept> {
        let kept = self.kept.read().ok()?;
        kept.get(key)
            .filter(|k| k.built.elapsed() < MAX_AGE)
            .filter(|k| k.expires_at.is_none_or(|at| Utc::now() < at))
            .cloned()
    }

    fn forget(&self, key: &Key) {
        if let Ok(mut kept) = self.kept.write() {
            kept.remove(key);
        }
    }

    fn keep(&self, key: Key, value: Kept) {
        if let Ok(mut kept) = self.kept.write() {
            if kept.len() >= CAPACITY && !kept.contains_key(&key) {
                // What has expired goes first; only a map full of live principals starts over.
                let now = Utc::now();
                kept.retain(|_, k| {
                    k.built.elapsed() < MAX_AGE && k.expires_at.is_none_or(|at| now < at)
                });
                if kept.len() >= CAPACITY {
                    kept.clear();
                }
            }
            // A request that read an older version must not replace a newer principal.
            if kept.get(&key).is_none_or(|k| k.version <= value.version) {
                kept.insert(key, value);
            }
        }
    }
}

fn count(found: Found) {
    let found = match found {
        Found::Kept => "kept",
        Found::Built => "built",
    };
    metrics::counter!("ostoja_principals_total", "found" => found).increment(1);
}
