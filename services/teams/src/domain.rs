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

impl InstitutionKind {
    /// The institutions whose representatives the act puts on every interdisciplinary team
    /// (art. 9a ust. 3 UPPD); the others (prosecutors, the SOW, the PCPR…) the head of the
    /// municipality may add (ust. 4).
    pub const REQUIRED_ON_TEAM: [InstitutionKind; 7] = [
        InstitutionKind::SocialWelfare,
        InstitutionKind::AlcoholCommission,
        InstitutionKind::Police,
        InstitutionKind::Education,
        InstitutionKind::HealthCare,
        InstitutionKind::Ngo,
        InstitutionKind::Probation,
    ];
}

/// The institutions the act requires that no member on the team on `day` represents, in the
/// act's order.
pub fn missing_institutions(members: &[Member], day: NaiveDate) -> Vec<InstitutionKind> {
    InstitutionKind::REQUIRED_ON_TEAM
        .into_iter()
        .filter(|kind| {
            !members
                .iter()
                .any(|m| m.institution == *kind && m.active_on(day))
        })
        .collect()
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
    /// The day the member withdrew the statement: from that day on it no longer holds.
    pub confidentiality_withdrawn_on: Option<NaiveDate>,
    /// The last day the statement holds, when it was signed for a time.
    pub confidentiality_valid_until: Option<NaiveDate>,
    pub joined_on: NaiveDate,
    /// The day the membership ended: from that day on the person is no longer on the team.
    pub left_on: Option<NaiveDate>,
    pub left_reason: Option<String>,
    pub version: i32,
}

impl Member {
    /// Whether the person is on the team on `day`.
    pub fn active_on(&self, day: NaiveDate) -> bool {
        self.left_on.is_none_or(|left| day < left)
    }

    /// Whether the confidentiality statement holds on `day`: signed, not withdrawn, not expired.
    pub fn statement_holds_on(&self, day: NaiveDate) -> bool {
        self.confidentiality_signed_on
            .is_some_and(|signed| signed <= day)
            && self.confidentiality_withdrawn_on.is_none_or(|w| day < w)
            && self.confidentiality_valid_until.is_none_or(|u| day <= u)
    }

    /// The team's side of working on cases on `day`: on the team with a statement that holds.
    /// (The roles are the other side: [`crate::case_standing`].)
    pub fn works_on(&self, day: NaiveDate) -> bool {
        self.active_on(day) && self.statement_holds_on(day)
    }

    /// Whether the member may work on cases today (the team's side of the rule).
    pub fn may_work_on_cases(&self) -> bool {
        self.works_on(kernel::calendar::today())
    }
}

#[derive(Debug, Clone)]
pub struct Meeting {
    pub id: Uuid,
    pub team_id: Uuid,
    pub held_on: NaiveDate,
    /// Sealed like the minutes: `None` for a reader who may not read them.
    pub agenda: Option<String>,
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
    pub confidentiality_valid_until: Option<NaiveDate>,
    pub joined_on: NaiveDate,
}

/// A change to a member; `None` leaves a field as it is. A statement signed anew replaces the
/// one before: its withdrawal is cleared and it holds until `confidentiality_valid_until` (or
/// without end).
pub struct MemberChange {
    pub member_id: Uuid,
    pub expected_version: i32,
    pub institution: Option<InstitutionKind>,
    pub institution_name: Option<Name>,
    pub chair: Option<bool>,
    pub confidentiality_signed_on: Option<NaiveDate>,
    pub confidentiality_valid_until: Option<NaiveDate>,
}

/// The end of a membership: the day (not in the future, not before joining) and why.
pub struct MembershipEnd {
    pub member_id: Uuid,
    pub expected_version: i32,
    pub on: NaiveDate,
    pub reason: kernel::text::Note,
}

/// The withdrawal of a member's confidentiality statement, from `on`.
pub struct StatementWithdrawal {
    pub member_id: Uuid,
    pub expected_version: i32,
    pub on: NaiveDate,
}

/// The chair handed to another member, in one step.
pub struct ChairHandover {
    pub member_id: Uuid,
    pub expected_version: i32,
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

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn a_team_lacks_every_required_institution_no_member_on_it_represents() {
        let on = |institution, left_on| Member {
            institution,
            left_on,
            ..member()
        };
        let all: Vec<Member> = InstitutionKind::REQUIRED_ON_TEAM
            .into_iter()
            .map(|k| on(k, None))
            .collect();
        assert!(missing_institutions(&all, d(2026, 6, 1)).is_empty());
        // The probation officer left; a prosecutor does not stand in for anyone.
        let mut some = all.clone();
        some.retain(|m| m.institution != InstitutionKind::HealthCare);
        some.push(on(InstitutionKind::Prosecutor, None));
        for m in &mut some {
            if m.institution == InstitutionKind::Probation {
                m.left_on = Some(d(2026, 5, 1));
            }
        }
        assert_eq!(
            missing_institutions(&some, d(2026, 6, 1)),
            [InstitutionKind::HealthCare, InstitutionKind::Probation]
        );
        assert_eq!(
            missing_institutions(&some, d(2026, 4, 30)),
            [InstitutionKind::HealthCare]
        );
    }

    fn member() -> Member {
        Member {
            id: Uuid::nil(),
            team_id: Uuid::nil(),
            user_id: Uuid::nil(),
            institution: InstitutionKind::Police,
            institution_name: "KMP".into(),
            is_chair: false,
            confidentiality_signed_on: Some(d(2026, 1, 10)),
            confidentiality_withdrawn_on: None,
            confidentiality_valid_until: None,
            joined_on: d(2026, 1, 5),
            left_on: None,
            left_reason: None,
            version: 1,
        }
    }

    #[test]
    fn a_member_works_from_the_statement_until_it_ends_or_they_leave() {
        let m = member();
        assert!(!m.works_on(d(2026, 1, 9)), "before the statement");
        assert!(m.works_on(d(2026, 1, 10)));
        let left = Member {
            left_on: Some(d(2026, 6, 1)),
            ..member()
        };
        assert!(left.works_on(d(2026, 5, 31)));
        assert!(!left.works_on(d(2026, 6, 1)), "from the day they left");
        let withdrawn = Member {
            confidentiality_withdrawn_on: Some(d(2026, 3, 3)),
            ..member()
        };
        assert!(withdrawn.works_on(d(2026, 3, 2)));
        assert!(
            !withdrawn.works_on(d(2026, 3, 3)),
            "from the day of withdrawal"
        );
        let expiring = Member {
            confidentiality_valid_until: Some(d(2026, 12, 31)),
            ..member()
        };
        assert!(expiring.works_on(d(2026, 12, 31)), "the last day holds");
        assert!(!expiring.works_on(d(2027, 1, 1)));
        let unsigned = Member {
            confidentiality_signed_on: None,
            ..member()
        };
        assert!(!unsigned.works_on(d(2026, 6, 1)));
    }

    #[test]
    fn institution_names_roundtrip() {
        for &k in InstitutionKind::ALL {
            assert_eq!(InstitutionKind::parse(k.as_str()), Some(k));
        }
        assert_eq!(InstitutionKind::parse("army"), None);
    }
}
