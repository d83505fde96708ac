//! The committed SDL is current. Regenerate with `cargo run -p ostoja -- schema > graphql/schema.graphql`
//! (or run this test with `UPDATE_SCHEMA=1`).

#[tokio::test]
async fn committed_sdl_is_current() {
    let out = tokio::process::Command::new(crate::harness::BIN)
        .arg("schema")
        .output()
        .await
        .expect("ostoja schema");
    assert!(out.status.success());
    let sdl = String::from_utf8(out.stdout).expect("utf8");
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("schema.graphql");
    if std::env::var("UPDATE_SCHEMA").is_ok_and(|v| v == "1") {
        std::fs::write(&path, &sdl).expect("write schema.graphql");
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == sdl,
        "graphql/schema.graphql is stale: run `cargo run -p ostoja -- schema > graphql/schema.graphql`"
    );
}

fn lint_dir() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/schema-lint")
}

/// `npm ci` once, under a lock: test processes run in parallel.
fn ensure_linter_installed() {
    crate::harness::npm_ci(&lint_dir(), "graphql-schema-linter");
}

/// `graphql-schema-linter` on the committed SDL with the rules in
/// tests/schema-lint/graphql-schema-linter.config.js (Relay connections, naming, a description
/// on every type); the linter exits non-zero on any error and its report is the failure message.
#[tokio::test]
async fn sdl_passes_the_linter() {
    tokio::task::spawn_blocking(ensure_linter_installed)
        .await
        .expect("install");
    let out = tokio::process::Command::new("node")
        .arg("node_modules/graphql-schema-linter/lib/cli.js")
        .args(["--format", "text"])
        .current_dir(lint_dir())
        .output()
        .await
        .expect("node must be installed");
    assert!(
        out.status.success(),
        "graphql-schema-linter found errors in graphql/schema.graphql:\n{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}
