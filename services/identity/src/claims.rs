//! What a provider's token says: its issuer, read before the signature is checked (it only
//! chooses the keys), and the person its verified claims speak of.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use chrono::{DateTime, Utc};
use kernel::{Error, Result};
use serde_json::Value;

/// The longest token or ID token accepted; longer ones are refused unread.
pub const MAX_TOKEN_BYTES: usize = 16 * 1024;

/// The person a verified token or ID token speaks of.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerifiedIdentity {
    pub subject: String,
    /// The address as the provider states it, lower-cased, verified or not.
    pub email: Option<String>,
    /// The provider's `email_verified` claim, when it sends one (Entra ID does not).
    pub email_verified: Option<bool>,
    pub name: Option<String>,
    pub preferred_username: Option<String>,
    /// The values of the provider's roles claim (groups or roles).
    pub claim_values: Vec<String>,
    pub issued_at: Option<DateTime<Utc>>,
    pub expires_at: DateTime<Utc>,
}

impl VerifiedIdentity {
    /// The address for the domain check and the profile: any the provider does not mark as
    /// unverified.
    pub fn usable_email(&self) -> Option<&str> {
        self.email
            .as_deref()
            .filter(|_| self.email_verified != Some(false))
    }
}

pub(crate) fn rejected(why: &str) -> Error {
    tracing::info!(reason = why, "token refused");
    Error::Unauthenticated("the token is not valid here".to_owned())
}

/// The `iss` of a token, read before its signature is checked: it only chooses which
/// provider's keys check the signature.
pub fn unverified_issuer(token: &str) -> Result<String> {
    if token.len() > MAX_TOKEN_BYTES {
        return Err(rejected("too long"));
    }
    let mut parts = token.split('.');
    let (Some(_), Some(payload), Some(_), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(rejected("not a compact JWS"));
    };
    let bytes = URL_SAFE_NO_PAD
        .decode(payload)
        .map_err(|_| rejected("payload not base64url"))?;
    let claims: Value = serde_json::from_slice(&bytes).map_err(|_| rejected("payload not JSON"))?;
    claims
        .get("iss")
        .and_then(Value::as_str)
        .map(str::to_owned)
        .ok_or_else(|| rejected("no issuer"))
}

/// Reads a claim by name, or by a dotted path (`realm_access.roles` in Keycloak).
fn claim<'a>(claims: &'a Value, name: &str) -> Option<&'a Value> {
    claims.get(name).or_else(|| {
        name.split('.')
            .try_fold(claims, |value, part| value.get(part))
    })
}

/// The values of the roles claim: an array of strings or one space- or comma-separated string.
fn claim_values(claims: &Value, name: &str) -> Vec<String> {
    match claim(claims, name) {
        Some(Value::Array(items)) => items
            .iter()
            .filter_map(Value::as_str)
            .map(str::to_owned)
            .collect(),
        Some(Value::String(s)) => s
            .split([' ', ','])
            .filter(|v| !v.is_empty())
            .map(str::to_owned)
            .collect(),
        _ => Vec::new(),
    }
}

fn text_claim(claims: &Value, name: &str) -> Option<String> {
    claims
        .get(name)
        .and_then(Value::as_str)
        .map(str::trim)
        .filter(|s| !s.is_empty() && s.len() <= 320)
        .map(str::to_owned)
}

pub(crate) fn identity_from(claims: &Value, roles_claim: &str) -> Result<VerifiedIdentity> {
    let subject = text_claim(claims, "sub")
        .filter(|s| s.len() <= 255)
        .ok_or_else(|| rejected("no subject"))?;
    let exp = claims
        .get("exp")
        .and_then(Value::as_i64)
        .ok_or_else(|| rejected("no expiry"))?;
    Ok(VerifiedIdentity {
        subject,
        email: text_claim(claims, "email").map(|e| e.to_lowercase()),
        email_verified: claims.get("email_verified").and_then(Value::as_bool),
        name: text_claim(claims, "name"),
        preferred_username: text_claim(claims, "preferred_username"),
        claim_values: claim_values(claims, roles_claim),
        // A token cannot have been issued after it arrived: a future `iat` (a skewed clock)
        // would otherwise outrank every later token when roles are ordered by it.
        issued_at: claims
            .get("iat")
            .and_then(Value::as_i64)
            .and_then(|t| DateTime::from_timestamp(t, 0))
            .map(|t| t.min(Utc::now())),
        expires_at: DateTime::from_timestamp(exp, 0).ok_or_else(|| rejected("bad expiry"))?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn roles_claim_forms() {
        let c = json!({"groups": ["a", "b"], "roles": "x y,z", "realm_access": {"roles": ["k"]}});
        assert_eq!(claim_values(&c, "groups"), ["a", "b"]);
        assert_eq!(claim_values(&c, "roles"), ["x", "y", "z"]);
        assert_eq!(claim_values(&c, "realm_access.roles"), ["k"]);
        assert!(claim_values(&c, "missing").is_empty());
    }

    #[test]
    fn unverified_email_does_not_count() {
        let c = json!({"sub": "s", "exp": 2_000_000_000, "email": "A@Zory.pl", "email_verified": false});
        let who = identity_from(&c, "groups").unwrap();
        assert_eq!(who.usable_email(), None);
        assert_eq!(
            (who.email.as_deref(), who.email_verified),
            (Some("a@zory.pl"), Some(false))
        );
        let c = json!({"sub": "s", "exp": 2_000_000_000, "email": "A@Zory.pl"});
        let who = identity_from(&c, "groups").unwrap();
        assert_eq!(
            (who.usable_email(), who.email_verified),
            (Some("a@zory.pl"), None)
        );
    }

    #[test]
    fn a_future_issue_time_counts_as_now() {
        let c = json!({"sub": "s", "exp": 4_000_000_000_i64, "iat": 3_900_000_000_i64});
        let iat = identity_from(&c, "groups").unwrap().issued_at.unwrap();
        assert!(iat <= Utc::now());
    }

    #[test]
    fn garbage_tokens_are_unauthenticated() {
        for token in [
            "",
            "a.b",
            "a.b.c.d",
            "x.!!!.y",
            &"a".repeat(MAX_TOKEN_BYTES + 1),
        ] {
            assert!(matches!(
                unverified_issuer(token),
                Err(Error::Unauthenticated(_))
            ));
        }
        let payload = URL_SAFE_NO_PAD.encode(br#"{"iss":"https://idp"}"#);
        assert_eq!(
            unverified_issuer(&format!("e30.{payload}.sig")).unwrap(),
            "https://idp"
        );
    }
}
