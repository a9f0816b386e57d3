//! Demo accounts: for every agency an administrator, an auditor and its head; for every range,
//! district, sub-division and police station its supervising officer and station staff; and the
//! named staff of special units.

use crate::DEMO_PASSWORD;
use crate::agencies::{AGENCIES, AgencySpec};
use crate::names::NamePicker;
use crate::places::{RANGES, SPECIAL_UNITS, StaffSpec, StationSpec, districts};
use crate::rng::IdMint;
use crate::units::{OrgChart, UnitKey};
use crate::world::DemoUser;
use samanvay_core::org::Agency;
use samanvay_core::user::{AccountStatus, Rank, Role, User};
use samanvay_core::{Classification, UnitId, UserId};

/// Accounts to print at the start of a demo, and what each one shows.
pub(crate) const HIGHLIGHTED: &[(&str, &str)] = &[
    (
        "dl.sho.alipur",
        "SHO, PS Alipur (Delhi Police, Outer North): receives and acknowledges inputs; Confidential",
    ),
    (
        "dl.ct.alipur",
        "Beat constable, PS Alipur: sees only Restricted and Unrestricted records",
    ),
    (
        "hr.sp.gurugram",
        "SP, Gurugram (Haryana Police): supervises the district's police stations; Secret",
    ),
    (
        "up.sho.loni",
        "SHO, PS Loni (UP Police, Ghaziabad): across the border from Delhi's Shahdara district",
    ),
    (
        "dl.analyst",
        "Analyst, Delhi Police Special Cell: issues inputs and runs link analysis; Secret",
    ),
    (
        "ib.analyst",
        "Analyst, Subsidiary Intelligence Bureau Delhi: a central agency's view; Secret",
    ),
    (
        "dl.admin",
        "Agency administrator, Delhi Police: manages users, units and sharing groups",
    ),
    (
        "up.auditor",
        "Auditor, UP Police: reads the audit log of who saw what, and when",
    ),
];

/// Builds every demo account, agency by agency, in the order of the unit hierarchy.
pub(crate) fn build(
    agencies: &[Agency],
    chart: &OrgChart,
    ids: &mut IdMint,
    names: &mut NamePicker,
) -> Vec<DemoUser> {
    let mut roster = Roster {
        users: Vec::new(),
        ids,
        names,
    };
    for (index, spec) in AGENCIES.iter().enumerate() {
        let posting = Posting {
            index,
            agency: &agencies[index],
            spec,
        };
        roster.staff_agency(&posting, chart);
    }
    roster.users
}

/// The agency a user is being posted to.
struct Posting<'a> {
    index: usize,
    agency: &'a Agency,
    spec: &'a AgencySpec,
}

/// One new account before it becomes a `User`.
struct Account<'a> {
    username: String,
    rank: Rank,
    post: String,
    roles: &'a [Role],
    clearance: Classification,
}

struct Roster<'a> {
    users: Vec<DemoUser>,
    ids: &'a mut IdMint,
    names: &'a mut NamePicker,
}

/// An administrator holds every role they may grant except auditing, so the demo admin can
/// manage every account of the agency but the auditor's (separation of duties).
const ADMIN_ROLES: &[Role] = &[
    Role::Officer,
    Role::Analyst,
    Role::Supervisor,
    Role::AgencyAdmin,
];
const SUPERVISOR: &[Role] = &[Role::Supervisor];
const OFFICER: &[Role] = &[Role::Officer];
const AUDITOR: &[Role] = &[Role::Auditor];

impl Roster<'_> {
    fn staff_agency(&mut self, at: &Posting, chart: &OrgChart) {
        let spec = at.spec;
        let code = spec.code.to_lowercase();
        let secret = Classification::Secret;
        let hq = chart.id(at.index, UnitKey::Headquarters);
        let (rank, post) = spec.admin;
        let admin = Account::new(format!("{code}.admin"), rank, post, ADMIN_ROLES, secret);
        self.add(at, hq, admin);
        let (rank, post) = spec.auditor;
        let auditor = Account::new(format!("{code}.auditor"), rank, post, AUDITOR, secret);
        self.add(at, hq, auditor);
        let (name, rank, post) = spec.head;
        let head = Account::new(format!("{code}.{name}"), rank, post, SUPERVISOR, secret);
        self.add(at, hq, head);

        for range in RANGES.iter().filter(|r| r.agency == spec.code) {
            self.add_staff(
                at,
                chart.id(at.index, UnitKey::Range(range.slug)),
                range.staff,
            );
        }
        for district in districts(spec.code) {
            let unit = chart.id(at.index, UnitKey::District(district.slug));
            let title = spec.district_head;
            let username = format!("{code}.{}.{}", title.to_lowercase(), district.slug);
            let post = format!("{title}, {}", district.name);
            let rank = Rank::Superintendent;
            self.add(
                at,
                unit,
                Account::new(username, rank, post, SUPERVISOR, secret),
            );
            for sub in district.subdivisions {
                let unit = chart.id(at.index, UnitKey::SubDivision(sub.slug));
                let title = spec.subdivision_head;
                let username = format!("{code}.{}.{}", title.to_lowercase(), sub.slug);
                let post = format!("{title}, {}", sub.name);
                let rank = Rank::DeputySuperintendent;
                self.add(
                    at,
                    unit,
                    Account::new(username, rank, post, SUPERVISOR, secret),
                );
                for (nth, station) in sub.stations.iter().enumerate() {
                    let unit = chart.id(at.index, UnitKey::Station(station.slug));
                    self.staff_station(at, unit, station, nth == 0);
                }
            }
        }
        for special in SPECIAL_UNITS.iter().filter(|s| s.agency == spec.code) {
            let unit = chart.id(at.index, UnitKey::Special(special.slug));
            self.add_staff(at, unit, special.staff);
        }
    }

    /// An SHO and one more officer: a beat constable at the first station of a sub-division,
    /// a sub-inspector at the others, so the demo has both junior views.
    fn staff_station(&mut self, at: &Posting, unit: UnitId, station: &StationSpec, first: bool) {
        let code = at.spec.code.to_lowercase();
        let (slug, name) = (station.slug, station.name);
        let sho = Account::new(
            format!("{code}.sho.{slug}"),
            Rank::Inspector,
            format!("SHO, PS {name}"),
            OFFICER,
            Classification::Confidential,
        );
        self.add(at, unit, sho);
        let (short, rank, post) = if first {
            ("ct", Rank::Constable, format!("Beat Constable, PS {name}"))
        } else {
            let post = format!("SI (Investigating Officer), PS {name}");
            ("si", Rank::SubInspector, post)
        };
        let username = format!("{code}.{short}.{slug}");
        let restricted = Classification::Restricted;
        self.add(
            at,
            unit,
            Account::new(username, rank, post, OFFICER, restricted),
        );
    }

    fn add_staff(&mut self, at: &Posting, unit: UnitId, staff: &[StaffSpec]) {
        let code = at.spec.code.to_lowercase();
        for person in staff {
            let username = format!("{code}.{}", person.username);
            let account = Account::new(
                username,
                person.rank,
                person.post,
                person.roles,
                person.clearance,
            );
            self.add(at, unit, account);
        }
    }

    fn add(&mut self, at: &Posting, unit: UnitId, account: Account) {
        let user = User {
            id: UserId(self.ids.next()),
            username: account.username,
            display_name: self.names.pick(at.spec.names),
            agency: at.agency.id,
            unit,
            rank: account.rank,
            post: account.post,
            roles: account.roles.to_vec(),
            clearance: account.clearance,
            status: AccountStatus::Active,
        };
        self.users.push(DemoUser {
            user,
            password: DEMO_PASSWORD.to_string(),
        });
    }
}

impl<'a> Account<'a> {
    fn new(
        username: String,
        rank: Rank,
        post: impl Into<String>,
        roles: &'a [Role],
        clearance: Classification,
    ) -> Self {
        Self {
            username,
            rank,
            post: post.into(),
            roles,
            clearance,
        }
    }
}
