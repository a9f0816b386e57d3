//! Agency admins manage their own agency's units, and only those.

use crate::support::{WORLD, on_every_backend};
use reqwest::StatusCode;
use serde_json::json;

#[tokio::test]
async fn an_admin_adds_and_moves_own_units_but_never_another_agencys() {
    on_every_backend(async |app| {
        let admin = app.login("dl.admin").await;
        let sho_unit = WORLD.user("dl.sho.alipur").unwrap().user.unit;
        let alipur = WORLD.unit(sho_unit).unwrap();
        let subdivision = alipur.parent.expect("a police station has a parent");
        let post = |name: &str, parent: String| {
            json!({
                "name": name,
                "kind": "police_station",
                "parent": parent,
                "location": { "lat": 28.80, "lon": 77.14 },
            })
        };

        let created = app
            .post_json(
                "/api/v1/units",
                &admin,
                &post("PS Bakoli", subdivision.to_string()),
            )
            .await;
        created.expect(StatusCode::CREATED, "a new police station");
        let unit = created.json();
        assert_eq!(unit["agency"], WORLD.agency("DL").unwrap().id.to_string());
        let id = unit["id"].as_str().unwrap().to_string();
        let units = app.get("/api/v1/units", &admin).await;
        assert!(units.body.contains(&id));

        // Under itself: refused.
        app.patch_json(
            &format!("/api/v1/units/{id}"),
            &admin,
            &post("PS Bakoli", id.clone()),
        )
        .await
        .expect(StatusCode::UNPROCESSABLE_ENTITY, "a unit under itself");
        let gurugram = WORLD.user("hr.sp.gurugram").unwrap().user.unit;
        app.post_json(
            "/api/v1/units",
            &admin,
            &post("PS Elsewhere", gurugram.to_string()),
        )
        .await
        .expect(
            StatusCode::UNPROCESSABLE_ENTITY,
            "a parent in another agency",
        );
        app.patch_json(
            &format!("/api/v1/units/{gurugram}"),
            &admin,
            &post("Renamed by Delhi", subdivision.to_string()),
        )
        .await
        .expect(StatusCode::NOT_FOUND, "another agency's unit");
        let mut far_away = post("PS Nowhere", subdivision.to_string());
        far_away["location"] = json!({ "lat": 128.8, "lon": 77.1 });
        app.post_json("/api/v1/units", &admin, &far_away)
            .await
            .expect(StatusCode::UNPROCESSABLE_ENTITY, "a latitude past the pole");
        let haryana = app.get("/api/v1/units", &admin).await;
        assert!(!haryana.body.contains("Renamed by Delhi"));
    })
    .await;
}
