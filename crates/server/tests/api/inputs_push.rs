//! Inputs over live push: a new input reaches the recipient station's cleared officers within
//! a second and never its restricted staff or another agency; the issuer hears of each step.
//! A later input every stream may receive serves as a barrier: events arrive in seq order, so
//! a stream whose first input frame is the barrier was never sent the earlier one.

use crate::inputs::{input_to_kundli, issue, steps_path, unit_id};
use crate::support::{TestApp, agencies, marking, on_every_backend};
use futures_util::StreamExt;
use reqwest::StatusCode;
use serde_json::{Value, json};
use std::time::Duration;
use tokio::net::TcpStream;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;
use tokio_tungstenite::tungstenite::http::header::AUTHORIZATION;
use tokio_tungstenite::{MaybeTlsStream, WebSocketStream};

pub(crate) struct Stream(WebSocketStream<MaybeTlsStream<TcpStream>>);

impl Stream {
    pub(crate) async fn open(app: &TestApp, username: &str) -> Stream {
        let token = app.login(username).await;
        let mut request = format!("ws://{}/api/v1/stream", app.addr)
            .into_client_request()
            .unwrap();
        let bearer = format!("Bearer {token}").parse().unwrap();
        request.headers_mut().insert(AUTHORIZATION, bearer);
        let (socket, _) = tokio_tungstenite::connect_async(request)
            .await
            .expect("open the stream");
        Stream(socket)
    }

    /// The next frame about an input, within a second.
    pub(crate) async fn next_input_frame(&mut self) -> Value {
        loop {
            let message = tokio::time::timeout(Duration::from_secs(1), self.0.next())
                .await
                .expect("an event within a second")
                .expect("the stream is open")
                .expect("a readable frame");
            if let Message::Text(text) = message {
                let frame: Value = serde_json::from_str(text.as_str()).unwrap();
                if frame["body"]["kind"]
                    .as_str()
                    .unwrap_or("")
                    .starts_with("input_")
                {
                    return frame;
                }
            }
        }
    }
}

#[tokio::test]
async fn a_confidential_input_is_pushed_to_cleared_recipients_only_and_steps_flow_back() {
    on_every_backend(async |app| {
        let mut issuer = Stream::open(app, "dl.analyst").await;
        let mut sho = Stream::open(app, "hr.sho.kundli").await;
        let mut restricted = Stream::open(app, "hr.si.kundli").await;
        let mut other_agency = Stream::open(app, "up.sho.loni").await;

        let analyst = app.login("dl.analyst").await;
        let secret = issue(app, &analyst, &input_to_kundli("confidential", "flash")).await;
        let mut barrier = input_to_kundli("restricted", "routine");
        barrier["title"] = json!("Barrier: nakabandi on both sides of the border");
        barrier["targets"] = json!([
            { "kind": "unit", "unit": unit_id("PS Kundli") },
            { "kind": "unit", "unit": unit_id("PS Loni") },
        ]);
        barrier["marking"] = marking("restricted", agencies(&["HR", "UP"]), false);
        let open = issue(app, &analyst, &barrier).await;

        let first = sho.next_input_frame().await;
        assert_eq!(first["body"]["kind"], "input_issued");
        assert_eq!(first["body"]["input"], secret["input"]["id"]);
        assert_eq!(first["body"]["precedence"], "flash");
        assert_eq!(
            sho.next_input_frame().await["body"]["input"],
            open["input"]["id"]
        );
        for stream in [&mut restricted, &mut other_agency] {
            let frame = stream.next_input_frame().await;
            assert_eq!(
                frame["body"]["input"], open["input"]["id"],
                "{:?}",
                app.backend
            );
        }

        // The station acknowledges; the issuer hears of it.
        let id = secret["input"]["id"].as_str().unwrap();
        let copy = secret["recipients"][0]["id"].as_str().unwrap();
        let token = app.login("hr.sho.kundli").await;
        app.post_json(
            &steps_path(id, copy),
            &token,
            &json!({ "action": "acknowledge" }),
        )
        .await
        .expect(StatusCode::OK, "acknowledge");
        let told = issuer.next_input_frame().await;
        assert_eq!(told["body"]["kind"], "input_recipient_changed");
        assert_eq!(told["body"]["state"], "acknowledged");
        assert_eq!(told["body"]["unit"], unit_id("PS Kundli"));
    })
    .await;
}
