//! The container image (`Dockerfile`), checked without a container engine: the binary it copies
//! is the one `cargo build --release` makes, its final stage needs no shell, and its user,
//! entrypoint and port are what the Helm chart runs.

use std::path::PathBuf;

fn read(path: &str) -> String {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..");
    std::fs::read_to_string(root.join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The Dockerfile's instructions (comments and blank lines left out, continuations joined),
/// each as (keyword, rest), grouped by stage.
fn stages() -> Vec<Vec<(String, String)>> {
    let text = read("Dockerfile").replace("\\\n", " ");
    let mut stages: Vec<Vec<(String, String)>> = Vec::new();
    for line in text.lines().map(str::trim) {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (keyword, rest) = line.split_once(' ').unwrap_or((line, ""));
        let keyword = keyword.to_uppercase();
        if keyword == "FROM" {
            stages.push(Vec::new());
        }
        stages
            .last_mut()
            .expect("the Dockerfile starts with FROM")
            .push((keyword, rest.trim().to_owned()));
    }
    stages
}

fn one<'a>(stage: &'a [(String, String)], keyword: &str) -> &'a str {
    let found: Vec<&str> = stage
        .iter()
        .filter(|(k, _)| k == keyword)
        .map(|(_, r)| r.as_str())
        .collect();
    assert_eq!(found.len(), 1, "one {keyword} in {stage:?}");
    found[0]
}

/// The value after `key:` on the first line of values.yaml that has it, after `section:`.
fn value(section: &str, key: &str) -> String {
    let values = read("helm/ostoja/values.yaml");
    let from = values
        .lines()
        .position(|l| l.trim_end() == format!("{section}:"))
        .unwrap_or_else(|| panic!("no {section} in values.yaml"));
    values
        .lines()
        .skip(from + 1)
        .map(str::trim)
        .find_map(|l| l.strip_prefix(&format!("{key}:")))
        .unwrap_or_else(|| panic!("no {section}.{key} in values.yaml"))
        .trim()
        .to_owned()
}

#[test]
fn the_image_holds_the_release_binary_and_runs_as_the_chart_expects() {
    let stages = stages();
    assert_eq!(stages.len(), 2, "a build stage and the final one");
    let (build, last) = (&stages[0], &stages[1]);

    // The build stage makes the gateway's binary, `ostoja`, with the locked dependencies.
    let name = one(build, "FROM")
        .split_whitespace()
        .last()
        .expect("a named build stage")
        .to_owned();
    let workdir = one(build, "WORKDIR");
    let cargo = read("graphql/Cargo.toml");
    assert!(cargo.contains("[[bin]]\nname = \"ostoja\""));
    assert!(cargo.starts_with("[package]\nname = \"ostoja\""));
    assert_eq!(
        one(build, "RUN"),
        "cargo build --release --locked -p ostoja"
    );

    // The final stage copies exactly that file, on a base with no shell, and runs nothing.
    let base = one(last, "FROM");
    assert!(
        base.starts_with("gcr.io/distroless/cc-") && base.ends_with(":nonroot"),
        "{base}"
    );
    assert!(
        !last.iter().any(|(k, _)| k == "RUN"),
        "no shell in {last:?}"
    );
    let copy: Vec<&str> = one(last, "COPY").split_whitespace().collect();
    assert_eq!(
        copy,
        [
            format!("--from={name}").as_str(),
            format!("{workdir}/target/release/ostoja").as_str(),
            "/usr/local/bin/ostoja",
        ]
    );

    // The chart's user and group, its command (on the base's PATH) and its port.
    let user = one(last, "USER");
    assert_eq!(
        user,
        format!(
            "{}:{}",
            value("podSecurityContext", "runAsUser"),
            value("podSecurityContext", "runAsGroup")
        )
    );
    assert_eq!(one(last, "ENTRYPOINT"), "[\"/usr/local/bin/ostoja\"]");
    let command = value("image", "command");
    assert_eq!(
        command, "[\"ostoja\"]",
        "the chart runs `ostoja` from the PATH"
    );
    assert_eq!(one(last, "EXPOSE"), value("server", "port"));
    assert_eq!(one(last, "CMD"), "[\"serve\"]");
}

#[test]
fn the_build_context_leaves_out_build_output_and_local_data() {
    let ignored = read(".dockerignore");
    for entry in ["target", ".git", "data", "**/node_modules"] {
        assert!(
            ignored.lines().any(|l| l.trim() == entry),
            "{entry} is not in .dockerignore"
        );
    }
    // What the binary embeds is in the context: the web application's committed build.
    assert!(!ignored.lines().any(|l| l.trim().starts_with("web")));
}
