//! Escaping for every context spec text can land in. A hostile spec must not be able to end a
//! string, a comment or a docstring early, hide code behind bidi overrides or line separators, or
//! smuggle a doctest into the Rust crate. Every filter first runs [`clean_text`].

/// Removes what has no business in generated source: NUL and other control characters (tab and
/// newline excepted), bidi overrides and isolates, BOMs; turns CR, CRLF, U+2028 and U+2029 into `\n`.
pub fn clean_text(s: &str) -> String {
    // Most text is printable ASCII with newlines: nothing to remove, one copy.
    if s.bytes().all(|b| matches!(b, b' '..=b'~' | b'\n' | b'\t')) {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push('\n');
            }
            '\u{2028}' | '\u{2029}' | '\u{85}' => out.push('\n'),
            '\n' | '\t' => out.push(c),
            '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{FEFF}' => {}
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Doc text: cleaned, trailing spaces and blank edges trimmed.
fn doc_lines(s: &str) -> Vec<String> {
    let mut cleaned = clean_text(s);
    if cleaned.contains('\t') {
        cleaned = cleaned.replace('\t', "    ");
    }
    let lines: Vec<&str> = cleaned.lines().map(str::trim_end).collect();
    let start = lines.iter().position(|l| !l.is_empty()).unwrap_or(lines.len());
    let end = lines.iter().rposition(|l| !l.is_empty()).map_or(start, |i| i + 1);
    lines[start..end].iter().map(|l| l.to_string()).collect()
}

fn push_unicode_escape(out: &mut String, c: char, style: EscapeStyle) {
    match style {
        EscapeStyle::Python => {
            if (c as u32) <= 0xFFFF {
                out.push_str(&format!("\\u{:04x}", c as u32));
            } else {
                out.push_str(&format!("\\U{:08x}", c as u32));
            }
        }
        EscapeStyle::Js => {
            let mut buf = [0u16; 2];
            for unit in c.encode_utf16(&mut buf) {
                out.push_str(&format!("\\u{:04x}", unit));
            }
        }
        EscapeStyle::Rust => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
        EscapeStyle::Toml => {
            if (c as u32) <= 0xFFFF {
                out.push_str(&format!("\\u{:04X}", c as u32));
            } else {
                out.push_str(&format!("\\U{:08X}", c as u32));
            }
        }
    }
}

#[derive(Clone, Copy)]
enum EscapeStyle {
    Python,
    Js,
    Rust,
    Toml,
}

/// A double-quoted literal in which only printable ASCII appears as is; everything else is escaped.
/// Values keep their exact characters (no cleaning): a string literal can hold anything safely.
fn quoted(s: &str, style: EscapeStyle) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            // `${` is inert in a double-quoted JS string, `{` in Python/Rust/TOML strings; escaping
            // `$` keeps the literal inert even if a template ever moves it into a template literal.
            '$' if matches!(style, EscapeStyle::Js) => out.push_str("\\$"),
            ' '..='~' => out.push(c),
            _ => push_unicode_escape(&mut out, c, style),
        }
    }
    out.push('"');
    out
}

/// A complete Python string literal, quotes included.
pub fn python_str(s: &str) -> String {
    quoted(s, EscapeStyle::Python)
}

/// A complete TypeScript/JavaScript string literal, quotes included.
pub fn ts_str(s: &str) -> String {
    quoted(s, EscapeStyle::Js)
}

/// A complete Rust string literal, quotes included.
pub fn rust_str(s: &str) -> String {
    quoted(s, EscapeStyle::Rust)
}

/// A complete TOML basic string, quotes included.
pub fn toml_str(s: &str) -> String {
    quoted(s, EscapeStyle::Toml)
}

/// A complete JSON string literal.
pub fn json_str(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_else(|_| "\"\"".to_string())
}

/// The inside of a Python `"""` docstring (the template writes the quotes). Backslashes are doubled
/// and quotes are escaped wherever they could close the docstring. Lines are joined with `\n` and
/// indented by `indent` spaces after the first.
pub fn python_doc(s: &str, indent: usize) -> String {
    let pad = " ".repeat(indent);
    let lines = doc_lines(s);
    let mut text = String::new();
    for (i, line) in lines.iter().enumerate() {
        if i > 0 {
            text.push('\n');
            if !line.is_empty() {
                text.push_str(&pad);
            }
        }
        text.push_str(line);
    }
    if !text.contains(['\\', '"']) {
        return text;
    }
    let mut out = String::with_capacity(text.len() + 8);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            // A quote followed by another, or last in the text (the template closes with `"""`).
            '"' if chars.peek().is_none_or(|n| *n == '"') => out.push_str("\\\""),
            _ => out.push(c),
        }
    }
    out
}

/// One line of a `#` or `//` comment: newlines become spaces so nothing escapes the comment.
pub fn line_comment(s: &str) -> String {
    doc_lines(s).join(" ")
}

/// A JSDoc block comment (`/** ... */`) indented by `indent` spaces, or `""` for empty text.
pub fn ts_doc(s: &str, indent: usize) -> String {
    let lines = doc_lines(s);
    if lines.is_empty() {
        return String::new();
    }
    let pad = " ".repeat(indent);
    let mut out = String::from("/**\n");
    for line in lines {
        // `*/` would end the comment; `@` at a line start would start a JSDoc tag.
        let safe = line.replace("*/", "*\\/");
        let safe = if safe.trim_start().starts_with('@') { safe.replacen('@', "\\@", 1) } else { safe };
        if safe.is_empty() {
            out.push_str(&format!("{pad} *\n"));
        } else {
            out.push_str(&format!("{pad} * {safe}\n"));
        }
    }
    out.push_str(&format!("{pad} */"));
    out
}

/// `///` doc lines indented by `indent` spaces, or `""` for empty text.
///
/// rustdoc compiles code blocks in docs as doctests, so every fenced block becomes a ```` ```text ````
/// block and indented code blocks are flattened; markdown that would make rustdoc warn (intra-doc
/// link brackets, HTML tags, bare URLs) is escaped.
pub fn rust_doc(s: &str, indent: usize) -> String {
    let lines = doc_lines(s);
    if lines.is_empty() {
        return String::new();
    }
    let pad = " ".repeat(indent);
    let mut out = Vec::new();
    let mut in_fence = false;
    for line in lines {
        let trimmed = line.trim_start();
        if trimmed.starts_with("```") || trimmed.starts_with("~~~") {
            out.push(if in_fence { "```".to_string() } else { "```text".to_string() });
            in_fence = !in_fence;
            continue;
        }
        if in_fence {
            out.push(line.clone());
        } else {
            out.push(escape_rustdoc_markdown(trimmed));
        }
    }
    if in_fence {
        out.push("```".to_string());
    }
    out.iter()
        .map(|l| if l.is_empty() { format!("{pad}///") } else { format!("{pad}/// {l}") })
        .collect::<Vec<_>>()
        .join("\n")
}

fn escape_rustdoc_markdown(line: &str) -> String {
    // Balanced backticks are code spans (never compiled); an odd one out is escaped.
    let keep_ticks = line.matches('`').count().is_multiple_of(2);
    let mut out = String::with_capacity(line.len());
    for (i, word) in line.split(' ').enumerate() {
        if i > 0 {
            out.push(' ');
        }
        if word.starts_with("http://") || word.starts_with("https://") {
            let (url, tail) = split_url_tail(word);
            out.push('<');
            out.push_str(&escape_angle_free(url));
            out.push('>');
            out.push_str(&escape_md_word(tail, keep_ticks));
        } else {
            out.push_str(&escape_md_word(word, keep_ticks));
        }
    }
    out
}

/// Trailing punctuation is not part of a URL.
fn split_url_tail(word: &str) -> (&str, &str) {
    let end = word.trim_end_matches(['.', ',', ';', ':', ')', ']', '!', '?', '\'', '"']).len();
    word.split_at(end)
}

fn escape_angle_free(url: &str) -> String {
    url.chars().filter(|c| !matches!(c, '<' | '>' | ' ')).collect()
}

fn escape_md_word(word: &str, keep_ticks: bool) -> String {
    let mut out = String::with_capacity(word.len());
    for c in word.chars() {
        match c {
            '[' => out.push_str("\\["),
            ']' => out.push_str("\\]"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\\' => out.push_str("\\\\"),
            '`' if !keep_ticks => out.push_str("\\`"),
            _ => out.push(c),
        }
    }
    out
}

/// Text in a Markdown table cell or paragraph of a README: one line, pipes and HTML escaped.
pub fn markdown(s: &str) -> String {
    doc_lines(s)
        .join(" ")
        .replace('\\', "\\\\")
        .replace('|', "\\|")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('`', "\\`")
}

/// A description as a block of Markdown in a README. Descriptions are CommonMark (OpenAPI says
/// so), so code spans, emphasis, lists, links and paragraphs are kept: the text is parsed with
/// pulldown-cmark and written back with pulldown-cmark-to-cmark, which escapes every text run.
/// What could act outside the description is neutralised on the way: raw HTML becomes visible
/// text, a link or image whose target is not an absolute `http(s)`/`mailto` URL keeps only its
/// text (a relative path would point outside the package), and headings are pushed below the
/// README's own (`###` at least). Fences come out with a fence longer than any they contain.
pub fn markdown_block(s: &str) -> String {
    use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};
    let cleaned = clean_text(s);
    let options = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH;
    let absolute = |url: &str| {
        let lower = url.trim().to_ascii_lowercase();
        ["https://", "http://", "mailto:"].iter().any(|scheme| lower.starts_with(scheme))
    };
    let demote = |level: HeadingLevel| match level {
        HeadingLevel::H1 | HeadingLevel::H2 | HeadingLevel::H3 => HeadingLevel::H3,
        other => other,
    };
    // Links and images that are dropped keep their text; their end events must go too.
    let mut dropped: Vec<bool> = Vec::new();
    let mut events = Vec::new();
    for event in Parser::new_ext(&cleaned, options) {
        let event = match event {
            // A block of HTML becomes a paragraph of its text, line by line.
            Event::Start(Tag::HtmlBlock) => Event::Start(Tag::Paragraph),
            Event::End(TagEnd::HtmlBlock) => {
                if matches!(events.last(), Some(Event::SoftBreak)) {
                    events.pop();
                }
                Event::End(TagEnd::Paragraph)
            }
            Event::Html(html) => {
                events.push(Event::Text(html.trim_end_matches('\n').to_string().into()));
                Event::SoftBreak
            }
            Event::InlineHtml(html) => Event::Text(html),
            Event::Start(Tag::Heading { level, id, classes, attrs }) => {
                Event::Start(Tag::Heading { level: demote(level), id, classes, attrs })
            }
            Event::End(TagEnd::Heading(level)) => Event::End(TagEnd::Heading(demote(level))),
            Event::Start(tag @ (Tag::Link { .. } | Tag::Image { .. })) => {
                let (Tag::Link { dest_url, .. } | Tag::Image { dest_url, .. }) = &tag else { unreachable!() };
                let keep = absolute(dest_url);
                dropped.push(!keep);
                if !keep {
                    continue;
                }
                Event::Start(tag)
            }
            Event::End(end @ (TagEnd::Link | TagEnd::Image)) => {
                if dropped.pop().unwrap_or(false) {
                    continue;
                }
                Event::End(end)
            }
            other => other,
        };
        events.push(event);
    }
    let mut out = String::with_capacity(cleaned.len() + 16);
    match pulldown_cmark_to_cmark::cmark_with_options(
        events.iter(),
        &mut out,
        options,
        pulldown_cmark_to_cmark::Options { list_token: '-', ..Default::default() },
    ) {
        Ok(_) => out.trim().to_string(),
        // The writer only fails on a formatter error, which a String never gives; plain escaped
        // text is still correct if it ever did.
        Err(_) => markdown(s),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn string_literals_cannot_be_closed() {
        assert_eq!(python_str("a\"b\\c\n"), r#""a\"b\\c\n""#);
        assert_eq!(ts_str("${x}`"), r#""\${x}`""#);
        assert_eq!(rust_str("\u{2028}é"), r#""\u{2028}\u{e9}""#);
        assert_eq!(python_str("\0"), r#""\u0000""#);
    }

    #[test]
    fn docstrings_cannot_be_closed() {
        assert_eq!(python_doc(r#"say """hi""" \ "#, 4), r#"say \"\""hi\"\"" \\"#);
        assert_eq!(python_doc("ends with \"", 4), "ends with \\\"");
        assert_eq!(python_doc("a\nb", 4), "a\n    b");
    }

    #[test]
    fn comments_cannot_be_closed() {
        assert_eq!(ts_doc("x */ alert(1) /*", 0), "/**\n * x *\\/ alert(1) /*\n */");
        assert_eq!(line_comment("a\nb\u{2028}c"), "a b c");
        assert_eq!(rust_doc("```\nfn main() {}\n```", 0), "/// ```text\n/// fn main() {}\n/// ```");
        assert_eq!(rust_doc("    indented code", 0), "/// indented code");
        assert_eq!(rust_doc("the `ETag` header, one ` alone", 0), "/// the \\`ETag\\` header, one \\` alone");
        assert_eq!(rust_doc("the `ETag` header", 0), "/// the `ETag` header");
        assert_eq!(rust_doc("see https://x.io/a. [link] <b>", 0), "/// see <https://x.io/a>. \\[link\\] &lt;b&gt;");
    }

    #[test]
    fn markdown_blocks_keep_markdown_and_drop_what_acts_outside() {
        let md = markdown_block(
            "Serves JSON under `/api`, *fast*.\n\nSecond paragraph:\n\n- one\n- two\n\n\
             # Title\n\n[docs](https://example.com/docs) [spec](spec/README.md) [x](javascript:alert(1))\n\n\
             <script>alert(1)</script>\n\ninline <b onclick=x>bold</b> and ![i](../../etc/passwd)\n\n\
             ```\n``` inner\n```\n",
        );
        assert!(md.starts_with("Serves JSON under `/api`, *fast*.\n\nSecond paragraph:"), "{md}");
        assert!(md.contains("- one\n- two"), "{md}");
        assert!(md.contains("### Title"), "{md}");
        assert!(md.contains("[docs](https://example.com/docs)"), "{md}");
        assert!(!md.contains("](spec/") && !md.contains("javascript:") && !md.contains("](../"), "{md}");
        assert!(md.contains("spec") && md.contains("i"), "{md}");
        assert!(md.contains("\\<script>") && md.contains("\\<b "), "{md}");
        let parsed: Vec<_> = pulldown_cmark::Parser::new(&md).collect();
        assert!(parsed
            .iter()
            .all(|e| !matches!(e, pulldown_cmark::Event::Html(_) | pulldown_cmark::Event::InlineHtml(_))));
        assert!(parsed.iter().any(|e| matches!(e, pulldown_cmark::Event::Code(c) if c.as_ref() == "/api")));
    }

    #[test]
    fn bidi_and_controls_are_removed_from_docs() {
        assert_eq!(clean_text("a\u{202E}b\u{0007}c\r\nd"), "abc\nd");
    }
}
