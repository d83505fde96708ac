//! Re-linking staff accounts after a municipality replaces its identity provider. An account is
//! bound to the issuer that vouched for it, so the new provider's first sign-in of a person
//! finds no account and makes a new, empty one. Re-linking binds each account of an earlier
//! issuer to the person again: an account whose duplicate (made by the new provider, with the
//! same e-mail address and no role granted in Ostoja) exists takes over its binding, and the
//! duplicate is disabled; any other is unbound, so that its next sign-in links it by a verified
//! e-mail address, as a pre-created account is.

use async_graphql::{Context, InputObject, Object, SimpleObject, ID};
use chrono::Utc;
use kernel::input::{Errors, Payload};
use kernel::request::ContextExt;
use kernel::store::StoredSet;
use kernel::{Error, GlobalId, NodeType, Result, TenantTx};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{ColumnTrait, QueryFilter};
use uuid::Uuid;

use crate::provider::{find_provider_for_scope, ProviderScope};
use crate::store::user;

/// Ponowne powiązanie kont — what a re-linking did.
#[derive(Debug, Clone, Default, PartialEq, Eq, SimpleObject)]
pub struct AccountRelinking {
    /// The issuer the accounts are now for.
    pub issuer: String,
    /// Accounts that took over the binding of their duplicate (which is disabled).
    pub merged: i32,
    /// Accounts unbound: each links at its next sign-in by a verified e-mail address.
    pub unlinked: i32,
    /// Of those, accounts with no e-mail address: an administrator must add one first.
    pub without_email: i32,
    /// Accounts left as they were: more than one account of the new provider has their address,
    /// or their duplicate has roles granted in Ostoja.
    pub ambiguous: i32,
}

fn lower(email: &Option<String>) -> Option<String> {
    email
        .as_deref()
        .map(str::trim)
        .filter(|e| !e.is_empty())
        .map(str::to_lowercase)
}

/// Re-links the transaction's municipality's accounts of any issuer but `issuer`.
pub async fn relink_accounts(tx: &TenantTx, issuer: &str) -> Result<AccountRelinking> {
    let conn = tx.conn().await?;
    let all = tx.select::<user::Entity>().all(&*conn).await?;
    let now = Utc::now();
    let mut done = AccountRelinking {
        issuer: issuer.to_owned(),
        ..Default::default()
    };
    let current: Vec<&user::Model> = all
        .iter()
        .filter(|u| u.oidc_subject.is_some() && u.oidc_issuer.as_deref() == Some(issuer))
        .collect();
    let earlier = all
        .iter()
        .filter(|u| u.oidc_subject.is_some() && u.oidc_issuer.as_deref() != Some(issuer));
    for account in earlier {
        let email = lower(&account.email);
        let duplicates: Vec<&&user::Model> = current
            .iter()
            .filter(|c| email.is_some() && lower(&c.email) == email)
            .collect();
        let bump = |update: sea_orm::UpdateMany<user::Entity>, id: Uuid| {
            update
                .col_expr(user::Column::UpdatedAt, Expr::value(now))
                .col_expr(
                    user::Column::Version,
                    Expr::col(user::Column::Version).add(1),
                )
                .filter(user::Column::Id.eq(id))
        };
        match duplicates.as_slice() {
            [duplicate] if duplicate.roles.as_slice().is_empty() => {
                // The duplicate lets go first: the binding is unique per municipality.
                bump(tx.update_many::<user::Entity>(), duplicate.id)
                    .col_expr(
                        user::Column::OidcSubject,
                        Expr::value(Option::<String>::None),
                    )
                    .col_expr(
                        user::Column::OidcIssuer,
                        Expr::value(Option::<String>::None),
                    )
                    .col_expr(user::Column::Email, Expr::value(Option::<String>::None))
                    .col_expr(
                        user::Column::ProviderRoles,
                        Expr::value(StoredSet::<kernel::Role>::default()),
                    )
                    .col_expr(user::Column::Disabled, Expr::value(true))
                    // Its sessions end: the person signs in again and reaches their account.
                    .col_expr(user::Column::SessionsNotBefore, Expr::value(Some(now)))
                    .exec(&*conn)
                    .await?;
                bump(tx.update_many::<user::Entity>(), account.id)
                    .col_expr(
                        user::Column::OidcSubject,
                        Expr::value(duplicate.oidc_subject.clone()),
                    )
                    .col_expr(
                        user::Column::OidcIssuer,
                        Expr::value(Some(issuer.to_owned())),
                    )
                    .col_expr(
                        user::Column::ProviderRoles,
                        Expr::value(duplicate.provider_roles.clone()),
                    )
                    .col_expr(
                        user::Column::ProviderRolesIssuedAt,
                        Expr::value(duplicate.provider_roles_issued_at),
                    )
                    .exec(&*conn)
                    .await?;
                tx.touch(crate::domain::user_gid(duplicate.id));
                tx.touch(crate::domain::user_gid(account.id));
                done.merged += 1;
            }
            [] => {
                bump(tx.update_many::<user::Entity>(), account.id)
                    .col_expr(
                        user::Column::OidcSubject,
                        Expr::value(Option::<String>::None),
                    )
                    .col_expr(
                        user::Column::OidcIssuer,
                        Expr::value(Option::<String>::None),
                    )
                    .col_expr(
                        user::Column::ProviderRoles,
                        Expr::value(StoredSet::<kernel::Role>::default()),
                    )
                    .exec(&*conn)
                    .await?;
                tx.touch(crate::domain::user_gid(account.id));
                done.unlinked += 1;
                if email.is_none() {
                    done.without_email += 1;
                }
            }
            _ => done.ambiguous += 1,
        }
    }
    Ok(done)
}

/// Input of `relinkAccounts`.
#[derive(InputObject)]
pub struct RelinkAccountsInput {
    /// The municipality, for an operator; an administrator's own when left out.
    pub municipality_id: Option<ID>,
}

kernel::payload! {
    /// Result of `relinkAccounts`: what it did, or why it was refused.
    RelinkAccountsPayload { relinking: AccountRelinking }
}

#[derive(Default)]
pub struct RelinkMutation;

#[Object]
impl RelinkMutation {
    /// After a municipality replaces its identity provider: binds each staff account of an
    /// earlier provider to its person again (see `AccountRelinking`), recorded in the
    /// municipality's audit trail. The municipality's administrator, or an operator.
    async fn relink_accounts(
        &self,
        ctx: &Context<'_>,
        input: RelinkAccountsInput,
    ) -> async_graphql::Result<RelinkAccountsPayload> {
        let req = ctx.request()?;
        let tenant = match (&input.municipality_id, req.principal.require_operator()) {
            (Some(id), Ok(_)) => GlobalId::decode_as(id, NodeType::Municipality)?,
            (None, Ok(_)) => {
                let mut errors = Errors::input();
                errors.add(
                    "municipalityId",
                    "REQUIRED",
                    "an operator names the municipality",
                );
                return Ok(RelinkAccountsPayload::refused(errors.into_vec()));
            }
            (given, Err(_)) => {
                let admin = req.principal.require_tenant_admin()?;
                if let Some(id) = given {
                    // Another municipality answers as one that does not exist.
                    if GlobalId::decode_as(id, NodeType::Municipality)? != admin.tenant() {
                        return Err(Error::Forbidden(
                            "an administrator re-links their own municipality's accounts"
                                .to_owned(),
                        )
                        .into());
                    }
                }
                admin.tenant()
            }
        };
        let ptx = req.db().platform().await?;
        let found = tenancy::find_tenant(&ptx, tenant).await?;
        let provider = match found {
            Some(_) => find_provider_for_scope(&ptx, ProviderScope::Tenant(tenant)).await?,
            None => {
                ptx.commit().await?;
                let mut errors = Errors::input();
                errors.add("municipalityId", "NOT_FOUND", "no such municipality");
                return Ok(RelinkAccountsPayload::refused(errors.into_vec()));
            }
        };
        ptx.commit().await?;
        let Some(provider) = provider else {
            let mut errors = Errors::input();
            errors.add(
                "municipalityId",
                "NO_PROVIDER",
                "the municipality has no identity provider to re-link its accounts to",
            );
            return Ok(RelinkAccountsPayload::refused(errors.into_vec()));
        };
        let done = if req.principal.require_operator().is_ok() {
            let tx = req.db().tenant(tenant, req.audit_context()).await?;
            let done = relink_accounts(&tx, &provider.issuer).await?;
            tx.commit().await?;
            done
        } else {
            relink_accounts(req.tenant_tx().await?, &provider.issuer).await?
        };
        tracing::info!(
            merged = done.merged,
            unlinked = done.unlinked,
            ambiguous = done.ambiguous,
            "staff accounts re-linked"
        );
        Ok(RelinkAccountsPayload::done(done))
    }
}
