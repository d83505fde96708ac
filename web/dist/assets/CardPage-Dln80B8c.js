import{a as j,J as ve,v as ze,k as Ie,$ as S,d as Ne,e as $e,j as n}from"./session-xi3aDFnN.js";import{b as ie,c as Pe,d as L,e as Z,f as ke,h as we,i as Oe,j as Ee,k as Ce,l as Re,m as De,o as Se,q as Ae,r as Te,s as ce,v as Fe,w as _e,x as Le,y as ue,z as me,A as Me,B as Ue,D as Ge,G as Be,H as Ve,I as He,J as Ke,K as We,L as qe,M as B,N as pe,$ as C,T as ee,C as Qe,a as Ze,O as W,F as Ye,g as k,P as Je,Q as Xe,S as en,U as Y,t as fe,E as nn,V as T,R as be,W as on,X as an,Y as tn,Z as ae}from"./app-Cb71uQ7i.js";import{o as he,c as rn,W as sn,s as dn,p as te,a as ln}from"./actions-D-h9w59P.js";import{t as P}from"./texts-oNINnaqC.js";import{d as cn}from"./membership-DJRg12QF.js";import"./client-CNtUrJ3e.js";import"./userErrors-BxTecZ1R.js";const je=new WeakMap;function un(e,o,a){let{value:r,children:d,"aria-label":t,"aria-labelledby":l,onPressStart:c,onPressEnd:m,onPressChange:b,onPress:h,onPressUp:s,onClick:p}=e;const f=e.isDisabled||o.isDisabled;let y=o.selectedValue===r,u=G=>{G.stopPropagation(),o.setSelectedValue(r)},{pressProps:v,isPressed:x}=ie({onPressStart:c,onPressEnd:m,onPressChange:b,onPress:h,onPressUp:s,onClick:p,isDisabled:f}),{pressProps:z,isPressed:I}=ie({onPressStart:c,onPressEnd:m,onPressChange:b,onPressUp:s,onClick:p,isDisabled:f,onPress(G){h?.(G),o.setSelectedValue(r),a.current?.focus()}}),{focusableProps:w}=Pe(L(e,{onFocus:()=>o.setLastFocusedValue(r)}),a),R=L(v,w),$=Z(e,{labelable:!0}),g=-1;o.selectedValue!=null?o.selectedValue===r&&(g=0):(o.lastFocusedValue===r||o.lastFocusedValue==null)&&(g=0),f&&(g=void 0);let{name:O,form:E,descriptionId:_,errorMessageId:H,validationBehavior:Q}=je.get(o);ke(a,o.defaultSelectedValue,o.setSelectedValue),we({validationBehavior:Q},o,a);let oe=Oe();return{labelProps:L(z,j.useMemo(()=>({onClick:G=>G.preventDefault(),onMouseDown:G=>G.preventDefault()}),[])),inputProps:L($,{...R,type:"radio",name:O,form:E,tabIndex:g,disabled:f,required:o.isRequired&&Q==="native",checked:y,value:r,onChange:u,"aria-describedby":[e["aria-describedby"],oe.id,o.isInvalid?H:null,_].filter(Boolean).join(" ")||void 0}),descriptionProps:oe,isDisabled:f,isSelected:y,isPressed:x||I}}function mn(e,o){let{name:a,form:r,isReadOnly:d,isRequired:t,isDisabled:l,orientation:c="vertical",validationBehavior:m="aria"}=e,{direction:b}=Ee(),{isInvalid:h,validationErrors:s,validationDetails:p}=o.displayValidation,{labelProps:f,fieldProps:y,descriptionProps:u,errorMessageProps:v}=Ce({...e,labelElementType:"span",isInvalid:o.isInvalid,errorMessage:e.errorMessage||s}),x=Z(e,{labelable:!0}),{focusWithinProps:z}=ve({onBlurWithin($){e.onBlur?.($),o.selectedValue||o.setLastFocusedValue(null)},onFocusWithin:e.onFocus,onFocusWithinChange:e.onFocusChange});function I($,g){let O=Se(g.currentTarget,{from:Ie(g),accept:_=>_ instanceof ze(_).HTMLInputElement&&_.type==="radio"}),E;return $==="next"?(E=O.nextNode(),E||(O.currentNode=g.currentTarget,E=O.firstChild())):(E=O.previousNode(),E||(O.currentNode=g.currentTarget,E=O.lastChild())),E?(E.focus(),o.setSelectedValue(E.value),!0):!1}let{keyboardProps:w}=Re({shortcuts:{ArrowRight:$=>I(b==="rtl"&&c!=="vertical"?"prev":"next",$),ArrowLeft:$=>I(b==="rtl"&&c!=="vertical"?"next":"prev",$),ArrowDown:$=>I("next",$),ArrowUp:$=>I("prev",$)},allowRepeats:!0}),R=De(a);return je.set(o,{name:R,form:r,descriptionId:u.id,errorMessageId:v.id,validationBehavior:m}),{radioGroupProps:L(x,{role:"radiogroup",...w,"aria-invalid":o.isInvalid||void 0,"aria-errormessage":e["aria-errormessage"],"aria-readonly":d||void 0,"aria-required":t||void 0,"aria-disabled":l||void 0,"aria-orientation":c,...y,...z}),labelProps:f,descriptionProps:u,errorMessageProps:v,isInvalid:h,validationErrors:s,validationDetails:p}}let pn=Math.round(Math.random()*1e10),fn=0;function bn(e){let o=j.useMemo(()=>e.name||`radio-group-${pn}-${++fn}`,[e.name]),[a,r]=Ae(e.value,e.defaultValue??null,e.onChange),[d]=j.useState(a),[t,l]=j.useState(null),c=Te({...e,value:a}),m=h=>{!e.isReadOnly&&!e.isDisabled&&(r(h),c.commitValidation())},b=c.displayValidation.isInvalid;return{...c,name:o,selectedValue:a,defaultSelectedValue:e.value!==void 0?d:e.defaultValue??null,setSelectedValue:m,lastFocusedValue:t,setLastFocusedValue:l,isDisabled:e.isDisabled||!1,isReadOnly:e.isReadOnly||!1,isRequired:e.isRequired||!1,validationState:e.validationState||(b?"invalid":null),isInvalid:b}}const hn=j.createContext(null),jn=j.createContext(null),ne=j.createContext(null),J=j.forwardRef(function(o,a){[o,a]=ce(o,a,hn);let{validationBehavior:r}=Fe(_e)||{},d=o.validationBehavior??r??"native",t=bn({...o,validationBehavior:d}),[l,c]=Le(!o["aria-label"]&&!o["aria-labelledby"]),{radioGroupProps:m,labelProps:b,descriptionProps:h,errorMessageProps:s,...p}=mn({...o,label:c,validationBehavior:d},t),f=ue({...o,values:{orientation:o.orientation||"vertical",isDisabled:t.isDisabled,isReadOnly:t.isReadOnly,isRequired:t.isRequired,isInvalid:t.isInvalid,state:t},defaultClassName:"react-aria-RadioGroup"}),y=Z(o,{global:!0});return S.createElement(me.div,{...L(y,f,m),ref:a,slot:o.slot||void 0,"data-orientation":o.orientation||"vertical","data-invalid":t.isInvalid||void 0,"data-disabled":t.isDisabled||void 0,"data-readonly":t.isReadOnly||void 0,"data-required":t.isRequired||void 0},S.createElement(Me,{values:[[ne,t],[Ue,{...b,ref:l,elementType:"span"}],[Ge,{slots:{description:h,errorMessage:s}}],[Be,p]]},S.createElement(Ve,null,f.children)))}),K=j.forwardRef(function(o,a){let{inputRef:r=null,...d}=o;[o,a]=ce(d,a,jn);let t=S.useContext(ne),l=He(j.useMemo(()=>Ke(r,o.inputRef!==void 0?o.inputRef:null),[r,o.inputRef])),c=un({...We(o),children:typeof o.children=="function"?!0:o.children},t,l);return S.createElement(ye.Provider,{value:{...c,inputRef:l,defaultClassName:"react-aria-Radio"}},S.createElement(yn,{...o,ref:a}))}),ye=j.createContext(null),yn=j.forwardRef(function(o,a){let{labelProps:r,inputProps:d,isSelected:t,isDisabled:l,isPressed:c,defaultClassName:m,inputRef:b}=j.useContext(ye),h=S.useContext(ne),{isFocused:s,isFocusVisible:p,focusProps:f}=Ne(),y=l||h.isReadOnly,{hoverProps:u,isHovered:v}=$e({...o,isDisabled:y}),x=ue({...o,defaultClassName:m,values:{isSelected:t,isPressed:c,isHovered:v,isFocused:s,isFocusVisible:p,isDisabled:l,isReadOnly:h.isReadOnly,isInvalid:h.isInvalid,isRequired:h.isRequired}}),z=Z(o,{global:!0});return delete z.id,delete z.onClick,S.createElement(me.label,{...L(z,r,u,x),ref:a,"data-selected":t||void 0,"data-pressed":c||void 0,"data-hovered":v||void 0,"data-focused":s||void 0,"data-focus-visible":p||void 0,"data-disabled":l||void 0,"data-readonly":h.isReadOnly||void 0,"data-invalid":h.isInvalid||void 0,"data-required":h.isRequired||void 0},S.createElement(qe,{elementType:"span"},S.createElement("input",{...L(d,f),ref:b})),x.children)}),i={documentTitle:"Niebieska Karta — Ostoja",back:"Wróć do listy kart",loading:"Wczytywanie karty…",loadError:"Nie udało się wczytać karty. Spróbuj ponownie.",retry:"Spróbuj ponownie",notFoundTitle:"Nie ma takiej karty",notFound:"Ta karta nie istnieje albo nie masz do niej dostępu.",title:e=>e?`Niebieska Karta: ${e}`:"Niebieska Karta",status:B.status,statusLabel:"Status",initiatedOn:"Wszczęta",initiator:"Wszczynający",institutions:P.institutions,violenceForms:"Formy przemocy",violence:P.violence,summary:"Podsumowanie",persons:"Osoby",personColumns:{name:"Imię i nazwisko",role:"Rola",pesel:"PESEL",born:"Data urodzenia",minor:"Małoletnia"},roles:P.roles,minor:"tak",adult:"nie",noPesel:"brak",deadlines:"Terminy",deadlineColumns:{kind:"Termin",due:"Do dnia",state:"Stan"},deadlineKind:B.deadlineKind,deadlineState:{PENDING:"oczekuje",MET:"dotrzymany",OVERDUE:"przekroczony",CANCELLED:"bezprzedmiotowy"},metOn:e=>`spełniony ${e}`,metLate:e=>`spełniony po terminie ${e}`,overdue:B.overdue,dueToday:B.dueToday,dueSoon:B.dueSoon,days:B.days,noDeadlines:"Brak terminów.",history:"Przebieg procedury",historyColumns:{step:"Krok",who:"Kto",when:"Kiedy"},steps:{OPENED:"Wszczęcie procedury (NK-A)",UPDATED:"Poprawienie formularza NK-A",SENT_TO_CHAIR:"Przekazanie przewodniczącemu",ATTACHED:"Dołączenie do prowadzonej procedury",SUBSEQUENT_NK_A:"Dołączenie kolejnego formularza NK-A",GROUP_SET_UP:"Powołanie grupy diagnostyczno-pomocowej",GROUP_CHANGED:"Zmiana składu grupy",FIRST_GROUP_MEETING:"Pierwsze posiedzenie grupy",GROUP_MEETING:"Posiedzenie grupy",VICTIM_FORM:"Formularz NK-C",PERPETRATOR_FORM:"Formularz NK-D",MONITORING_STARTED:"Rozpoczęcie monitorowania",HELP_PLAN_REVIEWED:"Przegląd planu pomocy",CLOSED:"Zakończenie procedury",MONITORING_ENDED:"Koniec monitorowania po zakończeniu"},unknownPerson:"—",forms:"Formularze",formKind:{NK_A:"NK-A",NK_A_SUBSEQUENT:"Kolejny NK-A",NK_C:"NK-C",NK_D:"NK-D"},formLine:(e,o,a)=>`${e}, ${o}${a?`, ${a}`:""}`,group:"Grupa diagnostyczno-pomocowa",noGroup:"Grupa nie została jeszcze powołana.",numberLabel:"Numer karty",groupMember:(e,o)=>`${e} (${o})`,removeFromGroup:"Wyłącz z grupy",removeFromGroupFor:e=>`Wyłącz z grupy: ${e}`,removeTitle:e=>`Wyłączenie z grupy: ${e}`,removeWarning:e=>`${e} przestanie być członkiem grupy i straci dostęp do tej karty (chyba że sam(a) wypełnił(a) formularz NK-A). W grupie zostaje pracownik socjalny i policjant.`,removeOn:"Data wyłączenia",removeOnHint:"Format dd.mm.rrrr; nie później niż dziś.",removed:e=>`Wyłączono z grupy: ${e}.`,removeErrors:{SOCIAL_WORKER_REQUIRED:"To jedyny pracownik socjalny w grupie: najpierw dodaj innego w „Zmień skład grupy”.",POLICE_OFFICER_REQUIRED:"To jedyny policjant w grupie: najpierw dodaj innego w „Zmień skład grupy”.",NOT_IN_GROUP:"Ta osoba nie jest już w grupie.",IN_FUTURE:"Data nie może być późniejsza niż dziś.",TOO_EARLY:"Data nie może być wcześniejsza niż ostatnia zmiana składu grupy.",REQUIRED:"Podaj datę.",INVALID_DATE:"Podaj datę w formacie dd.mm.rrrr."},institutionKind:P.institutions,helpPlan:"Plan pomocy (NK-C)",actionPlan:"Plan działań (NK-D)",noPlan:"Brak pozycji.",planStatus:{PLANNED:"zaplanowane",IN_PROGRESS:"w realizacji",DONE:"zrealizowane",ABANDONED:"zaniechane"},planDue:e=>`do ${e}`,work:"Praca w sprawie",noWork:"Nie zapisano pracy.",workKind:{INTERVENTION:"Interwencja",CONSULTATION:"Porada",SOCIAL_CONTRACT:"Kontrakt socjalny",SHELTER_PLACEMENT:"Umieszczenie w schronieniu",MEDICAL_HELP:"Zorganizowana pomoc medyczna"},workVariant:{WITH_POLICE:"z udziałem policji",WITHOUT_POLICE:"bez udziału policji",SOCIAL:"socjalna",LEGAL:"prawna",PSYCHOLOGICAL:"psychologiczna",PEDAGOGICAL:"pedagogiczna"},matches:"Proponowane dopasowania",matchesIntro:"Ten formularz wskazuje osoby z prowadzonej procedury. Zdecyduj, czy dołączyć go do niej jako kolejny formularz NK-A, czy prowadzić odrębną procedurę; do tego czasu nie można powołać grupy.",matchProcedure:(e,o)=>`Procedura wszczęta ${o}: ${e}`,matchBasis:{PESEL:"zgodny PESEL osoby doznającej przemocy",NAME_AND_BIRTH_DATE:"zgodne imię, nazwisko i data urodzenia",CHAIR:"wskazana przez przewodniczącego"},attach:e=>`Dołącz do procedury: ${e}`,keepSeparate:"Prowadź jako odrębną procedurę",attached:"Formularz dołączony do prowadzonej procedury.",keptSeparate:"Formularz pozostaje odrębną procedurą.",actions:"Dostępne działania",noActions:"Nie możesz teraz podjąć żadnego kroku w tej procedurze.",action:{forward:"Przekaż przewodniczącemu zespołu",setUpGroup:"Powołaj grupę diagnostyczno-pomocową",changeGroup:"Zmień skład grupy",firstMeeting:"Zapisz pierwsze posiedzenie grupy",meeting:"Zapisz posiedzenie grupy",victimForm:"Wypełnij formularz NK-C",perpetratorForm:"Wypełnij formularz NK-D",startMonitoring:"Rozpocznij monitorowanie",reviewPlan:"Zapisz przegląd planu pomocy",close:"Zakończ procedurę",endMonitoring:"Zakończ monitorowanie po zakończeniu procedury",correctNkA:"Popraw formularz NK-A",recordWork:"Zapisz pracę w sprawie"},submit:"Zatwierdź",cancel:"Anuluj",sending:"Wysyłanie…",on:"Data",onHint:"Domyślnie dziś; format dd.mm.rrrr.",done:e=>`Zapisano: ${e}.`,members:"Członkowie grupy",compositionRule:"Grupa musi obejmować przedstawiciela jednostki organizacyjnej pomocy społecznej i policji; mogą w niej pracować tylko osoby, które podpisały oświadczenie o zachowaniu poufności.",compositionMet:"Skład spełnia wymogi ustawy.",memberOption:(e,o)=>`${e} — ${o}`,noStatement:"bez oświadczenia o poufności",person:"Osoba",choosePerson:"Wybierz osobę",diagnosis:"Diagnoza sytuacji",violenceHistory:"Historia przemocy (pierwszy, powtarzający się, najbardziej niebezpieczny i ostatni akt)",planItem:e=>`Pozycja planu ${e}`,addPlanItem:"Dodaj pozycję planu",removePlanItem:e=>`Usuń pozycję ${e}`,ground:"Podstawa zakończenia",grounds:{VIOLENCE_STOPPED_AND_PLAN_CARRIED_OUT:"ustanie przemocy domowej i zrealizowanie planu pomocy",UNFOUNDED:"brak zasadności podejmowania działań"},workKindLabel:"Rodzaj pracy",chooseWorkKind:"Wybierz rodzaj",variantLabel:"Odmiana",chooseVariant:"Wybierz odmianę",note:"Notatka",correction:{intro:"Zmień tylko to, co wymaga poprawienia; pozostałe pola zostaną bez zmian.",institution:P.institution,institutions:P.institutions,violenceForms:P.violenceForms,violence:P.violence,injuries:P.injuries,underAlcohol:P.underAlcohol,underDrugs:"Osoba stosująca przemoc była pod wpływem środków odurzających",firearmAccess:P.firearmAccess,children:P.children,childrenHint:"Od 0 do 30.",actionsTaken:P.actionsTaken,actions:P.actions,nkB:P.nkB,feelsSafe:"Czy osoba doznająca przemocy czuje się bezpieczna?",feelsSafeOptions:{yes:"tak",no:"nie"},feelsSafeUnknown:"nie ustalono",description:P.description,additionalInformation:"Dodatkowe informacje",nothingChanged:"Nie zmieniono żadnego pola."},planItemEdit:e=>`Zmień pozycję ${e}`,planItemForm:(e,o)=>`${e}: zmiana pozycji ${o}`,planItemDescription:"Opis",planItemStatus:"Stan realizacji",planItemDue:"Termin realizacji",planItemDueHint:"Format dd.mm.rrrr; pozostaw pusty, aby nie zmieniać.",planItemSaved:e=>`Zapisano zmianę pozycji ${e}.`,planItemAddTo:{HELP_PLAN:"Dodaj pozycję do planu pomocy",ACTION_PLAN:"Dodaj pozycję do planu działań"},planItemNewForm:e=>`${e}: nowa pozycja`,planItemKind:"Rodzaj pozycji",planItemKinds:{ACTION:"cel lub działanie",PROGRAMME_REFERRAL:"skierowanie do programu korekcyjno-edukacyjnego lub psychologiczno-terapeutycznego",PETTY_OFFENCE_NOTICE:"zawiadomienie o wykroczeniu z art. 66c Kodeksu wykroczeń"},programme:"Program",chooseProgramme:"Wybierz program",programmes:{CORRECTIVE_EDUCATIONAL:"program korekcyjno-edukacyjny",PSYCHOLOGICAL_THERAPEUTIC:"program psychologiczno-terapeutyczny"},responsible:"Osoba odpowiedzialna (nieobowiązkowo)",chooseResponsible:"Nie wskazano",planItemNewDueHint:"Nieobowiązkowy; format dd.mm.rrrr.",planItemAdded:e=>`Dodano pozycję: ${e}.`,planItemConflict:"Ktoś inny zmienił tę pozycję w międzyczasie. Odśwież kartę i spróbuj ponownie; wpisane dane zostaną zachowane.",problems:"Popraw zaznaczone pola:",failed:"Nie udało się zapisać. Wpisane dane są zachowane, spróbuj ponownie.",forbidden:"Nie możesz podjąć tego kroku.",conflict:"Ktoś inny zmienił tę kartę w międzyczasie. Odśwież kartę i spróbuj ponownie; wpisane dane zostaną zachowane.",reload:"Odśwież kartę",errors:{...P.errors,TOO_EARLY:"Data nie może być wcześniejsza niż poprzedni krok procedury.",ILLEGAL_TRANSITION:"Tego kroku nie można podjąć w obecnym stanie procedury.",NO_CHAIR:"Zespół interdyscyplinarny nie ma przewodniczącego.",NO_MATCH:"Nie ma dopasowania do rozstrzygnięcia.",MATCH_UNDECIDED:"Najpierw rozstrzygnij, czy dołączyć formularz do prowadzonej procedury.",SOCIAL_WORKER_REQUIRED:"W grupie musi być przedstawiciel pomocy społecznej.",POLICE_OFFICER_REQUIRED:"W grupie musi być przedstawiciel policji.",CONFIDENTIALITY_NOT_SIGNED:"Ta osoba nie ma ważnego oświadczenia o zachowaniu poufności.",ENDED:"Ta osoba nie jest już członkiem zespołu.",NO_CASE_ROLE:"Ta osoba nie pracuje w sprawach (nie ma roli w sprawach albo jej konto jest wyłączone).",NOT_TEAM_MEMBER:"Odpowiedzialny może być tylko członek zespołu interdyscyplinarnego.",DUPLICATE:"Ta osoba jest wybrana dwa razy.",NOT_FOUND:"Nie znaleziono.",MET_SEPARATELY:"Grupa spotyka się z osobą doznającą przemocy i z osobą stosującą przemoc oddzielnie.",HELP_PLAN_REQUIRED:"Najpierw wypełnij formularz NK-C z osobą doznającą przemocy.",ACTION_PLAN_REQUIRED:"Najpierw wypełnij formularz NK-D z osobą stosującą przemoc.",HELP_PLAN_NOT_CARRIED_OUT:"Plan pomocy nie jest zrealizowany.",MONITORING_NOT_OVER:"Monitorowanie po zakończeniu procedury jeszcze trwa.",PERPETRATOR_ONLY:"Ta pozycja należy do planu działań osoby stosującej przemoc.",NOT_APPLICABLE:"Nie dotyczy tego rodzaju.",TOO_LONG:"Tekst jest za długi.",INVALID:"Nieprawidłowa wartość."},fieldErrors:{"childrenInHousehold.INVALID":"Liczba dzieci musi wynosić od 0 do 30.","childrenInHousehold.NOT_A_NUMBER":"Podaj liczbę dzieci cyframi.","violenceForms.REQUIRED":"Wskaż co najmniej jedną formę przemocy.","description.REQUIRED":"Opis pozycji jest wymagany.","programme.REQUIRED":"Wskaż program, do którego kierowana jest osoba stosująca przemoc.","programme.NOT_APPLICABLE":"Program wskazuje się tylko przy skierowaniu do programu.","kind.PERPETRATOR_ONLY":"Ten rodzaj pozycji należy do planu działań osoby stosującej przemoc.","responsibleUserId.NOT_FOUND":"Nie ma takiej osoby w gminie."},unknownError:e=>`Popraw to pole (${e}).`},A=(e,o)=>(o?i.fieldErrors[`${o}.${e}`]:void 0)??i.errors[e]??i.unknownError(e);function F(){const e=pe(),[o,a]=j.useState(null),[r,d]=j.useState(!1),t=async(m,b,h)=>{d(!0);const s=await e.mutation(m,b).toPromise();d(!1);const p=s.data,f=p?Object.values(p)[0]:null,y=he({error:s.error,payload:f});a(y),y.kind==="done"&&h()},l=o?.kind==="refused"?o.problems:{};return{outcome:o,sending:r,send:t,refuse:m=>a({kind:"refused",problems:m}),problems:l,problem:m=>l[m]}}function U(e){const{outcome:o}=e,a=d=>{d.preventDefault(),e.onSubmit()},r=o?.kind==="refused"?Object.entries(o.problems):[];return n.jsxs("form",{className:"action-form","aria-label":e.label,onSubmit:a,noValidate:!0,children:[n.jsxs("div",{role:"alert",className:o&&o.kind!=="done"||e.notice?"summary":void 0,children:[e.notice&&n.jsx("p",{children:e.notice}),r.length>0&&n.jsxs(n.Fragment,{children:[n.jsx("p",{children:i.problems}),n.jsx("ul",{children:r.map(([d,t])=>n.jsx("li",{children:A(t,d)},d))})]}),o?.kind==="conflict"&&n.jsxs("p",{children:[e.conflict??i.conflict," ",n.jsx(C,{className:"button secondary",onPress:e.reload,children:i.reload})]}),o?.kind==="forbidden"&&n.jsx("p",{children:i.forbidden}),o?.kind==="failed"&&n.jsx("p",{children:i.failed})]}),e.children,n.jsxs("div",{className:"actions",children:[n.jsx(C,{type:"submit",className:"button primary",isDisabled:e.sending,children:e.sending?i.sending:i.submit}),n.jsx(C,{className:"button secondary",onPress:e.onCancel,children:i.cancel})]})]})}function q(e){return n.jsx(ee,{type:"date",autoComplete:null,label:e.label??i.on,value:e.value,onChange:e.onChange,error:e.problem?A(e.problem):void 0,hint:i.onHint,autoFocus:e.autoFocus})}function V(e){const{problem:o,field:a,...r}=e;return n.jsx(Qe,{...r,error:o?A(o,a):void 0})}function D(e){const{problem:o,field:a,wide:r,type:d,...t}=e;return n.jsx(ee,{...t,type:d??null,autoComplete:null,className:r?"field wide":"field",error:o?A(o,a):void 0})}function re(e){const{problem:o,field:a,...r}=e;return n.jsx(Ze,{...r,error:o?A(o,a):void 0})}function xn(e){const o=e.details;return{initiatorInstitution:e.initiatorInstitution,violenceForms:[...e.violenceForms],injuries:o.injuries??"",perpetratorUnderAlcohol:o.perpetratorUnderAlcohol,perpetratorUnderDrugs:o.perpetratorUnderDrugs,firearmAccess:o.firearmAccess,childrenInHousehold:String(o.childrenInHousehold),actionsTaken:[...o.actionsTaken],nkBHandedOver:o.nkBHandedOver,victimFeelsSafe:o.victimFeelsSafe==null?"":o.victimFeelsSafe?"yes":"no",description:o.description??"",additionalInformation:o.additionalInformation??""}}const gn=(e,o)=>Array.isArray(e)&&Array.isArray(o)?e.length===o.length&&[...e].sort().join()===[...o].sort().join():e===o;function X(e,o){return{...e,...o}}function xe(e,o){return Object.keys(o).filter(a=>!gn(o[a],e[a]))}function vn(e){const o={};return e.violenceForms.length===0&&(o.violenceForms="REQUIRED"),/^\s*\d+\s*$/.test(e.childrenInHousehold)||(o.childrenInHousehold="NOT_A_NUMBER"),o}function zn(e,o,a){const r=X(o,a),d={id:e.id,version:e.version};for(const t of xe(o,a)){const l=r[t];if(t==="childrenInHousehold")d[t]=Number.parseInt(String(l).trim(),10);else if(t==="victimFeelsSafe"){if(l==="")continue;d[t]=l==="yes"}else d[t]=l}return Object.keys(d).length>2?d:null}function In(e){return{status:e.status,description:e.description,dueOn:e.dueOn??""}}function Nn(e){const o={};return e.description.trim()===""&&(o.description="REQUIRED"),o}function $n(e,o,a){const r=X(o,a),d={id:e.id,version:e.version};for(const t of xe(o,a))t==="dueOn"&&r.dueOn===""||(d[t]=t==="description"?r.description.trim():r[t]);return Object.keys(d).length>2?d:null}const Pn={kind:"ACTION",programme:"",description:"",dueOn:"",responsibleUserId:""};function ge(e){return e==="ACTION_PLAN"?["ACTION","PROGRAMME_REFERRAL","PETTY_OFFENCE_NOTICE"]:["ACTION"]}function kn(e){const o={};return e.description.trim()===""&&(o.description="REQUIRED"),o}function wn(e,o,a){const r=ge(o).includes(a.kind)?a.kind:"ACTION",d={blueCardId:e,plan:o,kind:r,description:a.description.trim()};return r==="PROGRAMME_REFERRAL"&&a.programme&&(d.programme=a.programme),a.dueOn&&(d.dueOn=a.dueOn),a.responsibleUserId&&(d.responsibleUserId=a.responsibleUserId),d}const N=i.correction,On=k(`
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
`);function En({card:e,reload:o,onCancel:a,onDone:r}){const[d,t]=j.useState({}),[l,c]=j.useState(null),{outcome:m,sending:b,send:h,refuse:s,problem:p}=F(),f=xn(e),y=X(f,d),u=z=>I=>{c(null),t(w=>({...w,[z]:I}))},v=()=>{const z=vn(y);if(Object.keys(z).length>0)return s(z);const I=zn(e,f,d);if(!I)return c(N.nothingChanged);h(On,{input:I},r)},x=(z,I)=>n.jsx(Ye,{label:I,value:y[z],onChange:u(z)});return n.jsxs(U,{label:i.action.correctNkA,outcome:m,sending:b,reload:o,onCancel:a,onSubmit:v,notice:l,children:[n.jsx("p",{className:"hint",children:N.intro}),n.jsx(V,{label:N.institution,placeholder:N.institution,options:N.institutions,value:y.initiatorInstitution,onChange:u("initiatorInstitution"),problem:p("initiatorInstitution"),autoFocus:!0}),n.jsx(re,{label:N.violenceForms,options:N.violence,value:y.violenceForms,onChange:u("violenceForms"),problem:p("violenceForms"),field:"violenceForms"}),n.jsx(D,{label:N.injuries,value:y.injuries,onChange:u("injuries"),problem:p("injuries"),field:"injuries",rows:2,wide:!0}),x("perpetratorUnderAlcohol",N.underAlcohol),x("perpetratorUnderDrugs",N.underDrugs),x("firearmAccess",N.firearmAccess),n.jsx(D,{label:N.children,value:y.childrenInHousehold,onChange:u("childrenInHousehold"),problem:p("childrenInHousehold"),field:"childrenInHousehold",inputMode:"numeric",hint:N.childrenHint}),n.jsx(re,{label:N.actionsTaken,options:N.actions,value:y.actionsTaken,onChange:u("actionsTaken")}),x("nkBHandedOver",N.nkB),n.jsxs(J,{className:"checks",value:y.victimFeelsSafe,onChange:u("victimFeelsSafe"),children:[n.jsx(W,{className:"group-label",children:N.feelsSafe}),Object.entries(N.feelsSafeOptions).map(([z,I])=>n.jsxs(K,{value:z,className:"check",children:[n.jsx("span",{className:"box round","aria-hidden":"true"}),I]},z)),f.victimFeelsSafe===""&&n.jsxs(K,{value:"",className:"check",children:[n.jsx("span",{className:"box round","aria-hidden":"true"}),N.feelsSafeUnknown]})]}),n.jsx(D,{label:N.description,value:y.description,onChange:u("description"),problem:p("description"),field:"description",rows:4,wide:!0}),n.jsx(D,{label:N.additionalInformation,value:y.additionalInformation,onChange:u("additionalInformation"),problem:p("additionalInformation"),field:"additionalInformation",rows:3,wide:!0})]})}const Cn=k(`
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
`),se=k(`
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
`),Rn=k(`
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
`),Dn=k(`
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
`),Sn=k(`
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
`),An=k(`
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
`),Tn=k(`
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
`),Fn=k(`
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
`),_n=k(`
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
`),Ln=k(`
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
`),Mn={forward:Cn,firstMeeting:se,meeting:se,startMonitoring:Rn,reviewPlan:Dn,endMonitoring:Sn};function Un({card:e,actions:o,members:a,reload:r,onDone:d}){const[t,l]=j.useState(null);return o.length===0?n.jsx("p",{children:i.noActions}):n.jsx("ul",{className:"card-actions",children:o.map(c=>n.jsxs("li",{children:[n.jsx(C,{className:"button secondary","aria-expanded":t===c,onPress:()=>l(t===c?null:c),children:i.action[c]}),t===c&&n.jsx(Gn,{kind:c,card:e,members:a,reload:r,onCancel:()=>l(null),onDone:()=>{l(null),d(i.done(i.action[c]??c))}})]},c))})}function Gn(e){const{kind:o}=e;return o==="setUpGroup"||o==="changeGroup"?n.jsx(Vn,{...e}):o==="victimForm"||o==="perpetratorForm"?n.jsx(Hn,{...e}):o==="close"?n.jsx(Kn,{...e}):o==="recordWork"?n.jsx(Wn,{...e}):o==="correctNkA"?n.jsx(En,{...e}):n.jsx(Bn,{...e})}function Bn({kind:e,card:o,reload:a,onCancel:r,onDone:d}){const[t,l]=j.useState(""),{outcome:c,sending:m,send:b,problem:h}=F(),s=Mn[e];return n.jsx(U,{label:i.action[e]??e,outcome:c,sending:m,reload:a,onCancel:r,onSubmit:()=>s&&void b(s,{input:dn(o,t)},d),children:n.jsx(q,{value:t,onChange:l,problem:h("on"),autoFocus:!0})})}function Vn({kind:e,card:o,members:a,reload:r,onCancel:d,onDone:t}){const[l,c]=j.useState(()=>o.diagnosticGroup.map(x=>x.teamMemberId)),[m,b]=j.useState(""),{outcome:h,sending:s,send:p,problem:f}=F(),y=a.filter(x=>l.includes(x.id)).map(x=>x.institution),u=rn(y),v=f("memberIds")??Object.entries(h?.kind==="refused"?h.problems:{}).find(([x])=>x.startsWith("memberIds."))?.[1];return n.jsxs(U,{label:i.action[e]??e,outcome:h,sending:s,reload:r,onCancel:d,onSubmit:()=>{p(An,{input:{id:o.id,version:o.version,memberIds:l,on:m||null}},t)},children:[n.jsxs(Je,{className:"checks",value:l,onChange:c,isInvalid:!!v,children:[n.jsx(W,{className:"group-label",children:i.members}),n.jsx(Xe,{slot:"description",className:"hint",children:i.compositionRule}),a.map((x,z)=>n.jsxs(en,{value:x.id,className:"check",isDisabled:!x.confidentialityHolds,autoFocus:z===0,children:[n.jsx("span",{className:"box","aria-hidden":"true"}),i.memberOption(x.displayName??i.unknownPerson,i.institutionKind[x.institution]??x.institution),!x.confidentialityHolds&&` (${i.noStatement})`]},x.id)),n.jsx(Y,{className:"error",children:A(v??"")})]}),n.jsx("div",{"aria-live":"polite",className:"composition",children:u.length===0?n.jsx("p",{children:i.compositionMet}):n.jsx("ul",{children:u.map(x=>n.jsx("li",{children:A(x)},x))})}),n.jsx(q,{value:m,onChange:b,problem:f("on")})]})}function Hn({kind:e,card:o,reload:a,onCancel:r,onDone:d}){const t=e==="victimForm",l=o.persons.filter(g=>g.role===(t?"VICTIM":"PERPETRATOR")),[c,m]=j.useState(l[0]?.id??""),[b,h]=j.useState(""),[s,p]=j.useState(""),[f,y]=j.useState(""),[u,v]=j.useState([""]),{outcome:x,sending:z,send:I,problem:w}=F(),R=t?"helpPlan":"actionPlan",$=()=>{const g={id:o.id,version:o.version,personId:c,filledOn:b||null,diagnosis:s};t?I(Tn,{input:{...g,history:f.trim()||null,helpPlan:te(u)}},d):I(Fn,{input:{...g,actionPlan:te(u)}},d)};return n.jsxs(U,{label:i.action[e]??e,outcome:x,sending:z,reload:a,onCancel:r,onSubmit:$,children:[n.jsx(V,{label:i.person,placeholder:i.choosePerson,options:Object.fromEntries(l.map(g=>[g.id,`${g.firstName} ${g.lastName}`])),value:c,onChange:m,problem:w("personId"),autoFocus:!0}),n.jsx(q,{value:b,onChange:h,problem:w("filledOn")}),n.jsx(D,{label:i.diagnosis,value:s,onChange:p,problem:w("diagnosis"),rows:4,wide:!0}),t&&n.jsx(D,{label:i.violenceHistory,value:f,onChange:y,problem:w("history"),rows:3,wide:!0}),n.jsxs("fieldset",{children:[n.jsx("legend",{children:t?i.helpPlan:i.actionPlan}),u.map((g,O)=>n.jsxs("div",{className:"plan-row",children:[n.jsx(D,{label:i.planItem(O+1),value:g,onChange:E=>v(_=>_.map((H,Q)=>Q===O?E:H)),problem:w(`${R}.${O}.description`),wide:!0}),u.length>1&&n.jsx(C,{className:"button secondary",onPress:()=>v(E=>E.filter((_,H)=>H!==O)),children:i.removePlanItem(O+1)})]},O)),n.jsx(C,{className:"button secondary",onPress:()=>v(g=>[...g,""]),children:i.addPlanItem})]})]})}function Kn({kind:e,card:o,reload:a,onCancel:r,onDone:d}){const[t,l]=j.useState(""),[c,m]=j.useState(""),{outcome:b,sending:h,send:s,problem:p}=F(),[f,y]=j.useState(!1),u=()=>{if(!t){y(!0);return}s(_n,{input:{id:o.id,version:o.version,ground:t,on:c||null}},d)},v=p("ground")??(f&&!t?"REQUIRED":void 0);return n.jsxs(U,{label:i.action[e]??e,outcome:b,sending:h,reload:a,onCancel:r,onSubmit:u,children:[n.jsxs(J,{className:"checks",value:t,onChange:l,isInvalid:!!v,children:[n.jsx(W,{className:"group-label",children:i.ground}),Object.entries(i.grounds).map(([x,z],I)=>n.jsxs(K,{value:x,className:"check",autoFocus:I===0,children:[n.jsx("span",{className:"box round","aria-hidden":"true"}),z]},x)),n.jsx(Y,{className:"error",children:A(v??"")})]}),n.jsx(q,{value:c,onChange:m,problem:p("on")})]})}function Wn({kind:e,card:o,reload:a,onCancel:r,onDone:d}){const[t,l]=j.useState(""),[c,m]=j.useState(""),[b,h]=j.useState(""),[s,p]=j.useState(""),[f,y]=j.useState(!1),{outcome:u,sending:v,send:x,problem:z}=F(),I=sn[t]??[],w=()=>{if(!t||I.length>0&&!c){y(!0);return}x(Ln,{input:{blueCardId:o.id,kind:t,variant:I.length>0?c:null,occurredOn:b||null,note:s.trim()||null}},d)},R=z("kind")??(f&&!t?"REQUIRED":void 0),$=z("variant")??(f&&I.length>0&&!c?"REQUIRED":void 0);return n.jsxs(U,{label:i.action[e]??e,outcome:u,sending:v,reload:a,onCancel:r,onSubmit:w,children:[n.jsx(V,{label:i.workKindLabel,placeholder:i.chooseWorkKind,options:i.workKind,value:t,onChange:g=>{l(g),m("")},problem:R,autoFocus:!0}),I.length>0&&n.jsx(V,{label:i.variantLabel,placeholder:i.chooseVariant,options:Object.fromEntries(I.map(g=>[g,i.workVariant[g]??g])),value:c,onChange:m,problem:$}),n.jsx(q,{value:b,onChange:h,problem:z("occurredOn")}),n.jsx(D,{label:i.note,value:s,onChange:p,problem:z("note"),rows:3,wide:!0})]})}function M({id:e,title:o,children:a}){return n.jsxs("section",{"aria-labelledby":`card-${e}`,children:[n.jsx("h2",{id:`card-${e}`,children:o}),a]})}const qn=k(`
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
`),de=e=>i.removeErrors[e]??i.errors[e]??i.unknownError(e);function Qn(e){const{card:o}=e,a=o.allowedSteps.includes("GROUP_CHANGED"),[r,d]=j.useState(null),t=l=>l.displayName??i.unknownPerson;return n.jsxs(M,{id:"group",title:i.group,children:[o.diagnosticGroup.length===0?n.jsx("p",{children:i.noGroup}):n.jsx("ul",{className:"group-list",children:o.diagnosticGroup.map(l=>n.jsxs("li",{children:[i.groupMember(t(l),i.institutionKind[l.institution]??l.institution)," ",a&&n.jsx(C,{className:"button secondary small","aria-label":i.removeFromGroupFor(t(l)),"aria-expanded":r?.teamMemberId===l.teamMemberId,onPress:()=>d(l),children:i.removeFromGroup})]},l.teamMemberId))}),r&&n.jsx(Zn,{card:o,member:r,onCancel:()=>d(null),reload:e.reload,onDone:()=>{d(null),e.onDone(i.removed(t(r)))}},r.teamMemberId)]})}function Zn(e){const{card:o,member:a}=e,r=pe(),d=fe(),[t,l]=j.useState(d),[c,m]=j.useState(!1),[b,h]=j.useState(!1),[s,p]=j.useState(null),f=j.useRef(null),y=a.displayName??i.unknownPerson,u=cn(t,d),v=s?.kind==="refused"?s.problems:{},x={...c&&u?{on:u}:{},...v},z=async R=>{if(R.preventDefault(),m(!0),u){f.current?.focus();return}if(b)return;h(!0);const $=await r.mutation(qn,{input:{id:o.id,version:o.version,memberId:a.teamMemberId,on:t}}).toPromise();h(!1);const g=he({error:$.error,payload:$.data?.removeDiagnosticGroupMember??null});p(g),g.kind==="conflict"&&e.reload(),g.kind==="done"?e.onDone():f.current?.focus()},I=s?.kind==="conflict"?i.conflict:s?.kind==="forbidden"?i.forbidden:s?.kind==="failed"?i.failed:null,w=R=>`remove-${a.teamMemberId}-${R}`;return n.jsxs("form",{className:"action-form","aria-label":i.removeTitle(y),onSubmit:R=>{z(R)},noValidate:!0,children:[n.jsx("h3",{children:i.removeTitle(y)}),n.jsx(nn,{problems:Object.entries(x),failure:I??"",heading:i.problems,message:de,idOf:w,refObject:f}),n.jsx("p",{children:i.removeWarning(y)}),n.jsx(ee,{id:w("on"),type:"date",autoComplete:null,label:i.removeOn,value:t,onChange:l,error:x.on?de(x.on):void 0,hint:i.removeOnHint,autoFocus:!0}),n.jsxs("div",{className:"actions",children:[n.jsx(C,{type:"submit",className:"button primary",isDisabled:b,children:b?i.sending:i.removeFromGroup}),n.jsx(C,{className:"button secondary",onPress:e.onCancel,children:i.cancel})]})]})}const Yn=k(`
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
`),Jn=k(`
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
`),Xn=e=>i.errors[e]??i.unknownError(e);function eo({card:e,reload:o,onDone:a}){const{outcome:r,sending:d,send:t}=F(),l=(e.matchProposals??[]).filter(m=>m.decision==="PENDING"&&m.procedure);if(l.length===0)return null;const c=e.allowedSteps.includes("ATTACHED");return n.jsxs("section",{"aria-labelledby":"card-matches",children:[n.jsx("h2",{id:"card-matches",children:i.matches}),n.jsx("p",{children:i.matchesIntro}),n.jsxs("div",{role:"alert",className:r&&r.kind!=="done"?"summary":void 0,children:[r?.kind==="refused"&&n.jsx("ul",{children:Object.entries(r.problems).map(([m,b])=>n.jsx("li",{children:Xn(b)},m))}),r?.kind==="conflict"&&n.jsxs("p",{children:[i.conflict," ",n.jsx(C,{className:"button secondary",onPress:o,children:i.reload})]}),r?.kind==="forbidden"&&n.jsx("p",{children:i.forbidden}),r?.kind==="failed"&&n.jsx("p",{children:i.failed})]}),n.jsx("ul",{className:"card-actions",children:l.map(({procedure:m,basis:b})=>{if(!m)return null;const h=m.persons.filter(s=>s.role==="VICTIM").map(s=>`${s.firstName} ${s.lastName}`).join(", ");return n.jsxs("li",{children:[n.jsxs("p",{children:[n.jsx("a",{href:be.card(m.id),children:i.matchProcedure(h,T(m.initiatedOn))})," ","— ",i.status[m.status]??m.status,"; ",i.matchBasis[b]??b]}),n.jsxs("div",{className:"actions",children:[c&&n.jsx(C,{className:"button primary",isDisabled:d,onPress:()=>{t(Yn,{input:{id:e.id,version:e.version,procedureId:m.id,procedureVersion:m.version}},()=>a(i.attached))},children:i.attach(h)}),n.jsx(C,{className:"button secondary",isDisabled:d,onPress:()=>{t(Jn,{input:{id:e.id,version:e.version,on:null}},()=>a(i.keptSeparate))},children:i.keepSeparate})]})]},m.id)})})]})}const no=k(`
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
`),oo=k(`
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
`);function le({id:e,cardId:o,plan:a,title:r,members:d,items:t,mayEdit:l,reload:c,onDone:m}){const[b,h]=j.useState(null),[s,p]=j.useState(!1);return n.jsxs("section",{"aria-labelledby":`card-${e}`,children:[n.jsx("h2",{id:`card-${e}`,children:r}),t.length===0?n.jsx("p",{children:i.noPlan}):n.jsx("ol",{className:"plan-items",children:t.map((f,y)=>n.jsxs("li",{children:[f.description," — ",i.planStatus[f.status]??f.status,f.dueOn?`, ${i.planDue(T(f.dueOn))}`:"",f.responsibleName?`, ${f.responsibleName}`:""," ",l&&n.jsx(C,{className:"button secondary","aria-expanded":b===f.id,onPress:()=>h(b===f.id?null:f.id),children:i.planItemEdit(y+1)}),l&&b===f.id&&n.jsx(io,{label:i.planItemForm(r,y+1),item:f,reload:c,onCancel:()=>h(null),onDone:()=>{h(null),m(i.planItemSaved(y+1))}})]},f.id))}),l&&n.jsx(C,{className:"button secondary","aria-expanded":s,onPress:()=>p(!s),children:i.planItemAddTo[a]}),l&&s&&n.jsx(ao,{label:i.planItemNewForm(r),cardId:o,plan:a,members:d,reload:c,onCancel:()=>p(!1),onDone:()=>{p(!1),m(i.planItemAdded(r))}})]})}function io(e){const{item:o}=e,[a,r]=j.useState({}),[d,t]=j.useState(null),{outcome:l,sending:c,send:m,refuse:b,problem:h}=F(),s=In(o),p=X(s,a),f=u=>v=>{t(null),r(x=>({...x,[u]:v}))},y=()=>{const u=Nn(p);if(Object.keys(u).length>0)return b(u);const v=$n(o,s,a);if(!v)return t(i.correction.nothingChanged);m(no,{input:v},e.onDone)};return n.jsxs(U,{label:e.label,outcome:l,sending:c,reload:e.reload,onCancel:e.onCancel,onSubmit:y,conflict:i.planItemConflict,notice:d,children:[n.jsxs(J,{className:"checks",value:p.status,onChange:f("status"),isInvalid:!!h("status"),children:[n.jsx(W,{className:"group-label",children:i.planItemStatus}),Object.entries(i.planStatus).map(([u,v],x)=>n.jsxs(K,{value:u,className:"check",autoFocus:u===p.status||x===0&&!p.status,children:[n.jsx("span",{className:"box round","aria-hidden":"true"}),v]},u)),n.jsx(Y,{className:"error",children:A(h("status")??"","status")})]}),n.jsx(D,{label:i.planItemDescription,value:p.description,onChange:f("description"),problem:h("description"),field:"description",wide:!0}),n.jsx(D,{label:i.planItemDue,type:"date",value:p.dueOn,onChange:f("dueOn"),problem:h("dueOn"),field:"dueOn",hint:i.planItemDueHint})]})}function ao(e){const[o,a]=j.useState(Pn),{outcome:r,sending:d,send:t,refuse:l,problem:c}=F(),m=ge(e.plan),b=p=>f=>a(y=>({...y,[p]:f})),h=()=>{const p=kn(o);if(Object.keys(p).length>0)return l(p);t(oo,{input:wn(e.cardId,e.plan,o)},e.onDone)},s=Object.fromEntries(e.members.map(p=>[p.userId,i.memberOption(p.displayName??i.unknownPerson,i.institutionKind[p.institution]??p.institution)]));return n.jsxs(U,{label:e.label,outcome:r,sending:d,reload:e.reload,onCancel:e.onCancel,onSubmit:h,children:[m.length>1&&n.jsxs(J,{className:"checks",value:o.kind,onChange:b("kind"),isInvalid:!!c("kind"),children:[n.jsx(W,{className:"group-label",children:i.planItemKind}),m.map(p=>n.jsxs(K,{value:p,className:"check",autoFocus:p===o.kind,children:[n.jsx("span",{className:"box round","aria-hidden":"true"}),i.planItemKinds[p]??p]},p)),n.jsx(Y,{className:"error",children:A(c("kind")??"","kind")})]}),o.kind==="PROGRAMME_REFERRAL"&&n.jsx(V,{label:i.programme,placeholder:i.chooseProgramme,options:i.programmes,value:o.programme,onChange:b("programme"),problem:c("programme"),field:"programme"}),n.jsx(D,{label:i.planItemDescription,value:o.description,onChange:b("description"),problem:c("description"),field:"description",wide:!0,autoFocus:m.length===1}),n.jsx(D,{label:i.planItemDue,type:"date",value:o.dueOn,onChange:b("dueOn"),problem:c("dueOn"),field:"dueOn",hint:i.planItemNewDueHint}),e.members.length>0&&n.jsx(V,{label:i.responsible,placeholder:i.chooseResponsible,options:s,value:o.responsibleUserId,onChange:b("responsibleUserId"),problem:c("responsibleUserId"),field:"responsibleUserId"})]})}const to=k(`
  query BlueCardPage($id: ID!) {
    node(id: $id) {
      ... on BlueCard {
        id
        number
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
`);function xo({id:e}){const[{data:o,fetching:a,error:r},d]=on({query:to,variables:{id:e}}),[t,l]=j.useState(null),c=j.useRef(null);j.useEffect(()=>{t&&c.current?.focus()},[t]);const m=()=>d({requestPolicy:"network-only"}),b=u=>{l(u),m()},h=o?.node,s=h&&"persons"in h?h:null,p=s?s.persons.filter(u=>u.role==="VICTIM").map(u=>`${u.firstName} ${u.lastName}`).join(", "):"";j.useEffect(()=>{document.title=i.documentTitle},[]);const f=n.jsx("p",{children:n.jsx("a",{href:be.workList,children:i.back})});if(!o&&a)return n.jsx("p",{role:"status",children:i.loading});if(!s&&r)return n.jsxs(n.Fragment,{children:[f,n.jsxs("p",{role:"alert",children:[i.loadError," ",n.jsx(C,{className:"button secondary",onPress:m,children:i.retry})]})]});if(!s)return n.jsxs(n.Fragment,{children:[f,n.jsx("h1",{children:i.notFoundTitle}),n.jsx("p",{children:i.notFound})]});const y=o?.teams[0]?.members??[];return n.jsxs(n.Fragment,{children:[f,n.jsx("h1",{children:i.title(p)}),n.jsx("p",{role:"status",ref:c,tabIndex:-1,className:t?"notice":void 0,children:t}),n.jsx(ro,{card:s}),n.jsx(eo,{card:s,reload:m,onDone:b}),n.jsx(M,{id:"actions",title:i.actions,children:n.jsx(Un,{card:s,actions:ln(s.allowedSteps,s.mayRecordWork),members:y,reload:m,onDone:b})}),n.jsx(so,{card:s}),n.jsx(lo,{card:s}),n.jsx(uo,{card:s}),n.jsx(Qn,{card:s,reload:m,onDone:b}),n.jsx(le,{id:"help-plan",cardId:s.id,plan:"HELP_PLAN",title:i.helpPlan,members:y,items:s.helpPlan,mayEdit:s.mayAddPlanItems,reload:m,onDone:b}),n.jsx(le,{id:"action-plan",cardId:s.id,plan:"ACTION_PLAN",title:i.actionPlan,members:y,items:s.actionPlan,mayEdit:s.mayAddPlanItems,reload:m,onDone:b}),n.jsx(M,{id:"forms",title:i.forms,children:n.jsx("ul",{children:s.forms.map((u,v)=>n.jsx("li",{children:i.formLine(i.formKind[u.kind]??u.kind,T(u.filledOn),u.filledByName??"")},v))})}),n.jsx(M,{id:"work",title:i.work,children:s.work.length===0?n.jsx("p",{children:i.noWork}):n.jsx("ul",{children:s.work.map(u=>n.jsxs("li",{children:[T(u.occurredOn),": ",i.workKind[u.kind]??u.kind,u.variant?` (${i.workVariant[u.variant]??u.variant})`:"",u.recordedByName?`, ${u.recordedByName}`:"",u.note?` — ${u.note}`:""]},u.id))})})]})}function ro({card:e}){return n.jsxs("dl",{className:"facts","aria-label":i.summary,children:[e.number&&n.jsxs("div",{children:[n.jsx("dt",{children:i.numberLabel}),n.jsx("dd",{"data-testid":"card-number",children:e.number})]}),n.jsxs("div",{children:[n.jsx("dt",{children:i.statusLabel}),n.jsx("dd",{"data-testid":"card-status",children:i.status[e.status]??e.status})]}),n.jsxs("div",{children:[n.jsx("dt",{children:i.initiatedOn}),n.jsx("dd",{children:T(e.initiatedOn)})]}),n.jsxs("div",{children:[n.jsx("dt",{children:i.initiator}),n.jsxs("dd",{children:[i.institutions[e.initiatorInstitution]??e.initiatorInstitution,e.initiatorName?`, ${e.initiatorName}`:""]})]}),n.jsxs("div",{children:[n.jsx("dt",{children:i.violenceForms}),n.jsx("dd",{children:e.violenceForms.map(o=>i.violence[o]??o).join(", ")})]})]})}function so({card:e}){const o=i.personColumns;return n.jsx(M,{id:"persons",title:i.persons,children:n.jsxs("table",{className:"cards",children:[n.jsx("thead",{children:n.jsxs("tr",{children:[n.jsx("th",{scope:"col",children:o.name}),n.jsx("th",{scope:"col",children:o.role}),n.jsx("th",{scope:"col",children:o.pesel}),n.jsx("th",{scope:"col",children:o.born}),n.jsx("th",{scope:"col",children:o.minor})]})}),n.jsx("tbody",{children:e.persons.map(a=>n.jsxs("tr",{children:[n.jsxs("th",{scope:"row",children:[a.firstName," ",a.lastName]}),n.jsx("td",{children:i.roles[a.role]??a.role}),n.jsx("td",{children:a.pesel??i.noPesel}),n.jsx("td",{children:T(a.dateOfBirth)}),n.jsx("td",{children:a.minor?i.minor:i.adult})]},a.id))})]})})}function lo({card:e}){const o=fe(),a=i.deadlineColumns;return e.deadlines.length===0?n.jsx(M,{id:"deadlines",title:i.deadlines,children:n.jsx("p",{children:i.noDeadlines})}):n.jsx(M,{id:"deadlines",title:i.deadlines,children:n.jsxs("table",{className:"cards",children:[n.jsx("thead",{children:n.jsxs("tr",{children:[n.jsx("th",{scope:"col",children:a.kind}),n.jsx("th",{scope:"col",children:a.due}),n.jsx("th",{scope:"col",children:a.state})]})}),n.jsx("tbody",{children:e.deadlines.map(r=>n.jsxs("tr",{children:[n.jsx("th",{scope:"row",children:i.deadlineKind[r.kind]??r.kind}),n.jsx("td",{children:T(r.dueOn)}),n.jsx("td",{children:n.jsx(co,{deadline:r,today:o})})]},r.id))})]})})}function co({deadline:e,today:o}){const a=tn([e],o);if(a){const r=a.urgency==="overdue"?i.overdue(ae(-a.days,i.days)):a.days===0?i.dueToday:a.urgency==="soon"?i.dueSoon(ae(a.days,i.days)):i.deadlineState[e.state]??e.state;return n.jsx("span",{className:`deadline ${a.urgency}`,children:n.jsx("strong",{className:"flag",children:r})})}return e.state==="MET"&&e.metOn?n.jsx("span",{children:e.metLate?i.metLate(T(e.metOn)):i.metOn(T(e.metOn))}):n.jsx("span",{children:i.deadlineState[e.state]??e.state})}function uo({card:e}){const o=i.historyColumns;return n.jsx(M,{id:"history",title:i.history,children:n.jsxs("table",{className:"cards",children:[n.jsx("thead",{children:n.jsxs("tr",{children:[n.jsx("th",{scope:"col",children:o.step}),n.jsx("th",{scope:"col",children:o.who}),n.jsx("th",{scope:"col",children:o.when})]})}),n.jsx("tbody",{children:e.history.map((a,r)=>n.jsxs("tr",{children:[n.jsx("th",{scope:"row",children:i.steps[a.step]??a.step}),n.jsx("td",{children:a.takenByName??i.unknownPerson}),n.jsx("td",{children:an(a.takenAt)})]},r))})]})})}export{xo as CardPage};
