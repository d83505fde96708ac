//! What the intake register registers with the gateway: its node types (case data), the
//! loader for entries, and the job that notifies responses due or overdue.

use async_graphql::Context;
use async_trait::async_trait;
use kernel::jobs::TenantJob;
use kernel::node::NodeSource;
use kernel::pubsub::PubSub;
use kernel::{NodeType, Result, TenantTx};
use uuid::Uuid;

use crate::graphql::IntakeEntryObject;
use crate::ids::{INTAKE_ENTRY, INTAKE_NOTIFICATION};

/// Notifications are reached through `intakeNotifications`, never on their own.
pub const NODE_TYPES: &[NodeType] = &[INTAKE_ENTRY, INTAKE_NOTIFICATION];

/// Root fields that read or write entries whatever they find (the audit trail shows a tenant
/// administrator only their kind). Every root field of the register but its counts and its
/// response rule.
pub const CASE_DATA_FIELDS: &[&str] = &[
    "intakeEntries",
    "intakeNotifications",
    "intakeResponseDeadlines",
    "recordIntake",
    "respondToIntake",
    "assignIntake",
    "closeIntake",
    "convertIntakeToBlueCard",
    "linkIntakeToBlueCard",
];

pub struct IntakeEntries;

impl NodeSource for IntakeEntries {
    const NODE_TYPE: NodeType = INTAKE_ENTRY;
    type Object = IntakeEntryObject;

    async fn load(ctx: &Context<'_>, ids: &[Uuid]) -> Result<Vec<IntakeEntryObject>> {
        crate::graphql::load_entries(ctx, ids).await
    }

    fn id(object: &IntakeEntryObject) -> Result<Uuid> {
        Ok(object.uuid())
    }
}

/// Notifies the people responsible for intake responses that come due within
/// `lead_working_days` working days or are overdue, once per entry, person and kind (the same
/// lead and rules as the Blue Card deadlines), and publishes them to every gateway replica
/// (`intakeResponseDeadlines`).
pub struct ResponseNotifications {
    pub pubsub: PubSub,
    pub lead_working_days: u32,
}

#[async_trait]
impl TenantJob for ResponseNotifications {
    fn name(&self) -> &'static str {
        "intake-response-notifications"
    }

    async fn run(&self, tx: TenantTx) -> Result<u64> {
        let today = kernel::calendar::today();
        let sent = crate::notify_responses(&tx, today, self.lead_working_days).await?;
        tx.commit().await?;
        // Recorded first, published after: a subscriber that misses the message still finds
        // the notice in `intakeNotifications`.
        crate::publish(&self.pubsub, &sent).await?;
        Ok(sent.len() as u64)
    }
}

/// The service's indicators, for the statistics service (`kernel::stats`).
pub use crate::stats::IntakeStatistics;

/// The columns the intake register seals with the municipality's data key (see `place`).
pub const SEALED: &[kernel::sealed::SealedColumn] = &[
    kernel::sealed::SealedColumn::json("intake_entries", "sealed", "intake_entries.sealed"),
    kernel::sealed::SealedColumn::json("intake_persons", "sealed", "intake_persons.sealed"),
    kernel::sealed::SealedColumn::json(
        "intake_actions",
        "note_sealed",
        "intake_actions.note_sealed",
    ),
];
