//! The web application in a real browser: `tests/browser/` (playwright-core driving Debian's
//! Chromium, axe-core for WCAG 2.1 A/AA) against the real `ostoja serve --demo`, on both
//! backends: the staff's screens (`app.test.mjs`), the public help pages (`help.test.mjs`), the
//! JavaScript each first screen downloads against its budget (`budgets.test.mjs`),
//! the help point editor (`directory.test.mjs`), the administrator's page (`admin.test.mjs`),
//! the intake register (`intake.test.mjs`) and a card's forms with live deadline notices
//! (`card.test.mjs`, against a second demo whose in-process worker runs every second), and the
//! team's life cycle (`team.test.mjs`, in Lubliniec), and a social worker's day (`day.test.mjs`,
//! in Jastrzębie-Zdrój: forms read back, a person corrected, a card printed, phones), a
//! regional coordinator's view of the region's release (`region.test.mjs`), programmes in
//! Częstochowa (`programmes.test.mjs`), a referral from a card's action plan
//! (`referral.test.mjs`), a family's file turning into a Blue Card (`family.test.mjs`, in
//! Żory), the municipal programme, the register of child-protection standards and campaigns
//! with the public calendar (`strategy.test.mjs`, `standards.test.mjs`, `events.test.mjs`, `strategy_coalitions.test.mjs`, in
//! Jastrzębie-Zdrój), a procedure handed over from Żory to Jastrzębie-Zdrój
//! (`transfer.test.mjs`) and the operator's
//! console (`operator.test.mjs`, last: it adds a municipality). Chromium comes from
//! `apt-get install chromium` (`scripts/test.sh` installs it).

use serde_json::json;

use crate::cases::{nk_a, open, overdue_card_notified, today, victim_pesel};
use crate::harness::{npm_ci, repo_dir, Backend, Server, ServerOptions, TestDb};
use crate::on_both;

const CHROMIUM: &str = "/usr/bin/chromium";

/// The worker's two cards (one opened today, one overdue with its notice sent) and a card of
/// the team member about someone else with the same PESEL, which the worker may not see.
async fn seed_cards(server: &Server) {
    let worker = server.staff("zory", "pracownik").await;
    open(server, &worker, nk_a(today())).await;
    overdue_card_notified(server, &worker).await;
    let member = server.staff("zory", "czlonek").await;
    let mut other = nk_a(today());
    other["initiatorInstitution"] = json!("EDUCATION");
    other["persons"][0]["firstName"] = json!("Barbara");
    other["persons"][0]["lastName"] = json!("Nowicka");
    open(server, &member, other).await;
    // A family in Częstochowa last quarter, released: the coordinator's view has hidden cells
    // to explain.
    let quarter = stats::schedule::due(today())[0];
    let worker = server.staff("czestochowa", "pracownik").await;
    open(
        server,
        &worker,
        nk_a(quarter.first_day() + chrono::Days::new(10)),
    )
    .await;
    let out = server
        .cli(&[
            "stats",
            "publish",
            "--region",
            "slaskie",
            "--period",
            &quarter.to_string(),
        ])
        .await;
    assert!(out.status.success(), "{out:?}");
}

async fn browser_suite(backend: Backend) {
    assert!(
        std::path::Path::new(CHROMIUM).exists(),
        "{CHROMIUM} is missing: apt-get install -y chromium (scripts/test.sh does it)"
    );
    let dir = repo_dir("tests/browser");
    let install = dir.clone();
    tokio::task::spawn_blocking(move || npm_ci(&install, "playwright-core"))
        .await
        .expect("install");
    // Every browser test signs in afresh from one address: the sign-in limit (30 a minute, a
    // defence against guessing) would stop the suite, not an attacker; sso.rs tests the limit.
    let db = TestDb::new(backend).await;
    let server = Server::start(
        &db,
        ServerOptions {
            demo: true,
            env: vec![(
                "OSTOJA_RATE_LIMIT__SIGN_IN_PER_WINDOW".to_owned(),
                "1000".to_owned(),
            )],
            ..Default::default()
        },
    )
    .await;
    seed_cards(&server).await;
    let off_db = TestDb::new(Backend::Sqlite).await;
    let off = Server::start(
        &off_db,
        ServerOptions {
            demo: true,
            env: vec![("OSTOJA_DEV_LOGIN__ENABLED".to_owned(), "false".to_owned())],
            ..Default::default()
        },
    )
    .await;
    let live_db = TestDb::new(Backend::Sqlite).await;
    let live = Server::start(
        &live_db,
        ServerOptions {
            demo: true,
            env: vec![("OSTOJA_WORKER__INTERVAL_SECONDS".to_owned(), "1".to_owned())],
            ..Default::default()
        },
    )
    .await;
    let out = tokio::process::Command::new("node")
        .args([
            "--test",
            "--test-concurrency=1",
            "app.test.mjs",
            "help.test.mjs",
            "budgets.test.mjs",
            "directory.test.mjs",
            "admin.test.mjs",
            "intake.test.mjs",
            "card.test.mjs",
            "team.test.mjs",
            "day.test.mjs",
            "region.test.mjs",
            "programmes.test.mjs",
            "referral.test.mjs",
            "family.test.mjs",
            "strategy.test.mjs",
            "standards.test.mjs",
            "events.test.mjs",
            "strategy_coalitions.test.mjs",
            "transfer.test.mjs",
            "operator.test.mjs",
        ])
        .current_dir(&dir)
        .env("OSTOJA_URL", &server.url)
        .env("OSTOJA_URL_NO_DEV_LOGIN", &off.url)
        .env("OSTOJA_URL_LIVE", &live.url)
        .env("VICTIM_PESEL", victim_pesel())
        .env("CHROMIUM", CHROMIUM)
        .output()
        .await
        .expect("node must be installed");
    let report = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.status.success(), "browser tests failed:\n{report}");
    assert!(report.contains("# fail 0"), "{report}");
}
on_both!(browser_suite);
