//! The truth about one person: the names, relatives, birth, home and gang every record of
//! them is written from.

use super::tables::{
    COMMUNITIES, Community, GANG_PLACES, MIDDLE_MEN, MIDDLE_WOMEN, NICKNAMES, STATES, Word,
    community_weights,
};
use crate::rng::DemoRng;
use samanvay_core::register::Gender;
use time::Date;

const SINGH: Word = ("Singh", "सिंह");
const KAUR: Word = ("Kaur", "कौर");

/// One person, before any agency writes them down.
pub(crate) struct Entity {
    pub id: u32,
    pub sex: Gender,
    /// A Muslim man whose records put "Mohd." (or another form) before his name.
    pub mohd: bool,
    /// First name, then middle names, then surname: the order most records use.
    pub words: Vec<Word>,
    /// How many of `words` are the surname (0 or 1, at the end).
    pub has_surname: bool,
    pub alias: Option<Word>,
    /// Father's (or husband's) first name, then his middle or surname.
    pub relative: Vec<Word>,
    pub husband: bool,
    pub birth: Date,
    pub state: usize,
    pub district: usize,
    pub gang: Option<u32>,
    /// How many agencies hold a record of this person.
    pub copies: usize,
}

/// Draws a person. About a quarter are held by more than one agency.
pub(crate) fn draw(id: u32, gangs: usize, rng: &mut DemoRng) -> Entity {
    let state = rng.weighted(&[30, 25, 30, 15]);
    let community = COMMUNITIES[rng.weighted(&community_weights(STATES[state].0))];
    let sex = match rng.below(100) {
        0..=87 => Gender::Male,
        88..=98 => Gender::Female,
        _ => Gender::Transgender,
    };
    let man = sex != Gender::Female;
    let first = *given(
        rng,
        if man {
            community.men()
        } else {
            community.women()
        },
    );
    let surname = *common(rng, community.surnames());
    let mut words = vec![first];
    let has_surname;
    let mut mohd = false;
    match community {
        Community::Sikh => {
            words.push(if man { SINGH } else { KAUR });
            has_surname = rng.chance(55);
        }
        Community::Muslim => {
            mohd = man && rng.chance(35);
            has_surname = rng.chance(65);
        }
        _ => {
            // "Rajesh Kumar", "Rajesh Kumar Sharma", "Rajesh Sharma", "Sunita Devi".
            let middles = if man {
                MIDDLE_MEN.words()
            } else {
                MIDDLE_WOMEN.words()
            };
            match rng.below(100) {
                0..=29 => {
                    words.push(*common(rng, middles));
                    has_surname = false;
                }
                30..=44 => {
                    words.push(*common(rng, middles));
                    has_surname = true;
                }
                45..=94 => has_surname = true,
                _ => has_surname = false,
            }
        }
    }
    if has_surname && !(community == Community::Rajput && words.contains(&SINGH)) {
        words.push(surname);
    }
    let has_surname = has_surname && words.last() == Some(&surname);

    let husband = !man && rng.chance(40);
    let father_first = *given(rng, community.men());
    let relative = match rng.below(3) {
        0 => vec![father_first],
        _ if community == Community::Sikh => vec![father_first, SINGH],
        _ if community == Community::Muslim => vec![father_first],
        1 => vec![father_first, *common(rng, MIDDLE_MEN.words())],
        _ => vec![father_first, surname],
    };

    // Wanted persons are mostly between 18 and 60.
    let birth = Date::from_julian_day(
        Date::from_calendar_date(1964, time::Month::January, 1)
            .expect("a real date")
            .to_julian_day()
            + rng.below(42 * 365) as i32,
    )
    .expect("a real date");
    let district = rng.below(STATES[state].1.len());
    let alias = (man && rng.chance(35)).then(|| *rng.pick(NICKNAMES.words()));
    let gang = rng.chance(25).then(|| common_index(rng, gangs) as u32);
    let copies = match rng.below(100) {
        0..=74 => 1,
        75..=90 => 2,
        91..=97 => 3,
        _ => 4,
    };
    Entity {
        id,
        sex,
        mohd,
        words,
        has_surname,
        alias,
        relative,
        husband,
        birth,
        state,
        district,
        gang,
        copies,
    }
}

/// Gang names for a population of `records`: a gang per hundred or so persons, named after a
/// leader's nickname or a place.
pub(crate) fn gang_names(records: usize) -> Vec<String> {
    let nicknames = NICKNAMES.words();
    let wanted = (records / 100).clamp(8, 5_000);
    (0..wanted)
        .map(|i| {
            let nick = nicknames[i % nicknames.len()].0;
            match i / nicknames.len() {
                0 => format!("{nick} gang"),
                round => {
                    let place = GANG_PLACES[(round - 1) % GANG_PLACES.len()];
                    let other = nicknames[(i / 7 + round) % nicknames.len()].0;
                    match (round - 1) / GANG_PLACES.len() {
                        0 => format!("{place} {nick} gang"),
                        n => format!("{place} {nick}-{other} gang {n}"),
                    }
                }
            }
        })
        .collect()
}

/// A first name: a tenth of the draws from a 1/rank law, the rest uniform, so the commonest
/// name is about 2% of a community's men (published counts of Indian first names in electoral
/// rolls and police registers put the commonest at 1–2%; half the draws on the 1/rank law, as
/// surnames and middle names are drawn, made it 7%). Surnames and middle names stay
/// concentrated, as they are ("Kumar", "Singh", "Yadav").
fn given<'a, T>(rng: &mut DemoRng, items: &'a [T]) -> &'a T {
    if rng.chance(90) {
        return &items[rng.below(items.len())];
    }
    let u = (rng.next_u64() >> 11) as f64 / (1u64 << 53) as f64;
    let n = items.len();
    let x = ((n as f64 + 1.0).ln() * u).exp() - 1.0;
    &items[(x as usize).min(n - 1)]
}

/// An item favouring the front of the table: half the draws from a 1/rank law, half uniform,
/// so the commonest names are very common and every name appears.
fn common<'a, T>(rng: &mut DemoRng, items: &'a [T]) -> &'a T {
    &items[common_index(rng, items.len())]
}

fn common_index(rng: &mut DemoRng, n: usize) -> usize {
    if rng.chance(50) {
        return rng.below(n);
    }
    let u = (rng.next_u64() >> 11) as f64 / (1u64 << 53) as f64;
    let x = ((n as f64 + 1.0).ln() * u).exp() - 1.0;
    (x as usize).min(n - 1)
}
