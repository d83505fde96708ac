import{a as b,J as ge,s as Ie,k as Pe,$ as T,d as ke,e as we,j as e}from"./session-n7LnAU4d.js";import{m as re,o as Ce,q as _,r as X,s as Oe,v as Ee,w as Se,x as De,y as Re,z as Ae,A as Fe,B as Te,C as Me,D as me,E as Le,F as _e,G as Be,H as pe,I as fe,J as Ue,K as Ve,L as Ke,M as He,N as Ge,O as We,P as qe,Q as Ze,S as Qe,T as H,U as Ye,d as R,$ as A,a as P,b as q,k as ee,c as D,f as he,g as be,h as je,i as xe,j as $e,e as G,l as S,V as M,R as ve,W as Je,t as Xe,X as en,Y as nn,Z as le}from"./app-DPgqbd_D.js";import{b as an,$ as ie,a as Y}from"./Checkbox-DiVTO5Zk.js";import{o as sn,c as on,W as tn,s as rn,p as de,a as ln}from"./actions-D-h9w59P.js";import{t as w}from"./texts-oNINnaqC.js";import"./client-CNtUrJ3e.js";import"./userErrors-BxTecZ1R.js";const ye=new WeakMap;function dn(n,i,s){let{value:t,children:u,"aria-label":o,"aria-labelledby":m,onPressStart:c,onPressEnd:r,onPressChange:f,onPress:p,onPressUp:d,onClick:j}=n;const x=n.isDisabled||i.isDisabled;let v=i.selectedValue===t,l=V=>{V.stopPropagation(),i.setSelectedValue(t)},{pressProps:N,isPressed:h}=re({onPressStart:c,onPressEnd:r,onPressChange:f,onPress:p,onPressUp:d,onClick:j,isDisabled:x}),{pressProps:g,isPressed:$}=re({onPressStart:c,onPressEnd:r,onPressChange:f,onPressUp:d,onClick:j,isDisabled:x,onPress(V){p?.(V),i.setSelectedValue(t),s.current?.focus()}}),{focusableProps:z}=Ce(_(n,{onFocus:()=>i.setLastFocusedValue(t)}),s),F=_(N,z),k=X(n,{labelable:!0}),y=-1;i.selectedValue!=null?i.selectedValue===t&&(y=0):(i.lastFocusedValue===t||i.lastFocusedValue==null)&&(y=0),x&&(y=void 0);let{name:C,form:O,descriptionId:L,errorMessageId:W,validationBehavior:Q}=ye.get(i);Oe(s,i.defaultSelectedValue,i.setSelectedValue),Ee({validationBehavior:Q},i,s);let te=an();return{labelProps:_(g,b.useMemo(()=>({onClick:V=>V.preventDefault(),onMouseDown:V=>V.preventDefault()}),[])),inputProps:_(k,{...F,type:"radio",name:C,form:O,tabIndex:y,disabled:x,required:i.isRequired&&Q==="native",checked:v,value:t,onChange:l,"aria-describedby":[n["aria-describedby"],te.id,i.isInvalid?W:null,L].filter(Boolean).join(" ")||void 0}),descriptionProps:te,isDisabled:x,isSelected:v,isPressed:h||$}}function cn(n,i){let{name:s,form:t,isReadOnly:u,isRequired:o,isDisabled:m,orientation:c="vertical",validationBehavior:r="aria"}=n,{direction:f}=Se(),{isInvalid:p,validationErrors:d,validationDetails:j}=i.displayValidation,{labelProps:x,fieldProps:v,descriptionProps:l,errorMessageProps:N}=De({...n,labelElementType:"span",isInvalid:i.isInvalid,errorMessage:n.errorMessage||d}),h=X(n,{labelable:!0}),{focusWithinProps:g}=ge({onBlurWithin(k){n.onBlur?.(k),i.selectedValue||i.setLastFocusedValue(null)},onFocusWithin:n.onFocus,onFocusWithinChange:n.onFocusChange});function $(k,y){let C=Fe(y.currentTarget,{from:Pe(y),accept:L=>L instanceof Ie(L).HTMLInputElement&&L.type==="radio"}),O;return k==="next"?(O=C.nextNode(),O||(C.currentNode=y.currentTarget,O=C.firstChild())):(O=C.previousNode(),O||(C.currentNode=y.currentTarget,O=C.lastChild())),O?(O.focus(),i.setSelectedValue(O.value),!0):!1}let{keyboardProps:z}=Re({shortcuts:{ArrowRight:k=>$(f==="rtl"&&c!=="vertical"?"prev":"next",k),ArrowLeft:k=>$(f==="rtl"&&c!=="vertical"?"next":"prev",k),ArrowDown:k=>$("next",k),ArrowUp:k=>$("prev",k)},allowRepeats:!0}),F=Ae(s);return ye.set(i,{name:F,form:t,descriptionId:l.id,errorMessageId:N.id,validationBehavior:r}),{radioGroupProps:_(h,{role:"radiogroup",...z,"aria-invalid":i.isInvalid||void 0,"aria-errormessage":n["aria-errormessage"],"aria-readonly":u||void 0,"aria-required":o||void 0,"aria-disabled":m||void 0,"aria-orientation":c,...v,...g}),labelProps:x,descriptionProps:l,errorMessageProps:N,isInvalid:p,validationErrors:d,validationDetails:j}}let un=Math.round(Math.random()*1e10),mn=0;function pn(n){let i=b.useMemo(()=>n.name||`radio-group-${un}-${++mn}`,[n.name]),[s,t]=Te(n.value,n.defaultValue??null,n.onChange),[u]=b.useState(s),[o,m]=b.useState(null),c=Me({...n,value:s}),r=p=>{!n.isReadOnly&&!n.isDisabled&&(t(p),c.commitValidation())},f=c.displayValidation.isInvalid;return{...c,name:i,selectedValue:s,defaultSelectedValue:n.value!==void 0?u:n.defaultValue??null,setSelectedValue:r,lastFocusedValue:o,setLastFocusedValue:m,isDisabled:n.isDisabled||!1,isReadOnly:n.isReadOnly||!1,isRequired:n.isRequired||!1,validationState:n.validationState||(f?"invalid":null),isInvalid:f}}const fn=b.createContext(null),hn=b.createContext(null),se=b.createContext(null),oe=b.forwardRef(function(i,s){[i,s]=me(i,s,fn);let{validationBehavior:t}=Le(_e)||{},u=i.validationBehavior??t??"native",o=pn({...i,validationBehavior:u}),[m,c]=Be(!i["aria-label"]&&!i["aria-labelledby"]),{radioGroupProps:r,labelProps:f,descriptionProps:p,errorMessageProps:d,...j}=cn({...i,label:c,validationBehavior:u},o),x=pe({...i,values:{orientation:i.orientation||"vertical",isDisabled:o.isDisabled,isReadOnly:o.isReadOnly,isRequired:o.isRequired,isInvalid:o.isInvalid,state:o},defaultClassName:"react-aria-RadioGroup"}),v=X(i,{global:!0});return T.createElement(fe.div,{..._(v,x,r),ref:s,slot:i.slot||void 0,"data-orientation":i.orientation||"vertical","data-invalid":o.isInvalid||void 0,"data-disabled":o.isDisabled||void 0,"data-readonly":o.isReadOnly||void 0,"data-required":o.isRequired||void 0},T.createElement(Ue,{values:[[se,o],[Ve,{...f,ref:m,elementType:"span"}],[Ke,{slots:{description:p,errorMessage:d}}],[He,j]]},T.createElement(Ge,null,x.children)))}),J=b.forwardRef(function(i,s){let{inputRef:t=null,...u}=i;[i,s]=me(u,s,hn);let o=T.useContext(se),m=We(b.useMemo(()=>qe(t,i.inputRef!==void 0?i.inputRef:null),[t,i.inputRef])),c=dn({...Ze(i),children:typeof i.children=="function"?!0:i.children},o,m);return T.createElement(Ne.Provider,{value:{...c,inputRef:m,defaultClassName:"react-aria-Radio"}},T.createElement(bn,{...i,ref:s}))}),Ne=b.createContext(null),bn=b.forwardRef(function(i,s){let{labelProps:t,inputProps:u,isSelected:o,isDisabled:m,isPressed:c,defaultClassName:r,inputRef:f}=b.useContext(Ne),p=T.useContext(se),{isFocused:d,isFocusVisible:j,focusProps:x}=ke(),v=m||p.isReadOnly,{hoverProps:l,isHovered:N}=we({...i,isDisabled:v}),h=pe({...i,defaultClassName:r,values:{isSelected:o,isPressed:c,isHovered:N,isFocused:d,isFocusVisible:j,isDisabled:m,isReadOnly:p.isReadOnly,isInvalid:p.isInvalid,isRequired:p.isRequired}}),g=X(i,{global:!0});return delete g.id,delete g.onClick,T.createElement(fe.label,{..._(g,t,l,h),ref:s,"data-selected":o||void 0,"data-pressed":c||void 0,"data-hovered":N||void 0,"data-focused":d||void 0,"data-focus-visible":j||void 0,"data-disabled":m||void 0,"data-readonly":p.isReadOnly||void 0,"data-invalid":p.isInvalid||void 0,"data-required":p.isRequired||void 0},T.createElement(Qe,{elementType:"span"},T.createElement("input",{..._(u,x),ref:f})),h.children)}),a={documentTitle:"Niebieska Karta — Ostoja",back:"Wróć do listy kart",loading:"Wczytywanie karty…",loadError:"Nie udało się wczytać karty. Spróbuj ponownie.",retry:"Spróbuj ponownie",notFoundTitle:"Nie ma takiej karty",notFound:"Ta karta nie istnieje albo nie masz do niej dostępu.",title:n=>n?`Niebieska Karta: ${n}`:"Niebieska Karta",status:H.status,statusLabel:"Status",initiatedOn:"Wszczęta",initiator:"Wszczynający",institutions:w.institutions,violenceForms:"Formy przemocy",violence:w.violence,summary:"Podsumowanie",persons:"Osoby",personColumns:{name:"Imię i nazwisko",role:"Rola",pesel:"PESEL",born:"Data urodzenia",minor:"Małoletnia"},roles:w.roles,minor:"tak",adult:"nie",noPesel:"brak",deadlines:"Terminy",deadlineColumns:{kind:"Termin",due:"Do dnia",state:"Stan"},deadlineKind:H.deadlineKind,deadlineState:{PENDING:"oczekuje",MET:"dotrzymany",OVERDUE:"przekroczony",CANCELLED:"bezprzedmiotowy"},metOn:n=>`spełniony ${n}`,metLate:n=>`spełniony po terminie ${n}`,overdue:H.overdue,dueToday:H.dueToday,dueSoon:H.dueSoon,days:H.days,noDeadlines:"Brak terminów.",history:"Przebieg procedury",historyColumns:{step:"Krok",who:"Kto",when:"Kiedy"},steps:{OPENED:"Wszczęcie procedury (NK-A)",UPDATED:"Poprawienie formularza NK-A",SENT_TO_CHAIR:"Przekazanie przewodniczącemu",ATTACHED:"Dołączenie do prowadzonej procedury",SUBSEQUENT_NK_A:"Dołączenie kolejnego formularza NK-A",GROUP_SET_UP:"Powołanie grupy diagnostyczno-pomocowej",GROUP_CHANGED:"Zmiana składu grupy",FIRST_GROUP_MEETING:"Pierwsze posiedzenie grupy",GROUP_MEETING:"Posiedzenie grupy",VICTIM_FORM:"Formularz NK-C",PERPETRATOR_FORM:"Formularz NK-D",MONITORING_STARTED:"Rozpoczęcie monitorowania",HELP_PLAN_REVIEWED:"Przegląd planu pomocy",CLOSED:"Zakończenie procedury",MONITORING_ENDED:"Koniec monitorowania po zakończeniu"},unknownPerson:"—",forms:"Formularze",formKind:{NK_A:"NK-A",NK_A_SUBSEQUENT:"Kolejny NK-A",NK_C:"NK-C",NK_D:"NK-D"},formLine:(n,i,s)=>`${n}, ${i}${s?`, ${s}`:""}`,group:"Grupa diagnostyczno-pomocowa",noGroup:"Grupa nie została jeszcze powołana.",groupMember:(n,i)=>`${n} (${i})`,institutionKind:w.institutions,helpPlan:"Plan pomocy (NK-C)",actionPlan:"Plan działań (NK-D)",noPlan:"Brak pozycji.",planStatus:{PLANNED:"zaplanowane",IN_PROGRESS:"w realizacji",DONE:"zrealizowane",ABANDONED:"zaniechane"},planDue:n=>`do ${n}`,work:"Praca w sprawie",noWork:"Nie zapisano pracy.",workKind:{INTERVENTION:"Interwencja",CONSULTATION:"Porada",SOCIAL_CONTRACT:"Kontrakt socjalny",SHELTER_PLACEMENT:"Umieszczenie w schronieniu",MEDICAL_HELP:"Zorganizowana pomoc medyczna"},workVariant:{WITH_POLICE:"z udziałem policji",WITHOUT_POLICE:"bez udziału policji",SOCIAL:"socjalna",LEGAL:"prawna",PSYCHOLOGICAL:"psychologiczna",PEDAGOGICAL:"pedagogiczna"},matches:"Proponowane dopasowania",matchesIntro:"Ten formularz wskazuje osoby z prowadzonej procedury. Zdecyduj, czy dołączyć go do niej jako kolejny formularz NK-A, czy prowadzić odrębną procedurę; do tego czasu nie można powołać grupy.",matchProcedure:(n,i)=>`Procedura wszczęta ${i}: ${n}`,matchBasis:{PESEL:"zgodny PESEL osoby doznającej przemocy",NAME_AND_BIRTH_DATE:"zgodne imię, nazwisko i data urodzenia",CHAIR:"wskazana przez przewodniczącego"},attach:n=>`Dołącz do procedury: ${n}`,keepSeparate:"Prowadź jako odrębną procedurę",attached:"Formularz dołączony do prowadzonej procedury.",keptSeparate:"Formularz pozostaje odrębną procedurą.",actions:"Dostępne działania",noActions:"Nie możesz teraz podjąć żadnego kroku w tej procedurze.",action:{forward:"Przekaż przewodniczącemu zespołu",setUpGroup:"Powołaj grupę diagnostyczno-pomocową",changeGroup:"Zmień skład grupy",firstMeeting:"Zapisz pierwsze posiedzenie grupy",meeting:"Zapisz posiedzenie grupy",victimForm:"Wypełnij formularz NK-C",perpetratorForm:"Wypełnij formularz NK-D",startMonitoring:"Rozpocznij monitorowanie",reviewPlan:"Zapisz przegląd planu pomocy",close:"Zakończ procedurę",endMonitoring:"Zakończ monitorowanie po zakończeniu procedury",correctNkA:"Popraw formularz NK-A",recordWork:"Zapisz pracę w sprawie"},submit:"Zatwierdź",cancel:"Anuluj",sending:"Wysyłanie…",on:"Data",onHint:"Domyślnie dziś; format dd.mm.rrrr.",done:n=>`Zapisano: ${n}.`,members:"Członkowie grupy",compositionRule:"Grupa musi obejmować przedstawiciela jednostki organizacyjnej pomocy społecznej i policji; mogą w niej pracować tylko osoby, które podpisały oświadczenie o zachowaniu poufności.",compositionMet:"Skład spełnia wymogi ustawy.",memberOption:(n,i)=>`${n} — ${i}`,noStatement:"bez oświadczenia o poufności",person:"Osoba",choosePerson:"Wybierz osobę",diagnosis:"Diagnoza sytuacji",violenceHistory:"Historia przemocy (pierwszy, powtarzający się, najbardziej niebezpieczny i ostatni akt)",planItem:n=>`Pozycja planu ${n}`,addPlanItem:"Dodaj pozycję planu",removePlanItem:n=>`Usuń pozycję ${n}`,ground:"Podstawa zakończenia",grounds:{VIOLENCE_STOPPED_AND_PLAN_CARRIED_OUT:"ustanie przemocy domowej i zrealizowanie planu pomocy",UNFOUNDED:"brak zasadności podejmowania działań"},workKindLabel:"Rodzaj pracy",chooseWorkKind:"Wybierz rodzaj",variantLabel:"Odmiana",chooseVariant:"Wybierz odmianę",note:"Notatka",correction:{intro:"Zmień tylko to, co wymaga poprawienia; pozostałe pola zostaną bez zmian.",institution:w.institution,institutions:w.institutions,violenceForms:w.violenceForms,violence:w.violence,injuries:w.injuries,underAlcohol:w.underAlcohol,underDrugs:"Osoba stosująca przemoc była pod wpływem środków odurzających",firearmAccess:w.firearmAccess,children:w.children,childrenHint:"Od 0 do 30.",actionsTaken:w.actionsTaken,actions:w.actions,nkB:w.nkB,feelsSafe:"Czy osoba doznająca przemocy czuje się bezpieczna?",feelsSafeOptions:{yes:"tak",no:"nie"},feelsSafeUnknown:"nie ustalono",description:w.description,additionalInformation:"Dodatkowe informacje",nothingChanged:"Nie zmieniono żadnego pola."},planItemEdit:n=>`Zmień pozycję ${n}`,planItemForm:(n,i)=>`${n}: zmiana pozycji ${i}`,planItemDescription:"Opis",planItemStatus:"Stan realizacji",planItemDue:"Termin realizacji",planItemDueHint:"Format dd.mm.rrrr; pozostaw pusty, aby nie zmieniać.",planItemSaved:n=>`Zapisano zmianę pozycji ${n}.`,planItemConflict:"Ktoś inny zmienił tę pozycję w międzyczasie. Odśwież kartę i spróbuj ponownie; wpisane dane zostaną zachowane.",problems:"Popraw zaznaczone pola:",failed:"Nie udało się zapisać. Wpisane dane są zachowane, spróbuj ponownie.",forbidden:"Nie możesz podjąć tego kroku.",conflict:"Ktoś inny zmienił tę kartę w międzyczasie. Odśwież kartę i spróbuj ponownie; wpisane dane zostaną zachowane.",reload:"Odśwież kartę",errors:{...w.errors,TOO_EARLY:"Data nie może być wcześniejsza niż poprzedni krok procedury.",ILLEGAL_TRANSITION:"Tego kroku nie można podjąć w obecnym stanie procedury.",NO_CHAIR:"Zespół interdyscyplinarny nie ma przewodniczącego.",NO_MATCH:"Nie ma dopasowania do rozstrzygnięcia.",MATCH_UNDECIDED:"Najpierw rozstrzygnij, czy dołączyć formularz do prowadzonej procedury.",SOCIAL_WORKER_REQUIRED:"W grupie musi być przedstawiciel pomocy społecznej.",POLICE_OFFICER_REQUIRED:"W grupie musi być przedstawiciel policji.",CONFIDENTIALITY_NOT_SIGNED:"Ta osoba nie podpisała oświadczenia o zachowaniu poufności.",DUPLICATE:"Ta osoba jest wybrana dwa razy.",NOT_FOUND:"Nie znaleziono.",MET_SEPARATELY:"Grupa spotyka się z osobą doznającą przemocy i z osobą stosującą przemoc oddzielnie.",HELP_PLAN_REQUIRED:"Najpierw wypełnij formularz NK-C z osobą doznającą przemocy.",ACTION_PLAN_REQUIRED:"Najpierw wypełnij formularz NK-D z osobą stosującą przemoc.",HELP_PLAN_NOT_CARRIED_OUT:"Plan pomocy nie jest zrealizowany.",MONITORING_NOT_OVER:"Monitorowanie po zakończeniu procedury jeszcze trwa.",PERPETRATOR_ONLY:"Ta pozycja należy do planu działań osoby stosującej przemoc.",NOT_APPLICABLE:"Nie dotyczy tego rodzaju.",TOO_LONG:"Tekst jest za długi.",INVALID:"Nieprawidłowa wartość."},fieldErrors:{"childrenInHousehold.INVALID":"Liczba dzieci musi wynosić od 0 do 30.","childrenInHousehold.NOT_A_NUMBER":"Podaj liczbę dzieci cyframi.","violenceForms.REQUIRED":"Wskaż co najmniej jedną formę przemocy.","description.REQUIRED":"Opis pozycji jest wymagany."},unknownError:n=>`Popraw to pole (${n}).`},E=(n,i)=>(i?a.fieldErrors[`${i}.${n}`]:void 0)??a.errors[n]??a.unknownError(n);function U(){const n=Ye(),[i,s]=b.useState(null),[t,u]=b.useState(!1),o=async(r,f,p)=>{u(!0);const d=await n.mutation(r,f).toPromise();u(!1);const j=d.data,x=j?Object.values(j)[0]:null,v=sn({error:d.error,payload:x});s(v),v.kind==="done"&&p()},m=i?.kind==="refused"?i.problems:{};return{outcome:i,sending:t,send:o,refuse:r=>s({kind:"refused",problems:r}),problems:m,problem:r=>m[r]}}function K(n){const{outcome:i}=n,s=u=>{u.preventDefault(),n.onSubmit()},t=i?.kind==="refused"?Object.entries(i.problems):[];return e.jsxs("form",{className:"action-form","aria-label":n.label,onSubmit:s,noValidate:!0,children:[e.jsxs("div",{role:"alert",className:i&&i.kind!=="done"||n.notice?"summary":void 0,children:[n.notice&&e.jsx("p",{children:n.notice}),t.length>0&&e.jsxs(e.Fragment,{children:[e.jsx("p",{children:a.problems}),e.jsx("ul",{children:t.map(([u,o])=>e.jsx("li",{children:E(o,u)},u))})]}),i?.kind==="conflict"&&e.jsxs("p",{children:[n.conflict??a.conflict," ",e.jsx(R,{className:"button secondary",onPress:n.reload,children:a.reload})]}),i?.kind==="forbidden"&&e.jsx("p",{children:a.forbidden}),i?.kind==="failed"&&e.jsx("p",{children:a.failed})]}),n.children,e.jsxs("div",{className:"actions",children:[e.jsx(R,{type:"submit",className:"button primary",isDisabled:n.sending,children:n.sending?a.sending:a.submit}),e.jsx(R,{className:"button secondary",onPress:n.onCancel,children:a.cancel})]})]})}function Z(n){return e.jsxs(A,{className:"field",type:"date",value:n.value,onChange:n.onChange,isInvalid:!!n.problem,children:[e.jsx(P,{children:n.label??a.on}),e.jsx(q,{autoFocus:n.autoFocus}),e.jsx(ee,{slot:"description",className:"hint",children:a.onHint}),e.jsx(D,{className:"error",children:E(n.problem??"")})]})}function ae(n){return e.jsxs(he,{className:"field",selectedKey:n.value||null,onSelectionChange:i=>n.onChange(i==null?"":String(i)),isInvalid:!!n.problem,placeholder:n.placeholder,children:[e.jsx(P,{children:n.label}),e.jsxs(R,{className:"select-button",autoFocus:n.autoFocus,children:[e.jsx(be,{}),e.jsx("span",{"aria-hidden":"true",children:" ▾"})]}),e.jsx(je,{className:"popover",children:e.jsx(xe,{className:"listbox",children:Object.entries(n.options).map(([i,s])=>e.jsx($e,{id:i,className:"option",children:s},i))})}),e.jsx(D,{className:"error",children:E(n.problem??"")})]})}function jn(n){const i=n.details;return{initiatorInstitution:n.initiatorInstitution,violenceForms:[...n.violenceForms],injuries:i.injuries??"",perpetratorUnderAlcohol:i.perpetratorUnderAlcohol,perpetratorUnderDrugs:i.perpetratorUnderDrugs,firearmAccess:i.firearmAccess,childrenInHousehold:String(i.childrenInHousehold),actionsTaken:[...i.actionsTaken],nkBHandedOver:i.nkBHandedOver,victimFeelsSafe:i.victimFeelsSafe==null?"":i.victimFeelsSafe?"yes":"no",description:i.description??"",additionalInformation:i.additionalInformation??""}}const xn=(n,i)=>Array.isArray(n)&&Array.isArray(i)?n.length===i.length&&[...n].sort().join()===[...i].sort().join():n===i;function ne(n,i){return{...n,...i}}function ze(n,i){return Object.keys(i).filter(s=>!xn(i[s],n[s]))}function $n(n){const i={};return n.violenceForms.length===0&&(i.violenceForms="REQUIRED"),/^\s*\d+\s*$/.test(n.childrenInHousehold)||(i.childrenInHousehold="NOT_A_NUMBER"),i}function vn(n,i,s){const t=ne(i,s),u={id:n.id,version:n.version};for(const o of ze(i,s)){const m=t[o];if(o==="childrenInHousehold")u[o]=Number.parseInt(String(m).trim(),10);else if(o==="victimFeelsSafe"){if(m==="")continue;u[o]=m==="yes"}else u[o]=m}return Object.keys(u).length>2?u:null}function yn(n){return{status:n.status,description:n.description,dueOn:n.dueOn??""}}function Nn(n){const i={};return n.description.trim()===""&&(i.description="REQUIRED"),i}function zn(n,i,s){const t=ne(i,s),u={id:n.id,version:n.version};for(const o of ze(i,s))o==="dueOn"&&t.dueOn===""||(u[o]=o==="description"?t.description.trim():t[o]);return Object.keys(u).length>2?u:null}const I=a.correction,gn=S(`
  mutation CardUpdateBlueCard($input: UpdateBlueCardInput!) {
    updateBlueCard(input: $input) {
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
`);function In({card:n,reload:i,onCancel:s,onDone:t}){const[u,o]=b.useState({}),[m,c]=b.useState(null),{outcome:r,sending:f,send:p,refuse:d,problem:j}=U(),x=jn(n),v=ne(x,u),l=$=>z=>{c(null),o(F=>({...F,[$]:z}))},N=()=>{const $=$n(v);if(Object.keys($).length>0)return d($);const z=vn(n,x,u);if(!z)return c(I.nothingChanged);p(gn,{input:z},t)},h=$=>e.jsx(D,{className:"error",children:E(j($)??"",$)}),g=($,z)=>e.jsxs(Y,{className:"check",isSelected:v[$],onChange:l($),children:[e.jsx("span",{className:"box","aria-hidden":"true"}),z]});return e.jsxs(K,{label:a.action.correctNkA,outcome:r,sending:f,reload:i,onCancel:s,onSubmit:N,notice:m,children:[e.jsx("p",{className:"hint",children:I.intro}),e.jsx(ae,{label:I.institution,placeholder:I.institution,options:I.institutions,value:v.initiatorInstitution,onChange:l("initiatorInstitution"),problem:j("initiatorInstitution"),autoFocus:!0}),e.jsxs(ie,{className:"checks",value:v.violenceForms,onChange:l("violenceForms"),isInvalid:!!j("violenceForms"),children:[e.jsx(P,{className:"group-label",children:I.violenceForms}),Object.entries(I.violence).map(([$,z])=>e.jsxs(Y,{value:$,className:"check",children:[e.jsx("span",{className:"box","aria-hidden":"true"}),z]},$)),h("violenceForms")]}),e.jsxs(A,{className:"field wide",value:v.injuries,onChange:l("injuries"),isInvalid:!!j("injuries"),children:[e.jsx(P,{children:I.injuries}),e.jsx(G,{rows:2}),h("injuries")]}),g("perpetratorUnderAlcohol",I.underAlcohol),g("perpetratorUnderDrugs",I.underDrugs),g("firearmAccess",I.firearmAccess),e.jsxs(A,{className:"field",value:v.childrenInHousehold,onChange:l("childrenInHousehold"),isInvalid:!!j("childrenInHousehold"),inputMode:"numeric",children:[e.jsx(P,{children:I.children}),e.jsx(q,{}),e.jsx(ee,{slot:"description",className:"hint",children:I.childrenHint}),h("childrenInHousehold")]}),e.jsxs(ie,{className:"checks",value:v.actionsTaken,onChange:l("actionsTaken"),children:[e.jsx(P,{className:"group-label",children:I.actionsTaken}),Object.entries(I.actions).map(([$,z])=>e.jsxs(Y,{value:$,className:"check",children:[e.jsx("span",{className:"box","aria-hidden":"true"}),z]},$))]}),g("nkBHandedOver",I.nkB),e.jsxs(oe,{className:"checks",value:v.victimFeelsSafe,onChange:l("victimFeelsSafe"),children:[e.jsx(P,{className:"group-label",children:I.feelsSafe}),Object.entries(I.feelsSafeOptions).map(([$,z])=>e.jsxs(J,{value:$,className:"check",children:[e.jsx("span",{className:"box round","aria-hidden":"true"}),z]},$)),x.victimFeelsSafe===""&&e.jsxs(J,{value:"",className:"check",children:[e.jsx("span",{className:"box round","aria-hidden":"true"}),I.feelsSafeUnknown]})]}),e.jsxs(A,{className:"field wide",value:v.description,onChange:l("description"),isInvalid:!!j("description"),children:[e.jsx(P,{children:I.description}),e.jsx(G,{rows:4}),h("description")]}),e.jsxs(A,{className:"field wide",value:v.additionalInformation,onChange:l("additionalInformation"),isInvalid:!!j("additionalInformation"),children:[e.jsx(P,{children:I.additionalInformation}),e.jsx(G,{rows:3}),h("additionalInformation")]})]})}const Pn=S(`
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
`),ce=S(`
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
`),kn=S(`
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
`),wn=S(`
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
`),Cn=S(`
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
`),On=S(`
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
`),En=S(`
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
`),Sn=S(`
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
`),Dn=S(`
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
`),Rn=S(`
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
`),An={forward:Pn,firstMeeting:ce,meeting:ce,startMonitoring:kn,reviewPlan:wn,endMonitoring:Cn};function Fn({card:n,actions:i,members:s,reload:t,onDone:u}){const[o,m]=b.useState(null);return i.length===0?e.jsx("p",{children:a.noActions}):e.jsx("ul",{className:"card-actions",children:i.map(c=>e.jsxs("li",{children:[e.jsx(R,{className:"button secondary","aria-expanded":o===c,onPress:()=>m(o===c?null:c),children:a.action[c]}),o===c&&e.jsx(Tn,{kind:c,card:n,members:s,reload:t,onCancel:()=>m(null),onDone:()=>{m(null),u(a.done(a.action[c]??c))}})]},c))})}function Tn(n){const{kind:i}=n;return i==="setUpGroup"||i==="changeGroup"?e.jsx(Ln,{...n}):i==="victimForm"||i==="perpetratorForm"?e.jsx(_n,{...n}):i==="close"?e.jsx(Bn,{...n}):i==="recordWork"?e.jsx(Un,{...n}):i==="correctNkA"?e.jsx(In,{...n}):e.jsx(Mn,{...n})}function Mn({kind:n,card:i,reload:s,onCancel:t,onDone:u}){const[o,m]=b.useState(""),{outcome:c,sending:r,send:f,problem:p}=U(),d=An[n];return e.jsx(K,{label:a.action[n]??n,outcome:c,sending:r,reload:s,onCancel:t,onSubmit:()=>d&&void f(d,{input:rn(i,o)},u),children:e.jsx(Z,{value:o,onChange:m,problem:p("on"),autoFocus:!0})})}function Ln({kind:n,card:i,members:s,reload:t,onCancel:u,onDone:o}){const[m,c]=b.useState(()=>i.diagnosticGroup.map(h=>h.teamMemberId)),[r,f]=b.useState(""),{outcome:p,sending:d,send:j,problem:x}=U(),v=s.filter(h=>m.includes(h.id)).map(h=>h.institution),l=on(v),N=x("memberIds")??Object.entries(p?.kind==="refused"?p.problems:{}).find(([h])=>h.startsWith("memberIds."))?.[1];return e.jsxs(K,{label:a.action[n]??n,outcome:p,sending:d,reload:t,onCancel:u,onSubmit:()=>{j(On,{input:{id:i.id,version:i.version,memberIds:m,on:r||null}},o)},children:[e.jsxs(ie,{className:"checks",value:m,onChange:c,isInvalid:!!N,children:[e.jsx(P,{className:"group-label",children:a.members}),e.jsx(ee,{slot:"description",className:"hint",children:a.compositionRule}),s.map((h,g)=>e.jsxs(Y,{value:h.id,className:"check",isDisabled:!h.confidentialitySignedOn,autoFocus:g===0,children:[e.jsx("span",{className:"box","aria-hidden":"true"}),a.memberOption(h.displayName??a.unknownPerson,a.institutionKind[h.institution]??h.institution),!h.confidentialitySignedOn&&` (${a.noStatement})`]},h.id)),e.jsx(D,{className:"error",children:E(N??"")})]}),e.jsx("div",{"aria-live":"polite",className:"composition",children:l.length===0?e.jsx("p",{children:a.compositionMet}):e.jsx("ul",{children:l.map(h=>e.jsx("li",{children:E(h)},h))})}),e.jsx(Z,{value:r,onChange:f,problem:x("on")})]})}function _n({kind:n,card:i,reload:s,onCancel:t,onDone:u}){const o=n==="victimForm",m=i.persons.filter(y=>y.role===(o?"VICTIM":"PERPETRATOR")),[c,r]=b.useState(m[0]?.id??""),[f,p]=b.useState(""),[d,j]=b.useState(""),[x,v]=b.useState(""),[l,N]=b.useState([""]),{outcome:h,sending:g,send:$,problem:z}=U(),F=o?"helpPlan":"actionPlan",k=()=>{const y={id:i.id,version:i.version,personId:c,filledOn:f||null,diagnosis:d};o?$(En,{input:{...y,history:x.trim()||null,helpPlan:de(l)}},u):$(Sn,{input:{...y,actionPlan:de(l)}},u)};return e.jsxs(K,{label:a.action[n]??n,outcome:h,sending:g,reload:s,onCancel:t,onSubmit:k,children:[e.jsxs(he,{className:"field",selectedKey:c||null,onSelectionChange:y=>r(y==null?"":String(y)),isInvalid:!!z("personId"),placeholder:a.choosePerson,children:[e.jsx(P,{children:a.person}),e.jsxs(R,{className:"select-button",autoFocus:!0,children:[e.jsx(be,{}),e.jsx("span",{"aria-hidden":"true",children:" ▾"})]}),e.jsx(je,{className:"popover",children:e.jsx(xe,{className:"listbox",children:m.map(y=>e.jsx($e,{id:y.id,className:"option",children:`${y.firstName} ${y.lastName}`},y.id))})}),e.jsx(D,{className:"error",children:E(z("personId")??"")})]}),e.jsx(Z,{value:f,onChange:p,problem:z("filledOn")}),e.jsxs(A,{className:"field wide",value:d,onChange:j,isInvalid:!!z("diagnosis"),children:[e.jsx(P,{children:a.diagnosis}),e.jsx(G,{rows:4}),e.jsx(D,{className:"error",children:E(z("diagnosis")??"")})]}),o&&e.jsxs(A,{className:"field wide",value:x,onChange:v,isInvalid:!!z("history"),children:[e.jsx(P,{children:a.violenceHistory}),e.jsx(G,{rows:3}),e.jsx(D,{className:"error",children:E(z("history")??"")})]}),e.jsxs("fieldset",{children:[e.jsx("legend",{children:o?a.helpPlan:a.actionPlan}),l.map((y,C)=>e.jsxs("div",{className:"plan-row",children:[e.jsxs(A,{className:"field wide",value:y,onChange:O=>N(L=>L.map((W,Q)=>Q===C?O:W)),isInvalid:!!z(`${F}.${C}.description`),children:[e.jsx(P,{children:a.planItem(C+1)}),e.jsx(q,{}),e.jsx(D,{className:"error",children:E(z(`${F}.${C}.description`)??"")})]}),l.length>1&&e.jsx(R,{className:"button secondary",onPress:()=>N(O=>O.filter((L,W)=>W!==C)),children:a.removePlanItem(C+1)})]},C)),e.jsx(R,{className:"button secondary",onPress:()=>N(y=>[...y,""]),children:a.addPlanItem})]})]})}function Bn({kind:n,card:i,reload:s,onCancel:t,onDone:u}){const[o,m]=b.useState(""),[c,r]=b.useState(""),{outcome:f,sending:p,send:d,problem:j}=U(),[x,v]=b.useState(!1),l=()=>{if(!o){v(!0);return}d(Dn,{input:{id:i.id,version:i.version,ground:o,on:c||null}},u)},N=j("ground")??(x&&!o?"REQUIRED":void 0);return e.jsxs(K,{label:a.action[n]??n,outcome:f,sending:p,reload:s,onCancel:t,onSubmit:l,children:[e.jsxs(oe,{className:"checks",value:o,onChange:m,isInvalid:!!N,children:[e.jsx(P,{className:"group-label",children:a.ground}),Object.entries(a.grounds).map(([h,g],$)=>e.jsxs(J,{value:h,className:"check",autoFocus:$===0,children:[e.jsx("span",{className:"box round","aria-hidden":"true"}),g]},h)),e.jsx(D,{className:"error",children:E(N??"")})]}),e.jsx(Z,{value:c,onChange:r,problem:j("on")})]})}function Un({kind:n,card:i,reload:s,onCancel:t,onDone:u}){const[o,m]=b.useState(""),[c,r]=b.useState(""),[f,p]=b.useState(""),[d,j]=b.useState(""),[x,v]=b.useState(!1),{outcome:l,sending:N,send:h,problem:g}=U(),$=tn[o]??[],z=()=>{if(!o||$.length>0&&!c){v(!0);return}h(Rn,{input:{blueCardId:i.id,kind:o,variant:$.length>0?c:null,occurredOn:f||null,note:d.trim()||null}},u)},F=g("kind")??(x&&!o?"REQUIRED":void 0),k=g("variant")??(x&&$.length>0&&!c?"REQUIRED":void 0);return e.jsxs(K,{label:a.action[n]??n,outcome:l,sending:N,reload:s,onCancel:t,onSubmit:z,children:[e.jsx(ae,{label:a.workKindLabel,placeholder:a.chooseWorkKind,options:a.workKind,value:o,onChange:y=>{m(y),r("")},problem:F,autoFocus:!0}),$.length>0&&e.jsx(ae,{label:a.variantLabel,placeholder:a.chooseVariant,options:Object.fromEntries($.map(y=>[y,a.workVariant[y]??y])),value:c,onChange:r,problem:k}),e.jsx(Z,{value:f,onChange:p,problem:g("occurredOn")}),e.jsxs(A,{className:"field wide",value:d,onChange:j,isInvalid:!!g("note"),children:[e.jsx(P,{children:a.note}),e.jsx(G,{rows:3}),e.jsx(D,{className:"error",children:E(g("note")??"")})]})]})}const Vn=S(`
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
`),Kn=S(`
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
`),Hn=n=>a.errors[n]??a.unknownError(n);function Gn({card:n,reload:i,onDone:s}){const{outcome:t,sending:u,send:o}=U(),m=(n.matchProposals??[]).filter(r=>r.decision==="PENDING"&&r.procedure);if(m.length===0)return null;const c=n.allowedSteps.includes("ATTACHED");return e.jsxs("section",{"aria-labelledby":"card-matches",children:[e.jsx("h2",{id:"card-matches",children:a.matches}),e.jsx("p",{children:a.matchesIntro}),e.jsxs("div",{role:"alert",className:t&&t.kind!=="done"?"summary":void 0,children:[t?.kind==="refused"&&e.jsx("ul",{children:Object.entries(t.problems).map(([r,f])=>e.jsx("li",{children:Hn(f)},r))}),t?.kind==="conflict"&&e.jsxs("p",{children:[a.conflict," ",e.jsx(R,{className:"button secondary",onPress:i,children:a.reload})]}),t?.kind==="forbidden"&&e.jsx("p",{children:a.forbidden}),t?.kind==="failed"&&e.jsx("p",{children:a.failed})]}),e.jsx("ul",{className:"card-actions",children:m.map(({procedure:r,basis:f})=>{if(!r)return null;const p=r.persons.filter(d=>d.role==="VICTIM").map(d=>`${d.firstName} ${d.lastName}`).join(", ");return e.jsxs("li",{children:[e.jsxs("p",{children:[e.jsx("a",{href:ve.card(r.id),children:a.matchProcedure(p,M(r.initiatedOn))})," ","— ",a.status[r.status]??r.status,"; ",a.matchBasis[f]??f]}),e.jsxs("div",{className:"actions",children:[c&&e.jsx(R,{className:"button primary",isDisabled:u,onPress:()=>{o(Vn,{input:{id:n.id,version:n.version,procedureId:r.id,procedureVersion:r.version}},()=>s(a.attached))},children:a.attach(p)}),e.jsx(R,{className:"button secondary",isDisabled:u,onPress:()=>{o(Kn,{input:{id:n.id,version:n.version,on:null}},()=>s(a.keptSeparate))},children:a.keepSeparate})]})]},r.id)})})]})}const Wn=S(`
  mutation CardUpdatePlanItem($input: UpdatePlanItemInput!) {
    updatePlanItem(input: $input) {
      planItem {
        id
        version
      }
      userErrors {
        field
        code
      }
    }
  }
`);function ue({id:n,title:i,items:s,mayEdit:t,reload:u,onDone:o}){const[m,c]=b.useState(null);return e.jsxs("section",{"aria-labelledby":`card-${n}`,children:[e.jsx("h2",{id:`card-${n}`,children:i}),s.length===0?e.jsx("p",{children:a.noPlan}):e.jsx("ol",{className:"plan-items",children:s.map((r,f)=>e.jsxs("li",{children:[r.description," — ",a.planStatus[r.status]??r.status,r.dueOn?`, ${a.planDue(M(r.dueOn))}`:"",r.responsibleName?`, ${r.responsibleName}`:""," ",t&&e.jsx(R,{className:"button secondary","aria-expanded":m===r.id,onPress:()=>c(m===r.id?null:r.id),children:a.planItemEdit(f+1)}),t&&m===r.id&&e.jsx(qn,{label:a.planItemForm(i,f+1),item:r,reload:u,onCancel:()=>c(null),onDone:()=>{c(null),o(a.planItemSaved(f+1))}})]},r.id))})]})}function qn(n){const{item:i}=n,[s,t]=b.useState({}),[u,o]=b.useState(null),{outcome:m,sending:c,send:r,refuse:f,problem:p}=U(),d=yn(i),j=ne(d,s),x=l=>N=>{o(null),t(h=>({...h,[l]:N}))},v=()=>{const l=Nn(j);if(Object.keys(l).length>0)return f(l);const N=zn(i,d,s);if(!N)return o(a.correction.nothingChanged);r(Wn,{input:N},n.onDone)};return e.jsxs(K,{label:n.label,outcome:m,sending:c,reload:n.reload,onCancel:n.onCancel,onSubmit:v,conflict:a.planItemConflict,notice:u,children:[e.jsxs(oe,{className:"checks",value:j.status,onChange:x("status"),isInvalid:!!p("status"),children:[e.jsx(P,{className:"group-label",children:a.planItemStatus}),Object.entries(a.planStatus).map(([l,N],h)=>e.jsxs(J,{value:l,className:"check",autoFocus:l===j.status||h===0&&!j.status,children:[e.jsx("span",{className:"box round","aria-hidden":"true"}),N]},l)),e.jsx(D,{className:"error",children:E(p("status")??"","status")})]}),e.jsxs(A,{className:"field wide",value:j.description,onChange:x("description"),isInvalid:!!p("description"),children:[e.jsx(P,{children:a.planItemDescription}),e.jsx(q,{}),e.jsx(D,{className:"error",children:E(p("description")??"","description")})]}),e.jsxs(A,{className:"field",type:"date",value:j.dueOn,onChange:x("dueOn"),isInvalid:!!p("dueOn"),children:[e.jsx(P,{children:a.planItemDue}),e.jsx(q,{}),e.jsx(ee,{slot:"description",className:"hint",children:a.planItemDueHint}),e.jsx(D,{className:"error",children:E(p("dueOn")??"","dueOn")})]})]})}const Zn=S(`
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
        mayAddPlanItems
        mayRecordWork
        details {
          injuries
          perpetratorUnderAlcohol
          perpetratorUnderDrugs
          firearmAccess
          childrenInHousehold
          actionsTaken
          nkBHandedOver
          victimFeelsSafe
          description
          additionalInformation
        }
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
          version
          description
          dueOn
          status
          responsibleName
        }
        actionPlan {
          id
          version
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
`);function li({id:n}){const[{data:i,fetching:s,error:t},u]=Je({query:Zn,variables:{id:n}}),[o,m]=b.useState(null),c=b.useRef(null);b.useEffect(()=>{o&&c.current?.focus()},[o]);const r=()=>u({requestPolicy:"network-only"}),f=l=>{m(l),r()},p=i?.node,d=p&&"persons"in p?p:null,j=d?d.persons.filter(l=>l.role==="VICTIM").map(l=>`${l.firstName} ${l.lastName}`).join(", "):"";b.useEffect(()=>{document.title=a.documentTitle},[]);const x=e.jsx("p",{children:e.jsx("a",{href:ve.workList,children:a.back})});if(!i&&s)return e.jsx("p",{role:"status",children:a.loading});if(!d&&t)return e.jsxs(e.Fragment,{children:[x,e.jsxs("p",{role:"alert",children:[a.loadError," ",e.jsx(R,{className:"button secondary",onPress:r,children:a.retry})]})]});if(!d)return e.jsxs(e.Fragment,{children:[x,e.jsx("h1",{children:a.notFoundTitle}),e.jsx("p",{children:a.notFound})]});const v=i?.teams[0]?.members??[];return e.jsxs(e.Fragment,{children:[x,e.jsx("h1",{children:a.title(j)}),e.jsx("p",{role:"status",ref:c,tabIndex:-1,className:o?"notice":void 0,children:o}),e.jsx(Qn,{card:d}),e.jsx(Gn,{card:d,reload:r,onDone:f}),e.jsx(B,{id:"actions",title:a.actions,children:e.jsx(Fn,{card:d,actions:ln(d.allowedSteps,d.mayRecordWork),members:v,reload:r,onDone:f})}),e.jsx(Yn,{card:d}),e.jsx(Jn,{card:d}),e.jsx(ei,{card:d}),e.jsx(B,{id:"group",title:a.group,children:d.diagnosticGroup.length===0?e.jsx("p",{children:a.noGroup}):e.jsx("ul",{children:d.diagnosticGroup.map(l=>e.jsx("li",{children:a.groupMember(l.displayName??a.unknownPerson,a.institutionKind[l.institution]??l.institution)},l.teamMemberId))})}),e.jsx(ue,{id:"help-plan",title:a.helpPlan,items:d.helpPlan,mayEdit:d.mayAddPlanItems,reload:r,onDone:f}),e.jsx(ue,{id:"action-plan",title:a.actionPlan,items:d.actionPlan,mayEdit:d.mayAddPlanItems,reload:r,onDone:f}),e.jsx(B,{id:"forms",title:a.forms,children:e.jsx("ul",{children:d.forms.map((l,N)=>e.jsx("li",{children:a.formLine(a.formKind[l.kind]??l.kind,M(l.filledOn),l.filledByName??"")},N))})}),e.jsx(B,{id:"work",title:a.work,children:d.work.length===0?e.jsx("p",{children:a.noWork}):e.jsx("ul",{children:d.work.map(l=>e.jsxs("li",{children:[M(l.occurredOn),": ",a.workKind[l.kind]??l.kind,l.variant?` (${a.workVariant[l.variant]??l.variant})`:"",l.recordedByName?`, ${l.recordedByName}`:"",l.note?` — ${l.note}`:""]},l.id))})})]})}function B({id:n,title:i,children:s}){return e.jsxs("section",{"aria-labelledby":`card-${n}`,children:[e.jsx("h2",{id:`card-${n}`,children:i}),s]})}function Qn({card:n}){return e.jsxs("dl",{className:"facts","aria-label":a.summary,children:[e.jsxs("div",{children:[e.jsx("dt",{children:a.statusLabel}),e.jsx("dd",{"data-testid":"card-status",children:a.status[n.status]??n.status})]}),e.jsxs("div",{children:[e.jsx("dt",{children:a.initiatedOn}),e.jsx("dd",{children:M(n.initiatedOn)})]}),e.jsxs("div",{children:[e.jsx("dt",{children:a.initiator}),e.jsxs("dd",{children:[a.institutions[n.initiatorInstitution]??n.initiatorInstitution,n.initiatorName?`, ${n.initiatorName}`:""]})]}),e.jsxs("div",{children:[e.jsx("dt",{children:a.violenceForms}),e.jsx("dd",{children:n.violenceForms.map(i=>a.violence[i]??i).join(", ")})]})]})}function Yn({card:n}){const i=a.personColumns;return e.jsx(B,{id:"persons",title:a.persons,children:e.jsxs("table",{className:"cards",children:[e.jsx("thead",{children:e.jsxs("tr",{children:[e.jsx("th",{scope:"col",children:i.name}),e.jsx("th",{scope:"col",children:i.role}),e.jsx("th",{scope:"col",children:i.pesel}),e.jsx("th",{scope:"col",children:i.born}),e.jsx("th",{scope:"col",children:i.minor})]})}),e.jsx("tbody",{children:n.persons.map(s=>e.jsxs("tr",{children:[e.jsxs("th",{scope:"row",children:[s.firstName," ",s.lastName]}),e.jsx("td",{children:a.roles[s.role]??s.role}),e.jsx("td",{children:s.pesel??a.noPesel}),e.jsx("td",{children:M(s.dateOfBirth)}),e.jsx("td",{children:s.minor?a.minor:a.adult})]},s.id))})]})})}function Jn({card:n}){const i=Xe(),s=a.deadlineColumns;return n.deadlines.length===0?e.jsx(B,{id:"deadlines",title:a.deadlines,children:e.jsx("p",{children:a.noDeadlines})}):e.jsx(B,{id:"deadlines",title:a.deadlines,children:e.jsxs("table",{className:"cards",children:[e.jsx("thead",{children:e.jsxs("tr",{children:[e.jsx("th",{scope:"col",children:s.kind}),e.jsx("th",{scope:"col",children:s.due}),e.jsx("th",{scope:"col",children:s.state})]})}),e.jsx("tbody",{children:n.deadlines.map(t=>e.jsxs("tr",{children:[e.jsx("th",{scope:"row",children:a.deadlineKind[t.kind]??t.kind}),e.jsx("td",{children:M(t.dueOn)}),e.jsx("td",{children:e.jsx(Xn,{deadline:t,today:i})})]},t.id))})]})})}function Xn({deadline:n,today:i}){const s=nn([n],i);if(s){const t=s.urgency==="overdue"?a.overdue(le(-s.days,a.days)):s.days===0?a.dueToday:s.urgency==="soon"?a.dueSoon(le(s.days,a.days)):a.deadlineState[n.state]??n.state;return e.jsx("span",{className:`deadline ${s.urgency}`,children:e.jsx("strong",{className:"flag",children:t})})}return n.state==="MET"&&n.metOn?e.jsx("span",{children:n.metLate?a.metLate(M(n.metOn)):a.metOn(M(n.metOn))}):e.jsx("span",{children:a.deadlineState[n.state]??n.state})}function ei({card:n}){const i=a.historyColumns;return e.jsx(B,{id:"history",title:a.history,children:e.jsxs("table",{className:"cards",children:[e.jsx("thead",{children:e.jsxs("tr",{children:[e.jsx("th",{scope:"col",children:i.step}),e.jsx("th",{scope:"col",children:i.who}),e.jsx("th",{scope:"col",children:i.when})]})}),e.jsx("tbody",{children:n.history.map((s,t)=>e.jsxs("tr",{children:[e.jsx("th",{scope:"row",children:a.steps[s.step]??s.step}),e.jsx("td",{children:s.takenByName??a.unknownPerson}),e.jsx("td",{children:en(s.takenAt)})]},t))})]})})}export{li as CardPage};
