import{a as o,j as e}from"./session-n7LnAU4d.js";import{W as E,t as S,R as g,Z as I,d,X as L,l as P,f as w,a as A,g as T,h as C,i as D,j as y}from"./app-D0K5oaHk.js";import{D as F}from"./DeadlineState-DeG9begW.js";import{t as s}from"./texts-B6rIt46V.js";import"./client-CNtUrJ3e.js";const O=P(`
  query IntakeList($filter: IntakeEntryFilter, $after: String) {
    viewer {
      roles
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
`),l="ALL";function M(){const[a,n]=o.useState({}),[r,c]=o.useState([null]),u=r[r.length-1]??null,[{data:i,fetching:x,error:m},h]=E({query:O,variables:{filter:a,after:u}});o.useEffect(()=>{document.title=s.documentTitle},[]);const[f]=o.useState(()=>window.history.state?.notice??null),$=t=>{c([null]),n(t)},k=S(),j=i?.intakeEntries.edges.map(t=>t.node)??[],b=i?.viewer.roles??[],v=b.includes("INTAKE_STAFF")&&!b.includes("TENANT_ADMIN"),p=i?.intakeEntries.pageInfo;return e.jsxs(e.Fragment,{children:[e.jsx("h1",{children:s.title}),e.jsx("p",{className:"muted",children:s.intro}),f&&e.jsx("p",{role:"status",className:"notice",children:f}),v&&e.jsx("p",{children:e.jsx("a",{className:"button primary",href:g.newIntake,children:s.newEntry})}),e.jsx(R,{onApply:$}),e.jsx("div",{"aria-live":"polite",className:"status-line",children:x?s.loading:i?s.found(I(j.length,s.entries),r.length):""}),m&&!x&&e.jsxs("p",{role:"alert",children:[s.loadError," ",e.jsx(d,{className:"button secondary",onPress:()=>h({requestPolicy:"network-only"}),children:s.retry})]}),i&&j.length===0&&e.jsx("p",{children:s.empty}),j.length>0&&e.jsxs("table",{className:"cards",children:[e.jsx("caption",{className:"visually-hidden",children:s.title}),e.jsx("thead",{children:e.jsxs("tr",{children:[e.jsx("th",{scope:"col",children:s.columns.received}),e.jsx("th",{scope:"col",children:s.columns.kind}),e.jsx("th",{scope:"col",children:s.columns.channel}),e.jsx("th",{scope:"col",children:s.columns.urgency}),e.jsx("th",{scope:"col",children:s.columns.status}),e.jsx("th",{scope:"col",children:s.columns.due})]})}),e.jsx("tbody",{children:j.map(t=>e.jsxs("tr",{children:[e.jsx("th",{scope:"row",children:e.jsx("a",{href:g.intakeEntry(t.id),children:L(t.receivedAt)})}),e.jsx("td",{children:s.kind[t.kind]??t.kind}),e.jsx("td",{children:s.channel[t.channel]??t.channel}),e.jsx("td",{children:t.urgency==="ROUTINE"?s.urgency[t.urgency]:e.jsx("strong",{children:s.urgency[t.urgency]??t.urgency})}),e.jsx("td",{children:s.status[t.status]??t.status}),e.jsx("td",{children:e.jsx(F,{deadline:t.responseDeadline,today:k})})]},t.id))})]}),e.jsxs("div",{className:"actions paging",children:[r.length>1&&e.jsx(d,{className:"button secondary",onPress:()=>c(t=>t.slice(0,-1)),children:s.previous}),p?.hasNextPage&&p.endCursor&&e.jsx(d,{className:"button secondary",onPress:()=>c(t=>[...t,p.endCursor??null]),children:s.next})]})]})}function R({onApply:a}){const[n,r]=o.useState(l),[c,u]=o.useState(l),i=m=>{m.preventDefault();const h={};n!==l&&(h.status=n),c!==l&&(h.kind=c),a(h)},x=()=>{r(l),u(l),a({})};return e.jsxs("form",{className:"filters",onSubmit:i,"aria-labelledby":"intake-filters",noValidate:!0,children:[e.jsx("h2",{id:"intake-filters",children:s.filters}),e.jsx(N,{label:s.statusLabel,value:n,onChange:r,options:s.status}),e.jsx(N,{label:s.kindLabel,value:c,onChange:u,options:s.kind}),e.jsxs("div",{className:"actions",children:[e.jsx(d,{type:"submit",className:"button primary",children:s.apply}),e.jsx(d,{className:"button secondary",onPress:x,children:s.clear})]})]})}function N(a){return e.jsxs(w,{selectedKey:a.value,onSelectionChange:n=>a.onChange(String(n??l)),className:"field",children:[e.jsx(A,{children:a.label}),e.jsxs(d,{className:"select-button",children:[e.jsx(T,{}),e.jsx("span",{"aria-hidden":"true",children:" ▾"})]}),e.jsx(C,{className:"popover",children:e.jsxs(D,{className:"listbox",children:[e.jsx(y,{id:l,className:"option",children:s.all}),Object.entries(a.options).map(([n,r])=>e.jsx(y,{id:n,className:"option",children:r},n))]})})]})}export{M as IntakeList};
