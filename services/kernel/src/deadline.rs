//! What every deadline of every context shares: its state on a day, when the worker notices
//! it, and the kind of notice. The Blue Card procedure and the intake register keep their own
//! deadlines and notification tables; the rules for reading them live here once.

use chrono::NaiveDate;

use crate::calendar;

crate::stored_enum! {
    /// Stan terminu.
    DeadlineState {
        /// Oczekuje.
        Pending = "pending",
        /// Dotrzymany (lub spełniony po terminie — zob. `metLate`).
        Met = "met",
        /// Przekroczony.
        Overdue = "overdue",
        /// Bezprzedmiotowy: procedura zakończyła się, zanim termin nadszedł lub został spełniony.
        Cancelled = "cancelled",
    }
}

crate::stored_enum! {
    /// Rodzaj powiadomienia o terminie.
    NotificationKind {
        /// Termin się zbliża.
        DueSoon = "due_soon",
        /// Termin przekroczony.
        Overdue = "overdue",
        /// Nowe zadanie: sprawa trafiła do Ciebie i biegnie jej termin (np. formularz NK-A
        /// przekazany przewodniczącemu).
        Assigned = "assigned",
    }
}

/// A deadline due on `due_on`: pending until met; overdue when not met by its due date;
/// cancelled when what it was for ended before it was met.
pub fn state(
    due_on: NaiveDate,
    met_on: Option<NaiveDate>,
    cancelled: bool,
    today: NaiveDate,
) -> DeadlineState {
    match met_on {
        Some(_) => DeadlineState::Met,
        None if cancelled => DeadlineState::Cancelled,
        None if today > due_on => DeadlineState::Overdue,
        None => DeadlineState::Pending,
    }
}

/// Whether a deadline was met after its due date.
pub fn met_late(due_on: NaiveDate, met_on: Option<NaiveDate>) -> bool {
    met_on.is_some_and(|m| m > due_on)
}

/// The last due date the worker notices today: open deadlines due on or before it are
/// notified (`lead_working_days` working days ahead).
pub fn notice_horizon(today: NaiveDate, lead_working_days: u32) -> NaiveDate {
    calendar::add_working_days(today, lead_working_days)
}

/// The notice an open deadline due on `due_on` gets today.
pub fn notice(due_on: NaiveDate, today: NaiveDate) -> NotificationKind {
    if today > due_on {
        NotificationKind::Overdue
    } else {
        NotificationKind::DueSoon
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn states_and_notices() {
        let due = d(2026, 11, 16);
        assert_eq!(state(due, None, false, due), DeadlineState::Pending);
        assert_eq!(
            state(due, None, false, d(2026, 11, 17)),
            DeadlineState::Overdue
        );
        assert_eq!(
            state(due, Some(d(2026, 11, 18)), false, d(2026, 11, 20)),
            DeadlineState::Met
        );
        assert!(met_late(due, Some(d(2026, 11, 18))));
        assert!(!met_late(due, Some(due)));
        assert_eq!(
            state(due, None, true, d(2026, 12, 1)),
            DeadlineState::Cancelled
        );
        assert_eq!(notice(due, due), NotificationKind::DueSoon);
        assert_eq!(notice(due, d(2026, 11, 17)), NotificationKind::Overdue);
        // Friday 20 November 2026 plus one working day is Monday.
        assert_eq!(notice_horizon(d(2026, 11, 20), 1), d(2026, 11, 23));
    }
}
