//! Composition of the services' GraphQL roots, plus what belongs to no service: `viewer`,
//! `node` and `nodes`. The per-request checks (aliases, operation naming) are in `checks`.

use std::collections::HashMap;
use std::sync::Arc;

use async_graphql::{
    Context, Enum, Interface, MergedObject, MergedSubscription, Object, Schema, ID,
};
use audit::graphql::{AuditQuery, AuditSubscription};
use cases::graphql::{CasesMutation, CasesQuery, CasesSubscription};
use directory::graphql::{DirectoryMutation, DirectoryQuery};
use identity::graphql::{
    CoordinatorObject, IdentityMutation, IdentityQuery, OperatorObject, UserObject,
};
use intake::graphql::{IntakeMutation, IntakeQuery, IntakeSubscription};
use kernel::jobs::{PlatformJob, TenantDirectory, TenantJob};
use kernel::pubsub::PubSub;
use kernel::request::ContextExt;
use kernel::{Error, GlobalId, NodeType, Principal, Role};
use stats::graphql::{RegionalQuery, StatsQuery};
use teams::graphql::{TeamMembershipMutation, TeamsMutation, TeamsQuery};
use tenancy::graphql::{Municipality, Region, TenancyMutation, TenancyQuery};
use uuid::Uuid;

use crate::checks::RequestChecks;
use crate::config::{GraphqlConfig, WorkerConfig};

/// Generates, from each service's node sources, the `Node` interface (async-graphql must know
/// its implementors when the schema is built) and the loader `node(id:)` dispatches to. Each
/// entry names the object type too: the derive needs it spelled out, and the loader checks
/// that it is the source's object.
macro_rules! node_sources {
    ($($variant:ident($($object:tt)+) => $source:path),* $(,)?) => {
        /// Obiekt — anything that can be fetched by its global ID.
        #[derive(Interface, Clone)]
        #[graphql(field(name = "id", ty = "ID"))]
        pub enum Node {
            $($variant($($object)+),)*
        }

        const NODE_SOURCES: &[NodeType] =
            &[$(<$source as ::kernel::node::NodeSource>::NODE_TYPE),*];

        /// The objects behind `ids` of one type, with their IDs. Types without a source (parts
        /// of a context reached through their parent, e.g. a card's plan items) find nothing.
        async fn load_type(
            ctx: &Context<'_>,
            node_type: NodeType,
            ids: &[Uuid],
        ) -> kernel::Result<Vec<(Uuid, Node)>> {
            $(
                if node_type == <$source as ::kernel::node::NodeSource>::NODE_TYPE {
                    let mut found = Vec::new();
                    for object in <$source as ::kernel::node::NodeSource>::load(ctx, ids).await? {
                        let id = <$source as ::kernel::node::NodeSource>::id(&object)?;
                        found.push((id, Node::$variant(object)));
                    }
                    return Ok(found);
                }
            )*
            Ok(Vec::new())
        }
    };
}

pub type OstojaSchema = Schema<Query, Mutation, Subscription>;

// The composition: adding a context means adding its roots, its node sources, its node types
// and its jobs here, and nothing else in the gateway.

/// Zapytania — the entry points for reading: the viewer, nodes by ID, and each service's lists.
#[derive(MergedObject, Default)]
pub struct Query(
    GatewayQuery,
    crate::console::ConsoleQuery,
    TenancyQuery,
    IdentityQuery,
    AuditQuery,
    TeamsQuery,
    CasesQuery,
    DirectoryQuery,
    IntakeQuery,
    programmes::graphql::ProgrammesQuery,
    families::graphql::FamiliesQuery,
    strategy::graphql::StrategyQuery,
    strategy::graphql::StandardsQuery,
    strategy::graphql::EventsQuery,
    strategy::graphql::EventsPublicQuery,
    coalitions::graphql::CoalitionsQuery,
    StatsQuery,
    RegionalQuery,
);

/// Zmiany — the entry points for changing data; each takes one `input` and answers a payload
/// with `userErrors`.
#[derive(MergedObject, Default)]
pub struct Mutation(
    TenancyMutation,
    IdentityMutation,
    identity::relink::RelinkMutation,
    TeamsMutation,
    TeamMembershipMutation,
    CasesMutation,
    DirectoryMutation,
    IntakeMutation,
    programmes::graphql::ProgrammesMutation,
    families::graphql::FamiliesMutation,
    strategy::graphql::StrategyMutation,
    strategy::graphql::StandardsMutation,
    strategy::graphql::EventsMutation,
    coalitions::graphql::CoalitionsMutation,
);

/// Subskrypcje — live streams: new audit events and the viewer's deadline notifications (Blue
/// Cards and intake responses).
#[derive(MergedSubscription, Default)]
pub struct Subscription(AuditSubscription, CasesSubscription, IntakeSubscription);

node_sources! {
    Region(tenancy::graphql::Region) => tenancy::plugin::Regions,
    Municipality(tenancy::graphql::Municipality) => tenancy::plugin::Municipalities,
    User(identity::graphql::UserObject) => identity::plugin::Users,
    Coordinator(identity::graphql::CoordinatorObject) => identity::plugin::Coordinators,
    Operator(identity::graphql::OperatorObject) => identity::plugin::Operators,
    AuditEvent(audit::graphql::AuditEventObject) => audit::plugin::Events,
    Team(teams::graphql::TeamObject) => teams::plugin::Teams,
    TeamMember(teams::graphql::TeamMemberObject) => teams::plugin::Members,
    TeamMeeting(teams::graphql::TeamMeetingObject) => teams::plugin::Meetings,
    BlueCard(cases::graphql::BlueCardObject) => cases::plugin::BlueCards,
    HelpPoint(directory::graphql::HelpPointObject) => directory::plugin::HelpPoints,
    IntakeEntry(intake::graphql::IntakeEntryObject) => intake::plugin::IntakeEntries,
    ProgrammeEdition(programmes::graphql::EditionObject) => programmes::plugin::ProgrammeEditions,
    ProgrammeEnrolment(programmes::graphql::EnrolmentObject) => programmes::plugin::ProgrammeEnrolments,
    FamilyFile(families::graphql::FamilyFileObject) => families::plugin::FamilyFiles,
    MunicipalProgramme(strategy::graphql::MunicipalProgrammeObject) => strategy::plugin::MunicipalProgrammes,
    ChildProtectionInstitution(strategy::graphql::InstitutionObject) => strategy::plugin::ChildProtectionInstitutions,
    Coalition(coalitions::graphql::CoalitionObject) => coalitions::plugin::Coalitions,
}

/// Every node type the services declare, fetchable on its own or not.
fn node_types() -> Vec<NodeType> {
    [
        tenancy::plugin::NODE_TYPES,
        identity::plugin::NODE_TYPES,
        audit::plugin::NODE_TYPES,
        teams::plugin::NODE_TYPES,
        cases::plugin::NODE_TYPES,
        directory::plugin::NODE_TYPES,
        intake::plugin::NODE_TYPES,
        programmes::plugin::NODE_TYPES,
        families::plugin::NODE_TYPES,
        strategy::plugin::NODE_TYPES,
        coalitions::plugin::NODE_TYPES,
    ]
    .concat()
}

/// The root fields that read or write case data, from every service that has some.
fn case_data_fields() -> Vec<&'static str> {
    [
        cases::plugin::CASE_DATA_FIELDS,
        intake::plugin::CASE_DATA_FIELDS,
        teams::plugin::CASE_DATA_FIELDS,
        programmes::plugin::CASE_DATA_FIELDS,
        families::plugin::CASE_DATA_FIELDS,
    ]
    .concat()
}

/// The scheduled jobs, run by `ostoja worker` (or inside `serve` with `worker.in_process`).
pub fn jobs(
    config: &WorkerConfig,
    pubsub: PubSub,
    master: kernel::crypto::MasterKey,
) -> Vec<Arc<dyn TenantJob>> {
    vec![
        Arc::new(audit::plugin::Retention),
        Arc::new(teams::plugin::SealAgendas {
            master: master.clone(),
        }),
        Arc::new(cases::plugin::NumberAndIndex {
            master: master.clone(),
        }),
        Arc::new(cases::plugin::Retention { master }),
        Arc::new(cases::plugin::DeadlineNotifications {
            pubsub: pubsub.clone(),
            lead_working_days: config.deadline_lead_working_days,
        }),
        Arc::new(intake::plugin::ResponseNotifications {
            pubsub,
            lead_working_days: config.deadline_lead_working_days,
        }),
        Arc::new(programmes::plugin::CloseEndedWaitingLists),
    ]
}

/// Scheduled work across municipalities: the regional statistics releases, and the hand-overs
/// of procedures whose move is still to be done.
pub fn platform_jobs(
    pubsub: PubSub,
    master: kernel::crypto::MasterKey,
) -> Vec<Arc<dyn PlatformJob>> {
    vec![
        Arc::new(stats::schedule::ScheduledReleases {
            sources: indicator_sources(),
        }),
        Arc::new(cases::plugin::Transfers {
            master,
            directory: tenant_directory(),
            audit: Arc::new(audit::Recorder::new(pubsub)),
        }),
    ]
}

/// The indicators every service declares, for the statistics service (which knows none of
/// their tables).
pub fn indicator_sources() -> stats::local::Sources {
    stats::local::Sources(vec![
        Arc::new(cases::plugin::BlueCardStatistics),
        Arc::new(teams::plugin::TeamStatistics),
        Arc::new(intake::plugin::IntakeStatistics),
        Arc::new(programmes::plugin::ProgrammeStatistics),
        Arc::new(families::plugin::FamilyStatistics),
        Arc::new(directory::plugin::DirectoryStatistics),
        Arc::new(strategy::plugin::StrategyStatistics),
    ])
}

/// Every column a service seals with the municipality's data key.
pub fn sealed_columns() -> Vec<kernel::sealed::SealedColumn> {
    [
        cases::plugin::SEALED,
        teams::plugin::SEALED,
        intake::plugin::SEALED,
        programmes::plugin::SEALED,
        families::plugin::SEALED,
    ]
    .concat()
}

/// Who lists the municipalities the jobs walk.
pub fn tenant_directory() -> Arc<dyn TenantDirectory> {
    Arc::new(tenancy::plugin::Directory)
}

/// Registers the services' node types with the kernel, which refuses a name declared twice;
/// every node source must be for a declared type. Called at start-up, before any ID is decoded.
pub fn register_services() -> kernel::Result<()> {
    let types = node_types();
    kernel::node::register(&types)?;
    kernel::node::register_case_data_fields(&case_data_fields())?;
    indicator_sources().check()?;
    for (i, t) in NODE_SOURCES.iter().enumerate() {
        if !types.contains(t) {
            return Err(Error::internal(format!(
                "a node source answers for {}, which no service declares",
                t.as_str()
            )));
        }
        if NODE_SOURCES[..i].contains(t) {
            return Err(Error::internal(format!(
                "two node sources answer for {}",
                t.as_str()
            )));
        }
    }
    Ok(())
}

/// The node types `node(id:)` can answer for.
pub fn fetchable_node_types() -> &'static [NodeType] {
    NODE_SOURCES
}

/// The server's schema, with what the identity resolvers need to configure providers.
pub fn build_with(
    config: &GraphqlConfig,
    introspection: bool,
    oidc: Arc<identity::oidc::Oidc>,
    master_key: kernel::crypto::MasterKey,
    public: &PublicCaches,
) -> OstojaSchema {
    builder(config, introspection, public)
        .data(oidc)
        .data(master_key)
        .finish()
}

/// What anyone may read without a credential, cached per process: the help directory and the
/// municipalities' public events calendars.
#[derive(Clone)]
pub struct PublicCaches {
    pub directory: Arc<directory::graphql::PublicDirectory>,
    pub calendar: Arc<strategy::calendar::PublicCalendar>,
}

impl PublicCaches {
    pub fn new(fixed_now: Option<chrono::DateTime<chrono::Utc>>) -> PublicCaches {
        PublicCaches {
            directory: directory::graphql::public_directory(fixed_now),
            calendar: Arc::default(),
        }
    }

    /// Each cache, for `kernel::public_cache::follow`.
    pub fn followed(&self) -> Vec<Arc<dyn kernel::public_cache::Followed>> {
        vec![self.directory.followed(), self.calendar.followed()]
    }
}

/// Whether a root field is one anyone may ask without a credential, answered the same for
/// everyone (HTTP caches may keep an answer made of these alone).
pub fn is_public_root_field(field: &str) -> bool {
    directory::graphql::PUBLIC_ROOT_FIELDS.contains(&field)
        || strategy::graphql::PUBLIC_ROOT_FIELDS.contains(&field)
}

fn builder(
    config: &GraphqlConfig,
    introspection: bool,
    public: &PublicCaches,
) -> async_graphql::SchemaBuilder<Query, Mutation, Subscription> {
    let mut builder = Schema::build(
        Query::default(),
        Mutation::default(),
        Subscription::default(),
    )
    .limit_depth(config.max_depth)
    .limit_complexity(config.max_complexity)
    .limit_recursive_depth(64)
    .limit_directives(10)
    .extension(RequestChecks {
        max_aliases: config.max_aliases,
    })
    // The public directory's and calendars' caches: one each per process.
    .data(public.directory.clone())
    .data(public.calendar.clone())
    // What other contexts do when a team membership ends.
    .data(teams::TeamHooks(vec![Arc::new(
        cases::plugin::GroupsFollowTeam,
    )]))
    .data(indicator_sources())
    // What each register holds about a person, for the officer's access export.
    .data(kernel::subject::SubjectSources(vec![
        Arc::new(cases::subject::CaseRecords),
        Arc::new(intake::subject::IntakeRecords),
        Arc::new(families::subject::FamilyRecords),
        Arc::new(programmes::subject::ParticipantRecords),
    ]));
    if !introspection {
        builder = builder.disable_introspection();
    }
    builder
}

/// The SDL committed as `graphql/schema.graphql`.
pub fn sdl() -> String {
    builder(&GraphqlConfig::default(), true, &PublicCaches::new(None))
        .finish()
        .sdl()
}

const MAX_NODES: usize = 100;

#[derive(Default)]
pub struct GatewayQuery;

#[Object]
impl GatewayQuery {
    /// Who is asking: a municipality's staff member, a coordinator, an operator, or anonymous.
    async fn viewer(&self) -> Viewer {
        Viewer
    }

    /// Any object by its global ID; null when it does not exist or the viewer may not see it.
    async fn node(&self, ctx: &Context<'_>, id: ID) -> async_graphql::Result<Option<Node>> {
        let gid = GlobalId::decode(&id)?;
        Ok(load_nodes(ctx, &[gid]).await?.pop().flatten())
    }

    /// Objects by global ID, in the order asked; null for each that does not exist or that the
    /// viewer may not see. At most 100.
    #[graphql(complexity = "ids.len().max(1) * child_complexity")]
    async fn nodes(
        &self,
        ctx: &Context<'_>,
        ids: Vec<ID>,
    ) -> async_graphql::Result<Vec<Option<Node>>> {
        if ids.len() > MAX_NODES {
            return Err(Error::BadUserInput(format!("at most {MAX_NODES} ids")).into());
        }
        let gids = ids
            .iter()
            .map(|id| GlobalId::decode(id))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(load_nodes(ctx, &gids).await?)
    }
}

/// One query per node type, whatever the number of IDs.
async fn load_nodes(ctx: &Context<'_>, gids: &[GlobalId]) -> kernel::Result<Vec<Option<Node>>> {
    let mut found: HashMap<GlobalId, Node> = HashMap::new();
    let mut types: Vec<NodeType> = Vec::new();
    for g in gids {
        if !types.contains(&g.node_type) {
            types.push(g.node_type);
        }
    }
    for t in types {
        let mut ids: Vec<Uuid> = gids
            .iter()
            .filter(|g| g.node_type == t)
            .map(|g| g.id)
            .collect();
        ids.sort_unstable();
        ids.dedup();
        for (id, node) in load_type(ctx, t, &ids).await? {
            found.insert(GlobalId::new(t, id), node);
        }
    }
    let req = ctx.request()?;
    if req.principal.staff().is_some() && gids.iter().any(|g| !found.contains_key(g)) {
        // Asking for what one may not see is recorded in the trail (the municipality's staff:
        // others have no tenant transaction to record it in).
        let tx = req.tenant_tx().await?;
        for g in gids.iter().filter(|g| !found.contains_key(g)) {
            tx.deny(g.encode());
        }
    }
    Ok(gids.iter().map(|g| found.get(g).cloned()).collect())
}

/// Rodzaj zalogowanego — who the viewer is: anonymous, a municipality's staff member, a
/// regional coordinator or a platform operator.
#[derive(Enum, Copy, Clone, PartialEq, Eq)]
pub enum ViewerKind {
    Anonymous,
    /// Pracownik gminy.
    Staff,
    /// Koordynator regionalny.
    Coordinator,
    /// Operator platformy.
    Operator,
}

pub struct Viewer;

fn principal<'a>(ctx: &'a Context<'_>) -> kernel::Result<&'a Principal> {
    Ok(&ctx.request()?.principal)
}

/// Zalogowany — the principal making the request.
#[Object]
impl Viewer {
    async fn kind(&self, ctx: &Context<'_>) -> async_graphql::Result<ViewerKind> {
        Ok(match principal(ctx)? {
            Principal::Anonymous => ViewerKind::Anonymous,
            Principal::Staff(_) => ViewerKind::Staff,
            Principal::Coordinator(_) => ViewerKind::Coordinator,
            Principal::Operator(_) => ViewerKind::Operator,
        })
    }

    async fn login(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<String>> {
        Ok(match principal(ctx)? {
            Principal::Anonymous => None,
            Principal::Staff(s) => Some(s.login.clone()),
            Principal::Coordinator(c) => Some(c.login.clone()),
            Principal::Operator(o) => Some(o.login.clone()),
        })
    }

    async fn display_name(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<String>> {
        Ok(match principal(ctx)? {
            Principal::Anonymous => None,
            Principal::Staff(s) => Some(s.display_name.clone()),
            Principal::Coordinator(c) => Some(c.display_name.clone()),
            Principal::Operator(o) => Some(o.display_name.clone()),
        })
    }

    async fn roles(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<Role>> {
        Ok(match principal(ctx)? {
            Principal::Anonymous => Vec::new(),
            Principal::Staff(s) => s.roles.iter().copied().collect(),
            Principal::Coordinator(_) => vec![Role::RegionalCoordinator],
            Principal::Operator(_) => vec![Role::Operator],
        })
    }

    /// The staff member's own record.
    async fn user(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<UserObject>> {
        let Some(staff) = principal(ctx)?.staff() else {
            return Ok(None);
        };
        Ok(identity::graphql::load_users(ctx, &[staff.user])
            .await?
            .pop())
    }

    /// The staff member's municipality.
    async fn municipality(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Municipality>> {
        let Some(staff) = principal(ctx)?.staff() else {
            return Ok(None);
        };
        Ok(tenancy::graphql::load_municipalities(ctx, &[staff.tenant])
            .await?
            .pop())
    }

    /// The coordinator's own record.
    async fn coordinator(
        &self,
        ctx: &Context<'_>,
    ) -> async_graphql::Result<Option<CoordinatorObject>> {
        let Some(c) = principal(ctx)?.coordinator() else {
            return Ok(None);
        };
        Ok(identity::graphql::load_coordinators(ctx, &[c.coordinator])
            .await?
            .pop())
    }

    /// The operator's own record.
    async fn operator(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<OperatorObject>> {
        let Principal::Operator(o) = principal(ctx)? else {
            return Ok(None);
        };
        Ok(identity::graphql::load_operators(ctx, &[o.operator])
            .await?
            .pop())
    }

    /// The region of the staff member's municipality, or the coordinator's region.
    async fn region(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Region>> {
        let region = match principal(ctx)? {
            Principal::Staff(s) => s.region,
            Principal::Coordinator(c) => c.region,
            _ => return Ok(None),
        };
        Ok(tenancy::graphql::load_regions(ctx, &[region]).await?.pop())
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_composition_registers() {
        super::register_services().unwrap();
        let registered = kernel::node::registered();
        assert!(super::fetchable_node_types()
            .iter()
            .all(|t| registered.contains(t)));
        // Case data stays case data wherever it is declared.
        assert!(registered
            .iter()
            .filter(|t| t.is_case_data())
            .any(|t| t.as_str() == "BlueCard"));
    }

    /// Root fields of the services that keep case data, but those that read only rules or
    /// counts: a new one must be declared case data (or added here with a reason).
    #[test]
    fn every_root_field_of_case_data_is_declared() {
        use async_graphql::Schema;
        let not_case_data = [
            "blueCardDeadlineRules", // the municipality's rules, no case
            "setDeadlineRule",
            "caseRetention", // the municipality's retention, no case
            "setCaseRetention",
            "intakeCounts", // counts by kind and channel, no entry
            "intakeResponseRule",
            "setIntakeResponseRule",
            // The administrator's catalogue: programmes and editions, no participant.
            "createProgramme",
            "createProgrammeEdition",
            "setProgrammeEditionStaff",
        ];
        let sdls = [
            Schema::build(
                cases::graphql::CasesQuery::default(),
                cases::graphql::CasesMutation::default(),
                cases::graphql::CasesSubscription,
            )
            .finish()
            .sdl(),
            Schema::build(
                intake::graphql::IntakeQuery,
                intake::graphql::IntakeMutation,
                intake::graphql::IntakeSubscription,
            )
            .finish()
            .sdl(),
            Schema::build(
                programmes::graphql::ProgrammesQuery::default(),
                programmes::graphql::ProgrammesMutation::default(),
                async_graphql::EmptySubscription,
            )
            .finish()
            .sdl(),
            Schema::build(
                families::graphql::FamiliesQuery,
                families::graphql::FamiliesMutation,
                async_graphql::EmptySubscription,
            )
            .finish()
            .sdl(),
        ];
        let declared = super::case_data_fields();
        let mut checked = 0;
        for sdl in sdls {
            let mut root = None;
            // Inside a description: its lines are prose, never fields.
            let mut described = false;
            for line in sdl.lines() {
                if line.trim() == "\"\"\"" {
                    described = !described;
                    continue;
                }
                if described {
                    continue;
                }
                if let Some(rest) = line.strip_prefix("type ") {
                    let name = rest.split_whitespace().next().unwrap_or_default();
                    root = [
                        "CasesQuery",
                        "CasesMutation",
                        "CasesSubscription",
                        "IntakeQuery",
                        "IntakeMutation",
                        "IntakeSubscription",
                        "ProgrammesQuery",
                        "ProgrammesMutation",
                        "FamiliesQuery",
                        "FamiliesMutation",
                    ]
                    .contains(&name)
                    .then_some(name);
                } else if line.starts_with('}') {
                    root = None;
                } else if let (Some(_), Some(field)) = (root, line.strip_prefix('\t')) {
                    let name: String = field.chars().take_while(|c| c.is_alphanumeric()).collect();
                    let is_field = matches!(field[name.len()..].chars().next(), Some('(' | ':'));
                    if is_field && !not_case_data.contains(&name.as_str()) {
                        assert!(
                            declared.contains(&name.as_str()),
                            "{name} is not declared case data"
                        );
                        checked += 1;
                    }
                }
            }
        }
        let of_these = cases::plugin::CASE_DATA_FIELDS.len()
            + intake::plugin::CASE_DATA_FIELDS.len()
            + programmes::plugin::CASE_DATA_FIELDS.len()
            + families::plugin::CASE_DATA_FIELDS.len();
        assert_eq!(checked, of_these, "every declared field exists");
    }
}
