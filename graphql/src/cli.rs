//! The `ostoja` command line.

use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Duration;

use anyhow::{anyhow, bail};
use clap::{ArgGroup, Args, Parser, Subcommand};
use identity::devtoken::DevTokens;
use identity::oidc::Oidc;
use identity::provider::{ProviderChange, ProviderInput, ProviderScope};
use identity::{Login, Subject};
use kernel::principal::Operator;
use kernel::slug::Slug;

use crate::app;
use crate::config::Config;
use crate::serving::{connect, describe, migrate};
use crate::{schema, telemetry};

#[derive(Parser)]
#[command(
    name = "ostoja",
    version,
    about = "Ostoja: the municipal platform for counteracting domestic violence",
    propagate_version = true
)]
struct Cli {
    /// A TOML configuration file (settings: see docs/operators.md ("Configuration")); environment variables override it.
    #[arg(long, global = true, env = "OSTOJA_CONFIG", value_name = "FILE")]
    config: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run the server (embedded SQLite in ./data when no database is configured).
    Serve(ServeArgs),
    /// Apply pending database migrations (as the owner role) and exit.
    Migrate,
    /// Run scheduled jobs (audit retention) until stopped.
    Worker(WorkerArgs),
    /// Manage municipalities (tenants).
    #[command(subcommand)]
    Tenant(TenantCommand),
    /// Manage regions (voivodeships).
    #[command(subcommand)]
    Region(RegionCommand),
    /// Manage identity providers (single sign-on).
    #[command(subcommand)]
    Idp(IdpCommand),
    /// Regional statistics releases.
    #[command(subcommand)]
    Stats(crate::stats_cli::StatsCommand),
    /// The master key: its rotation.
    #[command(subcommand)]
    Keys(crate::keys_cli::KeysCommand),
    /// Print a development bearer token, accepted while development login is enabled.
    DevToken(DevTokenArgs),
    /// Wait, then exit: a container's preStop hook (the image has no shell), so that load
    /// balancers stop sending requests before the server is asked to stop.
    PreStop(PreStopArgs),
    /// Print the GraphQL schema (SDL).
    Schema,
}

#[derive(Args)]
struct PreStopArgs {
    /// Seconds to wait.
    #[arg(long, default_value_t = 5, value_parser = clap::value_parser!(u64).range(0..=600))]
    seconds: u64,
}

#[derive(Args)]
struct ServeArgs {
    /// Seed demo data (region slaskie; zory, czestochowa, lubliniec) and print how to sign in.
    #[arg(long)]
    demo: bool,
    /// Port to listen on; 0 picks a free one.
    #[arg(long)]
    port: Option<u16>,
}

#[derive(Args)]
struct WorkerArgs {
    /// Run every job once and exit (non-zero if a job failed).
    #[arg(long)]
    once: bool,
}

#[derive(Subcommand)]
enum TenantCommand {
    /// Create a municipality.
    Create {
        #[arg(long)]
        slug: String,
        #[arg(long)]
        name: String,
        /// Seven-digit TERYT code of the municipality.
        #[arg(long)]
        teryt: String,
        /// Slug of its region.
        #[arg(long)]
        region: String,
        /// Publish anonymized statistics to the region.
        #[arg(long)]
        shares_statistics: bool,
    },
    /// List municipalities.
    List,
    /// Disable a municipality: its users are refused, its data is kept.
    Disable { slug: String },
    /// Enable a disabled municipality.
    Enable { slug: String },
    /// Export everything the municipality holds, personal data opened, for its controller: an
    /// archive encrypted to the controller's age public key (format: docs/operators.md).
    Export {
        slug: String,
        /// The controller's age public key (`age1…`, from `age-keygen`).
        #[arg(long)]
        recipient: String,
        /// The file to write; it must not exist.
        #[arg(long)]
        out: PathBuf,
    },
    /// Offboard a disabled municipality: export it as `export` does, then remove every row of
    /// it and destroy its data key, recorded in the platform's trail. Cannot be undone.
    Offboard {
        slug: String,
        /// The controller's age public key (`age1…`), for the export.
        #[arg(long)]
        recipient: String,
        /// The export's file; it must not exist.
        #[arg(long)]
        out: PathBuf,
        /// The slug again, to confirm.
        #[arg(long, value_name = "SLUG")]
        confirm: String,
    },
}

#[derive(Subcommand)]
enum RegionCommand {
    /// Create a region.
    Create {
        #[arg(long)]
        slug: String,
        #[arg(long)]
        name: String,
        /// Two-digit TERYT code of the voivodeship.
        #[arg(long)]
        teryt: String,
    },
    /// List regions.
    List,
}

#[derive(Subcommand)]
enum IdpCommand {
    /// Set the OpenID Connect provider of a municipality, of a region's coordinators or of the
    /// operators. Its discovery document is fetched and checked first.
    Set(Box<IdpSetArgs>),
    /// List identity providers (without secrets).
    List,
}

#[derive(Args)]
#[command(group(ArgGroup::new("scope").required(true).args(["tenant", "region", "operators"])))]
struct IdpSetArgs {
    /// The municipality whose staff signs in with this provider.
    #[arg(long, value_name = "SLUG")]
    tenant: Option<String>,
    /// The region whose coordinators sign in with this provider.
    #[arg(long, value_name = "SLUG")]
    region: Option<String>,
    /// The platform operators' provider.
    #[arg(long)]
    operators: bool,
    /// The issuer, exactly as in the provider's tokens (`iss`).
    #[arg(long)]
    issuer: String,
    /// Providers generate client ids that may begin with a hyphen.
    #[arg(long, allow_hyphen_values = true)]
    client_id: String,
    /// The client secret; pass it in the environment so it is not visible in the process list.
    /// Omitted, an update keeps the stored secret.
    #[arg(long, env = "OSTOJA_IDP_CLIENT_SECRET", hide_env_values = true)]
    client_secret: Option<String>,
    /// Space-separated scopes (default: "openid email profile").
    #[arg(long)]
    scopes: Option<String>,
    /// The claim whose values map to roles (default: groups).
    #[arg(long)]
    roles_claim: Option<String>,
    /// A claim value and the role it gives, e.g. `--map zi-admin=tenant_admin`; repeatable.
    #[arg(long = "map", value_name = "VALUE=ROLE")]
    map: Vec<String>,
    /// Only addresses in this domain may sign in; repeatable (default: any).
    #[arg(long = "allowed-domain", value_name = "DOMAIN")]
    allowed_domains: Vec<String>,
    /// The `aud` bearer access tokens must carry (default: the client id).
    #[arg(long)]
    audience: Option<String>,
    /// Link a pre-created account by an e-mail address the provider does not mark as verified
    /// (for Entra ID, which sends no `email_verified`). Anyone able to set that address at the
    /// provider then takes the account: only for a provider that controls its addresses.
    #[arg(long)]
    trust_unverified_email: bool,
}

#[derive(Args)]
#[command(group(ArgGroup::new("scope").required(true).args(["tenant", "region", "operator"])))]
struct DevTokenArgs {
    /// A staff member of this municipality.
    #[arg(long, value_name = "SLUG")]
    tenant: Option<String>,
    /// A coordinator of this region.
    #[arg(long, value_name = "SLUG")]
    region: Option<String>,
    /// A platform operator.
    #[arg(long)]
    operator: bool,
    /// The person's login.
    #[arg(long, value_name = "LOGIN")]
    user: String,
    /// Lifetime in minutes (default: dev_login.token_ttl_minutes).
    #[arg(long)]
    ttl_minutes: Option<i64>,
}

pub fn main() -> ExitCode {
    let cli = Cli::parse();
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("error: starting the runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(run(cli)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::FAILURE
        }
    }
}

async fn run(cli: Cli) -> anyhow::Result<()> {
    schema::register_services().map_err(describe)?;
    match &cli.command {
        Command::Schema => {
            print!("{}", schema::sdl());
            return Ok(());
        }
        Command::PreStop(args) => {
            tokio::time::sleep(Duration::from_secs(args.seconds)).await;
            return Ok(());
        }
        _ => {}
    }
    let mut config = Config::load(cli.config.as_deref())?;
    match cli.command {
        Command::Serve(args) => {
            config.check_for_server()?;
            if let Some(port) = args.port {
                config.http.port = port;
            }
            crate::serving::serve(config, args.demo).await
        }
        Command::Migrate => {
            let _telemetry = telemetry::init(&config)?;
            migrate(&config).await
        }
        Command::Worker(args) => {
            config.check_for_server()?;
            let _telemetry = telemetry::init(&config)?;
            let db = connect(&config).await?;
            crate::serving::worker(config, db, args.once).await
        }
        Command::Tenant(cmd) => tenant(&config, cmd).await,
        Command::Region(cmd) => region(&config, cmd).await,
        Command::Idp(cmd) => {
            // Sealing a client secret needs the real master key in production.
            config.check_for_server()?;
            idp(&config, cmd).await
        }
        Command::Stats(cmd) => crate::stats_cli::run(&config, &connect(&config).await?, cmd).await,
        Command::Keys(cmd) => {
            let _telemetry = telemetry::init(&config)?;
            crate::keys_cli::run(&config, &connect(&config).await?, cmd).await
        }
        Command::DevToken(args) => dev_token(&config, args).await,
        Command::Schema | Command::PreStop(_) => Ok(()),
    }
}

fn print_errors(errors: &[kernel::UserError]) -> anyhow::Error {
    let lines: Vec<String> = errors
        .iter()
        .map(|e| {
            format!(
                "{}: {}",
                e.field.last().map(String::as_str).unwrap_or("input"),
                e.message
            )
        })
        .collect();
    anyhow!(lines.join("; "))
}

async fn tenant(config: &Config, cmd: TenantCommand) -> anyhow::Result<()> {
    let db = connect(config).await?;
    if let TenantCommand::Export {
        slug,
        recipient,
        out,
    } = &cmd
    {
        let master = app::master_key(config, &db).await?;
        let tx = db.platform().await.map_err(describe)?;
        let found = find_tenant(&tx, slug).await?;
        tx.commit().await.map_err(describe)?;
        let done = crate::tenant_export::export(&db, &master, &found, recipient, out).await?;
        println!(
            "exported municipality {}: {} rows of {} tables to {}, encrypted to its controller's key",
            found.slug,
            done.rows,
            done.tables,
            out.display()
        );
        return Ok(());
    }
    if let TenantCommand::Offboard {
        slug,
        recipient,
        out,
        confirm,
    } = &cmd
    {
        if config.database.migration_url.is_none() {
            bail!("offboarding removes the rows as the owner role, which alone may: set database.migration_url (OSTOJA_DATABASE__MIGRATION_URL) as for ostoja migrate; nothing changed");
        }
        let master = app::master_key(config, &db).await?;
        let owner = kernel::Db::connect(
            &config.migration_database_url(),
            &kernel::db::PoolOptions {
                max_connections: 1,
                acquire_timeout: std::time::Duration::from_secs(
                    config.database.acquire_timeout_seconds,
                ),
                statement_timeout: None,
            },
        )
        .await
        .map_err(describe)?;
        let done =
            crate::tenant_offboard::offboard(&db, &owner, &master, slug, confirm, recipient, out)
                .await?;
        println!(
            "offboarded municipality {}: {} rows exported to {} (SHA-256 {}), then {} rows removed and its data key destroyed",
            done.slug,
            done.exported_rows,
            out.display(),
            done.archive_sha256,
            done.removed_rows
        );
        return Ok(());
    }
    let operator = Operator::command_line();
    let tx = db.platform_write().await.map_err(describe)?;
    match cmd {
        TenantCommand::Create {
            slug,
            name,
            teryt,
            region,
            shares_statistics,
        } => {
            let new = tenancy::NewTenant::parse(&slug, &name, &teryt, &region, shares_statistics)
                .map_err(|e| print_errors(&e))?;
            let t = tenancy::create_tenant(&tx, &operator, new)
                .await
                .map_err(describe)?
                .map_err(|e| print_errors(&e))?;
            tx.commit().await.map_err(describe)?;
            println!(
                "created municipality {} ({}, TERYT {})",
                t.slug, t.name, t.teryt
            );
        }
        TenantCommand::List => {
            let regions = tenancy::list_regions(&tx).await.map_err(describe)?;
            for t in tenancy::list_tenants(&tx, None).await.map_err(describe)? {
                let region = regions
                    .iter()
                    .find(|r| r.id == t.region_id)
                    .map(|r| r.slug.to_string())
                    .unwrap_or_default();
                println!(
                    "{}\t{}\t{}\t{}\t{}\t{}",
                    t.slug,
                    t.name,
                    t.teryt,
                    region,
                    match (t.active, t.offboarded_at) {
                        (_, Some(_)) => "offboarded",
                        (true, None) => "active",
                        (false, None) => "disabled",
                    },
                    if t.shares_statistics {
                        "shares-statistics"
                    } else {
                        "private-statistics"
                    }
                );
            }
        }
        TenantCommand::Export { .. } | TenantCommand::Offboard { .. } => {}
        TenantCommand::Disable { slug } | TenantCommand::Enable { slug }
            if Slug::parse(&slug).is_err() =>
        {
            bail!("'{slug}' is not a valid slug")
        }
        TenantCommand::Disable { slug } => {
            let t = find_tenant(&tx, &slug).await?;
            let t = tenancy::set_tenant_active(&tx, &operator, t.id, false)
                .await
                .map_err(describe)?;
            tx.commit().await.map_err(describe)?;
            println!("disabled municipality {}; its data is kept", t.slug);
        }
        TenantCommand::Enable { slug } => {
            let t = find_tenant(&tx, &slug).await?;
            let t = tenancy::set_tenant_active(&tx, &operator, t.id, true)
                .await
                .map_err(describe)?;
            tx.commit().await.map_err(describe)?;
            println!("enabled municipality {}", t.slug);
        }
    }
    Ok(())
}

async fn find_tenant(tx: &kernel::PlatformTx, slug: &str) -> anyhow::Result<tenancy::Tenant> {
    let slug = Slug::parse(slug).map_err(|e| anyhow!("{e}"))?;
    tenancy::find_tenant_by_slug(tx, &slug)
        .await
        .map_err(describe)?
        .ok_or_else(|| anyhow!("no municipality has the slug '{slug}'"))
}

async fn region(config: &Config, cmd: RegionCommand) -> anyhow::Result<()> {
    let db = connect(config).await?;
    let tx = db.platform_write().await.map_err(describe)?;
    match cmd {
        RegionCommand::Create { slug, name, teryt } => {
            let new =
                tenancy::NewRegion::parse(&slug, &name, &teryt).map_err(|e| print_errors(&e))?;
            let r = tenancy::create_region(&tx, &Operator::command_line(), new)
                .await
                .map_err(describe)?
                .map_err(|e| print_errors(&e))?;
            tx.commit().await.map_err(describe)?;
            println!("created region {} ({}, TERYT {})", r.slug, r.name, r.teryt);
        }
        RegionCommand::List => {
            for r in tenancy::list_regions(&tx).await.map_err(describe)? {
                println!("{}\t{}\t{}", r.slug, r.name, r.teryt);
            }
        }
    }
    Ok(())
}

async fn idp(config: &Config, cmd: IdpCommand) -> anyhow::Result<()> {
    let db = connect(config).await?;
    match cmd {
        IdpCommand::List => {
            let tx = db.platform().await.map_err(describe)?;
            for p in identity::provider::list_providers(&tx)
                .await
                .map_err(describe)?
            {
                let scope = match p.scope {
                    ProviderScope::Tenant(id) => tenancy::find_tenant(&tx, id)
                        .await
                        .map_err(describe)?
                        .map_or_else(|| id.to_string(), |t| format!("tenant:{}", t.slug)),
                    ProviderScope::Region(id) => tenancy::find_region(&tx, id)
                        .await
                        .map_err(describe)?
                        .map_or_else(|| id.to_string(), |r| format!("region:{}", r.slug)),
                    ProviderScope::Operators => "operators".to_owned(),
                };
                println!(
                    "{scope}\t{}\tclient {}\tclaim {}\tversion {}",
                    p.issuer, p.client_id, p.roles_claim, p.version
                );
            }
            Ok(())
        }
        IdpCommand::Set(args) => {
            let args = *args;
            let slug = |s: &str, flag: &str| Slug::parse(s).map_err(|e| anyhow!("{flag}: {e}"));
            let tx = db.platform().await.map_err(describe)?;
            let scope = match (&args.tenant, &args.region) {
                (Some(t), _) => ProviderScope::Tenant(
                    tenancy::find_tenant_by_slug(&tx, &slug(t, "--tenant")?)
                        .await
                        .map_err(describe)?
                        .filter(|m| m.offboarded_at.is_none())
                        .ok_or_else(|| anyhow!("--tenant: no municipality '{t}' on the platform"))?
                        .id,
                ),
                (_, Some(r)) => ProviderScope::Region(
                    tenancy::find_region_by_slug(&tx, &slug(r, "--region")?)
                        .await
                        .map_err(describe)?
                        .ok_or_else(|| anyhow!("--region: no region '{r}'"))?
                        .id,
                ),
                _ => ProviderScope::Operators,
            };
            tx.commit().await.map_err(describe)?;
            let mut role_mapping = Vec::new();
            for pair in &args.map {
                let (value, role) = pair
                    .rsplit_once('=')
                    .ok_or_else(|| anyhow!("--map {pair}: expected VALUE=ROLE"))?;
                let role = kernel::Role::parse(role)
                    .ok_or_else(|| anyhow!("--map {pair}: unknown role '{role}'"))?;
                role_mapping.push((value.to_owned(), role));
            }
            let key = app::master_key(config, &db).await?;
            let oidc = Oidc::new(app::oidc_config(config)).map_err(describe)?;
            let change = ProviderChange {
                scope,
                input: ProviderInput {
                    issuer: args.issuer,
                    client_id: args.client_id,
                    client_secret: args.client_secret,
                    scopes: args
                        .scopes
                        .map(|s| s.split_whitespace().map(str::to_owned).collect()),
                    roles_claim: args.roles_claim,
                    role_mapping,
                    allowed_domains: args.allowed_domains,
                    audience: args.audience,
                    trust_unverified_email: args.trust_unverified_email,
                },
                expected_version: None,
            };
            let audit = kernel::db::AuditContext {
                actor: kernel::Actor::System("command line".to_owned()),
                operation: "mutation setIdentityProvider".to_owned(),
                request_id: None,
                sink: Some(
                    Arc::new(audit::Recorder::new(kernel::pubsub::PubSub::local()))
                        as Arc<dyn kernel::db::AuditSink>,
                ),
            };
            let p = identity::setup::configure(
                &db,
                &oidc,
                &key,
                &Operator::command_line(),
                change,
                &audit,
            )
            .await
            .map_err(describe)?
            .map_err(|e| print_errors(&e))?;
            println!(
                "identity provider set: {} (client {}, version {})",
                p.issuer, p.client_id, p.version
            );
            Ok(())
        }
    }
}

async fn dev_token(config: &Config, args: DevTokenArgs) -> anyhow::Result<()> {
    if !config.dev_login_enabled() {
        bail!("development login is disabled in this configuration (dev_login.enabled / OSTOJA_DEV_LOGIN__ENABLED)");
    }
    let login = Login::parse(&args.user).map_err(|e| anyhow!("--user: {e}"))?;
    let slug = |s: &str, flag: &str| Slug::parse(s).map_err(|e| anyhow!("{flag}: {e}"));
    let subject = match (&args.tenant, &args.region, args.operator) {
        (Some(t), _, _) => Subject::Staff {
            tenant: slug(t, "--tenant")?,
            login,
        },
        (_, Some(r), _) => Subject::Coordinator {
            region: slug(r, "--region")?,
            login,
        },
        _ => Subject::Operator { login },
    };
    let db = connect(config).await?;
    // Refuse to print a token the server would refuse.
    identity::resolve_principal(&db, &subject)
        .await
        .map_err(|e| anyhow!("cannot issue a token: {}", e.describe()))?;
    let tokens = DevTokens::load_or_create(&db).await.map_err(describe)?;
    let ttl = args
        .ttl_minutes
        .unwrap_or(config.dev_login.token_ttl_minutes);
    if !(1..=7 * 24 * 60).contains(&ttl) {
        bail!("--ttl-minutes must be 1 to 10080");
    }
    println!(
        "{}",
        tokens
            .issue(&subject, chrono::Duration::minutes(ttl))
            .map_err(describe)?
    );
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_client_id_may_begin_with_a_hyphen() {
        let cli = Cli::try_parse_from([
            "ostoja",
            "idp",
            "set",
            "--tenant",
            "zory",
            "--issuer",
            "https://sso.zory.pl",
            "--client-id",
            "-Cx9",
        ])
        .expect("parses");
        let Command::Idp(IdpCommand::Set(args)) = cli.command else {
            panic!("not idp set");
        };
        assert_eq!(args.client_id, "-Cx9");
    }
}
