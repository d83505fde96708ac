//! Inputs, payloads and the parsing of inputs into the use cases' commands.

use async_graphql::{InputObject, SimpleObject, ID};
use kernel::calendar::PeriodUnit;
use kernel::date::Date;
use kernel::pesel::Sex;
use kernel::{GlobalId, NodeType, UserError};
use uuid::Uuid;

use crate::read::VisibleCard;

use super::objects::*;
use crate::domain::{
    ActionTaken, ClosureGround, DeadlineRuleKind, PersonRole, PlanItemKind, PlanItemStatus,
    PlanKind, ProgrammeKind, ViolenceForm, WorkKind, WorkVariant,
};
use crate::{NewPlanItem, PlanItem};
use teams::InstitutionKind;

/// Osoba w formularzu NK-A — a person named on the form: one experiencing domestic violence
/// or one using it.
#[derive(InputObject)]
pub struct PersonInput {
    pub role: PersonRole,
    pub first_name: String,
    pub last_name: String,
    /// 11 digits with a valid checksum, agreeing with the date of birth and sex.
    pub pesel: Option<String>,
    /// Required when there is no PESEL.
    pub date_of_birth: Option<Date>,
    /// Required when there is no PESEL.
    pub sex: Option<Sex>,
    pub died_on: Option<Date>,
    pub address: Option<String>,
    pub phone: Option<String>,
    pub notes: Option<String>,
}

/// Formularz NK-A.
#[derive(InputObject)]
pub struct OpenBlueCardInput {
    pub initiated_on: Date,
    pub initiator_institution: InstitutionKind,
    pub violence_forms: Vec<ViolenceForm>,
    pub persons: Vec<PersonInput>,
    pub injuries: Option<String>,
    #[graphql(default = false)]
    pub perpetrator_under_alcohol: bool,
    #[graphql(default = false)]
    pub perpetrator_under_drugs: bool,
    #[graphql(default = false)]
    pub firearm_access: bool,
    #[graphql(default = 0)]
    pub children_in_household: i32,
    #[graphql(default)]
    pub actions_taken: Vec<ActionTaken>,
    #[graphql(default = false)]
    pub nk_b_handed_over: bool,
    pub victim_feels_safe: Option<bool>,
    pub description: Option<String>,
    pub additional_information: Option<String>,
}

/// Result of `openBlueCard`: the new card or the reasons it was refused.
#[derive(SimpleObject)]
pub struct OpenBlueCardPayload {
    /// The author's own filing. A form about the people of another open procedure opens its
    /// own card too; the chair attaches it there once it is forwarded.
    pub blue_card: Option<BlueCardObject>,
    /// Always false: whether a form belongs to another procedure is for the chair to decide
    /// (see `BlueCard.matchProposals`), never told to the form's author.
    #[graphql(deprecation = "every NK-A opens its own card; the chair attaches subsequent forms")]
    pub subsequent: bool,
    pub user_errors: Vec<UserError>,
}

/// Result of a step of the procedure: the card as it now is, or the reasons it was refused.
#[derive(SimpleObject)]
pub struct BlueCardPayload {
    pub blue_card: Option<BlueCardObject>,
    pub user_errors: Vec<UserError>,
}

impl From<Result<VisibleCard, Vec<UserError>>> for BlueCardPayload {
    fn from(r: Result<VisibleCard, Vec<UserError>>) -> Self {
        match r {
            Ok(c) => BlueCardPayload {
                blue_card: Some(BlueCardObject::from(c)),
                user_errors: Vec::new(),
            },
            Err(user_errors) => BlueCardPayload {
                blue_card: None,
                user_errors,
            },
        }
    }
}

pub(crate) fn invalid(errors: Vec<UserError>) -> BlueCardPayload {
    BlueCardPayload {
        blue_card: None,
        user_errors: errors,
    }
}

/// Input of `updateBlueCard`: corrections to form NK-A; omitted fields stay as they are.
#[derive(InputObject)]
pub struct UpdateBlueCardInput {
    pub id: ID,
    pub version: i32,
    pub initiator_institution: Option<InstitutionKind>,
    pub violence_forms: Option<Vec<ViolenceForm>>,
    pub injuries: Option<String>,
    pub perpetrator_under_alcohol: Option<bool>,
    pub perpetrator_under_drugs: Option<bool>,
    pub firearm_access: Option<bool>,
    pub children_in_household: Option<i32>,
    pub actions_taken: Option<Vec<ActionTaken>>,
    pub nk_b_handed_over: Option<bool>,
    pub victim_feels_safe: Option<bool>,
    pub description: Option<String>,
    pub additional_information: Option<String>,
}

/// A step that needs only the card, its version and the day it happened (today if omitted).
#[derive(InputObject)]
pub struct BlueCardStepInput {
    pub id: ID,
    pub version: i32,
    pub on: Option<Date>,
}

/// Input of `setUpDiagnosticGroup`: the members of the grupa diagnostyczno-pomocowa.
#[derive(InputObject)]
pub struct SetUpDiagnosticGroupInput {
    pub id: ID,
    pub version: i32,
    /// Team members; at least a social worker and a police officer.
    pub member_ids: Vec<ID>,
    pub on: Option<Date>,
}

/// A point of a plan pomocy (NK-C) or plan działań (NK-D), given with its form.
#[derive(InputObject)]
pub struct PlanItemInput {
    #[graphql(default_with = "PlanItemKind::Action")]
    pub kind: PlanItemKind,
    pub programme: Option<ProgrammeKind>,
    pub description: String,
    pub responsible_user_id: Option<ID>,
    pub due_on: Option<Date>,
}

/// Input of `fillVictimForm`: form NK-C, filled with the victim, and the help plan.
#[derive(InputObject)]
pub struct FillVictimFormInput {
    pub id: ID,
    pub version: i32,
    /// The person experiencing violence the group met.
    pub person_id: ID,
    pub filled_on: Option<Date>,
    pub diagnosis: String,
    /// First, repeated, most dangerous and last act of violence.
    pub history: Option<String>,
    /// Must be false: the group meets the victim without the perpetrator.
    #[graphql(default = false)]
    pub perpetrator_present: bool,
    /// The individual help plan agreed at the meeting.
    #[graphql(default)]
    pub help_plan: Vec<PlanItemInput>,
}

/// Input of `fillPerpetratorForm`: form NK-D, filled with the perpetrator, and the action
/// plan.
#[derive(InputObject)]
pub struct FillPerpetratorFormInput {
    pub id: ID,
    pub version: i32,
    pub person_id: ID,
    pub filled_on: Option<Date>,
    pub diagnosis: String,
    /// Must be false: the group meets the perpetrator without the victim.
    #[graphql(default = false)]
    pub victim_present: bool,
    /// The action plan, with programme referrals and art. 66c notices.
    #[graphql(default)]
    pub action_plan: Vec<PlanItemInput>,
}

/// Input of `closeBlueCard`: zakończenie procedury on one of its two legal grounds.
#[derive(InputObject)]
pub struct CloseBlueCardInput {
    pub id: ID,
    pub version: i32,
    pub ground: ClosureGround,
    pub on: Option<Date>,
}

/// Input of `addPlanItem`: a new point of a card's help plan or action plan.
#[derive(InputObject)]
pub struct AddPlanItemInput {
    pub blue_card_id: ID,
    pub plan: PlanKind,
    #[graphql(default_with = "PlanItemKind::Action")]
    pub kind: PlanItemKind,
    pub programme: Option<ProgrammeKind>,
    pub description: String,
    pub responsible_user_id: Option<ID>,
    pub due_on: Option<Date>,
}

/// Input of `updatePlanItem`: a point's progress or corrections; omitted fields stay as they
/// are.
#[derive(InputObject)]
pub struct UpdatePlanItemInput {
    pub id: ID,
    pub version: i32,
    pub status: Option<PlanItemStatus>,
    pub description: Option<String>,
    pub due_on: Option<Date>,
    pub responsible_user_id: Option<ID>,
}

/// Result of `addPlanItem` and `updatePlanItem`: the point, or the reasons it was refused.
#[derive(SimpleObject)]
pub struct PlanItemPayload {
    pub plan_item: Option<PlanItemObject>,
    pub user_errors: Vec<UserError>,
}

impl From<Result<PlanItem, Vec<UserError>>> for PlanItemPayload {
    fn from(r: Result<PlanItem, Vec<UserError>>) -> Self {
        match r {
            Ok(i) => PlanItemPayload {
                plan_item: Some(PlanItemObject(i)),
                user_errors: Vec::new(),
            },
            Err(user_errors) => PlanItemPayload {
                plan_item: None,
                user_errors,
            },
        }
    }
}

/// Input of `recordCaseWork`: an intervention, a consultation or other work done on a case.
#[derive(InputObject)]
pub struct RecordCaseWorkInput {
    pub blue_card_id: ID,
    pub kind: WorkKind,
    /// With or without the police for an intervention; the kind of a consultation.
    pub variant: Option<WorkVariant>,
    pub occurred_on: Option<Date>,
    pub note: Option<String>,
}

/// Result of `recordCaseWork`: the work recorded, or the reasons it was refused.
#[derive(SimpleObject)]
pub struct RecordCaseWorkPayload {
    pub work: Option<WorkRecordObject>,
    pub user_errors: Vec<UserError>,
}

/// Input of `setDeadlineRule`: the municipality's own length of one deadline of the procedure.
#[derive(InputObject)]
pub struct SetDeadlineRuleInput {
    pub kind: DeadlineRuleKind,
    pub amount: i32,
    pub unit: PeriodUnit,
    /// The rule's version; 0 while the statutory default applies.
    pub version: i32,
}

/// Result of `setDeadlineRule`: the rule now in force, or the reasons it was refused.
#[derive(SimpleObject)]
pub struct SetDeadlineRulePayload {
    pub rule: Option<DeadlineRuleObject>,
    pub user_errors: Vec<UserError>,
}

pub(crate) fn text_field(
    raw: Option<&str>,
    field: &str,
    errors: &mut Vec<UserError>,
) -> Option<String> {
    crate::domain::note(raw, field, errors)
}

pub(crate) fn children_count(raw: i32, errors: &mut Vec<UserError>) -> u32 {
    match u32::try_from(raw) {
        Ok(n) if n <= 30 => n,
        _ => {
            errors.push(UserError::new(
                &["input", "childrenInHousehold"],
                "INVALID",
                "the number of children must be 0 to 30",
            ));
            0
        }
    }
}

pub(crate) fn decode(
    raw: &ID,
    node_type: NodeType,
    field: &[&str],
    errors: &mut Vec<UserError>,
) -> Option<Uuid> {
    match GlobalId::decode_as(raw, node_type) {
        Ok(id) => Some(id),
        Err(e) => {
            errors.push(UserError::new(field, "INVALID", e.public_message()));
            None
        }
    }
}

pub(crate) fn plan_items(
    raw: &[PlanItemInput],
    path: &str,
    errors: &mut Vec<UserError>,
) -> Vec<NewPlanItem> {
    raw.iter()
        .enumerate()
        .filter_map(|(i, item)| {
            let index = i.to_string();
            let description = crate::domain::required_note(
                &item.description,
                &["input", path, &index, "description"],
                errors,
            );
            let responsible = match &item.responsible_user_id {
                Some(id) => Some(decode(
                    id,
                    NodeType::User,
                    &["input", path, &index, "responsibleUserId"],
                    errors,
                )?),
                None => None,
            };
            Some(NewPlanItem {
                kind: item.kind,
                programme: item.programme,
                description: description?.into_string(),
                responsible_user_id: responsible,
                due_on: item.due_on.map(|d| d.0),
            })
        })
        .collect()
}

/// The chair attaches a forwarded form to an open procedure about the same people.
#[derive(InputObject)]
pub struct AttachBlueCardFilingInput {
    /// The form's own card (status `SENT_TO_CHAIR`).
    pub id: ID,
    pub version: i32,
    /// The open procedure it joins as a subsequent NK-A.
    pub procedure_id: ID,
    pub procedure_version: i32,
    pub on: Option<Date>,
}

/// Result of `attachBlueCardFiling`: the attached form and the procedure it joined.
#[derive(SimpleObject)]
pub struct AttachBlueCardFilingPayload {
    /// The form's own card, now `ATTACHED`.
    pub filing: Option<BlueCardObject>,
    /// The procedure with the form, its new persons and forms of violence.
    pub procedure: Option<BlueCardObject>,
    pub user_errors: Vec<UserError>,
}
