//! Secrets at rest: AES-256-GCM (RustCrypto `aes-gcm`) under the master key, and under each
//! municipality's data key (envelope encryption: the data key is stored sealed by the master key,
//! so deleting it crypto-shreds the municipality's data).
//!
//! A sealed value is `base64(nonce ‖ ciphertext)`; the associated data binds it to its place
//! (e.g. `identity_providers.client_secret:<id>`), so a sealed value copied elsewhere fails to open.

use aes_gcm::aead::{Aead, KeyInit, Payload};
use aes_gcm::{Aes256Gcm, Key, Nonce};
use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use base64::Engine;
use hmac::{Hmac, Mac};
use rand::RngCore;
use serde::de::DeserializeOwned;
use serde::Serialize;
use sha2::Sha256;
use uuid::Uuid;

use crate::error::{Error, Result};

const NONCE_LEN: usize = 12;
const TAG_LEN: usize = 16;

/// The one implementation of sealing, shared by the master key and the data keys.
fn seal_with(key: &Key<Aes256Gcm>, plaintext: &[u8], associated: &str) -> Result<String> {
    let mut nonce = [0u8; NONCE_LEN];
    rand::rng().fill_bytes(&mut nonce);
    let sealed = Aes256Gcm::new(key)
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

/// `key_name` only words the error.
fn open_with(
    key: &Key<Aes256Gcm>,
    key_name: &str,
    sealed: &str,
    associated: &str,
) -> Result<Vec<u8>> {
    let bytes = STANDARD
        .decode(sealed)
        .map_err(|_| Error::internal("a sealed secret is not base64"))?;
    if bytes.len() < NONCE_LEN + TAG_LEN {
        return Err(Error::internal("a sealed secret is too short"));
    }
    let (nonce, ciphertext) = bytes.split_at(NONCE_LEN);
    let nonce: [u8; NONCE_LEN] = nonce
        .try_into()
        .map_err(|_| Error::internal("a sealed secret has no nonce"))?;
    Aes256Gcm::new(key)
        .decrypt(
            &Nonce::from(nonce),
            Payload {
                msg: ciphertext,
                aad: associated.as_bytes(),
            },
        )
        .map_err(|_| Error::internal(format!("a sealed secret does not open with the {key_name}")))
}

/// A current AES-256-GCM key and the keys it replaces while a rotation is under way: everything
/// is sealed with the current key; a value opens with the current key or, failing that, with a
/// previous one (AES-GCM's tag tells which: a wrong key never opens a value).
#[derive(Clone)]
struct Ring {
    current: Key<Aes256Gcm>,
    previous: Vec<Key<Aes256Gcm>>,
}

impl Ring {
    fn new(current: Key<Aes256Gcm>) -> Self {
        Ring {
            current,
            previous: Vec::new(),
        }
    }

    fn seal(&self, plaintext: &[u8], associated: &str) -> Result<String> {
        seal_with(&self.current, plaintext, associated)
    }

    /// `key_name` only words the error.
    fn open_reporting(
        &self,
        key_name: &str,
        sealed: &str,
        associated: &str,
    ) -> Result<(Vec<u8>, OpenedWith)> {
        match open_with(&self.current, key_name, sealed, associated) {
            Ok(plain) => Ok((plain, OpenedWith::Current)),
            Err(current) => self
                .previous
                .iter()
                .find_map(|key| open_with(key, key_name, sealed, associated).ok())
                .map(|plain| (plain, OpenedWith::Previous))
                .ok_or(current),
        }
    }

    fn reseal(&self, key_name: &str, sealed: &str, associated: &str) -> Result<Option<String>> {
        match self.open_reporting(key_name, sealed, associated)? {
            (_, OpenedWith::Current) => Ok(None),
            (plain, OpenedWith::Previous) => self.seal(&plain, associated).map(Some),
        }
    }
}

/// The master key, and while it is being rotated the keys it replaces: everything is sealed
/// with the current key; a value opens with the current key or, failing that, with a previous
/// one (AES-GCM's tag tells which: a wrong key never opens a value). `ostoja keys rotate-master`
/// re-seals what a previous key still opens, after which the previous keys can be dropped.
#[derive(Clone)]
pub struct MasterKey {
    ring: Ring,
}

impl std::fmt::Debug for MasterKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("MasterKey([REDACTED])")
    }
}

/// Which key of the ring opened a value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OpenedWith {
    Current,
    Previous,
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
        Ok(MasterKey {
            ring: Ring::new(Key::<Aes256Gcm>::from(bytes)),
        })
    }

    pub fn generate() -> (Self, String) {
        let bytes = random_key();
        (
            MasterKey {
                ring: Ring::new(Key::<Aes256Gcm>::from(bytes)),
            },
            STANDARD.encode(bytes),
        )
    }

    /// This key, still opening what `previous` sealed. A previous key equal to this one is
    /// refused: a rotation to the same key is a mistake.
    pub fn with_previous(mut self, previous: Vec<MasterKey>) -> Result<Self, String> {
        for old in previous {
            if old.ring.current == self.ring.current {
                return Err("a previous master key is the current one".to_owned());
            }
            self.ring.previous.push(old.ring.current);
        }
        Ok(self)
    }

    /// Whether previous keys are configured (a rotation is under way).
    pub fn rotating(&self) -> bool {
        !self.ring.previous.is_empty()
    }

    pub fn seal(&self, plaintext: &[u8], associated: &str) -> Result<String> {
        self.ring.seal(plaintext, associated)
    }

    pub fn open(&self, sealed: &str, associated: &str) -> Result<Vec<u8>> {
        self.open_reporting(sealed, associated)
            .map(|(plain, _)| plain)
    }

    /// Opens a value and says whether the current key or a previous one did.
    pub fn open_reporting(&self, sealed: &str, associated: &str) -> Result<(Vec<u8>, OpenedWith)> {
        self.ring.open_reporting("master key", sealed, associated)
    }

    /// `sealed` re-sealed with the current key, or `None` when the current key sealed it.
    pub fn reseal(&self, sealed: &str, associated: &str) -> Result<Option<String>> {
        self.ring.reseal("master key", sealed, associated)
    }
}

fn random_key() -> [u8; 32] {
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    bytes
}

/// A municipality's data key: an AES-256-GCM key for its sealed data and a separate HMAC-SHA256
/// key for blind indexes, so that an index never reveals anything about the cipher key. While
/// its cipher key is being rotated ([`DataKey::rotated`]), the keys it replaces still open what
/// they sealed; the blind key stays, so that every keyed index keeps matching.
#[derive(Clone)]
pub struct DataKey {
    cipher: Ring,
    blind: [u8; 32],
}

impl std::fmt::Debug for DataKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("DataKey([REDACTED])")
    }
}

/// Binds a wrapped data key to its tenant: one copied to another municipality fails to unwrap.
fn wrap_place(tenant: Uuid) -> String {
    format!("tenant_data_key:{tenant}")
}

/// Likewise for the cipher keys a rotation replaces.
fn previous_place(tenant: Uuid) -> String {
    format!("tenant_data_key_previous:{tenant}")
}

impl DataKey {
    pub fn generate() -> DataKey {
        DataKey {
            cipher: Ring::new(Key::<Aes256Gcm>::from(random_key())),
            blind: random_key(),
        }
    }

    /// Both current keys (cipher ‖ blind) sealed under the master key, for storage.
    pub fn wrap(&self, master: &MasterKey, tenant: Uuid) -> Result<String> {
        let mut both = [0u8; 64];
        both[..32].copy_from_slice(&self.cipher.current);
        both[32..].copy_from_slice(&self.blind);
        master.seal(&both, &wrap_place(tenant))
    }

    /// The cipher keys a rotation replaces, sealed under the master key; `None` when no
    /// rotation is under way.
    pub fn wrap_previous(&self, master: &MasterKey, tenant: Uuid) -> Result<Option<String>> {
        if self.cipher.previous.is_empty() {
            return Ok(None);
        }
        let all: Vec<u8> = self.cipher.previous.iter().flatten().copied().collect();
        master.seal(&all, &previous_place(tenant)).map(Some)
    }

    /// `wrapped` under the current master key, or `None` when it already is (a rotation).
    pub fn rewrap(master: &MasterKey, wrapped: &str, tenant: Uuid) -> Result<Option<String>> {
        master.reseal(wrapped, &wrap_place(tenant))
    }

    /// Likewise for what [`DataKey::wrap_previous`] sealed.
    pub fn rewrap_previous(
        master: &MasterKey,
        wrapped: &str,
        tenant: Uuid,
    ) -> Result<Option<String>> {
        master.reseal(wrapped, &previous_place(tenant))
    }

    /// The stored key: `wrapped` by [`DataKey::wrap`], and while its cipher key is being
    /// rotated the keys it replaces, `previous` by [`DataKey::wrap_previous`].
    pub fn unwrap(
        master: &MasterKey,
        wrapped: &str,
        previous: Option<&str>,
        tenant: Uuid,
    ) -> Result<DataKey> {
        let both = master.open(wrapped, &wrap_place(tenant))?;
        let (cipher, blind) = both.split_at_checked(32).ok_or_else(bad_wrapped_key)?;
        let cipher: [u8; 32] = cipher.try_into().map_err(|_| bad_wrapped_key())?;
        let blind: [u8; 32] = blind.try_into().map_err(|_| bad_wrapped_key())?;
        let mut ring = Ring::new(Key::<Aes256Gcm>::from(cipher));
        if let Some(previous) = previous {
            let all = master.open(previous, &previous_place(tenant))?;
            if all.is_empty() || all.len() % 32 != 0 {
                return Err(bad_wrapped_key());
            }
            for key in all.chunks_exact(32) {
                let key: [u8; 32] = key.try_into().map_err(|_| bad_wrapped_key())?;
                ring.previous.push(Key::<Aes256Gcm>::from(key));
            }
        }
        Ok(DataKey {
            cipher: ring,
            blind,
        })
    }

    /// A new cipher key sealing from now on, this key's cipher keys still opening what they
    /// sealed, and the same blind key.
    pub fn rotated(&self) -> DataKey {
        let mut previous = vec![self.cipher.current];
        previous.extend(self.cipher.previous.iter().copied());
        DataKey {
            cipher: Ring {
                current: Key::<Aes256Gcm>::from(random_key()),
                previous,
            },
            blind: self.blind,
        }
    }

    /// This key without the cipher keys it replaced: what a finished rotation keeps.
    pub fn without_previous(&self) -> DataKey {
        DataKey {
            cipher: Ring::new(self.cipher.current),
            blind: self.blind,
        }
    }

    /// Whether the cipher keys a rotation replaces are still kept.
    pub fn rotating(&self) -> bool {
        !self.cipher.previous.is_empty()
    }

    pub fn seal(&self, plaintext: &[u8], associated: &str) -> Result<String> {
        self.cipher.seal(plaintext, associated)
    }

    pub fn open(&self, sealed: &str, associated: &str) -> Result<Vec<u8>> {
        self.cipher
            .open_reporting("data key", sealed, associated)
            .map(|(plain, _)| plain)
    }

    /// `sealed` re-sealed with the current cipher key, or `None` when that key sealed it.
    pub fn reseal(&self, sealed: &str, associated: &str) -> Result<Option<String>> {
        self.cipher.reseal("data key", sealed, associated)
    }

    /// Seals the JSON of `value`. Errors name no content: it is the secret being protected.
    pub fn seal_json<T: Serialize>(&self, value: &T, associated: &str) -> Result<String> {
        let json = serde_json::to_vec(value)
            .map_err(|_| Error::internal("a value to seal does not serialize to JSON"))?;
        self.seal(&json, associated)
    }

    /// Opens what [`DataKey::seal_json`] sealed. serde_json's errors can quote the input, so
    /// they are dropped rather than attached.
    pub fn open_json<T: DeserializeOwned>(&self, sealed: &str, associated: &str) -> Result<T> {
        let json = self.open(sealed, associated)?;
        serde_json::from_slice(&json)
            .map_err(|_| Error::internal("a sealed value does not decode as the expected JSON"))
    }

    /// A deterministic keyed hash of `value`, to find equal values (e.g. a PESEL) without
    /// storing them in the clear: base64url (no padding) of HMAC-SHA256(blind key,
    /// `domain ‖ 0x00 ‖ value`). The domain (a constant such as `person.pesel`, without NUL)
    /// keeps indexes of different fields from matching one another.
    pub fn blind_index(&self, domain: &str, value: &str) -> String {
        let mut mac = self.blind_mac();
        mac.update(domain.as_bytes());
        mac.update(&[0]);
        mac.update(value.as_bytes());
        URL_SAFE_NO_PAD.encode(mac.finalize().into_bytes())
    }

    /// HMAC pads a key shorter than the hash's block with zeros, so keying with the padded
    /// block is HMAC under the 32-byte key itself, without `new_from_slice`'s fallible length.
    fn blind_mac(&self) -> Hmac<Sha256> {
        let mut block = hmac::digest::Key::<Hmac<Sha256>>::default();
        block[..32].copy_from_slice(&self.blind);
        <Hmac<Sha256> as hmac::digest::KeyInit>::new(&block)
    }
}

fn bad_wrapped_key() -> Error {
    Error::internal("a wrapped data key does not hold two 32-byte keys")
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn a_rotated_master_key_opens_the_old_seals_and_reseals_them() {
        let (old, _) = MasterKey::generate();
        let (new, _) = MasterKey::generate();
        let tenant = Uuid::new_v4();
        let data = DataKey::generate();
        let wrapped = data.wrap(&old, tenant).unwrap();
        assert!(
            DataKey::unwrap(&new, &wrapped, None, tenant).is_err(),
            "the new key alone"
        );
        let ring = new.clone().with_previous(vec![old.clone()]).unwrap();
        assert!(ring.rotating());
        let rewrapped = DataKey::rewrap(&ring, &wrapped, tenant).unwrap().unwrap();
        assert_eq!(
            DataKey::rewrap(&ring, &rewrapped, tenant).unwrap(),
            None,
            "done once"
        );
        let opened = DataKey::unwrap(&new, &rewrapped, None, tenant).unwrap();
        assert_eq!(opened.blind_index("d", "v"), data.blind_index("d", "v"));
        assert!(
            DataKey::unwrap(&old, &rewrapped, None, tenant).is_err(),
            "the old key is out"
        );
        let (stranger, _) = MasterKey::generate();
        let wrong = new.clone().with_previous(vec![stranger]).unwrap();
        assert!(
            DataKey::rewrap(&wrong, &wrapped, tenant).is_err(),
            "a wrong previous key"
        );
        assert!(new.clone().with_previous(vec![new.clone()]).is_err());
    }

    proptest! {
        #[test]
        fn seal_then_open(secret in proptest::collection::vec(any::<u8>(), 0..200)) {
            let (key, _) = MasterKey::generate();
            let sealed = key.seal(&secret, "place").unwrap();
            prop_assert_eq!(key.open(&sealed, "place").unwrap(), secret);
        }

        #[test]
        fn data_key_seal_then_open(
            secret in proptest::collection::vec(any::<u8>(), 0..200),
            place in ".{0,40}",
        ) {
            let key = DataKey::generate();
            let sealed = key.seal(&secret, &place).unwrap();
            prop_assert_eq!(key.open(&sealed, &place).unwrap(), secret);
            let elsewhere = format!("{place}x");
            prop_assert!(key.open(&sealed, &elsewhere).is_err());
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

    #[test]
    fn data_keys_wrap_per_tenant() {
        let (master, _) = MasterKey::generate();
        let tenant = Uuid::now_v7();
        let key = DataKey::generate();
        let wrapped = key.wrap(&master, tenant).unwrap();
        let unwrapped = DataKey::unwrap(&master, &wrapped, None, tenant).unwrap();
        let sealed = key.seal(b"notes", "place").unwrap();
        assert_eq!(unwrapped.open(&sealed, "place").unwrap(), b"notes");
        assert_eq!(unwrapped.blind_index("d", "v"), key.blind_index("d", "v"));
        assert!(DataKey::unwrap(&master, &wrapped, None, Uuid::now_v7()).is_err());
        let (other, _) = MasterKey::generate();
        assert!(DataKey::unwrap(&other, &wrapped, None, tenant).is_err());
        // A secret of the wrong size sealed in the data key's place is refused, too.
        let short = master.seal(&[0; 32], &wrap_place(tenant)).unwrap();
        assert!(DataKey::unwrap(&master, &short, None, tenant).is_err());
        assert!(DataKey::generate().open(&sealed, "place").is_err());
        assert_eq!(format!("{key:?}"), "DataKey([REDACTED])");
    }

    #[test]
    fn json_roundtrip_without_leaking() {
        let key = DataKey::generate();
        let value = vec!["Anna".to_owned(), "Kowalska".to_owned()];
        let sealed = key.seal_json(&value, "p").unwrap();
        assert!(!sealed.contains("Anna"));
        assert_eq!(key.open_json::<Vec<String>>(&sealed, "p").unwrap(), value);
        let err = key.open_json::<u32>(&sealed, "p").unwrap_err();
        assert!(!format!("{err:?}").contains("Anna"));
        assert!(key.open_json::<Vec<String>>(&sealed, "q").is_err());
    }

    #[test]
    fn blind_indexes() {
        let key = DataKey::generate();
        let index = key.blind_index("person.pesel", "44051401359");
        assert_eq!(index, key.blind_index("person.pesel", "44051401359"));
        assert_eq!(
            index,
            key.clone().blind_index("person.pesel", "44051401359")
        );
        assert_ne!(index, key.blind_index("person.pesel", "02070803628"));
        assert_ne!(index, key.blind_index("person.phone", "44051401359"));
        assert_ne!(
            index,
            DataKey::generate().blind_index("person.pesel", "44051401359")
        );
        // The separator keeps ("ab", "c") and ("a", "bc") apart.
        assert_ne!(key.blind_index("ab", "c"), key.blind_index("a", "bc"));
        assert!(!index.contains("44051401359"));
        assert_eq!(index.len(), 43);

        // Keying with the zero-padded block is HMAC under the 32-byte key.
        let mut reference = <Hmac<Sha256> as Mac>::new_from_slice(&key.blind).unwrap();
        reference.update(b"person.pesel\x0044051401359");
        assert_eq!(
            index,
            URL_SAFE_NO_PAD.encode(reference.finalize().into_bytes())
        );
    }

    #[test]
    fn a_rotated_data_key_opens_the_old_seals_reseals_them_and_keeps_its_indexes() {
        let (master, _) = MasterKey::generate();
        let tenant = Uuid::now_v7();
        let old = DataKey::generate();
        let sealed = old.seal(b"Kowalska", "cases_persons.sealed:1").unwrap();
        let rotated = old.rotated();
        assert!(rotated.rotating());
        // Stored and read back: the new cipher key and the one it replaces.
        let wrapped = rotated.wrap(&master, tenant).unwrap();
        let previous = rotated.wrap_previous(&master, tenant).unwrap().unwrap();
        let read = DataKey::unwrap(&master, &wrapped, Some(&previous), tenant).unwrap();
        assert_eq!(
            read.open(&sealed, "cases_persons.sealed:1").unwrap(),
            b"Kowalska"
        );
        let resealed = read
            .reseal(&sealed, "cases_persons.sealed:1")
            .unwrap()
            .unwrap();
        assert_eq!(
            read.reseal(&resealed, "cases_persons.sealed:1").unwrap(),
            None
        );
        // Once the rotation is over, only the new cipher key remains: the old seal is dead.
        let finished = read.without_previous();
        assert!(!finished.rotating());
        assert_eq!(finished.wrap_previous(&master, tenant).unwrap(), None);
        assert_eq!(
            finished.open(&resealed, "cases_persons.sealed:1").unwrap(),
            b"Kowalska"
        );
        assert!(finished.open(&sealed, "cases_persons.sealed:1").is_err());
        assert!(old.open(&resealed, "cases_persons.sealed:1").is_err());
        // The blind key stays: every keyed index still matches.
        assert_eq!(
            finished.blind_index("person.pesel", "44051401359"),
            old.blind_index("person.pesel", "44051401359")
        );
        // The previous keys are bound to their municipality like the key itself.
        assert!(DataKey::unwrap(&master, &wrapped, Some(&previous), Uuid::now_v7()).is_err());
        assert!(DataKey::unwrap(&master, &wrapped, Some(&wrapped), tenant).is_err());
    }
}
