//! Types of the teams service that cannot hold invalid values.

use chrono::{DateTime, NaiveDate, Utc};
use kernel::text::Name;
use uuid::Uuid;

kernel::stored_enum! {
    /// Rodzaj instytucji — the statutory list of institutions that delegate members to an
    /// interdisciplinary team or a diagnostic group (art. 9a ust. 3 UPPD).
    InstitutionKind {
        /// Jednostka organizacyjna pomocy społecznej (OPS/MOPS).
        SocialWelfare = "social_welfare",
        /// Gminna komisja rozwiązywania problemów alkoholowych (GKRPA).
        AlcoholCommission = "alcohol_commission",
        /// Policja.
        Police = "police",
        /// Oświata.
        Education = "education",
        /// Ochrona zdrowia.
        HealthCare = "health_care",
        /// Organizacja pozarządowa.
        Ngo = "ngo",
        /// Kurator sądowy.
        Probation = "probation",
        /// Prokuratura.
        Prosecutor = "prosecutor",
        /// Żandarmeria Wojskowa.
        MilitaryPolice = "military_police",
        /// Specjalistyczny ośrodek wsparcia dla osób doznających przemocy domowej (SOW).
        SupportCentre = "support_centre",
        /// Powiatowe centrum pomocy rodzinie (PCPR).
        FamilySupportCentre = "family_support_centre",
        /// Inny podmiot działający na rzecz przeciwdziałania przemocy domowej.
        Other = "other",
    }
}

#[derive(Debug, Clone)]
pub struct Team {
    pub id: Uuid,
    pub name: String,
    pub act_number: String,
    pub act_issued_on: NaiveDate,
    pub created_at: DateTime<Utc>,
    pub version: i32,
}

#[derive(Debug, Clone)]
pub struct Member {
    pub id: Uuid,
    pub team_id: Uuid,
    pub user_id: Uuid,
    pub institution: InstitutionKind,
    pub institution_name: String,
    pub is_chair: bool,
    pub confidentiality_signed_on: Option<NaiveDate>,
    pub joined_on: NaiveDate,
    pub version: i32,
}

impl Member {
    /// A member who has not signed the confidentiality statement may not work on any case.
    pub fn may_work_on_cases(&self) -> bool {
        self.confidentiality_signed_on.is_some()
    }
}

#[derive(Debug, Clone)]
pub struct Meeting {
    pub id: Uuid,
    pub team_id: Uuid,
    pub held_on: NaiveDate,
    pub agenda: String,
    pub minutes: Option<String>,
    pub recorded_by: Uuid,
    pub attendance: Vec<Attendance>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Attendance {
    pub member_id: Uuid,
    pub present: bool,
}

pub struct NewTeam {
    pub name: Name,
    pub act_number: Name,
    pub act_issued_on: NaiveDate,
}

pub struct NewMember {
    pub team_id: Uuid,
    pub user_id: Uuid,
    pub institution: InstitutionKind,
    pub institution_name: Name,
    pub chair: bool,
    pub confidentiality_signed_on: Option<NaiveDate>,
    pub joined_on: NaiveDate,
}

/// A change to a member; `None` leaves a field as it is.
pub struct MemberChange {
    pub member_id: Uuid,
    pub expected_version: i32,
    pub institution: Option<InstitutionKind>,
    pub institution_name: Option<Name>,
    pub chair: Option<bool>,
    pub confidentiality_signed_on: Option<NaiveDate>,
}

pub struct NewMeeting {
    pub team_id: Uuid,
    pub held_on: NaiveDate,
    pub agenda: kernel::text::Note,
    pub minutes: Option<kernel::text::Note>,
    pub attendance: Vec<Attendance>,
}

/// How often one member, or the members of one kind of institution, came to meetings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AttendanceCount {
    pub meetings: u32,
    pub present: u32,
}

/// How long a team may go without meeting before it is warned (domain brief 2.3: at least
/// every three months).
pub const MEETING_INTERVAL_MONTHS: u32 = 3;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn institution_names_roundtrip() {
        for &k in InstitutionKind::ALL {
            assert_eq!(InstitutionKind::parse(k.as_str()), Some(k));
        }
        assert_eq!(InstitutionKind::parse("army"), None);
    }
}
