//! The closure of a procedure: what the diagnostic group records when it closes it.

use kernel::input::Errors;
use serde::{Deserialize, Serialize};

use crate::domain::{note, ClosureGround};

/// What the group hands the team's chair when it closes the procedure (art. 9b ust. 8 UPPD):
/// the results of its work and, when action is found unfounded, the written basis of that
/// decision (art. 9h ust. 1 pkt 2). Stored sealed, as a form of the card.
#[derive(Clone, Serialize, Deserialize)]
pub struct ClosureReport {
    pub ground: ClosureGround,
    pub results: String,
    pub basis: Option<String>,
}

impl ClosureReport {
    /// The report for closing on `ground`: the results are required, and a basis exactly when
    /// the procedure is found unfounded.
    pub fn parse(
        ground: ClosureGround,
        results: Option<&str>,
        basis: Option<&str>,
        errors: &mut Errors,
    ) -> Option<ClosureReport> {
        let blank = |t: Option<&str>| t.is_none_or(|t| t.trim().is_empty());
        if blank(results) {
            errors.add(
                "resultReport",
                "REQUIRED",
                "the group reports the results of its work to the chair",
            );
        }
        match (ground, blank(basis)) {
            (ClosureGround::Unfounded, true) => errors.add(
                "basis",
                "BASIS_REQUIRED",
                "give the written basis for finding that action is unfounded",
            ),
            (ClosureGround::ViolenceStoppedAndPlanCarriedOut, false) => errors.add(
                "basis",
                "NOT_APPLICABLE",
                "a written basis is given only when action is found unfounded",
            ),
            _ => {}
        }
        let results = note(results, "resultReport", errors);
        let basis = note(basis, "basis", errors);
        Some(ClosureReport {
            ground,
            results: results?,
            basis,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn closure(
        ground: ClosureGround,
        results: Option<&str>,
        basis: Option<&str>,
    ) -> Result<ClosureReport, Vec<(String, String)>> {
        let mut errors = Errors::input();
        let report = ClosureReport::parse(ground, results, basis, &mut errors);
        errors
            .finish(|| report)
            .map_err(|e| e.into_iter().map(|e| (e.field.join("."), e.code)).collect())
    }

    #[test]
    fn an_unfounded_closure_needs_a_basis_and_every_closure_a_report() {
        use ClosureGround::*;
        let missing = closure(Unfounded, None, Some(" ")).err().unwrap();
        assert_eq!(
            missing,
            [
                ("input.resultReport".to_owned(), "REQUIRED".to_owned()),
                ("input.basis".to_owned(), "BASIS_REQUIRED".to_owned())
            ]
        );
        let stray = closure(ViolenceStoppedAndPlanCarriedOut, Some("r"), Some("b"))
            .err()
            .unwrap();
        assert_eq!(
            stray,
            [("input.basis".to_owned(), "NOT_APPLICABLE".to_owned())]
        );
        let report = closure(Unfounded, Some(" wyniki "), Some(" podstawa ")).unwrap();
        assert_eq!(
            (report.results.as_str(), report.basis.as_deref()),
            ("wyniki", Some("podstawa"))
        );
        let report = closure(ViolenceStoppedAndPlanCarriedOut, Some("wyniki"), None).unwrap();
        assert_eq!(report.basis, None);
    }
}
