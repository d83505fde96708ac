//! An intake entry's life as a table: its statuses, the steps that move it, where each step may
//! be taken and leads, who may take it, and what it does to the response deadline. The use
//! cases ask this module instead of checking statuses themselves; `IntakeEntry.allowedSteps`
//! answers from it, so the web application never re-implements it.

use kernel::stored_enum;

stored_enum! {
    /// Stan wpisu w rejestrze zgłoszeń.
    IntakeStatus {
        /// Przyjęte: czeka na odpowiedź.
        Received = "received",
        /// Udzielono odpowiedzi (podjęto działanie).
        Responded = "responded",
        /// Zamknięte.
        Closed = "closed",
    }
}

stored_enum! {
    /// Krok w rejestrze zgłoszeń.
    IntakeStep {
        /// Przyjęcie zgłoszenia: the entry is recorded.
        Recorded = "recorded",
        /// Przydzielenie osobie, która się nim zajmie.
        Assigned = "assigned",
        /// Odpowiedź: what was done (advice, referral, police, NK-A).
        Responded = "responded",
        /// Powiązanie z Niebieską Kartą wszczętą na jego podstawie.
        BlueCardLinked = "blue_card_linked",
        /// Zamknięcie.
        Closed = "closed",
    }
}

/// Who may take a step, besides being able to see the entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Taker {
    /// The municipality's intake staff.
    IntakeStaff,
    /// Anyone who may see the entry: its intake staff and the people it is assigned to.
    AnyoneWhoSees,
}

/// What a step does to the response deadline.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Deadline {
    /// Sets it, counted from the day the entry was received by the municipality's rule.
    Sets,
    /// Meets it on the step's day, if still open.
    Meets,
    /// Leaves it as it is.
    Keeps,
}

/// The status a new entry starts in, by [`IntakeStep::Recorded`].
pub const START: IntakeStatus = IntakeStatus::Received;

impl IntakeStep {
    /// The status the step leads to from `from`, or `None` when it may not be taken there.
    pub fn transition(self, from: IntakeStatus) -> Option<IntakeStatus> {
        use IntakeStatus::*;
        let to = match (self, from) {
            (IntakeStep::Recorded, _) => return None,
            (IntakeStep::Assigned, s @ (Received | Responded)) => s,
            (IntakeStep::Responded | IntakeStep::BlueCardLinked, Received | Responded) => Responded,
            (IntakeStep::Closed, Responded) => Closed,
            _ => return None,
        };
        Some(to)
    }

    /// Who may take the step.
    pub fn taker(self) -> Taker {
        match self {
            IntakeStep::Recorded | IntakeStep::Assigned => Taker::IntakeStaff,
            IntakeStep::Responded | IntakeStep::BlueCardLinked | IntakeStep::Closed => {
                Taker::AnyoneWhoSees
            }
        }
    }

    /// The step's effect on the response deadline.
    pub fn deadline(self) -> Deadline {
        match self {
            IntakeStep::Recorded => Deadline::Sets,
            IntakeStep::Responded | IntakeStep::BlueCardLinked => Deadline::Meets,
            IntakeStep::Assigned | IntakeStep::Closed => Deadline::Keeps,
        }
    }

    /// The steps a viewer may take on an entry in `status`; an entry with a Blue Card linked
    /// takes no other (one card per entry).
    pub fn allowed(status: IntakeStatus, intake_staff: bool, linked: bool) -> Vec<IntakeStep> {
        IntakeStep::ALL
            .iter()
            .copied()
            .filter(|s| s.transition(status).is_some())
            .filter(|s| intake_staff || s.taker() == Taker::AnyoneWhoSees)
            .filter(|s| !(linked && *s == IntakeStep::BlueCardLinked))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use std::collections::{BTreeSet, VecDeque};

    fn reachable_from(start: IntakeStatus) -> BTreeSet<IntakeStatus> {
        let mut seen = BTreeSet::from([start]);
        let mut queue = VecDeque::from([start]);
        while let Some(s) = queue.pop_front() {
            for step in IntakeStep::ALL {
                if let Some(to) = step.transition(s) {
                    if seen.insert(to) {
                        queue.push_back(to);
                    }
                }
            }
        }
        seen
    }

    #[test]
    fn every_status_is_reachable_and_closed_stays_ahead() {
        assert_eq!(reachable_from(START).len(), IntakeStatus::ALL.len());
        for s in IntakeStatus::ALL {
            assert!(reachable_from(*s).contains(&IntakeStatus::Closed), "{s:?}");
        }
    }

    #[test]
    fn the_usual_path_and_what_is_refused() {
        let mut status = START;
        for (step, expected) in [
            (IntakeStep::Assigned, IntakeStatus::Received),
            (IntakeStep::Responded, IntakeStatus::Responded),
            (IntakeStep::BlueCardLinked, IntakeStatus::Responded),
            (IntakeStep::Closed, IntakeStatus::Closed),
        ] {
            status = step.transition(status).unwrap();
            assert_eq!(status, expected);
        }
        // Nothing is closed before someone responded, and a closed entry takes no step.
        assert_eq!(IntakeStep::Closed.transition(IntakeStatus::Received), None);
        for step in IntakeStep::ALL {
            assert_eq!(step.transition(IntakeStatus::Closed), None, "{step:?}");
            assert_eq!(IntakeStep::Recorded.transition(IntakeStatus::ALL[0]), None);
        }
    }

    #[test]
    fn assignees_take_no_staff_step() {
        assert_eq!(
            IntakeStep::allowed(IntakeStatus::Received, false, false),
            vec![IntakeStep::Responded, IntakeStep::BlueCardLinked]
        );
        assert_eq!(
            IntakeStep::allowed(IntakeStatus::Received, true, false),
            vec![
                IntakeStep::Assigned,
                IntakeStep::Responded,
                IntakeStep::BlueCardLinked
            ]
        );
        assert!(IntakeStep::allowed(IntakeStatus::Closed, true, false).is_empty());
        assert!(
            !IntakeStep::allowed(IntakeStatus::Responded, true, true)
                .contains(&IntakeStep::BlueCardLinked),
            "a linked entry is not offered a second card"
        );
    }

    #[test]
    fn stored_values_round_trip() {
        for step in IntakeStep::ALL {
            assert_eq!(IntakeStep::parse(step.as_str()), Some(*step));
        }
    }

    proptest! {
        /// Any sequence of attempted steps stays in the table; the deadline is met only by a
        /// step that leads to RESPONDED, and a closed entry stays closed.
        #[test]
        fn random_walks_stay_in_the_table(steps in proptest::collection::vec(0..IntakeStep::ALL.len(), 0..40)) {
            let mut status = START;
            for i in steps {
                let step = IntakeStep::ALL[i];
                let before = status;
                match step.transition(status) {
                    Some(to) => {
                        prop_assert_ne!(before, IntakeStatus::Closed);
                        if step.deadline() == Deadline::Meets {
                            prop_assert_eq!(to, IntakeStatus::Responded);
                        }
                        status = to;
                    }
                    None => prop_assert_eq!(status, before),
                }
            }
        }
    }
}
