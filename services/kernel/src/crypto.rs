//! Secrets at rest: AES-256-GCM under the master key (RustCrypto `aes-gcm`).
//!
//! A sealed value is `base64(nonce ‖ ciphertext)`; the associated data binds it to its place
//! (e.g. `identity_providers.client_secret:<id>`), so a sealed value copied elsewhere fails to open.

use aes_gcm::aead::{Aead, KeyInit, Payload};
use aes_gcm::{Aes256Gcm, Key, Nonce};
use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use rand::RngCore;

use crate::error::{Error, Result};

#[derive(Clone)]
pub struct MasterKey(Key<Aes256Gcm>);

impl std::fmt::Debug for MasterKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("MasterKey([REDACTED])")
    }
}

impl MasterKey {
    /// Parses the base64 encoding of 32 bytes.
    pub fn parse(base64_key: &str) -> Result<Self, String> {
        let bytes = STANDARD
            .decode(base64_key.trim())
            .map_err(|_| "the master key is not base64".to_owned())?;
        let bytes: [u8; 32] = bytes
            .try_into()
            .map_err(|_| "the master key must be 32 bytes".to_owned())?;
        Ok(MasterKey(Key::<Aes256Gcm>::from(bytes)))
    }

    pub fn generate() -> (Self, String) {
        let mut bytes = [0u8; 32];
        rand::rng().fill_bytes(&mut bytes);
        (
            MasterKey(Key::<Aes256Gcm>::from(bytes)),
            STANDARD.encode(bytes),
        )
    }

    pub fn seal(&self, plaintext: &[u8], associated: &str) -> Result<String> {
        let mut nonce = [0u8; 12];
        rand::rng().fill_bytes(&mut nonce);
        let cipher = Aes256Gcm::new(&self.0);
        let sealed = cipher
            .encrypt(
                &Nonce::from(nonce),
                Payload {
                    msg: plaintext,
                    aad: associated.as_bytes(),
                },
            )
            .map_err(|_| Error::internal("encrypting a secret"))?;
        let mut out = nonce.to_vec();
        out.extend_from_slice(&sealed);
        Ok(STANDARD.encode(out))
    }

    pub fn open(&self, sealed: &str, associated: &str) -> Result<Vec<u8>> {
        let bytes = STANDARD
            .decode(sealed)
            .map_err(|_| Error::internal("a sealed secret is not base64"))?;
        if bytes.len() < 12 + 16 {
            return Err(Error::internal("a sealed secret is too short"));
        }
        let (nonce, ciphertext) = bytes.split_at(12);
        let nonce: [u8; 12] = nonce
            .try_into()
            .map_err(|_| Error::internal("a sealed secret has no nonce"))?;
        Aes256Gcm::new(&self.0)
            .decrypt(
                &Nonce::from(nonce),
                Payload {
                    msg: ciphertext,
                    aad: associated.as_bytes(),
                },
            )
            .map_err(|_| Error::internal("a sealed secret does not open with the master key"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn seal_then_open(secret in proptest::collection::vec(any::<u8>(), 0..200)) {
            let (key, _) = MasterKey::generate();
            let sealed = key.seal(&secret, "place").unwrap();
            prop_assert_eq!(key.open(&sealed, "place").unwrap(), secret);
        }
    }

    #[test]
    fn wrong_key_place_or_tampering_fails() {
        let (key, encoded) = MasterKey::generate();
        let sealed = key.seal(b"client secret", "a").unwrap();
        assert!(key.open(&sealed, "b").is_err());
        let (other, _) = MasterKey::generate();
        assert!(other.open(&sealed, "a").is_err());
        let mut raw = STANDARD.decode(&sealed).unwrap();
        raw[20] ^= 1;
        assert!(key.open(&STANDARD.encode(raw), "a").is_err());
        assert!(MasterKey::parse(&encoded).is_ok());
        assert!(MasterKey::parse("c2hvcnQ=").is_err());
        assert!(!format!("{key:?}").contains(&encoded));
    }
}
