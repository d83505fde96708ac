//! Who may initiate the procedure by filling NK-A.

use kernel::input::Errors;
use kernel::{Result, TenantTx};
use uuid::Uuid;

/// Whether the staff of `body` may initiate the procedure by filling NK-A (art. 9a ust. 11–11d of
/// the act, §2 ust. 2 of the regulation): social welfare (a support centre's social worker and a
/// family assistant among them), the alcohol commission, the police and the Military Police,
/// education, health care, and a pedagogue, psychologist or therapist of a non-governmental
/// organisation. A probation officer, a prosecutor or a county family support centre may not.
pub fn may_initiate(body: teams::InstitutionKind) -> bool {
    use teams::InstitutionKind as K;
    matches!(
        body,
        K::SocialWelfare
            | K::AlcoholCommission
            | K::Police
            | K::MilitaryPolice
            | K::Education
            | K::HealthCare
            | K::SupportCentre
            | K::Ngo
    )
}

/// The userError of a body that may not initiate the procedure, on `initiatorInstitution`.
pub fn initiator_errors(body: teams::InstitutionKind, errors: &mut Errors) {
    if !may_initiate(body) {
        errors.add(
            "initiatorInstitution",
            "NOT_AN_INITIATOR",
            "the staff of this body may not initiate the procedure (art. 9a of the act)",
        );
    }
}

/// A form filled in Ostoja is its filer's own: its body is the one they represent on the team.
/// Another body's form (a police officer's, a teacher's) is registered from paper, with the
/// person who filled it named (`FormDetails::registered_from_paper`). The userError
/// `NOT_YOUR_BODY` on `initiatorInstitution` when `body` is not `filer`'s on a form filled here.
pub async fn own_body_errors(
    tx: &TenantTx,
    filer: Uuid,
    body: teams::InstitutionKind,
    from_paper: bool,
    errors: &mut Errors,
) -> Result<()> {
    if from_paper {
        return Ok(());
    }
    let own = teams::membership(tx, filer).await?.map(|m| m.institution);
    if own.is_some_and(|own| own != body) {
        errors.add(
            "initiatorInstitution",
            "NOT_YOUR_BODY",
            "a form filled here is its filer's own, of the body they represent on the team; register another body's form from paper with the person who filled it",
        );
    }
    Ok(())
}
