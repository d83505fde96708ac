import{j as e,a as g}from"./session-xi3aDFnN.js";import{t as P,M as O,W as S,_ as E,O as M,a0 as R,U as W,$ as N,V as z,Z as k,g as I,Y as _,R as H,N as q,T,P as V,Q as K,S as Z}from"./app-SSy4SrgR.js";import{t as Q}from"./texts-oNINnaqC.js";import{f as L,c as B,p as G,a as Y,n as J}from"./paging-CSGxm-Uk.js";import{o as X}from"./actions-D-h9w59P.js";import"./client-CNtUrJ3e.js";import"./userErrors-BxTecZ1R.js";const ee=()=>({heldOn:"",agenda:"",minutes:"",present:[]});function ne(s,t=P()){const i={};return s.heldOn===""?i.heldOn="REQUIRED":/^\d{4}-\d{2}-\d{2}$/.test(s.heldOn)?s.heldOn>t&&(i.heldOn="IN_FUTURE"):i.heldOn="INVALID_DATE",s.agenda.trim()===""&&(i.agenda="REQUIRED"),i}function se(s,t,i){const r=i.minutes.trim();return{teamId:s,heldOn:i.heldOn,agenda:i.agenda.trim(),minutes:r===""?null:r,attendance:t.map(d=>({memberId:d,present:i.present.includes(d)}))}}function te(s=P()){const[t,i,r]=s.split("-").map(Number),d=new Date(Date.UTC(t,i-1-3,1)),f=new Date(Date.UTC(d.getUTCFullYear(),d.getUTCMonth()+1,0)).getUTCDate();return d.setUTCDate(Math.min(r,f)),{from:d.toISOString().slice(0,10),to:s}}function ie(s){return s.filter(t=>t.present<t.meetings).map(t=>({member:t.member,missed:t.meetings-t.present,meetings:t.meetings})).sort((t,i)=>i.missed-t.missed)}function C({id:s,title:t,children:i}){return e.jsxs("section",{"aria-labelledby":`team-${s}`,children:[e.jsx("h2",{id:`team-${s}`,children:t}),i]})}const n={documentTitle:"Zespół interdyscyplinarny — Ostoja",title:"Zespół interdyscyplinarny",loading:"Wczytywanie zespołu…",loadError:"Nie udało się wczytać zespołu. Spróbuj ponownie.",retry:"Spróbuj ponownie",noTeam:"Gmina nie powołała jeszcze zespołu interdyscyplinarnego.",act:(s,t)=>`Powołany: ${s} z dnia ${t}`,lastMeeting:s=>`Ostatnie posiedzenie: ${s}`,noMeetingYet:"Zespół nie odbył jeszcze posiedzenia.",summary:"Podstawowe informacje",warningsTitle:"Wymaga uwagi",warning:{NO_MEETING_FOR_THREE_MONTHS:"Zespół nie zebrał się od ponad trzech miesięcy (posiedzenia odbywają się nie rzadziej niż raz na trzy miesiące)."},unknownWarning:s=>`Wymaga uwagi (${s}).`,members:"Członkowie",memberCount:{one:"osoba",few:"osoby",many:"osób",other:"osoby"},memberColumns:{name:"Imię i nazwisko",institution:"Instytucja",institutionName:"Nazwa instytucji",statement:"Oświadczenie o zachowaniu poufności",joined:"W zespole od"},chairMark:"przewodniczący zespołu",signedOn:s=>`podpisane ${s}`,notSigned:"niepodpisane — nie może pracować w sprawach",unknownPerson:"—",institutionKind:Q.institutions,meetings:"Posiedzenia",noMeetings:"Nie zapisano posiedzeń.",meetingTitle:s=>`Posiedzenie ${s}`,agenda:"Porządek obrad",minutes:"Protokół",minutesHidden:"Protokół widzą członkowie zespołu, którzy podpisali oświadczenie o zachowaniu poufności.",noMinutes:"Nie zapisano protokołu.",presentCount:(s,t)=>`Obecni: ${s} z ${t}`,persons:{one:"osoba",few:"osoby",many:"osób",other:"osoby"},present:"Obecni",absent:"Nieobecni",nobody:"nikt",moreMeetings:"Pokaż starsze posiedzenia",recordMeeting:"Zapisz posiedzenie zespołu",heldOn:"Data posiedzenia",heldOnHint:"Format dd.mm.rrrr; nie później niż dziś.",agendaHint:"Sprawy omawiane na posiedzeniu.",minutesHint:"Widoczny tylko dla członków zespołu z podpisanym oświadczeniem.",attendance:"Obecność",attendanceHint:"Zaznacz członków obecnych na posiedzeniu; pozostali zostaną zapisani jako nieobecni.",attendanceOption:(s,t)=>`${s} — ${t}`,submit:"Zapisz posiedzenie",cancel:"Anuluj",sending:"Wysyłanie…",recorded:s=>`Zapisano posiedzenie z dnia ${s}.`,problems:"Popraw zaznaczone pola:",failed:"Nie udało się zapisać. Wpisane dane są zachowane, spróbuj ponownie.",forbidden:"Posiedzenia zapisuje przewodniczący zespołu.",errors:{REQUIRED:"To pole jest wymagane.",IN_FUTURE:"Posiedzenia nie można zapisać przed dniem, w którym się odbyło.",INVALID_DATE:"Podaj datę w formacie dd.mm.rrrr.",TOO_LONG:"Tekst jest za długi.",EMPTY:"To pole jest wymagane.",NOT_FOUND:"Nie znaleziono członka zespołu.",DUPLICATE:"Ta osoba jest na liście dwa razy.",INVALID:"Nieprawidłowa wartość."},unknownError:s=>`Popraw to pole (${s}).`,report:"Frekwencja",reportPeriod:(s,t)=>`Od ${s} do ${t}`,reportFrom:"Od dnia",reportTo:"Do dnia",showReport:"Pokaż frekwencję",reportColumns:{who:"Członek",meetings:"Posiedzenia",present:"Obecności",missed:"Nieobecności"},byInstitution:"Według instytucji",institutionColumns:{institution:"Instytucja",meetings:"Obecności możliwe",present:"Obecności"},noMeetingsInPeriod:"W tym okresie nie było posiedzeń.",missedTitle:"Nieobecni na posiedzeniach w tym okresie",missedLine:(s,t,i)=>`${s}: nieobecność na ${t} z ${i}`,meetingCount:{one:"posiedzeniu",few:"posiedzeniach",many:"posiedzeniach",other:"posiedzenia"},nobodyMissed:"Wszyscy członkowie byli obecni na każdym posiedzeniu.",reportProblem:"Data początkowa nie może być późniejsza niż końcowa.",chairCases:"Sprawy czekające na przewodniczącego",incoming:"Formularze NK-A przekazane przewodniczącemu",noIncoming:"Brak przekazanych formularzy.",overdueCases:"Karty z przekroczonym terminem",noOverdue:"Brak kart z przekroczonym terminem.",cards:O.cards,found:O.found,pageOf:(s,t)=>`Strona ${s}: ${t}.`,nextPage:"Następne",previousPage:"Poprzednie",loadingCases:"Wczytywanie kart…",casesColumns:{people:"Osoby doznające przemocy",status:"Status",initiatedOn:"Wszczęta",deadline:"Termin"},noVictimNamed:"—",status:O.status,deadlineKind:O.deadlineKind,days:O.days,overdue:O.overdue,dueOn:O.dueOn,noDeadline:O.noDeadline,casesError:"Nie udało się wczytać spraw. Spróbuj ponownie."},ae=I(`
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
`);function re({teamId:s}){const[t,i]=g.useState(te),[r,d]=g.useState(t),[{data:f,fetching:b,error:p}]=S({query:ae,variables:t,requestPolicy:"cache-and-network"}),l=f?.teams.find(a=>a.id===s)?.attendanceReport,w=r.from!==""&&r.to!==""&&r.from>r.to,x=a=>{a.preventDefault(),!w&&r.from&&r.to&&i(r)},y=l?ie(l.byMember):[],c=l?Math.max(0,...l.byMember.map(a=>a.meetings)):0,h=n.reportColumns;return e.jsxs(C,{id:"attendance",title:n.report,children:[e.jsxs("form",{className:"filters",onSubmit:x,"aria-label":n.report,noValidate:!0,children:[e.jsxs(E,{className:"field",type:"date",value:r.from,onChange:a=>d(m=>({...m,from:a})),isInvalid:w,children:[e.jsx(M,{children:n.reportFrom}),e.jsx(R,{}),e.jsx(W,{className:"error",children:n.reportProblem})]}),e.jsxs(E,{className:"field",type:"date",value:r.to,onChange:a=>d(m=>({...m,to:a})),children:[e.jsx(M,{children:n.reportTo}),e.jsx(R,{})]}),e.jsx("div",{className:"actions",children:e.jsx(N,{type:"submit",className:"button secondary",children:n.showReport})})]}),e.jsx("div",{"aria-live":"polite",className:"status-line",children:b&&!l?n.loading:l?n.reportPeriod(z(l.from),z(l.to)):""}),p&&!l&&e.jsx("p",{role:"alert",children:n.loadError}),l&&c===0&&e.jsx("p",{children:n.noMeetingsInPeriod}),l&&c>0&&e.jsxs(e.Fragment,{children:[e.jsx("h3",{children:n.missedTitle}),y.length===0?e.jsx("p",{children:n.nobodyMissed}):e.jsx("ul",{"data-testid":"missed-meetings",children:y.map(a=>e.jsx("li",{children:n.missedLine(a.member.displayName??n.unknownPerson,k(a.missed,n.meetingCount),a.meetings)},a.member.id))}),e.jsxs("table",{className:"cards",children:[e.jsx("caption",{className:"visually-hidden",children:n.report}),e.jsx("thead",{children:e.jsxs("tr",{children:[e.jsx("th",{scope:"col",children:h.who}),e.jsx("th",{scope:"col",children:h.meetings}),e.jsx("th",{scope:"col",children:h.present}),e.jsx("th",{scope:"col",children:h.missed})]})}),e.jsx("tbody",{children:l.byMember.map(a=>e.jsxs("tr",{children:[e.jsx("th",{scope:"row",children:a.member.displayName??n.unknownPerson}),e.jsx("td",{children:a.meetings}),e.jsx("td",{children:a.present}),e.jsx("td",{children:a.meetings-a.present})]},a.member.id))})]}),e.jsx("h3",{children:n.byInstitution}),e.jsxs("table",{className:"cards",children:[e.jsx("caption",{className:"visually-hidden",children:n.byInstitution}),e.jsx("thead",{children:e.jsxs("tr",{children:[e.jsx("th",{scope:"col",children:n.institutionColumns.institution}),e.jsx("th",{scope:"col",children:n.institutionColumns.meetings}),e.jsx("th",{scope:"col",children:n.institutionColumns.present})]})}),e.jsx("tbody",{children:l.byInstitution.map(a=>e.jsxs("tr",{children:[e.jsx("th",{scope:"row",children:n.institutionKind[a.institution]??a.institution}),e.jsx("td",{children:a.meetings}),e.jsx("td",{children:a.present})]},a.institution))})]})]})]})}const oe=I(`
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
`),de=25,ce={status:"SENT_TO_CHAIR"},le={overdue:!0};function me(){return e.jsxs(C,{id:"chair",title:n.chairCases,children:[e.jsx(F,{id:"incoming",title:n.incoming,empty:n.noIncoming,filter:ce}),e.jsx(F,{id:"overdue",title:n.overdueCases,empty:n.noOverdue,filter:le})]})}function F(s){const{id:t,title:i,empty:r,filter:d}=s,[f,b]=g.useState(L),[{data:p,error:l},w]=S({query:oe,variables:{first:de,after:B(f),filter:d},requestPolicy:"cache-and-network"}),x=g.useRef(null),y=j=>{b(j),x.current?.focus()},c=P(),h=n.casesColumns,a=(p?.blueCards.edges??[]).map(j=>j.node),m=p?G(f,p.blueCards.pageInfo):null;return e.jsxs("section",{"aria-labelledby":`chair-${t}`,children:[e.jsx("h3",{id:`chair-${t}`,ref:x,tabIndex:-1,children:i}),l&&!p&&e.jsxs("p",{role:"alert",children:[n.casesError," ",e.jsx(N,{className:"button secondary",onPress:()=>w({requestPolicy:"network-only"}),children:n.retry})]}),!p&&!l&&e.jsx("p",{role:"status",children:n.loadingCases}),m&&(a.length===0&&m.page===1?e.jsx("p",{children:r}):e.jsxs(e.Fragment,{children:[e.jsx("p",{className:"muted",children:m.page===1&&!m.next?n.found(k(a.length,n.cards)):n.pageOf(m.page,k(a.length,n.cards))}),e.jsxs("table",{className:"cards",children:[e.jsx("thead",{children:e.jsxs("tr",{children:[e.jsx("th",{scope:"col",children:h.people}),e.jsx("th",{scope:"col",children:h.status}),e.jsx("th",{scope:"col",children:h.initiatedOn}),e.jsx("th",{scope:"col",children:h.deadline})]})}),e.jsx("tbody",{children:a.map(j=>{const u=_(j.deadlines,c);return e.jsxs("tr",{children:[e.jsx("th",{scope:"row",children:e.jsx("a",{href:H.card(j.id),children:j.persons.filter(o=>o.role==="VICTIM").map(o=>`${o.firstName} ${o.lastName}`).join(", ")||n.noVictimNamed})}),e.jsx("td",{children:n.status[j.status]??j.status}),e.jsx("td",{children:z(j.initiatedOn)}),e.jsx("td",{children:u?e.jsxs("span",{className:`deadline ${u.urgency}`,children:[u.urgency==="overdue"&&e.jsx("strong",{className:"flag",children:n.overdue(k(-u.days,n.days))}),e.jsxs("span",{children:[n.deadlineKind[u.kind]??u.kind," ",n.dueOn(z(u.dueOn))]})]}):e.jsx("span",{className:"muted",children:n.noDeadline})})]},j.id)})})]}),(m.previous||m.next)&&e.jsxs("div",{className:"pager",children:[m.previous&&e.jsx(N,{className:"button secondary",onPress:()=>y(Y),children:n.previousPage}),m.next&&e.jsx(N,{className:"button secondary",onPress:()=>y(j=>J(j,m.next)),children:n.nextPage})]})]}))]})}const ue=I(`
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
`),U=s=>n.errors[s]??n.unknownError(s),v=s=>s?U(s):void 0;function pe({team:s,onDone:t}){const[i,r]=g.useState(!1);return e.jsxs("div",{className:"record-meeting",children:[e.jsx(N,{className:"button secondary","aria-expanded":i,onPress:()=>r(!i),children:n.recordMeeting}),i&&e.jsx(he,{team:s,onCancel:()=>r(!1),onDone:d=>{r(!1),t(d)}})]})}function he({team:s,onCancel:t,onDone:i}){const r=q(),[d,f]=g.useState(()=>({...ee(),heldOn:P()})),[b,p]=g.useState(!1),[l,w]=g.useState(!1),[x,y]=g.useState(null),c=o=>f($=>({...$,...o})),h=ne(d),a=x?.kind==="refused"?x.problems:{},m=o=>a[o]??(o==="heldOn"||b?h[o]:void 0),j=async o=>{if(o.preventDefault(),p(!0),Object.keys(h).length>0)return;w(!0);const $=await r.mutation(ue,{input:se(s.id,s.members.map(A=>A.id),d)}).toPromise();w(!1);const D=X({error:$.error,payload:$.data?.recordTeamMeeting??null});y(D),D.kind==="done"&&i(d.heldOn)},u=b?Object.entries({...h,...a}):[];return e.jsxs("form",{className:"action-form","aria-label":n.recordMeeting,onSubmit:o=>{j(o)},noValidate:!0,children:[e.jsxs("div",{role:"alert",className:u.length>0||x&&x.kind!=="done"&&x.kind!=="refused"?"summary":void 0,children:[u.length>0&&e.jsxs(e.Fragment,{children:[e.jsx("p",{children:n.problems}),e.jsx("ul",{children:u.map(([o,$])=>e.jsx("li",{children:U($)},o))})]}),x?.kind==="forbidden"&&e.jsx("p",{children:n.forbidden}),(x?.kind==="failed"||x?.kind==="conflict")&&e.jsx("p",{children:n.failed})]}),e.jsx(T,{type:"date",autoComplete:null,label:n.heldOn,value:d.heldOn,onChange:o=>c({heldOn:o}),error:v(m("heldOn")),hint:n.heldOnHint,autoFocus:!0}),e.jsx(T,{type:null,autoComplete:null,label:n.agenda,value:d.agenda,onChange:o=>c({agenda:o}),error:v(m("agenda")),hint:n.agendaHint,rows:3,required:!0,validationBehavior:"aria"}),e.jsx(T,{type:null,autoComplete:null,label:n.minutes,value:d.minutes,onChange:o=>c({minutes:o}),error:v(m("minutes")),hint:n.minutesHint,rows:5}),e.jsxs(V,{className:"checks",value:[...d.present],onChange:o=>c({present:o}),children:[e.jsx(M,{className:"group-label",children:n.attendance}),e.jsx(K,{slot:"description",className:"hint",children:n.attendanceHint}),s.members.map(o=>e.jsxs(Z,{value:o.id,className:"check",children:[e.jsx("span",{className:"box","aria-hidden":"true"}),n.attendanceOption(o.displayName??n.unknownPerson,n.institutionKind[o.institution]??o.institution)]},o.id))]}),e.jsxs("div",{className:"actions",children:[e.jsx(N,{type:"submit",className:"button primary",isDisabled:l,children:l?n.sending:n.submit}),e.jsx(N,{className:"button secondary",onPress:t,children:n.cancel})]})]})}const je=I(`
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
`);function $e(){const[s,t]=g.useState(null),[{data:i,fetching:r,error:d},f]=S({query:je,variables:{after:s}}),[b,p]=g.useState(null),[l,w]=g.useState(0),x=g.useRef(null);g.useEffect(()=>{document.title=n.documentTitle},[]),g.useEffect(()=>{b&&x.current?.focus()},[b]);const y=()=>f({requestPolicy:"network-only"});if(!i&&r)return e.jsx("p",{role:"status",children:n.loading});if(!i)return e.jsxs(e.Fragment,{children:[e.jsx("h1",{children:n.title}),e.jsxs("p",{role:"alert",children:[n.loadError," ",e.jsx(N,{className:"button secondary",onPress:y,children:n.retry})]})]});const c=i.teams[0];if(!c)return e.jsxs(e.Fragment,{children:[e.jsx("h1",{children:n.title}),e.jsx("p",{children:n.noTeam})]});const h=i.viewer.user?.id,a=!!h&&c.chair?.userId===h,m=a||i.viewer.roles.includes("TENANT_ADMIN"),j=c.members.some(u=>u.userId===h&&!!u.confidentialitySignedOn);return e.jsxs(e.Fragment,{children:[e.jsx("h1",{children:c.name}),d&&e.jsx("p",{role:"alert",children:n.loadError}),e.jsx("p",{role:"status",ref:x,tabIndex:-1,className:b?"notice":void 0,children:b}),e.jsxs("dl",{className:"facts","aria-label":n.summary,children:[e.jsxs("div",{children:[e.jsx("dt",{children:n.title}),e.jsx("dd",{children:n.act(c.actNumber,z(c.actIssuedOn))})]}),e.jsxs("div",{children:[e.jsx("dt",{children:n.meetings}),e.jsx("dd",{children:c.lastMeetingOn?n.lastMeeting(z(c.lastMeetingOn)):n.noMeetingYet})]})]}),c.warnings.length>0&&e.jsx(C,{id:"warnings",title:n.warningsTitle,children:e.jsx("ul",{children:c.warnings.map(u=>e.jsx("li",{className:"warning",children:n.warning[u.code]??n.unknownWarning(u.code)},u.code))})}),a&&e.jsx(me,{}),e.jsx(xe,{team:c}),e.jsxs(C,{id:"meetings",title:n.meetings,children:[m&&e.jsx(pe,{team:c,onDone:u=>{p(n.recorded(z(u))),w(o=>o+1),t(null),y()}}),e.jsx(ge,{team:c,mayReadMinutes:j}),c.meetings.pageInfo.hasNextPage&&e.jsx(N,{className:"button secondary",onPress:()=>t(c.meetings.pageInfo.endCursor??null),children:n.moreMeetings})]}),e.jsx(re,{teamId:c.id},l)]})}function xe({team:s}){const t=n.memberColumns;return e.jsxs(C,{id:"members",title:n.members,children:[e.jsx("p",{className:"muted",children:k(s.members.length,n.memberCount)}),e.jsxs("table",{className:"cards",children:[e.jsx("thead",{children:e.jsxs("tr",{children:[e.jsx("th",{scope:"col",children:t.name}),e.jsx("th",{scope:"col",children:t.institution}),e.jsx("th",{scope:"col",children:t.institutionName}),e.jsx("th",{scope:"col",children:t.statement}),e.jsx("th",{scope:"col",children:t.joined})]})}),e.jsx("tbody",{children:s.members.map(i=>e.jsxs("tr",{children:[e.jsxs("th",{scope:"row",children:[i.displayName??n.unknownPerson,i.chair&&e.jsx("strong",{className:"badge",children:` (${n.chairMark})`})]}),e.jsx("td",{children:n.institutionKind[i.institution]??i.institution}),e.jsx("td",{children:i.institutionName}),e.jsx("td",{children:i.confidentialitySignedOn?n.signedOn(z(i.confidentialitySignedOn)):n.notSigned}),e.jsx("td",{children:z(i.joinedOn)})]},i.id))})]})]})}function ge({team:s,mayReadMinutes:t}){const i=s.meetings.nodes;return i.length===0?e.jsx("p",{children:n.noMeetings}):e.jsx("ul",{className:"meetings",children:i.map(r=>{const d=r.attendance.filter(p=>p.present),f=r.attendance.filter(p=>!p.present),b=p=>p.map(l=>l.member.displayName??n.unknownPerson).join(", ")||n.nobody;return e.jsx("li",{children:e.jsxs("article",{"aria-labelledby":`meeting-${r.id}`,children:[e.jsx("h3",{id:`meeting-${r.id}`,children:n.meetingTitle(z(r.heldOn))}),e.jsxs("dl",{children:[e.jsx("dt",{children:n.agenda}),e.jsx("dd",{children:r.agenda}),e.jsx("dt",{children:n.presentCount(k(d.length,n.persons),r.attendance.length)}),e.jsxs("dd",{children:[n.present,": ",b(d),"; ",n.absent,": ",b(f)]}),e.jsx("dt",{children:n.minutes}),e.jsx("dd",{children:r.minutes??(t?n.noMinutes:n.minutesHidden)})]})]})},r.id)})})}export{$e as TeamPage};
