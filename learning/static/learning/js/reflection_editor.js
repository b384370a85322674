/* The reflection's editor: a toolbar and a writing space in place of the reflection's textarea.
   Progressive enhancement: without this file the textarea works as before (plain text, a blank
   line between paragraphs). The textarea stays the field the form sends; this keeps it up to date
   with the editor's HTML, cut down to the tags the server keeps. The server cleans it again
   (learning/portfolios/text.py): nothing here is what keeps a reflection safe.
   The toolbar's markup and words come from the page (_reflection_editor.html), so they are
   translated with the rest of it. */
(function () {
    "use strict";

    var blueprint = document.querySelector("template[data-reflection-editor]");
    var textarea = blueprint && document.getElementById(blueprint.getAttribute("data-reflection-editor"));
    if (!textarea || !textarea.form || typeof document.execCommand !== "function") {
        return;
    }

    var LOOKS_LIKE_HTML = /<\s*\/?\s*[a-zA-Z][^>]*>/;
    var SAFE_ADDRESS = /^(https?:\/\/|mailto:)/i;
    var HAS_SCHEME = /^[a-z][a-z0-9+.\-]*:/i;
    // Gone with everything in them: never text a person wrote.
    var DROPPED = /^(SCRIPT|STYLE|TEMPLATE|IFRAME|OBJECT|EMBED|NOSCRIPT|HEAD|TITLE|META|LINK|SVG|MATH|TEXTAREA|SELECT|BUTTON|IMG|VIDEO|AUDIO|CANVAS)$/;
    // What each tag is kept as; other tags go and their text stays.
    var KEPT_AS = {
        STRONG: "strong", B: "strong", EM: "em", I: "em", U: "u", BR: "br", A: "a",
        P: "p", DIV: "p", SECTION: "p", ARTICLE: "p", HEADER: "p", FOOTER: "p", ASIDE: "p", PRE: "p",
        ADDRESS: "p", FIGURE: "p", FIGCAPTION: "p", DT: "p", DD: "p", TR: "p", CAPTION: "p",
        UL: "ul", OL: "ol", LI: "li", BLOCKQUOTE: "blockquote",
        H1: "h3", H2: "h3", H3: "h3", H4: "h4", H5: "h4", H6: "h4"
    };
    var BLOCK_INSIDE = "p,div,section,article,header,footer,aside,pre,address,figure,ul,ol,li,blockquote,table,tr,h1,h2,h3,h4,h5,h6";
    var STATE_COMMANDS = ["bold", "italic", "insertUnorderedList", "insertOrderedList"];

    // --- Cleaning: pasted documents and the editor's own HTML, down to the tags the server keeps.

    function keptAs(element) {
        var name = element.tagName.toUpperCase();
        var style = element.getAttribute("style") || "";
        if (name === "A") {
            return SAFE_ADDRESS.test((element.getAttribute("href") || "").trim()) ? "a" : null;
        }
        // Google Docs wraps a whole copied document in <b style="font-weight:normal">, and marks bold and
        // italics with styled spans.
        if (/font-weight\s*:\s*(normal|[1-5]00)\b/i.test(style)) {
            return null;
        }
        if (name === "SPAN") {
            if (/font-weight\s*:\s*(bold|[6-9]00)\b/i.test(style)) {
                return "strong";
            }
            return /font-style\s*:\s*italic/i.test(style) ? "em" : null;
        }
        var kept = KEPT_AS[name] || null;
        // A block around other blocks only groups them (Word's and the browser's <div>s).
        if (kept && /^(p|h3|h4)$/.test(kept) && element.querySelector(BLOCK_INSIDE)) {
            return null;
        }
        return kept;
    }

    function copyClean(source, target) {
        source.childNodes.forEach(function (node) {
            if (node.nodeType === Node.TEXT_NODE) {
                target.appendChild(document.createTextNode(node.nodeValue));
            } else if (node.nodeType === Node.ELEMENT_NODE && !DROPPED.test(node.tagName.toUpperCase())) {
                var name = keptAs(node);
                if (!name) {
                    copyClean(node, target);
                    if (/^T[DH]$/i.test(node.tagName)) {
                        target.appendChild(document.createTextNode(" "));
                    }
                    return;
                }
                var copy = document.createElement(name);
                if (name === "a") {
                    copy.setAttribute("href", node.getAttribute("href").trim());
                }
                copyClean(node, copy);
                target.appendChild(copy);
            }
        });
        return target;
    }

    function cleanHtml(html) {
        // DOMParser's document is inert: its scripts never run and its images never load.
        var parsed = new DOMParser().parseFromString(html, "text/html");
        return copyClean(parsed.body, document.createElement("div")).innerHTML;
    }

    function textToHtml(text) {
        // As the server reads plain text: a blank line between paragraphs, a line break within one.
        var holder = document.createElement("div");
        text.replace(/\r\n?/g, "\n").split(/\n\s*\n/).forEach(function (paragraph) {
            if (!paragraph.trim()) {
                return;
            }
            var element = holder.appendChild(document.createElement("p"));
            paragraph.trim().split("\n").forEach(function (line, index) {
                if (index) {
                    element.appendChild(document.createElement("br"));
                }
                element.appendChild(document.createTextNode(line));
            });
        });
        return holder.innerHTML;
    }

    // --- The editor in the page.

    var form = textarea.form;
    var editor = blueprint.content.firstElementChild.cloneNode(true);
    var toolbar = editor.querySelector("[role=toolbar]");
    var buttons = Array.prototype.slice.call(toolbar.querySelectorAll("button"));
    var region = editor.querySelector("[data-region]");
    var linkPanel = editor.querySelector("[data-link-panel]");
    var linkAddress = editor.querySelector("[data-link-address]");
    var linkError = editor.querySelector("[data-link-error]");
    var label = document.querySelector('label[for="' + CSS.escape(textarea.id) + '"]');
    var savedRange = null;

    region.id = textarea.id + "_editor";
    toolbar.setAttribute("aria-controls", region.id);
    if (label) {
        label.id = label.id || textarea.id + "_label";
        region.setAttribute("aria-labelledby", label.id);
        label.addEventListener("click", function () {
            region.focus();
        });
    }
    ["aria-describedby", "aria-invalid"].forEach(function (attribute) {
        if (textarea.hasAttribute(attribute)) {
            region.setAttribute(attribute, textarea.getAttribute(attribute));
        }
    });

    function button(command) {
        return toolbar.querySelector('[data-command="' + command + '"]');
    }

    function regionHtml() {
        if (!region.textContent.trim()) {
            return "";
        }
        return copyClean(region, document.createElement("div")).innerHTML;
    }

    function copyToTextarea() {
        textarea.value = regionHtml();
    }

    function rangeInRegion() {
        var selection = window.getSelection();
        if (!selection.rangeCount) {
            return null;
        }
        var range = selection.getRangeAt(0);
        return region.contains(range.commonAncestorContainer) ? range : null;
    }

    function restoreSelection(range) {
        if (document.activeElement === region && rangeInRegion()) {
            return; // setting it again would forget a pending Ctrl+B (the browser's "typing style")
        }
        region.focus();
        if (range) {
            var selection = window.getSelection();
            selection.removeAllRanges();
            selection.addRange(range);
        }
    }

    function enclosing(tagName, range) {
        var node = range && range.startContainer;
        while (node && node !== region) {
            if (node.nodeName === tagName) {
                return node;
            }
            node = node.parentNode;
        }
        return null;
    }

    function showStates() {
        var range = rangeInRegion() || savedRange;
        if (!range) {
            return;
        }
        STATE_COMMANDS.forEach(function (command) {
            var pressed = false;
            try {
                pressed = rangeInRegion() ? document.queryCommandState(command) : button(command).getAttribute("aria-pressed") === "true";
            } catch (error) {
                pressed = false;
            }
            button(command).setAttribute("aria-pressed", String(pressed));
        });
        button("quote").setAttribute("aria-pressed", String(Boolean(enclosing("BLOCKQUOTE", range))));
        var inLink = Boolean(enclosing("A", range));
        button("link").setAttribute("aria-pressed", String(inLink));
        button("unlink").setAttribute("aria-disabled", String(!inLink));
    }

    function changed() {
        copyToTextarea();
        showStates();
    }

    // --- What the buttons do.

    function run(command) {
        if (command === "link") {
            openLinkPanel();
            return;
        }
        restoreSelection(savedRange);
        if (command === "quote") {
            if (enclosing("BLOCKQUOTE", rangeInRegion())) {
                document.execCommand("outdent", false, null);
            } else {
                document.execCommand("formatBlock", false, "blockquote");
            }
        } else if (command === "unlink") {
            var link = enclosing("A", rangeInRegion());
            if (!link) {
                return;
            }
            var whole = document.createRange();
            whole.selectNodeContents(link);
            restoreSelection(whole);
            document.execCommand("unlink", false, null);
        } else {
            document.execCommand(command, false, null);
        }
        changed();
    }

    function openLinkPanel() {
        var range = rangeInRegion() || savedRange;
        var link = enclosing("A", range);
        linkAddress.value = link ? link.getAttribute("href") : "";
        showLinkError(false);
        linkPanel.hidden = false;
        linkAddress.focus();
    }

    function closeLinkPanel() {
        linkPanel.hidden = true;
        showLinkError(false);
        restoreSelection(savedRange);
    }

    function showLinkError(shown) {
        linkError.hidden = !shown;
        linkAddress.setAttribute("aria-invalid", String(shown));
        var described = linkAddress.getAttribute("aria-describedby").replace(" " + linkError.id, "");
        linkAddress.setAttribute("aria-describedby", shown ? described + " " + linkError.id : described);
    }

    function addressFrom(typed) {
        var address = typed.trim();
        if (address && !HAS_SCHEME.test(address)) {
            // What people type: "example.org/page" or "name@example.org".
            address = /^[^\s@\/]+@[^\s@\/]+$/.test(address) ? "mailto:" + address : "https://" + address;
        }
        return SAFE_ADDRESS.test(address) && !/\s/.test(address) ? address : null;
    }

    function applyLink() {
        var address = addressFrom(linkAddress.value);
        if (!address) {
            showLinkError(true);
            linkAddress.focus();
            return;
        }
        linkPanel.hidden = true;
        showLinkError(false);
        restoreSelection(savedRange);
        var range = rangeInRegion();
        var link = enclosing("A", range);
        if (link) {
            link.setAttribute("href", address);
        } else if (!range || range.collapsed) {
            // Nothing chosen to become the link: its address is its words.
            var words = document.createElement("a");
            words.setAttribute("href", address);
            words.textContent = address.replace(/^mailto:/i, "");
            document.execCommand("insertHTML", false, words.outerHTML);
        } else {
            document.execCommand("createLink", false, address);
        }
        changed();
    }

    linkAddress.addEventListener("keydown", function (event) {
        if (event.key === "Enter") {
            event.preventDefault(); // not the form's submission
            applyLink();
        } else if (event.key === "Escape") {
            event.preventDefault();
            closeLinkPanel();
        }
    });
    editor.querySelector("[data-link-apply]").addEventListener("click", applyLink);
    editor.querySelector("[data-link-cancel]").addEventListener("click", closeLinkPanel);

    // --- The toolbar: one tab stop, arrow keys between its buttons (mirrored right to left).

    function focusButton(index) {
        var target = buttons[(index + buttons.length) % buttons.length];
        buttons.forEach(function (each) {
            each.tabIndex = each === target ? 0 : -1;
        });
        target.focus();
    }

    buttons.forEach(function (each, index) {
        each.tabIndex = index === 0 ? 0 : -1;
        // A click keeps the writing space's focus and selection; the keyboard keeps its place here.
        each.addEventListener("mousedown", function (event) {
            event.preventDefault();
        });
        each.addEventListener("click", function () {
            var fromKeyboard = document.activeElement === each;
            buttons.forEach(function (other) {
                other.tabIndex = other === each ? 0 : -1;
            });
            if (each.getAttribute("aria-disabled") === "true") {
                return;
            }
            run(each.getAttribute("data-command"));
            if (fromKeyboard && linkPanel.hidden) {
                each.focus();
            }
        });
    });

    toolbar.addEventListener("keydown", function (event) {
        var index = buttons.indexOf(document.activeElement);
        if (index === -1) {
            return;
        }
        var forward = getComputedStyle(toolbar).direction === "rtl" ? "ArrowLeft" : "ArrowRight";
        var backward = forward === "ArrowLeft" ? "ArrowRight" : "ArrowLeft";
        var moves = {Home: 0, End: buttons.length - 1};
        moves[forward] = index + 1;
        moves[backward] = index - 1;
        if (event.key in moves) {
            event.preventDefault();
            focusButton(moves[event.key]);
        }
    });

    // --- The writing space.

    var SHORTCUTS = {b: "bold", i: "italic", k: "link"};
    region.addEventListener("keydown", function (event) {
        var command = SHORTCUTS[event.key.toLowerCase()];
        if (command && (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey) {
            event.preventDefault();
            savedRange = rangeInRegion() || savedRange;
            run(command);
        }
    });

    region.addEventListener("paste", function (event) {
        var data = event.clipboardData;
        if (!data) {
            return;
        }
        event.preventDefault();
        var html = data.getData("text/html");
        var text = data.getData("text/plain");
        if (html) {
            document.execCommand("insertHTML", false, cleanHtml(html));
        } else if (/\n\s*\n/.test(text)) {
            document.execCommand("insertHTML", false, textToHtml(text));
        } else {
            document.execCommand("insertText", false, text);
        }
        changed();
    });

    // Dropped text is cleaned the same way: the browser would bring in its styles.
    region.addEventListener("drop", function (event) {
        var html = event.dataTransfer && event.dataTransfer.getData("text/html");
        if (html) {
            var at = document.caretRangeFromPoint && document.caretRangeFromPoint(event.clientX, event.clientY);
            event.preventDefault();
            restoreSelection(at);
            document.execCommand("insertHTML", false, cleanHtml(html));
            changed();
        }
    });

    region.addEventListener("input", changed);
    document.addEventListener("selectionchange", function () {
        var range = rangeInRegion();
        if (range) {
            savedRange = range.cloneRange();
            showStates();
        }
    });
    form.addEventListener("submit", copyToTextarea);

    var language = form.elements.namedItem("language");
    function followLanguage() {
        // The spelling checker works in the language the reflection is written in.
        if (language && language.value) {
            region.setAttribute("lang", language.value);
        }
    }
    if (language && language.addEventListener) {
        language.addEventListener("change", followLanguage);
    }
    followLanguage();

    // The reflection as it was saved (or as sent back with an error) is what the editor starts with.
    var stored = textarea.value.trim();
    region.innerHTML = LOOKS_LIKE_HTML.test(stored) ? cleanHtml(stored) : textToHtml(stored);
    if (!region.textContent.trim()) {
        region.innerHTML = "<p><br></p>";
    }
    document.execCommand("defaultParagraphSeparator", false, "p");
    document.execCommand("styleWithCSS", false, false);
    textarea.hidden = true;
    textarea.insertAdjacentElement("afterend", editor);
    copyToTextarea();
})();
