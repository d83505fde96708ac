//! The code's shape, kept: no import cycle between the files of a crate, and no source file
//! past a size a newcomer can read. Both lists of exceptions may only shrink.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Lines a source file may have.
const MAX_LINES: usize = 700;

/// Files over the limit today, each to be split when next touched. Nothing may join the list.
const TOO_LONG: &[&str] = &[];

/// Cycles that remain today, each named by its files (sorted). Nothing may join the list.
const KNOWN_CYCLES: &[&[&str]] = &[];

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("workspace root")
        .to_path_buf()
}

/// The source roots of the workspace's crates (`…/src`).
fn crate_roots() -> Vec<PathBuf> {
    let root = workspace();
    let mut roots = vec![root.join("graphql/src"), root.join("migrations/src")];
    for entry in std::fs::read_dir(root.join("services")).expect("services") {
        roots.push(entry.expect("entry").path().join("src"));
    }
    roots.retain(|r| r.is_dir());
    roots.sort();
    roots
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("read dir") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

fn relative(path: &Path) -> String {
    path.strip_prefix(workspace())
        .expect("inside the workspace")
        .to_string_lossy()
        .replace('\\', "/")
}

/// A file's module path inside its crate (`graphql::objects`; a `mod.rs` is its folder's
/// module); `None` for the crate root.
fn module_of(src: &Path, file: &Path) -> Option<Vec<String>> {
    let rel = file.strip_prefix(src).ok()?;
    let mut parts: Vec<String> = rel
        .iter()
        .map(|p| p.to_string_lossy().trim_end_matches(".rs").to_owned())
        .collect();
    match parts.last()?.as_str() {
        "lib" | "main" if parts.len() == 1 => None,
        "mod" => {
            parts.pop();
            Some(parts)
        }
        _ => Some(parts),
    }
}

/// A `mod.rs` only declares its children and hands their names on: its own imports are the
/// folder's, not a file's, so they are not counted (imports into it are).
fn is_facade(file: &Path) -> bool {
    file.file_name().is_some_and(|n| n == "mod.rs")
}

/// The paths a file names: `crate::a::b…` and `super::a…` (resolved against its own module).
fn named_paths(text: &str, own: &[String]) -> Vec<Vec<String>> {
    let mut found = Vec::new();
    let code: String = text
        .lines()
        .filter(|l| !l.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n");
    for (prefix, base) in [
        ("crate::", Vec::new()),
        ("super::", own[..own.len().saturating_sub(1)].to_vec()),
    ] {
        for (at, _) in code.match_indices(prefix) {
            let before = code[..at].chars().last();
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                continue;
            }
            let rest = &code[at + prefix.len()..];
            let mut path = base.clone();
            let mut segments = rest.split("::");
            for seg in segments.by_ref() {
                let ident: String = seg
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                if ident.is_empty() {
                    break;
                }
                path.push(ident.clone());
                if ident.len() != seg.len() {
                    break;
                }
            }
            // `use crate::a::{b, c}`: each of b and c may be a module too.
            if let Some(group) = rest.find("::{").filter(|i| !rest[..*i].contains(';')) {
                let inner = &rest[group + 3..];
                if let Some(close) = inner.find('}') {
                    let stem: Vec<String> = rest[..group]
                        .split("::")
                        .map(|s| s.trim().to_owned())
                        .collect();
                    for item in inner[..close].split(',') {
                        let head = item.trim().split("::").next().unwrap_or("").trim();
                        if !head.is_empty() {
                            let mut p = base.clone();
                            p.extend(stem.iter().cloned());
                            p.push(head.to_owned());
                            found.push(p);
                        }
                    }
                }
            }
            found.push(path);
        }
    }
    found
}

/// Strongly connected components with more than one file (Tarjan's algorithm).
fn cycles(edges: &BTreeMap<String, BTreeSet<String>>) -> Vec<Vec<String>> {
    struct State<'a> {
        edges: &'a BTreeMap<String, BTreeSet<String>>,
        index: BTreeMap<String, usize>,
        low: BTreeMap<String, usize>,
        stack: Vec<String>,
        on_stack: BTreeSet<String>,
        next: usize,
        found: Vec<Vec<String>>,
    }
    fn visit(s: &mut State<'_>, v: &str) {
        s.index.insert(v.to_owned(), s.next);
        s.low.insert(v.to_owned(), s.next);
        s.next += 1;
        s.stack.push(v.to_owned());
        s.on_stack.insert(v.to_owned());
        let targets: Vec<String> = s
            .edges
            .get(v)
            .map(|t| t.iter().cloned().collect())
            .unwrap_or_default();
        for w in targets {
            if !s.index.contains_key(&w) {
                visit(s, &w);
                let low = s.low[v].min(s.low[&w]);
                s.low.insert(v.to_owned(), low);
            } else if s.on_stack.contains(&w) {
                let low = s.low[v].min(s.index[&w]);
                s.low.insert(v.to_owned(), low);
            }
        }
        if s.low[v] == s.index[v] {
            let mut component = Vec::new();
            while let Some(w) = s.stack.pop() {
                s.on_stack.remove(&w);
                let done = w == v;
                component.push(w);
                if done {
                    break;
                }
            }
            if component.len() > 1 {
                component.sort();
                s.found.push(component);
            }
        }
    }
    let mut state = State {
        edges,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        on_stack: BTreeSet::new(),
        next: 0,
        found: Vec::new(),
    };
    for v in edges.keys() {
        if !state.index.contains_key(v) {
            visit(&mut state, v);
        }
    }
    state.found.sort();
    state.found
}

/// Each crate's file-to-file imports, as relative paths.
fn import_graph() -> BTreeMap<String, BTreeSet<String>> {
    let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for src in crate_roots() {
        let mut files = Vec::new();
        rust_files(&src, &mut files);
        let modules: BTreeMap<Vec<String>, String> = files
            .iter()
            .filter_map(|f| module_of(&src, f).map(|m| (m, relative(f))))
            .collect();
        for file in &files {
            let Some(own) = module_of(&src, file) else {
                continue;
            };
            if is_facade(file) {
                edges.entry(relative(file)).or_default();
                continue;
            }
            let from = relative(file);
            let text = std::fs::read_to_string(file).expect("read source");
            // Test modules may reach anywhere.
            let text = text.split("#[cfg(test)]").next().unwrap_or("");
            for path in named_paths(text, &own) {
                // The longest prefix of the path that is a file of the crate.
                let target = (1..=path.len()).rev().find_map(|n| modules.get(&path[..n]));
                if let Some(to) = target.filter(|to| **to != from) {
                    edges.entry(from.clone()).or_default().insert(to.clone());
                }
            }
            edges.entry(from).or_default();
        }
    }
    edges
}

#[test]
fn no_crate_gains_an_import_cycle() {
    let found = cycles(&import_graph());
    let known: Vec<Vec<String>> = KNOWN_CYCLES
        .iter()
        .map(|c| c.iter().map(|s| (*s).to_owned()).collect())
        .collect();
    let new: Vec<&Vec<String>> = found.iter().filter(|c| !known.contains(c)).collect();
    assert!(new.is_empty(), "import cycles between files: {new:#?}");
    let gone: Vec<&Vec<String>> = known.iter().filter(|c| !found.contains(c)).collect();
    assert!(
        gone.is_empty(),
        "these cycles are gone (or changed): update KNOWN_CYCLES to {found:#?}"
    );
}

#[test]
fn no_source_file_passes_the_size_limit() {
    let mut long = Vec::new();
    for src in crate_roots() {
        let mut files = Vec::new();
        rust_files(&src, &mut files);
        for file in files {
            let lines = std::fs::read_to_string(&file)
                .expect("read")
                .lines()
                .count();
            let name = relative(&file);
            if lines > MAX_LINES && !TOO_LONG.contains(&name.as_str()) {
                long.push(format!("{name}: {lines} lines"));
            }
        }
    }
    assert!(long.is_empty(), "split these files: {long:?}");
}

#[test]
fn the_checker_sees_a_cycle() {
    let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    edges.insert("a".into(), ["b".into()].into());
    edges.insert("b".into(), ["c".into()].into());
    edges.insert("c".into(), ["a".into()].into());
    edges.insert("d".into(), ["a".into()].into());
    assert_eq!(cycles(&edges), vec![vec!["a", "b", "c"]]);
    let paths = named_paths(
        "use crate::read::{get_card, PersonKeys};\nuse super::loaders::*;\nfn f() { crate::ids::card_gid(x) }",
        &["graphql".to_owned(), "objects".to_owned()],
    );
    assert!(paths.contains(&vec!["read".to_owned(), "get_card".to_owned()]));
    assert!(paths.contains(&vec!["graphql".to_owned(), "loaders".to_owned()]));
    assert!(paths.contains(&vec!["ids".to_owned(), "card_gid".to_owned()]));
}

/// Lines of `text` that filter by the tenant column by hand. Tenant-scoped queries start from
/// the kernel (`tx.select::<E>()`, `tx.update_many`, `tx.delete_many`, `tx.scope::<E>()`), which
/// adds the filter once; on SQLite it is the only guard. Naming the column is allowed only as a
/// conflict target of an insert.
fn hand_written_tenant_filters(text: &str) -> Vec<usize> {
    let lines: Vec<String> = text
        .lines()
        .map(|l| l.chars().filter(|c| !c.is_whitespace()).collect())
        .collect();
    let mut found = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        if line.starts_with("//") {
            continue;
        }
        let conflict_target = lines[i.saturating_sub(2)..=i]
            .iter()
            .any(|l| l.contains("OnConflict::column"));
        let names_column = line.contains("Column::TenantId") && !conflict_target;
        // SQL text, not a comparison of values in memory (`tenant_id == …`).
        let lower = line.to_lowercase().replace("tenant_id==", "");
        let raw_sql = lower.contains("tenant_id=") || lower.contains("tenant_idin");
        if names_column || raw_sql {
            found.push(i + 1);
        }
    }
    found
}

#[test]
fn tenant_filters_come_from_the_kernel() {
    let root = workspace();
    let mut by_hand = Vec::new();
    for src in crate_roots() {
        // The kernel defines the filter; migrations are SQL run as the owner role.
        if src.starts_with(root.join("services/kernel")) || src.starts_with(root.join("migrations"))
        {
            continue;
        }
        let mut files = Vec::new();
        rust_files(&src, &mut files);
        for file in files {
            let text = std::fs::read_to_string(&file).expect("read");
            for line in hand_written_tenant_filters(&text) {
                by_hand.push(format!("{}:{line}", relative(&file)));
            }
        }
    }
    assert!(
        by_hand.is_empty(),
        "filter by tenant through the kernel (tx.select::<E>(), tx.scope::<E>(), …): {by_hand:?}"
    );
}

#[test]
fn the_tenant_filter_checker_sees_a_filter_by_hand() {
    let text =
        "let a = card::Entity::find()\n    .filter(card::Column::TenantId.eq(tx.tenant()))\n\
        .and_where(access::Column::TenantId.eq(t))\n\
        conn.query(\"SELECT 1 FROM x WHERE tenant_id = $1\")\n\
        let b = tx.select::<card::Entity>();\n\
        .on_conflict(\n    OnConflict::columns([\n        rule::Column::TenantId,\n\
        .filter(|n| n.tenant_id == tenant)\n";
    assert_eq!(hand_written_tenant_filters(text), vec![2, 3, 4]);
}

/// Subscription resolvers of `text` (the `async fn`s of a `#[Subscription]` impl) that do not
/// build their stream with `kernel::live::guarded`, by name.
fn unguarded_subscriptions(text: &str) -> Vec<String> {
    let Some((_, body)) = text.split_once("#[Subscription]") else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for part in body.split("async fn ").skip(1) {
        let name: String = part
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect();
        // A resolver's text runs to the next `async fn` (a helper after the impl ends it too).
        let resolver = part.split("\n}\n").next().unwrap_or(part);
        if !resolver.contains("kernel::live::guarded(") {
            out.push(name);
        }
        if part.contains("\n}\n") {
            break;
        }
    }
    out
}

/// Access ends the moment it is taken away: every subscription re-derives its reader through
/// the kernel's stream pattern, none keeps the one it started with.
#[test]
fn every_subscription_is_guarded() {
    let mut unguarded = Vec::new();
    let mut seen = 0;
    for src in crate_roots() {
        let mut files = Vec::new();
        rust_files(&src, &mut files);
        for file in files {
            let text = std::fs::read_to_string(&file).expect("read");
            if text.contains("#[Subscription]") {
                seen += 1;
                for name in unguarded_subscriptions(&text) {
                    unguarded.push(format!("{}: {name}", relative(&file)));
                }
            }
        }
    }
    assert!(seen >= 3, "the subscriptions were not found");
    assert!(
        unguarded.is_empty(),
        "build these with kernel::live::guarded: {unguarded:?}"
    );
}

#[test]
fn the_subscription_checker_sees_an_unguarded_stream() {
    let text = "#[Subscription]\nimpl S {\n    async fn a(&self) -> R {\n        Ok(kernel::live::guarded(req, e, f, g).await?)\n    }\n\n    async fn b(&self) -> R {\n        Ok(stream.filter_map(f))\n    }\n}\n\nasync fn helper() {}\n";
    assert_eq!(unguarded_subscriptions(text), vec!["b".to_owned()]);
}
