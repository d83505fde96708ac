//! Types of the Blue Card procedure that cannot hold invalid values, and the rules of the law
//! that need no database.

use chrono::NaiveDate;
use kernel::calendar::Period;
use kernel::input::Errors;
use kernel::pesel::{Pesel, Sex};
use kernel::text::Name;
use serde::{Deserialize, Serialize};

use kernel::stored_enum;

stored_enum! {
    /// Forma przemocy — section IV of form NK-A.
    ViolenceForm {
        /// Przemoc fizyczna.
        Physical = "physical",
        /// Przemoc psychiczna.
        Psychological = "psychological",
        /// Przemoc seksualna.
        Sexual = "sexual",
        /// Przemoc ekonomiczna.
        Economic = "economic",
        /// Przemoc za pomocą środków komunikacji elektronicznej.
        Electronic = "electronic",
        /// Inna.
        Other = "other",
    }
}

stored_enum! {
    /// Rola osoby w procedurze.
    PersonRole {
        /// Osoba doznająca przemocy domowej.
        Victim = "victim",
        /// Osoba stosująca przemoc domową.
        Perpetrator = "perpetrator",
        /// Świadek (pełnoletni; małoletni świadek jest osobą doznającą przemocy).
        Witness = "witness",
    }
}

stored_enum! {
    /// Podstawa zakończenia procedury (art. 9h ust. 1 UPPD).
    ClosureGround {
        /// Ustanie przemocy domowej i zrealizowanie indywidualnego planu pomocy.
        ViolenceStoppedAndPlanCarriedOut = "violence_stopped",
        /// Rozstrzygnięcie o braku zasadności podejmowania działań.
        Unfounded = "unfounded",
    }
}

stored_enum! {
    /// Rodzaj terminu w procedurze.
    DeadlineKind {
        /// Przekazanie NK-A przewodniczącemu (5 dni roboczych od wszczęcia).
        ForwardToChair = "forward_to_chair",
        /// Powołanie grupy diagnostyczno-pomocowej (3 dni od otrzymania NK-A).
        SetUpGroup = "set_up_group",
        /// Pierwsze posiedzenie grupy.
        FirstGroupMeeting = "first_group_meeting",
        /// Przegląd planu pomocy.
        HelpPlanReview = "help_plan_review",
        /// Koniec monitorowania po zakończeniu procedury.
        EndOfMonitoring = "end_of_monitoring",
    }
}

stored_enum! {
    /// A deadline rule a municipality may change: one per kind of deadline, and one per ground
    /// of closure for the monitoring that follows it.
    DeadlineRuleKind {
        ForwardToChair = "forward_to_chair",
        SetUpGroup = "set_up_group",
        FirstGroupMeeting = "first_group_meeting",
        HelpPlanReview = "help_plan_review",
        /// Monitorowanie po zakończeniu z powodu braku zasadności.
        MonitoringAfterUnfounded = "monitoring_after_unfounded",
        /// Monitorowanie po zakończeniu z powodu ustania przemocy.
        MonitoringAfterViolenceStopped = "monitoring_after_violence_stopped",
    }
}

impl DeadlineRuleKind {
    /// The default (domain brief 2.3–2.5); a municipality may configure another.
    pub fn default_period(self) -> Period {
        match self {
            DeadlineRuleKind::ForwardToChair => Period::working_days(5),
            DeadlineRuleKind::SetUpGroup => Period::days(3),
            DeadlineRuleKind::FirstGroupMeeting => Period::working_days(5),
            DeadlineRuleKind::HelpPlanReview => Period::months(3),
            DeadlineRuleKind::MonitoringAfterUnfounded
            | DeadlineRuleKind::MonitoringAfterViolenceStopped => Period::months(9),
        }
    }

    /// Whether the default period is the law's: the act (the group set up within 3 days) or the
    /// regulation (NK-A to the chair within 5 working days, the group's first meeting within 5
    /// working days, 9 months of monitoring after closure as unfounded). No law sets when a help
    /// plan is reviewed or how long monitoring lasts after violence stopped: those defaults come
    /// from practice.
    pub fn set_by_law(self) -> bool {
        match self {
            DeadlineRuleKind::ForwardToChair
            | DeadlineRuleKind::SetUpGroup
            | DeadlineRuleKind::FirstGroupMeeting
            | DeadlineRuleKind::MonitoringAfterUnfounded => true,
            DeadlineRuleKind::HelpPlanReview | DeadlineRuleKind::MonitoringAfterViolenceStopped => {
                false
            }
        }
    }

    pub fn deadline(self) -> DeadlineKind {
        match self {
            DeadlineRuleKind::ForwardToChair => DeadlineKind::ForwardToChair,
            DeadlineRuleKind::SetUpGroup => DeadlineKind::SetUpGroup,
            DeadlineRuleKind::FirstGroupMeeting => DeadlineKind::FirstGroupMeeting,
            DeadlineRuleKind::HelpPlanReview => DeadlineKind::HelpPlanReview,
            DeadlineRuleKind::MonitoringAfterUnfounded
            | DeadlineRuleKind::MonitoringAfterViolenceStopped => DeadlineKind::EndOfMonitoring,
        }
    }
}

/// Deadline states and notices are the kernel's, shared with every context that has deadlines.
pub use kernel::deadline::{DeadlineState, NotificationKind};

stored_enum! {
    /// Formularz procedury.
    FormKind {
        /// NK-A wszczynający procedurę.
        NkA = "nk_a",
        /// Kolejny NK-A w toczącej się procedurze.
        NkASubsequent = "nk_a_subsequent",
        /// NK-C: diagnoza i plan pomocy z osobą doznającą przemocy.
        NkC = "nk_c",
        /// NK-D: diagnoza i plan działań z osobą stosującą przemoc.
        NkD = "nk_d",
        /// Zakończenie procedury: sprawozdanie grupy z wyników pracy dla przewodniczącego i, przy
        /// braku zasadności, rozstrzygnięcie z uzasadnieniem.
        Closure = "closure",
        /// Zawiadomienie nieobecnej osoby stosującej przemoc o wszczęciu procedury.
        PerpetratorNotice = "perpetrator_notice",
        /// Zawiadomienie sądu rodzinnego o małoletnim podejrzanym o stosowanie przemocy.
        FamilyCourtNotice = "family_court_notice",
    }
}

impl FormKind {
    /// The diagnostic group's own forms, read by the group and the team's chair only: all but
    /// the NK-A forms (a kind added later is the group's unless said otherwise).
    pub fn is_groups(self) -> bool {
        !matches!(self, FormKind::NkA | FormKind::NkASubsequent)
    }
}

stored_enum! {
    /// Działanie podjęte przy wypełnianiu NK-A.
    ActionTaken {
        /// Udzielono pomocy medycznej.
        MedicalHelp = "medical_help",
        /// Policja wydała nakaz opuszczenia mieszkania lub zakaz zbliżania się.
        PoliceOrder = "police_order",
        /// Zapewniono schronienie.
        Shelter = "shelter",
        /// Zawiadomiono prokuraturę.
        ProsecutorNotified = "prosecutor_notified",
        /// Zatrzymano osobę stosującą przemoc.
        PerpetratorDetained = "perpetrator_detained",
        Other = "other",
    }
}

stored_enum! {
    /// Plan: pomocy (NK-C, z osobą doznającą przemocy) lub działań (NK-D, dla osoby stosującej
    /// przemoc).
    PlanKind {
        HelpPlan = "help",
        ActionPlan = "action",
    }
}

stored_enum! {
    /// Rodzaj pozycji planu.
    PlanItemKind {
        /// Cel lub działanie.
        Action = "action",
        /// Skierowanie do programu korekcyjno-edukacyjnego lub psychologiczno-terapeutycznego.
        ProgrammeReferral = "programme_referral",
        /// Zawiadomienie o wykroczeniu z art. 66c Kodeksu wykroczeń.
        PettyOffenceNotice = "petty_offence_notice",
    }
}

stored_enum! {
    /// Program dla osób stosujących przemoc.
    ProgrammeKind {
        /// Program korekcyjno-edukacyjny.
        CorrectiveEducational = "corrective_educational",
        /// Program psychologiczno-terapeutyczny.
        PsychologicalTherapeutic = "psychological_therapeutic",
    }
}

stored_enum! {
    /// Stan realizacji pozycji planu.
    PlanItemStatus {
        Planned = "planned",
        InProgress = "in_progress",
        Done = "done",
        Abandoned = "abandoned",
    }
}

stored_enum! {
    /// Praca wykonana w sprawie — liczona w statystykach.
    WorkKind {
        /// Interwencja.
        Intervention = "intervention",
        /// Porada.
        Consultation = "consultation",
        /// Kontrakt socjalny.
        SocialContract = "social_contract",
        /// Umieszczenie w schronieniu (ośrodek wsparcia, hostel, SOW).
        ShelterPlacement = "shelter_placement",
        /// Zorganizowana pomoc medyczna.
        MedicalHelp = "medical_help",
    }
}

stored_enum! {
    /// Odmiana pracy: interwencja z policją lub bez, rodzaj porady.
    WorkVariant {
        WithPolice = "with_police",
        WithoutPolice = "without_police",
        /// Porada socjalna.
        Social = "social",
        /// Porada prawna.
        Legal = "legal",
        /// Porada psychologiczna.
        Psychological = "psychological",
        /// Porada pedagogiczna.
        Pedagogical = "pedagogical",
        /// Poradnictwo rodzinne.
        FamilyCounselling = "family_counselling",
    }
}

/// Every kind of help with its variant, and its name in the statistics (the `help` dimension
/// of help given on cards and in family files).
pub const HELP_NAMES: &[(WorkKind, Option<WorkVariant>, &str)] = &[
    (
        WorkKind::Consultation,
        Some(WorkVariant::Social),
        "porada socjalna",
    ),
    (
        WorkKind::Consultation,
        Some(WorkVariant::Legal),
        "porada prawna",
    ),
    (
        WorkKind::Consultation,
        Some(WorkVariant::Psychological),
        "porada psychologiczna",
    ),
    (
        WorkKind::Consultation,
        Some(WorkVariant::Pedagogical),
        "porada pedagogiczna",
    ),
    (
        WorkKind::Consultation,
        Some(WorkVariant::FamilyCounselling),
        "poradnictwo rodzinne",
    ),
    (
        WorkKind::Intervention,
        Some(WorkVariant::WithPolice),
        "interwencja z udziałem policji",
    ),
    (
        WorkKind::Intervention,
        Some(WorkVariant::WithoutPolice),
        "interwencja bez udziału policji",
    ),
    (WorkKind::SocialContract, None, "kontrakt socjalny"),
    (
        WorkKind::ShelterPlacement,
        None,
        "umieszczenie w schronieniu",
    ),
    (WorkKind::MedicalHelp, None, "zorganizowana pomoc medyczna"),
];

/// The `help` dimension's value: the kind, with its variant (`CONSULTATION_LEGAL`).
pub fn help_code(kind: WorkKind, variant: Option<WorkVariant>) -> String {
    match variant {
        Some(v) => format!("{}_{}", kind.as_str(), v.as_str()).to_uppercase(),
        None => kind.as_str().to_uppercase(),
    }
}

/// The name of a `help` dimension's value, as [`help_code`] makes it.
pub fn help_label(value: &str) -> Option<&'static str> {
    HELP_NAMES
        .iter()
        .find(|(kind, variant, _)| help_code(*kind, *variant) == value)
        .map(|(_, _, label)| *label)
}

impl WorkKind {
    /// The variants a kind of work takes; an intervention and a consultation must name one.
    pub fn variants(self) -> &'static [WorkVariant] {
        match self {
            WorkKind::Intervention => &[WorkVariant::WithPolice, WorkVariant::WithoutPolice],
            WorkKind::Consultation => &[
                WorkVariant::Social,
                WorkVariant::Legal,
                WorkVariant::Psychological,
                WorkVariant::Pedagogical,
                WorkVariant::FamilyCounselling,
            ],
            _ => &[],
        }
    }

    /// Why `variant` does not fit this kind of work: an intervention and a consultation name
    /// one of theirs (REQUIRED), the others none (NOT_APPLICABLE).
    pub fn variant_problem(self, variant: Option<WorkVariant>) -> Option<kernel::UserError> {
        let variants = self.variants();
        match variant {
            None if !variants.is_empty() => Some(kernel::UserError::new(
                &["input", "variant"],
                "REQUIRED",
                format!(
                    "name the variant: {}",
                    variants
                        .iter()
                        .map(|v| v.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            )),
            Some(v) if !variants.contains(&v) => Some(kernel::UserError::new(
                &["input", "variant"],
                "NOT_APPLICABLE",
                "this variant does not apply to this kind of work",
            )),
            _ => None,
        }
    }
}

/// Personal data of one person, stored only sealed with the municipality's data key.
#[derive(Clone, Serialize, Deserialize)]
pub struct PersonalData {
    pub first_name: String,
    pub last_name: String,
    pub pesel: Option<String>,
    pub born_on: NaiveDate,
    pub died_on: Option<NaiveDate>,
    pub address: Option<String>,
    pub phone: Option<String>,
    pub notes: Option<String>,
    /// Relation, household, health, addictions, school, e-mail (none on persons recorded
    /// before they were kept).
    #[serde(default)]
    pub about: crate::person_data::About,
}

/// A person as the form gives them, parsed and checked against the law's rules.
#[derive(Clone)]
pub struct NewPerson {
    pub role: PersonRole,
    /// Set when a minor witness was recorded as a victim.
    pub recorded_as_victim: bool,
    pub sex: Sex,
    pub minor: bool,
    pub data: PersonalData,
    pub pesel: Option<Pesel>,
}

/// The raw person of a form, before the rules are applied.
pub struct PersonFields<'a> {
    pub role: PersonRole,
    pub first_name: &'a str,
    pub last_name: &'a str,
    pub pesel: Option<&'a str>,
    pub born_on: Option<NaiveDate>,
    pub sex: Option<Sex>,
    pub died_on: Option<NaiveDate>,
    pub address: Option<&'a str>,
    pub phone: Option<&'a str>,
    pub notes: Option<&'a str>,
    pub about: crate::person_data::AboutFields<'a>,
}

/// Whether someone born on `born_on` is an adult (18) on `on`.
pub fn adult_on(born_on: NaiveDate, on: NaiveDate) -> bool {
    born_on
        .checked_add_months(chrono::Months::new(18 * 12))
        .is_some_and(|eighteenth| eighteenth <= on)
}

fn optional_text<const MAX: usize>(
    raw: Option<&str>,
    field: &str,
    errors: &mut Errors,
) -> Option<String> {
    let raw = raw.filter(|r| !r.trim().is_empty())?;
    errors
        .field(field, kernel::text::Text::<MAX>::parse(raw))
        .map(kernel::text::Text::into_string)
}

/// Applies the law's rules to one person of an NK-A initiated on `initiated_on` (today is
/// `today`). `errors` is at the person's input path, e.g. `["input", "persons", "2"]`.
pub fn parse_person(
    fields: PersonFields<'_>,
    initiated_on: NaiveDate,
    today: NaiveDate,
    errors: &mut Errors,
) -> Option<NewPerson> {
    let before = errors.count();
    let first_name = errors.field("firstName", Name::parse(fields.first_name));
    let last_name = errors.field("lastName", Name::parse(fields.last_name));
    let pesel = match fields.pesel.filter(|p| !p.trim().is_empty()) {
        Some(raw) => errors.field("pesel", Pesel::parse(raw)),
        None => None,
    };
    let born_on = match (fields.born_on, &pesel) {
        (Some(d), Some(p)) if d != p.birth_date() => {
            errors.add(
                "pesel",
                "PESEL_MISMATCH",
                "the PESEL encodes another date of birth",
            );
            None
        }
        (Some(d), _) => Some(d),
        (None, Some(p)) => Some(p.birth_date()),
        (None, None) => {
            if fields.pesel.is_none_or(|p| p.trim().is_empty()) {
                errors.add(
                    "dateOfBirth",
                    "REQUIRED",
                    "give the date of birth or the PESEL",
                );
            }
            None
        }
    };
    let sex = match (fields.sex, &pesel) {
        (Some(s), Some(p)) if s != p.sex() => {
            errors.add("pesel", "PESEL_MISMATCH", "the PESEL encodes the other sex");
            None
        }
        (Some(s), _) => Some(s),
        (None, Some(p)) => Some(p.sex()),
        (None, None) => {
            errors.add("sex", "REQUIRED", "give the sex or the PESEL");
            None
        }
    };
    if let Some(born) = born_on {
        if born > today || born > initiated_on {
            errors.add(
                "dateOfBirth",
                "IN_FUTURE",
                "the date of birth is after the form was filled",
            );
        }
    }
    if let Some(died) = fields.died_on {
        if died > today {
            errors.add("diedOn", "IN_FUTURE", "the date of death is in the future");
        }
        if born_on.is_some_and(|b| died < b) {
            errors.add(
                "diedOn",
                "BEFORE_BIRTH",
                "the date of death is before the date of birth",
            );
        }
    }
    let address = optional_text::<500>(fields.address, "address", errors);
    let phone = optional_text::<50>(fields.phone, "phone", errors);
    let notes = optional_text::<20_000>(fields.notes, "notes", errors);
    let minor = born_on.is_some_and(|b| !adult_on(b, initiated_on));
    let about = crate::person_data::parse_about(fields.about, minor, errors);
    let mut role = fields.role;
    let mut recorded_as_victim = false;
    if role == PersonRole::Perpetrator && minor {
        errors.add(
            "role",
            "PERPETRATOR_MINOR",
            "a perpetrator must be an adult on the day the procedure is initiated; \
             a minor's behaviour is reported to the family court instead",
        );
    }
    if role == PersonRole::Witness && minor {
        role = PersonRole::Victim;
        recorded_as_victim = true;
    }
    if errors.count() > before {
        return None;
    }
    let (Some(first_name), Some(last_name), Some(born_on), Some(sex)) =
        (first_name, last_name, born_on, sex)
    else {
        return None;
    };
    Some(NewPerson {
        role,
        recorded_as_victim,
        sex,
        minor,
        data: PersonalData {
            first_name: first_name.into_string(),
            last_name: last_name.into_string(),
            pesel: pesel.as_ref().map(|p| p.as_str().to_owned()),
            born_on,
            died_on: fields.died_on,
            address,
            phone,
            notes,
            about,
        },
        pesel,
    })
}

/// The NK-A form's content other than the persons, stored sealed.
#[derive(Clone, Default, Serialize, Deserialize)]
pub struct FormDetails {
    /// Sekcja V: obrażenia.
    pub injuries: Option<String>,
    pub perpetrator_under_alcohol: bool,
    pub perpetrator_under_drugs: bool,
    /// Sekcja VIII: dostęp do broni palnej.
    pub firearm_access: bool,
    pub children_in_household: u32,
    pub actions_taken: Vec<ActionTaken>,
    /// Formularz NK-B przekazany osobie doznającej przemocy.
    pub nk_b_handed_over: bool,
    /// The person of the card NK-B was handed to (none on forms filled before it was kept).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nk_b_recipient: Option<uuid::Uuid>,
    /// Sekcja IX: poczucie bezpieczeństwa osoby doznającej przemocy.
    pub victim_feels_safe: Option<bool>,
    pub description: Option<String>,
    /// Sekcja XIII: dodatkowe informacje.
    pub additional_information: Option<String>,
    /// Who filled the form on paper, when the municipality's staff register it (an officer of
    /// the police station, a teacher of a school): the form's initiator is then that person and
    /// their body, not the one who entered it.
    #[serde(default)]
    pub registered_from_paper: Option<PaperInitiator>,
}

/// Osoba wszczynająca procedurę — the person who filled a paper NK-A, and their body.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PaperInitiator {
    /// Imię i nazwisko.
    pub name: String,
    /// Stanowisko lub stopień (e.g. "st. asp."), when given.
    pub position: Option<String>,
    /// Nazwa podmiotu (e.g. "Komenda Miejska Policji w Żorach").
    pub entity: String,
}

/// What a diagnostic form (NK-C or NK-D) records, stored sealed.
#[derive(Clone, Default, Serialize, Deserialize)]
pub struct DiagnosisDetails {
    pub diagnosis: String,
    /// NK-C: first, repeated, most dangerous and last act of violence.
    pub history: Option<String>,
}

/// A plan item's text, stored sealed.
#[derive(Clone, Serialize, Deserialize)]
pub struct PlanItemText {
    pub description: String,
}

/// The parsed free text of an optional note field; empty text counts as none.
pub fn note(raw: Option<&str>, field: &str, errors: &mut Errors) -> Option<String> {
    optional_text::<20_000>(raw, field, errors)
}

#[cfg(test)]
#[path = "domain_tests.rs"]
mod tests;

stored_enum! {
    /// Stan przekazania procedury zespołowi innej gminy.
    #[graphql(name = "CaseTransferState")]
    TransferState {
        /// Zaproponowane przez przewodniczącego: czeka na zgodę administratora gminy
        /// przekazującej.
        Proposed = "proposed",
        /// Gmina przekazująca się zgodziła: czeka na zgodę administratora gminy przyjmującej.
        Approved = "approved",
        /// Gmina przyjmująca się zgodziła: czeka na przewodniczącego jej zespołu.
        Agreed = "agreed",
        /// Przyjęte przez przewodniczącego: procedura jest przenoszona.
        Accepted = "accepted",
        /// Przeniesione: procedura toczy się w gminie przyjmującej.
        Completed = "completed",
        /// Administrator gminy przekazującej się nie zgodził.
        Refused = "refused",
        /// Gmina przyjmująca (jej administrator lub przewodniczący) nie przyjęła.
        Declined = "declined",
        /// Nieaktualne: procedura w gminie przekazującej zakończyła się, zanim ją przejęto.
        Lapsed = "lapsed",
        /// Wycofane przez gminę przekazującą, zanim je przyjęto.
        Withdrawn = "withdrawn",
    }
}

impl TransferState {
    /// Whether the hand-over is still under way: no other may be proposed for the card.
    pub fn is_pending(self) -> bool {
        matches!(
            self,
            TransferState::Proposed
                | TransferState::Approved
                | TransferState::Agreed
                | TransferState::Accepted
        )
    }

    /// Whether the sending municipality may still withdraw it: not yet accepted.
    pub fn may_withdraw(self) -> bool {
        matches!(
            self,
            TransferState::Proposed | TransferState::Approved | TransferState::Agreed
        )
    }
}
