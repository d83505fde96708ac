//! Access requests (GDPR art. 15): what each service holds about one person, found by their
//! PESEL through the service's own keyed index, for the data-protection officer. A service
//! declares a [`SubjectSource`] and the gateway registers it; the officer's export gathers
//! every source's records in one file.

use std::sync::Arc;

use async_trait::async_trait;
use serde::Serialize;

use crate::crypto::DataKey;
use crate::pesel::Pesel;
use crate::{Result, TenantTx};

/// One record a service holds about the person: what it is (in Polish), its global ID and its
/// content as stored (opened), so that the officer answers the request from the record itself.
#[derive(Debug, Clone, Serialize)]
pub struct Held {
    /// The register it comes from ("Niebieskie Karty", "Rejestr zgłoszeń").
    pub register: &'static str,
    /// What the record is ("osoba w procedurze", "formularz NK-A", …).
    pub kind: &'static str,
    pub id: String,
    pub data: serde_json::Value,
}

/// A service's records about one person.
#[async_trait]
pub trait SubjectSource: Send + Sync {
    /// Names the source (the service) in logs and errors.
    fn name(&self) -> &'static str;

    /// Everything the service holds about the person with `pesel`, read in the municipality's
    /// tenant transaction with its data key; each record read is touched in the audit trail.
    async fn held(&self, tx: &TenantTx, key: &DataKey, pesel: &Pesel) -> Result<Vec<Held>>;
}

/// The registered sources, in the order their records are exported.
#[derive(Clone, Default)]
pub struct SubjectSources(pub Vec<Arc<dyn SubjectSource>>);
