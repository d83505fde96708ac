import{j as e,a as g}from"./session-n7LnAU4d.js";import{t as S,T as O,W as R,$ as P,a as k,b as E,c as M,d as w,V as z,Z as C,l as D,Y as H,R as _,U as q,k as v,e as U}from"./app-CXbe19d6.js";import{t as V}from"./texts-oNINnaqC.js";import{f as K,c as Z,p as L,a as Q,n as B}from"./paging-CSGxm-Uk.js";import{$ as G,a as Y}from"./Checkbox--j855XCK.js";import{o as J}from"./actions-D-h9w59P.js";import"./client-CNtUrJ3e.js";import"./userErrors-BxTecZ1R.js";const X=()=>({heldOn:"",agenda:"",minutes:"",present:[]});function ee(s,i=S()){const t={};return s.heldOn===""?t.heldOn="REQUIRED":/^\d{4}-\d{2}-\d{2}$/.test(s.heldOn)?s.heldOn>i&&(t.heldOn="IN_FUTURE"):t.heldOn="INVALID_DATE",s.agenda.trim()===""&&(t.agenda="REQUIRED"),t}function ne(s,i,t){const r=t.minutes.trim();return{teamId:s,heldOn:t.heldOn,agenda:t.agenda.trim(),minutes:r===""?null:r,attendance:i.map(d=>({memberId:d,present:t.present.includes(d)}))}}function se(s=S()){const[i,t,r]=s.split("-").map(Number),d=new Date(Date.UTC(i,t-1-3,1)),f=new Date(Date.UTC(d.getUTCFullYear(),d.getUTCMonth()+1,0)).getUTCDate();return d.setUTCDate(Math.min(r,f)),{from:d.toISOString().slice(0,10),to:s}}function ie(s){return s.filter(i=>i.present<i.meetings).map(i=>({member:i.member,missed:i.meetings-i.present,meetings:i.meetings})).sort((i,t)=>t.missed-i.missed)}function I({id:s,title:i,children:t}){return e.jsxs("section",{"aria-labelledby":`team-${s}`,children:[e.jsx("h2",{id:`team-${s}`,children:i}),t]})}const n={documentTitle:"Zespół interdyscyplinarny — Ostoja",title:"Zespół interdyscyplinarny",loading:"Wczytywanie zespołu…",loadError:"Nie udało się wczytać zespołu. Spróbuj ponownie.",retry:"Spróbuj ponownie",noTeam:"Gmina nie powołała jeszcze zespołu interdyscyplinarnego.",act:(s,i)=>`Powołany: ${s} z dnia ${i}`,lastMeeting:s=>`Ostatnie posiedzenie: ${s}`,noMeetingYet:"Zespół nie odbył jeszcze posiedzenia.",summary:"Podstawowe informacje",warningsTitle:"Wymaga uwagi",warning:{NO_MEETING_FOR_THREE_MONTHS:"Zespół nie zebrał się od ponad trzech miesięcy (posiedzenia odbywają się nie rzadziej niż raz na trzy miesiące)."},unknownWarning:s=>`Wymaga uwagi (${s}).`,members:"Członkowie",memberCount:{one:"osoba",few:"osoby",many:"osób",other:"osoby"},memberColumns:{name:"Imię i nazwisko",institution:"Instytucja",institutionName:"Nazwa instytucji",statement:"Oświadczenie o zachowaniu poufności",joined:"W zespole od"},chairMark:"przewodniczący zespołu",signedOn:s=>`podpisane ${s}`,notSigned:"niepodpisane — nie może pracować w sprawach",unknownPerson:"—",institutionKind:V.institutions,meetings:"Posiedzenia",noMeetings:"Nie zapisano posiedzeń.",meetingTitle:s=>`Posiedzenie ${s}`,agenda:"Porządek obrad",minutes:"Protokół",minutesHidden:"Protokół widzą członkowie zespołu, którzy podpisali oświadczenie o zachowaniu poufności.",noMinutes:"Nie zapisano protokołu.",presentCount:(s,i)=>`Obecni: ${s} z ${i}`,persons:{one:"osoba",few:"osoby",many:"osób",other:"osoby"},present:"Obecni",absent:"Nieobecni",nobody:"nikt",moreMeetings:"Pokaż starsze posiedzenia",recordMeeting:"Zapisz posiedzenie zespołu",heldOn:"Data posiedzenia",heldOnHint:"Format dd.mm.rrrr; nie później niż dziś.",agendaHint:"Sprawy omawiane na posiedzeniu.",minutesHint:"Widoczny tylko dla członków zespołu z podpisanym oświadczeniem.",attendance:"Obecność",attendanceHint:"Zaznacz członków obecnych na posiedzeniu; pozostali zostaną zapisani jako nieobecni.",attendanceOption:(s,i)=>`${s} — ${i}`,submit:"Zapisz posiedzenie",cancel:"Anuluj",sending:"Wysyłanie…",recorded:s=>`Zapisano posiedzenie z dnia ${s}.`,problems:"Popraw zaznaczone pola:",failed:"Nie udało się zapisać. Wpisane dane są zachowane, spróbuj ponownie.",forbidden:"Posiedzenia zapisuje przewodniczący zespołu.",errors:{REQUIRED:"To pole jest wymagane.",IN_FUTURE:"Posiedzenia nie można zapisać przed dniem, w którym się odbyło.",INVALID_DATE:"Podaj datę w formacie dd.mm.rrrr.",TOO_LONG:"Tekst jest za długi.",EMPTY:"To pole jest wymagane.",NOT_FOUND:"Nie znaleziono członka zespołu.",DUPLICATE:"Ta osoba jest na liście dwa razy.",INVALID:"Nieprawidłowa wartość."},unknownError:s=>`Popraw to pole (${s}).`,report:"Frekwencja",reportPeriod:(s,i)=>`Od ${s} do ${i}`,reportFrom:"Od dnia",reportTo:"Do dnia",showReport:"Pokaż frekwencję",reportColumns:{who:"Członek",meetings:"Posiedzenia",present:"Obecności",missed:"Nieobecności"},byInstitution:"Według instytucji",institutionColumns:{institution:"Instytucja",meetings:"Obecności możliwe",present:"Obecności"},noMeetingsInPeriod:"W tym okresie nie było posiedzeń.",missedTitle:"Nieobecni na posiedzeniach w tym okresie",missedLine:(s,i,t)=>`${s}: nieobecność na ${i} z ${t}`,meetingCount:{one:"posiedzeniu",few:"posiedzeniach",many:"posiedzeniach",other:"posiedzenia"},nobodyMissed:"Wszyscy członkowie byli obecni na każdym posiedzeniu.",reportProblem:"Data początkowa nie może być późniejsza niż końcowa.",chairCases:"Sprawy czekające na przewodniczącego",incoming:"Formularze NK-A przekazane przewodniczącemu",noIncoming:"Brak przekazanych formularzy.",overdueCases:"Karty z przekroczonym terminem",noOverdue:"Brak kart z przekroczonym terminem.",cards:O.cards,found:O.found,pageOf:(s,i)=>`Strona ${s}: ${i}.`,nextPage:"Następne",previousPage:"Poprzednie",loadingCases:"Wczytywanie kart…",casesColumns:{people:"Osoby doznające przemocy",status:"Status",initiatedOn:"Wszczęta",deadline:"Termin"},noVictimNamed:"—",status:O.status,deadlineKind:O.deadlineKind,days:O.days,overdue:O.overdue,dueOn:O.dueOn,noDeadline:O.noDeadline,casesError:"Nie udało się wczytać spraw. Spróbuj ponownie."},te=D(`
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
`);function ae({teamId:s}){const[i,t]=g.useState(se),[r,d]=g.useState(i),[{data:f,fetching:b,error:h}]=R({query:te,variables:i,requestPolicy:"cache-and-network"}),l=f?.teams.find(a=>a.id===s)?.attendanceReport,N=r.from!==""&&r.to!==""&&r.from>r.to,x=a=>{a.preventDefault(),!N&&r.from&&r.to&&t(r)},y=l?ie(l.byMember):[],c=l?Math.max(0,...l.byMember.map(a=>a.meetings)):0,p=n.reportColumns;return e.jsxs(I,{id:"attendance",title:n.report,children:[e.jsxs("form",{className:"filters",onSubmit:x,"aria-label":n.report,noValidate:!0,children:[e.jsxs(P,{className:"field",type:"date",value:r.from,onChange:a=>d(m=>({...m,from:a})),isInvalid:N,children:[e.jsx(k,{children:n.reportFrom}),e.jsx(E,{}),e.jsx(M,{className:"error",children:n.reportProblem})]}),e.jsxs(P,{className:"field",type:"date",value:r.to,onChange:a=>d(m=>({...m,to:a})),children:[e.jsx(k,{children:n.reportTo}),e.jsx(E,{})]}),e.jsx("div",{className:"actions",children:e.jsx(w,{type:"submit",className:"button secondary",children:n.showReport})})]}),e.jsx("div",{"aria-live":"polite",className:"status-line",children:b&&!l?n.loading:l?n.reportPeriod(z(l.from),z(l.to)):""}),h&&!l&&e.jsx("p",{role:"alert",children:n.loadError}),l&&c===0&&e.jsx("p",{children:n.noMeetingsInPeriod}),l&&c>0&&e.jsxs(e.Fragment,{children:[e.jsx("h3",{children:n.missedTitle}),y.length===0?e.jsx("p",{children:n.nobodyMissed}):e.jsx("ul",{"data-testid":"missed-meetings",children:y.map(a=>e.jsx("li",{children:n.missedLine(a.member.displayName??n.unknownPerson,C(a.missed,n.meetingCount),a.meetings)},a.member.id))}),e.jsxs("table",{className:"cards",children:[e.jsx("caption",{className:"visually-hidden",children:n.report}),e.jsx("thead",{children:e.jsxs("tr",{children:[e.jsx("th",{scope:"col",children:p.who}),e.jsx("th",{scope:"col",children:p.meetings}),e.jsx("th",{scope:"col",children:p.present}),e.jsx("th",{scope:"col",children:p.missed})]})}),e.jsx("tbody",{children:l.byMember.map(a=>e.jsxs("tr",{children:[e.jsx("th",{scope:"row",children:a.member.displayName??n.unknownPerson}),e.jsx("td",{children:a.meetings}),e.jsx("td",{children:a.present}),e.jsx("td",{children:a.meetings-a.present})]},a.member.id))})]}),e.jsx("h3",{children:n.byInstitution}),e.jsxs("table",{className:"cards",children:[e.jsx("caption",{className:"visually-hidden",children:n.byInstitution}),e.jsx("thead",{children:e.jsxs("tr",{children:[e.jsx("th",{scope:"col",children:n.institutionColumns.institution}),e.jsx("th",{scope:"col",children:n.institutionColumns.meetings}),e.jsx("th",{scope:"col",children:n.institutionColumns.present})]})}),e.jsx("tbody",{children:l.byInstitution.map(a=>e.jsxs("tr",{children:[e.jsx("th",{scope:"row",children:n.institutionKind[a.institution]??a.institution}),e.jsx("td",{children:a.meetings}),e.jsx("td",{children:a.present})]},a.institution))})]})]})]})}const re=D(`
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
`),oe=25,de={status:"SENT_TO_CHAIR"},ce={overdue:!0};function le(){return e.jsxs(I,{id:"chair",title:n.chairCases,children:[e.jsx(A,{id:"incoming",title:n.incoming,empty:n.noIncoming,filter:de}),e.jsx(A,{id:"overdue",title:n.overdueCases,empty:n.noOverdue,filter:ce})]})}function A(s){const{id:i,title:t,empty:r,filter:d}=s,[f,b]=g.useState(K),[{data:h,error:l},N]=R({query:re,variables:{first:oe,after:Z(f),filter:d},requestPolicy:"cache-and-network"}),x=g.useRef(null),y=j=>{b(j),x.current?.focus()},c=S(),p=n.casesColumns,a=(h?.blueCards.edges??[]).map(j=>j.node),m=h?L(f,h.blueCards.pageInfo):null;return e.jsxs("section",{"aria-labelledby":`chair-${i}`,children:[e.jsx("h3",{id:`chair-${i}`,ref:x,tabIndex:-1,children:t}),l&&!h&&e.jsxs("p",{role:"alert",children:[n.casesError," ",e.jsx(w,{className:"button secondary",onPress:()=>N({requestPolicy:"network-only"}),children:n.retry})]}),!h&&!l&&e.jsx("p",{role:"status",children:n.loadingCases}),m&&(a.length===0&&m.page===1?e.jsx("p",{children:r}):e.jsxs(e.Fragment,{children:[e.jsx("p",{className:"muted",children:m.page===1&&!m.next?n.found(C(a.length,n.cards)):n.pageOf(m.page,C(a.length,n.cards))}),e.jsxs("table",{className:"cards",children:[e.jsx("thead",{children:e.jsxs("tr",{children:[e.jsx("th",{scope:"col",children:p.people}),e.jsx("th",{scope:"col",children:p.status}),e.jsx("th",{scope:"col",children:p.initiatedOn}),e.jsx("th",{scope:"col",children:p.deadline})]})}),e.jsx("tbody",{children:a.map(j=>{const u=H(j.deadlines,c);return e.jsxs("tr",{children:[e.jsx("th",{scope:"row",children:e.jsx("a",{href:_.card(j.id),children:j.persons.filter(o=>o.role==="VICTIM").map(o=>`${o.firstName} ${o.lastName}`).join(", ")||n.noVictimNamed})}),e.jsx("td",{children:n.status[j.status]??j.status}),e.jsx("td",{children:z(j.initiatedOn)}),e.jsx("td",{children:u?e.jsxs("span",{className:`deadline ${u.urgency}`,children:[u.urgency==="overdue"&&e.jsx("strong",{className:"flag",children:n.overdue(C(-u.days,n.days))}),e.jsxs("span",{children:[n.deadlineKind[u.kind]??u.kind," ",n.dueOn(z(u.dueOn))]})]}):e.jsx("span",{className:"muted",children:n.noDeadline})})]},j.id)})})]}),(m.previous||m.next)&&e.jsxs("div",{className:"pager",children:[m.previous&&e.jsx(w,{className:"button secondary",onPress:()=>y(Q),children:n.previousPage}),m.next&&e.jsx(w,{className:"button secondary",onPress:()=>y(j=>B(j,m.next)),children:n.nextPage})]})]}))]})}const me=D(`
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
`),T=s=>n.errors[s]??n.unknownError(s);function ue({team:s,onDone:i}){const[t,r]=g.useState(!1);return e.jsxs("div",{className:"record-meeting",children:[e.jsx(w,{className:"button secondary","aria-expanded":t,onPress:()=>r(!t),children:n.recordMeeting}),t&&e.jsx(he,{team:s,onCancel:()=>r(!1),onDone:d=>{r(!1),i(d)}})]})}function he({team:s,onCancel:i,onDone:t}){const r=q(),[d,f]=g.useState(()=>({...X(),heldOn:S()})),[b,h]=g.useState(!1),[l,N]=g.useState(!1),[x,y]=g.useState(null),c=o=>f($=>({...$,...o})),p=ee(d),a=x?.kind==="refused"?x.problems:{},m=o=>a[o]??(o==="heldOn"||b?p[o]:void 0),j=async o=>{if(o.preventDefault(),h(!0),Object.keys(p).length>0)return;N(!0);const $=await r.mutation(me,{input:ne(s.id,s.members.map(W=>W.id),d)}).toPromise();N(!1);const F=J({error:$.error,payload:$.data?.recordTeamMeeting??null});y(F),F.kind==="done"&&t(d.heldOn)},u=b?Object.entries({...p,...a}):[];return e.jsxs("form",{className:"action-form","aria-label":n.recordMeeting,onSubmit:o=>{j(o)},noValidate:!0,children:[e.jsxs("div",{role:"alert",className:u.length>0||x&&x.kind!=="done"&&x.kind!=="refused"?"summary":void 0,children:[u.length>0&&e.jsxs(e.Fragment,{children:[e.jsx("p",{children:n.problems}),e.jsx("ul",{children:u.map(([o,$])=>e.jsx("li",{children:T($)},o))})]}),x?.kind==="forbidden"&&e.jsx("p",{children:n.forbidden}),(x?.kind==="failed"||x?.kind==="conflict")&&e.jsx("p",{children:n.failed})]}),e.jsxs(P,{className:"field",type:"date",value:d.heldOn,onChange:o=>c({heldOn:o}),isInvalid:!!m("heldOn"),children:[e.jsx(k,{children:n.heldOn}),e.jsx(E,{autoFocus:!0}),e.jsx(v,{slot:"description",className:"hint",children:n.heldOnHint}),e.jsx(M,{className:"error",children:T(m("heldOn")??"")})]}),e.jsxs(P,{className:"field",value:d.agenda,onChange:o=>c({agenda:o}),isInvalid:!!m("agenda"),isRequired:!0,validationBehavior:"aria",children:[e.jsx(k,{children:n.agenda}),e.jsx(U,{rows:3}),e.jsx(v,{slot:"description",className:"hint",children:n.agendaHint}),e.jsx(M,{className:"error",children:T(m("agenda")??"")})]}),e.jsxs(P,{className:"field",value:d.minutes,onChange:o=>c({minutes:o}),isInvalid:!!m("minutes"),children:[e.jsx(k,{children:n.minutes}),e.jsx(U,{rows:5}),e.jsx(v,{slot:"description",className:"hint",children:n.minutesHint}),e.jsx(M,{className:"error",children:T(m("minutes")??"")})]}),e.jsxs(G,{className:"checks",value:[...d.present],onChange:o=>c({present:o}),children:[e.jsx(k,{className:"group-label",children:n.attendance}),e.jsx(v,{slot:"description",className:"hint",children:n.attendanceHint}),s.members.map(o=>e.jsxs(Y,{value:o.id,className:"check",children:[e.jsx("span",{className:"box","aria-hidden":"true"}),n.attendanceOption(o.displayName??n.unknownPerson,n.institutionKind[o.institution]??o.institution)]},o.id))]}),e.jsxs("div",{className:"actions",children:[e.jsx(w,{type:"submit",className:"button primary",isDisabled:l,children:l?n.sending:n.submit}),e.jsx(w,{className:"button secondary",onPress:i,children:n.cancel})]})]})}const pe=D(`
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
`);function $e(){const[s,i]=g.useState(null),[{data:t,fetching:r,error:d},f]=R({query:pe,variables:{after:s}}),[b,h]=g.useState(null),[l,N]=g.useState(0),x=g.useRef(null);g.useEffect(()=>{document.title=n.documentTitle},[]),g.useEffect(()=>{b&&x.current?.focus()},[b]);const y=()=>f({requestPolicy:"network-only"});if(!t&&r)return e.jsx("p",{role:"status",children:n.loading});if(!t)return e.jsxs(e.Fragment,{children:[e.jsx("h1",{children:n.title}),e.jsxs("p",{role:"alert",children:[n.loadError," ",e.jsx(w,{className:"button secondary",onPress:y,children:n.retry})]})]});const c=t.teams[0];if(!c)return e.jsxs(e.Fragment,{children:[e.jsx("h1",{children:n.title}),e.jsx("p",{children:n.noTeam})]});const p=t.viewer.user?.id,a=!!p&&c.chair?.userId===p,m=a||t.viewer.roles.includes("TENANT_ADMIN"),j=c.members.some(u=>u.userId===p&&!!u.confidentialitySignedOn);return e.jsxs(e.Fragment,{children:[e.jsx("h1",{children:c.name}),d&&e.jsx("p",{role:"alert",children:n.loadError}),e.jsx("p",{role:"status",ref:x,tabIndex:-1,className:b?"notice":void 0,children:b}),e.jsxs("dl",{className:"facts","aria-label":n.summary,children:[e.jsxs("div",{children:[e.jsx("dt",{children:n.title}),e.jsx("dd",{children:n.act(c.actNumber,z(c.actIssuedOn))})]}),e.jsxs("div",{children:[e.jsx("dt",{children:n.meetings}),e.jsx("dd",{children:c.lastMeetingOn?n.lastMeeting(z(c.lastMeetingOn)):n.noMeetingYet})]})]}),c.warnings.length>0&&e.jsx(I,{id:"warnings",title:n.warningsTitle,children:e.jsx("ul",{children:c.warnings.map(u=>e.jsx("li",{className:"warning",children:n.warning[u.code]??n.unknownWarning(u.code)},u.code))})}),a&&e.jsx(le,{}),e.jsx(je,{team:c}),e.jsxs(I,{id:"meetings",title:n.meetings,children:[m&&e.jsx(ue,{team:c,onDone:u=>{h(n.recorded(z(u))),N(o=>o+1),i(null),y()}}),e.jsx(xe,{team:c,mayReadMinutes:j}),c.meetings.pageInfo.hasNextPage&&e.jsx(w,{className:"button secondary",onPress:()=>i(c.meetings.pageInfo.endCursor??null),children:n.moreMeetings})]}),e.jsx(ae,{teamId:c.id},l)]})}function je({team:s}){const i=n.memberColumns;return e.jsxs(I,{id:"members",title:n.members,children:[e.jsx("p",{className:"muted",children:C(s.members.length,n.memberCount)}),e.jsxs("table",{className:"cards",children:[e.jsx("thead",{children:e.jsxs("tr",{children:[e.jsx("th",{scope:"col",children:i.name}),e.jsx("th",{scope:"col",children:i.institution}),e.jsx("th",{scope:"col",children:i.institutionName}),e.jsx("th",{scope:"col",children:i.statement}),e.jsx("th",{scope:"col",children:i.joined})]})}),e.jsx("tbody",{children:s.members.map(t=>e.jsxs("tr",{children:[e.jsxs("th",{scope:"row",children:[t.displayName??n.unknownPerson,t.chair&&e.jsx("strong",{className:"badge",children:` (${n.chairMark})`})]}),e.jsx("td",{children:n.institutionKind[t.institution]??t.institution}),e.jsx("td",{children:t.institutionName}),e.jsx("td",{children:t.confidentialitySignedOn?n.signedOn(z(t.confidentialitySignedOn)):n.notSigned}),e.jsx("td",{children:z(t.joinedOn)})]},t.id))})]})]})}function xe({team:s,mayReadMinutes:i}){const t=s.meetings.nodes;return t.length===0?e.jsx("p",{children:n.noMeetings}):e.jsx("ul",{className:"meetings",children:t.map(r=>{const d=r.attendance.filter(h=>h.present),f=r.attendance.filter(h=>!h.present),b=h=>h.map(l=>l.member.displayName??n.unknownPerson).join(", ")||n.nobody;return e.jsx("li",{children:e.jsxs("article",{"aria-labelledby":`meeting-${r.id}`,children:[e.jsx("h3",{id:`meeting-${r.id}`,children:n.meetingTitle(z(r.heldOn))}),e.jsxs("dl",{children:[e.jsx("dt",{children:n.agenda}),e.jsx("dd",{children:r.agenda}),e.jsx("dt",{children:n.presentCount(C(d.length,n.persons),r.attendance.length)}),e.jsxs("dd",{children:[n.present,": ",b(d),"; ",n.absent,": ",b(f)]}),e.jsx("dt",{children:n.minutes}),e.jsx("dd",{children:r.minutes??(i?n.noMinutes:n.minutesHidden)})]})]})},r.id)})})}export{$e as TeamPage};
