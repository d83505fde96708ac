//! How a mutation parses its input, the same way in every service: an input is parsed into a
//! domain command with [`Errors`], which collects every problem with its field path (not only
//! the first), and finishes into `Result<Command, Vec<UserError>>`; the answer is a
//! [`Payload`], the entity when done or the `userErrors` when refused.

use crate::error::{Error, UserError};

/// Why a value of an input was refused, as a userError tells it.
pub trait Refusal {
    /// The machine-readable code; `INVALID` unless the value has reasons of its own.
    fn code(&self) -> &str {
        "INVALID"
    }

    fn message(&self) -> String;
}

impl Refusal for String {
    fn message(&self) -> String {
        self.clone()
    }
}

impl Refusal for &str {
    fn message(&self) -> String {
        (*self).to_owned()
    }
}

impl Refusal for crate::slug::InvalidSlug {
    fn message(&self) -> String {
        self.to_string()
    }
}

impl Refusal for crate::teryt::InvalidTeryt {
    fn message(&self) -> String {
        self.to_string()
    }
}

impl Refusal for crate::pesel::PeselError {
    fn code(&self) -> &str {
        crate::pesel::PeselError::code(self)
    }

    fn message(&self) -> String {
        crate::pesel::PeselError::message(self).to_owned()
    }
}

/// A global ID that does not decode, or names another type, is a field's error.
impl Refusal for Error {
    fn message(&self) -> String {
        self.public_message()
    }
}

/// The userErrors found while parsing one input, each on its path below the current one.
#[derive(Debug)]
pub struct Errors {
    path: Vec<String>,
    found: Vec<UserError>,
}

impl Default for Errors {
    fn default() -> Self {
        Errors::input()
    }
}

impl Errors {
    /// Errors of a mutation's `input` argument: paths start with `input`.
    pub fn input() -> Errors {
        Errors::at(&["input"])
    }

    /// Errors of the object at `path`.
    pub fn at(path: &[&str]) -> Errors {
        Errors {
            path: path.iter().map(|s| (*s).to_owned()).collect(),
            found: Vec::new(),
        }
    }

    /// The value of field `name`, or `None` with its error recorded.
    pub fn field<T, R: Refusal>(&mut self, name: &str, parsed: Result<T, R>) -> Option<T> {
        match parsed {
            Ok(value) => Some(value),
            Err(refusal) => {
                self.add(name, refusal.code(), refusal.message());
                None
            }
        }
    }

    /// The value at the current path itself (an item of a list of scalars), or `None` with its
    /// error recorded.
    pub fn value<T, R: Refusal>(&mut self, parsed: Result<T, R>) -> Option<T> {
        match parsed {
            Ok(value) => Some(value),
            Err(refusal) => {
                self.add_here(refusal.code(), refusal.message());
                None
            }
        }
    }

    /// Optional free text of at most `MAX` characters: `Some(None)` when it was left out or
    /// blank, `None` when it was refused (its error recorded), the trimmed text otherwise.
    pub fn optional_text<const MAX: usize>(
        &mut self,
        name: &str,
        raw: Option<&str>,
    ) -> Option<Option<String>> {
        match raw.map(str::trim).filter(|t| !t.is_empty()) {
            None => Some(None),
            Some(t) => self
                .field(name, crate::text::Text::<MAX>::parse(t))
                .map(|t| Some(t.into_string())),
        }
    }

    /// An optional field: `Some(None)` when it was left out, `None` when it was given and
    /// refused (its error recorded).
    pub fn optional<T, R: Refusal>(
        &mut self,
        name: &str,
        parsed: Option<Result<T, R>>,
    ) -> Option<Option<T>> {
        match parsed {
            None => Some(None),
            Some(parsed) => self.field(name, parsed).map(Some),
        }
    }

    /// Records an error on field `name` of the current object.
    pub fn add(&mut self, name: &str, code: &str, message: impl Into<String>) {
        let mut error = self.error_here(code, message);
        error.field.push(name.to_owned());
        self.found.push(error);
    }

    /// Records an error on the current object itself (e.g. a list that is too long).
    pub fn add_here(&mut self, code: &str, message: impl Into<String>) {
        let error = self.error_here(code, message);
        self.found.push(error);
    }

    fn error_here(&self, code: &str, message: impl Into<String>) -> UserError {
        UserError {
            field: self.path.clone(),
            message: message.into(),
            code: code.to_owned(),
        }
    }

    /// Parses a nested object: what `parse` records lands below `segments`.
    pub fn nested<T>(&mut self, segments: &[&str], parse: impl FnOnce(&mut Errors) -> T) -> T {
        let depth = self.path.len();
        self.path.extend(segments.iter().map(|s| (*s).to_owned()));
        let parsed = parse(self);
        self.path.truncate(depth);
        parsed
    }

    /// Parses each item of the list field `name`, its errors below `name`/index; the items
    /// refused are left out.
    pub fn list<I, T>(
        &mut self,
        name: &str,
        items: impl IntoIterator<Item = I>,
        mut parse: impl FnMut(&mut Errors, I) -> Option<T>,
    ) -> Vec<T> {
        items
            .into_iter()
            .enumerate()
            .filter_map(|(i, item)| self.nested(&[name, &i.to_string()], |e| parse(e, item)))
            .collect()
    }

    /// Adds errors found elsewhere (e.g. by a domain check), their paths as they are.
    pub fn extend(&mut self, errors: impl IntoIterator<Item = UserError>) {
        self.found.extend(errors);
    }

    /// How many errors were recorded so far: a part's parser compares it before and after.
    pub fn count(&self) -> usize {
        self.found.len()
    }

    pub fn is_empty(&self) -> bool {
        self.found.is_empty()
    }

    /// The command `build` makes from the parsed fields, or every error recorded.
    pub fn finish<T>(self, build: impl FnOnce() -> Option<T>) -> Result<T, Vec<UserError>> {
        if !self.found.is_empty() {
            return Err(self.found);
        }
        match build() {
            Some(command) => Ok(command),
            // A field left out without an error recorded: a parser's bug, refused all the same.
            None => {
                tracing::error!(path = ?self.path, "input refused without a userError");
                Err(vec![self.error_here("INVALID", "the input is incomplete")])
            }
        }
    }

    /// The errors recorded, for a refusal.
    pub fn into_vec(self) -> Vec<UserError> {
        self.found
    }
}

/// The one shape of a mutation's answer: the entity when it was done, `userErrors` when the
/// input was refused. Declared with [`payload!`](crate::payload).
pub trait Payload: Sized {
    type Entity;

    fn done(entity: Self::Entity) -> Self;

    fn refused(errors: Vec<UserError>) -> Self;

    /// The payload of a use case's outcome.
    fn answer<T: Into<Self::Entity>>(outcome: Result<T, Vec<UserError>>) -> Self {
        match outcome {
            Ok(entity) => Self::done(entity.into()),
            Err(errors) => Self::refused(errors),
        }
    }
}

/// Declares a payload: its entity field (null when refused) and `userErrors`, and its `From`
/// a use case's outcome.
///
/// ```ignore
/// kernel::payload! {
///     /// Result of `createTeam`: the new team, or the reasons it was refused.
///     CreateTeamPayload { team: TeamObject }
/// }
/// ```
#[macro_export]
macro_rules! payload {
    ($(#[$meta:meta])* $name:ident { $(#[$field_meta:meta])* $field:ident: $entity:ty $(,)? }) => {
        $(#[$meta])*
        #[derive(::async_graphql::SimpleObject)]
        pub struct $name {
            $(#[$field_meta])*
            pub $field: ::std::option::Option<$entity>,
            pub user_errors: ::std::vec::Vec<$crate::UserError>,
        }

        impl $crate::input::Payload for $name {
            type Entity = $entity;

            fn done(entity: $entity) -> Self {
                $name {
                    $field: ::std::option::Option::Some(entity),
                    user_errors: ::std::vec::Vec::new(),
                }
            }

            fn refused(errors: ::std::vec::Vec<$crate::UserError>) -> Self {
                $name {
                    $field: ::std::option::Option::None,
                    user_errors: errors,
                }
            }
        }

        impl<T: ::std::convert::Into<$entity>>
            ::std::convert::From<::std::result::Result<T, ::std::vec::Vec<$crate::UserError>>>
            for $name
        {
            fn from(outcome: ::std::result::Result<T, ::std::vec::Vec<$crate::UserError>>) -> Self {
                <$name as $crate::input::Payload>::answer(outcome)
            }
        }
    };
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Name;

    #[test]
    fn collects_every_error_with_its_path() {
        let mut errors = Errors::input();
        let name = errors.field("name", Name::parse(" "));
        let persons = errors.list("persons", ["Anna", "", "Jan"], |e, raw| {
            e.field("firstName", Name::parse(raw))
        });
        errors.nested(&["plan"], |e| e.add_here("TOO_MANY", "too many"));
        let found = errors.finish(|| Some((name?, persons))).unwrap_err();
        let paths: Vec<String> = found.iter().map(|e| e.field.join(".")).collect();
        assert_eq!(
            paths,
            ["input.name", "input.persons.1.firstName", "input.plan"]
        );
        assert_eq!(found[0].code, "INVALID");
        assert_eq!(found[0].message, "must not be empty");
    }

    #[test]
    fn refusals_keep_their_own_codes() {
        let mut errors = Errors::at(&["input", "persons", "0"]);
        let pesel = errors.field("pesel", crate::pesel::Pesel::parse("123"));
        assert!(pesel.is_none());
        let found = errors.into_vec();
        assert_eq!(found[0].code, "INVALID_PESEL_LENGTH");
        assert_eq!(found[0].field, ["input", "persons", "0", "pesel"]);
    }

    #[test]
    fn finishes_into_the_command() {
        let mut errors = Errors::input();
        let name = errors.field("name", Name::parse(" Żory "));
        let command = errors.finish(|| Some(name?.into_string())).unwrap();
        assert_eq!(command, "Żory");
        let empty = Errors::input().finish(|| None::<()>).unwrap_err();
        assert_eq!(empty[0].field, ["input"]);
    }

    crate::payload! {
        /// A payload for the test.
        TestPayload { thing: String }
    }

    #[test]
    fn payloads_answer_done_or_refused() {
        let done = TestPayload::answer(Ok::<_, Vec<UserError>>("x"));
        assert_eq!(done.thing.as_deref(), Some("x"));
        assert!(done.user_errors.is_empty());
        let refused = TestPayload::refused(vec![UserError::new(&["input"], "TAKEN", "taken")]);
        assert!(refused.thing.is_none());
        assert_eq!(refused.user_errors.len(), 1);
    }
}
