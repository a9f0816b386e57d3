//! The mentions of a message: identifiers found in its text, `@username`s that name an
//! account, register persons whose full name it contains (either script, only when the
//! matcher is sure and the name is no other person's), and the users, units and register
//! persons the client linked explicitly. A linked person must be one the author may read; one
//! the author may not see is refused exactly like one that does not exist.

use crate::auth::SignedIn;
use crate::error::{ApiError, ApiResult};
use crate::state::AppState;
use samanvay_core::channel::{MessageMention, recognise_identifiers, usernames_in};
use samanvay_core::{PersonId, Seen, UnitId, UserId};
use serde::Deserialize;
use utoipa::ToSchema;

/// An entity the client linked in a message (the author picked it from a list).
#[derive(Clone, Copy, Debug, Deserialize, ToSchema)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum MentionLink {
    User { user: UserId },
    Unit { unit: UnitId },
    Person { person: PersonId },
}

/// At most this many explicit links per message.
const MAX_LINKS: usize = 20;

/// Every mention of a message's text and links, each once.
pub async fn resolve_mentions(
    state: &AppState,
    who: &SignedIn,
    text: &str,
    links: &[MentionLink],
) -> ApiResult<Vec<MessageMention>> {
    if links.len() > MAX_LINKS {
        return Err(ApiError::invalid(
            "Link at most 20 entities in one message.",
        ));
    }
    let mut mentions = Vec::new();
    let mut push = |mention: MessageMention| {
        if !mentions.contains(&mention) {
            mentions.push(mention);
        }
    };
    for username in usernames_in(text) {
        // An @word that names no account is just text.
        if let Some(user) = state.store.user_id_by_username(&username).await? {
            push(MessageMention::User { user });
        }
    }
    for link in links {
        let mention = match *link {
            MentionLink::User { user } => {
                if state.store.user(user).await?.is_none() {
                    return Err(ApiError::invalid(format!("There is no user {user}.")));
                }
                MessageMention::User { user }
            }
            MentionLink::Unit { unit } => {
                if state.store.unit(unit).await?.is_none() {
                    return Err(ApiError::invalid(format!("There is no unit {unit}.")));
                }
                MessageMention::Unit { unit }
            }
            MentionLink::Person { person } => {
                let Seen::Full(_) = state.store.person(&who.viewer, person).await? else {
                    return Err(ApiError::invalid(format!(
                        "There is no person {person} that you may link."
                    )));
                };
                MessageMention::Person { person }
            }
        };
        push(mention);
    }
    for mention in recognise_identifiers(text) {
        push(mention);
    }
    for person in named_persons(state, who, text).await? {
        push(MessageMention::Person { person });
    }
    Ok(mentions)
}

/// A name typed in a message is linked only if it agrees with one register person this well
/// and with no other nearly as well: a wrong link is worse than none.
const NAME_SURE: f64 = 0.9;
/// The most word pairs and triples of one message looked up, so a long report stays cheap.
const MAX_NAME_WINDOWS: usize = 40;

/// Register persons the author may read whose full name (two or three words, either script)
/// the text contains, each unambiguous.
async fn named_persons(state: &AppState, who: &SignedIn, text: &str) -> ApiResult<Vec<PersonId>> {
    let windows = name_windows(text);
    let mut found = Vec::new();
    for window in windows {
        // Most runs of words are no one's name: the cheap test spares them the search.
        if !state.matcher.bears_name(&window) {
            continue;
        }
        let hits = state.matcher.search_name(&window, 2);
        let Some(best) = hits.first() else { continue };
        let clear = hits
            .get(1)
            .is_none_or(|second| second.name.score < NAME_SURE);
        if best.name.score < NAME_SURE || !clear || found.contains(&best.id) {
            continue;
        }
        if let Seen::Full(_) = state.store.person(&who.viewer, best.id).await? {
            found.push(best.id);
        }
    }
    Ok(found)
}

/// The text's runs of three and two words (longest first), as a name would be written.
fn name_windows(text: &str) -> Vec<String> {
    let words: Vec<&str> = text
        .split(|c: char| !(c.is_alphabetic() || is_devanagari_mark(c)))
        .filter(|w| w.chars().count() >= 2)
        .collect();
    let mut windows = Vec::new();
    for n in [3, 2] {
        windows.extend(words.windows(n).map(|w| w.join(" ")));
    }
    windows.truncate(MAX_NAME_WINDOWS);
    windows
}

/// Devanagari vowel signs and virama are not "alphabetic" to Rust but belong inside a word.
fn is_devanagari_mark(c: char) -> bool {
    ('\u{0900}'..='\u{097F}').contains(&c)
}

/// Removes from the messages the mentions of register persons the viewer may not read: the
/// author could read them, a fellow member of another agency may not even learn their ids.
pub async fn hide_unreadable_persons(
    state: &AppState,
    who: &SignedIn,
    messages: &mut [&mut samanvay_core::channel::Message],
) -> ApiResult<()> {
    let mut readable: std::collections::HashMap<PersonId, bool> = Default::default();
    for message in messages.iter() {
        for mention in &message.mentions {
            if let MessageMention::Person { person } = mention
                && !readable.contains_key(person)
            {
                let seen = state.store.person(&who.viewer, *person).await?;
                readable.insert(*person, matches!(seen, Seen::Full(_)));
            }
        }
    }
    for message in messages.iter_mut() {
        message.mentions.retain(|mention| match mention {
            MessageMention::Person { person } => readable.get(person).copied().unwrap_or(false),
            _ => true,
        });
    }
    Ok(())
}
