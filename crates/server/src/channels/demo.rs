//! Loads the demo's border channels (see `samanvay_demo::channels`) through the same jobs as
//! every other write: each channel with its members, then each message at its own time.

use samanvay_core::audit::{AuditAction, AuditEvent, RecordKind, RecordRef};
use samanvay_demo::DemoWorld;
use samanvay_store::{Change, ChannelChange, Job, Store, StoreError};
use time::OffsetDateTime;

/// Writes the demo channels for the world generated with `seed`, their messages ending at `now`.
pub async fn load(
    store: &Store,
    world: &DemoWorld,
    seed: u64,
    now: OffsetDateTime,
) -> Result<usize, StoreError> {
    let channels = samanvay_demo::channels::build(world, seed, now);
    for demo in &channels {
        let channel = &demo.channel;
        let event = AuditEvent {
            actor: None,
            actor_agency: None,
            actor_name: Some("system".into()),
            action: AuditAction::Create,
            record: Some(RecordRef {
                kind: RecordKind::Channel,
                id: channel.id.0,
            }),
            record_owner: Some(channel.marking.owner.agency),
            source: None,
            detail: format!("demo data: {} messages", demo.messages.len()),
        };
        let create = ChannelChange::Create {
            channel: Box::new(channel.clone()),
            members: demo.members.clone(),
            by: channel.marking.owner.user,
        };
        let job = Job::new(channel.created_at)
            .change(Change::Channel(create))
            .event(event);
        store.commit(job).await?;
        for message in &demo.messages {
            // No live events: nobody is connected while the demo loads.
            let post = ChannelChange::Post {
                message: Box::new(message.clone()),
                audiences: Vec::new(),
            };
            store
                .commit(Job::new(message.posted_at).change(Change::Channel(post)))
                .await?;
        }
    }
    Ok(channels.len())
}
