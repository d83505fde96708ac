//! The card's side of programmes: enrolment from an action plan's programme referral, and what
//! the card's diagnostic group sees of it.

use async_graphql::{ComplexObject, Context, InputObject, Object, SimpleObject, ID};
use chrono::{DateTime, Utc};
use documents::DocumentFile;
use kernel::date::Date;
use kernel::input::{Errors, Payload};
use kernel::request::ContextExt;
use kernel::{GlobalId, NodeType, UserError};

use super::objects::{Catalogue, EditionObject};
use super::scope::{paper_of, scope};
use crate::domain::{DropOutReason, EnrolmentStatus};
use crate::ids::PROGRAMME_EDITION;
use crate::{Paper, ReferralEnrolment, ReferralOutcome};

/// Skierowanie do programu — what became of a programme referral of a card's action plan:
/// the edition the person was enrolled in and how far they got. What the card's diagnostic
/// group sees; the programme's record of the person stays with the people running it.
#[derive(SimpleObject)]
#[graphql(name = "ProgrammeReferral", complex)]
pub struct ReferralObject {
    #[graphql(skip)]
    pub outcome: ReferralOutcome,
    /// The action plan's referral item.
    pub plan_item_id: ID,
    /// The card's person enrolled.
    pub person_id: ID,
    pub edition: EditionObject,
    pub status: EnrolmentStatus,
    pub consent_on: Option<Date>,
    pub enrolled_at: DateTime<Utc>,
    /// The day the person completed the programme or dropped out.
    pub finished_on: Option<Date>,
    pub drop_out_reason: Option<DropOutReason>,
}

#[ComplexObject]
impl ReferralObject {
    /// The certificate of completion, as PDF; null until the person completes the programme.
    async fn certificate(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<DocumentFile>> {
        Ok(paper_of(ctx, &self.outcome, Paper::Certificate).await?)
    }

    /// The notice to the card's diagnostic group that the person completed the programme or
    /// stopped taking part, as PDF; null until then.
    async fn notice(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<DocumentFile>> {
        Ok(paper_of(ctx, &self.outcome, Paper::Notice).await?)
    }
}

kernel::payload! {
    /// Result of `enrolFromReferral`: the referral as it now stands, or why it was refused.
    EnrolFromReferralPayload { referral: ReferralObject }
}

/// Zapis do programu ze skierowania w planie działań (NK-D).
#[derive(InputObject)]
pub struct EnrolFromReferralInput {
    /// The programme referral item of the card's action plan.
    pub plan_item_id: ID,
    /// The card's perpetrator to enrol.
    pub person_id: ID,
    pub edition_id: ID,
    /// The day the person consented to take part.
    pub consent_on: Option<Date>,
}

impl TryFrom<EnrolFromReferralInput> for ReferralEnrolment {
    type Error = Vec<UserError>;

    fn try_from(input: EnrolFromReferralInput) -> Result<Self, Vec<UserError>> {
        let mut e = Errors::input();
        let item = e.field(
            "planItemId",
            GlobalId::decode_as(&input.plan_item_id, NodeType::PlanItem),
        );
        let person = e.field(
            "personId",
            GlobalId::decode_as(&input.person_id, NodeType::BlueCardPerson),
        );
        let edition = e.field(
            "editionId",
            GlobalId::decode_as(&input.edition_id, PROGRAMME_EDITION),
        );
        e.finish(|| {
            Some(ReferralEnrolment {
                plan_item_id: item?,
                person_id: person?,
                edition_id: edition?,
                consent_on: input.consent_on.map(|d| d.0),
            })
        })
    }
}

/// The outcomes as GraphQL objects, their editions read in one catalogue.
async fn objects(
    ctx: &Context<'_>,
    outcomes: Vec<ReferralOutcome>,
) -> kernel::Result<Vec<ReferralObject>> {
    let s = scope(ctx).await?;
    let ids: Vec<_> = outcomes.iter().map(|o| o.edition.id).collect();
    let editions = Catalogue::load(s.tx().await?, s.reader, &ids)
        .await?
        .editions();
    outcomes
        .into_iter()
        .map(|o| {
            let edition = editions
                .iter()
                .find(|e| e.uuid() == o.edition.id)
                .cloned()
                .ok_or_else(|| kernel::Error::internal("a referral's edition vanished"))?;
            Ok(ReferralObject {
                plan_item_id: ID(GlobalId::new(NodeType::PlanItem, o.link.plan_item_id).encode()),
                person_id: ID(
                    GlobalId::new(NodeType::BlueCardPerson, o.link.card_person_id).encode(),
                ),
                edition,
                status: o.status,
                consent_on: o.consent_on.map(Date),
                enrolled_at: o.enrolled_at,
                finished_on: o.finished_on.map(Date),
                drop_out_reason: o.drop_out_reason,
                outcome: o,
            })
        })
        .collect()
}

async fn case_reader(ctx: &Context<'_>) -> kernel::Result<cases::CaseAccess> {
    let req = ctx.request()?;
    let staff = req.principal.require_staff()?;
    cases::reader(req.tenant_tx().await?, staff).await
}

#[derive(Default)]
pub struct ReferralsQuery;

#[Object]
impl ReferralsQuery {
    /// What became of the programme referrals of a card's action plans, the latest enrolment
    /// first; of one plan item only when `planItemId` is given (a document is asked for so,
    /// one item at a time). The card's diagnostic group and the team's chair; a card the
    /// caller may not see is NOT_FOUND.
    async fn programme_referrals(
        &self,
        ctx: &Context<'_>,
        card_id: ID,
        plan_item_id: Option<ID>,
    ) -> async_graphql::Result<Vec<ReferralObject>> {
        let card = GlobalId::decode_as(&card_id, NodeType::BlueCard)?;
        let item = plan_item_id
            .map(|i| GlobalId::decode_as(&i, NodeType::PlanItem))
            .transpose()?;
        let reader = case_reader(ctx).await?;
        let s = scope(ctx).await?;
        let mut outcomes = crate::referral_outcomes(s.tx().await?, reader, &s.key, card).await?;
        if let Some(item) = item {
            outcomes.retain(|o| o.link.plan_item_id == item);
        }
        Ok(objects(ctx, outcomes).await?)
    }
}

#[derive(Default)]
pub struct ReferralsMutation;

#[Object]
impl ReferralsMutation {
    /// Enrols the card's perpetrator from a programme referral of its action plan in an
    /// edition of a programme of that kind (on its waiting list when it is full); the plan
    /// item moves to "in progress" and follows the enrolment to its end. The card's diagnostic
    /// group and the team's chair.
    async fn enrol_from_referral(
        &self,
        ctx: &Context<'_>,
        input: EnrolFromReferralInput,
    ) -> async_graphql::Result<EnrolFromReferralPayload> {
        let new = match ReferralEnrolment::try_from(input) {
            Ok(new) => new,
            Err(errors) => return Ok(EnrolFromReferralPayload::refused(errors)),
        };
        let reader = case_reader(ctx).await?;
        let s = scope(ctx).await?;
        Ok(
            match crate::enrol_from_referral(s.tx().await?, reader, &s.key, new).await? {
                Ok(outcome) => match objects(ctx, vec![outcome]).await?.pop() {
                    Some(o) => EnrolFromReferralPayload::done(o),
                    None => {
                        return Err(kernel::Error::internal("a referral vanished").into());
                    }
                },
                Err(errors) => EnrolFromReferralPayload::refused(errors),
            },
        )
    }
}
