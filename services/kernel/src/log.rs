//! Logging values that come from outside: a token's unverified claims, query-string
//! parameters, a client's headers, a provider's error text.
//!
//! Such a value is cut to [`MAX_CHARS`] characters and its control characters (newlines first
//! of all) are escaped, so that it can neither forge log lines nor flood the log.

use std::fmt::{self, Write};

/// Characters of an untrusted value that reach the log; the rest is summarised by its length.
pub const MAX_CHARS: usize = 128;

/// A value safe to log: `tracing::info!(issuer = %untrusted(&issuer), "...")`.
pub fn untrusted(value: &str) -> Untrusted<'_> {
    Untrusted(value)
}

#[derive(Clone, Copy)]
pub struct Untrusted<'a>(&'a str);

/// Characters that break or disguise a log line without being `char::is_control`: line and
/// paragraph separators, and the bidirectional overrides that reorder what a reader sees.
fn invisible(c: char) -> bool {
    matches!(
        c,
        '\u{2028}' | '\u{2029}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'
    )
}

impl fmt::Display for Untrusted<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut chars = self.0.chars();
        for c in chars.by_ref().take(MAX_CHARS) {
            match c {
                '\\' => f.write_str("\\\\")?,
                '\n' => f.write_str("\\n")?,
                '\r' => f.write_str("\\r")?,
                '\t' => f.write_str("\\t")?,
                c if c.is_control() || invisible(c) => write!(f, "\\u{{{:x}}}", u32::from(c))?,
                c => f.write_char(c)?,
            }
        }
        let rest = chars.count();
        if rest > 0 {
            write!(f, "…(+{rest} chars)")?;
        }
        Ok(())
    }
}

impl fmt::Debug for Untrusted<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "\"{self}\"")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_values_pass_unchanged() {
        assert_eq!(
            untrusted("https://idp.zory.pl/realms/mops").to_string(),
            "https://idp.zory.pl/realms/mops"
        );
        assert_eq!(untrusted("Żory, gmina").to_string(), "Żory, gmina");
        assert_eq!(untrusted("").to_string(), "");
    }

    #[test]
    fn control_characters_are_escaped() {
        let forged =
            "x\n2026-11-27T06:00:00Z  INFO forged line\r\t\u{1b}[31m\u{0}\u{2028}\u{202e}\\";
        let shown = untrusted(forged).to_string();
        assert_eq!(
            shown,
            "x\\n2026-11-27T06:00:00Z  INFO forged line\\r\\t\\u{1b}[31m\\u{0}\\u{2028}\\u{202e}\\\\"
        );
        assert!(shown.chars().all(|c| !c.is_control() && !invisible(c)));
        assert_eq!(format!("{:?}", untrusted("a\nb")), "\"a\\nb\"");
    }

    #[test]
    fn long_values_are_cut() {
        let long = "ą".repeat(10_000);
        let shown = untrusted(&long).to_string();
        assert!(shown.starts_with(&"ą".repeat(MAX_CHARS)));
        assert!(shown.ends_with("…(+9872 chars)"), "{shown}");
        assert!(shown.chars().count() < MAX_CHARS + 20);
        // Escapes lengthen the output, but never beyond a fixed bound.
        let newlines = "\n".repeat(10_000);
        assert!(untrusted(&newlines).to_string().len() <= MAX_CHARS * 10 + 20);
        let exact = "a".repeat(MAX_CHARS);
        assert_eq!(untrusted(&exact).to_string(), exact);
    }
}
