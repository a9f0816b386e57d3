//! What the demo inputs say: short alerts of the kinds border districts exchange, some in
//! Hindi and English together.

use crate::rng::DemoRng;
use samanvay_core::input::{InputKind, RequiredAction};

pub(crate) struct Text {
    pub title: String,
    pub body: String,
    pub kind: InputKind,
    pub action: RequiredAction,
    pub hindi: bool,
}

/// (kind, action, title with `{place}`, body, whether the body mixes Hindi)
const ALERTS: &[(InputKind, RequiredAction, &str, &str, bool)] = &[
    (
        InputKind::GangMovement,
        RequiredAction::LocateAndArrest,
        "Shooters of a Haryana gang expected near {place}",
        "Two shooters on a black motorcycle without number plates, likely to cross tonight. \
         दोनों के पास हथियार होने की संभावना है। Set up nakas on the approach roads.",
        true,
    ),
    (
        InputKind::WantedPersonSighting,
        RequiredAction::DiscreetCheckAndReport,
        "Proclaimed offender seen at a dhaba near {place}",
        "A proclaimed offender wanted in an extortion case was seen at a roadside dhaba in the \
         evening. Check discreetly and report; do not approach alone.",
        false,
    ),
    (
        InputKind::ArmsConsignment,
        RequiredAction::LocateAndArrest,
        "Consignment of country-made pistols headed for {place}",
        "About a dozen country-made pistols from an illegal factory are to be delivered by a \
         pickup truck. माल सुबह चार बजे के आसपास पहुँचने की सूचना है।",
        true,
    ),
    (
        InputKind::NarcoticsConsignment,
        RequiredAction::LocateAndArrest,
        "Smack delivery through a courier near {place}",
        "A courier on a bus from the border district is carrying heroin (smack) in a school \
         bag. Check buses at the stand between 6 and 9 a.m.",
        false,
    ),
    (
        InputKind::TerrorThreat,
        RequiredAction::PreventOrSecurePlace,
        "Threat to a crowded market in {place}",
        "A module is reported to be surveying crowded markets. Increase visible patrolling and \
         check unattended vehicles. सभी बीट स्टाफ़ को अवगत कराएँ।",
        true,
    ),
    (
        InputKind::Cyber,
        RequiredAction::ForInformation,
        "Sextortion calls from a gang operating near {place}",
        "Residents are receiving video calls followed by extortion demands; the money is \
         routed through mule accounts. Brief the cyber desk and the beat staff.",
        false,
    ),
    (
        InputKind::General,
        RequiredAction::ForInformation,
        "Large religious gathering near {place} this weekend",
        "Crowds from three states are expected. Coordinate traffic diversions with the \
         neighbouring district across the border.",
        false,
    ),
];

pub(crate) fn compose(rng: &mut DemoRng, place: &str) -> Text {
    let (kind, action, title, body, hindi) = *rng.pick(ALERTS);
    Text {
        title: title.replace("{place}", place),
        body: body.to_string(),
        kind,
        action,
        hindi,
    }
}
