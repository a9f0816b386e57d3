//! The agencies and units, loaded once for a request that names many of them (targeting, the
//! status board, compliance).

use crate::error::ApiResult;
use samanvay_core::org::{Agency, Unit};
use samanvay_core::{AgencyId, UnitId};
use samanvay_store::Store;
use std::collections::HashMap;

pub struct Directory {
    pub units: Vec<Unit>,
    by_unit: HashMap<UnitId, usize>,
    agencies: HashMap<AgencyId, Agency>,
}

impl Directory {
    pub async fn load(store: &Store) -> ApiResult<Directory> {
        let units = store.units(None).await?;
        let agencies = store.agencies().await?;
        Ok(Directory {
            by_unit: units.iter().enumerate().map(|(i, u)| (u.id, i)).collect(),
            units,
            agencies: agencies.into_iter().map(|a| (a.id, a)).collect(),
        })
    }

    pub fn unit(&self, id: UnitId) -> Option<&Unit> {
        self.by_unit.get(&id).map(|i| &self.units[*i])
    }

    pub fn unit_name(&self, id: UnitId) -> String {
        self.unit(id).map(|u| u.name.clone()).unwrap_or_default()
    }

    pub fn agency(&self, id: AgencyId) -> Option<&Agency> {
        self.agencies.get(&id)
    }

    pub fn agency_code(&self, id: AgencyId) -> String {
        self.agency(id).map(|a| a.code.clone()).unwrap_or_default()
    }

    /// The supervisory units above `unit`, nearest first.
    pub fn ancestors(&self, unit: UnitId) -> Vec<UnitId> {
        let mut chain = Vec::new();
        let mut at = self.unit(unit).and_then(|u| u.parent);
        while let Some(parent) = at {
            if chain.contains(&parent) {
                break;
            }
            chain.push(parent);
            at = self.unit(parent).and_then(|u| u.parent);
        }
        chain
    }

    /// Whether `unit` is `root` or lies under it.
    pub fn is_within(&self, unit: UnitId, root: UnitId) -> bool {
        unit == root || self.ancestors(unit).contains(&root)
    }
}
