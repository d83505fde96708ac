//! Free text typed by staff (names, agendas, notes): trimmed, not empty, bounded in length and
//! free of control characters other than line breaks and tabs.

use std::fmt;

/// Text of at most `MAX` characters.
#[derive(Clone, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Text<const MAX: usize>(String);

impl<const MAX: usize> Text<MAX> {
    /// The error is a user-facing message.
    pub fn parse(raw: &str) -> Result<Self, String> {
        let trimmed = raw.trim();
        if trimmed.is_empty() {
            return Err("must not be empty".to_owned());
        }
        if trimmed.chars().count() > MAX {
            return Err(format!("must be at most {MAX} characters"));
        }
        if trimmed
            .chars()
            .any(|c| c.is_control() && c != '\n' && c != '\t' && c != '\r')
        {
            return Err("must not contain control characters".to_owned());
        }
        Ok(Text(trimmed.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn into_string(self) -> String {
        self.0
    }
}

impl<const MAX: usize> TryFrom<String> for Text<MAX> {
    type Error = String;

    fn try_from(value: String) -> Result<Self, Self::Error> {
        Text::parse(&value)
    }
}

impl<const MAX: usize> From<Text<MAX>> for String {
    fn from(t: Text<MAX>) -> Self {
        t.0
    }
}

/// Text may hold personal data: it never reaches a log through `Debug`.
impl<const MAX: usize> fmt::Debug for Text<MAX> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Text({} chars)", self.0.chars().count())
    }
}

/// A short single-line label such as a name.
pub type Name = Text<200>;
/// A longer note such as minutes or a description.
pub type Note = Text<20_000>;

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn trims_and_bounds() {
        assert_eq!(Text::<5>::parse("  abc ").unwrap().as_str(), "abc");
        assert!(Text::<5>::parse("   ").is_err());
        assert!(Text::<5>::parse("abcdef").is_err());
        assert!(Text::<5>::parse("ab\u{0}c").is_err());
        assert!(Text::<10>::parse("a\nb").is_ok());
        assert_eq!(
            format!("{:?}", Text::<10>::parse("Kowalska").unwrap()),
            "Text(8 chars)"
        );
    }

    proptest! {
        #[test]
        fn parsed_text_is_never_empty_or_too_long(s in ".{0,40}") {
            if let Ok(t) = Text::<20>::parse(&s) {
                prop_assert!(!t.as_str().is_empty());
                prop_assert!(t.as_str().chars().count() <= 20);
                prop_assert_eq!(Text::<20>::parse(t.as_str()).ok(), Some(t.clone()));
            }
        }
    }
}
