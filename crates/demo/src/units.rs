//! Builds the unit hierarchy of every agency from the map in `places`: headquarters, ranges,
//! districts, sub-divisions, police stations and special units.

use crate::agencies::{AGENCIES, AgencySpec};
use crate::places::{RANGES, SPECIAL_UNITS, districts};
use crate::rng::IdMint;
use samanvay_core::org::{Agency, Coordinates, Unit, UnitKind};
use samanvay_core::{AgencyId, UnitId};
use std::collections::BTreeMap;

/// Which unit of an agency, by the slug the tables use.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum UnitKey {
    Headquarters,
    Range(&'static str),
    District(&'static str),
    SubDivision(&'static str),
    Station(&'static str),
    Special(&'static str),
}

impl UnitKey {
    fn kind(self) -> UnitKind {
        match self {
            UnitKey::Headquarters => UnitKind::Headquarters,
            UnitKey::Range(_) => UnitKind::Range,
            UnitKey::District(_) => UnitKind::District,
            UnitKey::SubDivision(_) => UnitKind::SubDivision,
            UnitKey::Station(_) => UnitKind::PoliceStation,
            UnitKey::Special(_) => UnitKind::SpecialUnit,
        }
    }
}

/// The built units and a way back from the tables to their ids.
pub(crate) struct OrgChart {
    pub units: Vec<Unit>,
    ids: BTreeMap<(usize, UnitKey), UnitId>,
}

impl OrgChart {
    /// The id of a unit named in the tables; a typo there is a bug, so it panics.
    pub(crate) fn id(&self, agency: usize, key: UnitKey) -> UnitId {
        *self
            .ids
            .get(&(agency, key))
            .unwrap_or_else(|| panic!("no demo unit {key:?} in agency {agency}"))
    }

    fn add(
        &mut self,
        ids: &mut IdMint,
        (agency, agency_id): (usize, AgencyId),
        key: UnitKey,
        parent: Option<UnitId>,
        name: String,
        (lat, lon): (f64, f64),
    ) -> UnitId {
        let id = UnitId(ids.next());
        let previous = self.ids.insert((agency, key), id);
        assert!(previous.is_none(), "duplicate demo unit {key:?}");
        self.units.push(Unit {
            id,
            agency: agency_id,
            parent,
            kind: key.kind(),
            name,
            location: Some(Coordinates { lat, lon }),
        });
        id
    }
}

/// Every agency's units, agency by agency, each parent before its children.
pub(crate) fn build(agencies: &[Agency], ids: &mut IdMint) -> OrgChart {
    let mut chart = OrgChart {
        units: Vec::new(),
        ids: BTreeMap::new(),
    };
    for (index, spec) in AGENCIES.iter().enumerate() {
        build_agency(&mut chart, ids, (index, agencies[index].id), spec);
    }
    chart
}

fn build_agency(
    chart: &mut OrgChart,
    ids: &mut IdMint,
    agency: (usize, AgencyId),
    spec: &AgencySpec,
) {
    let hq = chart.add(
        ids,
        agency,
        UnitKey::Headquarters,
        None,
        spec.hq_name.to_string(),
        spec.hq_at,
    );
    for range in RANGES.iter().filter(|r| r.agency == spec.code) {
        let key = UnitKey::Range(range.slug);
        let name = range.name.to_string();
        chart.add(ids, agency, key, Some(hq), name, range.at);
    }
    for district in districts(spec.code) {
        let parent = match district.range {
            Some(range) => chart.id(agency.0, UnitKey::Range(range)),
            None => hq,
        };
        let key = UnitKey::District(district.slug);
        let name = format!("{} District", district.name);
        let district_id = chart.add(ids, agency, key, Some(parent), name, district.at);
        for sub in district.subdivisions {
            let key = UnitKey::SubDivision(sub.slug);
            let name = format!("{} {}", sub.name, spec.subdivision_word);
            let sub_id = chart.add(ids, agency, key, Some(district_id), name, sub.at);
            for station in sub.stations {
                let key = UnitKey::Station(station.slug);
                let name = format!("PS {}", station.name);
                chart.add(ids, agency, key, Some(sub_id), name, station.at);
            }
        }
    }
    for special in SPECIAL_UNITS.iter().filter(|s| s.agency == spec.code) {
        let parent = match special.parent {
            Some(slug) => chart.id(agency.0, UnitKey::Special(slug)),
            None => hq,
        };
        let key = UnitKey::Special(special.slug);
        let name = special.name.to_string();
        chart.add(ids, agency, key, Some(parent), name, special.at);
    }
}
