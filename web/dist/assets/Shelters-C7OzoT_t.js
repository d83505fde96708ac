import{a as m,j as e}from"./session-xi3aDFnN.js";import{Z as f,W as w,$ as y,X as P,u as $,_ as N,O as z,a0 as v,U as g,g as b}from"./app-Cb71uQ7i.js";import"./client-CNtUrJ3e.js";const x={one:"wolne miejsce",few:"wolne miejsca",many:"wolnych miejsc",other:"wolnego miejsca"},s={documentTitle:"Miejsca w schronieniach — Ostoja",title:"Miejsca w schronieniach",intro:"Wolne miejsca w punktach gminy, które dają schronienie, i kiedy je policzono.",municipality:n=>`Gmina: ${n}`,loading:"Wczytywanie…",loadError:"Nie udało się wczytać miejsc w schronieniach.",retry:"Spróbuj ponownie",forbidden:"Tę listę widzą przewodniczący zespołu, pracownicy socjalni, redaktorzy informatora i administrator gminy.",empty:"Gmina nie ma punktów, które dają schronienie.",columns:{point:"Punkt",free:"Wolne miejsca",counted:"Policzono",shown:"Mieszkańcy widzą „są miejsca”",update:"Nowa liczba"},draft:"(szkic, niewidoczny publicznie)",free:n=>n===0?"brak wolnych miejsc":f(n,x),notCounted:"nie policzono",yes:"tak",no:"nie",newCount:n=>`Wolne miejsca teraz — ${n}`,save:"Zapisz",saving:"Zapisywanie…",saved:(n,a)=>`Zapisano: ${n} — ${a===0?"brak wolnych miejsc":f(a,x)}.`,notANumber:"Podaj liczbę całkowitą: 0 lub więcej.",saveFailed:"Nie udało się zapisać. Spróbuj ponownie."},k=b(`
  query Shelters {
    viewer {
      roles
      municipality {
        name
      }
    }
    shelterPoints {
      id
      name
      published
      shelterPlaces {
        free
        updatedAt
        shownToPublic
      }
    }
  }
`),S=b(`
  mutation UpdateShelterPlaces($input: UpdateShelterPlacesInput!) {
    updateShelterPlaces(input: $input) {
      helpPoint {
        id
        shelterPlaces {
          free
          updatedAt
          shownToPublic
        }
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);function I(){const[{data:n,fetching:a,error:c},o]=w({query:k}),[l,r]=m.useState("");m.useEffect(()=>{document.title=s.documentTitle},[]);const d=c?.graphQLErrors.some(t=>t.extensions?.code==="FORBIDDEN")??!1,u=n?.viewer.roles??[],h=u.includes("DIRECTORY_EDITOR")||u.includes("TENANT_ADMIN"),i=n?.shelterPoints??[];return e.jsxs(e.Fragment,{children:[e.jsx("h1",{children:s.title}),n?.viewer.municipality&&e.jsx("p",{className:"muted",children:s.municipality(n.viewer.municipality.name)}),e.jsx("p",{children:s.intro}),e.jsx("p",{role:"status",className:"status-line",children:a?s.loading:l}),d?e.jsx("p",{role:"alert",children:s.forbidden}):c&&!a?e.jsxs("p",{role:"alert",children:[s.loadError," ",e.jsx(y,{className:"button secondary",onPress:()=>o({requestPolicy:"network-only"}),children:s.retry})]}):null,n&&i.length===0&&e.jsx("p",{children:s.empty}),i.length>0&&e.jsxs("table",{className:"cards",children:[e.jsx("caption",{className:"visually-hidden",children:s.title}),e.jsx("thead",{children:e.jsxs("tr",{children:[e.jsx("th",{scope:"col",children:s.columns.point}),e.jsx("th",{scope:"col",children:s.columns.free}),e.jsx("th",{scope:"col",children:s.columns.counted}),e.jsx("th",{scope:"col",children:s.columns.shown}),h&&e.jsx("th",{scope:"col",children:s.columns.update})]})}),e.jsx("tbody",{children:i.map(t=>e.jsxs("tr",{children:[e.jsxs("th",{scope:"row",children:[t.name," ",t.published===!1&&e.jsx("span",{className:"muted",children:s.draft})]}),e.jsx("td",{children:t.shelterPlaces?s.free(t.shelterPlaces.free):s.notCounted}),e.jsx("td",{children:t.shelterPlaces?P(t.shelterPlaces.updatedAt):"—"}),e.jsx("td",{children:t.shelterPlaces?t.shelterPlaces.shownToPublic?s.yes:s.no:"—"}),h&&e.jsx("td",{children:e.jsx(E,{point:t,onSaved:r})})]},t.id))})]})]})}function E({point:n,onSaved:a}){const[c,o]=m.useState(""),[l,r]=m.useState(null),[{fetching:d},u]=$(S),h=async i=>{i.preventDefault();const t=c.trim();if(!/^-?\d+$/.test(t)){r(s.notANumber);return}const p=Number(t),j=(await u({input:{id:n.id,freePlaces:p}})).data?.updateShelterPlaces;if(!j){r(s.saveFailed);return}if(j.userErrors.length>0){r(s.notANumber);return}r(null),o(""),a(s.saved(n.name,p))};return e.jsxs("form",{className:"count-form",onSubmit:i=>{h(i)},noValidate:!0,children:[e.jsxs(N,{className:"field",value:c,onChange:i=>{o(i),r(null)},isInvalid:l!==null,inputMode:"numeric",children:[e.jsx(z,{className:"visually-hidden",children:s.newCount(n.name)}),e.jsx(v,{size:4}),e.jsx(g,{className:"error",children:l})]}),e.jsx(y,{type:"submit",className:"button secondary",isDisabled:d,children:d?s.saving:s.save})]})}export{I as Shelters};
