//! sea-orm entities of the cases service. Never exposed outside the crate.

pub mod card {
    use crate::domain::{ClosureGround, ViolenceForm};
    use crate::procedure::Status;
    use kernel::store::StoredSet;
    use sea_orm::entity::prelude::*;
    use teams::InstitutionKind;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "cases_blue_cards")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub tenant_id: Uuid,
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: Uuid,
        pub team_id: Uuid,
        pub status: Status,
        pub initiated_on: Date,
        pub initiator_user_id: Uuid,
        pub initiator_institution: InstitutionKind,
        pub violence_forms: StoredSet<ViolenceForm>,
        pub details_sealed: String,
        pub chair_received_on: Option<Date>,
        pub group_set_up_on: Option<Date>,
        pub first_meeting_on: Option<Date>,
        pub closed_on: Option<Date>,
        pub closure_ground: Option<ClosureGround>,
        pub monitoring_ends_on: Option<Date>,
        pub created_at: DateTimeUtc,
        pub updated_at: DateTimeUtc,
        pub version: i32,
        /// The procedure this filing was attached to by the chair (status `attached`).
        pub attached_to: Option<Uuid>,
        /// The card's number: the year and its place in the year (`search::CardNumber`).
        pub number_year: Option<i32>,
        pub number_seq: Option<i32>,
        /// The due day of the card's nearest open deadline (`deadlines::refresh_next_due`).
        pub next_due_on: Option<Date>,
        /// NK-A section V in the clear, for statistics; `None` until the worker fills a card
        /// written before it was kept.
        pub perpetrator_under_alcohol: Option<bool>,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}

    kernel::tenant_entity!();
}

pub mod person {
    use crate::domain::PersonRole;
    use kernel::pesel::Sex;
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "cases_persons")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub tenant_id: Uuid,
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: Uuid,
        pub card_id: Uuid,
        pub role: PersonRole,
        pub sex: Sex,
        pub minor: bool,
        pub sealed: String,
        pub pesel_index: Option<String>,
        pub identity_index: String,
        pub created_at: DateTimeUtc,
        /// The age band on the day the procedure was initiated (`kernel::stats::age_band`), or
        /// `unknown`; none until the scheduled job fills it for a person written before it.
        pub age_band: Option<String>,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}

    kernel::tenant_entity!();
}

pub mod form {
    use crate::domain::FormKind;
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "cases_forms")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub tenant_id: Uuid,
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: Uuid,
        pub card_id: Uuid,
        pub kind: FormKind,
        pub filled_on: Date,
        pub filled_by: Uuid,
        pub sealed: String,
        pub created_at: DateTimeUtc,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}

    kernel::tenant_entity!();
}

pub mod group_member {
    use sea_orm::entity::prelude::*;
    use teams::InstitutionKind;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "cases_group_members")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub tenant_id: Uuid,
        #[sea_orm(primary_key, auto_increment = false)]
        pub card_id: Uuid,
        #[sea_orm(primary_key, auto_increment = false)]
        pub user_id: Uuid,
        pub team_member_id: Uuid,
        pub institution: InstitutionKind,
        pub added_on: Date,
        /// The day the member was taken out of the group; the group is its members without one.
        pub left_on: Option<Date>,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}

    kernel::tenant_entity!();
}

pub mod access {
    use sea_orm::entity::prelude::*;

    /// Why a user may see a card.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum)]
    #[sea_orm(rs_type = "String", db_type = "Text")]
    pub enum Reason {
        /// They filled in the card's NK-A.
        #[sea_orm(string_value = "initiator")]
        Initiator,
        /// They are in the card's diagnostic group.
        #[sea_orm(string_value = "group")]
        Group,
    }

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "cases_access")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub tenant_id: Uuid,
        #[sea_orm(primary_key, auto_increment = false)]
        pub card_id: Uuid,
        #[sea_orm(primary_key, auto_increment = false)]
        pub user_id: Uuid,
        #[sea_orm(primary_key, auto_increment = false)]
        pub reason: Reason,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}

    kernel::tenant_entity!();
}

pub mod deadline {
    use crate::domain::DeadlineKind;
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "cases_deadlines")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub tenant_id: Uuid,
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: Uuid,
        pub card_id: Uuid,
        pub kind: DeadlineKind,
        pub due_on: Date,
        pub met_on: Option<Date>,
        pub cancelled: bool,
        pub created_at: DateTimeUtc,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}

    kernel::tenant_entity!();
}

pub mod rule {
    use crate::domain::DeadlineRuleKind;
    use kernel::calendar::PeriodUnit;
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "cases_deadline_rules")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub tenant_id: Uuid,
        #[sea_orm(primary_key, auto_increment = false)]
        pub kind: DeadlineRuleKind,
        pub amount: i32,
        pub unit: PeriodUnit,
        pub updated_at: DateTimeUtc,
        pub version: i32,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}

    kernel::tenant_entity!();
}

pub mod step {
    use crate::procedure::{Status, Step};
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "cases_steps")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub tenant_id: Uuid,
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: Uuid,
        pub card_id: Uuid,
        pub step: Step,
        pub status: Status,
        pub taken_by: Uuid,
        pub taken_at: DateTimeUtc,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}

    kernel::tenant_entity!();
}

/// The key a client sent with an NK-A, and the card that sending opened (`opening`).
pub mod opening_key {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "cases_opening_keys")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub tenant_id: Uuid,
        #[sea_orm(primary_key, auto_increment = false)]
        pub author_id: Uuid,
        #[sea_orm(primary_key, auto_increment = false)]
        pub opening_key: Uuid,
        pub card_id: Uuid,
        pub created_at: DateTimeUtc,
        /// A keyed hash of the form the key was first sent with.
        pub input_digest: Option<String>,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}

    kernel::tenant_entity!();
}

pub mod plan_item {
    use crate::domain::{PlanItemKind, PlanItemStatus, PlanKind, ProgrammeKind};
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "cases_plan_items")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub tenant_id: Uuid,
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: Uuid,
        pub card_id: Uuid,
        pub plan: PlanKind,
        pub kind: PlanItemKind,
        pub programme: Option<ProgrammeKind>,
        pub sealed: String,
        pub responsible_user_id: Option<Uuid>,
        pub due_on: Option<Date>,
        pub status: PlanItemStatus,
        pub created_at: DateTimeUtc,
        pub updated_at: DateTimeUtc,
        pub version: i32,
        /// An enrolment made from this referral takes part or waits: the status follows it.
        pub followed_by_enrolment: bool,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}

    kernel::tenant_entity!();
}

pub mod work {
    use crate::domain::{WorkKind, WorkVariant};
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "cases_work")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub tenant_id: Uuid,
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: Uuid,
        pub card_id: Uuid,
        pub kind: WorkKind,
        pub variant: Option<WorkVariant>,
        pub occurred_on: Date,
        pub recorded_by: Uuid,
        pub note_sealed: Option<String>,
        pub created_at: DateTimeUtc,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}

    kernel::tenant_entity!();
}

pub mod notification {
    use sea_orm::entity::prelude::*;

    use crate::domain::NotificationKind;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "cases_notifications")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub tenant_id: Uuid,
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: Uuid,
        pub deadline_id: Uuid,
        pub card_id: Uuid,
        pub recipient_user_id: Uuid,
        pub kind: NotificationKind,
        pub due_on: Date,
        pub created_at: DateTimeUtc,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}

    kernel::tenant_entity!();
}

pub mod match_proposal {
    use sea_orm::entity::prelude::*;

    /// Why a filing was proposed as a match: the same PESEL, or the same name and date of birth.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, EnumIter, DeriveActiveEnum)]
    #[sea_orm(rs_type = "String", db_type = "Text")]
    pub enum Basis {
        #[sea_orm(string_value = "pesel")]
        Pesel,
        #[sea_orm(string_value = "name_and_birth_date")]
        NameAndBirthDate,
        /// Not proposed: the chair found the procedure and attached the form to it.
        #[sea_orm(string_value = "chair")]
        Chair,
    }

    #[derive(Clone, Copy, Debug, PartialEq, Eq, EnumIter, DeriveActiveEnum)]
    #[sea_orm(rs_type = "String", db_type = "Text")]
    pub enum Decision {
        #[sea_orm(string_value = "attached")]
        Attached,
        #[sea_orm(string_value = "kept_separate")]
        KeptSeparate,
        /// A repeat: the filing goes on as a new procedure linked to the earlier one.
        #[sea_orm(string_value = "linked")]
        Linked,
    }

    /// What kind of match: a form about the people of an open procedure (it can join it), or
    /// about the people of one in post-closure monitoring or closed within 12 months (a repeat:
    /// a new procedure that knows the earlier one).
    #[derive(Clone, Copy, Debug, PartialEq, Eq, EnumIter, DeriveActiveEnum)]
    #[sea_orm(rs_type = "String", db_type = "Text")]
    pub enum Kind {
        #[sea_orm(string_value = "subsequent")]
        Subsequent,
        #[sea_orm(string_value = "repeat")]
        Repeat,
    }

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "cases_match_proposals")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub tenant_id: Uuid,
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: Uuid,
        pub filing_card_id: Uuid,
        pub procedure_card_id: Uuid,
        pub basis: Basis,
        pub kind: Kind,
        pub proposed_at: DateTimeUtc,
        pub decision: Option<Decision>,
        pub decided_by: Option<Uuid>,
        pub decided_at: Option<DateTimeUtc>,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}

    kernel::tenant_entity!();
}

pub mod card_number {
    use sea_orm::entity::prelude::*;

    /// The last card number given in a year.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "cases_card_numbers")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub tenant_id: Uuid,
        #[sea_orm(primary_key, auto_increment = false)]
        pub year: i32,
        pub last: i32,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}

    kernel::tenant_entity!();
}

pub mod person_token {
    use sea_orm::entity::prelude::*;

    /// One folded name token of a person, as a keyed blind index.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "cases_person_tokens")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub tenant_id: Uuid,
        #[sea_orm(primary_key, auto_increment = false)]
        pub person_id: Uuid,
        #[sea_orm(primary_key, auto_increment = false)]
        pub token: String,
        pub card_id: Uuid,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}

    kernel::tenant_entity!();
}

pub mod person_revision {
    use sea_orm::entity::prelude::*;

    /// What a correction of a person replaced, sealed.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "cases_person_revisions")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub tenant_id: Uuid,
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: Uuid,
        pub person_id: Uuid,
        pub card_id: Uuid,
        pub sealed: String,
        pub corrected_by: Uuid,
        pub corrected_at: DateTimeUtc,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}

    kernel::tenant_entity!();
}

pub mod meeting {
    use sea_orm::entity::prelude::*;

    /// A meeting of a card's diagnostic group; its details sealed (`meetings::MeetingDetails`).
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "cases_group_meetings")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub tenant_id: Uuid,
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: Uuid,
        pub card_id: Uuid,
        pub held_on: Date,
        pub recorded_by: Uuid,
        pub sealed: String,
        pub created_at: DateTimeUtc,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}

    kernel::tenant_entity!();
}

pub mod outside_member {
    use sea_orm::entity::prelude::*;
    use teams::InstitutionKind;

    /// A member of a card's diagnostic group from outside the team; who they are sealed
    /// (`outside::OutsideMemberDetails`).
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "cases_outside_members")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub tenant_id: Uuid,
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: Uuid,
        pub card_id: Uuid,
        pub institution: InstitutionKind,
        pub sealed: String,
        pub statement_signed_on: Date,
        pub added_on: Date,
        pub left_on: Option<Date>,
        pub added_by: Uuid,
        pub created_at: DateTimeUtc,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}

    kernel::tenant_entity!();
}

pub mod retention {
    use sea_orm::entity::prelude::*;

    /// How long the municipality keeps a closed procedure, when it set it.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "cases_retention")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub tenant_id: Uuid,
        pub years: i32,
        pub updated_at: DateTimeUtc,
        pub version: i32,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}

    kernel::tenant_entity!();
}

pub mod erasure {
    use sea_orm::entity::prelude::*;

    /// The report of one card's erasure: no personal data.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "cases_erasures")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub tenant_id: Uuid,
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: Uuid,
        pub card_id: Uuid,
        pub number: Option<String>,
        pub initiated_on: Date,
        pub closed_on: Option<Date>,
        pub erased_on: Date,
        pub years: i32,
        pub persons: i32,
        pub records: i32,
        pub created_at: DateTimeUtc,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}

    kernel::tenant_entity!();
}

pub mod transfer {
    use crate::domain::TransferState;
    use sea_orm::entity::prelude::*;

    /// A procedure handed over: owned by the sending municipality, addressed to the receiving
    /// one, read by both. No personal data.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "cases_transfers")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub tenant_id: Uuid,
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: Uuid,
        pub to_tenant_id: Uuid,
        pub card_id: Uuid,
        pub number: Option<String>,
        pub state: TransferState,
        pub proposed_by: Uuid,
        pub proposed_on: Date,
        pub approved_by: Option<Uuid>,
        pub approved_on: Option<Date>,
        pub agreed_by: Option<Uuid>,
        pub agreed_on: Option<Date>,
        pub decided_by: Option<Uuid>,
        pub decided_on: Option<Date>,
        pub completed_on: Option<Date>,
        pub created_at: DateTimeUtc,
        pub updated_at: DateTimeUtc,
        pub version: i32,
        /// The card it arrived as in the receiving municipality (`rekey::received_id`).
        pub received_card_id: Option<Uuid>,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}

    kernel::tenant_entity!();

    impl kernel::store::SharedEntity for Entity {
        fn counterpart_column() -> Column {
            Column::ToTenantId
        }
    }
}
