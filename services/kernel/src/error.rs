//! The one error type of the service layer and its mapping to GraphQL error codes.

use std::fmt;

/// Codes a client can rely on (`extensions.code`), fixed by the API contract.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ErrorCode {
    Unauthenticated,
    Forbidden,
    NotFound,
    Conflict,
    BadUserInput,
    RateLimited,
    /// A dependency (e.g. the session store) is unreachable; retrying later helps.
    Unavailable,
    Internal,
}

impl ErrorCode {
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorCode::Unauthenticated => "UNAUTHENTICATED",
            ErrorCode::Forbidden => "FORBIDDEN",
            ErrorCode::NotFound => "NOT_FOUND",
            ErrorCode::Conflict => "CONFLICT",
            ErrorCode::BadUserInput => "BAD_USER_INPUT",
            ErrorCode::RateLimited => "RATE_LIMITED",
            ErrorCode::Unavailable => "UNAVAILABLE",
            ErrorCode::Internal => "INTERNAL",
        }
    }
}

impl fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Deliberately not `Display`: async-graphql converts any `Display` type into a GraphQL error
/// with its text and no code, which would leak internal details. [`From<Error>`] for
/// `async_graphql::Error` below is the one way out, and it sets `extensions.code`.
#[derive(Debug)]
pub enum Error {
    Unauthenticated(String),
    Forbidden(String),
    /// Deliberately carries no detail: "not yours" and "does not exist" must look the same.
    NotFound,
    Conflict(String),
    BadUserInput(String),
    RateLimited {
        retry_after_seconds: u64,
    },
    Unavailable(String),
    /// Logged with context, answered with generic text.
    Internal {
        context: String,
        source: Option<Box<dyn std::error::Error + Send + Sync>>,
    },
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    pub fn internal(context: impl Into<String>) -> Self {
        Error::Internal {
            context: context.into(),
            source: None,
        }
    }

    pub fn internal_from(
        context: impl Into<String>,
        source: impl std::error::Error + Send + Sync + 'static,
    ) -> Self {
        Error::Internal {
            context: context.into(),
            source: Some(Box::new(source)),
        }
    }

    /// A stored value that does not parse: the database holds something the code never writes.
    pub fn corrupt(what: &str) -> Self {
        Error::internal(format!("stored {what} is invalid"))
    }

    pub fn code(&self) -> ErrorCode {
        match self {
            Error::Unauthenticated(_) => ErrorCode::Unauthenticated,
            Error::Forbidden(_) => ErrorCode::Forbidden,
            Error::NotFound => ErrorCode::NotFound,
            Error::Conflict(_) => ErrorCode::Conflict,
            Error::BadUserInput(_) => ErrorCode::BadUserInput,
            Error::RateLimited { .. } => ErrorCode::RateLimited,
            Error::Unavailable(_) => ErrorCode::Unavailable,
            Error::Internal { .. } => ErrorCode::Internal,
        }
    }

    /// The text a client may see. Internal details never leave the server.
    pub fn public_message(&self) -> String {
        match self {
            Error::Unauthenticated(m)
            | Error::Forbidden(m)
            | Error::Conflict(m)
            | Error::BadUserInput(m)
            | Error::Unavailable(m) => m.clone(),
            Error::NotFound => "not found".to_owned(),
            Error::RateLimited {
                retry_after_seconds,
            } => format!("too many requests; try again in {retry_after_seconds} s"),
            Error::Internal { .. } => "internal error".to_owned(),
        }
    }

    /// The full text for operators (command line, logs), internal context and causes included.
    pub fn describe(&self) -> String {
        match self {
            Error::Internal { context, source } => {
                let mut text = format!("internal error: {context}");
                let mut next: Option<&(dyn std::error::Error + 'static)> = source
                    .as_deref()
                    .map(|e| e as &(dyn std::error::Error + 'static));
                while let Some(err) = next {
                    text.push_str(": ");
                    text.push_str(&err.to_string());
                    next = err.source();
                }
                text
            }
            other => other.public_message(),
        }
    }

    /// Writes internal errors to the log with their whole chain.
    pub fn log_if_internal(&self) {
        if let Error::Internal { .. } = self {
            tracing::error!(error = %self.describe(), "internal error");
        }
    }
}

impl From<sea_orm::DbErr> for Error {
    fn from(err: sea_orm::DbErr) -> Self {
        if database_unavailable(&err) {
            tracing::warn!(error = %err, "the database is unavailable");
            return Error::Unavailable("the database is unavailable; try again shortly".to_owned());
        }
        Error::internal_from("database", err)
    }
}

/// Whether a database error is the database being away or too slow (refused or lost
/// connections, the pool's timeout, a server shutting down, the statement timeout) rather
/// than a fault of the statement: the former is answered 503 UNAVAILABLE, to be retried.
pub fn database_unavailable(err: &sea_orm::DbErr) -> bool {
    use sea_orm::sqlx::Error as Sqlx;
    use sea_orm::{DbErr, RuntimeErr};
    let sqlx = match err {
        DbErr::ConnectionAcquire(_) => return true,
        DbErr::Conn(RuntimeErr::SqlxError(e))
        | DbErr::Exec(RuntimeErr::SqlxError(e))
        | DbErr::Query(RuntimeErr::SqlxError(e)) => e,
        _ => return false,
    };
    match sqlx.as_ref() {
        Sqlx::Io(_)
        | Sqlx::Tls(_)
        | Sqlx::PoolTimedOut
        | Sqlx::PoolClosed
        | Sqlx::WorkerCrashed
        | Sqlx::BeginFailed => true,
        // SQLSTATE classes 08 (connection exception), 53 (insufficient resources) and 57
        // (operator intervention: shutdown, cannot connect now, and 57014, the statement
        // timeout); a serialization failure or deadlock (40001, 40P01) and a read-only
        // transaction after a failover (25006) pass with a retry too.
        Sqlx::Database(db) => db.code().is_some_and(|code| {
            ["08", "53", "57"]
                .iter()
                .any(|class| code.starts_with(class))
                || ["40001", "40P01", "25006"].contains(&code.as_ref())
        }),
        _ => false,
    }
}

impl From<sea_orm::TransactionError<Error>> for Error {
    fn from(err: sea_orm::TransactionError<Error>) -> Self {
        match err {
            sea_orm::TransactionError::Connection(e) => e.into(),
            sea_orm::TransactionError::Transaction(e) => e,
        }
    }
}

impl From<Error> for async_graphql::Error {
    fn from(err: Error) -> Self {
        err.log_if_internal();
        let code = err.code();
        use async_graphql::ErrorExtensions;
        let retry_after = match err {
            Error::RateLimited {
                retry_after_seconds,
            } => Some(retry_after_seconds),
            _ => None,
        };
        async_graphql::Error::new(err.public_message()).extend_with(|_, ext| {
            ext.set("code", code.as_str());
            if let Some(seconds) = retry_after {
                ext.set("retryAfterSeconds", seconds);
            }
        })
    }
}

/// A validation problem the user can fix, returned in a mutation payload's `userErrors`.
#[derive(Debug, Clone, PartialEq, Eq, async_graphql::SimpleObject)]
pub struct UserError {
    /// The input field path, e.g. `["input", "slug"]`.
    pub field: Vec<String>,
    pub message: String,
    /// A stable machine-readable code, e.g. `INVALID`, `TAKEN`, `REQUIRED`.
    pub code: String,
}

impl UserError {
    pub fn new(field: &[&str], code: &str, message: impl Into<String>) -> Self {
        UserError {
            field: field.iter().map(|s| (*s).to_owned()).collect(),
            message: message.into(),
            code: code.to_owned(),
        }
    }

    /// An error on `field` of the input object at `path`, e.g. `["input", "persons", "2"]`.
    pub fn at(path: &[&str], field: &str, code: &str, message: impl Into<String>) -> Self {
        let mut error = UserError::new(path, code, message);
        error.field.push(field.to_owned());
        error
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn internal_errors_hide_details() {
        let err = Error::internal("secret table name");
        assert_eq!(err.public_message(), "internal error");
        assert_eq!(err.code(), ErrorCode::Internal);
    }

    #[test]
    fn not_found_carries_no_detail() {
        assert_eq!(Error::NotFound.public_message(), "not found");
    }
}
