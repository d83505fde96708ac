use proptest::prelude::*;

use super::*;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

#[test]
fn the_next_review_is_within_two_years_and_after_this_one() {
    let on = day(2025, 3, 10);
    assert_eq!(next_review(on, None), Ok(day(2027, 3, 10)));
    assert_eq!(
        next_review(on, Some(day(2026, 3, 10))),
        Ok(day(2026, 3, 10))
    );
    assert_eq!(
        next_review(on, Some(day(2027, 3, 10))),
        Ok(day(2027, 3, 10))
    );
    assert_eq!(
        next_review(on, Some(day(2027, 3, 11))).unwrap_err().0,
        "REVIEW_TOO_LATE"
    );
    assert_eq!(next_review(on, Some(on)).unwrap_err().0, "NEXT_NOT_AFTER");
    // From the 29th of February, two years on is the 28th, as PostgreSQL counts it.
    assert_eq!(review_deadline(day(2024, 2, 29)), day(2026, 2, 28));
}

#[test]
fn the_state_on_a_day_is_read_from_the_history() {
    let history = [
        Review {
            event: StandardsEvent::Adopted,
            on: day(2024, 2, 15),
            next_review_on: day(2025, 2, 15),
        },
        Review {
            event: StandardsEvent::Reviewed,
            on: day(2025, 6, 1),
            next_review_on: day(2027, 6, 1),
        },
    ];
    assert_eq!(
        state_on(&history, day(2024, 2, 14)),
        StandardsState::NotAdopted
    );
    assert_eq!(
        state_on(&history, day(2024, 2, 15)),
        StandardsState::Current
    );
    assert_eq!(
        state_on(&history, day(2025, 2, 15)),
        StandardsState::Current
    );
    assert_eq!(
        state_on(&history, day(2025, 2, 16)),
        StandardsState::ReviewOverdue
    );
    assert_eq!(state_on(&history, day(2025, 6, 1)), StandardsState::Current);
    assert_eq!(
        state_on(&history, day(2027, 6, 2)),
        StandardsState::ReviewOverdue
    );
    assert_eq!(state_on(&[], day(2026, 1, 1)), StandardsState::NotAdopted);
    let institution = Institution {
        id: Uuid::now_v7(),
        name: "Szkoła Podstawowa nr 1".to_owned(),
        kind: InstitutionKind::School,
        responsible_person: "Anna Nowak".to_owned(),
        registered_on: day(2026, 1, 10),
        history: history.to_vec(),
        version: 3,
    };
    // Known since its standards came into force, though registered later.
    assert!(institution.known_on(day(2024, 2, 15)));
    assert!(!institution.known_on(day(2024, 2, 14)));
    let added_without = Institution {
        history: Vec::new(),
        ..institution.clone()
    };
    assert!(!added_without.known_on(day(2025, 12, 31)));
    assert!(added_without.known_on(day(2026, 1, 10)));
    assert_eq!(institution.adopted_on(), Some(day(2024, 2, 15)));
    assert_eq!(institution.last_review_on(), Some(day(2025, 6, 1)));
    assert_eq!(institution.next_review_on(), Some(day(2027, 6, 1)));
}

proptest! {
    #[test]
    fn a_review_planned_as_accepted_is_never_overdue_before_its_day(
        start in 0i64..20_000,
        gap in 1i64..800,
        after in 0i64..1_000,
    ) {
        let on = day(2000, 1, 1) + chrono::Duration::days(start);
        let planned = on + chrono::Duration::days(gap);
        match next_review(on, Some(planned)) {
            Ok(next) => {
                prop_assert_eq!(next, planned);
                prop_assert!(next <= review_deadline(on));
                let history = [Review { event: StandardsEvent::Adopted, on, next_review_on: next }];
                let later = on + chrono::Duration::days(after);
                let overdue = state_on(&history, later) == StandardsState::ReviewOverdue;
                prop_assert_eq!(overdue, later > next);
            }
            Err((code, _)) => {
                prop_assert_eq!(code, "REVIEW_TOO_LATE");
                prop_assert!(planned > review_deadline(on));
            }
        }
    }
}
