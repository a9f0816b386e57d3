//! Facts about the machine and the code a result was measured with.

use serde::Serialize;
use std::path::Path;

#[derive(Serialize)]
pub struct Machine {
    /// CPUs this process may use; the server and the load generator share them.
    pub nproc: usize,
    pub cpu_model: Option<String>,
    pub memory_total: Option<String>,
    pub kernel: Option<String>,
    /// `/proc/loadavg` when the run started: other work on the machine skews the figures.
    pub load_average: Option<String>,
    pub os: &'static str,
    pub arch: &'static str,
    /// `git rev-parse HEAD` of the workspace, with `-dirty` for uncommitted changes.
    pub git_commit: Option<String>,
}

impl Machine {
    pub fn describe() -> Machine {
        let cpuinfo = read("/proc/cpuinfo").unwrap_or_default();
        let meminfo = read("/proc/meminfo").unwrap_or_default();
        Machine {
            nproc: std::thread::available_parallelism().map_or(1, |n| n.get()),
            cpu_model: field(&cpuinfo, "model name"),
            memory_total: field(&meminfo, "MemTotal"),
            kernel: read("/proc/sys/kernel/osrelease").map(|k| k.trim().to_string()),
            load_average: read("/proc/loadavg").map(|l| l.trim().to_string()),
            os: std::env::consts::OS,
            arch: std::env::consts::ARCH,
            git_commit: git_commit(&crate::workspace_root()),
        }
    }
}

/// The type of the filesystem holding `path` (ext4, tmpfs, …), from the mount table: on tmpfs
/// an fsync costs nothing and an audited figure would flatter the server.
pub fn filesystem_of(path: &Path) -> Option<String> {
    let path = path.canonicalize().ok()?;
    let mounts = read("/proc/self/mounts")?;
    mounts
        .lines()
        .filter_map(|line| {
            let mut fields = line.split_whitespace();
            let (_device, point, kind) = (fields.next()?, fields.next()?, fields.next()?);
            Some((point.replace("\\040", " "), kind.to_string()))
        })
        .filter(|(point, _)| path.starts_with(point))
        .max_by_key(|(point, _)| point.len())
        .map(|(_, kind)| kind)
}

fn git_commit(root: &Path) -> Option<String> {
    let git = |args: &[&str]| {
        std::process::Command::new("git")
            .args(args)
            .current_dir(root)
            .output()
            .ok()
            .filter(|o| o.status.success())
            .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
    };
    let commit = git(&["rev-parse", "HEAD"])?;
    let dirty =
        git(&["status", "--porcelain", "--untracked-files=no"]).is_some_and(|s| !s.is_empty());
    Some(if dirty {
        format!("{commit}-dirty")
    } else {
        commit
    })
}

fn read(path: &str) -> Option<String> {
    std::fs::read_to_string(path).ok()
}

fn field(text: &str, name: &str) -> Option<String> {
    text.lines()
        .filter_map(|line| line.split_once(':'))
        .find(|(key, _)| key.trim() == name)
        .map(|(_, value)| value.trim().to_string())
}

/// Reads how much CPU time a process has used so far, from `/proc/<pid>/stat`.
pub struct CpuClock {
    ticks_per_second: f64,
}

impl CpuClock {
    pub fn new() -> CpuClock {
        let ticks = std::process::Command::new("getconf")
            .arg("CLK_TCK")
            .output()
            .ok()
            .and_then(|o| {
                String::from_utf8_lossy(&o.stdout)
                    .trim()
                    .parse::<f64>()
                    .ok()
            })
            .filter(|t| *t > 0.0);
        CpuClock {
            ticks_per_second: ticks.unwrap_or(100.0),
        }
    }

    /// Busy CPU seconds of the whole machine, all CPUs together, from `/proc/stat`.
    pub fn machine_seconds(&self) -> Option<f64> {
        let stat = read("/proc/stat")?;
        let ticks: Vec<f64> = stat
            .lines()
            .next()?
            .split_whitespace()
            .skip(1)
            .map(|t| t.parse().ok())
            .collect::<Option<_>>()?;
        // user nice system idle iowait irq softirq steal: all but idle and iowait are busy.
        let busy: f64 = ticks
            .iter()
            .take(8)
            .enumerate()
            .filter(|(i, _)| *i != 3 && *i != 4)
            .map(|(_, t)| t)
            .sum();
        Some(busy / self.ticks_per_second)
    }

    /// User plus system CPU seconds of all the process's threads.
    pub fn seconds(&self, pid: Option<u32>) -> Option<f64> {
        let stat = read(&format!("/proc/{}/stat", pid?))?;
        // The command name may hold spaces; the fields after it do not.
        let fields: Vec<&str> = stat.rsplit_once(')')?.1.split_whitespace().collect();
        let utime: f64 = fields.get(11)?.parse().ok()?;
        let stime: f64 = fields.get(12)?.parse().ok()?;
        Some((utime + stime) / self.ticks_per_second)
    }
}
