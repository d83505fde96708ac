import{a as c,j as e}from"./session-n7LnAU4d.js";import{a4 as re,Z as C,W as T,d as j,X as G,l as N,U as W,$ as Y,a as U,b as V,k as Q,c as q,f as B,g as X,h as J,i as ee,j as ne}from"./app-B-1ceqKu.js";import{e as le}from"./userErrors-BxTecZ1R.js";import{o as H}from"./actions-CuoR8g-W.js";import"./client-CNtUrJ3e.js";const s={documentTitle:"Administracja — Ostoja",title:"Administracja gminy",municipality:n=>`Gmina: ${n}`,sectionsNav:"Części strony administracji",loading:"Wczytywanie…",loadError:"Nie udało się wczytać danych. Spróbuj ponownie.",retry:"Spróbuj ponownie",forbidden:"Tę stronę widzi tylko administrator gminy.",roles:re.roles,unknownRole:n=>n,sections:{users:"Użytkownicy i role",identity:"Dostawca tożsamości",deadlines:"Terminy",settings:"Ustawienia",audit:"Dziennik zdarzeń"},usersIntro:"Osoby pracujące w systemie w Twojej gminie. Role nadane w Ostoi możesz nadawać i odbierać tutaj; role z systemu logowania gminy zmienia się w tym systemie.",userCount:{one:"osoba",few:"osoby",many:"osób",other:"osoby"},usersColumns:{name:"Imię i nazwisko",roles:"Role",status:"Konto",lastSignIn:"Ostatnie logowanie",manage:"Zarządzanie"},login:n=>`login: ${n}`,fromProvider:"z systemu logowania gminy",noRoles:"brak ról",active:"aktywne",disabled:"wyłączone",neverSignedIn:"nie logował(a) się",manage:n=>`Zarządzaj kontem: ${n}`,managePanel:n=>`Konto: ${n}`,grantTitle:"Nadaj rolę",roleToGrant:"Rola do nadania",chooseRole:"Wybierz rolę",grant:"Nadaj rolę",allRolesGranted:"Ta osoba ma już wszystkie role pracowników gminy.",grantedTitle:"Role nadane w Ostoi",noGrantedRoles:"Żadnej roli nie nadano w Ostoi.",revoke:n=>`Odbierz rolę: ${n}`,disable:"Wyłącz konto",enable:"Włącz konto",disableHint:"Wyłączenie kończy od razu wszystkie sesje tej osoby.",close:"Zamknij",working:"Zapisywanie…",granted:(n,t)=>`Nadano rolę „${n}”: ${t}.`,revoked:(n,t)=>`Odebrano rolę „${n}”: ${t}.`,disabledDone:n=>`Wyłączono konto: ${n}.`,enabledDone:n=>`Włączono konto: ${n}.`,nextPage:"Następna strona",previousPage:"Poprzednia strona",pageOf:n=>`Strona ${n}`,identityIntro:"System logowania gminy (OpenID Connect). Ustawia go operator platformy; tutaj tylko do odczytu.",noProvider:"Gmina nie ma jeszcze dostawcy tożsamości. Konfiguruje go operator platformy.",identity:{issuer:"Wystawca (issuer)",clientId:"Identyfikator klienta (client id)",scopes:"Zakresy (scopes)",rolesClaim:"Atrybut z rolami",roleMapping:"Przypisanie ról",allowedEmailDomains:"Dozwolone domeny adresów e-mail",anyDomain:"dowolna",audience:"Odbiorca tokenów (audience)",trustUnverifiedEmail:"Łączenie kont po niepotwierdzonym adresie e-mail",updatedAt:"Ostatnia zmiana",yes:"tak",no:"nie",none:"brak"},mapping:(n,t)=>`${n} → ${t}`,deadlinesIntro:"Terminy procedury Niebieskiej Karty: ustawowe i ustalone przez gminę. Zmiana dotyczy terminów wyznaczanych od teraz; wyznaczone wcześniej się nie zmieniają.",deadlineColumns:{kind:"Termin",statutory:"Ustawowy",current:"Obowiązujący w gminie",change:"Zmiana"},deadlineKind:{FORWARD_TO_CHAIR:"Przekazanie formularza NK-A przewodniczącemu zespołu",SET_UP_GROUP:"Powołanie grupy diagnostyczno-pomocowej",FIRST_GROUP_MEETING:"Pierwsze posiedzenie grupy",HELP_PLAN_REVIEW:"Przegląd planu pomocy",MONITORING_AFTER_UNFOUNDED:"Monitorowanie po zakończeniu z powodu braku zasadności",MONITORING_AFTER_VIOLENCE_STOPPED:"Monitorowanie po zakończeniu z powodu ustania przemocy",INTAKE_RESPONSE:"Odpowiedź na zgłoszenie w rejestrze zgłoszeń"},statutoryApplies:"ustawowy",ownRule:"ustalony przez gminę",changeRule:n=>`Zmień termin: ${n}`,amount:"Liczba",unit:"Jednostka",units:{WORKING_DAYS:"dni robocze",DAYS:"dni kalendarzowe",MONTHS:"miesiące"},unitHint:n=>`Od 1 do ${n}.`,unitForms:{WORKING_DAYS:{one:"dzień roboczy",few:"dni robocze",many:"dni roboczych",other:"dnia roboczego"},DAYS:{one:"dzień",few:"dni",many:"dni",other:"dnia"},MONTHS:{one:"miesiąc",few:"miesiące",many:"miesięcy",other:"miesiąca"}},saveRule:"Zapisz termin",cancel:"Anuluj",ruleSaved:(n,t)=>`Zapisano termin „${n}”: ${t}.`,settingsIntro:"Ustawienia gminy w Ostoi.",retention:"Okres przechowywania wpisów dziennika zdarzeń (dni)",retentionHint:"Od 365 do 36 500 dni. Starsze wpisy usuwa zadanie nocne.",retentionNow:n=>`Obecnie: ${n}.`,days:{one:"dzień",few:"dni",many:"dni",other:"dnia"},saveSettings:"Zapisz ustawienia",settingsSaved:"Zapisano ustawienia.",auditIntro:"Kto, co i kiedy zrobił w systemie w Twojej gminie, od najnowszych. Administrator nie widzi identyfikatorów spraw (widzi je inspektor ochrony danych).",auditColumns:{when:"Kiedy",who:"Kto",what:"Co",outcome:"Wynik",objects:"Obiekty"},noEvents:"Dziennik jest pusty.",refresh:"Odśwież dziennik",actorKind:{user:"pracownik",coordinator:"koordynator",operator:"operator",system:"system",anonymous:"osoba niezalogowana"},outcome:{OK:"wykonano",DENIED:"odmowa",FAILED:"nieudane"},operationKind:{query:"Odczyt",mutation:"Zmiana",subscription:"Subskrypcja"},operations:{grantRole:"nadanie roli",revokeRole:"odebranie roli",disableUser:"wyłączenie konta",enableUser:"włączenie konta",setDeadlineRule:"zmiana terminu",setIntakeResponseRule:"zmiana terminu odpowiedzi na zgłoszenie",updateTenantSettings:"zmiana ustawień",setIdentityProvider:"zmiana dostawcy tożsamości",users:"lista użytkowników",auditEvents:"dziennik zdarzeń",tenantSettings:"ustawienia",identityProvider:"dostawca tożsamości",blueCardDeadlineRules:"terminy",intakeResponseRule:"termin odpowiedzi na zgłoszenie",viewer:"dane zalogowanej osoby",blueCards:"Niebieskie Karty",deadlineNotifications:"powiadomienia o terminach",signIn:"logowanie",devSignIn:"logowanie deweloperskie"},objects:{one:"obiekt",few:"obiekty",many:"obiektów",other:"obiektu"},denied:n=>`odmówiono: ${n}`,caseData:"(dane sprawy)",problems:"Popraw zaznaczone pola:",conflict:"Ktoś inny zmienił te dane w międzyczasie. Wczytaj je ponownie; to, co wpisano, zostanie.",reload:"Wczytaj ponownie",reloaded:"Wczytano aktualne dane.",failed:"Nie udało się zapisać. Sprawdź połączenie i spróbuj ponownie.",forbiddenAction:"Nie masz uprawnień do tej zmiany.",errors:{REQUIRED:"To pole jest wymagane.",NOT_A_NUMBER:"Podaj liczbę całkowitą.",OUT_OF_RANGE:"Wartość spoza dozwolonego zakresu.",INVALID:"Nieprawidłowa wartość.",SELF:"Tej zmiany nie możesz zrobić na własnym koncie; poproś innego administratora.",FROM_PROVIDER:"Ta rola pochodzi z systemu logowania gminy; zmień ją tam."},unknownError:n=>`Serwer odrzucił wartość (${n}).`},de=["TENANT_ADMIN","TEAM_CHAIR","TEAM_MEMBER","SOCIAL_WORKER","DATA_PROTECTION_OFFICER","DIRECTORY_EDITOR","INTAKE_STAFF"],A=n=>s.roles[n]??s.unknownRole(n);function ce(n){return de.filter(t=>!n.includes(t))}function ue(n){return[...n.grantedRoles,...n.providerRoles.filter(a=>!n.grantedRoles.includes(a))].map(a=>({role:a,name:A(a),fromProvider:!n.grantedRoles.includes(a)}))}const se={WORKING_DAYS:366,DAYS:366,MONTHS:60},me={FORWARD_TO_CHAIR:{amount:5,unit:"WORKING_DAYS"},SET_UP_GROUP:{amount:3,unit:"DAYS"},FIRST_GROUP_MEETING:{amount:5,unit:"WORKING_DAYS"},HELP_PLAN_REVIEW:{amount:3,unit:"MONTHS"},MONITORING_AFTER_UNFOUNDED:{amount:9,unit:"MONTHS"},MONITORING_AFTER_VIOLENCE_STOPPED:{amount:9,unit:"MONTHS"},INTAKE_RESPONSE:{amount:1,unit:"WORKING_DAYS"}};function F(n,t){const a=s.unitForms[t];return a?C(n,a):`${n} ${t}`}function te(n,t,a){const l=n.trim().replace(/\s/g,"");if(l==="")return{problem:"REQUIRED"};if(!/^-?\d+$/.test(l))return{problem:"NOT_A_NUMBER"};const o=Number(l);return o<t||o>a?{problem:"OUT_OF_RANGE"}:{value:o}}function pe(n){const t=te(n.amount,1,se[n.unit]);return"problem"in t?{amount:t.problem}:{}}function he(n,t){return{amount:Number(n.amount.trim().replace(/\s/g,"")),unit:n.unit,version:t}}const L={min:365,max:36500};function je(n){const t=te(n,L.min,L.max);return"problem"in t?{auditRetentionDays:t.problem}:{}}const M=()=>({afters:[null]}),ie=n=>n.afters[n.afters.length-1]??null,$=n=>n.afters.length,oe=(n,t)=>({afters:[...n.afters,t]}),ae=n=>n.afters.length>1?{afters:n.afters.slice(0,-1)}:n;function fe(n){const[t,a]=n.includes(" ")?[n.slice(0,n.indexOf(" ")),n.slice(n.indexOf(" ")+1)]:["",n],l=s.operationKind[t];if(a==="(case data)")return`${l??t} ${s.caseData}`.trim();const o=a.split(",").filter(i=>i!=="").map(i=>s.operations[i]?`${s.operations[i]} (${i})`:i);return l?`${l}: ${o.join(", ")}`:[t,...o].filter(i=>i!=="").join(" ")}const ye=20,xe=N(`
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
`);function ge({changes:n}){const[t,a]=c.useState(M),[{data:l,fetching:o,error:i},d]=T({query:xe,variables:{first:ye,after:ie(t)},requestPolicy:"network-only"}),r=()=>d({requestPolicy:"network-only"}),f=c.useRef(n);c.useEffect(()=>{f.current!==n&&(f.current=n,$(t)>1?a(M()):d({requestPolicy:"network-only"}))},[n,t,d]);const m=l?.auditEvents.nodes??[];return e.jsxs(e.Fragment,{children:[e.jsx("p",{children:e.jsx(j,{className:"button secondary",onPress:r,children:s.refresh})}),e.jsx("p",{role:"status",className:"status-line",children:o?s.loading:""}),i&&!o&&e.jsxs("p",{role:"alert",children:[s.loadError," ",e.jsx(j,{className:"button secondary",onPress:r,children:s.retry})]}),l&&m.length===0&&e.jsx("p",{children:s.noEvents}),m.length>0&&e.jsxs("table",{className:"cards audit",children:[e.jsxs("caption",{className:"visually-hidden",children:[s.sections.audit,", ",s.pageOf($(t))]}),e.jsx("thead",{children:e.jsxs("tr",{children:[e.jsx("th",{scope:"col",children:s.auditColumns.when}),e.jsx("th",{scope:"col",children:s.auditColumns.who}),e.jsx("th",{scope:"col",children:s.auditColumns.what}),e.jsx("th",{scope:"col",children:s.auditColumns.outcome}),e.jsx("th",{scope:"col",children:s.auditColumns.objects})]})}),e.jsx("tbody",{children:m.map(u=>e.jsxs("tr",{children:[e.jsx("td",{children:G(u.occurredAt)}),e.jsxs("td",{children:[u.actorLogin,e.jsx("br",{}),e.jsx("span",{className:"muted",children:s.actorKind[u.actorKind]??u.actorKind})]}),e.jsx("td",{children:fe(u.operation)}),e.jsx("td",{className:u.outcome==="OK"?void 0:"outcome-bad",children:s.outcome[u.outcome]??u.outcome}),e.jsxs("td",{children:[u.objectIds.length>0?C(u.objectIds.length,s.objects):"—",u.deniedIds.length>0&&e.jsxs(e.Fragment,{children:[e.jsx("br",{}),s.denied(C(u.deniedIds.length,s.objects))]})]})]},u.id))})]}),l&&e.jsxs("div",{className:"pager",children:[e.jsx("span",{children:s.pageOf($(t))}),$(t)>1&&e.jsx(j,{className:"button secondary",onPress:()=>a(ae),children:s.previousPage}),l.auditEvents.pageInfo.hasNextPage&&l.auditEvents.pageInfo.endCursor&&e.jsx(j,{className:"button secondary",onPress:()=>a(u=>oe(u,l.auditEvents.pageInfo.endCursor)),children:s.nextPage})]})]})}const K=n=>s.errors[n]??s.unknownError(n);function Z({outcome:n,listed:t,reloaded:a,onReload:l}){const o=Object.entries(t),i=o.length>0||n&&n.kind!=="done"&&n.kind!=="refused",d=c.useRef(null),r=c.useRef(null);return c.useEffect(()=>{n?.kind==="conflict"?r.current?.focus():(n?.kind==="failed"||n?.kind==="forbidden")&&d.current?.focus()},[n]),e.jsxs("div",{role:"alert",ref:d,tabIndex:-1,className:i?"summary":void 0,children:[o.length>0&&e.jsxs(e.Fragment,{children:[e.jsx("p",{children:s.problems}),e.jsx("ul",{children:o.map(([f,m])=>e.jsx("li",{children:K(m)},f))})]}),n?.kind==="conflict"&&e.jsxs("p",{children:[s.conflict," ",e.jsx(j,{ref:r,className:"button secondary",onPress:l,children:s.reload})]}),n?.kind==="forbidden"&&e.jsx("p",{children:s.forbiddenAction}),n?.kind==="failed"&&e.jsx("p",{children:s.failed}),a&&e.jsx("p",{className:"muted",children:s.reloaded})]})}const be=N(`
  query AdminDeadlines {
    blueCardDeadlineRules {
      kind
      amount
      unit
      statutory
      version
    }
    intakeResponseRule {
      amount
      unit
      default
      version
    }
  }
`),we=N(`
  mutation AdminSetDeadlineRule($input: SetDeadlineRuleInput!) {
    setDeadlineRule(input: $input) {
      rule {
        kind
        amount
        unit
        statutory
        version
      }
      userErrors {
        field
        code
      }
    }
  }
`),Ne=N(`
  mutation AdminSetIntakeResponseRule($input: SetIntakeResponseRuleInput!) {
    setIntakeResponseRule(input: $input) {
      rule {
        amount
        unit
        default
        version
      }
      userErrors {
        field
        code
      }
    }
  }
`),Re=["WORKING_DAYS","DAYS","MONTHS"];function ke({onChanged:n}){const[{data:t,fetching:a,error:l},o]=T({query:be}),[i,d]=c.useState(""),r=()=>o({requestPolicy:"network-only"}),f=t?[...t.blueCardDeadlineRules.map(m=>({...m,unit:m.unit})),{kind:"INTAKE_RESPONSE",amount:t.intakeResponseRule.amount,unit:t.intakeResponseRule.unit,statutory:t.intakeResponseRule.default,version:t.intakeResponseRule.version}]:[];return e.jsxs(e.Fragment,{children:[e.jsx("p",{role:"status",className:"status-line",children:a?s.loading:i}),l&&!a&&e.jsxs("p",{role:"alert",children:[s.loadError," ",e.jsx(j,{className:"button secondary",onPress:r,children:s.retry})]}),f.length>0&&e.jsxs("table",{className:"cards",children:[e.jsx("caption",{className:"visually-hidden",children:s.sections.deadlines}),e.jsx("thead",{children:e.jsxs("tr",{children:[e.jsx("th",{scope:"col",children:s.deadlineColumns.kind}),e.jsx("th",{scope:"col",children:s.deadlineColumns.statutory}),e.jsx("th",{scope:"col",children:s.deadlineColumns.current}),e.jsx("th",{scope:"col",children:s.deadlineColumns.change})]})}),e.jsx("tbody",{children:f.map(m=>{const u=me[m.kind];return e.jsxs("tr",{children:[e.jsx("th",{scope:"row",children:s.deadlineKind[m.kind]??m.kind}),e.jsx("td",{children:u?F(u.amount,u.unit):"—"}),e.jsxs("td",{children:[F(m.amount,m.unit),e.jsx("br",{}),e.jsx("span",{className:"muted",children:m.statutory?s.statutoryApplies:s.ownRule})]}),e.jsx("td",{children:e.jsx(ze,{rule:m,onReload:r,onSaved:x=>{d(s.ruleSaved(s.deadlineKind[m.kind]??m.kind,x)),n()}})})]},m.kind)})})]})]})}function ze({rule:n,onSaved:t,onReload:a}){const[l,o]=c.useState(!1),i=c.useRef(null),d=s.deadlineKind[n.kind]??n.kind;return e.jsxs("div",{children:[e.jsx(j,{ref:i,className:"button secondary","aria-expanded":l,onPress:()=>o(!l),children:s.changeRule(d)}),l&&e.jsx(ve,{rule:n,name:d,onReload:a,onClose:r=>{o(!1),queueMicrotask(()=>i.current?.focus()),r&&t(r)}})]})}function ve({rule:n,name:t,onClose:a,onReload:l}){const o=W(),[i,d]=c.useState({amount:String(n.amount),unit:n.unit}),[r,f]=c.useState(!1),[m,u]=c.useState(!1),[x,h]=c.useState(null),[w,z]=c.useState(!1),E=pe(i),O=x?.kind==="refused"?x.problems:{},P={...E,...O},v=P.amount,S=async y=>{if(y.preventDefault(),m||(f(!0),z(!1),Object.keys(E).length>0))return;u(!0);const b=he(i,n.version);let k;if(n.kind==="INTAKE_RESPONSE"){const g=await o.mutation(Ne,{input:b}).toPromise();k={error:g.error,payload:g.data?.setIntakeResponseRule??null}}else{const g=await o.mutation(we,{input:{...b,kind:n.kind}}).toPromise();k={error:g.error,payload:g.data?.setDeadlineRule??null}}u(!1);const p=H(k);h(p),p.kind==="done"&&a(F(b.amount,b.unit))};return e.jsxs("form",{className:"action-form","aria-label":s.changeRule(t),onSubmit:y=>{S(y)},noValidate:!0,children:[e.jsx(Z,{outcome:x,listed:r?P:{},reloaded:w,onReload:()=>{l(),h(null),z(!0)}}),e.jsxs(Y,{className:"field",value:i.amount,onChange:y=>{d(b=>({...b,amount:y})),h(null)},isInvalid:!!v,inputMode:"numeric",autoComplete:"off",children:[e.jsx(U,{children:s.amount}),e.jsx(V,{size:5,autoFocus:!0}),e.jsx(Q,{slot:"description",className:"hint",children:s.unitHint(se[i.unit])}),e.jsx(q,{className:"error",children:v?K(v):null})]}),e.jsxs(B,{className:"field",selectedKey:i.unit,onSelectionChange:y=>{y!==null&&d(b=>({...b,unit:String(y)})),h(null)},children:[e.jsx(U,{children:s.unit}),e.jsxs(j,{className:"select-button",children:[e.jsx(X,{}),e.jsx("span",{"aria-hidden":"true",children:" ▾"})]}),e.jsx(J,{className:"popover",children:e.jsx(ee,{className:"listbox",children:Re.map(y=>e.jsx(ne,{id:y,className:"option",children:s.units[y]},y))})})]}),e.jsxs("div",{className:"actions",children:[e.jsx(j,{type:"submit",className:"button primary",children:m?s.working:s.saveRule}),e.jsx(j,{className:"button secondary",onPress:()=>a(null),children:s.cancel})]})]})}const Se=N(`
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
`);function Ie(){const[{data:n,fetching:t,error:a},l]=T({query:Se});if(!n)return t?e.jsx("p",{role:"status",children:s.loading}):a?e.jsxs("p",{role:"alert",children:[s.loadError," ",e.jsx(j,{className:"button secondary",onPress:()=>l({requestPolicy:"network-only"}),children:s.retry})]}):null;const o=n.identityProvider;if(!o)return e.jsx("p",{children:s.noProvider});const i=s.identity,d=r=>r.length===0?i.none:r.join(", ");return e.jsxs("dl",{className:"settings-list",children:[e.jsx("dt",{children:i.issuer}),e.jsx("dd",{children:o.issuer}),e.jsx("dt",{children:i.clientId}),e.jsx("dd",{children:o.clientId}),e.jsx("dt",{children:i.scopes}),e.jsx("dd",{children:d(o.scopes)}),e.jsx("dt",{children:i.rolesClaim}),e.jsx("dd",{children:o.rolesClaim}),e.jsx("dt",{children:i.roleMapping}),e.jsx("dd",{children:o.roleMapping.length===0?i.none:e.jsx("ul",{className:"plain",children:o.roleMapping.map(r=>e.jsx("li",{children:s.mapping(r.value,A(r.role))},`${r.value}-${r.role}`))})}),e.jsx("dt",{children:i.allowedEmailDomains}),e.jsx("dd",{children:o.allowedEmailDomains.length===0?i.anyDomain:o.allowedEmailDomains.join(", ")}),e.jsx("dt",{children:i.audience}),e.jsx("dd",{children:o.audience}),e.jsx("dt",{children:i.trustUnverifiedEmail}),e.jsx("dd",{children:o.trustUnverifiedEmail?i.yes:i.no}),e.jsx("dt",{children:i.updatedAt}),e.jsx("dd",{children:G(o.updatedAt)})]})}const Ee=N(`
  query AdminSettings {
    tenantSettings {
      auditRetentionDays
      version
    }
  }
`),Oe=N(`
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
`);function Pe({onChanged:n}){const t=W(),[{data:a,fetching:l,error:o},i]=T({query:Ee}),d=a?.tenantSettings,[r,f]=c.useState(null);c.useEffect(()=>{d&&r===null&&f(String(d.auditRetentionDays))},[d,r]);const[m,u]=c.useState(!1),[x,h]=c.useState(!1),[w,z]=c.useState(null),[E,O]=c.useState(!1),[P,v]=c.useState("");if(!d||r===null)return l?e.jsx("p",{role:"status",children:s.loading}):o?e.jsxs("p",{role:"alert",children:[s.loadError," ",e.jsx(j,{className:"button secondary",onPress:()=>i({requestPolicy:"network-only"}),children:s.retry})]}):null;const S=je(r),y=w?.kind==="refused"?w.problems:{},b={...S,...y},k=b.auditRetentionDays,p=async g=>{if(g.preventDefault(),x||(u(!0),O(!1),v(""),Object.keys(S).length>0))return;h(!0);const I=await t.mutation(Oe,{input:{version:d.version,auditRetentionDays:Number(r.trim().replace(/\s/g,""))}}).toPromise();h(!1);const D=H({error:I.error,payload:I.data?.updateTenantSettings??null});z(D),D.kind==="done"&&(u(!1),v(s.settingsSaved),n())};return e.jsxs("form",{className:"action-form","aria-label":s.sections.settings,onSubmit:g=>{p(g)},noValidate:!0,children:[e.jsx("p",{role:"status",className:"status-line",children:P}),e.jsx(Z,{outcome:w,listed:m?b:{},reloaded:E,onReload:()=>{i({requestPolicy:"network-only"}),z(null),O(!0)}}),e.jsx("p",{children:s.retentionNow(C(d.auditRetentionDays,s.days))}),e.jsxs(Y,{className:"field",value:r,onChange:g=>{f(g),z(null)},isInvalid:!!k,inputMode:"numeric",autoComplete:"off",children:[e.jsx(U,{children:s.retention}),e.jsx(V,{size:7}),e.jsx(Q,{slot:"description",className:"hint",children:s.retentionHint}),e.jsx(q,{className:"error",children:k?K(k):null})]}),e.jsx("div",{className:"actions",children:e.jsx(j,{type:"submit",className:"button primary",children:x?s.working:s.saveSettings})})]})}const $e=20,Ae=N(`
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
`),Te=N(`
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
`),De=N(`
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
`),_e=N(`
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
`),Ce=N(`
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
`);function Ue({selfId:n,onChanged:t}){const[a,l]=c.useState(M),[{data:o,fetching:i,error:d},r]=T({query:Ae,variables:{first:$e,after:ie(a)}}),[f,m]=c.useState(""),u=()=>r({requestPolicy:"network-only"}),x=o?.users.nodes??[];return e.jsxs(e.Fragment,{children:[e.jsx("p",{role:"status",className:"status-line",children:i?s.loading:f}),d&&!i&&e.jsxs("p",{role:"alert",children:[s.loadError," ",e.jsx(j,{className:"button secondary",onPress:u,children:s.retry})]}),x.length>0&&e.jsxs("table",{className:"cards users",children:[e.jsxs("caption",{className:"visually-hidden",children:[s.sections.users,", ",s.pageOf($(a))]}),e.jsx("thead",{children:e.jsxs("tr",{children:[e.jsx("th",{scope:"col",children:s.usersColumns.name}),e.jsx("th",{scope:"col",children:s.usersColumns.roles}),e.jsx("th",{scope:"col",children:s.usersColumns.status}),e.jsx("th",{scope:"col",children:s.usersColumns.lastSignIn}),e.jsx("th",{scope:"col",children:s.usersColumns.manage})]})}),e.jsx("tbody",{children:x.map(h=>e.jsxs("tr",{children:[e.jsxs("th",{scope:"row",children:[h.displayName,e.jsx("br",{}),e.jsx("span",{className:"muted",children:s.login(h.login)}),h.email&&e.jsxs(e.Fragment,{children:[e.jsx("br",{}),e.jsx("span",{className:"muted",children:h.email})]})]}),e.jsx("td",{children:h.roles.length===0?s.noRoles:e.jsx("ul",{className:"plain",children:ue(h).map(w=>e.jsxs("li",{children:[w.name,w.fromProvider&&e.jsxs("span",{className:"muted",children:[" (",s.fromProvider,")"]})]},w.role))})}),e.jsx("td",{children:h.disabled?e.jsx("strong",{children:s.disabled}):s.active}),e.jsx("td",{children:h.lastSignInAt?G(h.lastSignInAt):s.neverSignedIn}),e.jsx("td",{children:e.jsx(Ke,{user:h,self:h.id===n,onDone:w=>{m(w),t()},onReload:u})})]},h.id))})]}),o&&e.jsxs("div",{className:"pager",children:[e.jsxs("span",{children:[s.pageOf($(a))," (",C(x.length,s.userCount),")"]}),$(a)>1&&e.jsx(j,{className:"button secondary",onPress:()=>l(ae),children:s.previousPage}),o.users.pageInfo.hasNextPage&&o.users.pageInfo.endCursor&&e.jsx(j,{className:"button secondary",onPress:()=>l(h=>oe(h,o.users.pageInfo.endCursor)),children:s.nextPage})]})]})}function Ke({user:n,self:t,onDone:a,onReload:l}){const o=W(),[i,d]=c.useState(!1),[r,f]=c.useState(null),[m,u]=c.useState(!1),[x,h]=c.useState(null),[w,z]=c.useState(!1),E=ce(n.roles),O=`user-panel-${n.id}`,P=c.useRef(null),v=n.grantedRoles.join(",");c.useEffect(()=>{i&&document.activeElement===document.body&&P.current?.focus()},[v,i]);const S=async p=>{if(m)return;u(!0),z(!1);const g={id:n.id,version:n.version};let I;if(p.kind==="grant"){const R=await o.mutation(Te,{input:{...g,role:p.role}}).toPromise();I={error:R.error,payload:R.data?.grantRole??null}}else if(p.kind==="revoke"){const R=await o.mutation(De,{input:{...g,role:p.role}}).toPromise();I={error:R.error,payload:R.data?.revokeRole??null}}else if(p.kind==="disable"){const R=await o.mutation(_e,{input:g}).toPromise();I={error:R.error,payload:R.data?.disableUser??null}}else{const R=await o.mutation(Ce,{input:g}).toPromise();I={error:R.error,payload:R.data?.enableUser??null}}u(!1);const D=H(I);h(D),D.kind==="done"&&(p.kind==="grant"?(f(null),a(s.granted(A(p.role),n.displayName))):p.kind==="revoke"?a(s.revoked(A(p.role),n.displayName)):p.kind==="disable"?a(s.disabledDone(n.displayName)):a(s.enabledDone(n.displayName)))},y=x?.kind==="refused"?x.problems:{},b=y.role??y.id,k=n.grantedRoles;return e.jsxs("div",{className:"user-panel",children:[e.jsx(j,{className:"button secondary","aria-expanded":i,"aria-controls":i?O:void 0,onPress:()=>d(!i),children:s.manage(n.displayName)}),i&&e.jsxs("div",{id:O,ref:P,tabIndex:-1,role:"group","aria-label":s.managePanel(n.displayName),className:"action-form",children:[e.jsx(Z,{outcome:x,listed:{},reloaded:w,onReload:()=>{l(),h(null),z(!0)}}),E.length===0?e.jsx("p",{children:s.allRolesGranted}):e.jsxs("form",{"aria-label":s.grantTitle,className:"inline-form",noValidate:!0,onSubmit:p=>{p.preventDefault(),r?S({kind:"grant",role:r}):h({kind:"refused",problems:{role:"REQUIRED"}})},children:[e.jsxs(B,{className:"field",selectedKey:r,onSelectionChange:p=>{f(p===null?null:String(p)),h(null)},isInvalid:!!b,placeholder:s.chooseRole,children:[e.jsx(U,{children:s.roleToGrant}),e.jsxs(j,{className:"select-button",children:[e.jsx(X,{}),e.jsx("span",{"aria-hidden":"true",children:" ▾"})]}),e.jsx(q,{className:"error",children:b?K(b):null}),e.jsx(J,{className:"popover",children:e.jsx(ee,{className:"listbox",children:E.map(p=>e.jsx(ne,{id:p,className:"option",children:A(p)},p))})})]}),e.jsx(j,{type:"submit",className:"button primary",children:m?s.working:s.grant})]}),e.jsx("h3",{className:"small-heading",children:s.grantedTitle}),k.length===0?e.jsx("p",{children:s.noGrantedRoles}):e.jsx("ul",{className:"plain revoke-list",children:k.map(p=>e.jsx("li",{children:e.jsx(j,{className:"button secondary",onPress:()=>{S({kind:"revoke",role:p})},children:s.revoke(A(p))})},p))}),!t&&e.jsxs("p",{children:[e.jsx(j,{className:"button secondary",onPress:()=>{S({kind:n.disabled?"enable":"disable"})},children:n.disabled?s.enable:s.disable})," ",!n.disabled&&e.jsx("span",{className:"hint",children:s.disableHint})]}),e.jsx(j,{className:"button secondary",onPress:()=>d(!1),children:s.close})]})]})}const Fe=N(`
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
`),Me=["users","identity","deadlines","settings","audit"];function _({id:n,children:t,intro:a}){return e.jsxs("section",{"aria-labelledby":`admin-${n}`,id:n,children:[e.jsx("h2",{id:`admin-${n}`,children:s.sections[n]}),e.jsx("p",{className:"muted",children:a}),t]})}function Le(){const[{data:n,fetching:t,error:a},l]=T({query:Fe}),[o,i]=c.useState(0);c.useEffect(()=>{document.title=s.documentTitle},[]);const d=()=>i(r=>r+1);return n?!n.viewer.roles.includes("TENANT_ADMIN")||le(a).includes("FORBIDDEN")?e.jsxs(e.Fragment,{children:[e.jsx("h1",{children:s.title}),e.jsx("p",{role:"alert",children:s.forbidden})]}):e.jsxs("div",{className:"admin",children:[e.jsx("h1",{children:s.title}),n.viewer.municipality&&e.jsx("p",{className:"muted",children:s.municipality(n.viewer.municipality.name)}),e.jsx("nav",{"aria-label":s.sectionsNav,children:e.jsx("ul",{className:"toc",children:Me.map(r=>e.jsx("li",{children:e.jsx("a",{href:`#${r}`,children:s.sections[r]})},r))})}),e.jsx(_,{id:"users",intro:s.usersIntro,children:e.jsx(Ue,{selfId:n.viewer.user?.id??null,onChanged:d})}),e.jsx(_,{id:"identity",intro:s.identityIntro,children:e.jsx(Ie,{})}),e.jsx(_,{id:"deadlines",intro:s.deadlinesIntro,children:e.jsx(ke,{onChanged:d})}),e.jsx(_,{id:"settings",intro:s.settingsIntro,children:e.jsx(Pe,{onChanged:d})}),e.jsx(_,{id:"audit",intro:s.auditIntro,children:e.jsx(ge,{changes:o})})]}):e.jsxs(e.Fragment,{children:[e.jsx("h1",{children:s.title}),t&&e.jsx("p",{role:"status",children:s.loading}),a&&!t&&e.jsxs("p",{role:"alert",children:[s.loadError," ",e.jsx(j,{className:"button secondary",onPress:()=>l({requestPolicy:"network-only"}),children:s.retry})]})]})}export{Le as AdminPage,_ as Section};
