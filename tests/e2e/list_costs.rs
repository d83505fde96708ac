//! Every paginated list of every context costs a number of statements that does not grow with
//! the rows of its page: for each root field that returns a connection, a query selecting every
//! field of its nodes that needs no argument, two levels deep (nested objects and lists: where a
//! loader missing from a resolver would cost a statement per row), is run with `first: 2` and
//! with `first: 20` by each demo person who may read it, and the larger page must cost fewer
//! extra statements (`ostoja_db_tenant_statements_total`) than it has extra rows: what the rows
//! hold may add a round of loading for the whole page, never a statement per row. A list that
//! fails names the fields whose own cost grows. The fields come from the schema itself, so a new
//! list, or a new field on a listed type, is measured without touching this test; a list that
//! no demo person can read with more than two rows fails it until the demo holds such rows.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::{json, Value};

use kernel::pesel::Sex;

use crate::cases::{days_ago, nk_a, open, pesel};
use crate::harness::{Backend, Server, ServerOptions, TestDb};
use crate::on_both;

const INTROSPECTION: &str = "{ __schema { queryType { name } types { name kind
    fields { name args { name type { ...Ref } defaultValue } type { ...Ref } } } } }
    fragment Ref on __Type { kind name ofType { kind name ofType { kind name ofType { kind name } } } }";

/// How deep below a node the selection goes.
const DEPTH: usize = 2;

/// The demo's people, each with what they may read.
const READERS: &[(&str, &str)] = &[
    ("zory", "admin"),
    ("zory", "pracownik"),
    ("zory", "przewodniczacy"),
    ("zory", "rejestracja"),
    ("zory", "redaktor"),
    ("zory", "iod"),
];

/// Each of [`READERS`], named, with a token.
async fn readers(server: &Server) -> Vec<(String, String)> {
    let mut tokens = Vec::new();
    for (tenant, login) in READERS {
        tokens.push((
            format!("{tenant}/{login}"),
            server.staff(tenant, login).await,
        ));
    }
    tokens
}

struct Schema {
    types: BTreeMap<String, Value>,
    query: String,
}

/// The named type under lists and non-nulls.
fn named(ty: &Value) -> &Value {
    if ty["ofType"].is_object() {
        named(&ty["ofType"])
    } else {
        ty
    }
}

fn required(arg: &Value) -> bool {
    arg["type"]["kind"] == "NON_NULL" && arg["defaultValue"].is_null()
}

impl Schema {
    async fn load(server: &Server, token: &str) -> Schema {
        let body = server.gql(Some(token), INTROSPECTION, json!({})).await;
        let types = body["data"]["__schema"]["types"]
            .as_array()
            .unwrap_or_else(|| panic!("{body}"))
            .iter()
            .map(|t| (t["name"].as_str().unwrap().to_owned(), t.clone()))
            .collect();
        let query = body["data"]["__schema"]["queryType"]["name"]
            .as_str()
            .unwrap()
            .to_owned();
        Schema { types, query }
    }

    /// Every field of `type_name` that needs no argument, objects below it to `depth` more
    /// levels (a nested connection with its first page).
    fn selection(&self, type_name: &str, depth: usize) -> String {
        self.parts(type_name, depth).join(" ")
    }

    /// The fields [`Schema::selection`] selects, one by one.
    fn parts(&self, type_name: &str, depth: usize) -> Vec<String> {
        let ty = &self.types[type_name];
        let mut parts = vec!["__typename".to_owned()];
        for field in ty["fields"].as_array().into_iter().flatten() {
            let args = field["args"].as_array().cloned().unwrap_or_default();
            if args.iter().any(required) {
                continue;
            }
            let name = field["name"].as_str().unwrap();
            let inner = named(&field["type"]);
            match inner["kind"].as_str() {
                Some("SCALAR" | "ENUM") => parts.push(name.to_owned()),
                Some("OBJECT" | "INTERFACE" | "UNION") if depth > 0 => {
                    let inner_name = inner["name"].as_str().unwrap();
                    parts.push(format!(
                        "{name} {{ {} }}",
                        self.object_selection(inner_name, depth - 1)
                    ));
                }
                _ => {}
            }
        }
        parts
    }

    fn object_selection(&self, type_name: &str, depth: usize) -> String {
        let ty = &self.types[type_name];
        match ty["kind"].as_str() {
            Some("OBJECT") => self.selection(type_name, depth),
            // An interface or union: what every member has in common is its type name.
            _ => "__typename".to_owned(),
        }
    }

    /// The root fields that return a connection, each with the fields of its nodes.
    fn lists(&self) -> Vec<List> {
        let root = &self.types[&self.query];
        let mut lists = Vec::new();
        for field in root["fields"].as_array().into_iter().flatten() {
            let inner = named(&field["type"])["name"].as_str().unwrap_or("");
            let args = field["args"].as_array().cloned().unwrap_or_default();
            let connection = inner.ends_with("Connection")
                && args.iter().any(|a| a["name"] == "first")
                && !args.iter().any(required);
            if !connection {
                continue;
            }
            let edge = self.field_type(inner, "edges");
            let node = self.field_type(&edge, "node");
            let parts = match self.types[&node]["kind"].as_str() {
                Some("OBJECT") => self.parts(&node, DEPTH),
                _ => vec!["__typename".to_owned()],
            };
            lists.push(List {
                field: field["name"].as_str().unwrap().to_owned(),
                parts,
            });
        }
        lists
    }

    /// The named type of `type_name`'s field `field`.
    fn field_type(&self, type_name: &str, field: &str) -> String {
        let found = self.types[type_name]["fields"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["name"] == field)
            .unwrap_or_else(|| panic!("{type_name}.{field}"));
        named(&found["type"])["name"].as_str().unwrap().to_owned()
    }
}

impl Schema {
    /// The root fields that return a plain list of objects and need no argument, each with the
    /// fields of its items.
    fn plain_lists(&self) -> Vec<List> {
        let root = &self.types[&self.query];
        let mut lists = Vec::new();
        for field in root["fields"].as_array().into_iter().flatten() {
            let args = field["args"].as_array().cloned().unwrap_or_default();
            let ty = if field["type"]["kind"] == "NON_NULL" {
                &field["type"]["ofType"]
            } else {
                &field["type"]
            };
            let item = named(ty);
            if ty["kind"] != "LIST" || item["kind"] != "OBJECT" || args.iter().any(required) {
                continue;
            }
            lists.push(List {
                field: field["name"].as_str().unwrap().to_owned(),
                parts: self.parts(item["name"].as_str().unwrap(), DEPTH),
            });
        }
        lists
    }
}

/// A root list and the fields its nodes are read with.
struct List {
    field: String,
    parts: Vec<String>,
}

impl List {
    /// A page of `first` with `nodes` selected.
    fn query(&self, first: usize, nodes: &str) -> String {
        format!(
            "{{ {}(first: {first}) {{ edges {{ node {{ {nodes} }} }} }} }}",
            self.field
        )
    }
}

/// The statements a query costs, and the rows of `field` it listed (`None` when refused).
async fn cost(server: &Server, token: &str, field: &str, query: &str) -> (f64, Option<usize>) {
    let before = server.tenant_statements().await;
    let body = server.gql(Some(token), query, json!({})).await;
    let after = server.tenant_statements().await;
    let rows = body["data"][field]["edges"]
        .as_array()
        .or_else(|| body["data"][field].as_array())
        .map(Vec::len);
    if std::env::var("LIST_COSTS_DEBUG").is_ok() {
        eprintln!(
            "{field}: {}",
            &body.to_string()[..body.to_string().len().min(600)]
        );
    }
    (after - before, rows)
}

/// Rows for the lists the demo leaves empty: family files, and the notices the worker sends
/// for overdue cards and intake entries.
async fn seed(server: &Server) {
    let worker = server.staff("zory", "pracownik").await;
    let intake = server.staff("zory", "rejestracja").await;
    for n in 0..9u16 {
        let mut card = nk_a(days_ago(30));
        card["persons"][0]["firstName"] = json!(format!("Anna{n}"));
        card["persons"][0]["pesel"] = Value::Null;
        card["persons"][1]["firstName"] = json!(format!("Zofia{n}"));
        card["persons"][2]["pesel"] = json!(pesel("1980-07-01", Sex::Male, 700 + n));
        open(server, &worker, card).await;
    }
    for _ in 0..3 {
        crate::families::open_file(server, &worker, json!([])).await;
        let mut late = crate::intake::report();
        late["receivedAt"] = json!((chrono::Utc::now() - chrono::Duration::days(10)).to_rfc3339());
        crate::intake::record(server, &intake, late).await;
    }
    let out = server.cli(&["worker", "--once"]).await;
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

async fn every_list_costs_the_same_whatever_its_page_holds(backend: Backend) {
    let db = TestDb::new(backend).await;
    let server = Server::start(
        &db,
        ServerOptions {
            demo: true,
            env: vec![
                ("OSTOJA_DEMO__BLUE_CARDS".to_owned(), "8".to_owned()),
                // The selections are wide on purpose: beyond what a client may ask.
                (
                    "OSTOJA_GRAPHQL__MAX_COMPLEXITY".to_owned(),
                    "1000000".to_owned(),
                ),
                ("OSTOJA_GRAPHQL__MAX_DEPTH".to_owned(), "64".to_owned()),
            ],
            ..Default::default()
        },
    )
    .await;
    seed(&server).await;
    let tokens = readers(&server).await;
    let schema = Schema::load(&server, &tokens[0].1).await;
    let lists = schema.lists();
    assert!(
        lists.len() >= 5,
        "too few lists found: the introspection changed"
    );

    let mut measured = BTreeSet::new();
    let mut growing = Vec::new();
    for list in &lists {
        let field = &list.field;
        let all = list.parts.join(" ");
        for (who, token) in &tokens {
            let (small, small_rows) = cost(&server, token, field, &list.query(2, &all)).await;
            let (large, large_rows) = cost(&server, token, field, &list.query(20, &all)).await;
            let (Some(small_rows), Some(large_rows)) = (small_rows, large_rows) else {
                continue;
            };
            if large_rows <= small_rows {
                continue;
            }
            measured.insert(field.clone());
            // What rows hold may add a round of loading (a card attached to another loads that
            // card's children once more), a few statements for the whole page; a statement per
            // row is what must never be.
            if large - small < (large_rows - small_rows) as f64 {
                continue;
            }
            // Which fields cost a statement per row, to say where the loader is missing.
            let mut culprits = Vec::new();
            for part in &list.parts {
                let nodes = format!("__typename {part}");
                let (small, _) = cost(&server, token, field, &list.query(2, &nodes)).await;
                let (large, _) = cost(&server, token, field, &list.query(20, &nodes)).await;
                if large > small {
                    culprits.push(part.split([' ', '{']).next().unwrap_or("").to_owned());
                }
            }
            growing.push(format!(
                "{field} as {who}: {small} statements for {small_rows} rows, {large} for {large_rows}; growing with: {culprits:?}"
            ));
        }
    }
    assert!(
        growing.is_empty(),
        "lists whose cost grows with the page: {growing:#?}"
    );
    let unmeasured: Vec<&String> = lists
        .iter()
        .map(|l| &l.field)
        .filter(|f| !measured.contains(*f))
        .collect();
    assert!(
        unmeasured.is_empty(),
        "lists no demo person could read with more than two rows: {unmeasured:?}"
    );
}
on_both!(every_list_costs_the_same_whatever_its_page_holds);

/// The plain lists (a root field returning a list, no page to ask for) cannot be read at two
/// sizes, so each field of their items is read alone against the items' type name alone: a
/// field whose own cost reaches the number of rows costs a statement per row. Every such list
/// a demo person of the municipality reads with at least three rows is measured (the test seeds
/// programmes and child-protection institutions to have them); lists of one or two rows in the
/// demo (a municipality's team, its programme) are not.
async fn no_plain_list_costs_a_statement_per_row(backend: Backend) {
    let db = TestDb::new(backend).await;
    let server = Server::start(
        &db,
        ServerOptions {
            demo: true,
            env: vec![
                (
                    "OSTOJA_GRAPHQL__MAX_COMPLEXITY".to_owned(),
                    "1000000".to_owned(),
                ),
                ("OSTOJA_GRAPHQL__MAX_DEPTH".to_owned(), "64".to_owned()),
            ],
            ..Default::default()
        },
    )
    .await;
    // Three rows at least in the lists the demo keeps short.
    let admin = server.staff("zory", "admin").await;
    let chair = server.staff("zory", "przewodniczacy").await;
    for n in 1..=3 {
        let made = crate::programmes::payload(
            &server,
            &admin,
            "createProgramme",
            "programme",
            "id",
            json!({ "type": "PSYCHOLOGICAL_THERAPEUTIC", "name": format!("Program {n}"),
                    "provider": "PCPR", "requiredSessions": 5 }),
        )
        .await;
        assert_eq!(made["userErrors"], json!([]), "{made}");
        crate::standards::add(
            &server,
            &chair,
            &format!("Szkoła Podstawowa nr {n}"),
            "SCHOOL",
        )
        .await;
    }
    let tokens = readers(&server).await;
    let schema = Schema::load(&server, &tokens[0].1).await;
    let lists = schema.plain_lists();
    let mut measured = BTreeSet::new();
    let mut growing = Vec::new();
    for list in &lists {
        let field = &list.field;
        let query = |nodes: &str| format!("{{ {field} {{ {nodes} }} }}");
        for (who, token) in &tokens {
            let (bare, rows) = cost(&server, token, field, &query("__typename")).await;
            let Some(rows) = rows.filter(|r| *r >= 3) else {
                continue;
            };
            measured.insert(field.clone());
            for part in &list.parts {
                let (with, _) =
                    cost(&server, token, field, &query(&format!("__typename {part}"))).await;
                if with - bare >= rows as f64 {
                    growing.push(format!(
                        "{field}.{} as {who}: {bare} statements for {rows} rows, {with} with it",
                        part.split([' ', '{']).next().unwrap_or("")
                    ));
                }
            }
        }
    }
    assert!(
        growing.is_empty(),
        "fields of plain lists that cost a statement per row: {growing:#?}"
    );
    eprintln!("plain lists measured: {measured:?} of {}", lists.len());
    for expected in [
        "blueCardDeadlineRules",
        "countableStatistics",
        "programmes",
        "childProtectionInstitutions",
    ] {
        assert!(
            measured.contains(expected),
            "{expected} was not read with three rows: {measured:?}"
        );
    }
}
on_both!(no_plain_list_costs_a_statement_per_row);
