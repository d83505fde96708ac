//! The parsing of the procedure's inputs into the use cases' commands: every problem of an
//! input is collected with its field path, and the command is built only from a clean input.
//! The card an input names (`id`) is resolved by the mutation itself: an unknown card is
//! NOT_FOUND, not a userError.

use async_graphql::MaybeUndefined;
use kernel::date::Date;
use kernel::input::Errors;
use kernel::text::{Name, Note};
use kernel::{GlobalId, NodeType, UserError};

use super::inputs::*;
use super::loaders::{day, today};
use crate::domain::{
    note, parse_person, DiagnosisDetails, FormDetails, PaperInitiator, PersonFields,
};
use crate::initiators::initiator_errors;
use crate::presence::nk_b_refusal;
use crate::{DiagnosticForm, NewBlueCard, NewPlanItem, NewWork, PlanItemChange};

/// The number of children in the household, 0 to 30 (0 when refused).
pub(crate) fn children_count(raw: i32, errors: &mut Errors) -> u32 {
    match u32::try_from(raw) {
        Ok(n) if n <= 30 => n,
        _ => {
            errors.add(
                "childrenInHousehold",
                "INVALID",
                "the number of children must be 0 to 30",
            );
            0
        }
    }
}

/// A point of a plan, at the current path.
fn plan_item(item: PlanItemInput, errors: &mut Errors) -> Option<NewPlanItem> {
    let description = errors.field("description", Note::parse(&item.description));
    let responsible = errors.optional(
        "responsibleUserId",
        item.responsible_user_id
            .map(|id| GlobalId::decode_as(&id, NodeType::User)),
    );
    Some(NewPlanItem {
        kind: item.kind,
        programme: item.programme,
        description: description?.into_string(),
        responsible_user_id: responsible?,
        due_on: item.due_on.map(|d| d.0),
    })
}

/// The person who filled a paper NK-A: a name and a body, each required.
pub(crate) fn paper_initiator(
    input: PaperInitiatorInput,
    errors: &mut Errors,
) -> Option<PaperInitiator> {
    let mut required = |field: &str, raw: &str| {
        if raw.trim().is_empty() {
            errors.add(
                field,
                "REQUIRED",
                "required for a form registered from paper",
            );
            None
        } else {
            errors.field(field, Name::parse(raw))
        }
    };
    let name = required("name", &input.name);
    let entity = required("entity", &input.entity);
    let position = errors.optional_text::<200>("position", input.position.as_deref());
    Some(PaperInitiator {
        name: name?.into_string(),
        position: position?,
        entity: entity?.into_string(),
    })
}

impl TryFrom<OpenBlueCardInput> for NewBlueCard {
    type Error = Vec<UserError>;

    fn try_from(input: OpenBlueCardInput) -> Result<Self, Self::Error> {
        let mut errors = Errors::input();
        let (initiated_on, today) = (input.initiated_on.0, today());
        let too_many = input.persons.len() > 50;
        let listed = input.persons.len();
        let persons = errors.list("persons", input.persons, |e, p| {
            let fields = PersonFields {
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
                about: crate::person_data::AboutFields {
                    relation: p.relation_to_victim,
                    lives_with_victim: p.lives_with_victim,
                    health: p.health.as_deref(),
                    addictions: &p.addictions,
                    school: p.school.as_deref(),
                    email: p.email.as_deref(),
                },
            };
            parse_person(fields, initiated_on, today, e)
        });
        if too_many {
            errors.add("persons", "TOO_MANY", "an NK-A lists at most 50 persons");
        }
        // Whom NK-B went to, once every person is read (a refused one is already an error).
        let nk_b_recipient = match (input.nk_b_handed_over, input.nk_b_recipient) {
            (true, None) => {
                errors.add(
                    "nkBRecipient",
                    "REQUIRED",
                    "say whom form NK-B was handed to",
                );
                None
            }
            (false, Some(_)) => {
                errors.add(
                    "nkBRecipient",
                    "NOT_APPLICABLE",
                    "form NK-B was not handed over",
                );
                None
            }
            (false, None) => None,
            (true, Some(at)) => match usize::try_from(at).ok().filter(|at| *at < listed) {
                None => {
                    errors.add("nkBRecipient", "INVALID", "not a person of this form");
                    None
                }
                Some(at) => {
                    let minor_victim = persons
                        .iter()
                        .any(|p| p.minor && p.role == crate::domain::PersonRole::Victim);
                    if let Some((code, message)) = persons
                        .get(at)
                        .filter(|_| persons.len() == listed)
                        .and_then(|p| nk_b_refusal(p.role, !p.minor, minor_victim))
                    {
                        errors.add("nkBRecipient", code, message);
                    }
                    Some(at)
                }
            },
        };
        let registered_from_paper = input
            .registered_from_paper
            .map(|paper| errors.nested(&["registeredFromPaper"], |e| paper_initiator(paper, e)));
        let details = FormDetails {
            injuries: note(input.injuries.as_deref(), "injuries", &mut errors),
            perpetrator_under_alcohol: input.perpetrator_under_alcohol,
            perpetrator_under_drugs: input.perpetrator_under_drugs,
            firearm_access: input.firearm_access,
            children_in_household: children_count(input.children_in_household, &mut errors),
            actions_taken: input.actions_taken,
            nk_b_handed_over: input.nk_b_handed_over,
            // The person's ID once the card's persons are written (`NewBlueCard::nk_b_recipient`).
            nk_b_recipient: None,
            victim_feels_safe: input.victim_feels_safe,
            description: note(input.description.as_deref(), "description", &mut errors),
            additional_information: note(
                input.additional_information.as_deref(),
                "additionalInformation",
                &mut errors,
            ),
            registered_from_paper: registered_from_paper.flatten(),
        };
        initiator_errors(input.initiator_institution, &mut errors);
        let opening_key = errors.optional(
            "openingKey",
            input
                .opening_key
                .as_deref()
                .map(|key| uuid::Uuid::parse_str(key).map_err(|_| "the opening key is not a UUID")),
        );
        errors.finish(|| {
            Some(NewBlueCard {
                initiated_on,
                initiator_institution: input.initiator_institution,
                violence_forms: input.violence_forms,
                persons,
                details,
                nk_b_recipient,
                opening_key: opening_key?,
            })
        })
    }
}

/// The other procedure an attached form joins.
pub(crate) fn attach_procedure(
    input: &AttachBlueCardFilingInput,
) -> Result<uuid::Uuid, Vec<UserError>> {
    let mut errors = Errors::input();
    let procedure = errors.field(
        "procedureId",
        GlobalId::decode_as(&input.procedure_id, NodeType::BlueCard),
    );
    errors.finish(|| procedure)
}

/// The members of a diagnostic group.
pub(crate) fn group_members(
    input: &SetUpDiagnosticGroupInput,
) -> Result<Vec<uuid::Uuid>, Vec<UserError>> {
    let mut errors = Errors::input();
    let members = errors.list("memberIds", &input.member_ids, |e, m| {
        e.value(GlobalId::decode_as(m, NodeType::TeamMember))
    });
    if input.member_ids.len() > 30 {
        errors.add(
            "memberIds",
            "TOO_MANY",
            "a diagnostic group has at most 30 members",
        );
    }
    errors.finish(|| Some(members))
}

/// Form NK-C or NK-D: the person met, the diagnosis (and for NK-C the history), the plan.
fn diagnostic_form(
    person_id: &async_graphql::ID,
    filled_on: Option<kernel::date::Date>,
    diagnosis: &str,
    history: Option<&str>,
    other_side_present: bool,
    plan: (&str, Vec<PlanItemInput>),
) -> Result<DiagnosticForm, Vec<UserError>> {
    let mut errors = Errors::input();
    let person = errors.field(
        "personId",
        GlobalId::decode_as(person_id, NodeType::BlueCardPerson),
    );
    let diagnosis = errors.field("diagnosis", Note::parse(diagnosis));
    let history = note(history, "history", &mut errors);
    let (plan_field, items) = plan;
    let plan = errors.list(plan_field, items, |e, item| plan_item(item, e));
    errors.finish(|| {
        Some(DiagnosticForm {
            person_id: person?,
            filled_on: day(filled_on),
            details: DiagnosisDetails {
                diagnosis: diagnosis?.into_string(),
                history,
            },
            other_side_present,
            companions: Vec::new(),
            plan,
        })
    })
}

impl TryFrom<FillVictimFormInput> for DiagnosticForm {
    type Error = Vec<UserError>;

    fn try_from(input: FillVictimFormInput) -> Result<Self, Self::Error> {
        let companions = companions(&input.companions);
        let form = diagnostic_form(
            &input.person_id,
            input.filled_on,
            &input.diagnosis,
            input.history.as_deref(),
            input.perpetrator_present,
            ("helpPlan", input.help_plan),
        );
        match (form, companions) {
            (Ok(form), Ok(companions)) => Ok(DiagnosticForm { companions, ..form }),
            (Err(mut errors), Err(more)) => {
                errors.extend(more);
                Err(errors)
            }
            (Err(errors), _) | (_, Err(errors)) => Err(errors),
        }
    }
}

impl TryFrom<FillPerpetratorFormInput> for DiagnosticForm {
    type Error = Vec<UserError>;

    fn try_from(input: FillPerpetratorFormInput) -> Result<Self, Self::Error> {
        diagnostic_form(
            &input.person_id,
            input.filled_on,
            &input.diagnosis,
            None,
            input.victim_present,
            ("actionPlan", input.action_plan),
        )
    }
}

impl TryFrom<AddPlanItemInput> for NewPlanItem {
    type Error = Vec<UserError>;

    /// The point's fields are the input's own, reported on the input's paths.
    fn try_from(input: AddPlanItemInput) -> Result<Self, Self::Error> {
        let mut errors = Errors::input();
        let item = plan_item(
            PlanItemInput {
                kind: input.kind,
                programme: input.programme,
                description: input.description,
                responsible_user_id: input.responsible_user_id,
                due_on: input.due_on,
            },
            &mut errors,
        );
        errors.finish(|| item)
    }
}

impl TryFrom<UpdatePlanItemInput> for PlanItemChange {
    type Error = Vec<UserError>;

    fn try_from(input: UpdatePlanItemInput) -> Result<Self, Self::Error> {
        let mut errors = Errors::input();
        let description =
            errors.optional("description", input.description.as_deref().map(Note::parse));
        // Left out: no change; null: cleared; an ID: that person.
        let responsible = match input.responsible_user_id {
            MaybeUndefined::Undefined => Some(None),
            MaybeUndefined::Null => Some(Some(None)),
            MaybeUndefined::Value(id) => errors
                .field(
                    "responsibleUserId",
                    GlobalId::decode_as(&id, NodeType::User),
                )
                .map(|user| Some(Some(user))),
        };
        let due_on = Option::<Option<Date>>::from(input.due_on).map(|d| d.map(|d| d.0));
        errors.finish(|| {
            Some(PlanItemChange {
                status: input.status,
                description: description?.map(Note::into_string),
                due_on,
                responsible_user_id: responsible?,
            })
        })
    }
}

impl TryFrom<RecordCaseWorkInput> for NewWork {
    type Error = Vec<UserError>;

    fn try_from(input: RecordCaseWorkInput) -> Result<Self, Self::Error> {
        let mut errors = Errors::input();
        let note = note(input.note.as_deref(), "note", &mut errors);
        errors.finish(|| {
            Some(NewWork {
                kind: input.kind,
                variant: input.variant,
                occurred_on: day(input.occurred_on),
                note,
            })
        })
    }
}

/// The notice to an absent perpetrator.
pub(crate) fn perpetrator_notice(
    input: &RecordPerpetratorNoticeInput,
) -> Result<crate::notices::NewPerpetratorNotice, Vec<UserError>> {
    let mut errors = Errors::input();
    let person = errors.field(
        "personId",
        GlobalId::decode_as(&input.person_id, NodeType::BlueCardPerson),
    );
    let note = note(input.note.as_deref(), "note", &mut errors);
    let count = errors.count();
    let notice = person.map(|person_id| crate::notices::NewPerpetratorNotice {
        delivered_on: day(input.delivered_on),
        notice: crate::notices::PerpetratorNotice {
            person_id,
            way: input.way,
            note,
        },
    });
    if let Some(n) = &notice {
        if errors.count() == count {
            errors.extend(n.errors());
        }
    }
    errors.finish(|| notice)
}

/// The adults with the minors met at a meeting. A malformed ID is answered as a foreign one.
pub(crate) fn companions(
    input: &[MinorCompanionInput],
) -> Result<Vec<crate::presence::Companion>, Vec<UserError>> {
    let mut errors = Errors::input();
    let companions = errors.list("companions", input, |e, c| {
        let name = match c.name.as_deref().filter(|n| !n.trim().is_empty()) {
            None => Some(None),
            Some(raw) => e
                .field("name", Name::parse(raw))
                .map(|n| Some(n.into_string())),
        };
        Some(crate::presence::Companion {
            minor_id: GlobalId::decode_as(&c.minor_id, NodeType::BlueCardPerson)
                .unwrap_or_default(),
            person_id: c
                .person_id
                .as_ref()
                .map(|p| GlobalId::decode_as(p, NodeType::BlueCardPerson).unwrap_or_default()),
            name: name?,
            relation: c.relation,
        })
    });
    if input.len() > 50 {
        errors.add("companions", "TOO_MANY", "at most 50 at one meeting");
    }
    errors.finish(|| Some(companions))
}

/// The notice to the family court about a minor suspected of violence.
pub(crate) fn family_court_notice(
    input: &RecordFamilyCourtNoticeInput,
) -> Result<crate::notices::NewFamilyCourtNotice, Vec<UserError>> {
    let mut errors = Errors::input();
    let required = |field: &str, raw: &str, errors: &mut Errors| {
        if raw.trim().is_empty() {
            errors.add(field, "REQUIRED", "required");
            return None;
        }
        errors.field(field, Name::parse(raw)).map(Name::into_string)
    };
    let first_name = required("firstName", &input.first_name, &mut errors);
    let last_name = required("lastName", &input.last_name, &mut errors);
    let court = required("court", &input.court, &mut errors);
    let note = note(input.note.as_deref(), "note", &mut errors);
    let notice = match (first_name, last_name, court) {
        (Some(first_name), Some(last_name), Some(court)) => {
            Some(crate::notices::NewFamilyCourtNotice {
                sent_on: day(input.sent_on),
                notice: crate::notices::FamilyCourtNotice {
                    first_name,
                    last_name,
                    born_on: input.date_of_birth.0,
                    court,
                    note,
                },
            })
        }
        _ => None,
    };
    if let Some(n) = &notice {
        errors.extend(n.errors());
    }
    errors.finish(|| notice)
}
