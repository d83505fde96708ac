import{a as j,J as ze,s as Pe,k as ke,$ as F,d as Oe,e as Ce,j as e}from"./session-n7LnAU4d.js";import{m as re,o as we,q as U,r as ne,s as Ee,v as Re,w as Se,x as Ae,y as De,z as Te,A as Fe,B as Le,C as _e,D as me,E as Me,F as Ue,G as Be,H as pe,I as he,J as Ke,K as Ve,L as He,M as Ge,N as We,O as qe,P as Ze,Q as Qe,S as Ye,T as G,U as Je,d as A,f as fe,a as z,g as be,h as je,i as xe,j as ye,c as E,$ as D,b as H,k as Y,e as W,l as R,V as L,R as Ne,W as Xe,t as en,X as nn,Y as an,Z as de}from"./app-CXbe19d6.js";import{b as sn,$ as se,a as ee}from"./Checkbox--j855XCK.js";import{o as on,c as tn,W as rn,s as dn,p as le,a as ln}from"./actions-D-h9w59P.js";import{t as C}from"./texts-oNINnaqC.js";import"./client-CNtUrJ3e.js";import"./userErrors-BxTecZ1R.js";const ge=new WeakMap;function cn(n,i,s){let{value:t,children:c,"aria-label":o,"aria-labelledby":p,onPressStart:l,onPressEnd:u,onPressChange:b,onPress:f,onPressUp:r,onClick:m}=n;const h=n.isDisabled||i.isDisabled;let x=i.selectedValue===t,d=V=>{V.stopPropagation(),i.setSelectedValue(t)},{pressProps:$,isPressed:y}=re({onPressStart:l,onPressEnd:u,onPressChange:b,onPress:f,onPressUp:r,onClick:m,isDisabled:h}),{pressProps:I,isPressed:N}=re({onPressStart:l,onPressEnd:u,onPressChange:b,onPressUp:r,onClick:m,isDisabled:h,onPress(V){f?.(V),i.setSelectedValue(t),s.current?.focus()}}),{focusableProps:v}=we(U(n,{onFocus:()=>i.setLastFocusedValue(t)}),s),T=U($,v),O=ne(n,{labelable:!0}),g=-1;i.selectedValue!=null?i.selectedValue===t&&(g=0):(i.lastFocusedValue===t||i.lastFocusedValue==null)&&(g=0),h&&(g=void 0);let{name:w,form:S,descriptionId:M,errorMessageId:q,validationBehavior:X}=ge.get(i);Ee(s,i.defaultSelectedValue,i.setSelectedValue),Re({validationBehavior:X},i,s);let te=sn();return{labelProps:U(I,j.useMemo(()=>({onClick:V=>V.preventDefault(),onMouseDown:V=>V.preventDefault()}),[])),inputProps:U(O,{...T,type:"radio",name:w,form:S,tabIndex:g,disabled:h,required:i.isRequired&&X==="native",checked:x,value:t,onChange:d,"aria-describedby":[n["aria-describedby"],te.id,i.isInvalid?q:null,M].filter(Boolean).join(" ")||void 0}),descriptionProps:te,isDisabled:h,isSelected:x,isPressed:y||N}}function un(n,i){let{name:s,form:t,isReadOnly:c,isRequired:o,isDisabled:p,orientation:l="vertical",validationBehavior:u="aria"}=n,{direction:b}=Se(),{isInvalid:f,validationErrors:r,validationDetails:m}=i.displayValidation,{labelProps:h,fieldProps:x,descriptionProps:d,errorMessageProps:$}=Ae({...n,labelElementType:"span",isInvalid:i.isInvalid,errorMessage:n.errorMessage||r}),y=ne(n,{labelable:!0}),{focusWithinProps:I}=ze({onBlurWithin(O){n.onBlur?.(O),i.selectedValue||i.setLastFocusedValue(null)},onFocusWithin:n.onFocus,onFocusWithinChange:n.onFocusChange});function N(O,g){let w=Fe(g.currentTarget,{from:ke(g),accept:M=>M instanceof Pe(M).HTMLInputElement&&M.type==="radio"}),S;return O==="next"?(S=w.nextNode(),S||(w.currentNode=g.currentTarget,S=w.firstChild())):(S=w.previousNode(),S||(w.currentNode=g.currentTarget,S=w.lastChild())),S?(S.focus(),i.setSelectedValue(S.value),!0):!1}let{keyboardProps:v}=De({shortcuts:{ArrowRight:O=>N(b==="rtl"&&l!=="vertical"?"prev":"next",O),ArrowLeft:O=>N(b==="rtl"&&l!=="vertical"?"next":"prev",O),ArrowDown:O=>N("next",O),ArrowUp:O=>N("prev",O)},allowRepeats:!0}),T=Te(s);return ge.set(i,{name:T,form:t,descriptionId:d.id,errorMessageId:$.id,validationBehavior:u}),{radioGroupProps:U(y,{role:"radiogroup",...v,"aria-invalid":i.isInvalid||void 0,"aria-errormessage":n["aria-errormessage"],"aria-readonly":c||void 0,"aria-required":o||void 0,"aria-disabled":p||void 0,"aria-orientation":l,...x,...I}),labelProps:h,descriptionProps:d,errorMessageProps:$,isInvalid:f,validationErrors:r,validationDetails:m}}let mn=Math.round(Math.random()*1e10),pn=0;function hn(n){let i=j.useMemo(()=>n.name||`radio-group-${mn}-${++pn}`,[n.name]),[s,t]=Le(n.value,n.defaultValue??null,n.onChange),[c]=j.useState(s),[o,p]=j.useState(null),l=_e({...n,value:s}),u=f=>{!n.isReadOnly&&!n.isDisabled&&(t(f),l.commitValidation())},b=l.displayValidation.isInvalid;return{...l,name:i,selectedValue:s,defaultSelectedValue:n.value!==void 0?c:n.defaultValue??null,setSelectedValue:u,lastFocusedValue:o,setLastFocusedValue:p,isDisabled:n.isDisabled||!1,isReadOnly:n.isReadOnly||!1,isRequired:n.isRequired||!1,validationState:n.validationState||(b?"invalid":null),isInvalid:b}}const fn=j.createContext(null),bn=j.createContext(null),oe=j.createContext(null),ie=j.forwardRef(function(i,s){[i,s]=me(i,s,fn);let{validationBehavior:t}=Me(Ue)||{},c=i.validationBehavior??t??"native",o=hn({...i,validationBehavior:c}),[p,l]=Be(!i["aria-label"]&&!i["aria-labelledby"]),{radioGroupProps:u,labelProps:b,descriptionProps:f,errorMessageProps:r,...m}=un({...i,label:l,validationBehavior:c},o),h=pe({...i,values:{orientation:i.orientation||"vertical",isDisabled:o.isDisabled,isReadOnly:o.isReadOnly,isRequired:o.isRequired,isInvalid:o.isInvalid,state:o},defaultClassName:"react-aria-RadioGroup"}),x=ne(i,{global:!0});return F.createElement(he.div,{...U(x,h,u),ref:s,slot:i.slot||void 0,"data-orientation":i.orientation||"vertical","data-invalid":o.isInvalid||void 0,"data-disabled":o.isDisabled||void 0,"data-readonly":o.isReadOnly||void 0,"data-required":o.isRequired||void 0},F.createElement(Ke,{values:[[oe,o],[Ve,{...b,ref:p,elementType:"span"}],[He,{slots:{description:f,errorMessage:r}}],[Ge,m]]},F.createElement(We,null,h.children)))}),Z=j.forwardRef(function(i,s){let{inputRef:t=null,...c}=i;[i,s]=me(c,s,bn);let o=F.useContext(oe),p=qe(j.useMemo(()=>Ze(t,i.inputRef!==void 0?i.inputRef:null),[t,i.inputRef])),l=cn({...Qe(i),children:typeof i.children=="function"?!0:i.children},o,p);return F.createElement($e.Provider,{value:{...l,inputRef:p,defaultClassName:"react-aria-Radio"}},F.createElement(jn,{...i,ref:s}))}),$e=j.createContext(null),jn=j.forwardRef(function(i,s){let{labelProps:t,inputProps:c,isSelected:o,isDisabled:p,isPressed:l,defaultClassName:u,inputRef:b}=j.useContext($e),f=F.useContext(oe),{isFocused:r,isFocusVisible:m,focusProps:h}=Oe(),x=p||f.isReadOnly,{hoverProps:d,isHovered:$}=Ce({...i,isDisabled:x}),y=pe({...i,defaultClassName:u,values:{isSelected:o,isPressed:l,isHovered:$,isFocused:r,isFocusVisible:m,isDisabled:p,isReadOnly:f.isReadOnly,isInvalid:f.isInvalid,isRequired:f.isRequired}}),I=ne(i,{global:!0});return delete I.id,delete I.onClick,F.createElement(he.label,{...U(I,t,d,y),ref:s,"data-selected":o||void 0,"data-pressed":l||void 0,"data-hovered":$||void 0,"data-focused":r||void 0,"data-focus-visible":m||void 0,"data-disabled":p||void 0,"data-readonly":f.isReadOnly||void 0,"data-invalid":f.isInvalid||void 0,"data-required":f.isRequired||void 0},F.createElement(Ye,{elementType:"span"},F.createElement("input",{...U(c,h),ref:b})),y.children)}),a={documentTitle:"Niebieska Karta — Ostoja",back:"Wróć do listy kart",loading:"Wczytywanie karty…",loadError:"Nie udało się wczytać karty. Spróbuj ponownie.",retry:"Spróbuj ponownie",notFoundTitle:"Nie ma takiej karty",notFound:"Ta karta nie istnieje albo nie masz do niej dostępu.",title:n=>n?`Niebieska Karta: ${n}`:"Niebieska Karta",status:G.status,statusLabel:"Status",initiatedOn:"Wszczęta",initiator:"Wszczynający",institutions:C.institutions,violenceForms:"Formy przemocy",violence:C.violence,summary:"Podsumowanie",persons:"Osoby",personColumns:{name:"Imię i nazwisko",role:"Rola",pesel:"PESEL",born:"Data urodzenia",minor:"Małoletnia"},roles:C.roles,minor:"tak",adult:"nie",noPesel:"brak",deadlines:"Terminy",deadlineColumns:{kind:"Termin",due:"Do dnia",state:"Stan"},deadlineKind:G.deadlineKind,deadlineState:{PENDING:"oczekuje",MET:"dotrzymany",OVERDUE:"przekroczony",CANCELLED:"bezprzedmiotowy"},metOn:n=>`spełniony ${n}`,metLate:n=>`spełniony po terminie ${n}`,overdue:G.overdue,dueToday:G.dueToday,dueSoon:G.dueSoon,days:G.days,noDeadlines:"Brak terminów.",history:"Przebieg procedury",historyColumns:{step:"Krok",who:"Kto",when:"Kiedy"},steps:{OPENED:"Wszczęcie procedury (NK-A)",UPDATED:"Poprawienie formularza NK-A",SENT_TO_CHAIR:"Przekazanie przewodniczącemu",ATTACHED:"Dołączenie do prowadzonej procedury",SUBSEQUENT_NK_A:"Dołączenie kolejnego formularza NK-A",GROUP_SET_UP:"Powołanie grupy diagnostyczno-pomocowej",GROUP_CHANGED:"Zmiana składu grupy",FIRST_GROUP_MEETING:"Pierwsze posiedzenie grupy",GROUP_MEETING:"Posiedzenie grupy",VICTIM_FORM:"Formularz NK-C",PERPETRATOR_FORM:"Formularz NK-D",MONITORING_STARTED:"Rozpoczęcie monitorowania",HELP_PLAN_REVIEWED:"Przegląd planu pomocy",CLOSED:"Zakończenie procedury",MONITORING_ENDED:"Koniec monitorowania po zakończeniu"},unknownPerson:"—",forms:"Formularze",formKind:{NK_A:"NK-A",NK_A_SUBSEQUENT:"Kolejny NK-A",NK_C:"NK-C",NK_D:"NK-D"},formLine:(n,i,s)=>`${n}, ${i}${s?`, ${s}`:""}`,group:"Grupa diagnostyczno-pomocowa",noGroup:"Grupa nie została jeszcze powołana.",groupMember:(n,i)=>`${n} (${i})`,institutionKind:C.institutions,helpPlan:"Plan pomocy (NK-C)",actionPlan:"Plan działań (NK-D)",noPlan:"Brak pozycji.",planStatus:{PLANNED:"zaplanowane",IN_PROGRESS:"w realizacji",DONE:"zrealizowane",ABANDONED:"zaniechane"},planDue:n=>`do ${n}`,work:"Praca w sprawie",noWork:"Nie zapisano pracy.",workKind:{INTERVENTION:"Interwencja",CONSULTATION:"Porada",SOCIAL_CONTRACT:"Kontrakt socjalny",SHELTER_PLACEMENT:"Umieszczenie w schronieniu",MEDICAL_HELP:"Zorganizowana pomoc medyczna"},workVariant:{WITH_POLICE:"z udziałem policji",WITHOUT_POLICE:"bez udziału policji",SOCIAL:"socjalna",LEGAL:"prawna",PSYCHOLOGICAL:"psychologiczna",PEDAGOGICAL:"pedagogiczna"},matches:"Proponowane dopasowania",matchesIntro:"Ten formularz wskazuje osoby z prowadzonej procedury. Zdecyduj, czy dołączyć go do niej jako kolejny formularz NK-A, czy prowadzić odrębną procedurę; do tego czasu nie można powołać grupy.",matchProcedure:(n,i)=>`Procedura wszczęta ${i}: ${n}`,matchBasis:{PESEL:"zgodny PESEL osoby doznającej przemocy",NAME_AND_BIRTH_DATE:"zgodne imię, nazwisko i data urodzenia",CHAIR:"wskazana przez przewodniczącego"},attach:n=>`Dołącz do procedury: ${n}`,keepSeparate:"Prowadź jako odrębną procedurę",attached:"Formularz dołączony do prowadzonej procedury.",keptSeparate:"Formularz pozostaje odrębną procedurą.",actions:"Dostępne działania",noActions:"Nie możesz teraz podjąć żadnego kroku w tej procedurze.",action:{forward:"Przekaż przewodniczącemu zespołu",setUpGroup:"Powołaj grupę diagnostyczno-pomocową",changeGroup:"Zmień skład grupy",firstMeeting:"Zapisz pierwsze posiedzenie grupy",meeting:"Zapisz posiedzenie grupy",victimForm:"Wypełnij formularz NK-C",perpetratorForm:"Wypełnij formularz NK-D",startMonitoring:"Rozpocznij monitorowanie",reviewPlan:"Zapisz przegląd planu pomocy",close:"Zakończ procedurę",endMonitoring:"Zakończ monitorowanie po zakończeniu procedury",correctNkA:"Popraw formularz NK-A",recordWork:"Zapisz pracę w sprawie"},submit:"Zatwierdź",cancel:"Anuluj",sending:"Wysyłanie…",on:"Data",onHint:"Domyślnie dziś; format dd.mm.rrrr.",done:n=>`Zapisano: ${n}.`,members:"Członkowie grupy",compositionRule:"Grupa musi obejmować przedstawiciela jednostki organizacyjnej pomocy społecznej i policji; mogą w niej pracować tylko osoby, które podpisały oświadczenie o zachowaniu poufności.",compositionMet:"Skład spełnia wymogi ustawy.",memberOption:(n,i)=>`${n} — ${i}`,noStatement:"bez oświadczenia o poufności",person:"Osoba",choosePerson:"Wybierz osobę",diagnosis:"Diagnoza sytuacji",violenceHistory:"Historia przemocy (pierwszy, powtarzający się, najbardziej niebezpieczny i ostatni akt)",planItem:n=>`Pozycja planu ${n}`,addPlanItem:"Dodaj pozycję planu",removePlanItem:n=>`Usuń pozycję ${n}`,ground:"Podstawa zakończenia",grounds:{VIOLENCE_STOPPED_AND_PLAN_CARRIED_OUT:"ustanie przemocy domowej i zrealizowanie planu pomocy",UNFOUNDED:"brak zasadności podejmowania działań"},workKindLabel:"Rodzaj pracy",chooseWorkKind:"Wybierz rodzaj",variantLabel:"Odmiana",chooseVariant:"Wybierz odmianę",note:"Notatka",correction:{intro:"Zmień tylko to, co wymaga poprawienia; pozostałe pola zostaną bez zmian.",institution:C.institution,institutions:C.institutions,violenceForms:C.violenceForms,violence:C.violence,injuries:C.injuries,underAlcohol:C.underAlcohol,underDrugs:"Osoba stosująca przemoc była pod wpływem środków odurzających",firearmAccess:C.firearmAccess,children:C.children,childrenHint:"Od 0 do 30.",actionsTaken:C.actionsTaken,actions:C.actions,nkB:C.nkB,feelsSafe:"Czy osoba doznająca przemocy czuje się bezpieczna?",feelsSafeOptions:{yes:"tak",no:"nie"},feelsSafeUnknown:"nie ustalono",description:C.description,additionalInformation:"Dodatkowe informacje",nothingChanged:"Nie zmieniono żadnego pola."},planItemEdit:n=>`Zmień pozycję ${n}`,planItemForm:(n,i)=>`${n}: zmiana pozycji ${i}`,planItemDescription:"Opis",planItemStatus:"Stan realizacji",planItemDue:"Termin realizacji",planItemDueHint:"Format dd.mm.rrrr; pozostaw pusty, aby nie zmieniać.",planItemSaved:n=>`Zapisano zmianę pozycji ${n}.`,planItemAddTo:{HELP_PLAN:"Dodaj pozycję do planu pomocy",ACTION_PLAN:"Dodaj pozycję do planu działań"},planItemNewForm:n=>`${n}: nowa pozycja`,planItemKind:"Rodzaj pozycji",planItemKinds:{ACTION:"cel lub działanie",PROGRAMME_REFERRAL:"skierowanie do programu korekcyjno-edukacyjnego lub psychologiczno-terapeutycznego",PETTY_OFFENCE_NOTICE:"zawiadomienie o wykroczeniu z art. 66c Kodeksu wykroczeń"},programme:"Program",chooseProgramme:"Wybierz program",programmes:{CORRECTIVE_EDUCATIONAL:"program korekcyjno-edukacyjny",PSYCHOLOGICAL_THERAPEUTIC:"program psychologiczno-terapeutyczny"},responsible:"Osoba odpowiedzialna (nieobowiązkowo)",chooseResponsible:"Nie wskazano",planItemNewDueHint:"Nieobowiązkowy; format dd.mm.rrrr.",planItemAdded:n=>`Dodano pozycję: ${n}.`,planItemConflict:"Ktoś inny zmienił tę pozycję w międzyczasie. Odśwież kartę i spróbuj ponownie; wpisane dane zostaną zachowane.",problems:"Popraw zaznaczone pola:",failed:"Nie udało się zapisać. Wpisane dane są zachowane, spróbuj ponownie.",forbidden:"Nie możesz podjąć tego kroku.",conflict:"Ktoś inny zmienił tę kartę w międzyczasie. Odśwież kartę i spróbuj ponownie; wpisane dane zostaną zachowane.",reload:"Odśwież kartę",errors:{...C.errors,TOO_EARLY:"Data nie może być wcześniejsza niż poprzedni krok procedury.",ILLEGAL_TRANSITION:"Tego kroku nie można podjąć w obecnym stanie procedury.",NO_CHAIR:"Zespół interdyscyplinarny nie ma przewodniczącego.",NO_MATCH:"Nie ma dopasowania do rozstrzygnięcia.",MATCH_UNDECIDED:"Najpierw rozstrzygnij, czy dołączyć formularz do prowadzonej procedury.",SOCIAL_WORKER_REQUIRED:"W grupie musi być przedstawiciel pomocy społecznej.",POLICE_OFFICER_REQUIRED:"W grupie musi być przedstawiciel policji.",CONFIDENTIALITY_NOT_SIGNED:"Ta osoba nie podpisała oświadczenia o zachowaniu poufności.",DUPLICATE:"Ta osoba jest wybrana dwa razy.",NOT_FOUND:"Nie znaleziono.",MET_SEPARATELY:"Grupa spotyka się z osobą doznającą przemocy i z osobą stosującą przemoc oddzielnie.",HELP_PLAN_REQUIRED:"Najpierw wypełnij formularz NK-C z osobą doznającą przemocy.",ACTION_PLAN_REQUIRED:"Najpierw wypełnij formularz NK-D z osobą stosującą przemoc.",HELP_PLAN_NOT_CARRIED_OUT:"Plan pomocy nie jest zrealizowany.",MONITORING_NOT_OVER:"Monitorowanie po zakończeniu procedury jeszcze trwa.",PERPETRATOR_ONLY:"Ta pozycja należy do planu działań osoby stosującej przemoc.",NOT_APPLICABLE:"Nie dotyczy tego rodzaju.",TOO_LONG:"Tekst jest za długi.",INVALID:"Nieprawidłowa wartość."},fieldErrors:{"childrenInHousehold.INVALID":"Liczba dzieci musi wynosić od 0 do 30.","childrenInHousehold.NOT_A_NUMBER":"Podaj liczbę dzieci cyframi.","violenceForms.REQUIRED":"Wskaż co najmniej jedną formę przemocy.","description.REQUIRED":"Opis pozycji jest wymagany.","programme.REQUIRED":"Wskaż program, do którego kierowana jest osoba stosująca przemoc.","programme.NOT_APPLICABLE":"Program wskazuje się tylko przy skierowaniu do programu.","kind.PERPETRATOR_ONLY":"Ten rodzaj pozycji należy do planu działań osoby stosującej przemoc.","responsibleUserId.NOT_FOUND":"Nie ma takiej osoby w gminie."},unknownError:n=>`Popraw to pole (${n}).`},k=(n,i)=>(i?a.fieldErrors[`${i}.${n}`]:void 0)??a.errors[n]??a.unknownError(n);function _(){const n=Je(),[i,s]=j.useState(null),[t,c]=j.useState(!1),o=async(u,b,f)=>{c(!0);const r=await n.mutation(u,b).toPromise();c(!1);const m=r.data,h=m?Object.values(m)[0]:null,x=on({error:r.error,payload:h});s(x),x.kind==="done"&&f()},p=i?.kind==="refused"?i.problems:{};return{outcome:i,sending:t,send:o,refuse:u=>s({kind:"refused",problems:u}),problems:p,problem:u=>p[u]}}function K(n){const{outcome:i}=n,s=c=>{c.preventDefault(),n.onSubmit()},t=i?.kind==="refused"?Object.entries(i.problems):[];return e.jsxs("form",{className:"action-form","aria-label":n.label,onSubmit:s,noValidate:!0,children:[e.jsxs("div",{role:"alert",className:i&&i.kind!=="done"||n.notice?"summary":void 0,children:[n.notice&&e.jsx("p",{children:n.notice}),t.length>0&&e.jsxs(e.Fragment,{children:[e.jsx("p",{children:a.problems}),e.jsx("ul",{children:t.map(([c,o])=>e.jsx("li",{children:k(o,c)},c))})]}),i?.kind==="conflict"&&e.jsxs("p",{children:[n.conflict??a.conflict," ",e.jsx(A,{className:"button secondary",onPress:n.reload,children:a.reload})]}),i?.kind==="forbidden"&&e.jsx("p",{children:a.forbidden}),i?.kind==="failed"&&e.jsx("p",{children:a.failed})]}),n.children,e.jsxs("div",{className:"actions",children:[e.jsx(A,{type:"submit",className:"button primary",isDisabled:n.sending,children:n.sending?a.sending:a.submit}),e.jsx(A,{className:"button secondary",onPress:n.onCancel,children:a.cancel})]})]})}function J(n){return e.jsxs(D,{className:"field",type:"date",value:n.value,onChange:n.onChange,isInvalid:!!n.problem,children:[e.jsx(z,{children:n.label??a.on}),e.jsx(H,{autoFocus:n.autoFocus}),e.jsx(Y,{slot:"description",className:"hint",children:a.onHint}),e.jsx(E,{className:"error",children:k(n.problem??"")})]})}function Q(n){return e.jsxs(fe,{className:"field",selectedKey:n.value||null,onSelectionChange:i=>n.onChange(i==null?"":String(i)),isInvalid:!!n.problem,placeholder:n.placeholder,children:[e.jsx(z,{children:n.label}),e.jsxs(A,{className:"select-button",autoFocus:n.autoFocus,children:[e.jsx(be,{}),e.jsx("span",{"aria-hidden":"true",children:" ▾"})]}),e.jsx(je,{className:"popover",children:e.jsx(xe,{className:"listbox",children:Object.entries(n.options).map(([i,s])=>e.jsx(ye,{id:i,className:"option",children:s},i))})}),e.jsx(E,{className:"error",children:k(n.problem??"",n.field)})]})}function xn(n){const i=n.details;return{initiatorInstitution:n.initiatorInstitution,violenceForms:[...n.violenceForms],injuries:i.injuries??"",perpetratorUnderAlcohol:i.perpetratorUnderAlcohol,perpetratorUnderDrugs:i.perpetratorUnderDrugs,firearmAccess:i.firearmAccess,childrenInHousehold:String(i.childrenInHousehold),actionsTaken:[...i.actionsTaken],nkBHandedOver:i.nkBHandedOver,victimFeelsSafe:i.victimFeelsSafe==null?"":i.victimFeelsSafe?"yes":"no",description:i.description??"",additionalInformation:i.additionalInformation??""}}const yn=(n,i)=>Array.isArray(n)&&Array.isArray(i)?n.length===i.length&&[...n].sort().join()===[...i].sort().join():n===i;function ae(n,i){return{...n,...i}}function ve(n,i){return Object.keys(i).filter(s=>!yn(i[s],n[s]))}function Nn(n){const i={};return n.violenceForms.length===0&&(i.violenceForms="REQUIRED"),/^\s*\d+\s*$/.test(n.childrenInHousehold)||(i.childrenInHousehold="NOT_A_NUMBER"),i}function gn(n,i,s){const t=ae(i,s),c={id:n.id,version:n.version};for(const o of ve(i,s)){const p=t[o];if(o==="childrenInHousehold")c[o]=Number.parseInt(String(p).trim(),10);else if(o==="victimFeelsSafe"){if(p==="")continue;c[o]=p==="yes"}else c[o]=p}return Object.keys(c).length>2?c:null}function $n(n){return{status:n.status,description:n.description,dueOn:n.dueOn??""}}function vn(n){const i={};return n.description.trim()===""&&(i.description="REQUIRED"),i}function In(n,i,s){const t=ae(i,s),c={id:n.id,version:n.version};for(const o of ve(i,s))o==="dueOn"&&t.dueOn===""||(c[o]=o==="description"?t.description.trim():t[o]);return Object.keys(c).length>2?c:null}const zn={kind:"ACTION",programme:"",description:"",dueOn:"",responsibleUserId:""};function Ie(n){return n==="ACTION_PLAN"?["ACTION","PROGRAMME_REFERRAL","PETTY_OFFENCE_NOTICE"]:["ACTION"]}function Pn(n){const i={};return n.description.trim()===""&&(i.description="REQUIRED"),i}function kn(n,i,s){const t=Ie(i).includes(s.kind)?s.kind:"ACTION",c={blueCardId:n,plan:i,kind:t,description:s.description.trim()};return t==="PROGRAMME_REFERRAL"&&s.programme&&(c.programme=s.programme),s.dueOn&&(c.dueOn=s.dueOn),s.responsibleUserId&&(c.responsibleUserId=s.responsibleUserId),c}const P=a.correction,On=R(`
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
`);function Cn({card:n,reload:i,onCancel:s,onDone:t}){const[c,o]=j.useState({}),[p,l]=j.useState(null),{outcome:u,sending:b,send:f,refuse:r,problem:m}=_(),h=xn(n),x=ae(h,c),d=N=>v=>{l(null),o(T=>({...T,[N]:v}))},$=()=>{const N=Nn(x);if(Object.keys(N).length>0)return r(N);const v=gn(n,h,c);if(!v)return l(P.nothingChanged);f(On,{input:v},t)},y=N=>e.jsx(E,{className:"error",children:k(m(N)??"",N)}),I=(N,v)=>e.jsxs(ee,{className:"check",isSelected:x[N],onChange:d(N),children:[e.jsx("span",{className:"box","aria-hidden":"true"}),v]});return e.jsxs(K,{label:a.action.correctNkA,outcome:u,sending:b,reload:i,onCancel:s,onSubmit:$,notice:p,children:[e.jsx("p",{className:"hint",children:P.intro}),e.jsx(Q,{label:P.institution,placeholder:P.institution,options:P.institutions,value:x.initiatorInstitution,onChange:d("initiatorInstitution"),problem:m("initiatorInstitution"),autoFocus:!0}),e.jsxs(se,{className:"checks",value:x.violenceForms,onChange:d("violenceForms"),isInvalid:!!m("violenceForms"),children:[e.jsx(z,{className:"group-label",children:P.violenceForms}),Object.entries(P.violence).map(([N,v])=>e.jsxs(ee,{value:N,className:"check",children:[e.jsx("span",{className:"box","aria-hidden":"true"}),v]},N)),y("violenceForms")]}),e.jsxs(D,{className:"field wide",value:x.injuries,onChange:d("injuries"),isInvalid:!!m("injuries"),children:[e.jsx(z,{children:P.injuries}),e.jsx(W,{rows:2}),y("injuries")]}),I("perpetratorUnderAlcohol",P.underAlcohol),I("perpetratorUnderDrugs",P.underDrugs),I("firearmAccess",P.firearmAccess),e.jsxs(D,{className:"field",value:x.childrenInHousehold,onChange:d("childrenInHousehold"),isInvalid:!!m("childrenInHousehold"),inputMode:"numeric",children:[e.jsx(z,{children:P.children}),e.jsx(H,{}),e.jsx(Y,{slot:"description",className:"hint",children:P.childrenHint}),y("childrenInHousehold")]}),e.jsxs(se,{className:"checks",value:x.actionsTaken,onChange:d("actionsTaken"),children:[e.jsx(z,{className:"group-label",children:P.actionsTaken}),Object.entries(P.actions).map(([N,v])=>e.jsxs(ee,{value:N,className:"check",children:[e.jsx("span",{className:"box","aria-hidden":"true"}),v]},N))]}),I("nkBHandedOver",P.nkB),e.jsxs(ie,{className:"checks",value:x.victimFeelsSafe,onChange:d("victimFeelsSafe"),children:[e.jsx(z,{className:"group-label",children:P.feelsSafe}),Object.entries(P.feelsSafeOptions).map(([N,v])=>e.jsxs(Z,{value:N,className:"check",children:[e.jsx("span",{className:"box round","aria-hidden":"true"}),v]},N)),h.victimFeelsSafe===""&&e.jsxs(Z,{value:"",className:"check",children:[e.jsx("span",{className:"box round","aria-hidden":"true"}),P.feelsSafeUnknown]})]}),e.jsxs(D,{className:"field wide",value:x.description,onChange:d("description"),isInvalid:!!m("description"),children:[e.jsx(z,{children:P.description}),e.jsx(W,{rows:4}),y("description")]}),e.jsxs(D,{className:"field wide",value:x.additionalInformation,onChange:d("additionalInformation"),isInvalid:!!m("additionalInformation"),children:[e.jsx(z,{children:P.additionalInformation}),e.jsx(W,{rows:3}),y("additionalInformation")]})]})}const wn=R(`
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
`),ce=R(`
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
`),En=R(`
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
`),Rn=R(`
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
`),Sn=R(`
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
`),An=R(`
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
`),Dn=R(`
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
`),Tn=R(`
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
`),Fn=R(`
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
`),Ln=R(`
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
`),_n={forward:wn,firstMeeting:ce,meeting:ce,startMonitoring:En,reviewPlan:Rn,endMonitoring:Sn};function Mn({card:n,actions:i,members:s,reload:t,onDone:c}){const[o,p]=j.useState(null);return i.length===0?e.jsx("p",{children:a.noActions}):e.jsx("ul",{className:"card-actions",children:i.map(l=>e.jsxs("li",{children:[e.jsx(A,{className:"button secondary","aria-expanded":o===l,onPress:()=>p(o===l?null:l),children:a.action[l]}),o===l&&e.jsx(Un,{kind:l,card:n,members:s,reload:t,onCancel:()=>p(null),onDone:()=>{p(null),c(a.done(a.action[l]??l))}})]},l))})}function Un(n){const{kind:i}=n;return i==="setUpGroup"||i==="changeGroup"?e.jsx(Kn,{...n}):i==="victimForm"||i==="perpetratorForm"?e.jsx(Vn,{...n}):i==="close"?e.jsx(Hn,{...n}):i==="recordWork"?e.jsx(Gn,{...n}):i==="correctNkA"?e.jsx(Cn,{...n}):e.jsx(Bn,{...n})}function Bn({kind:n,card:i,reload:s,onCancel:t,onDone:c}){const[o,p]=j.useState(""),{outcome:l,sending:u,send:b,problem:f}=_(),r=_n[n];return e.jsx(K,{label:a.action[n]??n,outcome:l,sending:u,reload:s,onCancel:t,onSubmit:()=>r&&void b(r,{input:dn(i,o)},c),children:e.jsx(J,{value:o,onChange:p,problem:f("on"),autoFocus:!0})})}function Kn({kind:n,card:i,members:s,reload:t,onCancel:c,onDone:o}){const[p,l]=j.useState(()=>i.diagnosticGroup.map(y=>y.teamMemberId)),[u,b]=j.useState(""),{outcome:f,sending:r,send:m,problem:h}=_(),x=s.filter(y=>p.includes(y.id)).map(y=>y.institution),d=tn(x),$=h("memberIds")??Object.entries(f?.kind==="refused"?f.problems:{}).find(([y])=>y.startsWith("memberIds."))?.[1];return e.jsxs(K,{label:a.action[n]??n,outcome:f,sending:r,reload:t,onCancel:c,onSubmit:()=>{m(An,{input:{id:i.id,version:i.version,memberIds:p,on:u||null}},o)},children:[e.jsxs(se,{className:"checks",value:p,onChange:l,isInvalid:!!$,children:[e.jsx(z,{className:"group-label",children:a.members}),e.jsx(Y,{slot:"description",className:"hint",children:a.compositionRule}),s.map((y,I)=>e.jsxs(ee,{value:y.id,className:"check",isDisabled:!y.confidentialitySignedOn,autoFocus:I===0,children:[e.jsx("span",{className:"box","aria-hidden":"true"}),a.memberOption(y.displayName??a.unknownPerson,a.institutionKind[y.institution]??y.institution),!y.confidentialitySignedOn&&` (${a.noStatement})`]},y.id)),e.jsx(E,{className:"error",children:k($??"")})]}),e.jsx("div",{"aria-live":"polite",className:"composition",children:d.length===0?e.jsx("p",{children:a.compositionMet}):e.jsx("ul",{children:d.map(y=>e.jsx("li",{children:k(y)},y))})}),e.jsx(J,{value:u,onChange:b,problem:h("on")})]})}function Vn({kind:n,card:i,reload:s,onCancel:t,onDone:c}){const o=n==="victimForm",p=i.persons.filter(g=>g.role===(o?"VICTIM":"PERPETRATOR")),[l,u]=j.useState(p[0]?.id??""),[b,f]=j.useState(""),[r,m]=j.useState(""),[h,x]=j.useState(""),[d,$]=j.useState([""]),{outcome:y,sending:I,send:N,problem:v}=_(),T=o?"helpPlan":"actionPlan",O=()=>{const g={id:i.id,version:i.version,personId:l,filledOn:b||null,diagnosis:r};o?N(Dn,{input:{...g,history:h.trim()||null,helpPlan:le(d)}},c):N(Tn,{input:{...g,actionPlan:le(d)}},c)};return e.jsxs(K,{label:a.action[n]??n,outcome:y,sending:I,reload:s,onCancel:t,onSubmit:O,children:[e.jsxs(fe,{className:"field",selectedKey:l||null,onSelectionChange:g=>u(g==null?"":String(g)),isInvalid:!!v("personId"),placeholder:a.choosePerson,children:[e.jsx(z,{children:a.person}),e.jsxs(A,{className:"select-button",autoFocus:!0,children:[e.jsx(be,{}),e.jsx("span",{"aria-hidden":"true",children:" ▾"})]}),e.jsx(je,{className:"popover",children:e.jsx(xe,{className:"listbox",children:p.map(g=>e.jsx(ye,{id:g.id,className:"option",children:`${g.firstName} ${g.lastName}`},g.id))})}),e.jsx(E,{className:"error",children:k(v("personId")??"")})]}),e.jsx(J,{value:b,onChange:f,problem:v("filledOn")}),e.jsxs(D,{className:"field wide",value:r,onChange:m,isInvalid:!!v("diagnosis"),children:[e.jsx(z,{children:a.diagnosis}),e.jsx(W,{rows:4}),e.jsx(E,{className:"error",children:k(v("diagnosis")??"")})]}),o&&e.jsxs(D,{className:"field wide",value:h,onChange:x,isInvalid:!!v("history"),children:[e.jsx(z,{children:a.violenceHistory}),e.jsx(W,{rows:3}),e.jsx(E,{className:"error",children:k(v("history")??"")})]}),e.jsxs("fieldset",{children:[e.jsx("legend",{children:o?a.helpPlan:a.actionPlan}),d.map((g,w)=>e.jsxs("div",{className:"plan-row",children:[e.jsxs(D,{className:"field wide",value:g,onChange:S=>$(M=>M.map((q,X)=>X===w?S:q)),isInvalid:!!v(`${T}.${w}.description`),children:[e.jsx(z,{children:a.planItem(w+1)}),e.jsx(H,{}),e.jsx(E,{className:"error",children:k(v(`${T}.${w}.description`)??"")})]}),d.length>1&&e.jsx(A,{className:"button secondary",onPress:()=>$(S=>S.filter((M,q)=>q!==w)),children:a.removePlanItem(w+1)})]},w)),e.jsx(A,{className:"button secondary",onPress:()=>$(g=>[...g,""]),children:a.addPlanItem})]})]})}function Hn({kind:n,card:i,reload:s,onCancel:t,onDone:c}){const[o,p]=j.useState(""),[l,u]=j.useState(""),{outcome:b,sending:f,send:r,problem:m}=_(),[h,x]=j.useState(!1),d=()=>{if(!o){x(!0);return}r(Fn,{input:{id:i.id,version:i.version,ground:o,on:l||null}},c)},$=m("ground")??(h&&!o?"REQUIRED":void 0);return e.jsxs(K,{label:a.action[n]??n,outcome:b,sending:f,reload:s,onCancel:t,onSubmit:d,children:[e.jsxs(ie,{className:"checks",value:o,onChange:p,isInvalid:!!$,children:[e.jsx(z,{className:"group-label",children:a.ground}),Object.entries(a.grounds).map(([y,I],N)=>e.jsxs(Z,{value:y,className:"check",autoFocus:N===0,children:[e.jsx("span",{className:"box round","aria-hidden":"true"}),I]},y)),e.jsx(E,{className:"error",children:k($??"")})]}),e.jsx(J,{value:l,onChange:u,problem:m("on")})]})}function Gn({kind:n,card:i,reload:s,onCancel:t,onDone:c}){const[o,p]=j.useState(""),[l,u]=j.useState(""),[b,f]=j.useState(""),[r,m]=j.useState(""),[h,x]=j.useState(!1),{outcome:d,sending:$,send:y,problem:I}=_(),N=rn[o]??[],v=()=>{if(!o||N.length>0&&!l){x(!0);return}y(Ln,{input:{blueCardId:i.id,kind:o,variant:N.length>0?l:null,occurredOn:b||null,note:r.trim()||null}},c)},T=I("kind")??(h&&!o?"REQUIRED":void 0),O=I("variant")??(h&&N.length>0&&!l?"REQUIRED":void 0);return e.jsxs(K,{label:a.action[n]??n,outcome:d,sending:$,reload:s,onCancel:t,onSubmit:v,children:[e.jsx(Q,{label:a.workKindLabel,placeholder:a.chooseWorkKind,options:a.workKind,value:o,onChange:g=>{p(g),u("")},problem:T,autoFocus:!0}),N.length>0&&e.jsx(Q,{label:a.variantLabel,placeholder:a.chooseVariant,options:Object.fromEntries(N.map(g=>[g,a.workVariant[g]??g])),value:l,onChange:u,problem:O}),e.jsx(J,{value:b,onChange:f,problem:I("occurredOn")}),e.jsxs(D,{className:"field wide",value:r,onChange:m,isInvalid:!!I("note"),children:[e.jsx(z,{children:a.note}),e.jsx(W,{rows:3}),e.jsx(E,{className:"error",children:k(I("note")??"")})]})]})}const Wn=R(`
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
`),qn=R(`
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
`),Zn=n=>a.errors[n]??a.unknownError(n);function Qn({card:n,reload:i,onDone:s}){const{outcome:t,sending:c,send:o}=_(),p=(n.matchProposals??[]).filter(u=>u.decision==="PENDING"&&u.procedure);if(p.length===0)return null;const l=n.allowedSteps.includes("ATTACHED");return e.jsxs("section",{"aria-labelledby":"card-matches",children:[e.jsx("h2",{id:"card-matches",children:a.matches}),e.jsx("p",{children:a.matchesIntro}),e.jsxs("div",{role:"alert",className:t&&t.kind!=="done"?"summary":void 0,children:[t?.kind==="refused"&&e.jsx("ul",{children:Object.entries(t.problems).map(([u,b])=>e.jsx("li",{children:Zn(b)},u))}),t?.kind==="conflict"&&e.jsxs("p",{children:[a.conflict," ",e.jsx(A,{className:"button secondary",onPress:i,children:a.reload})]}),t?.kind==="forbidden"&&e.jsx("p",{children:a.forbidden}),t?.kind==="failed"&&e.jsx("p",{children:a.failed})]}),e.jsx("ul",{className:"card-actions",children:p.map(({procedure:u,basis:b})=>{if(!u)return null;const f=u.persons.filter(r=>r.role==="VICTIM").map(r=>`${r.firstName} ${r.lastName}`).join(", ");return e.jsxs("li",{children:[e.jsxs("p",{children:[e.jsx("a",{href:Ne.card(u.id),children:a.matchProcedure(f,L(u.initiatedOn))})," ","— ",a.status[u.status]??u.status,"; ",a.matchBasis[b]??b]}),e.jsxs("div",{className:"actions",children:[l&&e.jsx(A,{className:"button primary",isDisabled:c,onPress:()=>{o(Wn,{input:{id:n.id,version:n.version,procedureId:u.id,procedureVersion:u.version}},()=>s(a.attached))},children:a.attach(f)}),e.jsx(A,{className:"button secondary",isDisabled:c,onPress:()=>{o(qn,{input:{id:n.id,version:n.version,on:null}},()=>s(a.keptSeparate))},children:a.keepSeparate})]})]},u.id)})})]})}const Yn=R(`
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
`),Jn=R(`
  mutation CardAddPlanItem($input: AddPlanItemInput!) {
    addPlanItem(input: $input) {
      planItem {
        id
      }
      userErrors {
        field
        code
      }
    }
  }
`);function ue({id:n,cardId:i,plan:s,title:t,members:c,items:o,mayEdit:p,reload:l,onDone:u}){const[b,f]=j.useState(null),[r,m]=j.useState(!1);return e.jsxs("section",{"aria-labelledby":`card-${n}`,children:[e.jsx("h2",{id:`card-${n}`,children:t}),o.length===0?e.jsx("p",{children:a.noPlan}):e.jsx("ol",{className:"plan-items",children:o.map((h,x)=>e.jsxs("li",{children:[h.description," — ",a.planStatus[h.status]??h.status,h.dueOn?`, ${a.planDue(L(h.dueOn))}`:"",h.responsibleName?`, ${h.responsibleName}`:""," ",p&&e.jsx(A,{className:"button secondary","aria-expanded":b===h.id,onPress:()=>f(b===h.id?null:h.id),children:a.planItemEdit(x+1)}),p&&b===h.id&&e.jsx(Xn,{label:a.planItemForm(t,x+1),item:h,reload:l,onCancel:()=>f(null),onDone:()=>{f(null),u(a.planItemSaved(x+1))}})]},h.id))}),p&&e.jsx(A,{className:"button secondary","aria-expanded":r,onPress:()=>m(!r),children:a.planItemAddTo[s]}),p&&r&&e.jsx(ei,{label:a.planItemNewForm(t),cardId:i,plan:s,members:c,reload:l,onCancel:()=>m(!1),onDone:()=>{m(!1),u(a.planItemAdded(t))}})]})}function Xn(n){const{item:i}=n,[s,t]=j.useState({}),[c,o]=j.useState(null),{outcome:p,sending:l,send:u,refuse:b,problem:f}=_(),r=$n(i),m=ae(r,s),h=d=>$=>{o(null),t(y=>({...y,[d]:$}))},x=()=>{const d=vn(m);if(Object.keys(d).length>0)return b(d);const $=In(i,r,s);if(!$)return o(a.correction.nothingChanged);u(Yn,{input:$},n.onDone)};return e.jsxs(K,{label:n.label,outcome:p,sending:l,reload:n.reload,onCancel:n.onCancel,onSubmit:x,conflict:a.planItemConflict,notice:c,children:[e.jsxs(ie,{className:"checks",value:m.status,onChange:h("status"),isInvalid:!!f("status"),children:[e.jsx(z,{className:"group-label",children:a.planItemStatus}),Object.entries(a.planStatus).map(([d,$],y)=>e.jsxs(Z,{value:d,className:"check",autoFocus:d===m.status||y===0&&!m.status,children:[e.jsx("span",{className:"box round","aria-hidden":"true"}),$]},d)),e.jsx(E,{className:"error",children:k(f("status")??"","status")})]}),e.jsxs(D,{className:"field wide",value:m.description,onChange:h("description"),isInvalid:!!f("description"),children:[e.jsx(z,{children:a.planItemDescription}),e.jsx(H,{}),e.jsx(E,{className:"error",children:k(f("description")??"","description")})]}),e.jsxs(D,{className:"field",type:"date",value:m.dueOn,onChange:h("dueOn"),isInvalid:!!f("dueOn"),children:[e.jsx(z,{children:a.planItemDue}),e.jsx(H,{}),e.jsx(Y,{slot:"description",className:"hint",children:a.planItemDueHint}),e.jsx(E,{className:"error",children:k(f("dueOn")??"","dueOn")})]})]})}function ei(n){const[i,s]=j.useState(zn),{outcome:t,sending:c,send:o,refuse:p,problem:l}=_(),u=Ie(n.plan),b=m=>h=>s(x=>({...x,[m]:h})),f=()=>{const m=Pn(i);if(Object.keys(m).length>0)return p(m);o(Jn,{input:kn(n.cardId,n.plan,i)},n.onDone)},r=Object.fromEntries(n.members.map(m=>[m.userId,a.memberOption(m.displayName??a.unknownPerson,a.institutionKind[m.institution]??m.institution)]));return e.jsxs(K,{label:n.label,outcome:t,sending:c,reload:n.reload,onCancel:n.onCancel,onSubmit:f,children:[u.length>1&&e.jsxs(ie,{className:"checks",value:i.kind,onChange:b("kind"),isInvalid:!!l("kind"),children:[e.jsx(z,{className:"group-label",children:a.planItemKind}),u.map(m=>e.jsxs(Z,{value:m,className:"check",autoFocus:m===i.kind,children:[e.jsx("span",{className:"box round","aria-hidden":"true"}),a.planItemKinds[m]??m]},m)),e.jsx(E,{className:"error",children:k(l("kind")??"","kind")})]}),i.kind==="PROGRAMME_REFERRAL"&&e.jsx(Q,{label:a.programme,placeholder:a.chooseProgramme,options:a.programmes,value:i.programme,onChange:b("programme"),problem:l("programme"),field:"programme"}),e.jsxs(D,{className:"field wide",value:i.description,onChange:b("description"),isInvalid:!!l("description"),children:[e.jsx(z,{children:a.planItemDescription}),e.jsx(H,{autoFocus:u.length===1}),e.jsx(E,{className:"error",children:k(l("description")??"","description")})]}),e.jsxs(D,{className:"field",type:"date",value:i.dueOn,onChange:b("dueOn"),isInvalid:!!l("dueOn"),children:[e.jsx(z,{children:a.planItemDue}),e.jsx(H,{}),e.jsx(Y,{slot:"description",className:"hint",children:a.planItemNewDueHint}),e.jsx(E,{className:"error",children:k(l("dueOn")??"","dueOn")})]}),n.members.length>0&&e.jsx(Q,{label:a.responsible,placeholder:a.chooseResponsible,options:r,value:i.responsibleUserId,onChange:b("responsibleUserId"),problem:l("responsibleUserId"),field:"responsibleUserId"})]})}const ni=R(`
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
        userId
        displayName
        institution
        confidentialitySignedOn
      }
    }
  }
`);function hi({id:n}){const[{data:i,fetching:s,error:t},c]=Xe({query:ni,variables:{id:n}}),[o,p]=j.useState(null),l=j.useRef(null);j.useEffect(()=>{o&&l.current?.focus()},[o]);const u=()=>c({requestPolicy:"network-only"}),b=d=>{p(d),u()},f=i?.node,r=f&&"persons"in f?f:null,m=r?r.persons.filter(d=>d.role==="VICTIM").map(d=>`${d.firstName} ${d.lastName}`).join(", "):"";j.useEffect(()=>{document.title=a.documentTitle},[]);const h=e.jsx("p",{children:e.jsx("a",{href:Ne.workList,children:a.back})});if(!i&&s)return e.jsx("p",{role:"status",children:a.loading});if(!r&&t)return e.jsxs(e.Fragment,{children:[h,e.jsxs("p",{role:"alert",children:[a.loadError," ",e.jsx(A,{className:"button secondary",onPress:u,children:a.retry})]})]});if(!r)return e.jsxs(e.Fragment,{children:[h,e.jsx("h1",{children:a.notFoundTitle}),e.jsx("p",{children:a.notFound})]});const x=i?.teams[0]?.members??[];return e.jsxs(e.Fragment,{children:[h,e.jsx("h1",{children:a.title(m)}),e.jsx("p",{role:"status",ref:l,tabIndex:-1,className:o?"notice":void 0,children:o}),e.jsx(ii,{card:r}),e.jsx(Qn,{card:r,reload:u,onDone:b}),e.jsx(B,{id:"actions",title:a.actions,children:e.jsx(Mn,{card:r,actions:ln(r.allowedSteps,r.mayRecordWork),members:x,reload:u,onDone:b})}),e.jsx(ai,{card:r}),e.jsx(si,{card:r}),e.jsx(ti,{card:r}),e.jsx(B,{id:"group",title:a.group,children:r.diagnosticGroup.length===0?e.jsx("p",{children:a.noGroup}):e.jsx("ul",{children:r.diagnosticGroup.map(d=>e.jsx("li",{children:a.groupMember(d.displayName??a.unknownPerson,a.institutionKind[d.institution]??d.institution)},d.teamMemberId))})}),e.jsx(ue,{id:"help-plan",cardId:r.id,plan:"HELP_PLAN",title:a.helpPlan,members:x,items:r.helpPlan,mayEdit:r.mayAddPlanItems,reload:u,onDone:b}),e.jsx(ue,{id:"action-plan",cardId:r.id,plan:"ACTION_PLAN",title:a.actionPlan,members:x,items:r.actionPlan,mayEdit:r.mayAddPlanItems,reload:u,onDone:b}),e.jsx(B,{id:"forms",title:a.forms,children:e.jsx("ul",{children:r.forms.map((d,$)=>e.jsx("li",{children:a.formLine(a.formKind[d.kind]??d.kind,L(d.filledOn),d.filledByName??"")},$))})}),e.jsx(B,{id:"work",title:a.work,children:r.work.length===0?e.jsx("p",{children:a.noWork}):e.jsx("ul",{children:r.work.map(d=>e.jsxs("li",{children:[L(d.occurredOn),": ",a.workKind[d.kind]??d.kind,d.variant?` (${a.workVariant[d.variant]??d.variant})`:"",d.recordedByName?`, ${d.recordedByName}`:"",d.note?` — ${d.note}`:""]},d.id))})})]})}function B({id:n,title:i,children:s}){return e.jsxs("section",{"aria-labelledby":`card-${n}`,children:[e.jsx("h2",{id:`card-${n}`,children:i}),s]})}function ii({card:n}){return e.jsxs("dl",{className:"facts","aria-label":a.summary,children:[e.jsxs("div",{children:[e.jsx("dt",{children:a.statusLabel}),e.jsx("dd",{"data-testid":"card-status",children:a.status[n.status]??n.status})]}),e.jsxs("div",{children:[e.jsx("dt",{children:a.initiatedOn}),e.jsx("dd",{children:L(n.initiatedOn)})]}),e.jsxs("div",{children:[e.jsx("dt",{children:a.initiator}),e.jsxs("dd",{children:[a.institutions[n.initiatorInstitution]??n.initiatorInstitution,n.initiatorName?`, ${n.initiatorName}`:""]})]}),e.jsxs("div",{children:[e.jsx("dt",{children:a.violenceForms}),e.jsx("dd",{children:n.violenceForms.map(i=>a.violence[i]??i).join(", ")})]})]})}function ai({card:n}){const i=a.personColumns;return e.jsx(B,{id:"persons",title:a.persons,children:e.jsxs("table",{className:"cards",children:[e.jsx("thead",{children:e.jsxs("tr",{children:[e.jsx("th",{scope:"col",children:i.name}),e.jsx("th",{scope:"col",children:i.role}),e.jsx("th",{scope:"col",children:i.pesel}),e.jsx("th",{scope:"col",children:i.born}),e.jsx("th",{scope:"col",children:i.minor})]})}),e.jsx("tbody",{children:n.persons.map(s=>e.jsxs("tr",{children:[e.jsxs("th",{scope:"row",children:[s.firstName," ",s.lastName]}),e.jsx("td",{children:a.roles[s.role]??s.role}),e.jsx("td",{children:s.pesel??a.noPesel}),e.jsx("td",{children:L(s.dateOfBirth)}),e.jsx("td",{children:s.minor?a.minor:a.adult})]},s.id))})]})})}function si({card:n}){const i=en(),s=a.deadlineColumns;return n.deadlines.length===0?e.jsx(B,{id:"deadlines",title:a.deadlines,children:e.jsx("p",{children:a.noDeadlines})}):e.jsx(B,{id:"deadlines",title:a.deadlines,children:e.jsxs("table",{className:"cards",children:[e.jsx("thead",{children:e.jsxs("tr",{children:[e.jsx("th",{scope:"col",children:s.kind}),e.jsx("th",{scope:"col",children:s.due}),e.jsx("th",{scope:"col",children:s.state})]})}),e.jsx("tbody",{children:n.deadlines.map(t=>e.jsxs("tr",{children:[e.jsx("th",{scope:"row",children:a.deadlineKind[t.kind]??t.kind}),e.jsx("td",{children:L(t.dueOn)}),e.jsx("td",{children:e.jsx(oi,{deadline:t,today:i})})]},t.id))})]})})}function oi({deadline:n,today:i}){const s=an([n],i);if(s){const t=s.urgency==="overdue"?a.overdue(de(-s.days,a.days)):s.days===0?a.dueToday:s.urgency==="soon"?a.dueSoon(de(s.days,a.days)):a.deadlineState[n.state]??n.state;return e.jsx("span",{className:`deadline ${s.urgency}`,children:e.jsx("strong",{className:"flag",children:t})})}return n.state==="MET"&&n.metOn?e.jsx("span",{children:n.metLate?a.metLate(L(n.metOn)):a.metOn(L(n.metOn))}):e.jsx("span",{children:a.deadlineState[n.state]??n.state})}function ti({card:n}){const i=a.historyColumns;return e.jsx(B,{id:"history",title:a.history,children:e.jsxs("table",{className:"cards",children:[e.jsx("thead",{children:e.jsxs("tr",{children:[e.jsx("th",{scope:"col",children:i.step}),e.jsx("th",{scope:"col",children:i.who}),e.jsx("th",{scope:"col",children:i.when})]})}),e.jsx("tbody",{children:n.history.map((s,t)=>e.jsxs("tr",{children:[e.jsx("th",{scope:"row",children:a.steps[s.step]??s.step}),e.jsx("td",{children:s.takenByName??a.unknownPerson}),e.jsx("td",{children:nn(s.takenAt)})]},t))})]})})}export{hi as CardPage};
