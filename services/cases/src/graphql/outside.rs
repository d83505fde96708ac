//! Members of a diagnostic group from outside the team in the API: the chair adds them and takes
//! them out (`records::OutsideMemberObject` reads them back).

use async_graphql::{Context, InputObject, Object, ID};
use kernel::date::Date;
use kernel::input::{Errors, Payload};
use kernel::text::Name;
use kernel::{GlobalId, NodeType, UserError};
use teams::InstitutionKind;

use super::inputs::BlueCardPayload;
use super::loaders::{day, scope_for_change};
use crate::ids::OUTSIDE_MEMBER;
use crate::outside::{NewOutsideMember, OutsideMemberDetails};

/// Input of `addOutsideGroupMember`: a professional from outside the team who joins the card's
/// diagnostic group, with the confidentiality statement they signed for this case.
#[derive(InputObject)]
pub struct AddOutsideGroupMemberInput {
    pub id: ID,
    pub version: i32,
    /// Imię i nazwisko, at most 200 characters.
    pub name: String,
    /// The body they come from, e.g. "Szkoła Podstawowa nr 3 w Żorach".
    pub organisation: String,
    /// Stanowisko, e.g. "pedagog szkolny".
    pub position: Option<String>,
    pub institution: InstitutionKind,
    /// The day they signed the confidentiality statement for this case: on or before the day
    /// they join (`STATEMENT_AFTER_JOINING`).
    pub statement_signed_on: Date,
    /// The day they join (today if omitted); not before the group was set up.
    pub on: Option<Date>,
}

/// Input of `removeOutsideGroupMember`: the card, its version, the member taken out and from
/// which day (today if omitted).
#[derive(InputObject)]
pub struct RemoveOutsideGroupMemberInput {
    pub id: ID,
    pub version: i32,
    /// The member (`OutsideGroupMember.id`).
    pub member_id: ID,
    pub on: Option<Date>,
}

fn new_member(input: &AddOutsideGroupMemberInput) -> Result<NewOutsideMember, Vec<UserError>> {
    let mut errors = Errors::input();
    let required = |field: &str, raw: &str, errors: &mut Errors| {
        if raw.trim().is_empty() {
            errors.add(field, "REQUIRED", "required");
            return None;
        }
        errors.field(field, Name::parse(raw))
    };
    let name = required("name", &input.name, &mut errors);
    let organisation = required("organisation", &input.organisation, &mut errors);
    let position = match input.position.as_deref().map(str::trim) {
        None | Some("") => Some(None),
        Some(raw) => errors.field("position", Name::parse(raw)).map(Some),
    };
    let new = match (name, organisation, position) {
        (Some(name), Some(organisation), Some(position)) => Some(NewOutsideMember {
            details: OutsideMemberDetails {
                name,
                organisation,
                position,
            },
            institution: input.institution,
            statement_signed_on: input.statement_signed_on.0,
            on: day(input.on),
        }),
        _ => None,
    };
    if let Some(n) = &new {
        errors.extend(n.errors());
    }
    errors.finish(|| new)
}

#[derive(Default)]
pub struct OutsideMembersMutation;

#[Object]
impl OutsideMembersMutation {
    /// The chair adds a professional from outside the team to the card's diagnostic group, for
    /// this case only, with the confidentiality statement they signed for it. They have no
    /// account: they take part in the group's meetings.
    async fn add_outside_group_member(
        &self,
        ctx: &Context<'_>,
        input: AddOutsideGroupMemberInput,
    ) -> async_graphql::Result<BlueCardPayload> {
        let id = GlobalId::decode_as(&input.id, NodeType::BlueCard)?;
        let new = match new_member(&input) {
            Ok(new) => new,
            Err(errors) => return Ok(BlueCardPayload::refused(errors)),
        };
        let s = scope_for_change(ctx).await?;
        Ok(crate::outside::add_outside_member(
            s.tx().await?,
            s.reader,
            &s.key,
            id,
            input.version,
            new,
        )
        .await?
        .into())
    }

    /// The chair takes a member from outside the team out of the card's diagnostic group; they
    /// stay recorded with the day they left.
    async fn remove_outside_group_member(
        &self,
        ctx: &Context<'_>,
        input: RemoveOutsideGroupMemberInput,
    ) -> async_graphql::Result<BlueCardPayload> {
        let id = GlobalId::decode_as(&input.id, NodeType::BlueCard)?;
        // A malformed ID is answered as one not in the group: no member has the nil ID.
        let member = GlobalId::decode_as(&input.member_id, OUTSIDE_MEMBER).unwrap_or_default();
        let s = scope_for_change(ctx).await?;
        Ok(crate::outside::remove_outside_member(
            s.tx().await?,
            s.reader,
            &s.key,
            id,
            input.version,
            member,
            day(input.on),
        )
        .await?
        .into())
    }
}
