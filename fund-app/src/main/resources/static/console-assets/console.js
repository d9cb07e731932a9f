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

    // ---- charts: <canvas data-chart="line" data-series='{"labels":[…],"lines":[{key,label,values}]}'>
    var palette = ['#a4161a', '#1d5fa8', '#2b7a3d', '#c77d00', '#6a3d9a', '#00838f', '#6d4c41', '#d81b60'];

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
                            borderColor: palette[i % palette.length],
                            backgroundColor: palette[i % palette.length],
                            pointRadius: 2, spanGaps: false, tension: 0
                        };
                    })
                },
                options: { animation: false, responsive: true, maintainAspectRatio: false,
                           interaction: { mode: 'index', intersect: false },
                           scales: { y: { beginAtZero: true } } }
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

    function submit(form, event) {
        event.preventDefault();
        var button = form.querySelector('button[type=submit]');
        if (form.dataset.sending === 'true') { return; }   // a double click sends once
        form.dataset.sending = 'true';
        if (button) { button.disabled = true; }
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
            if (button) { button.disabled = false; }
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
        }
    });

    window.consoleInit = init;
})();
