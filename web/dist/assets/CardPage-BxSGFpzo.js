import{a as m,J as xe,s as $e,k as ye,$ as R,d as Ne,e as Pe,j as e}from"./session-n7LnAU4d.js";import{m as J,o as ve,q as _,r as q,s as ze,v as ge,w as Ee,x as Ie,y as Oe,z as Ce,A as we,B as Re,C as ke,D as se,E as Se,F as De,G as Te,H as re,I as te,J as Fe,K as Ae,L as _e,M as Le,N as Me,O as Ge,P as Ve,Q as Ke,S as Be,T as M,d as C,U as Ue,a as k,k as de,c as S,f as le,g as ce,h as ue,i as pe,j as me,$ as B,e as Z,b as fe,l as O,V as T,R as be,W as We,t as He,X as qe,Y as Ze,Z as X}from"./app-BfY5t3uV.js";import{b as Qe,e as Ye,s as Je,t as K,$ as Xe,a as en}from"./texts-COV54zeY.js";import"./client-CNtUrJ3e.js";const he=new WeakMap;function nn(n,i,o){let{value:s,children:p,"aria-label":r,"aria-labelledby":u,onPressStart:d,onPressEnd:c,onPressChange:f,onPress:t,onPressUp:h,onClick:$}=n;const x=n.isDisabled||i.isDisabled;let l=i.selectedValue===s,y=L=>{L.stopPropagation(),i.setSelectedValue(s)},{pressProps:N,isPressed:j}=J({onPressStart:d,onPressEnd:c,onPressChange:f,onPress:t,onPressUp:h,onClick:$,isDisabled:x}),{pressProps:P,isPressed:v}=J({onPressStart:d,onPressEnd:c,onPressChange:f,onPressUp:h,onClick:$,isDisabled:x,onPress(L){t?.(L),i.setSelectedValue(s),o.current?.focus()}}),{focusableProps:E}=ve(_(n,{onFocus:()=>i.setLastFocusedValue(s)}),o),F=_(N,E),z=q(n,{labelable:!0}),b=-1;i.selectedValue!=null?i.selectedValue===s&&(b=0):(i.lastFocusedValue===s||i.lastFocusedValue==null)&&(b=0),x&&(b=void 0);let{name:g,form:I,descriptionId:A,errorMessageId:V,validationBehavior:H}=he.get(i);ze(o,i.defaultSelectedValue,i.setSelectedValue),ge({validationBehavior:H},i,o);let Y=Qe();return{labelProps:_(P,m.useMemo(()=>({onClick:L=>L.preventDefault(),onMouseDown:L=>L.preventDefault()}),[])),inputProps:_(z,{...F,type:"radio",name:g,form:I,tabIndex:b,disabled:x,required:i.isRequired&&H==="native",checked:l,value:s,onChange:y,"aria-describedby":[n["aria-describedby"],Y.id,i.isInvalid?V:null,A].filter(Boolean).join(" ")||void 0}),descriptionProps:Y,isDisabled:x,isSelected:l,isPressed:j||v}}function an(n,i){let{name:o,form:s,isReadOnly:p,isRequired:r,isDisabled:u,orientation:d="vertical",validationBehavior:c="aria"}=n,{direction:f}=Ee(),{isInvalid:t,validationErrors:h,validationDetails:$}=i.displayValidation,{labelProps:x,fieldProps:l,descriptionProps:y,errorMessageProps:N}=Ie({...n,labelElementType:"span",isInvalid:i.isInvalid,errorMessage:n.errorMessage||h}),j=q(n,{labelable:!0}),{focusWithinProps:P}=xe({onBlurWithin(z){n.onBlur?.(z),i.selectedValue||i.setLastFocusedValue(null)},onFocusWithin:n.onFocus,onFocusWithinChange:n.onFocusChange});function v(z,b){let g=we(b.currentTarget,{from:ye(b),accept:A=>A instanceof $e(A).HTMLInputElement&&A.type==="radio"}),I;return z==="next"?(I=g.nextNode(),I||(g.currentNode=b.currentTarget,I=g.firstChild())):(I=g.previousNode(),I||(g.currentNode=b.currentTarget,I=g.lastChild())),I?(I.focus(),i.setSelectedValue(I.value),!0):!1}let{keyboardProps:E}=Oe({shortcuts:{ArrowRight:z=>v(f==="rtl"&&d!=="vertical"?"prev":"next",z),ArrowLeft:z=>v(f==="rtl"&&d!=="vertical"?"next":"prev",z),ArrowDown:z=>v("next",z),ArrowUp:z=>v("prev",z)},allowRepeats:!0}),F=Ce(o);return he.set(i,{name:F,form:s,descriptionId:y.id,errorMessageId:N.id,validationBehavior:c}),{radioGroupProps:_(j,{role:"radiogroup",...E,"aria-invalid":i.isInvalid||void 0,"aria-errormessage":n["aria-errormessage"],"aria-readonly":p||void 0,"aria-required":r||void 0,"aria-disabled":u||void 0,"aria-orientation":d,...l,...P}),labelProps:x,descriptionProps:y,errorMessageProps:N,isInvalid:t,validationErrors:h,validationDetails:$}}let on=Math.round(Math.random()*1e10),sn=0;function rn(n){let i=m.useMemo(()=>n.name||`radio-group-${on}-${++sn}`,[n.name]),[o,s]=Re(n.value,n.defaultValue??null,n.onChange),[p]=m.useState(o),[r,u]=m.useState(null),d=ke({...n,value:o}),c=t=>{!n.isReadOnly&&!n.isDisabled&&(s(t),d.commitValidation())},f=d.displayValidation.isInvalid;return{...d,name:i,selectedValue:o,defaultSelectedValue:n.value!==void 0?p:n.defaultValue??null,setSelectedValue:c,lastFocusedValue:r,setLastFocusedValue:u,isDisabled:n.isDisabled||!1,isReadOnly:n.isReadOnly||!1,isRequired:n.isRequired||!1,validationState:n.validationState||(f?"invalid":null),isInvalid:f}}const tn=m.createContext(null),dn=m.createContext(null),Q=m.createContext(null),ln=m.forwardRef(function(i,o){[i,o]=se(i,o,tn);let{validationBehavior:s}=Se(De)||{},p=i.validationBehavior??s??"native",r=rn({...i,validationBehavior:p}),[u,d]=Te(!i["aria-label"]&&!i["aria-labelledby"]),{radioGroupProps:c,labelProps:f,descriptionProps:t,errorMessageProps:h,...$}=an({...i,label:d,validationBehavior:p},r),x=re({...i,values:{orientation:i.orientation||"vertical",isDisabled:r.isDisabled,isReadOnly:r.isReadOnly,isRequired:r.isRequired,isInvalid:r.isInvalid,state:r},defaultClassName:"react-aria-RadioGroup"}),l=q(i,{global:!0});return R.createElement(te.div,{..._(l,x,c),ref:o,slot:i.slot||void 0,"data-orientation":i.orientation||"vertical","data-invalid":r.isInvalid||void 0,"data-disabled":r.isDisabled||void 0,"data-readonly":r.isReadOnly||void 0,"data-required":r.isRequired||void 0},R.createElement(Fe,{values:[[Q,r],[Ae,{...f,ref:u,elementType:"span"}],[_e,{slots:{description:t,errorMessage:h}}],[Le,$]]},R.createElement(Me,null,x.children)))}),cn=m.forwardRef(function(i,o){let{inputRef:s=null,...p}=i;[i,o]=se(p,o,dn);let r=R.useContext(Q),u=Ge(m.useMemo(()=>Ve(s,i.inputRef!==void 0?i.inputRef:null),[s,i.inputRef])),d=nn({...Ke(i),children:typeof i.children=="function"?!0:i.children},r,u);return R.createElement(je.Provider,{value:{...d,inputRef:u,defaultClassName:"react-aria-Radio"}},R.createElement(un,{...i,ref:o}))}),je=m.createContext(null),un=m.forwardRef(function(i,o){let{labelProps:s,inputProps:p,isSelected:r,isDisabled:u,isPressed:d,defaultClassName:c,inputRef:f}=m.useContext(je),t=R.useContext(Q),{isFocused:h,isFocusVisible:$,focusProps:x}=Ne(),l=u||t.isReadOnly,{hoverProps:y,isHovered:N}=Pe({...i,isDisabled:l}),j=re({...i,defaultClassName:c,values:{isSelected:r,isPressed:d,isHovered:N,isFocused:h,isFocusVisible:$,isDisabled:u,isReadOnly:t.isReadOnly,isInvalid:t.isInvalid,isRequired:t.isRequired}}),P=q(i,{global:!0});return delete P.id,delete P.onClick,R.createElement(te.label,{..._(P,s,y,j),ref:o,"data-selected":r||void 0,"data-pressed":d||void 0,"data-hovered":N||void 0,"data-focused":h||void 0,"data-focus-visible":$||void 0,"data-disabled":u||void 0,"data-readonly":t.isReadOnly||void 0,"data-invalid":t.isInvalid||void 0,"data-required":t.isRequired||void 0},R.createElement(Be,{elementType:"span"},R.createElement("input",{..._(p,x),ref:f})),j.children)}),ee={SENT_TO_CHAIR:"forward",GROUP_SET_UP:"setUpGroup",GROUP_CHANGED:"changeGroup",FIRST_GROUP_MEETING:"firstMeeting",GROUP_MEETING:"meeting",VICTIM_FORM:"victimForm",PERPETRATOR_FORM:"perpetratorForm",MONITORING_STARTED:"startMonitoring",HELP_PLAN_REVIEWED:"reviewPlan",CLOSED:"close",MONITORING_ENDED:"endMonitoring"};function pn(n,i){const o=n.flatMap(s=>ee[s]?[ee[s]]:[]);return i&&o.push("recordWork"),o}function mn(n,i){return{id:n.id,version:n.version,on:i||null}}function fn(n){const i=[];return n.includes("SOCIAL_WELFARE")||i.push("SOCIAL_WORKER_REQUIRED"),n.includes("POLICE")||i.push("POLICE_OFFICER_REQUIRED"),i}function bn({error:n,payload:i}){const o=Ye(n);return o.includes("CONFLICT")?{kind:"conflict"}:o.includes("FORBIDDEN")?{kind:"forbidden"}:i?i.userErrors.length>0?{kind:"refused",problems:Je(i.userErrors)}:{kind:"done"}:{kind:"failed"}}function ne(n){return n.map(i=>i.trim()).filter(i=>i!=="").map(i=>({description:i}))}const hn={INTERVENTION:["WITH_POLICE","WITHOUT_POLICE"],CONSULTATION:["SOCIAL","LEGAL","PSYCHOLOGICAL","PEDAGOGICAL"]},a={documentTitle:"Niebieska Karta — Ostoja",back:"Wróć do listy kart",loading:"Wczytywanie karty…",loadError:"Nie udało się wczytać karty. Spróbuj ponownie.",retry:"Spróbuj ponownie",notFoundTitle:"Nie ma takiej karty",notFound:"Ta karta nie istnieje albo nie masz do niej dostępu.",title:n=>n?`Niebieska Karta: ${n}`:"Niebieska Karta",status:M.status,statusLabel:"Status",initiatedOn:"Wszczęta",initiator:"Wszczynający",institutions:K.institutions,violenceForms:"Formy przemocy",violence:K.violence,summary:"Podsumowanie",persons:"Osoby",personColumns:{name:"Imię i nazwisko",role:"Rola",pesel:"PESEL",born:"Data urodzenia",minor:"Małoletnia"},roles:K.roles,minor:"tak",adult:"nie",noPesel:"brak",deadlines:"Terminy",deadlineColumns:{kind:"Termin",due:"Do dnia",state:"Stan"},deadlineKind:M.deadlineKind,deadlineState:{PENDING:"oczekuje",MET:"dotrzymany",OVERDUE:"przekroczony",CANCELLED:"bezprzedmiotowy"},metOn:n=>`spełniony ${n}`,metLate:n=>`spełniony po terminie ${n}`,overdue:M.overdue,dueToday:M.dueToday,dueSoon:M.dueSoon,days:M.days,noDeadlines:"Brak terminów.",history:"Przebieg procedury",historyColumns:{step:"Krok",who:"Kto",when:"Kiedy"},steps:{OPENED:"Wszczęcie procedury (NK-A)",UPDATED:"Poprawienie formularza NK-A",SENT_TO_CHAIR:"Przekazanie przewodniczącemu",ATTACHED:"Dołączenie do prowadzonej procedury",SUBSEQUENT_NK_A:"Dołączenie kolejnego formularza NK-A",GROUP_SET_UP:"Powołanie grupy diagnostyczno-pomocowej",GROUP_CHANGED:"Zmiana składu grupy",FIRST_GROUP_MEETING:"Pierwsze posiedzenie grupy",GROUP_MEETING:"Posiedzenie grupy",VICTIM_FORM:"Formularz NK-C",PERPETRATOR_FORM:"Formularz NK-D",MONITORING_STARTED:"Rozpoczęcie monitorowania",HELP_PLAN_REVIEWED:"Przegląd planu pomocy",CLOSED:"Zakończenie procedury",MONITORING_ENDED:"Koniec monitorowania po zakończeniu"},unknownPerson:"—",forms:"Formularze",formKind:{NK_A:"NK-A",NK_A_SUBSEQUENT:"Kolejny NK-A",NK_C:"NK-C",NK_D:"NK-D"},formLine:(n,i,o)=>`${n}, ${i}${o?`, ${o}`:""}`,group:"Grupa diagnostyczno-pomocowa",noGroup:"Grupa nie została jeszcze powołana.",groupMember:(n,i)=>`${n} (${i})`,institutionKind:K.institutions,helpPlan:"Plan pomocy (NK-C)",actionPlan:"Plan działań (NK-D)",noPlan:"Brak pozycji.",planStatus:{PLANNED:"zaplanowane",IN_PROGRESS:"w realizacji",DONE:"zrealizowane",ABANDONED:"zaniechane"},planDue:n=>`do ${n}`,work:"Praca w sprawie",noWork:"Nie zapisano pracy.",workKind:{INTERVENTION:"Interwencja",CONSULTATION:"Porada",SOCIAL_CONTRACT:"Kontrakt socjalny",SHELTER_PLACEMENT:"Umieszczenie w schronieniu",MEDICAL_HELP:"Zorganizowana pomoc medyczna"},workVariant:{WITH_POLICE:"z udziałem policji",WITHOUT_POLICE:"bez udziału policji",SOCIAL:"socjalna",LEGAL:"prawna",PSYCHOLOGICAL:"psychologiczna",PEDAGOGICAL:"pedagogiczna"},matches:"Proponowane dopasowania",matchesIntro:"Ten formularz wskazuje osoby z prowadzonej procedury. Zdecyduj, czy dołączyć go do niej jako kolejny formularz NK-A, czy prowadzić odrębną procedurę; do tego czasu nie można powołać grupy.",matchProcedure:(n,i)=>`Procedura wszczęta ${i}: ${n}`,matchBasis:{PESEL:"zgodny PESEL osoby doznającej przemocy",NAME_AND_BIRTH_DATE:"zgodne imię, nazwisko i data urodzenia",CHAIR:"wskazana przez przewodniczącego"},attach:n=>`Dołącz do procedury: ${n}`,keepSeparate:"Prowadź jako odrębną procedurę",attached:"Formularz dołączony do prowadzonej procedury.",keptSeparate:"Formularz pozostaje odrębną procedurą.",actions:"Dostępne działania",noActions:"Nie możesz teraz podjąć żadnego kroku w tej procedurze.",action:{forward:"Przekaż przewodniczącemu zespołu",setUpGroup:"Powołaj grupę diagnostyczno-pomocową",changeGroup:"Zmień skład grupy",firstMeeting:"Zapisz pierwsze posiedzenie grupy",meeting:"Zapisz posiedzenie grupy",victimForm:"Wypełnij formularz NK-C",perpetratorForm:"Wypełnij formularz NK-D",startMonitoring:"Rozpocznij monitorowanie",reviewPlan:"Zapisz przegląd planu pomocy",close:"Zakończ procedurę",endMonitoring:"Zakończ monitorowanie po zakończeniu procedury",recordWork:"Zapisz pracę w sprawie"},submit:"Zatwierdź",cancel:"Anuluj",sending:"Wysyłanie…",on:"Data",onHint:"Domyślnie dziś; format dd.mm.rrrr.",done:n=>`Zapisano: ${n}.`,members:"Członkowie grupy",compositionRule:"Grupa musi obejmować przedstawiciela jednostki organizacyjnej pomocy społecznej i policji; mogą w niej pracować tylko osoby, które podpisały oświadczenie o zachowaniu poufności.",compositionMet:"Skład spełnia wymogi ustawy.",memberOption:(n,i)=>`${n} — ${i}`,noStatement:"bez oświadczenia o poufności",person:"Osoba",choosePerson:"Wybierz osobę",diagnosis:"Diagnoza sytuacji",violenceHistory:"Historia przemocy (pierwszy, powtarzający się, najbardziej niebezpieczny i ostatni akt)",planItem:n=>`Pozycja planu ${n}`,addPlanItem:"Dodaj pozycję planu",removePlanItem:n=>`Usuń pozycję ${n}`,ground:"Podstawa zakończenia",grounds:{VIOLENCE_STOPPED_AND_PLAN_CARRIED_OUT:"ustanie przemocy domowej i zrealizowanie planu pomocy",UNFOUNDED:"brak zasadności podejmowania działań"},workKindLabel:"Rodzaj pracy",chooseWorkKind:"Wybierz rodzaj",variantLabel:"Odmiana",chooseVariant:"Wybierz odmianę",note:"Notatka",problems:"Popraw zaznaczone pola:",failed:"Nie udało się zapisać. Wpisane dane są zachowane, spróbuj ponownie.",forbidden:"Nie możesz podjąć tego kroku.",conflict:"Ktoś inny zmienił tę kartę w międzyczasie. Odśwież kartę i spróbuj ponownie; wpisane dane zostaną zachowane.",reload:"Odśwież kartę",errors:{...K.errors,TOO_EARLY:"Data nie może być wcześniejsza niż poprzedni krok procedury.",ILLEGAL_TRANSITION:"Tego kroku nie można podjąć w obecnym stanie procedury.",NO_CHAIR:"Zespół interdyscyplinarny nie ma przewodniczącego.",NO_MATCH:"Nie ma dopasowania do rozstrzygnięcia.",MATCH_UNDECIDED:"Najpierw rozstrzygnij, czy dołączyć formularz do prowadzonej procedury.",SOCIAL_WORKER_REQUIRED:"W grupie musi być przedstawiciel pomocy społecznej.",POLICE_OFFICER_REQUIRED:"W grupie musi być przedstawiciel policji.",CONFIDENTIALITY_NOT_SIGNED:"Ta osoba nie podpisała oświadczenia o zachowaniu poufności.",DUPLICATE:"Ta osoba jest wybrana dwa razy.",NOT_FOUND:"Nie znaleziono.",MET_SEPARATELY:"Grupa spotyka się z osobą doznającą przemocy i z osobą stosującą przemoc oddzielnie.",HELP_PLAN_REQUIRED:"Najpierw wypełnij formularz NK-C z osobą doznającą przemocy.",ACTION_PLAN_REQUIRED:"Najpierw wypełnij formularz NK-D z osobą stosującą przemoc.",HELP_PLAN_NOT_CARRIED_OUT:"Plan pomocy nie jest zrealizowany.",MONITORING_NOT_OVER:"Monitorowanie po zakończeniu procedury jeszcze trwa.",PERPETRATOR_ONLY:"Ta pozycja należy do planu działań osoby stosującej przemoc.",NOT_APPLICABLE:"Nie dotyczy tego rodzaju.",TOO_LONG:"Tekst jest za długi.",INVALID:"Nieprawidłowa wartość."},unknownError:n=>`Popraw to pole (${n}).`},jn=O(`
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
`),ie=O(`
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
`),xn=O(`
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
`),$n=O(`
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
`),yn=O(`
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
`),Nn=O(`
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
`),Pn=O(`
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
`),vn=O(`
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
`),zn=O(`
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
`),gn=O(`
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
`),En={forward:jn,firstMeeting:ie,meeting:ie,startMonitoring:xn,reviewPlan:$n,endMonitoring:yn},w=n=>a.errors[n]??a.unknownError(n);function In({card:n,actions:i,members:o,reload:s,onDone:p}){const[r,u]=m.useState(null);return i.length===0?e.jsx("p",{children:a.noActions}):e.jsx("ul",{className:"card-actions",children:i.map(d=>e.jsxs("li",{children:[e.jsx(C,{className:"button secondary","aria-expanded":r===d,onPress:()=>u(r===d?null:d),children:a.action[d]}),r===d&&e.jsx(On,{kind:d,card:n,members:o,reload:s,onCancel:()=>u(null),onDone:()=>{u(null),p(a.done(a.action[d]??d))}})]},d))})}function On(n){const{kind:i}=n;return i==="setUpGroup"||i==="changeGroup"?e.jsx(wn,{...n}):i==="victimForm"||i==="perpetratorForm"?e.jsx(Rn,{...n}):i==="close"?e.jsx(kn,{...n}):i==="recordWork"?e.jsx(Sn,{...n}):e.jsx(Cn,{...n})}function G(){const n=Ue(),[i,o]=m.useState(null),[s,p]=m.useState(!1),r=async(d,c,f)=>{p(!0);const t=await n.mutation(d,c).toPromise();p(!1);const h=t.data,$=h?Object.values(h)[0]:null,x=bn({error:t.error,payload:$});o(x),x.kind==="done"&&f()},u=i?.kind==="refused"?i.problems:{};return{outcome:i,sending:s,send:r,problems:u,problem:d=>u[d]}}function U(n){const{outcome:i}=n,o=p=>{p.preventDefault(),n.onSubmit()},s=i?.kind==="refused"?Object.entries(i.problems):[];return e.jsxs("form",{className:"action-form","aria-label":a.action[n.kind],onSubmit:o,noValidate:!0,children:[e.jsxs("div",{role:"alert",className:i&&i.kind!=="done"?"summary":void 0,children:[s.length>0&&e.jsxs(e.Fragment,{children:[e.jsx("p",{children:a.problems}),e.jsx("ul",{children:s.map(([p,r])=>e.jsx("li",{children:w(r)},p))})]}),i?.kind==="conflict"&&e.jsxs("p",{children:[a.conflict," ",e.jsx(C,{className:"button secondary",onPress:n.reload,children:a.reload})]}),i?.kind==="forbidden"&&e.jsx("p",{children:a.forbidden}),i?.kind==="failed"&&e.jsx("p",{children:a.failed})]}),n.children,e.jsxs("div",{className:"actions",children:[e.jsx(C,{type:"submit",className:"button primary",isDisabled:n.sending,children:n.sending?a.sending:a.submit}),e.jsx(C,{className:"button secondary",onPress:n.onCancel,children:a.cancel})]})]})}function W(n){return e.jsxs(B,{className:"field",type:"date",value:n.value,onChange:n.onChange,isInvalid:!!n.problem,children:[e.jsx(k,{children:n.label??a.on}),e.jsx(fe,{autoFocus:n.autoFocus}),e.jsx(de,{slot:"description",className:"hint",children:a.onHint}),e.jsx(S,{className:"error",children:w(n.problem??"")})]})}function Cn({kind:n,card:i,reload:o,onCancel:s,onDone:p}){const[r,u]=m.useState(""),{outcome:d,sending:c,send:f,problem:t}=G(),h=En[n];return e.jsx(U,{kind:n,outcome:d,sending:c,reload:o,onCancel:s,onSubmit:()=>h&&void f(h,{input:mn(i,r)},p),children:e.jsx(W,{value:r,onChange:u,problem:t("on"),autoFocus:!0})})}function wn({kind:n,card:i,members:o,reload:s,onCancel:p,onDone:r}){const[u,d]=m.useState(()=>i.diagnosticGroup.map(j=>j.teamMemberId)),[c,f]=m.useState(""),{outcome:t,sending:h,send:$,problem:x}=G(),l=o.filter(j=>u.includes(j.id)).map(j=>j.institution),y=fn(l),N=x("memberIds")??Object.entries(t?.kind==="refused"?t.problems:{}).find(([j])=>j.startsWith("memberIds."))?.[1];return e.jsxs(U,{kind:n,outcome:t,sending:h,reload:s,onCancel:p,onSubmit:()=>{$(Nn,{input:{id:i.id,version:i.version,memberIds:u,on:c||null}},r)},children:[e.jsxs(Xe,{className:"checks",value:u,onChange:d,isInvalid:!!N,children:[e.jsx(k,{className:"group-label",children:a.members}),e.jsx(de,{slot:"description",className:"hint",children:a.compositionRule}),o.map((j,P)=>e.jsxs(en,{value:j.id,className:"check",isDisabled:!j.confidentialitySignedOn,autoFocus:P===0,children:[e.jsx("span",{className:"box","aria-hidden":"true"}),a.memberOption(j.displayName??a.unknownPerson,a.institutionKind[j.institution]??j.institution),!j.confidentialitySignedOn&&` (${a.noStatement})`]},j.id)),e.jsx(S,{className:"error",children:w(N??"")})]}),e.jsx("div",{"aria-live":"polite",className:"composition",children:y.length===0?e.jsx("p",{children:a.compositionMet}):e.jsx("ul",{children:y.map(j=>e.jsx("li",{children:w(j)},j))})}),e.jsx(W,{value:c,onChange:f,problem:x("on")})]})}function Rn({kind:n,card:i,reload:o,onCancel:s,onDone:p}){const r=n==="victimForm",u=i.persons.filter(b=>b.role===(r?"VICTIM":"PERPETRATOR")),[d,c]=m.useState(u[0]?.id??""),[f,t]=m.useState(""),[h,$]=m.useState(""),[x,l]=m.useState(""),[y,N]=m.useState([""]),{outcome:j,sending:P,send:v,problem:E}=G(),F=r?"helpPlan":"actionPlan",z=()=>{const b={id:i.id,version:i.version,personId:d,filledOn:f||null,diagnosis:h};r?v(Pn,{input:{...b,history:x.trim()||null,helpPlan:ne(y)}},p):v(vn,{input:{...b,actionPlan:ne(y)}},p)};return e.jsxs(U,{kind:n,outcome:j,sending:P,reload:o,onCancel:s,onSubmit:z,children:[e.jsxs(le,{className:"field",selectedKey:d||null,onSelectionChange:b=>c(b==null?"":String(b)),isInvalid:!!E("personId"),placeholder:a.choosePerson,children:[e.jsx(k,{children:a.person}),e.jsxs(C,{className:"select-button",autoFocus:!0,children:[e.jsx(ce,{}),e.jsx("span",{"aria-hidden":"true",children:" ▾"})]}),e.jsx(ue,{className:"popover",children:e.jsx(pe,{className:"listbox",children:u.map(b=>e.jsx(me,{id:b.id,className:"option",children:`${b.firstName} ${b.lastName}`},b.id))})}),e.jsx(S,{className:"error",children:w(E("personId")??"")})]}),e.jsx(W,{value:f,onChange:t,problem:E("filledOn")}),e.jsxs(B,{className:"field wide",value:h,onChange:$,isInvalid:!!E("diagnosis"),children:[e.jsx(k,{children:a.diagnosis}),e.jsx(Z,{rows:4}),e.jsx(S,{className:"error",children:w(E("diagnosis")??"")})]}),r&&e.jsxs(B,{className:"field wide",value:x,onChange:l,isInvalid:!!E("history"),children:[e.jsx(k,{children:a.violenceHistory}),e.jsx(Z,{rows:3}),e.jsx(S,{className:"error",children:w(E("history")??"")})]}),e.jsxs("fieldset",{children:[e.jsx("legend",{children:r?a.helpPlan:a.actionPlan}),y.map((b,g)=>e.jsxs("div",{className:"plan-row",children:[e.jsxs(B,{className:"field wide",value:b,onChange:I=>N(A=>A.map((V,H)=>H===g?I:V)),isInvalid:!!E(`${F}.${g}.description`),children:[e.jsx(k,{children:a.planItem(g+1)}),e.jsx(fe,{}),e.jsx(S,{className:"error",children:w(E(`${F}.${g}.description`)??"")})]}),y.length>1&&e.jsx(C,{className:"button secondary",onPress:()=>N(I=>I.filter((A,V)=>V!==g)),children:a.removePlanItem(g+1)})]},g)),e.jsx(C,{className:"button secondary",onPress:()=>N(b=>[...b,""]),children:a.addPlanItem})]})]})}function kn({kind:n,card:i,reload:o,onCancel:s,onDone:p}){const[r,u]=m.useState(""),[d,c]=m.useState(""),{outcome:f,sending:t,send:h,problem:$}=G(),[x,l]=m.useState(!1),y=()=>{if(!r){l(!0);return}h(zn,{input:{id:i.id,version:i.version,ground:r,on:d||null}},p)},N=$("ground")??(x&&!r?"REQUIRED":void 0);return e.jsxs(U,{kind:n,outcome:f,sending:t,reload:o,onCancel:s,onSubmit:y,children:[e.jsxs(ln,{className:"checks",value:r,onChange:u,isInvalid:!!N,children:[e.jsx(k,{className:"group-label",children:a.ground}),Object.entries(a.grounds).map(([j,P],v)=>e.jsxs(cn,{value:j,className:"check",autoFocus:v===0,children:[e.jsx("span",{className:"box round","aria-hidden":"true"}),P]},j)),e.jsx(S,{className:"error",children:w(N??"")})]}),e.jsx(W,{value:d,onChange:c,problem:$("on")})]})}function Sn({kind:n,card:i,reload:o,onCancel:s,onDone:p}){const[r,u]=m.useState(""),[d,c]=m.useState(""),[f,t]=m.useState(""),[h,$]=m.useState(""),[x,l]=m.useState(!1),{outcome:y,sending:N,send:j,problem:P}=G(),v=hn[r]??[],E=()=>{if(!r||v.length>0&&!d){l(!0);return}j(gn,{input:{blueCardId:i.id,kind:r,variant:v.length>0?d:null,occurredOn:f||null,note:h.trim()||null}},p)},F=P("kind")??(x&&!r?"REQUIRED":void 0),z=P("variant")??(x&&v.length>0&&!d?"REQUIRED":void 0);return e.jsxs(U,{kind:n,outcome:y,sending:N,reload:o,onCancel:s,onSubmit:E,children:[e.jsx(ae,{label:a.workKindLabel,placeholder:a.chooseWorkKind,options:a.workKind,value:r,onChange:b=>{u(b),c("")},problem:F,autoFocus:!0}),v.length>0&&e.jsx(ae,{label:a.variantLabel,placeholder:a.chooseVariant,options:Object.fromEntries(v.map(b=>[b,a.workVariant[b]??b])),value:d,onChange:c,problem:z}),e.jsx(W,{value:f,onChange:t,problem:P("occurredOn")}),e.jsxs(B,{className:"field wide",value:h,onChange:$,isInvalid:!!P("note"),children:[e.jsx(k,{children:a.note}),e.jsx(Z,{rows:3}),e.jsx(S,{className:"error",children:w(P("note")??"")})]})]})}function ae(n){return e.jsxs(le,{className:"field",selectedKey:n.value||null,onSelectionChange:i=>n.onChange(i==null?"":String(i)),isInvalid:!!n.problem,placeholder:n.placeholder,children:[e.jsx(k,{children:n.label}),e.jsxs(C,{className:"select-button",autoFocus:n.autoFocus,children:[e.jsx(ce,{}),e.jsx("span",{"aria-hidden":"true",children:" ▾"})]}),e.jsx(ue,{className:"popover",children:e.jsx(pe,{className:"listbox",children:Object.entries(n.options).map(([i,o])=>e.jsx(me,{id:i,className:"option",children:o},i))})}),e.jsx(S,{className:"error",children:w(n.problem??"")})]})}const Dn=O(`
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
`),Tn=O(`
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
`),Fn=n=>a.errors[n]??a.unknownError(n);function An({card:n,reload:i,onDone:o}){const{outcome:s,sending:p,send:r}=G(),u=(n.matchProposals??[]).filter(c=>c.decision==="PENDING"&&c.procedure);if(u.length===0)return null;const d=n.allowedSteps.includes("ATTACHED");return e.jsxs("section",{"aria-labelledby":"card-matches",children:[e.jsx("h2",{id:"card-matches",children:a.matches}),e.jsx("p",{children:a.matchesIntro}),e.jsxs("div",{role:"alert",className:s&&s.kind!=="done"?"summary":void 0,children:[s?.kind==="refused"&&e.jsx("ul",{children:Object.entries(s.problems).map(([c,f])=>e.jsx("li",{children:Fn(f)},c))}),s?.kind==="conflict"&&e.jsxs("p",{children:[a.conflict," ",e.jsx(C,{className:"button secondary",onPress:i,children:a.reload})]}),s?.kind==="forbidden"&&e.jsx("p",{children:a.forbidden}),s?.kind==="failed"&&e.jsx("p",{children:a.failed})]}),e.jsx("ul",{className:"card-actions",children:u.map(({procedure:c,basis:f})=>{if(!c)return null;const t=c.persons.filter(h=>h.role==="VICTIM").map(h=>`${h.firstName} ${h.lastName}`).join(", ");return e.jsxs("li",{children:[e.jsxs("p",{children:[e.jsx("a",{href:be.card(c.id),children:a.matchProcedure(t,T(c.initiatedOn))})," ","— ",a.status[c.status]??c.status,"; ",a.matchBasis[f]??f]}),e.jsxs("div",{className:"actions",children:[d&&e.jsx(C,{className:"button primary",isDisabled:p,onPress:()=>{r(Dn,{input:{id:n.id,version:n.version,procedureId:c.id,procedureVersion:c.version}},()=>o(a.attached))},children:a.attach(t)}),e.jsx(C,{className:"button secondary",isDisabled:p,onPress:()=>{r(Tn,{input:{id:n.id,version:n.version,on:null}},()=>o(a.keptSeparate))},children:a.keepSeparate})]})]},c.id)})})]})}const _n=O(`
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
`);function qn({id:n}){const[{data:i,fetching:o,error:s},p]=We({query:_n,variables:{id:n}}),[r,u]=m.useState(null),d=m.useRef(null);m.useEffect(()=>{r&&d.current?.focus()},[r]);const c=()=>p({requestPolicy:"network-only"}),f=i?.node,t=f&&"persons"in f?f:null,h=t?t.persons.filter(l=>l.role==="VICTIM").map(l=>`${l.firstName} ${l.lastName}`).join(", "):"";m.useEffect(()=>{document.title=a.documentTitle},[]);const $=e.jsx("p",{children:e.jsx("a",{href:be.workList,children:a.back})});if(!i&&o)return e.jsx("p",{role:"status",children:a.loading});if(!t&&s)return e.jsxs(e.Fragment,{children:[$,e.jsxs("p",{role:"alert",children:[a.loadError," ",e.jsx(C,{className:"button secondary",onPress:c,children:a.retry})]})]});if(!t)return e.jsxs(e.Fragment,{children:[$,e.jsx("h1",{children:a.notFoundTitle}),e.jsx("p",{children:a.notFound})]});const x=i?.teams[0]?.members??[];return e.jsxs(e.Fragment,{children:[$,e.jsx("h1",{children:a.title(h)}),e.jsx("p",{role:"status",ref:d,tabIndex:-1,className:r?"notice":void 0,children:r}),e.jsx(Ln,{card:t}),e.jsx(An,{card:t,reload:c,onDone:l=>{u(l),c()}}),e.jsx(D,{id:"actions",title:a.actions,children:e.jsx(In,{card:t,actions:pn(t.allowedSteps,t.mayRecordWork),members:x,reload:c,onDone:l=>{u(l),c()}})}),e.jsx(Mn,{card:t}),e.jsx(Gn,{card:t}),e.jsx(Kn,{card:t}),e.jsx(D,{id:"group",title:a.group,children:t.diagnosticGroup.length===0?e.jsx("p",{children:a.noGroup}):e.jsx("ul",{children:t.diagnosticGroup.map(l=>e.jsx("li",{children:a.groupMember(l.displayName??a.unknownPerson,a.institutionKind[l.institution]??l.institution)},l.teamMemberId))})}),e.jsx(oe,{id:"help-plan",title:a.helpPlan,items:t.helpPlan}),e.jsx(oe,{id:"action-plan",title:a.actionPlan,items:t.actionPlan}),e.jsx(D,{id:"forms",title:a.forms,children:e.jsx("ul",{children:t.forms.map((l,y)=>e.jsx("li",{children:a.formLine(a.formKind[l.kind]??l.kind,T(l.filledOn),l.filledByName??"")},y))})}),e.jsx(D,{id:"work",title:a.work,children:t.work.length===0?e.jsx("p",{children:a.noWork}):e.jsx("ul",{children:t.work.map(l=>e.jsxs("li",{children:[T(l.occurredOn),": ",a.workKind[l.kind]??l.kind,l.variant?` (${a.workVariant[l.variant]??l.variant})`:"",l.recordedByName?`, ${l.recordedByName}`:"",l.note?` — ${l.note}`:""]},l.id))})})]})}function D({id:n,title:i,children:o}){return e.jsxs("section",{"aria-labelledby":`card-${n}`,children:[e.jsx("h2",{id:`card-${n}`,children:i}),o]})}function Ln({card:n}){return e.jsxs("dl",{className:"facts","aria-label":a.summary,children:[e.jsxs("div",{children:[e.jsx("dt",{children:a.statusLabel}),e.jsx("dd",{"data-testid":"card-status",children:a.status[n.status]??n.status})]}),e.jsxs("div",{children:[e.jsx("dt",{children:a.initiatedOn}),e.jsx("dd",{children:T(n.initiatedOn)})]}),e.jsxs("div",{children:[e.jsx("dt",{children:a.initiator}),e.jsxs("dd",{children:[a.institutions[n.initiatorInstitution]??n.initiatorInstitution,n.initiatorName?`, ${n.initiatorName}`:""]})]}),e.jsxs("div",{children:[e.jsx("dt",{children:a.violenceForms}),e.jsx("dd",{children:n.violenceForms.map(i=>a.violence[i]??i).join(", ")})]})]})}function Mn({card:n}){const i=a.personColumns;return e.jsx(D,{id:"persons",title:a.persons,children:e.jsxs("table",{className:"cards",children:[e.jsx("thead",{children:e.jsxs("tr",{children:[e.jsx("th",{scope:"col",children:i.name}),e.jsx("th",{scope:"col",children:i.role}),e.jsx("th",{scope:"col",children:i.pesel}),e.jsx("th",{scope:"col",children:i.born}),e.jsx("th",{scope:"col",children:i.minor})]})}),e.jsx("tbody",{children:n.persons.map(o=>e.jsxs("tr",{children:[e.jsxs("th",{scope:"row",children:[o.firstName," ",o.lastName]}),e.jsx("td",{children:a.roles[o.role]??o.role}),e.jsx("td",{children:o.pesel??a.noPesel}),e.jsx("td",{children:T(o.dateOfBirth)}),e.jsx("td",{children:o.minor?a.minor:a.adult})]},o.id))})]})})}function Gn({card:n}){const i=He(),o=a.deadlineColumns;return n.deadlines.length===0?e.jsx(D,{id:"deadlines",title:a.deadlines,children:e.jsx("p",{children:a.noDeadlines})}):e.jsx(D,{id:"deadlines",title:a.deadlines,children:e.jsxs("table",{className:"cards",children:[e.jsx("thead",{children:e.jsxs("tr",{children:[e.jsx("th",{scope:"col",children:o.kind}),e.jsx("th",{scope:"col",children:o.due}),e.jsx("th",{scope:"col",children:o.state})]})}),e.jsx("tbody",{children:n.deadlines.map(s=>e.jsxs("tr",{children:[e.jsx("th",{scope:"row",children:a.deadlineKind[s.kind]??s.kind}),e.jsx("td",{children:T(s.dueOn)}),e.jsx("td",{children:e.jsx(Vn,{deadline:s,today:i})})]},s.id))})]})})}function Vn({deadline:n,today:i}){const o=Ze([n],i);if(o){const s=o.urgency==="overdue"?a.overdue(X(-o.days,a.days)):o.days===0?a.dueToday:o.urgency==="soon"?a.dueSoon(X(o.days,a.days)):a.deadlineState[n.state]??n.state;return e.jsx("span",{className:`deadline ${o.urgency}`,children:e.jsx("strong",{className:"flag",children:s})})}return n.state==="MET"&&n.metOn?e.jsx("span",{children:n.metLate?a.metLate(T(n.metOn)):a.metOn(T(n.metOn))}):e.jsx("span",{children:a.deadlineState[n.state]??n.state})}function Kn({card:n}){const i=a.historyColumns;return e.jsx(D,{id:"history",title:a.history,children:e.jsxs("table",{className:"cards",children:[e.jsx("thead",{children:e.jsxs("tr",{children:[e.jsx("th",{scope:"col",children:i.step}),e.jsx("th",{scope:"col",children:i.who}),e.jsx("th",{scope:"col",children:i.when})]})}),e.jsx("tbody",{children:n.history.map((o,s)=>e.jsxs("tr",{children:[e.jsx("th",{scope:"row",children:a.steps[o.step]??o.step}),e.jsx("td",{children:o.takenByName??a.unknownPerson}),e.jsx("td",{children:qe(o.takenAt)})]},s))})]})})}function oe({id:n,title:i,items:o}){return e.jsx(D,{id:n,title:i,children:o.length===0?e.jsx("p",{children:a.noPlan}):e.jsx("ul",{children:o.map(s=>e.jsxs("li",{children:[s.description," — ",a.planStatus[s.status]??s.status,s.dueOn?`, ${a.planDue(T(s.dueOn))}`:"",s.responsibleName?`, ${s.responsibleName}`:""]},s.id))})})}export{qn as CardPage};
