// The console's behaviour: charts drawn from the figures a page carries, and forms that record through the API.
// Everything here is progressive: pages read without it; only recording needs it.
(function () {
    'use strict';

    function messages() {
        try { return JSON.parse(document.body.dataset.messages || '{}'); } catch (e) { return {}; }
    }

    function say(key, fallback) {
        var text = messages()[key];
        return text === undefined ? fallback : text;
    }

    // ---- charts: <canvas data-chart="line" data-series='{"labels":[…],"lines":[{key,label,values,axis}]}'>
    // A line may name its y axis (figures of different kinds, e.g. money and a ratio): the first axis named is drawn
    // on the left, every other on the right, each in the colour and with the name of its first line; lines that name
    // none share the axis "y".
    var palette = ['#a4161a', '#1d5fa8', '#2b7a3d', '#c77d00', '#6a3d9a', '#00838f', '#6d4c41', '#d81b60'];

    function axes(lines) {
        var scales = {};
        var firstLines = {};
        lines.forEach(function (line, i) {
            var id = line.axis || 'y';
            if (scales[id]) { return; }
            var first = Object.keys(scales).length === 0;
            scales[id] = { type: 'linear', axis: 'y', beginAtZero: true, position: first ? 'left' : 'right',
                           grid: { drawOnChartArea: first } };
            firstLines[id] = { label: line.label, colour: palette[i % palette.length] };
        });
        if (Object.keys(scales).length > 1) {
            Object.keys(scales).forEach(function (id) {
                var line = firstLines[id];
                scales[id].ticks = { color: line.colour };
                scales[id].title = { display: true, text: line.label, color: line.colour };
            });
        }
        return scales;
    }

    function drawCharts(root) {
        if (typeof Chart === 'undefined') { return; }
        root.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
            if (Chart.getChart(canvas)) { return; }
            var series = JSON.parse(canvas.dataset.series);
            new Chart(canvas, {
                type: canvas.dataset.chart,
                data: {
                    labels: series.labels,
                    datasets: series.lines.map(function (line, i) {
                        return {
                            label: line.label,
                            data: line.values.map(function (v) { return v === null ? null : Number(v); }),
                            yAxisID: line.axis || 'y',
                            borderColor: palette[i % palette.length],
                            backgroundColor: palette[i % palette.length],
                            pointRadius: 2, spanGaps: false, tension: 0
                        };
                    })
                },
                options: { animation: false, responsive: true, maintainAspectRatio: false,
                           interaction: { mode: 'index', intersect: false },
                           scales: axes(series.lines) }
            });
        });
    }

    function apiBase() {
        var meta = document.querySelector('meta[name=console-api]');
        return meta ? meta.content : '/console/api';
    }

    // ---- forms: <form class="record" data-api="/funds/x/commitments" data-idempotency-key="…">
    function newKey() {
        var bytes = new Uint8Array(16);
        crypto.getRandomValues(bytes);
        return 'console-' + Array.prototype.map.call(bytes, function (b) {
            return ('0' + b.toString(16)).slice(-2);
        }).join('');
    }

    function put(target, path, value) {
        var names = path.split('.');
        var at = target;
        for (var i = 0; i < names.length - 1; i++) {
            at[names[i]] = at[names[i]] || {};
            at = at[names[i]];
        }
        at[names[names.length - 1]] = value;
    }

    function valueOf(form, name) {
        var found = '';
        form.querySelectorAll('[name]').forEach(function (f) { if (f.name === name && f.value) { found = f.value.trim(); } });
        return found;
    }

    // Field names are the API's JSON paths ("amount.amount"); data-json says how a value is sent ("number", "list",
    // "boolean" for a yes/no select whose empty choice sends nothing). A select[multiple] sends the values picked, as a
    // list. data-requires="a b" sends the field only with a value in one of the fields named (an optional amount's
    // currency goes with its amount, never alone).
    function body(form) {
        var json = {};
        form.querySelectorAll('[name]').forEach(function (field) {
            if (field.disabled || field.name === '_csrf') { return; }
            if (field.dataset.requires && !field.dataset.requires.split(' ').some(function (name) {
                return valueOf(form, name) !== '';
            })) { return; }
            var kind = field.dataset.json || 'string';
            if (field.type === 'checkbox') { put(json, field.name, field.checked); return; }
            if (field.type === 'radio' && !field.checked) { return; }
            if (field.multiple) {
                var picked = Array.prototype.filter.call(field.options, function (o) { return o.selected; })
                    .map(function (o) { return o.value; });
                if (picked.length) { put(json, field.name, picked); }
                return;
            }
            var value = field.value.trim();
            if (value === '') { return; }
            if (kind === 'number') { put(json, field.name, Number(value)); }
            else if (kind === 'boolean') { put(json, field.name, value === 'true'); }
            else if (kind === 'list') {
                put(json, field.name, value.split(/[\s,，]+/).filter(function (v) { return v !== ''; }));
            } else { put(json, field.name, value); }
        });
        return json;
    }

    function clearProblems(form) {
        form.querySelectorAll('.field-error').forEach(function (e) { e.remove(); });
        form.querySelectorAll('[aria-invalid]').forEach(function (e) { e.removeAttribute('aria-invalid'); });
        var box = form.querySelector('[data-problem]');
        if (box) { box.hidden = true; box.textContent = ''; }
    }

    function fieldFor(form, name) {
        // "commitmentIds[1]" or "policy[0].shareCap": the list's field, or the one version a form sends
        name = name.replace(/\[\d+\]/g, '');
        var field = null;
        form.querySelectorAll('[name]').forEach(function (f) { if (!field && f.name === name) { field = f; } });
        if (field) { return field; }
        // "company.name" refused for a whole object, or "amount" for "amount.amount": the nearest field shown
        var found = null;
        form.querySelectorAll('[name]').forEach(function (f) {
            if (!found && (f.name.indexOf(name + '.') === 0 || name.indexOf(f.name + '.') === 0)) { found = f; }
        });
        return found;
    }

    function showProblem(form, problem) {
        var translated = say('problem.' + problem.code, null);
        var errors = problem.errors || [];
        var unplaced = [];
        errors.forEach(function (error) {
            var field = fieldFor(form, error.field);
            if (!field) { unplaced.push(error.field + ': ' + error.message); return; }
            field.setAttribute('aria-invalid', 'true');
            var note = document.createElement('span');
            note.className = 'field-error';
            note.dataset.errorFor = error.field;
            note.textContent = (translated ? translated + ' ' : '') + error.message + ' (' + problem.code + ')';
            (field.closest('label') || field).insertAdjacentElement('beforeend', note);
        });
        var box = form.querySelector('[data-problem]');
        if (box && (errors.length === 0 || unplaced.length > 0)) {
            box.hidden = false;
            box.textContent = say('script.refused', 'Not recorded:') + ' '
                + (translated ? translated + ' ' + (problem.detail || '') : (problem.detail || problem.title))
                + (unplaced.length ? ' — ' + unplaced.join('; ') : '') + ' (' + (problem.code || problem.status) + ')';
        }
        var first = form.querySelector('[aria-invalid=true]');
        if (first) { first.focus(); }
    }

    function showRecorded(form, answer) {
        var result = form.querySelector('[data-result]');
        var id = answer.id || '';
        if (result) {
            result.hidden = false;
            result.textContent = say('script.recorded', 'Recorded') + ': ' + id + ' · '
                + say('script.position', 'position') + ' ' + answer.position;
            result.dataset.recordedId = id;
            result.dataset.position = answer.position;
        }
        form.dataset.recorded = 'true';
        form.querySelectorAll('button[type=submit]').forEach(function (b) { b.hidden = true; });
        var again = form.querySelector('[data-record-another]');
        if (again) { again.hidden = false; }
    }

    // refusals that say nothing of the fact, only of the key: an earlier sending may stand
    var KEY_KEPT = ['IDEMPOTENCY_KEY_IN_PROGRESS', 'IDEMPOTENCY_KEY_REUSED'];

    function submit(form, event) {
        event.preventDefault();
        var button = form.querySelector('button[type=submit]');
        if (form.dataset.sending === 'true') { return; }   // a double click sends once
        form.dataset.sending = 'true';
        if (button) {
            button.disabled = true;
            button.dataset.label = button.textContent;
            button.textContent = say('script.sending', 'Sending…');
        }
        clearProblems(form);
        var csrf = document.querySelector('meta[name=_csrf]');
        var csrfHeader = document.querySelector('meta[name=_csrf_header]');
        var headers = { 'Content-Type': 'application/json', 'Accept': 'application/json, application/problem+json',
                        'Idempotency-Key': form.dataset.idempotencyKey };
        if (csrf && csrfHeader) { headers[csrfHeader.content] = csrf.content; }
        fetch(apiBase() + form.dataset.api, {
            method: 'POST', headers: headers, body: JSON.stringify(body(form)), credentials: 'same-origin'
        }).then(function (response) {
            return response.text().then(function (text) {
                var answer = {};
                try { answer = text ? JSON.parse(text) : {}; } catch (e) { answer = { detail: text }; }
                if (response.ok) {
                    showRecorded(form, answer);
                } else if (response.status >= 500) {
                    // the outcome is unknown: keep the key, so that sending again cannot record twice
                    showProblem(form, { code: answer.code || response.status,
                                        detail: say('script.unavailable', answer.detail) });
                } else if (KEY_KEPT.indexOf(answer.code) >= 0) {
                    // about the key, not the fact: an earlier sending under it may still be recorded (or being
                    // recorded), so a new key could record the fact twice; the same key answers what that one did
                    showProblem(form, answer);
                } else {
                    // refused, nothing recorded: a new key lets the corrected form be sent
                    form.dataset.idempotencyKey = newKey();
                    showProblem(form, answer);
                }
            });
        }).catch(function () {
            showProblem(form, { code: 'NETWORK', detail: say('script.unavailable', 'unavailable') });
        }).finally(function () {
            form.dataset.sending = 'false';
            if (button) {
                button.disabled = false;
                if (button.dataset.label) { button.textContent = button.dataset.label; }
            }
        });
    }

    function recordAnother(form) {
        form.reset();
        clearProblems(form);
        form.dataset.idempotencyKey = newKey();
        form.dataset.recorded = 'false';
        var result = form.querySelector('[data-result]');
        if (result) { result.hidden = true; result.textContent = ''; }
        form.querySelectorAll('button[type=submit]').forEach(function (b) { b.hidden = false; });
        var again = form.querySelector('[data-record-another]');
        if (again) { again.hidden = true; }
    }

    function bindForms(root) {
        root.querySelectorAll('form[data-api]').forEach(function (form) {
            if (form.dataset.bound) { return; }
            form.dataset.bound = 'true';
            if (!form.dataset.idempotencyKey) { form.dataset.idempotencyKey = newKey(); }
            form.addEventListener('submit', function (event) {
                if (form.dataset.recorded === 'true') { event.preventDefault(); return; }
                submit(form, event);
            });
            var again = form.querySelector('[data-record-another]');
            if (again) { again.addEventListener('click', function () { recordAnother(form); }); }
        });
    }

    // ---- actions through the API, which answers JSON, not HTML: <button hx-post="…/console/api/…" hx-swap="none">
    // with data-then="/console/…" (and data-then-target) loads that fragment once the API accepted; with
    // data-answer="#box" fills the box from the JSON answer: [data-answer-field="a.b"] gets that value (as the script
    // word data-answer-words + value, where given), [data-answer-same="a b"] whether the two parts agree, and each
    // <template data-answer-each="list"> is repeated once per item. A refusal is shown in the action's [data-problem].
    function valueAt(json, path) {
        return path.split('.').reduce(function (at, name) { return at == null ? undefined : at[name]; }, json);
    }

    function fillField(element, json) {
        var value;
        if (element.dataset.answerSame) {
            var parts = element.dataset.answerSame.split(' ');
            value = JSON.stringify(valueAt(json, parts[0])) === JSON.stringify(valueAt(json, parts[1]));
        } else {
            value = valueAt(json, element.dataset.answerField);
        }
        var text = value === null || value === undefined ? '—' : String(value);
        var words = element.dataset.answerWords;
        element.textContent = words ? say(words + text, text) : text;
        element.dataset.answerValue = text;
    }

    function fillFields(root, json) {
        var fields = Array.prototype.slice.call(root.querySelectorAll('[data-answer-field], [data-answer-same]'));
        if (root.matches('[data-answer-field], [data-answer-same]')) { fields.unshift(root); }
        fields.forEach(function (field) { fillField(field, json); });
    }

    function fillAnswer(box, json) {
        box.querySelectorAll('[data-answer-copy]').forEach(function (copy) { copy.remove(); });
        fillFields(box, json);
        box.querySelectorAll('template[data-answer-each]').forEach(function (template) {
            (valueAt(json, template.dataset.answerEach) || []).forEach(function (item) {
                var copy = template.content.firstElementChild.cloneNode(true);
                copy.dataset.answerCopy = 'true';
                fillFields(copy, item);
                template.parentNode.insertBefore(copy, template);
            });
        });
        box.hidden = false;
        box.dataset.answered = 'true';
    }

    function actionProblemBox(element) {
        var action = element.closest('[data-action]');
        return action ? action.querySelector('[data-problem]') : null;
    }

    function showActionProblem(element, xhr) {
        var box = actionProblemBox(element);
        if (!box) { return; }
        var problem = {};
        try { problem = JSON.parse(xhr.responseText || '{}'); } catch (e) { problem = {}; }
        var code = problem.code || xhr.status;
        box.hidden = false;
        box.dataset.code = code;
        box.textContent = say('script.actionRefused', 'Refused:') + ' '
            + (say('problem.' + code, null) || problem.detail || problem.title || xhr.statusText) + ' (' + code + ')';
    }

    function isAction(element) {
        return element && element.dataset && (element.dataset.then || element.dataset.answer);
    }

    function bindActions() {
        htmx.on('htmx:beforeRequest', function (event) {
            var element = event.detail.elt;
            if (!isAction(element)) { return; }
            var box = actionProblemBox(element);
            if (box) { box.hidden = true; box.textContent = ''; }
        });
        htmx.on('htmx:afterRequest', function (event) {
            var element = event.detail.elt;
            if (!isAction(element)) { return; }
            var xhr = event.detail.xhr;
            if (!event.detail.successful) { showActionProblem(element, xhr); return; }
            if (element.dataset.answer) {
                var box = document.querySelector(element.dataset.answer);
                var json = {};
                try { json = JSON.parse(xhr.responseText || '{}'); } catch (e) { json = {}; }
                if (box) { fillAnswer(box, json); }
            }
            if (element.dataset.then) {
                htmx.ajax('GET', element.dataset.then,
                    { target: element.dataset.thenTarget || element, swap: 'outerHTML' });
            }
        });
    }

    // A GET form htmx sends to the address shown (the date picker's hx-get=""): the values it sends replace those of
    // the same names in the address instead of being added after them, since the server reads the first of two and a
    // second date picked would show the first again.
    function replaceTheAddressValues(event) {
        var detail = event.detail;
        if (detail.verb !== 'get' || detail.path.indexOf('?') < 0) { return; }
        var url = new URL(detail.path, window.location.href);
        if (url.origin !== window.location.origin) { return; }
        detail.formData.forEach(function (value, name) { url.searchParams.delete(name); });
        detail.path = url.pathname + url.search + url.hash;
    }

    // The language links name the page shown, with its query: once htmx has changed the address (a date or a year
    // picked), they follow it, or the other language would show the page as it was first opened.
    function languageLinksFollowTheAddress() {
        document.querySelectorAll('#lang-zh, #lang-en').forEach(function (link) {
            var url = new URL(window.location.href);
            url.searchParams.set('lang', link.getAttribute('lang'));
            link.setAttribute('href', url.pathname + url.search);
        });
    }

    // A page left open after its session ended: what htmx fetches for it (a polled table) is the login form it was
    // sent to, which belongs in the window, not inside the page.
    function signInAgainWhenTheSessionEnded(event) {
        var xhr = event.detail.xhr;
        if (!xhr || !xhr.responseURL) { return; }
        var landed = new URL(xhr.responseURL);
        if (landed.origin === window.location.origin && /\/login$/.test(landed.pathname)) {
            event.detail.shouldSwap = false;
            window.location.assign(xhr.responseURL);
        }
    }

    function init(root) {
        drawCharts(root);
        bindForms(root);
    }

    document.addEventListener('DOMContentLoaded', function () {
        init(document);
        if (typeof htmx !== 'undefined') {
            htmx.on('htmx:afterSettle', function (event) { init(event.target); });
            // htmx's own requests (a date picked, an admin action) carry the session's CSRF token
            htmx.on('htmx:configRequest', function (event) {
                var csrf = document.querySelector('meta[name=_csrf]');
                var csrfHeader = document.querySelector('meta[name=_csrf_header]');
                if (csrf && csrfHeader) { event.detail.headers[csrfHeader.content] = csrf.content; }
            });
            htmx.on('htmx:configRequest', replaceTheAddressValues);
            bindActions();
            htmx.on('htmx:pushedIntoHistory', languageLinksFollowTheAddress);
            htmx.on('htmx:beforeSwap', signInAgainWhenTheSessionEnded);
        }
    });

    window.consoleInit = init;
})();
