import{a as c,j as e}from"./session-xi3aDFnN.js";import{n as $,Z as _,t as F,V as H,a1 as I,a2 as C,g as A}from"./app-Cb71uQ7i.js";import"./client-CNtUrJ3e.js";const D="https://www.google.pl/",G=1500;function P(){document.title="",document.body.style.visibility="hidden",window.location.replace(D)}function U(n){$(n,!0)}function Y(){c.useEffect(()=>{let n=0;const l=a=>{if(a.key!=="Escape")return;const o=Date.now();o-n<G&&P(),n=o};return window.addEventListener("keydown",l),()=>window.removeEventListener("keydown",l)},[])}const i={brand:"Ostoja — gdzie szukać pomocy",skipToContent:"Przejdź do treści",quickExit:"Szybkie wyjście",quickExitHint:"Szybkie wyjście: przycisk na górze strony albo dwa razy klawisz Esc. Strona zniknie z historii przeglądarki.",chooseTitle:"Gdzie szukać pomocy",chooseIntro:"Jeśli doświadczasz przemocy domowej albo jesteś jej świadkiem, możesz dostać pomoc bezpłatnie. Wybierz gminę lub województwo, aby zobaczyć, gdzie jej szukać.",emergency:"W sytuacji zagrożenia życia lub zdrowia dzwoń pod numer alarmowy",emergencyNumber:"112",regionLink:n=>`Całe województwo: ${n}`,municipalitiesOf:n=>`Gminy — ${n}`,noRegions:"Informator nie obejmuje jeszcze żadnej gminy.",titleFor:n=>`Gdzie szukać pomocy — ${n}`,unknownPlace:"Nie znaleziono takiej gminy ani województwa w informatorze.",backToChoice:"Wybierz inną gminę lub województwo",loading:"Wczytywanie…",loadError:"Nie udało się wczytać informatora. Sprawdź połączenie i spróbuj ponownie.",retry:"Spróbuj ponownie",filtersTitle:"Zawęź listę",serviceLabel:"Forma pomocy",anyService:"każda",openNowLabel:"Tylko czynne teraz",found:n=>`Znaleziono: ${_(n,{one:"miejsce pomocy",few:"miejsca pomocy",many:"miejsc pomocy",other:"miejsca pomocy"})}.`,nothingFound:"Nic nie pasuje do wybranych warunków. Zmień filtry albo zadzwoń na infolinię.",helplinesTitle:"Infolinie ogólnopolskie",pointsTitle:"Miejsca pomocy",more:"Pokaż więcej",national:"infolinia ogólnopolska",openNow:"Czynne teraz",closedNow:"Teraz nieczynne",dayAndNight:"Czynne całą dobę, także w święta",hoursTitle:"Godziny otwarcia",hoursUnknown:"Godziny nie zostały podane — zadzwoń, aby zapytać.",closed:"nieczynne",closedOnHolidays:"W dni ustawowo wolne od pracy nieczynne.",exceptionsTitle:"Inne godziny w wybrane dni",address:"Adres",call:n=>`Zadzwoń: ${n}`,write:n=>`Napisz: ${n}`,website:"Strona internetowa",servicesTitle:"Pomoc",languagesTitle:"Języki",accessibilityTitle:"Dostępność",placesAvailable:"Wolne miejsca w schronieniu: są",noPlacesAvailable:"Wolne miejsca w schronieniu: brak",weekdays:{MONDAY:"poniedziałek",TUESDAY:"wtorek",WEDNESDAY:"środa",THURSDAY:"czwartek",FRIDAY:"piątek",SATURDAY:"sobota",SUNDAY:"niedziela"},services:{PSYCHOLOGICAL:"psychologiczna",LEGAL:"prawna",SOCIAL:"socjalna",PEDAGOGICAL:"pedagogiczna",MEDICAL:"medyczna",FAMILY_COUNSELLING:"poradnictwo rodzinne",THERAPY:"terapia",SUPPORT_GROUP:"grupa wsparcia",PERPETRATOR_PROGRAMME:"program dla osób stosujących przemoc",SHELTER:"schronienie"},kinds:{SOCIAL_WELFARE_OFFICE:"ośrodek pomocy społecznej",SOCIAL_WELFARE_BRANCH:"zespół lub sekcja ośrodka pomocy społecznej",CRISIS_INTERVENTION_POINT:"punkt interwencji kryzysowej",CRISIS_INTERVENTION_CENTRE:"ośrodek interwencji kryzysowej",SUPPORT_CENTRE:"specjalistyczny ośrodek wsparcia dla osób doznających przemocy",SHELTER:"schronienie, hostel",FAMILY_COUNSELLING:"poradnia rodzinna",POLICE:"policja",HEALTH_CARE:"ochrona zdrowia",NGO:"organizacja pozarządowa",HELPLINE:"telefon zaufania",OTHER:"inne"},accessibility:{STEP_FREE_ENTRANCE:"wejście bez schodów lub z podjazdem",ACCESSIBLE_TOILET:"toaleta dla osób z niepełnosprawnościami",SIGN_LANGUAGE:"tłumacz polskiego języka migowego",INDUCTION_LOOP:"pętla indukcyjna",ACCESSIBLE_PARKING:"miejsce parkingowe dla osób z niepełnosprawnościami"}};function T(n){return n.replace(/^0(\d)/,"$1")}function S(n){return n.length===0?i.closed:n.map(l=>`${T(l.opens)}–${T(l.closes)}`).join(", ")}function q(n){return!n.dayAndNight&&n.exceptions.length===0&&n.week.every(l=>l.ranges.length===0)}function M(n){return n.week.map(l=>({day:i.weekdays[l.day]??l.day,text:S(l.ranges)}))}function W(n,l=new Date){const a=F(l);return n.exceptions.filter(o=>o.date>=a).map(o=>({date:H(o.date),text:S(o.ranges)}))}const B=new Intl.DisplayNames(["pl"],{type:"language"});function K(n){try{return B.of(n)??n}catch{return n}}function v({point:n}){const l=`point-${n.id}`,a=n.hours,o=W(a),r=n.languages.filter(s=>s!=="pl");return e.jsxs("article",{className:"point","aria-labelledby":l,children:[e.jsx("h3",{id:l,children:n.name}),e.jsxs("p",{className:"kind",children:[n.national?i.national:i.kinds[n.kind]??n.kind," · ",e.jsx("strong",{className:n.openNow?"open":"closed",children:n.openNow?i.openNow:i.closedNow})]}),n.description&&e.jsx("p",{children:n.description}),(n.phones.length>0||n.email||n.web)&&e.jsxs("ul",{className:"contact",children:[n.phones.map(s=>e.jsx("li",{children:e.jsx("a",{className:"call",href:s.uri,children:i.call(s.number)})},s.uri)),n.email&&e.jsx("li",{children:e.jsx("a",{href:`mailto:${n.email}`,children:i.write(n.email)})}),n.web&&e.jsx("li",{children:e.jsx("a",{href:n.web,rel:"noopener noreferrer",children:i.website})})]}),n.address&&e.jsxs("p",{children:[e.jsxs("span",{className:"label",children:[i.address,": "]}),n.address.street,", ",n.address.postalCode?`${n.address.postalCode} `:"",n.address.city]}),n.placesAvailable!==null&&n.placesAvailable!==void 0&&e.jsx("p",{className:"places",children:n.placesAvailable?i.placesAvailable:i.noPlacesAvailable}),e.jsxs("div",{className:"hours",children:[e.jsx("p",{className:"label",children:i.hoursTitle}),a.dayAndNight?e.jsx("p",{children:i.dayAndNight}):q(a)?e.jsx("p",{children:i.hoursUnknown}):e.jsxs(e.Fragment,{children:[e.jsx("dl",{children:M(a).map(s=>e.jsxs("div",{children:[e.jsx("dt",{children:s.day}),e.jsx("dd",{children:s.text})]},s.day))}),!a.openOnPublicHolidays&&e.jsx("p",{children:i.closedOnHolidays}),o.length>0&&e.jsxs(e.Fragment,{children:[e.jsx("p",{className:"label",children:i.exceptionsTitle}),e.jsx("dl",{children:o.map(s=>e.jsxs("div",{children:[e.jsx("dt",{children:s.date}),e.jsx("dd",{children:s.text})]},s.date))})]})]})]}),n.services.length>0&&e.jsxs("p",{children:[e.jsxs("span",{className:"label",children:[i.servicesTitle,": "]}),n.services.map(s=>i.services[s]??s).join(", ")]}),r.length>0&&e.jsxs("p",{children:[e.jsxs("span",{className:"label",children:[i.languagesTitle,": "]}),["pl",...r].map(K).join(", ")]}),n.accessibility.length>0&&e.jsxs("p",{children:[e.jsxs("span",{className:"label",children:[i.accessibilityTitle,": "]}),n.accessibility.map(s=>i.accessibility[s]??s).join(", ")]})]})}const Z=A(`
  query HelpRegions {
    helpRegions {
      slug
      name
      municipalities {
        slug
        name
      }
    }
  }
`),V=A(`
  query HelpPage($municipality: String, $region: String, $service: HelpService, $openNow: Boolean, $after: String) {
    helpRegions {
      slug
      name
      municipalities {
        slug
        name
      }
    }
    helpPoints(municipality: $municipality, region: $region, service: $service, openNow: $openNow, first: 20, after: $after) {
      edges {
        node {
          id
          name
          kind
          national
          description
          address {
            street
            postalCode
            city
          }
          phones {
            number
            uri
          }
          email
          web
          hours {
            dayAndNight
            week {
              day
              ranges {
                opens
                closes
              }
            }
            exceptions {
              date
              ranges {
                opens
                closes
              }
            }
            openOnPublicHolidays
          }
          openNow
          services
          languages
          accessibility
          placesAvailable
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);function se({route:n}){Y();const l=I(n),a=c.useRef(!0);return c.useEffect(()=>{if(a.current){a.current=!1;return}document.getElementById("main")?.focus()},[l]),e.jsxs("div",{className:"help",children:[e.jsxs("header",{className:"help-top",children:[e.jsx("button",{type:"button",className:"quick-exit",onClick:P,children:i.quickExit}),e.jsx("a",{className:"skip",href:"#main",children:i.skipToContent}),e.jsx("span",{className:"brand",children:i.brand})]}),e.jsxs("main",{id:"main",tabIndex:-1,children:[e.jsx("p",{className:"muted exit-hint",children:i.quickExitHint}),n.kind==="choose"?e.jsx(J,{}):e.jsx(X,{route:n},l)]})]})}function m({to:n,children:l}){const a=I(n),o=r=>{r.button!==0||r.metaKey||r.ctrlKey||r.shiftKey||r.altKey||(r.preventDefault(),U(a))};return e.jsx("a",{href:a,onClick:o,children:l})}function x(){return e.jsxs("p",{className:"emergency",children:[i.emergency," ",e.jsx("a",{href:"tel:112",children:i.emergencyNumber}),"."]})}function J(){const[n,l]=c.useState("loading");return c.useEffect(()=>{document.title=i.chooseTitle;let a=!0;return C.query(Z,{}).toPromise().then(o=>a&&l(o.data?o.data.helpRegions:"error")),()=>{a=!1}},[]),e.jsxs("section",{"aria-labelledby":"help-title",children:[e.jsx("h1",{id:"help-title",children:i.chooseTitle}),e.jsx("p",{children:i.chooseIntro}),e.jsx(x,{}),n==="loading"?e.jsx("p",{role:"status",children:i.loading}):n==="error"?e.jsx("p",{role:"alert",children:i.loadError}):n.length===0?e.jsx("p",{children:i.noRegions}):n.map(a=>e.jsxs("section",{"aria-labelledby":`region-${a.slug}`,children:[e.jsx("h2",{id:`region-${a.slug}`,children:i.municipalitiesOf(a.name)}),e.jsxs("ul",{className:"choices",children:[a.municipalities.map(o=>e.jsx("li",{children:e.jsx(m,{to:{kind:"municipality",slug:o.slug},children:o.name})},o.slug)),e.jsx("li",{children:e.jsx(m,{to:{kind:"region",slug:a.slug},children:i.regionLink(a.name)})})]})]},a.slug))]})}function Q(n,l){if(n.kind==="region")return l.find(a=>a.slug===n.slug)?.name??null;if(n.kind==="municipality")for(const a of l){const o=a.municipalities.find(r=>r.slug===n.slug);if(o)return o.name}return null}function X({route:n}){const[l,a]=c.useState(""),[o,r]=c.useState(!1),[s,j]=c.useState("loading"),[L,w]=c.useState(!1),b=c.useId(),f=c.useId(),u=c.useRef(0),z=n.kind==="municipality"?n.slug:null,k=n.kind==="region"?n.slug:null,g=c.useCallback(async t=>(await C.query(V,{municipality:z,region:k,service:l===""?null:l,openNow:o?!0:null,after:t}).toPromise()).data??null,[z,k,l,o]),y=c.useCallback(async()=>{const t=++u.current;j("loading");const d=await g(null);t===u.current&&j(d?{regions:d.helpRegions,points:d.helpPoints.edges.map(h=>h.node),next:d.helpPoints.pageInfo.hasNextPage?d.helpPoints.pageInfo.endCursor??null:null}:"error")},[g]);c.useEffect(()=>{y()},[y]);const R=async t=>{const d=u.current;w(!0);const h=await g(t.next);w(!1),!(!h||d!==u.current)&&j({...t,points:[...t.points,...h.helpPoints.edges.map(O=>O.node)],next:h.helpPoints.pageInfo.hasNextPage?h.helpPoints.pageInfo.endCursor??null:null})},p=typeof s=="object"?Q(n,s.regions):null;if(c.useEffect(()=>{document.title=p?i.titleFor(p):i.chooseTitle},[p]),s==="error")return e.jsxs(e.Fragment,{children:[e.jsx("h1",{id:"help-title",children:i.chooseTitle}),e.jsx("p",{role:"alert",children:i.loadError}),e.jsx("button",{type:"button",className:"button secondary",onClick:()=>{y()},children:i.retry})]});if(typeof s=="object"&&p===null)return e.jsxs(e.Fragment,{children:[e.jsx("h1",{id:"help-title",children:i.chooseTitle}),e.jsx("p",{role:"alert",children:i.unknownPlace}),e.jsx(x,{}),e.jsx("p",{children:e.jsx(m,{to:{kind:"choose"},children:i.backToChoice})})]});const N=typeof s=="object"?s.points.filter(t=>t.national):[],E=typeof s=="object"?s.points.filter(t=>!t.national):[];return e.jsxs(e.Fragment,{children:[e.jsx("h1",{id:"help-title",children:p?i.titleFor(p):i.chooseTitle}),e.jsx(x,{}),e.jsx("p",{children:e.jsx(m,{to:{kind:"choose"},children:i.backToChoice})}),e.jsxs("form",{className:"help-filters","aria-labelledby":"filters-title",onSubmit:t=>t.preventDefault(),children:[e.jsx("h2",{id:"filters-title",children:i.filtersTitle}),e.jsxs("div",{className:"field",children:[e.jsx("label",{htmlFor:b,children:i.serviceLabel}),e.jsxs("select",{id:b,value:l,onChange:t=>a(t.target.value),children:[e.jsx("option",{value:"",children:i.anyService}),Object.entries(i.services).map(([t,d])=>e.jsx("option",{value:t,children:d},t))]})]}),e.jsxs("div",{className:"check-native",children:[e.jsx("input",{id:f,type:"checkbox",checked:o,onChange:t=>r(t.target.checked)}),e.jsx("label",{htmlFor:f,children:i.openNowLabel})]})]}),e.jsx("p",{role:"status",className:"status-line",children:s==="loading"?i.loading:i.found(s.points.length)}),typeof s=="object"&&s.points.length===0&&e.jsx("p",{children:i.nothingFound}),N.length>0&&e.jsxs("section",{"aria-labelledby":"helplines-title",children:[e.jsx("h2",{id:"helplines-title",children:i.helplinesTitle}),e.jsx("ul",{className:"points",children:N.map(t=>e.jsx("li",{children:e.jsx(v,{point:t})},t.id))})]}),E.length>0&&e.jsxs("section",{"aria-labelledby":"points-title",children:[e.jsx("h2",{id:"points-title",children:i.pointsTitle}),e.jsx("ul",{className:"points",children:E.map(t=>e.jsx("li",{children:e.jsx(v,{point:t})},t.id))})]}),typeof s=="object"&&s.next&&e.jsx("button",{type:"button",className:"button secondary",disabled:L,onClick:()=>{R(s)},children:i.more})]})}export{se as HelpPage};
