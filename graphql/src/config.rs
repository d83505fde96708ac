//! Configuration: defaults, then an optional TOML file (`--config` or `OSTOJA_CONFIG`), then
//! `DATABASE_URL` and `REDIS_URL`, then `OSTOJA_*` variables (`__` separates levels, e.g.
//! `OSTOJA_DEV_LOGIN__ENABLED=false`).

use std::path::{Path, PathBuf};

use base64::Engine;
use figment::providers::{Env, Format, Toml};
use figment::Figment;
use secrecy::{ExposeSecret, SecretString};
use serde::Deserialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Profile {
    #[default]
    Development,
    Production,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum LogFormat {
    Text,
    Json,
}

#[derive(Debug, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Config {
    pub profile: Profile,
    /// Where the embedded default keeps its SQLite file.
    pub data_dir: PathBuf,
    pub http: HttpConfig,
    pub database: DatabaseConfig,
    pub redis: RedisConfig,
    /// Base64 of 32 random bytes; wraps each tenant's data key. Required in production.
    pub master_key: Option<SecretString>,
    /// While the master key is rotated: the keys it replaces, comma-separated, still opening
    /// what they sealed until `ostoja keys rotate-master` has re-sealed it.
    pub previous_master_keys: Option<SecretString>,
    pub dev_login: DevLoginConfig,
    pub auth: AuthConfig,
    pub rate_limit: RateLimitConfig,
    pub graphql: GraphqlConfig,
    pub log: LogConfig,
    pub worker: WorkerConfig,
    pub directory: DirectoryConfig,
    pub demo: DemoConfig,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            profile: Profile::Development,
            data_dir: PathBuf::from("./data"),
            http: HttpConfig::default(),
            database: DatabaseConfig::default(),
            redis: RedisConfig::default(),
            master_key: None,
            previous_master_keys: None,
            dev_login: DevLoginConfig::default(),
            auth: AuthConfig::default(),
            rate_limit: RateLimitConfig::default(),
            graphql: GraphqlConfig::default(),
            log: LogConfig::default(),
            worker: WorkerConfig::default(),
            directory: DirectoryConfig::default(),
            demo: DemoConfig::default(),
        }
    }
}

#[derive(Debug, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct HttpConfig {
    pub bind: String,
    pub port: u16,
    /// The address browsers use, e.g. `https://ostoja.zory.pl`: the sign-in callback and
    /// the origin cookie requests must come from. Required in production.
    pub public_url: Option<String>,
    /// Take the client address for rate limits from `X-Forwarded-For` (behind an ingress).
    pub trust_forwarded_for: bool,
    /// A second port for `/healthz`, `/readyz` and `/metrics` (the kubelet and Prometheus),
    /// kept off the ingress; when set, `/metrics` is served there only. `ostoja worker` serves
    /// them on it too. 0 picks a free one.
    pub ops_port: Option<u16>,
    /// A GraphQL request still running after this many seconds is answered 503 UNAVAILABLE
    /// and its transaction rolled back (subscriptions are not requests: they are not cut).
    pub request_timeout_seconds: u64,
    /// GraphQL requests run at once by this process; more wait their turn with their body read
    /// and nothing else done (memory stays bounded at any number of clients).
    pub max_requests_in_flight: usize,
    /// Requests waiting for a turn; any beyond are answered 503 UNAVAILABLE at once.
    pub max_requests_queued: usize,
}

impl Default for HttpConfig {
    fn default() -> Self {
        HttpConfig {
            bind: "127.0.0.1".to_owned(),
            port: 8080,
            public_url: None,
            trust_forwarded_for: false,
            ops_port: None,
            request_timeout_seconds: 30,
            max_requests_in_flight: 64,
            max_requests_queued: 1024,
        }
    }
}

#[derive(Debug, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct AuthConfig {
    /// A session ends after this long without a request.
    pub session_idle_minutes: u64,
    /// A session ends this long after sign-in, however active.
    pub session_absolute_hours: u64,
    /// An unknown signing key refetches the provider's keys at most this often.
    pub jwks_min_refresh_seconds: u64,
    /// Discovery documents are fetched again after this long.
    pub discovery_ttl_seconds: u64,
    /// After a provider's discovery or keys cannot be fetched, it is not asked again for this
    /// long (doubling with each further failure, at most five minutes).
    pub discovery_failure_backoff_seconds: u64,
    /// Clock skew tolerated on token expiry and not-before.
    pub clock_skew_seconds: u64,
    /// `Secure` on the session cookie. Default: on in production, off in development.
    pub cookie_secure: Option<bool>,
}

impl Default for AuthConfig {
    fn default() -> Self {
        AuthConfig {
            session_idle_minutes: 30,
            session_absolute_hours: 12,
            jwks_min_refresh_seconds: 60,
            discovery_ttl_seconds: 3600,
            discovery_failure_backoff_seconds: 10,
            clock_skew_seconds: 30,
            cookie_secure: None,
        }
    }
}

#[derive(Debug, Deserialize, Default)]
#[serde(default, deny_unknown_fields)]
pub struct DirectoryConfig {
    /// Development and tests only (refused in production): the help directory answers "open
    /// now" as if it were always this instant (RFC 3339, e.g. `2026-11-11T10:00:00+01:00`), so
    /// that a holiday or midnight in Warsaw can be checked at any time.
    pub fixed_now: Option<chrono::DateTime<chrono::Utc>>,
}

/// What `serve --demo` seeds beyond its people, teams, help points and intake entries.
#[derive(Debug, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct DemoConfig {
    /// Blue Cards opened over the year so far, shared unequally among the four municipalities
    /// (0: none), so that the region's first statistics release has figures.
    pub blue_cards: u32,
}

impl Default for DemoConfig {
    fn default() -> Self {
        DemoConfig { blue_cards: 200 }
    }
}

#[derive(Debug, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct RateLimitConfig {
    pub enabled: bool,
    /// Length of the fixed counting window; the limits below are per window.
    pub window_seconds: u64,
    /// Sign-in attempts (`/auth/login`, `/auth/callback`) per client address.
    pub sign_in_per_window: u64,
    /// GraphQL requests per signed-in principal.
    pub graphql_per_principal: u64,
    /// GraphQL requests per client address.
    pub graphql_per_address: u64,
    /// GraphQL requests without a credential (the public help directory) per client address.
    pub public_per_address: u64,
}

impl Default for RateLimitConfig {
    fn default() -> Self {
        RateLimitConfig {
            enabled: true,
            window_seconds: 60,
            sign_in_per_window: 30,
            graphql_per_principal: 600,
            graphql_per_address: 1200,
            public_per_address: 300,
        }
    }
}

#[derive(Debug, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct DatabaseConfig {
    /// The server's connection (role `ostoja_app` on PostgreSQL). Default: SQLite in `data_dir`.
    pub url: Option<SecretString>,
    /// The owner's connection for migrations (role `ostoja_owner`). Default: `url`.
    pub migration_url: Option<SecretString>,
    pub max_connections: u32,
    pub acquire_timeout_seconds: u64,
    /// PostgreSQL's `statement_timeout` for the server's and the worker's connections, in
    /// seconds (0: none): a slow statement is cancelled and answered UNAVAILABLE.
    pub statement_timeout_seconds: u64,
    /// Apply pending migrations when `serve` starts.
    pub migrate_on_start: bool,
}

impl Default for DatabaseConfig {
    fn default() -> Self {
        DatabaseConfig {
            url: None,
            migration_url: None,
            max_connections: 16,
            acquire_timeout_seconds: 5,
            statement_timeout_seconds: 15,
            migrate_on_start: true,
        }
    }
}

#[derive(Debug, Deserialize, Default)]
#[serde(default, deny_unknown_fields)]
pub struct RedisConfig {
    /// Sessions, cache, rate limits and pub/sub across replicas. Default: in-process.
    pub url: Option<SecretString>,
}

#[derive(Debug, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct DevLoginConfig {
    /// Accept tokens from `ostoja dev-token`. Default: on in development, off in production
    /// (where turning it on is refused).
    pub enabled: Option<bool>,
    pub token_ttl_minutes: i64,
}

impl Default for DevLoginConfig {
    fn default() -> Self {
        DevLoginConfig {
            enabled: None,
            token_ttl_minutes: 12 * 60,
        }
    }
}

#[derive(Debug, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct GraphqlConfig {
    /// Default: on in development, off in production.
    pub introspection: Option<bool>,
    /// GraphiQL on `GET /graphql`. Default: on in development, off in production.
    pub graphiql: Option<bool>,
    /// Queries (never mutations) over `GET /graphql?query=…`. Default: on in development, off in
    /// production, where URLs with their variables would reach proxy logs and browser history.
    pub get_queries: Option<bool>,
    pub max_depth: usize,
    pub max_complexity: usize,
    pub max_aliases: usize,
    pub max_body_bytes: usize,
    /// How often a subscription connection's sign-in is checked again.
    pub subscription_recheck_seconds: u64,
    /// Live subscriptions on one WebSocket; more are refused with RATE_LIMITED.
    pub max_subscriptions_per_connection: usize,
    /// Live subscriptions of one signed-in person across their WebSockets, counted per gateway
    /// process (the per-connection cap bounds what one socket adds to it).
    pub max_subscriptions_per_principal: usize,
}

impl Default for GraphqlConfig {
    fn default() -> Self {
        GraphqlConfig {
            introspection: None,
            graphiql: None,
            get_queries: None,
            max_depth: 12,
            max_complexity: 1000,
            max_aliases: 30,
            max_body_bytes: 256 * 1024,
            subscription_recheck_seconds: 15,
            max_subscriptions_per_connection: 20,
            max_subscriptions_per_principal: 50,
        }
    }
}

#[derive(Debug, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct LogConfig {
    /// Default: JSON in production, text in development.
    pub format: Option<LogFormat>,
    /// A tracing filter such as `info` or `ostoja=debug,info`; `RUST_LOG` overrides it.
    pub filter: String,
}

impl Default for LogConfig {
    fn default() -> Self {
        LogConfig {
            format: None,
            filter: "info".to_owned(),
        }
    }
}

#[derive(Debug, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct WorkerConfig {
    /// Seconds between runs of the scheduled jobs.
    pub interval_seconds: u64,
    /// Blue Card deadlines this many working days ahead are announced as coming due.
    pub deadline_lead_working_days: u32,
    /// Runs the jobs inside `serve` too, publishing on the server's own pub/sub, so that the
    /// embedded default pushes notifications live without Redis or `ostoja worker`. With
    /// several replicas, leave it off and run one `ostoja worker` instead.
    pub in_process: bool,
    /// The worker's `/healthz` (on `http.ops_port`) fails when its loop has shown no progress
    /// (a run started, a job finished) for this long beyond the interval.
    pub stall_seconds: u64,
}

impl Default for WorkerConfig {
    fn default() -> Self {
        WorkerConfig {
            interval_seconds: 3600,
            deadline_lead_working_days: 2,
            in_process: false,
            stall_seconds: 1800,
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("configuration: {0}")]
    Load(String),
    #[error("configuration: {setting}: {message}")]
    Invalid {
        setting: &'static str,
        message: String,
    },
}

fn invalid(setting: &'static str, message: &str) -> ConfigError {
    ConfigError::Invalid {
        setting,
        message: message.to_owned(),
    }
}

impl Config {
    pub fn load(file: Option<&Path>) -> Result<Config, ConfigError> {
        let mut figment = Figment::new();
        if let Some(file) = file {
            if !file.exists() {
                return Err(ConfigError::Load(format!(
                    "file {} does not exist",
                    file.display()
                )));
            }
            figment = figment.merge(Toml::file(file));
        }
        figment = figment
            .merge(
                Env::raw()
                    .only(&["DATABASE_URL"])
                    .map(|_| "database.url".into()),
            )
            .merge(Env::raw().only(&["REDIS_URL"]).map(|_| "redis.url".into()))
            .merge(
                Env::prefixed("OSTOJA_")
                    .ignore(&["CONFIG", "IDP_CLIENT_SECRET"])
                    .split("__"),
            );
        let config: Config = figment
            .extract()
            .map_err(|e| ConfigError::Load(e.to_string()))?;
        config.check()?;
        Ok(config)
    }

    /// Checks every setting's form; [`Config::check_for_server`] adds what production requires.
    pub fn check(&self) -> Result<(), ConfigError> {
        if let Some(key) = &self.master_key {
            let decoded = base64::engine::general_purpose::STANDARD.decode(key.expose_secret());
            if decoded.map(|k| k.len()) != Ok(32) {
                return Err(invalid(
                    "master_key (OSTOJA_MASTER_KEY)",
                    "must be the base64 encoding of 32 random bytes (e.g. `openssl rand -base64 32`)",
                ));
            }
        }
        if let Some(keys) = &self.previous_master_keys {
            let all_keys = keys.expose_secret().split(',').all(|key| {
                base64::engine::general_purpose::STANDARD
                    .decode(key.trim())
                    .map(|k| k.len())
                    == Ok(32)
            });
            if !all_keys {
                return Err(invalid(
                    "previous_master_keys (OSTOJA_PREVIOUS_MASTER_KEYS)",
                    "must be base64 encodings of 32 bytes, separated by commas",
                ));
            }
            if self.master_key.is_none() {
                return Err(invalid(
                    "previous_master_keys (OSTOJA_PREVIOUS_MASTER_KEYS)",
                    "needs master_key (OSTOJA_MASTER_KEY), the key that replaces them",
                ));
            }
        }
        if !(1..=7 * 24 * 60).contains(&self.dev_login.token_ttl_minutes) {
            return Err(invalid(
                "dev_login.token_ttl_minutes",
                "must be 1 to 10080 (a week)",
            ));
        }
        if let Some(url) = &self.http.public_url {
            let ok = url::Url::parse(url).is_ok_and(|u| {
                matches!(u.scheme(), "http" | "https")
                    && u.host().is_some()
                    && u.path() == "/"
                    && u.query().is_none()
            });
            if !ok || url.ends_with('/') {
                return Err(invalid(
                    "http.public_url (OSTOJA_HTTP__PUBLIC_URL)",
                    "must be the site's origin, e.g. https://ostoja.zory.pl (no path, no trailing slash)",
                ));
            }
        }
        if self.auth.session_idle_minutes == 0
            || self.auth.session_absolute_hours == 0
            || self.auth.session_idle_minutes > self.auth.session_absolute_hours * 60
        {
            return Err(invalid(
                "auth.session_idle_minutes / auth.session_absolute_hours",
                "both must be positive and the idle timeout no longer than the absolute one",
            ));
        }
        if self.graphql.max_subscriptions_per_connection == 0
            || self.graphql.max_subscriptions_per_principal == 0
        {
            return Err(invalid(
                "graphql.max_subscriptions_per_connection / graphql.max_subscriptions_per_principal",
                "both must be at least 1",
            ));
        }
        if self.profile == Profile::Production && self.dev_login.enabled == Some(true) {
            return Err(invalid(
                "dev_login.enabled (OSTOJA_DEV_LOGIN__ENABLED)",
                "development login cannot be enabled in the production profile",
            ));
        }
        if self.profile == Profile::Production && self.directory.fixed_now.is_some() {
            return Err(invalid(
                "directory.fixed_now (OSTOJA_DIRECTORY__FIXED_NOW)",
                "a fixed clock for the help directory is for development and tests only",
            ));
        }
        Ok(())
    }

    /// Refuses to serve or run jobs with settings that must never run in production; each
    /// message names the setting. (`migrate` and the tenant commands need no master key.)
    pub fn check_for_server(&self) -> Result<(), ConfigError> {
        if self.profile == Profile::Production {
            match &self.database.url {
                None => {
                    return Err(invalid(
                        "database.url (DATABASE_URL)",
                        "the production profile needs PostgreSQL; the embedded SQLite default is for development",
                    ))
                }
                Some(url) if !url.expose_secret().starts_with("postgres") => {
                    return Err(invalid(
                        "database.url (DATABASE_URL)",
                        "the production profile refuses SQLite; use a postgres:// URL",
                    ))
                }
                Some(_) => {}
            }
            if self.master_key.is_none() {
                return Err(invalid(
                    "master_key (OSTOJA_MASTER_KEY)",
                    "the production profile needs a master key to protect personal data",
                ));
            }
            if !self
                .http
                .public_url
                .as_deref()
                .is_some_and(|u| u.starts_with("https://"))
            {
                return Err(invalid(
                    "http.public_url (OSTOJA_HTTP__PUBLIC_URL)",
                    "the production profile needs the https:// address browsers use, for single sign-on",
                ));
            }
        }
        Ok(())
    }

    pub fn dev_login_enabled(&self) -> bool {
        self.dev_login
            .enabled
            .unwrap_or(self.profile == Profile::Development)
    }

    pub fn cookie_secure(&self) -> bool {
        self.auth
            .cookie_secure
            .unwrap_or(self.profile == Profile::Production)
    }

    /// The origin browsers use; in development, the address the server listens on.
    pub fn public_url(&self) -> String {
        self.http
            .public_url
            .clone()
            .unwrap_or_else(|| format!("http://{}:{}", self.http.bind, self.http.port))
    }

    pub fn introspection_enabled(&self) -> bool {
        self.graphql
            .introspection
            .unwrap_or(self.profile == Profile::Development)
    }

    pub fn graphiql_enabled(&self) -> bool {
        self.graphql
            .graphiql
            .unwrap_or(self.profile == Profile::Development)
    }

    pub fn get_queries_enabled(&self) -> bool {
        self.graphql
            .get_queries
            .unwrap_or(self.profile == Profile::Development)
    }

    pub fn log_format(&self) -> LogFormat {
        self.log.format.unwrap_or(match self.profile {
            Profile::Production => LogFormat::Json,
            Profile::Development => LogFormat::Text,
        })
    }

    /// The server's database URL; the embedded default is a SQLite file in `data_dir`.
    pub fn database_url(&self) -> String {
        match &self.database.url {
            Some(url) => url.expose_secret().to_owned(),
            None => format!(
                "sqlite://{}?mode=rwc",
                self.data_dir.join("ostoja.db").display()
            ),
        }
    }

    pub fn migration_database_url(&self) -> String {
        match &self.database.migration_url {
            Some(url) => url.expose_secret().to_owned(),
            None => self.database_url(),
        }
    }

    pub fn uses_embedded_database(&self) -> bool {
        self.database.url.is_none()
    }
}

#[cfg(test)]
mod tests;
