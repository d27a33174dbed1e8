//! README Markdown as Prettier prints it (`prettier --check` covers the package's README): the
//! escaped description blocks (`md_block`) are CommonMark already; what Prettier changes in them
//! is rewritten here, line by line:
//! - a fence is as long as it must be (three backticks, or one more than the longest run of
//!   backticks inside);
//! - runs of spaces inside a text line become one, outside code spans; a line ends without
//!   spaces, except a hard break (two spaces before a line of the same paragraph);
//! - `*emphasis*` is written `_emphasis_` when no word touches it;
//! - a link destination is written with its entities decoded (`&amp;` is `&`);
//! - pipe tables are aligned ([`super::emit::align_md_tables`]).
//!
//! Two shapes are left to Prettier's range ignore instead (the block is fenced by
//! `<!-- prettier-ignore-start -->` and `<!-- prettier-ignore-end -->`, as the Python README
//! fences code with `<!-- fmt: off -->`): ordered lists, which Prettier renumbers, and fenced code
//! with a language, which Prettier formats as that language (JSON, TypeScript, YAML, ...).

/// `text` (Markdown from `md_block`) as Prettier leaves it: formatted by [`format`], and in a
/// range Prettier ignores when it has a shape [`format`] does not reproduce.
pub fn readme_block(text: &str) -> String {
    let formatted = format(text);
    if prettier_rewrites(text) {
        let body = formatted.trim_end_matches('\n');
        let end = &formatted[body.len()..];
        format!("<!-- prettier-ignore-start -->\n\n{body}\n\n<!-- prettier-ignore-end -->{end}")
    } else {
        formatted
    }
}

/// Whether Markdown has an ordered list or fenced code with a language.
fn prettier_rewrites(text: &str) -> bool {
    use pulldown_cmark::{CodeBlockKind, Event, Options, Parser, Tag};
    Parser::new_ext(text, Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH).any(|event| match event {
        Event::Start(Tag::List(Some(_))) => true,
        Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(info))) => !info.trim().is_empty(),
        _ => false,
    })
}

/// `text` (Markdown from `md_block`) as Prettier formats it.
pub fn format(text: &str) -> String {
    let lines: Vec<&str> = text.split('\n').collect();
    let mut out: Vec<String> = Vec::with_capacity(lines.len());
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        if let Some((indent, ch, n)) = fence_open(line) {
            // The closing fence: the same character, at least as long.
            let close = (i + 1..lines.len()).find(|&j| {
                let t = lines[j].trim_start();
                let run = t.chars().take_while(|&c| c == ch).count();
                run >= n && t[run..].trim().is_empty()
            });
            if let Some(close) = close {
                let body = &lines[i + 1..close];
                let longest = body.iter().map(|l| longest_run(l, '`')).max().unwrap_or(0);
                let fence = if ch == '`' { "`".repeat((longest + 1).max(3)) } else { ch.to_string().repeat(n) };
                let info = line.trim_start()[n..].trim();
                out.push(format!("{indent}{fence}{info}"));
                out.extend(body.iter().map(|l| l.trim_end().to_string()));
                out.push(format!("{indent}{fence}"));
                i = close + 1;
                continue;
            }
        }
        if quote_body(line).is_some() {
            // A block quote: its lines without their markers, formatted as a document of their
            // own, then quoted again without blank lines at its start or end.
            let mut inner = Vec::new();
            while let Some(body) = lines.get(i).and_then(|l| quote_body(l)) {
                inner.push(body);
                i += 1;
            }
            let formatted = format(&inner.join("\n"));
            out.extend(formatted.trim_matches('\n').split('\n').map(|l| {
                if l.is_empty() {
                    ">".to_string()
                } else {
                    format!("> {l}")
                }
            }));
            continue;
        }
        let next_is_text = lines.get(i + 1).is_some_and(|l| !l.trim().is_empty() && fence_open(l).is_none());
        let formatted = text_line(line, next_is_text);
        // Blank lines between blocks are one.
        if !(formatted.is_empty() && out.last().is_some_and(String::is_empty)) {
            out.push(formatted);
        }
        i += 1;
    }
    super::emit::align_md_tables(&out.join("\n"))
}

/// The text of a block-quote line after its `>` (and the space after it), if it is one.
fn quote_body(line: &str) -> Option<&str> {
    let t = line.trim_start_matches(' ');
    if line.len() - t.len() > 3 {
        return None;
    }
    let body = t.strip_prefix('>')?;
    Some(body.strip_prefix(' ').unwrap_or(body))
}

/// An opening fence: its indentation, character and length.
fn fence_open(line: &str) -> Option<(&str, char, usize)> {
    let t = line.trim_start();
    let indent = &line[..line.len() - t.len()];
    if indent.len() > 3 && !indent.chars().all(|c| c == ' ') {
        return None;
    }
    let ch = t.chars().next().filter(|c| *c == '`' || *c == '~')?;
    let n = t.chars().take_while(|&c| c == ch).count();
    (n >= 3 && (ch == '~' || !t[n..].contains('`'))).then_some((indent, ch, n))
}

fn longest_run(s: &str, ch: char) -> usize {
    let (mut best, mut cur) = (0, 0);
    for c in s.chars() {
        cur = if c == ch { cur + 1 } else { 0 };
        best = best.max(cur);
    }
    best
}

/// One line outside fences: inner runs of spaces collapsed, emphasis and link destinations as
/// Prettier writes them; `hard_break_allowed`: a following line of the same paragraph exists.
fn text_line(line: &str, hard_break_allowed: bool) -> String {
    let body = line.trim_end();
    if body.is_empty() {
        return String::new();
    }
    let indent_len = line.len() - line.trim_start().len();
    // An indented code block (four spaces, not in a list) is left as it is.
    if indent_len >= 4 && !body.trim_start().starts_with(['-', '*', '+']) {
        return line.trim_end().to_string();
    }
    let trailing = line.len() - body.len();
    let (indent, rest) = body.split_at(indent_len);
    let chars: Vec<char> = rest.chars().collect();
    let mut out = String::with_capacity(line.len());
    out.push_str(indent);
    // Positions in `out` of single `*` delimiters outside code spans, to pair afterwards.
    let mut stars: Vec<(usize, bool, bool)> = Vec::new();
    let mut k = 0;
    while k < chars.len() {
        let c = chars[k];
        match c {
            '\\' => {
                out.push(c);
                if let Some(&n) = chars.get(k + 1) {
                    out.push(n);
                }
                k += 2;
            }
            '`' => {
                let run = chars[k..].iter().take_while(|&&x| x == '`').count();
                // The matching run of exactly as many backticks, if any: a code span, kept.
                let mut j = k + run;
                let mut end = None;
                while j < chars.len() {
                    if chars[j] == '`' {
                        let r = chars[j..].iter().take_while(|&&x| x == '`').count();
                        if r == run {
                            end = Some(j + r);
                            break;
                        }
                        j += r;
                    } else {
                        j += 1;
                    }
                }
                let stop = end.unwrap_or(k + run);
                out.extend(&chars[k..stop]);
                k = stop;
            }
            ' ' | '\t' => {
                if !out.ends_with(' ') {
                    out.push(' ');
                }
                k += 1;
            }
            '*' => {
                let run = chars[k..].iter().take_while(|&&x| x == '*').count();
                if run == 1 {
                    let before = k.checked_sub(1).map(|p| chars[p]);
                    let after = chars.get(k + 1).copied();
                    let word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
                    stars.push((out.len(), word(before), word(after)));
                }
                out.extend(std::iter::repeat_n('*', run));
                k += run;
            }
            ']' if chars.get(k + 1) == Some(&'(') => {
                // A link destination, up to its closing parenthesis.
                let close = chars[k + 2..].iter().position(|&x| x == ')' || x == ' ').map(|p| k + 2 + p);
                match close {
                    Some(close) if chars[close] == ')' => {
                        let dest: String = chars[k + 2..close].iter().collect();
                        out.push_str("](");
                        out.push_str(&dest.replace("&amp;", "&"));
                        out.push(')');
                        k = close + 1;
                    }
                    _ => {
                        out.push(c);
                        k += 1;
                    }
                }
            }
            _ => {
                out.push(c);
                k += 1;
            }
        }
    }
    // Pair single stars: an opener has a non-space after it, a closer a non-space before it.
    // Prettier writes `_` unless a word touches the pair from outside.
    let bytes_at = |s: &String, at: usize| s[at..].chars().next();
    let mut swap = Vec::new();
    let mut open: Option<(usize, bool)> = None;
    for &(at, word_before, word_after) in &stars {
        match open {
            None if bytes_at(&out, at + 1).is_some_and(|c| !c.is_whitespace()) => open = Some((at, word_before)),
            Some((start, touched)) if at > 0 && !out[..at].ends_with(char::is_whitespace) => {
                if !touched && !word_after {
                    swap.push(start);
                    swap.push(at);
                }
                open = None;
            }
            _ => {}
        }
    }
    for at in swap {
        out.replace_range(at..at + 1, "_");
    }
    let out = out.trim_end().to_string();
    if trailing >= 2 && hard_break_allowed {
        format!("{out}  ")
    } else {
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each case is Prettier 3's output for the input (`prettier a.md`).
    #[test]
    fn markdown_as_prettier_prints_it() {
        let input = "Para with  two spaces and `code  span` here.  \nNext line after hard break.\n\
                     Soft  line *emph* and a*b*c and [l](https://a.b/?x=1&amp;y=2).  \n\n\
                     - item  one\n- item *two*\n\n````\nplain\n````\n\n\
                     ````\nhas ``` inside\n````\n\n|a|b|\n|-|-|\n|x|y  z|\n\n&#32;   \\<li>   \n";
        let expected = "Para with two spaces and `code  span` here.  \nNext line after hard break.\n\
                        Soft line _emph_ and a*b*c and [l](https://a.b/?x=1&y=2).\n\n\
                        - item one\n- item _two_\n\n```\nplain\n```\n\n\
                        ````\nhas ``` inside\n````\n\n| a   | b   |\n| --- | --- |\n| x   | y z |\n\n&#32; \\<li>\n";
        assert_eq!(format(input), expected);
        let input = "Intro.\n\n```text\nhttps://x  \n```\n\nA\n\n\nB\n\n >\n > Date: 23\n >\n > [R](https://m.io/)\n\n\
                     C\n\n>\n > quoted  two\n";
        let expected = "Intro.\n\n```text\nhttps://x\n```\n\nA\n\nB\n\n> Date: 23\n>\n> [R](https://m.io/)\n\n\
                        C\n\n> quoted two\n";
        assert_eq!(format(input), expected);
    }

    /// Prettier 3.10.1 renumbers the list (`3.` `3.` becomes `3.` `4.`) and re-indents the JSON;
    /// `prettier --check` passes on the expected text.
    #[test]
    fn lists_and_code_prettier_rewrites_are_ignored() {
        let input = "Steps:\n\n3. Store it\n3. Renew it\n";
        let expected =
            "<!-- prettier-ignore-start -->\n\nSteps:\n\n3. Store it\n3. Renew it\n\n<!-- prettier-ignore-end -->\n";
        assert_eq!(readme_block(input), expected);
        let input = "Error:\n\n```json\n{\n    \"code\": 404\n}\n```";
        let expected =
            "<!-- prettier-ignore-start -->\n\nError:\n\n```json\n{\n    \"code\": 404\n}\n```\n\n<!-- prettier-ignore-end -->";
        assert_eq!(readme_block(input), expected);
        // Code without a language, bullet lists: formatted here, no range.
        let input = "- a\n- b\n\n```\n{ \"code\":  1 }\n```\n";
        assert_eq!(readme_block(input), format(input));
        assert!(!readme_block(input).contains("prettier-ignore"));
    }
}
