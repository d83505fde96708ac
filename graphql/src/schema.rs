//! Composition of the services' GraphQL roots, plus what belongs to no service: `viewer`,
//! `node` and `nodes`, and the request checks (aliases, operation naming).

use std::collections::HashMap;
use std::sync::Arc;

use async_graphql::extensions::{
    Extension, ExtensionContext, ExtensionFactory, NextParseQuery, NextPrepareRequest, NextResolve,
    NextSubscribe, ResolveInfo,
};
use async_graphql::parser::types::{
    DocumentOperations, ExecutableDocument, OperationDefinition, OperationType, Selection,
    SelectionSet,
};
use async_graphql::{
    Context, Enum, Interface, MergedObject, MergedSubscription, Object, Request, Response, Schema,
    ServerError, ServerResult, Variables, ID,
};
use audit::graphql::{AuditQuery, AuditSubscription};
use cases::graphql::{CasesMutation, CasesQuery, CasesSubscription};
use futures::stream::BoxStream;
use futures::StreamExt;
use identity::graphql::{
    CoordinatorObject, IdentityMutation, IdentityQuery, OperatorObject, UserObject,
};
use kernel::jobs::{TenantDirectory, TenantJob};
use kernel::log::untrusted;
use kernel::pubsub::PubSub;
use kernel::request::{ContextExt, RequestContext};
use kernel::{Error, ErrorCode, GlobalId, NodeType, Principal, Role};
use teams::graphql::{TeamsMutation, TeamsQuery};
use tenancy::graphql::{Municipality, Region, TenancyMutation, TenancyQuery};
use uuid::Uuid;

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
    TenancyQuery,
    IdentityQuery,
    AuditQuery,
    TeamsQuery,
    CasesQuery,
);

/// Zmiany — the entry points for changing data; each takes one `input` and answers a payload
/// with `userErrors`.
#[derive(MergedObject, Default)]
pub struct Mutation(
    TenancyMutation,
    IdentityMutation,
    TeamsMutation,
    CasesMutation,
);

/// Subskrypcje — live streams: new audit events and the viewer's deadline notifications.
#[derive(MergedSubscription, Default)]
pub struct Subscription(AuditSubscription, CasesSubscription);

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
}

/// Every node type the services declare, fetchable on its own or not.
fn node_types() -> Vec<NodeType> {
    [
        tenancy::plugin::NODE_TYPES,
        identity::plugin::NODE_TYPES,
        audit::plugin::NODE_TYPES,
        teams::plugin::NODE_TYPES,
        cases::plugin::NODE_TYPES,
    ]
    .concat()
}

/// The scheduled jobs, run by `ostoja worker` (or inside `serve` with `worker.in_process`).
pub fn jobs(config: &WorkerConfig, pubsub: PubSub) -> Vec<Arc<dyn TenantJob>> {
    vec![
        Arc::new(audit::plugin::Retention),
        Arc::new(cases::plugin::DeadlineNotifications {
            pubsub,
            lead_working_days: config.deadline_lead_working_days,
        }),
    ]
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
) -> OstojaSchema {
    builder(config, introspection)
        .data(oidc)
        .data(master_key)
        .finish()
}

fn builder(
    config: &GraphqlConfig,
    introspection: bool,
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
    });
    if !introspection {
        builder = builder.disable_introspection();
    }
    builder
}

/// The SDL committed as `graphql/schema.graphql`.
pub fn sdl() -> String {
    builder(&GraphqlConfig::default(), true).finish().sdl()
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

/// Per-request checks that async-graphql has no setting for: a limit on aliases, and the
/// operation's name for metrics and the audit trail.
struct RequestChecks {
    max_aliases: usize,
}

impl ExtensionFactory for RequestChecks {
    fn create(&self) -> Arc<dyn Extension> {
        Arc::new(RequestChecksExtension {
            max_aliases: self.max_aliases,
            operation_name: std::sync::Mutex::new(None),
        })
    }
}

struct RequestChecksExtension {
    max_aliases: usize,
    operation_name: std::sync::Mutex<Option<String>>,
}

/// Fragments nested deeper than this are refused before anything else looks at them: the
/// counting below recurses once per level, and no real query comes near it.
const MAX_FRAGMENT_NESTING: usize = 32;

/// Why a document's aliases could not be counted to the end.
#[derive(Debug, PartialEq, Eq)]
enum AliasCountError {
    TooDeep,
}

/// Aliases the operation would resolve: a fragment counts once per spread, through nested and
/// inline fragments. Each fragment's total is computed once (a spread chain of 5 × 5 × 5 costs
/// three passes, not 125), totals saturate instead of overflowing, and a fragment cycle (refused
/// later by validation) adds nothing instead of looping.
struct AliasCounter<'d> {
    doc: &'d ExecutableDocument,
    totals: HashMap<&'d str, usize>,
    open: Vec<&'d str>,
}

impl<'d> AliasCounter<'d> {
    fn new(doc: &'d ExecutableDocument) -> Self {
        AliasCounter {
            doc,
            totals: HashMap::new(),
            open: Vec::new(),
        }
    }

    fn count(&mut self, set: &'d SelectionSet) -> Result<usize, AliasCountError> {
        let mut total: usize = 0;
        for item in &set.items {
            let n = match &item.node {
                Selection::Field(f) => usize::from(f.node.alias.is_some())
                    .saturating_add(self.count(&f.node.selection_set.node)?),
                Selection::InlineFragment(fr) => self.count(&fr.node.selection_set.node)?,
                Selection::FragmentSpread(spread) => {
                    self.fragment(spread.node.fragment_name.node.as_str())?
                }
            };
            total = total.saturating_add(n);
        }
        Ok(total)
    }

    fn fragment(&mut self, name: &'d str) -> Result<usize, AliasCountError> {
        if let Some(&n) = self.totals.get(name) {
            return Ok(n);
        }
        // A cycle, or an unknown fragment: validation refuses both with a clear message.
        if self.open.contains(&name) {
            return Ok(0);
        }
        let Some(fragment) = self.doc.fragments.get(name) else {
            return Ok(0);
        };
        if self.open.len() >= MAX_FRAGMENT_NESTING {
            return Err(AliasCountError::TooDeep);
        }
        self.open.push(name);
        let n = self.count(&fragment.node.selection_set.node);
        self.open.pop();
        let n = n?;
        self.totals.insert(name, n);
        Ok(n)
    }
}

/// The most aliases any one operation of the document uses (only one of them runs).
fn count_aliases(doc: &ExecutableDocument) -> Result<usize, AliasCountError> {
    let mut counter = AliasCounter::new(doc);
    let mut most = 0;
    for (_, op) in doc.operations.iter() {
        most = most.max(counter.count(&op.node.selection_set.node)?);
    }
    Ok(most)
}

/// The operation a request runs: the named one, or the only one (as async-graphql selects it).
pub fn selected_operation<'d>(
    doc: &'d ExecutableDocument,
    operation_name: Option<&str>,
) -> Option<&'d OperationDefinition> {
    match &doc.operations {
        DocumentOperations::Single(op) => Some(&op.node),
        DocumentOperations::Multiple(ops) => match operation_name {
            Some(name) => ops.get(name).map(|op| &op.node),
            None if ops.len() == 1 => ops.values().next().map(|op| &op.node),
            None => None,
        },
    }
}

/// Variable coercion before execution: a required variable without a value (absent, and no
/// default) is the request's fault. async-graphql would only notice while resolving the field,
/// as an error without a code. (Null and mistyped values of variables in use are refused by
/// validation; nullable absent variables are null.)
fn check_required_variables(
    op: &OperationDefinition,
    variables: &Variables,
) -> Result<(), ServerError> {
    for def in &op.variable_definitions {
        let def = &def.node;
        if !def.var_type.node.nullable
            && def.default_value.is_none()
            && !variables.contains_key(&def.name.node)
        {
            return Err(ServerError::new(
                format!(
                    "variable `${}` of required type `{}` was not provided",
                    def.name.node, def.var_type.node
                ),
                Some(def.name.pos),
            ));
        }
    }
    Ok(())
}

/// `"query viewer,node"`: the operation type and its root fields (never aliases or names the
/// client chose), so that metrics labels stay bounded by the schema.
fn describe(
    doc: &ExecutableDocument,
    operation_name: Option<&str>,
) -> Option<(OperationType, String)> {
    let op = selected_operation(doc, operation_name)?;
    let mut fields: Vec<String> = Vec::new();
    collect_root_fields(&op.selection_set.node, doc, &mut fields, 0);
    fields.sort_unstable();
    fields.dedup();
    let kind = match op.ty {
        OperationType::Query => "query",
        OperationType::Mutation => "mutation",
        OperationType::Subscription => "subscription",
    };
    Some((op.ty, format!("{kind} {}", fields.join(","))))
}

fn collect_root_fields(
    set: &SelectionSet,
    doc: &ExecutableDocument,
    out: &mut Vec<String>,
    depth: usize,
) {
    if depth > 8 {
        return;
    }
    for item in &set.items {
        match &item.node {
            Selection::Field(f) => out.push(f.node.name.node.to_string()),
            Selection::InlineFragment(fr) => {
                collect_root_fields(&fr.node.selection_set.node, doc, out, depth + 1)
            }
            Selection::FragmentSpread(spread) => {
                if let Some(fragment) = doc.fragments.get(&spread.node.fragment_name.node) {
                    collect_root_fields(&fragment.node.selection_set.node, doc, out, depth + 1);
                }
            }
        }
    }
}

#[async_graphql::async_trait::async_trait]
impl Extension for RequestChecksExtension {
    async fn prepare_request(
        &self,
        ctx: &ExtensionContext<'_>,
        request: Request,
        next: NextPrepareRequest<'_>,
    ) -> ServerResult<Request> {
        if let Ok(mut name) = self.operation_name.lock() {
            name.clone_from(&request.operation_name);
        }
        next.run(ctx, request).await
    }

    async fn parse_query(
        &self,
        ctx: &ExtensionContext<'_>,
        query: &str,
        variables: &Variables,
        next: NextParseQuery<'_>,
    ) -> ServerResult<ExecutableDocument> {
        let doc = next.run(ctx, query, variables).await?;
        let name = self.operation_name.lock().ok().and_then(|n| n.clone());
        if let Some(op) = selected_operation(&doc, name.as_deref()) {
            check_required_variables(op, variables)?;
        }
        match count_aliases(&doc) {
            Ok(aliases) if aliases > self.max_aliases => {
                return Err(ServerError::new(
                    format!(
                        "the query uses {aliases} aliases (fragments counted at each spread); at most {} are allowed",
                        self.max_aliases
                    ),
                    None,
                ));
            }
            Ok(_) => {}
            Err(AliasCountError::TooDeep) => {
                return Err(ServerError::new(
                    format!("fragments are nested more than {MAX_FRAGMENT_NESTING} levels deep"),
                    None,
                ));
            }
        }
        if let (Some((kind, described)), Some(rc)) = (
            describe(&doc, name.as_deref()),
            ctx.data_opt::<Arc<RequestContext>>(),
        ) {
            if rc.subscriptions_only() && kind != OperationType::Subscription {
                return Err(ServerError::new(
                    "this WebSocket serves subscriptions; send queries and mutations with POST /graphql",
                    None,
                ));
            }
            rc.set_operation(described);
        }
        Ok(doc)
    }

    /// An argument that cannot be parsed into its Rust type (a malformed `DateTime`, say) fails
    /// inside the field's resolver, before any code of ours runs, with an error located at the
    /// argument's value: that is the client's input, not an internal failure.
    async fn resolve(
        &self,
        ctx: &ExtensionContext<'_>,
        info: ResolveInfo<'_>,
        next: NextResolve<'_>,
    ) -> ServerResult<Option<async_graphql::Value>> {
        let field = info.field;
        next.run(ctx, info).await.map_err(|mut e| {
            let uncoded = e
                .extensions
                .as_ref()
                .is_none_or(|x| x.get("code").is_none());
            let at_argument = e
                .locations
                .first()
                .is_some_and(|at| field.arguments.iter().any(|(_, v)| v.pos == *at));
            if uncoded && at_argument {
                e.extensions
                    .get_or_insert_with(Default::default)
                    .set("code", ErrorCode::BadUserInput.as_str());
            }
            e
        })
    }

    fn subscribe<'s>(
        &self,
        ctx: &ExtensionContext<'_>,
        stream: BoxStream<'s, Response>,
        next: NextSubscribe<'_>,
    ) -> BoxStream<'s, Response> {
        // Over a cap, the new subscription answers with its error and completes; the others
        // carry on.
        let permit = match ctx.data_opt::<Arc<crate::limits::ConnectionSlots>>() {
            Some(slots) => match slots.admit() {
                Ok(permit) => Some(permit),
                Err(refused) => {
                    return futures::stream::once(
                        async move { Response::from_errors(vec![refused]) },
                    )
                    .boxed()
                }
            },
            None => None,
        };
        next.run(ctx, stream)
            .map(move |mut response| {
                // Held for as long as the subscription lives.
                let _live = &permit;
                normalize_errors(&mut response.errors);
                response
            })
            .boxed()
    }
}

/// Gives every error a code. Errors without one come from async-graphql itself: without a path
/// they concern the request (syntax, validation, limits) and are the client's to fix; with a
/// path they escaped a resolver without passing through the kernel's error type, so they are
/// treated as internal and their text withheld. Returns whether a request-level error occurred.
pub fn normalize_errors(errors: &mut [ServerError]) -> bool {
    let mut request_level = false;
    for e in errors.iter_mut() {
        if e.extensions
            .as_ref()
            .is_some_and(|x| x.get("code").is_some())
        {
            continue;
        }
        if e.path.is_empty() {
            request_level = true;
            e.extensions
                .get_or_insert_with(Default::default)
                .set("code", ErrorCode::BadUserInput.as_str());
        } else {
            tracing::error!(error = %untrusted(&e.message), "resolver error without a code");
            e.message = "internal error".to_owned();
            e.extensions
                .get_or_insert_with(Default::default)
                .set("code", ErrorCode::Internal.as_str());
        }
    }
    request_level
}

#[cfg(test)]
mod tests {
    use super::{count_aliases, AliasCountError, MAX_FRAGMENT_NESTING};

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

    fn count(query: &str) -> Result<usize, AliasCountError> {
        count_aliases(&async_graphql::parser::parse_query(query).unwrap())
    }

    #[test]
    fn fragments_count_at_every_spread() {
        let aliases = (0..25)
            .map(|i| format!("a{i}: login"))
            .collect::<Vec<_>>()
            .join(" ");
        let spreads = "...F ".repeat(5);
        let query = format!("{{ viewer {{ {spreads} }} }} fragment F on Viewer {{ {aliases} }}");
        assert_eq!(count(&query).unwrap(), 125);
        // Nested fragments multiply; inline fragments are counted too.
        let nested = "{ a: viewer { ...G ...G } } \
            fragment G on Viewer { ... on Viewer { ...H ...H ...H } } \
            fragment H on Viewer { x: login y: login }";
        assert_eq!(count(nested).unwrap(), 1 + 2 * 3 * 2);
        // Only the largest operation counts: one runs.
        assert_eq!(
            count("query A { a: viewer { login } } query B { b: viewer { c: login } }").unwrap(),
            2
        );
        assert_eq!(
            count("{ viewer { ...F } } fragment F on Viewer { login }").unwrap(),
            0
        );
    }

    #[test]
    fn cycles_end_and_deep_chains_are_refused() {
        let cycle = "{ viewer { ...A } } fragment A on Viewer { a: login ...B } fragment B on Viewer { b: login ...A }";
        assert_eq!(count(cycle).unwrap(), 2);
        assert_eq!(
            count("{ viewer { ...A } } fragment A on Viewer { ...A }").unwrap(),
            0
        );
        // An exponential chain saturates instead of overflowing.
        let mut query = String::from("{ viewer { ...F0 } }");
        for i in 0..20 {
            let next = format!("...F{} ", i + 1).repeat(10);
            query.push_str(&format!(" fragment F{i} on Viewer {{ {next} }}"));
        }
        query.push_str(" fragment F20 on Viewer { a: login }");
        assert_eq!(count(&query).unwrap(), usize::MAX);
        let mut deep = String::from("{ viewer { ...F0 } }");
        for i in 0..=MAX_FRAGMENT_NESTING {
            deep.push_str(&format!(" fragment F{i} on Viewer {{ ...F{} }}", i + 1));
        }
        assert_eq!(count(&deep), Err(AliasCountError::TooDeep));
    }
}
