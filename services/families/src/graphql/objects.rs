//! GraphQL objects of family files. A `FamilyFileObject` is made only from a [`VisibleFile`],
//! with its workers, help and the linked card (when the reader sees it) read for all the files
//! of one answer at once.

use std::collections::{BTreeMap, HashSet};
use std::sync::Arc;

use async_graphql::{Object, SimpleObject, ID};
use cases::domain::{WorkKind, WorkVariant};
use kernel::crypto::DataKey;
use kernel::date::Date;
use kernel::principal::StaffPrincipal;
use kernel::{GlobalId, NodeType, TenantTx};
use uuid::Uuid;

use crate::domain::{ContractOutcome, FileClosure};
use crate::ids::{FAMILY_FILE, SOCIAL_CONTRACT};
use crate::{HelpRecord, SocialContract, VisibleFile};

/// A person working with the family.
#[derive(SimpleObject, Clone)]
#[graphql(name = "FamilyFileWorker")]
pub struct WorkerObject {
    pub user_id: ID,
    pub display_name: Option<String>,
}

/// Osoba w rodzinie.
#[derive(SimpleObject, Clone)]
#[graphql(name = "FamilyMember")]
pub struct MemberObject {
    pub first_name: String,
    pub last_name: String,
    pub born_on: Option<Date>,
    pub relation: Option<String>,
}

/// Pomoc udzielona rodzinie.
#[derive(SimpleObject, Clone)]
#[graphql(name = "FamilyHelp")]
pub struct HelpObject {
    pub id: ID,
    pub kind: WorkKind,
    pub variant: Option<WorkVariant>,
    pub occurred_on: Date,
    pub recorded_by_name: Option<String>,
    pub note: Option<String>,
}

/// Kontrakt socjalny — a contract with the family: its period, terms and how it ended.
#[derive(SimpleObject, Clone)]
#[graphql(name = "SocialContract")]
pub struct ContractObject {
    pub id: ID,
    pub signed_on: Date,
    pub ends_on: Date,
    pub review_on: Option<Date>,
    pub goals: String,
    pub family_obligations: String,
    pub worker_obligations: Option<String>,
    pub recorded_by_name: Option<String>,
    /// Not settled though its period ended.
    pub overdue: bool,
    pub outcome: Option<ContractOutcome>,
    pub settled_on: Option<Date>,
    pub settlement_note: Option<String>,
    pub version: i32,
}

pub(crate) fn contract_object(
    c: &SocialContract,
    names: &BTreeMap<Uuid, String>,
) -> ContractObject {
    ContractObject {
        id: ID(GlobalId::new(SOCIAL_CONTRACT, c.id).encode()),
        signed_on: Date(c.signed_on),
        ends_on: Date(c.ends_on),
        review_on: c.review_on.map(Date),
        goals: c.terms.goals.clone(),
        family_obligations: c.terms.family_obligations.clone(),
        worker_obligations: c.terms.worker_obligations.clone(),
        recorded_by_name: names.get(&c.recorded_by).cloned(),
        overdue: c.settled.is_none() && c.ends_on < kernel::calendar::today(),
        outcome: c.settled.as_ref().map(|(o, _, _)| *o),
        settled_on: c.settled.as_ref().map(|(_, on, _)| Date(*on)),
        settlement_note: c.settled.as_ref().and_then(|(_, _, n)| n.clone()),
        version: c.version,
    }
}

#[derive(Clone)]
pub struct FamilyFileObject {
    file: Arc<VisibleFile>,
    workers: Vec<WorkerObject>,
    help: Vec<HelpObject>,
    contracts: Vec<ContractObject>,
    cards: Vec<Uuid>,
}

impl FamilyFileObject {
    /// The objects of `files`, their workers, help, names and visible cards read once.
    pub(crate) async fn many(
        tx: &TenantTx,
        staff: &StaffPrincipal,
        key: &DataKey,
        files: Vec<VisibleFile>,
    ) -> kernel::Result<Vec<Self>> {
        let refs: Vec<&VisibleFile> = files.iter().collect();
        let workers = crate::workers_of(tx, &refs).await?;
        let help = crate::help_of(tx, key, &refs).await?;
        let contracts = crate::contracts_of(tx, key, &refs).await?;
        let mut users: Vec<Uuid> = workers.iter().map(|(_, u)| *u).collect();
        users.extend(help.iter().map(|h| h.recorded_by));
        users.extend(contracts.iter().map(|c| c.recorded_by));
        let names: BTreeMap<Uuid, String> = identity::find_users(tx, &users)
            .await?
            .into_iter()
            .map(|u| (u.id, u.display_name))
            .collect();
        let links = crate::cards_of(tx, &refs).await?;
        let linked: Vec<Uuid> = links.iter().map(|(_, c)| *c).collect();
        let seen: HashSet<Uuid> = if linked.is_empty() {
            HashSet::new()
        } else {
            let reader = cases::reader(tx, staff).await?;
            cases::visible_card_ids(tx, reader, &linked)
                .await?
                .into_iter()
                .collect()
        };
        Ok(files
            .into_iter()
            .map(|f| FamilyFileObject {
                workers: workers
                    .iter()
                    .filter(|(file, _)| *file == f.id)
                    .map(|(_, u)| WorkerObject {
                        user_id: ID(GlobalId::new(NodeType::User, *u).encode()),
                        display_name: names.get(u).cloned(),
                    })
                    .collect(),
                help: help
                    .iter()
                    .filter(|h| h.file_id == f.id)
                    .map(|h| help_object(h, &names))
                    .collect(),
                contracts: contracts
                    .iter()
                    .filter(|c| c.file_id == f.id)
                    .map(|c| contract_object(c, &names))
                    .collect(),
                cards: links
                    .iter()
                    .filter(|(file, card)| *file == f.id && seen.contains(card))
                    .map(|(_, card)| *card)
                    .collect(),
                file: Arc::new(f),
            })
            .collect())
    }

    pub fn uuid(&self) -> Uuid {
        self.file.id
    }
}

pub(crate) fn help_object(h: &HelpRecord, names: &BTreeMap<Uuid, String>) -> HelpObject {
    HelpObject {
        id: ID(crate::ids::help_gid(h.id)),
        kind: h.kind,
        variant: h.variant,
        occurred_on: Date(h.occurred_on),
        recorded_by_name: names.get(&h.recorded_by).cloned(),
        note: h.note.clone(),
    }
}

/// Teczka rodziny — social work with a family (or a person) with or without a Blue Card. Read
/// only by the staff working with the family.
#[Object(name = "FamilyFile")]
impl FamilyFileObject {
    pub async fn id(&self) -> ID {
        ID(GlobalId::new(FAMILY_FILE, self.file.id).encode())
    }

    /// How the staff call the family (`Rodzina Nowaków`) or the person.
    pub async fn name(&self) -> &str {
        &self.file.data.name
    }

    pub async fn address(&self) -> Option<&str> {
        self.file.data.address.as_deref()
    }

    pub async fn members(&self) -> Vec<MemberObject> {
        self.file
            .data
            .members
            .iter()
            .map(|m| MemberObject {
                first_name: m.first_name.clone(),
                last_name: m.last_name.clone(),
                born_on: m.born_on.map(Date),
                relation: m.relation.clone(),
            })
            .collect()
    }

    pub async fn opened_on(&self) -> Date {
        Date(self.file.opened_on)
    }

    /// The staff working with the family, who read the file.
    pub async fn workers(&self) -> &[WorkerObject] {
        &self.workers
    }

    /// The help given, the latest first.
    pub async fn help(&self) -> &[HelpObject] {
        &self.help
    }

    /// Social contracts with the family, the latest signed first.
    pub async fn contracts(&self) -> &[ContractObject] {
        &self.contracts
    }

    /// The Blue Cards opened for the family that the reader may see (the others are not
    /// mentioned at all).
    pub async fn blue_card_ids(&self) -> Vec<ID> {
        self.cards
            .iter()
            .map(|c| ID(GlobalId::new(NodeType::BlueCard, *c).encode()))
            .collect()
    }

    /// Koniec pracy z rodziną — the day the work ended; a closed file changes no more.
    pub async fn closed_on(&self) -> Option<Date> {
        self.file.closed.map(|(on, _)| Date(on))
    }

    pub async fn closure_reason(&self) -> Option<FileClosure> {
        self.file.closed.map(|(_, why)| why)
    }

    pub async fn version(&self) -> i32 {
        self.file.version
    }
}
