import{a as u,j as e}from"./session-n7LnAU4d.js";import{a4 as re,Z as U,W as D,d as j,X as q,l as N,U as G,$ as Q,a as _,b as V,k as Y,c as W,f as B,g as X,h as J,i as ee,j as ne}from"./app-CXbe19d6.js";import{e as le}from"./userErrors-BxTecZ1R.js";import{f as F,c as se,b as A,a as te,n as ie}from"./paging-CSGxm-Uk.js";import{o as Z}from"./actions-D-h9w59P.js";import"./client-CNtUrJ3e.js";const n={documentTitle:"Administracja — Ostoja",title:"Administracja gminy",municipality:s=>`Gmina: ${s}`,sectionsNav:"Części strony administracji",loading:"Wczytywanie…",loadError:"Nie udało się wczytać danych. Spróbuj ponownie.",retry:"Spróbuj ponownie",forbidden:"Tę stronę widzi tylko administrator gminy.",roles:re.roles,unknownRole:s=>s,sections:{users:"Użytkownicy i role",identity:"Dostawca tożsamości",deadlines:"Terminy",settings:"Ustawienia",audit:"Dziennik zdarzeń"},usersIntro:"Osoby pracujące w systemie w Twojej gminie. Role nadane w Ostoi możesz nadawać i odbierać tutaj; role z systemu logowania gminy zmienia się w tym systemie.",userCount:{one:"osoba",few:"osoby",many:"osób",other:"osoby"},usersColumns:{name:"Imię i nazwisko",roles:"Role",status:"Konto",lastSignIn:"Ostatnie logowanie",manage:"Zarządzanie"},login:s=>`login: ${s}`,fromProvider:"z systemu logowania gminy",noRoles:"brak ról",active:"aktywne",disabled:"wyłączone",neverSignedIn:"nie logował(a) się",manage:s=>`Zarządzaj kontem: ${s}`,managePanel:s=>`Konto: ${s}`,grantTitle:"Nadaj rolę",roleToGrant:"Rola do nadania",chooseRole:"Wybierz rolę",grant:"Nadaj rolę",allRolesGranted:"Ta osoba ma już wszystkie role pracowników gminy.",grantedTitle:"Role nadane w Ostoi",noGrantedRoles:"Żadnej roli nie nadano w Ostoi.",revoke:s=>`Odbierz rolę: ${s}`,disable:"Wyłącz konto",enable:"Włącz konto",disableHint:"Wyłączenie kończy od razu wszystkie sesje tej osoby.",close:"Zamknij",working:"Zapisywanie…",granted:(s,t)=>`Nadano rolę „${s}”: ${t}.`,revoked:(s,t)=>`Odebrano rolę „${s}”: ${t}.`,disabledDone:s=>`Wyłączono konto: ${s}.`,enabledDone:s=>`Włączono konto: ${s}.`,nextPage:"Następna strona",previousPage:"Poprzednia strona",pageOf:s=>`Strona ${s}`,identityIntro:"System logowania gminy (OpenID Connect). Ustawia go operator platformy; tutaj tylko do odczytu.",noProvider:"Gmina nie ma jeszcze dostawcy tożsamości. Konfiguruje go operator platformy.",identity:{issuer:"Wystawca (issuer)",clientId:"Identyfikator klienta (client id)",scopes:"Zakresy (scopes)",rolesClaim:"Atrybut z rolami",roleMapping:"Przypisanie ról",allowedEmailDomains:"Dozwolone domeny adresów e-mail",anyDomain:"dowolna",audience:"Odbiorca tokenów (audience)",trustUnverifiedEmail:"Łączenie kont po niepotwierdzonym adresie e-mail",updatedAt:"Ostatnia zmiana",yes:"tak",no:"nie",none:"brak"},mapping:(s,t)=>`${s} → ${t}`,deadlinesIntro:"Terminy procedury Niebieskiej Karty: ustawowe i ustalone przez gminę. Zmiana dotyczy terminów wyznaczanych od teraz; wyznaczone wcześniej się nie zmieniają.",deadlineColumns:{kind:"Termin",statutory:"Ustawowy",current:"Obowiązujący w gminie",change:"Zmiana"},deadlineKind:{FORWARD_TO_CHAIR:"Przekazanie formularza NK-A przewodniczącemu zespołu",SET_UP_GROUP:"Powołanie grupy diagnostyczno-pomocowej",FIRST_GROUP_MEETING:"Pierwsze posiedzenie grupy",HELP_PLAN_REVIEW:"Przegląd planu pomocy",MONITORING_AFTER_UNFOUNDED:"Monitorowanie po zakończeniu z powodu braku zasadności",MONITORING_AFTER_VIOLENCE_STOPPED:"Monitorowanie po zakończeniu z powodu ustania przemocy",INTAKE_RESPONSE:"Odpowiedź na zgłoszenie w rejestrze zgłoszeń"},statutoryApplies:"ustawowy",ownRule:"ustalony przez gminę",changeRule:s=>`Zmień termin: ${s}`,amount:"Liczba",unit:"Jednostka",units:{WORKING_DAYS:"dni robocze",DAYS:"dni kalendarzowe",MONTHS:"miesiące"},unitHint:s=>`Od 1 do ${s}.`,unitForms:{WORKING_DAYS:{one:"dzień roboczy",few:"dni robocze",many:"dni roboczych",other:"dnia roboczego"},DAYS:{one:"dzień",few:"dni",many:"dni",other:"dnia"},MONTHS:{one:"miesiąc",few:"miesiące",many:"miesięcy",other:"miesiąca"}},saveRule:"Zapisz termin",cancel:"Anuluj",ruleSaved:(s,t)=>`Zapisano termin „${s}”: ${t}.`,settingsIntro:"Ustawienia gminy w Ostoi.",retention:"Okres przechowywania wpisów dziennika zdarzeń (dni)",retentionHint:"Od 365 do 36 500 dni. Starsze wpisy usuwa zadanie nocne.",retentionNow:s=>`Obecnie: ${s}.`,days:{one:"dzień",few:"dni",many:"dni",other:"dnia"},saveSettings:"Zapisz ustawienia",settingsSaved:"Zapisano ustawienia.",auditIntro:"Kto, co i kiedy zrobił w systemie w Twojej gminie, od najnowszych. Administrator nie widzi identyfikatorów spraw (widzi je inspektor ochrony danych).",auditColumns:{when:"Kiedy",who:"Kto",what:"Co",outcome:"Wynik",objects:"Obiekty"},noEvents:"Dziennik jest pusty.",refresh:"Odśwież dziennik",actorKind:{user:"pracownik",coordinator:"koordynator",operator:"operator",system:"system",anonymous:"osoba niezalogowana"},outcome:{OK:"wykonano",DENIED:"odmowa",FAILED:"nieudane"},operationKind:{query:"Odczyt",mutation:"Zmiana",subscription:"Subskrypcja"},operations:{grantRole:"nadanie roli",revokeRole:"odebranie roli",disableUser:"wyłączenie konta",enableUser:"włączenie konta",setDeadlineRule:"zmiana terminu",setIntakeResponseRule:"zmiana terminu odpowiedzi na zgłoszenie",updateTenantSettings:"zmiana ustawień",setIdentityProvider:"zmiana dostawcy tożsamości",users:"lista użytkowników",auditEvents:"dziennik zdarzeń",tenantSettings:"ustawienia",identityProvider:"dostawca tożsamości",blueCardDeadlineRules:"terminy",intakeResponseRule:"termin odpowiedzi na zgłoszenie",viewer:"dane zalogowanej osoby",blueCards:"Niebieskie Karty",deadlineNotifications:"powiadomienia o terminach",signIn:"logowanie",devSignIn:"logowanie deweloperskie"},objects:{one:"obiekt",few:"obiekty",many:"obiektów",other:"obiektu"},denied:s=>`odmówiono: ${s}`,caseData:"(dane sprawy)",problems:"Popraw zaznaczone pola:",conflict:"Ktoś inny zmienił te dane w międzyczasie. Wczytaj je ponownie; to, co wpisano, zostanie.",reload:"Wczytaj ponownie",reloaded:"Wczytano aktualne dane.",failed:"Nie udało się zapisać. Sprawdź połączenie i spróbuj ponownie.",forbiddenAction:"Nie masz uprawnień do tej zmiany.",errors:{REQUIRED:"To pole jest wymagane.",NOT_A_NUMBER:"Podaj liczbę całkowitą.",OUT_OF_RANGE:"Wartość spoza dozwolonego zakresu.",INVALID:"Nieprawidłowa wartość.",SELF:"Tej zmiany nie możesz zrobić na własnym koncie; poproś innego administratora.",FROM_PROVIDER:"Ta rola pochodzi z systemu logowania gminy; zmień ją tam."},unknownError:s=>`Serwer odrzucił wartość (${s}).`},de=["TENANT_ADMIN","TEAM_CHAIR","TEAM_MEMBER","SOCIAL_WORKER","DATA_PROTECTION_OFFICER","DIRECTORY_EDITOR","INTAKE_STAFF"],O=s=>n.roles[s]??n.unknownRole(s);function ce(s){return de.filter(t=>!s.includes(t))}function ue(s){return[...s.grantedRoles,...s.providerRoles.filter(a=>!s.grantedRoles.includes(a))].map(a=>({role:a,name:O(a),fromProvider:!s.grantedRoles.includes(a)}))}const oe={WORKING_DAYS:366,DAYS:366,MONTHS:60};function M(s,t){const a=n.unitForms[t];return a?U(s,a):`${s} ${t}`}function ae(s,t,a){const l=s.trim().replace(/\s/g,"");if(l==="")return{problem:"REQUIRED"};if(!/^-?\d+$/.test(l))return{problem:"NOT_A_NUMBER"};const o=Number(l);return o<t||o>a?{problem:"OUT_OF_RANGE"}:{value:o}}function me(s){const t=ae(s.amount,1,oe[s.unit]);return"problem"in t?{amount:t.problem}:{}}function pe(s,t){return{amount:Number(s.amount.trim().replace(/\s/g,"")),unit:s.unit,version:t}}const H={min:365,max:36500};function he(s){const t=ae(s,H.min,H.max);return"problem"in t?{auditRetentionDays:t.problem}:{}}function je(s){const[t,a]=s.includes(" ")?[s.slice(0,s.indexOf(" ")),s.slice(s.indexOf(" ")+1)]:["",s],l=n.operationKind[t];if(a==="(case data)")return`${l??t} ${n.caseData}`.trim();const o=a.split(",").filter(i=>i!=="").map(i=>n.operations[i]?`${n.operations[i]} (${i})`:i);return l?`${l}: ${o.join(", ")}`:[t,...o].filter(i=>i!=="").join(" ")}const ye=20,fe=N(`
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
`);function xe({changes:s}){const[t,a]=u.useState(F),[{data:l,fetching:o,error:i},c]=D({query:fe,variables:{first:ye,after:se(t)},requestPolicy:"network-only"}),r=()=>c({requestPolicy:"network-only"}),y=u.useRef(s);u.useEffect(()=>{y.current!==s&&(y.current=s,A(t)>1?a(F()):c({requestPolicy:"network-only"}))},[s,t,c]);const d=l?.auditEvents.nodes??[];return e.jsxs(e.Fragment,{children:[e.jsx("p",{children:e.jsx(j,{className:"button secondary",onPress:r,children:n.refresh})}),e.jsx("p",{role:"status",className:"status-line",children:o?n.loading:""}),i&&!o&&e.jsxs("p",{role:"alert",children:[n.loadError," ",e.jsx(j,{className:"button secondary",onPress:r,children:n.retry})]}),l&&d.length===0&&e.jsx("p",{children:n.noEvents}),d.length>0&&e.jsxs("table",{className:"cards audit",children:[e.jsxs("caption",{className:"visually-hidden",children:[n.sections.audit,", ",n.pageOf(A(t))]}),e.jsx("thead",{children:e.jsxs("tr",{children:[e.jsx("th",{scope:"col",children:n.auditColumns.when}),e.jsx("th",{scope:"col",children:n.auditColumns.who}),e.jsx("th",{scope:"col",children:n.auditColumns.what}),e.jsx("th",{scope:"col",children:n.auditColumns.outcome}),e.jsx("th",{scope:"col",children:n.auditColumns.objects})]})}),e.jsx("tbody",{children:d.map(m=>e.jsxs("tr",{children:[e.jsx("td",{children:q(m.occurredAt)}),e.jsxs("td",{children:[m.actorLogin,e.jsx("br",{}),e.jsx("span",{className:"muted",children:n.actorKind[m.actorKind]??m.actorKind})]}),e.jsx("td",{children:je(m.operation)}),e.jsx("td",{className:m.outcome==="OK"?void 0:"outcome-bad",children:n.outcome[m.outcome]??m.outcome}),e.jsxs("td",{children:[m.objectIds.length>0?U(m.objectIds.length,n.objects):"—",m.deniedIds.length>0&&e.jsxs(e.Fragment,{children:[e.jsx("br",{}),n.denied(U(m.deniedIds.length,n.objects))]})]})]},m.id))})]}),l&&e.jsxs("div",{className:"pager",children:[e.jsx("span",{children:n.pageOf(A(t))}),A(t)>1&&e.jsx(j,{className:"button secondary",onPress:()=>a(te),children:n.previousPage}),l.auditEvents.pageInfo.hasNextPage&&l.auditEvents.pageInfo.endCursor&&e.jsx(j,{className:"button secondary",onPress:()=>a(m=>ie(m,l.auditEvents.pageInfo.endCursor)),children:n.nextPage})]})]})}const K=s=>n.errors[s]??n.unknownError(s);function L({outcome:s,listed:t,reloaded:a,onReload:l}){const o=Object.entries(t),i=o.length>0||s&&s.kind!=="done"&&s.kind!=="refused",c=u.useRef(null),r=u.useRef(null);return u.useEffect(()=>{s?.kind==="conflict"?r.current?.focus():(s?.kind==="failed"||s?.kind==="forbidden")&&c.current?.focus()},[s]),e.jsxs("div",{role:"alert",ref:c,tabIndex:-1,className:i?"summary":void 0,children:[o.length>0&&e.jsxs(e.Fragment,{children:[e.jsx("p",{children:n.problems}),e.jsx("ul",{children:o.map(([y,d])=>e.jsx("li",{children:K(d)},y))})]}),s?.kind==="conflict"&&e.jsxs("p",{children:[n.conflict," ",e.jsx(j,{ref:r,className:"button secondary",onPress:l,children:n.reload})]}),s?.kind==="forbidden"&&e.jsx("p",{children:n.forbiddenAction}),s?.kind==="failed"&&e.jsx("p",{children:n.failed}),a&&e.jsx("p",{className:"muted",children:n.reloaded})]})}const ge=N(`
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
`),be=N(`
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
`),we=N(`
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
`),Ne=["WORKING_DAYS","DAYS","MONTHS"];function Re({onChanged:s}){const[{data:t,fetching:a,error:l},o]=D({query:ge}),[i,c]=u.useState(""),r=()=>o({requestPolicy:"network-only"}),y=t?[...t.blueCardDeadlineRules.map(d=>({kind:d.kind,amount:d.amount,unit:d.unit,statutory:d.statutory,version:d.version,byLaw:{amount:d.statutoryAmount,unit:d.statutoryUnit}})),{kind:"INTAKE_RESPONSE",amount:t.intakeResponseRule.amount,unit:t.intakeResponseRule.unit,statutory:t.intakeResponseRule.default,version:t.intakeResponseRule.version,byLaw:{amount:t.intakeResponseRule.defaultAmount,unit:t.intakeResponseRule.defaultUnit}}]:[];return e.jsxs(e.Fragment,{children:[e.jsx("p",{role:"status",className:"status-line",children:a?n.loading:i}),l&&!a&&e.jsxs("p",{role:"alert",children:[n.loadError," ",e.jsx(j,{className:"button secondary",onPress:r,children:n.retry})]}),y.length>0&&e.jsxs("table",{className:"cards",children:[e.jsx("caption",{className:"visually-hidden",children:n.sections.deadlines}),e.jsx("thead",{children:e.jsxs("tr",{children:[e.jsx("th",{scope:"col",children:n.deadlineColumns.kind}),e.jsx("th",{scope:"col",children:n.deadlineColumns.statutory}),e.jsx("th",{scope:"col",children:n.deadlineColumns.current}),e.jsx("th",{scope:"col",children:n.deadlineColumns.change})]})}),e.jsx("tbody",{children:y.map(d=>e.jsxs("tr",{children:[e.jsx("th",{scope:"row",children:n.deadlineKind[d.kind]??d.kind}),e.jsx("td",{children:M(d.byLaw.amount,d.byLaw.unit)}),e.jsxs("td",{children:[M(d.amount,d.unit),e.jsx("br",{}),e.jsx("span",{className:"muted",children:d.statutory?n.statutoryApplies:n.ownRule})]}),e.jsx("td",{children:e.jsx(ke,{rule:d,onReload:r,onSaved:m=>{c(n.ruleSaved(n.deadlineKind[d.kind]??d.kind,m)),s()}})})]},d.kind))})]})]})}function ke({rule:s,onSaved:t,onReload:a}){const[l,o]=u.useState(!1),i=u.useRef(null),c=n.deadlineKind[s.kind]??s.kind;return e.jsxs("div",{children:[e.jsx(j,{ref:i,className:"button secondary","aria-expanded":l,onPress:()=>o(!l),children:n.changeRule(c)}),l&&e.jsx(ze,{rule:s,name:c,onReload:a,onClose:r=>{o(!1),queueMicrotask(()=>i.current?.focus()),r&&t(r)}})]})}function ze({rule:s,name:t,onClose:a,onReload:l}){const o=G(),[i,c]=u.useState({amount:String(s.amount),unit:s.unit}),[r,y]=u.useState(!1),[d,m]=u.useState(!1),[b,h]=u.useState(null),[w,z]=u.useState(!1),E=me(i),$=b?.kind==="refused"?b.problems:{},P={...E,...$},v=P.amount,S=async f=>{if(f.preventDefault(),d||(y(!0),z(!1),Object.keys(E).length>0))return;m(!0);const g=pe(i,s.version);let k;if(s.kind==="INTAKE_RESPONSE"){const x=await o.mutation(we,{input:g}).toPromise();k={error:x.error,payload:x.data?.setIntakeResponseRule??null}}else{const x=await o.mutation(be,{input:{...g,kind:s.kind}}).toPromise();k={error:x.error,payload:x.data?.setDeadlineRule??null}}m(!1);const p=Z(k);h(p),p.kind==="done"&&a(M(g.amount,g.unit))};return e.jsxs("form",{className:"action-form","aria-label":n.changeRule(t),onSubmit:f=>{S(f)},noValidate:!0,children:[e.jsx(L,{outcome:b,listed:r?P:{},reloaded:w,onReload:()=>{l(),h(null),z(!0)}}),e.jsxs(Q,{className:"field",value:i.amount,onChange:f=>{c(g=>({...g,amount:f})),h(null)},isInvalid:!!v,inputMode:"numeric",autoComplete:"off",children:[e.jsx(_,{children:n.amount}),e.jsx(V,{size:5,autoFocus:!0}),e.jsx(Y,{slot:"description",className:"hint",children:n.unitHint(oe[i.unit])}),e.jsx(W,{className:"error",children:v?K(v):null})]}),e.jsxs(B,{className:"field",selectedKey:i.unit,onSelectionChange:f=>{f!==null&&c(g=>({...g,unit:String(f)})),h(null)},children:[e.jsx(_,{children:n.unit}),e.jsxs(j,{className:"select-button",children:[e.jsx(X,{}),e.jsx("span",{"aria-hidden":"true",children:" ▾"})]}),e.jsx(J,{className:"popover",children:e.jsx(ee,{className:"listbox",children:Ne.map(f=>e.jsx(ne,{id:f,className:"option",children:n.units[f]},f))})})]}),e.jsxs("div",{className:"actions",children:[e.jsx(j,{type:"submit",className:"button primary",children:d?n.working:n.saveRule}),e.jsx(j,{className:"button secondary",onPress:()=>a(null),children:n.cancel})]})]})}const ve=N(`
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
`);function Se(){const[{data:s,fetching:t,error:a},l]=D({query:ve});if(!s)return t?e.jsx("p",{role:"status",children:n.loading}):a?e.jsxs("p",{role:"alert",children:[n.loadError," ",e.jsx(j,{className:"button secondary",onPress:()=>l({requestPolicy:"network-only"}),children:n.retry})]}):null;const o=s.identityProvider;if(!o)return e.jsx("p",{children:n.noProvider});const i=n.identity,c=r=>r.length===0?i.none:r.join(", ");return e.jsxs("dl",{className:"settings-list",children:[e.jsx("dt",{children:i.issuer}),e.jsx("dd",{children:o.issuer}),e.jsx("dt",{children:i.clientId}),e.jsx("dd",{children:o.clientId}),e.jsx("dt",{children:i.scopes}),e.jsx("dd",{children:c(o.scopes)}),e.jsx("dt",{children:i.rolesClaim}),e.jsx("dd",{children:o.rolesClaim}),e.jsx("dt",{children:i.roleMapping}),e.jsx("dd",{children:o.roleMapping.length===0?i.none:e.jsx("ul",{className:"plain",children:o.roleMapping.map(r=>e.jsx("li",{children:n.mapping(r.value,O(r.role))},`${r.value}-${r.role}`))})}),e.jsx("dt",{children:i.allowedEmailDomains}),e.jsx("dd",{children:o.allowedEmailDomains.length===0?i.anyDomain:o.allowedEmailDomains.join(", ")}),e.jsx("dt",{children:i.audience}),e.jsx("dd",{children:o.audience}),e.jsx("dt",{children:i.trustUnverifiedEmail}),e.jsx("dd",{children:o.trustUnverifiedEmail?i.yes:i.no}),e.jsx("dt",{children:i.updatedAt}),e.jsx("dd",{children:q(o.updatedAt)})]})}const Ie=N(`
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
`);function $e({onChanged:s}){const t=G(),[{data:a,fetching:l,error:o},i]=D({query:Ie}),c=a?.tenantSettings,[r,y]=u.useState(null);u.useEffect(()=>{c&&r===null&&y(String(c.auditRetentionDays))},[c,r]);const[d,m]=u.useState(!1),[b,h]=u.useState(!1),[w,z]=u.useState(null),[E,$]=u.useState(!1),[P,v]=u.useState("");if(!c||r===null)return l?e.jsx("p",{role:"status",children:n.loading}):o?e.jsxs("p",{role:"alert",children:[n.loadError," ",e.jsx(j,{className:"button secondary",onPress:()=>i({requestPolicy:"network-only"}),children:n.retry})]}):null;const S=he(r),f=w?.kind==="refused"?w.problems:{},g={...S,...f},k=g.auditRetentionDays,p=async x=>{if(x.preventDefault(),b||(m(!0),$(!1),v(""),Object.keys(S).length>0))return;h(!0);const I=await t.mutation(Ee,{input:{version:c.version,auditRetentionDays:Number(r.trim().replace(/\s/g,""))}}).toPromise();h(!1);const T=Z({error:I.error,payload:I.data?.updateTenantSettings??null});z(T),T.kind==="done"&&(m(!1),v(n.settingsSaved),s())};return e.jsxs("form",{className:"action-form","aria-label":n.sections.settings,onSubmit:x=>{p(x)},noValidate:!0,children:[e.jsx("p",{role:"status",className:"status-line",children:P}),e.jsx(L,{outcome:w,listed:d?g:{},reloaded:E,onReload:()=>{i({requestPolicy:"network-only"}),z(null),$(!0)}}),e.jsx("p",{children:n.retentionNow(U(c.auditRetentionDays,n.days))}),e.jsxs(Q,{className:"field",value:r,onChange:x=>{y(x),z(null)},isInvalid:!!k,inputMode:"numeric",autoComplete:"off",children:[e.jsx(_,{children:n.retention}),e.jsx(V,{size:7}),e.jsx(Y,{slot:"description",className:"hint",children:n.retentionHint}),e.jsx(W,{className:"error",children:k?K(k):null})]}),e.jsx("div",{className:"actions",children:e.jsx(j,{type:"submit",className:"button primary",children:b?n.working:n.saveSettings})})]})}const Pe=20,Ae=N(`
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
`),Oe=N(`
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
`);function Ue({selfId:s,onChanged:t}){const[a,l]=u.useState(F),[{data:o,fetching:i,error:c},r]=D({query:Ae,variables:{first:Pe,after:se(a)}}),[y,d]=u.useState(""),m=()=>r({requestPolicy:"network-only"}),b=o?.users.nodes??[];return e.jsxs(e.Fragment,{children:[e.jsx("p",{role:"status",className:"status-line",children:i?n.loading:y}),c&&!i&&e.jsxs("p",{role:"alert",children:[n.loadError," ",e.jsx(j,{className:"button secondary",onPress:m,children:n.retry})]}),b.length>0&&e.jsxs("table",{className:"cards users",children:[e.jsxs("caption",{className:"visually-hidden",children:[n.sections.users,", ",n.pageOf(A(a))]}),e.jsx("thead",{children:e.jsxs("tr",{children:[e.jsx("th",{scope:"col",children:n.usersColumns.name}),e.jsx("th",{scope:"col",children:n.usersColumns.roles}),e.jsx("th",{scope:"col",children:n.usersColumns.status}),e.jsx("th",{scope:"col",children:n.usersColumns.lastSignIn}),e.jsx("th",{scope:"col",children:n.usersColumns.manage})]})}),e.jsx("tbody",{children:b.map(h=>e.jsxs("tr",{children:[e.jsxs("th",{scope:"row",children:[h.displayName,e.jsx("br",{}),e.jsx("span",{className:"muted",children:n.login(h.login)}),h.email&&e.jsxs(e.Fragment,{children:[e.jsx("br",{}),e.jsx("span",{className:"muted",children:h.email})]})]}),e.jsx("td",{children:h.roles.length===0?n.noRoles:e.jsx("ul",{className:"plain",children:ue(h).map(w=>e.jsxs("li",{children:[w.name,w.fromProvider&&e.jsxs("span",{className:"muted",children:[" (",n.fromProvider,")"]})]},w.role))})}),e.jsx("td",{children:h.disabled?e.jsx("strong",{children:n.disabled}):n.active}),e.jsx("td",{children:h.lastSignInAt?q(h.lastSignInAt):n.neverSignedIn}),e.jsx("td",{children:e.jsx(_e,{user:h,self:h.id===s,onDone:w=>{d(w),t()},onReload:m})})]},h.id))})]}),o&&e.jsxs("div",{className:"pager",children:[e.jsxs("span",{children:[n.pageOf(A(a))," (",U(b.length,n.userCount),")"]}),A(a)>1&&e.jsx(j,{className:"button secondary",onPress:()=>l(te),children:n.previousPage}),o.users.pageInfo.hasNextPage&&o.users.pageInfo.endCursor&&e.jsx(j,{className:"button secondary",onPress:()=>l(h=>ie(h,o.users.pageInfo.endCursor)),children:n.nextPage})]})]})}function _e({user:s,self:t,onDone:a,onReload:l}){const o=G(),[i,c]=u.useState(!1),[r,y]=u.useState(null),[d,m]=u.useState(!1),[b,h]=u.useState(null),[w,z]=u.useState(!1),E=ce(s.roles),$=`user-panel-${s.id}`,P=u.useRef(null),v=s.grantedRoles.join(",");u.useEffect(()=>{i&&document.activeElement===document.body&&P.current?.focus()},[v,i]);const S=async p=>{if(d)return;m(!0),z(!1);const x={id:s.id,version:s.version};let I;if(p.kind==="grant"){const R=await o.mutation(Oe,{input:{...x,role:p.role}}).toPromise();I={error:R.error,payload:R.data?.grantRole??null}}else if(p.kind==="revoke"){const R=await o.mutation(De,{input:{...x,role:p.role}}).toPromise();I={error:R.error,payload:R.data?.revokeRole??null}}else if(p.kind==="disable"){const R=await o.mutation(Te,{input:x}).toPromise();I={error:R.error,payload:R.data?.disableUser??null}}else{const R=await o.mutation(Ce,{input:x}).toPromise();I={error:R.error,payload:R.data?.enableUser??null}}m(!1);const T=Z(I);h(T),T.kind==="done"&&(p.kind==="grant"?(y(null),a(n.granted(O(p.role),s.displayName))):p.kind==="revoke"?a(n.revoked(O(p.role),s.displayName)):p.kind==="disable"?a(n.disabledDone(s.displayName)):a(n.enabledDone(s.displayName)))},f=b?.kind==="refused"?b.problems:{},g=f.role??f.id,k=s.grantedRoles;return e.jsxs("div",{className:"user-panel",children:[e.jsx(j,{className:"button secondary","aria-expanded":i,"aria-controls":i?$:void 0,onPress:()=>c(!i),children:n.manage(s.displayName)}),i&&e.jsxs("div",{id:$,ref:P,tabIndex:-1,role:"group","aria-label":n.managePanel(s.displayName),className:"action-form",children:[e.jsx(L,{outcome:b,listed:{},reloaded:w,onReload:()=>{l(),h(null),z(!0)}}),E.length===0?e.jsx("p",{children:n.allRolesGranted}):e.jsxs("form",{"aria-label":n.grantTitle,className:"inline-form",noValidate:!0,onSubmit:p=>{p.preventDefault(),r?S({kind:"grant",role:r}):h({kind:"refused",problems:{role:"REQUIRED"}})},children:[e.jsxs(B,{className:"field",selectedKey:r,onSelectionChange:p=>{y(p===null?null:String(p)),h(null)},isInvalid:!!g,placeholder:n.chooseRole,children:[e.jsx(_,{children:n.roleToGrant}),e.jsxs(j,{className:"select-button",children:[e.jsx(X,{}),e.jsx("span",{"aria-hidden":"true",children:" ▾"})]}),e.jsx(W,{className:"error",children:g?K(g):null}),e.jsx(J,{className:"popover",children:e.jsx(ee,{className:"listbox",children:E.map(p=>e.jsx(ne,{id:p,className:"option",children:O(p)},p))})})]}),e.jsx(j,{type:"submit",className:"button primary",children:d?n.working:n.grant})]}),e.jsx("h3",{className:"small-heading",children:n.grantedTitle}),k.length===0?e.jsx("p",{children:n.noGrantedRoles}):e.jsx("ul",{className:"plain revoke-list",children:k.map(p=>e.jsx("li",{children:e.jsx(j,{className:"button secondary",onPress:()=>{S({kind:"revoke",role:p})},children:n.revoke(O(p))})},p))}),!t&&e.jsxs("p",{children:[e.jsx(j,{className:"button secondary",onPress:()=>{S({kind:s.disabled?"enable":"disable"})},children:s.disabled?n.enable:n.disable})," ",!s.disabled&&e.jsx("span",{className:"hint",children:n.disableHint})]}),e.jsx(j,{className:"button secondary",onPress:()=>c(!1),children:n.close})]})]})}const Ke=N(`
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
`),Fe=["users","identity","deadlines","settings","audit"];function C({id:s,children:t,intro:a}){return e.jsxs("section",{"aria-labelledby":`admin-${s}`,id:s,children:[e.jsx("h2",{id:`admin-${s}`,children:n.sections[s]}),e.jsx("p",{className:"muted",children:a}),t]})}function He(){const[{data:s,fetching:t,error:a},l]=D({query:Ke}),[o,i]=u.useState(0);u.useEffect(()=>{document.title=n.documentTitle},[]);const c=()=>i(r=>r+1);return s?!s.viewer.roles.includes("TENANT_ADMIN")||le(a).includes("FORBIDDEN")?e.jsxs(e.Fragment,{children:[e.jsx("h1",{children:n.title}),e.jsx("p",{role:"alert",children:n.forbidden})]}):e.jsxs("div",{className:"admin",children:[e.jsx("h1",{children:n.title}),s.viewer.municipality&&e.jsx("p",{className:"muted",children:n.municipality(s.viewer.municipality.name)}),e.jsx("nav",{"aria-label":n.sectionsNav,children:e.jsx("ul",{className:"toc",children:Fe.map(r=>e.jsx("li",{children:e.jsx("a",{href:`#${r}`,children:n.sections[r]})},r))})}),e.jsx(C,{id:"users",intro:n.usersIntro,children:e.jsx(Ue,{selfId:s.viewer.user?.id??null,onChanged:c})}),e.jsx(C,{id:"identity",intro:n.identityIntro,children:e.jsx(Se,{})}),e.jsx(C,{id:"deadlines",intro:n.deadlinesIntro,children:e.jsx(Re,{onChanged:c})}),e.jsx(C,{id:"settings",intro:n.settingsIntro,children:e.jsx($e,{onChanged:c})}),e.jsx(C,{id:"audit",intro:n.auditIntro,children:e.jsx(xe,{changes:o})})]}):e.jsxs(e.Fragment,{children:[e.jsx("h1",{children:n.title}),t&&e.jsx("p",{role:"status",children:n.loading}),a&&!t&&e.jsxs("p",{role:"alert",children:[n.loadError," ",e.jsx(j,{className:"button secondary",onPress:()=>l({requestPolicy:"network-only"}),children:n.retry})]})]})}export{He as AdminPage,C as Section};
