// The auditors' verification page: create a signed checkpoint and save it as a file, upload one saved earlier and show
// what verifying it found, and keep the export links on the period picked. Everything goes through /console/api, the
// API with the session (and its CSRF token); the words shown come from the page, in its language.
(function () {
    'use strict';

    function apiBase() {
        var meta = document.querySelector('meta[name=console-api]');
        return meta ? meta.content : '/console/api';
    }

    function headers() {
        var result = { 'Content-Type': 'application/json', 'Accept': 'application/json, application/problem+json' };
        var csrf = document.querySelector('meta[name=_csrf]');
        var csrfHeader = document.querySelector('meta[name=_csrf_header]');
        if (csrf && csrfHeader) { result[csrfHeader.content] = csrf.content; }
        return result;
    }

    function post(path, body) {
        return fetch(apiBase() + path, { method: 'POST', headers: headers(), body: body, credentials: 'same-origin' })
            .then(function (response) {
                return response.text().then(function (text) {
                    var answer;
                    try { answer = text ? JSON.parse(text) : {}; } catch (e) { answer = { detail: text }; }
                    return { ok: response.ok, status: response.status, text: text, answer: answer };
                });
            });
    }

    function showProblem(box, reply) {
        var problem = reply.answer || {};
        box.hidden = false;
        box.textContent = (box.dataset.prefix ? box.dataset.prefix + ' ' : '') + (problem.detail || problem.title || '')
            + ' (' + (problem.code || reply.status) + ')';
    }

    function head(chainHead) {
        return chainHead ? chainHead.position + ' · ' + chainHead.hash : '';
    }

    // ---- a new checkpoint, saved by the browser as checkpoint-<issuedAt>.json
    function bindCreate(section) {
        var button = section.querySelector('#create-checkpoint');
        var created = section.querySelector('#checkpoint-created');
        var link = section.querySelector('#checkpoint-download');
        var problem = section.querySelector('[data-problem]');
        button.addEventListener('click', function () {
            button.disabled = true;
            problem.hidden = true;
            post(section.dataset.checkpointCreate, null).then(function (reply) {
                if (!reply.ok) { showProblem(problem, reply); return; }
                var checkpoint = reply.answer;
                if (link.href.indexOf('blob:') === 0) { URL.revokeObjectURL(link.href); }
                link.href = URL.createObjectURL(new Blob([reply.text], { type: 'application/json' }));
                link.download = 'checkpoint-' + String(checkpoint.issuedAt).replace(/[:.]/g, '-') + '.json';
                created.querySelector('[data-field=issuedAt]').textContent = checkpoint.issuedAt;
                created.querySelector('[data-field=events]').textContent = head(checkpoint.events);
                created.querySelector('[data-field=ledger]').textContent = head(checkpoint.ledger);
                created.hidden = false;
                created.dataset.issuedAt = checkpoint.issuedAt;
                link.click();
            }).catch(function (failed) {
                showProblem(problem, { status: 'NETWORK', answer: { detail: String(failed) } });
            }).finally(function () { button.disabled = false; });
        });
    }

    // ---- a checkpoint file uploaded and verified against the chains as they are now
    function bindVerify(form) {
        var file = form.querySelector('#checkpoint-file');
        var result = form.querySelector('#checkpoint-verification');
        var problem = form.querySelector('[data-problem]');
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            result.hidden = true;
            problem.hidden = true;
            if (!file.files.length) { return; }
            file.files[0].text().then(function (text) {
                return post(form.dataset.checkpointVerify, text);
            }).then(function (reply) {
                if (!reply.ok) { showProblem(problem, reply); return; }
                var answer = reply.answer;
                var yesNo = function (value) { return value ? result.dataset.yes : result.dataset.no; };
                var verdict = result.querySelector('.verdict');
                verdict.textContent = answer.valid ? verdict.dataset.validText : verdict.dataset.invalidText;
                result.querySelector('[data-field=signatureValid]').textContent = yesNo(answer.signatureValid);
                result.querySelector('[data-field=eventsMatch]').textContent = yesNo(answer.eventsMatch);
                result.querySelector('[data-field=ledgerMatches]').textContent = yesNo(answer.ledgerMatches);
                result.querySelector('[data-field=recomputedEvents]').textContent = head(answer.recomputedEvents);
                result.querySelector('[data-field=recomputedLedger]').textContent = head(answer.recomputedLedger);
                result.dataset.valid = String(answer.valid);
                result.classList.toggle('success', answer.valid === true);
                result.classList.toggle('error', answer.valid !== true);
                result.hidden = false;
            }).catch(function (failed) {
                showProblem(problem, { status: 'NETWORK', answer: { detail: String(failed) } });
            });
        });
    }

    // ---- the export links follow the period as it is picked, before the page is reloaded with it
    function bindExports(form) {
        function update() {
            var query = new URLSearchParams();
            ['fundId', 'from', 'to'].forEach(function (name) {
                var field = form.elements[name];
                if (field && field.value) { query.set(name, field.value); }
            });
            document.querySelectorAll('a[data-export]').forEach(function (link) {
                link.href = apiBase() + link.dataset.export + '?' + query.toString();
                if (link.id === 'export-bundle') {
                    link.download = 'evidence-' + (query.get('from') || '') + '-' + (query.get('to') || '') + '.json';
                }
            });
        }
        form.addEventListener('change', update);
        form.addEventListener('input', update);
    }

    document.addEventListener('DOMContentLoaded', function () {
        var create = document.querySelector('[data-checkpoint-create]');
        if (create) { bindCreate(create); }
        var verify = document.querySelector('[data-checkpoint-verify]');
        if (verify) { bindVerify(verify); }
        var period = document.getElementById('export-period');
        if (period) { bindExports(period); }
    });
})();
