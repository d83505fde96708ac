import{a as m,J as je,s as xe,k as $e,$ as O,d as ye,e as ze,j as e}from"./session-n7LnAU4d.js";import{m as J,o as Ne,q as L,r as q,s as ve,v as ge,w as Pe,x as we,y as Ce,z as Ee,A as Ie,B as ke,C as Oe,D as oe,E as Se,F as Re,G as De,H as se,I as te,J as Te,K as Fe,L as Ae,M as Le,N as Me,O as _e,P as Ve,Q as Ke,S as Ge,T as _,d as I,U as Be,a as S,k as re,c as R,f as de,g as le,h as ce,i as ue,j as pe,$ as B,e as Z,b as me,l as E,V as T,R as fe,W as We,t as Ue,X as He,Y as qe,Z as X}from"./app-CtHHhGNC.js";import{b as Ze,$ as Qe,a as Ye}from"./Checkbox-DJ8JOQUm.js";import{o as Je,c as Xe,W as en,s as nn,p as ee,a as an}from"./actions-CuoR8g-W.js";import{t as G}from"./texts-oNINnaqC.js";import"./client-CNtUrJ3e.js";import"./userErrors-BxTecZ1R.js";const be=new WeakMap;function on(n,i,o){let{value:s,children:p,"aria-label":t,"aria-labelledby":u,onPressStart:d,onPressEnd:c,onPressChange:f,onPress:r,onPressUp:h,onClick:$}=n;const x=n.isDisabled||i.isDisabled;let l=i.selectedValue===s,y=M=>{M.stopPropagation(),i.setSelectedValue(s)},{pressProps:z,isPressed:j}=J({onPressStart:d,onPressEnd:c,onPressChange:f,onPress:r,onPressUp:h,onClick:$,isDisabled:x}),{pressProps:N,isPressed:v}=J({onPressStart:d,onPressEnd:c,onPressChange:f,onPressUp:h,onClick:$,isDisabled:x,onPress(M){r?.(M),i.setSelectedValue(s),o.current?.focus()}}),{focusableProps:w}=Ne(L(n,{onFocus:()=>i.setLastFocusedValue(s)}),o),F=L(z,w),g=q(n,{labelable:!0}),b=-1;i.selectedValue!=null?i.selectedValue===s&&(b=0):(i.lastFocusedValue===s||i.lastFocusedValue==null)&&(b=0),x&&(b=void 0);let{name:P,form:C,descriptionId:A,errorMessageId:K,validationBehavior:H}=be.get(i);ve(o,i.defaultSelectedValue,i.setSelectedValue),ge({validationBehavior:H},i,o);let Y=Ze();return{labelProps:L(N,m.useMemo(()=>({onClick:M=>M.preventDefault(),onMouseDown:M=>M.preventDefault()}),[])),inputProps:L(g,{...F,type:"radio",name:P,form:C,tabIndex:b,disabled:x,required:i.isRequired&&H==="native",checked:l,value:s,onChange:y,"aria-describedby":[n["aria-describedby"],Y.id,i.isInvalid?K:null,A].filter(Boolean).join(" ")||void 0}),descriptionProps:Y,isDisabled:x,isSelected:l,isPressed:j||v}}function sn(n,i){let{name:o,form:s,isReadOnly:p,isRequired:t,isDisabled:u,orientation:d="vertical",validationBehavior:c="aria"}=n,{direction:f}=Pe(),{isInvalid:r,validationErrors:h,validationDetails:$}=i.displayValidation,{labelProps:x,fieldProps:l,descriptionProps:y,errorMessageProps:z}=we({...n,labelElementType:"span",isInvalid:i.isInvalid,errorMessage:n.errorMessage||h}),j=q(n,{labelable:!0}),{focusWithinProps:N}=je({onBlurWithin(g){n.onBlur?.(g),i.selectedValue||i.setLastFocusedValue(null)},onFocusWithin:n.onFocus,onFocusWithinChange:n.onFocusChange});function v(g,b){let P=Ie(b.currentTarget,{from:$e(b),accept:A=>A instanceof xe(A).HTMLInputElement&&A.type==="radio"}),C;return g==="next"?(C=P.nextNode(),C||(P.currentNode=b.currentTarget,C=P.firstChild())):(C=P.previousNode(),C||(P.currentNode=b.currentTarget,C=P.lastChild())),C?(C.focus(),i.setSelectedValue(C.value),!0):!1}let{keyboardProps:w}=Ce({shortcuts:{ArrowRight:g=>v(f==="rtl"&&d!=="vertical"?"prev":"next",g),ArrowLeft:g=>v(f==="rtl"&&d!=="vertical"?"next":"prev",g),ArrowDown:g=>v("next",g),ArrowUp:g=>v("prev",g)},allowRepeats:!0}),F=Ee(o);return be.set(i,{name:F,form:s,descriptionId:y.id,errorMessageId:z.id,validationBehavior:c}),{radioGroupProps:L(j,{role:"radiogroup",...w,"aria-invalid":i.isInvalid||void 0,"aria-errormessage":n["aria-errormessage"],"aria-readonly":p||void 0,"aria-required":t||void 0,"aria-disabled":u||void 0,"aria-orientation":d,...l,...N}),labelProps:x,descriptionProps:y,errorMessageProps:z,isInvalid:r,validationErrors:h,validationDetails:$}}let tn=Math.round(Math.random()*1e10),rn=0;function dn(n){let i=m.useMemo(()=>n.name||`radio-group-${tn}-${++rn}`,[n.name]),[o,s]=ke(n.value,n.defaultValue??null,n.onChange),[p]=m.useState(o),[t,u]=m.useState(null),d=Oe({...n,value:o}),c=r=>{!n.isReadOnly&&!n.isDisabled&&(s(r),d.commitValidation())},f=d.displayValidation.isInvalid;return{...d,name:i,selectedValue:o,defaultSelectedValue:n.value!==void 0?p:n.defaultValue??null,setSelectedValue:c,lastFocusedValue:t,setLastFocusedValue:u,isDisabled:n.isDisabled||!1,isReadOnly:n.isReadOnly||!1,isRequired:n.isRequired||!1,validationState:n.validationState||(f?"invalid":null),isInvalid:f}}const ln=m.createContext(null),cn=m.createContext(null),Q=m.createContext(null),un=m.forwardRef(function(i,o){[i,o]=oe(i,o,ln);let{validationBehavior:s}=Se(Re)||{},p=i.validationBehavior??s??"native",t=dn({...i,validationBehavior:p}),[u,d]=De(!i["aria-label"]&&!i["aria-labelledby"]),{radioGroupProps:c,labelProps:f,descriptionProps:r,errorMessageProps:h,...$}=sn({...i,label:d,validationBehavior:p},t),x=se({...i,values:{orientation:i.orientation||"vertical",isDisabled:t.isDisabled,isReadOnly:t.isReadOnly,isRequired:t.isRequired,isInvalid:t.isInvalid,state:t},defaultClassName:"react-aria-RadioGroup"}),l=q(i,{global:!0});return O.createElement(te.div,{...L(l,x,c),ref:o,slot:i.slot||void 0,"data-orientation":i.orientation||"vertical","data-invalid":t.isInvalid||void 0,"data-disabled":t.isDisabled||void 0,"data-readonly":t.isReadOnly||void 0,"data-required":t.isRequired||void 0},O.createElement(Te,{values:[[Q,t],[Fe,{...f,ref:u,elementType:"span"}],[Ae,{slots:{description:r,errorMessage:h}}],[Le,$]]},O.createElement(Me,null,x.children)))}),pn=m.forwardRef(function(i,o){let{inputRef:s=null,...p}=i;[i,o]=oe(p,o,cn);let t=O.useContext(Q),u=_e(m.useMemo(()=>Ve(s,i.inputRef!==void 0?i.inputRef:null),[s,i.inputRef])),d=on({...Ke(i),children:typeof i.children=="function"?!0:i.children},t,u);return O.createElement(he.Provider,{value:{...d,inputRef:u,defaultClassName:"react-aria-Radio"}},O.createElement(mn,{...i,ref:o}))}),he=m.createContext(null),mn=m.forwardRef(function(i,o){let{labelProps:s,inputProps:p,isSelected:t,isDisabled:u,isPressed:d,defaultClassName:c,inputRef:f}=m.useContext(he),r=O.useContext(Q),{isFocused:h,isFocusVisible:$,focusProps:x}=ye(),l=u||r.isReadOnly,{hoverProps:y,isHovered:z}=ze({...i,isDisabled:l}),j=se({...i,defaultClassName:c,values:{isSelected:t,isPressed:d,isHovered:z,isFocused:h,isFocusVisible:$,isDisabled:u,isReadOnly:r.isReadOnly,isInvalid:r.isInvalid,isRequired:r.isRequired}}),N=q(i,{global:!0});return delete N.id,delete N.onClick,O.createElement(te.label,{...L(N,s,y,j),ref:o,"data-selected":t||void 0,"data-pressed":d||void 0,"data-hovered":z||void 0,"data-focused":h||void 0,"data-focus-visible":$||void 0,"data-disabled":u||void 0,"data-readonly":r.isReadOnly||void 0,"data-invalid":r.isInvalid||void 0,"data-required":r.isRequired||void 0},O.createElement(Ge,{elementType:"span"},O.createElement("input",{...L(p,x),ref:f})),j.children)}),a={documentTitle:"Niebieska Karta — Ostoja",back:"Wróć do listy kart",loading:"Wczytywanie karty…",loadError:"Nie udało się wczytać karty. Spróbuj ponownie.",retry:"Spróbuj ponownie",notFoundTitle:"Nie ma takiej karty",notFound:"Ta karta nie istnieje albo nie masz do niej dostępu.",title:n=>n?`Niebieska Karta: ${n}`:"Niebieska Karta",status:_.status,statusLabel:"Status",initiatedOn:"Wszczęta",initiator:"Wszczynający",institutions:G.institutions,violenceForms:"Formy przemocy",violence:G.violence,summary:"Podsumowanie",persons:"Osoby",personColumns:{name:"Imię i nazwisko",role:"Rola",pesel:"PESEL",born:"Data urodzenia",minor:"Małoletnia"},roles:G.roles,minor:"tak",adult:"nie",noPesel:"brak",deadlines:"Terminy",deadlineColumns:{kind:"Termin",due:"Do dnia",state:"Stan"},deadlineKind:_.deadlineKind,deadlineState:{PENDING:"oczekuje",MET:"dotrzymany",OVERDUE:"przekroczony",CANCELLED:"bezprzedmiotowy"},metOn:n=>`spełniony ${n}`,metLate:n=>`spełniony po terminie ${n}`,overdue:_.overdue,dueToday:_.dueToday,dueSoon:_.dueSoon,days:_.days,noDeadlines:"Brak terminów.",history:"Przebieg procedury",historyColumns:{step:"Krok",who:"Kto",when:"Kiedy"},steps:{OPENED:"Wszczęcie procedury (NK-A)",UPDATED:"Poprawienie formularza NK-A",SENT_TO_CHAIR:"Przekazanie przewodniczącemu",ATTACHED:"Dołączenie do prowadzonej procedury",SUBSEQUENT_NK_A:"Dołączenie kolejnego formularza NK-A",GROUP_SET_UP:"Powołanie grupy diagnostyczno-pomocowej",GROUP_CHANGED:"Zmiana składu grupy",FIRST_GROUP_MEETING:"Pierwsze posiedzenie grupy",GROUP_MEETING:"Posiedzenie grupy",VICTIM_FORM:"Formularz NK-C",PERPETRATOR_FORM:"Formularz NK-D",MONITORING_STARTED:"Rozpoczęcie monitorowania",HELP_PLAN_REVIEWED:"Przegląd planu pomocy",CLOSED:"Zakończenie procedury",MONITORING_ENDED:"Koniec monitorowania po zakończeniu"},unknownPerson:"—",forms:"Formularze",formKind:{NK_A:"NK-A",NK_A_SUBSEQUENT:"Kolejny NK-A",NK_C:"NK-C",NK_D:"NK-D"},formLine:(n,i,o)=>`${n}, ${i}${o?`, ${o}`:""}`,group:"Grupa diagnostyczno-pomocowa",noGroup:"Grupa nie została jeszcze powołana.",groupMember:(n,i)=>`${n} (${i})`,institutionKind:G.institutions,helpPlan:"Plan pomocy (NK-C)",actionPlan:"Plan działań (NK-D)",noPlan:"Brak pozycji.",planStatus:{PLANNED:"zaplanowane",IN_PROGRESS:"w realizacji",DONE:"zrealizowane",ABANDONED:"zaniechane"},planDue:n=>`do ${n}`,work:"Praca w sprawie",noWork:"Nie zapisano pracy.",workKind:{INTERVENTION:"Interwencja",CONSULTATION:"Porada",SOCIAL_CONTRACT:"Kontrakt socjalny",SHELTER_PLACEMENT:"Umieszczenie w schronieniu",MEDICAL_HELP:"Zorganizowana pomoc medyczna"},workVariant:{WITH_POLICE:"z udziałem policji",WITHOUT_POLICE:"bez udziału policji",SOCIAL:"socjalna",LEGAL:"prawna",PSYCHOLOGICAL:"psychologiczna",PEDAGOGICAL:"pedagogiczna"},matches:"Proponowane dopasowania",matchesIntro:"Ten formularz wskazuje osoby z prowadzonej procedury. Zdecyduj, czy dołączyć go do niej jako kolejny formularz NK-A, czy prowadzić odrębną procedurę; do tego czasu nie można powołać grupy.",matchProcedure:(n,i)=>`Procedura wszczęta ${i}: ${n}`,matchBasis:{PESEL:"zgodny PESEL osoby doznającej przemocy",NAME_AND_BIRTH_DATE:"zgodne imię, nazwisko i data urodzenia",CHAIR:"wskazana przez przewodniczącego"},attach:n=>`Dołącz do procedury: ${n}`,keepSeparate:"Prowadź jako odrębną procedurę",attached:"Formularz dołączony do prowadzonej procedury.",keptSeparate:"Formularz pozostaje odrębną procedurą.",actions:"Dostępne działania",noActions:"Nie możesz teraz podjąć żadnego kroku w tej procedurze.",action:{forward:"Przekaż przewodniczącemu zespołu",setUpGroup:"Powołaj grupę diagnostyczno-pomocową",changeGroup:"Zmień skład grupy",firstMeeting:"Zapisz pierwsze posiedzenie grupy",meeting:"Zapisz posiedzenie grupy",victimForm:"Wypełnij formularz NK-C",perpetratorForm:"Wypełnij formularz NK-D",startMonitoring:"Rozpocznij monitorowanie",reviewPlan:"Zapisz przegląd planu pomocy",close:"Zakończ procedurę",endMonitoring:"Zakończ monitorowanie po zakończeniu procedury",recordWork:"Zapisz pracę w sprawie"},submit:"Zatwierdź",cancel:"Anuluj",sending:"Wysyłanie…",on:"Data",onHint:"Domyślnie dziś; format dd.mm.rrrr.",done:n=>`Zapisano: ${n}.`,members:"Członkowie grupy",compositionRule:"Grupa musi obejmować przedstawiciela jednostki organizacyjnej pomocy społecznej i policji; mogą w niej pracować tylko osoby, które podpisały oświadczenie o zachowaniu poufności.",compositionMet:"Skład spełnia wymogi ustawy.",memberOption:(n,i)=>`${n} — ${i}`,noStatement:"bez oświadczenia o poufności",person:"Osoba",choosePerson:"Wybierz osobę",diagnosis:"Diagnoza sytuacji",violenceHistory:"Historia przemocy (pierwszy, powtarzający się, najbardziej niebezpieczny i ostatni akt)",planItem:n=>`Pozycja planu ${n}`,addPlanItem:"Dodaj pozycję planu",removePlanItem:n=>`Usuń pozycję ${n}`,ground:"Podstawa zakończenia",grounds:{VIOLENCE_STOPPED_AND_PLAN_CARRIED_OUT:"ustanie przemocy domowej i zrealizowanie planu pomocy",UNFOUNDED:"brak zasadności podejmowania działań"},workKindLabel:"Rodzaj pracy",chooseWorkKind:"Wybierz rodzaj",variantLabel:"Odmiana",chooseVariant:"Wybierz odmianę",note:"Notatka",problems:"Popraw zaznaczone pola:",failed:"Nie udało się zapisać. Wpisane dane są zachowane, spróbuj ponownie.",forbidden:"Nie możesz podjąć tego kroku.",conflict:"Ktoś inny zmienił tę kartę w międzyczasie. Odśwież kartę i spróbuj ponownie; wpisane dane zostaną zachowane.",reload:"Odśwież kartę",errors:{...G.errors,TOO_EARLY:"Data nie może być wcześniejsza niż poprzedni krok procedury.",ILLEGAL_TRANSITION:"Tego kroku nie można podjąć w obecnym stanie procedury.",NO_CHAIR:"Zespół interdyscyplinarny nie ma przewodniczącego.",NO_MATCH:"Nie ma dopasowania do rozstrzygnięcia.",MATCH_UNDECIDED:"Najpierw rozstrzygnij, czy dołączyć formularz do prowadzonej procedury.",SOCIAL_WORKER_REQUIRED:"W grupie musi być przedstawiciel pomocy społecznej.",POLICE_OFFICER_REQUIRED:"W grupie musi być przedstawiciel policji.",CONFIDENTIALITY_NOT_SIGNED:"Ta osoba nie podpisała oświadczenia o zachowaniu poufności.",DUPLICATE:"Ta osoba jest wybrana dwa razy.",NOT_FOUND:"Nie znaleziono.",MET_SEPARATELY:"Grupa spotyka się z osobą doznającą przemocy i z osobą stosującą przemoc oddzielnie.",HELP_PLAN_REQUIRED:"Najpierw wypełnij formularz NK-C z osobą doznającą przemocy.",ACTION_PLAN_REQUIRED:"Najpierw wypełnij formularz NK-D z osobą stosującą przemoc.",HELP_PLAN_NOT_CARRIED_OUT:"Plan pomocy nie jest zrealizowany.",MONITORING_NOT_OVER:"Monitorowanie po zakończeniu procedury jeszcze trwa.",PERPETRATOR_ONLY:"Ta pozycja należy do planu działań osoby stosującej przemoc.",NOT_APPLICABLE:"Nie dotyczy tego rodzaju.",TOO_LONG:"Tekst jest za długi.",INVALID:"Nieprawidłowa wartość."},unknownError:n=>`Popraw to pole (${n}).`},fn=E(`
  mutation CardForward($input: BlueCardStepInput!) {
    forwardBlueCardToChair(input: $input) {
      blueCard {
        id
        version
      }
      userErrors {
        field
        code
      }
    }
  }
`),ne=E(`
  mutation CardGroupMeeting($input: BlueCardStepInput!) {
    recordGroupMeeting(input: $input) {
      blueCard {
        id
        version
      }
      userErrors {
        field
        code
      }
    }
  }
`),bn=E(`
  mutation CardStartMonitoring($input: BlueCardStepInput!) {
    startMonitoring(input: $input) {
      blueCard {
        id
        version
      }
      userErrors {
        field
        code
      }
    }
  }
`),hn=E(`
  mutation CardReviewPlan($input: BlueCardStepInput!) {
    reviewHelpPlan(input: $input) {
      blueCard {
        id
        version
      }
      userErrors {
        field
        code
      }
    }
  }
`),jn=E(`
  mutation CardEndMonitoring($input: BlueCardStepInput!) {
    endPostClosureMonitoring(input: $input) {
      blueCard {
        id
        version
      }
      userErrors {
        field
        code
      }
    }
  }
`),xn=E(`
  mutation CardSetUpGroup($input: SetUpDiagnosticGroupInput!) {
    setUpDiagnosticGroup(input: $input) {
      blueCard {
        id
        version
      }
      userErrors {
        field
        code
      }
    }
  }
`),$n=E(`
  mutation CardVictimForm($input: FillVictimFormInput!) {
    fillVictimForm(input: $input) {
      blueCard {
        id
        version
      }
      userErrors {
        field
        code
      }
    }
  }
`),yn=E(`
  mutation CardPerpetratorForm($input: FillPerpetratorFormInput!) {
    fillPerpetratorForm(input: $input) {
      blueCard {
        id
        version
      }
      userErrors {
        field
        code
      }
    }
  }
`),zn=E(`
  mutation CardClose($input: CloseBlueCardInput!) {
    closeBlueCard(input: $input) {
      blueCard {
        id
        version
      }
      userErrors {
        field
        code
      }
    }
  }
`),Nn=E(`
  mutation CardRecordWork($input: RecordCaseWorkInput!) {
    recordCaseWork(input: $input) {
      work {
        id
      }
      userErrors {
        field
        code
      }
    }
  }
`),vn={forward:fn,firstMeeting:ne,meeting:ne,startMonitoring:bn,reviewPlan:hn,endMonitoring:jn},k=n=>a.errors[n]??a.unknownError(n);function gn({card:n,actions:i,members:o,reload:s,onDone:p}){const[t,u]=m.useState(null);return i.length===0?e.jsx("p",{children:a.noActions}):e.jsx("ul",{className:"card-actions",children:i.map(d=>e.jsxs("li",{children:[e.jsx(I,{className:"button secondary","aria-expanded":t===d,onPress:()=>u(t===d?null:d),children:a.action[d]}),t===d&&e.jsx(Pn,{kind:d,card:n,members:o,reload:s,onCancel:()=>u(null),onDone:()=>{u(null),p(a.done(a.action[d]??d))}})]},d))})}function Pn(n){const{kind:i}=n;return i==="setUpGroup"||i==="changeGroup"?e.jsx(Cn,{...n}):i==="victimForm"||i==="perpetratorForm"?e.jsx(En,{...n}):i==="close"?e.jsx(In,{...n}):i==="recordWork"?e.jsx(kn,{...n}):e.jsx(wn,{...n})}function V(){const n=Be(),[i,o]=m.useState(null),[s,p]=m.useState(!1),t=async(d,c,f)=>{p(!0);const r=await n.mutation(d,c).toPromise();p(!1);const h=r.data,$=h?Object.values(h)[0]:null,x=Je({error:r.error,payload:$});o(x),x.kind==="done"&&f()},u=i?.kind==="refused"?i.problems:{};return{outcome:i,sending:s,send:t,problems:u,problem:d=>u[d]}}function W(n){const{outcome:i}=n,o=p=>{p.preventDefault(),n.onSubmit()},s=i?.kind==="refused"?Object.entries(i.problems):[];return e.jsxs("form",{className:"action-form","aria-label":a.action[n.kind],onSubmit:o,noValidate:!0,children:[e.jsxs("div",{role:"alert",className:i&&i.kind!=="done"?"summary":void 0,children:[s.length>0&&e.jsxs(e.Fragment,{children:[e.jsx("p",{children:a.problems}),e.jsx("ul",{children:s.map(([p,t])=>e.jsx("li",{children:k(t)},p))})]}),i?.kind==="conflict"&&e.jsxs("p",{children:[a.conflict," ",e.jsx(I,{className:"button secondary",onPress:n.reload,children:a.reload})]}),i?.kind==="forbidden"&&e.jsx("p",{children:a.forbidden}),i?.kind==="failed"&&e.jsx("p",{children:a.failed})]}),n.children,e.jsxs("div",{className:"actions",children:[e.jsx(I,{type:"submit",className:"button primary",isDisabled:n.sending,children:n.sending?a.sending:a.submit}),e.jsx(I,{className:"button secondary",onPress:n.onCancel,children:a.cancel})]})]})}function U(n){return e.jsxs(B,{className:"field",type:"date",value:n.value,onChange:n.onChange,isInvalid:!!n.problem,children:[e.jsx(S,{children:n.label??a.on}),e.jsx(me,{autoFocus:n.autoFocus}),e.jsx(re,{slot:"description",className:"hint",children:a.onHint}),e.jsx(R,{className:"error",children:k(n.problem??"")})]})}function wn({kind:n,card:i,reload:o,onCancel:s,onDone:p}){const[t,u]=m.useState(""),{outcome:d,sending:c,send:f,problem:r}=V(),h=vn[n];return e.jsx(W,{kind:n,outcome:d,sending:c,reload:o,onCancel:s,onSubmit:()=>h&&void f(h,{input:nn(i,t)},p),children:e.jsx(U,{value:t,onChange:u,problem:r("on"),autoFocus:!0})})}function Cn({kind:n,card:i,members:o,reload:s,onCancel:p,onDone:t}){const[u,d]=m.useState(()=>i.diagnosticGroup.map(j=>j.teamMemberId)),[c,f]=m.useState(""),{outcome:r,sending:h,send:$,problem:x}=V(),l=o.filter(j=>u.includes(j.id)).map(j=>j.institution),y=Xe(l),z=x("memberIds")??Object.entries(r?.kind==="refused"?r.problems:{}).find(([j])=>j.startsWith("memberIds."))?.[1];return e.jsxs(W,{kind:n,outcome:r,sending:h,reload:s,onCancel:p,onSubmit:()=>{$(xn,{input:{id:i.id,version:i.version,memberIds:u,on:c||null}},t)},children:[e.jsxs(Qe,{className:"checks",value:u,onChange:d,isInvalid:!!z,children:[e.jsx(S,{className:"group-label",children:a.members}),e.jsx(re,{slot:"description",className:"hint",children:a.compositionRule}),o.map((j,N)=>e.jsxs(Ye,{value:j.id,className:"check",isDisabled:!j.confidentialitySignedOn,autoFocus:N===0,children:[e.jsx("span",{className:"box","aria-hidden":"true"}),a.memberOption(j.displayName??a.unknownPerson,a.institutionKind[j.institution]??j.institution),!j.confidentialitySignedOn&&` (${a.noStatement})`]},j.id)),e.jsx(R,{className:"error",children:k(z??"")})]}),e.jsx("div",{"aria-live":"polite",className:"composition",children:y.length===0?e.jsx("p",{children:a.compositionMet}):e.jsx("ul",{children:y.map(j=>e.jsx("li",{children:k(j)},j))})}),e.jsx(U,{value:c,onChange:f,problem:x("on")})]})}function En({kind:n,card:i,reload:o,onCancel:s,onDone:p}){const t=n==="victimForm",u=i.persons.filter(b=>b.role===(t?"VICTIM":"PERPETRATOR")),[d,c]=m.useState(u[0]?.id??""),[f,r]=m.useState(""),[h,$]=m.useState(""),[x,l]=m.useState(""),[y,z]=m.useState([""]),{outcome:j,sending:N,send:v,problem:w}=V(),F=t?"helpPlan":"actionPlan",g=()=>{const b={id:i.id,version:i.version,personId:d,filledOn:f||null,diagnosis:h};t?v($n,{input:{...b,history:x.trim()||null,helpPlan:ee(y)}},p):v(yn,{input:{...b,actionPlan:ee(y)}},p)};return e.jsxs(W,{kind:n,outcome:j,sending:N,reload:o,onCancel:s,onSubmit:g,children:[e.jsxs(de,{className:"field",selectedKey:d||null,onSelectionChange:b=>c(b==null?"":String(b)),isInvalid:!!w("personId"),placeholder:a.choosePerson,children:[e.jsx(S,{children:a.person}),e.jsxs(I,{className:"select-button",autoFocus:!0,children:[e.jsx(le,{}),e.jsx("span",{"aria-hidden":"true",children:" ▾"})]}),e.jsx(ce,{className:"popover",children:e.jsx(ue,{className:"listbox",children:u.map(b=>e.jsx(pe,{id:b.id,className:"option",children:`${b.firstName} ${b.lastName}`},b.id))})}),e.jsx(R,{className:"error",children:k(w("personId")??"")})]}),e.jsx(U,{value:f,onChange:r,problem:w("filledOn")}),e.jsxs(B,{className:"field wide",value:h,onChange:$,isInvalid:!!w("diagnosis"),children:[e.jsx(S,{children:a.diagnosis}),e.jsx(Z,{rows:4}),e.jsx(R,{className:"error",children:k(w("diagnosis")??"")})]}),t&&e.jsxs(B,{className:"field wide",value:x,onChange:l,isInvalid:!!w("history"),children:[e.jsx(S,{children:a.violenceHistory}),e.jsx(Z,{rows:3}),e.jsx(R,{className:"error",children:k(w("history")??"")})]}),e.jsxs("fieldset",{children:[e.jsx("legend",{children:t?a.helpPlan:a.actionPlan}),y.map((b,P)=>e.jsxs("div",{className:"plan-row",children:[e.jsxs(B,{className:"field wide",value:b,onChange:C=>z(A=>A.map((K,H)=>H===P?C:K)),isInvalid:!!w(`${F}.${P}.description`),children:[e.jsx(S,{children:a.planItem(P+1)}),e.jsx(me,{}),e.jsx(R,{className:"error",children:k(w(`${F}.${P}.description`)??"")})]}),y.length>1&&e.jsx(I,{className:"button secondary",onPress:()=>z(C=>C.filter((A,K)=>K!==P)),children:a.removePlanItem(P+1)})]},P)),e.jsx(I,{className:"button secondary",onPress:()=>z(b=>[...b,""]),children:a.addPlanItem})]})]})}function In({kind:n,card:i,reload:o,onCancel:s,onDone:p}){const[t,u]=m.useState(""),[d,c]=m.useState(""),{outcome:f,sending:r,send:h,problem:$}=V(),[x,l]=m.useState(!1),y=()=>{if(!t){l(!0);return}h(zn,{input:{id:i.id,version:i.version,ground:t,on:d||null}},p)},z=$("ground")??(x&&!t?"REQUIRED":void 0);return e.jsxs(W,{kind:n,outcome:f,sending:r,reload:o,onCancel:s,onSubmit:y,children:[e.jsxs(un,{className:"checks",value:t,onChange:u,isInvalid:!!z,children:[e.jsx(S,{className:"group-label",children:a.ground}),Object.entries(a.grounds).map(([j,N],v)=>e.jsxs(pn,{value:j,className:"check",autoFocus:v===0,children:[e.jsx("span",{className:"box round","aria-hidden":"true"}),N]},j)),e.jsx(R,{className:"error",children:k(z??"")})]}),e.jsx(U,{value:d,onChange:c,problem:$("on")})]})}function kn({kind:n,card:i,reload:o,onCancel:s,onDone:p}){const[t,u]=m.useState(""),[d,c]=m.useState(""),[f,r]=m.useState(""),[h,$]=m.useState(""),[x,l]=m.useState(!1),{outcome:y,sending:z,send:j,problem:N}=V(),v=en[t]??[],w=()=>{if(!t||v.length>0&&!d){l(!0);return}j(Nn,{input:{blueCardId:i.id,kind:t,variant:v.length>0?d:null,occurredOn:f||null,note:h.trim()||null}},p)},F=N("kind")??(x&&!t?"REQUIRED":void 0),g=N("variant")??(x&&v.length>0&&!d?"REQUIRED":void 0);return e.jsxs(W,{kind:n,outcome:y,sending:z,reload:o,onCancel:s,onSubmit:w,children:[e.jsx(ie,{label:a.workKindLabel,placeholder:a.chooseWorkKind,options:a.workKind,value:t,onChange:b=>{u(b),c("")},problem:F,autoFocus:!0}),v.length>0&&e.jsx(ie,{label:a.variantLabel,placeholder:a.chooseVariant,options:Object.fromEntries(v.map(b=>[b,a.workVariant[b]??b])),value:d,onChange:c,problem:g}),e.jsx(U,{value:f,onChange:r,problem:N("occurredOn")}),e.jsxs(B,{className:"field wide",value:h,onChange:$,isInvalid:!!N("note"),children:[e.jsx(S,{children:a.note}),e.jsx(Z,{rows:3}),e.jsx(R,{className:"error",children:k(N("note")??"")})]})]})}function ie(n){return e.jsxs(de,{className:"field",selectedKey:n.value||null,onSelectionChange:i=>n.onChange(i==null?"":String(i)),isInvalid:!!n.problem,placeholder:n.placeholder,children:[e.jsx(S,{children:n.label}),e.jsxs(I,{className:"select-button",autoFocus:n.autoFocus,children:[e.jsx(le,{}),e.jsx("span",{"aria-hidden":"true",children:" ▾"})]}),e.jsx(ce,{className:"popover",children:e.jsx(ue,{className:"listbox",children:Object.entries(n.options).map(([i,o])=>e.jsx(pe,{id:i,className:"option",children:o},i))})}),e.jsx(R,{className:"error",children:k(n.problem??"")})]})}const On=E(`
  mutation CardAttach($input: AttachBlueCardFilingInput!) {
    attachBlueCardFiling(input: $input) {
      filing {
        id
        version
      }
      userErrors {
        field
        code
      }
    }
  }
`),Sn=E(`
  mutation CardKeepSeparate($input: BlueCardStepInput!) {
    keepBlueCardFilingSeparate(input: $input) {
      blueCard {
        id
        version
      }
      userErrors {
        field
        code
      }
    }
  }
`),Rn=n=>a.errors[n]??a.unknownError(n);function Dn({card:n,reload:i,onDone:o}){const{outcome:s,sending:p,send:t}=V(),u=(n.matchProposals??[]).filter(c=>c.decision==="PENDING"&&c.procedure);if(u.length===0)return null;const d=n.allowedSteps.includes("ATTACHED");return e.jsxs("section",{"aria-labelledby":"card-matches",children:[e.jsx("h2",{id:"card-matches",children:a.matches}),e.jsx("p",{children:a.matchesIntro}),e.jsxs("div",{role:"alert",className:s&&s.kind!=="done"?"summary":void 0,children:[s?.kind==="refused"&&e.jsx("ul",{children:Object.entries(s.problems).map(([c,f])=>e.jsx("li",{children:Rn(f)},c))}),s?.kind==="conflict"&&e.jsxs("p",{children:[a.conflict," ",e.jsx(I,{className:"button secondary",onPress:i,children:a.reload})]}),s?.kind==="forbidden"&&e.jsx("p",{children:a.forbidden}),s?.kind==="failed"&&e.jsx("p",{children:a.failed})]}),e.jsx("ul",{className:"card-actions",children:u.map(({procedure:c,basis:f})=>{if(!c)return null;const r=c.persons.filter(h=>h.role==="VICTIM").map(h=>`${h.firstName} ${h.lastName}`).join(", ");return e.jsxs("li",{children:[e.jsxs("p",{children:[e.jsx("a",{href:fe.card(c.id),children:a.matchProcedure(r,T(c.initiatedOn))})," ","— ",a.status[c.status]??c.status,"; ",a.matchBasis[f]??f]}),e.jsxs("div",{className:"actions",children:[d&&e.jsx(I,{className:"button primary",isDisabled:p,onPress:()=>{t(On,{input:{id:n.id,version:n.version,procedureId:c.id,procedureVersion:c.version}},()=>o(a.attached))},children:a.attach(r)}),e.jsx(I,{className:"button secondary",isDisabled:p,onPress:()=>{t(Sn,{input:{id:n.id,version:n.version,on:null}},()=>o(a.keptSeparate))},children:a.keepSeparate})]})]},c.id)})})]})}const Tn=E(`
  query BlueCardPage($id: ID!) {
    node(id: $id) {
      ... on BlueCard {
        id
        status
        version
        initiatedOn
        initiatorInstitution
        initiatorName
        violenceForms
        allowedSteps
        mayRecordWork
        matchProposals {
          decision
          basis
          procedure {
            id
            version
            status
            initiatedOn
            persons {
              role
              firstName
              lastName
            }
          }
        }
        persons {
          id
          role
          firstName
          lastName
          pesel
          dateOfBirth
          minor
        }
        forms {
          kind
          filledOn
          filledByName
        }
        history {
          step
          takenAt
          takenByName
        }
        deadlines {
          id
          kind
          dueOn
          state
          metOn
          metLate
        }
        diagnosticGroup {
          teamMemberId
          displayName
          institution
        }
        helpPlan {
          id
          description
          dueOn
          status
          responsibleName
        }
        actionPlan {
          id
          description
          dueOn
          status
          responsibleName
        }
        work {
          id
          kind
          variant
          occurredOn
          recordedByName
          note
        }
      }
    }
    teams {
      members {
        id
        displayName
        institution
        confidentialitySignedOn
      }
    }
  }
`);function qn({id:n}){const[{data:i,fetching:o,error:s},p]=We({query:Tn,variables:{id:n}}),[t,u]=m.useState(null),d=m.useRef(null);m.useEffect(()=>{t&&d.current?.focus()},[t]);const c=()=>p({requestPolicy:"network-only"}),f=i?.node,r=f&&"persons"in f?f:null,h=r?r.persons.filter(l=>l.role==="VICTIM").map(l=>`${l.firstName} ${l.lastName}`).join(", "):"";m.useEffect(()=>{document.title=a.documentTitle},[]);const $=e.jsx("p",{children:e.jsx("a",{href:fe.workList,children:a.back})});if(!i&&o)return e.jsx("p",{role:"status",children:a.loading});if(!r&&s)return e.jsxs(e.Fragment,{children:[$,e.jsxs("p",{role:"alert",children:[a.loadError," ",e.jsx(I,{className:"button secondary",onPress:c,children:a.retry})]})]});if(!r)return e.jsxs(e.Fragment,{children:[$,e.jsx("h1",{children:a.notFoundTitle}),e.jsx("p",{children:a.notFound})]});const x=i?.teams[0]?.members??[];return e.jsxs(e.Fragment,{children:[$,e.jsx("h1",{children:a.title(h)}),e.jsx("p",{role:"status",ref:d,tabIndex:-1,className:t?"notice":void 0,children:t}),e.jsx(Fn,{card:r}),e.jsx(Dn,{card:r,reload:c,onDone:l=>{u(l),c()}}),e.jsx(D,{id:"actions",title:a.actions,children:e.jsx(gn,{card:r,actions:an(r.allowedSteps,r.mayRecordWork),members:x,reload:c,onDone:l=>{u(l),c()}})}),e.jsx(An,{card:r}),e.jsx(Ln,{card:r}),e.jsx(_n,{card:r}),e.jsx(D,{id:"group",title:a.group,children:r.diagnosticGroup.length===0?e.jsx("p",{children:a.noGroup}):e.jsx("ul",{children:r.diagnosticGroup.map(l=>e.jsx("li",{children:a.groupMember(l.displayName??a.unknownPerson,a.institutionKind[l.institution]??l.institution)},l.teamMemberId))})}),e.jsx(ae,{id:"help-plan",title:a.helpPlan,items:r.helpPlan}),e.jsx(ae,{id:"action-plan",title:a.actionPlan,items:r.actionPlan}),e.jsx(D,{id:"forms",title:a.forms,children:e.jsx("ul",{children:r.forms.map((l,y)=>e.jsx("li",{children:a.formLine(a.formKind[l.kind]??l.kind,T(l.filledOn),l.filledByName??"")},y))})}),e.jsx(D,{id:"work",title:a.work,children:r.work.length===0?e.jsx("p",{children:a.noWork}):e.jsx("ul",{children:r.work.map(l=>e.jsxs("li",{children:[T(l.occurredOn),": ",a.workKind[l.kind]??l.kind,l.variant?` (${a.workVariant[l.variant]??l.variant})`:"",l.recordedByName?`, ${l.recordedByName}`:"",l.note?` — ${l.note}`:""]},l.id))})})]})}function D({id:n,title:i,children:o}){return e.jsxs("section",{"aria-labelledby":`card-${n}`,children:[e.jsx("h2",{id:`card-${n}`,children:i}),o]})}function Fn({card:n}){return e.jsxs("dl",{className:"facts","aria-label":a.summary,children:[e.jsxs("div",{children:[e.jsx("dt",{children:a.statusLabel}),e.jsx("dd",{"data-testid":"card-status",children:a.status[n.status]??n.status})]}),e.jsxs("div",{children:[e.jsx("dt",{children:a.initiatedOn}),e.jsx("dd",{children:T(n.initiatedOn)})]}),e.jsxs("div",{children:[e.jsx("dt",{children:a.initiator}),e.jsxs("dd",{children:[a.institutions[n.initiatorInstitution]??n.initiatorInstitution,n.initiatorName?`, ${n.initiatorName}`:""]})]}),e.jsxs("div",{children:[e.jsx("dt",{children:a.violenceForms}),e.jsx("dd",{children:n.violenceForms.map(i=>a.violence[i]??i).join(", ")})]})]})}function An({card:n}){const i=a.personColumns;return e.jsx(D,{id:"persons",title:a.persons,children:e.jsxs("table",{className:"cards",children:[e.jsx("thead",{children:e.jsxs("tr",{children:[e.jsx("th",{scope:"col",children:i.name}),e.jsx("th",{scope:"col",children:i.role}),e.jsx("th",{scope:"col",children:i.pesel}),e.jsx("th",{scope:"col",children:i.born}),e.jsx("th",{scope:"col",children:i.minor})]})}),e.jsx("tbody",{children:n.persons.map(o=>e.jsxs("tr",{children:[e.jsxs("th",{scope:"row",children:[o.firstName," ",o.lastName]}),e.jsx("td",{children:a.roles[o.role]??o.role}),e.jsx("td",{children:o.pesel??a.noPesel}),e.jsx("td",{children:T(o.dateOfBirth)}),e.jsx("td",{children:o.minor?a.minor:a.adult})]},o.id))})]})})}function Ln({card:n}){const i=Ue(),o=a.deadlineColumns;return n.deadlines.length===0?e.jsx(D,{id:"deadlines",title:a.deadlines,children:e.jsx("p",{children:a.noDeadlines})}):e.jsx(D,{id:"deadlines",title:a.deadlines,children:e.jsxs("table",{className:"cards",children:[e.jsx("thead",{children:e.jsxs("tr",{children:[e.jsx("th",{scope:"col",children:o.kind}),e.jsx("th",{scope:"col",children:o.due}),e.jsx("th",{scope:"col",children:o.state})]})}),e.jsx("tbody",{children:n.deadlines.map(s=>e.jsxs("tr",{children:[e.jsx("th",{scope:"row",children:a.deadlineKind[s.kind]??s.kind}),e.jsx("td",{children:T(s.dueOn)}),e.jsx("td",{children:e.jsx(Mn,{deadline:s,today:i})})]},s.id))})]})})}function Mn({deadline:n,today:i}){const o=qe([n],i);if(o){const s=o.urgency==="overdue"?a.overdue(X(-o.days,a.days)):o.days===0?a.dueToday:o.urgency==="soon"?a.dueSoon(X(o.days,a.days)):a.deadlineState[n.state]??n.state;return e.jsx("span",{className:`deadline ${o.urgency}`,children:e.jsx("strong",{className:"flag",children:s})})}return n.state==="MET"&&n.metOn?e.jsx("span",{children:n.metLate?a.metLate(T(n.metOn)):a.metOn(T(n.metOn))}):e.jsx("span",{children:a.deadlineState[n.state]??n.state})}function _n({card:n}){const i=a.historyColumns;return e.jsx(D,{id:"history",title:a.history,children:e.jsxs("table",{className:"cards",children:[e.jsx("thead",{children:e.jsxs("tr",{children:[e.jsx("th",{scope:"col",children:i.step}),e.jsx("th",{scope:"col",children:i.who}),e.jsx("th",{scope:"col",children:i.when})]})}),e.jsx("tbody",{children:n.history.map((o,s)=>e.jsxs("tr",{children:[e.jsx("th",{scope:"row",children:a.steps[o.step]??o.step}),e.jsx("td",{children:o.takenByName??a.unknownPerson}),e.jsx("td",{children:He(o.takenAt)})]},s))})]})})}function ae({id:n,title:i,items:o}){return e.jsx(D,{id:n,title:i,children:o.length===0?e.jsx("p",{children:a.noPlan}):e.jsx("ul",{children:o.map(s=>e.jsxs("li",{children:[s.description," — ",a.planStatus[s.status]??s.status,s.dueOn?`, ${a.planDue(T(s.dueOn))}`:"",s.responsibleName?`, ${s.responsibleName}`:""]},s.id))})})}export{qn as CardPage};
