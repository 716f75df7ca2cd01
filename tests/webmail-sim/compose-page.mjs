// Builds pages reproducing the compose windows of Gmail and Outlook on the web, for the pre-send
// guard (../shared/docs/peers.md §3 and Synthesis B: Gmail's `div.M9` root under `div.AD`
// (popup), `[role=dialog] div.aaZ` (full screen) or inside a conversation (inline reply); the
// PeopleKit chips `div[name=to] [role=option][data-hovercard-id]` with the typed text in
// `div[name=to] input`; the classic `.vR` chips with hidden inputs and `textarea.vO`; Send
// `div.T-I.T-I-atl`, the schedule-send menu item; OWA's recipient wells `role=textbox` with
// chips `[data-lpc-hover-target]` and `button[aria-label=送信|Send]`). Class names and
// attributes are the webmails'; the texts are fixtures.
//
// Each page carries a small script playing the webmail's own part: it turns typed text into a
// chip on Enter, comma or blur, removes a chip with its remove control, and sends: Gmail on
// mouseup (its jsaction handlers act on mousedown/mouseup, not only click), Enter/Space on the
// button and Ctrl/Cmd+Enter; Outlook on click and Ctrl+Enter. What was sent, with the
// recipients the page itself held, is recorded in window.__bnSim for the tests to assert.
import { text } from './html.mjs';

const gmailLabels = {
  ja: { to: '宛先', cc: 'Cc', bcc: 'Bcc', subject: '件名', send: '送信', schedule: '送信日時を設定', more: '送信オプション', remove: '削除', newMessage: '新規メッセージ', reply: '返信' },
  en: { to: 'To', cc: 'Cc', bcc: 'Bcc', subject: 'Subject', send: 'Send', schedule: 'Schedule send', more: 'More send options', remove: 'Remove', newMessage: 'New Message', reply: 'Reply' },
};

const palette = {
  light: { page: '#f6f8fc', pane: '#ffffff', fg: '#202124', muted: '#5f6368', line: '#e0e0e0', chip: '#e8eaed', send: '#0b57d0' },
  dark: { page: '#131314', pane: '#1e1f20', fg: '#e3e3e3', muted: '#a8abaf', line: '#3c4043', chip: '#3c4043', send: '#a8c7fa' },
};

/** A chip as Gmail draws it, in the UI the page uses (the page script builds the same from typed text). */
function gmailChip(ui, field, address, l) {
  return ui === 'classic'
    ? `<div class="vR"><span class="vN" email="${text(address)}">${text(address)}</span><div class="afX" role="button" aria-label="${text(l.remove)}"></div><input type="hidden" name="${field}" value="${text(address)}"></div>`
    : `<div role="option" class="afV" data-hovercard-id="${text(address)}" data-name="${text(address)}"><span>${text(address)}</span><div class="afX" role="button" aria-label="${text(l.remove)}"></div></div>`;
}

function gmailField(ui, field, initial, l) {
  const chips = (initial[field] ?? []).map((address) => gmailChip(ui, field, address, l)).join('');
  if (ui === 'classic') {
    return `<tr class="bzf"><td class="eV"><span class="bn-label">${text(l[field])}</span><div class="vR-list" data-field="${field}">${chips}</div><textarea class="vO" name="${field}" rows="1" aria-label="${text(l[field])}"></textarea></td></tr>`;
  }
  return `<tr class="bzf"><td><div class="anm" name="${field}"><span class="bn-label">${text(l[field])}</span><div role="listbox" aria-label="${text(l[field])}" class="bn-chips">${chips}</div><input peoplekit-id="bn-${field}" aria-label="${text(l[field])}" autocomplete="off"></div></td></tr>`;
}

function gmailCompose(options, l) {
  const { ui = 'peoplekit', initial = {}, id = 'c1' } = options;
  return `<div class="M9" data-bn-compose="${text(id)}">
  <form class="bAs" onsubmit="return false">
    <table class="GS"><tbody>${['to', 'cc', 'bcc'].map((field) => gmailField(ui, field, initial, l)).join('')}</tbody></table>
    <input name="subjectbox" aria-label="${text(l.subject)}" placeholder="${text(l.subject)}" value="${text(options.subject ?? '')}">
    <div class="Am" role="textbox" contenteditable="true" aria-label="本文" aria-multiline="true">${text(options.body ?? '')}</div>
    <div class="btC">
      <div class="T-I J-J5-Ji aoO v7 T-I-atl L3" role="button" tabindex="0" data-tooltip="${text(l.send)}（Ctrl+Enter）" aria-label="${text(l.send)}">${text(l.send)}</div>
      <div class="T-I J-J5-Ji hG T-I-atl" role="button" tabindex="0" aria-label="${text(l.more)}" aria-haspopup="true">▾</div>
    </div>
  </form>
</div>`;
}

/**
 * @param {{ lang?: 'ja'|'en', theme?: 'light'|'dark', variant?: 'popup'|'fullscreen'|'inline', ui?: 'peoplekit'|'classic',
 *   initial?: Record<string,string[]>, subject?: string }} options
 */
export function gmailComposePage(options = {}) {
  const { lang = 'ja', theme = 'light', variant = 'popup' } = options;
  const c = palette[theme];
  const l = gmailLabels[lang];
  const compose = gmailCompose(options, l);
  const placed =
    variant === 'fullscreen'
      ? `<div class="bn-backdrop"><div role="dialog" aria-label="${text(l.newMessage)}" class="bn-full"><div class="aaZ">${compose}</div></div></div>`
      : variant === 'inline'
        ? `<div class="g id"><div class="a98 iY"><div class="ha"><h2 class="hP">見積書のご送付</h2></div><div class="adn ads" data-message-id="#msg-f:1847000000000777001"><div class="ii gt"><div class="a3s aiL"><p>見積書をお送りします。</p></div></div></div><div class="ip adB"><div class="AO">${compose}</div></div></div></div>`
        : '';
  const popup = variant === 'popup' ? `<div class="dw"><div class="nH"><div class="AD"><div class="bn-popup-title">${text(l.newMessage)}</div>${compose}</div></div></div>` : '';
  return `<!doctype html>
<!-- Reproduction of Gmail's ${variant} compose (${options.ui ?? 'peoplekit'} recipients UI), generated by tests/webmail-sim/compose-page.mjs. -->
<html lang="${lang}" dir="ltr">
<head>
<meta charset="utf-8">
<title>Gmail</title>
<style>
  body { margin: 0; font-family: Arial, 'IPAPGothic', 'IPAGothic', sans-serif; background: ${c.page}; color: ${c.fg}; min-height: 100vh; }
  .gb_header { height: 56px; display: flex; align-items: center; padding: 0 16px; font-size: 20px; color: ${c.muted}; }
  .bkK > .nH { background: ${c.pane}; border-radius: 16px; margin: 0 16px 16px 240px; padding: 16px 24px; min-height: 600px; }
  .M9 { background: ${c.pane}; color: ${c.fg}; }
  .M9 table { width: 100%; border-collapse: collapse; } .M9 td { border-bottom: 1px solid ${c.line}; padding: 4px 0; }
  .bn-label { color: ${c.muted}; margin-right: 6px; font-size: 13px; }
  .bn-chips, .vR-list { display: inline; }
  .afV, .vR { display: inline-flex; align-items: center; gap: 4px; background: ${c.chip}; border-radius: 12px; padding: 1px 8px; margin: 2px; font-size: 13px; }
  .afX { width: 14px; height: 14px; cursor: pointer; } .afX::before { content: '×'; }
  .M9 input, .M9 textarea { border: 0; background: transparent; color: ${c.fg}; font: inherit; min-width: 200px; outline-offset: 1px; }
  .Am { min-height: 120px; padding: 8px 0; }
  .btC { display: flex; gap: 2px; padding: 8px 0; }
  .T-I-atl { background: ${c.send}; color: ${theme === 'dark' ? '#062e6f' : '#fff'}; border-radius: 18px; padding: 8px 20px; cursor: pointer; font-weight: bold; }
  .hG { padding: 8px 10px; }
  .dw { position: fixed; right: 16px; bottom: 0; width: 540px; }
  .AD { background: ${c.pane}; border-radius: 8px 8px 0 0; box-shadow: 0 4px 16px rgba(0,0,0,.3); padding: 0 16px; }
  .bn-popup-title { padding: 10px 0; font-weight: bold; }
  .bn-backdrop { position: fixed; inset: 0; background: rgba(0,0,0,.4); }
  .bn-full { position: absolute; inset: 40px 90px; background: ${c.pane}; border-radius: 8px; padding: 16px; }
  .ip { margin-top: 16px; border: 1px solid ${c.line}; border-radius: 8px; padding: 8px 16px; }
  .J-M { position: fixed; background: ${c.pane}; border: 1px solid ${c.line}; box-shadow: 0 2px 8px rgba(0,0,0,.3); padding: 4px 0; }
  .J-N { padding: 6px 16px; cursor: pointer; }
</style>
</head>
<body>
<div class="gb_header">Gmail</div>
<div class="aeF"><div class="bkK"><div class="nH" role="main">${placed}</div></div></div>
${popup}
<script>
${gmailScript(options.ui ?? 'peoplekit', l)}
</script>
</body>
</html>
`;
}

/** The page's own part of Gmail's compose (see the header comment). */
function gmailScript(ui, l) {
  return `(function () {
  var sim = window.__bnSim = { sent: [], scheduled: [], removed: [] };
  var classic = ${JSON.stringify(ui === 'classic')};
  var labels = ${JSON.stringify(l)};
  function recipients(compose) {
    var found = [];
    compose.querySelectorAll(classic ? '.vR input[type=hidden]' : '[role=option][data-hovercard-id]').forEach(function (chip) {
      found.push(classic ? chip.value : chip.getAttribute('data-hovercard-id'));
    });
    return found;
  }
  sim.recipients = function () { var c = document.querySelector('.M9'); return c ? recipients(c) : []; };
  function chip(field, address) {
    var el = document.createElement('div');
    var remove = document.createElement('div');
    remove.className = 'afX'; remove.setAttribute('role', 'button'); remove.setAttribute('aria-label', labels.remove);
    var name = document.createElement('span');
    name.textContent = address;
    if (classic) {
      el.className = 'vR'; name.className = 'vN'; name.setAttribute('email', address);
      var hidden = document.createElement('input'); hidden.type = 'hidden'; hidden.name = field; hidden.value = address;
      el.append(name, remove, hidden);
    } else {
      el.className = 'afV'; el.setAttribute('role', 'option');
      el.setAttribute('data-hovercard-id', address); el.setAttribute('data-name', address);
      el.append(name, remove);
    }
    return el;
  }
  function fieldOfInput(input) { return input.getAttribute('name') || input.closest('[name]').getAttribute('name'); }
  function commit(input) {
    var value = input.value.trim().replace(/[,;]+$/, '');
    if (!value) return;
    var list = classic ? input.parentElement.querySelector('.vR-list') : input.parentElement.querySelector('.bn-chips');
    value.split(/[,;]/).forEach(function (part) { part = part.trim(); if (part) list.append(chip(fieldOfInput(input), part)); });
    input.value = '';
  }
  function send(compose, how) {
    (how === 'schedule' ? sim.scheduled : sim.sent).push({ how: how, recipients: recipients(compose), at: performance.now() });
  }
  document.addEventListener('keydown', function (event) {
    var target = event.target;
    var compose = target.closest && target.closest('.M9');
    if (!compose) return;
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) { event.preventDefault(); send(compose, 'ctrl-enter'); return; }
    if (target.matches('.T-I-atl:not(.hG)') && (event.key === 'Enter' || event.key === ' ')) { event.preventDefault(); send(compose, 'key'); return; }
    if (target.matches('input[peoplekit-id], textarea.vO') && (event.key === 'Enter' || event.key === ',')) { event.preventDefault(); commit(target); }
  });
  document.addEventListener('focusout', function (event) {
    if (event.target.matches && event.target.matches('input[peoplekit-id], textarea.vO')) commit(event.target);
  });
  // jsaction-style: Gmail's buttons act on mouseup after a mousedown on the same control.
  var pressed = null;
  document.addEventListener('mousedown', function (event) { pressed = event.target.closest ? event.target.closest('[role=button], [role=menuitem]') : null; });
  document.addEventListener('mouseup', function (event) {
    var control = event.target.closest ? event.target.closest('[role=button], [role=menuitem]') : null;
    if (!control || control !== pressed) return;
    pressed = null;
    var compose = control.closest('.M9');
    if (control.matches('.afX')) { var c = control.closest('.vR, [role=option]'); sim.removed.push(c.textContent); c.remove(); return; }
    if (control.matches('.T-I-atl:not(.hG)')) { send(compose, 'click'); return; }
    if (control.matches('.hG')) {
      var menu = document.createElement('div');
      menu.className = 'J-M'; menu.setAttribute('role', 'menu');
      var rect = control.getBoundingClientRect();
      menu.style.left = rect.left + 'px'; menu.style.top = (rect.top - 40) + 'px';
      var item = document.createElement('div');
      item.className = 'J-N'; item.setAttribute('role', 'menuitem'); item.setAttribute('selector', 'scheduledSend'); item.tabIndex = 0;
      item.textContent = labels.schedule;
      item.__compose = compose;
      menu.append(item);
      document.body.append(menu);
      return;
    }
    if (control.matches('[selector=scheduledSend]')) { send(control.__compose || document.querySelector('.M9'), 'schedule'); control.closest('.J-M').remove(); }
  });
})();`;
}

const outlookLabels = {
  ja: { to: '宛先', cc: 'CC', bcc: 'BCC', subject: '件名を追加', send: '送信', discard: '破棄', body: 'メッセージ本文' },
  en: { to: 'To', cc: 'Cc', bcc: 'Bcc', subject: 'Add a subject', send: 'Send', discard: 'Discard', body: 'Message body' },
};

/**
 * Outlook on the web's compose in the reading pane (or popped out: `popout: true`).
 * @param {{ lang?: 'ja'|'en', theme?: 'light'|'dark', popout?: boolean, initial?: Record<string,string[]> }} options
 */
export function outlookComposePage(options = {}) {
  const { lang = 'ja', theme = 'light', popout = false, initial = {} } = options;
  const l = outlookLabels[lang];
  const c = theme === 'dark' ? { page: '#1b1a19', pane: '#292827', fg: '#ffffff', line: '#484644', chip: '#3b3a39', send: '#479ef5' } : { page: '#f3f2f1', pane: '#ffffff', fg: '#242424', line: '#e1dfdd', chip: '#f3f2f1', send: '#0f6cbd' };
  const chip = (address) => `<span data-lpc-hover-target="true" contenteditable="false" title="${text(address)}" class="bn-chip">${text(address)}</span>`;
  const well = (field) =>
    `<div class="bn-row"><span class="bn-label">${text(l[field])}</span><div role="textbox" contenteditable="true" aria-label="${text(l[field])}" class="bn-well">${(initial[field] ?? []).map(chip).join('')}</div></div>`;
  return `<!doctype html>
<!-- Reproduction of Outlook on the web's compose${popout ? ' (popped out)' : ''}, generated by tests/webmail-sim/compose-page.mjs. -->
<html lang="${lang}" dir="ltr">
<head>
<meta charset="utf-8">
<title>Outlook</title>
<style>
  body { margin: 0; font-family: 'Segoe UI', 'IPAPGothic', sans-serif; background: ${c.page}; color: ${c.fg}; }
  #app { display: flex; } .bn-nav { width: ${popout ? 0 : 320}px; } 
  #ReadingPaneContainerId { flex: 1; background: ${c.pane}; margin: 8px; padding: 16px; min-height: 700px; border-radius: 8px; }
  .bn-row { display: flex; gap: 8px; border-bottom: 1px solid ${c.line}; padding: 6px 0; }
  .bn-label { min-width: 48px; }
  .bn-well { flex: 1; min-height: 20px; outline-offset: 2px; }
  .bn-chip { background: ${c.chip}; border-radius: 4px; padding: 0 6px; margin-right: 4px; }
  .bn-toolbar { display: flex; gap: 8px; margin-bottom: 12px; }
  .bn-toolbar button { font: inherit; padding: 6px 16px; border-radius: 4px; border: 1px solid ${c.line}; background: ${c.pane}; color: ${c.fg}; }
  .bn-toolbar button.bn-send { background: ${c.send}; color: ${theme === 'dark' ? '#000' : '#fff'}; border-color: ${c.send}; }
  .bn-body { min-height: 200px; padding: 8px 0; }
</style>
</head>
<body>
<div id="app"><div class="bn-nav" role="navigation"></div>
<div id="ReadingPaneContainerId" role="main">
  <div class="bn-compose">
    <div class="bn-toolbar"><button class="bn-send" aria-label="${text(l.send)}" title="${text(l.send)}">${text(l.send)}</button><button aria-label="${text(l.discard)}">${text(l.discard)}</button></div>
    ${['to', 'cc', 'bcc'].map(well).join('')}
    <input aria-label="${text(l.subject)}" placeholder="${text(l.subject)}">
    <div role="textbox" contenteditable="true" aria-label="${text(l.body)}" aria-multiline="true" class="bn-body"></div>
  </div>
</div></div>
<script>
(function () {
  var sim = window.__bnSim = { sent: [] };
  function recipients(compose) {
    return Array.prototype.map.call(compose.querySelectorAll('[data-lpc-hover-target]'), function (chip) { return chip.getAttribute('title'); });
  }
  sim.recipients = function () { return recipients(document.querySelector('.bn-compose')); };
  function resolve(well) {
    // The text typed after the last chip becomes a chip (OWA resolves it against the directory).
    var typed = '';
    Array.prototype.slice.call(well.childNodes).forEach(function (node) { if (node.nodeType === 3) { typed += node.textContent; node.remove(); } });
    typed.split(/[,;]/).forEach(function (part) {
      part = part.trim(); if (!part) return;
      var chip = document.createElement('span');
      chip.setAttribute('data-lpc-hover-target', 'true'); chip.contentEditable = 'false'; chip.title = part; chip.className = 'bn-chip'; chip.textContent = part;
      well.append(chip);
    });
    // The caret goes after the last chip, where the next address is typed.
    var caret = document.createTextNode('');
    well.append(caret);
    var selection = window.getSelection();
    if (selection && document.activeElement === well) { selection.removeAllRanges(); var range = document.createRange(); range.setStart(caret, 0); selection.addRange(range); }
  }
  document.addEventListener('keydown', function (event) {
    var compose = event.target.closest && event.target.closest('.bn-compose');
    if (!compose) return;
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) { event.preventDefault(); sim.sent.push({ how: 'ctrl-enter', recipients: recipients(compose) }); return; }
    if (event.target.matches('.bn-well') && (event.key === 'Enter' || event.key === ';')) { event.preventDefault(); resolve(event.target); }
  });
  document.addEventListener('focusout', function (event) { if (event.target.matches && event.target.matches('.bn-well')) resolve(event.target); });
  document.addEventListener('click', function (event) {
    var send = event.target.closest && event.target.closest('button.bn-send');
    if (send) sim.sent.push({ how: 'click', recipients: recipients(send.closest('.bn-compose')) });
  });
})();
</script>
</body>
</html>
`;
}
