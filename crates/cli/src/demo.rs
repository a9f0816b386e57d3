//! `samanvay demo`: a fresh data directory with the synthetic demo world.

use anyhow::{Context, Result};
use samanvay_demo::{DEMO_PASSWORD, Scale, generate};
use samanvay_server::config::Config;
use std::fmt::Write;

/// Recreates the data directory, loads the demo world and returns the login banner.
pub async fn prepare(config: &Config, seed: u64) -> Result<String> {
    if config.database_url.is_empty() && config.data_dir.exists() {
        std::fs::remove_dir_all(&config.data_dir)
            .with_context(|| format!("clearing {}", config.data_dir.display()))?;
    }
    let store = crate::open_store(config).await?;
    let world = generate(seed, Scale::default());
    let now = time::OffsetDateTime::now_utc();
    samanvay_server::seed::load(&store, &world, now)
        .await
        .context("loading the demo data")?;
    let channels = samanvay_server::channels::demo::load(&store, &world, seed, now)
        .await
        .context("loading the demo channels")?;
    store.close().await;
    let mut banner = format!(
        "{} agencies, {} units, {} users, {} documents, {channels} border channels (synthetic \
         data, seed {seed}).\n\
         Every demo account's password is: {DEMO_PASSWORD}\n\nTry these logins:\n",
        world.agencies.len(),
        world.units.len(),
        world.users.len(),
        world.documents.len()
    );
    for (username, what) in world.highlighted_logins() {
        let _ = writeln!(banner, "  {username:<24} {what}");
    }
    Ok(banner)
}
