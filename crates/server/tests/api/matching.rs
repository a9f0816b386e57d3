//! What a person write sets off: matches the author may read are shown with reasons; for
//! records it may not read it learns only whom to contact, and their holder is told; strong
//! matches become "same person" links an analyst confirms or rejects for good; watchers hear
//! of what touches their subjects, within what they may see.

use crate::support::{TestApp, agencies, all_agencies, marking, on_every_backend, own_agency};
use reqwest::StatusCode;
use serde_json::{Value, json};

/// A gangster as one agency writes him: `names` in its own spelling and script.
fn record(names: &[&str], father: &str, phone: Option<&str>, marking: Value) -> Value {
    let names: Vec<Value> = names
        .iter()
        .enumerate()
        .map(|(i, n)| json!({ "text": n, "kind": if i == 0 { "primary" } else { "alias" } }))
        .collect();
    let identifiers: Vec<Value> = phone
        .map(|p| json!({ "kind": "mobile", "value": p }))
        .into_iter()
        .collect();
    json!({
        "names": names,
        "relative": { "relation": "father", "name": father },
        "gender": "male",
        "age": { "kind": "date_of_birth", "date": "1991-03-14" },
        "identifiers": identifiers,
        "addresses": [{ "text": "Village Kharkhoda", "district": "Sonipat" }],
        "marking": marking,
    })
}

async fn create(app: &TestApp, token: &str, body: &Value) -> Value {
    let reply = app.post_json("/api/v1/persons", token, body).await;
    reply.expect(StatusCode::CREATED, "create a person");
    reply.json()
}

async fn notifications(app: &TestApp, token: &str) -> Value {
    let reply = app.get("/api/v1/notifications", token).await;
    reply.expect(StatusCode::OK, "notifications");
    reply.json()
}

fn id(record: &Value) -> String {
    record["id"].as_str().unwrap().to_string()
}

fn member_ids(cluster: &Value) -> Vec<String> {
    cluster["members"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["person"].as_str().unwrap().to_string())
        .collect()
}

#[tokio::test]
async fn a_record_matching_a_hidden_record_names_only_its_holder_and_the_holder_is_told() {
    on_every_backend(async |app| {
        let central = app.login("ib.analyst").await;
        let delhi = app.login("dl.analyst").await;
        let held = create(
            app,
            &central,
            &record(
                &["Sukhwinder Singh Dhillon", "Sukha"],
                "Gurnam Singh",
                Some("+91 98111 40404"),
                marking("restricted", own_agency(), true),
            ),
        )
        .await;

        let written = create(
            app,
            &delhi,
            &record(
                &["सुखविंदर सिंह ढिल्लों"],
                "गुरनाम सिंह",
                Some("098111 40404"),
                marking("restricted", own_agency(), false),
            ),
        )
        .await;
        let text = written.to_string();
        assert!(
            !text.contains(&id(&held)),
            "the hidden record's id leaked: {text}"
        );
        assert!(
            !text.contains("Sukha"),
            "the hidden record's alias leaked: {text}"
        );
        assert_eq!(written["matches"], json!([]));
        assert_eq!(written["held_elsewhere"][0]["agency_code"], "IB", "{text}");

        // The holder's unit hears who matched its subject, and why.
        let told = notifications(app, &central).await;
        let hit = &told["items"][0];
        assert_eq!(hit["kind"], "matched_elsewhere", "{told}");
        assert_eq!(hit["person"], id(&held).as_str());
        assert_eq!(hit["by"]["agency_code"], "DL");
        assert_eq!(hit["by"]["username"], "dl.analyst");
        assert!(hit["reasons"].as_str().unwrap().contains("+919811140404"));
        assert_eq!(told["unread"], 1);

        // The matcher's agency is told nothing about the holder's record.
        let own = notifications(app, &delhi).await;
        assert!(!own.to_string().contains(&id(&held)), "{own}");

        // Read once, it stays read; someone else's notification is not found.
        let path = format!("/api/v1/notifications/{}/read", hit["id"].as_str().unwrap());
        app.post(&path, &delhi)
            .await
            .expect(StatusCode::NOT_FOUND, "another unit's notification");
        app.post(&path, &central)
            .await
            .expect(StatusCode::NO_CONTENT, "mark read");
        assert_eq!(notifications(app, &central).await["unread"], 0);
    })
    .await;
}

#[tokio::test]
async fn a_visible_duplicate_is_shown_linked_and_a_rejected_link_is_never_suggested_again() {
    on_every_backend(async |app| {
        let delhi = app.login("dl.analyst").await;
        let central = app.login("ib.analyst").await;
        let first = create(
            app,
            &delhi,
            &record(
                &["Rajinder Kumar Gujjar"],
                "Om Prakash",
                None,
                marking("restricted", all_agencies(), true),
            ),
        )
        .await;
        let second = create(
            app,
            &central,
            &record(
                &["राजिंदर कुमार गुज्जर"],
                "ओम प्रकाश",
                None,
                marking("restricted", all_agencies(), true),
            ),
        )
        .await;
        let shown = &second["matches"][0];
        assert_eq!(shown["person"], id(&first).as_str(), "{second}");
        assert_eq!(shown["decision"], "match");
        assert_eq!(shown["agency_code"], "DL");
        let reasons = shown["reasons"].as_str().unwrap();
        assert!(reasons.contains("father"), "{reasons}");

        let cluster_path = format!("/api/v1/persons/{}/cluster", id(&second));
        let cluster = app.get(&cluster_path, &delhi).await.json();
        assert_eq!(member_ids(&cluster), vec![id(&second), id(&first)]);
        assert_eq!(cluster["links"][0]["state"], "suggested");

        // An analyst says they are different men; an edit does not bring the link back.
        let decide = format!("/api/v1/persons/{}/links/{}", id(&first), id(&second));
        let rejected = app
            .put_json(&decide, &delhi, &json!({ "state": "rejected" }))
            .await;
        rejected.expect(StatusCode::OK, "reject");
        assert_eq!(rejected.json()["state"], "rejected");
        let mut edit = record(
            &["राजिंदर कुमार गुज्जर", "Rajinder Gujjar"],
            "ओम प्रकाश",
            None,
            marking("restricted", all_agencies(), true),
        );
        edit["version"] = json!(1);
        let path = format!("/api/v1/persons/{}", id(&second));
        app.put_json(&path, &central, &edit)
            .await
            .expect(StatusCode::OK, "edit");
        let cluster = app.get(&cluster_path, &central).await.json();
        assert_eq!(member_ids(&cluster), vec![id(&second)], "{cluster}");

        // Only matching suggests.
        app.put_json(&decide, &delhi, &json!({ "state": "suggested" }))
            .await
            .expect(StatusCode::UNPROCESSABLE_ENTITY, "suggest by hand");
    })
    .await;
}

#[tokio::test]
async fn another_agency_sees_no_trace_of_a_restricted_cluster_member() {
    on_every_backend(async |app| {
        let delhi = app.login("dl.analyst").await;
        let central = app.login("ib.analyst").await;
        let secret = create(
            app,
            &delhi,
            &record(
                &["Naveen Dabas", "Nannu"],
                "Satbir Dabas",
                None,
                marking("restricted", own_agency(), false),
            ),
        )
        .await;
        let open = create(
            app,
            &central,
            &record(
                &["नवीन डबास"],
                "सतबीर डबास",
                None,
                marking("restricted", all_agencies(), true),
            ),
        )
        .await;
        assert!(!open.to_string().contains(&id(&secret)), "{open}");
        assert_eq!(open["held_elsewhere"], json!([]), "no pointer was allowed");

        let path = format!("/api/v1/persons/{}/cluster", id(&open));
        let seen_by_central = app.get(&path, &central).await.json();
        assert_eq!(member_ids(&seen_by_central), vec![id(&open)]);
        assert_eq!(seen_by_central["links"], json!([]));
        assert_eq!(seen_by_central["held_elsewhere"], json!([]));
        assert!(!seen_by_central.to_string().contains(&id(&secret)));

        // The holder sees both, linked.
        let seen_by_delhi = app.get(&path, &delhi).await.json();
        assert_eq!(member_ids(&seen_by_delhi), vec![id(&open), id(&secret)]);

        // Nor may the other agency decide on a link to a record it cannot read.
        let decide = format!("/api/v1/persons/{}/links/{}", id(&open), id(&secret));
        app.put_json(&decide, &central, &json!({ "state": "rejected" }))
            .await
            .expect(StatusCode::NOT_FOUND, "decide on a hidden record");
        let cluster = format!("/api/v1/persons/{}/cluster", id(&secret));
        app.get(&cluster, &central)
            .await
            .expect(StatusCode::NOT_FOUND, "a hidden record's cluster");
    })
    .await;
}

#[tokio::test]
async fn a_watcher_hears_of_a_new_record_with_a_watched_phone_only_if_it_may_know_of_it() {
    on_every_backend(async |app| {
        let sho = app.login("dl.sho.alipur").await;
        let other = app.login("hr.sp.gurugram").await;
        let watch = json!({ "kind": "identifier",
            "identifier": { "kind": "mobile", "value": "98100 55555" } });
        for token in [&sho, &other] {
            let reply = app.post_json("/api/v1/watches", token, &watch).await;
            reply.expect(StatusCode::CREATED, "watch a phone");
            assert_eq!(reply.json()["label"], "+919810055555");
        }

        let central = app.login("ib.analyst").await;
        let written = create(
            app,
            &central,
            &record(
                &["Ashok Tyagi"],
                "Ram Tyagi",
                Some("+91-98100-55555"),
                marking("restricted", agencies(&["DL"]), false),
            ),
        )
        .await;

        let told = notifications(app, &sho).await;
        let item = &told["items"][0];
        assert_eq!(item["kind"], "watched", "{told}");
        assert_eq!(item["event"], "new_record");
        assert_eq!(item["person"], id(&written).as_str());
        let unseen = notifications(app, &other).await;
        assert_eq!(unseen["items"], json!([]), "Haryana may not know of it");

        // A watch on a record one may not read is refused as if it did not exist.
        let hidden = json!({ "kind": "person", "id": id(&written) });
        app.post_json("/api/v1/watches", &other, &hidden)
            .await
            .expect(StatusCode::NOT_FOUND, "watch a hidden person");

        // Unwatching ends it.
        let path = "/api/v1/watches/identifier/mobile:+919810055555";
        let reply = app
            .send(app.request(reqwest::Method::DELETE, path).bearer_auth(&sho))
            .await;
        reply.expect(StatusCode::NO_CONTENT, "unwatch");
        assert_eq!(app.get("/api/v1/watches", &sho).await.json(), json!([]));
    })
    .await;
}

#[tokio::test]
async fn a_search_matching_a_hidden_record_tells_its_holder_once_a_day() {
    on_every_backend(async |app| {
        let central = app.login("ib.analyst").await;
        let held = create(
            app,
            &central,
            &record(
                &["Zulfikar Qureshi"],
                "Rafiq Qureshi",
                None,
                marking("restricted", own_agency(), true),
            ),
        )
        .await;

        let sho = app.login("dl.sho.alipur").await;
        for _ in 0..2 {
            let reply = app
                .send(
                    app.request(reqwest::Method::GET, "/api/v1/register/search")
                        .query(&[("q", "ज़ुल्फ़िकार क़ुरैशी")])
                        .bearer_auth(&sho),
                )
                .await;
            reply.expect(StatusCode::OK, "search");
            let found = reply.json();
            assert_eq!(found["pointers"][0]["agency_code"], "IB", "{found}");
            assert!(!found.to_string().contains(&id(&held)), "{found}");
        }

        let told = notifications(app, &central).await;
        let hits: Vec<&Value> = told["items"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|n| n["kind"] == "matched_elsewhere")
            .collect();
        assert_eq!(hits.len(), 1, "one notice for a day's searches: {told}");
        assert_eq!(hits[0]["via"], "search");
        assert_eq!(hits[0]["by"]["username"], "dl.sho.alipur");
        assert_eq!(hits[0]["person_name"], "Zulfikar Qureshi");
    })
    .await;
}

#[tokio::test]
async fn an_import_reports_the_same_person_written_twice_and_links_him() {
    on_every_backend(async |app| {
        let analyst = app.login("dl.analyst").await;
        let csv = "external_ref,name,father_name,gender,date_of_birth,district,address\n\
            SNP-1,Harinder Singh Malik,Balwant Singh Malik,male,1988-07-02,Sonipat,Gohana\n\
            SNP-2,हरिंदर सिंह मलिक,बलवंत सिंह मलिक,male,1988-07-02,Sonipat,Kharkhoda\n\
            SNP-3,Devender Kadyan,Jai Bhagwan,male,1979-01-20,Jhajjar,Beri\n";
        let reply = app
            .send(
                app.request(reqwest::Method::POST, "/api/v1/register/imports")
                    .query(&[("classification", "restricted")])
                    .header("content-type", "text/csv")
                    .body(csv)
                    .bearer_auth(&analyst),
            )
            .await;
        reply.expect(StatusCode::ACCEPTED, "start an import");
        let path = format!(
            "/api/v1/register/imports/{}",
            reply.json()["id"].as_str().unwrap()
        );
        let mut report = Value::Null;
        for _ in 0..400 {
            report = app.get(&path, &analyst).await.json();
            if report["state"] != "running" {
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(25)).await;
        }
        assert_eq!(report["created"], 3, "{report}");
        let clusters = report["clusters"].as_array().unwrap();
        assert_eq!(clusters.len(), 1, "{report}");
        assert_eq!(clusters[0]["persons"].as_array().unwrap().len(), 2);

        // The link is stored: each record's cluster holds the other.
        let one = clusters[0]["persons"][0].as_str().unwrap();
        let cluster = app
            .get(&format!("/api/v1/persons/{one}/cluster"), &analyst)
            .await
            .json();
        assert_eq!(member_ids(&cluster).len(), 2, "{cluster}");
        assert_eq!(cluster["links"][0]["state"], "suggested");
    })
    .await;
}

/// Imports a person CSV with the given file marking and waits for the job's report.
async fn import_csv(app: &TestApp, token: &str, csv: &str, marking: &[(&str, &str)]) -> Value {
    let reply = app
        .send(
            app.request(reqwest::Method::POST, "/api/v1/register/imports")
                .query(marking)
                .header("content-type", "text/csv")
                .body(csv.to_string())
                .bearer_auth(token),
        )
        .await;
    reply.expect(StatusCode::ACCEPTED, "start an import");
    let path = format!(
        "/api/v1/register/imports/{}",
        reply.json()["id"].as_str().unwrap()
    );
    for _ in 0..400 {
        let report = app.get(&path, token).await.json();
        if report["state"] != "running" {
            return report;
        }
        tokio::time::sleep(std::time::Duration::from_millis(25)).await;
    }
    panic!("the import did not finish");
}

fn watched(told: &Value) -> Vec<Value> {
    told["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|n| n["kind"] == "watched")
        .cloned()
        .collect()
}

#[tokio::test]
async fn an_import_tells_each_watcher_once_and_only_what_it_may_know() {
    on_every_backend(async |app| {
        let sho = app.login("dl.sho.alipur").await;
        let haryana = app.login("hr.sp.gurugram").await;
        let watch = json!({ "kind": "identifier",
            "identifier": { "kind": "mobile", "value": "98100 66666" } });
        for token in [&sho, &haryana] {
            let reply = app.post_json("/api/v1/watches", token, &watch).await;
            reply.expect(StatusCode::CREATED, "watch a phone");
        }

        // Two rows carry the watched phone: the watcher hears once, of a record it may read;
        // Haryana may not know of Delhi's own records at all.
        let analyst = app.login("dl.analyst").await;
        let csv = "external_ref,name,father_name,gender,date_of_birth,identifiers\n\
            W-1,Sandeep Rathi,Om Prakash Rathi,male,1990-02-11,mobile:+91 98100-66666\n\
            W-2,Manjeet Dahiya,Rajbir Dahiya,male,1985-09-30,mobile:098100 66666\n\
            W-3,Vikas Lakra,Satbir Lakra,male,1992-12-01,\n";
        let report = import_csv(app, &analyst, csv, &[("distribution", "own_agency")]).await;
        assert_eq!(report["created"], 3, "{report}");
        let told = watched(&notifications(app, &sho).await);
        assert_eq!(told.len(), 1, "one notice for the whole import: {told:?}");
        assert_eq!(told[0]["event"], "new_record");
        assert!(told[0]["person"].is_string(), "{told:?}");
        assert!(told[0]["holder"].is_null(), "{told:?}");
        assert_eq!(
            watched(&notifications(app, &haryana).await),
            Vec::<Value>::new()
        );

        // A record that allows a pointer: Haryana learns only whom to contact.
        let csv = "external_ref,name,father_name,gender,date_of_birth,identifiers\n\
            W-4,Pawan Sehrawat,Dharampal Sehrawat,male,1987-04-18,mobile:9810066666\n";
        let marking = [("distribution", "own_agency"), ("pointer", "true")];
        let report = import_csv(app, &analyst, csv, &marking).await;
        assert_eq!(report["created"], 1, "{report}");
        let told = watched(&notifications(app, &haryana).await);
        assert_eq!(told.len(), 1, "{told:?}");
        assert!(told[0]["person"].is_null(), "{told:?}");
        assert!(told[0]["holder"]["agency"].is_string(), "{told:?}");
        let everything = notifications(app, &haryana).await.to_string();
        assert!(!everything.contains("Sehrawat"), "{everything}");

        // The importer is not told of its own import.
        assert_eq!(
            watched(&notifications(app, &analyst).await),
            Vec::<Value>::new()
        );
    })
    .await;
}
