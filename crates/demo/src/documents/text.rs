//! Renders a drafted document into its title and Markdown body, in English, Hindi or the mixed
//! register. Every body opens by saying it is synthetic, so no one mistakes it for an order.

use super::phrases::{AUDIENCES, Aspect, COORDINATION, Context, mistakes};
use super::topics::Topic;
use samanvay_core::document::Language;
use std::fmt::Write;
use time::Date;

/// Everything chosen for one document before it is written out.
pub(super) struct Draft<'a> {
    pub topic: &'a Topic,
    pub aspect: &'a Aspect,
    pub context: &'a Context,
    pub language: Language,
    /// Which title pattern to use.
    pub pattern: usize,
    /// The order or circular number, for numbered aspects.
    pub number: usize,
    pub audience: usize,
    /// Indices into the topic's steps of the draft's language.
    pub steps: Vec<usize>,
    /// Indices into the category's mistakes.
    pub mistakes: Vec<usize>,
    pub coordination: Option<usize>,
    /// "Vivek Sangwan, SHO, PS Alipur, Delhi Police".
    pub issuer: String,
    pub date: Date,
}

pub(super) fn title(d: &Draft) -> String {
    let (topic, aspect, context, year) = (d.topic, d.aspect, d.context, d.date.year());
    let number = d.number;
    match (d.language, d.pattern % 3) {
        (Language::English, 0) => format!("{}: {} for {}", aspect.en, topic.en, context.en),
        (Language::English, 1) => format!("{}: {} for {}", topic.en, aspect.en, context.en),
        (Language::English, _) if aspect.numbered => {
            format!("{} No. {number}/{year}: {}", aspect.en, topic.en)
        }
        (Language::English, _) => format!("{} ({} {year})", topic.en, aspect.en),
        (Language::Hindi, 0 | 1) => format!("{}: {} के लिए {}", topic.hi, context.hi, aspect.hi),
        (Language::Hindi, _) if aspect.numbered => {
            format!("{} संख्या {number}/{year}: {}", aspect.hi, topic.hi)
        }
        (Language::Hindi, _) => format!("{}: {} ({year})", aspect.hi, topic.hi),
        (Language::Mixed, 0 | 1) => format!("{} — {}", topic.en, aspect.hi),
        (Language::Mixed, _) => format!("{}: {} ({})", aspect.en, topic.hi, context.en),
    }
}

pub(super) fn body(d: &Draft) -> String {
    match d.language {
        Language::English => english(d),
        Language::Hindi => hindi(d),
        Language::Mixed => mixed(d),
    }
}

fn english(d: &Draft) -> String {
    let mut out = format!("# {}\n\n", title(d));
    out.push_str("> Synthetic demonstration document generated for Samanvay. It is not an operational order.\n\n");
    let (audience, _) = AUDIENCES[d.audience];
    let _ = write!(
        out,
        "## Purpose\n\n{} These instructions apply to {} and are issued for the guidance of all {audience}.\n\n",
        d.topic.why_en, d.context.en,
    );
    out.push_str("## What to do\n\n");
    numbered(&mut out, d.steps.iter().map(|&i| d.topic.steps_en[i]));
    out.push_str("\n## Common mistakes\n\n");
    bulleted(
        &mut out,
        d.mistakes.iter().map(|&i| mistakes(d.topic.category)[i].0),
    );
    if let Some(i) = d.coordination {
        let _ = write!(out, "\n## Across the border\n\n{}\n", COORDINATION[i].0);
    }
    out.push_str("\n## References\n\n");
    bulleted(&mut out, d.topic.refs.iter().copied());
    let date = format!("{} {} {}", d.date.day(), d.date.month(), d.date.year());
    let _ = write!(out, "\n*Issued by {}, on {date}.*\n", d.issuer);
    out
}

fn hindi(d: &Draft) -> String {
    let mut out = format!("# {}\n\n", title(d));
    out.push_str("> समन्वय के लिए तैयार किया गया कृत्रिम प्रदर्शन दस्तावेज़। यह परिचालन आदेश नहीं है।\n\n");
    let (_, audience) = AUDIENCES[d.audience];
    let _ = write!(
        out,
        "## उद्देश्य\n\n{} ये निर्देश {} के लिए हैं और सभी {audience} के मार्गदर्शन हेतु जारी किए गए हैं।\n\n",
        d.topic.why_hi, d.context.hi,
    );
    out.push_str("## क्या करें\n\n");
    numbered(&mut out, d.steps.iter().map(|&i| d.topic.steps_hi[i]));
    out.push_str("\n## सामान्य चूक\n\n");
    bulleted(
        &mut out,
        d.mistakes.iter().map(|&i| mistakes(d.topic.category)[i].1),
    );
    if let Some(i) = d.coordination {
        let _ = write!(out, "\n## सीमा पार समन्वय\n\n{}\n", COORDINATION[i].1);
    }
    out.push_str("\n## संदर्भ\n\n");
    bulleted(&mut out, d.topic.refs.iter().copied());
    let _ = write!(
        out,
        "\n*जारीकर्ता: {}, दिनांक {}*\n",
        d.issuer,
        numeric_date(d.date),
    );
    out
}

/// Hindi sentences with English terms, under English headings, as officers write notes.
fn mixed(d: &Draft) -> String {
    let mut out = format!("# {}\n\n", title(d));
    out.push_str("> Synthetic demo document — केवल प्रदर्शन हेतु, यह operational order नहीं है।\n\n");
    let _ = write!(
        out,
        "## Purpose / उद्देश्य\n\n{}\n\n{}\n\n",
        d.topic.why_en, d.topic.why_hi
    );
    out.push_str("## Field practice\n\n");
    numbered(&mut out, d.steps.iter().map(|&i| d.topic.steps_mixed[i]));
    out.push_str("\n## ध्यान दें\n\n");
    bulleted(
        &mut out,
        d.mistakes.iter().map(|&i| mistakes(d.topic.category)[i].1),
    );
    if let Some(i) = d.coordination {
        let _ = write!(out, "\n## Border coordination\n\n{}\n", COORDINATION[i].1);
    }
    out.push_str("\n## References\n\n");
    bulleted(&mut out, d.topic.refs.iter().copied());
    let _ = write!(
        out,
        "\n*Issued by {} — दिनांक {}*\n",
        d.issuer,
        numeric_date(d.date),
    );
    out
}

fn numbered<'a>(out: &mut String, lines: impl Iterator<Item = &'a str>) {
    for (n, line) in lines.enumerate() {
        let _ = writeln!(out, "{}. {line}", n + 1);
    }
}

fn bulleted<'a>(out: &mut String, lines: impl Iterator<Item = &'a str>) {
    for line in lines {
        let _ = writeln!(out, "- {line}");
    }
}

/// "05.03.2025", as dates are written on Indian police documents.
fn numeric_date(date: Date) -> String {
    format!(
        "{:02}.{:02}.{}",
        date.day(),
        u8::from(date.month()),
        date.year()
    )
}
