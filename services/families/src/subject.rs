//! What the family files hold about one person, for an access request (GDPR art. 15). A file
//! names its people without PESEL, so the person is found by the name the request gives and the
//! date of birth the PESEL holds (`kernel::subject::Subject::match_of`); without a name nothing
//! is searched here. Each file is opened in the server to look. A file that names the person
//! with that date of birth is exported — the family, the person as the file records them (not
//! the other members), the help given (withdrawn too) and the social contracts; one that names
//! someone of that name whose date of birth it does not know, only as that person and the
//! file's ID, for the officer to check. Each one exported is touched in the audit trail.

use async_trait::async_trait;
use kernel::crypto::DataKey;
use kernel::subject::{Held, Match, Subject, SubjectSource};
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
        let of = |m: &crate::domain::FamilyMember| {
            subject.match_of(&m.first_name, &m.last_name, m.born_on)
        };
        let files = crate::access::files_naming(tx, key, |family| {
            family.members.iter().any(|m| of(m) != Match::No)
        })
        .await?;
        let (certain, to_check): (Vec<&crate::VisibleFile>, Vec<&crate::VisibleFile>) = files
            .iter()
            .partition(|f| f.data.members.iter().any(|m| of(m) == Match::Certain));
        let person = |file: &crate::VisibleFile, only: Match| -> Vec<serde_json::Value> {
            file.data
                .members
                .iter()
                .filter(|m| of(m) == only)
                .map(|m| {
                    json!({
                        "firstName": m.first_name,
                        "lastName": m.last_name,
                        "bornOn": m.born_on,
                        "dateOfBirthKnown": m.born_on.is_some(),
                        "relation": m.relation,
                    })
                })
                .collect()
        };
        let mut held: Vec<Held> = to_check
            .iter()
            .map(|file| Held {
                register: REGISTER,
                kind: "teczka rodziny (do sprawdzenia)",
                id: ids::file_gid(file.id),
                data: json!({
                    "check": "teczka zapisuje osobę o tym imieniu i nazwisku bez daty urodzenia",
                    "person": person(file, Match::NameOnly),
                }),
            })
            .collect();
        if certain.is_empty() {
            return Ok(held);
        }
        let help = crate::access::help_records(tx, key, &certain, true).await?;
        let contracts = crate::contracts::contracts_of(tx, key, &certain).await?;
        for file in certain {
            let help: Vec<_> = help
                .iter()
                .filter(|(h, _)| h.file_id == file.id)
                .map(|(h, withdrawn_at)| {
                    tx.touch(ids::help_gid(h.id));
                    json!({
                        "kind": h.kind.as_str(),
                        "variant": h.variant.map(|v| v.as_str()),
                        "occurredOn": h.occurred_on,
                        "note": h.note,
                        "withdrawnAt": withdrawn_at,
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
                    "person": person(file, Match::Certain),
                    "help": help,
                    "contracts": contracts,
                }),
            });
        }
        Ok(held)
    }
}
