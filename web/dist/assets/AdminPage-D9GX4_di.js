import{a as h,j as e}from"./session-n7LnAU4d.js";import{a4 as ae,Z as T,W as A,d as j,X as F,l as N,U as M,$ as L,a as _,b as Y,k as V,c as G,f as Q,g as B,h as X,i as J,j as ee}from"./app-CtBXA7j1.js";import{e as re}from"./userErrors-BxTecZ1R.js";import{o as W}from"./actions-CuoR8g-W.js";import"./client-CNtUrJ3e.js";const s={documentTitle:"Administracja — Ostoja",title:"Administracja gminy",municipality:n=>`Gmina: ${n}`,sectionsNav:"Części strony administracji",loading:"Wczytywanie…",loadError:"Nie udało się wczytać danych. Spróbuj ponownie.",retry:"Spróbuj ponownie",forbidden:"Tę stronę widzi tylko administrator gminy.",roles:ae.roles,unknownRole:n=>n,sections:{users:"Użytkownicy i role",identity:"Dostawca tożsamości",deadlines:"Terminy",settings:"Ustawienia",audit:"Dziennik zdarzeń"},usersIntro:"Osoby pracujące w systemie w Twojej gminie. Role nadane w Ostoi możesz nadawać i odbierać tutaj; role z systemu logowania gminy zmienia się w tym systemie.",userCount:{one:"osoba",few:"osoby",many:"osób",other:"osoby"},usersColumns:{name:"Imię i nazwisko",roles:"Role",status:"Konto",lastSignIn:"Ostatnie logowanie",manage:"Zarządzanie"},login:n=>`login: ${n}`,fromProvider:"z systemu logowania gminy",noRoles:"brak ról",active:"aktywne",disabled:"wyłączone",neverSignedIn:"nie logował(a) się",manage:n=>`Zarządzaj kontem: ${n}`,managePanel:n=>`Konto: ${n}`,grantTitle:"Nadaj rolę",roleToGrant:"Rola do nadania",chooseRole:"Wybierz rolę",grant:"Nadaj rolę",allRolesGranted:"Ta osoba ma już wszystkie role pracowników gminy.",grantedTitle:"Role nadane w Ostoi",noGrantedRoles:"Żadnej roli nie nadano w Ostoi.",revoke:n=>`Odbierz rolę: ${n}`,disable:"Wyłącz konto",enable:"Włącz konto",disableHint:"Wyłączenie kończy od razu wszystkie sesje tej osoby.",close:"Zamknij",working:"Zapisywanie…",granted:(n,t)=>`Nadano rolę „${n}”: ${t}.`,revoked:(n,t)=>`Odebrano rolę „${n}”: ${t}.`,disabledDone:n=>`Wyłączono konto: ${n}.`,enabledDone:n=>`Włączono konto: ${n}.`,nextPage:"Następna strona",previousPage:"Poprzednia strona",pageOf:n=>`Strona ${n}`,identityIntro:"System logowania gminy (OpenID Connect). Ustawia go operator platformy; tutaj tylko do odczytu.",noProvider:"Gmina nie ma jeszcze dostawcy tożsamości. Konfiguruje go operator platformy.",identity:{issuer:"Wystawca (issuer)",clientId:"Identyfikator klienta (client id)",scopes:"Zakresy (scopes)",rolesClaim:"Atrybut z rolami",roleMapping:"Przypisanie ról",allowedEmailDomains:"Dozwolone domeny adresów e-mail",anyDomain:"dowolna",audience:"Odbiorca tokenów (audience)",trustUnverifiedEmail:"Łączenie kont po niepotwierdzonym adresie e-mail",updatedAt:"Ostatnia zmiana",yes:"tak",no:"nie",none:"brak"},mapping:(n,t)=>`${n} → ${t}`,deadlinesIntro:"Terminy procedury Niebieskiej Karty: ustawowe i ustalone przez gminę. Zmiana dotyczy terminów wyznaczanych od teraz; wyznaczone wcześniej się nie zmieniają.",deadlineColumns:{kind:"Termin",statutory:"Ustawowy",current:"Obowiązujący w gminie",change:"Zmiana"},deadlineKind:{FORWARD_TO_CHAIR:"Przekazanie formularza NK-A przewodniczącemu zespołu",SET_UP_GROUP:"Powołanie grupy diagnostyczno-pomocowej",FIRST_GROUP_MEETING:"Pierwsze posiedzenie grupy",HELP_PLAN_REVIEW:"Przegląd planu pomocy",MONITORING_AFTER_UNFOUNDED:"Monitorowanie po zakończeniu z powodu braku zasadności",MONITORING_AFTER_VIOLENCE_STOPPED:"Monitorowanie po zakończeniu z powodu ustania przemocy",INTAKE_RESPONSE:"Odpowiedź na zgłoszenie w rejestrze zgłoszeń"},statutoryApplies:"ustawowy",ownRule:"ustalony przez gminę",changeRule:n=>`Zmień termin: ${n}`,amount:"Liczba",unit:"Jednostka",units:{WORKING_DAYS:"dni robocze",DAYS:"dni kalendarzowe",MONTHS:"miesiące"},unitHint:n=>`Od 1 do ${n}.`,unitForms:{WORKING_DAYS:{one:"dzień roboczy",few:"dni robocze",many:"dni roboczych",other:"dnia roboczego"},DAYS:{one:"dzień",few:"dni",many:"dni",other:"dnia"},MONTHS:{one:"miesiąc",few:"miesiące",many:"miesięcy",other:"miesiąca"}},saveRule:"Zapisz termin",cancel:"Anuluj",ruleSaved:(n,t)=>`Zapisano termin „${n}”: ${t}.`,settingsIntro:"Ustawienia gminy w Ostoi.",retention:"Okres przechowywania wpisów dziennika zdarzeń (dni)",retentionHint:"Od 365 do 36 500 dni. Starsze wpisy usuwa zadanie nocne.",retentionNow:n=>`Obecnie: ${n}.`,days:{one:"dzień",few:"dni",many:"dni",other:"dnia"},saveSettings:"Zapisz ustawienia",settingsSaved:"Zapisano ustawienia.",auditIntro:"Kto, co i kiedy zrobił w systemie w Twojej gminie, od najnowszych. Administrator nie widzi identyfikatorów spraw (widzi je inspektor ochrony danych).",auditColumns:{when:"Kiedy",who:"Kto",what:"Co",outcome:"Wynik",objects:"Obiekty"},noEvents:"Dziennik jest pusty.",refresh:"Odśwież dziennik",actorKind:{user:"pracownik",coordinator:"koordynator",operator:"operator",system:"system",anonymous:"osoba niezalogowana"},outcome:{OK:"wykonano",DENIED:"odmowa",FAILED:"nieudane"},operationKind:{query:"Odczyt",mutation:"Zmiana",subscription:"Subskrypcja"},operations:{grantRole:"nadanie roli",revokeRole:"odebranie roli",disableUser:"wyłączenie konta",enableUser:"włączenie konta",setDeadlineRule:"zmiana terminu",setIntakeResponseRule:"zmiana terminu odpowiedzi na zgłoszenie",updateTenantSettings:"zmiana ustawień",setIdentityProvider:"zmiana dostawcy tożsamości",users:"lista użytkowników",auditEvents:"dziennik zdarzeń",tenantSettings:"ustawienia",identityProvider:"dostawca tożsamości",signIn:"logowanie",devSignIn:"logowanie deweloperskie"},objects:{one:"obiekt",few:"obiekty",many:"obiektów",other:"obiektu"},denied:n=>`odmówiono: ${n}`,caseData:"(dane sprawy)",problems:"Popraw zaznaczone pola:",conflict:"Ktoś inny zmienił te dane w międzyczasie. Wczytaj je ponownie; to, co wpisano, zostanie.",reload:"Wczytaj ponownie",reloaded:"Wczytano aktualne dane.",failed:"Nie udało się zapisać. Sprawdź połączenie i spróbuj ponownie.",forbiddenAction:"Nie masz uprawnień do tej zmiany.",errors:{REQUIRED:"To pole jest wymagane.",NOT_A_NUMBER:"Podaj liczbę całkowitą.",OUT_OF_RANGE:"Wartość spoza dozwolonego zakresu.",INVALID:"Nieprawidłowa wartość.",SELF:"Tej zmiany nie możesz zrobić na własnym koncie; poproś innego administratora.",FROM_PROVIDER:"Ta rola pochodzi z systemu logowania gminy; zmień ją tam."},unknownError:n=>`Serwer odrzucił wartość (${n}).`},le=["TENANT_ADMIN","TEAM_CHAIR","TEAM_MEMBER","SOCIAL_WORKER","DATA_PROTECTION_OFFICER","DIRECTORY_EDITOR","INTAKE_STAFF"],$=n=>s.roles[n]??s.unknownRole(n);function de(n){return le.filter(t=>!n.includes(t))}function ce(n){return[...n.grantedRoles,...n.providerRoles.filter(a=>!n.grantedRoles.includes(a))].map(a=>({role:a,name:$(a),fromProvider:!n.grantedRoles.includes(a)}))}const ne={WORKING_DAYS:366,DAYS:366,MONTHS:60},ue={FORWARD_TO_CHAIR:{amount:5,unit:"WORKING_DAYS"},SET_UP_GROUP:{amount:3,unit:"DAYS"},FIRST_GROUP_MEETING:{amount:5,unit:"WORKING_DAYS"},HELP_PLAN_REVIEW:{amount:3,unit:"MONTHS"},MONITORING_AFTER_UNFOUNDED:{amount:9,unit:"MONTHS"},MONITORING_AFTER_VIOLENCE_STOPPED:{amount:9,unit:"MONTHS"},INTAKE_RESPONSE:{amount:1,unit:"WORKING_DAYS"}};function U(n,t){const a=s.unitForms[t];return a?T(n,a):`${n} ${t}`}function se(n,t,a){const l=n.trim().replace(/\s/g,"");if(l==="")return{problem:"REQUIRED"};if(!/^-?\d+$/.test(l))return{problem:"NOT_A_NUMBER"};const o=Number(l);return o<t||o>a?{problem:"OUT_OF_RANGE"}:{value:o}}function me(n){const t=se(n.amount,1,ne[n.unit]);return"problem"in t?{amount:t.problem}:{}}function pe(n,t){return{amount:Number(n.amount.trim().replace(/\s/g,"")),unit:n.unit,version:t}}const Z={min:365,max:36500};function he(n){const t=se(n,Z.min,Z.max);return"problem"in t?{auditRetentionDays:t.problem}:{}}const K=()=>({afters:[null]}),te=n=>n.afters[n.afters.length-1]??null,P=n=>n.afters.length,ie=(n,t)=>({afters:[...n.afters,t]}),oe=n=>n.afters.length>1?{afters:n.afters.slice(0,-1)}:n;function je(n){const[t,a]=n.includes(" ")?[n.slice(0,n.indexOf(" ")),n.slice(n.indexOf(" ")+1)]:["",n],l=s.operationKind[t];if(a==="(case data)")return`${l??t} ${s.caseData}`.trim();const o=a.split(",").filter(i=>i!=="").map(i=>s.operations[i]?`${s.operations[i]} (${i})`:i);return l?`${l}: ${o.join(", ")}`:[t,...o].filter(i=>i!=="").join(" ")}const ye=20,xe=N(`
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
`);function fe({changes:n}){const[t,a]=h.useState(K),[{data:l,fetching:o,error:i},c]=A({query:xe,variables:{first:ye,after:te(t)},requestPolicy:"network-only"}),r=()=>c({requestPolicy:"network-only"}),f=h.useRef(n);h.useEffect(()=>{f.current!==n&&(f.current=n,P(t)>1?a(K()):c({requestPolicy:"network-only"}))},[n,t,c]);const m=l?.auditEvents.nodes??[];return e.jsxs(e.Fragment,{children:[e.jsx("p",{children:e.jsx(j,{className:"button secondary",onPress:r,children:s.refresh})}),e.jsx("p",{role:"status",className:"status-line",children:o?s.loading:""}),i&&!o&&e.jsxs("p",{role:"alert",children:[s.loadError," ",e.jsx(j,{className:"button secondary",onPress:r,children:s.retry})]}),l&&m.length===0&&e.jsx("p",{children:s.noEvents}),m.length>0&&e.jsxs("table",{className:"cards audit",children:[e.jsxs("caption",{className:"visually-hidden",children:[s.sections.audit,", ",s.pageOf(P(t))]}),e.jsx("thead",{children:e.jsxs("tr",{children:[e.jsx("th",{scope:"col",children:s.auditColumns.when}),e.jsx("th",{scope:"col",children:s.auditColumns.who}),e.jsx("th",{scope:"col",children:s.auditColumns.what}),e.jsx("th",{scope:"col",children:s.auditColumns.outcome}),e.jsx("th",{scope:"col",children:s.auditColumns.objects})]})}),e.jsx("tbody",{children:m.map(u=>e.jsxs("tr",{children:[e.jsx("td",{children:F(u.occurredAt)}),e.jsxs("td",{children:[u.actorLogin,e.jsx("br",{}),e.jsx("span",{className:"muted",children:s.actorKind[u.actorKind]??u.actorKind})]}),e.jsx("td",{children:je(u.operation)}),e.jsx("td",{className:u.outcome==="OK"?void 0:"outcome-bad",children:s.outcome[u.outcome]??u.outcome}),e.jsxs("td",{children:[u.objectIds.length>0?T(u.objectIds.length,s.objects):"—",u.deniedIds.length>0&&e.jsxs(e.Fragment,{children:[e.jsx("br",{}),s.denied(T(u.deniedIds.length,s.objects))]})]})]},u.id))})]}),l&&e.jsxs("div",{className:"pager",children:[e.jsx("span",{children:s.pageOf(P(t))}),P(t)>1&&e.jsx(j,{className:"button secondary",onPress:()=>a(oe),children:s.previousPage}),l.auditEvents.pageInfo.hasNextPage&&l.auditEvents.pageInfo.endCursor&&e.jsx(j,{className:"button secondary",onPress:()=>a(u=>ie(u,l.auditEvents.pageInfo.endCursor)),children:s.nextPage})]})]})}const C=n=>s.errors[n]??s.unknownError(n);function q({outcome:n,listed:t,reloaded:a,onReload:l}){const o=Object.entries(t),i=o.length>0||n&&n.kind!=="done"&&n.kind!=="refused";return e.jsxs("div",{role:"alert",className:i?"summary":void 0,children:[o.length>0&&e.jsxs(e.Fragment,{children:[e.jsx("p",{children:s.problems}),e.jsx("ul",{children:o.map(([c,r])=>e.jsx("li",{children:C(r)},c))})]}),n?.kind==="conflict"&&e.jsxs("p",{children:[s.conflict," ",e.jsx(j,{className:"button secondary",onPress:l,children:s.reload})]}),n?.kind==="forbidden"&&e.jsx("p",{children:s.forbiddenAction}),n?.kind==="failed"&&e.jsx("p",{children:s.failed}),a&&e.jsx("p",{className:"muted",children:s.reloaded})]})}const ge=N(`
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
`),be=N(`
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
`),we=N(`
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
`),Ne=["WORKING_DAYS","DAYS","MONTHS"];function Re({onChanged:n}){const[{data:t,fetching:a,error:l},o]=A({query:ge}),[i,c]=h.useState(""),r=()=>o({requestPolicy:"network-only"}),f=t?[...t.blueCardDeadlineRules.map(m=>({...m,unit:m.unit})),{kind:"INTAKE_RESPONSE",amount:t.intakeResponseRule.amount,unit:t.intakeResponseRule.unit,statutory:t.intakeResponseRule.default,version:t.intakeResponseRule.version}]:[];return e.jsxs(e.Fragment,{children:[e.jsx("p",{role:"status",className:"status-line",children:a?s.loading:i}),l&&!a&&e.jsxs("p",{role:"alert",children:[s.loadError," ",e.jsx(j,{className:"button secondary",onPress:r,children:s.retry})]}),f.length>0&&e.jsxs("table",{className:"cards",children:[e.jsx("caption",{className:"visually-hidden",children:s.sections.deadlines}),e.jsx("thead",{children:e.jsxs("tr",{children:[e.jsx("th",{scope:"col",children:s.deadlineColumns.kind}),e.jsx("th",{scope:"col",children:s.deadlineColumns.statutory}),e.jsx("th",{scope:"col",children:s.deadlineColumns.current}),e.jsx("th",{scope:"col",children:s.deadlineColumns.change})]})}),e.jsx("tbody",{children:f.map(m=>{const u=ue[m.kind];return e.jsxs("tr",{children:[e.jsx("th",{scope:"row",children:s.deadlineKind[m.kind]??m.kind}),e.jsx("td",{children:u?U(u.amount,u.unit):"—"}),e.jsxs("td",{children:[U(m.amount,m.unit),e.jsx("br",{}),e.jsx("span",{className:"muted",children:m.statutory?s.statutoryApplies:s.ownRule})]}),e.jsx("td",{children:e.jsx(ke,{rule:m,onReload:r,onSaved:x=>{c(s.ruleSaved(s.deadlineKind[m.kind]??m.kind,x)),n()}})})]},m.kind)})})]})]})}function ke({rule:n,onSaved:t,onReload:a}){const[l,o]=h.useState(!1),i=h.useRef(null),c=s.deadlineKind[n.kind]??n.kind;return e.jsxs("div",{children:[e.jsx(j,{ref:i,className:"button secondary","aria-expanded":l,onPress:()=>o(!l),children:s.changeRule(c)}),l&&e.jsx(ze,{rule:n,name:c,onReload:a,onClose:r=>{o(!1),queueMicrotask(()=>i.current?.focus()),r&&t(r)}})]})}function ze({rule:n,name:t,onClose:a,onReload:l}){const o=M(),[i,c]=h.useState({amount:String(n.amount),unit:n.unit}),[r,f]=h.useState(!1),[m,u]=h.useState(!1),[x,p]=h.useState(null),[w,z]=h.useState(!1),E=me(i),O=x?.kind==="refused"?x.problems:{},S={...E,...O},v=S.amount,I=async y=>{if(y.preventDefault(),f(!0),z(!1),Object.keys(E).length>0)return;u(!0);const d=pe(i,n.version);let R;if(n.kind==="INTAKE_RESPONSE"){const g=await o.mutation(we,{input:d}).toPromise();R={error:g.error,payload:g.data?.setIntakeResponseRule??null}}else{const g=await o.mutation(be,{input:{...d,kind:n.kind}}).toPromise();R={error:g.error,payload:g.data?.setDeadlineRule??null}}u(!1);const k=W(R);p(k),k.kind==="done"&&a(U(d.amount,d.unit))};return e.jsxs("form",{className:"action-form","aria-label":s.changeRule(t),onSubmit:y=>{I(y)},noValidate:!0,children:[e.jsx(q,{outcome:x,listed:r?S:{},reloaded:w,onReload:()=>{l(),p(null),z(!0)}}),e.jsxs(L,{className:"field",value:i.amount,onChange:y=>{c(d=>({...d,amount:y})),p(null)},isInvalid:!!v,inputMode:"numeric",autoComplete:"off",children:[e.jsx(_,{children:s.amount}),e.jsx(Y,{size:5,autoFocus:!0}),e.jsx(V,{slot:"description",className:"hint",children:s.unitHint(ne[i.unit])}),e.jsx(G,{className:"error",children:v?C(v):null})]}),e.jsxs(Q,{className:"field",selectedKey:i.unit,onSelectionChange:y=>{y!==null&&c(d=>({...d,unit:String(y)})),p(null)},children:[e.jsx(_,{children:s.unit}),e.jsxs(j,{className:"select-button",children:[e.jsx(B,{}),e.jsx("span",{"aria-hidden":"true",children:" ▾"})]}),e.jsx(X,{className:"popover",children:e.jsx(J,{className:"listbox",children:Ne.map(y=>e.jsx(ee,{id:y,className:"option",children:s.units[y]},y))})})]}),e.jsxs("div",{className:"actions",children:[e.jsx(j,{type:"submit",className:"button primary",isDisabled:m,children:m?s.working:s.saveRule}),e.jsx(j,{className:"button secondary",onPress:()=>a(null),children:s.cancel})]})]})}const ve=N(`
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
`);function Se(){const[{data:n,fetching:t,error:a},l]=A({query:ve});if(!n)return t?e.jsx("p",{role:"status",children:s.loading}):a?e.jsxs("p",{role:"alert",children:[s.loadError," ",e.jsx(j,{className:"button secondary",onPress:()=>l({requestPolicy:"network-only"}),children:s.retry})]}):null;const o=n.identityProvider;if(!o)return e.jsx("p",{children:s.noProvider});const i=s.identity,c=r=>r.length===0?i.none:r.join(", ");return e.jsxs("dl",{className:"settings-list",children:[e.jsx("dt",{children:i.issuer}),e.jsx("dd",{children:o.issuer}),e.jsx("dt",{children:i.clientId}),e.jsx("dd",{children:o.clientId}),e.jsx("dt",{children:i.scopes}),e.jsx("dd",{children:c(o.scopes)}),e.jsx("dt",{children:i.rolesClaim}),e.jsx("dd",{children:o.rolesClaim}),e.jsx("dt",{children:i.roleMapping}),e.jsx("dd",{children:o.roleMapping.length===0?i.none:e.jsx("ul",{className:"plain",children:o.roleMapping.map(r=>e.jsx("li",{children:s.mapping(r.value,$(r.role))},`${r.value}-${r.role}`))})}),e.jsx("dt",{children:i.allowedEmailDomains}),e.jsx("dd",{children:o.allowedEmailDomains.length===0?i.anyDomain:o.allowedEmailDomains.join(", ")}),e.jsx("dt",{children:i.audience}),e.jsx("dd",{children:o.audience}),e.jsx("dt",{children:i.trustUnverifiedEmail}),e.jsx("dd",{children:o.trustUnverifiedEmail?i.yes:i.no}),e.jsx("dt",{children:i.updatedAt}),e.jsx("dd",{children:F(o.updatedAt)})]})}const Ie=N(`
  query AdminSettings {
    tenantSettings {
      auditRetentionDays
      version
    }
  }
`),Ee=N(`
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
`);function Oe({onChanged:n}){const t=M(),[{data:a,fetching:l,error:o},i]=A({query:Ie}),c=a?.tenantSettings,[r,f]=h.useState(null);h.useEffect(()=>{c&&r===null&&f(String(c.auditRetentionDays))},[c,r]);const[m,u]=h.useState(!1),[x,p]=h.useState(!1),[w,z]=h.useState(null),[E,O]=h.useState(!1),[S,v]=h.useState("");if(!c||r===null)return l?e.jsx("p",{role:"status",children:s.loading}):o?e.jsxs("p",{role:"alert",children:[s.loadError," ",e.jsx(j,{className:"button secondary",onPress:()=>i({requestPolicy:"network-only"}),children:s.retry})]}):null;const I=he(r),y=w?.kind==="refused"?w.problems:{},d={...I,...y},R=d.auditRetentionDays,k=async g=>{if(g.preventDefault(),u(!0),O(!1),v(""),Object.keys(I).length>0)return;p(!0);const b=await t.mutation(Ee,{input:{version:c.version,auditRetentionDays:Number(r.trim().replace(/\s/g,""))}}).toPromise();p(!1);const H=W({error:b.error,payload:b.data?.updateTenantSettings??null});z(H),H.kind==="done"&&(u(!1),v(s.settingsSaved),n())};return e.jsxs("form",{className:"action-form","aria-label":s.sections.settings,onSubmit:g=>{k(g)},noValidate:!0,children:[e.jsx("p",{role:"status",className:"status-line",children:S}),e.jsx(q,{outcome:w,listed:m?d:{},reloaded:E,onReload:()=>{i({requestPolicy:"network-only"}),z(null),O(!0)}}),e.jsx("p",{children:s.retentionNow(T(c.auditRetentionDays,s.days))}),e.jsxs(L,{className:"field",value:r,onChange:g=>{f(g),z(null)},isInvalid:!!R,inputMode:"numeric",autoComplete:"off",children:[e.jsx(_,{children:s.retention}),e.jsx(Y,{size:7}),e.jsx(V,{slot:"description",className:"hint",children:s.retentionHint}),e.jsx(G,{className:"error",children:R?C(R):null})]}),e.jsx("div",{className:"actions",children:e.jsx(j,{type:"submit",className:"button primary",isDisabled:x,children:x?s.working:s.saveSettings})})]})}const Pe=20,$e=N(`
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
`),Ae=N(`
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
`),Te=N(`
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
`),_e=N(`
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
`);function Ce({selfId:n,onChanged:t}){const[a,l]=h.useState(K),[{data:o,fetching:i,error:c},r]=A({query:$e,variables:{first:Pe,after:te(a)}}),[f,m]=h.useState(""),u=()=>r({requestPolicy:"network-only"}),x=o?.users.nodes??[];return e.jsxs(e.Fragment,{children:[e.jsx("p",{role:"status",className:"status-line",children:i?s.loading:f}),c&&!i&&e.jsxs("p",{role:"alert",children:[s.loadError," ",e.jsx(j,{className:"button secondary",onPress:u,children:s.retry})]}),x.length>0&&e.jsxs("table",{className:"cards users",children:[e.jsxs("caption",{className:"visually-hidden",children:[s.sections.users,", ",s.pageOf(P(a))]}),e.jsx("thead",{children:e.jsxs("tr",{children:[e.jsx("th",{scope:"col",children:s.usersColumns.name}),e.jsx("th",{scope:"col",children:s.usersColumns.roles}),e.jsx("th",{scope:"col",children:s.usersColumns.status}),e.jsx("th",{scope:"col",children:s.usersColumns.lastSignIn}),e.jsx("th",{scope:"col",children:s.usersColumns.manage})]})}),e.jsx("tbody",{children:x.map(p=>e.jsxs("tr",{children:[e.jsxs("th",{scope:"row",children:[p.displayName,e.jsx("br",{}),e.jsx("span",{className:"muted",children:s.login(p.login)}),p.email&&e.jsxs(e.Fragment,{children:[e.jsx("br",{}),e.jsx("span",{className:"muted",children:p.email})]})]}),e.jsx("td",{children:p.roles.length===0?s.noRoles:e.jsx("ul",{className:"plain",children:ce(p).map(w=>e.jsxs("li",{children:[w.name,w.fromProvider&&e.jsxs("span",{className:"muted",children:[" (",s.fromProvider,")"]})]},w.role))})}),e.jsx("td",{children:p.disabled?e.jsx("strong",{children:s.disabled}):s.active}),e.jsx("td",{children:p.lastSignInAt?F(p.lastSignInAt):s.neverSignedIn}),e.jsx("td",{children:e.jsx(Ue,{user:p,self:p.id===n,onDone:w=>{m(w),t()},onReload:u})})]},p.id))})]}),o&&e.jsxs("div",{className:"pager",children:[e.jsxs("span",{children:[s.pageOf(P(a))," (",T(x.length,s.userCount),")"]}),P(a)>1&&e.jsx(j,{className:"button secondary",onPress:()=>l(oe),children:s.previousPage}),o.users.pageInfo.hasNextPage&&o.users.pageInfo.endCursor&&e.jsx(j,{className:"button secondary",onPress:()=>l(p=>ie(p,o.users.pageInfo.endCursor)),children:s.nextPage})]})]})}function Ue({user:n,self:t,onDone:a,onReload:l}){const o=M(),[i,c]=h.useState(!1),[r,f]=h.useState(null),[m,u]=h.useState(!1),[x,p]=h.useState(null),[w,z]=h.useState(!1),E=de(n.roles),O=`user-panel-${n.id}`,S=async d=>{u(!0),z(!1);const R={id:n.id,version:n.version};let k;if(d.kind==="grant"){const b=await o.mutation(Ae,{input:{...R,role:d.role}}).toPromise();k={error:b.error,payload:b.data?.grantRole??null}}else if(d.kind==="revoke"){const b=await o.mutation(De,{input:{...R,role:d.role}}).toPromise();k={error:b.error,payload:b.data?.revokeRole??null}}else if(d.kind==="disable"){const b=await o.mutation(Te,{input:R}).toPromise();k={error:b.error,payload:b.data?.disableUser??null}}else{const b=await o.mutation(_e,{input:R}).toPromise();k={error:b.error,payload:b.data?.enableUser??null}}u(!1);const g=W(k);p(g),g.kind==="done"&&(d.kind==="grant"?(f(null),a(s.granted($(d.role),n.displayName))):d.kind==="revoke"?a(s.revoked($(d.role),n.displayName)):d.kind==="disable"?a(s.disabledDone(n.displayName)):a(s.enabledDone(n.displayName)))},v=x?.kind==="refused"?x.problems:{},I=v.role??v.id,y=n.grantedRoles;return e.jsxs("div",{className:"user-panel",children:[e.jsx(j,{className:"button secondary","aria-expanded":i,"aria-controls":i?O:void 0,onPress:()=>c(!i),children:s.manage(n.displayName)}),i&&e.jsxs("div",{id:O,role:"group","aria-label":s.managePanel(n.displayName),className:"action-form",children:[e.jsx(q,{outcome:x,listed:{},reloaded:w,onReload:()=>{l(),p(null),z(!0)}}),E.length===0?e.jsx("p",{children:s.allRolesGranted}):e.jsxs("form",{"aria-label":s.grantTitle,className:"inline-form",noValidate:!0,onSubmit:d=>{d.preventDefault(),r?S({kind:"grant",role:r}):p({kind:"refused",problems:{role:"REQUIRED"}})},children:[e.jsxs(Q,{className:"field",selectedKey:r,onSelectionChange:d=>{f(d===null?null:String(d)),p(null)},isInvalid:!!I,placeholder:s.chooseRole,children:[e.jsx(_,{children:s.roleToGrant}),e.jsxs(j,{className:"select-button",children:[e.jsx(B,{}),e.jsx("span",{"aria-hidden":"true",children:" ▾"})]}),e.jsx(G,{className:"error",children:I?C(I):null}),e.jsx(X,{className:"popover",children:e.jsx(J,{className:"listbox",children:E.map(d=>e.jsx(ee,{id:d,className:"option",children:$(d)},d))})})]}),e.jsx(j,{type:"submit",className:"button primary",isDisabled:m,children:m?s.working:s.grant})]}),e.jsx("h3",{className:"small-heading",children:s.grantedTitle}),y.length===0?e.jsx("p",{children:s.noGrantedRoles}):e.jsx("ul",{className:"plain revoke-list",children:y.map(d=>e.jsx("li",{children:e.jsx(j,{className:"button secondary",isDisabled:m,onPress:()=>{S({kind:"revoke",role:d})},children:s.revoke($(d))})},d))}),!t&&e.jsxs("p",{children:[e.jsx(j,{className:"button secondary",isDisabled:m,onPress:()=>{S({kind:n.disabled?"enable":"disable"})},children:n.disabled?s.enable:s.disable})," ",!n.disabled&&e.jsx("span",{className:"hint",children:s.disableHint})]}),e.jsx(j,{className:"button secondary",onPress:()=>c(!1),children:s.close})]})]})}const Ke=N(`
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
`),Fe=["users","identity","deadlines","settings","audit"];function D({id:n,children:t,intro:a}){return e.jsxs("section",{"aria-labelledby":`admin-${n}`,id:n,children:[e.jsx("h2",{id:`admin-${n}`,children:s.sections[n]}),e.jsx("p",{className:"muted",children:a}),t]})}function Ze(){const[{data:n,fetching:t,error:a},l]=A({query:Ke}),[o,i]=h.useState(0);h.useEffect(()=>{document.title=s.documentTitle},[]);const c=()=>i(r=>r+1);return n?!n.viewer.roles.includes("TENANT_ADMIN")||re(a).includes("FORBIDDEN")?e.jsxs(e.Fragment,{children:[e.jsx("h1",{children:s.title}),e.jsx("p",{role:"alert",children:s.forbidden})]}):e.jsxs("div",{className:"admin",children:[e.jsx("h1",{children:s.title}),n.viewer.municipality&&e.jsx("p",{className:"muted",children:s.municipality(n.viewer.municipality.name)}),e.jsx("nav",{"aria-label":s.sectionsNav,children:e.jsx("ul",{className:"toc",children:Fe.map(r=>e.jsx("li",{children:e.jsx("a",{href:`#${r}`,children:s.sections[r]})},r))})}),e.jsx(D,{id:"users",intro:s.usersIntro,children:e.jsx(Ce,{selfId:n.viewer.user?.id??null,onChanged:c})}),e.jsx(D,{id:"identity",intro:s.identityIntro,children:e.jsx(Se,{})}),e.jsx(D,{id:"deadlines",intro:s.deadlinesIntro,children:e.jsx(Re,{onChanged:c})}),e.jsx(D,{id:"settings",intro:s.settingsIntro,children:e.jsx(Oe,{onChanged:c})}),e.jsx(D,{id:"audit",intro:s.auditIntro,children:e.jsx(fe,{changes:o})})]}):e.jsxs(e.Fragment,{children:[e.jsx("h1",{children:s.title}),t&&e.jsx("p",{role:"status",children:s.loading}),a&&!t&&e.jsxs("p",{role:"alert",children:[s.loadError," ",e.jsx(j,{className:"button secondary",onPress:()=>l({requestPolicy:"network-only"}),children:s.retry})]})]})}export{Ze as AdminPage,D as Section};
