//! The work list in the order a social worker needs: by the nearest deadline (overdue first,
//! cards without an open deadline last) or by the day the procedure was initiated, a page at a
//! time with cursors that carry their key; filtered by deadlines due this week and by a member
//! of the diagnostic group; at a constant number of statements per page.

use chrono::{Datelike, NaiveDate};
use serde_json::{json, Value};

use crate::cases::{card_in_diagnosis, days_ago, member_ids, nk_a, ok, open, today};
use crate::harness::{code, demo, Backend, Server};
use crate::on_both;

const PAGE: &str = "query($first: Int!, $after: String, $order: BlueCardOrder!, $filter: BlueCardFilter) { \
    blueCards(first: $first, after: $after, order: $order, filter: $filter) { \
    pageInfo { hasNextPage endCursor } \
    edges { cursor node { id initiatedOn nextDueOn deadlines { dueOn state } diagnosticGroup { teamMemberId } } } } }";

/// Every card of the list in `order`, fetched `size` at a time.
async fn walk(server: &Server, token: &str, order: &str, filter: Value, size: i32) -> Vec<Value> {
    let mut after = Value::Null;
    let mut all = Vec::new();
    loop {
        let vars = json!({ "first": size, "after": after, "order": order, "filter": filter });
        let page = ok(server, token, PAGE, vars).await["blueCards"].clone();
        all.extend(
            page["edges"]
                .as_array()
                .unwrap()
                .iter()
                .map(|e| e["node"].clone()),
        );
        if page["pageInfo"]["hasNextPage"] != json!(true) {
            return all;
        }
        after = page["pageInfo"]["endCursor"].clone();
    }
}

fn ids(cards: &[Value]) -> Vec<String> {
    cards
        .iter()
        .map(|c| c["id"].as_str().unwrap().to_owned())
        .collect()
}

fn day(v: &Value) -> Option<NaiveDate> {
    v.as_str().map(|s| s.parse().unwrap())
}

/// The chair's list (cards opened on different days, and one in diagnosis) in each order: pages of two join into the whole list, in the order promised.
async fn the_list_sorts_by_deadline_and_by_opening_day(backend: Backend) {
    let (_db, server) = demo(backend).await;
    let worker = server.staff("zory", "pracownik").await;
    let chair = server.staff("zory", "przewodniczacy").await;
    // In diagnosis after the group's first meeting: no deadline open.
    card_in_diagnosis(&server, &worker, &chair).await;
    for n in [3, 1, 9, 5, 1] {
        open(&server, &worker, nk_a(days_ago(n))).await;
    }
    let whole = walk(&server, &chair, "DEADLINE_SOONEST", json!({}), 50).await;
    assert!(whole.len() >= 5);
    assert_eq!(
        ids(&walk(&server, &chair, "DEADLINE_SOONEST", json!({}), 2).await),
        ids(&whole)
    );
    // The key is the nearest deadline neither met nor cancelled; none sorts last.
    for card in &whole {
        let open_due = card["deadlines"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|d| d["state"] == "PENDING" || d["state"] == "OVERDUE")
            .filter_map(|d| day(&d["dueOn"]))
            .min();
        assert_eq!(day(&card["nextDueOn"]), open_due, "{card}");
    }
    let keys: Vec<Option<NaiveDate>> = whole.iter().map(|c| day(&c["nextDueOn"])).collect();
    let mut sorted = keys.clone();
    sorted.sort_by_key(|k| (k.is_none(), *k));
    assert_eq!(keys, sorted);
    assert!(
        keys.iter().any(Option::is_none),
        "the demo has cards with no open deadline"
    );

    for (order, newest_first) in [("OPENED_NEWEST", true), ("OPENED_OLDEST", false)] {
        let cards = walk(&server, &chair, order, json!({}), 2).await;
        assert_eq!(cards.len(), whole.len());
        let days: Vec<NaiveDate> = cards
            .iter()
            .map(|c| day(&c["initiatedOn"]).unwrap())
            .collect();
        let mut want = days.clone();
        want.sort();
        if newest_first {
            want.reverse();
        }
        assert_eq!(days, want, "{order}");
    }
    // The worker's list in deadline order holds only the worker's cards.
    let own = walk(&server, &worker, "DEADLINE_SOONEST", json!({}), 2).await;
    let mut own_ids = ids(&own);
    let mut newest = ids(&walk(&server, &worker, "NEWEST", json!({}), 50).await);
    own_ids.sort();
    newest.sort();
    assert_eq!(own_ids, newest);
}
on_both!(the_list_sorts_by_deadline_and_by_opening_day);

/// A cursor belongs to the order it came from.
async fn a_cursor_of_another_order_is_refused(backend: Backend) {
    let (_db, server) = demo(backend).await;
    let worker = server.staff("zory", "pracownik").await;
    let chair = server.staff("zory", "przewodniczacy").await;
    for n in [1, 2] {
        open(&server, &worker, nk_a(days_ago(n))).await;
    }
    let vars = json!({ "first": 1, "order": "DEADLINE_SOONEST" });
    let page = ok(&server, &chair, PAGE, vars).await;
    let cursor = page["blueCards"]["pageInfo"]["endCursor"].clone();
    for order in ["OPENED_NEWEST", "NEWEST"] {
        let body = server
            .gql(
                Some(&chair),
                PAGE,
                json!({ "first": 1, "after": cursor, "order": order }),
            )
            .await;
        assert_eq!(code(&body), Some("BAD_USER_INPUT"), "{order}: {body}");
    }
}
on_both!(a_cursor_of_another_order_is_refused);

/// The last day of "this week": Sunday, or at the weekend the coming week's Sunday.
fn end_of_week(t: NaiveDate) -> NaiveDate {
    let weekday = t.weekday().num_days_from_monday();
    let left = if weekday >= 5 {
        13 - weekday
    } else {
        6 - weekday
    };
    t + chrono::Days::new(u64::from(left))
}

/// "Termin w tym tygodniu": cards with a deadline neither met nor cancelled due from today to
/// Sunday (at the weekend, the coming week's); and the cards of one member's diagnostic groups.
async fn the_list_filters_by_deadlines_this_week_and_by_group_member(backend: Backend) {
    let (_db, server) = demo(backend).await;
    let worker = server.staff("zory", "pracownik").await;
    let chair = server.staff("zory", "przewodniczacy").await;
    let ids_in_group = card_in_diagnosis(&server, &worker, &chair).await;
    let t = today();
    let sunday = end_of_week(t);
    // A card whose forwarding deadline (5 working days) falls this week, one due later.
    let back = (0..12)
        .find(|n| {
            let due = kernel::calendar::add_working_days(days_ago(*n), 5);
            due >= t && due <= sunday
        })
        .unwrap();
    open(&server, &worker, nk_a(days_ago(back))).await;
    open(&server, &worker, nk_a(t)).await;
    let all = walk(&server, &chair, "NEWEST", json!({}), 50).await;
    let due_this_week = |c: &Value| {
        c["deadlines"].as_array().unwrap().iter().any(|d| {
            d["state"] == "PENDING" && day(&d["dueOn"]).is_some_and(|on| on >= t && on <= sunday)
        })
    };
    let mut want: Vec<String> = ids(&all
        .iter()
        .filter(|c| due_this_week(c))
        .cloned()
        .collect::<Vec<_>>());
    let mut got = ids(&walk(
        &server,
        &chair,
        "NEWEST",
        json!({ "dueWithin": "THIS_WEEK" }),
        30,
    )
    .await);
    want.sort();
    got.sort();
    assert!(!want.is_empty());
    assert!(want.len() < all.len());
    assert_eq!(got, want);

    let in_group = |member: &str, c: &Value| {
        c["diagnosticGroup"]
            .as_array()
            .unwrap()
            .iter()
            .any(|m| m["teamMemberId"] == member)
    };
    let member = member_ids(&server, &chair).await["policjant"].clone();
    let mut want: Vec<String> = ids(&all
        .iter()
        .filter(|c| in_group(&member, c))
        .cloned()
        .collect::<Vec<_>>());
    let filter = json!({ "groupMember": member });
    let mut got = ids(&walk(&server, &chair, "DEADLINE_SOONEST", filter, 2).await);
    want.sort();
    got.sort();
    assert!(got.contains(&ids_in_group.card));
    assert_eq!(got, want);
    // Not a team member's ID: refused, nothing listed.
    let body = server
        .gql(
            Some(&chair),
            PAGE,
            json!({ "first": 5, "order": "NEWEST", "filter": { "groupMember": ids_in_group.card } }),
        )
        .await;
    assert_eq!(code(&body), Some("BAD_USER_INPUT"), "{body}");
}
on_both!(the_list_filters_by_deadlines_this_week_and_by_group_member);

/// A sorted, filtered page costs the same number of statements whatever it holds.
async fn a_sorted_page_costs_a_constant_number_of_statements(backend: Backend) {
    let (_db, server) = demo(backend).await;
    let worker = server.staff("zory", "pracownik").await;
    let list = "query($order: BlueCardOrder!) { blueCards(first: 50, order: $order, filter: { mine: true, groupMember: null }) { edges { node { id number persons { lastName } deadlines { kind } diagnosticGroup { teamMemberId } } } } }";
    let mut costs = Vec::new();
    for count in [1, 6] {
        for _ in 0..count {
            open(&server, &worker, nk_a(today())).await;
        }
        for order in ["DEADLINE_SOONEST", "OPENED_NEWEST"] {
            let before = server.tenant_statements().await;
            ok(&server, &worker, list, json!({ "order": order })).await;
            costs.push(server.tenant_statements().await - before);
        }
    }
    assert!(costs.windows(2).all(|w| w[0] == w[1]), "{costs:?}");
}
on_both!(a_sorted_page_costs_a_constant_number_of_statements);

/// Cards written before the nearest due day was kept get it from the migration, under each
/// municipality's own row-level security (the owner role is subject to it too).
async fn the_migration_fills_in_the_nearest_deadline_of_existing_cards(backend: Backend) {
    use migrations::{Migrator, MigratorTrait};
    let (db, server) = demo(backend).await;
    let worker = server.staff("zory", "pracownik").await;
    let chair = server.staff("zory", "przewodniczacy").await;
    card_in_diagnosis(&server, &worker, &chair).await;
    for n in [4, 2] {
        open(&server, &worker, nk_a(days_ago(n))).await;
    }
    let before = walk(&server, &chair, "DEADLINE_SOONEST", json!({}), 30).await;
    let owner = sea_orm::Database::connect(db.owner_url()).await.unwrap();
    Migrator::down(&owner, Some(1)).await.unwrap();
    Migrator::up(&owner, None).await.unwrap();
    let after = walk(&server, &chair, "DEADLINE_SOONEST", json!({}), 30).await;
    let keyed = |cards: &[Value]| -> Vec<(String, Value)> {
        cards
            .iter()
            .map(|c| (c["id"].as_str().unwrap().to_owned(), c["nextDueOn"].clone()))
            .collect()
    };
    assert_eq!(keyed(&after), keyed(&before));
    assert!(before.iter().filter(|c| !c["nextDueOn"].is_null()).count() >= 2);
}
on_both!(the_migration_fills_in_the_nearest_deadline_of_existing_cards);
