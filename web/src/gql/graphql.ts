/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /**
   * Data — a calendar day written `YYYY-MM-DD`, without a time or zone: the day of an
   * event, a deadline or a document.
   */
  Date: { input: string; output: string; }
  /**
   * Implement the DateTime<Utc> scalar
   *
   * The input/output is a string in RFC3339 format.
   */
  DateTime: { input: string; output: string; }
};

/** Udogodnienie dla osób z niepełnosprawnościami. */
export type AccessibilityFeature =
  /** Miejsce parkingowe dla osób z niepełnosprawnościami. */
  | 'ACCESSIBLE_PARKING'
  /** Toaleta dostosowana. */
  | 'ACCESSIBLE_TOILET'
  /** Pętla indukcyjna. */
  | 'INDUCTION_LOOP'
  /** Tłumacz polskiego języka migowego (PJM). */
  | 'SIGN_LANGUAGE'
  /** Wejście bez schodów lub z podjazdem. */
  | 'STEP_FREE_ENTRANCE';

/** Działanie podjęte przy wypełnianiu NK-A. */
export type ActionTaken =
  /** Udzielono pomocy medycznej. */
  | 'MEDICAL_HELP'
  | 'OTHER'
  /** Zatrzymano osobę stosującą przemoc. */
  | 'PERPETRATOR_DETAINED'
  /** Policja wydała nakaz opuszczenia mieszkania lub zakaz zbliżania się. */
  | 'POLICE_ORDER'
  /** Zawiadomiono prokuraturę. */
  | 'PROSECUTOR_NOTIFIED'
  /** Zapewniono schronienie. */
  | 'SHELTER';

/** Input of `addPlanItem`: a new point of a card's help plan or action plan. */
export type AddPlanItemInput = {
  blueCardId: Scalars['ID']['input'];
  description: Scalars['String']['input'];
  dueOn?: InputMaybe<Scalars['Date']['input']>;
  kind?: PlanItemKind;
  plan: PlanKind;
  programme?: InputMaybe<ProgrammeKind>;
  responsibleUserId?: InputMaybe<Scalars['ID']['input']>;
};

/** Input of `addTeamMember`: a user delegated to the team by an institution. */
export type AddTeamMemberInput = {
  chair?: Scalars['Boolean']['input'];
  confidentialitySignedOn?: InputMaybe<Scalars['Date']['input']>;
  /** The last day the statement holds, when it is signed for a time. */
  confidentialityValidUntil?: InputMaybe<Scalars['Date']['input']>;
  institution: InstitutionKind;
  institutionName: Scalars['String']['input'];
  /** Defaults to today. */
  joinedOn?: InputMaybe<Scalars['Date']['input']>;
  teamId: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
};

/** Adres. */
export type AddressInput = {
  city: Scalars['String']['input'];
  postalCode?: InputMaybe<Scalars['String']['input']>;
  street: Scalars['String']['input'];
};

/** Przydzielenie — the people to work on an entry (replacing those before). */
export type AssignIntakeInput = {
  id: Scalars['ID']['input'];
  /** `User` IDs of staff of the municipality (not its administrator). */
  userIds: Array<Scalars['ID']['input']>;
  version: Scalars['Int']['input'];
};

/** The chair attaches a forwarded form to an open procedure about the same people. */
export type AttachBlueCardFilingInput = {
  /** The form's own card (status `SENT_TO_CHAIR`). */
  id: Scalars['ID']['input'];
  on?: InputMaybe<Scalars['Date']['input']>;
  /** The open procedure it joins as a subsequent NK-A. */
  procedureId: Scalars['ID']['input'];
  procedureVersion: Scalars['Int']['input'];
  version: Scalars['Int']['input'];
};

/** Whether one member was present, in `RecordTeamMeetingInput`. */
export type AttendanceInput = {
  memberId: Scalars['ID']['input'];
  present: Scalars['Boolean']['input'];
};

/** Wynik operacji w dzienniku audytu. */
export type AuditOutcome =
  /** Odmowa: operation asked for something its caller may not see or do. */
  | 'DENIED'
  /** Nieudana i wycofana (e.g. a conflict or a failed part of a mutation). */
  | 'FAILED'
  /** Wykonana. */
  | 'OK';

/** Termin w okresie — deadlines that come due within a span from today. */
export type BlueCardDueWithin =
  /**
   * Tydzień roboczy przed czytającym: od dziś do niedzieli bieżącego tygodnia, a w sobotę
   * i niedzielę — do niedzieli następnego.
   */
  | 'THIS_WEEK';

/** Filter of `blueCards`: only cards matching every field given. */
export type BlueCardFilter = {
  /**
   * Forms forwarded to the chair with a proposed match not decided yet. Only the chair
   * sees matches: for anyone else this filter finds no card.
   */
  awaitingMatchDecision?: InputMaybe<Scalars['Boolean']['input']>;
  /**
   * Only cards with a deadline neither met nor cancelled due within the span from today
   * (overdue ones are `overdue`).
   */
  dueWithin?: InputMaybe<BlueCardDueWithin>;
  /** Only cards whose diagnostic group has this team member now (a `TeamMember` ID). */
  groupMember?: InputMaybe<Scalars['ID']['input']>;
  /**
   * Moje karty — only the cards the viewer works on themselves (filed, or in their group):
   * for the chair, without those seen only as chair (`true`), or only those (`false`).
   */
  mine?: InputMaybe<Scalars['Boolean']['input']>;
  /** Cards with a deadline past its day and not met (`true`), or without one (`false`). */
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  /** Exact PESEL of any person of the card. */
  pesel?: InputMaybe<Scalars['String']['input']>;
  /**
   * Szukaj — a card number (`NK/2026/0042`, `2026/42`), a PESEL, or names: every word (at
   * least two letters, Polish letters optional: "Wojcik" finds "Wójcik") a first name or
   * surname of some person of the card. Found only among the cards the viewer may see.
   * Shorter than two letters: BAD_USER_INPUT (`SEARCH_TOO_SHORT` in the message).
   */
  search?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<Status>;
};

/** Kolejność listy kart. */
export type BlueCardOrder =
  /**
   * Najbliższy termin najpierw (przekroczone przed innymi); karty bez otwartego terminu na
   * końcu.
   */
  | 'DEADLINE_SOONEST'
  /** Najnowsze najpierw (kolejność rejestracji). */
  | 'NEWEST'
  /** Data wszczęcia: od najpóźniejszej. */
  | 'OPENED_NEWEST'
  /** Data wszczęcia: od najwcześniejszej. */
  | 'OPENED_OLDEST';

/** A step that needs only the card, its version and the day it happened (today if omitted). */
export type BlueCardStepInput = {
  id: Scalars['ID']['input'];
  on?: InputMaybe<Scalars['Date']['input']>;
  version: Scalars['Int']['input'];
};

/** Input of `closeBlueCard`: zakończenie procedury on one of its two legal grounds. */
export type CloseBlueCardInput = {
  ground: ClosureGround;
  id: Scalars['ID']['input'];
  on?: InputMaybe<Scalars['Date']['input']>;
  version: Scalars['Int']['input'];
};

/** Zamknięcie wpisu. */
export type CloseIntakeInput = {
  id: Scalars['ID']['input'];
  /** Today when left out. */
  on?: InputMaybe<Scalars['Date']['input']>;
  version: Scalars['Int']['input'];
};

/** Podstawa zakończenia procedury (art. 9h ust. 1 UPPD). */
export type ClosureGround =
  /** Rozstrzygnięcie o braku zasadności podejmowania działań. */
  | 'UNFOUNDED'
  /** Ustanie przemocy domowej i zrealizowanie indywidualnego planu pomocy. */
  | 'VIOLENCE_STOPPED_AND_PLAN_CARRIED_OUT';

/** Wpis do przeniesienia na formularz NK-A. */
export type ConvertIntakeToBlueCardInput = {
  id: Scalars['ID']['input'];
};

/**
 * Input of `correctBlueCardPerson`: the person's data as it should now be, every field (an
 * empty or omitted optional field is cleared), with the card's `version`.
 */
export type CorrectBlueCardPersonInput = {
  address?: InputMaybe<Scalars['String']['input']>;
  /** Required when there is no PESEL. */
  dateOfBirth?: InputMaybe<Scalars['Date']['input']>;
  diedOn?: InputMaybe<Scalars['Date']['input']>;
  firstName: Scalars['String']['input'];
  /** The person (`BlueCardPerson.id`). */
  id: Scalars['ID']['input'];
  lastName: Scalars['String']['input'];
  notes?: InputMaybe<Scalars['String']['input']>;
  /** 11 digits with a valid checksum, agreeing with the date of birth and sex. */
  pesel?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  /** Required when there is no PESEL. */
  sex?: InputMaybe<Sex>;
  /** The card's version, as read. */
  version: Scalars['Int']['input'];
};

/** Input of `createMunicipality`: a new municipality (tenant) in a region. */
export type CreateMunicipalityInput = {
  name: Scalars['String']['input'];
  /** Slug of the region. */
  region: Scalars['String']['input'];
  sharesStatistics?: Scalars['Boolean']['input'];
  slug: Scalars['String']['input'];
  /** Seven-digit municipality TERYT code; its first two digits are the region's. */
  teryt: Scalars['String']['input'];
};

/** Input of `createRegion`: a new region (voivodeship). */
export type CreateRegionInput = {
  name: Scalars['String']['input'];
  slug: Scalars['String']['input'];
  /** Two-digit voivodeship TERYT code, e.g. "24" for śląskie. */
  teryt: Scalars['String']['input'];
};

/** Input of `createTeam`: the team's name and the mayor's act appointing it. */
export type CreateTeamInput = {
  actIssuedOn: Scalars['Date']['input'];
  /** Number of the mayor's appointing act (zarządzenie). */
  actNumber: Scalars['String']['input'];
  name: Scalars['String']['input'];
};

/** Different hours on one date; no ranges: closed that day. */
export type DayExceptionInput = {
  date: Scalars['Date']['input'];
  ranges?: Array<TimeRangeInput>;
};

/** Rodzaj terminu w procedurze. */
export type DeadlineKind =
  /** Koniec monitorowania po zakończeniu procedury. */
  | 'END_OF_MONITORING'
  /** Pierwsze posiedzenie grupy. */
  | 'FIRST_GROUP_MEETING'
  /** Przekazanie NK-A przewodniczącemu (5 dni roboczych od wszczęcia). */
  | 'FORWARD_TO_CHAIR'
  /** Przegląd planu pomocy. */
  | 'HELP_PLAN_REVIEW'
  /** Powołanie grupy diagnostyczno-pomocowej (3 dni od otrzymania NK-A). */
  | 'SET_UP_GROUP';

/**
 * A deadline rule a municipality may change: one per kind of deadline, and one per ground
 * of closure for the monitoring that follows it.
 */
export type DeadlineRuleKind =
  | 'FIRST_GROUP_MEETING'
  | 'FORWARD_TO_CHAIR'
  | 'HELP_PLAN_REVIEW'
  /** Monitorowanie po zakończeniu z powodu braku zasadności. */
  | 'MONITORING_AFTER_UNFOUNDED'
  /** Monitorowanie po zakończeniu z powodu ustania przemocy. */
  | 'MONITORING_AFTER_VIOLENCE_STOPPED'
  | 'SET_UP_GROUP';

/** Stan terminu. */
export type DeadlineState =
  /** Bezprzedmiotowy: procedura zakończyła się, zanim termin nadszedł lub został spełniony. */
  | 'CANCELLED'
  /** Dotrzymany (lub spełniony po terminie — zob. `metLate`). */
  | 'MET'
  /** Przekroczony. */
  | 'OVERDUE'
  /** Oczekuje. */
  | 'PENDING';

/**
 * Input of `endTeamMembership`: the member, the version seen, the day it ended (today by
 * default) and why.
 */
export type EndTeamMembershipInput = {
  id: Scalars['ID']['input'];
  /**
   * The day the membership ended; from that day on the person works on no case. Today by
   * default; never in the future.
   */
  on?: InputMaybe<Scalars['Date']['input']>;
  /** Why, e.g. „zmiana pracy”, „odwołanie przez burmistrza”. */
  reason: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};

/**
 * Input of `fillPerpetratorForm`: form NK-D, filled with the perpetrator, and the action
 * plan.
 */
export type FillPerpetratorFormInput = {
  /** The action plan, with programme referrals and art. 66c notices. */
  actionPlan?: Array<PlanItemInput>;
  diagnosis: Scalars['String']['input'];
  filledOn?: InputMaybe<Scalars['Date']['input']>;
  id: Scalars['ID']['input'];
  personId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  /** Must be false: the group meets the perpetrator without the victim. */
  victimPresent?: Scalars['Boolean']['input'];
};

/** Input of `fillVictimForm`: form NK-C, filled with the victim, and the help plan. */
export type FillVictimFormInput = {
  diagnosis: Scalars['String']['input'];
  filledOn?: InputMaybe<Scalars['Date']['input']>;
  /** The individual help plan agreed at the meeting. */
  helpPlan?: Array<PlanItemInput>;
  /** First, repeated, most dangerous and last act of violence. */
  history?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  /** Must be false: the group meets the victim without the perpetrator. */
  perpetratorPresent?: Scalars['Boolean']['input'];
  /** The person experiencing violence the group met. */
  personId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

/** Formularz procedury. */
export type FormKind =
  /** NK-A wszczynający procedurę. */
  | 'NK_A'
  /** Kolejny NK-A w toczącej się procedurze. */
  | 'NK_A_SUBSEQUENT'
  /** NK-C: diagnoza i plan pomocy z osobą doznającą przemocy. */
  | 'NK_C'
  /** NK-D: diagnoza i plan działań z osobą stosującą przemoc. */
  | 'NK_D';

/**
 * Forma zwracania się — how a staff member is addressed, so that their role is named in
 * the right grammatical gender ("przewodnicząca zespołu", "przewodniczący zespołu").
 */
export type FormOfAddress =
  /** Pani. */
  | 'FEMININE'
  /** Pan. */
  | 'MASCULINE';

/**
 * Input of `handOverTeamChair`: the member who chairs the team from now on, with the version
 * seen of them.
 */
export type HandOverTeamChairInput = {
  memberId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

/** Everything said about a help point. */
export type HelpPointInput = {
  accessibility?: Array<AccessibilityFeature>;
  address?: InputMaybe<AddressInput>;
  /** Czynne całą dobę: the weekly hours are then ignored. */
  dayAndNight?: Scalars['Boolean']['input'];
  description?: InputMaybe<Scalars['String']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  exceptions?: Array<DayExceptionInput>;
  kind: HelpPointKind;
  /** ISO 639-1 codes; Polish when left out. */
  languages?: InputMaybe<Array<Scalars['String']['input']>>;
  name: Scalars['String']['input'];
  openOnPublicHolidays?: Scalars['Boolean']['input'];
  phones?: Array<Scalars['String']['input']>;
  position?: InputMaybe<PositionInput>;
  /** Forms of help, as `HelpService` values (`PSYCHOLOGICAL`, `LEGAL`…). */
  services?: Array<Scalars['String']['input']>;
  web?: InputMaybe<Scalars['String']['input']>;
  week?: Array<WeekdayHoursInput>;
};

/** Rodzaj punktu pomocy. */
export type HelpPointKind =
  /** Ośrodek (centrum) interwencji kryzysowej (OIK/CIK). */
  | 'CRISIS_INTERVENTION_CENTRE'
  /** Punkt interwencji kryzysowej. */
  | 'CRISIS_INTERVENTION_POINT'
  /** Poradnia rodzinna. */
  | 'FAMILY_COUNSELLING'
  /** Ochrona zdrowia. */
  | 'HEALTH_CARE'
  /** Telefon zaufania, infolinia. */
  | 'HELPLINE'
  /** Organizacja pozarządowa. */
  | 'NGO'
  /** Inny. */
  | 'OTHER'
  /** Policja. */
  | 'POLICE'
  /** Hostel, schronisko lub dom dla osób doznających przemocy. */
  | 'SHELTER'
  /** Filia lub sekcja ośrodka pomocy społecznej. */
  | 'SOCIAL_WELFARE_BRANCH'
  /** Ośrodek pomocy społecznej (OPS/MOPS). */
  | 'SOCIAL_WELFARE_OFFICE'
  /** Specjalistyczny ośrodek wsparcia dla osób doznających przemocy domowej (SOW). */
  | 'SUPPORT_CENTRE';

/** Forma pomocy oferowana w punkcie. */
export type HelpService =
  /** Poradnictwo rodzinne. */
  | 'FAMILY_COUNSELLING'
  /** Pomoc prawna. */
  | 'LEGAL'
  /** Pomoc medyczna. */
  | 'MEDICAL'
  /** Pomoc pedagogiczna. */
  | 'PEDAGOGICAL'
  /** Program dla osób stosujących przemoc (korekcyjno-edukacyjny, psychologiczno-terapeutyczny). */
  | 'PERPETRATOR_PROGRAMME'
  /** Pomoc psychologiczna. */
  | 'PSYCHOLOGICAL'
  /** Schronienie. */
  | 'SHELTER'
  /** Pomoc socjalna. */
  | 'SOCIAL'
  /** Grupa wsparcia. */
  | 'SUPPORT_GROUP'
  /** Terapia. */
  | 'THERAPY';

/** Whose staff signs in through an identity provider. */
export type IdentityProviderScope =
  | 'MUNICIPALITY'
  | 'OPERATORS'
  | 'REGION';

/**
 * Rodzaj instytucji — the statutory list of institutions that delegate members to an
 * interdisciplinary team or a diagnostic group (art. 9a ust. 3 UPPD).
 */
export type InstitutionKind =
  /** Gminna komisja rozwiązywania problemów alkoholowych (GKRPA). */
  | 'ALCOHOL_COMMISSION'
  /** Oświata. */
  | 'EDUCATION'
  /** Powiatowe centrum pomocy rodzinie (PCPR). */
  | 'FAMILY_SUPPORT_CENTRE'
  /** Ochrona zdrowia. */
  | 'HEALTH_CARE'
  /** Żandarmeria Wojskowa. */
  | 'MILITARY_POLICE'
  /** Organizacja pozarządowa. */
  | 'NGO'
  /** Inny podmiot działający na rzecz przeciwdziałania przemocy domowej. */
  | 'OTHER'
  /** Policja. */
  | 'POLICE'
  /** Kurator sądowy. */
  | 'PROBATION'
  /** Prokuratura. */
  | 'PROSECUTOR'
  /** Jednostka organizacyjna pomocy społecznej (OPS/MOPS). */
  | 'SOCIAL_WELFARE'
  /** Specjalistyczny ośrodek wsparcia dla osób doznających przemocy domowej (SOW). */
  | 'SUPPORT_CENTRE';

/** Podjęte działanie — what was done in response. */
export type IntakeActionKind =
  /** Udzielono porady. */
  | 'ADVICE_GIVEN'
  /** Wszczęto procedurę „Niebieskie Karty” (formularz NK-A). */
  | 'BLUE_CARD_OPENED'
  /** Interwencja policji. */
  | 'POLICE_INTERVENTION'
  /** Skierowano do punktu pomocy z informatora. */
  | 'REFERRED_TO_HELP_POINT';

/** Kanał zgłoszenia — how the report or question reached the office. */
export type IntakeChannel =
  /** Pocztą elektroniczną. */
  | 'EMAIL'
  /** Od instytucji (szkoła, przychodnia, policja…). */
  | 'INSTITUTION'
  /** Osobiście. */
  | 'IN_PERSON'
  /** Listownie. */
  | 'LETTER'
  /** Inaczej. */
  | 'OTHER'
  /** Telefonicznie. */
  | 'PHONE'
  /** Od świadka. */
  | 'WITNESS';

/** Filter of `intakeEntries`: only entries matching every field given. */
export type IntakeEntryFilter = {
  kind?: InputMaybe<IntakeKind>;
  /** Exact PESEL of any person of the entry. */
  pesel?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<IntakeStatus>;
};

/** Rodzaj wpisu — a report of suspected violence or a consultation. */
export type IntakeKind =
  /** Konsultacja dla instytucji, która może wszcząć procedurę „Niebieskie Karty”. */
  | 'INSTITUTION_CONSULTATION'
  /** Konsultacja dla osoby (np. telefoniczna porada dla osoby doznającej przemocy). */
  | 'PERSON_CONSULTATION'
  /** Zgłoszenie podejrzenia przemocy domowej. */
  | 'REPORT';

/**
 * Osoba, której dotyczy zgłoszenie — as much as the reporter said; a first name (or how the
 * person is called) at least.
 */
export type IntakePersonInput = {
  address?: InputMaybe<Scalars['String']['input']>;
  dateOfBirth?: InputMaybe<Scalars['Date']['input']>;
  firstName: Scalars['String']['input'];
  lastName?: InputMaybe<Scalars['String']['input']>;
  /** 11 digits with a valid checksum. */
  pesel?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  role: PersonRole;
  sex?: InputMaybe<Sex>;
};

/** Zgłaszający — who reports; leave out for an anonymous report. */
export type IntakeReporterInput = {
  /** A phone number, e-mail or address to answer on. */
  contact?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
};

/** Stan wpisu w rejestrze zgłoszeń. */
export type IntakeStatus =
  /** Zamknięte. */
  | 'CLOSED'
  /** Przyjęte: czeka na odpowiedź. */
  | 'RECEIVED'
  /** Udzielono odpowiedzi (podjęto działanie). */
  | 'RESPONDED';

/** Krok w rejestrze zgłoszeń. */
export type IntakeStep =
  /** Przydzielenie osobie, która się nim zajmie. */
  | 'ASSIGNED'
  /** Powiązanie z Niebieską Kartą wszczętą na jego podstawie. */
  | 'BLUE_CARD_LINKED'
  /** Zamknięcie. */
  | 'CLOSED'
  /** Przyjęcie zgłoszenia: the entry is recorded. */
  | 'RECORDED'
  /** Odpowiedź: what was done (advice, referral, police, NK-A). */
  | 'RESPONDED';

/** Input of `linkBlueCardToEarlierProcedure`. */
export type LinkBlueCardToEarlierProcedureInput = {
  /** The form's own card (status `SENT_TO_CHAIR`), with a repeat proposed. */
  id: Scalars['ID']['input'];
  /** The earlier procedure, in post-closure monitoring or closed. */
  procedureId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

/** Powiązanie z Niebieską Kartą — the card opened from the entry's prefill. */
export type LinkIntakeToBlueCardInput = {
  blueCardId: Scalars['ID']['input'];
  id: Scalars['ID']['input'];
  /** The day the card was opened; today when left out. */
  on?: InputMaybe<Scalars['Date']['input']>;
  version: Scalars['Int']['input'];
};

/** Podstawa dopasowania — why a form was matched with another procedure. */
export type MatchBasis =
  /** Found by the chair, who attached the form without a proposal. */
  | 'CHAIR'
  /** The same name and date of birth (one of the two had no PESEL). */
  | 'NAME_AND_BIRTH_DATE'
  /** The same PESEL of a person experiencing violence. */
  | 'PESEL';

/** Rozstrzygnięcie przewodniczącego o kolejnym formularzu NK-A. */
export type MatchDecision =
  /** Dołączony do prowadzonej procedury. */
  | 'ATTACHED'
  /** Prowadzony jako odrębna procedura. */
  | 'KEPT_SEPARATE'
  /** Powiązany z wcześniejszą procedurą jako ponowna procedura. */
  | 'LINKED'
  /** Not decided yet: the form gets no diagnostic group until it is. */
  | 'PENDING';

/** Rodzaj dopasowania — whether the form can join the procedure it matched. */
export type MatchKind =
  /**
   * Ponowna procedura: the procedure is in post-closure monitoring or closed within the
   * last 12 months; the form goes on as a new procedure, linked to it or not.
   */
  | 'REPEAT'
  /** Kolejny formularz NK-A: the procedure is open; the form can join it. */
  | 'SUBSEQUENT';

/** Input of `disableMunicipality` and `enableMunicipality`: the municipality's ID. */
export type MunicipalityIdInput = {
  id: Scalars['ID']['input'];
};

/** Rodzaj powiadomienia o terminie. */
export type NotificationKind =
  /**
   * Nowe zadanie: sprawa trafiła do Ciebie i biegnie jej termin (np. formularz NK-A
   * przekazany przewodniczącemu).
   */
  | 'ASSIGNED'
  /** Termin się zbliża. */
  | 'DUE_SOON'
  /** Termin przekroczony. */
  | 'OVERDUE';

/** Formularz NK-A. */
export type OpenBlueCardInput = {
  actionsTaken?: Array<ActionTaken>;
  additionalInformation?: InputMaybe<Scalars['String']['input']>;
  childrenInHousehold?: Scalars['Int']['input'];
  description?: InputMaybe<Scalars['String']['input']>;
  firearmAccess?: Scalars['Boolean']['input'];
  initiatedOn: Scalars['Date']['input'];
  initiatorInstitution: InstitutionKind;
  injuries?: InputMaybe<Scalars['String']['input']>;
  nkBHandedOver?: Scalars['Boolean']['input'];
  perpetratorUnderAlcohol?: Scalars['Boolean']['input'];
  perpetratorUnderDrugs?: Scalars['Boolean']['input'];
  persons: Array<PersonInput>;
  victimFeelsSafe?: InputMaybe<Scalars['Boolean']['input']>;
  violenceForms: Array<ViolenceForm>;
};

/** The unit a statutory period is counted in. */
export type PeriodUnit =
  /** Calendar days (dni); a period ending on a day free of work ends on the next working day. */
  | 'DAYS'
  /**
   * Calendar months (miesiące); a period ending on a day free of work ends on the next
   * working day.
   */
  | 'MONTHS'
  /** Working days (dni robocze): Saturdays, Sundays and public holidays are skipped. */
  | 'WORKING_DAYS';

/** A field of a person's data. */
export type PersonField =
  | 'ADDRESS'
  | 'DATE_OF_BIRTH'
  | 'DIED_ON'
  | 'FIRST_NAME'
  | 'LAST_NAME'
  | 'NOTES'
  | 'PESEL'
  | 'PHONE'
  | 'SEX';

/**
 * Osoba w formularzu NK-A — a person named on the form: one experiencing domestic violence
 * or one using it.
 */
export type PersonInput = {
  address?: InputMaybe<Scalars['String']['input']>;
  /** Required when there is no PESEL. */
  dateOfBirth?: InputMaybe<Scalars['Date']['input']>;
  diedOn?: InputMaybe<Scalars['Date']['input']>;
  firstName: Scalars['String']['input'];
  lastName: Scalars['String']['input'];
  notes?: InputMaybe<Scalars['String']['input']>;
  /** 11 digits with a valid checksum, agreeing with the date of birth and sex. */
  pesel?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  role: PersonRole;
  /** Required when there is no PESEL. */
  sex?: InputMaybe<Sex>;
};

/** Rola osoby w procedurze. */
export type PersonRole =
  /** Osoba stosująca przemoc domową. */
  | 'PERPETRATOR'
  /** Osoba doznająca przemocy domowej. */
  | 'VICTIM'
  /** Świadek (pełnoletni; małoletni świadek jest osobą doznającą przemocy). */
  | 'WITNESS';

/** A point of a plan pomocy (NK-C) or plan działań (NK-D), given with its form. */
export type PlanItemInput = {
  description: Scalars['String']['input'];
  dueOn?: InputMaybe<Scalars['Date']['input']>;
  kind?: PlanItemKind;
  programme?: InputMaybe<ProgrammeKind>;
  responsibleUserId?: InputMaybe<Scalars['ID']['input']>;
};

/** Rodzaj pozycji planu. */
export type PlanItemKind =
  /** Cel lub działanie. */
  | 'ACTION'
  /** Zawiadomienie o wykroczeniu z art. 66c Kodeksu wykroczeń. */
  | 'PETTY_OFFENCE_NOTICE'
  /** Skierowanie do programu korekcyjno-edukacyjnego lub psychologiczno-terapeutycznego. */
  | 'PROGRAMME_REFERRAL';

/** Stan realizacji pozycji planu. */
export type PlanItemStatus =
  | 'ABANDONED'
  | 'DONE'
  | 'IN_PROGRESS'
  | 'PLANNED';

/**
 * Plan: pomocy (NK-C, z osobą doznającą przemocy) lub działań (NK-D, dla osoby stosującej
 * przemoc).
 */
export type PlanKind =
  | 'ACTION_PLAN'
  | 'HELP_PLAN';

/** Położenie — WGS 84 degrees, inside Poland. */
export type PositionInput = {
  latitude: Scalars['Float']['input'];
  longitude: Scalars['Float']['input'];
};

/** Krok procedury — one entry of a card's history. */
export type ProcedureStep =
  /** Dołączona do prowadzonej procedury (the filing's side). */
  | 'ATTACHED'
  /** Procedura zakończona; monitorowanie po zakończeniu. */
  | 'CLOSED'
  /** Pierwsze posiedzenie grupy: diagnoza się zaczyna. */
  | 'FIRST_GROUP_MEETING'
  /** Skład grupy zmieniony. */
  | 'GROUP_CHANGED'
  /** Kolejne posiedzenie grupy. */
  | 'GROUP_MEETING'
  /** Grupa diagnostyczno-pomocowa powołana. */
  | 'GROUP_SET_UP'
  /** Przegląd planu pomocy. */
  | 'HELP_PLAN_REVIEWED'
  /** Monitorowanie po zakończeniu procedury zakończone. */
  | 'MONITORING_ENDED'
  /** Monitorowanie planu pomocy rozpoczęte. */
  | 'MONITORING_STARTED'
  /** Formularz NK-A wypełniony: the card opens. */
  | 'OPENED'
  /** Formularz NK-D z osobą stosującą przemoc (plan działań). */
  | 'PERPETRATOR_FORM'
  /** Dane osoby poprawione (RODO art. 16); the earlier values stay in its history. */
  | 'PERSON_CORRECTED'
  /** Przekazana przewodniczącemu. */
  | 'SENT_TO_CHAIR'
  /** Kolejny formularz NK-A dołączony (the procedure's side). */
  | 'SUBSEQUENT_NK_A'
  /** Treść NK-A poprawiona. */
  | 'UPDATED'
  /** Formularz NK-C z osobą doznającą przemocy (plan pomocy). */
  | 'VICTIM_FORM';

/** Program dla osób stosujących przemoc. */
export type ProgrammeKind =
  /** Program korekcyjno-edukacyjny. */
  | 'CORRECTIVE_EDUCATIONAL'
  /** Program psychologiczno-terapeutyczny. */
  | 'PSYCHOLOGICAL_THERAPEUTIC';

/** Input of `publishHelpPoint`. */
export type PublishHelpPointInput = {
  id: Scalars['ID']['input'];
  /** `false` takes it back to a draft. */
  published?: Scalars['Boolean']['input'];
};

/** Input of `recordCaseWork`: an intervention, a consultation or other work done on a case. */
export type RecordCaseWorkInput = {
  blueCardId: Scalars['ID']['input'];
  kind: WorkKind;
  note?: InputMaybe<Scalars['String']['input']>;
  occurredOn?: InputMaybe<Scalars['Date']['input']>;
  /** With or without the police for an intervention; the kind of a consultation. */
  variant?: InputMaybe<WorkVariant>;
};

/** Input of `recordGroupMeeting`: a meeting of the diagnostic group. */
export type RecordGroupMeetingInput = {
  id: Scalars['ID']['input'];
  /**
   * Whom the group met (`BlueCardPerson` IDs of this card): never the victim and the
   * perpetrator together (`MET_SEPARATELY`).
   */
  metPersonIds?: Array<Scalars['ID']['input']>;
  /** Notatka z posiedzenia, sealed; at most 10,000 characters. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The day it was held (today if omitted). */
  on?: InputMaybe<Scalars['Date']['input']>;
  /** Miejsce posiedzenia, at most 200 characters. */
  place?: InputMaybe<Scalars['String']['input']>;
  /** The group's members present (`TeamMember` IDs of the card's group now). */
  presentMemberIds?: Array<Scalars['ID']['input']>;
  version: Scalars['Int']['input'];
};

/** Przyjęcie zgłoszenia — a report or consultation as it was taken. */
export type RecordIntakeInput = {
  /** What was said. */
  account: Scalars['String']['input'];
  channel: IntakeChannel;
  kind: IntakeKind;
  persons?: Array<IntakePersonInput>;
  /** When it reached the office; now when left out. Never in the future. */
  receivedAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Left out for an anonymous report. */
  reporter?: InputMaybe<IntakeReporterInput>;
  urgency?: Urgency;
};

/** Input of `recordTeamMeeting`: the meeting's day, agenda, minutes and attendance. */
export type RecordTeamMeetingInput = {
  agenda: Scalars['String']['input'];
  attendance?: Array<AttendanceInput>;
  heldOn: Scalars['Date']['input'];
  minutes?: InputMaybe<Scalars['String']['input']>;
  teamId: Scalars['ID']['input'];
};

/**
 * Input of `removeDiagnosticGroupMember`: the card, its version, the team member taken out
 * of its group and the day (today by default).
 */
export type RemoveDiagnosticGroupMemberInput = {
  id: Scalars['ID']['input'];
  /** The team member (`TeamMember` ID) to take out of the group. */
  memberId: Scalars['ID']['input'];
  on?: InputMaybe<Scalars['Date']['input']>;
  version: Scalars['Int']['input'];
};

/** Odpowiedź na zgłoszenie — what was done. */
export type RespondToIntakeInput = {
  /** The help point of the directory (for `REFERRED_TO_HELP_POINT`). */
  helpPointId?: InputMaybe<Scalars['ID']['input']>;
  id: Scalars['ID']['input'];
  /** `BLUE_CARD_OPENED` is recorded with `linkIntakeToBlueCard`. */
  kind: IntakeActionKind;
  note?: InputMaybe<Scalars['String']['input']>;
  /** The day it was done; today when left out. */
  on?: InputMaybe<Scalars['Date']['input']>;
  version: Scalars['Int']['input'];
};

/** Rola użytkownika — what a person may do in Ostoja. */
export type Role =
  /** Inspektor ochrony danych: reads the municipality's whole audit trail, case IDs included. */
  | 'DATA_PROTECTION_OFFICER'
  /** Redaktor informatora: keeps the municipality's help points in the public directory. */
  | 'DIRECTORY_EDITOR'
  /**
   * Rejestr zgłoszeń: takes reports and consultations and reads the municipality's intake
   * register.
   */
  | 'INTAKE_STAFF'
  | 'OPERATOR'
  | 'REGIONAL_COORDINATOR'
  | 'SOCIAL_WORKER'
  /** Statystyka: reads the municipality's own statistics (counts, never names). */
  | 'STATISTICS'
  | 'TEAM_CHAIR'
  | 'TEAM_MEMBER'
  | 'TENANT_ADMIN';

/** A claim value (e.g. a group) and the Ostoja role it gives. */
export type RoleMappingInput = {
  role: Role;
  value: Scalars['String']['input'];
};

/** Input of `setDeadlineRule`: the municipality's own length of one deadline of the procedure. */
export type SetDeadlineRuleInput = {
  amount: Scalars['Int']['input'];
  kind: DeadlineRuleKind;
  unit: PeriodUnit;
  /** The rule's version; 0 while the statutory default applies. */
  version: Scalars['Int']['input'];
};

/**
 * Input of `setIdentityProvider`: the OpenID Connect provider of a municipality, a region
 * or the operators, created or replaced.
 */
export type SetIdentityProviderInput = {
  allowedEmailDomains?: Array<Scalars['String']['input']>;
  /** Default: the client id. */
  audience?: InputMaybe<Scalars['String']['input']>;
  clientId: Scalars['String']['input'];
  /** Required for a new provider; omitted, an update keeps the stored secret. */
  clientSecret?: InputMaybe<Scalars['String']['input']>;
  /** The provider's issuer, exactly as in its tokens' `iss`. */
  issuer: Scalars['String']['input'];
  /** Exactly one of `municipalityId`, `regionId` and `operators`. */
  municipalityId?: InputMaybe<Scalars['ID']['input']>;
  operators?: InputMaybe<Scalars['Boolean']['input']>;
  regionId?: InputMaybe<Scalars['ID']['input']>;
  roleMapping?: Array<RoleMappingInput>;
  /** Default: groups. */
  rolesClaim?: InputMaybe<Scalars['String']['input']>;
  /** Default: openid email profile. */
  scopes?: InputMaybe<Array<Scalars['String']['input']>>;
  /**
   * Link a pre-created account (no provider subject yet) by an e-mail address that the
   * provider does not mark `email_verified: true`, for providers that send no such claim
   * (Entra ID). Anyone able to set that address at the provider then takes the account, so
   * turn it on only for a provider that controls its addresses. An address marked
   * `email_verified: false` never links. Default: false (an update sets it afresh).
   */
  trustUnverifiedEmail?: Scalars['Boolean']['input'];
  /** The version being replaced; CONFLICT if the provider changed since. */
  version?: InputMaybe<Scalars['Int']['input']>;
};

/** Czas na odpowiedź — the municipality's response time. */
export type SetIntakeResponseRuleInput = {
  amount: Scalars['Int']['input'];
  unit: PeriodUnit;
  /** The rule's current version (0 while the default applies). */
  version: Scalars['Int']['input'];
};

/** Input of `setMyFormOfAddress`. */
export type SetMyFormOfAddressInput = {
  /** Pani or Pan; null takes it back. */
  formOfAddress?: InputMaybe<FormOfAddress>;
  /** The version of the viewer's own record; CONFLICT if it changed since. */
  version: Scalars['Int']['input'];
};

/** Input of `setUpDiagnosticGroup`: the members of the grupa diagnostyczno-pomocowa. */
export type SetUpDiagnosticGroupInput = {
  id: Scalars['ID']['input'];
  /** Team members; at least a social worker and a police officer. */
  memberIds: Array<Scalars['ID']['input']>;
  on?: InputMaybe<Scalars['Date']['input']>;
  version: Scalars['Int']['input'];
};

/** Płeć. */
export type Sex =
  /** Kobieta. */
  | 'FEMALE'
  /** Mężczyzna. */
  | 'MALE';

/** Etap procedury „Niebieskie Karty”. */
export type Status =
  /** Dołączona przez przewodniczącego do prowadzonej procedury (kolejny formularz NK-A). */
  | 'ATTACHED'
  /** Zakończona, monitorowanie po zakończeniu zakończone. */
  | 'CLOSED'
  /** Diagnoza: NK-C z osobą doznającą przemocy, NK-D z osobą stosującą przemoc. */
  | 'DIAGNOSIS'
  /** Grupa diagnostyczno-pomocowa powołana. */
  | 'GROUP_ASSIGNED'
  /** Monitorowanie realizacji planu pomocy. */
  | 'MONITORING'
  /** Wszczęta: formularz NK-A wypełniony. */
  | 'OPENED'
  /** Zakończona; monitorowanie po zakończeniu procedury. */
  | 'POST_CLOSURE_MONITORING'
  /** Przekazana przewodniczącemu zespołu interdyscyplinarnego. */
  | 'SENT_TO_CHAIR';

/** `HH:MM` to `HH:MM`, Warsaw time; closing after opening (`24:00` for midnight). */
export type TimeRangeInput = {
  closes: Scalars['String']['input'];
  opens: Scalars['String']['input'];
};

/** Input of `updateBlueCard`: corrections to form NK-A; omitted fields stay as they are. */
export type UpdateBlueCardInput = {
  actionsTaken?: InputMaybe<Array<ActionTaken>>;
  additionalInformation?: InputMaybe<Scalars['String']['input']>;
  childrenInHousehold?: InputMaybe<Scalars['Int']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  firearmAccess?: InputMaybe<Scalars['Boolean']['input']>;
  id: Scalars['ID']['input'];
  initiatorInstitution?: InputMaybe<InstitutionKind>;
  injuries?: InputMaybe<Scalars['String']['input']>;
  nkBHandedOver?: InputMaybe<Scalars['Boolean']['input']>;
  perpetratorUnderAlcohol?: InputMaybe<Scalars['Boolean']['input']>;
  perpetratorUnderDrugs?: InputMaybe<Scalars['Boolean']['input']>;
  version: Scalars['Int']['input'];
  victimFeelsSafe?: InputMaybe<Scalars['Boolean']['input']>;
  violenceForms?: InputMaybe<Array<ViolenceForm>>;
};

/** Input of `updateHelpPoint`: the point, the version it was read at, and its new details. */
export type UpdateHelpPointInput = {
  id: Scalars['ID']['input'];
  point: HelpPointInput;
  version: Scalars['Int']['input'];
};

/** Input of `updateMunicipality`: changes to a municipality; omitted fields stay as they are. */
export type UpdateMunicipalityInput = {
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  sharesStatistics?: InputMaybe<Scalars['Boolean']['input']>;
  /** The version the change is based on; a stale one answers CONFLICT. */
  version: Scalars['Int']['input'];
};

/**
 * Input of `updatePlanItem`: a point's progress or corrections; omitted fields stay as they
 * are.
 */
export type UpdatePlanItemInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  dueOn?: InputMaybe<Scalars['Date']['input']>;
  id: Scalars['ID']['input'];
  responsibleUserId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<PlanItemStatus>;
  version: Scalars['Int']['input'];
};

/** Input of `updateShelterPlaces`: the free places counted now. */
export type UpdateShelterPlacesInput = {
  freePlaces: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  /** Whether the public sees "places available: yes/no"; unchanged when left out. */
  shownToPublic?: InputMaybe<Scalars['Boolean']['input']>;
};

/**
 * Input of `updateTeamMember`: changes to a member; omitted fields stay as they are. A
 * `confidentialitySignedOn` records a statement signed anew (it replaces one withdrawn or
 * expired); the chair moves with `handOverTeamChair`.
 */
export type UpdateTeamMemberInput = {
  chair?: InputMaybe<Scalars['Boolean']['input']>;
  confidentialitySignedOn?: InputMaybe<Scalars['Date']['input']>;
  /** The last day the statement holds. */
  confidentialityValidUntil?: InputMaybe<Scalars['Date']['input']>;
  id: Scalars['ID']['input'];
  institution?: InputMaybe<InstitutionKind>;
  institutionName?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};

/** Input of `updateTenantSettings`: changes to the municipality's own settings. */
export type UpdateTenantSettingsInput = {
  auditRetentionDays?: InputMaybe<Scalars['Int']['input']>;
  /**
   * The version the change is based on (0 before the first change); a stale one answers
   * CONFLICT.
   */
  version: Scalars['Int']['input'];
};

/** Pilność zgłoszenia. */
export type Urgency =
  /** Bezpośrednie zagrożenie życia lub zdrowia. */
  | 'IMMEDIATE_DANGER'
  /** Zwykła. */
  | 'ROUTINE'
  /** Pilna. */
  | 'URGENT';

/** Input of `grantRole` and `revokeRole`: the user, the role and the user's version. */
export type UserRoleInput = {
  id: Scalars['ID']['input'];
  role: Role;
  version: Scalars['Int']['input'];
};

/** Input of `disableUser` and `enableUser`: the user and the user's version. */
export type UserVersionInput = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

/**
 * Rodzaj zalogowanego — who the viewer is: anonymous, a municipality's staff member, a
 * regional coordinator or a platform operator.
 */
export type ViewerKind =
  | 'ANONYMOUS'
  /** Koordynator regionalny. */
  | 'COORDINATOR'
  /** Operator platformy. */
  | 'OPERATOR'
  /** Pracownik gminy. */
  | 'STAFF';

/** Forma przemocy — section IV of form NK-A. */
export type ViolenceForm =
  /** Przemoc ekonomiczna. */
  | 'ECONOMIC'
  /** Przemoc za pomocą środków komunikacji elektronicznej. */
  | 'ELECTRONIC'
  /** Inna. */
  | 'OTHER'
  /** Przemoc fizyczna. */
  | 'PHYSICAL'
  /** Przemoc psychiczna. */
  | 'PSYCHOLOGICAL'
  /** Przemoc seksualna. */
  | 'SEXUAL';

/** Dzień tygodnia. */
export type Weekday =
  | 'FRIDAY'
  | 'MONDAY'
  | 'SATURDAY'
  | 'SUNDAY'
  | 'THURSDAY'
  | 'TUESDAY'
  | 'WEDNESDAY';

/** The ranges of one weekday; a day left out is closed. */
export type WeekdayHoursInput = {
  day: Weekday;
  ranges: Array<TimeRangeInput>;
};

/**
 * Input of `withdrawConfidentialityStatement`: the member, the version seen and the day of
 * withdrawal (today by default).
 */
export type WithdrawConfidentialityStatementInput = {
  id: Scalars['ID']['input'];
  on?: InputMaybe<Scalars['Date']['input']>;
  version: Scalars['Int']['input'];
};

/** Praca wykonana w sprawie — liczona w statystykach. */
export type WorkKind =
  /** Porada. */
  | 'CONSULTATION'
  /** Interwencja. */
  | 'INTERVENTION'
  /** Zorganizowana pomoc medyczna. */
  | 'MEDICAL_HELP'
  /** Umieszczenie w schronieniu (ośrodek wsparcia, hostel, SOW). */
  | 'SHELTER_PLACEMENT'
  /** Kontrakt socjalny. */
  | 'SOCIAL_CONTRACT';

/** Odmiana pracy: interwencja z policją lub bez, rodzaj porady. */
export type WorkVariant =
  /** Porada prawna. */
  | 'LEGAL'
  /** Porada pedagogiczna. */
  | 'PEDAGOGICAL'
  /** Porada psychologiczna. */
  | 'PSYCHOLOGICAL'
  /** Porada socjalna. */
  | 'SOCIAL'
  | 'WITHOUT_POLICE'
  | 'WITH_POLICE';

export type NavBarQueryVariables = Exact<{ [key: string]: never; }>;


export type NavBarQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', roles: Array<Role>, displayName?: string | null, user?: { __typename?: 'User', id: string, formOfAddress?: FormOfAddress | null } | null } };

export type AccountQueryVariables = Exact<{ [key: string]: never; }>;


export type AccountQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', roles: Array<Role>, displayName?: string | null, user?: { __typename?: 'User', id: string, login: string, displayName: string, formOfAddress?: FormOfAddress | null, version: number } | null } };

export type SetMyFormOfAddressMutationVariables = Exact<{
  input: SetMyFormOfAddressInput;
}>;


export type SetMyFormOfAddressMutation = { __typename?: 'Mutation', setMyFormOfAddress: { __typename?: 'UserPayload', user?: { __typename?: 'User', id: string, formOfAddress?: FormOfAddress | null, version: number } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, code: string }> } };

export type AdminPageQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminPageQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', roles: Array<Role>, user?: { __typename?: 'User', id: string } | null, municipality?: { __typename?: 'Municipality', name: string } | null } };

export type AdminAuditEventsQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type AdminAuditEventsQuery = { __typename?: 'Query', auditEvents: { __typename?: 'AuditEventConnection', pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'AuditEvent', id: string, occurredAt: string, actorKind: string, actorLogin: string, operation: string, objectIds: Array<string>, outcome: AuditOutcome, deniedIds: Array<string> }> } };

export type AdminDeadlinesQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminDeadlinesQuery = { __typename?: 'Query', blueCardDeadlineRules: Array<{ __typename?: 'DeadlineRule', kind: DeadlineRuleKind, amount: number, unit: PeriodUnit, statutory: boolean, version: number, statutoryAmount: number, statutoryUnit: PeriodUnit }>, intakeResponseRule: { __typename?: 'IntakeResponseRule', amount: number, unit: PeriodUnit, default: boolean, version: number, defaultAmount: number, defaultUnit: PeriodUnit } };

export type AdminSetDeadlineRuleMutationVariables = Exact<{
  input: SetDeadlineRuleInput;
}>;


export type AdminSetDeadlineRuleMutation = { __typename?: 'Mutation', setDeadlineRule: { __typename?: 'SetDeadlineRulePayload', rule?: { __typename?: 'DeadlineRule', kind: DeadlineRuleKind, amount: number, unit: PeriodUnit, statutory: boolean, version: number, statutoryAmount: number, statutoryUnit: PeriodUnit } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, code: string }> } };

export type AdminSetIntakeResponseRuleMutationVariables = Exact<{
  input: SetIntakeResponseRuleInput;
}>;


export type AdminSetIntakeResponseRuleMutation = { __typename?: 'Mutation', setIntakeResponseRule: { __typename?: 'IntakeResponseRulePayload', rule?: { __typename?: 'IntakeResponseRule', amount: number, unit: PeriodUnit, default: boolean, version: number, defaultAmount: number, defaultUnit: PeriodUnit } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, code: string }> } };

export type AdminIdentityProviderQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminIdentityProviderQuery = { __typename?: 'Query', identityProvider?: { __typename?: 'IdentityProvider', issuer: string, clientId: string, scopes: Array<string>, rolesClaim: string, allowedEmailDomains: Array<string>, audience: string, trustUnverifiedEmail: boolean, updatedAt: string, roleMapping: Array<{ __typename?: 'RoleMapping', value: string, role: Role }> } | null };

export type AdminSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminSettingsQuery = { __typename?: 'Query', tenantSettings: { __typename?: 'TenantSettings', auditRetentionDays: number, version: number } };

export type AdminUpdateSettingsMutationVariables = Exact<{
  input: UpdateTenantSettingsInput;
}>;


export type AdminUpdateSettingsMutation = { __typename?: 'Mutation', updateTenantSettings: { __typename?: 'UpdateTenantSettingsPayload', settings?: { __typename?: 'TenantSettings', auditRetentionDays: number, version: number } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, code: string }> } };

export type AdminUsersQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type AdminUsersQuery = { __typename?: 'Query', users: { __typename?: 'UserConnection', pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'User', id: string, login: string, displayName: string, email?: string | null, roles: Array<Role>, grantedRoles: Array<Role>, providerRoles: Array<Role>, disabled: boolean, signsInWithProvider: boolean, lastSignInAt?: string | null, version: number }> } };

export type AdminGrantRoleMutationVariables = Exact<{
  input: UserRoleInput;
}>;


export type AdminGrantRoleMutation = { __typename?: 'Mutation', grantRole: { __typename?: 'UserPayload', user?: { __typename?: 'User', id: string, version: number, roles: Array<Role>, grantedRoles: Array<Role>, disabled: boolean } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, code: string }> } };

export type AdminRevokeRoleMutationVariables = Exact<{
  input: UserRoleInput;
}>;


export type AdminRevokeRoleMutation = { __typename?: 'Mutation', revokeRole: { __typename?: 'UserPayload', user?: { __typename?: 'User', id: string, version: number, roles: Array<Role>, grantedRoles: Array<Role>, disabled: boolean } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, code: string }> } };

export type AdminDisableUserMutationVariables = Exact<{
  input: UserVersionInput;
}>;


export type AdminDisableUserMutation = { __typename?: 'Mutation', disableUser: { __typename?: 'UserPayload', user?: { __typename?: 'User', id: string, version: number, roles: Array<Role>, grantedRoles: Array<Role>, disabled: boolean } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, code: string }> } };

export type AdminEnableUserMutationVariables = Exact<{
  input: UserVersionInput;
}>;


export type AdminEnableUserMutation = { __typename?: 'Mutation', enableUser: { __typename?: 'UserPayload', user?: { __typename?: 'User', id: string, version: number, roles: Array<Role>, grantedRoles: Array<Role>, disabled: boolean } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, code: string }> } };

export type CardForwardMutationVariables = Exact<{
  input: BlueCardStepInput;
}>;


export type CardForwardMutation = { __typename?: 'Mutation', forwardBlueCardToChair: { __typename?: 'BlueCardPayload', blueCard?: { __typename?: 'BlueCard', id: string, version: number } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, code: string }> } };

export type CardStartMonitoringMutationVariables = Exact<{
  input: BlueCardStepInput;
}>;


export type CardStartMonitoringMutation = { __typename?: 'Mutation', startMonitoring: { __typename?: 'BlueCardPayload', blueCard?: { __typename?: 'BlueCard', id: string, version: number } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, code: string }> } };

export type CardReviewPlanMutationVariables = Exact<{
  input: BlueCardStepInput;
}>;


export type CardReviewPlanMutation = { __typename?: 'Mutation', reviewHelpPlan: { __typename?: 'BlueCardPayload', blueCard?: { __typename?: 'BlueCard', id: string, version: number } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, code: string }> } };

export type CardEndMonitoringMutationVariables = Exact<{
  input: BlueCardStepInput;
}>;


export type CardEndMonitoringMutation = { __typename?: 'Mutation', endPostClosureMonitoring: { __typename?: 'BlueCardPayload', blueCard?: { __typename?: 'BlueCard', id: string, version: number } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, code: string }> } };

export type CardSetUpGroupMutationVariables = Exact<{
  input: SetUpDiagnosticGroupInput;
}>;


export type CardSetUpGroupMutation = { __typename?: 'Mutation', setUpDiagnosticGroup: { __typename?: 'BlueCardPayload', blueCard?: { __typename?: 'BlueCard', id: string, version: number } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, code: string }> } };

export type CardVictimFormMutationVariables = Exact<{
  input: FillVictimFormInput;
}>;


export type CardVictimFormMutation = { __typename?: 'Mutation', fillVictimForm: { __typename?: 'BlueCardPayload', blueCard?: { __typename?: 'BlueCard', id: string, version: number } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, code: string }> } };

export type CardPerpetratorFormMutationVariables = Exact<{
  input: FillPerpetratorFormInput;
}>;


export type CardPerpetratorFormMutation = { __typename?: 'Mutation', fillPerpetratorForm: { __typename?: 'BlueCardPayload', blueCard?: { __typename?: 'BlueCard', id: string, version: number } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, code: string }> } };

export type CardCloseMutationVariables = Exact<{
  input: CloseBlueCardInput;
}>;


export type CardCloseMutation = { __typename?: 'Mutation', closeBlueCard: { __typename?: 'BlueCardPayload', blueCard?: { __typename?: 'BlueCard', id: string, version: number } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, code: string }> } };

export type CardRecordWorkMutationVariables = Exact<{
  input: RecordCaseWorkInput;
}>;


export type CardRecordWorkMutation = { __typename?: 'Mutation', recordCaseWork: { __typename?: 'RecordCaseWorkPayload', work?: { __typename?: 'WorkRecord', id: string } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, code: string }> } };

export type BlueCardPageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type BlueCardPageQuery = { __typename?: 'Query', node?: { __typename?: 'AuditEvent' } | { __typename?: 'BlueCard', id: string, number?: string | null, status: Status, version: number, initiatedOn: string, initiatorInstitution: InstitutionKind, initiatorName?: string | null, violenceForms: Array<ViolenceForm>, allowedSteps: Array<ProcedureStep>, mayAddPlanItems: boolean, mayRecordWork: boolean, details: { __typename?: 'NkADetails', injuries?: string | null, perpetratorUnderAlcohol: boolean, perpetratorUnderDrugs: boolean, firearmAccess: boolean, childrenInHousehold: number, actionsTaken: Array<ActionTaken>, nkBHandedOver: boolean, victimFeelsSafe?: boolean | null, description?: string | null, additionalInformation?: string | null }, matchProposals?: Array<{ __typename?: 'BlueCardMatch', decision: MatchDecision, basis: MatchBasis, kind: MatchKind, procedure?: { __typename?: 'BlueCard', id: string, version: number, number?: string | null, status: Status, initiatedOn: string, persons: Array<{ __typename?: 'BlueCardPerson', role: PersonRole, firstName: string, lastName: string }> } | null }> | null, persons: Array<{ __typename?: 'BlueCardPerson', id: string, role: PersonRole, firstName: string, lastName: string, pesel?: string | null, dateOfBirth: string, sex: Sex, minor: boolean, address?: string | null, phone?: string | null, notes?: string | null, diedOn?: string | null }>, earlierProcedures: Array<{ __typename?: 'EarlierProcedure', number?: string | null, status: Status, initiatedOn: string, closedOn?: string | null, closureGround?: ClosureGround | null, blueCard?: { __typename?: 'BlueCard', id: string } | null }>, personCorrections: Array<{ __typename?: 'PersonCorrection', personId: string, correctedAt: string, correctedByName?: string | null, changes: Array<{ __typename?: 'PersonFieldChange', field: PersonField, earlier?: string | null }> }>, forms: Array<{ __typename?: 'BlueCardForm', kind: FormKind, filledOn: string, filledByName?: string | null, personId?: string | null, diagnosis?: string | null, history?: string | null, nkA?: { __typename?: 'NkADetails', injuries?: string | null, perpetratorUnderAlcohol: boolean, perpetratorUnderDrugs: boolean, firearmAccess: boolean, childrenInHousehold: number, actionsTaken: Array<ActionTaken>, nkBHandedOver: boolean, victimFeelsSafe?: boolean | null, description?: string | null, additionalInformation?: string | null } | null }>, history: Array<{ __typename?: 'BlueCardStep', step: ProcedureStep, takenAt: string, takenByName?: string | null }>, deadlines: Array<{ __typename?: 'BlueCardDeadline', id: string, kind: DeadlineKind, dueOn: string, state: DeadlineState, metOn?: string | null, metLate: boolean }>, diagnosticGroup: Array<{ __typename?: 'DiagnosticGroupMember', teamMemberId: string, displayName?: string | null, institution: InstitutionKind }>, groupMeetings: Array<{ __typename?: 'GroupMeeting', heldOn: string, place?: string | null, metPersonIds: Array<string>, note?: string | null, recordedByName?: string | null, present: Array<{ __typename?: 'MeetingAttendee', teamMemberId: string, displayName?: string | null }> }>, helpPlan: Array<{ __typename?: 'PlanItem', id: string, version: number, description: string, dueOn?: string | null, status: PlanItemStatus, responsibleName?: string | null }>, actionPlan: Array<{ __typename?: 'PlanItem', id: string, version: number, description: string, dueOn?: string | null, status: PlanItemStatus, responsibleName?: string | null }>, work: Array<{ __typename?: 'WorkRecord', id: string, kind: WorkKind, variant?: WorkVariant | null, occurredOn: string, recordedByName?: string | null, note?: string | null }> } | { __typename?: 'Coordinator' } | { __typename?: 'HelpPoint' } | { __typename?: 'IntakeEntry' } | { __typename?: 'Municipality' } | { __typename?: 'Operator' } | { __typename?: 'Region' } | { __typename?: 'Team' } | { __typename?: 'TeamMeeting' } | { __typename?: 'TeamMember' } | { __typename?: 'User' } | null, viewer: { __typename?: 'Viewer', municipality?: { __typename?: 'Municipality', name: string } | null }, teams: Array<{ __typename?: 'Team', members: Array<{ __typename?: 'TeamMember', id: string, userId: string, displayName?: string | null, institution: InstitutionKind, confidentialitySignedOn?: string | null, confidentialityHolds: boolean }> }> };

export type CardRemoveGroupMemberMutationVariables = Exact<{
  input: RemoveDiagnosticGroupMemberInput;
}>;


export type CardRemoveGroupMemberMutation = { __typename?: 'Mutation', removeDiagnosticGroupMember: { __typename?: 'BlueCardPayload', blueCard?: { __typename?: 'BlueCard', id: string, version: number } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, code: string }> } };

export type CardAttachMutationVariables = Exact<{
  input: AttachBlueCardFilingInput;
}>;


export type CardAttachMutation = { __typename?: 'Mutation', attachBlueCardFiling: { __typename?: 'AttachBlueCardFilingPayload', filing?: { __typename?: 'BlueCard', id: string, version: number } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, code: string }> } };

export type CardKeepSeparateMutationVariables = Exact<{
  input: BlueCardStepInput;
}>;


export type CardKeepSeparateMutation = { __typename?: 'Mutation', keepBlueCardFilingSeparate: { __typename?: 'BlueCardPayload', blueCard?: { __typename?: 'BlueCard', id: string, version: number } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, code: string }> } };

export type CardLinkToEarlierMutationVariables = Exact<{
  input: LinkBlueCardToEarlierProcedureInput;
}>;


export type CardLinkToEarlierMutation = { __typename?: 'Mutation', linkBlueCardToEarlierProcedure: { __typename?: 'BlueCardPayload', blueCard?: { __typename?: 'BlueCard', id: string, version: number } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, code: string }> } };

export type CardGroupMeetingMutationVariables = Exact<{
  input: RecordGroupMeetingInput;
}>;


export type CardGroupMeetingMutation = { __typename?: 'Mutation', recordGroupMeeting: { __typename?: 'BlueCardPayload', blueCard?: { __typename?: 'BlueCard', id: string, version: number } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, code: string }> } };

export type CardUpdateBlueCardMutationVariables = Exact<{
  input: UpdateBlueCardInput;
}>;


export type CardUpdateBlueCardMutation = { __typename?: 'Mutation', updateBlueCard: { __typename?: 'BlueCardPayload', blueCard?: { __typename?: 'BlueCard', id: string, version: number } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, code: string }> } };

export type CardCorrectPersonMutationVariables = Exact<{
  input: CorrectBlueCardPersonInput;
}>;


export type CardCorrectPersonMutation = { __typename?: 'Mutation', correctBlueCardPerson: { __typename?: 'BlueCardPayload', blueCard?: { __typename?: 'BlueCard', id: string, version: number } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, code: string }> } };

export type CardUpdatePlanItemMutationVariables = Exact<{
  input: UpdatePlanItemInput;
}>;


export type CardUpdatePlanItemMutation = { __typename?: 'Mutation', updatePlanItem: { __typename?: 'PlanItemPayload', planItem?: { __typename?: 'PlanItem', id: string, version: number } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, code: string }> } };

export type CardAddPlanItemMutationVariables = Exact<{
  input: AddPlanItemInput;
}>;


export type CardAddPlanItemMutation = { __typename?: 'Mutation', addPlanItem: { __typename?: 'PlanItemPayload', planItem?: { __typename?: 'PlanItem', id: string } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, code: string }> } };

export type HelpRegionsQueryVariables = Exact<{ [key: string]: never; }>;


export type HelpRegionsQuery = { __typename?: 'Query', helpRegions: Array<{ __typename?: 'HelpRegion', slug: string, name: string, municipalities: Array<{ __typename?: 'HelpMunicipality', slug: string, name: string }> }> };

export type HelpPageQueryVariables = Exact<{
  municipality?: InputMaybe<Scalars['String']['input']>;
  region?: InputMaybe<Scalars['String']['input']>;
  service?: InputMaybe<HelpService>;
  openNow?: InputMaybe<Scalars['Boolean']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type HelpPageQuery = { __typename?: 'Query', helpRegions: Array<{ __typename?: 'HelpRegion', slug: string, name: string, municipalities: Array<{ __typename?: 'HelpMunicipality', slug: string, name: string }> }>, helpPoints: { __typename?: 'HelpPointConnection', edges: Array<{ __typename?: 'HelpPointEdge', node: { __typename?: 'HelpPoint', id: string, name: string, kind: HelpPointKind, national: boolean, description?: string | null, email?: string | null, web?: string | null, openNow: boolean, services: Array<HelpService>, languages: Array<string>, accessibility: Array<AccessibilityFeature>, placesAvailable?: boolean | null, address?: { __typename?: 'AddressObject', street: string, postalCode?: string | null, city: string } | null, phones: Array<{ __typename?: 'Phone', number: string, uri: string }>, hours: { __typename?: 'OpeningHoursObject', dayAndNight: boolean, openOnPublicHolidays: boolean, week: Array<{ __typename?: 'WeekdayHours', day: Weekday, ranges: Array<{ __typename?: 'TimeRangeObject', opens: string, closes: string }> }>, exceptions: Array<{ __typename?: 'DayExceptionObject', date: string, ranges: Array<{ __typename?: 'TimeRangeObject', opens: string, closes: string }> }> } } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type RecordIntakeMutationVariables = Exact<{
  input: RecordIntakeInput;
}>;


export type RecordIntakeMutation = { __typename?: 'Mutation', recordIntake: { __typename?: 'IntakeEntryPayload', intakeEntry?: { __typename?: 'IntakeEntry', id: string } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, code: string }> } };

export type IntakeListQueryVariables = Exact<{
  filter?: InputMaybe<IntakeEntryFilter>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type IntakeListQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', roles: Array<Role> }, intakeNotifications: { __typename?: 'IntakeNotificationConnection', nodes: Array<{ __typename?: 'IntakeNotification', id: string, kind: NotificationKind, dueOn: string, intakeEntryId: string, createdAt: string }> }, intakeEntries: { __typename?: 'IntakeEntryConnection', edges: Array<{ __typename?: 'IntakeEntryEdge', node: { __typename?: 'IntakeEntry', id: string, receivedAt: string, channel: IntakeChannel, kind: IntakeKind, urgency: Urgency, status: IntakeStatus, responseDeadline: { __typename?: 'IntakeResponseDeadline', dueOn: string, state: DeadlineState, metOn?: string | null, metLate: boolean } } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type IntakeEntryPageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type IntakeEntryPageQuery = { __typename?: 'Query', node?: { __typename?: 'AuditEvent' } | { __typename?: 'BlueCard' } | { __typename?: 'Coordinator' } | { __typename?: 'HelpPoint' } | { __typename?: 'IntakeEntry', id: string, receivedAt: string, channel: IntakeChannel, kind: IntakeKind, urgency: Urgency, status: IntakeStatus, takenById: string, anonymous: boolean, account: string, assigneeIds: Array<string>, blueCardId?: string | null, allowedSteps: Array<IntakeStep>, closedOn?: string | null, version: number, reporter?: { __typename?: 'IntakeReporter', name?: string | null, contact?: string | null } | null, persons: Array<{ __typename?: 'IntakePerson', role: PersonRole, firstName: string, lastName?: string | null, pesel?: string | null, dateOfBirth?: string | null, sex?: Sex | null, address?: string | null, phone?: string | null }>, actions: Array<{ __typename?: 'IntakeAction', kind: IntakeActionKind, on: string, helpPointId?: string | null, note?: string | null, recordedById: string }>, responseDeadline: { __typename?: 'IntakeResponseDeadline', dueOn: string, state: DeadlineState, metOn?: string | null, metLate: boolean } } | { __typename?: 'Municipality' } | { __typename?: 'Operator' } | { __typename?: 'Region' } | { __typename?: 'Team' } | { __typename?: 'TeamMeeting' } | { __typename?: 'TeamMember' } | { __typename?: 'User' } | null, viewer: { __typename?: 'Viewer', displayName?: string | null, user?: { __typename?: 'User', id: string } | null, municipality?: { __typename?: 'Municipality', slug: string } | null }, teams: Array<{ __typename?: 'Team', members: Array<{ __typename?: 'TeamMember', userId: string, displayName?: string | null }> }> };

export type IntakeHelpPointsQueryVariables = Exact<{
  municipality: Scalars['String']['input'];
}>;


export type IntakeHelpPointsQuery = { __typename?: 'Query', helpPoints: { __typename?: 'HelpPointConnection', nodes: Array<{ __typename?: 'HelpPoint', id: string, name: string, national: boolean }> } };

export type RespondToIntakeMutationVariables = Exact<{
  input: RespondToIntakeInput;
}>;


export type RespondToIntakeMutation = { __typename?: 'Mutation', respondToIntake: { __typename?: 'IntakeEntryPayload', intakeEntry?: { __typename?: 'IntakeEntry', id: string, version: number } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, code: string }> } };

export type AssignIntakeMutationVariables = Exact<{
  input: AssignIntakeInput;
}>;


export type AssignIntakeMutation = { __typename?: 'Mutation', assignIntake: { __typename?: 'IntakeEntryPayload', intakeEntry?: { __typename?: 'IntakeEntry', id: string, version: number } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, code: string }> } };

export type CloseIntakeMutationVariables = Exact<{
  input: CloseIntakeInput;
}>;


export type CloseIntakeMutation = { __typename?: 'Mutation', closeIntake: { __typename?: 'IntakeEntryPayload', intakeEntry?: { __typename?: 'IntakeEntry', id: string, version: number } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, code: string }> } };

export type LinkIntakeMutationVariables = Exact<{
  input: LinkIntakeToBlueCardInput;
}>;


export type LinkIntakeMutation = { __typename?: 'Mutation', linkIntakeToBlueCard: { __typename?: 'IntakeEntryPayload', intakeEntry?: { __typename?: 'IntakeEntry', id: string, version: number } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, code: string }> } };

export type LinkableCardsQueryVariables = Exact<{ [key: string]: never; }>;


export type LinkableCardsQuery = { __typename?: 'Query', blueCards: { __typename?: 'BlueCardConnection', edges: Array<{ __typename?: 'BlueCardEdge', node: { __typename?: 'BlueCard', id: string, initiatedOn: string, persons: Array<{ __typename?: 'BlueCardPerson', role: PersonRole, firstName: string, lastName: string }> } }> } };

export type ConvertIntakeToBlueCardMutationVariables = Exact<{
  input: ConvertIntakeToBlueCardInput;
}>;


export type ConvertIntakeToBlueCardMutation = { __typename?: 'Mutation', convertIntakeToBlueCard: { __typename?: 'BlueCardPrefillPayload', prefill?: { __typename?: 'BlueCardPrefill', initiatedOn: string, description: string, persons: Array<{ __typename?: 'BlueCardPrefillPerson', role: PersonRole, firstName: string, lastName?: string | null, pesel?: string | null, dateOfBirth?: string | null, sex?: Sex | null, address?: string | null, phone?: string | null }> } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, code: string }> } };

export type IntakeAlertsSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type IntakeAlertsSubscription = { __typename?: 'Subscription', intakeResponseDeadlines: { __typename?: 'IntakeNotification', id: string, kind: NotificationKind, dueOn: string, intakeEntryId: string, createdAt: string } };

export type OpenBlueCardMutationVariables = Exact<{
  input: OpenBlueCardInput;
}>;


export type OpenBlueCardMutation = { __typename?: 'Mutation', openBlueCard: { __typename?: 'OpenBlueCardPayload', blueCard?: { __typename?: 'BlueCard', id: string } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, code: string }> } };

export type LinkIntakeToBlueCardMutationVariables = Exact<{
  input: LinkIntakeToBlueCardInput;
}>;


export type LinkIntakeToBlueCardMutation = { __typename?: 'Mutation', linkIntakeToBlueCard: { __typename?: 'IntakeEntryPayload', intakeEntry?: { __typename?: 'IntakeEntry', id: string } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, code: string }> } };

export type PointFieldsFragment = { __typename?: 'HelpPoint', id: string, name: string, kind: HelpPointKind, description?: string | null, email?: string | null, web?: string | null, services: Array<HelpService>, languages: Array<string>, accessibility: Array<AccessibilityFeature>, published?: boolean | null, version?: number | null, updatedAt: string, address?: { __typename?: 'AddressObject', street: string, postalCode?: string | null, city: string } | null, position?: { __typename?: 'Position', latitude: number, longitude: number } | null, phones: Array<{ __typename?: 'Phone', number: string }>, hours: { __typename?: 'OpeningHoursObject', dayAndNight: boolean, openOnPublicHolidays: boolean, week: Array<{ __typename?: 'WeekdayHours', day: Weekday, ranges: Array<{ __typename?: 'TimeRangeObject', opens: string, closes: string }> }>, exceptions: Array<{ __typename?: 'DayExceptionObject', date: string, ranges: Array<{ __typename?: 'TimeRangeObject', opens: string, closes: string }> }> }, shelterPlaces?: { __typename?: 'ShelterPlacesObject', free: number, updatedAt: string, shownToPublic: boolean } | null };

export type PointFormQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PointFormQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', municipality?: { __typename?: 'Municipality', slug: string } | null }, node?: { __typename?: 'AuditEvent' } | { __typename?: 'BlueCard' } | { __typename?: 'Coordinator' } | { __typename?: 'HelpPoint', id: string, name: string, kind: HelpPointKind, description?: string | null, email?: string | null, web?: string | null, services: Array<HelpService>, languages: Array<string>, accessibility: Array<AccessibilityFeature>, published?: boolean | null, version?: number | null, updatedAt: string, address?: { __typename?: 'AddressObject', street: string, postalCode?: string | null, city: string } | null, position?: { __typename?: 'Position', latitude: number, longitude: number } | null, phones: Array<{ __typename?: 'Phone', number: string }>, hours: { __typename?: 'OpeningHoursObject', dayAndNight: boolean, openOnPublicHolidays: boolean, week: Array<{ __typename?: 'WeekdayHours', day: Weekday, ranges: Array<{ __typename?: 'TimeRangeObject', opens: string, closes: string }> }>, exceptions: Array<{ __typename?: 'DayExceptionObject', date: string, ranges: Array<{ __typename?: 'TimeRangeObject', opens: string, closes: string }> }> }, shelterPlaces?: { __typename?: 'ShelterPlacesObject', free: number, updatedAt: string, shownToPublic: boolean } | null } | { __typename?: 'IntakeEntry' } | { __typename?: 'Municipality' } | { __typename?: 'Operator' } | { __typename?: 'Region' } | { __typename?: 'Team' } | { __typename?: 'TeamMeeting' } | { __typename?: 'TeamMember' } | { __typename?: 'User' } | null };

export type CreateHelpPointMutationVariables = Exact<{
  input: HelpPointInput;
}>;


export type CreateHelpPointMutation = { __typename?: 'Mutation', createHelpPoint: { __typename?: 'HelpPointPayload', helpPoint?: { __typename?: 'HelpPoint', id: string, name: string, kind: HelpPointKind, description?: string | null, email?: string | null, web?: string | null, services: Array<HelpService>, languages: Array<string>, accessibility: Array<AccessibilityFeature>, published?: boolean | null, version?: number | null, updatedAt: string, address?: { __typename?: 'AddressObject', street: string, postalCode?: string | null, city: string } | null, position?: { __typename?: 'Position', latitude: number, longitude: number } | null, phones: Array<{ __typename?: 'Phone', number: string }>, hours: { __typename?: 'OpeningHoursObject', dayAndNight: boolean, openOnPublicHolidays: boolean, week: Array<{ __typename?: 'WeekdayHours', day: Weekday, ranges: Array<{ __typename?: 'TimeRangeObject', opens: string, closes: string }> }>, exceptions: Array<{ __typename?: 'DayExceptionObject', date: string, ranges: Array<{ __typename?: 'TimeRangeObject', opens: string, closes: string }> }> }, shelterPlaces?: { __typename?: 'ShelterPlacesObject', free: number, updatedAt: string, shownToPublic: boolean } | null } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, code: string }> } };

export type UpdateHelpPointMutationVariables = Exact<{
  input: UpdateHelpPointInput;
}>;


export type UpdateHelpPointMutation = { __typename?: 'Mutation', updateHelpPoint: { __typename?: 'HelpPointPayload', helpPoint?: { __typename?: 'HelpPoint', id: string, name: string, kind: HelpPointKind, description?: string | null, email?: string | null, web?: string | null, services: Array<HelpService>, languages: Array<string>, accessibility: Array<AccessibilityFeature>, published?: boolean | null, version?: number | null, updatedAt: string, address?: { __typename?: 'AddressObject', street: string, postalCode?: string | null, city: string } | null, position?: { __typename?: 'Position', latitude: number, longitude: number } | null, phones: Array<{ __typename?: 'Phone', number: string }>, hours: { __typename?: 'OpeningHoursObject', dayAndNight: boolean, openOnPublicHolidays: boolean, week: Array<{ __typename?: 'WeekdayHours', day: Weekday, ranges: Array<{ __typename?: 'TimeRangeObject', opens: string, closes: string }> }>, exceptions: Array<{ __typename?: 'DayExceptionObject', date: string, ranges: Array<{ __typename?: 'TimeRangeObject', opens: string, closes: string }> }> }, shelterPlaces?: { __typename?: 'ShelterPlacesObject', free: number, updatedAt: string, shownToPublic: boolean } | null } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, code: string }> } };

export type PublishHelpPointMutationVariables = Exact<{
  input: PublishHelpPointInput;
}>;


export type PublishHelpPointMutation = { __typename?: 'Mutation', publishHelpPoint: { __typename?: 'HelpPointPayload', helpPoint?: { __typename?: 'HelpPoint', id: string, name: string, kind: HelpPointKind, description?: string | null, email?: string | null, web?: string | null, services: Array<HelpService>, languages: Array<string>, accessibility: Array<AccessibilityFeature>, published?: boolean | null, version?: number | null, updatedAt: string, address?: { __typename?: 'AddressObject', street: string, postalCode?: string | null, city: string } | null, position?: { __typename?: 'Position', latitude: number, longitude: number } | null, phones: Array<{ __typename?: 'Phone', number: string }>, hours: { __typename?: 'OpeningHoursObject', dayAndNight: boolean, openOnPublicHolidays: boolean, week: Array<{ __typename?: 'WeekdayHours', day: Weekday, ranges: Array<{ __typename?: 'TimeRangeObject', opens: string, closes: string }> }>, exceptions: Array<{ __typename?: 'DayExceptionObject', date: string, ranges: Array<{ __typename?: 'TimeRangeObject', opens: string, closes: string }> }> }, shelterPlaces?: { __typename?: 'ShelterPlacesObject', free: number, updatedAt: string, shownToPublic: boolean } | null } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, code: string }> } };

export type PointShelterPlacesMutationVariables = Exact<{
  input: UpdateShelterPlacesInput;
}>;


export type PointShelterPlacesMutation = { __typename?: 'Mutation', updateShelterPlaces: { __typename?: 'HelpPointPayload', helpPoint?: { __typename?: 'HelpPoint', id: string, name: string, kind: HelpPointKind, description?: string | null, email?: string | null, web?: string | null, services: Array<HelpService>, languages: Array<string>, accessibility: Array<AccessibilityFeature>, published?: boolean | null, version?: number | null, updatedAt: string, address?: { __typename?: 'AddressObject', street: string, postalCode?: string | null, city: string } | null, position?: { __typename?: 'Position', latitude: number, longitude: number } | null, phones: Array<{ __typename?: 'Phone', number: string }>, hours: { __typename?: 'OpeningHoursObject', dayAndNight: boolean, openOnPublicHolidays: boolean, week: Array<{ __typename?: 'WeekdayHours', day: Weekday, ranges: Array<{ __typename?: 'TimeRangeObject', opens: string, closes: string }> }>, exceptions: Array<{ __typename?: 'DayExceptionObject', date: string, ranges: Array<{ __typename?: 'TimeRangeObject', opens: string, closes: string }> }> }, shelterPlaces?: { __typename?: 'ShelterPlacesObject', free: number, updatedAt: string, shownToPublic: boolean } | null } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, code: string }> } };

export type MyHelpPointsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyHelpPointsQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', municipality?: { __typename?: 'Municipality', name: string, slug: string } | null }, myHelpPoints: Array<{ __typename?: 'HelpPoint', id: string, name: string, kind: HelpPointKind, published?: boolean | null, updatedAt: string }> };

export type SheltersQueryVariables = Exact<{ [key: string]: never; }>;


export type SheltersQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', roles: Array<Role>, municipality?: { __typename?: 'Municipality', name: string } | null }, shelterPoints: Array<{ __typename?: 'HelpPoint', id: string, name: string, published?: boolean | null, shelterPlaces?: { __typename?: 'ShelterPlacesObject', free: number, updatedAt: string, shownToPublic: boolean } | null }> };

export type UpdateShelterPlacesMutationVariables = Exact<{
  input: UpdateShelterPlacesInput;
}>;


export type UpdateShelterPlacesMutation = { __typename?: 'Mutation', updateShelterPlaces: { __typename?: 'HelpPointPayload', helpPoint?: { __typename?: 'HelpPoint', id: string, shelterPlaces?: { __typename?: 'ShelterPlacesObject', free: number, updatedAt: string, shownToPublic: boolean } | null } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, message: string, code: string }> } };

export type SignInMunicipalitiesQueryVariables = Exact<{ [key: string]: never; }>;


export type SignInMunicipalitiesQuery = { __typename?: 'Query', signInMunicipalities: Array<{ __typename?: 'SignInMunicipality', slug: string, name: string }> };

export type TeamAttendanceQueryVariables = Exact<{
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
}>;


export type TeamAttendanceQuery = { __typename?: 'Query', teams: Array<{ __typename?: 'Team', id: string, attendanceReport: { __typename?: 'AttendanceReport', from: string, to: string, byMember: Array<{ __typename?: 'MemberAttendance', meetings: number, present: number, member: { __typename?: 'TeamMember', id: string, displayName?: string | null } }>, byInstitution: Array<{ __typename?: 'InstitutionAttendance', institution: InstitutionKind, meetings: number, present: number }> } }> };

export type ChairCasesQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  filter: BlueCardFilter;
}>;


export type ChairCasesQuery = { __typename?: 'Query', blueCards: { __typename?: 'BlueCardConnection', pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'BlueCardEdge', node: { __typename?: 'BlueCard', id: string, number?: string | null, status: Status, initiatedOn: string, persons: Array<{ __typename?: 'BlueCardPerson', id: string, role: PersonRole, firstName: string, lastName: string }>, deadlines: Array<{ __typename?: 'BlueCardDeadline', id: string, kind: DeadlineKind, dueOn: string, state: DeadlineState }> } }> } };

export type ChairCaseRowFragment = { __typename?: 'BlueCard', id: string, number?: string | null, status: Status, initiatedOn: string, persons: Array<{ __typename?: 'BlueCardPerson', id: string, role: PersonRole, firstName: string, lastName: string }>, deadlines: Array<{ __typename?: 'BlueCardDeadline', id: string, kind: DeadlineKind, dueOn: string, state: DeadlineState }> };

export type TeamRecordMeetingMutationVariables = Exact<{
  input: RecordTeamMeetingInput;
}>;


export type TeamRecordMeetingMutation = { __typename?: 'Mutation', recordTeamMeeting: { __typename?: 'RecordTeamMeetingPayload', meeting?: { __typename?: 'TeamMeeting', id: string, heldOn: string } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, code: string }> } };

export type TeamEndMembershipMutationVariables = Exact<{
  input: EndTeamMembershipInput;
}>;


export type TeamEndMembershipMutation = { __typename?: 'Mutation', endTeamMembership: { __typename?: 'TeamMemberPayload', member?: { __typename?: 'TeamMember', id: string } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, code: string }> } };

export type TeamWithdrawStatementMutationVariables = Exact<{
  input: WithdrawConfidentialityStatementInput;
}>;


export type TeamWithdrawStatementMutation = { __typename?: 'Mutation', withdrawConfidentialityStatement: { __typename?: 'TeamMemberPayload', member?: { __typename?: 'TeamMember', id: string } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, code: string }> } };

export type TeamSignStatementMutationVariables = Exact<{
  input: UpdateTeamMemberInput;
}>;


export type TeamSignStatementMutation = { __typename?: 'Mutation', updateTeamMember: { __typename?: 'TeamMemberPayload', member?: { __typename?: 'TeamMember', id: string } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, code: string }> } };

export type TeamHandOverChairMutationVariables = Exact<{
  input: HandOverTeamChairInput;
}>;


export type TeamHandOverChairMutation = { __typename?: 'Mutation', handOverTeamChair: { __typename?: 'TeamMemberPayload', member?: { __typename?: 'TeamMember', id: string } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, code: string }> } };

export type TeamPageQueryVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type TeamPageQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', roles: Array<Role>, user?: { __typename?: 'User', id: string } | null }, teams: Array<{ __typename?: 'Team', id: string, name: string, actNumber: string, actIssuedOn: string, lastMeetingOn?: string | null, warnings: Array<{ __typename?: 'UserError', code: string }>, chair?: { __typename?: 'TeamMember', id: string, userId: string } | null, members: Array<{ __typename?: 'TeamMember', id: string, userId: string, displayName?: string | null, formOfAddress?: FormOfAddress | null, institution: InstitutionKind, institutionName: string, chair: boolean, confidentialitySignedOn?: string | null, confidentialityWithdrawnOn?: string | null, confidentialityValidUntil?: string | null, confidentialityHolds: boolean, joinedOn: string, leftOn?: string | null, version: number }>, formerMembers: Array<{ __typename?: 'TeamMember', id: string, displayName?: string | null, institution: InstitutionKind, joinedOn: string, leftOn?: string | null, leftReason?: string | null }>, meetings: { __typename?: 'TeamMeetingConnection', nodes: Array<{ __typename?: 'TeamMeeting', id: string, heldOn: string, agenda?: string | null, minutes?: string | null, attendance: Array<{ __typename?: 'MeetingAttendance', present: boolean, member: { __typename?: 'TeamMember', id: string, displayName?: string | null } }> }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } }> };

export type DeadlineNotificationsQueryVariables = Exact<{ [key: string]: never; }>;


export type DeadlineNotificationsQuery = { __typename?: 'Query', deadlineNotifications: { __typename?: 'DeadlineNotificationConnection', edges: Array<{ __typename?: 'DeadlineNotificationEdge', node: { __typename?: 'DeadlineNotification', id: string, kind: NotificationKind, deadlineKind: DeadlineKind, dueOn: string, blueCardId: string, createdAt: string } }> } };

export type DeadlineAlertsSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type DeadlineAlertsSubscription = { __typename?: 'Subscription', blueCardDeadlines: { __typename?: 'DeadlineNotification', id: string, kind: NotificationKind, deadlineKind: DeadlineKind, dueOn: string, blueCardId: string, createdAt: string } };

export type WorkListQueryVariables = Exact<{
  filter?: InputMaybe<BlueCardFilter>;
  after?: InputMaybe<Scalars['String']['input']>;
  order: BlueCardOrder;
}>;


export type WorkListQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', displayName?: string | null, roles: Array<Role>, municipality?: { __typename?: 'Municipality', name: string } | null }, blueCards: { __typename?: 'BlueCardConnection', edges: Array<{ __typename?: 'BlueCardEdge', node: { __typename?: 'BlueCard', id: string, number?: string | null, status: Status, initiatedOn: string, persons: Array<{ __typename?: 'BlueCardPerson', id: string, role: PersonRole, firstName: string, lastName: string }>, deadlines: Array<{ __typename?: 'BlueCardDeadline', id: string, kind: DeadlineKind, dueOn: string, state: DeadlineState }> } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type WorkListTeamMembersQueryVariables = Exact<{ [key: string]: never; }>;


export type WorkListTeamMembersQuery = { __typename?: 'Query', teams: Array<{ __typename?: 'Team', id: string, members: Array<{ __typename?: 'TeamMember', id: string, displayName?: string | null }> }> };

export const PointFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PointFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HelpPoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}},{"kind":"Field","name":{"kind":"Name","value":"position"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}}]}},{"kind":"Field","name":{"kind":"Name","value":"phones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"web"}},{"kind":"Field","name":{"kind":"Name","value":"hours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dayAndNight"}},{"kind":"Field","name":{"kind":"Name","value":"openOnPublicHolidays"}},{"kind":"Field","name":{"kind":"Name","value":"week"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"ranges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opens"}},{"kind":"Field","name":{"kind":"Name","value":"closes"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"exceptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"ranges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opens"}},{"kind":"Field","name":{"kind":"Name","value":"closes"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"services"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"accessibility"}},{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"shelterPlaces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"free"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"shownToPublic"}}]}}]}}]} as unknown as DocumentNode<PointFieldsFragment, unknown>;
export const ChairCaseRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChairCaseRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BlueCard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"initiatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"persons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<ChairCaseRowFragment, unknown>;
export const NavBarDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NavBar"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"formOfAddress"}}]}}]}}]}}]} as unknown as DocumentNode<NavBarQuery, NavBarQueryVariables>;
export const AccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"formOfAddress"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<AccountQuery, AccountQueryVariables>;
export const SetMyFormOfAddressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetMyFormOfAddress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetMyFormOfAddressInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setMyFormOfAddress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"formOfAddress"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<SetMyFormOfAddressMutation, SetMyFormOfAddressMutationVariables>;
export const AdminPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminPage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AdminPageQuery, AdminPageQueryVariables>;
export const AdminAuditEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminAuditEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actorKind"}},{"kind":"Field","name":{"kind":"Name","value":"actorLogin"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"objectIds"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"deniedIds"}}]}}]}}]}}]} as unknown as DocumentNode<AdminAuditEventsQuery, AdminAuditEventsQueryVariables>;
export const AdminDeadlinesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminDeadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"blueCardDeadlineRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"statutory"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"statutoryAmount"}},{"kind":"Field","name":{"kind":"Name","value":"statutoryUnit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"intakeResponseRule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"default"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"defaultAmount"}},{"kind":"Field","name":{"kind":"Name","value":"defaultUnit"}}]}}]}}]} as unknown as DocumentNode<AdminDeadlinesQuery, AdminDeadlinesQueryVariables>;
export const AdminSetDeadlineRuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminSetDeadlineRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetDeadlineRuleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setDeadlineRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"statutory"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"statutoryAmount"}},{"kind":"Field","name":{"kind":"Name","value":"statutoryUnit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AdminSetDeadlineRuleMutation, AdminSetDeadlineRuleMutationVariables>;
export const AdminSetIntakeResponseRuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminSetIntakeResponseRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetIntakeResponseRuleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setIntakeResponseRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"default"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"defaultAmount"}},{"kind":"Field","name":{"kind":"Name","value":"defaultUnit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AdminSetIntakeResponseRuleMutation, AdminSetIntakeResponseRuleMutationVariables>;
export const AdminIdentityProviderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminIdentityProvider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identityProvider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"rolesClaim"}},{"kind":"Field","name":{"kind":"Name","value":"roleMapping"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allowedEmailDomains"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"trustUnverifiedEmail"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<AdminIdentityProviderQuery, AdminIdentityProviderQueryVariables>;
export const AdminSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenantSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditRetentionDays"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<AdminSettingsQuery, AdminSettingsQueryVariables>;
export const AdminUpdateSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminUpdateSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTenantSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTenantSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditRetentionDays"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AdminUpdateSettingsMutation, AdminUpdateSettingsMutationVariables>;
export const AdminUsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminUsers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"grantedRoles"}},{"kind":"Field","name":{"kind":"Name","value":"providerRoles"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"signsInWithProvider"}},{"kind":"Field","name":{"kind":"Name","value":"lastSignInAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<AdminUsersQuery, AdminUsersQueryVariables>;
export const AdminGrantRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminGrantRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UserRoleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grantRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"grantedRoles"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AdminGrantRoleMutation, AdminGrantRoleMutationVariables>;
export const AdminRevokeRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminRevokeRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UserRoleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"grantedRoles"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AdminRevokeRoleMutation, AdminRevokeRoleMutationVariables>;
export const AdminDisableUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminDisableUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UserVersionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disableUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"grantedRoles"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AdminDisableUserMutation, AdminDisableUserMutationVariables>;
export const AdminEnableUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminEnableUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UserVersionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enableUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"grantedRoles"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AdminEnableUserMutation, AdminEnableUserMutationVariables>;
export const CardForwardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CardForward"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BlueCardStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forwardBlueCardToChair"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"blueCard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CardForwardMutation, CardForwardMutationVariables>;
export const CardStartMonitoringDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CardStartMonitoring"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BlueCardStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startMonitoring"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"blueCard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CardStartMonitoringMutation, CardStartMonitoringMutationVariables>;
export const CardReviewPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CardReviewPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BlueCardStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewHelpPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"blueCard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CardReviewPlanMutation, CardReviewPlanMutationVariables>;
export const CardEndMonitoringDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CardEndMonitoring"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BlueCardStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endPostClosureMonitoring"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"blueCard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CardEndMonitoringMutation, CardEndMonitoringMutationVariables>;
export const CardSetUpGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CardSetUpGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetUpDiagnosticGroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setUpDiagnosticGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"blueCard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CardSetUpGroupMutation, CardSetUpGroupMutationVariables>;
export const CardVictimFormDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CardVictimForm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FillVictimFormInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fillVictimForm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"blueCard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CardVictimFormMutation, CardVictimFormMutationVariables>;
export const CardPerpetratorFormDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CardPerpetratorForm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FillPerpetratorFormInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fillPerpetratorForm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"blueCard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CardPerpetratorFormMutation, CardPerpetratorFormMutationVariables>;
export const CardCloseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CardClose"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloseBlueCardInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeBlueCard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"blueCard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CardCloseMutation, CardCloseMutationVariables>;
export const CardRecordWorkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CardRecordWork"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordCaseWorkInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordCaseWork"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"work"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CardRecordWorkMutation, CardRecordWorkMutationVariables>;
export const BlueCardPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BlueCardPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BlueCard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"initiatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"initiatorInstitution"}},{"kind":"Field","name":{"kind":"Name","value":"initiatorName"}},{"kind":"Field","name":{"kind":"Name","value":"violenceForms"}},{"kind":"Field","name":{"kind":"Name","value":"allowedSteps"}},{"kind":"Field","name":{"kind":"Name","value":"mayAddPlanItems"}},{"kind":"Field","name":{"kind":"Name","value":"mayRecordWork"}},{"kind":"Field","name":{"kind":"Name","value":"details"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"injuries"}},{"kind":"Field","name":{"kind":"Name","value":"perpetratorUnderAlcohol"}},{"kind":"Field","name":{"kind":"Name","value":"perpetratorUnderDrugs"}},{"kind":"Field","name":{"kind":"Name","value":"firearmAccess"}},{"kind":"Field","name":{"kind":"Name","value":"childrenInHousehold"}},{"kind":"Field","name":{"kind":"Name","value":"actionsTaken"}},{"kind":"Field","name":{"kind":"Name","value":"nkBHandedOver"}},{"kind":"Field","name":{"kind":"Name","value":"victimFeelsSafe"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"additionalInformation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"matchProposals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"procedure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"initiatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"persons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"persons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"pesel"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"minor"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"diedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"earlierProcedures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"initiatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"closureGround"}},{"kind":"Field","name":{"kind":"Name","value":"blueCard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"personCorrections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"correctedAt"}},{"kind":"Field","name":{"kind":"Name","value":"correctedByName"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"earlier"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"forms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"filledOn"}},{"kind":"Field","name":{"kind":"Name","value":"filledByName"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"diagnosis"}},{"kind":"Field","name":{"kind":"Name","value":"history"}},{"kind":"Field","name":{"kind":"Name","value":"nkA"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"injuries"}},{"kind":"Field","name":{"kind":"Name","value":"perpetratorUnderAlcohol"}},{"kind":"Field","name":{"kind":"Name","value":"perpetratorUnderDrugs"}},{"kind":"Field","name":{"kind":"Name","value":"firearmAccess"}},{"kind":"Field","name":{"kind":"Name","value":"childrenInHousehold"}},{"kind":"Field","name":{"kind":"Name","value":"actionsTaken"}},{"kind":"Field","name":{"kind":"Name","value":"nkBHandedOver"}},{"kind":"Field","name":{"kind":"Name","value":"victimFeelsSafe"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"additionalInformation"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"takenAt"}},{"kind":"Field","name":{"kind":"Name","value":"takenByName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"metOn"}},{"kind":"Field","name":{"kind":"Name","value":"metLate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"diagnosticGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teamMemberId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"institution"}}]}},{"kind":"Field","name":{"kind":"Name","value":"groupMeetings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"present"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teamMemberId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"metPersonIds"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"helpPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actionPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"work"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"variant"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"teams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"institution"}},{"kind":"Field","name":{"kind":"Name","value":"confidentialitySignedOn"}},{"kind":"Field","name":{"kind":"Name","value":"confidentialityHolds"}}]}}]}}]}}]} as unknown as DocumentNode<BlueCardPageQuery, BlueCardPageQueryVariables>;
export const CardRemoveGroupMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CardRemoveGroupMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveDiagnosticGroupMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeDiagnosticGroupMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"blueCard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CardRemoveGroupMemberMutation, CardRemoveGroupMemberMutationVariables>;
export const CardAttachDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CardAttach"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AttachBlueCardFilingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attachBlueCardFiling"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CardAttachMutation, CardAttachMutationVariables>;
export const CardKeepSeparateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CardKeepSeparate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BlueCardStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"keepBlueCardFilingSeparate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"blueCard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CardKeepSeparateMutation, CardKeepSeparateMutationVariables>;
export const CardLinkToEarlierDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CardLinkToEarlier"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LinkBlueCardToEarlierProcedureInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"linkBlueCardToEarlierProcedure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"blueCard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CardLinkToEarlierMutation, CardLinkToEarlierMutationVariables>;
export const CardGroupMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CardGroupMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordGroupMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordGroupMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"blueCard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CardGroupMeetingMutation, CardGroupMeetingMutationVariables>;
export const CardUpdateBlueCardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CardUpdateBlueCard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateBlueCardInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateBlueCard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"blueCard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CardUpdateBlueCardMutation, CardUpdateBlueCardMutationVariables>;
export const CardCorrectPersonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CardCorrectPerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CorrectBlueCardPersonInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"correctBlueCardPerson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"blueCard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CardCorrectPersonMutation, CardCorrectPersonMutationVariables>;
export const CardUpdatePlanItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CardUpdatePlanItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePlanItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePlanItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CardUpdatePlanItemMutation, CardUpdatePlanItemMutationVariables>;
export const CardAddPlanItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CardAddPlanItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddPlanItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addPlanItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CardAddPlanItemMutation, CardAddPlanItemMutationVariables>;
export const HelpRegionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HelpRegions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"helpRegions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"municipalities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<HelpRegionsQuery, HelpRegionsQueryVariables>;
export const HelpPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HelpPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"municipality"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"region"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"service"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"HelpService"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"openNow"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"helpRegions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"municipalities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"helpPoints"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"municipality"},"value":{"kind":"Variable","name":{"kind":"Name","value":"municipality"}}},{"kind":"Argument","name":{"kind":"Name","value":"region"},"value":{"kind":"Variable","name":{"kind":"Name","value":"region"}}},{"kind":"Argument","name":{"kind":"Name","value":"service"},"value":{"kind":"Variable","name":{"kind":"Name","value":"service"}}},{"kind":"Argument","name":{"kind":"Name","value":"openNow"},"value":{"kind":"Variable","name":{"kind":"Name","value":"openNow"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"national"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}},{"kind":"Field","name":{"kind":"Name","value":"phones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"uri"}}]}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"web"}},{"kind":"Field","name":{"kind":"Name","value":"hours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dayAndNight"}},{"kind":"Field","name":{"kind":"Name","value":"week"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"ranges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opens"}},{"kind":"Field","name":{"kind":"Name","value":"closes"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"exceptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"ranges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opens"}},{"kind":"Field","name":{"kind":"Name","value":"closes"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"openOnPublicHolidays"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openNow"}},{"kind":"Field","name":{"kind":"Name","value":"services"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"accessibility"}},{"kind":"Field","name":{"kind":"Name","value":"placesAvailable"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<HelpPageQuery, HelpPageQueryVariables>;
export const RecordIntakeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordIntake"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordIntakeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordIntake"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"intakeEntry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<RecordIntakeMutation, RecordIntakeMutationVariables>;
export const IntakeListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IntakeList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"IntakeEntryFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}},{"kind":"Field","name":{"kind":"Name","value":"intakeNotifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"intakeEntryId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"intakeEntries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"responseDeadline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"metOn"}},{"kind":"Field","name":{"kind":"Name","value":"metLate"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<IntakeListQuery, IntakeListQueryVariables>;
export const IntakeEntryPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IntakeEntryPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IntakeEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"takenById"}},{"kind":"Field","name":{"kind":"Name","value":"anonymous"}},{"kind":"Field","name":{"kind":"Name","value":"reporter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contact"}}]}},{"kind":"Field","name":{"kind":"Name","value":"account"}},{"kind":"Field","name":{"kind":"Name","value":"persons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"pesel"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assigneeIds"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"on"}},{"kind":"Field","name":{"kind":"Name","value":"helpPointId"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"recordedById"}}]}},{"kind":"Field","name":{"kind":"Name","value":"responseDeadline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"metOn"}},{"kind":"Field","name":{"kind":"Name","value":"metLate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"blueCardId"}},{"kind":"Field","name":{"kind":"Name","value":"allowedSteps"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"teams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<IntakeEntryPageQuery, IntakeEntryPageQueryVariables>;
export const IntakeHelpPointsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IntakeHelpPoints"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"municipality"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"helpPoints"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"municipality"},"value":{"kind":"Variable","name":{"kind":"Name","value":"municipality"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"national"}}]}}]}}]}}]} as unknown as DocumentNode<IntakeHelpPointsQuery, IntakeHelpPointsQueryVariables>;
export const RespondToIntakeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RespondToIntake"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RespondToIntakeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"respondToIntake"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"intakeEntry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<RespondToIntakeMutation, RespondToIntakeMutationVariables>;
export const AssignIntakeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignIntake"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignIntakeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignIntake"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"intakeEntry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AssignIntakeMutation, AssignIntakeMutationVariables>;
export const CloseIntakeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseIntake"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloseIntakeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeIntake"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"intakeEntry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CloseIntakeMutation, CloseIntakeMutationVariables>;
export const LinkIntakeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LinkIntake"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LinkIntakeToBlueCardInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"linkIntakeToBlueCard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"intakeEntry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<LinkIntakeMutation, LinkIntakeMutationVariables>;
export const LinkableCardsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LinkableCards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"blueCards"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"initiatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"persons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<LinkableCardsQuery, LinkableCardsQueryVariables>;
export const ConvertIntakeToBlueCardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConvertIntakeToBlueCard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConvertIntakeToBlueCardInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"convertIntakeToBlueCard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"prefill"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"initiatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"persons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"pesel"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ConvertIntakeToBlueCardMutation, ConvertIntakeToBlueCardMutationVariables>;
export const IntakeAlertsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"IntakeAlerts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"intakeResponseDeadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"intakeEntryId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<IntakeAlertsSubscription, IntakeAlertsSubscriptionVariables>;
export const OpenBlueCardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenBlueCard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpenBlueCardInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openBlueCard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"blueCard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<OpenBlueCardMutation, OpenBlueCardMutationVariables>;
export const LinkIntakeToBlueCardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LinkIntakeToBlueCard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LinkIntakeToBlueCardInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"linkIntakeToBlueCard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"intakeEntry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<LinkIntakeToBlueCardMutation, LinkIntakeToBlueCardMutationVariables>;
export const PointFormDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PointForm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HelpPoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PointFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PointFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HelpPoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}},{"kind":"Field","name":{"kind":"Name","value":"position"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}}]}},{"kind":"Field","name":{"kind":"Name","value":"phones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"web"}},{"kind":"Field","name":{"kind":"Name","value":"hours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dayAndNight"}},{"kind":"Field","name":{"kind":"Name","value":"openOnPublicHolidays"}},{"kind":"Field","name":{"kind":"Name","value":"week"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"ranges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opens"}},{"kind":"Field","name":{"kind":"Name","value":"closes"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"exceptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"ranges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opens"}},{"kind":"Field","name":{"kind":"Name","value":"closes"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"services"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"accessibility"}},{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"shelterPlaces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"free"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"shownToPublic"}}]}}]}}]} as unknown as DocumentNode<PointFormQuery, PointFormQueryVariables>;
export const CreateHelpPointDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateHelpPoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HelpPointInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createHelpPoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"helpPoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PointFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PointFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HelpPoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}},{"kind":"Field","name":{"kind":"Name","value":"position"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}}]}},{"kind":"Field","name":{"kind":"Name","value":"phones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"web"}},{"kind":"Field","name":{"kind":"Name","value":"hours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dayAndNight"}},{"kind":"Field","name":{"kind":"Name","value":"openOnPublicHolidays"}},{"kind":"Field","name":{"kind":"Name","value":"week"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"ranges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opens"}},{"kind":"Field","name":{"kind":"Name","value":"closes"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"exceptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"ranges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opens"}},{"kind":"Field","name":{"kind":"Name","value":"closes"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"services"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"accessibility"}},{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"shelterPlaces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"free"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"shownToPublic"}}]}}]}}]} as unknown as DocumentNode<CreateHelpPointMutation, CreateHelpPointMutationVariables>;
export const UpdateHelpPointDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateHelpPoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateHelpPointInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateHelpPoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"helpPoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PointFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PointFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HelpPoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}},{"kind":"Field","name":{"kind":"Name","value":"position"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}}]}},{"kind":"Field","name":{"kind":"Name","value":"phones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"web"}},{"kind":"Field","name":{"kind":"Name","value":"hours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dayAndNight"}},{"kind":"Field","name":{"kind":"Name","value":"openOnPublicHolidays"}},{"kind":"Field","name":{"kind":"Name","value":"week"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"ranges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opens"}},{"kind":"Field","name":{"kind":"Name","value":"closes"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"exceptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"ranges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opens"}},{"kind":"Field","name":{"kind":"Name","value":"closes"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"services"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"accessibility"}},{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"shelterPlaces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"free"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"shownToPublic"}}]}}]}}]} as unknown as DocumentNode<UpdateHelpPointMutation, UpdateHelpPointMutationVariables>;
export const PublishHelpPointDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishHelpPoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PublishHelpPointInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishHelpPoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"helpPoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PointFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PointFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HelpPoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}},{"kind":"Field","name":{"kind":"Name","value":"position"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}}]}},{"kind":"Field","name":{"kind":"Name","value":"phones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"web"}},{"kind":"Field","name":{"kind":"Name","value":"hours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dayAndNight"}},{"kind":"Field","name":{"kind":"Name","value":"openOnPublicHolidays"}},{"kind":"Field","name":{"kind":"Name","value":"week"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"ranges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opens"}},{"kind":"Field","name":{"kind":"Name","value":"closes"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"exceptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"ranges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opens"}},{"kind":"Field","name":{"kind":"Name","value":"closes"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"services"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"accessibility"}},{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"shelterPlaces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"free"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"shownToPublic"}}]}}]}}]} as unknown as DocumentNode<PublishHelpPointMutation, PublishHelpPointMutationVariables>;
export const PointShelterPlacesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PointShelterPlaces"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateShelterPlacesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateShelterPlaces"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"helpPoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PointFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PointFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HelpPoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}},{"kind":"Field","name":{"kind":"Name","value":"position"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}}]}},{"kind":"Field","name":{"kind":"Name","value":"phones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"web"}},{"kind":"Field","name":{"kind":"Name","value":"hours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dayAndNight"}},{"kind":"Field","name":{"kind":"Name","value":"openOnPublicHolidays"}},{"kind":"Field","name":{"kind":"Name","value":"week"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"ranges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opens"}},{"kind":"Field","name":{"kind":"Name","value":"closes"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"exceptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"ranges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opens"}},{"kind":"Field","name":{"kind":"Name","value":"closes"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"services"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"accessibility"}},{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"shelterPlaces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"free"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"shownToPublic"}}]}}]}}]} as unknown as DocumentNode<PointShelterPlacesMutation, PointShelterPlacesMutationVariables>;
export const MyHelpPointsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyHelpPoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"myHelpPoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<MyHelpPointsQuery, MyHelpPointsQueryVariables>;
export const SheltersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Shelters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"shelterPoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"shelterPlaces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"free"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"shownToPublic"}}]}}]}}]}}]} as unknown as DocumentNode<SheltersQuery, SheltersQueryVariables>;
export const UpdateShelterPlacesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateShelterPlaces"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateShelterPlacesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateShelterPlaces"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"helpPoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shelterPlaces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"free"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"shownToPublic"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateShelterPlacesMutation, UpdateShelterPlacesMutationVariables>;
export const SignInMunicipalitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SignInMunicipalities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signInMunicipalities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SignInMunicipalitiesQuery, SignInMunicipalitiesQueryVariables>;
export const TeamAttendanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TeamAttendance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"attendanceReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"byMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meetings"}},{"kind":"Field","name":{"kind":"Name","value":"present"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byInstitution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institution"}},{"kind":"Field","name":{"kind":"Name","value":"meetings"}},{"kind":"Field","name":{"kind":"Name","value":"present"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TeamAttendanceQuery, TeamAttendanceQueryVariables>;
export const ChairCasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChairCases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BlueCardFilter"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"blueCards"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChairCaseRow"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChairCaseRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BlueCard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"initiatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"persons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<ChairCasesQuery, ChairCasesQueryVariables>;
export const TeamRecordMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TeamRecordMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordTeamMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordTeamMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<TeamRecordMeetingMutation, TeamRecordMeetingMutationVariables>;
export const TeamEndMembershipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TeamEndMembership"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EndTeamMembershipInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endTeamMembership"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<TeamEndMembershipMutation, TeamEndMembershipMutationVariables>;
export const TeamWithdrawStatementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TeamWithdrawStatement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WithdrawConfidentialityStatementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawConfidentialityStatement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<TeamWithdrawStatementMutation, TeamWithdrawStatementMutationVariables>;
export const TeamSignStatementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TeamSignStatement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTeamMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTeamMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<TeamSignStatementMutation, TeamSignStatementMutationVariables>;
export const TeamHandOverChairDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TeamHandOverChair"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HandOverTeamChairInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handOverTeamChair"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<TeamHandOverChairMutation, TeamHandOverChairMutationVariables>;
export const TeamPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TeamPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"teams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"actNumber"}},{"kind":"Field","name":{"kind":"Name","value":"actIssuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"lastMeetingOn"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"chair"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"formOfAddress"}},{"kind":"Field","name":{"kind":"Name","value":"institution"}},{"kind":"Field","name":{"kind":"Name","value":"institutionName"}},{"kind":"Field","name":{"kind":"Name","value":"chair"}},{"kind":"Field","name":{"kind":"Name","value":"confidentialitySignedOn"}},{"kind":"Field","name":{"kind":"Name","value":"confidentialityWithdrawnOn"}},{"kind":"Field","name":{"kind":"Name","value":"confidentialityValidUntil"}},{"kind":"Field","name":{"kind":"Name","value":"confidentialityHolds"}},{"kind":"Field","name":{"kind":"Name","value":"joinedOn"}},{"kind":"Field","name":{"kind":"Name","value":"leftOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"formerMembers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"institution"}},{"kind":"Field","name":{"kind":"Name","value":"joinedOn"}},{"kind":"Field","name":{"kind":"Name","value":"leftOn"}},{"kind":"Field","name":{"kind":"Name","value":"leftReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meetings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"agenda"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"present"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TeamPageQuery, TeamPageQueryVariables>;
export const DeadlineNotificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeadlineNotifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deadlineNotifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineKind"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"blueCardId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DeadlineNotificationsQuery, DeadlineNotificationsQueryVariables>;
export const DeadlineAlertsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"DeadlineAlerts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"blueCardDeadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineKind"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"blueCardId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<DeadlineAlertsSubscription, DeadlineAlertsSubscriptionVariables>;
export const WorkListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"BlueCardFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"order"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BlueCardOrder"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"blueCards"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"order"},"value":{"kind":"Variable","name":{"kind":"Name","value":"order"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"initiatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"persons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<WorkListQuery, WorkListQueryVariables>;
export const WorkListTeamMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkListTeamMembers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<WorkListTeamMembersQuery, WorkListTeamMembersQueryVariables>;