//! CSV as RFC 4180 writes it: fields separated by commas, quoted with `"` when they hold a
//! comma, a quote or a line break, a quote inside doubled. Records keep the line they start on,
//! so an import can name the line of a bad row.

/// One record of a CSV file and the line (1-based) it starts on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CsvRecord {
    pub line: usize,
    pub fields: Vec<String>,
}

/// A CSV problem the reader cannot get past.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("line {line}: a quoted field is not closed before the end of the file")]
pub struct UnclosedQuote {
    pub line: usize,
}

/// Splits CSV text into records; blank lines are skipped. A byte-order mark is ignored.
pub fn read_csv(text: &str) -> Result<Vec<CsvRecord>, UnclosedQuote> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut records = Vec::new();
    let mut fields = Vec::new();
    let mut field = String::new();
    let mut line = 1;
    let mut start = 1;
    let mut quoted = false;
    let mut was_quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if quoted {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                '"' => quoted = false,
                '\n' => {
                    line += 1;
                    field.push('\n');
                }
                _ => field.push(c),
            }
            continue;
        }
        match c {
            '"' if field.is_empty() && !was_quoted => {
                quoted = true;
                was_quoted = true;
            }
            ',' => {
                fields.push(std::mem::take(&mut field));
                was_quoted = false;
            }
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' => {
                fields.push(std::mem::take(&mut field));
                finish(&mut records, &mut fields, start);
                was_quoted = false;
                line += 1;
                start = line;
            }
            _ => field.push(c),
        }
    }
    if quoted {
        return Err(UnclosedQuote { line: start });
    }
    if !field.is_empty() || !fields.is_empty() || was_quoted {
        fields.push(field);
        finish(&mut records, &mut fields, start);
    }
    Ok(records)
}

fn finish(records: &mut Vec<CsvRecord>, fields: &mut Vec<String>, line: usize) {
    let fields = std::mem::take(fields);
    let blank = fields.len() == 1 && fields[0].trim().is_empty();
    if !blank {
        records.push(CsvRecord { line, fields });
    }
}

/// One CSV line (with its `\r\n`), quoting the fields that need it.
pub fn write_csv_line(fields: &[String]) -> String {
    let mut out = String::new();
    for (i, field) in fields.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        if field.contains([',', '"', '\n', '\r']) || field.starts_with(' ') {
            out.push('"');
            out.push_str(&field.replace('"', "\"\""));
            out.push('"');
        } else {
            out.push_str(field);
        }
    }
    out.push_str("\r\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoted_fields_keep_commas_quotes_and_line_breaks_and_lines_are_counted() {
        let text = "a,b\r\n\"x, y\",\"say \"\"hi\"\"\"\n\n\"two\nlines\",मोहम्मद\nlast,";
        let records = read_csv(text).unwrap();
        assert_eq!(records.len(), 4);
        assert_eq!(records[1].fields, vec!["x, y", "say \"hi\""]);
        assert_eq!(records[2].line, 4);
        assert_eq!(records[2].fields, vec!["two\nlines", "मोहम्मद"]);
        assert_eq!(records[3].line, 6);
        assert_eq!(records[3].fields, vec!["last", ""]);
    }

    #[test]
    fn what_is_written_reads_back() {
        let fields: Vec<String> =
            vec!["Mohd. Irfan @ Bhura".into(), "a,\"b\"\nc".into(), "".into()];
        let records = read_csv(&write_csv_line(&fields)).unwrap();
        assert_eq!(records[0].fields, fields);
        assert!(read_csv("\"open").is_err());
    }
}
