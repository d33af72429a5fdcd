(()=>{var a5=Object.create;var Qu=Object.defineProperty;var l5=Object.getOwnPropertyDescriptor;var c5=Object.getOwnPropertyNames;var s5=Object.getPrototypeOf,d5=Object.prototype.hasOwnProperty;var u5=(e,t,r)=>t in e?Qu(e,t,{enumerable:!0,configurable:!0,writable:!0,value:r}):e[t]=r;var we=(e,t)=>()=>{try{return t||e((t={exports:{}}).exports,t),t.exports}catch(r){throw t=0,r}};var f5=(e,t,r,n)=>{if(t&&typeof t=="object"||typeof t=="function")for(let o of c5(t))!d5.call(e,o)&&o!==r&&Qu(e,o,{get:()=>t[o],enumerable:!(n=l5(t,o))||n.enumerable});return e};var k=(e,t,r)=>(r=e!=null?a5(s5(e)):{},f5(t||!e||!e.__esModule?Qu(r,"default",{value:e,enumerable:!0}):r,e));var Ha=(e,t,r)=>u5(e,typeof t!="symbol"?t+"":t,r);var Q0=we(V=>{"use strict";var Va=Symbol.for("react.element"),p5=Symbol.for("react.portal"),m5=Symbol.for("react.fragment"),h5=Symbol.for("react.strict_mode"),v5=Symbol.for("react.profiler"),g5=Symbol.for("react.provider"),b5=Symbol.for("react.context"),y5=Symbol.for("react.forward_ref"),_5=Symbol.for("react.suspense"),x5=Symbol.for("react.memo"),k5=Symbol.for("react.lazy"),j0=Symbol.iterator;function w5(e){return e===null||typeof e!="object"?null:(e=j0&&e[j0]||e["@@iterator"],typeof e=="function"?e:null)}var H0={isMounted:function(){return!1},enqueueForceUpdate:function(){},enqueueReplaceState:function(){},enqueueSetState:function(){}},V0=Object.assign,G0={};function _i(e,t,r){this.props=e,this.context=t,this.refs=G0,this.updater=r||H0}_i.prototype.isReactComponent={};_i.prototype.setState=function(e,t){if(typeof e!="object"&&typeof e!="function"&&e!=null)throw Error("setState(...): takes an object of state variables to update or a function which returns an object of state variables.");this.updater.enqueueSetState(this,e,t,"setState")};_i.prototype.forceUpdate=function(e){this.updater.enqueueForceUpdate(this,e,"forceUpdate")};function $0(){}$0.prototype=_i.prototype;function Ju(e,t,r){this.props=e,this.context=t,this.refs=G0,this.updater=r||H0}var ef=Ju.prototype=new $0;ef.constructor=Ju;V0(ef,_i.prototype);ef.isPureReactComponent=!0;var U0=Array.isArray,K0=Object.prototype.hasOwnProperty,tf={current:null},X0={key:!0,ref:!0,__self:!0,__source:!0};function q0(e,t,r){var n,o={},i=null,a=null;if(t!=null)for(n in t.ref!==void 0&&(a=t.ref),t.key!==void 0&&(i=""+t.key),t)K0.call(t,n)&&!X0.hasOwnProperty(n)&&(o[n]=t[n]);var l=arguments.length-2;if(l===1)o.children=r;else if(1<l){for(var c=Array(l),s=0;s<l;s++)c[s]=arguments[s+2];o.children=c}if(e&&e.defaultProps)for(n in l=e.defaultProps,l)o[n]===void 0&&(o[n]=l[n]);return{$$typeof:Va,type:e,key:i,ref:a,props:o,_owner:tf.current}}function E5(e,t){return{$$typeof:Va,type:e.type,key:t,ref:e.ref,props:e.props,_owner:e._owner}}function rf(e){return typeof e=="object"&&e!==null&&e.$$typeof===Va}function S5(e){var t={"=":"=0",":":"=2"};return"$"+e.replace(/[=:]/g,function(r){return t[r]})}var W0=/\/+/g;function Zu(e,t){return typeof e=="object"&&e!==null&&e.key!=null?S5(""+e.key):t.toString(36)}function Lc(e,t,r,n,o){var i=typeof e;(i==="undefined"||i==="boolean")&&(e=null);var a=!1;if(e===null)a=!0;else switch(i){case"string":case"number":a=!0;break;case"object":switch(e.$$typeof){case Va:case p5:a=!0}}if(a)return a=e,o=o(a),e=n===""?"."+Zu(a,0):n,U0(o)?(r="",e!=null&&(r=e.replace(W0,"$&/")+"/"),Lc(o,t,r,"",function(s){return s})):o!=null&&(rf(o)&&(o=E5(o,r+(!o.key||a&&a.key===o.key?"":(""+o.key).replace(W0,"$&/")+"/")+e)),t.push(o)),1;if(a=0,n=n===""?".":n+":",U0(e))for(var l=0;l<e.length;l++){i=e[l];var c=n+Zu(i,l);a+=Lc(i,t,r,c,o)}else if(c=w5(e),typeof c=="function")for(e=c.call(e),l=0;!(i=e.next()).done;)i=i.value,c=n+Zu(i,l++),a+=Lc(i,t,r,c,o);else if(i==="object")throw t=String(e),Error("Objects are not valid as a React child (found: "+(t==="[object Object]"?"object with keys {"+Object.keys(e).join(", ")+"}":t)+"). If you meant to render a collection of children, use an array instead.");return a}function Pc(e,t,r){if(e==null)return e;var n=[],o=0;return Lc(e,n,"","",function(i){return t.call(r,i,o++)}),n}function C5(e){if(e._status===-1){var t=e._result;t=t(),t.then(function(r){(e._status===0||e._status===-1)&&(e._status=1,e._result=r)},function(r){(e._status===0||e._status===-1)&&(e._status=2,e._result=r)}),e._status===-1&&(e._status=0,e._result=t)}if(e._status===1)return e._result.default;throw e._result}var Ct={current:null},Ic={transition:null},T5={ReactCurrentDispatcher:Ct,ReactCurrentBatchConfig:Ic,ReactCurrentOwner:tf};function Y0(){throw Error("act(...) is not supported in production builds of React.")}V.Children={map:Pc,forEach:function(e,t,r){Pc(e,function(){t.apply(this,arguments)},r)},count:function(e){var t=0;return Pc(e,function(){t++}),t},toArray:function(e){return Pc(e,function(t){return t})||[]},only:function(e){if(!rf(e))throw Error("React.Children.only expected to receive a single React element child.");return e}};V.Component=_i;V.Fragment=m5;V.Profiler=v5;V.PureComponent=Ju;V.StrictMode=h5;V.Suspense=_5;V.__SECRET_INTERNALS_DO_NOT_USE_OR_YOU_WILL_BE_FIRED=T5;V.act=Y0;V.cloneElement=function(e,t,r){if(e==null)throw Error("React.cloneElement(...): The argument must be a React element, but you passed "+e+".");var n=V0({},e.props),o=e.key,i=e.ref,a=e._owner;if(t!=null){if(t.ref!==void 0&&(i=t.ref,a=tf.current),t.key!==void 0&&(o=""+t.key),e.type&&e.type.defaultProps)var l=e.type.defaultProps;for(c in t)K0.call(t,c)&&!X0.hasOwnProperty(c)&&(n[c]=t[c]===void 0&&l!==void 0?l[c]:t[c])}var c=arguments.length-2;if(c===1)n.children=r;else if(1<c){l=Array(c);for(var s=0;s<c;s++)l[s]=arguments[s+2];n.children=l}return{$$typeof:Va,type:e.type,key:o,ref:i,props:n,_owner:a}};V.createContext=function(e){return e={$$typeof:b5,_currentValue:e,_currentValue2:e,_threadCount:0,Provider:null,Consumer:null,_defaultValue:null,_globalName:null},e.Provider={$$typeof:g5,_context:e},e.Consumer=e};V.createElement=q0;V.createFactory=function(e){var t=q0.bind(null,e);return t.type=e,t};V.createRef=function(){return{current:null}};V.forwardRef=function(e){return{$$typeof:y5,render:e}};V.isValidElement=rf;V.lazy=function(e){return{$$typeof:k5,_payload:{_status:-1,_result:e},_init:C5}};V.memo=function(e,t){return{$$typeof:x5,type:e,compare:t===void 0?null:t}};V.startTransition=function(e){var t=Ic.transition;Ic.transition={};try{e()}finally{Ic.transition=t}};V.unstable_act=Y0;V.useCallback=function(e,t){return Ct.current.useCallback(e,t)};V.useContext=function(e){return Ct.current.useContext(e)};V.useDebugValue=function(){};V.useDeferredValue=function(e){return Ct.current.useDeferredValue(e)};V.useEffect=function(e,t){return Ct.current.useEffect(e,t)};V.useId=function(){return Ct.current.useId()};V.useImperativeHandle=function(e,t,r){return Ct.current.useImperativeHandle(e,t,r)};V.useInsertionEffect=function(e,t){return Ct.current.useInsertionEffect(e,t)};V.useLayoutEffect=function(e,t){return Ct.current.useLayoutEffect(e,t)};V.useMemo=function(e,t){return Ct.current.useMemo(e,t)};V.useReducer=function(e,t,r){return Ct.current.useReducer(e,t,r)};V.useRef=function(e){return Ct.current.useRef(e)};V.useState=function(e){return Ct.current.useState(e)};V.useSyncExternalStore=function(e,t,r){return Ct.current.useSyncExternalStore(e,t,r)};V.useTransition=function(){return Ct.current.useTransition()};V.version="18.3.1"});var C=we((mE,Z0)=>{"use strict";Z0.exports=Q0()});var G=we((gE,Bc)=>{(function(){"use strict";var e={}.hasOwnProperty;function t(){for(var o="",i=0;i<arguments.length;i++){var a=arguments[i];a&&(o=n(o,r(a)))}return o}function r(o){if(typeof o=="string"||typeof o=="number")return o;if(typeof o!="object")return"";if(Array.isArray(o))return t.apply(null,o);if(o.toString!==Object.prototype.toString&&!o.toString.toString().includes("[native code]"))return o.toString();var i="";for(var a in o)e.call(o,a)&&o[a]&&(i=n(i,a));return i}function n(o,i){return i?o?o+" "+i:o+i:o}typeof Bc<"u"&&Bc.exports?(t.default=t,Bc.exports=t):typeof define=="function"&&typeof define.amd=="object"&&define.amd?define("classnames",[],function(){return t}):window.classNames=t})()});var eg=we(fe=>{"use strict";function gf(e,t){var r=e.length;e.push(t);e:for(;0<r;){var n=r-1>>>1,o=e[n];if(0<es(o,t))e[n]=t,e[r]=o,r=n;else break e}}function wr(e){return e.length===0?null:e[0]}function rs(e){if(e.length===0)return null;var t=e[0],r=e.pop();if(r!==t){e[0]=r;e:for(var n=0,o=e.length,i=o>>>1;n<i;){var a=2*(n+1)-1,l=e[a],c=a+1,s=e[c];if(0>es(l,r))c<o&&0>es(s,l)?(e[n]=s,e[c]=r,n=c):(e[n]=l,e[a]=r,n=a);else if(c<o&&0>es(s,r))e[n]=s,e[c]=r,n=c;else break e}}return t}function es(e,t){var r=e.sortIndex-t.sortIndex;return r!==0?r:e.id-t.id}typeof performance=="object"&&typeof performance.now=="function"?(Gv=performance,fe.unstable_now=function(){return Gv.now()}):(mf=Date,$v=mf.now(),fe.unstable_now=function(){return mf.now()-$v});var Gv,mf,$v,qr=[],Kn=[],a4=1,ur=null,ft=3,ns=!1,Ro=!1,Za=!1,qv=typeof setTimeout=="function"?setTimeout:null,Yv=typeof clearTimeout=="function"?clearTimeout:null,Kv=typeof setImmediate<"u"?setImmediate:null;typeof navigator<"u"&&navigator.scheduling!==void 0&&navigator.scheduling.isInputPending!==void 0&&navigator.scheduling.isInputPending.bind(navigator.scheduling);function bf(e){for(var t=wr(Kn);t!==null;){if(t.callback===null)rs(Kn);else if(t.startTime<=e)rs(Kn),t.sortIndex=t.expirationTime,gf(qr,t);else break;t=wr(Kn)}}function yf(e){if(Za=!1,bf(e),!Ro)if(wr(qr)!==null)Ro=!0,xf(_f);else{var t=wr(Kn);t!==null&&kf(yf,t.startTime-e)}}function _f(e,t){Ro=!1,Za&&(Za=!1,Yv(Ja),Ja=-1),ns=!0;var r=ft;try{for(bf(t),ur=wr(qr);ur!==null&&(!(ur.expirationTime>t)||e&&!Jv());){var n=ur.callback;if(typeof n=="function"){ur.callback=null,ft=ur.priorityLevel;var o=n(ur.expirationTime<=t);t=fe.unstable_now(),typeof o=="function"?ur.callback=o:ur===wr(qr)&&rs(qr),bf(t)}else rs(qr);ur=wr(qr)}if(ur!==null)var i=!0;else{var a=wr(Kn);a!==null&&kf(yf,a.startTime-t),i=!1}return i}finally{ur=null,ft=r,ns=!1}}var os=!1,ts=null,Ja=-1,Qv=5,Zv=-1;function Jv(){return!(fe.unstable_now()-Zv<Qv)}function hf(){if(ts!==null){var e=fe.unstable_now();Zv=e;var t=!0;try{t=ts(!0,e)}finally{t?Qa():(os=!1,ts=null)}}else os=!1}var Qa;typeof Kv=="function"?Qa=function(){Kv(hf)}:typeof MessageChannel<"u"?(vf=new MessageChannel,Xv=vf.port2,vf.port1.onmessage=hf,Qa=function(){Xv.postMessage(null)}):Qa=function(){qv(hf,0)};var vf,Xv;function xf(e){ts=e,os||(os=!0,Qa())}function kf(e,t){Ja=qv(function(){e(fe.unstable_now())},t)}fe.unstable_IdlePriority=5;fe.unstable_ImmediatePriority=1;fe.unstable_LowPriority=4;fe.unstable_NormalPriority=3;fe.unstable_Profiling=null;fe.unstable_UserBlockingPriority=2;fe.unstable_cancelCallback=function(e){e.callback=null};fe.unstable_continueExecution=function(){Ro||ns||(Ro=!0,xf(_f))};fe.unstable_forceFrameRate=function(e){0>e||125<e?console.error("forceFrameRate takes a positive int between 0 and 125, forcing frame rates higher than 125 fps is not supported"):Qv=0<e?Math.floor(1e3/e):5};fe.unstable_getCurrentPriorityLevel=function(){return ft};fe.unstable_getFirstCallbackNode=function(){return wr(qr)};fe.unstable_next=function(e){switch(ft){case 1:case 2:case 3:var t=3;break;default:t=ft}var r=ft;ft=t;try{return e()}finally{ft=r}};fe.unstable_pauseExecution=function(){};fe.unstable_requestPaint=function(){};fe.unstable_runWithPriority=function(e,t){switch(e){case 1:case 2:case 3:case 4:case 5:break;default:e=3}var r=ft;ft=e;try{return t()}finally{ft=r}};fe.unstable_scheduleCallback=function(e,t,r){var n=fe.unstable_now();switch(typeof r=="object"&&r!==null?(r=r.delay,r=typeof r=="number"&&0<r?n+r:n):r=n,e){case 1:var o=-1;break;case 2:o=250;break;case 5:o=1073741823;break;case 4:o=1e4;break;default:o=5e3}return o=r+o,e={id:a4++,callback:t,priorityLevel:e,startTime:r,expirationTime:o,sortIndex:-1},r>n?(e.sortIndex=r,gf(Kn,e),wr(qr)===null&&e===wr(Kn)&&(Za?(Yv(Ja),Ja=-1):Za=!0,kf(yf,r-n))):(e.sortIndex=o,gf(qr,e),Ro||ns||(Ro=!0,xf(_f))),e};fe.unstable_shouldYield=Jv;fe.unstable_wrapCallback=function(e){var t=ft;return function(){var r=ft;ft=t;try{return e.apply(this,arguments)}finally{ft=r}}}});var rg=we((k8,tg)=>{"use strict";tg.exports=eg()});var a1=we(or=>{"use strict";var l4=C(),rr=rg();function A(e){for(var t="https://reactjs.org/docs/error-decoder.html?invariant="+e,r=1;r<arguments.length;r++)t+="&args[]="+encodeURIComponent(arguments[r]);return"Minified React error #"+e+"; visit "+t+" for the full message or use the non-minified dev environment for full errors and additional helpful warnings."}var sb=new Set,xl={};function Vo(e,t){Xi(e,t),Xi(e+"Capture",t)}function Xi(e,t){for(xl[e]=t,e=0;e<t.length;e++)sb.add(t[e])}var bn=!(typeof window>"u"||typeof window.document>"u"||typeof window.document.createElement>"u"),Gf=Object.prototype.hasOwnProperty,c4=/^[:A-Z_a-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD][:A-Z_a-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\-.0-9\u00B7\u0300-\u036F\u203F-\u2040]*$/,ng={},og={};function s4(e){return Gf.call(og,e)?!0:Gf.call(ng,e)?!1:c4.test(e)?og[e]=!0:(ng[e]=!0,!1)}function d4(e,t,r,n){if(r!==null&&r.type===0)return!1;switch(typeof t){case"function":case"symbol":return!0;case"boolean":return n?!1:r!==null?!r.acceptsBooleans:(e=e.toLowerCase().slice(0,5),e!=="data-"&&e!=="aria-");default:return!1}}function u4(e,t,r,n){if(t===null||typeof t>"u"||d4(e,t,r,n))return!0;if(n)return!1;if(r!==null)switch(r.type){case 3:return!t;case 4:return t===!1;case 5:return isNaN(t);case 6:return isNaN(t)||1>t}return!1}function Ot(e,t,r,n,o,i,a){this.acceptsBooleans=t===2||t===3||t===4,this.attributeName=n,this.attributeNamespace=o,this.mustUseProperty=r,this.propertyName=e,this.type=t,this.sanitizeURL=i,this.removeEmptyString=a}var dt={};"children dangerouslySetInnerHTML defaultValue defaultChecked innerHTML suppressContentEditableWarning suppressHydrationWarning style".split(" ").forEach(function(e){dt[e]=new Ot(e,0,!1,e,null,!1,!1)});[["acceptCharset","accept-charset"],["className","class"],["htmlFor","for"],["httpEquiv","http-equiv"]].forEach(function(e){var t=e[0];dt[t]=new Ot(t,1,!1,e[1],null,!1,!1)});["contentEditable","draggable","spellCheck","value"].forEach(function(e){dt[e]=new Ot(e,2,!1,e.toLowerCase(),null,!1,!1)});["autoReverse","externalResourcesRequired","focusable","preserveAlpha"].forEach(function(e){dt[e]=new Ot(e,2,!1,e,null,!1,!1)});"allowFullScreen async autoFocus autoPlay controls default defer disabled disablePictureInPicture disableRemotePlayback formNoValidate hidden loop noModule noValidate open playsInline readOnly required reversed scoped seamless itemScope".split(" ").forEach(function(e){dt[e]=new Ot(e,3,!1,e.toLowerCase(),null,!1,!1)});["checked","multiple","muted","selected"].forEach(function(e){dt[e]=new Ot(e,3,!0,e,null,!1,!1)});["capture","download"].forEach(function(e){dt[e]=new Ot(e,4,!1,e,null,!1,!1)});["cols","rows","size","span"].forEach(function(e){dt[e]=new Ot(e,6,!1,e,null,!1,!1)});["rowSpan","start"].forEach(function(e){dt[e]=new Ot(e,5,!1,e.toLowerCase(),null,!1,!1)});var Mp=/[\-:]([a-z])/g;function Fp(e){return e[1].toUpperCase()}"accent-height alignment-baseline arabic-form baseline-shift cap-height clip-path clip-rule color-interpolation color-interpolation-filters color-profile color-rendering dominant-baseline enable-background fill-opacity fill-rule flood-color flood-opacity font-family font-size font-size-adjust font-stretch font-style font-variant font-weight glyph-name glyph-orientation-horizontal glyph-orientation-vertical horiz-adv-x horiz-origin-x image-rendering letter-spacing lighting-color marker-end marker-mid marker-start overline-position overline-thickness paint-order panose-1 pointer-events rendering-intent shape-rendering stop-color stop-opacity strikethrough-position strikethrough-thickness stroke-dasharray stroke-dashoffset stroke-linecap stroke-linejoin stroke-miterlimit stroke-opacity stroke-width text-anchor text-decoration text-rendering underline-position underline-thickness unicode-bidi unicode-range units-per-em v-alphabetic v-hanging v-ideographic v-mathematical vector-effect vert-adv-y vert-origin-x vert-origin-y word-spacing writing-mode xmlns:xlink x-height".split(" ").forEach(function(e){var t=e.replace(Mp,Fp);dt[t]=new Ot(t,1,!1,e,null,!1,!1)});"xlink:actuate xlink:arcrole xlink:role xlink:show xlink:title xlink:type".split(" ").forEach(function(e){var t=e.replace(Mp,Fp);dt[t]=new Ot(t,1,!1,e,"http://www.w3.org/1999/xlink",!1,!1)});["xml:base","xml:lang","xml:space"].forEach(function(e){var t=e.replace(Mp,Fp);dt[t]=new Ot(t,1,!1,e,"http://www.w3.org/XML/1998/namespace",!1,!1)});["tabIndex","crossOrigin"].forEach(function(e){dt[e]=new Ot(e,1,!1,e.toLowerCase(),null,!1,!1)});dt.xlinkHref=new Ot("xlinkHref",1,!1,"xlink:href","http://www.w3.org/1999/xlink",!0,!1);["src","href","action","formAction"].forEach(function(e){dt[e]=new Ot(e,1,!1,e.toLowerCase(),null,!0,!0)});function zp(e,t,r,n){var o=dt.hasOwnProperty(t)?dt[t]:null;(o!==null?o.type!==0:n||!(2<t.length)||t[0]!=="o"&&t[0]!=="O"||t[1]!=="n"&&t[1]!=="N")&&(u4(t,r,o,n)&&(r=null),n||o===null?s4(t)&&(r===null?e.removeAttribute(t):e.setAttribute(t,""+r)):o.mustUseProperty?e[o.propertyName]=r===null?o.type===3?!1:"":r:(t=o.attributeName,n=o.attributeNamespace,r===null?e.removeAttribute(t):(o=o.type,r=o===3||o===4&&r===!0?"":""+r,n?e.setAttributeNS(n,t,r):e.setAttribute(t,r))))}var kn=l4.__SECRET_INTERNALS_DO_NOT_USE_OR_YOU_WILL_BE_FIRED,is=Symbol.for("react.element"),Ai=Symbol.for("react.portal"),Ri=Symbol.for("react.fragment"),jp=Symbol.for("react.strict_mode"),$f=Symbol.for("react.profiler"),db=Symbol.for("react.provider"),ub=Symbol.for("react.context"),Up=Symbol.for("react.forward_ref"),Kf=Symbol.for("react.suspense"),Xf=Symbol.for("react.suspense_list"),Wp=Symbol.for("react.memo"),qn=Symbol.for("react.lazy"),fb=Symbol.for("react.offscreen"),ig=Symbol.iterator;function el(e){return e===null||typeof e!="object"?null:(e=ig&&e[ig]||e["@@iterator"],typeof e=="function"?e:null)}var Oe=Object.assign,wf;function cl(e){if(wf===void 0)try{throw Error()}catch(r){var t=r.stack.trim().match(/\n( *(at )?)/);wf=t&&t[1]||""}return`
`+wf+e}var Ef=!1;function Sf(e,t){if(!e||Ef)return"";Ef=!0;var r=Error.prepareStackTrace;Error.prepareStackTrace=void 0;try{if(t)if(t=function(){throw Error()},Object.defineProperty(t.prototype,"props",{set:function(){throw Error()}}),typeof Reflect=="object"&&Reflect.construct){try{Reflect.construct(t,[])}catch(s){var n=s}Reflect.construct(e,[],t)}else{try{t.call()}catch(s){n=s}e.call(t.prototype)}else{try{throw Error()}catch(s){n=s}e()}}catch(s){if(s&&n&&typeof s.stack=="string"){for(var o=s.stack.split(`
`),i=n.stack.split(`
`),a=o.length-1,l=i.length-1;1<=a&&0<=l&&o[a]!==i[l];)l--;for(;1<=a&&0<=l;a--,l--)if(o[a]!==i[l]){if(a!==1||l!==1)do if(a--,l--,0>l||o[a]!==i[l]){var c=`
`+o[a].replace(" at new "," at ");return e.displayName&&c.includes("<anonymous>")&&(c=c.replace("<anonymous>",e.displayName)),c}while(1<=a&&0<=l);break}}}finally{Ef=!1,Error.prepareStackTrace=r}return(e=e?e.displayName||e.name:"")?cl(e):""}function f4(e){switch(e.tag){case 5:return cl(e.type);case 16:return cl("Lazy");case 13:return cl("Suspense");case 19:return cl("SuspenseList");case 0:case 2:case 15:return e=Sf(e.type,!1),e;case 11:return e=Sf(e.type.render,!1),e;case 1:return e=Sf(e.type,!0),e;default:return""}}function qf(e){if(e==null)return null;if(typeof e=="function")return e.displayName||e.name||null;if(typeof e=="string")return e;switch(e){case Ri:return"Fragment";case Ai:return"Portal";case $f:return"Profiler";case jp:return"StrictMode";case Kf:return"Suspense";case Xf:return"SuspenseList"}if(typeof e=="object")switch(e.$$typeof){case ub:return(e.displayName||"Context")+".Consumer";case db:return(e._context.displayName||"Context")+".Provider";case Up:var t=e.render;return e=e.displayName,e||(e=t.displayName||t.name||"",e=e!==""?"ForwardRef("+e+")":"ForwardRef"),e;case Wp:return t=e.displayName||null,t!==null?t:qf(e.type)||"Memo";case qn:t=e._payload,e=e._init;try{return qf(e(t))}catch{}}return null}function p4(e){var t=e.type;switch(e.tag){case 24:return"Cache";case 9:return(t.displayName||"Context")+".Consumer";case 10:return(t._context.displayName||"Context")+".Provider";case 18:return"DehydratedFragment";case 11:return e=t.render,e=e.displayName||e.name||"",t.displayName||(e!==""?"ForwardRef("+e+")":"ForwardRef");case 7:return"Fragment";case 5:return t;case 4:return"Portal";case 3:return"Root";case 6:return"Text";case 16:return qf(t);case 8:return t===jp?"StrictMode":"Mode";case 22:return"Offscreen";case 12:return"Profiler";case 21:return"Scope";case 13:return"Suspense";case 19:return"SuspenseList";case 25:return"TracingMarker";case 1:case 0:case 17:case 2:case 14:case 15:if(typeof t=="function")return t.displayName||t.name||null;if(typeof t=="string")return t}return null}function so(e){switch(typeof e){case"boolean":case"number":case"string":case"undefined":return e;case"object":return e;default:return""}}function pb(e){var t=e.type;return(e=e.nodeName)&&e.toLowerCase()==="input"&&(t==="checkbox"||t==="radio")}function m4(e){var t=pb(e)?"checked":"value",r=Object.getOwnPropertyDescriptor(e.constructor.prototype,t),n=""+e[t];if(!e.hasOwnProperty(t)&&typeof r<"u"&&typeof r.get=="function"&&typeof r.set=="function"){var o=r.get,i=r.set;return Object.defineProperty(e,t,{configurable:!0,get:function(){return o.call(this)},set:function(a){n=""+a,i.call(this,a)}}),Object.defineProperty(e,t,{enumerable:r.enumerable}),{getValue:function(){return n},setValue:function(a){n=""+a},stopTracking:function(){e._valueTracker=null,delete e[t]}}}}function as(e){e._valueTracker||(e._valueTracker=m4(e))}function mb(e){if(!e)return!1;var t=e._valueTracker;if(!t)return!0;var r=t.getValue(),n="";return e&&(n=pb(e)?e.checked?"true":"false":e.value),e=n,e!==r?(t.setValue(e),!0):!1}function Is(e){if(e=e||(typeof document<"u"?document:void 0),typeof e>"u")return null;try{return e.activeElement||e.body}catch{return e.body}}function Yf(e,t){var r=t.checked;return Oe({},t,{defaultChecked:void 0,defaultValue:void 0,value:void 0,checked:r??e._wrapperState.initialChecked})}function ag(e,t){var r=t.defaultValue==null?"":t.defaultValue,n=t.checked!=null?t.checked:t.defaultChecked;r=so(t.value!=null?t.value:r),e._wrapperState={initialChecked:n,initialValue:r,controlled:t.type==="checkbox"||t.type==="radio"?t.checked!=null:t.value!=null}}function hb(e,t){t=t.checked,t!=null&&zp(e,"checked",t,!1)}function Qf(e,t){hb(e,t);var r=so(t.value),n=t.type;if(r!=null)n==="number"?(r===0&&e.value===""||e.value!=r)&&(e.value=""+r):e.value!==""+r&&(e.value=""+r);else if(n==="submit"||n==="reset"){e.removeAttribute("value");return}t.hasOwnProperty("value")?Zf(e,t.type,r):t.hasOwnProperty("defaultValue")&&Zf(e,t.type,so(t.defaultValue)),t.checked==null&&t.defaultChecked!=null&&(e.defaultChecked=!!t.defaultChecked)}function lg(e,t,r){if(t.hasOwnProperty("value")||t.hasOwnProperty("defaultValue")){var n=t.type;if(!(n!=="submit"&&n!=="reset"||t.value!==void 0&&t.value!==null))return;t=""+e._wrapperState.initialValue,r||t===e.value||(e.value=t),e.defaultValue=t}r=e.name,r!==""&&(e.name=""),e.defaultChecked=!!e._wrapperState.initialChecked,r!==""&&(e.name=r)}function Zf(e,t,r){(t!=="number"||Is(e.ownerDocument)!==e)&&(r==null?e.defaultValue=""+e._wrapperState.initialValue:e.defaultValue!==""+r&&(e.defaultValue=""+r))}var sl=Array.isArray;function Wi(e,t,r,n){if(e=e.options,t){t={};for(var o=0;o<r.length;o++)t["$"+r[o]]=!0;for(r=0;r<e.length;r++)o=t.hasOwnProperty("$"+e[r].value),e[r].selected!==o&&(e[r].selected=o),o&&n&&(e[r].defaultSelected=!0)}else{for(r=""+so(r),t=null,o=0;o<e.length;o++){if(e[o].value===r){e[o].selected=!0,n&&(e[o].defaultSelected=!0);return}t!==null||e[o].disabled||(t=e[o])}t!==null&&(t.selected=!0)}}function Jf(e,t){if(t.dangerouslySetInnerHTML!=null)throw Error(A(91));return Oe({},t,{value:void 0,defaultValue:void 0,children:""+e._wrapperState.initialValue})}function cg(e,t){var r=t.value;if(r==null){if(r=t.children,t=t.defaultValue,r!=null){if(t!=null)throw Error(A(92));if(sl(r)){if(1<r.length)throw Error(A(93));r=r[0]}t=r}t==null&&(t=""),r=t}e._wrapperState={initialValue:so(r)}}function vb(e,t){var r=so(t.value),n=so(t.defaultValue);r!=null&&(r=""+r,r!==e.value&&(e.value=r),t.defaultValue==null&&e.defaultValue!==r&&(e.defaultValue=r)),n!=null&&(e.defaultValue=""+n)}function sg(e){var t=e.textContent;t===e._wrapperState.initialValue&&t!==""&&t!==null&&(e.value=t)}function gb(e){switch(e){case"svg":return"http://www.w3.org/2000/svg";case"math":return"http://www.w3.org/1998/Math/MathML";default:return"http://www.w3.org/1999/xhtml"}}function ep(e,t){return e==null||e==="http://www.w3.org/1999/xhtml"?gb(t):e==="http://www.w3.org/2000/svg"&&t==="foreignObject"?"http://www.w3.org/1999/xhtml":e}var ls,bb=(function(e){return typeof MSApp<"u"&&MSApp.execUnsafeLocalFunction?function(t,r,n,o){MSApp.execUnsafeLocalFunction(function(){return e(t,r,n,o)})}:e})(function(e,t){if(e.namespaceURI!=="http://www.w3.org/2000/svg"||"innerHTML"in e)e.innerHTML=t;else{for(ls=ls||document.createElement("div"),ls.innerHTML="<svg>"+t.valueOf().toString()+"</svg>",t=ls.firstChild;e.firstChild;)e.removeChild(e.firstChild);for(;t.firstChild;)e.appendChild(t.firstChild)}});function kl(e,t){if(t){var r=e.firstChild;if(r&&r===e.lastChild&&r.nodeType===3){r.nodeValue=t;return}}e.textContent=t}var fl={animationIterationCount:!0,aspectRatio:!0,borderImageOutset:!0,borderImageSlice:!0,borderImageWidth:!0,boxFlex:!0,boxFlexGroup:!0,boxOrdinalGroup:!0,columnCount:!0,columns:!0,flex:!0,flexGrow:!0,flexPositive:!0,flexShrink:!0,flexNegative:!0,flexOrder:!0,gridArea:!0,gridRow:!0,gridRowEnd:!0,gridRowSpan:!0,gridRowStart:!0,gridColumn:!0,gridColumnEnd:!0,gridColumnSpan:!0,gridColumnStart:!0,fontWeight:!0,lineClamp:!0,lineHeight:!0,opacity:!0,order:!0,orphans:!0,tabSize:!0,widows:!0,zIndex:!0,zoom:!0,fillOpacity:!0,floodOpacity:!0,stopOpacity:!0,strokeDasharray:!0,strokeDashoffset:!0,strokeMiterlimit:!0,strokeOpacity:!0,strokeWidth:!0},h4=["Webkit","ms","Moz","O"];Object.keys(fl).forEach(function(e){h4.forEach(function(t){t=t+e.charAt(0).toUpperCase()+e.substring(1),fl[t]=fl[e]})});function yb(e,t,r){return t==null||typeof t=="boolean"||t===""?"":r||typeof t!="number"||t===0||fl.hasOwnProperty(e)&&fl[e]?(""+t).trim():t+"px"}function _b(e,t){e=e.style;for(var r in t)if(t.hasOwnProperty(r)){var n=r.indexOf("--")===0,o=yb(r,t[r],n);r==="float"&&(r="cssFloat"),n?e.setProperty(r,o):e[r]=o}}var v4=Oe({menuitem:!0},{area:!0,base:!0,br:!0,col:!0,embed:!0,hr:!0,img:!0,input:!0,keygen:!0,link:!0,meta:!0,param:!0,source:!0,track:!0,wbr:!0});function tp(e,t){if(t){if(v4[e]&&(t.children!=null||t.dangerouslySetInnerHTML!=null))throw Error(A(137,e));if(t.dangerouslySetInnerHTML!=null){if(t.children!=null)throw Error(A(60));if(typeof t.dangerouslySetInnerHTML!="object"||!("__html"in t.dangerouslySetInnerHTML))throw Error(A(61))}if(t.style!=null&&typeof t.style!="object")throw Error(A(62))}}function rp(e,t){if(e.indexOf("-")===-1)return typeof t.is=="string";switch(e){case"annotation-xml":case"color-profile":case"font-face":case"font-face-src":case"font-face-uri":case"font-face-format":case"font-face-name":case"missing-glyph":return!1;default:return!0}}var np=null;function Hp(e){return e=e.target||e.srcElement||window,e.correspondingUseElement&&(e=e.correspondingUseElement),e.nodeType===3?e.parentNode:e}var op=null,Hi=null,Vi=null;function dg(e){if(e=jl(e)){if(typeof op!="function")throw Error(A(280));var t=e.stateNode;t&&(t=cd(t),op(e.stateNode,e.type,t))}}function xb(e){Hi?Vi?Vi.push(e):Vi=[e]:Hi=e}function kb(){if(Hi){var e=Hi,t=Vi;if(Vi=Hi=null,dg(e),t)for(e=0;e<t.length;e++)dg(t[e])}}function wb(e,t){return e(t)}function Eb(){}var Cf=!1;function Sb(e,t,r){if(Cf)return e(t,r);Cf=!0;try{return wb(e,t,r)}finally{Cf=!1,(Hi!==null||Vi!==null)&&(Eb(),kb())}}function wl(e,t){var r=e.stateNode;if(r===null)return null;var n=cd(r);if(n===null)return null;r=n[t];e:switch(t){case"onClick":case"onClickCapture":case"onDoubleClick":case"onDoubleClickCapture":case"onMouseDown":case"onMouseDownCapture":case"onMouseMove":case"onMouseMoveCapture":case"onMouseUp":case"onMouseUpCapture":case"onMouseEnter":(n=!n.disabled)||(e=e.type,n=!(e==="button"||e==="input"||e==="select"||e==="textarea")),e=!n;break e;default:e=!1}if(e)return null;if(r&&typeof r!="function")throw Error(A(231,t,typeof r));return r}var ip=!1;if(bn)try{Ni={},Object.defineProperty(Ni,"passive",{get:function(){ip=!0}}),window.addEventListener("test",Ni,Ni),window.removeEventListener("test",Ni,Ni)}catch{ip=!1}var Ni;function g4(e,t,r,n,o,i,a,l,c){var s=Array.prototype.slice.call(arguments,3);try{t.apply(r,s)}catch(d){this.onError(d)}}var pl=!1,Ds=null,Bs=!1,ap=null,b4={onError:function(e){pl=!0,Ds=e}};function y4(e,t,r,n,o,i,a,l,c){pl=!1,Ds=null,g4.apply(b4,arguments)}function _4(e,t,r,n,o,i,a,l,c){if(y4.apply(this,arguments),pl){if(pl){var s=Ds;pl=!1,Ds=null}else throw Error(A(198));Bs||(Bs=!0,ap=s)}}function Go(e){var t=e,r=e;if(e.alternate)for(;t.return;)t=t.return;else{e=t;do t=e,(t.flags&4098)!==0&&(r=t.return),e=t.return;while(e)}return t.tag===3?r:null}function Cb(e){if(e.tag===13){var t=e.memoizedState;if(t===null&&(e=e.alternate,e!==null&&(t=e.memoizedState)),t!==null)return t.dehydrated}return null}function ug(e){if(Go(e)!==e)throw Error(A(188))}function x4(e){var t=e.alternate;if(!t){if(t=Go(e),t===null)throw Error(A(188));return t!==e?null:e}for(var r=e,n=t;;){var o=r.return;if(o===null)break;var i=o.alternate;if(i===null){if(n=o.return,n!==null){r=n;continue}break}if(o.child===i.child){for(i=o.child;i;){if(i===r)return ug(o),e;if(i===n)return ug(o),t;i=i.sibling}throw Error(A(188))}if(r.return!==n.return)r=o,n=i;else{for(var a=!1,l=o.child;l;){if(l===r){a=!0,r=o,n=i;break}if(l===n){a=!0,n=o,r=i;break}l=l.sibling}if(!a){for(l=i.child;l;){if(l===r){a=!0,r=i,n=o;break}if(l===n){a=!0,n=i,r=o;break}l=l.sibling}if(!a)throw Error(A(189))}}if(r.alternate!==n)throw Error(A(190))}if(r.tag!==3)throw Error(A(188));return r.stateNode.current===r?e:t}function Tb(e){return e=x4(e),e!==null?Nb(e):null}function Nb(e){if(e.tag===5||e.tag===6)return e;for(e=e.child;e!==null;){var t=Nb(e);if(t!==null)return t;e=e.sibling}return null}var Ob=rr.unstable_scheduleCallback,fg=rr.unstable_cancelCallback,k4=rr.unstable_shouldYield,w4=rr.unstable_requestPaint,je=rr.unstable_now,E4=rr.unstable_getCurrentPriorityLevel,Vp=rr.unstable_ImmediatePriority,Ab=rr.unstable_UserBlockingPriority,Ms=rr.unstable_NormalPriority,S4=rr.unstable_LowPriority,Rb=rr.unstable_IdlePriority,od=null,Jr=null;function C4(e){if(Jr&&typeof Jr.onCommitFiberRoot=="function")try{Jr.onCommitFiberRoot(od,e,void 0,(e.current.flags&128)===128)}catch{}}var Nr=Math.clz32?Math.clz32:O4,T4=Math.log,N4=Math.LN2;function O4(e){return e>>>=0,e===0?32:31-(T4(e)/N4|0)|0}var cs=64,ss=4194304;function dl(e){switch(e&-e){case 1:return 1;case 2:return 2;case 4:return 4;case 8:return 8;case 16:return 16;case 32:return 32;case 64:case 128:case 256:case 512:case 1024:case 2048:case 4096:case 8192:case 16384:case 32768:case 65536:case 131072:case 262144:case 524288:case 1048576:case 2097152:return e&4194240;case 4194304:case 8388608:case 16777216:case 33554432:case 67108864:return e&130023424;case 134217728:return 134217728;case 268435456:return 268435456;case 536870912:return 536870912;case 1073741824:return 1073741824;default:return e}}function Fs(e,t){var r=e.pendingLanes;if(r===0)return 0;var n=0,o=e.suspendedLanes,i=e.pingedLanes,a=r&268435455;if(a!==0){var l=a&~o;l!==0?n=dl(l):(i&=a,i!==0&&(n=dl(i)))}else a=r&~o,a!==0?n=dl(a):i!==0&&(n=dl(i));if(n===0)return 0;if(t!==0&&t!==n&&(t&o)===0&&(o=n&-n,i=t&-t,o>=i||o===16&&(i&4194240)!==0))return t;if((n&4)!==0&&(n|=r&16),t=e.entangledLanes,t!==0)for(e=e.entanglements,t&=n;0<t;)r=31-Nr(t),o=1<<r,n|=e[r],t&=~o;return n}function A4(e,t){switch(e){case 1:case 2:case 4:return t+250;case 8:case 16:case 32:case 64:case 128:case 256:case 512:case 1024:case 2048:case 4096:case 8192:case 16384:case 32768:case 65536:case 131072:case 262144:case 524288:case 1048576:case 2097152:return t+5e3;case 4194304:case 8388608:case 16777216:case 33554432:case 67108864:return-1;case 134217728:case 268435456:case 536870912:case 1073741824:return-1;default:return-1}}function R4(e,t){for(var r=e.suspendedLanes,n=e.pingedLanes,o=e.expirationTimes,i=e.pendingLanes;0<i;){var a=31-Nr(i),l=1<<a,c=o[a];c===-1?((l&r)===0||(l&n)!==0)&&(o[a]=A4(l,t)):c<=t&&(e.expiredLanes|=l),i&=~l}}function lp(e){return e=e.pendingLanes&-1073741825,e!==0?e:e&1073741824?1073741824:0}function Pb(){var e=cs;return cs<<=1,(cs&4194240)===0&&(cs=64),e}function Tf(e){for(var t=[],r=0;31>r;r++)t.push(e);return t}function Fl(e,t,r){e.pendingLanes|=t,t!==536870912&&(e.suspendedLanes=0,e.pingedLanes=0),e=e.eventTimes,t=31-Nr(t),e[t]=r}function P4(e,t){var r=e.pendingLanes&~t;e.pendingLanes=t,e.suspendedLanes=0,e.pingedLanes=0,e.expiredLanes&=t,e.mutableReadLanes&=t,e.entangledLanes&=t,t=e.entanglements;var n=e.eventTimes;for(e=e.expirationTimes;0<r;){var o=31-Nr(r),i=1<<o;t[o]=0,n[o]=-1,e[o]=-1,r&=~i}}function Gp(e,t){var r=e.entangledLanes|=t;for(e=e.entanglements;r;){var n=31-Nr(r),o=1<<n;o&t|e[n]&t&&(e[n]|=t),r&=~o}}var ne=0;function Lb(e){return e&=-e,1<e?4<e?(e&268435455)!==0?16:536870912:4:1}var Ib,$p,Db,Bb,Mb,cp=!1,ds=[],to=null,ro=null,no=null,El=new Map,Sl=new Map,Qn=[],L4="mousedown mouseup touchcancel touchend touchstart auxclick dblclick pointercancel pointerdown pointerup dragend dragstart drop compositionend compositionstart keydown keypress keyup input textInput copy cut paste click change contextmenu reset submit".split(" ");function pg(e,t){switch(e){case"focusin":case"focusout":to=null;break;case"dragenter":case"dragleave":ro=null;break;case"mouseover":case"mouseout":no=null;break;case"pointerover":case"pointerout":El.delete(t.pointerId);break;case"gotpointercapture":case"lostpointercapture":Sl.delete(t.pointerId)}}function tl(e,t,r,n,o,i){return e===null||e.nativeEvent!==i?(e={blockedOn:t,domEventName:r,eventSystemFlags:n,nativeEvent:i,targetContainers:[o]},t!==null&&(t=jl(t),t!==null&&$p(t)),e):(e.eventSystemFlags|=n,t=e.targetContainers,o!==null&&t.indexOf(o)===-1&&t.push(o),e)}function I4(e,t,r,n,o){switch(t){case"focusin":return to=tl(to,e,t,r,n,o),!0;case"dragenter":return ro=tl(ro,e,t,r,n,o),!0;case"mouseover":return no=tl(no,e,t,r,n,o),!0;case"pointerover":var i=o.pointerId;return El.set(i,tl(El.get(i)||null,e,t,r,n,o)),!0;case"gotpointercapture":return i=o.pointerId,Sl.set(i,tl(Sl.get(i)||null,e,t,r,n,o)),!0}return!1}function Fb(e){var t=Io(e.target);if(t!==null){var r=Go(t);if(r!==null){if(t=r.tag,t===13){if(t=Cb(r),t!==null){e.blockedOn=t,Mb(e.priority,function(){Db(r)});return}}else if(t===3&&r.stateNode.current.memoizedState.isDehydrated){e.blockedOn=r.tag===3?r.stateNode.containerInfo:null;return}}}e.blockedOn=null}function Es(e){if(e.blockedOn!==null)return!1;for(var t=e.targetContainers;0<t.length;){var r=sp(e.domEventName,e.eventSystemFlags,t[0],e.nativeEvent);if(r===null){r=e.nativeEvent;var n=new r.constructor(r.type,r);np=n,r.target.dispatchEvent(n),np=null}else return t=jl(r),t!==null&&$p(t),e.blockedOn=r,!1;t.shift()}return!0}function mg(e,t,r){Es(e)&&r.delete(t)}function D4(){cp=!1,to!==null&&Es(to)&&(to=null),ro!==null&&Es(ro)&&(ro=null),no!==null&&Es(no)&&(no=null),El.forEach(mg),Sl.forEach(mg)}function rl(e,t){e.blockedOn===t&&(e.blockedOn=null,cp||(cp=!0,rr.unstable_scheduleCallback(rr.unstable_NormalPriority,D4)))}function Cl(e){function t(o){return rl(o,e)}if(0<ds.length){rl(ds[0],e);for(var r=1;r<ds.length;r++){var n=ds[r];n.blockedOn===e&&(n.blockedOn=null)}}for(to!==null&&rl(to,e),ro!==null&&rl(ro,e),no!==null&&rl(no,e),El.forEach(t),Sl.forEach(t),r=0;r<Qn.length;r++)n=Qn[r],n.blockedOn===e&&(n.blockedOn=null);for(;0<Qn.length&&(r=Qn[0],r.blockedOn===null);)Fb(r),r.blockedOn===null&&Qn.shift()}var Gi=kn.ReactCurrentBatchConfig,zs=!0;function B4(e,t,r,n){var o=ne,i=Gi.transition;Gi.transition=null;try{ne=1,Kp(e,t,r,n)}finally{ne=o,Gi.transition=i}}function M4(e,t,r,n){var o=ne,i=Gi.transition;Gi.transition=null;try{ne=4,Kp(e,t,r,n)}finally{ne=o,Gi.transition=i}}function Kp(e,t,r,n){if(zs){var o=sp(e,t,r,n);if(o===null)If(e,t,n,js,r),pg(e,n);else if(I4(o,e,t,r,n))n.stopPropagation();else if(pg(e,n),t&4&&-1<L4.indexOf(e)){for(;o!==null;){var i=jl(o);if(i!==null&&Ib(i),i=sp(e,t,r,n),i===null&&If(e,t,n,js,r),i===o)break;o=i}o!==null&&n.stopPropagation()}else If(e,t,n,null,r)}}var js=null;function sp(e,t,r,n){if(js=null,e=Hp(n),e=Io(e),e!==null)if(t=Go(e),t===null)e=null;else if(r=t.tag,r===13){if(e=Cb(t),e!==null)return e;e=null}else if(r===3){if(t.stateNode.current.memoizedState.isDehydrated)return t.tag===3?t.stateNode.containerInfo:null;e=null}else t!==e&&(e=null);return js=e,null}function zb(e){switch(e){case"cancel":case"click":case"close":case"contextmenu":case"copy":case"cut":case"auxclick":case"dblclick":case"dragend":case"dragstart":case"drop":case"focusin":case"focusout":case"input":case"invalid":case"keydown":case"keypress":case"keyup":case"mousedown":case"mouseup":case"paste":case"pause":case"play":case"pointercancel":case"pointerdown":case"pointerup":case"ratechange":case"reset":case"resize":case"seeked":case"submit":case"touchcancel":case"touchend":case"touchstart":case"volumechange":case"change":case"selectionchange":case"textInput":case"compositionstart":case"compositionend":case"compositionupdate":case"beforeblur":case"afterblur":case"beforeinput":case"blur":case"fullscreenchange":case"focus":case"hashchange":case"popstate":case"select":case"selectstart":return 1;case"drag":case"dragenter":case"dragexit":case"dragleave":case"dragover":case"mousemove":case"mouseout":case"mouseover":case"pointermove":case"pointerout":case"pointerover":case"scroll":case"toggle":case"touchmove":case"wheel":case"mouseenter":case"mouseleave":case"pointerenter":case"pointerleave":return 4;case"message":switch(E4()){case Vp:return 1;case Ab:return 4;case Ms:case S4:return 16;case Rb:return 536870912;default:return 16}default:return 16}}var Jn=null,Xp=null,Ss=null;function jb(){if(Ss)return Ss;var e,t=Xp,r=t.length,n,o="value"in Jn?Jn.value:Jn.textContent,i=o.length;for(e=0;e<r&&t[e]===o[e];e++);var a=r-e;for(n=1;n<=a&&t[r-n]===o[i-n];n++);return Ss=o.slice(e,1<n?1-n:void 0)}function Cs(e){var t=e.keyCode;return"charCode"in e?(e=e.charCode,e===0&&t===13&&(e=13)):e=t,e===10&&(e=13),32<=e||e===13?e:0}function us(){return!0}function hg(){return!1}function nr(e){function t(r,n,o,i,a){this._reactName=r,this._targetInst=o,this.type=n,this.nativeEvent=i,this.target=a,this.currentTarget=null;for(var l in e)e.hasOwnProperty(l)&&(r=e[l],this[l]=r?r(i):i[l]);return this.isDefaultPrevented=(i.defaultPrevented!=null?i.defaultPrevented:i.returnValue===!1)?us:hg,this.isPropagationStopped=hg,this}return Oe(t.prototype,{preventDefault:function(){this.defaultPrevented=!0;var r=this.nativeEvent;r&&(r.preventDefault?r.preventDefault():typeof r.returnValue!="unknown"&&(r.returnValue=!1),this.isDefaultPrevented=us)},stopPropagation:function(){var r=this.nativeEvent;r&&(r.stopPropagation?r.stopPropagation():typeof r.cancelBubble!="unknown"&&(r.cancelBubble=!0),this.isPropagationStopped=us)},persist:function(){},isPersistent:us}),t}var ta={eventPhase:0,bubbles:0,cancelable:0,timeStamp:function(e){return e.timeStamp||Date.now()},defaultPrevented:0,isTrusted:0},qp=nr(ta),zl=Oe({},ta,{view:0,detail:0}),F4=nr(zl),Nf,Of,nl,id=Oe({},zl,{screenX:0,screenY:0,clientX:0,clientY:0,pageX:0,pageY:0,ctrlKey:0,shiftKey:0,altKey:0,metaKey:0,getModifierState:Yp,button:0,buttons:0,relatedTarget:function(e){return e.relatedTarget===void 0?e.fromElement===e.srcElement?e.toElement:e.fromElement:e.relatedTarget},movementX:function(e){return"movementX"in e?e.movementX:(e!==nl&&(nl&&e.type==="mousemove"?(Nf=e.screenX-nl.screenX,Of=e.screenY-nl.screenY):Of=Nf=0,nl=e),Nf)},movementY:function(e){return"movementY"in e?e.movementY:Of}}),vg=nr(id),z4=Oe({},id,{dataTransfer:0}),j4=nr(z4),U4=Oe({},zl,{relatedTarget:0}),Af=nr(U4),W4=Oe({},ta,{animationName:0,elapsedTime:0,pseudoElement:0}),H4=nr(W4),V4=Oe({},ta,{clipboardData:function(e){return"clipboardData"in e?e.clipboardData:window.clipboardData}}),G4=nr(V4),$4=Oe({},ta,{data:0}),gg=nr($4),K4={Esc:"Escape",Spacebar:" ",Left:"ArrowLeft",Up:"ArrowUp",Right:"ArrowRight",Down:"ArrowDown",Del:"Delete",Win:"OS",Menu:"ContextMenu",Apps:"ContextMenu",Scroll:"ScrollLock",MozPrintableKey:"Unidentified"},X4={8:"Backspace",9:"Tab",12:"Clear",13:"Enter",16:"Shift",17:"Control",18:"Alt",19:"Pause",20:"CapsLock",27:"Escape",32:" ",33:"PageUp",34:"PageDown",35:"End",36:"Home",37:"ArrowLeft",38:"ArrowUp",39:"ArrowRight",40:"ArrowDown",45:"Insert",46:"Delete",112:"F1",113:"F2",114:"F3",115:"F4",116:"F5",117:"F6",118:"F7",119:"F8",120:"F9",121:"F10",122:"F11",123:"F12",144:"NumLock",145:"ScrollLock",224:"Meta"},q4={Alt:"altKey",Control:"ctrlKey",Meta:"metaKey",Shift:"shiftKey"};function Y4(e){var t=this.nativeEvent;return t.getModifierState?t.getModifierState(e):(e=q4[e])?!!t[e]:!1}function Yp(){return Y4}var Q4=Oe({},zl,{key:function(e){if(e.key){var t=K4[e.key]||e.key;if(t!=="Unidentified")return t}return e.type==="keypress"?(e=Cs(e),e===13?"Enter":String.fromCharCode(e)):e.type==="keydown"||e.type==="keyup"?X4[e.keyCode]||"Unidentified":""},code:0,location:0,ctrlKey:0,shiftKey:0,altKey:0,metaKey:0,repeat:0,locale:0,getModifierState:Yp,charCode:function(e){return e.type==="keypress"?Cs(e):0},keyCode:function(e){return e.type==="keydown"||e.type==="keyup"?e.keyCode:0},which:function(e){return e.type==="keypress"?Cs(e):e.type==="keydown"||e.type==="keyup"?e.keyCode:0}}),Z4=nr(Q4),J4=Oe({},id,{pointerId:0,width:0,height:0,pressure:0,tangentialPressure:0,tiltX:0,tiltY:0,twist:0,pointerType:0,isPrimary:0}),bg=nr(J4),ek=Oe({},zl,{touches:0,targetTouches:0,changedTouches:0,altKey:0,metaKey:0,ctrlKey:0,shiftKey:0,getModifierState:Yp}),tk=nr(ek),rk=Oe({},ta,{propertyName:0,elapsedTime:0,pseudoElement:0}),nk=nr(rk),ok=Oe({},id,{deltaX:function(e){return"deltaX"in e?e.deltaX:"wheelDeltaX"in e?-e.wheelDeltaX:0},deltaY:function(e){return"deltaY"in e?e.deltaY:"wheelDeltaY"in e?-e.wheelDeltaY:"wheelDelta"in e?-e.wheelDelta:0},deltaZ:0,deltaMode:0}),ik=nr(ok),ak=[9,13,27,32],Qp=bn&&"CompositionEvent"in window,ml=null;bn&&"documentMode"in document&&(ml=document.documentMode);var lk=bn&&"TextEvent"in window&&!ml,Ub=bn&&(!Qp||ml&&8<ml&&11>=ml),yg=" ",_g=!1;function Wb(e,t){switch(e){case"keyup":return ak.indexOf(t.keyCode)!==-1;case"keydown":return t.keyCode!==229;case"keypress":case"mousedown":case"focusout":return!0;default:return!1}}function Hb(e){return e=e.detail,typeof e=="object"&&"data"in e?e.data:null}var Pi=!1;function ck(e,t){switch(e){case"compositionend":return Hb(t);case"keypress":return t.which!==32?null:(_g=!0,yg);case"textInput":return e=t.data,e===yg&&_g?null:e;default:return null}}function sk(e,t){if(Pi)return e==="compositionend"||!Qp&&Wb(e,t)?(e=jb(),Ss=Xp=Jn=null,Pi=!1,e):null;switch(e){case"paste":return null;case"keypress":if(!(t.ctrlKey||t.altKey||t.metaKey)||t.ctrlKey&&t.altKey){if(t.char&&1<t.char.length)return t.char;if(t.which)return String.fromCharCode(t.which)}return null;case"compositionend":return Ub&&t.locale!=="ko"?null:t.data;default:return null}}var dk={color:!0,date:!0,datetime:!0,"datetime-local":!0,email:!0,month:!0,number:!0,password:!0,range:!0,search:!0,tel:!0,text:!0,time:!0,url:!0,week:!0};function xg(e){var t=e&&e.nodeName&&e.nodeName.toLowerCase();return t==="input"?!!dk[e.type]:t==="textarea"}function Vb(e,t,r,n){xb(n),t=Us(t,"onChange"),0<t.length&&(r=new qp("onChange","change",null,r,n),e.push({event:r,listeners:t}))}var hl=null,Tl=null;function uk(e){ty(e,0)}function ad(e){var t=Di(e);if(mb(t))return e}function fk(e,t){if(e==="change")return t}var Gb=!1;bn&&(bn?(ps="oninput"in document,ps||(Rf=document.createElement("div"),Rf.setAttribute("oninput","return;"),ps=typeof Rf.oninput=="function"),fs=ps):fs=!1,Gb=fs&&(!document.documentMode||9<document.documentMode));var fs,ps,Rf;function kg(){hl&&(hl.detachEvent("onpropertychange",$b),Tl=hl=null)}function $b(e){if(e.propertyName==="value"&&ad(Tl)){var t=[];Vb(t,Tl,e,Hp(e)),Sb(uk,t)}}function pk(e,t,r){e==="focusin"?(kg(),hl=t,Tl=r,hl.attachEvent("onpropertychange",$b)):e==="focusout"&&kg()}function mk(e){if(e==="selectionchange"||e==="keyup"||e==="keydown")return ad(Tl)}function hk(e,t){if(e==="click")return ad(t)}function vk(e,t){if(e==="input"||e==="change")return ad(t)}function gk(e,t){return e===t&&(e!==0||1/e===1/t)||e!==e&&t!==t}var Ar=typeof Object.is=="function"?Object.is:gk;function Nl(e,t){if(Ar(e,t))return!0;if(typeof e!="object"||e===null||typeof t!="object"||t===null)return!1;var r=Object.keys(e),n=Object.keys(t);if(r.length!==n.length)return!1;for(n=0;n<r.length;n++){var o=r[n];if(!Gf.call(t,o)||!Ar(e[o],t[o]))return!1}return!0}function wg(e){for(;e&&e.firstChild;)e=e.firstChild;return e}function Eg(e,t){var r=wg(e);e=0;for(var n;r;){if(r.nodeType===3){if(n=e+r.textContent.length,e<=t&&n>=t)return{node:r,offset:t-e};e=n}e:{for(;r;){if(r.nextSibling){r=r.nextSibling;break e}r=r.parentNode}r=void 0}r=wg(r)}}function Kb(e,t){return e&&t?e===t?!0:e&&e.nodeType===3?!1:t&&t.nodeType===3?Kb(e,t.parentNode):"contains"in e?e.contains(t):e.compareDocumentPosition?!!(e.compareDocumentPosition(t)&16):!1:!1}function Xb(){for(var e=window,t=Is();t instanceof e.HTMLIFrameElement;){try{var r=typeof t.contentWindow.location.href=="string"}catch{r=!1}if(r)e=t.contentWindow;else break;t=Is(e.document)}return t}function Zp(e){var t=e&&e.nodeName&&e.nodeName.toLowerCase();return t&&(t==="input"&&(e.type==="text"||e.type==="search"||e.type==="tel"||e.type==="url"||e.type==="password")||t==="textarea"||e.contentEditable==="true")}function bk(e){var t=Xb(),r=e.focusedElem,n=e.selectionRange;if(t!==r&&r&&r.ownerDocument&&Kb(r.ownerDocument.documentElement,r)){if(n!==null&&Zp(r)){if(t=n.start,e=n.end,e===void 0&&(e=t),"selectionStart"in r)r.selectionStart=t,r.selectionEnd=Math.min(e,r.value.length);else if(e=(t=r.ownerDocument||document)&&t.defaultView||window,e.getSelection){e=e.getSelection();var o=r.textContent.length,i=Math.min(n.start,o);n=n.end===void 0?i:Math.min(n.end,o),!e.extend&&i>n&&(o=n,n=i,i=o),o=Eg(r,i);var a=Eg(r,n);o&&a&&(e.rangeCount!==1||e.anchorNode!==o.node||e.anchorOffset!==o.offset||e.focusNode!==a.node||e.focusOffset!==a.offset)&&(t=t.createRange(),t.setStart(o.node,o.offset),e.removeAllRanges(),i>n?(e.addRange(t),e.extend(a.node,a.offset)):(t.setEnd(a.node,a.offset),e.addRange(t)))}}for(t=[],e=r;e=e.parentNode;)e.nodeType===1&&t.push({element:e,left:e.scrollLeft,top:e.scrollTop});for(typeof r.focus=="function"&&r.focus(),r=0;r<t.length;r++)e=t[r],e.element.scrollLeft=e.left,e.element.scrollTop=e.top}}var yk=bn&&"documentMode"in document&&11>=document.documentMode,Li=null,dp=null,vl=null,up=!1;function Sg(e,t,r){var n=r.window===r?r.document:r.nodeType===9?r:r.ownerDocument;up||Li==null||Li!==Is(n)||(n=Li,"selectionStart"in n&&Zp(n)?n={start:n.selectionStart,end:n.selectionEnd}:(n=(n.ownerDocument&&n.ownerDocument.defaultView||window).getSelection(),n={anchorNode:n.anchorNode,anchorOffset:n.anchorOffset,focusNode:n.focusNode,focusOffset:n.focusOffset}),vl&&Nl(vl,n)||(vl=n,n=Us(dp,"onSelect"),0<n.length&&(t=new qp("onSelect","select",null,t,r),e.push({event:t,listeners:n}),t.target=Li)))}function ms(e,t){var r={};return r[e.toLowerCase()]=t.toLowerCase(),r["Webkit"+e]="webkit"+t,r["Moz"+e]="moz"+t,r}var Ii={animationend:ms("Animation","AnimationEnd"),animationiteration:ms("Animation","AnimationIteration"),animationstart:ms("Animation","AnimationStart"),transitionend:ms("Transition","TransitionEnd")},Pf={},qb={};bn&&(qb=document.createElement("div").style,"AnimationEvent"in window||(delete Ii.animationend.animation,delete Ii.animationiteration.animation,delete Ii.animationstart.animation),"TransitionEvent"in window||delete Ii.transitionend.transition);function ld(e){if(Pf[e])return Pf[e];if(!Ii[e])return e;var t=Ii[e],r;for(r in t)if(t.hasOwnProperty(r)&&r in qb)return Pf[e]=t[r];return e}var Yb=ld("animationend"),Qb=ld("animationiteration"),Zb=ld("animationstart"),Jb=ld("transitionend"),ey=new Map,Cg="abort auxClick cancel canPlay canPlayThrough click close contextMenu copy cut drag dragEnd dragEnter dragExit dragLeave dragOver dragStart drop durationChange emptied encrypted ended error gotPointerCapture input invalid keyDown keyPress keyUp load loadedData loadedMetadata loadStart lostPointerCapture mouseDown mouseMove mouseOut mouseOver mouseUp paste pause play playing pointerCancel pointerDown pointerMove pointerOut pointerOver pointerUp progress rateChange reset resize seeked seeking stalled submit suspend timeUpdate touchCancel touchEnd touchStart volumeChange scroll toggle touchMove waiting wheel".split(" ");function fo(e,t){ey.set(e,t),Vo(t,[e])}for(hs=0;hs<Cg.length;hs++)vs=Cg[hs],Tg=vs.toLowerCase(),Ng=vs[0].toUpperCase()+vs.slice(1),fo(Tg,"on"+Ng);var vs,Tg,Ng,hs;fo(Yb,"onAnimationEnd");fo(Qb,"onAnimationIteration");fo(Zb,"onAnimationStart");fo("dblclick","onDoubleClick");fo("focusin","onFocus");fo("focusout","onBlur");fo(Jb,"onTransitionEnd");Xi("onMouseEnter",["mouseout","mouseover"]);Xi("onMouseLeave",["mouseout","mouseover"]);Xi("onPointerEnter",["pointerout","pointerover"]);Xi("onPointerLeave",["pointerout","pointerover"]);Vo("onChange","change click focusin focusout input keydown keyup selectionchange".split(" "));Vo("onSelect","focusout contextmenu dragend focusin keydown keyup mousedown mouseup selectionchange".split(" "));Vo("onBeforeInput",["compositionend","keypress","textInput","paste"]);Vo("onCompositionEnd","compositionend focusout keydown keypress keyup mousedown".split(" "));Vo("onCompositionStart","compositionstart focusout keydown keypress keyup mousedown".split(" "));Vo("onCompositionUpdate","compositionupdate focusout keydown keypress keyup mousedown".split(" "));var ul="abort canplay canplaythrough durationchange emptied encrypted ended error loadeddata loadedmetadata loadstart pause play playing progress ratechange resize seeked seeking stalled suspend timeupdate volumechange waiting".split(" "),_k=new Set("cancel close invalid load scroll toggle".split(" ").concat(ul));function Og(e,t,r){var n=e.type||"unknown-event";e.currentTarget=r,_4(n,t,void 0,e),e.currentTarget=null}function ty(e,t){t=(t&4)!==0;for(var r=0;r<e.length;r++){var n=e[r],o=n.event;n=n.listeners;e:{var i=void 0;if(t)for(var a=n.length-1;0<=a;a--){var l=n[a],c=l.instance,s=l.currentTarget;if(l=l.listener,c!==i&&o.isPropagationStopped())break e;Og(o,l,s),i=c}else for(a=0;a<n.length;a++){if(l=n[a],c=l.instance,s=l.currentTarget,l=l.listener,c!==i&&o.isPropagationStopped())break e;Og(o,l,s),i=c}}}if(Bs)throw e=ap,Bs=!1,ap=null,e}function be(e,t){var r=t[vp];r===void 0&&(r=t[vp]=new Set);var n=e+"__bubble";r.has(n)||(ry(t,e,2,!1),r.add(n))}function Lf(e,t,r){var n=0;t&&(n|=4),ry(r,e,n,t)}var gs="_reactListening"+Math.random().toString(36).slice(2);function Ol(e){if(!e[gs]){e[gs]=!0,sb.forEach(function(r){r!=="selectionchange"&&(_k.has(r)||Lf(r,!1,e),Lf(r,!0,e))});var t=e.nodeType===9?e:e.ownerDocument;t===null||t[gs]||(t[gs]=!0,Lf("selectionchange",!1,t))}}function ry(e,t,r,n){switch(zb(t)){case 1:var o=B4;break;case 4:o=M4;break;default:o=Kp}r=o.bind(null,t,r,e),o=void 0,!ip||t!=="touchstart"&&t!=="touchmove"&&t!=="wheel"||(o=!0),n?o!==void 0?e.addEventListener(t,r,{capture:!0,passive:o}):e.addEventListener(t,r,!0):o!==void 0?e.addEventListener(t,r,{passive:o}):e.addEventListener(t,r,!1)}function If(e,t,r,n,o){var i=n;if((t&1)===0&&(t&2)===0&&n!==null)e:for(;;){if(n===null)return;var a=n.tag;if(a===3||a===4){var l=n.stateNode.containerInfo;if(l===o||l.nodeType===8&&l.parentNode===o)break;if(a===4)for(a=n.return;a!==null;){var c=a.tag;if((c===3||c===4)&&(c=a.stateNode.containerInfo,c===o||c.nodeType===8&&c.parentNode===o))return;a=a.return}for(;l!==null;){if(a=Io(l),a===null)return;if(c=a.tag,c===5||c===6){n=i=a;continue e}l=l.parentNode}}n=n.return}Sb(function(){var s=i,d=Hp(r),u=[];e:{var f=ey.get(e);if(f!==void 0){var v=qp,b=e;switch(e){case"keypress":if(Cs(r)===0)break e;case"keydown":case"keyup":v=Z4;break;case"focusin":b="focus",v=Af;break;case"focusout":b="blur",v=Af;break;case"beforeblur":case"afterblur":v=Af;break;case"click":if(r.button===2)break e;case"auxclick":case"dblclick":case"mousedown":case"mousemove":case"mouseup":case"mouseout":case"mouseover":case"contextmenu":v=vg;break;case"drag":case"dragend":case"dragenter":case"dragexit":case"dragleave":case"dragover":case"dragstart":case"drop":v=j4;break;case"touchcancel":case"touchend":case"touchmove":case"touchstart":v=tk;break;case Yb:case Qb:case Zb:v=H4;break;case Jb:v=nk;break;case"scroll":v=F4;break;case"wheel":v=ik;break;case"copy":case"cut":case"paste":v=G4;break;case"gotpointercapture":case"lostpointercapture":case"pointercancel":case"pointerdown":case"pointermove":case"pointerout":case"pointerover":case"pointerup":v=bg}var g=(t&4)!==0,x=!g&&e==="scroll",m=g?f!==null?f+"Capture":null:f;g=[];for(var p=s,h;p!==null;){h=p;var y=h.stateNode;if(h.tag===5&&y!==null&&(h=y,m!==null&&(y=wl(p,m),y!=null&&g.push(Al(p,y,h)))),x)break;p=p.return}0<g.length&&(f=new v(f,b,null,r,d),u.push({event:f,listeners:g}))}}if((t&7)===0){e:{if(f=e==="mouseover"||e==="pointerover",v=e==="mouseout"||e==="pointerout",f&&r!==np&&(b=r.relatedTarget||r.fromElement)&&(Io(b)||b[yn]))break e;if((v||f)&&(f=d.window===d?d:(f=d.ownerDocument)?f.defaultView||f.parentWindow:window,v?(b=r.relatedTarget||r.toElement,v=s,b=b?Io(b):null,b!==null&&(x=Go(b),b!==x||b.tag!==5&&b.tag!==6)&&(b=null)):(v=null,b=s),v!==b)){if(g=vg,y="onMouseLeave",m="onMouseEnter",p="mouse",(e==="pointerout"||e==="pointerover")&&(g=bg,y="onPointerLeave",m="onPointerEnter",p="pointer"),x=v==null?f:Di(v),h=b==null?f:Di(b),f=new g(y,p+"leave",v,r,d),f.target=x,f.relatedTarget=h,y=null,Io(d)===s&&(g=new g(m,p+"enter",b,r,d),g.target=h,g.relatedTarget=x,y=g),x=y,v&&b)t:{for(g=v,m=b,p=0,h=g;h;h=Oi(h))p++;for(h=0,y=m;y;y=Oi(y))h++;for(;0<p-h;)g=Oi(g),p--;for(;0<h-p;)m=Oi(m),h--;for(;p--;){if(g===m||m!==null&&g===m.alternate)break t;g=Oi(g),m=Oi(m)}g=null}else g=null;v!==null&&Ag(u,f,v,g,!1),b!==null&&x!==null&&Ag(u,x,b,g,!0)}}e:{if(f=s?Di(s):window,v=f.nodeName&&f.nodeName.toLowerCase(),v==="select"||v==="input"&&f.type==="file")var _=fk;else if(xg(f))if(Gb)_=vk;else{_=mk;var w=pk}else(v=f.nodeName)&&v.toLowerCase()==="input"&&(f.type==="checkbox"||f.type==="radio")&&(_=hk);if(_&&(_=_(e,s))){Vb(u,_,r,d);break e}w&&w(e,f,s),e==="focusout"&&(w=f._wrapperState)&&w.controlled&&f.type==="number"&&Zf(f,"number",f.value)}switch(w=s?Di(s):window,e){case"focusin":(xg(w)||w.contentEditable==="true")&&(Li=w,dp=s,vl=null);break;case"focusout":vl=dp=Li=null;break;case"mousedown":up=!0;break;case"contextmenu":case"mouseup":case"dragend":up=!1,Sg(u,r,d);break;case"selectionchange":if(yk)break;case"keydown":case"keyup":Sg(u,r,d)}var E;if(Qp)e:{switch(e){case"compositionstart":var S="onCompositionStart";break e;case"compositionend":S="onCompositionEnd";break e;case"compositionupdate":S="onCompositionUpdate";break e}S=void 0}else Pi?Wb(e,r)&&(S="onCompositionEnd"):e==="keydown"&&r.keyCode===229&&(S="onCompositionStart");S&&(Ub&&r.locale!=="ko"&&(Pi||S!=="onCompositionStart"?S==="onCompositionEnd"&&Pi&&(E=jb()):(Jn=d,Xp="value"in Jn?Jn.value:Jn.textContent,Pi=!0)),w=Us(s,S),0<w.length&&(S=new gg(S,e,null,r,d),u.push({event:S,listeners:w}),E?S.data=E:(E=Hb(r),E!==null&&(S.data=E)))),(E=lk?ck(e,r):sk(e,r))&&(s=Us(s,"onBeforeInput"),0<s.length&&(d=new gg("onBeforeInput","beforeinput",null,r,d),u.push({event:d,listeners:s}),d.data=E))}ty(u,t)})}function Al(e,t,r){return{instance:e,listener:t,currentTarget:r}}function Us(e,t){for(var r=t+"Capture",n=[];e!==null;){var o=e,i=o.stateNode;o.tag===5&&i!==null&&(o=i,i=wl(e,r),i!=null&&n.unshift(Al(e,i,o)),i=wl(e,t),i!=null&&n.push(Al(e,i,o))),e=e.return}return n}function Oi(e){if(e===null)return null;do e=e.return;while(e&&e.tag!==5);return e||null}function Ag(e,t,r,n,o){for(var i=t._reactName,a=[];r!==null&&r!==n;){var l=r,c=l.alternate,s=l.stateNode;if(c!==null&&c===n)break;l.tag===5&&s!==null&&(l=s,o?(c=wl(r,i),c!=null&&a.unshift(Al(r,c,l))):o||(c=wl(r,i),c!=null&&a.push(Al(r,c,l)))),r=r.return}a.length!==0&&e.push({event:t,listeners:a})}var xk=/\r\n?/g,kk=/\u0000|\uFFFD/g;function Rg(e){return(typeof e=="string"?e:""+e).replace(xk,`
`).replace(kk,"")}function bs(e,t,r){if(t=Rg(t),Rg(e)!==t&&r)throw Error(A(425))}function Ws(){}var fp=null,pp=null;function mp(e,t){return e==="textarea"||e==="noscript"||typeof t.children=="string"||typeof t.children=="number"||typeof t.dangerouslySetInnerHTML=="object"&&t.dangerouslySetInnerHTML!==null&&t.dangerouslySetInnerHTML.__html!=null}var hp=typeof setTimeout=="function"?setTimeout:void 0,wk=typeof clearTimeout=="function"?clearTimeout:void 0,Pg=typeof Promise=="function"?Promise:void 0,Ek=typeof queueMicrotask=="function"?queueMicrotask:typeof Pg<"u"?function(e){return Pg.resolve(null).then(e).catch(Sk)}:hp;function Sk(e){setTimeout(function(){throw e})}function Df(e,t){var r=t,n=0;do{var o=r.nextSibling;if(e.removeChild(r),o&&o.nodeType===8)if(r=o.data,r==="/$"){if(n===0){e.removeChild(o),Cl(t);return}n--}else r!=="$"&&r!=="$?"&&r!=="$!"||n++;r=o}while(r);Cl(t)}function oo(e){for(;e!=null;e=e.nextSibling){var t=e.nodeType;if(t===1||t===3)break;if(t===8){if(t=e.data,t==="$"||t==="$!"||t==="$?")break;if(t==="/$")return null}}return e}function Lg(e){e=e.previousSibling;for(var t=0;e;){if(e.nodeType===8){var r=e.data;if(r==="$"||r==="$!"||r==="$?"){if(t===0)return e;t--}else r==="/$"&&t++}e=e.previousSibling}return null}var ra=Math.random().toString(36).slice(2),Zr="__reactFiber$"+ra,Rl="__reactProps$"+ra,yn="__reactContainer$"+ra,vp="__reactEvents$"+ra,Ck="__reactListeners$"+ra,Tk="__reactHandles$"+ra;function Io(e){var t=e[Zr];if(t)return t;for(var r=e.parentNode;r;){if(t=r[yn]||r[Zr]){if(r=t.alternate,t.child!==null||r!==null&&r.child!==null)for(e=Lg(e);e!==null;){if(r=e[Zr])return r;e=Lg(e)}return t}e=r,r=e.parentNode}return null}function jl(e){return e=e[Zr]||e[yn],!e||e.tag!==5&&e.tag!==6&&e.tag!==13&&e.tag!==3?null:e}function Di(e){if(e.tag===5||e.tag===6)return e.stateNode;throw Error(A(33))}function cd(e){return e[Rl]||null}var gp=[],Bi=-1;function po(e){return{current:e}}function ye(e){0>Bi||(e.current=gp[Bi],gp[Bi]=null,Bi--)}function pe(e,t){Bi++,gp[Bi]=e.current,e.current=t}var uo={},vt=po(uo),jt=po(!1),zo=uo;function qi(e,t){var r=e.type.contextTypes;if(!r)return uo;var n=e.stateNode;if(n&&n.__reactInternalMemoizedUnmaskedChildContext===t)return n.__reactInternalMemoizedMaskedChildContext;var o={},i;for(i in r)o[i]=t[i];return n&&(e=e.stateNode,e.__reactInternalMemoizedUnmaskedChildContext=t,e.__reactInternalMemoizedMaskedChildContext=o),o}function Ut(e){return e=e.childContextTypes,e!=null}function Hs(){ye(jt),ye(vt)}function Ig(e,t,r){if(vt.current!==uo)throw Error(A(168));pe(vt,t),pe(jt,r)}function ny(e,t,r){var n=e.stateNode;if(t=t.childContextTypes,typeof n.getChildContext!="function")return r;n=n.getChildContext();for(var o in n)if(!(o in t))throw Error(A(108,p4(e)||"Unknown",o));return Oe({},r,n)}function Vs(e){return e=(e=e.stateNode)&&e.__reactInternalMemoizedMergedChildContext||uo,zo=vt.current,pe(vt,e),pe(jt,jt.current),!0}function Dg(e,t,r){var n=e.stateNode;if(!n)throw Error(A(169));r?(e=ny(e,t,zo),n.__reactInternalMemoizedMergedChildContext=e,ye(jt),ye(vt),pe(vt,e)):ye(jt),pe(jt,r)}var mn=null,sd=!1,Bf=!1;function oy(e){mn===null?mn=[e]:mn.push(e)}function Nk(e){sd=!0,oy(e)}function mo(){if(!Bf&&mn!==null){Bf=!0;var e=0,t=ne;try{var r=mn;for(ne=1;e<r.length;e++){var n=r[e];do n=n(!0);while(n!==null)}mn=null,sd=!1}catch(o){throw mn!==null&&(mn=mn.slice(e+1)),Ob(Vp,mo),o}finally{ne=t,Bf=!1}}return null}var Mi=[],Fi=0,Gs=null,$s=0,fr=[],pr=0,jo=null,hn=1,vn="";function Po(e,t){Mi[Fi++]=$s,Mi[Fi++]=Gs,Gs=e,$s=t}function iy(e,t,r){fr[pr++]=hn,fr[pr++]=vn,fr[pr++]=jo,jo=e;var n=hn;e=vn;var o=32-Nr(n)-1;n&=~(1<<o),r+=1;var i=32-Nr(t)+o;if(30<i){var a=o-o%5;i=(n&(1<<a)-1).toString(32),n>>=a,o-=a,hn=1<<32-Nr(t)+o|r<<o|n,vn=i+e}else hn=1<<i|r<<o|n,vn=e}function Jp(e){e.return!==null&&(Po(e,1),iy(e,1,0))}function em(e){for(;e===Gs;)Gs=Mi[--Fi],Mi[Fi]=null,$s=Mi[--Fi],Mi[Fi]=null;for(;e===jo;)jo=fr[--pr],fr[pr]=null,vn=fr[--pr],fr[pr]=null,hn=fr[--pr],fr[pr]=null}var tr=null,er=null,Se=!1,Tr=null;function ay(e,t){var r=mr(5,null,null,0);r.elementType="DELETED",r.stateNode=t,r.return=e,t=e.deletions,t===null?(e.deletions=[r],e.flags|=16):t.push(r)}function Bg(e,t){switch(e.tag){case 5:var r=e.type;return t=t.nodeType!==1||r.toLowerCase()!==t.nodeName.toLowerCase()?null:t,t!==null?(e.stateNode=t,tr=e,er=oo(t.firstChild),!0):!1;case 6:return t=e.pendingProps===""||t.nodeType!==3?null:t,t!==null?(e.stateNode=t,tr=e,er=null,!0):!1;case 13:return t=t.nodeType!==8?null:t,t!==null?(r=jo!==null?{id:hn,overflow:vn}:null,e.memoizedState={dehydrated:t,treeContext:r,retryLane:1073741824},r=mr(18,null,null,0),r.stateNode=t,r.return=e,e.child=r,tr=e,er=null,!0):!1;default:return!1}}function bp(e){return(e.mode&1)!==0&&(e.flags&128)===0}function yp(e){if(Se){var t=er;if(t){var r=t;if(!Bg(e,t)){if(bp(e))throw Error(A(418));t=oo(r.nextSibling);var n=tr;t&&Bg(e,t)?ay(n,r):(e.flags=e.flags&-4097|2,Se=!1,tr=e)}}else{if(bp(e))throw Error(A(418));e.flags=e.flags&-4097|2,Se=!1,tr=e}}}function Mg(e){for(e=e.return;e!==null&&e.tag!==5&&e.tag!==3&&e.tag!==13;)e=e.return;tr=e}function ys(e){if(e!==tr)return!1;if(!Se)return Mg(e),Se=!0,!1;var t;if((t=e.tag!==3)&&!(t=e.tag!==5)&&(t=e.type,t=t!=="head"&&t!=="body"&&!mp(e.type,e.memoizedProps)),t&&(t=er)){if(bp(e))throw ly(),Error(A(418));for(;t;)ay(e,t),t=oo(t.nextSibling)}if(Mg(e),e.tag===13){if(e=e.memoizedState,e=e!==null?e.dehydrated:null,!e)throw Error(A(317));e:{for(e=e.nextSibling,t=0;e;){if(e.nodeType===8){var r=e.data;if(r==="/$"){if(t===0){er=oo(e.nextSibling);break e}t--}else r!=="$"&&r!=="$!"&&r!=="$?"||t++}e=e.nextSibling}er=null}}else er=tr?oo(e.stateNode.nextSibling):null;return!0}function ly(){for(var e=er;e;)e=oo(e.nextSibling)}function Yi(){er=tr=null,Se=!1}function tm(e){Tr===null?Tr=[e]:Tr.push(e)}var Ok=kn.ReactCurrentBatchConfig;function ol(e,t,r){if(e=r.ref,e!==null&&typeof e!="function"&&typeof e!="object"){if(r._owner){if(r=r._owner,r){if(r.tag!==1)throw Error(A(309));var n=r.stateNode}if(!n)throw Error(A(147,e));var o=n,i=""+e;return t!==null&&t.ref!==null&&typeof t.ref=="function"&&t.ref._stringRef===i?t.ref:(t=function(a){var l=o.refs;a===null?delete l[i]:l[i]=a},t._stringRef=i,t)}if(typeof e!="string")throw Error(A(284));if(!r._owner)throw Error(A(290,e))}return e}function _s(e,t){throw e=Object.prototype.toString.call(t),Error(A(31,e==="[object Object]"?"object with keys {"+Object.keys(t).join(", ")+"}":e))}function Fg(e){var t=e._init;return t(e._payload)}function cy(e){function t(m,p){if(e){var h=m.deletions;h===null?(m.deletions=[p],m.flags|=16):h.push(p)}}function r(m,p){if(!e)return null;for(;p!==null;)t(m,p),p=p.sibling;return null}function n(m,p){for(m=new Map;p!==null;)p.key!==null?m.set(p.key,p):m.set(p.index,p),p=p.sibling;return m}function o(m,p){return m=co(m,p),m.index=0,m.sibling=null,m}function i(m,p,h){return m.index=h,e?(h=m.alternate,h!==null?(h=h.index,h<p?(m.flags|=2,p):h):(m.flags|=2,p)):(m.flags|=1048576,p)}function a(m){return e&&m.alternate===null&&(m.flags|=2),m}function l(m,p,h,y){return p===null||p.tag!==6?(p=Hf(h,m.mode,y),p.return=m,p):(p=o(p,h),p.return=m,p)}function c(m,p,h,y){var _=h.type;return _===Ri?d(m,p,h.props.children,y,h.key):p!==null&&(p.elementType===_||typeof _=="object"&&_!==null&&_.$$typeof===qn&&Fg(_)===p.type)?(y=o(p,h.props),y.ref=ol(m,p,h),y.return=m,y):(y=Ls(h.type,h.key,h.props,null,m.mode,y),y.ref=ol(m,p,h),y.return=m,y)}function s(m,p,h,y){return p===null||p.tag!==4||p.stateNode.containerInfo!==h.containerInfo||p.stateNode.implementation!==h.implementation?(p=Vf(h,m.mode,y),p.return=m,p):(p=o(p,h.children||[]),p.return=m,p)}function d(m,p,h,y,_){return p===null||p.tag!==7?(p=Fo(h,m.mode,y,_),p.return=m,p):(p=o(p,h),p.return=m,p)}function u(m,p,h){if(typeof p=="string"&&p!==""||typeof p=="number")return p=Hf(""+p,m.mode,h),p.return=m,p;if(typeof p=="object"&&p!==null){switch(p.$$typeof){case is:return h=Ls(p.type,p.key,p.props,null,m.mode,h),h.ref=ol(m,null,p),h.return=m,h;case Ai:return p=Vf(p,m.mode,h),p.return=m,p;case qn:var y=p._init;return u(m,y(p._payload),h)}if(sl(p)||el(p))return p=Fo(p,m.mode,h,null),p.return=m,p;_s(m,p)}return null}function f(m,p,h,y){var _=p!==null?p.key:null;if(typeof h=="string"&&h!==""||typeof h=="number")return _!==null?null:l(m,p,""+h,y);if(typeof h=="object"&&h!==null){switch(h.$$typeof){case is:return h.key===_?c(m,p,h,y):null;case Ai:return h.key===_?s(m,p,h,y):null;case qn:return _=h._init,f(m,p,_(h._payload),y)}if(sl(h)||el(h))return _!==null?null:d(m,p,h,y,null);_s(m,h)}return null}function v(m,p,h,y,_){if(typeof y=="string"&&y!==""||typeof y=="number")return m=m.get(h)||null,l(p,m,""+y,_);if(typeof y=="object"&&y!==null){switch(y.$$typeof){case is:return m=m.get(y.key===null?h:y.key)||null,c(p,m,y,_);case Ai:return m=m.get(y.key===null?h:y.key)||null,s(p,m,y,_);case qn:var w=y._init;return v(m,p,h,w(y._payload),_)}if(sl(y)||el(y))return m=m.get(h)||null,d(p,m,y,_,null);_s(p,y)}return null}function b(m,p,h,y){for(var _=null,w=null,E=p,S=p=0,I=null;E!==null&&S<h.length;S++){E.index>S?(I=E,E=null):I=E.sibling;var T=f(m,E,h[S],y);if(T===null){E===null&&(E=I);break}e&&E&&T.alternate===null&&t(m,E),p=i(T,p,S),w===null?_=T:w.sibling=T,w=T,E=I}if(S===h.length)return r(m,E),Se&&Po(m,S),_;if(E===null){for(;S<h.length;S++)E=u(m,h[S],y),E!==null&&(p=i(E,p,S),w===null?_=E:w.sibling=E,w=E);return Se&&Po(m,S),_}for(E=n(m,E);S<h.length;S++)I=v(E,m,S,h[S],y),I!==null&&(e&&I.alternate!==null&&E.delete(I.key===null?S:I.key),p=i(I,p,S),w===null?_=I:w.sibling=I,w=I);return e&&E.forEach(function(N){return t(m,N)}),Se&&Po(m,S),_}function g(m,p,h,y){var _=el(h);if(typeof _!="function")throw Error(A(150));if(h=_.call(h),h==null)throw Error(A(151));for(var w=_=null,E=p,S=p=0,I=null,T=h.next();E!==null&&!T.done;S++,T=h.next()){E.index>S?(I=E,E=null):I=E.sibling;var N=f(m,E,T.value,y);if(N===null){E===null&&(E=I);break}e&&E&&N.alternate===null&&t(m,E),p=i(N,p,S),w===null?_=N:w.sibling=N,w=N,E=I}if(T.done)return r(m,E),Se&&Po(m,S),_;if(E===null){for(;!T.done;S++,T=h.next())T=u(m,T.value,y),T!==null&&(p=i(T,p,S),w===null?_=T:w.sibling=T,w=T);return Se&&Po(m,S),_}for(E=n(m,E);!T.done;S++,T=h.next())T=v(E,m,S,T.value,y),T!==null&&(e&&T.alternate!==null&&E.delete(T.key===null?S:T.key),p=i(T,p,S),w===null?_=T:w.sibling=T,w=T);return e&&E.forEach(function(R){return t(m,R)}),Se&&Po(m,S),_}function x(m,p,h,y){if(typeof h=="object"&&h!==null&&h.type===Ri&&h.key===null&&(h=h.props.children),typeof h=="object"&&h!==null){switch(h.$$typeof){case is:e:{for(var _=h.key,w=p;w!==null;){if(w.key===_){if(_=h.type,_===Ri){if(w.tag===7){r(m,w.sibling),p=o(w,h.props.children),p.return=m,m=p;break e}}else if(w.elementType===_||typeof _=="object"&&_!==null&&_.$$typeof===qn&&Fg(_)===w.type){r(m,w.sibling),p=o(w,h.props),p.ref=ol(m,w,h),p.return=m,m=p;break e}r(m,w);break}else t(m,w);w=w.sibling}h.type===Ri?(p=Fo(h.props.children,m.mode,y,h.key),p.return=m,m=p):(y=Ls(h.type,h.key,h.props,null,m.mode,y),y.ref=ol(m,p,h),y.return=m,m=y)}return a(m);case Ai:e:{for(w=h.key;p!==null;){if(p.key===w)if(p.tag===4&&p.stateNode.containerInfo===h.containerInfo&&p.stateNode.implementation===h.implementation){r(m,p.sibling),p=o(p,h.children||[]),p.return=m,m=p;break e}else{r(m,p);break}else t(m,p);p=p.sibling}p=Vf(h,m.mode,y),p.return=m,m=p}return a(m);case qn:return w=h._init,x(m,p,w(h._payload),y)}if(sl(h))return b(m,p,h,y);if(el(h))return g(m,p,h,y);_s(m,h)}return typeof h=="string"&&h!==""||typeof h=="number"?(h=""+h,p!==null&&p.tag===6?(r(m,p.sibling),p=o(p,h),p.return=m,m=p):(r(m,p),p=Hf(h,m.mode,y),p.return=m,m=p),a(m)):r(m,p)}return x}var Qi=cy(!0),sy=cy(!1),Ks=po(null),Xs=null,zi=null,rm=null;function nm(){rm=zi=Xs=null}function om(e){var t=Ks.current;ye(Ks),e._currentValue=t}function _p(e,t,r){for(;e!==null;){var n=e.alternate;if((e.childLanes&t)!==t?(e.childLanes|=t,n!==null&&(n.childLanes|=t)):n!==null&&(n.childLanes&t)!==t&&(n.childLanes|=t),e===r)break;e=e.return}}function $i(e,t){Xs=e,rm=zi=null,e=e.dependencies,e!==null&&e.firstContext!==null&&((e.lanes&t)!==0&&(zt=!0),e.firstContext=null)}function vr(e){var t=e._currentValue;if(rm!==e)if(e={context:e,memoizedValue:t,next:null},zi===null){if(Xs===null)throw Error(A(308));zi=e,Xs.dependencies={lanes:0,firstContext:e}}else zi=zi.next=e;return t}var Do=null;function im(e){Do===null?Do=[e]:Do.push(e)}function dy(e,t,r,n){var o=t.interleaved;return o===null?(r.next=r,im(t)):(r.next=o.next,o.next=r),t.interleaved=r,_n(e,n)}function _n(e,t){e.lanes|=t;var r=e.alternate;for(r!==null&&(r.lanes|=t),r=e,e=e.return;e!==null;)e.childLanes|=t,r=e.alternate,r!==null&&(r.childLanes|=t),r=e,e=e.return;return r.tag===3?r.stateNode:null}var Yn=!1;function am(e){e.updateQueue={baseState:e.memoizedState,firstBaseUpdate:null,lastBaseUpdate:null,shared:{pending:null,interleaved:null,lanes:0},effects:null}}function uy(e,t){e=e.updateQueue,t.updateQueue===e&&(t.updateQueue={baseState:e.baseState,firstBaseUpdate:e.firstBaseUpdate,lastBaseUpdate:e.lastBaseUpdate,shared:e.shared,effects:e.effects})}function gn(e,t){return{eventTime:e,lane:t,tag:0,payload:null,callback:null,next:null}}function io(e,t,r){var n=e.updateQueue;if(n===null)return null;if(n=n.shared,(Q&2)!==0){var o=n.pending;return o===null?t.next=t:(t.next=o.next,o.next=t),n.pending=t,_n(e,r)}return o=n.interleaved,o===null?(t.next=t,im(n)):(t.next=o.next,o.next=t),n.interleaved=t,_n(e,r)}function Ts(e,t,r){if(t=t.updateQueue,t!==null&&(t=t.shared,(r&4194240)!==0)){var n=t.lanes;n&=e.pendingLanes,r|=n,t.lanes=r,Gp(e,r)}}function zg(e,t){var r=e.updateQueue,n=e.alternate;if(n!==null&&(n=n.updateQueue,r===n)){var o=null,i=null;if(r=r.firstBaseUpdate,r!==null){do{var a={eventTime:r.eventTime,lane:r.lane,tag:r.tag,payload:r.payload,callback:r.callback,next:null};i===null?o=i=a:i=i.next=a,r=r.next}while(r!==null);i===null?o=i=t:i=i.next=t}else o=i=t;r={baseState:n.baseState,firstBaseUpdate:o,lastBaseUpdate:i,shared:n.shared,effects:n.effects},e.updateQueue=r;return}e=r.lastBaseUpdate,e===null?r.firstBaseUpdate=t:e.next=t,r.lastBaseUpdate=t}function qs(e,t,r,n){var o=e.updateQueue;Yn=!1;var i=o.firstBaseUpdate,a=o.lastBaseUpdate,l=o.shared.pending;if(l!==null){o.shared.pending=null;var c=l,s=c.next;c.next=null,a===null?i=s:a.next=s,a=c;var d=e.alternate;d!==null&&(d=d.updateQueue,l=d.lastBaseUpdate,l!==a&&(l===null?d.firstBaseUpdate=s:l.next=s,d.lastBaseUpdate=c))}if(i!==null){var u=o.baseState;a=0,d=s=c=null,l=i;do{var f=l.lane,v=l.eventTime;if((n&f)===f){d!==null&&(d=d.next={eventTime:v,lane:0,tag:l.tag,payload:l.payload,callback:l.callback,next:null});e:{var b=e,g=l;switch(f=t,v=r,g.tag){case 1:if(b=g.payload,typeof b=="function"){u=b.call(v,u,f);break e}u=b;break e;case 3:b.flags=b.flags&-65537|128;case 0:if(b=g.payload,f=typeof b=="function"?b.call(v,u,f):b,f==null)break e;u=Oe({},u,f);break e;case 2:Yn=!0}}l.callback!==null&&l.lane!==0&&(e.flags|=64,f=o.effects,f===null?o.effects=[l]:f.push(l))}else v={eventTime:v,lane:f,tag:l.tag,payload:l.payload,callback:l.callback,next:null},d===null?(s=d=v,c=u):d=d.next=v,a|=f;if(l=l.next,l===null){if(l=o.shared.pending,l===null)break;f=l,l=f.next,f.next=null,o.lastBaseUpdate=f,o.shared.pending=null}}while(!0);if(d===null&&(c=u),o.baseState=c,o.firstBaseUpdate=s,o.lastBaseUpdate=d,t=o.shared.interleaved,t!==null){o=t;do a|=o.lane,o=o.next;while(o!==t)}else i===null&&(o.shared.lanes=0);Wo|=a,e.lanes=a,e.memoizedState=u}}function jg(e,t,r){if(e=t.effects,t.effects=null,e!==null)for(t=0;t<e.length;t++){var n=e[t],o=n.callback;if(o!==null){if(n.callback=null,n=r,typeof o!="function")throw Error(A(191,o));o.call(n)}}}var Ul={},en=po(Ul),Pl=po(Ul),Ll=po(Ul);function Bo(e){if(e===Ul)throw Error(A(174));return e}function lm(e,t){switch(pe(Ll,t),pe(Pl,e),pe(en,Ul),e=t.nodeType,e){case 9:case 11:t=(t=t.documentElement)?t.namespaceURI:ep(null,"");break;default:e=e===8?t.parentNode:t,t=e.namespaceURI||null,e=e.tagName,t=ep(t,e)}ye(en),pe(en,t)}function Zi(){ye(en),ye(Pl),ye(Ll)}function fy(e){Bo(Ll.current);var t=Bo(en.current),r=ep(t,e.type);t!==r&&(pe(Pl,e),pe(en,r))}function cm(e){Pl.current===e&&(ye(en),ye(Pl))}var Te=po(0);function Ys(e){for(var t=e;t!==null;){if(t.tag===13){var r=t.memoizedState;if(r!==null&&(r=r.dehydrated,r===null||r.data==="$?"||r.data==="$!"))return t}else if(t.tag===19&&t.memoizedProps.revealOrder!==void 0){if((t.flags&128)!==0)return t}else if(t.child!==null){t.child.return=t,t=t.child;continue}if(t===e)break;for(;t.sibling===null;){if(t.return===null||t.return===e)return null;t=t.return}t.sibling.return=t.return,t=t.sibling}return null}var Mf=[];function sm(){for(var e=0;e<Mf.length;e++)Mf[e]._workInProgressVersionPrimary=null;Mf.length=0}var Ns=kn.ReactCurrentDispatcher,Ff=kn.ReactCurrentBatchConfig,Uo=0,Ne=null,Qe=null,rt=null,Qs=!1,gl=!1,Il=0,Ak=0;function pt(){throw Error(A(321))}function dm(e,t){if(t===null)return!1;for(var r=0;r<t.length&&r<e.length;r++)if(!Ar(e[r],t[r]))return!1;return!0}function um(e,t,r,n,o,i){if(Uo=i,Ne=t,t.memoizedState=null,t.updateQueue=null,t.lanes=0,Ns.current=e===null||e.memoizedState===null?Ik:Dk,e=r(n,o),gl){i=0;do{if(gl=!1,Il=0,25<=i)throw Error(A(301));i+=1,rt=Qe=null,t.updateQueue=null,Ns.current=Bk,e=r(n,o)}while(gl)}if(Ns.current=Zs,t=Qe!==null&&Qe.next!==null,Uo=0,rt=Qe=Ne=null,Qs=!1,t)throw Error(A(300));return e}function fm(){var e=Il!==0;return Il=0,e}function Qr(){var e={memoizedState:null,baseState:null,baseQueue:null,queue:null,next:null};return rt===null?Ne.memoizedState=rt=e:rt=rt.next=e,rt}function gr(){if(Qe===null){var e=Ne.alternate;e=e!==null?e.memoizedState:null}else e=Qe.next;var t=rt===null?Ne.memoizedState:rt.next;if(t!==null)rt=t,Qe=e;else{if(e===null)throw Error(A(310));Qe=e,e={memoizedState:Qe.memoizedState,baseState:Qe.baseState,baseQueue:Qe.baseQueue,queue:Qe.queue,next:null},rt===null?Ne.memoizedState=rt=e:rt=rt.next=e}return rt}function Dl(e,t){return typeof t=="function"?t(e):t}function zf(e){var t=gr(),r=t.queue;if(r===null)throw Error(A(311));r.lastRenderedReducer=e;var n=Qe,o=n.baseQueue,i=r.pending;if(i!==null){if(o!==null){var a=o.next;o.next=i.next,i.next=a}n.baseQueue=o=i,r.pending=null}if(o!==null){i=o.next,n=n.baseState;var l=a=null,c=null,s=i;do{var d=s.lane;if((Uo&d)===d)c!==null&&(c=c.next={lane:0,action:s.action,hasEagerState:s.hasEagerState,eagerState:s.eagerState,next:null}),n=s.hasEagerState?s.eagerState:e(n,s.action);else{var u={lane:d,action:s.action,hasEagerState:s.hasEagerState,eagerState:s.eagerState,next:null};c===null?(l=c=u,a=n):c=c.next=u,Ne.lanes|=d,Wo|=d}s=s.next}while(s!==null&&s!==i);c===null?a=n:c.next=l,Ar(n,t.memoizedState)||(zt=!0),t.memoizedState=n,t.baseState=a,t.baseQueue=c,r.lastRenderedState=n}if(e=r.interleaved,e!==null){o=e;do i=o.lane,Ne.lanes|=i,Wo|=i,o=o.next;while(o!==e)}else o===null&&(r.lanes=0);return[t.memoizedState,r.dispatch]}function jf(e){var t=gr(),r=t.queue;if(r===null)throw Error(A(311));r.lastRenderedReducer=e;var n=r.dispatch,o=r.pending,i=t.memoizedState;if(o!==null){r.pending=null;var a=o=o.next;do i=e(i,a.action),a=a.next;while(a!==o);Ar(i,t.memoizedState)||(zt=!0),t.memoizedState=i,t.baseQueue===null&&(t.baseState=i),r.lastRenderedState=i}return[i,n]}function py(){}function my(e,t){var r=Ne,n=gr(),o=t(),i=!Ar(n.memoizedState,o);if(i&&(n.memoizedState=o,zt=!0),n=n.queue,pm(gy.bind(null,r,n,e),[e]),n.getSnapshot!==t||i||rt!==null&&rt.memoizedState.tag&1){if(r.flags|=2048,Bl(9,vy.bind(null,r,n,o,t),void 0,null),nt===null)throw Error(A(349));(Uo&30)!==0||hy(r,t,o)}return o}function hy(e,t,r){e.flags|=16384,e={getSnapshot:t,value:r},t=Ne.updateQueue,t===null?(t={lastEffect:null,stores:null},Ne.updateQueue=t,t.stores=[e]):(r=t.stores,r===null?t.stores=[e]:r.push(e))}function vy(e,t,r,n){t.value=r,t.getSnapshot=n,by(t)&&yy(e)}function gy(e,t,r){return r(function(){by(t)&&yy(e)})}function by(e){var t=e.getSnapshot;e=e.value;try{var r=t();return!Ar(e,r)}catch{return!0}}function yy(e){var t=_n(e,1);t!==null&&Or(t,e,1,-1)}function Ug(e){var t=Qr();return typeof e=="function"&&(e=e()),t.memoizedState=t.baseState=e,e={pending:null,interleaved:null,lanes:0,dispatch:null,lastRenderedReducer:Dl,lastRenderedState:e},t.queue=e,e=e.dispatch=Lk.bind(null,Ne,e),[t.memoizedState,e]}function Bl(e,t,r,n){return e={tag:e,create:t,destroy:r,deps:n,next:null},t=Ne.updateQueue,t===null?(t={lastEffect:null,stores:null},Ne.updateQueue=t,t.lastEffect=e.next=e):(r=t.lastEffect,r===null?t.lastEffect=e.next=e:(n=r.next,r.next=e,e.next=n,t.lastEffect=e)),e}function _y(){return gr().memoizedState}function Os(e,t,r,n){var o=Qr();Ne.flags|=e,o.memoizedState=Bl(1|t,r,void 0,n===void 0?null:n)}function dd(e,t,r,n){var o=gr();n=n===void 0?null:n;var i=void 0;if(Qe!==null){var a=Qe.memoizedState;if(i=a.destroy,n!==null&&dm(n,a.deps)){o.memoizedState=Bl(t,r,i,n);return}}Ne.flags|=e,o.memoizedState=Bl(1|t,r,i,n)}function Wg(e,t){return Os(8390656,8,e,t)}function pm(e,t){return dd(2048,8,e,t)}function xy(e,t){return dd(4,2,e,t)}function ky(e,t){return dd(4,4,e,t)}function wy(e,t){if(typeof t=="function")return e=e(),t(e),function(){t(null)};if(t!=null)return e=e(),t.current=e,function(){t.current=null}}function Ey(e,t,r){return r=r!=null?r.concat([e]):null,dd(4,4,wy.bind(null,t,e),r)}function mm(){}function Sy(e,t){var r=gr();t=t===void 0?null:t;var n=r.memoizedState;return n!==null&&t!==null&&dm(t,n[1])?n[0]:(r.memoizedState=[e,t],e)}function Cy(e,t){var r=gr();t=t===void 0?null:t;var n=r.memoizedState;return n!==null&&t!==null&&dm(t,n[1])?n[0]:(e=e(),r.memoizedState=[e,t],e)}function Ty(e,t,r){return(Uo&21)===0?(e.baseState&&(e.baseState=!1,zt=!0),e.memoizedState=r):(Ar(r,t)||(r=Pb(),Ne.lanes|=r,Wo|=r,e.baseState=!0),t)}function Rk(e,t){var r=ne;ne=r!==0&&4>r?r:4,e(!0);var n=Ff.transition;Ff.transition={};try{e(!1),t()}finally{ne=r,Ff.transition=n}}function Ny(){return gr().memoizedState}function Pk(e,t,r){var n=lo(e);if(r={lane:n,action:r,hasEagerState:!1,eagerState:null,next:null},Oy(e))Ay(t,r);else if(r=dy(e,t,r,n),r!==null){var o=Nt();Or(r,e,n,o),Ry(r,t,n)}}function Lk(e,t,r){var n=lo(e),o={lane:n,action:r,hasEagerState:!1,eagerState:null,next:null};if(Oy(e))Ay(t,o);else{var i=e.alternate;if(e.lanes===0&&(i===null||i.lanes===0)&&(i=t.lastRenderedReducer,i!==null))try{var a=t.lastRenderedState,l=i(a,r);if(o.hasEagerState=!0,o.eagerState=l,Ar(l,a)){var c=t.interleaved;c===null?(o.next=o,im(t)):(o.next=c.next,c.next=o),t.interleaved=o;return}}catch{}r=dy(e,t,o,n),r!==null&&(o=Nt(),Or(r,e,n,o),Ry(r,t,n))}}function Oy(e){var t=e.alternate;return e===Ne||t!==null&&t===Ne}function Ay(e,t){gl=Qs=!0;var r=e.pending;r===null?t.next=t:(t.next=r.next,r.next=t),e.pending=t}function Ry(e,t,r){if((r&4194240)!==0){var n=t.lanes;n&=e.pendingLanes,r|=n,t.lanes=r,Gp(e,r)}}var Zs={readContext:vr,useCallback:pt,useContext:pt,useEffect:pt,useImperativeHandle:pt,useInsertionEffect:pt,useLayoutEffect:pt,useMemo:pt,useReducer:pt,useRef:pt,useState:pt,useDebugValue:pt,useDeferredValue:pt,useTransition:pt,useMutableSource:pt,useSyncExternalStore:pt,useId:pt,unstable_isNewReconciler:!1},Ik={readContext:vr,useCallback:function(e,t){return Qr().memoizedState=[e,t===void 0?null:t],e},useContext:vr,useEffect:Wg,useImperativeHandle:function(e,t,r){return r=r!=null?r.concat([e]):null,Os(4194308,4,wy.bind(null,t,e),r)},useLayoutEffect:function(e,t){return Os(4194308,4,e,t)},useInsertionEffect:function(e,t){return Os(4,2,e,t)},useMemo:function(e,t){var r=Qr();return t=t===void 0?null:t,e=e(),r.memoizedState=[e,t],e},useReducer:function(e,t,r){var n=Qr();return t=r!==void 0?r(t):t,n.memoizedState=n.baseState=t,e={pending:null,interleaved:null,lanes:0,dispatch:null,lastRenderedReducer:e,lastRenderedState:t},n.queue=e,e=e.dispatch=Pk.bind(null,Ne,e),[n.memoizedState,e]},useRef:function(e){var t=Qr();return e={current:e},t.memoizedState=e},useState:Ug,useDebugValue:mm,useDeferredValue:function(e){return Qr().memoizedState=e},useTransition:function(){var e=Ug(!1),t=e[0];return e=Rk.bind(null,e[1]),Qr().memoizedState=e,[t,e]},useMutableSource:function(){},useSyncExternalStore:function(e,t,r){var n=Ne,o=Qr();if(Se){if(r===void 0)throw Error(A(407));r=r()}else{if(r=t(),nt===null)throw Error(A(349));(Uo&30)!==0||hy(n,t,r)}o.memoizedState=r;var i={value:r,getSnapshot:t};return o.queue=i,Wg(gy.bind(null,n,i,e),[e]),n.flags|=2048,Bl(9,vy.bind(null,n,i,r,t),void 0,null),r},useId:function(){var e=Qr(),t=nt.identifierPrefix;if(Se){var r=vn,n=hn;r=(n&~(1<<32-Nr(n)-1)).toString(32)+r,t=":"+t+"R"+r,r=Il++,0<r&&(t+="H"+r.toString(32)),t+=":"}else r=Ak++,t=":"+t+"r"+r.toString(32)+":";return e.memoizedState=t},unstable_isNewReconciler:!1},Dk={readContext:vr,useCallback:Sy,useContext:vr,useEffect:pm,useImperativeHandle:Ey,useInsertionEffect:xy,useLayoutEffect:ky,useMemo:Cy,useReducer:zf,useRef:_y,useState:function(){return zf(Dl)},useDebugValue:mm,useDeferredValue:function(e){var t=gr();return Ty(t,Qe.memoizedState,e)},useTransition:function(){var e=zf(Dl)[0],t=gr().memoizedState;return[e,t]},useMutableSource:py,useSyncExternalStore:my,useId:Ny,unstable_isNewReconciler:!1},Bk={readContext:vr,useCallback:Sy,useContext:vr,useEffect:pm,useImperativeHandle:Ey,useInsertionEffect:xy,useLayoutEffect:ky,useMemo:Cy,useReducer:jf,useRef:_y,useState:function(){return jf(Dl)},useDebugValue:mm,useDeferredValue:function(e){var t=gr();return Qe===null?t.memoizedState=e:Ty(t,Qe.memoizedState,e)},useTransition:function(){var e=jf(Dl)[0],t=gr().memoizedState;return[e,t]},useMutableSource:py,useSyncExternalStore:my,useId:Ny,unstable_isNewReconciler:!1};function Sr(e,t){if(e&&e.defaultProps){t=Oe({},t),e=e.defaultProps;for(var r in e)t[r]===void 0&&(t[r]=e[r]);return t}return t}function xp(e,t,r,n){t=e.memoizedState,r=r(n,t),r=r==null?t:Oe({},t,r),e.memoizedState=r,e.lanes===0&&(e.updateQueue.baseState=r)}var ud={isMounted:function(e){return(e=e._reactInternals)?Go(e)===e:!1},enqueueSetState:function(e,t,r){e=e._reactInternals;var n=Nt(),o=lo(e),i=gn(n,o);i.payload=t,r!=null&&(i.callback=r),t=io(e,i,o),t!==null&&(Or(t,e,o,n),Ts(t,e,o))},enqueueReplaceState:function(e,t,r){e=e._reactInternals;var n=Nt(),o=lo(e),i=gn(n,o);i.tag=1,i.payload=t,r!=null&&(i.callback=r),t=io(e,i,o),t!==null&&(Or(t,e,o,n),Ts(t,e,o))},enqueueForceUpdate:function(e,t){e=e._reactInternals;var r=Nt(),n=lo(e),o=gn(r,n);o.tag=2,t!=null&&(o.callback=t),t=io(e,o,n),t!==null&&(Or(t,e,n,r),Ts(t,e,n))}};function Hg(e,t,r,n,o,i,a){return e=e.stateNode,typeof e.shouldComponentUpdate=="function"?e.shouldComponentUpdate(n,i,a):t.prototype&&t.prototype.isPureReactComponent?!Nl(r,n)||!Nl(o,i):!0}function Py(e,t,r){var n=!1,o=uo,i=t.contextType;return typeof i=="object"&&i!==null?i=vr(i):(o=Ut(t)?zo:vt.current,n=t.contextTypes,i=(n=n!=null)?qi(e,o):uo),t=new t(r,i),e.memoizedState=t.state!==null&&t.state!==void 0?t.state:null,t.updater=ud,e.stateNode=t,t._reactInternals=e,n&&(e=e.stateNode,e.__reactInternalMemoizedUnmaskedChildContext=o,e.__reactInternalMemoizedMaskedChildContext=i),t}function Vg(e,t,r,n){e=t.state,typeof t.componentWillReceiveProps=="function"&&t.componentWillReceiveProps(r,n),typeof t.UNSAFE_componentWillReceiveProps=="function"&&t.UNSAFE_componentWillReceiveProps(r,n),t.state!==e&&ud.enqueueReplaceState(t,t.state,null)}function kp(e,t,r,n){var o=e.stateNode;o.props=r,o.state=e.memoizedState,o.refs={},am(e);var i=t.contextType;typeof i=="object"&&i!==null?o.context=vr(i):(i=Ut(t)?zo:vt.current,o.context=qi(e,i)),o.state=e.memoizedState,i=t.getDerivedStateFromProps,typeof i=="function"&&(xp(e,t,i,r),o.state=e.memoizedState),typeof t.getDerivedStateFromProps=="function"||typeof o.getSnapshotBeforeUpdate=="function"||typeof o.UNSAFE_componentWillMount!="function"&&typeof o.componentWillMount!="function"||(t=o.state,typeof o.componentWillMount=="function"&&o.componentWillMount(),typeof o.UNSAFE_componentWillMount=="function"&&o.UNSAFE_componentWillMount(),t!==o.state&&ud.enqueueReplaceState(o,o.state,null),qs(e,r,o,n),o.state=e.memoizedState),typeof o.componentDidMount=="function"&&(e.flags|=4194308)}function Ji(e,t){try{var r="",n=t;do r+=f4(n),n=n.return;while(n);var o=r}catch(i){o=`
Error generating stack: `+i.message+`
`+i.stack}return{value:e,source:t,stack:o,digest:null}}function Uf(e,t,r){return{value:e,source:null,stack:r??null,digest:t??null}}function wp(e,t){try{console.error(t.value)}catch(r){setTimeout(function(){throw r})}}var Mk=typeof WeakMap=="function"?WeakMap:Map;function Ly(e,t,r){r=gn(-1,r),r.tag=3,r.payload={element:null};var n=t.value;return r.callback=function(){ed||(ed=!0,Lp=n),wp(e,t)},r}function Iy(e,t,r){r=gn(-1,r),r.tag=3;var n=e.type.getDerivedStateFromError;if(typeof n=="function"){var o=t.value;r.payload=function(){return n(o)},r.callback=function(){wp(e,t)}}var i=e.stateNode;return i!==null&&typeof i.componentDidCatch=="function"&&(r.callback=function(){wp(e,t),typeof n!="function"&&(ao===null?ao=new Set([this]):ao.add(this));var a=t.stack;this.componentDidCatch(t.value,{componentStack:a!==null?a:""})}),r}function Gg(e,t,r){var n=e.pingCache;if(n===null){n=e.pingCache=new Mk;var o=new Set;n.set(t,o)}else o=n.get(t),o===void 0&&(o=new Set,n.set(t,o));o.has(r)||(o.add(r),e=Qk.bind(null,e,t,r),t.then(e,e))}function $g(e){do{var t;if((t=e.tag===13)&&(t=e.memoizedState,t=t!==null?t.dehydrated!==null:!0),t)return e;e=e.return}while(e!==null);return null}function Kg(e,t,r,n,o){return(e.mode&1)===0?(e===t?e.flags|=65536:(e.flags|=128,r.flags|=131072,r.flags&=-52805,r.tag===1&&(r.alternate===null?r.tag=17:(t=gn(-1,1),t.tag=2,io(r,t,1))),r.lanes|=1),e):(e.flags|=65536,e.lanes=o,e)}var Fk=kn.ReactCurrentOwner,zt=!1;function Tt(e,t,r,n){t.child=e===null?sy(t,null,r,n):Qi(t,e.child,r,n)}function Xg(e,t,r,n,o){r=r.render;var i=t.ref;return $i(t,o),n=um(e,t,r,n,i,o),r=fm(),e!==null&&!zt?(t.updateQueue=e.updateQueue,t.flags&=-2053,e.lanes&=~o,xn(e,t,o)):(Se&&r&&Jp(t),t.flags|=1,Tt(e,t,n,o),t.child)}function qg(e,t,r,n,o){if(e===null){var i=r.type;return typeof i=="function"&&!km(i)&&i.defaultProps===void 0&&r.compare===null&&r.defaultProps===void 0?(t.tag=15,t.type=i,Dy(e,t,i,n,o)):(e=Ls(r.type,null,n,t,t.mode,o),e.ref=t.ref,e.return=t,t.child=e)}if(i=e.child,(e.lanes&o)===0){var a=i.memoizedProps;if(r=r.compare,r=r!==null?r:Nl,r(a,n)&&e.ref===t.ref)return xn(e,t,o)}return t.flags|=1,e=co(i,n),e.ref=t.ref,e.return=t,t.child=e}function Dy(e,t,r,n,o){if(e!==null){var i=e.memoizedProps;if(Nl(i,n)&&e.ref===t.ref)if(zt=!1,t.pendingProps=n=i,(e.lanes&o)!==0)(e.flags&131072)!==0&&(zt=!0);else return t.lanes=e.lanes,xn(e,t,o)}return Ep(e,t,r,n,o)}function By(e,t,r){var n=t.pendingProps,o=n.children,i=e!==null?e.memoizedState:null;if(n.mode==="hidden")if((t.mode&1)===0)t.memoizedState={baseLanes:0,cachePool:null,transitions:null},pe(Ui,Jt),Jt|=r;else{if((r&1073741824)===0)return e=i!==null?i.baseLanes|r:r,t.lanes=t.childLanes=1073741824,t.memoizedState={baseLanes:e,cachePool:null,transitions:null},t.updateQueue=null,pe(Ui,Jt),Jt|=e,null;t.memoizedState={baseLanes:0,cachePool:null,transitions:null},n=i!==null?i.baseLanes:r,pe(Ui,Jt),Jt|=n}else i!==null?(n=i.baseLanes|r,t.memoizedState=null):n=r,pe(Ui,Jt),Jt|=n;return Tt(e,t,o,r),t.child}function My(e,t){var r=t.ref;(e===null&&r!==null||e!==null&&e.ref!==r)&&(t.flags|=512,t.flags|=2097152)}function Ep(e,t,r,n,o){var i=Ut(r)?zo:vt.current;return i=qi(t,i),$i(t,o),r=um(e,t,r,n,i,o),n=fm(),e!==null&&!zt?(t.updateQueue=e.updateQueue,t.flags&=-2053,e.lanes&=~o,xn(e,t,o)):(Se&&n&&Jp(t),t.flags|=1,Tt(e,t,r,o),t.child)}function Yg(e,t,r,n,o){if(Ut(r)){var i=!0;Vs(t)}else i=!1;if($i(t,o),t.stateNode===null)As(e,t),Py(t,r,n),kp(t,r,n,o),n=!0;else if(e===null){var a=t.stateNode,l=t.memoizedProps;a.props=l;var c=a.context,s=r.contextType;typeof s=="object"&&s!==null?s=vr(s):(s=Ut(r)?zo:vt.current,s=qi(t,s));var d=r.getDerivedStateFromProps,u=typeof d=="function"||typeof a.getSnapshotBeforeUpdate=="function";u||typeof a.UNSAFE_componentWillReceiveProps!="function"&&typeof a.componentWillReceiveProps!="function"||(l!==n||c!==s)&&Vg(t,a,n,s),Yn=!1;var f=t.memoizedState;a.state=f,qs(t,n,a,o),c=t.memoizedState,l!==n||f!==c||jt.current||Yn?(typeof d=="function"&&(xp(t,r,d,n),c=t.memoizedState),(l=Yn||Hg(t,r,l,n,f,c,s))?(u||typeof a.UNSAFE_componentWillMount!="function"&&typeof a.componentWillMount!="function"||(typeof a.componentWillMount=="function"&&a.componentWillMount(),typeof a.UNSAFE_componentWillMount=="function"&&a.UNSAFE_componentWillMount()),typeof a.componentDidMount=="function"&&(t.flags|=4194308)):(typeof a.componentDidMount=="function"&&(t.flags|=4194308),t.memoizedProps=n,t.memoizedState=c),a.props=n,a.state=c,a.context=s,n=l):(typeof a.componentDidMount=="function"&&(t.flags|=4194308),n=!1)}else{a=t.stateNode,uy(e,t),l=t.memoizedProps,s=t.type===t.elementType?l:Sr(t.type,l),a.props=s,u=t.pendingProps,f=a.context,c=r.contextType,typeof c=="object"&&c!==null?c=vr(c):(c=Ut(r)?zo:vt.current,c=qi(t,c));var v=r.getDerivedStateFromProps;(d=typeof v=="function"||typeof a.getSnapshotBeforeUpdate=="function")||typeof a.UNSAFE_componentWillReceiveProps!="function"&&typeof a.componentWillReceiveProps!="function"||(l!==u||f!==c)&&Vg(t,a,n,c),Yn=!1,f=t.memoizedState,a.state=f,qs(t,n,a,o);var b=t.memoizedState;l!==u||f!==b||jt.current||Yn?(typeof v=="function"&&(xp(t,r,v,n),b=t.memoizedState),(s=Yn||Hg(t,r,s,n,f,b,c)||!1)?(d||typeof a.UNSAFE_componentWillUpdate!="function"&&typeof a.componentWillUpdate!="function"||(typeof a.componentWillUpdate=="function"&&a.componentWillUpdate(n,b,c),typeof a.UNSAFE_componentWillUpdate=="function"&&a.UNSAFE_componentWillUpdate(n,b,c)),typeof a.componentDidUpdate=="function"&&(t.flags|=4),typeof a.getSnapshotBeforeUpdate=="function"&&(t.flags|=1024)):(typeof a.componentDidUpdate!="function"||l===e.memoizedProps&&f===e.memoizedState||(t.flags|=4),typeof a.getSnapshotBeforeUpdate!="function"||l===e.memoizedProps&&f===e.memoizedState||(t.flags|=1024),t.memoizedProps=n,t.memoizedState=b),a.props=n,a.state=b,a.context=c,n=s):(typeof a.componentDidUpdate!="function"||l===e.memoizedProps&&f===e.memoizedState||(t.flags|=4),typeof a.getSnapshotBeforeUpdate!="function"||l===e.memoizedProps&&f===e.memoizedState||(t.flags|=1024),n=!1)}return Sp(e,t,r,n,i,o)}function Sp(e,t,r,n,o,i){My(e,t);var a=(t.flags&128)!==0;if(!n&&!a)return o&&Dg(t,r,!1),xn(e,t,i);n=t.stateNode,Fk.current=t;var l=a&&typeof r.getDerivedStateFromError!="function"?null:n.render();return t.flags|=1,e!==null&&a?(t.child=Qi(t,e.child,null,i),t.child=Qi(t,null,l,i)):Tt(e,t,l,i),t.memoizedState=n.state,o&&Dg(t,r,!0),t.child}function Fy(e){var t=e.stateNode;t.pendingContext?Ig(e,t.pendingContext,t.pendingContext!==t.context):t.context&&Ig(e,t.context,!1),lm(e,t.containerInfo)}function Qg(e,t,r,n,o){return Yi(),tm(o),t.flags|=256,Tt(e,t,r,n),t.child}var Cp={dehydrated:null,treeContext:null,retryLane:0};function Tp(e){return{baseLanes:e,cachePool:null,transitions:null}}function zy(e,t,r){var n=t.pendingProps,o=Te.current,i=!1,a=(t.flags&128)!==0,l;if((l=a)||(l=e!==null&&e.memoizedState===null?!1:(o&2)!==0),l?(i=!0,t.flags&=-129):(e===null||e.memoizedState!==null)&&(o|=1),pe(Te,o&1),e===null)return yp(t),e=t.memoizedState,e!==null&&(e=e.dehydrated,e!==null)?((t.mode&1)===0?t.lanes=1:e.data==="$!"?t.lanes=8:t.lanes=1073741824,null):(a=n.children,e=n.fallback,i?(n=t.mode,i=t.child,a={mode:"hidden",children:a},(n&1)===0&&i!==null?(i.childLanes=0,i.pendingProps=a):i=md(a,n,0,null),e=Fo(e,n,r,null),i.return=t,e.return=t,i.sibling=e,t.child=i,t.child.memoizedState=Tp(r),t.memoizedState=Cp,e):hm(t,a));if(o=e.memoizedState,o!==null&&(l=o.dehydrated,l!==null))return zk(e,t,a,n,l,o,r);if(i){i=n.fallback,a=t.mode,o=e.child,l=o.sibling;var c={mode:"hidden",children:n.children};return(a&1)===0&&t.child!==o?(n=t.child,n.childLanes=0,n.pendingProps=c,t.deletions=null):(n=co(o,c),n.subtreeFlags=o.subtreeFlags&14680064),l!==null?i=co(l,i):(i=Fo(i,a,r,null),i.flags|=2),i.return=t,n.return=t,n.sibling=i,t.child=n,n=i,i=t.child,a=e.child.memoizedState,a=a===null?Tp(r):{baseLanes:a.baseLanes|r,cachePool:null,transitions:a.transitions},i.memoizedState=a,i.childLanes=e.childLanes&~r,t.memoizedState=Cp,n}return i=e.child,e=i.sibling,n=co(i,{mode:"visible",children:n.children}),(t.mode&1)===0&&(n.lanes=r),n.return=t,n.sibling=null,e!==null&&(r=t.deletions,r===null?(t.deletions=[e],t.flags|=16):r.push(e)),t.child=n,t.memoizedState=null,n}function hm(e,t){return t=md({mode:"visible",children:t},e.mode,0,null),t.return=e,e.child=t}function xs(e,t,r,n){return n!==null&&tm(n),Qi(t,e.child,null,r),e=hm(t,t.pendingProps.children),e.flags|=2,t.memoizedState=null,e}function zk(e,t,r,n,o,i,a){if(r)return t.flags&256?(t.flags&=-257,n=Uf(Error(A(422))),xs(e,t,a,n)):t.memoizedState!==null?(t.child=e.child,t.flags|=128,null):(i=n.fallback,o=t.mode,n=md({mode:"visible",children:n.children},o,0,null),i=Fo(i,o,a,null),i.flags|=2,n.return=t,i.return=t,n.sibling=i,t.child=n,(t.mode&1)!==0&&Qi(t,e.child,null,a),t.child.memoizedState=Tp(a),t.memoizedState=Cp,i);if((t.mode&1)===0)return xs(e,t,a,null);if(o.data==="$!"){if(n=o.nextSibling&&o.nextSibling.dataset,n)var l=n.dgst;return n=l,i=Error(A(419)),n=Uf(i,n,void 0),xs(e,t,a,n)}if(l=(a&e.childLanes)!==0,zt||l){if(n=nt,n!==null){switch(a&-a){case 4:o=2;break;case 16:o=8;break;case 64:case 128:case 256:case 512:case 1024:case 2048:case 4096:case 8192:case 16384:case 32768:case 65536:case 131072:case 262144:case 524288:case 1048576:case 2097152:case 4194304:case 8388608:case 16777216:case 33554432:case 67108864:o=32;break;case 536870912:o=268435456;break;default:o=0}o=(o&(n.suspendedLanes|a))!==0?0:o,o!==0&&o!==i.retryLane&&(i.retryLane=o,_n(e,o),Or(n,e,o,-1))}return xm(),n=Uf(Error(A(421))),xs(e,t,a,n)}return o.data==="$?"?(t.flags|=128,t.child=e.child,t=Zk.bind(null,e),o._reactRetry=t,null):(e=i.treeContext,er=oo(o.nextSibling),tr=t,Se=!0,Tr=null,e!==null&&(fr[pr++]=hn,fr[pr++]=vn,fr[pr++]=jo,hn=e.id,vn=e.overflow,jo=t),t=hm(t,n.children),t.flags|=4096,t)}function Zg(e,t,r){e.lanes|=t;var n=e.alternate;n!==null&&(n.lanes|=t),_p(e.return,t,r)}function Wf(e,t,r,n,o){var i=e.memoizedState;i===null?e.memoizedState={isBackwards:t,rendering:null,renderingStartTime:0,last:n,tail:r,tailMode:o}:(i.isBackwards=t,i.rendering=null,i.renderingStartTime=0,i.last=n,i.tail=r,i.tailMode=o)}function jy(e,t,r){var n=t.pendingProps,o=n.revealOrder,i=n.tail;if(Tt(e,t,n.children,r),n=Te.current,(n&2)!==0)n=n&1|2,t.flags|=128;else{if(e!==null&&(e.flags&128)!==0)e:for(e=t.child;e!==null;){if(e.tag===13)e.memoizedState!==null&&Zg(e,r,t);else if(e.tag===19)Zg(e,r,t);else if(e.child!==null){e.child.return=e,e=e.child;continue}if(e===t)break e;for(;e.sibling===null;){if(e.return===null||e.return===t)break e;e=e.return}e.sibling.return=e.return,e=e.sibling}n&=1}if(pe(Te,n),(t.mode&1)===0)t.memoizedState=null;else switch(o){case"forwards":for(r=t.child,o=null;r!==null;)e=r.alternate,e!==null&&Ys(e)===null&&(o=r),r=r.sibling;r=o,r===null?(o=t.child,t.child=null):(o=r.sibling,r.sibling=null),Wf(t,!1,o,r,i);break;case"backwards":for(r=null,o=t.child,t.child=null;o!==null;){if(e=o.alternate,e!==null&&Ys(e)===null){t.child=o;break}e=o.sibling,o.sibling=r,r=o,o=e}Wf(t,!0,r,null,i);break;case"together":Wf(t,!1,null,null,void 0);break;default:t.memoizedState=null}return t.child}function As(e,t){(t.mode&1)===0&&e!==null&&(e.alternate=null,t.alternate=null,t.flags|=2)}function xn(e,t,r){if(e!==null&&(t.dependencies=e.dependencies),Wo|=t.lanes,(r&t.childLanes)===0)return null;if(e!==null&&t.child!==e.child)throw Error(A(153));if(t.child!==null){for(e=t.child,r=co(e,e.pendingProps),t.child=r,r.return=t;e.sibling!==null;)e=e.sibling,r=r.sibling=co(e,e.pendingProps),r.return=t;r.sibling=null}return t.child}function jk(e,t,r){switch(t.tag){case 3:Fy(t),Yi();break;case 5:fy(t);break;case 1:Ut(t.type)&&Vs(t);break;case 4:lm(t,t.stateNode.containerInfo);break;case 10:var n=t.type._context,o=t.memoizedProps.value;pe(Ks,n._currentValue),n._currentValue=o;break;case 13:if(n=t.memoizedState,n!==null)return n.dehydrated!==null?(pe(Te,Te.current&1),t.flags|=128,null):(r&t.child.childLanes)!==0?zy(e,t,r):(pe(Te,Te.current&1),e=xn(e,t,r),e!==null?e.sibling:null);pe(Te,Te.current&1);break;case 19:if(n=(r&t.childLanes)!==0,(e.flags&128)!==0){if(n)return jy(e,t,r);t.flags|=128}if(o=t.memoizedState,o!==null&&(o.rendering=null,o.tail=null,o.lastEffect=null),pe(Te,Te.current),n)break;return null;case 22:case 23:return t.lanes=0,By(e,t,r)}return xn(e,t,r)}var Uy,Np,Wy,Hy;Uy=function(e,t){for(var r=t.child;r!==null;){if(r.tag===5||r.tag===6)e.appendChild(r.stateNode);else if(r.tag!==4&&r.child!==null){r.child.return=r,r=r.child;continue}if(r===t)break;for(;r.sibling===null;){if(r.return===null||r.return===t)return;r=r.return}r.sibling.return=r.return,r=r.sibling}};Np=function(){};Wy=function(e,t,r,n){var o=e.memoizedProps;if(o!==n){e=t.stateNode,Bo(en.current);var i=null;switch(r){case"input":o=Yf(e,o),n=Yf(e,n),i=[];break;case"select":o=Oe({},o,{value:void 0}),n=Oe({},n,{value:void 0}),i=[];break;case"textarea":o=Jf(e,o),n=Jf(e,n),i=[];break;default:typeof o.onClick!="function"&&typeof n.onClick=="function"&&(e.onclick=Ws)}tp(r,n);var a;r=null;for(s in o)if(!n.hasOwnProperty(s)&&o.hasOwnProperty(s)&&o[s]!=null)if(s==="style"){var l=o[s];for(a in l)l.hasOwnProperty(a)&&(r||(r={}),r[a]="")}else s!=="dangerouslySetInnerHTML"&&s!=="children"&&s!=="suppressContentEditableWarning"&&s!=="suppressHydrationWarning"&&s!=="autoFocus"&&(xl.hasOwnProperty(s)?i||(i=[]):(i=i||[]).push(s,null));for(s in n){var c=n[s];if(l=o?.[s],n.hasOwnProperty(s)&&c!==l&&(c!=null||l!=null))if(s==="style")if(l){for(a in l)!l.hasOwnProperty(a)||c&&c.hasOwnProperty(a)||(r||(r={}),r[a]="");for(a in c)c.hasOwnProperty(a)&&l[a]!==c[a]&&(r||(r={}),r[a]=c[a])}else r||(i||(i=[]),i.push(s,r)),r=c;else s==="dangerouslySetInnerHTML"?(c=c?c.__html:void 0,l=l?l.__html:void 0,c!=null&&l!==c&&(i=i||[]).push(s,c)):s==="children"?typeof c!="string"&&typeof c!="number"||(i=i||[]).push(s,""+c):s!=="suppressContentEditableWarning"&&s!=="suppressHydrationWarning"&&(xl.hasOwnProperty(s)?(c!=null&&s==="onScroll"&&be("scroll",e),i||l===c||(i=[])):(i=i||[]).push(s,c))}r&&(i=i||[]).push("style",r);var s=i;(t.updateQueue=s)&&(t.flags|=4)}};Hy=function(e,t,r,n){r!==n&&(t.flags|=4)};function il(e,t){if(!Se)switch(e.tailMode){case"hidden":t=e.tail;for(var r=null;t!==null;)t.alternate!==null&&(r=t),t=t.sibling;r===null?e.tail=null:r.sibling=null;break;case"collapsed":r=e.tail;for(var n=null;r!==null;)r.alternate!==null&&(n=r),r=r.sibling;n===null?t||e.tail===null?e.tail=null:e.tail.sibling=null:n.sibling=null}}function mt(e){var t=e.alternate!==null&&e.alternate.child===e.child,r=0,n=0;if(t)for(var o=e.child;o!==null;)r|=o.lanes|o.childLanes,n|=o.subtreeFlags&14680064,n|=o.flags&14680064,o.return=e,o=o.sibling;else for(o=e.child;o!==null;)r|=o.lanes|o.childLanes,n|=o.subtreeFlags,n|=o.flags,o.return=e,o=o.sibling;return e.subtreeFlags|=n,e.childLanes=r,t}function Uk(e,t,r){var n=t.pendingProps;switch(em(t),t.tag){case 2:case 16:case 15:case 0:case 11:case 7:case 8:case 12:case 9:case 14:return mt(t),null;case 1:return Ut(t.type)&&Hs(),mt(t),null;case 3:return n=t.stateNode,Zi(),ye(jt),ye(vt),sm(),n.pendingContext&&(n.context=n.pendingContext,n.pendingContext=null),(e===null||e.child===null)&&(ys(t)?t.flags|=4:e===null||e.memoizedState.isDehydrated&&(t.flags&256)===0||(t.flags|=1024,Tr!==null&&(Bp(Tr),Tr=null))),Np(e,t),mt(t),null;case 5:cm(t);var o=Bo(Ll.current);if(r=t.type,e!==null&&t.stateNode!=null)Wy(e,t,r,n,o),e.ref!==t.ref&&(t.flags|=512,t.flags|=2097152);else{if(!n){if(t.stateNode===null)throw Error(A(166));return mt(t),null}if(e=Bo(en.current),ys(t)){n=t.stateNode,r=t.type;var i=t.memoizedProps;switch(n[Zr]=t,n[Rl]=i,e=(t.mode&1)!==0,r){case"dialog":be("cancel",n),be("close",n);break;case"iframe":case"object":case"embed":be("load",n);break;case"video":case"audio":for(o=0;o<ul.length;o++)be(ul[o],n);break;case"source":be("error",n);break;case"img":case"image":case"link":be("error",n),be("load",n);break;case"details":be("toggle",n);break;case"input":ag(n,i),be("invalid",n);break;case"select":n._wrapperState={wasMultiple:!!i.multiple},be("invalid",n);break;case"textarea":cg(n,i),be("invalid",n)}tp(r,i),o=null;for(var a in i)if(i.hasOwnProperty(a)){var l=i[a];a==="children"?typeof l=="string"?n.textContent!==l&&(i.suppressHydrationWarning!==!0&&bs(n.textContent,l,e),o=["children",l]):typeof l=="number"&&n.textContent!==""+l&&(i.suppressHydrationWarning!==!0&&bs(n.textContent,l,e),o=["children",""+l]):xl.hasOwnProperty(a)&&l!=null&&a==="onScroll"&&be("scroll",n)}switch(r){case"input":as(n),lg(n,i,!0);break;case"textarea":as(n),sg(n);break;case"select":case"option":break;default:typeof i.onClick=="function"&&(n.onclick=Ws)}n=o,t.updateQueue=n,n!==null&&(t.flags|=4)}else{a=o.nodeType===9?o:o.ownerDocument,e==="http://www.w3.org/1999/xhtml"&&(e=gb(r)),e==="http://www.w3.org/1999/xhtml"?r==="script"?(e=a.createElement("div"),e.innerHTML="<script><\/script>",e=e.removeChild(e.firstChild)):typeof n.is=="string"?e=a.createElement(r,{is:n.is}):(e=a.createElement(r),r==="select"&&(a=e,n.multiple?a.multiple=!0:n.size&&(a.size=n.size))):e=a.createElementNS(e,r),e[Zr]=t,e[Rl]=n,Uy(e,t,!1,!1),t.stateNode=e;e:{switch(a=rp(r,n),r){case"dialog":be("cancel",e),be("close",e),o=n;break;case"iframe":case"object":case"embed":be("load",e),o=n;break;case"video":case"audio":for(o=0;o<ul.length;o++)be(ul[o],e);o=n;break;case"source":be("error",e),o=n;break;case"img":case"image":case"link":be("error",e),be("load",e),o=n;break;case"details":be("toggle",e),o=n;break;case"input":ag(e,n),o=Yf(e,n),be("invalid",e);break;case"option":o=n;break;case"select":e._wrapperState={wasMultiple:!!n.multiple},o=Oe({},n,{value:void 0}),be("invalid",e);break;case"textarea":cg(e,n),o=Jf(e,n),be("invalid",e);break;default:o=n}tp(r,o),l=o;for(i in l)if(l.hasOwnProperty(i)){var c=l[i];i==="style"?_b(e,c):i==="dangerouslySetInnerHTML"?(c=c?c.__html:void 0,c!=null&&bb(e,c)):i==="children"?typeof c=="string"?(r!=="textarea"||c!=="")&&kl(e,c):typeof c=="number"&&kl(e,""+c):i!=="suppressContentEditableWarning"&&i!=="suppressHydrationWarning"&&i!=="autoFocus"&&(xl.hasOwnProperty(i)?c!=null&&i==="onScroll"&&be("scroll",e):c!=null&&zp(e,i,c,a))}switch(r){case"input":as(e),lg(e,n,!1);break;case"textarea":as(e),sg(e);break;case"option":n.value!=null&&e.setAttribute("value",""+so(n.value));break;case"select":e.multiple=!!n.multiple,i=n.value,i!=null?Wi(e,!!n.multiple,i,!1):n.defaultValue!=null&&Wi(e,!!n.multiple,n.defaultValue,!0);break;default:typeof o.onClick=="function"&&(e.onclick=Ws)}switch(r){case"button":case"input":case"select":case"textarea":n=!!n.autoFocus;break e;case"img":n=!0;break e;default:n=!1}}n&&(t.flags|=4)}t.ref!==null&&(t.flags|=512,t.flags|=2097152)}return mt(t),null;case 6:if(e&&t.stateNode!=null)Hy(e,t,e.memoizedProps,n);else{if(typeof n!="string"&&t.stateNode===null)throw Error(A(166));if(r=Bo(Ll.current),Bo(en.current),ys(t)){if(n=t.stateNode,r=t.memoizedProps,n[Zr]=t,(i=n.nodeValue!==r)&&(e=tr,e!==null))switch(e.tag){case 3:bs(n.nodeValue,r,(e.mode&1)!==0);break;case 5:e.memoizedProps.suppressHydrationWarning!==!0&&bs(n.nodeValue,r,(e.mode&1)!==0)}i&&(t.flags|=4)}else n=(r.nodeType===9?r:r.ownerDocument).createTextNode(n),n[Zr]=t,t.stateNode=n}return mt(t),null;case 13:if(ye(Te),n=t.memoizedState,e===null||e.memoizedState!==null&&e.memoizedState.dehydrated!==null){if(Se&&er!==null&&(t.mode&1)!==0&&(t.flags&128)===0)ly(),Yi(),t.flags|=98560,i=!1;else if(i=ys(t),n!==null&&n.dehydrated!==null){if(e===null){if(!i)throw Error(A(318));if(i=t.memoizedState,i=i!==null?i.dehydrated:null,!i)throw Error(A(317));i[Zr]=t}else Yi(),(t.flags&128)===0&&(t.memoizedState=null),t.flags|=4;mt(t),i=!1}else Tr!==null&&(Bp(Tr),Tr=null),i=!0;if(!i)return t.flags&65536?t:null}return(t.flags&128)!==0?(t.lanes=r,t):(n=n!==null,n!==(e!==null&&e.memoizedState!==null)&&n&&(t.child.flags|=8192,(t.mode&1)!==0&&(e===null||(Te.current&1)!==0?Ze===0&&(Ze=3):xm())),t.updateQueue!==null&&(t.flags|=4),mt(t),null);case 4:return Zi(),Np(e,t),e===null&&Ol(t.stateNode.containerInfo),mt(t),null;case 10:return om(t.type._context),mt(t),null;case 17:return Ut(t.type)&&Hs(),mt(t),null;case 19:if(ye(Te),i=t.memoizedState,i===null)return mt(t),null;if(n=(t.flags&128)!==0,a=i.rendering,a===null)if(n)il(i,!1);else{if(Ze!==0||e!==null&&(e.flags&128)!==0)for(e=t.child;e!==null;){if(a=Ys(e),a!==null){for(t.flags|=128,il(i,!1),n=a.updateQueue,n!==null&&(t.updateQueue=n,t.flags|=4),t.subtreeFlags=0,n=r,r=t.child;r!==null;)i=r,e=n,i.flags&=14680066,a=i.alternate,a===null?(i.childLanes=0,i.lanes=e,i.child=null,i.subtreeFlags=0,i.memoizedProps=null,i.memoizedState=null,i.updateQueue=null,i.dependencies=null,i.stateNode=null):(i.childLanes=a.childLanes,i.lanes=a.lanes,i.child=a.child,i.subtreeFlags=0,i.deletions=null,i.memoizedProps=a.memoizedProps,i.memoizedState=a.memoizedState,i.updateQueue=a.updateQueue,i.type=a.type,e=a.dependencies,i.dependencies=e===null?null:{lanes:e.lanes,firstContext:e.firstContext}),r=r.sibling;return pe(Te,Te.current&1|2),t.child}e=e.sibling}i.tail!==null&&je()>ea&&(t.flags|=128,n=!0,il(i,!1),t.lanes=4194304)}else{if(!n)if(e=Ys(a),e!==null){if(t.flags|=128,n=!0,r=e.updateQueue,r!==null&&(t.updateQueue=r,t.flags|=4),il(i,!0),i.tail===null&&i.tailMode==="hidden"&&!a.alternate&&!Se)return mt(t),null}else 2*je()-i.renderingStartTime>ea&&r!==1073741824&&(t.flags|=128,n=!0,il(i,!1),t.lanes=4194304);i.isBackwards?(a.sibling=t.child,t.child=a):(r=i.last,r!==null?r.sibling=a:t.child=a,i.last=a)}return i.tail!==null?(t=i.tail,i.rendering=t,i.tail=t.sibling,i.renderingStartTime=je(),t.sibling=null,r=Te.current,pe(Te,n?r&1|2:r&1),t):(mt(t),null);case 22:case 23:return _m(),n=t.memoizedState!==null,e!==null&&e.memoizedState!==null!==n&&(t.flags|=8192),n&&(t.mode&1)!==0?(Jt&1073741824)!==0&&(mt(t),t.subtreeFlags&6&&(t.flags|=8192)):mt(t),null;case 24:return null;case 25:return null}throw Error(A(156,t.tag))}function Wk(e,t){switch(em(t),t.tag){case 1:return Ut(t.type)&&Hs(),e=t.flags,e&65536?(t.flags=e&-65537|128,t):null;case 3:return Zi(),ye(jt),ye(vt),sm(),e=t.flags,(e&65536)!==0&&(e&128)===0?(t.flags=e&-65537|128,t):null;case 5:return cm(t),null;case 13:if(ye(Te),e=t.memoizedState,e!==null&&e.dehydrated!==null){if(t.alternate===null)throw Error(A(340));Yi()}return e=t.flags,e&65536?(t.flags=e&-65537|128,t):null;case 19:return ye(Te),null;case 4:return Zi(),null;case 10:return om(t.type._context),null;case 22:case 23:return _m(),null;case 24:return null;default:return null}}var ks=!1,ht=!1,Hk=typeof WeakSet=="function"?WeakSet:Set,M=null;function ji(e,t){var r=e.ref;if(r!==null)if(typeof r=="function")try{r(null)}catch(n){Be(e,t,n)}else r.current=null}function Op(e,t,r){try{r()}catch(n){Be(e,t,n)}}var Jg=!1;function Vk(e,t){if(fp=zs,e=Xb(),Zp(e)){if("selectionStart"in e)var r={start:e.selectionStart,end:e.selectionEnd};else e:{r=(r=e.ownerDocument)&&r.defaultView||window;var n=r.getSelection&&r.getSelection();if(n&&n.rangeCount!==0){r=n.anchorNode;var o=n.anchorOffset,i=n.focusNode;n=n.focusOffset;try{r.nodeType,i.nodeType}catch{r=null;break e}var a=0,l=-1,c=-1,s=0,d=0,u=e,f=null;t:for(;;){for(var v;u!==r||o!==0&&u.nodeType!==3||(l=a+o),u!==i||n!==0&&u.nodeType!==3||(c=a+n),u.nodeType===3&&(a+=u.nodeValue.length),(v=u.firstChild)!==null;)f=u,u=v;for(;;){if(u===e)break t;if(f===r&&++s===o&&(l=a),f===i&&++d===n&&(c=a),(v=u.nextSibling)!==null)break;u=f,f=u.parentNode}u=v}r=l===-1||c===-1?null:{start:l,end:c}}else r=null}r=r||{start:0,end:0}}else r=null;for(pp={focusedElem:e,selectionRange:r},zs=!1,M=t;M!==null;)if(t=M,e=t.child,(t.subtreeFlags&1028)!==0&&e!==null)e.return=t,M=e;else for(;M!==null;){t=M;try{var b=t.alternate;if((t.flags&1024)!==0)switch(t.tag){case 0:case 11:case 15:break;case 1:if(b!==null){var g=b.memoizedProps,x=b.memoizedState,m=t.stateNode,p=m.getSnapshotBeforeUpdate(t.elementType===t.type?g:Sr(t.type,g),x);m.__reactInternalSnapshotBeforeUpdate=p}break;case 3:var h=t.stateNode.containerInfo;h.nodeType===1?h.textContent="":h.nodeType===9&&h.documentElement&&h.removeChild(h.documentElement);break;case 5:case 6:case 4:case 17:break;default:throw Error(A(163))}}catch(y){Be(t,t.return,y)}if(e=t.sibling,e!==null){e.return=t.return,M=e;break}M=t.return}return b=Jg,Jg=!1,b}function bl(e,t,r){var n=t.updateQueue;if(n=n!==null?n.lastEffect:null,n!==null){var o=n=n.next;do{if((o.tag&e)===e){var i=o.destroy;o.destroy=void 0,i!==void 0&&Op(t,r,i)}o=o.next}while(o!==n)}}function fd(e,t){if(t=t.updateQueue,t=t!==null?t.lastEffect:null,t!==null){var r=t=t.next;do{if((r.tag&e)===e){var n=r.create;r.destroy=n()}r=r.next}while(r!==t)}}function Ap(e){var t=e.ref;if(t!==null){var r=e.stateNode;e.tag,e=r,typeof t=="function"?t(e):t.current=e}}function Vy(e){var t=e.alternate;t!==null&&(e.alternate=null,Vy(t)),e.child=null,e.deletions=null,e.sibling=null,e.tag===5&&(t=e.stateNode,t!==null&&(delete t[Zr],delete t[Rl],delete t[vp],delete t[Ck],delete t[Tk])),e.stateNode=null,e.return=null,e.dependencies=null,e.memoizedProps=null,e.memoizedState=null,e.pendingProps=null,e.stateNode=null,e.updateQueue=null}function Gy(e){return e.tag===5||e.tag===3||e.tag===4}function eb(e){e:for(;;){for(;e.sibling===null;){if(e.return===null||Gy(e.return))return null;e=e.return}for(e.sibling.return=e.return,e=e.sibling;e.tag!==5&&e.tag!==6&&e.tag!==18;){if(e.flags&2||e.child===null||e.tag===4)continue e;e.child.return=e,e=e.child}if(!(e.flags&2))return e.stateNode}}function Rp(e,t,r){var n=e.tag;if(n===5||n===6)e=e.stateNode,t?r.nodeType===8?r.parentNode.insertBefore(e,t):r.insertBefore(e,t):(r.nodeType===8?(t=r.parentNode,t.insertBefore(e,r)):(t=r,t.appendChild(e)),r=r._reactRootContainer,r!=null||t.onclick!==null||(t.onclick=Ws));else if(n!==4&&(e=e.child,e!==null))for(Rp(e,t,r),e=e.sibling;e!==null;)Rp(e,t,r),e=e.sibling}function Pp(e,t,r){var n=e.tag;if(n===5||n===6)e=e.stateNode,t?r.insertBefore(e,t):r.appendChild(e);else if(n!==4&&(e=e.child,e!==null))for(Pp(e,t,r),e=e.sibling;e!==null;)Pp(e,t,r),e=e.sibling}var ct=null,Cr=!1;function Xn(e,t,r){for(r=r.child;r!==null;)$y(e,t,r),r=r.sibling}function $y(e,t,r){if(Jr&&typeof Jr.onCommitFiberUnmount=="function")try{Jr.onCommitFiberUnmount(od,r)}catch{}switch(r.tag){case 5:ht||ji(r,t);case 6:var n=ct,o=Cr;ct=null,Xn(e,t,r),ct=n,Cr=o,ct!==null&&(Cr?(e=ct,r=r.stateNode,e.nodeType===8?e.parentNode.removeChild(r):e.removeChild(r)):ct.removeChild(r.stateNode));break;case 18:ct!==null&&(Cr?(e=ct,r=r.stateNode,e.nodeType===8?Df(e.parentNode,r):e.nodeType===1&&Df(e,r),Cl(e)):Df(ct,r.stateNode));break;case 4:n=ct,o=Cr,ct=r.stateNode.containerInfo,Cr=!0,Xn(e,t,r),ct=n,Cr=o;break;case 0:case 11:case 14:case 15:if(!ht&&(n=r.updateQueue,n!==null&&(n=n.lastEffect,n!==null))){o=n=n.next;do{var i=o,a=i.destroy;i=i.tag,a!==void 0&&((i&2)!==0||(i&4)!==0)&&Op(r,t,a),o=o.next}while(o!==n)}Xn(e,t,r);break;case 1:if(!ht&&(ji(r,t),n=r.stateNode,typeof n.componentWillUnmount=="function"))try{n.props=r.memoizedProps,n.state=r.memoizedState,n.componentWillUnmount()}catch(l){Be(r,t,l)}Xn(e,t,r);break;case 21:Xn(e,t,r);break;case 22:r.mode&1?(ht=(n=ht)||r.memoizedState!==null,Xn(e,t,r),ht=n):Xn(e,t,r);break;default:Xn(e,t,r)}}function tb(e){var t=e.updateQueue;if(t!==null){e.updateQueue=null;var r=e.stateNode;r===null&&(r=e.stateNode=new Hk),t.forEach(function(n){var o=Jk.bind(null,e,n);r.has(n)||(r.add(n),n.then(o,o))})}}function Er(e,t){var r=t.deletions;if(r!==null)for(var n=0;n<r.length;n++){var o=r[n];try{var i=e,a=t,l=a;e:for(;l!==null;){switch(l.tag){case 5:ct=l.stateNode,Cr=!1;break e;case 3:ct=l.stateNode.containerInfo,Cr=!0;break e;case 4:ct=l.stateNode.containerInfo,Cr=!0;break e}l=l.return}if(ct===null)throw Error(A(160));$y(i,a,o),ct=null,Cr=!1;var c=o.alternate;c!==null&&(c.return=null),o.return=null}catch(s){Be(o,t,s)}}if(t.subtreeFlags&12854)for(t=t.child;t!==null;)Ky(t,e),t=t.sibling}function Ky(e,t){var r=e.alternate,n=e.flags;switch(e.tag){case 0:case 11:case 14:case 15:if(Er(t,e),Yr(e),n&4){try{bl(3,e,e.return),fd(3,e)}catch(g){Be(e,e.return,g)}try{bl(5,e,e.return)}catch(g){Be(e,e.return,g)}}break;case 1:Er(t,e),Yr(e),n&512&&r!==null&&ji(r,r.return);break;case 5:if(Er(t,e),Yr(e),n&512&&r!==null&&ji(r,r.return),e.flags&32){var o=e.stateNode;try{kl(o,"")}catch(g){Be(e,e.return,g)}}if(n&4&&(o=e.stateNode,o!=null)){var i=e.memoizedProps,a=r!==null?r.memoizedProps:i,l=e.type,c=e.updateQueue;if(e.updateQueue=null,c!==null)try{l==="input"&&i.type==="radio"&&i.name!=null&&hb(o,i),rp(l,a);var s=rp(l,i);for(a=0;a<c.length;a+=2){var d=c[a],u=c[a+1];d==="style"?_b(o,u):d==="dangerouslySetInnerHTML"?bb(o,u):d==="children"?kl(o,u):zp(o,d,u,s)}switch(l){case"input":Qf(o,i);break;case"textarea":vb(o,i);break;case"select":var f=o._wrapperState.wasMultiple;o._wrapperState.wasMultiple=!!i.multiple;var v=i.value;v!=null?Wi(o,!!i.multiple,v,!1):f!==!!i.multiple&&(i.defaultValue!=null?Wi(o,!!i.multiple,i.defaultValue,!0):Wi(o,!!i.multiple,i.multiple?[]:"",!1))}o[Rl]=i}catch(g){Be(e,e.return,g)}}break;case 6:if(Er(t,e),Yr(e),n&4){if(e.stateNode===null)throw Error(A(162));o=e.stateNode,i=e.memoizedProps;try{o.nodeValue=i}catch(g){Be(e,e.return,g)}}break;case 3:if(Er(t,e),Yr(e),n&4&&r!==null&&r.memoizedState.isDehydrated)try{Cl(t.containerInfo)}catch(g){Be(e,e.return,g)}break;case 4:Er(t,e),Yr(e);break;case 13:Er(t,e),Yr(e),o=e.child,o.flags&8192&&(i=o.memoizedState!==null,o.stateNode.isHidden=i,!i||o.alternate!==null&&o.alternate.memoizedState!==null||(bm=je())),n&4&&tb(e);break;case 22:if(d=r!==null&&r.memoizedState!==null,e.mode&1?(ht=(s=ht)||d,Er(t,e),ht=s):Er(t,e),Yr(e),n&8192){if(s=e.memoizedState!==null,(e.stateNode.isHidden=s)&&!d&&(e.mode&1)!==0)for(M=e,d=e.child;d!==null;){for(u=M=d;M!==null;){switch(f=M,v=f.child,f.tag){case 0:case 11:case 14:case 15:bl(4,f,f.return);break;case 1:ji(f,f.return);var b=f.stateNode;if(typeof b.componentWillUnmount=="function"){n=f,r=f.return;try{t=n,b.props=t.memoizedProps,b.state=t.memoizedState,b.componentWillUnmount()}catch(g){Be(n,r,g)}}break;case 5:ji(f,f.return);break;case 22:if(f.memoizedState!==null){nb(u);continue}}v!==null?(v.return=f,M=v):nb(u)}d=d.sibling}e:for(d=null,u=e;;){if(u.tag===5){if(d===null){d=u;try{o=u.stateNode,s?(i=o.style,typeof i.setProperty=="function"?i.setProperty("display","none","important"):i.display="none"):(l=u.stateNode,c=u.memoizedProps.style,a=c!=null&&c.hasOwnProperty("display")?c.display:null,l.style.display=yb("display",a))}catch(g){Be(e,e.return,g)}}}else if(u.tag===6){if(d===null)try{u.stateNode.nodeValue=s?"":u.memoizedProps}catch(g){Be(e,e.return,g)}}else if((u.tag!==22&&u.tag!==23||u.memoizedState===null||u===e)&&u.child!==null){u.child.return=u,u=u.child;continue}if(u===e)break e;for(;u.sibling===null;){if(u.return===null||u.return===e)break e;d===u&&(d=null),u=u.return}d===u&&(d=null),u.sibling.return=u.return,u=u.sibling}}break;case 19:Er(t,e),Yr(e),n&4&&tb(e);break;case 21:break;default:Er(t,e),Yr(e)}}function Yr(e){var t=e.flags;if(t&2){try{e:{for(var r=e.return;r!==null;){if(Gy(r)){var n=r;break e}r=r.return}throw Error(A(160))}switch(n.tag){case 5:var o=n.stateNode;n.flags&32&&(kl(o,""),n.flags&=-33);var i=eb(e);Pp(e,i,o);break;case 3:case 4:var a=n.stateNode.containerInfo,l=eb(e);Rp(e,l,a);break;default:throw Error(A(161))}}catch(c){Be(e,e.return,c)}e.flags&=-3}t&4096&&(e.flags&=-4097)}function Gk(e,t,r){M=e,Xy(e,t,r)}function Xy(e,t,r){for(var n=(e.mode&1)!==0;M!==null;){var o=M,i=o.child;if(o.tag===22&&n){var a=o.memoizedState!==null||ks;if(!a){var l=o.alternate,c=l!==null&&l.memoizedState!==null||ht;l=ks;var s=ht;if(ks=a,(ht=c)&&!s)for(M=o;M!==null;)a=M,c=a.child,a.tag===22&&a.memoizedState!==null?ob(o):c!==null?(c.return=a,M=c):ob(o);for(;i!==null;)M=i,Xy(i,t,r),i=i.sibling;M=o,ks=l,ht=s}rb(e,t,r)}else(o.subtreeFlags&8772)!==0&&i!==null?(i.return=o,M=i):rb(e,t,r)}}function rb(e){for(;M!==null;){var t=M;if((t.flags&8772)!==0){var r=t.alternate;try{if((t.flags&8772)!==0)switch(t.tag){case 0:case 11:case 15:ht||fd(5,t);break;case 1:var n=t.stateNode;if(t.flags&4&&!ht)if(r===null)n.componentDidMount();else{var o=t.elementType===t.type?r.memoizedProps:Sr(t.type,r.memoizedProps);n.componentDidUpdate(o,r.memoizedState,n.__reactInternalSnapshotBeforeUpdate)}var i=t.updateQueue;i!==null&&jg(t,i,n);break;case 3:var a=t.updateQueue;if(a!==null){if(r=null,t.child!==null)switch(t.child.tag){case 5:r=t.child.stateNode;break;case 1:r=t.child.stateNode}jg(t,a,r)}break;case 5:var l=t.stateNode;if(r===null&&t.flags&4){r=l;var c=t.memoizedProps;switch(t.type){case"button":case"input":case"select":case"textarea":c.autoFocus&&r.focus();break;case"img":c.src&&(r.src=c.src)}}break;case 6:break;case 4:break;case 12:break;case 13:if(t.memoizedState===null){var s=t.alternate;if(s!==null){var d=s.memoizedState;if(d!==null){var u=d.dehydrated;u!==null&&Cl(u)}}}break;case 19:case 17:case 21:case 22:case 23:case 25:break;default:throw Error(A(163))}ht||t.flags&512&&Ap(t)}catch(f){Be(t,t.return,f)}}if(t===e){M=null;break}if(r=t.sibling,r!==null){r.return=t.return,M=r;break}M=t.return}}function nb(e){for(;M!==null;){var t=M;if(t===e){M=null;break}var r=t.sibling;if(r!==null){r.return=t.return,M=r;break}M=t.return}}function ob(e){for(;M!==null;){var t=M;try{switch(t.tag){case 0:case 11:case 15:var r=t.return;try{fd(4,t)}catch(c){Be(t,r,c)}break;case 1:var n=t.stateNode;if(typeof n.componentDidMount=="function"){var o=t.return;try{n.componentDidMount()}catch(c){Be(t,o,c)}}var i=t.return;try{Ap(t)}catch(c){Be(t,i,c)}break;case 5:var a=t.return;try{Ap(t)}catch(c){Be(t,a,c)}}}catch(c){Be(t,t.return,c)}if(t===e){M=null;break}var l=t.sibling;if(l!==null){l.return=t.return,M=l;break}M=t.return}}var $k=Math.ceil,Js=kn.ReactCurrentDispatcher,vm=kn.ReactCurrentOwner,hr=kn.ReactCurrentBatchConfig,Q=0,nt=null,Ve=null,st=0,Jt=0,Ui=po(0),Ze=0,Ml=null,Wo=0,pd=0,gm=0,yl=null,Ft=null,bm=0,ea=1/0,pn=null,ed=!1,Lp=null,ao=null,ws=!1,eo=null,td=0,_l=0,Ip=null,Rs=-1,Ps=0;function Nt(){return(Q&6)!==0?je():Rs!==-1?Rs:Rs=je()}function lo(e){return(e.mode&1)===0?1:(Q&2)!==0&&st!==0?st&-st:Ok.transition!==null?(Ps===0&&(Ps=Pb()),Ps):(e=ne,e!==0||(e=window.event,e=e===void 0?16:zb(e.type)),e)}function Or(e,t,r,n){if(50<_l)throw _l=0,Ip=null,Error(A(185));Fl(e,r,n),((Q&2)===0||e!==nt)&&(e===nt&&((Q&2)===0&&(pd|=r),Ze===4&&Zn(e,st)),Wt(e,n),r===1&&Q===0&&(t.mode&1)===0&&(ea=je()+500,sd&&mo()))}function Wt(e,t){var r=e.callbackNode;R4(e,t);var n=Fs(e,e===nt?st:0);if(n===0)r!==null&&fg(r),e.callbackNode=null,e.callbackPriority=0;else if(t=n&-n,e.callbackPriority!==t){if(r!=null&&fg(r),t===1)e.tag===0?Nk(ib.bind(null,e)):oy(ib.bind(null,e)),Ek(function(){(Q&6)===0&&mo()}),r=null;else{switch(Lb(n)){case 1:r=Vp;break;case 4:r=Ab;break;case 16:r=Ms;break;case 536870912:r=Rb;break;default:r=Ms}r=r1(r,qy.bind(null,e))}e.callbackPriority=t,e.callbackNode=r}}function qy(e,t){if(Rs=-1,Ps=0,(Q&6)!==0)throw Error(A(327));var r=e.callbackNode;if(Ki()&&e.callbackNode!==r)return null;var n=Fs(e,e===nt?st:0);if(n===0)return null;if((n&30)!==0||(n&e.expiredLanes)!==0||t)t=rd(e,n);else{t=n;var o=Q;Q|=2;var i=Qy();(nt!==e||st!==t)&&(pn=null,ea=je()+500,Mo(e,t));do try{qk();break}catch(l){Yy(e,l)}while(!0);nm(),Js.current=i,Q=o,Ve!==null?t=0:(nt=null,st=0,t=Ze)}if(t!==0){if(t===2&&(o=lp(e),o!==0&&(n=o,t=Dp(e,o))),t===1)throw r=Ml,Mo(e,0),Zn(e,n),Wt(e,je()),r;if(t===6)Zn(e,n);else{if(o=e.current.alternate,(n&30)===0&&!Kk(o)&&(t=rd(e,n),t===2&&(i=lp(e),i!==0&&(n=i,t=Dp(e,i))),t===1))throw r=Ml,Mo(e,0),Zn(e,n),Wt(e,je()),r;switch(e.finishedWork=o,e.finishedLanes=n,t){case 0:case 1:throw Error(A(345));case 2:Lo(e,Ft,pn);break;case 3:if(Zn(e,n),(n&130023424)===n&&(t=bm+500-je(),10<t)){if(Fs(e,0)!==0)break;if(o=e.suspendedLanes,(o&n)!==n){Nt(),e.pingedLanes|=e.suspendedLanes&o;break}e.timeoutHandle=hp(Lo.bind(null,e,Ft,pn),t);break}Lo(e,Ft,pn);break;case 4:if(Zn(e,n),(n&4194240)===n)break;for(t=e.eventTimes,o=-1;0<n;){var a=31-Nr(n);i=1<<a,a=t[a],a>o&&(o=a),n&=~i}if(n=o,n=je()-n,n=(120>n?120:480>n?480:1080>n?1080:1920>n?1920:3e3>n?3e3:4320>n?4320:1960*$k(n/1960))-n,10<n){e.timeoutHandle=hp(Lo.bind(null,e,Ft,pn),n);break}Lo(e,Ft,pn);break;case 5:Lo(e,Ft,pn);break;default:throw Error(A(329))}}}return Wt(e,je()),e.callbackNode===r?qy.bind(null,e):null}function Dp(e,t){var r=yl;return e.current.memoizedState.isDehydrated&&(Mo(e,t).flags|=256),e=rd(e,t),e!==2&&(t=Ft,Ft=r,t!==null&&Bp(t)),e}function Bp(e){Ft===null?Ft=e:Ft.push.apply(Ft,e)}function Kk(e){for(var t=e;;){if(t.flags&16384){var r=t.updateQueue;if(r!==null&&(r=r.stores,r!==null))for(var n=0;n<r.length;n++){var o=r[n],i=o.getSnapshot;o=o.value;try{if(!Ar(i(),o))return!1}catch{return!1}}}if(r=t.child,t.subtreeFlags&16384&&r!==null)r.return=t,t=r;else{if(t===e)break;for(;t.sibling===null;){if(t.return===null||t.return===e)return!0;t=t.return}t.sibling.return=t.return,t=t.sibling}}return!0}function Zn(e,t){for(t&=~gm,t&=~pd,e.suspendedLanes|=t,e.pingedLanes&=~t,e=e.expirationTimes;0<t;){var r=31-Nr(t),n=1<<r;e[r]=-1,t&=~n}}function ib(e){if((Q&6)!==0)throw Error(A(327));Ki();var t=Fs(e,0);if((t&1)===0)return Wt(e,je()),null;var r=rd(e,t);if(e.tag!==0&&r===2){var n=lp(e);n!==0&&(t=n,r=Dp(e,n))}if(r===1)throw r=Ml,Mo(e,0),Zn(e,t),Wt(e,je()),r;if(r===6)throw Error(A(345));return e.finishedWork=e.current.alternate,e.finishedLanes=t,Lo(e,Ft,pn),Wt(e,je()),null}function ym(e,t){var r=Q;Q|=1;try{return e(t)}finally{Q=r,Q===0&&(ea=je()+500,sd&&mo())}}function Ho(e){eo!==null&&eo.tag===0&&(Q&6)===0&&Ki();var t=Q;Q|=1;var r=hr.transition,n=ne;try{if(hr.transition=null,ne=1,e)return e()}finally{ne=n,hr.transition=r,Q=t,(Q&6)===0&&mo()}}function _m(){Jt=Ui.current,ye(Ui)}function Mo(e,t){e.finishedWork=null,e.finishedLanes=0;var r=e.timeoutHandle;if(r!==-1&&(e.timeoutHandle=-1,wk(r)),Ve!==null)for(r=Ve.return;r!==null;){var n=r;switch(em(n),n.tag){case 1:n=n.type.childContextTypes,n!=null&&Hs();break;case 3:Zi(),ye(jt),ye(vt),sm();break;case 5:cm(n);break;case 4:Zi();break;case 13:ye(Te);break;case 19:ye(Te);break;case 10:om(n.type._context);break;case 22:case 23:_m()}r=r.return}if(nt=e,Ve=e=co(e.current,null),st=Jt=t,Ze=0,Ml=null,gm=pd=Wo=0,Ft=yl=null,Do!==null){for(t=0;t<Do.length;t++)if(r=Do[t],n=r.interleaved,n!==null){r.interleaved=null;var o=n.next,i=r.pending;if(i!==null){var a=i.next;i.next=o,n.next=a}r.pending=n}Do=null}return e}function Yy(e,t){do{var r=Ve;try{if(nm(),Ns.current=Zs,Qs){for(var n=Ne.memoizedState;n!==null;){var o=n.queue;o!==null&&(o.pending=null),n=n.next}Qs=!1}if(Uo=0,rt=Qe=Ne=null,gl=!1,Il=0,vm.current=null,r===null||r.return===null){Ze=1,Ml=t,Ve=null;break}e:{var i=e,a=r.return,l=r,c=t;if(t=st,l.flags|=32768,c!==null&&typeof c=="object"&&typeof c.then=="function"){var s=c,d=l,u=d.tag;if((d.mode&1)===0&&(u===0||u===11||u===15)){var f=d.alternate;f?(d.updateQueue=f.updateQueue,d.memoizedState=f.memoizedState,d.lanes=f.lanes):(d.updateQueue=null,d.memoizedState=null)}var v=$g(a);if(v!==null){v.flags&=-257,Kg(v,a,l,i,t),v.mode&1&&Gg(i,s,t),t=v,c=s;var b=t.updateQueue;if(b===null){var g=new Set;g.add(c),t.updateQueue=g}else b.add(c);break e}else{if((t&1)===0){Gg(i,s,t),xm();break e}c=Error(A(426))}}else if(Se&&l.mode&1){var x=$g(a);if(x!==null){(x.flags&65536)===0&&(x.flags|=256),Kg(x,a,l,i,t),tm(Ji(c,l));break e}}i=c=Ji(c,l),Ze!==4&&(Ze=2),yl===null?yl=[i]:yl.push(i),i=a;do{switch(i.tag){case 3:i.flags|=65536,t&=-t,i.lanes|=t;var m=Ly(i,c,t);zg(i,m);break e;case 1:l=c;var p=i.type,h=i.stateNode;if((i.flags&128)===0&&(typeof p.getDerivedStateFromError=="function"||h!==null&&typeof h.componentDidCatch=="function"&&(ao===null||!ao.has(h)))){i.flags|=65536,t&=-t,i.lanes|=t;var y=Iy(i,l,t);zg(i,y);break e}}i=i.return}while(i!==null)}Jy(r)}catch(_){t=_,Ve===r&&r!==null&&(Ve=r=r.return);continue}break}while(!0)}function Qy(){var e=Js.current;return Js.current=Zs,e===null?Zs:e}function xm(){(Ze===0||Ze===3||Ze===2)&&(Ze=4),nt===null||(Wo&268435455)===0&&(pd&268435455)===0||Zn(nt,st)}function rd(e,t){var r=Q;Q|=2;var n=Qy();(nt!==e||st!==t)&&(pn=null,Mo(e,t));do try{Xk();break}catch(o){Yy(e,o)}while(!0);if(nm(),Q=r,Js.current=n,Ve!==null)throw Error(A(261));return nt=null,st=0,Ze}function Xk(){for(;Ve!==null;)Zy(Ve)}function qk(){for(;Ve!==null&&!k4();)Zy(Ve)}function Zy(e){var t=t1(e.alternate,e,Jt);e.memoizedProps=e.pendingProps,t===null?Jy(e):Ve=t,vm.current=null}function Jy(e){var t=e;do{var r=t.alternate;if(e=t.return,(t.flags&32768)===0){if(r=Uk(r,t,Jt),r!==null){Ve=r;return}}else{if(r=Wk(r,t),r!==null){r.flags&=32767,Ve=r;return}if(e!==null)e.flags|=32768,e.subtreeFlags=0,e.deletions=null;else{Ze=6,Ve=null;return}}if(t=t.sibling,t!==null){Ve=t;return}Ve=t=e}while(t!==null);Ze===0&&(Ze=5)}function Lo(e,t,r){var n=ne,o=hr.transition;try{hr.transition=null,ne=1,Yk(e,t,r,n)}finally{hr.transition=o,ne=n}return null}function Yk(e,t,r,n){do Ki();while(eo!==null);if((Q&6)!==0)throw Error(A(327));r=e.finishedWork;var o=e.finishedLanes;if(r===null)return null;if(e.finishedWork=null,e.finishedLanes=0,r===e.current)throw Error(A(177));e.callbackNode=null,e.callbackPriority=0;var i=r.lanes|r.childLanes;if(P4(e,i),e===nt&&(Ve=nt=null,st=0),(r.subtreeFlags&2064)===0&&(r.flags&2064)===0||ws||(ws=!0,r1(Ms,function(){return Ki(),null})),i=(r.flags&15990)!==0,(r.subtreeFlags&15990)!==0||i){i=hr.transition,hr.transition=null;var a=ne;ne=1;var l=Q;Q|=4,vm.current=null,Vk(e,r),Ky(r,e),bk(pp),zs=!!fp,pp=fp=null,e.current=r,Gk(r,e,o),w4(),Q=l,ne=a,hr.transition=i}else e.current=r;if(ws&&(ws=!1,eo=e,td=o),i=e.pendingLanes,i===0&&(ao=null),C4(r.stateNode,n),Wt(e,je()),t!==null)for(n=e.onRecoverableError,r=0;r<t.length;r++)o=t[r],n(o.value,{componentStack:o.stack,digest:o.digest});if(ed)throw ed=!1,e=Lp,Lp=null,e;return(td&1)!==0&&e.tag!==0&&Ki(),i=e.pendingLanes,(i&1)!==0?e===Ip?_l++:(_l=0,Ip=e):_l=0,mo(),null}function Ki(){if(eo!==null){var e=Lb(td),t=hr.transition,r=ne;try{if(hr.transition=null,ne=16>e?16:e,eo===null)var n=!1;else{if(e=eo,eo=null,td=0,(Q&6)!==0)throw Error(A(331));var o=Q;for(Q|=4,M=e.current;M!==null;){var i=M,a=i.child;if((M.flags&16)!==0){var l=i.deletions;if(l!==null){for(var c=0;c<l.length;c++){var s=l[c];for(M=s;M!==null;){var d=M;switch(d.tag){case 0:case 11:case 15:bl(8,d,i)}var u=d.child;if(u!==null)u.return=d,M=u;else for(;M!==null;){d=M;var f=d.sibling,v=d.return;if(Vy(d),d===s){M=null;break}if(f!==null){f.return=v,M=f;break}M=v}}}var b=i.alternate;if(b!==null){var g=b.child;if(g!==null){b.child=null;do{var x=g.sibling;g.sibling=null,g=x}while(g!==null)}}M=i}}if((i.subtreeFlags&2064)!==0&&a!==null)a.return=i,M=a;else e:for(;M!==null;){if(i=M,(i.flags&2048)!==0)switch(i.tag){case 0:case 11:case 15:bl(9,i,i.return)}var m=i.sibling;if(m!==null){m.return=i.return,M=m;break e}M=i.return}}var p=e.current;for(M=p;M!==null;){a=M;var h=a.child;if((a.subtreeFlags&2064)!==0&&h!==null)h.return=a,M=h;else e:for(a=p;M!==null;){if(l=M,(l.flags&2048)!==0)try{switch(l.tag){case 0:case 11:case 15:fd(9,l)}}catch(_){Be(l,l.return,_)}if(l===a){M=null;break e}var y=l.sibling;if(y!==null){y.return=l.return,M=y;break e}M=l.return}}if(Q=o,mo(),Jr&&typeof Jr.onPostCommitFiberRoot=="function")try{Jr.onPostCommitFiberRoot(od,e)}catch{}n=!0}return n}finally{ne=r,hr.transition=t}}return!1}function ab(e,t,r){t=Ji(r,t),t=Ly(e,t,1),e=io(e,t,1),t=Nt(),e!==null&&(Fl(e,1,t),Wt(e,t))}function Be(e,t,r){if(e.tag===3)ab(e,e,r);else for(;t!==null;){if(t.tag===3){ab(t,e,r);break}else if(t.tag===1){var n=t.stateNode;if(typeof t.type.getDerivedStateFromError=="function"||typeof n.componentDidCatch=="function"&&(ao===null||!ao.has(n))){e=Ji(r,e),e=Iy(t,e,1),t=io(t,e,1),e=Nt(),t!==null&&(Fl(t,1,e),Wt(t,e));break}}t=t.return}}function Qk(e,t,r){var n=e.pingCache;n!==null&&n.delete(t),t=Nt(),e.pingedLanes|=e.suspendedLanes&r,nt===e&&(st&r)===r&&(Ze===4||Ze===3&&(st&130023424)===st&&500>je()-bm?Mo(e,0):gm|=r),Wt(e,t)}function e1(e,t){t===0&&((e.mode&1)===0?t=1:(t=ss,ss<<=1,(ss&130023424)===0&&(ss=4194304)));var r=Nt();e=_n(e,t),e!==null&&(Fl(e,t,r),Wt(e,r))}function Zk(e){var t=e.memoizedState,r=0;t!==null&&(r=t.retryLane),e1(e,r)}function Jk(e,t){var r=0;switch(e.tag){case 13:var n=e.stateNode,o=e.memoizedState;o!==null&&(r=o.retryLane);break;case 19:n=e.stateNode;break;default:throw Error(A(314))}n!==null&&n.delete(t),e1(e,r)}var t1;t1=function(e,t,r){if(e!==null)if(e.memoizedProps!==t.pendingProps||jt.current)zt=!0;else{if((e.lanes&r)===0&&(t.flags&128)===0)return zt=!1,jk(e,t,r);zt=(e.flags&131072)!==0}else zt=!1,Se&&(t.flags&1048576)!==0&&iy(t,$s,t.index);switch(t.lanes=0,t.tag){case 2:var n=t.type;As(e,t),e=t.pendingProps;var o=qi(t,vt.current);$i(t,r),o=um(null,t,n,e,o,r);var i=fm();return t.flags|=1,typeof o=="object"&&o!==null&&typeof o.render=="function"&&o.$$typeof===void 0?(t.tag=1,t.memoizedState=null,t.updateQueue=null,Ut(n)?(i=!0,Vs(t)):i=!1,t.memoizedState=o.state!==null&&o.state!==void 0?o.state:null,am(t),o.updater=ud,t.stateNode=o,o._reactInternals=t,kp(t,n,e,r),t=Sp(null,t,n,!0,i,r)):(t.tag=0,Se&&i&&Jp(t),Tt(null,t,o,r),t=t.child),t;case 16:n=t.elementType;e:{switch(As(e,t),e=t.pendingProps,o=n._init,n=o(n._payload),t.type=n,o=t.tag=t6(n),e=Sr(n,e),o){case 0:t=Ep(null,t,n,e,r);break e;case 1:t=Yg(null,t,n,e,r);break e;case 11:t=Xg(null,t,n,e,r);break e;case 14:t=qg(null,t,n,Sr(n.type,e),r);break e}throw Error(A(306,n,""))}return t;case 0:return n=t.type,o=t.pendingProps,o=t.elementType===n?o:Sr(n,o),Ep(e,t,n,o,r);case 1:return n=t.type,o=t.pendingProps,o=t.elementType===n?o:Sr(n,o),Yg(e,t,n,o,r);case 3:e:{if(Fy(t),e===null)throw Error(A(387));n=t.pendingProps,i=t.memoizedState,o=i.element,uy(e,t),qs(t,n,null,r);var a=t.memoizedState;if(n=a.element,i.isDehydrated)if(i={element:n,isDehydrated:!1,cache:a.cache,pendingSuspenseBoundaries:a.pendingSuspenseBoundaries,transitions:a.transitions},t.updateQueue.baseState=i,t.memoizedState=i,t.flags&256){o=Ji(Error(A(423)),t),t=Qg(e,t,n,r,o);break e}else if(n!==o){o=Ji(Error(A(424)),t),t=Qg(e,t,n,r,o);break e}else for(er=oo(t.stateNode.containerInfo.firstChild),tr=t,Se=!0,Tr=null,r=sy(t,null,n,r),t.child=r;r;)r.flags=r.flags&-3|4096,r=r.sibling;else{if(Yi(),n===o){t=xn(e,t,r);break e}Tt(e,t,n,r)}t=t.child}return t;case 5:return fy(t),e===null&&yp(t),n=t.type,o=t.pendingProps,i=e!==null?e.memoizedProps:null,a=o.children,mp(n,o)?a=null:i!==null&&mp(n,i)&&(t.flags|=32),My(e,t),Tt(e,t,a,r),t.child;case 6:return e===null&&yp(t),null;case 13:return zy(e,t,r);case 4:return lm(t,t.stateNode.containerInfo),n=t.pendingProps,e===null?t.child=Qi(t,null,n,r):Tt(e,t,n,r),t.child;case 11:return n=t.type,o=t.pendingProps,o=t.elementType===n?o:Sr(n,o),Xg(e,t,n,o,r);case 7:return Tt(e,t,t.pendingProps,r),t.child;case 8:return Tt(e,t,t.pendingProps.children,r),t.child;case 12:return Tt(e,t,t.pendingProps.children,r),t.child;case 10:e:{if(n=t.type._context,o=t.pendingProps,i=t.memoizedProps,a=o.value,pe(Ks,n._currentValue),n._currentValue=a,i!==null)if(Ar(i.value,a)){if(i.children===o.children&&!jt.current){t=xn(e,t,r);break e}}else for(i=t.child,i!==null&&(i.return=t);i!==null;){var l=i.dependencies;if(l!==null){a=i.child;for(var c=l.firstContext;c!==null;){if(c.context===n){if(i.tag===1){c=gn(-1,r&-r),c.tag=2;var s=i.updateQueue;if(s!==null){s=s.shared;var d=s.pending;d===null?c.next=c:(c.next=d.next,d.next=c),s.pending=c}}i.lanes|=r,c=i.alternate,c!==null&&(c.lanes|=r),_p(i.return,r,t),l.lanes|=r;break}c=c.next}}else if(i.tag===10)a=i.type===t.type?null:i.child;else if(i.tag===18){if(a=i.return,a===null)throw Error(A(341));a.lanes|=r,l=a.alternate,l!==null&&(l.lanes|=r),_p(a,r,t),a=i.sibling}else a=i.child;if(a!==null)a.return=i;else for(a=i;a!==null;){if(a===t){a=null;break}if(i=a.sibling,i!==null){i.return=a.return,a=i;break}a=a.return}i=a}Tt(e,t,o.children,r),t=t.child}return t;case 9:return o=t.type,n=t.pendingProps.children,$i(t,r),o=vr(o),n=n(o),t.flags|=1,Tt(e,t,n,r),t.child;case 14:return n=t.type,o=Sr(n,t.pendingProps),o=Sr(n.type,o),qg(e,t,n,o,r);case 15:return Dy(e,t,t.type,t.pendingProps,r);case 17:return n=t.type,o=t.pendingProps,o=t.elementType===n?o:Sr(n,o),As(e,t),t.tag=1,Ut(n)?(e=!0,Vs(t)):e=!1,$i(t,r),Py(t,n,o),kp(t,n,o,r),Sp(null,t,n,!0,e,r);case 19:return jy(e,t,r);case 22:return By(e,t,r)}throw Error(A(156,t.tag))};function r1(e,t){return Ob(e,t)}function e6(e,t,r,n){this.tag=e,this.key=r,this.sibling=this.child=this.return=this.stateNode=this.type=this.elementType=null,this.index=0,this.ref=null,this.pendingProps=t,this.dependencies=this.memoizedState=this.updateQueue=this.memoizedProps=null,this.mode=n,this.subtreeFlags=this.flags=0,this.deletions=null,this.childLanes=this.lanes=0,this.alternate=null}function mr(e,t,r,n){return new e6(e,t,r,n)}function km(e){return e=e.prototype,!(!e||!e.isReactComponent)}function t6(e){if(typeof e=="function")return km(e)?1:0;if(e!=null){if(e=e.$$typeof,e===Up)return 11;if(e===Wp)return 14}return 2}function co(e,t){var r=e.alternate;return r===null?(r=mr(e.tag,t,e.key,e.mode),r.elementType=e.elementType,r.type=e.type,r.stateNode=e.stateNode,r.alternate=e,e.alternate=r):(r.pendingProps=t,r.type=e.type,r.flags=0,r.subtreeFlags=0,r.deletions=null),r.flags=e.flags&14680064,r.childLanes=e.childLanes,r.lanes=e.lanes,r.child=e.child,r.memoizedProps=e.memoizedProps,r.memoizedState=e.memoizedState,r.updateQueue=e.updateQueue,t=e.dependencies,r.dependencies=t===null?null:{lanes:t.lanes,firstContext:t.firstContext},r.sibling=e.sibling,r.index=e.index,r.ref=e.ref,r}function Ls(e,t,r,n,o,i){var a=2;if(n=e,typeof e=="function")km(e)&&(a=1);else if(typeof e=="string")a=5;else e:switch(e){case Ri:return Fo(r.children,o,i,t);case jp:a=8,o|=8;break;case $f:return e=mr(12,r,t,o|2),e.elementType=$f,e.lanes=i,e;case Kf:return e=mr(13,r,t,o),e.elementType=Kf,e.lanes=i,e;case Xf:return e=mr(19,r,t,o),e.elementType=Xf,e.lanes=i,e;case fb:return md(r,o,i,t);default:if(typeof e=="object"&&e!==null)switch(e.$$typeof){case db:a=10;break e;case ub:a=9;break e;case Up:a=11;break e;case Wp:a=14;break e;case qn:a=16,n=null;break e}throw Error(A(130,e==null?e:typeof e,""))}return t=mr(a,r,t,o),t.elementType=e,t.type=n,t.lanes=i,t}function Fo(e,t,r,n){return e=mr(7,e,n,t),e.lanes=r,e}function md(e,t,r,n){return e=mr(22,e,n,t),e.elementType=fb,e.lanes=r,e.stateNode={isHidden:!1},e}function Hf(e,t,r){return e=mr(6,e,null,t),e.lanes=r,e}function Vf(e,t,r){return t=mr(4,e.children!==null?e.children:[],e.key,t),t.lanes=r,t.stateNode={containerInfo:e.containerInfo,pendingChildren:null,implementation:e.implementation},t}function r6(e,t,r,n,o){this.tag=t,this.containerInfo=e,this.finishedWork=this.pingCache=this.current=this.pendingChildren=null,this.timeoutHandle=-1,this.callbackNode=this.pendingContext=this.context=null,this.callbackPriority=0,this.eventTimes=Tf(0),this.expirationTimes=Tf(-1),this.entangledLanes=this.finishedLanes=this.mutableReadLanes=this.expiredLanes=this.pingedLanes=this.suspendedLanes=this.pendingLanes=0,this.entanglements=Tf(0),this.identifierPrefix=n,this.onRecoverableError=o,this.mutableSourceEagerHydrationData=null}function wm(e,t,r,n,o,i,a,l,c){return e=new r6(e,t,r,l,c),t===1?(t=1,i===!0&&(t|=8)):t=0,i=mr(3,null,null,t),e.current=i,i.stateNode=e,i.memoizedState={element:n,isDehydrated:r,cache:null,transitions:null,pendingSuspenseBoundaries:null},am(i),e}function n6(e,t,r){var n=3<arguments.length&&arguments[3]!==void 0?arguments[3]:null;return{$$typeof:Ai,key:n==null?null:""+n,children:e,containerInfo:t,implementation:r}}function n1(e){if(!e)return uo;e=e._reactInternals;e:{if(Go(e)!==e||e.tag!==1)throw Error(A(170));var t=e;do{switch(t.tag){case 3:t=t.stateNode.context;break e;case 1:if(Ut(t.type)){t=t.stateNode.__reactInternalMemoizedMergedChildContext;break e}}t=t.return}while(t!==null);throw Error(A(171))}if(e.tag===1){var r=e.type;if(Ut(r))return ny(e,r,t)}return t}function o1(e,t,r,n,o,i,a,l,c){return e=wm(r,n,!0,e,o,i,a,l,c),e.context=n1(null),r=e.current,n=Nt(),o=lo(r),i=gn(n,o),i.callback=t??null,io(r,i,o),e.current.lanes=o,Fl(e,o,n),Wt(e,n),e}function hd(e,t,r,n){var o=t.current,i=Nt(),a=lo(o);return r=n1(r),t.context===null?t.context=r:t.pendingContext=r,t=gn(i,a),t.payload={element:e},n=n===void 0?null:n,n!==null&&(t.callback=n),e=io(o,t,a),e!==null&&(Or(e,o,a,i),Ts(e,o,a)),a}function nd(e){return e=e.current,e.child?(e.child.tag===5,e.child.stateNode):null}function lb(e,t){if(e=e.memoizedState,e!==null&&e.dehydrated!==null){var r=e.retryLane;e.retryLane=r!==0&&r<t?r:t}}function Em(e,t){lb(e,t),(e=e.alternate)&&lb(e,t)}function o6(){return null}var i1=typeof reportError=="function"?reportError:function(e){console.error(e)};function Sm(e){this._internalRoot=e}vd.prototype.render=Sm.prototype.render=function(e){var t=this._internalRoot;if(t===null)throw Error(A(409));hd(e,t,null,null)};vd.prototype.unmount=Sm.prototype.unmount=function(){var e=this._internalRoot;if(e!==null){this._internalRoot=null;var t=e.containerInfo;Ho(function(){hd(null,e,null,null)}),t[yn]=null}};function vd(e){this._internalRoot=e}vd.prototype.unstable_scheduleHydration=function(e){if(e){var t=Bb();e={blockedOn:null,target:e,priority:t};for(var r=0;r<Qn.length&&t!==0&&t<Qn[r].priority;r++);Qn.splice(r,0,e),r===0&&Fb(e)}};function Cm(e){return!(!e||e.nodeType!==1&&e.nodeType!==9&&e.nodeType!==11)}function gd(e){return!(!e||e.nodeType!==1&&e.nodeType!==9&&e.nodeType!==11&&(e.nodeType!==8||e.nodeValue!==" react-mount-point-unstable "))}function cb(){}function i6(e,t,r,n,o){if(o){if(typeof n=="function"){var i=n;n=function(){var s=nd(a);i.call(s)}}var a=o1(t,n,e,0,null,!1,!1,"",cb);return e._reactRootContainer=a,e[yn]=a.current,Ol(e.nodeType===8?e.parentNode:e),Ho(),a}for(;o=e.lastChild;)e.removeChild(o);if(typeof n=="function"){var l=n;n=function(){var s=nd(c);l.call(s)}}var c=wm(e,0,!1,null,null,!1,!1,"",cb);return e._reactRootContainer=c,e[yn]=c.current,Ol(e.nodeType===8?e.parentNode:e),Ho(function(){hd(t,c,r,n)}),c}function bd(e,t,r,n,o){var i=r._reactRootContainer;if(i){var a=i;if(typeof o=="function"){var l=o;o=function(){var c=nd(a);l.call(c)}}hd(t,a,e,o)}else a=i6(r,t,e,o,n);return nd(a)}Ib=function(e){switch(e.tag){case 3:var t=e.stateNode;if(t.current.memoizedState.isDehydrated){var r=dl(t.pendingLanes);r!==0&&(Gp(t,r|1),Wt(t,je()),(Q&6)===0&&(ea=je()+500,mo()))}break;case 13:Ho(function(){var n=_n(e,1);if(n!==null){var o=Nt();Or(n,e,1,o)}}),Em(e,1)}};$p=function(e){if(e.tag===13){var t=_n(e,134217728);if(t!==null){var r=Nt();Or(t,e,134217728,r)}Em(e,134217728)}};Db=function(e){if(e.tag===13){var t=lo(e),r=_n(e,t);if(r!==null){var n=Nt();Or(r,e,t,n)}Em(e,t)}};Bb=function(){return ne};Mb=function(e,t){var r=ne;try{return ne=e,t()}finally{ne=r}};op=function(e,t,r){switch(t){case"input":if(Qf(e,r),t=r.name,r.type==="radio"&&t!=null){for(r=e;r.parentNode;)r=r.parentNode;for(r=r.querySelectorAll("input[name="+JSON.stringify(""+t)+'][type="radio"]'),t=0;t<r.length;t++){var n=r[t];if(n!==e&&n.form===e.form){var o=cd(n);if(!o)throw Error(A(90));mb(n),Qf(n,o)}}}break;case"textarea":vb(e,r);break;case"select":t=r.value,t!=null&&Wi(e,!!r.multiple,t,!1)}};wb=ym;Eb=Ho;var a6={usingClientEntryPoint:!1,Events:[jl,Di,cd,xb,kb,ym]},al={findFiberByHostInstance:Io,bundleType:0,version:"18.3.1",rendererPackageName:"react-dom"},l6={bundleType:al.bundleType,version:al.version,rendererPackageName:al.rendererPackageName,rendererConfig:al.rendererConfig,overrideHookState:null,overrideHookStateDeletePath:null,overrideHookStateRenamePath:null,overrideProps:null,overridePropsDeletePath:null,overridePropsRenamePath:null,setErrorHandler:null,setSuspenseHandler:null,scheduleUpdate:null,currentDispatcherRef:kn.ReactCurrentDispatcher,findHostInstanceByFiber:function(e){return e=Tb(e),e===null?null:e.stateNode},findFiberByHostInstance:al.findFiberByHostInstance||o6,findHostInstancesForRefresh:null,scheduleRefresh:null,scheduleRoot:null,setRefreshHandler:null,getCurrentFiber:null,reconcilerVersion:"18.3.1-next-f1338f8080-20240426"};if(typeof __REACT_DEVTOOLS_GLOBAL_HOOK__<"u"&&(ll=__REACT_DEVTOOLS_GLOBAL_HOOK__,!ll.isDisabled&&ll.supportsFiber))try{od=ll.inject(l6),Jr=ll}catch{}var ll;or.__SECRET_INTERNALS_DO_NOT_USE_OR_YOU_WILL_BE_FIRED=a6;or.createPortal=function(e,t){var r=2<arguments.length&&arguments[2]!==void 0?arguments[2]:null;if(!Cm(t))throw Error(A(200));return n6(e,t,null,r)};or.createRoot=function(e,t){if(!Cm(e))throw Error(A(299));var r=!1,n="",o=i1;return t!=null&&(t.unstable_strictMode===!0&&(r=!0),t.identifierPrefix!==void 0&&(n=t.identifierPrefix),t.onRecoverableError!==void 0&&(o=t.onRecoverableError)),t=wm(e,1,!1,null,null,r,!1,n,o),e[yn]=t.current,Ol(e.nodeType===8?e.parentNode:e),new Sm(t)};or.findDOMNode=function(e){if(e==null)return null;if(e.nodeType===1)return e;var t=e._reactInternals;if(t===void 0)throw typeof e.render=="function"?Error(A(188)):(e=Object.keys(e).join(","),Error(A(268,e)));return e=Tb(t),e=e===null?null:e.stateNode,e};or.flushSync=function(e){return Ho(e)};or.hydrate=function(e,t,r){if(!gd(t))throw Error(A(200));return bd(null,e,t,!0,r)};or.hydrateRoot=function(e,t,r){if(!Cm(e))throw Error(A(405));var n=r!=null&&r.hydratedSources||null,o=!1,i="",a=i1;if(r!=null&&(r.unstable_strictMode===!0&&(o=!0),r.identifierPrefix!==void 0&&(i=r.identifierPrefix),r.onRecoverableError!==void 0&&(a=r.onRecoverableError)),t=o1(t,null,e,1,r??null,o,!1,i,a),e[yn]=t.current,Ol(e),n)for(e=0;e<n.length;e++)r=n[e],o=r._getVersion,o=o(r._source),t.mutableSourceEagerHydrationData==null?t.mutableSourceEagerHydrationData=[r,o]:t.mutableSourceEagerHydrationData.push(r,o);return new vd(t)};or.render=function(e,t,r){if(!gd(t))throw Error(A(200));return bd(null,e,t,!1,r)};or.unmountComponentAtNode=function(e){if(!gd(e))throw Error(A(40));return e._reactRootContainer?(Ho(function(){bd(null,null,e,!1,function(){e._reactRootContainer=null,e[yn]=null})}),!0):!1};or.unstable_batchedUpdates=ym;or.unstable_renderSubtreeIntoContainer=function(e,t,r,n){if(!gd(r))throw Error(A(200));if(e==null||e._reactInternals===void 0)throw Error(A(38));return bd(e,t,r,!1,n)};or.version="18.3.1-next-f1338f8080-20240426"});var na=we((E8,c1)=>{"use strict";function l1(){if(!(typeof __REACT_DEVTOOLS_GLOBAL_HOOK__>"u"||typeof __REACT_DEVTOOLS_GLOBAL_HOOK__.checkDCE!="function"))try{__REACT_DEVTOOLS_GLOBAL_HOOK__.checkDCE(l1)}catch(e){console.error(e)}}l1(),c1.exports=a1()});var X_=we(Qd=>{"use strict";var G6=C(),$6=Symbol.for("react.element"),K6=Symbol.for("react.fragment"),X6=Object.prototype.hasOwnProperty,q6=G6.__SECRET_INTERNALS_DO_NOT_USE_OR_YOU_WILL_BE_FIRED.ReactCurrentOwner,Y6={key:!0,ref:!0,__self:!0,__source:!0};function K_(e,t,r){var n,o={},i=null,a=null;r!==void 0&&(i=""+r),t.key!==void 0&&(i=""+t.key),t.ref!==void 0&&(a=t.ref);for(n in t)X6.call(t,n)&&!Y6.hasOwnProperty(n)&&(o[n]=t[n]);if(e&&e.defaultProps)for(n in t=e.defaultProps,t)o[n]===void 0&&(o[n]=t[n]);return{$$typeof:$6,type:e,key:i,ref:a,props:o,_owner:q6.current}}Qd.Fragment=K6;Qd.jsx=K_;Qd.jsxs=K_});var We=we((VO,q_)=>{"use strict";q_.exports=X_()});var g0=we((nB,z2)=>{var a9=e=>Array.isArray(e)?e:[e],l9=typeof window<"u"&&typeof window.document<"u";z2.exports={convertToArrayIfNeeded:a9,isBrowser:l9}});var Lu=we((oB,U2)=>{function c9(){return typeof process<"u"}function s9(){return c9()&&!1}var Au=(e,t)=>s9()&&process.env[e]!=="undefined"&&process.env[e]!==void 0?process.env[e]:t,Ru=()=>Au("MONDAY_COM_PROTOCOL","https"),Pu=()=>Au("MONDAY_COM_DOMAIN","monday.com"),d9=()=>Au("MONDAY_SUBDOMAIN_API","api."),j2=()=>Au("MONDAY_OAUTH_SUBDOMAIN","auth."),u9=()=>`${Ru()}://${d9()}${Pu()}/v2`,f9=()=>`${Ru()}://${j2()}${Pu()}/oauth2/authorize`,p9=()=>`${Ru()}://${j2()}${Pu()}/oauth2/token`,m9={LOAD:"load",INTERACTIVE:"interactive"};U2.exports={REPORT_TIME_PHASES:m9,get MONDAY_DOMAIN(){return Pu()},get MONDAY_PROTOCOL(){return Ru()},get MONDAY_API_URL(){return u9()},get MONDAY_OAUTH_URL(){return f9()},get MONDAY_OAUTH_TOKEN_URL(){return p9()}}});var H2=we((Ra,W2)=>{"use strict";var h9=function(){if(typeof self<"u")return self;if(typeof window<"u")return window;if(typeof global<"u")return global;throw new Error("unable to locate global object")},li=h9();W2.exports=Ra=li.fetch;li.fetch&&(Ra.default=li.fetch.bind(li));Ra.Headers=li.Headers;Ra.Request=li.Request;Ra.Response=li.Response});var G2=we((iB,V2)=>{var v9=H2();function g9(e,t={}){return v9(e,t)}V2.exports={nodeFetch:g9}});var Y2=we((aB,q2)=>{var{MONDAY_API_URL:b9,MONDAY_OAUTH_TOKEN_URL:y9}=Lu(),_9=G2(),$2="Could not parse JSON from monday.com's GraphQL API response",K2="Token is required",X2="Received timeout from monday.com's GraphQL API";function x9(e,t,r,n={}){return _9.nodeFetch(e,{method:n.method||"POST",body:JSON.stringify(t||{}),headers:{Authorization:r,"Content-Type":"application/json",...n.apiVersion?{"API-Version":n.apiVersion}:{}}})}async function k9(e,t,r={}){if(!t&&r.url!==y9)throw new Error(K2);let n=r.url||b9,o=r.path||"",i=`${n}${o}`,a=await x9(i,e,t,r),l=a.status,c=a.headers.get("content-type");if(!c||!c.includes("application/json")){if(l===504)throw new Error(X2);let s=await a.text();throw new Error(s)}try{return await a.json()}catch{throw new Error($2)}}q2.exports={execute:k9,COULD_NOT_PARSE_JSON_RESPONSE_ERROR:$2,TOKEN_IS_REQUIRED_ERROR:K2,API_TIMEOUT_ERROR:X2}});var Iu=we((lB,Q2)=>{Q2.exports=Y2()});var e3=we((cB,J2)=>{var Z2=!1;function w9(){if(Z2)return;Z2=!0;let e='body::before { content: ""; position: fixed; top: 0; right: 0; bottom: 0; left: 0; pointer-events: none; z-index: 2147483647; /* mondaySdk css - can be disabled with: mondaySdk({withoutScrollHelper: true }) */ }',t=document.createElement("style");t.appendChild(document.createTextNode(e)),(document.head||document.getElementsByTagName("head")[0]).appendChild(t)}J2.exports={initScrollHelperIfNeeded:w9}});var n3=we((sB,r3)=>{var t3=!1,E9=e=>{if(t3)return;t3=!0;let t=()=>{e.track("ping")};t(),setInterval(t,3e5)};r3.exports={initBackgroundTracking:E9}});var b0=we((dB,o3)=>{var S9=e=>{let t=e&&e.extensions&&e.extensions.warnings;return!t||!Array.isArray(t)||t.forEach(r=>{if(!(!r||!r.message))try{let n=r.locations&&r.locations.map(l=>`line ${l.line}, column ${l.column}`).join("; "),o=r.path&&r.path.join(" → "),i=r.message;i=i.replace(/\.$/,""),i=i.charAt(0).toLowerCase()+i.slice(1);let a=["[monday API]",`${o}:`,i,n&&`@ ${n}`,r.extensions?[`

Additional details:`,r.extensions]:void 0].flat().filter(Boolean);console.warn(...a)}catch{r&&console.warn("[monday API] Warning:",r)}}),e};o3.exports={logWarnings:S9}});var i3=we((uB,C9)=>{C9.exports={name:"monday-sdk-js",version:"0.5.9",private:!1,repository:"https://github.com/mondaycom/monday-sdk-js",main:"src/index.js",types:"types/index.d.ts",author:"talharamati <tal@monday.com>",license:"MIT",files:["LICENSE","README.md","dist/","src/","types/","server-sdk.js"],dependencies:{"node-fetch":"^2.6.0"},devDependencies:{"@babel/cli":"^7.6.0","@babel/core":"^7.6.0","@babel/node":"^7.6.1","@babel/preset-env":"^7.6.0","@babel/preset-react":"^7.0.0","@babel/register":"^7.6.0","@types/source-map":"^0.5.2","babel-loader":"^8.0.6",chai:"^4.2.0",eslint:"^6.8.0",jsdom:"^16.2.0",mocha:"^7.1.0",prettier:"^1.19.1",sinon:"^9.0.0","sinon-chai":"^3.5.0",typescript:"^4.9.5",webpack:"^4.38.0","webpack-cli":"^3.3.6","webpack-dev-server":"^3.7.2"},scripts:{start:"webpack-dev-server",build:"webpack --mode=production --env.WEBPACK_BUILD=true",test:"mocha './src/**/*-test.js'","test:watch":"mocha './src/**/*-test.js' --watch",precommit:"yarn lint && yarn style-check",lint:"eslint './src/**/*.*'","style-check":"prettier --check './src/**/*.js'","style-fix":"prettier --write './src/**/*.js'","compile-types":"tsc --noEmit"}}});var c3=we((fB,l3)=>{var T9=Iu(),{MONDAY_OAUTH_URL:N9,REPORT_TIME_PHASES:a3}=Lu(),{convertToArrayIfNeeded:O9}=g0(),{initScrollHelperIfNeeded:A9}=e3(),{initBackgroundTracking:R9}=n3(),{logWarnings:P9}=b0(),y0=[],Pa={GLOBAL:"v2",INSTANCE:"instance"},_0=class{constructor(t={}){this._clientId=t.clientId,this._apiToken=t.apiToken,this._apiVersion=t.apiVersion,this.listeners={},this.setClientId=this.setClientId.bind(this),this.setToken=this.setToken.bind(this),this.setApiVersion=this.setApiVersion.bind(this),this.api=this.api.bind(this),this.listen=this.listen.bind(this),this.get=this.get.bind(this),this.set=this.set.bind(this),this.execute=this.execute.bind(this),this.reportTime=this.reportTime.bind(this),this.oauth=this.oauth.bind(this),this._receiveMessage=this._receiveMessage.bind(this),this.storage={setItem:this.setStorageItem.bind(this),getItem:this.getStorageItem.bind(this),deleteItem:this.deleteStorageItem.bind(this),instance:{setItem:this.setStorageInstanceItem.bind(this),getItem:this.getStorageInstanceItem.bind(this),deleteItem:this.deleteStorageInstanceItem.bind(this)}},window.addEventListener("message",this._receiveMessage,!1),t.withoutScrollHelper||A9(),R9(this)}setClientId(t){this._clientId=t}setToken(t){this._apiToken=t}setApiVersion(t){this._apiVersion=t}api(t,r={}){console.warn(`[DEPRECATION WARNING] monday.api() is deprecated and will be removed in version 1.0.0.
Use the official @mondaydotcomorg/api package instead: https://www.npmjs.com/package/@mondaydotcomorg/api`);let n={query:t,variables:r.variables},o=r.token||this._apiToken,i=r.apiVersion||this._apiVersion,a;return o?a=T9.execute(n,o,{apiVersion:i}):a=this._localApi("api",{params:n,apiVersion:i}).then(l=>l.data),a.then(P9)}listen(t,r,n){let o=O9(t);o.includes("itemIds")&&console.warn(`[DEPRECATION WARNING] monday.listen('itemIds') is deprecated and considered legacy. Avoid using it in new code.
Use the API to fetch item IDs instead: https://developer.monday.com/apps/docs/mondaylisten#for-large-boards-fetch-all-filtered-item-ids-via-the-api`);let i=[];return o.forEach(a=>{i.push(this._addListener(a,r)),this._localApi("listen",{type:a,params:n})}),()=>{i.forEach(a=>a())}}get(t,r){return this._localApi("get",{type:t,params:r})}set(t,r){return this._localApi("set",{type:t,params:r})}execute(t,r){return this._localApi("execute",{type:t,params:r})}track(t,r){return this.execute("track",{name:t,data:r})}reportTime(t,r={}){if(!Object.values(a3).includes(t))return;let o={phase:t,...r},i={memoryMetrics:this._collectMemoryMetrics()};return t===a3.LOAD&&(i.resourceMetrics=this._collectResourceMetrics()),o.sdkPerformanceMetrics=i,this.execute("reportTime",o)}_collectMemoryMetrics(){let t=typeof performance<"u"&&performance.memory;return t?{usedJSHeapSize:t.usedJSHeapSize,totalJSHeapSize:t.totalJSHeapSize,jsHeapSizeLimit:t.jsHeapSizeLimit}:null}_collectResourceMetrics(){if(typeof performance>"u")return null;let t=performance.getEntriesByType("resource"),r="";try{r=new URL(t[0].name).origin}catch{}return t.map(n=>({name:r?n.name.replace(r,""):n.name,tsSize:n.transferSize,encSize:n.encodedBodySize,dur:Math.round(n.duration)}))}oauth(t={}){let r=t.clientId||this._clientId;if(!r)throw new Error("clientId is required");let o=`${t.mondayOauthUrl||N9}?client_id=${r}`;window.location=o}setStorageItem(t,r,n={}){return this._localApi("storage",{method:"set",key:t,value:r,options:n,segment:Pa.GLOBAL})}getStorageItem(t,r={}){return this._localApi("storage",{method:"get",key:t,options:r,segment:Pa.GLOBAL})}deleteStorageItem(t,r={}){return this._localApi("storage",{method:"delete",key:t,options:r,segment:Pa.GLOBAL})}setStorageInstanceItem(t,r,n={}){return this._localApi("storage",{method:"set",key:t,value:r,options:n,segment:Pa.INSTANCE})}getStorageInstanceItem(t,r={}){return this._localApi("storage",{method:"get",key:t,options:r,segment:Pa.INSTANCE})}deleteStorageInstanceItem(t,r={}){return this._localApi("storage",{method:"delete",key:t,options:r,segment:Pa.INSTANCE})}_localApi(t,r){return new Promise((n,o)=>{let i=this._generateRequestId(),a=this._clientId,c=i3().version;window.parent.postMessage({method:t,args:r,requestId:i,clientId:a,version:c},"*");let s=this._addListener(i,d=>{if(s(),d.errorMessage){let u=new Error(d.errorMessage);u.data=d.data,o(u)}else n(d)})})}_receiveMessage(t){let{method:r,type:n,requestId:o}=t.data,i=this.listeners[r]||y0,a=this.listeners[n]||y0,l=this.listeners[o]||y0,c=new Set([...i,...a,...l]);c&&c.forEach(s=>{try{s(t.data)}catch(d){console.error("Message callback error: ",d)}})}_addListener(t,r){return this.listeners[t]=this.listeners[t]||new Set,this.listeners[t].add(r),()=>{this.listeners[t].delete(r),this.listeners[t].size===0&&delete this.listeners[t]}}_generateRequestId(){return Math.random().toString(36).substring(2,9)}_removeEventListener(){window.removeEventListener("message",this._receiveMessage,!1)}_clearListeners(){this.listeners=[]}};function L9(e={}){return new _0(e)}l3.exports=L9});var d3=we((pB,s3)=>{var{execute:I9}=Iu(),{MONDAY_OAUTH_TOKEN_URL:D9}=Lu(),B9=(e,t,r)=>I9({code:e,client_id:t,client_secret:r},null,{url:D9});s3.exports={oauthToken:B9}});var f3=we((mB,u3)=>{var{logWarnings:M9}=b0(),F9=Iu(),{oauthToken:z9}=d3(),j9="Should send 'token' as an option or call mondaySdk.setToken(TOKEN)",x0=class{constructor(t={}){console.warn(`[DEPRECATION WARNING] The monday-sdk-js server SDK is deprecated and will be removed in version 1.0.0.
The 'api()' method for GraphQL queries should be replaced with the official @mondaydotcomorg/api package: https://www.npmjs.com/package/@mondaydotcomorg/api
For more information, visit: https://developer.monday.com/api-reference/docs/api-sdk`),this._token=t.token,this._apiVersion=t.apiVersion,this.setToken=this.setToken.bind(this),this.setApiVersion=this.setApiVersion.bind(this),this.api=this.api.bind(this)}setToken(t){this._token=t}setApiVersion(t){this._apiVersion=t}api(t,r={}){let n={query:t,variables:r.variables},o=r.token||this._token,i=r.apiVersion||this._apiVersion;if(!o)throw new Error(j9);return F9.execute(n,o,{apiVersion:i}).then(M9)}oauthToken(t,r,n){return z9(t,r,n)}};function U9(e={}){return new x0(e)}u3.exports=U9});var h3=we((k0,m3)=>{var{isBrowser:W9}=g0(),p3=W9?c3():f3();(function(e,t){typeof define=="function"&&define.amd?define(t):typeof k0=="object"?m3.exports=t():e&&(e=t())})(typeof self<"u"?self:k0,function(){return typeof __BUNDLE__<"u"&&__BUNDLE__&&(window.mondaySdk=p3),p3})});var x3=we(S0=>{"use strict";var _3=na();S0.createRoot=_3.createRoot,S0.hydrateRoot=_3.hydrateRoot;var bB});var Ma=k(C(),1);function ev(e,t,r){return t=Dc(t),A5(e,tv()?Reflect.construct(t,r||[],Dc(e).constructor):t.apply(e,r))}function tv(){try{var e=!Boolean.prototype.valueOf.call(Reflect.construct(Boolean,[],(function(){})))}catch{}return(tv=function(){return!!e})()}function N5(e,t){var r=e==null?null:typeof Symbol<"u"&&e[Symbol.iterator]||e["@@iterator"];if(r!=null){var n,o,i,a,l=[],c=!0,s=!1;try{if(i=(r=r.call(e)).next,t===0){if(Object(r)!==r)return;c=!1}else for(;!(c=(n=i.call(r)).done)&&(l.push(n.value),l.length!==t);c=!0);}catch(d){s=!0,o=d}finally{try{if(!c&&r.return!=null&&(a=r.return(),Object(a)!==a))return}finally{if(s)throw o}}return l}}function O5(e,t){if(typeof e!="object"||!e)return e;var r=e[Symbol.toPrimitive];if(r!==void 0){var n=r.call(e,t||"default");if(typeof n!="object")return n;throw new TypeError("@@toPrimitive must return a primitive value.")}return(t==="string"?String:Number)(e)}function rv(e){var t=O5(e,"string");return typeof t=="symbol"?t:t+""}function ut(e){return ut=typeof Symbol=="function"&&typeof Symbol.iterator=="symbol"?function(t){return typeof t}:function(t){return t&&typeof Symbol=="function"&&t.constructor===Symbol&&t!==Symbol.prototype?"symbol":typeof t},ut(e)}function nv(e,t){if(!(e instanceof t))throw new TypeError("Cannot call a class as a function")}function J0(e,t){for(var r=0;t.length>r;r++){var n=t[r];n.enumerable=n.enumerable||!1,n.configurable=!0,"value"in n&&(n.writable=!0),Object.defineProperty(e,rv(n.key),n)}}function ov(e,t,r){return t&&J0(e.prototype,t),r&&J0(e,r),Object.defineProperty(e,"prototype",{writable:!1}),e}function P(e,t,r){return(t=rv(t))in e?Object.defineProperty(e,t,{value:r,enumerable:!0,configurable:!0,writable:!0}):e[t]=r,e}function iv(e,t){if(typeof t!="function"&&t!==null)throw new TypeError("Super expression must either be null or a function");e.prototype=Object.create(t&&t.prototype,{constructor:{value:e,writable:!0,configurable:!0}}),Object.defineProperty(e,"prototype",{writable:!1}),t&&nf(e,t)}function Dc(e){return Dc=Object.setPrototypeOf?Object.getPrototypeOf.bind():function(t){return t.__proto__||Object.getPrototypeOf(t)},Dc(e)}function nf(e,t){return nf=Object.setPrototypeOf?Object.setPrototypeOf.bind():function(r,n){return r.__proto__=n,r},nf(e,t)}function xi(e){if(e===void 0)throw new ReferenceError("this hasn't been initialised - super() hasn't been called");return e}function A5(e,t){if(t&&(typeof t=="object"||typeof t=="function"))return t;if(t!==void 0)throw new TypeError("Derived constructors may only return object or undefined");return xi(e)}function q(e,t){return P5(e)||N5(e,t)||af(e,t)||D5()}function av(e){return R5(e)||L5(e)||af(e)||I5()}function R5(e){if(Array.isArray(e))return of(e)}function P5(e){if(Array.isArray(e))return e}function L5(e){if(typeof Symbol<"u"&&e[Symbol.iterator]!=null||e["@@iterator"]!=null)return Array.from(e)}function af(e,t){if(e){if(typeof e=="string")return of(e,t);var r=Object.prototype.toString.call(e).slice(8,-1);return r==="Object"&&e.constructor&&(r=e.constructor.name),r==="Map"||r==="Set"?Array.from(e):r==="Arguments"||/^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(r)?of(e,t):void 0}}function of(e,t){(t==null||t>e.length)&&(t=e.length);for(var r=0,n=Array(t);t>r;r++)n[r]=e[r];return n}function I5(){throw new TypeError(`Invalid attempt to spread non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`)}function D5(){throw new TypeError(`Invalid attempt to destructure non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`)}function lv(e,t){var r=typeof Symbol<"u"&&e[Symbol.iterator]||e["@@iterator"];if(!r){if(Array.isArray(e)||(r=af(e))||t&&e&&typeof e.length=="number"){r&&(e=r);var n=0,o=function(){};return{s:o,n:function(){return e.length>n?{done:!1,value:e[n++]}:{done:!0}},e:function(c){throw c},f:o}}throw new TypeError(`Invalid attempt to iterate non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`)}var i,a=!0,l=!1;return{s:function(){r=r.call(e)},n:function(){var c=r.next();return a=c.done,c},e:function(c){l=!0,i=c},f:function(){try{a||r.return==null||r.return()}finally{if(l)throw i}}}}var ee,cv,qe;(function(e){e.LIST_TITLE="list-title",e.EMPTY_STATE="empty-state",e.TRANSITION_VIEW="transition-view",e.TEXT_AREA="text-area",e.EDITABLE_TEXT="editable-text",e.TIPSEEN_MEDIA="tipseen-media",e.INDICATOR="indicator",e.BADGE="badge",e.TITLE="title",e.TEXT="text",e.COMBOBOX="combobox",e.COMBOBOX_CATEGORY="combobox-category",e.COMBOBOX_OPTION="combobox-option",e.COLOR_PICKER="color-picker",e.CHECKBOX="checkbox",e.CHECKBOX_LABEL="checkbox-label",e.CHECKBOX_CHECKBOX="checkbox-checkbox",e.DROPDOWN="dropdown",e.DROPDOWN_OPTION_CONTENT="dropdown-option-content",e.BUTTON="button",e.BUTTON_GROUP="button-group",e.CLICKABLE="clickable",e.VIRTUALIZED_LIST="virtualized-list",e.VIRTUALIZED_GRID="virtualized-grid",e.TEXT_FIELD="text-field",e.TEXT_FIELD_SECONDARY_BUTTON="text-field-secondary-button",e.SEARCH="search",e.CLEAN_SEARCH_BUTTON="clean-search-button",e.COLOR_PICKER_ITEM="color-picker-item",e.ICON_BUTTON="icon-button",e.INFO="info",e.SVG_ICON="svg-icon",e.CHIP="chip",e.RADIO_BUTTON="radio-button",e.RADIO_BUTTON_LABEL="radio-button-label",e.RADIO_BUTTON_CONTROL="radio-button-control",e.TAB="tab",e.TAB_PANEL="tab-panel",e.TAB_PANELS="tab-panels",e.TAB_LIST="tab-list",e.TABS_CONTEXT="tabs-context",e.ALERT_BANNER="alert-banner",e.ALERT_BANNER_BUTTON="alert-banner-button",e.ALERT_BANNER_LINK="alert-banner-link",e.ALERT_BANNER_TEXT="alert-banner-text",e.ATTENTION_BOX="attention-box",e.BOX="box",e.AVATAR="avatar",e.AVATAR_BADGE="avatar-badge",e.AVATAR_CONTENT="avatar-content",e.BREADCRUMB_ITEM="breadcrumb-item",e.BREADCRUMBS_BAR="breadcrumbs-bar",e.BREADCRUMB_MENU="breadcrumb-menu",e.BREADCRUMB_MENU_ITEM="breadcrumb-menu-item",e.PROGRESS_BAR="progress-bar",e.BAR="bar",e.BAR_PRIMARY="bar-primary",e.BAR_SECONDARY="bar-secondary",e.COLOR_PICKER_ITEM_COMPONENT="color-picker-item-component",e.COUNTER="counter",e.MENU="menu",e.OPTION="option",e.EXPAND_COLLAPSE="expand-collapse",e.EDITABLE_INPUT="editable-input",e.EDITABLE_HEADING="editable-heading",e.HEADING="heading",e.LABEL="label",e.LINK="link",e.MENU_DIVIDER="menu-divider",e.MENU_ITEM="menu-item",e.MENU_ITEM_BUTTON="menu-item-button",e.MENU_TITLE="menu-title",e.MENU_TITLE_CAPTION="menu-title-caption",e.MENU_GRID_ITEM="menu-grid-item",e.MENU_BUTTON="menu-button",e.STEP_INDICATOR="step-indicator",e.STEPS="steps",e.STEPS_FORWARD_COMMAND="steps-forward-command",e.STEPS_BACKWARD_COMMAND="steps-backward-command",e.MULTI_STEP_INDICATOR="multi-step-indicator",e.SKELETON="skeleton",e.SPLIT_BUTTON="split-button",e.SPLIT_BUTTON_PRIMARY_BUTTON="split-button-primary-button",e.SPLIT_BUTTON_SECONDARY_BUTTON="split-button-secondary-button",e.TEXT_WITH_HIGHLIGHT="text-with-highlight",e.TOAST="toast",e.TOAST_CONTENT="toast-content",e.TOAST_LINK="toast-link",e.TOAST_BUTTON="toast-button",e.TOAST_CLOSE_BUTTON="toast-close-button",e.TOGGLE="toggle",e.TIPSEEN="tipseen",e.TIPSEEN_CONTENT="tipseen-content",e.TIPSEEN_CONTENT_SUBMIT="tipseen-content-submit",e.TIPSEEN_CONTENT_DISMISS="tipseen-content-dismiss",e.TIPSEEN_TITLE="tipseen-title",e.DIVIDER="divider",e.DATEPICKER="date-picker",e.DATEPICKER_HEADER="date-picker-header",e.DATEPICKER_YEAR_SELECTION="date-picker-year-selection",e.LOADER="loader",e.ICON="icon",e.RESPONSIVE_LIST="responsive-list",e.LIST="list",e.MODAL="modal",e.MODAL_OVERLAY="modal-overlay",e.MODAL_HEADER="modal-header",e.MODAL_CLOSE_BUTTON="modal-close-button",e.MODAL_CONTENT="modal-content",e.MODAL_FOOTER="modal-footer",e.MODAL_MEDIA="modal-media",e.MODAL_BASIC_LAYOUT="modal-basic-layout",e.MODAL_SIDE_BY_SIDE_LAYOUT="modal-side-by-side-layout",e.MODAL_MEDIA_LAYOUT="modal-media-layout",e.FORMATTED_NUMBER="formatted-number",e.HIDDEN_TEXT="hidden-text",e.DIALOG_CONTENT_CONTAINER="dialog-content-container",e.FLEX="flex",e.TOOLTIP="tooltip",e.DIALOG="dialog",e.TABLE="table",e.TABLE_CONTAINER="table-container",e.TABLE_BODY="table-body",e.TABLE_VIRTUALIZED_BODY="table-virtualized-body",e.TABLE_CELL="table-cell",e.TABLE_HEADER="table-header",e.TABLE_HEADER_CELL="table-header-cell",e.TABLE_ROW="table-row",e.TABLE_ROW_MENU="table-row-menu"})(ee||(ee={})),(function(e){e.RIGHT_ARROW="{arrowright}",e.LEFT_ARROW="{arrowleft}",e.UP_ARROW="{arrowup}",e.DOWN_ARROW="{arrowdown}",e.TAB="#TAB#",e.ENTER="{enter}",e.PAGE_UP="{pageup}",e.PAGE_DOWN="{pagedown}"})(cv||(cv={})),(function(e){e.ACCORDION="Accordion",e.LIST_TITLE="ListTitle",e.ALERT_BANNER="AlertBanner",e.ATTENTION_BOX="AttentionBox",e.AVATAR="Avatar",e.AVATAR_GROUP="AvatarGroup",e.BADGE="Badge",e.BOX="Box",e.BREADCRUMBS_BAR="BreadcrumbsBar",e.BUTTON="Button",e.BUTTON_GROUP="ButtonGroup",e.CHECKBOX="Checkbox",e.CHIPS="Chips",e.COLOR_PICKER="ColorPicker",e.COMBOBOX="Combobox",e.COUNTER="Counter",e.DATE_PICKER="DatePicker",e.DIALOG="Dialog",e.DIVIDER="Divider",e.DROPDOWN="Dropdown",e.EDITABLE_HEADING="EditableHeading",e.EDITABLE_TEXT="EditableText",e.EMPTY_STATE="EmptyState",e.EXPAND_COLLAPSE="ExpandCollapse",e.FLEX="Flex",e.HEADING="Heading",e.ICON="Icon",e.ICON_BUTTON="IconButton",e.INFO="Info",e.LABEL="Label",e.PROGRESS_BAR="ProgressBar",e.LINK="Link",e.LIST="List",e.LOADER="Loader",e.MENU="Menu",e.MENU_BUTTON="MenuButton",e.MODAL="Modal",e.MULTI_STEP_INDICATOR="MultiStepIndicator",e.NUMBER_FIELD="NumberField",e.RADIO_BUTTON="RadioButton",e.SEARCH="Search",e.SKELETON="Skeleton",e.SLIDER="Slider",e.SPLIT_BUTTON="SplitButton",e.STEPS="Steps",e.TAB="Tab",e.TABLE="Table",e.TEXT="Text",e.TEXT_AREA="TextArea",e.TEXT_FIELD="TextField",e.TEXT_WITH_HIGHLIGHT="TextWithHighlight",e.THEME_PROVIDER="ThemeProvider",e.TIPSEEN="Tipseen",e.TOAST="Toast",e.TOGGLE="Toggle",e.TOOLTIP="Tooltip",e.VIRTUALIZED_GRID="VirtualizedGrid",e.VIRTUALIZED_LIST="VirtualizedList"})(qe||(qe={}));var sv=k(C(),1);var Mc=k(C(),1);var fn=function(){return typeof window<"u"};var Fc=fn()?Mc.useLayoutEffect:Mc.useEffect;function Ee(){for(var e=arguments.length,t=Array(e),r=0;e>r;r++)t[r]=arguments[r];var n=(0,sv.useRef)(null);return Fc((function(){t.forEach((function(o){o&&(typeof o=="function"?o(n.current):o.current=n.current)}))}),[t]),n}var Wn=ee,Y=function(e,t){var r=""+(t??"");return"".concat(e).concat(r&&"_".concat(r))};function ki(e,t){var r={};for(var n in e)Object.prototype.hasOwnProperty.call(e,n)&&0>t.indexOf(n)&&(r[n]=e[n]);if(e!=null&&typeof Object.getOwnPropertySymbols=="function"){var o=0;for(n=Object.getOwnPropertySymbols(e);n.length>o;o++)0>t.indexOf(n[o])&&Object.prototype.propertyIsEnumerable.call(e,n[o])&&(r[n[o]]=e[n[o]])}return r}var Bd=k(C(),1),u_=k(G(),1);function Ga(e,t,{signal:r,edges:n}={}){let o,i=null,a=n!=null&&n.includes("leading"),l=n==null||n.includes("trailing"),c=()=>{i!==null&&(e.apply(o,i),o=void 0,i=null)},s=()=>{l&&c(),v()},d=null,u=()=>{d!=null&&clearTimeout(d),d=setTimeout(()=>{d=null,s()},t)},f=()=>{d!==null&&(clearTimeout(d),d=null)},v=()=>{f(),o=void 0,i=null},b=()=>{c()},g=function(...x){if(r?.aborted)return;o=this,i=x;let m=d==null;u(),a&&m&&c()};return g.schedule=u,g.cancel=v,g.flush=b,r?.addEventListener("abort",v,{once:!0}),g}function Bt(){}function dv(e){return e.charAt(0).toUpperCase()+e.slice(1).toLowerCase()}var B5=new RegExp("\\p{Lu}?\\p{Ll}+|[0-9]+|\\p{Lu}+(?!\\p{Ll})|\\p{Emoji_Presentation}|\\p{Extended_Pictographic}|\\p{L}+","gu");function uv(e){return Array.from(e.match(B5)??[])}function ue(e){let t=uv(e);if(t.length===0)return"";let[r,...n]=t;return`${r.toLowerCase()}${n.map(o=>dv(o)).join("")}`}function lf(e){return Array.isArray(e)}function $a(e){return typeof e=="function"}function zc(e){return e==null}var Nn=k(C(),1),d_=k(G(),1);var mv=k(C(),1);var Oo={typography:"typography_92b7fdb0e5","focus-visible":"focus-visible_e465e20bba",primary:"primary_ecdbb99399",secondary:"secondary_55de8893c4",negative:"negative_543240bb24",onPrimary:"onPrimary_dd6954a0cd",onInverted:"onInverted_760b255363",fixedLight:"fixedLight_41b83621e0",fixedDark:"fixedDark_ed73423aaf",inherit:"inherit_acf474667e",alignInherit:"alignInherit_00b4dc9596",start:"start_e65fd56839",center:"center_3898c9fa04",end:"end_f806ce2687",singleLineEllipsis:"singleLineEllipsis_a79bbb72c4",multiLineEllipsis:"multiLineEllipsis_ca45ac381a"};(function(e){var t="s_id-e72de339a7ec_4_0_5";if(typeof document<"u"){var r=document.head||document.getElementsByTagName("head")[0];if(r.querySelector("#"+t))return;var n=document.createElement("style");n.id=t,r.firstChild?r.insertBefore(n,r.firstChild):r.appendChild(n),n.appendChild(document.createTextNode(e))}else globalThis.injectedStyles&&(globalThis.injectedStyles[t]=e)})(`/* stylelint-disable */
/* stylelint-enable */
.typography_92b7fdb0e5 > a {
  text-decoration: none;
  color: var(--link-color);
}
.typography_92b7fdb0e5 > a:focus-visible, .typography_92b7fdb0e5 > a.focus-visible_e465e20bba {
  outline: none;
  z-index: 11;
  border-radius: 4px;
  box-shadow: 0 0 0 3px hsla(209, 100%, 50%, 0.5), 0 0 0 1px var(--primary-hover-color) inset;
}
.typography_92b7fdb0e5 > a:focus:not(.focus-visible_e465e20bba) {
  outline: none;
}
.typography_92b7fdb0e5 > a:hover {
  text-decoration: underline;
}
.typography_92b7fdb0e5:disabled, .typography_92b7fdb0e5[aria-disabled=true] {
  color: var(--disabled-text-color);
}
.primary_ecdbb99399 {
  color: var(--primary-text-color);
}
.secondary_55de8893c4 {
  color: var(--secondary-text-color);
}
.negative_543240bb24 {
  color: var(--color-error);
}
.onPrimary_dd6954a0cd {
  color: var(--text-color-on-primary);
}
.onPrimary_dd6954a0cd a {
  color: var(--text-color-on-primary);
  text-decoration: underline;
}
.onInverted_760b255363 {
  color: var(--text-color-on-inverted);
}
.onInverted_760b255363 a {
  color: var(--text-color-on-inverted);
  text-decoration: underline;
}
.fixedLight_41b83621e0 {
  color: var(--fixed-light-color);
}
.fixedLight_41b83621e0 a {
  color: var(--fixed-light-color);
  text-decoration: underline;
}
.fixedDark_ed73423aaf {
  color: var(--fixed-dark-color);
}
.fixedDark_ed73423aaf a {
  color: var(--fixed-dark-color);
  text-decoration: underline;
}
.inherit_acf474667e {
  color: inherit;
}
.inherit_acf474667e a {
  color: inherit;
  text-decoration: underline;
}
.alignInherit_00b4dc9596 {
  text-align: inherit;
}
.start_e65fd56839 {
  text-align: start;
}
.center_3898c9fa04 {
  text-align: center;
}
.end_f806ce2687 {
  text-align: end;
}
.singleLineEllipsis_a79bbb72c4 {
  overflow: hidden;
  text-overflow: ellipsis;
  white-space: nowrap;
}
.multiLineEllipsis_ca45ac381a {
  overflow: hidden;
  display: -webkit-box;
  -webkit-line-clamp: var(--text-clamp-lines);
  -webkit-box-orient: vertical;
  white-space: initial;
}`);var Wc=k(C(),1);var jc=k(C(),1);function Uc(e){var t=e.ref,r=e.callback,n=e.debounceTime,o=n===void 0?200:n,i=(0,jc.useCallback)(Ga(r,o),[r,o]);(0,jc.useEffect)((function(){if(window.ResizeObserver&&t?.current){var a=null,l=new ResizeObserver((function(s){var d,u=s[0];if(u&&u.borderBoxSize)a=c(Array.isArray(u.borderBoxSize)?u.borderBoxSize[0]:u.borderBoxSize);else{if(!u.contentRect)return;var f={blockSize:u.contentRect.height,inlineSize:((d=u?.contentRect)===null||d===void 0?void 0:d.width)||0};a=c(f)}}));return l.observe(t?.current),function(){o!==0&&i.cancel(),a&&window.cancelAnimationFrame(a),l.disconnect()}}function c(s){var d=Array.isArray(s)?s[0]:s;return window.requestAnimationFrame((function(){i({borderBoxSize:d})}))}}),[t?.current,r,o,i])}function fv(e,t){return!!e&&(e.scrollWidth>e.clientWidth+(arguments.length>3&&arguments[3]!==void 0?arguments[3]:0)||!t&&e.scrollHeight>e.clientHeight+(arguments.length>2&&arguments[2]!==void 0?arguments[2]:0))}function pv(e){var t=e.ref,r=e.ignoreHeightOverflow,n=r!==void 0&&r,o=e.tolerance,i=e.widthTolerance,a=(0,Wc.useState)((function(){return fv(t?.current,n,o,i)})),l=q(a,2),c=l[0],s=l[1],d=(0,Wc.useCallback)((function(){var u=t?.current;if(u){var f=fv(u,n,o,i);s((function(v){return v!==f?f:v}))}}),[n,t,o,i]);return Uc({ref:t,callback:d,debounceTime:0}),c}function hv(e){var t=arguments.length>1&&arguments[1]!==void 0?arguments[1]:1;return(0,mv.useMemo)((function(){var r,n;return e&&(r=t>1?Oo.multiLineEllipsis:Oo.singleLineEllipsis,t>1&&(n={"--text-clamp-lines":""+t})),{class:r,style:n}}),[e,t])}function vv(e,t,r,n,o,i,a){var l=pv({ref:r?e:null,ignoreHeightOverflow:i,tolerance:a});return!t&&r&&l?Object.assign(Object.assign({},n),{content:o}):{}}var gv=k(C(),1),Hc=gv.default.createContext({overflowTolerance:0});var Id=k(G(),1),Ht=k(C(),1);var Hn={tooltip:"tooltip_2a3d8f97c0",image:"image_47f6eb438c",title:"title_93f69af188",content:"content_fb7a92ed72",paddingSizeMd:"paddingSizeMd_40038c7018",tooltipWhiteLink:"tooltipWhiteLink_d2b596d4b9",arrow:"arrow_12420fcdea",dark:"dark_aafdb454cb",primary:"primary_5fa2fe6050"};(function(e){var t="s_id-9f2070a53c2f_4_0_5";if(typeof document<"u"){var r=document.head||document.getElementsByTagName("head")[0];if(r.querySelector("#"+t))return;var n=document.createElement("style");n.id=t,r.firstChild?r.insertBefore(n,r.firstChild):r.appendChild(n),n.appendChild(document.createTextNode(e))}else globalThis.injectedStyles&&(globalThis.injectedStyles[t]=e)})(`/* stylelint-disable */
/* stylelint-enable */
.tooltip_2a3d8f97c0 {
  position: relative;
  display: inline-block;
  border-radius: var(--tooltip-border-radius, var(--border-radius-small));
  box-shadow: var(--box-shadow-medium);
  font: var(--font-text2-normal);
  max-width: var(--tooltip-max-width, 50vw);
  word-break: break-word;
  background-color: var(--inverted-color-background);
  color: var(--text-color-on-inverted);
  --tooltip-max-width: 240px;
  white-space: pre-wrap;
}
.tooltip_2a3d8f97c0 .image_47f6eb438c {
  display: block;
  position: relative;
  border-start-end-radius: 2px;
  border-start-start-radius: 2px;
  padding: 2px 2px 0 2px;
  -o-object-fit: cover;
     object-fit: cover;
  width: 100%;
  height: 100%;
  min-width: var(--tooltip-max-width);
  z-index: 1;
}
.tooltip_2a3d8f97c0 .title_93f69af188 {
  font: var(--font-text2-bold);
}
.tooltip_2a3d8f97c0 .content_fb7a92ed72 {
  word-break: break-word;
  display: inline-block;
  padding: var(--tooltip-padding, var(--space-8) var(--space-16));
}
.tooltip_2a3d8f97c0.paddingSizeMd_40038c7018 {
  border-radius: var(--border-radius-medium);
  padding: var(--space-16);
  font: var(--font-text2-normal);
}
.tooltip_2a3d8f97c0 a.tooltipWhiteLink_d2b596d4b9 {
  color: #fff;
}
.arrow_12420fcdea,
.dark_aafdb454cb,
.arrow_12420fcdea.dark_aafdb454cb {
  background-color: var(--inverted-color-background);
  color: var(--text-color-on-inverted);
}
.dark-app-theme .arrow_12420fcdea.arrow_12420fcdea.dark_aafdb454cb, .black-app-theme .arrow_12420fcdea.arrow_12420fcdea.dark_aafdb454cb, .hacker-app-theme .arrow_12420fcdea.arrow_12420fcdea.dark_aafdb454cb,
.dark-app-theme .arrow_12420fcdea.arrow_12420fcdea.primary_5fa2fe6050,
.black-app-theme .arrow_12420fcdea.arrow_12420fcdea.primary_5fa2fe6050,
.hacker-app-theme .arrow_12420fcdea.arrow_12420fcdea.primary_5fa2fe6050 {
  box-shadow: none;
}
.primary_5fa2fe6050,
.arrow_12420fcdea.primary_5fa2fe6050 {
  background-color: var(--primary-color);
  color: var(--text-color-on-primary);
}`);var kr=k(C(),1),wv=k(G(),1);var wi={container:"container_f4d07e492d",justifyStart:"justifyStart_ba5e05f9a0",justifyEnd:"justifyEnd_cdb91cc5a0",justifyCenter:"justifyCenter_a5f31a48ba",justifySpaceBetween:"justifySpaceBetween_d9881eaa85",justifySpaceAround:"justifySpaceAround_bee45dbf3a",justifyInital:"justifyInital_a82d4ee6cd",alignStart:"alignStart_86a5de1868",alignEnd:"alignEnd_288bfccae2",alignCenter:"alignCenter_88aeb336dd",alignStretch:"alignStretch_426adc3afd",alignBaseline:"alignBaseline_df68727788",alignInitial:"alignInitial_93929b1175",directionColumn:"directionColumn_420208b0dd",wrap:"wrap_8745a3dee5"};(function(e){var t="s_id-3ad7193e0a34_4_0_4";if(typeof document<"u"){var r=document.head||document.getElementsByTagName("head")[0];if(r.querySelector("#"+t))return;var n=document.createElement("style");n.id=t,r.firstChild?r.insertBefore(n,r.firstChild):r.appendChild(n),n.appendChild(document.createTextNode(e))}else globalThis.injectedStyles&&(globalThis.injectedStyles[t]=e)})(`.container_f4d07e492d {
  display: flex;
  flex-direction: row;
}
.container_f4d07e492d.justifyStart_ba5e05f9a0 {
  justify-content: flex-start;
}
.container_f4d07e492d.justifyEnd_cdb91cc5a0 {
  justify-content: flex-end;
}
.container_f4d07e492d.justifyCenter_a5f31a48ba {
  justify-content: center;
}
.container_f4d07e492d.justifySpaceBetween_d9881eaa85 {
  justify-content: space-between;
}
.container_f4d07e492d.justifySpaceAround_bee45dbf3a {
  justify-content: space-around;
}
.container_f4d07e492d.justifyInital_a82d4ee6cd {
  justify-content: initial;
}
.container_f4d07e492d.alignStart_86a5de1868 {
  align-items: flex-start;
}
.container_f4d07e492d.alignEnd_288bfccae2 {
  align-items: flex-end;
}
.container_f4d07e492d.alignCenter_88aeb336dd {
  align-items: center;
}
.container_f4d07e492d.alignStretch_426adc3afd {
  align-items: stretch;
}
.container_f4d07e492d.alignBaseline_df68727788 {
  align-items: baseline;
}
.container_f4d07e492d.alignInitial_93929b1175 {
  align-items: initial;
}
.container_f4d07e492d.directionColumn_420208b0dd {
  flex-direction: column;
}
.container_f4d07e492d.wrap_8745a3dee5 {
  flex-wrap: wrap;
}`);var kv=k(G(),1),Kc=k(C(),1);var xv=k(C(),1);var bv=k(C(),1);var Vn={ENTER:"Enter",SPACE:" ",ESCAPE:"Escape",DOWN_ARROW:"ArrowDown",UP_ARROW:"ArrowUp",LEFT_ARROW:"ArrowLeft",RIGHT_ARROW:"ArrowRight",TAB:"Tab"};function yv(e){return(0,bv.useCallback)((function(t){t.key!==Vn.SPACE&&t.key!==Vn.ENTER||e(t)}),[e])}var Ye=function(e,t){var r=""+(t??"");return"".concat(e).concat(r&&"_".concat(r))};var ze,_v,dr;(function(e){e.EMPTY_STATE="empty-state",e.TRANSITION_VIEW="transition-view",e.TEXT_AREA="text-area",e.EDITABLE_TEXT="editable-text",e.TIPSEEN_MEDIA="tipseen-media",e.INDICATOR="indicator",e.BADGE="badge",e.TITLE="title",e.TEXT="text",e.COMBOBOX="combobox",e.COMBOBOX_CATEGORY="combobox-category",e.COMBOBOX_OPTION="combobox-option",e.COLOR_PICKER="color-picker",e.CHECKBOX="checkbox",e.CHECKBOX_LABEL="checkbox-label",e.CHECKBOX_CHECKBOX="checkbox-checkbox",e.DROPDOWN="dropdown",e.DROPDOWN_OPTION_CONTENT="dropdown-option-content",e.BUTTON="button",e.BUTTON_GROUP="button-group",e.CLICKABLE="clickable",e.VIRTUALIZED_LIST="virtualized-list",e.VIRTUALIZED_GRID="virtualized-grid",e.TEXT_FIELD="text-field",e.TEXT_FIELD_SECONDARY_BUTTON="text-field-secondary-button",e.SEARCH="search",e.CLEAN_SEARCH_BUTTON="clean-search-button",e.COLOR_PICKER_ITEM="color-picker-item",e.ICON_BUTTON="icon-button",e.SVG_ICON="svg-icon",e.CHIP="chip",e.RADIO_BUTTON="radio-button",e.RADIO_BUTTON_LABEL="radio-button-label",e.RADIO_BUTTON_CONTROL="radio-button-control",e.TAB="tab",e.TAB_PANEL="tab-panel",e.TAB_PANELS="tab-panels",e.TAB_LIST="tab-list",e.TABS_CONTEXT="tabs-context",e.ALERT_BANNER="alert-banner",e.ALERT_BANNER_BUTTON="alert-banner-button",e.ALERT_BANNER_LINK="alert-banner-link",e.ALERT_BANNER_TEXT="alert-banner-text",e.ATTENTION_BOX="attention-box",e.BOX="box",e.AVATAR="avatar",e.AVATAR_BADGE="avatar-badge",e.AVATAR_CONTENT="avatar-content",e.BREADCRUMB_ITEM="breadcrumb-item",e.BREADCRUMBS_BAR="breadcrumbs-bar",e.BREADCRUMB_MENU="breadcrumb-menu",e.BREADCRUMB_MENU_ITEM="breadcrumb-menu-item",e.PROGRESS_BAR="progress-bar",e.BAR="bar",e.BAR_PRIMARY="bar-primary",e.BAR_SECONDARY="bar-secondary",e.COLOR_PICKER_ITEM_COMPONENT="color-picker-item-component",e.COUNTER="counter",e.MENU="menu",e.OPTION="option",e.EXPAND_COLLAPSE="expand-collapse",e.EDITABLE_INPUT="editable-input",e.EDITABLE_HEADING="editable-heading",e.HEADING="heading",e.LABEL="label",e.LINK="link",e.MENU_DIVIDER="menu-divider",e.MENU_ITEM="menu-item",e.MENU_ITEM_BUTTON="menu-item-button",e.MENU_TITLE="menu-title",e.MENU_TITLE_CAPTION="menu-title-caption",e.MENU_GRID_ITEM="menu-grid-item",e.MENU_BUTTON="menu-button",e.STEP_INDICATOR="step-indicator",e.STEPS="steps",e.STEPS_FORWARD_COMMAND="steps-forward-command",e.STEPS_BACKWARD_COMMAND="steps-backward-command",e.MULTI_STEP_INDICATOR="multi-step-indicator",e.SKELETON="skeleton",e.SPLIT_BUTTON="split-button",e.SPLIT_BUTTON_PRIMARY_BUTTON="split-button-primary-button",e.SPLIT_BUTTON_SECONDARY_BUTTON="split-button-secondary-button",e.TEXT_WITH_HIGHLIGHT="text-with-highlight",e.TOAST="toast",e.TOAST_CONTENT="toast-content",e.TOAST_LINK="toast-link",e.TOAST_BUTTON="toast-button",e.TOAST_CLOSE_BUTTON="toast-close-button",e.TOGGLE="toggle",e.TIPSEEN="tipseen",e.TIPSEEN_CONTENT="tipseen-content",e.TIPSEEN_CONTENT_SUBMIT="tipseen-content-submit",e.TIPSEEN_CONTENT_DISMISS="tipseen-content-dismiss",e.TIPSEEN_TITLE="tipseen-title",e.DIVIDER="divider",e.DATEPICKER="date-picker",e.DATEPICKER_HEADER="date-picker-header",e.DATEPICKER_YEAR_SELECTION="date-picker-year-selection",e.LOADER="loader",e.ICON="icon",e.RESPONSIVE_LIST="responsive-list",e.LIST="list",e.MODAL="modal",e.MODAL_OVERLAY="modal-overlay",e.MODAL_HEADER="modal-header",e.MODAL_CLOSE_BUTTON="modal-close-button",e.MODAL_CONTENT="modal-content",e.MODAL_FOOTER="modal-footer",e.MODAL_MEDIA="modal-media",e.MODAL_BASIC_LAYOUT="modal-basic-layout",e.MODAL_SIDE_BY_SIDE_LAYOUT="modal-side-by-side-layout",e.MODAL_MEDIA_LAYOUT="modal-media-layout",e.FORMATTED_NUMBER="formatted-number",e.HIDDEN_TEXT="hidden-text",e.DIALOG_CONTENT_CONTAINER="dialog-content-container",e.FLEX="flex",e.TOOLTIP="tooltip",e.DIALOG="dialog",e.TABLE="table",e.TABLE_CONTAINER="table-container",e.TABLE_BODY="table-body",e.TABLE_VIRTUALIZED_BODY="table-virtualized-body",e.TABLE_CELL="table-cell",e.TABLE_HEADER="table-header",e.TABLE_HEADER_CELL="table-header-cell",e.TABLE_ROW="table-row",e.TABLE_ROW_MENU="table-row-menu"})(ze||(ze={})),(function(e){e.RIGHT_ARROW="{arrowright}",e.LEFT_ARROW="{arrowleft}",e.UP_ARROW="{arrowup}",e.DOWN_ARROW="{arrowdown}",e.TAB="#TAB#",e.ENTER="{enter}",e.PAGE_UP="{pageup}",e.PAGE_DOWN="{pagedown}"})(_v||(_v={})),(function(e){e.ACCORDION="Accordion",e.ALERT_BANNER="AlertBanner",e.ATTENTION_BOX="AttentionBox",e.AVATAR="Avatar",e.AVATAR_GROUP="AvatarGroup",e.BADGE="Badge",e.BOX="Box",e.BREADCRUMBS_BAR="BreadcrumbsBar",e.BUTTON="Button",e.BUTTON_GROUP="ButtonGroup",e.CHECKBOX="Checkbox",e.CHIPS="Chips",e.COLOR_PICKER="ColorPicker",e.COMBOBOX="Combobox",e.COUNTER="Counter",e.DATE_PICKER="DatePicker",e.DIALOG="Dialog",e.DIVIDER="Divider",e.DROPDOWN="Dropdown",e.EDITABLE_HEADING="EditableHeading",e.EDITABLE_TEXT="EditableText",e.EXPAND_COLLAPSE="ExpandCollapse",e.FLEX="Flex",e.HEADING="Heading",e.ICON="Icon",e.ICON_BUTTON="IconButton",e.LABEL="Label",e.PROGRESS_BAR="ProgressBar",e.LINK="Link",e.LIST="List",e.LOADER="Loader",e.MENU="Menu",e.MENU_BUTTON="MenuButton",e.MODAL="Modal",e.MULTI_STEP_INDICATOR="MultiStepIndicator",e.RADIO_BUTTON="RadioButton",e.SEARCH="Search",e.SKELETON="Skeleton",e.SLIDER="Slider",e.SPLIT_BUTTON="SplitButton",e.STEPS="Steps",e.TAB="Tab",e.TABLE="Table",e.TEXT="Text",e.TEXT_AREA="TextArea",e.TEXT_FIELD="TextField",e.TEXT_WITH_HIGHLIGHT="TextWithHighlight",e.THEME_PROVIDER="ThemeProvider",e.TIPSEEN="Tipseen",e.TOAST="Toast",e.TOGGLE="Toggle",e.TOOLTIP="Tooltip",e.VIRTUALIZED_GRID="VirtualizedGrid",e.VIRTUALIZED_LIST="VirtualizedList"})(dr||(dr={}));function Ka(e,t){if(typeof e!="function"||t!=null&&typeof t!="function")throw new TypeError("Expected a function");let r=function(...n){let o=t?t.apply(this,n):n[0],i=r.cache;if(i.has(o))return i.get(o);let a=e.apply(this,n);return r.cache=i.set(o,a)||i,a};return r.cache=new(Ka.Cache||Map),r}Ka.Cache=Map;function cf(e){return typeof e=="function"}function Vc(e){var t=arguments.length>1&&arguments[1]!==void 0&&arguments[1];return function(r){for(var n=0;e.length>n;n++){var o=e[n];try{var i=void 0;if(cf(o)?i=o(r):o&&(o.current=r),i===!1&&t)return}catch(a){return void console.error(a)}}}}function Mt(e){var t=arguments.length>1&&arguments[1]!==void 0&&arguments[1];return function(r){for(var n=0;e.length>n;n++){var o=e[n];try{if((o&&o(r))===!1&&t)return}catch(i){return void console.error(i)}}}}function sf(e){return lf(e)?e:[e]}function K(){}function Gc(e,t){var r=e.onClick,n=r===void 0?K:r,o=e.onMouseDown,i=o===void 0?K:o,a=e.onMouseEnter,l=a===void 0?K:a,c=e.onMouseLeave,s=c===void 0?K:c,d=e.disabled,u=d!==void 0&&d,f=e.id,v=e["data-testid"],b=e.role,g=b===void 0?"button":b,x=e.tabIndex,m=x===void 0?0:x,p=e["aria-label"],h=e["aria-hidden"],y=e["aria-haspopup"],_=e["aria-expanded"],w=yv(n),E=(0,xv.useRef)(null);return{ref:Ee(t,E),id:f,"data-testid":v||Ye(ze.CLICKABLE,f),onClick:u?void 0:n,onKeyDown:u?void 0:w,onMouseDown:i,onMouseEnter:l,onMouseLeave:s,tabIndex:u?-1:m,role:g,"aria-label":p,"aria-hidden":h,"aria-haspopup":y,"aria-expanded":_}}var $c={clickable:"clickable_0d49b31888","focus-visible":"focus-visible_35b789f32a",disabled:"disabled_984f34a722",disableTextSelection:"disableTextSelection_2f3391d492"};(function(e){var t="s_id-1682472bae1f_4_0_3";if(typeof document<"u"){var r=document.head||document.getElementsByTagName("head")[0];if(r.querySelector("#"+t))return;var n=document.createElement("style");n.id=t,r.firstChild?r.insertBefore(n,r.firstChild):r.appendChild(n),n.appendChild(document.createTextNode(e))}else globalThis.injectedStyles&&(globalThis.injectedStyles[t]=e)})(`/* stylelint-disable */
/* stylelint-enable */
.clickable_0d49b31888 {
  cursor: pointer;
}
.clickable_0d49b31888:focus-visible, .clickable_0d49b31888.focus-visible_35b789f32a {
  outline: none;
  z-index: 11;
  border-radius: 4px;
  box-shadow: 0 0 0 3px hsla(209, 100%, 50%, 0.5), 0 0 0 1px var(--primary-hover-color) inset;
}
.clickable_0d49b31888:focus:not(.focus-visible_35b789f32a) {
  outline: none;
}
.clickable_0d49b31888.disabled_984f34a722 {
  cursor: default;
}
.disableTextSelection_2f3391d492 {
  -webkit-touch-callout: none; /* iOS Safari */
  -webkit-user-select: none; /* Safari */ /* Konqueror HTML */
  -moz-user-select: none; /* Old versions of Firefox */ /* Internet Explorer/Edge */
  user-select: none; /* Non-prefixed version, currently supported by Chrome, Edge, Opera and Firefox */
}`);var Xa=(0,Kc.forwardRef)((function(e,t){var r=e.elementType,n=r===void 0?"div":r,o=e.className,i=o===void 0?"":o,a=e.children,l=e.role,c=e.onClick,s=e.enableTextSelection,d=s!==void 0&&s,u=e.onMouseDown,f=e.onMouseEnter,v=e.onMouseLeave,b=e.tabIndex,g=e.disabled,x=g!==void 0&&g,m=e.style,p=Gc({onClick:c===void 0?Bt:c,onMouseDown:u===void 0?Bt:u,onMouseEnter:f===void 0?Bt:f,onMouseLeave:v===void 0?Bt:v,disabled:x,id:e.id,"data-testid":e["data-testid"],role:l===void 0?"button":l,tabIndex:b===void 0?0:b,"aria-label":e["aria-label"],"aria-hidden":e["aria-hidden"],"aria-haspopup":e["aria-haspopup"],"aria-expanded":e["aria-expanded"]},t),h=(0,kv.default)($c.clickable,i,P(P({},$c.disabled,x),$c.disableTextSelection,!d));return Kc.default.createElement(n,Object.assign(Object.assign({},p),{className:h,style:m}),a)}));function re(e,t){return t&&e[t]?e[t]:""}var lt=(0,kr.forwardRef)((function(e,t){var r=e.className,n=e.id,o=e.elementType,i=o===void 0?"div":o,a=e.direction,l=a===void 0?"row":a,c=e.wrap,s=c!==void 0&&c,d=e.children,u=e.justify,f=u===void 0?"start":u,v=e.align,b=v===void 0?"center":v,g=e.flex,x=e.gap,m=e.onClick,p=e.onMouseDown,h=e.style,y=e["aria-labelledby"],_=e["aria-label"],w=e.role,E=e.tabIndex,S=e["data-testid"],I=(0,kr.useRef)(null),T=Ee(t,I),N=(0,kr.useMemo)((function(){if(x)return typeof x=="number"?{gap:x+"px"}:{gap:{xs:"var(--space-4)",small:"var(--space-8)",medium:"var(--space-16)",large:"var(--space-24)"}[x]}}),[x]),R=(0,kr.useMemo)((function(){return g?["string","number"].includes(ut(g))?{flex:g}:ut(g)=="object"?{flexGrow:g.grow,flexShrink:g.shrink,flexBasis:g.basis}:{}:{}}),[g]),D=(0,kr.useMemo)((function(){return Object.assign(Object.assign(Object.assign({},h),N),R)}),[h,N,R]),B=(0,kr.useMemo)((function(){return m?{elementType:i,"aria-labelledby":y}:{"aria-labelledby":y}}),[m,i,y]);return kr.default.createElement(m?Xa:i,Object.assign({id:n,"data-testid":S},B,{ref:T,className:(0,wv.default)(wi.container,re(wi,ue("direction-"+l)),re(wi,ue("justify-"+f)),re(wi,ue("align-"+b)),r,P({},wi.wrap,s)),tabIndex:E,onClick:m,onMouseDown:p,style:D,"aria-label":_,role:w}),d)}));var pf=k(G(),1),Ti=k(C(),1);var qa=k(C(),1);var Ei=k(C(),1);var M5="react-inlinesvg",ie={IDLE:"idle",LOADING:"loading",LOADED:"loaded",FAILED:"failed",READY:"ready",UNSUPPORTED:"unsupported"};function F5(e){return e[Math.floor(Math.random()*e.length)]}function Si(){return!!(typeof window<"u"&&window.document?.createElement)}function Ev(){return z5()&&typeof window<"u"&&window!==null}function Sv(e,...t){let r={};for(let n in e)({}).hasOwnProperty.call(e,n)&&!t.includes(n)&&(r[n]=e[n]);return r}function Cv(e){let t="abcdefghijklmnopqrstuvwxyz",r=`${t}${t.toUpperCase()}1234567890`,n="";for(let o=0;o<e;o++)n+=F5(r);return n}async function df(e,t){let r=await fetch(e,t),[n]=(r.headers.get("content-type")??"").split(/ ?; ?/);if(r.status>299)throw new Error("Not found");if(!["image/svg+xml","text/plain"].some(o=>n.includes(o)))throw new Error(`Content type isn't valid: ${n}`);return r.text()}function z5(){if(!document)return!1;let e=document.createElement("div");e.innerHTML="<svg />";let t=e.firstChild;return!!t&&t.namespaceURI==="http://www.w3.org/2000/svg"}var Tv=class{constructor(e={}){Ha(this,"cacheApi");Ha(this,"cacheStore");Ha(this,"subscribers",[]);Ha(this,"isReady",!1);let{name:t=M5,persistent:r=!1}=e;this.cacheStore=new Map,r&&Si()&&"caches"in window?caches.open(t).then(n=>{this.cacheApi=n}).catch(n=>{console.error(`Failed to open cache: ${n.message}`),this.cacheApi=void 0}).finally(()=>{this.isReady=!0;let n=[...this.subscribers];this.subscribers.length=0,n.forEach(o=>{try{o()}catch(i){console.error(`Error in CacheStore subscriber callback: ${i.message}`)}})}):this.isReady=!0}onReady(e){return this.isReady?(e(),()=>{}):(this.subscribers.push(e),()=>{let t=this.subscribers.indexOf(e);t>=0&&this.subscribers.splice(t,1)})}waitForReady(){return this.isReady?Promise.resolve():new Promise(e=>{this.onReady(e)})}async get(e,t){return await this.fetchAndCache(e,t),this.cacheStore.get(e)?.content??""}getContent(e){return this.cacheStore.get(e)?.content??""}set(e,t){this.cacheStore.set(e,t)}isCached(e){return this.cacheStore.get(e)?.status===ie.LOADED}async fetchAndCache(e,t){this.isReady||await this.waitForReady();let r=this.cacheStore.get(e);if(r?.status!==ie.LOADED){if(r?.status===ie.LOADING){await this.handleLoading(e,t?.signal||void 0,async()=>{this.cacheStore.set(e,{content:"",status:ie.IDLE}),await this.fetchAndCache(e,t)});let n=this.cacheStore.get(e);if(n?.status===ie.FAILED){if(n.error)throw n.error;this.cacheStore.delete(e),await this.fetchAndCache(e,t)}return}this.cacheStore.set(e,{content:"",status:ie.LOADING});try{let n=this.cacheApi?await this.fetchFromPersistentCache(e,t):await df(e,t);this.cacheStore.set(e,{content:n,status:ie.LOADED})}catch(n){let o=n?.name==="AbortError";throw this.cacheStore.set(e,{content:"",error:o?void 0:n,status:ie.FAILED}),n}}}async fetchFromPersistentCache(e,t){let r=await this.cacheApi?.match(e);return r?r.text():(await this.cacheApi?.add(new Request(e,t)),await(await this.cacheApi?.match(e))?.text()??"")}async handleLoading(e,t,r){for(let n=0;n<10;n++){if(t?.aborted)throw t.reason instanceof Error?t.reason:new DOMException("The operation was aborted.","AbortError");if(this.cacheStore.get(e)?.status!==ie.LOADING)return;await j5(.1)}await r()}keys(){return[...this.cacheStore.keys()]}data(){return[...this.cacheStore.entries()].map(([e,t])=>({[e]:t}))}async delete(e){this.cacheApi&&await this.cacheApi.delete(e),this.cacheStore.delete(e)}async clear(){if(this.cacheApi){let e=await this.cacheApi.keys();await Promise.allSettled(e.map(t=>this.cacheApi.delete(t)))}this.cacheStore.clear()}};function j5(e=1){return new Promise(t=>{setTimeout(t,e*1e3)})}var U5=(0,Ei.createContext)(null);function Nv(){return(0,Ei.useContext)(U5)}var ae=k(C(),1);var Rv=k(C(),1),W5=e=>typeof e!="string"?{}:e.split(/ ?; ?/).reduce((t,r)=>{let[n,o]=r.split(/ ?: ?/).map((i,a)=>a===0?i.replace(/\s+/g,""):i.trim());if(n&&o){let i=n.replace(/(\w)-(\w)/g,(l,c,s)=>`${c}${s.toUpperCase()}`),a=o.trim();Number.isNaN(Number(o))||(a=Number(o)),t[n.startsWith("-")?n:i]=a}return t},{});function H5(e=6){let t="0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",r="";for(let n=e;n>0;--n)r+=t[Math.round(Math.random()*(t.length-1))];return r}var V5=["br","col","colgroup","dl","hr","iframe","img","input","link","menuitem","meta","ol","param","select","table","tbody","tfoot","thead","tr","ul","wbr"],Ov={"accept-charset":"acceptCharset",acceptcharset:"acceptCharset",accesskey:"accessKey",allowfullscreen:"allowFullScreen",autocapitalize:"autoCapitalize",autocomplete:"autoComplete",autocorrect:"autoCorrect",autofocus:"autoFocus",autoplay:"autoPlay",autosave:"autoSave",cellpadding:"cellPadding",cellspacing:"cellSpacing",charset:"charSet",class:"className",classid:"classID",classname:"className",colspan:"colSpan",contenteditable:"contentEditable",contextmenu:"contextMenu",controlslist:"controlsList",crossorigin:"crossOrigin",dangerouslysetinnerhtml:"dangerouslySetInnerHTML",datetime:"dateTime",defaultchecked:"defaultChecked",defaultvalue:"defaultValue",enctype:"encType",for:"htmlFor",formmethod:"formMethod",formaction:"formAction",formenctype:"formEncType",formnovalidate:"formNoValidate",formtarget:"formTarget",frameborder:"frameBorder",hreflang:"hrefLang",htmlfor:"htmlFor",httpequiv:"httpEquiv","http-equiv":"httpEquiv",icon:"icon",innerhtml:"innerHTML",inputmode:"inputMode",itemid:"itemID",itemprop:"itemProp",itemref:"itemRef",itemscope:"itemScope",itemtype:"itemType",keyparams:"keyParams",keytype:"keyType",marginwidth:"marginWidth",marginheight:"marginHeight",maxlength:"maxLength",mediagroup:"mediaGroup",minlength:"minLength",nomodule:"noModule",novalidate:"noValidate",playsinline:"playsInline",radiogroup:"radioGroup",readonly:"readOnly",referrerpolicy:"referrerPolicy",rowspan:"rowSpan",spellcheck:"spellCheck",srcdoc:"srcDoc",srclang:"srcLang",srcset:"srcSet",tabindex:"tabIndex",typemustmatch:"typeMustMatch",usemap:"useMap",accentheight:"accentHeight","accent-height":"accentHeight",alignmentbaseline:"alignmentBaseline","alignment-baseline":"alignmentBaseline",allowreorder:"allowReorder",arabicform:"arabicForm","arabic-form":"arabicForm",attributename:"attributeName",attributetype:"attributeType",autoreverse:"autoReverse",basefrequency:"baseFrequency",baselineshift:"baselineShift","baseline-shift":"baselineShift",baseprofile:"baseProfile",calcmode:"calcMode",capheight:"capHeight","cap-height":"capHeight",clippath:"clipPath","clip-path":"clipPath",clippathunits:"clipPathUnits",cliprule:"clipRule","clip-rule":"clipRule",colorinterpolation:"colorInterpolation","color-interpolation":"colorInterpolation",colorinterpolationfilters:"colorInterpolationFilters","color-interpolation-filters":"colorInterpolationFilters",colorprofile:"colorProfile","color-profile":"colorProfile",colorrendering:"colorRendering","color-rendering":"colorRendering",contentscripttype:"contentScriptType",contentstyletype:"contentStyleType",diffuseconstant:"diffuseConstant",dominantbaseline:"dominantBaseline","dominant-baseline":"dominantBaseline",edgemode:"edgeMode",enablebackground:"enableBackground","enable-background":"enableBackground",externalresourcesrequired:"externalResourcesRequired",fillopacity:"fillOpacity","fill-opacity":"fillOpacity",fillrule:"fillRule","fill-rule":"fillRule",filterres:"filterRes",filterunits:"filterUnits",floodopacity:"floodOpacity","flood-opacity":"floodOpacity",floodcolor:"floodColor","flood-color":"floodColor",fontfamily:"fontFamily","font-family":"fontFamily",fontsize:"fontSize","font-size":"fontSize",fontsizeadjust:"fontSizeAdjust","font-size-adjust":"fontSizeAdjust",fontstretch:"fontStretch","font-stretch":"fontStretch",fontstyle:"fontStyle","font-style":"fontStyle",fontvariant:"fontVariant","font-variant":"fontVariant",fontweight:"fontWeight","font-weight":"fontWeight",glyphname:"glyphName","glyph-name":"glyphName",glyphorientationhorizontal:"glyphOrientationHorizontal","glyph-orientation-horizontal":"glyphOrientationHorizontal",glyphorientationvertical:"glyphOrientationVertical","glyph-orientation-vertical":"glyphOrientationVertical",glyphref:"glyphRef",gradienttransform:"gradientTransform",gradientunits:"gradientUnits",horizadvx:"horizAdvX","horiz-adv-x":"horizAdvX",horizoriginx:"horizOriginX","horiz-origin-x":"horizOriginX",imagerendering:"imageRendering","image-rendering":"imageRendering",kernelmatrix:"kernelMatrix",kernelunitlength:"kernelUnitLength",keypoints:"keyPoints",keysplines:"keySplines",keytimes:"keyTimes",lengthadjust:"lengthAdjust",letterspacing:"letterSpacing","letter-spacing":"letterSpacing",lightingcolor:"lightingColor","lighting-color":"lightingColor",limitingconeangle:"limitingConeAngle",markerend:"markerEnd","marker-end":"markerEnd",markerheight:"markerHeight",markermid:"markerMid","marker-mid":"markerMid",markerstart:"markerStart","marker-start":"markerStart",markerunits:"markerUnits",markerwidth:"markerWidth",maskcontentunits:"maskContentUnits",maskunits:"maskUnits",numoctaves:"numOctaves",overlineposition:"overlinePosition","overline-position":"overlinePosition",overlinethickness:"overlineThickness","overline-thickness":"overlineThickness",paintorder:"paintOrder","paint-order":"paintOrder","panose-1":"panose1",pathlength:"pathLength",patterncontentunits:"patternContentUnits",patterntransform:"patternTransform",patternunits:"patternUnits",pointerevents:"pointerEvents","pointer-events":"pointerEvents",pointsatx:"pointsAtX",pointsaty:"pointsAtY",pointsatz:"pointsAtZ",preservealpha:"preserveAlpha",preserveaspectratio:"preserveAspectRatio",primitiveunits:"primitiveUnits",refx:"refX",refy:"refY",renderingintent:"renderingIntent","rendering-intent":"renderingIntent",repeatcount:"repeatCount",repeatdur:"repeatDur",requiredextensions:"requiredExtensions",requiredfeatures:"requiredFeatures",shaperendering:"shapeRendering","shape-rendering":"shapeRendering",specularconstant:"specularConstant",specularexponent:"specularExponent",spreadmethod:"spreadMethod",startoffset:"startOffset",stddeviation:"stdDeviation",stitchtiles:"stitchTiles",stopcolor:"stopColor","stop-color":"stopColor",stopopacity:"stopOpacity","stop-opacity":"stopOpacity",strikethroughposition:"strikethroughPosition","strikethrough-position":"strikethroughPosition",strikethroughthickness:"strikethroughThickness","strikethrough-thickness":"strikethroughThickness",strokedasharray:"strokeDasharray","stroke-dasharray":"strokeDasharray",strokedashoffset:"strokeDashoffset","stroke-dashoffset":"strokeDashoffset",strokelinecap:"strokeLinecap","stroke-linecap":"strokeLinecap",strokelinejoin:"strokeLinejoin","stroke-linejoin":"strokeLinejoin",strokemiterlimit:"strokeMiterlimit","stroke-miterlimit":"strokeMiterlimit",strokewidth:"strokeWidth","stroke-width":"strokeWidth",strokeopacity:"strokeOpacity","stroke-opacity":"strokeOpacity",suppresscontenteditablewarning:"suppressContentEditableWarning",suppresshydrationwarning:"suppressHydrationWarning",surfacescale:"surfaceScale",systemlanguage:"systemLanguage",tablevalues:"tableValues",targetx:"targetX",targety:"targetY",textanchor:"textAnchor","text-anchor":"textAnchor",textdecoration:"textDecoration","text-decoration":"textDecoration",textlength:"textLength",textrendering:"textRendering","text-rendering":"textRendering",underlineposition:"underlinePosition","underline-position":"underlinePosition",underlinethickness:"underlineThickness","underline-thickness":"underlineThickness",unicodebidi:"unicodeBidi","unicode-bidi":"unicodeBidi",unicoderange:"unicodeRange","unicode-range":"unicodeRange",unitsperem:"unitsPerEm","units-per-em":"unitsPerEm",unselectable:"unselectable",valphabetic:"vAlphabetic","v-alphabetic":"vAlphabetic",vectoreffect:"vectorEffect","vector-effect":"vectorEffect",vertadvy:"vertAdvY","vert-adv-y":"vertAdvY",vertoriginx:"vertOriginX","vert-origin-x":"vertOriginX",vertoriginy:"vertOriginY","vert-origin-y":"vertOriginY",vhanging:"vHanging","v-hanging":"vHanging",videographic:"vIdeographic","v-ideographic":"vIdeographic",viewbox:"viewBox",viewtarget:"viewTarget",vmathematical:"vMathematical","v-mathematical":"vMathematical",wordspacing:"wordSpacing","word-spacing":"wordSpacing",writingmode:"writingMode","writing-mode":"writingMode",xchannelselector:"xChannelSelector",xheight:"xHeight","x-height":"xHeight",xlinkactuate:"xlinkActuate","xlink:actuate":"xlinkActuate",xlinkarcrole:"xlinkArcrole","xlink:arcrole":"xlinkArcrole",xlinkhref:"xlinkHref","xlink:href":"xlinkHref",xlinkrole:"xlinkRole","xlink:role":"xlinkRole",xlinkshow:"xlinkShow","xlink:show":"xlinkShow",xlinktitle:"xlinkTitle","xlink:title":"xlinkTitle",xlinktype:"xlinkType","xlink:type":"xlinkType",xmlbase:"xmlBase","xml:base":"xmlBase",xmllang:"xmlLang","xml:lang":"xmlLang","xml:space":"xmlSpace",xmlnsxlink:"xmlnsXlink","xmlns:xlink":"xmlnsXlink",xmlspace:"xmlSpace",ychannelselector:"yChannelSelector",zoomandpan:"zoomAndPan",onblur:"onBlur",onchange:"onChange",onclick:"onClick",oncontextmenu:"onContextMenu",ondoubleclick:"onDoubleClick",ondrag:"onDrag",ondragend:"onDragEnd",ondragenter:"onDragEnter",ondragexit:"onDragExit",ondragleave:"onDragLeave",ondragover:"onDragOver",ondragstart:"onDragStart",ondrop:"onDrop",onerror:"onError",onfocus:"onFocus",oninput:"onInput",oninvalid:"onInvalid",onkeydown:"onKeyDown",onkeypress:"onKeyPress",onkeyup:"onKeyUp",onload:"onLoad",onmousedown:"onMouseDown",onmouseenter:"onMouseEnter",onmouseleave:"onMouseLeave",onmousemove:"onMouseMove",onmouseout:"onMouseOut",onmouseover:"onMouseOver",onmouseup:"onMouseUp",onscroll:"onScroll",onsubmit:"onSubmit",ontouchcancel:"onTouchCancel",ontouchend:"onTouchEnd",ontouchmove:"onTouchMove",ontouchstart:"onTouchStart",onwheel:"onWheel"};function G5(e,t){let{key:r,level:n,...o}=t;switch(e.nodeType){case 1:return Rv.createElement(K5(e.nodeName),$5(e,r),Av(e.childNodes,n,o));case 3:{let i=e.nodeValue?.toString()??"";if(!o.allowWhiteSpaces&&/^\s+$/.test(i)&&!/[\u00A0\u202F]/.test(i))return null;if(!e.parentNode)return i;let a=e.parentNode.nodeName.toLowerCase();return V5.includes(a)?(/\S/.test(i)&&console.warn(`A textNode is not allowed inside '${a}'. Your text "${i}" will be ignored`),null):i}case 8:return null;case 11:return Av(e.childNodes,n,t);default:return null}}function $5(e,t){let r={key:t};if(e instanceof Element){let n=e.getAttribute("class");n&&(r.className=n),[...e.attributes].forEach(o=>{switch(o.name){case"class":break;case"style":r[o.name]=W5(o.value);break;case"allowfullscreen":case"allowpaymentrequest":case"async":case"autofocus":case"autoplay":case"checked":case"controls":case"default":case"defer":case"disabled":case"formnovalidate":case"hidden":case"ismap":case"itemscope":case"loop":case"multiple":case"muted":case"nomodule":case"novalidate":case"open":case"readonly":case"required":case"reversed":case"selected":case"typemustmatch":r[Ov[o.name]||o.name]=!0;break;default:r[Ov[o.name]||o.name]=o.value}})}return r}function Av(e,t,r){let n=[...e].map((o,i)=>Xc(o,{...r,index:i,level:t+1})).filter(Boolean);return n.length?n:null}function K5(e){return/[a-z]+[A-Z]+[a-z]+/.test(e)?e:e.toLowerCase()}function uf(e,t={}){return typeof e=="string"?X5(e,t):e instanceof Node?Xc(e,t):null}function Xc(e,t={}){if(!e||!(e instanceof Node))return null;let{actions:r=[],index:n=0,level:o=0,randomKey:i}=t,a=e,l=`${o}-${n}`,c=[];return i&&o===0&&(l=`${H5()}-${l}`),Array.isArray(r)&&r.forEach(s=>{s.condition(a,l,o)&&(typeof s.pre=="function"&&(a=s.pre(a,l,o),a instanceof Node||(a=e)),typeof s.post=="function"&&c.push(s.post(a,l,o)))}),c.length?c:G5(a,{key:l,level:o,...t})}function X5(e,t={}){if(!e||typeof e!="string")return null;let{includeAllNodes:r=!1,nodeOnly:n=!1,selector:o="body > *",type:i="text/html"}=t;try{let l=new DOMParser().parseFromString(e,i);if(r){let{childNodes:s}=l.body;return n?s:[...s].map(d=>Xc(d,t))}let c=l.querySelector(o)||l.body.childNodes[0];if(!(c instanceof Node))throw new TypeError("Error parsing input");return n?c:Xc(c,t)}catch{}return null}function q5(e){(0,ae.useEffect)(e,[])}function Pv(e){let t=(0,ae.useRef)(void 0);return(0,ae.useEffect)(()=>{t.current=e}),t.current}var Gn=new Map;function Y5(e){let t=Gn.get(e);return t&&(Gn.delete(e),Gn.set(e,t)),t}function Q5(e,t){if(Gn.delete(e),Gn.set(e,t),Gn.size>100){let r=Gn.keys().next().value;r!==void 0&&Gn.delete(r)}}function Z5(e,t,r,n,o,i){return JSON.stringify([e,t===void 0?!1:t,r,n?o:null,n?i??"":null])}function J5(e,t,r){let n=e.matchAll(/\bid=(["'])([^"']+)\1/g),o=[...new Set([...n].map(i=>i[2]))];return o.length?(o.sort((i,a)=>a.length-i.length),e.replace(/<style[^>]*>([\S\s]*?)<\/style>/gi,(i,a)=>{let l=a;for(let c of o){let s=c.replace(/[$()*+.?[\\\]^{|}]/g,"\\$&");l=l.replace(new RegExp(`url\\((['"]?)#${s}\\1\\)`,"g"),`url($1${r}#${c}__${t}$1)`),l=l.replace(new RegExp(`#${s}(?![a-zA-Z0-9_-])`,"g"),`#${c}__${t}`)}return i.replace(a,l)})):e}function Lv(e){let{baseURL:t,cacheElements:r,content:n,description:o,hash:i,preProcessor:a,title:l,uniquifyIDs:c}=e,s=a?a(n):n,d=r?Z5(s,l,o,c,i,t):null;if(d){let v=Y5(d);if(v)return v}let u=e4({...e,content:s,preProcessor:void 0}),f=uf(u);return(0,ae.isValidElement)(f)?(d&&Q5(d,f),f):null}function e4(e){let{baseURL:t,content:r,description:n,handleError:o,hash:i,preProcessor:a,title:l,uniquifyIDs:c=!1}=e;try{let s=a?a(r):r;c&&(s=J5(s,i,t??""));let d=uf(s,{nodeOnly:!0});if(!d||!(d instanceof SVGSVGElement))throw new Error("Could not convert the src to a DOM Node");let u=Iv(d,{baseURL:t,hash:i,uniquifyIDs:c});if(n){let f=u.querySelector("desc");f?.parentNode&&f.parentNode.removeChild(f);let v=document.createElementNS("http://www.w3.org/2000/svg","desc");v.innerHTML=n,u.prepend(v)}if(typeof l<"u"){let f=u.querySelector("title");if(f?.parentNode&&f.parentNode.removeChild(f),l){let v=document.createElementNS("http://www.w3.org/2000/svg","title");v.innerHTML=l,u.prepend(v)}}return u}catch(s){return o(s)}}function Iv(e,t){let{baseURL:r="",hash:n,uniquifyIDs:o}=t,i=["id","href","xlink:href","xlink:role","xlink:arcrole"],a=["href","xlink:href"],l=(c,s)=>a.includes(c)&&(s?!s.includes("#"):!1);return o&&[...e.children].forEach(c=>{if(c.attributes?.length){let s=Object.values(c.attributes).map(d=>{let u=d,f=/url\((.*?)\)/.exec(d.value);return f?.[1]&&(u.value=d.value.replace(f[0],`url(${r}${f[1]}__${n})`)),u});i.forEach(d=>{let u=s.find(f=>f.name===d);u&&!l(d,u.value)&&(u.value=`${u.value}__${n}`)})}return c.children.length?Iv(c,t):c}),e}function t4(e,t){let{baseURL:r,cacheElements:n=!1,cacheRequests:o=!0,description:i,fetchOptions:a,onError:l,onLoad:c,preProcessor:s,src:d,title:u,uniqueHash:f,uniquifyIDs:v}=e,b=(0,ae.useRef)(f),g=(0,ae.useRef)(f!==void 0).current,x=n&&!(v&&!g),m=(0,ae.useRef)(a),p=(0,ae.useRef)(l),h=(0,ae.useRef)(c),y=(0,ae.useRef)(s);m.current=a,p.current=l,h.current=c,y.current=s;let _=(0,ae.useCallback)(()=>{let L=b.current??Cv(8);return b.current=L,L},[]),[w,E]=(0,ae.useReducer)((L,j)=>({...L,...j}),{content:"",element:null,isCached:!1,status:ie.IDLE},L=>{if(!(o&&t.isCached(d)))return L;let j=t.getContent(d);try{let W=Lv({...e,cacheElements:x,handleError:()=>{},hash:v?_():"",content:j});if(W)return{content:j,element:W,isCached:!0,status:ie.READY}}catch{}return{...L,content:j,isCached:!0,status:ie.LOADED}}),{content:S,element:I,isCached:T,status:N}=w,R=Pv(e),D=Pv(w),B=(0,ae.useRef)(!1),H=(0,ae.useRef)(!1),z=(0,ae.useCallback)(L=>{B.current&&(E({status:L.message==="Browser does not support SVG"?ie.UNSUPPORTED:ie.FAILED}),p.current?.(L))},[]),U=(0,ae.useCallback)(()=>{try{let L=Lv({baseURL:r,cacheElements:x,content:S,description:i,handleError:z,hash:v?_():"",preProcessor:y.current,src:d,title:u,uniquifyIDs:v});if(!L)throw new Error("Could not convert the src to a React element");E({element:L,status:ie.READY})}catch(L){z(L)}},[r,S,i,_,z,x,d,u,v]);return q5(()=>{if(B.current=!0,!(!Si()||H.current)){try{if(N===ie.READY)h.current?.(d,T);else if(N===ie.IDLE){if(!Ev())throw new Error("Browser does not support SVG");if(!d)throw new Error("Missing src");E({content:"",element:null,isCached:!1,status:ie.LOADING})}}catch(L){z(L)}return H.current=!0,()=>{B.current=!1}}}),(0,ae.useEffect)(()=>{if(!(!Si()||!R)&&R.src!==d){if(!d){z(new Error("Missing src"));return}E({content:"",element:null,isCached:!1,status:ie.LOADING})}},[z,R,d]),(0,ae.useEffect)(()=>{if(N!==ie.LOADING)return;let L=new AbortController,j=!0;return(async()=>{try{let W=/^data:image\/svg[^,]*?(;base64)?,(.*)/.exec(d),Ce;if(W?Ce=W[1]?window.atob(W[2]):decodeURIComponent(W[2]):d.includes("<svg")&&(Ce=d),Ce){j&&E({content:Ce,isCached:!1,status:ie.LOADED});return}let Z={...m.current,signal:L.signal},Pe,ke=!1;o?(ke=t.isCached(d),Pe=await t.get(d,Z)):Pe=await df(d,Z),j&&E({content:Pe,isCached:ke,status:ie.LOADED})}catch(W){j&&W.name!=="AbortError"&&z(W)}})(),()=>{j=!1,L.abort()}},[o,t,z,d,N]),(0,ae.useEffect)(()=>{N===ie.LOADED&&S&&U()},[S,U,N]),(0,ae.useEffect)(()=>{!Si()||!R||R.src!==d||(R.title!==u||R.description!==i)&&U()},[i,U,R,d,u]),(0,ae.useEffect)(()=>{D&&N===ie.READY&&D.status!==ie.READY&&h.current?.(d,T)},[T,D,d,N]),{element:I,status:N}}var r4=new Tv;function ff(e){let{children:t=null,innerRef:r,loader:n=null}=e,{element:o,status:i}=t4(e,Nv()??r4);return Si()?o?(0,ae.cloneElement)(o,{ref:r,...Sv(e,"baseURL","cacheElements","cacheRequests","children","description","fetchOptions","innerRef","loader","onError","onLoad","preProcessor","src","title","uniqueHash","uniquifyIDs")}):[ie.UNSUPPORTED,ie.FAILED].includes(i)?t:n:n}var Bv=k(C(),1);function n4(e){var t=e.isKeyboardAccessible,r=e.isDecorationOnly,n=e.isHoverOnly;return{role:n!==void 0&&n?"img":"button",tabIndex:t===void 0||t?0:-1,"aria-hidden":r!==void 0&&r}}function Dv(e){var t=e.label,r=e.isDecorationOnly,n=e.isKeyboardAccessible,o=e.isHoverOnly;return Object.assign(Object.assign({},n4({isDecorationOnly:r!==void 0&&r,isKeyboardAccessible:n===void 0||n,isHoverOnly:o!==void 0&&o})),{"aria-label":t})}function o4(e){var t=e.isClickable,r=e.isDecorationOnly,n=e.label,o=r??(!t&&!n);return t||n?Dv({label:n,isDecorationOnly:o,isKeyboardAccessible:e.isKeyboardAccessible,isHoverOnly:!t&&!!n}):{role:o?void 0:"img","aria-hidden":o,tabIndex:void 0,"aria-label":r?void 0:n}}function qc(e){var t=e.isClickable,r=e.label,n=e.isDecorationOnly;return(0,Bv.useMemo)((function(){return o4({isClickable:t,label:r,isDecorationOnly:n})}),[t,r,n])}var Yc=k(C(),1),Mv=function(){var e=(0,Yc.useState)(!1),t=q(e,2),r=t[0],n=t[1];return(0,Yc.useEffect)((function(){return n(!0),function(){n(!1)}}),[]),r};function Fv(e){return e.replace(/fill=".*?"/g,'fill="'.concat(arguments.length>1&&arguments[1]!==void 0?arguments[1]:"currentColor",'"'))}var zv=function(e){var t=e.className,r=e.ref,n=e.src,o=e.replaceToCurrentColor,i=o!==void 0&&o,a=e.customColor,l=e.size,c=e.id,s=e["data-testid"],d=qc({isClickable:!1,label:e["aria-label"],isDecorationOnly:e["aria-hidden"]}),u=Mv(),f=(0,qa.useCallback)((function(g){return i?Fv(g,"currentColor"):a?Fv(g,a):g}),[i,a]);if(typeof n!="string")return null;var v=ff.default||ff,b=qa.default.createElement("div",{className:t,id:c});return u?qa.default.createElement(v,Object.assign({innerRef:r},d,{loader:b,src:n,className:t,preProcessor:f,width:l,height:l,id:c,"data-testid":s||Ye(ze.SVG_ICON,c),"data-vibe":dr.ICON}),b):b};var Ya=k(C(),1),jv=k(G(),1);var Uv=(0,Ya.forwardRef)((function(e,t){var r=e.id,n=e.onClick,o=e["aria-label"],i=e.tabIndex,a=e.icon,l=e.role,c=l===void 0?"img":l,s=e["data-testid"],d=typeof a=="function";return Ya.default.createElement("span",{"aria-hidden":e["aria-hidden"],className:(0,jv.default)(e.className,"fa",d?"":a),onClick:n,ref:t,"aria-label":o,tabIndex:i,role:c,id:r,"data-testid":s,"data-vibe":dr.ICON},d&&Ya.default.createElement(a,null))}));var $n=k(C(),1),Hv=k(G(),1);var Qc={icon:"icon_59c0ab67ec",noFocusStyle:"noFocusStyle_6694f37edd",clickable:"clickable_0d49b31888"};(function(e){var t="s_id-039c30c54242_4_0_3";if(typeof document<"u"){var r=document.head||document.getElementsByTagName("head")[0];if(r.querySelector("#"+t))return;var n=document.createElement("style");n.id=t,r.firstChild?r.insertBefore(n,r.firstChild):r.appendChild(n),n.appendChild(document.createTextNode(e))}else globalThis.injectedStyles&&(globalThis.injectedStyles[t]=e)})(`.icon_59c0ab67ec {
  position: relative;
}

.icon_59c0ab67ec:before {
  text-decoration: none !important;
}

.noFocusStyle_6694f37edd:focus {
  outline: none;
}

.clickable_0d49b31888 {
  cursor: pointer;
}`);var Wv=k(C(),1);function Ao(e){var t=e.eventName,r=e.callback,n=e.ref,o=e.capture,i=o!==void 0&&o;(0,Wv.useEffect)((function(){var a=n&&n.current;if(a){var l={capture:i};return a.addEventListener(t,r,l),function(){a.removeEventListener(t,r,l)}}}),[t,n,r,i])}var Jc=k(C(),1);var Zc;(function(e){e.ALT="altKey",e.META="metaKey",e.CTRL="ctrlKey",e.SHIFT="shiftKey",e.CTRL_OR_META="ctrlOrMetaKey"})(Zc||(Zc={}));function Ci(e){var t=e.keys,r=t===void 0?[]:t,n=e.callback,o=e.modifier,i=e.withoutAnyModifier,a=e.ref,l=e.ignoreDocumentFallback,c=l!==void 0&&l,s=e.capture,d=s!==void 0&&s,u=e.preventDefault,f=u!==void 0&&u,v=e.stopPropagation,b=v!==void 0&&v,g=e.keyEventName,x=g===void 0?"keydown":g,m=(0,Jc.useRef)(fn()?document.body:null),p=(0,Jc.useCallback)((function(h){r.includes(h.key)&&(o&&!(function(y,_){return _===Zc.CTRL_OR_META?y.ctrlKey||y.metaKey:y[_]})(h,o)||i&&!(function(y){return!Object.values(Ci.modifiers).some((function(_){if(_!=="ctrlOrMetaKey")return!!y[_]}))})(h)||(f&&h.preventDefault(),b&&h.stopPropagation(),n(h)))}),[r,o,i,f,b,n]);Ao({eventName:x,callback:p,ref:a||(c?null:m),capture:d})}Ci.modifiers=Zc;var i4=[Vn.ENTER,Vn.SPACE];function Vv(e){var t=e.onClick,r=e.className,n=e.clickable,o=e.ignoreFocusStyle,i=e.isDecorationOnly,a=e.label,l=e.externalTabIndex,c=(0,$n.useRef)(null),s=(0,$n.useCallback)((function(b){document.activeElement===c.current&&t(b)}),[c,t]),d=(0,$n.useCallback)((function(b){b.preventDefault()}),[]),u=(0,$n.useMemo)((function(){return(0,Hv.default)(Qc.icon,r,P(P({},Qc.clickable,n),Qc.noFocusStyle,o))}),[n,r,o]);Ao({eventName:"mousedown",callback:d,ref:c}),Ci({keys:i4,ref:c,callback:s,ignoreDocumentFallback:!0,capture:!0,stopPropagation:!0,preventDefault:!0});var f=(0,$n.useCallback)((function(b){(t||Bt)(b)}),[t]),v=qc({isClickable:n,label:a,isDecorationOnly:i});return v.tabIndex=l??v.tabIndex,{screenReaderAccessProps:v,onClickCallback:f,computedClassName:u,onEnterCallback:s,iconRef:c}}var De=(0,Ti.forwardRef)((function(e,t){var r=e.id,n=e.icon,o=n===void 0?"":n,i=e.type,a=i===void 0?"svg":i,l=e.size,c=l===void 0?16:l,s=e.ignoreFocusStyle,d=e.tabindex,u=e.style,f=e.useCurrentColor,v=f!==void 0&&f,b=e.customColor,g=e["data-testid"],x=Vv({label:e.label,className:e.className,isDecorationOnly:e["aria-hidden"],ignoreFocusStyle:s!==void 0&&s,externalTabIndex:d&&+d||void 0}),m=x.screenReaderAccessProps,p=x.onClickCallback,h=x.computedClassName,y=Ee(t,x.iconRef);if(!o)return null;var _=typeof o=="function",w=g||Ye(ze.ICON,r);return a==="svg"||_||ut(o)=="object"?(function(E,S){return Ti.default.createElement(E,Object.assign({},S,{"data-testid":S["data-testid"]||Ye(ze.ICON,S.id),"data-vibe":dr.ICON}))})(o,Object.assign(Object.assign({id:r},m),{ref:_?void 0:y,size:""+c,className:h,style:u,"data-testid":w})):a==="src"?Ti.default.createElement(zv,Object.assign({id:r,src:o},m,{className:(0,pf.default)(h),replaceToCurrentColor:v,customColor:b,size:c,"data-testid":w})):Ti.default.createElement(Uv,Object.assign({id:r},m,{className:(0,pf.default)(h),onClick:p,ref:y,icon:o,"data-testid":w}))}));var qm=k(G(),1),F=k(C(),1),c_=k(na(),1);var u1=["top","right","bottom","left"];var ho=Math.min,wn=Math.max,Hl=Math.round,Vl=Math.floor,tn=e=>({x:e,y:e}),c6={left:"right",right:"left",bottom:"top",top:"bottom"};function Tm(e,t,r){return wn(e,ho(t,r))}function $o(e,t){return typeof e=="function"?e(t):e}function Ko(e){return e.split("-")[0]}function oa(e){return e.split("-")[1]}function Nm(e){return e==="x"?"y":"x"}function _d(e){return e==="y"?"height":"width"}function En(e){let t=e[0];return t==="t"||t==="b"?"y":"x"}function xd(e){return Nm(En(e))}function f1(e,t,r){r===void 0&&(r=!1);let n=oa(e),o=xd(e),i=_d(o),a=o==="x"?n===(r?"end":"start")?"right":"left":n==="start"?"bottom":"top";return t.reference[i]>t.floating[i]&&(a=Wl(a)),[a,Wl(a)]}function p1(e){let t=Wl(e);return[yd(e),t,yd(t)]}function yd(e){return e.includes("start")?e.replace("start","end"):e.replace("end","start")}var s1=["left","right"],d1=["right","left"],s6=["top","bottom"],d6=["bottom","top"];function u6(e,t,r){switch(e){case"top":case"bottom":return r?t?d1:s1:t?s1:d1;case"left":case"right":return t?s6:d6;default:return[]}}function m1(e,t,r,n){let o=oa(e),i=u6(Ko(e),r==="start",n);return o&&(i=i.map(a=>a+"-"+o),t&&(i=i.concat(i.map(yd)))),i}function Wl(e){let t=Ko(e);return c6[t]+e.slice(t.length)}function f6(e){var t,r,n,o;return{top:(t=e.top)!=null?t:0,right:(r=e.right)!=null?r:0,bottom:(n=e.bottom)!=null?n:0,left:(o=e.left)!=null?o:0}}function Om(e){return typeof e!="number"?f6(e):{top:e,right:e,bottom:e,left:e}}function Xo(e){let{x:t,y:r,width:n,height:o}=e;return{width:n,height:o,top:r,left:t,right:t+n,bottom:r+o,x:t,y:r}}function h1(e,t,r){let{reference:n,floating:o}=e,i=En(t),a=xd(t),l=_d(a),c=Ko(t),s=i==="y",d=n.x+n.width/2-o.width/2,u=n.y+n.height/2-o.height/2,f=n[l]/2-o[l]/2,v;switch(c){case"top":v={x:d,y:n.y-o.height};break;case"bottom":v={x:d,y:n.y+n.height};break;case"right":v={x:n.x+n.width,y:u};break;case"left":v={x:n.x-o.width,y:u};break;default:v={x:n.x,y:n.y}}let b=oa(t);return b&&(v[a]+=f*(b==="end"?1:-1)*(r&&s?-1:1)),v}async function b1(e,t){var r;t===void 0&&(t={});let{x:n,y:o,platform:i,rects:a,elements:l,strategy:c}=e,{boundary:s="clippingAncestors",rootBoundary:d="viewport",elementContext:u="floating",altBoundary:f=!1,padding:v=0}=$o(t,e),b=Om(v),x=l[f?u==="floating"?"reference":"floating":u],m=Xo(await i.getClippingRect({element:(r=await(i.isElement==null?void 0:i.isElement(x)))==null||r?x:x.contextElement||await(i.getDocumentElement==null?void 0:i.getDocumentElement(l.floating)),boundary:s,rootBoundary:d,strategy:c})),p=u==="floating"?{x:n,y:o,width:a.floating.width,height:a.floating.height}:a.reference,h=await(i.getOffsetParent==null?void 0:i.getOffsetParent(l.floating)),y=await(i.isElement==null?void 0:i.isElement(h))&&await(i.getScale==null?void 0:i.getScale(h))||{x:1,y:1},_=Xo(i.convertOffsetParentRelativeRectToViewportRelativeRect?await i.convertOffsetParentRelativeRectToViewportRelativeRect({elements:l,rect:p,offsetParent:h,strategy:c}):p);return{top:(m.top-_.top+b.top)/y.y,bottom:(_.bottom-m.bottom+b.bottom)/y.y,left:(m.left-_.left+b.left)/y.x,right:(_.right-m.right+b.right)/y.x}}var p6=50,y1=async(e,t,r)=>{let{placement:n="bottom",strategy:o="absolute",middleware:i=[],platform:a}=r,l=a.detectOverflow?a:{...a,detectOverflow:b1},c=await(a.isRTL==null?void 0:a.isRTL(t)),s=await a.getElementRects({reference:e,floating:t,strategy:o}),{x:d,y:u}=h1(s,n,c),f=n,v=0,b={};for(let g=0;g<i.length;g++){let x=i[g];if(!x)continue;let{name:m,fn:p}=x,{x:h,y,data:_,reset:w}=await p({x:d,y:u,initialPlacement:n,placement:f,strategy:o,middlewareData:b,rects:s,platform:l,elements:{reference:e,floating:t}});d=h??d,u=y??u,b[m]={...b[m],..._},w&&v<p6&&(v++,typeof w=="object"&&(w.placement&&(f=w.placement),w.rects&&(s=w.rects===!0?await a.getElementRects({reference:e,floating:t,strategy:o}):w.rects),{x:d,y:u}=h1(s,f,c)),g=-1)}return{x:d,y:u,placement:f,strategy:o,middlewareData:b}},_1=e=>({name:"arrow",options:e,async fn(t){let{x:r,y:n,placement:o,rects:i,platform:a,elements:l,middlewareData:c}=t,{element:s,padding:d=0}=$o(e,t)||{};if(s==null)return{};let u=Om(d),f={x:r,y:n},v=xd(o),b=_d(v),g=await a.getDimensions(s),x=v==="y",m=x?"top":"left",p=x?"bottom":"right",h=x?"clientHeight":"clientWidth",y=i.reference[b]+i.reference[v]-f[v]-i.floating[b],_=f[v]-i.reference[v],w=await(a.getOffsetParent==null?void 0:a.getOffsetParent(s)),E=w?w[h]:0;(!E||!await(a.isElement==null?void 0:a.isElement(w)))&&(E=l.floating[h]||i.floating[b]);let S=y/2-_/2,I=E/2-g[b]/2-1,T=ho(u[m],I),N=ho(u[p],I),R=E-g[b]-N,D=E/2-g[b]/2+S,B=Tm(T,D,R),H=!c.arrow&&oa(o)!=null&&D!==B&&i.reference[b]/2-(D<T?T:N)-g[b]/2<0,z=H?D<T?D-T:D-R:0;return{[v]:f[v]+z,data:{[v]:B,centerOffset:D-B-z,...H&&{alignmentOffset:z}},reset:H}}});var x1=function(e){return e===void 0&&(e={}),{name:"flip",options:e,async fn(t){var r,n;let{placement:o,middlewareData:i,rects:a,initialPlacement:l,platform:c,elements:s}=t,{mainAxis:d=!0,crossAxis:u=!0,fallbackPlacements:f,fallbackStrategy:v="bestFit",fallbackAxisSideDirection:b="none",flipAlignment:g=!0,...x}=$o(e,t);if((r=i.arrow)!=null&&r.alignmentOffset)return{};let m=Ko(o),p=En(l),h=Ko(l)===l,y=await(c.isRTL==null?void 0:c.isRTL(s.floating)),_=f||(h||!g?[Wl(l)]:p1(l)),w=b!=="none";!f&&w&&_.push(...m1(l,g,b,y));let E=[l,..._],S=await c.detectOverflow(t,x),I=[],T=((n=i.flip)==null?void 0:n.overflows)||[];if(d&&I.push(S[m]),u){let B=f1(o,a,y);I.push(S[B[0]],S[B[1]])}if(T=[...T,{placement:o,overflows:I}],!I.every(B=>B<=0)){var N,R;let B=(((N=i.flip)==null?void 0:N.index)||0)+1,H=E[B];if(H&&(!(u==="alignment"?p!==En(H):!1)||T.every(L=>En(L.placement)===p?L.overflows[0]>0:!0)))return{data:{index:B,overflows:T},reset:{placement:H}};let z=(R=T.filter(U=>U.overflows[0]<=0).sort((U,L)=>U.overflows[1]-L.overflows[1])[0])==null?void 0:R.placement;if(!z)switch(v){case"bestFit":{var D;let U=(D=T.filter(L=>{if(w){let j=En(L.placement);return j===p||j==="y"}return!0}).map(L=>[L.placement,L.overflows.filter(j=>j>0).reduce((j,W)=>j+W,0)]).sort((L,j)=>L[1]-j[1])[0])==null?void 0:D[0];U&&(z=U);break}case"initialPlacement":z=l;break}if(o!==z)return{reset:{placement:z}}}return{}}}};function v1(e,t){return{top:e.top-t.height,right:e.right-t.width,bottom:e.bottom-t.height,left:e.left-t.width}}function g1(e){return u1.some(t=>e[t]>=0)}var k1=function(e){return e===void 0&&(e={}),{name:"hide",options:e,async fn(t){let{rects:r,platform:n}=t,{strategy:o="referenceHidden",...i}=$o(e,t);switch(o){case"referenceHidden":{let a=await n.detectOverflow(t,{...i,elementContext:"reference"}),l=v1(a,r.reference);return{data:{referenceHiddenOffsets:l,referenceHidden:g1(l)}}}case"escaped":{let a=await n.detectOverflow(t,{...i,altBoundary:!0}),l=v1(a,r.floating);return{data:{escapedOffsets:l,escaped:g1(l)}}}default:return{}}}}};var m6=new Set(["left","top"]);async function h6(e,t){let{placement:r,platform:n,elements:o}=e,i=await(n.isRTL==null?void 0:n.isRTL(o.floating)),a=Ko(r),l=oa(r),c=En(r)==="y",s=m6.has(a)?-1:1,d=i&&c?-1:1,u=$o(t,e),{mainAxis:f,crossAxis:v,alignmentAxis:b}=typeof u=="number"?{mainAxis:u,crossAxis:0,alignmentAxis:null}:{mainAxis:u.mainAxis||0,crossAxis:u.crossAxis||0,alignmentAxis:u.alignmentAxis};return l&&typeof b=="number"&&(v=l==="end"?b*-1:b),c?{x:v*d,y:f*s}:{x:f*s,y:v*d}}var w1=function(e){return e===void 0&&(e=0),{name:"offset",options:e,async fn(t){var r,n;let{x:o,y:i,placement:a,middlewareData:l}=t,c=await h6(t,e);return a===((r=l.offset)==null?void 0:r.placement)&&(n=l.arrow)!=null&&n.alignmentOffset?{}:{x:o+c.x,y:i+c.y,data:{...c,placement:a}}}}},E1=function(e){return e===void 0&&(e={}),{name:"shift",options:e,async fn(t){let{x:r,y:n,placement:o,platform:i}=t,{mainAxis:a=!0,crossAxis:l=!1,limiter:c={fn:p=>{let{x:h,y}=p;return{x:h,y}}},...s}=$o(e,t),d={x:r,y:n},u=await i.detectOverflow(t,s),f=En(o),v=Nm(f),b=d[v],g=d[f],x=(p,h)=>Tm(h+u[p==="y"?"top":"left"],h,h-u[p==="y"?"bottom":"right"]);a&&(b=x(v,b)),l&&(g=x(f,g));let m=c.fn({...t,[v]:b,[f]:g});return{...m,data:{x:m.x-r,y:m.y-n,enabled:{[v]:a,[f]:l}}}}}};function kd(){return typeof window<"u"}function Qo(e){return C1(e)?(e.nodeName||"").toLowerCase():"#document"}function At(e){var t;return(e==null||(t=e.ownerDocument)==null?void 0:t.defaultView)||window}function rn(e){var t;return(t=(C1(e)?e.ownerDocument:e.document)||window.document)==null?void 0:t.documentElement}function C1(e){return kd()?e instanceof Node||e instanceof At(e).Node:!1}function Rr(e){return kd()?e instanceof Element||e instanceof At(e).Element:!1}function Sn(e){return kd()?e instanceof HTMLElement||e instanceof At(e).HTMLElement:!1}function S1(e){return!kd()||typeof ShadowRoot>"u"?!1:e instanceof ShadowRoot||e instanceof At(e).ShadowRoot}function Gl(e){let{overflow:t,overflowX:r,overflowY:n,display:o}=Pr(e);return/auto|scroll|overlay|hidden|clip/.test(t+n+r)&&o!=="inline"&&o!=="contents"}function T1(e){return/^(table|td|th)$/.test(Qo(e))}function $l(e){try{if(e.matches(":popover-open"))return!0}catch{}try{return e.matches(":modal")}catch{return!1}}var v6=/transform|translate|scale|rotate|perspective|filter/,g6=/paint|layout|strict|content/,qo=e=>!!e&&e!=="none",Am;function wd(e){let t=Rr(e)?Pr(e):e;return qo(t.transform)||qo(t.translate)||qo(t.scale)||qo(t.rotate)||qo(t.perspective)||!Ed()&&(qo(t.backdropFilter)||qo(t.filter))||v6.test(t.willChange||"")||g6.test(t.contain||"")}function N1(e){let t=vo(e);for(;Sn(t)&&!ia(t);){if(wd(t))return t;if($l(t))return null;t=vo(t)}return null}function Ed(){return Am==null&&(Am=typeof CSS<"u"&&CSS.supports&&CSS.supports("-webkit-backdrop-filter","none")),Am}function ia(e){return/^(html|body|#document)$/.test(Qo(e))}function Pr(e){return At(e).getComputedStyle(e)}function Kl(e){return Rr(e)?{scrollLeft:e.scrollLeft,scrollTop:e.scrollTop}:{scrollLeft:e.scrollX,scrollTop:e.scrollY}}function vo(e){if(Qo(e)==="html")return e;let t=e.assignedSlot||e.parentNode||S1(e)&&e.host||rn(e);return S1(t)?t.host:t}function O1(e){let t=vo(e);return ia(t)?(e.ownerDocument||e).body:Sn(t)&&Gl(t)?t:O1(t)}function Yo(e,t,r){var n;t===void 0&&(t=[]),r===void 0&&(r=!0);let o=O1(e),i=o===((n=e.ownerDocument)==null?void 0:n.body),a=At(o);if(i){let l=Sd(a);return t.concat(a,a.visualViewport||[],Gl(o)?o:[],l&&r?Yo(l):[])}else return t.concat(o,Yo(o,[],r))}function Sd(e){return e.parent&&Object.getPrototypeOf(e.parent)?e.frameElement:null}function P1(e){let t=Pr(e),r=parseFloat(t.width)||0,n=parseFloat(t.height)||0,o=Sn(e),i=o?e.offsetWidth:r,a=o?e.offsetHeight:n,l=Hl(r)!==i||Hl(n)!==a;return l&&(r=i,n=a),{width:r,height:n,$:l}}function Pm(e){return Rr(e)?e:e.contextElement}function aa(e){let t=Pm(e);if(!Sn(t))return tn(1);let r=t.getBoundingClientRect(),{width:n,height:o,$:i}=P1(t),a=(i?Hl(r.width):r.width)/n,l=(i?Hl(r.height):r.height)/o;return(!a||!Number.isFinite(a))&&(a=1),(!l||!Number.isFinite(l))&&(l=1),{x:a,y:l}}var b6=tn(0);function L1(e){let t=At(e);return!Ed()||!t.visualViewport?b6:{x:t.visualViewport.offsetLeft,y:t.visualViewport.offsetTop}}function y6(e,t,r){return t===void 0&&(t=!1),!!r&&t&&r===At(e)}function Zo(e,t,r,n){t===void 0&&(t=!1),r===void 0&&(r=!1);let o=e.getBoundingClientRect(),i=Pm(e),a=tn(1);t&&(n?Rr(n)&&(a=aa(n)):a=aa(e));let l=y6(i,r,n)?L1(i):tn(0),c=(o.left+l.x)/a.x,s=(o.top+l.y)/a.y,d=o.width/a.x,u=o.height/a.y;if(i&&n){let f=At(i),v=Rr(n)?At(n):n,b=f,g=Sd(b);for(;g&&v!==b;){let x=aa(g),m=g.getBoundingClientRect(),p=Pr(g),h=m.left+(g.clientLeft+parseFloat(p.paddingLeft))*x.x,y=m.top+(g.clientTop+parseFloat(p.paddingTop))*x.y;c*=x.x,s*=x.y,d*=x.x,u*=x.y,c+=h,s+=y,b=At(g),g=Sd(b)}}return Xo({width:d,height:u,x:c,y:s})}function Cd(e,t){let r=Kl(e).scrollLeft;return t?t.left+r:Zo(rn(e)).left+r}function I1(e,t){let r=e.getBoundingClientRect(),n=r.left+t.scrollLeft-Cd(e,r),o=r.top+t.scrollTop;return{x:n,y:o}}function _6(e){let{elements:t,rect:r,offsetParent:n,strategy:o}=e,i=o==="fixed",a=rn(n),l=t?$l(t.floating):!1;if(n===a||l&&i)return r;let c={scrollLeft:0,scrollTop:0},s=tn(1),d=tn(0),u=Sn(n);if((u||!i)&&((Qo(n)!=="body"||Gl(a))&&(c=Kl(n)),u)){let v=Zo(n);s=aa(n),d.x=v.x+n.clientLeft,d.y=v.y+n.clientTop}let f=a&&!u&&!i?I1(a,c):tn(0);return{width:r.width*s.x,height:r.height*s.y,x:r.x*s.x-c.scrollLeft*s.x+d.x+f.x,y:r.y*s.y-c.scrollTop*s.y+d.y+f.y}}function x6(e){return e.getClientRects?Array.from(e.getClientRects()):[]}function k6(e){let t=Kl(e),r=e.ownerDocument.body,n=wn(e.scrollWidth,e.clientWidth,r.scrollWidth,r.clientWidth),o=wn(e.scrollHeight,e.clientHeight,r.scrollHeight,r.clientHeight),i=-t.scrollLeft+Cd(e),a=-t.scrollTop;return Pr(r).direction==="rtl"&&(i+=wn(e.clientWidth,r.clientWidth)-n),{width:n,height:o,x:i,y:a}}var w6=25;function E6(e,t,r){r===void 0&&(r="viewport");let n=r==="layoutViewport",o=At(e),i=rn(e),a=o.visualViewport,l=i.clientWidth,c=i.clientHeight,s=0,d=0;if(a){let f=!Ed()||t==="fixed";n?f||(s=-a.offsetLeft,d=-a.offsetTop):(l=a.width,c=a.height,f&&(s=a.offsetLeft,d=a.offsetTop))}if(Cd(i)<=0){let f=i.ownerDocument,v=f.body,b=getComputedStyle(v),g=f.compatMode==="CSS1Compat"&&parseFloat(b.marginLeft)+parseFloat(b.marginRight)||0,x=Math.abs(i.clientWidth-v.clientWidth-g),m=getComputedStyle(i).scrollbarGutter==="stable both-edges"?x/2:x;m<=w6&&(l-=m)}return{width:l,height:c,x:s,y:d}}function S6(e,t){let r=Zo(e,!0,t==="fixed"),n=r.top+e.clientTop,o=r.left+e.clientLeft,i=aa(e),a=e.clientWidth*i.x,l=e.clientHeight*i.y,c=o*i.x,s=n*i.y;return{width:a,height:l,x:c,y:s}}function A1(e,t,r){let n;if(t==="viewport"||t==="layoutViewport")n=E6(e,r,t);else if(t==="document")n=k6(rn(e));else if(Rr(t))n=S6(t,r);else{let o=L1(e);n={x:t.x-o.x,y:t.y-o.y,width:t.width,height:t.height}}return Xo(n)}function C6(e,t){let r=t.get(e);if(r)return r;let n=Yo(e,[],!1).filter(l=>Rr(l)&&Qo(l)!=="body"),o=null,i=Pr(e).position==="fixed",a=i?vo(e):e;for(;Rr(a)&&!ia(a);){let l=Pr(a),c=wd(a),s=o?o.position:i?"fixed":"";!c&&(s==="fixed"||s==="absolute"&&l.position==="static")?n=n.filter(u=>u!==a):o=l,a=vo(a)}return t.set(e,n),n}function T6(e){let{element:t,boundary:r,rootBoundary:n,strategy:o}=e,a=[...r==="clippingAncestors"?$l(t)?[]:C6(t,this._c):[].concat(r),n],l=A1(t,a[0],o),c=l.top,s=l.right,d=l.bottom,u=l.left;for(let f=1;f<a.length;f++){let v=A1(t,a[f],o);c=wn(v.top,c),s=ho(v.right,s),d=ho(v.bottom,d),u=wn(v.left,u)}return{width:s-u,height:d-c,x:u,y:c}}function N6(e){let{width:t,height:r}=P1(e);return{width:t,height:r}}function O6(e,t,r){let n=Sn(t),o=rn(t),i=r==="fixed",a=Zo(e,!0,i,t),l={scrollLeft:0,scrollTop:0},c=tn(0);if((n||!i)&&((Qo(t)!=="body"||Gl(o))&&(l=Kl(t)),n)){let f=Zo(t,!0,i,t);c.x=f.x+t.clientLeft,c.y=f.y+t.clientTop}!n&&o&&(c.x=Cd(o));let s=o&&!n&&!i?I1(o,l):tn(0),d=a.left+l.scrollLeft-c.x-s.x,u=a.top+l.scrollTop-c.y-s.y;return{x:d,y:u,width:a.width,height:a.height}}function Rm(e){return Pr(e).position==="static"}function R1(e,t){if(!Sn(e)||Pr(e).position==="fixed")return null;if(t)return t(e);let r=e.offsetParent;return rn(e)===r&&(r=r.ownerDocument.body),r}function D1(e,t){let r=At(e);if($l(e))return r;if(!Sn(e)){let o=vo(e);for(;o&&!ia(o);){if(Rr(o)&&!Rm(o))return o;o=vo(o)}return r}let n=R1(e,t);for(;n&&T1(n)&&Rm(n);)n=R1(n,t);return n&&ia(n)&&Rm(n)&&!wd(n)?r:n||N1(e)||r}var A6=async function(e){let t=this.getOffsetParent||D1,r=this.getDimensions,n=await r(e.floating);return{reference:O6(e.reference,await t(e.floating),e.strategy),floating:{x:0,y:0,width:n.width,height:n.height}}};function R6(e){return Pr(e).direction==="rtl"}var B1={convertOffsetParentRelativeRectToViewportRelativeRect:_6,getDocumentElement:rn,getClippingRect:T6,getOffsetParent:D1,getElementRects:A6,getClientRects:x6,getDimensions:N6,getScale:aa,isElement:Rr,isRTL:R6};function M1(e,t){return e.x===t.x&&e.y===t.y&&e.width===t.width&&e.height===t.height}function P6(e,t,r){let n=null,o,i=rn(e);function a(){var d;clearTimeout(o),(d=n)==null||d.disconnect(),n=null}function l(d,u){d===void 0&&(d=!1),u===void 0&&(u=1),a();let f=e.getBoundingClientRect(),{left:v,top:b,width:g,height:x}=f;if(d||t(),!g||!x)return;let m=Vl(b),p=Vl(i.clientWidth-(v+g)),h=Vl(i.clientHeight-(b+x)),y=Vl(v),w={rootMargin:-m+"px "+-p+"px "+-h+"px "+-y+"px",threshold:wn(0,ho(1,u))||1},E=!0;function S(I){let T=I[0].intersectionRatio;if(!M1(f,e.getBoundingClientRect()))return l();if(T!==u){if(!E)return l();T?l(!1,T):o=setTimeout(()=>{l(!1,1e-7)},1e3)}E=!1}try{n=new IntersectionObserver(S,{...w,root:i.ownerDocument})}catch{n=new IntersectionObserver(S,w)}n.observe(e)}let c=At(e),s=()=>l(r);return c.addEventListener("resize",s),l(!0),()=>{c.removeEventListener("resize",s),a()}}function Lm(e,t,r,n){n===void 0&&(n={});let{ancestorScroll:o=!0,ancestorResize:i=!0,elementResize:a=typeof ResizeObserver=="function",layoutShift:l=typeof IntersectionObserver=="function",animationFrame:c=!1}=n,s=Pm(e),d=o||i?[...s?Yo(s):[],...t?Yo(t):[]]:[];d.forEach(m=>{o&&m.addEventListener("scroll",r),i&&m.addEventListener("resize",r)});let u=s&&l?P6(s,r,i):null,f=-1,v=null;a&&(v=new ResizeObserver(m=>{let[p]=m;p&&p.target===s&&v&&t&&(v.unobserve(t),cancelAnimationFrame(f),f=requestAnimationFrame(()=>{var h;(h=v)==null||h.observe(t)})),r()}),s&&!c&&v.observe(s),t&&v.observe(t));let b,g=c?Zo(e):null;c&&x();function x(){let m=Zo(e);g&&!M1(g,m)&&r(),g=m,b=requestAnimationFrame(x)}return r(),()=>{var m;d.forEach(p=>{o&&p.removeEventListener("scroll",r),i&&p.removeEventListener("resize",r)}),u?.(),(m=v)==null||m.disconnect(),v=null,c&&cancelAnimationFrame(b)}}var F1=w1;var z1=E1,j1=x1;var U1=k1,Im=_1;var Dm=(e,t,r)=>{let n=new Map,o=r??{},i={...B1,...o.platform,_c:n};return y1(e,t,{...o,platform:i})};var Ge=k(C(),1),H1=k(C(),1),V1=k(na(),1),L6=typeof document<"u",I6=function(){},Td=L6?H1.useLayoutEffect:I6;function Nd(e,t){if(e===t)return!0;if(typeof e!=typeof t)return!1;if(typeof e=="function"&&e.toString()===t.toString())return!0;let r,n,o;if(e&&t&&typeof e=="object"){if(Array.isArray(e)){if(r=e.length,r!==t.length)return!1;for(n=r;n--!==0;)if(!Nd(e[n],t[n]))return!1;return!0}if(o=Object.keys(e),r=o.length,r!==Object.keys(t).length)return!1;for(n=r;n--!==0;)if(!{}.hasOwnProperty.call(t,o[n]))return!1;for(n=r;n--!==0;){let i=o[n];if(!(i==="_owner"&&e.$$typeof)&&!Nd(e[i],t[i]))return!1}return!0}return e!==e&&t!==t}function G1(e){return typeof window>"u"?1:(e.ownerDocument.defaultView||window).devicePixelRatio||1}function W1(e,t){let r=G1(e);return Math.round(t*r)/r}function Bm(e){let t=Ge.useRef(e);return Td(()=>{t.current=e}),t}function $1(e){e===void 0&&(e={});let{placement:t="bottom",strategy:r="absolute",middleware:n=[],platform:o,elements:{reference:i,floating:a}={},transform:l=!0,whileElementsMounted:c,open:s}=e,[d,u]=Ge.useState({x:0,y:0,strategy:r,placement:t,middlewareData:{},isPositioned:!1}),[f,v]=Ge.useState(n);Nd(f,n)||v(n);let[b,g]=Ge.useState(null),[x,m]=Ge.useState(null),p=Ge.useCallback(L=>{L!==w.current&&(w.current=L,g(L))},[]),h=Ge.useCallback(L=>{L!==E.current&&(E.current=L,m(L))},[]),y=i||b,_=a||x,w=Ge.useRef(null),E=Ge.useRef(null),S=Ge.useRef(d),I=c!=null,T=Bm(c),N=Bm(o),R=Bm(s),D=Ge.useCallback(()=>{if(!w.current||!E.current)return;let L={placement:t,strategy:r,middleware:f};N.current&&(L.platform=N.current),Dm(w.current,E.current,L).then(j=>{let W={...j,isPositioned:R.current!==!1};B.current&&!Nd(S.current,W)&&(S.current=W,V1.flushSync(()=>{u(W)}))})},[f,t,r,N,R]);Td(()=>{s===!1&&S.current.isPositioned&&(S.current.isPositioned=!1,u(L=>({...L,isPositioned:!1})))},[s]);let B=Ge.useRef(!1);Td(()=>(B.current=!0,()=>{B.current=!1}),[]),Td(()=>{if(y&&(w.current=y),_&&(E.current=_),y&&_){if(T.current)return T.current(y,_,D);D()}},[y,_,D,T,I]);let H=Ge.useMemo(()=>({reference:w,floating:E,setReference:p,setFloating:h}),[p,h]),z=Ge.useMemo(()=>({reference:y,floating:_}),[y,_]),U=Ge.useMemo(()=>{let L={position:r,left:0,top:0};if(!z.floating)return L;let j=W1(z.floating,d.x),W=W1(z.floating,d.y);return l?{...L,transform:"translate("+j+"px, "+W+"px)",...G1(z.floating)>=1.5&&{willChange:"transform"}}:{position:r,left:j,top:W}},[r,l,z.floating,d.x,d.y]);return Ge.useMemo(()=>({...d,update:D,refs:H,elements:z,floatingStyles:U}),[d,D,H,z,U])}var D6=e=>{function t(r){return{}.hasOwnProperty.call(r,"current")}return{name:"arrow",options:e,fn(r){let{element:n,padding:o}=typeof e=="function"?e(r):e;return n&&t(n)?n.current!=null?Im({element:n.current,padding:o}).fn(r):{}:n?Im({element:n,padding:o}).fn(r):{}}}},K1=(e,t)=>{let r=F1(e);return{name:r.name,fn:r.fn,options:[e,t]}},X1=(e,t)=>{let r=z1(e);return{name:r.name,fn:r.fn,options:[e,t]}};var q1=(e,t)=>{let r=j1(e);return{name:r.name,fn:r.fn,options:[e,t]}};var Y1=(e,t)=>{let r=U1(e);return{name:r.name,fn:r.fn,options:[e,t]}};var Q1=(e,t)=>{let r=D6(e);return{name:r.name,fn:r.fn,options:[e,t]}};var $e=k(C(),1),Km=k(G(),1);function Cn(){return Cn=Object.assign?Object.assign.bind():function(e){for(var t=1;t<arguments.length;t++){var r=arguments[t];for(var n in r)({}).hasOwnProperty.call(r,n)&&(e[n]=r[n])}return e},Cn.apply(null,arguments)}function la(e,t){if(e==null)return{};var r={};for(var n in e)if({}.hasOwnProperty.call(e,n)){if(t.indexOf(n)!==-1)continue;r[n]=e[n]}return r}function Od(e,t){return Od=Object.setPrototypeOf?Object.setPrototypeOf.bind():function(r,n){return r.__proto__=n,r},Od(e,t)}function ca(e,t){e.prototype=Object.create(t.prototype),e.prototype.constructor=e,Od(e,t)}function Mm(e,t){return e.classList?!!t&&e.classList.contains(t):(" "+(e.className.baseVal||e.className)+" ").indexOf(" "+t+" ")!==-1}function Fm(e,t){e.classList?e.classList.add(t):Mm(e,t)||(typeof e.className=="string"?e.className=e.className+" "+t:e.setAttribute("class",(e.className&&e.className.baseVal||"")+" "+t))}function Z1(e,t){return e.replace(new RegExp("(^|\\s)"+t+"(?:\\s|$)","g"),"$1").replace(/\s+/g," ").replace(/^\s*|\s*$/g,"")}function zm(e,t){e.classList?e.classList.remove(t):typeof e.className=="string"?e.className=Z1(e.className,t):e.setAttribute("class",Z1(e.className&&e.className.baseVal||"",t))}var Vm=k(C());var Xl=k(C()),ql=k(na());var jm={disabled:!1};var J1=k(C()),Um=J1.default.createContext(null);var Ad=function(t){return t.scrollTop};var Yl="unmounted",Jo="exited",ei="entering",da="entered",Wm="exiting",Tn=(function(e){ca(t,e);function t(n,o){var i;i=e.call(this,n,o)||this;var a=o,l=a&&!a.isMounting?n.enter:n.appear,c;return i.appearStatus=null,n.in?l?(c=Jo,i.appearStatus=ei):c=da:n.unmountOnExit||n.mountOnEnter?c=Yl:c=Jo,i.state={status:c},i.nextCallback=null,i}t.getDerivedStateFromProps=function(o,i){var a=o.in;return a&&i.status===Yl?{status:Jo}:null};var r=t.prototype;return r.componentDidMount=function(){this.updateStatus(!0,this.appearStatus)},r.componentDidUpdate=function(o){var i=null;if(o!==this.props){var a=this.state.status;this.props.in?a!==ei&&a!==da&&(i=ei):(a===ei||a===da)&&(i=Wm)}this.updateStatus(!1,i)},r.componentWillUnmount=function(){this.cancelNextCallback()},r.getTimeouts=function(){var o=this.props.timeout,i,a,l;return i=a=l=o,o!=null&&typeof o!="number"&&(i=o.exit,a=o.enter,l=o.appear!==void 0?o.appear:a),{exit:i,enter:a,appear:l}},r.updateStatus=function(o,i){if(o===void 0&&(o=!1),i!==null)if(this.cancelNextCallback(),i===ei){if(this.props.unmountOnExit||this.props.mountOnEnter){var a=this.props.nodeRef?this.props.nodeRef.current:ql.default.findDOMNode(this);a&&Ad(a)}this.performEnter(o)}else this.performExit();else this.props.unmountOnExit&&this.state.status===Jo&&this.setState({status:Yl})},r.performEnter=function(o){var i=this,a=this.props.enter,l=this.context?this.context.isMounting:o,c=this.props.nodeRef?[l]:[ql.default.findDOMNode(this),l],s=c[0],d=c[1],u=this.getTimeouts(),f=l?u.appear:u.enter;if(!o&&!a||jm.disabled){this.safeSetState({status:da},function(){i.props.onEntered(s)});return}this.props.onEnter(s,d),this.safeSetState({status:ei},function(){i.props.onEntering(s,d),i.onTransitionEnd(f,function(){i.safeSetState({status:da},function(){i.props.onEntered(s,d)})})})},r.performExit=function(){var o=this,i=this.props.exit,a=this.getTimeouts(),l=this.props.nodeRef?void 0:ql.default.findDOMNode(this);if(!i||jm.disabled){this.safeSetState({status:Jo},function(){o.props.onExited(l)});return}this.props.onExit(l),this.safeSetState({status:Wm},function(){o.props.onExiting(l),o.onTransitionEnd(a.exit,function(){o.safeSetState({status:Jo},function(){o.props.onExited(l)})})})},r.cancelNextCallback=function(){this.nextCallback!==null&&(this.nextCallback.cancel(),this.nextCallback=null)},r.safeSetState=function(o,i){i=this.setNextCallback(i),this.setState(o,i)},r.setNextCallback=function(o){var i=this,a=!0;return this.nextCallback=function(l){a&&(a=!1,i.nextCallback=null,o(l))},this.nextCallback.cancel=function(){a=!1},this.nextCallback},r.onTransitionEnd=function(o,i){this.setNextCallback(i);var a=this.props.nodeRef?this.props.nodeRef.current:ql.default.findDOMNode(this),l=o==null&&!this.props.addEndListener;if(!a||l){setTimeout(this.nextCallback,0);return}if(this.props.addEndListener){var c=this.props.nodeRef?[this.nextCallback]:[a,this.nextCallback],s=c[0],d=c[1];this.props.addEndListener(s,d)}o!=null&&setTimeout(this.nextCallback,o)},r.render=function(){var o=this.state.status;if(o===Yl)return null;var i=this.props,a=i.children,l=i.in,c=i.mountOnEnter,s=i.unmountOnExit,d=i.appear,u=i.enter,f=i.exit,v=i.timeout,b=i.addEndListener,g=i.onEnter,x=i.onEntering,m=i.onEntered,p=i.onExit,h=i.onExiting,y=i.onExited,_=i.nodeRef,w=la(i,["children","in","mountOnEnter","unmountOnExit","appear","enter","exit","timeout","addEndListener","onEnter","onEntering","onEntered","onExit","onExiting","onExited","nodeRef"]);return Xl.default.createElement(Um.Provider,{value:null},typeof a=="function"?a(o,w):Xl.default.cloneElement(Xl.default.Children.only(a),w))},t})(Xl.default.Component);Tn.contextType=Um;Tn.propTypes={};function sa(){}Tn.defaultProps={in:!1,mountOnEnter:!1,unmountOnExit:!1,appear:!1,enter:!0,exit:!0,onEnter:sa,onEntering:sa,onEntered:sa,onExit:sa,onExiting:sa,onExited:sa};Tn.UNMOUNTED=Yl;Tn.EXITED=Jo;Tn.ENTERING=ei;Tn.ENTERED=da;Tn.EXITING=Wm;var e_=Tn;var B6=function(t,r){return t&&r&&r.split(" ").forEach(function(n){return Fm(t,n)})},Hm=function(t,r){return t&&r&&r.split(" ").forEach(function(n){return zm(t,n)})},Gm=(function(e){ca(t,e);function t(){for(var n,o=arguments.length,i=new Array(o),a=0;a<o;a++)i[a]=arguments[a];return n=e.call.apply(e,[this].concat(i))||this,n.appliedClasses={appear:{},enter:{},exit:{}},n.onEnter=function(l,c){var s=n.resolveArguments(l,c),d=s[0],u=s[1];n.removeClasses(d,"exit"),n.addClass(d,u?"appear":"enter","base"),n.props.onEnter&&n.props.onEnter(l,c)},n.onEntering=function(l,c){var s=n.resolveArguments(l,c),d=s[0],u=s[1],f=u?"appear":"enter";n.addClass(d,f,"active"),n.props.onEntering&&n.props.onEntering(l,c)},n.onEntered=function(l,c){var s=n.resolveArguments(l,c),d=s[0],u=s[1],f=u?"appear":"enter";n.removeClasses(d,f),n.addClass(d,f,"done"),n.props.onEntered&&n.props.onEntered(l,c)},n.onExit=function(l){var c=n.resolveArguments(l),s=c[0];n.removeClasses(s,"appear"),n.removeClasses(s,"enter"),n.addClass(s,"exit","base"),n.props.onExit&&n.props.onExit(l)},n.onExiting=function(l){var c=n.resolveArguments(l),s=c[0];n.addClass(s,"exit","active"),n.props.onExiting&&n.props.onExiting(l)},n.onExited=function(l){var c=n.resolveArguments(l),s=c[0];n.removeClasses(s,"exit"),n.addClass(s,"exit","done"),n.props.onExited&&n.props.onExited(l)},n.resolveArguments=function(l,c){return n.props.nodeRef?[n.props.nodeRef.current,l]:[l,c]},n.getClassNames=function(l){var c=n.props.classNames,s=typeof c=="string",d=s&&c?c+"-":"",u=s?""+d+l:c[l],f=s?u+"-active":c[l+"Active"],v=s?u+"-done":c[l+"Done"];return{baseClassName:u,activeClassName:f,doneClassName:v}},n}var r=t.prototype;return r.addClass=function(o,i,a){var l=this.getClassNames(i)[a+"ClassName"],c=this.getClassNames("enter"),s=c.doneClassName;i==="appear"&&a==="done"&&s&&(l+=" "+s),a==="active"&&o&&Ad(o),l&&(this.appliedClasses[i][a]=l,B6(o,l))},r.removeClasses=function(o,i){var a=this.appliedClasses[i],l=a.base,c=a.active,s=a.done;this.appliedClasses[i]={},l&&Hm(o,l),c&&Hm(o,c),s&&Hm(o,s)},r.render=function(){var o=this.props,i=o.classNames,a=la(o,["classNames"]);return Vm.default.createElement(e_,Cn({},a,{onEnter:this.onEnter,onEntered:this.onEntered,onEntering:this.onEntering,onExit:this.onExit,onExiting:this.onExiting,onExited:this.onExited}))},t})(Vm.default.Component);Gm.defaultProps={classNames:""};Gm.propTypes={};var Ql=Gm;var Lr={contentWrapper:"contentWrapper_af9001d86a",top:"top_5e0175d0f3",right:"right_9dbafe0a34",left:"left_b15d286f84",bottom:"bottom_cac9f42866",bottomStart:"bottomStart_6876adb4c9",topStart:"topStart_5e475b3cff",bottomEnd:"bottomEnd_f52b4dead1",topEnd:"topEnd_85872b7b9b",leftStart:"leftStart_0375221415",rightStart:"rightStart_eb41b64b17",leftEnd:"leftEnd_2113af2066",rightEnd:"rightEnd_0e09b0982d",contentComponent:"contentComponent_97877b99cd",hasTooltip:"hasTooltip_5cf7f78447",opacitySlideAppear:"opacitySlideAppear_470a6e0c9b",opacitySlideAppearActive:"opacitySlideAppearActive_6f7d0edf25",expandAppear:"expandAppear_9fa1dec546",expandExit:"expandExit_eec4bcb235",edgeBottom:"edgeBottom_d1bda44805",edgeTop:"edgeTop_918fc37159",expandAppearActive:"expandAppearActive_f8c571bb16"};(function(e){var t="s_id-b5fc9eb29715_4_1_1";if(typeof document<"u"){var r=document.head||document.getElementsByTagName("head")[0];if(r.querySelector("#"+t))return;var n=document.createElement("style");n.id=t,r.firstChild?r.insertBefore(n,r.firstChild):r.appendChild(n),n.appendChild(document.createTextNode(e))}else globalThis.injectedStyles&&(globalThis.injectedStyles[t]=e)})(`/* stylelint-disable */
/* stylelint-enable */
.contentWrapper_af9001d86a {
  outline: 0;
}
.contentWrapper_af9001d86a.top_5e0175d0f3, .contentWrapper_af9001d86a.right_9dbafe0a34, .contentWrapper_af9001d86a.left_b15d286f84, .contentWrapper_af9001d86a.bottom_cac9f42866 {
  padding: var(--space-4);
}
.contentWrapper_af9001d86a.bottomStart_6876adb4c9, .contentWrapper_af9001d86a.topStart_5e475b3cff, .contentWrapper_af9001d86a.bottomEnd_f52b4dead1, .contentWrapper_af9001d86a.topEnd_85872b7b9b {
  padding-block: var(--space-4);
}
.contentWrapper_af9001d86a.bottomStart_6876adb4c9, .contentWrapper_af9001d86a.topStart_5e475b3cff {
  padding-inline-end: var(--space-4);
}
.contentWrapper_af9001d86a.bottomEnd_f52b4dead1, .contentWrapper_af9001d86a.topEnd_85872b7b9b {
  padding-inline-start: var(--space-4);
}
.contentWrapper_af9001d86a.leftStart_0375221415, .contentWrapper_af9001d86a.rightStart_eb41b64b17, .contentWrapper_af9001d86a.leftEnd_2113af2066, .contentWrapper_af9001d86a.rightEnd_0e09b0982d {
  padding-inline: var(--space-4);
}
.contentWrapper_af9001d86a.leftStart_0375221415, .contentWrapper_af9001d86a.rightStart_eb41b64b17 {
  padding-block-end: var(--space-4);
}
.contentWrapper_af9001d86a.leftEnd_2113af2066, .contentWrapper_af9001d86a.rightEnd_0e09b0982d {
  padding-block-start: var(--space-4);
}
.contentWrapper_af9001d86a[data-dialog-reference-hidden=true] {
  visibility: hidden;
  pointer-events: none;
}
.contentComponent_97877b99cd:focus {
  outline: none;
}
.contentComponent_97877b99cd.hasTooltip_5cf7f78447 {
  padding: 6px;
}
.opacitySlideAppear_470a6e0c9b {
  opacity: 0;
}
.opacitySlideAppear_470a6e0c9b.top_5e0175d0f3 {
  transform: translateY(var(--space-16));
}
.opacitySlideAppear_470a6e0c9b.right_9dbafe0a34 {
  transform: translateX(calc(var(--space-16) * -1));
}
.opacitySlideAppear_470a6e0c9b.bottom_cac9f42866 {
  transform: translateY(calc(var(--space-16) * -1));
}
.opacitySlideAppear_470a6e0c9b.left_b15d286f84 {
  transform: translateX(var(--space-16));
}
.opacitySlideAppearActive_6f7d0edf25 {
  transition: opacity 0.2s ease, transform 0.2s ease-out;
  opacity: 1;
  pointer-events: none;
}
.opacitySlideAppearActive_6f7d0edf25.top_5e0175d0f3, .opacitySlideAppearActive_6f7d0edf25.bottom_cac9f42866 {
  transform: translateY(0);
}
.opacitySlideAppearActive_6f7d0edf25.right_9dbafe0a34, .opacitySlideAppearActive_6f7d0edf25.left_b15d286f84 {
  transform: translateX(0);
}
.expandAppear_9fa1dec546,
.expandExit_eec4bcb235 {
  transition: transform 0.1s cubic-bezier(0, 0, 0.35, 1);
}
.expandAppear_9fa1dec546.top_5e0175d0f3, .expandAppear_9fa1dec546.topStart_5e475b3cff, .expandAppear_9fa1dec546.topEnd_85872b7b9b,
.expandExit_eec4bcb235.top_5e0175d0f3,
.expandExit_eec4bcb235.topStart_5e475b3cff,
.expandExit_eec4bcb235.topEnd_85872b7b9b {
  transform-origin: bottom center;
  transform: scale(0.8);
}
.expandAppear_9fa1dec546.top_5e0175d0f3.edgeBottom_d1bda44805, .expandAppear_9fa1dec546.topStart_5e475b3cff.edgeBottom_d1bda44805, .expandAppear_9fa1dec546.topEnd_85872b7b9b.edgeBottom_d1bda44805,
.expandExit_eec4bcb235.top_5e0175d0f3.edgeBottom_d1bda44805,
.expandExit_eec4bcb235.topStart_5e475b3cff.edgeBottom_d1bda44805,
.expandExit_eec4bcb235.topEnd_85872b7b9b.edgeBottom_d1bda44805 {
  transform-origin: bottom left;
}
.expandAppear_9fa1dec546.top_5e0175d0f3.edgeTop_918fc37159, .expandAppear_9fa1dec546.topStart_5e475b3cff.edgeTop_918fc37159, .expandAppear_9fa1dec546.topEnd_85872b7b9b.edgeTop_918fc37159,
.expandExit_eec4bcb235.top_5e0175d0f3.edgeTop_918fc37159,
.expandExit_eec4bcb235.topStart_5e475b3cff.edgeTop_918fc37159,
.expandExit_eec4bcb235.topEnd_85872b7b9b.edgeTop_918fc37159 {
  transform-origin: bottom right;
}
.expandAppear_9fa1dec546.right_9dbafe0a34, .expandAppear_9fa1dec546.rightStart_eb41b64b17, .expandAppear_9fa1dec546.rightEnd_0e09b0982d,
.expandExit_eec4bcb235.right_9dbafe0a34,
.expandExit_eec4bcb235.rightStart_eb41b64b17,
.expandExit_eec4bcb235.rightEnd_0e09b0982d {
  transform-origin: left;
  transform: scale(0.8);
}
.expandAppear_9fa1dec546.right_9dbafe0a34.edgeBottom_d1bda44805, .expandAppear_9fa1dec546.rightStart_eb41b64b17.edgeBottom_d1bda44805, .expandAppear_9fa1dec546.rightEnd_0e09b0982d.edgeBottom_d1bda44805,
.expandExit_eec4bcb235.right_9dbafe0a34.edgeBottom_d1bda44805,
.expandExit_eec4bcb235.rightStart_eb41b64b17.edgeBottom_d1bda44805,
.expandExit_eec4bcb235.rightEnd_0e09b0982d.edgeBottom_d1bda44805 {
  transform-origin: top left;
}
.expandAppear_9fa1dec546.right_9dbafe0a34.edgeTop_918fc37159, .expandAppear_9fa1dec546.rightStart_eb41b64b17.edgeTop_918fc37159, .expandAppear_9fa1dec546.rightEnd_0e09b0982d.edgeTop_918fc37159,
.expandExit_eec4bcb235.right_9dbafe0a34.edgeTop_918fc37159,
.expandExit_eec4bcb235.rightStart_eb41b64b17.edgeTop_918fc37159,
.expandExit_eec4bcb235.rightEnd_0e09b0982d.edgeTop_918fc37159 {
  transform-origin: bottom left;
}
.expandAppear_9fa1dec546.bottom_cac9f42866, .expandAppear_9fa1dec546.bottomStart_6876adb4c9, .expandAppear_9fa1dec546.bottomEnd_f52b4dead1,
.expandExit_eec4bcb235.bottom_cac9f42866,
.expandExit_eec4bcb235.bottomStart_6876adb4c9,
.expandExit_eec4bcb235.bottomEnd_f52b4dead1 {
  transform-origin: top;
  transform: scale(0.8);
}
.expandAppear_9fa1dec546.bottom_cac9f42866.edgeBottom_d1bda44805, .expandAppear_9fa1dec546.bottomStart_6876adb4c9.edgeBottom_d1bda44805, .expandAppear_9fa1dec546.bottomEnd_f52b4dead1.edgeBottom_d1bda44805,
.expandExit_eec4bcb235.bottom_cac9f42866.edgeBottom_d1bda44805,
.expandExit_eec4bcb235.bottomStart_6876adb4c9.edgeBottom_d1bda44805,
.expandExit_eec4bcb235.bottomEnd_f52b4dead1.edgeBottom_d1bda44805 {
  transform-origin: top left;
}
.expandAppear_9fa1dec546.bottom_cac9f42866.edgeTop_918fc37159, .expandAppear_9fa1dec546.bottomStart_6876adb4c9.edgeTop_918fc37159, .expandAppear_9fa1dec546.bottomEnd_f52b4dead1.edgeTop_918fc37159,
.expandExit_eec4bcb235.bottom_cac9f42866.edgeTop_918fc37159,
.expandExit_eec4bcb235.bottomStart_6876adb4c9.edgeTop_918fc37159,
.expandExit_eec4bcb235.bottomEnd_f52b4dead1.edgeTop_918fc37159 {
  transform-origin: top right;
}
.expandAppear_9fa1dec546.left_b15d286f84, .expandAppear_9fa1dec546.leftStart_0375221415, .expandAppear_9fa1dec546.leftEnd_2113af2066,
.expandExit_eec4bcb235.left_b15d286f84,
.expandExit_eec4bcb235.leftStart_0375221415,
.expandExit_eec4bcb235.leftEnd_2113af2066 {
  transform-origin: right;
  transform: scale(0.8);
}
.expandAppear_9fa1dec546.left_b15d286f84.edgeBottom_d1bda44805, .expandAppear_9fa1dec546.leftStart_0375221415.edgeBottom_d1bda44805, .expandAppear_9fa1dec546.leftEnd_2113af2066.edgeBottom_d1bda44805,
.expandExit_eec4bcb235.left_b15d286f84.edgeBottom_d1bda44805,
.expandExit_eec4bcb235.leftStart_0375221415.edgeBottom_d1bda44805,
.expandExit_eec4bcb235.leftEnd_2113af2066.edgeBottom_d1bda44805 {
  transform-origin: top right;
}
.expandAppear_9fa1dec546.left_b15d286f84.edgeTop_918fc37159, .expandAppear_9fa1dec546.leftStart_0375221415.edgeTop_918fc37159, .expandAppear_9fa1dec546.leftEnd_2113af2066.edgeTop_918fc37159,
.expandExit_eec4bcb235.left_b15d286f84.edgeTop_918fc37159,
.expandExit_eec4bcb235.leftStart_0375221415.edgeTop_918fc37159,
.expandExit_eec4bcb235.leftEnd_2113af2066.edgeTop_918fc37159 {
  transform-origin: bottom right;
}
.expandExit_eec4bcb235 {
  transition: transform 0.1s cubic-bezier(0, 0, 0.35, 1);
}
.expandAppearActive_f8c571bb16 {
  transition: transform 0.1s cubic-bezier(0, 0, 0.35, 1);
  pointer-events: none;
}
.expandAppearActive_f8c571bb16.top_5e0175d0f3, .expandAppearActive_f8c571bb16.topStart_5e475b3cff, .expandAppearActive_f8c571bb16.topEnd_85872b7b9b, .expandAppearActive_f8c571bb16.bottom_cac9f42866, .expandAppearActive_f8c571bb16.bottomStart_6876adb4c9, .expandAppearActive_f8c571bb16.bottomEnd_f52b4dead1, .expandAppearActive_f8c571bb16.right_9dbafe0a34, .expandAppearActive_f8c571bb16.rightStart_eb41b64b17, .expandAppearActive_f8c571bb16.rightEnd_0e09b0982d, .expandAppearActive_f8c571bb16.left_b15d286f84, .expandAppearActive_f8c571bb16.leftStart_0375221415, .expandAppearActive_f8c571bb16.leftEnd_2113af2066 {
  transform: scale(1);
}`);var ua=k(C(),1),t_=function(e){var t=(0,ua.useCallback)((function(o){return o.preventDefault(),o.stopPropagation(),!1}),[]),r=(0,ua.useCallback)((function(){e?.length&&e.length>0&&document.querySelectorAll(e).forEach((function(o){o.addEventListener("wheel",t,{passive:!1})}))}),[t,e]),n=(0,ua.useCallback)((function(){e?.length&&e.length>0&&document.querySelectorAll(e).forEach((function(o){o.removeEventListener("wheel",t)}))}),[t,e]);return(0,ua.useEffect)((function(){return n}),[n]),{disableScroll:r,enableScroll:n}};var Rd=k(C(),1);function $m(e){var t=e.ref,r=e.callback,n=e.ignoreClasses,o=e.eventName,i=o===void 0?"click":o,a=(0,Rd.useCallback)((function(c){t&&t.current&&!t.current.contains(c.target)&&(n&&c.target instanceof HTMLElement&&c.target.closest(n.join(","))||r(c))}),[t,r,n]),l=(0,Rd.useRef)(fn()?document.body:null);Ao({eventName:i,ref:l,callback:a,capture:!0}),Ao({eventName:"touchend",ref:l,callback:a,capture:!0})}var M6={},F6=[Vn.ESCAPE],r_=(0,$e.forwardRef)((function(e,t){var r=e.onEsc,n=r===void 0?K:r,o=e.children,i=e.position,a=e.wrapperClassName,l=e.isOpen,c=l!==void 0&&l,s=e.startingEdge,d=e.animationType,u=d===void 0?"expand":d,f=e.onMouseEnter,v=f===void 0?K:f,b=e.onMouseLeave,g=b===void 0?K:b,x=e.onClickOutside,m=x===void 0?K:x,p=e.onClick,h=p===void 0?K:p,y=e.onContextMenu,_=y===void 0?K:y,w=e.showDelay,E=e.styleObject,S=E===void 0?M6:E,I=e.isReferenceHidden,T=e.hasTooltip,N=T!==void 0&&T,R=e.containerSelector,D=e.disableContainerScroll,B=D!==void 0&&D,H=e["data-testid"],z=(0,$e.useRef)(null),U=(0,$e.useRef)(null),L=Ee(t,U),j=(0,$e.useCallback)((function(ve){if(c)return m(ve,"clickoutside")}),[c,m]),W=(0,$e.useCallback)((function(ve){c&&_(ve)}),[c,_]),Ce=(0,$e.useMemo)((function(){return function(ve){c&&n!==K&&n(ve)}}),[c,n]);Ci({keys:F6,callback:Ce}),$m({callback:j,ref:U}),$m({eventName:"contextmenu",callback:W,ref:U});var Z=t_(typeof B=="string"?B:R),Pe=Z.disableScroll,ke=Z.enableScroll;(0,$e.useEffect)((function(){B&&(c?Pe():ke())}),[B,Pe,ke,c]);var et={classNames:void 0};switch(u){case"expand":et.classNames={appear:Lr.expandAppear,appearActive:Lr.expandAppearActive,exit:Lr.expandExit};break;case"opacity-and-slide":et.classNames={appear:Lr.opacitySlideAppear,appearActive:Lr.opacitySlideAppearActive}}var Xe=$e.default.Children.map(o,(function(ve){return $e.default.isValidElement(ve)?(0,$e.cloneElement)(ve,{onMouseEnter:Mt([ve.props.onMouseEnter,v]),onMouseLeave:Mt([ve.props.onMouseLeave,g])}):ve}));return $e.default.createElement("span",{className:(0,Km.default)("monday-style-dialog-content-wrapper",Lr.contentWrapper,a),ref:L,"data-testid":H,style:S,onClickCapture:h,"data-dialog-reference-hidden":I},$e.default.createElement(Ql,{classNames:et.classNames,nodeRef:z,in:c,appear:!!u,timeout:w},$e.default.createElement("div",{className:(0,Km.default)(Lr.contentComponent,re(Lr,ue(i)),P(P({},re(Lr,ue("edge-"+s)),s),Lr.hasTooltip,N)),ref:z},Xe)))}));function n_(e,t){var r={};for(var n in e)Object.prototype.hasOwnProperty.call(e,n)&&0>t.indexOf(n)&&(r[n]=e[n]);if(e!=null&&typeof Object.getOwnPropertySymbols=="function"){var o=0;for(n=Object.getOwnPropertySymbols(e);n.length>o;o++)0>t.indexOf(n[o])&&Object.prototype.propertyIsEnumerable.call(e,n[o])&&(r[n[o]]=e[n[o]])}return r}var fa=k(C(),1);var o_=fa.default.forwardRef((function(e,t){var r=e.children,n=e.wrapperElement,o=n===void 0?"span":n,i=n_(e,["children","wrapperElement"]);return fa.default.Children.map(r,(function(a){if(!fa.default.isValidElement(a))return null;if(typeof a.type!="string")return fa.default.createElement(o,Object.assign({ref:t},i),a);var l=a.props;return fa.default.cloneElement(a,Object.assign(Object.assign(Object.assign({},i),l),{onClick:go("onClick",l,i),onBlur:go("onBlur",l,i),onFocus:go("onFocus",l,i),onMouseEnter:go("onMouseEnter",l,i),onMouseLeave:go("onMouseLeave",l,i),onMouseDown:go("onMouseDown",l,i),onKeyDown:go("onKeyDown",l,i),onContextMenu:go("onContextMenu",l,i),ref:Vc([a.ref,t])}))}))}));function go(e,t,r){return Mt([t[e],r[e]],!0)}var i_={arrow:"arrow_100043d9be"};(function(e){var t="s_id-3fb64cda561a_4_1_1";if(typeof document<"u"){var r=document.head||document.getElementsByTagName("head")[0];if(r.querySelector("#"+t))return;var n=document.createElement("style");n.id=t,r.firstChild?r.insertBefore(n,r.firstChild):r.appendChild(n),n.appendChild(document.createTextNode(e))}else globalThis.injectedStyles&&(globalThis.injectedStyles[t]=e)})(`.arrow_100043d9be {
  width: 12px;
  height: 12px;
  position: absolute;
  border-radius: 2px;
  background-color: var(--secondary-background-color);
}
.dark-app-theme .arrow_100043d9be[data-placement*=right], .black-app-theme .arrow_100043d9be[data-placement*=right], .hacker-app-theme .arrow_100043d9be[data-placement*=right] {
  box-shadow: -1px 1px 0px 0px var(--layout-border-color);
}
.dark-app-theme .arrow_100043d9be[data-placement*=left], .black-app-theme .arrow_100043d9be[data-placement*=left], .hacker-app-theme .arrow_100043d9be[data-placement*=left] {
  box-shadow: 1px -1px 0px 0px var(--layout-border-color);
}
.dark-app-theme .arrow_100043d9be[data-placement*=bottom], .black-app-theme .arrow_100043d9be[data-placement*=bottom], .hacker-app-theme .arrow_100043d9be[data-placement*=bottom] {
  box-shadow: -1px -1px 0px 0px var(--layout-border-color);
}
.dark-app-theme .arrow_100043d9be[data-placement*=top], .black-app-theme .arrow_100043d9be[data-placement*=top], .hacker-app-theme .arrow_100043d9be[data-placement*=top] {
  box-shadow: 1px 1px 0px 0px var(--layout-border-color);
}
.arrow_100043d9be[data-placement*=bottom] {
  top: 1px;
}
.arrow_100043d9be[data-placement*=top] {
  bottom: 1px;
}
.arrow_100043d9be[data-placement*=left] {
  right: 1px;
}
.arrow_100043d9be[data-placement*=right] {
  left: 1px;
}`);var a_=k(C(),1),Pd=a_.default.createContext({layerRef:null});function Xm(e,t){return!!t&&(r=Array.isArray(t)?t.map((function(n){return".".concat(n)})).join(","):".".concat(t),!!e.parentElement.closest(r));var r}Ka((function(e){if(!e)return null;for(;e.parentElement;){if(z6(e.parentElement))return e.parentElement;e=e.parentElement}return document.body}),(function(e){return e.outerHTML}));var z6=function(e){return["auto","scroll"].includes(getComputedStyle(e).getPropertyValue("overflow-y"))};var l_=k(C(),1);var Ld=function(e){var t=e.children;return l_.default.createElement(Pd.Provider,{value:{layerRef:e.layerRef}},t)};function s_(e){var t,r,n=e.id,o=e["data-testid"],i=e.children,a=e.content,l=e.position,c=l===void 0?"top":l,s=e.moveBy,d=s===void 0?{main:0,secondary:0}:s,u=e.middleware,f=u===void 0?[]:u,v=e.startingEdge,b=e.showDelay,g=b===void 0?100:b,x=e.hideDelay,m=x===void 0?100:x,p=e.instantShowAndHide,h=p!==void 0&&p,y=e.getDynamicShowDelay,_=e.showTrigger,w=_===void 0?"mouseenter":_,E=e.hideTrigger,S=E===void 0?"mouseleave":E,I=e.showOnDialogEnter,T=I!==void 0&&I,N=e.showTriggerIgnoreClass,R=e.hideTriggerIgnoreClass,D=e.addKeyboardHideShowTriggersByDefault,B=D===void 0||D,H=e.shouldShowOnMount,z=H!==void 0&&H,U=e.disable,L=U!==void 0&&U,j=e.open,W=j!==void 0&&j,Ce=e.isOpen,Z=e.useDerivedStateFromProps,Pe=Z!==void 0&&Z,ke=e.animationType,et=ke===void 0?"expand":ke,Xe=e.preventAnimationOnMount,ve=Xe!==void 0&&Xe,_t=e.tooltip,xt=_t!==void 0&&_t,Yt=e.tooltipClassName,Le=e.containerSelector,Kr=e.disableContainerScroll,Pt=e.zIndex,ir=e.wrapperClassName,br=e.referenceWrapperClassName,He=e.referenceWrapperElement,Ie=e.onBlur,Lt=e.onKeyDown,kt=e.onClick,wt=e.onFocus,yr=e.onMouseDown,It=e.onMouseEnter,In=e.onMouseLeave,Dn=e.onContextMenu,ln=e.onDialogDidShow,cn=ln===void 0?K:ln,Bn=e.onDialogDidHide,Mn=Bn===void 0?K:Bn,Fn=e.onClickOutside,_r=Fn===void 0?K:Fn,zn=e.onContentClick,Xr=zn===void 0?K:zn,ar=e.hideWhenReferenceHidden,xr=ar!==void 0&&ar,lr=e.shouldCallbackOnMount,ui=lr!==void 0&&lr,Eo=e.observeContentResize,jn=Eo!==void 0&&Eo,So=e.enableNestedDialogLayer,Co=So===void 0||So,sn=(0,F.useState)(z),Qt=q(sn,2),dn=Qt[0],ge=Qt[1],fi=(0,F.useState)(!1),Cc=q(fi,2),Tc=Cc[0],cr=Cc[1],Nc=(0,F.useState)(null),sr=q(Nc,2),Ku=sr[0],Xu=sr[1],Et=(0,F.useRef)(null),Zt=(0,F.useRef)(null),Fa=(0,F.useRef)(null),za=(0,F.useRef)(null),ja=F.default.Children.toArray(i).some((function(O){return F.default.isValidElement(O)})),Dt=(0,F.useContext)(Pd).layerRef,St=(Pe?Ce:dn)||W,pi=(0,F.useMemo)((function(){if(!St)return[];var O=[],J=f.filter((function(un){return un!=null&&ut(un)=="object"&&typeof un.fn=="function"})),tt=J.some((function(un){return un.name==="offset"})),No=J.some((function(un){return un.name==="flip"})),Rc=J.some((function(un){return un.name==="shift"}));return tt||d.main===0&&d.secondary===0||O.push(K1({mainAxis:d.main||0,crossAxis:d.secondary||0})),No||O.push(q1()),Rc||O.push(X1()),O.push.apply(O,av(J)),xt&&O.push(Q1({element:za})),xr&&O.push(Y1()),O}),[St,d.main,d.secondary,xt,xr,f]),Oc=(0,F.useCallback)((function(O,J,tt){return Lm(O,J,tt,{elementResize:jn,layoutShift:!1})}),[jn]),mi=$1({placement:c,middleware:pi,whileElementsMounted:St?Oc:void 0,elements:{reference:Ku}}),hi=mi.refs,Ac=mi.floatingStyles,vi=mi.placement,Un=mi.middlewareData,Ua=(r=(t=Un.hide)===null||t===void 0?void 0:t.referenceHidden)!==null&&r!==void 0&&r,gi=(0,F.useCallback)((function(O){var J=sf(w);return!(!B||O!=="focus"||!J.includes("mouseenter"))||J.includes(O)}),[w,B]),To=(0,F.useCallback)((function(O){var J=sf(S);return!(!B||O!=="blur"||!J.includes("mouseleave"))||J.includes(O)}),[S,B]),Wa=(0,F.useCallback)((function(O,J){var tt=g,No=(arguments.length>2&&arguments[2]!==void 0?arguments[2]:{}).preventAnimation;if(y){var Rc=y();tt=Rc.showDelay||0,No=No??Rc.preventAnimation}h?(cn(O,J),ge(!0),cr(!!No),Et.current=null):Et.current=setTimeout((function(){cn(O,J),Et.current=null,ge(!0),cr(!!No)}),tt)}),[g,y,h,cn]),bi=(0,F.useCallback)((function(O,J){h?(Mn(O,J),ge(!1),Zt.current=null):Zt.current=setTimeout((function(){Mn(O,J),ge(!1),Zt.current=null}),m)}),[m,h,Mn]),yi=(0,F.useCallback)((function(O,J){var tt=arguments.length>2&&arguments[2]!==void 0?arguments[2]:{};L||(Zt.current&&(clearTimeout(Zt.current),Zt.current=null),Et.current||Wa(O,J,tt))}),[L,Wa]),at=(0,F.useCallback)((function(O,J){Et.current&&(clearTimeout(Et.current),Et.current=null),Zt.current||bi(O,J)}),[bi]),ce=(0,F.useCallback)((function(O,J,tt){if(J)return!gi(O)||St||Xm(J,N)?To(O)&&!Xm(J,R)?at(tt,O):void 0:yi(tt,O)}),[gi,To,St,N,R,yi,at]),U3=(0,F.useCallback)((function(){if(Le){var O=document.querySelector(Le);if(O instanceof Element)return O}return Dt?.current||document.body}),[Le,Dt]),R0=(0,F.useCallback)((function(O){return ce("mouseenter",O.target,O)}),[ce]),P0=(0,F.useCallback)((function(O){return ce("mouseleave",O.target,O)}),[ce]),L0=(0,F.useCallback)((function(O){O.button||ce("click",O.target,O)}),[ce]),I0=(0,F.useCallback)((function(O){O.key==="Enter"&&ce("enter",O.target,O),O.key==="Tab"&&ce("tab",O.target,O)}),[ce]),D0=(0,F.useCallback)((function(O){O.button||ce("mousedown",O.target,O)}),[ce]),B0=(0,F.useCallback)((function(O){return ce("focus",O.target,O)}),[ce]),M0=(0,F.useCallback)((function(O){ce("blur",O.relatedTarget||O.target,O)}),[ce]),W3=(0,F.useCallback)((function(O){return ce("esckey",O.target,O)}),[ce]),qu=(0,F.useCallback)((function(O){(gi("contextmenu")&&!St||To("contextmenu")&&St)&&O.preventDefault(),ce("contextmenu",O.target,O)}),[St,gi,To,ce]),H3=(0,F.useCallback)((function(O){ce("clickoutside",O.target,O),_r(O)}),[ce,_r]),V3=(0,F.useCallback)((function(O){T&&yi(O,"DialogEnter")}),[T,yi]),G3=(0,F.useCallback)((function(O){T&&at(O,"DialogLeave")}),[T,at]),$3=(0,F.useCallback)((function(O){ce("onContentClick",O.target,O),Xr(O)}),[ce,Xr]),K3=(0,F.useMemo)((function(){return Mt([Ie,M0],!0)}),[Ie,M0]),X3=(0,F.useMemo)((function(){return Mt([Lt,I0],!0)}),[Lt,I0]),q3=(0,F.useMemo)((function(){return Mt([kt,L0],!0)}),[kt,L0]),Y3=(0,F.useMemo)((function(){return Mt([wt,B0],!0)}),[wt,B0]),Q3=(0,F.useMemo)((function(){return Mt([yr,D0],!0)}),[yr,D0]),Z3=(0,F.useMemo)((function(){return Mt([It,R0],!0)}),[It,R0]),J3=(0,F.useMemo)((function(){return Mt([In,P0],!0)}),[In,P0]),e5=(0,F.useMemo)((function(){return Mt([Dn,qu],!0)}),[Dn,qu]),Yu=(0,F.useRef)();Yu.current=function(O){if(St)switch(O.key){case"Escape":at(O,"esckey");break;case"Tab":ce("tab",O.target,O);break;case"Enter":ce("enter",O.target,O)}},(0,F.useEffect)((function(){ui&&z&&cn()}),[]),(0,F.useEffect)((function(){return function(){Et.current&&clearTimeout(Et.current),Zt.current&&clearTimeout(Zt.current)}}),[]),(0,F.useEffect)((function(){if(fn()){var O=function(J){var tt;return(tt=Yu.current)===null||tt===void 0?void 0:tt.call(Yu,J)};return document.addEventListener("keyup",O),function(){return document.removeEventListener("keyup",O)}}}),[]),(0,F.useEffect)((function(){if(xr&&Ua&&St){var O=new CustomEvent("onReferenceHidden");bi(O,"onReferenceHidden")}}),[xr,Ua,St,bi]);var t5=o||Ye(ze.DIALOG,n),r5=(0,F.useMemo)((function(){if(!Un.arrow)return{};var O=Un.arrow,J=O.x,tt=O.y;return{left:J!=null?J+"px":"",top:tt!=null?tt+"px":"",transform:"rotate(45deg)"}}),[Un.arrow]),n5=(0,F.useMemo)((function(){return Object.assign(ja?Object.assign({},Ac):{},Pt!==void 0&&{zIndex:Pt})}),[Ac,Pt,ja]),o5=ve||Tc?void 0:et,F0=$a(a)?a():a;if(!F0)return F.default.createElement(F.default.Fragment,null,i);var i5=Vc([hi.setFloating,Fa]),z0=F.default.createElement(r_,{"data-testid":t5,isReferenceHidden:xr&&Ua,onMouseEnter:V3,onMouseLeave:G3,onClickOutside:H3,onContextMenu:qu,onEsc:W3,animationType:o5,position:vi,wrapperClassName:ir,startingEdge:v,isOpen:St,showDelay:g,styleObject:n5,ref:i5,onClick:$3,hasTooltip:!!xt,containerSelector:Le,disableContainerScroll:Kr},F0,xt&&F.default.createElement("div",{style:r5,ref:za,className:(0,qm.default)(i_.arrow,Yt),"data-placement":vi}));return F.default.createElement(F.default.Fragment,null,F.default.createElement(o_,{className:(0,qm.default)(br),wrapperElement:He,ref:Xu,onBlur:K3,onKeyDown:X3,onClick:q3,onFocus:Y3,onMouseDown:Q3,onMouseEnter:Z3,onMouseLeave:J3,onContextMenu:e5},i),fn()&&St&&(0,c_.createPortal)(Co?F.default.createElement(Ld,{layerRef:Fa},z0):z0,U3()))}var pa={lastTooltipHideTS:null,openTooltipsCount:0},Ir=(function(e){function t(r){var n;return nv(this,t),(n=ev(this,t,[r])).renderTooltipContent=n.renderTooltipContent.bind(xi(n)),n.getShowDelay=n.getShowDelay.bind(xi(n)),n.onTooltipShow=n.onTooltipShow.bind(xi(n)),n.onTooltipHide=n.onTooltipHide.bind(xi(n)),n.wasShown=!1,n}return iv(t,Ht.PureComponent),ov(t,[{key:"renderTooltipContent",value:function(){var r,n=this.props,o=n.theme,i=n.content,a=n.className,l=n.style,c=n.maxWidth,s=n.title,d=n.image,u=n.icon,f=n.dir;return i?($a(i)?r=i():((0,Ht.isValidElement)(i)||typeof i=="string"&&i||Array.isArray(i)&&i.length>0)&&(r=i),r?Ht.default.createElement("div",{style:c?Object.assign(Object.assign({},l),{"--tooltip-max-width":c+"px"}):l,className:(0,Id.default)(Hn.tooltip,re(Hn,ue(o)),a),dir:f},d&&Ht.default.createElement("img",{className:Hn.image,src:d,alt:""}),Ht.default.createElement("div",{className:(0,Id.default)(Hn.content)},s&&Ht.default.createElement(lt,{gap:"xs"},u&&Ht.default.createElement(De,{size:"20",icon:u}),Ht.default.createElement("div",{className:Hn.title},s)),r)):null):null}},{key:"onTooltipShow",value:function(){if(!this.wasShown){var r=this.props.onTooltipShow;pa.openTooltipsCount++,this.wasShown=!0,r&&r()}}},{key:"onTooltipHide",value:function(){if(this.wasShown){var r=this.props.onTooltipHide;pa.lastTooltipHideTS=Date.now(),pa.openTooltipsCount--,this.wasShown=!1,r&&r()}}},{key:"getTimeSinceLastTooltip",value:function(){return pa.openTooltipsCount>0?0:pa.lastTooltipHideTS?Date.now()-pa.lastTooltipHideTS:1/0}},{key:"getShowDelay",value:function(){var r=this.props,n=r.showDelay,o=r.immediateShowDelay,i=this.getTimeSinceLastTooltip();return(o===0||o)&&1500>i?{showDelay:o,preventAnimation:!0}:{showDelay:n,preventAnimation:!1}}},{key:"render",value:function(){var r=this.props,n=r.children,o=r.theme,i=r.tip,a=r.arrowClassName,l=r.id,c=r["data-testid"],s=r.position;if(!n&&!r.forceRenderWithoutChildren)return null;if(r.withoutDialog)return this.renderTooltipContent();if(!this.props.content)return Ht.default.createElement(Ht.default.Fragment,null,n);var d=this.renderTooltipContent,u=Object.assign(Object.assign({},this.props),{position:s,"data-testid":c||Ye(ze.TOOLTIP,l),tooltip:i,content:d,tooltipClassName:(0,Id.default)(Hn.arrow,re(Hn,o),a),onDialogDidHide:this.onTooltipHide,onDialogDidShow:this.onTooltipShow,getDynamicShowDelay:this.getShowDelay});return Ht.default.createElement(s_,Object.assign({},u,{animationType:"expand"}),n)}}])})();Ir.defaultProps={moveBy:{main:4,secondary:0},theme:"dark",position:"top",hideDelay:100,showDelay:300,disableDialogSlide:!0,animationType:"expand",withoutDialog:!1,tip:!0,hideWhenReferenceHidden:!1,showTrigger:"mouseenter",hideTrigger:"mouseleave",showOnDialogEnter:!0,referenceWrapperClassName:"",addKeyboardHideShowTriggersByDefault:!0,open:!1};var Dd=(0,Nn.forwardRef)((function(e,t){var r=e.className,n=e.id,o=e.children,i=e.tooltipProps,a=e["data-testid"],l=a===void 0?Ye(ze.TEXT,n):a,c=e.element,s=c===void 0?"span":c,d=e.color,u=d===void 0?"primary":d,f=e.align,v=f===void 0?"start":f,b=e.ellipsis,g=b===void 0||b,x=e.maxLines,m=x===void 0?1:x,p=e.withoutTooltip,h=p!==void 0&&p,y=e.role,_=ki(e,["className","id","children","tooltipProps","data-testid","element","color","align","ellipsis","maxLines","withoutTooltip","role"]),w=(0,Nn.useContext)(Hc).overflowTolerance,E=(0,Nn.useRef)(null),S=Ee(t,E),I=m===1,T=hv(g,m),N=T.class,R=T.style,D=vv(E,h,g,i,o,I,w),B=v==="inherit"?"alignInherit":v;return Nn.default.createElement(Ir,Object.assign({},D),Nn.default.createElement(s,Object.assign({id:n,style:R,"data-testid":l,className:(0,d_.default)(Oo.typography,Oo[u],Oo[B],N,r),ref:S,role:y},_),o))}));var Ym={text1Bold:"text1Bold_9be4c28b27",text1Medium:"text1Medium_da07e4d6e5",text1Normal:"text1Normal_569d744ae8",text2Bold:"text2Bold_93f69af188",text2Medium:"text2Medium_f39bc94be0",text2Normal:"text2Normal_7d11c45288",text3Bold:"text3Bold_f25322d76d",text3Medium:"text3Medium_2801ccb881",text3Normal:"text3Normal_299299d911",text:"text_1c7b684500"};(function(e){var t="s_id-3c82829425e2_4_0_5";if(typeof document<"u"){var r=document.head||document.getElementsByTagName("head")[0];if(r.querySelector("#"+t))return;var n=document.createElement("style");n.id=t,r.firstChild?r.insertBefore(n,r.firstChild):r.appendChild(n),n.appendChild(document.createTextNode(e))}else globalThis.injectedStyles&&(globalThis.injectedStyles[t]=e)})(`/* stylelint-disable */
/* stylelint-enable */
.text1Bold_9be4c28b27 {
  font: var(--font-text1-bold);
}
.text1Medium_da07e4d6e5 {
  font: var(--font-text1-medium);
}
.text1Normal_569d744ae8 {
  font: var(--font-text1-normal);
}
.text2Bold_93f69af188 {
  font: var(--font-text2-bold);
}
.text2Medium_f39bc94be0 {
  font: var(--font-text2-medium);
}
.text2Normal_7d11c45288 {
  font: var(--font-text2-normal);
}
.text3Bold_f25322d76d {
  font: var(--font-text3-bold);
}
.text3Medium_2801ccb881 {
  font: var(--font-text3-medium);
}
.text3Normal_299299d911 {
  font: var(--font-text3-normal);
}
p:first-of-type.text_1c7b684500 {
  margin-block: 0;
}
p.text_1c7b684500 + p {
  margin-block-start: var(--space-24);
  margin-block-end: 0;
}`);var _e=(0,Bd.forwardRef)((function(e,t){var r=e.className,n=e.type,o=n===void 0?"text2":n,i=e.weight,a=i===void 0?"normal":i,l=e.ellipsis,c=e.element,s=c===void 0?"div":c,d=e.children,u=ki(e,["className","type","weight","ellipsis","element","children"]),f=l??s!=="p";return Bd.default.createElement(Dd,Object.assign({ref:t,className:(0,u_.default)(Ym.text,re(Ym,ue(o+"-"+a)),r),ellipsis:f,element:s},u),d)}));function ot(e,t){var r={};for(var n in e)Object.prototype.hasOwnProperty.call(e,n)&&0>t.indexOf(n)&&(r[n]=e[n]);if(e!=null&&typeof Object.getOwnPropertySymbols=="function"){var o=0;for(n=Object.getOwnPropertySymbols(e);n.length>o;o++)0>t.indexOf(n[o])&&Object.prototype.propertyIsEnumerable.call(e,n[o])&&(r[n[o]]=e[n[o]])}return r}var it=k(C(),1),rh=k(G(),1);var f_,p_,j6={SMALL:"small",MEDIUM:"medium",LARGE:"large"},ma=Object.assign({XXS:"xxs",XS:"xs"},j6);(function(e){e.SMALL="small",e.MEDIUM="medium",e.LARGE="large"})(f_||(f_={})),(function(e){e.XXS="xxs",e.XS="xs",e.SMALL="small",e.MEDIUM="medium",e.LARGE="large"})(p_||(p_={}));var m_=P(P(P(P(P({},ma.XXS,16),ma.XS,24),ma.SMALL,32),ma.MEDIUM,40),ma.LARGE,48);function h_(e){return{width:m_[e]+"px",height:m_[e]+"px"}}var Zl={wrapper:"wrapper_d30e69620f",referenceWrapper:"referenceWrapper_f0c07e291e",loader:"loader_ceca58d3bf",xxs:"xxs_8110460322"};(function(e){var t="s_id-8d1605f1f87b_4_0_5";if(typeof document<"u"){var r=document.head||document.getElementsByTagName("head")[0];if(r.querySelector("#"+t))return;var n=document.createElement("style");n.id=t,r.firstChild?r.insertBefore(n,r.firstChild):r.appendChild(n),n.appendChild(document.createTextNode(e))}else globalThis.injectedStyles&&(globalThis.injectedStyles[t]=e)})(`.wrapper_d30e69620f {
  width: -moz-fit-content;
  width: fit-content;
  height: -moz-fit-content;
  height: fit-content;
  display: inline-flex;
}

.referenceWrapper_f0c07e291e {
  display: inline-flex;
}

.referenceWrapper_f0c07e291e button .loader_ceca58d3bf {
  width: 16px;
  height: 16px;
}

.referenceWrapper_f0c07e291e button .loader_ceca58d3bf.xxs_8110460322 {
  width: 10px;
  height: 10px;
}

.referenceWrapper_f0c07e291e button .loader_ceca58d3bf.xxs_8110460322 svg {
  display: block;
}`);var te=k(C(),1);var ha=k(G(),1);var Qm="rgba(0, 0, 0, 0)";function Zm(e,t){var r=e.parentElement;if(e===e.parentElement)return e?window.getComputedStyle(e).backgroundColor:t;if(!r)return t;var n=window.getComputedStyle(r).backgroundColor;return n&&n!==t?n===Qm?t:n:Zm(r,t)}var Ae={button:"button_10ab2d9f28","focus-visible":"focus-visible_89f1c6f905",loader:"loader_b1790ced62",loaderSvg:"loaderSvg_0081c28a1f",textPlaceholder:"textPlaceholder_7d0eb94b41",success:"success_5e568ccc6a",successContent:"successContent_6fae34a97c",marginRight:"marginRight_d4b1b6e2a2",marginLeft:"marginLeft_cb63ca6af6",rightFlat:"rightFlat_654c03ef27",leftFlat:"leftFlat_aba7d84183",preventClickAnimation:"preventClickAnimation_f63d1f4001",leftIcon:"leftIcon_d4b1b6e2a2",rightIcon:"rightIcon_cb63ca6af6",sizeXxs:"sizeXxs_467b1835ce",sizeXs:"sizeXs_adb1c96b19",sizeSmall:"sizeSmall_15fb19ab56",sizeMedium:"sizeMedium_f3e10ffa49",sizeLarge:"sizeLarge_2b7552dcdc",kindPrimary:"kindPrimary_1d42e3c8e5",colorPrimary:"colorPrimary_53f9d1afd0",colorBrand:"colorBrand_99547bff41",colorPrimaryActive:"colorPrimaryActive_05f702a554",colorBrandActive:"colorBrandActive_dc8ffd1190",colorPositive:"colorPositive_ea397f5ae9",colorPositiveActive:"colorPositiveActive_4e3c764f25",colorNegative:"colorNegative_95fee9546e",colorNegativeActive:"colorNegativeActive_4e3c764f25",colorInverted:"colorInverted_20d7bebf06",colorInvertedActive:"colorInvertedActive_4e3c764f25",disabled:"disabled_7342e4f9ee",colorOnPrimaryColor:"colorOnPrimaryColor_795c81b6b4",colorOnPrimaryColorActive:"colorOnPrimaryColorActive_73dc9e771a",colorFixedLight:"colorFixedLight_ee253ba392",colorFixedLightActive:"colorFixedLightActive_f63d1f4001",colorFixedDark:"colorFixedDark_c7b6d95118",colorFixedDarkActive:"colorFixedDarkActive_93975212ad",colorOnInvertedBackground:"colorOnInvertedBackground_30254971aa",colorOnInvertedBackgroundActive:"colorOnInvertedBackgroundActive_f2ed4893dc",kindSecondary:"kindSecondary_fcae606b7d",kindTertiary:"kindTertiary_fab357fc3e",noSidePadding:"noSidePadding_8ae467ec10",insetFocusStyle:"insetFocusStyle_53075b8003"};(function(e){var t="s_id-216fe7e3e8d5_4_0_4";if(typeof document<"u"){var r=document.head||document.getElementsByTagName("head")[0];if(r.querySelector("#"+t))return;var n=document.createElement("style");n.id=t,r.firstChild?r.insertBefore(n,r.firstChild):r.appendChild(n),n.appendChild(document.createTextNode(e))}else globalThis.injectedStyles&&(globalThis.injectedStyles[t]=e)})(`/* stylelint-disable */
/* stylelint-enable */
.button_10ab2d9f28 {
  --loader-padding: 8px;
  outline: none;
  border: none;
  height: auto;
  border-radius: var(--border-radius-small);
  cursor: pointer;
  white-space: nowrap;
  transition: var(--motion-productive-short) transform, var(--motion-productive-medium) var(--motion-timing-transition) min-width;
  display: inline-flex;
  align-items: center;
  justify-content: center;
  /* Prevent text selection */
  -webkit-user-select: none;
  -moz-user-select: none;
  user-select: none;
  min-width: auto;
}
.button_10ab2d9f28:focus-visible, .button_10ab2d9f28.focus-visible_89f1c6f905 {
  outline: none;
  z-index: 11;
  border-radius: 4px;
  box-shadow: 0 0 0 3px hsla(209, 100%, 50%, 0.5), 0 0 0 1px var(--primary-hover-color) inset;
}
.button_10ab2d9f28:focus:not(.focus-visible_89f1c6f905) {
  outline: none;
}
.button_10ab2d9f28 .loader_b1790ced62 {
  height: 100%;
}
.button_10ab2d9f28 .loader_b1790ced62 .loaderSvg_0081c28a1f {
  position: static;
  height: 100%;
  margin: 0;
}
.button_10ab2d9f28 .textPlaceholder_7d0eb94b41 {
  display: inline-block;
  opacity: 0;
  height: 0;
  visibility: hidden;
  white-space: pre;
}
.button_10ab2d9f28.success_5e568ccc6a {
  display: inline-flex;
  flex-direction: column;
  align-items: center;
  justify-content: center;
}
.button_10ab2d9f28.success_5e568ccc6a .successContent_6fae34a97c {
  display: inline-flex;
  align-items: center;
  justify-content: center;
}
.marginRight_d4b1b6e2a2 {
  margin-inline-end: var(--space-8);
}
.marginLeft_cb63ca6af6 {
  margin-inline-start: var(--space-8);
}
.rightFlat_654c03ef27 {
  border-start-end-radius: 0;
  border-end-end-radius: 0;
}
.leftFlat_aba7d84183 {
  border-start-start-radius: 0;
  border-end-start-radius: 0;
}
.button_10ab2d9f28:active:not(.preventClickAnimation_f63d1f4001) {
  transform: scale(0.95) translate3d(0, 0, 0);
}
.button_10ab2d9f28 .leftIcon_d4b1b6e2a2 {
  margin-inline-end: var(--space-8);
}
.button_10ab2d9f28 .rightIcon_cb63ca6af6 {
  margin-inline-start: var(--space-8);
}
.sizeXxs_467b1835ce {
  -webkit-font-smoothing: var(--font-smoothing-webkit);
  -moz-osx-font-smoothing: var(--font-smoothing-moz);
  font: var(--font-text2-normal);
  padding: 2px var(--space-4);
  height: 16px;
  line-height: 16px;
}
.sizeXs_adb1c96b19 {
  -webkit-font-smoothing: var(--font-smoothing-webkit);
  -moz-osx-font-smoothing: var(--font-smoothing-moz);
  font: var(--font-text2-normal);
  padding: var(--space-4) var(--space-8);
  height: 24px;
  line-height: 21px;
}
.sizeSmall_15fb19ab56 {
  -webkit-font-smoothing: var(--font-smoothing-webkit);
  -moz-osx-font-smoothing: var(--font-smoothing-moz);
  font: var(--font-text2-normal);
  padding: var(--space-4) var(--space-8);
  height: 32px;
  line-height: 24px;
}
.sizeSmall_15fb19ab56 .loader_b1790ced62 {
  top: 7px;
}
.sizeMedium_f3e10ffa49 {
  -webkit-font-smoothing: var(--font-smoothing-webkit);
  -moz-osx-font-smoothing: var(--font-smoothing-moz);
  font: var(--font-text1-normal);
  padding: var(--space-8) var(--space-16);
  height: 40px;
}
.sizeLarge_2b7552dcdc {
  -webkit-font-smoothing: var(--font-smoothing-webkit);
  -moz-osx-font-smoothing: var(--font-smoothing-moz);
  font: var(--font-text1-normal);
  padding: 12px var(--space-24);
  height: 48px;
}
.kindPrimary_1d42e3c8e5 {
  color: var(--text-color-on-primary);
}
.kindPrimary_1d42e3c8e5.colorPrimary_53f9d1afd0 {
  background: var(--primary-color);
}
.kindPrimary_1d42e3c8e5.colorBrand_99547bff41 {
  background: var(--brand-color);
  color: var(--text-color-on-brand);
}
.kindPrimary_1d42e3c8e5.colorPrimaryActive_05f702a554,
.kindPrimary_1d42e3c8e5.colorPrimary_53f9d1afd0:hover,
.kindPrimary_1d42e3c8e5.colorPrimary_53f9d1afd0:focus {
  background: var(--primary-hover-color);
}
.kindPrimary_1d42e3c8e5.colorBrandActive_dc8ffd1190,
.kindPrimary_1d42e3c8e5.colorBrand_99547bff41:hover,
.kindPrimary_1d42e3c8e5.colorBrand_99547bff41:focus {
  background: var(--brand-hover-color);
}
.kindPrimary_1d42e3c8e5.colorPositive_ea397f5ae9 {
  background: var(--positive-color);
}
.kindPrimary_1d42e3c8e5.colorPositiveActive_4e3c764f25,
.kindPrimary_1d42e3c8e5.colorPositive_ea397f5ae9:hover,
.kindPrimary_1d42e3c8e5.colorPositive_ea397f5ae9:focus {
  background: var(--positive-color-hover);
}
.kindPrimary_1d42e3c8e5.colorNegative_95fee9546e {
  background: var(--negative-color);
}
.kindPrimary_1d42e3c8e5.colorNegativeActive_4e3c764f25,
.kindPrimary_1d42e3c8e5.colorNegative_95fee9546e:hover,
.kindPrimary_1d42e3c8e5.colorNegative_95fee9546e:focus {
  background: var(--negative-color-hover);
}
.kindPrimary_1d42e3c8e5.colorInverted_20d7bebf06 {
  background: var(--inverted-color-background);
  color: var(--text-color-on-inverted);
}
.kindPrimary_1d42e3c8e5.colorInvertedActive_4e3c764f25,
.kindPrimary_1d42e3c8e5.colorInverted_20d7bebf06:hover,
.kindPrimary_1d42e3c8e5.colorInverted_20d7bebf06:focus {
  background: var(--placeholder-color);
}
.kindPrimary_1d42e3c8e5.button_10ab2d9f28.colorInverted_20d7bebf06.disabled_7342e4f9ee {
  background: var(--disabled-text-color);
  color: var(--disabled-background-color);
}
.kindPrimary_1d42e3c8e5.colorOnPrimaryColor_795c81b6b4 {
  background: var(--text-color-on-primary);
}
.kindPrimary_1d42e3c8e5.colorOnPrimaryColorActive_73dc9e771a,
.kindPrimary_1d42e3c8e5.colorOnPrimaryColor_795c81b6b4:hover,
.kindPrimary_1d42e3c8e5.colorOnPrimaryColor_795c81b6b4:focus {
  background-color: #e6e9ef;
  -webkit-backdrop-filter: brightness(85%);
          backdrop-filter: brightness(85%);
}
.kindPrimary_1d42e3c8e5.colorOnPrimaryColorActive_73dc9e771a:focus-visible, .kindPrimary_1d42e3c8e5.colorOnPrimaryColorActive_73dc9e771a.focus-visible_89f1c6f905,
.kindPrimary_1d42e3c8e5.colorOnPrimaryColor_795c81b6b4:hover:focus-visible,
.kindPrimary_1d42e3c8e5.colorOnPrimaryColor_795c81b6b4:hover.focus-visible_89f1c6f905,
.kindPrimary_1d42e3c8e5.colorOnPrimaryColor_795c81b6b4:focus:focus-visible,
.kindPrimary_1d42e3c8e5.colorOnPrimaryColor_795c81b6b4:focus.focus-visible_89f1c6f905 {
  outline: none;
  z-index: 11;
  border-radius: 4px;
  box-shadow: 0 0 0 3px var(--text-color-on-primary-with-opacity), 0 0 0 1px var(--text-color-on-primary) inset;
}
.kindPrimary_1d42e3c8e5.colorOnPrimaryColorActive_73dc9e771a:focus:not(.focus-visible_89f1c6f905),
.kindPrimary_1d42e3c8e5.colorOnPrimaryColor_795c81b6b4:hover:focus:not(.focus-visible_89f1c6f905),
.kindPrimary_1d42e3c8e5.colorOnPrimaryColor_795c81b6b4:focus:focus:not(.focus-visible_89f1c6f905) {
  outline: none;
}
.kindPrimary_1d42e3c8e5.colorOnPrimaryColor_795c81b6b4.disabled_7342e4f9ee {
  opacity: 0.5;
  color: var(--text-color-on-primary);
}
.kindPrimary_1d42e3c8e5.colorFixedLight_ee253ba392 {
  background: var(--fixed-light-color);
}
.kindPrimary_1d42e3c8e5.colorFixedLightActive_f63d1f4001,
.kindPrimary_1d42e3c8e5.colorFixedLight_ee253ba392:hover,
.kindPrimary_1d42e3c8e5.colorFixedLight_ee253ba392:focus {
  background-color: #e6e9ef;
  -webkit-backdrop-filter: brightness(85%);
          backdrop-filter: brightness(85%);
}
.kindPrimary_1d42e3c8e5.colorFixedLightActive_f63d1f4001:focus-visible, .kindPrimary_1d42e3c8e5.colorFixedLightActive_f63d1f4001.focus-visible_89f1c6f905,
.kindPrimary_1d42e3c8e5.colorFixedLight_ee253ba392:hover:focus-visible,
.kindPrimary_1d42e3c8e5.colorFixedLight_ee253ba392:hover.focus-visible_89f1c6f905,
.kindPrimary_1d42e3c8e5.colorFixedLight_ee253ba392:focus:focus-visible,
.kindPrimary_1d42e3c8e5.colorFixedLight_ee253ba392:focus.focus-visible_89f1c6f905 {
  outline: none;
  z-index: 11;
  border-radius: 4px;
  box-shadow: 0 0 0 3px var(--text-color-on-primary-with-opacity), 0 0 0 1px var(--text-color-on-primary) inset;
}
.kindPrimary_1d42e3c8e5.colorFixedLightActive_f63d1f4001:focus:not(.focus-visible_89f1c6f905),
.kindPrimary_1d42e3c8e5.colorFixedLight_ee253ba392:hover:focus:not(.focus-visible_89f1c6f905),
.kindPrimary_1d42e3c8e5.colorFixedLight_ee253ba392:focus:focus:not(.focus-visible_89f1c6f905) {
  outline: none;
}
.kindPrimary_1d42e3c8e5.colorFixedLight_ee253ba392.disabled_7342e4f9ee {
  opacity: 0.5;
  color: var(--fixed-light-color);
}
.kindPrimary_1d42e3c8e5.colorFixedDark_c7b6d95118 {
  background: var(--fixed-dark-color);
  color: var(--fixed-light-color);
}
.kindPrimary_1d42e3c8e5.colorFixedDarkActive_93975212ad,
.kindPrimary_1d42e3c8e5.colorFixedDark_c7b6d95118:hover,
.kindPrimary_1d42e3c8e5.colorFixedDark_c7b6d95118:focus {
  filter: brightness(125%);
}
.kindPrimary_1d42e3c8e5.colorFixedDarkActive_93975212ad:focus-visible, .kindPrimary_1d42e3c8e5.colorFixedDarkActive_93975212ad.focus-visible_89f1c6f905,
.kindPrimary_1d42e3c8e5.colorFixedDark_c7b6d95118:hover:focus-visible,
.kindPrimary_1d42e3c8e5.colorFixedDark_c7b6d95118:hover.focus-visible_89f1c6f905,
.kindPrimary_1d42e3c8e5.colorFixedDark_c7b6d95118:focus:focus-visible,
.kindPrimary_1d42e3c8e5.colorFixedDark_c7b6d95118:focus.focus-visible_89f1c6f905 {
  outline: none;
  z-index: 11;
  border-radius: 4px;
  box-shadow: 0 0 0 3px var(--text-color-on-primary-with-opacity), 0 0 0 1px var(--text-color-on-primary) inset;
}
.kindPrimary_1d42e3c8e5.colorFixedDarkActive_93975212ad:focus:not(.focus-visible_89f1c6f905),
.kindPrimary_1d42e3c8e5.colorFixedDark_c7b6d95118:hover:focus:not(.focus-visible_89f1c6f905),
.kindPrimary_1d42e3c8e5.colorFixedDark_c7b6d95118:focus:focus:not(.focus-visible_89f1c6f905) {
  outline: none;
}
.kindPrimary_1d42e3c8e5.colorFixedDark_c7b6d95118.disabled_7342e4f9ee {
  opacity: 0.5;
  color: var(--fixed-dark-color);
}
.kindPrimary_1d42e3c8e5.colorOnInvertedBackground_30254971aa {
  background: var(--primary-background-color);
  color: var(--primary-text-color);
}
.kindPrimary_1d42e3c8e5.colorOnInvertedBackgroundActive_f2ed4893dc,
.kindPrimary_1d42e3c8e5.colorOnInvertedBackground_30254971aa:hover,
.kindPrimary_1d42e3c8e5.colorOnInvertedBackground_30254971aa:focus {
  background: var(--ui-background-color);
}
.kindPrimary_1d42e3c8e5.button_10ab2d9f28.colorOnInvertedBackground_30254971aa.disabled_7342e4f9ee {
  background: var(--ui-background-color);
  color: var(--primary-text-color);
  opacity: 0.5;
}
.kindPrimary_1d42e3c8e5.button_10ab2d9f28.disabled_7342e4f9ee {
  background: var(--disabled-background-color);
  color: var(--disabled-text-color);
  cursor: not-allowed;
  pointer-events: none;
}
.kindSecondary_fcae606b7d {
  border: 1px solid;
  border-color: var(--ui-border-color);
  color: var(--primary-text-color);
  background-color: transparent;
}
.kindSecondary_fcae606b7d.sizeSmall_15fb19ab56 {
  line-height: 22px;
}
.kindSecondary_fcae606b7d.sizeMedium_f3e10ffa49 {
  line-height: 22px;
}
.kindSecondary_fcae606b7d.sizeLarge_2b7552dcdc {
  line-height: 22px;
}
.kindSecondary_fcae606b7d.colorPrimaryActive_05f702a554 {
  background-color: var(--primary-selected-color);
  border-color: var(--primary-color);
}
.kindSecondary_fcae606b7d.colorPrimaryActive_05f702a554:hover {
  background-color: var(--primary-selected-hover-color);
  border-color: var(--primary-color);
}
.kindSecondary_fcae606b7d.colorBrandActive_dc8ffd1190 {
  color: var(--text-color-on-brand);
}
.kindSecondary_fcae606b7d.colorBrandActive_dc8ffd1190,
.kindSecondary_fcae606b7d.colorBrandActive_dc8ffd1190:hover {
  background-color: var(--brand-selected-color);
  border-color: var(--brand-color);
}
.kindSecondary_fcae606b7d.colorPrimary_53f9d1afd0:hover:not(.colorPrimaryActive_05f702a554),
.kindSecondary_fcae606b7d.colorPrimary_53f9d1afd0:focus:not(.colorPrimaryActive_05f702a554) {
  background: var(--primary-background-hover-color);
}
.kindSecondary_fcae606b7d.colorBrand_99547bff41:hover:not(.colorBrandActive_dc8ffd1190),
.kindSecondary_fcae606b7d.colorBrand_99547bff41:focus:not(.colorBrandActive_dc8ffd1190) {
  background: var(--primary-background-hover-color);
}
.kindSecondary_fcae606b7d.colorPositive_ea397f5ae9 {
  color: var(--positive-color);
  border-color: var(--positive-color);
}
.kindSecondary_fcae606b7d.colorPositiveActive_4e3c764f25,
.kindSecondary_fcae606b7d.colorPositive_ea397f5ae9:hover,
.kindSecondary_fcae606b7d.colorPositive_ea397f5ae9:focus {
  background: var(--positive-color-selected);
}
.kindSecondary_fcae606b7d.colorNegative_95fee9546e {
  color: var(--negative-color);
  border-color: var(--negative-color);
}
.kindSecondary_fcae606b7d.colorNegativeActive_4e3c764f25,
.kindSecondary_fcae606b7d.colorNegative_95fee9546e:hover,
.kindSecondary_fcae606b7d.colorNegative_95fee9546e:focus {
  background: var(--negative-color-selected);
}
.kindSecondary_fcae606b7d.colorInverted_20d7bebf06 {
  color: var(--primary-text-color);
  border-color: var(--primary-text-color);
}
.kindSecondary_fcae606b7d.colorInvertedActive_4e3c764f25,
.kindSecondary_fcae606b7d.colorInverted_20d7bebf06:hover,
.kindSecondary_fcae606b7d.colorInverted_20d7bebf06:focus {
  background: var(--primary-background-hover-color);
}
.kindSecondary_fcae606b7d.colorInverted_20d7bebf06.disabled_7342e4f9ee {
  border-color: var(--disabled-text-color);
  color: var(--disabled-text-color);
}
.kindSecondary_fcae606b7d.colorOnPrimaryColor_795c81b6b4 {
  color: var(--text-color-on-primary);
  border-color: var(--text-color-on-primary);
}
.kindSecondary_fcae606b7d.colorOnPrimaryColorActive_73dc9e771a,
.kindSecondary_fcae606b7d.colorOnPrimaryColor_795c81b6b4:hover,
.kindSecondary_fcae606b7d.colorOnPrimaryColor_795c81b6b4:focus {
  -webkit-backdrop-filter: brightness(85%);
          backdrop-filter: brightness(85%);
}
.kindSecondary_fcae606b7d.colorOnPrimaryColorActive_73dc9e771a:focus-visible, .kindSecondary_fcae606b7d.colorOnPrimaryColorActive_73dc9e771a.focus-visible_89f1c6f905,
.kindSecondary_fcae606b7d.colorOnPrimaryColor_795c81b6b4:hover:focus-visible,
.kindSecondary_fcae606b7d.colorOnPrimaryColor_795c81b6b4:hover.focus-visible_89f1c6f905,
.kindSecondary_fcae606b7d.colorOnPrimaryColor_795c81b6b4:focus:focus-visible,
.kindSecondary_fcae606b7d.colorOnPrimaryColor_795c81b6b4:focus.focus-visible_89f1c6f905 {
  outline: none;
  z-index: 11;
  border-radius: 4px;
  box-shadow: 0 0 0 3px var(--text-color-on-primary-with-opacity), 0 0 0 1px var(--text-color-on-primary) inset;
}
.kindSecondary_fcae606b7d.colorOnPrimaryColorActive_73dc9e771a:focus:not(.focus-visible_89f1c6f905),
.kindSecondary_fcae606b7d.colorOnPrimaryColor_795c81b6b4:hover:focus:not(.focus-visible_89f1c6f905),
.kindSecondary_fcae606b7d.colorOnPrimaryColor_795c81b6b4:focus:focus:not(.focus-visible_89f1c6f905) {
  outline: none;
}
.kindSecondary_fcae606b7d.colorOnPrimaryColor_795c81b6b4.disabled_7342e4f9ee {
  opacity: 0.5;
  color: var(--text-color-on-primary);
}
.kindSecondary_fcae606b7d.colorFixedLight_ee253ba392 {
  border-color: var(--fixed-light-color);
  color: var(--fixed-light-color);
}
.kindSecondary_fcae606b7d.colorFixedLightActive_f63d1f4001,
.kindSecondary_fcae606b7d.colorFixedLight_ee253ba392:hover,
.kindSecondary_fcae606b7d.colorFixedLight_ee253ba392:focus {
  -webkit-backdrop-filter: brightness(85%);
          backdrop-filter: brightness(85%);
}
.kindSecondary_fcae606b7d.colorFixedLightActive_f63d1f4001:focus-visible, .kindSecondary_fcae606b7d.colorFixedLightActive_f63d1f4001.focus-visible_89f1c6f905,
.kindSecondary_fcae606b7d.colorFixedLight_ee253ba392:hover:focus-visible,
.kindSecondary_fcae606b7d.colorFixedLight_ee253ba392:hover.focus-visible_89f1c6f905,
.kindSecondary_fcae606b7d.colorFixedLight_ee253ba392:focus:focus-visible,
.kindSecondary_fcae606b7d.colorFixedLight_ee253ba392:focus.focus-visible_89f1c6f905 {
  outline: none;
  z-index: 11;
  border-radius: 4px;
  box-shadow: 0 0 0 3px var(--text-color-on-primary-with-opacity), 0 0 0 1px var(--text-color-on-primary) inset;
}
.kindSecondary_fcae606b7d.colorFixedLightActive_f63d1f4001:focus:not(.focus-visible_89f1c6f905),
.kindSecondary_fcae606b7d.colorFixedLight_ee253ba392:hover:focus:not(.focus-visible_89f1c6f905),
.kindSecondary_fcae606b7d.colorFixedLight_ee253ba392:focus:focus:not(.focus-visible_89f1c6f905) {
  outline: none;
}
.kindSecondary_fcae606b7d.colorFixedDark_c7b6d95118 {
  border-color: var(--fixed-dark-color);
  color: var(--fixed-dark-color);
}
.kindSecondary_fcae606b7d.colorFixedDarkActive_93975212ad,
.kindSecondary_fcae606b7d.colorFixedDark_c7b6d95118:hover,
.kindSecondary_fcae606b7d.colorFixedDark_c7b6d95118:focus {
  background-color: var(--primary-background-hover-color);
}
.kindSecondary_fcae606b7d.colorFixedDarkActive_93975212ad:focus-visible, .kindSecondary_fcae606b7d.colorFixedDarkActive_93975212ad.focus-visible_89f1c6f905,
.kindSecondary_fcae606b7d.colorFixedDark_c7b6d95118:hover:focus-visible,
.kindSecondary_fcae606b7d.colorFixedDark_c7b6d95118:hover.focus-visible_89f1c6f905,
.kindSecondary_fcae606b7d.colorFixedDark_c7b6d95118:focus:focus-visible,
.kindSecondary_fcae606b7d.colorFixedDark_c7b6d95118:focus.focus-visible_89f1c6f905 {
  outline: none;
  z-index: 11;
  border-radius: 4px;
  box-shadow: 0 0 0 3px var(--text-color-on-primary-with-opacity), 0 0 0 1px var(--text-color-on-primary) inset;
}
.kindSecondary_fcae606b7d.colorFixedDarkActive_93975212ad:focus:not(.focus-visible_89f1c6f905),
.kindSecondary_fcae606b7d.colorFixedDark_c7b6d95118:hover:focus:not(.focus-visible_89f1c6f905),
.kindSecondary_fcae606b7d.colorFixedDark_c7b6d95118:focus:focus:not(.focus-visible_89f1c6f905) {
  outline: none;
}
.kindSecondary_fcae606b7d.colorOnInvertedBackground_30254971aa {
  border-color: var(--text-color-on-inverted);
  color: var(--text-color-on-inverted);
}
.kindSecondary_fcae606b7d.colorOnInvertedBackgroundActive_f2ed4893dc,
.kindSecondary_fcae606b7d.colorOnInvertedBackground_30254971aa:hover,
.kindSecondary_fcae606b7d.colorOnInvertedBackground_30254971aa:focus {
  background: var(--icon-color);
}
.kindSecondary_fcae606b7d.colorOnInvertedBackground_30254971aa.disabled_7342e4f9ee {
  border-color: var(--text-color-on-inverted);
  color: var(--text-color-on-inverted);
  opacity: 0.5;
}
.kindSecondary_fcae606b7d.colorFixedLight_ee253ba392.disabled_7342e4f9ee {
  opacity: 0.5;
  color: var(--fixed-light-color);
}
.kindSecondary_fcae606b7d.colorFixedDark_c7b6d95118.disabled_7342e4f9ee {
  opacity: 0.5;
  color: var(--fixed-dark-color);
}
.kindSecondary_fcae606b7d.disabled_7342e4f9ee {
  border-color: var(--disabled-text-color);
  color: var(--disabled-text-color);
  cursor: not-allowed;
  pointer-events: none;
}
.kindSecondary_fcae606b7d.disabled_7342e4f9ee:hover {
  background-color: transparent;
}
.kindTertiary_fab357fc3e {
  color: var(--primary-text-color);
  background-color: transparent;
}
.kindTertiary_fab357fc3e.colorPrimaryActive_05f702a554 {
  background-color: var(--primary-selected-color);
}
.kindTertiary_fab357fc3e.colorPrimaryActive_05f702a554:hover {
  background-color: var(--primary-selected-hover-color);
}
.kindTertiary_fab357fc3e.colorBrandActive_dc8ffd1190 {
  color: var(--text-color-on-brand);
}
.kindTertiary_fab357fc3e.colorBrandActive_dc8ffd1190,
.kindTertiary_fab357fc3e.colorBrandActive_dc8ffd1190:hover {
  background-color: var(--brand-selected-color);
}
.kindTertiary_fab357fc3e.colorPrimary_53f9d1afd0:hover:not(.colorPrimaryActive_05f702a554),
.kindTertiary_fab357fc3e.colorPrimary_53f9d1afd0:focus:not(.colorPrimaryActive_05f702a554) {
  background: var(--primary-background-hover-color);
}
.kindTertiary_fab357fc3e.colorBrand_99547bff41:hover:not(.colorBrandActive_dc8ffd1190),
.kindTertiary_fab357fc3e.colorBrand_99547bff41:focus:not(.colorBrandActive_dc8ffd1190) {
  background: var(--primary-background-hover-color);
}
.kindTertiary_fab357fc3e.colorPositive_ea397f5ae9 {
  color: var(--positive-color);
}
.kindTertiary_fab357fc3e.colorPositiveActive_4e3c764f25,
.kindTertiary_fab357fc3e.colorPositive_ea397f5ae9:hover,
.kindTertiary_fab357fc3e.colorPositive_ea397f5ae9:focus {
  background: var(--positive-color-selected);
}
.kindTertiary_fab357fc3e.colorNegative_95fee9546e {
  color: var(--negative-color);
}
.kindTertiary_fab357fc3e.colorNegativeActive_4e3c764f25,
.kindTertiary_fab357fc3e.colorNegative_95fee9546e:hover,
.kindTertiary_fab357fc3e.colorNegative_95fee9546e:focus {
  background: var(--negative-color-selected);
}
.kindTertiary_fab357fc3e.colorInverted_20d7bebf06 {
  color: var(--primary-text-color);
}
.kindTertiary_fab357fc3e.colorInvertedActive_4e3c764f25,
.kindTertiary_fab357fc3e.colorInverted_20d7bebf06:hover,
.kindTertiary_fab357fc3e.colorInverted_20d7bebf06:focus {
  background: var(--primary-background-hover-color);
}
.kindTertiary_fab357fc3e.colorInverted_20d7bebf06.disabled_7342e4f9ee {
  color: var(--disabled-text-color);
}
.kindTertiary_fab357fc3e.colorOnPrimaryColor_795c81b6b4 {
  color: var(--text-color-on-primary);
}
.kindTertiary_fab357fc3e.colorOnPrimaryColorActive_73dc9e771a,
.kindTertiary_fab357fc3e.colorOnPrimaryColor_795c81b6b4:hover,
.kindTertiary_fab357fc3e.colorOnPrimaryColor_795c81b6b4:focus {
  -webkit-backdrop-filter: brightness(85%);
          backdrop-filter: brightness(85%);
}
.kindTertiary_fab357fc3e.colorOnPrimaryColorActive_73dc9e771a:focus-visible, .kindTertiary_fab357fc3e.colorOnPrimaryColorActive_73dc9e771a.focus-visible_89f1c6f905,
.kindTertiary_fab357fc3e.colorOnPrimaryColor_795c81b6b4:hover:focus-visible,
.kindTertiary_fab357fc3e.colorOnPrimaryColor_795c81b6b4:hover.focus-visible_89f1c6f905,
.kindTertiary_fab357fc3e.colorOnPrimaryColor_795c81b6b4:focus:focus-visible,
.kindTertiary_fab357fc3e.colorOnPrimaryColor_795c81b6b4:focus.focus-visible_89f1c6f905 {
  outline: none;
  z-index: 11;
  border-radius: 4px;
  box-shadow: 0 0 0 3px var(--text-color-on-primary-with-opacity), 0 0 0 1px var(--text-color-on-primary) inset;
}
.kindTertiary_fab357fc3e.colorOnPrimaryColorActive_73dc9e771a:focus:not(.focus-visible_89f1c6f905),
.kindTertiary_fab357fc3e.colorOnPrimaryColor_795c81b6b4:hover:focus:not(.focus-visible_89f1c6f905),
.kindTertiary_fab357fc3e.colorOnPrimaryColor_795c81b6b4:focus:focus:not(.focus-visible_89f1c6f905) {
  outline: none;
}
.kindTertiary_fab357fc3e.colorOnPrimaryColor_795c81b6b4.disabled_7342e4f9ee {
  opacity: 0.5;
  color: var(--text-color-on-primary);
}
.kindTertiary_fab357fc3e.colorFixedLight_ee253ba392 {
  color: var(--fixed-light-color);
}
.kindTertiary_fab357fc3e.colorFixedLightActive_f63d1f4001,
.kindTertiary_fab357fc3e.colorFixedLight_ee253ba392:hover,
.kindTertiary_fab357fc3e.colorFixedLight_ee253ba392:focus {
  -webkit-backdrop-filter: brightness(85%);
          backdrop-filter: brightness(85%);
}
.kindTertiary_fab357fc3e.colorFixedLightActive_f63d1f4001:focus-visible, .kindTertiary_fab357fc3e.colorFixedLightActive_f63d1f4001.focus-visible_89f1c6f905,
.kindTertiary_fab357fc3e.colorFixedLight_ee253ba392:hover:focus-visible,
.kindTertiary_fab357fc3e.colorFixedLight_ee253ba392:hover.focus-visible_89f1c6f905,
.kindTertiary_fab357fc3e.colorFixedLight_ee253ba392:focus:focus-visible,
.kindTertiary_fab357fc3e.colorFixedLight_ee253ba392:focus.focus-visible_89f1c6f905 {
  outline: none;
  z-index: 11;
  border-radius: 4px;
  box-shadow: 0 0 0 3px var(--text-color-on-primary-with-opacity), 0 0 0 1px var(--text-color-on-primary) inset;
}
.kindTertiary_fab357fc3e.colorFixedLightActive_f63d1f4001:focus:not(.focus-visible_89f1c6f905),
.kindTertiary_fab357fc3e.colorFixedLight_ee253ba392:hover:focus:not(.focus-visible_89f1c6f905),
.kindTertiary_fab357fc3e.colorFixedLight_ee253ba392:focus:focus:not(.focus-visible_89f1c6f905) {
  outline: none;
}
.kindTertiary_fab357fc3e.colorFixedLight_ee253ba392.disabled_7342e4f9ee {
  opacity: 0.5;
  color: var(--fixed-light-color);
}
.kindTertiary_fab357fc3e.colorFixedDark_c7b6d95118 {
  color: var(--fixed-dark-color);
}
.kindTertiary_fab357fc3e.colorFixedDarkActive_93975212ad,
.kindTertiary_fab357fc3e.colorFixedDark_c7b6d95118:hover,
.kindTertiary_fab357fc3e.colorFixedDark_c7b6d95118:focus {
  background-color: var(--primary-background-hover-color);
}
.kindTertiary_fab357fc3e.colorFixedDarkActive_93975212ad:focus-visible, .kindTertiary_fab357fc3e.colorFixedDarkActive_93975212ad.focus-visible_89f1c6f905,
.kindTertiary_fab357fc3e.colorFixedDark_c7b6d95118:hover:focus-visible,
.kindTertiary_fab357fc3e.colorFixedDark_c7b6d95118:hover.focus-visible_89f1c6f905,
.kindTertiary_fab357fc3e.colorFixedDark_c7b6d95118:focus:focus-visible,
.kindTertiary_fab357fc3e.colorFixedDark_c7b6d95118:focus.focus-visible_89f1c6f905 {
  outline: none;
  z-index: 11;
  border-radius: 4px;
  box-shadow: 0 0 0 3px var(--text-color-on-primary-with-opacity), 0 0 0 1px var(--text-color-on-primary) inset;
}
.kindTertiary_fab357fc3e.colorFixedDarkActive_93975212ad:focus:not(.focus-visible_89f1c6f905),
.kindTertiary_fab357fc3e.colorFixedDark_c7b6d95118:hover:focus:not(.focus-visible_89f1c6f905),
.kindTertiary_fab357fc3e.colorFixedDark_c7b6d95118:focus:focus:not(.focus-visible_89f1c6f905) {
  outline: none;
}
.kindTertiary_fab357fc3e.colorFixedDark_c7b6d95118.disabled_7342e4f9ee {
  opacity: 0.5;
  color: var(--fixed-dark-color);
}
.kindTertiary_fab357fc3e.colorOnInvertedBackground_30254971aa {
  color: var(--text-color-on-inverted);
}
.kindTertiary_fab357fc3e.colorOnInvertedBackgroundActive_f2ed4893dc,
.kindTertiary_fab357fc3e.colorOnInvertedBackground_30254971aa:hover,
.kindTertiary_fab357fc3e.colorOnInvertedBackground_30254971aa:focus {
  background: var(--icon-color);
}
.kindTertiary_fab357fc3e.colorOnInvertedBackground_30254971aa.disabled_7342e4f9ee {
  background: var(--icon-color);
  opacity: 0.5;
  color: var(--text-color-on-inverted);
}
.kindTertiary_fab357fc3e.disabled_7342e4f9ee {
  color: var(--disabled-text-color);
  cursor: not-allowed;
  pointer-events: none;
}
.kindTertiary_fab357fc3e.disabled_7342e4f9ee:hover {
  background-color: transparent;
}
.noSidePadding_8ae467ec10 {
  padding-inline: 0;
}
.button_10ab2d9f28.insetFocusStyle_53075b8003:focus-visible, .button_10ab2d9f28.insetFocusStyle_53075b8003.focus-visible_89f1c6f905 {
  outline: none;
  z-index: 11;
  border-radius: 4px;
  box-shadow: 0 0 0 3px hsla(209, 100%, 50%, 0.5) inset, 0 0 0 1px var(--primary-hover-color) inset;
}
.button_10ab2d9f28.insetFocusStyle_53075b8003:focus:not(.focus-visible_89f1c6f905) {
  outline: none;
}`);var Md=k(C(),1);function v_(e){var t=e.isLoading,r=(0,Md.useState)(t),n=q(r,2),o=n[0],i=n[1];return(0,Md.useEffect)((function(){var a=window.requestAnimationFrame((function(){i(t)}));return function(){window.cancelAnimationFrame(a)}}),[t]),{loading:o}}var nn=k(C(),1),Jm=k(G(),1);var Jl={loaderContainer:"loaderContainer_9060c90c6e",circleLoaderSpinnerBackground:"circleLoaderSpinnerBackground_01c0ee4983",circleLoaderSpinner:"circleLoaderSpinner_d117c42f18",rotate:"rotate_a3fd0189e7",circleLoaderSpinnerPath:"circleLoaderSpinnerPath_2a7d1b3fd0",dash:"dash_dc48124c5c"};(function(e){var t="s_id-dcd4d8f866fa_4_0_3";if(typeof document<"u"){var r=document.head||document.getElementsByTagName("head")[0];if(r.querySelector("#"+t))return;var n=document.createElement("style");n.id=t,r.firstChild?r.insertBefore(n,r.firstChild):r.appendChild(n),n.appendChild(document.createTextNode(e))}else globalThis.injectedStyles&&(globalThis.injectedStyles[t]=e)})(`.loaderContainer_9060c90c6e {
  position: relative;
  height: 100%;
  width: 100%;
}
.loaderContainer_9060c90c6e .circleLoaderSpinnerBackground_01c0ee4983 {
  position: absolute;
  top: 50%;
  left: 50%;
  margin-top: -50%;
  margin-left: -50%;
  stroke: var(--ui-background-color);
}
.loaderContainer_9060c90c6e .circleLoaderSpinner_d117c42f18 {
  animation: rotate_a3fd0189e7 1s linear infinite;
  position: absolute;
  top: 50%;
  left: 50%;
  margin-top: -50%;
  margin-left: -50%;
  stroke: currentColor;
  stroke-linecap: round;
}
.loaderContainer_9060c90c6e .circleLoaderSpinner_d117c42f18 .circleLoaderSpinnerPath_2a7d1b3fd0 {
  animation: dash_dc48124c5c 1s infinite;
}
@keyframes rotate_a3fd0189e7 {
  100% {
    transform: rotate(360deg);
  }
}
@keyframes dash_dc48124c5c {
  0% {
    stroke-dasharray: 1, 150;
    stroke-dashoffset: 0;
  }
  50% {
    stroke-dasharray: 90, 150;
    stroke-dashoffset: -35;
  }
  100% {
    stroke-dasharray: 90, 150;
    stroke-dashoffset: -124;
  }
}`);var U6={xs:16,small:24,medium:40,large:64},g_={primary:"primary-color",secondary:"secondary-text-color",onPrimary:"text-color-on-inverted",dark:"primary-text-color"},On=(0,nn.forwardRef)((function(e,t){var r=e.className,n=e.wrapperClassName,o=e.size,i=e.color,a=e.hasBackground,l=a!==void 0&&a,c=e.id,s=e["data-testid"],d=(0,nn.useMemo)((function(){var f=typeof o=="string"?U6[o]:o;if(typeof f=="number")return{width:f,height:f}}),[o]),u=(0,nn.useMemo)((function(){if(g_[i])return"var(--".concat(g_[i],")")}),[i]);return nn.default.createElement("div",{className:(0,Jm.default)(Jl.loaderContainer,n),ref:t,role:"alert",title:"loading",style:d,id:c,"data-testid":s||Ye(ze.LOADER,c)},nn.default.createElement("svg",{className:(0,Jm.default)(Jl.circleLoaderSpinner,r),viewBox:"0 0 50 50",color:u,"aria-hidden":!0},l&&nn.default.createElement("circle",{className:Jl.circleLoaderSpinnerBackground,cx:"25",cy:"25",r:"20",fill:"none",strokeWidth:"5"}),nn.default.createElement("circle",{className:Jl.circleLoaderSpinnerPath,cx:"25",cy:"25",r:"20",fill:"none",strokeWidth:"5"})))}));var me=(0,te.forwardRef)((function(e,t){var r=e.className,n=e.children,o=e.kind,i=o===void 0?"primary":o,a=e.onClick,l=a===void 0?K:a,c=e.name,s=e.size,d=s===void 0?"medium":s,u=e.color,f=u===void 0?"primary":u,v=e.disabled,b=v!==void 0&&v,g=e.rightIcon,x=g===void 0?null:g,m=e.leftIcon,p=m===void 0?null:m,h=e.success,y=h!==void 0&&h,_=e.successText,w=_===void 0?"":_,E=e.successIcon,S=E===void 0?null:E,I=e.style,T=e.loading,N=T!==void 0&&T,R=e.loaderClassName,D=e.active,B=D!==void 0&&D,H=e.activeButtonClassName,z=e.id,U=e.marginRight,L=U!==void 0&&U,j=e.marginLeft,W=j!==void 0&&j,Ce=e.type,Z=Ce===void 0?"button":Ce,Pe=e.onMouseDown,ke=Pe===void 0?K:Pe,et=e["aria-label"],Xe=e.rightFlat,ve=Xe!==void 0&&Xe,_t=e.leftFlat,xt=_t!==void 0&&_t,Yt=e.preventClickAnimation,Le=Yt!==void 0&&Yt,Kr=e.noSidePadding,Pt=Kr!==void 0&&Kr,ir=e.onFocus,br=ir===void 0?K:ir,He=e.onBlur,Ie=He===void 0?K:He,Lt=e["aria-labelledby"],kt=e.defaultTextColorOnPrimaryColor,wt=kt===void 0?Qm:kt,yr=e["aria-expanded"],It=e["aria-haspopup"],In=e["aria-controls"],Dn=e["aria-describedby"],ln=e["aria-hidden"],cn=e["aria-pressed"],Bn=e.blurOnMouseUp,Mn=Bn===void 0||Bn,Fn=e["data-testid"],_r=e.insetFocus,zn=_r!==void 0&&_r,Xr=e.tabIndex,ar=(0,te.useRef)(null),xr=Ee(t,ar),lr=v_({isLoading:N}).loading;(0,te.useEffect)((function(){if((f==="on-primary-color"||f==="fixed-light")&&i==="primary"&&ar.current){var ge=ar.current;ge.style.color=Zm(ge,wt)}}),[i,ar,f,wt]);var ui=(0,te.useCallback)((function(){var ge=ar.current;!b&&ge&&Mn&&ge.blur()}),[b,ar,Mn]),Eo=(0,te.useCallback)((function(ge){b||lr||y?ge.preventDefault():l&&l(ge)}),[l,b,lr,y]),jn=(0,te.useCallback)((function(ge){b||lr||y?ge.preventDefault():ke&&ke(ge)}),[ke,b,lr,y]),So=(0,te.useMemo)((function(){var ge,fi=y?"positive":f;return(0,ha.default)(r,Ae.button,re(Ae,ue("size-"+d)),re(Ae,ue("kind-"+i)),re(Ae,ue("color-"+fi)),(P(P(P(P(P(P(P(P(P(P(ge={},Ae.success,y),re(Ae,ue("color-"+fi+"-active")),B),H,B),Ae.marginRight,L),Ae.marginLeft,W),Ae.rightFlat,ve),Ae.leftFlat,xt),Ae.preventClickAnimation,Le),Ae.noSidePadding,Pt),Ae.disabled,b),P(ge,Ae.insetFocusStyle,zn)))}),[y,f,r,d,i,B,H,L,W,ve,xt,Le,Pt,b,zn]),Co=(0,te.useMemo)((function(){return{ref:xr,type:Z,className:So,name:c,onMouseUp:ui,style:I,onClick:Eo,id:z,onFocus:br,onBlur:Ie,tabIndex:Xr??(b||ln?-1:void 0),"data-testid":Fn||Ye(ze.BUTTON,z),"data-vibe":dr.BUTTON,onMouseDown:jn,"aria-disabled":b,"aria-busy":lr,"aria-labelledby":Lt,"aria-label":et,"aria-haspopup":It,"aria-expanded":yr,"aria-controls":In,"aria-describedby":Dn,"aria-hidden":ln,"aria-pressed":cn}}),[xr,Z,So,c,ui,I,Eo,z,br,Ie,Xr,Fn,jn,b,lr,Lt,et,It,yr,In,Dn,ln,cn]),sn=(0,te.useCallback)((function(ge){if(typeof ge=="function")switch(d){case"xxs":case"xs":return 16;default:return 20}}),[d]),Qt=(0,te.useMemo)((function(){return te.default.Children.toArray(n).some(Boolean)}),[n]),dn=(0,te.useMemo)((function(){return te.default.createElement(te.default.Fragment,null,p?te.default.createElement(De,{type:"font",icon:p,size:sn(p),className:(0,ha.default)(P({},Ae.leftIcon,Qt)),ignoreFocusStyle:!0}):null,n,x?te.default.createElement(De,{type:"font",icon:x,size:sn(x),className:(0,ha.default)(P({},Ae.rightIcon,Qt)),ignoreFocusStyle:!0}):null)}),[n,Qt,sn,p,x]);return lr?te.default.createElement("button",Object.assign({},Co,{key:z+"-loading"}),te.default.createElement("span",{className:(0,ha.default)(Ae.loader,R)},te.default.createElement(On,{className:Ae.loaderSvg}),te.default.createElement("span",{"aria-hidden":!0,className:Ae.textPlaceholder},dn))):y?te.default.createElement("button",Object.assign({},Co,{key:z+"-success"}),te.default.createElement("span",{className:Ae.successContent},S?te.default.createElement(De,{type:"font",icon:S,size:sn(S),className:(0,ha.default)(P({},Ae.leftIcon,!!w)),ignoreFocusStyle:!0}):null,w),te.default.createElement("span",{"aria-hidden":"true",className:Ae.textPlaceholder},dn)):te.default.createElement("button",Object.assign({},Co,{key:z+"-button"}),dn)}));var eh=k(C(),1),th=function(e){var t=e.size,r=ot(e,["size"]);return eh.createElement("svg",Object.assign({viewBox:"0 0 20 20",fill:"currentColor",width:t||"20",height:t||"20"},r),eh.createElement("path",{d:"M10.75 6C10.75 5.58579 10.4142 5.25 10 5.25C9.58579 5.25 9.25 5.58579 9.25 6V9.25H6C5.58579 9.25 5.25 9.58579 5.25 10C5.25 10.4142 5.58579 10.75 6 10.75H9.25V14C9.25 14.4142 9.58579 14.75 10 14.75C10.4142 14.75 10.75 14.4142 10.75 14V10.75H14C14.4142 10.75 14.75 10.4142 14.75 10C14.75 9.58579 14.4142 9.25 14 9.25H10.75V6Z",fill:"currentColor",fillRule:"evenodd",clipRule:"evenodd"}))};th.displayName="AddSmall";var Fd=(0,it.forwardRef)((function(e,t){var r=e.className,n=e.wrapperClassName,o=e.iconClassName,i=e.id,a=e.icon,l=a===void 0?th:a,c=e.size,s=c===void 0?"medium":c,d=e.tooltipProps,u=d===void 0?{}:d,f=e.tooltipContent,v=e["aria-labelledby"],b=e["aria-label"],g=e["aria-haspopup"],x=e["aria-expanded"],m=e["aria-controls"],p=e["aria-describedby"],h=e["aria-hidden"],y=e["aria-pressed"],_=e.hideTooltip,w=_!==void 0&&_,E=e.kind,S=E===void 0?"tertiary":E,I=e.active,T=e.disabled,N=T!==void 0&&T,R=e.disabledReason,D=e.onClick,B=D===void 0?Bt:D,H=e.color,z=e["data-testid"],U=e.insetFocus,L=U!==void 0&&U,j=e.tabIndex,W=e.loading,Ce=W!==void 0&&W,Z=(0,it.useRef)(null),Pe=Ee(t,Z),ke=(0,it.useMemo)((function(){return u?.content||f}),[u?.content,f]),et=(0,it.useMemo)((function(){return b||(typeof ke=="string"?ke:void 0)}),[b,ke]),Xe=(0,it.useMemo)((function(){switch(s){case"xxs":case"xs":return 16;case"small":case"medium":case"large":return 20;default:return 24}}),[s]),ve=(0,it.useMemo)((function(){var Le={justifyContent:"center",alignItems:"center",padding:0};return s&&(Le=Object.assign(Object.assign({},Le),h_(s))),Le}),[s]),_t=(0,it.useMemo)((function(){return w?null:N&&R?R:ke||b}),[w,N,R,ke,b]),xt=n?"div":it.Fragment,Yt=(0,it.useMemo)((function(){return n?{className:(0,rh.default)(n,Zl.wrapper)}:{}}),[n]);return it.default.createElement(xt,Object.assign({},Yt),it.default.createElement(Ir,Object.assign({},u,{content:_t,referenceWrapperClassName:Zl.referenceWrapper}),it.default.createElement(me,{onClick:B,disabled:N,color:H,kind:S,"aria-labelledby":v,"aria-label":et,"aria-haspopup":g,"aria-expanded":x,"aria-controls":m,"aria-describedby":p,"aria-hidden":h,"aria-pressed":y,ref:Pe,id:i,"data-testid":z||Ye(ze.ICON_BUTTON,i),"data-vibe":dr.ICON_BUTTON,noSidePadding:!0,active:I,className:r,style:ve,insetFocus:L,tabIndex:j,loading:Ce,loaderClassName:(0,rh.default)(Zl.loader,re(Zl,s))},it.default.createElement(De,{icon:l,type:"svg",size:Xe,ignoreFocusStyle:!0,className:o}))))}));var nh=k(C(),1),oh=function(e){var t=e.size,r=ot(e,["size"]);return nh.createElement("svg",Object.assign({viewBox:"0 0 20 20",fill:"currentColor",width:t||"20",height:t||"20"},r),nh.createElement("path",{d:"M6.331 5.27a.75.75 0 0 0-1.06 1.06L8.94 10l-3.67 3.668a.75.75 0 1 0 1.06 1.06L10 11.06l3.668 3.669a.75.75 0 0 0 1.06-1.06l-3.668-3.67 3.67-3.669a.75.75 0 0 0-1.061-1.06L10 8.939l-3.669-3.67Z"}))};oh.displayName="CloseSmall";function Dr(e,t){var r={};for(var n in e)Object.prototype.hasOwnProperty.call(e,n)&&0>t.indexOf(n)&&(r[n]=e[n]);if(e!=null&&typeof Object.getOwnPropertySymbols=="function"){var o=0;for(n=Object.getOwnPropertySymbols(e);n.length>o;o++)0>t.indexOf(n[o])&&Object.prototype.propertyIsEnumerable.call(e,n[o])&&(r[n[o]]=e[n[o]])}return r}var ec=k(G(),1),yo=k(C(),1);var bo={link:"link_8c260d6ee3","focus-visible":"focus-visible_5481c615ce",colorOnPrimary:"colorOnPrimary_c0d763bc5b",colorOnInverted:"colorOnInverted_205306e4a9",text:"text_ba6b355dea",inlineText:"inlineText_bbed7a768f",inheritFontSize:"inheritFontSize_3964ef6b06",iconStart:"iconStart_7bf2b2083d",iconEnd:"iconEnd_8d848069bd"};(function(e){let t="s_id-c2cddf2190ae_4_5_2";if(typeof document<"u"){let r=document.head||document.getElementsByTagName("head")[0];if(r.querySelector("#"+t))return;let n=document.createElement("style");n.id=t,r.firstChild?r.insertBefore(n,r.firstChild):r.appendChild(n),n.appendChild(document.createTextNode(e))}else globalThis.injectedStyles&&(globalThis.injectedStyles[t]=e)})(`/* stylelint-disable */
/* stylelint-enable */
/* stylelint-disable */
/* stylelint-enable */
.link_8c260d6ee3 {
  display: flex;
  align-items: center;
  color: var(--link-color);
  font: var(--font-text2-normal);
  -webkit-font-smoothing: var(--font-smoothing-webkit);
  -moz-osx-font-smoothing: var(--font-smoothing-moz);
  text-decoration: none;
  writing-mode: horizontal-tb;
}
.link_8c260d6ee3:focus-visible, .link_8c260d6ee3.focus-visible_5481c615ce {
  outline: none;
  z-index: 11;
  border-radius: 4px;
  box-shadow: 0 0 0 3px hsla(209, 100%, 50%, 0.5), 0 0 0 1px var(--primary-hover-color) inset;
}
.link_8c260d6ee3:focus:not(.focus-visible_5481c615ce) {
  outline: none;
}
.link_8c260d6ee3.colorOnPrimary_c0d763bc5b {
  color: var(--text-color-on-primary);
}
.link_8c260d6ee3.colorOnInverted_205306e4a9 {
  color: var(--text-color-on-inverted);
}
.link_8c260d6ee3:hover .text_ba6b355dea {
  text-decoration: underline;
  color: inherit;
}
.link_8c260d6ee3.inlineText_bbed7a768f {
  display: inline-flex;
  align-items: unset;
}
.link_8c260d6ee3.inheritFontSize_3964ef6b06 {
  font-size: inherit;
  line-height: inherit;
}
.iconStart_7bf2b2083d {
  line-height: 24px;
  margin-inline-end: var(--space-4);
}
.iconEnd_8d848069bd {
  line-height: 24px;
  margin-inline-start: var(--space-4);
}`);var y_=(0,yo.forwardRef)((function(e,t){var r=e.className,n=e.textClassName,o=e.href,i=o===void 0?"":o,a=e.text,l=a===void 0?"":a,c=e.rel,s=c===void 0?"noreferrer":c,d=e.onClick,u=d===void 0?K:d,f=e.target,v=f===void 0?"_blank":f,b=e["aria-label"],g=b===void 0?"":b,x=e.color,m=x===void 0?"primary":x,p=e["aria-describedby"],h=p===void 0?"":p,y=e.icon,_=y===void 0?"":y,w=e.iconPosition,E=e.id,S=E===void 0?"":E,I=e["aria-labelledby"],T=I===void 0?"":I,N=e.disableNavigation,R=N!==void 0&&N,D=e.inheritFontSize,B=D!==void 0&&D,H=e.inlineText,z=H!==void 0&&H,U=e.style,L=e["data-testid"],j=(w===void 0?"start":w)==="start",W=(0,yo.useCallback)((function(Ce){R&&Ce.preventDefault(),u&&u(Ce)}),[R,u]);return yo.default.createElement("a",{"data-testid":L||Y(Wn.LINK,S),"data-vibe":qe.LINK,id:S,href:i,rel:s,ref:t,onClick:W,target:v,style:U,className:(0,ec.default)(bo.link,r,re(bo,ue("color-"+m)),P(P({},bo.inheritFontSize,B),bo.inlineText,z)),"aria-label":g,"aria-describedby":h,"aria-labelledby":T},b_(j,_,(0,ec.default)(bo.iconStart)),yo.default.createElement("span",{className:(0,ec.default)(bo.text,n)},l),b_(!j,_,(0,ec.default)(bo.iconEnd)))}));function b_(e,t,r){if(e)return yo.default.createElement(De,{className:r,icon:t,type:"font"})}var ga=k(C(),1),L_=k(G(),1);var An=k(C(),1),N_=k(G(),1);var zd=k(C(),1);var jd=(0,zd.forwardRef)((function(e,t){var r=e.text,n=Dr(e,["text"]);return zd.default.createElement(me,Object.assign({ref:t,size:"small",kind:"secondary",color:"inverted"},n),r)}));var Ud=k(C(),1),x_=k(G(),1);var __={attentionBoxLink:"attentionBoxLink_753086a286"};(function(e){let t="s_id-f7cefb69d475_4_5_2";if(typeof document<"u"){let r=document.head||document.getElementsByTagName("head")[0];if(r.querySelector("#"+t))return;let n=document.createElement("style");n.id=t,r.firstChild?r.insertBefore(n,r.firstChild):r.appendChild(n),n.appendChild(document.createTextNode(e))}else globalThis.injectedStyles&&(globalThis.injectedStyles[t]=e)})(`a.attentionBoxLink_753086a286 {
  color: var(--primary-text-color);
  text-decoration: underline;
}`);var Wd=(0,Ud.forwardRef)((function(e,t){var r=e.target,n=e.className,o=Dr(e,["target","className"]);return Ud.default.createElement(y_,Object.assign({ref:t,target:r,className:(0,x_.default)(__.attentionBoxLink,n)},o))}));var w_=k(C(),1),E_=k(G(),1);var k_={closeButton:"closeButton_828647bb37"};(function(e){let t="s_id-979f8aeb619b_4_5_2";if(typeof document<"u"){let r=document.head||document.getElementsByTagName("head")[0];if(r.querySelector("#"+t))return;let n=document.createElement("style");n.id=t,r.firstChild?r.insertBefore(n,r.firstChild):r.appendChild(n),n.appendChild(document.createTextNode(e))}else globalThis.injectedStyles&&(globalThis.injectedStyles[t]=e)})(`.closeButton_828647bb37 {
  flex-shrink: 0;
}
.closeButton_828647bb37:hover {
  background-color: var(--primary-background-hover-color);
}`);var Hd=function(e){var t=e.closeButtonAriaLabel;return w_.default.createElement(Fd,{icon:oh,size:"xs",kind:"tertiary",onClick:e.onClose,"aria-label":t===void 0?"Close":t,hideTooltip:!0,className:(0,E_.default)(k_.closeButton,e.className)})};var C_=k(C(),1),T_=k(G(),1);var S_={icon:"icon_7f8682df49"};(function(e){let t="s_id-55a80ba34ba3_4_5_2";if(typeof document<"u"){let r=document.head||document.getElementsByTagName("head")[0];if(r.querySelector("#"+t))return;let n=document.createElement("style");n.id=t,r.firstChild?r.insertBefore(n,r.firstChild):r.appendChild(n),n.appendChild(document.createTextNode(e))}else globalThis.injectedStyles&&(globalThis.injectedStyles[t]=e)})(`.icon_7f8682df49 {
  color: var(--primary-text-color);
  flex-shrink: 0;
}`);var Vd=function(e){var t=e.iconType;return C_.default.createElement(De,{icon:e.icon,type:t===void 0?"svg":t,size:20,className:(0,T_.default)(S_.icon,e.className)})};var Br={container:"container_887afa963b",icon:"icon_0013d16c97",title:"title_a03c4924e9",text:"text_6d23e134f6",actions:"actions_89ecc8855c",closeButton:"closeButton_297477e693",hasIcon:"hasIcon_2a2ef06c0f",hasCloseButton:"hasCloseButton_3e85044636",hasTitle:"hasTitle_ef9b0b5fb0"};(function(e){let t="s_id-d1aa0b2532e6_4_5_2";if(typeof document<"u"){let r=document.head||document.getElementsByTagName("head")[0];if(r.querySelector("#"+t))return;let n=document.createElement("style");n.id=t,r.firstChild?r.insertBefore(n,r.firstChild):r.appendChild(n),n.appendChild(document.createTextNode(e))}else globalThis.injectedStyles&&(globalThis.injectedStyles[t]=e)})(`.container_887afa963b {
  --grid-columns: auto 1fr auto;
  display: grid;
  gap: var(--space-4);
  width: 100%;
  grid-template-columns: var(--grid-columns);
}
.container_887afa963b .icon_0013d16c97 {
  grid-column: 1;
  grid-row: 1;
  align-self: center;
}
.container_887afa963b .title_a03c4924e9 {
  grid-row: 1;
  grid-column: 2;
  align-self: center;
}
.container_887afa963b .text_6d23e134f6,
.container_887afa963b .actions_89ecc8855c {
  grid-column: 2/-1;
}
.container_887afa963b .text_6d23e134f6 {
  grid-row: 2;
  min-width: 0;
  margin-inline-end: var(--space-8);
}
.container_887afa963b .closeButton_297477e693 {
  grid-row: 1;
  grid-column: 3;
  align-self: start;
}
.container_887afa963b .actions_89ecc8855c {
  grid-row: 3;
  margin-block-start: var(--space-8);
}
.container_887afa963b:not(.hasIcon_2a2ef06c0f) {
  --grid-columns: 1fr auto;
}
.container_887afa963b:not(.hasIcon_2a2ef06c0f):not(.hasCloseButton_3e85044636) {
  --grid-columns: 1fr;
}
.container_887afa963b:not(.hasIcon_2a2ef06c0f) .title_a03c4924e9 {
  grid-column: 1;
}
.container_887afa963b:not(.hasIcon_2a2ef06c0f) .text_6d23e134f6,
.container_887afa963b:not(.hasIcon_2a2ef06c0f) .actions_89ecc8855c {
  grid-column: 1/-1;
}
.container_887afa963b:not(.hasIcon_2a2ef06c0f) .closeButton_297477e693 {
  grid-column: 2;
}
.container_887afa963b:not(.hasCloseButton_3e85044636) {
  --grid-columns: auto 1fr;
}
.container_887afa963b:not(.hasTitle_ef9b0b5fb0) .icon_0013d16c97 {
  align-self: start;
}
.container_887afa963b:not(.hasTitle_ef9b0b5fb0) .text_6d23e134f6 {
  grid-row: 1;
  grid-column-end: -2;
}
.container_887afa963b:not(.hasTitle_ef9b0b5fb0) .closeButton_297477e693 {
  margin-block-start: -1px;
}
.container_887afa963b:not(.hasTitle_ef9b0b5fb0) .actions_89ecc8855c {
  grid-row: 2;
}`);var O_=function(e){var t=e.title,r=e.icon,n=e.iconType,o=e.onClose,i=e.closeButtonAriaLabel,a=i===void 0?"Close":i,l=e.action,c=e.link,s=e.content,d=l||c;return An.default.createElement("div",{className:(0,N_.default)(Br.container,P(P(P(P({},Br.hasIcon,!!r),Br.hasTitle,!!t),Br.hasActions,d),Br.hasCloseButton,!!o))},r&&An.default.createElement(Vd,{icon:r,iconType:n,className:Br.icon}),t&&An.default.createElement(_e,{type:"text1",weight:"medium",className:Br.title},t),!!o&&An.default.createElement(Hd,{onClose:o,closeButtonAriaLabel:a,className:Br.closeButton}),An.default.createElement(_e,{type:"text2",className:Br.text,ellipsis:!1,element:typeof s=="string"?"p":void 0},s),d&&An.default.createElement(lt,{gap:"medium",className:Br.actions},c&&An.default.createElement(Wd,Object.assign({},c,{inlineText:!1})),l&&An.default.createElement(jd,Object.assign({},l))))};var Rn=k(C(),1);var tc={container:"container_564a8034a8",mainContentGroup:"mainContentGroup_042cddb977",leadingIcon:"leadingIcon_a2e800843c",actionsGroup:"actionsGroup_5c37b5f530"};(function(e){let t="s_id-2f71fab0a877_4_5_2";if(typeof document<"u"){let r=document.head||document.getElementsByTagName("head")[0];if(r.querySelector("#"+t))return;let n=document.createElement("style");n.id=t,r.firstChild?r.insertBefore(n,r.firstChild):r.appendChild(n),n.appendChild(document.createTextNode(e))}else globalThis.injectedStyles&&(globalThis.injectedStyles[t]=e)})(`.container_564a8034a8 {
  gap: var(--space-32);
}

.mainContentGroup_042cddb977 {
  min-width: 0;
}

.leadingIcon_a2e800843c {
  align-self: flex-start;
}

.actionsGroup_5c37b5f530 {
  gap: var(--space-12);
}`);var A_=function(e){var t=e.icon,r=e.onClose,n=e.closeButtonAriaLabel,o=n===void 0?"Close":n,i=e.action,a=e.link,l=e.content,c=!(!i&&!a);return Rn.default.createElement(lt,{align:"center",className:tc.container},Rn.default.createElement(lt,{gap:"xs",flex:"1",className:tc.mainContentGroup},t&&Rn.default.createElement(Vd,{icon:t,iconType:e.iconType,className:tc.leadingIcon}),Rn.default.createElement(_e,{type:"text2",element:typeof l=="string"?"p":void 0,ellipsis:!0},l)),(c||!!r)&&Rn.default.createElement(lt,{className:tc.actionsGroup},a&&Rn.default.createElement(Wd,Object.assign({},a,{inlineText:!1})),i&&Rn.default.createElement(jd,Object.assign({},i)),!!r&&Rn.default.createElement(Hd,{onClose:r,closeButtonAriaLabel:o})))};var ih=k(C(),1),ah=function(e){var t=e.size,r=ot(e,["size"]);return ih.createElement("svg",Object.assign({viewBox:"0 0 20 20",fill:"currentColor",width:t||"20",height:t||"20"},r),ih.createElement("path",{d:"M4.5559 4.55593C5.99976 3.11206 7.95806 2.3009 10 2.3009C12.0419 2.3009 14.0002 3.11206 15.4441 4.55593C16.888 5.99979 17.6991 7.9581 17.6991 10C17.6991 12.042 16.888 14.0003 15.4441 15.4441C14.0002 16.888 12.0419 17.6992 10 17.6992C7.95806 17.6992 5.99976 16.888 4.5559 15.4441C3.11203 14.0003 2.30087 12.042 2.30087 10C2.30087 7.9581 3.11203 5.99979 4.5559 4.55593ZM10 3.8009C8.35589 3.8009 6.77912 4.45402 5.61656 5.61659C4.45399 6.77915 3.80087 8.35592 3.80087 10C3.80087 11.6441 4.45399 13.2209 5.61656 14.3835C6.77912 15.546 8.35589 16.1992 10 16.1992C11.6441 16.1992 13.2209 15.546 14.3834 14.3835C15.546 13.2209 16.1991 11.6441 16.1991 10C16.1991 8.35592 15.546 6.77915 14.3834 5.61659C13.2209 4.45402 11.6441 3.8009 10 3.8009ZM10 9.25006C10.4142 9.25006 10.75 9.58585 10.75 10.0001V13.4746C10.75 13.8888 10.4142 14.2246 10 14.2246C9.58579 14.2246 9.25 13.8888 9.25 13.4746V10.0001C9.25 9.58585 9.58579 9.25006 10 9.25006ZM9.54135 6.21669C9.7058 6.10681 9.89914 6.04816 10.0969 6.04816C10.3621 6.04816 10.6165 6.15351 10.804 6.34105C10.9916 6.52859 11.0969 6.78294 11.0969 7.04816C11.0969 7.24593 11.0383 7.43927 10.9284 7.60373C10.8185 7.76818 10.6623 7.89635 10.4796 7.97204C10.2969 8.04772 10.0958 8.06753 9.90183 8.02894C9.70786 7.99036 9.52967 7.89512 9.38982 7.75526C9.24996 7.61541 9.15472 7.43722 9.11614 7.24325C9.07755 7.04927 9.09736 6.8482 9.17304 6.66547C9.24873 6.48275 9.3769 6.32657 9.54135 6.21669Z",fill:"currentColor",fillRule:"evenodd",clipRule:"evenodd"}))};ah.displayName="Info";var lh=k(C(),1),va=function(e){var t=e.size,r=ot(e,["size"]);return lh.createElement("svg",Object.assign({viewBox:"0 0 20 20",fill:"currentColor",width:t||"20",height:t||"20"},r),lh.createElement("path",{d:"M8.53033 14.2478L8 13.7175L7.46967 14.2478C7.76256 14.5407 8.23744 14.5407 8.53033 14.2478ZM8 12.6569L4.53033 9.18718C4.23744 8.89429 3.76256 8.89429 3.46967 9.18718C3.17678 9.48008 3.17678 9.95495 3.46967 10.2478L7.46967 14.2478L8 13.7175L8.53033 14.2478L16.2478 6.53033C16.5407 6.23743 16.5407 5.76256 16.2478 5.46967C15.955 5.17677 15.4801 5.17677 15.1872 5.46967L8 12.6569Z",fill:"currentColor",fillRule:"evenodd",clipRule:"evenodd"}))};va.displayName="Check";var ch=k(C(),1),sh=function(e){var t=e.size,r=ot(e,["size"]);return ch.createElement("svg",Object.assign({viewBox:"0 0 20 20",fill:"currentColor",width:t||"20",height:t||"20"},r),ch.createElement("path",{d:"M10 2.10596C9.661 2.10596 9.32868 2.20028 9.04023 2.37836C8.75177 2.55645 8.51855 2.81128 8.36665 3.11435L8.36633 3.11498L2.44277 14.9621L2.44269 14.9623C2.30353 15.2407 2.23784 15.5502 2.25185 15.8612C2.26586 16.1721 2.3591 16.4744 2.52272 16.7392C2.68635 17.0041 2.91493 17.2227 3.18678 17.3744C3.45863 17.5261 3.76473 17.6058 4.07604 17.606H4.07644H15.9236H15.924C16.2353 17.6058 16.5414 17.5261 16.8132 17.3744C17.0851 17.2227 17.3137 17.0041 17.4773 16.7392C17.6409 16.4744 17.7341 16.1721 17.7481 15.8612C17.7622 15.5502 17.6965 15.2407 17.5573 14.9623L17.5572 14.9621L11.6337 3.11498L11.6333 3.11435C11.4815 2.81128 11.2482 2.55645 10.9598 2.37836C10.6713 2.20028 10.339 2.10596 10 2.10596ZM9.82821 3.65471C9.87984 3.62284 9.93932 3.60596 10 3.60596C10.0607 3.60596 10.1202 3.62284 10.1718 3.65471C10.2233 3.68654 10.265 3.73207 10.2922 3.78622L10.2923 3.78645L16.2155 15.6328L16.2156 15.6329C16.2404 15.6827 16.2522 15.7381 16.2497 15.7937C16.2472 15.8493 16.2305 15.9034 16.2012 15.9508C16.1719 15.9982 16.131 16.0374 16.0823 16.0645C16.0337 16.0917 15.9789 16.1059 15.9232 16.106H4.07684C4.02112 16.1059 3.96633 16.0917 3.91767 16.0645C3.86901 16.0374 3.8281 15.9982 3.79881 15.9508C3.76953 15.9034 3.75284 15.8493 3.75033 15.7937C3.74783 15.7381 3.75956 15.6827 3.78441 15.6329L3.78449 15.6328L9.70765 3.78645L9.70777 3.7862C9.73496 3.73206 9.77666 3.68654 9.82821 3.65471ZM10 6.95135C10.4142 6.95135 10.75 7.28714 10.75 7.70135V10.9324C10.75 11.3466 10.4142 11.6824 10 11.6824C9.58579 11.6824 9.25 11.3466 9.25 10.9324V7.70135C9.25 7.28714 9.58579 6.95135 10 6.95135ZM9.2303 13.3937C9.43444 13.1896 9.7113 13.0749 9.99999 13.0749C10.2887 13.0749 10.5655 13.1896 10.7697 13.3937C10.9738 13.5979 11.0885 13.8747 11.0885 14.1634C11.0885 14.4521 10.9738 14.729 10.7697 14.9331C10.5655 15.1372 10.2887 15.2519 9.99999 15.2519C9.7113 15.2519 9.43444 15.1372 9.2303 14.9331C9.02617 14.729 8.91149 14.4521 8.91149 14.1634C8.91149 13.8747 9.02617 13.5979 9.2303 13.3937ZM9.99999 14.1749C10.003 14.1749 10.006 14.1737 10.0081 14.1715C10.0103 14.1694 10.0115 14.1665 10.0115 14.1634C10.0115 14.1604 10.0103 14.1574 10.0081 14.1553C10.006 14.1531 10.003 14.1519 9.99999 14.1519C9.99695 14.1519 9.99402 14.1531 9.99187 14.1553C9.98971 14.1574 9.9885 14.1604 9.9885 14.1634C9.9885 14.1665 9.98971 14.1694 9.99187 14.1715C9.99402 14.1737 9.99695 14.1749 9.99999 14.1749Z",fill:"currentColor",fillRule:"evenodd",clipRule:"evenodd"}))};sh.displayName="Alert";var Gd=k(C(),1),dh=function(e){var t=e.size,r=ot(e,["size"]);return Gd.createElement("svg",Object.assign({viewBox:"0 0 20 20",fill:"currentColor",width:t||"20",height:t||"20"},r),Gd.createElement("path",{d:"M10 10.977c-.414 0-.75-.355-.75-.793V6.369c0-.438.336-.792.75-.792s.75.354.75.792v3.815c0 .438-.336.793-.75.793Zm0 3.1a1 1 0 1 0 0-2.002 1 1 0 0 0 0 2.002Z"}),Gd.createElement("path",{d:"M15.638 15.636A7.97 7.97 0 1 1 4.366 4.364a7.97 7.97 0 0 1 11.272 11.272Zm-5.636.835a6.471 6.471 0 1 0 0-12.942 6.471 6.471 0 0 0 0 12.942Z",fillRule:"evenodd",clipRule:"evenodd"}))};dh.displayName="Warning";var uh=k(C(),1),fh=function(e){var t=e.size,r=ot(e,["size"]);return uh.createElement("svg",Object.assign({viewBox:"0 0 20 20",fill:"currentColor",width:t||"20",height:t||"20"},r),uh.createElement("path",{d:"M11.234 3.016a1.379 1.379 0 0 0-2.47 0l-1.78 3.61-3.99.584h-.003a1.376 1.376 0 0 0-.754 2.348v.001l2.878 2.813-.68 3.97v.001a1.376 1.376 0 0 0 2.005 1.45L10 15.921l3.549 1.866a1.377 1.377 0 0 0 2.005-1.45v-.001l-.68-3.97 2.882-2.81v-.001a1.377 1.377 0 0 0-.753-2.348l-3.989-.58-1.78-3.61Zm-1.235.888L8.3 7.35a1.378 1.378 0 0 1-1.034.752l-3.803.557 2.747 2.685a1.376 1.376 0 0 1 .395 1.22l-.649 3.79 3.404-1.79a1.377 1.377 0 0 1 1.28 0l3.395 1.785-.65-3.79v-.002a1.374 1.374 0 0 1 .396-1.218l2.751-2.683-3.796-.554a1.382 1.382 0 0 1-1.037-.752L10 3.904Z",fillRule:"evenodd",clipRule:"evenodd"}))};fh.displayName="Favorite";var R_={primary:ah,positive:va,negative:sh,warning:dh,neutral:fh};var P_=function(e,t){return e===!1?null:e||R_[t||"primary"]};var $d={attention:"attention_55bd76ab80",animate:"animate_1ce0efb1b0",attentionBoxAnimation:"attentionBoxAnimation_465da16e1c",primary:"primary_a68a727ccb",positive:"positive_e44175eae8",negative:"negative_97b8f67168",warning:"warning_1b081a24f3",neutral:"neutral_5f21910e36"};(function(e){let t="s_id-4a6eadcbcb7d_4_5_2";if(typeof document<"u"){let r=document.head||document.getElementsByTagName("head")[0];if(r.querySelector("#"+t))return;let n=document.createElement("style");n.id=t,r.firstChild?r.insertBefore(n,r.firstChild):r.appendChild(n),n.appendChild(document.createTextNode(e))}else globalThis.injectedStyles&&(globalThis.injectedStyles[t]=e)})(`@keyframes attentionBoxAnimation_465da16e1c {
  0% {
    opacity: 0;
    transform: translateY(-10px);
  }
  50% {
    opacity: 1;
  }
  100% {
    opacity: 1;
    transform: translateY(0);
  }
}
.attention_55bd76ab80 {
  width: 100%;
  border-radius: var(--border-radius-medium);
  padding: var(--space-12) var(--space-16);
  position: relative;
  overflow: hidden;
}
.attention_55bd76ab80.animate_1ce0efb1b0 {
  animation: attentionBoxAnimation_465da16e1c 200ms var(--motion-timing-transition);
}
.attention_55bd76ab80.primary_a68a727ccb {
  background-color: var(--primary-selected-color);
}
.attention_55bd76ab80.positive_e44175eae8 {
  background-color: var(--positive-color-selected);
}
.attention_55bd76ab80.negative_97b8f67168 {
  background-color: var(--negative-color-selected);
}
.attention_55bd76ab80.warning_1b081a24f3 {
  background-color: var(--warning-color-selected);
}
.attention_55bd76ab80.neutral_5f21910e36 {
  background-color: var(--allgrey-background-color);
}`);var Vt=(0,ga.forwardRef)((function(e,t){var r=e.compact,n=r!==void 0&&r,o=e.title,i=e.animate,a=i===void 0||i,l=e.iconType,c=l===void 0?"svg":l,s=e.type,d=s===void 0?"primary":s,u=e.children,f=e.text,v=e.action,b=e.link,g=e.id,x=e.onClose,m=e.closeButtonAriaLabel,p=e.className,h=e["data-testid"],y=d==="negative"?"alert":"status",_=P_(e.icon,d),w=u||f,E=(0,L_.default)($d.attention,$d[d],P({},$d.animate,a),p),S={onClose:x,closeButtonAriaLabel:m,action:v,link:b,icon:_,iconType:c,content:w};return ga.default.createElement("div",{ref:t,className:E,role:y,id:g,"data-testid":h||Y(ee.ATTENTION_BOX,g),"data-vibe":qe.ATTENTION_BOX},n?ga.default.createElement(A_,Object.assign({},S)):ga.default.createElement(O_,Object.assign({title:o},S)))}));var W6=[{color:"--primary-color",description:"Use to emphasise main ui components"},{color:"--primary-on-secondary-color",description:"Use to emphasise main ui components on secondary background color"},{color:"--primary-hover-color",description:"Use only as a hover on primary color"},{color:"--primary-hover-on-secondary-color",description:"Use only as a hover on primary color on secondary background color"},{color:"--primary-selected-color",description:"Use to indicate selected state of primary items"},{color:"--primary-selected-hover-color",description:"Use to indicate hover state on a primary-selected-color items"},{color:"--primary-highlighted-color",description:"Use this to indicate highlighted components of primary items"},{color:"--primary-surface-color",description:"Use this as the surface of the main layout appearance"},{color:"--primary-selected-on-secondary-color",description:"Use to indicate selected state of primary items on secondary background color"},{color:"--primary-text-color",description:"Use for default text color"},{color:"--primary-text-on-secondary-color",description:"Use for default text color on secondary background color"},{color:"--secondary-text-color",description:"Use when you need text with lesser importance"},{color:"--secondary-text-on-secondary-color",description:"Use when you need text with lesser importance (on secondary background color)"},{color:"--primary-background-hover-color",description:"Use as hover color"},{color:"--primary-background-hover-on-secondary-color",description:"Use as hover color on secondary color"},{color:"--inverted-color-background",description:"Inverted background color (opposite of primary background color)"},{color:"--text-color-on-inverted",description:"Inverted text color (opposite of primary text color)"},{color:"--text-color-on-primary",description:"Use for text on primary color"},{color:"--fixed-light-color",description:"Use as color that should remain light in all themes"},{color:"--fixed-dark-color",description:"Use as color that should remain dark in all themes"},{color:"--positive-color",description:"Use to indicate a positive action/state (success, completion, approval...)"},{color:"--positive-color-hover",description:"Use only as hover color on positive color"},{color:"--positive-color-selected",description:"Use only as selected indication for a positive colors"},{color:"--positive-color-selected-hover",description:"Use to indicate hover state on a positive-color-selected items"},{color:"--negative-color",description:"Use to indicate a negative action/state (delete, error...)"},{color:"--negative-color-hover",description:"Use only as hover color on negative color"},{color:"--negative-color-selected",description:"Use as selected indication for negative colors"},{color:"--negative-color-selected-hover",description:"Use to indicate hover state on a negative-selected items"},{color:"--warning-color",description:"Use to indicate a warning action/state (severity, alert, caution...)"},{color:"--warning-color-hover",description:"Use only as hover color on warning color"},{color:"--warning-color-selected",description:"Use as selected indication for warning colors"},{color:"--warning-color-selected-hover",description:"Use to indicate hover state on a warning-selected items"},{color:"--ui-border-color",description:"Border color for ui elements and components (Button, Input...)"},{color:"--ui-border-on-secondary-color",description:"Border color for ui elements on secondary color"},{color:"--layout-border-color",description:"Border color for general layout and separators (Leftpane, Menu Divider...)"},{color:"--layout-border-on-secondary-color",description:"Border color for general layout on secondary background color"},{color:"--placeholder-color",description:"Use for placeholder text in inputs fields"},{color:"--placeholder-on-secondary-color",description:"Use for placeholder text in inputs fields on secondary background color"},{color:"--icon-color",description:"Default color for icons"},{color:"--icon-on-secondary-color",description:"Default color for icons on secondary background color"},{color:"--disabled-background-color",description:"Use as background for disabled elements (ui hovers or elements)"},{color:"--disabled-text-color",description:"Use as text in disabled components"},{color:"--disabled-background-on-secondary-color",description:"Use as background for disabled elements on secondary background"},{color:"--disabled-text-on-secondary-color",description:"Use as text in disabled components on secondary background color"},{color:"--link-color",description:"Use only for links"},{color:"--link-on-secondary-color",description:"Use only for links on secondary colors"},{color:"--primary-background-color",description:"Primary background color"},{color:"--secondary-background-color",description:"Secondary background color"},{color:"--grey-background-color",description:"Grey background color"},{color:"--allgrey-background-color",description:"Grey background color, stays grey in dark and black themes"},{color:"--ui-background-color",description:"Background color for UI elements and components"}];W6.reduce((function(e,t){var r=t.color.substring(2);return e.set(r,t.description),e}),new Map);var I_,ph,mh,hh,D_=["grass_green","done-green","bright-green","saladish","egg_yolk","working_orange","dark-orange","peach","sunset","stuck-red","dark-red","sofia_pink","lipstick","bubble","purple","dark_purple","berry","dark_indigo","indigo","navy","bright-blue","dark-blue","aquamarine","chili-blue","river","winter","explosive","american_gray","blackish","brown","orchid","tan","sky","coffee","royal","teal","lavender","steel","lilac","pecan"];(function(e){e.REGULAR="regular",e.HOVER="hover",e.SELECTED="selected"})(I_||(I_={})),(function(e){e.GRASS_GREEN="grass_green",e.DONE_GREEN="done-green",e.BRIGHT_GREEN="bright-green",e.SALADISH="saladish",e.EGG_YOLK="egg_yolk",e.WORKING_ORANGE="working_orange",e.DARK_ORANGE="dark-orange",e.PEACH="peach",e.SUNSET="sunset",e.STUCK_RED="stuck-red",e.DARK_RED="dark-red",e.SOFIA_PINK="sofia_pink",e.LIPSTICK="lipstick",e.BUBBLE="bubble",e.PURPLE="purple",e.DARK_PURPLE="dark_purple",e.BERRY="berry",e.DARK_INDIGO="dark_indigo",e.INDIGO="indigo",e.NAVY="navy",e.BRIGHT_BLUE="bright-blue",e.DARK_BLUE="dark-blue",e.AQUAMARINE="aquamarine",e.CHILI_BLUE="chili-blue",e.RIVER="river",e.WINTER="winter",e.EXPLOSIVE="explosive",e.AMERICAN_GRAY="american_gray",e.BLACKISH="blackish",e.BROWN="brown",e.ORCHID="orchid",e.TAN="tan",e.SKY="sky",e.COFFEE="coffee",e.ROYAL="royal",e.TEAL="teal",e.LAVENDER="lavender",e.STEEL="steel",e.LILAC="lilac",e.PECAN="pecan"})(ph||(ph={})),(function(e){e.POSITIVE="positive",e.NEGATIVE="negative",e.PRIMARY="primary",e.WARNING="warning",e.NEUTRAL="neutral"})(mh||(mh={})),(function(e){e.POSITIVE="positive",e.NEGATIVE="negative",e.PRIMARY="primary",e.NEUTRAL="neutral"})(hh||(hh={}));var H6=Object.assign(Object.assign(Object.assign({},ph),mh),hh);Object.values(H6).reduce((function(e,t){return e[t]=t,e}),{});var B_,M_,rc={SMALL:"small",MEDIUM:"medium",LARGE:"large"},GN=Object.assign({XXS:"xxs",XS:"xs"},rc);(function(e){e.SMALL="small",e.MEDIUM="medium",e.LARGE="large"})(B_||(B_={})),(function(e){e.XXS="xxs",e.XS="xs",e.SMALL="small",e.MEDIUM="medium",e.LARGE="large"})(M_||(M_={}));var F_={ENTER:"Enter",SPACE:" ",ESCAPE:"Escape",DOWN_ARROW:"ArrowDown",UP_ARROW:"ArrowUp",LEFT_ARROW:"ArrowLeft",RIGHT_ARROW:"ArrowRight",TAB:"Tab",HOME:"Home",END:"End",PAGE_UP:"PageUp",PAGE_DOWN:"PageDown"};var oc=k(G(),1);var Ue=k(C(),1);var vh=k(C(),1),gh=function(){return vh.default.createElement("svg",{width:"8",height:"5",viewBox:"0 0 8 5",fill:"none",xmlns:"http://www.w3.org/2000/svg"},vh.default.createElement("path",{d:"M0 0V2.76772C0 4.21783 1.77351 4.92116 2.76736 3.86519L5.45681 1.00765C6.06097 0.365738 6.90294 0.00127805 7.7843 3.35493e-06C5.30942 2.53165e-06 2.69058 1.4328e-06 0 0Z",fill:"#E44258"}))};gh.displayName="Leg";var on={clickableWrapper:"clickableWrapper_a618a93927","focus-visible":"focus-visible_5481c615ce",label:"label_df5becdf59",small:"small_c6c98c47b1",withLeg:"withLeg_78e0674148",legWrapper:"legWrapper_14ca7a7031",kindFill:"kindFill_6c3ec43c23",colorPrimary:"colorPrimary_a6f320bc63",clickable:"clickable_0acf94b392",colorDark:"colorDark_7ed952b09f",colorNegative:"colorNegative_ba4948b380",colorPositive:"colorPositive_84897b0138",kindLine:"kindLine_ac10962725",smallText:"smallText_4cc827f061"};(function(e){let t="s_id-05b0d3f05a05_4_5_2";if(typeof document<"u"){let r=document.head||document.getElementsByTagName("head")[0];if(r.querySelector("#"+t))return;let n=document.createElement("style");n.id=t,r.firstChild?r.insertBefore(n,r.firstChild):r.appendChild(n),n.appendChild(document.createTextNode(e))}else globalThis.injectedStyles&&(globalThis.injectedStyles[t]=e)})(`/* stylelint-disable */
/* stylelint-enable */
/* stylelint-disable */
/* stylelint-enable */
.clickableWrapper_a618a93927 {
  cursor: pointer;
}
.clickableWrapper_a618a93927:focus-visible, .clickableWrapper_a618a93927.focus-visible_5481c615ce {
  outline: none;
  z-index: 11;
  border-radius: 4px;
  box-shadow: 0 0 0 3px hsla(209, 100%, 50%, 0.5), 0 0 0 1px var(--primary-hover-color) inset;
}
.clickableWrapper_a618a93927:focus:not(.focus-visible_5481c615ce) {
  outline: none;
}
.clickableWrapper_a618a93927:active {
  transform: scale(0.95) translate3d(0, 0, 0);
  transition: var(--motion-productive-short) transform;
}
.label_df5becdf59 {
  -webkit-font-smoothing: var(--font-smoothing-webkit);
  -moz-osx-font-smoothing: var(--font-smoothing-moz);
  display: inline-flex;
  align-items: center;
  justify-content: center;
  border-radius: var(--border-radius-small);
  padding: 2px var(--space-8);
  position: relative;
}
.label_df5becdf59.small_c6c98c47b1 {
  padding: 0 var(--space-4);
  border-radius: 2px;
}
.withLeg_78e0674148 {
  border-start-start-radius: var(--border-radius-small);
  border-start-end-radius: var(--border-radius-small);
  border-end-end-radius: var(--border-radius-small);
  border-end-start-radius: 0;
}
.legWrapper_14ca7a7031 {
  position: absolute;
  height: 8px;
  top: 100%;
  inset-inline-start: 0;
  display: inline-flex;
}
.kindFill_6c3ec43c23.colorPrimary_a6f320bc63 {
  background-color: var(--primary-color);
}
.kindFill_6c3ec43c23.colorPrimary_a6f320bc63 svg path {
  fill: var(--primary-color);
}
.kindFill_6c3ec43c23.colorPrimary_a6f320bc63.clickable_0acf94b392:hover, .kindFill_6c3ec43c23.colorPrimary_a6f320bc63.clickable_0acf94b392:active {
  background-color: var(--primary-hover-color);
}
.kindFill_6c3ec43c23.colorDark_7ed952b09f {
  background-color: var(--inverted-color-background);
}
.kindFill_6c3ec43c23.colorDark_7ed952b09f svg path {
  fill: var(--inverted-color-background);
}
.kindFill_6c3ec43c23.colorNegative_ba4948b380 {
  background-color: var(--negative-color);
}
.kindFill_6c3ec43c23.colorNegative_ba4948b380 svg path {
  fill: var(--negative-color);
}
.kindFill_6c3ec43c23.colorNegative_ba4948b380.clickable_0acf94b392:hover, .kindFill_6c3ec43c23.colorNegative_ba4948b380.clickable_0acf94b392:active {
  background-color: var(--negative-color-hover);
}
.kindFill_6c3ec43c23.colorPositive_84897b0138 {
  background-color: var(--positive-color);
}
.kindFill_6c3ec43c23.colorPositive_84897b0138 svg path {
  fill: var(--positive-color);
}
.kindFill_6c3ec43c23.colorPositive_84897b0138.clickable_0acf94b392:hover, .kindFill_6c3ec43c23.colorPositive_84897b0138.clickable_0acf94b392:active {
  background-color: var(--positive-color-hover);
}
.kindLine_ac10962725 {
  border: 1px solid currentColor;
  padding: 1px var(--space-8);
}
.kindLine_ac10962725 .legWrapper_14ca7a7031 {
  inset-inline-start: -1px;
  top: calc(100% + 1px);
}
.kindLine_ac10962725.colorPrimary_a6f320bc63 {
  color: var(--primary-color);
}
.kindLine_ac10962725.colorPrimary_a6f320bc63 svg path {
  fill: var(--primary-color);
}
.kindLine_ac10962725.colorPrimary_a6f320bc63.clickable_0acf94b392:hover, .kindLine_ac10962725.colorPrimary_a6f320bc63.clickable_0acf94b392:active {
  background-color: var(--primary-background-hover-color);
}
.kindLine_ac10962725.colorDark_7ed952b09f {
  color: var(--inverted-color-background);
}
.kindLine_ac10962725.colorDark_7ed952b09f svg path {
  fill: var(--inverted-color-background);
}
.kindLine_ac10962725.colorDark_7ed952b09f.clickable_0acf94b392:hover, .kindLine_ac10962725.colorDark_7ed952b09f.clickable_0acf94b392:active {
  background-color: var(--primary-background-hover-color);
}
.kindLine_ac10962725.colorNegative_ba4948b380 {
  color: var(--negative-color);
}
.kindLine_ac10962725.colorNegative_ba4948b380 svg path {
  fill: var(--negative-color);
}
.kindLine_ac10962725.colorNegative_ba4948b380.clickable_0acf94b392:hover, .kindLine_ac10962725.colorNegative_ba4948b380.clickable_0acf94b392:active {
  background-color: var(--negative-color-selected);
}
.kindLine_ac10962725.colorPositive_84897b0138 {
  color: var(--positive-color);
}
.kindLine_ac10962725.colorPositive_84897b0138 svg path {
  fill: var(--positive-color);
}
.kindLine_ac10962725.colorPositive_84897b0138.clickable_0acf94b392:hover, .kindLine_ac10962725.colorPositive_84897b0138.clickable_0acf94b392:active {
  background-color: var(--positive-color-selected);
}
.kindLine_ac10962725 .smallText_4cc827f061 {
  line-height: 14px;
}`);var Je=k(C(),1),nc=k(G(),1);var Mr={celebration:"celebration_ef3f2e0966",svg:"svg_07a56f23d8",stroke:"stroke_e53f986446","stroke-rotate":"stroke-rotate_731d75e37a",base:"base_09c4731103",fade:"fade_8c6fc12b82",first:"first_a3a8c8ab28",second:"second_f3a20e81e3",third:"third_cc6e64e865","gradient-text-fill":"gradient-text-fill_7259b1d349"};(function(e){let t="s_id-f81803454b25_4_5_2";if(typeof document<"u"){let r=document.head||document.getElementsByTagName("head")[0];if(r.querySelector("#"+t))return;let n=document.createElement("style");n.id=t,r.firstChild?r.insertBefore(n,r.firstChild):r.appendChild(n),n.appendChild(document.createTextNode(e))}else globalThis.injectedStyles&&(globalThis.injectedStyles[t]=e)})(`.celebration_ef3f2e0966 {
  --container-perimeter: 840;
  position: relative;
}
.celebration_ef3f2e0966 .svg_07a56f23d8 {
  position: absolute;
  top: 0;
  inset-inline-start: 0;
  height: 100%;
  width: 100%;
}
.celebration_ef3f2e0966 .svg_07a56f23d8 .stroke_e53f986446 {
  fill: none;
  stroke-width: 1;
  stroke-linecap: round;
  stroke-linejoin: round;
  animation: stroke-rotate_731d75e37a cubic-bezier(0.33, 0, 0.67, 1) forwards;
  stroke-dasharray: var(--container-perimeter);
  stroke-dashoffset: var(--container-perimeter);
}
.celebration_ef3f2e0966 .svg_07a56f23d8 .stroke_e53f986446.base_09c4731103 {
  stroke: var(--color-egg_yolk);
  animation: fade_8c6fc12b82 200ms linear forwards;
  animation-delay: 80ms;
  stroke-dasharray: 0;
  stroke-dashoffset: 0;
  opacity: 0;
}
.celebration_ef3f2e0966 .svg_07a56f23d8 .stroke_e53f986446.first_a3a8c8ab28 {
  stroke: var(--color-done-green);
  animation-delay: 80ms;
  animation-duration: 320ms;
}
.celebration_ef3f2e0966 .svg_07a56f23d8 .stroke_e53f986446.second_f3a20e81e3 {
  stroke: var(--color-stuck-red);
  animation-delay: 200ms;
  animation-duration: 320ms;
}
.celebration_ef3f2e0966 .svg_07a56f23d8 .stroke_e53f986446.third_cc6e64e865 {
  stroke: var(--primary-color);
  animation-delay: 360ms;
  animation-duration: 320ms;
}
.celebration_ef3f2e0966.celebration_ef3f2e0966 [data-celebration-text] {
  background-size: 300% 100%;
  background-repeat: no-repeat;
  background-clip: text;
  -webkit-background-clip: text;
  color: transparent;
  animation: gradient-text-fill_7259b1d349 680ms linear forwards;
  background-image: linear-gradient(to right, var(--primary-color) 30%, var(--color-stuck-red) 40%, var(--color-done-green) 60%, var(--color-egg_yolk) 85%, transparent 90%);
}
@keyframes fade_8c6fc12b82 {
  from {
    opacity: 0;
  }
  to {
    opacity: 1;
  }
}
@keyframes stroke-rotate_731d75e37a {
  to {
    stroke-dashoffset: 0;
  }
}
@keyframes gradient-text-fill_7259b1d349 {
  from {
    background-position: 150% 0;
  }
  to {
    background-position: 0% 0;
  }
}`);var z_=4,V6=1;function j_(e){var t=e.children,r=e.onAnimationEnd,n=(0,Je.useRef)(),o=(0,Je.useRef)(),i=(0,Je.useState)(),a=q(i,2),l=a[0],c=a[1],s=(0,Je.useCallback)((function(u){var f=u.borderBoxSize||{},v=f.blockSize,b=f.inlineSize;if(n.current){var g=(function(m){var p=m.width,h=m.height,y=m.borderRadius,_=y===void 0?z_:y,w=m.strokeWidth,E=w===void 0?V6:w,S=E/2;return"M ".concat(p-E/2,", ").concat(_," V ").concat(h-_," A ").concat(_," ").concat(_," 0 0 1 ").concat(p-_," ").concat(h-E/2," H ").concat(_+S," A ").concat(_," ").concat(_," 0 0 1 ").concat(E/2," ").concat(h-_," V ").concat(_+S," A ").concat(_," ").concat(_," 0 0 1 ").concat(_," ").concat(E/2," L ").concat(p-_,", ").concat(E/2," A ").concat(_," ").concat(_," 0 0 1 ").concat(p-E/2," ").concat(_," Z")})({width:b,height:v});c(g);var x=(function(m){var p=m.width,h=m.height,y=m.borderRadius,_=y===void 0?z_:y,w=p-2*_,E=h-2*_;return 2*Math.PI*_+2*w+2*E})({width:b,height:v});n.current.style.setProperty("--container-perimeter",x+"")}}),[]);Uc({ref:n,callback:s,debounceTime:0});var d=(0,Je.forwardRef)((function(u,f){return(0,Je.cloneElement)(t,{ref:f})}));return Je.default.createElement("div",{className:Mr.celebration,ref:n},Je.default.createElement("svg",{className:Mr.svg},Je.default.createElement("path",{className:(0,nc.default)(Mr.stroke,Mr.base),d:l}),Je.default.createElement("path",{className:(0,nc.default)(Mr.stroke,Mr.first),d:l}),Je.default.createElement("path",{className:(0,nc.default)(Mr.stroke,Mr.second),d:l}),Je.default.createElement("path",{className:(0,nc.default)(Mr.stroke,Mr.third),d:l,onAnimationEnd:r})),Je.default.createElement(d,{ref:o}))}var bh={small:"text3",medium:"text2"};var yh=(0,Ue.forwardRef)((function(e,t){var r=e.className,n=e.labelClassName,o=e.kind,i=o===void 0?"fill":o,a=e.color,l=a===void 0?"primary":a,c=e.text,s=c===void 0?"":c,d=e.isLegIncluded,u=d!==void 0&&d,f=e.id,v=e["data-testid"],b=e.onClick,g=e.celebrationAnimation,x=e.size,m=x===void 0?"medium":x,p=(0,Ue.useRef)(null),h=Ee(t,p),y=(0,Ue.useState)(g),_=q(y,2),w=_[0],E=_[1],S=!!b,I=(0,Ue.useMemo)((function(){return(0,oc.default)(on.label,re(on,ue("kind-"+i)),re(on,ue("color-"+l)),P(P(P({},on.withLeg,u),on.clickable,S),on.small,m==="small"),n)}),[i,l,u,n,S,m]),T=(0,Ue.useMemo)((function(){if(D_.includes(l))return i==="line"?{color:"var(--color-".concat(l,")")}:{backgroundColor:"var(--color-".concat(l,")")}}),[l,i]),N=(0,Ue.useCallback)((function(B){b&&(B.preventDefault(),b(B))}),[b]),R=Gc({onClick:N,id:f,"aria-hidden":!1,"aria-haspopup":!1,"aria-expanded":!1},p);(0,Ue.useEffect)((function(){E(g)}),[g]);var D=(0,Ue.useMemo)((function(){return Ue.default.createElement("span",Object.assign({},S&&R,{className:(0,oc.default)(P({},on.clickableWrapper,S),r),"data-testid":v||Y(Wn.LABEL,f),"data-vibe":qe.LABEL,ref:h}),Ue.default.createElement(_e,{style:T,element:"span",type:bh[m],className:I,color:l==="dark"?"onInverted":"onPrimary","data-celebration-text":w},Ue.default.createElement(_e,{element:"span",type:bh[m],color:"inherit",className:(0,oc.default)(P({},on.smallText,m==="small"))},s),Ue.default.createElement("span",{className:(0,oc.default)(on.legWrapper)},u?Ue.default.createElement(gh,null):null)))}),[S,R,r,v,f,h,I,w,s,u,m,T,l]);return w&&i==="line"?Ue.default.createElement(j_,{onAnimationEnd:function(){return E(!1)}},D):D}));var U_=k(G(),1),W_=k(C(),1);var Kd={divider:"divider_4063976f8b",withoutMargin:"withoutMargin_13188509f3",horizontal:"horizontal_e3342ebaef",vertical:"vertical_68f4e7a32f"};(function(e){let t="s_id-8d5ec08ca0ea_4_5_2";if(typeof document<"u"){let r=document.head||document.getElementsByTagName("head")[0];if(r.querySelector("#"+t))return;let n=document.createElement("style");n.id=t,r.firstChild?r.insertBefore(n,r.firstChild):r.appendChild(n),n.appendChild(document.createTextNode(e))}else globalThis.injectedStyles&&(globalThis.injectedStyles[t]=e)})(`.divider_4063976f8b {
  background-color: var(--layout-border-color);
}

.divider_4063976f8b.withoutMargin_13188509f3 {
  margin: 0;
}

.horizontal_e3342ebaef {
  height: 1px;
  width: 100%;
  margin: var(--space-8) 0;
}

.vertical_68f4e7a32f {
  height: 100%;
  width: 1px;
  margin: 0 var(--space-4);
}`);var H_=function(e){var t=e.className,r=t===void 0?void 0:t,n=e.withoutMargin,o=n!==void 0&&n,i=e.direction,a=i===void 0?"horizontal":i,l=e.id;return W_.default.createElement("div",{id:l,"data-testid":e["data-testid"]||Y(Wn.DIVIDER,l),"data-vibe":qe.DIVIDER,className:(0,U_.default)(Kd.divider,r,re(Kd,a),P({},Kd.withoutMargin,o))})};var Re=k(C(),1),ti=k(G(),1);var Xd=k(C(),1);function V_(){return!!/Firefox\/([0-9.]+)(?:\s|$)/.exec(window.navigator.userAgent)}function G_(e){var t=e.inputRef,r=(0,Xd.useRef)(!1);return{onClickCapture:(0,Xd.useCallback)((function(n){var o;if(!r.current&&n.shiftKey&&V_()&&(!((o=t?.current)===null||o===void 0)&&o.dispatchEvent)){n.preventDefault();var i=new MouseEvent("click",{shiftKey:!0,bubbles:!0,cancelable:!0});r.current=!0,t.current.dispatchEvent(i)}else r.current&&(r.current=!1)}),[r,t])}}var Fr={wrapper:"wrapper_c8fdcedab5",checkbox:"checkbox_1951e46808",icon:"icon_7681dbb970",label:"label_ce19192813",input:"input_b0cd8023a4",checkboxGrowAnimation:"checkboxGrowAnimation_2dd1a65a09"};(function(e){let t="s_id-61898ce5ef6e_4_5_2";if(typeof document<"u"){let r=document.head||document.getElementsByTagName("head")[0];if(r.querySelector("#"+t))return;let n=document.createElement("style");n.id=t,r.firstChild?r.insertBefore(n,r.firstChild):r.appendChild(n),n.appendChild(document.createTextNode(e))}else globalThis.injectedStyles&&(globalThis.injectedStyles[t]=e)})(`@charset "UTF-8";
/* stylelint-disable */
/* stylelint-enable */
/* stylelint-disable */
/* stylelint-enable */
/* stylelint-disable selector-class-pattern */
.wrapper_c8fdcedab5 {
  position: relative;
  display: flex;
  align-items: center;
  width: fit-content;
  height: min-content;
  outline: none; /* focus ring is rendered on .checkbox child, not the wrapper */
}
.checkbox_1951e46808 {
  cursor: pointer;
  visibility: visible;
  display: flex;
  justify-content: center;
  flex-direction: column;
  height: 16px;
  width: 16px;
  border: 1px solid;
  border-color: var(--ui-border-color);
  border-radius: 2px;
  transition: transform var(--motion-productive-short) var(--motion-timing-enter);
  position: relative;
  overflow: hidden;
  background-color: var(--secondary-background-color);
}
.checkbox_1951e46808:after {
  content: " ";
  background-color: transparent;
  position: absolute;
  height: 16px;
  z-index: 2;
  inset-inline: 0;
  width: 100%;
}
.checkbox_1951e46808:hover {
  border-color: var(--secondary-text-color);
}
.icon_7681dbb970 {
  width: 100%;
  color: var(--text-color-on-primary);
  visibility: hidden;
}
.label_ce19192813 {
  -webkit-font-smoothing: var(--font-smoothing-webkit);
  -moz-osx-font-smoothing: var(--font-smoothing-moz);
  cursor: pointer;
  user-select: none;
  margin-inline-start: var(--space-8);
}
/* Since it is not possible to change the design of the checkbox according to the requirements using css, */
/* we hide the checkbox and draw a new one instead. */
/* In order to allow accessibility, all operations will be performed on the hidden checkbox and be reflected */
.input_b0cd8023a4 {
  opacity: 0;
  width: 0;
  height: 0;
  position: absolute;
}
/* For any active attribute in the hidden checkbox, we will change the appearance of the checkbox we drew in its place. */
.input_b0cd8023a4:focus + .checkbox_1951e46808 {
  border-color: var(--secondary-text-color);
}
.input_b0cd8023a4:focus:checked + .checkbox_1951e46808 {
  background-color: var(--primary-hover-color);
  border-color: transparent;
}
.input_b0cd8023a4:focus-visible + .checkbox_1951e46808 {
  outline: none;
  z-index: 11;
  border-radius: 2px;
  box-shadow: 0 0 0 3px hsla(209, 100%, 50%, 0.5), 0 0 0 1px var(--primary-hover-color) inset;
}
.input_b0cd8023a4:checked:focus + .checkbox_1951e46808:after,
.input_b0cd8023a4:indeterminate:focus + .checkbox_1951e46808:after {
  background-color: var(--primary-hover-color);
}
/* Tab navigation — non-separate mode: the wrapper <label> is the Tab target */
.wrapper_c8fdcedab5:focus-visible > .checkbox_1951e46808 {
  outline: none;
  z-index: 11;
  border-radius: 2px;
  box-shadow: 0 0 0 3px hsla(209, 100%, 50%, 0.5), 0 0 0 1px var(--primary-hover-color) inset;
}
.wrapper_c8fdcedab5:focus-visible > .input_b0cd8023a4:checked ~ .checkbox_1951e46808,
.wrapper_c8fdcedab5:focus-visible > .input_b0cd8023a4:indeterminate ~ .checkbox_1951e46808 {
  background-color: var(--primary-hover-color);
  border-color: transparent;
}
/* Tab navigation — separate mode: the .checkbox <label> is the Tab target */
.checkbox_1951e46808:focus-visible {
  outline: none;
  z-index: 11;
  border-radius: 2px;
  box-shadow: 0 0 0 3px hsla(209, 100%, 50%, 0.5), 0 0 0 1px var(--primary-hover-color) inset;
}
.input_b0cd8023a4:checked + .checkbox_1951e46808:focus-visible,
.input_b0cd8023a4:indeterminate + .checkbox_1951e46808:focus-visible {
  background-color: var(--primary-hover-color);
  border-color: transparent;
}
.input_b0cd8023a4:checked + .checkbox_1951e46808,
.input_b0cd8023a4:indeterminate + .checkbox_1951e46808 {
  animation: checkboxGrowAnimation_2dd1a65a09 var(--motion-productive-short);
  background-color: var(--primary-color);
  border-color: transparent;
}
.input_b0cd8023a4:checked + .checkbox_1951e46808:hover,
.input_b0cd8023a4:indeterminate + .checkbox_1951e46808:hover {
  background-color: var(--primary-hover-color);
  border-color: transparent;
}
.input_b0cd8023a4:checked + .checkbox_1951e46808:hover:after,
.input_b0cd8023a4:indeterminate + .checkbox_1951e46808:hover:after {
  background-color: var(--primary-hover-color);
}
.input_b0cd8023a4:checked + .checkbox_1951e46808:after,
.input_b0cd8023a4:indeterminate + .checkbox_1951e46808:after {
  content: " ";
  background-color: var(--primary-color);
  height: 16px;
  transform: scaleX(0);
  transition: transform var(--motion-productive-long);
  transform-origin: right;
  inset-inline-start: 0;
}
.input_b0cd8023a4:checked + .checkbox_1951e46808 > .icon_7681dbb970,
.input_b0cd8023a4:indeterminate + .checkbox_1951e46808 > .icon_7681dbb970 {
  visibility: visible;
}
.input_b0cd8023a4:checked:disabled + .checkbox_1951e46808:after,
.input_b0cd8023a4:indeterminate:disabled + .checkbox_1951e46808:after {
  background-color: var(--disabled-background-color);
}
.input_b0cd8023a4:disabled + .checkbox_1951e46808 .icon_7681dbb970,
.input_b0cd8023a4:disabled + .checkbox_1951e46808:hover .icon_7681dbb970 {
  color: var(--disabled-text-color);
}
.input_b0cd8023a4:disabled + .checkbox_1951e46808,
.input_b0cd8023a4:disabled + .checkbox_1951e46808:hover {
  cursor: not-allowed;
  background-color: var(--disabled-background-color);
  border-color: var(--ui-border-color);
}
.input_b0cd8023a4:disabled ~ .label_ce19192813 {
  cursor: not-allowed;
  color: var(--disabled-text-color);
}
@keyframes checkboxGrowAnimation_2dd1a65a09 {
  0% {
    transform: scale(0.8);
  }
  100% {
    transform: scale(1);
  }
}`);var _h=k(C(),1),qd=function(e){var t=e.size,r=ot(e,["size"]);return _h.createElement("svg",Object.assign({viewBox:"0 0 20 20",fill:"currentColor",width:t||"20",height:t||"20"},r),_h.createElement("path",{d:"M2.25 10C2.25 9.58579 2.58579 9.25 3 9.25H17C17.4142 9.25 17.75 9.58579 17.75 10C17.75 10.4142 17.4142 10.75 17 10.75H3C2.58579 10.75 2.25 10.4142 2.25 10Z",fill:"currentColor",fillRule:"evenodd",clipRule:"evenodd"}))};qd.displayName="Remove";var Yd=(0,Re.forwardRef)((function(e,t){var r=e.className,n=e.checkboxClassName,o=e.labelClassName,i=e["aria-label"],a=e.label,l=e["aria-labelledby"],c=e.onChange,s=c===void 0?Bt:c,d=e.checked,u=e.autoFocus,f=e.indeterminate,v=f!==void 0&&f,b=e.disabled,g=b!==void 0&&b,x=e.defaultChecked,m=e.tabIndex,p=e.value,h=p===void 0?"":p,y=e.name,_=y===void 0?"":y,w=e.id,E=e.separateLabel,S=E!==void 0&&E,I=e["data-testid"],T=(0,Re.useRef)(null),N=Ee(t,T),R=(0,Re.useCallback)((function(L){var j=L.currentTarget;window.requestAnimationFrame((function(){window.requestAnimationFrame((function(){j.blur()}))}))}),[]),D=x;zc(D)&&zc(d)&&(D=!1),(0,Re.useEffect)((function(){T.current&&(T.current.indeterminate=v)}),[T,v]);var B=G_({inputRef:T}).onClickCapture,H=(0,Re.useMemo)((function(){return i||(typeof a=="string"?a:"")}),[i,a]),z=(0,Re.useCallback)((function(L){var j;L.key===" "&&(L.preventDefault(),(j=T.current)===null||j===void 0||j.click())}),[T]),U=g?void 0:m??0;return S?Re.default.createElement("div",{className:(0,ti.default)(Fr.wrapper,r),"data-testid":I||Y(ee.CHECKBOX,w),"data-vibe":qe.CHECKBOX},Re.default.createElement("input",{ref:N,id:w,className:Fr.input,value:h,name:_,type:"checkbox",autoFocus:u,onChange:s,defaultChecked:D,disabled:g,"aria-label":H,"aria-labelledby":l,checked:d,tabIndex:-1}),Re.default.createElement("label",{htmlFor:w,className:(0,ti.default)(Fr.checkbox,n),"data-testid":Y(ee.CHECKBOX_CHECKBOX,w),tabIndex:U,onMouseUp:R,onKeyDown:z,onClickCapture:B},Re.default.createElement(De,{className:Fr.icon,type:"svg",icon:v?qd:va,ignoreFocusStyle:!0,"aria-hidden":!0,size:"16"})),a===!1?null:Re.default.createElement("label",{htmlFor:w,className:(0,ti.default)(Fr.label,o),"data-testid":Y(ee.CHECKBOX_LABEL,w),onMouseUp:R,onClickCapture:B},Re.default.createElement(_e,{element:"span",type:"text2"},a))):Re.default.createElement("label",{className:(0,ti.default)(Fr.wrapper,r),tabIndex:U,onMouseUp:R,onKeyDown:z,"data-testid":I||Y(ee.CHECKBOX,w),htmlFor:w,onClickCapture:B,"data-vibe":qe.CHECKBOX},Re.default.createElement("input",{ref:N,id:w,className:Fr.input,value:h,name:_,type:"checkbox",autoFocus:u,onChange:s,defaultChecked:D,disabled:g,"aria-label":H,"aria-labelledby":l,checked:d,tabIndex:-1}),Re.default.createElement("div",{className:(0,ti.default)(Fr.checkbox,n),"data-testid":Y(ee.CHECKBOX_CHECKBOX,w)},Re.default.createElement(De,{className:Fr.icon,type:"svg",icon:v?qd:va,ignoreFocusStyle:!0,"aria-hidden":!0,size:"16"})),a===!1?null:Re.default.createElement(_e,{element:"span",type:"text2",className:(0,ti.default)(Fr.label,o),"data-testid":Y(ee.CHECKBOX_LABEL,w)},a))}));var zr=k(C(),1);function $_(e){var t=e.delay,r=t===void 0?0:t,n=e.onChange,o=e.initialStateValue,i=o===void 0?"":o,a=e.trim,l=(0,zr.useState)(i),c=q(l,2),s=c[0],d=c[1],u=(0,zr.useRef)(null);(0,zr.useEffect)((function(){u.current=i}));var f=(0,zr.useMemo)((function(){return r?n?Ga(n,r):Bt:n}),[n,r]),v=(0,zr.useCallback)((function(g){var x=g.target.value,m=a?x.trim():x;d(m),f(m)}),[f,d,a]),b=(0,zr.useCallback)((function(){d(""),n&&n("")}),[d,n]);return i!==u.current&&i!==s&&d(i),{inputValue:s,onEventChanged:v,clearValue:b,updateValue:d}}function ri(e){"@babel/helpers - typeof";return ri=typeof Symbol=="function"&&typeof Symbol.iterator=="symbol"?function(t){return typeof t}:function(t){return t&&typeof Symbol=="function"&&t.constructor===Symbol&&t!==Symbol.prototype?"symbol":typeof t},ri(e)}function Y_(e,t){if(ri(e)!="object"||!e)return e;var r;if(typeof Symbol<"u"&&(r=e[Symbol.toPrimitive])!==void 0){var n=r.call(e,t||"default");if(ri(n)!="object")return n;throw new TypeError("@@toPrimitive must return a primitive value.")}return(t==="string"?String:Number)(e)}function Q_(e){var t=Y_(e,"string");return ri(t)=="symbol"?t:t+""}function Z_(e,t,r){return(t=Q_(t))in e?Object.defineProperty(e,t,{value:r,enumerable:!0,configurable:!0,writable:!0}):e[t]=r,e}var Zd=k(G(),1),ni=k(C(),1);var ic={labelComponentWrapper:"labelComponentWrapper_f5babe0f81",labelComponentIcon:"labelComponentIcon_62bd0d375c",labelComponentText:"labelComponentText_7b93440fd8",required:"required_d980344e82"};(function(e){let t="s_id-c78e4bf29ce0_4_5_2";if(typeof document<"u"){let r=document.head||document.getElementsByTagName("head")[0];if(r.querySelector("#"+t))return;let n=document.createElement("style");n.id=t,r.firstChild?r.insertBefore(n,r.firstChild):r.appendChild(n),n.appendChild(document.createTextNode(e))}else globalThis.injectedStyles&&(globalThis.injectedStyles[t]=e)})(`/* stylelint-disable */
/* stylelint-enable */
.labelComponentWrapper_f5babe0f81 {
  font: var(--font-text2-normal);
  display: flex;
  padding-bottom: var(--space-4);
  align-items: center;
}
.labelComponentIcon_62bd0d375c {
  margin: 0 var(--space-8) 0 var(--space-4);
  line-height: 24px;
  color: var(--secondary-text-color);
}
.labelComponentText_7b93440fd8 {
  color: var(--primary-text-color);
  padding-block: 2px;
}
.required_d980344e82 {
  color: var(--negative-color);
}`);var J_=(0,ni.forwardRef)((function(e,t){var r=e.icon,n=r===void 0?"":r,o=e.labelText,i=o===void 0?"":o,a=e.labelFor,l=a===void 0?"":a,c=e.iconClassName,s=c===void 0?"":c,d=e.labelClassName,u=d===void 0?"":d,f=e.required,v=f!==void 0&&f,b=e.id,g=b===void 0?"":b,x=e.htmlFor,m=x===void 0?"":x;return i?ni.default.createElement("section",{className:(0,Zd.default)(ic.labelComponentWrapper,e.className)},ni.default.createElement(De,{icon:n,className:(0,Zd.default)(ic.labelComponentIcon,s),id:l,type:"font"}),ni.default.createElement("label",{id:g,htmlFor:l||m,ref:t,className:(0,Zd.default)(ic.labelComponentText,u)},i,v&&ni.default.createElement("span",{className:ic.required}," *"))):null}));var ac=k(C(),1),ex=k(G(),1);var xh={h1Bold:"h1Bold_feae88fcd3",h1Medium:"h1Medium_369e185176",h1Normal:"h1Normal_3b0b0bba3f",h1Light:"h1Light_8c3bb79df5",h2Bold:"h2Bold_f7005421bf",h2Medium:"h2Medium_1398cd5c4a",h2Normal:"h2Normal_466d8a9a1e",h2Light:"h2Light_f95e4bf9e0",h3Bold:"h3Bold_751c07a23b",h3Medium:"h3Medium_34a67b953e",h3Normal:"h3Normal_be82f055b4",h3Light:"h3Light_fa78c19547",heading:"heading_29d3c93b12"};(function(e){var t="s_id-3b689d96f497_4_0_5";if(typeof document<"u"){var r=document.head||document.getElementsByTagName("head")[0];if(r.querySelector("#"+t))return;var n=document.createElement("style");n.id=t,r.firstChild?r.insertBefore(n,r.firstChild):r.appendChild(n),n.appendChild(document.createTextNode(e))}else globalThis.injectedStyles&&(globalThis.injectedStyles[t]=e)})(`/* stylelint-disable */
/* stylelint-enable */
/* stylelint-disable */
/* stylelint-enable */
.h1Bold_feae88fcd3 {
  font: var(--font-h1-bold);
  letter-spacing: var(--letter-spacing-h1-bold);
  -webkit-font-smoothing: var(--font-smoothing-webkit);
  -moz-osx-font-smoothing: var(--font-smoothing-moz);
}
.h1Medium_369e185176 {
  font: var(--font-h1-medium);
  letter-spacing: var(--letter-spacing-h1-medium);
  -webkit-font-smoothing: var(--font-smoothing-webkit);
  -moz-osx-font-smoothing: var(--font-smoothing-moz);
}
.h1Normal_3b0b0bba3f {
  font: var(--font-h1-normal);
  letter-spacing: var(--letter-spacing-h1-normal);
  -webkit-font-smoothing: var(--font-smoothing-webkit);
  -moz-osx-font-smoothing: var(--font-smoothing-moz);
}
.h1Light_8c3bb79df5 {
  font: var(--font-h1-light);
  letter-spacing: var(--letter-spacing-h1-light);
  -webkit-font-smoothing: var(--font-smoothing-webkit);
  -moz-osx-font-smoothing: var(--font-smoothing-moz);
}
.h2Bold_f7005421bf {
  font: var(--font-h2-bold);
  letter-spacing: var(--letter-spacing-h2-bold);
  -webkit-font-smoothing: var(--font-smoothing-webkit);
  -moz-osx-font-smoothing: var(--font-smoothing-moz);
}
.h2Medium_1398cd5c4a {
  font: var(--font-h2-medium);
  letter-spacing: var(--letter-spacing-h2-medium);
  -webkit-font-smoothing: var(--font-smoothing-webkit);
  -moz-osx-font-smoothing: var(--font-smoothing-moz);
}
.h2Normal_466d8a9a1e {
  font: var(--font-h2-normal);
  letter-spacing: var(--letter-spacing-h2-normal);
  -webkit-font-smoothing: var(--font-smoothing-webkit);
  -moz-osx-font-smoothing: var(--font-smoothing-moz);
}
.h2Light_f95e4bf9e0 {
  font: var(--font-h2-light);
  letter-spacing: var(--letter-spacing-h2-light);
  -webkit-font-smoothing: var(--font-smoothing-webkit);
  -moz-osx-font-smoothing: var(--font-smoothing-moz);
}
.h3Bold_751c07a23b {
  font: var(--font-h3-bold);
  letter-spacing: var(--letter-spacing-h3-bold);
  -webkit-font-smoothing: var(--font-smoothing-webkit);
  -moz-osx-font-smoothing: var(--font-smoothing-moz);
}
.h3Medium_34a67b953e {
  font: var(--font-h3-medium);
  letter-spacing: var(--letter-spacing-h3-medium);
  -webkit-font-smoothing: var(--font-smoothing-webkit);
  -moz-osx-font-smoothing: var(--font-smoothing-moz);
}
.h3Normal_be82f055b4 {
  font: var(--font-h3-normal);
  letter-spacing: var(--letter-spacing-h3-normal);
  -webkit-font-smoothing: var(--font-smoothing-webkit);
  -moz-osx-font-smoothing: var(--font-smoothing-moz);
}
.h3Light_fa78c19547 {
  font: var(--font-h3-light);
  letter-spacing: var(--letter-spacing-h3-light);
  -webkit-font-smoothing: var(--font-smoothing-webkit);
  -moz-osx-font-smoothing: var(--font-smoothing-moz);
}
.heading_29d3c93b12 {
  margin: 0;
}`);var jr=(0,ac.forwardRef)((function(e,t){var r=e.className,n=e.type,o=n===void 0?"h1":n,i=e.weight,a=i===void 0?"normal":i,l=ki(e,["className","type","weight"]);return ac.default.createElement(Hc.Provider,{value:{overflowTolerance:4}},ac.default.createElement(Dd,Object.assign({element:o,ref:t,className:(0,ex.default)(xh.heading,re(xh,ue(o+"-"+a)),r)},l)))}));var rx=k(G(),1),ba=k(C(),1);var tx={hiddenTextWrapper:"hiddenTextWrapper_590b85fc51"};(function(e){let t="s_id-5ac012179a41_4_5_2";if(typeof document<"u"){let r=document.head||document.getElementsByTagName("head")[0];if(r.querySelector("#"+t))return;let n=document.createElement("style");n.id=t,r.firstChild?r.insertBefore(n,r.firstChild):r.appendChild(n),n.appendChild(document.createTextNode(e))}else globalThis.injectedStyles&&(globalThis.injectedStyles[t]=e)})(`/* stylelint-disable */
/* stylelint-enable */
.hiddenTextWrapper_590b85fc51 {
  /* clip pattern taken from https://www.a11yproject.com/posts/2013-01-11-how-to-hide-content/. */
  clip: rect(0, 0, 0, 0);
  clip-path: inset(50%);
  height: 1px;
  overflow: hidden;
  position: absolute;
  white-space: nowrap;
  width: 1px;
}`);var Jd=(0,ba.forwardRef)((function(e,t){var r=e.text,n=e.className,o=n===void 0?"":n,i=e.id,a=i===void 0?"hiddenText":i,l=e["data-testid"],c=(0,ba.useRef)(null),s=Ee(t,c);return ba.default.createElement("span",{ref:s,id:a,"data-testid":l||Y(Wn.HIDDEN_TEXT,a),className:(0,rx.default)(tx.hiddenTextWrapper,o)},r)}));var eu=k(C(),1);var _o=k(C(),1);var nx={footer:"footer_d8ac9523ca"};(function(e){let t="s_id-5c7b28cf0c05_4_5_2";if(typeof document<"u"){let r=document.head||document.getElementsByTagName("head")[0];if(r.querySelector("#"+t))return;let n=document.createElement("style");n.id=t,r.firstChild?r.insertBefore(n,r.firstChild):r.appendChild(n),n.appendChild(document.createTextNode(e))}else globalThis.injectedStyles&&(globalThis.injectedStyles[t]=e)})(`.footer_d8ac9523ca {
  position: relative;
  width: 100%;
  padding: 20px var(--space-24);
  flex-shrink: 0;
  background-color: var(--primary-background-color);
}`);var ox=k(G(),1);var ix=(0,_o.forwardRef)((function(e,t){var r=e.primaryButton,n=e.secondaryButton,o=e.renderAction,i=e.id,a=e.className,l=e["data-testid"],c=r.text,s=r.tooltipProps,d=s===void 0?{}:s,u=Dr(r,["text","tooltipProps"]),f=n||{},v=f.text,b=f.tooltipProps,g=b===void 0?{}:b,x=Dr(f,["text","tooltipProps"]);return _o.default.createElement(lt,{ref:t,id:i,justify:"space-between",gap:"small",className:(0,ox.default)(nx.footer,a),"data-testid":l},_o.default.createElement(Ir,Object.assign({},d,{content:d.content}),_o.default.createElement(me,Object.assign({},u),c)),n&&_o.default.createElement(Ir,Object.assign({},g,{content:g.content}),_o.default.createElement(me,Object.assign({},x,{kind:"tertiary"}),v)),o)}));var kh={primary:"primary_3c083adfc8",secondary:"secondary_7856cdbd7c"};(function(e){let t="s_id-b4b122708c23_4_5_2";if(typeof document<"u"){let r=document.head||document.getElementsByTagName("head")[0];if(r.querySelector("#"+t))return;let n=document.createElement("style");n.id=t,r.firstChild?r.insertBefore(n,r.firstChild):r.appendChild(n),n.appendChild(document.createTextNode(e))}else globalThis.injectedStyles&&(globalThis.injectedStyles[t]=e)})(`.primary_3c083adfc8 {
  order: 2;
}
.primary_3c083adfc8:only-child {
  margin-inline-start: auto;
}
.secondary_7856cdbd7c {
  order: 1;
  margin-inline-start: auto;
}`);var wh=k(G(),1);function Eh(e,t){if(e){var r=e.tooltipProps,n=e.className,o=Dr(e,["tooltipProps","className"]);return Object.assign(Object.assign({},o),{className:r?.content?n:(0,wh.default)(n,t),tooltipProps:r?.content?Object.assign(Object.assign({},r),{referenceWrapperClassName:(0,wh.default)(r.referenceWrapperClassName,t)}):void 0})}}var lc=(0,eu.forwardRef)((function(e,t){var r=e.secondaryButton,n=e.renderSideAction,o=e["data-testid"],i=e.className,a=e.id,l=Eh(e.primaryButton,kh.primary),c=Eh(r,kh.secondary);return eu.default.createElement(ix,{ref:t,className:i,id:a,"data-testid":o||Y(ee.MODAL_FOOTER,a),primaryButton:l,secondaryButton:c,renderAction:n})}));var Wr=k(C(),1),Ch=k(G(),1);var ya={layout:"layout_5620feb0c9",header:"header_778f08b44e",divider:"divider_e781539e9b",showDivider:"showDivider_4f8875d018",content:"content_506376d473"};(function(e){let t="s_id-324b836d97d8_4_5_2";if(typeof document<"u"){let r=document.head||document.getElementsByTagName("head")[0];if(r.querySelector("#"+t))return;let n=document.createElement("style");n.id=t,r.firstChild?r.insertBefore(n,r.firstChild):r.appendChild(n),n.appendChild(document.createTextNode(e))}else globalThis.injectedStyles&&(globalThis.injectedStyles[t]=e)})(`.layout_5620feb0c9 {
  width: 100%;
  height: 100%;
  overflow: hidden;
}
.layout_5620feb0c9 .header_778f08b44e {
  width: 100%;
  margin-block: var(--space-32) var(--space-24);
  padding-inline-end: calc(var(--top-actions-margin-inline) + var(--top-actions-width) + var(--space-16));
  padding-inline-start: var(--modal-inline-padding);
}
.layout_5620feb0c9 .divider_e781539e9b {
  flex-shrink: 0;
  opacity: 0;
  transition: opacity var(--motion-productive-medium) ease-out;
}
.layout_5620feb0c9 .divider_e781539e9b.showDivider_4f8875d018 {
  opacity: 1;
}
.layout_5620feb0c9 .content_506376d473 {
  padding-block-end: var(--space-32);
}`);var ax=k(C(),1),lx=k(G(),1);var Sh={shadowWrapper:"shadowWrapper_05b3408f08",show:"show_d89e6139af"};(function(e){let t="s_id-c76d397ed7f2_4_5_2";if(typeof document<"u"){let r=document.head||document.getElementsByTagName("head")[0];if(r.querySelector("#"+t))return;let n=document.createElement("style");n.id=t,r.firstChild?r.insertBefore(n,r.firstChild):r.appendChild(n),n.appendChild(document.createTextNode(e))}else globalThis.injectedStyles&&(globalThis.injectedStyles[t]=e)})(`.shadowWrapper_05b3408f08::after {
  content: "";
  position: absolute;
  opacity: 0;
  transition: opacity var(--motion-productive-medium) ease-out;
  width: 100%;
  height: 10px;
  box-shadow: var(--box-shadow-medium);
}
.shadowWrapper_05b3408f08.show_d89e6139af::after {
  opacity: 1;
}`);var cx=function(e){return ax.default.createElement("div",{className:(0,lx.default)(Sh.shadowWrapper,P({},Sh.show,e.show))})};var tu=k(C(),1),dx=k(G(),1);var sx={content:"content_47615bcd3d"};(function(e){let t="s_id-09bedfbbc65c_4_5_2";if(typeof document<"u"){let r=document.head||document.getElementsByTagName("head")[0];if(r.querySelector("#"+t))return;let n=document.createElement("style");n.id=t,r.firstChild?r.insertBefore(n,r.firstChild):r.appendChild(n),n.appendChild(document.createTextNode(e))}else globalThis.injectedStyles&&(globalThis.injectedStyles[t]=e)})(`/* stylelint-disable */
/* stylelint-enable */
.content_47615bcd3d {
  width: 100%;
  height: 100%;
  padding-inline: var(--modal-inline-padding);
  overflow: auto;
}
.content_47615bcd3d::-webkit-scrollbar {
  width: 4px;
  height: 6px;
}
.content_47615bcd3d::-webkit-scrollbar-thumb {
  background-color: var(--ui-border-color);
  border-radius: 4px;
}`);var ux=(0,tu.forwardRef)((function(e,t){var r=e.onScroll,n=e.children;return tu.default.createElement("div",{ref:t,className:(0,dx.default)(sx.content,e.className),onScroll:r},n)}));var Ur=k(C(),1),fx=function(){var e=(0,Ur.useState)(!1),t=q(e,2),r=t[0],n=t[1],o=(0,Ur.useState)(!1),i=q(o,2),a=i[0],l=i[1],c=(0,Ur.useState)(!1),s=q(c,2),d=s[0],u=s[1],f=(0,Ur.useRef)(null),v=(0,Ur.useCallback)((function(){var g=f.current;if(g){var x=g.scrollTop,m=g.scrollHeight,p=g.clientHeight;l(m>p),n(x>0),u(x+p>=m)}}),[]),b=(0,Ur.useCallback)((function(){v()}),[v]);return(0,Ur.useEffect)((function(){if(window.ResizeObserver){var g=f.current;if(g){var x=new ResizeObserver((function(){v()}));return x.observe(g),v(),function(){x.disconnect()}}}}),[v]),{ref:f,isContentScrolled:r,isScrollable:a,isScrolledToEnd:d,onScroll:b}};var cc=(0,Wr.forwardRef)((function(e,t){var r=e.children,n=e.className,o=e.id,i=e["data-testid"],a=fx(),l=a.ref,c=a.isContentScrolled,s=a.isScrollable,d=a.isScrolledToEnd,u=a.onScroll,f=Wr.default.Children.toArray(r),v=q(f,2),b=v[0],g=v[1];return Wr.default.createElement(Wr.default.Fragment,null,Wr.default.createElement(lt,{direction:"column",align:"start",ref:t,className:(0,Ch.default)(ya.layout,n),id:o,"data-testid":i||Y(ee.MODAL_BASIC_LAYOUT,o)},Wr.default.createElement("div",{className:ya.header},b),Wr.default.createElement(H_,{className:(0,Ch.default)(ya.divider,P({},ya.showDivider,c)),withoutMargin:!0}),Wr.default.createElement(ux,{onScroll:u,className:ya.content,ref:l},g)),s&&Wr.default.createElement(cx,{show:!d}))}));var he=k(C(),1),T2=k(G(),1);var Gt=function(){return Gt=Object.assign||function(t){for(var r,n=1,o=arguments.length;n<o;n++){r=arguments[n];for(var i in r)Object.prototype.hasOwnProperty.call(r,i)&&(t[i]=r[i])}return t},Gt.apply(this,arguments)};function ru(e,t){var r={};for(var n in e)Object.prototype.hasOwnProperty.call(e,n)&&t.indexOf(n)<0&&(r[n]=e[n]);if(e!=null&&typeof Object.getOwnPropertySymbols=="function")for(var o=0,n=Object.getOwnPropertySymbols(e);o<n.length;o++)t.indexOf(n[o])<0&&Object.prototype.propertyIsEnumerable.call(e,n[o])&&(r[n[o]]=e[n[o]]);return r}function px(e,t,r){if(r||arguments.length===2)for(var n=0,o=t.length,i;n<o;n++)(i||!(n in t))&&(i||(i=Array.prototype.slice.call(t,0,n)),i[n]=t[n]);return e.concat(i||Array.prototype.slice.call(t))}var lu=k(C());var gt=k(C());var oi="right-scroll-bar-position",ii="width-before-scroll-bar",Th="with-scroll-bars-hidden",Nh="--removed-body-scroll-bar-size";function nu(e,t){return typeof e=="function"?e(t):e&&(e.current=t),e}var mx=k(C());function hx(e,t){var r=(0,mx.useState)(function(){return{value:e,callback:t,facade:{get current(){return r.value},set current(n){var o=r.value;o!==n&&(r.value=n,r.callback(n,o))}}}})[0];return r.callback=t,r.facade}var ou=k(C());var Q6=typeof window<"u"?ou.useLayoutEffect:ou.useEffect,vx=new WeakMap;function sc(e,t){var r=hx(t||null,function(n){return e.forEach(function(o){return nu(o,n)})});return Q6(function(){var n=vx.get(r);if(n){var o=new Set(n),i=new Set(e),a=r.current;o.forEach(function(l){i.has(l)||nu(l,null)}),i.forEach(function(l){o.has(l)||nu(l,a)})}vx.set(r,e)},[e]),r}function gx(e){return e}function bx(e,t){t===void 0&&(t=gx);var r=[],n=!1,o={read:function(){if(n)throw new Error("Sidecar: could not `read` from an `assigned` medium. `read` could be used only with `useMedium`.");return r.length?r[r.length-1]:e},useMedium:function(i){var a=t(i,n);return r.push(a),function(){r=r.filter(function(l){return l!==a})}},assignSyncMedium:function(i){for(n=!0;r.length;){var a=r;r=[],a.forEach(i)}r={push:function(l){return i(l)},filter:function(){return r}}},assignMedium:function(i){n=!0;var a=[];if(r.length){var l=r;r=[],l.forEach(i),a=r}var c=function(){var d=a;a=[],d.forEach(i)},s=function(){return Promise.resolve().then(c)};s(),r={push:function(d){a.push(d),s()},filter:function(d){return a=a.filter(d),r}}}};return o}function dc(e,t){return t===void 0&&(t=gx),bx(e,t)}function uc(e){e===void 0&&(e={});var t=bx(null);return t.options=Gt({async:!0,ssr:!1},e),t}var yx=k(C()),_x=function(e){var t=e.sideCar,r=ru(e,["sideCar"]);if(!t)throw new Error("Sidecar: please provide `sideCar` property to import the right car");var n=t.read();if(!n)throw new Error("Sidecar medium not found");return yx.createElement(n,Gt({},r))};_x.isSideCarExport=!0;function Oh(e,t){return e.useMedium(t),_x}var iu=uc();var Ah=function(){},fc=gt.forwardRef(function(e,t){var r=gt.useRef(null),n=gt.useState({onScrollCapture:Ah,onWheelCapture:Ah,onTouchMoveCapture:Ah}),o=n[0],i=n[1],a=e.forwardProps,l=e.children,c=e.className,s=e.removeScrollBar,d=e.enabled,u=e.shards,f=e.sideCar,v=e.noRelative,b=e.noIsolation,g=e.inert,x=e.allowPinchZoom,m=e.as,p=m===void 0?"div":m,h=e.gapMode,y=ru(e,["forwardProps","children","className","removeScrollBar","enabled","shards","sideCar","noRelative","noIsolation","inert","allowPinchZoom","as","gapMode"]),_=f,w=sc([r,t]),E=Gt(Gt({},y),o);return gt.createElement(gt.Fragment,null,d&&gt.createElement(_,{sideCar:iu,removeScrollBar:s,shards:u,noRelative:v,noIsolation:b,inert:g,setCallbacks:i,allowPinchZoom:!!x,lockRef:r,gapMode:h}),a?gt.cloneElement(gt.Children.only(l),Gt(Gt({},E),{ref:w})):gt.createElement(p,Gt({},E,{className:c,ref:w}),l))});fc.defaultProps={enabled:!0,removeScrollBar:!0,inert:!1};fc.classNames={fullWidth:ii,zeroRight:oi};var xe=k(C());var xa=k(C());var wx=k(C());var xx;var kx=function(){if(xx)return xx;if(typeof __webpack_nonce__<"u")return __webpack_nonce__};function Z6(){if(!document)return null;var e=document.createElement("style");e.type="text/css";var t=kx();return t&&e.setAttribute("nonce",t),e}function J6(e,t){e.styleSheet?e.styleSheet.cssText=t:e.appendChild(document.createTextNode(t))}function ew(e){var t=document.head||document.getElementsByTagName("head")[0];t.appendChild(e)}var Rh=function(){var e=0,t=null;return{add:function(r){e==0&&(t=Z6())&&(J6(t,r),ew(t)),e++},remove:function(){e--,!e&&t&&(t.parentNode&&t.parentNode.removeChild(t),t=null)}}};var Ph=function(){var e=Rh();return function(t,r){wx.useEffect(function(){return e.add(t),function(){e.remove()}},[t&&r])}};var pc=function(){var e=Ph(),t=function(r){var n=r.styles,o=r.dynamic;return e(n,o),null};return t};var tw={left:0,top:0,right:0,gap:0},Lh=function(e){return parseInt(e||"",10)||0},rw=function(e){var t=window.getComputedStyle(document.body),r=t[e==="padding"?"paddingLeft":"marginLeft"],n=t[e==="padding"?"paddingTop":"marginTop"],o=t[e==="padding"?"paddingRight":"marginRight"];return[Lh(r),Lh(n),Lh(o)]},Ih=function(e){if(e===void 0&&(e="margin"),typeof window>"u")return tw;var t=rw(e),r=document.documentElement.clientWidth,n=window.innerWidth;return{left:t[0],top:t[1],right:t[2],gap:Math.max(0,n-r+t[2]-t[0])}};var nw=pc(),_a="data-scroll-locked",ow=function(e,t,r,n){var o=e.left,i=e.top,a=e.right,l=e.gap;return r===void 0&&(r="margin"),`
  .`.concat(Th,` {
   overflow: hidden `).concat(n,`;
   padding-right: `).concat(l,"px ").concat(n,`;
  }
  body[`).concat(_a,`] {
    overflow: hidden `).concat(n,`;
    overscroll-behavior: contain;
    `).concat([t&&"position: relative ".concat(n,";"),r==="margin"&&`
    padding-left: `.concat(o,`px;
    padding-top: `).concat(i,`px;
    padding-right: `).concat(a,`px;
    margin-left:0;
    margin-top:0;
    margin-right: `).concat(l,"px ").concat(n,`;
    `),r==="padding"&&"padding-right: ".concat(l,"px ").concat(n,";")].filter(Boolean).join(""),`
  }
  
  .`).concat(oi,` {
    right: `).concat(l,"px ").concat(n,`;
  }
  
  .`).concat(ii,` {
    margin-right: `).concat(l,"px ").concat(n,`;
  }
  
  .`).concat(oi," .").concat(oi,` {
    right: 0 `).concat(n,`;
  }
  
  .`).concat(ii," .").concat(ii,` {
    margin-right: 0 `).concat(n,`;
  }
  
  body[`).concat(_a,`] {
    `).concat(Nh,": ").concat(l,`px;
  }
`)},Ex=function(){var e=parseInt(document.body.getAttribute(_a)||"0",10);return isFinite(e)?e:0},iw=function(){xa.useEffect(function(){return document.body.setAttribute(_a,(Ex()+1).toString()),function(){var e=Ex()-1;e<=0?document.body.removeAttribute(_a):document.body.setAttribute(_a,e.toString())}},[])},Dh=function(e){var t=e.noRelative,r=e.noImportant,n=e.gapMode,o=n===void 0?"margin":n;iw();var i=xa.useMemo(function(){return Ih(o)},[o]);return xa.createElement(nw,{styles:ow(i,!t,o,r?"":"!important")})};var Bh=!1;if(typeof window<"u")try{mc=Object.defineProperty({},"passive",{get:function(){return Bh=!0,!0}}),window.addEventListener("test",mc,mc),window.removeEventListener("test",mc,mc)}catch{Bh=!1}var mc,ai=Bh?{passive:!1}:!1;var aw=function(e){return e.tagName==="TEXTAREA"},Sx=function(e,t){if(!(e instanceof Element))return!1;var r=window.getComputedStyle(e);return r[t]!=="hidden"&&!(r.overflowY===r.overflowX&&!aw(e)&&r[t]==="visible")},lw=function(e){return Sx(e,"overflowY")},cw=function(e){return Sx(e,"overflowX")},Mh=function(e,t){var r=t.ownerDocument,n=t;do{typeof ShadowRoot<"u"&&n instanceof ShadowRoot&&(n=n.host);var o=Cx(e,n);if(o){var i=Tx(e,n),a=i[1],l=i[2];if(a>l)return!0}n=n.parentNode}while(n&&n!==r.body);return!1},sw=function(e){var t=e.scrollTop,r=e.scrollHeight,n=e.clientHeight;return[t,r,n]},dw=function(e){var t=e.scrollLeft,r=e.scrollWidth,n=e.clientWidth;return[t,r,n]},Cx=function(e,t){return e==="v"?lw(t):cw(t)},Tx=function(e,t){return e==="v"?sw(t):dw(t)},uw=function(e,t){return e==="h"&&t==="rtl"?-1:1},Nx=function(e,t,r,n,o){var i=uw(e,window.getComputedStyle(t).direction),a=i*n,l=r.target,c=t.contains(l),s=!1,d=a>0,u=0,f=0;do{if(!l)break;var v=Tx(e,l),b=v[0],g=v[1],x=v[2],m=g-x-i*b;(b||m)&&Cx(e,l)&&(u+=m,f+=b);var p=l.parentNode;l=p&&p.nodeType===Node.DOCUMENT_FRAGMENT_NODE?p.host:p}while(!c&&l!==document.body||c&&(t.contains(l)||t===l));return(d&&(o&&Math.abs(u)<1||!o&&a>u)||!d&&(o&&Math.abs(f)<1||!o&&-a>f))&&(s=!0),s};var au=function(e){return"changedTouches"in e?[e.changedTouches[0].clientX,e.changedTouches[0].clientY]:[0,0]},Ox=function(e){return[e.deltaX,e.deltaY]},Ax=function(e){return e&&"current"in e?e.current:e},fw=function(e,t){return e[0]===t[0]&&e[1]===t[1]},pw=function(e){return`
  .block-interactivity-`.concat(e,` {pointer-events: none;}
  .allow-interactivity-`).concat(e,` {pointer-events: all;}
`)},mw=0,ka=[];function Rx(e){var t=xe.useRef([]),r=xe.useRef([0,0]),n=xe.useRef(),o=xe.useState(mw++)[0],i=xe.useState(pc)[0],a=xe.useRef(e);xe.useEffect(function(){a.current=e},[e]),xe.useEffect(function(){if(e.inert){document.body.classList.add("block-interactivity-".concat(o));var g=px([e.lockRef.current],(e.shards||[]).map(Ax),!0).filter(Boolean);return g.forEach(function(x){return x.classList.add("allow-interactivity-".concat(o))}),function(){document.body.classList.remove("block-interactivity-".concat(o)),g.forEach(function(x){return x.classList.remove("allow-interactivity-".concat(o))})}}},[e.inert,e.lockRef.current,e.shards]);var l=xe.useCallback(function(g,x){if("touches"in g&&g.touches.length===2||g.type==="wheel"&&g.ctrlKey)return!a.current.allowPinchZoom;var m=au(g),p=r.current,h="deltaX"in g?g.deltaX:p[0]-m[0],y="deltaY"in g?g.deltaY:p[1]-m[1],_,w=g.target,E=Math.abs(h)>Math.abs(y)?"h":"v";if("touches"in g&&E==="h"&&w.type==="range")return!1;var S=window.getSelection(),I=S&&S.anchorNode,T=I?I===w||I.contains(w):!1;if(T)return!1;var N=Mh(E,w);if(!N)return!0;if(N?_=E:(_=E==="v"?"h":"v",N=Mh(E,w)),!N)return!1;if(!n.current&&"changedTouches"in g&&(h||y)&&(n.current=_),!_)return!0;var R=n.current||_;return Nx(R,x,g,R==="h"?h:y,!0)},[]),c=xe.useCallback(function(g){var x=g;if(!(!ka.length||ka[ka.length-1]!==i)){var m="deltaY"in x?Ox(x):au(x),p=t.current.filter(function(_){return _.name===x.type&&(_.target===x.target||x.target===_.shadowParent)&&fw(_.delta,m)})[0];if(p&&p.should){x.cancelable&&x.preventDefault();return}if(!p){var h=(a.current.shards||[]).map(Ax).filter(Boolean).filter(function(_){return _.contains(x.target)}),y=h.length>0?l(x,h[0]):!a.current.noIsolation;y&&x.cancelable&&x.preventDefault()}}},[]),s=xe.useCallback(function(g,x,m,p){var h={name:g,delta:x,target:m,should:p,shadowParent:hw(m)};t.current.push(h),setTimeout(function(){t.current=t.current.filter(function(y){return y!==h})},1)},[]),d=xe.useCallback(function(g){r.current=au(g),n.current=void 0},[]),u=xe.useCallback(function(g){s(g.type,Ox(g),g.target,l(g,e.lockRef.current))},[]),f=xe.useCallback(function(g){s(g.type,au(g),g.target,l(g,e.lockRef.current))},[]);xe.useEffect(function(){return ka.push(i),e.setCallbacks({onScrollCapture:u,onWheelCapture:u,onTouchMoveCapture:f}),document.addEventListener("wheel",c,ai),document.addEventListener("touchmove",c,ai),document.addEventListener("touchstart",d,ai),function(){ka=ka.filter(function(g){return g!==i}),document.removeEventListener("wheel",c,ai),document.removeEventListener("touchmove",c,ai),document.removeEventListener("touchstart",d,ai)}},[]);var v=e.removeScrollBar,b=e.inert;return xe.createElement(xe.Fragment,null,b?xe.createElement(i,{styles:pw(o)}):null,v?xe.createElement(Dh,{noRelative:e.noRelative,gapMode:e.gapMode}):null)}function hw(e){for(var t=null;e!==null;)e instanceof ShadowRoot&&(t=e.host,e=e.host),e=e.parentNode;return t}var Px=Oh(iu,Rx);var Lx=lu.forwardRef(function(e,t){return lu.createElement(fc,Gt({},e,{ref:t,sideCar:Px}))});Lx.classNames=fc.classNames;var Fh=Lx;var ku=k(C());var le=k(C());var hc="data-focus-lock",cu="data-focus-lock-disabled",Ix="data-no-focus-lock",Dx="data-autofocus-inside",Bx="data-no-autofocus";var wa=k(C());var Ea={width:"1px",height:"0px",padding:0,overflow:"hidden",position:"fixed",top:"1px",left:"1px"},vw=function(t){var r=t.children,n=r===void 0?null:r;return wa.default.createElement(wa.Fragment,null,wa.default.createElement("div",{key:"guard-first","data-focus-guard":!0,"data-focus-auto-guard":!0,style:Ea}),n,n&&wa.default.createElement("div",{key:"guard-last","data-focus-guard":!0,"data-focus-auto-guard":!0,style:Ea}))};vw.propTypes={};var su=dc({},function(e){var t=e.target,r=e.currentTarget;return{target:t,currentTarget:r}}),du=dc(),Mx=dc(),Fx=uc({async:!0,ssr:typeof document<"u"});var zx=k(C()),jx=(0,zx.createContext)(void 0);var gw=[],Ux=(0,le.forwardRef)(function(t,r){var n,o=(0,le.useState)(),i=o[0],a=o[1],l=(0,le.useRef)(),c=(0,le.useRef)(!1),s=(0,le.useRef)(null),d=(0,le.useState)({}),u=d[1],f=t.children,v=t.disabled,b=v===void 0?!1:v,g=t.noFocusGuards,x=g===void 0?!1:g,m=t.persistentFocus,p=m===void 0?!1:m,h=t.crossFrame,y=h===void 0?!0:h,_=t.autoFocus,w=_===void 0?!0:_,E=t.allowTextSelection,S=t.group,I=t.className,T=t.whiteList,N=t.hasPositiveIndices,R=t.shards,D=R===void 0?gw:R,B=t.as,H=B===void 0?"div":B,z=t.lockProps,U=z===void 0?{}:z,L=t.sideCar,j=t.returnFocus,W=j===void 0?!1:j,Ce=t.focusOptions,Z=t.onActivation,Pe=t.onDeactivation,ke=(0,le.useState)({}),et=ke[0],Xe=(0,le.useCallback)(function(Ie){var Lt=Ie.captureFocusRestore;if(!s.current){var kt,wt=(kt=document)==null?void 0:kt.activeElement;s.current=wt,wt!==document.body&&(s.current=Lt(wt))}l.current&&Z&&Z(l.current),c.current=!0,u()},[Z]),ve=(0,le.useCallback)(function(){c.current=!1,Pe&&Pe(l.current),u()},[Pe]),_t=(0,le.useCallback)(function(Ie){var Lt=s.current;if(Lt){var kt=(typeof Lt=="function"?Lt():Lt)||document.body,wt=typeof W=="function"?W(kt):W;if(wt){var yr=typeof wt=="object"?wt:void 0;s.current=null,Ie?Promise.resolve().then(function(){return kt.focus(yr)}):kt.focus(yr)}}},[W]),xt=(0,le.useCallback)(function(Ie){c.current&&su.useMedium(Ie)},[]),Yt=du.useMedium,Le=(0,le.useCallback)(function(Ie){l.current!==Ie&&(l.current=Ie,a(Ie))},[]),Kr=Cn((n={},n[cu]=b&&"disabled",n[hc]=S,n),U),Pt=x!==!0,ir=Pt&&x!=="tail",br=sc([r,Le]),He=(0,le.useMemo)(function(){return{observed:l,shards:D,enabled:!b,get active(){return c.current}}},[b,c,D,l]);return le.default.createElement(le.Fragment,null,Pt&&[le.default.createElement("div",{key:"guard-first","data-focus-guard":!0,tabIndex:b?-1:0,style:Ea}),N?le.default.createElement("div",{key:"guard-nearest","data-focus-guard":!0,tabIndex:b?-1:1,style:Ea}):null],!b&&le.default.createElement(L,{id:et,sideCar:Fx,observed:i,disabled:b,persistentFocus:p,crossFrame:y,autoFocus:w,whiteList:T,shards:D,onActivation:Xe,onDeactivation:ve,returnFocus:_t,focusOptions:Ce,noFocusGuards:x}),le.default.createElement(H,Cn({ref:br},Kr,{className:I,onBlur:Yt,onFocus:xt}),le.default.createElement(jx.Provider,{value:He},f)),ir&&le.default.createElement("div",{"data-focus-guard":!0,tabIndex:b?-1:0,style:Ea}))});Ux.propTypes={};var zh=Ux;var s2=k(C());var uu=k(C());function bw(e,t){function r(n){return n.displayName||n.name||"Component"}return function(o){var i=[],a;function l(){a=e(i.map(function(s){return s.props})),t(a)}var c=(function(s){ca(d,s);function d(){return s.apply(this,arguments)||this}d.peek=function(){return a};var u=d.prototype;return u.componentDidMount=function(){i.push(this),l()},u.componentDidUpdate=function(){l()},u.componentWillUnmount=function(){var v=i.indexOf(this);i.splice(v,1),l()},u.render=function(){return uu.default.createElement(o,this.props)},d})(uu.PureComponent);return Z_(c,"displayName","SideEffect("+r(o)+")"),c}}var Wx=bw;var bt=function(e){for(var t=Array(e.length),r=0;r<e.length;++r)t[r]=e[r];return t},Hr=function(e){return Array.isArray(e)?e:[e]},fu=function(e){return Array.isArray(e)?e[0]:e};var yw=function(e){if(e.nodeType!==Node.ELEMENT_NODE)return!1;var t=window.getComputedStyle(e,null);return!t||!t.getPropertyValue?!1:t.getPropertyValue("display")==="none"||t.getPropertyValue("visibility")==="hidden"},Hx=function(e){return e.parentNode&&e.parentNode.nodeType===Node.DOCUMENT_FRAGMENT_NODE?e.parentNode.host:e.parentNode},Vx=function(e){return e===document||e&&e.nodeType===Node.DOCUMENT_NODE},_w=function(e){return e.hasAttribute("inert")},xw=function(e,t){return!e||Vx(e)||!yw(e)&&!_w(e)&&t(Hx(e))},jh=function(e,t){var r=e.get(t);if(r!==void 0)return r;var n=xw(t,jh.bind(void 0,e));return e.set(t,n),n},kw=function(e,t){return e&&!Vx(e)?Ew(e)?t(Hx(e)):!1:!0},Uh=function(e,t){var r=e.get(t);if(r!==void 0)return r;var n=kw(t,Uh.bind(void 0,e));return e.set(t,n),n},Wh=function(e){return e.dataset},ww=function(e){return e.tagName==="BUTTON"},Gx=function(e){return e.tagName==="INPUT"},Hh=function(e){return Gx(e)&&e.type==="radio"},$x=function(e){return!((Gx(e)||ww(e))&&(e.type==="hidden"||e.disabled))},Ew=function(e){var t=e.getAttribute(Bx);return![!0,"true",""].includes(t)},vc=function(e){var t;return!!(e&&(!((t=Wh(e))===null||t===void 0)&&t.focusGuard))},gc=function(e){return!vc(e)},Kx=function(e){return!!e};var Sw=function(e,t){var r=Math.max(0,e.tabIndex),n=Math.max(0,t.tabIndex),o=r-n,i=e.index-t.index;if(o){if(!r)return 1;if(!n)return-1}return o||i},Cw=function(e){return e.tabIndex<0&&!e.hasAttribute("tabindex")?0:e.tabIndex},bc=function(e,t,r){return bt(e).map(function(n,o){var i=Cw(n);return{node:n,index:o,tabIndex:r&&i===-1?(n.dataset||{}).focusGuard?0:-1:i}}).filter(function(n){return!t||n.tabIndex>=0}).sort(Sw)};var Xx=["button:enabled","select:enabled","textarea:enabled","input:enabled","a[href]","area[href]","summary","iframe","object","embed","audio[controls]","video[controls]","[tabindex]","[contenteditable]","[autofocus]"];var Vh=Xx.join(","),Tw="".concat(Vh,", [data-focus-guard]"),qx=function(e,t){return bt((e.shadowRoot||e).children).reduce(function(r,n){return r.concat(n.matches(t?Tw:Vh)?[n]:[],qx(n))},[])},Nw=function(e,t){var r;return e instanceof HTMLIFrameElement&&(!((r=e.contentDocument)===null||r===void 0)&&r.body)?xo([e.contentDocument.body],t):[e]},xo=function(e,t){return e.reduce(function(r,n){var o,i=qx(n,t),a=(o=[]).concat.apply(o,i.map(function(l){return Nw(l,t)}));return r.concat(a,n.parentNode?bt(n.parentNode.querySelectorAll(Vh)).filter(function(l){return l===n}):[])},[])},Yx=function(e){var t=e.querySelectorAll("[".concat(Dx,"]"));return bt(t).map(function(r){return xo([r])}).reduce(function(r,n){return r.concat(n)},[])};var Gh=function(e,t){return bt(e).filter(function(r){return jh(t,r)}).filter(function(r){return $x(r)})},$h=function(e,t){return t===void 0&&(t=new Map),bt(e).filter(function(r){return Uh(t,r)})},Sa=function(e,t,r){return bc(Gh(xo(e,r),t),!0,r)},Pn=function(e,t){return bc(Gh(xo(e),t),!1)},Qx=function(e,t){return Gh(Yx(e),t)},Vr=function(e,t){return e.shadowRoot?Vr(e.shadowRoot,t):Object.getPrototypeOf(e).contains!==void 0&&Object.getPrototypeOf(e).contains.call(e,t)?!0:bt(e.children).some(function(r){var n;if(r instanceof HTMLIFrameElement){var o=(n=r.contentDocument)===null||n===void 0?void 0:n.body;return o?Vr(o,t):!1}return Vr(r,t)})};var Ow=function(e){for(var t=new Set,r=e.length,n=0;n<r;n+=1)for(var o=n+1;o<r;o+=1){var i=e[n].compareDocumentPosition(e[o]);(i&Node.DOCUMENT_POSITION_CONTAINED_BY)>0&&t.add(o),(i&Node.DOCUMENT_POSITION_CONTAINS)>0&&t.add(n)}return e.filter(function(a,l){return!t.has(l)})},Zx=function(e){return e.parentNode?Zx(e.parentNode):e},Ca=function(e){var t=Hr(e);return t.filter(Boolean).reduce(function(r,n){var o=n.getAttribute(hc);return r.push.apply(r,o?Ow(bt(Zx(n).querySelectorAll("[".concat(hc,'="').concat(o,'"]:not([').concat(cu,'="disabled"])')))):[n]),r},[])};var Jx=function(e){try{return e()}catch{return}};var ko=function(e){if(e===void 0&&(e=document),!(!e||!e.activeElement)){var t=e.activeElement;return t.shadowRoot?ko(t.shadowRoot):t instanceof HTMLIFrameElement&&Jx(function(){return t.contentWindow.document})?ko(t.contentWindow.document):t}};var Aw=function(e,t){return e===t},Rw=function(e,t){return!!bt(e.querySelectorAll("iframe")).some(function(r){return Aw(r,t)})},pu=function(e,t){return t===void 0&&(t=ko(fu(e).ownerDocument)),!t||t.dataset&&t.dataset.focusGuard?!1:Ca(e).some(function(r){return Vr(r,t)||Rw(r,t)})};var Kh=function(e){e===void 0&&(e=document);var t=ko(e);return t?bt(e.querySelectorAll("[".concat(Ix,"]"))).some(function(r){return Vr(r,t)}):!1};var Pw=function(e,t){return t.filter(Hh).filter(function(r){return r.name===e.name}).filter(function(r){return r.checked})[0]||e},mu=function(e,t){return Hh(e)&&e.name?Pw(e,t):e},e2=function(e){var t=new Set;return e.forEach(function(r){return t.add(mu(r,e))}),e.filter(function(r){return t.has(r)})};var Xh=function(e){return e[0]&&e.length>1?mu(e[0],e):e[0]},qh=function(e,t){return e.indexOf(mu(t,e))};var hu="NEW_FOCUS",t2=function(e,t,r,n,o){var i=e.length,a=e[0],l=e[i-1],c=vc(n);if(!(n&&e.indexOf(n)>=0)){var s=n!==void 0?r.indexOf(n):-1,d=o?r.indexOf(o):s,u=o?e.indexOf(o):-1;if(s===-1)return u!==-1?u:hu;if(u===-1)return hu;var f=s-d,v=r.indexOf(a),b=r.indexOf(l),g=e2(r),x=n!==void 0?g.indexOf(n):-1,m=o?g.indexOf(o):x,p=g.filter(function(S){return S.tabIndex>=0}),h=n!==void 0?p.indexOf(n):-1,y=o?p.indexOf(o):h,_=h>=0&&y>=0?y-h:m-x;if(!f&&u>=0||t.length===0)return u;var w=qh(e,t[0]),E=qh(e,t[t.length-1]);if(s<=v&&c&&Math.abs(f)>1)return E;if(s>=b&&c&&Math.abs(f)>1)return w;if(f&&Math.abs(_)>1)return u;if(s<=v)return E;if(s>b)return w;if(f)return Math.abs(f)>1?u:(i+u+f)%i}};var Lw=function(e){return function(t){var r,n=(r=Wh(t))===null||r===void 0?void 0:r.autofocus;return t.autofocus||n!==void 0&&n!=="false"||e.indexOf(t)>=0}},Yh=function(e,t,r){var n=e.map(function(i){var a=i.node;return a}),o=$h(n.filter(Lw(r)));return o&&o.length?Xh(o):Xh($h(t))};var Zh=function(e,t){return t===void 0&&(t=[]),t.push(e),e.parentNode&&Zh(e.parentNode.host||e.parentNode,t),t},Qh=function(e,t){for(var r=Zh(e),n=Zh(t),o=0;o<r.length;o+=1){var i=r[o];if(n.indexOf(i)>=0)return i}return!1},vu=function(e,t,r){var n=Hr(e),o=Hr(t),i=n[0],a=!1;return o.filter(Boolean).forEach(function(l){a=Qh(a||l,l)||a,r.filter(Boolean).forEach(function(c){var s=Qh(i,c);s&&(!a||Vr(s,a)?a=s:a=Qh(s,a))})}),a},Jh=function(e,t){return e.reduce(function(r,n){return r.concat(Qx(n,t))},[])};var Iw=function(e,t){var r=new Map;return t.forEach(function(n){return r.set(n.node,n)}),e.map(function(n){return r.get(n)}).filter(Kx)},r2=function(e,t){var r=ko(Hr(e).length>0?document:fu(e).ownerDocument),n=Ca(e).filter(gc),o=vu(r||e,e,n),i=new Map,a=Pn(n,i),l=a.filter(function(b){var g=b.node;return gc(g)});if(l[0]){var c=Pn([o],i).map(function(b){var g=b.node;return g}),s=Iw(c,l),d=s.map(function(b){var g=b.node;return g}),u=s.filter(function(b){var g=b.tabIndex;return g>=0}).map(function(b){var g=b.node;return g}),f=t2(d,u,c,r,t);if(f===hu){var v=Yh(a,u,Jh(n,i))||Yh(a,d,Jh(n,i));if(v)return{node:v};console.warn("focus-lock: cannot find any node to move focus into");return}return f===void 0?f:s[f]}};var e0=function(e){var t=Ca(e).filter(gc),r=vu(e,e,t),n=bc(xo([r],!0),!0,!0),o=xo(t,!1);return n.map(function(i){var a=i.node,l=i.index;return{node:a,index:l,lockItem:o.indexOf(a)>=0,guard:vc(a)}})};var yc=function(e,t){e&&("focus"in e&&e.focus(t),"contentWindow"in e&&e.contentWindow&&e.contentWindow.focus())};var t0=0,r0=!1,gu=function(e,t,r){r===void 0&&(r={});var n=r2(e,t);if(!r0&&n){if(t0>2){console.error("FocusLock: focus-fighting detected. Only one focus management system could be active. See https://github.com/theKashey/focus-lock/#focus-fighting"),r0=!0,setTimeout(function(){r0=!1},1);return}t0++,yc(n.node,r.focusOptions),t0--}};function _c(e){if(!e)return null;if(typeof WeakRef>"u")return function(){return e||null};var t=e?new WeakRef(e):null;return function(){return t?.deref()||null}}var Dw=function(e){if(!e)return null;for(var t=[],r=e;r&&r!==document.body;)t.push({current:_c(r),parent:_c(r.parentElement),left:_c(r.previousElementSibling),right:_c(r.nextElementSibling)}),r=r.parentElement;return{element:_c(e),stack:t,ownerDocument:e.ownerDocument}},Bw=function(e){var t,r,n,o,i;if(e)for(var a=e.stack,l=e.ownerDocument,c=new Map,s=0,d=a;s<d.length;s++){var u=d[s],f=(t=u.parent)===null||t===void 0?void 0:t.call(u);if(f&&l.contains(f)){for(var v=(r=u.left)===null||r===void 0?void 0:r.call(u),b=u.current(),g=f.contains(b)?b:void 0,x=(n=u.right)===null||n===void 0?void 0:n.call(u),m=Sa([f],c),p=(i=(o=g??v?.nextElementSibling)!==null&&o!==void 0?o:x)!==null&&i!==void 0?i:v;p;){for(var h=0,y=m;h<y.length;h++){var _=y[h];if(p?.contains(_.node))return _.node}p=p.nextElementSibling}if(m.length)return m[0].node}}},bu=function(e){var t=Dw(e);return function(){return Bw(t)}};var n2=function(e,t,r){if(!e||!t)return console.error("no element or scope given"),{};var n=Hr(t);if(n.every(function(a){return!Vr(a,e)}))return console.error("Active element is not contained in the scope"),{};var o=r?Sa(n,new Map):Pn(n,new Map),i=o.findIndex(function(a){var l=a.node;return l===e});if(i!==-1)return{prev:o[i-1],next:o[i+1],first:o[0],last:o[o.length-1]}},Mw=function(e,t){var r=t?Sa(Hr(e),new Map):Pn(Hr(e),new Map);return{first:r[0],last:r[r.length-1]}},Fw=function(e){return Object.assign({scope:document.body,cycle:!0,onlyTabbable:!0},e)},o2=function(e,t,r){t===void 0&&(t={});var n=Fw(t),o=n2(e,n.scope,n.onlyTabbable);if(o){var i=r(o,n.cycle);i&&yc(i.node,n.focusOptions)}},n0=function(e,t){t===void 0&&(t={}),o2(e,t,function(r,n){var o=r.next,i=r.first;return o||n&&i})},o0=function(e,t){t===void 0&&(t={}),o2(e,t,function(r,n){var o=r.prev,i=r.last;return o||n&&i})},i2=function(e,t,r){var n,o=Mw(e,(n=t.onlyTabbable)!==null&&n!==void 0?n:!0),i=o[r];i&&yc(i.node,t.focusOptions)},i0=function(e,t){t===void 0&&(t={}),i2(e,t,"first")},a0=function(e,t){t===void 0&&(t={}),i2(e,t,"last")};function yu(e){setTimeout(e,1)}var a2=function(t){return t&&"current"in t?t.current:t};var d2=function(){return document&&document.activeElement===document.body},zw=function(){return d2()||Kh()},Ta=null,$t=null,l2=function(){return null},Na=null,xc=!1,l0=!1,jw=function(){return!0},Uw=function(t){return(Ta.whiteList||jw)(t)},Ww=function(t,r){Na={observerNode:t,portaledElement:r}},Hw=function(t){return Na&&Na.portaledElement===t};function c2(e,t,r,n){var o=null,i=e;do{var a=n[i];if(a.guard)a.node.dataset.focusAutoGuard&&(o=a);else if(a.lockItem){if(i!==e)return;o=null}else break}while((i+=r)!==t);o&&(o.node.tabIndex=0)}var Vw=function(t){return t?!!xc:xc==="meanwhile"},Gw=function e(t,r,n){return r&&(r.host===t&&(!r.activeElement||n.contains(r.activeElement))||r.parentNode&&e(t,r.parentNode,n))},$w=function(t,r){return r.some(function(n){return Gw(t,n,n)})},u2=function(t){return Pn(t,new Map)},Kw=function(t){return!u2([t.parentNode]).some(function(r){return r.node===t})},_u=function(){var t=!1;if(Ta){var r=Ta,n=r.observed,o=r.persistentFocus,i=r.autoFocus,a=r.shards,l=r.crossFrame,c=r.focusOptions,s=r.noFocusGuards,d=n||Na&&Na.portaledElement;if(d2()&&$t&&$t!==document.body&&(!document.body.contains($t)||Kw($t))){var u=l2();u&&u.focus()}var f=document&&document.activeElement;if(d){var v=[d].concat(a.map(a2).filter(Boolean)),b=function(){if(!Vw(l)||!s||!$t||l0)return!1;var h=u2(v),y=h.findIndex(function(_){var w=_.node;return w===$t});return y===0||y===h.length-1};if((!f||Uw(f))&&(o||b()||!zw()||!$t&&i)&&(d&&!(pu(v)||f&&$w(f,v)||Hw(f,d))&&(document&&!$t&&f&&!i?(f.blur&&f.blur(),document.body.focus()):(t=gu(v,$t,{focusOptions:c}),Na={})),$t=document&&document.activeElement,$t!==document.body&&(l2=bu($t)),xc=!1),document&&f!==document.activeElement&&document.querySelector("[data-focus-auto-guard]")){var g=document&&document.activeElement,x=e0(v),m=x.map(function(p){var h=p.node;return h}).indexOf(g);m>-1&&(x.filter(function(p){var h=p.guard,y=p.node;return h&&y.dataset.focusAutoGuard}).forEach(function(p){var h=p.node;return h.removeAttribute("tabIndex")}),c2(m,x.length,1,x),c2(m,-1,-1,x))}}}return t},f2=function(t){_u()&&t&&(t.stopPropagation(),t.preventDefault())},xu=function(){return yu(_u)},p2=function(t){var r=t.target,n=t.currentTarget;n.contains(r)||Ww(n,r)},Xw=function(){return null},qw=function(t){var r=t.children;return s2.default.createElement("div",{onBlur:xu,onFocus:p2},r)};qw.propTypes={};var m2=function(){l0=!0},h2=function(){l0=!1,xc="just",yu(function(){xc="meanwhile"})},Yw=function(){document.addEventListener("focusin",f2),document.addEventListener("focusout",xu),window.addEventListener("focus",m2),window.addEventListener("blur",h2)},Qw=function(){document.removeEventListener("focusin",f2),document.removeEventListener("focusout",xu),window.removeEventListener("focus",m2),window.removeEventListener("blur",h2)};function Zw(e){return e.filter(function(t){var r=t.disabled;return!r})}var v2={moveFocusInside:gu,focusInside:pu,focusNextElement:n0,focusPrevElement:o0,focusFirstElement:i0,focusLastElement:a0,captureFocusRestore:bu};function Jw(e){var t=e.slice(-1)[0];t&&!Ta&&Yw();var r=Ta,n=r&&t&&t.id===r.id;Ta=t,r&&!n&&(r.onDeactivation(),e.filter(function(o){var i=o.id;return i===r.id}).length||r.returnFocus(!t)),t?($t=null,(!n||r.observed!==t.observed)&&t.onActivation(v2),_u(!0),yu(_u)):(Qw(),$t=null)}su.assignSyncMedium(p2);du.assignMedium(xu);Mx.assignMedium(function(e){return e(v2)});var g2=Wx(Zw,Jw)(Xw);var b2=(0,ku.forwardRef)(function(t,r){return ku.default.createElement(zh,Cn({sideCar:g2,ref:r},t))}),y2=zh.propTypes||{},nI=y2.sideCar,oI=la(y2,["sideCar"]);b2.propTypes={};var _2=b2;var c0=_2;var Gr={container:"container_aead030cbf",overlay:"overlay_6cf659ded5",centerPop:"centerPop_923400ced0",anchorPop:"anchorPop_923400ced0",modal:"modal_f80196e826",fixedPosition:"fixedPosition_1be16c9df0",withHeaderAction:"withHeaderAction_dcf735099d",sizeSmall:"sizeSmall_877942b122",sizeMedium:"sizeMedium_f6a6eaab35",sizeLarge:"sizeLarge_96f7178e3e",sizeFullView:"sizeFullView_8bf2540532",containerEnter:"containerEnter_95cc4e59ac",fullView:"fullView_5e5866b7ab",containerEnterActive:"containerEnterActive_8c2530de12",centerPopIn:"centerPopIn_5b6374369d",anchorPopIn:"anchorPopIn_079d2c8f9b",fullViewIn:"fullViewIn_0c2b60315d",containerExitActive:"containerExitActive_10402dca92",centerPopOut:"centerPopOut_bfb788a16e",anchorPopOut:"anchorPopOut_b0fd943dd0",fullViewOut:"fullViewOut_2453f05036"};(function(e){let t="s_id-72e80303fba3_4_5_2";if(typeof document<"u"){let r=document.head||document.getElementsByTagName("head")[0];if(r.querySelector("#"+t))return;let n=document.createElement("style");n.id=t,r.firstChild?r.insertBefore(n,r.firstChild):r.appendChild(n),n.appendChild(document.createTextNode(e))}else globalThis.injectedStyles&&(globalThis.injectedStyles[t]=e)})(`.container_aead030cbf {
  position: fixed;
  inset: 0;
  z-index: var(--monday-modal-z-index, 10000);
}

.overlay_6cf659ded5 {
  position: fixed;
  inset: 0;
  height: 100%;
  background-color: var(--backdrop-color);
}

.centerPop_923400ced0 {
  transform: translate(-50%, -50%);
}

.anchorPop_923400ced0 {
  transform: translate(-50%, -50%);
}

.modal_f80196e826 {
  --top-actions-margin-inline: var(--space-24);
  --top-actions-margin-block: var(--space-24);
  --top-actions-width: var(--space-32);
  --modal-inline-padding: var(--space-32);
  position: relative;
  top: 50%;
  left: 50%;
  display: flex;
  flex-direction: column;
  width: var(--modal-width);
  max-height: var(--modal-max-height);
  background-color: var(--primary-background-color);
  overflow: hidden;
  border-radius: var(--border-radius-big);
  box-shadow: var(--box-shadow-large);
  outline: none;
}

.modal_f80196e826.fixedPosition_1be16c9df0 {
  position: fixed;
}

.modal_f80196e826.withHeaderAction_dcf735099d {
  --top-actions-width: calc(var(--space-32) * 2);
}

.modal_f80196e826.sizeSmall_877942b122 {
  --modal-max-height: 50%;
  --modal-width: 460px;
}

.modal_f80196e826.sizeMedium_f6a6eaab35 {
  --modal-max-height: 80%;
  --modal-width: 540px;
}

.modal_f80196e826.sizeLarge_96f7178e3e {
  --modal-max-height: 80%;
  --modal-width: 800px;
}

.modal_f80196e826.sizeFullView_8bf2540532 {
  --top-actions-margin-inline: var(--space-32);
  --modal-max-height: 100%;
  --modal-width: auto;
  position: fixed;
  inset: 0;
  height: calc(100% - 40px);
  margin-inline: var(--space-24);
  margin-block-start: 40px;
  border-end-start-radius: unset;
  border-end-end-radius: unset;
}

@media (min-width: 1280px) {
  .modal_f80196e826.sizeSmall_877942b122 {
    --modal-width: 480px;
  }
  .modal_f80196e826.sizeMedium_f6a6eaab35 {
    --modal-width: 580px;
  }
  .modal_f80196e826.sizeLarge_96f7178e3e {
    --modal-width: 840px;
  }
}

@media (min-width: 1440px) {
  .modal_f80196e826.sizeSmall_877942b122 {
    --modal-width: 520px;
  }
  .modal_f80196e826.sizeMedium_f6a6eaab35 {
    --modal-width: 620px;
  }
  .modal_f80196e826.sizeLarge_96f7178e3e {
    --modal-width: 900px;
  }
}

@media (min-width: 1720px) {
  .modal_f80196e826.sizeFullView_8bf2540532 {
    margin-inline: 40px;
  }
}

.containerEnter_95cc4e59ac .overlay_6cf659ded5 {
  opacity: 0;
}

.containerEnter_95cc4e59ac .centerPop_923400ced0 {
  opacity: 0;
  transform: translate(-50%, -50%) scale(0.8);
}

.containerEnter_95cc4e59ac .anchorPop_923400ced0 {
  opacity: 0;
  transform: translate(calc(-50% + var(--modal-start-x, 0px)), calc(-50% + var(--modal-start-y, 0px))) scale(0.8);
}

.containerEnter_95cc4e59ac .fullView_5e5866b7ab {
  opacity: 0.3;
  transform: translateY(30px);
}

.containerEnterActive_8c2530de12 .overlay_6cf659ded5 {
  opacity: 1;
  transition: opacity 100ms cubic-bezier(0, 0, 0.4, 1);
}

.containerEnterActive_8c2530de12 .centerPop_923400ced0 {
  animation: centerPopIn_5b6374369d 150ms cubic-bezier(0, 0, 0.4, 1) forwards;
}

.containerEnterActive_8c2530de12 .anchorPop_923400ced0 {
  animation: anchorPopIn_079d2c8f9b 200ms cubic-bezier(0, 0, 0.4, 1) forwards;
}

.containerEnterActive_8c2530de12 .fullView_5e5866b7ab {
  animation: fullViewIn_0c2b60315d 250ms cubic-bezier(0, 0, 0.4, 1) forwards;
}

.containerExitActive_10402dca92 .overlay_6cf659ded5 {
  opacity: 0;
  transition: opacity 100ms cubic-bezier(0.6, 0, 1, 1);
}

.containerExitActive_10402dca92 .centerPop_923400ced0 {
  animation: centerPopOut_bfb788a16e 100ms cubic-bezier(0.6, 0, 1, 1) forwards;
}

.containerExitActive_10402dca92 .anchorPop_923400ced0 {
  animation: anchorPopOut_b0fd943dd0 150ms cubic-bezier(0.6, 0, 1, 1) forwards;
}

.containerExitActive_10402dca92 .fullView_5e5866b7ab {
  animation: fullViewOut_2453f05036 100ms cubic-bezier(0.6, 0, 1, 1) forwards;
}

@keyframes centerPopIn_5b6374369d {
  0% {
    opacity: 0;
    transform: translate(-50%, -50%) scale(0.8);
  }
  50%, 100% {
    opacity: 1;
    transform: translate(-50%, -50%) scale(1);
  }
}

@keyframes centerPopOut_bfb788a16e {
  0%, 50% {
    opacity: 1;
    transform: translate(-50%, -50%) scale(1);
  }
  100% {
    opacity: 0;
    transform: translate(-50%, -50%) scale(0.8);
  }
}

@keyframes anchorPopIn_079d2c8f9b {
  0%, 40% {
    opacity: 0;
    transform: translate(calc(-50% + var(--modal-start-x, 0px)), calc(-50% + var(--modal-start-y, 0px))) scale(0.8);
  }
  100% {
    opacity: 1;
    transform: translate(-50%, -50%) scale(1);
  }
}

@keyframes anchorPopOut_b0fd943dd0 {
  0% {
    opacity: 1;
    transform: translate(-50%, -50%) scale(1);
  }
  60%, 100% {
    opacity: 0;
    transform: translate(calc(-50% + var(--modal-start-x, 0px)), calc(-50% + var(--modal-start-y, 0px))) scale(0.8);
  }
}

@keyframes fullViewIn_0c2b60315d {
  0% {
    opacity: 0.3;
    transform: translateY(30px);
  }
  33% {
    opacity: 1;
  }
  100% {
    opacity: 1;
    transform: translateY(0);
  }
}

@keyframes fullViewOut_2453f05036 {
  from {
    opacity: 1;
    transform: translateY(0);
  }
  to {
    opacity: 0;
    transform: translateY(30px);
  }
}`);var u0=k(C(),1);var x2={actions:"actions_dab6ad9975"};(function(e){let t="s_id-6417b75cafa5_4_5_2";if(typeof document<"u"){let r=document.head||document.getElementsByTagName("head")[0];if(r.querySelector("#"+t))return;let n=document.createElement("style");n.id=t,r.firstChild?r.insertBefore(n,r.firstChild):r.appendChild(n),n.appendChild(document.createTextNode(e))}else globalThis.injectedStyles&&(globalThis.injectedStyles[t]=e)})(`.actions_dab6ad9975 {
  display: flex;
  align-items: center;
  position: absolute;
  inset-inline-end: var(--top-actions-margin-inline);
  top: var(--top-actions-margin-block);
}`);var s0=k(C(),1),d0=function(e){var t=e.size,r=ot(e,["size"]);return s0.createElement("svg",Object.assign({viewBox:"0 0 20 20",fill:"currentColor",width:t||"20",height:t||"20"},r),s0.createElement("path",{d:"M5.28716 4.22653C4.99426 3.93364 4.51939 3.93365 4.2265 4.22654C3.93361 4.51944 3.93361 4.99431 4.22651 5.2872L8.9682 10.0288L4.22714 14.7698C3.93425 15.0626 3.93424 15.5375 4.22713 15.8304C4.52002 16.1233 4.9949 16.1233 5.28779 15.8304L10.0289 11.0894L14.7699 15.8304C15.0628 16.1233 15.5377 16.1233 15.8306 15.8304C16.1235 15.5375 16.1235 15.0626 15.8306 14.7698L11.0895 10.0288L15.8312 5.2872C16.1241 4.99431 16.1241 4.51944 15.8312 4.22654C15.5383 3.93365 15.0635 3.93364 14.7706 4.22653L10.0289 8.96815L5.28716 4.22653Z",fill:"currentColor",fillRule:"evenodd",clipRule:"evenodd"}))};d0.displayName="CloseMedium";var e9={dark:"fixed-dark",light:"fixed-light"},k2=function(e){var t=e.renderAction,r=e.closeButtonAriaLabel,n=e.onClose,o=e9[e.theme]||"primary";return u0.default.createElement("div",{className:x2.actions,"data-no-autofocus":!0},typeof t=="function"?t(o):t,u0.default.createElement(Fd,{"data-testid":ee.MODAL_CLOSE_BUTTON,icon:d0,onClick:n,size:"small",kind:"tertiary",color:o,"aria-label":r}))};var Oa=k(C(),1),w2=(0,Oa.createContext)(void 0),E2=function(e){return Oa.default.createElement(w2.Provider,{value:e.value},e.children)},wu=function(){var e=(0,Oa.useContext)(w2);if(!e)throw Error("useModal must be used within a ModalProvider");return e};var N2=k(na(),1);var Eu=k(C(),1),S2=function(e){var t=(0,Eu.useState)(document.body),r=q(t,2),n=r[0],o=r[1];return(0,Eu.useEffect)((function(){var i=(function(){if(!e)return document.body;if(typeof e=="string"){var a=document.querySelector(e);return a||('Target with selector "'.concat(e,'" not found. Falling back to document.body.'),document.body)}return e instanceof Element||e instanceof DocumentFragment?e:e.current instanceof Element?e.current:document.body})();o(i)}),[e]),n};var Su=k(C(),1),C2=function(e){var t=(0,Su.useMemo)((function(){if(!e||e.length===0)return{combinedSelector:null,elements:[]};var o,i=[],a=[],l=lv(e);try{for(l.s();!(o=l.n()).done;){var c=o.value;typeof c=="string"?i.push(c):c&&ut(c)==="object"&&"current"in c?c.current&&a.push(c.current):c instanceof HTMLElement&&a.push(c)}}catch(s){l.e(s)}finally{l.f()}return{combinedSelector:i.length>0?i.join(", "):null,elements:a}}),[e]),r=t.combinedSelector,n=t.elements;return(0,Su.useCallback)((function(o){if(!o||!r&&n.length===0)return!1;if(r&&o.closest(r))return!0;for(var i=0;n.length>i;i++){var a=n[i];if(o===a||a.contains(o))return!0}return!1}),[r,n])};var t9=c0.default||c0,kc=(0,he.forwardRef)((function(e,t){var r,n=e.id,o=e.show,i=e.size,a=i===void 0?"medium":i,l=e.renderHeaderAction,c=e.closeButtonTheme,s=e.closeButtonAriaLabel,d=e.onClose,u=d===void 0?function(){}:d,f=e.autoFocus,v=f===void 0||f,b=e.allowFocusEscapeTo,g=e.onFocusAttempt,x=e.anchorElementRef,m=e.alertModal,p=e.container,h=p===void 0?document.body:p,y=e.children,_=e.style,w=e.zIndex,E=e.useFixedPosition,S=E!==void 0&&E,I=e.className,T=e["data-testid"],N=e["aria-labelledby"],R=e["aria-describedby"],D=S2(h),B=(0,he.useRef)(null),H=Ee(t,B),z=(0,he.useRef)(null),U=(0,he.useState)(),L=q(U,2),j=L[0],W=L[1],Ce=(0,he.useState)(),Z=q(Ce,2),Pe=Z[0],ke=Z[1],et=(0,he.useCallback)((function(He){N||W(He)}),[N]),Xe=(0,he.useCallback)((function(He){R||ke(He)}),[R]),ve=(0,he.useMemo)((function(){return{modalId:n,setTitleId:et,setDescriptionId:Xe,autoFocus:v}}),[n,et,Xe,v]),_t=(0,he.useCallback)((function(He){o&&!m&&u(He)}),[o,m,u]),xt=(0,he.useCallback)((function(He){He.key===F_.ESCAPE&&o&&!m&&u(He)}),[m,u,o]),Yt=a==="full-view"?"fullView":x?.current?"anchorPop":"centerPop",Le=(r=x?.current)===null||r===void 0?void 0:r.getBoundingClientRect(),Kr=Le?{"--modal-start-x":"".concat(Le.left+Le.width/2,"px"),"--modal-start-y":"".concat(Le.top+Le.height/2,"px")}:{},Pt=w?{"--monday-modal-z-index":w}:{},ir=C2(b),br=(0,he.useCallback)((function(He){if(g){var Ie=g(He);return Ie===!0||Ie instanceof HTMLElement&&(Ie.focus(),!1)}return!ir(He)}),[g,ir]);return he.default.createElement(Ql,{in:o,nodeRef:z,timeout:{enter:250,exit:150},unmountOnExit:!0,classNames:{enter:Gr.containerEnter,enterActive:Gr.containerEnterActive,exitActive:Gr.containerExitActive}},he.default.createElement(Ld,{layerRef:z},he.default.createElement(E2,{value:ve},(0,N2.createPortal)(he.default.createElement(t9,{returnFocus:!0,autoFocus:v,whiteList:br},he.default.createElement("div",{ref:z,className:Gr.container,style:Pt,onKeyDown:xt},he.default.createElement("div",{"data-testid":Y(ee.MODAL_OVERLAY,n),className:Gr.overlay,onClick:_t,"aria-hidden":!0}),he.default.createElement(Fh,{forwardProps:!0,ref:H},he.default.createElement("div",{className:(0,T2.default)(Gr.modal,Gr[Yt],re(Gr,ue("size-"+a)),P({},Gr.withHeaderAction,!!l),P({},Gr.fixedPosition,S),I),id:n,"data-testid":T||Y(ee.MODAL,n),"data-vibe":qe.MODAL,role:"dialog","aria-modal":!0,"aria-labelledby":N||j,"aria-describedby":R||Pe,style:Object.assign(Object.assign({},_),Kr),tabIndex:-1},y,he.default.createElement(k2,{renderAction:l,theme:c,closeButtonAriaLabel:s,onClose:u}))))),D))))}));var an=k(C(),1),f0=k(G(),1);var Cu={header:"header_6825628982",title:"title_9508aad887",descriptionIcon:"descriptionIcon_4587e3b99e"};(function(e){let t="s_id-348c193d77fe_4_5_2";if(typeof document<"u"){let r=document.head||document.getElementsByTagName("head")[0];if(r.querySelector("#"+t))return;let n=document.createElement("style");n.id=t,r.firstChild?r.insertBefore(n,r.firstChild):r.appendChild(n),n.appendChild(document.createTextNode(e))}else globalThis.injectedStyles&&(globalThis.injectedStyles[t]=e)})(`.header_6825628982 {
  width: 100%;
  align-self: flex-start;
}
.header_6825628982 .title_9508aad887 {
  width: 100%;
}
.header_6825628982 .descriptionIcon_4587e3b99e {
  flex-shrink: 0;
  margin-inline-end: var(--space-4);
  color: var(--icon-color);
}`);var wc=(0,an.forwardRef)((function(e,t){var r=e.title,n=e.description,o=e.descriptionIcon,i=e.className,a=e.id,l=e["data-testid"],c=wu(),s=c.modalId,d=c.setDescriptionId,u=c.setTitleId,f=a?"".concat(s,"_").concat(a,"_label"):"".concat(s,"_label"),v=a?"".concat(s,"_").concat(a,"_desc"):"".concat(s,"_desc");return(0,an.useEffect)((function(){s&&(u(f),n&&d(v))}),[s,u,f,n,d,v]),an.default.createElement(lt,{gap:"xs",direction:"column",align:"start",ref:t,className:(0,f0.default)(Cu.header,i),id:a,"data-testid":l||Y(ee.MODAL_HEADER,a)},typeof r=="string"?an.default.createElement(jr,{id:f,align:"inherit",type:"h2",weight:"medium",maxLines:2,className:Cu.title},r):r,n&&an.default.createElement(lt,{id:v},o&&an.default.createElement(De,{icon:ut(o)==="object"?o.name:o,className:(0,f0.default)(Cu.descriptionIcon,ut(o)==="object"&&o.className)}),typeof n=="string"?an.default.createElement(_e,{element:"span",align:"inherit",type:"text1"},n):n))}));var Tu=k(C(),1);var Ec=(0,Tu.forwardRef)((function(e,t){var r=e.children,n=e.className,o=e.id,i=e["data-testid"],a=wu().autoFocus;return Tu.default.createElement("div",{ref:t,className:n,id:o,"data-testid":i||Y(ee.MODAL_CONTENT,o),"data-autofocus-inside":a},r)}));var Rt=k(G(),1),$=k(C(),1);var X={textField:"textField_1072f10d5c",labelWrapper:"labelWrapper_9508aad887",subTextContainer:"subTextContainer_e54f2c92ca",counter:"counter_9e7d425aef",disabled:"disabled_8b799e1929",icon:"icon_e7231e136e",inputWrapper:"inputWrapper_e7231e136e",input:"input_701407b76d",iconContainer:"iconContainer_3e474587cf",iconContainerHasIcon:"iconContainerHasIcon_db0915610a",readOnly:"readOnly_58365f11f0",inputHover:"inputHover_89c39e6369",inputActive:"inputActive_b69cdfec31",inputHasIcon:"inputHasIcon_cfcd1204d0",round:"round_dfa8910a67",square:"square_805e22717b",onlyUnderline:"onlyUnderline_eb1ab25b93",tooltipContainer:"tooltipContainer_d373edb011",wrapperSizeMedium:"wrapperSizeMedium_a12436bdfe",wrapperSizeLarge:"wrapperSizeLarge_758d5a2181",iconContainerActive:"iconContainerActive_4f8875d018",iconContainerClickable:"iconContainerClickable_7999030d8c",inputErrorValidation:"inputErrorValidation_db0915610a",subTextContainerStatus:"subTextContainerStatus_7e34687cb2",inputSuccessValidation:"inputSuccessValidation_eac487090d",wrapperSizeSmall:"wrapperSizeSmall_017e90c168",inputWrapperSizeSmall:"inputWrapperSizeSmall_ee9dbf8347",loaderContainer:"loaderContainer_9e651cb5b2",loaderContainerHasIcon:"loaderContainerHasIcon_e929d7e324",loader:"loader_2ba8bac210",loaderSvg:"loaderSvg_6a2d9c14f3"};(function(e){let t="s_id-c26ff539ba97_4_5_2";if(typeof document<"u"){let r=document.head||document.getElementsByTagName("head")[0];if(r.querySelector("#"+t))return;let n=document.createElement("style");n.id=t,r.firstChild?r.insertBefore(n,r.firstChild):r.appendChild(n),n.appendChild(document.createTextNode(e))}else globalThis.injectedStyles&&(globalThis.injectedStyles[t]=e)})(`/* stylelint-disable */
/* stylelint-enable */
/* stylelint-disable */
/* stylelint-enable */
.textField_1072f10d5c {
  position: relative;
  box-sizing: border-box;
  font: var(--font-text2-normal);
  width: 100%;
}
.textField_1072f10d5c * {
  box-sizing: border-box;
}
.textField_1072f10d5c .labelWrapper_9508aad887 {
  width: 100%;
}
.textField_1072f10d5c .subTextContainer_e54f2c92ca {
  display: flex;
  -webkit-font-smoothing: var(--font-smoothing-webkit);
  -moz-osx-font-smoothing: var(--font-smoothing-moz);
  padding-block: 1px;
}
.textField_1072f10d5c .subTextContainer_e54f2c92ca .counter_9e7d425aef {
  margin-inline-start: auto;
}
.textField_1072f10d5c.disabled_8b799e1929 .icon_e7231e136e {
  cursor: not-allowed;
}
.textField_1072f10d5c.disabled_8b799e1929 .inputWrapper_e7231e136e {
  cursor: not-allowed;
}
.textField_1072f10d5c.disabled_8b799e1929 .inputWrapper_e7231e136e .input_701407b76d {
  user-select: none;
  border: none;
  pointer-events: none;
  background-color: var(--disabled-background-color);
  cursor: not-allowed;
}
.textField_1072f10d5c.disabled_8b799e1929 .inputWrapper_e7231e136e .input_701407b76d::placeholder {
  color: var(--disabled-text-color);
}
.textField_1072f10d5c.disabled_8b799e1929 .inputWrapper_e7231e136e .iconContainer_3e474587cf.iconContainerHasIcon_db0915610a:hover {
  background-color: transparent;
}
.textField_1072f10d5c .inputWrapper_e7231e136e {
  width: 100%;
  position: relative;
}
.textField_1072f10d5c .inputWrapper_e7231e136e .input_701407b76d {
  width: 100%;
  height: 100%;
  outline: 0;
  background-color: var(--secondary-background-color);
  border: 1px solid;
  border-color: var(--ui-border-color);
  border-radius: var(--border-radius-small);
  transition: border-color var(--motion-productive-medium) ease-in;
  padding: var(--space-8) var(--space-4) var(--space-8) var(--space-12);
  white-space: nowrap;
  overflow: hidden;
  text-overflow: ellipsis;
  color: var(--primary-text-color);
}
.textField_1072f10d5c .inputWrapper_e7231e136e .input_701407b76d.readOnly_58365f11f0 {
  background-color: var(--allgrey-background-color);
  border: none;
}
.textField_1072f10d5c .inputWrapper_e7231e136e .input_701407b76d.inputHover_89c39e6369 {
  border-color: var(--primary-text-color);
}
.textField_1072f10d5c .inputWrapper_e7231e136e .input_701407b76d:focus,
.textField_1072f10d5c .inputWrapper_e7231e136e .input_701407b76d:active,
.textField_1072f10d5c .inputWrapper_e7231e136e .input_701407b76d.inputActive_b69cdfec31 {
  border-color: var(--primary-color);
}
.textField_1072f10d5c .inputWrapper_e7231e136e .input_701407b76d::placeholder {
  color: var(--placeholder-color);
  font-weight: 400;
}
.textField_1072f10d5c .inputWrapper_e7231e136e .input_701407b76d.inputHasIcon_cfcd1204d0 {
  padding: var(--space-8) var(--space-24) var(--space-8) var(--space-8);
}
.textField_1072f10d5c .inputWrapper_e7231e136e .input_701407b76d.round_dfa8910a67 {
  border-radius: 50px;
}
.textField_1072f10d5c .inputWrapper_e7231e136e .input_701407b76d.square_805e22717b {
  border-radius: 0;
}
.textField_1072f10d5c .inputWrapper_e7231e136e .input_701407b76d.onlyUnderline_eb1ab25b93 {
  border-inline: none;
  border-top: none;
  padding: var(--space-8) var(--space-24) var(--space-8) var(--space-4);
  border-radius: 0 !important;
}
.textField_1072f10d5c .inputWrapper_e7231e136e .tooltipContainer_d373edb011 {
  position: absolute;
  top: 50%;
  inset-inline-end: 0;
  width: 32px;
  height: 20px;
  transform: translateY(-50%);
}
.textField_1072f10d5c .inputWrapper_e7231e136e.wrapperSizeMedium_a12436bdfe .tooltipContainer_d373edb011 {
  width: 40px;
}
.textField_1072f10d5c .inputWrapper_e7231e136e.wrapperSizeLarge_758d5a2181 .tooltipContainer_d373edb011 {
  width: 46px;
}
.textField_1072f10d5c .inputWrapper_e7231e136e .iconContainer_3e474587cf {
  position: absolute;
  top: 50%;
  inset-inline-end: 4px;
  width: 24px;
  height: 24px;
  transform: translateY(-50%);
  display: flex;
  justify-content: center;
  align-items: center;
  border-radius: var(--border-radius-small);
  opacity: 0;
  pointer-events: none;
  -webkit-appearance: none;
}
.textField_1072f10d5c .inputWrapper_e7231e136e .iconContainer_3e474587cf.iconContainerActive_4f8875d018.iconContainerHasIcon_db0915610a.iconContainerClickable_7999030d8c {
  pointer-events: all;
  cursor: pointer;
}
.textField_1072f10d5c .inputWrapper_e7231e136e .iconContainer_3e474587cf.iconContainerActive_4f8875d018.iconContainerHasIcon_db0915610a:not(.iconContainerClickable_7999030d8c) {
  pointer-events: none;
  cursor: default;
}
.textField_1072f10d5c .inputWrapper_e7231e136e .iconContainer_3e474587cf.iconContainerActive_4f8875d018 {
  opacity: 1;
}
.textField_1072f10d5c .inputWrapper_e7231e136e .iconContainer_3e474587cf.iconContainerActive_4f8875d018 .icon_e7231e136e {
  opacity: 1;
  pointer-events: all;
  transform: rotate(0) scale(1);
}
.textField_1072f10d5c .inputWrapper_e7231e136e .iconContainer_3e474587cf.iconContainerHasIcon_db0915610a.iconContainerClickable_7999030d8c:hover {
  background-color: var(--primary-background-hover-color);
}
.textField_1072f10d5c .inputWrapper_e7231e136e .iconContainer_3e474587cf.iconContainerHasIcon_db0915610a.iconContainerClickable_7999030d8c:active {
  transform: translateY(-50%) scale(0.9);
}
.textField_1072f10d5c .inputWrapper_e7231e136e .iconContainer_3e474587cf .icon_e7231e136e {
  transform: rotate(90deg) scale(0.8);
  color: var(--icon-color);
  will-change: transform;
  pointer-events: none;
  transition: color var(--motion-productive-short) var(--motion-timing-enter), transform var(--motion-productive-short) var(--motion-timing-enter);
  font-size: 14px;
  font-family: var(--font-family);
}
.textField_1072f10d5c .inputWrapper_e7231e136e.inputErrorValidation_db0915610a:hover .input_701407b76d {
  border-color: var(--negative-color);
}
.textField_1072f10d5c .inputWrapper_e7231e136e.inputErrorValidation_db0915610a .input_701407b76d {
  border-color: var(--negative-color);
}
.textField_1072f10d5c .inputWrapper_e7231e136e.inputErrorValidation_db0915610a .input_701407b76d:focus,
.textField_1072f10d5c .inputWrapper_e7231e136e.inputErrorValidation_db0915610a .input_701407b76d:active {
  border-color: var(--negative-color);
}
.textField_1072f10d5c .inputWrapper_e7231e136e.inputErrorValidation_db0915610a .iconContainer_3e474587cf .icon_e7231e136e {
  color: var(--negative-color);
}
.textField_1072f10d5c .inputWrapper_e7231e136e.inputErrorValidation_db0915610a .iconContainer_3e474587cf .icon_e7231e136e:hover {
  color: var(--negative-color);
}
.textField_1072f10d5c .inputWrapper_e7231e136e.inputErrorValidation_db0915610a + .subTextContainer_e54f2c92ca .subTextContainerStatus_7e34687cb2,
.textField_1072f10d5c .inputWrapper_e7231e136e.inputErrorValidation_db0915610a + .subTextContainer_e54f2c92ca .counter_9e7d425aef {
  color: var(--negative-color);
}
.textField_1072f10d5c .inputWrapper_e7231e136e.inputSuccessValidation_eac487090d:hover .input_701407b76d {
  border-color: var(--positive-color);
}
.textField_1072f10d5c .inputWrapper_e7231e136e.inputSuccessValidation_eac487090d .input_701407b76d {
  border-color: var(--positive-color);
}
.textField_1072f10d5c .inputWrapper_e7231e136e.inputSuccessValidation_eac487090d .input_701407b76d:focus,
.textField_1072f10d5c .inputWrapper_e7231e136e.inputSuccessValidation_eac487090d .input_701407b76d:active {
  border-color: var(--positive-color);
}
.textField_1072f10d5c .inputWrapper_e7231e136e.inputSuccessValidation_eac487090d .iconContainer_3e474587cf .icon_e7231e136e {
  color: var(--positive-color);
}
.textField_1072f10d5c .inputWrapper_e7231e136e.inputSuccessValidation_eac487090d .iconContainer_3e474587cf .icon_e7231e136e:hover {
  color: var(--positive-color);
}
.textField_1072f10d5c .inputWrapper_e7231e136e.inputSuccessValidation_eac487090d + .subTextContainer_e54f2c92ca .subTextContainerStatus_7e34687cb2 {
  color: var(--positive-color);
}
.textField_1072f10d5c .inputWrapper_e7231e136e.wrapperSizeSmall_017e90c168 {
  height: 32px;
}
.textField_1072f10d5c .inputWrapper_e7231e136e.wrapperSizeSmall_017e90c168 .input_701407b76d {
  padding-inline-start: var(--space-8);
  font: var(--font-text2-normal);
  -webkit-font-smoothing: var(--font-smoothing-webkit);
  -moz-osx-font-smoothing: var(--font-smoothing-moz);
}
.textField_1072f10d5c .inputWrapper_e7231e136e.inputWrapperSizeSmall_ee9dbf8347 .input_701407b76d.inputHasIcon_cfcd1204d0.onlyUnderline_eb1ab25b93 {
  padding-inline-start: var(--space-4);
}
.textField_1072f10d5c .inputWrapper_e7231e136e.wrapperSizeMedium_a12436bdfe {
  height: 40px;
}
.textField_1072f10d5c .inputWrapper_e7231e136e.wrapperSizeMedium_a12436bdfe .input_701407b76d {
  font: var(--font-text1-normal);
  -webkit-font-smoothing: var(--font-smoothing-webkit);
  -moz-osx-font-smoothing: var(--font-smoothing-moz);
}
.textField_1072f10d5c .inputWrapper_e7231e136e.wrapperSizeMedium_a12436bdfe .input_701407b76d.inputHasIcon_cfcd1204d0 {
  padding: var(--space-8) var(--space-32) var(--space-8) var(--space-12);
}
.textField_1072f10d5c .inputWrapper_e7231e136e.wrapperSizeMedium_a12436bdfe .input_701407b76d.inputHasIcon_cfcd1204d0.onlyUnderline_eb1ab25b93 {
  padding-inline-start: 4px;
}
.textField_1072f10d5c .inputWrapper_e7231e136e.wrapperSizeMedium_a12436bdfe .iconContainer_3e474587cf {
  pointer-events: none;
  height: 32px;
  width: 32px;
  outline: none;
}
.textField_1072f10d5c .inputWrapper_e7231e136e.wrapperSizeMedium_a12436bdfe .iconContainer_3e474587cf:hover + .iconContainer_3e474587cf + .input_701407b76d {
  border-color: var(--primary-text-color);
}
.textField_1072f10d5c .inputWrapper_e7231e136e.wrapperSizeLarge_758d5a2181 {
  height: 48px;
}
.textField_1072f10d5c .inputWrapper_e7231e136e.wrapperSizeLarge_758d5a2181 .input_701407b76d {
  font: var(--font-text1-normal);
  -webkit-font-smoothing: var(--font-smoothing-webkit);
  -moz-osx-font-smoothing: var(--font-smoothing-moz);
}
.textField_1072f10d5c .inputWrapper_e7231e136e.wrapperSizeLarge_758d5a2181 .input_701407b76d.inputHasIcon_cfcd1204d0 {
  padding: var(--space-8) var(--space-32) var(--space-8) var(--space-12);
}
.textField_1072f10d5c .inputWrapper_e7231e136e.wrapperSizeLarge_758d5a2181 .input_701407b76d.inputHasIcon_cfcd1204d0.onlyUnderline_eb1ab25b93 {
  padding-inline-start: var(--space-4);
}
.textField_1072f10d5c .inputWrapper_e7231e136e.wrapperSizeLarge_758d5a2181 .iconContainer_3e474587cf {
  height: 40px;
  width: 40px;
}
.textField_1072f10d5c .inputWrapper_e7231e136e:hover .input_701407b76d {
  border-color: var(--primary-text-color);
}
.textField_1072f10d5c .inputWrapper_e7231e136e .loaderContainer_9e651cb5b2 {
  position: absolute;
  top: 50%;
  inset-inline-end: 4px;
  width: 24px;
  height: 24px;
  transform: translateY(-50%);
  display: flex;
  justify-content: center;
  align-items: center;
}
.textField_1072f10d5c .inputWrapper_e7231e136e .loaderContainer_9e651cb5b2.loaderContainerHasIcon_e929d7e324 {
  inset-inline-end: 32px;
}
.textField_1072f10d5c .inputWrapper_e7231e136e .loaderContainer_9e651cb5b2 .loader_2ba8bac210 {
  width: 16px;
  height: 16px;
}
.textField_1072f10d5c .inputWrapper_e7231e136e .loaderContainer_9e651cb5b2 .loader_2ba8bac210 .loaderSvg_6a2d9c14f3 {
  color: var(--secondary-text-color);
}
.textField_1072f10d5c .inputWrapper_e7231e136e.wrapperSizeMedium_a12436bdfe .iconContainer_3e474587cf .icon_e7231e136e {
  font-size: 16px;
  font-family: var(--font-family);
}
.textField_1072f10d5c .inputWrapper_e7231e136e.wrapperSizeLarge_758d5a2181 .iconContainer_3e474587cf .icon_e7231e136e {
  font-size: 16px;
  font-family: var(--font-family);
}
.dark-app-theme input[type=date]::-webkit-calendar-picker-indicator, .black-app-theme input[type=date]::-webkit-calendar-picker-indicator, .hacker_theme-app-theme input[type=date]::-webkit-calendar-picker-indicator,
.dark-app-theme input[type=datetime-local]::-webkit-calendar-picker-indicator,
.black-app-theme input[type=datetime-local]::-webkit-calendar-picker-indicator,
.hacker_theme-app-theme input[type=datetime-local]::-webkit-calendar-picker-indicator {
  filter: invert(1);
}`);var Nu;(function(e){e.CHAR="Input char count",e.VALIDATION_TEXT="Additional helper text"})(Nu||(Nu={}));var p0={error:X.inputErrorValidation,success:X.inputSuccessValidation},O2=P(P(P({},rc.SMALL,X.wrapperSizeSmall),rc.MEDIUM,X.wrapperSizeMedium),rc.LARGE,X.wrapperSizeLarge);var m0=(0,$.forwardRef)((function(e,t){var r=e.className,n=r===void 0?"":r,o=e.placeholder,i=o===void 0?"":o,a=e.autoComplete,l=a===void 0?"off":a,c=e.value,s=e.onChange,d=s===void 0?K:s,u=e.onBlur,f=u===void 0?K:u,v=e.onFocus,b=v===void 0?K:v,g=e.onKeyDown,x=g===void 0?K:g,m=e.onWheel,p=m===void 0?K:m,h=e.debounceRate,y=h===void 0?0:h,_=e.autoFocus,w=_!==void 0&&_,E=e.disabled,S=E!==void 0&&E,I=e.readonly,T=I!==void 0&&I,N=e.setRef,R=N===void 0?K:N,D=e.icon,B=e.secondaryIconName,H=e.id,z=H===void 0?"input":H,U=e.title,L=U===void 0?"":U,j=e.size,W=j===void 0?"small":j,Ce=e.validation,Z=Ce===void 0?null:Ce,Pe=e.wrapperClassName,ke=Pe===void 0?"":Pe,et=e.onIconClick,Xe=et===void 0?K:et,ve=e.clearOnIconClick,_t=ve!==void 0&&ve,xt=e.labelIconName,Yt=e.showCharCount,Le=Yt!==void 0&&Yt,Kr=e.inputAriaLabel,Pt=e.searchResultsContainerId,ir=Pt===void 0?"":Pt,br=e.activeDescendant,He=br===void 0?"":br,Ie=e.iconLabel,Lt=e.secondaryIconLabel,kt=e.type,wt=kt===void 0?"text":kt,yr=e.maxLength,It=yr===void 0?null:yr,In=e.allowExceedingMaxLength,Dn=In!==void 0&&In,ln=e.trim,cn=ln!==void 0&&ln,Bn=e.role,Mn=Bn===void 0?"":Bn,Fn=e.required,_r=Fn!==void 0&&Fn,zn=e.requiredErrorText,Xr=zn===void 0?"":zn,ar=e.loading,xr=ar!==void 0&&ar,lr=e["data-testid"],ui=e.secondaryDataTestId,Eo=e.tabIndex,jn=e.underline,So=jn!==void 0&&jn,Co=e.name,sn=e.controlled,Qt=sn!==void 0&&sn,dn=e.iconTooltipContent,ge=e.secondaryTooltipContent,fi=e.dir,Cc=(0,$.useState)(!1),Tc=q(Cc,2),cr=Tc[0],Nc=Tc[1],sr=(0,$.useRef)(null),Ku=Ee(t,sr,R),Xu=(0,$.useCallback)((function(at){_r&&!at.target.value&&Nc(!0),f(at)}),[f,_r]),Et=(0,$.useCallback)((function(at,ce){cr&&at&&Nc(!1),d(at,ce||{target:sr.current})}),[d,cr]),Zt=$_({delay:y,onChange:Et,initialStateValue:c,trim:cn}),Fa=Zt.inputValue,za=Zt.onEventChanged,ja=Zt.clearValue,Dt=(0,$.useMemo)((function(){return Qt?c:Fa}),[Qt,c,Fa]),St=(0,$.useCallback)((function(at){Qt?Et(at.target.value,at):za(at)}),[Qt,Et,za]),pi=(0,$.useMemo)((function(){return B&&Dt?B:D}),[D,B,Dt]),Oc=(0,$.useCallback)((function(){S||(_t&&(sr.current&&sr.current.focus(),sr.current.value="",Qt?Et(""):ja()),Xe(pi))}),[S,_t,Xe,pi,Qt,Et,ja]),mi=(0,$.useMemo)((function(){return typeof It=="number"&&Dt&&Dt.length>It?p0.error:Z&&Z.status||cr?p0[cr?"error":Z.status]:""}),[It,Z,cr,Dt]),hi=D||B,Ac=Le||Z&&Z.text||cr&&Xr,vi=B===pi,Un=D===pi,Ua=(Xe!==K||Ie||dn)&&Dt&&D.length&&Un,gi=(B||ge)&&vi&&!!Dt,To=Dn?"".concat(z,"-allow-exceeding-max-length-text"):void 0;(0,$.useEffect)((function(){if(sr?.current&&w){var at=requestAnimationFrame((function(){return sr.current.focus()}));return function(){return cancelAnimationFrame(at)}}}),[sr,w]);var Wa=Xe!==K||_t,bi=Ie||dn,yi=Lt||ge;return $.default.createElement("div",{className:(0,Rt.default)(X.textField,ke,P(P({},X.disabled,S),X.onlyUnderline,So)),role:Mn,"aria-busy":xr},$.default.createElement("div",{className:(0,Rt.default)(X.labelWrapper)},$.default.createElement(J_,{labelText:L,icon:xt,labelFor:z,required:_r}),$.default.createElement("div",{className:(0,Rt.default)(X.inputWrapper,O2[W],mi)},$.default.createElement("input",{className:(0,Rt.default)(n,X.input,P(P({},X.inputHasIcon,!!hi),X.readOnly,T)),placeholder:i,autoComplete:l,value:Dt,onChange:St,disabled:S,readOnly:T,ref:Ku,type:wt,id:z,"data-testid":lr||Y(ee.TEXT_FIELD,z),"data-vibe":qe.TEXT_FIELD,name:Co,onBlur:Xu,onFocus:b,onKeyDown:x,onWheel:p,maxLength:typeof It!="number"||Dn?void 0:It,role:ir&&"combobox","aria-label":Kr||i,"aria-invalid":Z&&Z.status==="error"||cr,"aria-owns":ir,"aria-activedescendant":He,"aria-required":_r,"aria-describedby":To,required:_r,tabIndex:Eo,dir:fi}),xr&&$.default.createElement("div",{className:(0,Rt.default)(X.loaderContainer,P({},X.loaderContainerHasIcon,hi))},$.default.createElement("div",{className:(0,Rt.default)(X.loader)},$.default.createElement(On,{className:(0,Rt.default)(X.loaderSvg)}))),D&&$.default.createElement(Ir,{content:Un?dn:void 0,referenceWrapperClassName:X.tooltipContainer},$.default.createElement(Xa,{className:(0,Rt.default)(X.iconContainer,P(P(P({},X.iconContainerHasIcon,hi),X.iconContainerActive,Un),X.iconContainerClickable,Wa)),onClick:Oc,tabIndex:Ua?0:-1,"aria-label":bi},$.default.createElement(De,{icon:D,className:(0,Rt.default)(X.icon),type:"font",size:W==="small"?"16px":"18px"}))),B&&$.default.createElement(Ir,{content:vi?ge:void 0,addKeyboardHideShowTriggersByDefault:!0,referenceWrapperClassName:X.tooltipContainer},$.default.createElement(Xa,{className:(0,Rt.default)(X.iconContainer,P(P(P({},X.iconContainerHasIcon,hi),X.iconContainerActive,vi),X.iconContainerClickable,Wa)),onClick:Oc,tabIndex:gi?0:-1,"data-testid":ui||Y(ee.TEXT_FIELD_SECONDARY_BUTTON,z),"aria-label":yi},$.default.createElement(De,{icon:B,className:(0,Rt.default)(X.icon),type:"font",size:W==="small"?"16px":"18px"})))),Ac&&$.default.createElement(_e,{type:"text2",color:"secondary",className:(0,Rt.default)(X.subTextContainer)},(Z&&Z.text||cr&&Xr)&&$.default.createElement("span",{className:(0,Rt.default)(X.subTextContainerStatus)},cr?Xr:Z.text),Le&&$.default.createElement("span",{className:(0,Rt.default)(X.counter),"aria-label":Nu.CHAR},Dt&&Dt.length||0,typeof It=="number"&&"/".concat(It),$.default.createElement(Jd,{id:To,text:"Maximum of ".concat(It," characters")})))))}));var Ke=k(C(),1),Aa=k(G(),1);var Kt={textAreaWrapper:"textAreaWrapper_37af26b489",label:"label_7360694d62",required:"required_6db75213b7",subTextContainer:"subTextContainer_6a2d9c14f3",helpText:"helpText_bfd4fe3cc2",limitText:"limitText_9e7d425aef",textArea:"textArea_d610b31f38",small:"small_00614b858c",large:"large_f037be5134",resize:"resize_74ebf61b6b",success:"success_f0b875385b",error:"error_51c594eaea",disabled:"disabled_6db75213b7",readOnly:"readOnly_6db75213b7"};(function(e){let t="s_id-48d7f417273f_4_5_2";if(typeof document<"u"){let r=document.head||document.getElementsByTagName("head")[0];if(r.querySelector("#"+t))return;let n=document.createElement("style");n.id=t,r.firstChild?r.insertBefore(n,r.firstChild):r.appendChild(n),n.appendChild(document.createTextNode(e))}else globalThis.injectedStyles&&(globalThis.injectedStyles[t]=e)})(`/* stylelint-disable */
/* stylelint-enable */
/* stylelint-disable */
/* stylelint-enable */
.textAreaWrapper_37af26b489 {
  display: flex;
  flex-direction: column;
  width: 100%;
  gap: var(--space-4);
  -webkit-font-smoothing: var(--font-smoothing-webkit);
  -moz-osx-font-smoothing: var(--font-smoothing-moz);
  font: var(--font-text2-normal);
}
.textAreaWrapper_37af26b489 .label_7360694d62 {
  display: inline-flex;
  gap: var(--space-4);
  color: var(--primary-text-color);
}
.textAreaWrapper_37af26b489 .label_7360694d62.required_6db75213b7::after {
  content: "*";
  color: var(--color-error);
}
.textAreaWrapper_37af26b489 .subTextContainer_6a2d9c14f3 {
  color: var(--secondary-text-color);
}
.textAreaWrapper_37af26b489 .subTextContainer_6a2d9c14f3 .helpText_bfd4fe3cc2 {
  display: flex;
}
.textAreaWrapper_37af26b489 .subTextContainer_6a2d9c14f3 .limitText_9e7d425aef {
  margin-inline-start: auto;
}
.textAreaWrapper_37af26b489 .textArea_d610b31f38 {
  resize: vertical;
  border: 1px solid var(--ui-border-color);
  border-radius: var(--border-radius-small);
  padding: var(--space-8);
  outline: none;
  background-color: var(--secondary-background-color);
  color: var(--primary-text-color);
}
.textAreaWrapper_37af26b489 .textArea_d610b31f38::placeholder {
  color: var(--placeholder-color);
  font-weight: 400;
}
.textAreaWrapper_37af26b489 .textArea_d610b31f38:hover {
  border-color: var(--primary-text-color);
}
.textAreaWrapper_37af26b489 .textArea_d610b31f38:active, .textAreaWrapper_37af26b489 .textArea_d610b31f38:focus, .textAreaWrapper_37af26b489 .textArea_d610b31f38:focus-within {
  border-color: var(--primary-color);
}
.textAreaWrapper_37af26b489 .textArea_d610b31f38.small_00614b858c {
  font: var(--font-text2-normal);
}
.textAreaWrapper_37af26b489 .textArea_d610b31f38.large_f037be5134 {
  padding: var(--space-12);
  font: var(--font-text1-normal);
}
.textAreaWrapper_37af26b489 .textArea_d610b31f38:not(.resize_74ebf61b6b) {
  resize: none;
}
.textAreaWrapper_37af26b489.success_f0b875385b .textArea_d610b31f38 {
  border-color: var(--color-success);
}
.textAreaWrapper_37af26b489.success_f0b875385b .helpText_bfd4fe3cc2 {
  color: var(--color-success);
}
.textAreaWrapper_37af26b489.error_51c594eaea .textArea_d610b31f38 {
  border-color: var(--color-error);
}
.textAreaWrapper_37af26b489.error_51c594eaea .helpText_bfd4fe3cc2,
.textAreaWrapper_37af26b489.error_51c594eaea .limitText_9e7d425aef {
  color: var(--color-error);
}
.textAreaWrapper_37af26b489.disabled_6db75213b7 .textArea_d610b31f38,
.textAreaWrapper_37af26b489.disabled_6db75213b7 .textArea_d610b31f38:hover {
  color: var(--disabled-text-color);
  background-color: var(--disabled-background-color);
  border-color: transparent;
  resize: none;
}
.textAreaWrapper_37af26b489.disabled_6db75213b7 .textArea_d610b31f38::placeholder,
.textAreaWrapper_37af26b489.disabled_6db75213b7 .textArea_d610b31f38:hover::placeholder {
  color: var(--disabled-text-color);
}
.textAreaWrapper_37af26b489.disabled_6db75213b7 .helpText_bfd4fe3cc2 {
  color: var(--disabled-text-color);
}
.textAreaWrapper_37af26b489.readOnly_6db75213b7 .textArea_d610b31f38,
.textAreaWrapper_37af26b489.readOnly_6db75213b7 .textArea_d610b31f38:hover {
  background-color: var(--allgrey-background-color);
  border-color: transparent;
  resize: none;
}`);var r9={small:3,large:4},h0=(0,Ke.forwardRef)((function(e,t){var r=e.size,n=r===void 0?"small":r,o=e.rows,i=e.label,a=e.helpText,l=e.success,c=e.error,s=e.className,d=e["data-testid"],u=e.id,f=e.disabled,v=e.readOnly,b=e.required,g=e.maxLength,x=e.allowExceedingMaxLength,m=e.onChange,p=e.value,h=e.resize,y=h===void 0||h,_=e.showCharCount,w=_!==void 0&&_,E=Dr(e,["size","rows","label","helpText","success","error","className","data-testid","id","disabled","readOnly","required","maxLength","allowExceedingMaxLength","onChange","value","resize","showCharCount"]),S=o||r9[n],I=a&&"".concat(u,"-help-text"),T=w&&typeof g=="number"&&"".concat(u,"-allow-exceeding-max-length"),N=(0,Ke.useMemo)((function(){return[I,T].filter((function(L){return!!L})).join(" ")||void 0}),[I,T]),R=(0,Ke.useState)(p?.length||0),D=q(R,2),B=D[0],H=D[1],z=c||typeof g=="number"&&B>g;(0,Ke.useEffect)((function(){H(p?.length||0)}),[p]);var U=(0,Ke.useCallback)((function(L){H(L.target.value.length),m?.(L)}),[m]);return Ke.default.createElement("div",{className:(0,Aa.default)(Kt.textAreaWrapper,P(P(P(P({},Kt.error,z),Kt.success,l),Kt.disabled,f),Kt.readOnly,v),s),"data-testid":d||Y(ee.TEXT_AREA,u),"data-vibe":qe.TEXT_AREA},i&&Ke.default.createElement("label",{className:(0,Aa.default)(Kt.label,P({},Kt.required,b)),htmlFor:u},i),Ke.default.createElement("textarea",Object.assign({},E,{id:u,maxLength:typeof g!="number"||x?void 0:g,ref:t,value:p,disabled:f,readOnly:v,required:b,rows:S,className:(0,Aa.default)(Kt.textArea,[Kt[n]],P({},Kt.resize,y)),"aria-invalid":z,"aria-describedby":N,onChange:U})),(w||a)&&Ke.default.createElement(lt,{gap:"xs",justify:"space-between",className:(0,Aa.default)(Kt.subTextContainer)},a&&Ke.default.createElement(_e,{className:(0,Aa.default)(Kt.helpText),color:"inherit",id:I},a),w&&Ke.default.createElement(Ke.default.Fragment,null,Ke.default.createElement(_e,{className:Kt.limitText},B,typeof g=="number"&&"/".concat(g)),Ke.default.createElement(Jd,{id:T,text:"".concat(B," out of ").concat(g)}))))}));var F2=k(G(),1),wo=k(C(),1);var A2={light:"light-app-theme",dark:"dark-app-theme",black:"black-app-theme"};var n9=function e(t,r,n){for(var o=0,i=Object.keys(t);i.length>o;o++){var a=i[o];typeof t[a]=="string"&&(r+="--".concat(a,": ").concat(t[a],";"))}r!==""&&(r=n+" {"+r+"}");for(var l=0,c=Object.keys(t);c.length>l;l++){var s=c[l];if(ut(t[s])==="object"){var d="".concat(n," .").concat(s);r+=`
`+e(t[s],"",d)}}return r},Ou=function(e){return!!e?.colors&&!!e?.name},R2=function(e,t){if(!Ou(e))return null;for(var r="",n=0,o=Object.keys(e.colors);o.length>n;n++){var i=o[n];r+=n9(e.colors[i],"",".".concat(A2[i]," .").concat(t,".").concat(e.name))+`
`}return r},P2=function(){for(var e=arguments.length>0&&arguments[0]!==void 0?arguments[0]:6,t="",r="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",n=0;e>n;n++)t+=r.charAt(Math.floor(52*Math.random()));return t},L2="-app-theme",o9=function(e){return e.endsWith(L2)},I2=function(e){return"".concat(e).concat(L2)},i9=function(){for(var e=document.body.classList,t=0,r=Array.from(e);r.length>t;t++){var n=r[t];if(o9(n))return n}return null},D2=function(){return!!i9()},B2=function(e){document.body.classList.add(I2(e))},M2=function(e){document.body.classList.remove(I2(e))};var v0=function(e){var t=e.themeConfig,r=e.children,n=e.themeClassSpecifier,o=e.systemTheme,i=e.className,a=(0,wo.useState)(!1),l=q(a,2),c=l[0],s=l[1],d=(0,wo.useMemo)((function(){return n||P2()}),[n]);return Fc((function(){if(o&&!D2())return B2(o),function(){M2(o)}}),[o]),(0,wo.useEffect)((function(){if(Ou(t)){if(!document.getElementById(t.name)){var u=document.createElement("style");u.type="text/css",u.id=t.name;var f=R2(t,d);try{u.appendChild(document.createTextNode(f)),document.head.appendChild(u),s(!0)}catch(v){console.error("vibe ThemeProvider: error inserting theme-generated css - ",v)}return function(){document.head.removeChild(u)}}s(!0)}}),[d,t]),!c&&Ou(t)?null:wo.default.createElement("div",{className:(0,F2.default)(t?.name,d,i)},r)};var Mu=k(h3(),1),Du=1e3,E0=new Set(["light","dark","black"]);function H9(){let e=new URLSearchParams(window.location.search);return{sessionToken:e.get("sessionToken")||document.body.dataset.sessionToken||"",boardId:e.get("boardId")||null,theme:E0.has(e.get("theme"))?e.get("theme"):"light",timeZone:Intl.DateTimeFormat().resolvedOptions().timeZone||"UTC"}}function Bu(e,t){return Promise.race([e,new Promise(r=>setTimeout(()=>r(null),t))])}var $r=null;async function V9(e){if(window.parent===window)return null;$r=$r||(0,Mu.default)();let t=$r,[r,n]=await Promise.all([Bu(t.get("context"),Du),Bu(t.get("sessionToken"),Du)]);if(!r||!r.data)return null;let o=r.data,i=o.user||{};return{sessionToken:n&&n.data||e.sessionToken,boardId:o.boardId?String(o.boardId):e.boardId,theme:E0.has(o.theme)?o.theme:e.theme,timeZone:i.timezone||i.time_zone||e.timeZone}}var w0=null;async function v3(){if(window.parent===window)return null;$r=$r||(0,Mu.default)();let e=await Bu($r.get("sessionToken"),Du),t=e&&e.data;if(!t)return null;let r=await Fu();return r.sessionToken=t,t}function g3(e){return window.parent===window?()=>{}:($r=$r||(0,Mu.default)(),$r.listen("context",t=>{let r=t&&t.data||{},n=r.user||{},o={};E0.has(r.theme)&&(o.theme=r.theme),(n.timezone||n.time_zone)&&(o.timeZone=n.timezone||n.time_zone),e(o)}))}function Fu(){if(!w0){let e=H9();w0=V9(e).then(t=>t||e,()=>e)}return w0}async function b3(){let e=await Fu();if(!$r)return e.sessionToken;let t=await Bu($r.get("sessionToken"),Du).catch(()=>null);return t&&t.data||e.sessionToken}var zu=class extends Error{constructor(t,r,n){super(r),this.status=t,this.body=n||{},this.errors=Array.isArray(this.body.errors)?this.body.errors:[]}};function G9(e,t){return t.message?t.message:e===401?"Your monday session has ended; reload the page to sign in again.":e===403?"You do not have permission to do this.":e===404?"This was not found; it may have been removed. Reload the page.":e>=500?"The server could not handle this request; try again in a moment.":t.error||t.reason||`The request failed (${e}).`}async function y3(e,t,r,n){try{return await fetch(t,{method:e,headers:{Authorization:`Bearer ${n}`,"Content-Type":"application/json"},body:r===void 0?void 0:JSON.stringify(r)})}catch{throw new zu(0,"The server cannot be reached; check your network and try again.")}}async function yt(e,t,r){let n=await b3(),o=await y3(e,t,r,n);if(o.status===401){let a=await v3().catch(()=>null);a&&a!==n&&(o=await y3(e,t,r,a))}let i=await o.json().catch(()=>({}));if(!o.ok)throw new zu(o.status,G9(o.status,i),i);return i}var Ia=k(C(),1),E3=k(x3(),1);var w3=k(We(),1);function k3({theme:e,children:t}){return(0,w3.jsx)(v0,{systemTheme:e||"light",className:"page-theme",children:t})}var C0=k(We(),1);function ju({title:e,message:t}){return(0,C0.jsx)("main",{className:"page",children:(0,C0.jsx)(Vt,{type:"negative",title:e||"This page cannot be shown",text:t})})}var La=k(We(),1),T0=class extends Ia.Component{constructor(t){super(t),this.state={failed:!1}}static getDerivedStateFromError(){return{failed:!0}}render(){return this.state.failed?(0,La.jsx)(ju,{message:"Something went wrong on this page; reload it to try again."}):this.props.children}};function $9({initial:e,View:t}){let[r,n]=(0,Ia.useState)(e);return(0,Ia.useEffect)(()=>g3(o=>n(i=>({...i,...o}))),[]),(0,La.jsx)(k3,{theme:r.theme,children:(0,La.jsx)(T0,{children:(0,La.jsx)(t,{ctx:r})})})}async function S3(e){let t=await Fu();(0,E3.createRoot)(document.getElementById("root")).render((0,La.jsx)($9,{initial:t,View:e}))}var Uu=k(C(),1);function C3(e,t){if(!e)return"";let r=new Date(e);return Number.isNaN(r.getTime())?String(e):new Intl.DateTimeFormat(void 0,{dateStyle:"medium",timeStyle:"short",timeZone:t||void 0}).format(r)}function T3(e){return e.kind==="choice_list"?N0(e,e.default):e.option?e.kind==="bool"?!!e.default:"":e.kind==="bool"?e.default!==!1:e.default===null||e.default===void 0?"":N0(e,e.default)}function N0(e,t){return e.kind==="choice_list"?t==null?[...e.choices]:[...t]:t==null?e.kind==="bool"?!1:"":e.kind==="bool"?!!t:e.kind==="text_map"||e.kind==="number_map"?JSON.stringify(t):e.kind==="text_list"?t.join(", "):String(t)}function N3(e){return Object.fromEntries(e.fields.map(t=>[t.name,T3(t)]))}function Sc(e,t){let r={};for(let n of e.fields){let o=n.option?t.options||{}:t;r[n.name]=n.name in o?N0(n,o[n.name]):T3(n)}return r}function K9(e,t){if(e.kind==="bool")return!!t;if(e.kind==="choice_list"||e.kind==="secret")return t;let r=String(t??"").trim();if(r==="")return null;if(e.kind==="int"||e.kind==="number")return Number.isNaN(Number(r))?r:Number(r);if(e.kind==="text_map"||e.kind==="number_map")try{return JSON.parse(r)}catch{return r}return e.kind==="text_list"?r.split(",").map(n=>n.trim()).filter(Boolean):r}function O0(e,t){let r={options:{}};for(let n of e.fields){let o=K9(n,t[n.name]);n.option?o!==null&&!(n.kind==="bool"&&o===!!n.default)&&(r.options[n.name]=o):r[n.name]=o===null&&n.kind==="secret"?"":o}return r}function O3(e){let t={};for(let r of e.errors||[])t[r.field.replace(/^options\./,"")]=r.message;for(let r of e.body?.fields||[])t[r]=t[r]||"Type this password again: the server, operator or OData URL changed, and a stored password only ever goes to the server it was entered for.";return t}function ci(e,t){let r=e.fields.find(n=>n.required&&!n.option);return r?String(t[r.name]??""):`Connection ${t.id}`}function A3(e,t){let[,...r]=e.fields.filter(n=>n.required&&!n.option);return r.map(n=>`${n.label} ${t[n.name]??""}`).join(" · ")}var se=k(We(),1);function X9(e,t){if(!e.last_tested_at)return"Not tested yet";let r=C3(e.last_tested_at,t);return e.last_test_ok?`Test passed ${r}`:`Test found problems ${r}`}function q9({schema:e,connection:t,canEdit:r,timeZone:n,onOpen:o,onDefault:i,onRemove:a}){let l=ci(e,t);return(0,se.jsxs)("li",{className:"connection","data-connection":t.id,children:[(0,se.jsxs)("div",{className:"connection-main",children:[(0,se.jsx)("span",{className:"connection-name",children:l}),t.is_default&&(0,se.jsx)(yh,{text:"Default",kind:"line",className:"default-label"}),(0,se.jsx)("span",{className:"connection-where",children:A3(e,t)}),(0,se.jsx)("span",{className:"connection-test",children:X9(t,n)})]}),(0,se.jsxs)("div",{className:"connection-actions",children:[(0,se.jsx)(me,{kind:"secondary",size:"small",onClick:o,ariaLabel:`${r?"Edit":"View"} ${l}`,children:r?"Edit":"View"}),r&&!t.is_default&&(0,se.jsx)(me,{kind:"tertiary",size:"small",onClick:i,ariaLabel:`Make ${l} the default`,children:"Make default"}),r&&(0,se.jsx)(me,{kind:"tertiary",size:"small",color:"negative",onClick:a,ariaLabel:`Remove ${l}`,children:"Remove…"})]})]})}function R3({schema:e,connections:t,canEdit:r,timeZone:n,onOpen:o,onAdd:i,onChanged:a}){let[l,c]=(0,Uu.useState)(null),[s,d]=(0,Uu.useState)(""),[u,f]=(0,Uu.useState)("");async function v(g,x){d("");try{let m=await g;a(m.connections),f(x)}catch(m){d(m.message)}}let b=()=>{let g=l;c(null),v(yt("DELETE",`/api/connections/${g.id}`),`Connection ${ci(e,g)} removed.`)};return(0,se.jsxs)("section",{className:"connections","aria-labelledby":"list-heading",children:[(0,se.jsxs)("div",{className:"list-head",children:[(0,se.jsx)(jr,{type:"h2",id:"list-heading",children:"SYSPRO connections"}),r&&(0,se.jsx)(me,{id:"add-connection",onClick:i,children:"Add connection"})]}),(0,se.jsx)(_e,{type:"text2",element:"p",className:"hint",children:"Automations use the default connection unless they name another."}),s&&(0,se.jsx)(Vt,{type:"negative",title:"Not removed",text:s,id:"list-problem"}),(0,se.jsx)("ul",{className:"connection-list",id:"connection-list",children:t.map(g=>(0,se.jsx)(q9,{schema:e,connection:g,canEdit:r,timeZone:n,onOpen:()=>o(g.id),onRemove:()=>c(g),onDefault:()=>v(yt("PUT",`/api/connections/${g.id}/default`),`${ci(e,g)} is now the default.`)},g.id))}),(0,se.jsx)("p",{role:"status",id:"list-status",children:u}),(0,se.jsxs)(kc,{id:"remove-dialog",show:!!l,onClose:()=>c(null),children:[(0,se.jsxs)(cc,{children:[(0,se.jsx)(wc,{title:`Remove ${l?ci(e,l):""}?`}),(0,se.jsx)(Ec,{children:(0,se.jsx)(_e,{type:"text1",element:"p",children:"Its settings and passwords are deleted. A connection that board syncs still use cannot be removed."})})]}),(0,se.jsx)(lc,{primaryButton:{text:"Remove",onClick:b,id:"remove-confirm"},secondaryButton:{text:"Cancel",onClick:()=>c(null)}})]})]})}var di=k(C(),1);var Me=k(We(),1),Y9={secret:"password",int:"number",number:"number",url:"url"};function Q9({field:e,error:t}){return(0,Me.jsxs)(Me.Fragment,{children:[e.help&&(0,Me.jsx)("p",{className:"field-help",id:`help-${e.name}`,children:e.help}),t&&(0,Me.jsxs)("p",{className:"field-error",role:"alert",id:`error-${e.name}`,"data-error-for":e.name,children:[e.label,": ",t]})]})}function P3(e){return e.kind==="secret"||e.kind==="bool"||e.default===null||e.default===void 0||e.default===""?"":typeof e.default=="object"?JSON.stringify(e.default):String(e.default)}function Z9({field:e,value:t,onChange:r,readOnly:n}){let o=e.option?["",...e.choices]:e.choices;return(0,Me.jsxs)("div",{className:"choice-field",children:[(0,Me.jsx)("label",{htmlFor:`f-${e.name}`,className:"choice-label",children:e.label}),(0,Me.jsx)("select",{id:`f-${e.name}`,name:e.name,value:t,disabled:n,onChange:i=>r(i.target.value),children:o.map(i=>(0,Me.jsx)("option",{value:i,children:i===""?`Default (${e.default})`:i},i))})]})}function J9({field:e,value:t,onChange:r,readOnly:n}){let o=new Set(t||[]),i=(a,l)=>{let c=new Set(o);l?c.add(a):c.delete(a),r(e.choices.filter(s=>c.has(s)))};return(0,Me.jsxs)("fieldset",{className:"choice-list",id:`f-${e.name}`,"aria-describedby":e.help?`help-${e.name}`:void 0,children:[(0,Me.jsx)("legend",{children:e.label}),e.choices.map((a,l)=>(0,Me.jsx)(Yd,{id:`f-${e.name}-${a}`,name:`${e.name}-${a}`,label:e.choice_labels[l]||a,checked:o.has(a),disabled:n,onChange:c=>i(a,c.target.checked)},a))]})}function eE({field:e,value:t,error:r,onChange:n,readOnly:o}){let i;return e.kind==="choice_list"?i=(0,Me.jsx)(J9,{field:e,value:t,onChange:n,readOnly:o}):e.kind==="bool"?i=(0,Me.jsx)(Yd,{id:`f-${e.name}`,name:e.name,label:e.label,checked:!!t,disabled:o,onChange:a=>n(a.target.checked)}):e.kind==="choice"?i=(0,Me.jsx)(Z9,{field:e,value:t,onChange:n,readOnly:o}):["pem","text_map","number_map"].includes(e.kind)?i=(0,Me.jsx)(h0,{id:`f-${e.name}`,name:e.name,label:e.label,value:t,placeholder:P3(e),readOnly:o,error:!!r,onChange:a=>n(a.target.value)}):i=(0,Me.jsx)(m0,{id:`f-${e.name}`,name:e.name,title:e.label,inputAriaLabel:e.label,type:Y9[e.kind]||"text",value:t,controlled:!0,required:e.required&&!o,readonly:o,placeholder:P3(e),autoComplete:e.kind==="secret"?"new-password":"off",validation:r?{status:"error"}:void 0,size:"medium",onChange:a=>n(a)}),(0,Me.jsxs)("div",{className:`field field-${e.kind}${r?" has-error":""}`,"data-field":e.name,children:[i,(0,Me.jsx)(Q9,{field:e,error:r})]})}function Wu({fields:e,values:t,errors:r,onChange:n,readOnly:o}){return e.map(i=>(0,Me.jsx)(eE,{field:i,value:t[i.name],error:r[i.name],readOnly:o,onChange:a=>n(i.name,a)},i.name))}var Da=k(C(),1);var Xt=k(We(),1);function L3({connectionId:e}){let[t,r]=(0,Da.useState)(""),[n,o]=(0,Da.useState)(!1),[i,a]=(0,Da.useState)("");(0,Da.useEffect)(()=>{yt("GET",`/api/connections/${e}/sync-url`).then(c=>r(c.url),c=>a(c.message))},[e]);async function l(){o(!1);try{r((await yt("POST",`/api/connections/${e}/sync-url/rotate`)).url),a("A new URL is in place; the old one no longer works.")}catch(c){a(c.message)}}return(0,Xt.jsxs)("section",{className:"sync-url","aria-labelledby":"sync-url-heading",id:"sync-url-section",children:[(0,Xt.jsx)("h2",{id:"sync-url-heading",children:"Sync-now URL"}),(0,Xt.jsx)(_e,{type:"text2",element:"p",className:"hint",children:"A SYSPRO trigger program or any script can POST to this URL to read SYSPRO at once. Keep it secret; rotate it if it leaks."}),(0,Xt.jsx)("code",{id:"sync-url",className:"url",children:t}),(0,Xt.jsx)(me,{kind:"secondary",id:"rotate-button",onClick:()=>o(!0),disabled:!t,children:"Rotate…"}),(0,Xt.jsx)("p",{role:"status",className:"note",children:i}),(0,Xt.jsxs)(kc,{id:"rotate-dialog",show:n,onClose:()=>o(!1),children:[(0,Xt.jsxs)(cc,{children:[(0,Xt.jsx)(wc,{title:"Rotate the sync-now URL?"}),(0,Xt.jsx)(Ec,{children:(0,Xt.jsx)(_e,{type:"text1",element:"p",children:"The current URL stops working at once. Every SYSPRO trigger program or script that calls it must be given the new URL."})})]}),(0,Xt.jsx)(lc,{primaryButton:{text:"Rotate",onClick:l,id:"rotate-confirm"},secondaryButton:{text:"Cancel",onClick:()=>o(!1),id:"rotate-cancel"}})]})]})}var si=k(C(),1);var de=k(We(),1),tE=700,rE=new Set(["server URL","logon","logon profile"]),nE={true:"✔",false:"✘",null:"–"};function D3(e){let t=e.find(n=>!n.ok&&rE.has(n.subject||n.step));return t?{where:t.error_kind==="auth_failed"?"logon":"server",message:t.advice||t.detail}:null}function I3({group:e}){let t=e.ok===!0?"pass":e.ok===!1?"fail":"skipped";return(0,de.jsxs)("li",{className:`test-group ${t}`,"data-group":e.group,children:[(0,de.jsx)("span",{className:"mark","aria-hidden":"true",children:nE[String(e.ok)]}),(0,de.jsx)("span",{className:"group-name",children:e.group}),(0,de.jsx)("span",{className:"visually-hidden",children:t==="pass"?" works":t==="fail"?" does not work":" not checked"}),e.detail&&(0,de.jsx)("span",{className:"group-detail",children:e.detail})]})}function oE({groups:e}){let t=e.filter(n=>n.wanted!==!1),r=e.filter(n=>n.wanted===!1);return(0,de.jsxs)(de.Fragment,{children:[(0,de.jsx)("ul",{className:"test-groups",id:"test-groups",children:t.map(n=>(0,de.jsx)(I3,{group:n},n.group))}),r.length>0&&(0,de.jsxs)("details",{className:"test-others",children:[(0,de.jsxs)("summary",{children:["Other data you did not choose to sync (",r.length,")"]}),(0,de.jsx)("ul",{className:"test-groups",children:r.map(n=>(0,de.jsx)(I3,{group:n},n.group))})]})]})}var B3=e=>e.chosen_ok??e.ok;function iE(e){return e?e.done?B3(e)?"Everything works.":"Some things do not work yet: see below.":`Testing… ${e.steps.length} checks done`:"Starting the test…"}function Hu({connectionId:e,runKey:t,onDone:r}){let[n,o]=(0,si.useState)(null),[i,a]=(0,si.useState)(null),l=(0,si.useRef)(r);return l.current=r,(0,si.useEffect)(()=>{if(!t)return;let c=!1;return o(null),a(null),(async()=>{try{let s=await yt("POST",`/api/connections/${e}/test`);for(;;){if(await new Promise(u=>setTimeout(u,tE)),c)return;let d=await yt("GET",s.status_url);if(c)return;if(o(d),d.done){l.current?.(d);return}}}catch(s){c||a(s.message)}})(),()=>{c=!0}},[e,t]),t?(0,de.jsxs)("section",{className:"test-result","aria-labelledby":"test-heading",id:"test-result",children:[(0,de.jsx)("h2",{id:"test-heading",children:"Connection test"}),i?(0,de.jsx)(Vt,{type:"negative",text:i}):(0,de.jsxs)("p",{className:"test-status",role:"status",id:"test-status","data-done":n?.done?"true":"false","data-ok":n?.done?String(!!B3(n)):"",children:[n&&!n.done&&(0,de.jsx)(On,{size:16})," ",iE(n)]}),n&&(0,de.jsx)(oE,{groups:n.groups}),n&&n.steps.length>0&&(0,de.jsxs)("details",{className:"test-steps",children:[(0,de.jsx)("summary",{children:"Every step"}),(0,de.jsx)("ol",{children:n.steps.map((c,s)=>(0,de.jsxs)("li",{className:c.ok?"pass":"fail",children:[c.ok?"✔":"✘"," ",c.step,c.detail?` — ${c.detail}`:""]},s))})]})]}):null}function M3({onClick:e,disabled:t}){return(0,de.jsx)(me,{kind:"secondary",id:"test-button",onClick:e,disabled:t,children:"Test connection"})}async function Vu(e,t,r){try{return{connection:(r?await yt("PUT",`/api/connections/${r}`,O0(e,t)):await yt("POST","/api/connections",O0(e,t))).connection}}catch(n){return{errors:O3(n),message:n.message}}}function Gu(e,t,r,n){let o=n(e,r);for(let i of e.fields)i.kind==="secret"&&t[i.name]&&(o[i.name]=t[i.name]);return o}function F3(e,t){let r={};for(let n of e)n.required&&!String(t[n.name]??"").trim()&&(r[n.name]="is required");return r}var Fe=k(We(),1);function aE({section:e,fields:t,values:r,errors:n,onChange:o,readOnly:i}){let a=(0,Fe.jsx)(Wu,{fields:t,values:r,errors:n,onChange:o,readOnly:i});return e.key==="advanced"?(0,Fe.jsxs)("details",{className:"section advanced",id:"advanced-options",open:t.some(l=>n[l.name]),children:[(0,Fe.jsx)("summary",{children:e.title}),(0,Fe.jsx)("p",{className:"hint",children:"Leave empty to use the default shown."}),a]}):(0,Fe.jsxs)("fieldset",{className:"section",children:[(0,Fe.jsx)("legend",{children:e.title}),a]})}function z3({schema:e,connection:t,canEdit:r,onSaved:n,onBack:o}){let[i,a]=(0,di.useState)(()=>Sc(e,t)),[l,c]=(0,di.useState)({}),[s,d]=(0,di.useState)(""),[u,f]=(0,di.useState)(""),[v,b]=(0,di.useState)(!1),[g,x]=(0,di.useState)(0),m=(h,y)=>a(_=>({..._,[h]:y}));async function p(h){if(h.preventDefault(),!r)return;b(!0),d("");let y=await Vu(e,i,t.id);if(b(!1),y.errors){c(y.errors),f(y.message);return}c({}),f(""),a(Gu(e,i,y.connection,Sc)),d("Saved."),n(y.connection)}return(0,Fe.jsxs)("section",{className:"editor","aria-labelledby":"editor-heading",children:[(0,Fe.jsx)(me,{kind:"tertiary",onClick:o,id:"back-to-list",children:"← All connections"}),(0,Fe.jsx)(jr,{type:"h2",id:"editor-heading",children:ci(e,t)}),!r&&(0,Fe.jsx)("p",{className:"hint",id:"read-only-note",children:"You can view these settings; only an admin of this monday account can change them or test the connection."}),r&&(0,Fe.jsx)("p",{className:"hint",children:"Passwords show as ******** once saved; leave them as they are to keep them. A new server URL, operator or OData URL needs its passwords again."}),(0,Fe.jsxs)("form",{id:"connection-form",noValidate:!0,onSubmit:p,"aria-label":"Connection settings",children:[u&&(0,Fe.jsx)(Vt,{type:"negative",title:"Not saved",text:u,id:"form-problem"}),e.sections.map(h=>(0,Fe.jsx)(aE,{section:h,values:i,errors:l,fields:e.fields.filter(y=>y.section===h.key),onChange:m,readOnly:!r},h.key)),r&&(0,Fe.jsxs)("div",{className:"actions",children:[(0,Fe.jsx)(me,{type:"submit",id:"save-button",loading:v,children:"Save"}),(0,Fe.jsx)(M3,{onClick:()=>x(h=>h+1)}),(0,Fe.jsx)("span",{role:"status",id:"form-status",children:s})]})]}),r&&(0,Fe.jsx)(Hu,{connectionId:t.id,runKey:g}),r&&(0,Fe.jsx)(L3,{connectionId:t.id})]})}var Ln=k(C(),1);var oe=k(We(),1),Ba=[{key:"server",title:"Server",sections:["server"]},{key:"logon",title:"Logon",sections:["logon"]},{key:"sync",title:"What to sync",sections:null},{key:"test",title:"Test"}],lE=new Set(["server","logon"]);function $u(e,t){return!e.sections&&e.key==="sync"?t.sections.filter(r=>!lE.has(r.key)).map(r=>r.key):e.sections||[]}function cE({at:e,problems:t,counts:r,onGo:n,reachable:o}){return(0,oe.jsx)("ol",{className:"wizard-steps","aria-label":"Set-up steps",children:Ba.map((i,a)=>(0,oe.jsxs)("li",{id:`step-${i.key}`,className:t[i.key]?"problem":"","aria-current":a===e?"step":void 0,children:[(0,oe.jsxs)("button",{type:"button",onClick:()=>n(a),disabled:a>o,children:[(0,oe.jsx)("span",{className:"step-number",children:a+1})," ",i.title,r[i.key]>0&&(0,oe.jsxs)("span",{className:"step-count",children:[r[i.key]," to fix"]})]}),t[i.key]&&(0,oe.jsx)("p",{className:"step-problem",id:`problem-${i.key}`,children:t[i.key]})]},i.key))})}function j3({schema:e,onFinished:t,onCancel:r}){let[n,o]=(0,Ln.useState)(0),[i,a]=(0,Ln.useState)(0),[l,c]=(0,Ln.useState)(()=>N3(e)),[s,d]=(0,Ln.useState)({}),[u,f]=(0,Ln.useState)({}),[v,b]=(0,Ln.useState)(null),[g,x]=(0,Ln.useState)(0),[m,p]=(0,Ln.useState)(!1),h=Ba[n],y=N=>e.fields.filter(R=>N.includes(R.section)),_=N=>{o(N),a(R=>Math.max(R,N))},w=(N,R)=>c(D=>({...D,[N]:R}));function E(){let N=F3(y($u(h,e)),l);d(R=>({...R,...N})),Object.keys(N).length===0&&_(n+1)}async function S(){p(!0);let N=await Vu(e,l,v);if(p(!1),N.errors){d(N.errors);let R=Ba.findIndex(D=>y($u(D,e)).some(B=>N.errors[B.name]));f(R===-1?{[h.key]:N.message}:{}),o(R===-1?n:R);return}d({}),f({}),b(N.connection.id),c(Gu(e,l,N.connection,Sc)),_(Ba.length-1),x(R=>R+1)}function I(N){let R=D3(N.steps);R&&(f({[R.where]:R.message}),o(Ba.findIndex(D=>D.key===R.where)))}let T=N=>{N.preventDefault(),h.key==="sync"?S():E()};return(0,oe.jsxs)("section",{className:"wizard","aria-labelledby":"wizard-heading",children:[(0,oe.jsx)(jr,{type:"h2",id:"wizard-heading",children:"Connect your SYSPRO server"}),(0,oe.jsx)(cE,{at:n,problems:u,onGo:_,reachable:i,counts:Object.fromEntries(Ba.map(N=>[N.key,y($u(N,e)).filter(R=>s[R.name]).length]))}),h.key==="test"?(0,oe.jsxs)(oe.Fragment,{children:[(0,oe.jsx)(Hu,{connectionId:v,runKey:g,onDone:I}),(0,oe.jsxs)("div",{className:"actions",children:[(0,oe.jsx)(me,{kind:"secondary",onClick:()=>_(2),children:"Back"}),(0,oe.jsx)(me,{id:"wizard-done",onClick:()=>t(v),children:"Done"})]})]}):(0,oe.jsxs)("form",{id:"connection-form",noValidate:!0,onSubmit:T,"aria-label":`Step ${n+1}: ${h.title}`,children:[u[h.key]&&(0,oe.jsx)(Vt,{type:"negative",title:"This step needs fixing",className:"step-box",text:"See the reason above; correct the fields, then Save and test again."}),$u(h,e).map(N=>{let R=e.sections.find(B=>B.key===N),D=(0,oe.jsx)(Wu,{fields:y([N]),values:l,errors:s,onChange:w});return N==="advanced"?(0,oe.jsxs)("details",{className:"section advanced",open:y([N]).some(B=>s[B.name]),children:[(0,oe.jsx)("summary",{children:R.title}),D]},N):(0,oe.jsxs)("fieldset",{className:"section",children:[(0,oe.jsx)("legend",{children:R.title}),D]},N)}),(0,oe.jsxs)("div",{className:"actions",children:[n>0?(0,oe.jsx)(me,{kind:"secondary",onClick:()=>_(n-1),children:"Back"}):r&&(0,oe.jsx)(me,{kind:"tertiary",onClick:r,children:"Cancel"}),(0,oe.jsx)(me,{type:"submit",id:"wizard-next",loading:m,children:h.key==="sync"?"Save and test":"Next"})]})]})]})}var qt=k(We(),1),A0=document.body.dataset.canEdit==="true";function sE({state:e}){return!e||e.state==="ok"?null:(0,qt.jsx)(Vt,{type:"warning",title:"monday connection",text:e.message,id:"monday-connection"})}function dE({ctx:e,schema:t,connections:r,setConnections:n}){let[o,i]=(0,Ma.useState)({view:"list"}),a=s=>i({view:"edit",id:s}),l=async s=>{let d=await yt("GET","/api/connections");n(d.connections),s?.()};if(!r.length&&!A0)return(0,qt.jsx)(Vt,{type:"primary",title:"No SYSPRO connection yet",id:"no-connection",text:"An admin of this monday account can connect the SYSPRO server here."});if(!r.length||o.view==="add")return(0,qt.jsx)(j3,{schema:t,onCancel:r.length?()=>i({view:"list"}):null,onFinished:s=>l(()=>a(s))});let c=o.view==="edit"&&r.find(s=>s.id===o.id);return c?(0,qt.jsx)(z3,{schema:t,connection:c,canEdit:A0,onBack:()=>i({view:"list"}),onSaved:s=>n(r.map(d=>d.id===s.id?s:d))},c.id):(0,qt.jsx)(R3,{schema:t,connections:r,canEdit:A0,timeZone:e.timeZone,onOpen:a,onAdd:()=>i({view:"add"}),onChanged:n})}function uE({ctx:e}){let[t,r]=(0,Ma.useState)(null),[n,o]=(0,Ma.useState)("");if((0,Ma.useEffect)(()=>{Promise.all([yt("GET","/api/connection-schema"),yt("GET","/api/connections")]).then(([a,l])=>r({schema:a,list:l}),a=>o(a.message))},[]),n)return(0,qt.jsx)(ju,{title:"The settings cannot be shown",message:n});if(!t)return(0,qt.jsx)("main",{className:"page",children:(0,qt.jsx)(On,{size:32})});let i=a=>r(l=>({...l,list:{...l.list,connections:a}}));return(0,qt.jsxs)("main",{className:"page settings","data-ready":"true",children:[(0,qt.jsx)(jr,{type:"h1",children:"ml-connector settings"}),(0,qt.jsx)(sE,{state:t.list.monday_connection}),(0,qt.jsx)(dE,{ctx:e,schema:t.schema,connections:t.list.connections,setConnections:i})]})}S3(uE);})();
/*! Bundled license information:

react/cjs/react.production.min.js:
  (**
   * @license React
   * react.production.min.js
   *
   * Copyright (c) Facebook, Inc. and its affiliates.
   *
   * This source code is licensed under the MIT license found in the
   * LICENSE file in the root directory of this source tree.
   *)

classnames/index.js:
  (*!
  	Copyright (c) 2018 Jed Watson.
  	Licensed under the MIT License (MIT), see
  	http://jedwatson.github.io/classnames
  *)

scheduler/cjs/scheduler.production.min.js:
  (**
   * @license React
   * scheduler.production.min.js
   *
   * Copyright (c) Facebook, Inc. and its affiliates.
   *
   * This source code is licensed under the MIT license found in the
   * LICENSE file in the root directory of this source tree.
   *)

react-dom/cjs/react-dom.production.min.js:
  (**
   * @license React
   * react-dom.production.min.js
   *
   * Copyright (c) Facebook, Inc. and its affiliates.
   *
   * This source code is licensed under the MIT license found in the
   * LICENSE file in the root directory of this source tree.
   *)

react/cjs/react-jsx-runtime.production.min.js:
  (**
   * @license React
   * react-jsx-runtime.production.min.js
   *
   * Copyright (c) Facebook, Inc. and its affiliates.
   *
   * This source code is licensed under the MIT license found in the
   * LICENSE file in the root directory of this source tree.
   *)
*/
