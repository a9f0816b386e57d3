//! What a message mentions, stored typed so that the register's pages can show where an entity
//! was discussed. Identifiers (phones, vehicles, accounts…) are found in the text by the
//! matcher's detection, in either script and messy formats; users are written `@username`;
//! units and register persons are linked explicitly by the client, which knows which one the
//! author picked from a list.

use crate::ids::{PersonId, UnitId, UserId};
use crate::register::IdentifierDoc;
use samanvay_match::Identifier;
use samanvay_match::identifiers::detect_mentions;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// One entity a message mentions.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, ToSchema)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum MessageMention {
    /// `@username` in the text, or picked by the client.
    User { user: UserId },
    /// A unit picked by the client.
    Unit { unit: UnitId },
    /// A register person the client linked.
    Person { person: PersonId },
    /// An identifier found in the text, normalized; `written` is how the author wrote it.
    Identifier {
        #[schema(value_type = IdentifierDoc)]
        identifier: Identifier,
        written: String,
    },
}

/// The usernames written as `@username` in `text`, lower-cased, in order, each once.
pub fn usernames_in(text: &str) -> Vec<String> {
    let mut found: Vec<String> = Vec::new();
    for (start, _) in text.match_indices('@') {
        // An '@' inside a word is an e-mail or UPI address, not a mention.
        let before = text[..start].chars().next_back();
        if before.is_some_and(|c| c.is_alphanumeric()) {
            continue;
        }
        let name: String = text[start + 1..]
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-'))
            .collect();
        let name = name.trim_end_matches(['.', '-', '_']).to_ascii_lowercase();
        if !name.is_empty() && !found.contains(&name) {
            found.push(name);
        }
    }
    found
}

/// The identifiers written in `text`, each once, as typed mentions.
pub fn recognise_identifiers(text: &str) -> Vec<MessageMention> {
    let mut seen: Vec<Identifier> = Vec::new();
    let mut mentions = Vec::new();
    for mention in detect_mentions(text) {
        // "@dl.sho.alipur" is a user, whatever a normalizer might make of it.
        if text[..mention.start].ends_with('@') {
            continue;
        }
        if seen.contains(&mention.identifier) {
            continue;
        }
        seen.push(mention.identifier.clone());
        mentions.push(MessageMention::Identifier {
            identifier: mention.identifier,
            written: text[mention.start..mention.end].to_string(),
        });
    }
    mentions
}

#[cfg(test)]
mod tests {
    use super::*;
    use samanvay_match::IdentifierKind;

    fn canonicals(text: &str) -> Vec<(IdentifierKind, String)> {
        recognise_identifiers(text)
            .into_iter()
            .filter_map(|m| match m {
                MessageMention::Identifier { identifier, .. } => {
                    Some((identifier.kind(), identifier.canonical().to_string()))
                }
                _ => None,
            })
            .collect()
    }

    #[test]
    fn identifiers_in_mixed_script_and_messy_formats() {
        let found = canonicals("आरोपी की गाड़ी HR26 AB-1234, मोबाइल 98100 12345 पर बात हुई");
        assert_eq!(
            found,
            vec![
                (IdentifierKind::Vehicle, "HR26AB1234".to_string()),
                (IdentifierKind::Mobile, "+919810012345".to_string()),
            ]
        );
        // Devanagari digits are the same number.
        let devanagari = canonicals("नंबर ९८१००१२३४५ बंद है");
        assert_eq!(
            devanagari,
            vec![(IdentifierKind::Mobile, "+919810012345".to_string())]
        );
    }

    #[test]
    fn usernames_are_found_but_not_inside_addresses() {
        assert_eq!(
            usernames_in("@dl.sho.alipur please check, cc @HR.SP.Gurugram."),
            vec!["dl.sho.alipur", "hr.sp.gurugram"]
        );
        assert!(usernames_in("mail bhura07@gmail.com").is_empty());
        assert!(recognise_identifiers("@dl.sho.alipur").is_empty());
    }
}
