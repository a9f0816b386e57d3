//! The seeded random stream behind every demo choice, and the ids minted from it.
//!
//! A hand-written SplitMix64 rather than the `rand` crate: its output is fixed by this file
//! alone, so a seed keeps producing the same world across dependency upgrades.

use uuid::{Builder, Uuid};

/// A small, fast, seedable random stream (SplitMix64).
#[derive(Clone, Debug)]
pub(crate) struct DemoRng {
    state: u64,
}

impl DemoRng {
    pub(crate) fn new(seed: u64) -> Self {
        Self { state: seed }
    }

    /// An independent stream for one part of the world, so that drawing more (or fewer)
    /// numbers in one part never shifts what another part generates.
    pub(crate) fn fork(&self, label: &str) -> Self {
        // FNV-1a over the label, mixed with this stream's state.
        let mut hash = self.state ^ 0xcbf2_9ce4_8422_2325;
        for byte in label.bytes() {
            hash = (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3);
        }
        let mut forked = Self { state: hash };
        forked.next_u64();
        forked
    }

    pub(crate) fn next_u64(&mut self) -> u64 {
        self.state = self.state.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.state;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number in `0..n`; `n` must be positive.
    pub(crate) fn below(&mut self, n: usize) -> usize {
        assert!(n > 0, "below(0) has no answer");
        // Multiply-shift: unbiased enough for demo data and free of a slow modulo.
        ((u128::from(self.next_u64()) * n as u128) >> 64) as usize
    }

    /// True with the given probability in percent.
    pub(crate) fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }

    pub(crate) fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    /// An index into `weights`, each chosen in proportion to its weight.
    pub(crate) fn weighted(&mut self, weights: &[usize]) -> usize {
        let total: usize = weights.iter().sum();
        let mut roll = self.below(total);
        for (index, weight) in weights.iter().enumerate() {
            if roll < *weight {
                return index;
            }
            roll -= weight;
        }
        unreachable!("roll is below the total of the weights")
    }

    /// `k` distinct indices from `0..n`, ascending (all of them if `k >= n`).
    pub(crate) fn subset(&mut self, n: usize, k: usize) -> Vec<usize> {
        let mut pool: Vec<usize> = (0..n).collect();
        let k = k.min(n);
        // Partial Fisher–Yates: the first k slots end up a uniform sample.
        for i in 0..k {
            let j = i + self.below(n - i);
            pool.swap(i, j);
        }
        pool.truncate(k);
        pool.sort_unstable();
        pool
    }

    /// Between `fewest` and `most` distinct indices from `0..n`, ascending.
    pub(crate) fn sample(&mut self, n: usize, fewest: usize, most: usize) -> Vec<usize> {
        let k = fewest + self.below(most.saturating_sub(fewest) + 1);
        self.subset(n, k)
    }

    fn bytes10(&mut self) -> [u8; 10] {
        let a = self.next_u64().to_le_bytes();
        let b = self.next_u64().to_le_bytes();
        [a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], b[0], b[1]]
    }
}

/// Mints UUIDv7-shaped ids from a fixed timestamp base and the seeded stream, never from the
/// clock, so the same seed yields the same ids and ids sort in the order they were minted.
#[derive(Clone, Debug)]
pub(crate) struct IdMint {
    next_ms: u64,
    rng: DemoRng,
}

impl IdMint {
    pub(crate) fn new(base_ms: u64, rng: DemoRng) -> Self {
        Self {
            next_ms: base_ms,
            rng,
        }
    }

    /// The next id: one millisecond after the previous one.
    pub(crate) fn next(&mut self) -> Uuid {
        let ms = self.next_ms;
        self.next_ms += 1;
        self.at(ms)
    }

    /// An id whose timestamp is the given instant (milliseconds since the Unix epoch).
    pub(crate) fn at(&mut self, unix_ms: u64) -> Uuid {
        Builder::from_unix_timestamp_millis(unix_ms, &self.rng.bytes10()).into_uuid()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forks_are_independent_of_draws_on_the_parent() {
        let root = DemoRng::new(7);
        let mut used = root.clone();
        used.next_u64();
        assert_eq!(root.fork("users").next_u64(), root.fork("users").next_u64());
        assert_ne!(root.fork("users").next_u64(), root.fork("units").next_u64());
    }

    #[test]
    fn below_stays_in_range_and_subset_is_distinct() {
        let mut rng = DemoRng::new(1);
        assert!((0..1000).all(|_| rng.below(7) < 7));
        let picked = rng.subset(10, 4);
        assert_eq!(picked.len(), 4);
        assert!(picked.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn minted_ids_are_version_7_and_ascending() {
        let mut mint = IdMint::new(1_704_067_200_000, DemoRng::new(3));
        let a = mint.next();
        let b = mint.next();
        assert_eq!(a.get_version_num(), 7);
        assert!(a < b);
    }
}
