//! The published READMEs as a registry shows them: parsed with a CommonMark parser, the API
//! description's code spans are code (not escaped text), nothing links outside the package, and
//! a hostile description leaves no raw HTML and no script link behind.

use pulldown_cmark::{Event, Parser, Tag};
use std::path::{Path, PathBuf};
use std::process::Command;

const LANGS: [&str; 3] = ["python", "typescript", "rust"];

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Every link and image target of a README that is not an absolute web or mail address must be a
/// file inside the package (what a registry can show next to it).
fn assert_links_stay_inside(readme: &Path) {
    let package = readme.parent().unwrap();
    let text = std::fs::read_to_string(readme).unwrap();
    for event in Parser::new(&text) {
        if let Event::Start(Tag::Link { dest_url, .. } | Tag::Image { dest_url, .. }) = event {
            let url = dest_url.to_ascii_lowercase();
            if url.starts_with("https://") || url.starts_with("http://") || url.starts_with("mailto:") {
                continue;
            }
            assert!(!url.starts_with("#") || url.len() > 1, "{}: empty anchor", readme.display());
            if url.starts_with('#') {
                continue;
            }
            let target = dest_url.split('#').next().unwrap();
            assert!(
                !target.contains("..") && !target.contains(':') && package.join(target).is_file(),
                "{}: links to {dest_url}, which is not a file of the package",
                readme.display()
            );
        }
    }
}

fn events(readme: &Path) -> Vec<Event<'static>> {
    let text = std::fs::read_to_string(readme).unwrap();
    Parser::new(&text).map(Event::into_static).collect()
}

#[test]
fn gatekeeper_readmes_render_the_description_as_markdown() {
    for lang in LANGS {
        let readme = root().join("generated").join(lang).join("README.md");
        let events = events(&readme);
        let code: Vec<String> =
            events.iter().filter_map(|e| if let Event::Code(c) = e { Some(c.to_string()) } else { None }).collect();
        for span in ["/api", "{ items, nextCursor }", "Retry-After", "error.code"] {
            assert!(code.iter().any(|c| c == span), "{lang}: `{span}` is not a code span: {code:?}");
        }
        for e in &events {
            if let Event::Text(t) = e {
                assert!(!t.contains('`'), "{lang}: a backtick left as text: {t:?}");
            }
        }
        let text = std::fs::read_to_string(&readme).unwrap();
        assert!(!text.contains("sdkgen") && !text.contains("spec/README.md"), "{lang}: README speaks of sdkgen");
        assert_links_stay_inside(&readme);
    }
}

#[test]
fn hostile_description_leaves_no_html_and_no_script_link() {
    let out = tempfile::tempdir().unwrap();
    let status = Command::new(env!("CARGO_BIN_EXE_sdkgen"))
        .args(["generate", "--spec", "tests/fixtures/hostile.yaml", "--out"])
        .arg(out.path())
        .current_dir(root())
        .output()
        .unwrap();
    assert!(status.status.success(), "{}", String::from_utf8_lossy(&status.stderr));
    for lang in LANGS {
        let readme = out.path().join(lang).join("README.md");
        for e in events(&readme) {
            assert!(!matches!(e, Event::Html(_) | Event::InlineHtml(_)), "{lang}: raw HTML in the README: {e:?}");
        }
        let text = std::fs::read_to_string(&readme).unwrap();
        assert!(text.contains("SDKGEN_PWNED"), "{lang}: the hostile description is not in the README");
        assert!(!text.to_ascii_lowercase().contains("](javascript:"), "{lang}: script link survived");
        assert_links_stay_inside(&readme);
    }
}
