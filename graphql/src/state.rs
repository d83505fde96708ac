//! The server's shared state, handed to every handler.

use std::sync::Arc;

use identity::devtoken::DevTokens;
use identity::oidc::Oidc;
use identity::session::Sessions;
use kernel::crypto::MasterKey;
use kernel::pubsub::PubSub;
use kernel::Db;
use metrics_exporter_prometheus::PrometheusHandle;

use crate::config::Config;
use crate::limits::{Limits, SubscriptionCaps};
use crate::schema::OstojaSchema;

pub struct AppState {
    pub config: Config,
    pub db: Db,
    pub pubsub: PubSub,
    pub schema: OstojaSchema,
    pub dev_tokens: Option<DevTokens>,
    pub audit: Arc<audit::Recorder>,
    pub metrics: PrometheusHandle,
    pub oidc: Arc<Oidc>,
    pub sessions: Sessions,
    /// Principals kept between requests, checked on each against the database's version.
    pub principals: Arc<identity::principals::Principals>,
    pub limits: Limits,
    /// GraphQL requests running and waiting in this process.
    pub admission: crate::admission::Admission,
    /// Live subscriptions per principal in this process.
    pub subscription_caps: Arc<SubscriptionCaps>,
    pub master_key: MasterKey,
    /// The origin browsers use (`http.public_url`, or where this server listens).
    pub public_url: String,
    /// The public directory's and calendars' caches of this process (also in the schema's data).
    pub public: crate::schema::PublicCaches,
}

pub type SharedState = Arc<AppState>;
