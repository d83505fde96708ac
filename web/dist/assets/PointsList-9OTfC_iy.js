import{a,j as e}from"./session-xi3aDFnN.js";import{W as m,a1 as p,a3 as x,R as d,X as j,g as y}from"./app-Cb71uQ7i.js";import{t as s}from"./texts-CzwjX2tL.js";import"./client-CNtUrJ3e.js";const f=y(`
  query MyHelpPoints {
    viewer {
      municipality {
        name
        slug
      }
    }
    myHelpPoints {
      id
      name
      kind
      published
      updatedAt
    }
  }
`);function w(){const[{data:i,fetching:l,error:c},h]=m({query:f,requestPolicy:"cache-and-network"}),[u]=a.useState(()=>window.history.state?.notice??"");a.useEffect(()=>{document.title=s.listDocumentTitle},[]);const o=c?.graphQLErrors.some(t=>t.extensions?.code==="FORBIDDEN")??!1,n=i?.myHelpPoints??[],r=i?.viewer.municipality;return e.jsxs(e.Fragment,{children:[e.jsx("h1",{children:s.listTitle}),r&&e.jsxs("p",{className:"muted",children:[s.municipality(r.name)," ·"," ",e.jsx("a",{href:p({kind:"municipality",slug:r.slug}),children:s.publicPage})]}),e.jsx("p",{children:s.listIntro}),e.jsx("p",{role:"status",className:"status-line",children:l&&!i?s.loading:u}),o?e.jsx("p",{role:"alert",children:s.forbidden}):c&&!l?e.jsx(x,{text:s.loadError,retry:s.retry,onRetry:()=>h({requestPolicy:"network-only"})}):null,!o&&e.jsx("p",{children:e.jsx("a",{className:"button primary",href:d.newPoint,children:s.add})}),i&&n.length===0&&e.jsx("p",{children:s.empty}),n.length>0&&e.jsxs("table",{className:"cards",children:[e.jsxs("caption",{className:"visually-hidden",children:[s.listTitle,": ",s.count(n.length)]}),e.jsx("thead",{children:e.jsxs("tr",{children:[e.jsx("th",{scope:"col",children:s.columns.name}),e.jsx("th",{scope:"col",children:s.columns.kind}),e.jsx("th",{scope:"col",children:s.columns.status}),e.jsx("th",{scope:"col",children:s.columns.changed})]})}),e.jsx("tbody",{children:n.map(t=>e.jsxs("tr",{children:[e.jsx("th",{scope:"row",children:e.jsx("a",{href:d.point(t.id),children:t.name})}),e.jsx("td",{children:s.kinds[t.kind]??t.kind}),e.jsx("td",{children:t.published?s.published:s.draft}),e.jsx("td",{children:j(t.updatedAt)})]},t.id))})]})]})}export{w as PointsList};
