//! Talking to the API as a signed-in user: login, and the few reads scenarios prepare with.

use anyhow::{Context, Result, bail};
use reqwest::header::HeaderValue;
use reqwest::{Client, RequestBuilder};
use serde::Deserialize;
use serde::de::DeserializeOwned;

/// A signed-in demo user.
pub struct Session {
    pub username: String,
    /// The code of the user's agency (DP, HP, IB, …).
    pub agency: String,
    /// `Bearer <token>`, ready to send.
    pub authorization: HeaderValue,
}

/// A document as the list endpoint shows it; only what the scenarios need.
#[derive(Deserialize)]
pub struct ListedDocument {
    pub id: String,
}

impl Session {
    /// Logs in with `POST /api/v1/auth/login` and learns the user's agency.
    pub async fn login(
        http: &Client,
        url: &str,
        username: &str,
        password: &str,
    ) -> Result<Session> {
        #[derive(Deserialize)]
        struct LoginResponse {
            token: String,
        }
        let body = serde_json::json!({ "username": username, "password": password });
        let login: LoginResponse = json(http.post(format!("{url}/api/v1/auth/login")).json(&body))
            .await
            .with_context(|| format!("logging in as {username}"))?;
        let authorization = HeaderValue::from_str(&format!("Bearer {}", login.token))
            .context("the session token is not a valid header value")?;
        let mut session = Session {
            username: username.to_string(),
            agency: String::new(),
            authorization,
        };
        #[derive(Deserialize)]
        struct Me {
            agency: Agency,
        }
        #[derive(Deserialize)]
        struct Agency {
            code: String,
        }
        let me: Me = json(session.get(http, &format!("{url}/api/v1/auth/me")))
            .await
            .with_context(|| format!("reading {username}'s account"))?;
        session.agency = me.agency.code;
        Ok(session)
    }

    /// A GET carrying this session.
    pub fn get(&self, http: &Client, url: &str) -> RequestBuilder {
        http.get(url)
            .header(reqwest::header::AUTHORIZATION, self.authorization.clone())
    }

    /// Up to 200 documents this user may read, newest first (`GET /api/v1/documents`).
    pub async fn readable_documents(
        &self,
        http: &Client,
        url: &str,
    ) -> Result<Vec<ListedDocument>> {
        #[derive(Deserialize)]
        struct DocumentList {
            documents: Vec<ListedDocument>,
        }
        let list: DocumentList = json(self.get(http, &format!("{url}/api/v1/documents?limit=200")))
            .await
            .with_context(|| format!("listing {}'s documents", self.username))?;
        Ok(list.documents)
    }
}

/// Sends a request and decodes a 2xx JSON answer; anything else is an error with the body.
async fn json<T: DeserializeOwned>(request: RequestBuilder) -> Result<T> {
    let response = request.send().await?;
    let status = response.status();
    if !status.is_success() {
        let body = response.text().await.unwrap_or_default();
        bail!("HTTP {status}: {body}");
    }
    Ok(response.json().await?)
}
