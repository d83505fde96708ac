// Rules graphql-schema-linter checks graphql/schema.graphql against (run by the end-to-end test
// `schema::sdl_passes_the_linter`; see README.md).
module.exports = {
  schemaPaths: ["../../graphql/schema.graphql"],
  rules: [
    // Relay: connection types, pagination arguments, PageInfo.
    "relay-connection-types-spec",
    "relay-connection-arguments-spec",
    "relay-page-info-spec",
    // Naming.
    "types-are-capitalized",
    "fields-are-camel-cased",
    "enum-values-all-caps",
    "input-object-values-are-camel-cased",
    "defined-types-are-used",
    "deprecations-have-a-reason",
    // Every type is described; field descriptions start with a capital letter.
    "types-have-descriptions",
    "descriptions-are-capitalized",
  ],
  ignore: {
    // async-graphql's generic `Connection<…>` type writes these objects and gives them no
    // description, and it has no hook to add one (its `…Edge` types and `PageInfo` do carry one).
    // Only these names are exempt: a new connection must be added here on purpose.
    "types-have-descriptions": [
      "AuditEventConnection",
      "BlueCardConnection",
      "DeadlineNotificationConnection",
      "FamilyFileConnection",
      "HelpPointConnection",
      "IntakeEntryConnection",
      "IntakeNotificationConnection",
      "TeamMeetingConnection",
      "UserConnection",
    ],
  },
};
