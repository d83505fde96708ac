//! The GraphQL `Date` scalar: a calendar day written `YYYY-MM-DD`, without a time or zone.

use chrono::NaiveDate;

/// A calendar day (`YYYY-MM-DD`) — data zdarzenia, terminu lub dokumentu.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date(pub NaiveDate);

/// Data — a calendar day written `YYYY-MM-DD`, without a time or zone: the day of an
/// event, a deadline or a document.
#[async_graphql::Scalar(name = "Date")]
impl async_graphql::ScalarType for Date {
    fn parse(value: async_graphql::Value) -> async_graphql::InputValueResult<Self> {
        match &value {
            async_graphql::Value::String(s) => NaiveDate::parse_from_str(s, "%Y-%m-%d")
                .map(Date)
                // The value is not echoed: it may be someone's date of birth.
                .map_err(|_| {
                    async_graphql::InputValueError::custom("not a date of the form YYYY-MM-DD")
                }),
            _ => Err(async_graphql::InputValueError::expected_type(value)),
        }
    }

    fn to_value(&self) -> async_graphql::Value {
        async_graphql::Value::String(self.0.format("%Y-%m-%d").to_string())
    }
}

impl From<NaiveDate> for Date {
    fn from(d: NaiveDate) -> Self {
        Date(d)
    }
}

impl From<Date> for NaiveDate {
    fn from(d: Date) -> Self {
        d.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use async_graphql::ScalarType;

    #[test]
    fn parses_days_only() {
        let d =
            <Date as ScalarType>::parse(async_graphql::Value::String("2026-02-28".into())).unwrap();
        assert_eq!(
            d.to_value(),
            async_graphql::Value::String("2026-02-28".into())
        );
        for bad in ["2026-02-30", "28.02.2026", "2026-02-28T10:00:00Z", ""] {
            assert!(<Date as ScalarType>::parse(async_graphql::Value::String(bad.into())).is_err());
        }
        assert!(<Date as ScalarType>::parse(async_graphql::Value::Number(1.into())).is_err());
    }
}
