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
    "\n  mutation CardForward($input: BlueCardStepInput!) {\n    forwardBlueCardToChair(input: $input) {\n      blueCard {\n        id\n        version\n      }\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n": typeof types.CardForwardDocument,
    "\n  mutation CardGroupMeeting($input: BlueCardStepInput!) {\n    recordGroupMeeting(input: $input) {\n      blueCard {\n        id\n        version\n      }\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n": typeof types.CardGroupMeetingDocument,
    "\n  mutation CardStartMonitoring($input: BlueCardStepInput!) {\n    startMonitoring(input: $input) {\n      blueCard {\n        id\n        version\n      }\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n": typeof types.CardStartMonitoringDocument,
    "\n  mutation CardReviewPlan($input: BlueCardStepInput!) {\n    reviewHelpPlan(input: $input) {\n      blueCard {\n        id\n        version\n      }\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n": typeof types.CardReviewPlanDocument,
    "\n  mutation CardEndMonitoring($input: BlueCardStepInput!) {\n    endPostClosureMonitoring(input: $input) {\n      blueCard {\n        id\n        version\n      }\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n": typeof types.CardEndMonitoringDocument,
    "\n  mutation CardSetUpGroup($input: SetUpDiagnosticGroupInput!) {\n    setUpDiagnosticGroup(input: $input) {\n      blueCard {\n        id\n        version\n      }\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n": typeof types.CardSetUpGroupDocument,
    "\n  mutation CardVictimForm($input: FillVictimFormInput!) {\n    fillVictimForm(input: $input) {\n      blueCard {\n        id\n        version\n      }\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n": typeof types.CardVictimFormDocument,
    "\n  mutation CardPerpetratorForm($input: FillPerpetratorFormInput!) {\n    fillPerpetratorForm(input: $input) {\n      blueCard {\n        id\n        version\n      }\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n": typeof types.CardPerpetratorFormDocument,
    "\n  mutation CardClose($input: CloseBlueCardInput!) {\n    closeBlueCard(input: $input) {\n      blueCard {\n        id\n        version\n      }\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n": typeof types.CardCloseDocument,
    "\n  mutation CardRecordWork($input: RecordCaseWorkInput!) {\n    recordCaseWork(input: $input) {\n      work {\n        id\n      }\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n": typeof types.CardRecordWorkDocument,
    "\n  query BlueCardPage($id: ID!) {\n    node(id: $id) {\n      ... on BlueCard {\n        id\n        status\n        version\n        initiatedOn\n        initiatorInstitution\n        initiatorName\n        violenceForms\n        allowedSteps\n        mayRecordWork\n        matchProposals {\n          decision\n          basis\n          procedure {\n            id\n            version\n            status\n            initiatedOn\n            persons {\n              role\n              firstName\n              lastName\n            }\n          }\n        }\n        persons {\n          id\n          role\n          firstName\n          lastName\n          pesel\n          dateOfBirth\n          minor\n        }\n        forms {\n          kind\n          filledOn\n          filledByName\n        }\n        history {\n          step\n          takenAt\n          takenByName\n        }\n        deadlines {\n          id\n          kind\n          dueOn\n          state\n          metOn\n          metLate\n        }\n        diagnosticGroup {\n          teamMemberId\n          displayName\n          institution\n        }\n        helpPlan {\n          id\n          description\n          dueOn\n          status\n          responsibleName\n        }\n        actionPlan {\n          id\n          description\n          dueOn\n          status\n          responsibleName\n        }\n        work {\n          id\n          kind\n          variant\n          occurredOn\n          recordedByName\n          note\n        }\n      }\n    }\n    teams {\n      members {\n        id\n        displayName\n        institution\n        confidentialitySignedOn\n      }\n    }\n  }\n": typeof types.BlueCardPageDocument,
    "\n  mutation CardAttach($input: AttachBlueCardFilingInput!) {\n    attachBlueCardFiling(input: $input) {\n      filing {\n        id\n        version\n      }\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n": typeof types.CardAttachDocument,
    "\n  mutation CardKeepSeparate($input: BlueCardStepInput!) {\n    keepBlueCardFilingSeparate(input: $input) {\n      blueCard {\n        id\n        version\n      }\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n": typeof types.CardKeepSeparateDocument,
    "\n  mutation OpenBlueCard($input: OpenBlueCardInput!) {\n    openBlueCard(input: $input) {\n      blueCard {\n        id\n      }\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n": typeof types.OpenBlueCardDocument,
    "\n  query SignInMunicipalities {\n    signInMunicipalities {\n      slug\n      name\n    }\n  }\n": typeof types.SignInMunicipalitiesDocument,
    "\n  query DeadlineNotifications {\n    deadlineNotifications(first: 20) {\n      edges {\n        node {\n          id\n          kind\n          deadlineKind\n          dueOn\n          blueCardId\n          createdAt\n        }\n      }\n    }\n  }\n": typeof types.DeadlineNotificationsDocument,
    "\n  subscription DeadlineAlerts {\n    blueCardDeadlines {\n      id\n      kind\n      deadlineKind\n      dueOn\n      blueCardId\n      createdAt\n    }\n  }\n": typeof types.DeadlineAlertsDocument,
    "\n  query WorkList($filter: BlueCardFilter, $after: String) {\n    viewer {\n      displayName\n      municipality {\n        name\n      }\n    }\n    blueCards(first: 20, after: $after, filter: $filter) {\n      edges {\n        node {\n          id\n          status\n          initiatedOn\n          persons {\n            id\n            role\n            firstName\n            lastName\n          }\n          deadlines {\n            id\n            kind\n            dueOn\n            state\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.WorkListDocument,
};
const documents: Documents = {
    "\n  mutation CardForward($input: BlueCardStepInput!) {\n    forwardBlueCardToChair(input: $input) {\n      blueCard {\n        id\n        version\n      }\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n": types.CardForwardDocument,
    "\n  mutation CardGroupMeeting($input: BlueCardStepInput!) {\n    recordGroupMeeting(input: $input) {\n      blueCard {\n        id\n        version\n      }\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n": types.CardGroupMeetingDocument,
    "\n  mutation CardStartMonitoring($input: BlueCardStepInput!) {\n    startMonitoring(input: $input) {\n      blueCard {\n        id\n        version\n      }\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n": types.CardStartMonitoringDocument,
    "\n  mutation CardReviewPlan($input: BlueCardStepInput!) {\n    reviewHelpPlan(input: $input) {\n      blueCard {\n        id\n        version\n      }\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n": types.CardReviewPlanDocument,
    "\n  mutation CardEndMonitoring($input: BlueCardStepInput!) {\n    endPostClosureMonitoring(input: $input) {\n      blueCard {\n        id\n        version\n      }\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n": types.CardEndMonitoringDocument,
    "\n  mutation CardSetUpGroup($input: SetUpDiagnosticGroupInput!) {\n    setUpDiagnosticGroup(input: $input) {\n      blueCard {\n        id\n        version\n      }\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n": types.CardSetUpGroupDocument,
    "\n  mutation CardVictimForm($input: FillVictimFormInput!) {\n    fillVictimForm(input: $input) {\n      blueCard {\n        id\n        version\n      }\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n": types.CardVictimFormDocument,
    "\n  mutation CardPerpetratorForm($input: FillPerpetratorFormInput!) {\n    fillPerpetratorForm(input: $input) {\n      blueCard {\n        id\n        version\n      }\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n": types.CardPerpetratorFormDocument,
    "\n  mutation CardClose($input: CloseBlueCardInput!) {\n    closeBlueCard(input: $input) {\n      blueCard {\n        id\n        version\n      }\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n": types.CardCloseDocument,
    "\n  mutation CardRecordWork($input: RecordCaseWorkInput!) {\n    recordCaseWork(input: $input) {\n      work {\n        id\n      }\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n": types.CardRecordWorkDocument,
    "\n  query BlueCardPage($id: ID!) {\n    node(id: $id) {\n      ... on BlueCard {\n        id\n        status\n        version\n        initiatedOn\n        initiatorInstitution\n        initiatorName\n        violenceForms\n        allowedSteps\n        mayRecordWork\n        matchProposals {\n          decision\n          basis\n          procedure {\n            id\n            version\n            status\n            initiatedOn\n            persons {\n              role\n              firstName\n              lastName\n            }\n          }\n        }\n        persons {\n          id\n          role\n          firstName\n          lastName\n          pesel\n          dateOfBirth\n          minor\n        }\n        forms {\n          kind\n          filledOn\n          filledByName\n        }\n        history {\n          step\n          takenAt\n          takenByName\n        }\n        deadlines {\n          id\n          kind\n          dueOn\n          state\n          metOn\n          metLate\n        }\n        diagnosticGroup {\n          teamMemberId\n          displayName\n          institution\n        }\n        helpPlan {\n          id\n          description\n          dueOn\n          status\n          responsibleName\n        }\n        actionPlan {\n          id\n          description\n          dueOn\n          status\n          responsibleName\n        }\n        work {\n          id\n          kind\n          variant\n          occurredOn\n          recordedByName\n          note\n        }\n      }\n    }\n    teams {\n      members {\n        id\n        displayName\n        institution\n        confidentialitySignedOn\n      }\n    }\n  }\n": types.BlueCardPageDocument,
    "\n  mutation CardAttach($input: AttachBlueCardFilingInput!) {\n    attachBlueCardFiling(input: $input) {\n      filing {\n        id\n        version\n      }\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n": types.CardAttachDocument,
    "\n  mutation CardKeepSeparate($input: BlueCardStepInput!) {\n    keepBlueCardFilingSeparate(input: $input) {\n      blueCard {\n        id\n        version\n      }\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n": types.CardKeepSeparateDocument,
    "\n  mutation OpenBlueCard($input: OpenBlueCardInput!) {\n    openBlueCard(input: $input) {\n      blueCard {\n        id\n      }\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n": types.OpenBlueCardDocument,
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
export function graphql(source: "\n  mutation CardForward($input: BlueCardStepInput!) {\n    forwardBlueCardToChair(input: $input) {\n      blueCard {\n        id\n        version\n      }\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CardForward($input: BlueCardStepInput!) {\n    forwardBlueCardToChair(input: $input) {\n      blueCard {\n        id\n        version\n      }\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CardGroupMeeting($input: BlueCardStepInput!) {\n    recordGroupMeeting(input: $input) {\n      blueCard {\n        id\n        version\n      }\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CardGroupMeeting($input: BlueCardStepInput!) {\n    recordGroupMeeting(input: $input) {\n      blueCard {\n        id\n        version\n      }\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CardStartMonitoring($input: BlueCardStepInput!) {\n    startMonitoring(input: $input) {\n      blueCard {\n        id\n        version\n      }\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CardStartMonitoring($input: BlueCardStepInput!) {\n    startMonitoring(input: $input) {\n      blueCard {\n        id\n        version\n      }\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CardReviewPlan($input: BlueCardStepInput!) {\n    reviewHelpPlan(input: $input) {\n      blueCard {\n        id\n        version\n      }\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CardReviewPlan($input: BlueCardStepInput!) {\n    reviewHelpPlan(input: $input) {\n      blueCard {\n        id\n        version\n      }\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CardEndMonitoring($input: BlueCardStepInput!) {\n    endPostClosureMonitoring(input: $input) {\n      blueCard {\n        id\n        version\n      }\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CardEndMonitoring($input: BlueCardStepInput!) {\n    endPostClosureMonitoring(input: $input) {\n      blueCard {\n        id\n        version\n      }\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CardSetUpGroup($input: SetUpDiagnosticGroupInput!) {\n    setUpDiagnosticGroup(input: $input) {\n      blueCard {\n        id\n        version\n      }\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CardSetUpGroup($input: SetUpDiagnosticGroupInput!) {\n    setUpDiagnosticGroup(input: $input) {\n      blueCard {\n        id\n        version\n      }\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CardVictimForm($input: FillVictimFormInput!) {\n    fillVictimForm(input: $input) {\n      blueCard {\n        id\n        version\n      }\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CardVictimForm($input: FillVictimFormInput!) {\n    fillVictimForm(input: $input) {\n      blueCard {\n        id\n        version\n      }\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CardPerpetratorForm($input: FillPerpetratorFormInput!) {\n    fillPerpetratorForm(input: $input) {\n      blueCard {\n        id\n        version\n      }\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CardPerpetratorForm($input: FillPerpetratorFormInput!) {\n    fillPerpetratorForm(input: $input) {\n      blueCard {\n        id\n        version\n      }\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CardClose($input: CloseBlueCardInput!) {\n    closeBlueCard(input: $input) {\n      blueCard {\n        id\n        version\n      }\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CardClose($input: CloseBlueCardInput!) {\n    closeBlueCard(input: $input) {\n      blueCard {\n        id\n        version\n      }\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CardRecordWork($input: RecordCaseWorkInput!) {\n    recordCaseWork(input: $input) {\n      work {\n        id\n      }\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CardRecordWork($input: RecordCaseWorkInput!) {\n    recordCaseWork(input: $input) {\n      work {\n        id\n      }\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BlueCardPage($id: ID!) {\n    node(id: $id) {\n      ... on BlueCard {\n        id\n        status\n        version\n        initiatedOn\n        initiatorInstitution\n        initiatorName\n        violenceForms\n        allowedSteps\n        mayRecordWork\n        matchProposals {\n          decision\n          basis\n          procedure {\n            id\n            version\n            status\n            initiatedOn\n            persons {\n              role\n              firstName\n              lastName\n            }\n          }\n        }\n        persons {\n          id\n          role\n          firstName\n          lastName\n          pesel\n          dateOfBirth\n          minor\n        }\n        forms {\n          kind\n          filledOn\n          filledByName\n        }\n        history {\n          step\n          takenAt\n          takenByName\n        }\n        deadlines {\n          id\n          kind\n          dueOn\n          state\n          metOn\n          metLate\n        }\n        diagnosticGroup {\n          teamMemberId\n          displayName\n          institution\n        }\n        helpPlan {\n          id\n          description\n          dueOn\n          status\n          responsibleName\n        }\n        actionPlan {\n          id\n          description\n          dueOn\n          status\n          responsibleName\n        }\n        work {\n          id\n          kind\n          variant\n          occurredOn\n          recordedByName\n          note\n        }\n      }\n    }\n    teams {\n      members {\n        id\n        displayName\n        institution\n        confidentialitySignedOn\n      }\n    }\n  }\n"): (typeof documents)["\n  query BlueCardPage($id: ID!) {\n    node(id: $id) {\n      ... on BlueCard {\n        id\n        status\n        version\n        initiatedOn\n        initiatorInstitution\n        initiatorName\n        violenceForms\n        allowedSteps\n        mayRecordWork\n        matchProposals {\n          decision\n          basis\n          procedure {\n            id\n            version\n            status\n            initiatedOn\n            persons {\n              role\n              firstName\n              lastName\n            }\n          }\n        }\n        persons {\n          id\n          role\n          firstName\n          lastName\n          pesel\n          dateOfBirth\n          minor\n        }\n        forms {\n          kind\n          filledOn\n          filledByName\n        }\n        history {\n          step\n          takenAt\n          takenByName\n        }\n        deadlines {\n          id\n          kind\n          dueOn\n          state\n          metOn\n          metLate\n        }\n        diagnosticGroup {\n          teamMemberId\n          displayName\n          institution\n        }\n        helpPlan {\n          id\n          description\n          dueOn\n          status\n          responsibleName\n        }\n        actionPlan {\n          id\n          description\n          dueOn\n          status\n          responsibleName\n        }\n        work {\n          id\n          kind\n          variant\n          occurredOn\n          recordedByName\n          note\n        }\n      }\n    }\n    teams {\n      members {\n        id\n        displayName\n        institution\n        confidentialitySignedOn\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CardAttach($input: AttachBlueCardFilingInput!) {\n    attachBlueCardFiling(input: $input) {\n      filing {\n        id\n        version\n      }\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CardAttach($input: AttachBlueCardFilingInput!) {\n    attachBlueCardFiling(input: $input) {\n      filing {\n        id\n        version\n      }\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CardKeepSeparate($input: BlueCardStepInput!) {\n    keepBlueCardFilingSeparate(input: $input) {\n      blueCard {\n        id\n        version\n      }\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CardKeepSeparate($input: BlueCardStepInput!) {\n    keepBlueCardFilingSeparate(input: $input) {\n      blueCard {\n        id\n        version\n      }\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenBlueCard($input: OpenBlueCardInput!) {\n    openBlueCard(input: $input) {\n      blueCard {\n        id\n      }\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation OpenBlueCard($input: OpenBlueCardInput!) {\n    openBlueCard(input: $input) {\n      blueCard {\n        id\n      }\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n"];
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