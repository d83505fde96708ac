import{a as u,j as e}from"./session-xi3aDFnN.js";import{W as H,$ as v,t as X,X as Z,V as A,R as _,g,u as P,P as ee,O as ne,S as se,ad as te,U as ie,n as re}from"./app-Cb71uQ7i.js";import{o as ae}from"./actions-D-h9w59P.js";import{o as oe,D as le,n as de,e as ce,r as ue,a as me,b as he,c as pe}from"./DeadlineState-DPiWQ6Xz.js";import{m as K,C as M,T as U}from"./Fields-SWaj642G.js";import{t as n}from"./texts-nxgVZb-d.js";import"./client-CNtUrJ3e.js";import"./userErrors-BxTecZ1R.js";const fe=g(`
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
`),xe=g(`
  query IntakeHelpPoints($municipality: String!) {
    helpPoints(municipality: $municipality, first: 100) {
      nodes {
        id
        name
        national
      }
    }
  }
`),je=g(`
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
`),be=g(`
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
`),ge=g(`
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
`),ye=g(`
  query LinkableCards {
    blueCards(first: 100) {
      edges {
        node {
          id
          initiatedOn
          persons {
            role
            firstName
            lastName
          }
        }
      }
    }
  }
`),Ie=g(`
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
`);function Re({id:s}){const[{data:r,fetching:d,error:l},h]=H({query:fe,variables:{id:s}}),[a,$]=u.useState(()=>window.history.state?.notice??null),c=u.useRef(null);u.useEffect(()=>{a&&c.current?.focus()},[a]),u.useEffect(()=>{document.title=n.entryDocumentTitle},[]);const p=()=>h({requestPolicy:"network-only"}),y=r?.node,t=y&&"account"in y?y:null,j=r?.viewer.user?{id:r.viewer.user.id,displayName:r.viewer.displayName??n.you}:null,O=r?.teams[0]?.members??[],I=r?.viewer.municipality?.slug??"",T=t?oe(t.allowedSteps,t.kind):[],B=!!t&&(T.includes("respond")||t.actions.some(i=>i.helpPointId)),[D]=H({query:xe,variables:{municipality:I},pause:!B||!I}),w=(D.data?.helpPoints.nodes??[]).filter(i=>!i.national),C=e.jsx("p",{children:e.jsx("a",{href:_.intake,children:n.backToList})});if(!r&&d)return e.jsx("p",{role:"status",children:n.entryLoading});if(!t&&l)return e.jsxs(e.Fragment,{children:[C,e.jsxs("p",{role:"alert",children:[n.entryLoadError," ",e.jsx(v,{className:"button secondary",onPress:p,children:n.retry})]})]});if(!t)return e.jsxs(e.Fragment,{children:[C,e.jsx("h1",{children:n.notFoundTitle}),e.jsx("p",{children:n.notFound})]});const N=i=>de(i,j,O,n.staffMember),R=i=>w.find(k=>k.id===i)?.name??n.unknownPoint,F=X();return e.jsxs(e.Fragment,{children:[C,e.jsx("h1",{children:n.kind[t.kind]??t.kind}),e.jsx("p",{role:"status",ref:c,tabIndex:-1,className:a?"notice":void 0,children:a}),e.jsxs("dl",{className:"facts",children:[e.jsx(f,{term:n.facts.received,children:Z(t.receivedAt)}),e.jsx(f,{term:n.facts.channel,children:n.channel[t.channel]??t.channel}),e.jsx(f,{term:n.facts.urgency,children:n.urgency[t.urgency]??t.urgency}),e.jsx(f,{term:n.facts.status,children:n.status[t.status]??t.status}),e.jsx(f,{term:n.deadline,children:e.jsx(le,{deadline:t.responseDeadline,today:F})}),e.jsx(f,{term:n.facts.takenBy,children:N(t.takenById)}),e.jsx(f,{term:n.facts.reporter,children:t.anonymous||!t.reporter?n.anonymousReporter:[t.reporter.name,t.reporter.contact].filter(Boolean).join(", ")||n.reporterUnknown}),e.jsx(f,{term:n.facts.assignees,children:t.assigneeIds.length===0?n.nobody:t.assigneeIds.map(N).join(", ")}),t.closedOn&&e.jsx(f,{term:n.facts.closedOn,children:A(t.closedOn)}),t.blueCardId&&e.jsx(f,{term:n.facts.blueCard,children:e.jsx("a",{href:_.card(t.blueCardId),children:n.openCard})})]}),e.jsx(S,{id:"steps",title:n.stepsTitle,children:e.jsx(ve,{entry:t,forms:T,viewer:j,members:O,points:w,reload:p,onDone:i=>{$(i),p()}})}),e.jsx(S,{id:"account",title:n.accountTitle,children:e.jsx("p",{className:"account",children:t.account})}),e.jsx(S,{id:"persons",title:n.personsTitle,children:t.persons.length===0?e.jsx("p",{children:n.noPersons}):e.jsx("ul",{children:t.persons.map((i,k)=>e.jsxs("li",{children:[e.jsx("strong",{children:[i.firstName,i.lastName].filter(Boolean).join(" ")})," — ",n.roles[i.role]??i.role,i.pesel&&e.jsxs(e.Fragment,{children:[", PESEL ",i.pesel]}),i.dateOfBirth&&e.jsxs(e.Fragment,{children:[", ",n.born(A(i.dateOfBirth))]}),i.sex&&e.jsxs(e.Fragment,{children:[", ",n.sexes[i.sex]??i.sex]}),i.address&&e.jsxs(e.Fragment,{children:[", ",i.address]}),i.phone&&e.jsxs(e.Fragment,{children:[", ",i.phone]})]},k))})}),e.jsx(S,{id:"actions",title:n.actionsTitle,children:t.actions.length===0?e.jsx("p",{children:n.noActions}):e.jsx("ol",{children:t.actions.map((i,k)=>e.jsxs("li",{children:[n.actionLine(n.actionKind[i.kind]??i.kind,A(i.on),N(i.recordedById)),i.helpPointId&&e.jsx("div",{children:n.referredTo(R(i.helpPointId))}),i.note&&e.jsx("div",{className:"muted",children:i.note})]},k))})})]})}function f({term:s,children:r}){return e.jsxs("div",{children:[e.jsx("dt",{children:s}),e.jsx("dd",{children:r})]})}function S({id:s,title:r,children:d}){return e.jsxs("section",{"aria-labelledby":`intake-${s}`,children:[e.jsx("h2",{id:`intake-${s}`,children:r}),d]})}function ve(s){const[r,d]=u.useState(null);if(s.forms.length===0)return e.jsx("p",{children:n.noSteps});const l=a=>{d(null),s.onDone(a)},h={respond:n.respond,assign:n.assign,close:n.close,convert:n.convert,link:n.link};return e.jsx("ul",{className:"card-actions",children:s.forms.map(a=>e.jsx("li",{children:a==="convert"?e.jsx(Ce,{entry:s.entry}):r===a?e.jsx(Ne,{kind:a,label:h[a],...s,onDone:l,onCancel:()=>d(null)}):e.jsx(v,{className:"button secondary",onPress:()=>d(a),children:h[a]})},a))})}function Ce({entry:s}){const[{fetching:r},d]=P(Ie),[l,h]=u.useState(null),a=async()=>{h(null);const c=(await d({input:{id:s.id}})).data?.convertIntakeToBlueCard;if(c?.prefill){re(_.newCard,!1,{fromIntake:{intakeId:s.id,version:s.version,prefill:c.prefill}});return}const p=c?.userErrors[0]?.code;h(p?K(p):n.failed)};return e.jsxs(e.Fragment,{children:[e.jsx(v,{className:"button primary",onPress:()=>{a()},isDisabled:r,children:r?n.converting:n.convert}),e.jsx("p",{role:"alert",className:l?"error":void 0,children:l})]})}function Ne(s){const{entry:r}=s,d=X(),[l,h]=u.useState(null),[a,$]=u.useState(!1),[c,p]=u.useState(ce),[y,t]=u.useState(()=>[...r.assigneeIds]),[j,O]=u.useState(""),[I,T]=u.useState(""),[B,D]=P(je),[w,C]=P(ke),[N,R]=P(be),[F,i]=P(ge),k=B.fetching||w.fetching||N.fetching||F.fetching,Q=u.useRef(null);u.useEffect(()=>{Q.current?.querySelector("input, button, textarea")?.focus()},[]);const L=s.kind==="respond"?ue(c,d):s.kind==="link"?I.trim()?{}:{blueCardId:"REQUIRED"}:j&&j>d?{on:"IN_FUTURE"}:{},V=l?.kind==="refused"?l.problems:{},b=o=>V[o]??(a?L[o]:void 0),z=async o=>{if(o.preventDefault(),$(!0),Object.keys(L).length>0)return;const m={id:r.id,version:r.version};let x,E;switch(s.kind){case"respond":x=await D({input:he(r,c)}),E=x.data?.respondToIntake;break;case"assign":x=await C({input:{...m,userIds:y}}),E=x.data?.assignIntake;break;case"close":x=await R({input:{...m,on:j||null}}),E=x.data?.closeIntake;break;case"link":x=await i({input:{...m,blueCardId:I.trim(),on:j||null}}),E=x.data?.linkIntakeToBlueCard;break}const W=ae({error:x.error,payload:E});h(W),W.kind==="done"&&s.onDone(n.done[s.kind])},q=Object.entries({...a?L:{},...V}),G=me(s.viewer,s.members),J=Object.fromEntries(Object.entries(n.actionKind).filter(([o])=>o!=="BLUE_CARD_OPENED")),Y=Object.fromEntries(s.points.map(o=>[o.id,o.name]));return e.jsxs("form",{className:"action-form","aria-label":s.label,onSubmit:z,noValidate:!0,children:[e.jsx("h3",{children:s.label}),e.jsxs("div",{role:"alert",className:q.length||l&&l.kind!=="done"&&l.kind!=="refused"?"summary":void 0,children:[q.length>0&&e.jsxs(e.Fragment,{children:[e.jsx("p",{children:n.summary}),e.jsx("ul",{children:q.map(([o,m])=>e.jsx("li",{children:K(m)},o))})]}),l?.kind==="conflict"&&e.jsxs("p",{children:[n.conflict," ",e.jsx(v,{className:"button secondary",onPress:s.reload,children:n.reload})]}),l?.kind==="forbidden"&&e.jsx("p",{children:n.forbidden}),l?.kind==="failed"&&e.jsx("p",{children:n.failed})]}),e.jsxs("div",{ref:Q,className:"form-fields",children:[s.kind==="respond"&&e.jsxs(e.Fragment,{children:[e.jsx(M,{id:"intake-respond-kind",label:n.responseKind,placeholder:n.choose,options:J,value:c.kind,onChange:o=>p(m=>({...m,kind:o})),problem:b("kind")}),c.kind==="REFERRED_TO_HELP_POINT"&&(s.points.length===0?e.jsx("p",{children:n.noPoints}):e.jsx(M,{id:"intake-respond-point",label:n.helpPoint,placeholder:n.choosePoint,options:Y,value:c.helpPointId,onChange:o=>p(m=>({...m,helpPointId:o})),problem:b("helpPointId")})),e.jsx(U,{id:"intake-respond-on",label:n.on,type:"date",hint:n.onHint,value:c.on,onChange:o=>p(m=>({...m,on:o})),problem:b("on")}),e.jsx(U,{id:"intake-respond-note",label:n.note,value:c.note,onChange:o=>p(m=>({...m,note:o})),problem:b("note"),multiline:!0,wide:!0})]}),s.kind==="assign"&&e.jsxs(ee,{className:"checks",value:y,onChange:t,isInvalid:!!b("userIds"),children:[e.jsx(ne,{className:"group-label",children:n.assignees}),e.jsx("span",{className:"hint",children:n.assigneesHint}),G.map(o=>e.jsx(se,{value:o.id,className:"check",children:e.jsx(te,{children:o.name})},o.id)),e.jsx(ie,{className:"error",children:K(b("userIds")??"")})]}),s.kind==="close"&&e.jsx("p",{children:n.closeConfirm}),s.kind==="link"&&e.jsx(Ee,{value:I,onChange:T,problem:b("blueCardId")}),(s.kind==="close"||s.kind==="link")&&e.jsx(U,{id:`intake-${s.kind}-on`,label:n.on,type:"date",hint:n.onHint,value:j,onChange:O,problem:b("on")})]}),e.jsxs("div",{className:"actions",children:[e.jsx(v,{type:"submit",className:"button primary",isDisabled:k,children:k?n.sending:n.save}),e.jsx(v,{className:"button secondary",onPress:s.onCancel,children:n.cancel})]})]})}function Ee(s){const[{data:r,fetching:d}]=H({query:ye});if(!r&&d)return e.jsx("p",{role:"status",children:n.cardsLoading});const l=r?.blueCards.edges.map(a=>a.node)??[];if(l.length===0)return e.jsx("p",{children:n.noCards});const h=Object.fromEntries(l.map(a=>[a.id,pe(a)]));return e.jsx(M,{id:"intake-link-card",label:n.blueCard,placeholder:n.choose,options:h,value:s.value,onChange:s.onChange,problem:s.problem})}export{Re as IntakePage};
