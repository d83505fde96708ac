//! Browser sign-in sessions and sign-ins in progress, kept in the ephemeral store (Redis, or
//! in-process in the embedded default). The cookie holds only a random id; the store is keyed
//! by its SHA-256, so a leaked store dump holds no usable cookie.

use std::time::Duration;

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use chrono::{DateTime, Utc};
use kernel::ephemeral::Ephemeral;
use kernel::{Error, Result};
use rand::RngCore;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use uuid::Uuid;

/// Whose session it is; its principal is checked on every request (`crate::principals`).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Account {
    Staff { tenant: Uuid, user: Uuid },
    Coordinator { id: Uuid },
    Operator { id: Uuid },
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Session {
    pub account: Account,
    pub provider: Uuid,
    /// Sent back to the provider as `id_token_hint` at logout.
    pub id_token: Option<String>,
    /// Required in `X-CSRF-Token` on cookie-authenticated GraphQL requests.
    pub csrf_token: String,
    pub created_at: DateTime<Utc>,
    pub expires_at: DateTime<Utc>,
    pub last_seen: DateTime<Utc>,
}

/// What the callback needs from the start of a sign-in.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct PendingSignIn {
    pub provider: Uuid,
    pub nonce: String,
    pub pkce_verifier: String,
    pub return_to: String,
}

#[derive(Clone)]
pub struct Sessions {
    store: Ephemeral,
    idle: Duration,
    absolute: Duration,
}

/// How long a started sign-in may take at the provider.
pub const SIGN_IN_TTL: Duration = Duration::from_secs(600);

/// A random, URL-safe token of 256 bits.
pub fn random_token() -> String {
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    URL_SAFE_NO_PAD.encode(bytes)
}

/// Tokens we issued are 43 URL-safe characters; anything else is not looked up.
fn well_formed(token: &str) -> bool {
    token.len() == 43
        && token
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

fn key(prefix: &str, token: &str) -> String {
    format!(
        "ostoja:{prefix}:{}",
        URL_SAFE_NO_PAD.encode(Sha256::digest(token.as_bytes()))
    )
}

fn unreadable(e: serde_json::Error) -> Error {
    Error::internal_from("reading a session record", e)
}

impl Sessions {
    pub fn new(store: Ephemeral, idle: Duration, absolute: Duration) -> Self {
        Sessions {
            store,
            idle,
            absolute,
        }
    }

    pub fn idle(&self) -> Duration {
        self.idle
    }

    /// Starts a session; returns the cookie value and the session.
    pub async fn create(
        &self,
        account: Account,
        provider: Uuid,
        id_token: Option<String>,
    ) -> Result<(String, Session)> {
        let id = random_token();
        let now = Utc::now();
        let session = Session {
            account,
            provider,
            id_token,
            csrf_token: random_token(),
            created_at: now,
            expires_at: now
                + chrono::Duration::from_std(self.absolute)
                    .map_err(|e| Error::internal_from("session lifetime", e))?,
            last_seen: now,
        };
        self.save(&id, &session).await?;
        Ok((id, session))
    }

    async fn save(&self, id: &str, session: &Session) -> Result<()> {
        let left = (session.expires_at - Utc::now())
            .to_std()
            .unwrap_or_default();
        let value = serde_json::to_string(session).map_err(unreadable)?;
        self.store
            .set(&key("session", id), &value, self.idle.min(left))
            .await
    }

    /// The live session with this cookie value, its idle timer restarted.
    pub async fn get(&self, id: &str) -> Result<Option<Session>> {
        if !well_formed(id) {
            return Ok(None);
        }
        let Some(raw) = self.store.get(&key("session", id)).await? else {
            return Ok(None);
        };
        let mut session: Session = serde_json::from_str(&raw).map_err(unreadable)?;
        let now = Utc::now();
        if session.expires_at <= now {
            self.store.delete(&key("session", id)).await?;
            return Ok(None);
        }
        // Restarting the idle timer on every request would write on every request.
        if now - session.last_seen > chrono::Duration::seconds(15) {
            session.last_seen = now;
            self.save(id, &session).await?;
        }
        Ok(Some(session))
    }

    /// Ends a session; returns it if it was live.
    pub async fn end(&self, id: &str) -> Result<Option<Session>> {
        if !well_formed(id) {
            return Ok(None);
        }
        self.store
            .take(&key("session", id))
            .await?
            .map(|raw| serde_json::from_str(&raw).map_err(unreadable))
            .transpose()
    }

    pub async fn remember_sign_in(&self, state: &str, pending: &PendingSignIn) -> Result<()> {
        let value = serde_json::to_string(pending).map_err(unreadable)?;
        self.store
            .set(&key("sign-in", state), &value, SIGN_IN_TTL)
            .await
    }

    /// The sign-in started with `state`, at most once: a replayed callback finds nothing.
    pub async fn take_sign_in(&self, state: &str) -> Result<Option<PendingSignIn>> {
        if !well_formed(state) {
            return Ok(None);
        }
        self.store
            .take(&key("sign-in", state))
            .await?
            .map(|raw| serde_json::from_str(&raw).map_err(unreadable))
            .transpose()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sessions(idle: u64, absolute: u64) -> Sessions {
        Sessions::new(
            Ephemeral::Local(Default::default()),
            Duration::from_secs(idle),
            Duration::from_secs(absolute),
        )
    }

    #[tokio::test]
    async fn a_session_lives_until_ended() {
        let s = sessions(60, 3600);
        let account = Account::Operator { id: Uuid::nil() };
        let (id, created) = s.create(account.clone(), Uuid::nil(), None).await.unwrap();
        assert_eq!(id.len(), 43);
        let found = s.get(&id).await.unwrap().unwrap();
        assert_eq!(found.account, account);
        assert_eq!(found.csrf_token, created.csrf_token);
        assert!(s.end(&id).await.unwrap().is_some());
        assert!(s.get(&id).await.unwrap().is_none());
        assert!(s.end(&id).await.unwrap().is_none());
    }

    #[tokio::test]
    async fn absolute_timeout_and_garbage_ids() {
        let s = sessions(60, 0);
        let (id, _) = s
            .create(Account::Operator { id: Uuid::nil() }, Uuid::nil(), None)
            .await
            .unwrap();
        assert!(s.get(&id).await.unwrap().is_none(), "absolute timeout");
        for garbage in ["", "x", &"é".repeat(43), &"a".repeat(10_000)] {
            assert!(s.get(garbage).await.unwrap().is_none());
        }
    }

    #[tokio::test]
    async fn a_started_sign_in_is_taken_once() {
        let s = sessions(60, 3600);
        let state = random_token();
        let pending = PendingSignIn {
            provider: Uuid::nil(),
            nonce: "n".to_owned(),
            pkce_verifier: "v".to_owned(),
            return_to: "/".to_owned(),
        };
        s.remember_sign_in(&state, &pending).await.unwrap();
        assert!(s.take_sign_in(&state).await.unwrap().is_some());
        assert!(s.take_sign_in(&state).await.unwrap().is_none(), "replay");
    }
}
