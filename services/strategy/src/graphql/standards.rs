//! The register of child-protection standards over GraphQL: `childProtectionInstitutions` and
//! `node(id:)` for every staff member of the municipality; adding and correcting an
//! institution and recording its standards' adoption or review for its administrator and the
//! team's chair.

use async_graphql::{Context, InputObject, Object, SimpleObject, ID};
use kernel::date::Date;
use kernel::input::{Errors, Payload};
use kernel::request::ContextExt;
use kernel::text::Text;
use kernel::{GlobalId, UserError};
use uuid::Uuid;

use crate::ids::{institution_gid, CHILD_PROTECTION_INSTITUTION};
use crate::standards::{
    state_on, Institution, InstitutionContent, InstitutionKind, NewReview, StandardsEvent,
    StandardsState,
};
use crate::StrategyAccess;

kernel::payload! {
    /// Result of a change to the register of child-protection standards: the institution as
    /// it now is, or why the change was refused.
    ChildProtectionInstitutionPayload { institution: InstitutionObject }
}

/// Instytucja w rejestrze standardów ochrony małoletnich.
#[derive(Clone)]
pub struct InstitutionObject {
    institution: Institution,
    may_edit: bool,
    today: chrono::NaiveDate,
}

impl InstitutionObject {
    pub fn uuid(&self) -> Uuid {
        self.institution.id
    }

    fn state_today(&self) -> StandardsState {
        state_on(&self.institution.history, self.today)
    }
}

/// Wpis w historii standardów: adopted or reviewed on a day, with the next review planned then.
#[derive(SimpleObject)]
#[graphql(name = "ChildProtectionReview")]
pub struct ReviewObject {
    pub event: StandardsEvent,
    pub on: Date,
    pub next_review_on: Date,
}

/// Instytucja pracująca z dziećmi — its child-protection standards: adopted when, reviewed
/// when, the next review, and whether it is overdue.
#[Object(name = "ChildProtectionInstitution")]
impl InstitutionObject {
    pub async fn id(&self) -> ID {
        ID(institution_gid(self.institution.id))
    }
    async fn name(&self) -> &str {
        &self.institution.name
    }
    async fn kind(&self) -> InstitutionKind {
        self.institution.kind
    }
    /// The person responsible for the standards in the institution.
    async fn responsible_person(&self) -> &str {
        &self.institution.responsible_person
    }
    /// Null until the adoption is recorded.
    async fn adopted_on(&self) -> Option<Date> {
        self.institution.adopted_on().map(Date)
    }
    /// The last review recorded; null before the first.
    async fn last_review_on(&self) -> Option<Date> {
        self.institution.last_review_on().map(Date)
    }
    /// The next review planned at the last entry (at most two years after it).
    async fn next_review_on(&self) -> Option<Date> {
        self.institution.next_review_on().map(Date)
    }
    /// The state today.
    async fn state(&self) -> StandardsState {
        self.state_today()
    }
    /// Days since the next review was due, when it is overdue.
    async fn days_overdue(&self) -> Option<i64> {
        let next = self.institution.next_review_on()?;
        (self.state_today() == StandardsState::ReviewOverdue)
            .then(|| (self.today - next).num_days())
    }
    /// The adoption and every review, the latest first.
    async fn history(&self) -> Vec<ReviewObject> {
        self.institution
            .history
            .iter()
            .rev()
            .map(|r| ReviewObject {
                event: r.event,
                on: Date(r.on),
                next_review_on: Date(r.next_review_on),
            })
            .collect()
    }
    /// Whether the reader may change it (the administrator and the team's chair).
    async fn viewer_may_edit(&self) -> bool {
        self.may_edit
    }
    async fn version(&self) -> i32 {
        self.institution.version
    }
}

/// The register's institutions among `ids` (all, when none), those needing attention first:
/// a review overdue (the longest first), standards not adopted, then in force, by name.
async fn read(
    ctx: &Context<'_>,
    reader: StrategyAccess,
    ids: Option<&[Uuid]>,
) -> kernel::Result<Vec<InstitutionObject>> {
    let tx = ctx.request()?.tenant_tx().await?;
    let today = kernel::calendar::today();
    let mut found: Vec<InstitutionObject> = crate::standards::institutions(tx, ids)
        .await?
        .into_iter()
        .map(|institution| InstitutionObject {
            institution,
            may_edit: reader.may_edit(),
            today,
        })
        .collect();
    found.sort_by_key(|i| {
        let rank = match i.state_today() {
            StandardsState::ReviewOverdue => 0,
            StandardsState::NotAdopted => 1,
            StandardsState::Current => 2,
        };
        let due = if rank == 0 {
            i.institution.next_review_on()
        } else {
            None
        };
        (rank, due)
    });
    Ok(found)
}

/// The register's institutions among `ids`, for any staff member; nothing for anyone else.
pub async fn load_institutions(
    ctx: &Context<'_>,
    ids: &[Uuid],
) -> kernel::Result<Vec<InstitutionObject>> {
    let Some(staff) = ctx.request()?.principal.staff() else {
        return Ok(Vec::new());
    };
    read(ctx, crate::reader(staff), Some(ids)).await
}

/// The institution as it now is, for a mutation's answer.
async fn answer(
    ctx: &Context<'_>,
    reader: StrategyAccess,
    id: Uuid,
) -> async_graphql::Result<ChildProtectionInstitutionPayload> {
    let found = read(ctx, reader, Some(&[id][..]))
        .await?
        .pop()
        .ok_or_else(|| {
            kernel::Error::internal("an institution of the register vanished after its change")
        })?;
    Ok(ChildProtectionInstitutionPayload::done(found))
}

#[derive(Default)]
pub struct StandardsQuery;

#[Object]
impl StandardsQuery {
    /// Rejestr standardów ochrony małoletnich — the municipality's institutions working with
    /// children and their standards, those whose review is overdue first. Every staff member
    /// of the municipality.
    async fn child_protection_institutions(
        &self,
        ctx: &Context<'_>,
    ) -> async_graphql::Result<Vec<InstitutionObject>> {
        let reader = super::reader(ctx)?;
        Ok(read(ctx, reader, None).await?)
    }
}

/// Instytucja: its name, kind and the person responsible for its standards.
#[derive(InputObject)]
pub struct ChildProtectionInstitutionInput {
    pub name: String,
    pub kind: InstitutionKind,
    pub responsible_person: String,
}

/// Nowa instytucja w rejestrze.
#[derive(InputObject)]
pub struct AddChildProtectionInstitutionInput {
    pub institution: ChildProtectionInstitutionInput,
}

/// Zmiana danych instytucji, at the version read.
#[derive(InputObject)]
pub struct UpdateChildProtectionInstitutionInput {
    pub id: ID,
    pub version: i32,
    pub institution: ChildProtectionInstitutionInput,
}

/// Przyjęcie albo przegląd standardów, at the institution's version: the day (not in the
/// future) and the next review planned (two years on when left out; at most two years on).
#[derive(InputObject)]
pub struct RecordChildProtectionStandardsInput {
    pub institution_id: ID,
    pub version: i32,
    pub event: StandardsEvent,
    pub on: Date,
    pub next_review_on: Option<Date>,
}

fn content(e: &mut Errors, input: &ChildProtectionInstitutionInput) -> Option<InstitutionContent> {
    e.nested(&["institution"], |e| {
        let name = e.field("name", Text::<300>::parse(&input.name));
        let person = e.field(
            "responsiblePerson",
            Text::<200>::parse(&input.responsible_person),
        );
        Some(InstitutionContent {
            name: name?.into_string(),
            kind: input.kind,
            responsible_person: person?.into_string(),
        })
    })
}

impl TryFrom<AddChildProtectionInstitutionInput> for InstitutionContent {
    type Error = Vec<UserError>;

    fn try_from(input: AddChildProtectionInstitutionInput) -> Result<Self, Vec<UserError>> {
        let mut e = Errors::input();
        let parsed = content(&mut e, &input.institution);
        e.finish(|| parsed)
    }
}

/// An institution's correction, parsed.
pub struct InstitutionCorrection {
    id: Uuid,
    version: i32,
    content: InstitutionContent,
}

impl TryFrom<UpdateChildProtectionInstitutionInput> for InstitutionCorrection {
    type Error = Vec<UserError>;

    fn try_from(input: UpdateChildProtectionInstitutionInput) -> Result<Self, Vec<UserError>> {
        let mut e = Errors::input();
        let id = e.field(
            "id",
            GlobalId::decode_as(&input.id, CHILD_PROTECTION_INSTITUTION),
        );
        let parsed = content(&mut e, &input.institution);
        e.finish(|| {
            Some(InstitutionCorrection {
                id: id?,
                version: input.version,
                content: parsed?,
            })
        })
    }
}

impl TryFrom<RecordChildProtectionStandardsInput> for NewReview {
    type Error = Vec<UserError>;

    fn try_from(input: RecordChildProtectionStandardsInput) -> Result<Self, Vec<UserError>> {
        let mut e = Errors::input();
        let id = e.field(
            "institutionId",
            GlobalId::decode_as(&input.institution_id, CHILD_PROTECTION_INSTITUTION),
        );
        e.finish(|| {
            Some(NewReview {
                institution: id?,
                version: input.version,
                event: input.event,
                on: input.on.0,
                next_review_on: input.next_review_on.map(|d| d.0),
            })
        })
    }
}

/// The editor and the parsed input, or the payload refusing it; FORBIDDEN first for anyone
/// but the administrator and the team's chair.
fn editing<I, T>(
    ctx: &Context<'_>,
    input: I,
) -> kernel::Result<Result<(StrategyAccess, T), ChildProtectionInstitutionPayload>>
where
    T: TryFrom<I, Error = Vec<UserError>>,
{
    let reader = super::reader(ctx)?;
    crate::editor_only(reader)?;
    Ok(T::try_from(input)
        .map(|parsed| (reader, parsed))
        .map_err(ChildProtectionInstitutionPayload::refused))
}

macro_rules! parsed {
    ($ctx:expr, $input:expr, $type:ty) => {
        match editing::<_, $type>($ctx, $input)? {
            Ok(parsed) => parsed,
            Err(refused) => return Ok(refused),
        }
    };
}

#[derive(Default)]
pub struct StandardsMutation;

#[Object]
impl StandardsMutation {
    /// Adds an institution working with children to the register, its standards not yet
    /// recorded. The administrator or the team's chair.
    async fn add_child_protection_institution(
        &self,
        ctx: &Context<'_>,
        input: AddChildProtectionInstitutionInput,
    ) -> async_graphql::Result<ChildProtectionInstitutionPayload> {
        let (reader, content) = parsed!(ctx, input, InstitutionContent);
        let tx = ctx.request()?.tenant_tx().await?;
        let id = crate::standards::add_institution(tx, reader, content).await?;
        answer(ctx, reader, id).await
    }

    /// Corrects an institution's name, kind and responsible person at the version read
    /// (CONFLICT otherwise). The administrator or the team's chair.
    async fn update_child_protection_institution(
        &self,
        ctx: &Context<'_>,
        input: UpdateChildProtectionInstitutionInput,
    ) -> async_graphql::Result<ChildProtectionInstitutionPayload> {
        let (reader, change) = parsed!(ctx, input, InstitutionCorrection);
        let tx = ctx.request()?.tenant_tx().await?;
        let id = crate::standards::update_institution(
            tx,
            reader,
            change.id,
            change.version,
            change.content,
        )
        .await?;
        answer(ctx, reader, id).await
    }

    /// Records that an institution adopted its standards (once: `ALREADY_ADOPTED`) or
    /// reviewed them (`NOT_ADOPTED` before the adoption; `BEFORE_LAST`; `IN_FUTURE`), with the
    /// next review (`NEXT_NOT_AFTER`, `REVIEW_TOO_LATE`: at least every two years). At the
    /// institution's version. The administrator or the team's chair.
    async fn record_child_protection_standards(
        &self,
        ctx: &Context<'_>,
        input: RecordChildProtectionStandardsInput,
    ) -> async_graphql::Result<ChildProtectionInstitutionPayload> {
        let (reader, new) = parsed!(ctx, input, NewReview);
        let tx = ctx.request()?.tenant_tx().await?;
        match crate::standards::record_review(tx, reader, new).await? {
            Ok(id) => answer(ctx, reader, id).await,
            Err(errors) => Ok(ChildProtectionInstitutionPayload::refused(errors)),
        }
    }
}
