//! Admission of GraphQL requests: at most `http.max_requests_in_flight` run at once in a process,
//! the next `http.max_requests_queued` wait their turn in arrival order, and any beyond those are
//! answered 503 UNAVAILABLE at once, with `Retry-After`. A request waits with its body read (at most
//! `graphql.max_body_bytes`, so a client that sends slowly holds no turn; only its parsed JSON is
//! kept while it waits) but before its query is parsed,
//! signed in or given a transaction: a crowd of clients costs a small buffer each, memory stays
//! bounded whatever their number, and the database pool is not fought over by requests that cannot
//! use it yet. A request's deadline (`http.request_timeout_seconds`) includes its wait.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use tokio::sync::{OwnedSemaphorePermit, Semaphore};

pub struct Admission {
    running: Arc<Semaphore>,
    max_queued: usize,
    queued: AtomicUsize,
}

/// The right to run; dropping it lets the next request in.
pub struct Admitted {
    _permit: OwnedSemaphorePermit,
}

/// The queue is full: the caller answers 503 with a hint to retry.
#[derive(Debug)]
pub struct Busy;

impl Admission {
    /// `max_in_flight` of 0 is taken as 1: a process that admits nothing would serve nothing.
    pub fn new(max_in_flight: usize, max_queued: usize) -> Self {
        Admission {
            running: Arc::new(Semaphore::new(max_in_flight.max(1))),
            max_queued,
            queued: AtomicUsize::new(0),
        }
    }

    /// Waits for a turn (tokio's semaphore is fair: first come, first served). Cancelled with the
    /// request's deadline, the wait leaves the queue.
    pub async fn admit(&self) -> Result<Admitted, Busy> {
        if let Ok(permit) = self.running.clone().try_acquire_owned() {
            return Ok(Admitted { _permit: permit });
        }
        let place = Queued::join(self)?;
        let permit = self.running.clone().acquire_owned().await;
        drop(place);
        // The semaphore is never closed, so this is always a permit.
        permit.map(|p| Admitted { _permit: p }).map_err(|_| Busy)
    }
}

/// A place in the queue, counted while the request waits (and given back if the wait is
/// cancelled).
struct Queued<'a> {
    admission: &'a Admission,
}

impl<'a> Queued<'a> {
    fn join(admission: &'a Admission) -> Result<Self, Busy> {
        admission
            .queued
            .fetch_update(Ordering::AcqRel, Ordering::Acquire, |n| {
                (n < admission.max_queued).then_some(n + 1)
            })
            .map_err(|_| {
                metrics::counter!("ostoja_http_requests_shed_total").increment(1);
                Busy
            })?;
        metrics::gauge!("ostoja_http_requests_queued").increment(1.0);
        Ok(Queued { admission })
    }
}

impl Drop for Queued<'_> {
    fn drop(&mut self) {
        self.admission.queued.fetch_sub(1, Ordering::AcqRel);
        metrics::gauge!("ostoja_http_requests_queued").decrement(1.0);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn runs_the_allowed_number_then_queues_then_sheds() {
        let admission = Arc::new(Admission::new(2, 1));
        let a = admission.admit().await.expect("first runs");
        let _b = admission.admit().await.expect("second runs");
        // The third waits in the queue...
        let waiting = {
            let admission = admission.clone();
            tokio::spawn(async move { admission.admit().await.map(|_| ()) })
        };
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(5);
        while admission.queued.load(Ordering::Acquire) == 0 {
            assert!(std::time::Instant::now() < deadline, "never queued");
            tokio::task::yield_now().await;
        }
        // ...and the fourth finds the queue full.
        assert!(admission.admit().await.is_err());
        drop(a);
        waiting
            .await
            .expect("the waiting task ran")
            .expect("admitted once a place was free");
        assert_eq!(admission.queued.load(Ordering::Acquire), 0);
    }

    #[tokio::test]
    async fn a_cancelled_wait_leaves_the_queue() {
        let admission = Admission::new(1, 1);
        let _running = admission.admit().await.expect("runs");
        let cut =
            tokio::time::timeout(std::time::Duration::from_millis(1), admission.admit()).await;
        assert!(cut.is_err(), "still waiting when cut");
        assert_eq!(admission.queued.load(Ordering::Acquire), 0);
        // The place is free again for the next one.
        let next =
            tokio::time::timeout(std::time::Duration::from_millis(1), admission.admit()).await;
        assert!(next.is_err(), "waits, not shed");
    }
}
