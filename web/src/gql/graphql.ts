/* eslint-disable */
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

/** Nowa instytucja w rejestrze. */
export type AddChildProtectionInstitutionInput = {
  institution: ChildProtectionInstitutionInput;
};

/** Nowe wspólne działanie. */
export type AddCoalitionActionInput = {
  action: CoalitionActionInput;
  coalitionId: Scalars['ID']['input'];
};

/** Nowe spotkanie. */
export type AddCoalitionMeetingInput = {
  coalitionId: Scalars['ID']['input'];
  meeting: CoalitionMeetingInput;
};

/** Nowa instytucja członkowska. */
export type AddCoalitionMemberInput = {
  coalitionId: Scalars['ID']['input'];
  member: CoalitionMemberInput;
};

/** Nowe wydarzenie. */
export type AddMunicipalEventInput = {
  event: MunicipalEventInput;
};

/** Nowe działanie w ramach celu. */
export type AddMunicipalProgrammeActionInput = {
  goalId: Scalars['ID']['input'];
  title: Scalars['String']['input'];
};

/** Nowy cel programu. */
export type AddMunicipalProgrammeGoalInput = {
  programmeId: Scalars['ID']['input'];
  title: Scalars['String']['input'];
};

/**
 * Nowy wskaźnik: computed from a statistic (`computedFrom`) or entered by hand with its
 * `source`, one of the two; a unit and at least one target.
 */
export type AddMunicipalProgrammeIndicatorInput = {
  baseline?: InputMaybe<Scalars['Float']['input']>;
  computedFrom?: InputMaybe<MunicipalProgrammeStatisticInput>;
  /** The goal it measures; the whole programme when left out. */
  goalId?: InputMaybe<Scalars['ID']['input']>;
  name: Scalars['String']['input'];
  programmeId: Scalars['ID']['input'];
  source?: InputMaybe<Scalars['String']['input']>;
  targets: Array<MunicipalProgrammeTargetInput>;
  unit: Scalars['String']['input'];
};

/** Nowe zadanie w ramach działania. */
export type AddMunicipalProgrammeTaskInput = {
  actionId: Scalars['ID']['input'];
  task: MunicipalProgrammeTaskInput;
};

/**
 * Input of `addOutsideGroupMember`: a professional from outside the team who joins the card's
 * diagnostic group, with the confidentiality statement they signed for this case.
 */
export type AddOutsideGroupMemberInput = {
  id: Scalars['ID']['input'];
  institution: InstitutionKind;
  /** Imię i nazwisko, at most 200 characters. */
  name: Scalars['String']['input'];
  /** The day they join (today if omitted); not before the group was set up. */
  on?: InputMaybe<Scalars['Date']['input']>;
  /** The body they come from, e.g. "Szkoła Podstawowa nr 3 w Żorach". */
  organisation: Scalars['String']['input'];
  /** Stanowisko, e.g. "pedagog szkolny". */
  position?: InputMaybe<Scalars['String']['input']>;
  /**
   * The day they signed the confidentiality statement for this case: on or before the day
   * they join (`STATEMENT_AFTER_JOINING`).
   */
  statementSignedOn: Scalars['Date']['input'];
  version: Scalars['Int']['input'];
};

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

/** Uzależnienie. */
export type Addiction =
  /** Od alkoholu. */
  | 'ALCOHOL'
  /** Od hazardu lub inne uzależnienie behawioralne. */
  | 'BEHAVIOURAL'
  /** Od środków odurzających lub substancji psychotropowych. */
  | 'DRUGS'
  /** Od leków. */
  | 'MEDICINES'
  /** Inne. */
  | 'OTHER';

/** Adres. */
export type AddressInput = {
  city: Scalars['String']['input'];
  postalCode?: InputMaybe<Scalars['String']['input']>;
  street: Scalars['String']['input'];
};

/** Przyjęcie z listy oczekujących, at the enrolment's `version`. */
export type AdmitFromWaitingListInput = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
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

/** Stan przekazania procedury zespołowi innej gminy. */
export type CaseTransferState =
  /** Przyjęte przez przewodniczącego: procedura jest przenoszona. */
  | 'ACCEPTED'
  /** Gmina przyjmująca się zgodziła: czeka na przewodniczącego jej zespołu. */
  | 'AGREED'
  /** Gmina przekazująca się zgodziła: czeka na zgodę administratora gminy przyjmującej. */
  | 'APPROVED'
  /** Przeniesione: procedura toczy się w gminie przyjmującej. */
  | 'COMPLETED'
  /** Gmina przyjmująca (jej administrator lub przewodniczący) nie przyjęła. */
  | 'DECLINED'
  /** Nieaktualne: procedura w gminie przekazującej zakończyła się, zanim ją przejęto. */
  | 'LAPSED'
  /**
   * Zaproponowane przez przewodniczącego: czeka na zgodę administratora gminy
   * przekazującej.
   */
  | 'PROPOSED'
  /** Administrator gminy przekazującej się nie zgodził. */
  | 'REFUSED'
  /** Wycofane przez gminę przekazującą, zanim je przyjęto. */
  | 'WITHDRAWN';

/** Zapis w historii standardów. */
export type ChildProtectionEvent =
  /** Przyjęcie standardów. */
  | 'ADOPTED'
  /** Przegląd standardów. */
  | 'REVIEWED';

/** Instytucja: its name, kind and the person responsible for its standards. */
export type ChildProtectionInstitutionInput = {
  kind: ChildProtectionInstitutionKind;
  name: Scalars['String']['input'];
  responsiblePerson: Scalars['String']['input'];
};

/** Rodzaj instytucji pracującej z dziećmi. */
export type ChildProtectionInstitutionKind =
  /** Placówka opiekuńczo-wychowawcza. */
  | 'CARE'
  /** Instytucja kultury. */
  | 'CULTURE'
  /** Podmiot leczniczy. */
  | 'HEALTH'
  /** Przedszkole. */
  | 'KINDERGARTEN'
  /** Organizacja pozarządowa. */
  | 'NGO'
  /** Żłobek lub klub dziecięcy. */
  | 'NURSERY'
  /** Inna instytucja. */
  | 'OTHER'
  /** Szkoła. */
  | 'SCHOOL'
  /** Klub lub organizacja sportowa. */
  | 'SPORT';

/** Stan standardów ochrony małoletnich w instytucji na dany dzień. */
export type ChildProtectionState =
  /** Standardy przyjęte, przegląd w terminie. */
  | 'CURRENT'
  /** Standardów nie przyjęto. */
  | 'NOT_ADOPTED'
  /** Termin przeglądu minął. */
  | 'REVIEW_OVERDUE';

/** Input of `closeBlueCard`: zakończenie procedury on one of its two legal grounds. */
export type CloseBlueCardInput = {
  /**
   * The written basis of the decision that action is unfounded: required on that ground,
   * refused on the other.
   */
  basis?: InputMaybe<Scalars['String']['input']>;
  ground: ClosureGround;
  id: Scalars['ID']['input'];
  on?: InputMaybe<Scalars['Date']['input']>;
  /**
   * The group's report to the team's chair on the results of its work (art. 9b ust. 8):
   * required.
   */
  resultReport?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};

/** Zakończenie pracy z rodziną. */
export type CloseFamilyFileInput = {
  /** Today unless given. */
  closedOn?: InputMaybe<Scalars['Date']['input']>;
  id: Scalars['ID']['input'];
  reason: FileClosure;
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

/** Wspólne działanie. */
export type CoalitionActionInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  /** Not before `startsOn`. */
  endsOn?: InputMaybe<Scalars['Date']['input']>;
  /** The member institution that leads it. */
  leadMemberId?: InputMaybe<Scalars['ID']['input']>;
  startsOn: Scalars['Date']['input'];
  status: CoalitionActionStatus;
  title: Scalars['String']['input'];
};

/** Stan wspólnego działania koalicji. */
export type CoalitionActionStatus =
  /** Odwołane. */
  | 'CANCELLED'
  /** Zrealizowane. */
  | 'DONE'
  /** W realizacji. */
  | 'IN_PROGRESS'
  /** Zaplanowane. */
  | 'PLANNED';

/** Koalicja: its name, area and description. */
export type CoalitionInput = {
  /** A district of a city, several municipalities of a county… */
  area: Scalars['String']['input'];
  description?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
};

/** Spotkanie koalicji. */
export type CoalitionMeetingInput = {
  agenda: Scalars['String']['input'];
  heldOn: Scalars['Date']['input'];
  /** Protokół. Never the data of people in a procedure: the coalition is shared. */
  minutes?: InputMaybe<Scalars['String']['input']>;
  /** Counted once held (0 to 10 000). */
  participants?: InputMaybe<Scalars['Int']['input']>;
  place: Scalars['String']['input'];
};

/** Instytucja członkowska z osobą do kontaktu. */
export type CoalitionMemberInput = {
  contactPerson?: InputMaybe<Scalars['String']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  institution: Scalars['String']['input'];
  joinedOn: Scalars['Date']['input'];
  kind: CoalitionMemberKind;
  /** When it left; not before `joinedOn`. */
  leftOn?: InputMaybe<Scalars['Date']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
};

/** Rodzaj instytucji członkowskiej koalicji. */
export type CoalitionMemberKind =
  /** Gminna komisja rozwiązywania problemów alkoholowych. */
  | 'ALCOHOL_COMMISSION'
  /** Kościół lub związek wyznaniowy. */
  | 'CHURCH'
  /** Oświata. */
  | 'EDUCATION'
  /** Ochrona zdrowia. */
  | 'HEALTH'
  /** Sąd lub prokuratura. */
  | 'JUSTICE'
  /** Samorząd. */
  | 'LOCAL_GOVERNMENT'
  /** Organizacja pozarządowa. */
  | 'NGO'
  /** Inna. */
  | 'OTHER'
  /** Policja. */
  | 'POLICE'
  /** Kuratorska służba sądowa. */
  | 'PROBATION'
  /** Pomoc społeczna. */
  | 'SOCIAL_WELFARE';

/** Udział gminy w koalicji. */
export type CoalitionStanding =
  /** Zaproszona — sees the coalition and its parties, not its records. */
  | 'INVITED'
  /** Przystąpiła — with its administrator's consent. */
  | 'JOINED'
  /** Wystąpiła (or declined the invitation, or was offboarded). */
  | 'LEFT';

/** W czyjej obecności grupa wysłuchała małoletniego. */
export type CompanionRelation =
  /** Pełnoletnia osoba najbliższa (art. 115 § 11 kk). */
  | 'CLOSEST_PERSON'
  /** Opiekun prawny. */
  | 'GUARDIAN'
  /** Rodzic. */
  | 'PARENT';

/** Ukończenie programu, at the enrolment's `version`. */
export type CompleteProgrammeInput = {
  id: Scalars['ID']['input'];
  /** The day it was completed; today when left out. */
  on?: InputMaybe<Scalars['Date']['input']>;
  version: Scalars['Int']['input'];
};

/** Zawarcie kontraktu socjalnego z rodziną. */
export type ConcludeSocialContractInput = {
  endsOn: Scalars['Date']['input'];
  /** Zobowiązania rodziny (osoby). */
  familyObligations: Scalars['String']['input'];
  fileId: Scalars['ID']['input'];
  /** Cele kontraktu. */
  goals: Scalars['String']['input'];
  /** The day the contract's progress is to be reviewed, within its period. */
  reviewOn?: InputMaybe<Scalars['Date']['input']>;
  /** Today unless given. */
  signedOn?: InputMaybe<Scalars['Date']['input']>;
  /** Zobowiązania ośrodka pomocy społecznej. */
  workerObligations?: InputMaybe<Scalars['String']['input']>;
};

/** Rozliczenie kontraktu socjalnego. */
export type ContractOutcome =
  /** Kontrakt zrealizowany. */
  | 'FULFILLED'
  /** Kontrakt niezrealizowany. */
  | 'NOT_FULFILLED'
  /** Kontrakt zrealizowany częściowo. */
  | 'PARTLY_FULFILLED'
  /** Kontrakt rozwiązany przed terminem. */
  | 'TERMINATED';

/** Wpis do przeniesienia na formularz NK-A. */
export type ConvertIntakeToBlueCardInput = {
  id: Scalars['ID']['input'];
};

/**
 * Input of `correctBlueCardPerson`: the person's data as it should now be, every field (an
 * empty or omitted optional field is cleared), with the card's `version`.
 */
export type CorrectBlueCardPersonInput = {
  addictions?: Array<Addiction>;
  address?: InputMaybe<Scalars['String']['input']>;
  /** Required when there is no PESEL. */
  dateOfBirth?: InputMaybe<Scalars['Date']['input']>;
  diedOn?: InputMaybe<Scalars['Date']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  firstName: Scalars['String']['input'];
  /** Stan zdrowia, as the group needs it; at most 2,000 characters. */
  health?: InputMaybe<Scalars['String']['input']>;
  /** The person (`BlueCardPerson.id`). */
  id: Scalars['ID']['input'];
  lastName: Scalars['String']['input'];
  /** Whether they live in the same household as the person experiencing violence. */
  livesWithVictim?: InputMaybe<Scalars['Boolean']['input']>;
  notes?: InputMaybe<Scalars['String']['input']>;
  /** 11 digits with a valid checksum, agreeing with the date of birth and sex. */
  pesel?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  /** Who the person is to the person experiencing violence. */
  relationToVictim?: InputMaybe<Relation>;
  /** A child's school (or nursery) and class (`NOT_A_MINOR` for an adult). */
  school?: InputMaybe<Scalars['String']['input']>;
  /** Required when there is no PESEL. */
  sex?: InputMaybe<Sex>;
  /** The card's version, as read. */
  version: Scalars['Int']['input'];
};

/** Nowa kampania. */
export type CreateMunicipalCampaignInput = {
  campaign: MunicipalCampaignInput;
};

/** Nowy gminny program. */
export type CreateMunicipalProgrammeInput = {
  firstYear: Scalars['Int']['input'];
  lastYear: Scalars['Int']['input'];
  resolutionDate: Scalars['Date']['input'];
  /** The council's resolution adopting it, e.g. `XLII/512/2022`. */
  resolutionNumber: Scalars['String']['input'];
  title: Scalars['String']['input'];
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

/** Nowa edycja programu. */
export type CreateProgrammeEditionInput = {
  /** Participants at once, 1–100; more wait on the waiting list. */
  capacity: Scalars['Int']['input'];
  endsOn: Scalars['Date']['input'];
  place: Scalars['String']['input'];
  programmeId: Scalars['ID']['input'];
  staff: Array<EditionStaffInput>;
  startsOn: Scalars['Date']['input'];
};

/** Nowy program. */
export type CreateProgrammeInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  /** The help point of the directory where it is run. */
  helpPointId?: InputMaybe<Scalars['ID']['input']>;
  name: Scalars['String']['input'];
  /** The institution that runs it. */
  provider: Scalars['String']['input'];
  /** …and/or this many hours, 1–500: at least one of the two, and each one set must be met. */
  requiredHours?: InputMaybe<Scalars['Int']['input']>;
  /** Completed after attending (present) this many sessions, 1–500… */
  requiredSessions?: InputMaybe<Scalars['Int']['input']>;
  /**
   * The other municipalities of the region it is run for (their slugs), e.g. a county's
   * programme; at most 30.
   */
  servedMunicipalities?: Array<Scalars['String']['input']>;
  type: ProgrammeType;
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
 * Input of `decideCaseTransfer`: the hand-over, its version, and whether the one it waits for
 * agrees.
 */
export type DecideCaseTransferInput = {
  agree: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

/** Stan zależności — a dependency as the server answering sees it now. */
export type DependencyState =
  /** No Redis configured: one process, its own bus. */
  | 'NOT_CONFIGURED'
  | 'OK'
  | 'TIMED_OUT'
  | 'UNREACHABLE';

/** Przerwanie udziału. */
export type DropOutOfProgrammeInput = {
  id: Scalars['ID']['input'];
  on?: InputMaybe<Scalars['Date']['input']>;
  reason: DropOutReason;
  version: Scalars['Int']['input'];
};

/** Powód przerwania udziału. */
export type DropOutReason =
  /** Nieobecności. */
  | 'ABSENCES'
  /** Naruszenie zasad programu. */
  | 'BROKE_RULES'
  /** Zmiana miejsca zamieszkania. */
  | 'MOVED'
  /** Inny powód. */
  | 'OTHER'
  /** Rezygnacja uczestnika. */
  | 'RESIGNED';

/** Ktoś, kto prowadzi edycję, z kwalifikacjami. */
export type EditionStaffInput = {
  /** E.g. the KE standard's training and experience. */
  qualifications: Scalars['String']['input'];
  userId: Scalars['ID']['input'];
};

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

/** Zapis do programu ze skierowania w planie działań (NK-D). */
export type EnrolFromReferralInput = {
  /** The day the person consented to take part. */
  consentOn?: InputMaybe<Scalars['Date']['input']>;
  editionId: Scalars['ID']['input'];
  /** The card's perpetrator to enrol. */
  personId: Scalars['ID']['input'];
  /** The programme referral item of the card's action plan. */
  planItemId: Scalars['ID']['input'];
};

/** Zapis na edycję programu. */
export type EnrolInProgrammeInput = {
  basis: EnrolmentBasis;
  /** The day the person consented; required unless a court ordered the participation. */
  consentOn?: InputMaybe<Scalars['Date']['input']>;
  editionId: Scalars['ID']['input'];
  participant: ProgrammeParticipantInput;
};

/** Podstawa udziału — why the person takes part. */
export type EnrolmentBasis =
  /** Zobowiązanie przez sąd. */
  | 'COURT_ORDER'
  /** Z własnej woli. */
  | 'OWN_WILL'
  /** Skierowanie (np. z planu działań grupy diagnostyczno-pomocowej). */
  | 'REFERRAL';

/** Stan udziału w programie. */
export type EnrolmentStatus =
  /** Ukończył program. */
  | 'COMPLETED'
  /** Przerwał udział. */
  | 'DROPPED_OUT'
  /** Uczestniczy. */
  | 'ENROLLED'
  /** Nieprzyjęty: edycja zakończyła się, zanim zwolniło się miejsce. */
  | 'NOT_ADMITTED'
  /** Na liście oczekujących (edycja pełna). */
  | 'WAITING';

/** Krok w udziale osoby — what may be done with an enrolment. */
export type EnrolmentStep =
  /** Przyjęcie z listy oczekujących. */
  | 'ADMIT'
  /** Ukończenie programu. */
  | 'COMPLETE'
  /** Przerwanie udziału. */
  | 'DROP_OUT';

/** A file format of an export. */
export type ExportFormat =
  /** UTF-8 with a byte-order mark, `;`-separated. */
  | 'CSV'
  /** An Excel workbook. */
  | 'XLSX';

/** Osoba w rodzinie. */
export type FamilyMemberInput = {
  bornOn?: InputMaybe<Scalars['Date']['input']>;
  firstName: Scalars['String']['input'];
  lastName: Scalars['String']['input'];
  relation?: InputMaybe<Scalars['String']['input']>;
};

/** Powód zakończenia pracy z rodziną. */
export type FileClosure =
  /** Cele pracy z rodziną osiągnięte. */
  | 'GOALS_ACHIEVED'
  /** Rodzina wyprowadziła się z gminy. */
  | 'MOVED_AWAY'
  /** Rodzina nie współpracuje. */
  | 'NO_COOPERATION'
  /** Inny powód. */
  | 'OTHER';

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
  /** With a minor: the adult who was with them (`MINOR_UNACCOMPANIED` otherwise). */
  companions?: Array<MinorCompanionInput>;
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
  /**
   * Zakończenie procedury: sprawozdanie grupy z wyników pracy dla przewodniczącego i, przy
   * braku zasadności, rozstrzygnięcie z uzasadnieniem.
   */
  | 'CLOSURE'
  /** Zawiadomienie sądu rodzinnego o małoletnim podejrzanym o stosowanie przemocy. */
  | 'FAMILY_COURT_NOTICE'
  /** NK-A wszczynający procedurę. */
  | 'NK_A'
  /** Kolejny NK-A w toczącej się procedurze. */
  | 'NK_A_SUBSEQUENT'
  /** NK-C: diagnoza i plan pomocy z osobą doznającą przemocy. */
  | 'NK_C'
  /** NK-D: diagnoza i plan działań z osobą stosującą przemoc. */
  | 'NK_D'
  /** Zawiadomienie nieobecnej osoby stosującej przemoc o wszczęciu procedury. */
  | 'PERPETRATOR_NOTICE';

/**
 * Forma zwracania się — how a staff member is addressed, so that their role is named in
 * the right grammatical gender ("przewodnicząca zespołu", "przewodniczący zespołu").
 */
export type FormOfAddress =
  /** Pani. */
  | 'FEMININE'
  /** Pan. */
  | 'MASCULINE';

/** Nowa koalicja. */
export type FoundCoalitionInput = {
  coalition: CoalitionInput;
};

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

/** Zaproszenie gminy do koalicji. */
export type InviteToCoalitionInput = {
  coalitionId: Scalars['ID']['input'];
  /** The invited municipality's slug: another active municipality of the reader's region. */
  municipality: Scalars['String']['input'];
};

/** Przystąpienie do koalicji, by the administrator's consent. */
export type JoinCoalitionInput = {
  coalitionId: Scalars['ID']['input'];
};

/** Wystąpienie z koalicji (or declining its invitation), by the administrator's decision. */
export type LeaveCoalitionInput = {
  coalitionId: Scalars['ID']['input'];
};

/** Input of `linkBlueCardToEarlierProcedure`. */
export type LinkBlueCardToEarlierProcedureInput = {
  /** The form's own card (status `SENT_TO_CHAIR`), with a repeat proposed. */
  id: Scalars['ID']['input'];
  /** The earlier procedure, in post-closure monitoring or closed. */
  procedureId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

/** Powiązanie wspólnego działania z zadaniem programu gminy czytającego. */
export type LinkCoalitionActionToTaskInput = {
  actionId: Scalars['ID']['input'];
  /** A task of the reader's municipality's programme (a `MunicipalProgrammeTask`). */
  taskId: Scalars['ID']['input'];
};

/** Powiązanie teczki z Niebieską Kartą założoną dla rodziny. */
export type LinkFamilyFileToBlueCardInput = {
  blueCardId: Scalars['ID']['input'];
  fileId: Scalars['ID']['input'];
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

/**
 * The adult with a minor the group heard: a parent or guardian who is not the perpetrator, or
 * an adult closest person; either a person of the card (`personId`) or someone named (`name`).
 */
export type MinorCompanionInput = {
  /** The minor met (`BlueCardPerson`). */
  minorId: Scalars['ID']['input'];
  /** Someone from outside the card, by name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** An adult of the card who is not a perpetrator. */
  personId?: InputMaybe<Scalars['ID']['input']>;
  relation: CompanionRelation;
};

/** Kampania: its title, days and description. */
export type MunicipalCampaignInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  endsOn: Scalars['Date']['input'];
  startsOn: Scalars['Date']['input'];
  title: Scalars['String']['input'];
};

/** Wydarzenie: what, when, where, for whom, and whether the public calendar shows it. */
export type MunicipalEventInput = {
  audience: Scalars['String']['input'];
  /** The campaign it belongs to; its days must hold the event's. */
  campaignId?: InputMaybe<Scalars['ID']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  endsAt: Scalars['DateTime']['input'];
  kind: MunicipalEventKind;
  /** Counted once it has begun (0 to 100 000). */
  participants?: InputMaybe<Scalars['Int']['input']>;
  place: Scalars['String']['input'];
  published: Scalars['Boolean']['input'];
  startsAt: Scalars['DateTime']['input'];
  title: Scalars['String']['input'];
};

/** Rodzaj wydarzenia. */
export type MunicipalEventKind =
  /** Akcja kampanii. */
  | 'CAMPAIGN'
  /** Konferencja. */
  | 'CONFERENCE'
  /** Spotkanie. */
  | 'MEETING'
  /** Inne wydarzenie. */
  | 'OTHER'
  /** Szkolenie. */
  | 'TRAINING'
  /** Warsztaty. */
  | 'WORKSHOP';

/** Format sprawozdania. */
export type MunicipalProgrammeReportFormat =
  /** A document to print and sign (PDF). */
  | 'PDF'
  /** An Excel workbook: the tasks and the indicators, one sheet each. */
  | 'XLSX';

/** Skąd liczyć wskaźnik: a statistic Ostoja counts, all of it or one value of a dimension. */
export type MunicipalProgrammeStatisticInput = {
  dimension?: InputMaybe<Scalars['String']['input']>;
  /** The statistic's key, as `municipalityStatistics` names it (`blue_cards_opened`). */
  statistic: Scalars['String']['input'];
  value?: InputMaybe<Scalars['String']['input']>;
};

/** Wartość docelowa na rok. */
export type MunicipalProgrammeTargetInput = {
  value: Scalars['Float']['input'];
  year: Scalars['Int']['input'];
};

/** Treść zadania — what a task is, who does it, when, for how much and how far it got. */
export type MunicipalProgrammeTaskInput = {
  endsOn: Scalars['Date']['input'];
  /** The institutions working with it. */
  partners?: InputMaybe<Scalars['String']['input']>;
  /** In złoty: `12 345,67`, `12345.67`. */
  plannedBudget?: InputMaybe<Scalars['String']['input']>;
  /** The institution responsible for it. */
  responsible: Scalars['String']['input'];
  /** Spent so far, as `plannedBudget`. */
  spentBudget?: InputMaybe<Scalars['String']['input']>;
  startsOn: Scalars['Date']['input'];
  /** Required: a change never resets how far a task got. */
  status: MunicipalTaskStatus;
  title: Scalars['String']['input'];
};

/** Stan realizacji zadania. */
export type MunicipalTaskStatus =
  /** Zrealizowane. */
  | 'DONE'
  /** W realizacji. */
  | 'IN_PROGRESS'
  /** Niezrealizowane. */
  | 'NOT_DONE'
  /** Zaplanowane. */
  | 'PLANNED';

/** Input of `disableMunicipality` and `enableMunicipality`: the municipality's ID. */
export type MunicipalityIdInput = {
  id: Scalars['ID']['input'];
};

/** Sposób doręczenia zawiadomienia. */
export type NoticeDelivery =
  /** Osobiście, za potwierdzeniem odbioru. */
  | 'IN_PERSON'
  /** W inny sposób, opisany w uwagach. */
  | 'OTHER'
  /** Listem poleconym za potwierdzeniem odbioru. */
  | 'REGISTERED_LETTER'
  /** Za pośrednictwem policji. */
  | 'THROUGH_POLICE';

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
  /**
   * Whom NK-B was handed to, by place in `persons` (from 0): required when it was; the
   * victim, or for a child a parent or guardian who does not use violence (`NK_B_TO_MINOR`,
   * `NK_B_TO_PERPETRATOR`).
   */
  nkBRecipient?: InputMaybe<Scalars['Int']['input']>;
  /**
   * Klucz wysłania: a UUID the client makes once for this form. Sending the form again
   * with the same key (after an answer was lost) returns the card the first sending opened
   * instead of opening a second one. Another person's key finds nothing.
   */
  openingKey?: InputMaybe<Scalars['String']['input']>;
  perpetratorUnderAlcohol?: Scalars['Boolean']['input'];
  perpetratorUnderDrugs?: Scalars['Boolean']['input'];
  persons: Array<PersonInput>;
  /**
   * Formularz z papieru: the NK-A was filled on paper by someone of another body (a police
   * officer, a teacher) and is registered here by the municipality's staff. Without it, the
   * form is the filer's own and `initiatorInstitution` must be the body they represent on the
   * team (NOT_YOUR_BODY otherwise).
   */
  registeredFromPaper?: InputMaybe<PaperInitiatorInput>;
  victimFeelsSafe?: InputMaybe<Scalars['Boolean']['input']>;
  violenceForms: Array<ViolenceForm>;
};

/** Założenie teczki rodziny. */
export type OpenFamilyFileInput = {
  address?: InputMaybe<Scalars['String']['input']>;
  members: Array<FamilyMemberInput>;
  name: Scalars['String']['input'];
  /** The day the work with the family started; today unless given. */
  openedOn?: InputMaybe<Scalars['Date']['input']>;
  /**
   * The colleagues working with the family besides its opener (social workers, the team's
   * members, not the administrator), at most 20.
   */
  workerIds?: Array<Scalars['ID']['input']>;
};

/** The person who filled a paper NK-A. */
export type PaperInitiatorInput = {
  /** Nazwa podmiotu, e.g. "Komenda Miejska Policji w Żorach". */
  entity: Scalars['String']['input'];
  /** Imię i nazwisko osoby wszczynającej procedurę. */
  name: Scalars['String']['input'];
  /** Stanowisko lub stopień. */
  position?: InputMaybe<Scalars['String']['input']>;
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
  | 'ADDICTIONS'
  | 'ADDRESS'
  | 'DATE_OF_BIRTH'
  | 'DIED_ON'
  | 'EMAIL'
  | 'FIRST_NAME'
  | 'HEALTH'
  | 'LAST_NAME'
  | 'LIVES_WITH_VICTIM'
  | 'NOTES'
  | 'PESEL'
  | 'PHONE'
  | 'RELATION_TO_VICTIM'
  | 'SCHOOL'
  | 'SEX';

/**
 * Osoba w formularzu NK-A — a person named on the form: one experiencing domestic violence
 * or one using it.
 */
export type PersonInput = {
  addictions?: Array<Addiction>;
  address?: InputMaybe<Scalars['String']['input']>;
  /** Required when there is no PESEL. */
  dateOfBirth?: InputMaybe<Scalars['Date']['input']>;
  diedOn?: InputMaybe<Scalars['Date']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  firstName: Scalars['String']['input'];
  /** Stan zdrowia, as the group needs it; at most 2,000 characters. */
  health?: InputMaybe<Scalars['String']['input']>;
  lastName: Scalars['String']['input'];
  /** Whether they live in the same household as the person experiencing violence. */
  livesWithVictim?: InputMaybe<Scalars['Boolean']['input']>;
  notes?: InputMaybe<Scalars['String']['input']>;
  /** 11 digits with a valid checksum, agreeing with the date of birth and sex. */
  pesel?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  /** Who the person is to the person experiencing violence. */
  relationToVictim?: InputMaybe<Relation>;
  role: PersonRole;
  /** A child's school (or nursery) and class (`NOT_A_MINOR` for an adult). */
  school?: InputMaybe<Scalars['String']['input']>;
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

/** Obecność na zajęciach. */
export type Presence =
  /** Nieobecny. */
  | 'ABSENT'
  /** Nieobecność usprawiedliwiona. */
  | 'EXCUSED'
  /** Obecny. */
  | 'PRESENT';

/** Krok procedury — one entry of a card's history. */
export type ProcedureStep =
  /** Dołączona do prowadzonej procedury (the filing's side). */
  | 'ATTACHED'
  /** Procedura zakończona; monitorowanie po zakończeniu. */
  | 'CLOSED'
  /** Sąd rodzinny zawiadomiony o małoletnim podejrzanym o stosowanie przemocy (zamiast NK-D). */
  | 'FAMILY_COURT_NOTIFIED'
  /** Pierwsze posiedzenie grupy: diagnoza się zaczyna. */
  | 'FIRST_GROUP_MEETING'
  /** Skład grupy zmieniony. */
  | 'GROUP_CHANGED'
  /** Kolejne posiedzenie grupy. */
  | 'GROUP_MEETING'
  /** Grupa diagnostyczno-pomocowa powołana. */
  | 'GROUP_SET_UP'
  /**
   * Procedura przekazana zespołowi innej gminy, albo przejęta od niego (recorded on both
   * cards when the receiving chair accepts).
   */
  | 'HANDED_OVER'
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
  /** Nieobecna osoba stosująca przemoc zawiadomiona o wszczęciu procedury. */
  | 'PERPETRATOR_NOTIFIED'
  /** Dane osoby poprawione (RODO art. 16); the earlier values stay in its history. */
  | 'PERSON_CORRECTED'
  /** Pozycja dodana do planu pomocy lub planu działań (recorded when it is added). */
  | 'PLAN_ITEM_ADDED'
  /** Pozycja planu zmieniona (recorded when it changes). */
  | 'PLAN_ITEM_CHANGED'
  /** Przekazana przewodniczącemu. */
  | 'SENT_TO_CHAIR'
  /** Kolejny formularz NK-A dołączony (the procedure's side). */
  | 'SUBSEQUENT_NK_A'
  /** Treść NK-A poprawiona. */
  | 'UPDATED'
  /** Formularz NK-C z osobą doznającą przemocy (plan pomocy). */
  | 'VICTIM_FORM';

/** Obecność jednego uczestnika. */
export type ProgrammeAttendanceInput = {
  enrolmentId: Scalars['ID']['input'];
  presence: Presence;
};

/** Dokument udziału w programie — which document of an enrolment. */
export type ProgrammeDocument =
  /** Zaświadczenie o ukończeniu programu. */
  | 'CERTIFICATE'
  /** Informacja dla zespołu interdyscyplinarnego o ukończeniu programu lub przerwaniu udziału. */
  | 'NOTICE';

/** Program dla osób stosujących przemoc. */
export type ProgrammeKind =
  /** Program korekcyjno-edukacyjny. */
  | 'CORRECTIVE_EDUCATIONAL'
  /** Program psychologiczno-terapeutyczny. */
  | 'PSYCHOLOGICAL_THERAPEUTIC';

/** Uczestnik — who the person is. */
export type ProgrammeParticipantInput = {
  dateOfBirth?: InputMaybe<Scalars['Date']['input']>;
  firstName: Scalars['String']['input'];
  lastName: Scalars['String']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
};

/** Rodzaj programu. */
export type ProgrammeType =
  /** Program korekcyjno-edukacyjny dla osób stosujących przemoc domową (KE). */
  | 'CORRECTIVE_EDUCATIONAL'
  /** Inny program. */
  | 'OTHER'
  /** Program rodzicielski lub profilaktyczny. */
  | 'PARENTING_PREVENTION'
  /** Program psychologiczno-terapeutyczny dla osób stosujących przemoc domową (PT). */
  | 'PSYCHOLOGICAL_THERAPEUTIC'
  /** Grupa wsparcia dla osób doznających przemocy domowej. */
  | 'VICTIMS_SUPPORT_GROUP';

/**
 * Input of `proposeCaseTransfer`: the card, its version, and the municipality (its
 * identifier on Ostoja, e.g. `czestochowa`) whose team takes the procedure over.
 */
export type ProposeCaseTransferInput = {
  id: Scalars['ID']['input'];
  municipality: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};

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

/**
 * Przyjęcie albo przegląd standardów, at the institution's version: the day (not in the
 * future) and the next review planned (two years on when left out; at most two years on).
 */
export type RecordChildProtectionStandardsInput = {
  event: ChildProtectionEvent;
  institutionId: Scalars['ID']['input'];
  nextReviewOn?: InputMaybe<Scalars['Date']['input']>;
  on: Scalars['Date']['input'];
  version: Scalars['Int']['input'];
};

/**
 * Input of `recordFamilyCourtNotice`: the notice to the family court about a minor suspected
 * of violence (no NK-D is filled with a minor).
 */
export type RecordFamilyCourtNoticeInput = {
  /** The court notified, e.g. "Sąd Rejonowy w Żorach, III Wydział Rodzinny i Nieletnich". */
  court: Scalars['String']['input'];
  /** A minor on the day the notice was sent (`NOT_A_MINOR` otherwise). */
  dateOfBirth: Scalars['Date']['input'];
  firstName: Scalars['String']['input'];
  id: Scalars['ID']['input'];
  lastName: Scalars['String']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  /** Today when left out; not before the group was set up, not in the future. */
  sentOn?: InputMaybe<Scalars['Date']['input']>;
  version: Scalars['Int']['input'];
};

/** Pomoc udzielona rodzinie. */
export type RecordFamilyHelpInput = {
  fileId: Scalars['ID']['input'];
  kind: WorkKind;
  note?: InputMaybe<Scalars['String']['input']>;
  /** Today unless given. */
  occurredOn?: InputMaybe<Scalars['Date']['input']>;
  /** With or without the police for an intervention; the kind of a consultation. */
  variant?: InputMaybe<WorkVariant>;
};

/** Input of `recordGroupMeeting`: a meeting of the diagnostic group. */
export type RecordGroupMeetingInput = {
  /** The adult with each minor met: a minor is never heard alone (`MINOR_UNACCOMPANIED`). */
  companions?: Array<MinorCompanionInput>;
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
  /**
   * The group's members from outside the team present (`OutsideGroupMember` IDs of those in
   * the card's group on the day).
   */
  presentOutsideMemberIds?: Array<Scalars['ID']['input']>;
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

/** Wartość wskaźnika za rok, wpisana ręcznie; `value` null clears it. */
export type RecordMunicipalProgrammeIndicatorValueInput = {
  indicatorId: Scalars['ID']['input'];
  value?: InputMaybe<Scalars['Float']['input']>;
  year: Scalars['Int']['input'];
};

/**
 * Input of `recordPerpetratorNotice`: the notice to a perpetrator who was absent when the card
 * was opened, with the day it was delivered and how.
 */
export type RecordPerpetratorNoticeInput = {
  /** Today when left out; not before the card was opened, not in the future. */
  deliveredOn?: InputMaybe<Scalars['Date']['input']>;
  id: Scalars['ID']['input'];
  /** Required when the notice was delivered in another way. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** A perpetrator of the card. */
  personId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  way: NoticeDelivery;
};

/** Zajęcia, które się odbyły. */
export type RecordProgrammeSessionInput = {
  attendance: Array<ProgrammeAttendanceInput>;
  editionId: Scalars['ID']['input'];
  heldOn: Scalars['Date']['input'];
  kind: SessionKind;
  /** 15–600 minutes. */
  minutes: Scalars['Int']['input'];
  /**
   * Klucz zapisu: a UUID the register's form makes once. The same register sent again with
   * the same key (after an answer was lost) returns the session the first sending recorded;
   * different content under a used key is `ALREADY_SENT`.
   */
  recordingKey?: InputMaybe<Scalars['String']['input']>;
};

/** Input of `recordTeamMeeting`: the meeting's day, agenda, minutes and attendance. */
export type RecordTeamMeetingInput = {
  agenda: Scalars['String']['input'];
  attendance?: Array<AttendanceInput>;
  heldOn: Scalars['Date']['input'];
  minutes?: InputMaybe<Scalars['String']['input']>;
  teamId: Scalars['ID']['input'];
};

/** Stosunek do osoby doznającej przemocy domowej (art. 2 pkt 1 UPPD). */
export type Relation =
  /** Dziecko. */
  | 'CHILD'
  /** Osoba, która pozostawała we wspólnym pożyciu. */
  | 'FORMER_PARTNER'
  /** Były małżonek. */
  | 'FORMER_SPOUSE'
  /** Wnuk lub wnuczka. */
  | 'GRANDCHILD'
  /** Dziadek lub babcia. */
  | 'GRANDPARENT'
  /** Osoba wspólnie zamieszkująca lub gospodarująca. */
  | 'HOUSEMATE'
  /** Inna osoba. */
  | 'OTHER'
  /** Inny członek rodziny. */
  | 'OTHER_RELATIVE'
  /** Rodzic lub opiekun. */
  | 'PARENT'
  /** Osoba pozostająca we wspólnym pożyciu. */
  | 'PARTNER'
  /** Rodzeństwo. */
  | 'SIBLING'
  /** Małżonek. */
  | 'SPOUSE';

/** Stan publikacji. */
export type ReleaseStatus =
  | 'FAILED'
  | 'PUBLISHED'
  | 'RUNNING';

/** Input of `relinkAccounts`. */
export type RelinkAccountsInput = {
  /** The municipality, for an operator; an administrator's own when left out. */
  municipalityId?: InputMaybe<Scalars['ID']['input']>;
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

/**
 * Input of `removeOutsideGroupMember`: the card, its version, the member taken out and from
 * which day (today if omitted).
 */
export type RemoveOutsideGroupMemberInput = {
  id: Scalars['ID']['input'];
  /** The member (`OutsideGroupMember.id`). */
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

/** Rodzaj zajęć. */
export type SessionKind =
  /** Zajęcia grupowe. */
  | 'GROUP'
  /** Zajęcia indywidualne (jeden uczestnik). */
  | 'INDIVIDUAL';

/** Input of `setCaseRetention`: the years, and the version read (0 while the default applies). */
export type SetCaseRetentionInput = {
  version: Scalars['Int']['input'];
  years: Scalars['Int']['input'];
};

/** Input of `setDeadlineRule`: the municipality's own length of one deadline of the procedure. */
export type SetDeadlineRuleInput = {
  amount: Scalars['Int']['input'];
  kind: DeadlineRuleKind;
  unit: PeriodUnit;
  /** The rule's version; 0 while the default applies. */
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

/** Osoby prowadzące edycję — replaced at the edition's `version`. */
export type SetProgrammeEditionStaffInput = {
  editionId: Scalars['ID']['input'];
  staff: Array<EditionStaffInput>;
  version: Scalars['Int']['input'];
};

/**
 * Input of `setStatisticsSharing`: whether the viewer's municipality shares its anonymized
 * statistics with its region.
 */
export type SetStatisticsSharingInput = {
  /** Whether its own figures may be published (unchanged when left out). */
  publishesOwnStatistics?: InputMaybe<Scalars['Boolean']['input']>;
  sharesStatistics: Scalars['Boolean']['input'];
  /** The municipality's version the change is based on; a stale one answers CONFLICT. */
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

/** Rozliczenie kontraktu socjalnego. */
export type SettleSocialContractInput = {
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  outcome: ContractOutcome;
  /** Today unless given. */
  settledOn?: InputMaybe<Scalars['Date']['input']>;
  version: Scalars['Int']['input'];
};

/** Płeć. */
export type Sex =
  /** Kobieta. */
  | 'FEMALE'
  /** Mężczyzna. */
  | 'MALE';

/** Jednostka wskaźnika. */
export type StatisticsUnit =
  /** A count. */
  | 'COUNT'
  /** A share in percent, rounded. */
  | 'PERCENT';

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
  /**
   * Przekazana zespołowi interdyscyplinarnemu innej gminy (rodzina się przeprowadziła):
   * the procedure goes on there; this card is the record of the hand-over.
   */
  | 'HANDED_OVER'
  /** Monitorowanie realizacji planu pomocy. */
  | 'MONITORING'
  /** Wszczęta: formularz NK-A wypełniony. */
  | 'OPENED'
  /** Zakończona; monitorowanie po zakończeniu procedury. */
  | 'POST_CLOSURE_MONITORING'
  /** Przekazana przewodniczącemu zespołu interdyscyplinarnego. */
  | 'SENT_TO_CHAIR';

/** Why a cell is not published. */
export type SuppressionRule =
  /** A share derived from a hidden count. */
  | 'DERIVED'
  /** It differs from an earlier release of the same period by 1–9. */
  | 'DIFFERENCING'
  /** One municipality contributes more than 80%. */
  | 'DOMINANCE'
  /** Fewer than 3 municipalities contribute. */
  | 'FEW_MUNICIPALITIES'
  /** A count of 1–9 (`<10`). */
  | 'PRIMARY'
  /** Hidden so that another hidden cell cannot be recomputed from the totals. */
  | 'SECONDARY';

/** `HH:MM` to `HH:MM`, Warsaw time; closing after opening (`24:00` for midnight). */
export type TimeRangeInput = {
  closes: Scalars['String']['input'];
  opens: Scalars['String']['input'];
};

/** Usunięcie powiązania wspólnego działania z zadaniem programu gminy czytającego. */
export type UnlinkCoalitionActionFromTaskInput = {
  actionId: Scalars['ID']['input'];
  taskId: Scalars['ID']['input'];
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
  /** Whom NK-B was handed to: a person of the card; null when it was not handed over. */
  nkBRecipientId?: InputMaybe<Scalars['ID']['input']>;
  perpetratorUnderAlcohol?: InputMaybe<Scalars['Boolean']['input']>;
  perpetratorUnderDrugs?: InputMaybe<Scalars['Boolean']['input']>;
  /**
   * Who filled the form on paper: set or corrected with a value, cleared with null (the form
   * is then its author's own, of the body they represent on the team: NOT_YOUR_BODY
   * otherwise).
   */
  registeredFromPaper?: InputMaybe<PaperInitiatorInput>;
  version: Scalars['Int']['input'];
  /** Null: not established (again). */
  victimFeelsSafe?: InputMaybe<Scalars['Boolean']['input']>;
  violenceForms?: InputMaybe<Array<ViolenceForm>>;
};

/** Zmiana danych instytucji, at the version read. */
export type UpdateChildProtectionInstitutionInput = {
  id: Scalars['ID']['input'];
  institution: ChildProtectionInstitutionInput;
  version: Scalars['Int']['input'];
};

/** Zmiana wspólnego działania, at the version read. */
export type UpdateCoalitionActionInput = {
  action: CoalitionActionInput;
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

/** Zmiana opisu koalicji, at the version read. */
export type UpdateCoalitionInput = {
  coalition: CoalitionInput;
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

/** Zmiana zapisu spotkania, at the version read. */
export type UpdateCoalitionMeetingInput = {
  id: Scalars['ID']['input'];
  meeting: CoalitionMeetingInput;
  version: Scalars['Int']['input'];
};

/** Zmiana danych instytucji członkowskiej, at the version read. */
export type UpdateCoalitionMemberInput = {
  id: Scalars['ID']['input'];
  member: CoalitionMemberInput;
  version: Scalars['Int']['input'];
};

/**
 * Korekta teczki rodziny: the family's data, the day the work started and who works with the
 * family, as they should now be (a colleague left out is taken off the file).
 */
export type UpdateFamilyFileInput = {
  address?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  members: Array<FamilyMemberInput>;
  name: Scalars['String']['input'];
  openedOn: Scalars['Date']['input'];
  version: Scalars['Int']['input'];
  /**
   * The colleagues working with the family besides the corrector (who always stays), at
   * most 20.
   */
  workerIds?: Array<Scalars['ID']['input']>;
};

/** Input of `updateHelpPoint`: the point, the version it was read at, and its new details. */
export type UpdateHelpPointInput = {
  id: Scalars['ID']['input'];
  point: HelpPointInput;
  version: Scalars['Int']['input'];
};

/** Zmiana kampanii, at the version read. */
export type UpdateMunicipalCampaignInput = {
  campaign: MunicipalCampaignInput;
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

/** Zmiana wydarzenia, at the version read (what is left out is cleared). */
export type UpdateMunicipalEventInput = {
  event: MunicipalEventInput;
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

/**
 * Korekta programu: its title, resolution and years as they should be, at the version read.
 * Years that would leave a task or an indicator's year outside are refused.
 */
export type UpdateMunicipalProgrammeInput = {
  firstYear: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  lastYear: Scalars['Int']['input'];
  resolutionDate: Scalars['Date']['input'];
  resolutionNumber: Scalars['String']['input'];
  title: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};

/**
 * Zmiana zadania: its content as it should now be, at the version read (partners or an
 * amount left out are cleared).
 */
export type UpdateMunicipalProgrammeTaskInput = {
  id: Scalars['ID']['input'];
  task: MunicipalProgrammeTaskInput;
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
 * are, and `dueOn` or `responsibleUserId` sent as null is cleared.
 */
export type UpdatePlanItemInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  /** Null: no due day any more. */
  dueOn?: InputMaybe<Scalars['Date']['input']>;
  id: Scalars['ID']['input'];
  /** Null: nobody answers for the point any more. */
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

/** Input of `withdrawCaseTransfer`: the hand-over and its version. */
export type WithdrawCaseTransferInput = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
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

/** Wycofanie pomocy zapisanej przez pomyłkę. */
export type WithdrawFamilyHelpInput = {
  fileId: Scalars['ID']['input'];
  helpId: Scalars['ID']['input'];
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
  /** Poradnictwo rodzinne. */
  | 'FAMILY_COUNSELLING'
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


export type AdminDeadlinesQuery = { __typename?: 'Query', blueCardDeadlineRules: Array<{ __typename?: 'DeadlineRule', kind: DeadlineRuleKind, amount: number, unit: PeriodUnit, default: boolean, version: number, defaultAmount: number, defaultUnit: PeriodUnit, setByLaw: boolean }>, intakeResponseRule: { __typename?: 'IntakeResponseRule', amount: number, unit: PeriodUnit, default: boolean, version: number, defaultAmount: number, defaultUnit: PeriodUnit, setByLaw: boolean } };

export type AdminSetDeadlineRuleMutationVariables = Exact<{
  input: SetDeadlineRuleInput;
}>;


export type AdminSetDeadlineRuleMutation = { __typename?: 'Mutation', setDeadlineRule: { __typename?: 'SetDeadlineRulePayload', rule?: { __typename?: 'DeadlineRule', kind: DeadlineRuleKind, amount: number, unit: PeriodUnit, default: boolean, version: number, defaultAmount: number, defaultUnit: PeriodUnit, setByLaw: boolean } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, code: string }> } };

export type AdminSetIntakeResponseRuleMutationVariables = Exact<{
  input: SetIntakeResponseRuleInput;
}>;


export type AdminSetIntakeResponseRuleMutation = { __typename?: 'Mutation', setIntakeResponseRule: { __typename?: 'IntakeResponseRulePayload', rule?: { __typename?: 'IntakeResponseRule', amount: number, unit: PeriodUnit, default: boolean, version: number, defaultAmount: number, defaultUnit: PeriodUnit } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, code: string }> } };

export type AdminIdentityProviderQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminIdentityProviderQuery = { __typename?: 'Query', identityProvider?: { __typename?: 'IdentityProvider', issuer: string, clientId: string, scopes: Array<string>, rolesClaim: string, allowedEmailDomains: Array<string>, audience: string, trustUnverifiedEmail: boolean, updatedAt: string, roleMapping: Array<{ __typename?: 'RoleMapping', value: string, role: Role }> } | null };

export type RelinkAccountsMutationVariables = Exact<{
  input: RelinkAccountsInput;
}>;


export type RelinkAccountsMutation = { __typename?: 'Mutation', relinkAccounts: { __typename?: 'RelinkAccountsPayload', relinking?: { __typename?: 'AccountRelinking', unlinked: number, withoutEmail: number, duplicatesDisabled: number, ambiguous: number } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, code: string }> } };

export type AdminSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminSettingsQuery = { __typename?: 'Query', tenantSettings: { __typename?: 'TenantSettings', auditRetentionDays: number, version: number } };

export type AdminUpdateSettingsMutationVariables = Exact<{
  input: UpdateTenantSettingsInput;
}>;


export type AdminUpdateSettingsMutation = { __typename?: 'Mutation', updateTenantSettings: { __typename?: 'UpdateTenantSettingsPayload', settings?: { __typename?: 'TenantSettings', auditRetentionDays: number, version: number } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, code: string }> } };

export type AdminSharingQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminSharingQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', municipality?: { __typename?: 'Municipality', id: string, version: number, sharesStatistics: boolean, publishesOwnStatistics: boolean, region?: { __typename?: 'Region', name: string } | null } | null } };

export type AdminSetStatisticsSharingMutationVariables = Exact<{
  input: SetStatisticsSharingInput;
}>;


export type AdminSetStatisticsSharingMutation = { __typename?: 'Mutation', setStatisticsSharing: { __typename?: 'MunicipalityPayload', municipality?: { __typename?: 'Municipality', id: string, version: number, sharesStatistics: boolean, publishesOwnStatistics: boolean } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, code: string }> } };

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

export type CardNotifyPerpetratorMutationVariables = Exact<{
  input: RecordPerpetratorNoticeInput;
}>;


export type CardNotifyPerpetratorMutation = { __typename?: 'Mutation', recordPerpetratorNotice: { __typename?: 'BlueCardPayload', blueCard?: { __typename?: 'BlueCard', id: string, version: number } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, code: string }> } };

export type CardNotifyFamilyCourtMutationVariables = Exact<{
  input: RecordFamilyCourtNoticeInput;
}>;


export type CardNotifyFamilyCourtMutation = { __typename?: 'Mutation', recordFamilyCourtNotice: { __typename?: 'BlueCardPayload', blueCard?: { __typename?: 'BlueCard', id: string, version: number } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, code: string }> } };

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


export type BlueCardPageQuery = { __typename?: 'Query', node?: { __typename?: 'AuditEvent' } | { __typename?: 'BlueCard', id: string, number?: string | null, status: Status, closureGround?: ClosureGround | null, version: number, initiatedOn: string, initiatorInstitution: InstitutionKind, initiatorName?: string | null, violenceForms: Array<ViolenceForm>, allowedSteps: Array<ProcedureStep>, mayAddPlanItems: boolean, mayRecordWork: boolean, mayHandOver: boolean, seesDiagnosis: boolean, stepsNotYet: Array<{ __typename?: 'StepNotYet', step: ProcedureStep, reason: string, possibleFrom?: string | null }>, transfers: Array<{ __typename?: 'CaseTransfer', id: string, outgoing: boolean, municipality: string, number?: string | null, state: CaseTransferState, proposedOn: string, completedOn?: string | null, version: number, viewerMayWithdraw: boolean }>, details: { __typename?: 'NkADetails', injuries?: string | null, perpetratorUnderAlcohol: boolean, perpetratorUnderDrugs: boolean, firearmAccess: boolean, childrenInHousehold: number, actionsTaken: Array<ActionTaken>, nkBHandedOver: boolean, nkBRecipientId?: string | null, victimFeelsSafe?: boolean | null, description?: string | null, additionalInformation?: string | null, registeredFromPaper?: { __typename?: 'PaperInitiator', name: string, position?: string | null, entity: string } | null }, matchProposals?: Array<{ __typename?: 'BlueCardMatch', decision: MatchDecision, basis: MatchBasis, kind: MatchKind, procedure?: { __typename?: 'BlueCard', id: string, version: number, number?: string | null, status: Status, initiatedOn: string, persons: Array<{ __typename?: 'BlueCardPerson', role: PersonRole, firstName: string, lastName: string }> } | null }> | null, persons: Array<{ __typename?: 'BlueCardPerson', id: string, role: PersonRole, firstName: string, lastName: string, pesel?: string | null, dateOfBirth: string, sex: Sex, minor: boolean, address?: string | null, phone?: string | null, notes?: string | null, diedOn?: string | null, relationToVictim?: Relation | null, livesWithVictim?: boolean | null, health?: string | null, addictions: Array<Addiction>, school?: string | null, email?: string | null }>, earlierProcedures: Array<{ __typename?: 'EarlierProcedure', number?: string | null, status: Status, initiatedOn: string, closedOn?: string | null, closureGround?: ClosureGround | null, blueCard?: { __typename?: 'BlueCard', id: string } | null }>, personCorrections: Array<{ __typename?: 'PersonCorrection', personId: string, correctedAt: string, correctedByName?: string | null, changes: Array<{ __typename?: 'PersonFieldChange', field: PersonField, earlier?: string | null }> }>, forms: Array<{ __typename?: 'BlueCardForm', id: string, kind: FormKind, filledOn: string, filledByName?: string | null, personId?: string | null, diagnosis?: string | null, history?: string | null, resultReport?: string | null, closureBasis?: string | null, noticeDelivery?: NoticeDelivery | null, noticeNote?: string | null, companions: Array<{ __typename?: 'MinorCompanion', minorId: string, personId?: string | null, name?: string | null, relation: CompanionRelation }>, familyCourtNotice?: { __typename?: 'FamilyCourtNotice', firstName: string, lastName: string, dateOfBirth: string, court: string } | null, nkA?: { __typename?: 'NkADetails', injuries?: string | null, perpetratorUnderAlcohol: boolean, perpetratorUnderDrugs: boolean, firearmAccess: boolean, childrenInHousehold: number, actionsTaken: Array<ActionTaken>, nkBHandedOver: boolean, nkBRecipientId?: string | null, victimFeelsSafe?: boolean | null, description?: string | null, additionalInformation?: string | null } | null }>, history: Array<{ __typename?: 'BlueCardStep', step: ProcedureStep, takenAt: string, takenByName?: string | null }>, deadlines: Array<{ __typename?: 'BlueCardDeadline', id: string, kind: DeadlineKind, dueOn: string, state: DeadlineState, metOn?: string | null, metLate: boolean }>, diagnosticGroup: Array<{ __typename?: 'DiagnosticGroupMember', teamMemberId: string, displayName?: string | null, institution: InstitutionKind }>, outsideGroupMembers: Array<{ __typename?: 'OutsideGroupMember', id: string, name: string, organisation: string, position?: string | null, institution: InstitutionKind, statementSignedOn: string, addedOn: string, leftOn?: string | null }>, groupMeetings: Array<{ __typename?: 'GroupMeeting', heldOn: string, place?: string | null, metPersonIds: Array<string>, note?: string | null, recordedByName?: string | null, present: Array<{ __typename?: 'MeetingAttendee', teamMemberId: string, displayName?: string | null }>, presentOutside: Array<{ __typename?: 'OutsideGroupMember', id: string, name: string }>, companions: Array<{ __typename?: 'MinorCompanion', minorId: string, personId?: string | null, name?: string | null, relation: CompanionRelation }> }>, helpPlan: Array<{ __typename?: 'PlanItem', id: string, version: number, description: string, dueOn?: string | null, status: PlanItemStatus, responsibleName?: string | null, responsibleUserId?: string | null }>, actionPlan: Array<{ __typename?: 'PlanItem', id: string, version: number, kind: PlanItemKind, programme?: ProgrammeKind | null, description: string, dueOn?: string | null, status: PlanItemStatus, followsEnrolment: boolean, responsibleName?: string | null, responsibleUserId?: string | null }>, work: Array<{ __typename?: 'WorkRecord', id: string, kind: WorkKind, variant?: WorkVariant | null, occurredOn: string, recordedByName?: string | null, note?: string | null }> } | { __typename?: 'ChildProtectionInstitution' } | { __typename?: 'Coalition' } | { __typename?: 'Coordinator' } | { __typename?: 'FamilyFile' } | { __typename?: 'HelpPoint' } | { __typename?: 'IntakeEntry' } | { __typename?: 'MunicipalProgramme' } | { __typename?: 'Municipality' } | { __typename?: 'Operator' } | { __typename?: 'ProgrammeEdition' } | { __typename?: 'ProgrammeEnrolment' } | { __typename?: 'Region' } | { __typename?: 'Team' } | { __typename?: 'TeamMeeting' } | { __typename?: 'TeamMember' } | { __typename?: 'User' } | null, viewer: { __typename?: 'Viewer', municipality?: { __typename?: 'Municipality', name: string } | null }, teams: Array<{ __typename?: 'Team', members: Array<{ __typename?: 'TeamMember', id: string, userId: string, displayName?: string | null, institution: InstitutionKind, confidentialitySignedOn?: string | null, confidentialityHolds: boolean }> }> };

export type CardFormDocumentQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  formId: Scalars['ID']['input'];
}>;


export type CardFormDocumentQuery = { __typename?: 'Query', node?: { __typename?: 'AuditEvent' } | { __typename?: 'BlueCard', formDocument: { __typename?: 'DocumentFile', fileName: string, mediaType: string, base64: string } } | { __typename?: 'ChildProtectionInstitution' } | { __typename?: 'Coalition' } | { __typename?: 'Coordinator' } | { __typename?: 'FamilyFile' } | { __typename?: 'HelpPoint' } | { __typename?: 'IntakeEntry' } | { __typename?: 'MunicipalProgramme' } | { __typename?: 'Municipality' } | { __typename?: 'Operator' } | { __typename?: 'ProgrammeEdition' } | { __typename?: 'ProgrammeEnrolment' } | { __typename?: 'Region' } | { __typename?: 'Team' } | { __typename?: 'TeamMeeting' } | { __typename?: 'TeamMember' } | { __typename?: 'User' } | null };

export type CardNkBLeafletQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CardNkBLeafletQuery = { __typename?: 'Query', node?: { __typename?: 'AuditEvent' } | { __typename?: 'BlueCard', nkBLeaflet: { __typename?: 'DocumentFile', fileName: string, mediaType: string, base64: string } } | { __typename?: 'ChildProtectionInstitution' } | { __typename?: 'Coalition' } | { __typename?: 'Coordinator' } | { __typename?: 'FamilyFile' } | { __typename?: 'HelpPoint' } | { __typename?: 'IntakeEntry' } | { __typename?: 'MunicipalProgramme' } | { __typename?: 'Municipality' } | { __typename?: 'Operator' } | { __typename?: 'ProgrammeEdition' } | { __typename?: 'ProgrammeEnrolment' } | { __typename?: 'Region' } | { __typename?: 'Team' } | { __typename?: 'TeamMeeting' } | { __typename?: 'TeamMember' } | { __typename?: 'User' } | null };

export type CardRemoveGroupMemberMutationVariables = Exact<{
  input: RemoveDiagnosticGroupMemberInput;
}>;


export type CardRemoveGroupMemberMutation = { __typename?: 'Mutation', removeDiagnosticGroupMember: { __typename?: 'BlueCardPayload', blueCard?: { __typename?: 'BlueCard', id: string, version: number } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, code: string }> } };

export type CardAddOutsideMemberMutationVariables = Exact<{
  input: AddOutsideGroupMemberInput;
}>;


export type CardAddOutsideMemberMutation = { __typename?: 'Mutation', addOutsideGroupMember: { __typename?: 'BlueCardPayload', blueCard?: { __typename?: 'BlueCard', id: string, version: number } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, code: string }> } };

export type CardRemoveOutsideMemberMutationVariables = Exact<{
  input: RemoveOutsideGroupMemberInput;
}>;


export type CardRemoveOutsideMemberMutation = { __typename?: 'Mutation', removeOutsideGroupMember: { __typename?: 'BlueCardPayload', blueCard?: { __typename?: 'BlueCard', id: string, version: number } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, code: string }> } };

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

export type CardProgrammeReferralsQueryVariables = Exact<{
  cardId: Scalars['ID']['input'];
}>;


export type CardProgrammeReferralsQuery = { __typename?: 'Query', programmeReferrals: Array<{ __typename?: 'ProgrammeReferral', planItemId: string, personId: string, status: EnrolmentStatus, consentOn?: string | null, finishedOn?: string | null, dropOutReason?: DropOutReason | null, edition: { __typename?: 'ProgrammeEdition', id: string, startsOn: string, endsOn: string, place: string, programme?: { __typename?: 'Programme', name: string } | null } }>, programmes: Array<{ __typename?: 'Programme', type: ProgrammeType, name: string, editions: Array<{ __typename?: 'ProgrammeEdition', id: string, startsOn: string, endsOn: string, place: string, counts: { __typename?: 'ProgrammeEditionCounts', freePlaces: number } }> }> };

export type CardReferralDocumentQueryVariables = Exact<{
  cardId: Scalars['ID']['input'];
  planItemId: Scalars['ID']['input'];
  certificate: Scalars['Boolean']['input'];
  notice: Scalars['Boolean']['input'];
}>;


export type CardReferralDocumentQuery = { __typename?: 'Query', programmeReferrals: Array<{ __typename?: 'ProgrammeReferral', planItemId: string, edition: { __typename?: 'ProgrammeEdition', id: string }, certificate?: { __typename?: 'DocumentFile', fileName: string, mediaType: string, base64: string } | null, notice?: { __typename?: 'DocumentFile', fileName: string, mediaType: string, base64: string } | null }> };

export type CardEnrolFromReferralMutationVariables = Exact<{
  input: EnrolFromReferralInput;
}>;


export type CardEnrolFromReferralMutation = { __typename?: 'Mutation', enrolFromReferral: { __typename?: 'EnrolFromReferralPayload', referral?: { __typename?: 'ProgrammeReferral', planItemId: string, status: EnrolmentStatus } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, code: string }> } };

export type TransferMunicipalitiesQueryVariables = Exact<{ [key: string]: never; }>;


export type TransferMunicipalitiesQuery = { __typename?: 'Query', signInMunicipalities: Array<{ __typename?: 'SignInMunicipality', slug: string, name: string }> };

export type ProposeCaseTransferMutationVariables = Exact<{
  input: ProposeCaseTransferInput;
}>;


export type ProposeCaseTransferMutation = { __typename?: 'Mutation', proposeCaseTransfer: { __typename?: 'CaseTransferPayload', transfer?: { __typename?: 'CaseTransfer', id: string, state: CaseTransferState } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, code: string }> } };

export type ConcludeSocialContractMutationVariables = Exact<{
  input: ConcludeSocialContractInput;
}>;


export type ConcludeSocialContractMutation = { __typename?: 'Mutation', concludeSocialContract: { __typename?: 'SocialContractPayload', contract?: { __typename?: 'SocialContract', id: string } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, code: string }> } };

export type SettleSocialContractMutationVariables = Exact<{
  input: SettleSocialContractInput;
}>;


export type SettleSocialContractMutation = { __typename?: 'Mutation', settleSocialContract: { __typename?: 'SocialContractPayload', contract?: { __typename?: 'SocialContract', id: string } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, code: string }> } };

export type FamilyFileListQueryVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type FamilyFileListQuery = { __typename?: 'Query', familyFiles: { __typename?: 'FamilyFileConnection', nodes: Array<{ __typename?: 'FamilyFile', id: string, name: string, openedOn: string, blueCardIds: Array<string>, closedOn?: string | null, members: Array<{ __typename?: 'FamilyMember', firstName: string }>, help: Array<{ __typename?: 'FamilyHelp', occurredOn: string }>, contracts: Array<{ __typename?: 'SocialContract', endsOn: string, reviewOn?: string | null, overdue: boolean, outcome?: ContractOutcome | null }> }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type FamilyFilePageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type FamilyFilePageQuery = { __typename?: 'Query', node?: { __typename?: 'AuditEvent' } | { __typename?: 'BlueCard' } | { __typename?: 'ChildProtectionInstitution' } | { __typename?: 'Coalition' } | { __typename?: 'Coordinator' } | { __typename?: 'FamilyFile', id: string, name: string, address?: string | null, openedOn: string, blueCardIds: Array<string>, closedOn?: string | null, closureReason?: FileClosure | null, version: number, members: Array<{ __typename?: 'FamilyMember', firstName: string, lastName: string, bornOn?: string | null, relation?: string | null }>, workers: Array<{ __typename?: 'FamilyFileWorker', userId: string, displayName?: string | null }>, help: Array<{ __typename?: 'FamilyHelp', id: string, kind: WorkKind, variant?: WorkVariant | null, occurredOn: string, recordedByName?: string | null, note?: string | null }>, contracts: Array<{ __typename?: 'SocialContract', id: string, signedOn: string, endsOn: string, reviewOn?: string | null, goals: string, familyObligations: string, workerObligations?: string | null, overdue: boolean, outcome?: ContractOutcome | null, settledOn?: string | null, settlementNote?: string | null, version: number }> } | { __typename?: 'HelpPoint' } | { __typename?: 'IntakeEntry' } | { __typename?: 'MunicipalProgramme' } | { __typename?: 'Municipality' } | { __typename?: 'Operator' } | { __typename?: 'ProgrammeEdition' } | { __typename?: 'ProgrammeEnrolment' } | { __typename?: 'Region' } | { __typename?: 'Team' } | { __typename?: 'TeamMeeting' } | { __typename?: 'TeamMember' } | { __typename?: 'User' } | null };

export type FamilyFileCardsQueryVariables = Exact<{
  ids: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type FamilyFileCardsQuery = { __typename?: 'Query', nodes: Array<{ __typename?: 'AuditEvent' } | { __typename?: 'BlueCard', id: string, number?: string | null, initiatedOn: string } | { __typename?: 'ChildProtectionInstitution' } | { __typename?: 'Coalition' } | { __typename?: 'Coordinator' } | { __typename?: 'FamilyFile' } | { __typename?: 'HelpPoint' } | { __typename?: 'IntakeEntry' } | { __typename?: 'MunicipalProgramme' } | { __typename?: 'Municipality' } | { __typename?: 'Operator' } | { __typename?: 'ProgrammeEdition' } | { __typename?: 'ProgrammeEnrolment' } | { __typename?: 'Region' } | { __typename?: 'Team' } | { __typename?: 'TeamMeeting' } | { __typename?: 'TeamMember' } | { __typename?: 'User' } | null> };

export type FamilyLinkableCardsQueryVariables = Exact<{ [key: string]: never; }>;


export type FamilyLinkableCardsQuery = { __typename?: 'Query', blueCards: { __typename?: 'BlueCardConnection', nodes: Array<{ __typename?: 'BlueCard', id: string, number?: string | null, initiatedOn: string, persons: Array<{ __typename?: 'BlueCardPerson', role: PersonRole, firstName: string, lastName: string }> }> } };

export type FamilyFileLinkCardMutationVariables = Exact<{
  input: LinkFamilyFileToBlueCardInput;
}>;


export type FamilyFileLinkCardMutation = { __typename?: 'Mutation', linkFamilyFileToBlueCard: { __typename?: 'FamilyFilePayload', file?: { __typename?: 'FamilyFile', id: string } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, code: string }> } };

export type CloseFamilyFileMutationVariables = Exact<{
  input: CloseFamilyFileInput;
}>;


export type CloseFamilyFileMutation = { __typename?: 'Mutation', closeFamilyFile: { __typename?: 'FamilyFilePayload', file?: { __typename?: 'FamilyFile', id: string } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, code: string }> } };

export type FamilyColleaguesQueryVariables = Exact<{ [key: string]: never; }>;


export type FamilyColleaguesQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', user?: { __typename?: 'User', id: string } | null }, teams: Array<{ __typename?: 'Team', members: Array<{ __typename?: 'TeamMember', userId: string, displayName?: string | null }> }> };

export type UpdateFamilyFileMutationVariables = Exact<{
  input: UpdateFamilyFileInput;
}>;


export type UpdateFamilyFileMutation = { __typename?: 'Mutation', updateFamilyFile: { __typename?: 'FamilyFilePayload', file?: { __typename?: 'FamilyFile', id: string, name: string } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, code: string }> } };

export type OpenFamilyFileMutationVariables = Exact<{
  input: OpenFamilyFileInput;
}>;


export type OpenFamilyFileMutation = { __typename?: 'Mutation', openFamilyFile: { __typename?: 'FamilyFilePayload', file?: { __typename?: 'FamilyFile', id: string, name: string } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, code: string }> } };

export type RecordFamilyHelpMutationVariables = Exact<{
  input: RecordFamilyHelpInput;
}>;


export type RecordFamilyHelpMutation = { __typename?: 'Mutation', recordFamilyHelp: { __typename?: 'RecordFamilyHelpPayload', help?: { __typename?: 'FamilyHelp', occurredOn: string } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, code: string }> } };

export type WithdrawFamilyHelpMutationVariables = Exact<{
  input: WithdrawFamilyHelpInput;
}>;


export type WithdrawFamilyHelpMutation = { __typename?: 'Mutation', withdrawFamilyHelp: { __typename?: 'FamilyFilePayload', file?: { __typename?: 'FamilyFile', id: string } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, code: string }> } };

export type PublicEventsQueryVariables = Exact<{
  municipality: Scalars['String']['input'];
}>;


export type PublicEventsQuery = { __typename?: 'Query', publicEvents: Array<{ __typename?: 'PublicEvent', uid: string, title: string, kind: MunicipalEventKind, startsAt: string, endsAt: string, place: string, audience: string, description?: string | null, campaign?: string | null }> };

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


export type IntakeEntryPageQuery = { __typename?: 'Query', node?: { __typename?: 'AuditEvent' } | { __typename?: 'BlueCard' } | { __typename?: 'ChildProtectionInstitution' } | { __typename?: 'Coalition' } | { __typename?: 'Coordinator' } | { __typename?: 'FamilyFile' } | { __typename?: 'HelpPoint' } | { __typename?: 'IntakeEntry', id: string, receivedAt: string, channel: IntakeChannel, kind: IntakeKind, urgency: Urgency, status: IntakeStatus, takenById: string, anonymous: boolean, account: string, assigneeIds: Array<string>, blueCardId?: string | null, allowedSteps: Array<IntakeStep>, closedOn?: string | null, version: number, reporter?: { __typename?: 'IntakeReporter', name?: string | null, contact?: string | null } | null, persons: Array<{ __typename?: 'IntakePerson', role: PersonRole, firstName: string, lastName?: string | null, pesel?: string | null, dateOfBirth?: string | null, sex?: Sex | null, address?: string | null, phone?: string | null }>, assignees: Array<{ __typename?: 'IntakeAssignee', userId: string, displayName?: string | null }>, actions: Array<{ __typename?: 'IntakeAction', kind: IntakeActionKind, on: string, helpPointId?: string | null, note?: string | null, recordedById: string }>, responseDeadline: { __typename?: 'IntakeResponseDeadline', dueOn: string, state: DeadlineState, metOn?: string | null, metLate: boolean } } | { __typename?: 'MunicipalProgramme' } | { __typename?: 'Municipality' } | { __typename?: 'Operator' } | { __typename?: 'ProgrammeEdition' } | { __typename?: 'ProgrammeEnrolment' } | { __typename?: 'Region' } | { __typename?: 'Team' } | { __typename?: 'TeamMeeting' } | { __typename?: 'TeamMember' } | { __typename?: 'User' } | null, viewer: { __typename?: 'Viewer', displayName?: string | null, user?: { __typename?: 'User', id: string } | null, municipality?: { __typename?: 'Municipality', slug: string } | null }, teams: Array<{ __typename?: 'Team', members: Array<{ __typename?: 'TeamMember', userId: string, displayName?: string | null }> }> };

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

export type LinkFamilyFileToBlueCardMutationVariables = Exact<{
  input: LinkFamilyFileToBlueCardInput;
}>;


export type LinkFamilyFileToBlueCardMutation = { __typename?: 'Mutation', linkFamilyFileToBlueCard: { __typename?: 'FamilyFilePayload', file?: { __typename?: 'FamilyFile', id: string } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, code: string }> } };

export type OperatorHealthQueryVariables = Exact<{ [key: string]: never; }>;


export type OperatorHealthQuery = { __typename?: 'Query', deploymentHealth: { __typename?: 'DeploymentHealth', version: string, database: DependencyState, redis: DependencyState, checkedAt: string, jobs: Array<{ __typename?: 'JobRun', job: string, lastFinishedAt: string, failed: boolean, lastError?: string | null, lastSuccessAt?: string | null, lastDurationMs: number, lastDone: number, runs: number, failures: number }> } };

export type OperatorHelplinesQueryVariables = Exact<{ [key: string]: never; }>;


export type OperatorHelplinesQuery = { __typename?: 'Query', nationalHelplines: Array<{ __typename?: 'HelpPoint', id: string, name: string, kind: HelpPointKind, description?: string | null, email?: string | null, web?: string | null, services: Array<HelpService>, languages: Array<string>, accessibility: Array<AccessibilityFeature>, published?: boolean | null, version?: number | null, address?: { __typename?: 'AddressObject', street: string, postalCode?: string | null, city: string } | null, position?: { __typename?: 'Position', latitude: number, longitude: number } | null, phones: Array<{ __typename?: 'Phone', number: string }>, hours: { __typename?: 'OpeningHoursObject', dayAndNight: boolean, openOnPublicHolidays: boolean, week: Array<{ __typename?: 'WeekdayHours', day: Weekday, ranges: Array<{ __typename?: 'TimeRangeObject', opens: string, closes: string }> }>, exceptions: Array<{ __typename?: 'DayExceptionObject', date: string, ranges: Array<{ __typename?: 'TimeRangeObject', opens: string, closes: string }> }> } }> };

export type OperatorCreateHelplineMutationVariables = Exact<{
  input: HelpPointInput;
}>;


export type OperatorCreateHelplineMutation = { __typename?: 'Mutation', createHelpline: { __typename?: 'HelpPointPayload', helpPoint?: { __typename?: 'HelpPoint', id: string, name: string } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, code: string }> } };

export type OperatorUpdateHelplineMutationVariables = Exact<{
  input: UpdateHelpPointInput;
}>;


export type OperatorUpdateHelplineMutation = { __typename?: 'Mutation', updateHelpline: { __typename?: 'HelpPointPayload', helpPoint?: { __typename?: 'HelpPoint', id: string, name: string } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, code: string }> } };

export type OperatorPublishHelplineMutationVariables = Exact<{
  input: PublishHelpPointInput;
}>;


export type OperatorPublishHelplineMutation = { __typename?: 'Mutation', publishHelpline: { __typename?: 'HelpPointPayload', helpPoint?: { __typename?: 'HelpPoint', id: string, published?: boolean | null } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, code: string }> } };

export type OperatorMunicipalitiesQueryVariables = Exact<{ [key: string]: never; }>;


export type OperatorMunicipalitiesQuery = { __typename?: 'Query', regions: Array<{ __typename?: 'Region', id: string, slug: string, name: string }>, municipalities: Array<{ __typename?: 'Municipality', id: string, slug: string, name: string, teryt: string, active: boolean, offboardedAt?: string | null, sharesStatistics: boolean, version: number, region?: { __typename?: 'Region', id: string, name: string } | null }> };

export type OperatorDisableMunicipalityMutationVariables = Exact<{
  input: MunicipalityIdInput;
}>;


export type OperatorDisableMunicipalityMutation = { __typename?: 'Mutation', disableMunicipality: { __typename?: 'MunicipalityPayload', municipality?: { __typename?: 'Municipality', id: string, active: boolean } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, code: string }> } };

export type OperatorEnableMunicipalityMutationVariables = Exact<{
  input: MunicipalityIdInput;
}>;


export type OperatorEnableMunicipalityMutation = { __typename?: 'Mutation', enableMunicipality: { __typename?: 'MunicipalityPayload', municipality?: { __typename?: 'Municipality', id: string, active: boolean } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, code: string }> } };

export type OperatorSetSharingMutationVariables = Exact<{
  input: UpdateMunicipalityInput;
}>;


export type OperatorSetSharingMutation = { __typename?: 'Mutation', updateMunicipality: { __typename?: 'MunicipalityPayload', municipality?: { __typename?: 'Municipality', id: string, sharesStatistics: boolean, version: number } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, code: string }> } };

export type OperatorCreateRegionMutationVariables = Exact<{
  input: CreateRegionInput;
}>;


export type OperatorCreateRegionMutation = { __typename?: 'Mutation', createRegion: { __typename?: 'CreateRegionPayload', region?: { __typename?: 'Region', id: string, name: string } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, code: string }> } };

export type OperatorCreateMunicipalityMutationVariables = Exact<{
  input: CreateMunicipalityInput;
}>;


export type OperatorCreateMunicipalityMutation = { __typename?: 'Mutation', createMunicipality: { __typename?: 'MunicipalityPayload', municipality?: { __typename?: 'Municipality', id: string, name: string } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, code: string }> } };

export type OperatorPageQueryVariables = Exact<{ [key: string]: never; }>;


export type OperatorPageQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', roles: Array<Role> } };

export type OperatorProvidersQueryVariables = Exact<{ [key: string]: never; }>;


export type OperatorProvidersQuery = { __typename?: 'Query', identityProviders: Array<{ __typename?: 'IdentityProvider', scope: IdentityProviderScope, municipalityId?: string | null, regionId?: string | null, issuer: string, clientId: string, rolesClaim: string, allowedEmailDomains: Array<string>, scopes: Array<string>, audience: string, trustUnverifiedEmail: boolean, updatedAt: string, version: number, roleMapping: Array<{ __typename?: 'RoleMapping', value: string, role: Role }> }>, regions: Array<{ __typename?: 'Region', id: string, name: string }>, municipalities: Array<{ __typename?: 'Municipality', id: string, name: string, offboardedAt?: string | null }> };

export type OperatorSetIdentityProviderMutationVariables = Exact<{
  input: SetIdentityProviderInput;
}>;


export type OperatorSetIdentityProviderMutation = { __typename?: 'Mutation', setIdentityProvider: { __typename?: 'IdentityProviderPayload', identityProvider?: { __typename?: 'IdentityProvider', issuer: string, version: number } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, code: string, message: string }> } };

export type OperatorRegionsQueryVariables = Exact<{ [key: string]: never; }>;


export type OperatorRegionsQuery = { __typename?: 'Query', regions: Array<{ __typename?: 'Region', slug: string, name: string }> };

export type OperatorReleasesQueryVariables = Exact<{
  region: Scalars['String']['input'];
}>;


export type OperatorReleasesQuery = { __typename?: 'Query', statisticsReleases: Array<{ __typename?: 'StatisticsRelease', number?: number | null, period: string, status: ReleaseStatus, requestedBy: string, startedAt: string, finishedAt?: string | null, done: number, total: number, municipalities?: number | null }> };

export type OperatorTrailQueryVariables = Exact<{ [key: string]: never; }>;


export type OperatorTrailQuery = { __typename?: 'Query', platformAuditEvents: Array<{ __typename?: 'PlatformAuditEvent', occurredAt: string, actor: string, operation: string, details: string }> };

export type PointFieldsFragment = { __typename?: 'HelpPoint', id: string, name: string, kind: HelpPointKind, description?: string | null, email?: string | null, web?: string | null, services: Array<HelpService>, languages: Array<string>, accessibility: Array<AccessibilityFeature>, published?: boolean | null, version?: number | null, updatedAt: string, address?: { __typename?: 'AddressObject', street: string, postalCode?: string | null, city: string } | null, position?: { __typename?: 'Position', latitude: number, longitude: number } | null, phones: Array<{ __typename?: 'Phone', number: string }>, hours: { __typename?: 'OpeningHoursObject', dayAndNight: boolean, openOnPublicHolidays: boolean, week: Array<{ __typename?: 'WeekdayHours', day: Weekday, ranges: Array<{ __typename?: 'TimeRangeObject', opens: string, closes: string }> }>, exceptions: Array<{ __typename?: 'DayExceptionObject', date: string, ranges: Array<{ __typename?: 'TimeRangeObject', opens: string, closes: string }> }> }, shelterPlaces?: { __typename?: 'ShelterPlacesObject', free: number, updatedAt: string, shownToPublic: boolean } | null };

export type PointFormQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PointFormQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', municipality?: { __typename?: 'Municipality', slug: string } | null }, node?: { __typename?: 'AuditEvent' } | { __typename?: 'BlueCard' } | { __typename?: 'ChildProtectionInstitution' } | { __typename?: 'Coalition' } | { __typename?: 'Coordinator' } | { __typename?: 'FamilyFile' } | { __typename?: 'HelpPoint', id: string, name: string, kind: HelpPointKind, description?: string | null, email?: string | null, web?: string | null, services: Array<HelpService>, languages: Array<string>, accessibility: Array<AccessibilityFeature>, published?: boolean | null, version?: number | null, updatedAt: string, address?: { __typename?: 'AddressObject', street: string, postalCode?: string | null, city: string } | null, position?: { __typename?: 'Position', latitude: number, longitude: number } | null, phones: Array<{ __typename?: 'Phone', number: string }>, hours: { __typename?: 'OpeningHoursObject', dayAndNight: boolean, openOnPublicHolidays: boolean, week: Array<{ __typename?: 'WeekdayHours', day: Weekday, ranges: Array<{ __typename?: 'TimeRangeObject', opens: string, closes: string }> }>, exceptions: Array<{ __typename?: 'DayExceptionObject', date: string, ranges: Array<{ __typename?: 'TimeRangeObject', opens: string, closes: string }> }> }, shelterPlaces?: { __typename?: 'ShelterPlacesObject', free: number, updatedAt: string, shownToPublic: boolean } | null } | { __typename?: 'IntakeEntry' } | { __typename?: 'MunicipalProgramme' } | { __typename?: 'Municipality' } | { __typename?: 'Operator' } | { __typename?: 'ProgrammeEdition' } | { __typename?: 'ProgrammeEnrolment' } | { __typename?: 'Region' } | { __typename?: 'Team' } | { __typename?: 'TeamMeeting' } | { __typename?: 'TeamMember' } | { __typename?: 'User' } | null };

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

export type DataProtectionQueryVariables = Exact<{ [key: string]: never; }>;


export type DataProtectionQuery = { __typename?: 'Query', caseRetention: { __typename?: 'CaseRetention', years: number, isDefault: boolean, version: number, defaultYears: number, minimumYears: number, maximumYears: number }, caseErasures: Array<{ __typename?: 'CaseErasure', id: string, number?: string | null, initiatedOn: string, closedOn?: string | null, erasedOn: string, years: number, persons: number, records: number }> };

export type DataProtectionSetRetentionMutationVariables = Exact<{
  input: SetCaseRetentionInput;
}>;


export type DataProtectionSetRetentionMutation = { __typename?: 'Mutation', setCaseRetention: { __typename?: 'SetCaseRetentionPayload', retention?: { __typename?: 'CaseRetention', years: number, isDefault: boolean, version: number } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, code: string }> } };

export type DataProtectionExportQueryVariables = Exact<{
  pesel: Scalars['String']['input'];
  firstName?: InputMaybe<Scalars['String']['input']>;
  lastName?: InputMaybe<Scalars['String']['input']>;
}>;


export type DataProtectionExportQuery = { __typename?: 'Query', subjectAccessExport: { __typename?: 'DocumentFile', fileName: string, mediaType: string, base64: string } };

export type EnrolInProgrammeMutationVariables = Exact<{
  input: EnrolInProgrammeInput;
}>;


export type EnrolInProgrammeMutation = { __typename?: 'Mutation', enrolInProgramme: { __typename?: 'ProgrammeEnrolmentPayload', enrolment?: { __typename?: 'ProgrammeEnrolment', id: string, status: EnrolmentStatus } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, code: string }> } };

export type RecordProgrammeSessionMutationVariables = Exact<{
  input: RecordProgrammeSessionInput;
}>;


export type RecordProgrammeSessionMutation = { __typename?: 'Mutation', recordProgrammeSession: { __typename?: 'ProgrammeSessionPayload', session?: { __typename?: 'ProgrammeSession', id: string, heldOn: string } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, code: string }> } };

export type SetProgrammeEditionStaffMutationVariables = Exact<{
  input: SetProgrammeEditionStaffInput;
}>;


export type SetProgrammeEditionStaffMutation = { __typename?: 'Mutation', setProgrammeEditionStaff: { __typename?: 'ProgrammeEditionPayload', edition?: { __typename?: 'ProgrammeEdition', id: string, version: number } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, code: string }> } };

export type ProgrammeEditionQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ProgrammeEditionQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', roles: Array<Role> }, node?: { __typename?: 'AuditEvent' } | { __typename?: 'BlueCard' } | { __typename?: 'ChildProtectionInstitution' } | { __typename?: 'Coalition' } | { __typename?: 'Coordinator' } | { __typename?: 'FamilyFile' } | { __typename?: 'HelpPoint' } | { __typename?: 'IntakeEntry' } | { __typename?: 'MunicipalProgramme' } | { __typename?: 'Municipality' } | { __typename?: 'Operator' } | { __typename?: 'ProgrammeEdition', id: string, version: number, startsOn: string, endsOn: string, place: string, capacity: number, viewerRunsIt: boolean, counts: { __typename?: 'ProgrammeEditionCounts', enrolled: number, waiting: number, completed: number, droppedOut: number, notAdmitted: number, freePlaces: number }, staff: Array<{ __typename?: 'ProgrammeStaffMember', userId: string, displayName: string, qualifications: string }>, programme?: { __typename?: 'Programme', name: string, type: ProgrammeType, description?: string | null } | null } | { __typename?: 'ProgrammeEnrolment' } | { __typename?: 'Region' } | { __typename?: 'Team' } | { __typename?: 'TeamMeeting' } | { __typename?: 'TeamMember' } | { __typename?: 'User' } | null };

export type ProgrammeEditionPeopleQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ProgrammeEditionPeopleQuery = { __typename?: 'Query', node?: { __typename?: 'AuditEvent' } | { __typename?: 'BlueCard' } | { __typename?: 'ChildProtectionInstitution' } | { __typename?: 'Coalition' } | { __typename?: 'Coordinator' } | { __typename?: 'FamilyFile' } | { __typename?: 'HelpPoint' } | { __typename?: 'IntakeEntry' } | { __typename?: 'MunicipalProgramme' } | { __typename?: 'Municipality' } | { __typename?: 'Operator' } | { __typename?: 'ProgrammeEdition', id: string, enrolments?: Array<{ __typename?: 'ProgrammeEnrolment', id: string, basis: EnrolmentBasis, status: EnrolmentStatus, allowedSteps: Array<EnrolmentStep>, availableDocuments: Array<ProgrammeDocument>, version: number, consentOn?: string | null, finishedOn?: string | null, dropOutReason?: DropOutReason | null, participant: { __typename?: 'ProgrammeParticipant', firstName: string, lastName: string, dateOfBirth?: string | null, phone?: string | null }, attended: { __typename?: 'ProgrammeAttended', sessions: number, minutes: number } }> | null, sessions?: Array<{ __typename?: 'ProgrammeSession', id: string, heldOn: string, minutes: number, kind: SessionKind, attendance: Array<{ __typename?: 'ProgrammeAttendance', enrolmentId: string, presence: Presence }> }> | null } | { __typename?: 'ProgrammeEnrolment' } | { __typename?: 'Region' } | { __typename?: 'Team' } | { __typename?: 'TeamMeeting' } | { __typename?: 'TeamMember' } | { __typename?: 'User' } | null };

export type AdmitFromWaitingListMutationVariables = Exact<{
  input: AdmitFromWaitingListInput;
}>;


export type AdmitFromWaitingListMutation = { __typename?: 'Mutation', admitFromWaitingList: { __typename?: 'ProgrammeEnrolmentPayload', enrolment?: { __typename?: 'ProgrammeEnrolment', id: string, status: EnrolmentStatus } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, code: string }> } };

export type EnrolmentDocumentQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  certificate: Scalars['Boolean']['input'];
  notice: Scalars['Boolean']['input'];
}>;


export type EnrolmentDocumentQuery = { __typename?: 'Query', node?: { __typename?: 'AuditEvent' } | { __typename?: 'BlueCard' } | { __typename?: 'ChildProtectionInstitution' } | { __typename?: 'Coalition' } | { __typename?: 'Coordinator' } | { __typename?: 'FamilyFile' } | { __typename?: 'HelpPoint' } | { __typename?: 'IntakeEntry' } | { __typename?: 'MunicipalProgramme' } | { __typename?: 'Municipality' } | { __typename?: 'Operator' } | { __typename?: 'ProgrammeEdition' } | { __typename?: 'ProgrammeEnrolment', certificate?: { __typename?: 'DocumentFile', fileName: string, mediaType: string, base64: string } | null, notice?: { __typename?: 'DocumentFile', fileName: string, mediaType: string, base64: string } | null } | { __typename?: 'Region' } | { __typename?: 'Team' } | { __typename?: 'TeamMeeting' } | { __typename?: 'TeamMember' } | { __typename?: 'User' } | null };

export type CompleteProgrammeMutationVariables = Exact<{
  input: CompleteProgrammeInput;
}>;


export type CompleteProgrammeMutation = { __typename?: 'Mutation', completeProgramme: { __typename?: 'ProgrammeEnrolmentPayload', enrolment?: { __typename?: 'ProgrammeEnrolment', id: string, status: EnrolmentStatus } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, code: string, message: string }> } };

export type DropOutOfProgrammeMutationVariables = Exact<{
  input: DropOutOfProgrammeInput;
}>;


export type DropOutOfProgrammeMutation = { __typename?: 'Mutation', dropOutOfProgramme: { __typename?: 'ProgrammeEnrolmentPayload', enrolment?: { __typename?: 'ProgrammeEnrolment', id: string, status: EnrolmentStatus } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, code: string }> } };

export type ProgrammesQueryVariables = Exact<{ [key: string]: never; }>;


export type ProgrammesQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', roles: Array<Role>, municipality?: { __typename?: 'Municipality', slug: string } | null }, programmes: Array<{ __typename?: 'Programme', id: string, type: ProgrammeType, name: string, provider: string, helpPointId?: string | null, servedMunicipalities: Array<string>, requiredSessions?: number | null, requiredHours?: number | null, description?: string | null, editions: Array<{ __typename?: 'ProgrammeEdition', id: string, startsOn: string, endsOn: string, place: string, capacity: number, viewerRunsIt: boolean, counts: { __typename?: 'ProgrammeEditionCounts', enrolled: number, waiting: number, completed: number, droppedOut: number, notAdmitted: number, freePlaces: number }, staff: Array<{ __typename?: 'ProgrammeStaffMember', displayName: string }> }> }> };

export type ProgrammeHelpPointsQueryVariables = Exact<{
  municipality: Scalars['String']['input'];
}>;


export type ProgrammeHelpPointsQuery = { __typename?: 'Query', helpPoints: { __typename?: 'HelpPointConnection', nodes: Array<{ __typename?: 'HelpPoint', id: string, name: string, national: boolean }> }, helpRegions: Array<{ __typename?: 'HelpRegion', municipalities: Array<{ __typename?: 'HelpMunicipality', slug: string, name: string }> }> };

export type CreateProgrammeMutationVariables = Exact<{
  input: CreateProgrammeInput;
}>;


export type CreateProgrammeMutation = { __typename?: 'Mutation', createProgramme: { __typename?: 'ProgrammePayload', programme?: { __typename?: 'Programme', id: string, name: string } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, code: string }> } };

export type CreateProgrammeEditionMutationVariables = Exact<{
  input: CreateProgrammeEditionInput;
}>;


export type CreateProgrammeEditionMutation = { __typename?: 'Mutation', createProgrammeEdition: { __typename?: 'ProgrammeEditionPayload', edition?: { __typename?: 'ProgrammeEdition', id: string } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, code: string }> } };

export type ProgrammeStaffChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type ProgrammeStaffChoicesQuery = { __typename?: 'Query', users: { __typename?: 'UserConnection', edges: Array<{ __typename?: 'UserEdge', node: { __typename?: 'User', id: string, displayName: string, disabled: boolean, roles: Array<Role> } }> } };

export type RegionReleasesQueryVariables = Exact<{
  region: Scalars['String']['input'];
}>;


export type RegionReleasesQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', region?: { __typename?: 'Region', slug: string, name: string } | null }, statisticsReleases: Array<{ __typename?: 'StatisticsRelease', number?: number | null, period: string, status: ReleaseStatus }> };

export type RegionStatisticsQueryVariables = Exact<{
  region: Scalars['String']['input'];
  period: Scalars['String']['input'];
}>;


export type RegionStatisticsQuery = { __typename?: 'Query', regionStatistics?: { __typename?: 'RegionStatistics', period: string, release: { __typename?: 'StatisticsRelease', number?: number | null, finishedAt?: string | null, municipalities?: number | null }, indicators: Array<{ __typename?: 'RegionIndicator', key: string, label: string, dimensions: Array<string>, unit: StatisticsUnit, cumulative: boolean, cells: Array<{ __typename?: 'RegionCell', value?: number | null, suppressed: boolean, rule?: SuppressionRule | null, breakdown: Array<{ __typename?: 'StatisticsBreakdown', dimension: string, value: string }> }> }> } | null };

export type ViewerRegionQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerRegionQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', region?: { __typename?: 'Region', slug: string } | null } };

export type RegionStatisticsExportQueryVariables = Exact<{
  region: Scalars['String']['input'];
  period: Scalars['String']['input'];
  format: ExportFormat;
}>;


export type RegionStatisticsExportQuery = { __typename?: 'Query', regionStatisticsExport?: { __typename?: 'StatisticsFile', fileName: string, mediaType: string, base64: string } | null };

export type SignInRegionsQueryVariables = Exact<{ [key: string]: never; }>;


export type SignInRegionsQuery = { __typename?: 'Query', signInRegions: Array<{ __typename?: 'SignInRegion', slug: string, name: string }> };

export type SheltersQueryVariables = Exact<{ [key: string]: never; }>;


export type SheltersQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', roles: Array<Role>, municipality?: { __typename?: 'Municipality', name: string } | null }, shelterPoints: Array<{ __typename?: 'HelpPoint', id: string, name: string, published?: boolean | null, shelterPlaces?: { __typename?: 'ShelterPlacesObject', free: number, updatedAt: string, shownToPublic: boolean } | null }> };

export type UpdateShelterPlacesMutationVariables = Exact<{
  input: UpdateShelterPlacesInput;
}>;


export type UpdateShelterPlacesMutation = { __typename?: 'Mutation', updateShelterPlaces: { __typename?: 'HelpPointPayload', helpPoint?: { __typename?: 'HelpPoint', id: string, shelterPlaces?: { __typename?: 'ShelterPlacesObject', free: number, updatedAt: string, shownToPublic: boolean } | null } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, message: string, code: string }> } };

export type SignInMunicipalitiesQueryVariables = Exact<{ [key: string]: never; }>;


export type SignInMunicipalitiesQuery = { __typename?: 'Query', signInMunicipalities: Array<{ __typename?: 'SignInMunicipality', slug: string, name: string }> };

export type MunicipalityStatisticsQueryVariables = Exact<{
  period: Scalars['String']['input'];
}>;


export type MunicipalityStatisticsQuery = { __typename?: 'Query', municipalityStatistics: { __typename?: 'MunicipalityStatistics', period: string, from: string, to: string, indicators: Array<{ __typename?: 'StatisticsIndicator', key: string, label: string, dimensions: Array<string>, cumulative: boolean, total: number, figures: Array<{ __typename?: 'StatisticsFigure', value: number, breakdown: Array<{ __typename?: 'StatisticsBreakdown', dimension: string, value: string }> }> }>, months: Array<{ __typename?: 'MunicipalityStatistics', period: string, indicators: Array<{ __typename?: 'StatisticsIndicator', key: string, total: number }> }> } };

export type MunicipalityStatisticsExportQueryVariables = Exact<{
  period: Scalars['String']['input'];
  format: ExportFormat;
}>;


export type MunicipalityStatisticsExportQuery = { __typename?: 'Query', municipalityStatisticsExport: { __typename?: 'StatisticsFile', fileName: string, mediaType: string, base64: string } };

export type GovernmentProgrammeReportQueryVariables = Exact<{
  year: Scalars['Int']['input'];
  format: ExportFormat;
}>;


export type GovernmentProgrammeReportQuery = { __typename?: 'Query', governmentProgrammeReport: { __typename?: 'StatisticsFile', fileName: string, mediaType: string, base64: string } };

export type CoalitionsPageQueryVariables = Exact<{ [key: string]: never; }>;


export type CoalitionsPageQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', roles: Array<Role> }, municipalProgrammes: Array<{ __typename?: 'MunicipalProgramme', id: string, goals: Array<{ __typename?: 'MunicipalProgrammeGoal', actions: Array<{ __typename?: 'MunicipalProgrammeAction', tasks: Array<{ __typename?: 'MunicipalProgrammeTask', id: string, number: string, title: string }> }> }> }>, coalitions: Array<{ __typename?: 'Coalition', id: string, name: string, area: string, description?: string | null, foundedBy: string, standing: CoalitionStanding, viewerMayEdit: boolean, viewerMayConsent: boolean, version: number, parties: Array<{ __typename?: 'CoalitionParty', municipality: string, standing: CoalitionStanding, own: boolean, invitedOn: string, joinedOn?: string | null, leftOn?: string | null }>, members: Array<{ __typename?: 'CoalitionMember', id: string, institution: string, kind: CoalitionMemberKind, contactPerson?: string | null, phone?: string | null, email?: string | null, joinedOn: string, leftOn?: string | null, recordedBy: string, version: number }>, meetings: Array<{ __typename?: 'CoalitionMeeting', id: string, heldOn: string, place: string, agenda: string, participants?: number | null, minutes?: string | null, recordedBy: string, version: number }>, actions: Array<{ __typename?: 'CoalitionAction', id: string, title: string, description?: string | null, startsOn: string, endsOn?: string | null, status: CoalitionActionStatus, leadMemberId?: string | null, recordedBy: string, version: number, programmeTasks: Array<{ __typename?: 'CoalitionLinkedTask', id: string, title: string }> }> }> };

export type FoundCoalitionMutationVariables = Exact<{
  input: FoundCoalitionInput;
}>;


export type FoundCoalitionMutation = { __typename?: 'Mutation', foundCoalition: { __typename?: 'CoalitionPayload', coalition?: { __typename?: 'Coalition', id: string } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, code: string }> } };

export type UpdateCoalitionMutationVariables = Exact<{
  input: UpdateCoalitionInput;
}>;


export type UpdateCoalitionMutation = { __typename?: 'Mutation', updateCoalition: { __typename?: 'CoalitionPayload', coalition?: { __typename?: 'Coalition', id: string } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, code: string }> } };

export type InviteToCoalitionMutationVariables = Exact<{
  input: InviteToCoalitionInput;
}>;


export type InviteToCoalitionMutation = { __typename?: 'Mutation', inviteToCoalition: { __typename?: 'CoalitionPayload', coalition?: { __typename?: 'Coalition', id: string } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, code: string }> } };

export type JoinCoalitionMutationVariables = Exact<{
  input: JoinCoalitionInput;
}>;


export type JoinCoalitionMutation = { __typename?: 'Mutation', joinCoalition: { __typename?: 'CoalitionPayload', coalition?: { __typename?: 'Coalition', id: string } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, code: string }> } };

export type LeaveCoalitionMutationVariables = Exact<{
  input: LeaveCoalitionInput;
}>;


export type LeaveCoalitionMutation = { __typename?: 'Mutation', leaveCoalition: { __typename?: 'LeaveCoalitionPayload', coalitionId?: string | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, code: string }> } };

export type AddCoalitionMemberMutationVariables = Exact<{
  input: AddCoalitionMemberInput;
}>;


export type AddCoalitionMemberMutation = { __typename?: 'Mutation', addCoalitionMember: { __typename?: 'CoalitionPayload', coalition?: { __typename?: 'Coalition', id: string } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, code: string }> } };

export type UpdateCoalitionMemberMutationVariables = Exact<{
  input: UpdateCoalitionMemberInput;
}>;


export type UpdateCoalitionMemberMutation = { __typename?: 'Mutation', updateCoalitionMember: { __typename?: 'CoalitionPayload', coalition?: { __typename?: 'Coalition', id: string } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, code: string }> } };

export type AddCoalitionMeetingMutationVariables = Exact<{
  input: AddCoalitionMeetingInput;
}>;


export type AddCoalitionMeetingMutation = { __typename?: 'Mutation', addCoalitionMeeting: { __typename?: 'CoalitionPayload', coalition?: { __typename?: 'Coalition', id: string } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, code: string }> } };

export type UpdateCoalitionMeetingMutationVariables = Exact<{
  input: UpdateCoalitionMeetingInput;
}>;


export type UpdateCoalitionMeetingMutation = { __typename?: 'Mutation', updateCoalitionMeeting: { __typename?: 'CoalitionPayload', coalition?: { __typename?: 'Coalition', id: string } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, code: string }> } };

export type AddCoalitionActionMutationVariables = Exact<{
  input: AddCoalitionActionInput;
}>;


export type AddCoalitionActionMutation = { __typename?: 'Mutation', addCoalitionAction: { __typename?: 'CoalitionPayload', coalition?: { __typename?: 'Coalition', id: string } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, code: string }> } };

export type UpdateCoalitionActionMutationVariables = Exact<{
  input: UpdateCoalitionActionInput;
}>;


export type UpdateCoalitionActionMutation = { __typename?: 'Mutation', updateCoalitionAction: { __typename?: 'CoalitionPayload', coalition?: { __typename?: 'Coalition', id: string } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, code: string }> } };

export type LinkCoalitionActionToTaskMutationVariables = Exact<{
  input: LinkCoalitionActionToTaskInput;
}>;


export type LinkCoalitionActionToTaskMutation = { __typename?: 'Mutation', linkCoalitionActionToTask: { __typename?: 'CoalitionPayload', coalition?: { __typename?: 'Coalition', id: string } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, code: string }> } };

export type UnlinkCoalitionActionFromTaskMutationVariables = Exact<{
  input: UnlinkCoalitionActionFromTaskInput;
}>;


export type UnlinkCoalitionActionFromTaskMutation = { __typename?: 'Mutation', unlinkCoalitionActionFromTask: { __typename?: 'CoalitionPayload', coalition?: { __typename?: 'Coalition', id: string } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, code: string }> } };

export type MunicipalEventsPageQueryVariables = Exact<{
  year: Scalars['Int']['input'];
}>;


export type MunicipalEventsPageQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', roles: Array<Role> }, municipalCampaigns: Array<{ __typename?: 'MunicipalCampaign', id: string, title: string, startsOn: string, endsOn: string, description?: string | null, viewerMayEdit: boolean, version: number, events: Array<{ __typename?: 'MunicipalEvent', id: string, campaignId?: string | null, title: string, kind: MunicipalEventKind, startsAt: string, endsAt: string, place: string, audience: string, description?: string | null, participants?: number | null, published: boolean, viewerMayEdit: boolean, version: number }> }>, municipalEvents: Array<{ __typename?: 'MunicipalEvent', id: string, campaignId?: string | null, title: string, kind: MunicipalEventKind, startsAt: string, endsAt: string, place: string, audience: string, description?: string | null, participants?: number | null, published: boolean, viewerMayEdit: boolean, version: number }> };

export type CreateMunicipalCampaignMutationVariables = Exact<{
  input: CreateMunicipalCampaignInput;
}>;


export type CreateMunicipalCampaignMutation = { __typename?: 'Mutation', createMunicipalCampaign: { __typename?: 'MunicipalCampaignPayload', campaign?: { __typename?: 'MunicipalCampaign', id: string } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, code: string }> } };

export type UpdateMunicipalCampaignMutationVariables = Exact<{
  input: UpdateMunicipalCampaignInput;
}>;


export type UpdateMunicipalCampaignMutation = { __typename?: 'Mutation', updateMunicipalCampaign: { __typename?: 'MunicipalCampaignPayload', campaign?: { __typename?: 'MunicipalCampaign', id: string } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, code: string }> } };

export type AddMunicipalEventMutationVariables = Exact<{
  input: AddMunicipalEventInput;
}>;


export type AddMunicipalEventMutation = { __typename?: 'Mutation', addMunicipalEvent: { __typename?: 'MunicipalEventPayload', event?: { __typename?: 'MunicipalEvent', id: string } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, code: string }> } };

export type UpdateMunicipalEventMutationVariables = Exact<{
  input: UpdateMunicipalEventInput;
}>;


export type UpdateMunicipalEventMutation = { __typename?: 'Mutation', updateMunicipalEvent: { __typename?: 'MunicipalEventPayload', event?: { __typename?: 'MunicipalEvent', id: string } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, code: string }> } };

export type CountableStatisticsQueryVariables = Exact<{ [key: string]: never; }>;


export type CountableStatisticsQuery = { __typename?: 'Query', countableStatistics: Array<{ __typename?: 'CountableStatistic', key: string, label: string }> };

export type AddMunicipalProgrammeIndicatorMutationVariables = Exact<{
  input: AddMunicipalProgrammeIndicatorInput;
}>;


export type AddMunicipalProgrammeIndicatorMutation = { __typename?: 'Mutation', addMunicipalProgrammeIndicator: { __typename?: 'MunicipalProgrammePayload', programme?: { __typename?: 'MunicipalProgramme', id: string } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, code: string }> } };

export type RecordMunicipalProgrammeIndicatorValueMutationVariables = Exact<{
  input: RecordMunicipalProgrammeIndicatorValueInput;
}>;


export type RecordMunicipalProgrammeIndicatorValueMutation = { __typename?: 'Mutation', recordMunicipalProgrammeIndicatorValue: { __typename?: 'MunicipalProgrammePayload', programme?: { __typename?: 'MunicipalProgramme', id: string } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, code: string }> } };

export type MunicipalProgrammeReportQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
  format: MunicipalProgrammeReportFormat;
}>;


export type MunicipalProgrammeReportQuery = { __typename?: 'Query', node?: { __typename?: 'AuditEvent' } | { __typename?: 'BlueCard' } | { __typename?: 'ChildProtectionInstitution' } | { __typename?: 'Coalition' } | { __typename?: 'Coordinator' } | { __typename?: 'FamilyFile' } | { __typename?: 'HelpPoint' } | { __typename?: 'IntakeEntry' } | { __typename?: 'MunicipalProgramme', yearlyReport: { __typename?: 'DocumentFile', fileName: string, mediaType: string, base64: string } } | { __typename?: 'Municipality' } | { __typename?: 'Operator' } | { __typename?: 'ProgrammeEdition' } | { __typename?: 'ProgrammeEnrolment' } | { __typename?: 'Region' } | { __typename?: 'Team' } | { __typename?: 'TeamMeeting' } | { __typename?: 'TeamMember' } | { __typename?: 'User' } | null };

export type ChildProtectionRegisterQueryVariables = Exact<{ [key: string]: never; }>;


export type ChildProtectionRegisterQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', roles: Array<Role> }, childProtectionInstitutions: Array<{ __typename?: 'ChildProtectionInstitution', id: string, name: string, kind: ChildProtectionInstitutionKind, responsiblePerson: string, adoptedOn?: string | null, lastReviewOn?: string | null, nextReviewOn?: string | null, state: ChildProtectionState, daysOverdue?: number | null, viewerMayEdit: boolean, version: number }> };

export type AddChildProtectionInstitutionMutationVariables = Exact<{
  input: AddChildProtectionInstitutionInput;
}>;


export type AddChildProtectionInstitutionMutation = { __typename?: 'Mutation', addChildProtectionInstitution: { __typename?: 'ChildProtectionInstitutionPayload', institution?: { __typename?: 'ChildProtectionInstitution', id: string } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, code: string }> } };

export type UpdateChildProtectionInstitutionMutationVariables = Exact<{
  input: UpdateChildProtectionInstitutionInput;
}>;


export type UpdateChildProtectionInstitutionMutation = { __typename?: 'Mutation', updateChildProtectionInstitution: { __typename?: 'ChildProtectionInstitutionPayload', institution?: { __typename?: 'ChildProtectionInstitution', id: string } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, code: string }> } };

export type RecordChildProtectionStandardsMutationVariables = Exact<{
  input: RecordChildProtectionStandardsInput;
}>;


export type RecordChildProtectionStandardsMutation = { __typename?: 'Mutation', recordChildProtectionStandards: { __typename?: 'ChildProtectionInstitutionPayload', institution?: { __typename?: 'ChildProtectionInstitution', id: string } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, code: string }> } };

export type StrategyPageQueryVariables = Exact<{ [key: string]: never; }>;


export type StrategyPageQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', roles: Array<Role> }, municipalProgrammes: Array<{ __typename?: 'MunicipalProgramme', id: string, title: string, resolutionNumber: string, resolutionDate: string, firstYear: number, lastYear: number, viewerMayEdit: boolean, version: number, indicators: Array<{ __typename?: 'MunicipalProgrammeIndicator', id: string, name: string, unit: string, goalNumber?: string | null, baseline?: number | null, source?: string | null, computedFrom?: { __typename?: 'MunicipalProgrammeIndicatorStatistic', statistic: string, label: string, valueLabel?: string | null } | null, years: Array<{ __typename?: 'MunicipalProgrammeIndicatorYear', year: number, target?: number | null, actual?: number | null }> }>, goals: Array<{ __typename?: 'MunicipalProgrammeGoal', id: string, number: string, title: string, actions: Array<{ __typename?: 'MunicipalProgrammeAction', id: string, number: string, title: string, tasks: Array<{ __typename?: 'MunicipalProgrammeTask', id: string, number: string, title: string, responsible: string, partners?: string | null, startsOn: string, endsOn: string, plannedBudget?: string | null, spentBudget?: string | null, status: MunicipalTaskStatus, version: number }> }> }> }> };

export type CreateMunicipalProgrammeMutationVariables = Exact<{
  input: CreateMunicipalProgrammeInput;
}>;


export type CreateMunicipalProgrammeMutation = { __typename?: 'Mutation', createMunicipalProgramme: { __typename?: 'MunicipalProgrammePayload', programme?: { __typename?: 'MunicipalProgramme', id: string } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, code: string }> } };

export type UpdateMunicipalProgrammeMutationVariables = Exact<{
  input: UpdateMunicipalProgrammeInput;
}>;


export type UpdateMunicipalProgrammeMutation = { __typename?: 'Mutation', updateMunicipalProgramme: { __typename?: 'MunicipalProgrammePayload', programme?: { __typename?: 'MunicipalProgramme', id: string } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, code: string }> } };

export type AddMunicipalProgrammeGoalMutationVariables = Exact<{
  input: AddMunicipalProgrammeGoalInput;
}>;


export type AddMunicipalProgrammeGoalMutation = { __typename?: 'Mutation', addMunicipalProgrammeGoal: { __typename?: 'MunicipalProgrammePayload', programme?: { __typename?: 'MunicipalProgramme', id: string } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, code: string }> } };

export type AddMunicipalProgrammeActionMutationVariables = Exact<{
  input: AddMunicipalProgrammeActionInput;
}>;


export type AddMunicipalProgrammeActionMutation = { __typename?: 'Mutation', addMunicipalProgrammeAction: { __typename?: 'MunicipalProgrammePayload', programme?: { __typename?: 'MunicipalProgramme', id: string } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, code: string }> } };

export type AddMunicipalProgrammeTaskMutationVariables = Exact<{
  input: AddMunicipalProgrammeTaskInput;
}>;


export type AddMunicipalProgrammeTaskMutation = { __typename?: 'Mutation', addMunicipalProgrammeTask: { __typename?: 'MunicipalProgrammePayload', programme?: { __typename?: 'MunicipalProgramme', id: string } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, code: string }> } };

export type UpdateMunicipalProgrammeTaskMutationVariables = Exact<{
  input: UpdateMunicipalProgrammeTaskInput;
}>;


export type UpdateMunicipalProgrammeTaskMutation = { __typename?: 'Mutation', updateMunicipalProgrammeTask: { __typename?: 'MunicipalProgrammePayload', programme?: { __typename?: 'MunicipalProgramme', id: string } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, code: string }> } };

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


export type TeamPageQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', roles: Array<Role>, user?: { __typename?: 'User', id: string } | null }, teams: Array<{ __typename?: 'Team', id: string, name: string, actNumber: string, actIssuedOn: string, lastMeetingOn?: string | null, missingInstitutions: Array<InstitutionKind>, warnings: Array<{ __typename?: 'UserError', code: string }>, chair?: { __typename?: 'TeamMember', id: string, userId: string } | null, members: Array<{ __typename?: 'TeamMember', id: string, userId: string, displayName?: string | null, formOfAddress?: FormOfAddress | null, institution: InstitutionKind, institutionName: string, chair: boolean, confidentialitySignedOn?: string | null, confidentialityWithdrawnOn?: string | null, confidentialityValidUntil?: string | null, confidentialityHolds: boolean, joinedOn: string, leftOn?: string | null, version: number }>, formerMembers: Array<{ __typename?: 'TeamMember', id: string, displayName?: string | null, institution: InstitutionKind, joinedOn: string, leftOn?: string | null, leftReason?: string | null }>, meetings: { __typename?: 'TeamMeetingConnection', nodes: Array<{ __typename?: 'TeamMeeting', id: string, heldOn: string, agenda?: string | null, minutes?: string | null, attendance: Array<{ __typename?: 'MeetingAttendance', present: boolean, member: { __typename?: 'TeamMember', id: string, displayName?: string | null } }> }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } }> };

export type CaseTransfersQueryVariables = Exact<{ [key: string]: never; }>;


export type CaseTransfersQuery = { __typename?: 'Query', caseTransfers: Array<{ __typename?: 'CaseTransfer', id: string, outgoing: boolean, municipality: string, number?: string | null, state: CaseTransferState, proposedOn: string, proposedByName?: string | null, completedOn?: string | null, version: number, waitsForViewer: boolean, viewerMayWithdraw: boolean, card?: { __typename?: 'BlueCard', id: string } | null }> };

export type CaseTransferRowFragment = { __typename?: 'CaseTransfer', id: string, outgoing: boolean, municipality: string, number?: string | null, state: CaseTransferState, proposedOn: string, proposedByName?: string | null, completedOn?: string | null, version: number, waitsForViewer: boolean, viewerMayWithdraw: boolean, card?: { __typename?: 'BlueCard', id: string } | null };

export type DecideCaseTransferMutationVariables = Exact<{
  input: DecideCaseTransferInput;
}>;


export type DecideCaseTransferMutation = { __typename?: 'Mutation', decideCaseTransfer: { __typename?: 'CaseTransferPayload', transfer?: { __typename?: 'CaseTransfer', id: string, state: CaseTransferState, version: number, waitsForViewer: boolean } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, code: string }> } };

export type WithdrawCaseTransferMutationVariables = Exact<{
  input: WithdrawCaseTransferInput;
}>;


export type WithdrawCaseTransferMutation = { __typename?: 'Mutation', withdrawCaseTransfer: { __typename?: 'CaseTransferPayload', transfer?: { __typename?: 'CaseTransfer', id: string, state: CaseTransferState, version: number, viewerMayWithdraw: boolean } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, code: string }> } };

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

export { PointFieldsFragmentDoc } from './documents/PointFieldsFragmentDoc';
export { ChairCaseRowFragmentDoc } from './documents/ChairCaseRowFragmentDoc';
export { CaseTransferRowFragmentDoc } from './documents/CaseTransferRowFragmentDoc';
export { NavBarDocument } from './documents/NavBarDocument';
export { AccountDocument } from './documents/AccountDocument';
export { SetMyFormOfAddressDocument } from './documents/SetMyFormOfAddressDocument';
export { AdminPageDocument } from './documents/AdminPageDocument';
export { AdminAuditEventsDocument } from './documents/AdminAuditEventsDocument';
export { AdminDeadlinesDocument } from './documents/AdminDeadlinesDocument';
export { AdminSetDeadlineRuleDocument } from './documents/AdminSetDeadlineRuleDocument';
export { AdminSetIntakeResponseRuleDocument } from './documents/AdminSetIntakeResponseRuleDocument';
export { AdminIdentityProviderDocument } from './documents/AdminIdentityProviderDocument';
export { RelinkAccountsDocument } from './documents/RelinkAccountsDocument';
export { AdminSettingsDocument } from './documents/AdminSettingsDocument';
export { AdminUpdateSettingsDocument } from './documents/AdminUpdateSettingsDocument';
export { AdminSharingDocument } from './documents/AdminSharingDocument';
export { AdminSetStatisticsSharingDocument } from './documents/AdminSetStatisticsSharingDocument';
export { AdminUsersDocument } from './documents/AdminUsersDocument';
export { AdminGrantRoleDocument } from './documents/AdminGrantRoleDocument';
export { AdminRevokeRoleDocument } from './documents/AdminRevokeRoleDocument';
export { AdminDisableUserDocument } from './documents/AdminDisableUserDocument';
export { AdminEnableUserDocument } from './documents/AdminEnableUserDocument';
export { CardForwardDocument } from './documents/CardForwardDocument';
export { CardStartMonitoringDocument } from './documents/CardStartMonitoringDocument';
export { CardReviewPlanDocument } from './documents/CardReviewPlanDocument';
export { CardEndMonitoringDocument } from './documents/CardEndMonitoringDocument';
export { CardSetUpGroupDocument } from './documents/CardSetUpGroupDocument';
export { CardVictimFormDocument } from './documents/CardVictimFormDocument';
export { CardPerpetratorFormDocument } from './documents/CardPerpetratorFormDocument';
export { CardNotifyPerpetratorDocument } from './documents/CardNotifyPerpetratorDocument';
export { CardNotifyFamilyCourtDocument } from './documents/CardNotifyFamilyCourtDocument';
export { CardCloseDocument } from './documents/CardCloseDocument';
export { CardRecordWorkDocument } from './documents/CardRecordWorkDocument';
export { BlueCardPageDocument } from './documents/BlueCardPageDocument';
export { CardFormDocumentDocument } from './documents/CardFormDocumentDocument';
export { CardNkBLeafletDocument } from './documents/CardNkBLeafletDocument';
export { CardRemoveGroupMemberDocument } from './documents/CardRemoveGroupMemberDocument';
export { CardAddOutsideMemberDocument } from './documents/CardAddOutsideMemberDocument';
export { CardRemoveOutsideMemberDocument } from './documents/CardRemoveOutsideMemberDocument';
export { CardAttachDocument } from './documents/CardAttachDocument';
export { CardKeepSeparateDocument } from './documents/CardKeepSeparateDocument';
export { CardLinkToEarlierDocument } from './documents/CardLinkToEarlierDocument';
export { CardGroupMeetingDocument } from './documents/CardGroupMeetingDocument';
export { CardUpdateBlueCardDocument } from './documents/CardUpdateBlueCardDocument';
export { CardCorrectPersonDocument } from './documents/CardCorrectPersonDocument';
export { CardUpdatePlanItemDocument } from './documents/CardUpdatePlanItemDocument';
export { CardAddPlanItemDocument } from './documents/CardAddPlanItemDocument';
export { CardProgrammeReferralsDocument } from './documents/CardProgrammeReferralsDocument';
export { CardReferralDocumentDocument } from './documents/CardReferralDocumentDocument';
export { CardEnrolFromReferralDocument } from './documents/CardEnrolFromReferralDocument';
export { TransferMunicipalitiesDocument } from './documents/TransferMunicipalitiesDocument';
export { ProposeCaseTransferDocument } from './documents/ProposeCaseTransferDocument';
export { ConcludeSocialContractDocument } from './documents/ConcludeSocialContractDocument';
export { SettleSocialContractDocument } from './documents/SettleSocialContractDocument';
export { FamilyFileListDocument } from './documents/FamilyFileListDocument';
export { FamilyFilePageDocument } from './documents/FamilyFilePageDocument';
export { FamilyFileCardsDocument } from './documents/FamilyFileCardsDocument';
export { FamilyLinkableCardsDocument } from './documents/FamilyLinkableCardsDocument';
export { FamilyFileLinkCardDocument } from './documents/FamilyFileLinkCardDocument';
export { CloseFamilyFileDocument } from './documents/CloseFamilyFileDocument';
export { FamilyColleaguesDocument } from './documents/FamilyColleaguesDocument';
export { UpdateFamilyFileDocument } from './documents/UpdateFamilyFileDocument';
export { OpenFamilyFileDocument } from './documents/OpenFamilyFileDocument';
export { RecordFamilyHelpDocument } from './documents/RecordFamilyHelpDocument';
export { WithdrawFamilyHelpDocument } from './documents/WithdrawFamilyHelpDocument';
export { PublicEventsDocument } from './documents/PublicEventsDocument';
export { HelpRegionsDocument } from './documents/HelpRegionsDocument';
export { HelpPageDocument } from './documents/HelpPageDocument';
export { RecordIntakeDocument } from './documents/RecordIntakeDocument';
export { IntakeListDocument } from './documents/IntakeListDocument';
export { IntakeEntryPageDocument } from './documents/IntakeEntryPageDocument';
export { IntakeHelpPointsDocument } from './documents/IntakeHelpPointsDocument';
export { RespondToIntakeDocument } from './documents/RespondToIntakeDocument';
export { AssignIntakeDocument } from './documents/AssignIntakeDocument';
export { CloseIntakeDocument } from './documents/CloseIntakeDocument';
export { LinkIntakeDocument } from './documents/LinkIntakeDocument';
export { LinkableCardsDocument } from './documents/LinkableCardsDocument';
export { ConvertIntakeToBlueCardDocument } from './documents/ConvertIntakeToBlueCardDocument';
export { IntakeAlertsDocument } from './documents/IntakeAlertsDocument';
export { OpenBlueCardDocument } from './documents/OpenBlueCardDocument';
export { LinkIntakeToBlueCardDocument } from './documents/LinkIntakeToBlueCardDocument';
export { LinkFamilyFileToBlueCardDocument } from './documents/LinkFamilyFileToBlueCardDocument';
export { OperatorHealthDocument } from './documents/OperatorHealthDocument';
export { OperatorHelplinesDocument } from './documents/OperatorHelplinesDocument';
export { OperatorCreateHelplineDocument } from './documents/OperatorCreateHelplineDocument';
export { OperatorUpdateHelplineDocument } from './documents/OperatorUpdateHelplineDocument';
export { OperatorPublishHelplineDocument } from './documents/OperatorPublishHelplineDocument';
export { OperatorMunicipalitiesDocument } from './documents/OperatorMunicipalitiesDocument';
export { OperatorDisableMunicipalityDocument } from './documents/OperatorDisableMunicipalityDocument';
export { OperatorEnableMunicipalityDocument } from './documents/OperatorEnableMunicipalityDocument';
export { OperatorSetSharingDocument } from './documents/OperatorSetSharingDocument';
export { OperatorCreateRegionDocument } from './documents/OperatorCreateRegionDocument';
export { OperatorCreateMunicipalityDocument } from './documents/OperatorCreateMunicipalityDocument';
export { OperatorPageDocument } from './documents/OperatorPageDocument';
export { OperatorProvidersDocument } from './documents/OperatorProvidersDocument';
export { OperatorSetIdentityProviderDocument } from './documents/OperatorSetIdentityProviderDocument';
export { OperatorRegionsDocument } from './documents/OperatorRegionsDocument';
export { OperatorReleasesDocument } from './documents/OperatorReleasesDocument';
export { OperatorTrailDocument } from './documents/OperatorTrailDocument';
export { PointFormDocument } from './documents/PointFormDocument';
export { CreateHelpPointDocument } from './documents/CreateHelpPointDocument';
export { UpdateHelpPointDocument } from './documents/UpdateHelpPointDocument';
export { PublishHelpPointDocument } from './documents/PublishHelpPointDocument';
export { PointShelterPlacesDocument } from './documents/PointShelterPlacesDocument';
export { MyHelpPointsDocument } from './documents/MyHelpPointsDocument';
export { DataProtectionDocument } from './documents/DataProtectionDocument';
export { DataProtectionSetRetentionDocument } from './documents/DataProtectionSetRetentionDocument';
export { DataProtectionExportDocument } from './documents/DataProtectionExportDocument';
export { EnrolInProgrammeDocument } from './documents/EnrolInProgrammeDocument';
export { RecordProgrammeSessionDocument } from './documents/RecordProgrammeSessionDocument';
export { SetProgrammeEditionStaffDocument } from './documents/SetProgrammeEditionStaffDocument';
export { ProgrammeEditionDocument } from './documents/ProgrammeEditionDocument';
export { ProgrammeEditionPeopleDocument } from './documents/ProgrammeEditionPeopleDocument';
export { AdmitFromWaitingListDocument } from './documents/AdmitFromWaitingListDocument';
export { EnrolmentDocumentDocument } from './documents/EnrolmentDocumentDocument';
export { CompleteProgrammeDocument } from './documents/CompleteProgrammeDocument';
export { DropOutOfProgrammeDocument } from './documents/DropOutOfProgrammeDocument';
export { ProgrammesDocument } from './documents/ProgrammesDocument';
export { ProgrammeHelpPointsDocument } from './documents/ProgrammeHelpPointsDocument';
export { CreateProgrammeDocument } from './documents/CreateProgrammeDocument';
export { CreateProgrammeEditionDocument } from './documents/CreateProgrammeEditionDocument';
export { ProgrammeStaffChoicesDocument } from './documents/ProgrammeStaffChoicesDocument';
export { RegionReleasesDocument } from './documents/RegionReleasesDocument';
export { RegionStatisticsDocument } from './documents/RegionStatisticsDocument';
export { ViewerRegionDocument } from './documents/ViewerRegionDocument';
export { RegionStatisticsExportDocument } from './documents/RegionStatisticsExportDocument';
export { SignInRegionsDocument } from './documents/SignInRegionsDocument';
export { SheltersDocument } from './documents/SheltersDocument';
export { UpdateShelterPlacesDocument } from './documents/UpdateShelterPlacesDocument';
export { SignInMunicipalitiesDocument } from './documents/SignInMunicipalitiesDocument';
export { MunicipalityStatisticsDocument } from './documents/MunicipalityStatisticsDocument';
export { MunicipalityStatisticsExportDocument } from './documents/MunicipalityStatisticsExportDocument';
export { GovernmentProgrammeReportDocument } from './documents/GovernmentProgrammeReportDocument';
export { CoalitionsPageDocument } from './documents/CoalitionsPageDocument';
export { FoundCoalitionDocument } from './documents/FoundCoalitionDocument';
export { UpdateCoalitionDocument } from './documents/UpdateCoalitionDocument';
export { InviteToCoalitionDocument } from './documents/InviteToCoalitionDocument';
export { JoinCoalitionDocument } from './documents/JoinCoalitionDocument';
export { LeaveCoalitionDocument } from './documents/LeaveCoalitionDocument';
export { AddCoalitionMemberDocument } from './documents/AddCoalitionMemberDocument';
export { UpdateCoalitionMemberDocument } from './documents/UpdateCoalitionMemberDocument';
export { AddCoalitionMeetingDocument } from './documents/AddCoalitionMeetingDocument';
export { UpdateCoalitionMeetingDocument } from './documents/UpdateCoalitionMeetingDocument';
export { AddCoalitionActionDocument } from './documents/AddCoalitionActionDocument';
export { UpdateCoalitionActionDocument } from './documents/UpdateCoalitionActionDocument';
export { LinkCoalitionActionToTaskDocument } from './documents/LinkCoalitionActionToTaskDocument';
export { UnlinkCoalitionActionFromTaskDocument } from './documents/UnlinkCoalitionActionFromTaskDocument';
export { MunicipalEventsPageDocument } from './documents/MunicipalEventsPageDocument';
export { CreateMunicipalCampaignDocument } from './documents/CreateMunicipalCampaignDocument';
export { UpdateMunicipalCampaignDocument } from './documents/UpdateMunicipalCampaignDocument';
export { AddMunicipalEventDocument } from './documents/AddMunicipalEventDocument';
export { UpdateMunicipalEventDocument } from './documents/UpdateMunicipalEventDocument';
export { CountableStatisticsDocument } from './documents/CountableStatisticsDocument';
export { AddMunicipalProgrammeIndicatorDocument } from './documents/AddMunicipalProgrammeIndicatorDocument';
export { RecordMunicipalProgrammeIndicatorValueDocument } from './documents/RecordMunicipalProgrammeIndicatorValueDocument';
export { MunicipalProgrammeReportDocument } from './documents/MunicipalProgrammeReportDocument';
export { ChildProtectionRegisterDocument } from './documents/ChildProtectionRegisterDocument';
export { AddChildProtectionInstitutionDocument } from './documents/AddChildProtectionInstitutionDocument';
export { UpdateChildProtectionInstitutionDocument } from './documents/UpdateChildProtectionInstitutionDocument';
export { RecordChildProtectionStandardsDocument } from './documents/RecordChildProtectionStandardsDocument';
export { StrategyPageDocument } from './documents/StrategyPageDocument';
export { CreateMunicipalProgrammeDocument } from './documents/CreateMunicipalProgrammeDocument';
export { UpdateMunicipalProgrammeDocument } from './documents/UpdateMunicipalProgrammeDocument';
export { AddMunicipalProgrammeGoalDocument } from './documents/AddMunicipalProgrammeGoalDocument';
export { AddMunicipalProgrammeActionDocument } from './documents/AddMunicipalProgrammeActionDocument';
export { AddMunicipalProgrammeTaskDocument } from './documents/AddMunicipalProgrammeTaskDocument';
export { UpdateMunicipalProgrammeTaskDocument } from './documents/UpdateMunicipalProgrammeTaskDocument';
export { TeamAttendanceDocument } from './documents/TeamAttendanceDocument';
export { ChairCasesDocument } from './documents/ChairCasesDocument';
export { TeamRecordMeetingDocument } from './documents/TeamRecordMeetingDocument';
export { TeamEndMembershipDocument } from './documents/TeamEndMembershipDocument';
export { TeamWithdrawStatementDocument } from './documents/TeamWithdrawStatementDocument';
export { TeamSignStatementDocument } from './documents/TeamSignStatementDocument';
export { TeamHandOverChairDocument } from './documents/TeamHandOverChairDocument';
export { TeamPageDocument } from './documents/TeamPageDocument';
export { CaseTransfersDocument } from './documents/CaseTransfersDocument';
export { DecideCaseTransferDocument } from './documents/DecideCaseTransferDocument';
export { WithdrawCaseTransferDocument } from './documents/WithdrawCaseTransferDocument';
export { DeadlineNotificationsDocument } from './documents/DeadlineNotificationsDocument';
export { DeadlineAlertsDocument } from './documents/DeadlineAlertsDocument';
export { WorkListDocument } from './documents/WorkListDocument';
export { WorkListTeamMembersDocument } from './documents/WorkListTeamMembersDocument';