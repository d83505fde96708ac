import{o as J,q as xe,s as _,v as q,w as je,x as $e,r as c,y as ye,z as Ne,A as Pe,B as ve,C as ge,E as ze,F as Ee,G as Oe,H as Ie,I as Ce,J as se,K as Re,L as we,M as ke,N as re,O as R,P as te,Q as Se,S as De,T as Te,U as Fe,V as _e,W as Ae,X as Le,Y as Me,Z as Ge,_ as Ve,a0 as Ke,a1 as M,j as e,d as D,a as w,l as de,c as k,f as le,g as ce,h as ue,i as pe,k as me,$ as K,e as Z,b as fe,a2 as Ue,m as C,a3 as We,a4 as A,R as Be,t as He,a5 as qe,a6 as Ze,a7 as X}from"./index-f9jAWCJ1.js";import{b as Qe,e as Ye,s as Je,t as V,$ as Xe,a as en}from"./texts-D_JTCvIl.js";const be=new WeakMap;function nn(n,i,o){let{value:s,children:m,"aria-label":r,"aria-labelledby":u,onPressStart:d,onPressEnd:h,onPressChange:b,onPress:t,onPressUp:x,onClick:$}=n;const j=n.isDisabled||i.isDisabled;let l=i.selectedValue===s,y=L=>{L.stopPropagation(),i.setSelectedValue(s)},{pressProps:N,isPressed:f}=J({onPressStart:d,onPressEnd:h,onPressChange:b,onPress:t,onPressUp:x,onClick:$,isDisabled:j}),{pressProps:P,isPressed:v}=J({onPressStart:d,onPressEnd:h,onPressChange:b,onPressUp:x,onClick:$,isDisabled:j,onPress(L){t?.(L),i.setSelectedValue(s),o.current?.focus()}}),{focusableProps:E}=xe(_(n,{onFocus:()=>i.setLastFocusedValue(s)}),o),T=_(N,E),g=q(n,{labelable:!0}),p=-1;i.selectedValue!=null?i.selectedValue===s&&(p=0):(i.lastFocusedValue===s||i.lastFocusedValue==null)&&(p=0),j&&(p=void 0);let{name:z,form:O,descriptionId:F,errorMessageId:G,validationBehavior:H}=be.get(i);je(o,i.defaultSelectedValue,i.setSelectedValue),$e({validationBehavior:H},i,o);let Y=Qe();return{labelProps:_(P,c.useMemo(()=>({onClick:L=>L.preventDefault(),onMouseDown:L=>L.preventDefault()}),[])),inputProps:_(g,{...T,type:"radio",name:z,form:O,tabIndex:p,disabled:j,required:i.isRequired&&H==="native",checked:l,value:s,onChange:y,"aria-describedby":[n["aria-describedby"],Y.id,i.isInvalid?G:null,F].filter(Boolean).join(" ")||void 0}),descriptionProps:Y,isDisabled:j,isSelected:l,isPressed:f||v}}function an(n,i){let{name:o,form:s,isReadOnly:m,isRequired:r,isDisabled:u,orientation:d="vertical",validationBehavior:h="aria"}=n,{direction:b}=ye(),{isInvalid:t,validationErrors:x,validationDetails:$}=i.displayValidation,{labelProps:j,fieldProps:l,descriptionProps:y,errorMessageProps:N}=Ne({...n,labelElementType:"span",isInvalid:i.isInvalid,errorMessage:n.errorMessage||x}),f=q(n,{labelable:!0}),{focusWithinProps:P}=Pe({onBlurWithin(g){n.onBlur?.(g),i.selectedValue||i.setLastFocusedValue(null)},onFocusWithin:n.onFocus,onFocusWithinChange:n.onFocusChange});function v(g,p){let z=ze(p.currentTarget,{from:Oe(p),accept:F=>F instanceof Ee(F).HTMLInputElement&&F.type==="radio"}),O;return g==="next"?(O=z.nextNode(),O||(z.currentNode=p.currentTarget,O=z.firstChild())):(O=z.previousNode(),O||(z.currentNode=p.currentTarget,O=z.lastChild())),O?(O.focus(),i.setSelectedValue(O.value),!0):!1}let{keyboardProps:E}=ve({shortcuts:{ArrowRight:g=>v(b==="rtl"&&d!=="vertical"?"prev":"next",g),ArrowLeft:g=>v(b==="rtl"&&d!=="vertical"?"next":"prev",g),ArrowDown:g=>v("next",g),ArrowUp:g=>v("prev",g)},allowRepeats:!0}),T=ge(o);return be.set(i,{name:T,form:s,descriptionId:y.id,errorMessageId:N.id,validationBehavior:h}),{radioGroupProps:_(f,{role:"radiogroup",...E,"aria-invalid":i.isInvalid||void 0,"aria-errormessage":n["aria-errormessage"],"aria-readonly":m||void 0,"aria-required":r||void 0,"aria-disabled":u||void 0,"aria-orientation":d,...l,...P}),labelProps:j,descriptionProps:y,errorMessageProps:N,isInvalid:t,validationErrors:x,validationDetails:$}}let on=Math.round(Math.random()*1e10),sn=0;function rn(n){let i=c.useMemo(()=>n.name||`radio-group-${on}-${++sn}`,[n.name]),[o,s]=Ie(n.value,n.defaultValue??null,n.onChange),[m]=c.useState(o),[r,u]=c.useState(null),d=Ce({...n,value:o}),h=t=>{!n.isReadOnly&&!n.isDisabled&&(s(t),d.commitValidation())},b=d.displayValidation.isInvalid;return{...d,name:i,selectedValue:o,defaultSelectedValue:n.value!==void 0?m:n.defaultValue??null,setSelectedValue:h,lastFocusedValue:r,setLastFocusedValue:u,isDisabled:n.isDisabled||!1,isReadOnly:n.isReadOnly||!1,isRequired:n.isRequired||!1,validationState:n.validationState||(b?"invalid":null),isInvalid:b}}const tn=c.createContext(null),dn=c.createContext(null),Q=c.createContext(null),ln=c.forwardRef(function(i,o){[i,o]=se(i,o,tn);let{validationBehavior:s}=Re(we)||{},m=i.validationBehavior??s??"native",r=rn({...i,validationBehavior:m}),[u,d]=ke(!i["aria-label"]&&!i["aria-labelledby"]),{radioGroupProps:h,labelProps:b,descriptionProps:t,errorMessageProps:x,...$}=an({...i,label:d,validationBehavior:m},r),j=re({...i,values:{orientation:i.orientation||"vertical",isDisabled:r.isDisabled,isReadOnly:r.isReadOnly,isRequired:r.isRequired,isInvalid:r.isInvalid,state:r},defaultClassName:"react-aria-RadioGroup"}),l=q(i,{global:!0});return R.createElement(te.div,{..._(l,j,h),ref:o,slot:i.slot||void 0,"data-orientation":i.orientation||"vertical","data-invalid":r.isInvalid||void 0,"data-disabled":r.isDisabled||void 0,"data-readonly":r.isReadOnly||void 0,"data-required":r.isRequired||void 0},R.createElement(Se,{values:[[Q,r],[De,{...b,ref:u,elementType:"span"}],[Te,{slots:{description:t,errorMessage:x}}],[Fe,$]]},R.createElement(_e,null,j.children)))}),cn=c.forwardRef(function(i,o){let{inputRef:s=null,...m}=i;[i,o]=se(m,o,dn);let r=R.useContext(Q),u=Ae(c.useMemo(()=>Le(s,i.inputRef!==void 0?i.inputRef:null),[s,i.inputRef])),d=nn({...Me(i),children:typeof i.children=="function"?!0:i.children},r,u);return R.createElement(he.Provider,{value:{...d,inputRef:u,defaultClassName:"react-aria-Radio"}},R.createElement(un,{...i,ref:o}))}),he=c.createContext(null),un=c.forwardRef(function(i,o){let{labelProps:s,inputProps:m,isSelected:r,isDisabled:u,isPressed:d,defaultClassName:h,inputRef:b}=c.useContext(he),t=R.useContext(Q),{isFocused:x,isFocusVisible:$,focusProps:j}=Ge(),l=u||t.isReadOnly,{hoverProps:y,isHovered:N}=Ve({...i,isDisabled:l}),f=re({...i,defaultClassName:h,values:{isSelected:r,isPressed:d,isHovered:N,isFocused:x,isFocusVisible:$,isDisabled:u,isReadOnly:t.isReadOnly,isInvalid:t.isInvalid,isRequired:t.isRequired}}),P=q(i,{global:!0});return delete P.id,delete P.onClick,R.createElement(te.label,{..._(P,s,y,f),ref:o,"data-selected":r||void 0,"data-pressed":d||void 0,"data-hovered":N||void 0,"data-focused":x||void 0,"data-focus-visible":$||void 0,"data-disabled":u||void 0,"data-readonly":t.isReadOnly||void 0,"data-invalid":t.isInvalid||void 0,"data-required":t.isRequired||void 0},R.createElement(Ke,{elementType:"span"},R.createElement("input",{..._(m,j),ref:b})),f.children)}),ee={SENT_TO_CHAIR:"forward",GROUP_SET_UP:"setUpGroup",GROUP_CHANGED:"changeGroup",FIRST_GROUP_MEETING:"firstMeeting",GROUP_MEETING:"meeting",VICTIM_FORM:"victimForm",PERPETRATOR_FORM:"perpetratorForm",MONITORING_STARTED:"startMonitoring",HELP_PLAN_REVIEWED:"reviewPlan",CLOSED:"close",MONITORING_ENDED:"endMonitoring"};function pn(n,i){const o=n.flatMap(s=>ee[s]?[ee[s]]:[]);return i&&o.push("recordWork"),o}function mn(n,i){return{id:n.id,version:n.version,on:i||null}}function fn(n){const i=[];return n.includes("SOCIAL_WELFARE")||i.push("SOCIAL_WORKER_REQUIRED"),n.includes("POLICE")||i.push("POLICE_OFFICER_REQUIRED"),i}function bn({error:n,payload:i}){const o=Ye(n);return o.includes("CONFLICT")?{kind:"conflict"}:o.includes("FORBIDDEN")?{kind:"forbidden"}:i?i.userErrors.length>0?{kind:"refused",problems:Je(i.userErrors)}:{kind:"done"}:{kind:"failed"}}function ne(n){return n.map(i=>i.trim()).filter(i=>i!=="").map(i=>({description:i}))}const hn={INTERVENTION:["WITH_POLICE","WITHOUT_POLICE"],CONSULTATION:["SOCIAL","LEGAL","PSYCHOLOGICAL","PEDAGOGICAL"]},a={documentTitle:"Niebieska Karta — Ostoja",back:"Wróć do listy kart",loading:"Wczytywanie karty…",loadError:"Nie udało się wczytać karty. Spróbuj ponownie.",retry:"Spróbuj ponownie",notFoundTitle:"Nie ma takiej karty",notFound:"Ta karta nie istnieje albo nie masz do niej dostępu.",title:n=>n?`Niebieska Karta: ${n}`:"Niebieska Karta",status:M.status,statusLabel:"Status",initiatedOn:"Wszczęta",initiator:"Wszczynający",institutions:V.institutions,violenceForms:"Formy przemocy",violence:V.violence,summary:"Podsumowanie",persons:"Osoby",personColumns:{name:"Imię i nazwisko",role:"Rola",pesel:"PESEL",born:"Data urodzenia",minor:"Małoletnia"},roles:V.roles,minor:"tak",adult:"nie",noPesel:"brak",deadlines:"Terminy",deadlineColumns:{kind:"Termin",due:"Do dnia",state:"Stan"},deadlineKind:M.deadlineKind,deadlineState:{PENDING:"oczekuje",MET:"dotrzymany",OVERDUE:"przekroczony",CANCELLED:"bezprzedmiotowy"},metOn:n=>`spełniony ${n}`,metLate:n=>`spełniony po terminie ${n}`,overdue:M.overdue,dueToday:M.dueToday,dueSoon:M.dueSoon,days:M.days,noDeadlines:"Brak terminów.",history:"Przebieg procedury",historyColumns:{step:"Krok",who:"Kto",when:"Kiedy"},steps:{OPENED:"Wszczęcie procedury (NK-A)",UPDATED:"Poprawienie formularza NK-A",SENT_TO_CHAIR:"Przekazanie przewodniczącemu",ATTACHED:"Dołączenie do prowadzonej procedury",SUBSEQUENT_NK_A:"Dołączenie kolejnego formularza NK-A",GROUP_SET_UP:"Powołanie grupy diagnostyczno-pomocowej",GROUP_CHANGED:"Zmiana składu grupy",FIRST_GROUP_MEETING:"Pierwsze posiedzenie grupy",GROUP_MEETING:"Posiedzenie grupy",VICTIM_FORM:"Formularz NK-C",PERPETRATOR_FORM:"Formularz NK-D",MONITORING_STARTED:"Rozpoczęcie monitorowania",HELP_PLAN_REVIEWED:"Przegląd planu pomocy",CLOSED:"Zakończenie procedury",MONITORING_ENDED:"Koniec monitorowania po zakończeniu"},unknownPerson:"—",forms:"Formularze",formKind:{NK_A:"NK-A",NK_A_SUBSEQUENT:"Kolejny NK-A",NK_C:"NK-C",NK_D:"NK-D"},formLine:(n,i,o)=>`${n}, ${i}${o?`, ${o}`:""}`,group:"Grupa diagnostyczno-pomocowa",noGroup:"Grupa nie została jeszcze powołana.",groupMember:(n,i)=>`${n} (${i})`,institutionKind:V.institutions,helpPlan:"Plan pomocy (NK-C)",actionPlan:"Plan działań (NK-D)",noPlan:"Brak pozycji.",planStatus:{PLANNED:"zaplanowane",IN_PROGRESS:"w realizacji",DONE:"zrealizowane",ABANDONED:"zaniechane"},planDue:n=>`do ${n}`,work:"Praca w sprawie",noWork:"Nie zapisano pracy.",workKind:{INTERVENTION:"Interwencja",CONSULTATION:"Porada",SOCIAL_CONTRACT:"Kontrakt socjalny",SHELTER_PLACEMENT:"Umieszczenie w schronieniu",MEDICAL_HELP:"Zorganizowana pomoc medyczna"},workVariant:{WITH_POLICE:"z udziałem policji",WITHOUT_POLICE:"bez udziału policji",SOCIAL:"socjalna",LEGAL:"prawna",PSYCHOLOGICAL:"psychologiczna",PEDAGOGICAL:"pedagogiczna"},actions:"Dostępne działania",noActions:"Nie możesz teraz podjąć żadnego kroku w tej procedurze.",action:{forward:"Przekaż przewodniczącemu zespołu",setUpGroup:"Powołaj grupę diagnostyczno-pomocową",changeGroup:"Zmień skład grupy",firstMeeting:"Zapisz pierwsze posiedzenie grupy",meeting:"Zapisz posiedzenie grupy",victimForm:"Wypełnij formularz NK-C",perpetratorForm:"Wypełnij formularz NK-D",startMonitoring:"Rozpocznij monitorowanie",reviewPlan:"Zapisz przegląd planu pomocy",close:"Zakończ procedurę",endMonitoring:"Zakończ monitorowanie po zakończeniu procedury",recordWork:"Zapisz pracę w sprawie"},submit:"Zatwierdź",cancel:"Anuluj",sending:"Wysyłanie…",on:"Data",onHint:"Domyślnie dziś; format dd.mm.rrrr.",done:n=>`Zapisano: ${n}.`,members:"Członkowie grupy",compositionRule:"Grupa musi obejmować przedstawiciela jednostki organizacyjnej pomocy społecznej i policji; mogą w niej pracować tylko osoby, które podpisały oświadczenie o zachowaniu poufności.",compositionMet:"Skład spełnia wymogi ustawy.",memberOption:(n,i)=>`${n} — ${i}`,noStatement:"bez oświadczenia o poufności",person:"Osoba",choosePerson:"Wybierz osobę",diagnosis:"Diagnoza sytuacji",violenceHistory:"Historia przemocy (pierwszy, powtarzający się, najbardziej niebezpieczny i ostatni akt)",planItem:n=>`Pozycja planu ${n}`,addPlanItem:"Dodaj pozycję planu",removePlanItem:n=>`Usuń pozycję ${n}`,ground:"Podstawa zakończenia",grounds:{VIOLENCE_STOPPED_AND_PLAN_CARRIED_OUT:"ustanie przemocy domowej i zrealizowanie planu pomocy",UNFOUNDED:"brak zasadności podejmowania działań"},workKindLabel:"Rodzaj pracy",chooseWorkKind:"Wybierz rodzaj",variantLabel:"Odmiana",chooseVariant:"Wybierz odmianę",note:"Notatka",problems:"Popraw zaznaczone pola:",failed:"Nie udało się zapisać. Wpisane dane są zachowane, spróbuj ponownie.",forbidden:"Nie możesz podjąć tego kroku.",conflict:"Ktoś inny zmienił tę kartę w międzyczasie. Odśwież kartę i spróbuj ponownie; wpisane dane zostaną zachowane.",reload:"Odśwież kartę",errors:{...V.errors,TOO_EARLY:"Data nie może być wcześniejsza niż poprzedni krok procedury.",ILLEGAL_TRANSITION:"Tego kroku nie można podjąć w obecnym stanie procedury.",NO_CHAIR:"Zespół interdyscyplinarny nie ma przewodniczącego.",MATCH_UNDECIDED:"Najpierw rozstrzygnij, czy dołączyć formularz do prowadzonej procedury.",SOCIAL_WORKER_REQUIRED:"W grupie musi być przedstawiciel pomocy społecznej.",POLICE_OFFICER_REQUIRED:"W grupie musi być przedstawiciel policji.",CONFIDENTIALITY_NOT_SIGNED:"Ta osoba nie podpisała oświadczenia o zachowaniu poufności.",DUPLICATE:"Ta osoba jest wybrana dwa razy.",NOT_FOUND:"Nie znaleziono.",MET_SEPARATELY:"Grupa spotyka się z osobą doznającą przemocy i z osobą stosującą przemoc oddzielnie.",HELP_PLAN_REQUIRED:"Najpierw wypełnij formularz NK-C z osobą doznającą przemocy.",ACTION_PLAN_REQUIRED:"Najpierw wypełnij formularz NK-D z osobą stosującą przemoc.",HELP_PLAN_NOT_CARRIED_OUT:"Plan pomocy nie jest zrealizowany.",MONITORING_NOT_OVER:"Monitorowanie po zakończeniu procedury jeszcze trwa.",PERPETRATOR_ONLY:"Ta pozycja należy do planu działań osoby stosującej przemoc.",NOT_APPLICABLE:"Nie dotyczy tego rodzaju.",TOO_LONG:"Tekst jest za długi.",INVALID:"Nieprawidłowa wartość."},unknownError:n=>`Popraw to pole (${n}).`},xn=C(`
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
`),ie=C(`
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
`),jn=C(`
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
`),$n=C(`
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
`),yn=C(`
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
`),Nn=C(`
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
`),Pn=C(`
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
`),vn=C(`
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
`),gn=C(`
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
`),zn=C(`
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
`),En={forward:xn,firstMeeting:ie,meeting:ie,startMonitoring:jn,reviewPlan:$n,endMonitoring:yn},I=n=>a.errors[n]??a.unknownError(n);function On({card:n,actions:i,members:o,reload:s,onDone:m}){const[r,u]=c.useState(null);return i.length===0?e.jsx("p",{children:a.noActions}):e.jsx("ul",{className:"card-actions",children:i.map(d=>e.jsxs("li",{children:[e.jsx(D,{className:"button secondary","aria-expanded":r===d,onPress:()=>u(r===d?null:d),children:a.action[d]}),r===d&&e.jsx(In,{kind:d,card:n,members:o,reload:s,onCancel:()=>u(null),onDone:()=>{u(null),m(a.done(a.action[d]??d))}})]},d))})}function In(n){const{kind:i}=n;return i==="setUpGroup"||i==="changeGroup"?e.jsx(Rn,{...n}):i==="victimForm"||i==="perpetratorForm"?e.jsx(wn,{...n}):i==="close"?e.jsx(kn,{...n}):i==="recordWork"?e.jsx(Sn,{...n}):e.jsx(Cn,{...n})}function U(){const n=Ue(),[i,o]=c.useState(null),[s,m]=c.useState(!1),r=async(d,h,b)=>{m(!0);const t=await n.mutation(d,h).toPromise();m(!1);const x=t.data,$=x?Object.values(x)[0]:null,j=bn({error:t.error,payload:$});o(j),j.kind==="done"&&b()},u=i?.kind==="refused"?i.problems:{};return{outcome:i,sending:s,send:r,problems:u,problem:d=>u[d]}}function W(n){const{outcome:i}=n,o=m=>{m.preventDefault(),n.onSubmit()},s=i?.kind==="refused"?Object.entries(i.problems):[];return e.jsxs("form",{className:"action-form","aria-label":a.action[n.kind],onSubmit:o,noValidate:!0,children:[e.jsxs("div",{role:"alert",className:i&&i.kind!=="done"?"summary":void 0,children:[s.length>0&&e.jsxs(e.Fragment,{children:[e.jsx("p",{children:a.problems}),e.jsx("ul",{children:s.map(([m,r])=>e.jsx("li",{children:I(r)},m))})]}),i?.kind==="conflict"&&e.jsxs("p",{children:[a.conflict," ",e.jsx(D,{className:"button secondary",onPress:n.reload,children:a.reload})]}),i?.kind==="forbidden"&&e.jsx("p",{children:a.forbidden}),i?.kind==="failed"&&e.jsx("p",{children:a.failed})]}),n.children,e.jsxs("div",{className:"actions",children:[e.jsx(D,{type:"submit",className:"button primary",isDisabled:n.sending,children:n.sending?a.sending:a.submit}),e.jsx(D,{className:"button secondary",onPress:n.onCancel,children:a.cancel})]})]})}function B(n){return e.jsxs(K,{className:"field",type:"date",value:n.value,onChange:n.onChange,isInvalid:!!n.problem,children:[e.jsx(w,{children:n.label??a.on}),e.jsx(fe,{autoFocus:n.autoFocus}),e.jsx(de,{slot:"description",className:"hint",children:a.onHint}),e.jsx(k,{className:"error",children:I(n.problem??"")})]})}function Cn({kind:n,card:i,reload:o,onCancel:s,onDone:m}){const[r,u]=c.useState(""),{outcome:d,sending:h,send:b,problem:t}=U(),x=En[n];return e.jsx(W,{kind:n,outcome:d,sending:h,reload:o,onCancel:s,onSubmit:()=>x&&void b(x,{input:mn(i,r)},m),children:e.jsx(B,{value:r,onChange:u,problem:t("on"),autoFocus:!0})})}function Rn({kind:n,card:i,members:o,reload:s,onCancel:m,onDone:r}){const[u,d]=c.useState(()=>i.diagnosticGroup.map(f=>f.teamMemberId)),[h,b]=c.useState(""),{outcome:t,sending:x,send:$,problem:j}=U(),l=o.filter(f=>u.includes(f.id)).map(f=>f.institution),y=fn(l),N=j("memberIds")??Object.entries(t?.kind==="refused"?t.problems:{}).find(([f])=>f.startsWith("memberIds."))?.[1];return e.jsxs(W,{kind:n,outcome:t,sending:x,reload:s,onCancel:m,onSubmit:()=>{$(Nn,{input:{id:i.id,version:i.version,memberIds:u,on:h||null}},r)},children:[e.jsxs(Xe,{className:"checks",value:u,onChange:d,isInvalid:!!N,children:[e.jsx(w,{className:"group-label",children:a.members}),e.jsx(de,{slot:"description",className:"hint",children:a.compositionRule}),o.map((f,P)=>e.jsxs(en,{value:f.id,className:"check",isDisabled:!f.confidentialitySignedOn,autoFocus:P===0,children:[e.jsx("span",{className:"box","aria-hidden":"true"}),a.memberOption(f.displayName??a.unknownPerson,a.institutionKind[f.institution]??f.institution),!f.confidentialitySignedOn&&` (${a.noStatement})`]},f.id)),e.jsx(k,{className:"error",children:I(N??"")})]}),e.jsx("div",{"aria-live":"polite",className:"composition",children:y.length===0?e.jsx("p",{children:a.compositionMet}):e.jsx("ul",{children:y.map(f=>e.jsx("li",{children:I(f)},f))})}),e.jsx(B,{value:h,onChange:b,problem:j("on")})]})}function wn({kind:n,card:i,reload:o,onCancel:s,onDone:m}){const r=n==="victimForm",u=i.persons.filter(p=>p.role===(r?"VICTIM":"PERPETRATOR")),[d,h]=c.useState(u[0]?.id??""),[b,t]=c.useState(""),[x,$]=c.useState(""),[j,l]=c.useState(""),[y,N]=c.useState([""]),{outcome:f,sending:P,send:v,problem:E}=U(),T=r?"helpPlan":"actionPlan",g=()=>{const p={id:i.id,version:i.version,personId:d,filledOn:b||null,diagnosis:x};r?v(Pn,{input:{...p,history:j.trim()||null,helpPlan:ne(y)}},m):v(vn,{input:{...p,actionPlan:ne(y)}},m)};return e.jsxs(W,{kind:n,outcome:f,sending:P,reload:o,onCancel:s,onSubmit:g,children:[e.jsxs(le,{className:"field",selectedKey:d||null,onSelectionChange:p=>h(p==null?"":String(p)),isInvalid:!!E("personId"),placeholder:a.choosePerson,children:[e.jsx(w,{children:a.person}),e.jsxs(D,{className:"select-button",autoFocus:!0,children:[e.jsx(ce,{}),e.jsx("span",{"aria-hidden":"true",children:" ▾"})]}),e.jsx(ue,{className:"popover",children:e.jsx(pe,{className:"listbox",children:u.map(p=>e.jsx(me,{id:p.id,className:"option",children:`${p.firstName} ${p.lastName}`},p.id))})}),e.jsx(k,{className:"error",children:I(E("personId")??"")})]}),e.jsx(B,{value:b,onChange:t,problem:E("filledOn")}),e.jsxs(K,{className:"field wide",value:x,onChange:$,isInvalid:!!E("diagnosis"),children:[e.jsx(w,{children:a.diagnosis}),e.jsx(Z,{rows:4}),e.jsx(k,{className:"error",children:I(E("diagnosis")??"")})]}),r&&e.jsxs(K,{className:"field wide",value:j,onChange:l,isInvalid:!!E("history"),children:[e.jsx(w,{children:a.violenceHistory}),e.jsx(Z,{rows:3}),e.jsx(k,{className:"error",children:I(E("history")??"")})]}),e.jsxs("fieldset",{children:[e.jsx("legend",{children:r?a.helpPlan:a.actionPlan}),y.map((p,z)=>e.jsxs("div",{className:"plan-row",children:[e.jsxs(K,{className:"field wide",value:p,onChange:O=>N(F=>F.map((G,H)=>H===z?O:G)),isInvalid:!!E(`${T}.${z}.description`),children:[e.jsx(w,{children:a.planItem(z+1)}),e.jsx(fe,{}),e.jsx(k,{className:"error",children:I(E(`${T}.${z}.description`)??"")})]}),y.length>1&&e.jsx(D,{className:"button secondary",onPress:()=>N(O=>O.filter((F,G)=>G!==z)),children:a.removePlanItem(z+1)})]},z)),e.jsx(D,{className:"button secondary",onPress:()=>N(p=>[...p,""]),children:a.addPlanItem})]})]})}function kn({kind:n,card:i,reload:o,onCancel:s,onDone:m}){const[r,u]=c.useState(""),[d,h]=c.useState(""),{outcome:b,sending:t,send:x,problem:$}=U(),[j,l]=c.useState(!1),y=()=>{if(!r){l(!0);return}x(gn,{input:{id:i.id,version:i.version,ground:r,on:d||null}},m)},N=$("ground")??(j&&!r?"REQUIRED":void 0);return e.jsxs(W,{kind:n,outcome:b,sending:t,reload:o,onCancel:s,onSubmit:y,children:[e.jsxs(ln,{className:"checks",value:r,onChange:u,isInvalid:!!N,children:[e.jsx(w,{className:"group-label",children:a.ground}),Object.entries(a.grounds).map(([f,P],v)=>e.jsxs(cn,{value:f,className:"check",autoFocus:v===0,children:[e.jsx("span",{className:"box round","aria-hidden":"true"}),P]},f)),e.jsx(k,{className:"error",children:I(N??"")})]}),e.jsx(B,{value:d,onChange:h,problem:$("on")})]})}function Sn({kind:n,card:i,reload:o,onCancel:s,onDone:m}){const[r,u]=c.useState(""),[d,h]=c.useState(""),[b,t]=c.useState(""),[x,$]=c.useState(""),[j,l]=c.useState(!1),{outcome:y,sending:N,send:f,problem:P}=U(),v=hn[r]??[],E=()=>{if(!r||v.length>0&&!d){l(!0);return}f(zn,{input:{blueCardId:i.id,kind:r,variant:v.length>0?d:null,occurredOn:b||null,note:x.trim()||null}},m)},T=P("kind")??(j&&!r?"REQUIRED":void 0),g=P("variant")??(j&&v.length>0&&!d?"REQUIRED":void 0);return e.jsxs(W,{kind:n,outcome:y,sending:N,reload:o,onCancel:s,onSubmit:E,children:[e.jsx(ae,{label:a.workKindLabel,placeholder:a.chooseWorkKind,options:a.workKind,value:r,onChange:p=>{u(p),h("")},problem:T,autoFocus:!0}),v.length>0&&e.jsx(ae,{label:a.variantLabel,placeholder:a.chooseVariant,options:Object.fromEntries(v.map(p=>[p,a.workVariant[p]??p])),value:d,onChange:h,problem:g}),e.jsx(B,{value:b,onChange:t,problem:P("occurredOn")}),e.jsxs(K,{className:"field wide",value:x,onChange:$,isInvalid:!!P("note"),children:[e.jsx(w,{children:a.note}),e.jsx(Z,{rows:3}),e.jsx(k,{className:"error",children:I(P("note")??"")})]})]})}function ae(n){return e.jsxs(le,{className:"field",selectedKey:n.value||null,onSelectionChange:i=>n.onChange(i==null?"":String(i)),isInvalid:!!n.problem,placeholder:n.placeholder,children:[e.jsx(w,{children:n.label}),e.jsxs(D,{className:"select-button",autoFocus:n.autoFocus,children:[e.jsx(ce,{}),e.jsx("span",{"aria-hidden":"true",children:" ▾"})]}),e.jsx(ue,{className:"popover",children:e.jsx(pe,{className:"listbox",children:Object.entries(n.options).map(([i,o])=>e.jsx(me,{id:i,className:"option",children:o},i))})}),e.jsx(k,{className:"error",children:I(n.problem??"")})]})}const Dn=C(`
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
`);function Vn({id:n}){const[{data:i,fetching:o,error:s},m]=We({query:Dn,variables:{id:n}}),[r,u]=c.useState(null),d=c.useRef(null);c.useEffect(()=>{r&&d.current?.focus()},[r]);const h=()=>m({requestPolicy:"network-only"}),b=i?.node,t=b&&"persons"in b?b:null,x=t?t.persons.filter(l=>l.role==="VICTIM").map(l=>`${l.firstName} ${l.lastName}`).join(", "):"";c.useEffect(()=>{document.title=a.documentTitle},[]);const $=e.jsx("p",{children:e.jsx("a",{href:Be.workList,children:a.back})});if(!i&&o)return e.jsx("p",{role:"status",children:a.loading});if(!t&&s)return e.jsxs(e.Fragment,{children:[$,e.jsxs("p",{role:"alert",children:[a.loadError," ",e.jsx(D,{className:"button secondary",onPress:h,children:a.retry})]})]});if(!t)return e.jsxs(e.Fragment,{children:[$,e.jsx("h1",{children:a.notFoundTitle}),e.jsx("p",{children:a.notFound})]});const j=i?.teams[0]?.members??[];return e.jsxs(e.Fragment,{children:[$,e.jsx("h1",{children:a.title(x)}),e.jsx("p",{role:"status",ref:d,tabIndex:-1,className:r?"notice":void 0,children:r}),e.jsx(Tn,{card:t}),e.jsx(S,{id:"actions",title:a.actions,children:e.jsx(On,{card:t,actions:pn(t.allowedSteps,t.mayRecordWork),members:j,reload:h,onDone:l=>{u(l),h()}})}),e.jsx(Fn,{card:t}),e.jsx(_n,{card:t}),e.jsx(Ln,{card:t}),e.jsx(S,{id:"group",title:a.group,children:t.diagnosticGroup.length===0?e.jsx("p",{children:a.noGroup}):e.jsx("ul",{children:t.diagnosticGroup.map(l=>e.jsx("li",{children:a.groupMember(l.displayName??a.unknownPerson,a.institutionKind[l.institution]??l.institution)},l.teamMemberId))})}),e.jsx(oe,{id:"help-plan",title:a.helpPlan,items:t.helpPlan}),e.jsx(oe,{id:"action-plan",title:a.actionPlan,items:t.actionPlan}),e.jsx(S,{id:"forms",title:a.forms,children:e.jsx("ul",{children:t.forms.map((l,y)=>e.jsx("li",{children:a.formLine(a.formKind[l.kind]??l.kind,A(l.filledOn),l.filledByName??"")},y))})}),e.jsx(S,{id:"work",title:a.work,children:t.work.length===0?e.jsx("p",{children:a.noWork}):e.jsx("ul",{children:t.work.map(l=>e.jsxs("li",{children:[A(l.occurredOn),": ",a.workKind[l.kind]??l.kind,l.variant?` (${a.workVariant[l.variant]??l.variant})`:"",l.recordedByName?`, ${l.recordedByName}`:"",l.note?` — ${l.note}`:""]},l.id))})})]})}function S({id:n,title:i,children:o}){return e.jsxs("section",{"aria-labelledby":`card-${n}`,children:[e.jsx("h2",{id:`card-${n}`,children:i}),o]})}function Tn({card:n}){return e.jsxs("dl",{className:"facts","aria-label":a.summary,children:[e.jsxs("div",{children:[e.jsx("dt",{children:a.statusLabel}),e.jsx("dd",{"data-testid":"card-status",children:a.status[n.status]??n.status})]}),e.jsxs("div",{children:[e.jsx("dt",{children:a.initiatedOn}),e.jsx("dd",{children:A(n.initiatedOn)})]}),e.jsxs("div",{children:[e.jsx("dt",{children:a.initiator}),e.jsxs("dd",{children:[a.institutions[n.initiatorInstitution]??n.initiatorInstitution,n.initiatorName?`, ${n.initiatorName}`:""]})]}),e.jsxs("div",{children:[e.jsx("dt",{children:a.violenceForms}),e.jsx("dd",{children:n.violenceForms.map(i=>a.violence[i]??i).join(", ")})]})]})}function Fn({card:n}){const i=a.personColumns;return e.jsx(S,{id:"persons",title:a.persons,children:e.jsxs("table",{className:"cards",children:[e.jsx("thead",{children:e.jsxs("tr",{children:[e.jsx("th",{scope:"col",children:i.name}),e.jsx("th",{scope:"col",children:i.role}),e.jsx("th",{scope:"col",children:i.pesel}),e.jsx("th",{scope:"col",children:i.born}),e.jsx("th",{scope:"col",children:i.minor})]})}),e.jsx("tbody",{children:n.persons.map(o=>e.jsxs("tr",{children:[e.jsxs("th",{scope:"row",children:[o.firstName," ",o.lastName]}),e.jsx("td",{children:a.roles[o.role]??o.role}),e.jsx("td",{children:o.pesel??a.noPesel}),e.jsx("td",{children:A(o.dateOfBirth)}),e.jsx("td",{children:o.minor?a.minor:a.adult})]},o.id))})]})})}function _n({card:n}){const i=He(),o=a.deadlineColumns;return n.deadlines.length===0?e.jsx(S,{id:"deadlines",title:a.deadlines,children:e.jsx("p",{children:a.noDeadlines})}):e.jsx(S,{id:"deadlines",title:a.deadlines,children:e.jsxs("table",{className:"cards",children:[e.jsx("thead",{children:e.jsxs("tr",{children:[e.jsx("th",{scope:"col",children:o.kind}),e.jsx("th",{scope:"col",children:o.due}),e.jsx("th",{scope:"col",children:o.state})]})}),e.jsx("tbody",{children:n.deadlines.map(s=>e.jsxs("tr",{children:[e.jsx("th",{scope:"row",children:a.deadlineKind[s.kind]??s.kind}),e.jsx("td",{children:A(s.dueOn)}),e.jsx("td",{children:e.jsx(An,{deadline:s,today:i})})]},s.id))})]})})}function An({deadline:n,today:i}){const o=Ze([n],i);if(o){const s=o.urgency==="overdue"?a.overdue(X(-o.days,a.days)):o.days===0?a.dueToday:o.urgency==="soon"?a.dueSoon(X(o.days,a.days)):a.deadlineState[n.state]??n.state;return e.jsx("span",{className:`deadline ${o.urgency}`,children:e.jsx("strong",{className:"flag",children:s})})}return n.state==="MET"&&n.metOn?e.jsx("span",{children:n.metLate?a.metLate(A(n.metOn)):a.metOn(A(n.metOn))}):e.jsx("span",{children:a.deadlineState[n.state]??n.state})}function Ln({card:n}){const i=a.historyColumns;return e.jsx(S,{id:"history",title:a.history,children:e.jsxs("table",{className:"cards",children:[e.jsx("thead",{children:e.jsxs("tr",{children:[e.jsx("th",{scope:"col",children:i.step}),e.jsx("th",{scope:"col",children:i.who}),e.jsx("th",{scope:"col",children:i.when})]})}),e.jsx("tbody",{children:n.history.map((o,s)=>e.jsxs("tr",{children:[e.jsx("th",{scope:"row",children:a.steps[o.step]??o.step}),e.jsx("td",{children:o.takenByName??a.unknownPerson}),e.jsx("td",{children:qe(o.takenAt)})]},s))})]})})}function oe({id:n,title:i,items:o}){return e.jsx(S,{id:n,title:i,children:o.length===0?e.jsx("p",{children:a.noPlan}):e.jsx("ul",{children:o.map(s=>e.jsxs("li",{children:[s.description," — ",a.planStatus[s.status]??s.status,s.dueOn?`, ${a.planDue(A(s.dueOn))}`:"",s.responsibleName?`, ${s.responsibleName}`:""]},s.id))})})}export{Vn as CardPage};
