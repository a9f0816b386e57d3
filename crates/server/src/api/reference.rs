//! The API reference: the OpenAPI document as JSON, and as a plain HTML page rendered on the
//! server from the same document, so it needs no script or network to read.

use serde_json::Value;
use std::fmt::Write;
use std::sync::LazyLock;

static JSON: LazyLock<String> = LazyLock::new(|| {
    let (_, doc) = super::build();
    doc.to_pretty_json()
        .expect("the OpenAPI document serializes")
});

static PAGE: LazyLock<String> = LazyLock::new(|| {
    let doc: Value = serde_json::from_str(&JSON).expect("our own JSON parses");
    render(&doc)
});

pub fn openapi_json() -> &'static str {
    &JSON
}

pub fn page() -> String {
    PAGE.clone()
}

const METHODS: [&str; 5] = ["get", "post", "put", "patch", "delete"];

fn render(doc: &Value) -> String {
    let mut html = String::from(
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>Samanvay API reference</title><style>\
         body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}\
         h2{border-bottom:2px solid #234;padding-bottom:.2rem;margin-top:2.5rem}\
         .op{border:1px solid #ccd;border-radius:6px;padding:.6rem 1rem;margin:1rem 0}\
         .m{font-weight:700;text-transform:uppercase;display:inline-block;min-width:4rem}\
         code,pre{background:#f3f4f6;padding:.1rem .3rem;border-radius:3px}\
         pre{padding:.6rem;overflow-x:auto}.access{color:#555;font-size:.9rem}\
         </style></head><body>",
    );
    let info = &doc["info"];
    let _ = write!(
        html,
        "<h1>{} <small>{}</small></h1><p>{}</p><p>Machine-readable: \
         <a href=\"/api/v1/openapi.json\">/api/v1/openapi.json</a> (OpenAPI {}).</p>",
        esc(info["title"].as_str().unwrap_or("API")),
        esc(info["version"].as_str().unwrap_or("")),
        esc(info["description"].as_str().unwrap_or("")),
        esc(doc["openapi"].as_str().unwrap_or("")),
    );
    for tag in doc["tags"].as_array().into_iter().flatten() {
        let name = tag["name"].as_str().unwrap_or_default();
        let _ = write!(
            html,
            "<h2 id=\"{0}\">{0}</h2><p>{1}</p>",
            esc(name),
            esc(tag["description"].as_str().unwrap_or(""))
        );
        for (path, item) in doc["paths"].as_object().into_iter().flatten() {
            for method in METHODS {
                let op = &item[method];
                let tagged = op["tags"]
                    .as_array()
                    .is_some_and(|t| t.iter().any(|t| t == name));
                if tagged {
                    render_operation(&mut html, method, path, op);
                }
            }
        }
    }
    html.push_str("<h2>Schemas</h2><p>Request and response bodies, as JSON Schema.</p>");
    for (name, schema) in doc["components"]["schemas"]
        .as_object()
        .into_iter()
        .flatten()
    {
        let pretty = serde_json::to_string_pretty(schema).unwrap_or_default();
        let _ = write!(
            html,
            "<h3 id=\"schema-{0}\">{0}</h3><pre>{1}</pre>",
            esc(name),
            esc(&pretty)
        );
    }
    html.push_str("</body></html>");
    html
}

fn render_operation(html: &mut String, method: &str, path: &str, op: &Value) {
    let summary = op["summary"]
        .as_str()
        .or(op["description"].as_str())
        .unwrap_or("");
    let _ = write!(
        html,
        "<div class=\"op\"><span class=\"m\">{method}</span> <code>{}</code><p>{}</p>\
         <p class=\"access\">Access: {}</p>",
        esc(path),
        esc(summary),
        esc(&access_text(&op["security"]))
    );
    if let Some(params) = op["parameters"].as_array() {
        html.push_str("<p>Parameters:</p><ul>");
        for p in params {
            let _ = write!(
                html,
                "<li><code>{}</code> ({}) {}</li>",
                esc(p["name"].as_str().unwrap_or("")),
                esc(p["in"].as_str().unwrap_or("")),
                esc(p["description"].as_str().unwrap_or(""))
            );
        }
        html.push_str("</ul>");
    }
    if let Some(body) = op["requestBody"]["content"]["application/json"]["schema"]["$ref"].as_str()
    {
        let name = body.rsplit('/').next().unwrap_or(body);
        let _ = write!(
            html,
            "<p>Body: <a href=\"#schema-{0}\">{0}</a></p>",
            esc(name)
        );
    }
    html.push_str("<p>Responses:</p><ul>");
    for (status, response) in op["responses"].as_object().into_iter().flatten() {
        let _ = write!(
            html,
            "<li><b>{}</b> {}</li>",
            esc(status),
            esc(response["description"].as_str().unwrap_or(""))
        );
    }
    html.push_str("</ul></div>");
}

fn access_text(security: &Value) -> String {
    let Some(requirement) = security.get(0).and_then(Value::as_object) else {
        return "closed (no rule)".into();
    };
    match requirement.get(super::SCHEME).and_then(Value::as_array) {
        None => "public".into(),
        Some(roles) if roles.is_empty() => "any signed-in user".into(),
        Some(roles) => {
            let names: Vec<&str> = roles.iter().filter_map(Value::as_str).collect();
            format!("signed in with role {}", names.join(" or "))
        }
    }
}

fn esc(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}
