//! Per-request checks that async-graphql has no setting for: a limit on aliases (fragments
//! counted at every spread), required variables, the operation's name for metrics and the
//! audit trail, and a code on every error.

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
use async_graphql::{Request, Response, ServerError, ServerResult, Variables};
use futures::stream::BoxStream;
use futures::StreamExt;
use kernel::log::untrusted;
use kernel::request::RequestContext;
use kernel::ErrorCode;

/// Per-request checks that async-graphql has no setting for: a limit on aliases, and the
/// operation's name for metrics and the audit trail.
pub(crate) struct RequestChecks {
    pub(crate) max_aliases: usize,
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
    if depth > MAX_FRAGMENT_NESTING {
        // Deeper than the nesting check lets through: name it as unknown, so the operation is
        // never taken for a public read (fail closed).
        out.push("?".to_owned());
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
