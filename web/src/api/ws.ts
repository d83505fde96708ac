// The subscription socket's client alone (graphql-ws's package entry also holds its server, which
// brings graphql-js): `client.ts` loads this module with the first subscription.
export { createClient } from "graphql-ws";
