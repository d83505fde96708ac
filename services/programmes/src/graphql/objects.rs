//! GraphQL objects of programmes. Programmes and editions are read from a [`Catalogue`]
//! loaded once per answer (a constant number of statements however many there are); an
//! `EnrolmentObject` is made only from a [`VisibleEnrolment`].

use std::collections::BTreeMap;
use std::sync::Arc;

use async_graphql::{Context, Object, SimpleObject, ID};
use chrono::{DateTime, Utc};
use kernel::date::Date;
use kernel::{Error, GlobalId, NodeType, TenantTx};
use tokio::sync::OnceCell;
use uuid::Uuid;

use super::scope::scope;
use crate::domain::{
    DropOutReason, EnrolmentBasis, EnrolmentStatus, EnrolmentStep, Presence, ProgrammeType,
    SessionKind,
};
use crate::ids::{PROGRAMME, PROGRAMME_EDITION, PROGRAMME_ENROLMENT, PROGRAMME_SESSION};
use crate::{
    Attended, Edition, EditionCounts, EditionStaff, Programme, ProgrammeAccess, Session,
    VisibleEnrolment,
};

fn gid(node_type: NodeType, id: Uuid) -> ID {
    ID(GlobalId::new(node_type, id).encode())
}

/// Programmes and editions as one answer needs them, with their staff, counts, the staff's
/// names and the editions the reader runs.
pub struct Catalogue {
    programmes: Vec<Programme>,
    editions: Vec<Edition>,
    staff: Vec<EditionStaff>,
    names: BTreeMap<Uuid, String>,
    counts: BTreeMap<Uuid, EditionCounts>,
    run: Vec<Uuid>,
    /// The other municipalities each programme is run for: (programme, municipality).
    served: Vec<(Uuid, Uuid)>,
    /// The served municipalities' names, read once for every programme here when first asked.
    served_names: OnceCell<Vec<(Uuid, String)>>,
    /// The participants of every edition here the reader runs, read once when first asked for.
    people: OnceCell<Vec<EnrolmentObject>>,
    /// Likewise their sessions.
    sessions: OnceCell<Vec<Arc<Session>>>,
}

impl Catalogue {
    /// Every programme with its editions (`edition_ids` empty), or only the editions named and
    /// their programmes.
    pub(crate) async fn load(
        tx: &TenantTx,
        reader: ProgrammeAccess,
        edition_ids: &[Uuid],
    ) -> kernel::Result<Arc<Self>> {
        if edition_ids.is_empty() {
            let programmes = crate::list_programmes(tx).await?;
            let ids: Vec<Uuid> = programmes.iter().map(|p| p.id).collect();
            let editions = crate::editions(tx, &ids, &[]).await?;
            Self::with(tx, reader, programmes, editions).await
        } else {
            let editions = crate::editions(tx, &[], edition_ids).await?;
            let of: Vec<Uuid> = editions.iter().map(|e| e.programme_id).collect();
            Self::with(
                tx,
                reader,
                crate::programmes_among(tx, &of).await?,
                editions,
            )
            .await
        }
    }

    /// One programme with its editions.
    pub(crate) async fn of_programme(
        tx: &TenantTx,
        reader: ProgrammeAccess,
        id: Uuid,
    ) -> kernel::Result<Arc<Self>> {
        let programmes = crate::programmes_among(tx, &[id]).await?;
        let editions = crate::editions(tx, &[id], &[]).await?;
        Self::with(tx, reader, programmes, editions).await
    }

    async fn with(
        tx: &TenantTx,
        reader: ProgrammeAccess,
        programmes: Vec<Programme>,
        editions: Vec<Edition>,
    ) -> kernel::Result<Arc<Self>> {
        let ids: Vec<Uuid> = editions.iter().map(|e| e.id).collect();
        let staff = crate::staff_of(tx, &ids).await?;
        let users: Vec<Uuid> = staff.iter().map(|s| s.user_id).collect();
        let names = identity::find_users(tx, &users)
            .await?
            .into_iter()
            .map(|u| (u.id, u.display_name))
            .collect();
        let counts = crate::counts_of(tx, &ids).await?;
        let run = crate::editions_run(tx, reader, &ids).await?;
        let of: Vec<Uuid> = programmes.iter().map(|p| p.id).collect();
        let served = crate::served_of(tx, &of).await?;
        Ok(Arc::new(Catalogue {
            programmes,
            editions,
            staff,
            people: OnceCell::new(),
            sessions: OnceCell::new(),
            names,
            counts,
            run,
            served,
            served_names: OnceCell::new(),
        }))
    }

    async fn people(&self, ctx: &Context<'_>) -> kernel::Result<&[EnrolmentObject]> {
        let found = self
            .people
            .get_or_try_init(|| async {
                let s = scope(ctx).await?;
                let tx = s.tx().await?;
                let found = crate::enrolments_of(tx, s.reader, &s.key, &self.run).await?;
                EnrolmentObject::with_attendance(tx, found).await
            })
            .await?;
        Ok(found)
    }

    async fn held(&self, ctx: &Context<'_>) -> kernel::Result<&[Arc<Session>]> {
        let found = self
            .sessions
            .get_or_try_init(|| async {
                let s = scope(ctx).await?;
                let found = crate::sessions_of(s.tx().await?, s.reader, &self.run).await?;
                Ok::<_, kernel::Error>(found.into_iter().map(Arc::new).collect())
            })
            .await?;
        Ok(found)
    }

    pub(crate) fn programmes(self: &Arc<Self>) -> Vec<ProgrammeObject> {
        (0..self.programmes.len())
            .map(|i| ProgrammeObject {
                catalogue: self.clone(),
                index: i,
            })
            .collect()
    }

    pub(crate) fn editions(self: &Arc<Self>) -> Vec<EditionObject> {
        (0..self.editions.len())
            .map(|i| EditionObject {
                catalogue: self.clone(),
                index: i,
            })
            .collect()
    }
}

/// Program.
pub struct ProgrammeObject {
    catalogue: Arc<Catalogue>,
    index: usize,
}

impl ProgrammeObject {
    fn p(&self) -> &Programme {
        &self.catalogue.programmes[self.index]
    }

    pub fn uuid(&self) -> Uuid {
        self.p().id
    }
}

/// Program — what is offered, by whom, and when a participant has completed it.
#[Object(name = "Programme")]
impl ProgrammeObject {
    pub async fn id(&self) -> ID {
        gid(PROGRAMME, self.p().id)
    }
    #[graphql(name = "type")]
    pub async fn programme_type(&self) -> ProgrammeType {
        self.p().programme_type
    }
    pub async fn name(&self) -> &str {
        &self.p().name
    }
    /// The institution that runs it.
    pub async fn provider(&self) -> &str {
        &self.p().provider
    }
    /// The other municipalities of the region it is run for (a county's programme), by name.
    pub async fn served_municipalities(
        &self,
        ctx: &Context<'_>,
    ) -> async_graphql::Result<Vec<String>> {
        let id = self.p().id;
        let catalogue = &self.catalogue;
        let names = catalogue
            .served_names
            .get_or_try_init(|| async {
                let all: Vec<Uuid> = catalogue.served.iter().map(|(_, m)| *m).collect();
                super::scope::municipality_names(ctx, &all).await
            })
            .await?;
        Ok(catalogue
            .served
            .iter()
            .filter(|(p, _)| *p == id)
            .filter_map(|(_, m)| {
                names
                    .iter()
                    .find(|(n, _)| n == m)
                    .map(|(_, name)| name.clone())
            })
            .collect())
    }
    /// The help point of the directory where it is run.
    pub async fn help_point_id(&self) -> Option<ID> {
        self.p()
            .help_point_id
            .map(|id| gid(directory::graphql::HELP_POINT, id))
    }
    pub async fn description(&self) -> Option<&str> {
        self.p().description.as_deref()
    }
    /// Sessions attended (present) that complete it, if it counts sessions.
    pub async fn required_sessions(&self) -> Option<i32> {
        self.p().required_sessions
    }
    /// Hours attended (present) that complete it, if it counts hours.
    pub async fn required_hours(&self) -> Option<i32> {
        self.p().required_hours
    }
    /// Its editions, the latest start first.
    pub async fn editions(&self) -> Vec<EditionObject> {
        let id = self.p().id;
        (0..self.catalogue.editions.len())
            .filter(|i| self.catalogue.editions[*i].programme_id == id)
            .map(|i| EditionObject {
                catalogue: self.catalogue.clone(),
                index: i,
            })
            .collect()
    }
    pub async fn created_at(&self) -> DateTime<Utc> {
        self.p().created_at
    }
    pub async fn version(&self) -> i32 {
        self.p().version
    }
}

/// Osoba prowadząca — someone running an edition, with their qualifications.
#[derive(SimpleObject)]
#[graphql(name = "ProgrammeStaffMember")]
pub struct StaffObject {
    pub user_id: ID,
    pub display_name: String,
    pub qualifications: String,
}

/// Uczestnicy edycji według stanu — counts anyone who sees the edition may read.
#[derive(SimpleObject)]
#[graphql(name = "ProgrammeEditionCounts")]
pub struct CountsObject {
    /// Holding a place now.
    pub enrolled: i64,
    /// On the waiting list.
    pub waiting: i64,
    /// Completed the programme.
    pub completed: i64,
    /// Dropped out (a person dropped from the waiting list too).
    pub dropped_out: i64,
    /// Still waiting when the edition ended: never admitted.
    pub not_admitted: i64,
    /// Places left.
    pub free_places: i64,
}

/// Edycja programu.
#[derive(Clone)]
pub struct EditionObject {
    catalogue: Arc<Catalogue>,
    index: usize,
}

impl EditionObject {
    fn e(&self) -> &Edition {
        &self.catalogue.editions[self.index]
    }

    pub fn uuid(&self) -> Uuid {
        self.e().id
    }

    fn runs(&self) -> async_graphql::Result<()> {
        if self.catalogue.run.contains(&self.e().id) {
            Ok(())
        } else {
            Err(Error::Forbidden(
                "only the people running the edition read its participants and sessions".to_owned(),
            )
            .into())
        }
    }
}

/// Edycja programu — one run of a programme: dates, place, places and the people running it.
#[Object(name = "ProgrammeEdition")]
impl EditionObject {
    pub async fn id(&self) -> ID {
        gid(PROGRAMME_EDITION, self.e().id)
    }
    pub async fn programme(&self) -> Option<ProgrammeObject> {
        let id = self.e().programme_id;
        self.catalogue
            .programmes
            .iter()
            .position(|p| p.id == id)
            .map(|index| ProgrammeObject {
                catalogue: self.catalogue.clone(),
                index,
            })
    }
    pub async fn starts_on(&self) -> Date {
        Date(self.e().starts_on)
    }
    pub async fn ends_on(&self) -> Date {
        Date(self.e().ends_on)
    }
    pub async fn place(&self) -> &str {
        &self.e().place
    }
    pub async fn capacity(&self) -> i32 {
        self.e().capacity
    }
    /// The people running it, with their qualifications.
    pub async fn staff(&self) -> Vec<StaffObject> {
        let id = self.e().id;
        self.catalogue
            .staff
            .iter()
            .filter(|s| s.edition_id == id)
            .map(|s| StaffObject {
                user_id: gid(NodeType::User, s.user_id),
                display_name: self
                    .catalogue
                    .names
                    .get(&s.user_id)
                    .cloned()
                    .unwrap_or_default(),
                qualifications: s.qualifications.clone(),
            })
            .collect()
    }
    pub async fn counts(&self) -> CountsObject {
        let c = self
            .catalogue
            .counts
            .get(&self.e().id)
            .copied()
            .unwrap_or_default();
        CountsObject {
            enrolled: c.enrolled,
            waiting: c.waiting,
            completed: c.completed,
            dropped_out: c.dropped_out,
            not_admitted: c.not_admitted,
            free_places: (i64::from(self.e().capacity) - c.enrolled).max(0),
        }
    }
    /// Whether the viewer runs it (and so reads its participants and sessions).
    pub async fn viewer_runs_it(&self) -> bool {
        self.catalogue.run.contains(&self.e().id)
    }
    /// Its participants and waiting list, in the order they were enrolled. The people running
    /// it only (null with FORBIDDEN for anyone else). Every edition of one answer is read in
    /// the same statements.
    pub async fn enrolments(
        &self,
        ctx: &Context<'_>,
    ) -> async_graphql::Result<Option<Vec<EnrolmentObject>>> {
        self.runs()?;
        let id = self.e().id;
        let all = self.catalogue.people(ctx).await?;
        Ok(Some(
            all.iter()
                .filter(|e| e.enrolment.edition_id == id)
                .cloned()
                .collect(),
        ))
    }
    /// Its sessions, the latest first. The people running it only (null with FORBIDDEN for
    /// anyone else).
    pub async fn sessions(
        &self,
        ctx: &Context<'_>,
    ) -> async_graphql::Result<Option<Vec<SessionObject>>> {
        self.runs()?;
        let id = self.e().id;
        let all = self.catalogue.held(ctx).await?;
        Ok(Some(
            all.iter()
                .filter(|s| s.edition_id == id)
                .cloned()
                .map(SessionObject)
                .collect(),
        ))
    }
    pub async fn version(&self) -> i32 {
        self.e().version
    }
}

/// Uczestnik — who the person is.
#[derive(SimpleObject)]
#[graphql(name = "ProgrammeParticipant")]
pub struct ParticipantObject {
    pub first_name: String,
    pub last_name: String,
    pub date_of_birth: Option<Date>,
    pub phone: Option<String>,
}

/// Obecności uczestnika — the sessions a participant attended (present) and their minutes.
#[derive(SimpleObject)]
#[graphql(name = "ProgrammeAttended")]
pub struct AttendedObject {
    pub sessions: i64,
    pub minutes: i64,
}

/// Udział osoby w edycji programu.
#[derive(Clone)]
pub struct EnrolmentObject {
    enrolment: Arc<VisibleEnrolment>,
    attended: Attended,
}

impl EnrolmentObject {
    pub(crate) async fn with_attendance(
        tx: &TenantTx,
        found: Vec<VisibleEnrolment>,
    ) -> kernel::Result<Vec<Self>> {
        let ids: Vec<Uuid> = found.iter().map(|e| e.id).collect();
        let attended = crate::sessions::attended(tx, &ids).await?;
        Ok(found
            .into_iter()
            .map(|e| EnrolmentObject {
                attended: attended.get(&e.id).copied().unwrap_or_default(),
                enrolment: Arc::new(e),
            })
            .collect())
    }

    pub fn uuid(&self) -> Uuid {
        self.enrolment.id
    }
}

/// Udział osoby w edycji programu — read only by the people running the edition.
#[Object(name = "ProgrammeEnrolment")]
impl EnrolmentObject {
    /// The documents the enrolment has now (fetch each through its own field).
    pub async fn available_documents(&self) -> Vec<crate::Paper> {
        crate::Paper::available(&*self.enrolment)
    }

    /// Zaświadczenie o ukończeniu programu, as PDF; null until the participant completes it.
    pub async fn certificate(
        &self,
        ctx: &Context<'_>,
    ) -> async_graphql::Result<Option<documents::DocumentFile>> {
        Ok(super::scope::paper_of(ctx, &*self.enrolment, crate::Paper::Certificate).await?)
    }

    /// The notice to the interdisciplinary team's diagnostic group that the person, enrolled
    /// from a card's referral, completed the programme or stopped taking part, as PDF; null
    /// until then, and for anyone not enrolled from a card.
    pub async fn notice(
        &self,
        ctx: &Context<'_>,
    ) -> async_graphql::Result<Option<documents::DocumentFile>> {
        Ok(super::scope::paper_of(ctx, &*self.enrolment, crate::Paper::Notice).await?)
    }

    pub async fn id(&self) -> ID {
        gid(PROGRAMME_ENROLMENT, self.enrolment.id)
    }
    pub async fn edition_id(&self) -> ID {
        gid(PROGRAMME_EDITION, self.enrolment.edition_id)
    }
    pub async fn basis(&self) -> EnrolmentBasis {
        self.enrolment.basis
    }
    pub async fn status(&self) -> EnrolmentStatus {
        self.enrolment.status
    }
    /// Dozwolone kroki — the steps the enrolment's status allows now (the web application
    /// offers these, never its own idea of them).
    pub async fn allowed_steps(&self) -> Vec<EnrolmentStep> {
        EnrolmentStep::allowed(self.enrolment.status)
    }
    pub async fn participant(&self) -> ParticipantObject {
        let p = &self.enrolment.participant;
        ParticipantObject {
            first_name: p.first_name.clone(),
            last_name: p.last_name.clone(),
            date_of_birth: p.date_of_birth.map(Date),
            phone: p.phone.clone(),
        }
    }
    pub async fn consent_on(&self) -> Option<Date> {
        self.enrolment.consent_on.map(Date)
    }
    pub async fn enrolled_at(&self) -> DateTime<Utc> {
        self.enrolment.enrolled_at
    }
    /// The day it was completed or dropped out.
    pub async fn finished_on(&self) -> Option<Date> {
        self.enrolment.finished_on.map(Date)
    }
    pub async fn drop_out_reason(&self) -> Option<DropOutReason> {
        self.enrolment.drop_out_reason
    }
    pub async fn attended(&self) -> AttendedObject {
        AttendedObject {
            sessions: self.attended.sessions,
            minutes: self.attended.minutes,
        }
    }
    pub async fn version(&self) -> i32 {
        self.enrolment.version
    }
}

/// Obecność — one participant's attendance of a session.
#[derive(SimpleObject)]
#[graphql(name = "ProgrammeAttendance")]
pub struct AttendanceObject {
    pub enrolment_id: ID,
    pub presence: Presence,
}

/// Zajęcia.
pub struct SessionObject(pub(crate) Arc<Session>);

/// Zajęcia — a session held, with each participant's attendance.
#[Object(name = "ProgrammeSession")]
impl SessionObject {
    pub async fn id(&self) -> ID {
        gid(PROGRAMME_SESSION, self.0.id)
    }
    pub async fn held_on(&self) -> Date {
        Date(self.0.held_on)
    }
    pub async fn minutes(&self) -> i32 {
        self.0.minutes
    }
    pub async fn kind(&self) -> SessionKind {
        self.0.kind
    }
    pub async fn attendance(&self) -> Vec<AttendanceObject> {
        self.0
            .attendance
            .iter()
            .map(|(e, p)| AttendanceObject {
                enrolment_id: gid(PROGRAMME_ENROLMENT, *e),
                presence: *p,
            })
            .collect()
    }
}
