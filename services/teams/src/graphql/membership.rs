//! The members' life cycle in the API: ending a membership, withdrawing a confidentiality
//! statement, handing the chair over. Each takes away (or moves) access to cases at once: the
//! change is announced to every gateway replica, whose live subscriptions re-check.

use async_graphql::{Context, InputObject, Object, ID};
use kernel::date::Date;
use kernel::input::{Errors, Payload};
use kernel::request::ContextExt;
use kernel::text::Note;
use kernel::{GlobalId, NodeType, UserError};

use super::{TeamMemberObject, TeamMemberPayload};
use crate::domain::{ChairHandover, MembershipEnd, StatementWithdrawal};

/// Input of `endTeamMembership`: the member, the version seen, the day it ended (today by
/// default) and why.
#[derive(InputObject)]
pub struct EndTeamMembershipInput {
    pub id: ID,
    pub version: i32,
    /// The day the membership ended; from that day on the person works on no case. Today by
    /// default; never in the future.
    pub on: Option<Date>,
    /// Why, e.g. „zmiana pracy”, „odwołanie przez burmistrza”.
    pub reason: String,
}

/// Input of `withdrawConfidentialityStatement`: the member, the version seen and the day of
/// withdrawal (today by default).
#[derive(InputObject)]
pub struct WithdrawConfidentialityStatementInput {
    pub id: ID,
    pub version: i32,
    pub on: Option<Date>,
}

/// Input of `handOverTeamChair`: the member who chairs the team from now on, with the version
/// seen of them.
#[derive(InputObject)]
pub struct HandOverTeamChairInput {
    pub member_id: ID,
    pub version: i32,
}

fn day(on: Option<Date>) -> chrono::NaiveDate {
    on.map_or_else(kernel::calendar::today, |d| d.0)
}

#[derive(Default)]
pub struct TeamMembershipMutation;

#[Object]
impl TeamMembershipMutation {
    /// Kończy członkostwo — ends a membership from a day, with the reason. The record stays;
    /// the person works on no case from that day. The chair hands the chair over first.
    /// Tenant administrators only.
    async fn end_team_membership(
        &self,
        ctx: &Context<'_>,
        input: EndTeamMembershipInput,
    ) -> async_graphql::Result<TeamMemberPayload> {
        let req = ctx.request()?;
        let admin = req.principal.require_tenant_admin()?;
        let member_id = GlobalId::decode_as(&input.id, NodeType::TeamMember)?;
        let mut errors = Errors::input();
        let reason = errors.field("reason", Note::parse(&input.reason));
        let end = match errors.finish(|| {
            Some(MembershipEnd {
                member_id,
                expected_version: input.version,
                on: day(input.on),
                reason: reason?,
            })
        }) {
            Ok(end) => end,
            Err(errors) => return Ok(TeamMemberPayload::refused(errors)),
        };
        let on = end.on;
        let tx = req.tenant_tx().await?;
        let ended = crate::end_membership(tx, &admin, end).await?;
        if let Ok(member) = &ended {
            // Other contexts follow in the same transaction (the person leaves every group).
            if let Ok(hooks) = ctx.data::<crate::TeamHooks>() {
                for hook in &hooks.0 {
                    hook.membership_ended(tx, member.user_id, on).await?;
                }
            }
        }
        announce(req, tx, &ended);
        Ok(TeamMemberPayload::answer(ended.map(TeamMemberObject)))
    }

    /// Wycofuje oświadczenie o zachowaniu poufności — from the day given (today by default) the
    /// member works on no case, until a statement is signed anew (`updateTeamMember`). Tenant
    /// administrators only.
    async fn withdraw_confidentiality_statement(
        &self,
        ctx: &Context<'_>,
        input: WithdrawConfidentialityStatementInput,
    ) -> async_graphql::Result<TeamMemberPayload> {
        let req = ctx.request()?;
        let admin = req.principal.require_tenant_admin()?;
        let member_id = GlobalId::decode_as(&input.id, NodeType::TeamMember)?;
        let tx = req.tenant_tx().await?;
        let withdrawn = crate::withdraw_statement(
            tx,
            &admin,
            StatementWithdrawal {
                member_id,
                expected_version: input.version,
                on: day(input.on),
            },
        )
        .await?;
        announce(req, tx, &withdrawn);
        Ok(TeamMemberPayload::answer(withdrawn.map(TeamMemberObject)))
    }

    /// Przekazuje przewodniczenie — the member given chairs the team from now on, and the chair
    /// before becomes an ordinary member, in one step: never two chairs, never none. Tenant
    /// administrators only (not for themselves).
    async fn hand_over_team_chair(
        &self,
        ctx: &Context<'_>,
        input: HandOverTeamChairInput,
    ) -> async_graphql::Result<TeamMemberPayload> {
        let req = ctx.request()?;
        let admin = req.principal.require_tenant_admin()?;
        let member_id = match GlobalId::decode_as(&input.member_id, NodeType::TeamMember) {
            Ok(id) => id,
            Err(_) => {
                return Ok(TeamMemberPayload::refused(vec![UserError::new(
                    &["input", "memberId"],
                    "NOT_FOUND",
                    "not a member of this municipality's team",
                )]))
            }
        };
        let tx = req.tenant_tx().await?;
        let chair = crate::hand_over_chair(
            tx,
            &admin,
            ChairHandover {
                member_id,
                expected_version: input.version,
            },
        )
        .await?;
        announce(req, tx, &chair);
        Ok(TeamMemberPayload::answer(chair.map(TeamMemberObject)))
    }
}

/// Tells every replica's live subscriptions to re-check, once the change has committed.
pub(crate) fn announce<T>(
    req: &kernel::RequestContext,
    tx: &kernel::TenantTx,
    outcome: &Result<T, Vec<UserError>>,
) {
    if outcome.is_ok() {
        kernel::live::announce_after_commit(req.pubsub(), tx);
    }
}
