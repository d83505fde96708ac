import{a as j,J as je,v as xe,k as ye,$ as S,d as ge,e as ze,j as n}from"./session-xi3aDFnN.js";import{b as ie,c as ve,d as L,e as Q,f as Ie,h as $e,i as Ne,j as Pe,k as ke,l as Ce,m as we,o as Oe,q as Ee,r as Re,s as de,v as Se,w as Ae,x as De,y as le,z as ce,A as Te,B as Fe,D as Le,G as _e,H as Me,I as Ue,J as Be,K as Ve,L as Ke,M as V,N as He,$ as R,T as ue,C as Ge,a as We,O as W,F as qe,g as k,P as Ze,Q as Qe,S as Ye,U as Y,V as D,R as pe,W as Je,t as Xe,X as en,Y as nn,Z as oe}from"./app-SSy4SrgR.js";import{o as on,c as an,W as tn,s as sn,p as ae,a as rn}from"./actions-D-h9w59P.js";import{t as P}from"./texts-oNINnaqC.js";import"./client-CNtUrJ3e.js";import"./userErrors-BxTecZ1R.js";const me=new WeakMap;function dn(e,i,a){let{value:s,children:l,"aria-label":t,"aria-labelledby":m,onPressStart:c,onPressEnd:u,onPressChange:b,onPress:h,onPressUp:r,onClick:p}=e;const f=e.isDisabled||i.isDisabled;let x=i.selectedValue===s,d=B=>{B.stopPropagation(),i.setSelectedValue(s)},{pressProps:g,isPressed:y}=ie({onPressStart:c,onPressEnd:u,onPressChange:b,onPress:h,onPressUp:r,onClick:p,isDisabled:f}),{pressProps:v,isPressed:I}=ie({onPressStart:c,onPressEnd:u,onPressChange:b,onPressUp:r,onClick:p,isDisabled:f,onPress(B){h?.(B),i.setSelectedValue(s),a.current?.focus()}}),{focusableProps:O}=ve(L(e,{onFocus:()=>i.setLastFocusedValue(s)}),a),U=L(g,O),N=Q(e,{labelable:!0}),z=-1;i.selectedValue!=null?i.selectedValue===s&&(z=0):(i.lastFocusedValue===s||i.lastFocusedValue==null)&&(z=0),f&&(z=void 0);let{name:C,form:w,descriptionId:F,errorMessageId:H,validationBehavior:Z}=me.get(i);Ie(a,i.defaultSelectedValue,i.setSelectedValue),$e({validationBehavior:Z},i,a);let ne=Ne();return{labelProps:L(v,j.useMemo(()=>({onClick:B=>B.preventDefault(),onMouseDown:B=>B.preventDefault()}),[])),inputProps:L(N,{...U,type:"radio",name:C,form:w,tabIndex:z,disabled:f,required:i.isRequired&&Z==="native",checked:x,value:s,onChange:d,"aria-describedby":[e["aria-describedby"],ne.id,i.isInvalid?H:null,F].filter(Boolean).join(" ")||void 0}),descriptionProps:ne,isDisabled:f,isSelected:x,isPressed:y||I}}function ln(e,i){let{name:a,form:s,isReadOnly:l,isRequired:t,isDisabled:m,orientation:c="vertical",validationBehavior:u="aria"}=e,{direction:b}=Pe(),{isInvalid:h,validationErrors:r,validationDetails:p}=i.displayValidation,{labelProps:f,fieldProps:x,descriptionProps:d,errorMessageProps:g}=ke({...e,labelElementType:"span",isInvalid:i.isInvalid,errorMessage:e.errorMessage||r}),y=Q(e,{labelable:!0}),{focusWithinProps:v}=je({onBlurWithin(N){e.onBlur?.(N),i.selectedValue||i.setLastFocusedValue(null)},onFocusWithin:e.onFocus,onFocusWithinChange:e.onFocusChange});function I(N,z){let C=Oe(z.currentTarget,{from:ye(z),accept:F=>F instanceof xe(F).HTMLInputElement&&F.type==="radio"}),w;return N==="next"?(w=C.nextNode(),w||(C.currentNode=z.currentTarget,w=C.firstChild())):(w=C.previousNode(),w||(C.currentNode=z.currentTarget,w=C.lastChild())),w?(w.focus(),i.setSelectedValue(w.value),!0):!1}let{keyboardProps:O}=Ce({shortcuts:{ArrowRight:N=>I(b==="rtl"&&c!=="vertical"?"prev":"next",N),ArrowLeft:N=>I(b==="rtl"&&c!=="vertical"?"next":"prev",N),ArrowDown:N=>I("next",N),ArrowUp:N=>I("prev",N)},allowRepeats:!0}),U=we(a);return me.set(i,{name:U,form:s,descriptionId:d.id,errorMessageId:g.id,validationBehavior:u}),{radioGroupProps:L(y,{role:"radiogroup",...O,"aria-invalid":i.isInvalid||void 0,"aria-errormessage":e["aria-errormessage"],"aria-readonly":l||void 0,"aria-required":t||void 0,"aria-disabled":m||void 0,"aria-orientation":c,...x,...v}),labelProps:f,descriptionProps:d,errorMessageProps:g,isInvalid:h,validationErrors:r,validationDetails:p}}let cn=Math.round(Math.random()*1e10),un=0;function pn(e){let i=j.useMemo(()=>e.name||`radio-group-${cn}-${++un}`,[e.name]),[a,s]=Ee(e.value,e.defaultValue??null,e.onChange),[l]=j.useState(a),[t,m]=j.useState(null),c=Re({...e,value:a}),u=h=>{!e.isReadOnly&&!e.isDisabled&&(s(h),c.commitValidation())},b=c.displayValidation.isInvalid;return{...c,name:i,selectedValue:a,defaultSelectedValue:e.value!==void 0?l:e.defaultValue??null,setSelectedValue:u,lastFocusedValue:t,setLastFocusedValue:m,isDisabled:e.isDisabled||!1,isReadOnly:e.isReadOnly||!1,isRequired:e.isRequired||!1,validationState:e.validationState||(b?"invalid":null),isInvalid:b}}const mn=j.createContext(null),fn=j.createContext(null),ee=j.createContext(null),J=j.forwardRef(function(i,a){[i,a]=de(i,a,mn);let{validationBehavior:s}=Se(Ae)||{},l=i.validationBehavior??s??"native",t=pn({...i,validationBehavior:l}),[m,c]=De(!i["aria-label"]&&!i["aria-labelledby"]),{radioGroupProps:u,labelProps:b,descriptionProps:h,errorMessageProps:r,...p}=ln({...i,label:c,validationBehavior:l},t),f=le({...i,values:{orientation:i.orientation||"vertical",isDisabled:t.isDisabled,isReadOnly:t.isReadOnly,isRequired:t.isRequired,isInvalid:t.isInvalid,state:t},defaultClassName:"react-aria-RadioGroup"}),x=Q(i,{global:!0});return S.createElement(ce.div,{...L(x,f,u),ref:a,slot:i.slot||void 0,"data-orientation":i.orientation||"vertical","data-invalid":t.isInvalid||void 0,"data-disabled":t.isDisabled||void 0,"data-readonly":t.isReadOnly||void 0,"data-required":t.isRequired||void 0},S.createElement(Te,{values:[[ee,t],[Fe,{...b,ref:m,elementType:"span"}],[Le,{slots:{description:h,errorMessage:r}}],[_e,p]]},S.createElement(Me,null,f.children)))}),G=j.forwardRef(function(i,a){let{inputRef:s=null,...l}=i;[i,a]=de(l,a,fn);let t=S.useContext(ee),m=Ue(j.useMemo(()=>Be(s,i.inputRef!==void 0?i.inputRef:null),[s,i.inputRef])),c=dn({...Ve(i),children:typeof i.children=="function"?!0:i.children},t,m);return S.createElement(fe.Provider,{value:{...c,inputRef:m,defaultClassName:"react-aria-Radio"}},S.createElement(bn,{...i,ref:a}))}),fe=j.createContext(null),bn=j.forwardRef(function(i,a){let{labelProps:s,inputProps:l,isSelected:t,isDisabled:m,isPressed:c,defaultClassName:u,inputRef:b}=j.useContext(fe),h=S.useContext(ee),{isFocused:r,isFocusVisible:p,focusProps:f}=ge(),x=m||h.isReadOnly,{hoverProps:d,isHovered:g}=ze({...i,isDisabled:x}),y=le({...i,defaultClassName:u,values:{isSelected:t,isPressed:c,isHovered:g,isFocused:r,isFocusVisible:p,isDisabled:m,isReadOnly:h.isReadOnly,isInvalid:h.isInvalid,isRequired:h.isRequired}}),v=Q(i,{global:!0});return delete v.id,delete v.onClick,S.createElement(ce.label,{...L(v,s,d,y),ref:a,"data-selected":t||void 0,"data-pressed":c||void 0,"data-hovered":g||void 0,"data-focused":r||void 0,"data-focus-visible":p||void 0,"data-disabled":m||void 0,"data-readonly":h.isReadOnly||void 0,"data-invalid":h.isInvalid||void 0,"data-required":h.isRequired||void 0},S.createElement(Ke,{elementType:"span"},S.createElement("input",{...L(l,f),ref:b})),y.children)}),o={documentTitle:"Niebieska Karta — Ostoja",back:"Wróć do listy kart",loading:"Wczytywanie karty…",loadError:"Nie udało się wczytać karty. Spróbuj ponownie.",retry:"Spróbuj ponownie",notFoundTitle:"Nie ma takiej karty",notFound:"Ta karta nie istnieje albo nie masz do niej dostępu.",title:e=>e?`Niebieska Karta: ${e}`:"Niebieska Karta",status:V.status,statusLabel:"Status",initiatedOn:"Wszczęta",initiator:"Wszczynający",institutions:P.institutions,violenceForms:"Formy przemocy",violence:P.violence,summary:"Podsumowanie",persons:"Osoby",personColumns:{name:"Imię i nazwisko",role:"Rola",pesel:"PESEL",born:"Data urodzenia",minor:"Małoletnia"},roles:P.roles,minor:"tak",adult:"nie",noPesel:"brak",deadlines:"Terminy",deadlineColumns:{kind:"Termin",due:"Do dnia",state:"Stan"},deadlineKind:V.deadlineKind,deadlineState:{PENDING:"oczekuje",MET:"dotrzymany",OVERDUE:"przekroczony",CANCELLED:"bezprzedmiotowy"},metOn:e=>`spełniony ${e}`,metLate:e=>`spełniony po terminie ${e}`,overdue:V.overdue,dueToday:V.dueToday,dueSoon:V.dueSoon,days:V.days,noDeadlines:"Brak terminów.",history:"Przebieg procedury",historyColumns:{step:"Krok",who:"Kto",when:"Kiedy"},steps:{OPENED:"Wszczęcie procedury (NK-A)",UPDATED:"Poprawienie formularza NK-A",SENT_TO_CHAIR:"Przekazanie przewodniczącemu",ATTACHED:"Dołączenie do prowadzonej procedury",SUBSEQUENT_NK_A:"Dołączenie kolejnego formularza NK-A",GROUP_SET_UP:"Powołanie grupy diagnostyczno-pomocowej",GROUP_CHANGED:"Zmiana składu grupy",FIRST_GROUP_MEETING:"Pierwsze posiedzenie grupy",GROUP_MEETING:"Posiedzenie grupy",VICTIM_FORM:"Formularz NK-C",PERPETRATOR_FORM:"Formularz NK-D",MONITORING_STARTED:"Rozpoczęcie monitorowania",HELP_PLAN_REVIEWED:"Przegląd planu pomocy",CLOSED:"Zakończenie procedury",MONITORING_ENDED:"Koniec monitorowania po zakończeniu"},unknownPerson:"—",forms:"Formularze",formKind:{NK_A:"NK-A",NK_A_SUBSEQUENT:"Kolejny NK-A",NK_C:"NK-C",NK_D:"NK-D"},formLine:(e,i,a)=>`${e}, ${i}${a?`, ${a}`:""}`,group:"Grupa diagnostyczno-pomocowa",noGroup:"Grupa nie została jeszcze powołana.",groupMember:(e,i)=>`${e} (${i})`,institutionKind:P.institutions,helpPlan:"Plan pomocy (NK-C)",actionPlan:"Plan działań (NK-D)",noPlan:"Brak pozycji.",planStatus:{PLANNED:"zaplanowane",IN_PROGRESS:"w realizacji",DONE:"zrealizowane",ABANDONED:"zaniechane"},planDue:e=>`do ${e}`,work:"Praca w sprawie",noWork:"Nie zapisano pracy.",workKind:{INTERVENTION:"Interwencja",CONSULTATION:"Porada",SOCIAL_CONTRACT:"Kontrakt socjalny",SHELTER_PLACEMENT:"Umieszczenie w schronieniu",MEDICAL_HELP:"Zorganizowana pomoc medyczna"},workVariant:{WITH_POLICE:"z udziałem policji",WITHOUT_POLICE:"bez udziału policji",SOCIAL:"socjalna",LEGAL:"prawna",PSYCHOLOGICAL:"psychologiczna",PEDAGOGICAL:"pedagogiczna"},matches:"Proponowane dopasowania",matchesIntro:"Ten formularz wskazuje osoby z prowadzonej procedury. Zdecyduj, czy dołączyć go do niej jako kolejny formularz NK-A, czy prowadzić odrębną procedurę; do tego czasu nie można powołać grupy.",matchProcedure:(e,i)=>`Procedura wszczęta ${i}: ${e}`,matchBasis:{PESEL:"zgodny PESEL osoby doznającej przemocy",NAME_AND_BIRTH_DATE:"zgodne imię, nazwisko i data urodzenia",CHAIR:"wskazana przez przewodniczącego"},attach:e=>`Dołącz do procedury: ${e}`,keepSeparate:"Prowadź jako odrębną procedurę",attached:"Formularz dołączony do prowadzonej procedury.",keptSeparate:"Formularz pozostaje odrębną procedurą.",actions:"Dostępne działania",noActions:"Nie możesz teraz podjąć żadnego kroku w tej procedurze.",action:{forward:"Przekaż przewodniczącemu zespołu",setUpGroup:"Powołaj grupę diagnostyczno-pomocową",changeGroup:"Zmień skład grupy",firstMeeting:"Zapisz pierwsze posiedzenie grupy",meeting:"Zapisz posiedzenie grupy",victimForm:"Wypełnij formularz NK-C",perpetratorForm:"Wypełnij formularz NK-D",startMonitoring:"Rozpocznij monitorowanie",reviewPlan:"Zapisz przegląd planu pomocy",close:"Zakończ procedurę",endMonitoring:"Zakończ monitorowanie po zakończeniu procedury",correctNkA:"Popraw formularz NK-A",recordWork:"Zapisz pracę w sprawie"},submit:"Zatwierdź",cancel:"Anuluj",sending:"Wysyłanie…",on:"Data",onHint:"Domyślnie dziś; format dd.mm.rrrr.",done:e=>`Zapisano: ${e}.`,members:"Członkowie grupy",compositionRule:"Grupa musi obejmować przedstawiciela jednostki organizacyjnej pomocy społecznej i policji; mogą w niej pracować tylko osoby, które podpisały oświadczenie o zachowaniu poufności.",compositionMet:"Skład spełnia wymogi ustawy.",memberOption:(e,i)=>`${e} — ${i}`,noStatement:"bez oświadczenia o poufności",person:"Osoba",choosePerson:"Wybierz osobę",diagnosis:"Diagnoza sytuacji",violenceHistory:"Historia przemocy (pierwszy, powtarzający się, najbardziej niebezpieczny i ostatni akt)",planItem:e=>`Pozycja planu ${e}`,addPlanItem:"Dodaj pozycję planu",removePlanItem:e=>`Usuń pozycję ${e}`,ground:"Podstawa zakończenia",grounds:{VIOLENCE_STOPPED_AND_PLAN_CARRIED_OUT:"ustanie przemocy domowej i zrealizowanie planu pomocy",UNFOUNDED:"brak zasadności podejmowania działań"},workKindLabel:"Rodzaj pracy",chooseWorkKind:"Wybierz rodzaj",variantLabel:"Odmiana",chooseVariant:"Wybierz odmianę",note:"Notatka",correction:{intro:"Zmień tylko to, co wymaga poprawienia; pozostałe pola zostaną bez zmian.",institution:P.institution,institutions:P.institutions,violenceForms:P.violenceForms,violence:P.violence,injuries:P.injuries,underAlcohol:P.underAlcohol,underDrugs:"Osoba stosująca przemoc była pod wpływem środków odurzających",firearmAccess:P.firearmAccess,children:P.children,childrenHint:"Od 0 do 30.",actionsTaken:P.actionsTaken,actions:P.actions,nkB:P.nkB,feelsSafe:"Czy osoba doznająca przemocy czuje się bezpieczna?",feelsSafeOptions:{yes:"tak",no:"nie"},feelsSafeUnknown:"nie ustalono",description:P.description,additionalInformation:"Dodatkowe informacje",nothingChanged:"Nie zmieniono żadnego pola."},planItemEdit:e=>`Zmień pozycję ${e}`,planItemForm:(e,i)=>`${e}: zmiana pozycji ${i}`,planItemDescription:"Opis",planItemStatus:"Stan realizacji",planItemDue:"Termin realizacji",planItemDueHint:"Format dd.mm.rrrr; pozostaw pusty, aby nie zmieniać.",planItemSaved:e=>`Zapisano zmianę pozycji ${e}.`,planItemAddTo:{HELP_PLAN:"Dodaj pozycję do planu pomocy",ACTION_PLAN:"Dodaj pozycję do planu działań"},planItemNewForm:e=>`${e}: nowa pozycja`,planItemKind:"Rodzaj pozycji",planItemKinds:{ACTION:"cel lub działanie",PROGRAMME_REFERRAL:"skierowanie do programu korekcyjno-edukacyjnego lub psychologiczno-terapeutycznego",PETTY_OFFENCE_NOTICE:"zawiadomienie o wykroczeniu z art. 66c Kodeksu wykroczeń"},programme:"Program",chooseProgramme:"Wybierz program",programmes:{CORRECTIVE_EDUCATIONAL:"program korekcyjno-edukacyjny",PSYCHOLOGICAL_THERAPEUTIC:"program psychologiczno-terapeutyczny"},responsible:"Osoba odpowiedzialna (nieobowiązkowo)",chooseResponsible:"Nie wskazano",planItemNewDueHint:"Nieobowiązkowy; format dd.mm.rrrr.",planItemAdded:e=>`Dodano pozycję: ${e}.`,planItemConflict:"Ktoś inny zmienił tę pozycję w międzyczasie. Odśwież kartę i spróbuj ponownie; wpisane dane zostaną zachowane.",problems:"Popraw zaznaczone pola:",failed:"Nie udało się zapisać. Wpisane dane są zachowane, spróbuj ponownie.",forbidden:"Nie możesz podjąć tego kroku.",conflict:"Ktoś inny zmienił tę kartę w międzyczasie. Odśwież kartę i spróbuj ponownie; wpisane dane zostaną zachowane.",reload:"Odśwież kartę",errors:{...P.errors,TOO_EARLY:"Data nie może być wcześniejsza niż poprzedni krok procedury.",ILLEGAL_TRANSITION:"Tego kroku nie można podjąć w obecnym stanie procedury.",NO_CHAIR:"Zespół interdyscyplinarny nie ma przewodniczącego.",NO_MATCH:"Nie ma dopasowania do rozstrzygnięcia.",MATCH_UNDECIDED:"Najpierw rozstrzygnij, czy dołączyć formularz do prowadzonej procedury.",SOCIAL_WORKER_REQUIRED:"W grupie musi być przedstawiciel pomocy społecznej.",POLICE_OFFICER_REQUIRED:"W grupie musi być przedstawiciel policji.",CONFIDENTIALITY_NOT_SIGNED:"Ta osoba nie podpisała oświadczenia o zachowaniu poufności.",DUPLICATE:"Ta osoba jest wybrana dwa razy.",NOT_FOUND:"Nie znaleziono.",MET_SEPARATELY:"Grupa spotyka się z osobą doznającą przemocy i z osobą stosującą przemoc oddzielnie.",HELP_PLAN_REQUIRED:"Najpierw wypełnij formularz NK-C z osobą doznającą przemocy.",ACTION_PLAN_REQUIRED:"Najpierw wypełnij formularz NK-D z osobą stosującą przemoc.",HELP_PLAN_NOT_CARRIED_OUT:"Plan pomocy nie jest zrealizowany.",MONITORING_NOT_OVER:"Monitorowanie po zakończeniu procedury jeszcze trwa.",PERPETRATOR_ONLY:"Ta pozycja należy do planu działań osoby stosującej przemoc.",NOT_APPLICABLE:"Nie dotyczy tego rodzaju.",TOO_LONG:"Tekst jest za długi.",INVALID:"Nieprawidłowa wartość."},fieldErrors:{"childrenInHousehold.INVALID":"Liczba dzieci musi wynosić od 0 do 30.","childrenInHousehold.NOT_A_NUMBER":"Podaj liczbę dzieci cyframi.","violenceForms.REQUIRED":"Wskaż co najmniej jedną formę przemocy.","description.REQUIRED":"Opis pozycji jest wymagany.","programme.REQUIRED":"Wskaż program, do którego kierowana jest osoba stosująca przemoc.","programme.NOT_APPLICABLE":"Program wskazuje się tylko przy skierowaniu do programu.","kind.PERPETRATOR_ONLY":"Ten rodzaj pozycji należy do planu działań osoby stosującej przemoc.","responsibleUserId.NOT_FOUND":"Nie ma takiej osoby w gminie."},unknownError:e=>`Popraw to pole (${e}).`},A=(e,i)=>(i?o.fieldErrors[`${i}.${e}`]:void 0)??o.errors[e]??o.unknownError(e);function T(){const e=He(),[i,a]=j.useState(null),[s,l]=j.useState(!1),t=async(u,b,h)=>{l(!0);const r=await e.mutation(u,b).toPromise();l(!1);const p=r.data,f=p?Object.values(p)[0]:null,x=on({error:r.error,payload:f});a(x),x.kind==="done"&&h()},m=i?.kind==="refused"?i.problems:{};return{outcome:i,sending:s,send:t,refuse:u=>a({kind:"refused",problems:u}),problems:m,problem:u=>m[u]}}function M(e){const{outcome:i}=e,a=l=>{l.preventDefault(),e.onSubmit()},s=i?.kind==="refused"?Object.entries(i.problems):[];return n.jsxs("form",{className:"action-form","aria-label":e.label,onSubmit:a,noValidate:!0,children:[n.jsxs("div",{role:"alert",className:i&&i.kind!=="done"||e.notice?"summary":void 0,children:[e.notice&&n.jsx("p",{children:e.notice}),s.length>0&&n.jsxs(n.Fragment,{children:[n.jsx("p",{children:o.problems}),n.jsx("ul",{children:s.map(([l,t])=>n.jsx("li",{children:A(t,l)},l))})]}),i?.kind==="conflict"&&n.jsxs("p",{children:[e.conflict??o.conflict," ",n.jsx(R,{className:"button secondary",onPress:e.reload,children:o.reload})]}),i?.kind==="forbidden"&&n.jsx("p",{children:o.forbidden}),i?.kind==="failed"&&n.jsx("p",{children:o.failed})]}),e.children,n.jsxs("div",{className:"actions",children:[n.jsx(R,{type:"submit",className:"button primary",isDisabled:e.sending,children:e.sending?o.sending:o.submit}),n.jsx(R,{className:"button secondary",onPress:e.onCancel,children:o.cancel})]})]})}function q(e){return n.jsx(ue,{type:"date",autoComplete:null,label:e.label??o.on,value:e.value,onChange:e.onChange,error:e.problem?A(e.problem):void 0,hint:o.onHint,autoFocus:e.autoFocus})}function K(e){const{problem:i,field:a,...s}=e;return n.jsx(Ge,{...s,error:i?A(i,a):void 0})}function E(e){const{problem:i,field:a,wide:s,type:l,...t}=e;return n.jsx(ue,{...t,type:l??null,autoComplete:null,className:s?"field wide":"field",error:i?A(i,a):void 0})}function te(e){const{problem:i,field:a,...s}=e;return n.jsx(We,{...s,error:i?A(i,a):void 0})}function hn(e){const i=e.details;return{initiatorInstitution:e.initiatorInstitution,violenceForms:[...e.violenceForms],injuries:i.injuries??"",perpetratorUnderAlcohol:i.perpetratorUnderAlcohol,perpetratorUnderDrugs:i.perpetratorUnderDrugs,firearmAccess:i.firearmAccess,childrenInHousehold:String(i.childrenInHousehold),actionsTaken:[...i.actionsTaken],nkBHandedOver:i.nkBHandedOver,victimFeelsSafe:i.victimFeelsSafe==null?"":i.victimFeelsSafe?"yes":"no",description:i.description??"",additionalInformation:i.additionalInformation??""}}const jn=(e,i)=>Array.isArray(e)&&Array.isArray(i)?e.length===i.length&&[...e].sort().join()===[...i].sort().join():e===i;function X(e,i){return{...e,...i}}function be(e,i){return Object.keys(i).filter(a=>!jn(i[a],e[a]))}function xn(e){const i={};return e.violenceForms.length===0&&(i.violenceForms="REQUIRED"),/^\s*\d+\s*$/.test(e.childrenInHousehold)||(i.childrenInHousehold="NOT_A_NUMBER"),i}function yn(e,i,a){const s=X(i,a),l={id:e.id,version:e.version};for(const t of be(i,a)){const m=s[t];if(t==="childrenInHousehold")l[t]=Number.parseInt(String(m).trim(),10);else if(t==="victimFeelsSafe"){if(m==="")continue;l[t]=m==="yes"}else l[t]=m}return Object.keys(l).length>2?l:null}function gn(e){return{status:e.status,description:e.description,dueOn:e.dueOn??""}}function zn(e){const i={};return e.description.trim()===""&&(i.description="REQUIRED"),i}function vn(e,i,a){const s=X(i,a),l={id:e.id,version:e.version};for(const t of be(i,a))t==="dueOn"&&s.dueOn===""||(l[t]=t==="description"?s.description.trim():s[t]);return Object.keys(l).length>2?l:null}const In={kind:"ACTION",programme:"",description:"",dueOn:"",responsibleUserId:""};function he(e){return e==="ACTION_PLAN"?["ACTION","PROGRAMME_REFERRAL","PETTY_OFFENCE_NOTICE"]:["ACTION"]}function $n(e){const i={};return e.description.trim()===""&&(i.description="REQUIRED"),i}function Nn(e,i,a){const s=he(i).includes(a.kind)?a.kind:"ACTION",l={blueCardId:e,plan:i,kind:s,description:a.description.trim()};return s==="PROGRAMME_REFERRAL"&&a.programme&&(l.programme=a.programme),a.dueOn&&(l.dueOn=a.dueOn),a.responsibleUserId&&(l.responsibleUserId=a.responsibleUserId),l}const $=o.correction,Pn=k(`
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
`);function kn({card:e,reload:i,onCancel:a,onDone:s}){const[l,t]=j.useState({}),[m,c]=j.useState(null),{outcome:u,sending:b,send:h,refuse:r,problem:p}=T(),f=hn(e),x=X(f,l),d=v=>I=>{c(null),t(O=>({...O,[v]:I}))},g=()=>{const v=xn(x);if(Object.keys(v).length>0)return r(v);const I=yn(e,f,l);if(!I)return c($.nothingChanged);h(Pn,{input:I},s)},y=(v,I)=>n.jsx(qe,{label:I,value:x[v],onChange:d(v)});return n.jsxs(M,{label:o.action.correctNkA,outcome:u,sending:b,reload:i,onCancel:a,onSubmit:g,notice:m,children:[n.jsx("p",{className:"hint",children:$.intro}),n.jsx(K,{label:$.institution,placeholder:$.institution,options:$.institutions,value:x.initiatorInstitution,onChange:d("initiatorInstitution"),problem:p("initiatorInstitution"),autoFocus:!0}),n.jsx(te,{label:$.violenceForms,options:$.violence,value:x.violenceForms,onChange:d("violenceForms"),problem:p("violenceForms"),field:"violenceForms"}),n.jsx(E,{label:$.injuries,value:x.injuries,onChange:d("injuries"),problem:p("injuries"),field:"injuries",rows:2,wide:!0}),y("perpetratorUnderAlcohol",$.underAlcohol),y("perpetratorUnderDrugs",$.underDrugs),y("firearmAccess",$.firearmAccess),n.jsx(E,{label:$.children,value:x.childrenInHousehold,onChange:d("childrenInHousehold"),problem:p("childrenInHousehold"),field:"childrenInHousehold",inputMode:"numeric",hint:$.childrenHint}),n.jsx(te,{label:$.actionsTaken,options:$.actions,value:x.actionsTaken,onChange:d("actionsTaken")}),y("nkBHandedOver",$.nkB),n.jsxs(J,{className:"checks",value:x.victimFeelsSafe,onChange:d("victimFeelsSafe"),children:[n.jsx(W,{className:"group-label",children:$.feelsSafe}),Object.entries($.feelsSafeOptions).map(([v,I])=>n.jsxs(G,{value:v,className:"check",children:[n.jsx("span",{className:"box round","aria-hidden":"true"}),I]},v)),f.victimFeelsSafe===""&&n.jsxs(G,{value:"",className:"check",children:[n.jsx("span",{className:"box round","aria-hidden":"true"}),$.feelsSafeUnknown]})]}),n.jsx(E,{label:$.description,value:x.description,onChange:d("description"),problem:p("description"),field:"description",rows:4,wide:!0}),n.jsx(E,{label:$.additionalInformation,value:x.additionalInformation,onChange:d("additionalInformation"),problem:p("additionalInformation"),field:"additionalInformation",rows:3,wide:!0})]})}const Cn=k(`
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
`),wn=k(`
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
`),On=k(`
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
`),En=k(`
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
`),Rn=k(`
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
`),Sn=k(`
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
`),An=k(`
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
`),Dn=k(`
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
`),Tn=k(`
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
`),Fn={forward:Cn,firstMeeting:se,meeting:se,startMonitoring:wn,reviewPlan:On,endMonitoring:En};function Ln({card:e,actions:i,members:a,reload:s,onDone:l}){const[t,m]=j.useState(null);return i.length===0?n.jsx("p",{children:o.noActions}):n.jsx("ul",{className:"card-actions",children:i.map(c=>n.jsxs("li",{children:[n.jsx(R,{className:"button secondary","aria-expanded":t===c,onPress:()=>m(t===c?null:c),children:o.action[c]}),t===c&&n.jsx(_n,{kind:c,card:e,members:a,reload:s,onCancel:()=>m(null),onDone:()=>{m(null),l(o.done(o.action[c]??c))}})]},c))})}function _n(e){const{kind:i}=e;return i==="setUpGroup"||i==="changeGroup"?n.jsx(Un,{...e}):i==="victimForm"||i==="perpetratorForm"?n.jsx(Bn,{...e}):i==="close"?n.jsx(Vn,{...e}):i==="recordWork"?n.jsx(Kn,{...e}):i==="correctNkA"?n.jsx(kn,{...e}):n.jsx(Mn,{...e})}function Mn({kind:e,card:i,reload:a,onCancel:s,onDone:l}){const[t,m]=j.useState(""),{outcome:c,sending:u,send:b,problem:h}=T(),r=Fn[e];return n.jsx(M,{label:o.action[e]??e,outcome:c,sending:u,reload:a,onCancel:s,onSubmit:()=>r&&void b(r,{input:sn(i,t)},l),children:n.jsx(q,{value:t,onChange:m,problem:h("on"),autoFocus:!0})})}function Un({kind:e,card:i,members:a,reload:s,onCancel:l,onDone:t}){const[m,c]=j.useState(()=>i.diagnosticGroup.map(y=>y.teamMemberId)),[u,b]=j.useState(""),{outcome:h,sending:r,send:p,problem:f}=T(),x=a.filter(y=>m.includes(y.id)).map(y=>y.institution),d=an(x),g=f("memberIds")??Object.entries(h?.kind==="refused"?h.problems:{}).find(([y])=>y.startsWith("memberIds."))?.[1];return n.jsxs(M,{label:o.action[e]??e,outcome:h,sending:r,reload:s,onCancel:l,onSubmit:()=>{p(Rn,{input:{id:i.id,version:i.version,memberIds:m,on:u||null}},t)},children:[n.jsxs(Ze,{className:"checks",value:m,onChange:c,isInvalid:!!g,children:[n.jsx(W,{className:"group-label",children:o.members}),n.jsx(Qe,{slot:"description",className:"hint",children:o.compositionRule}),a.map((y,v)=>n.jsxs(Ye,{value:y.id,className:"check",isDisabled:!y.confidentialitySignedOn,autoFocus:v===0,children:[n.jsx("span",{className:"box","aria-hidden":"true"}),o.memberOption(y.displayName??o.unknownPerson,o.institutionKind[y.institution]??y.institution),!y.confidentialitySignedOn&&` (${o.noStatement})`]},y.id)),n.jsx(Y,{className:"error",children:A(g??"")})]}),n.jsx("div",{"aria-live":"polite",className:"composition",children:d.length===0?n.jsx("p",{children:o.compositionMet}):n.jsx("ul",{children:d.map(y=>n.jsx("li",{children:A(y)},y))})}),n.jsx(q,{value:u,onChange:b,problem:f("on")})]})}function Bn({kind:e,card:i,reload:a,onCancel:s,onDone:l}){const t=e==="victimForm",m=i.persons.filter(z=>z.role===(t?"VICTIM":"PERPETRATOR")),[c,u]=j.useState(m[0]?.id??""),[b,h]=j.useState(""),[r,p]=j.useState(""),[f,x]=j.useState(""),[d,g]=j.useState([""]),{outcome:y,sending:v,send:I,problem:O}=T(),U=t?"helpPlan":"actionPlan",N=()=>{const z={id:i.id,version:i.version,personId:c,filledOn:b||null,diagnosis:r};t?I(Sn,{input:{...z,history:f.trim()||null,helpPlan:ae(d)}},l):I(An,{input:{...z,actionPlan:ae(d)}},l)};return n.jsxs(M,{label:o.action[e]??e,outcome:y,sending:v,reload:a,onCancel:s,onSubmit:N,children:[n.jsx(K,{label:o.person,placeholder:o.choosePerson,options:Object.fromEntries(m.map(z=>[z.id,`${z.firstName} ${z.lastName}`])),value:c,onChange:u,problem:O("personId"),autoFocus:!0}),n.jsx(q,{value:b,onChange:h,problem:O("filledOn")}),n.jsx(E,{label:o.diagnosis,value:r,onChange:p,problem:O("diagnosis"),rows:4,wide:!0}),t&&n.jsx(E,{label:o.violenceHistory,value:f,onChange:x,problem:O("history"),rows:3,wide:!0}),n.jsxs("fieldset",{children:[n.jsx("legend",{children:t?o.helpPlan:o.actionPlan}),d.map((z,C)=>n.jsxs("div",{className:"plan-row",children:[n.jsx(E,{label:o.planItem(C+1),value:z,onChange:w=>g(F=>F.map((H,Z)=>Z===C?w:H)),problem:O(`${U}.${C}.description`),wide:!0}),d.length>1&&n.jsx(R,{className:"button secondary",onPress:()=>g(w=>w.filter((F,H)=>H!==C)),children:o.removePlanItem(C+1)})]},C)),n.jsx(R,{className:"button secondary",onPress:()=>g(z=>[...z,""]),children:o.addPlanItem})]})]})}function Vn({kind:e,card:i,reload:a,onCancel:s,onDone:l}){const[t,m]=j.useState(""),[c,u]=j.useState(""),{outcome:b,sending:h,send:r,problem:p}=T(),[f,x]=j.useState(!1),d=()=>{if(!t){x(!0);return}r(Dn,{input:{id:i.id,version:i.version,ground:t,on:c||null}},l)},g=p("ground")??(f&&!t?"REQUIRED":void 0);return n.jsxs(M,{label:o.action[e]??e,outcome:b,sending:h,reload:a,onCancel:s,onSubmit:d,children:[n.jsxs(J,{className:"checks",value:t,onChange:m,isInvalid:!!g,children:[n.jsx(W,{className:"group-label",children:o.ground}),Object.entries(o.grounds).map(([y,v],I)=>n.jsxs(G,{value:y,className:"check",autoFocus:I===0,children:[n.jsx("span",{className:"box round","aria-hidden":"true"}),v]},y)),n.jsx(Y,{className:"error",children:A(g??"")})]}),n.jsx(q,{value:c,onChange:u,problem:p("on")})]})}function Kn({kind:e,card:i,reload:a,onCancel:s,onDone:l}){const[t,m]=j.useState(""),[c,u]=j.useState(""),[b,h]=j.useState(""),[r,p]=j.useState(""),[f,x]=j.useState(!1),{outcome:d,sending:g,send:y,problem:v}=T(),I=tn[t]??[],O=()=>{if(!t||I.length>0&&!c){x(!0);return}y(Tn,{input:{blueCardId:i.id,kind:t,variant:I.length>0?c:null,occurredOn:b||null,note:r.trim()||null}},l)},U=v("kind")??(f&&!t?"REQUIRED":void 0),N=v("variant")??(f&&I.length>0&&!c?"REQUIRED":void 0);return n.jsxs(M,{label:o.action[e]??e,outcome:d,sending:g,reload:a,onCancel:s,onSubmit:O,children:[n.jsx(K,{label:o.workKindLabel,placeholder:o.chooseWorkKind,options:o.workKind,value:t,onChange:z=>{m(z),u("")},problem:U,autoFocus:!0}),I.length>0&&n.jsx(K,{label:o.variantLabel,placeholder:o.chooseVariant,options:Object.fromEntries(I.map(z=>[z,o.workVariant[z]??z])),value:c,onChange:u,problem:N}),n.jsx(q,{value:b,onChange:h,problem:v("occurredOn")}),n.jsx(E,{label:o.note,value:r,onChange:p,problem:v("note"),rows:3,wide:!0})]})}const Hn=k(`
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
`),Gn=k(`
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
`),Wn=e=>o.errors[e]??o.unknownError(e);function qn({card:e,reload:i,onDone:a}){const{outcome:s,sending:l,send:t}=T(),m=(e.matchProposals??[]).filter(u=>u.decision==="PENDING"&&u.procedure);if(m.length===0)return null;const c=e.allowedSteps.includes("ATTACHED");return n.jsxs("section",{"aria-labelledby":"card-matches",children:[n.jsx("h2",{id:"card-matches",children:o.matches}),n.jsx("p",{children:o.matchesIntro}),n.jsxs("div",{role:"alert",className:s&&s.kind!=="done"?"summary":void 0,children:[s?.kind==="refused"&&n.jsx("ul",{children:Object.entries(s.problems).map(([u,b])=>n.jsx("li",{children:Wn(b)},u))}),s?.kind==="conflict"&&n.jsxs("p",{children:[o.conflict," ",n.jsx(R,{className:"button secondary",onPress:i,children:o.reload})]}),s?.kind==="forbidden"&&n.jsx("p",{children:o.forbidden}),s?.kind==="failed"&&n.jsx("p",{children:o.failed})]}),n.jsx("ul",{className:"card-actions",children:m.map(({procedure:u,basis:b})=>{if(!u)return null;const h=u.persons.filter(r=>r.role==="VICTIM").map(r=>`${r.firstName} ${r.lastName}`).join(", ");return n.jsxs("li",{children:[n.jsxs("p",{children:[n.jsx("a",{href:pe.card(u.id),children:o.matchProcedure(h,D(u.initiatedOn))})," ","— ",o.status[u.status]??u.status,"; ",o.matchBasis[b]??b]}),n.jsxs("div",{className:"actions",children:[c&&n.jsx(R,{className:"button primary",isDisabled:l,onPress:()=>{t(Hn,{input:{id:e.id,version:e.version,procedureId:u.id,procedureVersion:u.version}},()=>a(o.attached))},children:o.attach(h)}),n.jsx(R,{className:"button secondary",isDisabled:l,onPress:()=>{t(Gn,{input:{id:e.id,version:e.version,on:null}},()=>a(o.keptSeparate))},children:o.keepSeparate})]})]},u.id)})})]})}const Zn=k(`
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
`),Qn=k(`
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
`);function re({id:e,cardId:i,plan:a,title:s,members:l,items:t,mayEdit:m,reload:c,onDone:u}){const[b,h]=j.useState(null),[r,p]=j.useState(!1);return n.jsxs("section",{"aria-labelledby":`card-${e}`,children:[n.jsx("h2",{id:`card-${e}`,children:s}),t.length===0?n.jsx("p",{children:o.noPlan}):n.jsx("ol",{className:"plan-items",children:t.map((f,x)=>n.jsxs("li",{children:[f.description," — ",o.planStatus[f.status]??f.status,f.dueOn?`, ${o.planDue(D(f.dueOn))}`:"",f.responsibleName?`, ${f.responsibleName}`:""," ",m&&n.jsx(R,{className:"button secondary","aria-expanded":b===f.id,onPress:()=>h(b===f.id?null:f.id),children:o.planItemEdit(x+1)}),m&&b===f.id&&n.jsx(Yn,{label:o.planItemForm(s,x+1),item:f,reload:c,onCancel:()=>h(null),onDone:()=>{h(null),u(o.planItemSaved(x+1))}})]},f.id))}),m&&n.jsx(R,{className:"button secondary","aria-expanded":r,onPress:()=>p(!r),children:o.planItemAddTo[a]}),m&&r&&n.jsx(Jn,{label:o.planItemNewForm(s),cardId:i,plan:a,members:l,reload:c,onCancel:()=>p(!1),onDone:()=>{p(!1),u(o.planItemAdded(s))}})]})}function Yn(e){const{item:i}=e,[a,s]=j.useState({}),[l,t]=j.useState(null),{outcome:m,sending:c,send:u,refuse:b,problem:h}=T(),r=gn(i),p=X(r,a),f=d=>g=>{t(null),s(y=>({...y,[d]:g}))},x=()=>{const d=zn(p);if(Object.keys(d).length>0)return b(d);const g=vn(i,r,a);if(!g)return t(o.correction.nothingChanged);u(Zn,{input:g},e.onDone)};return n.jsxs(M,{label:e.label,outcome:m,sending:c,reload:e.reload,onCancel:e.onCancel,onSubmit:x,conflict:o.planItemConflict,notice:l,children:[n.jsxs(J,{className:"checks",value:p.status,onChange:f("status"),isInvalid:!!h("status"),children:[n.jsx(W,{className:"group-label",children:o.planItemStatus}),Object.entries(o.planStatus).map(([d,g],y)=>n.jsxs(G,{value:d,className:"check",autoFocus:d===p.status||y===0&&!p.status,children:[n.jsx("span",{className:"box round","aria-hidden":"true"}),g]},d)),n.jsx(Y,{className:"error",children:A(h("status")??"","status")})]}),n.jsx(E,{label:o.planItemDescription,value:p.description,onChange:f("description"),problem:h("description"),field:"description",wide:!0}),n.jsx(E,{label:o.planItemDue,type:"date",value:p.dueOn,onChange:f("dueOn"),problem:h("dueOn"),field:"dueOn",hint:o.planItemDueHint})]})}function Jn(e){const[i,a]=j.useState(In),{outcome:s,sending:l,send:t,refuse:m,problem:c}=T(),u=he(e.plan),b=p=>f=>a(x=>({...x,[p]:f})),h=()=>{const p=$n(i);if(Object.keys(p).length>0)return m(p);t(Qn,{input:Nn(e.cardId,e.plan,i)},e.onDone)},r=Object.fromEntries(e.members.map(p=>[p.userId,o.memberOption(p.displayName??o.unknownPerson,o.institutionKind[p.institution]??p.institution)]));return n.jsxs(M,{label:e.label,outcome:s,sending:l,reload:e.reload,onCancel:e.onCancel,onSubmit:h,children:[u.length>1&&n.jsxs(J,{className:"checks",value:i.kind,onChange:b("kind"),isInvalid:!!c("kind"),children:[n.jsx(W,{className:"group-label",children:o.planItemKind}),u.map(p=>n.jsxs(G,{value:p,className:"check",autoFocus:p===i.kind,children:[n.jsx("span",{className:"box round","aria-hidden":"true"}),o.planItemKinds[p]??p]},p)),n.jsx(Y,{className:"error",children:A(c("kind")??"","kind")})]}),i.kind==="PROGRAMME_REFERRAL"&&n.jsx(K,{label:o.programme,placeholder:o.chooseProgramme,options:o.programmes,value:i.programme,onChange:b("programme"),problem:c("programme"),field:"programme"}),n.jsx(E,{label:o.planItemDescription,value:i.description,onChange:b("description"),problem:c("description"),field:"description",wide:!0,autoFocus:u.length===1}),n.jsx(E,{label:o.planItemDue,type:"date",value:i.dueOn,onChange:b("dueOn"),problem:c("dueOn"),field:"dueOn",hint:o.planItemNewDueHint}),e.members.length>0&&n.jsx(K,{label:o.responsible,placeholder:o.chooseResponsible,options:r,value:i.responsibleUserId,onChange:b("responsibleUserId"),problem:c("responsibleUserId"),field:"responsibleUserId"})]})}const Xn=k(`
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
`);function ui({id:e}){const[{data:i,fetching:a,error:s},l]=Je({query:Xn,variables:{id:e}}),[t,m]=j.useState(null),c=j.useRef(null);j.useEffect(()=>{t&&c.current?.focus()},[t]);const u=()=>l({requestPolicy:"network-only"}),b=d=>{m(d),u()},h=i?.node,r=h&&"persons"in h?h:null,p=r?r.persons.filter(d=>d.role==="VICTIM").map(d=>`${d.firstName} ${d.lastName}`).join(", "):"";j.useEffect(()=>{document.title=o.documentTitle},[]);const f=n.jsx("p",{children:n.jsx("a",{href:pe.workList,children:o.back})});if(!i&&a)return n.jsx("p",{role:"status",children:o.loading});if(!r&&s)return n.jsxs(n.Fragment,{children:[f,n.jsxs("p",{role:"alert",children:[o.loadError," ",n.jsx(R,{className:"button secondary",onPress:u,children:o.retry})]})]});if(!r)return n.jsxs(n.Fragment,{children:[f,n.jsx("h1",{children:o.notFoundTitle}),n.jsx("p",{children:o.notFound})]});const x=i?.teams[0]?.members??[];return n.jsxs(n.Fragment,{children:[f,n.jsx("h1",{children:o.title(p)}),n.jsx("p",{role:"status",ref:c,tabIndex:-1,className:t?"notice":void 0,children:t}),n.jsx(ei,{card:r}),n.jsx(qn,{card:r,reload:u,onDone:b}),n.jsx(_,{id:"actions",title:o.actions,children:n.jsx(Ln,{card:r,actions:rn(r.allowedSteps,r.mayRecordWork),members:x,reload:u,onDone:b})}),n.jsx(ni,{card:r}),n.jsx(ii,{card:r}),n.jsx(ai,{card:r}),n.jsx(_,{id:"group",title:o.group,children:r.diagnosticGroup.length===0?n.jsx("p",{children:o.noGroup}):n.jsx("ul",{children:r.diagnosticGroup.map(d=>n.jsx("li",{children:o.groupMember(d.displayName??o.unknownPerson,o.institutionKind[d.institution]??d.institution)},d.teamMemberId))})}),n.jsx(re,{id:"help-plan",cardId:r.id,plan:"HELP_PLAN",title:o.helpPlan,members:x,items:r.helpPlan,mayEdit:r.mayAddPlanItems,reload:u,onDone:b}),n.jsx(re,{id:"action-plan",cardId:r.id,plan:"ACTION_PLAN",title:o.actionPlan,members:x,items:r.actionPlan,mayEdit:r.mayAddPlanItems,reload:u,onDone:b}),n.jsx(_,{id:"forms",title:o.forms,children:n.jsx("ul",{children:r.forms.map((d,g)=>n.jsx("li",{children:o.formLine(o.formKind[d.kind]??d.kind,D(d.filledOn),d.filledByName??"")},g))})}),n.jsx(_,{id:"work",title:o.work,children:r.work.length===0?n.jsx("p",{children:o.noWork}):n.jsx("ul",{children:r.work.map(d=>n.jsxs("li",{children:[D(d.occurredOn),": ",o.workKind[d.kind]??d.kind,d.variant?` (${o.workVariant[d.variant]??d.variant})`:"",d.recordedByName?`, ${d.recordedByName}`:"",d.note?` — ${d.note}`:""]},d.id))})})]})}function _({id:e,title:i,children:a}){return n.jsxs("section",{"aria-labelledby":`card-${e}`,children:[n.jsx("h2",{id:`card-${e}`,children:i}),a]})}function ei({card:e}){return n.jsxs("dl",{className:"facts","aria-label":o.summary,children:[n.jsxs("div",{children:[n.jsx("dt",{children:o.statusLabel}),n.jsx("dd",{"data-testid":"card-status",children:o.status[e.status]??e.status})]}),n.jsxs("div",{children:[n.jsx("dt",{children:o.initiatedOn}),n.jsx("dd",{children:D(e.initiatedOn)})]}),n.jsxs("div",{children:[n.jsx("dt",{children:o.initiator}),n.jsxs("dd",{children:[o.institutions[e.initiatorInstitution]??e.initiatorInstitution,e.initiatorName?`, ${e.initiatorName}`:""]})]}),n.jsxs("div",{children:[n.jsx("dt",{children:o.violenceForms}),n.jsx("dd",{children:e.violenceForms.map(i=>o.violence[i]??i).join(", ")})]})]})}function ni({card:e}){const i=o.personColumns;return n.jsx(_,{id:"persons",title:o.persons,children:n.jsxs("table",{className:"cards",children:[n.jsx("thead",{children:n.jsxs("tr",{children:[n.jsx("th",{scope:"col",children:i.name}),n.jsx("th",{scope:"col",children:i.role}),n.jsx("th",{scope:"col",children:i.pesel}),n.jsx("th",{scope:"col",children:i.born}),n.jsx("th",{scope:"col",children:i.minor})]})}),n.jsx("tbody",{children:e.persons.map(a=>n.jsxs("tr",{children:[n.jsxs("th",{scope:"row",children:[a.firstName," ",a.lastName]}),n.jsx("td",{children:o.roles[a.role]??a.role}),n.jsx("td",{children:a.pesel??o.noPesel}),n.jsx("td",{children:D(a.dateOfBirth)}),n.jsx("td",{children:a.minor?o.minor:o.adult})]},a.id))})]})})}function ii({card:e}){const i=Xe(),a=o.deadlineColumns;return e.deadlines.length===0?n.jsx(_,{id:"deadlines",title:o.deadlines,children:n.jsx("p",{children:o.noDeadlines})}):n.jsx(_,{id:"deadlines",title:o.deadlines,children:n.jsxs("table",{className:"cards",children:[n.jsx("thead",{children:n.jsxs("tr",{children:[n.jsx("th",{scope:"col",children:a.kind}),n.jsx("th",{scope:"col",children:a.due}),n.jsx("th",{scope:"col",children:a.state})]})}),n.jsx("tbody",{children:e.deadlines.map(s=>n.jsxs("tr",{children:[n.jsx("th",{scope:"row",children:o.deadlineKind[s.kind]??s.kind}),n.jsx("td",{children:D(s.dueOn)}),n.jsx("td",{children:n.jsx(oi,{deadline:s,today:i})})]},s.id))})]})})}function oi({deadline:e,today:i}){const a=nn([e],i);if(a){const s=a.urgency==="overdue"?o.overdue(oe(-a.days,o.days)):a.days===0?o.dueToday:a.urgency==="soon"?o.dueSoon(oe(a.days,o.days)):o.deadlineState[e.state]??e.state;return n.jsx("span",{className:`deadline ${a.urgency}`,children:n.jsx("strong",{className:"flag",children:s})})}return e.state==="MET"&&e.metOn?n.jsx("span",{children:e.metLate?o.metLate(D(e.metOn)):o.metOn(D(e.metOn))}):n.jsx("span",{children:o.deadlineState[e.state]??e.state})}function ai({card:e}){const i=o.historyColumns;return n.jsx(_,{id:"history",title:o.history,children:n.jsxs("table",{className:"cards",children:[n.jsx("thead",{children:n.jsxs("tr",{children:[n.jsx("th",{scope:"col",children:i.step}),n.jsx("th",{scope:"col",children:i.who}),n.jsx("th",{scope:"col",children:i.when})]})}),n.jsx("tbody",{children:e.history.map((a,s)=>n.jsxs("tr",{children:[n.jsx("th",{scope:"row",children:o.steps[a.step]??a.step}),n.jsx("td",{children:a.takenByName??o.unknownPerson}),n.jsx("td",{children:en(a.takenAt)})]},s))})]})})}export{ui as CardPage};
