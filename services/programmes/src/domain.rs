//! Types of programmes that cannot hold invalid values: a programme's type and completion
//! condition, an enrolment's basis and status, attendance, and who a participant is (sealed).

use chrono::NaiveDate;
use kernel::stored_enum;
use serde::{Deserialize, Serialize};

use crate::Attended;

stored_enum! {
    /// Rodzaj programu.
    ProgrammeType {
        /// Program korekcyjno-edukacyjny dla osób stosujących przemoc domową (KE).
        CorrectiveEducational = "corrective_educational",
        /// Program psychologiczno-terapeutyczny dla osób stosujących przemoc domową (PT).
        PsychologicalTherapeutic = "psychological_therapeutic",
        /// Grupa wsparcia dla osób doznających przemocy domowej.
        VictimsSupportGroup = "victims_support_group",
        /// Program rodzicielski lub profilaktyczny.
        ParentingPrevention = "parenting_prevention",
        /// Inny program.
        Other = "other",
    }
}

stored_enum! {
    /// Podstawa udziału — why the person takes part.
    EnrolmentBasis {
        /// Zobowiązanie przez sąd.
        CourtOrder = "court_order",
        /// Z własnej woli.
        OwnWill = "own_will",
        /// Skierowanie (np. z planu działań grupy diagnostyczno-pomocowej).
        Referral = "referral",
    }
}

stored_enum! {
    /// Stan udziału w programie.
    EnrolmentStatus {
        /// Uczestniczy.
        Enrolled = "enrolled",
        /// Na liście oczekujących (edycja pełna).
        Waiting = "waiting",
        /// Ukończył program.
        Completed = "completed",
        /// Przerwał udział.
        DroppedOut = "dropped_out",
        /// Nieprzyjęty: edycja zakończyła się, zanim zwolniło się miejsce.
        NotAdmitted = "not_admitted",
    }
}

stored_enum! {
    /// Krok w udziale osoby — what may be done with an enrolment.
    EnrolmentStep {
        /// Przyjęcie z listy oczekujących.
        Admit = "admit",
        /// Ukończenie programu.
        Complete = "complete",
        /// Przerwanie udziału.
        DropOut = "drop_out",
    }
}

impl EnrolmentStep {
    /// The status a step leads to from `from`, or `None` when the step is not allowed there:
    /// the whole table of an enrolment's life.
    pub fn transition(self, from: EnrolmentStatus) -> Option<EnrolmentStatus> {
        use EnrolmentStatus::*;
        match (self, from) {
            (EnrolmentStep::Admit, Waiting) => Some(Enrolled),
            (EnrolmentStep::Complete, Enrolled) => Some(Completed),
            (EnrolmentStep::DropOut, Enrolled | Waiting) => Some(DroppedOut),
            _ => None,
        }
    }

    /// The steps allowed from `status`, in the table's order.
    pub fn allowed(status: EnrolmentStatus) -> Vec<EnrolmentStep> {
        Self::ALL
            .iter()
            .copied()
            .filter(|s| s.transition(status).is_some())
            .collect()
    }
}

stored_enum! {
    /// Powód przerwania udziału.
    DropOutReason {
        /// Nieobecności.
        Absences = "absences",
        /// Rezygnacja uczestnika.
        Resigned = "resigned",
        /// Naruszenie zasad programu.
        BrokeRules = "broke_rules",
        /// Zmiana miejsca zamieszkania.
        Moved = "moved",
        /// Inny powód.
        Other = "other",
    }
}

stored_enum! {
    /// Rodzaj zajęć.
    SessionKind {
        /// Zajęcia indywidualne (jeden uczestnik).
        Individual = "individual",
        /// Zajęcia grupowe.
        Group = "group",
    }
}

stored_enum! {
    /// Obecność na zajęciach.
    Presence {
        /// Obecny.
        Present = "present",
        /// Nieobecność usprawiedliwiona.
        Excused = "excused",
        /// Nieobecny.
        Absent = "absent",
    }
}

/// Who a participant is: sealed with the municipality's key, read only by the people running
/// the participant's edition.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Eq)]
pub struct Participant {
    pub first_name: String,
    pub last_name: String,
    pub date_of_birth: Option<NaiveDate>,
    pub phone: Option<String>,
}

/// When a participant has completed a programme: at least this many sessions and/or hours
/// attended (present); at least one of the two is set, each positive, and every one set must
/// be met.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CompletionRule {
    sessions: Option<i32>,
    hours: Option<i32>,
}

/// The most sessions or hours a programme may require (the KE standard asks for 60 hours).
pub const MAX_REQUIRED: i32 = 500;

impl CompletionRule {
    pub fn new(sessions: Option<i32>, hours: Option<i32>) -> Result<Self, &'static str> {
        let in_range = |v: Option<i32>| v.is_none_or(|n| (1..=MAX_REQUIRED).contains(&n));
        if sessions.is_none() && hours.is_none() {
            return Err("a programme says how many sessions or hours complete it");
        }
        if !in_range(sessions) || !in_range(hours) {
            return Err("a required number of sessions or hours is between 1 and 500");
        }
        Ok(CompletionRule { sessions, hours })
    }

    pub fn sessions(&self) -> Option<i32> {
        self.sessions
    }

    pub fn hours(&self) -> Option<i32> {
        self.hours
    }

    /// Whether what was attended completes the programme: every condition set is met.
    pub fn met_by(&self, attended: Attended) -> bool {
        self.sessions
            .is_none_or(|n| attended.sessions >= i64::from(n))
            && self
                .hours
                .is_none_or(|h| attended.minutes >= i64::from(h) * 60)
    }
}

/// A programme as the administrator describes it.
#[derive(Clone, Debug)]
pub struct NewProgramme {
    pub programme_type: ProgrammeType,
    pub name: String,
    pub provider: String,
    pub help_point_id: Option<uuid::Uuid>,
    pub description: Option<String>,
    pub completion: CompletionRule,
    /// The other municipalities of the region it is run for, by slug (checked against the
    /// platform's municipalities before it is written).
    pub served: Vec<kernel::slug::Slug>,
}

/// The most municipalities one programme is run for besides its own.
pub const MAX_SERVED: usize = 30;

/// An edition: its dates (ends on or after it starts), place, capacity and the people running
/// it (at least one).
#[derive(Clone, Debug)]
pub struct NewEdition {
    pub programme_id: uuid::Uuid,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    pub place: String,
    pub capacity: i32,
    pub staff: Vec<(uuid::Uuid, String)>,
}

/// The most participants an edition may have at once.
pub const MAX_CAPACITY: i32 = 100;

/// A person enrolled in an edition.
#[derive(Clone, Debug)]
pub struct NewEnrolment {
    pub edition_id: uuid::Uuid,
    pub basis: EnrolmentBasis,
    pub participant: Participant,
    pub consent_on: Option<NaiveDate>,
}

/// A session held, with each participant's attendance.
#[derive(Clone, Debug)]
pub struct NewSession {
    pub edition_id: uuid::Uuid,
    pub held_on: NaiveDate,
    pub minutes: i32,
    pub kind: SessionKind,
    pub attendance: Vec<(uuid::Uuid, Presence)>,
    /// Made once by the register's form: sent again, the same session is answered.
    pub recording_key: Option<uuid::Uuid>,
}

/// The shortest and longest session, in minutes.
pub const SESSION_MINUTES: (i32, i32) = (15, 600);

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn the_steps_of_an_enrolment() {
        use EnrolmentStatus::*;
        assert_eq!(
            EnrolmentStep::allowed(Waiting),
            vec![EnrolmentStep::Admit, EnrolmentStep::DropOut]
        );
        assert_eq!(
            EnrolmentStep::allowed(Enrolled),
            vec![EnrolmentStep::Complete, EnrolmentStep::DropOut]
        );
        // A finished enrolment takes no step: its outcome is final.
        assert!(EnrolmentStep::allowed(Completed).is_empty());
        assert!(EnrolmentStep::allowed(DroppedOut).is_empty());
        // Nor does one whose edition ended while it waited.
        assert!(EnrolmentStep::allowed(NotAdmitted).is_empty());
        for step in EnrolmentStep::ALL {
            for from in EnrolmentStatus::ALL {
                if let Some(to) = step.transition(*from) {
                    assert_ne!(to, *from, "{step:?} from {from:?} changes nothing");
                }
            }
        }
    }

    #[test]
    fn a_rule_needs_a_condition_in_range() {
        assert!(CompletionRule::new(None, None).is_err());
        assert!(CompletionRule::new(Some(0), None).is_err());
        assert!(CompletionRule::new(None, Some(501)).is_err());
        assert!(CompletionRule::new(Some(10), None).is_ok());
        assert!(CompletionRule::new(None, Some(60)).is_ok());
    }

    #[test]
    fn sixty_hours_are_met_by_the_minutes_attended() {
        let rule = CompletionRule::new(None, Some(60)).expect("rule");
        let at = |minutes| Attended {
            sessions: 30,
            minutes,
        };
        assert!(!rule.met_by(at(60 * 60 - 1)));
        assert!(rule.met_by(at(60 * 60)));
    }

    proptest! {
        /// Every condition set must be met; attending more never undoes completion.
        #[test]
        fn completion_is_monotonic(
            sessions in proptest::option::of(1..=MAX_REQUIRED),
            hours in proptest::option::of(1..=MAX_REQUIRED),
            attended in 0i64..1000,
            minutes in 0i64..40_000,
            more in 0i64..100,
        ) {
            prop_assume!(sessions.is_some() || hours.is_some());
            let rule = CompletionRule::new(sessions, hours).expect("rule");
            let before = Attended { sessions: attended, minutes };
            let after = Attended { sessions: attended + more, minutes: minutes + more * 60 };
            if rule.met_by(before) {
                prop_assert!(rule.met_by(after));
            }
            let expected = sessions.is_none_or(|n| attended >= i64::from(n))
                && hours.is_none_or(|h| minutes >= i64::from(h) * 60);
            prop_assert_eq!(rule.met_by(before), expected);
        }
    }
}
