//! Re-linking staff accounts after a municipality replaces its identity provider. An account is
//! bound to the issuer that vouched for it, so the new provider's first sign-in of a person
//! finds no account and makes a new, empty one. Re-linking unbinds each account of an earlier
//! issuer, so that its next sign-in links it the way a pre-created account is linked: by an
//! e-mail address the provider vouches for (`IdentityProvider::links_by_email`), never by an
//! address merely claimed. An empty duplicate the new provider already made for an address of
//! such an account (no role granted in Ostoja) is disabled and unbound, so that the person's
//! next sign-in reaches their own account instead.

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
    /// The issuer the accounts will link to.
    pub issuer: String,
    /// Accounts of an earlier provider unbound: each links at its next sign-in by a verified
    /// e-mail address.
    pub unlinked: i32,
    /// Of those, accounts with no e-mail address: an administrator must add one first.
    pub without_email: i32,
    /// Empty accounts the new provider made for one of those addresses, disabled so that the
    /// person reaches their own account.
    pub duplicates_disabled: i32,
    /// Accounts left as they were: an address shared by several accounts of an earlier
    /// provider, or a duplicate with roles granted in Ostoja (an administrator decides).
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
    let bound_to = |u: &user::Model, current: bool| {
        !u.disabled
            && u.oidc_subject.is_some()
            && (u.oidc_issuer.as_deref() == Some(issuer)) == current
    };
    let earlier: Vec<&user::Model> = all.iter().filter(|u| bound_to(u, false)).collect();
    let current: Vec<&user::Model> = all.iter().filter(|u| bound_to(u, true)).collect();
    let bump = |id: Uuid| {
        tx.update_many::<user::Entity>()
            .col_expr(user::Column::UpdatedAt, Expr::value(now))
            .col_expr(
                user::Column::Version,
                Expr::col(user::Column::Version).add(1),
            )
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
            .filter(user::Column::Id.eq(id))
    };
    for account in &earlier {
        let email = lower(&account.email);
        let sharing = earlier
            .iter()
            .filter(|o| email.is_some() && lower(&o.email) == email)
            .count();
        let duplicates: Vec<&&user::Model> = current
            .iter()
            .filter(|c| email.is_some() && lower(&c.email) == email)
            .collect();
        if sharing > 1 || duplicates.iter().any(|d| !d.roles.as_slice().is_empty()) {
            done.ambiguous += 1;
            continue;
        }
        for duplicate in duplicates {
            // Its sessions end, and its address goes: the next sign-in links the person's own
            // account by that address.
            bump(duplicate.id)
                .col_expr(user::Column::Email, Expr::value(Option::<String>::None))
                .col_expr(user::Column::Disabled, Expr::value(true))
                .col_expr(user::Column::SessionsNotBefore, Expr::value(Some(now)))
                .exec(&*conn)
                .await?;
            tx.touch(crate::domain::user_gid(duplicate.id));
            done.duplicates_disabled += 1;
        }
        bump(account.id).exec(&*conn).await?;
        tx.touch(crate::domain::user_gid(account.id));
        done.unlinked += 1;
        if email.is_none() {
            done.without_email += 1;
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
    /// After a municipality replaces its identity provider: unbinds each staff account of an
    /// earlier provider so that it links at its next sign-in by a verified e-mail address, and
    /// disables the empty duplicates the new provider made for them (see `AccountRelinking`);
    /// recorded in the municipality's audit trail. The municipality's administrator, or an
    /// operator.
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
                    // Another municipality's ID and an unknown one are refused alike.
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
            unlinked = done.unlinked,
            duplicates_disabled = done.duplicates_disabled,
            ambiguous = done.ambiguous,
            "staff accounts re-linked"
        );
        Ok(RelinkAccountsPayload::done(done))
    }
}
