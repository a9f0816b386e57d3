//! Sharing groups: an agency creates one and invites others; an invited agency's admin accepts
//! (and its officers read the group's records at once) or declines (and nothing is shared).

use crate::support::{agency_id, group_id, marking, on_every_backend, sharing_group};
use reqwest::StatusCode;
use serde_json::json;

#[tokio::test]
async fn accepting_an_invitation_shares_the_groups_records_and_only_the_invited_admin_may() {
    on_every_backend(async |app| {
        let loni = app.login("up.sho.loni").await;
        let document = app
            .create_document(
                &loni,
                "Shooters hired across the Yamuna",
                marking(
                    "restricted",
                    sharing_group("Western UP – Haryana STF"),
                    false,
                ),
            )
            .await;
        let path = format!("/api/v1/documents/{}", document["id"].as_str().unwrap());
        let delhi_sho = app.login("dl.sho.alipur").await;
        app.get(&path, &delhi_sho)
            .await
            .expect(StatusCode::NOT_FOUND, "invited, not yet a member");

        let group = group_id("Western UP – Haryana STF");
        let accept = format!("/api/v1/sharing-groups/{group}/accept");
        app.post(&accept, &delhi_sho)
            .await
            .expect(StatusCode::FORBIDDEN, "an officer answers for the agency");
        let outsider = app.login("ib.admin").await;
        app.post(&accept, &outsider)
            .await
            .expect(StatusCode::NOT_FOUND, "an agency the group never invited");
        let member = app.login("hr.admin").await;
        app.post(&accept, &member)
            .await
            .expect(StatusCode::CONFLICT, "an agency that is a member already");

        let delhi_admin = app.login("dl.admin").await;
        let accepted = app.post(&accept, &delhi_admin).await;
        accepted.expect(StatusCode::OK, "Delhi accepts");
        let delhi = agency_id("DL");
        let state = accepted.json()["members"]
            .as_array()
            .unwrap()
            .iter()
            .find(|m| m["agency"] == delhi.as_str())
            .map(|m| m["state"].clone());
        assert_eq!(state, Some(json!("member")));
        // The officer's open session sees the new membership on its next request.
        app.get(&path, &delhi_sho)
            .await
            .expect(StatusCode::OK, "a member reads the group's record");
        app.post(&accept, &delhi_admin)
            .await
            .expect(StatusCode::CONFLICT, "accepting twice");
    })
    .await;
}

#[tokio::test]
async fn a_declined_invitation_shares_nothing_and_only_the_creator_invites() {
    on_every_backend(async |app| {
        let delhi_admin = app.login("dl.admin").await;
        let created = app
            .post_json(
                "/api/v1/sharing-groups",
                &delhi_admin,
                &json!({
                    "name": "Outer North border watch",
                    "purpose": "Alipur and Narela with Sonipat",
                    "invite": [agency_id("HR"), agency_id("IB")],
                }),
            )
            .await;
        created.expect(StatusCode::CREATED, "create a group");
        let group = created.json()["id"].as_str().unwrap().to_string();

        let haryana_admin = app.login("hr.admin").await;
        app.post_json(
            &format!("/api/v1/sharing-groups/{group}/invitations"),
            &haryana_admin,
            &json!({ "agency": agency_id("UP") }),
        )
        .await
        .expect(StatusCode::FORBIDDEN, "an invitee invites");
        app.post(
            &format!("/api/v1/sharing-groups/{group}/accept"),
            &haryana_admin,
        )
        .await
        .expect(StatusCode::OK, "Haryana accepts");
        let ib_admin = app.login("ib.admin").await;
        app.post(
            &format!("/api/v1/sharing-groups/{group}/decline"),
            &ib_admin,
        )
        .await
        .expect(StatusCode::OK, "IB declines");

        let sho = app.login("dl.sho.alipur").await;
        let group_marking = marking(
            "restricted",
            json!({ "kind": "sharing_group", "group": group }),
            false,
        );
        let document = app
            .create_document(&sho, "Narela–Kundli crossing points", group_marking)
            .await;
        let path = format!("/api/v1/documents/{}", document["id"].as_str().unwrap());
        let sonipat = app.login("hr.sp.gurugram").await;
        app.get(&path, &sonipat)
            .await
            .expect(StatusCode::OK, "a member agency");
        let ib = app.login("ib.analyst").await;
        app.get(&path, &ib)
            .await
            .expect(StatusCode::NOT_FOUND, "an agency that declined");
        let up = app.login("up.sho.loni").await;
        app.get(&path, &up)
            .await
            .expect(StatusCode::NOT_FOUND, "an agency never invited");
        let groups = app.get("/api/v1/sharing-groups", &up).await;
        assert!(
            !groups.body.contains(&group),
            "UP lists a group it is not in"
        );
    })
    .await;
}
