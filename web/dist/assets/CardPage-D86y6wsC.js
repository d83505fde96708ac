import{a as j,J as ve,v as ze,k as Ie,$ as S,d as Ne,e as $e,j as n}from"./session-xi3aDFnN.js";import{b as ie,c as Pe,d as L,e as Z,f as ke,h as we,i as Oe,j as Ee,k as Ce,l as Re,m as De,o as Se,q as Ae,r as Te,s as ce,v as Fe,w as _e,x as Le,y as ue,z as me,A as Me,B as Ue,D as Ge,G as Be,H as Ve,I as He,J as Ke,K as We,L as qe,M as B,N as pe,$ as C,T as ee,C as Qe,a as Ze,O as W,F as Ye,g as w,P as Je,Q as Xe,S as en,U as Y,t as fe,V as T,R as be,W as nn,X as on,Y as an,Z as ae}from"./app-BSHnBbnA.js";import{o as he,c as tn,W as rn,s as sn,p as te,a as ln}from"./actions-D-h9w59P.js";import{t as k}from"./texts-oNINnaqC.js";import{d as dn}from"./membership-DJRg12QF.js";import"./client-CNtUrJ3e.js";import"./userErrors-BxTecZ1R.js";const je=new WeakMap;function cn(e,o,a){let{value:r,children:l,"aria-label":t,"aria-labelledby":d,onPressStart:c,onPressEnd:u,onPressChange:b,onPress:h,onPressUp:s,onClick:p}=e;const f=e.isDisabled||o.isDisabled;let y=o.selectedValue===r,m=G=>{G.stopPropagation(),o.setSelectedValue(r)},{pressProps:g,isPressed:x}=ie({onPressStart:c,onPressEnd:u,onPressChange:b,onPress:h,onPressUp:s,onClick:p,isDisabled:f}),{pressProps:v,isPressed:z}=ie({onPressStart:c,onPressEnd:u,onPressChange:b,onPressUp:s,onClick:p,isDisabled:f,onPress(G){h?.(G),o.setSelectedValue(r),a.current?.focus()}}),{focusableProps:P}=Pe(L(e,{onFocus:()=>o.setLastFocusedValue(r)}),a),R=L(g,P),N=Z(e,{labelable:!0}),I=-1;o.selectedValue!=null?o.selectedValue===r&&(I=0):(o.lastFocusedValue===r||o.lastFocusedValue==null)&&(I=0),f&&(I=void 0);let{name:O,form:E,descriptionId:_,errorMessageId:H,validationBehavior:Q}=je.get(o);ke(a,o.defaultSelectedValue,o.setSelectedValue),we({validationBehavior:Q},o,a);let oe=Oe();return{labelProps:L(v,j.useMemo(()=>({onClick:G=>G.preventDefault(),onMouseDown:G=>G.preventDefault()}),[])),inputProps:L(N,{...R,type:"radio",name:O,form:E,tabIndex:I,disabled:f,required:o.isRequired&&Q==="native",checked:y,value:r,onChange:m,"aria-describedby":[e["aria-describedby"],oe.id,o.isInvalid?H:null,_].filter(Boolean).join(" ")||void 0}),descriptionProps:oe,isDisabled:f,isSelected:y,isPressed:x||z}}function un(e,o){let{name:a,form:r,isReadOnly:l,isRequired:t,isDisabled:d,orientation:c="vertical",validationBehavior:u="aria"}=e,{direction:b}=Ee(),{isInvalid:h,validationErrors:s,validationDetails:p}=o.displayValidation,{labelProps:f,fieldProps:y,descriptionProps:m,errorMessageProps:g}=Ce({...e,labelElementType:"span",isInvalid:o.isInvalid,errorMessage:e.errorMessage||s}),x=Z(e,{labelable:!0}),{focusWithinProps:v}=ve({onBlurWithin(N){e.onBlur?.(N),o.selectedValue||o.setLastFocusedValue(null)},onFocusWithin:e.onFocus,onFocusWithinChange:e.onFocusChange});function z(N,I){let O=Se(I.currentTarget,{from:Ie(I),accept:_=>_ instanceof ze(_).HTMLInputElement&&_.type==="radio"}),E;return N==="next"?(E=O.nextNode(),E||(O.currentNode=I.currentTarget,E=O.firstChild())):(E=O.previousNode(),E||(O.currentNode=I.currentTarget,E=O.lastChild())),E?(E.focus(),o.setSelectedValue(E.value),!0):!1}let{keyboardProps:P}=Re({shortcuts:{ArrowRight:N=>z(b==="rtl"&&c!=="vertical"?"prev":"next",N),ArrowLeft:N=>z(b==="rtl"&&c!=="vertical"?"next":"prev",N),ArrowDown:N=>z("next",N),ArrowUp:N=>z("prev",N)},allowRepeats:!0}),R=De(a);return je.set(o,{name:R,form:r,descriptionId:m.id,errorMessageId:g.id,validationBehavior:u}),{radioGroupProps:L(x,{role:"radiogroup",...P,"aria-invalid":o.isInvalid||void 0,"aria-errormessage":e["aria-errormessage"],"aria-readonly":l||void 0,"aria-required":t||void 0,"aria-disabled":d||void 0,"aria-orientation":c,...y,...v}),labelProps:f,descriptionProps:m,errorMessageProps:g,isInvalid:h,validationErrors:s,validationDetails:p}}let mn=Math.round(Math.random()*1e10),pn=0;function fn(e){let o=j.useMemo(()=>e.name||`radio-group-${mn}-${++pn}`,[e.name]),[a,r]=Ae(e.value,e.defaultValue??null,e.onChange),[l]=j.useState(a),[t,d]=j.useState(null),c=Te({...e,value:a}),u=h=>{!e.isReadOnly&&!e.isDisabled&&(r(h),c.commitValidation())},b=c.displayValidation.isInvalid;return{...c,name:o,selectedValue:a,defaultSelectedValue:e.value!==void 0?l:e.defaultValue??null,setSelectedValue:u,lastFocusedValue:t,setLastFocusedValue:d,isDisabled:e.isDisabled||!1,isReadOnly:e.isReadOnly||!1,isRequired:e.isRequired||!1,validationState:e.validationState||(b?"invalid":null),isInvalid:b}}const bn=j.createContext(null),hn=j.createContext(null),ne=j.createContext(null),J=j.forwardRef(function(o,a){[o,a]=ce(o,a,bn);let{validationBehavior:r}=Fe(_e)||{},l=o.validationBehavior??r??"native",t=fn({...o,validationBehavior:l}),[d,c]=Le(!o["aria-label"]&&!o["aria-labelledby"]),{radioGroupProps:u,labelProps:b,descriptionProps:h,errorMessageProps:s,...p}=un({...o,label:c,validationBehavior:l},t),f=ue({...o,values:{orientation:o.orientation||"vertical",isDisabled:t.isDisabled,isReadOnly:t.isReadOnly,isRequired:t.isRequired,isInvalid:t.isInvalid,state:t},defaultClassName:"react-aria-RadioGroup"}),y=Z(o,{global:!0});return S.createElement(me.div,{...L(y,f,u),ref:a,slot:o.slot||void 0,"data-orientation":o.orientation||"vertical","data-invalid":t.isInvalid||void 0,"data-disabled":t.isDisabled||void 0,"data-readonly":t.isReadOnly||void 0,"data-required":t.isRequired||void 0},S.createElement(Me,{values:[[ne,t],[Ue,{...b,ref:d,elementType:"span"}],[Ge,{slots:{description:h,errorMessage:s}}],[Be,p]]},S.createElement(Ve,null,f.children)))}),K=j.forwardRef(function(o,a){let{inputRef:r=null,...l}=o;[o,a]=ce(l,a,hn);let t=S.useContext(ne),d=He(j.useMemo(()=>Ke(r,o.inputRef!==void 0?o.inputRef:null),[r,o.inputRef])),c=cn({...We(o),children:typeof o.children=="function"?!0:o.children},t,d);return S.createElement(ye.Provider,{value:{...c,inputRef:d,defaultClassName:"react-aria-Radio"}},S.createElement(jn,{...o,ref:a}))}),ye=j.createContext(null),jn=j.forwardRef(function(o,a){let{labelProps:r,inputProps:l,isSelected:t,isDisabled:d,isPressed:c,defaultClassName:u,inputRef:b}=j.useContext(ye),h=S.useContext(ne),{isFocused:s,isFocusVisible:p,focusProps:f}=Ne(),y=d||h.isReadOnly,{hoverProps:m,isHovered:g}=$e({...o,isDisabled:y}),x=ue({...o,defaultClassName:u,values:{isSelected:t,isPressed:c,isHovered:g,isFocused:s,isFocusVisible:p,isDisabled:d,isReadOnly:h.isReadOnly,isInvalid:h.isInvalid,isRequired:h.isRequired}}),v=Z(o,{global:!0});return delete v.id,delete v.onClick,S.createElement(me.label,{...L(v,r,m,x),ref:a,"data-selected":t||void 0,"data-pressed":c||void 0,"data-hovered":g||void 0,"data-focused":s||void 0,"data-focus-visible":p||void 0,"data-disabled":d||void 0,"data-readonly":h.isReadOnly||void 0,"data-invalid":h.isInvalid||void 0,"data-required":h.isRequired||void 0},S.createElement(qe,{elementType:"span"},S.createElement("input",{...L(l,f),ref:b})),x.children)}),i={documentTitle:"Niebieska Karta — Ostoja",back:"Wróć do listy kart",loading:"Wczytywanie karty…",loadError:"Nie udało się wczytać karty. Spróbuj ponownie.",retry:"Spróbuj ponownie",notFoundTitle:"Nie ma takiej karty",notFound:"Ta karta nie istnieje albo nie masz do niej dostępu.",title:e=>e?`Niebieska Karta: ${e}`:"Niebieska Karta",status:B.status,statusLabel:"Status",initiatedOn:"Wszczęta",initiator:"Wszczynający",institutions:k.institutions,violenceForms:"Formy przemocy",violence:k.violence,summary:"Podsumowanie",persons:"Osoby",personColumns:{name:"Imię i nazwisko",role:"Rola",pesel:"PESEL",born:"Data urodzenia",minor:"Małoletnia"},roles:k.roles,minor:"tak",adult:"nie",noPesel:"brak",deadlines:"Terminy",deadlineColumns:{kind:"Termin",due:"Do dnia",state:"Stan"},deadlineKind:B.deadlineKind,deadlineState:{PENDING:"oczekuje",MET:"dotrzymany",OVERDUE:"przekroczony",CANCELLED:"bezprzedmiotowy"},metOn:e=>`spełniony ${e}`,metLate:e=>`spełniony po terminie ${e}`,overdue:B.overdue,dueToday:B.dueToday,dueSoon:B.dueSoon,days:B.days,noDeadlines:"Brak terminów.",history:"Przebieg procedury",historyColumns:{step:"Krok",who:"Kto",when:"Kiedy"},steps:{OPENED:"Wszczęcie procedury (NK-A)",UPDATED:"Poprawienie formularza NK-A",SENT_TO_CHAIR:"Przekazanie przewodniczącemu",ATTACHED:"Dołączenie do prowadzonej procedury",SUBSEQUENT_NK_A:"Dołączenie kolejnego formularza NK-A",GROUP_SET_UP:"Powołanie grupy diagnostyczno-pomocowej",GROUP_CHANGED:"Zmiana składu grupy",FIRST_GROUP_MEETING:"Pierwsze posiedzenie grupy",GROUP_MEETING:"Posiedzenie grupy",VICTIM_FORM:"Formularz NK-C",PERPETRATOR_FORM:"Formularz NK-D",MONITORING_STARTED:"Rozpoczęcie monitorowania",HELP_PLAN_REVIEWED:"Przegląd planu pomocy",CLOSED:"Zakończenie procedury",MONITORING_ENDED:"Koniec monitorowania po zakończeniu"},unknownPerson:"—",forms:"Formularze",formKind:{NK_A:"NK-A",NK_A_SUBSEQUENT:"Kolejny NK-A",NK_C:"NK-C",NK_D:"NK-D"},formLine:(e,o,a)=>`${e}, ${o}${a?`, ${a}`:""}`,group:"Grupa diagnostyczno-pomocowa",noGroup:"Grupa nie została jeszcze powołana.",groupMember:(e,o)=>`${e} (${o})`,removeFromGroup:"Wyłącz z grupy",removeFromGroupFor:e=>`Wyłącz z grupy: ${e}`,removeTitle:e=>`Wyłączenie z grupy: ${e}`,removeWarning:e=>`${e} przestanie być członkiem grupy i straci dostęp do tej karty (chyba że sam(a) wypełnił(a) formularz NK-A). W grupie zostaje pracownik socjalny i policjant.`,removeOn:"Data wyłączenia",removeOnHint:"Format dd.mm.rrrr; nie później niż dziś.",removed:e=>`Wyłączono z grupy: ${e}.`,removeErrors:{SOCIAL_WORKER_REQUIRED:"To jedyny pracownik socjalny w grupie: najpierw dodaj innego w „Zmień skład grupy”.",POLICE_OFFICER_REQUIRED:"To jedyny policjant w grupie: najpierw dodaj innego w „Zmień skład grupy”.",NOT_IN_GROUP:"Ta osoba nie jest już w grupie.",IN_FUTURE:"Data nie może być późniejsza niż dziś.",TOO_EARLY:"Data nie może być wcześniejsza niż ostatnia zmiana składu grupy.",REQUIRED:"Podaj datę.",INVALID_DATE:"Podaj datę w formacie dd.mm.rrrr."},institutionKind:k.institutions,helpPlan:"Plan pomocy (NK-C)",actionPlan:"Plan działań (NK-D)",noPlan:"Brak pozycji.",planStatus:{PLANNED:"zaplanowane",IN_PROGRESS:"w realizacji",DONE:"zrealizowane",ABANDONED:"zaniechane"},planDue:e=>`do ${e}`,work:"Praca w sprawie",noWork:"Nie zapisano pracy.",workKind:{INTERVENTION:"Interwencja",CONSULTATION:"Porada",SOCIAL_CONTRACT:"Kontrakt socjalny",SHELTER_PLACEMENT:"Umieszczenie w schronieniu",MEDICAL_HELP:"Zorganizowana pomoc medyczna"},workVariant:{WITH_POLICE:"z udziałem policji",WITHOUT_POLICE:"bez udziału policji",SOCIAL:"socjalna",LEGAL:"prawna",PSYCHOLOGICAL:"psychologiczna",PEDAGOGICAL:"pedagogiczna"},matches:"Proponowane dopasowania",matchesIntro:"Ten formularz wskazuje osoby z prowadzonej procedury. Zdecyduj, czy dołączyć go do niej jako kolejny formularz NK-A, czy prowadzić odrębną procedurę; do tego czasu nie można powołać grupy.",matchProcedure:(e,o)=>`Procedura wszczęta ${o}: ${e}`,matchBasis:{PESEL:"zgodny PESEL osoby doznającej przemocy",NAME_AND_BIRTH_DATE:"zgodne imię, nazwisko i data urodzenia",CHAIR:"wskazana przez przewodniczącego"},attach:e=>`Dołącz do procedury: ${e}`,keepSeparate:"Prowadź jako odrębną procedurę",attached:"Formularz dołączony do prowadzonej procedury.",keptSeparate:"Formularz pozostaje odrębną procedurą.",actions:"Dostępne działania",noActions:"Nie możesz teraz podjąć żadnego kroku w tej procedurze.",action:{forward:"Przekaż przewodniczącemu zespołu",setUpGroup:"Powołaj grupę diagnostyczno-pomocową",changeGroup:"Zmień skład grupy",firstMeeting:"Zapisz pierwsze posiedzenie grupy",meeting:"Zapisz posiedzenie grupy",victimForm:"Wypełnij formularz NK-C",perpetratorForm:"Wypełnij formularz NK-D",startMonitoring:"Rozpocznij monitorowanie",reviewPlan:"Zapisz przegląd planu pomocy",close:"Zakończ procedurę",endMonitoring:"Zakończ monitorowanie po zakończeniu procedury",correctNkA:"Popraw formularz NK-A",recordWork:"Zapisz pracę w sprawie"},submit:"Zatwierdź",cancel:"Anuluj",sending:"Wysyłanie…",on:"Data",onHint:"Domyślnie dziś; format dd.mm.rrrr.",done:e=>`Zapisano: ${e}.`,members:"Członkowie grupy",compositionRule:"Grupa musi obejmować przedstawiciela jednostki organizacyjnej pomocy społecznej i policji; mogą w niej pracować tylko osoby, które podpisały oświadczenie o zachowaniu poufności.",compositionMet:"Skład spełnia wymogi ustawy.",memberOption:(e,o)=>`${e} — ${o}`,noStatement:"bez oświadczenia o poufności",person:"Osoba",choosePerson:"Wybierz osobę",diagnosis:"Diagnoza sytuacji",violenceHistory:"Historia przemocy (pierwszy, powtarzający się, najbardziej niebezpieczny i ostatni akt)",planItem:e=>`Pozycja planu ${e}`,addPlanItem:"Dodaj pozycję planu",removePlanItem:e=>`Usuń pozycję ${e}`,ground:"Podstawa zakończenia",grounds:{VIOLENCE_STOPPED_AND_PLAN_CARRIED_OUT:"ustanie przemocy domowej i zrealizowanie planu pomocy",UNFOUNDED:"brak zasadności podejmowania działań"},workKindLabel:"Rodzaj pracy",chooseWorkKind:"Wybierz rodzaj",variantLabel:"Odmiana",chooseVariant:"Wybierz odmianę",note:"Notatka",correction:{intro:"Zmień tylko to, co wymaga poprawienia; pozostałe pola zostaną bez zmian.",institution:k.institution,institutions:k.institutions,violenceForms:k.violenceForms,violence:k.violence,injuries:k.injuries,underAlcohol:k.underAlcohol,underDrugs:"Osoba stosująca przemoc była pod wpływem środków odurzających",firearmAccess:k.firearmAccess,children:k.children,childrenHint:"Od 0 do 30.",actionsTaken:k.actionsTaken,actions:k.actions,nkB:k.nkB,feelsSafe:"Czy osoba doznająca przemocy czuje się bezpieczna?",feelsSafeOptions:{yes:"tak",no:"nie"},feelsSafeUnknown:"nie ustalono",description:k.description,additionalInformation:"Dodatkowe informacje",nothingChanged:"Nie zmieniono żadnego pola."},planItemEdit:e=>`Zmień pozycję ${e}`,planItemForm:(e,o)=>`${e}: zmiana pozycji ${o}`,planItemDescription:"Opis",planItemStatus:"Stan realizacji",planItemDue:"Termin realizacji",planItemDueHint:"Format dd.mm.rrrr; pozostaw pusty, aby nie zmieniać.",planItemSaved:e=>`Zapisano zmianę pozycji ${e}.`,planItemAddTo:{HELP_PLAN:"Dodaj pozycję do planu pomocy",ACTION_PLAN:"Dodaj pozycję do planu działań"},planItemNewForm:e=>`${e}: nowa pozycja`,planItemKind:"Rodzaj pozycji",planItemKinds:{ACTION:"cel lub działanie",PROGRAMME_REFERRAL:"skierowanie do programu korekcyjno-edukacyjnego lub psychologiczno-terapeutycznego",PETTY_OFFENCE_NOTICE:"zawiadomienie o wykroczeniu z art. 66c Kodeksu wykroczeń"},programme:"Program",chooseProgramme:"Wybierz program",programmes:{CORRECTIVE_EDUCATIONAL:"program korekcyjno-edukacyjny",PSYCHOLOGICAL_THERAPEUTIC:"program psychologiczno-terapeutyczny"},responsible:"Osoba odpowiedzialna (nieobowiązkowo)",chooseResponsible:"Nie wskazano",planItemNewDueHint:"Nieobowiązkowy; format dd.mm.rrrr.",planItemAdded:e=>`Dodano pozycję: ${e}.`,planItemConflict:"Ktoś inny zmienił tę pozycję w międzyczasie. Odśwież kartę i spróbuj ponownie; wpisane dane zostaną zachowane.",problems:"Popraw zaznaczone pola:",failed:"Nie udało się zapisać. Wpisane dane są zachowane, spróbuj ponownie.",forbidden:"Nie możesz podjąć tego kroku.",conflict:"Ktoś inny zmienił tę kartę w międzyczasie. Odśwież kartę i spróbuj ponownie; wpisane dane zostaną zachowane.",reload:"Odśwież kartę",errors:{...k.errors,TOO_EARLY:"Data nie może być wcześniejsza niż poprzedni krok procedury.",ILLEGAL_TRANSITION:"Tego kroku nie można podjąć w obecnym stanie procedury.",NO_CHAIR:"Zespół interdyscyplinarny nie ma przewodniczącego.",NO_MATCH:"Nie ma dopasowania do rozstrzygnięcia.",MATCH_UNDECIDED:"Najpierw rozstrzygnij, czy dołączyć formularz do prowadzonej procedury.",SOCIAL_WORKER_REQUIRED:"W grupie musi być przedstawiciel pomocy społecznej.",POLICE_OFFICER_REQUIRED:"W grupie musi być przedstawiciel policji.",CONFIDENTIALITY_NOT_SIGNED:"Ta osoba nie ma ważnego oświadczenia o zachowaniu poufności.",ENDED:"Ta osoba nie jest już członkiem zespołu.",NO_CASE_ROLE:"Ta osoba nie pracuje w sprawach (nie ma roli w sprawach albo jej konto jest wyłączone).",NOT_TEAM_MEMBER:"Odpowiedzialny może być tylko członek zespołu interdyscyplinarnego.",DUPLICATE:"Ta osoba jest wybrana dwa razy.",NOT_FOUND:"Nie znaleziono.",MET_SEPARATELY:"Grupa spotyka się z osobą doznającą przemocy i z osobą stosującą przemoc oddzielnie.",HELP_PLAN_REQUIRED:"Najpierw wypełnij formularz NK-C z osobą doznającą przemocy.",ACTION_PLAN_REQUIRED:"Najpierw wypełnij formularz NK-D z osobą stosującą przemoc.",HELP_PLAN_NOT_CARRIED_OUT:"Plan pomocy nie jest zrealizowany.",MONITORING_NOT_OVER:"Monitorowanie po zakończeniu procedury jeszcze trwa.",PERPETRATOR_ONLY:"Ta pozycja należy do planu działań osoby stosującej przemoc.",NOT_APPLICABLE:"Nie dotyczy tego rodzaju.",TOO_LONG:"Tekst jest za długi.",INVALID:"Nieprawidłowa wartość."},fieldErrors:{"childrenInHousehold.INVALID":"Liczba dzieci musi wynosić od 0 do 30.","childrenInHousehold.NOT_A_NUMBER":"Podaj liczbę dzieci cyframi.","violenceForms.REQUIRED":"Wskaż co najmniej jedną formę przemocy.","description.REQUIRED":"Opis pozycji jest wymagany.","programme.REQUIRED":"Wskaż program, do którego kierowana jest osoba stosująca przemoc.","programme.NOT_APPLICABLE":"Program wskazuje się tylko przy skierowaniu do programu.","kind.PERPETRATOR_ONLY":"Ten rodzaj pozycji należy do planu działań osoby stosującej przemoc.","responsibleUserId.NOT_FOUND":"Nie ma takiej osoby w gminie."},unknownError:e=>`Popraw to pole (${e}).`},A=(e,o)=>(o?i.fieldErrors[`${o}.${e}`]:void 0)??i.errors[e]??i.unknownError(e);function F(){const e=pe(),[o,a]=j.useState(null),[r,l]=j.useState(!1),t=async(u,b,h)=>{l(!0);const s=await e.mutation(u,b).toPromise();l(!1);const p=s.data,f=p?Object.values(p)[0]:null,y=he({error:s.error,payload:f});a(y),y.kind==="done"&&h()},d=o?.kind==="refused"?o.problems:{};return{outcome:o,sending:r,send:t,refuse:u=>a({kind:"refused",problems:u}),problems:d,problem:u=>d[u]}}function U(e){const{outcome:o}=e,a=l=>{l.preventDefault(),e.onSubmit()},r=o?.kind==="refused"?Object.entries(o.problems):[];return n.jsxs("form",{className:"action-form","aria-label":e.label,onSubmit:a,noValidate:!0,children:[n.jsxs("div",{role:"alert",className:o&&o.kind!=="done"||e.notice?"summary":void 0,children:[e.notice&&n.jsx("p",{children:e.notice}),r.length>0&&n.jsxs(n.Fragment,{children:[n.jsx("p",{children:i.problems}),n.jsx("ul",{children:r.map(([l,t])=>n.jsx("li",{children:A(t,l)},l))})]}),o?.kind==="conflict"&&n.jsxs("p",{children:[e.conflict??i.conflict," ",n.jsx(C,{className:"button secondary",onPress:e.reload,children:i.reload})]}),o?.kind==="forbidden"&&n.jsx("p",{children:i.forbidden}),o?.kind==="failed"&&n.jsx("p",{children:i.failed})]}),e.children,n.jsxs("div",{className:"actions",children:[n.jsx(C,{type:"submit",className:"button primary",isDisabled:e.sending,children:e.sending?i.sending:i.submit}),n.jsx(C,{className:"button secondary",onPress:e.onCancel,children:i.cancel})]})]})}function q(e){return n.jsx(ee,{type:"date",autoComplete:null,label:e.label??i.on,value:e.value,onChange:e.onChange,error:e.problem?A(e.problem):void 0,hint:i.onHint,autoFocus:e.autoFocus})}function V(e){const{problem:o,field:a,...r}=e;return n.jsx(Qe,{...r,error:o?A(o,a):void 0})}function D(e){const{problem:o,field:a,wide:r,type:l,...t}=e;return n.jsx(ee,{...t,type:l??null,autoComplete:null,className:r?"field wide":"field",error:o?A(o,a):void 0})}function re(e){const{problem:o,field:a,...r}=e;return n.jsx(Ze,{...r,error:o?A(o,a):void 0})}function yn(e){const o=e.details;return{initiatorInstitution:e.initiatorInstitution,violenceForms:[...e.violenceForms],injuries:o.injuries??"",perpetratorUnderAlcohol:o.perpetratorUnderAlcohol,perpetratorUnderDrugs:o.perpetratorUnderDrugs,firearmAccess:o.firearmAccess,childrenInHousehold:String(o.childrenInHousehold),actionsTaken:[...o.actionsTaken],nkBHandedOver:o.nkBHandedOver,victimFeelsSafe:o.victimFeelsSafe==null?"":o.victimFeelsSafe?"yes":"no",description:o.description??"",additionalInformation:o.additionalInformation??""}}const xn=(e,o)=>Array.isArray(e)&&Array.isArray(o)?e.length===o.length&&[...e].sort().join()===[...o].sort().join():e===o;function X(e,o){return{...e,...o}}function xe(e,o){return Object.keys(o).filter(a=>!xn(o[a],e[a]))}function gn(e){const o={};return e.violenceForms.length===0&&(o.violenceForms="REQUIRED"),/^\s*\d+\s*$/.test(e.childrenInHousehold)||(o.childrenInHousehold="NOT_A_NUMBER"),o}function vn(e,o,a){const r=X(o,a),l={id:e.id,version:e.version};for(const t of xe(o,a)){const d=r[t];if(t==="childrenInHousehold")l[t]=Number.parseInt(String(d).trim(),10);else if(t==="victimFeelsSafe"){if(d==="")continue;l[t]=d==="yes"}else l[t]=d}return Object.keys(l).length>2?l:null}function zn(e){return{status:e.status,description:e.description,dueOn:e.dueOn??""}}function In(e){const o={};return e.description.trim()===""&&(o.description="REQUIRED"),o}function Nn(e,o,a){const r=X(o,a),l={id:e.id,version:e.version};for(const t of xe(o,a))t==="dueOn"&&r.dueOn===""||(l[t]=t==="description"?r.description.trim():r[t]);return Object.keys(l).length>2?l:null}const $n={kind:"ACTION",programme:"",description:"",dueOn:"",responsibleUserId:""};function ge(e){return e==="ACTION_PLAN"?["ACTION","PROGRAMME_REFERRAL","PETTY_OFFENCE_NOTICE"]:["ACTION"]}function Pn(e){const o={};return e.description.trim()===""&&(o.description="REQUIRED"),o}function kn(e,o,a){const r=ge(o).includes(a.kind)?a.kind:"ACTION",l={blueCardId:e,plan:o,kind:r,description:a.description.trim()};return r==="PROGRAMME_REFERRAL"&&a.programme&&(l.programme=a.programme),a.dueOn&&(l.dueOn=a.dueOn),a.responsibleUserId&&(l.responsibleUserId=a.responsibleUserId),l}const $=i.correction,wn=w(`
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
`);function On({card:e,reload:o,onCancel:a,onDone:r}){const[l,t]=j.useState({}),[d,c]=j.useState(null),{outcome:u,sending:b,send:h,refuse:s,problem:p}=F(),f=yn(e),y=X(f,l),m=v=>z=>{c(null),t(P=>({...P,[v]:z}))},g=()=>{const v=gn(y);if(Object.keys(v).length>0)return s(v);const z=vn(e,f,l);if(!z)return c($.nothingChanged);h(wn,{input:z},r)},x=(v,z)=>n.jsx(Ye,{label:z,value:y[v],onChange:m(v)});return n.jsxs(U,{label:i.action.correctNkA,outcome:u,sending:b,reload:o,onCancel:a,onSubmit:g,notice:d,children:[n.jsx("p",{className:"hint",children:$.intro}),n.jsx(V,{label:$.institution,placeholder:$.institution,options:$.institutions,value:y.initiatorInstitution,onChange:m("initiatorInstitution"),problem:p("initiatorInstitution"),autoFocus:!0}),n.jsx(re,{label:$.violenceForms,options:$.violence,value:y.violenceForms,onChange:m("violenceForms"),problem:p("violenceForms"),field:"violenceForms"}),n.jsx(D,{label:$.injuries,value:y.injuries,onChange:m("injuries"),problem:p("injuries"),field:"injuries",rows:2,wide:!0}),x("perpetratorUnderAlcohol",$.underAlcohol),x("perpetratorUnderDrugs",$.underDrugs),x("firearmAccess",$.firearmAccess),n.jsx(D,{label:$.children,value:y.childrenInHousehold,onChange:m("childrenInHousehold"),problem:p("childrenInHousehold"),field:"childrenInHousehold",inputMode:"numeric",hint:$.childrenHint}),n.jsx(re,{label:$.actionsTaken,options:$.actions,value:y.actionsTaken,onChange:m("actionsTaken")}),x("nkBHandedOver",$.nkB),n.jsxs(J,{className:"checks",value:y.victimFeelsSafe,onChange:m("victimFeelsSafe"),children:[n.jsx(W,{className:"group-label",children:$.feelsSafe}),Object.entries($.feelsSafeOptions).map(([v,z])=>n.jsxs(K,{value:v,className:"check",children:[n.jsx("span",{className:"box round","aria-hidden":"true"}),z]},v)),f.victimFeelsSafe===""&&n.jsxs(K,{value:"",className:"check",children:[n.jsx("span",{className:"box round","aria-hidden":"true"}),$.feelsSafeUnknown]})]}),n.jsx(D,{label:$.description,value:y.description,onChange:m("description"),problem:p("description"),field:"description",rows:4,wide:!0}),n.jsx(D,{label:$.additionalInformation,value:y.additionalInformation,onChange:m("additionalInformation"),problem:p("additionalInformation"),field:"additionalInformation",rows:3,wide:!0})]})}const En=w(`
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
`),se=w(`
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
`),Cn=w(`
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
`),Rn=w(`
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
`),Dn=w(`
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
`),Sn=w(`
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
`),An=w(`
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
`),Tn=w(`
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
`),Fn=w(`
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
`),_n=w(`
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
`),Ln={forward:En,firstMeeting:se,meeting:se,startMonitoring:Cn,reviewPlan:Rn,endMonitoring:Dn};function Mn({card:e,actions:o,members:a,reload:r,onDone:l}){const[t,d]=j.useState(null);return o.length===0?n.jsx("p",{children:i.noActions}):n.jsx("ul",{className:"card-actions",children:o.map(c=>n.jsxs("li",{children:[n.jsx(C,{className:"button secondary","aria-expanded":t===c,onPress:()=>d(t===c?null:c),children:i.action[c]}),t===c&&n.jsx(Un,{kind:c,card:e,members:a,reload:r,onCancel:()=>d(null),onDone:()=>{d(null),l(i.done(i.action[c]??c))}})]},c))})}function Un(e){const{kind:o}=e;return o==="setUpGroup"||o==="changeGroup"?n.jsx(Bn,{...e}):o==="victimForm"||o==="perpetratorForm"?n.jsx(Vn,{...e}):o==="close"?n.jsx(Hn,{...e}):o==="recordWork"?n.jsx(Kn,{...e}):o==="correctNkA"?n.jsx(On,{...e}):n.jsx(Gn,{...e})}function Gn({kind:e,card:o,reload:a,onCancel:r,onDone:l}){const[t,d]=j.useState(""),{outcome:c,sending:u,send:b,problem:h}=F(),s=Ln[e];return n.jsx(U,{label:i.action[e]??e,outcome:c,sending:u,reload:a,onCancel:r,onSubmit:()=>s&&void b(s,{input:sn(o,t)},l),children:n.jsx(q,{value:t,onChange:d,problem:h("on"),autoFocus:!0})})}function Bn({kind:e,card:o,members:a,reload:r,onCancel:l,onDone:t}){const[d,c]=j.useState(()=>o.diagnosticGroup.map(x=>x.teamMemberId)),[u,b]=j.useState(""),{outcome:h,sending:s,send:p,problem:f}=F(),y=a.filter(x=>d.includes(x.id)).map(x=>x.institution),m=tn(y),g=f("memberIds")??Object.entries(h?.kind==="refused"?h.problems:{}).find(([x])=>x.startsWith("memberIds."))?.[1];return n.jsxs(U,{label:i.action[e]??e,outcome:h,sending:s,reload:r,onCancel:l,onSubmit:()=>{p(Sn,{input:{id:o.id,version:o.version,memberIds:d,on:u||null}},t)},children:[n.jsxs(Je,{className:"checks",value:d,onChange:c,isInvalid:!!g,children:[n.jsx(W,{className:"group-label",children:i.members}),n.jsx(Xe,{slot:"description",className:"hint",children:i.compositionRule}),a.map((x,v)=>n.jsxs(en,{value:x.id,className:"check",isDisabled:!x.confidentialityHolds,autoFocus:v===0,children:[n.jsx("span",{className:"box","aria-hidden":"true"}),i.memberOption(x.displayName??i.unknownPerson,i.institutionKind[x.institution]??x.institution),!x.confidentialityHolds&&` (${i.noStatement})`]},x.id)),n.jsx(Y,{className:"error",children:A(g??"")})]}),n.jsx("div",{"aria-live":"polite",className:"composition",children:m.length===0?n.jsx("p",{children:i.compositionMet}):n.jsx("ul",{children:m.map(x=>n.jsx("li",{children:A(x)},x))})}),n.jsx(q,{value:u,onChange:b,problem:f("on")})]})}function Vn({kind:e,card:o,reload:a,onCancel:r,onDone:l}){const t=e==="victimForm",d=o.persons.filter(I=>I.role===(t?"VICTIM":"PERPETRATOR")),[c,u]=j.useState(d[0]?.id??""),[b,h]=j.useState(""),[s,p]=j.useState(""),[f,y]=j.useState(""),[m,g]=j.useState([""]),{outcome:x,sending:v,send:z,problem:P}=F(),R=t?"helpPlan":"actionPlan",N=()=>{const I={id:o.id,version:o.version,personId:c,filledOn:b||null,diagnosis:s};t?z(An,{input:{...I,history:f.trim()||null,helpPlan:te(m)}},l):z(Tn,{input:{...I,actionPlan:te(m)}},l)};return n.jsxs(U,{label:i.action[e]??e,outcome:x,sending:v,reload:a,onCancel:r,onSubmit:N,children:[n.jsx(V,{label:i.person,placeholder:i.choosePerson,options:Object.fromEntries(d.map(I=>[I.id,`${I.firstName} ${I.lastName}`])),value:c,onChange:u,problem:P("personId"),autoFocus:!0}),n.jsx(q,{value:b,onChange:h,problem:P("filledOn")}),n.jsx(D,{label:i.diagnosis,value:s,onChange:p,problem:P("diagnosis"),rows:4,wide:!0}),t&&n.jsx(D,{label:i.violenceHistory,value:f,onChange:y,problem:P("history"),rows:3,wide:!0}),n.jsxs("fieldset",{children:[n.jsx("legend",{children:t?i.helpPlan:i.actionPlan}),m.map((I,O)=>n.jsxs("div",{className:"plan-row",children:[n.jsx(D,{label:i.planItem(O+1),value:I,onChange:E=>g(_=>_.map((H,Q)=>Q===O?E:H)),problem:P(`${R}.${O}.description`),wide:!0}),m.length>1&&n.jsx(C,{className:"button secondary",onPress:()=>g(E=>E.filter((_,H)=>H!==O)),children:i.removePlanItem(O+1)})]},O)),n.jsx(C,{className:"button secondary",onPress:()=>g(I=>[...I,""]),children:i.addPlanItem})]})]})}function Hn({kind:e,card:o,reload:a,onCancel:r,onDone:l}){const[t,d]=j.useState(""),[c,u]=j.useState(""),{outcome:b,sending:h,send:s,problem:p}=F(),[f,y]=j.useState(!1),m=()=>{if(!t){y(!0);return}s(Fn,{input:{id:o.id,version:o.version,ground:t,on:c||null}},l)},g=p("ground")??(f&&!t?"REQUIRED":void 0);return n.jsxs(U,{label:i.action[e]??e,outcome:b,sending:h,reload:a,onCancel:r,onSubmit:m,children:[n.jsxs(J,{className:"checks",value:t,onChange:d,isInvalid:!!g,children:[n.jsx(W,{className:"group-label",children:i.ground}),Object.entries(i.grounds).map(([x,v],z)=>n.jsxs(K,{value:x,className:"check",autoFocus:z===0,children:[n.jsx("span",{className:"box round","aria-hidden":"true"}),v]},x)),n.jsx(Y,{className:"error",children:A(g??"")})]}),n.jsx(q,{value:c,onChange:u,problem:p("on")})]})}function Kn({kind:e,card:o,reload:a,onCancel:r,onDone:l}){const[t,d]=j.useState(""),[c,u]=j.useState(""),[b,h]=j.useState(""),[s,p]=j.useState(""),[f,y]=j.useState(!1),{outcome:m,sending:g,send:x,problem:v}=F(),z=rn[t]??[],P=()=>{if(!t||z.length>0&&!c){y(!0);return}x(_n,{input:{blueCardId:o.id,kind:t,variant:z.length>0?c:null,occurredOn:b||null,note:s.trim()||null}},l)},R=v("kind")??(f&&!t?"REQUIRED":void 0),N=v("variant")??(f&&z.length>0&&!c?"REQUIRED":void 0);return n.jsxs(U,{label:i.action[e]??e,outcome:m,sending:g,reload:a,onCancel:r,onSubmit:P,children:[n.jsx(V,{label:i.workKindLabel,placeholder:i.chooseWorkKind,options:i.workKind,value:t,onChange:I=>{d(I),u("")},problem:R,autoFocus:!0}),z.length>0&&n.jsx(V,{label:i.variantLabel,placeholder:i.chooseVariant,options:Object.fromEntries(z.map(I=>[I,i.workVariant[I]??I])),value:c,onChange:u,problem:N}),n.jsx(q,{value:b,onChange:h,problem:v("occurredOn")}),n.jsx(D,{label:i.note,value:s,onChange:p,problem:v("note"),rows:3,wide:!0})]})}function M({id:e,title:o,children:a}){return n.jsxs("section",{"aria-labelledby":`card-${e}`,children:[n.jsx("h2",{id:`card-${e}`,children:o}),a]})}const Wn=w(`
  mutation CardRemoveGroupMember($input: RemoveDiagnosticGroupMemberInput!) {
    removeDiagnosticGroupMember(input: $input) {
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
`),le=e=>i.removeErrors[e]??i.errors[e]??i.unknownError(e);function qn(e){const{card:o}=e,a=o.allowedSteps.includes("GROUP_CHANGED"),[r,l]=j.useState(null),t=d=>d.displayName??i.unknownPerson;return n.jsxs(M,{id:"group",title:i.group,children:[o.diagnosticGroup.length===0?n.jsx("p",{children:i.noGroup}):n.jsx("ul",{className:"group-list",children:o.diagnosticGroup.map(d=>n.jsxs("li",{children:[i.groupMember(t(d),i.institutionKind[d.institution]??d.institution)," ",a&&n.jsx(C,{className:"button secondary small","aria-label":i.removeFromGroupFor(t(d)),"aria-expanded":r?.teamMemberId===d.teamMemberId,onPress:()=>l(d),children:i.removeFromGroup})]},d.teamMemberId))}),r&&n.jsx(Qn,{card:o,member:r,onCancel:()=>l(null),reload:e.reload,onDone:()=>{l(null),e.onDone(i.removed(t(r)))}},r.teamMemberId)]})}function Qn(e){const{card:o,member:a}=e,r=pe(),l=fe(),[t,d]=j.useState(l),[c,u]=j.useState(!1),[b,h]=j.useState(!1),[s,p]=j.useState(null),f=a.displayName??i.unknownPerson,y=dn(t,l),m=s?.kind==="refused"?s.problems:{},g={...c&&y?{on:y}:{},...m},x=async P=>{if(P.preventDefault(),u(!0),y||b)return;h(!0);const R=await r.mutation(Wn,{input:{id:o.id,version:o.version,memberId:a.teamMemberId,on:t}}).toPromise();h(!1);const N=he({error:R.error,payload:R.data?.removeDiagnosticGroupMember??null});p(N),N.kind==="conflict"&&e.reload(),N.kind==="done"&&e.onDone()},v=s?.kind==="conflict"?i.conflict:s?.kind==="forbidden"?i.forbidden:s?.kind==="failed"?i.failed:null,z=Object.entries(g);return n.jsxs("form",{className:"action-form","aria-label":i.removeTitle(f),onSubmit:P=>{x(P)},noValidate:!0,children:[n.jsx("h3",{children:i.removeTitle(f)}),n.jsxs("div",{role:"alert",className:z.length>0||v?"summary":void 0,children:[z.length>0&&n.jsxs(n.Fragment,{children:[n.jsx("p",{children:i.problems}),n.jsx("ul",{children:z.map(([P,R])=>n.jsx("li",{children:le(R)},P))})]}),v&&n.jsx("p",{children:v})]}),n.jsx("p",{children:i.removeWarning(f)}),n.jsx(ee,{type:"date",autoComplete:null,label:i.removeOn,value:t,onChange:d,error:g.on?le(g.on):void 0,hint:i.removeOnHint,autoFocus:!0}),n.jsxs("div",{className:"actions",children:[n.jsx(C,{type:"submit",className:"button primary",isDisabled:b,children:b?i.sending:i.removeFromGroup}),n.jsx(C,{className:"button secondary",onPress:e.onCancel,children:i.cancel})]})]})}const Zn=w(`
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
`),Yn=w(`
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
`),Jn=e=>i.errors[e]??i.unknownError(e);function Xn({card:e,reload:o,onDone:a}){const{outcome:r,sending:l,send:t}=F(),d=(e.matchProposals??[]).filter(u=>u.decision==="PENDING"&&u.procedure);if(d.length===0)return null;const c=e.allowedSteps.includes("ATTACHED");return n.jsxs("section",{"aria-labelledby":"card-matches",children:[n.jsx("h2",{id:"card-matches",children:i.matches}),n.jsx("p",{children:i.matchesIntro}),n.jsxs("div",{role:"alert",className:r&&r.kind!=="done"?"summary":void 0,children:[r?.kind==="refused"&&n.jsx("ul",{children:Object.entries(r.problems).map(([u,b])=>n.jsx("li",{children:Jn(b)},u))}),r?.kind==="conflict"&&n.jsxs("p",{children:[i.conflict," ",n.jsx(C,{className:"button secondary",onPress:o,children:i.reload})]}),r?.kind==="forbidden"&&n.jsx("p",{children:i.forbidden}),r?.kind==="failed"&&n.jsx("p",{children:i.failed})]}),n.jsx("ul",{className:"card-actions",children:d.map(({procedure:u,basis:b})=>{if(!u)return null;const h=u.persons.filter(s=>s.role==="VICTIM").map(s=>`${s.firstName} ${s.lastName}`).join(", ");return n.jsxs("li",{children:[n.jsxs("p",{children:[n.jsx("a",{href:be.card(u.id),children:i.matchProcedure(h,T(u.initiatedOn))})," ","— ",i.status[u.status]??u.status,"; ",i.matchBasis[b]??b]}),n.jsxs("div",{className:"actions",children:[c&&n.jsx(C,{className:"button primary",isDisabled:l,onPress:()=>{t(Zn,{input:{id:e.id,version:e.version,procedureId:u.id,procedureVersion:u.version}},()=>a(i.attached))},children:i.attach(h)}),n.jsx(C,{className:"button secondary",isDisabled:l,onPress:()=>{t(Yn,{input:{id:e.id,version:e.version,on:null}},()=>a(i.keptSeparate))},children:i.keepSeparate})]})]},u.id)})})]})}const eo=w(`
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
`),no=w(`
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
`);function de({id:e,cardId:o,plan:a,title:r,members:l,items:t,mayEdit:d,reload:c,onDone:u}){const[b,h]=j.useState(null),[s,p]=j.useState(!1);return n.jsxs("section",{"aria-labelledby":`card-${e}`,children:[n.jsx("h2",{id:`card-${e}`,children:r}),t.length===0?n.jsx("p",{children:i.noPlan}):n.jsx("ol",{className:"plan-items",children:t.map((f,y)=>n.jsxs("li",{children:[f.description," — ",i.planStatus[f.status]??f.status,f.dueOn?`, ${i.planDue(T(f.dueOn))}`:"",f.responsibleName?`, ${f.responsibleName}`:""," ",d&&n.jsx(C,{className:"button secondary","aria-expanded":b===f.id,onPress:()=>h(b===f.id?null:f.id),children:i.planItemEdit(y+1)}),d&&b===f.id&&n.jsx(oo,{label:i.planItemForm(r,y+1),item:f,reload:c,onCancel:()=>h(null),onDone:()=>{h(null),u(i.planItemSaved(y+1))}})]},f.id))}),d&&n.jsx(C,{className:"button secondary","aria-expanded":s,onPress:()=>p(!s),children:i.planItemAddTo[a]}),d&&s&&n.jsx(io,{label:i.planItemNewForm(r),cardId:o,plan:a,members:l,reload:c,onCancel:()=>p(!1),onDone:()=>{p(!1),u(i.planItemAdded(r))}})]})}function oo(e){const{item:o}=e,[a,r]=j.useState({}),[l,t]=j.useState(null),{outcome:d,sending:c,send:u,refuse:b,problem:h}=F(),s=zn(o),p=X(s,a),f=m=>g=>{t(null),r(x=>({...x,[m]:g}))},y=()=>{const m=In(p);if(Object.keys(m).length>0)return b(m);const g=Nn(o,s,a);if(!g)return t(i.correction.nothingChanged);u(eo,{input:g},e.onDone)};return n.jsxs(U,{label:e.label,outcome:d,sending:c,reload:e.reload,onCancel:e.onCancel,onSubmit:y,conflict:i.planItemConflict,notice:l,children:[n.jsxs(J,{className:"checks",value:p.status,onChange:f("status"),isInvalid:!!h("status"),children:[n.jsx(W,{className:"group-label",children:i.planItemStatus}),Object.entries(i.planStatus).map(([m,g],x)=>n.jsxs(K,{value:m,className:"check",autoFocus:m===p.status||x===0&&!p.status,children:[n.jsx("span",{className:"box round","aria-hidden":"true"}),g]},m)),n.jsx(Y,{className:"error",children:A(h("status")??"","status")})]}),n.jsx(D,{label:i.planItemDescription,value:p.description,onChange:f("description"),problem:h("description"),field:"description",wide:!0}),n.jsx(D,{label:i.planItemDue,type:"date",value:p.dueOn,onChange:f("dueOn"),problem:h("dueOn"),field:"dueOn",hint:i.planItemDueHint})]})}function io(e){const[o,a]=j.useState($n),{outcome:r,sending:l,send:t,refuse:d,problem:c}=F(),u=ge(e.plan),b=p=>f=>a(y=>({...y,[p]:f})),h=()=>{const p=Pn(o);if(Object.keys(p).length>0)return d(p);t(no,{input:kn(e.cardId,e.plan,o)},e.onDone)},s=Object.fromEntries(e.members.map(p=>[p.userId,i.memberOption(p.displayName??i.unknownPerson,i.institutionKind[p.institution]??p.institution)]));return n.jsxs(U,{label:e.label,outcome:r,sending:l,reload:e.reload,onCancel:e.onCancel,onSubmit:h,children:[u.length>1&&n.jsxs(J,{className:"checks",value:o.kind,onChange:b("kind"),isInvalid:!!c("kind"),children:[n.jsx(W,{className:"group-label",children:i.planItemKind}),u.map(p=>n.jsxs(K,{value:p,className:"check",autoFocus:p===o.kind,children:[n.jsx("span",{className:"box round","aria-hidden":"true"}),i.planItemKinds[p]??p]},p)),n.jsx(Y,{className:"error",children:A(c("kind")??"","kind")})]}),o.kind==="PROGRAMME_REFERRAL"&&n.jsx(V,{label:i.programme,placeholder:i.chooseProgramme,options:i.programmes,value:o.programme,onChange:b("programme"),problem:c("programme"),field:"programme"}),n.jsx(D,{label:i.planItemDescription,value:o.description,onChange:b("description"),problem:c("description"),field:"description",wide:!0,autoFocus:u.length===1}),n.jsx(D,{label:i.planItemDue,type:"date",value:o.dueOn,onChange:b("dueOn"),problem:c("dueOn"),field:"dueOn",hint:i.planItemNewDueHint}),e.members.length>0&&n.jsx(V,{label:i.responsible,placeholder:i.chooseResponsible,options:s,value:o.responsibleUserId,onChange:b("responsibleUserId"),problem:c("responsibleUserId"),field:"responsibleUserId"})]})}const ao=w(`
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
        confidentialityHolds
      }
    }
  }
`);function yo({id:e}){const[{data:o,fetching:a,error:r},l]=nn({query:ao,variables:{id:e}}),[t,d]=j.useState(null),c=j.useRef(null);j.useEffect(()=>{t&&c.current?.focus()},[t]);const u=()=>l({requestPolicy:"network-only"}),b=m=>{d(m),u()},h=o?.node,s=h&&"persons"in h?h:null,p=s?s.persons.filter(m=>m.role==="VICTIM").map(m=>`${m.firstName} ${m.lastName}`).join(", "):"";j.useEffect(()=>{document.title=i.documentTitle},[]);const f=n.jsx("p",{children:n.jsx("a",{href:be.workList,children:i.back})});if(!o&&a)return n.jsx("p",{role:"status",children:i.loading});if(!s&&r)return n.jsxs(n.Fragment,{children:[f,n.jsxs("p",{role:"alert",children:[i.loadError," ",n.jsx(C,{className:"button secondary",onPress:u,children:i.retry})]})]});if(!s)return n.jsxs(n.Fragment,{children:[f,n.jsx("h1",{children:i.notFoundTitle}),n.jsx("p",{children:i.notFound})]});const y=o?.teams[0]?.members??[];return n.jsxs(n.Fragment,{children:[f,n.jsx("h1",{children:i.title(p)}),n.jsx("p",{role:"status",ref:c,tabIndex:-1,className:t?"notice":void 0,children:t}),n.jsx(to,{card:s}),n.jsx(Xn,{card:s,reload:u,onDone:b}),n.jsx(M,{id:"actions",title:i.actions,children:n.jsx(Mn,{card:s,actions:ln(s.allowedSteps,s.mayRecordWork),members:y,reload:u,onDone:b})}),n.jsx(ro,{card:s}),n.jsx(so,{card:s}),n.jsx(co,{card:s}),n.jsx(qn,{card:s,reload:u,onDone:b}),n.jsx(de,{id:"help-plan",cardId:s.id,plan:"HELP_PLAN",title:i.helpPlan,members:y,items:s.helpPlan,mayEdit:s.mayAddPlanItems,reload:u,onDone:b}),n.jsx(de,{id:"action-plan",cardId:s.id,plan:"ACTION_PLAN",title:i.actionPlan,members:y,items:s.actionPlan,mayEdit:s.mayAddPlanItems,reload:u,onDone:b}),n.jsx(M,{id:"forms",title:i.forms,children:n.jsx("ul",{children:s.forms.map((m,g)=>n.jsx("li",{children:i.formLine(i.formKind[m.kind]??m.kind,T(m.filledOn),m.filledByName??"")},g))})}),n.jsx(M,{id:"work",title:i.work,children:s.work.length===0?n.jsx("p",{children:i.noWork}):n.jsx("ul",{children:s.work.map(m=>n.jsxs("li",{children:[T(m.occurredOn),": ",i.workKind[m.kind]??m.kind,m.variant?` (${i.workVariant[m.variant]??m.variant})`:"",m.recordedByName?`, ${m.recordedByName}`:"",m.note?` — ${m.note}`:""]},m.id))})})]})}function to({card:e}){return n.jsxs("dl",{className:"facts","aria-label":i.summary,children:[n.jsxs("div",{children:[n.jsx("dt",{children:i.statusLabel}),n.jsx("dd",{"data-testid":"card-status",children:i.status[e.status]??e.status})]}),n.jsxs("div",{children:[n.jsx("dt",{children:i.initiatedOn}),n.jsx("dd",{children:T(e.initiatedOn)})]}),n.jsxs("div",{children:[n.jsx("dt",{children:i.initiator}),n.jsxs("dd",{children:[i.institutions[e.initiatorInstitution]??e.initiatorInstitution,e.initiatorName?`, ${e.initiatorName}`:""]})]}),n.jsxs("div",{children:[n.jsx("dt",{children:i.violenceForms}),n.jsx("dd",{children:e.violenceForms.map(o=>i.violence[o]??o).join(", ")})]})]})}function ro({card:e}){const o=i.personColumns;return n.jsx(M,{id:"persons",title:i.persons,children:n.jsxs("table",{className:"cards",children:[n.jsx("thead",{children:n.jsxs("tr",{children:[n.jsx("th",{scope:"col",children:o.name}),n.jsx("th",{scope:"col",children:o.role}),n.jsx("th",{scope:"col",children:o.pesel}),n.jsx("th",{scope:"col",children:o.born}),n.jsx("th",{scope:"col",children:o.minor})]})}),n.jsx("tbody",{children:e.persons.map(a=>n.jsxs("tr",{children:[n.jsxs("th",{scope:"row",children:[a.firstName," ",a.lastName]}),n.jsx("td",{children:i.roles[a.role]??a.role}),n.jsx("td",{children:a.pesel??i.noPesel}),n.jsx("td",{children:T(a.dateOfBirth)}),n.jsx("td",{children:a.minor?i.minor:i.adult})]},a.id))})]})})}function so({card:e}){const o=fe(),a=i.deadlineColumns;return e.deadlines.length===0?n.jsx(M,{id:"deadlines",title:i.deadlines,children:n.jsx("p",{children:i.noDeadlines})}):n.jsx(M,{id:"deadlines",title:i.deadlines,children:n.jsxs("table",{className:"cards",children:[n.jsx("thead",{children:n.jsxs("tr",{children:[n.jsx("th",{scope:"col",children:a.kind}),n.jsx("th",{scope:"col",children:a.due}),n.jsx("th",{scope:"col",children:a.state})]})}),n.jsx("tbody",{children:e.deadlines.map(r=>n.jsxs("tr",{children:[n.jsx("th",{scope:"row",children:i.deadlineKind[r.kind]??r.kind}),n.jsx("td",{children:T(r.dueOn)}),n.jsx("td",{children:n.jsx(lo,{deadline:r,today:o})})]},r.id))})]})})}function lo({deadline:e,today:o}){const a=an([e],o);if(a){const r=a.urgency==="overdue"?i.overdue(ae(-a.days,i.days)):a.days===0?i.dueToday:a.urgency==="soon"?i.dueSoon(ae(a.days,i.days)):i.deadlineState[e.state]??e.state;return n.jsx("span",{className:`deadline ${a.urgency}`,children:n.jsx("strong",{className:"flag",children:r})})}return e.state==="MET"&&e.metOn?n.jsx("span",{children:e.metLate?i.metLate(T(e.metOn)):i.metOn(T(e.metOn))}):n.jsx("span",{children:i.deadlineState[e.state]??e.state})}function co({card:e}){const o=i.historyColumns;return n.jsx(M,{id:"history",title:i.history,children:n.jsxs("table",{className:"cards",children:[n.jsx("thead",{children:n.jsxs("tr",{children:[n.jsx("th",{scope:"col",children:o.step}),n.jsx("th",{scope:"col",children:o.who}),n.jsx("th",{scope:"col",children:o.when})]})}),n.jsx("tbody",{children:e.history.map((a,r)=>n.jsxs("tr",{children:[n.jsx("th",{scope:"row",children:i.steps[a.step]??a.step}),n.jsx("td",{children:a.takenByName??i.unknownPerson}),n.jsx("td",{children:on(a.takenAt)})]},r))})]})})}export{yo as CardPage};
