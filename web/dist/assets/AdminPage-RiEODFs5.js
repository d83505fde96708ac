import{a as u,j as e}from"./session-xi3aDFnN.js";import{a5 as J,Z as U,W as D,$ as y,a3 as M,X as q,g as k,N as G,T as H,a6 as ee,O as ne,a7 as te,a8 as se,a9 as ie,aa as oe,C as ae}from"./app-Cb71uQ7i.js";import{e as re}from"./userErrors-BxTecZ1R.js";import{f as K,c as Q,b as I,a as V,n as Y}from"./paging-CSGxm-Uk.js";import{o as W}from"./actions-D-h9w59P.js";import"./client-CNtUrJ3e.js";const t={documentTitle:"Administracja — Ostoja",title:"Administracja gminy",municipality:n=>`Gmina: ${n}`,sectionsNav:"Części strony administracji",loading:"Wczytywanie…",loadError:"Nie udało się wczytać danych. Spróbuj ponownie.",retry:"Spróbuj ponownie",forbidden:"Tę stronę widzi tylko administrator gminy.",roles:J.roles,unknownRole:n=>n,sections:{users:"Użytkownicy i role",identity:"Dostawca tożsamości",deadlines:"Terminy",settings:"Ustawienia",audit:"Dziennik zdarzeń"},usersIntro:"Osoby pracujące w systemie w Twojej gminie. Role nadane w Ostoi możesz nadawać i odbierać tutaj; role z systemu logowania gminy zmienia się w tym systemie.",userCount:{one:"osoba",few:"osoby",many:"osób",other:"osoby"},usersColumns:{name:"Imię i nazwisko",roles:"Role",status:"Konto",lastSignIn:"Ostatnie logowanie",manage:"Zarządzanie"},login:n=>`login: ${n}`,fromProvider:"z systemu logowania gminy",noRoles:"brak ról",active:"aktywne",disabled:"wyłączone",neverSignedIn:"nie logował(a) się",manage:n=>`Zarządzaj kontem: ${n}`,managePanel:n=>`Konto: ${n}`,grantTitle:"Nadaj rolę",roleToGrant:"Rola do nadania",chooseRole:"Wybierz rolę",grant:"Nadaj rolę",allRolesGranted:"Ta osoba ma już wszystkie role pracowników gminy.",grantedTitle:"Role nadane w Ostoi",noGrantedRoles:"Żadnej roli nie nadano w Ostoi.",revoke:n=>`Odbierz rolę: ${n}`,disable:"Wyłącz konto",enable:"Włącz konto",disableHint:"Wyłączenie kończy od razu wszystkie sesje tej osoby.",close:"Zamknij",working:"Zapisywanie…",granted:(n,s)=>`Nadano rolę „${n}”: ${s}.`,revoked:(n,s)=>`Odebrano rolę „${n}”: ${s}.`,disabledDone:n=>`Wyłączono konto: ${n}.`,enabledDone:n=>`Włączono konto: ${n}.`,nextPage:"Następna strona",previousPage:"Poprzednia strona",pageOf:n=>`Strona ${n}`,identityIntro:"System logowania gminy (OpenID Connect). Ustawia go operator platformy; tutaj tylko do odczytu.",noProvider:"Gmina nie ma jeszcze dostawcy tożsamości. Konfiguruje go operator platformy.",identity:{issuer:"Wystawca (issuer)",clientId:"Identyfikator klienta (client id)",scopes:"Zakresy (scopes)",rolesClaim:"Atrybut z rolami",roleMapping:"Przypisanie ról",allowedEmailDomains:"Dozwolone domeny adresów e-mail",anyDomain:"dowolna",audience:"Odbiorca tokenów (audience)",trustUnverifiedEmail:"Łączenie kont po niepotwierdzonym adresie e-mail",updatedAt:"Ostatnia zmiana",yes:"tak",no:"nie",none:"brak"},mapping:(n,s)=>`${n} → ${s}`,deadlinesIntro:"Terminy procedury Niebieskiej Karty: ustawowe i ustalone przez gminę. Zmiana dotyczy terminów wyznaczanych od teraz; wyznaczone wcześniej się nie zmieniają.",deadlineColumns:{kind:"Termin",statutory:"Ustawowy",current:"Obowiązujący w gminie",change:"Zmiana"},deadlineKind:{FORWARD_TO_CHAIR:"Przekazanie formularza NK-A przewodniczącemu zespołu",SET_UP_GROUP:"Powołanie grupy diagnostyczno-pomocowej",FIRST_GROUP_MEETING:"Pierwsze posiedzenie grupy",HELP_PLAN_REVIEW:"Przegląd planu pomocy",MONITORING_AFTER_UNFOUNDED:"Monitorowanie po zakończeniu z powodu braku zasadności",MONITORING_AFTER_VIOLENCE_STOPPED:"Monitorowanie po zakończeniu z powodu ustania przemocy",INTAKE_RESPONSE:"Odpowiedź na zgłoszenie w rejestrze zgłoszeń"},statutoryApplies:"ustawowy",ownRule:"ustalony przez gminę",changeRule:n=>`Zmień termin: ${n}`,amount:"Liczba",unit:"Jednostka",units:{WORKING_DAYS:"dni robocze",DAYS:"dni kalendarzowe",MONTHS:"miesiące"},unitHint:n=>`Od 1 do ${n}.`,unitForms:{WORKING_DAYS:{one:"dzień roboczy",few:"dni robocze",many:"dni roboczych",other:"dnia roboczego"},DAYS:{one:"dzień",few:"dni",many:"dni",other:"dnia"},MONTHS:{one:"miesiąc",few:"miesiące",many:"miesięcy",other:"miesiąca"}},saveRule:"Zapisz termin",cancel:"Anuluj",ruleSaved:(n,s)=>`Zapisano termin „${n}”: ${s}.`,settingsIntro:"Ustawienia gminy w Ostoi.",retention:"Okres przechowywania wpisów dziennika zdarzeń (dni)",retentionHint:"Od 365 do 36 500 dni. Starsze wpisy usuwa zadanie nocne.",retentionNow:n=>`Obecnie: ${n}.`,days:{one:"dzień",few:"dni",many:"dni",other:"dnia"},saveSettings:"Zapisz ustawienia",settingsSaved:"Zapisano ustawienia.",auditIntro:"Kto, co i kiedy zrobił w systemie w Twojej gminie, od najnowszych. Administrator nie widzi identyfikatorów spraw (widzi je inspektor ochrony danych).",auditColumns:{when:"Kiedy",who:"Kto",what:"Co",outcome:"Wynik",objects:"Obiekty"},noEvents:"Dziennik jest pusty.",refresh:"Odśwież dziennik",actorKind:{user:"pracownik",coordinator:"koordynator",operator:"operator",system:"system",anonymous:"osoba niezalogowana"},outcome:{OK:"wykonano",DENIED:"odmowa",FAILED:"nieudane"},operationKind:{query:"Odczyt",mutation:"Zmiana",subscription:"Subskrypcja"},operations:{grantRole:"nadanie roli",revokeRole:"odebranie roli",disableUser:"wyłączenie konta",enableUser:"włączenie konta",setDeadlineRule:"zmiana terminu",setIntakeResponseRule:"zmiana terminu odpowiedzi na zgłoszenie",updateTenantSettings:"zmiana ustawień",setIdentityProvider:"zmiana dostawcy tożsamości",users:"lista użytkowników",auditEvents:"dziennik zdarzeń",tenantSettings:"ustawienia",identityProvider:"dostawca tożsamości",blueCardDeadlineRules:"terminy",intakeResponseRule:"termin odpowiedzi na zgłoszenie",viewer:"dane zalogowanej osoby",blueCards:"Niebieskie Karty",deadlineNotifications:"powiadomienia o terminach",signIn:"logowanie",devSignIn:"logowanie deweloperskie"},objects:{one:"obiekt",few:"obiekty",many:"obiektów",other:"obiektu"},denied:n=>`odmówiono: ${n}`,caseData:"(dane sprawy)",problems:"Popraw zaznaczone pola:",conflict:"Ktoś inny zmienił te dane w międzyczasie. Wczytaj je ponownie; to, co wpisano, zostanie.",reload:"Wczytaj ponownie",reloaded:"Wczytano aktualne dane.",failed:"Nie udało się zapisać. Sprawdź połączenie i spróbuj ponownie.",forbiddenAction:"Nie masz uprawnień do tej zmiany.",errors:{REQUIRED:"To pole jest wymagane.",NOT_A_NUMBER:"Podaj liczbę całkowitą.",OUT_OF_RANGE:"Wartość spoza dozwolonego zakresu.",INVALID:"Nieprawidłowa wartość.",SELF:"Tej zmiany nie możesz zrobić na własnym koncie; poproś innego administratora.",FROM_PROVIDER:"Ta rola pochodzi z systemu logowania gminy; zmień ją tam."},unknownError:n=>`Serwer odrzucił wartość (${n}).`},le=["TENANT_ADMIN","TEAM_CHAIR","TEAM_MEMBER","SOCIAL_WORKER","DATA_PROTECTION_OFFICER","DIRECTORY_EDITOR","INTAKE_STAFF"],O=n=>t.roles[n]??t.unknownRole(n);function de(n){return le.filter(s=>!n.includes(s))}function ce(n){return[...n.grantedRoles,...n.providerRoles.filter(a=>!n.grantedRoles.includes(a))].map(a=>({role:a,name:O(a),fromProvider:!n.grantedRoles.includes(a)}))}const B={WORKING_DAYS:366,DAYS:366,MONTHS:60};function F(n,s){const a=t.unitForms[s];return a?U(n,a):`${n} ${s}`}function X(n,s,a){const l=n.trim().replace(/\s/g,"");if(l==="")return{problem:"REQUIRED"};if(!/^-?\d+$/.test(l))return{problem:"NOT_A_NUMBER"};const o=Number(l);return o<s||o>a?{problem:"OUT_OF_RANGE"}:{value:o}}function ue(n){const s=X(n.amount,1,B[n.unit]);return"problem"in s?{amount:s.problem}:{}}function me(n,s){return{amount:Number(n.amount.trim().replace(/\s/g,"")),unit:n.unit,version:s}}const Z={min:365,max:36500};function pe(n){const s=X(n,Z.min,Z.max);return"problem"in s?{auditRetentionDays:s.problem}:{}}function he(n){const[s,a]=n.includes(" ")?[n.slice(0,n.indexOf(" ")),n.slice(n.indexOf(" ")+1)]:["",n],l=t.operationKind[s];if(a==="(case data)")return`${l??s} ${t.caseData}`.trim();const o=a.split(",").filter(i=>i!=="").map(i=>t.operations[i]?`${t.operations[i]} (${i})`:i);return l?`${l}: ${o.join(", ")}`:[s,...o].filter(i=>i!=="").join(" ")}const ye=20,je=k(`
  query AdminAuditEvents($first: Int!, $after: String) {
    auditEvents(first: $first, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        occurredAt
        actorKind
        actorLogin
        operation
        objectIds
        outcome
        deniedIds
      }
    }
  }
`);function fe({changes:n}){const[s,a]=u.useState(K),[{data:l,fetching:o,error:i},c]=D({query:je,variables:{first:ye,after:Q(s)},requestPolicy:"network-only"}),r=()=>c({requestPolicy:"network-only"}),f=u.useRef(n);u.useEffect(()=>{f.current!==n&&(f.current=n,I(s)>1?a(K()):c({requestPolicy:"network-only"}))},[n,s,c]);const d=l?.auditEvents.nodes??[];return e.jsxs(e.Fragment,{children:[e.jsx("p",{children:e.jsx(y,{className:"button secondary",onPress:r,children:t.refresh})}),e.jsx("p",{role:"status",className:"status-line",children:o?t.loading:""}),i&&!o&&e.jsx(M,{text:t.loadError,retry:t.retry,onRetry:r}),l&&d.length===0&&e.jsx("p",{children:t.noEvents}),d.length>0&&e.jsxs("table",{className:"cards audit",children:[e.jsxs("caption",{className:"visually-hidden",children:[t.sections.audit,", ",t.pageOf(I(s))]}),e.jsx("thead",{children:e.jsxs("tr",{children:[e.jsx("th",{scope:"col",children:t.auditColumns.when}),e.jsx("th",{scope:"col",children:t.auditColumns.who}),e.jsx("th",{scope:"col",children:t.auditColumns.what}),e.jsx("th",{scope:"col",children:t.auditColumns.outcome}),e.jsx("th",{scope:"col",children:t.auditColumns.objects})]})}),e.jsx("tbody",{children:d.map(m=>e.jsxs("tr",{children:[e.jsx("td",{children:q(m.occurredAt)}),e.jsxs("td",{children:[m.actorLogin,e.jsx("br",{}),e.jsx("span",{className:"muted",children:t.actorKind[m.actorKind]??m.actorKind})]}),e.jsx("td",{children:he(m.operation)}),e.jsx("td",{className:m.outcome==="OK"?void 0:"outcome-bad",children:t.outcome[m.outcome]??m.outcome}),e.jsxs("td",{children:[m.objectIds.length>0?U(m.objectIds.length,t.objects):"—",m.deniedIds.length>0&&e.jsxs(e.Fragment,{children:[e.jsx("br",{}),t.denied(U(m.deniedIds.length,t.objects))]})]})]},m.id))})]}),l&&e.jsxs("div",{className:"pager",children:[e.jsx("span",{children:t.pageOf(I(s))}),I(s)>1&&e.jsx(y,{className:"button secondary",onPress:()=>a(V),children:t.previousPage}),l.auditEvents.pageInfo.hasNextPage&&l.auditEvents.pageInfo.endCursor&&e.jsx(y,{className:"button secondary",onPress:()=>a(m=>Y(m,l.auditEvents.pageInfo.endCursor)),children:t.nextPage})]})]})}const _=n=>t.errors[n]??t.unknownError(n);function L({outcome:n,listed:s,reloaded:a,onReload:l}){const o=Object.entries(s),i=o.length>0||n&&n.kind!=="done"&&n.kind!=="refused",c=u.useRef(null),r=u.useRef(null);return u.useEffect(()=>{n?.kind==="conflict"?r.current?.focus():(n?.kind==="failed"||n?.kind==="forbidden")&&c.current?.focus()},[n]),e.jsxs("div",{role:"alert",ref:c,tabIndex:-1,className:i?"summary":void 0,children:[o.length>0&&e.jsxs(e.Fragment,{children:[e.jsx("p",{children:t.problems}),e.jsx("ul",{children:o.map(([f,d])=>e.jsx("li",{children:_(d)},f))})]}),n?.kind==="conflict"&&e.jsxs("p",{children:[t.conflict," ",e.jsx(y,{ref:r,className:"button secondary",onPress:l,children:t.reload})]}),n?.kind==="forbidden"&&e.jsx("p",{children:t.forbiddenAction}),n?.kind==="failed"&&e.jsx("p",{children:t.failed}),a&&e.jsx("p",{className:"muted",children:t.reloaded})]})}const xe=k(`
  query AdminDeadlines {
    blueCardDeadlineRules {
      kind
      amount
      unit
      statutory
      version
      statutoryAmount
      statutoryUnit
    }
    intakeResponseRule {
      amount
      unit
      default
      version
      defaultAmount
      defaultUnit
    }
  }
`),ge=k(`
  mutation AdminSetDeadlineRule($input: SetDeadlineRuleInput!) {
    setDeadlineRule(input: $input) {
      rule {
        kind
        amount
        unit
        statutory
        version
        statutoryAmount
        statutoryUnit
      }
      userErrors {
        field
        code
      }
    }
  }
`),be=k(`
  mutation AdminSetIntakeResponseRule($input: SetIntakeResponseRuleInput!) {
    setIntakeResponseRule(input: $input) {
      rule {
        amount
        unit
        default
        version
        defaultAmount
        defaultUnit
      }
      userErrors {
        field
        code
      }
    }
  }
`),we=["WORKING_DAYS","DAYS","MONTHS"];function Re({onChanged:n}){const[{data:s,fetching:a,error:l},o]=D({query:xe}),[i,c]=u.useState(""),r=()=>o({requestPolicy:"network-only"}),f=s?[...s.blueCardDeadlineRules.map(d=>({kind:d.kind,amount:d.amount,unit:d.unit,statutory:d.statutory,version:d.version,byLaw:{amount:d.statutoryAmount,unit:d.statutoryUnit}})),{kind:"INTAKE_RESPONSE",amount:s.intakeResponseRule.amount,unit:s.intakeResponseRule.unit,statutory:s.intakeResponseRule.default,version:s.intakeResponseRule.version,byLaw:{amount:s.intakeResponseRule.defaultAmount,unit:s.intakeResponseRule.defaultUnit}}]:[];return e.jsxs(e.Fragment,{children:[e.jsx("p",{role:"status",className:"status-line",children:a?t.loading:i}),l&&!a&&e.jsx(M,{text:t.loadError,retry:t.retry,onRetry:r}),f.length>0&&e.jsxs("table",{className:"cards",children:[e.jsx("caption",{className:"visually-hidden",children:t.sections.deadlines}),e.jsx("thead",{children:e.jsxs("tr",{children:[e.jsx("th",{scope:"col",children:t.deadlineColumns.kind}),e.jsx("th",{scope:"col",children:t.deadlineColumns.statutory}),e.jsx("th",{scope:"col",children:t.deadlineColumns.current}),e.jsx("th",{scope:"col",children:t.deadlineColumns.change})]})}),e.jsx("tbody",{children:f.map(d=>e.jsxs("tr",{children:[e.jsx("th",{scope:"row",children:t.deadlineKind[d.kind]??d.kind}),e.jsx("td",{children:F(d.byLaw.amount,d.byLaw.unit)}),e.jsxs("td",{children:[F(d.amount,d.unit),e.jsx("br",{}),e.jsx("span",{className:"muted",children:d.statutory?t.statutoryApplies:t.ownRule})]}),e.jsx("td",{children:e.jsx(ke,{rule:d,onReload:r,onSaved:m=>{c(t.ruleSaved(t.deadlineKind[d.kind]??d.kind,m)),n()}})})]},d.kind))})]})]})}function ke({rule:n,onSaved:s,onReload:a}){const[l,o]=u.useState(!1),i=u.useRef(null),c=t.deadlineKind[n.kind]??n.kind;return e.jsxs("div",{children:[e.jsx(y,{ref:i,className:"button secondary","aria-expanded":l,onPress:()=>o(!l),children:t.changeRule(c)}),l&&e.jsx(ze,{rule:n,name:c,onReload:a,onClose:r=>{o(!1),queueMicrotask(()=>i.current?.focus()),r&&s(r)}})]})}function ze({rule:n,name:s,onClose:a,onReload:l}){const o=G(),[i,c]=u.useState({amount:String(n.amount),unit:n.unit}),[r,f]=u.useState(!1),[d,m]=u.useState(!1),[x,p]=u.useState(null),[g,N]=u.useState(null),P=g!==null&&n.version!==g,S=ue(i),$=x?.kind==="refused"?x.problems:{},E={...S,...$},v=E.amount,A=async j=>{if(j.preventDefault(),d||(f(!0),N(null),Object.keys(S).length>0))return;m(!0);const b=me(i,n.version);let h;if(n.kind==="INTAKE_RESPONSE"){const w=await o.mutation(be,{input:b}).toPromise();h={error:w.error,payload:w.data?.setIntakeResponseRule??null}}else{const w=await o.mutation(ge,{input:{...b,kind:n.kind}}).toPromise();h={error:w.error,payload:w.data?.setDeadlineRule??null}}m(!1);const R=W(h);p(R),R.kind==="done"&&a(F(b.amount,b.unit))};return e.jsxs("form",{className:"action-form","aria-label":t.changeRule(s),onSubmit:j=>{A(j)},noValidate:!0,children:[e.jsx(L,{outcome:x,listed:r?E:{},reloaded:P,onReload:()=>{l(),p(null),N(n.version)}}),e.jsx(H,{type:null,label:t.amount,value:i.amount,onChange:j=>{c(b=>({...b,amount:j})),p(null)},error:v?_(v):void 0,inputMode:"numeric",size:5,hint:t.unitHint(B[i.unit]),autoFocus:!0}),e.jsxs(ee,{className:"field",selectedKey:i.unit,onSelectionChange:j=>{j!==null&&c(b=>({...b,unit:String(j)})),p(null)},children:[e.jsx(ne,{children:t.unit}),e.jsxs(y,{className:"select-button",children:[e.jsx(te,{}),e.jsx("span",{"aria-hidden":"true",children:" ▾"})]}),e.jsx(se,{className:"popover",children:e.jsx(ie,{className:"listbox",children:we.map(j=>e.jsx(oe,{id:j,className:"option",children:t.units[j]},j))})})]}),e.jsxs("div",{className:"actions",children:[e.jsx(y,{type:"submit",className:"button primary",children:d?t.working:t.saveRule}),e.jsx(y,{className:"button secondary",onPress:()=>a(null),children:t.cancel})]})]})}const Ne=k(`
  query AdminIdentityProvider {
    identityProvider {
      issuer
      clientId
      scopes
      rolesClaim
      roleMapping {
        value
        role
      }
      allowedEmailDomains
      audience
      trustUnverifiedEmail
      updatedAt
    }
  }
`);function ve(){const[{data:n,fetching:s,error:a},l]=D({query:Ne});if(!n)return s?e.jsx("p",{role:"status",children:t.loading}):a?e.jsxs("p",{role:"alert",children:[t.loadError," ",e.jsx(y,{className:"button secondary",onPress:()=>l({requestPolicy:"network-only"}),children:t.retry})]}):null;const o=n.identityProvider;if(!o)return e.jsx("p",{children:t.noProvider});const i=t.identity,c=r=>r.length===0?i.none:r.join(", ");return e.jsxs("dl",{className:"settings-list",children:[e.jsx("dt",{children:i.issuer}),e.jsx("dd",{children:o.issuer}),e.jsx("dt",{children:i.clientId}),e.jsx("dd",{children:o.clientId}),e.jsx("dt",{children:i.scopes}),e.jsx("dd",{children:c(o.scopes)}),e.jsx("dt",{children:i.rolesClaim}),e.jsx("dd",{children:o.rolesClaim}),e.jsx("dt",{children:i.roleMapping}),e.jsx("dd",{children:o.roleMapping.length===0?i.none:e.jsx("ul",{className:"plain",children:o.roleMapping.map(r=>e.jsx("li",{children:t.mapping(r.value,O(r.role))},`${r.value}-${r.role}`))})}),e.jsx("dt",{children:i.allowedEmailDomains}),e.jsx("dd",{children:o.allowedEmailDomains.length===0?i.anyDomain:o.allowedEmailDomains.join(", ")}),e.jsx("dt",{children:i.audience}),e.jsx("dd",{children:o.audience}),e.jsx("dt",{children:i.trustUnverifiedEmail}),e.jsx("dd",{children:o.trustUnverifiedEmail?i.yes:i.no}),e.jsx("dt",{children:i.updatedAt}),e.jsx("dd",{children:q(o.updatedAt)})]})}const Se=k(`
  query AdminSettings {
    tenantSettings {
      auditRetentionDays
      version
    }
  }
`),Ee=k(`
  mutation AdminUpdateSettings($input: UpdateTenantSettingsInput!) {
    updateTenantSettings(input: $input) {
      settings {
        auditRetentionDays
        version
      }
      userErrors {
        field
        code
      }
    }
  }
`);function Ie({onChanged:n}){const s=G(),[{data:a,fetching:l,error:o},i]=D({query:Se}),c=a?.tenantSettings,[r,f]=u.useState(null);u.useEffect(()=>{c&&r===null&&f(String(c.auditRetentionDays))},[c,r]);const[d,m]=u.useState(!1),[x,p]=u.useState(!1),[g,N]=u.useState(null),[P,S]=u.useState(!1),[$,E]=u.useState("");if(!c||r===null)return l?e.jsx("p",{role:"status",children:t.loading}):o?e.jsxs("p",{role:"alert",children:[t.loadError," ",e.jsx(y,{className:"button secondary",onPress:()=>i({requestPolicy:"network-only"}),children:t.retry})]}):null;const v=pe(r),A=g?.kind==="refused"?g.problems:{},j={...v,...A},b=j.auditRetentionDays,h=async R=>{if(R.preventDefault(),x||(m(!0),S(!1),E(""),Object.keys(v).length>0))return;p(!0);const w=await s.mutation(Ee,{input:{version:c.version,auditRetentionDays:Number(r.trim().replace(/\s/g,""))}}).toPromise();p(!1);const T=W({error:w.error,payload:w.data?.updateTenantSettings??null});N(T),T.kind==="done"&&(m(!1),E(t.settingsSaved),n())};return e.jsxs("form",{className:"action-form","aria-label":t.sections.settings,onSubmit:R=>{h(R)},noValidate:!0,children:[e.jsx("p",{role:"status",className:"status-line",children:$}),e.jsx(L,{outcome:g,listed:d?j:{},reloaded:P,onReload:()=>{i({requestPolicy:"network-only"}),N(null),S(!0)}}),e.jsx("p",{children:t.retentionNow(U(c.auditRetentionDays,t.days))}),e.jsx(H,{type:null,label:t.retention,value:r,onChange:R=>{f(R),N(null)},error:b?_(b):void 0,inputMode:"numeric",size:7,hint:t.retentionHint}),e.jsx("div",{className:"actions",children:e.jsx(y,{type:"submit",className:"button primary",children:x?t.working:t.saveSettings})})]})}const Pe=20,$e=k(`
  query AdminUsers($first: Int!, $after: String) {
    users(first: $first, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        login
        displayName
        email
        roles
        grantedRoles
        providerRoles
        disabled
        signsInWithProvider
        lastSignInAt
        version
      }
    }
  }
`),Ae=k(`
  mutation AdminGrantRole($input: UserRoleInput!) {
    grantRole(input: $input) {
      user {
        id
        version
        roles
        grantedRoles
        disabled
      }
      userErrors {
        field
        code
      }
    }
  }
`),Oe=k(`
  mutation AdminRevokeRole($input: UserRoleInput!) {
    revokeRole(input: $input) {
      user {
        id
        version
        roles
        grantedRoles
        disabled
      }
      userErrors {
        field
        code
      }
    }
  }
`),De=k(`
  mutation AdminDisableUser($input: UserVersionInput!) {
    disableUser(input: $input) {
      user {
        id
        version
        roles
        grantedRoles
        disabled
      }
      userErrors {
        field
        code
      }
    }
  }
`),Te=k(`
  mutation AdminEnableUser($input: UserVersionInput!) {
    enableUser(input: $input) {
      user {
        id
        version
        roles
        grantedRoles
        disabled
      }
      userErrors {
        field
        code
      }
    }
  }
`);function Ce({selfId:n,onChanged:s}){const[a,l]=u.useState(K),[{data:o,fetching:i,error:c},r]=D({query:$e,variables:{first:Pe,after:Q(a)}}),[f,d]=u.useState(""),m=()=>r({requestPolicy:"network-only"}),x=o?.users.nodes??[];return e.jsxs(e.Fragment,{children:[e.jsx("p",{role:"status",className:"status-line",children:i?t.loading:f}),c&&!i&&e.jsx(M,{text:t.loadError,retry:t.retry,onRetry:m}),x.length>0&&e.jsxs("table",{className:"cards users",children:[e.jsxs("caption",{className:"visually-hidden",children:[t.sections.users,", ",t.pageOf(I(a))]}),e.jsx("thead",{children:e.jsxs("tr",{children:[e.jsx("th",{scope:"col",children:t.usersColumns.name}),e.jsx("th",{scope:"col",children:t.usersColumns.roles}),e.jsx("th",{scope:"col",children:t.usersColumns.status}),e.jsx("th",{scope:"col",children:t.usersColumns.lastSignIn}),e.jsx("th",{scope:"col",children:t.usersColumns.manage})]})}),e.jsx("tbody",{children:x.map(p=>e.jsxs("tr",{children:[e.jsxs("th",{scope:"row",children:[p.displayName,e.jsx("br",{}),e.jsx("span",{className:"muted",children:t.login(p.login)}),p.email&&e.jsxs(e.Fragment,{children:[e.jsx("br",{}),e.jsx("span",{className:"muted",children:p.email})]})]}),e.jsx("td",{children:p.roles.length===0?t.noRoles:e.jsx("ul",{className:"plain",children:ce(p).map(g=>e.jsxs("li",{children:[g.name,g.fromProvider&&e.jsxs("span",{className:"muted",children:[" (",t.fromProvider,")"]})]},g.role))})}),e.jsx("td",{children:p.disabled?e.jsx("strong",{children:t.disabled}):t.active}),e.jsx("td",{children:p.lastSignInAt?q(p.lastSignInAt):t.neverSignedIn}),e.jsx("td",{children:e.jsx(Ue,{user:p,self:p.id===n,onDone:g=>{d(g),s()},onReload:m})})]},p.id))})]}),o&&e.jsxs("div",{className:"pager",children:[e.jsxs("span",{children:[t.pageOf(I(a))," (",U(x.length,t.userCount),")"]}),I(a)>1&&e.jsx(y,{className:"button secondary",onPress:()=>l(V),children:t.previousPage}),o.users.pageInfo.hasNextPage&&o.users.pageInfo.endCursor&&e.jsx(y,{className:"button secondary",onPress:()=>l(p=>Y(p,o.users.pageInfo.endCursor)),children:t.nextPage})]})]})}function Ue({user:n,self:s,onDone:a,onReload:l}){const o=G(),[i,c]=u.useState(!1),[r,f]=u.useState(null),[d,m]=u.useState(!1),[x,p]=u.useState(null),[g,N]=u.useState(!1),P=de(n.roles),S=`user-panel-${n.id}`,$=u.useRef(null),E=n.grantedRoles.join(",");u.useEffect(()=>{i&&document.activeElement===document.body&&$.current?.focus()},[E,i]);const v=async h=>{if(d)return;m(!0),N(!1);const R={id:n.id,version:n.version};let w;if(h.kind==="grant"){const z=await o.mutation(Ae,{input:{...R,role:h.role}}).toPromise();w={error:z.error,payload:z.data?.grantRole??null}}else if(h.kind==="revoke"){const z=await o.mutation(Oe,{input:{...R,role:h.role}}).toPromise();w={error:z.error,payload:z.data?.revokeRole??null}}else if(h.kind==="disable"){const z=await o.mutation(De,{input:R}).toPromise();w={error:z.error,payload:z.data?.disableUser??null}}else{const z=await o.mutation(Te,{input:R}).toPromise();w={error:z.error,payload:z.data?.enableUser??null}}m(!1);const T=W(w);p(T),T.kind==="done"&&(h.kind==="grant"?(f(null),a(t.granted(O(h.role),n.displayName))):h.kind==="revoke"?a(t.revoked(O(h.role),n.displayName)):h.kind==="disable"?a(t.disabledDone(n.displayName)):a(t.enabledDone(n.displayName)))},A=x?.kind==="refused"?x.problems:{},j=A.role??A.id,b=n.grantedRoles;return e.jsxs("div",{className:"user-panel",children:[e.jsx(y,{className:"button secondary","aria-expanded":i,"aria-controls":i?S:void 0,onPress:()=>c(!i),children:t.manage(n.displayName)}),i&&e.jsxs("div",{id:S,ref:$,tabIndex:-1,role:"group","aria-label":t.managePanel(n.displayName),className:"action-form",children:[e.jsx(L,{outcome:x,listed:{},reloaded:g,onReload:()=>{l(),p(null),N(!0)}}),P.length===0?e.jsx("p",{children:t.allRolesGranted}):e.jsxs("form",{"aria-label":t.grantTitle,className:"inline-form",noValidate:!0,onSubmit:h=>{h.preventDefault(),r?v({kind:"grant",role:r}):p({kind:"refused",problems:{role:"REQUIRED"}})},children:[e.jsx(ae,{label:t.roleToGrant,placeholder:t.chooseRole,options:Object.fromEntries(P.map(h=>[h,O(h)])),value:r??"",onChange:h=>{f(h||null),p(null)},error:j?_(j):void 0}),e.jsx(y,{type:"submit",className:"button primary",children:d?t.working:t.grant})]}),e.jsx("h3",{className:"small-heading",children:t.grantedTitle}),b.length===0?e.jsx("p",{children:t.noGrantedRoles}):e.jsx("ul",{className:"plain revoke-list",children:b.map(h=>e.jsx("li",{children:e.jsx(y,{className:"button secondary",onPress:()=>{v({kind:"revoke",role:h})},children:t.revoke(O(h))})},h))}),!s&&e.jsxs("p",{children:[e.jsx(y,{className:"button secondary",onPress:()=>{v({kind:n.disabled?"enable":"disable"})},children:n.disabled?t.enable:t.disable})," ",!n.disabled&&e.jsx("span",{className:"hint",children:t.disableHint})]}),e.jsx(y,{className:"button secondary",onPress:()=>c(!1),children:t.close})]})]})}const _e=k(`
  query AdminPage {
    viewer {
      roles
      user {
        id
      }
      municipality {
        name
      }
    }
  }
`),Ke=["users","identity","deadlines","settings","audit"];function C({id:n,children:s,intro:a}){return e.jsxs("section",{"aria-labelledby":`admin-${n}`,id:n,children:[e.jsx("h2",{id:`admin-${n}`,children:t.sections[n]}),e.jsx("p",{className:"muted",children:a}),s]})}function Ze(){const[{data:n,fetching:s,error:a},l]=D({query:_e}),[o,i]=u.useState(0);u.useEffect(()=>{document.title=t.documentTitle},[]);const c=()=>i(r=>r+1);return n?!n.viewer.roles.includes("TENANT_ADMIN")||re(a).includes("FORBIDDEN")?e.jsxs(e.Fragment,{children:[e.jsx("h1",{children:t.title}),e.jsx("p",{role:"alert",children:t.forbidden})]}):e.jsxs("div",{className:"admin",children:[e.jsx("h1",{children:t.title}),n.viewer.municipality&&e.jsx("p",{className:"muted",children:t.municipality(n.viewer.municipality.name)}),e.jsx("nav",{"aria-label":t.sectionsNav,children:e.jsx("ul",{className:"toc",children:Ke.map(r=>e.jsx("li",{children:e.jsx("a",{href:`#${r}`,children:t.sections[r]})},r))})}),e.jsx(C,{id:"users",intro:t.usersIntro,children:e.jsx(Ce,{selfId:n.viewer.user?.id??null,onChanged:c})}),e.jsx(C,{id:"identity",intro:t.identityIntro,children:e.jsx(ve,{})}),e.jsx(C,{id:"deadlines",intro:t.deadlinesIntro,children:e.jsx(Re,{onChanged:c})}),e.jsx(C,{id:"settings",intro:t.settingsIntro,children:e.jsx(Ie,{onChanged:c})}),e.jsx(C,{id:"audit",intro:t.auditIntro,children:e.jsx(fe,{changes:o})})]}):e.jsxs(e.Fragment,{children:[e.jsx("h1",{children:t.title}),s&&e.jsx("p",{role:"status",children:t.loading}),a&&!s&&e.jsxs("p",{role:"alert",children:[t.loadError," ",e.jsx(y,{className:"button secondary",onPress:()=>l({requestPolicy:"network-only"}),children:t.retry})]})]})}export{Ze as AdminPage,C as Section};
