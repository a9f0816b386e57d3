//! Finding identifiers in free text ("आरोपी की गाड़ी HR26 AB-1234, मोबाइल 98100 12345"), for
//! entity mentions in messages and inputs.
//!
//! The text is cut into tokens at spaces and punctuation; every run of up to four tokens is
//! offered, longest first, to the normalizers, and the text between the tokens goes with it, so
//! "98100 12345" is one number but "98100, 12345" is not. Detection is deliberately narrower
//! than parsing, because free text is full of numbers: an IMEI must have all 15 digits with a
//! valid check digit, a bank account needs its IFSC nearby, a handle needs its platform, and
//! weapon serials are not guessed at all.

use super::text::ascii_digit;
use super::{Identifier, IdentifierKind, bank_account};
use std::collections::HashSet;

/// An identifier found in text, with the byte range where it was written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mention {
    /// The identifier, normalized.
    pub identifier: Identifier,
    /// Byte offset of the first character of the mention.
    pub start: usize,
    /// Byte offset just past the mention.
    pub end: usize,
}

/// The distinct identifiers in `text`, in order of first appearance.
pub fn detect(text: &str) -> Vec<Identifier> {
    let mut seen = HashSet::new();
    detect_mentions(text)
        .into_iter()
        .map(|mention| mention.identifier)
        .filter(|identifier| seen.insert(identifier.clone()))
        .collect()
}

/// Every identifier mention in `text`, in order, with where it was written.
pub fn detect_mentions(text: &str) -> Vec<Mention> {
    let tokens = tokens(text);
    let mut taken = vec![false; tokens.len()];
    let mut mentions = bank_accounts(text, &tokens, &mut taken);

    let mut i = 0;
    while i < tokens.len() {
        let found = (1..=MAX_TOKENS.min(tokens.len() - i))
            .rev()
            .filter(|&n| !taken[i..i + n].iter().any(|&t| t))
            .find_map(|n| {
                let (start, end) = (tokens[i].start, tokens[i + n - 1].end);
                recognise(&text[start..end]).map(|identifier| (n, start, end, identifier))
            });
        match found {
            Some((n, start, end, identifier)) => {
                mentions.push(Mention {
                    identifier,
                    start,
                    end,
                });
                i += n;
            }
            None => i += 1,
        }
    }
    mentions.sort_by_key(|mention| mention.start);
    mentions
}

/// The most tokens one identifier spans ("DL 3C AB 1234", "+91 981 001 2345").
const MAX_TOKENS: usize = 4;

/// Words that label a bank account's parts in English and Hindi (lower case).
const ACCOUNT_LABELS: &[&str] = &[
    "a/c",
    "ac",
    "acct",
    "account",
    "no",
    "number",
    "ifsc",
    "code",
    "खाता",
    "संख्या",
    "नंबर",
    "नं",
];

/// The identifier a piece of text is, if detection may claim it.
fn recognise(slice: &str) -> Option<Identifier> {
    let digits = slice.chars().filter(|&c| ascii_digit(c).is_some()).count();
    let has_letters = slice.chars().any(|c| c.is_ascii_alphabetic());
    let mut kinds: Vec<IdentifierKind> = Vec::with_capacity(3);
    if has_letters && digits > 0 {
        kinds.push(IdentifierKind::Vehicle);
    }
    if !has_letters && digits == 15 {
        kinds.push(IdentifierKind::Imei);
    }
    if !has_letters && digits >= 10 {
        kinds.push(IdentifierKind::Mobile);
    }
    if slice.contains('@') {
        kinds.extend([IdentifierKind::Email, IdentifierKind::Upi]);
    }
    if slice.contains(['@', ':', '/']) {
        kinds.push(IdentifierKind::SocialHandle);
    }
    kinds
        .into_iter()
        .find_map(|kind| Identifier::parse(kind, slice).ok())
}

/// Bank accounts: an IFSC with an account number just after it (or just before it), with
/// labels such as "A/c No." in between.
fn bank_accounts(text: &str, tokens: &[Token], taken: &mut [bool]) -> Vec<Mention> {
    let mut mentions = Vec::new();
    for (i, token) in tokens.iter().enumerate() {
        let ifsc = token.text(text).to_uppercase();
        if taken[i] || !bank_account::is_ifsc(&ifsc) {
            continue;
        }
        let after = account_digits(text, tokens, taken, (i + 1..tokens.len()).collect());
        let found = after.or_else(|| account_digits(text, tokens, taken, (0..i).rev().collect()));
        let Some((digits, used)) = found else {
            continue;
        };
        let Ok(canonical) = bank_account::from_parts(text, &ifsc, &digits) else {
            continue;
        };
        let Ok(identifier) = Identifier::parse(IdentifierKind::BankAccount, &canonical) else {
            continue;
        };
        let first = used.iter().copied().chain([i]).min().unwrap_or(i);
        let last = used.iter().copied().chain([i]).max().unwrap_or(i);
        taken[first..=last].fill(true);
        mentions.push(Mention {
            identifier,
            start: tokens[first].start,
            end: tokens[last].end,
        });
    }
    mentions
}

/// The account number's digits from the tokens in `order` (walking away from the IFSC), and
/// which tokens held them: labels may come first, then one or more groups of digits.
fn account_digits(
    text: &str,
    tokens: &[Token],
    taken: &[bool],
    order: Vec<usize>,
) -> Option<(String, Vec<usize>)> {
    let mut digits: Vec<(usize, String)> = Vec::new();
    for (step, &t) in order.iter().enumerate() {
        if taken[t] || step > 6 {
            break;
        }
        let word = tokens[t].text(text);
        let as_digits: Option<String> = word.chars().map(ascii_digit).collect();
        match as_digits {
            Some(group) => digits.push((t, group)),
            None if digits.is_empty() && ACCOUNT_LABELS.contains(&word.to_lowercase().as_str()) => {
                continue;
            }
            None => break,
        }
    }
    if digits.is_empty() {
        return None;
    }
    // Walking backwards collected the groups in reverse.
    digits.sort_by_key(|(t, _)| *t);
    let used = digits.iter().map(|(t, _)| *t).collect();
    Some((digits.into_iter().map(|(_, group)| group).collect(), used))
}

/// A token's byte range in the text.
#[derive(Clone, Copy, Debug)]
struct Token {
    start: usize,
    end: usize,
}

impl Token {
    fn text<'a>(&self, text: &'a str) -> &'a str {
        &text[self.start..self.end]
    }
}

/// Cuts text into tokens at whitespace and punctuation that never occurs inside an identifier;
/// also at "No.9810…" (a letter, a dot or dash, a digit) and at a colon not starting "://".
fn tokens(text: &str) -> Vec<Token> {
    let mut tokens = Vec::new();
    let mut start: Option<usize> = None;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for (k, &(at, c)) in chars.iter().enumerate() {
        let next = chars.get(k + 1).map(|&(_, n)| n);
        let prev = k.checked_sub(1).map(|p| chars[p].1);
        let splits = c.is_whitespace()
            || ",;()[]{}\"'`“”‘’।॥|<>!?".contains(c)
            || (c == ':' && !text[at..].starts_with("://"))
            || (matches!(c, '.' | '-')
                && prev.is_some_and(|p| p.is_alphabetic())
                && next.is_some_and(|n| ascii_digit(n).is_some()));
        if splits {
            if let Some(s) = start.take() {
                tokens.push(trimmed(text, s, at));
            }
        } else if start.is_none() {
            start = Some(at);
        }
    }
    if let Some(s) = start {
        tokens.push(trimmed(text, s, text.len()));
    }
    // A lone "/" or "-" between two numbers is not part of either.
    tokens.retain(|token| token.text(text).chars().any(char::is_alphanumeric));
    tokens
}

/// Drops a sentence's full stop or a trailing dash or slash from a token ("…1234." → "…1234").
fn trimmed(text: &str, start: usize, end: usize) -> Token {
    let kept = text[start..end].trim_end_matches(['.', '-', '/']);
    Token {
        start,
        end: start + kept.len(),
    }
}
