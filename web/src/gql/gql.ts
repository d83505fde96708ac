/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query HelpRegions {\n    helpRegions {\n      slug\n      name\n      municipalities {\n        slug\n        name\n      }\n    }\n  }\n": typeof types.HelpRegionsDocument,
    "\n  query HelpPage($municipality: String, $region: String, $service: HelpService, $openNow: Boolean, $after: String) {\n    helpRegions {\n      slug\n      name\n      municipalities {\n        slug\n        name\n      }\n    }\n    helpPoints(municipality: $municipality, region: $region, service: $service, openNow: $openNow, first: 20, after: $after) {\n      edges {\n        node {\n          id\n          name\n          kind\n          national\n          description\n          address {\n            street\n            postalCode\n            city\n          }\n          phones {\n            number\n            uri\n          }\n          email\n          web\n          hours {\n            dayAndNight\n            week {\n              day\n              ranges {\n                opens\n                closes\n              }\n            }\n            exceptions {\n              date\n              ranges {\n                opens\n                closes\n              }\n            }\n            openOnPublicHolidays\n          }\n          openNow\n          services\n          languages\n          accessibility\n          placesAvailable\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.HelpPageDocument,
    "\n  mutation OpenBlueCard($input: OpenBlueCardInput!) {\n    openBlueCard(input: $input) {\n      blueCard {\n        id\n      }\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n": typeof types.OpenBlueCardDocument,
    "\n  query Shelters {\n    viewer {\n      roles\n      municipality {\n        name\n      }\n    }\n    shelterPoints {\n      id\n      name\n      published\n      shelterPlaces {\n        free\n        updatedAt\n        shownToPublic\n      }\n    }\n  }\n": typeof types.SheltersDocument,
    "\n  mutation UpdateShelterPlaces($input: UpdateShelterPlacesInput!) {\n    updateShelterPlaces(input: $input) {\n      helpPoint {\n        id\n        shelterPlaces {\n          free\n          updatedAt\n          shownToPublic\n        }\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.UpdateShelterPlacesDocument,
    "\n  query SignInMunicipalities {\n    signInMunicipalities {\n      slug\n      name\n    }\n  }\n": typeof types.SignInMunicipalitiesDocument,
    "\n  query DeadlineNotifications {\n    deadlineNotifications(first: 20) {\n      edges {\n        node {\n          id\n          kind\n          deadlineKind\n          dueOn\n          blueCardId\n          createdAt\n        }\n      }\n    }\n  }\n": typeof types.DeadlineNotificationsDocument,
    "\n  subscription DeadlineAlerts {\n    blueCardDeadlines {\n      id\n      kind\n      deadlineKind\n      dueOn\n      blueCardId\n      createdAt\n    }\n  }\n": typeof types.DeadlineAlertsDocument,
    "\n  query WorkList($filter: BlueCardFilter, $after: String) {\n    viewer {\n      displayName\n      municipality {\n        name\n      }\n    }\n    blueCards(first: 20, after: $after, filter: $filter) {\n      edges {\n        node {\n          id\n          status\n          initiatedOn\n          persons {\n            id\n            role\n            firstName\n            lastName\n          }\n          deadlines {\n            id\n            kind\n            dueOn\n            state\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.WorkListDocument,
};
const documents: Documents = {
    "\n  query HelpRegions {\n    helpRegions {\n      slug\n      name\n      municipalities {\n        slug\n        name\n      }\n    }\n  }\n": types.HelpRegionsDocument,
    "\n  query HelpPage($municipality: String, $region: String, $service: HelpService, $openNow: Boolean, $after: String) {\n    helpRegions {\n      slug\n      name\n      municipalities {\n        slug\n        name\n      }\n    }\n    helpPoints(municipality: $municipality, region: $region, service: $service, openNow: $openNow, first: 20, after: $after) {\n      edges {\n        node {\n          id\n          name\n          kind\n          national\n          description\n          address {\n            street\n            postalCode\n            city\n          }\n          phones {\n            number\n            uri\n          }\n          email\n          web\n          hours {\n            dayAndNight\n            week {\n              day\n              ranges {\n                opens\n                closes\n              }\n            }\n            exceptions {\n              date\n              ranges {\n                opens\n                closes\n              }\n            }\n            openOnPublicHolidays\n          }\n          openNow\n          services\n          languages\n          accessibility\n          placesAvailable\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.HelpPageDocument,
    "\n  mutation OpenBlueCard($input: OpenBlueCardInput!) {\n    openBlueCard(input: $input) {\n      blueCard {\n        id\n      }\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n": types.OpenBlueCardDocument,
    "\n  query Shelters {\n    viewer {\n      roles\n      municipality {\n        name\n      }\n    }\n    shelterPoints {\n      id\n      name\n      published\n      shelterPlaces {\n        free\n        updatedAt\n        shownToPublic\n      }\n    }\n  }\n": types.SheltersDocument,
    "\n  mutation UpdateShelterPlaces($input: UpdateShelterPlacesInput!) {\n    updateShelterPlaces(input: $input) {\n      helpPoint {\n        id\n        shelterPlaces {\n          free\n          updatedAt\n          shownToPublic\n        }\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.UpdateShelterPlacesDocument,
    "\n  query SignInMunicipalities {\n    signInMunicipalities {\n      slug\n      name\n    }\n  }\n": types.SignInMunicipalitiesDocument,
    "\n  query DeadlineNotifications {\n    deadlineNotifications(first: 20) {\n      edges {\n        node {\n          id\n          kind\n          deadlineKind\n          dueOn\n          blueCardId\n          createdAt\n        }\n      }\n    }\n  }\n": types.DeadlineNotificationsDocument,
    "\n  subscription DeadlineAlerts {\n    blueCardDeadlines {\n      id\n      kind\n      deadlineKind\n      dueOn\n      blueCardId\n      createdAt\n    }\n  }\n": types.DeadlineAlertsDocument,
    "\n  query WorkList($filter: BlueCardFilter, $after: String) {\n    viewer {\n      displayName\n      municipality {\n        name\n      }\n    }\n    blueCards(first: 20, after: $after, filter: $filter) {\n      edges {\n        node {\n          id\n          status\n          initiatedOn\n          persons {\n            id\n            role\n            firstName\n            lastName\n          }\n          deadlines {\n            id\n            kind\n            dueOn\n            state\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.WorkListDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HelpRegions {\n    helpRegions {\n      slug\n      name\n      municipalities {\n        slug\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query HelpRegions {\n    helpRegions {\n      slug\n      name\n      municipalities {\n        slug\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HelpPage($municipality: String, $region: String, $service: HelpService, $openNow: Boolean, $after: String) {\n    helpRegions {\n      slug\n      name\n      municipalities {\n        slug\n        name\n      }\n    }\n    helpPoints(municipality: $municipality, region: $region, service: $service, openNow: $openNow, first: 20, after: $after) {\n      edges {\n        node {\n          id\n          name\n          kind\n          national\n          description\n          address {\n            street\n            postalCode\n            city\n          }\n          phones {\n            number\n            uri\n          }\n          email\n          web\n          hours {\n            dayAndNight\n            week {\n              day\n              ranges {\n                opens\n                closes\n              }\n            }\n            exceptions {\n              date\n              ranges {\n                opens\n                closes\n              }\n            }\n            openOnPublicHolidays\n          }\n          openNow\n          services\n          languages\n          accessibility\n          placesAvailable\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query HelpPage($municipality: String, $region: String, $service: HelpService, $openNow: Boolean, $after: String) {\n    helpRegions {\n      slug\n      name\n      municipalities {\n        slug\n        name\n      }\n    }\n    helpPoints(municipality: $municipality, region: $region, service: $service, openNow: $openNow, first: 20, after: $after) {\n      edges {\n        node {\n          id\n          name\n          kind\n          national\n          description\n          address {\n            street\n            postalCode\n            city\n          }\n          phones {\n            number\n            uri\n          }\n          email\n          web\n          hours {\n            dayAndNight\n            week {\n              day\n              ranges {\n                opens\n                closes\n              }\n            }\n            exceptions {\n              date\n              ranges {\n                opens\n                closes\n              }\n            }\n            openOnPublicHolidays\n          }\n          openNow\n          services\n          languages\n          accessibility\n          placesAvailable\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenBlueCard($input: OpenBlueCardInput!) {\n    openBlueCard(input: $input) {\n      blueCard {\n        id\n      }\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation OpenBlueCard($input: OpenBlueCardInput!) {\n    openBlueCard(input: $input) {\n      blueCard {\n        id\n      }\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Shelters {\n    viewer {\n      roles\n      municipality {\n        name\n      }\n    }\n    shelterPoints {\n      id\n      name\n      published\n      shelterPlaces {\n        free\n        updatedAt\n        shownToPublic\n      }\n    }\n  }\n"): (typeof documents)["\n  query Shelters {\n    viewer {\n      roles\n      municipality {\n        name\n      }\n    }\n    shelterPoints {\n      id\n      name\n      published\n      shelterPlaces {\n        free\n        updatedAt\n        shownToPublic\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateShelterPlaces($input: UpdateShelterPlacesInput!) {\n    updateShelterPlaces(input: $input) {\n      helpPoint {\n        id\n        shelterPlaces {\n          free\n          updatedAt\n          shownToPublic\n        }\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateShelterPlaces($input: UpdateShelterPlacesInput!) {\n    updateShelterPlaces(input: $input) {\n      helpPoint {\n        id\n        shelterPlaces {\n          free\n          updatedAt\n          shownToPublic\n        }\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SignInMunicipalities {\n    signInMunicipalities {\n      slug\n      name\n    }\n  }\n"): (typeof documents)["\n  query SignInMunicipalities {\n    signInMunicipalities {\n      slug\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeadlineNotifications {\n    deadlineNotifications(first: 20) {\n      edges {\n        node {\n          id\n          kind\n          deadlineKind\n          dueOn\n          blueCardId\n          createdAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DeadlineNotifications {\n    deadlineNotifications(first: 20) {\n      edges {\n        node {\n          id\n          kind\n          deadlineKind\n          dueOn\n          blueCardId\n          createdAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription DeadlineAlerts {\n    blueCardDeadlines {\n      id\n      kind\n      deadlineKind\n      dueOn\n      blueCardId\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  subscription DeadlineAlerts {\n    blueCardDeadlines {\n      id\n      kind\n      deadlineKind\n      dueOn\n      blueCardId\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkList($filter: BlueCardFilter, $after: String) {\n    viewer {\n      displayName\n      municipality {\n        name\n      }\n    }\n    blueCards(first: 20, after: $after, filter: $filter) {\n      edges {\n        node {\n          id\n          status\n          initiatedOn\n          persons {\n            id\n            role\n            firstName\n            lastName\n          }\n          deadlines {\n            id\n            kind\n            dueOn\n            state\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query WorkList($filter: BlueCardFilter, $after: String) {\n    viewer {\n      displayName\n      municipality {\n        name\n      }\n    }\n    blueCards(first: 20, after: $after, filter: $filter) {\n      edges {\n        node {\n          id\n          status\n          initiatedOn\n          persons {\n            id\n            role\n            firstName\n            lastName\n          }\n          deadlines {\n            id\n            kind\n            dueOn\n            state\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;