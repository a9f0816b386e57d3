//! Targeting by geography: every unit within a radius of a point (across state borders), and
//! listed districts with every unit under them.

use crate::inputs::unit_id;
use crate::support::on_every_backend;
use reqwest::StatusCode;
use serde_json::{Value, json};

async fn resolved(app: &crate::support::TestApp, token: &str, targets: Value) -> Vec<String> {
    let reply = app
        .post_json(
            "/api/v1/inputs/preview",
            token,
            &json!({ "targets": targets }),
        )
        .await;
    reply.expect(StatusCode::OK, "preview");
    reply.json()["units"]
        .as_array()
        .unwrap()
        .iter()
        .map(|u| u["name"].as_str().unwrap().to_string())
        .collect()
}

#[tokio::test]
async fn a_radius_around_the_singhu_border_reaches_stations_of_delhi_and_haryana_only_nearby() {
    on_every_backend(async |app| {
        let analyst = app.login("dl.analyst").await;
        let singhu = json!({ "lat": 28.85, "lon": 77.10 });
        let near = resolved(
            app,
            &analyst,
            json!([{ "kind": "radius", "centre": singhu,
            "radius_km": 6 }]),
        )
        .await;
        // PS Narela (0.4 km) in Delhi and PS Kundli (3 km) in Haryana; not PS Alipur (6.4 km).
        assert!(near.contains(&"PS Narela".to_string()), "{near:?}");
        assert!(near.contains(&"PS Kundli".to_string()), "{near:?}");
        assert!(!near.contains(&"PS Alipur".to_string()), "{near:?}");
        let wider = resolved(
            app,
            &analyst,
            json!([{ "kind": "radius", "centre": singhu,
            "radius_km": 8 }]),
        )
        .await;
        assert!(wider.contains(&"PS Alipur".to_string()), "{wider:?}");
        assert!(!wider.contains(&"PS Loni".to_string()), "{wider:?}");
    })
    .await;
}

#[tokio::test]
async fn a_district_target_reaches_the_district_and_every_unit_under_it() {
    on_every_backend(async |app| {
        let analyst = app.login("dl.analyst").await;
        let units = resolved(
            app,
            &analyst,
            json!([{ "kind": "districts",
            "districts": [unit_id("Sonipat District")] }]),
        )
        .await;
        for name in [
            "Sonipat District",
            "Rai Sub-Division",
            "PS Rai",
            "PS Kundli",
            "PS Ganaur",
        ] {
            assert!(units.contains(&name.to_string()), "{name} in {units:?}");
        }
        assert!(!units.contains(&"PS Alipur".to_string()));
        assert!(!units.iter().any(|u| u.contains("Gurugram")), "{units:?}");
    })
    .await;
}
