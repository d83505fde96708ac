//! The isolation suite: for every query and mutation, a principal of another municipality (or a
//! coordinator, or anonymous) using municipality A's IDs gets exactly what a random ID gets.
//! `every_root_field_is_covered` fails when a new root field is added without a probe here.

use base64::Engine;
use serde_json::{json, Value};

use crate::harness::{code, demo, Backend, Server};
use crate::on_both;

/// Root fields probed below. A new field must be added here and probed.
const COVERED: &[&str] = &[
    "Query.viewer",
    "Query.node",
    "Query.nodes",
    "Query.regions",
    "Query.municipalities",
    // Public by design: web.rs `sign_in_municipalities_are_public`.
    "Query.signInMunicipalities",
    "Query.signInRegions",
    "Query.tenantSettings",
    "Query.users",
    "Query.auditEvents",
    "Query.identityProvider",
    "Query.identityProviders",
    "Query.deploymentHealth",
    "Query.platformAuditEvents",
    "Query.nationalHelplines",
    "Mutation.createRegion",
    "Mutation.createMunicipality",
    "Mutation.updateMunicipality",
    "Mutation.disableMunicipality",
    "Mutation.enableMunicipality",
    "Mutation.updateTenantSettings",
    "Mutation.setIdentityProvider",
    "Mutation.relinkAccounts",
    "Mutation.grantRole",
    "Mutation.revokeRole",
    "Mutation.disableUser",
    "Mutation.enableUser",
    "Mutation.setMyFormOfAddress",
    "Subscription.auditEventRecorded",
    "Query.teams",
    "Query.blueCards",
    "Query.blueCardDeadlineRules",
    "Query.deadlineNotifications",
    "Mutation.createTeam",
    "Mutation.addTeamMember",
    "Mutation.updateTeamMember",
    "Mutation.recordTeamMeeting",
    "Mutation.openBlueCard",
    "Mutation.updateBlueCard",
    "Mutation.correctBlueCardPerson",
    "Mutation.linkBlueCardToEarlierProcedure",
    "Mutation.forwardBlueCardToChair",
    "Mutation.attachBlueCardFiling",
    "Mutation.keepBlueCardFilingSeparate",
    "Mutation.setUpDiagnosticGroup",
    "Mutation.removeDiagnosticGroupMember",
    "Mutation.addOutsideGroupMember",
    "Mutation.removeOutsideGroupMember",
    "Mutation.endTeamMembership",
    "Mutation.withdrawConfidentialityStatement",
    "Mutation.handOverTeamChair",
    "Mutation.recordGroupMeeting",
    "Mutation.fillVictimForm",
    "Mutation.fillPerpetratorForm",
    "Mutation.startMonitoring",
    "Mutation.reviewHelpPlan",
    "Mutation.closeBlueCard",
    "Mutation.recordPerpetratorNotice",
    "Mutation.recordFamilyCourtNotice",
    "Mutation.endPostClosureMonitoring",
    "Mutation.addPlanItem",
    "Mutation.updatePlanItem",
    "Mutation.recordCaseWork",
    "Mutation.setDeadlineRule",
    // The municipality's own retention and erasure reports: retention.rs (a worker refused,
    // another municipality's figures untouched) and the probe below.
    "Query.caseRetention",
    "Query.caseErasures",
    // The officer's access export: subject_access.rs (another municipality's officer finds
    // nothing, everyone else refused) and the probe below.
    "Query.subjectAccessExport",
    "Mutation.setCaseRetention",
    "Query.caseTransfers",
    "Mutation.proposeCaseTransfer",
    "Mutation.decideCaseTransfer",
    "Mutation.withdrawCaseTransfer",
    "Subscription.blueCardDeadlines",
    // Counts of the caller's own municipality only: statistics.rs (another municipality's
    // figures never move; workers, coordinators, operators and the public refused).
    "Query.municipalityStatistics",
    "Query.municipalityStatisticsExport",
    "Query.governmentProgrammeReport",
    // A region's releases hold no tenant rows and are read as ostoja_region: releases.rs (another
    // region answers like an unknown one; staff, operators and the public refused the figures).
    "Query.regionStatistics",
    "Query.regionStatisticsExport",
    "Query.statisticsReleases",
    // The operators' trail of coordinators' exports, no tenant data: releases.rs (coordinators
    // and staff refused, an unknown region NOT_FOUND).
    "Query.statisticsExports",
    // Takes no ID: the administrator's own municipality only (releases.rs; others refused).
    "Mutation.setStatisticsSharing",
];

fn random_id(kind: &str) -> String {
    base64::engine::general_purpose::URL_SAFE_NO_PAD
        .encode(format!("{kind}:{}", uuid::Uuid::now_v7()))
}

fn kind_of(id: &str) -> String {
    let raw = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(id)
        .expect("global id");
    String::from_utf8(raw)
        .expect("utf8")
        .split(':')
        .next()
        .expect("kind")
        .to_owned()
}

struct TenantA {
    users: Vec<String>,
    audit_events: Vec<String>,
    municipality: String,
}

async fn ids_of_zory(server: &Server) -> TenantA {
    let admin = server.staff("zory", "admin").await;
    // Make sure there is an audit trail to point at.
    let _ = server
        .gql(Some(&admin), "{ viewer { user { id } } }", json!({}))
        .await;
    let body = server
        .gql(Some(&admin), "{ viewer { municipality { id } } users(first: 50) { edges { node { id } } } auditEvents(first: 50) { edges { node { id } } } }", json!({}))
        .await;
    let ids = |path: &str| -> Vec<String> {
        body["data"][path]["edges"]
            .as_array()
            .expect("edges")
            .iter()
            .map(|e| e["node"]["id"].as_str().expect("id").to_owned())
            .collect()
    };
    let a = TenantA {
        users: ids("users"),
        audit_events: ids("auditEvents"),
        municipality: body["data"]["viewer"]["municipality"]["id"]
            .as_str()
            .expect("municipality")
            .to_owned(),
    };
    assert_eq!(a.users.len(), 12, "{body}");
    assert!(!a.audit_events.is_empty(), "{body}");
    a
}

async fn foreign_ids_answer_like_random_ids(backend: Backend) {
    let (_db, server) = demo(backend).await;
    let a = ids_of_zory(&server).await;
    let outsiders = [
        (
            "czestochowa admin",
            Some(server.staff("czestochowa", "admin").await),
        ),
        (
            "czestochowa social worker",
            Some(server.staff("czestochowa", "pracownik").await),
        ),
        ("zory social worker (not an administrator)", None),
        ("coordinator", Some(server.coordinator().await)),
        ("operator", Some(server.operator().await)),
        ("anonymous", None),
    ];
    let zory_worker = server.staff("zory", "pracownik").await;
    let mut probes: Vec<String> = a.users.clone();
    probes.extend(a.audit_events.iter().cloned());
    probes.push(a.municipality.clone());

    for (who, token) in &outsiders {
        let token = match *who {
            "zory social worker (not an administrator)" => Some(zory_worker.clone()),
            _ => token.clone(),
        };
        for id in &probes {
            let kind = kind_of(id);
            // Visible by design: a coordinator sees the names of its region's municipalities;
            // a colleague of the same municipality sees its users.
            if (kind == "Municipality" && (*who == "coordinator" || *who == "operator"))
                || (kind == "User" && who.starts_with("zory"))
                || (kind == "Municipality" && who.starts_with("zory"))
            {
                continue;
            }
            let random = random_id(&kind);
            for query in [
                "query($id: ID!) { node(id: $id) { id } }",
                "query($id: ID!) { nodes(ids: [$id]) { id } }",
            ] {
                let foreign = server
                    .gql(token.as_deref(), query, json!({ "id": id }))
                    .await;
                let unknown = server
                    .gql(token.as_deref(), query, json!({ "id": random }))
                    .await;
                assert_eq!(
                    foreign, unknown,
                    "{who} probing a {kind} of zory with {query}"
                );
                assert!(foreign["errors"].is_null(), "{who}: {foreign}");
            }
        }
    }

    // Platform objects: another region, a coordinator, an operator.
    let op = server.operator().await;
    let body = server
        .gql(Some(&op), "mutation { createRegion(input: { slug: \"opolskie\", name: \"Opolskie\", teryt: \"16\" }) { region { id } } }", json!({}))
        .await;
    let other_region = body["data"]["createRegion"]["region"]["id"]
        .as_str()
        .expect("region")
        .to_owned();
    let coordinator = server.coordinator().await;
    let body = server
        .gql(
            Some(&coordinator),
            "{ viewer { coordinator { id } } }",
            json!({}),
        )
        .await;
    let coordinator_id = body["data"]["viewer"]["coordinator"]["id"]
        .as_str()
        .expect("coordinator")
        .to_owned();
    let body = server
        .gql(Some(&op), "{ viewer { operator { id } } }", json!({}))
        .await;
    let operator_id = body["data"]["viewer"]["operator"]["id"]
        .as_str()
        .expect("operator")
        .to_owned();
    let zory_admin = server.staff("zory", "admin").await;
    let platform_probes = [
        (
            other_region.as_str(),
            vec![Some(zory_admin.clone()), Some(coordinator.clone()), None],
        ),
        (
            coordinator_id.as_str(),
            vec![Some(zory_admin.clone()), None],
        ),
        (
            operator_id.as_str(),
            vec![Some(zory_admin.clone()), Some(coordinator.clone()), None],
        ),
    ];
    for (id, outsiders) in platform_probes {
        let random = random_id(&kind_of(id));
        for token in outsiders {
            let query = "query($id: ID!) { node(id: $id) { id } }";
            let foreign = server
                .gql(token.as_deref(), query, json!({ "id": id }))
                .await;
            let unknown = server
                .gql(token.as_deref(), query, json!({ "id": random }))
                .await;
            assert_eq!(foreign, unknown, "probing {} with {token:?}", kind_of(id));
            assert_eq!(foreign["data"]["node"], Value::Null);
        }
    }
    // Sanity: the owners do see them.
    let body = server
        .gql(
            Some(&op),
            "query($id: ID!) { node(id: $id) { id } }",
            json!({ "id": other_region }),
        )
        .await;
    assert_eq!(body["data"]["node"]["id"], other_region.as_str());

    // Lists never contain another municipality's objects.
    let b_admin = server.staff("czestochowa", "admin").await;
    let body = server.gql(Some(&b_admin), "{ users(first: 100) { edges { node { id } } } auditEvents(first: 100) { edges { node { id objectIds } } } municipalities { id } }", json!({})).await;
    let text = body.to_string();
    for id in a
        .users
        .iter()
        .chain(a.audit_events.iter())
        .chain([&a.municipality])
    {
        assert!(!text.contains(id.as_str()), "czestochowa sees {id}: {body}");
    }

    // Operator mutations: a foreign ID and a random one answer the same for staff and
    // coordinators (FORBIDDEN: they may not call them at all).
    for token in [b_admin.clone(), server.coordinator().await] {
        for mutation in [
            "mutation($id: ID!) { disableMunicipality(input: { id: $id }) { municipality { id } } }",
            "mutation($id: ID!) { enableMunicipality(input: { id: $id }) { municipality { id } } }",
            "mutation($id: ID!) { updateMunicipality(input: { id: $id, version: 1, name: \"X\" }) { municipality { id } } }",
        ] {
            let foreign = server.gql(Some(&token), mutation, json!({ "id": a.municipality })).await;
            let unknown = server.gql(Some(&token), mutation, json!({ "id": random_id("Municipality") })).await;
            assert_eq!(foreign, unknown, "{mutation}");
            assert_eq!(code(&foreign), Some("FORBIDDEN"));
        }
        for mutation in [
            "mutation { createRegion(input: { slug: \"x-region\", name: \"X\", teryt: \"02\" }) { region { id } } }",
            "mutation { createMunicipality(input: { slug: \"x-gmina\", name: \"X\", teryt: \"2479021\", region: \"slaskie\" }) { municipality { id } } }",
        ] {
            let body = server.gql(Some(&token), mutation, json!({})).await;
            assert_eq!(code(&body), Some("FORBIDDEN"), "{body}");
        }
    }
    // Identity providers: only operators set or list them; a foreign municipality's ID and a
    // random one answer the same.
    for token in [
        b_admin.clone(),
        server.coordinator().await,
        zory_worker.clone(),
    ] {
        let set = "mutation($id: ID!) { setIdentityProvider(input: { municipalityId: $id, issuer: \"https://idp.example\", clientId: \"c\", clientSecret: \"s\" }) { identityProvider { issuer } } }";
        let foreign = server
            .gql(Some(&token), set, json!({ "id": a.municipality }))
            .await;
        let unknown = server
            .gql(
                Some(&token),
                set,
                json!({ "id": random_id("Municipality") }),
            )
            .await;
        assert_eq!(foreign, unknown);
        assert_eq!(code(&foreign), Some("FORBIDDEN"), "{foreign}");
        let body = server
            .gql(Some(&token), "{ identityProviders { issuer } }", json!({}))
            .await;
        assert_eq!(code(&body), Some("FORBIDDEN"), "{body}");
    }
    for token in [server.coordinator().await, zory_worker.clone(), op.clone()] {
        let body = server
            .gql(Some(&token), "{ identityProvider { issuer } }", json!({}))
            .await;
        assert_eq!(code(&body), Some("FORBIDDEN"), "{body}");
    }
    let body = server
        .gql(None, "{ identityProvider { issuer } }", json!({}))
        .await;
    assert_eq!(code(&body), Some("UNAUTHENTICATED"), "{body}");

    // Re-linking another municipality's accounts answers like a municipality that does not
    // exist; staff who are not administrators and coordinators may not ask at all.
    let relink = "mutation($id: ID) { relinkAccounts(input: { municipalityId: $id }) { relinking { unlinked } } }";
    let foreign = server
        .gql(Some(&b_admin), relink, json!({ "id": a.municipality }))
        .await;
    let unknown = server
        .gql(
            Some(&b_admin),
            relink,
            json!({ "id": random_id("Municipality") }),
        )
        .await;
    assert_eq!(foreign, unknown);
    assert_eq!(code(&foreign), Some("FORBIDDEN"), "{foreign}");
    for token in [server.coordinator().await, zory_worker.clone()] {
        let body = server
            .gql(Some(&token), relink, json!({ "id": null }))
            .await;
        assert_eq!(code(&body), Some("FORBIDDEN"), "{body}");
    }

    // The deployment's health and the platform's trail are the operators' alone.
    for query in [
        "{ deploymentHealth { database redis jobs { job } } }",
        "{ platformAuditEvents { operation details } }",
        "{ nationalHelplines { name published } }",
    ] {
        for token in [
            b_admin.clone(),
            server.coordinator().await,
            zory_worker.clone(),
        ] {
            let body = server.gql(Some(&token), query, json!({})).await;
            assert_eq!(code(&body), Some("FORBIDDEN"), "{query}: {body}");
        }
        let body = server.gql(None, query, json!({})).await;
        assert_eq!(code(&body), Some("UNAUTHENTICATED"), "{query}: {body}");
        let body = server.gql(Some(&op), query, json!({})).await;
        assert!(body.get("errors").is_none(), "{query}: {body}");
    }

    // User management: another municipality's user answers like a random ID (NOT_FOUND) to an
    // administrator; a non-administrator may not call it at all.
    for mutation in [
        "mutation($id: ID!) { grantRole(input: { id: $id, role: TEAM_CHAIR, version: 1 }) { user { id } } }",
        "mutation($id: ID!) { revokeRole(input: { id: $id, role: TEAM_MEMBER, version: 1 }) { user { id } } }",
        "mutation($id: ID!) { disableUser(input: { id: $id, version: 1 }) { user { id } } }",
        "mutation($id: ID!) { enableUser(input: { id: $id, version: 1 }) { user { id } } }",
    ] {
        let foreign = server.gql(Some(&b_admin), mutation, json!({ "id": a.users[0] })).await;
        let unknown = server.gql(Some(&b_admin), mutation, json!({ "id": random_id("User") })).await;
        assert_eq!(foreign, unknown, "{mutation}");
        assert_eq!(code(&foreign), Some("NOT_FOUND"), "{foreign}");
        for token in [Some(zory_worker.clone()), Some(server.coordinator().await), Some(op.clone())] {
            let body = server.gql(token.as_deref(), mutation, json!({ "id": a.users[0] })).await;
            assert_eq!(code(&body), Some("FORBIDDEN"), "{mutation}: {body}");
        }
        let body = server.gql(None, mutation, json!({ "id": a.users[0] })).await;
        assert_eq!(code(&body), Some("UNAUTHENTICATED"), "{body}");
    }

    // A form of address is one's own: it names no user, so nobody reaches another's record;
    // only staff have one.
    let set = "mutation($v: Int!) { setMyFormOfAddress(input: { formOfAddress: MASCULINE, version: $v }) { user { id formOfAddress } } }";
    let me = server
        .gql(
            Some(&b_admin),
            "{ viewer { user { id version } } }",
            json!({}),
        )
        .await;
    let body = server
        .gql(
            Some(&b_admin),
            set,
            json!({ "v": me["data"]["viewer"]["user"]["version"] }),
        )
        .await;
    assert_eq!(
        body["data"]["setMyFormOfAddress"]["user"]["id"], me["data"]["viewer"]["user"]["id"],
        "{body}"
    );
    for token in [server.coordinator().await, op.clone()] {
        let body = server.gql(Some(&token), set, json!({ "v": 1 })).await;
        assert_eq!(code(&body), Some("FORBIDDEN"), "{body}");
    }
    let body = server.gql(None, set, json!({ "v": 1 })).await;
    assert_eq!(code(&body), Some("UNAUTHENTICATED"), "{body}");

    // For an operator, a random municipality ID is NOT_FOUND.
    let body = server.gql(Some(&op), "mutation($id: ID!) { disableMunicipality(input: { id: $id }) { municipality { id } } }", json!({ "id": random_id("Municipality") })).await;
    assert_eq!(code(&body), Some("NOT_FOUND"), "{body}");

    // Tenant settings: an administrator changes only their own municipality's.
    let update = "mutation { updateTenantSettings(input: { version: 0, auditRetentionDays: 500 }) { settings { auditRetentionDays } } }";
    let body = server.gql(Some(&b_admin), update, json!({})).await;
    assert_eq!(
        body["data"]["updateTenantSettings"]["settings"]["auditRetentionDays"], 500,
        "{body}"
    );
    let a_admin = server.staff("zory", "admin").await;
    let body = server
        .gql(
            Some(&a_admin),
            "{ tenantSettings { auditRetentionDays version } }",
            json!({}),
        )
        .await;
    assert_eq!(
        body["data"]["tenantSettings"],
        json!({ "auditRetentionDays": 3650, "version": 0 })
    );
    // Coordinators, operators and anonymous callers have no tenant settings, users or audit.
    for token in [Some(server.coordinator().await), Some(op.clone()), None] {
        for query in [
            "{ tenantSettings { version } }",
            "{ users { edges { cursor } } }",
            "{ auditEvents { edges { cursor } } }",
            update,
        ] {
            let body = server.gql(token.as_deref(), query, json!({})).await;
            assert!(
                matches!(code(&body), Some("FORBIDDEN") | Some("UNAUTHENTICATED")),
                "{query}: {body}"
            );
        }
    }
    // Regions and municipalities: a coordinator sees only their region's.
    let coordinator = server.coordinator().await;
    let body = server
        .gql(
            Some(&coordinator),
            "{ regions { slug municipalities { slug } } }",
            json!({}),
        )
        .await;
    assert_eq!(
        body["data"]["regions"].as_array().map(Vec::len),
        Some(1),
        "{body}"
    );
    let body = server
        .gql(
            Some(&b_admin),
            "{ municipalities { slug } regions { municipalities { slug } } }",
            json!({}),
        )
        .await;
    assert_eq!(
        body["data"]["municipalities"],
        json!([{ "slug": "czestochowa" }]),
        "{body}"
    );
    assert_eq!(
        body["data"]["regions"][0]["municipalities"],
        json!([{ "slug": "czestochowa" }]),
        "{body}"
    );
}
on_both!(foreign_ids_answer_like_random_ids);

#[tokio::test]
async fn every_root_field_is_covered() {
    let (_db, server) = demo(Backend::Sqlite).await;
    let body = server
        .gql(None, "{ __schema { queryType { fields { name } } mutationType { fields { name } } subscriptionType { fields { name } } } }", json!({}))
        .await;
    let mut fields = Vec::new();
    for (root, key) in [
        ("Query", "queryType"),
        ("Mutation", "mutationType"),
        ("Subscription", "subscriptionType"),
    ] {
        for f in body["data"]["__schema"][key]["fields"]
            .as_array()
            .unwrap_or(&Vec::new())
        {
            fields.push(format!("{root}.{}", f["name"].as_str().unwrap_or_default()));
        }
    }
    let missing: Vec<&String> = fields
        .iter()
        .filter(|f| {
            !COVERED.contains(&f.as_str()) && !crate::isolation_intake::covered_elsewhere(f)
        })
        .collect();
    assert!(missing.is_empty(), "add isolation probes for {missing:?}");
}

/// Case objects of zory (a card in diagnosis with its plan, the team, a member, a meeting)
/// probed by everyone who must not see them: every query and mutation answers exactly as it
/// answers for a random ID.
async fn case_objects_answer_like_random_ids(backend: Backend) {
    let (_db, server) = demo(backend).await;
    let worker = server.staff("zory", "pracownik").await;
    let chair = server.staff("zory", "przewodniczacy").await;
    let ids = crate::cases::card_in_diagnosis(&server, &worker, &chair).await;
    // And an overdue card, so that zory has deadline notifications to keep to itself.
    crate::cases::overdue_card_notified(&server, &worker).await;
    let outsiders = [
        (
            "czestochowa chair",
            Some(server.staff("czestochowa", "przewodniczacy").await),
        ),
        (
            "czestochowa admin",
            Some(server.staff("czestochowa", "admin").await),
        ),
        (
            "czestochowa social worker",
            Some(server.staff("czestochowa", "pracownik").await),
        ),
        (
            "zory member outside the group",
            Some(server.staff("zory", "czlonek").await),
        ),
        ("zory admin", Some(server.staff("zory", "admin").await)),
        ("coordinator", Some(server.coordinator().await)),
        ("operator", Some(server.operator().await)),
        ("anonymous", None),
    ];
    let card_probes = [
        "query($id: ID!) { node(id: $id) { id } nodes(ids: [$id]) { id } }",
        "mutation($id: ID!) { updateBlueCard(input: { id: $id, version: 5, description: \"x\" }) { blueCard { id } userErrors { code } } }",
        "mutation($id: ID!) { forwardBlueCardToChair(input: { id: $id, version: 5 }) { blueCard { id } userErrors { code } } }",
        "mutation($id: ID!) { setUpDiagnosticGroup(input: { id: $id, version: 5, memberIds: [] }) { blueCard { id } userErrors { code } } }",
        "mutation($id: ID!) { removeDiagnosticGroupMember(input: { id: $id, version: 5, memberId: \"VGVhbU1lbWJlcjowMTk0YTk1Yy0wMDAwLTcwMDAtODAwMC0wMDAwMDAwMDAwMDA\" }) { blueCard { id } userErrors { code } } }",
        "mutation($id: ID!) { addOutsideGroupMember(input: { id: $id, version: 5, name: \"Ewa Nowak\", organisation: \"SP 3\", institution: EDUCATION, statementSignedOn: \"2026-01-01\" }) { blueCard { id } userErrors { code } } }",
        "mutation($id: ID!) { removeOutsideGroupMember(input: { id: $id, version: 5, memberId: \"T3V0c2lkZUdyb3VwTWVtYmVyOjAxOTRhOTVjLTAwMDAtNzAwMC04MDAwLTAwMDAwMDAwMDAwMA\" }) { blueCard { id } userErrors { code } } }",
        "mutation($id: ID!) { attachBlueCardFiling(input: { id: $id, version: 5, procedureId: $id, procedureVersion: 5 }) { filing { id } procedure { id } userErrors { code } } }",
        "mutation($id: ID!) { attachBlueCardFiling(input: { id: \"Qmx1ZUNhcmQ6MDE5NGE5NWMtMDAwMC03MDAwLTgwMDAtMDAwMDAwMDAwMDAw\", version: 1, procedureId: $id, procedureVersion: 5 }) { filing { id } procedure { id } userErrors { code } } }",
        "mutation($id: ID!) { keepBlueCardFilingSeparate(input: { id: $id, version: 5 }) { blueCard { id } userErrors { code } } }",
        "mutation($id: ID!) { linkBlueCardToEarlierProcedure(input: { id: $id, version: 5, procedureId: $id }) { blueCard { id } userErrors { code } } }",
        "mutation($id: ID!) { linkBlueCardToEarlierProcedure(input: { id: \"Qmx1ZUNhcmQ6MDE5NGE5NWMtMDAwMC03MDAwLTgwMDAtMDAwMDAwMDAwMDAw\", version: 1, procedureId: $id }) { blueCard { id } userErrors { code } } }",
        "mutation($id: ID!) { recordGroupMeeting(input: { id: $id, version: 5 }) { blueCard { id } userErrors { code } } }",
        "mutation($id: ID!) { fillVictimForm(input: { id: $id, version: 5, personId: \"Qmx1ZUNhcmRQZXJzb246MDE5NGE5NWMtMDAwMC03MDAwLTgwMDAtMDAwMDAwMDAwMDAw\", diagnosis: \"x\" }) { blueCard { id } userErrors { code } } }",
        "mutation($id: ID!) { fillPerpetratorForm(input: { id: $id, version: 5, personId: \"Qmx1ZUNhcmRQZXJzb246MDE5NGE5NWMtMDAwMC03MDAwLTgwMDAtMDAwMDAwMDAwMDAw\", diagnosis: \"x\" }) { blueCard { id } userErrors { code } } }",
        "mutation($id: ID!) { startMonitoring(input: { id: $id, version: 5 }) { blueCard { id } userErrors { code } } }",
        "mutation($id: ID!) { reviewHelpPlan(input: { id: $id, version: 5 }) { blueCard { id } userErrors { code } } }",
        "mutation($id: ID!) { closeBlueCard(input: { id: $id, version: 5, ground: UNFOUNDED, resultReport: \"x\", basis: \"x\" }) { blueCard { id } userErrors { code } } }",
        "mutation($id: ID!) { recordPerpetratorNotice(input: { id: $id, version: 5, personId: \"Qmx1ZUNhcmRQZXJzb246MDE5NGE5NWMtMDAwMC03MDAwLTgwMDAtMDAwMDAwMDAwMDAw\", way: IN_PERSON }) { blueCard { id } userErrors { code } } }",
        "mutation($id: ID!) { recordFamilyCourtNotice(input: { id: $id, version: 5, firstName: \"X\", lastName: \"Y\", dateOfBirth: \"2014-01-01\", court: \"SR\" }) { blueCard { id } userErrors { code } } }",
        "mutation($id: ID!) { endPostClosureMonitoring(input: { id: $id, version: 5 }) { blueCard { id } userErrors { code } } }",
        "mutation($id: ID!) { addPlanItem(input: { blueCardId: $id, plan: HELP_PLAN, description: \"x\" }) { planItem { id } userErrors { code } } }",
        "mutation($id: ID!) { recordCaseWork(input: { blueCardId: $id, kind: MEDICAL_HELP }) { work { id } userErrors { code } } }",
    ];
    let item_probe = "mutation($id: ID!) { updatePlanItem(input: { id: $id, version: 1, status: DONE }) { planItem { id } userErrors { code } } }";
    let person_probe = "mutation($id: ID!) { correctBlueCardPerson(input: { id: $id, version: 5, firstName: \"X\", lastName: \"Y\", dateOfBirth: \"1990-01-01\", sex: FEMALE }) { blueCard { id } userErrors { code } } }";
    let person = crate::cases::card(&server, &worker, &ids.card).await["persons"][0]["id"]
        .as_str()
        .expect("a person")
        .to_owned();
    let team_probes = [
        ("Team", "mutation($id: ID!) { addTeamMember(input: { teamId: $id, userId: \"VXNlcjowMTk0YTk1Yy0wMDAwLTcwMDAtODAwMC0wMDAwMDAwMDAwMDA\", institution: NGO, institutionName: \"X\" }) { member { id } userErrors { code field } } }"),
        ("Team", "mutation($id: ID!) { recordTeamMeeting(input: { teamId: $id, heldOn: \"2026-01-05\", agenda: \"x\" }) { meeting { id } userErrors { code field } } }"),
        ("TeamMember", "mutation($id: ID!) { updateTeamMember(input: { id: $id, version: 1, confidentialitySignedOn: \"2026-01-05\" }) { member { id } userErrors { code } } }"),
        ("TeamMember", "mutation($id: ID!) { endTeamMembership(input: { id: $id, version: 1, reason: \"x\" }) { member { id } userErrors { code } } }"),
        ("TeamMember", "mutation($id: ID!) { withdrawConfidentialityStatement(input: { id: $id, version: 1 }) { member { id } userErrors { code } } }"),
        ("TeamMember", "mutation($id: ID!) { handOverTeamChair(input: { memberId: $id, version: 1 }) { member { id } userErrors { code field } } }"),
    ];
    for (who, token) in &outsiders {
        for query in card_probes {
            let foreign = server
                .gql(token.as_deref(), query, json!({ "id": ids.card }))
                .await;
            let unknown = server
                .gql(
                    token.as_deref(),
                    query,
                    json!({ "id": random_id("BlueCard") }),
                )
                .await;
            assert_eq!(foreign, unknown, "{who}: {query}");
            assert!(foreign["data"].to_string().find(&ids.card).is_none());
        }
        let foreign = server
            .gql(token.as_deref(), item_probe, json!({ "id": ids.plan_item }))
            .await;
        let unknown = server
            .gql(
                token.as_deref(),
                item_probe,
                json!({ "id": random_id("PlanItem") }),
            )
            .await;
        assert_eq!(foreign, unknown, "{who}: updatePlanItem");
        let foreign = server
            .gql(token.as_deref(), person_probe, json!({ "id": person }))
            .await;
        let unknown = server
            .gql(
                token.as_deref(),
                person_probe,
                json!({ "id": random_id("BlueCardPerson") }),
            )
            .await;
        assert_eq!(foreign, unknown, "{who}: correctBlueCardPerson");
        // Team objects are visible within zory (not secret), never outside it.
        if !who.starts_with("zory") {
            for (kind, query) in team_probes {
                let id = if kind == "Team" {
                    &ids.team
                } else {
                    &ids.member
                };
                let foreign = server
                    .gql(token.as_deref(), query, json!({ "id": id }))
                    .await;
                let unknown = server
                    .gql(token.as_deref(), query, json!({ "id": random_id(kind) }))
                    .await;
                assert_eq!(foreign, unknown, "{who}: {query}");
            }
            for id in [&ids.team, &ids.member, &ids.meeting] {
                let query = "query($id: ID!) { node(id: $id) { id } }";
                let foreign = server
                    .gql(token.as_deref(), query, json!({ "id": id }))
                    .await;
                let unknown = server
                    .gql(
                        token.as_deref(),
                        query,
                        json!({ "id": random_id(&kind_of(id)) }),
                    )
                    .await;
                assert_eq!(foreign, unknown, "{who}: node {}", kind_of(id));
            }
        }
        // Lists never hold zory's cases.
        for query in [
            "{ blueCards(first: 100) { edges { node { id } } } }",
            "{ deadlineNotifications(first: 100) { edges { node { blueCardId } } } }",
            "{ teams { id members { id } } }",
            "{ blueCardDeadlineRules { kind } }",
        ] {
            let body = server.gql(token.as_deref(), query, json!({})).await;
            let text = body.to_string();
            assert!(!text.contains(&ids.card), "{who}: {query}: {body}");
            if !who.starts_with("zory") {
                assert!(!text.contains(&ids.team), "{who}: {query}: {body}");
            }
            if matches!(*who, "coordinator" | "operator" | "anonymous") {
                assert!(
                    matches!(code(&body), Some("FORBIDDEN") | Some("UNAUTHENTICATED")),
                    "{who}: {query}: {body}"
                );
            }
        }
    }
    // Team management and cases are for the municipality's own staff.
    for token in [
        Some(server.coordinator().await),
        Some(server.operator().await),
        None,
    ] {
        for query in [
            "mutation { createTeam(input: { name: \"X\", actNumber: \"1\", actIssuedOn: \"2026-01-01\" }) { team { id } } }",
            "mutation { setDeadlineRule(input: { kind: SET_UP_GROUP, amount: 2, unit: DAYS, version: 0 }) { rule { kind } } }",
            "mutation { setCaseRetention(input: { years: 12, version: 0 }) { retention { years } } }",
            "{ caseRetention { years } }",
            "{ caseErasures { number } }",
            "{ subjectAccessExport(pesel: \"44051401359\") { fileName } }",
            "{ caseTransfers { id number } }",
            "mutation { proposeCaseTransfer(input: { id: \"Qmx1ZUNhcmQ6MDE5MmU2YjAtMDAwMC03MDAwLTgwMDAtMDAwMDAwMDAwMDAw\", version: 1, municipality: \"zory\" }) { transfer { id } } }",
            "mutation { decideCaseTransfer(input: { id: \"x\", version: 1, agree: true }) { transfer { id } } }",
            "mutation { withdrawCaseTransfer(input: { id: \"x\", version: 1 }) { transfer { id } } }",
            "mutation { openBlueCard(input: { initiatedOn: \"2026-01-05\", initiatorInstitution: POLICE, violenceForms: [PHYSICAL], persons: [] }) { blueCard { id } } }",
        ] {
            let body = server.gql(token.as_deref(), query, json!({})).await;
            assert!(matches!(code(&body), Some("FORBIDDEN") | Some("UNAUTHENTICATED")), "{query}: {body}");
        }
    }
}
on_both!(case_objects_answer_like_random_ids);

/// The first string at `pointer` in the answer to `query`.
async fn sample_id(server: &Server, token: &str, query: &str, pointer: &str) -> String {
    let body = server.gql(Some(token), query, json!({})).await;
    body.pointer(pointer)
        .and_then(Value::as_str)
        .unwrap_or_else(|| panic!("no {pointer} in {body}"))
        .to_owned()
}

/// Every node type the services register answers `node(id:)` and `nodes(ids:)`: a random ID of
/// the type is null, without an error, for everyone; a type with a loader also round-trips one
/// of its objects for a principal who may see it. The types come from the registry, so a new
/// context's types are probed without an edit here; a loadable type without a sample below
/// fails until one is added.
async fn every_registered_node_type_round_trips(backend: Backend) {
    ostoja::schema::register_services().expect("the services' node types register");
    let registered = kernel::node::registered();
    let fetchable = ostoja::schema::fetchable_node_types();
    assert!(fetchable.iter().all(|t| registered.contains(t)));

    let (_db, server) = demo(backend).await;
    let worker = server.staff("zory", "pracownik").await;
    let chair = server.staff("zory", "przewodniczacy").await;
    let admin = server.staff("zory", "admin").await;
    let coordinator = server.coordinator().await;
    let operator = server.operator().await;
    let case = crate::cases::card_in_diagnosis(&server, &worker, &chair).await;

    let mut samples: std::collections::HashMap<&str, (String, String)> = Default::default();
    samples.insert("BlueCard", (case.card.clone(), worker.clone()));
    samples.insert("Team", (case.team.clone(), chair.clone()));
    samples.insert("TeamMember", (case.member.clone(), chair.clone()));
    samples.insert("TeamMeeting", (case.meeting.clone(), chair.clone()));
    crate::isolation_intake::samples(&server, &admin, &mut samples).await;
    crate::programmes::samples(&server, &mut samples).await;
    crate::families::samples(&server, &mut samples).await;
    let (programme, ..) = crate::strategy::programme_with_task(&server).await;
    samples.insert(
        "MunicipalProgramme",
        (programme["id"].as_str().unwrap().to_owned(), chair.clone()),
    );
    let institution =
        crate::standards::add(&server, &chair, "Szkoła Podstawowa nr 1", "SCHOOL").await;
    samples.insert(
        "ChildProtectionInstitution",
        (
            institution["id"].as_str().unwrap().to_owned(),
            chair.clone(),
        ),
    );
    let (coalition, _) = crate::coalitions::founded(&server).await;
    samples.insert(
        "Coalition",
        (coalition["id"].as_str().unwrap().to_owned(), chair.clone()),
    );
    for (kind, token, query, pointer) in [
        (
            "Region",
            &coordinator,
            "{ viewer { region { id } } }",
            "/data/viewer/region/id",
        ),
        (
            "Municipality",
            &admin,
            "{ viewer { municipality { id } } }",
            "/data/viewer/municipality/id",
        ),
        (
            "User",
            &admin,
            "{ viewer { user { id } } }",
            "/data/viewer/user/id",
        ),
        (
            "Coordinator",
            &coordinator,
            "{ viewer { coordinator { id } } }",
            "/data/viewer/coordinator/id",
        ),
        (
            "Operator",
            &operator,
            "{ viewer { operator { id } } }",
            "/data/viewer/operator/id",
        ),
        (
            "AuditEvent",
            &admin,
            "{ auditEvents(first: 1) { edges { node { id } } } }",
            "/data/auditEvents/edges/0/node/id",
        ),
    ] {
        let id = sample_id(&server, token, query, pointer).await;
        samples.insert(kind, (id, token.clone()));
    }

    let everyone = [
        Some(worker.as_str()),
        Some(admin.as_str()),
        Some(coordinator.as_str()),
        Some(operator.as_str()),
        None,
    ];
    let both =
        "query($id: ID!) { node(id: $id) { id __typename } nodes(ids: [$id]) { id __typename } }";
    for node_type in registered {
        let kind = node_type.as_str();
        let random = random_id(kind);
        for token in everyone {
            let body = server.gql(token, both, json!({ "id": random })).await;
            assert!(body["errors"].is_null(), "{kind} for {token:?}: {body}");
            assert_eq!(body["data"]["node"], Value::Null, "{kind}: {body}");
            assert_eq!(body["data"]["nodes"], json!([null]), "{kind}: {body}");
        }
        if fetchable.contains(node_type) {
            let (id, token) = samples
                .get(kind)
                .unwrap_or_else(|| panic!("{kind} has a node source: add a sample of it here"));
            let body = server.gql(Some(token), both, json!({ "id": id })).await;
            let expected = json!({ "id": id, "__typename": kind });
            assert_eq!(body["data"]["node"], expected, "{kind}: {body}");
            assert_eq!(body["data"]["nodes"], json!([expected]), "{kind}: {body}");
        }
    }
    // A type no service registered is a malformed ID, not an empty answer.
    let body = server
        .gql(
            Some(&worker),
            "query($id: ID!) { node(id: $id) { id } }",
            json!({ "id": random_id("NoSuchType") }),
        )
        .await;
    assert_eq!(code(&body), Some("BAD_USER_INPUT"), "{body}");
}
on_both!(every_registered_node_type_round_trips);
