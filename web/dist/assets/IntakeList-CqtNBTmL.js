import{a as d,j as e}from"./session-n7LnAU4d.js";import{a5 as D,Z as y,R as k,X as I,V as L,l as S,W as O,t as P,d as j,f as T,a as R,g as C,h as F,i as q,j as $}from"./app-CXbe19d6.js";import{D as K}from"./DeadlineState-CIGb6Evd.js";import{t as s}from"./texts-nxgVZb-d.js";import"./client-CNtUrJ3e.js";const h=s.notifications,U=S(`
  subscription IntakeAlerts {
    intakeResponseDeadlines {
      id
      kind
      dueOn
      intakeEntryId
      createdAt
    }
  }
`);function v(n){return h.item(h.kind[n.kind]??n.kind,L(n.dueOn))}function V({stored:n}){const[a,l]=d.useState([]),[c,m]=d.useState("");D({query:U},(i,o)=>{const u=o.intakeResponseDeadlines;return l(f=>f.some(b=>b.id===u.id)?f:[u,...f]),m(h.arrived(v(u))),o}),d.useEffect(()=>{if(!c)return;const i=window.setTimeout(()=>m(""),1e4);return()=>window.clearTimeout(i)},[c]);const r=d.useMemo(()=>{const i=new Set(a.map(o=>o.id));return[...a,...(n??[]).filter(o=>!i.has(o.id))]},[n,a]);return e.jsxs("section",{"aria-labelledby":"intake-notifications-title",className:"notifications",children:[e.jsxs("h2",{id:"intake-notifications-title",children:[h.title," ",n&&e.jsxs("span",{className:"counter",children:[y(r.length,h.count),a.length>0&&`, ${y(a.length,h.newOnes)}`]})]}),e.jsx("div",{role:"status","aria-live":"polite",className:"visually-hidden",children:c}),r.length===0?e.jsx("p",{className:"muted",children:n?h.none:s.loading}):e.jsx("ul",{className:"notice-list",children:r.map(i=>e.jsxs("li",{className:i.kind==="OVERDUE"?"overdue":"soon",children:[e.jsx("a",{href:k.intakeEntry(i.intakeEntryId),children:e.jsx("strong",{children:v(i)})})," ",e.jsxs("span",{className:"muted",children:["(",h.received(I(i.createdAt)),")"]})]},i.id))})]})}const _=S(`
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
`),x="ALL";function B(){const[n,a]=d.useState({}),[l,c]=d.useState([null]),m=l[l.length-1]??null,[{data:r,fetching:i,error:o},u]=O({query:_,variables:{filter:n,after:m}});d.useEffect(()=>{document.title=s.documentTitle},[]);const[f]=d.useState(()=>window.history.state?.notice??null),b=t=>{c([null]),a(t)},w=P(),p=r?.intakeEntries.edges.map(t=>t.node)??[],N=r?.viewer.roles??[],A=N.includes("INTAKE_STAFF")&&!N.includes("TENANT_ADMIN"),g=r?.intakeEntries.pageInfo;return e.jsxs(e.Fragment,{children:[e.jsx("h1",{children:s.title}),e.jsx("p",{className:"muted",children:s.intro}),f&&e.jsx("p",{role:"status",className:"notice",children:f}),A&&e.jsx("p",{children:e.jsx("a",{className:"button primary",href:k.newIntake,children:s.newEntry})}),e.jsx(V,{stored:r?.intakeNotifications.nodes??null}),e.jsx(M,{onApply:b}),e.jsx("div",{"aria-live":"polite",className:"status-line",children:i?s.loading:r?s.found(y(p.length,s.entries),l.length):""}),o&&!i&&e.jsxs("p",{role:"alert",children:[s.loadError," ",e.jsx(j,{className:"button secondary",onPress:()=>u({requestPolicy:"network-only"}),children:s.retry})]}),r&&p.length===0&&e.jsx("p",{children:s.empty}),p.length>0&&e.jsxs("table",{className:"cards",children:[e.jsx("caption",{className:"visually-hidden",children:s.title}),e.jsx("thead",{children:e.jsxs("tr",{children:[e.jsx("th",{scope:"col",children:s.columns.received}),e.jsx("th",{scope:"col",children:s.columns.kind}),e.jsx("th",{scope:"col",children:s.columns.channel}),e.jsx("th",{scope:"col",children:s.columns.urgency}),e.jsx("th",{scope:"col",children:s.columns.status}),e.jsx("th",{scope:"col",children:s.columns.due})]})}),e.jsx("tbody",{children:p.map(t=>e.jsxs("tr",{children:[e.jsx("th",{scope:"row",children:e.jsx("a",{href:k.intakeEntry(t.id),children:I(t.receivedAt)})}),e.jsx("td",{children:s.kind[t.kind]??t.kind}),e.jsx("td",{children:s.channel[t.channel]??t.channel}),e.jsx("td",{children:t.urgency==="ROUTINE"?s.urgency[t.urgency]:e.jsx("strong",{children:s.urgency[t.urgency]??t.urgency})}),e.jsx("td",{children:s.status[t.status]??t.status}),e.jsx("td",{children:e.jsx(K,{deadline:t.responseDeadline,today:w})})]},t.id))})]}),e.jsxs("div",{className:"actions paging",children:[l.length>1&&e.jsx(j,{className:"button secondary",onPress:()=>c(t=>t.slice(0,-1)),children:s.previous}),g?.hasNextPage&&g.endCursor&&e.jsx(j,{className:"button secondary",onPress:()=>c(t=>[...t,g.endCursor??null]),children:s.next})]})]})}function M({onApply:n}){const[a,l]=d.useState(x),[c,m]=d.useState(x),r=o=>{o.preventDefault();const u={};a!==x&&(u.status=a),c!==x&&(u.kind=c),n(u)},i=()=>{l(x),m(x),n({})};return e.jsxs("form",{className:"filters",onSubmit:r,"aria-labelledby":"intake-filters",noValidate:!0,children:[e.jsx("h2",{id:"intake-filters",children:s.filters}),e.jsx(E,{label:s.statusLabel,value:a,onChange:l,options:s.status}),e.jsx(E,{label:s.kindLabel,value:c,onChange:m,options:s.kind}),e.jsxs("div",{className:"actions",children:[e.jsx(j,{type:"submit",className:"button primary",children:s.apply}),e.jsx(j,{className:"button secondary",onPress:i,children:s.clear})]})]})}function E(n){return e.jsxs(T,{selectedKey:n.value,onSelectionChange:a=>n.onChange(String(a??x)),className:"field",children:[e.jsx(R,{children:n.label}),e.jsxs(j,{className:"select-button",children:[e.jsx(C,{}),e.jsx("span",{"aria-hidden":"true",children:" ▾"})]}),e.jsx(F,{className:"popover",children:e.jsxs(q,{className:"listbox",children:[e.jsx($,{id:x,className:"option",children:s.all}),Object.entries(n.options).map(([a,l])=>e.jsx($,{id:a,className:"option",children:l},a))]})})]})}export{B as IntakeList};
