//! The inputs of the teams service's mutations, parsed into its commands: every problem is
//! collected with its field path.

use async_graphql::{InputObject, ID};
use kernel::date::Date;
use kernel::input::Errors;
use kernel::text::{Name, Note};
use kernel::{GlobalId, NodeType, UserError};
use uuid::Uuid;

use crate::domain::{Attendance, InstitutionKind, MemberChange, NewMeeting, NewMember, NewTeam};

/// Input of `createTeam`: the team's name and the mayor's act appointing it.
#[derive(InputObject)]
pub struct CreateTeamInput {
    pub name: String,
    /// Number of the mayor's appointing act (zarządzenie).
    pub act_number: String,
    pub act_issued_on: Date,
}

impl TryFrom<CreateTeamInput> for NewTeam {
    type Error = Vec<UserError>;

    fn try_from(input: CreateTeamInput) -> Result<Self, Self::Error> {
        let mut errors = Errors::input();
        let name = errors.field("name", Name::parse(&input.name));
        let act_number = errors.field("actNumber", Name::parse(&input.act_number));
        errors.finish(|| {
            Some(NewTeam {
                name: name?,
                act_number: act_number?,
                act_issued_on: input.act_issued_on.0,
            })
        })
    }
}

/// Input of `addTeamMember`: a user delegated to the team by an institution.
#[derive(InputObject)]
pub struct AddTeamMemberInput {
    pub team_id: ID,
    pub user_id: ID,
    pub institution: InstitutionKind,
    pub institution_name: String,
    #[graphql(default = false)]
    pub chair: bool,
    pub confidentiality_signed_on: Option<Date>,
    /// The last day the statement holds, when it is signed for a time.
    pub confidentiality_valid_until: Option<Date>,
    /// Defaults to today.
    pub joined_on: Option<Date>,
}

impl TryFrom<AddTeamMemberInput> for NewMember {
    type Error = Vec<UserError>;

    fn try_from(input: AddTeamMemberInput) -> Result<Self, Self::Error> {
        let mut errors = Errors::input();
        let team_id = errors.field(
            "teamId",
            GlobalId::decode_as(&input.team_id, NodeType::Team),
        );
        let user_id = errors.field(
            "userId",
            GlobalId::decode_as(&input.user_id, NodeType::User),
        );
        let institution_name =
            errors.field("institutionName", Name::parse(&input.institution_name));
        errors.finish(|| {
            Some(NewMember {
                team_id: team_id?,
                user_id: user_id?,
                institution: input.institution,
                institution_name: institution_name?,
                chair: input.chair,
                confidentiality_signed_on: input.confidentiality_signed_on.map(|d| d.0),
                confidentiality_valid_until: input.confidentiality_valid_until.map(|d| d.0),
                joined_on: input
                    .joined_on
                    .map_or_else(kernel::calendar::today, |d| d.0),
            })
        })
    }
}

/// Input of `updateTeamMember`: changes to a member; omitted fields stay as they are. A
/// `confidentialitySignedOn` records a statement signed anew (it replaces one withdrawn or
/// expired); the chair moves with `handOverTeamChair`.
#[derive(InputObject)]
pub struct UpdateTeamMemberInput {
    pub id: ID,
    pub version: i32,
    pub institution: Option<InstitutionKind>,
    pub institution_name: Option<String>,
    pub chair: Option<bool>,
    pub confidentiality_signed_on: Option<Date>,
    /// The last day the statement holds.
    pub confidentiality_valid_until: Option<Date>,
}

impl UpdateTeamMemberInput {
    /// The change to the member `member_id` (the input's `id`, which the caller resolved: an
    /// unknown member is NOT_FOUND, not a userError).
    pub(crate) fn change(self, member_id: Uuid) -> Result<MemberChange, Vec<UserError>> {
        let mut errors = Errors::input();
        let institution_name = errors.optional(
            "institutionName",
            self.institution_name.as_deref().map(Name::parse),
        );
        errors.finish(|| {
            Some(MemberChange {
                member_id,
                expected_version: self.version,
                institution: self.institution,
                institution_name: institution_name?,
                chair: self.chair,
                confidentiality_signed_on: self.confidentiality_signed_on.map(|d| d.0),
                confidentiality_valid_until: self.confidentiality_valid_until.map(|d| d.0),
            })
        })
    }
}

/// Whether one member was present, in `RecordTeamMeetingInput`.
#[derive(InputObject)]
pub struct AttendanceInput {
    pub member_id: ID,
    pub present: bool,
}

/// Input of `recordTeamMeeting`: the meeting's day, agenda, minutes and attendance.
#[derive(InputObject)]
pub struct RecordTeamMeetingInput {
    pub team_id: ID,
    pub held_on: Date,
    pub agenda: String,
    pub minutes: Option<String>,
    #[graphql(default)]
    pub attendance: Vec<AttendanceInput>,
}

impl TryFrom<RecordTeamMeetingInput> for NewMeeting {
    type Error = Vec<UserError>;

    fn try_from(input: RecordTeamMeetingInput) -> Result<Self, Self::Error> {
        let mut errors = Errors::input();
        let team_id = errors.field(
            "teamId",
            GlobalId::decode_as(&input.team_id, NodeType::Team),
        );
        let agenda = errors.field("agenda", Note::parse(&input.agenda));
        let minutes = errors.optional("minutes", input.minutes.as_deref().map(Note::parse));
        let attendance = errors.list("attendance", &input.attendance, |e, a| {
            let member_id = e.field(
                "memberId",
                GlobalId::decode_as(&a.member_id, NodeType::TeamMember),
            )?;
            Some(Attendance {
                member_id,
                present: a.present,
            })
        });
        errors.finish(|| {
            Some(NewMeeting {
                team_id: team_id?,
                held_on: input.held_on.0,
                agenda: agenda?,
                minutes: minutes?,
                attendance,
            })
        })
    }
}
