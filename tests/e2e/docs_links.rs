//! The documentation a reader follows: every relative link of the README and of `docs/` leads
//! to a file that exists and, when it names a heading, to a heading of that file.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("workspace root")
        .to_path_buf()
}

fn markdown_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("read dir") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            markdown_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "md") {
            out.push(path);
        }
    }
}

/// The text outside fenced code blocks, where a `](` is code, not a link.
fn prose(text: &str) -> String {
    let mut fenced = false;
    let mut out = String::new();
    for line in text.lines() {
        if line.trim_start().starts_with("```") {
            fenced = !fenced;
        } else if !fenced {
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}

/// A heading's anchor as GitHub makes it: lower case, punctuation dropped, spaces as hyphens.
fn anchor(heading: &str) -> String {
    heading
        .trim()
        .to_lowercase()
        .chars()
        .filter(|c| c.is_alphanumeric() || *c == '-' || *c == '_' || *c == ' ')
        .map(|c| if c == ' ' { '-' } else { c })
        .collect()
}

fn anchors(text: &str) -> BTreeSet<String> {
    let mut seen = BTreeSet::new();
    for line in prose(text).lines() {
        if let Some(heading) = line.strip_prefix('#') {
            let base = anchor(heading.trim_start_matches('#').replace('`', "").as_str());
            // A repeated heading gets `-1`, `-2`… after the first.
            let mut name = base.clone();
            let mut n = 0;
            while !seen.insert(name.clone()) {
                n += 1;
                name = format!("{base}-{n}");
            }
        }
    }
    seen
}

/// The targets of `[text](target)` links in `text`.
fn links(text: &str) -> Vec<String> {
    let prose = prose(text);
    let mut out = Vec::new();
    let mut rest = prose.as_str();
    while let Some(at) = rest.find("](") {
        rest = &rest[at + 2..];
        if let Some(end) = rest.find(')') {
            let target = rest[..end].split_whitespace().next().unwrap_or("");
            out.push(target.to_owned());
        }
    }
    out
}

fn broken_links(file: &Path) -> Vec<String> {
    let text = std::fs::read_to_string(file).expect("read");
    let mut broken = Vec::new();
    for target in links(&text) {
        if target.contains("://") || target.starts_with("mailto:") || target.is_empty() {
            continue;
        }
        let (path, heading) = match target.split_once('#') {
            Some((p, h)) => (p, Some(h)),
            None => (target.as_str(), None),
        };
        let resolved = if path.is_empty() {
            file.to_path_buf()
        } else {
            file.parent().expect("a folder").join(path)
        };
        if !resolved.exists() {
            broken.push(format!("{target}: no such file"));
            continue;
        }
        if let Some(heading) = heading {
            let headings = if resolved.is_file() {
                anchors(&std::fs::read_to_string(&resolved).expect("read"))
            } else {
                BTreeSet::new()
            };
            if !headings.contains(heading) {
                broken.push(format!("{target}: no such heading"));
            }
        }
    }
    broken
}

#[test]
fn every_documentation_link_resolves() {
    let root = workspace();
    let mut files = vec![root.join("README.md")];
    markdown_files(&root.join("docs"), &mut files);
    assert!(files.len() >= 5, "{files:?}");
    let broken: Vec<String> = files
        .iter()
        .flat_map(|f| {
            let name = f.strip_prefix(&root).expect("inside").display().to_string();
            broken_links(f)
                .into_iter()
                .map(move |b| format!("{name}: {b}"))
        })
        .collect();
    assert!(broken.is_empty(), "{broken:#?}");
}

#[test]
fn the_link_checker_sees_a_broken_link_and_a_missing_heading() {
    let dir = std::env::temp_dir().join(format!("ostoja-docs-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("dir");
    let file = dir.join("a.md");
    std::fs::write(
        &file,
        "# Zażółć gęślą `jaźń`, 2024\n\n[ok](#zażółć-gęślą-jaźń-2024) [self](a.md) \
         [gone](b.md) [no heading](#nowhere) [web](https://example.org/x)\n\n```\n[code](c.md)\n```\n",
    )
    .expect("write");
    let broken = broken_links(&file);
    std::fs::remove_dir_all(&dir).expect("clean up");
    assert_eq!(
        broken,
        vec![
            "b.md: no such file".to_owned(),
            "#nowhere: no such heading".to_owned()
        ]
    );
}
