//! `samanvay config example` prints the documented defaults, and they are the defaults in force.

use crate::support::samanvay;
use samanvay_server::config::Config;

#[tokio::test]
async fn config_example_prints_the_documented_default_configuration() {
    let output = samanvay()
        .args(["config", "example"])
        .output()
        .await
        .expect("run samanvay config example");
    assert!(output.status.success());
    let text = String::from_utf8(output.stdout).expect("UTF-8");
    assert!(text.contains("idle_timeout_minutes = 30"), "{text}");
    assert!(text.contains("absolute_lifetime_hours = 12"), "{text}");
    assert!(text.contains("max_failures = 5"), "{text}");
    let parsed: Config = toml::from_str(&text).expect("the example is valid TOML for Config");
    assert_eq!(parsed, Config::default());
}
