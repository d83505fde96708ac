//! The long-running commands: `ostoja serve` and `ostoja worker`, with their operations port
//! and their way of stopping.

use std::sync::Arc;
use std::time::Duration;

use anyhow::{anyhow, bail, Context as _};
use identity::provider::ProviderScope;
use kernel::db::PoolOptions;
use kernel::Db;
use migrations::Migrator;

use crate::app::{self, AppState};
use crate::config::Config;
use crate::{demo, ops, telemetry, worker};

pub(crate) fn describe(e: kernel::Error) -> anyhow::Error {
    anyhow!(e.describe())
}

pub(crate) async fn connect(config: &Config) -> anyhow::Result<Db> {
    if config.uses_embedded_database() {
        std::fs::create_dir_all(&config.data_dir)
            .with_context(|| format!("creating {}", config.data_dir.display()))?;
    }
    Db::connect(
        &config.database_url(),
        &PoolOptions {
            max_connections: config.database.max_connections,
            acquire_timeout: Duration::from_secs(config.database.acquire_timeout_seconds),
            statement_timeout: (config.database.statement_timeout_seconds > 0)
                .then(|| Duration::from_secs(config.database.statement_timeout_seconds)),
        },
    )
    .await
    .map_err(describe)
}

pub(crate) async fn migrate(config: &Config) -> anyhow::Result<()> {
    if config.uses_embedded_database() {
        std::fs::create_dir_all(&config.data_dir)
            .with_context(|| format!("creating {}", config.data_dir.display()))?;
    }
    let owner = Db::connect(
        &config.migration_database_url(),
        &PoolOptions {
            max_connections: 2,
            acquire_timeout: Duration::from_secs(config.database.acquire_timeout_seconds),
            // A migration may rewrite a large table.
            statement_timeout: None,
        },
    )
    .await
    .map_err(describe)?;
    owner
        .apply_migrations::<Migrator>()
        .await
        .map_err(describe)?;
    tracing::info!("migrations applied");
    Ok(())
}

pub(crate) async fn serve(mut config: Config, demo: bool) -> anyhow::Result<()> {
    if demo {
        // The demo shows deadline notifications arriving without a separate worker.
        config.worker.in_process = true;
    }
    let _telemetry = telemetry::init(&config)?;
    let metrics = telemetry::metrics_recorder()?;
    if config.database.migrate_on_start {
        migrate(&config).await?;
    }
    let db = connect(&config).await?;
    if demo {
        let key = app::master_key(&config, &db).await?;
        demo::seed(&db, &key, &config.demo)
            .await
            .map_err(describe)?;
    }
    if config.profile == crate::config::Profile::Production {
        let tx = db.platform().await.map_err(describe)?;
        let operators = identity::provider::find_provider_for_scope(&tx, ProviderScope::Operators)
            .await
            .map_err(describe)?;
        tx.commit().await.map_err(describe)?;
        if operators.is_none() {
            bail!("the production profile signs people in only through identity providers, and the operators have none: run `ostoja idp set --operators --issuer … --client-id …` first");
        }
    }
    let addr = format!("{}:{}", config.http.bind, config.http.port);
    let listener = tokio::net::TcpListener::bind(&addr)
        .await
        .with_context(|| format!("listening on {addr}"))?;
    let local = listener.local_addr()?;
    let url = format!("http://{local}");
    let state = Arc::new(AppState::new(config, db, metrics, &url).await?);
    let ops_task = match state.config.http.ops_port {
        Some(port) => {
            let router = ops::router(
                state.db.clone(),
                state.pubsub.clone(),
                state.metrics.clone(),
                None,
            );
            let (addr, task) = ops::spawn(&state.config.http.bind, port, router).await?;
            println!("Operations endpoints on http://{addr} (/healthz, /readyz, /metrics)");
            Some(task)
        }
        None => None,
    };
    println!("Ostoja is listening on {url} (GraphQL: {url}/graphql)");
    if demo {
        println!(
            "\n{}",
            demo::instructions(&url, state.config.dev_login.token_ttl_minutes)
        );
    }
    tracing::info!(%url, "listening");
    // Other replicas' changes to what the public reads drop this process's cached copies.
    let public_changes: Vec<_> = state
        .public
        .followed()
        .into_iter()
        .map(|cache| tokio::spawn(kernel::public_cache::follow(cache, state.pubsub.clone())))
        .collect();
    let worker = state.config.worker.in_process.then(|| {
        let jobs = worker::Jobs::registered(
            &state.config.worker,
            state.pubsub.clone(),
            state.master_key.clone(),
        );
        let db = state.db.clone();
        let interval = Duration::from_secs(state.config.worker.interval_seconds.max(1));
        tracing::info!(
            interval_seconds = interval.as_secs(),
            "worker runs in process"
        );
        tokio::spawn(async move {
            // The first run waits one interval: start-up is left to the requests.
            tokio::time::sleep(interval).await;
            worker::run(&db, &jobs, interval, std::future::pending::<()>()).await;
        })
    });
    let served = app::serve(state, listener, shutdown_signal()).await;
    if let Some(task) = ops_task {
        task.abort();
    }
    // A job cut short rolls its municipality's transaction back; the next run redoes it.
    if let Some(worker) = worker {
        worker.abort();
    }
    for task in public_changes {
        task.abort();
    }
    served
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = terminate => {},
    }
}

/// `ostoja worker`: the scheduled jobs, once or until stopped, with the operations port when
/// `http.ops_port` is set (its `/healthz` follows the loop).
pub(crate) async fn worker(config: Config, db: Db, once: bool) -> anyhow::Result<()> {
    let master = app::master_key(&config, &db).await?;
    let pubsub = app::pubsub(&config)?;
    let jobs = worker::Jobs::registered(&config.worker, pubsub.clone(), master);
    if once {
        return if worker::run_once(&db, &jobs).await {
            Ok(())
        } else {
            bail!("a scheduled job failed; see the log")
        };
    }
    let ops_task = match config.http.ops_port {
        Some(port) => {
            let metrics = telemetry::metrics_recorder()?;
            let router = ops::router(db.clone(), pubsub, metrics, Some(jobs.heartbeat.clone()));
            let (addr, task) = ops::spawn(&config.http.bind, port, router).await?;
            println!("Operations endpoints on http://{addr} (/healthz, /readyz, /metrics)");
            Some(task)
        }
        None => None,
    };
    tracing::info!(
        interval_seconds = config.worker.interval_seconds,
        "worker started"
    );
    worker::run(
        &db,
        &jobs,
        Duration::from_secs(config.worker.interval_seconds.max(1)),
        shutdown_signal(),
    )
    .await;
    if let Some(task) = ops_task {
        task.abort();
    }
    Ok(())
}
