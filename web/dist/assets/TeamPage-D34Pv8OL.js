import{j as e,a as h}from"./session-xi3aDFnN.js";import{t as M,M as C,W,_,O as U,a0 as Z,U as J,$ as k,V as N,Z as I,g as T,Y as X,R as ee,N as q,T as E,P as ne,Q as ie,S as te,E as se}from"./app-Cb71uQ7i.js";import{t as ae}from"./texts-oNINnaqC.js";import{f as oe,c as re,p as de,a as ce,n as le}from"./paging-CSGxm-Uk.js";import{o as K}from"./actions-D-h9w59P.js";import{e as me,s as ue,d as pe,o as he,a as je}from"./membership-DJRg12QF.js";import"./client-CNtUrJ3e.js";import"./userErrors-BxTecZ1R.js";const ge=()=>({heldOn:"",agenda:"",minutes:"",present:[]});function be(i,t=M()){const s={};return i.heldOn===""?s.heldOn="REQUIRED":/^\d{4}-\d{2}-\d{2}$/.test(i.heldOn)?i.heldOn>t&&(s.heldOn="IN_FUTURE"):s.heldOn="INVALID_DATE",i.agenda.trim()===""&&(s.agenda="REQUIRED"),s}function ze(i,t,s){const a=s.minutes.trim();return{teamId:i,heldOn:s.heldOn,agenda:s.agenda.trim(),minutes:a===""?null:a,attendance:t.map(c=>({memberId:c,present:s.present.includes(c)}))}}function we(i=M()){const[t,s,a]=i.split("-").map(Number),c=new Date(Date.UTC(t,s-1-3,1)),p=new Date(Date.UTC(c.getUTCFullYear(),c.getUTCMonth()+1,0)).getUTCDate();return c.setUTCDate(Math.min(a,p)),{from:c.toISOString().slice(0,10),to:i}}function xe(i){return i.filter(t=>t.present<t.meetings).map(t=>({member:t.member,missed:t.meetings-t.present,meetings:t.meetings})).sort((t,s)=>s.missed-t.missed)}function S({id:i,title:t,children:s}){return e.jsxs("section",{"aria-labelledby":`team-${i}`,children:[e.jsx("h2",{id:`team-${i}`,children:t}),s]})}const n={documentTitle:"Zespół interdyscyplinarny — Ostoja",title:"Zespół interdyscyplinarny",loading:"Wczytywanie zespołu…",loadError:"Nie udało się wczytać zespołu. Spróbuj ponownie.",retry:"Spróbuj ponownie",noTeam:"Gmina nie powołała jeszcze zespołu interdyscyplinarnego.",act:(i,t)=>`Powołany: ${i} z dnia ${t}`,lastMeeting:i=>`Ostatnie posiedzenie: ${i}`,noMeetingYet:"Zespół nie odbył jeszcze posiedzenia.",summary:"Podstawowe informacje",warningsTitle:"Wymaga uwagi",warning:{NO_MEETING_FOR_THREE_MONTHS:"Zespół nie zebrał się od ponad trzech miesięcy (posiedzenia odbywają się nie rzadziej niż raz na trzy miesiące)."},unknownWarning:i=>`Wymaga uwagi (${i}).`,members:"Członkowie",memberCount:{one:"osoba",few:"osoby",many:"osób",other:"osoby"},memberColumns:{name:"Imię i nazwisko",institution:"Instytucja",institutionName:"Nazwa instytucji",statement:"Oświadczenie o zachowaniu poufności",joined:"W zespole od"},chairMark:"przewodniczący zespołu",signedOn:i=>`podpisane ${i}`,validUntil:i=>`, ważne do ${i}`,withdrawnOn:i=>`wycofane ${i} — nie może pracować w sprawach`,expiredOn:i=>`wygasło ${i} — nie może pracować w sprawach`,notSigned:"niepodpisane — nie może pracować w sprawach",changesColumn:"Zmiany",formerMembers:"Byli członkowie",formerColumns:{name:"Imię i nazwisko",institution:"Instytucja",period:"W zespole",reason:"Powód zakończenia"},period:(i,t)=>`${i} – ${t}`,change:{end:"Zakończ członkostwo",withdraw:"Wycofaj oświadczenie",sign:"Zapisz nowe oświadczenie",chair:"Przekaż przewodniczenie"},changeFor:(i,t)=>`${i}: ${t}`,endTitle:i=>`Zakończenie członkostwa: ${i}`,endWarning:"Od tego dnia osoba nie pracuje w żadnej sprawie: traci dostęp do kart i powiadomień na każdym urządzeniu. Karty, na których pracowała, zostają w swoich grupach — przewodniczący uzupełni ich skład.",endOn:"Data zakończenia",reason:"Powód",reasonHint:"Np. zmiana pracy, odwołanie przez burmistrza.",withdrawTitle:i=>`Wycofanie oświadczenia: ${i}`,withdrawWarning:"Od tego dnia osoba nie pracuje w żadnej sprawie, dopóki nie podpisze nowego oświadczenia o zachowaniu poufności.",withdrawOn:"Data wycofania",signTitle:i=>`Nowe oświadczenie o zachowaniu poufności: ${i}`,signedOnLabel:"Data podpisania",validUntilLabel:"Ważne do (nieobowiązkowe)",validUntilHint:"Ostatni dzień, w którym oświadczenie obowiązuje; puste — bez terminu.",chairTitle:i=>`Przekazanie przewodniczenia: ${i}`,chairWarning:(i,t)=>t?`${i} zostanie przewodniczącym zespołu, a ${t} — członkiem zespołu. Zmiana obowiązuje od razu.`:`${i} zostanie przewodniczącym zespołu. Zmiana obowiązuje od razu.`,dayHint:"Format dd.mm.rrrr; nie później niż dziś.",changed:{end:i=>`Zakończono członkostwo: ${i}.`,withdraw:i=>`Wycofano oświadczenie: ${i}.`,sign:i=>`Zapisano oświadczenie: ${i}.`,chair:i=>`Przewodniczącym zespołu jest teraz: ${i}.`},changeErrors:{IN_FUTURE:"Data nie może być późniejsza niż dziś.",SIGN_ANEW:"To oświadczenie już nie obowiązuje: zapisz nowe, podpisane oświadczenie.",NO_CASE_ROLE:"Ta osoba nie pracuje w sprawach (nie ma roli w sprawach albo jej konto jest wyłączone)."},changeConflict:"Ktoś w międzyczasie zmienił dane tej osoby. Wczytano aktualne dane — sprawdź je i spróbuj ponownie.",changeForbidden:"Zmiany w składzie zespołu zapisuje administrator gminy.",unknownPerson:"—",institutionKind:ae.institutions,meetings:"Posiedzenia",noMeetings:"Nie zapisano posiedzeń.",meetingTitle:i=>`Posiedzenie ${i}`,agenda:"Porządek obrad",minutes:"Protokół",minutesHidden:"Protokół widzą członkowie zespołu, którzy podpisali oświadczenie o zachowaniu poufności.",agendaHidden:"Porządek obrad widzą członkowie zespołu, którzy podpisali oświadczenie o zachowaniu poufności.",noMinutes:"Nie zapisano protokołu.",presentCount:(i,t)=>`Obecni: ${i} z ${t}`,persons:{one:"osoba",few:"osoby",many:"osób",other:"osoby"},present:"Obecni",absent:"Nieobecni",nobody:"nikt",moreMeetings:"Pokaż starsze posiedzenia",recordMeeting:"Zapisz posiedzenie zespołu",heldOn:"Data posiedzenia",heldOnHint:"Format dd.mm.rrrr; nie później niż dziś.",agendaHint:"Sprawy omawiane na posiedzeniu.",minutesHint:"Widoczny tylko dla członków zespołu z podpisanym oświadczeniem.",attendance:"Obecność",attendanceHint:"Zaznacz członków obecnych na posiedzeniu; pozostali zostaną zapisani jako nieobecni.",attendanceOption:(i,t)=>`${i} — ${t}`,submit:"Zapisz posiedzenie",cancel:"Anuluj",sending:"Wysyłanie…",recorded:i=>`Zapisano posiedzenie z dnia ${i}.`,problems:"Popraw zaznaczone pola:",failed:"Nie udało się zapisać. Wpisane dane są zachowane, spróbuj ponownie.",forbidden:"Posiedzenia zapisuje przewodniczący zespołu.",errors:{REQUIRED:"To pole jest wymagane.",IN_FUTURE:"Posiedzenia nie można zapisać przed dniem, w którym się odbyło.",INVALID_DATE:"Podaj datę w formacie dd.mm.rrrr.",TOO_LONG:"Tekst jest za długi.",EMPTY:"To pole jest wymagane.",NOT_FOUND:"Nie znaleziono członka zespołu.",DUPLICATE:"Ta osoba jest na liście dwa razy.",INVALID:"Nieprawidłowa wartość.",ENDED:"Członkostwo tej osoby już się zakończyło.",CHAIR:"Najpierw przekaż przewodniczenie innemu członkowi zespołu.",CHAIR_REQUIRED:"Zespół musi mieć przewodniczącego: przekaż przewodniczenie innemu członkowi.",ALREADY_WITHDRAWN:"To oświadczenie zostało już wycofane.",NOT_SIGNED:"Ta osoba nie ma oświadczenia do wycofania.",TOO_EARLY:"Ta data jest wcześniejsza niż początek członkostwa albo podpisanie oświadczenia.",BEFORE_SIGNED:"Oświadczenie nie może wygasać przed dniem podpisania.",SELF:"Tę zmianę musi zapisać inny administrator.",ALREADY_CHAIR:"Ta osoba już przewodniczy zespołowi.",CONFIDENTIALITY_NOT_SIGNED:"Przewodniczący musi mieć ważne oświadczenie o zachowaniu poufności.",TAKEN:"Zespół ma już przewodniczącego."},unknownError:i=>`Popraw to pole (${i}).`,report:"Frekwencja",reportPeriod:(i,t)=>`Od ${i} do ${t}`,reportFrom:"Od dnia",reportTo:"Do dnia",showReport:"Pokaż frekwencję",reportColumns:{who:"Członek",meetings:"Posiedzenia",present:"Obecności",missed:"Nieobecności"},byInstitution:"Według instytucji",institutionColumns:{institution:"Instytucja",meetings:"Obecności możliwe",present:"Obecności"},noMeetingsInPeriod:"W tym okresie nie było posiedzeń.",missedTitle:"Nieobecni na posiedzeniach w tym okresie",missedLine:(i,t,s)=>`${i}: nieobecność na ${t} z ${s}`,meetingCount:{one:"posiedzeniu",few:"posiedzeniach",many:"posiedzeniach",other:"posiedzenia"},nobodyMissed:"Wszyscy członkowie byli obecni na każdym posiedzeniu.",reportProblem:"Data początkowa nie może być późniejsza niż końcowa.",chairCases:"Sprawy czekające na przewodniczącego",incoming:"Formularze NK-A przekazane przewodniczącemu",noIncoming:"Brak przekazanych formularzy.",overdueCases:"Karty z przekroczonym terminem",noOverdue:"Brak kart z przekroczonym terminem.",cards:C.cards,found:C.found,pageOf:(i,t)=>`Strona ${i}: ${t}.`,nextPage:"Następne",previousPage:"Poprzednie",loadingCases:"Wczytywanie kart…",casesColumns:{people:"Osoby doznające przemocy",status:"Status",initiatedOn:"Wszczęta",deadline:"Termin"},noVictimNamed:"—",status:C.status,deadlineKind:C.deadlineKind,days:C.days,overdue:C.overdue,dueOn:C.dueOn,noDeadline:C.noDeadline,casesError:"Nie udało się wczytać spraw. Spróbuj ponownie."},fe=T(`
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
`);function ye({teamId:i}){const[t,s]=h.useState(we),[a,c]=h.useState(t),[{data:p,fetching:g,error:d}]=W({query:fe,variables:t,requestPolicy:"cache-and-network"}),l=p?.teams.find(r=>r.id===i)?.attendanceReport,O=a.from!==""&&a.to!==""&&a.from>a.to,z=r=>{r.preventDefault(),!O&&a.from&&a.to&&s(a)},y=l?xe(l.byMember):[],m=l?Math.max(0,...l.byMember.map(r=>r.meetings)):0,j=n.reportColumns;return e.jsxs(S,{id:"attendance",title:n.report,children:[e.jsxs("form",{className:"filters",onSubmit:z,"aria-label":n.report,noValidate:!0,children:[e.jsxs(_,{className:"field",type:"date",value:a.from,onChange:r=>c(u=>({...u,from:r})),isInvalid:O,children:[e.jsx(U,{children:n.reportFrom}),e.jsx(Z,{}),e.jsx(J,{className:"error",children:n.reportProblem})]}),e.jsxs(_,{className:"field",type:"date",value:a.to,onChange:r=>c(u=>({...u,to:r})),children:[e.jsx(U,{children:n.reportTo}),e.jsx(Z,{})]}),e.jsx("div",{className:"actions",children:e.jsx(k,{type:"submit",className:"button secondary",children:n.showReport})})]}),e.jsx("div",{"aria-live":"polite",className:"status-line",children:g&&!l?n.loading:l?n.reportPeriod(N(l.from),N(l.to)):""}),d&&!l&&e.jsx("p",{role:"alert",children:n.loadError}),l&&m===0&&e.jsx("p",{children:n.noMeetingsInPeriod}),l&&m>0&&e.jsxs(e.Fragment,{children:[e.jsx("h3",{children:n.missedTitle}),y.length===0?e.jsx("p",{children:n.nobodyMissed}):e.jsx("ul",{"data-testid":"missed-meetings",children:y.map(r=>e.jsx("li",{children:n.missedLine(r.member.displayName??n.unknownPerson,I(r.missed,n.meetingCount),r.meetings)},r.member.id))}),e.jsxs("table",{className:"cards",children:[e.jsx("caption",{className:"visually-hidden",children:n.report}),e.jsx("thead",{children:e.jsxs("tr",{children:[e.jsx("th",{scope:"col",children:j.who}),e.jsx("th",{scope:"col",children:j.meetings}),e.jsx("th",{scope:"col",children:j.present}),e.jsx("th",{scope:"col",children:j.missed})]})}),e.jsx("tbody",{children:l.byMember.map(r=>e.jsxs("tr",{children:[e.jsx("th",{scope:"row",children:r.member.displayName??n.unknownPerson}),e.jsx("td",{children:r.meetings}),e.jsx("td",{children:r.present}),e.jsx("td",{children:r.meetings-r.present})]},r.member.id))})]}),e.jsx("h3",{children:n.byInstitution}),e.jsxs("table",{className:"cards",children:[e.jsx("caption",{className:"visually-hidden",children:n.byInstitution}),e.jsx("thead",{children:e.jsxs("tr",{children:[e.jsx("th",{scope:"col",children:n.institutionColumns.institution}),e.jsx("th",{scope:"col",children:n.institutionColumns.meetings}),e.jsx("th",{scope:"col",children:n.institutionColumns.present})]})}),e.jsx("tbody",{children:l.byInstitution.map(r=>e.jsxs("tr",{children:[e.jsx("th",{scope:"row",children:n.institutionKind[r.institution]??r.institution}),e.jsx("td",{children:r.meetings}),e.jsx("td",{children:r.present})]},r.institution))})]})]})]})}const Ne=T(`
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
`),Oe=25,ke={status:"SENT_TO_CHAIR"},$e={overdue:!0};function Ce(){return e.jsxs(S,{id:"chair",title:n.chairCases,children:[e.jsx(L,{id:"incoming",title:n.incoming,empty:n.noIncoming,filter:ke}),e.jsx(L,{id:"overdue",title:n.overdueCases,empty:n.noOverdue,filter:$e})]})}function L(i){const{id:t,title:s,empty:a,filter:c}=i,[p,g]=h.useState(oe),[{data:d,error:l},O]=W({query:Ne,variables:{first:Oe,after:re(p),filter:c},requestPolicy:"cache-and-network"}),z=h.useRef(null),y=b=>{g(b),z.current?.focus()},m=M(),j=n.casesColumns,r=(d?.blueCards.edges??[]).map(b=>b.node),u=d?de(p,d.blueCards.pageInfo):null;return e.jsxs("section",{"aria-labelledby":`chair-${t}`,children:[e.jsx("h3",{id:`chair-${t}`,ref:z,tabIndex:-1,children:s}),l&&!d&&e.jsxs("p",{role:"alert",children:[n.casesError," ",e.jsx(k,{className:"button secondary",onPress:()=>O({requestPolicy:"network-only"}),children:n.retry})]}),!d&&!l&&e.jsx("p",{role:"status",children:n.loadingCases}),u&&(r.length===0&&u.page===1?e.jsx("p",{children:a}):e.jsxs(e.Fragment,{children:[e.jsx("p",{className:"muted",children:u.page===1&&!u.next?n.found(I(r.length,n.cards)):n.pageOf(u.page,I(r.length,n.cards))}),e.jsxs("table",{className:"cards",children:[e.jsx("thead",{children:e.jsxs("tr",{children:[e.jsx("th",{scope:"col",children:j.people}),e.jsx("th",{scope:"col",children:j.status}),e.jsx("th",{scope:"col",children:j.initiatedOn}),e.jsx("th",{scope:"col",children:j.deadline})]})}),e.jsx("tbody",{children:r.map(b=>{const x=X(b.deadlines,m);return e.jsxs("tr",{children:[e.jsx("th",{scope:"row",children:e.jsx("a",{href:ee.card(b.id),children:b.persons.filter(o=>o.role==="VICTIM").map(o=>`${o.firstName} ${o.lastName}`).join(", ")||n.noVictimNamed})}),e.jsx("td",{children:n.status[b.status]??b.status}),e.jsx("td",{children:N(b.initiatedOn)}),e.jsx("td",{children:x?e.jsxs("span",{className:`deadline ${x.urgency}`,children:[x.urgency==="overdue"&&e.jsx("strong",{className:"flag",children:n.overdue(I(-x.days,n.days))}),e.jsxs("span",{children:[n.deadlineKind[x.kind]??x.kind," ",n.dueOn(N(x.dueOn))]})]}):e.jsx("span",{className:"muted",children:n.noDeadline})})]},b.id)})})]}),(u.previous||u.next)&&e.jsxs("div",{className:"pager",children:[u.previous&&e.jsx(k,{className:"button secondary",onPress:()=>y(ce),children:n.previousPage}),u.next&&e.jsx(k,{className:"button secondary",onPress:()=>y(b=>le(b,u.next)),children:n.nextPage})]})]}))]})}const Te=T(`
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
`),G=i=>n.errors[i]??n.unknownError(i),F=i=>i?G(i):void 0;function ve({team:i,onDone:t}){const[s,a]=h.useState(!1);return e.jsxs("div",{className:"record-meeting",children:[e.jsx(k,{className:"button secondary","aria-expanded":s,onPress:()=>a(!s),children:n.recordMeeting}),s&&e.jsx(Pe,{team:i,onCancel:()=>a(!1),onDone:c=>{a(!1),t(c)}})]})}function Pe({team:i,onCancel:t,onDone:s}){const a=q(),[c,p]=h.useState(()=>({...ge(),heldOn:M()})),[g,d]=h.useState(!1),[l,O]=h.useState(!1),[z,y]=h.useState(null),m=o=>p($=>({...$,...o})),j=be(c),r=z?.kind==="refused"?z.problems:{},u=o=>r[o]??(o==="heldOn"||g?j[o]:void 0),b=async o=>{if(o.preventDefault(),d(!0),Object.keys(j).length>0)return;O(!0);const $=await a.mutation(Te,{input:ze(i.id,i.members.map(R=>R.id),c)}).toPromise();O(!1);const P=K({error:$.error,payload:$.data?.recordTeamMeeting??null});y(P),P.kind==="done"&&s(c.heldOn)},x=g?Object.entries({...j,...r}):[];return e.jsxs("form",{className:"action-form","aria-label":n.recordMeeting,onSubmit:o=>{b(o)},noValidate:!0,children:[e.jsxs("div",{role:"alert",className:x.length>0||z&&z.kind!=="done"&&z.kind!=="refused"?"summary":void 0,children:[x.length>0&&e.jsxs(e.Fragment,{children:[e.jsx("p",{children:n.problems}),e.jsx("ul",{children:x.map(([o,$])=>e.jsx("li",{children:G($)},o))})]}),z?.kind==="forbidden"&&e.jsx("p",{children:n.forbidden}),(z?.kind==="failed"||z?.kind==="conflict")&&e.jsx("p",{children:n.failed})]}),e.jsx(E,{type:"date",autoComplete:null,label:n.heldOn,value:c.heldOn,onChange:o=>m({heldOn:o}),error:F(u("heldOn")),hint:n.heldOnHint,autoFocus:!0}),e.jsx(E,{type:null,autoComplete:null,label:n.agenda,value:c.agenda,onChange:o=>m({agenda:o}),error:F(u("agenda")),hint:n.agendaHint,rows:3,required:!0,validationBehavior:"aria"}),e.jsx(E,{type:null,autoComplete:null,label:n.minutes,value:c.minutes,onChange:o=>m({minutes:o}),error:F(u("minutes")),hint:n.minutesHint,rows:5}),e.jsxs(ne,{className:"checks",value:[...c.present],onChange:o=>m({present:o}),children:[e.jsx(U,{className:"group-label",children:n.attendance}),e.jsx(ie,{slot:"description",className:"hint",children:n.attendanceHint}),i.members.map(o=>e.jsxs(te,{value:o.id,className:"check",children:[e.jsx("span",{className:"box","aria-hidden":"true"}),n.attendanceOption(o.displayName??n.unknownPerson,n.institutionKind[o.institution]??o.institution)]},o.id))]}),e.jsxs("div",{className:"actions",children:[e.jsx(k,{type:"submit",className:"button primary",isDisabled:l,children:l?n.sending:n.submit}),e.jsx(k,{className:"button secondary",onPress:t,children:n.cancel})]})]})}const Ie=T(`
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
`),Ee=T(`
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
`),Se=T(`
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
`),Me=T(`
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
`),V=i=>n.changeErrors[i]??n.errors[i]??n.unknownError(i),v=i=>i.displayName??n.unknownPerson;function De(i){const{member:t,change:s}=i,a=q(),c=M(),[p,g]=h.useState(c),[d,l]=h.useState(""),[O,z]=h.useState(""),[y,m]=h.useState(!1),[j,r]=h.useState(!1),[u,b]=h.useState(null),x=h.useRef(null),o=s==="end"?me({on:p,reason:d},c):s==="sign"?ue({signedOn:p,validUntil:O},c):s==="withdraw"?Object.fromEntries(Object.entries({on:pe(p,c)}).filter(([,f])=>f)):{},$=u?.kind==="refused"?u.problems:{},P=f=>{const w=$[f]??(y?o[f]:void 0);return w?V(w):void 0},R=async()=>{const f={version:t.version};switch(s){case"end":return a.mutation(Ie,{input:{...f,id:t.id,on:p,reason:d}}).toPromise().then(w=>({error:w.error,payload:w.data?.endTeamMembership??null}));case"withdraw":return a.mutation(Ee,{input:{...f,id:t.id,on:p}}).toPromise().then(w=>({error:w.error,payload:w.data?.withdrawConfidentialityStatement??null}));case"sign":return a.mutation(Se,{input:{...f,id:t.id,confidentialitySignedOn:p,confidentialityValidUntil:O||null}}).toPromise().then(w=>({error:w.error,payload:w.data?.updateTeamMember??null}));case"chair":return a.mutation(Me,{input:{...f,memberId:t.id}}).toPromise().then(w=>({error:w.error,payload:w.data?.handOverTeamChair??null}))}},Q=async f=>{if(f.preventDefault(),m(!0),Object.keys(o).length>0){x.current?.focus();return}if(j)return;r(!0);const w=K(await R());r(!1),b(w),w.kind==="conflict"&&i.reload(),w.kind==="done"?i.onDone(n.changed[s](v(t))):x.current?.focus()},A=s==="end"?n.endTitle(v(t)):s==="withdraw"?n.withdrawTitle(v(t)):s==="sign"?n.signTitle(v(t)):n.chairTitle(v(t)),H=i.team.members.find(f=>f.chair),Y=y?Object.entries({...o,...$}):[],D=f=>`change-${t.id}-${f}`,B=u?.kind==="conflict"?n.changeConflict:u?.kind==="forbidden"?n.changeForbidden:u?.kind==="failed"?n.failed:null;return e.jsxs("form",{className:"action-form","aria-label":A,onSubmit:f=>{Q(f)},noValidate:!0,children:[e.jsx("h3",{children:A}),e.jsx(se,{problems:Y,failure:B??"",heading:n.problems,message:V,idOf:D,refObject:x}),e.jsx("p",{children:s==="end"?n.endWarning:s==="withdraw"?n.withdrawWarning:s==="chair"?n.chairWarning(v(t),H?v(H):null):null}),s!=="chair"&&e.jsx(E,{id:D(s==="sign"?"confidentialitySignedOn":"on"),type:"date",autoComplete:null,label:s==="end"?n.endOn:s==="withdraw"?n.withdrawOn:n.signedOnLabel,value:p,onChange:g,error:P(s==="sign"?"confidentialitySignedOn":"on"),hint:n.dayHint,autoFocus:!0}),s==="end"&&e.jsx(E,{id:D("reason"),type:null,autoComplete:null,label:n.reason,value:d,onChange:l,error:P("reason"),hint:n.reasonHint,rows:2,required:!0,validationBehavior:"aria"}),s==="sign"&&e.jsx(E,{id:D("confidentialityValidUntil"),type:"date",autoComplete:null,label:n.validUntilLabel,value:O,onChange:z,error:P("confidentialityValidUntil"),hint:n.validUntilHint}),e.jsxs("div",{className:"actions",children:[e.jsx(k,{type:"submit",className:"button primary",isDisabled:j,autoFocus:s==="chair",children:j?n.sending:n.change[s]}),e.jsx(k,{className:"button secondary",onPress:i.onCancel,children:n.cancel})]})]})}const Re=T(`
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
`);function Qe(){const[i,t]=h.useState(null),[{data:s,fetching:a,error:c},p]=W({query:Re,variables:{after:i}}),[g,d]=h.useState(null),[l,O]=h.useState(0),z=h.useRef(null);h.useEffect(()=>{document.title=n.documentTitle},[]),h.useEffect(()=>{g&&z.current?.focus()},[g]);const y=()=>p({requestPolicy:"network-only"});if(!s&&a)return e.jsx("p",{role:"status",children:n.loading});if(!s)return e.jsxs(e.Fragment,{children:[e.jsx("h1",{children:n.title}),e.jsxs("p",{role:"alert",children:[n.loadError," ",e.jsx(k,{className:"button secondary",onPress:y,children:n.retry})]})]});const m=s.teams[0];if(!m)return e.jsxs(e.Fragment,{children:[e.jsx("h1",{children:n.title}),e.jsx("p",{children:n.noTeam})]});const j=s.viewer.user?.id,r=!!j&&m.chair?.userId===j,u=r||s.viewer.roles.includes("TENANT_ADMIN"),b=m.members.some(o=>o.userId===j&&o.confidentialityHolds),x=s.viewer.roles.includes("TENANT_ADMIN");return e.jsxs(e.Fragment,{children:[e.jsx("h1",{children:m.name}),c&&e.jsx("p",{role:"alert",children:n.loadError}),e.jsx("p",{role:"status",ref:z,tabIndex:-1,className:g?"notice":void 0,children:g}),e.jsxs("dl",{className:"facts","aria-label":n.summary,children:[e.jsxs("div",{children:[e.jsx("dt",{children:n.title}),e.jsx("dd",{children:n.act(m.actNumber,N(m.actIssuedOn))})]}),e.jsxs("div",{children:[e.jsx("dt",{children:n.meetings}),e.jsx("dd",{children:m.lastMeetingOn?n.lastMeeting(N(m.lastMeetingOn)):n.noMeetingYet})]})]}),m.warnings.length>0&&e.jsx(S,{id:"warnings",title:n.warningsTitle,children:e.jsx("ul",{children:m.warnings.map(o=>e.jsx("li",{className:"warning",children:n.warning[o.code]??n.unknownWarning(o.code)},o.code))})}),r&&e.jsx(Ce,{}),e.jsx(Ue,{team:m,admin:x?j:null,reload:y,onDone:o=>{d(o),y()}}),m.formerMembers.length>0&&e.jsx(We,{team:m}),e.jsxs(S,{id:"meetings",title:n.meetings,children:[u&&e.jsx(ve,{team:m,onDone:o=>{d(n.recorded(N(o))),O($=>$+1),t(null),y()}}),e.jsx(Ae,{team:m,mayReadMinutes:b}),m.meetings.pageInfo.hasNextPage&&e.jsx(k,{className:"button secondary",onPress:()=>t(m.meetings.pageInfo.endCursor??null),children:n.moreMeetings})]}),e.jsx(ye,{teamId:m.id},l)]})}function Fe({member:i}){const t=je(i);switch(t.kind){case"holds":return e.jsx(e.Fragment,{children:n.signedOn(N(t.signedOn))+(t.validUntil?n.validUntil(N(t.validUntil)):"")});case"withdrawn":return e.jsx(e.Fragment,{children:n.withdrawnOn(N(t.on))});case"expired":return e.jsx(e.Fragment,{children:n.expiredOn(N(t.on))});case"notSigned":return e.jsx(e.Fragment,{children:n.notSigned})}}function Ue(i){const{team:t}=i,s=n.memberColumns,[a,c]=h.useState(null),p=a&&t.members.find(d=>d.id===a.memberId),g=i.admin!==null;return e.jsxs(S,{id:"members",title:n.members,children:[e.jsx("p",{className:"muted",children:I(t.members.length,n.memberCount)}),e.jsx("div",{className:"table-scroll",children:e.jsxs("table",{className:"cards",children:[e.jsx("thead",{children:e.jsxs("tr",{children:[e.jsx("th",{scope:"col",children:s.name}),e.jsx("th",{scope:"col",children:s.institution}),e.jsx("th",{scope:"col",children:s.institutionName}),e.jsx("th",{scope:"col",children:s.statement}),e.jsx("th",{scope:"col",children:s.joined}),g&&e.jsx("th",{scope:"col",children:n.changesColumn})]})}),e.jsx("tbody",{children:t.members.map(d=>e.jsxs("tr",{children:[e.jsxs("th",{scope:"row",children:[d.displayName??n.unknownPerson,d.chair&&e.jsx("strong",{className:"badge",children:` (${n.chairMark})`})]}),e.jsx("td",{children:n.institutionKind[d.institution]??d.institution}),e.jsx("td",{children:d.institutionName}),e.jsx("td",{children:e.jsx(Fe,{member:d})}),e.jsx("td",{children:N(d.joinedOn)}),g&&e.jsx("td",{className:"row-actions",children:he(d,i.admin??void 0).map(l=>e.jsx(k,{className:"button secondary small","aria-label":n.changeFor(n.change[l],d.displayName??n.unknownPerson),"aria-expanded":a?.memberId===d.id&&a.change===l,onPress:()=>c({memberId:d.id,change:l}),children:n.change[l]},l))})]},d.id))})]})}),a&&p&&e.jsx(De,{team:t,member:p,change:a.change,onCancel:()=>c(null),reload:i.reload,onDone:d=>{c(null),i.onDone(d)}},`${a.memberId}-${a.change}`)]})}function We({team:i}){const t=n.formerColumns;return e.jsx(S,{id:"former-members",title:n.formerMembers,children:e.jsx("div",{className:"table-scroll",children:e.jsxs("table",{className:"cards",children:[e.jsx("thead",{children:e.jsxs("tr",{children:[e.jsx("th",{scope:"col",children:t.name}),e.jsx("th",{scope:"col",children:t.institution}),e.jsx("th",{scope:"col",children:t.period}),e.jsx("th",{scope:"col",children:t.reason})]})}),e.jsx("tbody",{children:i.formerMembers.map(s=>e.jsxs("tr",{children:[e.jsx("th",{scope:"row",children:s.displayName??n.unknownPerson}),e.jsx("td",{children:n.institutionKind[s.institution]??s.institution}),e.jsx("td",{children:n.period(N(s.joinedOn),s.leftOn?N(s.leftOn):"")}),e.jsx("td",{children:s.leftReason})]},s.id))})]})})})}function Ae({team:i,mayReadMinutes:t}){const s=i.meetings.nodes;return s.length===0?e.jsx("p",{children:n.noMeetings}):e.jsx("ul",{className:"meetings",children:s.map(a=>{const c=a.attendance.filter(d=>d.present),p=a.attendance.filter(d=>!d.present),g=d=>d.map(l=>l.member.displayName??n.unknownPerson).join(", ")||n.nobody;return e.jsx("li",{children:e.jsxs("article",{"aria-labelledby":`meeting-${a.id}`,children:[e.jsx("h3",{id:`meeting-${a.id}`,children:n.meetingTitle(N(a.heldOn))}),e.jsxs("dl",{children:[e.jsx("dt",{children:n.agenda}),e.jsx("dd",{children:a.agenda??n.agendaHidden}),e.jsx("dt",{children:n.presentCount(I(c.length,n.persons),a.attendance.length)}),e.jsxs("dd",{children:[n.present,": ",g(c),"; ",n.absent,": ",g(p)]}),e.jsx("dt",{children:n.minutes}),e.jsx("dd",{children:a.minutes??(t?n.noMinutes:n.minutesHidden)})]})]})},a.id)})})}export{Qe as TeamPage};
