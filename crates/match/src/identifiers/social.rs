//! Social-media handles: a platform and a handle, canonical `platform:handle` in lower case,
//! `instagram:bhura_meerut`.
//!
//! A handle means nothing without its platform, so the platform is part of the value. Accepted:
//! "instagram:@Bhura_Meerut", "insta @bhura_meerut", "IG: bhura_meerut", and profile links
//! (`https://www.instagram.com/bhura_meerut/`, `t.me/bhura_meerut`, `youtube.com/@bhura`).

use super::text::empty;
use super::{IdentifierError, IdentifierKind};

const KIND: IdentifierKind = IdentifierKind::SocialHandle;

/// A platform: its canonical name, what officers call it, its web addresses, and its handle rule.
struct Platform {
    name: &'static str,
    aliases: &'static [&'static str],
    hosts: &'static [&'static str],
    lengths: (usize, usize),
    punctuation: &'static str,
}

const PLATFORMS: &[Platform] = &[
    Platform {
        name: "instagram",
        aliases: &["insta", "ig"],
        hosts: &["instagram.com"],
        lengths: (1, 30),
        punctuation: "._",
    },
    Platform {
        name: "facebook",
        aliases: &["fb"],
        hosts: &["facebook.com", "fb.com"],
        lengths: (5, 50),
        punctuation: ".",
    },
    Platform {
        name: "x",
        aliases: &["twitter"],
        hosts: &["x.com", "twitter.com"],
        lengths: (1, 15),
        punctuation: "_",
    },
    Platform {
        name: "youtube",
        aliases: &["yt"],
        hosts: &["youtube.com"],
        lengths: (3, 30),
        punctuation: "._-",
    },
    Platform {
        name: "telegram",
        aliases: &["tg"],
        hosts: &["t.me", "telegram.me"],
        lengths: (5, 32),
        punctuation: "_",
    },
    Platform {
        name: "snapchat",
        aliases: &["snap"],
        hosts: &["snapchat.com"],
        lengths: (3, 15),
        punctuation: "._-",
    },
    Platform {
        name: "sharechat",
        aliases: &[],
        hosts: &["sharechat.com"],
        lengths: (3, 30),
        punctuation: "._",
    },
    Platform {
        name: "moj",
        aliases: &[],
        hosts: &["mojapp.in"],
        lengths: (3, 30),
        punctuation: "._",
    },
    Platform {
        name: "threads",
        aliases: &[],
        hosts: &["threads.net", "threads.com"],
        lengths: (1, 30),
        punctuation: "._",
    },
    Platform {
        name: "linkedin",
        aliases: &[],
        hosts: &["linkedin.com"],
        lengths: (3, 100),
        punctuation: "-",
    },
];

/// Path segments in profile links that come before the handle ("linkedin.com/in/…").
const PATH_PREFIXES: &[&str] = &["in", "add", "profile", "u", "user"];

/// The canonical `platform:handle` form of a social-media handle or profile link.
pub fn parse(raw: &str) -> Result<String, IdentifierError> {
    let lower = raw.trim().to_lowercase();
    if lower.is_empty() {
        return Err(empty(KIND, raw));
    }
    let (platform, handle) = match from_link(&lower) {
        Some(found) => found,
        None => from_pair(raw, &lower)?,
    };
    let handle = handle.trim().trim_start_matches('@');
    check_handle(raw, platform, handle)?;
    Ok(format!("{}:{handle}", platform.name))
}

/// "instagram.com/bhura", with or without scheme, "www." or "m.", trailing slash or query.
fn from_link(lower: &str) -> Option<(&'static Platform, &str)> {
    let rest = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"))
        .unwrap_or(lower);
    let rest = rest
        .strip_prefix("www.")
        .or_else(|| rest.strip_prefix("m."))
        .unwrap_or(rest);
    let (host, path) = rest.split_once('/')?;
    let platform = PLATFORMS.iter().find(|p| p.hosts.contains(&host))?;
    let path = path.split(['?', '#']).next().unwrap_or_default();
    let handle = path
        .split('/')
        .find(|segment| !segment.is_empty() && !PATH_PREFIXES.contains(segment))?;
    Some((platform, handle))
}

/// "instagram:bhura", "insta @bhura", "ig: bhura".
fn from_pair<'a>(
    raw: &str,
    lower: &'a str,
) -> Result<(&'static Platform, &'a str), IdentifierError> {
    let split = lower
        .find(|c: char| c == ':' || c == '/' || c.is_whitespace())
        .ok_or_else(|| {
            IdentifierError::new(
                KIND,
                raw,
                "name the platform with the handle, e.g. instagram:bhura_meerut, or give the profile link",
            )
        })?;
    let (name, rest) = lower.split_at(split);
    let platform = PLATFORMS
        .iter()
        .find(|p| p.name == name || p.aliases.contains(&name))
        .ok_or_else(|| {
            IdentifierError::new(
                KIND,
                raw,
                format!(
                    "{name:?} is not a platform we know (instagram, facebook, x, youtube, telegram, snapchat, sharechat, moj, threads, linkedin)"
                ),
            )
        })?;
    let handle = rest.trim_start_matches(|c: char| c == ':' || c == '/' || c.is_whitespace());
    Ok((platform, handle))
}

fn check_handle(raw: &str, platform: &Platform, handle: &str) -> Result<(), IdentifierError> {
    let (min, max) = platform.lengths;
    let length = handle.chars().count();
    if length == 0 {
        return Err(IdentifierError::new(KIND, raw, "the handle is missing"));
    }
    if !(min..=max).contains(&length) {
        return Err(IdentifierError::new(
            KIND,
            raw,
            format!(
                "a {} handle has {min} to {max} characters, this has {length}",
                platform.name
            ),
        ));
    }
    let allowed = |c: char| c.is_ascii_alphanumeric() || platform.punctuation.contains(c);
    if let Some(c) = handle.chars().find(|&c| !allowed(c)) {
        return Err(IdentifierError::new(
            KIND,
            raw,
            format!("{c:?} is not allowed in a {} handle", platform.name),
        ));
    }
    if !handle.chars().any(|c| c.is_ascii_alphanumeric()) {
        return Err(IdentifierError::new(
            KIND,
            raw,
            "a handle has at least one letter or digit",
        ));
    }
    Ok(())
}
