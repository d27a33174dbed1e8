//! Strings that match a schema's `pattern` (an ECMA-262 regular expression), for the values the
//! generated tests send: a validating server (Prism) refuses a path parameter of Twilio's
//! `^MG[0-9a-fA-F]{32}$` that is `"string"`.

use rand::{RngExt, SeedableRng};
use regex_syntax::hir::{Capture, Class, ClassUnicode, ClassUnicodeRange, Hir, HirKind, Repetition};

/// How often an unbounded repetition (`*`, `+`, `{n,}`) repeats at most in a generated string.
const MAX_REPEAT: u32 = 8;
/// Generated strings tried before giving up on a pattern (each must be printable ASCII).
const TRIES: usize = 16;

/// Whether `text` matches `pattern` anywhere, as JSON Schema's `pattern` does; `None` when the
/// pattern is not one the `regex` crate reads (lookaround, backreferences).
pub fn matches(pattern: &str, text: &str) -> Option<bool> {
    regex::Regex::new(pattern).ok().map(|re| re.is_match(text))
}

/// A printable-ASCII string that matches `pattern`, generated from it with a generator seeded by
/// the pattern (so the same pattern gives the same string on every run and machine); `None` when
/// the pattern cannot be read or generated from (an anchor inside it, lookaround).
pub fn generate(pattern: &str) -> Option<String> {
    let re = regex::Regex::new(pattern).ok()?;
    let hir = regex_syntax::Parser::new().parse(strip_anchors(pattern)).ok()?;
    let generator = rand_regex::Regex::with_hir(printable(hir), MAX_REPEAT).ok()?;
    let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(fnv1a(pattern));
    (0..TRIES)
        .map(|_| rng.sample::<String, _>(&generator))
        .find(|s| s.bytes().all(|b| b.is_ascii_graphic() || b == b' ') && re.is_match(s))
}

/// `hir` with each character class narrowed to printable ASCII where it has some (`.`, `\w`,
/// `\d` would otherwise give any Unicode character); a class without any is kept whole.
fn printable(hir: Hir) -> Hir {
    match hir.into_kind() {
        HirKind::Class(Class::Unicode(class)) => {
            let mut narrowed = class.clone();
            narrowed.intersect(&ClassUnicode::new([ClassUnicodeRange::new(' ', '~')]));
            let kept = if narrowed.ranges().is_empty() { class } else { narrowed };
            Hir::class(Class::Unicode(kept))
        }
        HirKind::Repetition(r) => Hir::repetition(Repetition { sub: Box::new(printable(*r.sub)), ..r }),
        HirKind::Capture(c) => Hir::capture(Capture { sub: Box::new(printable(*c.sub)), ..c }),
        HirKind::Concat(subs) => Hir::concat(subs.into_iter().map(printable).collect()),
        HirKind::Alternation(subs) => Hir::alternation(subs.into_iter().map(printable).collect()),
        HirKind::Class(class) => Hir::class(class),
        HirKind::Empty => Hir::empty(),
        HirKind::Literal(literal) => Hir::literal(literal.0),
        HirKind::Look(look) => Hir::look(look),
    }
}

/// `pattern` without a leading `^` and a trailing `$` (the generator reads no anchors; a string
/// generated from the rest matches the whole when nothing else is around it).
fn strip_anchors(pattern: &str) -> &str {
    let p = pattern.strip_prefix('^').unwrap_or(pattern);
    match p.strip_suffix('$') {
        // `\$` is a literal dollar: only an unescaped `$` is an anchor.
        Some(rest) if rest.chars().rev().take_while(|c| *c == '\\').count() % 2 == 0 => rest,
        _ => p,
    }
}

fn fnv1a(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generated_strings_match_their_pattern_and_stay_the_same() {
        for pattern in ["^MG[0-9a-fA-F]{32}$", "^[A-Z]{2}\\d+$", "snap-[0-9a-f]{8,17}", "^a\\$$", "^.+$", "x*"] {
            let s = generate(pattern).unwrap_or_else(|| panic!("{pattern}"));
            assert_eq!(matches(pattern, &s), Some(true), "{pattern}: {s}");
            assert_eq!(generate(pattern), Some(s), "{pattern}: deterministic");
        }
        assert_eq!(strip_anchors("^a\\$"), "a\\$");
        // Lookaround is not read by the regex crate; an inner anchor not by the generator.
        assert_eq!(generate("^(?=a)b$"), None);
        assert_eq!(generate("^a$|^b$"), None);
        assert_eq!(matches("(?=a)", "a"), None);
    }
}
