import{j as e,a as x}from"./session-n7LnAU4d.js";import{t as M,T as z,W as R,$ as k,a as $,b as S,c as v,d as w,V as f,Z as C,l as D,Y as _,R as q,U as K,k as I,e as U}from"./app-qe9Zjm9h.js";import{t as V}from"./texts-oNINnaqC.js";import{$ as Z,a as L}from"./Checkbox-xeQMAnJJ.js";import{o as Q}from"./actions-D-h9w59P.js";import"./client-CNtUrJ3e.js";import"./userErrors-BxTecZ1R.js";const Y=()=>({heldOn:"",agenda:"",minutes:"",present:[]});function B(s,i=M()){const t={};return s.heldOn===""?t.heldOn="REQUIRED":/^\d{4}-\d{2}-\d{2}$/.test(s.heldOn)?s.heldOn>i&&(t.heldOn="IN_FUTURE"):t.heldOn="INVALID_DATE",s.agenda.trim()===""&&(t.agenda="REQUIRED"),t}function G(s,i,t){const a=t.minutes.trim();return{teamId:s,heldOn:t.heldOn,agenda:t.agenda.trim(),minutes:a===""?null:a,attendance:i.map(o=>({memberId:o,present:t.present.includes(o)}))}}function J(s=M()){const[i,t,a]=s.split("-").map(Number),o=new Date(Date.UTC(i,t-1-3,1)),j=new Date(Date.UTC(o.getUTCFullYear(),o.getUTCMonth()+1,0)).getUTCDate();return o.setUTCDate(Math.min(a,j)),{from:o.toISOString().slice(0,10),to:s}}function X(s){return s.filter(i=>i.present<i.meetings).map(i=>({member:i.member,missed:i.meetings-i.present,meetings:i.meetings})).sort((i,t)=>t.missed-i.missed)}function P({id:s,title:i,children:t}){return e.jsxs("section",{"aria-labelledby":`team-${s}`,children:[e.jsx("h2",{id:`team-${s}`,children:i}),t]})}const n={documentTitle:"Zespół interdyscyplinarny — Ostoja",title:"Zespół interdyscyplinarny",loading:"Wczytywanie zespołu…",loadError:"Nie udało się wczytać zespołu. Spróbuj ponownie.",retry:"Spróbuj ponownie",noTeam:"Gmina nie powołała jeszcze zespołu interdyscyplinarnego.",act:(s,i)=>`Powołany: ${s} z dnia ${i}`,lastMeeting:s=>`Ostatnie posiedzenie: ${s}`,noMeetingYet:"Zespół nie odbył jeszcze posiedzenia.",summary:"Podstawowe informacje",warningsTitle:"Wymaga uwagi",warning:{NO_MEETING_FOR_THREE_MONTHS:"Zespół nie zebrał się od ponad trzech miesięcy (posiedzenia odbywają się nie rzadziej niż raz na trzy miesiące)."},unknownWarning:s=>`Wymaga uwagi (${s}).`,members:"Członkowie",memberCount:{one:"osoba",few:"osoby",many:"osób",other:"osoby"},memberColumns:{name:"Imię i nazwisko",institution:"Instytucja",institutionName:"Nazwa instytucji",statement:"Oświadczenie o zachowaniu poufności",joined:"W zespole od"},chairMark:"przewodniczący zespołu",signedOn:s=>`podpisane ${s}`,notSigned:"niepodpisane — nie może pracować w sprawach",unknownPerson:"—",institutionKind:V.institutions,meetings:"Posiedzenia",noMeetings:"Nie zapisano posiedzeń.",meetingTitle:s=>`Posiedzenie ${s}`,agenda:"Porządek obrad",minutes:"Protokół",minutesHidden:"Protokół widzą członkowie zespołu, którzy podpisali oświadczenie o zachowaniu poufności.",noMinutes:"Nie zapisano protokołu.",presentCount:(s,i)=>`Obecni: ${s} z ${i}`,persons:{one:"osoba",few:"osoby",many:"osób",other:"osoby"},present:"Obecni",absent:"Nieobecni",nobody:"nikt",moreMeetings:"Pokaż starsze posiedzenia",recordMeeting:"Zapisz posiedzenie zespołu",heldOn:"Data posiedzenia",heldOnHint:"Format dd.mm.rrrr; nie później niż dziś.",agendaHint:"Sprawy omawiane na posiedzeniu.",minutesHint:"Widoczny tylko dla członków zespołu z podpisanym oświadczeniem.",attendance:"Obecność",attendanceHint:"Zaznacz członków obecnych na posiedzeniu; pozostali zostaną zapisani jako nieobecni.",attendanceOption:(s,i)=>`${s} — ${i}`,submit:"Zapisz posiedzenie",cancel:"Anuluj",sending:"Wysyłanie…",recorded:s=>`Zapisano posiedzenie z dnia ${s}.`,problems:"Popraw zaznaczone pola:",failed:"Nie udało się zapisać. Wpisane dane są zachowane, spróbuj ponownie.",forbidden:"Posiedzenia zapisuje przewodniczący zespołu.",errors:{REQUIRED:"To pole jest wymagane.",IN_FUTURE:"Posiedzenia nie można zapisać przed dniem, w którym się odbyło.",INVALID_DATE:"Podaj datę w formacie dd.mm.rrrr.",TOO_LONG:"Tekst jest za długi.",EMPTY:"To pole jest wymagane.",NOT_FOUND:"Nie znaleziono członka zespołu.",DUPLICATE:"Ta osoba jest na liście dwa razy.",INVALID:"Nieprawidłowa wartość."},unknownError:s=>`Popraw to pole (${s}).`,report:"Frekwencja",reportPeriod:(s,i)=>`Od ${s} do ${i}`,reportFrom:"Od dnia",reportTo:"Do dnia",showReport:"Pokaż frekwencję",reportColumns:{who:"Członek",meetings:"Posiedzenia",present:"Obecności",missed:"Nieobecności"},byInstitution:"Według instytucji",institutionColumns:{institution:"Instytucja",meetings:"Obecności możliwe",present:"Obecności"},noMeetingsInPeriod:"W tym okresie nie było posiedzeń.",missedTitle:"Nieobecni na posiedzeniach w tym okresie",missedLine:(s,i,t)=>`${s}: nieobecność na ${i} z ${t}`,meetingCount:{one:"posiedzeniu",few:"posiedzeniach",many:"posiedzeniach",other:"posiedzenia"},nobodyMissed:"Wszyscy członkowie byli obecni na każdym posiedzeniu.",reportProblem:"Data początkowa nie może być późniejsza niż końcowa.",chairCases:"Sprawy czekające na przewodniczącego",incoming:"Formularze NK-A przekazane przewodniczącemu",noIncoming:"Brak przekazanych formularzy.",overdueCases:"Karty z przekroczonym terminem",noOverdue:"Brak kart z przekroczonym terminem.",cards:z.cards,found:z.found,firstOnes:s=>`Pokazano ${s} najnowszych kart; pozostałe znajdziesz na liście spraw.`,casesColumns:{people:"Osoby doznające przemocy",status:"Status",initiatedOn:"Wszczęta",deadline:"Termin"},noVictimNamed:"—",status:z.status,deadlineKind:z.deadlineKind,days:z.days,overdue:z.overdue,dueOn:z.dueOn,noDeadline:z.noDeadline,casesError:"Nie udało się wczytać spraw. Spróbuj ponownie."},ee=D(`
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
`);function ne({teamId:s}){const[i,t]=x.useState(J),[a,o]=x.useState(i),[{data:j,fetching:p,error:u}]=R({query:ee,variables:i,requestPolicy:"cache-and-network"}),d=j?.teams.find(r=>r.id===s)?.attendanceReport,h=a.from!==""&&a.to!==""&&a.from>a.to,m=r=>{r.preventDefault(),!h&&a.from&&a.to&&t(a)},N=d?X(d.byMember):[],l=d?Math.max(0,...d.byMember.map(r=>r.meetings)):0,g=n.reportColumns;return e.jsxs(P,{id:"attendance",title:n.report,children:[e.jsxs("form",{className:"filters",onSubmit:m,"aria-label":n.report,noValidate:!0,children:[e.jsxs(k,{className:"field",type:"date",value:a.from,onChange:r=>o(b=>({...b,from:r})),isInvalid:h,children:[e.jsx($,{children:n.reportFrom}),e.jsx(S,{}),e.jsx(v,{className:"error",children:n.reportProblem})]}),e.jsxs(k,{className:"field",type:"date",value:a.to,onChange:r=>o(b=>({...b,to:r})),children:[e.jsx($,{children:n.reportTo}),e.jsx(S,{})]}),e.jsx("div",{className:"actions",children:e.jsx(w,{type:"submit",className:"button secondary",children:n.showReport})})]}),e.jsx("div",{"aria-live":"polite",className:"status-line",children:p&&!d?n.loading:d?n.reportPeriod(f(d.from),f(d.to)):""}),u&&!d&&e.jsx("p",{role:"alert",children:n.loadError}),d&&l===0&&e.jsx("p",{children:n.noMeetingsInPeriod}),d&&l>0&&e.jsxs(e.Fragment,{children:[e.jsx("h3",{children:n.missedTitle}),N.length===0?e.jsx("p",{children:n.nobodyMissed}):e.jsx("ul",{"data-testid":"missed-meetings",children:N.map(r=>e.jsx("li",{children:n.missedLine(r.member.displayName??n.unknownPerson,C(r.missed,n.meetingCount),r.meetings)},r.member.id))}),e.jsxs("table",{className:"cards",children:[e.jsx("caption",{className:"visually-hidden",children:n.report}),e.jsx("thead",{children:e.jsxs("tr",{children:[e.jsx("th",{scope:"col",children:g.who}),e.jsx("th",{scope:"col",children:g.meetings}),e.jsx("th",{scope:"col",children:g.present}),e.jsx("th",{scope:"col",children:g.missed})]})}),e.jsx("tbody",{children:d.byMember.map(r=>e.jsxs("tr",{children:[e.jsx("th",{scope:"row",children:r.member.displayName??n.unknownPerson}),e.jsx("td",{children:r.meetings}),e.jsx("td",{children:r.present}),e.jsx("td",{children:r.meetings-r.present})]},r.member.id))})]}),e.jsx("h3",{children:n.byInstitution}),e.jsxs("table",{className:"cards",children:[e.jsx("caption",{className:"visually-hidden",children:n.byInstitution}),e.jsx("thead",{children:e.jsxs("tr",{children:[e.jsx("th",{scope:"col",children:n.institutionColumns.institution}),e.jsx("th",{scope:"col",children:n.institutionColumns.meetings}),e.jsx("th",{scope:"col",children:n.institutionColumns.present})]})}),e.jsx("tbody",{children:d.byInstitution.map(r=>e.jsxs("tr",{children:[e.jsx("th",{scope:"row",children:n.institutionKind[r.institution]??r.institution}),e.jsx("td",{children:r.meetings}),e.jsx("td",{children:r.present})]},r.institution))})]})]})]})}const se=D(`
  query ChairCases($first: Int!) {
    incoming: blueCards(first: $first, filter: { status: SENT_TO_CHAIR }) {
      pageInfo {
        hasNextPage
      }
      edges {
        node {
          ...ChairCaseRow
        }
      }
    }
    overdue: blueCards(first: $first, filter: { overdue: true }) {
      pageInfo {
        hasNextPage
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
`),W=25;function ie(){const[{data:s,error:i},t]=R({query:se,variables:{first:W},requestPolicy:"cache-and-network"}),a=o=>o.edges.map(j=>j.node);return e.jsxs(P,{id:"chair",title:n.chairCases,children:[i&&!s&&e.jsxs("p",{role:"alert",children:[n.casesError," ",e.jsx(w,{className:"button secondary",onPress:()=>t({requestPolicy:"network-only"}),children:n.retry})]}),s&&e.jsxs(e.Fragment,{children:[e.jsx(A,{id:"incoming",title:n.incoming,empty:n.noIncoming,cards:a(s.incoming),more:s.incoming.pageInfo.hasNextPage}),e.jsx(A,{id:"overdue",title:n.overdueCases,empty:n.noOverdue,cards:a(s.overdue),more:s.overdue.pageInfo.hasNextPage})]})]})}function A(s){const{id:i,title:t,empty:a,cards:o,more:j}=s,p=M(),u=n.casesColumns;return e.jsxs("section",{"aria-labelledby":`chair-${i}`,children:[e.jsx("h3",{id:`chair-${i}`,children:t}),o.length===0?e.jsx("p",{children:a}):e.jsxs(e.Fragment,{children:[e.jsx("p",{className:"muted",children:j?n.firstOnes(W):n.found(C(o.length,n.cards))}),e.jsxs("table",{className:"cards",children:[e.jsx("thead",{children:e.jsxs("tr",{children:[e.jsx("th",{scope:"col",children:u.people}),e.jsx("th",{scope:"col",children:u.status}),e.jsx("th",{scope:"col",children:u.initiatedOn}),e.jsx("th",{scope:"col",children:u.deadline})]})}),e.jsx("tbody",{children:o.map(d=>{const h=_(d.deadlines,p);return e.jsxs("tr",{children:[e.jsx("th",{scope:"row",children:e.jsx("a",{href:q.card(d.id),children:d.persons.filter(m=>m.role==="VICTIM").map(m=>`${m.firstName} ${m.lastName}`).join(", ")||n.noVictimNamed})}),e.jsx("td",{children:n.status[d.status]??d.status}),e.jsx("td",{children:f(d.initiatedOn)}),e.jsx("td",{children:h?e.jsxs("span",{className:`deadline ${h.urgency}`,children:[h.urgency==="overdue"&&e.jsx("strong",{className:"flag",children:n.overdue(C(-h.days,n.days))}),e.jsxs("span",{children:[n.deadlineKind[h.kind]??h.kind," ",n.dueOn(f(h.dueOn))]})]}):e.jsx("span",{className:"muted",children:n.noDeadline})})]},d.id)})})]})]})]})}const te=D(`
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
`),T=s=>n.errors[s]??n.unknownError(s);function ae({team:s,onDone:i}){const[t,a]=x.useState(!1);return e.jsxs("div",{className:"record-meeting",children:[e.jsx(w,{className:"button secondary","aria-expanded":t,onPress:()=>a(!t),children:n.recordMeeting}),t&&e.jsx(re,{team:s,onCancel:()=>a(!1),onDone:o=>{a(!1),i(o)}})]})}function re({team:s,onCancel:i,onDone:t}){const a=K(),[o,j]=x.useState(()=>({...Y(),heldOn:M()})),[p,u]=x.useState(!1),[d,h]=x.useState(!1),[m,N]=x.useState(null),l=c=>j(O=>({...O,...c})),g=B(o),r=m?.kind==="refused"?m.problems:{},b=c=>r[c]??(c==="heldOn"||p?g[c]:void 0),E=async c=>{if(c.preventDefault(),u(!0),Object.keys(g).length>0)return;h(!0);const O=await a.mutation(te,{input:G(s.id,s.members.map(H=>H.id),o)}).toPromise();h(!1);const F=Q({error:O.error,payload:O.data?.recordTeamMeeting??null});N(F),F.kind==="done"&&t(o.heldOn)},y=p?Object.entries({...g,...r}):[];return e.jsxs("form",{className:"action-form","aria-label":n.recordMeeting,onSubmit:c=>{E(c)},noValidate:!0,children:[e.jsxs("div",{role:"alert",className:y.length>0||m&&m.kind!=="done"&&m.kind!=="refused"?"summary":void 0,children:[y.length>0&&e.jsxs(e.Fragment,{children:[e.jsx("p",{children:n.problems}),e.jsx("ul",{children:y.map(([c,O])=>e.jsx("li",{children:T(O)},c))})]}),m?.kind==="forbidden"&&e.jsx("p",{children:n.forbidden}),(m?.kind==="failed"||m?.kind==="conflict")&&e.jsx("p",{children:n.failed})]}),e.jsxs(k,{className:"field",type:"date",value:o.heldOn,onChange:c=>l({heldOn:c}),isInvalid:!!b("heldOn"),children:[e.jsx($,{children:n.heldOn}),e.jsx(S,{autoFocus:!0}),e.jsx(I,{slot:"description",className:"hint",children:n.heldOnHint}),e.jsx(v,{className:"error",children:T(b("heldOn")??"")})]}),e.jsxs(k,{className:"field",value:o.agenda,onChange:c=>l({agenda:c}),isInvalid:!!b("agenda"),isRequired:!0,validationBehavior:"aria",children:[e.jsx($,{children:n.agenda}),e.jsx(U,{rows:3}),e.jsx(I,{slot:"description",className:"hint",children:n.agendaHint}),e.jsx(v,{className:"error",children:T(b("agenda")??"")})]}),e.jsxs(k,{className:"field",value:o.minutes,onChange:c=>l({minutes:c}),isInvalid:!!b("minutes"),children:[e.jsx($,{children:n.minutes}),e.jsx(U,{rows:5}),e.jsx(I,{slot:"description",className:"hint",children:n.minutesHint}),e.jsx(v,{className:"error",children:T(b("minutes")??"")})]}),e.jsxs(Z,{className:"checks",value:[...o.present],onChange:c=>l({present:c}),children:[e.jsx($,{className:"group-label",children:n.attendance}),e.jsx(I,{slot:"description",className:"hint",children:n.attendanceHint}),s.members.map(c=>e.jsxs(L,{value:c.id,className:"check",children:[e.jsx("span",{className:"box","aria-hidden":"true"}),n.attendanceOption(c.displayName??n.unknownPerson,n.institutionKind[c.institution]??c.institution)]},c.id))]}),e.jsxs("div",{className:"actions",children:[e.jsx(w,{type:"submit",className:"button primary",isDisabled:d,children:d?n.sending:n.submit}),e.jsx(w,{className:"button secondary",onPress:i,children:n.cancel})]})]})}const oe=D(`
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
        joinedOn
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
`);function ge(){const[s,i]=x.useState(null),[{data:t,fetching:a,error:o},j]=R({query:oe,variables:{after:s}}),[p,u]=x.useState(null),[d,h]=x.useState(0),m=x.useRef(null);x.useEffect(()=>{document.title=n.documentTitle},[]),x.useEffect(()=>{p&&m.current?.focus()},[p]);const N=()=>j({requestPolicy:"network-only"});if(!t&&a)return e.jsx("p",{role:"status",children:n.loading});if(!t)return e.jsxs(e.Fragment,{children:[e.jsx("h1",{children:n.title}),e.jsxs("p",{role:"alert",children:[n.loadError," ",e.jsx(w,{className:"button secondary",onPress:N,children:n.retry})]})]});const l=t.teams[0];if(!l)return e.jsxs(e.Fragment,{children:[e.jsx("h1",{children:n.title}),e.jsx("p",{children:n.noTeam})]});const g=t.viewer.user?.id,r=!!g&&l.chair?.userId===g,b=r||t.viewer.roles.includes("TENANT_ADMIN"),E=l.members.some(y=>y.userId===g&&!!y.confidentialitySignedOn);return e.jsxs(e.Fragment,{children:[e.jsx("h1",{children:l.name}),o&&e.jsx("p",{role:"alert",children:n.loadError}),e.jsx("p",{role:"status",ref:m,tabIndex:-1,className:p?"notice":void 0,children:p}),e.jsxs("dl",{className:"facts","aria-label":n.summary,children:[e.jsxs("div",{children:[e.jsx("dt",{children:n.title}),e.jsx("dd",{children:n.act(l.actNumber,f(l.actIssuedOn))})]}),e.jsxs("div",{children:[e.jsx("dt",{children:n.meetings}),e.jsx("dd",{children:l.lastMeetingOn?n.lastMeeting(f(l.lastMeetingOn)):n.noMeetingYet})]})]}),l.warnings.length>0&&e.jsx(P,{id:"warnings",title:n.warningsTitle,children:e.jsx("ul",{children:l.warnings.map(y=>e.jsx("li",{className:"warning",children:n.warning[y.code]??n.unknownWarning(y.code)},y.code))})}),r&&e.jsx(ie,{}),e.jsx(de,{team:l}),e.jsxs(P,{id:"meetings",title:n.meetings,children:[b&&e.jsx(ae,{team:l,onDone:y=>{u(n.recorded(f(y))),h(c=>c+1),i(null),N()}}),e.jsx(ce,{team:l,mayReadMinutes:E}),l.meetings.pageInfo.hasNextPage&&e.jsx(w,{className:"button secondary",onPress:()=>i(l.meetings.pageInfo.endCursor??null),children:n.moreMeetings})]}),e.jsx(ne,{teamId:l.id},d)]})}function de({team:s}){const i=n.memberColumns;return e.jsxs(P,{id:"members",title:n.members,children:[e.jsx("p",{className:"muted",children:C(s.members.length,n.memberCount)}),e.jsxs("table",{className:"cards",children:[e.jsx("thead",{children:e.jsxs("tr",{children:[e.jsx("th",{scope:"col",children:i.name}),e.jsx("th",{scope:"col",children:i.institution}),e.jsx("th",{scope:"col",children:i.institutionName}),e.jsx("th",{scope:"col",children:i.statement}),e.jsx("th",{scope:"col",children:i.joined})]})}),e.jsx("tbody",{children:s.members.map(t=>e.jsxs("tr",{children:[e.jsxs("th",{scope:"row",children:[t.displayName??n.unknownPerson,t.chair&&e.jsx("strong",{className:"badge",children:` (${n.chairMark})`})]}),e.jsx("td",{children:n.institutionKind[t.institution]??t.institution}),e.jsx("td",{children:t.institutionName}),e.jsx("td",{children:t.confidentialitySignedOn?n.signedOn(f(t.confidentialitySignedOn)):n.notSigned}),e.jsx("td",{children:f(t.joinedOn)})]},t.id))})]})]})}function ce({team:s,mayReadMinutes:i}){const t=s.meetings.nodes;return t.length===0?e.jsx("p",{children:n.noMeetings}):e.jsx("ul",{className:"meetings",children:t.map(a=>{const o=a.attendance.filter(u=>u.present),j=a.attendance.filter(u=>!u.present),p=u=>u.map(d=>d.member.displayName??n.unknownPerson).join(", ")||n.nobody;return e.jsx("li",{children:e.jsxs("article",{"aria-labelledby":`meeting-${a.id}`,children:[e.jsx("h3",{id:`meeting-${a.id}`,children:n.meetingTitle(f(a.heldOn))}),e.jsxs("dl",{children:[e.jsx("dt",{children:n.agenda}),e.jsx("dd",{children:a.agenda}),e.jsx("dt",{children:n.presentCount(C(o.length,n.persons),a.attendance.length)}),e.jsxs("dd",{children:[n.present,": ",p(o),"; ",n.absent,": ",p(j)]}),e.jsx("dt",{children:n.minutes}),e.jsx("dd",{children:a.minutes??(i?n.noMinutes:n.minutesHidden)})]})]})},a.id)})})}export{ge as TeamPage};
