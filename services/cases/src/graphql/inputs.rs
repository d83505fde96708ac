//! Inputs and payloads of the procedure's mutations (`commands` parses the inputs).

use crate::person_data::{Addiction, Relation};
use async_graphql::{InputObject, MaybeUndefined, SimpleObject, ID};
use kernel::calendar::PeriodUnit;
use kernel::date::Date;
use kernel::input::Payload;
use kernel::pesel::Sex;
use kernel::UserError;

use super::objects::*;
use super::records::*;
use crate::domain::{
    ActionTaken, ClosureGround, DeadlineRuleKind, PersonRole, PlanItemKind, PlanItemStatus,
    PlanKind, ProgrammeKind, ViolenceForm, WorkKind, WorkVariant,
};
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
    /// Who the person is to the person experiencing violence.
    pub relation_to_victim: Option<Relation>,
    /// Whether they live in the same household as the person experiencing violence.
    pub lives_with_victim: Option<bool>,
    /// Stan zdrowia, as the group needs it; at most 2,000 characters.
    pub health: Option<String>,
    #[graphql(default)]
    pub addictions: Vec<Addiction>,
    /// A child's school (or nursery) and class (`NOT_A_MINOR` for an adult).
    pub school: Option<String>,
    pub email: Option<String>,
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
    /// Whom NK-B was handed to, by place in `persons` (from 0): required when it was; the
    /// victim, or for a child a parent or guardian who does not use violence (`NK_B_TO_MINOR`,
    /// `NK_B_TO_PERPETRATOR`).
    pub nk_b_recipient: Option<i32>,
    pub victim_feels_safe: Option<bool>,
    pub description: Option<String>,
    pub additional_information: Option<String>,
    /// Formularz z papieru: the NK-A was filled on paper by someone of another body (a police
    /// officer, a teacher) and is registered here by the municipality's staff. Without it, the
    /// form is the filer's own and `initiatorInstitution` must be the body they represent on the
    /// team (NOT_YOUR_BODY otherwise).
    pub registered_from_paper: Option<PaperInitiatorInput>,
    /// Klucz wysłania: a UUID the client makes once for this form. Sending the form again
    /// with the same key (after an answer was lost) returns the card the first sending opened
    /// instead of opening a second one. Another person's key finds nothing.
    pub opening_key: Option<String>,
}

/// The person who filled a paper NK-A.
#[derive(InputObject)]
pub struct PaperInitiatorInput {
    /// Imię i nazwisko osoby wszczynającej procedurę.
    pub name: String,
    /// Stanowisko lub stopień.
    pub position: Option<String>,
    /// Nazwa podmiotu, e.g. "Komenda Miejska Policji w Żorach".
    pub entity: String,
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

impl Payload for OpenBlueCardPayload {
    type Entity = BlueCardObject;

    fn done(card: BlueCardObject) -> Self {
        OpenBlueCardPayload {
            blue_card: Some(card),
            subsequent: false,
            user_errors: Vec::new(),
        }
    }

    fn refused(errors: Vec<UserError>) -> Self {
        OpenBlueCardPayload {
            blue_card: None,
            subsequent: false,
            user_errors: errors,
        }
    }
}

kernel::payload! {
    /// Result of a step of the procedure: the card as it now is, or the reasons it was refused.
    BlueCardPayload { blue_card: BlueCardObject }
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
    /// Whom NK-B was handed to: a person of the card; null when it was not handed over.
    pub nk_b_recipient_id: MaybeUndefined<ID>,
    /// Null: not established (again).
    pub victim_feels_safe: MaybeUndefined<bool>,
    pub description: Option<String>,
    pub additional_information: Option<String>,
    /// Who filled the form on paper: set or corrected with a value, cleared with null (the form
    /// is then its author's own, of the body they represent on the team: NOT_YOUR_BODY
    /// otherwise).
    pub registered_from_paper: MaybeUndefined<PaperInitiatorInput>,
}

/// A step that needs only the card, its version and the day it happened (today if omitted).
#[derive(InputObject)]
pub struct BlueCardStepInput {
    pub id: ID,
    pub version: i32,
    pub on: Option<Date>,
}

/// Input of `recordGroupMeeting`: a meeting of the diagnostic group.
#[derive(InputObject)]
pub struct RecordGroupMeetingInput {
    pub id: ID,
    pub version: i32,
    /// The day it was held (today if omitted).
    pub on: Option<Date>,
    /// Miejsce posiedzenia, at most 200 characters.
    pub place: Option<String>,
    /// The group's members present (`TeamMember` IDs of the card's group now).
    #[graphql(default)]
    pub present_member_ids: Vec<ID>,
    /// The group's members from outside the team present (`OutsideGroupMember` IDs of those in
    /// the card's group on the day).
    #[graphql(default)]
    pub present_outside_member_ids: Vec<ID>,
    /// Whom the group met (`BlueCardPerson` IDs of this card): never the victim and the
    /// perpetrator together (`MET_SEPARATELY`).
    #[graphql(default)]
    pub met_person_ids: Vec<ID>,
    /// The adult with each minor met: a minor is never heard alone (`MINOR_UNACCOMPANIED`).
    #[graphql(default)]
    pub companions: Vec<MinorCompanionInput>,
    /// Notatka z posiedzenia, sealed; at most 10,000 characters.
    pub note: Option<String>,
}

/// The adult with a minor the group heard: a parent or guardian who is not the perpetrator, or
/// an adult closest person; either a person of the card (`personId`) or someone named (`name`).
#[derive(InputObject)]
pub struct MinorCompanionInput {
    /// The minor met (`BlueCardPerson`).
    pub minor_id: ID,
    /// An adult of the card who is not a perpetrator.
    pub person_id: Option<ID>,
    /// Someone from outside the card, by name.
    pub name: Option<String>,
    pub relation: crate::presence::CompanionRelation,
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

/// Input of `removeDiagnosticGroupMember`: the card, its version, the team member taken out
/// of its group and the day (today by default).
#[derive(InputObject)]
pub struct RemoveDiagnosticGroupMemberInput {
    pub id: ID,
    pub version: i32,
    /// The team member (`TeamMember` ID) to take out of the group.
    pub member_id: ID,
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
    /// With a minor: the adult who was with them (`MINOR_UNACCOMPANIED` otherwise).
    #[graphql(default)]
    pub companions: Vec<MinorCompanionInput>,
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
    /// The group's report to the team's chair on the results of its work (art. 9b ust. 8):
    /// required.
    pub result_report: Option<String>,
    /// The written basis of the decision that action is unfounded: required on that ground,
    /// refused on the other.
    pub basis: Option<String>,
}

/// Input of `recordPerpetratorNotice`: the notice to a perpetrator who was absent when the card
/// was opened, with the day it was delivered and how.
#[derive(InputObject)]
pub struct RecordPerpetratorNoticeInput {
    pub id: ID,
    pub version: i32,
    /// A perpetrator of the card.
    pub person_id: ID,
    /// Today when left out; not before the card was opened, not in the future.
    pub delivered_on: Option<Date>,
    pub way: crate::notices::NoticeDelivery,
    /// Required when the notice was delivered in another way.
    pub note: Option<String>,
}

/// Input of `recordFamilyCourtNotice`: the notice to the family court about a minor suspected
/// of violence (no NK-D is filled with a minor).
#[derive(InputObject)]
pub struct RecordFamilyCourtNoticeInput {
    pub id: ID,
    pub version: i32,
    pub first_name: String,
    pub last_name: String,
    /// A minor on the day the notice was sent (`NOT_A_MINOR` otherwise).
    pub date_of_birth: Date,
    /// The court notified, e.g. "Sąd Rejonowy w Żorach, III Wydział Rodzinny i Nieletnich".
    pub court: String,
    /// Today when left out; not before the group was set up, not in the future.
    pub sent_on: Option<Date>,
    pub note: Option<String>,
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
/// are, and `dueOn` or `responsibleUserId` sent as null is cleared.
#[derive(InputObject)]
pub struct UpdatePlanItemInput {
    pub id: ID,
    pub version: i32,
    pub status: Option<PlanItemStatus>,
    pub description: Option<String>,
    /// Null: no due day any more.
    pub due_on: MaybeUndefined<Date>,
    /// Null: nobody answers for the point any more.
    pub responsible_user_id: MaybeUndefined<ID>,
}

kernel::payload! {
    /// Result of `addPlanItem` and `updatePlanItem`: the point, or the reasons it was refused.
    PlanItemPayload { plan_item: PlanItemObject }
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

kernel::payload! {
    /// Result of `recordCaseWork`: the work recorded, or the reasons it was refused.
    RecordCaseWorkPayload { work: WorkRecordObject }
}

/// Input of `setDeadlineRule`: the municipality's own length of one deadline of the procedure.
#[derive(InputObject)]
pub struct SetDeadlineRuleInput {
    pub kind: DeadlineRuleKind,
    pub amount: i32,
    pub unit: PeriodUnit,
    /// The rule's version; 0 while the default applies.
    pub version: i32,
}

kernel::payload! {
    /// Result of `setDeadlineRule`: the rule now in force, or the reasons it was refused.
    SetDeadlineRulePayload { rule: DeadlineRuleObject }
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

impl Payload for AttachBlueCardFilingPayload {
    type Entity = (BlueCardObject, BlueCardObject);

    fn done((filing, procedure): (BlueCardObject, BlueCardObject)) -> Self {
        AttachBlueCardFilingPayload {
            filing: Some(filing),
            procedure: Some(procedure),
            user_errors: Vec::new(),
        }
    }

    fn refused(errors: Vec<UserError>) -> Self {
        AttachBlueCardFilingPayload {
            filing: None,
            procedure: None,
            user_errors: errors,
        }
    }
}

/// Input of `linkBlueCardToEarlierProcedure`.
#[derive(InputObject)]
pub struct LinkBlueCardToEarlierProcedureInput {
    /// The form's own card (status `SENT_TO_CHAIR`), with a repeat proposed.
    pub id: ID,
    pub version: i32,
    /// The earlier procedure, in post-closure monitoring or closed.
    pub procedure_id: ID,
}
