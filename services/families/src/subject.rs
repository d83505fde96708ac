//! What the family files hold about one person, for an access request (GDPR art. 15). A file
//! names its people without PESEL, so the person is found by the name the request gives and the
//! date of birth the PESEL holds (`kernel::subject::Subject::is`; one whose date of birth the file
//! does not know is listed too, for the officer to check); without a name nothing is searched
//! here. Each file is opened in the server to look; those that name the person are exported —
//! the family, the person as the file records them (not the other members), the help given and
//! the social contracts — and touched in the audit trail.

use async_trait::async_trait;
use kernel::crypto::DataKey;
use kernel::subject::{Held, Subject, SubjectSource};
use kernel::{Result, TenantTx};
use serde_json::json;

use crate::ids;

const REGISTER: &str = "Teczki rodzin";

/// The family files' records about one person.
pub struct FamilyRecords;

#[async_trait]
impl SubjectSource for FamilyRecords {
    fn name(&self) -> &'static str {
        "families"
    }

    async fn held(&self, tx: &TenantTx, key: &DataKey, subject: &Subject) -> Result<Vec<Held>> {
        if !subject.is_named() {
            return Ok(Vec::new());
        }
        let files = crate::access::files_naming(tx, key, |family| {
            family
                .members
                .iter()
                .any(|m| subject.is(&m.first_name, &m.last_name, m.born_on))
        })
        .await?;
        if files.is_empty() {
            return Ok(Vec::new());
        }
        let all: Vec<&crate::VisibleFile> = files.iter().collect();
        let help = crate::access::help_of(tx, key, &all).await?;
        let contracts = crate::contracts::contracts_of(tx, key, &all).await?;
        let mut held = Vec::new();
        for file in &files {
            let person: Vec<_> = file
                .data
                .members
                .iter()
                .filter(|m| subject.is(&m.first_name, &m.last_name, m.born_on))
                .map(|m| {
                    json!({
                        "firstName": m.first_name,
                        "lastName": m.last_name,
                        "bornOn": m.born_on,
                        "dateOfBirthKnown": m.born_on.is_some(),
                        "relation": m.relation,
                    })
                })
                .collect();
            let help: Vec<_> = help
                .iter()
                .filter(|h| h.file_id == file.id)
                .map(|h| {
                    tx.touch(ids::help_gid(h.id));
                    json!({
                        "kind": h.kind.as_str(),
                        "variant": h.variant.map(|v| v.as_str()),
                        "occurredOn": h.occurred_on,
                        "note": h.note,
                    })
                })
                .collect();
            let contracts: Vec<_> = contracts
                .iter()
                .filter(|c| c.file_id == file.id)
                .map(|c| {
                    tx.touch(ids::contract_gid(c.id));
                    json!({
                        "signedOn": c.signed_on,
                        "endsOn": c.ends_on,
                        "reviewOn": c.review_on,
                        "goals": c.terms.goals,
                        "familyObligations": c.terms.family_obligations,
                        "workerObligations": c.terms.worker_obligations,
                        "outcome": c.settled.as_ref().map(|(o, _, _)| o.as_str()),
                        "settledOn": c.settled.as_ref().map(|(_, on, _)| on),
                        "settlementNote": c.settled.as_ref().and_then(|(_, _, n)| n.clone()),
                    })
                })
                .collect();
            held.push(Held {
                register: REGISTER,
                kind: "teczka rodziny",
                id: ids::file_gid(file.id),
                data: json!({
                    "family": file.data.name,
                    "address": file.data.address,
                    "openedOn": file.opened_on,
                    "closedOn": file.closed.as_ref().map(|(on, _)| on),
                    "closure": file.closed.as_ref().map(|(_, why)| why.as_str()),
                    "person": person,
                    "help": help,
                    "contracts": contracts,
                }),
            });
        }
        Ok(held)
    }
}
