//! What the cases context registers with the gateway: its node types (all case data), the
//! loader for Blue Cards, and the deadline notification job.

use async_graphql::Context;
use async_trait::async_trait;
use kernel::jobs::TenantJob;
use kernel::node::NodeSource;
use kernel::pubsub::PubSub;
use kernel::{NodeType, Result, TenantTx};
use uuid::Uuid;

use crate::graphql::BlueCardObject;

/// Parts of a card have IDs but are reached through their card, never on their own.
pub const NODE_TYPES: &[NodeType] = &[
    NodeType::BlueCard,
    NodeType::BlueCardPerson,
    NodeType::PlanItem,
    NodeType::WorkRecord,
    NodeType::Deadline,
    NodeType::DeadlineNotification,
    crate::ids::OUTSIDE_MEMBER,
    crate::ids::FORM,
];

/// Root fields that read or write case data whatever they find (the audit trail shows a
/// tenant administrator only their kind). Every root field of the procedure but its deadline
/// rules; `tests` in the gateway check the list against the schema.
pub const CASE_DATA_FIELDS: &[&str] = &[
    "blueCards",
    "deadlineNotifications",
    "blueCardDeadlines",
    "openBlueCard",
    "updateBlueCard",
    "correctBlueCardPerson",
    "forwardBlueCardToChair",
    "attachBlueCardFiling",
    "keepBlueCardFilingSeparate",
    "linkBlueCardToEarlierProcedure",
    "setUpDiagnosticGroup",
    "removeDiagnosticGroupMember",
    "addOutsideGroupMember",
    "removeOutsideGroupMember",
    "recordGroupMeeting",
    "fillVictimForm",
    "fillPerpetratorForm",
    "startMonitoring",
    "reviewHelpPlan",
    "recordPerpetratorNotice",
    "recordFamilyCourtNotice",
    "closeBlueCard",
    "endPostClosureMonitoring",
    "addPlanItem",
    "updatePlanItem",
    "recordCaseWork",
    // Hand-overs to other municipalities: card numbers, and the move of the card itself.
    "caseTransfers",
    "proposeCaseTransfer",
    "decideCaseTransfer",
    "withdrawCaseTransfer",
    // Reports of erased cards: their numbers and dates, the trail of what retention erased.
    "caseErasures",
];

/// Numbers the cards and indexes the persons' names written before numbers and the name index
/// existed (`search::backfill`).
pub struct NumberAndIndex {
    pub master: kernel::crypto::MasterKey,
}

#[async_trait]
impl TenantJob for NumberAndIndex {
    fn name(&self) -> &'static str {
        "cases-number-and-index"
    }

    async fn run(&self, tx: TenantTx) -> Result<u64> {
        let done = crate::search::backfill(&tx, &self.master).await?;
        tx.commit().await?;
        Ok(done)
    }
}

/// Erases the personal data of the procedures past the municipality's retention and reports
/// each (`retention::erase_expired`).
pub struct Retention {
    pub master: kernel::crypto::MasterKey,
}

#[async_trait]
impl TenantJob for Retention {
    fn name(&self) -> &'static str {
        "cases-retention"
    }

    async fn run(&self, tx: TenantTx) -> Result<u64> {
        let key = tenancy::data_key(&tx, &self.master).await?;
        let erased = crate::retention::erase_expired(&tx, &key, kernel::calendar::today()).await?;
        tx.commit().await?;
        Ok(erased.len() as u64)
    }
}

/// Moves the hand-overs a receiving chair accepted whose move did not happen right after the
/// acceptance (its process ended, or the move failed): each in one transaction across the two
/// municipalities, audited in both.
pub struct Transfers {
    pub master: kernel::crypto::MasterKey,
    pub directory: std::sync::Arc<dyn kernel::jobs::TenantDirectory>,
    pub audit: std::sync::Arc<dyn kernel::db::AuditSink>,
}

#[async_trait]
impl kernel::jobs::PlatformJob for Transfers {
    fn name(&self) -> &'static str {
        "cases-transfers"
    }

    async fn run(&self, db: &kernel::Db) -> Result<u64> {
        let audit = kernel::db::AuditContext {
            sink: Some(self.audit.clone()),
            ..kernel::db::AuditContext::unaudited(self.name())
        };
        let mut moved = 0;
        for tenant in self.directory.tenants(db).await? {
            moved +=
                crate::handover::complete_accepted(db, &self.master, &audit, tenant.id).await?;
        }
        Ok(moved)
    }
}

/// A person whose membership of the team ends leaves every diagnostic group on that day (kept
/// in it with the day they left) and loses the cards the groups gave them, in the same
/// transaction: rejoining the team later gives none of them back.
pub struct GroupsFollowTeam;

#[async_trait]
impl teams::MembershipEnds for GroupsFollowTeam {
    async fn membership_ended(
        &self,
        tx: &TenantTx,
        user: Uuid,
        on: chrono::NaiveDate,
    ) -> Result<()> {
        crate::groups::leave_every_group(tx, user, on).await
    }
}

pub struct BlueCards;

impl NodeSource for BlueCards {
    const NODE_TYPE: NodeType = NodeType::BlueCard;
    type Object = BlueCardObject;

    async fn load(ctx: &Context<'_>, ids: &[Uuid]) -> Result<Vec<BlueCardObject>> {
        crate::graphql::load_cards(ctx, ids).await
    }

    fn id(object: &BlueCardObject) -> Result<Uuid> {
        Ok(object.uuid())
    }
}

/// Notifies the people responsible for Blue Card deadlines that come due within
/// `lead_working_days` working days or have passed, once per deadline, person and kind, and
/// publishes the notifications to every gateway replica (`blueCardDeadlines`).
pub struct DeadlineNotifications {
    pub pubsub: PubSub,
    pub lead_working_days: u32,
}

#[async_trait]
impl TenantJob for DeadlineNotifications {
    fn name(&self) -> &'static str {
        "deadline-notifications"
    }

    async fn run(&self, tx: TenantTx) -> Result<u64> {
        let today = kernel::calendar::today();
        let sent = crate::deadlines::notify_deadlines(&tx, today, self.lead_working_days).await?;
        tx.commit().await?;
        // Recorded first, published after: a subscriber that misses the message still finds
        // the notification in `deadlineNotifications`.
        crate::deadlines::publish(&self.pubsub, &sent).await?;
        Ok(sent.len() as u64)
    }
}

/// The service's indicators, for the statistics service (`kernel::stats`).
pub use crate::stats::BlueCardStatistics;

/// The columns cases seals with the municipality's data key (see `place`).
pub const SEALED: &[SealedColumn] = &[
    SealedColumn::json(
        "cases_blue_cards",
        "details_sealed",
        "cases_blue_cards.details",
    ),
    SealedColumn::json("cases_persons", "sealed", "cases_persons.sealed"),
    SealedColumn::json(
        "cases_person_revisions",
        "sealed",
        "cases_person_revisions.sealed",
    ),
    SealedColumn::json("cases_forms", "sealed", "cases_forms.sealed"),
    SealedColumn::json("cases_plan_items", "sealed", "cases_plan_items.sealed"),
    SealedColumn::text("cases_work", "note_sealed", "cases_work.note"),
    SealedColumn::json(
        "cases_group_meetings",
        "sealed",
        "cases_group_meetings.sealed",
    ),
    SealedColumn::json(
        "cases_outside_members",
        "sealed",
        "cases_outside_members.sealed",
    ),
];

use kernel::sealed::SealedColumn;
