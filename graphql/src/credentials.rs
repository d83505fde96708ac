//! The principal behind a request's credential: a development token, an identity provider's
//! access token or a session, each through the principals kept between requests.

use identity::oidc;
use identity::principals::Check;
use identity::signin::{self, Arrival};
use kernel::db::AuditContext;
use kernel::log::untrusted;
use kernel::Error;

use crate::auth::{Authenticated, Credential};

impl crate::state::AppState {
    /// The principal behind a credential. A bad credential is UNAUTHENTICATED, never anonymous.
    /// With [`Check::OpeningTenantTx`] a kept staff member comes with the request's tenant
    /// transaction, opened by the check.
    pub async fn authenticate(
        &self,
        credential: &Credential,
        check: Check,
    ) -> Result<Authenticated, Error> {
        match credential {
            Credential::Anonymous => Ok(Authenticated::anonymous()),
            Credential::Bearer(token) => self.authenticate_bearer(token, check).await,
            Credential::Session(id) => {
                let session = self.sessions.get(id).await?.ok_or_else(|| {
                    Error::Unauthenticated("the session has ended; sign in again".to_owned())
                })?;
                let (principal, tenant_tx) = self
                    .principals
                    .account(&self.db, &session.account, session.created_at, check)
                    .await?;
                Ok(Authenticated {
                    principal,
                    expires_at: Some(session.expires_at),
                    csrf_token: Some(session.csrf_token),
                    tenant_tx,
                })
            }
        }
    }

    async fn authenticate_bearer(&self, token: &str, check: Check) -> Result<Authenticated, Error> {
        let issuer = oidc::unverified_issuer(token)?;
        if issuer == identity::devtoken::ISSUER {
            let Some(dev_tokens) = &self.dev_tokens else {
                return Err(Error::Unauthenticated(
                    "this server does not accept development tokens".to_owned(),
                ));
            };
            let subject = dev_tokens.verify(token)?;
            let (principal, tenant_tx) = self.principals.subject(&self.db, &subject, check).await?;
            return Ok(Authenticated {
                principal,
                expires_at: None,
                csrf_token: None,
                tenant_tx,
            });
        }
        let provider = || async {
            let tx = self.db.platform().await?;
            let provider = identity::provider::find_provider_by_issuer(&tx, &issuer).await?;
            tx.commit().await?;
            provider.ok_or_else(|| {
                tracing::info!(issuer = %untrusted(&issuer), "token of an unknown issuer");
                Error::Unauthenticated("the token is not valid here".to_owned())
            })
        };
        let (principal, expires_at, tenant_tx) = self
            .principals
            .bearer(
                &self.db,
                token,
                check,
                || async {
                    Ok(identity::principals::provider_scope(
                        provider().await?.scope,
                    ))
                },
                || async {
                    let provider = provider().await?;
                    let who = self.oidc.verify_access_token(&provider, token).await?;
                    let (_, principal) = signin::sign_in(
                        &self.db,
                        &provider,
                        &who,
                        Arrival::Bearer {
                            issued_at: who.issued_at,
                        },
                        AuditContext::unaudited("bearer sign-in"),
                    )
                    .await?;
                    Ok(identity::principals::Built {
                        principal,
                        not_before: None,
                        expires_at: Some(who.expires_at),
                    })
                },
            )
            .await?;
        Ok(Authenticated {
            principal,
            expires_at,
            csrf_token: None,
            tenant_tx,
        })
    }
}
