//! Slugs name regions and municipalities in URLs, tokens and the CLI.

use std::fmt;

/// `[a-z][a-z0-9-]{1,62}`, no leading, trailing or doubled hyphen. Stored as its text.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, sea_orm::DeriveValueType)]
#[sea_orm(value_type = "String", from_str = "Slug::parse")]
pub struct Slug(String);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("a slug has 2 to 63 characters: lower-case letters a-z, digits and single hyphens, starting with a letter and not ending with a hyphen")]
pub struct InvalidSlug;

impl Slug {
    pub fn parse(raw: &str) -> Result<Self, InvalidSlug> {
        let bytes = raw.as_bytes();
        let valid = (2..=63).contains(&bytes.len())
            && bytes.first().is_some_and(u8::is_ascii_lowercase)
            && bytes.last().is_some_and(|b| *b != b'-')
            && bytes
                .iter()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || *b == b'-')
            && !raw.contains("--");
        if valid {
            Ok(Slug(raw.to_owned()))
        } else {
            Err(InvalidSlug)
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Slug {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl AsRef<str> for Slug {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn accepts_municipal_slugs() {
        for ok in [
            "zory",
            "czestochowa",
            "lubliniec",
            "slaskie",
            "bielsko-biala",
            "a1",
        ] {
            assert!(Slug::parse(ok).is_ok(), "{ok}");
        }
    }

    #[test]
    fn rejects_bad_slugs() {
        for bad in [
            "",
            "z",
            "Zory",
            "żory",
            "-zory",
            "zory-",
            "zo--ry",
            "1zory",
            "zo ry",
            "zory/../x",
        ] {
            assert!(Slug::parse(bad).is_err(), "{bad}");
        }
        assert!(Slug::parse(&"a".repeat(64)).is_err());
    }

    proptest! {
        #[test]
        fn parsed_slugs_satisfy_the_rule(s in "[a-z][a-z0-9-]{0,70}") {
            if let Ok(slug) = Slug::parse(&s) {
                prop_assert!(slug.as_str().len() >= 2 && slug.as_str().len() <= 63);
                prop_assert!(!slug.as_str().ends_with('-'));
                prop_assert!(!slug.as_str().contains("--"));
            }
        }

        #[test]
        fn never_panics(s in ".{0,80}") {
            let _ = Slug::parse(&s);
        }
    }
}
