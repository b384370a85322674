/* Survey forms: show and hide questions as answers change, and small comforts.
   The server decides what counts (engagement/surveys/structure.py); this only mirrors its rules so
   that a question appears as soon as it applies. Without JavaScript the form works the same, step
   by step. */
(function () {
    "use strict";

    var form = document.querySelector("[data-survey-form]");
    if (!form) {
        return;
    }

    function picked(code) {
        // The codes picked for the question with this code, or null if it is not answered or hidden.
        var question = form.querySelector('[data-question-code="' + CSS.escape(code) + '"]');
        if (!question || question.closest("[hidden]")) {
            return null;
        }
        var values = [];
        question.querySelectorAll("input[type=radio]:checked, input[type=checkbox]:checked").forEach(function (input) {
            values.push(input.value);
        });
        question.querySelectorAll("[data-survey-other]").forEach(function (input) {
            if (input.value.trim() && values.indexOf("__other__") === -1 && !input.disabled) {
                values.push("__other__");
            }
        });
        return values.length ? values : null;
    }

    function holds(element) {
        var code = element.getAttribute("data-show-if-question");
        if (!form.querySelector('[data-question-code="' + CSS.escape(code) + '"]')) {
            return true; // an earlier step's question: the server already decided
        }
        var values = picked(code);
        var choice = element.getAttribute("data-show-if-choice");
        if (values === null) {
            return false;
        }
        switch (element.getAttribute("data-show-if-operator")) {
            case "not_equals":
                return values.indexOf(choice) === -1;
            case "includes":
                return values.indexOf(choice) !== -1;
            default:
                return values.length === 1 && values[0] === choice;
        }
    }

    function applyConditions() {
        // In page order: a condition only refers to earlier questions, which are settled by then.
        form.querySelectorAll("[data-show-if-question]").forEach(function (element) {
            element.hidden = !holds(element);
        });
    }

    function applyOther() {
        form.querySelectorAll("[data-survey-other]").forEach(function (input) {
            var option = document.getElementById(input.getAttribute("data-survey-other"));
            input.disabled = !(option && option.checked);
        });
    }

    form.addEventListener("change", function () {
        applyOther();
        applyConditions();
    });
    form.addEventListener("input", function (event) {
        if (event.target.matches("[data-survey-other]")) {
            applyConditions();
        }
    });

    // A second click while the first is on its way sends nothing more (the server would ignore it too).
    var sending = false;
    form.addEventListener("submit", function (event) {
        if (sending) {
            event.preventDefault();
            return;
        }
        sending = true;
        window.setTimeout(function () {
            sending = false;
        }, 8000);
    });
    window.addEventListener("pageshow", function () {
        sending = false; // back from the browser's history: the form may be sent again
    });

    applyOther();
    applyConditions();

    var summary = document.querySelector("[data-survey-error-summary]");
    if (summary) {
        summary.focus();
        // Following a link in the summary puts the cursor in the field, with its question in view
        // (browsers only scroll to the field, and the question above it may stay out of sight).
        summary.addEventListener("click", function (event) {
            var link = event.target.closest("a[href^='#']");
            var field = link && document.getElementById(link.getAttribute("href").slice(1));
            if (!field) {
                return;
            }
            event.preventDefault();
            var question = field.closest(".survey-question") || field;
            question.scrollIntoView();
            field.focus({ preventScroll: true });
        });
    }
})();
