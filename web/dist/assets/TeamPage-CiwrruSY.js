import{j as e,a as j}from"./session-xi3aDFnN.js";import{t as S,M as C,W as A,_ as Z,O as W,a0 as L,U as Y,$,V as N,Z as P,g as T,Y as B,R as J,N as K,T as I,P as X,Q as ee,S as ne}from"./app-BSHnBbnA.js";import{t as ie}from"./texts-oNINnaqC.js";import{f as te,c as se,p as ae,a as oe,n as re}from"./paging-CSGxm-Uk.js";import{o as G}from"./actions-D-h9w59P.js";import{e as de,s as ce,d as le,o as me,a as ue}from"./membership-DJRg12QF.js";import"./client-CNtUrJ3e.js";import"./userErrors-BxTecZ1R.js";const pe=()=>({heldOn:"",agenda:"",minutes:"",present:[]});function he(i,t=S()){const s={};return i.heldOn===""?s.heldOn="REQUIRED":/^\d{4}-\d{2}-\d{2}$/.test(i.heldOn)?i.heldOn>t&&(s.heldOn="IN_FUTURE"):s.heldOn="INVALID_DATE",i.agenda.trim()===""&&(s.agenda="REQUIRED"),s}function je(i,t,s){const a=s.minutes.trim();return{teamId:i,heldOn:s.heldOn,agenda:s.agenda.trim(),minutes:a===""?null:a,attendance:t.map(c=>({memberId:c,present:s.present.includes(c)}))}}function ge(i=S()){const[t,s,a]=i.split("-").map(Number),c=new Date(Date.UTC(t,s-1-3,1)),p=new Date(Date.UTC(c.getUTCFullYear(),c.getUTCMonth()+1,0)).getUTCDate();return c.setUTCDate(Math.min(a,p)),{from:c.toISOString().slice(0,10),to:i}}function be(i){return i.filter(t=>t.present<t.meetings).map(t=>({member:t.member,missed:t.meetings-t.present,meetings:t.meetings})).sort((t,s)=>s.missed-t.missed)}function E({id:i,title:t,children:s}){return e.jsxs("section",{"aria-labelledby":`team-${i}`,children:[e.jsx("h2",{id:`team-${i}`,children:t}),s]})}const n={documentTitle:"Zespół interdyscyplinarny — Ostoja",title:"Zespół interdyscyplinarny",loading:"Wczytywanie zespołu…",loadError:"Nie udało się wczytać zespołu. Spróbuj ponownie.",retry:"Spróbuj ponownie",noTeam:"Gmina nie powołała jeszcze zespołu interdyscyplinarnego.",act:(i,t)=>`Powołany: ${i} z dnia ${t}`,lastMeeting:i=>`Ostatnie posiedzenie: ${i}`,noMeetingYet:"Zespół nie odbył jeszcze posiedzenia.",summary:"Podstawowe informacje",warningsTitle:"Wymaga uwagi",warning:{NO_MEETING_FOR_THREE_MONTHS:"Zespół nie zebrał się od ponad trzech miesięcy (posiedzenia odbywają się nie rzadziej niż raz na trzy miesiące)."},unknownWarning:i=>`Wymaga uwagi (${i}).`,members:"Członkowie",memberCount:{one:"osoba",few:"osoby",many:"osób",other:"osoby"},memberColumns:{name:"Imię i nazwisko",institution:"Instytucja",institutionName:"Nazwa instytucji",statement:"Oświadczenie o zachowaniu poufności",joined:"W zespole od"},chairMark:"przewodniczący zespołu",signedOn:i=>`podpisane ${i}`,validUntil:i=>`, ważne do ${i}`,withdrawnOn:i=>`wycofane ${i} — nie może pracować w sprawach`,expiredOn:i=>`wygasło ${i} — nie może pracować w sprawach`,notSigned:"niepodpisane — nie może pracować w sprawach",changesColumn:"Zmiany",formerMembers:"Byli członkowie",formerColumns:{name:"Imię i nazwisko",institution:"Instytucja",period:"W zespole",reason:"Powód zakończenia"},period:(i,t)=>`${i} – ${t}`,change:{end:"Zakończ członkostwo",withdraw:"Wycofaj oświadczenie",sign:"Zapisz nowe oświadczenie",chair:"Przekaż przewodniczenie"},changeFor:(i,t)=>`${i}: ${t}`,endTitle:i=>`Zakończenie członkostwa: ${i}`,endWarning:"Od tego dnia osoba nie pracuje w żadnej sprawie: traci dostęp do kart i powiadomień na każdym urządzeniu. Karty, na których pracowała, zostają w swoich grupach — przewodniczący uzupełni ich skład.",endOn:"Data zakończenia",reason:"Powód",reasonHint:"Np. zmiana pracy, odwołanie przez burmistrza.",withdrawTitle:i=>`Wycofanie oświadczenia: ${i}`,withdrawWarning:"Od tego dnia osoba nie pracuje w żadnej sprawie, dopóki nie podpisze nowego oświadczenia o zachowaniu poufności.",withdrawOn:"Data wycofania",signTitle:i=>`Nowe oświadczenie o zachowaniu poufności: ${i}`,signedOnLabel:"Data podpisania",validUntilLabel:"Ważne do (nieobowiązkowe)",validUntilHint:"Ostatni dzień, w którym oświadczenie obowiązuje; puste — bez terminu.",chairTitle:i=>`Przekazanie przewodniczenia: ${i}`,chairWarning:(i,t)=>t?`${i} zostanie przewodniczącym zespołu, a ${t} — członkiem zespołu. Zmiana obowiązuje od razu.`:`${i} zostanie przewodniczącym zespołu. Zmiana obowiązuje od razu.`,dayHint:"Format dd.mm.rrrr; nie później niż dziś.",changed:{end:i=>`Zakończono członkostwo: ${i}.`,withdraw:i=>`Wycofano oświadczenie: ${i}.`,sign:i=>`Zapisano oświadczenie: ${i}.`,chair:i=>`Przewodniczącym zespołu jest teraz: ${i}.`},changeErrors:{IN_FUTURE:"Data nie może być późniejsza niż dziś.",SIGN_ANEW:"To oświadczenie już nie obowiązuje: zapisz nowe, podpisane oświadczenie.",NO_CASE_ROLE:"Ta osoba nie pracuje w sprawach (nie ma roli w sprawach albo jej konto jest wyłączone)."},changeConflict:"Ktoś w międzyczasie zmienił dane tej osoby. Wczytano aktualne dane — sprawdź je i spróbuj ponownie.",changeForbidden:"Zmiany w składzie zespołu zapisuje administrator gminy.",unknownPerson:"—",institutionKind:ie.institutions,meetings:"Posiedzenia",noMeetings:"Nie zapisano posiedzeń.",meetingTitle:i=>`Posiedzenie ${i}`,agenda:"Porządek obrad",minutes:"Protokół",minutesHidden:"Protokół widzą członkowie zespołu, którzy podpisali oświadczenie o zachowaniu poufności.",agendaHidden:"Porządek obrad widzą członkowie zespołu, którzy podpisali oświadczenie o zachowaniu poufności.",noMinutes:"Nie zapisano protokołu.",presentCount:(i,t)=>`Obecni: ${i} z ${t}`,persons:{one:"osoba",few:"osoby",many:"osób",other:"osoby"},present:"Obecni",absent:"Nieobecni",nobody:"nikt",moreMeetings:"Pokaż starsze posiedzenia",recordMeeting:"Zapisz posiedzenie zespołu",heldOn:"Data posiedzenia",heldOnHint:"Format dd.mm.rrrr; nie później niż dziś.",agendaHint:"Sprawy omawiane na posiedzeniu.",minutesHint:"Widoczny tylko dla członków zespołu z podpisanym oświadczeniem.",attendance:"Obecność",attendanceHint:"Zaznacz członków obecnych na posiedzeniu; pozostali zostaną zapisani jako nieobecni.",attendanceOption:(i,t)=>`${i} — ${t}`,submit:"Zapisz posiedzenie",cancel:"Anuluj",sending:"Wysyłanie…",recorded:i=>`Zapisano posiedzenie z dnia ${i}.`,problems:"Popraw zaznaczone pola:",failed:"Nie udało się zapisać. Wpisane dane są zachowane, spróbuj ponownie.",forbidden:"Posiedzenia zapisuje przewodniczący zespołu.",errors:{REQUIRED:"To pole jest wymagane.",IN_FUTURE:"Posiedzenia nie można zapisać przed dniem, w którym się odbyło.",INVALID_DATE:"Podaj datę w formacie dd.mm.rrrr.",TOO_LONG:"Tekst jest za długi.",EMPTY:"To pole jest wymagane.",NOT_FOUND:"Nie znaleziono członka zespołu.",DUPLICATE:"Ta osoba jest na liście dwa razy.",INVALID:"Nieprawidłowa wartość.",ENDED:"Członkostwo tej osoby już się zakończyło.",CHAIR:"Najpierw przekaż przewodniczenie innemu członkowi zespołu.",CHAIR_REQUIRED:"Zespół musi mieć przewodniczącego: przekaż przewodniczenie innemu członkowi.",ALREADY_WITHDRAWN:"To oświadczenie zostało już wycofane.",NOT_SIGNED:"Ta osoba nie ma oświadczenia do wycofania.",TOO_EARLY:"Ta data jest wcześniejsza niż początek członkostwa albo podpisanie oświadczenia.",BEFORE_SIGNED:"Oświadczenie nie może wygasać przed dniem podpisania.",SELF:"Tę zmianę musi zapisać inny administrator.",ALREADY_CHAIR:"Ta osoba już przewodniczy zespołowi.",CONFIDENTIALITY_NOT_SIGNED:"Przewodniczący musi mieć ważne oświadczenie o zachowaniu poufności.",TAKEN:"Zespół ma już przewodniczącego."},unknownError:i=>`Popraw to pole (${i}).`,report:"Frekwencja",reportPeriod:(i,t)=>`Od ${i} do ${t}`,reportFrom:"Od dnia",reportTo:"Do dnia",showReport:"Pokaż frekwencję",reportColumns:{who:"Członek",meetings:"Posiedzenia",present:"Obecności",missed:"Nieobecności"},byInstitution:"Według instytucji",institutionColumns:{institution:"Instytucja",meetings:"Obecności możliwe",present:"Obecności"},noMeetingsInPeriod:"W tym okresie nie było posiedzeń.",missedTitle:"Nieobecni na posiedzeniach w tym okresie",missedLine:(i,t,s)=>`${i}: nieobecność na ${t} z ${s}`,meetingCount:{one:"posiedzeniu",few:"posiedzeniach",many:"posiedzeniach",other:"posiedzenia"},nobodyMissed:"Wszyscy członkowie byli obecni na każdym posiedzeniu.",reportProblem:"Data początkowa nie może być późniejsza niż końcowa.",chairCases:"Sprawy czekające na przewodniczącego",incoming:"Formularze NK-A przekazane przewodniczącemu",noIncoming:"Brak przekazanych formularzy.",overdueCases:"Karty z przekroczonym terminem",noOverdue:"Brak kart z przekroczonym terminem.",cards:C.cards,found:C.found,pageOf:(i,t)=>`Strona ${i}: ${t}.`,nextPage:"Następne",previousPage:"Poprzednie",loadingCases:"Wczytywanie kart…",casesColumns:{people:"Osoby doznające przemocy",status:"Status",initiatedOn:"Wszczęta",deadline:"Termin"},noVictimNamed:"—",status:C.status,deadlineKind:C.deadlineKind,days:C.days,overdue:C.overdue,dueOn:C.dueOn,noDeadline:C.noDeadline,casesError:"Nie udało się wczytać spraw. Spróbuj ponownie."},ze=T(`
  query TeamAttendance($from: Date!, $to: Date!) {
    teams {
      id
      attendanceReport(from: $from, to: $to) {
        from
        to
        byMember {
          member {
            id
            displayName
          }
          meetings
          present
        }
        byInstitution {
          institution
          meetings
          present
        }
      }
    }
  }
`);function we({teamId:i}){const[t,s]=j.useState(ge),[a,c]=j.useState(t),[{data:p,fetching:b,error:d}]=A({query:ze,variables:t,requestPolicy:"cache-and-network"}),l=p?.teams.find(r=>r.id===i)?.attendanceReport,O=a.from!==""&&a.to!==""&&a.from>a.to,w=r=>{r.preventDefault(),!O&&a.from&&a.to&&s(a)},f=l?be(l.byMember):[],m=l?Math.max(0,...l.byMember.map(r=>r.meetings)):0,h=n.reportColumns;return e.jsxs(E,{id:"attendance",title:n.report,children:[e.jsxs("form",{className:"filters",onSubmit:w,"aria-label":n.report,noValidate:!0,children:[e.jsxs(Z,{className:"field",type:"date",value:a.from,onChange:r=>c(u=>({...u,from:r})),isInvalid:O,children:[e.jsx(W,{children:n.reportFrom}),e.jsx(L,{}),e.jsx(Y,{className:"error",children:n.reportProblem})]}),e.jsxs(Z,{className:"field",type:"date",value:a.to,onChange:r=>c(u=>({...u,to:r})),children:[e.jsx(W,{children:n.reportTo}),e.jsx(L,{})]}),e.jsx("div",{className:"actions",children:e.jsx($,{type:"submit",className:"button secondary",children:n.showReport})})]}),e.jsx("div",{"aria-live":"polite",className:"status-line",children:b&&!l?n.loading:l?n.reportPeriod(N(l.from),N(l.to)):""}),d&&!l&&e.jsx("p",{role:"alert",children:n.loadError}),l&&m===0&&e.jsx("p",{children:n.noMeetingsInPeriod}),l&&m>0&&e.jsxs(e.Fragment,{children:[e.jsx("h3",{children:n.missedTitle}),f.length===0?e.jsx("p",{children:n.nobodyMissed}):e.jsx("ul",{"data-testid":"missed-meetings",children:f.map(r=>e.jsx("li",{children:n.missedLine(r.member.displayName??n.unknownPerson,P(r.missed,n.meetingCount),r.meetings)},r.member.id))}),e.jsxs("table",{className:"cards",children:[e.jsx("caption",{className:"visually-hidden",children:n.report}),e.jsx("thead",{children:e.jsxs("tr",{children:[e.jsx("th",{scope:"col",children:h.who}),e.jsx("th",{scope:"col",children:h.meetings}),e.jsx("th",{scope:"col",children:h.present}),e.jsx("th",{scope:"col",children:h.missed})]})}),e.jsx("tbody",{children:l.byMember.map(r=>e.jsxs("tr",{children:[e.jsx("th",{scope:"row",children:r.member.displayName??n.unknownPerson}),e.jsx("td",{children:r.meetings}),e.jsx("td",{children:r.present}),e.jsx("td",{children:r.meetings-r.present})]},r.member.id))})]}),e.jsx("h3",{children:n.byInstitution}),e.jsxs("table",{className:"cards",children:[e.jsx("caption",{className:"visually-hidden",children:n.byInstitution}),e.jsx("thead",{children:e.jsxs("tr",{children:[e.jsx("th",{scope:"col",children:n.institutionColumns.institution}),e.jsx("th",{scope:"col",children:n.institutionColumns.meetings}),e.jsx("th",{scope:"col",children:n.institutionColumns.present})]})}),e.jsx("tbody",{children:l.byInstitution.map(r=>e.jsxs("tr",{children:[e.jsx("th",{scope:"row",children:n.institutionKind[r.institution]??r.institution}),e.jsx("td",{children:r.meetings}),e.jsx("td",{children:r.present})]},r.institution))})]})]})]})}const xe=T(`
  query ChairCases($first: Int!, $after: String, $filter: BlueCardFilter!) {
    blueCards(first: $first, after: $after, filter: $filter) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...ChairCaseRow
        }
      }
    }
  }
  fragment ChairCaseRow on BlueCard {
    id
    status
    initiatedOn
    persons {
      id
      role
      firstName
      lastName
    }
    deadlines {
      id
      kind
      dueOn
      state
    }
  }
`),ye=25,fe={status:"SENT_TO_CHAIR"},Ne={overdue:!0};function Oe(){return e.jsxs(E,{id:"chair",title:n.chairCases,children:[e.jsx(V,{id:"incoming",title:n.incoming,empty:n.noIncoming,filter:fe}),e.jsx(V,{id:"overdue",title:n.overdueCases,empty:n.noOverdue,filter:Ne})]})}function V(i){const{id:t,title:s,empty:a,filter:c}=i,[p,b]=j.useState(te),[{data:d,error:l},O]=A({query:xe,variables:{first:ye,after:se(p),filter:c},requestPolicy:"cache-and-network"}),w=j.useRef(null),f=z=>{b(z),w.current?.focus()},m=S(),h=n.casesColumns,r=(d?.blueCards.edges??[]).map(z=>z.node),u=d?ae(p,d.blueCards.pageInfo):null;return e.jsxs("section",{"aria-labelledby":`chair-${t}`,children:[e.jsx("h3",{id:`chair-${t}`,ref:w,tabIndex:-1,children:s}),l&&!d&&e.jsxs("p",{role:"alert",children:[n.casesError," ",e.jsx($,{className:"button secondary",onPress:()=>O({requestPolicy:"network-only"}),children:n.retry})]}),!d&&!l&&e.jsx("p",{role:"status",children:n.loadingCases}),u&&(r.length===0&&u.page===1?e.jsx("p",{children:a}):e.jsxs(e.Fragment,{children:[e.jsx("p",{className:"muted",children:u.page===1&&!u.next?n.found(P(r.length,n.cards)):n.pageOf(u.page,P(r.length,n.cards))}),e.jsxs("table",{className:"cards",children:[e.jsx("thead",{children:e.jsxs("tr",{children:[e.jsx("th",{scope:"col",children:h.people}),e.jsx("th",{scope:"col",children:h.status}),e.jsx("th",{scope:"col",children:h.initiatedOn}),e.jsx("th",{scope:"col",children:h.deadline})]})}),e.jsx("tbody",{children:r.map(z=>{const x=B(z.deadlines,m);return e.jsxs("tr",{children:[e.jsx("th",{scope:"row",children:e.jsx("a",{href:J.card(z.id),children:z.persons.filter(o=>o.role==="VICTIM").map(o=>`${o.firstName} ${o.lastName}`).join(", ")||n.noVictimNamed})}),e.jsx("td",{children:n.status[z.status]??z.status}),e.jsx("td",{children:N(z.initiatedOn)}),e.jsx("td",{children:x?e.jsxs("span",{className:`deadline ${x.urgency}`,children:[x.urgency==="overdue"&&e.jsx("strong",{className:"flag",children:n.overdue(P(-x.days,n.days))}),e.jsxs("span",{children:[n.deadlineKind[x.kind]??x.kind," ",n.dueOn(N(x.dueOn))]})]}):e.jsx("span",{className:"muted",children:n.noDeadline})})]},z.id)})})]}),(u.previous||u.next)&&e.jsxs("div",{className:"pager",children:[u.previous&&e.jsx($,{className:"button secondary",onPress:()=>f(oe),children:n.previousPage}),u.next&&e.jsx($,{className:"button secondary",onPress:()=>f(z=>re(z,u.next)),children:n.nextPage})]})]}))]})}const ke=T(`
  mutation TeamRecordMeeting($input: RecordTeamMeetingInput!) {
    recordTeamMeeting(input: $input) {
      meeting {
        id
        heldOn
      }
      userErrors {
        field
        code
      }
    }
  }
`),Q=i=>n.errors[i]??n.unknownError(i),U=i=>i?Q(i):void 0;function $e({team:i,onDone:t}){const[s,a]=j.useState(!1);return e.jsxs("div",{className:"record-meeting",children:[e.jsx($,{className:"button secondary","aria-expanded":s,onPress:()=>a(!s),children:n.recordMeeting}),s&&e.jsx(Ce,{team:i,onCancel:()=>a(!1),onDone:c=>{a(!1),t(c)}})]})}function Ce({team:i,onCancel:t,onDone:s}){const a=K(),[c,p]=j.useState(()=>({...pe(),heldOn:S()})),[b,d]=j.useState(!1),[l,O]=j.useState(!1),[w,f]=j.useState(null),m=o=>p(k=>({...k,...o})),h=he(c),r=w?.kind==="refused"?w.problems:{},u=o=>r[o]??(o==="heldOn"||b?h[o]:void 0),z=async o=>{if(o.preventDefault(),d(!0),Object.keys(h).length>0)return;O(!0);const k=await a.mutation(ke,{input:je(i.id,i.members.map(D=>D.id),c)}).toPromise();O(!1);const M=G({error:k.error,payload:k.data?.recordTeamMeeting??null});f(M),M.kind==="done"&&s(c.heldOn)},x=b?Object.entries({...h,...r}):[];return e.jsxs("form",{className:"action-form","aria-label":n.recordMeeting,onSubmit:o=>{z(o)},noValidate:!0,children:[e.jsxs("div",{role:"alert",className:x.length>0||w&&w.kind!=="done"&&w.kind!=="refused"?"summary":void 0,children:[x.length>0&&e.jsxs(e.Fragment,{children:[e.jsx("p",{children:n.problems}),e.jsx("ul",{children:x.map(([o,k])=>e.jsx("li",{children:Q(k)},o))})]}),w?.kind==="forbidden"&&e.jsx("p",{children:n.forbidden}),(w?.kind==="failed"||w?.kind==="conflict")&&e.jsx("p",{children:n.failed})]}),e.jsx(I,{type:"date",autoComplete:null,label:n.heldOn,value:c.heldOn,onChange:o=>m({heldOn:o}),error:U(u("heldOn")),hint:n.heldOnHint,autoFocus:!0}),e.jsx(I,{type:null,autoComplete:null,label:n.agenda,value:c.agenda,onChange:o=>m({agenda:o}),error:U(u("agenda")),hint:n.agendaHint,rows:3,required:!0,validationBehavior:"aria"}),e.jsx(I,{type:null,autoComplete:null,label:n.minutes,value:c.minutes,onChange:o=>m({minutes:o}),error:U(u("minutes")),hint:n.minutesHint,rows:5}),e.jsxs(X,{className:"checks",value:[...c.present],onChange:o=>m({present:o}),children:[e.jsx(W,{className:"group-label",children:n.attendance}),e.jsx(ee,{slot:"description",className:"hint",children:n.attendanceHint}),i.members.map(o=>e.jsxs(ne,{value:o.id,className:"check",children:[e.jsx("span",{className:"box","aria-hidden":"true"}),n.attendanceOption(o.displayName??n.unknownPerson,n.institutionKind[o.institution]??o.institution)]},o.id))]}),e.jsxs("div",{className:"actions",children:[e.jsx($,{type:"submit",className:"button primary",isDisabled:l,children:l?n.sending:n.submit}),e.jsx($,{className:"button secondary",onPress:t,children:n.cancel})]})]})}const Te=T(`
  mutation TeamEndMembership($input: EndTeamMembershipInput!) {
    endTeamMembership(input: $input) {
      member {
        id
      }
      userErrors {
        field
        code
      }
    }
  }
`),ve=T(`
  mutation TeamWithdrawStatement($input: WithdrawConfidentialityStatementInput!) {
    withdrawConfidentialityStatement(input: $input) {
      member {
        id
      }
      userErrors {
        field
        code
      }
    }
  }
`),Pe=T(`
  mutation TeamSignStatement($input: UpdateTeamMemberInput!) {
    updateTeamMember(input: $input) {
      member {
        id
      }
      userErrors {
        field
        code
      }
    }
  }
`),Ie=T(`
  mutation TeamHandOverChair($input: HandOverTeamChairInput!) {
    handOverTeamChair(input: $input) {
      member {
        id
      }
      userErrors {
        field
        code
      }
    }
  }
`),q=i=>n.changeErrors[i]??n.errors[i]??n.unknownError(i),v=i=>i.displayName??n.unknownPerson;function Ee(i){const{member:t,change:s}=i,a=K(),c=S(),[p,b]=j.useState(c),[d,l]=j.useState(""),[O,w]=j.useState(""),[f,m]=j.useState(!1),[h,r]=j.useState(!1),[u,z]=j.useState(null),x=s==="end"?de({on:p,reason:d},c):s==="sign"?ce({signedOn:p,validUntil:O},c):s==="withdraw"?Object.fromEntries(Object.entries({on:le(p,c)}).filter(([,y])=>y)):{},o=u?.kind==="refused"?u.problems:{},k=y=>{const g=o[y]??(f?x[y]:void 0);return g?q(g):void 0},M=async()=>{const y={version:t.version};switch(s){case"end":return a.mutation(Te,{input:{...y,id:t.id,on:p,reason:d}}).toPromise().then(g=>({error:g.error,payload:g.data?.endTeamMembership??null}));case"withdraw":return a.mutation(ve,{input:{...y,id:t.id,on:p}}).toPromise().then(g=>({error:g.error,payload:g.data?.withdrawConfidentialityStatement??null}));case"sign":return a.mutation(Pe,{input:{...y,id:t.id,confidentialitySignedOn:p,confidentialityValidUntil:O||null}}).toPromise().then(g=>({error:g.error,payload:g.data?.updateTeamMember??null}));case"chair":return a.mutation(Ie,{input:{...y,memberId:t.id}}).toPromise().then(g=>({error:g.error,payload:g.data?.handOverTeamChair??null}))}},D=async y=>{if(y.preventDefault(),m(!0),Object.keys(x).length>0||h)return;r(!0);const g=G(await M());r(!1),z(g),g.kind==="conflict"&&i.reload(),g.kind==="done"&&i.onDone(n.changed[s](v(t)))},H=s==="end"?n.endTitle(v(t)):s==="withdraw"?n.withdrawTitle(v(t)):s==="sign"?n.signTitle(v(t)):n.chairTitle(v(t)),_=i.team.members.find(y=>y.chair),R=f?Object.entries({...x,...o}):[],F=u?.kind==="conflict"?n.changeConflict:u?.kind==="forbidden"?n.changeForbidden:u?.kind==="failed"?n.failed:null;return e.jsxs("form",{className:"action-form","aria-label":H,onSubmit:y=>{D(y)},noValidate:!0,children:[e.jsx("h3",{children:H}),e.jsxs("div",{role:"alert",className:R.length>0||F?"summary":void 0,children:[R.length>0&&e.jsxs(e.Fragment,{children:[e.jsx("p",{children:n.problems}),e.jsx("ul",{children:R.map(([y,g])=>e.jsx("li",{children:q(g)},y))})]}),F&&e.jsx("p",{children:F})]}),e.jsx("p",{children:s==="end"?n.endWarning:s==="withdraw"?n.withdrawWarning:s==="chair"?n.chairWarning(v(t),_?v(_):null):null}),s!=="chair"&&e.jsx(I,{type:"date",autoComplete:null,label:s==="end"?n.endOn:s==="withdraw"?n.withdrawOn:n.signedOnLabel,value:p,onChange:b,error:k(s==="sign"?"confidentialitySignedOn":"on"),hint:n.dayHint,autoFocus:!0}),s==="end"&&e.jsx(I,{type:null,autoComplete:null,label:n.reason,value:d,onChange:l,error:k("reason"),hint:n.reasonHint,rows:2,required:!0,validationBehavior:"aria"}),s==="sign"&&e.jsx(I,{type:"date",autoComplete:null,label:n.validUntilLabel,value:O,onChange:w,error:k("confidentialityValidUntil"),hint:n.validUntilHint}),e.jsxs("div",{className:"actions",children:[e.jsx($,{type:"submit",className:"button primary",isDisabled:h,autoFocus:s==="chair",children:h?n.sending:n.change[s]}),e.jsx($,{className:"button secondary",onPress:i.onCancel,children:n.cancel})]})]})}const Se=T(`
  query TeamPage($after: String) {
    viewer {
      roles
      user {
        id
      }
    }
    teams {
      id
      name
      actNumber
      actIssuedOn
      lastMeetingOn
      warnings {
        code
      }
      chair {
        id
        userId
      }
      members {
        id
        userId
        displayName
        institution
        institutionName
        chair
        confidentialitySignedOn
        confidentialityWithdrawnOn
        confidentialityValidUntil
        confidentialityHolds
        joinedOn
        leftOn
        version
      }
      formerMembers {
        id
        displayName
        institution
        joinedOn
        leftOn
        leftReason
      }
      meetings(first: 20, after: $after) {
        nodes {
          id
          heldOn
          agenda
          minutes
          attendance {
            member {
              id
              displayName
            }
            present
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);function qe(){const[i,t]=j.useState(null),[{data:s,fetching:a,error:c},p]=A({query:Se,variables:{after:i}}),[b,d]=j.useState(null),[l,O]=j.useState(0),w=j.useRef(null);j.useEffect(()=>{document.title=n.documentTitle},[]),j.useEffect(()=>{b&&w.current?.focus()},[b]);const f=()=>p({requestPolicy:"network-only"});if(!s&&a)return e.jsx("p",{role:"status",children:n.loading});if(!s)return e.jsxs(e.Fragment,{children:[e.jsx("h1",{children:n.title}),e.jsxs("p",{role:"alert",children:[n.loadError," ",e.jsx($,{className:"button secondary",onPress:f,children:n.retry})]})]});const m=s.teams[0];if(!m)return e.jsxs(e.Fragment,{children:[e.jsx("h1",{children:n.title}),e.jsx("p",{children:n.noTeam})]});const h=s.viewer.user?.id,r=!!h&&m.chair?.userId===h,u=r||s.viewer.roles.includes("TENANT_ADMIN"),z=m.members.some(o=>o.userId===h&&o.confidentialityHolds),x=s.viewer.roles.includes("TENANT_ADMIN");return e.jsxs(e.Fragment,{children:[e.jsx("h1",{children:m.name}),c&&e.jsx("p",{role:"alert",children:n.loadError}),e.jsx("p",{role:"status",ref:w,tabIndex:-1,className:b?"notice":void 0,children:b}),e.jsxs("dl",{className:"facts","aria-label":n.summary,children:[e.jsxs("div",{children:[e.jsx("dt",{children:n.title}),e.jsx("dd",{children:n.act(m.actNumber,N(m.actIssuedOn))})]}),e.jsxs("div",{children:[e.jsx("dt",{children:n.meetings}),e.jsx("dd",{children:m.lastMeetingOn?n.lastMeeting(N(m.lastMeetingOn)):n.noMeetingYet})]})]}),m.warnings.length>0&&e.jsx(E,{id:"warnings",title:n.warningsTitle,children:e.jsx("ul",{children:m.warnings.map(o=>e.jsx("li",{className:"warning",children:n.warning[o.code]??n.unknownWarning(o.code)},o.code))})}),r&&e.jsx(Oe,{}),e.jsx(De,{team:m,admin:x?h:null,reload:f,onDone:o=>{d(o),f()}}),m.formerMembers.length>0&&e.jsx(Re,{team:m}),e.jsxs(E,{id:"meetings",title:n.meetings,children:[u&&e.jsx($e,{team:m,onDone:o=>{d(n.recorded(N(o))),O(k=>k+1),t(null),f()}}),e.jsx(Fe,{team:m,mayReadMinutes:z}),m.meetings.pageInfo.hasNextPage&&e.jsx($,{className:"button secondary",onPress:()=>t(m.meetings.pageInfo.endCursor??null),children:n.moreMeetings})]}),e.jsx(we,{teamId:m.id},l)]})}function Me({member:i}){const t=ue(i);switch(t.kind){case"holds":return e.jsx(e.Fragment,{children:n.signedOn(N(t.signedOn))+(t.validUntil?n.validUntil(N(t.validUntil)):"")});case"withdrawn":return e.jsx(e.Fragment,{children:n.withdrawnOn(N(t.on))});case"expired":return e.jsx(e.Fragment,{children:n.expiredOn(N(t.on))});case"notSigned":return e.jsx(e.Fragment,{children:n.notSigned})}}function De(i){const{team:t}=i,s=n.memberColumns,[a,c]=j.useState(null),p=a&&t.members.find(d=>d.id===a.memberId),b=i.admin!==null;return e.jsxs(E,{id:"members",title:n.members,children:[e.jsx("p",{className:"muted",children:P(t.members.length,n.memberCount)}),e.jsx("div",{className:"table-scroll",children:e.jsxs("table",{className:"cards",children:[e.jsx("thead",{children:e.jsxs("tr",{children:[e.jsx("th",{scope:"col",children:s.name}),e.jsx("th",{scope:"col",children:s.institution}),e.jsx("th",{scope:"col",children:s.institutionName}),e.jsx("th",{scope:"col",children:s.statement}),e.jsx("th",{scope:"col",children:s.joined}),b&&e.jsx("th",{scope:"col",children:n.changesColumn})]})}),e.jsx("tbody",{children:t.members.map(d=>e.jsxs("tr",{children:[e.jsxs("th",{scope:"row",children:[d.displayName??n.unknownPerson,d.chair&&e.jsx("strong",{className:"badge",children:` (${n.chairMark})`})]}),e.jsx("td",{children:n.institutionKind[d.institution]??d.institution}),e.jsx("td",{children:d.institutionName}),e.jsx("td",{children:e.jsx(Me,{member:d})}),e.jsx("td",{children:N(d.joinedOn)}),b&&e.jsx("td",{className:"row-actions",children:me(d,i.admin??void 0).map(l=>e.jsx($,{className:"button secondary small","aria-label":n.changeFor(n.change[l],d.displayName??n.unknownPerson),"aria-expanded":a?.memberId===d.id&&a.change===l,onPress:()=>c({memberId:d.id,change:l}),children:n.change[l]},l))})]},d.id))})]})}),a&&p&&e.jsx(Ee,{team:t,member:p,change:a.change,onCancel:()=>c(null),reload:i.reload,onDone:d=>{c(null),i.onDone(d)}},`${a.memberId}-${a.change}`)]})}function Re({team:i}){const t=n.formerColumns;return e.jsx(E,{id:"former-members",title:n.formerMembers,children:e.jsx("div",{className:"table-scroll",children:e.jsxs("table",{className:"cards",children:[e.jsx("thead",{children:e.jsxs("tr",{children:[e.jsx("th",{scope:"col",children:t.name}),e.jsx("th",{scope:"col",children:t.institution}),e.jsx("th",{scope:"col",children:t.period}),e.jsx("th",{scope:"col",children:t.reason})]})}),e.jsx("tbody",{children:i.formerMembers.map(s=>e.jsxs("tr",{children:[e.jsx("th",{scope:"row",children:s.displayName??n.unknownPerson}),e.jsx("td",{children:n.institutionKind[s.institution]??s.institution}),e.jsx("td",{children:n.period(N(s.joinedOn),s.leftOn?N(s.leftOn):"")}),e.jsx("td",{children:s.leftReason})]},s.id))})]})})})}function Fe({team:i,mayReadMinutes:t}){const s=i.meetings.nodes;return s.length===0?e.jsx("p",{children:n.noMeetings}):e.jsx("ul",{className:"meetings",children:s.map(a=>{const c=a.attendance.filter(d=>d.present),p=a.attendance.filter(d=>!d.present),b=d=>d.map(l=>l.member.displayName??n.unknownPerson).join(", ")||n.nobody;return e.jsx("li",{children:e.jsxs("article",{"aria-labelledby":`meeting-${a.id}`,children:[e.jsx("h3",{id:`meeting-${a.id}`,children:n.meetingTitle(N(a.heldOn))}),e.jsxs("dl",{children:[e.jsx("dt",{children:n.agenda}),e.jsx("dd",{children:a.agenda??n.agendaHidden}),e.jsx("dt",{children:n.presentCount(P(c.length,n.persons),a.attendance.length)}),e.jsxs("dd",{children:[n.present,": ",b(c),"; ",n.absent,": ",b(p)]}),e.jsx("dt",{children:n.minutes}),e.jsx("dd",{children:a.minutes??(t?n.noMinutes:n.minutesHidden)})]})]})},a.id)})})}export{qe as TeamPage};
