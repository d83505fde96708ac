//! How a help point is reached: phone numbers, e-mail and web address, each normalised so the
//! same number or address is stored and shown one way.

use std::fmt;

use serde::{Deserialize, Serialize};

/// A Polish phone number: a nine-digit national number (landline, mobile, 800 free line) or a
/// short number (112, 997–999, 116 xxx harmonised numbers, 19 xxx information lines).
///
/// Stored as digits only, the national ones with `+48`: `+48324357840`, `112`, `116123`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct PhoneNumber(String);

const REFUSED: &str =
    "a phone number has nine digits (optionally after +48), or is a short number such as 112 or 116 123";

impl PhoneNumber {
    pub fn parse(raw: &str) -> Result<PhoneNumber, String> {
        let raw = raw.trim();
        let (international, rest) = match raw.strip_prefix('+') {
            Some(rest) => (true, rest),
            None => (false, raw),
        };
        // What people write between digits: spaces, hyphens, dots, slashes, the area code's
        // parentheses.
        if !rest
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ' ' | '-' | '.' | '/' | '(' | ')'))
        {
            return Err(REFUSED.to_owned());
        }
        let digits: String = rest.chars().filter(char::is_ascii_digit).collect();
        let national = if international {
            digits.strip_prefix("48").ok_or(REFUSED)?.to_owned()
        } else if let Some(rest) = digits.strip_prefix("0048") {
            rest.to_owned()
        } else if digits.len() == 10 && digits.starts_with('0') {
            // The old trunk prefix: (032) 435 78 40.
            digits[1..].to_owned()
        } else {
            digits
        };
        if national.len() == 9 && !national.starts_with('0') {
            return Ok(PhoneNumber(format!("+48{national}")));
        }
        if !international && is_short_number(&national) {
            return Ok(PhoneNumber(national));
        }
        Err(REFUSED.to_owned())
    }

    /// The stored form, also what a `tel:` link dials.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// `tel:+48324357840`, for click-to-call.
    pub fn tel_uri(&self) -> String {
        format!("tel:{}", self.0)
    }

    pub fn is_short(&self) -> bool {
        !self.0.starts_with('+')
    }
}

fn is_short_number(digits: &str) -> bool {
    match digits.len() {
        3 => matches!(digits, "112" | "986" | "987" | "997" | "998" | "999"),
        5 => digits.starts_with("19"),
        6 => digits.starts_with("116"),
        _ => false,
    }
}

/// As Poles write it: `32 435 78 40` for a landline, `691 329 299` for a mobile or an 800 line,
/// `116 123` for a harmonised number.
impl fmt::Display for PhoneNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let Some(n) = self.0.strip_prefix("+48") else {
            return match self.0.len() {
                6 => write!(f, "{} {}", &self.0[..3], &self.0[3..]),
                _ => f.write_str(&self.0),
            };
        };
        // Mobile numbers and the 70x/80x special lines group by three; landlines have a
        // two-digit area code.
        if is_three_by_three(n) {
            write!(f, "{} {} {}", &n[..3], &n[3..6], &n[6..])
        } else {
            write!(f, "{} {} {} {}", &n[..2], &n[2..5], &n[5..7], &n[7..])
        }
    }
}

/// The national prefixes of mobile networks and of the 70x/80x special lines.
fn is_three_by_three(n: &str) -> bool {
    matches!(
        n.get(..2),
        Some(
            "45" | "50"
                | "51"
                | "53"
                | "57"
                | "60"
                | "66"
                | "69"
                | "70"
                | "72"
                | "73"
                | "78"
                | "79"
                | "80"
                | "88"
        )
    )
}

impl TryFrom<String> for PhoneNumber {
    type Error = String;

    fn try_from(raw: String) -> Result<Self, String> {
        PhoneNumber::parse(&raw)
    }
}

impl From<PhoneNumber> for String {
    fn from(p: PhoneNumber) -> String {
        p.0
    }
}

/// An e-mail address as RFC 5321 allows it, the domain in lower case.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Email(String);

impl Email {
    pub fn parse(raw: &str) -> Result<Email, String> {
        let raw = raw.trim();
        let refused = || "not an e-mail address".to_owned();
        let parsed = email_address::EmailAddress::parse_with_options(
            raw,
            email_address::Options::default()
                .without_display_text()
                .without_domain_literal(),
        )
        .map_err(|_| refused())?;
        // The library accepts a single-label domain (user@localhost): nobody can write there.
        let domain = parsed.domain().to_ascii_lowercase();
        if !domain.contains('.') || domain.ends_with('.') {
            return Err(refused());
        }
        Ok(Email(format!("{}@{domain}", parsed.local_part())))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for Email {
    type Error = String;

    fn try_from(raw: String) -> Result<Self, String> {
        Email::parse(&raw)
    }
}

impl From<Email> for String {
    fn from(e: Email) -> String {
        e.0
    }
}

/// A web page on http or https, with a host and no credentials; `ops.jastrzebie.pl` is read as
/// `https://ops.jastrzebie.pl/`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct WebAddress(String);

impl WebAddress {
    pub fn parse(raw: &str) -> Result<WebAddress, String> {
        let raw = raw.trim();
        let refused =
            || "a web address starts with https:// or http:// and names a host".to_owned();
        let with_scheme = if raw.contains("://") {
            raw.to_owned()
        } else {
            format!("https://{raw}")
        };
        let url = url::Url::parse(&with_scheme).map_err(|_| refused())?;
        let host_ok = url
            .host_str()
            .is_some_and(|h| h.contains('.') && !h.ends_with('.'));
        if !matches!(url.scheme(), "https" | "http")
            || !host_ok
            || !url.username().is_empty()
            || url.password().is_some()
            || raw.len() > 2000
        {
            return Err(refused());
        }
        Ok(WebAddress(url.into()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for WebAddress {
    type Error = String;

    fn try_from(raw: String) -> Result<Self, String> {
        WebAddress::parse(&raw)
    }
}

impl From<WebAddress> for String {
    fn from(w: WebAddress) -> String {
        w.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn phone(raw: &str) -> String {
        PhoneNumber::parse(raw).unwrap().as_str().to_owned()
    }

    #[test]
    fn phones_from_the_offices_pages() {
        assert_eq!(phone("(32) 43 57 840"), "+48324357840");
        assert_eq!(phone("691 329 299"), "+48691329299");
        assert_eq!(phone("34 372 42 02"), "+48343724202");
        assert_eq!(phone("32/43/19/627"), "+48324319627");
        assert_eq!(phone("+48 800 120 002"), "+48800120002");
        assert_eq!(phone("0048 34 366 31 21"), "+48343663121");
        assert_eq!(phone("(032) 435-78-40"), "+48324357840");
        assert_eq!(phone("112"), "112");
        assert_eq!(phone("116 123"), "116123");
        assert_eq!(phone("116 111"), "116111");
        assert_eq!(phone("19 115"), "19115");
    }

    #[test]
    fn phones_refused() {
        for bad in [
            "",
            "12",
            "113",
            "1234567",
            "12345678901",
            "+49 30 1234567",
            "+48 112",
            "032 43",
            "691-329-29a",
            "tel. 691329299",
            "023456789",
            "+48",
        ] {
            assert!(PhoneNumber::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn phones_are_shown_the_polish_way() {
        let shown = |raw: &str| PhoneNumber::parse(raw).unwrap().to_string();
        assert_eq!(shown("324357840"), "32 435 78 40");
        assert_eq!(shown("691329299"), "691 329 299");
        assert_eq!(shown("800120002"), "800 120 002");
        assert_eq!(shown("116123"), "116 123");
        assert_eq!(shown("112"), "112");
        assert_eq!(shown("423456789"), "42 345 67 89");
        assert_eq!(PhoneNumber::parse("112").unwrap().tel_uri(), "tel:112");
        assert_eq!(
            PhoneNumber::parse("691 329 299").unwrap().tel_uri(),
            "tel:+48691329299"
        );
    }

    #[test]
    fn emails() {
        assert_eq!(
            Email::parse(" pik@OPS.Jastrzebie.pl ").unwrap().as_str(),
            "pik@ops.jastrzebie.pl"
        );
        for bad in [
            "",
            "pik",
            "pik@",
            "@ops.pl",
            "a@b",
            "a b@c.pl",
            "a@b..pl",
            "Jan <a@b.pl>",
        ] {
            assert!(Email::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn web_addresses() {
        assert_eq!(
            WebAddress::parse("ops.jastrzebie.pl").unwrap().as_str(),
            "https://ops.jastrzebie.pl/"
        );
        assert_eq!(
            WebAddress::parse("http://mops.czestochowa.pl/pomoc")
                .unwrap()
                .as_str(),
            "http://mops.czestochowa.pl/pomoc"
        );
        for bad in [
            "",
            "javascript:alert(1)",
            "ftp://ops.pl/",
            "https://user:pw@ops.pl/",
            "https://localhost/",
            "data:text/html,x",
        ] {
            assert!(WebAddress::parse(bad).is_err(), "{bad}");
        }
    }

    proptest! {
        #[test]
        fn nine_digit_numbers_parse_however_grouped(n in 100_000_000u32..999_999_999, sep in "[ -]?") {
            let digits = n.to_string();
            let grouped = format!("{}{sep}{}{sep}{}", &digits[..3], &digits[3..6], &digits[6..]);
            let parsed = PhoneNumber::parse(&grouped).unwrap();
            prop_assert_eq!(parsed.as_str(), format!("+48{digits}"));
            // What is shown parses back to the same number.
            prop_assert_eq!(PhoneNumber::parse(&parsed.to_string()).unwrap(), parsed.clone());
            prop_assert_eq!(PhoneNumber::parse(parsed.as_str()).unwrap(), parsed);
        }

        #[test]
        fn parsed_phones_are_digits(raw in "[+0-9 ()/.-]{0,20}") {
            if let Ok(p) = PhoneNumber::parse(&raw) {
                let s = p.as_str();
                prop_assert!(s.trim_start_matches('+').bytes().all(|b| b.is_ascii_digit()));
                prop_assert!(s.len() == 12 || s.len() <= 6);
            }
        }
    }
}
