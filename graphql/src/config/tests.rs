//! The configuration's checks: what production refuses, and what each setting must look like.

use super::*;

fn production() -> Config {
    Config {
        profile: Profile::Production,
        database: DatabaseConfig {
            url: Some(SecretString::from("postgres://ostoja_app@db/ostoja")),
            ..DatabaseConfig::default()
        },
        master_key: Some(SecretString::from(
            base64::engine::general_purpose::STANDARD.encode([1u8; 32]),
        )),
        dev_login: DevLoginConfig {
            enabled: Some(false),
            ..DevLoginConfig::default()
        },
        http: HttpConfig {
            public_url: Some("https://ostoja.zory.pl".to_owned()),
            ..HttpConfig::default()
        },
        ..Config::default()
    }
}

#[test]
fn production_refusals_name_the_setting() {
    assert!(production().check().is_ok());
    assert!(production().check_for_server().is_ok());

    let mut c = production();
    c.database.url = None;
    assert!(c
        .check_for_server()
        .unwrap_err()
        .to_string()
        .contains("DATABASE_URL"));

    let mut c = production();
    c.database.url = Some(SecretString::from("sqlite://x.db"));
    assert!(c
        .check_for_server()
        .unwrap_err()
        .to_string()
        .contains("SQLite"));

    let mut c = production();
    c.dev_login.enabled = Some(true);
    assert!(c
        .check()
        .unwrap_err()
        .to_string()
        .contains("OSTOJA_DEV_LOGIN__ENABLED"));

    let mut c = production();
    c.directory.fixed_now = Some(chrono::Utc::now());
    assert!(c
        .check()
        .unwrap_err()
        .to_string()
        .contains("OSTOJA_DIRECTORY__FIXED_NOW"));

    let mut c = production();
    c.master_key = None;
    assert!(c.check().is_ok(), "migrations need no master key");
    assert!(c
        .check_for_server()
        .unwrap_err()
        .to_string()
        .contains("OSTOJA_MASTER_KEY"));
}

#[test]
fn production_needs_an_https_public_url() {
    let mut c = production();
    c.http.public_url = None;
    assert!(c
        .check_for_server()
        .unwrap_err()
        .to_string()
        .contains("OSTOJA_HTTP__PUBLIC_URL"));
    c.http.public_url = Some("https://ostoja.zory.pl/app/".to_owned());
    assert!(c.check().is_err(), "a path is refused");
    c.http.public_url = Some("http://ostoja.zory.pl".to_owned());
    assert!(c.check().is_ok());
    assert!(c.check_for_server().is_err(), "plain http in production");
    assert!(production().cookie_secure());
    assert!(!Config::default().cookie_secure());
}

#[test]
fn defaults_follow_profile() {
    let dev = Config::default();
    assert!(dev.dev_login_enabled() && dev.introspection_enabled());
    assert!(dev.database_url().starts_with("sqlite://"));
    let prod = production();
    assert!(!prod.dev_login_enabled() && !prod.introspection_enabled());
    assert_eq!(prod.log_format(), LogFormat::Json);
}

#[test]
fn secrets_are_redacted_in_debug() {
    let mut c = production();
    c.previous_master_keys = Some(SecretString::from(
        "b2xkLWtleS1vZi10aGlydHktdHdvLWJ5dGVzLWxvbmc=",
    ));
    let text = format!("{c:?}");
    assert!(!text.contains("ostoja_app@db") && !text.contains("b2xkLWtleS"));
}

#[test]
fn previous_master_keys_are_keys_and_need_a_current_one() {
    let key = "b2xkLWtleS1vZi10aGlydHktdHdvLWJ5dGVzLWxvbmc=";
    let mut c = production();
    c.previous_master_keys = Some(SecretString::from(format!("{key}, {key}")));
    assert!(c.check().is_ok());
    c.previous_master_keys = Some(SecretString::from(format!("{key},short")));
    assert!(c
        .check()
        .unwrap_err()
        .to_string()
        .contains("OSTOJA_PREVIOUS_MASTER_KEYS"));
    c.previous_master_keys = Some(SecretString::from(key));
    c.master_key = None;
    assert!(c
        .check()
        .unwrap_err()
        .to_string()
        .contains("needs master_key"));
}
