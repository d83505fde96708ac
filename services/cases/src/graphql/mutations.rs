//! Mutations of the procedure: each parses its input (`commands`), then calls one use case
//! and answers its payload.

use async_graphql::{Context, MaybeUndefined, Object, ID};
use kernel::calendar::Period;
use kernel::input::{Errors, Payload};
use kernel::request::ContextExt;
use kernel::{Error, GlobalId, NodeType};

use super::commands::{
    attach_procedure, children_count, companions, family_court_notice, group_members,
    paper_initiator, perpetrator_notice,
};
use super::inputs::*;
use super::loaders::*;
use super::objects::BlueCardObject;
use crate::closure::ClosureReport;
use crate::domain::{note, FormKind};
use crate::{CardChange, DiagnosticForm, NewBlueCard, NewPlanItem, NewWork, PlanItemChange};

pub(crate) async fn simple_step(
    ctx: &Context<'_>,
    input: BlueCardStepInput,
    step: crate::SimpleStep,
) -> async_graphql::Result<BlueCardPayload> {
    let id = GlobalId::decode_as(&input.id, NodeType::BlueCard)?;
    let s = scope_for_change(ctx).await?;
    let tx = s.tx().await?;
    Ok(crate::simple_step(
        tx,
        s.req.pubsub(),
        s.reader,
        &s.key,
        id,
        input.version,
        step,
        day(input.on),
    )
    .await?
    .into())
}

#[derive(Default)]
pub struct ProcedureMutation;

#[Object]
impl ProcedureMutation {
    /// Fills form NK-A and opens it as the author's own card. A form about the victim (and
    /// perpetrator) of another open procedure is proposed to the chair as a match once it is
    /// forwarded; its author is told nothing of it. Social workers and team members.
    async fn open_blue_card(
        &self,
        ctx: &Context<'_>,
        input: OpenBlueCardInput,
    ) -> async_graphql::Result<OpenBlueCardPayload> {
        let req = ctx.request()?;
        let staff = req.principal.require_staff()?;
        let new = match NewBlueCard::try_from(input) {
            Ok(new) => new,
            Err(errors) => return Ok(OpenBlueCardPayload::refused(errors)),
        };
        let s = scope_for_change(ctx).await?;
        let opened = crate::open_blue_card(s.tx().await?, staff, s.reader, &s.key, new).await?;
        Ok(OpenBlueCardPayload::answer(opened))
    }

    /// Corrects the NK-A content. Carries the card's `version`; a stale one answers CONFLICT.
    async fn update_blue_card(
        &self,
        ctx: &Context<'_>,
        input: UpdateBlueCardInput,
    ) -> async_graphql::Result<BlueCardPayload> {
        let id = GlobalId::decode_as(&input.id, NodeType::BlueCard)?;
        let s = scope_for_change(ctx).await?;
        let tx = s.tx().await?;
        let current = crate::get_card(tx, s.reader, &s.key, id).await?;
        if current.version != input.version {
            // The details below are merged onto what is stored: never onto a stale read.
            return Err(Error::Conflict(format!(
                "this card was changed by someone else (now at version {}); reload and try again",
                current.version
            ))
            .into());
        }
        let mut errors = Errors::input();
        let mut details = current.details.clone();
        let mut touched_details = false;
        macro_rules! set {
            ($field:ident, $value:expr) => {
                if let Some(v) = $value {
                    details.$field = v;
                    touched_details = true;
                }
            };
        }
        set!(perpetrator_under_alcohol, input.perpetrator_under_alcohol);
        set!(perpetrator_under_drugs, input.perpetrator_under_drugs);
        set!(firearm_access, input.firearm_access);
        set!(nk_b_handed_over, input.nk_b_handed_over);
        set!(actions_taken, input.actions_taken.clone());
        set!(
            victim_feels_safe,
            Option::<Option<bool>>::from(input.victim_feels_safe)
        );
        set!(
            children_in_household,
            input
                .children_in_household
                .map(|n| children_count(n, &mut errors))
        );
        set!(
            injuries,
            input
                .injuries
                .as_deref()
                .map(|t| note(Some(t), "injuries", &mut errors))
        );
        set!(
            description,
            input
                .description
                .as_deref()
                .map(|t| note(Some(t), "description", &mut errors))
        );
        set!(
            additional_information,
            input.additional_information.as_deref().map(|t| note(
                Some(t),
                "additionalInformation",
                &mut errors
            ))
        );
        // A paper initiator refused is not taken for none: the body is checked against it once
        // it is right.
        let mut paper_refused = false;
        match input.registered_from_paper {
            MaybeUndefined::Undefined => {}
            MaybeUndefined::Null => {
                details.registered_from_paper = None;
                touched_details = true;
            }
            MaybeUndefined::Value(paper) => {
                details.registered_from_paper =
                    errors.nested(&["registeredFromPaper"], |e| paper_initiator(paper, e));
                paper_refused = details.registered_from_paper.is_none();
                touched_details = true;
            }
        }
        // Whom NK-B went to, checked when it or the hand-over changes: a card recorded before
        // it was kept is left as it is.
        match &input.nk_b_recipient_id {
            // Not handed over after all: nobody received it.
            MaybeUndefined::Undefined if input.nk_b_handed_over == Some(false) => {
                details.nk_b_recipient = None;
            }
            MaybeUndefined::Undefined => {}
            MaybeUndefined::Null => {
                details.nk_b_recipient = None;
                touched_details = true;
            }
            MaybeUndefined::Value(raw) => {
                // A malformed ID is answered as a foreign one: no person has the nil ID.
                details.nk_b_recipient =
                    Some(GlobalId::decode_as(raw, NodeType::BlueCardPerson).unwrap_or_default());
                touched_details = true;
            }
        }
        if input.nk_b_handed_over.is_some() || !input.nk_b_recipient_id.is_undefined() {
            let persons = crate::read::persons_of(tx, &s.key, &[current.id]).await?;
            errors.extend(crate::presence::nk_b_errors(&persons, &details));
        }
        // Only a body or a paper initiator changed is checked: a card recorded before the rules
        // keeps its own.
        let body = input
            .initiator_institution
            .unwrap_or(current.initiator_institution);
        if body != current.initiator_institution {
            crate::initiators::initiator_errors(body, &mut errors);
        }
        if !paper_refused
            && (body != current.initiator_institution
                || details.registered_from_paper != current.details.registered_from_paper)
        {
            crate::initiators::own_body_errors(
                tx,
                current.initiator_user_id,
                body,
                details.registered_from_paper.is_some(),
                &mut errors,
            )
            .await?;
        }
        if !errors.is_empty() {
            return Ok(BlueCardPayload::refused(errors.into_vec()));
        }
        let change = CardChange {
            initiator_institution: input.initiator_institution,
            violence_forms: input.violence_forms,
            details: touched_details.then_some(details),
        };
        Ok(
            crate::update_blue_card(tx, s.reader, &s.key, id, input.version, change)
                .await?
                .into(),
        )
    }

    /// Corrects a person's data after NK-A (names, PESEL, date of birth, sex, address, phone,
    /// notes; not the role) on the card's `version`; a stale one answers CONFLICT. What it
    /// replaced stays in `BlueCard.personCorrections`.
    async fn correct_blue_card_person(
        &self,
        ctx: &Context<'_>,
        input: super::CorrectBlueCardPersonInput,
    ) -> async_graphql::Result<BlueCardPayload> {
        let id = GlobalId::decode_as(&input.id, NodeType::BlueCardPerson)?;
        let fields = crate::domain::PersonFields {
            role: crate::domain::PersonRole::Victim,
            first_name: &input.first_name,
            last_name: &input.last_name,
            pesel: input.pesel.as_deref(),
            born_on: input.date_of_birth.map(|d| d.0),
            sex: input.sex,
            died_on: input.died_on.map(|d| d.0),
            address: input.address.as_deref(),
            phone: input.phone.as_deref(),
            notes: input.notes.as_deref(),
            about: crate::person_data::AboutFields {
                relation: input.relation_to_victim,
                lives_with_victim: input.lives_with_victim,
                health: input.health.as_deref(),
                addictions: &input.addictions,
                school: input.school.as_deref(),
                email: input.email.as_deref(),
            },
        };
        let s = scope_for_change(ctx).await?;
        Ok(
            crate::correct_person(s.tx().await?, s.reader, &s.key, id, input.version, fields)
                .await?
                .into(),
        )
    }

    /// Sends form NK-A to the team's chair (due within 5 working days of initiation).
    async fn forward_blue_card_to_chair(
        &self,
        ctx: &Context<'_>,
        input: BlueCardStepInput,
    ) -> async_graphql::Result<BlueCardPayload> {
        simple_step(ctx, input, crate::SimpleStep::Forward).await
    }

    /// The chair attaches a forwarded form to an open procedure about the same people: the
    /// form joins it as a subsequent NK-A and its own card ends as `ATTACHED`.
    async fn attach_blue_card_filing(
        &self,
        ctx: &Context<'_>,
        input: AttachBlueCardFilingInput,
    ) -> async_graphql::Result<AttachBlueCardFilingPayload> {
        let id = GlobalId::decode_as(&input.id, NodeType::BlueCard)?;
        let procedure = match attach_procedure(&input) {
            Ok(procedure) => procedure,
            Err(errors) => return Ok(AttachBlueCardFilingPayload::refused(errors)),
        };
        let s = scope_for_change(ctx).await?;
        let outcome = crate::attach(
            s.tx().await?,
            s.reader,
            &s.key,
            id,
            input.version,
            procedure,
            input.procedure_version,
            day(input.on),
        )
        .await?;
        Ok(AttachBlueCardFilingPayload::answer(outcome.map(
            |(filing, procedure)| {
                (
                    BlueCardObject::from(filing),
                    BlueCardObject::from(procedure),
                )
            },
        )))
    }

    /// The chair keeps a forwarded form with a proposed match a procedure of its own; its
    /// diagnostic group can be set up next.
    async fn keep_blue_card_filing_separate(
        &self,
        ctx: &Context<'_>,
        input: BlueCardStepInput,
    ) -> async_graphql::Result<BlueCardPayload> {
        let id = GlobalId::decode_as(&input.id, NodeType::BlueCard)?;
        let s = scope_for_change(ctx).await?;
        Ok(
            crate::keep_separate(s.tx().await?, s.reader, &s.key, id, input.version)
                .await?
                .into(),
        )
    }

    /// The chair decides that a forwarded form about the people of a procedure in post-closure
    /// monitoring or closed within 12 months is a repeat: it goes on as a procedure of its own,
    /// linked to the earlier one so that its diagnostic group knows the history. The form
    /// itself does not change.
    async fn link_blue_card_to_earlier_procedure(
        &self,
        ctx: &Context<'_>,
        input: super::LinkBlueCardToEarlierProcedureInput,
    ) -> async_graphql::Result<BlueCardPayload> {
        let id = GlobalId::decode_as(&input.id, NodeType::BlueCard)?;
        let earlier = GlobalId::decode_as(&input.procedure_id, NodeType::BlueCard)?;
        let s = scope_for_change(ctx).await?;
        Ok(
            crate::link_to_earlier(s.tx().await?, s.reader, &s.key, id, input.version, earlier)
                .await?
                .into(),
        )
    }

    /// The chair sets up (or later changes) the card's diagnostic group.
    async fn set_up_diagnostic_group(
        &self,
        ctx: &Context<'_>,
        input: SetUpDiagnosticGroupInput,
    ) -> async_graphql::Result<BlueCardPayload> {
        let id = GlobalId::decode_as(&input.id, NodeType::BlueCard)?;
        let members = match group_members(&input) {
            Ok(members) => members,
            Err(errors) => return Ok(BlueCardPayload::refused(errors)),
        };
        let s = scope_for_change(ctx).await?;
        let tx = s.tx().await?;
        let changed = crate::set_up_group(
            tx,
            s.reader,
            &s.key,
            id,
            input.version,
            &members,
            day(input.on),
        )
        .await?;
        if changed.is_ok() {
            kernel::live::announce_after_commit(s.req.pubsub(), tx);
        }
        Ok(changed.into())
    }

    /// Wyłączenie z grupy — the chair takes a member out of the card's diagnostic group from a
    /// day (today by default). The group keeps a social worker and a police officer; the member
    /// stays recorded with the day they left, and no longer sees the card (unless they filed
    /// it).
    async fn remove_diagnostic_group_member(
        &self,
        ctx: &Context<'_>,
        input: RemoveDiagnosticGroupMemberInput,
    ) -> async_graphql::Result<BlueCardPayload> {
        let id = GlobalId::decode_as(&input.id, NodeType::BlueCard)?;
        let Ok(member) = GlobalId::decode_as(&input.member_id, NodeType::TeamMember) else {
            return Ok(BlueCardPayload::refused(vec![kernel::UserError::new(
                &["input", "memberId"],
                "NOT_IN_GROUP",
                "this person is not in the card's diagnostic group",
            )]));
        };
        let s = scope_for_change(ctx).await?;
        let tx = s.tx().await?;
        let changed = crate::remove_group_member(
            tx,
            s.reader,
            &s.key,
            id,
            input.version,
            member,
            day(input.on),
        )
        .await?;
        if changed.is_ok() {
            kernel::live::announce_after_commit(s.req.pubsub(), tx);
        }
        Ok(changed.into())
    }

    /// A meeting of the diagnostic group (the first one starts the diagnosis): the place, the
    /// members present, whom the group met and a note, sealed like the team's minutes.
    async fn record_group_meeting(
        &self,
        ctx: &Context<'_>,
        input: RecordGroupMeetingInput,
    ) -> async_graphql::Result<BlueCardPayload> {
        let id = GlobalId::decode_as(&input.id, NodeType::BlueCard)?;
        // A malformed ID is answered as a foreign one: no member or person has the nil ID, so
        // the list's field gets its userError.
        let ids = |raw: &[ID], node: NodeType| -> Vec<uuid::Uuid> {
            raw.iter()
                .map(|i| GlobalId::decode_as(i, node).unwrap_or_default())
                .collect()
        };
        let companions = match companions(&input.companions) {
            Ok(companions) => companions,
            Err(errors) => return Ok(BlueCardPayload::refused(errors)),
        };
        let new = crate::NewMeeting {
            on: day(input.on),
            place: input.place,
            present: ids(&input.present_member_ids, NodeType::TeamMember),
            present_outside: ids(
                &input.present_outside_member_ids,
                crate::ids::OUTSIDE_MEMBER,
            ),
            met: ids(&input.met_person_ids, NodeType::BlueCardPerson),
            companions,
            note: input.note,
        };
        let s = scope_for_change(ctx).await?;
        Ok(
            crate::record_group_meeting(s.tx().await?, s.reader, &s.key, id, input.version, new)
                .await?
                .into(),
        )
    }

    /// Form NK-C with a person experiencing violence, with the help plan agreed with them.
    async fn fill_victim_form(
        &self,
        ctx: &Context<'_>,
        input: FillVictimFormInput,
    ) -> async_graphql::Result<BlueCardPayload> {
        let id = GlobalId::decode_as(&input.id, NodeType::BlueCard)?;
        let version = input.version;
        let form = match DiagnosticForm::try_from(input) {
            Ok(form) => form,
            Err(errors) => return Ok(BlueCardPayload::refused(errors)),
        };
        let s = scope_for_change(ctx).await?;
        Ok(crate::fill_diagnostic_form(
            s.tx().await?,
            s.reader,
            &s.key,
            id,
            version,
            FormKind::NkC,
            form,
        )
        .await?
        .into())
    }

    /// Form NK-D with the perpetrator, with the action plan set for them.
    async fn fill_perpetrator_form(
        &self,
        ctx: &Context<'_>,
        input: FillPerpetratorFormInput,
    ) -> async_graphql::Result<BlueCardPayload> {
        let id = GlobalId::decode_as(&input.id, NodeType::BlueCard)?;
        let version = input.version;
        let form = match DiagnosticForm::try_from(input) {
            Ok(form) => form,
            Err(errors) => return Ok(BlueCardPayload::refused(errors)),
        };
        let s = scope_for_change(ctx).await?;
        Ok(crate::fill_diagnostic_form(
            s.tx().await?,
            s.reader,
            &s.key,
            id,
            version,
            FormKind::NkD,
            form,
        )
        .await?
        .into())
    }

    /// After the diagnosis, the group monitors the help plan.
    async fn start_monitoring(
        &self,
        ctx: &Context<'_>,
        input: BlueCardStepInput,
    ) -> async_graphql::Result<BlueCardPayload> {
        simple_step(ctx, input, crate::SimpleStep::StartMonitoring).await
    }

    /// A review of the help plan; the next review falls due by the municipality's rule.
    async fn review_help_plan(
        &self,
        ctx: &Context<'_>,
        input: BlueCardStepInput,
    ) -> async_graphql::Result<BlueCardPayload> {
        simple_step(ctx, input, crate::SimpleStep::ReviewHelpPlan).await
    }

    /// Closes the procedure on a legal ground; post-closure monitoring follows.
    async fn close_blue_card(
        &self,
        ctx: &Context<'_>,
        input: CloseBlueCardInput,
    ) -> async_graphql::Result<BlueCardPayload> {
        let id = GlobalId::decode_as(&input.id, NodeType::BlueCard)?;
        let mut errors = Errors::input();
        let report = ClosureReport::parse(
            input.ground,
            input.result_report.as_deref(),
            input.basis.as_deref(),
            &mut errors,
        );
        let report = match errors.finish(|| report) {
            Ok(report) => report,
            Err(errors) => return Ok(BlueCardPayload::refused(errors)),
        };
        let s = scope_for_change(ctx).await?;
        let on = day(input.on);
        Ok(crate::close_blue_card(
            s.tx().await?,
            s.reader,
            &s.key,
            id,
            input.version,
            report,
            on,
        )
        .await?
        .into())
    }

    /// The group records the notice to a perpetrator absent when the card was opened that the
    /// procedure began, with the day it was delivered and how.
    async fn record_perpetrator_notice(
        &self,
        ctx: &Context<'_>,
        input: RecordPerpetratorNoticeInput,
    ) -> async_graphql::Result<BlueCardPayload> {
        let id = GlobalId::decode_as(&input.id, NodeType::BlueCard)?;
        let notice = match perpetrator_notice(&input) {
            Ok(notice) => notice,
            Err(errors) => return Ok(BlueCardPayload::refused(errors)),
        };
        let s = scope_for_change(ctx).await?;
        Ok(crate::notices::record_perpetrator_notice(
            s.tx().await?,
            s.reader,
            &s.key,
            id,
            input.version,
            notice,
        )
        .await?
        .into())
    }

    /// The group records that it told the family court about a minor suspected of violence: a
    /// minor is never a perpetrator on NK-A, and no NK-D is filled with them.
    async fn record_family_court_notice(
        &self,
        ctx: &Context<'_>,
        input: RecordFamilyCourtNoticeInput,
    ) -> async_graphql::Result<BlueCardPayload> {
        let id = GlobalId::decode_as(&input.id, NodeType::BlueCard)?;
        let notice = match family_court_notice(&input) {
            Ok(notice) => notice,
            Err(errors) => return Ok(BlueCardPayload::refused(errors)),
        };
        let s = scope_for_change(ctx).await?;
        Ok(crate::notices::record_family_court_notice(
            s.tx().await?,
            s.reader,
            &s.key,
            id,
            input.version,
            notice,
        )
        .await?
        .into())
    }

    /// Ends the monitoring after closure.
    async fn end_post_closure_monitoring(
        &self,
        ctx: &Context<'_>,
        input: BlueCardStepInput,
    ) -> async_graphql::Result<BlueCardPayload> {
        simple_step(ctx, input, crate::SimpleStep::EndMonitoring).await
    }

    /// Adds a goal or an action to the help plan or the action plan.
    async fn add_plan_item(
        &self,
        ctx: &Context<'_>,
        input: AddPlanItemInput,
    ) -> async_graphql::Result<PlanItemPayload> {
        let card_id = GlobalId::decode_as(&input.blue_card_id, NodeType::BlueCard)?;
        let plan = input.plan;
        let item = match NewPlanItem::try_from(input) {
            Ok(item) => item,
            Err(errors) => return Ok(PlanItemPayload::refused(errors)),
        };
        let s = scope_for_change(ctx).await?;
        Ok(
            crate::add_plan_item(s.tx().await?, s.reader, &s.key, card_id, plan, item)
                .await?
                .into(),
        )
    }

    /// Changes a plan item, e.g. marks it done. Carries the item's `version`.
    async fn update_plan_item(
        &self,
        ctx: &Context<'_>,
        input: UpdatePlanItemInput,
    ) -> async_graphql::Result<PlanItemPayload> {
        let id = GlobalId::decode_as(&input.id, NodeType::PlanItem)?;
        let version = input.version;
        let change = match PlanItemChange::try_from(input) {
            Ok(change) => change,
            Err(errors) => return Ok(PlanItemPayload::refused(errors)),
        };
        let s = scope_for_change(ctx).await?;
        Ok(
            crate::update_plan_item(s.tx().await?, s.reader, &s.key, id, version, change)
                .await?
                .into(),
        )
    }

    /// Records work done in the case: an intervention, a consultation, a social contract, a
    /// shelter placement or medical help organised.
    async fn record_case_work(
        &self,
        ctx: &Context<'_>,
        input: RecordCaseWorkInput,
    ) -> async_graphql::Result<RecordCaseWorkPayload> {
        let card_id = GlobalId::decode_as(&input.blue_card_id, NodeType::BlueCard)?;
        let new = match NewWork::try_from(input) {
            Ok(new) => new,
            Err(errors) => return Ok(RecordCaseWorkPayload::refused(errors)),
        };
        let s = scope_for_change(ctx).await?;
        let recorded = crate::record_work(s.tx().await?, s.reader, &s.key, card_id, new).await?;
        Ok(RecordCaseWorkPayload::answer(recorded))
    }

    /// Sets the municipality's rule for a kind of deadline. Tenant administrators only.
    async fn set_deadline_rule(
        &self,
        ctx: &Context<'_>,
        input: SetDeadlineRuleInput,
    ) -> async_graphql::Result<SetDeadlineRulePayload> {
        let req = ctx.request()?;
        let admin = req.principal.require_tenant_admin()?;
        let period = match u16::try_from(input.amount)
            .map_err(|_| "the amount is out of range".to_owned())
            .and_then(|a| Period::new(a, input.unit))
        {
            Ok(p) => p,
            Err(message) => {
                let mut errors = Errors::input();
                errors.add("amount", "INVALID", message);
                return Ok(SetDeadlineRulePayload::refused(errors.into_vec()));
            }
        };
        let tx = req.tenant_tx().await?;
        let rule = crate::set_deadline_rule(tx, &admin, input.kind, period, input.version).await?;
        Ok(SetDeadlineRulePayload::done(rule.into()))
    }
}
