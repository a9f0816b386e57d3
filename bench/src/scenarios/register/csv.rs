//! The population as CSV, for the peers (Splink) and for public sets exported to the same
//! shape (FEBRL): one row per record, the true entity beside it.

use anyhow::{Context, Result, bail};
use samanvay_demo::population::Population;
use samanvay_match::{BirthYear, RecordFacts, Sex, to_latin};
use std::io::{BufRead, BufWriter, Write};
use std::path::Path;

pub const HEADER: &str = "record,entity,name,aliases,father,sex,birth_year,birth_exact,district,\
                          gang,agency,address,birth_day";

/// The columns every file has; `address` and `birth_day` (month-day, with an exact year) may
/// be left off, as the FEBRL export does.
const REQUIRED: usize = 11;

/// Writes every record of the population.
pub fn write(population: &Population, path: &Path) -> Result<()> {
    let file =
        std::fs::File::create(path).with_context(|| format!("creating {}", path.display()))?;
    let mut out = BufWriter::new(file);
    writeln!(out, "{HEADER}")?;
    for (index, record) in population.records.iter().enumerate() {
        let aliases: Vec<&str> = record.names[1..].iter().map(|n| n.text.as_str()).collect();
        let (birth_year, exact) = match record.birth_year() {
            Some((year, exact)) => (year.to_string(), if exact { "1" } else { "0" }),
            None => (String::new(), ""),
        };
        let facts = population.facts(record);
        let sex = match facts.sex {
            Some(Sex::Male) => "male",
            Some(Sex::Female) => "female",
            Some(Sex::Transgender) => "transgender",
            None => "",
        };
        let fields = [
            index.to_string(),
            record.entity.to_string(),
            record.primary_name().to_string(),
            aliases.join(" | "),
            record
                .relative
                .as_ref()
                .map_or(String::new(), |r| r.name.clone()),
            sex.to_string(),
            birth_year,
            exact.to_string(),
            record.district.unwrap_or("").to_string(),
            population.gang_name(record).unwrap_or("").to_string(),
            record.agency.to_string(),
            record.address.clone().unwrap_or_default(),
            facts
                .birth_day
                .map_or(String::new(), |(month, day)| format!("{month:02}-{day:02}")),
        ];
        let line: Vec<String> = fields.iter().map(|f| quote(f)).collect();
        writeln!(out, "{}", line.join(","))?;
    }
    out.flush()?;
    Ok(())
}

/// Writes each record's names, father, district and address in Latin letters by our
/// transliteration (`record,name,aliases,father,district,address`): what a Splink user would
/// prepare from a mixed-script register before comparing strings.
pub fn write_latin(population: &Population, path: &Path) -> Result<()> {
    let file =
        std::fs::File::create(path).with_context(|| format!("creating {}", path.display()))?;
    let mut out = BufWriter::new(file);
    writeln!(out, "record,name,aliases,father,district,address")?;
    for (index, record) in population.records.iter().enumerate() {
        let aliases: Vec<String> = record.names[1..]
            .iter()
            .map(|n| to_latin(&n.text))
            .collect();
        let fields = [
            index.to_string(),
            to_latin(record.primary_name()),
            aliases.join(" | "),
            record
                .relative
                .as_ref()
                .map_or(String::new(), |r| to_latin(&r.name)),
            to_latin(record.district.unwrap_or("")),
            to_latin(record.address.as_deref().unwrap_or("")),
        ];
        let line: Vec<String> = fields.iter().map(|f| quote(f)).collect();
        writeln!(out, "{}", line.join(","))?;
    }
    out.flush()?;
    Ok(())
}

/// Reads a CSV of this shape back as match facts and true entities (for FEBRL).
pub fn read(path: &Path) -> Result<(Vec<RecordFacts>, Vec<u32>)> {
    let file = std::fs::File::open(path).with_context(|| format!("opening {}", path.display()))?;
    let mut lines = std::io::BufReader::new(file).lines();
    let header = lines.next().context("an empty CSV")??;
    let columns = header.trim().split(',').count();
    if !HEADER.starts_with(header.trim()) || columns < REQUIRED {
        bail!("{} does not start with the header {HEADER}", path.display());
    }
    let mut facts = Vec::new();
    let mut entities = Vec::new();
    for line in lines {
        let fields = split(&line?);
        if fields.len() != columns {
            bail!("a row of {} fields, not {columns}", fields.len());
        }
        let text = |i: usize| fields.get(i).filter(|f| !f.is_empty()).cloned();
        let mut names = vec![fields[2].clone()];
        names.extend(
            fields[3]
                .split(" | ")
                .filter(|a| !a.is_empty())
                .map(str::to_string),
        );
        facts.push(RecordFacts {
            names,
            relative: text(4),
            sex: match fields[5].as_str() {
                "male" => Some(Sex::Male),
                "female" => Some(Sex::Female),
                "transgender" => Some(Sex::Transgender),
                _ => None,
            },
            birth_year: fields[6].parse().ok().map(|year| BirthYear {
                year,
                exact: fields[7] == "1",
            }),
            birth_day: text(12).and_then(|day| month_day(&day)),
            identifiers: vec![],
            districts: text(8).into_iter().collect(),
            places: text(11).into_iter().collect(),
            gang: text(9),
        });
        entities.push(fields[1].parse().context("an entity number")?);
    }
    Ok((facts, entities))
}

/// "03-11" as (3, 11).
fn month_day(text: &str) -> Option<(u8, u8)> {
    let (month, day) = text.split_once('-')?;
    Some((month.parse().ok()?, day.parse().ok()?))
}

fn quote(field: &str) -> String {
    if field.contains([',', '"', '\n']) {
        format!("\"{}\"", field.replace('"', "\"\""))
    } else {
        field.to_string()
    }
}

/// One CSV line into fields ("" inside quotes is a quote).
fn split(line: &str) -> Vec<String> {
    let mut fields = vec![String::new()];
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                chars.next();
                fields.last_mut().expect("a field").push('"');
            }
            ('"', _) => quoted = !quoted,
            (',', false) => fields.push(String::new()),
            _ => fields.last_mut().expect("a field").push(c),
        }
    }
    fields
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoted_fields_split_back() {
        let line = [quote("a,b"), quote("say \"x\""), quote("plain")].join(",");
        assert_eq!(split(&line), ["a,b", "say \"x\"", "plain"]);
    }
}
