//! Development sign-in: bearer tokens signed with a key kept in the database, so that the
//! `ostoja dev-token` command and a server on the same database agree without configuration.
//! Only a server with development login enabled accepts them; production refuses to enable it.

use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use chrono::Utc;
use jsonwebtoken::{Algorithm, DecodingKey, EncodingKey, Header, Validation};
use kernel::slug::Slug;
use kernel::{Db, Error, Result};
use serde::{Deserialize, Serialize};

use crate::domain::Login;
use crate::usecases::Subject;

/// The `iss` of development tokens.
pub const ISSUER: &str = "ostoja-dev";
const AUDIENCE: &str = "ostoja";
const KEY_NAME: &str = "dev-login";

#[derive(Debug, Serialize, Deserialize)]
struct Claims {
    iss: String,
    aud: String,
    sub: String,
    kind: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    tenant: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    region: Option<String>,
    iat: i64,
    exp: i64,
}

#[derive(Clone)]
pub struct DevTokens {
    encoding: EncodingKey,
    decoding: DecodingKey,
}

impl DevTokens {
    /// Loads the signing key, creating it on first use.
    pub async fn load_or_create(db: &Db) -> Result<Self> {
        Self::from_secret(&crate::secrets::load_or_create(db, KEY_NAME).await?)
    }

    fn from_secret(secret: &str) -> Result<Self> {
        let bytes = STANDARD
            .decode(secret)
            .map_err(|e| Error::internal_from("decoding the development signing key", e))?;
        Ok(DevTokens {
            encoding: EncodingKey::from_secret(&bytes),
            decoding: DecodingKey::from_secret(&bytes),
        })
    }

    pub fn issue(&self, subject: &Subject, ttl: chrono::Duration) -> Result<String> {
        let now = Utc::now().timestamp();
        let (kind, tenant, region, sub) = match subject {
            Subject::Staff { tenant, login } => ("staff", Some(tenant.to_string()), None, login),
            Subject::Coordinator { region, login } => {
                ("coordinator", None, Some(region.to_string()), login)
            }
            Subject::Operator { login } => ("operator", None, None, login),
        };
        let claims = Claims {
            iss: ISSUER.to_owned(),
            aud: AUDIENCE.to_owned(),
            sub: sub.as_str().to_owned(),
            kind: kind.to_owned(),
            tenant,
            region,
            iat: now,
            exp: now + ttl.num_seconds(),
        };
        jsonwebtoken::encode(&Header::new(Algorithm::HS256), &claims, &self.encoding)
            .map_err(|e| Error::internal_from("signing a development token", e))
    }

    /// Checks signature, issuer, audience and expiry; any failure is UNAUTHENTICATED.
    pub fn verify(&self, token: &str) -> Result<Subject> {
        let rejected = |why: &str| Error::Unauthenticated(format!("invalid token: {why}"));
        if token.len() > 4096 {
            return Err(rejected("too long"));
        }
        let mut validation = Validation::new(Algorithm::HS256);
        validation.set_issuer(&[ISSUER]);
        validation.set_audience(&[AUDIENCE]);
        validation.leeway = 5;
        let data = jsonwebtoken::decode::<Claims>(token, &self.decoding, &validation).map_err(
            |e| match e.kind() {
                jsonwebtoken::errors::ErrorKind::ExpiredSignature => rejected("expired"),
                jsonwebtoken::errors::ErrorKind::InvalidSignature => rejected("bad signature"),
                _ => rejected("malformed"),
            },
        )?;
        let c = data.claims;
        let login = Login::parse(&c.sub).map_err(|_| rejected("bad subject"))?;
        let slug = |s: Option<String>| {
            s.as_deref()
                .and_then(|s| Slug::parse(s).ok())
                .ok_or_else(|| rejected("bad scope"))
        };
        match c.kind.as_str() {
            "staff" => Ok(Subject::Staff {
                tenant: slug(c.tenant)?,
                login,
            }),
            "coordinator" => Ok(Subject::Coordinator {
                region: slug(c.region)?,
                login,
            }),
            "operator" => Ok(Subject::Operator { login }),
            _ => Err(rejected("bad kind")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tokens() -> DevTokens {
        DevTokens::from_secret(&STANDARD.encode([7u8; 32])).unwrap()
    }

    fn staff() -> Subject {
        Subject::Staff {
            tenant: Slug::parse("zory").unwrap(),
            login: Login::parse("anna").unwrap(),
        }
    }

    #[test]
    fn roundtrip() {
        let t = tokens();
        let token = t.issue(&staff(), chrono::Duration::hours(1)).unwrap();
        assert_eq!(t.verify(&token).unwrap(), staff());
    }

    #[test]
    fn expired_and_forged_are_refused() {
        let t = tokens();
        let expired = t.issue(&staff(), chrono::Duration::hours(-1)).unwrap();
        assert!(matches!(t.verify(&expired), Err(Error::Unauthenticated(_))));
        let other = DevTokens::from_secret(&STANDARD.encode([8u8; 32])).unwrap();
        let forged = other.issue(&staff(), chrono::Duration::hours(1)).unwrap();
        assert!(matches!(t.verify(&forged), Err(Error::Unauthenticated(_))));
        assert!(matches!(
            t.verify("garbage"),
            Err(Error::Unauthenticated(_))
        ));
    }
}
