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
