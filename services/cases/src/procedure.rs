//! The Blue Card procedure as a table: its statuses, the steps that move it, which status each
//! step may be taken from and where it leads, who may take it, and which deadlines it meets,
//! adds or cancels. The use cases (`flow`, `matching`) ask this module instead of checking
//! statuses themselves, and the history records [`Step`] values.

use kernel::stored_enum;

use crate::domain::{ClosureGround, DeadlineKind, DeadlineRuleKind};

stored_enum! {
    /// Etap procedury „Niebieskie Karty”.
    Status {
        /// Wszczęta: formularz NK-A wypełniony.
        Opened = "opened",
        /// Przekazana przewodniczącemu zespołu interdyscyplinarnego.
        SentToChair = "sent_to_chair",
        /// Grupa diagnostyczno-pomocowa powołana.
        GroupAssigned = "group_assigned",
        /// Diagnoza: NK-C z osobą doznającą przemocy, NK-D z osobą stosującą przemoc.
        Diagnosis = "diagnosis",
        /// Monitorowanie realizacji planu pomocy.
        Monitoring = "monitoring",
        /// Zakończona; monitorowanie po zakończeniu procedury.
        PostClosureMonitoring = "post_closure_monitoring",
        /// Zakończona, monitorowanie po zakończeniu zakończone.
        Closed = "closed",
        /// Dołączona przez przewodniczącego do prowadzonej procedury (kolejny formularz NK-A).
        Attached = "attached",
        /// Przekazana zespołowi interdyscyplinarnemu innej gminy (rodzina się przeprowadziła):
        /// the procedure goes on there; this card is the record of the hand-over.
        HandedOver = "handed_over",
    }
}

impl Status {
    /// Whether the procedure is still running, so that a new NK-A about the same people is
    /// proposed to the chair as a match with it.
    pub fn is_open(self) -> bool {
        !matches!(
            self,
            Status::PostClosureMonitoring | Status::Closed | Status::Attached | Status::HandedOver
        )
    }

    /// Whether nothing more is written on the card: the procedure closed, or the chair attached
    /// the form to another procedure (its work goes on there).
    pub fn is_ended(self) -> bool {
        matches!(self, Status::Closed | Status::Attached | Status::HandedOver)
    }

    /// Whether the chair may hand the procedure over to another municipality's team: it reached
    /// the chair and has not been closed.
    pub fn may_hand_over(self) -> bool {
        matches!(
            self,
            Status::SentToChair | Status::GroupAssigned | Status::Diagnosis | Status::Monitoring
        )
    }

    /// Whether the card's plans take new items: from the diagnosis, which agrees them, until
    /// monitoring after closure ends.
    pub fn has_plans(self) -> bool {
        matches!(
            self,
            Status::Diagnosis | Status::Monitoring | Status::PostClosureMonitoring
        )
    }
}

stored_enum! {
    /// Krok procedury — one entry of a card's history.
    #[graphql(name = "ProcedureStep")]
    Step {
        /// Formularz NK-A wypełniony: the card opens.
        Opened = "opened",
        /// Treść NK-A poprawiona.
        Updated = "updated",
        /// Dane osoby poprawione (RODO art. 16); the earlier values stay in its history.
        PersonCorrected = "person_corrected",
        /// Przekazana przewodniczącemu.
        SentToChair = "sent_to_chair",
        /// Dołączona do prowadzonej procedury (the filing's side).
        Attached = "attached",
        /// Kolejny formularz NK-A dołączony (the procedure's side).
        SubsequentNkA = "subsequent_nk_a",
        /// Grupa diagnostyczno-pomocowa powołana.
        GroupSetUp = "group_set_up",
        /// Skład grupy zmieniony.
        GroupChanged = "group_changed",
        /// Pierwsze posiedzenie grupy: diagnoza się zaczyna.
        FirstGroupMeeting = "first_group_meeting",
        /// Kolejne posiedzenie grupy.
        GroupMeeting = "group_meeting",
        /// Formularz NK-C z osobą doznającą przemocy (plan pomocy).
        VictimForm = "nk_c",
        /// Formularz NK-D z osobą stosującą przemoc (plan działań).
        PerpetratorForm = "nk_d",
        /// Nieobecna osoba stosująca przemoc zawiadomiona o wszczęciu procedury.
        PerpetratorNotified = "perpetrator_notified",
        /// Sąd rodzinny zawiadomiony o małoletnim podejrzanym o stosowanie przemocy (zamiast NK-D).
        FamilyCourtNotified = "family_court_notified",
        /// Monitorowanie planu pomocy rozpoczęte.
        MonitoringStarted = "monitoring_started",
        /// Przegląd planu pomocy.
        HelpPlanReviewed = "help_plan_reviewed",
        /// Procedura zakończona; monitorowanie po zakończeniu.
        Closed = "closed",
        /// Monitorowanie po zakończeniu procedury zakończone.
        MonitoringEnded = "monitoring_ended",
        /// Pozycja dodana do planu pomocy lub planu działań (recorded when it is added).
        PlanItemAdded = "plan_item_added",
        /// Pozycja planu zmieniona (recorded when it changes).
        PlanItemChanged = "plan_item_changed",
        /// Procedura przekazana zespołowi innej gminy, albo przejęta od niego (recorded on both
        /// cards when the receiving chair accepts).
        HandedOver = "handed_over",
    }
}

/// Who may take a step, besides being able to see the card.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Taker {
    /// A social worker or a team member with a signed statement (not an administrator).
    Filer,
    /// Anyone who may see the card.
    AnyoneWhoSees,
    /// The team's chair.
    Chair,
    /// The card's diagnostic group or the chair.
    GroupOrChair,
    /// The card's diagnostic group alone: the law gives forms NK-C and NK-D, the notices (to an
    /// absent perpetrator, to the family court) and the closing of the procedure to the group (art. 9b, §§ 9–10 and
    /// 18 of the regulation); a chair who is not in it does not take them.
    Group,
}

impl Taker {
    /// Whether a reader who sees the card may take a step of this taker: `chair` when they
    /// chair the team, `in_group` when they are in the card's diagnostic group.
    pub fn admits(self, chair: bool, in_group: bool) -> bool {
        match self {
            Taker::Filer | Taker::AnyoneWhoSees => true,
            Taker::Chair => chair,
            Taker::GroupOrChair => chair || in_group,
            Taker::Group => in_group,
        }
    }
}

/// What a step does to the card's deadlines.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Effects {
    /// Cancels every deadline still open first (the procedure moved past them).
    pub cancels_open: bool,
    /// Marks the open deadline of this kind met on the step's day.
    pub meets: Option<DeadlineKind>,
    /// Sets a new deadline counted from the step's day by the municipality's rule.
    pub adds: Option<DeadlineRuleKind>,
}

/// The status a new card starts in, by [`Step::Opened`].
pub const START: Status = Status::Opened;

impl Step {
    /// The status the step leads to from `from`, or `None` when the law does not allow it there.
    pub fn transition(self, from: Status) -> Option<Status> {
        use Status::*;
        let to = match (self, from) {
            (Step::Opened, _) => return None,
            (Step::Updated | Step::PersonCorrected, s) if !s.is_ended() => s,
            (Step::SentToChair, Opened) => SentToChair,
            (Step::Attached, SentToChair) => Attached,
            (Step::SubsequentNkA, s) if s.is_open() => s,
            (Step::GroupSetUp, SentToChair) => GroupAssigned,
            (
                Step::GroupChanged,
                s @ (GroupAssigned | Diagnosis | Monitoring | PostClosureMonitoring),
            ) => s,
            (Step::FirstGroupMeeting, GroupAssigned) => Diagnosis,
            (Step::GroupMeeting, s @ (Diagnosis | Monitoring | PostClosureMonitoring)) => s,
            (Step::VictimForm | Step::PerpetratorForm, s @ (Diagnosis | Monitoring)) => s,
            (
                Step::PerpetratorNotified | Step::FamilyCourtNotified,
                s @ (GroupAssigned | Diagnosis | Monitoring),
            ) => s,
            (Step::MonitoringStarted, Diagnosis) => Monitoring,
            (Step::HelpPlanReviewed, Monitoring) => Monitoring,
            (Step::Closed, GroupAssigned | Diagnosis | Monitoring) => PostClosureMonitoring,
            (Step::MonitoringEnded, PostClosureMonitoring) => Closed,
            (Step::PlanItemAdded | Step::PlanItemChanged, s) if s.has_plans() => s,
            (Step::HandedOver, s) if s.may_hand_over() => HandedOver,
            _ => return None,
        };
        Some(to)
    }

    /// Whether someone takes the step on the card itself. Opening makes a new card, a
    /// subsequent NK-A is recorded on a procedure when the chair attaches another card's form,
    /// and a plan's items are recorded in the history as they are added and changed.
    pub fn is_action(self) -> bool {
        !matches!(
            self,
            Step::Opened
                | Step::SubsequentNkA
                | Step::PlanItemAdded
                | Step::PlanItemChanged
                | Step::HandedOver
        )
    }

    /// Who may take the step.
    pub fn taker(self) -> Taker {
        match self {
            Step::Opened => Taker::Filer,
            Step::Updated | Step::PersonCorrected | Step::SentToChair => Taker::AnyoneWhoSees,
            Step::Attached
            | Step::SubsequentNkA
            | Step::GroupSetUp
            | Step::GroupChanged
            | Step::HandedOver => Taker::Chair,
            Step::VictimForm
            | Step::PerpetratorForm
            | Step::PerpetratorNotified
            | Step::FamilyCourtNotified
            | Step::Closed => Taker::Group,
            Step::FirstGroupMeeting
            | Step::GroupMeeting
            | Step::MonitoringStarted
            | Step::HelpPlanReviewed
            | Step::MonitoringEnded
            | Step::PlanItemAdded
            | Step::PlanItemChanged => Taker::GroupOrChair,
        }
    }

    /// The step's deadlines. Closing adds the end of post-closure monitoring by its ground
    /// ([`closing`]).
    pub fn effects(self) -> Effects {
        let e = Effects::default();
        match self {
            Step::Opened => Effects {
                adds: Some(DeadlineRuleKind::ForwardToChair),
                ..e
            },
            Step::SentToChair => Effects {
                meets: Some(DeadlineKind::ForwardToChair),
                adds: Some(DeadlineRuleKind::SetUpGroup),
                ..e
            },
            Step::Attached => Effects {
                cancels_open: true,
                ..e
            },
            Step::GroupSetUp => Effects {
                meets: Some(DeadlineKind::SetUpGroup),
                adds: Some(DeadlineRuleKind::FirstGroupMeeting),
                ..e
            },
            Step::FirstGroupMeeting => Effects {
                meets: Some(DeadlineKind::FirstGroupMeeting),
                ..e
            },
            Step::MonitoringStarted => Effects {
                adds: Some(DeadlineRuleKind::HelpPlanReview),
                ..e
            },
            Step::HelpPlanReviewed => Effects {
                meets: Some(DeadlineKind::HelpPlanReview),
                adds: Some(DeadlineRuleKind::HelpPlanReview),
                ..e
            },
            Step::Closed | Step::HandedOver => Effects {
                cancels_open: true,
                ..e
            },
            Step::MonitoringEnded => Effects {
                meets: Some(DeadlineKind::EndOfMonitoring),
                ..e
            },
            Step::Updated
            | Step::PersonCorrected
            | Step::SubsequentNkA
            | Step::GroupChanged
            | Step::GroupMeeting
            | Step::VictimForm
            | Step::PerpetratorForm
            | Step::PerpetratorNotified
            | Step::FamilyCourtNotified
            | Step::PlanItemAdded
            | Step::PlanItemChanged => e,
        }
    }
}

/// The steps a reader may take on a card in `status`: those the table allows from there and
/// whose taker admits them (`chair`, `in_group` as for [`Taker::admits`]), in the table's order.
pub fn allowed_steps(status: Status, chair: bool, in_group: bool) -> Vec<Step> {
    Step::ALL
        .iter()
        .copied()
        .filter(|s| s.is_action())
        .filter(|s| s.transition(status).is_some())
        .filter(|s| s.taker().admits(chair, in_group))
        .collect()
}

/// What a card holds that decides whether a step the table allows can be taken yet.
#[derive(Clone, Copy, Debug, Default)]
pub struct CardFacts {
    pub has_victim_form: bool,
    pub has_perpetrator: bool,
    pub has_perpetrator_form: bool,
    /// An undecided match proposal (the chair's to decide before a group is set up).
    pub undecided_match: bool,
    pub monitoring_ends_on: Option<chrono::NaiveDate>,
    pub today: chrono::NaiveDate,
}

/// Why a step the table allows cannot be taken yet, as the step's own refusal would say it
/// (its userError code), or None when it can.
pub fn not_yet(step: Step, facts: &CardFacts) -> Option<&'static str> {
    match step {
        Step::MonitoringStarted if !facts.has_victim_form => Some("HELP_PLAN_REQUIRED"),
        Step::MonitoringStarted if facts.has_perpetrator && !facts.has_perpetrator_form => {
            Some("ACTION_PLAN_REQUIRED")
        }
        Step::MonitoringEnded if facts.monitoring_ends_on.is_some_and(|d| d > facts.today) => {
            Some("MONITORING_NOT_OVER")
        }
        Step::GroupSetUp if facts.undecided_match => Some("MATCH_UNDECIDED"),
        // Until a subsequent form names one, a card without a perpetrator has no NK-D.
        Step::PerpetratorForm | Step::PerpetratorNotified if !facts.has_perpetrator => {
            Some("NO_PERPETRATOR")
        }
        _ => None,
    }
}

/// Whether a reader may add items to the card's plans: the group or the chair, while it has
/// plans.
pub fn may_add_plan_items(status: Status, chair: bool, in_group: bool) -> bool {
    status.has_plans() && Taker::GroupOrChair.admits(chair, in_group)
}

/// Whether work can be recorded on the card: by anyone who sees it, until it ends.
pub fn may_record_work(status: Status) -> bool {
    !status.is_ended()
}

/// Closing on `ground` from `from`: the procedure can be found unfounded from the group's
/// set-up on, but closed for violence stopped only while its help plan is monitored. Returns
/// the rule of the post-closure monitoring it starts.
pub fn closing(from: Status, ground: ClosureGround) -> Option<DeadlineRuleKind> {
    Step::Closed.transition(from)?;
    match ground {
        ClosureGround::Unfounded => Some(DeadlineRuleKind::MonitoringAfterUnfounded),
        ClosureGround::ViolenceStoppedAndPlanCarriedOut => {
            (from == Status::Monitoring).then_some(DeadlineRuleKind::MonitoringAfterViolenceStopped)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use std::collections::{BTreeSet, VecDeque};

    #[test]
    fn a_step_waits_for_what_its_own_rules_need() {
        let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 5).unwrap();
        let facts = CardFacts {
            today,
            ..Default::default()
        };
        assert_eq!(
            not_yet(Step::MonitoringStarted, &facts),
            Some("HELP_PLAN_REQUIRED")
        );
        let with_nk_c = CardFacts {
            has_victim_form: true,
            has_perpetrator: true,
            ..facts
        };
        assert_eq!(
            not_yet(Step::MonitoringStarted, &with_nk_c),
            Some("ACTION_PLAN_REQUIRED")
        );
        let both = CardFacts {
            has_perpetrator_form: true,
            ..with_nk_c
        };
        assert_eq!(not_yet(Step::MonitoringStarted, &both), None);
        let ends = |d: u32| CardFacts {
            monitoring_ends_on: chrono::NaiveDate::from_ymd_opt(2026, 12, d),
            ..facts
        };
        assert_eq!(
            not_yet(Step::MonitoringEnded, &ends(6)),
            Some("MONITORING_NOT_OVER")
        );
        assert_eq!(not_yet(Step::MonitoringEnded, &ends(5)), None);
        let undecided = CardFacts {
            undecided_match: true,
            ..facts
        };
        assert_eq!(
            not_yet(Step::GroupSetUp, &undecided),
            Some("MATCH_UNDECIDED")
        );
        assert_eq!(not_yet(Step::Closed, &undecided), None);
        assert_eq!(
            not_yet(Step::PerpetratorForm, &facts),
            Some("NO_PERPETRATOR")
        );
        assert_eq!(not_yet(Step::PerpetratorForm, &with_nk_c), None);
        assert_eq!(
            not_yet(Step::PerpetratorNotified, &facts),
            Some("NO_PERPETRATOR")
        );
        assert_eq!(not_yet(Step::PerpetratorNotified, &with_nk_c), None);
    }

    #[test]
    fn the_notice_to_an_absent_perpetrator_is_the_groups_while_the_procedure_runs() {
        use Status::*;
        for from in Status::ALL.iter().copied() {
            let allowed = Step::PerpetratorNotified.transition(from);
            match from {
                GroupAssigned | Diagnosis | Monitoring => assert_eq!(allowed, Some(from)),
                _ => assert_eq!(allowed, None, "{from:?}"),
            }
        }
        for step in [Step::PerpetratorNotified, Step::FamilyCourtNotified] {
            assert_eq!(step.taker(), Taker::Group);
            assert_eq!(step.effects(), Effects::default());
        }
        assert_eq!(
            Step::FamilyCourtNotified.transition(Status::Diagnosis),
            Some(Status::Diagnosis)
        );
    }

    /// Statuses reachable from the start through legal steps.
    fn reachable() -> BTreeSet<Status> {
        let mut seen = BTreeSet::from([START]);
        let mut queue = VecDeque::from([START]);
        while let Some(s) = queue.pop_front() {
            for step in Step::ALL {
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
    fn every_status_is_reachable_and_every_open_path_can_reach_closed() {
        let reachable = reachable();
        assert_eq!(reachable.len(), Status::ALL.len());
        for from in reachable {
            // Ended elsewhere: attached to another procedure, or handed over to another
            // municipality (where it goes on).
            if matches!(from, Status::Attached | Status::HandedOver) {
                continue;
            }
            // Breadth-first from `from`: CLOSED is always still ahead.
            let mut seen = BTreeSet::from([from]);
            let mut queue = VecDeque::from([from]);
            while let Some(s) = queue.pop_front() {
                for step in Step::ALL {
                    if let Some(to) = step.transition(s) {
                        if seen.insert(to) {
                            queue.push_back(to);
                        }
                    }
                }
            }
            assert!(
                seen.contains(&Status::Closed),
                "{from:?} cannot reach CLOSED"
            );
        }
    }

    #[test]
    fn ended_cards_take_no_step_and_opening_is_no_transition() {
        for step in Step::ALL {
            assert_eq!(step.transition(Status::Closed), None, "{step:?}");
            assert_eq!(step.transition(Status::Attached), None, "{step:?}");
            assert_eq!(step.transition(Status::HandedOver), None, "{step:?}");
        }
        for s in Status::ALL {
            assert_eq!(Step::Opened.transition(*s), None);
        }
    }

    #[test]
    fn the_statutory_path() {
        let path = [
            (Step::SentToChair, Status::SentToChair),
            (Step::GroupSetUp, Status::GroupAssigned),
            (Step::FirstGroupMeeting, Status::Diagnosis),
            (Step::VictimForm, Status::Diagnosis),
            (Step::PerpetratorForm, Status::Diagnosis),
            (Step::MonitoringStarted, Status::Monitoring),
            (Step::HelpPlanReviewed, Status::Monitoring),
            (Step::Closed, Status::PostClosureMonitoring),
            (Step::MonitoringEnded, Status::Closed),
        ];
        let mut status = START;
        for (step, expected) in path {
            status = step
                .transition(status)
                .unwrap_or_else(|| panic!("{step:?} from {status:?}"));
            assert_eq!(status, expected);
        }
    }

    #[test]
    fn closing_grounds() {
        use ClosureGround::*;
        assert_eq!(closing(Status::SentToChair, Unfounded), None);
        assert!(closing(Status::GroupAssigned, Unfounded).is_some());
        assert_eq!(
            closing(Status::Diagnosis, ViolenceStoppedAndPlanCarriedOut),
            None
        );
        assert_eq!(
            closing(Status::Monitoring, ViolenceStoppedAndPlanCarriedOut),
            Some(DeadlineRuleKind::MonitoringAfterViolenceStopped)
        );
    }

    #[test]
    fn steps_round_trip_as_stored() {
        for step in Step::ALL {
            assert_eq!(Step::parse(step.as_str()), Some(*step));
        }
    }

    #[test]
    fn allowed_steps_follow_the_table_and_the_taker() {
        use Status::*;
        // The initiator (neither chair nor in the group) corrects or forwards a new card.
        assert_eq!(
            allowed_steps(Opened, false, false),
            [Step::Updated, Step::PersonCorrected, Step::SentToChair]
        );
        // Only the chair sets up the group (or attaches a forwarded form).
        assert_eq!(
            allowed_steps(SentToChair, false, true),
            [Step::Updated, Step::PersonCorrected]
        );
        assert_eq!(
            allowed_steps(SentToChair, true, false),
            [
                Step::Updated,
                Step::PersonCorrected,
                Step::Attached,
                Step::GroupSetUp
            ]
        );
        // The group and the chair hold the first meeting; only the chair changes the group;
        // only the group notifies an absent perpetrator and closes the procedure, and a chair
        // in the group does too.
        assert_eq!(
            allowed_steps(GroupAssigned, false, true),
            [
                Step::Updated,
                Step::PersonCorrected,
                Step::FirstGroupMeeting,
                Step::PerpetratorNotified,
                Step::FamilyCourtNotified,
                Step::Closed
            ]
        );
        assert_eq!(
            allowed_steps(GroupAssigned, true, false),
            [
                Step::Updated,
                Step::PersonCorrected,
                Step::GroupChanged,
                Step::FirstGroupMeeting,
            ]
        );
        assert!(allowed_steps(GroupAssigned, true, true).contains(&Step::Closed));
        assert_eq!(
            allowed_steps(GroupAssigned, false, false),
            [Step::Updated, Step::PersonCorrected]
        );
        for status in [Closed, Attached] {
            assert!(allowed_steps(status, true, true).is_empty());
        }
        for status in Status::ALL {
            for step in allowed_steps(*status, true, true) {
                assert!(step.transition(*status).is_some());
                assert!(step.is_action());
            }
        }
    }

    proptest! {
        /// Any sequence of attempted steps: the legal ones move the card only to statuses of
        /// the table, an illegal one changes nothing, and a closed card stays closed.
        #[test]
        fn random_walks_stay_in_the_table(steps in proptest::collection::vec(0..Step::ALL.len(), 0..60)) {
            let reachable = reachable();
            let mut status = START;
            for i in steps {
                let step = Step::ALL[i];
                let before = status;
                match step.transition(status) {
                    Some(to) => {
                        prop_assert!(reachable.contains(&to));
                        prop_assert!(!before.is_ended());
                        status = to;
                    }
                    None => prop_assert_eq!(status, before),
                }
                if before == Status::Closed {
                    prop_assert_eq!(status, Status::Closed);
                }
            }
        }

        /// A step that needs the group (or the chair) never moves a card before the group
        /// exists, except the chair's own steps.
        #[test]
        fn nothing_but_forwarding_and_the_chair_moves_a_fresh_card(i in 0..Step::ALL.len()) {
            let step = Step::ALL[i];
            if let Some(to) = step.transition(Status::SentToChair) {
                prop_assert!(step.taker() == Taker::Chair || to == Status::SentToChair);
            }
            if step.transition(Status::Opened).is_some() {
                prop_assert!(matches!(
                    step,
                    Step::SentToChair | Step::Updated | Step::PersonCorrected | Step::SubsequentNkA
                ));
            }
        }
    }
}
