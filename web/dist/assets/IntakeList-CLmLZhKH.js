import{a as o,j as e}from"./session-xi3aDFnN.js";import{ab as L,Z as k,R as N,X as I,V as D,g as S,W as T,t as $,a3 as O,$ as j,ac as P}from"./app-Cb71uQ7i.js";import{D as R}from"./DeadlineState-DPiWQ6Xz.js";import{t}from"./texts-nxgVZb-d.js";import"./client-CNtUrJ3e.js";const h=t.notifications,F=S(`
  subscription IntakeAlerts {
    intakeResponseDeadlines {
      id
      kind
      dueOn
      intakeEntryId
      createdAt
    }
  }
`);function v(n){return h.item(h.kind[n.kind]??n.kind,D(n.dueOn))}function C({stored:n}){const[r,d]=o.useState([]),[l,m]=o.useState("");L({query:F},(i,c)=>{const u=c.intakeResponseDeadlines;return d(p=>p.some(y=>y.id===u.id)?p:[u,...p]),m(h.arrived(v(u))),c}),o.useEffect(()=>{if(!l)return;const i=window.setTimeout(()=>m(""),1e4);return()=>window.clearTimeout(i)},[l]);const a=o.useMemo(()=>{const i=new Set(r.map(c=>c.id));return[...r,...(n??[]).filter(c=>!i.has(c.id))]},[n,r]);return e.jsxs("section",{"aria-labelledby":"intake-notifications-title",className:"notifications",children:[e.jsxs("h2",{id:"intake-notifications-title",children:[h.title," ",n&&e.jsxs("span",{className:"counter",children:[k(a.length,h.count),r.length>0&&`, ${k(r.length,h.newOnes)}`]})]}),e.jsx("div",{role:"status","aria-live":"polite",className:"visually-hidden",children:l}),a.length===0?e.jsx("p",{className:"muted",children:n?h.none:t.loading}):e.jsx("ul",{className:"notice-list",children:a.map(i=>e.jsxs("li",{className:i.kind==="OVERDUE"?"overdue":"soon",children:[e.jsx("a",{href:N.intakeEntry(i.intakeEntryId),children:e.jsx("strong",{children:v(i)})})," ",e.jsxs("span",{className:"muted",children:["(",h.received(I(i.createdAt)),")"]})]},i.id))})]})}const q=S(`
  query IntakeList($filter: IntakeEntryFilter, $after: String) {
    viewer {
      roles
    }
    intakeNotifications(first: 20) {
      nodes {
        id
        kind
        dueOn
        intakeEntryId
        createdAt
      }
    }
    intakeEntries(first: 20, after: $after, filter: $filter) {
      edges {
        node {
          id
          receivedAt
          channel
          kind
          urgency
          status
          responseDeadline {
            dueOn
            state
            metOn
            metLate
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`),x="ALL";function W(){const[n,r]=o.useState({}),[d,l]=o.useState([null]),m=d[d.length-1]??null,[{data:a,fetching:i,error:c},u]=T({query:q,variables:{filter:n,after:m}});o.useEffect(()=>{document.title=t.documentTitle},[]);const[p]=o.useState(()=>window.history.state?.notice??null),y=s=>{l([null]),r(s)},w=$(),f=a?.intakeEntries.edges.map(s=>s.node)??[],b=a?.viewer.roles??[],A=b.includes("INTAKE_STAFF")&&!b.includes("TENANT_ADMIN"),g=a?.intakeEntries.pageInfo;return e.jsxs(e.Fragment,{children:[e.jsx("h1",{children:t.title}),e.jsx("p",{className:"muted",children:t.intro}),p&&e.jsx("p",{role:"status",className:"notice",children:p}),A&&e.jsx("p",{children:e.jsx("a",{className:"button primary",href:N.newIntake,children:t.newEntry})}),e.jsx(C,{stored:a?.intakeNotifications.nodes??null}),e.jsx(K,{onApply:y}),e.jsx("div",{"aria-live":"polite",className:"status-line",children:i?t.loading:a?t.found(k(f.length,t.entries),d.length):""}),c&&!i&&e.jsx(O,{text:t.loadError,retry:t.retry,onRetry:()=>u({requestPolicy:"network-only"})}),a&&f.length===0&&e.jsx("p",{children:t.empty}),f.length>0&&e.jsxs("table",{className:"cards",children:[e.jsx("caption",{className:"visually-hidden",children:t.title}),e.jsx("thead",{children:e.jsxs("tr",{children:[e.jsx("th",{scope:"col",children:t.columns.received}),e.jsx("th",{scope:"col",children:t.columns.kind}),e.jsx("th",{scope:"col",children:t.columns.channel}),e.jsx("th",{scope:"col",children:t.columns.urgency}),e.jsx("th",{scope:"col",children:t.columns.status}),e.jsx("th",{scope:"col",children:t.columns.due})]})}),e.jsx("tbody",{children:f.map(s=>e.jsxs("tr",{children:[e.jsx("th",{scope:"row",children:e.jsx("a",{href:N.intakeEntry(s.id),children:I(s.receivedAt)})}),e.jsx("td",{children:t.kind[s.kind]??s.kind}),e.jsx("td",{children:t.channel[s.channel]??s.channel}),e.jsx("td",{children:s.urgency==="ROUTINE"?t.urgency[s.urgency]:e.jsx("strong",{children:t.urgency[s.urgency]??s.urgency})}),e.jsx("td",{children:t.status[s.status]??s.status}),e.jsx("td",{children:e.jsx(R,{deadline:s.responseDeadline,today:w})})]},s.id))})]}),e.jsxs("div",{className:"actions paging",children:[d.length>1&&e.jsx(j,{className:"button secondary",onPress:()=>l(s=>s.slice(0,-1)),children:t.previous}),g?.hasNextPage&&g.endCursor&&e.jsx(j,{className:"button secondary",onPress:()=>l(s=>[...s,g.endCursor??null]),children:t.next})]})]})}function K({onApply:n}){const[r,d]=o.useState(x),[l,m]=o.useState(x),a=c=>{c.preventDefault();const u={};r!==x&&(u.status=r),l!==x&&(u.kind=l),n(u)},i=()=>{d(x),m(x),n({})};return e.jsxs("form",{className:"filters",onSubmit:a,"aria-labelledby":"intake-filters",noValidate:!0,children:[e.jsx("h2",{id:"intake-filters",children:t.filters}),e.jsx(E,{label:t.statusLabel,value:r,onChange:d,options:t.status}),e.jsx(E,{label:t.kindLabel,value:l,onChange:m,options:t.kind}),e.jsxs("div",{className:"actions",children:[e.jsx(j,{type:"submit",className:"button primary",children:t.apply}),e.jsx(j,{className:"button secondary",onPress:i,children:t.clear})]})]})}function E(n){return e.jsx(P,{...n,allKey:x,allLabel:t.all})}export{W as IntakeList};
