//! `CHANGELOG.md` of each generated package: one dated entry per `sdkgen release`, newest first,
//! in Keep a Changelog's layout (sections Breaking, Added, Deprecated, Changed, Docs), in that
//! language's names.
//!
//! The file is not part of the generated output (the manifest does not list it): `generate` never
//! writes, merges or deletes it, so the history it holds is the user's. `release` prepends to it.

use std::fmt::Write as _;
use std::path::Path;

use super::rules::{rule_by_id, Impact, Kind};
use super::{code, Lang, Report};

pub const FILE: &str = "CHANGELOG.md";

const HEADER: &str = "# Changelog\n\nAll notable changes to this package are documented here. The format follows\n[Keep a Changelog](https://keepachangelog.com/en/1.1.0/); versions follow [Semantic Versioning](https://semver.org/).\n";

/// Sections in the order they appear in an entry.
const SECTIONS: [&str; 5] = ["Breaking", "Added", "Deprecated", "Changed", "Docs"];

fn section(lang: Lang, c: &super::Change) -> &'static str {
    if *c.impact.get(lang) == Impact::Breaking {
        return "Breaking";
    }
    match rule_by_id(c.rule).kind {
        Kind::Added if *c.impact.get(lang) == Impact::Compatible => "Added",
        Kind::Deprecated => "Deprecated",
        Kind::Docs => "Docs",
        _ => "Changed",
    }
}

/// The entry for `lang`'s package: `## [next] - date` and its sections.
pub fn entry(report: &Report, lang: Lang, date: &str) -> Option<String> {
    let pkg = report.packages.iter().find(|p| p.language == lang)?;
    let mut s = format!("## [{}] - {date}\n", pkg.next);
    if report.changes.is_empty() {
        s.push_str("\nRegenerated; the API did not change.\n");
        return Some(s);
    }
    for name in SECTIONS {
        let items: Vec<String> = report
            .changes
            .iter()
            .filter(|c| section(lang, c) == name)
            .map(|c| format!("- {}: {} ({})", code(c.names.get(lang)), c.message, code(c.rule)))
            .collect();
        if items.is_empty() {
            continue;
        }
        let _ = write!(s, "\n### {name}\n\n{}\n", items.join("\n"));
    }
    Some(s)
}

/// `existing` (a changelog or nothing) with `entry` as its newest entry: after the title and
/// introduction, before the first `## ` entry; everything else is kept as it is.
pub fn prepend(existing: Option<&str>, entry: &str) -> String {
    let Some(text) = existing.filter(|t| !t.trim().is_empty()) else {
        return format!("{HEADER}\n{entry}");
    };
    let mut offset = 0;
    let mut insert_at = None;
    for line in text.split_inclusive('\n') {
        if line.starts_with("## ") {
            insert_at = Some(offset);
            break;
        }
        offset += line.len();
    }
    match insert_at {
        Some(at) => format!("{}{entry}\n{}", &text[..at], &text[at..]),
        None => {
            let mut s = text.to_string();
            if !s.ends_with('\n') {
                s.push('\n');
            }
            format!("{s}\n{entry}")
        }
    }
}

/// Prepends `entry` to `<dir>/CHANGELOG.md` (created when missing), written by rename.
pub fn write(dir: &Path, entry: &str) -> std::io::Result<()> {
    let path = dir.join(FILE);
    let existing = match std::fs::read_to_string(&path) {
        Ok(t) => Some(t),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(e) => return Err(e),
    };
    let text = prepend(existing.as_deref(), entry);
    std::fs::create_dir_all(dir)?;
    let tmp = dir.join(format!(".{FILE}.sdkgen-{}", std::process::id()));
    std::fs::write(&tmp, text)?;
    std::fs::rename(&tmp, &path)
}

/// Today's date in UTC as `YYYY-MM-DD`.
pub fn today() -> String {
    let secs = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0);
    let days = (secs / 86_400) as i64;
    // Days since 1970-01-01 to a civil date (H. Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}

/// Whether `s` is a date `YYYY-MM-DD`.
pub fn is_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter().enumerate().all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
        && (1..=12).contains(&s[5..7].parse::<u32>().unwrap_or(0))
        && (1..=31).contains(&s[8..10].parse::<u32>().unwrap_or(0))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prepend_keeps_history() {
        let first = prepend(None, "## [1.0.1] - 2026-01-01\n\n### Docs\n\n- a\n");
        assert!(first.starts_with("# Changelog\n"));
        let second = prepend(Some(&first), "## [1.1.0] - 2026-02-01\n\n### Added\n\n- b\n");
        let a = second.find("## [1.1.0]").unwrap();
        let b = second.find("## [1.0.1]").unwrap();
        assert!(a < b);
        assert!(second.contains("- a\n") && second.contains("- b\n"));
        // A file without entries keeps its text, the entry goes last.
        let custom = prepend(Some("# History\n\nOurs.\n"), "## [2.0.0] - 2026-03-01\n");
        assert_eq!(custom, "# History\n\nOurs.\n\n## [2.0.0] - 2026-03-01\n");
    }

    #[test]
    fn dates() {
        assert!(is_date(&today()));
        assert!(is_date("2026-12-05"));
        assert!(!is_date("2026-13-05"));
        assert!(!is_date("05.12.2026"));
    }
}
