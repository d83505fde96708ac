import{a as u,j as e}from"./session-xi3aDFnN.js";import{a5 as J,Z as U,W as D,$ as y,a3 as M,X as q,g as R,N as G,T as H,a6 as ee,O as ne,a7 as te,a8 as se,a9 as ie,aa as oe,C as ae}from"./app-BSgJvU7f.js";import{e as re}from"./userErrors-BxTecZ1R.js";import{f as K,c as Q,b as A,a as V,n as Y}from"./paging-CSGxm-Uk.js";import{o as W}from"./actions-D-h9w59P.js";import"./client-CNtUrJ3e.js";const n={documentTitle:"Administracja — Ostoja",title:"Administracja gminy",municipality:t=>`Gmina: ${t}`,sectionsNav:"Części strony administracji",loading:"Wczytywanie…",loadError:"Nie udało się wczytać danych. Spróbuj ponownie.",retry:"Spróbuj ponownie",forbidden:"Tę stronę widzi tylko administrator gminy.",roles:J.roles,unknownRole:t=>t,sections:{users:"Użytkownicy i role",identity:"Dostawca tożsamości",deadlines:"Terminy",settings:"Ustawienia",audit:"Dziennik zdarzeń"},usersIntro:"Osoby pracujące w systemie w Twojej gminie. Role nadane w Ostoi możesz nadawać i odbierać tutaj; role z systemu logowania gminy zmienia się w tym systemie.",userCount:{one:"osoba",few:"osoby",many:"osób",other:"osoby"},usersColumns:{name:"Imię i nazwisko",roles:"Role",status:"Konto",lastSignIn:"Ostatnie logowanie",manage:"Zarządzanie"},login:t=>`login: ${t}`,fromProvider:"z systemu logowania gminy",noRoles:"brak ról",active:"aktywne",disabled:"wyłączone",neverSignedIn:"nie logował(a) się",manage:t=>`Zarządzaj kontem: ${t}`,managePanel:t=>`Konto: ${t}`,grantTitle:"Nadaj rolę",roleToGrant:"Rola do nadania",chooseRole:"Wybierz rolę",grant:"Nadaj rolę",allRolesGranted:"Ta osoba ma już wszystkie role pracowników gminy.",grantedTitle:"Role nadane w Ostoi",noGrantedRoles:"Żadnej roli nie nadano w Ostoi.",revoke:t=>`Odbierz rolę: ${t}`,disable:"Wyłącz konto",enable:"Włącz konto",disableHint:"Wyłączenie kończy od razu wszystkie sesje tej osoby.",close:"Zamknij",working:"Zapisywanie…",granted:(t,s)=>`Nadano rolę „${t}”: ${s}.`,revoked:(t,s)=>`Odebrano rolę „${t}”: ${s}.`,disabledDone:t=>`Wyłączono konto: ${t}.`,enabledDone:t=>`Włączono konto: ${t}.`,nextPage:"Następna strona",previousPage:"Poprzednia strona",pageOf:t=>`Strona ${t}`,identityIntro:"System logowania gminy (OpenID Connect). Ustawia go operator platformy; tutaj tylko do odczytu.",noProvider:"Gmina nie ma jeszcze dostawcy tożsamości. Konfiguruje go operator platformy.",identity:{issuer:"Wystawca (issuer)",clientId:"Identyfikator klienta (client id)",scopes:"Zakresy (scopes)",rolesClaim:"Atrybut z rolami",roleMapping:"Przypisanie ról",allowedEmailDomains:"Dozwolone domeny adresów e-mail",anyDomain:"dowolna",audience:"Odbiorca tokenów (audience)",trustUnverifiedEmail:"Łączenie kont po niepotwierdzonym adresie e-mail",updatedAt:"Ostatnia zmiana",yes:"tak",no:"nie",none:"brak"},mapping:(t,s)=>`${t} → ${s}`,deadlinesIntro:"Terminy procedury Niebieskiej Karty: ustawowe i ustalone przez gminę. Zmiana dotyczy terminów wyznaczanych od teraz; wyznaczone wcześniej się nie zmieniają.",deadlineColumns:{kind:"Termin",statutory:"Ustawowy",current:"Obowiązujący w gminie",change:"Zmiana"},deadlineKind:{FORWARD_TO_CHAIR:"Przekazanie formularza NK-A przewodniczącemu zespołu",SET_UP_GROUP:"Powołanie grupy diagnostyczno-pomocowej",FIRST_GROUP_MEETING:"Pierwsze posiedzenie grupy",HELP_PLAN_REVIEW:"Przegląd planu pomocy",MONITORING_AFTER_UNFOUNDED:"Monitorowanie po zakończeniu z powodu braku zasadności",MONITORING_AFTER_VIOLENCE_STOPPED:"Monitorowanie po zakończeniu z powodu ustania przemocy",INTAKE_RESPONSE:"Odpowiedź na zgłoszenie w rejestrze zgłoszeń"},statutoryApplies:"ustawowy",ownRule:"ustalony przez gminę",changeRule:t=>`Zmień termin: ${t}`,amount:"Liczba",unit:"Jednostka",units:{WORKING_DAYS:"dni robocze",DAYS:"dni kalendarzowe",MONTHS:"miesiące"},unitHint:t=>`Od 1 do ${t}.`,unitForms:{WORKING_DAYS:{one:"dzień roboczy",few:"dni robocze",many:"dni roboczych",other:"dnia roboczego"},DAYS:{one:"dzień",few:"dni",many:"dni",other:"dnia"},MONTHS:{one:"miesiąc",few:"miesiące",many:"miesięcy",other:"miesiąca"}},saveRule:"Zapisz termin",cancel:"Anuluj",ruleSaved:(t,s)=>`Zapisano termin „${t}”: ${s}.`,settingsIntro:"Ustawienia gminy w Ostoi.",retention:"Okres przechowywania wpisów dziennika zdarzeń (dni)",retentionHint:"Od 365 do 36 500 dni. Starsze wpisy usuwa zadanie nocne.",retentionNow:t=>`Obecnie: ${t}.`,days:{one:"dzień",few:"dni",many:"dni",other:"dnia"},saveSettings:"Zapisz ustawienia",settingsSaved:"Zapisano ustawienia.",auditIntro:"Kto, co i kiedy zrobił w systemie w Twojej gminie, od najnowszych. Administrator nie widzi identyfikatorów spraw (widzi je inspektor ochrony danych).",auditColumns:{when:"Kiedy",who:"Kto",what:"Co",outcome:"Wynik",objects:"Obiekty"},noEvents:"Dziennik jest pusty.",refresh:"Odśwież dziennik",actorKind:{user:"pracownik",coordinator:"koordynator",operator:"operator",system:"system",anonymous:"osoba niezalogowana"},outcome:{OK:"wykonano",DENIED:"odmowa",FAILED:"nieudane"},operationKind:{query:"Odczyt",mutation:"Zmiana",subscription:"Subskrypcja"},operations:{grantRole:"nadanie roli",revokeRole:"odebranie roli",disableUser:"wyłączenie konta",enableUser:"włączenie konta",setDeadlineRule:"zmiana terminu",setIntakeResponseRule:"zmiana terminu odpowiedzi na zgłoszenie",updateTenantSettings:"zmiana ustawień",setIdentityProvider:"zmiana dostawcy tożsamości",users:"lista użytkowników",auditEvents:"dziennik zdarzeń",tenantSettings:"ustawienia",identityProvider:"dostawca tożsamości",blueCardDeadlineRules:"terminy",intakeResponseRule:"termin odpowiedzi na zgłoszenie",viewer:"dane zalogowanej osoby",blueCards:"Niebieskie Karty",deadlineNotifications:"powiadomienia o terminach",signIn:"logowanie",devSignIn:"logowanie deweloperskie"},objects:{one:"obiekt",few:"obiekty",many:"obiektów",other:"obiektu"},denied:t=>`odmówiono: ${t}`,caseData:"(dane sprawy)",problems:"Popraw zaznaczone pola:",conflict:"Ktoś inny zmienił te dane w międzyczasie. Wczytaj je ponownie; to, co wpisano, zostanie.",reload:"Wczytaj ponownie",reloaded:"Wczytano aktualne dane.",failed:"Nie udało się zapisać. Sprawdź połączenie i spróbuj ponownie.",forbiddenAction:"Nie masz uprawnień do tej zmiany.",errors:{REQUIRED:"To pole jest wymagane.",NOT_A_NUMBER:"Podaj liczbę całkowitą.",OUT_OF_RANGE:"Wartość spoza dozwolonego zakresu.",INVALID:"Nieprawidłowa wartość.",SELF:"Tej zmiany nie możesz zrobić na własnym koncie; poproś innego administratora.",FROM_PROVIDER:"Ta rola pochodzi z systemu logowania gminy; zmień ją tam."},unknownError:t=>`Serwer odrzucił wartość (${t}).`},le=["TENANT_ADMIN","TEAM_CHAIR","TEAM_MEMBER","SOCIAL_WORKER","DATA_PROTECTION_OFFICER","DIRECTORY_EDITOR","INTAKE_STAFF"],O=t=>n.roles[t]??n.unknownRole(t);function de(t){return le.filter(s=>!t.includes(s))}function ce(t){return[...t.grantedRoles,...t.providerRoles.filter(a=>!t.grantedRoles.includes(a))].map(a=>({role:a,name:O(a),fromProvider:!t.grantedRoles.includes(a)}))}const B={WORKING_DAYS:366,DAYS:366,MONTHS:60};function F(t,s){const a=n.unitForms[s];return a?U(t,a):`${t} ${s}`}function X(t,s,a){const l=t.trim().replace(/\s/g,"");if(l==="")return{problem:"REQUIRED"};if(!/^-?\d+$/.test(l))return{problem:"NOT_A_NUMBER"};const o=Number(l);return o<s||o>a?{problem:"OUT_OF_RANGE"}:{value:o}}function ue(t){const s=X(t.amount,1,B[t.unit]);return"problem"in s?{amount:s.problem}:{}}function me(t,s){return{amount:Number(t.amount.trim().replace(/\s/g,"")),unit:t.unit,version:s}}const Z={min:365,max:36500};function pe(t){const s=X(t,Z.min,Z.max);return"problem"in s?{auditRetentionDays:s.problem}:{}}function he(t){const[s,a]=t.includes(" ")?[t.slice(0,t.indexOf(" ")),t.slice(t.indexOf(" ")+1)]:["",t],l=n.operationKind[s];if(a==="(case data)")return`${l??s} ${n.caseData}`.trim();const o=a.split(",").filter(i=>i!=="").map(i=>n.operations[i]?`${n.operations[i]} (${i})`:i);return l?`${l}: ${o.join(", ")}`:[s,...o].filter(i=>i!=="").join(" ")}const ye=20,je=R(`
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
`);function fe({changes:t}){const[s,a]=u.useState(K),[{data:l,fetching:o,error:i},c]=D({query:je,variables:{first:ye,after:Q(s)},requestPolicy:"network-only"}),r=()=>c({requestPolicy:"network-only"}),j=u.useRef(t);u.useEffect(()=>{j.current!==t&&(j.current=t,A(s)>1?a(K()):c({requestPolicy:"network-only"}))},[t,s,c]);const d=l?.auditEvents.nodes??[];return e.jsxs(e.Fragment,{children:[e.jsx("p",{children:e.jsx(y,{className:"button secondary",onPress:r,children:n.refresh})}),e.jsx("p",{role:"status",className:"status-line",children:o?n.loading:""}),i&&!o&&e.jsx(M,{text:n.loadError,retry:n.retry,onRetry:r}),l&&d.length===0&&e.jsx("p",{children:n.noEvents}),d.length>0&&e.jsxs("table",{className:"cards audit",children:[e.jsxs("caption",{className:"visually-hidden",children:[n.sections.audit,", ",n.pageOf(A(s))]}),e.jsx("thead",{children:e.jsxs("tr",{children:[e.jsx("th",{scope:"col",children:n.auditColumns.when}),e.jsx("th",{scope:"col",children:n.auditColumns.who}),e.jsx("th",{scope:"col",children:n.auditColumns.what}),e.jsx("th",{scope:"col",children:n.auditColumns.outcome}),e.jsx("th",{scope:"col",children:n.auditColumns.objects})]})}),e.jsx("tbody",{children:d.map(m=>e.jsxs("tr",{children:[e.jsx("td",{children:q(m.occurredAt)}),e.jsxs("td",{children:[m.actorLogin,e.jsx("br",{}),e.jsx("span",{className:"muted",children:n.actorKind[m.actorKind]??m.actorKind})]}),e.jsx("td",{children:he(m.operation)}),e.jsx("td",{className:m.outcome==="OK"?void 0:"outcome-bad",children:n.outcome[m.outcome]??m.outcome}),e.jsxs("td",{children:[m.objectIds.length>0?U(m.objectIds.length,n.objects):"—",m.deniedIds.length>0&&e.jsxs(e.Fragment,{children:[e.jsx("br",{}),n.denied(U(m.deniedIds.length,n.objects))]})]})]},m.id))})]}),l&&e.jsxs("div",{className:"pager",children:[e.jsx("span",{children:n.pageOf(A(s))}),A(s)>1&&e.jsx(y,{className:"button secondary",onPress:()=>a(V),children:n.previousPage}),l.auditEvents.pageInfo.hasNextPage&&l.auditEvents.pageInfo.endCursor&&e.jsx(y,{className:"button secondary",onPress:()=>a(m=>Y(m,l.auditEvents.pageInfo.endCursor)),children:n.nextPage})]})]})}const _=t=>n.errors[t]??n.unknownError(t);function L({outcome:t,listed:s,reloaded:a,onReload:l}){const o=Object.entries(s),i=o.length>0||t&&t.kind!=="done"&&t.kind!=="refused",c=u.useRef(null),r=u.useRef(null);return u.useEffect(()=>{t?.kind==="conflict"?r.current?.focus():(t?.kind==="failed"||t?.kind==="forbidden")&&c.current?.focus()},[t]),e.jsxs("div",{role:"alert",ref:c,tabIndex:-1,className:i?"summary":void 0,children:[o.length>0&&e.jsxs(e.Fragment,{children:[e.jsx("p",{children:n.problems}),e.jsx("ul",{children:o.map(([j,d])=>e.jsx("li",{children:_(d)},j))})]}),t?.kind==="conflict"&&e.jsxs("p",{children:[n.conflict," ",e.jsx(y,{ref:r,className:"button secondary",onPress:l,children:n.reload})]}),t?.kind==="forbidden"&&e.jsx("p",{children:n.forbiddenAction}),t?.kind==="failed"&&e.jsx("p",{children:n.failed}),a&&e.jsx("p",{className:"muted",children:n.reloaded})]})}const xe=R(`
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
`),ge=R(`
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
`),be=R(`
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
`),we=["WORKING_DAYS","DAYS","MONTHS"];function Re({onChanged:t}){const[{data:s,fetching:a,error:l},o]=D({query:xe}),[i,c]=u.useState(""),r=()=>o({requestPolicy:"network-only"}),j=s?[...s.blueCardDeadlineRules.map(d=>({kind:d.kind,amount:d.amount,unit:d.unit,statutory:d.statutory,version:d.version,byLaw:{amount:d.statutoryAmount,unit:d.statutoryUnit}})),{kind:"INTAKE_RESPONSE",amount:s.intakeResponseRule.amount,unit:s.intakeResponseRule.unit,statutory:s.intakeResponseRule.default,version:s.intakeResponseRule.version,byLaw:{amount:s.intakeResponseRule.defaultAmount,unit:s.intakeResponseRule.defaultUnit}}]:[];return e.jsxs(e.Fragment,{children:[e.jsx("p",{role:"status",className:"status-line",children:a?n.loading:i}),l&&!a&&e.jsx(M,{text:n.loadError,retry:n.retry,onRetry:r}),j.length>0&&e.jsxs("table",{className:"cards",children:[e.jsx("caption",{className:"visually-hidden",children:n.sections.deadlines}),e.jsx("thead",{children:e.jsxs("tr",{children:[e.jsx("th",{scope:"col",children:n.deadlineColumns.kind}),e.jsx("th",{scope:"col",children:n.deadlineColumns.statutory}),e.jsx("th",{scope:"col",children:n.deadlineColumns.current}),e.jsx("th",{scope:"col",children:n.deadlineColumns.change})]})}),e.jsx("tbody",{children:j.map(d=>e.jsxs("tr",{children:[e.jsx("th",{scope:"row",children:n.deadlineKind[d.kind]??d.kind}),e.jsx("td",{children:F(d.byLaw.amount,d.byLaw.unit)}),e.jsxs("td",{children:[F(d.amount,d.unit),e.jsx("br",{}),e.jsx("span",{className:"muted",children:d.statutory?n.statutoryApplies:n.ownRule})]}),e.jsx("td",{children:e.jsx(ke,{rule:d,onReload:r,onSaved:m=>{c(n.ruleSaved(n.deadlineKind[d.kind]??d.kind,m)),t()}})})]},d.kind))})]})]})}function ke({rule:t,onSaved:s,onReload:a}){const[l,o]=u.useState(!1),i=u.useRef(null),c=n.deadlineKind[t.kind]??t.kind;return e.jsxs("div",{children:[e.jsx(y,{ref:i,className:"button secondary","aria-expanded":l,onPress:()=>o(!l),children:n.changeRule(c)}),l&&e.jsx(ze,{rule:t,name:c,onReload:a,onClose:r=>{o(!1),queueMicrotask(()=>i.current?.focus()),r&&s(r)}})]})}function ze({rule:t,name:s,onClose:a,onReload:l}){const o=G(),[i,c]=u.useState({amount:String(t.amount),unit:t.unit}),[r,j]=u.useState(!1),[d,m]=u.useState(!1),[g,p]=u.useState(null),[w,z]=u.useState(!1),E=ue(i),I=g?.kind==="refused"?g.problems:{},P={...E,...I},$=P.amount,v=async f=>{if(f.preventDefault(),d||(j(!0),z(!1),Object.keys(E).length>0))return;m(!0);const b=me(i,t.version);let N;if(t.kind==="INTAKE_RESPONSE"){const x=await o.mutation(be,{input:b}).toPromise();N={error:x.error,payload:x.data?.setIntakeResponseRule??null}}else{const x=await o.mutation(ge,{input:{...b,kind:t.kind}}).toPromise();N={error:x.error,payload:x.data?.setDeadlineRule??null}}m(!1);const h=W(N);p(h),h.kind==="done"&&a(F(b.amount,b.unit))};return e.jsxs("form",{className:"action-form","aria-label":n.changeRule(s),onSubmit:f=>{v(f)},noValidate:!0,children:[e.jsx(L,{outcome:g,listed:r?P:{},reloaded:w,onReload:()=>{l(),p(null),z(!0)}}),e.jsx(H,{type:null,label:n.amount,value:i.amount,onChange:f=>{c(b=>({...b,amount:f})),p(null)},error:$?_($):void 0,inputMode:"numeric",size:5,hint:n.unitHint(B[i.unit]),autoFocus:!0}),e.jsxs(ee,{className:"field",selectedKey:i.unit,onSelectionChange:f=>{f!==null&&c(b=>({...b,unit:String(f)})),p(null)},children:[e.jsx(ne,{children:n.unit}),e.jsxs(y,{className:"select-button",children:[e.jsx(te,{}),e.jsx("span",{"aria-hidden":"true",children:" ▾"})]}),e.jsx(se,{className:"popover",children:e.jsx(ie,{className:"listbox",children:we.map(f=>e.jsx(oe,{id:f,className:"option",children:n.units[f]},f))})})]}),e.jsxs("div",{className:"actions",children:[e.jsx(y,{type:"submit",className:"button primary",children:d?n.working:n.saveRule}),e.jsx(y,{className:"button secondary",onPress:()=>a(null),children:n.cancel})]})]})}const Ne=R(`
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
`);function ve(){const[{data:t,fetching:s,error:a},l]=D({query:Ne});if(!t)return s?e.jsx("p",{role:"status",children:n.loading}):a?e.jsxs("p",{role:"alert",children:[n.loadError," ",e.jsx(y,{className:"button secondary",onPress:()=>l({requestPolicy:"network-only"}),children:n.retry})]}):null;const o=t.identityProvider;if(!o)return e.jsx("p",{children:n.noProvider});const i=n.identity,c=r=>r.length===0?i.none:r.join(", ");return e.jsxs("dl",{className:"settings-list",children:[e.jsx("dt",{children:i.issuer}),e.jsx("dd",{children:o.issuer}),e.jsx("dt",{children:i.clientId}),e.jsx("dd",{children:o.clientId}),e.jsx("dt",{children:i.scopes}),e.jsx("dd",{children:c(o.scopes)}),e.jsx("dt",{children:i.rolesClaim}),e.jsx("dd",{children:o.rolesClaim}),e.jsx("dt",{children:i.roleMapping}),e.jsx("dd",{children:o.roleMapping.length===0?i.none:e.jsx("ul",{className:"plain",children:o.roleMapping.map(r=>e.jsx("li",{children:n.mapping(r.value,O(r.role))},`${r.value}-${r.role}`))})}),e.jsx("dt",{children:i.allowedEmailDomains}),e.jsx("dd",{children:o.allowedEmailDomains.length===0?i.anyDomain:o.allowedEmailDomains.join(", ")}),e.jsx("dt",{children:i.audience}),e.jsx("dd",{children:o.audience}),e.jsx("dt",{children:i.trustUnverifiedEmail}),e.jsx("dd",{children:o.trustUnverifiedEmail?i.yes:i.no}),e.jsx("dt",{children:i.updatedAt}),e.jsx("dd",{children:q(o.updatedAt)})]})}const Se=R(`
  query AdminSettings {
    tenantSettings {
      auditRetentionDays
      version
    }
  }
`),Ee=R(`
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
`);function Ie({onChanged:t}){const s=G(),[{data:a,fetching:l,error:o},i]=D({query:Se}),c=a?.tenantSettings,[r,j]=u.useState(null);u.useEffect(()=>{c&&r===null&&j(String(c.auditRetentionDays))},[c,r]);const[d,m]=u.useState(!1),[g,p]=u.useState(!1),[w,z]=u.useState(null),[E,I]=u.useState(!1),[P,$]=u.useState("");if(!c||r===null)return l?e.jsx("p",{role:"status",children:n.loading}):o?e.jsxs("p",{role:"alert",children:[n.loadError," ",e.jsx(y,{className:"button secondary",onPress:()=>i({requestPolicy:"network-only"}),children:n.retry})]}):null;const v=pe(r),f=w?.kind==="refused"?w.problems:{},b={...v,...f},N=b.auditRetentionDays,h=async x=>{if(x.preventDefault(),g||(m(!0),I(!1),$(""),Object.keys(v).length>0))return;p(!0);const S=await s.mutation(Ee,{input:{version:c.version,auditRetentionDays:Number(r.trim().replace(/\s/g,""))}}).toPromise();p(!1);const T=W({error:S.error,payload:S.data?.updateTenantSettings??null});z(T),T.kind==="done"&&(m(!1),$(n.settingsSaved),t())};return e.jsxs("form",{className:"action-form","aria-label":n.sections.settings,onSubmit:x=>{h(x)},noValidate:!0,children:[e.jsx("p",{role:"status",className:"status-line",children:P}),e.jsx(L,{outcome:w,listed:d?b:{},reloaded:E,onReload:()=>{i({requestPolicy:"network-only"}),z(null),I(!0)}}),e.jsx("p",{children:n.retentionNow(U(c.auditRetentionDays,n.days))}),e.jsx(H,{type:null,label:n.retention,value:r,onChange:x=>{j(x),z(null)},error:N?_(N):void 0,inputMode:"numeric",size:7,hint:n.retentionHint}),e.jsx("div",{className:"actions",children:e.jsx(y,{type:"submit",className:"button primary",children:g?n.working:n.saveSettings})})]})}const Pe=20,$e=R(`
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
`),Ae=R(`
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
`),Oe=R(`
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
`),De=R(`
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
`),Te=R(`
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
`);function Ce({selfId:t,onChanged:s}){const[a,l]=u.useState(K),[{data:o,fetching:i,error:c},r]=D({query:$e,variables:{first:Pe,after:Q(a)}}),[j,d]=u.useState(""),m=()=>r({requestPolicy:"network-only"}),g=o?.users.nodes??[];return e.jsxs(e.Fragment,{children:[e.jsx("p",{role:"status",className:"status-line",children:i?n.loading:j}),c&&!i&&e.jsx(M,{text:n.loadError,retry:n.retry,onRetry:m}),g.length>0&&e.jsxs("table",{className:"cards users",children:[e.jsxs("caption",{className:"visually-hidden",children:[n.sections.users,", ",n.pageOf(A(a))]}),e.jsx("thead",{children:e.jsxs("tr",{children:[e.jsx("th",{scope:"col",children:n.usersColumns.name}),e.jsx("th",{scope:"col",children:n.usersColumns.roles}),e.jsx("th",{scope:"col",children:n.usersColumns.status}),e.jsx("th",{scope:"col",children:n.usersColumns.lastSignIn}),e.jsx("th",{scope:"col",children:n.usersColumns.manage})]})}),e.jsx("tbody",{children:g.map(p=>e.jsxs("tr",{children:[e.jsxs("th",{scope:"row",children:[p.displayName,e.jsx("br",{}),e.jsx("span",{className:"muted",children:n.login(p.login)}),p.email&&e.jsxs(e.Fragment,{children:[e.jsx("br",{}),e.jsx("span",{className:"muted",children:p.email})]})]}),e.jsx("td",{children:p.roles.length===0?n.noRoles:e.jsx("ul",{className:"plain",children:ce(p).map(w=>e.jsxs("li",{children:[w.name,w.fromProvider&&e.jsxs("span",{className:"muted",children:[" (",n.fromProvider,")"]})]},w.role))})}),e.jsx("td",{children:p.disabled?e.jsx("strong",{children:n.disabled}):n.active}),e.jsx("td",{children:p.lastSignInAt?q(p.lastSignInAt):n.neverSignedIn}),e.jsx("td",{children:e.jsx(Ue,{user:p,self:p.id===t,onDone:w=>{d(w),s()},onReload:m})})]},p.id))})]}),o&&e.jsxs("div",{className:"pager",children:[e.jsxs("span",{children:[n.pageOf(A(a))," (",U(g.length,n.userCount),")"]}),A(a)>1&&e.jsx(y,{className:"button secondary",onPress:()=>l(V),children:n.previousPage}),o.users.pageInfo.hasNextPage&&o.users.pageInfo.endCursor&&e.jsx(y,{className:"button secondary",onPress:()=>l(p=>Y(p,o.users.pageInfo.endCursor)),children:n.nextPage})]})]})}function Ue({user:t,self:s,onDone:a,onReload:l}){const o=G(),[i,c]=u.useState(!1),[r,j]=u.useState(null),[d,m]=u.useState(!1),[g,p]=u.useState(null),[w,z]=u.useState(!1),E=de(t.roles),I=`user-panel-${t.id}`,P=u.useRef(null),$=t.grantedRoles.join(",");u.useEffect(()=>{i&&document.activeElement===document.body&&P.current?.focus()},[$,i]);const v=async h=>{if(d)return;m(!0),z(!1);const x={id:t.id,version:t.version};let S;if(h.kind==="grant"){const k=await o.mutation(Ae,{input:{...x,role:h.role}}).toPromise();S={error:k.error,payload:k.data?.grantRole??null}}else if(h.kind==="revoke"){const k=await o.mutation(Oe,{input:{...x,role:h.role}}).toPromise();S={error:k.error,payload:k.data?.revokeRole??null}}else if(h.kind==="disable"){const k=await o.mutation(De,{input:x}).toPromise();S={error:k.error,payload:k.data?.disableUser??null}}else{const k=await o.mutation(Te,{input:x}).toPromise();S={error:k.error,payload:k.data?.enableUser??null}}m(!1);const T=W(S);p(T),T.kind==="done"&&(h.kind==="grant"?(j(null),a(n.granted(O(h.role),t.displayName))):h.kind==="revoke"?a(n.revoked(O(h.role),t.displayName)):h.kind==="disable"?a(n.disabledDone(t.displayName)):a(n.enabledDone(t.displayName)))},f=g?.kind==="refused"?g.problems:{},b=f.role??f.id,N=t.grantedRoles;return e.jsxs("div",{className:"user-panel",children:[e.jsx(y,{className:"button secondary","aria-expanded":i,"aria-controls":i?I:void 0,onPress:()=>c(!i),children:n.manage(t.displayName)}),i&&e.jsxs("div",{id:I,ref:P,tabIndex:-1,role:"group","aria-label":n.managePanel(t.displayName),className:"action-form",children:[e.jsx(L,{outcome:g,listed:{},reloaded:w,onReload:()=>{l(),p(null),z(!0)}}),E.length===0?e.jsx("p",{children:n.allRolesGranted}):e.jsxs("form",{"aria-label":n.grantTitle,className:"inline-form",noValidate:!0,onSubmit:h=>{h.preventDefault(),r?v({kind:"grant",role:r}):p({kind:"refused",problems:{role:"REQUIRED"}})},children:[e.jsx(ae,{label:n.roleToGrant,placeholder:n.chooseRole,options:Object.fromEntries(E.map(h=>[h,O(h)])),value:r??"",onChange:h=>{j(h||null),p(null)},error:b?_(b):void 0}),e.jsx(y,{type:"submit",className:"button primary",children:d?n.working:n.grant})]}),e.jsx("h3",{className:"small-heading",children:n.grantedTitle}),N.length===0?e.jsx("p",{children:n.noGrantedRoles}):e.jsx("ul",{className:"plain revoke-list",children:N.map(h=>e.jsx("li",{children:e.jsx(y,{className:"button secondary",onPress:()=>{v({kind:"revoke",role:h})},children:n.revoke(O(h))})},h))}),!s&&e.jsxs("p",{children:[e.jsx(y,{className:"button secondary",onPress:()=>{v({kind:t.disabled?"enable":"disable"})},children:t.disabled?n.enable:n.disable})," ",!t.disabled&&e.jsx("span",{className:"hint",children:n.disableHint})]}),e.jsx(y,{className:"button secondary",onPress:()=>c(!1),children:n.close})]})]})}const _e=R(`
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
`),Ke=["users","identity","deadlines","settings","audit"];function C({id:t,children:s,intro:a}){return e.jsxs("section",{"aria-labelledby":`admin-${t}`,id:t,children:[e.jsx("h2",{id:`admin-${t}`,children:n.sections[t]}),e.jsx("p",{className:"muted",children:a}),s]})}function Ze(){const[{data:t,fetching:s,error:a},l]=D({query:_e}),[o,i]=u.useState(0);u.useEffect(()=>{document.title=n.documentTitle},[]);const c=()=>i(r=>r+1);return t?!t.viewer.roles.includes("TENANT_ADMIN")||re(a).includes("FORBIDDEN")?e.jsxs(e.Fragment,{children:[e.jsx("h1",{children:n.title}),e.jsx("p",{role:"alert",children:n.forbidden})]}):e.jsxs("div",{className:"admin",children:[e.jsx("h1",{children:n.title}),t.viewer.municipality&&e.jsx("p",{className:"muted",children:n.municipality(t.viewer.municipality.name)}),e.jsx("nav",{"aria-label":n.sectionsNav,children:e.jsx("ul",{className:"toc",children:Ke.map(r=>e.jsx("li",{children:e.jsx("a",{href:`#${r}`,children:n.sections[r]})},r))})}),e.jsx(C,{id:"users",intro:n.usersIntro,children:e.jsx(Ce,{selfId:t.viewer.user?.id??null,onChanged:c})}),e.jsx(C,{id:"identity",intro:n.identityIntro,children:e.jsx(ve,{})}),e.jsx(C,{id:"deadlines",intro:n.deadlinesIntro,children:e.jsx(Re,{onChanged:c})}),e.jsx(C,{id:"settings",intro:n.settingsIntro,children:e.jsx(Ie,{onChanged:c})}),e.jsx(C,{id:"audit",intro:n.auditIntro,children:e.jsx(fe,{changes:o})})]}):e.jsxs(e.Fragment,{children:[e.jsx("h1",{children:n.title}),s&&e.jsx("p",{role:"status",children:n.loading}),a&&!s&&e.jsxs("p",{role:"alert",children:[n.loadError," ",e.jsx(y,{className:"button secondary",onPress:()=>l({requestPolicy:"network-only"}),children:n.retry})]})]})}export{Ze as AdminPage,C as Section};
