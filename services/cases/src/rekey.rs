//! The IDs a moved procedure takes in the municipality that receives it. Every record carried
//! gets an ID of its own there, derived from the receiving municipality and the sending ID: a
//! family that moves back is received beside the record its first municipality kept, and a
//! move tried again derives the same IDs. A derived ID keeps the sending ID's time and counter
//! (the first 96 bits of a version 7 UUID), so records keep their order. What one sealed value says of
//! another (a form's persons) is rewritten with the same map.

use std::collections::HashMap;

use sha2::{Digest, Sha256};
use uuid::Uuid;

/// The ID record `id` of the sending municipality takes in municipality `to`: the sending
/// ID's first 96 bits (a version 7 UUID's time and the counter that orders the IDs of one
/// millisecond), the rest from a digest of both.
pub(crate) fn received_id(to: Uuid, id: Uuid) -> Uuid {
    let digest = Sha256::new()
        .chain_update(b"ostoja.handover")
        .chain_update(to.as_bytes())
        .chain_update(id.as_bytes())
        .finalize();
    let mut bytes = *id.as_bytes();
    bytes[12..].copy_from_slice(&digest[..4]);
    if bytes == *id.as_bytes() {
        bytes[15] ^= 1;
    }
    Uuid::from_bytes(bytes)
}

/// The IDs of the records one move carries, old to new.
pub(crate) struct Rekey {
    map: HashMap<Uuid, Uuid>,
    /// The same pairs as hyphenated text, as sealed JSON writes them.
    texts: Vec<(String, String)>,
}

impl Rekey {
    /// The map of `ids`, the records carried to municipality `to`.
    pub(crate) fn new(to: Uuid, ids: impl IntoIterator<Item = Uuid>) -> Self {
        let map: HashMap<Uuid, Uuid> = ids
            .into_iter()
            .map(|id| (id, received_id(to, id)))
            .collect();
        let texts = map
            .iter()
            .map(|(old, new)| (old.hyphenated().to_string(), new.hyphenated().to_string()))
            .collect();
        Rekey { map, texts }
    }

    /// A carried record's new ID; any other (a user's, a team's) stays as it is.
    pub(crate) fn id(&self, id: Uuid) -> Uuid {
        self.map.get(&id).copied().unwrap_or(id)
    }

    /// A sealed value's plaintext (JSON) with each carried record's ID replaced.
    pub(crate) fn text(&self, plain: Vec<u8>) -> Vec<u8> {
        let Ok(mut text) = String::from_utf8(plain.clone()) else {
            return plain;
        };
        for (old, new) in &self.texts {
            if text.contains(old.as_str()) {
                text = text.replace(old.as_str(), new);
            }
        }
        text.into_bytes()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_received_id_is_new_stable_and_keeps_the_time() {
        let (a, b) = (Uuid::now_v7(), Uuid::now_v7());
        let id = Uuid::now_v7();
        let there = received_id(b, id);
        assert_ne!(there, id);
        assert_eq!(there, received_id(b, id), "the same on every attempt");
        assert_ne!(there, received_id(a, id), "each municipality its own");
        // Back to the first municipality: beside its record, not on it.
        assert_ne!(received_id(a, there), id);
        assert_eq!(there.get_version_num(), 7);
        assert_eq!(there.get_timestamp(), id.get_timestamp());
        let later = Uuid::now_v7();
        assert!(
            received_id(b, id) < received_id(b, later)
                || id.get_timestamp() == later.get_timestamp()
        );
    }

    #[test]
    fn sealed_values_name_the_new_ids() {
        let (to, person, user) = (Uuid::now_v7(), Uuid::now_v7(), Uuid::now_v7());
        let rekey = Rekey::new(to, [person]);
        let plain = format!(r#"{{"minorId":"{person}","filledBy":"{user}"}}"#);
        let text = String::from_utf8(rekey.text(plain.into_bytes())).unwrap();
        assert_eq!(
            text,
            format!(
                r#"{{"minorId":"{}","filledBy":"{user}"}}"#,
                received_id(to, person)
            )
        );
        assert_eq!(rekey.id(user), user);
        assert_eq!(rekey.id(person), received_id(to, person));
    }
}
