import{a as c,j as e}from"./session-n7LnAU4d.js";import{W as V,d as v,t as X,X as Z,V as H,R as U,l as g,u as P,a as ee,c as ne,n as se}from"./app-DkmOaObw.js";import{$ as te,a as ie}from"./userErrors-DfJRY-Ye.js";import{o as re}from"./actions-CJnHQ6Pt.js";import{o as ae,D as oe,n as le,e as de,r as ce,a as ue,b as me}from"./DeadlineState-BFUmuEeU.js";import{m as _,C as W,T as B,B as he}from"./Fields-Di4hMG4x.js";import{t as n}from"./texts-tvgjxx22.js";import"./client-CNtUrJ3e.js";const pe=g(`
  query IntakeEntryPage($id: ID!) {
    node(id: $id) {
      ... on IntakeEntry {
        id
        receivedAt
        channel
        kind
        urgency
        status
        takenById
        anonymous
        reporter {
          name
          contact
        }
        account
        persons {
          role
          firstName
          lastName
          pesel
          dateOfBirth
          sex
          address
          phone
        }
        assigneeIds
        actions {
          kind
          on
          helpPointId
          note
          recordedById
        }
        responseDeadline {
          dueOn
          state
          metOn
          metLate
        }
        blueCardId
        allowedSteps
        closedOn
        version
      }
    }
    viewer {
      displayName
      user {
        id
      }
      municipality {
        slug
      }
    }
    teams {
      members {
        userId
        displayName
      }
    }
  }
`),fe=g(`
  query IntakeHelpPoints($municipality: String!) {
    helpPoints(municipality: $municipality, first: 100) {
      nodes {
        id
        name
        national
      }
    }
  }
`),xe=g(`
  mutation RespondToIntake($input: RespondToIntakeInput!) {
    respondToIntake(input: $input) {
      intakeEntry {
        id
        version
      }
      userErrors {
        field
        code
      }
    }
  }
`),ke=g(`
  mutation AssignIntake($input: AssignIntakeInput!) {
    assignIntake(input: $input) {
      intakeEntry {
        id
        version
      }
      userErrors {
        field
        code
      }
    }
  }
`),je=g(`
  mutation CloseIntake($input: CloseIntakeInput!) {
    closeIntake(input: $input) {
      intakeEntry {
        id
        version
      }
      userErrors {
        field
        code
      }
    }
  }
`),be=g(`
  mutation LinkIntake($input: LinkIntakeToBlueCardInput!) {
    linkIntakeToBlueCard(input: $input) {
      intakeEntry {
        id
        version
      }
      userErrors {
        field
        code
      }
    }
  }
`),ge=g(`
  mutation ConvertIntakeToBlueCard($input: ConvertIntakeToBlueCardInput!) {
    convertIntakeToBlueCard(input: $input) {
      prefill {
        initiatedOn
        description
        persons {
          role
          firstName
          lastName
          pesel
          dateOfBirth
          sex
          address
          phone
        }
      }
      userErrors {
        field
        code
      }
    }
  }
`);function Be({id:s}){const[{data:a,fetching:m,error:l},f]=V({query:pe,variables:{id:s}}),[o,$]=c.useState(()=>window.history.state?.notice??null),d=c.useRef(null);c.useEffect(()=>{o&&d.current?.focus()},[o]),c.useEffect(()=>{document.title=n.entryDocumentTitle},[]);const h=()=>f({requestPolicy:"network-only"}),I=a?.node,t=I&&"account"in I?I:null,k=a?.viewer.user?{id:a.viewer.user.id,displayName:a.viewer.displayName??n.you}:null,T=a?.teams[0]?.members??[],y=a?.viewer.municipality?.slug??"",O=t?ae(t.allowedSteps,t.kind):[],D=!!t&&(O.includes("respond")||t.actions.some(i=>i.helpPointId)),[R]=V({query:fe,variables:{municipality:y},pause:!D||!y}),w=(R.data?.helpPoints.nodes??[]).filter(i=>!i.national),C=e.jsx("p",{children:e.jsx("a",{href:U.intake,children:n.backToList})});if(!a&&m)return e.jsx("p",{role:"status",children:n.entryLoading});if(!t&&l)return e.jsxs(e.Fragment,{children:[C,e.jsxs("p",{role:"alert",children:[n.entryLoadError," ",e.jsx(v,{className:"button secondary",onPress:h,children:n.retry})]})]});if(!t)return e.jsxs(e.Fragment,{children:[C,e.jsx("h1",{children:n.notFoundTitle}),e.jsx("p",{children:n.notFound})]});const N=i=>le(i,k,T,n.staffMember),F=i=>w.find(j=>j.id===i)?.name??n.unknownPoint,L=X();return e.jsxs(e.Fragment,{children:[C,e.jsx("h1",{children:n.kind[t.kind]??t.kind}),e.jsx("p",{role:"status",ref:d,tabIndex:-1,className:o?"notice":void 0,children:o}),e.jsxs("dl",{className:"facts",children:[e.jsx(p,{term:n.facts.received,children:Z(t.receivedAt)}),e.jsx(p,{term:n.facts.channel,children:n.channel[t.channel]??t.channel}),e.jsx(p,{term:n.facts.urgency,children:n.urgency[t.urgency]??t.urgency}),e.jsx(p,{term:n.facts.status,children:n.status[t.status]??t.status}),e.jsx(p,{term:n.deadline,children:e.jsx(oe,{deadline:t.responseDeadline,today:L})}),e.jsx(p,{term:n.facts.takenBy,children:N(t.takenById)}),e.jsx(p,{term:n.facts.reporter,children:t.anonymous||!t.reporter?n.anonymousReporter:[t.reporter.name,t.reporter.contact].filter(Boolean).join(", ")||n.reporterUnknown}),e.jsx(p,{term:n.facts.assignees,children:t.assigneeIds.length===0?n.nobody:t.assigneeIds.map(N).join(", ")}),t.closedOn&&e.jsx(p,{term:n.facts.closedOn,children:H(t.closedOn)}),t.blueCardId&&e.jsx(p,{term:n.facts.blueCard,children:e.jsx("a",{href:U.card(t.blueCardId),children:n.openCard})})]}),e.jsx(S,{id:"steps",title:n.stepsTitle,children:e.jsx(Ie,{entry:t,forms:O,viewer:k,members:T,points:w,reload:h,onDone:i=>{$(i),h()}})}),e.jsx(S,{id:"account",title:n.accountTitle,children:e.jsx("p",{className:"account",children:t.account})}),e.jsx(S,{id:"persons",title:n.personsTitle,children:t.persons.length===0?e.jsx("p",{children:n.noPersons}):e.jsx("ul",{children:t.persons.map((i,j)=>e.jsxs("li",{children:[e.jsx("strong",{children:[i.firstName,i.lastName].filter(Boolean).join(" ")})," — ",n.roles[i.role]??i.role,i.pesel&&e.jsxs(e.Fragment,{children:[", PESEL ",i.pesel]}),i.dateOfBirth&&e.jsxs(e.Fragment,{children:[", ",n.born(H(i.dateOfBirth))]}),i.sex&&e.jsxs(e.Fragment,{children:[", ",n.sexes[i.sex]??i.sex]}),i.address&&e.jsxs(e.Fragment,{children:[", ",i.address]}),i.phone&&e.jsxs(e.Fragment,{children:[", ",i.phone]})]},j))})}),e.jsx(S,{id:"actions",title:n.actionsTitle,children:t.actions.length===0?e.jsx("p",{children:n.noActions}):e.jsx("ol",{children:t.actions.map((i,j)=>e.jsxs("li",{children:[n.actionLine(n.actionKind[i.kind]??i.kind,H(i.on),N(i.recordedById)),i.helpPointId&&e.jsx("div",{children:n.referredTo(F(i.helpPointId))}),i.note&&e.jsx("div",{className:"muted",children:i.note})]},j))})})]})}function p({term:s,children:a}){return e.jsxs("div",{children:[e.jsx("dt",{children:s}),e.jsx("dd",{children:a})]})}function S({id:s,title:a,children:m}){return e.jsxs("section",{"aria-labelledby":`intake-${s}`,children:[e.jsx("h2",{id:`intake-${s}`,children:a}),m]})}function Ie(s){const[a,m]=c.useState(null);if(s.forms.length===0)return e.jsx("p",{children:n.noSteps});const l=o=>{m(null),s.onDone(o)},f={respond:n.respond,assign:n.assign,close:n.close,convert:n.convert,link:n.link};return e.jsx("ul",{className:"card-actions",children:s.forms.map(o=>e.jsx("li",{children:o==="convert"?e.jsx(ye,{entry:s.entry}):a===o?e.jsx(ve,{kind:o,label:f[o],...s,onDone:l,onCancel:()=>m(null)}):e.jsx(v,{className:"button secondary",onPress:()=>m(o),children:f[o]})},o))})}function ye({entry:s}){const[{fetching:a},m]=P(ge),[l,f]=c.useState(null),o=async()=>{f(null);const d=(await m({input:{id:s.id}})).data?.convertIntakeToBlueCard;if(d?.prefill){se(U.newCard,!1,{fromIntake:{intakeId:s.id,version:s.version,prefill:d.prefill}});return}const h=d?.userErrors[0]?.code;f(h?_(h):n.failed)};return e.jsxs(e.Fragment,{children:[e.jsx(v,{className:"button primary",onPress:()=>{o()},isDisabled:a,children:a?n.converting:n.convert}),e.jsx("p",{role:"alert",className:l?"error":void 0,children:l})]})}function ve(s){const{entry:a}=s,m=X(),[l,f]=c.useState(null),[o,$]=c.useState(!1),[d,h]=c.useState(de),[I,t]=c.useState(()=>[...a.assigneeIds]),[k,T]=c.useState(""),[y,O]=c.useState(""),[D,R]=P(xe),[w,C]=P(ke),[N,F]=P(je),[L,i]=P(be),j=D.fetching||w.fetching||N.fetching||L.fetching,K=c.useRef(null);c.useEffect(()=>{K.current?.querySelector("input, button, textarea")?.focus()},[]);const A=s.kind==="respond"?ce(d,m):s.kind==="link"?y.trim()?{}:{blueCardId:"REQUIRED"}:k&&k>m?{on:"IN_FUTURE"}:{},M=l?.kind==="refused"?l.problems:{},b=r=>M[r]??(o?A[r]:void 0),z=async r=>{if(r.preventDefault(),$(!0),Object.keys(A).length>0)return;const u={id:a.id,version:a.version};let x,E;switch(s.kind){case"respond":x=await R({input:me(a,d)}),E=x.data?.respondToIntake;break;case"assign":x=await C({input:{...u,userIds:I}}),E=x.data?.assignIntake;break;case"close":x=await F({input:{...u,on:k||null}}),E=x.data?.closeIntake;break;case"link":x=await i({input:{...u,blueCardId:y.trim(),on:k||null}}),E=x.data?.linkIntakeToBlueCard;break}const Q=re({error:x.error,payload:E});f(Q),Q.kind==="done"&&s.onDone(n.done[s.kind])},q=Object.entries({...o?A:{},...M}),G=ue(s.viewer,s.members),J=Object.fromEntries(Object.entries(n.actionKind).filter(([r])=>r!=="BLUE_CARD_OPENED")),Y=Object.fromEntries(s.points.map(r=>[r.id,r.name]));return e.jsxs("form",{className:"action-form","aria-label":s.label,onSubmit:z,noValidate:!0,children:[e.jsx("h3",{children:s.label}),e.jsxs("div",{role:"alert",className:q.length||l&&l.kind!=="done"&&l.kind!=="refused"?"summary":void 0,children:[q.length>0&&e.jsxs(e.Fragment,{children:[e.jsx("p",{children:n.summary}),e.jsx("ul",{children:q.map(([r,u])=>e.jsx("li",{children:_(u)},r))})]}),l?.kind==="conflict"&&e.jsxs("p",{children:[n.conflict," ",e.jsx(v,{className:"button secondary",onPress:s.reload,children:n.reload})]}),l?.kind==="forbidden"&&e.jsx("p",{children:n.forbidden}),l?.kind==="failed"&&e.jsx("p",{children:n.failed})]}),e.jsxs("div",{ref:K,className:"form-fields",children:[s.kind==="respond"&&e.jsxs(e.Fragment,{children:[e.jsx(W,{id:"intake-respond-kind",label:n.responseKind,placeholder:n.choose,options:J,value:d.kind,onChange:r=>h(u=>({...u,kind:r})),problem:b("kind")}),d.kind==="REFERRED_TO_HELP_POINT"&&(s.points.length===0?e.jsx("p",{children:n.noPoints}):e.jsx(W,{id:"intake-respond-point",label:n.helpPoint,placeholder:n.choosePoint,options:Y,value:d.helpPointId,onChange:r=>h(u=>({...u,helpPointId:r})),problem:b("helpPointId")})),e.jsx(B,{id:"intake-respond-on",label:n.on,type:"date",hint:n.onHint,value:d.on,onChange:r=>h(u=>({...u,on:r})),problem:b("on")}),e.jsx(B,{id:"intake-respond-note",label:n.note,value:d.note,onChange:r=>h(u=>({...u,note:r})),problem:b("note"),multiline:!0,wide:!0})]}),s.kind==="assign"&&e.jsxs(te,{className:"checks",value:I,onChange:t,isInvalid:!!b("userIds"),children:[e.jsx(ee,{className:"group-label",children:n.assignees}),e.jsx("span",{className:"hint",children:n.assigneesHint}),G.map(r=>e.jsx(ie,{value:r.id,className:"check",children:e.jsx(he,{children:r.name})},r.id)),e.jsx(ne,{className:"error",children:_(b("userIds")??"")})]}),s.kind==="close"&&e.jsx("p",{children:n.closeConfirm}),s.kind==="link"&&e.jsx(B,{id:"intake-link-card",label:n.blueCardId,hint:n.blueCardIdHint,value:y,onChange:O,problem:b("blueCardId")}),(s.kind==="close"||s.kind==="link")&&e.jsx(B,{id:`intake-${s.kind}-on`,label:n.on,type:"date",hint:n.onHint,value:k,onChange:T,problem:b("on")})]}),e.jsxs("div",{className:"actions",children:[e.jsx(v,{type:"submit",className:"button primary",isDisabled:j,children:j?n.sending:n.save}),e.jsx(v,{className:"button secondary",onPress:s.onCancel,children:n.cancel})]})]})}export{Be as IntakePage};
