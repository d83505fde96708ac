//! Corrections of a person after NK-A: the mutation's input and the history of what each
//! correction replaced.

use async_graphql::{Context, Enum, InputObject, Object, ID};
use chrono::{DateTime, Utc};
use kernel::date::Date;
use kernel::pesel::Sex;
use kernel::{GlobalId, NodeType};

use crate::person_data::{Addiction, Relation};
use crate::PersonRevision;

/// Input of `correctBlueCardPerson`: the person's data as it should now be, every field (an
/// empty or omitted optional field is cleared), with the card's `version`.
#[derive(InputObject)]
pub struct CorrectBlueCardPersonInput {
    /// The person (`BlueCardPerson.id`).
    pub id: ID,
    /// The card's version, as read.
    pub version: i32,
    pub first_name: String,
    pub last_name: String,
    /// 11 digits with a valid checksum, agreeing with the date of birth and sex.
    pub pesel: Option<String>,
    /// Required when there is no PESEL.
    pub date_of_birth: Option<Date>,
    /// Required when there is no PESEL.
    pub sex: Option<Sex>,
    pub died_on: Option<Date>,
    pub address: Option<String>,
    pub phone: Option<String>,
    pub notes: Option<String>,
    /// Who the person is to the person experiencing violence.
    pub relation_to_victim: Option<Relation>,
    /// Whether they live in the same household as the person experiencing violence.
    pub lives_with_victim: Option<bool>,
    /// Stan zdrowia, as the group needs it; at most 2,000 characters.
    pub health: Option<String>,
    #[graphql(default)]
    pub addictions: Vec<Addiction>,
    /// A child's school (or nursery) and class (`NOT_A_MINOR` for an adult).
    pub school: Option<String>,
    pub email: Option<String>,
}

/// A field of a person's data.
#[derive(Enum, Clone, Copy, PartialEq, Eq)]
pub enum PersonField {
    FirstName,
    LastName,
    Pesel,
    DateOfBirth,
    Sex,
    DiedOn,
    Address,
    Phone,
    Notes,
    RelationToVictim,
    LivesWithVictim,
    Health,
    Addictions,
    School,
    Email,
}

impl PersonField {
    fn parse(name: &str) -> Option<PersonField> {
        Some(match name {
            "firstName" => PersonField::FirstName,
            "lastName" => PersonField::LastName,
            "pesel" => PersonField::Pesel,
            "dateOfBirth" => PersonField::DateOfBirth,
            "sex" => PersonField::Sex,
            "diedOn" => PersonField::DiedOn,
            "address" => PersonField::Address,
            "phone" => PersonField::Phone,
            "notes" => PersonField::Notes,
            "relationToVictim" => PersonField::RelationToVictim,
            "livesWithVictim" => PersonField::LivesWithVictim,
            "health" => PersonField::Health,
            "addictions" => PersonField::Addictions,
            "school" => PersonField::School,
            "email" => PersonField::Email,
            _ => return None,
        })
    }
}

pub struct PersonFieldChange {
    field: PersonField,
    earlier: Option<String>,
}

/// One field a correction changed, with the value it had.
#[Object]
impl PersonFieldChange {
    async fn field(&self) -> PersonField {
        self.field
    }
    /// The value before the correction: text as written, a date as `YYYY-MM-DD`, the sex as
    /// `FEMALE` or `MALE`, the relation as its enum value, whether living with the victim as
    /// `true` or `false`, addictions as enum values joined by commas; null when it was empty.
    async fn earlier(&self) -> Option<&str> {
        self.earlier.as_deref()
    }
}

#[derive(Clone)]
pub struct PersonCorrectionObject(pub PersonRevision);

/// Poprawka danych osoby — a correction of a person's data (GDPR art. 16) and what it
/// replaced.
#[Object(name = "PersonCorrection")]
impl PersonCorrectionObject {
    async fn person_id(&self) -> ID {
        GlobalId::new(NodeType::BlueCardPerson, self.0.person_id).into()
    }
    async fn corrected_at(&self) -> DateTime<Utc> {
        self.0.corrected_at
    }
    async fn corrected_by_name(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<String>> {
        identity::graphql::display_name(ctx, self.0.corrected_by).await
    }
    /// The fields changed; health and addictions only for the card's group and the team's
    /// chair.
    async fn changes(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<PersonFieldChange>> {
        let diagnosis = super::records::reads_diagnosis(ctx, self.0.card_id).await?;
        let d = &self.0.earlier;
        Ok(self
            .0
            .fields
            .iter()
            .filter_map(|name| PersonField::parse(name))
            .filter(|f| diagnosis || !matches!(f, PersonField::Health | PersonField::Addictions))
            .map(|field| PersonFieldChange {
                field,
                earlier: match field {
                    PersonField::FirstName => Some(d.first_name.clone()),
                    PersonField::LastName => Some(d.last_name.clone()),
                    PersonField::Pesel => d.pesel.clone(),
                    PersonField::DateOfBirth => Some(d.born_on.to_string()),
                    PersonField::Sex => Some(self.0.earlier_sex.as_str().to_uppercase()),
                    PersonField::DiedOn => d.died_on.map(|x| x.to_string()),
                    PersonField::Address => d.address.clone(),
                    PersonField::Phone => d.phone.clone(),
                    PersonField::Notes => d.notes.clone(),
                    PersonField::RelationToVictim => {
                        d.about.relation.map(|r| r.as_str().to_uppercase())
                    }
                    PersonField::LivesWithVictim => {
                        d.about.lives_with_victim.map(|b| b.to_string())
                    }
                    PersonField::Health => d.about.health.clone(),
                    PersonField::Addictions => Some(
                        d.about
                            .addictions
                            .iter()
                            .map(|a| a.as_str().to_uppercase())
                            .collect::<Vec<_>>()
                            .join(","),
                    )
                    .filter(|a| !a.is_empty()),
                    PersonField::School => d.about.school.clone(),
                    PersonField::Email => d.about.email.clone(),
                },
            })
            .collect())
    }
}
