//! "Where it was discussed" on a person's page: the messages that mention him, only to those
//! who may read both the person and the message. A viewer who may read the person but not the
//! channel — another agency, an officer of the same agency who is not a member, a member
//! removed — or a member who may not read a message marked for the author's agency, learns
//! nothing of it, not even that it exists.

use crate::channels::{border_channel, post, remove_member};
use crate::support::{TestApp, all_agencies, marking, on_every_backend, own_agency};
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

async fn discussed(app: &TestApp, token: &str, person: &str) -> Vec<Value> {
    let reply = app
        .send(
            app.request(Method::GET, "/api/v1/discussions")
                .query(&[("person", person)])
                .bearer_auth(token),
        )
        .await;
    reply.expect(StatusCode::OK, "where the person was discussed");
    reply.json()["hits"].as_array().unwrap().clone()
}

#[tokio::test]
async fn a_viewer_who_may_read_the_person_but_not_the_channel_sees_nothing_of_the_message() {
    on_every_backend(async |app| {
        let analyst = app.login("dl.analyst").await;
        let person = json!({
            "names": [{ "text": "Monu Bawana", "kind": "primary" }],
            "marking": marking("restricted", all_agencies(), false),
        });
        let created = app.post_json("/api/v1/persons", &analyst, &person).await;
        created.expect(StatusCode::CREATED, "a person every agency may read");
        let person = created.json()["id"].as_str().unwrap().to_string();

        let sho = app.login("dl.sho.alipur").await;
        let sp = app.login("hr.sp.gurugram").await;
        let id = border_channel(app, &sho).await;
        let link = json!([{ "kind": "person", "person": person }]);
        let shared = post(
            app,
            &sho,
            &id,
            json!({ "text": "Monu seen at the Kundli naka", "links": link }),
        )
        .await;
        let body = json!({ "text": "Monu's source in our station", "links": link,
            "marking": marking("confidential", own_agency(), false) });
        post(app, &sho, &id, body).await;

        // The owner sees both, newest first, with the channel's name.
        let hits = discussed(app, &sho, &person).await;
        assert_eq!(hits.len(), 2);
        assert_eq!(hits[0]["message"]["text"], "Monu's source in our station");
        assert_eq!(hits[1]["channel_name"], "Alipur – Kundli – Sonipat border");
        // Haryana's SP, a member, sees only the message his agency may read.
        let hits = discussed(app, &sp, &person).await;
        assert_eq!(hits.len(), 1);
        assert_eq!(hits[0]["message"]["id"], shared["id"]);

        // They read the person, but are not members of the channel: nothing, not a count.
        for outsider in ["up.sho.loni", "dl.analyst", "hr.sho.kundli"] {
            let token = app.login(outsider).await;
            let page = app.get(&format!("/api/v1/persons/{person}"), &token).await;
            page.expect(StatusCode::OK, "the person is readable");
            let reply = app
                .send(
                    app.request(Method::GET, "/api/v1/discussions")
                        .query(&[("person", person.as_str())])
                        .bearer_auth(&token),
                )
                .await;
            reply.expect(StatusCode::OK, "where discussed");
            assert_eq!(reply.json()["hits"], json!([]), "{outsider}");
            assert!(!reply.body.contains("Kundli naka"), "{outsider}");
            assert!(!reply.body.contains("Sonipat"), "{outsider}");
        }

        // Removed from the channel, the SP no longer sees where the person was discussed.
        remove_member(app, &sho, &id, "hr.sp.gurugram").await;
        assert!(discussed(app, &sp, &person).await.is_empty());
    })
    .await;
}
