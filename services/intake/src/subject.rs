//! What the intake register holds about one person, for an access request (GDPR art. 15): each
//! entry that names the person by PESEL, with what the entry says and the person as recorded.
//! Read for the data-protection officer; each entry read is touched in the audit trail.

use async_trait::async_trait;
use kernel::crypto::DataKey;
use kernel::subject::{Held, Subject, SubjectSource};
use kernel::{Result, TenantTx};
use sea_orm::{ColumnTrait, QueryFilter};
use serde_json::json;

use crate::access::pesel_index;
use crate::domain::{EntryContent, PersonData};
use crate::store::{entry, person};
use crate::{ids, place};

/// The intake register's records about one person.
pub struct IntakeRecords;

fn value<T: serde::Serialize>(v: &T) -> Result<serde_json::Value> {
    serde_json::to_value(v).map_err(|e| kernel::Error::internal(format!("an access export: {e}")))
}

#[async_trait]
impl SubjectSource for IntakeRecords {
    fn name(&self) -> &'static str {
        "intake"
    }

    async fn held(&self, tx: &TenantTx, key: &DataKey, subject: &Subject) -> Result<Vec<Held>> {
        let pesel = &subject.pesel;
        let conn = tx.conn().await?;
        let persons = tx
            .select::<person::Entity>()
            .filter(person::Column::PeselIndex.eq(pesel_index(key, pesel)))
            .all(&*conn)
            .await?;
        if persons.is_empty() {
            return Ok(Vec::new());
        }
        let entries = tx
            .select::<entry::Entity>()
            .filter(entry::Column::Id.is_in(persons.iter().map(|p| p.entry_id)))
            .all(&*conn)
            .await?;
        let mut held = Vec::new();
        for e in entries {
            let content: EntryContent = key.open_json(&e.sealed, &place::entry(e.id))?;
            tx.touch(ids::entry_gid(e.id));
            let mut theirs = Vec::new();
            for p in persons.iter().filter(|p| p.entry_id == e.id) {
                let data: PersonData = key.open_json(&p.sealed, &place::person(p.id))?;
                theirs.push(json!({ "role": p.role.as_str(), "data": value(&data)? }));
            }
            held.push(Held {
                register: "Rejestr zgłoszeń",
                kind: "zgłoszenie",
                id: ids::entry_gid(e.id),
                data: json!({
                    "receivedAt": e.received_at,
                    "channel": e.channel.as_str(),
                    "kind": e.kind.as_str(),
                    "status": e.status.as_str(),
                    "content": value(&content)?,
                    "person": theirs,
                }),
            });
        }
        Ok(held)
    }
}
