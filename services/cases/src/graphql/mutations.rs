//! Mutations of the procedure: each parses its input, then calls one use case.

use async_graphql::{Context, Object};
use kernel::calendar::Period;
use kernel::request::ContextExt;
use kernel::{Error, GlobalId, NodeType, UserError};
use uuid::Uuid;

use super::inputs::*;
use super::loaders::*;
use super::objects::*;
use crate::domain::{parse_person, DiagnosisDetails, FormDetails, FormKind, PersonFields};
use crate::{CardChange, DiagnosticForm, NewBlueCard, NewWork, PlanItemChange};

pub(crate) async fn simple_step(
    ctx: &Context<'_>,
    input: BlueCardStepInput,
    step: crate::SimpleStep,
) -> async_graphql::Result<BlueCardPayload> {
    let id = GlobalId::decode_as(&input.id, NodeType::BlueCard)?;
    let s = scope_for_change(ctx).await?;
    let tx = s.tx().await?;
    Ok(
        crate::simple_step(tx, s.reader, &s.key, id, input.version, step, day(input.on))
            .await?
            .into(),
    )
}

#[derive(Default)]
pub struct CasesMutation;

#[Object]
impl CasesMutation {
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
        let mut errors = Vec::new();
        let today = today();
        let persons: Vec<_> = input
            .persons
            .iter()
            .enumerate()
            .filter_map(|(i, p)| {
                let index = i.to_string();
                parse_person(
                    PersonFields {
                        role: p.role,
                        first_name: &p.first_name,
                        last_name: &p.last_name,
                        pesel: p.pesel.as_deref(),
                        born_on: p.date_of_birth.map(|d| d.0),
                        sex: p.sex,
                        died_on: p.died_on.map(|d| d.0),
                        address: p.address.as_deref(),
                        phone: p.phone.as_deref(),
                        notes: p.notes.as_deref(),
                    },
                    input.initiated_on.0,
                    today,
                    &["input", "persons", &index],
                    &mut errors,
                )
            })
            .collect();
        if input.persons.len() > 50 {
            errors.push(UserError::new(
                &["input", "persons"],
                "TOO_MANY",
                "an NK-A lists at most 50 persons",
            ));
        }
        let details = FormDetails {
            injuries: text_field(input.injuries.as_deref(), "injuries", &mut errors),
            perpetrator_under_alcohol: input.perpetrator_under_alcohol,
            perpetrator_under_drugs: input.perpetrator_under_drugs,
            firearm_access: input.firearm_access,
            children_in_household: children_count(input.children_in_household, &mut errors),
            actions_taken: input.actions_taken.clone(),
            nk_b_handed_over: input.nk_b_handed_over,
            victim_feels_safe: input.victim_feels_safe,
            description: text_field(input.description.as_deref(), "description", &mut errors),
            additional_information: text_field(
                input.additional_information.as_deref(),
                "additionalInformation",
                &mut errors,
            ),
        };
        if !errors.is_empty() {
            return Ok(OpenBlueCardPayload {
                blue_card: None,
                subsequent: false,
                user_errors: errors,
            });
        }
        let s = scope_for_change(ctx).await?;
        let new = NewBlueCard {
            initiated_on: input.initiated_on.0,
            initiator_institution: input.initiator_institution,
            violence_forms: input.violence_forms,
            persons,
            details,
        };
        Ok(
            match crate::open_blue_card(s.tx().await?, staff, s.reader, &s.key, new).await? {
                Ok(card) => OpenBlueCardPayload {
                    blue_card: Some(BlueCardObject::from(card)),
                    subsequent: false,
                    user_errors: Vec::new(),
                },
                Err(user_errors) => OpenBlueCardPayload {
                    blue_card: None,
                    subsequent: false,
                    user_errors,
                },
            },
        )
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
        let mut errors = Vec::new();
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
        set!(victim_feels_safe, input.victim_feels_safe.map(Some));
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
                .map(|t| text_field(Some(t), "injuries", &mut errors))
        );
        set!(
            description,
            input
                .description
                .as_deref()
                .map(|t| text_field(Some(t), "description", &mut errors))
        );
        set!(
            additional_information,
            input.additional_information.as_deref().map(|t| text_field(
                Some(t),
                "additionalInformation",
                &mut errors
            ))
        );
        if !errors.is_empty() {
            return Ok(invalid(errors));
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
        let mut errors = Vec::new();
        let procedure = decode(
            &input.procedure_id,
            NodeType::BlueCard,
            &["input", "procedureId"],
            &mut errors,
        );
        let Some(procedure) = procedure.filter(|_| errors.is_empty()) else {
            return Ok(AttachBlueCardFilingPayload {
                filing: None,
                procedure: None,
                user_errors: errors,
            });
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
        Ok(match outcome {
            Ok((filing, procedure)) => AttachBlueCardFilingPayload {
                filing: Some(BlueCardObject::from(filing)),
                procedure: Some(BlueCardObject::from(procedure)),
                user_errors: Vec::new(),
            },
            Err(user_errors) => AttachBlueCardFilingPayload {
                filing: None,
                procedure: None,
                user_errors,
            },
        })
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

    /// The chair sets up (or later changes) the card's diagnostic group.
    async fn set_up_diagnostic_group(
        &self,
        ctx: &Context<'_>,
        input: SetUpDiagnosticGroupInput,
    ) -> async_graphql::Result<BlueCardPayload> {
        let id = GlobalId::decode_as(&input.id, NodeType::BlueCard)?;
        let mut errors = Vec::new();
        let members: Vec<Uuid> = input
            .member_ids
            .iter()
            .enumerate()
            .filter_map(|(i, m)| {
                decode(
                    m,
                    NodeType::TeamMember,
                    &["input", "memberIds", &i.to_string()],
                    &mut errors,
                )
            })
            .collect();
        if input.member_ids.len() > 30 {
            errors.push(UserError::new(
                &["input", "memberIds"],
                "TOO_MANY",
                "a diagnostic group has at most 30 members",
            ));
        }
        if !errors.is_empty() {
            return Ok(invalid(errors));
        }
        let s = scope_for_change(ctx).await?;
        let on = day(input.on);
        Ok(crate::set_up_group(
            s.tx().await?,
            s.reader,
            &s.key,
            id,
            input.version,
            &members,
            on,
        )
        .await?
        .into())
    }

    /// A meeting of the diagnostic group; the first one starts the diagnosis.
    async fn record_group_meeting(
        &self,
        ctx: &Context<'_>,
        input: BlueCardStepInput,
    ) -> async_graphql::Result<BlueCardPayload> {
        simple_step(ctx, input, crate::SimpleStep::GroupMeeting).await
    }

    /// Form NK-C with a person experiencing violence, with the help plan agreed with them.
    async fn fill_victim_form(
        &self,
        ctx: &Context<'_>,
        input: FillVictimFormInput,
    ) -> async_graphql::Result<BlueCardPayload> {
        let id = GlobalId::decode_as(&input.id, NodeType::BlueCard)?;
        let mut errors = Vec::new();
        let person = decode(
            &input.person_id,
            NodeType::BlueCardPerson,
            &["input", "personId"],
            &mut errors,
        );
        let diagnosis =
            crate::domain::required_note(&input.diagnosis, &["input", "diagnosis"], &mut errors);
        let history = text_field(input.history.as_deref(), "history", &mut errors);
        let plan = plan_items(&input.help_plan, "helpPlan", &mut errors);
        let (Some(person_id), Some(diagnosis), true) = (person, diagnosis, errors.is_empty())
        else {
            return Ok(invalid(errors));
        };
        let s = scope_for_change(ctx).await?;
        let form = DiagnosticForm {
            person_id,
            filled_on: day(input.filled_on),
            details: DiagnosisDetails {
                diagnosis: diagnosis.into_string(),
                history,
            },
            other_side_present: input.perpetrator_present,
            plan,
        };
        Ok(crate::fill_diagnostic_form(
            s.tx().await?,
            s.reader,
            &s.key,
            id,
            input.version,
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
        let mut errors = Vec::new();
        let person = decode(
            &input.person_id,
            NodeType::BlueCardPerson,
            &["input", "personId"],
            &mut errors,
        );
        let diagnosis =
            crate::domain::required_note(&input.diagnosis, &["input", "diagnosis"], &mut errors);
        let plan = plan_items(&input.action_plan, "actionPlan", &mut errors);
        let (Some(person_id), Some(diagnosis), true) = (person, diagnosis, errors.is_empty())
        else {
            return Ok(invalid(errors));
        };
        let s = scope_for_change(ctx).await?;
        let form = DiagnosticForm {
            person_id,
            filled_on: day(input.filled_on),
            details: DiagnosisDetails {
                diagnosis: diagnosis.into_string(),
                history: None,
            },
            other_side_present: input.victim_present,
            plan,
        };
        Ok(crate::fill_diagnostic_form(
            s.tx().await?,
            s.reader,
            &s.key,
            id,
            input.version,
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
        let s = scope_for_change(ctx).await?;
        let on = day(input.on);
        Ok(crate::close_blue_card(
            s.tx().await?,
            s.reader,
            &s.key,
            id,
            input.version,
            input.ground,
            on,
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
        let mut errors = Vec::new();
        let items = plan_items(
            &[PlanItemInput {
                kind: input.kind,
                programme: input.programme,
                description: input.description,
                responsible_user_id: input.responsible_user_id,
                due_on: input.due_on,
            }],
            "item",
            &mut errors,
        );
        let (Some(item), true) = (items.into_iter().next(), errors.is_empty()) else {
            for e in &mut errors {
                // Reported on the input's own fields, not on an item list.
                e.field.retain(|f| f != "item" && f != "0");
            }
            return Ok(Err(errors).into());
        };
        let s = scope_for_change(ctx).await?;
        Ok(
            crate::add_plan_item(s.tx().await?, s.reader, &s.key, card_id, input.plan, item)
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
        let mut errors = Vec::new();
        let description = match input.description.as_deref() {
            Some(d) => crate::domain::required_note(d, &["input", "description"], &mut errors)
                .map(|n| n.into_string()),
            None => None,
        };
        let responsible = match &input.responsible_user_id {
            Some(r) => decode(
                r,
                NodeType::User,
                &["input", "responsibleUserId"],
                &mut errors,
            ),
            None => None,
        };
        if !errors.is_empty() {
            return Ok(Err(errors).into());
        }
        let s = scope_for_change(ctx).await?;
        let change = PlanItemChange {
            status: input.status,
            description,
            due_on: input.due_on.map(|d| d.0),
            responsible_user_id: responsible,
        };
        Ok(
            crate::update_plan_item(s.tx().await?, s.reader, &s.key, id, input.version, change)
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
        let mut errors = Vec::new();
        let note = text_field(input.note.as_deref(), "note", &mut errors);
        if !errors.is_empty() {
            return Ok(RecordCaseWorkPayload {
                work: None,
                user_errors: errors,
            });
        }
        let s = scope_for_change(ctx).await?;
        let new = NewWork {
            kind: input.kind,
            variant: input.variant,
            occurred_on: day(input.occurred_on),
            note,
        };
        Ok(
            match crate::record_work(s.tx().await?, s.reader, &s.key, card_id, new).await? {
                Ok(w) => RecordCaseWorkPayload {
                    work: Some(WorkRecordObject(w)),
                    user_errors: Vec::new(),
                },
                Err(user_errors) => RecordCaseWorkPayload {
                    work: None,
                    user_errors,
                },
            },
        )
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
                return Ok(SetDeadlineRulePayload {
                    rule: None,
                    user_errors: vec![UserError::new(&["input", "amount"], "INVALID", message)],
                })
            }
        };
        let tx = req.tenant_tx().await?;
        let rule = crate::set_deadline_rule(tx, &admin, input.kind, period, input.version).await?;
        Ok(SetDeadlineRulePayload {
            rule: Some(rule.into()),
            user_errors: Vec::new(),
        })
    }
}
